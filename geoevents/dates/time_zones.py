"""The day in Gaza of a weekday or a date told with a clock in universal time.

Wire reports give times in GMT or UTC ("1 a.m. (11 p.m. GMT Sunday)", "at 2200 GMT on
Saturday", "on 27 June 2024 at 23:30 GMT"); the day of such a clock is the day in London,
while late in the London evening it is already the next morning in Gaza, where the event
took place.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

# "1 a.m. (11 p.m. GMT Sunday)", "at 2200 GMT on Saturday", "Friday, 23:30 UTC": a clock
# told in universal time, whose day is the day in London, not in Gaza
_CLOCK_IN = (r"(?P<h>[01]?\d|2[0-3])(?:[:.]?(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\.?)?\s*"
             r"(?:GMT|UTC)")
_UNIVERSAL_BEFORE = re.compile(r"\b" + _CLOCK_IN + r"\s*,?\s*(?:on\s+)?$", re.I)
_UNIVERSAL_AFTER = re.compile(r"\s*,?\s*(?:at\s+)?(?:around\s+|about\s+)?" + _CLOCK_IN + r"\b",
                              re.I)

# A weekday of the clock's own right after it ("2200 GMT Monday", "2200 GMT on Monday")
_OWN_WEEKDAY = re.compile(r"\s*,?\s*(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
                          re.I)


@lru_cache(maxsize=1)
def _gaza() -> ZoneInfo:
    """Gaza's own zone from the IANA database (the ``tzdata`` package where the system has
    none): its summer time starts and ends on dates that move each year (mid-April in 2024
    and 2025, after Ramadan), so no fixed rule gives the day right in the weeks between."""
    return ZoneInfo("Asia/Gaza")


def gaza_day_of(moment: datetime) -> date:
    """The day in Gaza at ``moment``: a datetime with a time zone is converted to Gaza's
    (daylight saving included); a naive one is taken to be Gaza's own time already."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.date()
    return moment.astimezone(_gaza()).date()


def _gaza_day(day: date, hour: int, minute: int) -> date:
    """The day in Gaza when a universal-time clock reads ``hour:minute`` on ``day``."""
    universal = datetime(day.year, day.month, day.day, hour, minute, tzinfo=timezone.utc)
    return universal.astimezone(_gaza()).date()


def local_day(text: str, m: re.Match, value: date) -> date:
    """The local day of a weekday or a date told with a universal-time clock: late in the
    London evening is already the next morning in Gaza (the act of "1 a.m." local is
    Monday's, though the conversion beside it says "11 p.m. GMT Sunday")."""
    clock = _UNIVERSAL_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if clock is None:
        clock = _UNIVERSAL_AFTER.match(text, m.end())
        if clock is not None and _OWN_WEEKDAY.match(text, clock.end()):
            return value  # ("on Tuesday, 2200 GMT Monday": the clock after has a day of its
            # own, so the weekday before it is the local day already)
    if clock is None:
        return value
    hour = int(clock.group("h"))
    ap = (clock.group("ap") or "").lower()[:1]
    if ap == "p" and hour < 12:
        hour += 12
    elif ap == "a" and hour == 12:
        hour = 0
    return _gaza_day(value, hour, int(clock.group("mi") or 0))
