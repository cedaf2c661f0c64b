"""Fighting named after a strike or shelling in a "during" or "amid" phrase is its setting:
the shells keep their kind and no clash is added; fighting told as news keeps its clash."""

from __future__ import annotations

from geoevents import parse


def _kinds(text: str) -> list[tuple[str, str, int | None]]:
    return [(e.sub_event_type, e.location, e.fatalities)
            for e in parse(text, published="2024-01-23").events]


def test_shells_during_fighting_are_shelling() -> None:
    assert _kinds("UNRWA said two shells hit its Khan Younis Training Centre during fighting "
                  "in the city's western outskirts.") == \
        [("Shelling/artillery/missile attack", "Khan Younis", None)]


def test_a_strike_amid_fighting_is_one_strike() -> None:
    assert _kinds("Six people were killed when an Israeli airstrike hit a house in Rafah "
                  "during intense fighting in the area.") == [("Air/drone strike", "Rafah", 6)]


def test_fighting_told_first_or_alone_keeps_its_clash() -> None:
    assert ("Armed clash", "Khan Younis", None) in \
        _kinds("Troops fought Hamas fighters in Khan Younis as tanks shelled the area.")
    assert ("Armed clash", "Jabalia", None) in \
        _kinds("Fighting raged in Jabalia, and shells hit the school.")
    assert _kinds("Two soldiers were killed during fighting in Beit Hanoun.") == \
        [("Armed clash", "Beit Hanoun", 2)]
