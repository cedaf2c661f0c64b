"""Quantity phrases -> integers, with ACLED's reading of them.

One reading for every stage that counts: casualty tolls, the parts of a toll, "two days
later", "for the third consecutive day". ACLED's rules: the lowest number a phrase gives
("at least 35" -> 35, "between 20 and 30" -> 20); vague quantities take its conventional
values ("dozens" -> 12, "several" -> 10).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["parse_number", "number_word", "ORDINALS", "NUMBER_WORD", "QUALIFIERS"]

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
# An exact number written as a word, for patterns that must find one in running text: the
# same words number_word reads, so a pattern and the reading it feeds never disagree on
# what a number is (the longest first: "seventeen" before "seven")
NUMBER_WORD = r"(?:" + "|".join(sorted((*_UNITS, *_TENS), key=len, reverse=True)) + r")"
_VAGUE = {"a dozen": 12, "dozens": 12, "dozens of": 12, "scores": 20, "scores of": 20,
          "hundreds": 100, "hundreds of": 100, "thousands": 1000, "thousands of": 1000,
          "several": 10, "many": 10, "a number of": 10, "a few": 3, "few": 3,
          "a": 1, "an": 1, "one": 1, "two": 2, "a couple of": 2, "both": 2, "parents": 2}
# "for the third consecutive day", "on the tenth day of Ramadan"
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

# The words that qualify a count ("at least 35", "an estimated 200"): the same ones the
# casualty patterns find before a count and parse_number reads past, so the two never
# disagree on where a count begins
QUALIFIERS = (r"at least|more than|over|nearly|almost|about|around|some|roughly|up to|"
              r"as many as|no fewer than|an estimated|approximately|between|a total of")
_QUALIFIER = re.compile(rf"({QUALIFIERS})\s+")
_RANGE = re.compile(r"\s+(?:and|or|to)\s+")
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
# "two dozen", "three dozen": so many twelves (not "dozens", a vague count)
_DOZENS = re.compile(r"(\w+)\s+dozen")


def number_word(word: str) -> int | None:
    """An exact number written as digits or words ("7", "seven", "twenty-one", "two
    hundred"); None for anything vaguer ("several", "dozens")."""
    w = word.lower().strip()
    if w[:1] == "(" and w[-1:] == ")" and _DIGITS.fullmatch(w[1:-1]):
        w = w[1:-1]  # "(210)": a figure set apart in brackets
    if _DIGITS.fullmatch(w):
        return int(w.replace(",", ""))
    if w in _UNITS:
        return _UNITS[w]
    parts = re.split(r"[- ]", w)
    hundreds = 1 if parts[0] == "a" else _UNITS.get(parts[0], 0)
    if len(parts) == 2 and parts[1] == "hundred" and 0 < hundreds < 10:
        return 100 * hundreds  # "a hundred", "two hundred"
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (_UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


@lru_cache(maxsize=4096)
def parse_number(phrase: str) -> int | None:
    """The lowest number a quantity phrase gives ("at least 35" -> 35). (Its answers are
    kept: a toll's sentence is read word by word, each word tried as a number, and the same
    words come back in every report.)"""
    p = phrase.lower().strip()
    qualifier = _QUALIFIER.match(p)
    if qualifier:
        p = p[qualifier.end():]
    first = _RANGE.split(p, 1)[0].strip()
    if first in _VAGUE:
        return _VAGUE[first]
    dozens = _DOZENS.fullmatch(first)
    if dozens is not None and number_word(dozens.group(1)) is not None:
        return 12 * number_word(dozens.group(1))  # "more than two dozen" -> 24
    return number_word(first)
