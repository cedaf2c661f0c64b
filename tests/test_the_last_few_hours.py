"""A count "in the last few hours" is the day's latest news, as "in the past 24 hours" is,
not a tally of a span: "ground forces have killed some 130 terrorists during clashes in the
northern Gaza Strip in the last few hours" is the clashes' toll, and the headline over it
("IDF: 130 terrorists killed over last few hours") folds into that one record."""

from __future__ import annotations

import pytest

from geoevents import parse
from geoevents.casualties import find_casualties


def _counts(text: str) -> list[tuple[int | None, bool]]:
    return [(c.count, c.cumulative) for c in find_casualties(text, 0, len(text))]


@pytest.mark.parametrize("text,count", [
    ("The army says ground forces have killed some 130 terrorists during clashes in the "
     "northern Gaza Strip in the last few hours.", 130),
    ("Israeli strikes have killed 40 people in Khan Younis in the past several hours, medics "
     "said.", 40),
    ("Troops have killed about 25 gunmen in Rafah in the past couple of hours, the military "
     "said.", 25),
])
def test_a_count_of_the_last_hours_is_the_days(text, count):
    assert _counts(text) == [(count, False)]


@pytest.mark.parametrize("text,count", [
    ("Israeli attacks have killed 500 people over the past few weeks.", 500),
    ("Israeli strikes have killed 120 people in the last few days, the ministry said.", 120),
    ("Israeli strikes have killed 40,000 people since October.", 40000),
])
def test_a_span_of_days_or_weeks_is_still_a_tally(text, count):
    assert _counts(text) == [(count, True)]


@pytest.mark.parametrize("text,place,count", [
    ("IDF: 130 terrorists killed over last few hours\n\nThe Israel Defense Forces says ground "
     "forces have killed some 130 terrorists during clashes in the northern Gaza Strip in the "
     "last few hours.\n\nThe IDF says the troops continue to wage fierce battles against Hamas "
     "terrorists.", "northern Gaza", 130),
    ("Troops kill dozens of gunmen in Rafah\n\nThe military said troops had killed about 40 "
     "gunmen in close-quarters fighting in Rafah in the past few hours.\n\nFighting went on "
     "into the night.", "Rafah", 40),
])
def test_the_headline_is_the_bodys_battle_told_again(text, place, count):
    got = [(e.event_type, e.location, e.fatalities)
           for e in parse(text, published="2023-11-02").events]
    assert ("Battles", place, count) in got
    assert [n for _, _, n in got if n] == [count]
