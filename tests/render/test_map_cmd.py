"""``geoevents map``: events file or reports in, one HTML file out."""

from __future__ import annotations

import json

import pytest

from geoevents.cli import main
from geoevents.render.offline import remote_references


@pytest.fixture
def events_geojson(tmp_path, seed_events):
    path = tmp_path / "events.geojson"
    fc = {"type": "FeatureCollection", "features": [e.to_feature() for e in seed_events]}
    path.write_text(json.dumps(fc), encoding="utf-8")
    return path


def test_map_command_writes_an_offline_map(tmp_path, events_geojson, capsys):
    out = tmp_path / "map.html"
    code = main(["map", str(events_geojson), "-o", str(out), "--offline", "--by", "type",
                 "--title", "Seed report"])
    assert code == 0 and capsys.readouterr().out.strip() == str(out)
    html = out.read_text("utf-8")
    assert remote_references(html) == [] and "Seed report" in html
    assert '"n":5' in html and '"by":"type"' in html


def test_the_map_works_offline_unless_asked_to_go_online(tmp_path, events_geojson, capsys):
    plain, online = tmp_path / "plain.html", tmp_path / "online.html"
    assert main(["map", str(events_geojson), "-o", str(plain)]) == 0
    assert remote_references(plain.read_text("utf-8")) == []
    assert main(["map", str(events_geojson), "-o", str(online), "--online"]) == 0
    html = online.read_text("utf-8")
    assert any("leaflet" in ref for ref in remote_references(html))
    assert "tile.openstreetmap.org" in html
    with pytest.raises(SystemExit):  # one or the other
        main(["map", str(events_geojson), "-o", str(plain), "--online", "--offline"])
    assert "not allowed with argument" in capsys.readouterr().err


def test_map_command_reports_bad_input(tmp_path, capsys):
    assert main(["map", str(tmp_path / "missing.geojson"), "-o", str(tmp_path / "m.html")]) == 2
    assert "no such file" in capsys.readouterr().err
    bad = tmp_path / "bad.geojson"
    feature = {"type": "Feature", "geometry": None,
               "properties": {"event_id": "e9", "latitude": 95.0, "longitude": 34.4,
                              "event_type": "Battles", "geo_precision": 1}}
    bad.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    assert main(["map", str(bad), "-o", str(tmp_path / "m.html")]) == 1  # unusable input
    err = capsys.readouterr().err
    assert "e9" in err and "latitude" in err
    assert not (tmp_path / "m.html").exists()


def test_map_command_parses_reports(tmp_path):
    geoevents = pytest.importorskip("geoevents")
    if not hasattr(geoevents, "parse"):
        pytest.skip("geoevents.parse is not available yet")
    reports = tmp_path / "reports.jsonl"
    text = ("Palestinian health authorities reported that Israeli airstrikes across Gaza "
            "killed at least 35 people on Saturday.")
    reports.write_text(json.dumps({"id": "r1", "text": text, "published": "2024-06-29"}) + "\n")
    out = tmp_path / "map.html"
    assert main(["map", str(reports), "-o", str(out), "--offline"]) == 0
    assert "2024-06-29" in out.read_text("utf-8")


def test_the_cluster_threshold_default_is_render_maps():
    import argparse
    import inspect

    from geoevents.cli import map_cmd
    from geoevents.render import render_map

    parser = argparse.ArgumentParser()
    map_cmd.register(parser.add_subparsers())
    args = parser.parse_args(["map", "events.geojson", "-o", "map.html"])
    default = inspect.signature(render_map).parameters["cluster_threshold"].default
    assert args.cluster_threshold == default


def test_reports_without_a_date_are_dated_by_published(tmp_path):
    from geoevents.cli import main

    src = tmp_path / "a.txt"
    src.write_text("An Israeli airstrike hit a house in Rafah on Saturday, killing five people.")
    out = tmp_path / "m.html"
    assert main(["map", str(src), "-o", str(out), "--offline", "--published",
                 "2024-06-30"]) == 0
    assert "2024-06-29" in out.read_text(encoding="utf-8")


def test_offline_with_remote_tiles_says_they_are_dropped(tmp_path, capsys):
    from geoevents.cli import main

    src = tmp_path / "a.txt"
    src.write_text("An Israeli airstrike hit a house in Rafah on 3 June, killing five people.")
    assert main(["map", str(src), "-o", str(tmp_path / "m.html"), "--offline"]) == 0
    assert "needs the network" not in capsys.readouterr().err  # the default: no note
    for offline in (["--offline"], []):  # offline is the default
        assert main(["map", str(src), "-o", str(tmp_path / "m.html"), *offline, "--tiles",
                     "OpenStreetMap"]) == 0
        assert "--tiles 'OpenStreetMap' needs the network" in capsys.readouterr().err
    assert main(["map", str(src), "-o", str(tmp_path / "m.html"), "--online", "--tiles",
                 "OpenStreetMap"]) == 0
    assert "needs the network" not in capsys.readouterr().err


def test_a_geoparquet_dataset_directory_is_mapped_as_events(tmp_path, seed_events, capsys):
    # The Dask engine writes events.parquet/ as a directory of parts: it is events, not a
    # folder of reports, whatever its name.
    from geoevents.io.parquet import write_parquet_part

    for name in ("events.parquet", "parts"):
        dataset = tmp_path / name
        dataset.mkdir()
        write_parquet_part(seed_events[:2], dataset, 0)
        write_parquet_part(seed_events[2:], dataset, 1)
        out = tmp_path / f"{name}.html"
        assert main(["map", str(dataset), "-o", str(out)]) == 0, capsys.readouterr().err
        assert '"n":5' in out.read_text("utf-8")
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text("An Israeli airstrike hit a house in Rafah on 3 June 2024, "
                                   "killing five people.", encoding="utf-8")
    write_parquet_part(seed_events, reports, 0)  # a stray dataset part among reports
    assert main(["map", str(reports), "-o", str(tmp_path / "r.html")]) == 0
    assert "2024-06-03" in (tmp_path / "r.html").read_text("utf-8")
