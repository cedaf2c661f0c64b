""""evacuated from northern to southern Gaza": the side people left shares "Gaza" with the
side they went to, so it is a place of its own (northern Gaza), and a flight or an
evacuation is coded where people left, as when both sides are named in full."""

from __future__ import annotations

import pytest

from geoevents import find_places, parse


def _regions(text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.place_id) for m in find_places(text).mentions]


@pytest.mark.parametrize("text,side,region", [
    ("About 8,000 people moved from northern to southern Gaza on Tuesday.", "northern",
     "region:northern-gaza"),
    ("Families walked from central to southern Gaza along the coastal road.", "central",
     "region:central-gaza"),
    ("Hundreds were bussed from southern to central Gaza overnight.", "southern",
     "region:southern-gaza"),
])
def test_the_side_left_shares_the_name_of_the_side_reached(text, side, region):
    got = _regions(text)
    assert (side, region) in got
    assert len(got) == 2


@pytest.mark.parametrize("text,where", [
    ("UN monitors said some 9,000 Palestinians were evacuated from northern to southern Gaza "
     "on Wednesday.", "northern Gaza"),
    ("Thousands of families fled from central to southern Gaza on Thursday.", "central Gaza"),
])
def test_a_flight_from_one_side_to_another_is_where_people_left(text, where):
    assert [e.location for e in parse(text, published="2023-11-09").events] == [where]


@pytest.mark.parametrize("text,expected", [
    # near misses: a span over the whole Strip, a side of another country, the same side
    ("People were ordered to relocate from north to south Gaza.",
     [("south Gaza", "region:southern-gaza")]),
    ("Rockets were fired from northern Israel to southern Gaza.",
     [("Israel", "world-country:israel"), ("southern Gaza", "region:southern-gaza")]),
    ("Aid moved from southern to southern Gaza.",
     [("southern Gaza", "region:southern-gaza")]),
])
def test_no_side_is_read_where_none_is_left(text, expected):
    assert _regions(text) == expected
