"""Regular expressions tried only where a match can begin.

Event patterns (triggers, actors, dates) are long alternations that Python's regex engine
tries at every character of a report, although almost every character starts no match.
Every match of such a pattern begins with one of a small set of literal prefixes
("air", "shell", "clash", "idf", "january"...), which this module reads off the pattern
itself with ``re``'s own parser. One Aho-Corasick pass (ahocorasick-rs) over the folded
text finds those prefixes for all patterns at once; each pattern is then tried with
``Pattern.match`` at those offsets only (:meth:`Cues.finditer`). The result is exactly
``finditer``'s (leftmost, non-overlapping, in order) at a fraction of the cost.

A pattern that can begin with an arbitrary character (``\\w``, ``.``) has no literal
prefix and is refused when the index is built, so a table edit cannot silently lose
matches.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date

from ahocorasick_rs import BytesAhoCorasick, Implementation

from geoevents.normalize import fold

try:  # Python >= 3.11
    from re import _constants as _c
    from re import _parser as _sre
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre  # type: ignore[no-redef]

__all__ = ["Cues", "PrefixIndex", "literal_prefixes", "word_view"]

_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_MAX_PREFIX = 8  # characters: longer prefixes add little selectivity
_MAX_CLASS = 12  # a character class wider than this ends a prefix
_MAX_SET = 512


def literal_prefixes(pattern: re.Pattern | str, flags: int = 0) -> frozenset[str]:
    """Folded literal strings, one of which begins every match of ``pattern``.

    >>> sorted(literal_prefixes(r"\\b(?:air ?strikes?|shell(?:ing|ed))\\b"))
    ['air stri', 'airstri', 'shelled', 'shelling']

    Raises ``ValueError`` when a match can begin with an arbitrary character.
    """
    return frozenset(prefix for prefix, _ in _literal_starts(pattern, flags))


def _literal_starts(pattern: re.Pattern | str, flags: int = 0) -> frozenset[tuple[str, bool]]:
    """:func:`literal_prefixes`, each with whether the matches it begins begin a word.

    A match begins a word when, should its first character be a word character, the
    character before it is none: a ``\\b`` there, or a look-behind that ends in a space or
    a punctuation mark ("(?<=\\bthat\\s)", "(?<=[.!?]\\s)"), or the start of the text.
    Such a prefix need only be looked for at word starts. (Under ``re.ASCII`` a letter
    such as "é" is no word character, while its fold is one: no prefix begins a word.)
    """
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    parsed = _sre.parse(pattern, flags)
    found = _prefixes(list(parsed))
    if not found or any(not prefix for prefix, _ in found):
        raise ValueError(f"pattern {pattern[:60]!r} can match without a literal prefix")
    unicode = not parsed.state.flags & _c.SRE_FLAG_ASCII
    out = {(fold(prefix), at_word and unicode) for prefix, at_word in found}
    if any(not prefix.strip() for prefix, _ in out):
        raise ValueError(f"pattern {pattern[:60]!r} can begin with a space only")
    return frozenset(out)


def _prefixes(items: list, at_word: bool = False) -> set[tuple[str, bool]] | None:
    """(prefix, whether it begins a word) for the sequence ``items``; None if it can begin
    with anything. ``at_word``: what was already asserted where ``items`` begin."""
    i = 0
    while i < len(items) and items[i][0] in _ZERO_WIDTH:
        at_word = at_word or _asserts_a_word_start(*items[i])
        i += 1
    if i == len(items):
        return None
    op, av = items[i]
    rest = items[i + 1:]
    if op is _c.LITERAL or op is _c.IN:
        chars = _chars(op, av)
        if chars is None:
            return None
        return _cap({(c + t, at_word) for c in chars for t in _run(rest, _MAX_PREFIX - 1)})
    if op is _c.SUBPATTERN:
        return _prefixes(list(av[-1]) + rest, at_word)
    if op is _c.BRANCH:
        out: set[tuple[str, bool]] = set()
        for alt in av[1]:
            found = _prefixes(list(alt) + rest, at_word)
            if found is None:
                return None
            out |= found
        return _cap(out)
    if op in _REPEATS:
        low, _, body = av
        # Only the first iteration is certain; what follows it may be the body again.
        first = _prefixes(list(body), at_word)
        if first is None:
            return None
        if low == 0:
            after = _prefixes(rest, at_word)
            if after is None:
                return None
            first |= after
        return _cap(first)
    return None


def _asserts_a_word_start(op: object, av: object) -> bool:
    """Whether a zero-width item says that a word character after it begins a word."""
    if op is _c.AT:
        return av in (_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING)
    if op is _c.ASSERT and av[0] == -1 and av[1]:  # a look-behind: its last character
        return _no_word_character(*av[1][-1])
    if op is _c.ASSERT_NOT and av[0] == -1 and len(av[1]) == 1:  # "(?<![\\w(])"
        kind, value = av[1][0]
        return kind is _c.IN and (_c.CATEGORY, _c.CATEGORY_WORD) in value and \
            (_c.NEGATE, None) not in value
    return False


def _no_word_character(op: object, av: object) -> bool:
    """Whether an item matches only characters that are no word characters."""
    if op is _c.LITERAL:
        return not _is_word(chr(av))
    if op is not _c.IN:
        return False
    for kind, value in av:
        if kind is _c.LITERAL:
            if _is_word(chr(value)):
                return False
        elif kind is not _c.CATEGORY or value not in (_c.CATEGORY_SPACE,
                                                       _c.CATEGORY_NOT_WORD):
            return False
    return True


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _run(items: list, room: int) -> set[str]:
    """Literal continuations of a prefix (the empty string where none is certain)."""
    if room <= 0 or not items:
        return {""}
    op, av = items[0]
    if op is _c.SUBPATTERN:
        return _run(list(av[-1]) + items[1:], room)
    if op is _c.BRANCH:
        found: set[str] = set()
        for alt in av[1]:
            found |= _run(list(alt) + items[1:], room)
        return found if len(found) <= _MAX_SET else {""}
    if op in _REPEATS and len(av[2]) == 1 and av[2][0][0] in (_c.LITERAL, _c.IN):
        low, high, body = av
        chars = _chars(*body[0])
        if chars is None:
            return {""}
        if low >= 1:
            return chars  # one certain character; how many more is not certain
        if high == 1:  # "s?": with and without it
            tails = _run(items[1:], room - 1)
            out = tails | {c + t for c in chars for t in tails}
            return out if len(out) <= _MAX_SET else {""}
        return {""}
    if op is not _c.LITERAL and op is not _c.IN:
        return {""}
    chars = _chars(op, av)
    if chars is None:
        return {""}
    tails = _run(items[1:], room - 1)
    out = {c + t for c in chars for t in tails}
    return out if len(out) <= _MAX_SET else {""}


def _chars(op: object, av: object) -> set[str] | None:
    if op is _c.LITERAL:
        return {chr(av).lower()}
    out: set[str] = set()
    for kind, value in av:
        if kind is _c.LITERAL:
            out.add(chr(value).lower())
        elif kind is _c.RANGE and value[1] - value[0] < _MAX_CLASS:
            out |= {chr(x).lower() for x in range(value[0], value[1] + 1)}
        elif kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
            out |= set("0123456789")
        elif kind is _c.CATEGORY and value in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD):
            out.add(" ")  # every non-word character is a space in the word view
        else:
            return None  # negated, wide or categorial classes
    return out if len(out) <= _MAX_CLASS else None


def _cap(found: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    """Keep prefix sets small: shortening a prefix only admits more offsets."""
    size = _MAX_PREFIX
    while len(found) > _MAX_SET and size > 1:
        size -= 1
        found = {(prefix[:size], at_word) for prefix, at_word in found}
    return found


_ASCII_NOT_WORD = bytes(c if c < 128 and (chr(c).isalnum() or c == ord("_")) else ord(" ")
                        for c in range(256))


def word_view(folded: str) -> str:
    """``folded`` as ASCII with every other character a space (same length).

    A non-ASCII letter becomes a space too: that only admits extra offsets, which the
    pattern itself then rejects. Prefixes are ASCII, so none is missed.
    """
    return _word_bytes(folded).decode("ascii")


def _word_bytes(folded: str) -> bytes:
    """:func:`word_view` as the bytes the automaton reads: one byte a character, so an
    offset in them is an offset in the text (and no text crosses into the automaton as
    UTF-8 to be counted back in characters)."""
    raw = folded.encode("ascii", "replace") if not folded.isascii() else folded.encode("ascii")
    return raw.translate(_ASCII_NOT_WORD)


def _view_keys(pattern: re.Pattern, starts: frozenset[tuple[str, bool]]
               ) -> set[tuple[str, int]]:
    """The (key, shift)s the automaton looks for: a prefix in the word view, given a space
    in front where it begins a word (the view has one leading space, so a view offset is
    one past the text offset, and a key given a space begins one further on)."""
    keys = set()
    for prefix, at_word in starts:
        if not prefix.isascii():
            raise ValueError(f"pattern {pattern.pattern[:60]!r}: prefix {prefix!r} "
                             "is not ASCII once folded")
        key, shift = word_view(prefix), -1
        if at_word and (key[0].isalnum() or key[0] == "_"):
            key, shift = " " + key, 0
        keys.add((key, shift))
    return keys


def _needed_keys(keys: set[tuple[str, int]]) -> set[tuple[str, int]]:
    """``keys`` without those that only find offsets another key finds already: "an"
    where "a" is looked for, " a" (at word starts) where "a" is looked for anywhere. Each
    offset is then tried once, not once per key that finds it."""
    def covered(key: str, shift: int) -> bool:
        shorter = [(key[:n], shift) for n in range(1, len(key))]
        if shift == 0:  # " an" finds "an" where a word begins
            shorter += [(key[1:n], -1) for n in range(2, len(key) + 1)]
        return any(other in keys for other in shorter)
    return {(key, shift) for key, shift in keys if not covered(key, shift)}


class PrefixIndex:
    """Where each of several patterns can begin in a text, from one automaton pass.

    The automaton runs over a *word view* of the folded text (punctuation as spaces,
    one space in front), so that a pattern that begins at a word boundary is looked for
    as " prefix": "in" then hits "in Rafah", not "Palestinians".
    """

    def __init__(self, patterns: Sequence[re.Pattern]) -> None:
        self.patterns = tuple(patterns)
        # view key -> {shift: patterns} (see _view_keys). The same key can arise both
        # ways, hence a shift per owner set.
        entries: dict[str, dict[int, set[int]]] = {}
        # Patterns that begin alike (the casualty patterns all begin with a number) share
        # one list of offsets: a group per set of (prefix, word start).
        groups: dict[frozenset[tuple[str, bool]], int] = {}
        self._group_of: list[int] = []
        for pattern in self.patterns:
            starts = _literal_starts(pattern)
            k = groups.setdefault(starts, len(groups))
            self._group_of.append(k)
            if k < len(groups) - 1:
                continue  # its group's offsets are already being collected
            for key, shift in _needed_keys(_view_keys(pattern, starts)):
                entries.setdefault(key, {}).setdefault(shift, set()).add(k)
        keys = list(entries)
        # key -> ((group, shift), ...): one flat loop per automaton hit in starts()
        self._owners = [tuple((k, shift) for shift, ks in entries[key].items()
                              for k in sorted(ks)) for key in keys]
        self._automaton = BytesAhoCorasick([key.encode("ascii") for key in keys],
                                           implementation=Implementation.DFA)

    def starts(self, folded: str) -> list[list[int]]:
        """For each pattern, the sorted offsets of ``folded`` where it may match."""
        groups: list[list[int]] = [[] for _ in range(max(self._group_of, default=-1) + 1)]
        owners = self._owners
        view = b" " + _word_bytes(folded)
        for idx, start, _ in self._automaton.find_matches_as_indexes(view, overlapping=True):
            for k, shift in owners[idx]:
                groups[k].append(start + shift)
        for offsets in groups:
            if len(offsets) > 1:
                offsets.sort()
        return [groups[k] for k in self._group_of]


class Cues:
    """Where each pattern of an index may begin in one text (one automaton pass).

    Built once per report and shared by every stage that looks for event words, so the
    text is folded and scanned once.
    """

    __slots__ = ("text", "folded", "_starts", "_merged", "published", "memo")

    def __init__(self, text: str, index: PrefixIndex, folded: str | None = None) -> None:
        self.text = text
        self.folded = fold(text) if folded is None else folded
        # the report's day, when the caller knows it: "who fled Jabalia in October" in an
        # October report is news of the month, not a month gone by
        self.published: date | None = None
        # Keyed by identity: hashing a compiled pattern hashes its whole program.
        self._starts = {id(p): s for p, s in zip(index.patterns, index.starts(self.folded))}
        # first_of's (offset, index) pairs over the whole report, per sequence of patterns:
        # every sentence asks for the same sequence, so they are merged and sorted once.
        self._merged: dict[int, tuple[Sequence[re.Pattern], list[tuple[int, int]]]] = {}
        # What a stage derives from a stretch of this text and asks for again (the event
        # words of a sentence: read once when the sentence is coded, again when its units
        # are placed), keyed by the stage's own key
        self.memo: dict[tuple, object] = {}

    def lower(self, text: str) -> str:
        """``text.lower()``, made once for the report's own text: rules that search the
        lower-cased report from a sentence's offsets would otherwise lower all of it for
        every sentence they read."""
        if text is not self.text:
            return text.lower()
        low = self.memo.get(("lower",))
        if low is None:
            low = self.memo[("lower",)] = text.lower()
        return low  # type: ignore[return-value]

    def undated(self) -> Cues:
        """These cues for a reader that does not know the report's day (``published``
        None), as ``Cues(text, index)`` of the same text would be: the scan is shared,
        not run again over the whole report for each sentence that asks; the memo is the
        twin's own, since what it holds may hang on the day."""
        twin = self.memo.get(("undated",))
        if twin is None:
            twin = object.__new__(Cues)
            twin.text, twin.folded, twin.published = self.text, self.folded, None
            twin._starts, twin._merged, twin.memo = self._starts, self._merged, {}
            self.memo[("undated",)] = twin
        return twin  # type: ignore[return-value]

    def _starts_of(self, pattern: re.Pattern) -> list[int]:
        try:
            return self._starts[id(pattern)]
        except KeyError:
            raise KeyError(f"pattern {pattern.pattern[:60]!r} is not in this PrefixIndex: "
                           "add it to the index the Cues were built with") from None

    def _matches(self, pattern: re.Pattern, pos: int, endpos: int | None, folded: bool,
                 first_only: bool) -> list[re.Match]:
        """finditer's matches, or only the first; a plain loop, not a generator: most calls
        find nothing, and the rest few matches."""
        starts = self._starts_of(pattern)
        end = len(self.text) if endpos is None else endpos
        k = bisect_left(starts, pos)
        out: list[re.Match] = []
        if k == len(starts) or starts[k] >= end:
            return out  # the common case: nothing of this pattern here
        text = self.folded if folded else self.text
        match = pattern.match
        last = pos
        for i in range(k, len(starts)):  # no slice: the list spans the whole report
            at = starts[i]
            if at >= end:
                break
            if at < last:
                continue
            m = match(text, at, end)
            if m is not None and m.end() > at:
                out.append(m)
                if first_only:
                    break
                last = m.end()
        return out

    def finditer(self, pattern: re.Pattern, pos: int = 0, endpos: int | None = None, *,
                 folded: bool = False) -> list[re.Match]:
        """``pattern.finditer(text, pos, endpos)`` (over the folded text if ``folded``),
        trying only the offsets where one of the pattern's prefixes occurs."""
        return self._matches(pattern, pos, endpos, folded, False)

    def search(self, pattern: re.Pattern, pos: int = 0, endpos: int | None = None, *,
               folded: bool = False) -> re.Match | None:
        """The first match :meth:`finditer` would give, without looking for the rest."""
        found = self._matches(pattern, pos, endpos, folded, True)
        return found[0] if found else None

    def first_of(self, patterns: Sequence[re.Pattern], pos: int = 0, endpos: int | None = None,
                 *, folded: bool = False) -> list[tuple[int, re.Match]]:
        """What ``finditer`` of the alternation ``p0|p1|...`` would give, as (index of the
        pattern that matched, match): at each offset the first pattern, in order, that
        matches there. One long alternation is tried branch by branch at every offset;
        here only the patterns whose prefixes occur at an offset are tried there."""
        end = len(self.text) if endpos is None else endpos
        pairs = self._merged_starts(patterns)
        text = self.folded if folded else self.text
        out: list[tuple[int, re.Match]] = []
        last = pos
        for j in range(bisect_left(pairs, (pos,)), len(pairs)):  # (pos,) sorts before (pos, 0)
            at, i = pairs[j]
            if at >= end:
                break
            if at < last:
                continue
            m = patterns[i].match(text, at, end)
            if m is not None and m.end() > at:
                out.append((i, m))
                last = m.end()
        return out

    def _merged_starts(self, patterns: Sequence[re.Pattern]) -> list[tuple[int, int]]:
        """(offset, index of the pattern) for every offset of the report where one of
        ``patterns`` may begin, sorted; built on the first call for ``patterns``."""
        cached = self._merged.get(id(patterns))
        if cached is not None and cached[0] is patterns:
            return cached[1]
        pairs = sorted((at, i) for i, pattern in enumerate(patterns)
                       for at in self._starts_of(pattern))
        self._merged[id(patterns)] = (patterns, pairs)  # (kept alive, so the id stays its)
        return pairs

    def may_begin(self, patterns: Sequence[re.Pattern], pos: int, endpos: int) -> bool:
        """Whether one of ``patterns`` may begin in [pos, endpos), as :meth:`first_of`
        would try it there: a cheap pre-test."""
        pairs = self._merged_starts(patterns)
        k = bisect_left(pairs, (pos,))
        return k < len(pairs) and pairs[k][0] < endpos

    def any_of(self, words: Sequence[str], pos: int, endpos: int) -> bool:
        """Whether one of ``words`` (lower-case ASCII letters, digits and spaces) occurs in
        the folded text of [pos, endpos): a cheap pre-test for a pattern every match of
        which holds one of them. Whatever a pattern's letter matches, with or without
        ``re.I`` ("ſ", "K", "İ"), folds to that letter, so no match is missed."""
        folded = self.folded
        return any(folded.find(word, pos, endpos) >= 0 for word in words)

    def possible(self, pattern: re.Pattern, pos: int, endpos: int) -> bool:
        """Whether a prefix of ``pattern`` occurs in [pos, endpos): a cheap pre-test."""
        starts = self._starts_of(pattern)
        k = bisect_left(starts, pos)
        return k < len(starts) and starts[k] < endpos
