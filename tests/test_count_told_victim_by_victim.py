"""An area's count told again victim by victim, each placed ("Three Palestinians were
killed on Monday in northern Gaza ... The man was shot dead in Beit Lahia. A woman was also
killed in Jabalia camp. A child died when a shell hit Beit Hanoun"), is those victims' own:
no third record at the area, and each victim told by a singular subject counts one. A count
larger than the victims told, and a placed attack told by no victim of its own beside them,
stay apart."""

from __future__ import annotations

import pytest

from geoevents import parse


def _records(text: str) -> list[tuple]:
    return [(e.location, e.fatalities) for e in parse(text, published="2025-03-11").events]


@pytest.mark.parametrize("text,expected", [
    ("Three Palestinians were killed on Monday in northern Gaza, medics said.\nThe man was "
     "shot dead by Israeli troops in Beit Lahia, medics said. A woman was also killed by a "
     "drone in Jabalia camp. A child died when a shell hit Beit Hanoun.",
     [("Beit Lahia", 1), ("Jabalia Camp", 1), ("Beit Hanoun", 1)]),
    ("Two Palestinians were killed on Tuesday in southern Gaza, medics said.\nA fisherman "
     "was shot dead by the Israeli navy off Rafah. A farmer was also killed by tank fire east "
     "of Khan Younis.",
     [("Rafah", 1), ("Khan Younis", 1)]),
])
def test_an_areas_count_told_victim_by_victim_is_theirs(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize("text,area,count", [
    # three killed, two victims told: the count may hold a third
    ("Three Palestinians were killed on Tuesday in southern Gaza, medics said.\nA fisherman "
     "was shot dead by the Israeli navy off Rafah. A farmer was also killed by tank fire east "
     "of Khan Younis.", "southern Gaza", 3),
    # a placed attack told by no victim of its own beside one victim
    ("Two Palestinians were killed on Tuesday in southern Gaza, medics said.\nA fisherman "
     "was shot dead by the Israeli navy off Rafah. Israeli tanks shelled homes east of Khan "
     "Younis.", "southern Gaza", 2),
])
def test_an_areas_count_not_told_victim_by_victim_stays(text, area, count):
    assert (area, count) in _records(text)
