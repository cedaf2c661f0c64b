"""Bodies pulled from the rubble of a place told as just bombed ("recovered 5 dead and more
than 10 injured under the rubble of a bombed house") are that strike's dead; the rubble of
places ruined at any time, or bombed long before, still tells the dead of before."""

import pytest
from event_helpers import killed_counts as _dead


@pytest.mark.parametrize("text,n", [
    ("Rescue teams have recovered 5 dead and more than 10 injured under the rubble of a "
     "bombed house in the Al Rimal neighborhood.", 5),
    ("Rescue teams have recovered 5 bodies from under the rubble of a bombed house in "
     "Rimal.", 5),
    ("Civil defence crews recovered seven bodies from the rubble of a shelled building in "
     "Jabalia.", 7),
    ("Paramedics retrieved four bodies from the ruins of two targeted homes in Bureij.", 4),
])
def test_bombed_place_dead(text, n):
    assert n in _dead(text)


@pytest.mark.parametrize("text", [
    "Crews recovered 30 bodies from the rubble of destroyed homes in Rafah.",
    "Crews recovered 30 bodies from the rubble of homes bombed last month in Rafah.",
    "Crews recovered 12 bodies from the rubble of a bombed house in Rafah weeks after the "
    "army withdrew.",
])
def test_dead_of_before_stay_uncounted(text):
    assert not [n for n in _dead(text) if n]
