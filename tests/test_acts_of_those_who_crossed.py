"""Acts told of fighters who crossed from the Strip into Israel happen in Israel: no Gaza
event; troops who crossed into the Strip act in it."""

from __future__ import annotations

import pytest

import geoevents

DAY = "2023-10-08"


@pytest.mark.parametrize("text", [
    "Gaza militants who crossed into Israel killed 20 people on Saturday, the army said.",
    "Gaza militants who had infiltrated southern Israel killed 7 soldiers on Monday.",
    "Islamic Jihad gunmen who crossed the border from Gaza killed three Israeli soldiers on "
    "Tuesday.",
    "Fighters from Gaza who stormed southern Israel killed 30 people in Sderot on Saturday.",
    "Gaza gunmen who crossed the border fence killed four residents of a kibbutz on Sunday, "
    "police said.",
    "Militants from the Gaza Strip who crossed into Israel killed nine people in their cars on "
    "Saturday.",
    "Hamas gunmen who broke through the fence killed 15 residents of Nir Oz on Saturday.",
    "Palestinian fighters killed 260 people at a music festival in their incursion into "
    "southern Israel on Saturday, the army said.",
])
def test_an_act_of_those_who_crossed_into_israel_is_no_gaza_event(text: str) -> None:
    assert geoevents.parse(text, published=DAY).events == ()


def test_the_next_sentences_strike_in_the_strip_stays() -> None:
    doc = geoevents.parse("Gaza militants who crossed into Israel killed 20 people on Saturday. "
                          "An Israeli air strike killed 12 people in Jabalia on Sunday.",
                          published=DAY)
    assert [(e.location, e.fatalities) for e in doc.events] == [("Jabalia", 12)]


@pytest.mark.parametrize("text, place, dead", [
    ("Israeli troops who crossed into Gaza killed 5 people in Beit Hanoun on Saturday.",
     "Beit Hanoun", 5),
    ("Israeli soldiers who crossed the border into the Gaza Strip killed 6 people in Rafah on "
     "Monday.", "Rafah", 6),
    ("Israeli forces who crossed the border killed 4 people in Khan Younis on Sunday.",
     "Khan Younis", 4),
    ("Commandos crossed into Gaza early Tuesday and killed 2 gunmen near Deir al-Balah.",
     "Deir al-Balah", 2),
])
def test_troops_who_crossed_into_the_strip_act_there(text: str, place: str, dead: int) -> None:
    events = geoevents.parse(text, published=DAY).events
    assert [(e.location, e.fatalities) for e in events] == [(place, dead)]
    assert events[0].actor1 == "Israeli military"
