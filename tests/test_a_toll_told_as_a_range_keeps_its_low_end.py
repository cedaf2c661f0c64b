"""A toll told as a range ("killing at least 55 to 93") already holds the figures other
sentences give for the same dead: the range's low end stands, ACLED's lowest figure (see
casualties.accounts.range_holds)."""

from __future__ import annotations

import pytest

from geoevents import parse
from geoevents.casualties.accounts import range_holds


def _tolls(text: str) -> list[tuple[str, int | None]]:
    return sorted((e.location, e.fatalities) for e in parse(text, published="2024-10-29").events
                  if e.fatalities)


@pytest.mark.parametrize("text,expected", [
    ("On 29 October 2024, the IDF conducted an airstrike on a residential building in Beit "
     "Lahia, killing at least 55 to 93 Palestinians. According to the Health Ministry, at "
     "least 93 people were confirmed killed in the strike.", [("Beit Lahia", 55)]),
    # other place, numbers and form of the range, the figure inside it
    ("On 29 October 2024, an Israeli airstrike hit a school in Nuseirat, killing between 20 "
     "and 31 people. Medics said 27 people were killed in the strike.", [("Nuseirat", 20)]),
])
def test_a_count_within_a_range_told_before_is_one_of_its_figures(text, expected):
    assert _tolls(text) == expected


@pytest.mark.parametrize("notes,low,other,holds", [
    ("killing at least 55 to 93 Palestinians", 55, 93, True),
    ("killing between 20 and 31 people", 20, 27, True),
    ("27-31 people were killed", 27, 31, True),
    # near-misses: a count beyond the range, a rise told "from ... to", not the range's low
    # end, two counts joined by "and" that are no range
    ("killing at least 55 to 93 Palestinians", 55, 120, False),
    ("the toll rose from 21 to 40", 21, 40, False),
    ("killing at least 55 to 93 Palestinians", 60, 93, False),
    ("killing 5 and wounding 30 others", 5, 12, False),
])
def test_range_holds(notes, low, other, holds):
    assert range_holds(notes, low, other) is holds
