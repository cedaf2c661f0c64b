"""How long captives were held ("hostages held since October") starts no tally: the toll
told beside it is the day's."""

import pytest

from geoevents import parse
from geoevents.casualties import find_casualties


def _counts(text):
    return [(c.count, c.cumulative) for c in find_casualties(text) if c.kind == "killed"]


@pytest.mark.parametrize("held", [
    "held since October",
    "who had been held since October",
    "held captive since October 7",
    "in captivity since October",
])
def test_the_rescue_and_the_attack_both_come_out(held):
    text = (f"The Israeli military said it rescued four hostages {held} in a raid in the "
            "central Gaza Strip today while Palestinian officials said an Israeli attack in "
            "the same area killed more than 50 people.")
    doc = parse(text, published="2024-06-08")
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [
        ("Hostage or prisoner release", None), ("Air/drone strike", 50)]


def test_another_toll_beside_a_captivity_is_the_days():
    text = ("Troops freed two captives held captive since October 7 in an operation in Rafah "
            "on Monday, as Israeli strikes killed 67 people there.")
    assert _counts(text) == [(67, False)]


@pytest.mark.parametrize("text", [
    "Since October, Israeli strikes have killed 120 people in Rafah, the ministry said.",
    "More than 36,000 Palestinians have been killed since October, the ministry said.",
    "Israeli strikes have killed 36,000 Palestinians since October 7.",
])
def test_a_toll_since_october_is_still_a_tally(text):
    assert all(cumulative for _, cumulative in _counts(text))
    assert not parse(text, published="2024-06-08").events
