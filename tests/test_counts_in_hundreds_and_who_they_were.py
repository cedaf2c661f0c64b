"""Counts written as so many hundreds ("one hundred people", "two hundred civilians") and
the dead told by a word of who they were before the noun ("29 identified civilians",
"seven unidentified people", "innocent civilians") were read as no count."""

import pytest
from event_helpers import killed_counts as _dead

from geoevents.quantities import number_word, parse_number


@pytest.mark.parametrize("phrase,n", [
    ("one hundred", 100), ("a hundred", 100), ("two hundred", 200), ("nine hundred", 900),
    ("at least three hundred", 300),
])
def test_so_many_hundreds(phrase, n):
    assert parse_number(phrase) == n


@pytest.mark.parametrize("word,n", [
    ("a hundred", 100), ("one hundred", 100), ("four hundred", 400), ("seven-hundred", 700),
])
def test_a_number_word_reads_hundreds_as_the_phrase_does(word, n):
    # (one reading of "a hundred" for a word and a phrase: no special case in either)
    assert number_word(word) == n == parse_number(word)


def test_hundreds_stay_vague_and_odd_words_none():
    assert parse_number("hundreds") == 100
    assert number_word("ten hundred") is None  # (not a way a number is written)
    assert number_word("a hundreds") is None and number_word("an hundred") is None


@pytest.mark.parametrize("text,n", [
    ("An Israeli airstrike on a house in Rafah killed one hundred people on Tuesday.", 100),
    ("Two hundred people were killed in Israeli strikes on Rafah on Tuesday.", 200),
    ("An Israeli strike on a market in Rafah on Tuesday killed a hundred people.", 100),
    # near-misses: one and two alone are still one and two
    ("One Palestinian was killed in an Israeli strike on Rafah on Tuesday.", 1),
    ("Two Palestinians were killed in an Israeli strike on Rafah on Tuesday.", 2),
])
def test_counts_in_hundreds(text, n):
    assert _dead(text) == [n]


@pytest.mark.parametrize("text,n", [
    ("On Thursday, at least 29 identified civilians, including seven women, were reportedly "
     "killed in an Israeli airstrike on Bureij camp.", 29),
    ("Twelve innocent civilians were killed in an Israeli airstrike on a school in Nuseirat.",
     12),
    ("At least 7 unidentified people were killed in an Israeli airstrike in Rafah.", 7),
    ("The strike killed four defenceless civilians in Khan Younis.", 4),
])
def test_who_they_were_before_the_noun(text, n):
    assert _dead(text) == [n]


def test_identified_as_a_verb_is_no_count_word():
    # "identified" as what the army did, not who the dead were
    assert _dead("Israeli forces identified 7 people killed in an airstrike in Rafah as "
                 "militants.") == []
