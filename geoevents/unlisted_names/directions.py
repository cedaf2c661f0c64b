"""Regions of the Strip told by a direction word alone, which no gazetteer spelling is:
"the southern Strip", and the directions listed before a region ("central and southern
Gaza", "the middle and southern areas of Gaza", "from northern to southern Gaza").
"""

from __future__ import annotations

import re

from geoevents.anchored import Cues
from geoevents.gazetteer import Gazetteer
from geoevents.model import Mention, Place
from geoevents.name_checks import PlacesBefore
from geoevents.normalize import name_key
from geoevents.unlisted_names.records import place_mention

__all__ = ["PATTERNS", "region_of_direction", "shared_region_mentions", "strip_side_mentions"]


# "central and southern Gaza", "northern, central and southern Gaza": the directions
# before the last share its "Gaza".
_DIRECTIONS_BEFORE = re.compile(r"(?i)\b((?:north|south|centr|east|west)(?:ern|al)?)"
                                r"(?:,\s+|\s+and\s+|\s+or\s+)\Z")
# "evacuated from northern to southern Gaza": where people left shares "Gaza" with where
# they went (not "from north to south Gaza", "from the north to the south of Gaza": the
# whole Strip, end to end; nor "from northern Israel to southern Gaza")
_FROM_DIRECTION_TO = re.compile(r"(?i)\bfrom\s+((?:north|south|centr)(?:ern|al))\s+to\s+\Z")
_REGION_OF = {"north": "northern Gaza", "northern": "northern Gaza", "south": "southern Gaza",
              "southern": "southern Gaza", "central": "central Gaza", "middle": "central Gaza",
              "centre": "central Gaza", "center": "central Gaza"}


def region_of_direction(gazetteer: Gazetteer, word: str) -> Place | None:
    """The region of the Strip a direction word names ("northern", "the centre of")."""
    name = _REGION_OF.get(word.lower())
    cands = gazetteer.candidates_for_key(name_key(name)) if name else []
    return cands[0].place if cands else None


# "died in the southern Strip": the Strip named alone, with its side
_SIDE_OF_THE_STRIP = re.compile(r"\bthe\s+((?:north|south)(?:ern)?|central|middle)\s+Strip\b")


_SIDES = ("north", "south", "ern", "central", "middle")


def _side_before_strip(text: str) -> bool:
    """Whether a direction word stands before some "Strip": a test by plain string
    search, far cheaper than running the pattern over the whole report."""
    at = text.find("Strip")
    while at >= 0:
        before = text[max(0, at - 40):at].rstrip()
        if before.endswith(_SIDES) or len(before) < 8 and at > 40:
            return True  # (or so many spaces that a direction word may be cut off: let
            # the pattern decide)
        at = text.find("Strip", at + 5)
    return False


def strip_side_mentions(gazetteer: Gazetteer, text: str, known: list[Mention]
                        ) -> list[Mention]:
    """"in the southern Strip": a region of the Strip told with "the Strip" alone, which
    no gazetteer spelling is."""
    out: list[Mention] = []
    if not _side_before_strip(text):
        return out  # the common case: "the Gaza Strip", never "the southern Strip"
    taken = PlacesBefore((m.start, m.end) for m in known)
    for hit in _SIDE_OF_THE_STRIP.finditer(text):
        start, end = hit.start(1), hit.end()
        region = region_of_direction(gazetteer, hit.group(1))
        if region is not None and not taken.runs_past(end, start):
            out.append(place_mention(text, start, end, region, 0.85, None,
                                     f"'{hit.group(1)}' + the Strip = {region.name}", ()))
    return out


_AREAS_BEFORE = re.compile(r"(?i)\b((?:north|south|centr)(?:ern|al)?|middle)(?:,\s+|\s+and\s+|"
                           r"\s+or\s+)(?:north|south|centr)(?:ern|al)?\s+(?:areas?|parts?|"
                           r"regions?)\s+of\s+(?:the\s+)?\Z")


# Where a direction may be listed before another ("southern and central", "northern, central",
# "the middle and southern areas", "north or south Gaza"): a test of the report before its
# regions are read, taking every direction and joint _DIRECTIONS_BEFORE and _AREAS_BEFORE take.
_LISTED_DIRECTION = re.compile(r"(?i)\b(?:(?:north|south|centr|east|west)(?:ern|al)?|middle)"
                               r"(?:,\s+|\s+and\s+|\s+or\s+|\s+to\s+)")


def shared_region_mentions(gazetteer: Gazetteer, text: str, known: list[Mention], cues: Cues
                           ) -> list[Mention]:
    """The directions listed before a region of the Strip: "central" in "central and
    southern Gaza" names central Gaza, "northern" in "from northern to southern Gaza"
    northern Gaza. ``cues`` are the report's place cues."""
    out: list[Mention] = []
    if cues.search(_LISTED_DIRECTION) is None:
        return out  # the common case: no direction listed before another
    for m in known:
        if m.feature_class != "region" or not m.in_gaza:
            continue
        # "in the middle and southern areas of Gaza (Strip)": the areas share "of Gaza"
        hit = _AREAS_BEFORE.search(text, max(0, m.start - 60), m.start)
        region = region_of_direction(gazetteer, hit.group(1)) if hit else None
        if region is not None:
            out.append(place_mention(text, hit.start(1), hit.end(1), region, 0.85,
                                     None, f"'{hit.group(1)}' shares 'areas of "
                                     f"{m.surface}' with the direction after it", ()))
            continue
        if " " not in m.surface:
            continue
        hit = _FROM_DIRECTION_TO.search(text, max(0, m.start - 30), m.start)
        region = region_of_direction(gazetteer, hit.group(1)) if hit else None
        if region is not None and region.id != m.place_id:
            out.append(place_mention(text, hit.start(1), hit.end(1), region, 0.85, None,
                                     f"'{hit.group(1)}' shares '{m.surface.split()[-1]}' with "
                                     f"'{m.surface}', where people went from it", ()))
            continue
        end = m.start
        while True:
            hit = _DIRECTIONS_BEFORE.search(text, max(0, end - 30), end)
            region = region_of_direction(gazetteer, hit.group(1)) if hit else None
            if region is None:
                break
            start, stop = hit.span(1)
            out.append(place_mention(text, start, stop, region, 0.85, None,
                                     f"'{hit.group(1)}' shares '{m.surface.split()[-1]}' with "
                                     f"'{m.surface}'", ()))
            end = start
    return out


# What the report's place cues look for on behalf of this module.
PATTERNS = (_LISTED_DIRECTION,)
