"""Date slider with play: shows one day or a range of days of the event layer.

The control is the project's own small script (``static/timeline.js``): folium's
TimestampedGeoJson/Timeline plugins load their JS from CDNs and would not work offline.
"""

from __future__ import annotations

from typing import Any

import folium
from branca.element import MacroElement
from folium.template import Template

from geoevents.render._payload import escaped_json
from geoevents.render.events import EventsAdded
from geoevents.render.offline import add_own_asset

__all__ = ["DateSlider", "add_timeline"]


class DateSlider(MacroElement):
    """Slider over the event layer's days; must be added after the ``EventLayer``.

    Parameters
    ----------
    map_id : str
        ``get_name()`` of the map whose event layer it filters.
    position : str
        Leaflet control corner.
    interval_ms : int
        Delay between days when playing.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = geoevents.timeline(
            {{ this._parent.get_name() }}, {{ this.map_id_json }}, {{ this.options_json }}
        );
        {% endmacro %}
        """
    )

    def __init__(self, map_id: str, *, position: str = "bottomleft",
                 interval_ms: int = 1000) -> None:
        super().__init__()
        self._name = "DateSlider"
        self.map_id_json = escaped_json(map_id)
        self.options_json = escaped_json({"position": position, "interval": int(interval_ms)})

    def render(self, **kwargs: Any) -> None:
        add_own_asset(self, "timeline.js")
        super().render(**kwargs)


def add_timeline(m: folium.Map, added: EventsAdded, **options: Any) -> folium.Map:
    """Add the date slider for ``added``'s layer; returns ``m`` for chaining."""
    if added.days:
        m.add_child(DateSlider(m.get_name(), **options))
    return m
