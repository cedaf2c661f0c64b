"""Fixtures for the io tests: real-looking events from real sentences and places."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from geoevents.testing import KeywordParser, load_places_csv

ROOT = Path(__file__).resolve().parents[2]
PLACES_CSV = ROOT / "gazetteer" / "sources" / "gaza_places.csv"
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "reports.jsonl"


def corpus_texts() -> list[str]:
    texts = []
    for path in (CORPUS, ROOT / "examples" / "reports.jsonl"):
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts


@pytest.fixture(scope="session")
def parser() -> KeywordParser:
    if not PLACES_CSV.exists():
        pytest.skip(f"gazetteer source table missing: {PLACES_CSV}")
    return KeywordParser(load_places_csv(str(PLACES_CSV)))


@pytest.fixture(scope="session")
def events(parser):
    texts = corpus_texts()
    if not texts:
        pytest.skip("no report corpus available")
    found = []
    for i, text in enumerate(texts):
        doc = parser(text, published="2024-06-29", report_id=f"r{i}", source="Reuters")
        found += doc.events
    assert found, "the keyword parser found no events in the corpus"
    first = found[0]
    unlocated = dataclasses.replace(
        first, event_id="unlocated", latitude=None, longitude=None, location=None,
        place_id=None, admin1=None, geo_precision=3, event_date=None, time_precision=3,
        notes='Quotes " and commas, newlines\nand non-ASCII: غزة', fatalities=35, injuries=0,
    )
    return [*found, unlocated]
