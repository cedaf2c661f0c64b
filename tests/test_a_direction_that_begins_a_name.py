"""A spelling that ends in a direction word ("Gaza City and the north", the northern region)
is not read where the direction, capitalised, begins a name that goes on ("Gaza City and
the North Gaza governorate": the city, then the governorate); written alone it stays."""

from __future__ import annotations

import pytest

from geoevents import parse


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.name) for m in parse(text, published="2023-11-10").mentions]


@pytest.mark.parametrize("text", [
    "All bakeries in Gaza City and the North Gaza governorate are closed.",
    "Shelling around hospitals in Gaza city and the North Gaza Governorate intensified.",
])
def test_the_city_and_the_governorate(text):
    places = _places(text)
    assert places[0][0].lower() == "gaza city" and places[0][1] == "Gaza City"
    assert "northern Gaza" not in [p for _, p in places]


@pytest.mark.parametrize("text", [
    "Strikes hit Gaza City and the north on Monday.",
    "Strikes hit Gaza City and the North. Troops advanced on Tuesday.",
    "Aid stopped reaching Gaza City and the North, the agency said.",
])
def test_the_direction_alone_stays_the_region(text):
    assert [p for _, p in _places(text)] == ["northern Gaza"]


@pytest.mark.parametrize("text,second", [
    ("All bakeries in Gaza City and the North Gaza governorate are closed.",
     "North Gaza governorate"),
    ("Shelling around hospitals in Gaza city and the North Gaza Governorate intensified.",
     "North Gaza Governorate"),
])
def test_the_name_the_direction_begins_is_read_whole(text, second):
    assert [s for s, _ in _places(text)] == [text[text.index("Gaza"):][:9], second]
    assert _places(text)[1][1] == "North Gaza"
