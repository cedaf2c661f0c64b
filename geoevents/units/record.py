"""The event unit: one thing a sentence says happened, with the span that says it.

Every step of :func:`geoevents.units.build_units` makes, re-codes or adds counts to these
records, and the modules after it (places, dates, actors, tolls) read them; the counts a unit
takes are kept with it, so that a second count of the same kind goes to another unit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from geoevents.casualties import Casualty
from geoevents.sentences import Span
from geoevents.trigger_table import BATTLE


@dataclass
class EventUnit:
    """One thing a sentence says happened, with the span that says it."""

    event_type: str
    sub_event_type: str
    anchor: int  # offset of the trigger or casualty phrase
    clause: Span
    sentence: Span
    strength: float
    from_casualty: bool = False
    segment_start: int = 0  # a casualty unit's place is named after the previous count
    fatalities: int | None = None
    injuries: int | None = None
    casualty_phrases: list[Casualty] = field(default_factory=list)
    # a second weapon the sentence names beside a strike: a planted bomb, or the second of
    # "air strikes and artillery shelling"
    weapon_apart: bool = False


def weak_battle(u: EventUnit) -> bool:
    """Whether a unit is a battle only by a weak cue ("operation", "offensive", "raid")."""
    return (u.event_type, u.sub_event_type) == BATTLE and u.strength < 0.7 and \
        not u.from_casualty


def counted(unit: EventUnit, kind: str) -> bool:
    return any(c.kind == kind for c in unit.casualty_phrases)


def attach(unit: EventUnit, c: Casualty) -> None:
    unit.casualty_phrases.append(c)
    if c.kind == "killed":
        if c.count is not None:
            unit.fatalities = max(unit.fatalities or 0, c.count)
    else:
        unit.injuries = max(unit.injuries or 0, c.count or 0) or None
