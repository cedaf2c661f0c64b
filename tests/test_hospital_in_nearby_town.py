"""The town of a hospital the casualties were carried to, told "in nearby X", is no place of
an attack: "The bodies were transferred to Nasser Hospital in nearby Khan Younis"."""

import pytest

from geoevents import parse


def _places(text):
    return [(e.location, e.fatalities) for e in parse(text, published="2025-06-03").events]


@pytest.mark.parametrize("second,town", [
    ("The bodies of the 27 dead were transferred to Nasser Hospital in nearby Khan Younis.",
     "Khan Younis"),
    ("The bodies of nine people were taken to Al-Aqsa Martyrs Hospital in nearby "
     "Deir al-Balah.", "Deir al-Balah"),
    ("Civil defence crews brought the bodies to Al-Ahli hospital in nearby Gaza City, also "
     "reporting several wounded in the attack.", "Gaza City"),
    ("Four wounded were rushed to the Kuwaiti hospital in neighbouring Rafah after the "
     "strike.", "Rafah"),
])
def test_the_hospitals_town_is_no_second_attack(second, town):
    first = "An Israeli airstrike killed six people in Bureij on Tuesday."
    places = _places(first + " " + second)
    assert places and all(loc != town for loc, _ in places), places
    assert any(loc.startswith("Bureij") for loc, _ in places), places


def test_another_attack_in_a_nearby_town_stays():
    text = ("An Israeli airstrike killed six people in Bureij on Tuesday. Another strike killed "
            "two people in nearby Nuseirat.")
    locs = [loc for loc, _ in _places(text)]
    assert any(loc.startswith("Bureij") for loc in locs), locs
    assert any(loc.startswith("Nuseirat") for loc in locs), locs
