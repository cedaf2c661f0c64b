"""Incidents of an events file merged a few days at a time: the bytes of the whole-table
merge, whatever the buckets, the batches and the file's format."""

from __future__ import annotations

import dataclasses
import datetime
import json
from pathlib import Path

import pytest

from geoevents import Event, parse
from geoevents.batch import run
from geoevents.errors import OptionError, ReportFormatError
from geoevents.incidents import merge_reports
from geoevents.incidents_file import merge_reports_file
from geoevents.io import read_events, write_events
from geoevents.io.geojson import table_to_geojson
from geoevents.io.parquet import write_parquet_part
from geoevents.table import events_to_geodataframe

ROOT = Path(__file__).resolve().parents[1]


def _shifted(day: str | None, days: int) -> str | None:
    if day is None:
        return None
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=days)).isoformat()


@pytest.fixture(scope="module")
def told_often() -> list[Event]:
    """The bundled examples' events as told by six outlets: two by two on the same days
    (so their incidents merge), each pair a week after the one before."""
    reports = [json.loads(x) for x in
               (ROOT / "examples" / "reports.jsonl").read_text(encoding="utf-8").splitlines()
               if x.strip()]
    events = [e for r in reports for e in parse(r["text"], published=r.get("published"),
                                                report_id=r.get("id")).events]
    assert any(e.event_date is None for e in events) or events
    return [dataclasses.replace(e, report_id=f"{e.report_id}/{k}",
                                event_id=f"{e.event_id}-{k}",
                                event_date=_shifted(e.event_date, (k // 2) * 7))
            for k in range(6) for e in events]


def _whole(source: Path, target: Path) -> bytes:
    table_to_geojson(merge_reports(read_events(source)), target)
    return target.read_bytes()


@pytest.mark.parametrize("suffix", [".geojson", ".parquet", ".csv", ".gpkg"])
def test_the_file_merged_in_pieces_is_the_whole_table_merged(tmp_path, told_often, suffix):
    source = tmp_path / f"events{suffix}"
    write_events(told_often, source)
    expected = _whole(source, tmp_path / "whole.geojson")
    assert expected.count(b'"reports":2') > 10  # outlets' incidents did merge
    for bucket_rows, batch_rows in ((None, None), (40, 7), (300, 50)):
        target = tmp_path / f"pieces-{bucket_rows}-{batch_rows}.geojson"
        n = merge_reports_file(source, target, bucket_rows=bucket_rows, batch_rows=batch_rows)
        assert target.read_bytes() == expected
        assert n == len(json.loads(expected)["features"])
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_dask_dataset_directory_merges_as_its_parts_read_together(tmp_path, told_often):
    dataset = tmp_path / "events.parquet"
    dataset.mkdir()
    third = len(told_often) // 3
    for i in range(3):
        write_parquet_part(told_often[i * third:(i + 1) * third if i < 2 else None],
                           dataset, i)
    expected = _whole(dataset, tmp_path / "whole.geojson")
    merge_reports_file(dataset, tmp_path / "pieces.geojson", bucket_rows=25, batch_rows=9)
    assert (tmp_path / "pieces.geojson").read_bytes() == expected


def _event(report: str, day: str | None, place: str, dead: int | None, **kw) -> Event:
    places = {
        "al-mawasi": ("al-Mawasi", "area:al-mawasi", 31.329, 34.231, 1),
        "al-mawasi-ky": ("al-Mawasi (Khan Younis)", "area:al-mawasi-khan-younis", 31.369,
                         34.279, 1),
        "rafah": ("Rafah", "city:rafah", 31.297, 34.244, 1),
    }
    location, pid, lat, lon, precision = places[place]
    return Event(**({"event_id": f"{report}-{place}-{day}", "report_id": report,
                     "event_date": day, "time_precision": 1,
                     "event_type": "Explosions/Remote violence",
                     "sub_event_type": "Air/drone strike", "location": location,
                     "place_id": pid, "admin1": "Khan Younis", "latitude": lat,
                     "longitude": lon, "geo_precision": precision, "notes": "n",
                     "confidence": 0.8, "fatalities": dead} | kw))


def test_one_days_rows_stay_together_however_small_the_buckets(tmp_path):
    # One day told by many reports, in batches of two rows, buckets of one row: the day
    # is never split, so its reports still merge (lowest count kept) and an area and the
    # area's part told that day are still one incident; the days around it stay apart.
    rows = [_event("a", "2024-07-13", "al-mawasi-ky", 90),
            _event("b", "2024-07-12", "rafah", 3),
            _event("c", "2024-07-13", "al-mawasi", 71),
            _event("d", None, "rafah", 1),
            _event("e", "2024-07-13", "al-mawasi-ky", 71),
            _event("f", "2024-07-14", "rafah", 4),
            _event("g", "2024-07-13", "al-mawasi", None, actor1="Israeli military")]
    source = tmp_path / "events.geojson"
    write_events(rows, source)
    target = tmp_path / "incidents.geojson"
    merge_reports_file(source, target, bucket_rows=1, batch_rows=2)
    assert target.read_bytes() == _whole(source, tmp_path / "whole.geojson")
    props = [f["properties"] for f in json.loads(target.read_bytes())["features"]]
    assert [(p["event_date"], p["report_ids"], p["fatalities"]) for p in props] == [
        ("2024-07-13", "a;c;e;g", 71), ("2024-07-12", "b", 3), (None, "d", 1),
        ("2024-07-14", "f", 4)]
    assert props[0]["location"] == "al-Mawasi (Khan Younis)"
    assert props[0]["actor1"] == "Israeli military"


def test_a_month_larger_than_a_bucket_is_cut_between_days_only(tmp_path):
    # Thirty days of July, each told twice, in buckets of five rows: every day's two
    # reports still make one incident, and a near-miss (the same place a day later) is
    # still its own.
    rows = [_event(r, f"2024-07-{d:02d}", "rafah", d) for d in range(1, 31) for r in "xy"]
    source = tmp_path / "events.parquet"
    write_events(rows, source)
    target = tmp_path / "incidents.geojson"
    assert merge_reports_file(source, target, bucket_rows=5, batch_rows=4) == 30
    props = [f["properties"] for f in json.loads(target.read_bytes())["features"]]
    assert [p["report_ids"] for p in props] == ["x;y"] * 30
    assert [p["fatalities"] for p in props] == list(range(1, 31))


def test_an_unreadable_file_is_named_and_leaves_the_old_incidents(tmp_path):
    source = tmp_path / "events.geojson"
    source.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    target = tmp_path / "incidents.geojson"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ReportFormatError, match="events.geojson"):
        merge_reports_file(source, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.geojson",
                                                          "incidents.geojson"]


def test_an_empty_file_has_no_incidents(tmp_path):
    source = tmp_path / "events.geojson"
    write_events([], source)
    assert merge_reports_file(source, tmp_path / "incidents.geojson") == 0
    assert json.loads((tmp_path / "incidents.geojson").read_bytes())["features"] == []


def test_a_run_writes_the_incidents_of_its_events_file(tmp_path):
    text = "On 13 July, an Israeli airstrike hit al-Mawasi in Khan Younis, killing 90."
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": text, "published": "2024-07-14"})
                           + "\n" for i in ("a", "b", "c")), encoding="utf-8")
    out = tmp_path / "out"
    summary = run(src, out, formats=["parquet"], incidents=True, map=False)
    assert summary.outputs["incidents"] == str(out / "incidents.geojson")
    assert (out / "incidents.geojson").read_bytes() == _whole(
        out / "events.parquet", tmp_path / "whole.geojson")
    props = json.loads((out / "incidents.geojson").read_bytes())["features"][0]["properties"]
    assert props["report_ids"] == "a;b;c"


def test_merge_reports_on_a_table_is_unchanged_by_the_file_path(told_often):
    table = events_to_geodataframe(told_often)
    out = merge_reports(table)
    assert list(out.columns) == [*table.columns, "reports", "report_ids"]
    assert out.reports.sum() == table.report_id.notna().sum()


@pytest.mark.parametrize("rows", [0, -5, 2.5, True])
def test_a_bucket_of_no_rows_is_refused_by_name(tmp_path, rows):
    source = tmp_path / "events.geojson"
    write_events([], source)
    with pytest.raises(OptionError, match="bucket_rows"):
        merge_reports_file(source, tmp_path / "incidents.geojson", bucket_rows=rows)
    assert not (tmp_path / "incidents.geojson").exists()


def test_merge_reports_on_a_path_points_to_the_file_merge(tmp_path):
    with pytest.raises(TypeError, match="merge_reports_file"):
        merge_reports(tmp_path / "events.geojson")
