"""Events -> GeoDataFrame: the one table every export and map reads.

Keeping a single conversion means a column added to ``Event`` appears in GeoJSON,
GeoPackage, GeoParquet, CSV and the map at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from geoevents._compat import import_optional_dependency
from geoevents.model import EVENT_FIELDS, Event

if TYPE_CHECKING:  # pragma: no cover
    import geopandas

__all__ = ["events_to_geodataframe", "events_from_geodataframe"]

_INT_COLUMNS = ("fatalities", "injuries")


def events_to_geodataframe(events: Iterable[Event]) -> geopandas.GeoDataFrame:
    """Build a GeoDataFrame (EPSG:4326, Point geometry) with one row per event.

    Events without coordinates keep their row with an empty geometry, as geopandas'
    ``geocode`` does for failed queries: the record stays visible.
    """
    gpd = import_optional_dependency("geopandas", "geo")
    pd = import_optional_dependency("pandas", "geo")
    shapely = import_optional_dependency("shapely", "geo")
    rows = [e.to_dict() for e in events]
    df = pd.DataFrame.from_records(rows, columns=list(EVENT_FIELDS))
    for col in _INT_COLUMNS:
        df[col] = df[col].astype("Int64")
    lon = df["longitude"].astype("float64").to_numpy()
    lat = df["latitude"].astype("float64").to_numpy()
    geometry = shapely.points(lon, lat)
    return gpd.GeoDataFrame(df, geometry=geometry, crs="EPSG:4326")


def events_from_geodataframe(gdf) -> list[Event]:
    """The inverse of :func:`events_to_geodataframe` (missing values become None)."""
    pd = import_optional_dependency("pandas", "geo")
    out: list[Event] = []
    for rec in gdf.drop(columns=[gdf.geometry.name], errors="ignore").to_dict("records"):
        kwargs = {}
        for name in EVENT_FIELDS:
            value = rec.get(name)
            if value is not None and not isinstance(value, str) and pd.isna(value):
                value = None
            if name in _INT_COLUMNS + ("time_precision", "geo_precision") and value is not None:
                value = int(value)
            kwargs[name] = value
        out.append(Event(**kwargs))
    return out
