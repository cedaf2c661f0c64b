"""Fatality and injury counts with ACLED's rules."""

import pytest

from geoevents.casualties import find_casualties, parse_number


@pytest.mark.parametrize("phrase,n", [
    ("at least 35", 35), ("more than 20", 20), ("nearly 38,000", 38000), ("two", 2),
    ("dozens", 12), ("a dozen", 12), ("several", 10), ("twenty-three", 23),
    ("between 45 and 50", 45), ("hundreds of", 100),
])
def test_parse_number(phrase, n):
    assert parse_number(phrase) == n


def _counts(text):
    return [(c.kind, c.count, c.cumulative) for c in find_casualties(text)]


def test_killed_and_injured():
    assert _counts("A strike on a house killed five people and wounded 12 others.") == [
        ("killed", 5, False), ("injured", 12, False)]


def test_passive_and_noun_forms():
    assert _counts("Two soldiers were killed.") == [("killed", 2, False)]
    assert _counts("the deaths of two soldiers") == [("killed", 2, False)]
    assert _counts("at least 63 fatalities") == [("killed", 63, False)]


def test_cumulative_totals_are_flagged():
    assert _counts("the offensive has resulted in nearly 38,000 deaths") == [
        ("killed", 38000, True)]
    assert _counts("Between the afternoons of 15 and 18 July, 184 Palestinians were killed")[0][2]


def test_casualties_is_not_a_death_count():
    assert _counts("Israel has reported over 300 military casualties") == []


def test_unconfirmed_and_impossible_counts_are_not_deaths():
    assert _counts("Hundreds of additional fatalities are believed to be trapped under the "
                   "rubble.") == []
    assert _counts("99999999999999999999999 people were killed") == []


def test_a_number_begins_a_word():
    # "UNRWA staff": the last letter of an acronym is not the article "a".
    assert _counts("two additional UNRWA staff have been killed") == [("killed", 2, False)]
    assert _counts("Gazan people were killed") == []


def test_digits_of_other_scripts():
    assert _counts("٣٥ people were killed") == [("killed", 35, False)]
