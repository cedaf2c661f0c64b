"""The Strip's office named with "Gaza" ("the Ministry of Health in Gaza", "the Government
Media Office in Hamas-run Gaza", "Gaza health officials") says who tells the news, not where
it happened: its "Gaza" is the Strip even in a report that names the city of Gaza, it does
not make the rest of the report's "Gaza" the Strip, and in a report about the city a toll
it tells is placed as the report places it, not at the city by the office's name."""

from __future__ import annotations

import pytest

from geoevents import find_places, parse


def _events(text: str, published: str = "2024-07-10") -> list[tuple[str, str, int | None]]:
    return [(e.sub_event_type, e.location, e.fatalities)
            for e in parse(text, published=published).events]


def _gazas(text: str) -> list[str | None]:
    return [m.place_id for m in find_places(text).mentions if m.surface == "Gaza"]


@pytest.mark.parametrize("office", [
    "The Ministry of Health in Gaza", "The health ministry in Hamas-run Gaza",
    "The Government Media Office in Gaza", "Health officials in Gaza",
    "Health authorities in Hamas-controlled Gaza",
])
def test_the_offices_gaza_is_the_strip_in_the_citys_report(office):
    text = (f"Israeli troops pushed into the city of Gaza on Sunday. {office} said scores "
            "were wounded.")
    assert _gazas(text) == ["city:gaza", "strip:gaza-strip"]


def test_gaza_before_the_office_is_the_strip_too():
    text = ("Israeli tanks shelled the city of Gaza on Sunday. Gaza health officials said "
            "scores were wounded.")
    assert _gazas(text) == ["city:gaza", "strip:gaza-strip"]


def test_the_office_first_does_not_make_the_citys_gaza_the_strip():
    # (the office's Strip settles nothing: a later "Gaza" still follows "the city of Gaza")
    text = ("The Ministry of Health in Gaza said 9 were wounded. Tanks entered the city of Gaza "
            "on Sunday. Fighting in Gaza went on all night.")
    assert _gazas(text) == ["strip:gaza-strip", "city:gaza", "city:gaza"]


@pytest.mark.parametrize("text", [
    # near misses: a site or people in the town, not an office that speaks
    "Tanks rolled into the city of Gaza on Sunday. A school in Gaza was hit.",
    "Tanks rolled into the city of Gaza on Sunday. Residents in Gaza said they fled west.",
    "Tanks rolled into the city of Gaza on Sunday. Shelters in Gaza were full.",
])
def test_a_site_or_people_in_gaza_keep_the_reports_city(text):
    assert _gazas(text) == ["city:gaza", "city:gaza"]


def test_the_office_in_gaza_city_stays_the_city():
    text = "The health ministry in Gaza City said 9 people were wounded on Sunday."
    assert [m.place_id for m in find_places(text).mentions] == ["city:gaza"]


@pytest.mark.parametrize("text,where,dead", [
    # the day's tally the office tells is the Strip's, not the city's the report is about
    ("Israeli troops pushed into the city of Gaza on Tuesday. Strikes also hit Deir al-Balah. "
     "In the past 24 hours, 48 people were killed, the Ministry of Health in Gaza said.",
     "Gaza Strip", 48),
    ("Tanks advanced into the city of Gaza on Tuesday. Over the last 24 hours alone, 33 people "
     "died and 90 were hurt in Israeli strikes, the Government Media Office in Hamas-run Gaza "
     "said.", "Gaza Strip", 33),
])
def test_the_offices_day_tally_in_the_citys_report_is_the_strips(text, where, dead):
    got = _events(text)
    assert ("Air/drone strike", where, dead) in got
    assert all(n != dead for _, loc, n in got if loc != where)


@pytest.mark.parametrize("text,where", [
    # a toll of the strike the report told is that strike's, at its place
    ("Tanks rolled into the city of Gaza on Tuesday. An Israeli strike hit a house in Nuseirat. "
     "The Ministry of Health in Gaza said six people were killed.", "Nuseirat"),
    ("Tanks rolled into the city of Gaza on Tuesday. The Health Ministry in Gaza said an "
     "Israeli strike on a house killed six people.", "Gaza City"),
])
def test_the_office_is_no_place_of_the_toll_in_the_citys_report(text, where):
    assert [loc for _, loc, n in _events(text) if n == 6] == [where]


def test_the_office_alone_still_places_the_toll_at_the_strip():
    # (a report that names no city: the office's Strip is the toll's place, as before)
    text = ("The Ministry of Health in Gaza said another Israeli strike killed three women "
            "on Sunday.")
    assert [(loc, n) for _, loc, n in _events(text)] == [("Gaza Strip", 3)]
