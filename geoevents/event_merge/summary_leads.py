"""A lead that sums up separate incidents the report goes on to tell one by one.

"Israeli forces shot dead three Palestinians near the demarcation line" and then "two people
were killed ... east of Khan Younis. In a separate incident, a tank shell claimed another
life on the eastern outskirts of Gaza City": the lead's three are the two incidents' dead,
told again, and no third incident. "Two soldiers were killed in two separate attacks in the
Rafah region ... In the first incident ... The second attack ...": the same. The lead made
a record of its own beside the incidents, counting their dead twice.

Where the report tells the incidents as separate ("in a separate incident", "the second
attack", "in two separate attacks") and their dead add up to the lead's, the lead is
dropped. Where one incident takes a share of the lead's dead ("at least six were killed in
two separate incidents. Five of them were killed in Shuja'iyya"), the lead keeps the rest,
the other incident's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geoevents.event_merge.merging import placed_in
from geoevents.gazetteer import TOWN_CLASSES, Gazetteer
from geoevents.model import Event, Place
from geoevents.quantities import parse_number
from geoevents.trigger_table import VIOLENT

__all__ = ["a_lead_of_separate_incidents"]

# "in a separate incident", "two separate attacks", "in the first incident", "The second
# attack occurred when": incidents told apart
_SEPARATE = re.compile(r"(?i)\bseparate\s+(?:incidents?|attacks?|strikes?|shootings?)\b|"
                       r"\b(?:first|second|third|other)\s+(?:incident|attack)\b")
# "Five of them were killed in Gaza City's Shuja'iyya neighborhood": a share of the dead told
# before, where it opens the sentence
_SHARE_OF_THEM = re.compile(r"^\W*(?P<n>[\w-]+)\s+of\s+them\s+(?:were|was|had\s+been)\s+"
                            r"(?:killed|shot\s+dead)\b", re.I)


def _wide(place: Place | None) -> bool:
    """Whether a lead's place is wide enough to hold incidents told at places in it."""
    return place is not None and (place.kind == "region" or place.feature_class == "strip" or
                                  place.feature_class in TOWN_CLASSES)


def _told_apart(text: str, lo: int, hi: int) -> bool:
    """Whether the report tells incidents apart between the lead and the last of them."""
    return _SEPARATE.search(text, lo, hi) is not None


def a_lead_of_separate_incidents(events: list[Event], gaz: Gazetteer, text: str
                                 ) -> list[Event]:
    """``events`` less a lead whose dead are those of the separate incidents told after it
    at places in its own, and with a lead whose dead one incident shares ("Five of them")
    keeping only the rest."""
    at = {id(e): text.find(e.notes) for e in events}
    drop: set[int] = set()
    out = list(events)
    for i, e in enumerate(events):
        wide = gaz.get(e.place_id) if e.fatalities and e.event_type in VIOLENT else None
        if wide is None or not _wide(wide) or at[id(e)] < 0:
            continue
        parts = [f for f in events if f is not e and f.fatalities and
                 f.event_type in VIOLENT and f.event_date == e.event_date and
                 f.notes != e.notes and at[id(f)] > at[id(e)] and placed_in(gaz, wide, f)]
        if not parts:
            continue
        last = max(at[id(f)] + len(f.notes) for f in parts)
        if not _told_apart(text, at[id(e)], last):
            continue
        if len(parts) > 1 and sum(f.fatalities or 0 for f in parts) == e.fatalities:
            drop.add(i)
            continue
        shares = [f for f in parts if (m := _SHARE_OF_THEM.match(f.notes)) is not None and
                  parse_number(m.group("n")) == f.fatalities]
        if len(parts) == 1 and len(shares) == 1 and shares[0].fatalities < e.fatalities:
            out[i] = replace(e, fatalities=e.fatalities - shares[0].fatalities)
    return [e for k, e in enumerate(out) if k not in drop]
