"""A named death and one more dead, unnamed, ending the list: each counts one."""

import pytest

from geoevents import parse
from geoevents.named_deaths import named_deaths


def _dead(text):
    return [(e.location, e.fatalities) for e in parse(text, published="2025-04-07").events]


@pytest.mark.parametrize("text,n", [
    ("An Israeli strike in Khan Younis killed Yousef al-Faqawi, a reporter for the Palestine "
     "Today website, and another man.", 2),
    ("An Israeli strike in Khan Younis killed Yousef al-Faqawi and his son.", 2),
    # (other kin, trades, orders, places)
    ("A drone strike in Rafah killed Ahmed Abu Salem, the head of the clinic, and a nurse.", 2),
    ("An Israeli strike in Deir al-Balah killed Mahmoud Nasser and a young girl.", 2),
    ("An air strike in Jabalia killed journalist Hassan Eslaih and his brother.", 2),
    ("A strike in Rafah killed Ahmed Salem, the head of the clinic, and his brother Mahmoud "
     "Salem.", 2),
])
def test_one_more_dead_after_a_name(text, n):
    assert [f for _, f in _dead(text)] == [n]


@pytest.mark.parametrize("text", [
    # (the hurt, not the dead)
    "An Israeli strike in Khan Younis killed Yousef al-Faqawi and wounded a woman.",
    "An Israeli strike in Khan Younis killed Yousef al-Faqawi, a reporter, and wounded six "
    "others.",
    "An Israeli strike in Khan Younis killed Yousef al-Faqawi and a woman was injured.",
    # (whose things, not who)
    "An Israeli strike in Khan Younis killed Yousef al-Faqawi and a man's son was hurt.",
])
def test_near_misses_count_the_one_named(text):
    assert [f for _, f in _dead(text)] == [1]


def test_the_span_ends_past_the_one_more():
    text = "The strike killed Yousef al-Faqawi, a reporter, and another man, medics said."
    start, end, n = named_deaths(text, 0, len(text))
    assert n == 2 and text[start:end].endswith("another man")


@pytest.mark.parametrize("text,n", [
    # (the named one's kin joined after the name, each with its number)
    ("An Israeli strike in Rafah killed Mohammed Abu Ali, his wife and their four children.", 6),
    ("A drone strike in Jabalia killed Ahmed Saleh and two of his sons.", 3),
    ("An air strike in Khan Younis killed Dr. Omar Hassan, his wife and three of their "
     "children.", 5),
    # (a plural with no number adds none: the lowest count told)
    ("An Israeli strike in Rafah killed Ahmed Saleh, his wife and their children.", 2),
])
def test_kin_joined_after_a_name(text, n):
    assert [f for _, f in _dead(text)] == [n]


@pytest.mark.parametrize("text", [
    # (kin with a verb of their own, or who the one named was)
    "An Israeli strike in Rafah killed Ahmed Saleh, and his two sons were wounded.",
    "An Israeli strike in Rafah killed Ahmed Saleh, her husband, on Sunday.",
])
def test_kin_not_joined_to_the_dead_count_the_one_named(text):
    assert [f for _, f in _dead(text)] == [1]


@pytest.mark.parametrize("text,n", [
    ("Ahmed Nasser succumbed to his wounds on Monday, medics said.", 1),
    ("Mahmoud Abu Salem died of his injuries in hospital.", 1),
])
def test_a_named_dead_of_his_wounds(text, n):
    found = named_deaths(text, 0, len(text))
    assert found is not None and found[2] == n


def test_a_named_death_of_no_told_cause_is_none():
    text = "Ahmed Nasser died in 2004."
    assert named_deaths(text, 0, len(text)) is None


@pytest.mark.parametrize("text,n", [
    # (who the one named was, before the name: a civilian, a teenager, a fisherman)
    ("Health officials said the raid on Beit Lahia killed civilian Musa Abu Salem (31) and "
     "injured three others.", 1),
    ("Israeli fire near the fence east of Khan Younis killed teenager Ahmed Abu Nasser.", 1),
    ("A drone strike in Rafah killed fisherman Ali Hamdan and his son.", 2),
])
def test_a_named_dead_told_by_who_they_were(text, n):
    assert [f for _, f in _dead(text)] == [n]


@pytest.mark.parametrize("text", [
    # (the army's words for a killing, before the name, as in a count)
    "Israeli troops shot dead Ahmed Abu Salem near the fence east of Khan Younis.",
    "The army said it eliminated Hamas commander Ahmed Abu Salem in Khan Younis.",
])
def test_a_named_dead_shot_dead_or_eliminated(text):
    found = named_deaths(text, 0, len(text))
    assert found is not None and found[2] == 1


@pytest.mark.parametrize("text", [
    "Israel vowed to eliminate Ahmed Abu Salem.",
    "The army said it eliminated Hamas infrastructure in Khan Younis.",
])
def test_no_named_dead_where_none_was_eliminated(text):
    assert named_deaths(text, 0, len(text)) is None
