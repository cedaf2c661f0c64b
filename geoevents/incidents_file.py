"""Incidents of an events file in bounded memory: the file's rows set apart by date, and
the rows of a few days at a time merged alone.

:func:`geoevents.incidents.merge_reports` needs every row of an incident at once, and
reading a run's whole events table for it took 2.6 GB at 1M events. But an incident's
rows share their date (it is in the key), and the linking of places told by part and
whole looks within one day, so the rows of one day are all an incident ever needs. Here
the file is read a batch at a time (:func:`geoevents.io.chunks.iter_event_frames`), each
row goes to a temporary file for its month (a month with more rows than a bucket holds is
split again by day), consecutive files are merged together up to ``bucket_rows`` rows,
and each bucket's incidents, already encoded as GeoJSON Features, wait in a file of their
own, in the order of the row that speaks for each. Those files are then read together in
that order into the output: the rows, the order and the bytes of
``table_to_geojson(merge_reports(read_events(source)), target)``, with memory for one
bucket (and one day's rows, where a single day has more than a bucket holds).

Undated events are nobody's duplicates: they go to files of their own, cut anywhere, and
are merged (kept as they are) after the dated ones, so no table of them is needed either.
"""

from __future__ import annotations

import heapq
import os
import pickle
import struct
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from geoevents._compat import import_optional_dependency
from geoevents.errors import OptionError
from geoevents.gazetteer import Gazetteer
from geoevents.incidents import ORDER, merge_ordered

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["merge_reports_file", "BUCKET_ROWS"]

# Rows merged at once: ~150 MB of table at the events' usual width, a few days of a
# month of heavy reporting; a day is never split, whatever its size.
BUCKET_ROWS = 50_000

_RECORD = struct.Struct("<qI")  # an incident's place in the table, its Feature's length


@dataclass
class _Piece:
    """A temporary file of pickled frames (events without geometry, ``ORDER`` added) and
    the rows they hold."""
    path: Path
    rows: int = 0

    def append(self, frame: pandas.DataFrame) -> None:
        with self.path.open("ab") as fh:
            pickle.dump(frame, fh, protocol=pickle.HIGHEST_PROTOCOL)
        self.rows += len(frame)

    def frames(self) -> Iterator[pandas.DataFrame]:
        with self.path.open("rb") as fh:
            while True:
                try:
                    yield pickle.load(fh)  # noqa: S301 - our own file, written above
                except EOFError:
                    return


@dataclass
class _Spill:
    """The rows of an events file set apart: dated ones by month, undated ones apart, with
    how many rows each day has and the table's columns."""
    tmp: Path
    months: dict[str, _Piece] = field(default_factory=dict)
    undated: _Piece | None = None
    days: Counter[str] = field(default_factory=Counter)
    columns: list[str] = field(default_factory=list)
    made: int = 0

    def piece(self, name: str) -> _Piece:
        """A new, empty temporary file."""
        self.made += 1
        return _Piece(self.tmp / f"{self.made}-{name}.pkl")


def merge_reports_file(source: str | os.PathLike[str], target: str | os.PathLike[str], *,
                       gazetteer: Gazetteer | None = None, format: str | None = None,  # noqa: A002
                       bucket_rows: int | None = None, batch_rows: int | None = None) -> int:
    """Write the incidents of the events file ``source`` (any format
    :func:`geoevents.read_events` reads, a Dask run's partitioned GeoParquet directory
    too) to GeoJSON ``target``, atomically: byte for byte what
    ``table_to_geojson(merge_reports(read_events(source)), target)`` writes, in memory
    for ``bucket_rows`` events (default ``BUCKET_ROWS``) rather than the whole table.
    Temporary files go beside ``target``. Returns the number of incidents."""
    from geoevents.io.chunks import iter_event_frames
    from geoevents.io.geojson import GeoJSONWriter

    limit = BUCKET_ROWS if bucket_rows is None else bucket_rows
    for name, value in (("bucket_rows", limit), ("batch_rows", batch_rows or 1)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise OptionError(f"{name} must be a whole number of rows, 1 or more; "
                              f"got {value!r}")
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    gaz = gazetteer or Gazetteer.default()
    with tempfile.TemporaryDirectory(prefix=f".{target.name}.", suffix=".tmp",
                                     dir=target.parent) as tmp:
        spill = _spill(iter_event_frames(source, format=format, batch_rows=batch_rows),
                       Path(tmp), limit)
        runs = [_merge_bucket(bucket, spill.columns, gaz, Path(tmp) / f"run-{i}.bin")
                for i, bucket in enumerate(_buckets(_pieces(spill, limit), limit))]
        with GeoJSONWriter(target) as writer:
            writer.write_features(feature for _, feature in heapq.merge(
                *(_read_run(path) for path in runs), key=lambda record: record[0]))
    return writer.count


def _spill(frames: Iterable[pandas.DataFrame], tmp: Path, limit: int) -> _Spill:
    """Every row of ``frames`` into the temporary file of its month (or of the undated),
    numbered in file order, without geometry (the output's points come from
    ``latitude``/``longitude``). Rows wait in memory until ``limit`` have come, then go
    out a month at a time: a frame per batch and month made a quiet month's file
    thousands of frames of a few rows each, slow to gather back."""
    pd = import_optional_dependency("pandas")
    spill = _Spill(tmp)
    waiting: dict[str | None, list[pandas.DataFrame]] = {}
    start = 0
    for frame in frames:
        geometry = getattr(frame, "_geometry_column_name", None)
        df = pd.DataFrame(frame.drop(columns=geometry) if geometry else frame)
        df[ORDER] = range(start, start + len(df))
        start += len(df)
        if not spill.columns:
            spill.columns = [c for c in df.columns if c != ORDER]
        days = _day_keys(df)
        spill.days.update(d for d in days if d is not None)
        months = [d[:7] if d is not None else None for d in days]
        for month, rows in df.groupby(pd.Series(months, index=df.index, dtype=object),
                                      sort=False, dropna=False):
            waiting.setdefault(None if pd.isna(month) else month, []).append(rows)
        if start % limit < len(df) or len(df) >= limit:
            _write_waiting(spill, waiting)
    _write_waiting(spill, waiting)
    return spill


def _write_waiting(spill: _Spill, waiting: dict[str | None, list[pandas.DataFrame]]
                   ) -> None:
    """Append the rows waiting for each month's file (the undated's) as one frame."""
    pd = import_optional_dependency("pandas")
    for month, frames in waiting.items():
        if month is None:
            spill.undated = spill.undated or spill.piece("undated")
            piece = spill.undated
        else:
            piece = spill.months.get(month) or spill.months.setdefault(
                month, spill.piece(month))
        piece.append(pd.concat(frames) if len(frames) > 1 else frames[0])
    waiting.clear()


def _day_keys(df: pandas.DataFrame) -> list[str | None]:
    """Each row's date as text (None where it has none): rows of one date share a key,
    and so a bucket."""
    return [None if missing else str(d)
            for d, missing in zip(df["event_date"].tolist(), df["event_date"].isna().tolist())]


def _pieces(spill: _Spill, limit: int) -> list[_Piece]:
    """The spilled files in date order (undated last), a month with more than ``limit``
    rows split into runs of whole days, the undated into runs of frames."""
    pd = import_optional_dependency("pandas")
    out: list[_Piece] = []
    for month in sorted(spill.months):
        piece = spill.months[month]
        if piece.rows <= limit:
            out.append(piece)
            continue
        days = sorted(d for d in spill.days if d[:7] == month)
        group = dict(zip(days, _runs([spill.days[d] for d in days], limit)))
        parts: dict[int, _Piece] = {}
        for frame in piece.frames():
            runs = pd.Series([group[d] for d in _day_keys(frame)], index=frame.index)
            for g, rows in frame.groupby(runs, sort=False):
                (parts.get(g) or parts.setdefault(g, spill.piece(f"{month}-{g}"))).append(rows)
        piece.path.unlink()
        out += [parts[g] for g in sorted(parts)]
    if spill.undated is not None:
        out += _split_frames(spill, spill.undated, limit)
    return out


def _runs(sizes: list[int], limit: int) -> list[int]:
    """For consecutive items of ``sizes`` rows, the number of the run each falls in, runs
    holding at most ``limit`` rows (or one item larger than that)."""
    runs, total, run = [], 0, 0
    for size in sizes:
        if total and total + size > limit:
            run, total = run + 1, 0
        runs.append(run)
        total += size
    return runs


def _split_frames(spill: _Spill, piece: _Piece, limit: int) -> list[_Piece]:
    """Undated rows in files of at most ``limit`` rows: they merge with nothing, so any
    cut will do."""
    if piece.rows <= limit:
        return [piece]
    out: list[_Piece] = []
    for frame in piece.frames():
        if not out or out[-1].rows and out[-1].rows + len(frame) > limit:
            out.append(spill.piece(f"undated-{len(out)}"))
        out[-1].append(frame)
    piece.path.unlink()
    return out


def _buckets(pieces: list[_Piece], limit: int) -> list[list[_Piece]]:
    """Consecutive pieces merged together, up to ``limit`` rows a bucket: fewer, larger
    merges (and fewer files open at the end) than one per piece."""
    runs = _runs([p.rows for p in pieces], limit)
    out: list[list[_Piece]] = []
    for piece, run in zip(pieces, runs):
        if run == len(out):
            out.append([])
        out[run].append(piece)
    return out


def _merge_bucket(bucket: list[_Piece], columns: list[str], gaz: Gazetteer, path: Path
                  ) -> Path:
    """Merge one bucket's rows and write its incidents to ``path`` as (place, Feature)
    records in the order of the rows that speak for them."""
    from geoevents.io.geojson import table_features

    pd = import_optional_dependency("pandas")
    df = pd.concat([f for p in bucket for f in p.frames()], ignore_index=True)
    for piece in bucket:
        piece.path.unlink()
    merged = merge_ordered(df, gaz)
    del df
    wanted = [c for c in columns if c in merged] + ["reports", "report_ids"]
    with path.open("wb") as fh:
        for order, feature in zip(merged[ORDER].tolist(), table_features(merged[wanted])):
            fh.write(_RECORD.pack(order, len(feature)))
            fh.write(feature)
    return path


def _read_run(path: Path) -> Iterator[tuple[int, bytes]]:
    """The records :func:`_merge_bucket` wrote, in order."""
    with path.open("rb") as fh:
        while head := fh.read(_RECORD.size):
            order, size = _RECORD.unpack(head)
            yield order, fh.read(size)
