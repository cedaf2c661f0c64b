"""Name normalisation shared by the gazetteer index and the text matcher.

Reports spell the same place many ways: Shejaia, Shujaiya, Shuja'iyya, al-Shujaiyya,
Ash Shuja'iyeh. Two keys absorb that variation:

* :func:`fold` is *length-preserving* (one output character per input character), so a
  match found in folded text maps straight back to offsets in the original report.
* :func:`name_key` is the lookup key: folded, apostrophes dropped, hyphens as spaces,
  Arabic articles (al-, el-, ash-, as-…) removed.
* :func:`skeleton` goes further (consonant skeleton) to catch vowel and doubling
  variation in transliterations; it is only used to *propose* candidates, which are then
  ranked by string similarity.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "name_key", "skeleton", "ARTICLES", "article_variants", "SURROGATE",
           "transliteration_variants"]

# A lone surrogate (from a broken UTF-16 source, or JSON's "\\ud800"): no encoder takes it.
SURROGATE = re.compile("[\ud800-\udfff]")

# Apostrophe-like marks (ayn, hamza, typographic quotes) all fold to "'".
_APOSTROPHES = "\u2019\u2018\u02bf\u02be\u0060\u00b4\u02bc\u02bb\u2032"
# Dash-like marks fold to a space so "al-Mawasi" and "al Mawasi" look alike.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015_"
_SPACES = "\n\r\t\u00a0\u2009\u202f\u200b"


def _ascii_by_case(ch: str) -> str | None:
    """The ASCII letter a character equals when case is ignored ("ı" -> "i"), if any."""
    for other in (ch.lower(), ch.upper().lower()):
        if len(other) == 1 and other.isascii() and other.isalpha():
            return other
    return None


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for c in _APOSTROPHES:
        table[ord(c)] = "'"
    for c in _DASHES:
        table[ord(c)] = " "
    for c in _SPACES:
        table[ord(c)] = " "
    # Latin letters with diacritics -> their base letter, one char for one char.
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = "".join(
            b for b in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(b)
        ).lower()
        if len(base) == 1 and base.isascii() and base.isalpha():
            table[cp] = base
        elif len(ch.lower()) == 1 and not _ascii_by_case(ch):
            table[cp] = ch.lower()
    # Letters that only case-insensitive matching relates to an ASCII letter: dotless ı
    # (I -> i), long ſ, the Kelvin sign. Folding them keeps "kılled" a casualty word.
    # Decimal digits of every script (Arabic-Indic ٣٥, fullwidth ３) -> ASCII digits:
    # numbers in reports are read whatever digits they are written in.
    for cp in range(0x80, 0x10000):
        ch = chr(cp)
        if ch.isdecimal():
            table[cp] = str(unicodedata.decimal(ch))
        elif cp not in table and (other := _ascii_by_case(ch)):
            table[cp] = other
    # Arabic letter variants that spellings of the same name alternate between.
    for src, dst in {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و",
                     "ئ": "ي", "ـ": " "}.items():
        table[ord(src)] = dst
    # Capital ASCII letters (str.lower would do this, but one table is one pass).
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp + 32)
    return table


_FOLD = _build_fold_table()


# Typographic marks common in English news; str.replace is far faster than translate.
_COMMON_MARKS = (("\u2019", "'"), ("\u2018", "'"), ("\u2013", " "), ("\u2014", " "),
                 ("\u201c", '"'), ("\u201d", '"'), ("\u00a0", " "))


def fold(text: str) -> str:
    """Lower-case, fold diacritics, apostrophes, dashes; keep the length unchanged."""
    if not text.isascii():
        for mark, plain in _COMMON_MARKS:
            if mark in text:
                text = text.replace(mark, plain)
        if not text.isascii():
            # English reports carry a few accented letters or an Arabic name: fold only
            # those characters (``translate`` would look every character up in a dict).
            text = _NON_ASCII.sub(_fold_char, text)
    out = text.lower()
    if len(out) != len(text):  # a letter whose lower case is longer ("İ")
        out = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    out = out.replace("-", " ")
    if "\n" in out:
        out = out.replace("\n", " ")
    if "`" in out or "\t" in out or "\r" in out:  # the ASCII ones of the table's marks
        out = out.replace("`", "'").replace("\t", " ").replace("\r", " ")
    return out


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_char(m: re.Match) -> str:
    return m.group().translate(_FOLD)


ARTICLES = frozenset({"al", "el", "ash", "as", "an", "az", "ad", "at", "ar", "ath",
                      "adh", "ez", "es", "en", "et", "ed", "the"})
_ARABIC_HARAKAT = re.compile("[\u064b-\u065f\u0670]")
_NON_WORD = re.compile(r"[^\w' ]+")
_SPACE_RUN = re.compile(r"\s+")


def _tokens(name: str) -> list[str]:
    folded = _ARABIC_HARAKAT.sub("", fold(name))
    # A possessive 's ends the name ("Gaza's" -> "gaza").
    folded = re.sub(r"'s\b", " ", folded)
    folded = folded.replace("'", "")
    folded = _NON_WORD.sub(" ", folded)
    return [t for t in _SPACE_RUN.split(folded) if t]


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The exact-lookup key: article-free, apostrophe-free, single-spaced.

    Memoised: the same few thousand names are keyed again and again in a batch.
    """
    toks = _tokens(name)
    kept = [t for t in toks if t not in ARTICLES]
    return " ".join(kept or toks)


_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLES = re.compile(r"(.)\1+")


def skeleton(name: str) -> str:
    """A consonant skeleton of :func:`name_key` for transliteration-tolerant recall."""
    out = []
    for tok in name_key(name).split():
        if not tok.isascii():
            out.append(tok)
            continue
        t = tok.replace("ou", "u").replace("ph", "f").replace("q", "k").replace("dh", "d")
        t = re.sub(r"(?<=[aeiouy])h$", "", t)  # final -ah/-eh/-iyah
        first, rest = t[:1], _VOWELS.sub("", t[1:])
        t = _DOUBLES.sub(r"\1", first + rest)
        out.append(t)
    return " ".join(out)


def article_variants(words: list[str]) -> list[list[str]]:
    """Spellings of a multi-word name with each Arabic article written the ways reports do.

    ``["deir", "al", "balah"]`` gives "deir al balah", "deir el balah", "deir balah".
    Sun-letter assimilation ("ash shati", "an nasr") is produced as well.
    """
    variants: list[list[str]] = [[]]
    i = 0
    while i < len(words):
        w = words[i]
        if w in ARTICLES and w != "the" and i + 1 < len(words):
            nxt = words[i + 1]
            forms = {"al", "el", ""}
            if nxt[:1] in "tdrzsnl" and nxt.isascii():
                sun = "a" + (nxt[:2] if nxt[:2] in ("sh", "th", "dh") else nxt[:1])
                forms.add(sun)
            forms.add(w)
            variants = [v + ([f] if f else []) for v in variants for f in sorted(forms)]
        else:
            variants = [v + [w] for v in variants]
        i += 1
    return variants


# English words of site names ("Nasser Hospital", "Karm Abu Salem crossing"): spelt one way
_ENGLISH_HEADS = frozenset("""
hospital hospitals school schools street road camp camps refugee crossing crossings city town
complex medical centre center university college market mosque church tower towers square
junction roundabout area areas neighbourhood neighborhood quarter district governorate strip
corridor beach port gate border point terminal children's childrens martyrs clinic bridge
village valley north south east west northern southern eastern western central new old
""".split())
_PENULTIMATE_E = re.compile(r"(?<=[^aeiouy])e(?=[^aeiouy]$)")


def transliteration_variants(words: list[str]) -> list[list[str]]:
    """Other spellings of an Arabic name's words that reports write for the same sounds.

    Transliterations of one Arabic vowel alternate: "ou" and "oo" (Zaytoun, Zaytoon);
    in a name of two or more words, a last "i" and "y" (al-Ahli, al-Ahly) and an "e" and
    "i" before a word's last consonant (Karm Abu Salem, Karm Abu Salim; Naser, Nasir).
    Each variant changes one word, so a name keeps the rest of its spelling; the second
    two rules need another word of the name beside the changed one, as one word read so
    loosely is often a person's name ("Salim", "Ahly" the football club). Articles and
    English words ("hospital", "street") are left as they are.
    """
    named = [w for w in words if w not in ARTICLES and w not in _ENGLISH_HEADS]
    several = sum(w not in ARTICLES for w in words) > 1
    out: list[list[str]] = []
    for i, w in enumerate(words):
        if w in ARTICLES or w in _ENGLISH_HEADS or not w.isascii() or len(w) < 4 or \
                w not in named:
            continue
        forms = set()
        if "ou" in w:
            forms.add(w.replace("ou", "oo"))
        if "oo" in w:
            forms.add(w.replace("oo", "ou"))
        if several and w.endswith("i"):
            forms.add(w[:-1] + "y")
        if several and _PENULTIMATE_E.search(w):
            forms.add(_PENULTIMATE_E.sub("i", w))
        out += [words[:i] + [f] + words[i + 1:] for f in sorted(forms - {w})]
    return out
