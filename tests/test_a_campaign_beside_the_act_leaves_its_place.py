"""What the army went on doing, told after an act in its clause (", as Israel intensified
its bombardment of northern Gaza"), is not where the act happened: a place it names inside
the act's own place does not narrow the act to it."""

from __future__ import annotations

import pytest

from geoevents import parse


def _places(text: str) -> list[tuple[str, int | None]]:
    return [(e.location, e.fatalities) for e in parse(text, published="2024-10-08").events]


@pytest.mark.parametrize("text,where,dead", [
    ("An Israeli airstrike on a school in the Gaza Strip on Monday killed at least 14 people, "
     "as Israel stepped up its bombardment of southern Gaza.", "Gaza Strip", 14),
    ("A drone strike on a car in the Gaza Strip killed three men on Monday, medics said, "
     "as Israel intensified its air strikes on central Gaza.", "Gaza Strip", 3),
    ("An Israeli strike on a tent in the Gaza Strip killed five people on Monday, as Israeli "
     "warplanes kept up their bombardment of Rafah.", "Gaza Strip", 5),
])
def test_the_act_keeps_its_own_place(text, where, dead):
    assert (where, dead) in _places(text)


@pytest.mark.parametrize("text,expected", [
    # near misses: a place apart is still the other act's (as before), and an act with no
    # place of its own takes what the clause names
    ("An Israeli strike on a mosque in Rafah on Monday killed 11 people, as Israel "
     "intensified its bombardment of northern Gaza.",
     [("Rafah", 11), ("northern Gaza", None)]),
    ("An Israeli airstrike killed 11 people on Monday, as Israel intensified its "
     "bombardment of northern Gaza.", [("northern Gaza", 11)]),
    ("An Israeli strike on a house in Khan Younis killed seven people on Monday, as Israel "
     "intensified its bombardment of Bani Suheila.", [("Khan Younis", 7), ("Bani Suheila", None)]),
    # (no act told beside: the part named is the place, as ever)
    ("An Israeli strike in the Gaza Strip hit a house in Jabalia on Monday, killing 11 people.",
     [("Jabalia", 11)]),
])
def test_what_is_not_beside_the_act_stays(text, expected):
    assert _places(text) == expected
