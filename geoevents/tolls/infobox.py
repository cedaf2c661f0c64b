"""An encyclopedia article's infobox toll: the dead of the incident the article is about.

An article on one incident sums its dead in the infobox ("- Fatalities: 9 civilians",
"Deaths | 15+ civilians", "- Fatalities: 7 (including Anas Al-Sharif)"), while its prose
tells them by name or in parts ("killing her uncle, aunt and three cousins ... The cousin was
later also killed"), which a count of one sentence misses. The infobox's figure is the
toll of the incident's record: the one violent event of the day the infobox gives (at the
infobox's place where that day has several and no other of them has dead told, who may be
in the infobox's sum: "28+" for strikes on the European Hospital, 22 dead, and on Nasser
Hospital, 2), or the only violent event of an article whose infobox gives no day. An
infobox of several days ("9 and 12 October 2023", "9 October 2023 – present") sums a
campaign, no one event's toll, and is left alone; so is a day told with several violent
events at several places, none the infobox's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geoevents.dates import find_dates
from geoevents.model import Event, Mention
from geoevents.quantities import number_word
from geoevents.trigger_table import VIOLENT

__all__ = ["infobox_toll", "infobox_day", "with_the_infobox_toll"]

# "- Fatalities: 9 civilians", "Deaths | 15+ civilians |", "Fatalities: 55–93": a line of
# its own that opens with the field's name and a figure (the lowest of a range counts, as
# ACLED's), not "Fatalities included a journalist" in prose: no colon or bar
_TOLL_LINE = re.compile(r"(?im)^[ \t•*-]*(?:fatalities|deaths)\s*[:|]\s*"
                        r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)")
# "- Date: 2024-01-29", "Date | 13 December 2023 |"
_DATE_LINE = re.compile(r"(?im)^[ \t•*-]*date\s*[:|]\s*(?P<v>[^\n|]*)")
# A day that spans more than one: "9 and 12 October 2023", "9 October 2023 – present"
_SEVERAL_DAYS = re.compile(r"(?i)\b(?:and|to|until|present|ongoing)\b|[–—]|\s-\s")


def infobox_toll(text: str) -> int | None:
    """The infobox's count of the dead ("Fatalities: 9 civilians" -> 9, "Deaths | 15+" ->
    15, "55–93" -> 55), or None where the article has no such line or more than one."""
    lines = list(_TOLL_LINE.finditer(text))
    if len(lines) != 1:
        return None
    return number_word(lines[0].group("n"))


def infobox_day(text: str) -> str | None:
    """The one day the infobox gives ("Date: 13 December 2023" -> "2023-12-13"), or None
    where it gives none, or days more than one."""
    lines = list(_DATE_LINE.finditer(text))
    if len(lines) != 1:
        return None
    value = re.sub(r"\[\d+\]|\(\s*\)", "", lines[0].group("v")).strip(" ,;")
    if not value or _SEVERAL_DAYS.search(value):
        return None
    refs = find_dates(value, None)
    if len(refs) != 1 or refs[0].precision != 1 or refs[0].text.strip() != value:
        return None
    return refs[0].date


def _has_infobox_day(text: str) -> bool:
    """Whether the infobox has a date line at all (one day or several)."""
    return _DATE_LINE.search(text) is not None


def with_the_infobox_toll(events: list[Event], text: str,
                          infobox_place: Mention | None) -> list[Event]:
    """``events`` with the infobox's toll on the record of the incident it sums (see the
    module note); unchanged where no one record is that incident's."""
    toll = infobox_toll(text)
    if toll is None:
        return events
    violent = [i for i, e in enumerate(events) if e.event_type in VIOLENT]
    if _has_infobox_day(text):
        day = infobox_day(text)
        if day is None:
            return events
        violent = [i for i in violent if events[i].event_date == day]
        if len(violent) > 1 and infobox_place is not None and \
                not any(events[i].fatalities and events[i].place_id != infobox_place.place_id
                        for i in violent):
            violent = [i for i in violent if events[i].place_id == infobox_place.place_id]
    if len(violent) != 1:
        return events
    out = list(events)
    out[violent[0]] = replace(out[violent[0]], fatalities=toll)
    return out
