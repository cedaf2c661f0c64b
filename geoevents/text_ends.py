"""Whether a stretch of a report is blank, and where the text before an offset ends once
its spaces are left off, read in place; and where each of many sentences first stands.

``len(text[:i].rstrip())`` and ``not text[:i].strip()`` copy the report up to ``i``: a
rule that asks them for every sentence copies the whole report once a sentence, and a
long report's parse grows with the square of its length. These give the same answers
from the characters at the edge of the stretch (the same whitespace as ``str.strip``:
``re``'s ``\\s`` and ``str.isspace`` both go by Unicode's).
"""

from __future__ import annotations

import re

from ahocorasick_rs import AhoCorasick, MatchKind

__all__ = ["blank", "first_found", "stripped_end"]

_NOT_SPACE = re.compile(r"\S")


def blank(text: str, start: int = 0, end: int | None = None) -> bool:
    """``not text[start:end].strip()``, looking no further than the first character that
    is no space."""
    if start < 0 or end is not None and end < 0:
        return not text[start:end].strip()
    return _NOT_SPACE.search(text, start, len(text) if end is None else end) is None


def stripped_end(text: str, end: int) -> int:
    """``len(text[:end].rstrip())``: ``end`` moved back over the spaces before it."""
    if end < 0:
        return len(text[:end].rstrip())
    end = min(end, len(text))
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


# Up to this many distinct parts, ``find`` each: building the automaton costs more than the
# few reads of a report of ordinary length (a tenth of a millisecond a report over the corpus).
_FEW = 32


def first_found(text: str, parts: list[str | None]) -> list[int]:
    """``[text.find(p) if p else -1 for p in parts]`` in one pass over ``text``: the records
    of a long report each finding its sentence from the report's start read the report
    once a record. One automaton of the distinct parts reports every place each stands
    (overlapping too), of which the first is ``find``'s answer."""
    distinct = list(dict.fromkeys(p for p in parts if p))
    if len(distinct) <= _FEW:
        return [text.find(p) if p else -1 for p in parts]
    try:
        found = AhoCorasick(distinct, matchkind=MatchKind.Standard
                            ).find_matches_as_indexes(text, overlapping=True)
    except UnicodeEncodeError:  # (a lone surrogate, which the automaton cannot take)
        return [text.find(p) if p else -1 for p in parts]
    first: dict[int, int] = {}
    for which, start, _ in found:
        if which not in first or start < first[which]:
            first[which] = start
    at = {p: first.get(k, -1) for k, p in enumerate(distinct)}
    return [at[p] if p else -1 for p in parts]
