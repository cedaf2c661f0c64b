"""Gazetteer lookup speed: exact and fuzzy lookups per second on one core.

Baseline, measured in the same run: a plain linear fuzzy scan (rapidfuzz
``process.extractOne`` over every spelling), which is what a gazetteer without an index
does for each query.

    python benchmarks/bench_lookup.py [--exact 200000] [--fuzzy 20000]
"""

from __future__ import annotations

import argparse
import random
import time

from rapidfuzz import fuzz, process

from geoevents import Gazetteer


def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(("drop", "swap", "double"))
    if op == "drop":
        return word[:i] + word[i + 1:]
    if op == "swap":
        return word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def _rate(fn, queries) -> float:
    t0 = time.perf_counter()
    for q in queries:
        fn(q)
    return len(queries) / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--exact", type=int, default=200_000)
    ap.add_argument("--fuzzy", type=int, default=20_000)
    args = ap.parse_args()
    rng = random.Random(20240629)
    gaz = Gazetteer.default()
    aliases = [a for p in gaz for a in gaz.aliases_of(p) if a.isascii() and len(a) >= 5]
    exact = [rng.choice(aliases) for _ in range(args.exact)]
    variants = [rng.choice(["{}", "al-{}", "{} ", "{}".upper()]).format(a) for a in exact]
    fuzzy = []
    while len(fuzzy) < args.fuzzy:
        q = _typo(rng, rng.choice(aliases))
        fuzzy.append(q)
    # Warm-up (builds caches of the default gazetteer).
    gaz.lookup("Rafah")

    def naive(q):
        return process.extractOne(q, aliases, scorer=fuzz.WRatio, score_cutoff=85)

    n_base = max(500, args.fuzzy // 20)
    rows = [
        ("exact (as spelled)", _rate(gaz.lookup, exact)),
        ("exact (case/article variants)", _rate(gaz.lookup, variants)),
        ("fuzzy (one typo)", _rate(gaz.lookup, fuzzy)),
        ("baseline: linear fuzzy scan", _rate(naive, fuzzy[:n_base])),
    ]
    base = rows[-1][1]
    found = sum(bool(gaz.lookup(q)) for q in fuzzy[:2000]) / 2000
    print(f"gazetteer: {len(gaz)} places, {len(aliases)} ASCII spellings of 5+ letters")
    print(f"{'query kind':32} {'lookups/s':>12} {'x baseline':>11}")
    for name, rate in rows:
        print(f"{name:32} {rate:12,.0f} {rate / base:11.1f}")
    print(f"fuzzy queries answered: {found:.1%} (one typo each; the rest fall under the cut-off)")
    print("targets: >= 100,000 exact/s, >= 5,000 fuzzy/s")


if __name__ == "__main__":
    main()
