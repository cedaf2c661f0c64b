"""Words of a span that make no tally: the act a span began with, a range of hours."""

import pytest

from geoevents.casualties import find_casualties


def _counts(text):
    return [(c.kind, c.count, c.cumulative) for c in find_casualties(text)]


@pytest.mark.parametrize("text,want", [
    ("It began when Israel killed a senior Islamic Jihad commander in an airstrike at his "
     "house early yesterday.", [("killed", 1, False)]),
    ("The escalation began after militants killed two soldiers near the fence.",
     [("killed", 2, False)]),
    ("The flare-up began with a strike that killed three fighters in Khan Younis.",
     [("killed", 3, False)]),
])
def test_the_act_a_span_began_with_is_its_own_toll(text, want):
    assert _counts(text) == want


@pytest.mark.parametrize("text,want", [
    ("At least 195 Palestinians were killed and about 800 injured in less than 24 hours "
     "between 31 October and 1 November, in two rounds of Israeli airstrikes on Jabalia "
     "Refugee Camp.", [("killed", 195, False), ("injured", 800, False)]),
    ("Within 24 hours between 9 and 10 June, 41 people were killed in strikes on Rafah.",
     [("killed", 41, False)]),
])
def test_a_range_told_as_a_days_hours_is_no_tally(text, want):
    assert _counts(text) == want


@pytest.mark.parametrize("text,want", [
    ("More than 500 people have been killed since the offensive began.",
     [("killed", 500, True)]),
    ("Since the war began, Israeli strikes have killed 37,000 people.",
     [("killed", 37000, True)]),
    ("Between the afternoons of 15 and 18 July, 184 Palestinians were killed.",
     [("killed", 184, True)]),
    # (the last day of a range: the range stays a tally)
    ("Between 3 and 5 May, at least 63 Palestinians were killed in Rafah.",
     [("killed", 63, True)]),
])
def test_spans_stay_tallies(text, want):
    assert _counts(text) == want


@pytest.mark.parametrize("text,want", [
    ("At least 26 Palestinians have been killed by a series of Israeli airstrikes across the "
     "Gaza Strip, according to local health authorities.", [("killed", 26, False)]),
    ("At least 40 people have been killed in a wave of Israeli strikes on Rafah overnight.",
     [("killed", 40, False)]),
    ("Eleven people have been killed in a new round of Israeli raids on Khan Younis, medics "
     "said.", [("killed", 11, False)]),
])
def test_one_round_of_strikes_in_the_perfect_is_the_days(text, want):
    assert _counts(text) == want


@pytest.mark.parametrize("text,want", [
    ("Hundreds of people have been killed in a series of Israeli strikes over the past week.",
     [("killed", 100, True)]),
    ("More than 300 people have been killed in a series of strikes since the truce collapsed.",
     [("killed", 300, True)]),
    ("Israeli strikes have killed 37,000 people.", [("killed", 37000, True)]),
])
def test_a_round_of_strikes_over_a_span_stays_a_tally(text, want):
    assert _counts(text) == want
