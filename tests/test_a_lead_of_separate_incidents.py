"""A lead summing up separate incidents the report then tells one by one is no incident of
its own: dropped where their dead add up to its own, left with the rest where one incident
takes a share of them ("Five of them")."""

import pytest
from event_helpers import _events

_TWO_TOLD_APART = ("Israeli forces shot dead {n} Palestinians in Gaza on Tuesday. Medics said "
                   "three people were killed when an Israeli drone struck a group in Beit "
                   "Lahia. In a separate incident, an Israeli sniper killed a man in Rafah.")


def _tolls(text):
    return [(place, dead) for _, place, dead, _ in _events(text)]


def test_a_lead_whose_dead_the_separate_incidents_add_up_to_is_dropped():
    assert _tolls(_TWO_TOLD_APART.format(n="four")) == [("Beit Lahia", 3), ("Rafah", 1)]


def test_soldiers_killed_in_two_separate_attacks_told_after():
    text = ("The army said three soldiers were killed in two separate attacks in southern Gaza "
            "on Sunday. In the first incident, a soldier was killed by a sniper in Bani "
            "Suheila. The second attack occurred when a bomb exploded under a tank in Abasan, "
            "killing two soldiers.")
    assert _tolls(text) == [("Bani Suheila", 1), ("Abasan al-Kabira", 2)]


def test_a_share_of_the_leads_dead_leaves_it_the_rest():
    text = ("Health officials said at least nine Palestinians were killed by Israeli fire in "
            "northern Gaza on Monday in two separate incidents. Seven of them were killed in "
            "Beit Lahia.")
    assert _tolls(text) == [("northern Gaza", 2), ("Beit Lahia", 7)]


@pytest.mark.parametrize("text, lead", [
    # near misses: the parts do not add up to the lead, or are not told apart
    (_TWO_TOLD_APART.format(n="five"), ("Gaza Strip", 5)),
    ("Israeli forces shot dead four Palestinians in Gaza on Tuesday. Medics said three people "
     "were killed when an Israeli drone struck a group in Beit Lahia. An Israeli sniper also "
     "killed a man in Rafah.", ("Gaza Strip", 4)),
    ("Health officials said at least nine Palestinians were killed by Israeli fire in northern "
     "Gaza on Monday. Seven of them were killed in Beit Lahia.", ("northern Gaza", 9)),
])
def test_a_lead_not_summing_incidents_told_apart_stays(text, lead):
    assert lead in _tolls(text)
