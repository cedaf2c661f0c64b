"""A pattern looked for only where a word it needs occurs must never lose a match.

Rules test a sentence for a few plain words ("since", "toll", "hospital") before they run
a pattern over it: a substring test costs far less than a pattern. Each gate below is read
off the pattern itself: every match holds one of the gate's words (in the folded text,
where whatever a pattern's letter matches folds to that letter), so an edit of a pattern
that lets it match without them fails here instead of losing matches.
"""

from __future__ import annotations

import re

import pytest

from geoevents.background.counts_over_a_span import (
    _EVENTS_COUNTED,
    _INCIDENTS,
    _OVER_A_MONTH,
    _SPANS,
)
from geoevents.background.recalled import _RECALLS, _YEAR
from geoevents.background.running_tallies import (
    _OF_RECENT,
    _SINCE_A_MONTH,
    _SINCE_THE_TRUCE,
    _SINCE_THEN,
)
from geoevents.background.war_frame import _A_MONTH, _COARSE_SINCE
from geoevents.casualties.headcount import _ALONG_WITH
from geoevents.event_dates.periods import _WEEKS_OF
from geoevents.event_dates.tellings import _TOLD_ON, _TOLD_ON_WORDS
from geoevents.event_merge.told_later import _QUOTE_FIRST, _REPORTING_VERBS, _SPEAKER_FIRST
from geoevents.named_deaths import (
    _AND_ONE_MORE_KILLED,
    _ARE_KILLED,
    _KILLED_TOGETHER,
    _TWO_NAMED_KILLED,
    _WAS_HURT,
)
from geoevents.place_roles.carried import _CARRY_VERB, _CARRY_WORDS
from geoevents.place_roles.hospitals import _FACILITY_IN, _FACILITY_WORDS, _HOSPITAL_TOWN
from geoevents.place_roles.speakers import _SAYS, _SPEAKER_TITLE, _SPOKE_FROM, _WORKS_AT
from geoevents.told_again.its_toll import _REVISED
from geoevents.told_again.the_attack import INCIDENT_ON
from geoevents.told_again.the_lead_later import (
    _DAYS_TOLL,
    _SCENE_ON,
    _THE_FIRST,
    _THE_ONE_OF,
    _TOLD_AGAIN_WORDS,
)

try:  # Python >= 3.11
    from re import _constants as _c
    from re import _parser as _sre
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre  # type: ignore[no-redef]

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_PLAIN = set("abcdefghijklmnopqrstuvwxyz0123456789 ")


def _plain_chars(op, av, cased: bool) -> set[str] | None:
    """The few plain characters an item matches (as a gate reads them), if it is one."""
    if op is _c.LITERAL:
        chars = {chr(av)}
    elif op is _c.IN and av and all(kind is _c.LITERAL for kind, _ in av):
        chars = {chr(value) for _, value in av}
    else:
        return None
    chars = chars if cased else {c.lower() for c in chars}
    return chars if len(chars) <= 4 and all(c.lower() in _PLAIN for c in chars) else None


def _holds_one(items: list, words: tuple[str, ...], run: str, cased: bool) -> bool:
    """Whether every match of ``items``, after the literal ``run`` just matched, holds one
    of ``words``: a word in the run of plain characters, in every alternative, or in the
    first turn of a repeat that is taken at least once."""
    if any(word in run for word in words):
        return True
    if not items:
        return False
    (op, av), rest = items[0], items[1:]
    chars = _plain_chars(op, av, cased)
    if chars is not None:
        return all(_holds_one(rest, words, run + c, cased) for c in chars)
    if op is _c.SUBPATTERN:
        return _holds_one(list(av[-1]) + rest, words, run, cased)
    if op is _c.BRANCH:
        return all(_holds_one(list(alt) + rest, words, run, cased) for alt in av[1])
    if op in _REPEATS and av[0] >= 1 and _holds_one(list(av[2]), words, run, cased):
        return True
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero width: the run goes on
        return _holds_one(rest, words, run, cased)
    return _holds_one(rest, words, "", cased)


def every_match_holds(pattern: re.Pattern | str, words: tuple[str, ...], *,
                      cased: bool = False) -> bool:
    """Whether every match of ``pattern`` holds one of ``words``: lower-case, in the folded
    text, or (``cased``, for a pattern without ``re.I``) as written, in the text itself."""
    compiled = re.compile(pattern)
    assert all(word and set(word.lower()) <= _PLAIN for word in words)
    assert cased and not compiled.flags & re.I or all(word.islower() or word.isdigit()
                                                      for word in words)
    return _holds_one(list(_sre.parse(compiled.pattern, compiled.flags)), tuple(words), "",
                      cased)


_MONTHS = tuple("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())


@pytest.mark.parametrize("pattern,words", [
    (_SINCE_THEN, ("since", "recent")), (_OF_RECENT, ("since", "recent")),
    (_SINCE_THE_TRUCE, ("since",)),
    (_EVENTS_COUNTED, _INCIDENTS), (_EVENTS_COUNTED, _SPANS),
    (_RECALLS, ("recall", "remind", "remember")), (_REVISED, ("toll",)),
    *((p, _TOLD_AGAIN_WORDS) for p in (INCIDENT_ON, _SCENE_ON, _THE_ONE_OF, _THE_FIRST,
                                        _DAYS_TOLL)),
    (_HOSPITAL_TOWN, _FACILITY_WORDS), (_FACILITY_IN, _FACILITY_WORDS),
    (_WEEKS_OF, ("weeks", "months")),
    (_ALONG_WITH, ("along", "together")), (_WAS_HURT, ("wounded", "injured", "hurt")),
    (_QUOTE_FIRST, _REPORTING_VERBS), (_SPEAKER_FIRST, _REPORTING_VERBS),
    (_CARRY_VERB, _CARRY_WORDS), (_TOLD_ON, _TOLD_ON_WORDS),
    (_SPEAKER_TITLE, _SAYS), (_WORKS_AT, ("employed", "work")), (_SPOKE_FROM, ("from",)),
])
def test_every_match_holds_a_word_of_its_gate(pattern, words):
    assert every_match_holds(pattern, words), pattern.pattern[:60]


@pytest.mark.parametrize("pattern,words", [
    (_YEAR, ("18", "19", "20")),
    *((p, _MONTHS) for p in (_SINCE_A_MONTH, _OVER_A_MONTH, _COARSE_SINCE)),
])
def test_every_match_holds_a_word_of_its_gate_as_written(pattern, words):
    assert every_match_holds(pattern, words, cased=True), pattern[:60] \
        if isinstance(pattern, str) else pattern.pattern[:60]


def test_both_patterns_of_two_named_dead_end_as_the_one_looked_for_first():
    assert _KILLED_TOGETHER.pattern == _ARE_KILLED
    for pattern in (_AND_ONE_MORE_KILLED, _TWO_NAMED_KILLED):
        assert pattern.pattern.endswith(r"\s+" + _ARE_KILLED) and pattern.flags == \
            _KILLED_TOGETHER.flags


def test_the_month_gate_finds_every_month_written_as_a_pattern_reads_it():
    assert _A_MONTH.pattern == "|".join(_MONTHS)


@pytest.mark.parametrize("pattern,words", [
    (r"(?:x|y)?since", ("since",)), (r"(?i)\bre(?:call|mind)s?", ("recall", "remind")),
    (r"\b(1[89]\d\d|20\d\d)\b", ("18", "19", "20")),
])
def test_the_reading_finds_words_split_by_the_parser(pattern, words):
    assert every_match_holds(pattern, words, cased=not re.compile(pattern).flags & re.I)


@pytest.mark.parametrize("pattern,words", [
    (r"(?:since)?x", ("since",)), (r"(?i)recall|remind", ("recall",)),
    (r"\b(?:since|after)\b", ("since",)), (r"(?:since){0,2}x", ("since",)),
    (r"(?i)\bs\w+", ("since",)),
])
def test_a_gate_a_match_can_do_without_is_caught(pattern, words):
    assert not every_match_holds(pattern, words)
