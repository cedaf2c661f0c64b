"""The days a stretch of a report says something was done on ("on 27 June", "on Thursday").

Two rules ask this of a count's clause: a count whose clause names a day of its own is that
day's dead, not a tally's (:mod:`geoevents.casualties.tallies`), and a count told on another
day than an attack told before it is not that attack's toll (:mod:`geoevents.units.days_apart`).
Both read the days with the date reader's own patterns (:mod:`geoevents.dates.expressions`),
so that every form the reader knows is a day to them too ("on June 27th", "on the 27th of
June", "on Thursday, June 27", "on 28-29 June", "on 27/06/2024", "on 11/7") and a number
that is no day is none ("on 27 people", "on the 7th floor", "on 11 buildings"). Only a day
told after "on" counts: "struck Rafah on 25 June" tells when an act was done, while "since
25 June" bounds a period and "the 25 June strike" names one.

A day is told by what it names, not how it is written: "25 June", "June 25th" and
"2024-06-25" are one day (its month and day: a clause seldom names one day of two years), a
weekday by its name. With no publication date at hand a weekday cannot be matched to a day
of a month, so "on Thursday" and "on 27 June" stay two days.
"""

from __future__ import annotations

import re

from geoevents.dates.expressions import KINDS_AND_PATTERNS, MONTH_PATTERN, MONTHS, WEEKDAY_PATTERN

# "on Thursday", "on 27 June", "on the 27th of June", "on June 27", "on 27/6": a day told after
# "on", for a rule that looks for one inside a pattern of its own, where a call of
# :func:`days_told_on` cannot stand (over text as written, with re.I; ON_A_DAY_FOLDED over
# text folded to lower case); never "on 27 people", "on the 7th floor", "on 11 buildings"
ON_A_DAY = (rf"on\s+(?:the\s+)?(?:{WEEKDAY_PATTERN}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"{MONTH_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}}(?!\d)|\d{{1,2}}/\d{{1,2}}(?!\d))")
ON_A_DAY_FOLDED = ON_A_DAY.lower()  # (its escapes are all lower case: \d, \s)

# The reader's patterns for one day named (not a month, a span up to the report, or a day
# counted from another), in the reader's order: a stretch one takes is not read again.
_DAY_KINDS = ("iso", "numeric", "day_month_figures", "day_range", "month_day", "day_month",
              "weekday")
_DAY_PATTERNS = tuple((kind, pattern) for kind, pattern in KINDS_AND_PATTERNS
                      if kind in _DAY_KINDS)
# "on 27 June", "on the 27th of June"; a date may follow its weekday ("on Thursday, June 27")
_ON_BEFORE = re.compile(r"\b[Oo]n\s+(?:the\s+)?$")
_ON_A_WEEKDAY_BEFORE = re.compile(rf"\b[Oo]n\s+{WEEKDAY_PATTERN},?\s+(?:the\s+)?$")
# characters before a date that "on Wednesday, the" may take; they may lie before the
# stretch read ("on Tuesday, June 4th killed nine": a clause cut at the comma still tells
# its date after "on")
_REACH = 24
# The cheap test first: a stretch with no "on" before a figure or a capital (the reader's
# months and weekdays are written capitalised) tells no day this way (most clauses).
_ON = re.compile(r"\b[Oo]n\s+(?:the\s+)?[\dA-Z]")


def days_told_on(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """The days ``text[start:end]`` tells something was done on, each as "MM-DD" (a day of
    a month) or a weekday's name in lower case ("thursday")."""
    end = len(text) if end is None else end
    if _ON.search(text, max(0, start - _REACH), end) is None:
        return frozenset()
    taken: list[tuple[int, int]] = []
    days: set[str] = set()
    for kind, pattern in _DAY_PATTERNS:
        for m in pattern.finditer(text, start, end):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            day = _day_of(kind, m) if _told_on(text, kind, m) else None
            if day is not None:
                days.add(day)
    return frozenset(days)


def _told_on(text: str, kind: str, m: re.Match) -> bool:
    """Whether the day ``m`` is told after "on"."""
    if kind == "weekday" and (m.group(1) or "").lower() == "on":
        return True  # "on Friday": the reader's own qualifier
    lo = max(0, m.start() - _REACH)
    return _ON_BEFORE.search(text, lo, m.start()) is not None or (
        kind != "weekday" and _ON_A_WEEKDAY_BEFORE.search(text, lo, m.start()) is not None)


def _day_of(kind: str, m: re.Match) -> str | None:
    """The day a match of the reader's ``kind`` names: "MM-DD", or a weekday's name (a span
    by its first day, as the reader dates it; a date in figures day first, as the reader
    reads one, unless that names no month); None for a number no month has ("on 45 June"),
    which the reader dates to no day either."""
    if kind == "weekday":
        return m.group(2).lower()
    if kind == "iso":
        month, day = int(m.group(2)), int(m.group(3))
    elif kind == "numeric":
        day, month = int(m.group(1)), int(m.group(3))
        if month > 12:
            day, month = month, day
    elif kind == "day_month_figures":
        day, month = int(m.group(1)), int(m.group(2))
    elif kind == "month_day":
        month, day = MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2))
    else:  # "day_month", "day_range"
        month, day = MONTHS[m.group(2).lower().rstrip(".")], int(m.group(1))
    return f"{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
