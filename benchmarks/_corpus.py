"""Real report texts for the benchmarks: bundled examples, the gold passages, the seed."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def real_reports() -> list[dict]:
    """Every real report text the repository carries (examples + gold sets)."""
    out = []
    for path in (ROOT / "examples" / "reports.jsonl", ROOT / "tests" / "data" / "gold_dev.jsonl",
                 ROOT / "tests" / "data" / "gold_heldout.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


def gold_reports() -> list[dict]:
    out = []
    for name in ("gold_dev.jsonl", "gold_heldout.jsonl"):
        path = ROOT / "tests" / "data" / name
        out += [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
    return out
