"""The days and spans of days a sentence tells, which make an attack word the news of its day.

An attack word with a day told right after it ("in Khan Younis on Tuesday"), or a span of the
last few days ("have fled Rafah since Monday"), is the news of the report's days, whatever the
words around it; most checks of this package stand down when one is told (``DAY_AFTER``, or
``day_told_after`` with a time of the report's own day as well). The words for a
campaign's first day and its day told (``CAMPAIGN_START``, ``STARTED_ON``) are read by the
trigger finder, the unit splitter and the background reader too.
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.dates import MONTH_PATTERN, ON_A_DAY_FOLDED, WEEKDAY_PATTERN

ON_DAY = ON_A_DAY_FOLDED  # (over folded text)
A_DAY = rf"{ON_DAY}|today|yesterday|overnight|last night|this morning"
# A day told right after the words: "... in Khan Younis on Tuesday"
DAY_AFTER = re.compile(rf"[^.;,]{{0,60}}?\b(?:{A_DAY}|this week)\b")
# A span of the last few days is the news of the days: "have fled Rafah since Monday",
# "were displaced over the past 24 hours", "in the past three days" (not "over the past
# week", "since October": a standing state)
DAYS_SPAN = re.compile(rf"\b(?:since\s+(?:(?:last\s+)?{WEEKDAY_PATTERN.lower()}|yesterday)|"
                       r"(?:in|over|during|within)\s+the\s+(?:past|last)\s+(?:(?:24|48|72)\s+"
                       r"hours|(?:two|three|2|3)\s+days|(?:day|night))|"
                       r"earlier\s+this\s+week)\b")
# A campaign named as a time with the day it began is an event of that day: "since the
# start of the Israeli ground operation in Gaza on Oct. 27", "before the launch of the
# military operation against Rafah on May 6" (not "since the start of the war": no day)
MONTH = MONTH_PATTERN.lower()  # (over folded text)
# the words for a campaign's first day, before "of" ("since the start of the operation")
CAMPAIGN_START = r"(?:start|beginning|launch|outset)"
# (its own place told: not "since the start of the ground invasion on 27 October, troops
# have destroyed homes in Gaza City", "since the start of the renewed offensive on 18
# March": a time with no place, the sentence's places another matter)
STARTED_ON = re.compile(rf"\s+(?:in|into|on|against|across|throughout|inside)\s+"
                        rf"(?!(?:the )?(?:\d|{MONTH}))"
                        r"(?:[^.;,]|\.(?= ?\d)){0,60}?\bon (?:the )?"
                        rf"(?:\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{MONTH}|"
                        rf"{MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b)")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def month_gone(month: str, year: str | None, published: date | None) -> bool:
    """Whether ``month`` (of ``year``, if told) is not the month of ``published``."""
    return published is None or not (
        MONTHS.index(month[:3]) + 1 == published.month and
        (year is None or int(year) == published.year))


# (a time of the report's own day told after the words: "families who had fled Israeli
# shelling in Jabalia camp earlier in the day")
_TIME_OF_THE_DAY = re.compile(r"[^.;,]{0,60}?\b(?:earlier\s+(?:in\s+the\s+day|today|this\s+"
                              r"(?:morning|afternoon|evening))|hours\s+earlier|at\s+dawn|"
                              r"this\s+(?:afternoon|evening)|tonight)\b")


def day_told_after(low: str, stop: int, end: int) -> bool:
    """Whether a day, or a time of the report's day, is told right after ``stop``."""
    return DAY_AFTER.match(low, stop, end) is not None or \
        _TIME_OF_THE_DAY.match(low, stop, end) is not None
