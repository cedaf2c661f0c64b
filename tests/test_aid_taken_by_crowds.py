"""Crowds or gangs storming a warehouse or hijacking aid trucks is looting, told by who they
are ("thousands of civilians stormed a UN-run warehouse", "armed looters hijacked 100 aid
trucks"), as "crowds broke into UNRWA warehouses" is; troops storming a warehouse stay a
raid, and people waiting at one are no event."""

import pytest

from geoevents import parse

LOOTING = ("Strategic developments", "Looting/property destruction")


def _coded(text: str) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.sub_event_type, e.location)
            for e in parse(text, published="2024-06-29").events]


@pytest.mark.parametrize("text,place", [
    ("Hundreds of residents stormed an aid warehouse in Khan Younis on Friday, the UN said.",
     "Khan Younis"),
    ("Armed gangs hijacked several aid trucks near Rafah on Friday.", "Rafah"),
    ("Crowds in Deir al-Balah ransacked a food distribution centre on Friday.",
     "Deir al-Balah"),
])
def test_crowds_or_gangs_taking_aid_are_looting(text, place):
    assert (*LOOTING, place) in _coded(text)


@pytest.mark.parametrize("text", [
    "Israeli troops stormed an UNRWA warehouse in Rafah on Friday.",
    "Hundreds of people waited at the aid warehouse in Rafah on Friday.",
    "Palestinians stormed the border fence east of Rafah on Friday.",
])
def test_troops_raiding_or_people_waiting_are_no_looting(text):
    assert LOOTING[1] not in [s for _, s, _ in _coded(text)]
