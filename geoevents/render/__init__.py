"""Interactive maps of events (folium/Leaflet), one module per layer.

>>> from geoevents import parse
>>> from geoevents.render import render_map
>>> doc = parse("Israeli airstrikes hit Khan Younis on Monday, killing 12 people.",
...             published="2024-07-02")
>>> m = render_map(doc.events, by="date", title="Khan Younis, July 2024", offline=True)
>>> type(m).__name__
'Map'

``m`` is a ``folium.Map``: it displays inline in Jupyter and accepts further folium layers;
``save_map(m, "map.html")`` writes it atomically.
"""

from geoevents.render.map import render_map, save_map

__all__ = ["render_map", "save_map"]
