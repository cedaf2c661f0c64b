"""A passive verb's agent told with "by" is who acted, not the teller who opens the sentence."""

import pytest

from geoevents import parse


def _sides(text):
    return [(e.actor1, e.actor2) for e in parse(text, published="2024-06-01").events]


@pytest.mark.parametrize("text,actor1", [
    ("The IDF said a hostage was shot dead by his captors in Rafah.", "Hamas"),
    ("The Israeli army said an Israeli captive was executed by militants in Khan Younis.",
     "Palestinian militants"),
    ("Israeli officials said two hostages were murdered by their kidnappers in Deir al-Balah "
     "on Sunday.", "Hamas"),
    ("The IDF said two soldiers were killed by Hamas fighters in Jabalia.", "Hamas"),
])
def test_the_agent_after_by_acted(text, actor1):
    assert [a for a, _ in _sides(text)] == [actor1]


@pytest.mark.parametrize("text,actor1", [
    # (the teller after the deed, the deed's own author named on it)
    ("Five people were killed by an Israeli airstrike in Rafah, Hamas said.", "Israeli military"),
    # (no passive agent: the teller's own troops acted)
    ("The IDF said its troops killed two gunmen in Rafah.", "Israeli military"),
])
def test_near_misses_keep_who_acted(text, actor1):
    assert [a for a, _ in _sides(text)] == [actor1]


def test_a_by_in_a_relative_clause_is_an_earlier_deed():
    sides = _sides("The Israeli military announced it rescued Qaid Farhan, a hostage who was "
                   "kidnapped by Hamas, from a tunnel in Gaza.")
    assert [a for a, _ in sides] == ["Israeli military"]
