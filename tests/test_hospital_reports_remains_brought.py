"""A hospital, named with its town or its region, that reports the bodies or remains of some
people were brought to it after an attack told at another place is the source and where
the dead were taken, not the attack's place: "Nasser Hospital in southern Gaza reported
that the remains of two individuals were brought to the facility following an Israeli
drone assault in the town of Bani Suhaila"."""

import pytest

from geoevents import parse


def _places(text):
    return [e.location for e in parse(text, published="2025-11-24").events]


@pytest.mark.parametrize("text,place,hospital", [
    ("Nasser Hospital in southern Gaza reported that the remains of two individuals were "
     "brought to the facility following an Israeli drone assault in the town of Bani "
     "Suhaila, situated east of Khan Younis.", "Bani Suheila", "Nasser Medical Complex"),
    ("Al-Aqsa Hospital in central Gaza reported that the bodies of three men were brought to "
     "the hospital after an Israeli air strike on a house in the camp of Nuseirat.",
     "Nuseirat Camp", "Al-Aqsa Martyrs Hospital"),
    ("Al-Aqsa Hospital in Deir al-Balah reported that the bodies of four women were taken to "
     "the facility after an Israeli strike on a tent in the town of Az-Zawayda.",
     "Az-Zawayda", "Al-Aqsa Martyrs Hospital"),
])
def test_the_attack_is_where_it_was_told(text, place, hospital):
    places = _places(text)
    assert places == [place], places
    assert hospital not in places


@pytest.mark.parametrize("text,hospital", [
    # the hospital tells of itself hit: its own place
    ("Nasser Hospital in southern Gaza reported that Israeli tanks shelled the facility, "
     "killing two patients.", "Nasser Medical Complex"),
    # the bodies brought from "the same town": no other place told
    ("Nasser Hospital in Khan Younis said the bodies of two people were brought to the "
     "hospital after an Israeli strike in the same town.", "Nasser Medical Complex"),
])
def test_near_misses_keep_the_hospital(text, hospital):
    assert hospital in _places(text)


def test_a_source_telling_a_strike_elsewhere_is_unchanged():
    text = ("Nasser Hospital in southern Gaza reported that a drone struck the town of Bani "
            "Suhaila, killing two.")
    assert _places(text) == ["Bani Suheila"]
