"""A capitalised name before "neighbourhood"/"neighborhood" that the gazetteer does not
hold ("the Al-Furqan neighborhood in Gaza City") is a place, reported unresolved by its
name ("Al-Furqan"); one spelt
like a quarter it holds ("the Shujayea neighbourhood") is that quarter; the noun does not
make another quarter's name a near spelling ("Al-Daraj neighborhood" is not Sabra's)."""

from __future__ import annotations

import pytest

from geoevents import parse


def _ids(text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.place_id) for m in parse(text, published="2024-07-03").mentions]


@pytest.mark.parametrize("text,surface", [
    ("Warplanes carried out strikes on the Al-Furqan neighborhood overnight.", "Al-Furqan"),
    ("Residents of the Al-Murabitin neighbourhood were told to leave.", "Al-Murabitin"),
    ("An airstrike hit a house in the al-Daraj neighborhood on Thursday.", "al-Daraj"),
    ("Jets targeted the Saudi neighborhood west of Rafah.", "Saudi"),
])
def test_an_unknown_quarter_is_reported_unresolved(text, surface):
    assert (surface, None) in _ids(text)


def test_a_close_spelling_is_the_quarter():
    assert ("Shujayea", "neighbourhood:shujaiyya") in _ids(
        "The renewed assault started in the city's eastern Shujayea neighbourhood.")


@pytest.mark.parametrize("text", [
    "Crowds gathered in a residential neighbourhood on Sunday.",
    "The Emirati neighbourhood team delivered bread.",
])
def test_no_name_no_quarter(text):
    assert _ids(text) == []
