"""Column types shared by the tabular formats, and the normalisation applied on read.

Every format stores the same columns with the same types (strings, nullable int64,
float64, WKB Point geometry), and :func:`normalize_events_frame` turns whatever a
format's reader returns into the conventional GeoDataFrame, so a round trip through any
format compares equal.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from operator import attrgetter
from typing import Any

from geoevents._compat import import_optional_dependency
from geoevents.model import EVENT_FIELDS, MENTION_FIELDS, Event, Mention
from geoevents.table import FLOAT_COLUMNS, INT_COLUMNS, frame_to_geodataframe

__all__ = [
    "INT_COLUMNS",
    "FLOAT_COLUMNS",
    "event_schema",
    "mention_schema",
    "events_to_arrow",
    "mentions_to_arrow",
    "normalize_events_frame",
    "geo_metadata",
]

_MENTION_INT = ("start", "end")
_MENTION_FLOAT = ("lat", "lon", "confidence")
_MENTION_BOOL = ("in_gaza",)
MENTION_COLUMNS = ("report_id",) + MENTION_FIELDS


def _arrow_type(pa: Any, name: str, ints: tuple, floats: tuple, bools: tuple = ()) -> Any:
    if name in ints:
        return pa.int64()
    if name in floats:
        return pa.float64()
    if name in bools:
        return pa.bool_()
    return pa.string()


@cache
def geo_metadata() -> bytes:
    """GeoParquet 1.1 file metadata: WKB Points in EPSG:4326 (lon/lat axis order)."""
    pyproj = import_optional_dependency("pyproj")
    crs = pyproj.CRS.from_epsg(4326).to_json_dict()
    meta = {
        "version": "1.1.0",
        "primary_column": "geometry",
        "columns": {"geometry": {"encoding": "WKB", "geometry_types": ["Point"], "crs": crs}},
    }
    return json.dumps(meta, separators=(",", ":")).encode()


@cache
def event_schema(with_geo_metadata: bool = True) -> Any:
    pa = import_optional_dependency("pyarrow")
    fields = [pa.field(n, _arrow_type(pa, n, INT_COLUMNS, FLOAT_COLUMNS)) for n in EVENT_FIELDS]
    fields.append(pa.field("geometry", pa.binary()))
    meta = {b"geo": geo_metadata()} if with_geo_metadata else None
    return pa.schema(fields, metadata=meta)


@cache
def mention_schema(with_geo_metadata: bool = True) -> Any:
    pa = import_optional_dependency("pyarrow")
    fields = [
        pa.field(n, _arrow_type(pa, n, _MENTION_INT, _MENTION_FLOAT, _MENTION_BOOL))
        for n in MENTION_COLUMNS
    ]
    fields.append(pa.field("geometry", pa.binary()))
    meta = {b"geo": geo_metadata()} if with_geo_metadata else None
    return pa.schema(fields, metadata=meta)


_POINT_WKB = [("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")]  # 21 bytes


def _wkb_point_array(lon: Any, lat: Any) -> Any:
    """Little-endian 2D WKB Points as a pyarrow BinaryArray, null where unlocated.

    Packing the 21-byte records with numpy avoids creating a shapely object per row,
    which is most of the cost of writing a million events otherwise.
    """
    np = import_optional_dependency("numpy")
    pa = import_optional_dependency("pyarrow")
    x = np.array(lon, dtype="float64")
    y = np.array(lat, dtype="float64")
    ok = np.isfinite(x) & np.isfinite(y)
    rec = np.zeros(int(ok.sum()), dtype=_POINT_WKB)
    rec["order"], rec["type"], rec["x"], rec["y"] = 1, 1, x[ok], y[ok]
    offsets = np.zeros(len(x) + 1, dtype="int32")
    np.cumsum(ok * rec.dtype.itemsize, out=offsets[1:])
    validity = pa.py_buffer(np.packbits(ok, bitorder="little"))
    return pa.Array.from_buffers(
        pa.binary(), len(x), [validity, pa.py_buffer(offsets), pa.py_buffer(rec.tobytes())],
        null_count=int(len(x) - ok.sum()),
    )


def events_to_arrow(events: Sequence[Event], *, with_geo_metadata: bool = True) -> Any:
    """Events -> pyarrow Table with a WKB ``geometry`` column, without pandas."""
    pa = import_optional_dependency("pyarrow")
    schema = event_schema(with_geo_metadata)
    # attrgetter + zip run in C: several times faster than a getattr loop per column.
    columns = list(zip(*map(attrgetter(*EVENT_FIELDS), events))) or [()] * len(EVENT_FIELDS)
    lon = columns[EVENT_FIELDS.index("longitude")]
    lat = columns[EVENT_FIELDS.index("latitude")]
    arrays = [pa.array(col, type=f.type) for col, f in zip(columns, schema)]
    arrays.append(_wkb_point_array(lon, lat))
    return pa.Table.from_arrays(arrays, schema=schema)


def mentions_to_arrow(
    rows: Sequence[tuple[str | None, Mention]], *, with_geo_metadata: bool = True
) -> Any:
    """(report_id, Mention) pairs -> pyarrow Table; ``alternatives`` joined with '|'."""
    pa = import_optional_dependency("pyarrow")
    schema = mention_schema(with_geo_metadata)
    columns: list[list] = [[rid for rid, _ in rows]]
    for name in MENTION_FIELDS:
        if name == "alternatives":
            columns.append(["|".join(m.alternatives) or None for _, m in rows])
        else:
            columns.append([getattr(m, name) for _, m in rows])
    arrays = [pa.array(col, type=f.type) for col, f in zip(columns, schema)]
    arrays.append(_wkb_point_array([m.lon for _, m in rows], [m.lat for _, m in rows]))
    return pa.Table.from_arrays(arrays, schema=schema)


def normalize_events_frame(df: Any) -> Any:
    """Any reader's output -> GeoDataFrame with the conventional columns and types
    (the table stage's one conversion; see :func:`geoevents.table.frame_to_geodataframe`),
    followed by the file's other columns as read. A table of events with more to say
    keeps it: the incidents' ``reports`` and ``report_ids`` (which reports tell each
    incident) come back as ``geopandas.read_file`` gives them."""
    gdf = frame_to_geodataframe(df)
    geometry = getattr(df, "_geometry_column_name", None)
    extra = [c for c in df.columns if c not in gdf.columns and c != geometry]
    if not extra:
        return gdf
    pd = import_optional_dependency("pandas")
    gpd = import_optional_dependency("geopandas")
    kept = pd.DataFrame(df[extra]).reset_index(drop=True)
    out = pd.concat([pd.DataFrame(gdf.drop(columns="geometry")), kept], axis=1)
    return gpd.GeoDataFrame(out, geometry=gdf.geometry.values, crs=gdf.crs)
