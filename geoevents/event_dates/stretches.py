"""Whether a date carries from where it was told to a later sentence.

A day carries through prose, paragraph to paragraph, but not into the next bullet of a news
digest, the next entry of a live page ("Posted at 08:55"), an update's next section or an
item labelled by its area ("Gaza City: Crews recovered ..."): each of those is told of its
own day. These tests read the lines between a date and a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geoevents.dates import MONTH_PATTERN, WEEKDAY_PATTERN, DateRef
from geoevents.sentences import Span

BULLET = re.compile(r"[ \t]*[•\-*–·▪]")


def continues(text: str, d: DateRef, s: Span) -> bool:
    """Whether the text from a date to sentence ``s`` is one stretch of prose, so that the
    date carries (see :func:`same_stretch`)."""
    line = text.rfind("\n", 0, s.start) + 1
    told = text.rfind("\n", 0, d.start) + 1
    if line > d.end and _STAMPED_ENTRY.match(text, line) and \
            (_STAMPED_ENTRY.match(text, told) or not _heads_what_follows(text, d)):
        # "15:57 | A short while ago, a launch was identified": the stamp opens the entry's
        # own line, told of its own time, not of a day an earlier entry named (not the
        # entries under the page's day: "Gaza live updates for Tuesday, 14 May 2024 /
        # 09:40 – Israeli airstrikes hit a house in Rafah")
        return False
    if line > d.end and d.precision == 1 and \
            (item := _LABELLED_ITEM.match(text, line)) is not None and \
            _an_area_label(item.group("label")) and \
            not _LABELLED_ITEM.match(text, told) and not _heads_what_follows(text, d) and \
            not _OPENS_ON_THE_DAY.fullmatch(text, told, d.start):
        # "Our crews could not reach the site. Since the army besieged Kamal Adwan Hospital
        # last Friday, ... / Gaza City: Crews recovered three martyrs after a drone strike":
        # an update's item, labelled by its area, is of the update's day, not of a day its
        # prose named in passing (not the items of a list its prose opened: "Hostilities
        # on 13 May: / Gaza City: ..."; nor an item after an item: "Jabalia: On Monday
        # morning, ... / Khan Younis: At about 1 a.m., ..."; nor a digest's week: "Israeli
        # forces intensified their offensive last week. / Khan Younis: ..."; nor the items
        # under an update's day: "Situation update, 27 October 2024 / North Gaza: ...",
        # "On 27 October, Israeli bombardment continued across the Strip. / Gaza City: ...")
        return False
    return same_stretch(text, d.end, s, paragraphs=True)


def _heads_what_follows(text: str, d: DateRef) -> bool:
    """Whether the line of date ``d`` heads the lines after it: a heading with no closing
    stop ("Situation update, 27 October 2024"), a list's opening ("Hostilities on 13 May:")
    or a line that points at what follows ("Here are the latest developments from Tuesday
    14 May.")."""
    told = text.rfind("\n", 0, d.start) + 1
    end = text.find("\n", d.end)
    last = text[told:end if end >= 0 else len(text)].rstrip()[-1:]
    return last not in ".!?\"”’)]" or \
        _POINTS_AT_WHAT_FOLLOWS.match(text, told) is not None


# "Here are the latest developments", "The following incidents were reported on 27 October."
_POINTS_AT_WHAT_FOLLOWS = re.compile(r"(?i)[ \t]*(?:here\s+(?:are|is)|the\s+following|below\s+"
                                     r"(?:are|is))\b")
# "On 27 October, Israeli bombardment continued ...": a paragraph that opens on its day, the
# frame of the items under it (not "Since the army besieged the hospital last Friday, ...": a
# day named in passing)
_OPENS_ON_THE_DAY = re.compile(r"(?i)[ \t]*(?:on\s+)?")


def _an_area_label(label: str) -> bool:
    """Whether an item's label names an area ("Gaza City", "Central governorate", "Deir
    al-Balah"; not who speaks, "Witnesses said", "He added", nor a tag, "Read more",
    "UPDATE")."""
    words = label.split()
    return not _A_TAG.fullmatch(label) and \
        all(w[:1].isupper() or _AREA_WORD.fullmatch(w) for w in words)


_A_TAG = re.compile(r"(?i)update[sd]?|breaking|note|correction|watch|analysis|context|"
                    r"background|sources?|photos?|video|read|listen|opinion|explainer|live|"
                    r"latest|warning|alert|statement|timeline|summary|quote|editor's\s+note")
_AREA_WORD = re.compile(r"(?i)(?:(?:al|el|an|ad|ash|as|ar|az)-[\w'’-]+)|and|the|of|al|el|"
                        r"camp|area|areas|city|town|governorate|neighbou?rhood|district|"
                        r"(?:north|south|east|west)(?:ern)?|central|middle")


def same_stretch(text: str, end: int, s: Span, *, paragraphs: bool = False) -> bool:
    """Whether the text from offset ``end`` to sentence ``s`` is one stretch of prose: the
    same line, paragraphs of prose (a blank line between), or a next line that speaks of
    what the last one told ("The strike took place ..."); not a new bullet or the next
    entry of a list of one-line items (a news digest)."""
    between = text[end:s.start]
    if "\n" not in between:
        return True
    if ENTRY_STAMP.search(text, end, s.start):
        return False  # a live page's next entry ("Posted at 08:55"), told of its own time
    line = text.rfind("\n", 0, s.start) + 1
    if (bullet := BULLET.match(text, line)) is not None:
        # (but "• Those fleeing reported passing through an Israeli checkpoint", after a
        # bullet on the flight: a bullet that opens by pointing back goes on with the last)
        return _BULLET_REFERS_BACK.match(text, bullet.end()) is not None and \
            text.rfind("\n", 0, line - 1) < end or _a_listed_item(text, end, line)
    if _CREDITED.search(text, max(0, line - 60), line):
        return False  # the last line ends with its outlet, "(Reuters)": a digest entry
    # (not a day the lead told before any head: "Israeli strikes killed 30 people on Tuesday.
    # / A night of terror / Residents of Rafah said an airstrike on a house killed 12": an
    # article's subheads go on with the story its lead dated)
    if paragraphs and _sectioned(text) and _a_section_between(text, end, line) and \
            _SECTION_LINES.search(text, 0, end) is not None:
        return False
    if "\n\n" in between or _REFERS_BACK.match(s.text) is not None:
        return True
    if not paragraphs:
        return False
    if _REFERS_BACK.match(text, line) is not None:
        return True  # "The operation began ... . Israeli forces carried out airstrikes"
    # a paragraph of prose after another, with one line break between (an article's
    # paragraphs as copied), not the next of a list of one-line items: a date carries
    # into it (a place or an attack's type does not: a paragraph moves on to others)
    last = text.rfind("\n", 0, line - 1) + 1
    return line - last > _PROSE_LINE and text[last:line].rstrip()[-1:] in ".]”\"" and \
        end >= last


# "Air activity", "Fallen", "Humanitarian": the head of an update's next section, a short line
# of its own with no closing stop (what the section tells is of the update's own day, not of
# a day the last section named; an article's one or two subheads go on with its story)
_SECTION_HEAD = re.compile(r"[ \t]*[A-Z][\w'’-]*(?:[ \t]+[\w'’&/-]+){0,4}[ \t]*$")


_SECTION_LINES = re.compile(r"(?m)(?<=\n)" + _SECTION_HEAD.pattern[:-1] + r"(?=\n)")
_SECTIONS = 4  # an update of at least this many sections (not an article's subheads)


@lru_cache(maxsize=64)
def _sectioned(text: str) -> bool:
    """Whether the report is an update of many sections (asked for each day handed on, so
    answered once per report)."""
    return sum(1 for _ in zip(range(_SECTIONS), _SECTION_LINES.finditer(text))) >= _SECTIONS


def _a_section_between(text: str, end: int, line: int) -> bool:
    """Whether a section's head stands on a line of its own between ``end`` and ``line``."""
    k = text.find("\n", end, line)
    while k >= 0 and k + 1 < line:
        nxt = text.find("\n", k + 1, line)
        if nxt < 0:
            return False
        if _SECTION_HEAD.fullmatch(text, k + 1, nxt):
            return True
        k = nxt
    return False


def _a_listed_item(text: str, end: int, line: int) -> bool:
    """Whether the bullet at ``line`` is an item of a list its prose opened with a colon,
    after the date ("... began at 2:10 a.m. on Tuesday, 18 March. / Over the first 24
    hours, our team recorded the following: / - Gaza City: at least 89 killed"): the
    items are of the day the prose told (not a digest's bullets, each of its own)."""
    opened = at = line
    # (a blank line may stand between the items, or after the prose that opens them:
    # "Al-Haq documented the following: / / - In Nuseirat, a school was struck")
    while (before := text.rfind("\n", 0, at - 1) + 1) < at and \
            (BULLET.match(text, before) is not None or not text[before:at].strip()):
        at = before
        if BULLET.match(text, before) is not None:
            opened = before
    if opened == line and BULLET.match(text, text.rfind("\n", 0, line - 1) + 1):
        return False
    intro = text.rfind("\n", 0, at - 1) + 1
    if not text[intro:at].strip():
        return False
    return text[intro:opened].rstrip().endswith(":") and end <= opened and \
        not BULLET.match(text, intro) and not _ANOTHER_MATTER.match(text, intro) and \
        not any(BULLET.match(text, k + 1) for k in _newlines(text, end, intro)) and \
        not ENTRY_STAMP.search(text, end, opened)


# (not "In other developments, the ministry listed incidents from across the Strip:",
# "Elsewhere:": a list of other happenings than the prose told)
_ANOTHER_MATTER = re.compile(r"(?i)[ \t]*(?:in\s+other\s+(?:news|developments|incidents)|"
                             r"other\s+(?:news|developments|incidents)|elsewhere|separately|"
                             r"meanwhile)\b")


def _newlines(text: str, lo: int, hi: int) -> list[int]:
    return [k for k in range(lo, hi) if text[k] == "\n"]


# a time of day: "08:55", "14.05"
_CLOCK = r"(?:[01]?\d|2[0-3])[:.][0-5]\d"
# "Posted at 08:55", "Updated 14:05", "10:20 GMT" on a line of its own: the time stamp of
# a live page's entry (not "at 16:00 local time on Monday", told in a sentence)
ENTRY_STAMP = re.compile(r"(?im)^[ \t]*(?:(?:posted|updated|published)\s+(?:at\s+)?)?" +
                          _CLOCK + r"(?:\s*(?:gmt|bst|utc|cet|est|"
                          r"local\s+time|[ap]\.?m\.?))?[ \t]*$")


# "13 May 2024 09:40 GMT", "Updated 13 May 2024 10:15 BST", "2024-05-13 09:40", "Posted on
# Monday, May 13, 2024 at 9:40 a.m.": the dated stamp of a live page's entry, on a line of its
# own, which dates the paragraphs under it until the next (not a sentence that names a day)
DATED_STAMP = re.compile(rf"(?i)[ \t]*(?:(?:last\s+)?(?:posted|updated|published)(?:\s+(?:at|on))?"
                         rf":?[ \t]+)?(?:(?:{WEEKDAY_PATTERN},?[ \t]+)?"
                         rf"(?:\d{{1,2}}[ \t]+{MONTH_PATTERN}|{MONTH_PATTERN}[ \t]+\d{{1,2}})"
                         rf",?[ \t]+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)"
                         rf"(?:,?[ \t]+(?:at[ \t]+)?(?:{_CLOCK}|\d{{1,2}})(?:[ \t]*[ap]\.?m\.?)?"
                         rf"(?:[ \t]+(?:gmt|bst|utc|cet|cest|est|edt|local\s+time))?)?[ \t]*")


def a_dated_stamp(text: str, start: int) -> bool:
    """Whether the line that holds offset ``start`` is a live page's dated stamp and
    nothing else ("13 May 2024 09:40 GMT")."""
    line = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return DATED_STAMP.fullmatch(text, line, end if end >= 0 else len(text)) is not None


# "15:57 | A short while ago ...", "09:40 – Troops have ...": a live page's entry that opens
# on its time stamp (not "10:30 a.m. local time was when the strike hit": a sentence)
_STAMPED_ENTRY = re.compile(r"[ \t]*" + _CLOCK + r"[ \t]*[|–—][ \t]*\S")


# "Gaza City: Crews recovered ...", "Central governorate: ...": an item of an update that
# opens on the area it covers
_LABELLED_ITEM = re.compile(r"[ \t]*(?P<label>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,2})[ \t]*:"
                            r"[ \t]+[A-Z]")


# A sentence that begins by pointing back at what was just told ("The strike took place",
# "It was"), not one that names a new subject ("The Israel Defense Forces announce").
_REFERS_BACK = re.compile(r"(?:The|This|That|These|Those)\s+"
                          r"(?!morning|afternoon|evening|week)[a-z]|"
                          r"(?:It|They|He|She|His|Her|Their|Its)\b")
_BULLET_REFERS_BACK = re.compile(r"\s*(?:(?:These|Those)\s+[a-z]|They\b)")
_PROSE_LINE = 150  # characters: a line this long is a paragraph, not a list item
_CREDITED = re.compile(r"\([A-Z][^()\n]{0,40}\)[ \t]*\n[ \t]*$")


def dates_the_page(text: str, d: DateRef) -> bool:
    """Whether a date stands on a line of its own, a "Date:" line (an infobox, a
    dateline) or a live page's dated stamp ("Updated 13 May 2024 10:15 BST"), and so dates
    what follows it across lines."""
    start = text.rfind("\n", 0, d.start) + 1
    end = text.find("\n", d.end)
    line = text[start:end if end >= 0 else len(text)].strip(" -•*\t")
    return len(line.split()) <= 4 or line[:4].lower() == "date" or a_dated_stamp(text, d.start)
