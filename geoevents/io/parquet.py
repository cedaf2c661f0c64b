"""GeoParquet out and in, written in row groups with ``pyarrow.parquet.ParquetWriter``.

Tables are built straight from the records with pyarrow (no pandas in the write path),
and the ``geo`` metadata follows GeoParquet 1.1, so geopandas, GDAL and DuckDB read the
files as geometry. A partitioned dataset is a directory of ``part.NNNNN.parquet`` files,
one per partition, which is what the Dask engine writes.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from geoevents._compat import import_optional_dependency
from geoevents.io._base import StreamWriter
from geoevents.io._columns import event_schema, events_to_arrow, normalize_events_frame
from geoevents.io.atomic import commit, discard, temp_beside
from geoevents.model import Event

__all__ = ["ParquetWriter", "to_parquet", "write_parquet_part", "read_parquet", "part_name"]

_COMPRESSION = "zstd"


class ParquetWriter(StreamWriter):
    """Stream events into one GeoParquet file, one row group per chunk."""

    format = "parquet"
    default_chunk_size = 50_000

    def __init__(self, path: str | os.PathLike[str], *, chunk_size: int | None = None):
        super().__init__(path, chunk_size=chunk_size)
        pq = import_optional_dependency("pyarrow.parquet")
        self._writer = pq.ParquetWriter(self.tmp, event_schema(), compression=_COMPRESSION)

    def _flush_events(self, events: list[Event]) -> None:
        self._writer.write_table(events_to_arrow(events))

    def _finish(self) -> None:
        self._writer.close()

    def _cleanup(self) -> None:
        # Already failing; the temporary file is discarded whatever happens here.
        with contextlib.suppress(Exception):
            self._writer.close()


def to_parquet(
    events: Iterable[Event], path: str | os.PathLike[str], *, chunk_size: int | None = None
) -> int:
    """Write ``events`` to one GeoParquet file atomically; return the row count."""
    with ParquetWriter(path, chunk_size=chunk_size) as writer:
        writer.write_events(events)
    return writer.count


def part_name(index: int) -> str:
    """File name of partition ``index``; zero-padded so sorted order is partition order."""
    return f"part.{index:05d}.parquet"


def write_parquet_part(
    events: Iterable[Event], directory: str | os.PathLike[str], index: int
) -> Path:
    """Write one partition of a dataset atomically (called on Dask workers)."""
    pq = import_optional_dependency("pyarrow.parquet")
    target = Path(directory) / part_name(index)
    tmp = temp_beside(target)
    try:
        pq.write_table(events_to_arrow(list(events)), tmp, compression=_COMPRESSION)
        commit(tmp, target)
    except BaseException:
        discard(tmp)
        raise
    return target


def read_parquet(path: str | os.PathLike[str]) -> Any:
    """Read a GeoParquet file or a dataset directory (parts in sorted order)."""
    pq = import_optional_dependency("pyarrow.parquet")
    pa = import_optional_dependency("pyarrow")
    path = Path(path)
    if path.is_dir():
        parts = sorted(p for p in path.rglob("*.parquet") if not p.name.startswith("."))
        tables = [pq.read_table(p) for p in parts]
        table = pa.concat_tables(tables) if tables else event_schema().empty_table()
    else:
        table = pq.read_table(path)
    return normalize_events_frame(table.to_pandas())
