"""The Dask engine gives the same events as the single-process run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geoevents.batch import run
from geoevents.io import read_events, read_jsonl
from geoevents.testing import (
    KeywordParser,
    assert_events_equal,
    load_places_csv,
    synthetic_reports,
)

pytest.importorskip("distributed", reason="the Dask engine needs dask[distributed]")

ROOT = Path(__file__).resolve().parents[1]
PLACES_CSV = ROOT / "gazetteer" / "sources" / "gaza_places.csv"
SOURCES = [ROOT.parent / "shared" / "corpus" / "reports.jsonl", ROOT / "examples" / "reports.jsonl"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """2,000 reports recombined from real report sentences, plus two bad lines."""
    texts = [json.loads(line)["text"] for p in SOURCES if p.exists()
             for line in p.open(encoding="utf-8") if line.strip()]
    if not texts:
        pytest.skip("no report corpus to sample sentences from")
    path = tmp_path_factory.mktemp("dask") / "reports.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i, rec in enumerate(synthetic_reports(texts, 2000, seed=7)):
            fh.write(json.dumps(rec) + "\n")
            if i == 500:
                fh.write('{"text": broken\n{"id": "x"}\n')
    return path


@pytest.fixture(scope="module")
def parser():
    if not PLACES_CSV.exists():
        pytest.skip(f"gazetteer source table missing: {PLACES_CSV}")
    return KeywordParser(load_places_csv(str(PLACES_CSV)))


def test_dask_matches_single_process(tmp_path, corpus, parser):
    local = tmp_path / "local"
    dask = tmp_path / "dask"
    fmts = ["geojson", "parquet"]
    s1 = run(corpus, local, formats=fmts, parse_fn=parser, map=False)
    s2 = run(corpus, dask, formats=fmts, engine="dask", workers=2, parse_fn=parser,
             map=False)
    assert s1.events > 1000
    assert (s1.reports_read, s1.reports_rejected, s1.events, s1.mentions) == (
        s2.reports_read, s2.reports_rejected, s2.events, s2.mentions)
    assert s1.reports_read == 2000 and s1.reports_rejected == 2
    a = read_events(local / "events.geojson")
    b = read_events(dask / "events.parquet")
    assert a["event_id"].tolist() == b["event_id"].tolist()
    assert_events_equal(a, b)
    assert (dask / "events.parquet").is_dir()
    assert len(list((dask / "events.parquet").glob("part.*.parquet"))) == 8  # 2000 / 250
    for name in ("events.geojson", "mentions.jsonl", "errors.jsonl"):
        assert (local / name).read_bytes() == (dask / name).read_bytes(), name
    assert [e["line"] for e in read_jsonl(dask / "errors.jsonl")] == [502, 503]


def test_dask_dataset_reads_with_geopandas(tmp_path, corpus, parser):
    gpd = pytest.importorskip("geopandas")
    out = tmp_path / "out"
    run(corpus, out, formats=["parquet"], engine="dask", workers=1, parse_fn=parser,
        map=False)
    gdf = gpd.read_parquet(out / "events.parquet")
    assert gdf.crs.to_epsg() == 4326
    assert len(gdf) == len(read_events(out / "events.parquet"))


def test_existing_scheduler_by_address(tmp_path, corpus, parser):
    from geoevents.dask_engine import local_cluster

    cluster = local_cluster(1, processes=False)
    try:
        summary = run(corpus, tmp_path / "out", engine="dask", scheduler=cluster.scheduler_address,
                      parse_fn=parser, map=False)
    finally:
        cluster.close()
    assert summary.engine == "dask" and summary.reports_read == 2000
    assert cluster.status.name == "closed"  # closed by us, not by the run


def test_dask_writes_errors_in_input_order(tmp_path, parser):
    # The client reads ahead of the workers: a record it rejects waits for the parse of
    # the reports before it, as a parser crash on a worker does.
    def crashes_on_jabalia(text, **kw):
        if "Jabalia" in text:
            raise KeyError("a bug in the parser")
        return parser(text, **kw)

    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "a", "text": "An airstrike hit Rafah."}\n'
        '{"id": "b", "text": "Fighting in Jabalia."}\n'
        '{"id": "c", "text": "Shelling hit Rafah.", "published": "2024-06-31"}\n'
        'not json\n'
        '{"id": "d", "text": "Shelling in Khan Younis."}\n', encoding="utf-8")
    run(src, tmp_path / "out", engine="dask", workers=1, parse_fn=crashes_on_jabalia,
        map=False)
    errors = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert [(e["line"], e.get("crash", False)) for e in errors] == [
        (2, True), (3, False), (4, False)]
