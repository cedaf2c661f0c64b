"""Shared fixtures: the real seed report and the gold sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run: the suite is deterministic.
settings.register_profile("deterministic", derandomize=True, database=None)
settings.load_profile("deterministic")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"


def _seed_record() -> dict:
    path = SHARED / "corpus" / "reports.jsonl"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    # The gold dev set carries the same seed report, so tests run without shared/ too.
    for line in (DATA / "gold_dev.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["id"] == "hamdan-ceasefire-shejaia":
            return rec
    pytest.skip("the seed report is not available")


def _read_jsonl(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="session")
def corpus_texts() -> list[str]:
    """Real report texts: the bundled examples, the dev gold passages, the shared corpus."""
    records = (_read_jsonl(ROOT / "examples" / "reports.jsonl")
               + _read_jsonl(DATA / "gold_dev.jsonl")
               + _read_jsonl(SHARED / "corpus" / "reports.jsonl"))
    return [r["text"] for r in records]


@pytest.fixture(scope="session")
def seed() -> dict:
    return _seed_record()


@pytest.fixture(scope="session")
def seed_jsonl(tmp_path_factory) -> Path:
    """The seed report as a one-line JSON Lines file (from shared/, else the gold set)."""
    import json

    path = tmp_path_factory.mktemp("seed") / "reports.jsonl"
    rec = _seed_record()
    keep = ("id", "text", "published", "source", "url")
    path.write_text(json.dumps({k: rec.get(k) for k in keep}) + "\n", encoding="utf-8")
    return path
