"""A week named right after a day, as that day's week: the day, not a guess within the week.

"During Eid al-Fitr last week, the army attacked eight mosques" names the feast and the
week it fell in: the act is of the feast's day, not of the day "last week" stands for (a
week back from the report). Only where the day does fall in the week named ("last week":
the week, Monday to Sunday, before the report's; "this week": the report's own): "on Tuesday
this week", read as the last Tuesday before a Monday report, is not in the week named, and
the week stays the best day given. ("On Monday last week" is one day, which the dates
package reads whole: that Monday of the week before the report's.)
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from geoevents.dates import DateRef, parse_published

# "last week", "this week", right after the day they qualify
_A_WEEK = re.compile(r"(?i)(?:last|this)\s+week")
_BETWEEN = re.compile(r"[ \t]*,?[ \t]*")


def _week_named(d: DateRef, anchor: date) -> tuple[date, date] | None:
    """The Monday and Sunday of the week ``d`` names ("last week", "this week")."""
    if _A_WEEK.fullmatch(d.text.strip()) is None:
        return None
    monday = anchor - timedelta(days=anchor.weekday())
    if d.text.strip().lower().startswith("last"):
        monday -= timedelta(days=7)
    return monday, monday + timedelta(days=6)


def qualifies_the_day_before(text: str, d: DateRef, pool: list[DateRef],
                             anchor: date | None) -> bool:
    """Whether ``d`` is a week named right after another day of ``pool`` that falls in it
    ("during Eid al-Fitr last week"): the week that day fell in, not a day of its own."""
    if anchor is None or (week := _week_named(d, anchor)) is None:
        return False
    for e in pool:
        day = parse_published(e.date) if e is not d and e.date else None
        if day is not None and e.end <= d.start and \
                _BETWEEN.fullmatch(text, e.end, d.start) is not None and \
                week[0] <= day <= week[1]:
            return True
    return False
