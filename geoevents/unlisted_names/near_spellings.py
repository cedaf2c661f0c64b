"""A close spelling of a place of the Strip where a name is told: after a preposition or
"the town of", before a site's noun ("Kamal Awan Hospital"), or with an apostrophe inside a
word ("Sheja’iya").

Reports spell the Strip's places many ways ("Beith Lahia", "Abassan Al Kabeera"): a name the
automaton does not find, spelt like a place word for word, is that place. A looser likeness,
or a vowel swapped, is another place or a person ("Beit Hanina" in Jerusalem is not Beit
Hanoun), and a site's article-led name read without its article may be another site's
(:func:`bare_of_another_site`, which :mod:`geoevents.mentions` uses too).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from geoevents.gazetteer import Candidate, Gazetteer
from geoevents.model import Mention, Place
from geoevents.normalize import ARTICLES, fold, name_key
from geoevents.unlisted_names.capitalised_names import NAME_CUE, PlaceCues
from geoevents.unlisted_names.records import NOT_PLACES, ORG_LAST, looked_up, overlaps

__all__ = ["bare_of_another_site", "near_spelling_mentions", "site_first_words"]


# "Both Beith Lahia and Jabalia", "vehicles moved into the town of Abassan Al Kabeera", "in
# Al Sheja’iya": a capitalised name the automaton does not find, spelt like a place of the
# Strip word for word (each word begins alike and has a letter or two more or fewer), or
# the place's own spelling but for an apostrophe inside a word. A looser likeness, or a
# vowel swapped, is another place or a person ("Beit Hanina" in Jerusalem is not "Beit
# Hanuna", Beit Hanoun).
_WORD = r"[A-Z][a-z]+(?:['’][a-z]+)*"
_MORE = rf"[ -](?:(?:[Aa]l|[Ee]l|as|ash|ad|an)[- ])?{_WORD}"
# An article and a name, or two to four capitalised words, or one with an apostrophe inside
# (a lone word without one is one word of a key: no near spelling). A name after "al-"/"el "
# takes the article (group 1 matches, empty, and the name begins three characters before the
# match). Tried only over the run of capitalised words around a place where a name is told
# (see ``near_spelling_mentions``).
_CAPITALISED = re.compile(
    r"[A-Z](?=[a-z]+[ -][A-Zae]|[a-z]+['’]|(?<=l[- ].))"
    rf"(?:(?<=(?<![\w'’-])[ae]l[- ].)()[a-z]+(?:['’][a-z]+)*(?:{_MORE}){{0,3}}|"
    rf"(?<![\w'’-].)(?:(?<=[AE])l[- ]{_WORD}(?:{_MORE}){{0,3}}|"
    rf"[a-z]+(?:['’][a-z]+)*(?:{_MORE}){{1,3}}|[a-z]+(?:['’][a-z]+)+))(?![\w'’-])")
# The run of capitalised words (and articles) a place of the text stands in, before it and on
_RUN_BEFORE = re.compile(r"(?<![\w'’])(?:(?:[A-Z][\w'’]*|[ae]l|a[dnrsz]|ash)[ -])*[\w'’]*\Z")
_RUN_ON = re.compile(r"[\w'’]*(?:[ -](?:(?:[ae]l|a[dnrsz]|ash)[- ])?[A-Z][\w'’]*)*")
_INNER_APOSTROPHE = re.compile(r"[a-z]['’][a-z]")
_CLOSE_WORD = 75.0  # rapidfuzz ratio: "beith"/"beit", "kabeera"/"kabira" (not "hanina"/"hanoun")


@cache
def _first_words(gazetteer: Gazetteer) -> tuple[str, ...]:
    """The first words of the Strip's multi-word place names: a cheap test before a lookup."""
    return tuple(sorted({name_key(a).split()[0] for p in gazetteer if p.in_gaza
                         for a in gazetteer.aliases_of(p) if len(name_key(a).split()) > 1}))


@cache
def _words_of_places(gazetteer: Gazetteer) -> dict[str, frozenset[str]]:
    """Each word of the Strip's place spellings, with the ids of the places it spells."""
    out: dict[str, set[str]] = {}
    for p in gazetteer:
        if p.in_gaza:
            for a in gazetteer.aliases_of(p):
                for w in name_key(a).split():
                    out.setdefault(w, set()).add(p.id)
    return {w: frozenset(ids) for w, ids in out.items()}


_NOT_WORD = re.compile(r"[^\w' ]+")


@cache
def site_first_words(gazetteer: Gazetteer) -> dict[str, frozenset[str]]:
    """The first words of the Strip's site spellings (hospitals and facilities) written
    without an article, each with the ids of the sites whose spellings begin with it."""
    out: dict[str, set[str]] = {}
    for place in gazetteer:
        if place.in_gaza and place.feature_class in ("hospital", "facility"):
            for alias in gazetteer.aliases_of(place):
                words = _NOT_WORD.sub(" ", fold(alias)).split()
                if words and words[0] not in ARTICLES:
                    out.setdefault(words[0], set()).add(place.id)
    return {w: frozenset(ids) for w, ids in out.items()}


def bare_of_another_site(firsts: dict[str, frozenset[str]], spelling: str,
                         place_id: str) -> bool:
    """Whether ``spelling`` (folded), a site's article-led name read without its article,
    begins as other sites' spellings do and never as this site's: "Nasser Children's
    Hospital" is not al-Nasr's "al-Nasser Children's Hospital" (in Gaza City) but reads as
    Nasser's ("Nasser Hospital", in Khan Younis)."""
    words = _NOT_WORD.sub(" ", spelling).split()
    ids = firsts.get(words[0], frozenset()) if words else frozenset()
    return bool(ids) and place_id not in ids


# A word that is the place's word with an ending for its people or a plural names no place:
# "Northern Gazans fled south" (not "northern Gaza")
_PEOPLE_ENDINGS = ("n", "ns", "s", "es", "is", "ites")
# Places named for a person ("Abu Yousef al-Najjar Hospital", "Al-Mughraqa", once "Abu
# Mudayn"): their near spelling is the person unless a site noun follows ("Abu Yousef
# al-Najjar was killed in 1973", "Abu Madain spoke"; but "Al Rantissi Hospital")
_NAMED_FOR_PEOPLE = frozenset({"hospital", "facility"})
_KUNYAS = frozenset({"abu", "umm", "um", "ibn", "bin"})
_SITE_HEADS = frozenset("""
hospital school mosque church university college complex clinic centre center stadium square
roundabout resort cemetery museum hotel camp crossing gate corridor road street market
""".split())


def _word_for_word(key: str, place: Place, gazetteer: Gazetteer) -> bool:
    words = key.split()
    # (a word spelt exactly as another place's is that place's, not a near spelling:
    # "Nasser Paediatric Hospital" is no "Nasr Paediatric Hospital")
    known = _words_of_places(gazetteer)
    for alias in gazetteer.aliases_of(place):
        other = name_key(alias).split()
        if len(other) == len(words) and all(a == b or len(a) != len(b) and a[0] == b[0] and
                                            a.removeprefix(b) not in _PEOPLE_ENDINGS and
                                            fuzz.ratio(a, b) >= _CLOSE_WORD and
                                            not known.get(a, frozenset()) - {place.id}
                                            for a, b in zip(words, other)):
            return True
    return False


@lru_cache(maxsize=8192)
def _close_first_word(gazetteer: Gazetteer, word: str) -> bool:
    """Whether a word is spelt like the first word of a multi-word place of the Strip."""
    return process.extractOne(word, _first_words(gazetteer), scorer=fuzz.ratio,
                              score_cutoff=_CLOSE_WORD) is not None


@lru_cache(maxsize=8192)  # the same few thousand capitalised names come again and again
def _near_spelling(gazetteer: Gazetteer, surface: str) -> Candidate | None:
    key = name_key(surface)
    words = key.split()
    inner = _INNER_APOSTROPHE.search(surface) is not None
    named = [w for w in re.split(r"[ -]", surface) if w not in ("Al", "El", "al", "el")]
    if not words or len(words) < 2 and not inner or not named or named[0] in NOT_PLACES or \
            named[-1] in ORG_LAST:
        return None
    if len(words) > 1 and not _close_first_word(gazetteer, words[0]):
        return None  # most capitalised names: people, organisations
    cands = [c for c in gazetteer.lookup(surface, limit=3) if c.place.in_gaza]
    if not cands:
        return None
    c = cands[0]
    if c.match == "exact":
        # (else the automaton's checks turned it down; nor a bare spelling it does not hold:
        # "Nasser Children's Hospital")
        return c if inner and not (
            c.place.feature_class in ("hospital", "facility") and
            bare_of_another_site(site_first_words(gazetteer), fold(surface), c.place.id)) \
            else None
    if (c.place.feature_class in _NAMED_FOR_PEOPLE or words[0] in _KUNYAS) and \
            words[-1] not in _SITE_HEADS:
        return None
    return c if len(words) > 1 and _word_for_word(key, c.place, gazetteer) else None


def _may_be_near(name: str) -> bool:
    """Whether a name has more than one word or an apostrophe: one word with none is one
    word of a key, never a near spelling."""
    return " " in name or "-" in name or "'" in name or "’" in name


@lru_cache(maxsize=8192)  # the same few thousand capitalised names come again and again
def _near_spelling_in(gazetteer: Gazetteer, name: str) -> tuple[int, Candidate] | None:
    """(offset in ``name``, candidate) of the longest tail of a capitalised name that is a
    close spelling of a place of the Strip ("Both Beith Lahia": "Beith Lahia")."""
    at = 0
    while True:
        surface = name[at:]
        c = _near_spelling(gazetteer, surface) if len(surface) <= 80 and \
            _may_be_near(surface) else None
        if c is not None:
            return at, c
        space = name.find(" ", at)
        if space < 0:
            return None
        at = space + 1
        if name.startswith(("al ", "al-", "el ", "el-"), at):
            return None  # "Beit al-...": a lower-case article goes on the name before it


def _name_anchors(text: str, known: list[Mention], starts: list[int], cues: PlaceCues
                  ) -> list[tuple[int, int]]:
    """Where a name is told, and where its run of capitalised words may begin: the cue's
    own first word ("In", "Both") may be capitalised; before a site's noun or an
    apostrophe, it is not known (-1)."""
    anchors = []
    for hit in cues.after_prepositions(known, starts):
        if _may_be_near(hit.group(1)):
            anchors.append((hit.start(1), hit.start()))
    anchors += [(hit.end(), hit.start()) if hit.start(1) < 0 else (hit.start(), -1)
                for hit in cues.cues.finditer(NAME_CUE)]
    for quote in ("’", "'"):
        at = text.find(quote)
        while at >= 0:
            # a letter on both sides, not "Israel's", "don't" ("Sheja’iya", "Shujai'yeh")
            after = text[at + 1:at + 2]
            if after.isalpha() and after not in "st" and at and text[at - 1].isalpha():
                anchors.append((at, -1))
            at = text.find(quote, at + 1)
    return anchors


def near_spelling_mentions(gazetteer: Gazetteer, text: str, known: list[Mention],
                           cues: PlaceCues | None = None) -> list[Mention]:
    """Capitalised names that are a close spelling of a place in the Strip (see
    ``_CAPITALISED``), trying the name without its first words ("Both Beith Lahia"). They
    are looked for where a name is told: after a preposition or "the town of", before a
    site's noun, and around an apostrophe inside a word ("Sheja’iya"), in the run of
    capitalised words there."""
    if cues is None:
        cues = PlaceCues(text, fold(text))
    starts = [m.start for m in known]
    out: list[Mention] = []
    done = -1
    for anchor, begin in sorted(_name_anchors(text, known, starts, cues)):
        if anchor < done or overlaps(known, starts, anchor, anchor + 1):
            continue  # a run already read, or a name the automaton found (most)
        if begin < 0:
            run = _RUN_BEFORE.search(text, max(0, anchor - 60), anchor)
            begin = run.start() if run is not None else anchor
        begin = max(begin, done)
        done = _RUN_ON.match(text, anchor).end()
        for hit in _CAPITALISED.finditer(text, begin, min(len(text), done + 1)):
            start, end = hit.span()
            if hit.start(1) >= 0:
                start -= 3  # "al-Shifa": the article before the capital
            found = _near_spelling_in(gazetteer, text[start:end])
            if found is not None and not overlaps(known, starts, start, end):
                out.append(looked_up(text, start + found[0], end, [found[1]],
                                     "of a capitalised name"))
    return out
