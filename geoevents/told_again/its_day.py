"""The day of the attack told just before, given to it by a sentence that tells it again
("The strike late Sunday hit a house", "the incident took place on Thursday afternoon", "the
toll included eight killed in ...") or by the night the report ends ("The overnight attack").

A lead dated only by the report (or by the day of its telling) takes the day the strike is
told again with; one told again with no day of its own keeps the day it was told with.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from geoevents.anchored import Cues
from geoevents.dates import DateRef, find_dates
from geoevents.event_dates import told_on
from geoevents.event_merge import merge_events, tells_several
from geoevents.gazetteer import Gazetteer, Place
from geoevents.model import Event, Mention
from geoevents.sentences import Span
from geoevents.speech import TOLD
from geoevents.told_again.the_attack import (
    ATTACK_NOUN,
    DAYS_ATTACK,
    INCIDENT_ON,
    THE_ONE_ATTACK,
    ToldBefore,
    opens_with_the_attack,
    the_days_attack,
)
from geoevents.trigger_table import VIOLENT
from geoevents.units import EventUnit

__all__ = ["dates_the_lead", "day_told", "night_told", "opening_day_of_the_lead", "redated",
           "rekeyed", "tells_its_dead"]


# "the strike late on Sunday night", "the strike, which took place on Sunday": a day
# given to the strike itself
_STRIKES_DAY = re.compile(r"[\s,]*(?:which\s+)?(?:(?:came|happened|occurred|took\s+place|"
                          r"was\s+carried\s+out)\s+)?(?P<day>)(?:(?:late|early)\s+)?")
_AFTER_ANOTHER = re.compile(r"(?i)\b(?:after|since|before|following)\s+$")


def _dated_strike(text: str, s: Span, dated: list[DateRef]) -> bool:
    """Whether the sentence gives "the strike" a day of its own (not "a day after an
    attack on Sunday", "the deadliest since Friday", "after the strike on Saturday")."""
    for m in DAYS_ATTACK.finditer(text, s.start, s.end):
        if not _AFTER_ANOTHER.search(text, max(s.start, m.start() - 12), m.start()) and \
                the_days_attack(text, m, s) and any(d.start == m.start() for d in dated):
            return True
    for m in THE_ONE_ATTACK.finditer(text, s.start, s.end):
        if _AFTER_ANOTHER.search(text, max(s.start, m.start() - 12), m.start()):
            continue
        gap = _STRIKES_DAY.match(text, m.end(), s.end)
        if any(d.start in (gap.start("day"), gap.end()) for d in dated):
            return True
    return False


# "said the toll included eight people killed in ...", "among the dead were ...": a part of
# the toll told just before
_PART_OF_TOLL = re.compile(r"\b(?:(?:the\s+(?:death\s+)?toll|the\s+dead|the\s+victims|those\s+"
                           r"killed)\s+includ(?:ed|es)|among\s+the\s+(?:dead|killed|victims)\s+"
                           r"(?:were|was))\b", re.I)


# "most of the dead were from families whose homes were hit late on Sunday", "the victims
# were killed as they slept on Sunday night": the dead of the attack told just before, told
# again with the day they were hit (not "the dead of Sunday's strike", another's)
# ("most of the dead were", "three of the victims were": a share of them tells it too; the
# share is not looked for, as it changes neither whether the words occur nor where they end)
_ITS_DEAD = re.compile(r"\b[Tt]he\s+(?:dead|victims|killed)\s+(?:were|was|included)\b")


def tells_its_dead(s: Span) -> bool:
    """Whether a sentence tells again of the dead of the attack told before ("most of the
    dead were from families whose homes were hit late on Sunday")."""
    return _ITS_DEAD.search(s.text) is not None


def _dated_dead(text: str, s: Span, dated: list[DateRef]) -> bool:
    """Whether the sentence gives the dead of the attack told before a day, after them."""
    hit = _ITS_DEAD.search(text, s.start, s.end)
    return hit is not None and any(d.start > hit.end() for d in dated)


def dates_the_lead(unit: EventUnit, s: Span, text: str, dated: list[DateRef], when: str | None,
                   time_precision: int, told_before: ToldBefore | None, anchor: date | None,
                   merged: dict[tuple, Event], keys: list[tuple]) -> bool:
    """Whether a sentence that tells "the strike" again with a day of its own gives that
    day to the strike told just before with none (a news lead: "An Israeli air strike ...
    has killed one"), which must be one attack, dated only by the report; or dated by a
    night the report ends ("killed ten overnight, medics said Monday. The strike late
    Sunday hit a house"), which began the day before."""
    if not (dated and told_before is not None and time_precision == 1 and when and
            anchor is not None and unit.event_type == told_before.event_type and
            (_dated_strike(text, s, dated) or _dated_dead(text, s, dated)) and
            told_before.days == {anchor.isoformat()} and keys):
        return False
    eve = (anchor - timedelta(days=1)).isoformat()
    return all(k in merged and not tells_several(merged[k].notes) and (
        merged[k].time_precision == 2 or
        when == eve and _THE_NIGHT.search(merged[k].notes) is not None) for k in keys)


def opening_day_of_the_lead(unit: EventUnit, s: Span, text: str, dated: list[DateRef],
                            when: str | None, told_before: ToldBefore | None,
                            anchor: date | None, merged: dict[tuple, Event],
                            keys: list[tuple], named: list[Mention], gaz: Gazetteer) -> bool:
    """Whether a sentence that opens with a day and tells one attack of the kind told just
    before, with no toll of its own, gives that day to the lead the report dated only by
    its own day or the day of its telling ("An Israeli air strike on a house in Deir
    al-Balah has killed 15, Anadolu reported. In the early hours of Monday morning, ...
    all those inside were killed in an Israeli air strike"; "The death toll from the strike
    on a mosque has risen to 24, Shehab reported on Sunday. ... On Saturday night, the IDF
    carried out a strike on the mosque")."""
    if not (dated and told_before is not None and when and anchor is not None and
            unit.event_type == told_before.event_type and unit.fatalities is None and
            # (not "On Saturday, an air strike wounded three people in Rafah": a toll of
            # its own, another strike)
            unit.injuries is None and
            told_before.days == {anchor.isoformat()} and when < anchor.isoformat() and keys):
        return False
    first = dated[0]
    if first.date != when or first.precision != 1 or \
            _OPENING_DAY.fullmatch(text, s.start, first.start) is None or \
            (close := _DAY_CLOSES.match(text, first.end, s.end)) is None or \
            _A_TELLING.match(text, close.end(), s.end) is not None or \
            tells_several(s.text) or _ONE_ATTACK.search(s.text) is None or \
            _ANOTHER_ATTACK.search(s.text) is not None or \
            not _at_the_place_told(named, told_before, gaz):
        return False
    hit = _targets(s.text)
    return all(k in merged and not tells_several(merged[k].notes) and
               dated_by_the_telling(merged[k], anchor) and
               # (not "a strike on a house ... On Saturday, an air strike hit a mosque":
               # another target, another strike)
               (not hit or not (told := _targets(merged[k].notes)) or bool(hit & told))
               for k in keys)


_TARGET = re.compile(r"(?i)\b(house|home|mosque|school|car|vehicle|tent|hospital|clinic|market|"
                     r"shelter|ambulance|bakery|church|café|cafe)s?\b")
_SAME_TARGET = {"home": "house", "vehicle": "car", "cafe": "café"}


def _targets(text: str) -> set[str]:
    """The kinds of place a sentence says were hit ("a house", "his home": a house)."""
    return {_SAME_TARGET.get(w, w) for w in (m.group(1).lower() for m in _TARGET.finditer(text))}


# "On Saturday night,", "In the early hours of Monday morning,", "Early on Monday,": a day
# that opens the sentence and dates all it tells
_OPENING_DAY = re.compile(r"\W*(?:(?:In|During)\s+the\s+(?:early|small|late)\s+hours\s+of\s+|"
                          r"(?:(?:Early|Late)\s+)?(?:on\s+|On\s+)?)")
_DAY_CLOSES = re.compile(r"(?:\s+(?:morning|night|evening|afternoon))?\s*,")
# (not "On Saturday, the army said it had carried out a strike": the day of the telling)
_A_TELLING = re.compile(r"[^,.;]{0,60}?\b(?:" + TOLD + r")\b")
# (not "On Saturday, a separate strike hit a house in Rafah", "a second air strike", "a
# strike also hit", "a similar strike": another attack than the one told before; the
# attack's own adjectives too, "new", "fresh", "similar", which place_told_next's _ANOTHER, for
# happenings of any kind, leaves out)
_ANOTHER_ATTACK = re.compile(r"(?i)\b(?:separate|second|third|another|similar|other|further|"
                             r"fresh|new|earlier|later|also|as well|too|again)\b")
# "an Israeli air strike", "a strike on a school": one attack
_ONE_ATTACK = re.compile(rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}{ATTACK_NOUN}\b(?!s)", re.I)


def _at_the_place_told(named: list[Mention], told_before: ToldBefore, gaz: Gazetteer) -> bool:
    """Whether a sentence names the place the attack told before was at, or one within it,
    and no other but the areas that hold it ("the Gaza Strip town of Deir al Balah")."""
    told_at = [p for p in map(gaz.get, told_before.places) if p is not None]
    places = [p for p in (gaz.get(m.place_id) for m in named) if p is not None]
    def at(p: Place) -> bool:
        return any(p.id == t.id or gaz.within(p, t) for t in told_at)
    return any(map(at, places)) and all(
        at(p) or any(gaz.within(t, p) for t in told_at) for p in places)


def dated_by_the_telling(e: Event, anchor: date) -> bool:
    """Whether an event's sentence gives no day but the report's, or the day of a telling
    ("Shehab reported on Sunday")."""
    if e.time_precision == 2:
        return True
    days = [d for d in find_dates(e.notes, anchor) if d.date]
    return bool(days) and all(d.date == anchor.isoformat() and told_on(e.notes, d)
                              for d in days)


def night_told(unit: EventUnit, s: Span, dated: list[DateRef], when: str | None,
               told_before: ToldBefore | None) -> str | None:
    """The day of the attack told just before, for a sentence that tells it again dated
    only by the night the report ends ("on Saturday, 3 May, ... killed 11. The overnight
    attack, which targeted the family home"): the night began on that day."""
    if told_before is None or len(told_before.days) != 1 or not dated or when is None or \
            unit.event_type != told_before.event_type or not opens_with_the_attack(s) or \
            not all(_THE_NIGHT.fullmatch(d.text) for d in dated):
        return None
    (day,) = told_before.days
    if day is None or (date.fromisoformat(when) - date.fromisoformat(day)).days != 1:
        return None
    return day


# "overnight", "last night": a night that began the day before the report's
_THE_NIGHT = re.compile(r"\b(?:overnight|last night|during the night)\b", re.I)


def day_told(unit: EventUnit, s: Span, refers_back: bool,
             told_before: ToldBefore | None) -> str | None:
    """The day of the attack told just before, for a sentence with no day of its own that
    tells it again ("The army acknowledged the strike") or counts a part of its toll ("the
    toll included eight people killed in an air strike on a home in Khan Yunis camp")."""
    if told_before is None or len(told_before.days) != 1:
        return None
    if not (refers_back and unit.event_type == told_before.event_type and
            THE_ONE_ATTACK.search(s.text) or
            unit.event_type in VIOLENT and _PART_OF_TOLL.search(s.text)):
        return None
    (day,) = told_before.days
    return day


def redated(merged: dict[tuple, Event], keys: list[tuple], text: str, s: Span,
            anchor: date | None, cues: Cues) -> list[tuple]:
    """"According to UNRWA, the incident took place on Thursday afternoon": the day of the
    attack told just before (which its sentence dated by the telling, or not at all).
    Returns the keys the attack's records are under now."""
    hit = INCIDENT_ON.match(text, s.start, s.end)
    if hit is None:
        return keys
    day = next((d for d in find_dates(text, anchor, hit.end(), s.end, cues=cues)
                if d.date and d.precision == 1 and not d.since and d.start < hit.end() + 12),
               None)
    if day is None or anchor is not None and day.date > anchor.isoformat():
        return keys
    return rekeyed(merged, keys, day.date)


def rekeyed(merged: dict[tuple, Event], keys: list[tuple], day: str) -> list[tuple]:
    """The records under ``keys`` moved to ``day``; returns their keys now."""
    out = []
    for key in keys:
        event = merged.pop(key, None)
        if event is None:
            continue
        event = replace(event, event_date=day, time_precision=1)
        new = (day, *key[1:])
        merged[new] = merge_events(merged[new], event) if new in merged else event
        out.append(new)
    return out
