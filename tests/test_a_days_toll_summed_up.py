"""A toll that sums up the day's attacks holds the dead told at their places before it."""

import pytest

from geoevents import parse


def _tolls(text):
    return [(e.event_date, e.location, e.fatalities)
            for e in parse(text, published="2024-06-29").events]


@pytest.mark.parametrize("text,want", [
    ("Four people were killed when an Israeli strike hit a house in Jabalia on Monday. "
     "Altogether, at least 30 people were killed in Israeli attacks across Gaza on Monday.",
     [("2024-06-24", "Jabalia", 4), ("2024-06-24", "Gaza Strip", 26)]),
    ("Two children were killed in a drone strike on a tent in al-Mawasi. In all, 25 "
     "Palestinians were killed across the Gaza Strip today, medics said.",
     [("2024-06-29", "al-Mawasi", 2), ("2024-06-29", "Gaza Strip", 23)]),
])
def test_the_sum_keeps_the_rest(text, want):
    assert _tolls(text) == want


@pytest.mark.parametrize("text,want", [
    # (told apart from the day's toll)
    ("Separately, four people were killed when an Israeli strike hit a house in Jabalia on "
     "Monday. Altogether, at least 30 people were killed in Israeli attacks across Gaza on "
     "Monday.", [("2024-06-24", "Jabalia", 4), ("2024-06-24", "Gaza Strip", 30)]),
    # (no word that sums up: the dead told before may be over and above it)
    ("Four people were killed when an Israeli strike hit a house in Jabalia on Monday. At "
     "least 30 people were killed in Israeli attacks across Gaza on Monday.",
     [("2024-06-24", "Jabalia", 4), ("2024-06-24", "Gaza Strip", 30)]),
    # (another day's dead)
    ("Four people were killed when an Israeli strike hit a house in Jabalia on Sunday. "
     "Altogether, at least 30 people were killed in Israeli attacks across Gaza on Monday.",
     [("2024-06-23", "Jabalia", 4), ("2024-06-24", "Gaza Strip", 30)]),
])
def test_the_sum_leaves_other_dead_alone(text, want):
    assert _tolls(text) == want


@pytest.mark.parametrize("text,want", [
    ("Israeli airstrikes kill at least 15 Palestinians queuing near a medical point in Deir "
     "al-Balah. They were among at least 82 killed in strikes in Gaza.",
     [("2024-06-29", "Deir al-Balah", 15), ("2024-06-29", "Gaza Strip", 67)]),
    ("An Israeli strike killed six people in a house in Bureij on Monday. They were among 40 "
     "people killed in raids across the Gaza Strip on Monday, medics said.",
     [("2024-06-24", "Bureij", 6), ("2024-06-24", "Gaza Strip", 34)]),
])
def test_a_toll_the_dead_told_before_were_among_keeps_the_rest(text, want):
    assert _tolls(text) == want


def test_among_a_toll_with_no_noun_is_a_count():
    from geoevents.casualties import find_casualties
    assert [(c.kind, c.count) for c in find_casualties(
        "They were among at least 82 killed in strikes in Gaza.")] == [("killed", 82)]
    assert [(c.kind, c.count) for c in find_casualties(
        "Among the dead were four children.")] == [("killed", 4)]


@pytest.mark.parametrize("text,want", [
    # (after a source's count of the day's many strikes, "in a separate incident" sets a
    # strike apart from the one told before it, not from the day's toll)
    ("At least 26 Palestinians have been killed by a series of Israeli airstrikes across the "
     "Gaza Strip, according to health officials. One of the deadliest strikes hit a police "
     "station in Jabalia, where nine people were killed. In a separate incident in Gaza City's "
     "Sheikh Radwan neighbourhood, six members of one family were killed.",
     {("Jabalia", 9), ("Sheikh Radwan", 6), ("Gaza Strip", 11)}),
    ("Israeli strikes killed at least 30 people across the Gaza Strip on Monday, medics said. "
     "A strike on a house in Rafah killed eight. In a separate strike, four people were killed "
     "in Bureij.", {("Rafah", 8), ("Bureij", 4), ("Gaza Strip", 18)}),
    # ("separately", "elsewhere": told apart from the day's toll)
    ("Israeli strikes killed at least 30 people across the Gaza Strip on Monday, medics said. "
     "A strike on a house in Rafah killed eight. Separately, four people were killed in "
     "Bureij.", {("Rafah", 8), ("Bureij", 4), ("Gaza Strip", 22)}),
])
def test_a_separate_strike_of_the_days_strikes_is_a_part(text, want):
    assert {(loc, n) for _, loc, n in _tolls(text)} == want
