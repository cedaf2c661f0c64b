"""Strikes told going on ("Israeli forces are striking shelters", "the army continued
striking Beit Lahia", "jets kept striking Deir al-Balah overnight") are air strikes; a
strike one is able to make, threatens, has made for months, or a deal struck are not."""

import pytest

from geoevents import parse

AIR = ("Explosions/Remote violence", "Air/drone strike")


def _coded(text: str) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.sub_event_type, e.location)
            for e in parse(text, published="2024-06-29").events]


@pytest.mark.parametrize("text,place", [
    ("Witnesses said Israeli forces were striking homes in Bani Suheila on Friday.",
     "Bani Suheila"),
    ("The Israeli army continued striking Nuseirat on Friday, medics said.", "Nuseirat"),
    ("Israeli warplanes kept striking Tel al-Sultan overnight into Friday.", "Tel al-Sultan"),
])
def test_strikes_told_going_on_are_air_strikes(text, place):
    assert (*AIR, place) in _coded(text)


@pytest.mark.parametrize("text", [
    "Israel is capable of striking hundreds of targets in Khan Younis each day.",
    "Israel has been striking Khan Younis for months.",
    "The army threatened to keep striking Rafah if the rockets did not stop.",
    "Israel is striking a deal with Egypt over the Rafah crossing.",
])
def test_a_strike_able_threatened_long_or_a_deal_is_none(text):
    assert AIR not in [(t, s) for t, s, _ in _coded(text)]
