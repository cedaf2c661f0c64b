"""Stage 2: sentences + mentions -> dated, located, typed events (ACLED fields).

Reads ``ParsedReport.text``, ``.mentions`` and ``.published``; writes ``.events``.

Per sentence, per clause: a trigger ("airstrikes", "clashes", "evacuation order") makes
an event unit; casualty counts attach to the nearest violent unit in their clause, or
form their own unit when their clause names its own place ("the deaths of two soldiers
in northern Gaza amid combat in Shejaia" is two events). Each unit takes:

* place: the most specific in-Gaza mention of its clause, else of its sentence, else the
  place of the previous event (geo_precision 2), else the report's dominant place
  (geo_precision 2/3, lower confidence). Out-of-area places are never event locations;
* date: a date in its clause or sentence, else the last date the report gave, else the
  publication date (time_precision 2); never today's date;
* actors as named.

Background sentences (cumulative war tolls, "continue to", "since October") and
irrealis triggers ("must halt the fighting") produce no events. One event per (date,
place, type) per report.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from geoevents.actors import find_actors
from geoevents.casualties import Casualty, find_casualties, has_casualty_words
from geoevents.dates import DateRef, find_dates, parse_published
from geoevents.gazetteer import Gazetteer
from geoevents.model import Event, Mention
from geoevents.sentences import Span, split_clauses, split_sentences
from geoevents.triggers import AID, ATTACK, BATTLE, Trigger, find_triggers

__all__ = ["extract_events", "SPECIFICITY"]

# Lower is more specific: the place an event is pinned to is the lowest-ranked mention.
SPECIFICITY = {"hospital": 0, "facility": 0, "crossing": 0, "neighbourhood": 0, "camp": 0,
               "area": 1, "village": 1, "town": 1, "settlement": 1, "city": 2, "corridor": 3,
               "governorate": 4, "region": 5, "strip": 6}
_VIOLENT = {"Explosions/Remote violence", "Battles", "Violence against civilians"}
_COMBATANTS = re.compile(r"soldiers?|troops|fighters|militants|gunmen|commanders?|officers?",
                         re.I)
_NEAR = re.compile(
    r"(?i)\b(?:near|outskirts of|around|close to|vicinity of|outside)\s+(?:the\s+)?$")
_NON_VIOLENT_DEATH = re.compile(
    r"\b(?:due to|from|of|because of)\s+(?:the\s+)?(?:lack of|shortage of|starvation|"
    r"malnutrition|hunger|famine|dehydration|hypothermia|cold|disease|illness|natural causes|"
    r"power cuts?)", re.I)
_BACKGROUND = re.compile(
    r"\b(?:continue[sd]?|more than (?:\w+ ){1,2}months|since the (?:war|start|beginning)|"
    r"since October|throughout the war|so far in the war|over the past (?:\w+ ){0,2}months)\b",
    re.I)



@dataclass
class _Unit:
    event_type: str
    sub_event_type: str
    anchor: int  # offset of the trigger or casualty phrase
    clause: Span
    sentence: Span
    strength: float
    from_casualty: bool = False
    segment_start: int = 0  # a casualty unit's place is named after the previous count
    fatalities: int | None = None
    injuries: int | None = None
    casualty_phrases: list[Casualty] = field(default_factory=list)


def extract_events(text: str, mentions: list[Mention] | tuple[Mention, ...], *,
                   published: object = None, report_id: str | None = None,
                   source: str | None = None, url: str | None = None,
                   gazetteer: Gazetteer | None = None) -> list[Event]:
    """Events a report describes, one per (date, place, type), in text order."""
    gaz = gazetteer or Gazetteer.default()
    anchor_date = parse_published(published)
    gaza = [m for m in mentions if m.in_gaza and m.place_id]
    outside = [m for m in mentions if not m.in_gaza]
    dominant = _dominant(gaza)
    carried: DateRef | None = None
    last_place: tuple[Mention, int] | None = None
    previous_violent: tuple[str, str] | None = None
    merged: dict[tuple, Event] = {}
    gaza_starts = [m.start for m in gaza]
    outside_starts = [m.start for m in outside]
    for s in split_sentences(text):
        triggers = find_triggers(s.text, s.start)
        if (not triggers and not has_casualty_words(s.text)) or len(s.text.split()) < 4:
            # No event words, or a fragment ("Strikes", "World", a menu entry): page
            # chrome and bare headings tell no event.
            carried = _last_date(s, anchor_date) or carried
            continue
        casualties = find_casualties(s.text, s.start)
        if _BACKGROUND.search(s.text):
            carried = _last_date(s, anchor_date) or carried
            continue
        # War totals ("nearly 38,000 deaths since October") are context, not counts.
        casualties = [c for c in casualties if not c.cumulative]
        dates = [d for d in find_dates(s.text, anchor_date, s.start, carried)
                 if d.date and not d.since]
        s_gaza = gaza[bisect_left(gaza_starts, s.start):bisect_left(gaza_starts, s.end)]
        s_outside = outside[bisect_left(outside_starts, s.start):
                            bisect_left(outside_starts, s.end)]
        units = _units(s, triggers, casualties, s_gaza, previous_violent)
        first = bisect_left(gaza_starts, s.start)
        earlier = gaza[max(0, first - 30):first]
        for unit in units:
            if unit.strength < 0.7 and not unit.casualty_phrases \
                    and not any(m.kind != "region" for m in s_gaza):
                continue  # "the operation in Gaza" with no named place: background, no event
            located = _place_for(unit, s_gaza, s_outside, earlier, last_place, dominant, gaz)
            counted = _count_place(unit, located)
            when, time_precision, date_factor = _date_for(unit, dates, carried, anchor_date)
            actors = _actors(unit)
            for place, precision, loc_factor in located:
                event = Event(
                    event_id=_event_id(report_id, s.text, place.place_id, unit, when),
                    report_id=report_id, source=source, url=url,
                    event_date=when, time_precision=time_precision,
                    event_type=unit.event_type, sub_event_type=unit.sub_event_type,
                    actor1=actors[0], actor2=actors[1],
                    fatalities=unit.fatalities if place is counted else None,
                    injuries=unit.injuries if place is counted else None,
                    location=place.name, place_id=place.place_id, admin1=place.governorate,
                    latitude=place.lat, longitude=place.lon, geo_precision=precision,
                    notes=s.text,
                    confidence=round(unit.strength * loc_factor * date_factor
                                     * place.confidence ** 0.5, 3),
                )
                key = (event.event_date, event.place_id, event.event_type,
                       event.sub_event_type)
                merged[key] = _merge(merged[key], event) if key in merged else event
                if loc_factor >= 0.9:
                    last_place = (place, s.paragraph)
                if unit.event_type in _VIOLENT:
                    previous_violent = (unit.event_type, unit.sub_event_type)
        if dates:
            carried = dates[-1]
    return list(merged.values())


# -- units ------------------------------------------------------------------------------
def _units(s: Span, triggers: list[Trigger], casualties: list[Casualty],
           gaza: list[Mention], previous_violent: tuple[str, str] | None = None) -> list[_Unit]:
    units: list[_Unit] = []
    clauses = split_clauses(s)
    for clause in clauses:
        ctrig = [t for t in triggers if clause.start <= t.start < clause.end]
        strong_violent = any(t.event_type in _VIOLENT and t.strength >= 0.8 for t in ctrig)
        strong_battle = any((t.event_type, t.sub_event_type) == BATTLE and t.strength >= 0.8
                            for t in ctrig)
        seen: set[tuple[str, str]] = set()
        for t in ctrig:
            if t.strength < 0.7 and strong_violent:
                continue  # "advancing forces" beside "clashes": one event, the stronger cue
            if strong_battle and t.event_type == "Explosions/Remote violence" \
                    and t.sub_event_type != "Air/drone strike":
                continue  # mortars and rockets fired in a firefight are part of the battle
            if (t.event_type, t.sub_event_type) in seen:
                continue
            seen.add((t.event_type, t.sub_event_type))
            units.append(_Unit(t.event_type, t.sub_event_type, t.start, clause, s, t.strength))
    triggered = list(units)
    for c in casualties:
        clause = next((cl for cl in clauses if cl.start <= c.start < cl.end), clauses[0])
        own_place = any(clause.start <= m.start < clause.end for m in gaza)
        free = [u for u in units if u.event_type in _VIOLENT and not _counted(u, c.kind)]
        same_clause = [u for u in free if u.clause == clause]
        pool = same_clause or ([] if own_place else free)
        if pool:
            target = min(pool, key=lambda u: abs(u.anchor - c.start))
        elif _NON_VIOLENT_DEATH.search(s.text):
            continue  # deaths from hunger, cold or a power cut are not a violent event
        else:
            # A count with its own place ("Rafah (43 fatalities)") is its own event, of the
            # type of the sentence's violent trigger, else by who was killed.
            violent = [u for u in triggered if u.event_type in _VIOLENT]
            if violent:
                near = min(violent, key=lambda u: abs(u.anchor - c.start))
                etype = (near.event_type, near.sub_event_type)
            elif previous_violent is not None:
                etype = previous_violent  # "The attack killed 90": the event told just before
            elif c.victim and _COMBATANTS.fullmatch(c.victim.split()[-1]):
                etype = BATTLE
            else:
                etype = ATTACK
            prev_end = max([x.end for x in casualties if clause.start <= x.end <= c.start],
                           default=clause.start)
            target = _Unit(*etype, c.start, clause, s, 0.6, from_casualty=True,
                           segment_start=prev_end)
            units.append(target)
        _attach(target, c)
    if any(u.event_type in _VIOLENT and u.fatalities for u in units):
        # "the aid convoy attack killed seven": the aid is the target, not the event
        units = [u for u in units if (u.event_type, u.sub_event_type) != AID]
    units.sort(key=lambda u: u.anchor)
    return units


def _counted(unit: _Unit, kind: str) -> bool:
    return any(c.kind == kind for c in unit.casualty_phrases)


def _attach(unit: _Unit, c: Casualty) -> None:
    unit.casualty_phrases.append(c)
    if c.kind == "killed":
        unit.fatalities = max(unit.fatalities or 0, c.count or 0)
    else:
        unit.injuries = max(unit.injuries or 0, c.count or 0)


# -- place ------------------------------------------------------------------------------
def _place_for(unit: _Unit, s_gaza: list[Mention], s_outside: list[Mention],
               earlier: list[Mention], last_place: tuple[Mention, int] | None,
               dominant: Mention | None, gaz: Gazetteer) -> list[tuple[Mention, int, float]]:
    if _ANAPHOR.search(unit.clause.text) and not _in_clause(unit, s_gaza):
        found = _resolve_anaphor(unit, earlier)
        if found:
            return found
    return _locate(unit, s_gaza, s_outside, last_place, dominant, gaz)


def _locate(unit: _Unit, gaza: list[Mention], outside: list[Mention],
            last_place: tuple[Mention, int] | None, dominant: Mention | None,
            gaz: Gazetteer) -> list[tuple[Mention, int, float]]:
    """Where a unit happened: one place, or each place a clause lists."""
    for span, factor in ((unit.clause, 1.0), (unit.sentence, 0.9)):
        here = [m for m in gaza if span.start <= m.start < span.end]
        if here:
            if unit.from_casualty:
                before = [m for m in here if unit.segment_start <= m.start < unit.anchor]
                if before:
                    best = min(before, key=lambda m: (_rank(m), unit.anchor - m.start))
                    return [(best, _precision(best, unit.sentence), factor)]
            listed = _listed_places(here, gaz) if factor == 1.0 else []
            if len(listed) > 1:
                return [(m, _precision(m, unit.sentence), factor) for m in listed]
            best = min(here, key=lambda m: (_rank(m),
                                            abs(m.start - unit.anchor) + (m.start < unit.anchor)))
            return [(best, _precision(best, unit.sentence), factor)]
        if any(span.start <= m.start < span.end for m in outside):
            return []  # the clause is about somewhere else (Beirut, Tel Aviv, Jenin)
    if last_place is not None:
        m, para = last_place
        factor = 0.7 if para == unit.sentence.paragraph else 0.6
        return [(m, max(2, _precision(m, unit.sentence)), factor)]
    if dominant is not None:
        return [(dominant, 3 if dominant.kind == "region" else 2, 0.5)]
    return []


def _count_place(unit: _Unit, located: list[tuple[Mention, int, float]]) -> Mention | None:
    """Of several listed places, the one a count belongs to: the nearest to the count."""
    if not located:
        return None
    if len(located) == 1 or not unit.casualty_phrases:
        return located[0][0]
    at = unit.casualty_phrases[0].start
    return min((m for m, _, _ in located), key=lambda m: abs(m.start - at))


_ANAPHOR = re.compile(r"\b[Tt]he (hospital|camp|school|shelter|neighbou?rhood|crossing|"
                      r"city|town|area)\b")
_ANAPHOR_CLASSES = {"hospital": ("hospital",), "camp": ("camp",), "school": ("school",),
                    "shelter": ("school", "shelter"), "neighbourhood": ("neighbourhood",),
                    "neighborhood": ("neighbourhood",), "crossing": ("crossing",),
                    "city": ("city",), "town": ("town", "city"), "area": ("area",)}


def _in_clause(unit: _Unit, s_gaza: list[Mention]) -> bool:
    return any(unit.clause.start <= m.start < unit.clause.end for m in s_gaza)


def _resolve_anaphor(unit: _Unit, before: list[Mention]) -> list[tuple[Mention, int, float]]:
    """"the hospital was hit": the last hospital the report named, not the last place."""
    noun = _ANAPHOR.search(unit.clause.text).group(1).lower()
    wanted = _ANAPHOR_CLASSES[noun]
    for m in reversed(before):
        label = f"{m.feature_class} {m.name}".lower()
        if any(w in label for w in wanted):
            return [(m, _precision_plain(m), 0.8)]
    return []


def _precision_plain(m: Mention) -> int:
    return 3 if m.kind == "region" else 2 if m.qualifier else 1


def _rank(m: Mention) -> int:
    return SPECIFICITY.get(m.feature_class or "", 3)


def _listed_places(here: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Distinct specific places of a clause, leaving out containers of the others.

    "strikes on Khan Younis, Rafah and Deir al-Balah" lists three places (three events);
    "Gaza City's Shejaia" lists one (Shejaia); regions never count as listed places.
    """
    points: dict[str, Mention] = {}
    for m in here:
        if m.kind != "region" and m.place_id not in points:
            points[m.place_id] = m
    places = {pid: gaz.get(pid) for pid in points}
    keep = []
    for pid, m in points.items():
        p = places[pid]
        if p is None:
            continue
        if any(o != pid and places[o] is not None and gaz.within(places[o], p) for o in points):
            continue
        keep.append(m)
    return keep


def _precision(m: Mention, sentence: Span) -> int:
    if m.kind == "region":
        return 3
    before = sentence.text[max(0, m.start - sentence.start - 25):m.start - sentence.start]
    if m.qualifier or _NEAR.search(before):
        return 2
    return 1


def _dominant(gaza: list[Mention]) -> Mention | None:
    """The report's main in-Gaza place: the most named one, preferring specific places."""
    if not gaza:
        return None
    counts = Counter(m.place_id for m in gaza)
    best = min(gaza, key=lambda m: (SPECIFICITY.get(m.feature_class or "", 3) >= 5,
                                    -counts[m.place_id], m.start))
    return best


# -- date -------------------------------------------------------------------------------
def _last_date(s: Span, anchor: date | None) -> DateRef | None:
    refs = [d for d in find_dates(s.text, anchor, s.start) if d.date and not d.since]
    return refs[-1] if refs else None


def _date_for(unit: _Unit, dates: list[DateRef], carried: DateRef | None,
              anchor: date | None) -> tuple[str | None, int, float]:
    in_clause = [d for d in dates if unit.clause.start <= d.start < unit.clause.end]
    pool = in_clause or dates
    if pool:
        d = min(pool, key=lambda d: abs(d.start - unit.anchor))
        return d.date, d.precision, 1.0
    if carried is not None:
        return carried.date, carried.precision, 0.9
    if anchor is not None:
        return anchor.isoformat(), 2, 0.8
    return None, 3, 0.7


# -- actors -----------------------------------------------------------------------------
def _actors(unit: _Unit) -> tuple[str | None, str | None]:
    local = unit.clause.text
    actors = find_actors(local) or find_actors(unit.sentence.text)
    armed = [a.name for a in actors if a.role == "armed"]
    civilians = [a.name for a in actors if a.role == "civilian"]
    actor1 = armed[0] if armed else None
    if (unit.event_type, unit.sub_event_type) == BATTLE:
        others = [a for a in armed if a != actor1]
        return actor1, others[0] if others else None
    victims = civilians or [a for a in armed if a != actor1]
    return actor1, victims[0] if victims else None


# -- records ----------------------------------------------------------------------------
def _event_id(report_id: str | None, notes: str, place_id: str | None, unit: _Unit,
              when: str | None) -> str:
    """Stable across runs; unique per (report, sentence, place, type, date)."""
    key = "\x1f".join([report_id or "", notes, place_id or "", unit.event_type,
                       unit.sub_event_type, when or ""])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _merge(a: Event, b: Event) -> Event:
    """Two sentences about one (date, place, type): keep the first, with the fuller counts."""
    def most(x, y):
        return y if x is None else x if y is None else max(x, y)

    return replace(a, fatalities=most(a.fatalities, b.fatalities),
                   injuries=most(a.injuries, b.injuries),
                   actor1=a.actor1 or b.actor1, actor2=a.actor2 or b.actor2,
                   confidence=max(a.confidence, b.confidence))
