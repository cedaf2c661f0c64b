"""A strike held, staged or joined by staff, or told with what it protests, is a walkout,
not an air strike; a killing named as what a protest is about is no toll of an attack.
A strike aimed at a target, whatever its verb, and a killing told as the act stay."""

import pytest

from geoevents import parse
from geoevents.triggers.walkouts import a_walkout

AIR = ("Explosions/Remote violence", "Air/drone strike")


def _coded(text: str) -> list[tuple[str, str, str, int | None]]:
    return [(e.event_type, e.sub_event_type, e.location, e.fatalities)
            for e in parse(text, published="2024-05-12").events]


@pytest.mark.parametrize("text", [
    "Teachers in Khan Younis staged a one-day strike over unpaid salaries on Monday.",
    "Doctors at Nasser hospital in Khan Younis joined the strike on Tuesday.",
    "Nurses in Deir al-Balah were holding a strike on Saturday at the clinic.",
    "Workers in Rafah began a strike in protest at the arrest of three colleagues.",
    "Municipal staff in Jabalia held an open-ended strike to protest the cuts.",
])
def test_a_walkout_is_no_air_strike(text):
    assert AIR not in [(t, s) for t, s, _, _ in _coded(text)]


@pytest.mark.parametrize("text,place,dead", [
    ("Israeli aircraft carried out a strike on Sunday on a house in Nuseirat camp, killing two.",
     "Nuseirat Camp", 2),
    ("Israeli jets joined the strike on Rafah on Monday, killing five.", "Rafah", 5),
    ("Israeli aircraft held a strike on a house in Beit Lahia, killing three.",
     "Beit Lahia", 3),
    ("A strike on a school in Khan Younis killed at least 12 people on Tuesday.",
     "Khan Younis", 12),
])
def test_a_strike_aimed_at_a_target_stays_an_attack(text, place, dead):
    assert (*AIR, place, dead) in _coded(text)


@pytest.mark.parametrize("text,place", [
    ("Staff at a school in Bureij camp held a strike on Monday to protest the killing of a "
     "teacher.", "Bureij Camp"),
    ("Hundreds marched in Rafah, protesting against the killing of five fishermen.", "Rafah"),
    ("Nurses in Khan Younis stopped work in protest at the killing of two paramedics.",
     "Khan Younis"),
])
def test_a_killing_protested_is_no_attack(text, place):
    coded = _coded(text)
    assert not [c for c in coded if c[0] == AIR[0] or c[3]], coded


@pytest.mark.parametrize("text,place,dead", [
    ("Israeli strikes killed five people in Rafah on Sunday, prompting protests.", "Rafah", 5),
    ("The killing of two colleagues in an Israeli strike in Nuseirat camp on Saturday "
     "prompted a strike.", "Nuseirat Camp", 2),
])
def test_a_killing_told_as_the_act_keeps_its_toll(text, place, dead):
    assert (*AIR, place, dead) in _coded(text)


def test_only_the_word_strike_is_weighed():
    low = "staff held a protest on sunday."
    at = low.index("protest")
    assert not a_walkout(low, 0, at, at + len("protest"), len(low))
