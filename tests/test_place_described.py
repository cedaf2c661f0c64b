"""A place described by the operations it sees ("eastern Rafah, a southern Gaza city where
it has expanded operations") tells no battle; operations told as an act, with a day of
their own or with no place described, still do."""

import pytest

from geoevents import parse

BATTLE = ("Battles", "Armed clash")


def _coded(text: str) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.sub_event_type, e.location)
            for e in parse(text, published="2024-05-12").events]


@pytest.mark.parametrize("text,kept", [
    ("The army also demanded the evacuation of parts of Khan Younis, a southern city where "
     "it has expanded operations.", "Evacuation order"),
    ("The army ordered residents of Beit Hanoun, where Israeli forces have been conducting a "
     "ground offensive, to leave.", "Evacuation order"),
    ("Families fled Deir al-Balah, a central town where troops have intensified their "
     "operations.", None),
    ("Officials warned that clinics could close in Bureij and Maghazi, where fighting has "
     "intensified.", None),
    ("Aid groups said they could not reach Beit Hanoun, where heavy clashes have raged.", None),
])
def test_a_place_described_by_its_operations_is_no_battle(text, kept):
    coded = _coded(text)
    assert BATTLE not in [(t, s) for t, s, _ in coded], coded
    if kept:
        assert kept in [s for _, s, _ in coded]


@pytest.mark.parametrize("text,place", [
    ("Israeli troops expanded operations in Rafah on Monday.", "Rafah"),
    ("The army ordered residents to leave Beit Lahia, where troops expanded operations on "
     "Monday.", "Beit Lahia"),
    ("Israel has expanded operations in eastern Rafah, residents said.", "Rafah"),
    ("Aid groups could not reach Beit Hanoun, where heavy clashes have raged since Sunday.",
     "Beit Hanoun"),
    ("Fighting has intensified in Khan Younis, residents said.", "Khan Younis"),
])
def test_operations_told_as_an_act_stay_a_battle(text, place):
    assert (*BATTLE, place) in _coded(text)
