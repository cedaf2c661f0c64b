"""A count told by the Strip's office ("authorities in Gaza said Israeli strikes killed 40
people") whose sentence and report place it nowhere else is the Strip's, not dropped: the
speakers' words are read apart from the clause they tell, and their Strip is the last word,
never over a place the report told."""

from __future__ import annotations

import pytest

from geoevents import parse


def _events(text: str, published: str = "2024-07-10") -> list[tuple[str, str, int | None]]:
    return [(e.sub_event_type, e.location, e.fatalities)
            for e in parse(text, published=published).events]


@pytest.mark.parametrize("text", [
    "Authorities in Gaza said Israeli strikes killed 40 people on Monday.",
    "Israeli strikes killed 40 people on Monday, authorities in Hamas-run Gaza said.",
    "Authorities in the Gaza Strip said Israeli air strikes killed 40 people on Monday.",
])
def test_the_offices_strip_is_the_place_when_nothing_else_is(text):
    assert _events(text) == [("Air/drone strike", "Gaza Strip", 40)]


@pytest.mark.parametrize("text,where", [
    ("An Israeli strike hit a house in Rafah on Monday. Authorities in Gaza said seven "
     "people were killed.", "Rafah"),
    ("Authorities in Gaza said an Israeli strike on a house in Beit Lahia killed 7 people on "
     "Monday.", "Beit Lahia"),
])
def test_a_place_the_report_told_comes_before_the_offices_strip(text, where):
    assert [(loc, n) for _, loc, n in _events(text) if n] == [(where, 7)]


def test_a_hospitals_officials_are_no_place_of_a_strike():
    # (the last word is only the Strip's office's: a hospital that tells is not where it hit)
    text = "Israeli strikes killed 5 people on Monday, according to officials at Al-Aqsa Hospital."
    assert all("Hospital" not in loc for _, loc, _ in _events(text))
