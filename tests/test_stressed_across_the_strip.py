"""A place told as where an act across the Strip was worst ("across most of the Gaza Strip,
especially in the refugee camps in central Gaza") is not where a later sentence that places
nothing happened: that sentence goes on with the Strip."""

from __future__ import annotations

import pytest

from geoevents import parse


def _clashes(text: str) -> list[str]:
    return [e.location for e in parse(text, published="2024-03-05").events
            if e.event_type == "Battles"]


@pytest.mark.parametrize("frame", [
    "Heavy Israeli bombardment continued across the Gaza Strip on 4 March, particularly in "
    "Khan Younis governorate.",
    "Israeli air strikes were reported throughout most of the Gaza Strip on 4 March, "
    "especially in Rafah and Deir al Balah.",
    "On 4 March, shelling continued across much of the Gaza Strip, notably in northern Gaza.",
])
@pytest.mark.parametrize("next_sentence", [
    "Fighting between Palestinian armed groups and Israeli forces was also reported.",
    "Ground operations and clashes between Israeli forces and Palestinian armed groups were "
    "also reported in most areas.",
])
def test_a_sentence_placing_nothing_goes_on_with_the_strip(frame, next_sentence):
    assert _clashes(f"{frame} {next_sentence}") == ["Gaza Strip"]


@pytest.mark.parametrize("text,where", [
    # near misses: a place told for itself, not stressed within the Strip
    ("Heavy Israeli bombardment continued across the Gaza Strip on 4 March. In Khan Younis, "
     "tanks shelled homes. Fighting between Palestinian armed groups and Israeli forces was "
     "also reported.", "Khan Younis"),
    ("Heavy Israeli bombardment continued in Khan Younis governorate on 4 March, particularly "
     "in Bani Suheila. Fighting between Palestinian armed groups and Israeli forces was also "
     "reported.", "Bani Suheila"),
])
def test_a_place_told_for_itself_still_carries(text, where):
    assert _clashes(text) == [where]
