"""The table stage: one conversion from events (or any reader's output) to a GeoDataFrame."""

import json

import pytest

from geoevents import Event, ReportFormatError
from geoevents.io import read_events
from geoevents.table import events_from_geodataframe, events_to_geodataframe


def _event(**kw) -> Event:
    base = dict(event_id="e1", report_id="r", event_date="2024-06-29", time_precision=1,
                event_type="Battles", sub_event_type="Armed clash", location="Shejaia",
                place_id="neighbourhood:shujaiyya", admin1="Gaza", latitude=31.50056,
                longitude=34.47, geo_precision=1, notes="n", confidence=0.8)
    return Event(**(base | kw))


def test_round_trip_and_types():
    gdf = events_to_geodataframe([_event(fatalities=3)])
    assert gdf.crs.to_epsg() == 4326
    assert str(gdf["fatalities"].dtype) == "Int64"
    assert events_from_geodataframe(gdf) == [_event(fatalities=3)]


def test_event_without_coordinates_has_no_geometry():
    gdf = events_to_geodataframe([_event(latitude=None, longitude=None)])
    assert gdf.geometry.iloc[0] is None
    assert "NaN" not in gdf.to_json()


def test_geojson_with_only_a_geometry_gets_its_coordinates(tmp_path):
    path = tmp_path / "g.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": {"type": "Point", "coordinates": [34.47, 31.5]},
        "properties": {"event_type": "Battles", "event_date": "2024-06-29",
                       "location": "Shejaia"}}]}), encoding="utf-8")
    gdf = read_events(path)
    assert (gdf["longitude"].iloc[0], gdf["latitude"].iloc[0]) == (34.47, 31.5)
    assert gdf.geometry.iloc[0].x == 34.47


def test_a_coordinate_that_is_not_a_number_names_the_event(tmp_path):
    path = tmp_path / "bad.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": None,
        "properties": {"event_id": "ev7", "latitude": "abc", "longitude": 34.4}}]}),
        encoding="utf-8")
    with pytest.raises(ReportFormatError, match="ev7.*latitude"):
        read_events(path)


def test_unreadable_file_is_a_clear_error(tmp_path):
    path = tmp_path / "empty.geojson"
    path.write_text("", encoding="utf-8")
    with pytest.raises(ReportFormatError, match="empty.geojson"):
        read_events(path)
