"""The bodies of some dead and one joined to them ("the bodies of four foreign aid workers
and their Palestinian driver were brought to a hospital") are all of the dead the verb after
them tells of, not the last one's own fate (see casualties.headcount.victims_joined)."""

from __future__ import annotations

import pytest

from geoevents.casualties import find_casualties


def _dead(text: str) -> list[int | None]:
    return [c.count for c in find_casualties(text) if c.kind == "killed"]


@pytest.mark.parametrize("text,dead", [
    ("According to the health ministry in Gaza, the bodies of four foreign aid workers and "
     "their Palestinian driver were brought to a hospital in Deir al-Balah.", [5]),
    # other numbers, kin and verbs of the bodies
    ("Rescuers said the bodies of three journalists and their driver were pulled from the "
     "car in Khan Younis.", [4]),
    ("The bodies of two paramedics and their colleague were taken to Nasser Hospital.", [3]),
    # near-misses: the last one joined with a fate of their own, or a verb of the deaths
    ("The strike caused the deaths of two paramedics and a journalist was wounded.", [2]),
    ("The strike caused the deaths of two paramedics and a journalist was arrested.", [2]),
])
def test_the_bodies_of_some_and_one_more(text, dead):
    assert _dead(text) == dead
