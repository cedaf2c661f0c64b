"""A toll whose killers the sentence names as armed men, with no weapon told, is their
attack, not an air strike by the Israeli military."""

from __future__ import annotations

import pytest

import geoevents
from geoevents.triggers.killed_by_fighters import killed_by_fighters

DAY = "2023-10-08"


@pytest.mark.parametrize("text, place, dead, actor", [
    ("Hamas gunmen killed 3 people in Khan Younis on Saturday.", "Khan Younis", 3, "Hamas"),
    ("Two men were killed by Hamas gunmen in Gaza City on Tuesday.", "Gaza City", 2, "Hamas"),
    ("Gunmen killed 4 men in Deir al-Balah on Sunday.", "Deir al-Balah", 4,
     "Palestinian militants"),
    ("Gaza militants killed 20 people on Saturday, the army said.", "Gaza Strip", 20,
     "Palestinian militants"),
])
def test_fighters_killing_is_their_attack(text: str, place: str, dead: int, actor: str) -> None:
    events = geoevents.parse(text, published=DAY).events
    assert [(e.location, e.sub_event_type, e.fatalities) for e in events] == \
        [(place, "Attack", dead)]
    assert events[0].actor1 == actor


@pytest.mark.parametrize("text", [
    "Israeli forces killed 24 people in Khan Younis on Saturday.",
    "Five people were killed in Jabalia on Saturday, medics said.",
    "Israeli strikes killed three Hamas gunmen in Rafah on Saturday.",
])
def test_a_toll_with_no_fighters_as_killers_stays_a_strike(text: str) -> None:
    events = geoevents.parse(text, published=DAY).events
    assert [(e.sub_event_type, e.actor1) for e in events] == \
        [("Air/drone strike", "Israeli military")]


@pytest.mark.parametrize("clause, told", [
    ("Masked gunmen on Monday killed two aid workers", True),
    ("militants who raided the house killed five", True),
    ("Hamas confirms that Israel killed Mohammed Deif", False),
    ("Hamas media put the number of people killed at 32", False),
    ("the Islamic Jihad claimed Monday's blast, which killed five Israelis", False),
    ("Hamas militants who were killed in Rafah numbered 12", False),
    ("Israeli gunmen killed two", False),
])
def test_who_killed(clause: str, told: bool) -> None:
    assert killed_by_fighters(clause) is told
