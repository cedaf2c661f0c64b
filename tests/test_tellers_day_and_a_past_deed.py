"""A telling's day does not date a deed its clause sets at a time gone by.

"The Israeli army on Wednesday claimed to have killed a commander in a strike on Gaza City a
few days ago": Wednesday is the claim's day; the strike fell some day before, one the report
does not give, so the event has no day (as the gold leaves "storming it several days ago").
A day the deed is told on, or a lasting doing beside the telling, still dates it.
"""

import pytest

from geoevents import parse

PUBLISHED = "2025-04-16"  # a Wednesday


def _dated(text: str) -> list[tuple[str | None, int]]:
    return [(e.event_date, e.time_precision) for e in parse(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text", [
    "The Israeli army on Wednesday claimed to have killed a senior commander in a strike on "
    "Gaza City a few days ago.",
    "The army on Monday said it had killed a commander in an air strike in Khan Younis "
    "several days ago.",
    "The army said on Tuesday it killed a Hamas commander in an air strike in Rafah some "
    "days ago.",
    "The army on Sunday announced it had killed a commander in an air strike in Jabalia "
    "earlier this month.",
    "Israel's military said Monday it killed two militants in a drone strike in Beit Lahia "
    "last month.",
])
def test_a_deed_told_at_a_time_gone_by_has_no_day_of_the_telling(text):
    assert _dated(text) == [(None, 3)]


@pytest.mark.parametrize("text,day", [
    # the deed's own day, told with the telling's
    ("The army said on Monday it killed five militants in an air strike in Rafah.",
     "2025-04-14"),
    ("The army said on Tuesday it killed a commander in an air strike in Rafah on Sunday.",
     "2025-04-13"),
    # a lasting doing of a relative clause, not the deed's time
    ("The army said on Monday it killed five militants in Khan Younis, where troops had "
     "operated for several days.", "2025-04-14"),
    # a time counted back from the report ("two weeks ago") dates the deed, not the telling
    ("The army said on Sunday it had killed a commander in an air strike in Jabalia two weeks "
     "ago.", "2025-04-02"),
    # the time gone by is another clause's, the deed's day the one opening the sentence
    ("On Monday, an air strike killed five people in a house in Rafah that the family had "
     "fled a few days ago.", "2025-04-14"),
])
def test_near_misses_keep_their_day(text, day):
    assert _dated(text)[0][0] == day
