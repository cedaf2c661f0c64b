"""One long report against the same text as the reports it is made of.

    python benchmarks/bench_long_report.py [--sizes 100 400 1928] [--repeat-mb 5]

The real reports are joined into one text (a paragraph break between them) and parsed as
one report; the baseline, measured in the same run, parses the same reports one by one.
Work that grows faster than the text (pairs of sentences or events, rescans from the
report's start) shows as a ratio above 1 that climbs with size. ``--repeat-mb`` adds one
input made by repeating the corpus to that many MB (its repeats fold into the same
events, so it tests the text stages more than the event merge). CPU time is measured
(``time.process_time``), so other work on the machine weighs less.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import real_reports  # noqa: E402

from geoevents import parse  # noqa: E402

PUBLISHED = "2024-06-29"


def _cpu(fn) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def _row(label: str, parts: list[str], joined: str) -> None:
    mb = len(joined.encode("utf-8")) / 1e6
    one = _cpu(lambda: parse(joined, published=PUBLISHED))
    apart = _cpu(lambda: [parse(t, published=PUBLISHED) for t in parts])
    print(f"{label:<22} {mb:>6.2f} {one:>9.2f} {mb / one:>7.3f} {apart:>9.2f} "
          f"{one / apart:>6.2f}", flush=True)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[100, 400, 1928],
                   help="how many corpus reports to join, per row")
    p.add_argument("--repeat-mb", type=float, default=0,
                   help="also the corpus repeated to this many MB (0: not)")
    args = p.parse_args(argv)
    texts = [r["text"] for r in real_reports()]
    parse(texts[0], published=PUBLISHED)  # load the gazetteer and compile outside the timing
    print(f"{'input':<22} {'MB':>6} {'one s':>9} {'MB/s':>7} {'apart s':>9} {'ratio':>6}")
    for n in args.sizes:
        parts = texts[:n]
        _row(f"{len(parts)} reports joined", parts, "\n\n".join(parts))
    if args.repeat_mb:
        parts, size = [], 0
        while size < args.repeat_mb * 1e6:
            for t in texts:
                parts.append(t)
                size += len(t.encode("utf-8")) + 2
        _row(f"corpus to {args.repeat_mb:g} MB", parts, "\n\n".join(parts))


if __name__ == "__main__":
    main()
