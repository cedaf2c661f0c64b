"""Strip outline and governorate borders, shaded by events or fatalities (choropleth).

Events are counted in a governorate by their ``admin1`` when it names one, otherwise by
the point falling inside its polygon. Regional events without a governorate (the whole
Strip, "northern Gaza") are not assigned to any governorate: spreading them would invent
a location.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import folium

from geoevents._compat import import_optional_dependency
from geoevents.errors import check_option
from geoevents.render import _polygons
from geoevents.render._style import CHOROPLETH_COLOURS

__all__ = ["GovernorateTotals", "governorate_totals", "add_outline", "add_governorates",
           "add_governorate_totals", "CHOROPLETH_MEASURES", "class_breaks"]

CHOROPLETH_MEASURES = ("events", "fatalities")


def _governorate_of(row: dict[str, Any], shapes: Sequence[tuple[_polygons.Area, Any]],
                    areas: tuple[_polygons.Area, ...] | None) -> str | None:
    shapely = import_optional_dependency("shapely")
    area = _polygons.match_area(row.get("admin1"), areas=areas)
    if area is not None and area.level == "governorate":
        return area.name
    if row.get("geo_precision") == 3:
        area = _polygons.match_area(row.get("place_id"), row.get("location"), areas=areas)
        return area.name if area is not None and area.level == "governorate" else None
    for gov, geom in shapes:
        if shapely.contains_xy(geom, row["longitude"], row["latitude"]):
            return gov.name
    return None


class GovernorateTotals:
    """Events and fatalities per governorate, counted one event at a time (so a map of
    any size never needs every event at once)."""

    def __init__(self, areas: tuple[_polygons.Area, ...] | None = None) -> None:
        shapely = import_optional_dependency("shapely")
        self.areas = areas
        self.shapes = []
        for gov in _polygons.governorates(areas):
            geom = shapely.geometry.shape(gov.geometry)
            shapely.prepare(geom)
            self.shapes.append((gov, geom))
        self.totals = {g.name: {"events": 0, "fatalities": 0} for g, _ in self.shapes}

    def add(self, row: dict[str, Any]) -> None:
        name = _governorate_of(row, self.shapes, self.areas)
        if name is not None:
            self.totals[name]["events"] += 1
            self.totals[name]["fatalities"] += row.get("fatalities") or 0


def governorate_totals(rows: Iterable[dict[str, Any]],
                       areas: tuple[_polygons.Area, ...] | None = None
                       ) -> dict[str, dict[str, int]]:
    """``{governorate: {"events": n, "fatalities": n}}`` for every governorate (of the
    shipped areas, or of ``areas``)."""
    counter = GovernorateTotals(areas)
    for row in rows:
        counter.add(row)
    return counter.totals


def class_breaks(values: Sequence[int], n: int = len(CHOROPLETH_COLOURS)) -> list[int]:
    """Upper bounds of ``n`` equal-width classes over 1..max (0 gets no colour)."""
    top = max(values, default=0)
    if top <= 0:
        return []
    step = max(1, -(-top // n))
    return [min(top, step * (k + 1)) for k in range(n) if step * k < top]


def _colour(value: int, breaks: list[int]) -> str | None:
    for bound, colour in zip(breaks, CHOROPLETH_COLOURS):
        if 0 < value <= bound:
            return colour
    return None


def add_outline(m: folium.Map, areas: tuple[_polygons.Area, ...] | None = None) -> folium.Map:
    """Draw the Gaza Strip outline as its own (non-interactive) overlay."""
    strip = _polygons.strip_outline(areas)
    if strip is not None:
        folium.GeoJson(
            {"type": "Feature", "properties": {"name": strip.name}, "geometry": strip.geometry},
            name="Gaza Strip outline",
            style_function=lambda _f: {"color": "#222", "weight": 2.5, "fill": False},
            interactive=False,
            control=True,
        ).add_to(m)
    return m


def add_governorates(m: folium.Map, rows: Iterable[dict[str, Any]],
                     measure: str | None = "events",
                     areas: tuple[_polygons.Area, ...] | None = None) -> list[int]:
    """Governorate borders, shaded by ``measure`` ("events", "fatalities" or None).

    Returns the class breaks used, for the legend.
    """
    return add_governorate_totals(m, governorate_totals(rows, areas), measure, areas)


def add_governorate_totals(m: folium.Map, totals: dict[str, dict[str, int]],
                           measure: str | None = "events",
                           areas: tuple[_polygons.Area, ...] | None = None) -> list[int]:
    """Governorate borders shaded by ``measure`` of ``totals`` (from
    :class:`GovernorateTotals`); returns the class breaks used, for the legend."""
    if measure is not None:
        check_option("choropleth", measure, CHOROPLETH_MEASURES)
    breaks = class_breaks([t[measure] for t in totals.values()]) if measure else []
    features = []
    for gov in _polygons.governorates(areas):
        t = totals[gov.name]
        fill = _colour(t[measure], breaks) if measure else None
        props = {"name": gov.name, "events": t["events"], "fatalities": t["fatalities"],
                 "_fill": fill}
        features.append({"type": "Feature", "properties": props, "geometry": gov.geometry})
    label = f"Governorates ({measure})" if measure else "Governorate borders"
    folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        name=label,
        style_function=lambda f: {
            "color": "#555", "weight": 1.2, "dashArray": "4 3",
            "fillColor": f["properties"]["_fill"] or "#ffffff",
            "fillOpacity": 0.45 if f["properties"]["_fill"] else 0.0,
        },
        tooltip=folium.GeoJsonTooltip(["name", "events", "fatalities"],
                                      aliases=["Governorate", "Events", "Fatalities"]),
        control=True,
    ).add_to(m)
    return breaks
