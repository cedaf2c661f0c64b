"""The number words patterns look for are the words the number reader reads: a pattern that
finds "seventeen more" hands on a word number_word gives a value for, and a vague count or
an ordinal is no exact number to either."""

import re

import pytest

from geoevents import parse
from geoevents.casualties.wording import QUANT
from geoevents.quantities import NUMBER_WORD, QUALIFIERS, number_word, parse_number

_WHOLE = re.compile(rf"{NUMBER_WORD}", re.I)


@pytest.mark.parametrize("word, value", [
    ("one", 1), ("seven", 7), ("seventeen", 17), ("twelve", 12), ("forty", 40),
    ("Ninety", 90), ("zero", 0),
])
def test_a_number_word_is_found_and_read(word, value):
    assert _WHOLE.fullmatch(word) is not None
    assert number_word(word) == value


@pytest.mark.parametrize("word", ["several", "dozens", "seventh", "hundred", "tenth", "a"])
def test_no_exact_number_is_found_nor_read(word):
    assert _WHOLE.fullmatch(word) is None
    assert number_word(word) is None


def test_the_longest_word_is_found_first():
    # "seventeen", not "seven" and a remainder
    assert re.match(NUMBER_WORD, "seventeen more").group(0) == "seventeen"


@pytest.mark.parametrize("qualifier", QUALIFIERS.split("|"))
def test_a_qualified_count_is_found_whole_and_read_past_its_qualifier(qualifier):
    # "no fewer than 35": the pattern takes the qualifier with the count, the reader its 35
    assert re.fullmatch(QUANT, f"{qualifier} 35", re.I) is not None
    assert parse_number(f"{qualifier} 35") == 35


def _days(text: str, published: str) -> list[tuple[str | None, str]]:
    return sorted((e.event_date, e.location) for e in parse(text, published=published).events)


@pytest.mark.parametrize("count", ["two", "fifteen", "twenty", "3"])
def test_a_further_act_of_any_count_keeps_its_own_day(count):
    text = (f"On 9 April, Israeli forces shelled forty houses in Rafah, and shelled {count} "
            f"more on 14 April.")
    assert _days(text, "2024-04-16") == [("2024-04-09", "Rafah"), ("2024-04-14", "Rafah")]


def test_more_than_a_count_is_no_further_act():
    # near miss: "fifteen more than" compares, it tells no other act
    text = ("On 9 April, Israeli forces shelled forty houses in Rafah, fifteen more than "
            "on 14 April.")
    assert len(_days(text, "2024-04-16")) == 1
