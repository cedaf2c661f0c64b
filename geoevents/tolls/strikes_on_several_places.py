"""A toll told first, then the strikes that made it on sites in several places.

"Twelve people were killed on Monday as Israeli jets struck a house in Jabalia and a tent in
Khan Younis", "Twenty-two people were killed as Israel launched airstrikes overnight, which
hit two residential buildings in Rafah, while two other sites were bombed in central Gaza":
the toll is of the strikes together, no one place's. Before, the first place named took the
whole toll, as if the second strike had killed no one. As :func:`~geoevents.tolls.
shared_tolls.told_together`, the places get no count of their own (the gold annotations
leave it empty; ACLED's guidance would divide it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from geoevents.model import Mention
from geoevents.tolls.place_words import IN_ITS_AREA, NAME_TAIL
from geoevents.units import EventUnit

# a site a strike hit, told before its place: "a house in", "two residential buildings in"
_SITE = (r"(?:houses?|homes?|tents?|buildings?|apartments?|flats?|schools?|shelters?|"
         r"mosques?|markets?|cars?|vehicles?|camps?|sites?|targets?|areas?|positions?|"
         r"gatherings?|crowds?)")
# between the places, another site hit, with no count of its own: "and a tent in",
# ", while two other sites were bombed in", "and another home in"
_ANOTHER_SITE = re.compile(
    r",?\s+(?:and|while|as|with)\s+(?:also\s+)?(?:on\s+|at\s+)?"
    r"(?:an?|another|the|one|two|three|four|five|other|several|more)\s+(?:other\s+)?"
    rf"(?:[\w-]+\s+)?{_SITE}\s+"
    r"(?:(?:was|were)\s+(?:also\s+)?(?:bombed|hit|struck|shelled|targeted)\s+)?"
    r"(?:in|at|near)\s+(?:the\s+)?", re.I)
# the strike told between the toll and the first place: the places are the strikes'
_STRUCK = re.compile(r"\b(?:struck|hit|hitting|bombed|shelled|targeted|targeting|striking)\b",
                     re.I)
# the toll's own place right after it: "killed 12 people on Monday in Jabalia and ..."
_COUNT_IN = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?")


def _with_sites_after(places: list[Mention], named: Iterable[Mention], text: str
                      ) -> list[Mention]:
    """The unit's places and the sentence's places told after them as other sites hit
    (", while two other sites were bombed in central Gaza": a clause the unit leaves out)."""
    chain = sorted(places, key=lambda m: m.start)
    for m in sorted(named, key=lambda m: m.start):
        if not chain or m.start <= chain[-1].end:
            continue
        last = chain[-1]
        area = IN_ITS_AREA.match(text, NAME_TAIL.match(text, last.end).end(), m.start)
        gap = area.end() if area is not None else last.end
        if _ANOTHER_SITE.fullmatch(text, gap, m.start) is None:
            break
        chain.append(m)
    return chain


def toll_before_strikes_on_several_places(unit: EventUnit, located: list[Mention],
                                          named: Iterable[Mention], text: str) -> bool:
    """Whether the unit's one toll is told before strikes on sites in several places
    ("Twelve people were killed as jets struck a house in Jabalia and a tent in Khan
    Younis"), each place after the first joined by another site hit with no count of its
    own (not "killed 12 people in Jabalia and a tent in Khan Younis was hit": the count's
    own place; nor "struck a house in Jabalia, and three others died in Khan Younis": a
    count for each)."""
    counts = [c for c in unit.casualty_phrases if c.kind == "killed"]
    places = _with_sites_after(located, named, text)
    if not counts or len(places) < 2 or len({m.place_id for m in places}) < 2:
        return False
    count = counts[0]
    if any(m.start < count.end for m in places) or \
            any(c.start > places[0].start for c in counts):
        return False
    own = _COUNT_IN.match(text, count.end)
    if own is not None and any(text.startswith(m.surface, own.end()) for m in places):
        return False
    if _STRUCK.search(text, count.end, places[0].start) is None:
        return False
    for a, b in zip(places, places[1:]):
        area = IN_ITS_AREA.match(text, NAME_TAIL.match(text, a.end).end(), b.start)
        gap = area.end() if area is not None else a.end
        if _ANOTHER_SITE.fullmatch(text, gap, b.start) is None:
            return False  # (the gap names a site hit, never the dead: no count of its own)
    return True
