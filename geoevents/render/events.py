"""The event layer: one FeatureGroup per day (or per event type) fed from one data array.

Python never creates a ``Marker`` per event; it sends the columnar payload once and
``static/geoevents.js`` builds the markers, popups and (past ``cluster_threshold``) the
marker clusters in the browser, as folium's ``FastMarkerCluster`` does.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

import folium
from branca.element import MacroElement
from folium.template import Template

from geoevents.errors import check_option
from geoevents.render import _polygons
from geoevents.render._payload import (
    EventRecords,
    PayloadBuilder,
    checked_rows,
    escaped_json,
    pack,
)
from geoevents.render._style import all_styles
from geoevents.render.offline import add_own_asset

__all__ = ["EventLayer", "EventsAdded", "add_events", "collect", "LAYERINGS",
           "DEFAULT_CLUSTER_THRESHOLD"]

LAYERINGS = ("date", "type")
DEFAULT_CLUSTER_THRESHOLD = 1000
PACK_ABOVE_CHARS = 1_000_000
_MARKERCLUSTER_JS = [
    (
        "markerclusterjs",
        "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.4.1/leaflet.markercluster.js",
    )
]
_MARKERCLUSTER_CSS = [
    (
        "markerclustercss",
        "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.4.1/MarkerCluster.css",
    ),
    (
        "markerclusterdefaultcss",
        "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.4.1/MarkerCluster.Default.css",
    ),
]


class EventLayer(MacroElement):
    """Draws all events into their FeatureGroups with one call to ``geoevents.render``.

    Parameters
    ----------
    groups : list of folium.FeatureGroup
        Layer per date or per type, in payload group order.
    payload : dict
        Output of ``build_payload``; serialised with escaped JSON.
    config : dict
        ``by``, ``clusterThreshold``, ``regionRadius``, ``types``, ``id``.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = geoevents.{{ "renderPacked" if this.packed else "render" }}(
            {{ this._parent.get_name() }},
            [{% for g in this.groups %}{{ g.get_name() }}{{ "," if not loop.last }}{% endfor %}],
            {% if this.packed %}"{{ this.packed }}"{% else %}{{ this.data_json }}{% endif %},
            {{ this.config_json }}
        );
        {% endmacro %}
        """
    )

    def __init__(self, groups: list[folium.FeatureGroup], payload: dict[str, Any],
                 config: dict[str, Any]) -> None:
        super().__init__()
        self._name = "EventLayer"
        self.groups = groups
        self.payload = payload
        self.config = config
        self.data_json = escaped_json(payload)
        self.config_json = escaped_json(config)
        # Large payloads travel gzipped; the browser inflates them with DecompressionStream.
        self.packed = pack(self.data_json) if len(self.data_json) > PACK_ABOVE_CHARS else ""
        if self.packed:
            self.data_json = ""
        if payload["n"] > config["clusterThreshold"]:
            self.default_js = list(_MARKERCLUSTER_JS)
            self.default_css = list(_MARKERCLUSTER_CSS)
        else:
            self.default_js, self.default_css = [], []

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        for name, url in self.default_js:
            figure.header.add_child(folium.JavascriptLink(url), name=name)
        for name, url in self.default_css:
            figure.header.add_child(folium.CssLink(url), name=name)
        add_own_asset(self, "geoevents.css")
        add_own_asset(self, "geoevents.js")
        super().render(**kwargs)


@dataclass(frozen=True)
class EventsAdded:
    """What ``add_events`` put on the map, for the timeline, legend and title."""

    layer: EventLayer
    groups: list[folium.FeatureGroup]
    days: list[str]
    n: int
    unmapped: int
    types: list[str]
    bounds: list[list[float]] | None


def collect(events: Any, by: str, areas: tuple[_polygons.Area, ...] | None = None
            ) -> PayloadBuilder:
    """Events (see :func:`checked_rows`) or ``EventRecords`` -> a filled ``PayloadBuilder``."""
    builder = PayloadBuilder(by, areas)
    if isinstance(events, EventRecords):
        for row in events.rows:
            builder.add(row)
        builder.unmapped += events.unmapped
    else:
        for row in checked_rows(events):
            builder.add(row)
    return builder


def add_events(m: folium.Map, events: Any, *, by: str = "date",
               cluster_threshold: int = DEFAULT_CLUSTER_THRESHOLD,
               region_radius_m: float = 4000.0,
               areas: tuple[_polygons.Area, ...] | None = None) -> EventsAdded:
    """Add the events to ``m`` as one FeatureGroup per day (``by="date"``) or per type.

    ``events`` may also be a ``PayloadBuilder`` already filled with ``by``'s layering.
    Regional events (``geo_precision`` 3) are drawn as the governorate/Strip polygon when
    their place names one, otherwise as a dashed circle of ``region_radius_m`` metres,
    never as a point marker. Past ``cluster_threshold`` events, markers are clustered.
    """
    check_option("by", by, LAYERINGS)
    builder = events if isinstance(events, PayloadBuilder) else collect(events, by, areas)
    payload, keys = builder.finish()
    groups = []
    for key in keys:
        # Leaflet's layer control inserts names as HTML: escape report-derived type names.
        label = html.escape((key or "(no type)") if by == "type" else key)
        fg = folium.FeatureGroup(name=label, overlay=True, show=True)
        fg.add_to(m)
        groups.append(fg)
    config = {
        "id": m.get_name(),
        "by": by,
        "clusterThreshold": int(cluster_threshold),
        "regionRadius": float(region_radius_m),
        "types": [{"name": s.name, "colour": s.colour, "glyph": s.glyph} for s in all_styles()],
    }
    layer = EventLayer(groups, payload, config)
    m.add_child(layer)
    return EventsAdded(layer, groups, payload["days"], builder.n, builder.unmapped,
                       builder.types, builder.bounds)
