"""Batch throughput, peak memory and export speed.

    python benchmarks/bench_batch.py                       # 10k and 100k reports, 1M events
    python benchmarks/bench_batch.py --sizes 2000 --export-events 100000   # quick run
    python benchmarks/bench_batch.py --sizes 2000 4000 --export-events 0 --map  # + map.html

* End-to-end reports/s of ``geoevents.batch.run`` on synthetic reports recombined from
  real report sentences (``examples/reports.jsonl`` and, when present, the shared corpus).
  Each size runs in its own subprocess, which reports its peak RSS (``ru_maxrss``), so
  the sizes can be compared: streaming means the peak must not grow with the input.
* Export of N events (default 1M) to GeoJSON and GeoParquet with geoevents' streaming
  writers, against ``GeoDataFrame.to_file(driver="GeoJSON", engine="pyogrio")`` and
  ``GeoDataFrame.to_parquet`` on the same rows in the same process.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCE_SOURCES = [ROOT / "examples" / "reports.jsonl",
                    ROOT.parent / "shared" / "corpus" / "reports.jsonl"]
PLACES_CSV = ROOT / "gazetteer" / "sources" / "gaza_places.csv"


def _texts() -> list[str]:
    texts = []
    for path in SENTENCE_SOURCES:
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                texts += [json.loads(line)["text"] for line in fh if line.strip()]
    if not texts:
        sys.exit("no report text found in " + ", ".join(map(str, SENTENCE_SOURCES)))
    return texts


def _parse_fn(kind: str):
    if kind == "keyword":
        from geoevents.testing import KeywordParser, load_places_csv

        return KeywordParser(load_places_csv(str(PLACES_CSV)))
    from geoevents import parse

    return parse


def _maxrss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kB on Linux


def child(args: argparse.Namespace) -> None:
    """One batch run; prints a JSON line with timings and this process's peak RSS."""
    from geoevents.batch import run

    parse_fn = _parse_fn(args.parser)
    parse_fn("Warm-up: an airstrike hit Rafah.", published="2024-06-29")
    t0 = time.perf_counter()
    summary = run(args.child[0], args.child[1], formats=args.formats, workers=args.workers,
                  engine=args.engine, parse_fn=parse_fn, map=args.map, progress=False)
    dt = time.perf_counter() - t0
    print(json.dumps({
        "reports": summary.reports_read, "events": summary.events, "seconds": dt,
        "maxrss_mb": _maxrss_mb(resource.RUSAGE_SELF),
        "children_maxrss_mb": _maxrss_mb(resource.RUSAGE_CHILDREN),
    }))


def bench_batch(args: argparse.Namespace, tmp: Path) -> None:
    from geoevents.testing import synthetic_reports

    texts = _texts()
    print(f"## batch: parser={args.parser} engine={args.engine} workers={args.workers} "
          f"formats={','.join(args.formats)} map={'yes' if args.map else 'no'}")
    print(f"{'reports':>9} {'events':>9} {'seconds':>8} {'reports/s':>10} "
          f"{'peak RSS MB':>12} {'worker RSS MB':>14} {'input MB':>9}")
    for n in args.sizes:
        src = tmp / f"reports_{n}.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for rec in synthetic_reports(texts, n, seed=n):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        cmd = [sys.executable, __file__, "--child", str(src), str(tmp / f"out_{n}"),
               "--workers", str(args.workers), "--engine", args.engine,
               "--parser", args.parser, "--formats", *args.formats]
        if args.map:
            cmd.append("--map")
        res = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True)
                         .stdout.strip().splitlines()[-1])
        print(f"{res['reports']:>9} {res['events']:>9} {res['seconds']:>8.1f} "
              f"{res['reports'] / res['seconds']:>10.0f} {res['maxrss_mb']:>12.0f} "
              f"{res['children_maxrss_mb']:>14.0f} {src.stat().st_size / 2**20:>9.0f}",
              flush=True)


def _events(n: int, parser: str) -> list:
    """``n`` events: the real events found in the example reports, repeated with new ids."""
    parse_fn = _parse_fn(parser)
    base = [e for i, t in enumerate(_texts())
            for e in parse_fn(t, published="2024-06-29", report_id=f"r{i}").events]
    return [dataclasses.replace(base[i % len(base)], event_id=f"{i:016x}") for i in range(n)]


def _time(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def bench_export(args: argparse.Namespace, tmp: Path) -> None:
    from geoevents.io.geojson import to_geojson
    from geoevents.io.parquet import to_parquet
    from geoevents.table import events_to_geodataframe

    n = args.export_events
    events = _events(n, args.parser)
    print(f"\n## export of {n:,} events (seconds; lower is better)")
    t_table = _time(lambda: events_to_geodataframe(events))
    gdf = events_to_geodataframe(events)
    rows = [
        ("geoevents GeoJSON (streaming)", _time(lambda: to_geojson(events, tmp / "a.geojson"))),
        ("GeoDataFrame.to_file GeoJSON (pyogrio)",
         _time(lambda: gdf.to_file(tmp / "b.geojson", driver="GeoJSON", engine="pyogrio"))),
        ("geoevents GeoParquet", _time(lambda: to_parquet(events, tmp / "a.parquet"))),
        ("GeoDataFrame.to_parquet", _time(lambda: gdf.to_parquet(tmp / "b.parquet"))),
        ("events_to_geodataframe (table build)", t_table),
    ]
    for name, secs in rows:
        print(f"{name:<42} {secs:>8.2f}")
    gj, base_gj, pq, base_pq = (r[1] for r in rows[:4])
    print(f"GeoJSON: geoevents / to_file = {gj / base_gj:.2f} "
          f"(with the table build counted for geopandas: {gj / (base_gj + t_table):.2f})")
    print(f"GeoParquet: geoevents / to_parquet = {pq / base_pq:.2f}; "
          f"target <= 10 s for 1M: {pq:.2f} s")
    print(f"sizes MB: geojson {(tmp / 'a.geojson').stat().st_size / 2**20:.0f}, "
          f"parquet {(tmp / 'a.parquet').stat().st_size / 2**20:.0f}")


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--engine", choices=("local", "dask"), default="local")
    p.add_argument("--parser", choices=("real", "keyword"), default="real",
                   help="geoevents.parse, or the keyword stand-in to time the machinery")
    p.add_argument("--formats", nargs="+", default=["geojson", "parquet"])
    p.add_argument("--map", action="store_true",
                   help="also write map.html, as `geoevents run` does by default")
    p.add_argument("--export-events", type=int, default=1_000_000,
                   help="events for the export benchmark (0 to skip)")
    p.add_argument("--child", nargs=2, metavar=("INPUT", "OUT"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        child(args)
        return
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        if args.sizes:
            bench_batch(args, Path(tmp))
        if args.export_events:
            bench_export(args, Path(tmp))


if __name__ == "__main__":
    main()
