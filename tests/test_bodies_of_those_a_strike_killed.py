"""Bodies recovered of people a strike told in the same clause killed, with the strike as
the subject of its own verb ("retrieved the bodies of six people killed when an Israeli
strike targeted a vehicle", "after a missile hit their car"), are the strike's dead; bodies
of another time or of no strike stay the dead of before."""

import pytest
from event_helpers import killed_counts as _dead


@pytest.mark.parametrize("text,n", [
    ("Civil defence teams retrieved the bodies of six people killed when an Israeli strike "
     "targeted a vehicle in Khan Younis on Tuesday.", 6),
    ("Rescuers recovered the bodies of four people killed when an Israeli strike hit a house "
     "in Jabalia.", 4),
    ("Crews recovered the bodies of nine people after a missile hit their car in Rafah.", 9),
    ("Paramedics pulled out the bodies of three people when shells slammed into a school in "
     "Beit Lahia.", 3),
])
def test_bodies_of_a_strike_told_as_its_subject(text, n):
    assert _dead(text) == [n]


@pytest.mark.parametrize("text", [
    "Rescuers recovered the bodies of six people killed when the army withdrew from Khan Younis.",
    "Rescuers recovered the bodies of six people killed when an Israeli strike hit a house in "
    "Khan Younis last month.",
    "Rescuers recovered the bodies of six people from a mass grave in Khan Younis.",
])
def test_bodies_of_before_stay_uncounted(text):
    assert _dead(text) == []
