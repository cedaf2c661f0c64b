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


# The name before " area" ("the Falouja area", "the Hakr al-Jami’ area"): capitalised words,
# with the Arabic article between them
_NAME_BEFORE_AREA = re.compile(r"(?<![\w'’‘-])(?:(?:Al|al|El|el|A[dnrsz]|Ash)[- ])?"
                               r"[A-Z][\w'’‘]+(?:[ -](?:(?:[Aa]l|[Ee]l|a[dnrsz]|ash)[- ])?"
                               r"[A-Z‘'’][\w'’‘]+){0,2}\Z")
# ... and where the area lies: "of", "in" or a side "of" a place the report names, which
# starts where this ends ("the Shakoush area in western Rafah", "west of Jabaliya")
_AREA_LIES = re.compile(r" area,?\s+(?:of|in|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)"
                        r"\s+(?:the\s+)?(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+|"
                        r"central\s+)?")
# (determiners and the common nouns of zones: "No area of the Gaza Strip", "the
# Humanitarian area in Khan Younis")
_NOT_AREA_NAMES = frozenset({"The", "This", "That", "Each", "Every", "Another", "No", "Any",
                             "Some", "One", "Which", "What", "Whole", "Entire", "Same",
                             "Humanitarian", "Middle", "Safe", "Buffer", "Border",
                             "Residential", "Evacuation", "Military", "Closed", "Restricted"})


def areas_of_places(gazetteer: Gazetteer, text: str, known: list[Mention],
                    starts: list[int]) -> list[tuple[int, int, list[Candidate]]]:
    """"the Falouja area of Jabalya", "the Shakoush area in western Rafah": a capitalised name
    before "area" and a place of the Strip the report names as where it lies is a place
    too, the quarter or locality of that town. Each as (start, end, candidates), the
    candidates (maybe none) those of the gazetteer's spellings that lie in the town told.

    "area" alone is too common to tell a name ("the Rafah area", "the Middle Area"); with
    the town it lies in named after it, it tells one.
    """
    out = []
    at = text.find(" area", 1)
    while at >= 0:
        lies = _AREA_LIES.match(text, at)
        if lies is not None:
            k = bisect_left(starts, lies.end())
            town = known[k] if k < len(known) and known[k].start == lies.end() else None
            name = _NAME_BEFORE_AREA.search(text, max(0, at - 40), at) \
                if town is not None and town.in_gaza and town.place_id else None
            if name is not None and name.group().split()[0] not in _NOT_AREA_NAMES and \
                    (k == 0 or known[k - 1].end <= name.start()):
                cands = gazetteer.lookup(name.group(), limit=3) if name.group().strip() else []
                cands = where_told(gazetteer, text, name.end(), known, starts,
                                   [c for c in cands if c.place.in_gaza])
                out.append((name.start(), name.end(), cands))
        at = text.find(" area", at + 5)
    return out
