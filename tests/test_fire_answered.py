"""Fire answered with fire is a fight: "Coming under fire, they shot back, killing two
gunmen" is a battle, while fire at a convoy or a crowd that met no answer stays an attack
on civilians."""

from __future__ import annotations

import pytest

from geoevents import parse
from geoevents.trigger_table import ATTACK, BATTLE
from geoevents.triggers.fire_answered import answered_fire


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.location) for e in parse(text, published="2008-04-01").events]


@pytest.mark.parametrize("text, place", [
    ("Israeli commandos raided a house in central Gaza on Tuesday. Coming under fire, they "
     "shot back, killing two gunmen from the ruling Hamas faction.", "central Gaza"),
    ("Israeli troops entered Beit Lahia on Monday. Coming under heavy fire, they returned "
     "fire, killing a militant.", "Beit Lahia"),
    ("A patrol moved into Khan Younis on Sunday. They came under fire and fired back, "
     "killing three men.", "Khan Younis"),
])
def test_fire_returned_is_a_battle(text: str, place: str) -> None:
    kinds = _kinds(text)
    assert ("Battles", place) in kinds
    assert ("Violence against civilians", place) not in kinds


@pytest.mark.parametrize("text, place", [
    # near misses: fire that met no answer, at a convoy or at people
    ("An aid convoy came under fire near Wadi Gaza on Sunday, killing a driver.", "Wadi Gaza"),
    ("Residents were shot at near the Rafah crossing on Sunday, and one man was killed.",
     "Rafah Crossing"),
])
def test_fire_with_no_answer_stays_an_attack(text: str, place: str) -> None:
    assert ("Violence against civilians", place) in _kinds(text)


@pytest.mark.parametrize("sentence, expected", [
    ("coming under fire, they shot back, killing two gunmen", BATTLE),
    ("the convoy came under fire and the guards exchanged fire with the gunmen", BATTLE),
    ("the convoy came under fire; the guards did not return fire", ATTACK),
    ("the convoy came under fire without firing back", ATTACK),
    ("the convoy came under fire and turned back", ATTACK),
])
def test_answered_fire(sentence: str, expected: tuple[str, str]) -> None:
    at = sentence.index("came under") if "came under" in sentence else \
        sentence.index("coming under")
    assert answered_fire(sentence, 0, at, len(sentence), *ATTACK) == expected
