"""A camera's "captured", and people, weapons or goods taken, are no ground taken, while
troops capturing a place still code a transfer of territory."""

import pytest

from geoevents import parse

TERRITORY = "Non-violent transfer of territory"


def _subs(text, published="2024-03-22"):
    return [e.sub_event_type for e in parse(text, published=published).events]


@pytest.mark.parametrize("text", [
    "The scenes were captured from an Israeli drone over Bani Suheila in January, showing "
    "the pursuit of three men.",
    "Video footage captured on Tuesday morning in Rafah showed families taking cover.",
    "Footage captured by a drone over Jabalia on Monday shows the damage to the market.",
    "The moment was captured on camera in Deir al-Balah on Sunday.",
    "Anadolu cameras captured panic among displaced people at the site in Nuseirat on "
    "Monday.",
    "Images captured by a photographer in Beit Lahia on Friday show the flattened block.",
    "The aftermath was captured in footage from Tal al-Sultan on Wednesday.",
])
def test_a_recording_captured_is_no_territory_taken(text):
    assert TERRITORY not in _subs(text)


@pytest.mark.parametrize("text", [
    "Israeli troops captured the Rafah crossing on Tuesday.",
    # the camera in a clause of its own: the troops' capture stays
    "Israeli forces captured Beit Hanoun, where the footage was later filmed, on Monday.",
    "The army said its forces captured the Philadelphi corridor on Wednesday, releasing video "
    "of the operation.",
])
def test_ground_captured_by_troops_stays_a_transfer_of_territory(text):
    assert TERRITORY in _subs(text)


# -- people, weapons and goods taken are no ground either ---------------------------------
@pytest.mark.parametrize("text", [
    "Hamas gunmen killed a soldier east of Khan Younis and seized his weapon on Wednesday.",
    "Combat conditions in Rafah raise the chances of more soldiers being captured on Monday.",
    "Israeli naval forces seized the boat off Rafah on Monday.",
    "Troops fought for ten hours in western Jabalia on Monday, during which they seized "
    "weapons and exposed tunnel shafts.",
])
def test_people_or_things_taken_are_no_territory(text):
    assert TERRITORY not in _subs(text)


@pytest.mark.parametrize("text", [
    "Rafah was seized by Israeli troops on Tuesday.",
    "Israeli forces captured the town of Beit Hanoun from Hamas fighters on Monday.",
    "Israeli forces seized control of the Philadelphi corridor on Wednesday.",
])
def test_ground_seized_stays_territory_whoever_took_it(text):
    assert TERRITORY in _subs(text)
