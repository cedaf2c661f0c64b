"""Soldiers a sentence tells "among the casualties" of a day's toll of troops, killed by a
blast, are a part of that toll: the blast keeps its dead and the fighting the rest, so no
soldier is counted twice (see tolls.day_tolls)."""

from __future__ import annotations

import pytest

from geoevents import parse


def _tolls(text: str) -> list[tuple[str, int | None]]:
    return sorted((e.event_type, e.fatalities)
                  for e in parse(text, published="2024-01-23").events if e.fatalities)


@pytest.mark.parametrize("text,expected", [
    ("Monday marked the deadliest day for the Israeli army in Gaza, with 24 soldiers losing "
     "their lives in Gaza. Among the casualties were 21 reservists who perished in an "
     "explosion caused by mines laid to demolish two buildings.",
     [("Battles", 3), ("Explosions/Remote violence", 21)]),
    # other numbers, words and order of the clauses
    ("Nine Israeli soldiers were killed in fighting in the Gaza Strip on Tuesday, the army "
     "said. Among the dead were six soldiers killed when a roadside bomb exploded under "
     "their vehicle.",
     [("Battles", 3), ("Explosions/Remote violence", 6)]),
    ("Fifteen troops were killed in battles in Gaza on Monday, the military said. Among "
     "those killed were 10 reservists who died in an explosion in a booby-trapped house.",
     [("Battles", 5), ("Explosions/Remote violence", 10)]),
])
def test_a_blasts_dead_among_a_fights_toll_are_a_part_of_it(text, expected):
    assert _tolls(text) == expected


@pytest.mark.parametrize("text,fight", [
    # near-misses: told as more, with "also", or not opening on the toll's dead: both stand
    ("Nine Israeli soldiers were killed in fighting in the Gaza Strip on Tuesday, the army "
     "said. Six other soldiers were killed when a roadside bomb exploded under their "
     "vehicle.", 9),
    ("Nine Israeli soldiers were killed in fighting in the Gaza Strip on Tuesday, the army "
     "said. Among the dead, six soldiers were also killed when a roadside bomb exploded under "
     "their vehicle.", 9),
    ("Nine Israeli soldiers were killed in fighting in the Gaza Strip on Tuesday, the army "
     "said. Six soldiers were killed when a roadside bomb exploded under their vehicle.", 9),
])
def test_a_blast_told_apart_from_a_fights_toll_leaves_it_whole(text, fight):
    assert ("Battles", fight) in _tolls(text)
