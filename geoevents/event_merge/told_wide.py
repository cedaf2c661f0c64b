"""A toll or attack told for a wider area, and the records the report places in it.

A lead or summary names the Strip, a region or a town because it has not yet come to the
site. A toll told for it is the same toll at one place in it, the sum of its parts at
places ("23 killed across Gaza overnight. Ten were killed in Khan Younis ..."), or the
rest of strikes one of which is told at a site; an attack told only for it, beside the one
attack of its kind the report places in it that day, is that attack; and the Strip's
office's toll as it stood later is the day's one attack's. These read the whole report,
not only the sentence told next (see ``placed_next``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from geoevents.actors import ISRAELI
from geoevents.casualties import find_casualties
from geoevents.dates import MONTH_PATTERN, WEEKDAY_PATTERN
from geoevents.event_merge.attack_words import (
    ACROSS,
    ALSO,
    ANOTHER,
    ANOTHER_HOUR,
    ANOTHER_INCIDENT,
    ATTACK_TOLD,
    ELSEWHERE,
    MORE_TOLD,
    SPAN_TOLL,
    tells_several,
    told_as_one_more,
)
from geoevents.event_merge.merging import (
    AIR,
    AIRCRAFT,
    BOMBING,
    FROM_THE_AIR,
    GUNS,
    SHELL,
    exact_toll,
    fuller_count,
    holds,
    into,
    no_toll_to_match,
    placed_in,
    the_guns_of_a_bare_toll,
)
from geoevents.event_merge.told_with_no_place import a_toll_told_with_no_place
from geoevents.gazetteer import TOWN_CLASSES, Gazetteer, haversine_m
from geoevents.model import Event, Place, placed_wide
from geoevents.record_days import by_day
from geoevents.the_same_attack import ATTACK_NOUNS, the_attack_again
from geoevents.tolls import strikes_told, tells_one_strike
from geoevents.trigger_table import VIOLENT

__all__ = ["the_offices_toll_of_the_one_attack", "fold_same_toll", "rest_of_the_strikes",
           "the_one_attack_told_wide"]


def the_offices_toll_of_the_one_attack(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"The air force strike on Sunday night in Rafah's Tal as-Sultan neighbourhood ... But a
    fire swept through a nearby encampment, and by Monday, Gaza's health ministry counted 45
    dead": a toll the Strip's office gives as it stood later, with no place, day or tally of
    its own, on the day of the one attack of its kind told at a place with no toll, is that
    attack's (not "... said 40 people were killed across Gaza", "in the past 24 hours": the
    day's tally; nor a toll told as it stands, "the ministry said 40 people were killed";
    nor with a second attack or a wider one told that day)."""
    out = list(events)
    drop: set[int] = set()
    for i, e in enumerate(events):
        place = gaz.get(e.place_id) if e.event_type in VIOLENT and e.fatalities else None
        later = _AS_IT_STOOD_LATER.search(e.notes) if place is not None else None
        if place is None or place.feature_class != "strip" or not _OFFICE.search(e.notes) or \
                later is None or _A_TALLY.search(e.notes[:later.start()] + " " +
                                                  e.notes[later.end():]) or \
                _IN_THE_STRIP.search(e.notes) or _the_same_day(later.group(), e.event_date):
            continue
        same = [k for k, f in enumerate(events) if k != i and f.event_date == e.event_date and
                f.event_type in VIOLENT]
        sites = [k for k in same if events[k].event_type == e.event_type and
                 events[k].fatalities is None and events[k].injuries is None and
                 # (the office counts those Israel's forces killed: not "Hamas fighters
                 # ambushed Israeli troops in Rafah", "militants fired rockets from Khan
                 # Younis towards Israel")
                 events[k].actor1 in (None, ISRAELI) and
                 (site := gaz.get(events[k].place_id)) is not None and site.kind != "region"
                 and site.feature_class != "strip"]
        if len(sites) == 1 and len(same) == 1:
            out[sites[0]] = into(out[sites[0]], e)
            drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]


# who tallies the Strip's dead: "Gaza's health ministry counted 45 dead"
_OFFICE = re.compile(r"\b(?:health\s+(?:ministry|authorit(?:y|ies)|officials)|ministry\s+of\s+"
                     r"health|civil\s+defen[cs]e|(?:government\s+)?media\s+office)\b", re.I)
# "by Monday", "by the next morning", "later put the toll at": a toll as it rose after the
# attack, its own
_AS_IT_STOOD_LATER = re.compile(rf"\b[Bb]y\s+(?:(?:the\s+)?(?:next|following)\s+(?:day|morning)|"
                                rf"(?:{WEEKDAY_PATTERN})(?:\s+(?:morning|evening|night))?)\b|"
                                r"\blater\s+(?:put|raised|revised)\s+(?:the|its)\s+(?:death\s+)?"
                                r"toll\b|\btoll\s+(?:later\s+|has\s+since\s+|had\s+since\s+)?"
                                r"(?:rose|climbed|risen)\b")
# "counted 45 dead in the Strip": the Strip's tally, a place of its own (not "the health
# ministry in Gaza counted": where the office is)
_IN_THE_STRIP = re.compile(r"\b(?:dead|killed|died|deaths|fatalities|lives)\b[^.;]{0,40}?\bin\s+"
                           r"(?:the\s+)?(?:(?:besieged|war-torn|Palestinian|coastal)\s+)?"
                           r"(?:Gaza(?:\s+Strip)?|Strip|enclave|territory)\b(?!['’])")


def _the_same_day(later: str, day: str | None) -> bool:
    """Whether "by Sunday evening" names the day the toll is of: the day's tally as it stood
    that evening ("An Israeli strike hit a house in Nuseirat on Sunday. By Sunday evening,
    Gaza's health ministry said 70 people had been killed"), not a toll as it rose after."""
    named = _WEEKDAY.search(later)
    if named is None or day is None:
        return False
    try:
        weekday = date.fromisoformat(day).strftime("%A")
    except ValueError:
        return False
    return named.group() == weekday


_WEEKDAY = re.compile(WEEKDAY_PATTERN)
# "... across Gaza", "in the past 24 hours", "since October": a tally, not one attack's
_A_TALLY = re.compile(r"\b(?:across|throughout|all\s+over|in\s+total|overall|altogether|so\s+far|"
                      rf"since|war|today|yesterday|tonight|overnight|day|days|hours|week|"
                      rf"{WEEKDAY_PATTERN}|{MONTH_PATTERN}|"
                      r"weekend|strikes|attacks|air\s*strikes|raids|bombard\w*|shelling)\b", re.I)


def _guns_in_either(e: Event, f: Event) -> bool:
    """Whether two records are an air strike and a shelling, the strike's own words naming
    the guns ("Israeli tank fire killed two Hamas gunmen in Gaza ... in a strike"), or only
    a toll beside the guns told: one attack, "strike" the word for the shelling."""
    if {e.sub_event_type, f.sub_event_type} != {AIR, SHELL}:
        return False
    air = e if e.sub_event_type == AIR else f
    if the_guns_of_a_bare_toll(air, f if air is e else e):
        return True
    # (not "Israeli airstrikes killed four people across the Gaza Strip, as tanks advanced
    # in Rafah": the aircraft named, the tanks beside them)
    return GUNS.search(air.notes) is not None and AIRCRAFT.search(air.notes) is None


def fold_same_toll(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"Israeli forces on Tuesday killed six police officers" (the Strip) and "six police
    officers killed ... in Khirbat al-Adas in Rafah": a toll told for the Strip or a region
    and the same toll, the same day, at one place in it, are one event, at that place; and
    so are a toll and its parts at places in it that add up to it ("23 killed across Gaza
    overnight. Ten were killed in Khan Younis, four in Deir al-Balah and nine in Jabalia").
    The Strip is never the place in a region, though its centre lies in central Gaza."""
    drop: set[int] = set()
    events = list(events)
    on_the_day = by_day(events)
    on_any_day = by_day(events, kind=False)
    for i, e in enumerate(events):
        wide = gaz.get(e.place_id)
        if not e.fatalities or e.event_type not in VIOLENT or wide is None or \
                not (wide.kind == "region" or wide.feature_class in ("strip", *TOWN_CLASSES)):
            continue
        # (not the rest of a toll its sentence split: "12 killed in the Strip, including six
        # in Rafah"; not another kind of attack, nor dead of the other side: "two soldiers
        # killed in Gaza" and "troops killed two Hamas fighters in Khan Younis")
        near = [j for j in on_the_day[e.event_date, e.event_type]
                if j != i and j not in drop and (f := events[j]).fatalities and
                f.event_type == e.event_type and f.event_date == e.event_date and
                f.notes != e.notes and
                (f.actor1 is None or e.actor1 is None or f.actor1 == e.actor1) and
                (e.actor2 is None or e.actor2 != f.actor1) and
                (f.actor2 is None or f.actor2 != e.actor1) and
                placed_in(gaz, wide, f) and
                (wide.feature_class not in TOWN_CLASSES or e.fatalities >= _TOWN_FOLD_MIN)]
        inside = [j for j in near
                  if not ANOTHER.search(events[j].notes) and not ANOTHER.search(e.notes) and
                  (wide.feature_class not in TOWN_CLASSES or not ALSO.search(events[j].notes) and
                   not ALSO.search(e.notes))]
        # (one toll told again is one of the same kind of attack; a toll's parts may be of
        # several: "16 killed in airstrikes across the Gaza Strip. ... Three were killed
        # when Israeli forces shelled a gathering in Nuseirat")
        # (told with another weapon, the same toll at the same kind of site is the same
        # attack: "seven killed in an Israeli attack on a school in Beit Lahia" and "Israeli
        # artillery struck the Zayd bin Haritha school, killing seven")
        # (but not one told as another: "Elsewhere, Israeli tanks shelled a house in Beit
        # Lahia, killing three", "tanks also shelled a house")
        # (a vague word's count is no toll to match: "eliminated several of its fighters in
        # the Gaza Strip" and "eliminated a number of Hamas fighters" in central Gaza)
        same = [j for j in inside if events[j].fatalities == e.fatalities and
                not no_toll_to_match(events[j]) and not no_toll_to_match(e) and
                (events[j].sub_event_type == e.sub_event_type or
                 _guns_in_either(e, events[j]) or
                 _sites_named(events[j].notes) & _sites_named(e.notes) and
                 not ALSO.search(events[j].notes) and not ELSEWHERE.search(events[j].notes))]
        same = _narrowest_of_a_chain(events, same, gaz)
        # (the parts may be told as one strike and "another": "a single strike on homes in
        # Al-Shati camp resulted in 24 deaths, while another strike in Al-Tuffah killed 18"
        # after "42 ... in recent Israeli airstrikes on Gaza City")
        # (but not the other side's dead, a town's small count, nor tolls told as more:
        # "Israeli strikes also killed three people in Shujaiya and two in Zeitoun",
        # "Elsewhere in the city, an airstrike on a house in Shujaiya killed six")
        parts = [j for j in near
                 if not MORE_TOLD.search(events[j].notes) and not MORE_TOLD.search(e.notes)]
        if len(same) == 1 or len(inside) > 1 and wide.feature_class not in TOWN_CLASSES and \
                len({events[j].place_id for j in inside}) == len(inside) and \
                sum(events[j].fatalities or 0 for j in inside) == e.fatalities or \
                len(parts) > 1 and len({events[j].place_id for j in parts}) == len(parts) and \
                sum(events[j].fatalities or 0 for j in parts) == e.fatalities or \
                _parts_of_several_kinds(events, i, drop, on_any_day[e.event_date, None], gaz):
            drop.add(i)
            if len(same) == 1 and e.injuries:
                # ("At least 51 killed near Khan Younis" and "at least 51 people were killed
                # and more than 200 wounded": the wounded the same toll told)
                f = events[same[0]]
                events[same[0]] = replace(f, injuries=fuller_count(f.injuries, e.injuries))
    return [e for k, e in enumerate(events) if k not in drop]


def _parts_of_several_kinds(events: list[Event], i: int, drop: set[int], day: list[int],
                            gaz: Gazetteer) -> bool:
    """Whether the Strip's or a region's toll ``events[i]`` is the sum of the tolls its
    report gives that day, by the same attacker, at distinct places in it, told as
    attacks of more than one kind: "Israeli strikes killed at least nine Palestinians
    across Gaza", then "struck a house at Nuseirat Camp ..., killing four", "Three others
    were shot dead by Israeli snipers in Tel al-Hawa" and "two paramedics were killed in
    an Israeli air strike ... in Tal al-Sultan" (4 + 3 + 2): the lead's word for them all
    is no attack of its own. Not where a part is told as more ("An Israeli sniper also
    killed a man in Rafah"): the lead may count another; a town's toll is left to the folds
    of its own sites."""
    e = events[i]
    wide = gaz.get(e.place_id)
    if wide is None or wide.feature_class in TOWN_CLASSES or e.actor1 is None or \
            MORE_TOLD.search(e.notes):
        return False
    parts = [j for j in day
             if j != i and j not in drop and (f := events[j]).fatalities and
             f.event_type in VIOLENT and f.notes != e.notes and f.actor1 == e.actor1 and
             placed_in(gaz, wide, f) and not MORE_TOLD.search(f.notes)]
    return len({events[j].event_type for j in parts}) > 1 and \
        len({events[j].place_id for j in parts}) == len(parts) and \
        sum(events[j].fatalities or 0 for j in parts) == e.fatalities


def _narrowest_of_a_chain(events: list[Event], same: list[int], gaz: Gazetteer) -> list[int]:
    """``same`` less the records placed at an area that holds another of them: one toll
    told at nested places ("Israeli attacks killed three Palestinians in Gaza", "killed at
    least three Palestinians in southern Gaza", "three Palestinians were killed ... east of
    Khan Younis") is one toll told again as the report came nearer its site, and the
    Strip's telling folds into the narrowest, not left beside two tellings of it."""
    if len(same) < 2:
        return same
    return [j for j in same
            if (area := gaz.get(events[j].place_id)) is None or
            not any(k != j and placed_in(gaz, area, events[k]) for k in same)]


def rest_of_the_strikes(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"More than 80 people were killed in twin strikes on Jabalia on Saturday, including on
    a UN school" and "A strike ... on a school ... killed at least 24" at the Al-Fakhura
    school in Jabalia: a toll told for several strikes at a town, one of which is told with
    its own count at a site of the kind the toll names, in the town; the town keeps the rest
    when one strike is left (none, with more left). Not the same toll told again, nor a
    larger one, nor a day's toll for the Strip or a region (see tolls.rest_at_the_area)."""
    out = list(events)
    for i, e in enumerate(events):
        if not e.fatalities or e.event_type not in VIOLENT:
            continue  # (the cheap tests first: most events have no toll of strikes)
        wide = gaz.get(e.place_id)
        if wide is None or placed_wide(wide):
            continue
        several = strikes_told(e.notes)
        if several is None or \
                not any(c.kind == "killed" and c.count == e.fatalities and not c.cumulative
                        for c in find_casualties(e.notes, 0, len(e.notes))):
            continue
        kinds = _sites_named(e.notes)
        parts = [f for f in events
                 if f is not e and f.fatalities and f.fatalities < e.fatalities and
                 f.event_type == e.event_type and f.event_date == e.event_date and
                 f.notes != e.notes and _sites_named(f.notes) & kinds and
                 strikes_told(f.notes) is None and tells_one_strike(f.notes) and
                 (site := gaz.get(f.place_id)) is not None and site.id != wide.id and
                 holds(gaz, wide, site)]
        told = sum(f.fatalities or 0 for f in parts)
        if parts and len(parts) < several and told < e.fatalities:
            out[i] = replace(e, fatalities=e.fatalities - told
                             if len(parts) == several - 1 else None)
    return out


_SITE_NOUN = re.compile(r"\b(school|house|home|tent|hospital|mosque|building|car|vehicle|"
                        r"market|bakery|shelter|ambulance)s?\b", re.I)


def _sites_named(notes: str) -> set[str]:
    return {m.group(1).lower() for m in _SITE_NOUN.finditer(notes)}


# A town's toll and a site's in it are one only when the toll is no everyday one of one
# or two strikes, and neither says it is another ("In a separate incident, three people
# were killed ... in Shejaia", "two people were also killed in an airstrike on a house")
_TOWN_FOLD_MIN = 5


# what an attack was aimed at, named in both of two sentences told of it
_TARGETS = r"(school|hospital|mosque|market|bakery|shelter|ambulance|convoy|clinic)s?"
_TARGET_NOUN = re.compile(rf"\b{_TARGETS}\b", re.I)
# ... and people waiting for aid, told as such or as the crowd or gathering fired on: "killed
# in the Gaza Strip while waiting for UN and commercial trucks" and "opening fire towards the
# crowd in Khan Younis"
_AID_CROWD = re.compile(r"\b(?:crowds?|gatherings?|aid[- ]seekers|(?:waiting|queu\w*|lin\w+\s+up)"
                        r"\s+for\s+(?:[\w-]+\s+){0,4}?(?:aid|trucks|food|flour)|"
                        r"(?:seeking|sought)\s+(?:humanitarian\s+)?aid)\b", re.I)


# a sentence that names where an act already told happened: "the operation took place in",
# "the ambush was carried out in", "the attack happened near": an attack's nouns, and those
# of a fight
_ACT_NOUNS = rf"{ATTACK_NOUNS}|operation|ambush|clash(?:es)?"
_TELLS_WHERE_IT_WAS = re.compile(rf"\b{the_attack_again(_ACT_NOUNS)}\s+"
                                 r"(?:had\s+|has\s+)?(?:took\s+place|happened|occurred|"
                                 r"was\s+carried\s+out)\s+(?:in|at|near|on|"
                                 r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\b",
                                 re.I)


def one_place_told_at_two_levels(gaz: Gazetteer, events: list[Event],
                                 placed: list[int]) -> list[int]:
    """The records of ``placed`` (indices into ``events``) as the attacks they tell: where
    all but one are placed at towns that hold the last one's place, the one at the site.

    "one of our schools in the Nuseirat area was hit overnight" and "37 people were killed
    in the school building attack in Nuseirat refugee camp" place one attack twice, at the
    town and at the camp in it, and a lead that named only the Strip ("a strike on a school
    in Gaza") is that one attack, not a third. Two records at two sites of the town, or at
    two towns, stay two: the lead may be either, or neither.
    """
    if len(placed) < 2:
        return placed
    places = {j: gaz.get(events[j].place_id) for j in placed}
    inner = [j for j in placed
             if all(k == j or (town := places[k]) is not None and (site := places[j]) is not None
                    and town.id != site.id and town.feature_class in TOWN_CLASSES
                    and holds(gaz, town, site) for k in placed)]
    return inner if len(inner) == 1 else placed


def _counted_there(wide: Event, tellings: list[Event]) -> bool:
    """Whether the body told the placed attack twice, at a town and at the site in it (see
    :func:`one_place_told_at_two_levels`), each time with a toll at least the wide record's
    vague count ("left dozens dead"; "between 35 and 45", "37 were killed"): the body's
    own counts are that attack's, so the vague word shares none with an attack left
    unplaced. One telling alone does not show it: the vague word may be a wider toll."""
    return wide.fatalities is not None and len(tellings) > 1 and all(
        f.fatalities is not None and f.fatalities >= wide.fatalities for f in tellings) and \
        any(exact_toll(f) for f in tellings)


def _only_tells_where_it_was(e: Event, f: Event) -> bool:
    """Whether the placed record ``f``'s sentence only says where the act of the wide record
    ``e`` happened: "The group said the operation took place east of the Maghazi camp". Not
    when it tells an act of its own beside that ("a strike on a house killed six; the strike
    occurred at dawn": that strike's own place), nor when either sentence is marked as
    another incident or another hour, nor when the two tell different tolls."""
    m = _TELLS_WHERE_IT_WAS.search(f.notes)
    if m is None or ATTACK_TOLD.search(f.notes[:m.start()] + " " + f.notes[m.end():]):
        return False
    if any(ANOTHER_INCIDENT.match(n) or ANOTHER_HOUR.match(n) for n in (e.notes, f.notes)):
        return False
    return not (e.fatalities is not None and f.fatalities is not None and
                e.fatalities != f.fatalities)


def _names_a_weapon(e: Event) -> bool:
    """Whether a record's sub-type comes from a weapon its words name, not a default for
    a bare "attacked" (whose kind of fire the site's sentence may then tell)."""
    return any(p.search(e.notes) for p in (BOMBING, FROM_THE_AIR, GUNS, AIRCRAFT))


# a target noun with the word before it and what "of" names after it: "an aid convoy", "a
# convoy of displaced people"
_TARGET_TOLD = re.compile(rf"\b(?:([\w-]+)\s+)?{_TARGETS}(?:\s+of\s+(?:the\s+)?([\w-]+))?",
                          re.I)
_NO_QUALIFIER = frozenset({"a", "an", "the", "this", "that", "its", "their", "his", "her",
                           "our", "same", "one", "another", "other", "attacked", "shelled",
                           "hit", "struck", "targeted", "bombed", "on", "at", "in", "near",
                           "of", "to", "from", "and", "or", "by", "with", "into"})


def _same_target(a: str, b: str) -> bool:
    """Whether two sentences name a kind of target told alike in both: "a shelter housing
    aid workers" and "the shelter in Al Mawasi", not "an aid convoy" and "a convoy of
    displaced people" (a word naming whose or what the target is that the other sentence
    lacks: two different targets)."""
    def told(notes: str) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for m in _TARGET_TOLD.finditer(notes):
            words = {w.lower() for w in (m.group(1), m.group(3))
                     if w and w.lower() not in _NO_QUALIFIER and not w.isdigit()}
            out.setdefault(m.group(2).lower(), set()).update(words)
        return out
    ta, tb = told(a), told(b)
    for noun in ta.keys() & tb.keys():
        if all(re.search(rf"\b{re.escape(w)}\b", b, re.I) for w in ta[noun]) and \
                all(re.search(rf"\b{re.escape(w)}\b", a, re.I) for w in tb[noun]):
            return True
    return False


# a hospital told by what it does: "one of the last health centres in northern Gaza was
# hit", "southern Gaza's largest medical facility", before the body names the hospital
_A_HOSPITAL_TOLD = re.compile(r"\b(?:health|medical)\s+(?:cent(?:re|er)|facilit(?:y|ie))s?\b",
                              re.I)


def _targets_named(notes: str) -> set[str]:
    found = {m.group(1).lower() for m in _TARGET_NOUN.finditer(notes)}
    if _A_HOSPITAL_TOLD.search(notes):
        found.add("hospital")
    if _AID_CROWD.search(notes):
        found.add("people waiting for aid")
    return found


_QUARTER_RADIUS_M = 1500  # a site this near a neighbourhood's point, in its governorate


def _a_town_of_sites(place: Place) -> bool:
    return place.feature_class in TOWN_CLASSES or place.feature_class == "neighbourhood"


def _a_site_in(gaz: Gazetteer, town: Place, site: Place, notes: str = "") -> bool:
    """Whether ``site`` is one building or compound (a school, a hospital) in ``town`` or
    the quarter: a lead that names only the town or the quarter of a strike on "a school"
    has not yet come to the school it names next. Not a town or quarter in a town: a
    strike in Gaza City and one in Shejaia are as likely two of the day's as one; nor a
    site near the quarter whose own sentence (``notes``) puts it in another town or
    quarter ("the X school in Zeitoun" after "a school in Shejaia")."""
    if site.id == town.id or _a_town_of_sites(site) or site.kind == "region":
        return False
    if town.feature_class != "neighbourhood":
        return holds(gaz, town, site)
    return gaz.within(site, town) or site.parent is None and \
        site.governorate == town.governorate and None not in (site.lat, town.lat) and \
        haversine_m(site.lat, site.lon, town.lat, town.lon) <= _QUARTER_RADIUS_M and \
        not _names_another_quarter(gaz, town, notes)


_PLACE_AFTER = re.compile(r"\b(?:in|at|near|of)\s+(?:the\s+)?"
                          r"([A-Z][\w'\u2019-]*(?:\s+[A-Za-z][\w'\u2019-]*){0,2})")


def _names_another_quarter(gaz: Gazetteer, town: Place, notes: str) -> bool:
    """Whether ``notes`` place their act in a town or quarter other than ``town`` (and not
    one holding it: "Shejaia in Gaza City" names Shejaia's city)."""
    for m in _PLACE_AFTER.finditer(notes):
        words = m.group(1).split()
        for k in range(len(words), 0, -1):
            try:
                found = gaz.lookup(" ".join(words[:k]), fuzzy=False, limit=3)
            except Exception:  # noqa: BLE001 (a phrase that cannot be a name)
                continue
            exact = [c.place for c in found if c.score >= 1.0]
            if exact:
                if any(_a_town_of_sites(p) and p.id != town.id and not holds(gaz, p, town)
                       for p in exact) and not any(p.id == town.id for p in exact):
                    return True
                break
    return False


# ("Hours before, a strike hit ...", "A day earlier, ...": at another time than the one told)
_HOURS_APART = re.compile(r"\W*(?:(?:Some|A\s+few|Several|Two|Three)\s+)?(?:Hours?|Minutes?|"
                          r"(?:A|One)\s+(?:day|hour)|Days?)\s+(?:before|earlier|later)\b", re.I)


def the_one_attack_told_wide(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"Israeli forces fired on an aid convoy in the Gaza Strip ... The convoy was shot at
    near the Deir al-Balah checkpoint": a record placed only at the Strip or a region, with
    no toll larger than the placed one's, and the one record of the same kind of violence
    the report places that day within it, are one event, at that place, when both name the
    same kind of target. The wide sentence is the report's lead or summary: it names the
    area because it has not yet come to the site. Not when the report places two or more
    such records that day (the wide one may be a third, or their sum: see fold_same_toll),
    nor when its words spread it across the area or mark it as another, nor when the two
    are told with different attackers. A lead placed only at a town or a quarter is read
    the same way against one building or compound in it ("a strike on a school in Gaza
    City ... the targeted X School") told after it, never against another town or quarter
    (a town told after the site is where more happened: "the bodies were taken to a
    hospital in Beit Lahia"). An attack the body places twice, at a town and at the camp in
    it, is one placed attack, at the camp (see one_place_told_at_two_levels)."""
    drop: set[int] = set()
    out = list(events)
    # (the records that may be the placed one: at a place in the Strip no wider than a
    # town's site; folding keeps a record's place)
    on_the_day = by_day(out, which=lambda f: (site := gaz.get(f.place_id)) is not None and
                        not placed_wide(site) and site.in_gaza)
    for i, e in enumerate(out):
        if e.event_type not in VIOLENT:
            continue
        wide = gaz.get(e.place_id)
        if wide is None or not (placed_wide(wide) or _a_town_of_sites(wide)) or \
                ACROSS.search(e.notes) or SPAN_TOLL.search(e.notes) or \
                MORE_TOLD.search(e.notes) or ANOTHER.search(e.notes) or tells_several(e.notes):
            continue  # (nor "52 were killed over the past day, bringing the death toll to
            # 43,000": the day's toll of many attacks, of which the one placed is a part)
        placed = [j for j in on_the_day[e.event_date, e.event_type]
                  if j != i and j not in drop and (f := out[j]).event_type == e.event_type and
                  f.event_date == e.event_date and f.notes != e.notes and
                  (site := gaz.get(f.place_id)) is not None and not placed_wide(site) and
                  site.in_gaza and (wide.feature_class == "strip" or gaz.within(site, wide)
                                    if placed_wide(wide) else
                                    j > i and _a_site_in(gaz, wide, site, f.notes))]
        tellings = [out[j] for j in placed]
        placed = one_place_told_at_two_levels(gaz, out, placed)
        if len(placed) != 1:
            continue
        f = out[placed[0]]
        if e.actor1 is not None and f.actor1 is not None and e.actor1 != f.actor1 or \
                f.sub_event_type != e.sub_event_type and (
                    _names_a_weapon(e) or ANOTHER_INCIDENT.match(f.notes) or
                    ANOTHER_HOUR.match(f.notes) or not _same_target(e.notes, f.notes)) or \
                told_as_one_more(f.notes):
            # (nor "tanks shelled a school in Rafah" after "a strike on a school in Gaza":
            # another kind of fire; nor "Meanwhile, ...", "Hours later, ...", "the second
            # strike": told as one more)
            continue
        if not placed_wide(wide) and (
                ANOTHER_INCIDENT.match(f.notes) or ANOTHER_HOUR.match(f.notes) or
                _HOURS_APART.match(f.notes) or
                e.fatalities is not None and f.fatalities is not None and
                e.fatalities != f.fatalities and exact_toll(e) and exact_toll(f)):
            # (a town's lead is no wider than the site's sentence: one told at another hour,
            # "Hours earlier, a strike on the X school", or with an exact toll of its own
            # other than the lead's, is another of the town's strikes that day)
            continue
        targets, placed_targets = _targets_named(e.notes), _targets_named(f.notes)
        if not targets & placed_targets and not _only_tells_where_it_was(e, f) and \
                not (wide.feature_class == "strip" and
                     a_toll_told_with_no_place(e, f, targets, placed_targets)):
            # (the two sentences must show it is one attack: the same kind of target hit,
            # "a shelter housing aid workers" and "the shelter was shelled", or the site's
            # sentence only says where the act told before was: "the attack took place in
            # the Shaboura area of Rafah" tells no act of its own. A Strip's bare "Israeli
            # strike in Gaza" beside a strike on a house in Rafah may be another of the
            # day's, and houses and tents are hit many times a day)
            continue
        if e.fatalities is not None and (f.fatalities is not None and
                                         e.fatalities > f.fatalities or
                                         not exact_toll(e) and not _counted_there(e, tellings)) \
                or e.injuries is not None and f.injuries is not None and \
                e.injuries > f.injuries:
            # (the area's day toll, of which the placed attack is one part; or a vague
            # word's count, "hundreds killed in a strike on a hospital in Gaza", which the
            # report may share with another attack it leaves unplaced)
            continue
        out[placed[0]] = into(f, e)
        drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]
