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


@pytest.mark.parametrize("text", [
    "The army ordered residents to move to al-Mawasi, which repeatedly came under Israeli "
    "fire more than 100 times, killing hundreds of civilians.",
    "Families were told to go to the Bureij school, which has been struck dozens of times "
    "since May.",
])
def test_a_place_described_by_attacks_counted_on_it_is_no_attack(text):
    coded = parse(text, published="2024-05-12").events
    assert not [e for e in coded if e.event_type in ("Violence against civilians",
                                                   "Explosions/Remote violence")], coded
    assert not [e for e in coded if e.fatalities], coded


@pytest.mark.parametrize("text,place,dead", [
    ("Families fled to the school in Nuseirat, which was struck three times on Monday, "
     "killing five.", "Nuseirat", 5),
    ("Israeli jets struck Rafah, which was hit dozens of times, killing 20.", "Rafah", 20),
    ("Al-Mawasi came under Israeli fire more than 10 times on Sunday, killing five.",
     "al-Mawasi", 5),
])
def test_attacks_told_once_or_with_their_day_keep_their_toll(text, place, dead):
    coded = parse(text, published="2024-05-12").events
    assert (place, dead) in [(e.location, e.fatalities) for e in coded], coded
