"""A scene told as unfolding at a place ("In Tel al-Sultan, scenes of horror unfolded
overnight") places the attack the next sentence tells with no place of its own."""

import pytest

from geoevents import parse


def _places(text: str) -> list[str | None]:
    return [e.location for e in parse(text, published="2025-03-24").events]


@pytest.mark.parametrize("text, place", [
    ("On the outskirts of Gaza's Rafah, in the Tel al-Sultan neighbourhood, scenes of horror "
     "unfolded overnight. The sky glowed red from relentless shelling, as Israeli tanks "
     "advanced from all directions.", "Tel al-Sultan"),
    ("In Gaza City's Shejaia neighbourhood, a night of terror played out. Israeli warplanes "
     "pounded homes until dawn.", "Shejaia"),
    ("In Bani Suheila, east of Khan Younis, chaos was unfolding on Sunday. Israeli artillery "
     "shelled the streets for hours.", "Bani Suheila"),
])
def test_the_scene_told_before_places_the_attack(text: str, place: str) -> None:
    assert _places(text)[0] == place


@pytest.mark.parametrize("text", [
    # (a sentence before that tells no scene there: the report's main place, as before)
    "On the outskirts of Gaza's Rafah, in the Tel al-Sultan neighbourhood, families have "
    "been without water for a week. Israeli tanks shelled homes from all directions.",
    "In Gaza City's Shejaia neighbourhood, residents said bread had run out. Israeli "
    "warplanes pounded homes until dawn.",
    # (an event of its own told as taking place there, not a scene)
    "In Gaza City's Shejaia neighbourhood, the funeral took place on Sunday. Israeli "
    "warplanes pounded homes until dawn.",
])
def test_no_scene_told_leaves_the_place_as_it_was(text: str) -> None:
    places = _places(text)
    assert places and places[0] not in {"Shejaia", "Tel al-Sultan"}
