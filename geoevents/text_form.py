"""Report text in one Unicode form, with a map back to the original offsets.

The same name reaches us in several encodings: decomposed ("Shujāʿiyya" as "a" + a
combining macron, as macOS and some PDF tools write it), with a soft hyphen or a
zero-width joiner inside ("Khan\\u00adYounis", left by a CMS's hyphenation), or in
fullwidth letters ("ＲＡＦＡＨ", from East Asian input methods). The gazetteer automaton
and the event rules read composed ASCII-like text, so such a report is parsed in its normal
form: NFC, the letter-form variants of NFKC (fullwidth and halfwidth forms, Latin and
Arabic presentation forms and ligatures, mathematical alphanumerics) folded to their
letters, and invisible format characters removed. Only those variants: NFKC in full would
also rewrite typography the rules read as it is ("…" as "...", "²" as "2", a no-break
hyphen as a hyphen), and change reports that are already well formed.

Text already in that form, which is nearly every report, is not copied: ``normal_form``
returns None after a quick check (``unicodedata.is_normalized`` is a C quick-check).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

__all__ = ["NormalText", "normal_form"]

# Soft hyphen, zero-width non-joiner and joiner, word joiner, byte order mark, and the
# bidirectional marks and embeddings that mixed Arabic and English text carries: no glyph,
# and nothing between two letters of a word. (Not the zero-width space: a break between
# words, "Deir\u200bal-Balah", which the matcher reads as a space.)
_INVISIBLE = "\u00ad\u200c-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
# Blocks whose compatibility forms are other glyphs of ordinary letters and digits.
# (and the ideographic space that comes with fullwidth letters)
_LETTER_FORMS = "\u3000\ufb00-\ufdff\ufe70-\ufefe\uff01-\uffef\U0001d400-\U0001d7ff"
_NOT_NORMAL = re.compile(f"[{_INVISIBLE}{_LETTER_FORMS}]")
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]+")
_LETTER_FORM_RE = re.compile(f"[{_LETTER_FORMS}]")
# A stretch of non-ASCII characters, with the ASCII character before it (which a combining
# mark may compose with). No ASCII character composes with what precedes it, nor lets
# combining marks be reordered across it, so the normal form of a text is the normal forms
# of these stretches joined with the ASCII text between them.
_STRETCH = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")


def _normalize(chars: str) -> str:
    """The normal form of a piece of text (see the module's docstring)."""
    chars = _INVISIBLE_RE.sub("", chars)
    chars = _LETTER_FORM_RE.sub(_compatible, chars)
    return unicodedata.normalize("NFC", chars)


def _compatible(m: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", m.group())


def _is_normal(text: str) -> bool:
    return text.isascii() or (unicodedata.is_normalized("NFC", text) and
                              _NOT_NORMAL.search(text) is None)


@dataclass(frozen=True, slots=True)
class NormalText:
    """Text in its normal form, and where in the original each of its pieces came from.

    Pieces, not characters: a long report with one decomposed accent is one piece copied
    as it was, one that changed and another copied, so the map costs nothing per character
    (a list of offsets per character would cost a 5 MB report hundreds of megabytes).
    """

    text: str
    size: int  # the original's length
    starts: list[int]  # where each piece begins in ``text``
    pieces: list[tuple[int, int, bool]]  # its span in the original, and if copied as it was

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original that ``text[start:end]`` came from."""
        if end <= start:
            at = self._origin(start)[0] if start < len(self.text) else self.size
            return at, at
        return self._origin(start)[0], self._origin(end - 1)[1]

    def _origin(self, i: int) -> tuple[int, int]:
        k = bisect_right(self.starts, i) - 1
        lo, hi, as_it_was = self.pieces[k]
        if as_it_was:
            lo += i - self.starts[k]
            return lo, lo + 1
        return lo, hi


class _Builder:
    """Collects the normal form of a text piece by piece, with its map back."""

    def __init__(self, text: str) -> None:
        self.original = text
        self.out: list[str] = []
        self.starts: list[int] = []
        self.pieces: list[tuple[int, int, bool]] = []
        self.length = 0

    def keep(self, lo: int, hi: int) -> None:
        """``original[lo:hi]``, its own normal form, one character for one."""
        if hi <= lo:
            return
        self.out.append(self.original[lo:hi])
        if self.pieces and self.pieces[-1][2] and self.pieces[-1][1] == lo:
            self.pieces[-1] = (self.pieces[-1][0], hi, True)
        else:
            self.starts.append(self.length)
            self.pieces.append((lo, hi, True))
        self.length += hi - lo

    def put(self, chars: str, lo: int, hi: int) -> None:
        """``chars``, the normal form of ``original[lo:hi]``, each from all of it."""
        if not chars:
            return
        self.out.append(chars)
        self.starts.append(self.length)
        self.pieces.append((lo, hi, False))
        self.length += len(chars)

    def result(self) -> NormalText:
        return NormalText("".join(self.out), len(self.original), self.starts, self.pieces)


def normal_form(text: str) -> NormalText | None:
    """``text`` in its normal form, with the map back to ``text``; None when ``text`` is in
    that form already (the common case, checked without a copy)."""
    if _is_normal(text):
        return None
    built = _Builder(text)
    pos = 0
    for m in _STRETCH.finditer(text):
        built.keep(pos, m.start())
        _stretch(built, m.start(), m.end())
        pos = m.end()
    built.keep(pos, len(text))
    return built.result()


def _stretch(built: _Builder, lo: int, hi: int) -> None:
    """The normal form of ``text[lo:hi]``, each character mapped to the character it came
    from with its combining marks ("a" + macron -> "ā" maps to both); where characters of
    the stretch compose across that (Hangul jamo, two-part Indic vowels), every character
    maps to the whole stretch."""
    text = built.original
    piece = text[lo:hi]
    whole = _normalize(piece)
    if whole == piece:
        built.keep(lo, hi)
        return
    clusters = _clusters(text, lo, hi)
    parts = [_normalize(text[a:b]) for a, b in clusters]
    if "".join(parts) != whole:
        built.put(whole, lo, hi)
        return
    for (a, b), part in zip(clusters, parts):
        if part == text[a:b]:
            built.keep(a, b)
        else:
            built.put(part, a, b)


def _clusters(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of ``text[lo:hi]`` that each open on a character that is no combining mark."""
    bounds = [i for i in range(lo + 1, hi) if not unicodedata.combining(text[i])]
    return list(zip([lo, *bounds], [*bounds, hi]))
