"""What an air force "targeted" or "attacked" is an air strike however wide the area named
("the Israeli air forces targeted several sites in the northern Gaza Strip"), unlike the
army's weak "targeted"; people it targeted with no weapon named stay no strike."""

import pytest

from geoevents import parse

AIR = ("Explosions/Remote violence", "Air/drone strike")


def _coded(text: str) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.sub_event_type, e.location)
            for e in parse(text, published="2024-06-29").events]


@pytest.mark.parametrize("text,place", [
    ("The Israeli air force targeted several sites in southern Gaza on Friday.",
     "southern Gaza"),
    ("The army said its air force attacked a Hamas command centre in central Gaza on Friday.",
     "central Gaza"),
    ("Israeli aircraft launched several raids on homes in Beit Lahia on Friday.",
     "Beit Lahia"),
])
def test_what_the_air_force_targeted_is_an_air_strike(text, place):
    assert (*AIR, place) in _coded(text)


def test_people_the_air_force_targeted_with_no_weapon_named_are_no_strike():
    assert AIR not in [(t, s) for t, s, _ in _coded(
        "The Israeli air force targeted civilians in southern Gaza, residents said on Friday.")]
