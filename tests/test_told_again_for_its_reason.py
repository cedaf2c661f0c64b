"""Attacks told already, named again as "The strikes" only to say why they came, are no new
attack at the place of the reason; attacks told with a place of their own still are."""

from __future__ import annotations

from geoevents import parse


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.location) for e in parse(text, published="2025-10-20").events]


def test_the_strikes_answering_a_killing_in_rafah_are_not_placed_there() -> None:
    kinds = _kinds("Israeli forces launched a series of deadly air strikes across the territory "
                   "on Sunday. The strikes came in response to what Israel described as a "
                   "violation of the truce, alleging that Hamas militants had killed two Israeli "
                   "soldiers in Rafah, southern Gaza.")
    assert ("Air/drone strike", "Rafah") not in kinds
    assert ("Air/drone strike", "Gaza Strip") in kinds


def test_raids_told_as_retaliation_are_the_raids_before() -> None:
    kinds = _kinds("Israeli jets pounded Gaza overnight. These raids were in retaliation for a "
                   "rocket fired from Beit Hanoun.")
    assert ("Air/drone strike", "Beit Hanoun") not in kinds


def test_strikes_with_a_place_of_their_own_are_news() -> None:
    assert ("Air/drone strike", "Rafah") in \
        _kinds("Strikes on Rafah came in response to an attack on troops, the army said.")
