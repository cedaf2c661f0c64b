"""Incidents: the events several reports tell, merged into one row each."""

import json

import geopandas
import pytest

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


# -- a place and a part of it: one incident where nothing tells them apart --------------------
_MAWASI = dict(location="al-Mawasi", place_id="area:al-mawasi", admin1="Rafah",
               latitude=31.32919, longitude=34.23108)
_MAWASI_KY = dict(location="al-Mawasi (Khan Younis)", place_id="area:al-mawasi-khan-younis",
                  admin1="Khan Younis", latitude=31.368735, longitude=34.279141)
_MAWASI_RAFAH = dict(location="al-Mawasi (Rafah)", place_id="area:al-mawasi-rafah",
                     admin1="Rafah", latitude=31.331537, longitude=34.233739)
_GAZA_CITY = dict(location="Gaza City", place_id="city:gaza", admin1="Gaza",
                  latitude=31.50161, longitude=34.46672)
_SHEJAIA = dict(location="Shejaia", place_id="neighbourhood:shujaiyya", admin1="Gaza",
                latitude=31.50056, longitude=34.47)
_KHAN_YOUNIS = dict(location="Khan Younis", place_id="city:khan-yunis", admin1="Khan Younis",
                    latitude=31.34018, longitude=34.30627)
_NASSER = dict(location="Nasser Medical Complex", place_id="hospital:nasser-medical-complex",
               admin1="Khan Younis", latitude=31.3466, longitude=34.2946)


def test_an_area_and_its_named_part_of_one_day_are_one_incident_placed_at_the_part():
    out = merge_reports(events_to_geodataframe([
        _event(report_id="a", fatalities=12, confidence=0.9, **_MAWASI),
        _event(report_id="b", fatalities=12, **_MAWASI_KY)]))
    assert list(zip(out.location, out.admin1, out.reports, out.report_ids)) == [
        ("al-Mawasi (Khan Younis)", "Khan Younis", 2, "a;b")]


@pytest.mark.parametrize("part", [_MAWASI_KY, _MAWASI_RAFAH])
def test_an_area_told_with_no_count_joins_its_one_part_told(part):
    out = merge_reports(events_to_geodataframe([
        _event(report_id="a", **_MAWASI), _event(report_id="b", fatalities=9, **part)]))
    assert list(zip(out.place_id, out.fatalities, out.reports)) == [(part["place_id"], 9, 2)]


def test_a_town_and_its_quarter_of_one_day_are_one_incident():
    out = merge_reports(events_to_geodataframe([
        _event(report_id="a", fatalities=7, **_GAZA_CITY),
        _event(report_id="b", fatalities=7, **_SHEJAIA)]))
    assert list(zip(out.location, out.reports)) == [("Shejaia", 2)]


@pytest.mark.parametrize("events", [
    # other counts told: two strikes
    [dict(report_id="a", fatalities=12, **_MAWASI),
     dict(report_id="b", fatalities=4, **_MAWASI_KY)],
    [dict(report_id="a", fatalities=5, injuries=3, **_GAZA_CITY),
     dict(report_id="b", fatalities=5, injuries=20, **_SHEJAIA)],
    # other days
    [dict(report_id="a", **_MAWASI), dict(report_id="b", event_date="2024-05-25", **_MAWASI_KY)],
    # other types
    [dict(report_id="a", **_MAWASI),
     dict(report_id="b", event_type="Battles", sub_event_type="Armed clash", **_MAWASI_KY)],
    # one report telling both: its own two events
    [dict(report_id="a", **_GAZA_CITY), dict(report_id="a", **_SHEJAIA)],
    # two parts of the area told that day: the area is neither's for certain
    [dict(report_id="a", **_MAWASI), dict(report_id="b", **_MAWASI_KY),
     dict(report_id="c", **_MAWASI_RAFAH)],
    # a site told with no count beside the town's: the town's fighting, the site's raid
    [dict(report_id="a", **_KHAN_YOUNIS), dict(report_id="b", **_NASSER)],
    # a region is no place of one strike
    [dict(report_id="a", place_id="strip:gaza-strip", location="Gaza Strip", fatalities=40),
     dict(report_id="b", fatalities=40, **_SHEJAIA)],
    # neighbours, neither in the other
    [dict(report_id="a", **_MAWASI_KY), dict(report_id="b", **_MAWASI_RAFAH)],
])
def test_places_one_in_the_other_told_apart_stay_two_incidents(events):
    out = merge_reports(events_to_geodataframe([_event(**e) for e in events]))
    assert len(out) == len(events) and set(out.reports) == {1}


def test_a_site_and_its_town_telling_one_count_are_one_incident():
    out = merge_reports(events_to_geodataframe([
        _event(report_id="a", fatalities=3, **_KHAN_YOUNIS),
        _event(report_id="b", fatalities=3, **_NASSER)]))
    assert list(zip(out.place_id, out.reports)) == [("hospital:nasser-medical-complex", 2)]


def test_reports_of_al_mawasi_and_al_mawasi_khan_younis_run_as_one_incident(tmp_path):
    texts = {"a": "An Israeli strike hit tents in al-Mawasi on Friday, killing 12 people.",
             "b": "An Israeli strike hit tents in al-Mawasi, Khan Younis on Friday, killing 12 "
                  "people, medics said."}
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": t, "published": "2024-06-29"}) + "\n"
                           for i, t in texts.items()), encoding="utf-8")
    summary = run(src, tmp_path / "out", incidents=True, map=False)
    incidents = geopandas.read_file(summary.outputs["incidents"])
    assert list(zip(incidents.location, incidents.admin1, incidents.report_ids)) == [
        ("al-Mawasi (Khan Younis)", "Khan Younis", "a;b")]
