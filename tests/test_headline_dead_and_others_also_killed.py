"""A headline's dead and the dead its body tells "also", as "other" or "more", are one
strike's toll together (see event_merge.headlines.dead_besides_the_headlines)."""

from __future__ import annotations

import pytest

from geoevents import parse
from geoevents.event_merge.headlines import dead_besides_the_headlines


def _tolls(text: str) -> list[int | None]:
    return sorted(e.fatalities for e in parse(text, published="2025-07-14").events
                  if e.event_type == "Explosions/Remote violence")


@pytest.mark.parametrize("text,expected", [
    ("UNICEF Mourns Seven Children Killed Queuing For Water\n\nThe incident occurred in "
     "central Gaza on Sunday, according to media reports, which said that four other people "
     "also lost their lives due to the Israeli airstrike.", [11]),
    # other numbers, place and words
    ("Five Children Killed Waiting For Bread\n\nThe strike hit a bakery in Deir al-Balah on "
     "Sunday, and two more people were also killed in the Israeli airstrike, medics said.",
     [7]),
])
def test_the_bodys_other_dead_add_to_the_headlines(text, expected):
    assert _tolls(text) == expected


@pytest.mark.parametrize("notes,count,besides", [
    ("which said that four other people also lost their lives due to the airstrike.", 4, True),
    ("Three more people were also killed in the strike.", 3, True),
    ("The strike also killed two more people.", 2, True),
    # near-misses: the others hurt, no "also", a count that is not the one told
    ("four other people were wounded in the strike", 4, False),
    ("The strike killed four, and four other people were also wounded.", 4, False),
    ("Four people were killed in the strike in central Gaza.", 4, False),
    ("killing four other children", 4, False),
    ("which said that four other people also lost their lives", 5, False),
])
def test_dead_besides_the_headlines(notes, count, besides):
    assert dead_besides_the_headlines(notes, count) is besides
