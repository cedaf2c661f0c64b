"""Bodies returned or handed over, with the day told between: the dead of before, no attack."""

import pytest
from event_helpers import killed_counts as _killed

from geoevents import parse

_STRIKES_AFTER = " Israeli strikes on Gaza this week killed more than 100 people."


@pytest.mark.parametrize("text", [
    "The handover follows Israel's return Friday of the bodies of 30 Palestinians to "
    "authorities in Gaza.",
    "Israel returned on Tuesday the bodies of 15 Palestinians to the Red Cross.",
    "The handover on Sunday of the bodies of 45 Palestinians was completed.",
    "The hand-over of the bodies of 12 detainees took place at Kerem Shalom.",
    "Israel handed over late Monday the bodies of 41 Palestinians.",
])
def test_bodies_handed_back_count_no_dead(text):
    assert _killed(text) == []


@pytest.mark.parametrize("text", [
    "The handover follows Israel's return Friday of the bodies of 30 Palestinians to "
    "authorities in Gaza.",
    "Israel returned on Tuesday the bodies of 15 Palestinians to the Red Cross.",
])
def test_bodies_handed_back_make_no_strike_beside_the_weeks_strikes(text):
    doc = parse(text + _STRIKES_AFTER, published="2025-11-01")
    assert [e.fatalities for e in doc.events] == [100]


@pytest.mark.parametrize("text,n", [
    # (bodies pulled out of a strike told with them are still its toll, the day between)
    ("Rescuers recovered on Friday the bodies of 12 people from the rubble of a house hit "
     "by an Israeli air strike in Rafah.", 12),
    ("An Israeli strike on Friday killed 30 Palestinians in Rafah.", 30),
    ("Israel's strikes Friday killed 30 Palestinians in Rafah.", 30),
])
def test_a_strikes_dead_with_a_day_still_count(text, n):
    assert _killed(text) == [n]
