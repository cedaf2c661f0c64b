"""Interactive maps of events (folium/Leaflet), one module per layer.

>>> from geoevents.render import render_map, save_map  # doctest: +SKIP
>>> m = render_map(events, by="date", title="Gaza, June 2024", offline=True)  # doctest: +SKIP
>>> save_map(m, "map.html")  # doctest: +SKIP

``m`` is a ``folium.Map``: it displays inline in Jupyter and accepts further folium layers.
"""

from geoevents.render.map import render_map, save_map

__all__ = ["render_map", "save_map"]
