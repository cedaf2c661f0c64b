"""Optional heat layer: a density surface of the events the date slider shows.

Drawn by the project's own canvas code (``static/heat.js``) from the event layer's data
array, so it costs no extra data and works offline (Leaflet.heat has no PyPI package).
"""

from __future__ import annotations

from typing import Any

import folium
from folium.map import Layer
from folium.template import Template

from geoevents.errors import check_option
from geoevents.render._payload import escaped_json
from geoevents.render.offline import add_own_asset

__all__ = ["HeatLayer", "add_heat", "HEAT_WEIGHTS"]

HEAT_WEIGHTS = ("events", "fatalities")
_GRADIENT = [[0.0, "#2c7bb6"], [0.35, "#abd9e9"], [0.6, "#ffffbf"], [0.8, "#fdae61"],
             [1.0, "#d7191c"]]


class HeatLayer(Layer):
    """An overlay listed in the layer control as ``name``.

    Parameters
    ----------
    map_id : str
        ``get_name()`` of the map whose event data it reads.
    weight : {"events", "fatalities"}
        Count events, or weight each by its fatalities.
    radius : int
        Blur radius in screen pixels.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = new geoevents.HeatLayer(
            {{ this.map_id_json }}, {{ this.options_json }});
        {% endmacro %}
        """
    )

    def __init__(self, map_id: str, *, name: str = "Heat map", weight: str = "events",
                 radius: int = 18, show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        check_option("heat", weight, HEAT_WEIGHTS)
        self._name = "HeatLayer"
        self.map_id_json = escaped_json(map_id)
        intensity = 0.25 if weight == "events" else 0.08
        self.options_json = escaped_json({"radius": int(radius), "weight": weight,
                                          "intensity": intensity, "gradient": _GRADIENT})

    def render(self, **kwargs: Any) -> None:
        add_own_asset(self, "heat.js")
        super().render(**kwargs)


def add_heat(m: folium.Map, weight: str = "events", **options: Any) -> folium.Map:
    """Add a heat layer (after the event layer); returns ``m`` for chaining."""
    m.add_child(HeatLayer(m.get_name(), weight=weight, **options))
    return m
