"""The report's events once all of it is read.

Events that refer back ("the strike", placed only by fallback) join the one they refer to,
records of one incident are folded, arrests made in a raid go with the raid, strikes,
orders and sieges get their only possible author, battles both sides, and every event its
calibrated confidence. The hostages of 7
October 2023 were taken in Israel: no abduction in the Strip.
"""

from __future__ import annotations

import re

from geoevents.confidence import calibrate
from geoevents.dates import WAR_START
from geoevents.event_actors import report_sides, sides_filled
from geoevents.event_merge import (
    entry_headings,
    fold_incidents,
    merge_events,
    placed_at,
    without_arrests_of_a_raid,
)
from geoevents.events.report import Report
from geoevents.gazetteer import Gazetteer
from geoevents.model import Event, Mention
from geoevents.place_roles import TAKEN_OR_FLED
from geoevents.tolls import rest_at_the_area, with_the_infobox_toll

# "kidnapped 251 people on 7 October 2023", "the attacks of October 7, in which militants
# killed 1,200 and kidnapped 251": the day the war began, in Israel (not "on 7 October
# 2024", a day of another year; "of" only as the attacks of that day, not "the eve of the
# anniversary of October 7", a day of a later year)
_ON_THE_WAR_START = re.compile(r"\b(?:on|during|(?:attacks?|assault|massacre|raid|rampage)\s+"
                               r"of)\s+(?:7\s+October|October\s+7)(?:,?\s+2023)?\b"
                               r"(?!,?\s+\d{4})")
_TAKEN_ON_THE_WAR_START = re.compile(r"(?i)\b(?:abduct|kidnapp|taken\s+(?:hostage|captive)|"
                                     r"seized\s+as\s+hostages?)\w*\b[^.;]{0,60}?" +
                                     _ON_THE_WAR_START.pattern)


def _holds_more(gaz: Gazetteer, outer_id: str | None, inner_id: str | None) -> bool:
    """Whether the Strip or a region ``outer_id`` holds the other, narrower place."""
    outer, inner = gaz.get(outer_id), gaz.get(inner_id)
    return outer is not None and inner is not None and outer.id != inner.id and inner.in_gaza \
        and (outer.feature_class == "strip" or outer.kind == "region" and gaz.within(inner, outer))


def taken_or_fled(rep: Report) -> frozenset[str]:
    """The places the report names only as where the dead were taken or people fled."""
    only: dict[str, bool] = {}
    for m in rep.gaza:
        told = TAKEN_OR_FLED.search(rep.text, max(0, m.start - 80), m.start) is not None
        only[m.place_id] = only.get(m.place_id, True) and told
    return frozenset(k for k, v in only.items() if v)


def settled(merged: dict[tuple, Event], referring: list[Event], gaz: Gazetteer,
            title: str | None = None, elsewhere: frozenset[str] = frozenset(),
            text: str = "", standfirst: str | None = None,
            infobox: Mention | None = None) -> list[Event]:
    """The report's events once all of it is read: events that refer back join the one
    they refer to, records of one incident are folded, an article's incident gets its
    infobox's toll, strikes, orders and sieges their only possible author, battles both
    sides, and every event its calibrated confidence."""
    merged = dict(merged)
    told = {e.event_type for e in merged.values()}
    for event in referring:  # a new event only when the report places no attack of its kind
        key = (event.event_date, event.place_id, event.event_type)
        if key in merged:
            merged[key] = merge_events(merged[key], event)
        elif event.event_type not in told:
            merged[key] = event
        else:
            # "three officers killed in fighting in the Gaza Strip ... The officers ... were
            # killed in central Gaza": the one such event told only for a wider area, placed
            wider = [k for k, e in merged.items() if k[0] == event.event_date and
                     k[2] == event.event_type and _holds_more(gaz, e.place_id, event.place_id)]
            if len(wider) == 1 and event.place_id not in elsewhere and not any(
                    k[0] == event.event_date and k[2] == event.event_type and k not in wider
                    for k in merged):
                told_event = merged.pop(wider[0])
                merged[key] = placed_at(merge_events(told_event, event), event)
    # The hostages of 7 October 2023 were taken in Israel: no abduction in the Strip (nor
    # an arrest: "They were abducted by the Hamas terrorist organization on October 7")
    events = [e for e in merged.values() if not (
        e.sub_event_type == "Abduction/forced disappearance" and
        (e.event_date == WAR_START.isoformat() or _ON_THE_WAR_START.search(e.notes)) or
        e.sub_event_type == "Arrests" and _TAKEN_ON_THE_WAR_START.search(e.notes))]
    events = fold_incidents(events, title, gaz, standfirst, entry_headings(text), text)
    events = rest_at_the_area(events, lambda outer, inner: _holds_more(gaz, outer, inner))
    # (arrests made in a raid the report codes at that place and day are the raid's)
    events = without_arrests_of_a_raid(events)
    events = with_the_infobox_toll(events, text, infobox)
    # (calibrated on the actors the text names; the ones filled in below say nothing of
    # whether the event is right)
    return report_sides([sides_filled(e) for e in calibrate(events)], text)
