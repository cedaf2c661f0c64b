"""The army's move told by its way in, "ground troops had entered northern Gaza", "troops
moved into new areas of central Gaza", is fighting there as "tanks pushed deeper into
northern Gaza" is, even at a wide area; the people a strike killed as troops moved in are
no flight of their own. "Troops entered Gaza" (the war's invasion), troops entering a
building, and a move only guessed stay no battle."""

import pytest

from geoevents import parse


def _coded(text: str) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.sub_event_type, e.location)
            for e in parse(text, published="2024-06-29").events]


@pytest.mark.parametrize("text,place", [
    ("On Friday the army said ground troops had entered southern Gaza to widen its buffer "
     "zone.", "southern Gaza"),
    ("Israeli tanks moved into new areas of northern Gaza early on Friday.", "northern Gaza"),
    ("Israeli forces rolled deeper into central Gaza on Friday.", "central Gaza"),
    ("Soldiers entered Beit Hanoun on Friday, residents said.", "Beit Hanoun"),
])
def test_troops_entering_an_area_are_fighting_there(text, place):
    assert ("Battles", "Armed clash", place) in _coded(text)


def test_people_killed_as_troops_moved_in_are_no_flight():
    coded = _coded("A strike killed six Palestinians as Israeli troops moved into new areas "
                   "of central Gaza on Friday.")
    assert ("Battles", "Armed clash", "central Gaza") in coded
    assert "Displacement" not in [s for _, s, _ in coded]


@pytest.mark.parametrize("text", [
    "Israeli troops entered Gaza on 27 October.",
    "Israel's ground troops entered the Gaza Strip in late October.",
    "Israeli troops entered several areas of the Gaza Strip.",
    "Israeli troops may have entered northern Gaza, officials said.",
])
def test_the_war_several_areas_or_a_guess_is_no_battle(text):
    assert "Battles" not in [t for t, _, _ in _coded(text)]


def test_soldiers_entering_a_building_take_no_ground():
    coded = _coded("Four soldiers died in an explosion in Khan Younis on Friday. The army "
                   "found that the soldiers had entered the building to clear it.")
    assert "Battles" not in [t for t, _, _ in coded]
