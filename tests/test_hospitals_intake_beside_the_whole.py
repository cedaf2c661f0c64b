"""The dead hospitals received, beside the whole toll told with its parts: the intake is a
part of the dead, so the whole's record keeps its rest, not the intake less the parts."""

import pytest

from geoevents import parse
from geoevents.casualties.accounts import intake_of_a_whole_told


def _dead(text):
    return [(e.location, e.fatalities) for e in parse(text, published="2025-09-14").events]


@pytest.mark.parametrize("text,want", [
    ("Medics said that 49 Palestinians, including 32 from Gaza City, have been killed in the "
     "Gaza Strip since dawn on Sunday. Hospitals in the Strip had received 45 martyrs since "
     "dawn, the sources said.", [("Gaza City", 32), ("Gaza Strip", 17)]),
    ("Medics said that 60 Palestinians, including 20 in Rafah, were killed across the Gaza "
     "Strip on Sunday. Hospitals across the Strip received 50 martyrs on Sunday, officials "
     "said.", [("Rafah", 20), ("Gaza Strip", 40)]),
])
def test_the_whole_keeps_its_rest(text, want):
    assert _dead(text) == want


def test_an_intake_larger_than_the_toll_told_is_as_before():
    # (the intake more than the toll: not a part of it, the fuller count as before)
    assert _dead("Medics said that 30 Palestinians, including 20 in Rafah, were killed across "
                 "the Gaza Strip on Sunday. Hospitals across the Strip received 50 martyrs on "
                 "Sunday, officials said.") == [("Rafah", 20), ("Gaza Strip", 30)]


@pytest.mark.parametrize("intake,n,whole,want", [
    ("Hospitals had received 45 martyrs since dawn.", 45,
     "49 Palestinians have been killed since dawn.", True),
    ("Nasser Hospital received 12 bodies.", 12, "At least 20 people were killed.", True),
    # (no intake: a count of its own)
    ("Officials said 45 people were killed.", 45, "49 Palestinians were killed.", False),
    # (the whole smaller than the intake)
    ("Hospitals had received 45 martyrs.", 45, "30 Palestinians were killed.", False),
])
def test_intake_of_a_whole_told(intake, n, whole, want):
    assert intake_of_a_whole_told(intake, n, whole) is want
