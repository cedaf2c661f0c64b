"""An operation's running toll, brought up by one more attack, is a tally."""

import pytest

from geoevents import parse
from geoevents.casualties import find_casualties


def _killed(text):
    return [(c.count, c.cumulative) for c in find_casualties(text) if c.kind == "killed"]


@pytest.mark.parametrize("text,own,running", [
    ("An Israeli strike on a house in Rafah killed five people on Friday, bringing the death "
     "toll of the ground operation to 320.", 5, 320),
    ("A strike on a tent in Jabalia killed six people, bringing the death toll since the "
     "operation began to 410.", 6, 410),
    ("Shelling killed three more people in Shejaia, raising the death toll of the incursion "
     "to 85.", 3, 85),
    ("Two soldiers were killed in Rafah, bringing the death toll of the offensive to 30.",
     2, 30),
])
def test_an_operations_running_toll_is_a_tally(text, own, running):
    killed = _killed(text)
    assert (own, False) in killed
    assert (running, False) not in killed


def test_the_attack_keeps_its_own_dead():
    doc = parse("An Israeli strike on a house in Rafah killed five people on Friday, bringing "
                "the death toll of the ground operation to 320.", published="2024-06-29")
    assert 320 not in [e.fatalities for e in doc.events]
    assert [e.fatalities for e in doc.events if e.event_type.startswith("Explosions")] == [5]


@pytest.mark.parametrize("text,want", [
    # (one attack's own toll brought up)
    ("A strike killed 12 people, bringing the death toll from the strike to 30.",
     [(12, False), (30, False)]),
    # (one operation of one day: its own dead, with its own verb)
    ("The operation killed 274 Palestinians in Nuseirat on Saturday.", [(274, False)]),
    ("The death toll from Saturday's rescue operation in Nuseirat has risen to 274.",
     [(274, False)]),
])
def test_one_acts_toll_stays_its_own(text, want):
    assert _killed(text) == want
