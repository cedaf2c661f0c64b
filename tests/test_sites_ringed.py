"""A hospital cut off by troops is a siege of it, told in words the siege row lacked.

"Medical sources confirmed that Israeli army isolated the Nasser Medical Complex in Khan
Yunis" and "the occupation forces surrounded its crews inside the society's building and
Al-Amal Hospital" tell a siege of the hospital as "forces surrounded the hospital" does; they
made no event before. "An isolated incident", water "cut off" and crews ringed in no
medical site are no siege.
"""

import pytest

from geoevents import parse

SIEGE = "Siege/encirclement"


def _sieges(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.location, e.actor1) for e in parse(text, published="2024-01-24").events
            if e.sub_event_type == SIEGE]


@pytest.mark.parametrize("text,place", [
    ("Medical sources confirmed that Israeli army isolated the Nasser Medical Complex in "
     "Khan Yunis.", "Nasser Medical Complex"),
    ("Israeli tanks cordoned off the Indonesian Hospital in Beit Lahia on Tuesday.",
     "Indonesian Hospital"),
    ("Israeli troops sealed off Kamal Adwan Hospital in Beit Lahia.", "Kamal Adwan Hospital"),
    ("Israeli troops surrounded dozens of patients inside Kamal Adwan Hospital in Beit Lahia.",
     "Kamal Adwan Hospital"),
    ("The Red Crescent said the occupation forces surrounded its crews inside the society's "
     "building and Al-Amal Hospital in Khan Younis.", "Al-Amal"),
])
def test_a_hospital_cut_off_by_troops_is_a_siege(text, place):
    assert _sieges(text) == [(place, "Israeli military")]


@pytest.mark.parametrize("text", [
    "This is not an isolated incident at the hospital in Khan Younis, the doctor said.",
    "Water supplies to the hospital in Khan Younis were cut off last week.",
    "Israeli forces surrounded its crews inside the society's building in Khan Younis.",
    "Residents of Rafah said they felt isolated from the hospital in Khan Younis.",
])
def test_near_misses_are_no_siege(text):
    assert _sieges(text) == []
