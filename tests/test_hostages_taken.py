"""Hostages told as "abducted" were taken in Israel and held in the Strip: no arrest in the
Strip. Detentions by the army or a force in the Strip, told with the same word, stay
arrests, and abductions by gunmen stay abductions."""

import pytest

from geoevents import parse

# (a situation report on the Strip: a sentence with no place of its own falls back to it)
_HEAD = "Situation report on the Gaza Strip\n\n"


def _kinds(text):
    return [(e.sub_event_type, e.location)
            for e in parse(_HEAD + text, published="2024-05-17").events]


@pytest.mark.parametrize("taken", [
    "1,139 Israelis and foreign nationals were killed and 248 others were abducted and held "
    "hostage.",
    "The three were abducted from the Re'im music festival, including Shani Louk.",
    "Four of them were abducted from Kibbutz Nir Oz and are still held as hostages.",
    "The soldiers abducted on the border are still held captive.",
    "Two women abducted from their homes in southern Israel remain hostages.",
])
def test_hostages_abducted_are_no_arrest_in_the_strip(taken):
    assert "Arrests" not in [sub for sub, _ in _kinds(taken)]


@pytest.mark.parametrize("held, kind, place", [
    ("Israeli forces abducted 12 men in Beit Lahia on Monday.", "Arrests", "Beit Lahia"),
    ("Witnesses said soldiers abducted three paramedics at a checkpoint in Khan Younis.",
     "Arrests", "Khan Younis"),
    ("Gunmen abducted an aid worker in Rafah on Monday.", "Abduction/forced disappearance",
     "Rafah"),
])
def test_detentions_and_abductions_in_the_strip_stay(held, kind, place):
    assert (kind, place) in _kinds(held)
