"""A name told as a part of a place the report names next ("the Nasser area of Gaza City",
"An Nasser neighbourhood in Gaza City"): a close spelling of a place that does not lie in
that place is another place of the same sound, not the one the report means.

The gazetteer's skeleton and fuzzy matches reach across the Strip: "Nasser" shares its
consonants with the village of An-Nasr in Rafah, but the an-Nasr quarter of Gaza City is
not in the gazetteer. The report says where its place lies; a candidate elsewhere is left
out, and the name is reported unresolved rather than put in the wrong town.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from geoevents.gazetteer import Candidate, Gazetteer
from geoevents.model import Mention

__all__ = ["where_told"]

# "<name> area of", "<name> neighbourhood in", "<name>, in", "<name> of": the place after
# (and "in western Gaza city": the place after its side)
_PART_OF = re.compile(r"(?:\s+(?:area|neighbou?rhood|district|quarter))?(?:\s+of|,?\s+in)\s+"
                      r"(?:the\s+)?(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+|central\s+)?")


def where_told(gazetteer: Gazetteer, text: str, end: int, known: list[Mention],
               starts: list[int], cands: list[Candidate]) -> list[Candidate]:
    """The candidates of a loose spelling ending at ``end`` that lie in the place the
    report names right after it as the name's whole; all of them if it names none.

    ``known`` is sorted by start, ``starts`` their starts. Exact spellings are kept: a
    place's own name is that place, wherever the report says it is.
    """
    part = _PART_OF.match(text, end)
    if part is None:
        return cands
    k = bisect_left(starts, part.end())
    if k == len(known) or known[k].start != part.end():
        return cands
    whole = gazetteer.get(known[k].place_id)
    if whole is None or whole.feature_class not in ("city", "town", "village", "camp",
                                                     "governorate"):
        return cands
    return [c for c in cands if c.match == "exact" or c.place.id == whole.id or
            gazetteer.within(c.place, whole)]
