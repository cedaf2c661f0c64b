"""A toll told in a sentence that names no place is the toll of the one attack the report
places that day; a toll told for Gaza, or beside an attack with a count of its own or
beside two attacks, stays where it was told."""

from __future__ import annotations

import pytest

from geoevents import parse
from geoevents.event_merge.told_with_no_place import a_toll_told_with_no_place
from geoevents.model import Event


def _records(text: str, published: str) -> list[tuple[str | None, str, int | None]]:
    return [(e.event_date, e.location, e.fatalities)
            for e in parse(text, published=published).events]


@pytest.mark.parametrize("text, published, place, count", [
    ('Civil defence spokesman Mahmud Bassal said the bodies of "at least four dead were '
     'transported to hospital" on Monday.\n\n"They were hit while driving in a jeep in '
     'Rafah," Bassal said.', "2024-03-04", "Rafah", 4),
    ("Medics said the bodies of six people were brought to hospital on Thursday.\n\n"
     "Residents said an Israeli airstrike hit a car in Deir al-Balah on Thursday.",
     "2024-05-09", "Deir al-Balah", 6),
])
def test_a_toll_told_with_no_place_is_the_placed_attacks(text, published, place, count):
    records = _records(text, published)
    assert [(p, n) for _, p, n in records] == [(place, count)]


@pytest.mark.parametrize("text, published, expected", [
    # the toll told for Gaza: the Strip's day, the placed strike may be a part of it
    ("Israeli strikes killed seven people in Gaza on Monday, medics said.\n\n"
     "An Israeli airstrike hit a house in Rafah on Monday.", "2024-03-04",
     [("Gaza Strip", 7), ("Rafah", None)]),
    # the placed attack has a toll of its own: two attacks
    ("Medics said the bodies of six people were brought to hospital on Thursday.\n\n"
     "Residents said an Israeli airstrike hit a car in Deir al-Balah on Thursday, killing two.",
     "2024-05-09", [("Gaza Strip", 6), ("Deir al-Balah", 2)]),
    # two attacks placed that day: whose toll it is is not told
    ("Medics said the bodies of six people were brought to hospital on Thursday.\n\n"
     "Residents said an Israeli airstrike hit a car in Deir al-Balah on Thursday. Another "
     "strike hit a house in Rafah on Thursday.", "2024-05-09",
     [("Gaza Strip", 6), ("Deir al-Balah", None), ("Rafah", None)]),
])
def test_a_toll_told_for_gaza_or_beside_other_tolls_stays(text, published, expected):
    assert [(p, n) for _, p, n in _records(text, published)] == expected


def _event(notes: str, place: str, fatalities: int | None) -> Event:
    return Event(event_id="e", report_id="r", event_date="2024-05-09", time_precision=1,
                 event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                 location=place, place_id=None, admin1=None, latitude=None, longitude=None,
                 geo_precision=1, notes=notes, confidence=0.9, fatalities=fatalities)


def test_different_targets_are_two_attacks():
    wide = _event("Medics said a strike on a school killed six people.", "Gaza Strip", 6)
    placed = _event("A strike hit a mosque in Deir al-Balah.", "Deir al-Balah", None)
    assert not a_toll_told_with_no_place(wide, placed, {"school"}, {"mosque"})
    assert a_toll_told_with_no_place(wide, placed, {"school"}, {"school"})
    assert a_toll_told_with_no_place(wide, placed, set(), {"mosque"})


def test_a_sentence_naming_the_strip_or_a_vague_toll_is_not_one():
    placed = _event("A strike hit a car in Deir al-Balah.", "Deir al-Balah", None)
    named = _event("Medics in the enclave said six people were killed.", "Gaza Strip", 6)
    vague = _event("Medics said several people were killed.", "Gaza Strip", 10)
    assert not a_toll_told_with_no_place(named, placed, set(), set())
    assert not a_toll_told_with_no_place(vague, placed, set(), set())
