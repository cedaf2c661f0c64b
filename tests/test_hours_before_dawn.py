"""An act told as hours before one timed in the small hours is of the day before; a time of
day later in the morning, a day of its own, or hours before another thing leave it as it was."""

import pytest

from geoevents import parse


def _day_at(text: str, published: str, place: str) -> str | None:
    return next(e.event_date for e in parse(text, published=published).events
                if e.location == place)


_LATER = ("The strike hit while medics were treating people wounded in the shelling of a "
          "school in Nuseirat hours before, which killed 12.")


@pytest.mark.parametrize("lead,published,day", [
    ("At approximately 1 AM on 14 October 2024, an Israeli air strike hit tents at a hospital "
     "in Deir al-Balah.", "2024-10-14", "2024-10-13"),
    ("Shortly after midnight on 3 June 2024, an Israeli drone struck a car in Khan Younis.",
     "2024-06-04", "2024-06-02"),
    ("At 02:30 on 20 March 2024, Israeli jets bombed a house in Rafah.", "2024-03-21",
     "2024-03-19"),
])
def test_hours_before_the_small_hours_is_the_day_before(lead, published, day):
    assert _day_at(lead + " " + _LATER, published, "Nuseirat") == day


@pytest.mark.parametrize("lead,later,published,day", [
    # a time of the morning, past the small hours: the same day
    ("At 11 AM on 14 October 2024, an Israeli air strike hit tents at a hospital in Deir "
     "al-Balah.", _LATER, "2024-10-14", "2024-10-14"),
    # hours before another thing the clause names, not the act told before
    ("At approximately 1 AM on 14 October 2024, an Israeli air strike hit tents at a hospital "
     "in Deir al-Balah.", "Tanks shelled a school in Nuseirat hours before the strike on the "
     "hospital, killing 12.", "2024-10-14", "2024-10-14"),
])
def test_not_the_small_hours_nor_hours_before_another_thing(lead, later, published, day):
    assert _day_at(lead + " " + later, published, "Nuseirat") == day
