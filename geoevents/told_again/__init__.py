"""A sentence that tells the attack told just before again: "the strike", "the incident
took place near Beit Lahiya", "the targeted building in Deir al-Balah", "the toll included
eight killed in ...".

News leads tell an attack once with its toll and then again, piece by piece, with its day,
its site or the parts of its toll; these read those pieces onto the attack told before
instead of coding new events.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta
from typing import NamedTuple

from geoevents import dates
from geoevents.anchored import Cues
from geoevents.dates import WEEKDAY_PATTERN, DateRef, find_dates
from geoevents.event_dates import on_a_dateline, told_on
from geoevents.event_merge import merge_events, tells_several, told_where
from geoevents.gazetteer import Gazetteer, Place
from geoevents.model import Event, Mention
from geoevents.quantities import number_word
from geoevents.sentences import NAME_WORD, Span
from geoevents.speech import TOLD
from geoevents.trigger_table import VIOLENT
from geoevents.triggers import Trigger
from geoevents.units import EventUnit, days_tally

__all__ = ["PATTERNS", "THE_ATTACK", "ToldBefore", "areas_told_next", "without_the_office",
           "speaks_for_the_strip", "dates_the_lead", "day_told",
           "lead_day", "names_no_other_place", "night_told", "opening_day_of_the_lead",
           "opens_with_the_attack", "places_it_within", "redated", "rekeyed", "site_told_next",
           "took_place", "tells_its_dead", "named_death_day", "revises_a_toll"]


class ToldBefore(NamedTuple):
    """The last violent event a report told: what "the attack" of a following sentence of
    the same stretch of prose most likely was."""

    event_type: str
    sub_event_type: str
    end: int  # where its sentence ends
    places: frozenset[str]  # the place_ids it was coded at
    days: frozenset[str | None]  # and the days
    counted: bool = False  # whether it told a toll of its own


# "Israeli officials said the attack had been a precision strike": a sentence that speaks
# of an attack by "the attack" and names no place tells of one the report places elsewhere.
_ATTACK_NOUN = (r"(?:attack|strike|airstrike|air strike|raid|bombing|shelling|incident|"
                r"explosion|massacre)")
THE_ATTACK = re.compile(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:[\w-]+ )?{_ATTACK_NOUN}s?\b")
# ... and one attack, named as such ("acknowledged the strike"; not "reported that Israeli
# strikes have killed 300")
_THE_ONE_ATTACK = re.compile(rf"\b[Tt]he (?:[\w-]+ )?{_ATTACK_NOUN}\b")


# "the strike late on Sunday night", "the strike, which took place on Sunday": a day
# given to the strike itself
_STRIKES_DAY = re.compile(r"[\s,]*(?:which\s+)?(?:(?:came|happened|occurred|took\s+place|"
                          r"was\s+carried\s+out)\s+)?(?P<day>)(?:(?:late|early)\s+)?")
_AFTER_ANOTHER = re.compile(r"(?i)\b(?:after|since|before|following)\s+$")


# "Wednesday's strike", "Sunday's Israeli air strike": one attack, by the day it was on
_DAYS_ATTACK = re.compile(rf"\b{WEEKDAY_PATTERN}['’]s (?:[\w-]+ )?{_ATTACK_NOUN}\b(?!s)")


# (not "Unlike Wednesday's strike, no warning was given", "the site of Wednesday's strike",
# "Last Wednesday's strike": another one; nor "Wednesday's strike on a school", "Wednesday's
# strike killed 20": one with a target or a toll of its own)
_ANOTHER_DAYS = re.compile(r"\b(?:like|unlike|than|similar\s+to|site\s+of|last|previous)\s+$",
                           re.I)
_OWN_TARGET = re.compile(r"\s+(?:on|at|in|near|against)\s+(?:a|an)\s")
_OWN_TOLL = re.compile(r"\b(?:killed|killing|kills|left)\s+(?:at\s+least\s+|more\s+than\s+)?"
                       r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|"
                       r"[a-z]+ty|dozens)\b", re.I)


def _the_days_attack(text: str, m: re.Match, s: Span) -> bool:
    """Whether "Wednesday's strike" is told as the one strike of the lead."""
    return not _ANOTHER_DAYS.search(text, max(s.start, m.start() - 14), m.start()) and \
        not _OWN_TARGET.match(text, m.end(), s.end) and \
        not _OWN_TOLL.search(text, m.end(), s.end)


def _dated_strike(text: str, s: Span, dated: list[DateRef]) -> bool:
    """Whether the sentence gives "the strike" a day of its own (not "a day after an
    attack on Sunday", "the deadliest since Friday", "after the strike on Saturday")."""
    for m in _DAYS_ATTACK.finditer(text, s.start, s.end):
        if not _AFTER_ANOTHER.search(text, max(s.start, m.start() - 12), m.start()) and \
                _the_days_attack(text, m, s) and any(d.start == m.start() for d in dated):
            return True
    for m in _THE_ONE_ATTACK.finditer(text, s.start, s.end):
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


# "the targeted building in Deir al-Balah": the site of the attack told just before
_SITE_TOLD = re.compile(r"\b[Tt]he\s+(?:targeted|bombed|struck|destroyed|shelled)\s+"
                        r"(?:[\w-]+\s+)?(?:building|house|home|tent|school|shelter|car|"
                        r"vehicle|apartment|mosque)\s+(?:in|at)\s+(?:the\s+)?")


_SEVERAL_TOLD = re.compile(r"\b(?:air ?strikes|strikes|attacks|bombardments|raids)\b", re.I)
_OTHER_TIME = re.compile(rf"\b(?:in (?:{dates.MONTH_PATTERN}|(?:19|20)\d\d)|"
                         r"last (?:week|month|year)|earlier|previously|before|ago)\b")


def site_told_next(text: str, s: Span, gaza: list[Mention], starts: list[int]
                   ) -> Mention | None:
    """The place the sentence after ``s`` gives the site of its attack, if it does."""
    stop = text.find(".", s.end + 1)
    stop = len(text) if stop < 0 else stop
    hit = _SITE_TOLD.search(text, s.end, min(stop, s.end + 400))
    if hit is None or _SEVERAL_TOLD.search(s.text) or _OTHER_TIME.search(text, hit.end(), stop):
        # (not "Israeli strikes killed 40 on Saturday. In one strike, the targeted house in
        # Nuseirat ...": one of several; nor "the destroyed house in Jabalia that was hit in
        # January": another day's)
        return None
    k = bisect_left(starts, hit.end())
    return gaza[k] if k < len(gaza) and gaza[k].start == hit.end() else None


def areas_told_next(text: str, s: Span, gaza: list[Mention], starts: list[int],
                    gaz: Gazetteer, regions: list[Mention]) -> list[Mention]:
    """The areas the sentence after an order for a region lists as its own ("issued an
    evacuation warning for residents across the northern Gaza Strip. The areas include
    Sheikh Zayed, Beit Lahia, Jabalya camp, and others"), each in one of those regions."""
    hit = _AREAS_TOLD.match(text, s.end)
    if hit is None:
        return []
    stop = text.find(".", hit.end())
    stop = len(text) if stop < 0 else stop
    out: list[Mention] = []
    last = hit.end()
    for m in gaza[bisect_left(starts, hit.end()):]:
        if m.start >= stop or _AREAS_LIST_GAP.fullmatch(text, last, m.start) is None:
            break
        if _AREA_ENDS.match(text, m.end) is None:
            return []  # "Those were Rafah residents who had fled": a name as an epithet
        if not any(gaz.within(gaz.get(m.place_id), gaz.get(r.place_id)) for r in regions
                   if gaz.get(m.place_id) is not None and gaz.get(r.place_id) is not None):
            return []
        out.append(m)
        last = m.end
    return out


# "The areas include", "The neighbourhoods affected are", "These include", "The new orders
# cover about three square kilometres in North Gaza and Deir Al-Balah governorates" (not
# "Strikes hit the areas of Beit Lahia": a sentence of its own)
_AREAS_TOLD = re.compile(r"\s+(?:The|These|Those)\s+(?:(?:new\s+|latest\s+)?(?:areas?|"
                         r"neighbou?rhoods|towns|villages|places|locations|districts|zones|blocks|"
                         r"camps|orders?|warnings?|directives?)\s+(?:concerned\s+|affected\s+|"
                         r"named\s+|listed\s+|in\s+question\s+)?)?"
                         r"(?:include[sd]?|are|were|cover(?:s|ed)?|comprise[sd]?)\s+"
                         r"(?:(?:about|some|nearly|around|roughly|over|more\s+than)\s+)?"
                         r"(?:[\w.,]+\s+square\s+(?:kilometres|kilometers|km|miles)\s+"
                         r"(?:\([^()]{0,20}\)\s+)?(?:in|of|across)\s+)?(?:the\s+)?")
# after each name: the list goes on or ends ("Beit Lahia, Jabalya camp, and others", "North
# Gaza and Deir Al-Balah governorates, according to OCHA")
_AREA_ENDS = re.compile(r"(?:\s+(?:governorates?|areas?|neighbou?rhoods?|camps?|towns?))?"
                        r"\s*(?:[,;.]|and\b|or\b|$)")
# between two of its names: a comma, "and", names the gazetteer does not know
_AREAS_LIST_GAP = re.compile(rf"(?:[\s,]*(?:and\s+)?(?:the\s+)?{NAME_WORD})*[\s,]*(?:and\s+)?"
                             r"(?:the\s+)?")


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
               _dated_by_the_telling(merged[k], anchor) and
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
# attack's own adjectives too, "new", "fresh", "similar", which told_next's _ANOTHER, for
# happenings of any kind, leaves out)
_ANOTHER_ATTACK = re.compile(r"(?i)\b(?:separate|second|third|another|similar|other|further|"
                             r"fresh|new|earlier|later|also|as well|too|again)\b")
# "an Israeli air strike", "a strike on a school": one attack
_ONE_ATTACK = re.compile(rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}{_ATTACK_NOUN}\b(?!s)", re.I)


def _at_the_place_told(named: list[Mention], told_before: ToldBefore, gaz: Gazetteer) -> bool:
    """Whether a sentence names the place the attack told before was at, or one within it,
    and no other but the areas that hold it ("the Gaza Strip town of Deir al Balah")."""
    told_at = [p for p in map(gaz.get, told_before.places) if p is not None]
    places = [p for p in (gaz.get(m.place_id) for m in named) if p is not None]
    def at(p: Place) -> bool:
        return any(p.id == t.id or gaz.within(p, t) for t in told_at)
    return any(map(at, places)) and all(
        at(p) or any(gaz.within(t, p) for t in told_at) for p in places)


def _dated_by_the_telling(e: Event, anchor: date) -> bool:
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


def opens_with_the_attack(s: Span) -> bool:
    """Whether a sentence is told of "the strike" ("The strike late Sunday hit a house in
    Gaza City's eastern Shijaiyah neighborhood", "As dust from Wednesday's strike billowed
    through a street near Nasser Hospital"): the one told before, placed again."""
    return _OPENS_WITH_IT.match(s.text) is not None or any(
        _the_days_attack(s.text, m, Span(0, len(s.text), s.text))
        for m in _DAYS_ATTACK.finditer(s.text))


def places_it_within(named: list[Mention], told_before: ToldBefore | None,
                     gaz: Gazetteer, *, wider: bool = False) -> bool:
    """Whether every place a sentence names is where the attack told before was, or lies
    in it ("... in Gaza City. The strike late Monday hit a house in the city's Tel al-Hawa
    neighbourhood"; not "... in Khan Younis. The strike Sunday in Rafah killed 45", an
    attack of its own); ``wider``: or holds it ("the Gaza health ministry said most of the
    dead ...": the Strip, named in passing)."""
    if told_before is None:
        return False
    told_at = [p for p in map(gaz.get, told_before.places) if p is not None]
    for m in named:
        place = gaz.get(m.place_id)
        if place is None or not any(place.id == t.id or t.feature_class == "strip" or
                                    gaz.within(place, t) or wider and gaz.within(t, place)
                                    for t in told_at):
            return False
    return True


# Who speaks for the Strip: "Gaza's health ministry", "the Gaza Health Ministry", "the
# health ministry in Gaza", "health officials in Gaza", "Gaza's Civil Defence"
_OFFICE_NEXT = re.compile(r"(?:['’]s)?\s+(?:Hamas-(?:run|controlled)\s+)?(?:health\s+ministry|"
                          r"ministry\s+of\s+health|civil\s+defen[cs]e|(?:government\s+)?"
                          r"media\s+office|health\s+(?:authorit(?:y|ies)|officials))\b", re.I)
_OFFICE_BEFORE = re.compile(r"\b(?:ministry(?:\s+of\s+health)?|civil\s+defen[cs]e(?:\s+agency)?|"
                            r"media\s+office|health\s+(?:authorit(?:y|ies)|officials)|"
                            r"authorities)\s+in\s+(?:the\s+)?$", re.I)


def speaks_for_the_strip(text: str, m: Mention) -> bool:
    """Whether the Strip is named only as whose office speaks ("the Gaza health ministry
    said", "the health ministry in Gaza said"): who tells, not where anything happened."""
    return m.feature_class == "strip" and (
        _OFFICE_NEXT.match(text, m.end) is not None or
        _OFFICE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None)


# "the explosion", "the Israeli strike" (not "the first strike", "the earlier raid": another)
_THAT_ATTACK = re.compile(r"\b[Tt]he (?!(?:first|second|third|earlier|previous|other|former|"
                          rf"last)\b)(?:[\w-]+ )?{_ATTACK_NOUN}\b")


def without_the_office(text: str, s: Span, named: list[Mention], *,
                       bare_toll_after: ToldBefore | None = None) -> list[Mention]:
    """The places of a sentence that tells again of "the attack" told before, less the
    Strip whose office speaks ("A blast tore through Al-Ahli hospital. The Gaza health
    ministry said 471 people were killed in the explosion": the hospital's toll, not the
    Strip's). A day's tally ("... in the past 24 hours") stays the Strip's. So for a bare
    toll told right after an attack at a place (``bare_toll_after``: "Israeli jets struck a
    house in Rafah on Saturday. The Gaza health ministry said five people were killed"),
    with no attack, day or place of its own (not "... said 40 people were killed in
    strikes on Saturday", "... killed across Gaza": the day's tally)."""
    offices = [m for m in named if speaks_for_the_strip(text, m)]
    if not offices or days_tally(text, s.start, s.end):
        return named
    if _THAT_ATTACK.search(text, s.start, s.end) is None and \
            not (len(offices) == len(named) and _bare_toll_after(text, s, bare_toll_after)):
        return named
    return [m for m in named if m not in offices]


# "strikes", "bombardment", "across", "in total": a toll of more than the attack told before
_NOT_BARE = re.compile(rf"(?i)\b(?:{_ATTACK_NOUN}s?|bombard\w*|across|throughout|all over|"
                       r"in total|overall|altogether|so far|since|including|among them|"
                       r"war|today|yesterday|tonight|overnight|"
                       # ("... said 40 people were killed in the past day", "in 24 hours",
                       # "during the day": a day's tally, not the house's toll)
                       r"day|days|hours|week|weekend)\b")


def _bare_toll_after(text: str, s: Span, told_before: ToldBefore | None) -> bool:
    """Whether a sentence that names the Strip only as whose office speaks tells a bare
    toll ("Five people were killed, Gaza's health ministry said") right after the sentence
    of an attack told at one place (not "... hit Rafah and Khan Younis": whose toll?), and
    told with no toll of its own (not "An Israeli strike on a house in Rafah killed five
    people. The Gaza health ministry said 70 people were killed": the day's tally)."""
    if told_before is None or text[told_before.end:s.start].strip() or \
            len(told_before.places) != 1 or \
            next(iter(told_before.places)).startswith("strip:"):
        return False
    if revises_a_toll(text, s):
        # "... killed as crowds gathered at the Nabulsi roundabout. The Ministry of Health in
        # Gaza later put the toll at 118 killed": the same attack's toll, revised
        return True
    return not told_before.counted and _NOT_BARE.search(text, s.start, s.end) is None


# "later put the toll at", "the toll later rose to", "raised the death toll to": the toll of
# the attack told before, revised (not "the toll across Gaza rose to 30,000": the war's)
_REVISED = re.compile(r"(?i)\b(?:(?:later|subsequently|since)\s+(?:put|raised|revised|updated|"
                      r"increased)\s+(?:the|its)\s+(?:death\s+)?toll|(?:the|its)\s+(?:death\s+)?"
                      r"toll\s+(?:(?:later|subsequently|has\s+since|had\s+since|since)\s+)?"
                      r"(?:rose|climbed|risen|increased|reached)|"
                      r"(?:raised|revised|updated)\s+(?:the|its)\s+(?:death\s+)?toll)\b")
_NOT_REVISED = re.compile(r"(?i)\b(?:across|throughout|all over|in total|overall|altogether|war|"
                          r"days|hours|week|weekend|since\s+(?:October|the\s+(?:start|beginning))|"
                          # (nor "later raised the toll of a strike on a school to 40": the
                          # toll of an attack it tells apart)
                          r"toll\s+(?:of|from|in)\s+(?:an?|another|one|two|three|several|"
                          r"an\s+earlier|a\s+separate|(?:the\s+)?(?:other|earlier|previous)|"
                          rf"\w+day['’]s)\s+(?:[\w-]+\s+)?{_ATTACK_NOUN}s?)\b")


def revises_a_toll(text: str, s: Span) -> bool:
    """Whether the sentence revises the toll of the attack told before it ("The Ministry of
    Health later put the toll at 118 killed")."""
    return _REVISED.search(text, s.start, s.end) is not None and \
        _NOT_REVISED.search(text, s.start, s.end) is None


_OPENS_WITH_IT = re.compile(rf"\W*The (?:[\w-]+ )?{_ATTACK_NOUN}\b(?!\s+(?:on|in|at)\s+an?\b)")
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
            _THE_ONE_ATTACK.search(s.text) or
            unit.event_type in VIOLENT and _PART_OF_TOLL.search(s.text)):
        return None
    (day,) = told_before.days
    return day


def redated(merged: dict[tuple, Event], keys: list[tuple], text: str, s: Span,
            anchor: date | None, cues: Cues) -> list[tuple]:
    """"According to UNRWA, the incident took place on Thursday afternoon": the day of the
    attack told just before (which its sentence dated by the telling, or not at all).
    Returns the keys the attack's records are under now."""
    hit = _INCIDENT_ON.match(text, s.start, s.end)
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


# "(According to UNRWA,) the incident took place ...": the attack told just before, again
# ("The attack on Thursday came as families gathered": the day of the week, told right
# after the noun; not "The attack on October 7 sparked the war", another attack)
_INCIDENT_ON = re.compile(r"\W*(?:According to [^,.;]{1,60},\s+)?[Tt]he\s+(?:[\w-]+\s+)?"
                          r"(?P<noun>incident|attack|strike|airstrike|shooting|bombing|raid)"
                          r"(?:\s+(?:took place|occurred|happened)\s+|(?=,?\s+(?:late\s+|early\s+)?"
                          rf"on\s+{WEEKDAY_PATTERN}\b))")


def took_place(text: str, s: Span, told: ToldBefore, places: list[Mention],
               gaz: Gazetteer) -> list[Trigger]:
    """"The incident took place near Beit Lahiya": where the attack told just before
    happened, as a weak cue of that attack (folded into it once the report is read).
    Only where that attack was placed no nearer than a region, or at a town that holds
    the place named: "killed in Gaza City. The incident took place in al-Mawasi" is no
    other attack, and no place the one told can be folded into."""
    hit = _TOOK_PLACE.match(text, s.start, s.end) or told_where(text, s.start, s.end)
    if hit is None:
        return []
    noun = "noun" if hit.group("noun") else "who"
    told_at = [p for p in map(gaz.get, told.places) if p is not None and p.kind != "region"]
    named = [p for p in (gaz.get(m.place_id) for m in places) if p is not None]
    if told_at and not any(p.id == t.id or gaz.within(p, t) for p in named for t in told_at):
        return []
    return [Trigger(told.event_type, told.sub_event_type, hit.start(noun), hit.end(noun),
                    hit.group(noun), 0.6)]


# Told again further on, the happening a report leads with gets the day its lead left out:
# "the incident of 1 April 2024", "the initial attack on southern Gaza's largest medical
# facility on Monday" (the first of those the lead told)
_THE_ONE_OF = re.compile(rf"\b[Tt]he\s+(?:(?P<adj>[\w-]+)\s+)?(?P<noun>{_ATTACK_NOUN})\s+of\s+"
                         r"(?P<day>)")
_THE_FIRST = re.compile(rf"\b[Tt]he\s+(?:initial|first|original)\s+(?:[\w-]+\s+)?{_ATTACK_NOUN}\b")
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


def _recalled(text: str, s: Span, start: int, end: int, before: re.Pattern = _BEFORE_THE_LEAD
              ) -> bool:
    """Whether "the incident of 20 October" (from ``start`` to the end of its day, ``end``)
    is told as another happening than the lead: one it came after or is set beside, with
    a target or a toll of its own."""
    return bool(before.search(text, max(s.start, start - 24), start) or
                _OWN_TARGET.match(text, end, s.end) or _ITS_OWN_DEAD.search(text, end, s.end))


def _tells_of_today(text: str, end: int, anchor: date, cues: Cues) -> bool:
    """Whether the report, before ``end``, tells of something done on its own day, not only
    of a telling ("Israeli tanks pushed deeper into Rafah today"; not "medics said today")."""
    return any(_TODAY.fullmatch(d.text) and not told_on(text, d)
               for d in find_dates(text, anchor, 0, end, cues=cues))


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
    if anchor is None or not (
            _INCIDENT_ON.match(text, s.start, s.end) or _SCENE_ON.search(text, s.start, s.end) or
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
    hit = _INCIDENT_ON.match(text, s.start, s.end)
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
        if _the_days_attack(text, m, s) and (d := _day_at(days, m.start(), 0)) and \
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
        (_dated_by_the_telling(e, anchor) or _told_on_its_dateline(e, anchor)) and
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


_TOOK_PLACE = re.compile(_INCIDENT_ON.pattern + r"(?:in|near|at|close to|outside)\b")


PATTERNS = (THE_ATTACK,)
