"""Governorate polygons and the Strip outline, read from the package's own data.

The map needs region shapes at run time without touching anything outside the package,
so they are read through ``importlib.resources`` from ``geoevents/data/admin.geojson``
(Who's On First governorates, geometry derived from OCHA oPt COD-AB; see the gazetteer
sources for the licence). Reading once and caching keeps repeated renders cheap.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from geoevents.errors import GazetteerDataError

__all__ = ["Area", "load_areas", "governorates", "strip_outline", "match_area", "normalise"]

_RESOURCE = "admin.geojson"
_STRIP_NAMES = ("gaza strip", "the gaza strip", "strip")
# "Gaza" alone may be the city, the governorate or the Strip: it never selects a polygon.
_AMBIGUOUS = frozenset({"gaza", "غزة"})
_AREA_KINDS = frozenset({"governorate", "strip", "territory", "admin1"})


@dataclass(frozen=True, slots=True)
class Area:
    """One polygon feature: a governorate or the whole Strip."""

    name: str
    level: str  # "governorate" | "territory"
    geometry: dict[str, Any]
    keys: tuple[str, ...]  # normalised names and codes that refer to this area

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


def _keys(props: dict[str, Any]) -> tuple[str, ...]:
    names = {props.get("name"), props.get("wof_name"), props.get("name_ar")}
    keys = {normalise(n) for n in names if n}
    if props.get("admin_level") == "governorate":
        keys |= {f"{k} governorate" for k in keys}
    for code in ("iso_3166_2", "hasc", "wof_id", "geonames_id"):
        if props.get(code):
            keys.add(normalise(props[code]))
    if props.get("admin_level") == "territory":
        keys.update(_STRIP_NAMES)
    keys -= _AMBIGUOUS | {""}
    return tuple(sorted(keys))


@lru_cache(maxsize=1)
def load_areas() -> tuple[Area, ...]:
    """All polygons shipped in ``geoevents/data/admin.geojson``."""
    try:
        raw = resources.files("geoevents.data").joinpath(_RESOURCE).read_text("utf-8")
        features = json.loads(raw)["features"]
    except (FileNotFoundError, ModuleNotFoundError, KeyError, ValueError) as err:
        raise GazetteerDataError(f"geoevents/data/{_RESOURCE} is missing or invalid") from err
    areas = []
    for feat in features:
        props = feat.get("properties") or {}
        if not feat.get("geometry") or not props.get("name"):
            raise GazetteerDataError(f"{_RESOURCE}: feature without name or geometry")
        areas.append(
            Area(props["name"], props.get("admin_level", ""), feat["geometry"], _keys(props))
        )
    return tuple(areas)


def governorates() -> tuple[Area, ...]:
    return tuple(a for a in load_areas() if a.level == "governorate")


def strip_outline() -> Area | None:
    return next((a for a in load_areas() if a.level == "territory"), None)


def match_area(*names: object) -> Area | None:
    """The polygon a region-level event refers to, or None when no name matches exactly.

    Only exact (normalised) matches count: "northern Gaza" is not North Gaza governorate,
    and guessing would draw a precise-looking polygon for a vague place.
    """
    wanted = []
    for name in names:
        if name:
            # Gazetteer ids look like "governorate:north-gaza"; "city:rafah" is the city.
            kind, _, rest = str(name).rpartition(":")
            if not kind:
                wanted.append(normalise(name))
            elif kind in _AREA_KINDS:
                wanted.append(normalise(rest))
    for area in load_areas():
        if any(w and w in area.keys for w in wanted):
            return area
    return None
