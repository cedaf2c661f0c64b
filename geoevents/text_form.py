"""Report text in one Unicode form, with a map back to the original offsets.

The same name reaches us in several encodings: decomposed ("Shujāʿiyya" as "a" + a
combining macron, as macOS and some PDF tools write it), with a soft hyphen or a
zero-width character inside ("Khan\\u00adYounis", left by a CMS's hyphenation), or in
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

from geoevents.markup import PlainText

__all__ = ["normal_form"]

# Soft hyphen, zero-width space, non-joiner and joiner, word joiner, byte order mark, and
# the bidirectional marks and embeddings that mixed Arabic and English text carries: no
# glyph, and no part of a name.
_INVISIBLE = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
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


def normal_form(text: str) -> PlainText | None:
    """``text`` in its normal form, each character with the span of ``text`` it came from;
    None when ``text`` is in that form already (the common case, checked without a copy)."""
    if _is_normal(text):
        return None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _STRETCH.finditer(text):
        _keep(text, pos, m.start(), out, starts, ends)
        _stretch(text, m.start(), m.end(), out, starts, ends)
        pos = m.end()
    _keep(text, pos, len(text), out, starts, ends)
    return PlainText("".join(out), starts, ends)


def _keep(text: str, lo: int, hi: int, out: list[str], starts: list[int],
          ends: list[int]) -> None:
    """Characters that are their own normal form, one for one."""
    out.append(text[lo:hi])
    starts.extend(range(lo, hi))
    ends.extend(range(lo + 1, hi + 1))


def _stretch(text: str, lo: int, hi: int, out: list[str], starts: list[int],
             ends: list[int]) -> None:
    """The normal form of ``text[lo:hi]``, each character mapped to the character it came
    from with its combining marks ("a" + macron -> "ā" maps to both); where characters of
    the stretch compose across that (Hangul jamo, two-part Indic vowels), every character
    maps to the whole stretch."""
    piece = text[lo:hi]
    whole = _normalize(piece)
    if whole == piece:
        _keep(text, lo, hi, out, starts, ends)
        return
    clusters = _clusters(text, lo, hi)
    parts = [_normalize(text[a:b]) for a, b in clusters]
    if "".join(parts) != whole:
        clusters, parts = [(lo, hi)], [whole]
    for (a, b), part in zip(clusters, parts):
        out.append(part)
        starts.extend([a] * len(part))
        ends.extend([b] * len(part))


def _clusters(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of ``text[lo:hi]`` that each open on a character that is no combining mark."""
    bounds = [i for i in range(lo + 1, hi) if not unicodedata.combining(text[i])]
    return list(zip([lo, *bounds], [*bounds, hi]))
