"""A hospital named for the crews it sent out, who carried the casualties back "to the
hospital", is where the dead were taken, not where they were hit: "Emergency teams at Nasser
Medical Complex transported both the fatality and the injured to the hospital, noting that an
Israeli military drone had bombed the area" tells again the strike told before."""

import pytest

from geoevents import parse
from geoevents.place_roles import hospitals_aside, its_crews_carried_them


def _places(text):
    return [e.location for e in parse(text, published="2025-10-21").events]


@pytest.mark.parametrize("first,second,place,hospital", [
    ("A drone strike killed a man in Al-Fukhari, east of Khan Younis.",
     "Emergency teams at Nasser Medical Complex transported both the fatality and the injured "
     "to the hospital, noting that an Israeli military drone had bombed the area.",
     "Al-Fukhari", "Nasser Medical Complex"),
    ("An Israeli air strike hit a house in Nuseirat on Monday, killing two.",
     "Rescue teams at Al-Aqsa Hospital brought the wounded to the hospital, saying a strike "
     "had hit the area.", "Nuseirat", "Al-Aqsa Martyrs Hospital"),
    ("Israeli shelling killed three people in Bani Suheila.",
     "Ambulance crews from Nasser Medical Complex carried the dead and the wounded to the "
     "facility after shells struck the area.", "Bani Suheila", "Nasser Medical Complex"),
])
def test_the_strike_stays_where_it_was_told(first, second, place, hospital):
    places = _places(first + " " + second)
    assert any(p.startswith(place) for p in places), places
    assert hospital not in places, places


@pytest.mark.parametrize("second,hospital", [
    # the crews tell of the hospital itself hit
    ("Emergency teams at Nasser Medical Complex said a drone struck the hospital's courtyard.",
     "Nasser Medical Complex"),
    # the casualties carried there, and the hospital then shelled
    ("Emergency teams at Nasser Medical Complex carried the wounded to the hospital, where "
     "tanks later shelled the hospital's courtyard.", "Nasser Medical Complex"),
])
def test_the_hospital_hit_keeps_its_place(second, hospital):
    places = _places("A drone strike killed a man in Al-Fukhari. " + second)
    assert hospital in places, places


def test_the_crews_hospital_is_set_aside_only_when_they_carried_them_back():
    for text, kept in [
        ("Emergency teams at Nasser Medical Complex transported the injured to the hospital.",
         False),
        ("Troops stormed Nasser Medical Complex and took the wounded to the hospital.", True),
    ]:
        here = [m for m in parse(text).mentions if m.place_id]
        assert bool(hospitals_aside(here, text)) is kept, text


@pytest.mark.parametrize("text,carried", [
    ("Emergency teams at Nasser Medical Complex rushed the wounded to the hospital.", True),
    # the carrying verb and the "to" in two clauses: no casualties carried back
    ("Emergency teams at Nasser Medical Complex carried out searches; tanks then advanced "
     "to the hospital.", False),
])
def test_the_crews_carried_them_back_within_one_clause(text, carried):
    hospital = next(m for m in parse(text).mentions if m.place_id)
    assert its_crews_carried_them(hospital, text, hospital.end) is carried
