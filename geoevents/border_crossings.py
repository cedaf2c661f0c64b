"""Crossings of the Strip named for the place across the fence: "the Zikim crossing".

Several of the Strip's crossings carry the name of the Israeli community beside them
(Zikim, Kissufim, Nahal Oz, Sufa), and the gazetteer knows the community, not the
crossing. A report of crowds shot at "near the Zikim crossing" is news of the Strip's
edge, not of the kibbutz: the name followed by "crossing" is read as the region of the
Strip on whose edge the crossing lies, the one nearest the community's own coordinate
(no coordinate of the crossing is made up), and as the whole Strip where two regions are
about as near.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geoevents.gazetteer import Gazetteer
from geoevents.model import Place

__all__ = ["crossing_named_for"]

# "the Zikim crossing", "Zikim border crossing", "the Erez and Zikim crossings", "the
# Kerem Shalom, Zikim and Erez crossings" (not "the Kfar Aza junction", a road junction in
# Israel). The gaps are short and no two runs of spaces meet, so a long run of blanks after
# a name costs a glance, not a search.
_GAP = r"\s{1,3}"
_CROSSING_AFTER = re.compile(rf"(?:(?:[ \t]?,{_GAP}(?:and{_GAP})?|{_GAP}and{_GAP})(?:the{_GAP})?"
                             rf"[A-Z][\w'’-]*(?:{_GAP}[A-Z][\w'’-]*)?){{0,3}}{_GAP}"
                             rf"(?P<kind>(?:border|land|military){_GAP})?"
                             rf"(?:crossings\b|crossing{_GAP}points?\b|crossing\b)")
# "troops in Kissufim crossing into the Strip": "crossing" the verb, going on with where to
# (not "the Kissufim crossing into central Gaza", nor "the Kissufim border crossing")
_CROSSING_GOES_ON = re.compile(r"\s{1,3}(?:into|over|through|across|towards?|back|onto|"
                               r"inside|the)\b")
# "the Zikim", "the Kerem Shalom": the name opens with "the"
_THE_BEFORE = re.compile(r"\b[Tt]he\s{1,3}(?:[A-Z][\w'’-]*\s{1,3}){0,3}[A-Z][\w'’-]*$")
# how near the Strip the community must lie to name one of its crossings (km), and how much
# nearer one region must be than the next to be the crossing's
_NEAR_KM = 5.0
_CLEARLY_NEARER = 2.0
_TOWNS = frozenset({"town", "village"})
_KM_PER_DEGREE = 111.0


def crossing_named_for(gaz: Gazetteer, text: str, end: int, place: Place) -> Place | None:
    """The region of the Strip (or the Strip) where the crossing named for ``place``, a
    community across the fence whose name ends at ``end``, lies: "the Zikim crossing" is
    on the edge of northern Gaza. None where no crossing follows the name ("troops in
    Kissufim crossing into the Strip" cross), or the place is no community close to the
    Strip."""
    if place.in_gaza or place.feature_class not in _TOWNS or place.lat is None or \
            not _names_a_crossing(text, end):
        return None
    return _nearest_region(gaz, place)


def _names_a_crossing(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by the noun "crossing": "the Zikim
    crossing", "Zikim crossing point", "Zikim border crossing", "the Zikim and Erez
    crossings", or a bare "Zikim crossing" that goes on with no where-to of a verb."""
    m = _CROSSING_AFTER.match(text, end)
    if m is None:
        return False
    if m.group("kind") or not m.group().endswith("crossing"):
        return True  # ("crossings", "crossing point", "border crossing": nouns)
    return _THE_BEFORE.search(text, max(0, end - 80), end) is not None or \
        _CROSSING_GOES_ON.match(text, m.end()) is None


@lru_cache(maxsize=64)  # (a few gazetteers' dozen communities each)
def _nearest_region(gaz: Gazetteer, place: Place) -> Place | None:
    """The region nearest ``place``, worked out once per gazetteer and community (the
    gazetteer itself is the key, never its id, which a later one may reuse)."""
    # (shapely on first use, as everywhere in the package: ``import geoevents`` stays light)
    from shapely.geometry import Point

    strip = gaz.strip
    outline = gaz.polygon(strip.id) if strip is not None else None
    if strip is None or outline is None:
        return None
    pt = Point(place.lon, place.lat)
    if outline.distance(pt) * _KM_PER_DEGREE > _NEAR_KM:
        return None  # (Sderot's or Netivot's name before "crossing" is no crossing of the Strip)
    regions = sorted((gaz.polygon(p.id).distance(pt), p.id) for p in gaz
                     if p.feature_class == "region" and p.in_gaza and gaz.polygon(p.id) is not None)
    if not regions:
        return strip
    if len(regions) > 1 and regions[1][0] < _CLEARLY_NEARER * regions[0][0]:
        return strip  # (Kissufim, about as near central as southern Gaza)
    return gaz.get(regions[0][1])
