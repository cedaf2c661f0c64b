"""The day a later sentence gives the happening the report led with, for a lead dated only
by the report's day or the day of its telling: "the incident of 1 April 2024", "the initial
attack on the hospital on Monday", "Thursday's death toll was among the highest", "The IDF
says Sinwar was killed on Wednesday", "In a statement on Tuesday, the army said ...".

A report's lead often gives no day but the report's; what it tells happened before it was
told, and a sentence further on that tells it again may name the day it happened.
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.anchored import Cues
from geoevents.dates import WEEKDAY_PATTERN, DateRef, find_dates
from geoevents.event_dates import on_a_dateline, told_on
from geoevents.event_merge import tells_several
from geoevents.gazetteer import Gazetteer
from geoevents.model import Event, Mention
from geoevents.quantities import number_word
from geoevents.sentences import Span
from geoevents.speech import TOLD
from geoevents.told_again.its_day import dated_by_the_telling
from geoevents.told_again.the_attack import (
    ATTACK_NOUN,
    INCIDENT_ON,
    OWN_TARGET,
    the_days_attack,
)

__all__ = ["lead_day", "named_death_day", "names_no_other_place", "telling_day", "undated_lead"]


# Told again further on, the happening a report leads with gets the day its lead left out:
# "the incident of 1 April 2024", "the initial attack on southern Gaza's largest medical
# facility on Monday" (the first of those the lead told)
_THE_ONE_OF = re.compile(rf"\b[Tt]he\s+(?:(?P<adj>[\w-]+)\s+)?(?P<noun>{ATTACK_NOUN})\s+of\s+"
                         r"(?P<day>)")
_THE_FIRST = re.compile(rf"\b[Tt]he\s+(?:initial|first|original)\s+(?:[\w-]+\s+)?{ATTACK_NOUN}\b")
_ON_DAY_AFTER = re.compile(r"[^,.;:]{0,60}\son\s")  # (the day named within its clause)
# "Thursday's death toll was among the highest": the toll of the day the report tells of
_DAYS_TOLL = re.compile(rf"\b{WEEKDAY_PATTERN}['’]s\s+(?:death\s+)?toll\b")
# (not "the other incident of 3 March", "the earlier attack of Monday": another one)
_OTHER_ONE = re.compile(r"(?i)\b(?:separate|second|third|another|other|similar|further|fresh|"
                        r"new|earlier|later|previous|last|latest)\b")
_RECENT = 14  # days: not "the attack of 7 October", long before the report
_NEWS_BEFORE = 3  # days: a telling of the report's news, not of an earlier week's
# (not "the deadliest since the incident of 20 October", "Unlike the first attack on the
# hospital on Monday", "It follows Thursday's death toll": one before the lead)
_BEFORE_THE_LEAD = re.compile(r"\b(?:after|since|before|following|follows|followed|like|"
                              r"unlike|than|similar\s+to|recalling|recalled)\s+$", re.I)
# (not "the incident of 20 October, in which seven aid workers were killed", "the bombing of
# Thursday, which killed nine", "the first attack on the hospital came on Monday, when 5
# were killed": one with a toll of its own)
_ITS_OWN_DEAD = re.compile(r"\b(?:killed|killing|kills|died|dead|wounded|injured)\b", re.I)
# (not "Thursday's death toll of 40", "Thursday's death toll stood at 40", "Thursday's
# death toll was even higher": a toll of another day beside the lead's)
_ANOTHER_COUNT = re.compile(r"^\s+(?:of|at|to|was|reached|stood|rose|climbed)\b[^.;]{0,20}?"
                            r"\d|\b(?:higher|lower|heavier|greater|smaller)\b", re.I)


# (but "After the first strike on the hospital on Friday, rescuers rushed to the scene" of
# "Two Israeli strikes hit Nasser Hospital": the first of the lead's own)
_BESIDE_THE_LEAD = re.compile(r"\b(?:since|like|unlike|than|similar\s+to)\s+$", re.I)
# "Israeli tanks pushed deeper into Rafah today": a report of the day's news, whose lead is
# no happening of "Thursday's death toll"
_TODAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)
# what a day matching ``_TODAY`` must hold, wherever it stands
_A_TODAY_WORD = re.compile(r"today|tonight|this\s+(?:morning|afternoon|evening)", re.I)


def _recalled(text: str, s: Span, start: int, end: int, before: re.Pattern = _BEFORE_THE_LEAD
              ) -> bool:
    """Whether "the incident of 20 October" (from ``start`` to the end of its day, ``end``)
    is told as another happening than the lead: one it came after or is set beside, with
    a target or a toll of its own."""
    return bool(before.search(text, max(s.start, start - 24), start) or
                OWN_TARGET.match(text, end, s.end) or _ITS_OWN_DEAD.search(text, end, s.end))


def _tells_of_today(text: str, end: int, anchor: date, cues: Cues) -> bool:
    """Whether the report, before ``end``, tells of something done on its own day, not only
    of a telling ("Israeli tanks pushed deeper into Rafah today"; not "medics said today").
    A report with no such word before ``end`` tells none, without reading its dates."""
    if _A_TODAY_WORD.search(text, 0, end) is None:
        return False
    return any(_TODAY.fullmatch(d.text) and not told_on(text, d)
               for d in find_dates(text, anchor, 0, end, cues=cues))


# A word each of those five patterns needs (an attack's noun, "toll", "when"), looked for
# as plain text first: most sentences tell no lead again ("bomb" for "bombing" and
# "bombardment")
_TOLD_AGAIN_WORDS = ("attack", "strike", "raid", "bomb", "shelling", "incident", "explosion",
                     "blast", "assault", "massacre", "shooting", "toll", "when")


def lead_day(text: str, s: Span, anchor: date | None,
             cues: Cues) -> tuple[str, bool, bool] | None:
    """The day a later sentence gives the happening the report led with, told again as
    "the incident" with a day of its own: "According to UNRWA, the incident took place on
    Thursday afternoon", "an investigation into the incident of 1 April 2024", "the
    initial attack on the hospital on Monday", "Thursday's death toll was among the
    highest"; whether it may be one of several the lead told, or all of them ("the
    incident" of "air strikes that killed seven aid workers"); and whether it is the first
    of several the lead must have told ("the initial attack" of "Two strikes hit a
    hospital"). None if it does not."""
    if anchor is None or not cues.any_of(_TOLD_AGAIN_WORDS, s.start, s.end) or not (
            INCIDENT_ON.match(text, s.start, s.end) or _SCENE_ON.search(text, s.start, s.end) or
            _THE_ONE_OF.search(text, s.start, s.end) or _THE_FIRST.search(text, s.start, s.end) or
            _DAYS_TOLL.search(text, s.start, s.end)):
        return None  # (what tells the lead again, looked for before the sentence's days)
    days = [d for d in find_dates(text, anchor, s.start, s.end, cues=cues)
            if d.date and d.precision == 1 and not d.since and
            0 < (anchor - date.fromisoformat(d.date)).days <= _RECENT]
    if not days:
        return None
    return _the_incident_of(text, s, days) or _the_first_on(text, s, days) or \
        _the_days_toll(text, s, days, anchor, cues) or _the_scene_of(text, s, days)


# "The IDF says Sinwar was killed on Wednesday in Tel al-Sultan": the day of a death the
# report led with, told again by the name of the one killed
_NAMED_KILLED_ON = re.compile(r"\b(?P<name>[A-Z][a-z'’-]{2,})\s+(?:was|had\s+been|has\s+been)\s+"
                              r"(?:killed|assassinated|shot\s+dead)\s+(?P<day>)")


def named_death_day(text: str, s: Span, anchor: date | None, cues: Cues,
                    lead: list[Event | None]) -> str | None:
    """The day a later sentence gives the death of someone the report led with, told as
    killed with no day but the report's ("Hamas has confirmed that Yahya Sinwar was killed
    ... The IDF says Sinwar was killed on Wednesday in Tel al-Sultan")."""
    if anchor is None or not lead or any(e is None for e in lead) or \
            not any(w in s.text for w in ("killed", "assassinated", "shot")):
        return None
    for m in _NAMED_KILLED_ON.finditer(text, s.start, s.end):
        said = re.compile(rf"\b{re.escape(m.group('name'))}\b[^.;]{{0,30}}?\b(?:was|has\s+been|"
                          r"had\s+been)\s+(?:killed|assassinated|shot\s+dead)\b")
        if not all(said.search(e.notes) for e in lead):
            continue
        day = next((d for d in find_dates(text, anchor, m.end(), s.end, cues=cues)
                    if d.start == m.start("day") and d.date and d.precision == 1 and
                    not d.since), None)
        if day is not None and 0 < (anchor - date.fromisoformat(day.date)).days <= _RECENT:
            return day.date
    return None


# "The ministry's spokesman, late on Sunday, said the toll would rise", "In a statement on
# Tuesday, the army said its troops killed five gunmen": the lead's news told again as said
# on a day of its own, before the report's. What was said that day had happened by then, so
# the lead is of that day, not of the report's (a dateline's) day.
_SAID_ON = re.compile(rf"\W*(?:In\s+an?\s+(?:statement|briefing|post|update)\s*,?\s*)?"
                      rf"(?:[^.;:!?\"“”]{{0,60}}?[\s,])?(?P<day>(?:late\s+|early\s+)?(?:on\s+)?"
                      rf"{WEEKDAY_PATTERN})(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+"
                      rf"(?:[^.;:!?\"“”]{{0,60}}?\s)?(?:{TOLD})\b")
# what was said is the lead's own news: its toll, or the very count the lead gave
# (a bare toll: not "the toll of the war", "the death toll among its soldiers", another's)
_THE_TOLL = re.compile(r"(?i)\b(?:the|its)\s+(?:death\s+)?toll\b(?!\s+(?:of|among|across|"
                       r"in|for|from|since|on)\b)")
# victims the count names, of a side the lead's are not ("two soldiers were killed")
_SOLDIERS_COUNTED = re.compile(r"(?i)\b(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:\w+\s+)?"
                               r"(?:soldiers?|troops|reservists|officers?)\b")
# a place the telling names ("in northern Gaza"), to be the lead's own
_SAID_AT = re.compile(r"\b(?:in|near|at)\s+(?P<place>(?:(?:northern|southern|central|eastern|"
                      r"western)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
_A_COUNT = re.compile(r"(?i)\b(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b")


def telling_day(text: str, s: Span, anchor: date | None, cues: Cues,
                lead: list[Event | None]) -> str | None:
    """The day a later sentence gives the telling of the lead's news, for a lead dated by
    the report's day alone: the day it was said, one before the report's (a weekday is the
    last such day before it). None if the sentence tells something else: another toll, a
    telling of the report's own day, or a telling that is not at its head."""
    if anchor is None or not lead or any(e is None for e in lead):
        return None
    hit = _SAID_ON.match(text, s.start, s.end)
    if hit is None:
        return None
    day = next((d for d in find_dates(text, anchor, hit.start("day"), hit.end("day"),
                                      cues=cues)
                if d.date and d.precision == 1 and not d.since), None)
    if day is None or not 0 < (anchor - date.fromisoformat(day.date)).days <= _NEWS_BEFORE:
        return None
    said = text[hit.end():s.end]
    counts = {e.fatalities for e in lead if e.fatalities}
    given = {n for m in _A_COUNT.finditer(said) if (n := number_word(m.group())) is not None}
    sites = [e.location.lower() for e in lead if e.location]
    if any(number_word(m.group("n")) is not None for m in _SOLDIERS_COUNTED.finditer(said)) and \
            not any("Israeli" in (e.actor2 or "") for e in lead) or \
            any(not any(p in site or site in p for site in sites)
                for p in (m.group("place").lower() for m in _SAID_AT.finditer(said))):
        return None  # another's count or another place: "two soldiers were killed in the north"
    if _THE_TOLL.search(said) and not given or counts and given and given <= counts:
        return day.date
    return None


# "the troops were securing an area near Kissufim on Monday afternoon when gunmen fired on
# them": what they were doing when the lead's attack came on them, with its day (not
# "Residents were sleeping on Monday night when a strike hit a house nearby": no one the
# lead told is what the attack came on)
_SCENE_ON = re.compile(rf"\b(?:was|were)\s+[a-z]+ing\b[^.;:!?]{{0,120}}?[\s,](?P<day>on\s+"
                       rf"{WEEKDAY_PATTERN})\b(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
                       r"when\s+[^.;:!?]{0,60}?\b(?:on|at|upon|into|beneath|under|near|"
                       r"towards?)\s+(?:them|him|her)\b")

# ... who were doing it told as ones told before: "the troops", "they" (not "Palestinians were
# queueing for flour on Monday when troops opened fire on them": others, not the lead's)
_TOLD_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth|[Ii]ts|[Tt]heir)\s+"
                          r"(?:[\w-]+\s+){0,3}|\b(?:[Tt]hey|[Hh]e|[Ss]he)\s+)\Z")


def _the_scene_of(text: str, s: Span, days: list[DateRef]) -> tuple[str, bool, bool] | None:
    """``lead_day`` of "the troops were securing an area on Monday afternoon when gunmen
    fired on them": the day of all the lead told."""
    hit = _SCENE_ON.search(text, s.start, s.end)
    if hit is not None and _TOLD_BEFORE.search(text, max(s.start, hit.start() - 40),
                                               hit.start()) is None:
        return None
    if hit is not None and (d := _day_at(days, hit.start("day"), 3)):
        return d.date, True, False
    return None


def _day_at(days: list[DateRef], pos: int, reach: int = 12) -> DateRef | None:
    return next((d for d in days if pos - 3 <= d.start <= pos + reach), None)


def _the_incident_of(text: str, s: Span, days: list[DateRef]) -> tuple[str, bool, bool] | None:
    """``lead_day`` of "the incident took place on Thursday", "the incident of 1 April"."""
    hit = INCIDENT_ON.match(text, s.start, s.end)
    if hit is not None and not _OTHER_ONE.search(hit.group()) and \
            (d := _day_at(days, hit.end())):
        return d.date, hit.group("noun") == "incident", False
    for m in _THE_ONE_OF.finditer(text, s.start, s.end):
        if not (m.group("adj") and _OTHER_ONE.search(m.group("adj"))) and \
                (d := _day_at(days, m.start("day"), 0)) and \
                not _recalled(text, s, m.start(), d.end):
            return d.date, m.group("noun") == "incident", False
    return None


def _the_first_on(text: str, s: Span, days: list[DateRef]) -> tuple[str, bool, bool] | None:
    """``lead_day`` of "the initial attack on the hospital on Monday"."""
    for m in _THE_FIRST.finditer(text, s.start, s.end):
        d = next((d for d in days if d.start > m.end() and
                  (_ON_DAY_AFTER.fullmatch(text, m.end(), d.start + 3) or
                   _ON_DAY_AFTER.fullmatch(text, m.end(), d.start))), None)
        if d is not None and not _recalled(text, s, m.start(), d.end, _BESIDE_THE_LEAD):
            return d.date, True, True
    return None


def _the_days_toll(text: str, s: Span, days: list[DateRef], anchor: date, cues: Cues
                   ) -> tuple[str, bool, bool] | None:
    """``lead_day`` of "Thursday's death toll was among the highest": the toll of all the
    day's strikes."""
    for m in _DAYS_TOLL.finditer(text, s.start, s.end):
        if the_days_attack(text, m, s) and (d := _day_at(days, m.start(), 0)) and \
                not _BEFORE_THE_LEAD.search(text, max(s.start, m.start() - 24), m.start()) and \
                not _ANOTHER_COUNT.search(text[m.end():s.end]) and \
                not _tells_of_today(text, s.start, anchor, cues):
            return d.date, True, False
    return None


def undated_lead(lead: list[Event | None], anchor: date | None, several: bool,
                 first: bool = False) -> bool:
    """Whether the records of a happening tell it dated only by the report's day or the day
    of its telling ("the UN agency said Friday an aid convoy came under fire"), one attack
    unless ``several`` may be (the first of "the two strikes", "the incident" of "the air
    strikes that killed seven aid workers", "Thursday's death toll" of "strikes across
    Gaza"), and of several if it is the ``first`` of them."""
    return anchor is not None and bool(lead) and all(
        e is not None and e.event_date == anchor.isoformat() and
        (dated_by_the_telling(e, anchor) or _told_on_its_dateline(e, anchor)) and
        (several or not tells_several(e.notes)) for e in lead) and (
        # ("the first attack on the hospital on Monday" of "An Israeli strike hit a
        # hospital": one before it)
        not first or any(e is not None and tells_several(e.notes) for e in lead))


def _told_on_its_dateline(e: Event, anchor: date) -> bool:
    """Whether an event's sentence gives no day but the report's in brackets and that of a
    telling ("Gaza City, (APP - 29th Dec, 2023) The UN agency said Friday an aid convoy came
    under fire", "JERUSALEM/GAZA, Oct. 17 (Xinhua) -- The army said on Thursday that ...
    was killed"): the story's dateline."""
    days = [d for d in find_dates(e.notes, anchor) if d.date]
    return bool(days) and all(
        d.date == anchor.isoformat() and (told_on(e.notes, d) or
                                          e.notes.rfind("(", 0, d.start) >
                                          e.notes.rfind(")", 0, d.start) or
                                          on_a_dateline(e.notes, d)) for d in days)


def names_no_other_place(named: list[Mention], lead: list[Event], gaz: Gazetteer) -> bool:
    """Whether every place a sentence names is where the lead was, within it, or an area
    that holds it ("the initial attack on southern Gaza's largest medical facility" of a
    strike on Nasser Hospital; not "The strike on Sunday in Khan Younis" of one in Deir
    al-Balah)."""
    told_at = [p for p in (gaz.get(e.place_id) for e in lead if e.place_id) if p is not None]
    for m in named:
        place = gaz.get(m.place_id)
        if place is None or not any(place.id == t.id or gaz.within(place, t) or
                                    gaz.within(t, place) for t in told_at):
            return False
    return True
