"""Where an event happened: the most specific in-Gaza place its words point to.

In order: the clause's places (each listed place, when a clause lists several), the
sentence's, a definite description's referent ("the hospital"), the previous event's
place (geo_precision 2), the report's dominant place (2/3, lower confidence). Places
outside the Strip are never event locations.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from geoevents.anchored import Cues
from geoevents.clause_places import LIST_GAP, SPECIFICITY, holds, listed_places, rank, seat_of
from geoevents.dates import MONTH_NAMES, WEEKDAY_PATTERN
from geoevents.gazetteer import Gazetteer
from geoevents.mentions import CITY_OF
from geoevents.model import Mention
from geoevents.normalize import name_key
from geoevents.place_roles import (
    AIMED_AT,
    CARRIED_TO,
    EN_ROUTE,
    FLED_FROM,
    FROM_HERE,
    HOME_TO,
    IN_ADDRESS,
    LEAVING_FOR,
    MOVED_TO,
    SITUATION_IN,
    SUPPLIES_TO,
    TAKEN_OR_FLED,
    THEN_WHERE,
    TO,
    WIDE,
    came_from,
    carried_list,
    displaced_from,
    held_abroad,
    hospitals_aside,
    in_dateline,
    is_agent,
    is_origin,
    leaving,
    list_began,
    list_goes_on,
    locates_another,
    named_hospital,
    not_after,
    own_or_not_sent,
    speaker_asides,
    where_they_are,
)
from geoevents.quantities import parse_number
from geoevents.sentences import ARTICLE, Span, split_clauses
from geoevents.speech import SAID
from geoevents.trigger_table import AIR, RELEASE, RETURN, VIOLENT
from geoevents.triggers import Trigger, find_triggers, may_begin, order_may_begin
from geoevents.units import EventUnit, days_tally, folded_into
from geoevents.unlisted_names import place_mention, region_of_direction

__all__ = ["attribution_spans", "SPECIFICITY", "place_for", "count_place", "dominant_place",
           "outside_attributions", "PATTERNS"]

_NEAR_WORDS = (r"(?:near|nearby|outskirts of|around|close to|vicinit(?:y|ies) of|outside|"
               r"surroundings of|next to|in front of|adjacent to)\s+(?:the\s+)?")
_NEAR = re.compile(rf"(?i)\b{_NEAR_WORDS}$")
# "the vicinities of Shifa and Al Quds hospitals": the second place is near too
_NEAR_LIST = re.compile(rf"(?i)\b{_NEAR_WORDS}(?:[\w'’-]+\s+){{1,4}}(?:and|or|,)\s+(?:the\s+)?$")


def place_for(unit: EventUnit, s_gaza: list[Mention], s_outside: list[Mention],
              earlier: list[Mention], last_place: tuple[Mention, int] | None,
              dominant: Mention | None, gaz: Gazetteer, cues: Cues,
              abroad: Sequence[Mention] = ()) -> list[tuple[Mention, int, float]]:
    """Where ``unit`` happened (``abroad``: the report's places outside the Strip)."""
    found = _place_for(unit, s_gaza, s_outside, earlier, last_place, dominant, gaz, cues,
                       abroad)
    if not found and unit.sub_event_type == RELEASE[1]:
        found = _held_in_gaza(unit, s_gaza, s_outside, gaz, cues.text)
    if unit.sub_event_type in FROM_HERE and not s_gaza and \
            cues.search(_SENT_THERE, unit.sentence.start, unit.sentence.end) is not None and \
            _AGAIN.search(unit.sentence.text) is None:
        # "designated the neighborhood as a safe zone and dropped leaflets instructing
        # Palestinians to move there": the place told before is where they were sent, and
        # the order names no place to leave
        return []
    found = [_described(m, p, f, [*earlier, *s_gaza], gaz, cues.text) for m, p, f in found]
    # "an order covering almost all of Rafah, the southern-most governorate": the
    # governorate the report says it means, not the city of its name
    found = [_as_area(m, p, f, unit.sentence, gaz, listed=True)
             if _SAID_GOVERNORATE.match(cues.text, m.end) else (m, p, f) for m, p, f in found]
    if unit.sub_event_type in FROM_HERE:
        areas = [_as_area(m, p, f, unit.sentence, gaz) for m, p, f in found]
        parts = [m.start for a, (m, _, _) in zip(areas, found) if a[0] is not m]
        # "displaced in four days in Khan Younis and Deir al Balah", "parts of Khan Younis
        # and Rafah": the areas, all that the phrase governs (not "the towns of Beit Lahia
        # and Jabalia, ... and northern neighbourhoods of Gaza City": Jabalia itself)
        # (not an order to "all residents and displaced people in the Jabalia area": who
        # is told to leave, not a flight told by region)
        since = 0 if unit.sub_event_type == "Displacement" and \
            _DISPLACED_IN.search(unit.sentence.text) else min(parts, default=None)
        if since is not None:
            # (nor "northern neighbourhoods of Gaza City and the towns of Beit Lahia and
            # Jabalia": a noun of their own ends what the phrase governs)
            until = min((m.start for m, _, _ in found if m.start > since and _OWN_NOUN.search(
                unit.sentence.text, max(0, m.start - unit.sentence.start - 25),
                m.start - unit.sentence.start)), default=unit.sentence.end)
            found = [_as_area(m, p, f, unit.sentence, gaz, listed=True)
                     if since <= m.start < until else area
                     for area, (m, p, f) in zip(areas, found)]
        else:
            found = areas
    return found


# "Hamas releases 13 Israeli hostages", "rescued an IDF private who was taken hostage by
# Hamas": captives held in the Strip, whose release is told with no place (not "Israel
# releases 39 Palestinian prisoners": no captives of Gaza; nor "... prisoners in exchange
# for hostages held by Hamas": the hostages are what the release is traded for)
# (not "Three Palestinians freed from captivity by Israel said they were tortured, Hamas said",
# "the Hamas-run media office": the group tells or runs, it holds no one)
_GAZA_CAPTORS = re.compile(r"(?i)(?<!according to )\b(?:hamas|islamic jihad|(?:al-)?qassam|"
                           r"al-quds brigades)\b(?!-run|['’]?s? (?:said|says|officials?|"
                           r"spokes\w+|media|health|government)\b)")
# "Hamas released 105 hostages during the November truce", "Hamas has so far released 105
# hostages": a tally or a release told as background; "Israeli soldiers rescued civilians held
# hostage by Hamas gunmen on October 7", "... in southern Israel", "in Kibbutz Be'eri": freed
# in Israel on the day of the attack (but "rescued a hostage who was kidnapped during the
# October 7 attack": the day is when the captive was taken); "Hezbollah released a hostage",
# "freed from Israeli captivity": captives of others
_NOT_FREED_IN_GAZA = re.compile(
    r"(?i)\b(?:so\s+far|to\s+date|in\s+total|altogether|since|previously|"
    rf"last\s+(?:year|month|{MONTH_NAMES})|during\s+the\s+(?:[\w-]+\s+){{0,3}}"
    r"(?:truce|ceasefire|pause)\s+(?:in|of|last)\b|"
    rf"during\s+the\s+{MONTH_NAMES}\s+(?:truce|ceasefire|pause)|"
    r"(?:in|inside)\s+(?:southern\s+|northern\s+)?israel\b|kibbutz|moshav|"
    r"hezbollah|houthis?|ansar\s+allah|kata[ie]b|islamic\s+resistance\s+in\s+iraq|"
    r"israeli\s+(?:captivity|jails?|prisons?|custody|detention)|"
    r"(?:captivity|custody|detention)\s+(?:by|of|in)\s+israel)\b")
_OCTOBER_7 = re.compile(r"(?i)\b(?:7\s+october|october\s+7)\b")
_TAKEN_ON = re.compile(r"(?i)\b(?:kidnapp\w+|abduct\w+|taken|captured|seized)\b[^.;]{0,60}?"
                       r"\b(?:7\s+october|october\s+7)\b")
_CAPTIVES = re.compile(r"(?i)\b(?:(?!exchange|return|swap)[\w'’(),-]+\s+){0,14}?"
                       r"(?:hostages?|captives?|captivity)\b")


def _held_in_gaza(unit: EventUnit, s_gaza: list[Mention], s_outside: list[Mention],
                  gaz: Gazetteer, text: str) -> list[tuple[Mention, int, float]]:
    """The Strip, for the release of captives held there that its sentence places nowhere:
    not where the sentence names a place in the Strip, nor a town or site abroad ("former
    hostages released by Hamas spoke at a rally in Tel Aviv": what is told is there); a
    country is whose captives they were or where they went ("Thai", "to Israel")."""
    s = unit.sentence
    if gaz.strip is None or any(s.start <= m.start < s.end for m in s_gaza) or \
            any(s.start <= m.start < s.end and m.feature_class != "country" for m in s_outside):
        return []
    if _NOT_FREED_IN_GAZA.search(text, s.start, s.end) or \
            _OCTOBER_7.search(text, s.start, s.end) and not _TAKEN_ON.search(text, s.start, s.end):
        return []
    captives = _CAPTIVES.match(text, unit.anchor, unit.clause.end)
    captors = _GAZA_CAPTORS.search(text, s.start, s.end)
    if captives is None or captors is None:
        return []
    return [(place_mention(text, captors.start(), captors.end(), gaz.strip, 0.8, None,
                           "captives held in the Strip", ()), 3, 0.8)]


def _described(m: Mention, precision: int, factor: float, before: list[Mention],
               gaz: Gazetteer, text: str) -> tuple[Mention, int, float]:
    """"strikes killed 12 in Shejaia, as tanks pushed deeper into the eastern Gaza City
    neighbourhood": a city's neighbourhood told by description is the one of that city
    the report has just named."""
    definite = _DEFINITE_BEFORE.search(text, max(0, m.start - 25), m.start)
    if not definite:
        return m, precision, factor
    if _NEIGHBOURHOOD_AFTER.match(text, m.end):
        named = [x for x in before if x.end <= m.start and m.start - x.end < 400 and
                 x.feature_class == "neighbourhood" and holds(gaz, m, x) and
                 _on_side(gaz, m, x, definite.group("side"))]
    elif m.kind == "region" and (site := _SITE_AFTER.match(text, m.end)) is not None:
        # "four soldiers were killed in Rafah ... an explosive device in the southern Gaza
        # Strip city": the region describes the city the report has just named
        kinds = _SITE_KINDS[site.group(1).lower()]
        named = [x for x in before if x.end <= m.start and m.start - x.end < 400 and
                 x.kind != "region" and holds(gaz, m, x) and (
                     x.feature_class in kinds or
                     "hospital" in kinds and "hospital" in (x.name or "").lower()) and
                 # (not a city told before the report turns to another event: "In
                 # another development, a blast killed two soldiers in the southern Gaza
                 # Strip city")
                 not _ANOTHER_EVENT.search(text, x.end, m.start)]
        if len({x.place_id for x in named}) > 1:
            # "strikes hit Rafah and Khan Younis. An explosive device killed two soldiers in
            # the southern Gaza Strip city": which of them the words do not say
            return m, precision, factor
    else:
        return m, precision, factor
    if not named:
        return m, precision, factor
    return named[-1], 1, factor * 0.9


# (not "the Gaza City neighbourhood of Daraj", "... known as X": that names its own)
_NEIGHBOURHOOD_AFTER = re.compile(r"['’]?s?\s+(?:neighbou?rhood|district|quarter)\b"
                                  r"(?!\s+(?:of|known\s+as|called)\s+(?:[Aa]l-|[Ee]l-|[A-Z])|\s*,\s*[A-Z])")
# "the southern Gaza Strip city", "the central Gaza hospital" (not "the southern Gaza city of
# Rafah": that names its own)
_SITE_AFTER = re.compile(r"\s+(city|town|camp|hospital)\b(?!\s+(?:of|known\s+as|called)\b|"
                         r"\s*,?\s*(?:[Aa]l-|[Ee]l-|[A-Z]))")
_SITE_KINDS = {"city": ("city", "town"), "town": ("town", "city"), "camp": ("camp",),
               "hospital": ("hospital",)}
# (only the phrases that turn to another event: unlike told_next's _ANOTHER, no "also" or
# "later", which the sentences between a city and its description may use of the same one)
_ANOTHER_EVENT = re.compile(r"\b(?:in (?:an)?other (?:development|news|incident)|in a separate "
                            r"(?:incident|attack|development)|separately|elsewhere|meanwhile)\b",
                            re.I)
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?P<side>north|south|east|west)\w*\s+)?$")


def _on_side(gaz: Gazetteer, city: Mention, x: Mention, side: str | None) -> bool:
    """Whether a neighbourhood lies on the side of its city a description names, measured
    from the middle of the city's neighbourhoods the gazetteer knows ("the southern Gaza
    City neighbourhood" is not Sheikh Radwan)."""
    outer = gaz.get(city.place_id)
    if side is None or outer is None or x.lat is None or x.lon is None:
        return True
    centre = gaz.neighbourhoods_centre(outer)
    if centre is None:
        return True
    lat, lon = centre
    offset = {"north": x.lat - lat, "south": lat - x.lat, "east": x.lon - lon,
              "west": lon - x.lon}[side.lower()]
    return offset > -0.003


def _as_area(m: Mention, precision: int, factor: float, sentence: Span, gaz: Gazetteer,
             listed: bool = False) -> tuple[Mention, int, float]:
    """"families displaced from parts of Khan Younis", "areas in eastern Rafah": people
    leave an area of the governorate the city names, not the city itself (``listed``:
    every city the sentence lists for it)."""
    if m.feature_class != "city" or not m.governorate:
        return m, precision, factor
    at = m.start - sentence.start
    if not listed and (not _PARTS_OF.search(sentence.text, max(0, at - 30), at) or
                       _ONE_PART_OF.search(sentence.text, max(0, at - 50), at) and
                       not _TAKES_IN.match(sentence.text, at + len(m.surface))):
        return m, precision, factor
    area = next((c.place for c in gaz.candidates_for_key(name_key(m.governorate + " governorate"))
                 if c.place.feature_class == "governorate"), None)
    if area is None:
        return m, precision, factor
    return replace(m, place_id=area.id, name=area.name, lat=area.lat, lon=area.lon,
                   kind=area.kind, feature_class=area.feature_class,
                   reason=f"parts of {m.surface}: the governorate"), 3, factor


# "Rafah, the southern-most governorate", "Khan Younis governorate" is a name the
# gazetteer knows already (not "Khan Younis, the largest governorate's main city", "Rafah,
# the capital of the governorate", "the governorate seat": a city the words tell apart)
_SAID_GOVERNORATE = re.compile(r",\s+(?:the|a)\s+(?:(?!(?:of|in|within)\s)[\w-]+\s+){0,3}?"
                               r"governorate\b(?!\s*['’]|\s+(?:city|town|capital|seat|"
                               r"centre|center|headquarters)\b)", re.I)
# "militants in Gaza fired rockets at Sderot": where they fell
_FIRED_AT = re.compile(r"(?i)\b(?:rockets?|mortars?|missiles?|projectiles?|barrages?)\s+"
                       r"(?:[\w-]+\s+){0,4}?(?:at|towards?|into)\s+(?:the\s+)?"
                       r"(?:(?:southern|northern|central)\s+)?(?:[\w-]+\s+)?$")
# "struck approximately 250 terror targets", "hit more than 100 targets overnight",
# "dozens of targets were struck" (not "struck 20 targets there", "in the area": the place
# told before; nor "two targets": a few may all be there)
_MANY_TARGETS = re.compile(
    r"(?i)\b(?:struck|hit|attacked|bombed|targeted|striking|hitting)\s+(?:some\s+|about\s+|"
    r"approximately\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|"
    r"at\s+least\s+)?(?:[2-9]\d|\d{3,}|\d{1,3},\d{3}|dozens\s+of|hundreds\s+of|scores\s+of)"
    r"\s+(?:[\w-]+\s+){0,2}?targets\b(?!\s+(?:there|here|in\s+the\s+(?:area|city|town|camp|"
    r"neighbou?rhood|region|district)))|"
    r"\b(?:[2-9]\d|\d{3,}|dozens\s+of|hundreds\s+of|scores\s+of)\s+(?:[\w-]+\s+){0,2}?"
    r"targets\s+(?:were|have\s+been|had\s+been)\s+(?:struck|hit|attacked|bombed)\b"
    r"(?!\s+(?:there|here|in\s+the\s+(?:area|city|town|camp|neighbou?rhood)))")
# (nor "struck 40 targets across the camp", "in the vicinity", "In the camp, aircraft struck
# 40 targets": the place told before, named again)
_TARGETS_THERE = re.compile(
    r"(?i)\b(?:there|here|nearby|within\s+it|(?:in|across|throughout|around|inside|within|"
    r"near|at|on|of|to)\s+(?:the|that|this)\s+(?:same\s+)?(?:[\w-]+\s+){0,2}?(?:area|"
    r"vicinity|city|town|camp|neighbou?rhood|region|district|village|quarter|compound|zone|"
    r"sector|outskirts|locality|hospital|complex)|with\s+(?:mortars?|tank\s+(?:fire|shells)|"
    r"artillery))\b")
# (nor "The troops also struck 30 targets", "the fighters also hit 20 targets": the men
# told before, at their place; "IAF aircraft" or "Israeli forces" are the army at large)
_TARGETS_BY_MEN_THERE = re.compile(
    r"(?i)\b(?:(?:the|these|those|its|their)\s+(?:[\w-]+\s+)?(?:troops|soldiers|forces|"
    r"fighters|gunmen|militants|brigade|division|battalion|units?)|troops|soldiers|"
    r"(?<!-)tanks|artillery)\b")
# "a launch post in Beit Hanoun, from which rockets were fired": the place told, then what
# left it
_FROM_WHICH = re.compile(r",?\s+from\s+(?:which|where)\b")
# "told to move there": the place told before is where people were sent (not "designated
# ... as a humanitarian zone" alone: "the evacuation order includes areas that had been
# designated by the military as a humanitarian zone" names where it applies)
_SENT_THERE = re.compile(r"\b(?:move|go|relocate|flee|head|evacuate)\s+there\b", re.I)
# "families who had been told to go there were displaced again": there is where they leave
_AGAIN = re.compile(r"\b(?:again|once more|anew|re-?displaced)\b", re.I)
_NAMES_AN_EVENT = re.compile(r"\s+(?:[a-z]+\s+)?(?:operation|offensive|raid|massacre|attack|"
                             r"invasion|siege|incursion|battle|war|ceasefire)\b")
_ENDANGERED = re.compile(r"(?i)\b(?:endanger(?:s|ed|ing)?|threaten(?:s|ed|ing)?|"
                         r"jeopardi[sz](?:es|ed|ing)|imperil(?:s|led|ling)?)\s+(?:the\s+)?"
                         r"(?:(?:nearby|adjacent|neighbouring|neighboring)\s+)?$")
# "Patients in moderate to severe condition were forced to evacuate to the Indonesian
# Hospital": the sick moved out of the hospital told before, to another (where they were
# sent is not the flight's place)
# (and "patients were being evacuated and equipment moved to Nasser": the hospital they
# are taken to is no more the flight's place than one they are told to move to)
_PATIENTS_MOVED = re.compile(r"(?i)\b(?:patients|the (?:sick|wounded|injured)|medical staff)\b"
                             r"[^.;]{0,60}?\b(?:(?:forced|made|ordered|told)\s+to\s+(?:evacuate|"
                             r"leave|move|relocate)\b|(?:were|are|was|is|had\s+been|have\s+been|"
                             r"has\s+been)\s+(?:being\s+)?(?:evacuated|moved|transferred|"
                             r"relocated)\b)")
_AT_THE_GATE = frozenset({"Aid delivery", "Crossing opened or closed"})
_ROUTE_OPENED = re.compile(r"(?i)(?:re-?)?opened\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?"
                           r"(?:route|road|passage|corridor|street|highway)s?\b")
_DISPLACED_IN = re.compile(r"\b[Dd]isplaced\s+(?:[\w,]+\s+){0,5}?in\s+(?:the\s+)?[A-Z]")
_OWN_NOUN = re.compile(r"(?i)\b(?:towns?|cit(?:y|ies)|villages?|camps?)\s+of\s+$")
_PARTS_OF = re.compile(r"(?i)\b(?:parts?|areas?|neighbou?rhoods?)\s+(?:of|in)\s+(?:the\s+)?"
                       r"(?:(?:north|south|east|west)(?:ern)?\s+)?$")

# "the evacuation of a 4 km2 area in western Khan Younis", "an area of eastern Rafah": one
# part of the city, which lies in it (not "areas in eastern Rafah": the governorate's)
_ONE_PART_OF = re.compile(r"(?i)\b(?:an?|one)\s+(?:[\w.-]+\s+){0,3}?(?:area|part|"
                          r"neighbou?rhood)\s+(?:of|in)\s+(?:the\s+)?"
                          r"(?:(?:north|south|east|west)(?:ern)?\s+)?$")
# (but not "a large area of eastern Khan Younis, including Bani Suheila and Abasan": an
# area that takes in the governorate's other towns)
_TAKES_IN = re.compile(r"[^.;]*?\b(?:including|such\s+as|among\s+them)\s+(?:the\s+)?"
                       r"(?:towns?\s+of\s+)?[A-Z]")


# "carried out air strikes in southern Lebanon", "struck a base near the city of Safed": the
# attack's own words put it in a country or a city that is not the Strip's, whatever site a
# word such as "the hospital" or "the city" points back to (not "strikes near the hospital
# killed three, Lebanese media said"; nor "rockets fired from the hospital toward Israel":
# where the fire went; nor "the city of Khan Younis": a city of the Strip)
_IN_ABROAD = re.compile(r"\s+(?:in|inside|near|across)\s+(?:the\s+)?(?:(?:far\s+)?(?:southern|"
                        r"northern|eastern|western|south|north|east|west)\s+)?$", re.I)
_A_CITY_NAMED = re.compile(r"\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+)")


def _told_abroad(unit: EventUnit, anaphor: re.Match, s_gaza: list[Mention],
                 s_outside: list[Mention], text: str) -> bool:
    """Whether the clause after the attack's word names where it happened outside the Strip
    (a place abroad, or a city the Strip's gazetteer does not hold), so that a site told
    before by its word is not its place."""
    stop = unit.clause.end
    if any(unit.anchor < m.start < stop and m.feature_class != "strip" and
           _IN_ABROAD.search(text, max(unit.anchor, m.start - 30), m.start) and
           not any(unit.anchor < g.start < m.start for g in s_gaza) for m in s_outside):
        return True
    if anaphor.start() < unit.anchor:
        return False
    named = _A_CITY_NAMED.match(text, anaphor.end()) \
        if anaphor.group(1).lower() in ("city", "town") else None
    return named is not None and named.start("name") < stop and \
        not any(g.start <= named.start("name") < g.end for g in s_gaza)


def _place_for(unit: EventUnit, s_gaza: list[Mention], s_outside: list[Mention],
               earlier: list[Mention], last_place: tuple[Mention, int] | None,
               dominant: Mention | None, gaz: Gazetteer, cues: Cues,
               abroad: Sequence[Mention] = ()) -> list[tuple[Mention, int, float]]:
    anaphor = cues.search(_ANAPHOR, unit.clause.start, unit.clause.end)
    if anaphor is not None and anaphor.group(1).lower() in _A_HOSPITAL_TOLD_AGAIN \
            and _TOOK_IN.match(cues.text, anaphor.end()):
        # "said the hospital had received 176 wounded people": the hospital took the
        # casualties in; the attack is elsewhere, not at the hospital (at the place the
        # clause goes on to name so: "the hospital received the bodies of 40 people killed
        # in the city's western neighbourhoods")
        anaphor = cues.search(_ANAPHOR, anaphor.end(), unit.clause.end)
        if anaphor is not None and anaphor.group(1).lower() in _A_HOSPITAL_TOLD_AGAIN:
            anaphor = None
    if anaphor is not None and _told_abroad(unit, anaphor, s_gaza, s_outside, cues.text):
        return []
    if anaphor is not None:
        asides = speaker_asides(unit.sentence)
        titled = [m for m in s_gaza if m.start < anaphor.start() and _in_aside(m, asides)]
        # "Dr. Hussam Abu Safiya, director of Kamal Adwan Hospital, said Israeli forces
        # stormed the hospital": the one the speaker's title named; "saw families fleeing
        # Deir al-Balah after leaflets over the east of the town ordered them to leave":
        # a town told earlier in the sentence, before one of the sentences before (not
        # "Israeli forces raided the city of Jenin": a city named there, not one told before)
        told = titled if CITY_OF.match(cues.text, anaphor.end()) else \
            [m for m in s_gaza if m.start < anaphor.start()]
        if told is not titled and told and any(
                told[-1].start < o.start < anaphor.start() and o.feature_class in
                _ANAPHOR_CLASSES["city"] for o in s_outside):
            # (not "trucks queued in the city of El Arish as the army ordered residents of
            # the eastern part of the city to leave": a city abroad told nearer before it)
            told = titled
        found = _resolve_anaphor(anaphor.group(1), [*earlier, *told], gaz, cues.text,
                                 anaphor.start())
        here = [m for m in s_gaza if unit.clause.start <= m.start < unit.clause.end and
                m not in titled]
        # "the hospital was encircled, cutting it off from the rest of Gaza City": the
        # hospital, unless the clause names some place that is not merely around it.
        # (nor the hospital itself, set aside as its staff's workplace, when the attack's
        # words tell of "the hospital": "Staff at Kamal Adwan report that the hospital
        # compound came under fire"; not "Medics at Nasser said shelling in the surrounding
        # streets was making it impossible for ambulances to reach the hospital")
        if found and all(m.place_id != found[0][0].place_id and holds(gaz, m, found[0][0]) or
                         m.place_id == found[0][0].place_id and
                         anaphor.start() < unit.anchor + 30 and
                         m not in hospitals_aside([m], cues.text) for m in here):
            if _NEAR.search(cues.text, max(0, anaphor.start() - 25), anaphor.start()):
                found = [(m, max(p, 2), f) for m, p, f in found]  # "the vicinity of the
                # hospital": near it, not at it
            return found
    these = cues.search(_THESE_PLACES, unit.clause.start, unit.clause.end)
    if these is not None and not _TO_THESE.search(cues.text, max(0, these.start() - 20),
                                                  these.start()) and not any(
            unit.sentence.start <= m.start < unit.sentence.end and not _SENT_TO.search(
                cues.text, max(unit.sentence.start, m.start - 60), m.start) for m in s_gaza):
        # (not "an airstrike hit a house in Jabalia, near these areas": the sentence's own
        # place, other than where people are sent; nor "fled to these areas": where to)
        listed = _list_told_before(earlier, cues.text)
        if listed:
            return [(m, _precision_plain(m), 0.85) for m in listed]
    there = _there_before(unit, s_gaza, earlier, last_place, cues, abroad)
    if there is not None:
        # "Humanitarians have warned that northern Gaza is on the brink of famine. The World
        # Food Programme paused deliveries there after one of its convoys was looted": the
        # place the sentence just before named, though it told no event, not the one an
        # earlier event left
        return [(there, _precision(there, unit.sentence), 0.7)]
    if unit.sub_event_type == "Displacement" and last_place is not None and \
            gaz.strip is not None and not s_gaza and \
            _part_of_territory(cues, unit.sentence, gaz) is None:
        wide = _list_told_of(last_place[0], earlier, cues.text, gaz)
        if wide is not None:
            # "On 20 March, orders were issued for Beit Lahia, Beit Hanoun and Shejaia. Tens
            # of thousands of people have fled": a flight its sentence places nowhere, told
            # after a list of places, is the Strip's (or the region's that the list names
            # as holding them all), not the list's last place
            return [(wide, 3, 0.8)]
    return _locate(unit, s_gaza, s_outside, last_place, dominant, gaz, cues, earlier)


# "there" as a place told before (not "there were", "there is no safe place", "There isn't
# a single safe place", "There used to be a bakery on every street", "then and there")
_THERE = re.compile(r"(?<!\bthen and )(?<!\bhere and )\bthere\b(?!\s+(?:(?:also|still)\s+)?"
                    r"(?:(?:is|are|was|were|has|have|had|does|do|did|will|would|could|may|"
                    r"might|must|can|should|shall|remains?|remained|seems?|seemed|appears?|"
                    r"appeared|exists?|existed|being|been|continues?|continued|needs?|ought|"
                    r"used\s+to)(?:n['’]t)?|won['’]t|can['’]t|ain['’]t)(?![\w'’])|"
                    r"['’](?:s|re|d|ll)\b)", re.I)


def _there_before(unit: EventUnit, s_gaza: list[Mention], earlier: list[Mention],
                  last_place: tuple[Mention, int] | None, cues: Cues,
                  abroad: Sequence[Mention] = ()) -> Mention | None:
    """The one place of the Strip the sentence just before names, for a sentence that
    names none and says "there"; None where the place told last is that one or is later."""
    if any(unit.sentence.start <= m.start < unit.sentence.end for m in s_gaza) or \
            not _THERE.search(cues.text, unit.sentence.start, unit.sentence.end):
        return None
    before = _previous_sentence_start(cues.text, unit.sentence.start)
    named = [m for m in earlier if before <= m.start < unit.sentence.start and m.place_id]
    if len({m.place_id for m in named}) != 1 or "\n" in cues.text[named[-1].end:
                                                                  unit.sentence.start].strip():
        return None
    if any(before <= m.start < unit.sentence.start for m in abroad):
        # (not "Egyptian mediators met Hamas officials in Cairo about the Rafah crossing.
        # Officials there said ...": "there" may be the place abroad)
        return None
    # (not "displaced 90% of Gaza's people. Israel carries out strikes there as well": the
    # Strip is no place of its own to tell again; nor a report with no place told before)
    if last_place is None or last_place[0].place_id == named[-1].place_id or \
            last_place[0].start >= before or named[-1].feature_class == "strip":
        return None
    return named[-1]


def _list_told_of(m: Mention, earlier: list[Mention], text: str, gaz: Gazetteer
                  ) -> Mention | None:
    """Where a list of three or more towns or sites of the Strip that ends with ``m`` lies: a
    region that sentence names holding them all, or else the Strip; None with no list."""
    start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    ends = [i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i >= 0]
    end = min(ends, default=len(text))
    there = [g for g in earlier if start <= g.start < end and g.place_id]
    towns = [g for g in there if g.kind != "region" and g.feature_class != "strip"]
    if len({g.place_id for g in towns}) < 3 or gaz.strip is None or \
            towns[-1].place_id != m.place_id:
        # (not "told residents of Khan Younis to move to Deir al-Balah and al-Mawasi": the
        # place told before is where they left, not the last of a list)
        return None
    wide = next((g for g in there if g.kind == "region" and g.feature_class != "strip" and
                 all(holds(gaz, g, t) for t in towns)), None)
    return wide or place_mention(text, m.start, m.start, gaz.strip, 0.8, None,
                                 "a flight told after a list of places", ())


# "ordered the residents of these areas to relocate": the places the sentence before listed
_THESE_PLACES = re.compile(r"\b(?:these|those|all these|all those|the listed) (?:areas|towns|"
                           r"neighbou?rhoods|places|locations|districts|zones|camps|villages)\b",
                           re.I)
_TO_THESE = re.compile(r"\b(?:to|towards?|into)\s+(?:the\s+)?$", re.I)
# where the people of those places are sent: "to move to the humanitarian zone in al-Mawasi"
_SENT_TO = re.compile(r"\b(?:move|moving|go|going|head|heading|relocat\w*|evacuat\w*|flee|fled|"
                      r"leave|leaving)\s+(?:\w+\s+){0,2}?(?:to|towards?|into|for)\s+[^.;,]{0,40}$",
                      re.I)
# a list's gap that may hold names the gazetteer does not know ("Al-Mughraqa, Al-Nuzha,
# Al-Bawadi, and Al-Zahra")
_LIST_WITH_UNKNOWN = re.compile(r"\s*,\s*(?:(?:and|&)\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
                                r"\s*,\s*(?:(?:and|&)\s+)?){0,12}|\s+(?:and|&)\s+")


def _list_told_before(earlier: list[Mention], text: str) -> list[Mention]:
    """The places of the last list named before (two or more), in order."""
    if len(earlier) < 2:
        return []
    chain = [earlier[-1]]
    for m in reversed(earlier[:-1]):
        if not _LIST_WITH_UNKNOWN.fullmatch(text, m.end, chain[0].start):
            break
        chain.insert(0, m)
    out: list[Mention] = []
    for m in chain:  # each place once, where the list first names it
        if all(m.place_id != o.place_id for o in out):
            out.append(m)
    return out if len(out) > 1 else []


def _narrowed_to_parts(here: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """"a displacement order in Gaza city, covering the neighbourhood of Tufah": the parts
    the clause names say where, not the place that holds them."""
    out = []
    for i, m in enumerate(here):
        part = here[i + 1] if i + 1 < len(here) else None
        if part is not None and part.place_id != m.place_id and \
                (_COVERING.fullmatch(text, m.end, part.start) or
                 _ITS_OWN.fullmatch(text, m.end, part.start)) and \
                (holds(gaz, m, part) or _seat_holds(gaz, m, part)):
            # (and "east of Khan Younis in the areas of Bani Suheila and Abasan": the towns
            # of the governorate its seat names)
            continue
        out.append(m)
    return out


def _seat_holds(gaz: Gazetteer, city: Mention, part: Mention) -> bool:
    a, b = gaz.get(city.place_id), gaz.get(part.place_id)
    return a is not None and b is not None and seat_of(a, b)


# "Gaza city, covering the neighborhood of", "Khan Younis, including the areas of", "east of
# Khan Younis in the areas of"
_COVERING = re.compile(r",?\s+(?:(?:covering|including|in particular|particularly|especially|"
                       r"specifically|namely|mainly|mostly)\s+(?:the\s+)?"
                       r"(?:(?:neighbou?rhoods?|areas?|districts?|blocks?|parts?|towns?|"
                       r"camps?)\s+of\s+(?:the\s+)?)?|"
                       r"in\s+the\s+(?:neighbou?rhoods?|areas?|districts?|towns?)\s+of\s+"
                       r"(?:the\s+)?)", re.I)


# "Gaza's largest hospital, Shifa": the town's own site, named after what it is
_ITS_OWN = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+(?:the\s+)?")


def _protest_elsewhere(unit: EventUnit, gaza: list[Mention], outside: list[Mention],
                       cues: Cues) -> bool:
    """Whether a protest's sentence places it nowhere in the Strip: it names no place
    there, or names only the Strip (what is protested, "the Gaza war") beside a place
    abroad or a nationwide protest ("300,000 people across Australia march to protest
    the escalation of the Gaza war")."""
    own = [m for m in gaza if unit.sentence.start <= m.start < unit.sentence.end]
    if not own:
        return True
    if any(m.feature_class != "strip" for m in own):
        return False
    return any(unit.sentence.start <= m.start < unit.sentence.end for m in outside) or \
        "nationwide" in cues.text[unit.sentence.start:unit.sentence.end].lower()


def _locate(unit: EventUnit, gaza: list[Mention], outside: list[Mention],
            last_place: tuple[Mention, int] | None, dominant: Mention | None,
            gaz: Gazetteer, cues: Cues, earlier: Sequence[Mention] = ()
            ) -> list[tuple[Mention, int, float]]:
    """Where a unit happened: one place, or each place a clause lists."""
    sources = attribution_spans(unit.sentence, cues)
    said = _SPEAKER_LAST.search(cues.text, max(unit.sentence.start, unit.sentence.end - 90),
                                unit.sentence.end)
    if said is None:
        said = _SPEAKER_FIRST.match(cues.text, unit.sentence.start, unit.sentence.end)
    speaker = said.span() if said is not None else None
    asides: list[tuple[int, int]] | None = None  # (read once a second place needs them)
    filed: list[Mention] = []  # the dateline's place, if the sentence opens with one
    if unit.event_type == "Protests" and (
            held_abroad(unit, gaza) or _protest_elsewhere(unit, gaza, outside, cues)):
        # "protesters march in The Hague, demanding ... in the Gaza Strip"; a protest its
        # sentence places nowhere in the Strip ("300,000 march across Australia") is not
        # placed there by default
        return []
    if unit.sub_event_type == "Arrests" and held_abroad(unit, gaza):
        return []  # "demonstrators are arrested outside of the New York Stock Exchange"
    window = min(unit.clause.end, unit.anchor + 50)
    if unit.event_type in VIOLENT and gaz.strip is not None and \
            _ACROSS_WORD.search(cues.folded, unit.anchor, window):
        across = _ACROSS_IT.match(cues.text, unit.anchor, window)
        if across is not None and not any(unit.anchor < m.start < across.start("name")
                                          for m in gaza) and \
                not _NAMING_PARTS.match(cues.text, across.end()):
            # "as airstrikes hit across the enclave and rain battered ... Rafah": the
            # attack's own words place it across the Strip
            return [(_strip_mention(cues.text, across, gaz), 3, 1.0)]
    if unit.event_type in VIOLENT and gaz.strip is not None and unit.fatalities:
        across = _ACROSS_IT.match(cues.text, unit.anchor, window) or next(
            (hit for c in unit.casualty_phrases if c.kind == "killed" and
             (hit := _KILLED_ACROSS.match(cues.text, c.end)) is not None), None)
        if across is not None and _NAMING_PARTS.match(cues.text, across.end()) and not any(
                across.start() <= m.start < across.end("name") for m in gaza) and \
                not _toll_told_apart(unit, gaza, cues.text, across):
            # "Israeli strikes across the Strip, including in Sheikh Radwan and Jabalia,
            # killed at least 81 people": the toll is the Strip's, the places it names are
            # strikes of their own ("the Strip" alone is no toponym, so no mention says it)
            gaza = sorted([*gaza, _strip_mention(cues.text, across, gaz)],
                          key=lambda m: m.start)
    if unit.fatalities and unit.event_type in VIOLENT and gaz.strip is not None:
        wide = _toll_of_the_strip(unit, gaza, cues.text, gaz, last_place)
        if wide is not None and wide.re is _TOLL_MOSTLY:
            after = [m for m in gaza if wide.end() <= m.start < unit.sentence.end and
                     m.feature_class != "strip"]
            if any(m.kind == "region" for m in after):
                # (not "killing 160, most of them in the northern Gaza Strip, Gaza City and
                # the Middle Area": regions that together make up the most of the Strip)
                wide = None
            else:
                # "at least 91 people were killed on Tuesday, most of them in Gaza City,
                # where strikes hit homes in Sheikh Radwan": the toll is the Strip's, and the
                # places named after it are strikes of their own
                # (one place the part is told at, as with "across the Strip", gets no event
                # of its own; "most of them in Gaza City, Khan Younis and Rafah": each a
                # place of the attacks, with no count)
                listed = len(after) > 1 and LIST_GAP.fullmatch(cues.text, after[0].end,
                                                                after[1].start) is not None
                # ("most of them from air strikes on Beit Hanoun": the strikes' place, an
                # event of its own; "the Abasan and Khuza'a areas east of Khan Younis": the
                # sites, not the town that holds them)
                struck = _STRIKES_THAT_HIT.match(cues.text, wide.end()) is not None
                return [(_strip_mention(cues.text, wide, gaz), 3, 1.0)] + [
                    (m, _precision(m, unit.sentence), 0.9) for m in after
                    if (listed or struck or _ASIDE_OPENS.search(cues.text, wide.end(),
                                                                m.start)) and
                    not (struck and _holds_another(gaz, m, after, cues.text))]
        if wide is not None:
            # "62 people have been killed across the Strip since dawn, 52 of them in Gaza
            # City", "98 were killed across the Strip on Tuesday, most of them in Gaza
            # City": the toll is the Strip's; the place named after it holds a part of it
            return [(_strip_mention(cues.text, wide, gaz), 3, 1.0)]
    if unit.from_casualty and unit.fatalities and gaz.strip is not None and \
            unit.sub_event_type == AIR[1] and \
            days_tally(cues.text, unit.clause.start, unit.clause.end) and \
            _STRIPS_TALLIER.search(cues.text, unit.clause.start, unit.clause.end) and not any(
                unit.clause.start <= m.start < unit.clause.end and m.feature_class != "strip"
                for m in gaza):
        # "the health ministry said 195 people were killed in the Strip in the previous 24
        # hours, and that fighting had surrounded Nasser": the ministry's tally of the day,
        # told in a clause of its own, is the whole Strip's, whatever the next clause names
        return [(place_mention(cues.text, unit.clause.start, unit.clause.start, gaz.strip,
                               0.9, None, "a ministry's tally of the past hours", ()), 3, 0.9)]
    elsewhere = False  # whether a place was left to the deed the attack came after
    beside = False  # whether the sentence's places were left to the attack told beside it
    for span, factor in ((unit.clause, 1.0), (unit.sentence, 0.9)):
        if span is unit.sentence and unit.event_type in VIOLENT and gaz.strip is not None:
            named = _THE_TERRITORY.search(cues.text, unit.anchor,
                                          min(unit.clause.end, unit.anchor + 90))
            if named is not None and not any(
                    t.event_type == unit.event_type and not
                    unit.clause.start <= t.start < unit.clause.end
                    for t in find_triggers(cues.text, unit.sentence.start, unit.sentence.end,
                                           cues=cues)):
                # "fled Beit Hanoon ... amid deadly air strikes on the war-torn territory":
                # a clause that places its attacks on the Strip by an epithet names no
                # town of the sentence (but "attacked Israeli troops in Shejaia; the
                # fighting in the coastal enclave was the fiercest in weeks" tells again
                # of the attack its sentence places)
                return [(_strip_mention(cues.text, named, gaz), 3, 0.9)]
        here = [m for m in gaza if span.start <= m.start < span.end
                and not any(a <= m.start < b for a, b in sources)]
        if not here:
            part = _part_of_territory(cues, span, gaz) or (
                _side_told_alone(cues, unit, span, gaz) if unit.event_type in VIOLENT
                else None)
            if part is not None:
                # "A fifth was killed on Saturday in the north of the Palestinian territory"
                return [(part, 3, factor)]
        if speaker is not None:
            # "killed two in Rafah, Gaza City residents said": where the speakers are, only
            # when the sentence names no other place ("medics in Khan Younis said")
            kept = [m for m in here if not speaker[0] <= m.start < speaker[1]]
            if unit.sub_event_type in FROM_HERE and not not_after(TO, kept, unit.sentence):
                # (not "Residents of Beit Lahia said troops ordered them to move to Gaza
                # City": where they are sent is no place of the order's own)
                kept = []
            here = kept or here
        if span is unit.sentence and here and \
                unit.sub_event_type == "Looting/property destruction" and \
                (named := _THE_DEMOLITION_OF.search(
                    cues.text, max(unit.clause.start, unit.anchor - 30), unit.anchor + 20)) and \
                named.start("word") == unit.anchor and \
                _STRIKES_ON.search(cues.text, unit.sentence.start, named.start()):
            # "follows weeks of heavy strikes on Zeitoun, Sabra and Tel al-Hawa, and the
            # demolition of high-rise buildings": the places the strikes' words govern are
            # theirs, not the demolition's told beside them
            kept = _not_in_violent_clauses(unit, here, cues)
            beside = beside or len(kept) < len(here)
            here = kept
        if span is unit.sentence and unit.sub_event_type in FROM_HERE and len(here) > 1:
            apart = _not_in_violent_clauses(unit, here, cues)
            # (a flight keeps them when all else it names is where people went)
            if unit.sub_event_type == "Evacuation order" or leaving(apart, unit.sentence):
                here = apart or here
        if here and span is unit.clause:
            more = list_goes_on(here[-1], gaza, unit)
            # (not "ground and air attacks on Khan Younis and bombed homes in Rafah and Deir
            # el-Balah": the names after another event's words are that event's places)
            here += [m for m in more if not find_triggers(cues.text, unit.clause.end, m.start,
                                                          cues=cues)]
        if span is unit.clause:
            began = list_began(gaza, unit)
            # (not "Israeli tanks advanced into Jabalia and Beit Lahia, and Nuseirat was
            # bombed overnight": the list's first names are what another verb governs)
            if began and not find_triggers(cues.text, unit.sentence.start, began[0].start,
                                           cues=cues):
                here = began + here
        if span is unit.clause and unit.event_type in VIOLENT:
            here = _before_other_violence(unit, here, span, cues)
        if span is unit.clause and len(here) > 1 and (
                unit.event_type in VIOLENT or unit.sub_event_type == "Evacuation order"):
            here = _the_order_apart(unit, here, span, cues)
        if span is unit.clause and len(here) > 1:
            here = _in_its_when(unit, here, cues.text)
        # "GAZA CITY, Gaza Strip (AP) — an airstrike on a mosque in Beit Lahiya": where the
        # story was filed from, never by itself where it happened (a clause that names only
        # the dateline leaves the place to its sentence: "Gaza, 19 March 2024 - The Civil
        # Defence recovered nine bodies from a house hit ... in the Nuseirat camp")
        dateline = [m for m in here if in_dateline(m, cues.text)]
        filed = filed or dateline
        here = [m for m in here if m not in dateline] or (
            # (but a sentence that names nowhere else is told from where the writer is:
            # "RAFAH, Gaza Strip (AP) - An airstrike on a house killed five", whatever
            # town later paragraphs name most)
            filed if span is unit.sentence else [])
        # "incursion in Al-Zaytoun neighbourhood, east of Gaza City": Gaza City only says
        # where the neighbourhood lies
        here = [m for m in here if not locates_another(m, _next_to(m, gaza, -1),
                                                       _next_to(m, gaza, 1), cues.text)]
        if unit.sub_event_type == "Crossing opened or closed" and here and \
                _ROUTE_OPENED.match(cues.text, unit.anchor):
            # "opened an additional route southwards along Salah al-Din Road ... to
            # accelerate evacuation towards al-Mawasi": a route is where it runs, not where
            # those who take it go
            here = not_after(TO, here, unit.sentence)
        if unit.sub_event_type == "Aid delivery" and len(here) > 1:
            # "to increase humanitarian aid to the residents of the Gaza Strip, 17 aid trucks
            # entered northern Gaza": whose people the aid is for, not where it came in
            here = not_after(_ITS_PEOPLE, here, unit.sentence) or here
        if unit.sub_event_type == "Crossing opened or closed" and len(here) > 1:
            # "The Kerem Shalom crossing has remained shut since Sunday, when rockets fired
            # from the Rafah area killed four soldiers": the crossing named is what closed
            here = [m for m in here if m.feature_class == "crossing"] or here
        if unit.sub_event_type in _AT_THE_GATE and len(here) > 1:
            # "reopened Kerem Shalom, allowing aid into Gaza": aid and crossings are coded
            # at the crossing, not where the aid goes
            here = not_after(_ENTERING, not_after(TO, here, unit.sentence),
                             unit.sentence) or here
        if unit.sub_event_type == RETURN[1] and len(here) > 1:
            # "the army withdrew from the Netzarim Corridor as Palestinians return to
            # northern Gaza": a return is coded where people go back to
            away = {id(m) for m in not_after(TO, here, unit.sentence)}
            here = [m for m in here if id(m) not in away] or here
        if unit.sub_event_type == "Displacement" and here:
            # "Gaza city, where 100,000 people displaced from North Gaza have relocated":
            # where the displaced are now is not where they fled
            here = [m for m in here if not where_they_are(m, unit.sentence)]
        if unit.sub_event_type in FROM_HERE and here:
            # "ordered residents of Gaza City to move to Deir al-Balah": the order and the
            # flight are coded where people leave, not where they are sent (a clause that
            # names only where they went leaves the place to the sentence).
            left = leaving(here, unit.sentence)
            part = None if left else _part_of_territory(cues, span, gaz)
            if part is not None and not_after(TO, [part], unit.sentence):
                # "told 1.1 million people in the northern half of the enclave to move
                # below Wadi Gaza": the region they leave, named by the Strip's epithet
                return [(part, 3, factor)]
            patients = not left and all(m.feature_class == "hospital" for m in here) and \
                _PATIENTS_MOVED.search(unit.sentence.text) is not None
            if patients and span is unit.sentence and unit.sub_event_type == "Displacement":
                left_from = _hospital_they_left(unit, here, earlier, gaz, cues)
                if left_from:
                    return left_from
            here = left or (
                # "thousands have moved towards western Khan Younis": where they went is
                # all the sentence says of a flight (an order is where it applies)
                here if unit.sub_event_type == "Displacement" and span is unit.sentence and
                not patients and
                not _fled_the_order_before(unit, here, last_place, cues)
                else [])
            if unit.sub_event_type == "Evacuation order":
                here = came_from(here, unit.sentence) or here
                # "the evacuation order issued for eastern Deir al-Balah endangers al-Aqsa
                # Martyrs Hospital": what the order puts at risk is not where it applies
                here = not_after(_ENDANGERED, here, unit.sentence) or here
        # "30 bodies were brought to Al-Aqsa Hospital in Deir al-Balah": where the dead
        # and wounded were taken is not where they were hit; nor is what an offensive
        # aims to capture, unless the sentence names nothing else.
        here = carried_list(not_after(CARRIED_TO, here, unit.sentence, cues), unit.sentence)
        here = not_after(HOME_TO, here, unit.sentence, cues) or here
        here = not_after(SITUATION_IN, here, unit.sentence, cues)
        here = not_after(AIMED_AT, here, unit.sentence, cues) or here
        # "Al-Aqsa Hospital was overwhelmed with casualties": where the wounded are
        # treated, not where they were hit
        # (nor is one that speaks as the source: "Al-Aqsa Hospital reported 33 killed")
        # (nor one named for whom it employs: "killed Dr. Marwan Al-Sultan, director of the
        # Indonesian Hospital", "including the Indonesian Hospital director")
        kept = hospitals_aside(here, cues.text)
        took_in = [m for m in here if m not in kept and _a_hospital(m, cues.text)]
        if took_in and kept and unit.event_type in VIOLENT and all(
                _THEIR_HOME.search(cues.text, max(0, m.start - 40), m.start) and
                _SOME_OF_THEM.search(cues.text, took_in[0].end, m.start) for m in kept):
            # "Nasser Medical Complex received dozens of martyrs, among them a family of nine
            # from Bani Suheila": where some of the dead came from is no place of the whole
            # toll; the town the hospital stands in is
            town = _town_of_hospital(took_in[0], gaza, gaz, cues.text)
            kept = [town] if town is not None else kept
        here = kept
        here = _namesakes_apart(here, gaza, gaz, cues.text)
        if unit.event_type in VIOLENT:
            here = not_after(SUPPLIES_TO, here, unit.sentence, cues)
        if unit.event_type in VIOLENT:
            # "Israeli strikes killed more than 40 people after two soldiers died in Rafah":
            # where the deed the attack came after happened, not the attack
            # (nor "two soldiers were killed in Rafah, prompting strikes that killed 40")
            kept = [m for m in here if not _after_another(unit, m, cues.text) and
                    not _before_a_reply(unit, m, cues.text)]
            elsewhere = elsewhere or len(kept) < len(here)
            here = kept
            if any(m.start > unit.anchor for m in here):
                # "Residents reported tanks near al-Mawasi and heavy shelling around Nasser
                # Hospital": where the tanks were seen, told beside the attack, is not where
                # the shelling fell, which its own words place
                here = [m for m in here if not _ONLY_SEEN_THERE.search(
                    cues.text, max(0, m.start - 60), m.start) or not _AND_THEN_IT.fullmatch(
                    cues.text, m.end, unit.anchor)]
        if unit.sub_event_type not in FROM_HERE and unit.sub_event_type != RETURN[1]:
            # Where people are sent ("its order for people to move south of Wadi Gaza") is
            # not where the fighting or the strikes are.
            moved = not_after(MOVED_TO, here, unit.sentence, cues)
            # (but "families leaving Jabalia for Gaza City, where an Israeli strike killed 5":
            # the place they were going to, where the sentence then tells it happened)
            here = [m for m in here if m in moved or THEN_WHERE.match(cues.text, m.end) and
                    LEAVING_FOR.search(cues.text, max(0, m.start - 60), m.start)]
            # ... nor where they had fled from ("tents sheltering families who had fled to
            # Rafah from across Gaza")
            here = not_after(FLED_FROM, here, unit.sentence, cues)
            here = displaced_from(here, unit.sentence)
        # "struck as they travelled to the European Hospital in Rafah": on the way there,
        # in the town named after it, not at the hospital; "in most areas, except for
        # Rafah": not there.
        # (but "ordered residents to move from Beit Lahia to Gaza City": the place an order
        # or a flight leaves)
        here = [m for m in here if not (hit := EN_ROUTE.search(
            unit.sentence.text, max(0, m.start - unit.sentence.start - 30),
            m.start - unit.sentence.start)) or
            unit.sub_event_type in FROM_HERE and hit.group(0).rstrip().endswith("from")]
        if len(here) > 1:
            if asides is None:
                asides = speaker_asides(unit.sentence)
            if asides:
                # "Ahmed Saleh, a doctor at Nasser Hospital, said the strike in Rafah killed two",
                # "told AFP from Deir al-Balah": what the speaker is and where he spoke from,
                # unless the sentence names another place where it could be (not
                # "a resident of Jabalia, said tanks rolled into the camp as people fled toward
                # Gaza City": where they went is no such place)
                # (but "The mayor of Rafah said strikes destroyed 20 homes in the city, as
                # shelling also hit Khan Younis": the clause tells of the title's place again)
                here = [m for m in here if not _in_aside(m, asides) or
                        _told_again(m, unit, gaza, gaz, cues)] or here
        others = [g for g in gaza if unit.sentence.start <= g.start < unit.sentence.end and
                  g.place_id != here[0].place_id] if span is unit.clause and here else []
        if others:  # (the asides read only when the sentence has another place)
            if asides is None:
                asides = speaker_asides(unit.sentence)
            if asides and all(_in_aside(m, asides) for m in here) and any(
                    not _in_aside(g, asides) for g in others):
                # "The Civil Defence in the Gaza Strip said its crews recovered nine bodies,
                # from a house hit ... in the Nuseirat camp": a clause that names only where
                # its speaker is leaves the place to its sentence
                here = []
        if len(here) > 1:
            parts = _narrowed_to_parts(here, cues.text, gaz)
            # (not "killed 20 people across the Gaza Strip, including Jabalia": the toll is
            # the Strip's, its parts are attacks of their own)
            here = [m for m in here if m in parts or (
                unit.fatalities and m.feature_class == "strip" and
                toll_across(unit, cues.text, m, here))]
        if unit.event_type == "Explosions/Remote violence" and here and \
                any(span.start <= m.start < span.end and m.feature_class not in WIDE and (
                    all(is_origin(g, unit.sentence) for g in here) or
                    _FIRED_AT.search(cues.text, max(span.start, m.start - 60), m.start))
                    for m in outside):
            # "a rocket fired from Gaza struck a house in Sderot", "militants in Gaza fired
            # rockets at Sderot": where it fell is not in Gaza
            # ("a launch post in Beit Hanoun, from which rockets were fired toward Sderot":
            # the place the fire left, told before it)
            launch = [m for m in here if m.kind != "region" and m.feature_class != "strip" and
                      (is_origin(m, unit.sentence) or _FROM_WHICH.match(cues.text, m.end))]
            if not launch or unit.fatalities or unit.injuries:
                return []
            # (but "fired a barrage of rockets from Rafah towards Tel Aviv": the fire from a
            # town of the Strip, told with no harm where it fell, is an event where it left)
            here = launch
        if here:
            if unit.from_casualty:
                before = [m for m in here if unit.segment_start <= m.start < unit.anchor]
                if all(m.kind == "region" for m in before) and \
                        any(m.kind != "region" and m.start > unit.anchor for m in here):
                    # "occurred in the Gaza Strip on 29 February, when 118 were killed ...
                    # on Al-Rashid Street in Gaza City": the place after the count says where
                    before = []
                if before:
                    best = min(before, key=lambda m: (rank(m), unit.anchor - m.start))
                    return [(best, _precision(best, unit.sentence), factor)]
            # each place a clause lists, or the sentence when its clause names none ("heavy
            # bombardment from air, land, and sea continued across ..., including X and Y")
            # "The Nuseirat rescue operation ... in the Nuseirat refugee camp": a name that
            # names the operation is not one more place of it
            here = [m for m in here if not _NAMES_AN_EVENT.match(cues.text, m.end)] or here
            whole = next((m for m in here if m.feature_class == "strip"), None)
            if unit.fatalities and whole is not None and _MAINLY.match(cues.text, whole.end):
                # "31 killed in airstrikes across the Gaza Strip, primarily in northern
                # Gaza": the toll is the Strip's; where most fell does not hold all of it
                return [(whole, 3, factor)]
            listed = listed_places(here, gaz, unit.sentence,
                                   one_happening=unit.sub_event_type not in FROM_HERE,
                                   apart=_two_happenings(unit.sentence, cues))
            if whole is not None and whole not in listed and \
                    toll_across(unit, cues.text, whole, here):
                # "a bombardment on Gaza City, killing 123 people across the Gaza Strip":
                # the attack at its place, the toll at the Strip's
                listed = [m for m in listed if m is not whole] + [whole]
            if len(listed) > 1:
                return [(m, _precision(m, unit.sentence), factor) for m in listed]
            best = min(listed or here, key=lambda m: (rank(m),
                                            abs(m.start - unit.anchor) + (m.start < unit.anchor)))
            return [(best, _precision(best, unit.sentence), factor)]
        if any(span.start <= m.start < span.end and not is_agent(m, unit.sentence) and
               not in_dateline(m, cues.text) and
               # (a sentence whose place was left to the deed before the attack: only a place
               # the attack's own words name; not "Israel said two soldiers were killed in
               # Rafah and launched strikes")
               (not elsewhere or m.start > unit.anchor)
               for m in (outside if span is unit.clause else own_or_not_sent(outside, unit))):
            return []  # the clause is about somewhere else (Beirut, Tel Aviv, Jenin)
    if unit.fatalities and gaz.strip is not None and unit.sub_event_type == AIR[1] and \
            days_tally(cues.text, unit.sentence.start, unit.sentence.end) and \
            _tallier_told(cues.text, unit.sentence.start, unit.sentence.end) and not any(
                unit.sentence.start <= m.start < unit.sentence.end and
                not any(a <= m.start < b for a, b in sources) for m in gaza):
        # "Gaza's health ministry said 71 people were killed in the past 24 hours": the
        # ministry's tally of the day is the whole Strip's, whatever place was told before
        # (not "Israeli strikes pounded Rafah. Medics said 12 people were killed in the past
        # 24 hours": those who tend the dead of a place tally that place's)
        return [(place_mention(cues.text, unit.sentence.start, unit.sentence.start, gaz.strip,
                               0.9, None, "a ministry's tally of the past hours", ()), 3, 0.9)]
    if unit.fatalities and _ALL_TOLD.match(cues.text, unit.sentence.start) and \
            _DAYS_ATTACKS.search(cues.text, unit.sentence.start, unit.sentence.end) and \
            gaz.strip is not None:
        # "Altogether, at least 45 people are killed from today's attacks": the day's toll
        # of the whole Strip, not of the place named before
        return [(place_mention(cues.text, unit.sentence.start, unit.sentence.start, gaz.strip,
                               0.9, None, "a day's toll 'altogether'", ()), 3, 0.9)]
    wide = cues.search(_STRIP_WIDE, unit.sentence.start, unit.sentence.end)
    if wide is not None:
        # "air strikes continue across the Strip": the whole Strip, whatever place the
        # report named before ("the Strip" alone is no toponym, so no mention says it)
        strip = _strip_mention(cues.text, wide, gaz)
        if strip is not None:
            return [(strip, 3, 0.9)]
    if unit.event_type in VIOLENT and gaz.strip is not None and \
            (last_place is not None or dominant is not None) and \
            _hits_unnamed_areas(unit, cues):
        # "Overnight strikes hit several areas. ... 45 were killed in Deir al-Balah": areas
        # the sentence leaves unnamed are somewhere in the Strip, not the place told before
        # (not "strikes hit several areas of the city": the city told before; nor "Israeli
        # forces raided Jenin. Drones struck several sites": a report that has named no
        # place in the Strip)
        return [(place_mention(cues.text, unit.sentence.start, unit.sentence.start, gaz.strip,
                               0.8, None, "an attack on areas left unnamed", ()), 3, 0.8)]
    taken_to = _taken_to_hospital(unit, gaza, cues) if unit.event_type in VIOLENT else None
    if taken_to is not None and (last_place is None or _a_hospital(last_place[0], cues.text) and
                                 last_place[0].place_id != taken_to.place_id and
                                 not _KILLED_APART.search(cues.text, unit.sentence.start,
                                                          taken_to.start)):
        # "Fifty bodies were brought to Nasser Medical Complex" after "troops raided Al-Amal
        # hospital": the hospital that took in the dead is not where they were killed, nor
        # is another hospital told before; the town the hospital stands in (but "an
        # airstrike hit a house in Bani Suheila ... Fifty bodies were brought to Nasser":
        # the strike told before; "tanks shelled Nasser Medical Complex ... The bodies of
        # four were brought to Nasser Medical Complex": the hospital hit took in its dead)
        town = _town_of_hospital(taken_to, gaza, gaz, cues.text)
        if town is not None:
            return [(town, 2, 0.6)]
    if unit.sub_event_type in FROM_HERE and _passed_over(
            unit, gaza, [m for m in (last_place[0] if last_place else None, dominant) if m],
            cues):
        # "Israel has told them to move to what it calls an 'expanded humanitarian zone' in
        # al-Mawasi": a place the sentence names only as where people are sent (or as
        # another event's) is not where they leave, however often the report names it
        return []
    if elsewhere and gaz.strip is not None:
        # (the attack whose sentence names only where the deed before it happened is
        # somewhere in the Strip, not at a place told before)
        return [(place_mention(cues.text, unit.sentence.start, unit.sentence.start, gaz.strip,
                               0.8, None, "an attack after a death told elsewhere", ()), 3, 0.8)]
    if last_place is not None and unit.event_type in VIOLENT and gaz.strip is not None and \
            not last_place[0].start >= unit.sentence.start and \
            (_THE_ATTACK_AGAIN.search(cues.text, max(0, unit.anchor - 25), unit.anchor) and
             _AFTER_A_DEATH.search(
                cues.text, max(0, last_place[0].start - 90), last_place[0].start) is not None or
             _ORDERED_STRIKES.search(cues.text, unit.sentence.start, unit.anchor + 12) and
             not _THERE_AGAIN.match(cues.text, unit.anchor) and
             _TROOPS_HIT.search(
                cues.text, max(0, last_place[0].start - 90), last_place[0].start) is not None):
        # "ordered strikes on Tuesday after a soldier was killed by gunfire in Rafah. ... the
        # strikes disrupted the search": where the deed the attacks came after happened is
        # not where they hit, told again with no place (nor "a reservist was killed when
        # troops came under fire in Rafah. Netanyahu ordered powerful strikes": the strikes
        # ordered in answer)
        return [(place_mention(cues.text, unit.sentence.start, unit.sentence.start, gaz.strip,
                               0.7, None, "an attack told after a death told elsewhere", ()),
                 3, 0.7)]
    if unit.event_type in VIOLENT and gaz.strip is not None and \
            (many := _MANY_TARGETS.search(cues.text, unit.sentence.start,
                                          unit.sentence.end)) and \
            not _TARGETS_THERE.search(cues.text, unit.sentence.start, unit.sentence.end) and \
            not _TARGETS_BY_MEN_THERE.search(cues.text, unit.sentence.start, many.start()):
        # "IAF aircraft struck approximately 250 terror targets, including tunnel shafts":
        # a day's strikes told by the number of targets, with no place of their own, are
        # the Strip's, not at the place told before
        return [(place_mention(cues.text, unit.sentence.start, unit.sentence.start, gaz.strip,
                               0.7, None, "strikes told by their number of targets", ()),
                 3, 0.7)]
    if unit.from_casualty and last_place is not None and \
            not last_place[0].start >= unit.sentence.start and \
            _TOOK_THEM_IN.search(cues.text, unit.sentence.start, unit.sentence.end) and \
            any(unit.sentence.start <= m.start < unit.sentence.end for m in gaza) and \
            _one_of_a_list(last_place[0], earlier, gaz, cues.text):
        # "Strikes hit homes in Khan Younis, Bureij camp and Sabra. ... Our field hospital in
        # Deir al-Balah received 22 wounded": the casualties a hospital took in after attacks
        # told at several places together are the count of none of them
        return []
    if last_place is not None and not (beside and last_place[0].start >= unit.sentence.start):
        # (nor the place the attack told beside it left last: "strikes on Zeitoun and Sabra,
        # and the demolition of high-rise buildings")
        m, para = last_place
        factor = 0.7 if para == unit.sentence.paragraph else 0.6
        return [(m, max(2, _precision(m, unit.sentence)), factor)]
    if filed and (dominant is None or dominant.place_id == filed[0].place_id):
        # "GAZA CITY (AP) - An Israeli strike killed five people": where the writer is, when
        # nothing else in the report places the event
        return [(filed[0], _precision(filed[0], unit.sentence), 0.9)]
    if dominant is not None and last_place is None:
        lead = _lead_told_within(unit, earlier, dominant, gaz, cues.text)
        if lead is not None:
            return [(lead, max(2, _precision(lead, unit.sentence)), 0.6)]
    if dominant is not None:
        return [(dominant, 3 if dominant.kind == "region" else 2, 0.5)]
    return []


# the dead or the hurt at a hospital: where they were brought, counted or treated
_THE_HURT_THERE = re.compile(r"(?i)\b(?:bod(?:y|ies)|morgues?|dead|wounded|injured|casualties|"
                             r"treat(?:ed|ment|ing))\b")


# "the bulldozer", "that vehicle", "the tents": a thing the sentence before told, named again
_THE_THING = re.compile(r"(?i)\b(?:the|that|this|these|those)\s+"
                        r"(?=((?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*))")
# words that end such a phrase ("the bulldozer was targeted", "the tents in the area")
_PHRASE_ENDS = frozenset(
    "was were is are has had have be been being said says say told tells stated added of in "
    "on at by with and or but to from for near into onto after before as when while that which "
    "who where it its their his her".split())
# what any report names again with no thing told: its speakers, the sides, the war, the time
_NOT_A_THING = frozenset(
    "people person group army military ministry government authorities officials official "
    "spokesman spokesperson statement agency office civil defence defense health media "
    "sources source residents witnesses medics doctors paramedics israeli palestinian strip "
    "enclave territory war conflict day days night morning evening week time year same".split())

# a fact box's "Target: Nasser Hospital", the attack's target told outright
_TARGET_LABEL = re.compile(r"(?i)\W*targets?\s*:")
_WORD = re.compile(r"[\w'’-]+")
# a speaker's verb after the thing ("..., the hospital said")
_SPEAKER_VERB = re.compile(rf"(?i)(?:{SAID}|told|added)\b")

# the kind a thing told may be named again by
_KINDS = {
    "vehicle": frozenset("carrier tank bulldozer jeep apc merkava truck car humvee d9 "
                         "armored armoured".split()),
    "building": frozenset("house home tower apartment block school mosque hospital clinic "
                          "shelter".split()),
}


def _told_back(before: str, sentence: str) -> bool:
    """Whether the attack's sentence names again a thing the sentence before told ("Hamas
    said its fighters destroyed a bulldozer in Shejaia. The bulldozer was targeted with an
    explosive device"), other than a speaker of its own ("..., the hospital said"), or the
    sentence before names the attack's target outright ("Target: Nasser Hospital")."""
    if _TARGET_LABEL.match(before):
        return True  # (a fact box's "Target: Nasser Hospital" tells the attack's target)
    told = {w.lower().rstrip("s") for w in _WORD.findall(before)}
    # (named again by its kind: "destroyed an armoured personnel carrier ... the vehicle")
    told |= {kind for kind, things in _KINDS.items() if told & things}
    for m in _THE_THING.finditer(sentence):
        words = m.group(1).split()
        cut = next((i for i, w in enumerate(words) if w.lower() in _PHRASE_ENDS), len(words))
        if _SPEAKER_VERB.match(words[cut] if cut < len(words) else sentence[m.end(1):].lstrip()):
            continue  # (a speaker: "..., the hospital said")
        for w in words[:cut]:
            w = w.lower().strip("'’").rstrip("s")
            if len(w) > 2 and w not in _NOT_A_THING and w + "s" not in _NOT_A_THING \
                    and w in told:
                return True
    return False


def _lead_told_within(unit: EventUnit, earlier: Sequence[Mention], dominant: Mention,
                      gaz: Gazetteer, text: str) -> Mention | None:
    """The most specific place the sentence just before names, inside the report's main
    place, for an attack its own sentence places nowhere and no event before it placed:
    "Hamas said its fighters destroyed an armoured vehicle in Gaza City's Zeitoun
    neighbourhood. The vehicle was targeted with an explosive device" tells again of the
    deed at Zeitoun, not somewhere in Gaza City (but not a place outside the main one,
    which the sentence before may name for a deed of its own)."""
    if unit.event_type not in VIOLENT:
        return None
    # (across a paragraph break: reports often give each sentence a paragraph)
    end = len(text[:unit.sentence.start].rstrip())
    before = max(text.rfind(". ", 0, end - 1), text.rfind("\n", 0, end)) + 1
    named = [m for m in earlier if before <= m.start < unit.sentence.start and m.place_id and
             m.kind != "region" and m.feature_class != "strip" and not in_dateline(m, text)]
    if not named or find_triggers(text, before, unit.sentence.start):
        # (a sentence before that told an attack of its own placed it: a report that
        # places none of its events leaves the next one to its main place)
        return None
    if not _told_back(text[before:unit.sentence.start],
                      text[unit.sentence.start:unit.sentence.end]):
        # (not a sentence before that only sets the scene: "Doctors at Al-Shifa Hospital said
        # fuel was running out. An Israeli air strike killed seven people", where the
        # hospital is where the speakers work, not what the strike hit)
        return None
    best = min(named, key=lambda m: (rank(m), -m.start))
    if _a_hospital(best, text) and _THE_HURT_THERE.search(text, before, unit.sentence.start):
        # (not "A reporter counted the bodies at the Al-Aqsa hospital morgue. Records showed
        # the dead of the strike were all men": where the dead were taken)
        return None
    if rank(best) >= rank(dominant) or not holds(gaz, dominant, best) or any(
            m.place_id != best.place_id and not holds(gaz, m, best) for m in named):
        # (not a sentence that names two places apart: which one is told again is unsure)
        return None
    return best


def _hospital_they_left(unit: EventUnit, here: list[Mention], earlier: Sequence[Mention],
                        gaz: Gazetteer, cues: Cues) -> list[tuple[Mention, int, float]]:
    """The hospital "the hospital" of the sentence tells again, for patients its sentence
    names only as taken to another one: "A doctor at the hospital said patients were being
    moved to Nasser", after a sentence naming the European Hospital, is a flight from the
    European Hospital. Empty where the sentence says no "the hospital", or it is the one
    they were taken to."""
    told = cues.search(_ANAPHOR, unit.sentence.start, unit.sentence.end)
    while told is not None and told.group(1).lower() not in _A_HOSPITAL_TOLD_AGAIN:
        told = cues.search(_ANAPHOR, told.end(), unit.sentence.end)
    if told is None:
        return []
    before = [m for m in earlier if m.start < unit.sentence.start and m.place_id]
    found = _resolve_anaphor(told.group(1), before, gaz, cues.text, told.start())
    if not found or any(m.place_id == found[0][0].place_id for m in here):
        return []
    return [(found[0][0], found[0][1], 0.8)]


_TOOK_THEM_IN = re.compile(r"(?i)\b(?:received|receiving|admitted|took\s+in|(?:brought|taken|"
                           r"transferred|rushed)\s+to)\b")
# "in Khan Younis, Bureij camp, al-Zawaida and the Sabra neighbourhood": the words between
# two places of a list
_BETWEEN_IN_LIST = re.compile(r"(?:\s+(?:camp|town|city|area|neighbou?rhood))?"
                              r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
                              + ARTICLE, re.I)


def _one_of_a_list(m: Mention, earlier: Sequence[Mention], gaz: Gazetteer, text: str) -> bool:
    """Whether ``m`` is named in a list with another place of the Strip ("in Khan Younis,
    Bureij camp and the Sabra neighbourhood")."""
    # (a place, not any capital after a comma: "hit a house in Khan Younis, the Civil
    # Defence said", "On Monday, Khan Younis came under heavy bombardment"; nor an address:
    # "a tent in al-Mawasi, Khan Younis", "a home in Rafah, Gaza")
    for o in earlier:
        if o.place_id is None or o.place_id == m.place_id or o.feature_class == "strip":
            continue
        a, b = (m, o) if o.start >= m.end else (o, m)
        if b.start - a.end <= 30 and _BETWEEN_IN_LIST.fullmatch(text, a.end, b.start) and \
                not holds(gaz, a, b) and not holds(gaz, b, a):
            return True
    return False


def _two_happenings(sentence: Span, cues: Cues) -> Callable[[int, int], bool]:
    """A test of whether the words from a place (at ``a``) to a place after it (at ``b``),
    read from the word of the event told before the first, tell events of two kinds: "a drone strike
    hit a car in Rafah as the army demolished homes in Tal as-Sultan", "In Deir al-Balah, an
    airstrike killed four people and tanks shelled Nuseirat camp" (not "an airstrike in Gaza
    City killed four people in the Zeitoun neighborhood", "Four people were killed in Gaza
    City when an airstrike hit a house in Zeitoun": one)."""
    triggers: list[Trigger] | None = None

    def apart(a: int, b: int) -> bool:
        nonlocal triggers
        if triggers is None:
            triggers = find_triggers(cues.text, sentence.start, sentence.end, cues=cues)
        lo = max((t.start for t in triggers if t.start < a), default=a)
        return len({t.sub_event_type for t in triggers if lo <= t.start < b}) > 1
    return apart


_ITS_OWN_TIME = re.compile(r"(?i:\b(?:since|ago|earlier|previously|before|last|previous|"
                           rf"yesterday|weeks?|months?)\b)|\b(?:{WEEKDAY_PATTERN}|{MONTH_NAMES})\b")


def _previous_sentence_start(text: str, start: int) -> int:
    """Where the sentence just before the one at ``start`` begins (after ". " or a line
    break), for rules that read what that sentence told."""
    return max(text.rfind(". ", 0, start - 2), text.rfind("\n", 0, start - 1)) + 1


def _fled_the_order_before(unit: EventUnit, here: list[Mention],
                           last_place: tuple[Mention, int] | None, cues: Cues) -> bool:
    """Whether a flight its sentence tells only by where people went follows an order told
    in the sentence just before at another place ("Israel ordered residents of Deir
    al-Balah to leave. Families fled toward al-Mawasi"): those ordered out, fleeing the
    order's place, not a flight at the place they went to."""
    if last_place is None or last_place[0].place_id in {m.place_id for m in here} or \
            _ITS_OWN_TIME.search(unit.sentence.text):
        # (not "Thousands have fled to Deir al-Balah since last week", "Last month,
        # thousands fled toward al-Mawasi": a flight of another time than the order's)
        return False
    before = _previous_sentence_start(cues.text, unit.sentence.start)
    if _INSTEAD.search(unit.sentence.text) and "\n" not in cues.text[before:unit.sentence.start] \
            and last_place[0].start < before:
        # "IOF ordered residents of Jabalia to move south. Men were detained at a
        # checkpoint. Most families instead fled west toward Gaza City": the order told
        # a sentence further back in the paragraph, which the flight answers
        # (not where the sentence between names a place: "... Men were detained at a
        # checkpoint in Jabalia. Most families instead fled": the order's place is not the
        # last one told)
        earlier = _previous_sentence_start(cues.text, before)
        if "\n" not in cues.text[earlier:before]:
            before = earlier
    if not before <= last_place[0].start < unit.sentence.start:
        return False
    return any(t.sub_event_type == "Evacuation order"
               for t in find_triggers(cues.text, before, unit.sentence.start, cues=cues))


_INSTEAD = re.compile(r"\b(?:instead|rather)\b", re.I)


def _passed_over(unit: EventUnit, gaza: list[Mention], fallbacks: list[Mention], cues: Cues
                 ) -> bool:
    """Whether a place the report falls back on is one the unit's own sentence names and its
    reading left out: where people are sent ("told them to move to ... al-Mawasi"), where
    another clause's strike hit ("a strike in Rafah's Shaboura neighborhood killed 20 ...
    after Israel ordered a million people to move below Wadi Gaza"). (Not where a sentence
    that tells the order and the flight together has people go: "families fleeing west
    towards Deir al Balah following another evacuation order", one occurrence, coded where
    the flight is.)"""
    own = {m.place_id for m in gaza if unit.sentence.start <= m.start < unit.sentence.end}
    if not any(f.place_id in own for f in fallbacks):
        return False
    return not any(t.sub_event_type in FROM_HERE and t.sub_event_type != unit.sub_event_type
                   for t in find_triggers(cues.text, unit.sentence.start, unit.sentence.end,
                                          cues=cues))


_ITS_PART = re.compile(r"\b(?:its|their)\s+(?:(?:north|south|east|west|centre|center)\w*|"
                       r"residents|people|population|inhabitants|neighbou?rhoods|areas|parts|"
                       r"outskirts)\b", re.I)


def _not_in_violent_clauses(unit: EventUnit, here: list[Mention], cues: Cues
                            ) -> list[Mention]:
    """The sentence's places for an order or a flight whose clause names none, less those
    an attack of another clause governs: "In Khan Younis, our teams responded to a strike on
    a house in the al-Qarara area, while new evacuation orders have forced thousands of
    families out of the eastern areas": al-Qarara is where the strike hit; the town that
    frames the sentence, before the strike's word, frames the orders too. (Not "Israel
    invaded Rafah and ordered the evacuation of its east": the order's clause points back to
    the place.)"""
    if _ITS_PART.search(unit.clause.text):
        return here
    clauses = split_clauses(unit.sentence, cues.text, cues)
    keep = []
    for m in here:
        clause = next((c for c in clauses if c.start <= m.start < c.end), None)
        if clause is None or clause.start == unit.clause.start or not any(
                t.event_type in VIOLENT and t.start < m.start
                for t in find_triggers(cues.text, clause.start, m.start, cues=cues)):
            keep.append(m)
    return keep


# "... followed evacuation orders and killed 12 people in Nuseirat": the attack told on
_ITS_VERB_AGAIN = re.compile(r"\band\s+(?:then\s+|later\s+|also\s+)?(?:killed|hit|struck|shot|"
                             r"shelled|bombed|stormed|raided|destroyed|pushed|advanced|"
                             r"wounded|injured)\b", re.I)


def _the_order_apart(unit: EventUnit, here: list[Mention], span: Span, cues: Cues
                     ) -> list[Mention]:
    """An attack's places and an order's, told in one clause, each on its own side of the
    order's word: "conducting a ground and air operation in Jabalya, accompanied by
    evacuation orders covering Jabalya camp, Beit Lahiya and Beit Hanoun": the operation is
    in Jabalya, the orders cover the three, when each side names a place of its own."""
    if unit.event_type in VIOLENT and not order_may_begin(cues, unit.anchor + 1, span.end):
        return here  # no order told after the attack
    words = find_triggers(cues.text, span.start, span.end, cues=cues)
    if unit.event_type in VIOLENT:
        order = next((t.start for t in words if t.start > unit.anchor and
                      t.sub_event_type == "Evacuation order" and not folded_into(t, unit)),
                     None)
        if order is None or not any(unit.anchor < m.start < order for m in here) or \
                not any(m.start > order for m in here):
            return here
        # (not "strikes on Deir al-Balah followed evacuation orders and killed 12 people in
        # Nuseirat": the attack's own verb again, after the orders)
        again = _ITS_VERB_AGAIN.search(cues.text, order, span.end)
        return [m for m in here if m.start < order or again is not None and
                m.start > again.start()]
    attack = [t.start for t in words if t.start < unit.anchor and t.event_type in VIOLENT]
    # (not "manoeuvres in and around Rafah have intensified and Israel has ordered 100,000
    # Palestinians in the southern city to evacuate to ... Al-Mawasi": where they are sent
    # is no place of the order's own)
    if not attack or not leaving([m for m in here if m.start > unit.anchor], unit.sentence):
        return here
    return [m for m in here if m.start > unit.anchor or m.start < attack[0]]


def _in_its_when(unit: EventUnit, here: list[Mention], text: str) -> list[Mention]:
    """``here`` less the places of the clause a "when" clause hangs on, when the event is told
    in the "when" clause and that names a place of its own: "The Kerem Shalom crossing has
    remained shut since Sunday, when rockets fired from the Rafah area killed four soldiers":
    the crossing is what stayed shut, the attack came from Rafah."""
    when = max(_WHEN.finditer(text, unit.clause.start, unit.anchor), default=None,
               key=lambda w: w.start())
    if when is None or not any(m.start >= when.end() for m in here) or \
            _HARM_TOLD.search(text, unit.clause.start, when.start()):
        # (not "Three Palestinians were killed in Khan Younis on Saturday, when Israeli drones
        # struck a group of people returning from Rafah": the clause it hangs on tells the
        # harm and its place, the "when" clause only how it came)
        return here
    return [m for m in here if m.start >= when.end()]


# "since Sunday, when rockets ...", "on 9 July, when the school was hit"
_WHEN = re.compile(r",\s+when\s")
_HARM_TOLD = re.compile(r"(?i)\b(?:killed|killing|died|dead|wounded|injured|injuring|hurt|"
                        r"shot|martyred)\b")


def _namesakes_apart(here: list[Mention], gaza: list[Mention], gaz: Gazetteer, text: str
                     ) -> list[Mention]:
    """``here`` less a name told as a part of a town that the gazetteer puts elsewhere:
    "the al-Amal, al-Nasr and Western Camp neighbourhoods of Khan Younis" are not the
    an-Nasr village of Rafah, its namesake."""
    out = []
    for m in here:
        town = next((n for n in gaza if n.start >= m.end and n.start - m.end < 80), None)
        if town is not None and town.feature_class in ("city", "town") and \
                _PARTS_OF_TOWN.fullmatch(text, m.end, town.start) and not holds(gaz, town, m):
            continue
        out.append(m)
    return out


# the rest of a list of parts, then the town: ", al-Nasr and Western Camp neighbourhoods of "
_PART_NAME = (r"(?:(?:al|el|an|ash|as|ad|ar|az)-)?[A-Z][\w'’-]*"
              r"(?:\s+(?:(?:al|el|an|ash|as|ad|ar|az)-)?[A-Z][\w'’-]*)?")
_PARTS_OF_TOWN = re.compile(rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_PART_NAME}){{0,4}}\s+"
                            r"(?:neighbou?rhoods?|districts?|quarters?)\s+of\s+(?:the\s+)?")


def _after_another(unit: EventUnit, m: Mention, text: str) -> bool:
    """Whether ``m`` is placed by a clause after "after" or "following" that tells a death
    of its own, begun after the unit's word ("ordered strikes after a soldier was killed by
    gunfire in Rafah"; not "a soldier was killed in Rafah after a strike", the unit's own)."""
    hit = _AFTER_A_DEATH.search(text, max(unit.sentence.start, m.start - 90), m.start)
    if hit is None and unit.sub_event_type == AIR[1]:
        # (not "Israeli troops opened fire, killing three, after an attack on its forces
        # near the Netzarim corridor", "troops battled Hamas fighters following an attack on
        # its troops in Shejaia": fire from the ground answers where the troops are)
        hit = _IN_REPLY_TO.search(text, max(unit.sentence.start, m.start - 90), m.start)
        if hit is not None and (
                _AT_THE_ATTACK.search(text, unit.anchor, hit.start()) or
                _HERE_AGAIN.match(text, m.end, unit.sentence.end)):
            # (nor "a drone struck the attackers after an attack on its troops in Rafah",
            # "launched airstrikes after an attack on its troops in Rafah, hitting targets
            # in the city", "pounded Hamas positions after an attack on its troops in Beit
            # Hanoun, where fighting has raged": the strikes told at the attack's place)
            return False
    if hit is not None and hit.groupdict().get("hurt") and \
            _DIED_OF_IT.search(text, unit.sentence.start, hit.start()):
        # (not "A girl died in hospital on Monday after she was wounded by Israeli fire in
        # Khan Younis": the wounding she died of, the attack's own place)
        return False
    return hit is not None and hit.start() > unit.anchor


def _before_a_reply(unit: EventUnit, m: Mention, text: str) -> bool:
    """Whether ``m`` places a death told before the unit's word, which the attack answered
    ("two soldiers were killed in Rafah, prompting another round of strikes", "said two
    soldiers were killed in Rafah and launched strikes that killed 44"; not "troops shelled
    Rafah, prompting families to flee": the attack's own place)."""
    if m.end >= unit.anchor or unit.sub_event_type != AIR[1]:
        # (not "A soldier was wounded in Rafah, prompting tank fire that killed three": fire
        # from the ground answers where the troops are)
        return False
    death = _A_DEATH_IN.search(text, max(unit.sentence.start, m.start - 60), m.start)
    if death is None or _TROOPS_BEFORE.search(
            text, max(unit.sentence.start, death.start() - 40), death.start()) is None:
        # (not "Three people were killed in Deir al-Balah, prompting an Israeli airstrike
        # that killed 4": no troops hit, nothing the strike answered)
        return False
    reply = _A_REPLY.match(text, m.end)
    # (not "Five Palestinians were killed in Jabalia, prompting residents to flee, as
    # Israeli strikes killed 12 more": what was prompted is not the attack)
    # (nor "a soldier was killed in a clash in Rafah and Israeli strikes killed 5 militants
    # who took part in the attack": the strikes on the attackers, at its place)
    return reply is not None and reply.end() <= unit.anchor and \
        _UP_TO_IT.fullmatch(text, reply.end(), unit.anchor) is not None and \
        not _THERE_AGAIN.match(text, unit.anchor) and \
        not (reply.group().endswith("and") and
             _AT_THE_ATTACK.search(text, unit.anchor, unit.sentence.end))


# "were killed in", "was shot dead near": a death told with its place
_A_DEATH_IN = re.compile(r"\b(?:(?:was|were|had\s+been|have\s+been)\s+(?:killed|shot\s+dead|"
                         r"shot|wounded|injured|ambushed)|died|fell)\b"
                         r"(?:\s+(?:by|from|in\s+an?)\s+[\w-]+(?:\s+[\w-]+)?)?"
                         r"(?:\s+on\s+\w+)?\s+(?:in|near|at|outside)\s+(?:the\s+)?"
                         r"(?:(?:north|south|east|west)(?:ern)?\s+)?$", re.I)
# ", prompting another round of strikes", "and launched strikes": the attack that answered
# (or "a day in which two of its soldiers were killed in Rafah and Israeli strikes killed
# at least 44": the strikes told beside the deaths, their answer)
_A_REPLY = re.compile(r"(?:\s+on\s+\w+)?(?:\s*,\s*|\s+)(?:prompting|triggering|sparking|"
                      r"provoking)\b|(?:\s+on\s+\w+)?\s+and\s+(?:(?:then|Israel|the\s+army|"
                      r"the\s+military)\s+)?(?:launched|ordered|retaliated|responded)\b|"
                      r"(?:\s+on\s+\w+)?\s+and(?=\s+(?:israeli\s+)?(?:air\s*|drone\s+)?"
                      r"strikes\s+(?:killed|have\s+killed|kill)\b)",
                      re.I)


# "Two soldiers were killed", "a reservist was shot dead": troops told hit
_TROOPS_BEFORE = re.compile(r"\b(?:soldiers?|troops?|reservists?|officers?|commanders?|"
                            r"sergeants?|servicem[ae]n)\b(?:\s+[\w'’-]+){0,3}?\s*$", re.I)
# " another round of", " Israel to launch": the few words from the reply to the attack's word
_UP_TO_IT = re.compile(r"(?:\s+(?!(?:as|while|and|but|when)\b)[\w'’-]+){0,4}\s+", re.I)
# (not "two soldiers were killed in Rafah, prompting strikes on the city that killed 12",
# "ordered strikes in the area": the attack told at the death's place again)
_THERE_AGAIN = re.compile(r"[\w-]*(?:\s+[\w'’-]+){0,3}?\s+(?:there\b|(?:on|in|across|at|around|"
                          r"near|against)\s+(?:the\s+)?(?:same\s+)?(?:city|town|camp|area|"
                          r"neighbou?rhood|district|village)\b)", re.I)


# "ordered 'immediate and powerful strikes'": strikes a leader ordered
_ORDERED_STRIKES = re.compile(r"\b(?:ordered|orders)\s+(?:an?\s+|the\s+)?[\"“]?(?:[\w-]+\s+){0,3}?"
                              r"(?:and\s+[\w-]+\s+)?(?:strikes|attacks|retaliation)\b", re.I)
# "soldiers were killed in", "troops came under sniper and anti-tank fire in": an attack on
# troops with its place
_TROOPS_HIT = re.compile(r"\b(?:(?:soldiers?|troops?|reservists?|officers?)\s+(?:was|were)\s+"
                         r"killed|(?:troops|soldiers|forces)\s+came\s+under\s+(?:[\w-]+\s+){0,4}?"
                         r"(?:fire|attack))(?:\s+on\s+\w+)?\s+(?:in|near|at)\s+(?:the\s+)?$",
                         re.I)
# "the strikes", "these Israeli strikes": an attack told again, by a word for it told before
_THE_ATTACK_AGAIN = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?$", re.I)
# "killed at least 44 on Sunday, in response to what Israel said was an attack on its troops
# in Rafah", "after an ambush on Israeli soldiers near": the attack on troops answered
_IN_REPLY_TO = re.compile(r"\b(?:in\s+(?:response|retaliation|reply)\s+(?:to|for)|after|"
                          r"following)\s+(?:(?!(?:and|but|while|which)\b)[\w'’-]+\s+){0,5}?"
                          r"(?:an?\s+|the\s+)?(?:attack|ambush|assault|raid)\s+(?:on|against)\s+"
                          r"(?:its|the|israeli|their)\s+(?:own\s+)?(?:troops|soldiers|forces)\s+"
                          r"(?:(?:on|early|late)\s+\w+\s+)?(?:in|near|at|outside)\s+(?:the\s+)?"
                          r"(?:(?:north|south|east|west)(?:ern)?\s+)?$", re.I)
# "struck the attackers", "the gunmen who had fired on its troops", "killed 5 militants who
# took part in the attack", "struck the area", "supported ground troops battling militants":
# what the strikes hit is where the attack was
_AT_THE_ATTACK = re.compile(r"\b(?:the|those)\s+(?:[\w-]+\s+)?(?:attackers|assailants|"
                            r"perpetrators|gunmen|cell|squad|area)\b|"
                            r"\b(?:militants|fighters|gunmen|men|operatives)\s+(?:who|that)\s+"
                            r"(?:had\s+)?(?:attacked|fired|ambushed|carried\s+out|took\s+part|"
                            r"opened\s+fire|killed)\b|"
                            r"\b(?:supported|supporting|backed|backing|support\s+of|covering)\s+"
                            r"(?:the\s+|its\s+)?(?:ground\s+)?(?:troops|forces|soldiers)\b", re.I)
# ", hitting targets in the city", "there", ", where fighting has raged": the strikes told at
# the attack's place again, in the clause that tells it (not "; fighting continued in the
# city": a clause of its own)
_HERE_AGAIN = re.compile(r"[^;:—–]*?(?:\b(?:there\b|(?:in|on|across|at|around|near)\s+"
                         r"(?:the\s+)?(?:same\s+)?(?:city|town|camp|area|neighbou?rhood|"
                         r"district|village)\b)|,\s+where\s+(?:[\w-]+\s+){0,3}?(?:fighting|"
                         r"clashes|battles|battling|fought)\b)", re.I)
_DIED_OF_IT = re.compile(r"\b(?:died|dies|succumbed|passed\s+away)\b", re.I)
_AFTER_A_DEATH = re.compile(r"\b(?:after|following)\s+(?:(?!(?:and|but|while|which|that)\b)"
                            r"[\w'’-]+\s+){0,4}?(?:(?:was|were|had\s+been|have\s+been)\s+"
                            r"(?:killed|shot\s+dead|(?P<hurt>shot|wounded|injured)|ambushed)|"
                            # (a headline's "strikes after reservist killed in Rafah")
                            r"(?:soldiers?|reservists?|troops?|officers?)\s+killed|"
                            r"died|fell)\b"
                            r"(?:\s+(?:by|from|in\s+an?)\s+[\w-]+(?:\s+[\w-]+)?)?\s+"
                            r"(?:in|near|at|outside)\s+(?:the\s+)?(?:(?:north|south|east|west)"
                            r"(?:ern)?\s+)?$", re.I)


def _before_other_violence(unit: EventUnit, here: list[Mention], span: Span, cues: Cues
                           ) -> list[Mention]:
    """The clause's places of a violent ``unit`` less those after another kind of
    violence's word: "bombardment from the air, land and sea continued across the Gaza
    Strip, with ground fighting reported in Gaza City and the Beach camp": the places after
    it are that event's, when this one has a place of its own before it.

    (not "killed four people who had fled the shelling in Beit Hanoun": a place after a
    word of this event's kind again; nor "tanks shelled eastern Rafah, with troops raiding
    homes in Tal as-Sultan": a word folded into this event, no event of its own to take
    the place)"""
    after = [m.start for m in here if m.start > unit.anchor]
    if len(after) < 2 or not may_begin(cues, min(after) + 1, max(after) + 1):
        # (only another violent word can cut the list, and only one that begins after the
        # first place after the unit's own word and by the last: the words are looked for
        # in no other case)
        return here
    words = [t for t in find_triggers(cues.text, unit.anchor + 1, span.end, cues=cues)
             if t.start > unit.anchor and not folded_into(t, unit)]
    other = next((t.start for t in words if t.event_type != unit.event_type and
                  t.event_type in VIOLENT), None)
    if other is None or not any(unit.anchor < m.start < other for m in here):
        return here
    return [m for m in here if m.start < other or next(
        t for t in reversed(words) if t.start < m.start).event_type == unit.event_type]


# The dead told killed in a clause of their own, before those taken to a hospital: they
# died at the hospital hit before ("Israeli forces shelled the Indonesian Hospital. Two
# people were killed and their bodies were taken to Kamal Adwan Hospital", "... and the
# wounded were taken to al-Awda hospital"; not "Fifty bodies were brought to Nasser")
_KILLED_APART = re.compile(r"\b(?:were|was|had\s+been|have\s+been)\s+killed,?\s+(?:and|while)"
                           r"\s+(?:their|the|his|her)\s+(?:bodies|body|wounded|injured|dead)\b",
                           re.I)
_HOSPITAL_AFTER = re.compile(r"\s+(?:hospital|medical\s+complex|medical\s+cent(?:er|re))\b",
                             re.I)
_TOWNS = ("city", "town", "village", "camp")


# "a family of nine from Bani Suheila", "among them children from Jabalia": the victims'
# home, not where the toll fell
_THEIR_HOME = re.compile(r"(?i)\b(?:family|families|children|residents|people|man|men|woman|"
                         r"women|boy|girls?|boys|brothers|sisters|members|relatives)\s+"
                         r"(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?$")


# ("among them a family of nine from Bani Suheila": some of the dead; not "received the
# bodies of five people from the Maghazi camp after a strike on their home": all of them,
# from where the strike fell)
_SOME_OF_THEM = re.compile(r"(?i)\b(?:among\s+(?:them|whom|those)|including|of\s+whom|"
                           r"some\s+of\s+them)\b")


def _a_hospital(m: Mention, text: str) -> bool:
    """Whether ``m`` names a hospital ("Nasser Medical Complex", "Al-Amal hospital")."""
    return named_hospital(m) or _HOSPITAL_AFTER.match(text, m.end) is not None


def _taken_to_hospital(unit: EventUnit, gaza: list[Mention], cues: Cues) -> Mention | None:
    """The hospital a sentence that names no other place of the Strip says its dead or
    wounded were taken to ("The bodies of 50 people were brought to Nasser Medical
    Complex")."""
    own = [m for m in gaza if unit.sentence.start <= m.start < unit.sentence.end]
    hospitals = [m for m in own if _a_hospital(m, cues.text)]
    if not hospitals or \
            not_after(CARRIED_TO, own, unit.sentence, cues):
        return None
    return hospitals[0]


def _town_of_hospital(m: Mention, gaza: list[Mention], gaz: Gazetteer, text: str
                      ) -> Mention | None:
    """The town a hospital stands in: the one named after it ("Nasser Hospital in Khan
    Younis"), else the one the gazetteer puts it in."""
    town = next((g for g in gaza if g.start >= m.end and g.feature_class in _TOWNS and
                 IN_ADDRESS.fullmatch(text, m.end, g.start)), None)
    if town is not None:
        return town
    place = gaz.get(m.place_id)
    parent = gaz.get(place.parent) if place is not None and place.parent else None
    if parent is None or not parent.in_gaza or parent.feature_class not in _TOWNS:
        return None
    return place_mention(text, m.start, m.end, parent, m.confidence, None,
                         f"the town {m.surface!r} stands in", ())


# Names listed before the word for what they are: "Nasser, Al-Aqsa and Al-Ahli (hospitals)"
_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_NAMES = rf"{_NAME}(?:,\s+{_NAME})*(?:,?\s+and\s+{_NAME})?"
_ATTRIBUTION = re.compile(
    r"\b(?:[Aa]ccording to|officials? (?:from|at|of)|sources? (?:at|in)|spokes(?:person|man|woman) "
    r"(?:for|of|at))\b"
    # ("according to the Nasser, Al-Aqsa and Al-Ahli hospitals": a list of sources; not
    # "according to the ministry, Rafah, Khan Younis and Jabalia were hit": the places hit)
    # (and not "a spokesman for the civil defence in Gaza City said the strike in Jabalia
    # killed five": the source ends at its verb)
    # (its own verbs, not geoevents.speech.TOLD: "claimed" does not end a source here)
    r"(?:(?!\s(?:said|says|told|stated|reported|confirmed|added)\b)[^,.;:]|"
    r",\s+(?=" + _NAMES + r"\s+hospitals\b))*|"
    r"\bPer (?:the )?[A-Z][^,.;:]{0,60}(?=,)|"  # "Per Gaza's Civil Defense, 17 people were killed"
    # "Authorities in Hamas-run Gaza said": the speakers' Strip, not the clause they tell
    # ("Authorities in Gaza said a strike on a school in Nuseirat killed 16": Nuseirat hit)
    r"\b[Aa]uthorities (?:in|of) (?:Hamas-run |Hamas-controlled |the )?Gaza(?: Strip)?\b"
    r"(?! City)|"
    # "Gaza's civil defence said two people were killed and nine wounded by Israeli fire":
    # the rescuers of the whole Strip, telling of a shooting at the scene told before (not
    # "Gaza's Civil Defence said strikes killed 71": strikes of the Strip's day; nor "Gaza's
    # health ministry said": its tallies are the Strip's own)
    r"\bGaza(?: Strip)?['’]s (?:[Cc]ivil [Dd]efen[cs]e|[Cc]ivil [Ee]mergency [Ss]ervice|"
    r"[Rr]escue [Ss]ervices?|[Aa]mbulance [Ss]ervice)\b"
    r"(?![^.;]*\b(?:[Ss]trikes|[Bb]ombardments?|[Ss]helling|[Ss]trike\s+on)\b)"
    # (nor "Gaza's civil defence said 45 people had been killed by Israeli fire since dawn":
    # the Strip's toll of a span of time)
    r"(?![^.;]*\b(?:since|across|throughout|so\s+far|a\s+total|in\s+total|toll|overnight|"
    r"(?:in|over|during)\s+the\s+(?:past|last))\b)"
    r"(?=[^.;]*\b(?:(?:by|from)\s+(?:Israeli\s+)?(?:gun)?fire|shot|shooting|opened\s+fire)\b)")


# Who says so, at the end of the sentence: "killed two in Rafah, Gaza City residents said"
_SPEAKER_LAST = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,4}?(?:residents|officials|medics|sources|witnesses|doctors|"
    r"paramedics|authorities|spokes(?:man|woman|person)|ministry|police|journalists|"
    r"correspondents?|media)(?:\s+(?:at|in|from|of)\s+[^,.;]{1,50}?)?"
    r"\s+(?:" + SAID + r"|told\s+[\w-]+)\W*$")
# ... or at its start: "Residents in Khan Younis say a home near the Bani Suhaila roundabout was
# hit" (not "Residents of Beit Lahia said they were ordered to leave for Gaza City", "Residents
# in Rafah said they fled to al-Mawasi": what the speakers tell of themselves happened where
# they are)
_SPEAKER_FIRST = re.compile(
    r"\W*(?:[A-Z][\w'’-]*\s+){0,2}?(?:[Rr]esidents|[Ww]itnesses|[Mm]edics|[Dd]octors|"
    r"[Pp]aramedics|[Rr]escuers|[Oo]fficials|[Ss]ources|[Cc]orrespondents?)\s+(?:in|at|from|of)"
    r"\s+[^,.;]{1,50}?\s+(?:" + SAID + r"|told\s+[\w-]+)\b"
    r"(?![\s,:]+(?:that\s+)?[\"“]?(?i:they|we|their|our|them|us)\b)")
_HIT_BEFORE = re.compile(r"(?i)\b(?:killed|killing|kills|targeted|targeting|assassinated|"
                         r"assassinating|wounded|injured|arrested|detained|abducted)\s+"
                         r"(?:an?|the|one|two|three|several)\s+(?:[\w-]+\s+){0,2}$")


def attribution_spans(sentence: Span, cues: Cues) -> list[tuple[int, int]]:
    """Where a sentence names its source ("according to officials at Al-Aqsa Hospital"):
    places there say who reported, not where it happened."""
    text = cues.text
    # ("killed a senior official of Islamic Jihad in Gaza City": the official is who was
    # hit, and the place is where)
    return [m.span() for m in cues.finditer(_ATTRIBUTION, sentence.start, sentence.end)
            if not _HIT_BEFORE.search(text, max(sentence.start, m.start() - 40), m.start())]


def outside_attributions(mentions: list[Mention], sentences: list[Span],
                         cues: Cues) -> list[Mention]:
    """The mentions that do not merely name who reported ("according to ... Hospital")."""
    spans = [sp for s in sentences for sp in attribution_spans(s, cues)]
    if not spans:
        return mentions
    starts = [a for a, _ in spans]
    out = []
    for m in mentions:
        i = bisect_right(starts, m.start) - 1
        if i < 0 or m.start >= spans[i][1]:
            out.append(m)
    return out


def count_place(unit: EventUnit, located: list[tuple[Mention, int, float]],
                text: str = "") -> Mention | None:
    """Of several listed places, the one a count belongs to: the place the count says it
    was counted across, else the nearest to the count."""
    if not located:
        return None
    if len(located) == 1 or not unit.casualty_phrases:
        return located[0][0]
    across = next((m for m, _, _ in located if (m.kind == "region" or m.feature_class == "strip")
                   and toll_across(unit, text, m, [x for x, _, _ in located])), None)
    if across is not None:
        return across
    count = unit.casualty_phrases[0]
    own = _OWN_PLACE.match(text, count.end) if text else None
    if own is not None:
        # "killing 12 people in Rafah": the place the count names for itself
        named = next((m for m, _, _ in located if m.name and
                      text.startswith(m.surface, own.end())), None)
        # (not "killed 25 people in Jabalia, Beit Lahia and Beit Hanoun": the first of a
        # list the toll is told for together)
        after = own.end() + len(named.surface) if named is not None else 0
        if named is not None and not any(m.place_id != named.place_id and m.start >= after
                                         and LIST_GAP.fullmatch(text, after, m.start)
                                         for m, _, _ in located):
            return named
    places = sorted((m for m, _, _ in located), key=lambda m: m.start)
    if len({m.place_id for m in places}) > 1 and all(
            LIST_GAP.fullmatch(text, a.end, b.start) for a, b in zip(places, places[1:])):
        # "more than 50 were killed in attacks on al-Maghazi and Jabalia camps": a toll of
        # the places together, with no share given to either (but "across the Gaza Strip
        # and in Gaza City": the Strip holds the other)
        return next((m for m in places if m.feature_class == "strip"), None)
    at = count.start
    return min(places, key=lambda m: abs(m.start - at))


# A count's own place right after it: "killing 12 people in Rafah", "killed in Jabalia"
_OWN_PLACE = re.compile(r"\s+(?:(?:[\w-]+\s+){0,3}?(?:were\s+|was\s+)?(?:killed\s+)?)?"
                        r"(?:in|at)\s+(?:the\s+)?")


def toll_across(unit: EventUnit, text: str, m: Mention, places: Sequence[Mention] = ()) -> bool:
    """"killing 123 people across the Gaza Strip": whether the toll is told as ``m``'s
    (``places``: the others the sentence names; "killed 15 people in Rafah and Khan Younis
    as tanks advanced in several areas of the Gaza Strip" tells the toll's own places first,
    and the areas are the tanks')."""
    if text and m.feature_class == "strip" and unit.fatalities and \
            _ACROSS_WORD.search(text, unit.anchor, unit.anchor + 50):
        # "Israeli strikes across the Gaza Strip, including in Jabalia, killed 20": the
        # attack's own words spread it over the Strip, and the toll with it
        across = _ACROSS_IT.match(text, unit.anchor)
        if across is not None and across.start("name") <= m.start < across.end("name") and \
                _NAMING_PARTS.match(text, across.end()):
            return True
    return bool(text) and any(c.end <= m.start and (
        _ACROSS.fullmatch(text, c.end, m.start) or (
            _SPREAD_OVER.fullmatch(text, c.end, m.start) and
            not any(c.end <= p.start < m.start for p in places)))
        for c in unit.casualty_phrases)


# ("the refugee camp": a camp told again with the word reports join to its name, "bombed a
# school at the refugee camp" after "killed 195 in the Jabaliya refugee camp")
_ANAPHOR = re.compile(r"\b[Tt]he (?:refugee (?=camp\b))?(hospital|medical facility|"
                      r"camp|school|shelter|neighbou?rhood|crossing|city|town|area)\b")
# ... a hospital told again by its word ("the hospital"), which may only have taken the
# casualties in
_A_HOSPITAL_TOLD_AGAIN = ("hospital", "medical facility")
# "the hospital had received 176 wounded people" (not "the hospital was treating about 65
# patients" before the raid on it)
_TOOK_IN = re.compile(r"(?i)\s+(?:has\s+|have\s+|had\s+)?(?:received|admitted|took\s+in)\s+"
                      r"(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|the\s+)?"
                      r"(?:\d|(?:[\w-]+\s+)?(?:bodies|martyrs|dead|casualties|wounded|injured)\b)")
_ANAPHOR_CLASSES = {"hospital": ("hospital",), "medical facility": ("hospital",),
                    "camp": ("camp",), "school": ("school",),
                    "shelter": ("school", "shelter"), "neighbourhood": ("neighbourhood",),
                    "neighborhood": ("neighbourhood",), "crossing": ("crossing",),
                    "city": ("city", "town"), "town": ("town", "city"), "area": ("area",)}


# What the clause may call a place a speaker's title named: "the city", "the facility"
_TOLD_AGAIN = re.compile(r"\b[Tt]he (?P<noun>hospital|medical facility|medical complex|facility|"
                         r"complex|camp|school|shelter|neighbou?rhood|crossing|city|town|area)"
                         r"\b(?P<of>\s+(?:in|of|at|near)\s+(?:the\s+)?)?")
_AGAIN_CLASSES = {"facility": "hospital", "complex": "hospital",
                  "medical complex": "hospital"}


def _in_aside(m: Mention, asides: list[tuple[int, int]]) -> bool:
    """Whether ``m`` stands in one of a sentence's ``speaker_asides``."""
    return any(a <= m.start < b for a, b in asides)


def _told_again(m: Mention, unit: EventUnit, places: list[Mention], gaz: Gazetteer,
                cues: Cues) -> bool:
    """Whether the clause, after the speaker's title that named m, calls it again by what it
    is ("Ahmed Saleh, a paramedic from Khan Younis, said Israeli forces shot at his
    ambulance in the city": Khan Younis), and not some other one ("a doctor at Nasser
    Hospital, said Israeli forces stormed the hospital in Jabalia": not Nasser's)."""
    for got in _TOLD_AGAIN.finditer(cues.text, max(m.end, unit.clause.start), unit.clause.end):
        noun = got.group("noun").lower()
        if not _resolve_anaphor(_AGAIN_CLASSES.get(noun, noun), [m], gaz, cues.text):
            continue
        if got.group("of") is not None:
            # "the hospital in Jabalia": the one in a place that does not hold the title's
            other = next((x for x in places if x.start == got.end()), None)
            if other is None or not holds(gaz, other, m):
                continue
        return True
    return False


def _resolve_anaphor(noun: str, before: list[Mention], gaz: Gazetteer, text: str = "",
                     at: int | None = None) -> list[tuple[Mention, int, float]]:
    """"the hospital was hit": the last hospital the report named, not the last place.

    A place is one if its class says so or any of its names does ("Tall as-Sultan camp"
    is a name of Tel al-Sultan, a neighbourhood that reports also call a camp). One named
    in a list with another of its kind is not "the" one ("the third camp to be hit after
    Maghazi and Jabalia ... houses in the camp": the camp the story is about). Given
    ``at``, where "the camp" is told, a town named after the last camp in the same paragraph
    may tell the camp that bears its name instead.
    """
    wanted = _ANAPHOR_CLASSES[noun.lower()]
    by_class = noun.lower() in ("city", "town", "area")

    def is_one(m: Mention) -> bool:
        if m.kind == "region":
            return False  # "the city" is never "northern Gaza", whatever its names say
        place = gaz.get(m.place_id)
        names = " ".join(place.aliases) if place is not None and not by_class else ""
        label = f"{m.feature_class} {m.name} {m.surface} {names}".lower() if not by_class \
            else (m.feature_class or "")
        return any(w in label for w in wanted)

    def could_be_one(m: Mention) -> bool:
        # "after Maghazi and Jabalia": a bare name whose namesake is one ("Jabalia camp")
        return is_one(m) or any(c.place.feature_class in wanted for c in
                                gaz.candidates_for_key(name_key(m.surface)))

    if noun.lower() in ("city", "town"):
        # "tanks rolled into the Rafah border crossing ... ordered residents to evacuate the
        # eastern part of the city": a site named after its town tells the town
        before = [_town_of_site(m, gaz, wanted) or m for m in before]
    ones = [i for i, m in enumerate(before) if is_one(m)]
    if noun.lower() == "camp" and ones and ones[-1] < len(before) - 1 and at is not None:
        # "the 98th Division is still fighting in Jabalia ... sniper attacks on Israeli
        # troops around the camp": the town named last in the paragraph, whose camp bears its
        # name, not a camp told further back (not "a displacement camp in Tel al-Sultan,
        # Rafah ... set the camp on fire": the town that holds the camp told; nor "bodies
        # were brought to a hospital in Deir al-Balah", "after Maghazi and Jabalia")
        town = before[-1]
        camp = _camp_of_town(town, gaz)
        if camp is not None and "\n" not in text[town.end:at] and \
                _told_as_where(text, before[ones[-1]], town) and \
                not holds(gaz, town, before[ones[-1]]) and \
                not TAKEN_OR_FLED.search(text, max(0, town.start - 80), town.start) and \
                not _WHERE_THEY_WENT.search(text, max(0, town.start - 80), town.start) and \
                not (len(before) > 1 and could_be_one(before[-2]) and
                     LIST_GAP.fullmatch(text, before[-2].end, town.start)):
            return [(camp, 1, 0.85)]
    for k in reversed(ones):
        m = before[k]
        if text and k != ones[0] and _WHERE_THEY_WENT.search(text, max(0, m.start - 60),
                                                              m.start):
            # "Israeli forces stormed Kamal Adwan hospital ... some critically ill patients
            # were moved to the damaged Indonesian hospital. The hospital's director was
            # among those detained": where patients were taken is not the hospital told of
            continue
        listed = text and any(
            before[j].place_id != m.place_id and could_be_one(before[j]) and
            LIST_GAP.fullmatch(text, *sorted((before[j].end, m.start) if j < k
                                                 else (m.end, before[j].start)))
            for j in (k - 1, k + 1) if 0 <= j < len(before))
        if not listed:
            return [(m, _precision_plain(m), 0.9)]  # named in the sentence, if by description
    return []


# where patients or the wounded were taken: "were moved to the damaged Indonesian hospital"
# (and "Patients ... were forced to evacuate to the Indonesian Hospital")
_WHERE_THEY_WENT = re.compile(r"(?i)\b(?:moved?|evacuat(?:e|ed|ing)|transferred|taken|brought|"
                              r"rushed|transported|referred|relocat(?:e|ed|ing)|admitted)\s+"
                              r"(?:\w+\s+){0,2}?"
                              r"(?:to|into)\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# A site's noun after the name of the town it is named after ("the Rafah border crossing")
_SITE_AFTER_TOWN = re.compile(r"\s+(?:(?:border|refugee|land)\s+)?(?:crossing|camp|port)\Z",
                              re.I)


def _town_of_site(m: Mention, gaz: Gazetteer, wanted: tuple[str, ...]) -> Mention | None:
    """The town a crossing or camp is named after, in its governorate, as a mention of the
    town's name ("Rafah" of "the Rafah border crossing")."""
    if m.feature_class not in ("crossing", "camp"):
        return None
    noun = _SITE_AFTER_TOWN.search(m.surface)
    if noun is None:
        return None
    name = m.surface[:noun.start()]
    town = next((c.place for c in gaz.candidates_for_key(name_key(name))
                 if c.place.feature_class in wanted and c.place.in_gaza and
                 c.place.governorate == m.governorate), None)
    if town is None:
        return None
    told = place_mention(m.surface, 0, len(name), town, m.confidence, None,
                         f"the town {m.surface!r} is named after", ())
    return replace(told, start=m.start, end=m.start + len(name))


def _told_as_where(text: str, camp: Mention, town: Mention) -> bool:
    """Whether ``town``, named after ``camp``, is told as where the story goes on: in a later
    sentence, at its head or after "in", "into" or "around" ("still fighting in Jabalia"), and
    neither where a speaker is nor a place an attack is likened to (not "raided Jabalia camp,
    and a strike killed three in Khan Younis", "Hospital officials in Deir al-Balah said",
    "ordered residents of eastern Khan Younis to leave", "could not reach Jabalia", "the
    deadliest since an attack in Rafah in May": the camp told before is still "the camp")."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, camp.end, town.start)]
    if not ends:
        return False
    head = text[ends[-1]:town.start]
    return (_AT_HEAD.fullmatch(head) is not None or _WHERE_IT_GOES_ON.search(head) is not None) \
        and not _LIKENED.search(head) and not _SPEAKER_THERE.match(text, town.end)


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?:\s+|$)")
_AT_HEAD = re.compile(r"\W*(?:the\s+)?", re.I)
_WHERE_IT_GOES_ON = re.compile(r"\b(?:in|into|inside|around|across|through(?:out)?)\s+"
                               r"(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$",
                               re.I)
# "the deadliest since an attack in Rafah", "more than in Khan Younis", "as in Rafah"
_LIKENED = re.compile(r"\b(?:since|than|like|as\s+in|similar\s+to)\b", re.I)
# "Hospital officials in Deir al-Balah said", "the civil defence in Khan Younis told AFP"
_SPEAKER_THERE = re.compile(rf"[^.;,!?]{{0,30}}?\b(?:{SAID}|told|reports)\b")


def _camp_of_town(m: Mention, gaz: Gazetteer) -> Mention | None:
    """The camp named after a town, as told by a mention of the town ("Jabalia" of
    Jabalia Camp), in its governorate."""
    if m.feature_class not in ("city", "town") or m.kind == "region":
        return None
    camp = next((c.place for c in gaz.candidates_for_key(name_key(f"{m.name} Camp"))
                 if c.place.feature_class == "camp" and c.place.in_gaza and
                 c.place.governorate == m.governorate), None)
    if camp is None:
        return None
    return replace(place_mention(m.surface, 0, len(m.surface), camp, m.confidence, None,
                                 f"the camp named after {m.surface!r}", ()),
                   start=m.start, end=m.end)


def _precision_plain(m: Mention) -> int:
    return 3 if m.kind == "region" else 2 if m.qualifier else 1


_ALL_TOLD = re.compile(r"\W*(?:Altogether|In all|All told)\b", re.I)
# ... of the day's attacks (not "In all, 14 people were killed" of the strike told before)
_DAYS_ATTACKS = re.compile(rf"\b(?:(?:today|yesterday|tonight|the day|{WEEKDAY_PATTERN})['’]s\s+"
                           r"(?:[\w-]+\s+)?(?:attacks|strikes|"
                           r"air ?strikes|bombardment|bombing|shelling)|in the (?:past|last) 24 "
                           r"hours)\b", re.I)

# Who tallies the whole Strip's dead: "the health ministry", "health authorities in Gaza",
# "the Civil Defence", "the government media office"
_STRIPS_TALLIER = re.compile(r"\b(?:ministry|health\s+(?:authorit(?:y|ies)|officials)|"
                             r"civil\s+defen[cs]e|media\s+office|authorities\s+in\s+Gaza)\b",
                             re.I)
# "It said", "It added", "They also reported": the office the sentence before named speaks
_IT_SAID = re.compile(r"\W*(?:It|They)\s+(?:also\s+)?(?:said|says|added|adds|reported|reports)\b")


def _tallier_told(text: str, start: int, end: int) -> bool:
    """Whether an office that tallies the Strip's dead tells the sentence ``text[start:end]``:
    named in it, or in the sentence just before when it opens "It said" ("The Ministry of
    Health said the death toll has risen to 35,173. It said 82 martyrs and 234 injured
    arrived at hospitals in the past 24 hours")."""
    if _STRIPS_TALLIER.search(text, start, end):
        return True
    if _IT_SAID.match(text, start) is None:
        return False
    before = _previous_sentence_start(text, start)
    return _TALLIER_SPEAKS.search(text, before, start) is not None


# ... the office as the one who speaks ("The Ministry of Health said", "..., the ministry
# said", "According to Gaza's civil defence"), whom "It said" goes on with; not a ministry
# of Israel's ("Israel's foreign ministry said the operation would continue"), nor one told
# of by another speaker ("The Kuwaiti hospital, citing the ministry, said its wards were
# full", "Medics said they relied on ministry supplies")
_TALLIER_SPEAKS = re.compile(
    r"(?<!\bIsrael's\s)(?<!\bIsraeli\s)(?<!\bforeign\s)(?<!\bdefen[cs]e\s)"
    r"(?<!\bciting\s)(?<!\bciting\sthe\s)"
    r"\b(?:(?:ministry|health\s+ministry)(?:\s+of\s+health)?|health\s+(?:authorit(?:y|ies)|"
    r"officials)|civil\s+defen[cs]e|media\s+office|authorities\s+in\s+Gaza)"
    r"(?:\s+in\s+Gaza)?(?:\s*,[^,.]{1,60},)?\s+(?:(?:also|later|earlier)\s+)?"
    r"(?:said|says|reported|reports|added|adds|announced|stated)\b|"
    r"\bAccording\s+to\s+(?:the\s+)?(?:Gaza(?:'s|’s)?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:ministry|health\s+(?:authorit(?:y|ies)|officials)|civil\s+defen[cs]e|media\s+office)\b",
    re.I)


# "and the demolition of high-rise buildings": the deed named as a noun beside the attack's
# (not "and bulldozers demolished several houses": a clause of its own, at the place its
# sentence tells)
_THE_DEMOLITION_OF = re.compile(r"\band\s+the\s+(?:[\w-]+\s+)?(?P<word>demolition|destruction)s?"
                                r"\s+of\b", re.I)
# "strikes on Zeitoun, Sabra and Tel al-Hawa": the strikes named as a noun too, on the places
# they hit (not "Israeli tanks advanced into Beit Lahia and Beit Hanoun on Monday, and the
# demolition of dozens of houses followed": the troops that went in razed the houses there)
_STRIKES_ON = re.compile(r"\b(?:(?:air\s*)?strikes|bombardments?|bombings?|shelling|raids|"
                         r"attacks)\s+(?:on|in|across|against|targeting)\s", re.I)


def _hits_unnamed_areas(unit: EventUnit, cues: Cues) -> bool:
    """Whether the unit's own words send the attack to areas they leave unnamed ("Overnight
    strikes hit several areas"): after its word, with no other attack's word between (not
    "Fighting continued on Tuesday as warplanes struck several areas": the fighting is not
    the strikes, and stays where it was told)."""
    areas = _UNNAMED_AREAS.search(cues.text, unit.anchor, unit.sentence.end)
    return areas is not None and not any(
        t.start > unit.anchor and t.event_type in VIOLENT and
        t.sub_event_type != unit.sub_event_type
        for t in find_triggers(cues.text, unit.anchor + 1, areas.start(), cues=cues))


_UNNAMED_AREAS = re.compile(r"\s(?:hit|hitting|struck|striking|targeted|targeting|pounded|"
                            r"pounding|on|in)\s+(?:several|various|multiple|many|different|"
                            r"numerous)\s+(?:areas|places|locations|sites|parts|neighbou?rhoods)"
                            r"\b(?!\s+(?:of|in|across|around|east|west|north|south)\b)"
                            # (nor "Strikes also hit several areas nearby", "... there", "...
                            # to the east": around the place told before)
                            r"(?!\s+(?:near(?:by)?|close\s+(?:by|to)|there|to\s+the\s+(?:north|"
                            r"south|east|west)|inside|within|along|surrounding)\b)", re.I)
_STRIP_WIDE = re.compile(r"\b(?:across|throughout|all over|anywhere in|everywhere in) "
                         r"(?P<name>the (?:Gaza )?Strip)\b", re.I)


# "aid to the residents of the Gaza Strip", "food for the displaced people of Rafah": whose
# people the aid is for, not where it came in
_ITS_PEOPLE = re.compile(r"(?i)\b(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:residents|people|"
                         r"population|civilians|inhabitants)\s+of\s+(?:the\s+)?$")
# "aid trucks started to enter the Gaza Strip on Sunday through the Kerem Shalom gate":
# where the aid went, not the crossing
_ENTERING = re.compile(r"(?i)\benter(?:s|ed|ing)?\s+(?:the\s+)?$")
# "strikes on the war-torn territory", "battled Hamas forces in the territory": the Strip
_THE_TERRITORY = re.compile(r"\s(?:on|across|in|into|throughout)\s+"
                            r"(?P<name>the\s+(?:(?:war-torn|besieged|coastal|battered|"
                            r"devastated|blockaded|embattled|war-ravaged|Palestinian)\s+)*"
                            r"(?:territory|enclave))\b", re.I)


_ACROSS_WORD = re.compile(r"\b(?:across|throughout|all over)\b")
# "killed at least 81 people across the Strip": a toll told across it
_KILLED_ACROSS = re.compile(r"(?:\s+(?:people|palestinians|civilians|persons))?\s+(?:across|"
                            r"throughout|all\s+over)\s+(?P<name>the\s+(?:Gaza\s+)?Strip)\b"
                            r"(?!['’]s\b)", re.I)
# an attack word, then its verb, then "across the enclave": "airstrikes hit across the Strip"
_ACROSS_IT = re.compile(r"[\w-]+(?:\s+(?:have|has|had|were|was|continued\s+to|continue\s+to))?"
                        r"(?:\s+[\w-]+)?\s+(?:across|throughout|all\s+over)\s+"
                        r"(?P<name>the\s+(?:(?:war-torn|besieged|coastal|battered|devastated|"
                        r"blockaded|embattled|war-ravaged|Palestinian)\s+)*(?:territory|enclave|"
                        r"(?:Gaza\s+)?Strip))\b(?!['’]s\b)", re.I)  # (not "the Strip's south")


# "across the Strip — including in the north around Gaza City, ...": the places it names
# (after its day, too: "across the Strip on Tuesday — in Khan Younis, Deir al-Balah and
# Gaza City", "..., with the heaviest strikes in Khan Younis")
_NAMING_PARTS = re.compile(r"\s*(?:(?:late\s+|early\s+)?on\s+\w+day\b)?\s*[,—–-]*\s*"
                           r"(?:(?:including|particularly|especially|notably|mainly|mostly|"
                           r"primarily|in particular|with\s+(?:the\s+)?(?:heaviest|fiercest|"
                           r"most|deadliest))\b|in\s+(?:the\s+)?(?:(?-i:[A-Z])|"
                           r"(?:north|south|east|west|cent)\w*\b))", re.I)


# "in the north of the Palestinian territory", "from the territory's north", "people in
# the northern half of the enclave": a region of the Strip named by the Strip's epithet
_PART_OF_TERRITORY = re.compile(
    r"(?i)\b(?:the\s+(?:(?P<a>north|south|centre|center)|(?P<c>northern|southern|central)\s+"
    r"(?:half|part|third|areas?))\s+of\s+the\s+(?:(?:Palestinian|coastal|"
    r"besieged|war-torn)\s+)?(?:territory|enclave)|the\s+(?:territory|enclave)['’]s\s+"
    r"(?P<b>north|south|centre|center))\b")


def _part_of_territory(cues: Cues, span: Span, gaz: Gazetteer) -> Mention | None:
    hit = cues.search(_PART_OF_TERRITORY, span.start, span.end)
    if hit is None:
        return None
    region = region_of_direction(gaz, hit.group("a") or hit.group("b") or hit.group("c"))
    if region is None:
        return None
    return place_mention(cues.text, hit.start(), hit.end(), region, 0.85, None,
                         f"'{hit.group(0)}': a region of the Strip", ())


# "Three more soldiers were killed in separate fighting in the south": a side of the Strip
# told alone, in a report about the Strip (not "in the south of Lebanon", "in the
# south's hospitals", "in the southern city": a place of its own)
_SIDE_ALONE = re.compile(r"(?i)\bin\s+the\s+(?P<a>north|south)\b(?!\s+of\b)(?![-'’\w])")


# "tanks near al-Mawasi", "troops stationed around the hospital": a force told only as being
# there, with no deed of its own
_ONLY_SEEN_THERE = re.compile(r"(?i)\b(?:tanks?|troops|forces|soldiers|bulldozers|snipers|"
                              r"(?:armou?red\s+|military\s+)?vehicles)\s+(?:(?:were|was|had\s+been|"
                              r"stationed|deployed|positioned|massed|massing|gathered|seen|"
                              r"spotted)\s+){0,2}(?:near|around|outside|close\s+to|at|on\s+the"
                              r"\s+outskirts\s+of)\s+(?:the\s+)?$")
# ... and the attack beside it: "and heavy shelling" right after the place
_AND_THEN_IT = re.compile(r"(?i)\s*,?\s*and\s+(?:(?:[\w-]+|\w+\s+of)\s+){0,2}")


def _side_told_alone(cues: Cues, unit: EventUnit, span: Span, gaz: Gazetteer
                     ) -> Mention | None:
    """The region of a violent clause that places its deed only "in the south"."""
    hit = cues.search(_SIDE_ALONE, max(span.start, unit.clause.start),
                      min(span.end, unit.clause.end))
    if hit is None or _WHO_THERE.search(cues.text, max(0, hit.start() - 30), hit.start()) or \
            _OTHER_TIMES.search(cues.text, max(span.start, hit.start() - 40), hit.start()) or \
            _OTHER_FRONT.search(cues.text, unit.sentence.start, unit.sentence.end):
        return None
    region = region_of_direction(gaz, hit.group("a"))
    if region is None:
        return None
    return place_mention(cues.text, hit.start("a"), hit.end("a"), region, 0.85, None,
                         f"'{hit.group(0)}': a side of the Strip told alone", ())


# (not "preparations for ground incursions akin to previous operations in the north": deeds
# of other times the clause likens it to)
_OTHER_TIMES = re.compile(r"(?i)\b(?:akin\s+to|like|similar\s+to|as\s+in|than|previous|"
                          r"earlier|past|former)\b")
# (not "a Hezbollah drone attack killed two soldiers in the north": the north of Israel, on
# another front the sentence tells of)
_OTHER_FRONT = re.compile(r"\b(?:Hezbollah|Leban\w*|Houthis?|Yemen\w*|Syria\w*|Iran\w*)\b")
# (not "Residents in the south said the strikes were the heaviest in weeks": who speaks or
# is spoken of there, not where the deed was)
_WHO_THERE = re.compile(r"(?i)\b(?:residents|people|families|civilians|palestinians|medics|"
                        r"doctors|officials|sources|witnesses|hospitals|those|others|"
                        r"displaced|journalists|correspondents?)\s+$")


def _strip_mention(text: str, hit: re.Match, gaz: Gazetteer) -> Mention | None:
    strip = gaz.strip
    if strip is None:
        return None
    start, end = hit.span("name")
    return place_mention(text, start, end, strip, 0.9, None,
                         "'the Strip' after a word for the whole of it", ())


# The patterns this module looks for through a report's cues (geoevents.anchored).
PATTERNS = (_ANAPHOR, _ATTRIBUTION, _STRIP_WIDE, _SENT_THERE, _PART_OF_TERRITORY, _THESE_PLACES,
            _SIDE_ALONE,
            # (the roles not_after tests every place of a unit's clause for)
            CARRIED_TO, HOME_TO, SITUATION_IN, AIMED_AT, SUPPLIES_TO, MOVED_TO, FLED_FROM)


_ACROSS = re.compile(r"\s+(?:across|throughout|all over)\s+(?:the\s+)?", re.I)
# "killed and hundreds more are injured by Israeli airstrikes on different parts of the
# Gaza Strip": a toll spread over the parts of a place is that place's
_SPREAD_OVER = re.compile(r"[^.;:,]{0,80}?\b(?:on|in|across|throughout)\s+(?:different|various|"
                       r"several|many|multiple)\s+(?:parts|areas|regions)\s+of\s+(?:the\s+)?",
                       re.I)
_MAINLY = re.compile(r",?\s+(?:primarily|mostly|mainly|largely|especially|particularly|"
                     r"notably)\s+in\b", re.I)


# a toll, then "across the Strip", its time, and a part of it at a place: "killed across the
# Strip since dawn, 52 of them in", "killed in strikes across the Gaza Strip on Tuesday, most
# of them in"
_TOLL_ACROSS = re.compile(
    r"(?:\s+(?:in|by)\s+(?:[\w-]+\s+){0,2}?(?:air\s*strikes|strikes|attacks|raids|shelling|"
    r"bombardment|bombing))?\s+(?:across|throughout|all\s+over)\s+"
    r"(?P<name>the\s+(?:Gaza\s+)?Strip|the\s+(?:(?:war-torn|besieged|coastal)\s+)?"
    r"(?:territory|enclave))\b(?!['’]s\b)"
    r"(?P<time>\s+(?:(?:early\s+|late\s+)?on|since|over|during|in\s+the\s+(?:past|last))\s+"
    r"[^,.;:]{1,40}?|\s+(?:overnight|today|yesterday))?"
    r"(?:,?\s+(?:primarily|mostly|mainly|largely)|,\s+(?:most|the\s+majority|the\s+bulk)"
    r"(?:\s+of\s+them)?|,\s+(?:at\s+least\s+)?(?:\d[\d,]*|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)(?:-[a-z]+)?)\s+of\s+them)"
    r"\s+(?:in|at)\s+", re.I)


# a toll that names no place of its own, then where the most of it fell: "at least 91
# people were killed on Tuesday, most of them in Gaza City": the toll is the Strip's, not
# that place's
_TOLL_MOSTLY = re.compile(
    # (the ministry's wording: "23 martyrs and 78 injuries arrived at the hospitals, most of
    # them from air strikes on Beit Hanoun")
    # ("(23) martyrs and (78) injuries": the figures set apart in brackets)
    r"(?:\s+and\s+(?:\d[\d,]*|\(\d[\d,]*\)|[a-z]+)\s+(?:injuries|injured|wounded)"
    r"(?:\s+people)?)?"
    r"(?:\s+(?:have\s+|had\s+)?(?:arrived\s+(?:at|in)|reached|(?:were\s+|been\s+)?"
    r"(?:brought|taken|admitted)\s+to)\s+(?:the\s+)?hospitals\b)?"
    r"(?:\s+(?:in|across|of)\s+(?:the\s+)?Gaza(?:\s+Strip)?\b)?(?P<time>\s+(?:(?:early\s+|late\s+)?"
    r"on|since|over|during|in\s+the\s+(?:past|last))\s+[^,.;:]{1,40}?|"
    r"\s+(?:overnight|today|yesterday))?"
    r"(?P<name>,?\s+(?:primarily|mostly|mainly|largely)|,\s+(?:most|the\s+majority|the\s+bulk)"
    r"(?:\s+of\s+them)?)\s+(?:in|at|from)\s+", re.I)


# a word that opens an aside of its own about a place the list names: "including in
# Jabalia, where 15 people were killed", "including one that killed 15 people in Jabalia"
_ASIDE_OPENS = re.compile(r"\b(?:where|that|which|when|who)\b", re.I)


def _toll_told_apart(unit: EventUnit, gaza: list[Mention], text: str, across: re.Match
                     ) -> bool:
    """The toll is not the one of the attack told across the Strip: told for a place of
    its own before it ("Five people were killed in Rafah on Monday as Israeli strikes
    continued across the Strip, including in Jabalia"), or inside the aside that names a
    part ("strikes across the Strip, including in Jabalia, where 15 people were killed in
    a strike on a school, continued")."""
    for c in unit.casualty_phrases:
        if c.kind != "killed" or c.count != unit.fatalities:
            continue
        if c.end <= across.start() and any(c.end <= m.start < across.start() for m in gaza):
            return True
        if c.start >= across.end() and _ASIDE_OPENS.search(text, across.end(), c.start):
            return True
    return False


# the parts of a toll, each at its place: "52 of them in Gaza City and 10 in Khan Younis"
_PART_AT = re.compile(r"\b(\d[\d,]*|[a-z]+(?:-[a-z]+)?)(?:\s+of\s+them)?\s+(?:in|at)\s", re.I)


# what may stand between "most of them in" and the place: "most of them in the southern city
# of Rafah", "mostly in the Jabalia refugee camp"
# ... or the strikes that hit it: "most of them from air strikes on Beit Hanoun", "most of
# them in Israeli strikes on Rafah"
_STRIKES_THAT_HIT = re.compile(r"(?i)(?:israeli\s+)?(?:air\s*strikes?|strikes?|attacks?|raids?|"
                               r"shelling|bombardment|bombing)\s+(?:on|in|of|targeting)\s+")
_TO_THE_PLACE = re.compile(r"(?i)(?:" + _STRIKES_THAT_HIT.pattern[4:] + r")?"
                           r"(?:the\s+)?(?:(?:southern|northern|eastern|western|central)\s+)?"
                           r"(?:(?:city|town|village|camp|refugee\s+camp|area|district|"
                           r"neighbou?rhood)\s+of\s+)?")


def _holds_another(gaz: Gazetteer, m: Mention, places: list[Mention], text: str) -> bool:
    """Whether ``m`` holds another of ``places`` or says where one lies ("al-Tuffah
    neighbourhood in Gaza City", "the Abasan and Khuza'a areas east of Khan Younis": the
    town the sites are told in)."""
    if any(p.end <= m.start for p in places) and \
            _BEARING_BEFORE.search(text, max(0, m.start - 30), m.start):
        return True
    held = gaz.get(m.place_id)
    return held is not None and any(
        p.place_id != m.place_id and (inner := gaz.get(p.place_id)) is not None and
        gaz.within(inner, held) for p in places)


_BEARING_BEFORE = re.compile(r"(?i)\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+"
                             r"(?:the\s+)?$")


def _mostly_at(hit: re.Match, gaza: list[Mention], text: str) -> Mention | None:
    """The place "most of them in" goes on to, if a place follows it right away (not "most
    of them in their sleep", "most of them at the entrance to the building")."""
    return next((m for m in gaza if hit.end() <= m.start < hit.end() + 40 and
                 _TO_THE_PLACE.fullmatch(text, hit.end(), m.start)), None)


def _held_by_the_place_told_before(unit: EventUnit, last_place: tuple[Mention, int] | None,
                                   gaz: Gazetteer, text: str, at: Mention) -> bool:
    """Whether the place "most of them in" names is, or lies in, the place the sentence
    before told last ("Israeli strikes pounded Gaza City overnight. At least 30 people were
    killed, most of them in Shujaiya": the toll of the strikes on the city)."""
    if last_place is None or last_place[0].kind == "region" or \
            last_place[0].feature_class == "strip":
        return False
    if not _previous_sentence_start(text, unit.sentence.start) <= last_place[0].start < \
            unit.sentence.start:
        return False
    held, holder = gaz.get(at.place_id), gaz.get(last_place[0].place_id)
    return held is not None and holder is not None and \
        (held.id == holder.id or gaz.within(held, holder))


def _toll_of_the_strip(unit: EventUnit, gaza: list[Mention], text: str, gaz: Gazetteer,
                       last_place: tuple[Mention, int] | None) -> re.Match | None:
    """The words "across the Strip" right after a toll that goes on to tell where a part
    or the most of it fell ("killed across the Strip since dawn, 52 of them in Gaza City"):
    the toll is the Strip's (not "killed 12 in Rafah and 40 across the Strip, most of
    them in Gaza City": a place told for the toll first; nor a count of the wounded)."""
    for c in unit.casualty_phrases:
        if c.kind != "killed" or c.count != unit.fatalities:
            continue
        hit = _TOLL_ACROSS.match(text, c.end)
        if hit is None:
            hit = _TOLL_MOSTLY.match(text, c.end)
            if hit is not None and any(unit.sentence.start <= m.start < c.end and
                                       m.feature_class != "strip" for m in gaza):
                # (not "strikes on Rafah killed 40 people, most of them in Tel al-Sultan":
                # the toll told for a place first)
                continue
            at = _mostly_at(hit, gaza, text) if hit is not None else None
            if hit is not None and (at is None or _held_by_the_place_told_before(
                    unit, last_place, gaz, text, at)):
                # (nor "The strike killed 12 people, most of them in their sleep": no place
                # the most fell at; nor a toll of the place the sentence before told)
                continue
        if hit is None or any(c.end <= m.start < hit.end() and m.feature_class != "strip"
                              for m in gaza):
            continue
        told = sum(parse_number(p.group(1)) or 0
                   for p in _PART_AT.finditer(text, hit.end("name"), unit.sentence.end))
        if told >= c.count:
            # "62 killed across the Strip since dawn, 52 of them in Gaza City and 10 in Khan
            # Younis": the parts hold the whole toll, and no rest is left to the Strip
            continue
        return hit
    return None


def _precision(m: Mention, sentence: Span) -> int:
    if m.kind == "region":
        return 3
    before = sentence.text[max(0, m.start - sentence.start - 80):m.start - sentence.start]
    if m.qualifier or _NEAR.search(before[-25:]) or _NEAR_LIST.search(before):
        return 2
    return 1


def dominant_place(gaza: list[Mention]) -> Mention | None:
    """The report's main in-Gaza place: the most named one, preferring specific places;
    the Strip when no specific place is named in most of the report (a digest of many)."""
    if not gaza:
        return None
    counts = Counter(m.place_id for m in gaza)
    best = min(gaza, key=lambda m: (SPECIFICITY.get(m.feature_class or "", 3) >= 5,
                                    -counts[m.place_id], m.start))
    specific = sum(n for pid, n in counts.items()
                   if not pid.startswith(("strip:", "region:", "governorate:")))
    if best.kind != "region" and counts[best.place_id] * 2 <= specific:
        # several places, none named in most of the report: only the Strip is sure
        strip = next((m for m in gaza if m.feature_class == "strip"), None)
        return strip or best
    return best


def _next_to(m: Mention, mentions: list[Mention], side: int) -> Mention | None:
    """The mention just before ``m`` (side -1) or just after it (side 1), in ``mentions``
    sorted by start."""
    if side < 0:
        i = bisect_left(mentions, m.start, key=_start_of)
        return mentions[i - 1] if i > 0 and mentions[i - 1].end <= m.start else None
    i = bisect_left(mentions, m.end, key=_start_of)
    return mentions[i] if i < len(mentions) else None


def _start_of(m: Mention) -> int:
    return m.start
