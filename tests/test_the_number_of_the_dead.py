"""A toll told as "the number of the dead is ...": the figure a source gives, however it is
hedged."""

import pytest

from geoevents import parse
from geoevents.casualties import find_casualties


@pytest.mark.parametrize("text,n", [
    ("The number of fatalities is still uncertain, but is reported to be more than 500.", 500),
    ("The number of those reported killed is between 35 and 45.", 35),
    # (other nouns, hedges, numbers)
    ("The number of dead is estimated to be at least 40.", 40),
    ("The number of deaths was unclear, but was said to be around 70.", 70),
    ("The number of those killed was 12.", 12),
    ("The number of people killed in the strike was reported to be 23.", 23),
])
def test_the_number_of_the_dead_is_the_toll(text, n):
    assert [(c.kind, c.count) for c in find_casualties(text)] == [("killed", n)]


@pytest.mark.parametrize("text", [
    "The number of dead is unclear.",
    "The number of fatalities is still unknown, but prices rose to 40.",
    "The number of fatalities is still uncertain.",
])
def test_no_figure_no_toll(text):
    assert [c for c in find_casualties(text) if c.kind == "killed"] == []


def test_the_attacks_record_gets_it():
    doc = parse("On 17 October 2023, an explosion hit the al-Ahli Arab Hospital in Gaza City. "
                "The number of fatalities is still uncertain, but is reported to be more than "
                "500.", published="2023-10-18")
    assert [(e.location, e.fatalities) for e in doc.events] == [("Al-Ahli Arab Hospital", 500)]
