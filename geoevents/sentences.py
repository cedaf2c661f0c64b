"""Sentence and clause segmentation with offsets into the original text.

Events are coded per sentence (the evidence quoted in ``notes``) and located per clause,
so both keep offsets into the report. Rules, not a model: reports are edited news prose,
and the hard cases are abbreviations ("U.S.", "Lt. Col.", "Jan.") and scraped page chrome
(headlines without a full stop, one per line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Span", "split_sentences", "split_clauses"]

_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj sgt capt cpl pvt adm brig st sr jr no nos vs etc
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
u.s u.n u.k e.g i.e a.m p.m approx dept est fig inc ltd co corp gov rep sen
""".split())
# A full stop may be followed by closing quotes and reference markers ("it.[94][98] The").
# The pattern begins with a character class, so the engine skips straight to candidates;
# the lookbehinds say which kind of boundary that first character began.
_BOUNDARY = re.compile(
    r"[.!?\n](?:(?<=[.!?])[.!?]*(?:\[\d+\])*[\"'”’)\]]*(?:\[\d+\])*\s+"
    r"(?=[\"“'‘(\[]?[A-Z0-9\u0600-\u06FF])|(?<=\n)\s*\n|(?<=\n))")
_WORD_DOT_TAIL = re.compile(r"[\w.]*$")
_CLAUSE = re.compile(
    r";|:\s|\s[—–]\s|,\s+and,?\s+|"
    r",?\s+(?:amid|while|whereas|but|after|before|as well as|meanwhile|alongside|"
    r"in addition to)\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence or clause: offsets into the report, its text, and its paragraph number."""

    start: int
    end: int
    text: str
    paragraph: int = 0


def split_sentences(text: str) -> list[Span]:
    """Sentences with offsets; blank lines also separate paragraphs."""
    spans: list[Span] = []
    start = 0
    para = 0
    for m in _BOUNDARY.finditer(text):
        at = m.start()
        mark = text[at]
        if mark == "." and _is_abbreviation(_last_word(text, max(start, at - 40), at)):
            continue
        _add(spans, text, start, at if mark == "\n" else at + 1, para)
        if m.group().count("\n") >= 2:
            para += 1
        start = m.end()
    _add(spans, text, start, len(text), para)
    return spans


def _last_word(text: str, lo: int, dot: int) -> str:
    """The word a full stop at ``dot`` ends ("U.S", "Lt", "Jan"), dots inside kept."""
    body = text[lo:dot]
    if not body or body[-1].isspace():
        return ""
    last = body.rsplit(None, 1)[-1]
    if not last.replace(".", "").replace("_", "").isalnum():
        last = _WORD_DOT_TAIL.search(last).group()
    return last.lower()


def _is_abbreviation(token: str) -> bool:
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


MAX_SENTENCE = 2000  # characters; no edited sentence is longer


def _add(spans: list[Span], text: str, start: int, end: int, para: int) -> None:
    # Text without sentence punctuation (a scraped table, a hostile input) is cut at a
    # space every MAX_SENTENCE characters, so per-sentence work stays bounded.
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _add(spans, text, start, cut, para)
        start = cut
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    trail = len(raw.rstrip())
    if trail > lead:
        spans.append(Span(start + lead, start + trail, raw[lead:trail], para))


def split_clauses(sentence: Span) -> list[Span]:
    """Clauses of a sentence, split at conjunctions that often change place or event."""
    out: list[Span] = []
    pos = 0
    for m in _CLAUSE.finditer(sentence.text):
        if m.start() > pos:
            out.append(Span(sentence.start + pos, sentence.start + m.start(),
                            sentence.text[pos:m.start()], sentence.paragraph))
        # The connective ("amid ...") belongs to the clause it opens; punctuation to none.
        pos = m.end() if m.group().strip() in (";", ":") else m.start()
    out.append(Span(sentence.start + pos, sentence.end, sentence.text[pos:], sentence.paragraph))
    return [c for c in out if c.text.strip()]
