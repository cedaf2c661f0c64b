""""Hostilities" told region by region after a bombardment are that bombardment; alone,
after no bombardment, or beside fighting on the ground they stay a clash."""

from __future__ import annotations

import pytest

from geoevents import parse
from geoevents.trigger_table import AIR, BATTLE
from geoevents.triggers.hostilities_of_the_bombardment import hostilities_of_the_bombardment

_BOMBARDMENT = ("On 14 March, heavy Israeli bombardment from air, land and sea continued across "
                "most of the Gaza Strip. ")


def _kinds(text: str) -> set[tuple[str, str]]:
    return {(e.event_type, e.location) for e in parse(text, published="2024-03-15").events}


@pytest.mark.parametrize("text, place", [
    (_BOMBARDMENT + "In the north, Beit Hanoun was most affected; in the south, hostilities "
     "continued in Khan Younis and Rafah.", "Rafah"),
    ("Israeli airstrikes continued throughout the night across the Strip. Hostilities also "
     "continued in the Nuseirat and Maghazi camps.", "Maghazi Camp"),
])
def test_hostilities_after_a_bombardment_are_strikes(text: str, place: str) -> None:
    kinds = _kinds(text)
    assert ("Explosions/Remote violence", place) in kinds
    assert ("Battles", place) not in kinds


@pytest.mark.parametrize("text, place", [
    # near misses: no bombardment before, fighting told beside, a fight before
    ("On 22 January, hostilities further escalated in Khan Younis.", "Khan Younis"),
    (_BOMBARDMENT + "Hostilities were particularly intense in Khan Younis, with heavy "
     "fighting reported near Nasser hospital.", "Khan Younis"),
    ("On 14 March, ground fighting and airstrikes continued across the Strip. Hostilities "
     "continued in the Nuseirat and Maghazi camps.", "Maghazi Camp"),
])
def test_hostilities_otherwise_stay_a_clash(text: str, place: str) -> None:
    assert ("Battles", place) in _kinds(text)


def test_only_the_word_hostilities_is_retyped() -> None:
    low = ("airstrikes continued across the strip. in the south, clashes continued in rafah.")
    start = low.index("in the south")
    at = low.index("clashes")
    assert hostilities_of_the_bombardment(low, start, at, at + 7, len(low), *BATTLE) == BATTLE
    low = ("airstrikes continued across the strip. in the south, hostilities continued in rafah.")
    at = low.index("hostilities")
    assert hostilities_of_the_bombardment(low, start, at, at + 21, len(low), *BATTLE) == AIR
    # (the head of the text: no sentence before)
    assert hostilities_of_the_bombardment(low[start:], 0, at - start, at - start + 21,
                                          len(low) - start, *BATTLE) == BATTLE
