"""Events files read back in batches: the same rows as ``read_events``, a slice at a time.

``read_events`` builds one GeoDataFrame of every event, which is what a notebook wants
but not what a batch run's map needs: drawing 126k events from a whole table took
~770 MB. Here each format is read through its streaming reader (GDAL's Arrow stream for
GeoJSON and GeoPackage, Parquet row groups, pandas' CSV chunks) and each batch is
normalised exactly as ``read_events`` normalises the whole table, so a consumer that
handles one event at a time needs memory for one batch only.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from geoevents._compat import import_optional_dependency
from geoevents.errors import check_option
from geoevents.io import FORMATS, format_for_path
from geoevents.io._columns import normalize_events_frame
from geoevents.io.csv import read_csv_chunks
from geoevents.io.geopackage import EVENTS_LAYER
from geoevents.io.read_errors import must_exist, read_as

__all__ = ["iter_event_frames", "BATCH_ROWS"]

BATCH_ROWS = 10_000


def iter_event_frames(path: str | os.PathLike[str], *, format: str | None = None,  # noqa: A002
                      batch_rows: int | None = None) -> Iterator[Any]:
    """GeoDataFrames of at most ``batch_rows`` (default ``BATCH_ROWS``) events each, in
    file order; concatenated, they are ``read_events(path)``.

    Raises ``FileNotFoundError`` for a missing file and ``ReportFormatError`` naming the
    file when it cannot be read as ``format`` (by default, the extension's).
    """
    batch_rows = batch_rows or BATCH_ROWS
    fmt = check_option("format", format, FORMATS) if format else format_for_path(path)
    must_exist(path)
    if fmt in ("geojson", "gpkg"):
        options = {"DATE_AS_STRING": "YES"} if fmt == "geojson" else {"layer": EVENTS_LAYER}
        batches = _ogr_batches(path, batch_rows, options)
    elif fmt == "parquet":
        batches = _parquet_batches(path, batch_rows)
    else:
        batches = read_csv_chunks(path, batch_rows)
    with read_as(path, fmt):
        for frame in batches:
            yield normalize_events_frame(frame)


def _ogr_batches(path: str | os.PathLike[str], rows: int, options: dict[str, str]
                 ) -> Iterator[Any]:
    """GDAL's Arrow stream, with the options ``read_geojson`` (dates kept as text) or
    ``read_geopackage`` (the events layer) read with."""
    pyogrio = import_optional_dependency("pyogrio")
    pa = import_optional_dependency("pyarrow")
    gpd = import_optional_dependency("geopandas")
    with pyogrio.open_arrow(path, batch_size=rows, use_pyarrow=True, **options) as (meta, rd):
        geom = meta["geometry_name"] or "wkb_geometry"
        for batch in rd:
            frame = pa.Table.from_batches([batch]).to_pandas()
            wkb = frame.pop(geom) if geom in frame else None
            yield gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries.from_wkb(wkb),
                                   crs=meta["crs"]) if wkb is not None else frame


def _parquet_batches(path: str | os.PathLike[str], rows: int) -> Iterator[Any]:
    """Row batches of a GeoParquet file or of a dataset's parts in sorted order, as
    ``read_parquet`` concatenates them."""
    pq = import_optional_dependency("pyarrow.parquet")
    path = Path(path)
    parts = sorted(p for p in path.rglob("*.parquet") if not p.name.startswith(".")) \
        if path.is_dir() else [path]
    for part in parts:
        with pq.ParquetFile(part) as fh:
            for batch in fh.iter_batches(batch_size=rows):
                yield batch.to_pandas()
