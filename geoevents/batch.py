"""Batch runs: many reports in, events out, with bounded memory and atomic outputs.

Reports are read, parsed and written one at a time: events go straight into streaming
writers and mentions into ``mentions.jsonl``, so peak memory depends on the largest
report and the writers' chunk size, not on the number of reports. With ``workers > 1``
parsing runs in a process pool with a bounded window of in-flight chunks, and results are
consumed in input order, so the output is byte-identical whatever the worker count.

Every bad record is skipped and written to ``errors.jsonl`` (file, line, reason) unless
``strict=True``, in which case the first one raises :class:`ReportFormatError` and no
output is left behind.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from geoevents.errors import (
    ExportError,
    GeoeventsError,
    NoReportsError,
    ParserCrashError,
    ReportFormatError,
    check_iso_date,
    check_option,
)
from geoevents.io import (
    DEFAULT_MAX_REPORT_BYTES,
    FORMATS,
    JsonlWriter,
    RejectedRecord,
    Report,
    SkippedFiles,
    StreamWriter,
    output_name,
    read_reports,
    writer_for,
)
from geoevents.io.first_seen import FirstSeen
from geoevents.io.jsonl import mention_record
from geoevents.io.out_dir import (
    MANIFEST_NAME,
    record_outputs,
    remove_leftover_temporaries,
    remove_stale_outputs,
)
from geoevents.io.reports import check_max_report_bytes
from geoevents.model import Event, Mention, ParsedReport

__all__ = ["run", "RunSummary", "ENGINES", "ParseFn", "ParseFailure", "Sink", "parse_stream",
           "ConfidentOnly", "check_min_confidence",
           "parse_report", "parse_item", "parse_reports", "default_parse", "chunks", "progress_bar",
           "write_map", "write_incidents", "events_of_reports", "check_formats",
           "MENTIONS_NAME", "ERRORS_NAME", "MAP_NAME", "INCIDENTS_NAME"]

ENGINES = ("local", "dask")
ParseFn = Callable[..., ParsedReport]
MENTIONS_NAME = "mentions.jsonl"
ERRORS_NAME = "errors.jsonl"
MAP_NAME = "map.html"
INCIDENTS_NAME = "incidents.geojson"
_NO_GOVERNORATE = "(Strip-wide or multi-governorate region)"
# Rows buffered per writer before a chunk is written: bounds memory at a few MB per format.
WRITER_CHUNK = 5_000
# Rejected records a run that read nothing quotes in its error (the rest are counted).
_RECORDS_TOLD = 10


@dataclass
class RunSummary:
    """What a batch run read, found and wrote."""

    reports_read: int = 0
    reports_rejected: int = 0
    reports_crashed: int = 0  # of the rejected: the parser failed, not the record
    events: int = 0
    mentions: int = 0
    events_by_type: dict[str, int] = field(default_factory=dict)
    events_by_governorate: dict[str, int] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    engine: str = "local"
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def format(self) -> str:
        """A short human-readable report for the CLI."""
        lines = [
            f"reports read:     {self.reports_read}",
            f"records rejected: {self.reports_rejected}"
            + (f" ({self.reports_crashed} by a parser crash)" if self.reports_crashed else ""),
            f"events:           {self.events}",
            f"mentions:         {self.mentions}",
        ]
        for title, counts in (("by type", self.events_by_type),
                              ("by governorate", self.events_by_governorate)):
            if counts:
                lines.append(f"events {title}:")
                lines += [f"  {n:>7}  {k}" for k, n in counts.items()]
        lines.append("outputs:")
        lines += [f"  {k}: {v}" for k, v in self.outputs.items()]
        lines += [f"warning: {w}" for w in self.warnings]
        return "\n".join(lines)


# -- parsing, in this process or in workers -------------------------------------------

@dataclass(frozen=True)
class ParseFailure:
    """Why a report gave no result. A record the parser refuses (a malformed date) is the
    input's fault; anything else is a bug in the parser, kept apart (``crash``, with its
    traceback) so that a run does not pass it off as bad input."""

    reason: str
    crash: bool = False
    traceback: str | None = None


ParseResult = tuple[tuple[Event, ...], tuple[Mention, ...], ParseFailure | None]
_WORKER_PARSE: ParseFn | None = None


def default_parse() -> ParseFn:
    """The pipeline's ``parse``, for a run given no parse function of its own."""
    from geoevents import parse  # the pipeline; imported late so io-only use stays light

    return parse


@dataclass(frozen=True)
class ConfidentOnly:
    """A parse function that keeps only events of at least ``min_confidence``.

    A class, not a closure, so that it pickles into worker processes and onto Dask
    workers: the cut is made where the events are made, and every output of the run
    (each format, the map, the incidents) sees the same events.
    """

    min_confidence: float
    parse_fn: ParseFn | None = None

    def __call__(self, text: str, **kwargs: Any) -> ParsedReport:
        doc = (self.parse_fn or default_parse())(text, **kwargs)
        kept = tuple(e for e in doc.events if e.confidence >= self.min_confidence)
        return doc if len(kept) == len(doc.events) else replace(doc, events=kept)


def check_min_confidence(value: object) -> float:
    """The threshold, or a ValueError that names it: a confidence lies in [0, 1]."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or not 0.0 <= float(value) <= 1.0:
        raise ValueError(f"min_confidence must be a number from 0 to 1, not {value!r}")
    return float(value)


def _init_worker(parse_fn: ParseFn | None) -> None:
    global _WORKER_PARSE
    _WORKER_PARSE = parse_fn or default_parse()


def parse_report(report: Report, parse_fn: ParseFn) -> ParseResult:
    """Parse one report; an exception becomes a :class:`ParseFailure`, not a stopped run."""
    try:
        doc = parse_fn(report.text, published=report.published, report_id=report.id,
                       source=report.source, url=report.url)
        return tuple(doc.events), tuple(doc.mentions), None
    except (GeoeventsError, ValueError) as err:
        return (), (), ParseFailure(f"parse failed: {type(err).__name__}: {err}")
    except Exception as err:  # noqa: BLE001 - one report must not stop the batch
        return (), (), ParseFailure(f"parser crashed: {type(err).__name__}: {err}", crash=True,
                                    traceback=traceback.format_exc())


def parse_item(item: Report | RejectedRecord, parse_fn: ParseFn) -> ParseResult | None:
    """A report's parse result, or None for a record already rejected: rejected records
    travel with the reports, so that whoever collects the results meets every record,
    good or bad, in input order."""
    return parse_report(item, parse_fn) if isinstance(item, Report) else None


def _parse_chunk(items: list[Report | RejectedRecord]) -> list[ParseResult | None]:
    assert _WORKER_PARSE is not None
    return [parse_item(r, _WORKER_PARSE) for r in items]


def chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Items in lists of ``size`` reports, read lazily: a worker gets a chunk, never the
    input. The records rejected on reading ride along with the reports around them
    without counting, so a chunk's work, and a Dask run's partitions, stay as they were."""
    chunk: list[Any] = []
    reports = 0
    for item in items:
        chunk.append(item)
        reports += not isinstance(item, RejectedRecord)
        if reports >= size:
            yield chunk
            chunk = []
            reports = 0
    if chunk:
        yield chunk


def parse_stream(
    reports: Iterable[Report | RejectedRecord], parse_fn: ParseFn | None, *,
    workers: int = 1, chunksize: int = 16,
) -> Iterator[tuple[Report | RejectedRecord, ParseResult | None]]:
    """Yield (report, result) in input order, parsing in ``workers`` processes; a
    :class:`RejectedRecord` among the reports comes out in its place with None.

    At most ``4 * workers`` chunks are in flight: ``Pool.imap`` would read the whole
    input ahead of the workers and hold every report in memory.
    """
    if workers <= 1:
        fn = parse_fn or default_parse()
        for report in reports:
            yield report, parse_item(report, fn)
        return
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    window: deque[tuple[list[Report | RejectedRecord], Future]] = deque()
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                               initargs=(parse_fn,))
    try:
        for chunk in chunks(reports, chunksize):
            window.append((chunk, pool.submit(_parse_chunk, chunk)))
            if len(window) >= 4 * workers:
                done, fut = window.popleft()
                yield from zip(done, fut.result())
        while window:
            done, fut = window.popleft()
            yield from zip(done, fut.result())
    except BaseException:
        # Ctrl-C or a strict-mode error: do not wait for queued chunks.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


# -- the output side --------------------------------------------------------------------


class Sink:
    """Owns every output of a run and the summary counters.

    Writers commit only in :meth:`close`; :meth:`abort` drops them all, so a failed or
    interrupted run leaves the previous outputs untouched. A run that read no report at
    all commits nothing either: :meth:`close` raises :class:`NoReportsError` rather than
    put empty outputs in place of an earlier run's.
    """

    def __init__(self, out_dir: Path, formats: Iterable[str], *, strict: bool = False,
                 summary: RunSummary | None = None, published: str | None = None):
        self.out_dir = out_dir
        self.strict = strict
        self.published = published  # for reports that give no date of their own
        self.summary = summary or RunSummary()
        self.writers: dict[str, StreamWriter] = {}
        self._types: Counter[str] = Counter()
        self._govs: Counter[str] = Counter()
        self._ids = FirstSeen()  # report id -> where it was first read
        self.skipped = SkippedFiles()  # what the read passed over: hand it to read_reports
        self._first_errors: list[dict[str, Any]] = []
        self._repaired: list[Report] = []  # the first reports read with characters replaced
        self.repaired = 0
        out_dir.mkdir(parents=True, exist_ok=True)
        self.mentions = JsonlWriter(out_dir / MENTIONS_NAME)
        self.errors = JsonlWriter(out_dir / ERRORS_NAME)
        try:
            for fmt in formats:
                self.writers[fmt] = writer_for(fmt, out_dir / output_name(fmt),
                                               chunk_size=WRITER_CHUNK)
        except BaseException:
            self.abort()
            raise

    def reject(self, rec: RejectedRecord) -> None:
        if self.strict:
            raise ReportFormatError(str(rec))
        self.summary.reports_rejected += 1
        self._error(rec.to_dict())

    def crashed(self, report: Report, failure: ParseFailure) -> None:
        """A report the parser crashed on: skipped like a bad record, but counted apart and
        written with its traceback, since the fault is in the code, not the input."""
        rec = RejectedRecord(report.file or "", report.line, failure.reason, report.id)
        if self.strict:
            raise ParserCrashError(f"{rec}\n{failure.traceback or ''}".rstrip())
        self.summary.reports_rejected += 1
        self.summary.reports_crashed += 1
        self._error(rec.to_dict() | {"crash": True, "traceback": failure.traceback})

    def _error(self, record: dict[str, Any]) -> None:
        self.errors.write(record)
        if len(self._first_errors) < _RECORDS_TOLD:
            self._first_errors.append(record)

    def accept_reports(self, records: Iterable[Report | RejectedRecord]
                       ) -> Iterator[Report | RejectedRecord]:
        """Pass good reports on, and the rejected records with them, in input order, for
        :meth:`add` to record once the reports before them are written: parsing runs ahead
        of the writing, and ``errors.jsonl`` must still list the records in input order.
        With ``strict`` a rejected record raises at once."""
        for rec in records:
            if isinstance(rec, RejectedRecord):
                if self.strict:
                    self.reject(rec)
                yield rec
                continue
            where = rec.file if rec.line is None else f"{rec.file}:{rec.line}"
            first = self._ids.setdefault(rec.id, where)
            if first != where:
                # Ids name events (event_id): a second report with the same id would
                # give colliding event ids.
                duplicate = RejectedRecord(rec.file or "", rec.line,
                                           f"duplicate report id {rec.id!r} (first read at "
                                           f"{first})", rec.id)
                if self.strict:
                    self.reject(duplicate)
                yield duplicate
                continue
            yield rec if rec.published or not self.published else \
                replace(rec, published=self.published)

    def add(self, report: Report | RejectedRecord, result: ParseResult | None) -> None:
        """Write one record's results: a report's events and mentions, or the reason a
        record was rejected (``result`` None) or gave none."""
        if isinstance(report, RejectedRecord):
            self.reject(report)
            return
        assert result is not None
        if report.repaired:
            self._note_repaired(report)
        events, mentions, failure = result
        if failure is not None and failure.crash:
            self.crashed(report, failure)
            return
        if failure is not None:
            self.reject(RejectedRecord(report.file or "", report.line, failure.reason,
                                       report.id))
            return
        self.summary.reports_read += 1
        self.add_events(events)
        for m in mentions:
            self.mentions.write(mention_record(report.id, m))
        for writer in self.writers.values():
            writer.write_mentions(report.id, mentions)
        self.summary.mentions += len(mentions)

    def _note_repaired(self, report: Report) -> None:
        self.repaired += 1
        if len(self._repaired) < _RECORDS_TOLD // 2:
            self._repaired.append(report)

    def repaired_message(self) -> str | None:
        """"2 reports were read with characters replaced: in.jsonl:3 (1 control ...)"."""
        if not self.repaired:
            return None
        told = "; ".join(f"{r.file}{'' if r.line is None else f':{r.line}'} ({r.repaired})"
                         for r in self._repaired)
        more = self.repaired - len(self._repaired)
        return (f"{self.repaired} report{'s were' if self.repaired > 1 else ' was'} read with "
                f"characters replaced, to keep the outputs writable: {told}"
                + (f" and {more} more" if more else ""))

    def add_events(self, events: Iterable[Event]) -> None:
        events = tuple(events)
        for writer in self.writers.values():
            writer.write_events(events)
        self.summary.events += len(events)
        for e in events:
            self._types[e.event_type] += 1
            self._govs[e.admin1 or _NO_GOVERNORATE] += 1

    def close(self) -> RunSummary:
        """Commit every output; raise :class:`NoReportsError`, committing nothing, when no
        report could be read."""
        if not self.summary.reports_read:
            self.abort()
            raise self._nothing_read()
        for note in (self.skipped.files_message(), self.repaired_message()):
            if note:
                self.summary.warnings.append(note)
        outputs = [*self.writers.values(), self.mentions, self.errors]
        try:
            for output in outputs:  # write every output before renaming any
                output.finish()
            for fmt, writer in self.writers.items():
                self.summary.outputs[fmt] = str(writer.close())
            self.mentions.close()
            self.errors.close()
        except BaseException:
            self.abort()
            raise
        self._ids.close()
        self.summary.outputs["mentions"] = self.mentions.path
        self.summary.outputs["errors"] = self.errors.path
        self.summary.events_by_type = dict(sorted(self._types.items(), key=_by_count))
        self.summary.events_by_governorate = dict(sorted(self._govs.items(), key=_by_count))
        return self.summary

    def abort(self) -> None:
        self._ids.close()
        for writer in self.writers.values():
            writer.abort()
        self.mentions.abort()
        self.errors.abort()

    def _nothing_read(self) -> NoReportsError:
        """Why the run has nothing to write: the records rejected, the files skipped."""
        s = self.summary
        why = []
        if s.reports_rejected:
            why.append(f"{s.reports_rejected} record(s) rejected"
                       + (f", {s.reports_crashed} by a parser crash" if s.reports_crashed else "")
                       + ":")
            why += [f"  {RejectedRecord(r['file'], r['line'], r['reason'])}"
                    for r in self._first_errors]
            if s.reports_rejected > len(self._first_errors):
                why.append(f"  and {s.reports_rejected - len(self._first_errors)} more")
        why += [m for m in (self.skipped.files_message(), self.skipped.excluded_message()) if m]
        if not why:
            why.append("the input holds no report")
        return NoReportsError(
            f"no report could be read, so nothing was written to {self.out_dir}\n"
            + "\n".join(f"  {line}" for line in why),
            rejected=s.reports_rejected, crashed=s.reports_crashed, records=self._first_errors)


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def check_formats(formats: Iterable[str]) -> tuple[str, ...]:
    """Validate output formats up front; the error lists the valid ones."""
    out: list[str] = []
    for fmt in formats:
        check_option("format", fmt, FORMATS)
        if fmt not in out:
            out.append(fmt)
    return tuple(out)


def progress_bar(enabled: bool | None) -> Any:
    """A tqdm bar on stderr (by default only when it is a terminal, not in a log), or None."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(unit=" reports", file=sys.stderr, smoothing=0.1)


def parse_reports(inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *,
                  published: str | None = None, parse_fn: ParseFn | None = None,
                  skipped: SkippedFiles | None = None,
                  ) -> Iterator[tuple[Report, ParsedReport] | RejectedRecord]:
    """Read and parse each report of ``inputs`` in order, in this process (for a notebook,
    a map or the ``parse`` command; a large batch goes through :func:`run`).

    Yields ``(report, parsed)`` for each report, or the :class:`RejectedRecord` of one
    that cannot be read or that the parser refuses (a malformed ``published``). A parser
    crash is raised, not passed off as bad input. ``published`` dates the reports that
    give no date of their own; ``skipped`` collects the files of a directory that are not
    reports (see :func:`geoevents.io.read_reports`).
    """
    if published is not None:
        check_iso_date("published", published)
    parse_fn = parse_fn or default_parse()
    for rec in read_reports(inputs, skipped=skipped):
        if isinstance(rec, RejectedRecord):
            yield rec
            continue
        if published and not rec.published:
            rec = replace(rec, published=published)
        try:
            doc = parse_fn(rec.text, published=rec.published, report_id=rec.id,
                           source=rec.source, url=rec.url)
        except (GeoeventsError, ValueError) as err:
            yield RejectedRecord(rec.file or "", rec.line,
                                 f"parse failed: {type(err).__name__}: {err}", rec.id)
            continue
        yield rec, doc


def events_of_reports(inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *,
                      on_skip: Callable[[str], None] | None = None,
                      parse_fn: ParseFn | None = None,
                      published: str | None = None,
                      skipped: SkippedFiles | None = None) -> list[Event]:
    """Every event of the reports in ``inputs``, in memory. A record that cannot be read
    or parsed is told to ``on_skip`` and skipped; none parsed at all raises
    :class:`NoReportsError`. ``skipped`` collects the files of a directory that are not
    reports."""
    events: list[Event] = []
    parsed = rejected = 0
    skipped = skipped if skipped is not None else SkippedFiles()
    for item in parse_reports(inputs, published=published, parse_fn=parse_fn,
                              skipped=skipped):
        if isinstance(item, RejectedRecord):
            rejected += 1
            if on_skip is not None:
                on_skip(str(item))
            continue
        parsed += 1
        events.extend(item[1].events)
    if not parsed:
        why = [m for m in (f"{rejected} record(s) rejected" if rejected else None,
                           skipped.files_message()) if m]
        raise NoReportsError(f"{inputs}: no report could be read "
                             f"({'; '.join(why) or 'the input holds no report'})",
                             rejected=rejected)
    return events


def write_map(summary: RunSummary, out_dir: Path) -> None:
    """Render ``map.html`` from the written events.

    The batch map is always self-contained (offline): it is what a field team opens first,
    often without a network. The events are read back in batches and drawn one at a time,
    so the map needs memory for its page, not for a table of every event.
    """
    from geoevents.render import render_map, save_map

    source = _event_output(summary)
    if source is None:
        summary.warnings.append("map skipped: no event output to draw from")
        return
    try:
        save_map(render_map(_event_rows(source), offline=True), out_dir / MAP_NAME)
    except Exception as err:  # noqa: BLE001 - the data outputs are already committed
        summary.warnings.append(f"map failed: {type(err).__name__}: {err}")
        return
    summary.outputs["map"] = str(out_dir / MAP_NAME)


def _event_rows(source: str) -> Iterator[dict[str, Any]]:
    """The events of ``source`` as dicts, read a batch at a time."""
    from geoevents.io.chunks import iter_event_frames

    for frame in iter_event_frames(source):
        yield from frame.drop(columns=frame.geometry.name).to_dict("records")


def write_incidents(summary: RunSummary, out_dir: Path) -> None:
    """Write ``incidents.geojson``: the run's events with the incidents several reports
    tell merged into one row each (see :mod:`geoevents.incidents`). The events are read
    back a few days at a time (:mod:`geoevents.incidents_file`), so memory does not grow
    with the run."""
    from geoevents.incidents_file import merge_reports_file

    source = _event_output(summary)
    if source is None:
        summary.warnings.append("incidents skipped: no event output to read")
        return
    target = out_dir / INCIDENTS_NAME
    try:
        merge_reports_file(source, target)
    except Exception as err:  # noqa: BLE001 - the event outputs are already committed
        summary.warnings.append(f"incidents failed: {type(err).__name__}: {err}")
        return
    summary.outputs["incidents"] = str(target)


def _event_output(summary: RunSummary) -> str | None:
    """The first event output the run wrote, to read its events back."""
    return next((summary.outputs[f] for f in FORMATS if f in summary.outputs), None)


def run(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    formats: Iterable[str] = ("geojson",),
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    strict: bool = False,
    max_report_bytes: int = DEFAULT_MAX_REPORT_BYTES,
    progress: bool | None = None,
    parse_fn: ParseFn | None = None,
    map: bool = True,  # noqa: A002 - the documented option name
    chunksize: int = 16,
    incidents: bool = False,
    published: str | None = None,
    min_confidence: float = 0.0,
) -> RunSummary:
    """Parse every report in ``inputs`` and write events, mentions and errors to ``out_dir``.

    Parameters
    ----------
    inputs : path, ``"-"`` or iterable of them
        See :func:`geoevents.io.read_reports`.
    out_dir : path
        Receives ``events.<ext>`` per format, ``mentions.jsonl``, ``errors.jsonl`` and
        ``map.html``. Each file is replaced atomically when the run succeeds, and the run
        records what it wrote in ``.geoevents-outputs.json``: a file an earlier run
        recorded that this run does not write (another format, the map) is removed, so the
        directory does not mix two runs, while a file of one of these names that no run
        recorded (the user's own) is left in place; both are named in ``warnings``.
    formats : iterable of str
        Any of ``geojson``, ``gpkg``, ``parquet``, ``csv``.
    workers : int
        Processes used for parsing (``engine="local"``) or Dask workers.
    engine : {"local", "dask"}
        ``dask`` runs on a ``distributed`` cluster (see :mod:`geoevents.dask_engine`).
    scheduler : str, optional
        Address of an existing Dask scheduler (it implies ``engine="dask"``); default is
        a private ``LocalCluster``.
    strict : bool
        Raise :class:`~geoevents.errors.ReportFormatError` on the first bad record.
    max_report_bytes : int
        Larger reports are rejected unread.
    progress : bool, optional
        Show a tqdm progress bar; default: when stderr is a terminal.
    parse_fn : callable, optional
        ``parse_fn(text, published=, report_id=, source=, url=) -> ParsedReport``;
        defaults to :func:`geoevents.parse`. Must be picklable when ``workers > 1``.
    map : bool
        Also write ``map.html`` when :mod:`geoevents.render` is installed.
    incidents : bool
        Also write ``incidents.geojson``: one row per (date, place, type) across reports,
        with the reports that tell it (:func:`geoevents.incidents.merge_reports`).

    published : str, optional
        ISO date (YYYY-MM-DD) of the reports that give none of their own (a folder of
        ``.txt`` files): relative dates ("on Saturday", "yesterday") resolve against it.
    min_confidence : float
        Write only events whose ``confidence`` is at least this (0 to 1; default 0, all).
        On the held-out gold, 0.7 keeps 1,539 of the 1,775 events (it drops 236, about an
        eighth) and raises the share that match a gold event from 0.703 to 0.743 (the
        README's Accuracy section). Mentions are written whole: a place is named in the
        report whatever became of the events there.

    Returns
    -------
    RunSummary

    Raises
    ------
    NoReportsError
        When no report could be read: nothing is written, and an earlier run's outputs in
        ``out_dir`` stay as they were; the message says why.
    ReportFormatError, ParserCrashError
        With ``strict``, at the first bad record or parser crash; nothing is written.
    """
    check_option("engine", engine, ENGINES)
    check_max_report_bytes(max_report_bytes)
    if published is not None:
        check_iso_date("published", published)
    if check_min_confidence(min_confidence) > 0.0:
        parse_fn = ConfidentOnly(min_confidence, parse_fn)
    if scheduler is not None:
        engine = "dask"  # a scheduler's address means the run goes to that cluster
    fmts = check_formats(formats)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: is a file, not a directory; out_dir must be a directory")
    remove_leftover_temporaries(out, (*_OWNED, MANIFEST_NAME))
    if engine == "dask":
        from geoevents.dask_engine import run_dask

        summary = run_dask(inputs, out, formats=fmts, workers=workers, scheduler=scheduler,
                           strict=strict, max_report_bytes=max_report_bytes,
                           progress=progress, parse_fn=parse_fn, published=published)
    else:
        summary = _run_local(inputs, out, fmts, workers=max(1, workers), strict=strict,
                             max_report_bytes=max_report_bytes, progress=progress,
                             parse_fn=parse_fn, chunksize=chunksize, published=published)
    # The events are in place: what an earlier run wrote under our other names is that
    # run's, and must not sit beside them as if it were this one's.
    planned = {out / name for name, wanted in ((INCIDENTS_NAME, incidents), (MAP_NAME, map))
               if wanted}
    stale = remove_stale_outputs(out, _OWNED, keep=[*summary.outputs.values(), *planned])
    summary.warnings += stale.warnings()
    remove_stale_outputs(out, [p.name for p in planned], keep=())  # rewritten next
    if incidents:
        write_incidents(summary, out)
    if map:
        write_map(summary, out)
    record_outputs(out, summary.outputs.values())  # last: what the next run may remove
    return summary


# Every name a run writes in its output directory.
_OWNED = (*(output_name(f) for f in FORMATS), MENTIONS_NAME, ERRORS_NAME, MAP_NAME,
          INCIDENTS_NAME)


def _run_local(inputs: Any, out: Path, formats: tuple[str, ...], *, workers: int, strict: bool,
               max_report_bytes: int, progress: bool | None, parse_fn: ParseFn | None,
               chunksize: int, published: str | None = None) -> RunSummary:
    start = time.perf_counter()
    sink = Sink(out, formats, strict=strict, summary=RunSummary(engine="local"),
                published=published)
    bar = progress_bar(progress)
    try:
        records = read_reports(inputs, max_report_bytes=max_report_bytes, exclude=[out],
                               skipped=sink.skipped)
        for report, result in parse_stream(sink.accept_reports(records), parse_fn,
                                           workers=workers, chunksize=chunksize):
            sink.add(report, result)
            if bar is not None and result is not None:
                bar.update(1)
    except BaseException:
        sink.abort()
        raise
    finally:
        if bar is not None:
            bar.close()
    summary = sink.close()
    summary.seconds = time.perf_counter() - start
    return summary
