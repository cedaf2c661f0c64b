"""A report that calls the city "Gaza City" means the Strip by a bare "Gaza": the city sense
one mention's context chose ("Gaza's Shejaia neighbourhood") is not spread to the report's
other bare "Gaza"s. Where the report has no other name for the city, one sense per
discourse holds as before."""

from __future__ import annotations

import pytest

from geoevents import parse

_LEAD = ("Israeli strikes killed 14 people in Gaza on Tuesday, medics said. Rescuers said "
         "they pulled the bodies of two children from the rubble of one home. ")


def _places(text: str) -> list[str | None]:
    return [e.location for e in parse(text, published="2024-10-08").events]


@pytest.mark.parametrize("text,places", [
    (_LEAD + "One strike hit a house in Gaza's Shejaia neighbourhood, east of Gaza City, "
     "killing six.", ["Gaza Strip", "Shejaia"]),
    (_LEAD + "One strike hit a house in Gaza's Rimal neighbourhood, in Gaza City, killing six.",
     ["Gaza Strip", "Rimal"]),
    ("Israeli shelling in Gaza killed 11 people on Tuesday, officials said. The dead included "
     "a nurse and her two sons, relatives said at the morgue. Warplanes also struck the "
     "offices of Gaza's Endowments Ministry in the Zeitoun neighbourhood of Gaza City.",
     ["Gaza Strip", "Zeitoun"]),
])
def test_a_report_that_names_gaza_city_means_the_strip_by_gaza(text, places):
    assert _places(text) == places


@pytest.mark.parametrize("text,places", [
    # near misses: no "Gaza City" in the report, the city sense stands; the city named
    # right there stays the city
    (_LEAD + "One strike hit a house in Gaza's Shejaia neighbourhood, killing six.",
     ["Gaza City", "Shejaia"]),
    ("Israeli strikes killed 14 people in the city of Gaza on Tuesday. One strike hit a "
     "house in the Shejaia neighbourhood of Gaza City, killing six.", ["Gaza City", "Shejaia"]),
])
def test_the_city_sense_stands_where_the_report_has_no_other_name(text, places):
    assert _places(text) == places
