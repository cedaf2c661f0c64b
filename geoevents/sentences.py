"""Sentence and clause segmentation with offsets into the original text.

Events are coded per sentence (the evidence quoted in ``notes``) and located per clause,
so both keep offsets into the report. Rules, not a model: reports are edited news prose,
and the hard cases are abbreviations ("U.S.", "Lt. Col.", "Jan.") and scraped page chrome
(headlines without a full stop, one per line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geoevents.anchored import Cues, PrefixIndex

__all__ = ["Span", "split_sentences", "split_clauses", "PATTERNS", "NAME_WORD", "ARTICLE",
           "stop_before", "stop_after"]

_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj sgt capt cpl pvt adm brig st sr jr no nos vs etc
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
u.s u.n u.k e.g i.e a.m p.m approx dept est fig inc ltd co corp gov rep sen
""".split())


def _class_of_capitals() -> str:
    """A regex class body of every capital letter (upper or title case) outside ASCII, as
    ranges: the ``re`` module has no ``\\p{Lu}``. A sentence may open on a name in any
    script ("said so. Émile Dupont", "Ørsted", "Łódź"), not only on A-Z."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x80, 0x20000):
        ch = chr(cp)
        if ch.isupper() or ch.istitle():
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


_CAPITALS = _class_of_capitals()
# What a sentence opens on: a capital of any script, a digit, or an Arabic letter (Arabic
# script has no case)
_OPENS = "[A-Z0-9\u0600-\u06FF" + _CAPITALS + "]"
# A full stop may be followed by closing quotes and reference markers ("it.[94][98] The").
# The pattern begins with a character class, so the engine skips straight to candidates;
# the lookbehinds say which kind of boundary that first character began, and that a run
# of marks is only tried from its first one ("a....." stays linear).
# (and a full stop glued to the next sentence, as scraped pages lose the space: "in Deir
# el-Balah.A separate attack")
_BOUNDARY = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?<![.!?][.!?])[.!?]*(?:\[\d+\])*[\"'”’)\]]*(?:\[\d+\])*\s+"
    r"(?=[\"“'‘«„(\[]?" + _OPENS + r")|(?<=\n)\s*\n|(?<=\n)|(?<=[a-z]{2}\.)(?=[A-Z"
    + _CAPITALS + r"](?:[a-z]{2}|\s[a-z])))")
_WORD_DOT_TAIL = re.compile(r"[\w.]*$")
# Where a sentence splits into clauses that often change place or event: punctuation
# (";", ": ", " — ", ", and ") and connectives (", amid", " while", " after"...).
# (", and of an entire block in Shejaia": the same noun again, of another place, is not a
# clause of its own; a partitive over a toll, ", and of the 15 people killed in Gaza City",
# is)
_CLAUSE_PUNCT = re.compile(r"[;:—–,](?:(?<=;)|(?<=:)\s|(?<=\s[—–])\s|"
                           r"(?<=,)\s+and,?\s+(?!of\s(?![^,.;]{0,40}\b(?:killed|dead|died|injured|"
                           r"wounded|victims|casualties)\b)))",
                           re.IGNORECASE)
_NUMBER = (r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
           r"twenty|thirty|forty|fifty|dozens|several|scores)")
# ("and another three people, including a child, were killed in Bureij", "and another 12
# Palestinian civilians were killed": "another" takes what any count takes; "and another
# three were killed" needs no noun)
_OWN_COUNT = (rf"(?:(?:at\s+least\s+|more\s+than\s+|another\s+)?{_NUMBER}\s+"
              r"(?:[\w-]+\s+){0,2}?[\w-]+"
              r"(?:,\s+(?:including|among\s+them)\b[^,.;]{1,60},)?\s+(?:are|were|have\s+been|"
              rf"had\s+been)|another\s+{_NUMBER}\s+(?:are|were|have\s+been|"
              r"had\s+been)|an?\s+(?:[\w-]+\s+)?(?:child|man|woman|boy|girl|person|civilian|"
              r"soldier|journalist|paramedic)\s+(?:is|was|has\s+been))\s+(?:\w+\s+)?killed\b")
# An attacker and what it did, opening a clause: "airstrikes pounded", "Israeli tanks shelled",
# "warplanes also struck", and where or on what
_ATTACKERS_ACTING = (r"(?:(?:the|Israeli|Israel's|heavy|renewed|fresh|intense|continued|new|"
                     r"further|army|military|naval|artillery)\s+){0,3}"
                     r"(?:air\s?strikes|air\s?raids|strikes|shelling|bombardments?|bombing|tanks|"
                     r"warplanes|(?:fighter\s+)?jets|drones|artillery|gunboats|troops|forces|"
                     r"soldiers)\s+(?:also\s+|again\s+|continued\s+to\s+|kept\s+)?"
                     r"(?:pounded|pound|pummell?ed|hit|struck|shelled|bombed|targeted|battered|"
                     r"rocked|raided|stormed|advanced|pushed)\b"
                     # (with what or where it struck: not "as troops advanced, killing four",
                     # the toll of the deed before)
                     r"(?!\s*[,.;:])")
_CONNECTIVE = re.compile(r"\b(?:amid|while|whereas|but|after|before|as well as|meanwhile|"
                         r"alongside|in addition to|and so|"
                         # "an operation in Jabalya, accompanied by evacuation orders covering
                         # Beit Lahiya and Beit Hanoun": the orders' places, not the operation's
                         # (not "troops, accompanied by tanks, raided Shifa hospital")
                         r"(?<=, )accompanied\s+by(?=\s+(?:[\w-]+\s+){0,2}(?:evacuation|"
                         r"displacement)\s+(?:orders?|warnings?|notices?)\b)|"
                         # "In Beit Lahia, Israeli artillery shelling coincided with the
                         # demolition of residential buildings in Jabaliya camp"
                         r"coincid(?:ed|es|ing) with|"
                         # "fighting intensified in Middle Gaza, leading to the displacement of
                         # 10,000 people from An Nuseirat camp": what followed, of its own place
                         r"leading to|forcing|"
                         # "orders were issued for Beit Hanoun, followed on 20 March by further
                         # orders for Beit Lahia": what came next, of its own day and places
                         # (not "followed hours later by another in Deir al-Balah": a
                         # strike told by the words before, left out of its own clause)
                         r"(?<=, )followed(?=\s+(?:on|in|later|the\s+next|a\s+day|\w+\s+days|"
                         r"hours)\b[^,.;]{0,40}?\bby\b(?!\s+(?:another|others?|more|one\s+more|"
                         r"a\s+(?:second|third|further)(?:\s+one)?)\s+(?:in|on|at|near|nearby|"
                         r"there|that|which|close|outside|targeting|hitting|killing)\b))|"
                         # "ordered the evacuation of eastern Rafah and closed the crossing":
                         # a second predicate, often of another place
                         r"and(?=\s+(?:closed|seized|ordered|launched|withdrew|entered|struck|"
                         r"bombed|shelled|opened|captured|raided|besieged|stormed)\b)|"
                         # "six civilians are killed in airstrikes near Khan Younis and at least
                         # seven people are killed in airstrikes in Gaza City": a count of its own
                         r"and(?=\s+" + _OWN_COUNT + r")|"
                         # "an airstrike in Rafah killed five people and another in Khan Younis
                         # killed three": a second strike told with its own place and toll (not
                         # "killed a man in Rafah and another in Khan Younis", one toll's split)
                         r"and(?=\s+(?:another|a\s+(?:second|third|fourth|further|separate)|"
                         r"one\s+more)\s+(?:"
                         # ("and another three in Khan Younis were wounded": a count of its own)
                         + _NUMBER + r"\s+(?:[\w-]+\s+)?(?:in|on|at|near|targeting|hitting)"
                         r"\s[^,.;]{0,80}?|"
                         # (not "killed a boy in Rafah and another boy in Khan Younis was
                         # injured": another victim, told in the passive)
                         r"(?:[\w-]+\s+){0,2}?(?:in|on|at|near|targeting|hitting)"
                         r"\s(?:(?!\b(?:was|were|is|are|been)\b)[^,.;]){0,80}?)"
                         r"\b(?:killed|kills|has\s+killed|left|wounded|injured)\b)|"
                         # "strikes on Gaza City killed 17 people, as fighting also raged in
                         # Rafah": fighting told beside the strike, at a place of its own
                         # (not ", as many as", ", as well as", ", as part of")
                         # (and "a tactical pause along the road from Kerem Shalom to the
                         # European Hospital, though fighting continued in Tel al-Sultan")
                         r"(?<=, )(?:as|though|although)(?=\s+(?:the\s+|heavy\s+|fierce\s+|"
                         r"intense\s+|"
                         r"renewed\s+|ground\s+|street\s+)?(?:fighting|clashes|battles|combat|"
                         r"gunfights|firefights|gun battles)\s+(?:also\s+|still\s+)?"
                         r"(?:raged|continued|went on|intensified|erupted|broke out|flared|"
                         r"spread|rages|continues|intensifies)\b)|"
                         # "Israel ordered residents of eastern Khan Younis to leave as
                         # airstrikes pounded Rafah": an attack told beside the deed before
                         # it, with a subject and places of its own (not "as many as", "as
                         # part of", "known as", "as the strikes": no attacker and verb)
                         r"(?<=[\w,] )as(?=\s+(?:" + _ATTACKERS_ACTING + r"))|"
                         # "said aircraft had struck the Gaza City area and that troops in
                         # Rafah had killed several militants": a second thing said, of its own
                         # (not "said it struck Rafah and that 20 militants were killed there":
                         # the toll of the deed just told, told in the passive)
                         r"and(?=\s+that\s+(?:[\w'’-]+,?\s+){1,8}?(?:had|has|have|was|were|"
                         r"is|are)\s)(?!\s+that\s+(?:[\w'’-]+,?\s+){1,8}?(?:was|were|"
                         r"(?:had|has|have)\s+been)\s+(?:killed|wounded|injured|hurt|"
                         r"eliminated)\b))\s+",
                         re.IGNORECASE)
# (only after a count of dead before it: "opened fire near an aid site in Rafah and at least
# 30 people were killed in southern Gaza" is one deed, its toll told after "and"; so is "an
# airstrike on a house in Rafah and another on a car in Khan Younis killed nine": one toll)
_AND_OWN_COUNT = re.compile(r"and\s+(?:" + _OWN_COUNT + r"|(?:another|a\s+(?:second|third|"
                            r"fourth|further|separate)|one\s+more)\s)", re.IGNORECASE)
_DEAD_BEFORE = re.compile(r"\b(?:killed|killing|kills?|dead|died|dies)\b", re.IGNORECASE)
_OPENING_HEAD = re.compile(r"\W*(?:Even\s+(?:after|as|though|when|while)|After|While|"
                           r"Following|Although|Though|When)\s+")
_UP_TO_COMMA = re.compile(r"[^,.;:]{1,120},")
# A capitalised name word, with the article its transliteration may carry ("Al-Nour")
# "al-", "el-", "ash-": the article a name of the Strip may open with
ARTICLE = r"(?:(?:al|el|an|ad|as|ash)-)?"
NAME_WORD = ARTICLE + r"[A-Z][\w'’-]*"
# ", Jabalia and Beit Lahia continued": a list of names goes on past the comma
_LIST_GOES_ON = re.compile(rf"\s+{NAME_WORD}(?:\s+{NAME_WORD})*(?:\s*,|\s+and\s)")


def _opening_clause(text: str, lo: int, hi: int) -> int | None:
    """Where an opening "After ..., " / "While ..., " clause ends (just past its comma)."""
    head = _OPENING_HEAD.match(text, lo, hi)
    if head is None:
        return None
    pos, limit = head.end(), min(hi, head.end() + 200)
    while True:
        m = _UP_TO_COMMA.match(text, pos, limit)
        if m is None or m.end() - head.end() < 4:
            return None
        if _LIST_GOES_ON.match(text, m.end(), hi) and " and " not in text[pos:m.end()]:
            pos = m.end()  # "While strikes on Gaza City, Jabalia and Beit Lahia continued,"
            continue
        return m.end()
PATTERNS = (_CONNECTIVE,)  # looked for through a report's cues (geoevents.anchored)
_INDEX = PrefixIndex(PATTERNS)


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence or clause: offsets into the report, its text, and its paragraph number."""

    start: int
    end: int
    text: str
    paragraph: int = 0


def stop_before(text: str, at: int) -> int:
    """Where the sentence (or line) that holds ``text[at]`` begins, by its last stop or line
    break alone: for a look around one offset where no split of the report is at hand (an
    abbreviation's full stop ends a sentence here, as the splitter's rules would not)."""
    return max(text.rfind(c, 0, at) for c in ".!?\n") + 1


def stop_after(text: str, at: int) -> int:
    """Where that sentence (or line) ends: its next stop or line break from ``at``, else the
    end of the text."""
    return min((i for i in (text.find(c, at) for c in ".!?\n") if i >= 0), default=len(text))


def split_sentences(text: str) -> list[Span]:
    """Sentences with offsets; blank lines also separate paragraphs."""
    spans: list[Span] = []
    start = 0
    para = 0
    for m in _BOUNDARY.finditer(text):
        at = m.start()
        mark = text[at]
        # (a blank line ends the sentence all the same: "..., Tom White, wrote on X.\n\n
        # According to UNRWA, ...")
        if mark == "." and _is_abbreviation(_last_word(text, max(start, at - 40), at)) and \
                m.group().count("\n") < 2 and not _closes_a_date(text, start, at, m.end()):
            continue
        if mark == "\n" and m.end() == at + 1 and _wrapped(text, at):
            continue
        _add(spans, text, start, at if mark == "\n" else at + 1, para)
        if m.group().count("\n") >= 2:
            para += 1
        start = m.end()
    _add(spans, text, start, len(text), para)
    return spans


# Hard-wrapped copy (wire stories pasted with a line break every 70 characters): a line
# that goes on in lower case, or that broke after a word no sentence or headline ends on
# (not a story that opens on its agency under a headline: "...in Nuseirat\n(Reuters) -",
# "(CNN) —"; and "at least\n17 people" goes on)
_GOES_ON = re.compile(r"[ \t]*(?:[a-z]|\((?![A-Z][\w ./]{0,30}\)\s*[-–—:]))")
_ENDS_MID_PHRASE = re.compile(r"(?:^|[\s(])(?:the|a|an|of|in|at|on|to|from|by|with|for|and|or|"
                              r"that|than|as|into|near|its|their|his|her|least)[ \t]*$", re.I)


def _wrapped(text: str, at: int) -> bool:
    """Whether the single line break at ``at`` only wraps a sentence."""
    if _GOES_ON.match(text, at + 1):
        return True
    line_start = text.rfind("\n", 0, at) + 1
    return _ENDS_MID_PHRASE.search(text, max(line_start, at - 12), at) is not None


def _last_word(text: str, lo: int, dot: int) -> str:
    """The word a full stop at ``dot`` ends ("U.S", "Lt", "Jan"), dots inside kept."""
    body = text[lo:dot]
    if not body or body[-1].isspace():
        return ""
    last = body.rsplit(None, 1)[-1]
    if not last.replace(".", "").replace("_", "").isalnum():
        tail = _WORD_DOT_TAIL.search(last).group()
        # (not "covered Abasan and Khuza'a. Medics said": the end of a name spelt with an
        # apostrophe is no initial)
        if not _APOSTROPHE_IN.search(last, 0, len(last) - len(tail)):
            last = tail
    return last.lower()


_APOSTROPHE_IN = re.compile(r"[A-Za-z]['’]$")


# "shelled Zeitoun on 23 Aug. A strike on a house ...": a day written before its month
# closes the date, so a capital after it opens a sentence (not "on Aug. 24", "23 Aug. 2025")
_DAY_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|"
                        r"Dec)$")


# (but not a day that opens its sentence: "Since 23 Aug. Israeli forces have demolished",
# "As of 23 Aug. Israeli forces had ...", "Between 20 and 23 Aug. Israeli forces ...": the
# sentence goes on past the month)
_OPENS_WITH_THE_DAY = re.compile(
    r"(?i)\W*(?:(?:early|late)\s+)?(?:on|since|as\s+of|by|until|till|from|between|after|"
    r"before|during|through|starting|beginning|(?:in|on)\s+the\s+(?:early\s+)?(?:hours|morning|"
    r"night|evening|afternoon)\s+of)\s+(?:the\s+(?:week|days|period)\s+of\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]{2,3}\.?)?\s*(?:and|to|-|–)\s*)?")


def _closes_a_date(text: str, start: int, dot: int, after: int) -> bool:
    """Whether the dot at ``dot`` ends a month written short after its day ("on 23 Aug.")
    and a capital at ``after`` follows, in a sentence from ``start`` that does not open
    with that date."""
    day = _DAY_MONTH.search(text, max(0, dot - 12), dot) \
        if after < len(text) and text[after].isupper() else None
    return day is not None and \
        _OPENS_WITH_THE_DAY.fullmatch(text, start, day.start()) is None


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


def split_clauses(sentence: Span, text: str | None = None, cues: Cues | None = None
                  ) -> list[Span]:
    """Clauses of a sentence, split at conjunctions that often change place or event.

    ``text`` and ``cues`` are the whole report and its scan, when the caller has them.
    """
    if text is None or cues is None:
        text, base = sentence.text, sentence.start
        cues, lo, hi = Cues(text, _INDEX), 0, len(text)
    else:
        base, lo, hi = 0, sentence.start, sentence.end
    out: list[Span] = []
    pos = lo
    for start, end, keeps_none in _clause_marks(text, lo, hi, cues):
        if start > pos:
            out.append(Span(base + pos, base + start, text[pos:start], sentence.paragraph))
        # The connective ("amid ...") belongs to the clause it opens; punctuation to none.
        pos = end if keeps_none else start
    out.append(Span(base + pos, sentence.end, text[pos:hi], sentence.paragraph))
    return [c for c in out if c.text.strip()]


_ASIDE = re.compile(r" ([—–]) (?!(?:and|but|as(?! (?:many|much|few|well|part)\b)|while|"
                    r"whereas|where|when|which|who|whose|after|before|amid|since|because|"
                    r"although|though)\b)[^—–;:]{1,80}? ([—–]) ", re.I)


def _dash_pairs(text: str, lo: int, hi: int) -> set[int]:
    """Offsets of dashes that open and close an aside ("told almost half the population –
    over one million people – to evacuate"): what is around it is one clause. (Not a clause
    of its own between them: "pushed into Rafah – where an airstrike killed 12 on Sunday –",
    "killed five in Khan Younis – and another killed three in Rafah –".)"""
    if text.count("—", lo, hi) + text.count("–", lo, hi) < 2:
        return set()
    return {o for m in _ASIDE.finditer(text, lo, hi) if m.group(1) == m.group(2)
            for o in (m.start(1), m.start(2))}


def _clause_marks(text: str, lo: int, hi: int, cues: Cues) -> list[tuple[int, int, bool]]:
    """(start, end, whether the mark belongs to no clause), in order, without overlaps.

    The same marks one left-to-right regex scan would find: a mark cannot begin inside
    the one before it, and a connective's leading space starts where that mark ended.
    """
    found = []  # (earliest start, end, belongs to no clause, word start of a connective)
    aside = _dash_pairs(text, lo, hi)
    for m in _CLAUSE_PUNCT.finditer(text, lo, hi):
        mark = text[m.start()]
        if m.start() in aside:
            continue
        start = m.start() - 1 if mark in "—–" else m.start()
        found.append((start, m.end(), mark in ";:", -1))
    for m in cues.finditer(_CONNECTIVE, lo, hi):
        if (_AND_OWN_COUNT.match(text, m.start())
                and not _DEAD_BEFORE.search(text, lo, m.start())):
            continue  # no count before it: the toll of the deed before "and"
        start = m.start()
        while start > lo and text[start - 1].isspace():
            start -= 1
        if start > lo and start < m.start() and text[start - 1] == ",":
            start -= 1
        found.append((start, m.end(), False, m.start()))
    opening = _opening_clause(text, lo, hi)
    if opening is not None:
        # "After shelling Beit Hanoun earlier this week, tanks advanced": a sentence that
        # opens with a subordinate clause has two, split at the comma that closes it
        found.append((opening - 1, opening, True, -1))
    found.sort(key=lambda f: (f[0], f[3] >= 0))
    marks: list[tuple[int, int, bool]] = []
    last = lo
    for start, end, none, word in found:
        if word >= 0 and start < last:
            start = last  # its space began inside the previous mark: what is left of it
        if start < last or (word >= 0 and start >= word):
            continue
        marks.append((start, end, none))
        last = end
    return marks
