"""Sentences that tell no act of their own though they hold event words: news that goes on
from the West Bank or Israel with no place named. The same words with a place or an
attacker of their own stay events."""

import pytest

from geoevents import parse

# (a situation report on the Strip: a sentence with no place of its own falls back to it)
_HEAD = "Situation report on the Gaza Strip\n\n"
_LEAD = "Israeli strikes hit a school in Nuseirat camp on Tuesday, killing six people. "


def _events(text, published="2024-08-29"):
    return [(e.event_type, e.location, e.fatalities)
            for e in parse(text, published=published).events]


# -- News that goes on from another land ------------------------------------------------------


@pytest.mark.parametrize("abroad, more", [
    ("The number of Palestinians killed in the operation in the West Bank rises to 18.",
     "Dozens of others are wounded and at least 20 others have been arrested."),
    ("Mass protests calling for a hostage deal to end the Gaza war occur across Israel.",
     "At least 32 protesters are arrested."),
    ("Militants launched an attack on a music festival in southern Israel.",
     "Out of some 3,000 people who attended, at least 260 were killed."),
    ("Raids continued in the occupied West Bank city of Jenin.",
     "Eleven young men were detained overnight."),
])
def test_a_sentence_going_on_with_news_abroad_is_no_event_in_the_strip(abroad, more):
    assert _events(_HEAD + _LEAD + abroad + " " + more) == [
        ("Explosions/Remote violence", "Nuseirat Camp", 6)]


@pytest.mark.parametrize("abroad, news, place", [
    # a place of its own in the Strip
    ("Raids continued in the West Bank.", "At least 20 people were arrested in Khan Younis.",
     "Khan Younis"),
    # the sentence before tells the Strip too
    ("Raids continued in the West Bank and in the Gaza Strip.",
     "At least 20 people were arrested.", "Gaza Strip"),
])
def test_news_with_the_strip_after_news_abroad_stays_an_event(abroad, news, place):
    assert ("Strategic developments", place, None) in _events(abroad + " " + news)


def test_an_attack_of_its_own_after_news_of_israel_stays_an_event():
    text = (_HEAD + "Sirens sounded in southern Israel on Monday. Israeli jets then struck a "
            "house, killing five people.")
    assert _events(text, "2024-05-06") == [("Explosions/Remote violence", "Gaza Strip", 5)]


def test_news_abroad_in_another_paragraph_leaves_the_next_one_alone():
    text = ("Protests were held across Israel.\n\nAt least 12 people were arrested in Rafah "
            "during a raid.")
    assert ("Strategic developments", "Rafah", None) in _events(text)
