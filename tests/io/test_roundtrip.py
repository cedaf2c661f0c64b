from __future__ import annotations

import pytest

from geoevents.errors import OptionError
from geoevents.io import format_for_path, read_events, write_events
from geoevents.io.geopackage import read_geopackage, to_geopackage
from geoevents.io.parquet import read_parquet, write_parquet_part
from geoevents.testing import assert_events_equal

FORMATS = ["events.geojson", "events.gpkg", "events.parquet", "events.csv"]


@pytest.mark.parametrize("name", FORMATS)
def test_write_read_round_trip(tmp_path, events, name):
    out = tmp_path / name
    assert write_events(events, out) == len(events)
    gdf = read_events(out)
    assert list(gdf.columns)[:3] == ["event_id", "report_id", "event_date"]
    assert gdf.crs.to_epsg() == 4326
    assert_events_equal(gdf, events)


@pytest.mark.parametrize("name", FORMATS)
def test_empty_round_trip(tmp_path, name):
    out = tmp_path / name
    write_events([], out)
    assert len(read_events(out)) == 0


def test_all_formats_give_the_same_rows(tmp_path, events):
    frames = []
    for name in FORMATS:
        write_events(events, tmp_path / name)
        frames.append(read_events(tmp_path / name))
    for frame in frames[1:]:
        assert_events_equal(frames[0], frame)


def test_geoparquet_metadata_is_read_by_geopandas(tmp_path, events):
    gpd = pytest.importorskip("geopandas")
    out = tmp_path / "events.parquet"
    write_events(events, out)
    gdf = gpd.read_parquet(out)
    assert gdf.crs.to_epsg() == 4326
    assert gdf.geometry.geom_type.dropna().unique().tolist() == ["Point"]


def test_partitioned_dataset(tmp_path, events):
    ds = tmp_path / "events.parquet"
    ds.mkdir()
    half = len(events) // 2
    write_parquet_part(events[half:], ds, 1)  # written out of order on purpose
    write_parquet_part(events[:half], ds, 0)
    assert_events_equal(read_parquet(ds), events)
    assert_events_equal(read_events(ds), events)


def test_geopackage_has_mentions_layer(tmp_path, events, parser):
    pyogrio = pytest.importorskip("pyogrio")
    from geoevents.io.geopackage import GeoPackageWriter

    doc = parser("An airstrike hit Rafah. Fighting in Jabalia.", report_id="x")
    out = tmp_path / "events.gpkg"
    with GeoPackageWriter(out) as w:
        w.write_events(doc.events)
        w.write_mentions("x", doc.mentions)
    layers = {name for name, _ in pyogrio.list_layers(out)}
    assert layers == {"events", "mentions"}
    mentions = read_geopackage(out, layer="mentions")
    assert mentions["surface"].tolist() == [m.surface for m in doc.mentions]
    empty = tmp_path / "empty.gpkg"
    to_geopackage([], empty)
    assert {name for name, _ in pyogrio.list_layers(empty)} == {"events", "mentions"}


def test_unknown_extension_lists_valid_ones(tmp_path):
    with pytest.raises(OptionError, match=r"\.geojson.*\.gpkg|\.gpkg.*\.geojson"):
        format_for_path(tmp_path / "events.shp")
    with pytest.raises(OptionError, match="choose one of"):
        write_events([], tmp_path / "x.geojson", format="kml")


def test_csv_cells_that_look_like_formulas_stay_text(tmp_path, events):
    import csv
    import dataclasses

    hostile = [dataclasses.replace(events[0], notes='=HYPERLINK("http://x","y")',
                                   source="@SUM(A1)", report_id="-1+1")]
    path = tmp_path / "e.csv"
    write_events(hostile, path)
    with path.open(encoding="utf-8") as fh:
        row = next(csv.DictReader(fh))
    assert row["notes"].startswith("'=") and row["source"] == "'@SUM(A1)"
    assert row["report_id"] == "'-1+1"
    back = read_events(path)
    assert back["notes"].iloc[0] == '=HYPERLINK("http://x","y")'
    assert back["report_id"].iloc[0] == "-1+1"


@pytest.mark.parametrize("name", ["events.geojson", "events.csv"])
def test_a_streaming_writer_closes_its_file_before_the_rename(tmp_path, events, name):
    from geoevents.io import writer_for

    with writer_for(format_for_path(name), tmp_path / name) as writer:
        writer.write_events(events)
        handle = writer._fh
    assert handle.closed and writer._fh is None
    assert_events_equal(read_events(tmp_path / name), events)


def test_a_filtered_table_is_written_as_events(tmp_path, events):
    import pandas

    from geoevents.io import read_events, write_events
    from geoevents.table import events_to_geodataframe

    table = events_to_geodataframe(events)
    some = table[table.index % 2 == 0]
    assert write_events(some, tmp_path / "some.geojson") == len(some)
    assert list(read_events(tmp_path / "some.geojson").event_id) == list(some.event_id)
    plain = pandas.DataFrame(table.drop(columns="geometry"))
    assert write_events(plain, tmp_path / "plain.csv") == len(table)


def test_the_incidents_keep_which_reports_tell_them_when_read(tmp_path, events):
    # incidents.geojson is the events table plus ``reports`` and ``report_ids``: the
    # package's own reader keeps them, as geopandas.read_file does.
    gpd = pytest.importorskip("geopandas")
    from geoevents.incidents import merge_reports
    from geoevents.io.geojson import table_to_geojson
    from geoevents.table import events_to_geodataframe

    path = tmp_path / "incidents.geojson"
    merged = merge_reports(events_to_geodataframe(events))
    table_to_geojson(merged, path)
    got = read_events(path)
    assert list(got.columns)[-3:] == ["reports", "report_ids", "geometry"]
    assert got["report_ids"].tolist() == merged["report_ids"].tolist()
    assert got["reports"].tolist() == merged["reports"].tolist()
    assert got["report_ids"].tolist() == gpd.read_file(path)["report_ids"].tolist()
    assert got.crs.to_epsg() == 4326 and got.geometry.name == "geometry"
    assert_events_equal(got[[c for c in got.columns if c not in ("reports", "report_ids")]],
                        merged.drop(columns=["reports", "report_ids"]))
