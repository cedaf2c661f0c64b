"""Aid told as fired on in the passive is an attack on it, by whoever fired; a convoy with
no fire told is still aid delivered."""

from __future__ import annotations

import pytest

from geoevents import parse


def _kinds(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.sub_event_type, e.location, e.actor1)
            for e in parse(text, published="2023-12-29").events]


@pytest.mark.parametrize(("text", "place"), [
    ("The UN agency claimed that an aid convoy returning from northern Gaza was fired upon by "
     "the Israeli military.", "northern Gaza"),
    ("A WFP food convoy was reportedly fired at by Israeli troops near Wadi Gaza on Sunday.",
     "Wadi Gaza"),
    ("An aid convoy was fired on by Israeli troops near Rafah, the WFP said.", "Rafah"),
])
def test_a_convoy_fired_on_is_an_attack(text: str, place: str) -> None:
    assert _kinds(text) == [("Attack", place, "Israeli military")]


def test_a_convoy_that_entered_is_aid() -> None:
    assert _kinds("An aid convoy entered northern Gaza on Tuesday.") == \
        [("Aid delivery", "northern Gaza", None)]
