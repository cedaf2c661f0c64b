"""Quarters the gazetteer does not know, told with the Arabic article or as part of the
town a report names next: found, and never put in a like-sounding place of another town."""

from __future__ import annotations

import pytest

from geoevents import find_places, parse


def _found(text: str) -> dict[str, str | None]:
    return {m.surface: m.place_id for m in find_places(text).mentions}


@pytest.mark.parametrize("text,surface,place_id", [
    # "An" before "N" is the article ("an-Nasser"), not English "an"
    ("Tanks were seen in An Nuseirat on Friday.", "An Nuseirat", "town:nuseirat"),
    ("Shelling in An Nasr area of Rafah killed two.", "An Nasr", "village:an-nasr"),
    ("Four hospitals in An Nasser area of Gaza city were encircled.", "An Nasser", None),
    ("Families fled from homes near An Naser, in Gaza City, overnight.", "An Naser", None),
])
def test_a_name_after_the_article_an(text, surface, place_id):
    got = _found(text)
    assert surface in got and got[surface] == place_id


@pytest.mark.parametrize("text", [
    "He was killed in An Israeli strike, the ministry said.",
    "It happened at An Early hour.",
])
def test_english_an_before_another_letter_is_no_name(text):
    assert not any(s.startswith("An ") for s in _found(text))


@pytest.mark.parametrize("text,surface,wrong", [
    # the an-Nasr quarter of Gaza City is not the village of An-Nasr in Rafah
    ("Strikes in the Nasser neighbourhood of Gaza City killed three.", "Nasser",
     "village:an-nasr"),
    ("Troops pushed into the Naser area of Gaza City.", "Naser", "village:an-nasr"),
    # a hospital abroad is no like-spelt hospital of Gaza
    ("The hostage was treated at Ichilov Hospital in Tel Aviv.", "Ichilov Hospital",
     "hospital:al-helou-international-hospital"),
])
def test_a_loose_spelling_is_no_place_outside_the_town_told(text, surface, wrong):
    got = _found(text)
    assert surface in got and got[surface] != wrong
    assert all(e.place_id != wrong for e in parse(text).events)


@pytest.mark.parametrize("text,surface,place_id", [
    # where the town told is the candidate's own, the close spelling stands
    ("Strikes in the Nasser neighbourhood of Rafah killed three.", "Nasser",
     "village:an-nasr"),
    ("Clashes in Shujaiya area of Gaza City on Monday.", "Shujaiya",
     "neighbourhood:shujaiyya"),
    ("Strikes in Zaytoon neighbourhood of Gaza City killed four.", "Zaytoon neighbourhood",
     "neighbourhood:zeitoun"),
])
def test_a_loose_spelling_inside_the_town_told_stands(text, surface, place_id):
    assert _found(text).get(surface) == place_id


def test_a_list_of_quarters_goes_on_past_a_name_with_its_noun():
    text = ("The army ordered the neighbourhoods of An Nassar, Ash Sheikh Radwan, Ash Shati "
            "Refugee camp, Sabra, Ash Sheikh ‘Ajlin, and Tel Al Hawa in western Gaza city "
            "to evacuate.")
    got = _found(text)
    assert got["Ash Shati Refugee camp"] == "camp:beach-camp"
    assert "Ash Sheikh ‘Ajlin" in got and got["Tel Al Hawa"] == "neighbourhood:tel-al-hawa"
    # An-Nasr of Rafah is not a quarter of western Gaza City
    assert "An Nassar" in got and got["An Nassar"] is None


def test_a_list_in_the_candidates_own_town_keeps_it():
    text = "Orders covered the neighbourhoods of An Nasr, Al Buyuk and Khirbet al-Adas in Rafah."
    assert _found(text)["An Nasr"] == "village:an-nasr"
