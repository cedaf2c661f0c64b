"""A failure in the middle of a write leaves no partial file and keeps the old one."""

from __future__ import annotations

import pytest

from geoevents.io import format_for_path, write_events, writer_for


class Boom(Exception):
    pass


def _exploding(events, after):
    for i, event in enumerate(events):
        if i == after:
            raise Boom("crash mid-write")
        yield event


@pytest.mark.parametrize("name", ["events.geojson", "events.gpkg", "events.parquet",
                                  "events.csv"])
def test_crash_keeps_old_file_and_leaves_no_temp(tmp_path, events, name):
    out = tmp_path / name
    write_events(events[:1], out)
    before = out.read_bytes()
    # chunk_size=2 so several chunks are already on disk when the crash comes
    with pytest.raises(Boom), writer_for(format_for_path(out), out, chunk_size=2) as writer:
        for event in _exploding(events * 3, after=len(events) + 1):
            writer.write_events([event])
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


@pytest.mark.parametrize("name", ["events.geojson", "events.parquet"])
def test_crash_without_old_file_leaves_nothing(tmp_path, events, name):
    with pytest.raises(Boom):
        write_events(_exploding(events, after=1), tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_keyboard_interrupt_is_cleaned_up_too(tmp_path, events):
    def interrupted():
        yield events[0]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_events(interrupted(), tmp_path / "events.geojson")
    assert list(tmp_path.iterdir()) == []
