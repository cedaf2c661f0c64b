"""Events files read back in batches: the same rows as ``read_events``, in order."""

from __future__ import annotations

import pandas as pd
import pytest

from geoevents.errors import ReportFormatError
from geoevents.io import read_events, write_events
from geoevents.io.chunks import iter_event_frames
from geoevents.io.parquet import write_parquet_part

FORMATS = ["events.geojson", "events.gpkg", "events.parquet", "events.csv"]


def _joined(frames: list) -> pd.DataFrame:
    return pd.DataFrame(pd.concat(frames, ignore_index=True))


@pytest.mark.parametrize("name", FORMATS)
def test_batches_join_to_what_read_events_reads(tmp_path, events, name):
    out = tmp_path / name
    write_events(events, out)
    frames = list(iter_event_frames(out, batch_rows=7))
    assert [len(f) for f in frames[:-1]] == [7] * (len(frames) - 1)
    assert 0 < len(frames[-1]) <= 7
    pd.testing.assert_frame_equal(_joined(frames), pd.DataFrame(read_events(out)))
    assert all(f.crs.to_epsg() == 4326 for f in frames)


def test_a_partitioned_dataset_is_read_part_by_part(tmp_path, events):
    ds = tmp_path / "events.parquet"
    ds.mkdir()
    half = len(events) // 2
    write_parquet_part(events[half:], ds, 1)
    write_parquet_part(events[:half], ds, 0)
    frames = list(iter_event_frames(ds, batch_rows=1000))
    pd.testing.assert_frame_equal(_joined(frames), pd.DataFrame(read_events(ds)))


@pytest.mark.parametrize("name", FORMATS)
def test_an_empty_file_gives_no_batch(tmp_path, name):
    write_events([], tmp_path / name)
    assert sum(len(f) for f in iter_event_frames(tmp_path / name)) == 0


def test_unreadable_files_are_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="nothere.geojson"):
        next(iter_event_frames(tmp_path / "nothere.geojson"))
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [ {oops', encoding="utf-8")
    with pytest.raises(ReportFormatError, match="bad.geojson: cannot read events as geojson"):
        list(iter_event_frames(bad))


@pytest.mark.parametrize("name, junk", [("bad.geojson", '{"type": "Feature'),
                                        ("bad.gpkg", "no database"),
                                        ("bad.parquet", "PAR1 not a table")])
def test_the_whole_file_and_its_batches_fail_alike(tmp_path, name, junk):
    # a caller handles one error, naming the file and the format, whichever reader it uses
    from geoevents.io import read_events
    bad = tmp_path / name
    bad.write_text(junk, encoding="utf-8")
    fmt = name.split(".")[1]
    with pytest.raises(ReportFormatError, match=f"{name}: cannot read events as {fmt}"):
        read_events(bad)
    with pytest.raises(ReportFormatError, match=f"{name}: cannot read events as {fmt}"):
        list(iter_event_frames(bad))
    with pytest.raises(FileNotFoundError, match="gone.csv"):
        read_events(tmp_path / "gone.csv")
    with pytest.raises(FileNotFoundError, match="gone.csv"):
        next(iter_event_frames(tmp_path / "gone.csv"))
