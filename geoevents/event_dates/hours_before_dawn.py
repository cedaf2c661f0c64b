"""An act told as hours before one the report timed in the small hours: the day before.

"At approximately 1 AM on 14 October, the air force struck tents ... The strike hit while
emergency services were receiving injured people from the bombardment of the al-Mufti
school in Nuseirat hours before": hours before one in the morning is the evening of the
day before, 13 October, not the day the later strike took. Only where the day carried to
the act is told with a time between midnight and five in the morning, and the act with
"hours before" or "hours earlier" and no day of its own (not "hours before the ceasefire":
a time told against another thing).
"""

from __future__ import annotations

import re
from datetime import timedelta

from geoevents.dates import DateRef, parse_published
from geoevents.units import EventUnit

# "1 AM", "at 3:30 a.m.", "02:15", "shortly after midnight", "in the early hours"
_SMALL_HOURS = re.compile(r"(?i)\b(?:[1-4](?:[:.]\d\d)?\s*a\.?\s?m\b\.?|0[0-4][:.]\d\d\b|"
                          r"(?:shortly\s+|just\s+)?after\s+midnight|the\s+early\s+hours)")
_TIME_REACH = 40  # characters: how near its day the time of day must be told
# "hours before,", "hours earlier, which killed": hours before the act told last, not before
# a thing the clause names
_HOURS_BEFORE = re.compile(r"(?i)\b(?:a\s+few\s+|several\s+|some\s+)?hours\s+(?:before|earlier)"
                           r"(?=\s*[,.;)]|\s+(?:which|that|when|in\s+which)\b)")
_CLAUSE_REACH = 160  # characters after the act's word


def hours_before_the_small_hours(text: str, unit: EventUnit, carried: DateRef | None) -> str | None:
    """The day before ``carried`` where the act is told as hours before one timed in the small
    hours of that day (see the module's note); else None."""
    if carried is None or carried.date is None or carried.precision != 1:
        return None
    if _HOURS_BEFORE.search(text, unit.anchor, min(unit.sentence.end,
                                                   unit.anchor + _CLAUSE_REACH)) is None:
        return None
    if _SMALL_HOURS.search(text, max(0, carried.start - _TIME_REACH),
                           carried.end + _TIME_REACH) is None:
        return None
    day = parse_published(carried.date)
    return (day - timedelta(days=1)).isoformat() if day is not None else None
