"""The Dask engine: parse partitions of reports on a ``distributed`` cluster.

The client reads reports, groups them into partitions (with the records it rejected, so
that ``errors.jsonl`` lists every record in input order) and submits them with a bounded
window, so the input
is never fully in memory. Each worker parses its partition and, when GeoParquet is
asked for, writes ``part.NNNNN.parquet`` itself; results come back in partition order
and feed the same streaming writers as the local engine, so both engines produce the
same events, ids and GeoJSON bytes.

With an existing cluster (``scheduler="tcp://..."``) the output directory must be on a
file system the workers share with the client.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from geoevents._compat import import_optional_dependency
from geoevents.batch import (
    ParseFn,
    ParseResult,
    RunSummary,
    Sink,
    chunks,
    default_parse,
    parse_item,
    progress_bar,
)
from geoevents.io import DEFAULT_MAX_REPORT_BYTES, RejectedRecord, Report, read_reports
from geoevents.io.atomic import commit, discard, temp_beside
from geoevents.io.parquet import write_parquet_part

__all__ = ["run_dask", "process_partition", "local_cluster"]

DEFAULT_PARTITION_SIZE = 250


def process_partition(
    reports: list[Report | RejectedRecord], index: int, parse_fn: ParseFn | None,
    parquet_dir: str | None
) -> list[ParseResult | None]:
    """Parse one partition on a worker (None for a record rejected on reading); write its
    GeoParquet part when asked."""
    fn = parse_fn or default_parse()
    results = [parse_item(r, fn) for r in reports]
    if parquet_dir is not None:
        write_parquet_part((e for result in results if result is not None
                            for e in result[0]), parquet_dir, index)
    return results


def local_cluster(workers: int = 2, *, processes: bool | None = None) -> Any:
    """A private ``LocalCluster`` on loopback with no dashboard (no port beyond 127.0.0.1).

    Parsing is pure Python and holds the GIL, so several workers only help as processes;
    a single worker runs threaded in this process, which starts instantly.
    """
    distributed = import_optional_dependency("distributed", "dask")
    if processes is None:
        processes = workers > 1
    # In-process workers talk over the inproc transport, which takes no host.
    network = {"host": "127.0.0.1"} if processes else {}
    return distributed.LocalCluster(
        n_workers=max(1, workers),
        threads_per_worker=1,
        processes=processes,
        dashboard_address=None,
        silence_logs=40,
        **network,
    )


def run_dask(
    inputs: Any,
    out: Path,
    *,
    formats: Iterable[str] = ("geojson",),
    workers: int = 2,
    scheduler: str | None = None,
    strict: bool = False,
    max_report_bytes: int = DEFAULT_MAX_REPORT_BYTES,
    progress: bool | None = None,
    parse_fn: ParseFn | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    processes: bool | None = None,
    published: str | None = None,
) -> RunSummary:
    """Run a batch on Dask; same outputs as the local engine except that GeoParquet is a
    partitioned dataset directory (``events.parquet/part.NNNNN.parquet``)."""
    distributed = import_optional_dependency("distributed", "dask")
    start = time.perf_counter()
    formats = tuple(formats)
    want_parquet = "parquet" in formats
    sink = Sink(out, formats, strict=strict, summary=RunSummary(engine="dask"),
                published=published)
    dataset = out / "events.parquet"
    tmp_dir: Path | None = None
    if want_parquet:
        sink.writers.pop("parquet").abort()  # the workers write the parts instead
        tmp_dir = temp_beside(dataset)
        tmp_dir.mkdir()
    cluster = None
    bar = progress_bar(progress)
    try:
        if scheduler is None:
            cluster = local_cluster(workers, processes=processes)
        with distributed.Client(cluster or scheduler, set_as_default=False) as client:
            n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
            window: deque[tuple[list[Report | RejectedRecord], Any]] = deque()
            records = read_reports(inputs, max_report_bytes=max_report_bytes, exclude=[out],
                                   skipped=sink.skipped)
            parts = chunks(sink.accept_reports(records), partition_size)
            # Absolute: a worker's working directory is not ours.
            target = str(tmp_dir.resolve()) if tmp_dir is not None else None
            for index, part in enumerate(parts):
                fut = client.submit(process_partition, part, index, parse_fn, target,
                                    pure=False)
                window.append((part, fut))
                if len(window) >= 2 * n_workers + 2:
                    _drain_one(window, sink, bar)
            while window:
                _drain_one(window, sink, bar)
        summary = sink.close()
        if tmp_dir is not None:
            commit(tmp_dir, dataset)
            summary.outputs["parquet"] = str(dataset)
    except BaseException:
        sink.abort()
        if tmp_dir is not None:
            discard(tmp_dir)
        raise
    finally:
        if bar is not None:
            bar.close()
        if cluster is not None:
            cluster.close()
    summary.seconds = time.perf_counter() - start
    return summary


def _drain_one(window: deque, sink: Sink, bar: Any) -> None:
    part, fut = window.popleft()
    results = fut.result()
    fut.release()
    for report, result in zip(part, results):
        sink.add(report, result)  # (the workers wrote the Parquet parts)
    if bar is not None:
        bar.update(sum(result is not None for result in results))
