"""Merging reports into incidents: against a plain group-by, and from a file in pieces.

    python benchmarks/bench_incidents.py [--copies 1 10 50] [--events 100000 1000000]
    python benchmarks/bench_incidents.py --copies --events 100000 --formats parquet

The events of every gold report (4,000 or so from real passages) are copied with new
report ids, as when many outlets tell the same days. ``merge_reports`` (one row per
incident, places told by part and whole linked, lowest counts kept) is timed against a
pandas ``groupby(INCIDENT_KEY)`` taking the lowest count per key, on the same table in the
same run: the ratio says what linking and choosing the row that speaks for an incident
cost over the grouping every merge needs.

For ``--events`` N, the events of the bundled examples and of both gold sets are repeated
with new report ids to N, each pair of copies on the same days and each pair three days
after the one before (so outlets' incidents merge and the dates spread), and written as a
run writes its events. ``incidents.geojson`` is then made from the file both ways, each
in a subprocess that reports its peak RSS (``VmHWM``): the whole table read and merged at once
(``merge_reports(read_events(...))``, as runs did) and a few days at a time
(``merge_reports_file``, as runs do); the outputs must be the same bytes.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import filecmp
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import gold_reports, real_reports  # noqa: E402

from geoevents import parse  # noqa: E402
from geoevents.incidents import INCIDENT_KEY, merge_reports  # noqa: E402
from geoevents.table import events_to_geodataframe  # noqa: E402


def _best(fn, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def bench_table(copies: list[int]) -> None:
    events = [e for r in gold_reports()
              for e in parse(r["text"], published=r.get("published"),
                             report_id=r.get("id")).events]
    print(f"{'events':>8} {'incidents':>9} {'merge_reports s':>15} {'groupby s':>9} {'ratio':>6}")
    for n in copies:
        rows = [dataclasses.replace(e, report_id=f"{e.report_id}/{k}")
                for k in range(n) for e in events]
        table = events_to_geodataframe(rows)
        merged = merge_reports(table)
        ours = _best(lambda t=table: merge_reports(t))
        base = _best(lambda t=table: t.groupby(list(INCIDENT_KEY), dropna=False)
                     .agg({"fatalities": "min", "report_id": "count"}))
        print(f"{len(table):>8,} {len(merged):>9,} {ours:>15.3f} {base:>9.3f} "
              f"{ours / base:>6.1f}")


def _later(day: str | None, days: int) -> str | None:
    if day is None:
        return None
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=days)).isoformat()


def _told_often(base: list, n: int):
    """``n`` events: ``base`` told again and again by new outlets (see the module doc)."""
    for i in range(n):
        k, e = divmod(i, len(base))
        e = base[e]
        yield dataclasses.replace(e, report_id=f"{e.report_id}/{k}",
                                  event_id=f"{e.event_id}-{k}",
                                  event_date=_later(e.event_date, (k // 2) * 3))


def child(mode: str, source: str, target: str) -> None:
    """One merge of ``source`` into ``target``; prints seconds and this process's peak
    RSS as JSON."""
    from geoevents.incidents_file import merge_reports_file
    from geoevents.io import read_events
    from geoevents.io.geojson import table_to_geojson

    t0 = time.perf_counter()
    if mode == "table":
        n = table_to_geojson(merge_reports(read_events(source)), target)
    else:
        n = merge_reports_file(source, target)
    print(json.dumps({"incidents": n, "seconds": time.perf_counter() - t0,
                      "maxrss_mb": _peak_mb()}))


def _peak_mb() -> float:
    """This process's peak RSS. ``VmHWM`` on Linux: ``ru_maxrss`` keeps the peak of the
    parent that started it across ``exec``, and the parent holds every event."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run_child(mode: str, source: Path, target: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(source), str(target)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def bench_files(sizes: list[int], formats: list[str], rounds: int, tmp: Path) -> None:
    from geoevents.io import write_events

    base = [e for r in real_reports()
            for e in parse(r["text"], published=r.get("published"),
                           report_id=r.get("id")).events]
    print(f"\n## incidents of an events file: whole table (as runs did) against a few days "
          f"at a time (as runs do); {len(base):,} real events repeated")
    print(f"{'events':>9} {'format':>8} {'incidents':>9} {'table s':>8} {'pieces s':>8} "
          f"{'ratio':>6} {'table MB':>9} {'pieces MB':>9} {'ratio':>6} {'same':>5}")
    for n in sizes:
        for fmt in formats:
            source = tmp / f"events_{n}.{fmt}"
            write_events(_told_often(base, n), source)
            whole, pieces = tmp / "table.geojson", tmp / "pieces.geojson"
            # Alternated, the best of each kept: the machine's load moves between runs.
            runs = [(_run_child("table", source, whole), _run_child("pieces", source, pieces))
                    for _ in range(rounds)]
            a, b = (min((r[i] for r in runs), key=lambda r: r["seconds"]) for i in (0, 1))
            same = filecmp.cmp(whole, pieces, shallow=False)
            print(f"{n:>9,} {fmt:>8} {b['incidents']:>9,} {a['seconds']:>8.1f} "
                  f"{b['seconds']:>8.1f} {b['seconds'] / a['seconds']:>6.2f} "
                  f"{a['maxrss_mb']:>9.0f} {b['maxrss_mb']:>9.0f} "
                  f"{b['maxrss_mb'] / a['maxrss_mb']:>6.2f} {'yes' if same else 'NO':>5}",
                  flush=True)
            source.unlink()


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--copies", type=int, nargs="*", default=[1, 10, 50])
    p.add_argument("--events", type=int, nargs="*", default=[100_000, 1_000_000])
    p.add_argument("--formats", nargs="+", default=["geojson"],
                   choices=("geojson", "parquet", "csv", "gpkg"))
    p.add_argument("--rounds", type=int, default=2,
                   help="runs of each way per file, alternated; the fastest is shown")
    p.add_argument("--child", nargs=3, metavar=("MODE", "SOURCE", "TARGET"),
                   help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        child(*args.child)
        return
    if args.copies:
        bench_table(args.copies)
    if args.events:
        with tempfile.TemporaryDirectory(prefix="bench-incidents-") as tmp:
            bench_files(args.events, args.formats, args.rounds, Path(tmp))


if __name__ == "__main__":
    main()
