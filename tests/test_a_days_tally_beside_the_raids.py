"""A tallier's toll of the day told with the raids of the day as its backdrop, "reported 179
fatalities and 303 injuries within a day, with Israeli warplanes intensifying raids in
northern and southern Gaza", is the whole Strip's."""

import pytest
from event_helpers import _events


def _tolls(text):
    return [(place, dead) for _, place, dead, _ in _events(text) if dead]


@pytest.mark.parametrize("text, dead", [
    ("Palestinian Ministry of Health spokesman Ashraf al-Qudra reported 179 fatalities and 303 "
     "injuries within a day, with Israeli warplanes intensifying raids in northern and "
     "southern Gaza.", 179),
    ("The health ministry reported 95 fatalities in the past 24 hours, as Israeli warplanes "
     "intensified raids in northern Gaza.", 95),
    ("Health ministry spokesman Ashraf al-Qudra reported 140 fatalities within a day, amid "
     "heavy bombardment of Jabalia and Beit Lahia.", 140),
])
def test_the_tally_is_the_strips(text, dead):
    # ... and the raids' places give no record of their own beside it
    assert [(place, n) for _, place, n, _ in _events(text)] == [("Gaza Strip", dead)]


@pytest.mark.parametrize("text, toll", [
    # near misses: a place's own toll, a count told by no tallier of the Strip, no clause
    # told beside the tally
    ("The health ministry said 12 people were killed in Rafah in the past 24 hours, as "
     "Israeli raids went on.", ("Rafah", 12)),
    ("Medics said 12 people were killed in the past 24 hours, as Israeli tanks pushed into "
     "eastern Khan Younis.", ("Khan Younis", 12)),
    ("The health ministry said 88 people were killed in the past 24 hours and Israeli tanks "
     "pushed into eastern Khan Younis.", ("Khan Younis", 88)),
])
def test_a_place_or_a_tally_not_beside_keeps_its_place(text, toll):
    assert _tolls(text) == [toll]
