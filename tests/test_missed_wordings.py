"""Acts told in wordings the trigger table used to miss, with near-misses that stay as they were.

Each family is a grammatical variant of a row the table already has (another tense, a helper
or an adverb before the verb, another noun of the same family, the state as the subject),
so the tests give several places, verbs and orders, and the words close to them that tell
no such act.
"""

from __future__ import annotations

import pytest

from geoevents import parse

DESTRUCTION = ("Strategic developments", "Looting/property destruction")


def _kinds(text: str, published: str = "2025-09-15") -> list[tuple[str, str, str]]:
    return [(e.event_type, e.sub_event_type, e.location)
            for e in parse(text, published=published).events]


@pytest.mark.parametrize("text, place", [
    ("Israel destroys multiple high-rises in Gaza City after evacuation warning", "Gaza City"),
    ("The Israeli military destroyed a high-rise in Beit Lahia on Friday.", "Beit Lahia"),
    ("The army destroyed three high-rise towers in Khan Younis on Monday.", "Khan Younis"),
    ("Israel destroyed dozens of homes in Khuza'a on Sunday.", "Khuza'a"),
    ("Israeli forces have completely destroyed the remaining houses in Abasan al-Kabira.",
     "Abasan al-Kabira"),
])
def test_buildings_the_state_or_its_army_destroyed_are_property_destruction(text, place):
    assert (*DESTRUCTION, place) in _kinds(text)


@pytest.mark.parametrize("text", [
    "Hamas fighters destroyed two tanks in Khan Younis on Monday.",
    "Israel has destroyed the ability of Hamas to govern in Gaza City.",
    "Israeli forces destroyed weapons found in homes in Rafah on Monday.",
    "Israel vowed to destroy the high-rises of Gaza City.",
    "A high-rise in Gaza City was evacuated on Monday.",
])
def test_what_was_not_a_building_brought_down_is_no_destruction(text):
    assert not [k for k in _kinds(text) if k[:2] == DESTRUCTION]
