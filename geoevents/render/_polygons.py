"""Governorate, region and Strip polygons, read from the gazetteer's own data.

The map needs region shapes at run time without touching anything outside the package,
so they are read through ``importlib.resources`` from ``geoevents/data/areas.geojson``,
the polygons the gazetteer build ships (Who's On First governorates, geometry derived
from OCHA oPt COD-AB; "northern/central/southern Gaza" are unions of governorates; see
gazetteer/SOURCES.md). Reading once and caching keeps repeated renders cheap.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from geoevents.errors import GazetteerDataError

__all__ = ["Area", "load_areas", "areas_from", "governorates", "strip_outline", "match_area",
           "normalise"]

_RESOURCE = "areas.geojson"
_LEVELS = {"governorate": "governorate", "strip": "territory", "region": "region"}
_STRIP_NAMES = ("gaza strip", "the gaza strip", "strip")
# "Gaza" alone may be the city, the governorate or the Strip: it never selects a polygon.
_AMBIGUOUS = frozenset({"gaza", "غزة"})


@dataclass(frozen=True, slots=True)
class Area:
    """One polygon feature: a governorate or the whole Strip."""

    name: str
    level: str  # "governorate" | "territory" | "region"
    geometry: dict[str, Any]
    keys: tuple[str, ...]  # normalised names that refer to this area
    place_id: str = ""

    def latlng_rings(self, digits: int = 5) -> list[list[list[list[float]]]]:
        """Polygon rings in Leaflet's [lat, lng] order, as a list of polygons."""
        geom = self.geometry
        polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
        return [
            [[[round(y, digits), round(x, digits)] for x, y in ring] for ring in poly]
            for poly in polys
        ]


def normalise(value: object) -> str:
    """Lower-case, punctuation-free key so "North-Gaza" == "north gaza"."""
    text = str(value or "").lower().replace("_", " ").replace("-", " ").replace(".", " ")
    text = re.sub(r"[^\w ]+", "", text)
    return " ".join(text.split())


def _name(props: dict[str, Any]) -> str:
    if props.get("feature_class") == "governorate":
        return props.get("governorate") or props["name"]
    return props["name"]


def _keys(props: dict[str, Any]) -> tuple[str, ...]:
    names = {props.get("name"), _name(props)}
    keys = {normalise(n) for n in names if n}
    if props.get("feature_class") == "governorate":
        keys |= {f"{k} governorate" for k in keys if not k.endswith(" governorate")}
    if props.get("feature_class") == "strip":
        keys.update(_STRIP_NAMES)
    keys -= _AMBIGUOUS | {""}
    return tuple(sorted(keys))


@lru_cache(maxsize=1)
def load_areas() -> tuple[Area, ...]:
    """All polygons shipped in ``geoevents/data/areas.geojson``."""
    try:
        raw = resources.files("geoevents.data").joinpath(_RESOURCE).read_text("utf-8")
        collection = json.loads(raw)
    except (FileNotFoundError, ModuleNotFoundError, ValueError) as err:
        raise GazetteerDataError(f"geoevents/data/{_RESOURCE} is missing or invalid") from err
    return areas_from(collection, _RESOURCE)


def areas_from(collection: dict[str, Any], label: str = "areas") -> tuple[Area, ...]:
    """The governorate, region and Strip polygons of a FeatureCollection in the shape the
    gazetteer build writes (``properties``: name, feature_class, place_id): a custom
    gazetteer's own areas are drawn as the shipped ones are."""
    features = collection.get("features") if isinstance(collection, dict) else None
    if not isinstance(features, list):
        raise GazetteerDataError(f"{label}: not a FeatureCollection")
    areas = []
    for feat in features:
        props = feat.get("properties") or {}
        if not feat.get("geometry") or not props.get("name"):
            raise GazetteerDataError(f"{label}: feature without name or geometry")
        level = _LEVELS.get(props.get("feature_class", ""))
        if level is None:
            continue
        areas.append(Area(_name(props), level, feat["geometry"], _keys(props),
                          props.get("place_id", "")))
    return tuple(areas)


def governorates(areas: tuple[Area, ...] | None = None) -> tuple[Area, ...]:
    return tuple(a for a in (load_areas() if areas is None else areas)
                 if a.level == "governorate")


def strip_outline(areas: tuple[Area, ...] | None = None) -> Area | None:
    return next((a for a in (load_areas() if areas is None else areas)
                 if a.level == "territory"), None)


def match_area(*names: object, areas: tuple[Area, ...] | None = None) -> Area | None:
    """The polygon a region-level event refers to, or None when no name matches exactly.

    Only exact matches count: a gazetteer place id ("region:northern-gaza") or an
    unambiguous name. "Gaza" alone never selects a polygon, and "northern Gaza" is the
    region (North Gaza + Gaza governorates), not the North Gaza governorate.
    """
    areas = load_areas() if areas is None else areas
    for name in names:
        if name and ":" in str(name):
            # Gazetteer ids look like "governorate:north-gaza"; "city:rafah" is the city.
            found = next((a for a in areas if a.place_id == name), None)
            if found is not None:
                return found
    wanted = [normalise(n) for n in names if n and ":" not in str(n)]
    for area in areas:
        if any(w and w in area.keys for w in wanted):
            return area
    return None
