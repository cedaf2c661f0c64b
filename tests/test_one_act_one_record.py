"""An act a sentence tells only as another act's bare backdrop ("alongside intense
bombardment", "during clashes with Hamas fighters") is that act's setting, no record of
its own. A backdrop with its own place, time, target, result or dead is an act of its own
and stays; so do two sub-types of one type told together."""

from __future__ import annotations

import pytest

from geoevents import parse


def _records(text: str) -> list[tuple[str | None, str, str, int | None]]:
    return [(e.location, e.event_type, e.sub_event_type, e.fatalities)
            for e in parse(text, published="2024-10-08").events]


_AIR = ("Explosions/Remote violence", "Air/drone strike")
_SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
_IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
_CLASH = ("Battles", "Armed clash")
_ORDER = ("Strategic developments", "Evacuation order")


@pytest.mark.parametrize("text,expected", [
    ("The largest Israeli ground operation so far took place on Monday in Beit Hanoun, "
     "alongside intense bombardment.", [("Beit Hanoun", *_CLASH, None)]),
    ("Two Israeli soldiers were killed by an explosive device in Rafah on Monday during "
     "clashes with Hamas fighters.", [("Rafah", *_IED, 2)]),
    ("Israeli ground forces pushed deeper into Zeitoun on Monday, amid heavy bombardment, "
     "the absence of safety and a lack of water.", [("Zeitoun", *_CLASH, None)]),
])
def test_a_bare_backdrop_is_the_acts_setting(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a backdrop with a place of its own
    ("Israeli troops clashed with fighters in Zeitoun on Monday, alongside intense "
     "bombardment across Rafah.", [("Zeitoun", *_CLASH, None), ("Rafah", *_AIR, None)]),
    # a strike with its own dead beside a fight
    ("Israeli troops clashed with Hamas fighters in Zeitoun on Monday, as air strikes killed "
     "six people in the neighbourhood.", [("Zeitoun", *_CLASH, None), ("Zeitoun", *_AIR, 6)]),
    # a raid told as an act of its own, though clashes are its setting
    ("Troops raided Kamal Adwan Hospital on Monday amid clashes, and an airstrike killed "
     "three people at the hospital.",
     [("Kamal Adwan Hospital", *_CLASH, None), ("Kamal Adwan Hospital", *_AIR, 3)]),
    # two sub-types of one type: two records, as ever
    ("Air strikes and artillery shelling hit eastern Khan Younis on Monday, residents said.",
     [("Khan Younis", *_AIR, None), ("Khan Younis", *_SHELL, None)]),
])
def test_an_act_of_its_own_stays(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize("text", [
    # the backdrop's own target or result
    "Israeli troops advanced into Bureij on Monday amid airstrikes that levelled a school.",
    "Israeli tanks pushed into Bani Suheila on Monday amid heavy shelling, destroying homes.",
    "Israeli tanks rolled into Bureij on Monday amid heavy shelling of residential blocks.",
])
def test_a_backdrop_with_its_own_target_or_result_stays(text):
    kinds = {t for _, t, _, _ in _records(text)}
    assert kinds == {"Battles", "Explosions/Remote violence"}
