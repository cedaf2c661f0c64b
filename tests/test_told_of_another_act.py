"""Sentences that tell no act of their own though they hold event words: news that goes on
from the West Bank or Israel with no place named, and an act named only to remark on it. The
same words with a place, a day, a toll or an attacker of their own stay events."""

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


# -- An act named only to remark on it ------------------------------------------------------


@pytest.mark.parametrize("remark", [
    "This ambush serves as a stark reminder of the escalating tensions and ongoing military "
    "engagements in the region.",
    "The level of fighting and destruction that we are seeing in recent days is truly "
    "shocking.",
    "Such attacks on shelters underscore the lack of any safe place in Gaza.",
    "The latest airstrike stands as a grim example of the dangers facing aid convoys.",
    "Israel's renewed offensive reflects a pattern documented by the UN.",
    "These clashes highlight how fragile the truce has become.",
])
def test_an_act_remarked_upon_is_no_event(remark):
    assert _events(_HEAD + remark) == []
    assert _events(_HEAD + _LEAD + remark) == [
        ("Explosions/Remote violence", "Nuseirat Camp", 6)]


@pytest.mark.parametrize("news, place", [
    # a day of its own
    ("The Israeli attack on the Al Tabi'een school in Gaza City on 10 August underscored "
     "the need for a ceasefire.", "Al-Tabi'in School"),
    # its site: perhaps the report's only telling of it
    ("The Israeli attack on the Al Tabi'een school in Gaza City underscored the need for a "
     "ceasefire.", "Al-Tabi'in School"),
    ("Israel's renewed offensive in Rafah reflects a pattern documented by the UN.", "Rafah"),
    # the subject tells the act
    ("The strike, which killed 12 people in Rafah, reflects the army's new tactics.",
     "Rafah"),
    # no known subject: the news's own
    ("Israeli strikes on Khan Younis killed nine people, a toll the UN called shocking.",
     "Khan Younis"),
])
def test_a_remark_on_an_act_told_with_its_own_day_or_deed_stays_an_event(news, place):
    assert place in [loc for _, loc, _ in _events(news)]


def test_a_source_highlighting_an_act_is_not_a_remark_on_it():
    text = ("The ministry's statement highlighted dozens of martyrs in the occupation's aerial "
            "bombardment of a residential block in Jabalia camp.")
    assert [t for t, _, _ in _events(text)] == ["Explosions/Remote violence"]
