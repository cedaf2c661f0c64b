"""Events -> GeoDataFrame: the one table every export and map reads.

Keeping a single conversion means a column added to ``Event`` appears in GeoJSON,
GeoPackage, GeoParquet, CSV and the map at once, and every reader's output (whatever the
file format made of the types) comes back through the same checks.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from geoevents._compat import import_optional_dependency
from geoevents.errors import ReportFormatError
from geoevents.model import EVENT_FIELDS, Event

if TYPE_CHECKING:  # pragma: no cover
    import geopandas

__all__ = ["events_to_geodataframe", "events_from_geodataframe", "frame_to_geodataframe",
           "INT_COLUMNS", "FLOAT_COLUMNS"]

INT_COLUMNS = ("time_precision", "geo_precision", "fatalities", "injuries")
FLOAT_COLUMNS = ("latitude", "longitude", "confidence")


def events_to_geodataframe(events: Iterable[Event]) -> geopandas.GeoDataFrame:
    """Build a GeoDataFrame (EPSG:4326, Point geometry) with one row per event.

    Events without coordinates keep their row with no geometry (None), as geopandas'
    ``geocode`` does for failed queries: the record stays visible.
    """
    pd = import_optional_dependency("pandas")
    df = pd.DataFrame.from_records([e.to_dict() for e in events], columns=list(EVENT_FIELDS))
    return frame_to_geodataframe(df)


def frame_to_geodataframe(df: Any) -> geopandas.GeoDataFrame:
    """Any table of events (a reader's output, a DataFrame) -> the conventional GeoDataFrame.

    ``longitude``/``latitude`` are the record of truth, as in ACLED; where a file has only
    a Point geometry they are taken from it. A value that is present but not a number is
    an error naming the event and the field, never a silent "no coordinates".
    """
    gpd = import_optional_dependency("geopandas")
    pd = import_optional_dependency("pandas")
    shapely = import_optional_dependency("shapely")
    geom_name = getattr(df, "_geometry_column_name", None)
    data = pd.DataFrame(df.drop(columns=[c for c in (geom_name, "geometry") if c in df]))
    data = data.reset_index(drop=True)
    if geom_name and geom_name in df:
        _coordinates_from_geometry(data, df[geom_name].reset_index(drop=True), pd)
    out = {}
    for name in EVENT_FIELDS:
        col = data[name] if name in data else pd.Series([None] * len(data), dtype=object)
        if name in INT_COLUMNS or name in FLOAT_COLUMNS:
            num = pd.to_numeric(col, errors="coerce")
            _check_numbers(col, num, name, data)
            col = num.astype("Int64") if name in INT_COLUMNS else num.astype("float64")
        else:
            col = col.astype(object)
            col = col.where(col.notna(), None)
        out[name] = col
    frame = pd.DataFrame(out)
    lon, lat = frame["longitude"].to_numpy(), frame["latitude"].to_numpy()
    geometry = shapely.points(lon, lat)
    geometry[pd.isna(lon) | pd.isna(lat)] = None
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def _coordinates_from_geometry(data: Any, geometry: Any, pd: Any) -> None:
    points = geometry.notna() & (geometry.geom_type == "Point")
    for name, coord in (("longitude", "x"), ("latitude", "y")):
        current = data[name] if name in data else pd.Series([None] * len(data), dtype=object)
        missing = current.isna() & points
        if missing.any():
            filled = current.astype(object).copy()
            filled[missing] = getattr(geometry[missing], coord)
            data[name] = filled


def _check_numbers(raw: Any, num: Any, name: str, data: Any) -> None:
    bad = raw.notna() & num.isna()
    if bad.any():
        i = int(bad.idxmax())
        who = data["event_id"].iloc[i] if "event_id" in data else None
        label = f"event {who!r}" if who is not None else f"row {i}"
        raise ReportFormatError(f"{label}: {name}={raw.iloc[i]!r} is not a number")


def events_from_geodataframe(gdf: Any) -> list[Event]:
    """The inverse of :func:`events_to_geodataframe` (missing values become None); a plain
    DataFrame with the event columns works too."""
    pd = import_optional_dependency("pandas")
    out: list[Event] = []
    geometry = getattr(gdf, "_geometry_column_name", None)
    table = gdf.drop(columns=[geometry]) if geometry in gdf.columns else gdf
    for rec in table.to_dict("records"):
        kwargs = {}
        for name in EVENT_FIELDS:
            value = rec.get(name)
            if value is not None and not isinstance(value, str) and pd.isna(value):
                value = None
            if name in INT_COLUMNS and value is not None:
                value = int(value)
            kwargs[name] = value
        out.append(Event(**kwargs))
    return out
