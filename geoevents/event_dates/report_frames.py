"""The days a report frames its news with, before any sentence dates it.

An agency dateline ("GAZA, Nov. 2 (Xinhua) --"), a line the information is "valid as of", a
timeline's line ("24 January – ...", "On 5 May, ..."), a live page's dated stamp ("13 May
2024 09:40 GMT" over its entry), the week an overview covers
("Regional Overview: Middle East / 20-26 January 2024") and a window of hours across two days
("from Sunday evening until Monday evening"): what a report tells with no day of its own
happened in that frame, not on the day the page went up.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from functools import lru_cache

from geoevents.anchored import Cues
from geoevents.dates import (
    MONTH_PATTERN,
    TO_COME,
    WEEKDAY_PATTERN,
    DateRef,
    find_dates,
    parse_published,
)
from geoevents.event_dates.stretches import DATED_STAMP, ENTRY_STAMP
from geoevents.sentences import Span
from geoevents.units import EventUnit

_ENTRY_HEAD = re.compile(r"[ \t]*\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?\s*[–—:-]\s")


# "On 5 May, rockets hit ... . Overnight Israeli strikes on Rafah killed 19": a timeline's
# paragraph, each opening on its day (at least three of them: not a news report's paragraph
# that opens on a day before its own, whose "overnight" is the report's)
_ON_DAY_HEAD = re.compile(rf"[ \t]*On\s+(?:\d{{1,2}}\s+{MONTH_PATTERN}|{MONTH_PATTERN}\s+"
                          rf"\d{{1,2}})(?:,?\s+\d{{4}})?,\s")
_ON_DAY_LINES = re.compile(_ON_DAY_HEAD.pattern.replace("[ \\t]*", r"(?m)^[ \t]*", 1))
_TIMELINE_ENTRIES = 3
_ON_DAY_SENTENCE = re.compile(r"[.!?]\s+(?=" + _ON_DAY_HEAD.pattern[len("[ \\t]*"):] + ")")


@lru_cache(maxsize=8)
def _a_timeline(text: str) -> bool:
    return sum(1 for _ in zip(range(_TIMELINE_ENTRIES), _ON_DAY_LINES.finditer(text))) >= \
        _TIMELINE_ENTRIES


def entry_date(text: str, s: Span, anchor: date | None, cues: Cues) -> date | None:
    """The day a timeline line is about ("24 January – ... in the past 24 hours", "On 5
    May, ... Overnight strikes killed 19"): what its relative dates count from."""
    line = text.rfind("\n", 0, s.start) + 1
    head = _ENTRY_HEAD.match(text, line)
    if head is None and line < s.start and "On" in text[line:line + 8] and _a_timeline(text):
        head = _ON_DAY_HEAD.match(text, line)
        # (the last day a sentence of the paragraph opens on: "On 12 May, the UN said ... .
        # On 13 May, an airstrike hit Deir al-Balah. Overnight ...": from the 13th)
        for later in _ON_DAY_SENTENCE.finditer(text, head.end(), s.start) if head else ():
            head = _ON_DAY_HEAD.match(text, later.end())
            line = later.end()
    if head is None and line > 0:
        # ("KEY FIGURES (Ministry of Health, as of 13 May)" on the line above "82 killed in
        # the past 24 hours": the hours up to the day the figures are given as of)
        head = _AS_OF_HEAD.match(text, text.rfind("\n", 0, line - 1) + 1, line - 1)
        line = head.start("day") if head is not None else line
    if head is None:
        return _stamps_day(text, s.start, anchor)
    found = [d for d in find_dates(text, anchor, line, head.end(), cues=cues)
             if d.date and d.precision == 1]
    return parse_published(found[0].date) if found else None


# a line that may be a live page's dated stamp: what DATED_STAMP reads in full
_A_STAMPS_LINE = re.compile(r"(?m)^[ \t]*(?=[^\n]{0,60}\b(?:19|20)\d\d\b)[^\n]{4,60}$")


@lru_cache(maxsize=8)
def _stamps(text: str, anchor: date | None) -> tuple[list[int], list[date | None]]:
    """Where each stamp line of a live page starts, and the day of a dated one (read once
    for a report, not once for each sentence under it). A stamp with a time and no day
    ("Posted at 08:55") is an entry of the page's own day (see the stretches module), so
    it ends the day of a dated stamp above it (None)."""
    stamps: list[tuple[int, date | None]] = []
    for m in _A_STAMPS_LINE.finditer(text):
        if DATED_STAMP.fullmatch(m.group(0)) is None:
            continue
        found = [d for d in find_dates(m.group(0), anchor) if d.date and d.precision == 1]
        if found and (day := parse_published(found[0].date)) is not None:
            stamps.append((m.start(), day))
    if stamps:
        stamps.extend((m.start(), None) for m in ENTRY_STAMP.finditer(text))
        stamps.sort(key=lambda stamp: stamp[0])
    return [at for at, _ in stamps], [day for _, day in stamps]


def _stamps_day(text: str, at: int, anchor: date | None) -> date | None:
    """The day of the last dated stamp line above ``at`` ("13 May 2024 09:40 GMT / An
    air strike overnight killed five": the night up to the 13th, not up to the page's
    last update): what the entry's relative days count from."""
    starts, days = _stamps(text, anchor)
    k = bisect_right(starts, at)
    return days[k - 1] if k else None


# a heading line that ends on the day its figures are as of ("KEY FIGURES (Ministry of Health,
# as of 13 May)", "Casualties as of May 12, 2024:"; not a sentence: "Israel struck Rafah,
# killing 5 (figures as of 12 May)"; a heading that names figures, not a headline: "Rafah
# crossing closed as of 7 May"); the blanks that open the line are read once (possessive),
# not once per blank given back to a look-ahead that fails on a long line; and the look-ahead
# reads on from the first figures' word only (atomic): a line of "killed killed killed ..."
# with no "as of" is read once, not once from each of its words to the line's end
_AS_OF_HEAD = re.compile(rf"(?i)[ \t]*+(?=(?>[^\n]*?\b(?:figures|casualties|fatalities|toll|"
                         rf"numbers|data|statistics|facts|killed|injured|displaced)\b)[^\n]*?"
                         rf"\bas\s+(?:of|at)\b)"
                         rf"(?:[\w'’&/-]+[ \t]+){{0,4}}?(?:\([^()\n]{{0,60}}?)?\bas\s+"
                         rf"(?:of|at)\s+(?P<day>\d{{1,2}}\s+{MONTH_PATTERN}|"
                         rf"{MONTH_PATTERN}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\)?[ \t]*:?[ \t]*$")


# "Regional Overview: Middle East / 20-26 January 2024", "Weekly Assessment, September
# 13-19, 2025": the days a weekly overview covers, on a line of its own at its head (also
# in brackets after the week's number: "Security Digest - Week 47 (17-23 November 2025)")
_PERIOD_LINE = re.compile(rf"(?im)^[^\n]{{0,60}}?(?P<br>\()?\b(?:(?P<d1>\d{{1,2}})\s*[-–]\s*"
                          rf"(?P<d2>\d{{1,2}})\s+(?P<m1>{MONTH_PATTERN})|(?P<m2>{MONTH_PATTERN})\s+(?P<d3>\d{{1,2}})\s*"
                          rf"[-–]\s*(?P<d4>\d{{1,2}})),?\s+(?P<y>\d{{4}})(?(br)\))[ \t]*$")
_PERIOD_REACH = 200  # characters: the head of the report
# (the days alone on their line, or after an overview's name: not a headline ending on the
# days of something else, "Gaza truce talks in Cairo, 20-22 May 2024")
_AN_OVERVIEWS_HEAD = re.compile(r"(?i)\b(?:overview|update|assessment|report|summary|period|"
                                r"bulletin|snapshot|sitrep|digest|week|weekly|situation|flash)\b")
# (in brackets, only right after the overview's number or name: "Week 47 (", "Report No. 12
# (", "Weekly Update (", not a headline's own days, "Gaza: MSF teams report surge in injuries
# (20-26 October 2024)", "World Week for Peace in Palestine (20-26 October 2024)")
_BRACKETED_AFTER = re.compile(r"(?i)(?:\d+|\b(?:overview|update|assessment|report|summary|"
                              r"bulletin|snapshot|sitrep|digest))\s*[-–:|]?\s*\($")


def period_covered(text: str, anchor: date) -> tuple[date, date] | None:
    """The first and last day of the week a report covers, where it went up after it."""
    m = next((m for m in _PERIOD_LINE.finditer(text, 0, _PERIOD_REACH)
              if not re.search(r"\w", head := text[m.start():m.start("d1") if m.group("d1")
                                                   else m.start("m2")]) or
              _AN_OVERVIEWS_HEAD.search(head) and
              (m.group("br") is None or _BRACKETED_AFTER.search(head))), None)
    if m is None:
        return None
    month = m.group("m1") or m.group("m2")
    refs = find_dates(f"{m.group('d1') or m.group('d3')} {month} {m.group('y')}", anchor)
    first = parse_published(refs[0].date) if refs and refs[0].date else None
    if first is None:
        return None
    last = first + timedelta(days=int(m.group("d2") or m.group("d4")) - first.day)
    return (first, last) if 0 < (last - first).days <= 7 and last < anchor else None


def this_weeks_first_day(text: str, d: DateRef, anchor: date) -> date | None:
    """The first day of the week a digest covers, where ``d`` is its "this week": "Weekly
    Digest / Reporting period: 23–29 August 2025 ... escalated operations this week": the
    week the digest covers, not the one it went up in."""
    if d.text.lower() != "this week":
        return None
    week = period_covered(text, anchor)
    return week[0] if week is not None else None


def goes_on_in_the_week(text: str, carried: DateRef | None, anchor: date) -> str | None:
    """The day, in the week an overview covers, of what it tells as going on: "Regional
    Overview ... 20-26 January 2024", published on the 31st: "Strikes also continued in
    Nuseirat" in the week the overview covers, on the day it told last if that is in the
    week, else the week's last day (not "On 30 January, tanks shelled Khan Younis. Strikes
    also continued in Nuseirat" after the week: as the report speaks, None)."""
    week = period_covered(text, anchor)
    if week is None:
        return None
    day = parse_published(carried.date) if carried is not None and carried.date else None
    if day is not None and week[0] <= day <= week[1]:
        return carried.date
    if day is None or day < week[0]:
        return week[1].isoformat()
    return None


def last_day_covered(text: str, anchor: date) -> date:
    """The last of the days up to the report: its own day, or in an update of a week gone by
    the week's last ("450,000 people have left Rafah in one week")."""
    week = period_covered(text, anchor)
    return week[1] if week is not None else anchor


# "documented the following attacks from Sunday evening until Monday evening": a report's
# window that opens in the evening of its first day and closes in the evening of its second
# (not a night told in the news: "Israeli strikes overnight between Sunday night and Monday
# killed 20 people ... On Monday, ... Shortly before midnight, a strike killed three": Monday's)
_EVENING_WINDOW = re.compile(rf"(?i)\b(?:from|between)\s+(?:the\s+evening\s+of\s+)?"
                             rf"(?P<a>{WEEKDAY_PATTERN}|\d{{1,2}}\s+{MONTH_PATTERN}|"
                             rf"{MONTH_PATTERN}\s+\d{{1,2}})\s+(?:evening|night)\s+"
                             rf"(?:until|till|to|and|through)\s+(?P<b>{WEEKDAY_PATTERN}|"
                             rf"\d{{1,2}}\s+{MONTH_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}})\s+"
                             rf"(?:evening|night)\b")
_WINDOW_REACH = 600  # characters: the window is told at the head of the report
# "shortly before midnight", "at 11 p.m.", "at 22:30", "late at night": a time of the
# evening (not "after midnight", "at 1 a.m.": the next morning's)
_LATE_HOURS = re.compile(r"(?i)\b(?:before\s+midnight|(?:9|10|11)(?::\d\d)?\s*p\.?m\b|"
                         r"2[1-3]:\d\d\b|late\s+(?:at\s+night|in\s+the\s+evening))")


def late_on_the_first_day(text: str, d: DateRef, unit: EventUnit,
                          anchor: date | None) -> str | None:
    """The first day of a window that opens in the evening, for a time of the late evening
    the report gives no day of its own ("attacks from Sunday evening until Monday evening:
    ... Khan Younis: Shortly before midnight, a drone struck a tent": Sunday's night)."""
    late = _LATE_HOURS.search(text, unit.sentence.start, unit.sentence.end)
    window = _EVENING_WINDOW.search(text, 0, _WINDOW_REACH) if late is not None else None
    if window is None or _SMALL_HOURS.search(text, unit.sentence.start, unit.sentence.end):
        return None
    days = [parse_published(r.date) for r in find_dates(text, anchor, window.start(),
                                                        window.end()) if r.date]
    if len(days) != 2 or (days[1] - days[0]).days != 1 or d.date != days[1].isoformat():
        return None
    return days[0].isoformat()


# "Between 5 November (noon) and 6 November (14:00)", "between the afternoons of 10 and 11
# December": a day's window that opens in the afternoon of its first day
_AFTERNOON_OPENS = re.compile(r"\s*\((?:noon|midday|1[2-9]:\d\d|2[0-3]:\d\d|"
                              r"\d{1,2}(?::\d\d)?\s*p\.?m\.?)\)\s*(?:and|to|until|[–-])\s")
_AFTERNOONS_OF = re.compile(r"(?i)\b(?:afternoons?|evenings?)\s+of\s+$")
# "two airstrikes at about 1:30 a.m.", "at 04:00", "after midnight": a time of the morning
_SMALL_HOURS = re.compile(r"(?i)\b(?:(?:[1-9]|1[0-2])(?::\d\d)?\s*a\.?m\b|0\d:\d\d\b|"
                          r"after midnight|before dawn|at dawn|(?:in )?the early hours\b)")


# "in the evening", "at 9 p.m.", "at 22:00": a time of the afternoon or evening
_LATER_HOURS = re.compile(r"(?i)\b(?:(?:[1-9]|1[0-2])(?::\d\d)?\s*p\.?m\b|1[2-9]:\d\d\b|"
                          r"2[0-3]:\d\d\b|in the (?:afternoon|evening)|at (?:noon|midday|night)|"
                          r"(?:this|that|on \w+) (?:afternoon|evening)|tonight)")


def _of_the_morning(text: str, unit: EventUnit) -> bool:
    """Whether the time of the day its sentence tells nearest the event is of the morning
    (not "An airstrike hit a house in Rafah in the evening, killing 10, and another hit
    Jabalia at 2 a.m.": the Rafah strike's evening)."""
    times = [(abs(m.start() - unit.anchor), True) for m in
             _SMALL_HOURS.finditer(text, unit.sentence.start, unit.sentence.end)] + \
        [(abs(m.start() - unit.anchor), False) for m in
         _LATER_HOURS.finditer(text, unit.sentence.start, unit.sentence.end)]
    return bool(times) and min(times)[1]


def in_the_window(text: str, d: DateRef, unit: EventUnit) -> str | None:
    """The day of a time of the morning told in a window that opens in the afternoon
    ("Between 5 November (noon) and 6 November (14:00), 252 were killed. Among the
    deadliest were two airstrikes at about 1:30 a.m.": the morning of 6 November)."""
    day = parse_published(d.date) if d.date and d.precision == 1 else None
    if day is None or not (_AFTERNOON_OPENS.match(text, d.end) or
                           _AFTERNOONS_OF.search(text, max(0, d.start - 20), d.start)) or \
            not _of_the_morning(text, unit):
        return d.date
    return (day + timedelta(days=1)).isoformat()


# "GAZA, Nov. 2 (Xinhua) --": an agency dateline with the story's own day
# (also "Jerusalem, Nov 26 (IANS) The army said": the city in title case, the story run on
# after the agency's bracket with no dash)
_DATELINE = re.compile(rf"(?m)^[ \t]*[A-Z][A-Za-z .'’/-]{{2,40}}(?:,\s*[A-Z][\w .'’-]{{2,30}})?,\s+"
                       rf"(?P<day>{MONTH_PATTERN}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_PATTERN})"
                       rf"(?:,?\s+\d{{4}})?\s*\([A-Za-z][\w .'’/-]{{1,40}}\)"
                       rf"(?:\s*[-–—:]|[ \t]+(?=[A-Z][a-z]))")
_DATELINE_REACH = 300  # characters: a dateline opens the story, under at most a headline
# A word that ties a day to something other than the act itself: a point the act is
# compared with or counted from ("the deadliest since Sunday"), another act it came after or
# before ("a week after Israel ordered residents to leave on Friday", "ahead of talks due on
# Sunday"), or something going on beside it ("as the cabinet prepared to meet on Saturday")
_ANOTHER_DAYS_LINK = re.compile(r"(?i)\b(?:since|after|following|before|ahead\s+of|until|"
                                r"till|as|while|when|amid|by)\b")


def _the_acts_own_day(text: str, unit: EventUnit, d: DateRef) -> bool:
    """Whether a day in the act's sentence is told as the act's own: not one the act is
    measured from, nor one of another act or of something still to come."""
    if d.since or d.date is None or \
            not unit.sentence.start <= d.start < unit.sentence.end:
        return False
    lo, hi = sorted((unit.anchor, d.start))
    return _ANOTHER_DAYS_LINK.search(text, lo, hi) is None and \
        TO_COME.search(text, max(unit.sentence.start, d.start - 80), d.start) is None


def on_a_dateline(text: str, d: DateRef) -> bool:
    """Whether ``d`` is the day of an agency dateline that opens ``text`` ("JERUSALEM/GAZA,
    Oct. 17 (Xinhua) --")."""
    m = _DATELINE.match(text) if "(" in text[:_DATELINE_REACH] else None
    m = m or _AGENCY_AFTER.match(text)
    return m is not None and m.start("day") <= d.start < m.end()


def the_datelines_day_gives_way(text: str, unit: EventUnit, dates: list[DateRef]) -> bool:
    """Whether the first of ``dates`` is an agency dateline's day that gives way to the day
    the sentence gives the act: "KHAN YUNIS, Nov 23 (AFP) - Bodies were buried on Wednesday
    in a mass grave": the day the story was filed is not the burial's."""
    return bool(dates) and dates[0].start < _DATELINE_REACH and len(dates) > 1 and \
        on_a_dateline(text, dates[0]) and \
        any(_the_acts_own_day(text, unit, d) for d in dates[1:])


# "GAZA, December 25, 2023, WAFA -": a dateline with the agency after the day
_AGENCY_AFTER = re.compile(rf"[ \t]*[A-Z][A-Z .'’/-]{{2,40}},\s+"
                           rf"(?P<day>{MONTH_PATTERN}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_PATTERN}),?\s+"
                           r"\d{4},\s+[A-Z][A-Za-z]{1,20}\s*[-–—:]\s")
_DATELINE_LAG = 3  # days a page may be dated after its story (time zones, reposts)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# "All information is valid as of 9 January 2024 at 22:30": the day a situation report's
# news is brought up to, a day or two before it went up
_VALID_AS_OF = re.compile(rf"(?im)^[^\n]{{0,80}}?\b(?:valid|correct|accurate|current|up\s+to\s+"
                          rf"date)\s+as\s+(?:of|at)\s+(?P<day>\d{{1,2}}\s+{MONTH_PATTERN}"
                          rf"(?:,?\s+\d{{4}})?|{MONTH_PATTERN}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)")
_VALID_REACH = 600  # characters: the line opens the report, under its title


def dateline_day(text: str, published: date | None) -> date | None:
    """The day an agency dateline gives its story ("GAZA, Nov. 2 (Xinhua) --" on a page of
    3 November), or a situation report the day its information is valid as of: what the
    story tells with no day of its own happened then, not on the day the page went up."""
    if published is None:
        return None
    head = text[:_VALID_REACH].lower()
    valid = _VALID_AS_OF.search(text, 0, _VALID_REACH) if any(
        w in head for w in ("valid", "correct", "accurate", "current", "date")) else None
    if valid is not None:
        refs = [d for d in find_dates(text, published, valid.start("day"), valid.end("day"))
                if d.date and d.precision == 1]
        day = parse_published(refs[0].date) if refs else None
        if day is not None and 0 < (published - day).days <= _DATELINE_LAG:
            return day
    if "(" not in text[:_DATELINE_REACH]:
        return None
    m = _DATELINE.search(text, 0, _DATELINE_REACH)
    if m is None:
        return None
    refs = [d for d in find_dates(text, published, m.start("day"), m.end("day")) if d.date]
    day = parse_published(refs[0].date) if refs else None
    if day is None or not 0 <= (published - day).days <= _DATELINE_LAG:
        return None
    later = [_WEEKDAYS[(day + timedelta(days=k)).weekday()]
             for k in range(1, (published - day).days + 1)]
    if later and re.search(rf"\b(?:{'|'.join(later)})\b", text):
        # ("On Friday, ..." in a story of Thursday's dateline on a page of Friday: the
        # story was brought up to the page's day)
        return None
    return day
