"""A unit's ``Event`` records (ACLED fields), one at each of its places.

A unit is placed (:mod:`geoevents.events.places`) and dated (:mod:`geoevents.events.days`),
named its actors as its clause names them, else as the report last named them for an event
of its kind, and its toll shared among its places, or kept whole where it is the places'
together. A unit that only says who people are ("People who fled eastern Gaza city ... have
been sheltering here") makes no record. Record ids are stable across runs.
"""

from __future__ import annotations

import hashlib
import re

from geoevents.actors import side_of
from geoevents.anchored import Cues
from geoevents.event_actors import taken_by_armed_men, unit_actors
from geoevents.event_dates import led_to_a_state, names_a_spans_start, news_day, same_stretch
from geoevents.events.carried_place_days import leave_places_of_other_days
from geoevents.events.days import each_days_toll, second_day, unit_date
from geoevents.events.merging import (
    ORDER_AND_FLIGHT,
    keyed,
    merged,
    note_where_the_count_was_told,
    one_of_several,
    share_told,
)
from geoevents.events.places import unit_places
from geoevents.events.report import Report, Sentence, Walk
from geoevents.locate import count_place
from geoevents.model import Event, Mention, placed_wide
from geoevents.place_roles import is_origin
from geoevents.sentences import Span
from geoevents.told_again import THE_ATTACK
from geoevents.tolls import (
    received_of_a_toll,
    sites_told_together,
    told_across_with_parts,
    told_for_a_region_apart,
    told_for_the_places_before,
    told_mostly_at,
    told_together,
    toll_before_strikes_on_several_places,
    toll_split,
)
from geoevents.trigger_table import ABDUCTION, SUBTYPE_RELIABILITY, VIOLENT
from geoevents.units import EventUnit

_WHO = re.compile(r"\bwho\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+)?(?:[a-z]+ly\s+)?"
                  r"(?:been\s+)?$")
_WHO_HAD = re.compile(r"\bwho\s+had\s+(?:[a-z]+ly\s+)?$")
_THOSE_WHO_HAD = re.compile(r"[\w-]+(?:\s+[\w,-]+){0,3}?\s+who\s+had\s")
_AFTER_THE = re.compile(r"\b(?:after|following)\b")


def code_unit(rep: Report, walk: Walk, sent: Sentence, unit: EventUnit) -> None:
    """The records of one unit, at each of its places, merged into ``walk``."""
    text, s = rep.text, sent.span
    if unit.anchor < sent.frame_end:
        return
    if not sent.dated and unit.sub_event_type in ORDER_AND_FLIGHT and \
            _WHO.search(text, max(s.start, unit.anchor - 30), unit.anchor):
        # "People who fled eastern Gaza city ... have been sheltering here", "who had
        # previously been displaced from Gaza City": who the people are, with no day of
        # its own, not a flight the report tells
        return
    if unit.sub_event_type == "Displacement" and (
            _WHO_HAD.search(text, max(s.start, unit.anchor - 30), unit.anchor) or
            _THOSE_WHO_HAD.match(text, unit.anchor, s.end)) and \
            _AFTER_THE.search(text, unit.anchor, s.end):
        # "Families who had moved to al-Mawasi after Israel ordered the evacuation of Khan
        # Younis on Monday said ...": who the people are; the day is the order's
        return
    if not sent.dated and led_to_a_state(unit, text):
        return  # "already strained after the nearby hospital was evacuated earlier this month"
    if taken_by_armed_men(text, unit, lambda: unit_actors(unit, rep.cues)[0]):
        # "Gunmen abducted an aid worker": an abduction, not an arrest
        unit.event_type, unit.sub_event_type = ABDUCTION
    refers_back = unit.event_type in VIOLENT and not sent.named and \
        rep.cues.search(THE_ATTACK, s.start, s.end) is not None
    located = unit_places(rep, walk, sent, unit, refers_back)
    if located is None:
        return
    sent.coded.add(id(unit))
    when, time_precision, date_factor = unit_date(rep, walk, sent, unit, refers_back)
    located = leave_places_of_other_days(rep, walk, sent, located, when)
    counted = count_place(unit, located, text)
    split = toll_split(unit, located, sent.named, rep.strip, text, rep.gaz)
    attack_told = _sentence_of_the_attack(rep, sent, unit)
    listed_before = split is None and counted is not None and \
        sent.told_before is not None and attack_told is not None and \
        told_for_the_places_before(unit, located, sent.named, rep.in_gaza(attack_told),
                                   sent.told_before.places, rep.gaz, text)
    if split is not None:
        located, shares = split
        whole = next((m for m, _, _ in located if shares.get(id(m)) == unit.fatalities), None)
        if whole is not None and len(located) > 1:
            counted = whole  # ("killed 19 people and wounded dozens, including in Gaza City
            # and in Khan Younis": the hurt are where the whole toll is, not at a part)
            # (not the wide area alone, the rest of a toll whose aid seekers are an event of
            # their own: "killed 12 people ... and wounded 40, including five killed near an
            # aid site in Rafah": the hurt go with one of the two, not with both)
    elif counted is not None and (listed_before or told_together(unit, located, text) or
                                  sites_told_together(unit, located, text) or
                                  told_for_a_region_apart(unit, located, sent.named, text) or
                                  told_mostly_at(unit, located, text) or
                                  told_across_with_parts(unit, located, text) or
                                  toll_before_strikes_on_several_places(
                                      unit, [m for m, _, _ in located], sent.named, text)):
        shares, counted = {}, None  # ("strikes on the Kamal Adwan Hospital in Beit Lahia
        # and the Nuseirat camp killed 17": a toll of the places together, the whole, dead
        # and hurt, no one place's)
    else:
        shares = {id(counted): unit.fatalities} if counted is not None else {}
    if unit.event_type in VIOLENT and sent.dated and walk.news_day is None:
        walk.news_day = news_day(when, time_precision, rep.anchor)
    if listed_before and rep.strip is not None and \
            (when, rep.strip.place_id, unit.event_type) in walk.merged:
        # "Israel unleashed waves of airstrikes across the Gaza Strip ... The strikes began,
        # hitting Deir al-Balah, Khan Younis, Rafah and Gaza City. The Health Ministry said
        # at least 404 people were killed and more than 560 wounded": the toll of the
        # Strip's attack told first, its places told since
        located, counted = [(rep.strip, 3, 1.0)], rep.strip
        shares = {id(rep.strip): unit.fatalities}
    elif counted is not None and split is None and received_of_a_toll(
            unit, sent.named, (e.fatalities for k, e in walk.merged.items()
                               if k[0] == when and k[2] == unit.event_type and e.fatalities
                               and all(k[1] != m.place_id for m, _, _ in located)),
            text):
        shares, counted = {}, None  # ("... killed at least 67 ... At least 50 bodies were
        # brought to the Kuwaiti Hospital": part of the toll told, from wherever it was)
    named = _unit_actors(walk, unit, located, rep.cues)
    each = each_days_toll(unit, sent.dated, text) if len(located) == 1 and split is None \
        and counted is located[0][0] else []
    if each:
        # "hit Rafah on 27 June and on 28 June, killing 3 and 5 people respectively": an
        # attack of each day, with its own toll
        for day, dead in each:
            _record_places(rep, walk, sent, unit, located, {id(counted): dead}, counted,
                           named, day, 1, date_factor, refers_back)
        return
    for day in [when, *second_day(unit, sent.dated, when, text)]:
        _record_places(rep, walk, sent, unit, located, shares, counted, named, day,
                       time_precision, date_factor, refers_back)
    share_told(walk, located, shares, unit, s)


def _sentence_of_the_attack(rep: Report, sent: Sentence, unit: EventUnit) -> Span | None:
    """The sentence that told the attack told before: the one just before, or, for a bare
    toll with no attack word or day of its own, an earlier one with no violence told between
    ("In Deir al-Balah, Khan Younis, Rafah and Gaza City, homes and tents went up in flames.
    At Nasser Hospital, bodies were laid out on the floor. By evening, the ministry said at
    least 404 people had been killed": the toll still that of the places listed; not
    "Israeli strikes during the delay killed 19 people": an attack of its own)."""
    told, before = sent.told_before, sent.before
    if told is None or before is None or before.end == told.end or \
            not unit.from_casualty or sent.dated:
        return before
    attack = rep.sentence_at(told.end - 1)
    if attack.end != told.end or attack.start >= sent.span.start or \
            not same_stretch(rep.text, told.end, sent.span):
        return before
    return attack


def _record_places(rep: Report, walk: Walk, sent: Sentence, unit: EventUnit,
                   located: list, shares: dict, counted: Mention | None,
                   named: tuple[str | None, str | None], when: str | None,
                   time_precision: int, date_factor: float, refers_back: bool) -> None:
    """The unit's record at each of its places on the day ``when``, merged into ``walk``."""
    s = sent.span
    for place, precision, loc_factor in located:
        if unit.event_type in VIOLENT and place.place_id is not None and \
                not is_origin(place, s):
            sent.violent_places.add(place.place_id)
            sent.violent_days.add(when)
        event = _record(unit, s, place, precision, when, time_precision, named,
                        rep.report_id, rep.source, rep.url,
                        fatalities=shares.get(id(place)),
                        injuries=unit.injuries if place is counted else None,
                        confidence=round(unit.strength * loc_factor * date_factor
                                         * place.confidence ** 0.5
                                         * SUBTYPE_RELIABILITY.get(unit.sub_event_type, 1.0),
                                         3))
        key, event = keyed(walk, event, unit, place, s, own_day=not any(
            d.since for d in sent.dated) and any(
            unit.clause.start <= d.start < unit.clause.end for d in sent.dated),
            spans_start=names_a_spans_start(rep.text, unit, sent.dated))
        if refers_back and loc_factor <= 0.5 and key not in walk.merged:
            walk.referring.append(event)  # settled once the whole report is read
            continue
        one_of_several(walk, key, event, unit, s)
        before = walk.merged.get(key)
        walk.merged[key] = merged(before, event, unit, rep.title,
                                  walk.count_told_in.get(key)) \
            if before is not None else event
        note_where_the_count_was_told(walk.count_told_in, key, before, event,
                                      walk.merged[key])
        if event.event_type in VIOLENT:
            sent.violent_keys.append(key)
        if loc_factor >= 0.9 and not (
                place.kind == "region" and place.feature_class != "strip" and
                id(place) in shares and walk.last_place is not None and
                walk.last_place_end == s.end and id(walk.last_place[0]) in shares and
                not placed_wide(walk.last_place[0])):
            # (not the region a toll's rest is put at, after its part's own place: "ten
            # soldiers were killed in the north, nine of them in Shejaia": what is told next
            # happens in Shejaia; but the Strip's rest stays, where the Strip's tallies go)
            walk.last_place, walk.last_place_end = (place, s.paragraph), s.end


def _unit_actors(walk: Walk, unit: EventUnit, located: list, cues: Cues
                 ) -> tuple[str | None, str | None]:
    """(actor1, actor2) as the unit's clause names them, else actor1 as the report last
    named it for an event of this kind ("Massive Israeli bombardments intensified. ... an
    airstrike on Jabalia camp killed 63")."""
    named = unit_actors(unit, cues)
    kind = (unit.event_type, unit.sub_event_type)
    told = walk.told_by.get(kind)
    if named[0] is None and told not in (None, named[1]) and \
            (named[1] is None or side_of(told) != side_of(named[1])):
        # (not against its own side: "terrorists fired an RPG at a tank. ... The forces
        # eliminated dozens of terrorists" names who was fought, not who fought)
        return told, named[1]
    if named[0] is not None and located:
        # (not from an event the report places nowhere in the Strip: a strike in Lebanon
        # names who struck there)
        walk.told_by[kind] = named[0]
    return named


# -- records ----------------------------------------------------------------------------
def _record(unit: EventUnit, s: Span, place: Mention, precision: int, when: str | None,
            time_precision: int, named: tuple[str | None, str | None],
            report_id: str | None, source: str | None, url: str | None, *,
            fatalities: int | None, injuries: int | None, confidence: float) -> Event:
    """The ACLED record of one unit at one of its places (counts and confidence are the
    caller's: they depend on the unit's other places; passed in, so the frozen record is
    built once rather than built and replaced)."""
    return Event(
        event_id=_event_id(report_id, s.text, place.place_id, unit, when),
        report_id=report_id, source=source, url=url,
        event_date=when, time_precision=time_precision,
        event_type=unit.event_type, sub_event_type=unit.sub_event_type,
        actor1=named[0], actor2=named[1], fatalities=fatalities, injuries=injuries,
        location=place.name, place_id=place.place_id, admin1=place.governorate,
        latitude=place.lat, longitude=place.lon, geo_precision=precision,
        notes=s.text, confidence=confidence,
    )


def _event_id(report_id: str | None, notes: str, place_id: str | None, unit: EventUnit,
              when: str | None) -> str:
    """Stable across runs; unique per (report, sentence, place, type, date)."""
    key = "\x1f".join([report_id or "", notes, place_id or "", unit.event_type,
                       unit.sub_event_type, when or ""])
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
