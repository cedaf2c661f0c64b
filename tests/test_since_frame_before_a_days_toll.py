"""A "Since ...," frame opening a sentence before a day's own toll."""

import pytest

from geoevents import parse
from geoevents.casualties import find_casualties


def _killed(text):
    return [(c.count, c.cumulative) for c in find_casualties(text) if c.kind == "killed"]


@pytest.mark.parametrize("text,n", [
    ("Since the war began, an Israeli air strike on Tuesday killed 21 people in Rafah.", 21),
    ("Since October 7, an Israeli strike on a school in Nuseirat killed 14 people on Sunday.",
     14),
    ("Since the war began, 30 people were killed in an Israeli strike on a house in Jabalia "
     "on 3 June.", 30),
    ("Since the offensive started, Israeli shelling killed nine people in Bureij overnight.",
     9),
    ("Since the start of the war, tanks shelled a school in Jabalia yesterday, killing "
     "seven people.", 7),
])
def test_a_days_toll_after_the_frame_is_the_days(text, n):
    assert _killed(text) == [(n, False)]


def test_the_event_gets_the_days_toll():
    doc = parse("Since the war began, an Israeli air strike on Tuesday killed 21 people in "
                "Rafah.", published="2024-06-29")
    assert [(e.event_date, e.location, e.fatalities) for e in doc.events] == [
        ("2024-06-25", "Rafah", 21)]


@pytest.mark.parametrize("text", [
    "Since the war began, Israeli strikes have killed 37,000 people.",
    "Since October 7, at least 500 aid workers have been killed.",
    # (no day of the count's own)
    "Since the start of the offensive, an air strike killed 21 people in Rafah.",
    "Since October 7, Israeli strikes killed more than 300 people in Khan Younis.",
    # (the day inside the frame: the start of the span, not the count's)
    "Since the war resumed on 18 March, Israeli strikes killed 1,400 people in Gaza.",
    # (the perfect of a tally, with a day in its clause)
    "Since Saturday morning, at least 14 children have reportedly been killed in Gaza City.",
])
def test_the_tallies_after_the_frame_stay_tallies(text):
    assert all(cumulative for _, cumulative in _killed(text))


def test_a_days_share_of_the_tally_is_not_the_tallys_toll():
    assert _killed("Since the war began, more than 37,000 people were killed, including 40 "
                   "on Tuesday.")[0] == (37000, True)
