"""An act told as expected or likely, however firmly ("highly likely", "widely expected"), is a
guess, not an event; the same words told as reported stay events."""

import pytest

from geoevents import parse


def _events(text):
    return [(e.sub_event_type, e.location) for e in parse(text, published="2025-05-21").events]


@pytest.mark.parametrize("guess", [
    "Israeli authorities had only allowed UN teams to go through areas of Khan Younis that were "
    "insecure – where looting was highly likely.",
    "In Rafah, displacement was widely expected.",
    "Looting was very likely in Deir al-Balah.",
    "In Beit Lahia, further displacement is increasingly feared.",
])
def test_an_act_guessed_however_firmly_is_no_event(guess):
    assert _events(guess) == []


@pytest.mark.parametrize("news, coded", [
    ("In Rafah, looting was widely reported.",
     ("Looting/property destruction", "Rafah")),
    ("Looting was reported in Deir al-Balah, where aid trucks were highly likely to pass.",
     ("Looting/property destruction", "Deir al-Balah")),
])
def test_an_act_reported_stays(news, coded):
    assert _events(news) == [coded]
