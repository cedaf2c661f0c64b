"""Weapons the found dead seem to have been killed by are the finders' inference, no attack
of the report; a death told as a fact, or an inference with no bodies found, still is."""

from __future__ import annotations

from geoevents import parse


def _kinds(text: str) -> list[tuple[str, str, int | None]]:
    return [(e.sub_event_type, e.location, e.fatalities)
            for e in parse(text, published="2024-07-12").events]


def test_weapons_the_found_seem_killed_by_are_no_attack() -> None:
    assert _kinds("About 60 bodies have been found so far in Tal al-Hawa, including entire "
                  "families who appeared to have been killed by artillery fire and airstrikes "
                  "as they tried to flee.") == []
    assert _kinds("Crews found the bodies of a family in Jabalia who seem to have died in a "
                  "strike on their home.") == []


def test_a_death_told_as_a_fact_is_news() -> None:
    assert _kinds("Rescuers recovered the bodies of 12 people killed in an airstrike on a "
                  "house in Rafah on Monday.") == [("Air/drone strike", "Rafah", 12)]


def test_an_inference_with_no_bodies_found_is_news() -> None:
    assert [k for k, _, _ in _kinds("One of the five journalists appears to have been killed "
                                    "in the first air strike on Nasser Hospital.")] == \
        ["Air/drone strike"]
