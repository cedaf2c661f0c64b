"""CSV out and in: ACLED-style flat rows with ``latitude``/``longitude`` columns.

No WKT column: spreadsheets and ACLED tooling expect plain coordinates, and the
geometry is rebuilt from them on read. Empty cells mean null, so an empty string and a
missing value are the same thing in this format. Text that starts like a spreadsheet
formula is written with a leading apostrophe (and read back without it).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from typing import IO, Any

from geoevents._compat import import_optional_dependency
from geoevents.io._base import StreamWriter
from geoevents.io._columns import FLOAT_COLUMNS, INT_COLUMNS, normalize_events_frame
from geoevents.model import EVENT_FIELDS, Event

__all__ = ["CSVWriter", "to_csv", "read_csv", "read_csv_chunks"]


class CSVWriter(StreamWriter):
    """Stream events into a CSV file with a header row."""

    format = "csv"

    def __init__(self, path: str | os.PathLike[str], *, chunk_size: int | None = None):
        super().__init__(path, chunk_size=chunk_size)
        self._fh: IO[str] | None = open(  # noqa: SIM115 - closed in _finish/_cleanup
            self.tmp, "w", encoding="utf-8", newline="", buffering=1 << 20
        )
        self._csv = csv.writer(self._fh, lineterminator="\n")
        self._csv.writerow(EVENT_FIELDS)

    def _flush_events(self, events: list[Event]) -> None:
        self._csv.writerows([_cell(getattr(e, f)) for f in EVENT_FIELDS] for e in events)


# Report text is untrusted: a cell that starts like a formula ("=HYPERLINK(...)", "@SUM")
# would run in a spreadsheet. A leading apostrophe keeps it text; read_csv removes it.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


_TEXT_DTYPES = {n: "object" for n in EVENT_FIELDS if n not in INT_COLUMNS + FLOAT_COLUMNS}


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _uncell(value: Any) -> Any:
    if isinstance(value, str) and value[:1] == "'" and value[1:2] and \
            value[1:].startswith(_FORMULA_START):
        return value[1:]
    return value


def to_csv(events: Any, path: str | os.PathLike[str]) -> int:
    """Write ``events`` to CSV atomically; return the row count."""
    with CSVWriter(path) as writer:
        writer.write_events(events)
    return writer.count


def read_csv(path: str | os.PathLike[str]) -> Any:
    """Read a CSV written by :class:`CSVWriter` back to a GeoDataFrame."""
    return normalize_events_frame(_uncell_frame(_read(path)))


def read_csv_chunks(path: str | os.PathLike[str], rows: int) -> Iterator[Any]:
    """The CSV's rows as ``read_csv`` reads them, in DataFrames of at most ``rows`` rows
    and not yet normalised (see :mod:`geoevents.io.chunks`)."""
    with _read(path, chunksize=rows) as reader:
        for frame in reader:
            yield _uncell_frame(frame)


def _read(path: str | os.PathLike[str], **options: Any) -> Any:
    pd = import_optional_dependency("pandas")
    return pd.read_csv(path, dtype=_TEXT_DTYPES, keep_default_na=False,
                       na_values={n: [""] for n in EVENT_FIELDS}, **options)


def _uncell_frame(df: Any) -> Any:
    for name in _TEXT_DTYPES:
        if name in df:
            df[name] = df[name].map(_uncell)
    return df
