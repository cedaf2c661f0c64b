"""A party named only as a side of a truce is no side of the violence told beside it."""

import pytest

from geoevents import parse
from geoevents.actors import ActorRef
from geoevents.event_actors.truce_parties import truce_parties_aside


def _sides(text, published="2025-11-04"):
    return [(e.sub_event_type, e.actor1, e.actor2) for e in parse(text, published=published).events]


@pytest.mark.parametrize("text", [
    "Israeli soldiers opened fire on Palestinians in Khan Younis on Tuesday, killing five, "
    "despite a ceasefire between Tel Aviv and Hamas.",
    "Israeli troops shot dead two men in Beit Lahia on Monday despite the truce with Hamas.",
    "An Israeli drone killed three people in Bani Suheila on Sunday, despite the ceasefire "
    "agreement reached with Hamas last month.",
    "Israeli tanks shelled eastern Rafah on Wednesday, killing four people, in breach of a "
    "ceasefire deal between Israel and Hamas.",
])
def test_the_truce_party_is_not_the_victims_side(text):
    sides = _sides(text)
    assert sides and all(a2 != "Hamas" for _, _, a2 in sides), sides
    assert any(a1 == "Israeli military" for _, a1, _ in sides), sides


@pytest.mark.parametrize("text,expected", [
    # (a party that acted, named before the truce's words, is still the actor)
    ("Hamas fighters attacked Israeli troops in Rafah on Sunday despite the ceasefire.",
     "Hamas"),
    # (a party fought, named as such, is still fought)
    ("Israeli troops clashed with Hamas militants in Shejaia on Monday, a day after a "
     "ceasefire was announced.", "Hamas"),
])
def test_parties_that_acted_or_fought_stay(text, expected):
    sides = _sides(text)
    assert any(expected in (a1, a2) for _, a1, a2 in sides), sides


def test_only_violent_units_lose_the_truce_party():
    text = "Israel agreed to a ceasefire with Hamas."
    named = [ActorRef("Hamas", "armed", text.index("Hamas"), "Palestine", len(text) - 1)]
    assert truce_parties_aside(text, "Strategic developments", 0, named) == named
    assert truce_parties_aside(text, "Violence against civilians", 0, named) == []


def test_a_party_far_from_the_truce_words_stays():
    text = ("The ceasefire took effect on Friday, and on Monday Hamas gunmen executed "
            "seven men in Gaza City.")
    at = text.index("Hamas")
    named = [ActorRef("Hamas", "armed", at, "Palestine", at + 5)]
    assert truce_parties_aside(text, "Violence against civilians", 0, named) == named
