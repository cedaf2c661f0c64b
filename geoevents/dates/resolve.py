"""The day one date expression names, counted from the report's publication day.

Reports date events relative to when they were written, so ``published`` is the anchor.
A day told without a year is the report's year, or the year before when that would fall
after the report; after a full date with a year it is a later day of that year (a narrative
that moves on). Some days date nothing the report tells: "the October 7 attacks" names the
day the war began, and "would take effect on Sunday" a day to come.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from geoevents.dates.expressions import (
    MONTH_PATTERN,
    MONTHS,
    WEEKDAY_PATTERN,
    WEEKDAYS,
    DateRef,
    parse_published,
)
from geoevents.dates.holidays import holiday_day
from geoevents.quantities import ORDINALS, parse_number


def _safe(y: int, mth: int, d: int) -> date | None:
    try:
        return date(y, mth, d)
    except ValueError:
        return None


def _no_such_day(mth: int, d: int, year: str | None) -> bool:
    """Whether ``d``, a day some month has (1 to 31), is none of month ``mth`` ("31 June",
    "30 February", "29 February 2023"); told without a year, none in any year (a 29
    February is one, in a leap year). (A number no month has, "45 June", is no day told.)"""
    return 1 <= d <= 31 and _safe(int(year) if year else 2024, mth, d) is None


def _day_told(mth: int, d: int) -> int:
    """The day of month ``mth`` that ``d`` stands for: itself, or the month's first of a
    day the month has not (the month is what such a date tells: see ``_day_of_month``)."""
    return 1 if _no_such_day(mth, d, None) else d


def latest_on_or_before(day: date, published: date) -> date:
    """``day`` read in the report's year, or the year before when that falls after the report:
    a day told without a year ("since 29 February") is one already past. A 29 February with
    none in the year before is its 28th."""
    if day <= published:
        return day
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def _with_year(mth: int, d: int, year: str | None, anchor: date | None) -> date | None:
    if year:
        return _safe(int(year), mth, d)
    if anchor is None:
        return None
    found = _safe(anchor.year, mth, d)
    if found and found > anchor + timedelta(days=2):
        if (found - anchor).days <= 92:
            return None  # "the next update will be issued on 29 July": not a past event
        found = _safe(anchor.year - 1, mth, d)  # "on 28 December" in a January report
    return found


DAY_AND_MONTH = frozenset({"month_day", "day_month", "day_range"})
# "detained ... after 7 October", "killed since 7 October": the war's start, in any year
SINCE_OR_AFTER = re.compile(r"(?i)\b(?:since|after|before)\s+$")
SINCE_THE = re.compile(r"(?i)\b(?:since|after|before)\s+(?:the\s+)?$")
# "massacre on October 7", "teams that attacked Israel on October 7"
# (and "abducted by the Hamas terrorist organization on October 7")
ATTACK_ON = re.compile(r"(?i)\b(?:attack(?:s|ed)?|massacres?|assault(?:ed)?|kidnapp(?:ed|ing)|"
                       r"abduct(?:ed|ing)|infiltrat\w+)\s+(?:by\s+(?:[\w-]+\s+){1,4}?)?"
                       r"(?:[\w-]+\s+){0,2}?(?:on|of)\s+$")
WAR_START = date(2023, 10, 7)  # the war's first day, which "since 7 October" names
# "the October 7 attacks": the attack a day names, told right after the day (not an attack
# told again, :mod:`geoevents.the_same_attack`: no determiner, and the words of the day's
# name, "incursion", "invasion", plural or not)
THE_ATTACK = re.compile(r"\s*(?:attacks?|massacres?|assault|incursion|invasion)\b",
                        re.IGNORECASE)


def has_year(m: re.Match) -> bool:
    return m.lastindex is not None and m.lastindex >= 3 and m.group(3) is not None
PAST = re.compile(r"\b(?:was|were|had|\w{3,}ed)\b", re.IGNORECASE)
FUTURE = re.compile(r"\b(?:will|next|scheduled|expected|planned|upcoming|due to|shall)\b",
                    re.IGNORECASE)


# A weekday named as a day to come, in its own clause: "would take effect on Sunday", "is
# due to reopen on Monday", "scheduled for Tuesday" (not "said it would respond, and on
# Sunday strikes hit Gaza", "would act against gunmen who launched mortars on Thursday": a
# clause of its own; nor "would investigate the strike on Monday in Rafah", "were to blame
# for the strike on Tuesday", "would remain in Rafah after they killed 12 gunmen on
# Tuesday": the day of an attack named after the verb)
TO_COME = re.compile(r"(?i)\b(?:will|would|shall|(?:is|are|was|were)\s+(?:due|set|expected|"
                      r"scheduled|slated|to)|due\s+to|set\s+to|expected\s+to|planned\s+to|"
                      r"plans?\s+to|(?:called|scheduled|planned|set|slated)\s+(?:[\w-]+\s+){0,3}?"
                      r"for(?=\s+$))\b(?:(?!\b(?:who|whom|which|that|whose|where|when|after|"
                      r"before|since|because|while|(?:air)?strikes?|attacks?|killings?|raids?|"
                      r"bombings?|bombardments?|shelling|deaths?|massacres?|explosions?|blasts?|"
                      r"ambush(?:es)?|incidents?|killed|struck|hit|fired|shelled|bombed|stormed|"
                      r"raided)\b)[^,;.:!?])*$")
_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NARRATIVE_SPAN = 200  # days a year-less day may follow the full date before it


def writes_its_year(r: DateRef) -> bool:
    """Whether ``r`` is one day written with its year ("On 17 October 2023"), not the
    bound of a span: what a later day written without one follows (see
    :func:`narrative_year`)."""
    return bool(r.date and r.precision == 1 and not r.since and _WRITTEN_YEAR.search(r.text))


def narrative_year(kind: str, m: re.Match, told: DateRef | None) -> date | None:
    """"On 17 October 2023, ... . Five were killed on 27 December": a day written without
    a year, after a full date with one, is a later day of that year (a narrative that
    moves on), whatever the publication date would make of it. ``told`` is the last day
    before ``m`` that :func:`writes_its_year` (else the one told before the stretch read,
    if it does), found by the caller as it reads the days in order."""
    if told is None:
        return None
    base = parse_published(told.date)
    if base is None:
        return None
    month, day = (m.group(1), m.group(2)) if kind == "month_day" else (m.group(2), m.group(1))
    mth = MONTHS[month.lower().rstrip(".")]
    found = _safe(base.year, mth, _day_told(mth, int(day)))
    return found if found and 0 <= (found - base).days <= _NARRATIVE_SPAN else None


def past_year(kind: str, m: re.Match, anchor: date) -> date | None:
    month, day = (m.group(1), m.group(2)) if kind == "month_day" else (m.group(2), m.group(1))
    mth = MONTHS[month.lower().rstrip(".")]
    return _safe(anchor.year - 1, mth, _day_told(mth, int(day)))


# "During the night, trucks were looted": the night up to the report, as "overnight", unless a
# day told before is earlier (see ``night_of_a_day_told``)
DURING_THE_NIGHT = "during the night"


def night_of_a_day_told(told: DateRef | None, day: date | None) -> date | None:
    """The day ``told`` names where "during the night" told after it is that day's night: a
    day before the eve of ``day``, the day the night would otherwise end on ("On 5 May,
    troops entered eastern Rafah. During the night, tanks shelled the Brazil neighbourhood",
    told on 10 May; not after the report's eve or its own day, where it is the night up to
    the report)."""
    night_of = parse_published(told.date) if told is not None and told.date else None
    return night_of if night_of is not None and day is not None and \
        night_of < day - timedelta(days=1) else None


def _relative(word: str, anchor: date | None) -> tuple[date | None, int]:
    if anchor is None:
        return None, 1
    w = word.lower()
    if w in ("today", "tonight", "this morning", "earlier today", "overnight", "last night",
             DURING_THE_NIGHT) or "24" in w or "twenty-four" in w:
        # "overnight" and "last night" in a report are the night that ends on its
        # publication day (as the gold annotations date them: a morning update's "strikes
        # last night" are mostly after midnight)
        return anchor, 1
    if w == "yesterday":
        return anchor - timedelta(days=1), 1
    if w.startswith("for ") and "consecutive day" in w:
        word = w.split()[-3]
        n = ORDINALS.get(word) or parse_number(word) or 1
        return anchor - timedelta(days=n - 1), 2  # since the first of those days
    if w.startswith(("the past ", "the last ")) and w.endswith("days"):
        n = parse_number(w.split()[2]) or 1
        return anchor - timedelta(days=n - 1), 2
    if w.endswith(("days ago", "day ago", "days earlier", "days before")):
        n = parse_number(w.split()[0]) or 1
        return anchor - timedelta(days=n), 1
    if w == "earlier this week":
        # "Earlier this week, five journalists were killed" (told on a Saturday): a day
        # before the report's, half way back to the week's Monday (Wednesday), not its own day
        return anchor - timedelta(days=max(1, (anchor.weekday() + 1) // 2)), 2
    if w == "this week":
        return anchor, 2
    if w == "last week":
        return anchor - timedelta(days=7), 2
    if w.endswith("last week") and w.split()[0] in ("late", "early"):
        # "Late last week troops raided Kamal Adwan hospital" (told on a Tuesday): the
        # Friday before the report's week, not the Tuesday a week back; "early last week":
        # that week's Tuesday
        monday = anchor - timedelta(days=anchor.weekday())
        return monday - timedelta(days=3 if w.startswith("late") else 6), 2
    if w.endswith(("week ago", "weeks ago")):
        n = parse_number(w.split()[0]) or 1
        return anchor - timedelta(days=7 * n), 2
    if w.endswith("weekend"):
        # the Saturday of the weekend just past (or under way, for a weekend report)
        return anchor - timedelta(days=(anchor.weekday() - 5) % 7), 2
    return None, 1


# what stands before the second month of a span: "from mid- to late October"
_SPAN_END_BEFORE = re.compile(r"(?i)\b(?:to|and|until|till|through)\s+$")


def _in_figures(m: re.Match, anchor: date | None) -> date | None:
    """The day of a date in figures ("27/06/2024", "27.06.2024"): day first, as the UN, the
    Gaza ministries and the Arab and European press write it; month first only where day
    first names no day ("06/27/2024"), or where day first falls after the report and month
    first does not ("05/06/2024" in a report of 10 May: 6 May, a day told as past)."""
    first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    day_first, month_first = _safe(year, second, first), _safe(year, first, second)
    if day_first is None or month_first is None or day_first == month_first:
        return day_first or month_first
    if anchor is not None and day_first > anchor >= month_first:
        return month_first
    return day_first


# How far before the report a day in figures with no year may fall and still be read as
# one: a wire's "on 11/7" tells the news of the days just past.
_FIGURES_REACH = timedelta(weeks=6)


def _day_just_past_in_figures(m: re.Match, anchor: date | None) -> date | None:
    """The day of "on 11/7" (day first, no year): read only where, day first, it falls
    within the weeks up to the report's own day (a report of 12 July: 11 July), since with
    no year and no month written out "9/11" or "7/4" may as well be a month first or a day
    long before; anything else is no day (None), not a guess."""
    if anchor is None:
        return None
    d, mth = int(m.group(1)), int(m.group(2))
    for year in (anchor.year, anchor.year - 1):
        day = _safe(year, mth, d)
        if day is not None and anchor - _FIGURES_REACH <= day <= anchor + timedelta(days=1):
            return day
    return None


def _day_of_month(mth: int, d: int, year: str | None, anchor: date | None
                  ) -> tuple[date | None, int]:
    """(the day, precision 1) a day and month name; of a day the month has not ("in
    Nuseirat on 31 June"), the month (its first day, precision 3, as "in June"): the writer
    dated it to that month, and neither the report's own day nor another day of the month
    is the one meant."""
    if _no_such_day(mth, d, year):
        return _with_year(mth, 1, year, anchor), 3
    return _with_year(mth, d, year, anchor), 1


def resolve_match(kind: str, m: re.Match, anchor: date | None) -> tuple[date | None, int, bool]:
    if kind == "holiday":
        return (*holiday_day(m, anchor), False)
    if kind == "iso":
        return _safe(int(m.group(1)), int(m.group(2)), int(m.group(3))), 1, False
    if kind == "numeric":
        return _in_figures(m, anchor), 1, False
    if kind == "day_month_figures":
        return _day_just_past_in_figures(m, anchor), 1, False
    if kind == "month_day":
        mth = MONTHS[m.group(1).lower().rstrip(".")]
        return (*_day_of_month(mth, int(m.group(2)), m.group(3), anchor), False)
    if kind in ("day_month", "day_range"):
        mth = MONTHS[m.group(2).lower().rstrip(".")]
        return (*_day_of_month(mth, int(m.group(1)), m.group(3), anchor), False)
    if kind == "month_year":
        mth = MONTHS[m.group(1).lower().rstrip(".")]
        since = m.group(0).lower().startswith("since")
        # "raided in late October": the last third of the month, from its first day (a span
        # is dated by its first day), not the 1st
        # (not "from mid- to late October", "between early and late October": the span's
        # end, the month's start still its first day)
        ends_a_span = _SPAN_END_BEFORE.search(m.string[max(0, m.start() - 12):m.start()])
        first = 21 if m.group(0).lower().startswith("late") and not ends_a_span else 1
        return _with_year(mth, first, m.group(2), anchor), 3, since
    if kind == "weekday":
        if anchor is None:
            return None, 1, False
        qual = (m.group(1) or "").lower()
        target = WEEKDAYS[m.group(2).lower()]
        back = (anchor.weekday() - target) % 7
        if qual == "last" and back == 0:
            back = 7
        if m.group(3):
            # "on Wednesday last week" (told on a Friday): the Wednesday of the week before
            # the report's, not the one two days back that "last Wednesday" would be
            monday = anchor - timedelta(days=anchor.weekday())
            return monday - timedelta(days=7 - target), 1, False
        if early_hours_past_the_dateline(qual, back):
            return anchor + timedelta(days=1), 1, False
        return anchor - timedelta(days=back), 1, qual == "since"
    if kind == "day_of_month":
        return (day_of_a_month_told(int(m.group(1)), anchor, anchor), 1, False) \
            if anchor is not None else (None, 1, False)
    value, precision = _relative(m.group(1), anchor)
    return value, precision, False


def day_of_a_month_told(d: int, month_of: date, anchor: date | None) -> date | None:
    """Day ``d`` of the month ``month_of`` falls in, or of the month before when that would
    fall after the report ("on the 13th" in a report of 10 May: 13 April); None where
    neither month has such a day."""
    day = _safe(month_of.year, month_of.month, d)
    if day is None or anchor is not None and day > anchor:
        first = month_of.replace(day=1) - timedelta(days=1)
        day = _safe(first.year, first.month, d)
    return day


def early_hours_past_the_dateline(qual: str, back: int) -> bool:
    """Whether "early <weekday>" names the day after the report's own: a report dated
    Tuesday in New York or London that tells of troops moving in "early Wednesday" was
    written when it was already Wednesday morning in Gaza (seven hours ahead or more), not
    of the Wednesday six days before, which a weekly review would call "last Wednesday".
    Only the early hours cross the dateline so: "on Wednesday", "late Wednesday" and
    "last Wednesday" stay the days before the report."""
    return qual == "early" and back == 6


# "on Tuesday, June 4", "Wednesday 24 January", "Monday (30 December)": a weekday told with
# the date it falls on names that date, not the last such weekday before the report
_WEEKDAY_THEN_DATE = re.compile(r"\s*(?:,\s*|\(\s*)?(?:the\s+)?")
_A_WEEKDAY_TOLD = re.compile(rf"(?:(?i:last|this|on|early|late|since)\s+)?({WEEKDAY_PATTERN})"
                             r"(?:'s)?")
_A_DATE_WRITTEN = re.compile(rf"\d|{MONTH_PATTERN}")


def weekdays_of_their_dates(text: str, refs: list[DateRef]) -> list[DateRef]:
    """``refs`` (in order) with a weekday written right before its date given that date's
    day: "struck on Tuesday, June 4", told on 29 June, is 4 June, not 25 June. Only where
    the date falls on that weekday, so a weekday and a date that are two things ("on
    Sunday, 7 October survivors gathered") or a slip of the writer's keep their own."""
    out = list(refs)
    for k in range(len(out) - 1):
        weekday, told = out[k], out[k + 1]
        named = _A_WEEKDAY_TOLD.fullmatch(weekday.text)
        day = parse_published(told.date) if told.date and told.precision == 1 else None
        if named is not None and day is not None and weekday.date != told.date and \
                weekday.end <= told.start and _A_DATE_WRITTEN.match(told.text) and \
                _WEEKDAY_THEN_DATE.fullmatch(text, weekday.end, told.start) and \
                day.weekday() == WEEKDAYS[named.group(1).lower()]:
            out[k] = replace(weekday, date=told.date)
    return out
