"""Reading reports in, writing events out: one module per format family.

``read_reports`` streams report records (and rejected records) from files, directories
or stdin. Each output format has a streaming writer that commits atomically and a reader
that returns the conventional GeoDataFrame; ``_EXTENSION_TO_FORMAT`` picks between them
by file extension, as geopandas' ``_EXTENSION_TO_DRIVER`` does.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "events.geojson"
>>> write_events([], out)
0
>>> len(read_events(out))
0
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geoevents.errors import OptionError, check_option
from geoevents.io._base import StreamWriter
from geoevents.io.csv import CSVWriter, read_csv
from geoevents.io.geojson import GeoJSONWriter, read_geojson, to_geojson
from geoevents.io.geopackage import GeoPackageWriter, read_geopackage
from geoevents.io.jsonl import JsonlWriter, read_jsonl
from geoevents.io.parquet import ParquetWriter, read_parquet
from geoevents.io.read_errors import must_exist, read_as
from geoevents.io.reports import (
    DEFAULT_MAX_REPORT_BYTES,
    REPORT_SUFFIXES,
    RejectedRecord,
    Report,
    SkippedFiles,
    read_reports,
)
from geoevents.model import Event

if TYPE_CHECKING:  # pragma: no cover
    import geopandas

__all__ = [
    "FORMATS",
    "DEFAULT_MAX_REPORT_BYTES",
    "Report",
    "RejectedRecord",
    "SkippedFiles",
    "read_reports",
    "read_events",
    "write_events",
    "writer_for",
    "format_for_path",
    "is_events_dataset",
    "output_name",
    "to_geojson",
    "read_jsonl",
    "JsonlWriter",
    "StreamWriter",
]

_EXTENSION_TO_FORMAT: dict[str, str] = {
    ".geojson": "geojson",
    ".json": "geojson",
    ".gpkg": "gpkg",
    ".parquet": "parquet",
    ".geoparquet": "parquet",
    ".csv": "csv",
}
_WRITERS: dict[str, type[StreamWriter]] = {
    "geojson": GeoJSONWriter,
    "gpkg": GeoPackageWriter,
    "parquet": ParquetWriter,
    "csv": CSVWriter,
}
_READERS: dict[str, Callable[[Any], Any]] = {
    "geojson": read_geojson,
    "gpkg": read_geopackage,
    "parquet": read_parquet,
    "csv": read_csv,
}
_OUTPUT_NAMES = {
    "geojson": "events.geojson",
    "gpkg": "events.gpkg",
    "parquet": "events.parquet",
    "csv": "events.csv",
}
FORMATS: tuple[str, ...] = tuple(_WRITERS)


def format_for_path(path: str | os.PathLike[str]) -> str:
    """The format name for ``path``'s extension; a parquet dataset directory counts."""
    path = Path(path)
    fmt = _EXTENSION_TO_FORMAT.get(path.suffix.lower())
    if fmt is None and path.is_dir() and any(path.glob("*.parquet")):
        fmt = "parquet"
    if fmt is None:
        valid = ", ".join(sorted(_EXTENSION_TO_FORMAT))
        raise OptionError(f"cannot tell the format of {str(path)!r}; valid extensions: {valid}")
    return fmt


def is_events_dataset(path: str | os.PathLike[str]) -> bool:
    """Whether directory ``path`` is a partitioned GeoParquet dataset of events (what the
    Dask engine writes as ``events.parquet/``), not a folder of reports: it is named
    ``.parquet`` or ``.geoparquet``, or holds ``.parquet`` files and no reports."""
    path = Path(path)
    if not path.is_dir():
        return False
    if _EXTENSION_TO_FORMAT.get(path.suffix.lower()) == "parquet":
        return True
    names = [p.suffix.lower() for p in path.iterdir() if not p.name.startswith(".")]
    return ".parquet" in names and not any(n in REPORT_SUFFIXES for n in names)


def _check_format(fmt: str) -> str:
    return check_option("format", fmt, FORMATS)


def output_name(fmt: str) -> str:
    """The conventional file name for ``fmt`` in a batch output directory."""
    return _OUTPUT_NAMES[_check_format(fmt)]


def writer_for(fmt: str, path: str | os.PathLike[str], **kwargs: Any) -> StreamWriter:
    """A streaming writer for format ``fmt`` (``geojson``, ``gpkg``, ``parquet``, ``csv``)."""
    return _WRITERS[_check_format(fmt)](path, **kwargs)


def write_events(
    events: Iterable[Event] | Any, path: str | os.PathLike[str], *, format: str | None = None
) -> int:
    """Write ``events`` to ``path`` atomically, the format taken from the extension.

    ``events`` may also be a (Geo)DataFrame of events, such as a notebook's table after
    filtering: its rows are checked and written as events.
    """
    fmt = _check_format(format) if format else format_for_path(path)
    if hasattr(events, "columns") and hasattr(events, "to_dict"):
        from geoevents.table import events_from_geodataframe, frame_to_geodataframe

        events = events_from_geodataframe(frame_to_geodataframe(events))
    with writer_for(fmt, path) as writer:
        writer.write_events(events)
    return writer.count


def read_events(path: str | os.PathLike[str], *, format: str | None = None
                ) -> geopandas.GeoDataFrame:
    """Read events written in any supported format back to a GeoDataFrame.

    The result has the conventional columns in ``Event`` field order, nullable integer
    counts, and Point geometry rebuilt from ``longitude``/``latitude`` in EPSG:4326.
    """
    fmt = _check_format(format) if format else format_for_path(path)
    must_exist(path)
    from geoevents.io._columns import normalize_events_frame

    with read_as(path, fmt):
        gdf = _READERS[fmt](path)
    return gdf if fmt in ("gpkg", "parquet", "csv") else normalize_events_frame(gdf)
