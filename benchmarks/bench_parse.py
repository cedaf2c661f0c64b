"""Parsing speed against geotext, on the same real reports, in the same run.

geotext (``pip install geotext``) is the peer: one regular expression over capitalised
words plus a dictionary of world cities and countries. It knows no Gaza neighbourhood,
so its toponym recall on the gold set is printed beside ours.

    python benchmarks/bench_parse.py [--seconds 3]

Prints reports/s and MB/s for geotext, our mention stage alone (``find_places``) and
full ``parse`` (mentions + events), with ratios to geotext; and one pass of ``parse``
with the memo of unknown names cleared ("cold").
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import gold_reports, real_reports  # noqa: E402

from geoevents import find_places, parse  # noqa: E402


def _throughput(fn, texts: list[str], seconds: float) -> tuple[float, float]:
    """(reports/s, MB/s) over whole passes of the corpus, at least ``seconds`` long."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    passes, t0 = 0, time.perf_counter()
    while True:
        for t in texts:
            fn(t)
        passes += 1
        elapsed = time.perf_counter() - t0
        if elapsed >= seconds:
            return passes * len(texts) / elapsed, passes * size / elapsed / 1e6


def _cold_pass(texts: list[str], published: dict) -> tuple[float, float]:
    from geoevents.gazetteer import Gazetteer
    from geoevents.normalize import name_key
    from geoevents.unlisted_names import near_spellings

    Gazetteer.default()._similar_cache.clear()
    name_key.cache_clear()
    for memo in (near_spellings._near_spelling, near_spellings._close_first_word,
                 near_spellings._near_spelling_in):
        memo.cache_clear()
    size = sum(len(t.encode("utf-8")) for t in texts)
    t0 = time.perf_counter()
    for t in texts:
        parse(t, published=published[t])
    elapsed = time.perf_counter() - t0
    return len(texts) / elapsed, size / elapsed / 1e6


def _recall_geotext(gold: list[dict]) -> float:
    from geotext import GeoText

    hit = total = 0
    for rec in gold:
        g = GeoText(rec["text"])
        names = set(g.cities) | set(g.countries)
        for t in rec["toponyms"]:
            total += 1
            hit += any(n in t["surface"] or t["surface"] in n for n in names)
    return hit / total


def _recall_ours(gold: list[dict]) -> float:
    hit = total = 0
    for rec in gold:
        spans = [(m.start, m.end) for m in find_places(rec["text"]).mentions]
        for t in rec["toponyms"]:
            total += 1
            hit += any(s < t["end"] and t["start"] < e for s, e in spans)
    return hit / total


def main() -> None:
    ap = argparse.ArgumentParser(description="parse speed vs geotext")
    ap.add_argument("--seconds", type=float, default=3.0, help="minimum time per tool")
    args = ap.parse_args()
    try:
        from geotext import GeoText
    except ImportError:
        sys.exit("geotext is not installed: pip install geotext")
    reports = real_reports()
    texts = [r["text"] for r in reports]
    published = {r["text"]: r.get("published") for r in reports}
    size_kb = sum(len(t.encode()) for t in texts) / 1e3
    print(f"corpus: {len(texts)} real reports, {size_kb:.0f} kB (examples + gold passages)")
    find_places("warm up Rafah")
    parse("warm up Rafah airstrike")
    GeoText("warm up")
    rows = [
        ("geotext (baseline)", _throughput(GeoText, texts, args.seconds)),
        ("geoevents mentions", _throughput(find_places, texts, args.seconds)),
        ("geoevents parse", _throughput(lambda t: parse(t, published=published[t]), texts,
                                        args.seconds)),
    ]
    # Unknown names are memoised across a batch; one pass with cleared memos shows what
    # a report of never-seen names costs.
    rows.append(("geoevents parse, cold", _cold_pass(texts, published)))
    base = rows[0][1][1]
    print(f"{'tool':22} {'reports/s':>10} {'MB/s':>8} {'x geotext':>10}")
    for name, (rps, mbs) in rows:
        print(f"{name:22} {rps:10,.0f} {mbs:8.2f} {mbs / base:10.3f}")
    gold = gold_reports()
    print(f"toponym recall on the gold set ({sum(len(r['toponyms']) for r in gold)} "
          f"toponyms): geotext {_recall_geotext(gold):.3f}, geoevents {_recall_ours(gold):.3f}")
    print("targets: mentions >= 1.0 x geotext, full parse >= 0.2 x geotext (one core)")


if __name__ == "__main__":
    main()
