"""A war's tally stays the frame when its only day is the day it was told, and a toll named
with whose dead it counts ("the death toll of Palestinians from Israeli airstrikes") is no
attack."""

import pytest

from geoevents import parse


def _events(text):
    return [(e.location, e.fatalities) for e in parse(text, published="2024-06-08").events]


@pytest.mark.parametrize("text", [
    "Israel's subsequent bombardment and invasion of Gaza has killed at least 36,801 "
    "Palestinians, according to an updated tally by the enclave's health ministry on Saturday.",
    "Hamas's raid killed some 1,200 people, according to Israeli authorities, and Israel's "
    "subsequent bombardment of Gaza has killed at least 36,801 Palestinians, according to the "
    "health ministry on Saturday.",
    "Israel's bombardment of Gaza has killed at least 36,801 Palestinians, the ministry said in "
    "a statement on Monday.",
    "Israel's offensive in Gaza has killed more than 40,000 Palestinians, the health ministry "
    "reported Tuesday.",
    "The death toll of Palestinians from Israeli airstrikes on the Gaza Strip has risen to "
    "5,087, the Hamas-run Health Ministry said on Monday.",
    "The death toll of Palestinians from Israeli airstrikes on the Gaza Strip has risen to "
    "5,087.",
    "The death toll of children from Israeli strikes on Gaza has climbed to 2,360, the "
    "ministry said.",
])
def test_a_war_tally_told_on_a_day_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text,want", [
    # (a deed of its own beside the tally, on a day of its own)
    ("Israel's bombardment of Gaza has killed at least 36,801 Palestinians; on Saturday an "
     "Israeli strike killed 12 people in Rafah, the ministry said.", ("Rafah", 12)),
    ("Israeli strikes on Saturday killed 40 people in Rafah, the ministry said on Sunday.",
     ("Rafah", 40)),
    ("Israeli forces have killed 22 people in Rafah, the ministry said on Saturday.",
     ("Rafah", 22)),
    # (one strike's toll, named with whose dead it counts)
    ("The death toll of Palestinians from the Israeli strike on a school in Nuseirat has risen "
     "to 33, the ministry said.", ("Nuseirat", 33)),
])
def test_a_deed_beside_or_one_strikes_toll_is_still_an_event(text, want):
    assert want in _events(text)


def test_a_deed_with_no_count_told_on_the_day_of_saying_stays_an_event():
    text = ("Israeli forces have ordered dozens of Palestinian families in southern Gaza to "
            "leave their homes in the first forced evacuation since October's ceasefire, as "
            "residents said on Tuesday the military was expanding the area under its control.")
    assert parse(text, published="2026-01-20").events
