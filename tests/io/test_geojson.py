from __future__ import annotations

import json
from dataclasses import replace

import pytest

from geoevents.io import read_events
from geoevents.io._json import dumps, dumps_std
from geoevents.io.geojson import GeoJSONWriter, feature_bytes, to_geojson
from geoevents.testing import assert_events_equal

# Gaza Strip envelope from the gazetteer sources (all points lie within it).
GAZA_LAT = (31.2, 31.61)
GAZA_LON = (34.2, 34.58)


def test_rfc7946_structure(tmp_path, events):
    out = tmp_path / "events.geojson"
    assert to_geojson(events, out) == len(events)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection"
    assert "crs" not in doc
    assert len(doc["features"]) == len(events)
    for feat, event in zip(doc["features"], events):
        assert list(feat) == ["type", "geometry", "properties"]
        assert feat["type"] == "Feature"
        props = feat["properties"]
        assert props["event_id"] == event.event_id
        if event.latitude is None:
            assert feat["geometry"] is None
            continue
        geom = feat["geometry"]
        assert geom["type"] == "Point"
        lon, lat = geom["coordinates"]
        assert all(isinstance(v, float) for v in (lon, lat))
        assert (lon, lat) == (props["longitude"], props["latitude"])  # lon/lat order
        if props["admin1"] is not None:
            assert GAZA_LON[0] <= lon <= GAZA_LON[1] and GAZA_LAT[0] <= lat <= GAZA_LAT[1]


def test_reads_back_with_geopandas_pyogrio(tmp_path, events):
    gpd = pytest.importorskip("geopandas")
    out = tmp_path / "events.geojson"
    to_geojson(events, out)
    gdf = gpd.read_file(out, engine="pyogrio")
    assert len(gdf) == len(events)
    assert gdf.crs.to_epsg() == 4326
    located = gdf[gdf.geometry.notna()]
    assert (located.geometry.x == located["longitude"]).all()
    assert_events_equal(read_events(out), events)


def test_byte_identical_and_idempotent(tmp_path, events):
    a, b = tmp_path / "a.geojson", tmp_path / "b.geojson"
    to_geojson(events, a)
    to_geojson(events, b)
    first = a.read_bytes()
    assert first == b.read_bytes()
    to_geojson(events, a)  # rewriting over an existing file gives the same bytes
    assert a.read_bytes() == first


def test_encoders_agree(events):
    for event in events:
        feature = json.loads(feature_bytes(event))
        assert dumps_std(feature) == dumps(feature)
        assert feature == json.loads(json.dumps(event.to_feature()))


def test_nan_is_written_as_null():
    assert dumps_std({"a": float("nan")}) == b'{"a":null}'
    assert dumps({"a": float("inf")}) == b'{"a":null}'


def test_empty_collection_is_valid(tmp_path):
    out = tmp_path / "empty.geojson"
    with GeoJSONWriter(out):
        pass
    assert json.loads(out.read_text()) == {"type": "FeatureCollection", "features": []}


def test_a_feature_of_an_event_with_no_finite_point_has_no_geometry(events):
    nan = replace(events[0], latitude=float("nan"), longitude=34.4)
    assert nan.to_feature()["geometry"] is None
    assert json.loads(feature_bytes(nan))["geometry"] is None


def test_a_table_with_extra_columns_is_written_like_events(tmp_path, events):
    from geoevents.incidents import merge_reports
    from geoevents.io.geojson import table_to_geojson
    from geoevents.table import events_to_geodataframe

    table = merge_reports(events_to_geodataframe(events))
    paths = [tmp_path / "a.geojson", tmp_path / "b.geojson"]
    for path in paths:
        assert table_to_geojson(table, path) == len(table)
    assert paths[0].read_bytes() == paths[1].read_bytes()
    doc = json.loads(paths[0].read_text(encoding="utf-8"))
    assert list(doc) == ["type", "features"]  # no crs, no layer name
    for feat, row in zip(doc["features"], table.itertuples()):
        assert list(feat) == ["type", "geometry", "properties"]
        assert feat["properties"]["reports"] == row.reports
        assert feat["properties"]["event_id"] == row.event_id
        if feat["geometry"] is not None:
            assert feat["geometry"]["coordinates"] == [row.longitude, row.latitude]
    back = read_events(paths[0])
    assert list(back.event_id) == list(table.event_id)
