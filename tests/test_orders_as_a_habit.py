"""The moves that orders told as a habit tell people to make ("continues to issue
displacement orders - telling people to relocate to Al Mawasi") are no flight; the orders
stay as they were, and a flight or orders with a day of their own stay events."""

import pytest

from geoevents import parse

FLIGHT = "Displacement"


def _subs(text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.location)
            for e in parse(text, published="2024-05-12").events]


@pytest.mark.parametrize("text", [
    "Aid groups say the army continues to issue displacement orders - telling people to "
    "relocate to Deir al-Balah.",
    "The military has continued to issue evacuation orders for families in Beit Lahia, "
    "instructing them to move to Gaza City.",
    "The army keeps issuing orders telling residents of Bureij to head to Nuseirat.",
])
def test_the_moves_orders_kept_issuing_tell_are_no_flight(text):
    assert FLIGHT not in [s for s, _ in _subs(text)]


@pytest.mark.parametrize("text,place", [
    ("The army issued new displacement orders on Monday for Beit Lahia, telling people to "
     "relocate to Gaza City.", "Beit Lahia"),
    ("Families fled Khan Younis on Sunday as the army kept issuing orders telling them to "
     "move to al-Mawasi.", "Khan Younis"),
])
def test_a_flight_or_orders_of_a_day_stay(text, place):
    subs = _subs(text)
    assert any(p == place for _, p in subs), subs
