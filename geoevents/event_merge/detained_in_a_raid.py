"""Arrests made in a raid or a battle are part of it, not an event of their own.

"Israeli forces stormed Kamal Adwan Hospital ... and detained several people present inside",
"raided the Nasser Hospital on Thursday ... Occupation forces detained a large number of
medical staff members inside Nasser Medical Complex": the detentions are what the troops did
in the raid the report codes as an armed clash or an attack on civilians at that place and
day. A coder records one occurrence once, by its violent part, as ACLED codes an event by
its most violent form; a second record of the same raid under "Arrests" is one event told
twice.

Arrests at a place and day with no raid or battle coded there ("Israeli forces arrested 30
men at a checkpoint on Salah al-Din Road"), or on another day than the raid's, are an event
as before; so are arrests beside an air strike alone, which detains no one.
"""

from __future__ import annotations

from geoevents.model import Event
from geoevents.trigger_table import ARRESTS, ATTACK, BATTLE

__all__ = ["without_arrests_of_a_raid"]

# What a raid is coded as: the troops on the ground (a strike from the air arrests no one)
RAID_TYPES = frozenset({BATTLE[0], ATTACK[0]})


def _same_side(arrest: Event, raid: Event) -> bool:
    """Whether the arrests are the raid's own deed: told in its sentence ("stormed the camp
    and arrested dozens"), or by a side of it the arrests' own sentence names or carries
    (not "the Hamas-run police arrested 10 suspected looters", "Egyptian authorities
    detained 20", a force that is neither side and no coded actor)."""
    if arrest.notes == raid.notes:
        return True
    return arrest.actor1 is not None and arrest.actor1 in (raid.actor1, raid.actor2)


def _a_raids_arrests(arrest: Event, events: list[Event]) -> bool:
    """Whether the report codes a raid or battle at the arrests' place and day, by their
    makers."""
    return any(o.event_type in RAID_TYPES and o.place_id == arrest.place_id and
               o.event_date == arrest.event_date and _same_side(arrest, o) for o in events)


def without_arrests_of_a_raid(events: list[Event]) -> list[Event]:
    """The report's events less the arrests made in a raid or battle it codes at that place
    and day."""
    return [e for e in events
            if e.sub_event_type != ARRESTS[1] or not _a_raids_arrests(e, events)]
