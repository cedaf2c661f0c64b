"""Merging reports into incidents, against a plain group-by on the same key.

    python benchmarks/bench_incidents.py [--copies 1 10 50]

The events of every gold report (4,000 or so from real passages) are copied with new
report ids, as when many outlets tell the same days. ``merge_reports`` (one row per
incident, places told by part and whole linked, lowest counts kept) is timed against a
pandas ``groupby(INCIDENT_KEY)`` taking the lowest count per key, on the same table in the
same run: the ratio says what linking and choosing the row that speaks for an incident
cost over the grouping every merge needs.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import gold_reports  # noqa: E402

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


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--copies", type=int, nargs="+", default=[1, 10, 50])
    args = p.parse_args(argv)
    events = [e for r in gold_reports()
              for e in parse(r["text"], published=r.get("published"),
                             report_id=r.get("id")).events]
    print(f"{'events':>8} {'incidents':>9} {'merge_reports s':>15} {'groupby s':>9} {'ratio':>6}")
    for copies in args.copies:
        rows = [dataclasses.replace(e, report_id=f"{e.report_id}/{k}")
                for k in range(copies) for e in events]
        table = events_to_geodataframe(rows)
        merged = merge_reports(table)
        ours = _best(lambda t=table: merge_reports(t))
        base = _best(lambda t=table: t.groupby(list(INCIDENT_KEY), dropna=False)
                     .agg({"fatalities": "min", "report_id": "count"}))
        print(f"{len(table):>8,} {len(merged):>9,} {ours:>15.3f} {base:>9.3f} "
              f"{ours / base:>6.1f}")


if __name__ == "__main__":
    main()
