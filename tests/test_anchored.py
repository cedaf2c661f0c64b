"""Anchored matching must find exactly what ``finditer`` finds, only faster."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geoevents.anchored import Cues, PrefixIndex, _literal_starts, literal_prefixes, word_view
from geoevents.events.report import _INDEX
from geoevents.normalize import fold
from geoevents.triggers import sift

# Every pattern the event stage looks for through cues; triggers match folded text.
PATTERNS = _INDEX.patterns
FOLDED = {id(p) for p in sift.ROWS}
# The trigger table as one alternation, as it was once matched: ``Cues.first_of`` over its
# rows must give the same matches, and say which row matched.
_ALTERNATION = re.compile("|".join(rf"(?P<t{i}>{p.pattern})" for i, p in enumerate(sift.ROWS)))


def _first_of_plain(text: str, pos: int, end: int) -> list[tuple[int, tuple[int, int]]]:
    return [(int(m.lastgroup[1:]), m.span()) for m in _ALTERNATION.finditer(fold(text), pos, end)
            if m.end() > m.start()]


def _first_of_cued(cues: Cues, pos: int, end: int) -> list[tuple[int, tuple[int, int]]]:
    return [(i, m.span()) for i, m in cues.first_of(sift.ROWS, pos, end, folded=True)]


def _spans_plain(pattern: re.Pattern, text: str, pos: int, end: int) -> list[tuple[int, int]]:
    target = fold(text) if id(pattern) in FOLDED else text
    return [m.span() for m in pattern.finditer(target, pos, end) if m.end() > m.start()]


def _spans_cued(cues: Cues, pattern: re.Pattern, pos: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in cues.finditer(pattern, pos, end, folded=id(pattern) in FOLDED)]


def test_prefixes_are_read_from_the_pattern():
    assert literal_prefixes(r"\b(?:air ?strikes?|shell(?:ing|ed))\b") == {
        "airstri", "air stri", "shelled", "shelling"}
    assert literal_prefixes(r"[Ii]n\s+the") == {"in "}
    assert literal_prefixes(r"\ban?\s+(?:x|y)") == {"a ", "an "}
    assert literal_prefixes(r"\d+ killed") == set("0123456789")
    assert literal_prefixes(r"(?i)Gaza’s") == {"gaza's"}


@pytest.mark.parametrize("pattern", [
    r"\btwo", r"(?<=\bthat\s)two", r"(?:^|(?<=[.!?]\s)|(?<=\n))two", r'(?<=[“"])two',
    r"(?<![\w(])two", r"(?m)^two", r"(?:\b|(?<![\w(])(?=\(\d))(?:two|\(\d)"])
def test_a_pattern_that_asserts_a_word_start_is_looked_for_at_word_starts(pattern):
    assert all(at_word for _, at_word in _literal_starts(pattern))
    compiled = re.compile(pattern, re.I)
    text = 'network two. Two were hit;\ntwo ("two") said that two (2) x(3) _two'
    cues = Cues(text, PrefixIndex([compiled]))
    assert [m.span() for m in cues.finditer(compiled)] == \
        [m.span() for m in compiled.finditer(text)]


@pytest.mark.parametrize("pattern", [r"(?<=\s\w)two", r"(?<!\btwo)two", r"(?<![(])two",
                                     r"(?a)\btwo", r"(?<=\d)two", r"\Btwo"])
def test_other_look_behinds_make_no_word_start(pattern):
    assert not any(at_word for _, at_word in _literal_starts(pattern))


@pytest.mark.parametrize("pattern", [r"\w+ strike", r".*killed", r"a?", r"(?:x|\S)y"])
def test_a_pattern_without_a_literal_prefix_is_refused(pattern):
    with pytest.raises(ValueError, match="literal prefix"):
        literal_prefixes(pattern)


def test_word_view_keeps_length_and_marks_word_starts():
    text = "Israeli strikes—on Rafah’s camp; 35 killed. مرحبا x_y"
    view = word_view(fold(text))
    assert len(view) == len(text)
    assert view.startswith("israeli strikes on rafah s camp  35 killed ")


def test_same_matches_as_finditer_on_every_real_report(corpus_texts):
    for text in corpus_texts:
        cues = Cues(text, _INDEX)
        for pattern in PATTERNS:
            assert _spans_cued(cues, pattern, 0, len(text)) == \
                _spans_plain(pattern, text, 0, len(text)), pattern.pattern[:60]
        assert _first_of_cued(cues, 0, len(text)) == _first_of_plain(text, 0, len(text))


def test_place_cues_find_what_finditer_finds_on_every_real_report(corpus_texts):
    from geoevents.unlisted_names.capitalised_names import _PLACE_INDEX, PlaceCues

    for text in corpus_texts:
        folded = fold(text)
        cues = PlaceCues(text, folded).cues
        for pattern in _PLACE_INDEX.patterns:
            for target, in_folded in ((text, False), (folded, True)):
                assert [m.span() for m in cues.finditer(pattern, folded=in_folded)] == \
                    [m.span() for m in pattern.finditer(target) if m.end() > m.start()], \
                    pattern.pattern[:60]


def test_a_case_blind_letter_folds_to_its_ascii_letter():
    # what lets a plain search of the folded text stand before a case-blind pattern
    # ("city of", "camps" before a name in geoevents.senses)
    letters = "abcdefghijklmnopqrstuvwxyz"
    letter = re.compile(f"[{letters}]", re.I)
    for cp in range(0x80, 0x110000):
        ch = chr(cp)
        if letter.fullmatch(ch):
            folded = fold(f"x{ch}y")
            assert len(folded) == 3 and \
                [a for a in letters if re.fullmatch(a, ch, re.I)] == [folded[1]], hex(cp)


def test_same_matches_within_a_window():
    text = ("Israeli airstrikes killed at least 35 people on Saturday. On 29 June 2024, "
            "fighting continued in Shejaia; the hospital was hit. Two soldiers were killed.")
    cues = Cues(text, _INDEX)
    for pos, end in [(0, 40), (13, 70), (58, len(text)), (100, 101)]:
        for pattern in PATTERNS:
            assert _spans_cued(cues, pattern, pos, end) == _spans_plain(pattern, text, pos, end)
        assert _first_of_cued(cues, pos, end) == _first_of_plain(text, pos, end)


_WORDS = ["Israeli", "airstrikes", "air strike", "strike", "killed", "killing", "at least",
          "35", "2024-06-29", "29", "June", "on", "Saturday", "yesterday", "the", "next",
          "day", "hospital", "camp", "people", "soldiers", "were", "was", "hit", "by",
          "according to", "officials", "at", "Hamas", "IDF", "forces", "a", "an", "dozens",
          "of", "deaths", "death toll", "rose", "to", "injured", "since", "October", "war",
          "continue", "not", "will", "ordered", "residents", "evacuate", "anti-", "hunger",
          "civilians", "Gaza's", "in", "last", "night", "-", ",", ".", ";", "\n", "’s", "é",
          "Rafah", "displaced", "fled", "bombing", "UN", "may", "May", "5", "٣٥", "３",
          "kılled", "ſtrike", "(", "'s", "İ"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40), st.sampled_from(["", " ", "x"]))
def test_same_matches_as_finditer_on_generated_text(words, glue):
    text = " ".join(w if i % 7 else glue + w for i, w in enumerate(words))
    cues = Cues(text, _INDEX)
    for pattern in PATTERNS:
        assert _spans_cued(cues, pattern, 0, len(text)) == \
            _spans_plain(pattern, text, 0, len(text)), (pattern.pattern[:60], text)
    assert _first_of_cued(cues, 0, len(text)) == _first_of_plain(text, 0, len(text)), text


def test_an_index_over_own_patterns():
    pattern = re.compile(r"\b(?:shell(?:ing|ed)|mortars?)\b", re.I)
    cues = Cues("Shelling and MORTAR fire; mortars.", PrefixIndex([pattern]))
    assert [m.group() for m in cues.finditer(pattern)] == ["Shelling", "MORTAR", "mortars"]
    assert cues.possible(pattern, 0, 5) and not cues.possible(pattern, 9, 12)


@pytest.mark.parametrize("pattern,text", [
    (r"\(\d+\)", "casualties (12) reported"), (r",\s+and", "x, and y"),
    (r"-\d+", "a -5 b"), (r"'s home", "Ali's home"), (r"\bin\b", "in, (in) within"),
])
def test_prefixes_that_begin_with_punctuation(pattern, text):
    compiled = re.compile(pattern)
    cues = Cues(text, PrefixIndex([compiled]))
    assert [m.span() for m in cues.finditer(compiled)] == \
        [m.span() for m in compiled.finditer(text)]


def test_digits_and_letters_of_other_scripts_are_found():
    # \d matches Arabic-Indic digits and re.I matches dotless i: the fold maps both.
    assert fold("٣٥ kılled") == "35 killed"
    text = "٣٥ people were kılled in an airstrike"
    cues = Cues(text, _INDEX)
    for pattern in PATTERNS:
        assert _spans_cued(cues, pattern, 0, len(text)) == \
            _spans_plain(pattern, text, 0, len(text))


def test_the_trigger_index_keeps_selective_prefixes():
    # a table edit that lets a pattern begin with a bare "the " would send the whole
    # trigger alternation to every "the" of a report
    from geoevents.triggers import sift

    prefixes = set().union(*(literal_prefixes(row) for row in sift.ROWS))
    assert "the " not in prefixes and "that " not in prefixes
    assert sum(len(p) >= 4 for p in prefixes) >= 0.9 * len(prefixes)


def test_a_pattern_missing_from_the_index_is_named():
    cues = Cues("Airstrikes hit Rafah.", PrefixIndex([re.compile(r"airstrikes?")]))
    with pytest.raises(KeyError, match="is not in this PrefixIndex") as err:
        cues.search(re.compile(r"shelling"))
    assert "'shelling'" in str(err.value)


def test_search_is_the_first_of_finditer():
    pattern = re.compile(r"(?i)strikes? on \w+")
    text = "Strikes on Rafah; a strike on Jabalia; strikes on Beit Lahia."
    cues = Cues(text, PrefixIndex([pattern]))
    assert cues.search(pattern).group(0) == cues.finditer(pattern)[0].group(0) == \
        "Strikes on Rafah"
    assert cues.search(pattern, 20).group(0) == "strike on Jabalia"
    assert cues.search(pattern, 0, 5) is None
