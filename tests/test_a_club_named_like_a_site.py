"""A club, team or company named like a hospital ("the Al-Ahly soccer club", "the Shifa
company offices") is something else: no mention of the hospital, and no event placed at
it; the hospital named as one stays the hospital."""

from __future__ import annotations

import pytest

from geoevents import parse


def _read(text: str) -> tuple[list[str | None], list[str | None]]:
    doc = parse(text, published="2024-10-08")
    return [m.name for m in doc.mentions], [e.location for e in doc.events]


@pytest.mark.parametrize("text", [
    "An Israeli strike hit a shelter at the Al-Ahly soccer club in Gaza City on Monday, "
    "killing eight people.",
    "An Israeli strike hit the headquarters of the Al-Ahli sports club in Gaza City on Monday, "
    "killing eight people.",
    "An Israeli strike on the Al-Ahli football team killed eight players in Gaza City on "
    "Monday.",
    "An Israeli strike hit the Shifa company offices in Gaza City on Monday, killing eight "
    "people.",
])
def test_a_club_or_company_is_not_the_hospital(text):
    names, places = _read(text)
    assert "Al-Ahli Arab Hospital" not in names and "Al-Shifa Hospital" not in names
    assert places == ["Gaza City"]


@pytest.mark.parametrize("text,place", [
    ("An Israeli strike hit Al-Ahli Hospital in Gaza City on Monday, killing eight people.",
     "Al-Ahli Arab Hospital"),
    ("An Israeli strike near the Al-Ahli Arab Hospital killed eight people on Monday, as the "
     "club next door burned.", "Al-Ahli Arab Hospital"),
    ("An Israeli strike hit Shifa hospital in Gaza City on Monday, killing eight people.",
     "Al-Shifa Hospital"),
])
def test_the_hospital_named_as_one_stays(text, place):
    assert _read(text)[1] == [place]
