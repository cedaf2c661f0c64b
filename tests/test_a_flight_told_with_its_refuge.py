"""A flight told in the pluperfect with the refuge it ended in ("Some family members had
fled heavy bombing from other parts of the strip and taken refuge there") is how the people
came to be where the news found them: no displacement, and what they fled no attack of the
report's. A flight with a day of its own, or told in the past as the news, still is one."""

from __future__ import annotations

import pytest

from geoevents import parse


def _records(text: str) -> list[tuple]:
    return [(e.location, e.sub_event_type) for e in parse(text, published="2025-03-11").events]


@pytest.mark.parametrize("then", [
    "Some relatives had fled heavy shelling in Beit Hanoun and taken refuge there.",
    "Many of the families had escaped the fighting in Khan Younis and found shelter in its "
    "classrooms.",
    "Several of the victims had fled Rafah and sought refuge in the school.",
])
def test_a_flight_in_the_pluperfect_with_its_refuge_is_no_event(then):
    text = ("An Israeli airstrike hit a school in Deir al-Balah on Tuesday, killing 9 people."
            "\n" + then)
    assert _records(text) == [("Deir al-Balah", "Air/drone strike")]


@pytest.mark.parametrize("then,place", [
    ("Hundreds of families had fled Khan Younis on Monday and taken refuge in its "
     "classrooms.", "Khan Younis"),
    ("Hundreds of families fled Khan Younis and took refuge in Deir al-Balah on Tuesday.",
     "Khan Younis"),
])
def test_a_flight_with_a_day_or_told_as_news_stays(then, place):
    text = ("An Israeli airstrike hit a school in Deir al-Balah on Tuesday, killing 9 people."
            "\n" + then)
    assert (place, "Displacement") in _records(text)
