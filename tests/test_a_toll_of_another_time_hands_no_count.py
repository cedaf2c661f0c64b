"""A past attack a sentence tells with no day of its own ("earlier this year", "last
month") is keyed with the day's attack at the same place only by the report's day: the
day's attack keeps its own count (see event_merge.merging._told_count)."""

from __future__ import annotations

import pytest

from geoevents import parse


def _tolls(text: str, day: str = "2024-11-30") -> list[int | None]:
    """The counts of the strikes coded on ``day``, the report's."""
    return sorted(e.fatalities for e in parse(text, published="2024-11-30").events
                  if e.event_type == "Explosions/Remote violence" and e.event_date == day)


@pytest.mark.parametrize("text", [
    "An Israeli airstrike on a car in the Gaza Strip on Saturday killed five people, "
    "including employees of World Central Kitchen. The charity had suspended its aid "
    "deliveries in Gaza earlier this year after an Israeli strike killed seven of its "
    "workers.",
    # other words for the past, other order of the clauses
    "An Israeli airstrike on a car in the Gaza Strip on Saturday killed five people, "
    "including aid workers. Last month, an Israeli strike killed seven of the group's staff "
    "in Gaza.",
    "An Israeli airstrike on a car in the Gaza Strip on Saturday killed five people. Months "
    "ago an Israeli strike killed seven of the charity's workers in Gaza.",
])
def test_the_days_attack_keeps_its_count_beside_a_past_one(text):
    assert _tolls(text) == [5]


@pytest.mark.parametrize("text,day,count", [
    # other places, counts and words for the past; the day's attack keeps its own count
    ("An Israeli strike on a tent in Deir al-Balah on Sunday killed three people. The family "
     "had fled to the area earlier this month after an Israeli strike killed nine of their "
     "relatives in Deir al-Balah.", "2024-11-24", 3),
    ("An Israeli airstrike on a house in Rafah on Monday killed four people. The house had "
     "been hit weeks ago, when a strike killed six people in Rafah.", "2024-11-25", 4),
])
def test_a_past_attacks_count_stays_off_the_days(text, day, count):
    assert _tolls(text, day) == [count]


@pytest.mark.parametrize("text,expected", [
    # near-misses: the later sentence tells the same day's dead (a rise), or names its day
    ("An Israeli airstrike on a car in the Gaza Strip on Saturday killed five people. The "
     "Israeli strike killed seven people in all, medics said later.", 7),
    ("An Israeli airstrike on a car in the Gaza Strip on Saturday killed five people. Earlier "
     "this week, on Saturday, an Israeli strike killed seven people in Gaza.", 7),
])
def test_a_count_of_the_same_day_still_counts(text, expected):
    assert expected in _tolls(text)
