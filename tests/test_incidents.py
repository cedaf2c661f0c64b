"""Incidents: the events several reports tell, merged into one row each."""

import json

import geopandas

from geoevents import Event
from geoevents.batch import run
from geoevents.incidents import merge_reports
from geoevents.table import events_to_geodataframe


def _event(**kw) -> Event:
    base = dict(event_id=kw.get("report_id", "r") + "-e", report_id="r",
                event_date="2024-05-26", time_precision=1,
                event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                location="Tel al-Sultan", place_id="neighbourhood:tel-al-sultan", admin1="Rafah",
                latitude=31.32, longitude=34.24, geo_precision=1, notes="n", confidence=0.8)
    return Event(**(base | kw))


def test_one_incident_told_by_two_reports_is_one_row_with_the_lowest_count():
    table = events_to_geodataframe([
        _event(report_id="a", fatalities=50, confidence=0.7),
        _event(report_id="b", fatalities=45, actor1="Israeli military", confidence=0.9),
        _event(report_id="c", event_type="Battles", sub_event_type="Armed clash"),
    ])
    out = merge_reports(table)
    assert len(out) == 2 and out.crs.to_epsg() == 4326
    strike = out[out.event_type == "Explosions/Remote violence"].iloc[0]
    assert (strike.fatalities, strike.reports, strike.report_ids) == (45, 2, "a;b")
    assert (strike.event_id, strike.actor1) == ("b-e", "Israeli military")


def test_undated_or_unplaced_events_are_nobodys_duplicates():
    table = events_to_geodataframe([
        _event(report_id="a", event_date=None), _event(report_id="b", event_date=None),
        _event(report_id="c", place_id=None), _event(report_id="d", place_id=None),
    ])
    out = merge_reports(table)
    assert list(out.report_id) == ["a", "b", "c", "d"] and set(out.reports) == {1}


def test_a_run_writes_incidents_beside_the_events(tmp_path):
    text = "On 26 May, an Israeli airstrike hit a camp in Tel al-Sultan, killing 45."
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": text, "published": "2024-05-27"}) + "\n"
                           for i in ("a", "b")), encoding="utf-8")
    summary = run(src, tmp_path / "out", incidents=True, map=False)
    incidents = geopandas.read_file(summary.outputs["incidents"])
    assert len(geopandas.read_file(summary.outputs["geojson"])) == 2
    assert list(incidents.report_ids) == ["a;b"]


def test_other_developments_of_one_place_and_day_keep_their_sub_types_apart():
    seized = dict(event_type="Strategic developments", place_id="crossing:rafah-crossing",
                  sub_event_type="Non-violent transfer of territory")
    table = events_to_geodataframe([
        _event(report_id="a", **seized), _event(report_id="b", **seized),
        _event(report_id="b", **(seized | {"sub_event_type": "Crossing opened or closed"})),
        _event(report_id="c", sub_event_type="Shelling/artillery/missile attack"),
        _event(report_id="d", confidence=0.9),
    ])
    out = merge_reports(table)
    assert sorted(zip(out.sub_event_type, out.reports)) == [
        ("Air/drone strike", 2), ("Crossing opened or closed", 1),
        ("Non-violent transfer of territory", 2)]


def test_a_table_without_sub_types_merges_on_date_place_and_type():
    table = events_to_geodataframe([_event(report_id="a"), _event(report_id="b")])
    out = merge_reports(table.drop(columns="sub_event_type"))
    assert list(out.reports) == [2]
