"""``render_map``: events -> a folium.Map with day layers, slider, legend and areas.

The map is a plain ``folium.Map`` so it displays in Jupyter and can be extended with any
folium element; ``save_map`` writes it atomically and, for offline maps, refuses to write
a page that still references the network.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import folium
from branca.element import Element

from geoevents.errors import ExportError, check_option
from geoevents.gazetteer import Gazetteer
from geoevents.io.atomic import atomic_path
from geoevents.render import _polygons
from geoevents.render._payload import PayloadBuilder, checked_rows
from geoevents.render.areas import (
    CHOROPLETH_MEASURES,
    GovernorateTotals,
    add_governorate_totals,
    add_outline,
)
from geoevents.render.events import DEFAULT_CLUSTER_THRESHOLD, LAYERINGS, add_events
from geoevents.render.heat import HEAT_WEIGHTS, add_heat
from geoevents.render.legend import add_legend, add_title, legend_html, title_html
from geoevents.render.offline import inline_assets, remote_references
from geoevents.render.timeline import add_timeline

__all__ = ["render_map", "save_map"]

_OFFLINE_FLAG = "_geoevents_offline"
_NUMBERING = threading.Lock()


@contextlib.contextmanager
def _numbered_ids() -> Iterator[None]:
    """Number the elements of one map instead of folium's random ids, so that the same
    events always give the same HTML (a map can be diffed, cached, checked in)."""
    counter = itertools.count(1)
    with _NUMBERING:
        random_ids = Element.__dict__["_generate_id"]
        Element._generate_id = classmethod(lambda cls: f"{next(counter):032x}")
        try:
            yield
        finally:
            Element._generate_id = random_ids


def _bounds(events: list[list[float]] | None, areas: tuple[_polygons.Area, ...] | None
            ) -> list[list[float]]:
    if events:
        return events
    strip = _polygons.strip_outline(areas)
    if not strip:
        return [[31.22, 34.22], [31.6, 34.57]]
    from shapely.geometry import shape  # (a Polygon or a MultiPolygon alike)

    west, south, east, north = shape(strip.geometry).bounds
    return [[south, west], [north, east]]


def is_local_tiles(tiles: str) -> bool:
    """A URL template the browser can load without a network (file: or relative path)."""
    if "{" not in tiles:
        return False  # a provider name such as "OpenStreetMap" means remote tiles
    scheme = tiles.split(":", 1)[0].lower() if ":" in tiles.split("/", 1)[0] else ""
    return (scheme == "file" or scheme == "") and not tiles.startswith("//")


def render_map(
    events: Any,
    by: str = "date",
    title: str | None = None,
    offline: bool = False,
    cluster_threshold: int = DEFAULT_CLUSTER_THRESHOLD,
    heat: bool | str = False,
    tiles: str | None = "OpenStreetMap",
    *,
    choropleth: str | None = "events",
    attr: str | None = None,
    region_radius_m: float = 4000.0,
    gazetteer: Gazetteer | None = None,
) -> folium.Map:
    """Draw events on a Leaflet map.

    Parameters
    ----------
    events : iterable of Event or mappings, or (Geo)DataFrame from ``events_to_geodataframe``
        Events without coordinates are counted in the title but not drawn. Read once,
        an event at a time: a generator (e.g. over a file read in batches) keeps memory
        to the size of the page.
    by : {"date", "type"}
        One layer per day, or one per event type (the date slider filters either way).
    title : str, optional
        Shown with the date range in the map's title box (escaped).
    offline : bool
        Inline every script and style from installed packages; no tile layer unless
        ``tiles`` is a local URL template (``file:`` or relative path).
    cluster_threshold : int
        Above this many events, markers are clustered (one data array either way).
    heat : bool or {"events", "fatalities"}
        Add a heat layer, weighted by event count (True) or fatalities.
    tiles : str or None
        folium tiles name or URL template; ignored offline unless local.
    choropleth : {"events", "fatalities"} or None
        Shade governorates by this total.
    gazetteer : Gazetteer, optional
        The gazetteer the events were placed with, when it is not the shipped one: its
        own governorate, region and Strip polygons are drawn.

    Returns
    -------
    folium.Map

    Raises
    ------
    ReportFormatError
        An event has coordinates or a date that cannot be drawn (the message names it).
    OptionError
        ``by``, ``heat`` or ``choropleth`` outside the allowed values.
    """
    check_option("by", by, LAYERINGS)
    heat_weight = "events" if heat is True else (heat or None)
    if heat_weight is not None:
        check_option("heat", heat_weight, HEAT_WEIGHTS)
    if choropleth is not None:
        check_option("choropleth", choropleth, CHOROPLETH_MEASURES)
    if offline and tiles is not None and not is_local_tiles(tiles):
        tiles = None
    areas = _polygons.areas_from(gazetteer.areas_geojson, "the gazetteer's areas") \
        if gazetteer is not None else None
    with _numbered_ids():
        m = _draw(events, by, title, offline, cluster_threshold, heat_weight, tiles,
                  choropleth, attr, region_radius_m, areas)
    if offline:
        setattr(m, _OFFLINE_FLAG, True)
    return m


def _draw(events: Any, by: str, title: str | None, offline: bool, cluster_threshold: int,
          heat_weight: str | None, tiles: str | None, choropleth: str | None,
          attr: str | None, region_radius_m: float,
          areas: tuple[_polygons.Area, ...] | None) -> folium.Map:
    # maxZoom on the map itself: marker clustering needs it even without a tile layer.
    m = folium.Map(tiles=None, control_scale=True, prefer_canvas=False, maxZoom=19, minZoom=7)
    if tiles is not None:
        if "{" in tiles:
            folium.TileLayer(tiles, attr=attr or "local tiles", name="Tiles").add_to(m)
        else:
            folium.TileLayer(tiles, attr=attr).add_to(m)
    # Areas first so event shapes sit above them and stay clickable.
    add_outline(m, areas)
    builder, totals = _collect(events, by, areas)
    breaks = add_governorate_totals(m, totals, choropleth, areas)
    added = add_events(m, builder, by=by, cluster_threshold=cluster_threshold,
                       region_radius_m=region_radius_m, areas=areas)
    if heat_weight is not None:
        add_heat(m, heat_weight)
    add_timeline(m, added)
    add_title(m, title_html(title, added.days, added.n, added.unmapped))
    clustered = added.n > cluster_threshold
    add_legend(m, legend_html(added.types, breaks, choropleth, clustered))
    folium.LayerControl(collapsed=True).add_to(m)
    m.fit_bounds(_bounds(added.bounds, areas), padding=(20, 20))
    if offline:
        inline_assets(m)
    return m


def _collect(events: Any, by: str, areas: tuple[_polygons.Area, ...] | None
             ) -> tuple[PayloadBuilder, dict[str, dict[str, int]]]:
    """One pass over the events: the page's compact arrays and the governorate totals.

    Each event is checked, added and dropped, so ``events`` may be a generator reading a
    file in batches: the map then never holds more than the page it writes.
    """
    builder = PayloadBuilder(by, areas)
    counter = GovernorateTotals(areas)
    for row in checked_rows(events):
        builder.add(row)
        if row is not None:
            counter.add(row)
    return builder, counter.totals


def save_map(m: folium.Map, path: str | os.PathLike[str]) -> Path:
    """Write ``m`` as HTML through a temporary file and a rename (never a half file).

    Raises ``ExportError`` when the file cannot be written, or when an offline map has
    gained a network reference since ``render_map`` (e.g. a folium plugin added later).
    """
    target = Path(path)
    if target.is_dir():  # the rename would put the page in place of the folder's files
        raise ExportError(f"cannot write map to {target}: it is a directory")
    html = m.get_root().render()
    if getattr(m, _OFFLINE_FLAG, False):
        remote = remote_references(html)
        if remote:
            raise ExportError(f"offline map {target} references the network: {remote[:3]}")
    try:
        # (the temporary file is created by open(), with the umask's usual mode: a saved
        # page is shared, not private like mkstemp's)
        with atomic_path(target) as tmp:
            tmp.write_text(html, encoding="utf-8")
    except OSError as err:
        raise ExportError(f"cannot write map to {target}: {err.strerror or err}") from err
    return target
