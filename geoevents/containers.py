"""A site named "in" a place that cannot hold it is another site of the same name.

"Al Awda Hospital in An Nuseirat refugee camp" names a hospital in Nuseirat; the
gazetteer's Al-Awda Hospital is in Jabalia, some 15 km north. Resolving the name to the
gazetteer's site would put the report's event in the wrong governorate, so the mention is
kept unresolved (its container, a mention of its own, still places the event).
"""

from __future__ import annotations

import re

from geoevents.gazetteer import Candidate, Gazetteer, haversine_m
from geoevents.model import Place
from geoevents.name_checks import AliasMatch

__all__ = ["misplaced_sites"]

# "X in Y", "X in the Y", "the X neighbourhood of Y": the container named right after the
# site (the noun, when told, in the group "part")
_IN = re.compile(r"\s+(?:in|(?P<part>neighbou?rhood|quarter|district|suburb|area)\s+(?:in|of))"
                 r"\s+(?:the\s+)?")
# Sites whose names recur across the Strip (hospitals, schools, clinics, mosques); not areas,
# which stretch over several towns ("al-Mawasi in Deir al Balah").
_SITES = frozenset({"hospital", "facility", "neighbourhood"})
# ... and a village whose name the report gives a part of a town ("the Al Nasr
# neighbourhood of Gaza City" is not the village of an-Nasr near Rafah); only of a town,
# whose reach is told by its point, since a region or governorate holds its villages
# however loosely a report places them ("the Juhor ad-Dik area of central Gaza")
_PARTS = frozenset({"village"})
_PART_NOUNS = frozenset({"neighbourhood", "neighborhood", "quarter", "district", "area"})
_PART_HOLDERS = frozenset({"city", "town"})
# Places that hold sites, and how far from their point a site said to be in them can lie:
# generous, since reports place a site by the nearest town ("the European Hospital in
# Rafah", 7 km from Rafah's centre), while namesakes lie in other parts of the Strip.
_TOWN_REACH_M = {"city": 10_000, "town": 8_000, "camp": 8_000, "village": 8_000}
# How far outside a region's outline (in degrees, some 500 m) a site may lie and still be in
# it: a coastal point drawn just off the shore.
_OUTLINE_SLACK_DEG = 0.005


def misplaced_sites(gaz: Gazetteer, text: str, matches: list[AliasMatch],
                    places: list[Place | None],
                    namesakes: list[list[Candidate]]) -> dict[int, str | Place]:
    """Indexes of matches whose site the next mention, named as its container, cannot
    hold (or that names a place abroad: "the Emirati hospital in al-Arish"): each with the
    namesake it can hold ("al-Awda hospital in Nuseirat", not the one in Jabalia), from
    ``namesakes`` (the ranked candidates of each match's name), or else the reason it is left
    unresolved."""
    out: dict[int, str | Place] = {}
    for i in range(len(matches) - 1):
        site, container = places[i], places[i + 1]
        gap = _IN.fullmatch(text, matches[i][1], matches[i + 1][0]) \
            if site is not None and container is not None else None
        if gap is None or site.feature_class not in _SITES and not _a_part_of_a_town(
                gap.group("part"), site, container):
            continue
        if not container.in_gaza:
            if site.in_gaza and (container.feature_class == "city" or
                                 container.feature_class == "country" and
                                 container.name != "Palestine"):
                # "the Emirati hospital in al-Arish", "the Kuwait Hospital in Kuwait": a
                # site of that name abroad
                out[i] = f"named in {container.name}, outside the Strip"
            continue
        if not _can_hold(gaz, container, site):
            other = next((p for p in (c.place for c in namesakes[i])
                          if p is not site and p.feature_class == site.feature_class and
                          _can_hold(gaz, container, p)), None)
            if other is None and _a_quarter_loosely_placed(site, container):
                continue
            out[i] = other if other is not None else (
                f"named in {container.name}, but the gazetteer's {site.name} lies "
                "elsewhere; another site of that name")
    return out


def _a_part_of_a_town(part: str | None, site: Place, container: Place) -> bool:
    """Whether the report names a village ``site`` as a part of the town ``container``
    ("the Al Nasr neighbourhood of Gaza City"), whose name a village elsewhere may share."""
    return part is not None and part.lower() in _PART_NOUNS and \
        site.feature_class in _PARTS and container.feature_class in _PART_HOLDERS


def _a_quarter_loosely_placed(site: Place, container: Place) -> bool:
    """Whether ``site`` is a town's quarter named in a region ("the Tel al-Hawa
    neighbourhood of southern Gaza"): a quarter's name is its town's alone, while a region
    ("southern Gaza", "central Gaza") is the writer's loose sense of where it lies, so the
    quarter stands (hospitals and schools recur across the Strip and are not kept)."""
    return site.feature_class == "neighbourhood" and container.kind == "region"


def _can_hold(gaz: Gazetteer, container: Place, site: Place) -> bool:
    """Whether ``container`` can hold ``site`` (when the gazetteer cannot tell, yes)."""
    if gaz.within(site, container):
        return True
    if container.kind == "region" and container.has_polygon:
        # "Al-Awda Hospital in central Gaza": the region's outline says no (but "the port
        # of Gaza in northern Gaza", a point just off the coast, lies at its edge)
        from shapely.geometry import Point

        outline = gaz.polygon(container.id)
        return outline is None or site.lat is None or \
            outline.distance(Point(site.lon, site.lat)) <= _OUTLINE_SLACK_DEG
    if container.feature_class == "governorate":
        return site.governorate is None or \
            container.name.removesuffix(" Governorate") == site.governorate
    reach = _TOWN_REACH_M.get(container.feature_class)
    if reach is None or None in (site.lat, container.lat):
        return True
    return haversine_m(site.lat, site.lon, container.lat, container.lon) <= reach
