"""A toll told after the dead it counts, "claiming the lives of all residents inside, at
least 100": the number after the comma is the toll."""

import pytest
from event_helpers import killed_counts as _killed


@pytest.mark.parametrize("text, dead", [
    ("Fifteen missiles targeted 12 buildings of the Al-Khatib family in Bureij, claiming the "
     "lives of all residents inside, at least 100.", 100),
    ("The strike hit the house in Jabalia, killing everyone inside, more than 30 people.", 30),
    ("Israeli jets flattened the building in Rafah, killing all the families sheltering "
     "there, 42 in total.", 42),
])
def test_the_count_after_all_the_dead(text, dead):
    assert _killed(text) == [dead]


@pytest.mark.parametrize("text", [
    # near misses: the number is no toll of all of them
    "The strike hit a house in Rafah, claiming the lives of all its residents, including 12 "
    "children.",
    "The army said it had killed all the gunmen, a spokesman said on 12 March.",
])
def test_no_toll_after_all_the_dead(text):
    assert _killed(text) == []
