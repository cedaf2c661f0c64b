"""A span told of another act ("has been besieging the city since the beginning of the
week") does not make a count a tally when a later clause names the count's own day ("and,
on Monday, ..., where it launched bombings that night that left at least two dead"); a day
inside the span's own words, or a count told in the perfect of a tally, still is one."""

from __future__ import annotations

import pytest

from geoevents import parse
from geoevents.casualties import find_casualties


def _counts(text: str) -> list[tuple[int | None, bool]]:
    return [(c.count, c.cumulative) for c in find_casualties(text, 0, len(text))]


@pytest.mark.parametrize("text,count", [
    ("Israel has been besieging the city of Gaza since the beginning of the week and, on "
     "Monday, it had already ordered the inhabitants of several neighborhoods to move to Deir "
     "al-Balah, where it launched bombings that night that left at least two dead - one mother "
     "and her daughter.", 2),
    ("Troops have encircled Jabalia since the start of the month, and on Tuesday an air "
     "strike on a school there killed 15 people.", 15),
    ("The army has pressed its raid on Khan Younis since the start of the offensive; "
     "yesterday shelling near Nasser Hospital killed seven.", 7),
])
def test_a_count_of_a_day_told_after_another_acts_span_is_the_days(text, count):
    assert _counts(text) == [(count, False)]


@pytest.mark.parametrize("text,count", [
    # the day the span starts from, in its own words
    ("Since the start of the truce on 10 October, 40 people were killed.", 40),
    # the perfect of a tally
    ("Since the beginning of the week, Israeli strikes have killed 120 people, the ministry "
     "said on Monday.", 120),
    ("Since the beginning of the war, 40,000 people have been killed, the ministry said on "
     "Monday.", 40000),
    # no day of the count's own
    ("So far, 300 people were killed in Rafah, officials said.", 300),
])
def test_a_span_framing_the_count_still_makes_a_tally(text, count):
    assert _counts(text) == [(count, True)]


def test_the_nights_dead_are_the_strikes_toll():
    text = ("Israel has been besieging the city of Gaza since the beginning of the week and, on "
            "Monday, it ordered the inhabitants of several neighbourhoods to move to Deir "
            "al-Balah, where it launched bombings that night that left at least two dead - one "
            "mother and her daughter.")
    got = [(e.sub_event_type, e.location, e.fatalities)
           for e in parse(text, published="2024-07-10").events if e.fatalities]
    assert got == [("Air/drone strike", "Deir al-Balah", 2)]
