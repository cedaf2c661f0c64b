"""Places told again by a word for what they are: "the hospital", "the camp", "the city".

"the hospital was hit" is the last hospital the report named, not the last place, and "the
eastern Gaza City neighbourhood" the one of that city the report has just named; but a
site told before by its word is not the attack's place when the attack's own words put it
abroad ("carried out air strikes in southern Lebanon").
"""

from __future__ import annotations

import re
from dataclasses import replace

from geoevents.anchored import Cues
from geoevents.clause_places import LIST_GAP, holds
from geoevents.gazetteer import Gazetteer
from geoevents.model import Mention
from geoevents.normalize import name_key
from geoevents.place_roles import TAKEN_OR_FLED
from geoevents.speech import SAID
from geoevents.units import EventUnit
from geoevents.unlisted_names import place_mention


def described(m: Mention, precision: int, factor: float, before: list[Mention],
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
        if not named and kinds == ("hospital",) and \
                (town := _the_town_of_an_unnamed_hospital(m, before, gaz, text)) is not None:
            return town, 2, factor * 0.9
    else:
        return m, precision, factor
    if not named:
        return m, precision, factor
    return named[-1], 1, factor * 0.9


def _the_town_of_an_unnamed_hospital(m: Mention, before: list[Mention], gaz: Gazetteer,
                                     text: str) -> Mention | None:
    """The one town in the region ``m`` the report has just named, where the region only
    describes a hospital it does not name: "DEIR AL-BALAH, Gaza Strip (AP) — ... was killed
    in a new strike on the courtyard of the central Gaza hospital" is a hospital of Deir
    al-Balah (not where two towns of the region were named: which one the words do not
    say)."""
    towns = {x.place_id: x for x in before
             if x.end <= m.start and m.start - x.end < 400 and
             x.feature_class in ("city", "town") and holds(gaz, m, x) and
             not _ANOTHER_EVENT.search(text, x.end, m.start)}
    return next(iter(towns.values())) if len(towns) == 1 else None


# (not "the Gaza City neighbourhood of Daraj", "... known as X": that names its own)
_NEIGHBOURHOOD_AFTER = re.compile(r"['’]?s?\s+(?:neighbou?rhood|district|quarter)\b"
                                  r"(?!\s+(?:of|known\s+as|called)\s+(?:[Aa]l-|[Ee]l-|[A-Z])|\s*,\s*[A-Z])")
# "the southern Gaza Strip city", "the central Gaza hospital" (not "the southern Gaza city of
# Rafah": that names its own)
_SITE_AFTER = re.compile(r"\s+(city|town|camp|hospital)\b(?!\s+(?:of|known\s+as|called)\b|"
                         r"\s*,?\s*(?:[Aa]l-|[Ee]l-|[A-Z]))")
_SITE_KINDS = {"city": ("city", "town"), "town": ("town", "city"), "camp": ("camp",),
               "hospital": ("hospital",)}
# (only the phrases that turn to another event: unlike place_told_next's _ANOTHER, no "also" or
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


# "carried out air strikes in southern Lebanon", "struck a base near the city of Safed": the
# attack's own words put it in a country or a city that is not the Strip's, whatever site a
# word such as "the hospital" or "the city" points back to (not "strikes near the hospital
# killed three, Lebanese media said"; nor "rockets fired from the hospital toward Israel":
# where the fire went; nor "the city of Khan Younis": a city of the Strip)
_IN_ABROAD = re.compile(r"\s+(?:in|inside|near|across)\s+(?:the\s+)?(?:(?:far\s+)?(?:southern|"
                        r"northern|eastern|western|south|north|east|west)\s+)?$", re.I)
_A_CITY_NAMED = re.compile(r"\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+)")


def told_abroad(unit: EventUnit, anaphor: re.Match, s_gaza: list[Mention],
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


# ("the refugee camp": a camp told again with the word reports join to its name, "bombed a
# school at the refugee camp" after "killed 195 in the Jabaliya refugee camp")
ANAPHOR = re.compile(r"\b[Tt]he (?:refugee (?=camp\b))?(hospital|medical facility|"
                     r"camp|school|shelter|neighbou?rhood|crossing|city|town|area)\b")
# ... a hospital told again by its word ("the hospital"), which may only have taken the
# casualties in
A_HOSPITAL_TOLD_AGAIN = ("hospital", "medical facility")
# "the hospital had received 176 wounded people" (not "the hospital was treating about 65
# patients" before the raid on it)
TOOK_IN = re.compile(r"(?i)\s+(?:has\s+|have\s+|had\s+)?(?:received|admitted|took\s+in)\s+"
                     r"(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|the\s+)?"
                     r"(?:\d|(?:[\w-]+\s+)?(?:bodies|martyrs|dead|casualties|wounded|injured)\b)")
ANAPHOR_CLASSES = {"hospital": ("hospital",), "medical facility": ("hospital",),
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


def told_again(m: Mention, unit: EventUnit, places: list[Mention], gaz: Gazetteer,
               cues: Cues) -> bool:
    """Whether the clause, after the speaker's title that named m, calls it again by what it
    is ("Ahmed Saleh, a paramedic from Khan Younis, said Israeli forces shot at his
    ambulance in the city": Khan Younis), and not some other one ("a doctor at Nasser
    Hospital, said Israeli forces stormed the hospital in Jabalia": not Nasser's)."""
    for got in _TOLD_AGAIN.finditer(cues.text, max(m.end, unit.clause.start), unit.clause.end):
        noun = got.group("noun").lower()
        if not resolve_anaphor(_AGAIN_CLASSES.get(noun, noun), [m], gaz, cues.text):
            continue
        if got.group("of") is not None:
            # "the hospital in Jabalia": the one in a place that does not hold the title's
            other = next((x for x in places if x.start == got.end()), None)
            if other is None or not holds(gaz, other, m):
                continue
        return True
    return False


def resolve_anaphor(noun: str, before: list[Mention], gaz: Gazetteer, text: str = "",
                    at: int | None = None) -> list[tuple[Mention, int, float]]:
    """"the hospital was hit": the last hospital the report named, not the last place.

    A place is one if its class says so or any of its names does ("Tall as-Sultan camp"
    is a name of Tel al-Sultan, a neighbourhood that reports also call a camp). One named
    in a list with another of its kind is not "the" one ("the third camp to be hit after
    Maghazi and Jabalia ... houses in the camp": the camp the story is about). Given
    ``at``, where "the camp" is told, a town named after the last camp in the same paragraph
    may tell the camp that bears its name instead.
    """
    wanted = ANAPHOR_CLASSES[noun.lower()]
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
            return [(m, precision_plain(m), 0.9)]  # named in the sentence, if by description
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


def precision_plain(m: Mention) -> int:
    return 3 if m.kind == "region" else 2 if m.qualifier else 1
