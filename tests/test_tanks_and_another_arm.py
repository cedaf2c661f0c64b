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


def test_the_armys_fire_at_areas_is_shelling() -> None:
    assert _kinds("In Beit Lahiya, Israeli fire hit areas outside the yellow line.") == \
        [("Shelling/artillery/missile attack", "Beit Lahia")]
    assert _kinds("Israeli fire also struck eastern neighbourhoods of Khan Younis on Monday.") == \
        [("Shelling/artillery/missile attack", "Khan Younis")]


def test_the_armys_fire_at_people_or_bullets_is_no_shelling() -> None:
    assert _kinds("Three people were killed by Israeli fire in Jabalia.") == \
        [("Attack", "Jabalia")]
    assert _kinds("In Beit Lahiya, Israeli gunfire hit areas outside the yellow line.") == \
        [("Attack", "Beit Lahia")]
