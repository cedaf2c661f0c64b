"""Fighting is not placed at a crossing whose gate lies across the fence (Kerem Shalom,
Erez); the Rafah crossing, inside the outline, and other acts at the far gates stay."""

from __future__ import annotations

import pytest

from geoevents import parse
from geoevents.events.gates_across_the_fence import without_gates_across_the_fence
from geoevents.gazetteer import Gazetteer


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.location) for e in parse(text, published="2024-05-14").events]


@pytest.mark.parametrize("text, kept", [
    # the far gate a landmark of fighting told at places of the Strip
    ("The Israeli ground offensive continues to expand, particularly in eastern Rafah, "
     "notably around the Kerem Shalom and Rafah Crossings.", {"Rafah", "Rafah Crossing"}),
    ("Fighting intensified on Tuesday in Beit Hanoun and around the Erez crossing.",
     {"Beit Hanoun"}),
    # the far gate all the sentence names: no battle
    ("On 9 June, a ground raid by Israeli troops began near the Kerem Shalom crossing.", set()),
    ("The raid occurred near Israeli military installations at the Kerem Shalom border "
     "crossing in the Gaza Strip.", set()),
])
def test_no_battle_at_a_gate_across_the_fence(text: str, kept: set[str]) -> None:
    events = _events(text)
    assert {place for kind, place in events if kind == "Battles"} == kept


@pytest.mark.parametrize("text, expected", [
    # near misses: the Rafah crossing lies inside the outline; rockets at a far gate, and
    # a gate reopened, are acts at the gate
    ("Clashes erupted on Tuesday near the Rafah crossing.", ("Battles", "Rafah Crossing")),
    ("Three soldiers were killed when Hamas launched a rocket barrage at the Kerem Shalom "
     "border crossing on Sunday.", ("Explosions/Remote violence", "Kerem Shalom Crossing")),
    ("Israel reopened the Kerem Shalom crossing on Sunday, allowing aid into Gaza.",
     ("Strategic developments", "Kerem Shalom Crossing")),
])
def test_other_acts_and_inner_gates_stay(text: str, expected: tuple[str, str]) -> None:
    assert expected in _events(text)


def test_only_battles_lose_the_far_gate() -> None:
    gaz = Gazetteer.default()
    doc = parse("Israel reopened the Kerem Shalom crossing on Sunday, allowing aid into Gaza.",
                published="2024-05-14")
    gate = next(m for m in doc.mentions if m.place_id == "crossing:kerem-shalom-crossing")
    placed = [(gate, 1, 0.9)]
    assert without_gates_across_the_fence("Strategic developments", placed, gaz) == placed
    assert without_gates_across_the_fence("Battles", placed, gaz) == []
