"""Which day an event unit happened on: the dates of its clause and sentence, the date a
report gave last, or the report's own day.

Read by :mod:`geoevents.events`. Reports date events in many ways at once: the day the
news was told ("UNRWA reported on 20 February that ..."), the day a count was taken ("as
of last night"), the start of a period ("since Tuesday"), a day counted from another ("the
night before", "two days after the airstrike"), and a day that carries through prose but
not into the next bullet of a digest. These functions choose among them, one job to a
module, each reading only those before it:

- :mod:`~geoevents.event_dates.tellings`: the day of a telling ("Shehab reported on
  Sunday"), not of what it tells
- :mod:`~geoevents.event_dates.recordings`: the day a recording was aired or released
  ("in a video aired on Thursday"), not of the act it shows, and the day it was filmed
- :mod:`~geoevents.event_dates.report_frames`: the days a report frames its news with (an
  agency's dateline, a timeline's lines, the week an overview covers, a window of hours)
- :mod:`~geoevents.event_dates.stretches`: whether a date carries from its line to a later
  sentence (prose, not the next bullet of a digest)
- :mod:`~geoevents.event_dates.periods`: spans of time rather than days ("since Tuesday",
  "for seven consecutive days", "in recent days")
- :mod:`~geoevents.event_dates.passing_days`: days of other things a sentence names in
  passing (another event, a truce's start, a relative clause's deed)
- :mod:`~geoevents.event_dates.days_told_before`: the day a sentence takes from what the
  report told before it ("The strike came hours after ...", the report's news or a day
  recalled)
- :mod:`~geoevents.event_dates.handing_on`: which days of a sentence date what the report
  tells next
- :mod:`~geoevents.event_dates.day_told_next`: the day an attack with no day of its own takes
  from the next sentence that tells it again ("The air strike on Sunday hit ...")
- :mod:`~geoevents.event_dates.deaths_after`: the day one hurt in an attack died later,
  not the attack's ("died the next day")
- :mod:`~geoevents.event_dates.event_day`: the choice of one event unit's day,
  :func:`date_for`
"""

from geoevents.event_dates.days_told_before import (
    came_after,
    elsewhere_then,
    goes_on_now,
    hours_after_the_one_told,
    led_to_a_state,
    news_day,
    recalled,
    those_hours,
)
from geoevents.event_dates.event_day import PATTERNS, date_for
from geoevents.event_dates.handing_on import a_days_attack, a_tallys_end, carry, handed_on
from geoevents.event_dates.passing_days import BACK_TO_THAT_DAY, names_a_day, names_another_event
from geoevents.event_dates.periods import (
    a_tallys_start,
    names_a_spans_start,
    recent_start,
    since_phrase,
)
from geoevents.event_dates.report_frames import dateline_day, entry_date, on_a_dateline
from geoevents.event_dates.stretches import BULLET, continues, dates_the_page, same_stretch
from geoevents.event_dates.tellings import told_on

__all__ = ["date_for", "a_days_attack", "carry", "those_hours", "since_phrase", "entry_date",
           "continues", "same_stretch", "dates_the_page", "names_a_day", "names_another_event",
           "recent_start", "handed_on", "told_on", "recalled", "BULLET", "PATTERNS",
           "dateline_day", "hours_after_the_one_told", "led_to_a_state", "on_a_dateline",
           "a_tallys_start", "a_tallys_end", "news_day", "elsewhere_then", "came_after",
           "goes_on_now", "BACK_TO_THAT_DAY", "names_a_spans_start"]
