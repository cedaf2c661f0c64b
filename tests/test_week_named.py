"""A week named right after a day that falls in it is that day's week: the day dates the
act; a day outside the week named, or the week alone, leaves the week's guess."""

import pytest

from geoevents import parse


def _days(text: str, published: str) -> list[tuple[str | None, str]]:
    return [(e.event_date, e.location) for e in parse(text, published=published).events]


@pytest.mark.parametrize("text,published,expected", [
    ("During Eid al-Fitr last week, the army attacked at least eight mosques in Nuseirat.",
     "2024-04-16", [("2024-04-10", "Nuseirat")]),
    ("On 10 April last week, Israeli tanks shelled homes in Beit Hanoun.", "2024-04-16",
     [("2024-04-10", "Beit Hanoun")]),
    # a weekday of last week is that day of the week before the report's (a Tuesday report)
    ("On Monday last week, Israeli tanks shelled homes in Rafah.", "2024-04-16",
     [("2024-04-08", "Rafah")]),
    ("On the third day of Eid al-Fitr this week, an airstrike hit a house in Deir al-Balah.",
     "2024-04-13", [("2024-04-12", "Deir al-Balah")]),
])
def test_the_day_the_week_qualifies_dates_the_act(text, published, expected):
    assert _days(text, published) == expected


@pytest.mark.parametrize("text,published,expected", [
    # the feast fell weeks before the week named: the week's guess
    ("During Eid al-Fitr last week, the army attacked at least eight mosques in Nuseirat.",
     "2024-04-30", [("2024-04-23", "Nuseirat")]),
    # the last Tuesday before a Monday report is not in this week
    ("On Tuesday this week, Israeli tanks shelled homes in Rafah.", "2024-04-15",
     [("2024-04-15", "Rafah")]),
    ("Last week, Israeli tanks shelled homes in Rafah.", "2024-04-16",
     [("2024-04-09", "Rafah")]),
])
def test_no_day_in_the_week_named_leaves_the_week(text, published, expected):
    assert _days(text, published) == expected
