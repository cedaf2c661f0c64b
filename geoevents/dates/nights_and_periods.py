"""Time told as a stretch rather than as one day: a night, a period.

A night runs from one day into the next, so which day dates it depends on how it is told:
"overnight" is the night that ends on the report's day, "overnight Wednesday" the night of
the day named, "overnight into Thursday" and "the night of 14 to 15 May" the morning it runs
into, "since Tuesday evening" the night up to the report. A period bounds events rather than
dating them: "since 7 October" names its start, and in "between 31 October and 1 November"
events take the first day, the second marked as bounding it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from geoevents.dates.expressions import MONTH_PATTERN, WEEKDAY_PATTERN, DateRef

# "since 7 October", "since the 6 May order": the start of a period
SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:the\s+)?$")
# "since the resumption of humanitarian deliveries on 21 October", "since the ceasefire
# with the Palestinian group Hamas took effect on January 19": also a period's start (a
# longer phrase only within one clause: not "since the war began and Israeli strikes killed
# 20 people in Rafah on 10 June", a clause of its own after "and").
SINCE_PHRASE = re.compile(r"(?i)\bsince\s+(?:the\s+)?(?:(?:\S+\s+){1,6}|"
                          r"(?:(?!(?:and|but|while)\s)[^\s,;:.]+\s+){7,10})(?:on|in)\s+$")
SINCE_REACH = 100  # how far before a date a since-phrase may begin
NEW_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while)\s|;")


# "overnight Wednesday", "overnight on Monday", "overnight 28 February": the night of the day
# named, not the night up to the report (see nights_into for "overnight into Thursday")
# (and "overnight 25-26 October", "overnight (Monday-Tuesday)": the night of the two days)
A_DAY_NAMED = re.compile(rf"\s+(?:on\s+|\(\s*)?(?:{WEEKDAY_PATTERN}\b|"
                         rf"\d{{1,2}}(?:\s*(?:-|–|to|and)\s*\d{{1,2}})?\s+{MONTH_PATTERN}\b|"
                         rf"{MONTH_PATTERN}\s+\d{{1,2}}\b)")


# "since Tuesday evening", "since yesterday night" (not "since Tuesday", "since Tuesday
# morning": a day of its own)
SINCE_LAST_EVENING = re.compile(r"(?i)\bsince\s+(?:(?:late\s+)?(?:on\s+)?)?\w+\s+"
                                r"(?:evening|night)\b")
# (not "has remained shut since Tuesday evening, when an airstrike hit the terminal": what
# happened that evening; nor "the crossing has been closed since Tuesday evening": a state
# that began then)
THE_EVENINGS_OWN = re.compile(r"(?i)\s*,?\s*when\b")
A_STATE_SINCE = re.compile(r"(?i)\b(?:closed|shut|sealed|blocked|suspended|halted|cut\s+off|"
                           r"missing|out\s+of\s+service)\s+(?:[\w-]+\s+){0,2}?$")


# "Strikes overnight into 29 October", "from Monday night into Tuesday": a night dated by
# the morning it runs into (not "from Monday to Wednesday": a span, of its first day)
_INTO = re.compile(r"(?i)\s+(?:(?:night|evening)\s+)?into\s+(?:the\s+(?:morning|early\s+hours|"
                   r"dawn)\s+of\s+)?(?:on\s+)?")
_A_NIGHT = re.compile(r"(?i)overnight|last night|night|evening")


# "overnight Wednesday into Thursday": a night named by its first day that runs into the next
_OVERNIGHT_BEFORE = re.compile(r"(?i)\bovernight\s+(?:on\s+)?$")


def nights_into(text: str, refs: list[DateRef]) -> list[DateRef]:
    """``refs`` without a night's first day where it runs "into" the day named next."""
    drop = {k for k in range(len(refs) - 1)
            if refs[k].date and refs[k + 1].date and refs[k].end <= refs[k + 1].start and
            (hit := _INTO.fullmatch(text, refs[k].end, refs[k + 1].start)) is not None and
            (_A_NIGHT.fullmatch(refs[k].text) or _A_NIGHT.search(hit.group(0)) or
             _OVERNIGHT_BEFORE.search(text, max(0, refs[k].start - 14), refs[k].start))}
    drop |= {k for k in range(len(refs) - 1) if _a_night_of_two_days(text, refs[k], refs[k + 1])}
    return [r for k, r in enumerate(refs) if k not in drop] if drop else refs


_A_WEEKDAY = re.compile(WEEKDAY_PATTERN)
# what joins a night's two days: "Monday-Tuesday", "Monday to Tuesday", "Sunday and Monday"
_TWO_DAYS_JOIN = re.compile(r"\s*(-|–|to|and)\s*")


def _a_night_of_two_days(text: str, first: DateRef, second: DateRef) -> bool:
    """Whether ``first`` and ``second`` are the two days of one night ("Overnight
    (Monday-Tuesday)", "on the night of Monday to Tuesday", "the night between Sunday and
    Monday"), dated by the morning it runs into (not "on Monday and Tuesday", "from Monday
    to Tuesday": a span, of its first day)."""
    if not (first.date and second.date and first.end <= second.start and
            _A_WEEKDAY.fullmatch(first.text) and _A_WEEKDAY.fullmatch(second.text)):
        return False
    join = _TWO_DAYS_JOIN.fullmatch(text, first.end, second.start)
    night = NIGHT_OF.search(text, max(0, first.start - 24), first.start)
    return join is not None and night is not None and \
        (join.group(1) != "and" or between(night)) and \
        (date.fromisoformat(second.date) - date.fromisoformat(first.date)).days == 1


# "Overnight 14-15 May", "on the night of 28 to 29 October", "the night between 14 and 15
# May": a night told by its two days, as "overnight into 15 May"
NIGHT_OF = re.compile(r"(?i)\b(?:overnight(?:\s+(on|of|between|from))?|(?:the|a)\s+night\s+"
                      r"(of|between|from))\s+(?:\(\s*)?$")
SECOND_DAY = re.compile(r"(and|to|-|–)\s*(\d{1,2})")


def between(night: re.Match) -> bool:
    """Whether a night of two days is told "between" them ("the night between 14 and 15
    May"), where an "and" joins the night's days and not a span's."""
    return (night.group(1) or night.group(2) or "").lower() == "between"


# (and "between the early hours of 18 March and noon on 20 March": a time of the last day)
_RANGE_JOIN = re.compile(r"\s*(?:\([^)]{0,20}\))?\s*(?:and|to|until|-|–)\s*"
                         r"(?:(?:noon|midday|midnight|dawn|\d{1,2}[:.]\d\d|\d{1,2}\s*[ap]\.?m\.?|"
                         r"the\s+(?:early\s+hours|morning|afternoon|evening))\s+(?:on|of)\s+)?$",
                         re.I)
_RANGE_OPEN = re.compile(r"(?i)\b(?:between|from)\b")


def period_ends(text: str, refs: list[DateRef]) -> list[DateRef]:
    """"between 31 October and 1 November": events of the period take its first day, so
    the second is marked as bounding it."""
    out = list(refs)
    for k in range(1, len(out)):
        first, second = out[k - 1], out[k]
        if first.date and second.date and first.end <= second.start and \
                _RANGE_JOIN.fullmatch(text, first.end, second.start) and \
                _RANGE_OPEN.search(text, max(0, first.start - 30), first.start):
            out[k] = replace(second, since=True)
    return out
