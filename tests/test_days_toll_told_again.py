"""A day's toll of many attacks stays the Strip's when a later sentence tells "the incident"
or another attack again at a site; one attack's toll goes to the site, whatever noun tells
it again."""

from __future__ import annotations

import pytest

from geoevents import parse

# the nouns that tell an attack again
_NOUNS = ["incident", "blast", "attack", "explosion", "strike"]
_DAYS_TOLLS = ["The Gaza health ministry said 52 people were killed in the Gaza Strip over the "
               "past day, bringing the death toll to 43,000.",
               "The Gaza health ministry said 52 people were killed in the Gaza Strip in the "
               "past 24 hours.",
               "Israeli strikes killed 52 people across the Gaza Strip on Monday."]
_THEN = " The ministry gave no breakdown. Officials spoke to reporters. The {} occurred near a " \
        "school in Rafah."


@pytest.mark.parametrize("lead", _DAYS_TOLLS)
@pytest.mark.parametrize("noun", _NOUNS)
def test_a_days_toll_is_not_placed_by_any_attack_told_again(lead, noun):
    # whatever noun tells it again, a day's toll of many attacks stays the Strip's
    got = {(e.location, e.fatalities)
           for e in parse(lead + _THEN.format(noun), published="2024-06-29").events}
    assert ("Gaza Strip", 52) in got, got


@pytest.mark.parametrize("noun", _NOUNS)
def test_one_attacks_toll_is_placed_by_any_noun_telling_it_again(noun):
    lead = "An Israeli strike killed 52 people in Gaza on Monday."
    got = [(e.location, e.fatalities)
           for e in parse(lead + _THEN.format(noun), published="2024-06-29").events]
    assert got == [("Rafah", 52)]
