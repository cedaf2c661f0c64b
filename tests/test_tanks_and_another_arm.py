"""Tanks named with another arm beside them ("tanks and helicopters targeted territory
northeast of Rafah") still tell the tanks' guns at a place; at fighters, or with arms that
fire nothing, they do not."""

from __future__ import annotations

from geoevents import parse


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.location) for e in parse(text, published="2025-11-25").events]


def test_tanks_and_helicopters_at_a_place_are_shelling() -> None:
    assert ("Shelling/artillery/missile attack", "Rafah") in \
        _kinds("In the south, tanks and helicopters targeted territory northeast of Rafah.")
    assert _kinds("Israeli tanks and artillery bombarded eastern Deir al-Balah on Monday.") == \
        [("Shelling/artillery/missile attack", "Deir al-Balah")]


def test_tanks_and_bulldozers_make_no_shelling() -> None:
    assert _kinds("Tanks and bulldozers targeted homes in Beit Hanoun.") == []
