"""Where an event happened: the most specific in-Gaza place its words point to.

In order: the clause's places (each listed place, when a clause lists several), the
sentence's, a definite description's referent ("the hospital"), the previous event's
place (geo_precision 2), the report's dominant place (2/3, lower confidence). Places
outside the Strip are never event locations.

:func:`place_for` reads "the hospital", "these areas" and "there" itself and leaves the
rest to the package's modules, one decision each:

- :mod:`geoevents.locate.sources`: who told it (a source's or speaker's places);
- :mod:`geoevents.locate.anaphors`: which place "the hospital" or "the city" tells again;
- :mod:`geoevents.locate.hospitals`: where the dead were taken, not where they were hit;
- :mod:`geoevents.locate.told_before`: places carried over from the sentences before;
- :mod:`geoevents.locate.strip_wide`: the whole Strip, or one side of it, as the place;
- :mod:`geoevents.locate.toll_places`: which of several places a toll belongs to;
- :mod:`geoevents.locate.narrowing`: a clause's places narrowed to the event's own;
- :mod:`geoevents.locate.by_clause`: the clause, the sentence, then the report's places.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from geoevents.anchored import Cues
from geoevents.clause_places import SPECIFICITY, holds
from geoevents.event_merge.town_and_its_camp import the_town_named_for
from geoevents.gazetteer import Gazetteer
from geoevents.locate.anaphors import (
    A_HOSPITAL_TOLD_AGAIN,
    ANAPHOR,
    ANAPHOR_CLASSES,
    TOOK_IN,
    described,
    precision_plain,
    resolve_anaphor,
    told_abroad,
)
from geoevents.locate.by_clause import NEAR, locate, precision
from geoevents.locate.sources import (
    ATTRIBUTION,
    attribution_spans,
    in_aside,
    outside_attributions,
)
from geoevents.locate.strip_wide import (
    PART_OF_TERRITORY,
    SIDE_ALONE,
    STRIP_WIDE,
    held_in_gaza,
    part_of_territory,
)
from geoevents.locate.told_before import (
    SENT_TO,
    THESE_PLACES,
    TO_THESE,
    list_told_before,
    list_told_of,
    site_hit_just_before,
    there_before,
)
from geoevents.locate.toll_places import count_place
from geoevents.mentions import CITY_OF
from geoevents.model import Mention
from geoevents.normalize import name_key
from geoevents.place_roles import (
    AIMED_AT,
    CARRIED_ON_TO,
    CARRIED_TO,
    FLED_FROM,
    FROM_HERE,
    HOME_TO,
    MOVED_TO,
    SITUATION_IN,
    SUPPLIES_TO,
    hospitals_aside,
    its_crews_carried_them,
    named_hospital,
    speaker_asides,
)
from geoevents.sentences import Span
from geoevents.trigger_table import RELEASE
from geoevents.units import EventUnit

__all__ = ["attribution_spans", "SPECIFICITY", "place_for", "count_place", "dominant_place",
           "outside_attributions", "outside_photo_captions", "PATTERNS"]


def place_for(unit: EventUnit, s_gaza: list[Mention], s_outside: list[Mention],
              earlier: list[Mention], last_place: tuple[Mention, int] | None,
              dominant: Mention | None, gaz: Gazetteer, cues: Cues,
              abroad: Sequence[Mention] = ()) -> list[tuple[Mention, int, float]]:
    """Where ``unit`` happened (``abroad``: the report's places outside the Strip)."""
    found = _place_for(unit, s_gaza, s_outside, earlier, last_place, dominant, gaz, cues,
                       abroad)
    if not found and unit.sub_event_type == RELEASE[1]:
        found = held_in_gaza(unit, s_gaza, s_outside, gaz, cues.text)
    if unit.sub_event_type in FROM_HERE and not s_gaza and \
            cues.search(_SENT_THERE, unit.sentence.start, unit.sentence.end) is not None and \
            _AGAIN.search(unit.sentence.text) is None:
        # "designated the neighborhood as a safe zone and dropped leaflets instructing
        # Palestinians to move there": the place told before is where they were sent, and
        # the order names no place to leave
        return []
    found = [described(m, p, f, [*earlier, *s_gaza], gaz, cues.text) for m, p, f in found]
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


def _as_area(m: Mention, precision: int, factor: float, sentence: Span, gaz: Gazetteer,
             listed: bool = False) -> tuple[Mention, int, float]:
    """"families displaced from parts of Khan Younis", "areas in eastern Rafah": people
    leave an area of the governorate the city names, not the city itself (``listed``:
    every city the sentence lists for it)."""
    if m.feature_class != "city" or not m.governorate:
        return m, precision, factor
    at = m.start - sentence.start
    if not listed and (not _PARTS_OF.search(sentence.text, max(0, at - 60), at) or
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

# "told to move there": the place told before is where people were sent (not "designated
# ... as a humanitarian zone" alone: "the evacuation order includes areas that had been
# designated by the military as a humanitarian zone" names where it applies)
_SENT_THERE = re.compile(r"\b(?:move|go|relocate|flee|head|evacuate)\s+there\b", re.I)
# "families who had been told to go there were displaced again": there is where they leave
_AGAIN = re.compile(r"\b(?:again|once more|anew|re-?displaced)\b", re.I)

_DISPLACED_IN = re.compile(r"\b[Dd]isplaced\s+(?:[\w,]+\s+){0,5}?in\s+(?:the\s+)?[A-Z]")
_OWN_NOUN = re.compile(r"(?i)\b(?:towns?|cit(?:y|ies)|villages?|camps?)\s+of\s+$")
# the bearings of a city's parts, one or several: "eastern", "north-eastern", "eastern and
# central", "northern, eastern or central" (not "central" alone: the city's own centre)
_BEARING = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?"
_OR_CENTRAL = rf"(?:{_BEARING}|central)"
_BEARINGS = (rf"(?:(?:{_OR_CENTRAL}(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)"
             rf"{_OR_CENTRAL})+|{_BEARING})\s+)?")
_PARTS_OF = re.compile(r"(?i)\b(?:parts?|areas?|neighbou?rhoods?)\s+(?:of|in)\s+(?:the\s+)?"
                       rf"{_BEARINGS}$")

# "the evacuation of a 4 km2 area in western Khan Younis", "an area of eastern Rafah": one
# part of the city, which lies in it (not "areas in eastern Rafah": the governorate's)
_ONE_PART_OF = re.compile(r"(?i)\b(?:an?|one)\s+(?:[\w.-]+\s+){0,3}?(?:area|part|"
                          r"neighbou?rhood)\s+(?:of|in)\s+(?:the\s+)?"
                          rf"{_BEARINGS}$")
# (but not "a large area of eastern Khan Younis, including Bani Suheila and Abasan": an
# area that takes in the governorate's other towns)
_TAKES_IN = re.compile(r"[^.;]*?\b(?:including|such\s+as|among\s+them)\s+(?:the\s+)?"
                       r"(?:towns?\s+of\s+)?[A-Z]")


# "evacuated from the hospital to a hospital in Khan Younis": the place told again is the
# one people left, the places after "to" where they went
_LEFT = re.compile(r"\b(?:from|out\s+of|left|leave|leaving|fled|flee|fleeing)\s+$", re.I)
_WENT_TO = re.compile(r"\s(?:to|towards?|into|for)\s", re.I)
_GONE_TO = re.compile(r"\b(?:to|towards?|into)\s+$", re.I)


def _not_where_they_went(here: list[Mention], anaphor: re.Match, text: str) -> list[Mention]:
    """For a flight or an order from a place told again ("from the hospital"), the
    clause's places less those after it where people went ("to a hospital in Khan
    Younis"), which are no rival of the place they left."""
    if _LEFT.search(text, max(0, anaphor.start() - 12), anaphor.start()) is None:
        return here
    return [m for m in here if m.start < anaphor.end() or
            _WENT_TO.search(text, anaphor.end(), m.start) is None]


# "transported both the fatality and the injured to ", "were rushed to ": the words that
# carry the casualties to the hospital told again after them
_CARRIED_TO_IT = re.compile(rf"(?i){CARRIED_ON_TO}$")


def _told_before_it(s_gaza: list[Mention], anaphor: re.Match, text: str) -> list[Mention]:
    """The sentence's places before the place it tells again ("the area"), less a hospital
    its crews carried the casualties back to: "Emergency teams at Nasser Medical Complex
    transported the injured to the hospital, noting that a drone had bombed the area" tells
    again the place told before, not the hospital ("the hospital" may still be that one)."""
    before = [m for m in s_gaza if m.start < anaphor.start()]
    if anaphor.group(1).lower() in A_HOSPITAL_TOLD_AGAIN:
        return before
    return [m for m in before if not (named_hospital(m) and
                                      its_crews_carried_them(m, text, m.end))]


def _place_for(unit: EventUnit, s_gaza: list[Mention], s_outside: list[Mention],
               earlier: list[Mention], last_place: tuple[Mention, int] | None,
               dominant: Mention | None, gaz: Gazetteer, cues: Cues,
               abroad: Sequence[Mention] = ()) -> list[tuple[Mention, int, float]]:
    anaphor = cues.search(ANAPHOR, unit.clause.start, unit.clause.end)
    if anaphor is not None and anaphor.group(1).lower() in A_HOSPITAL_TOLD_AGAIN \
            and (TOOK_IN.match(cues.text, anaphor.end()) or
                 _CARRIED_TO_IT.search(cues.text, max(unit.sentence.start, anaphor.start() - 80),
                                       anaphor.start())):
        # "said the hospital had received 176 wounded people": the hospital took the
        # casualties in; the attack is elsewhere, not at the hospital (at the place the
        # clause goes on to name so: "the hospital received the bodies of 40 people killed
        # in the city's western neighbourhoods"); so with "transported the injured to the
        # hospital": where they were carried
        anaphor = cues.search(ANAPHOR, anaphor.end(), unit.clause.end)
        if anaphor is not None and anaphor.group(1).lower() in A_HOSPITAL_TOLD_AGAIN:
            anaphor = None
    if anaphor is not None and told_abroad(unit, anaphor, s_gaza, s_outside, cues.text):
        return []
    if anaphor is not None:
        asides = speaker_asides(unit.sentence)
        titled = [m for m in s_gaza if m.start < anaphor.start() and in_aside(m, asides)]
        # "Dr. Hussam Abu Safiya, director of Kamal Adwan Hospital, said Israeli forces
        # stormed the hospital": the one the speaker's title named; "saw families fleeing
        # Deir al-Balah after leaflets over the east of the town ordered them to leave":
        # a town told earlier in the sentence, before one of the sentences before (not
        # "Israeli forces raided the city of Jenin": a city named there, not one told before)
        told = titled if CITY_OF.match(cues.text, anaphor.end()) else \
            _told_before_it(s_gaza, anaphor, cues.text)
        if told is not titled and told and any(
                told[-1].start < o.start < anaphor.start() and o.feature_class in
                ANAPHOR_CLASSES["city"] for o in s_outside):
            # (not "trucks queued in the city of El Arish as the army ordered residents of
            # the eastern part of the city to leave": a city abroad told nearer before it)
            told = titled
        found = resolve_anaphor(anaphor.group(1), [*earlier, *told], gaz, cues.text,
                                anaphor.start())
        here = [m for m in s_gaza if unit.clause.start <= m.start < unit.clause.end and
                m not in titled]
        if found and unit.sub_event_type in FROM_HERE:
            if here and _GONE_TO.search(cues.text, max(0, anaphor.start() - 12),
                                        anaphor.start()):
                found = []  # "fled from Beit Lahia to the hospital": where they went
            here = _not_where_they_went(here, anaphor, cues.text)
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
            if NEAR.search(cues.text, max(0, anaphor.start() - 25), anaphor.start()):
                found = [(m, max(p, 2), f) for m, p, f in found]  # "the vicinity of the
                # hospital": near it, not at it
            return found
    these = cues.search(THESE_PLACES, unit.clause.start, unit.clause.end)
    if these is not None and not TO_THESE.search(cues.text, max(0, these.start() - 20),
                                                 these.start()) and not any(
            unit.sentence.start <= m.start < unit.sentence.end and not SENT_TO.search(
                cues.text, max(unit.sentence.start, m.start - 60), m.start) for m in s_gaza):
        # (not "an airstrike hit a house in Jabalia, near these areas": the sentence's own
        # place, other than where people are sent; nor "fled to these areas": where to)
        listed = list_told_before(earlier, cues.text)
        if listed:
            return [(m, precision_plain(m), 0.85) for m in listed]
    there = there_before(unit, s_gaza, earlier, last_place, cues, abroad) or \
        site_hit_just_before(unit, s_gaza, earlier, last_place, cues)
    if there is not None:
        # "Humanitarians have warned that northern Gaza is on the brink of famine. The World
        # Food Programme paused deliveries there after one of its convoys was looted": the
        # place the sentence just before named, though it told no event, not the one an
        # earlier event left
        return [(there, precision(there, unit.sentence), 0.7)]
    if unit.sub_event_type == "Displacement" and last_place is not None and \
            gaz.strip is not None and not s_gaza and \
            part_of_territory(cues, unit.sentence, gaz) is None:
        wide = list_told_of(last_place[0], earlier, cues.text, gaz)
        if wide is not None:
            # "On 20 March, orders were issued for Beit Lahia, Beit Hanoun and Shejaia. Tens
            # of thousands of people have fled": a flight its sentence places nowhere, told
            # after a list of places, is the Strip's (or the region's that the list names
            # as holding them all), not the list's last place
            return [(wide, 3, 0.8)]
    return locate(unit, s_gaza, s_outside, last_place, dominant, gaz, cues, earlier)


# The patterns this module looks for through a report's cues (geoevents.anchored).
PATTERNS = (ANAPHOR, ATTRIBUTION, STRIP_WIDE, _SENT_THERE, PART_OF_TERRITORY, THESE_PLACES,
            SIDE_ALONE,
            # (the roles not_after tests every place of a unit's clause for)
            CARRIED_TO, HOME_TO, SITUATION_IN, AIMED_AT, SUPPLIES_TO, MOVED_TO, FLED_FROM)


# A photo's credit line, after its caption on the same line or the next: "A displaced girl in
# a makeshift site in Khan Younis. Photo by OCHA/Olga Cherevko", "...\nPhoto: Themba
# Linden/OCHA"
_PHOTO_CREDIT = re.compile(r"(?:^|(?<=[.!?”\"] ))[ \t]*Photo(?:\s+by\b|\s*:|\s+credit\b)",
                           re.MULTILINE)


def outside_photo_captions(gaza: list[Mention], text: str) -> list[Mention]:
    """``gaza`` less the places of a photo's caption, where a report has others: the caption
    a situation report opens with ("Displaced people returning to Jabalya ... Photo by
    UNRWA") says where the picture was taken, not what the report is about, so it is no
    candidate for the report's main place. All of ``gaza`` where the caption names the
    report's only places."""
    if "Photo" not in text:
        return gaza
    lines = _CaptionedLines(text)
    rest = [m for m in gaza if not lines.holds(m)]
    return rest or gaza


class _CaptionedLines:
    """Whether the line of a mention is a photo's caption: its credit follows on that line,
    or opens the next. What each line's search found is kept, so that a line naming a place
    thousands of times ("Rafah Rafah Rafah ...", a paste gone wrong) is searched about once,
    not once from each of its mentions to its end."""

    def __init__(self, text: str) -> None:
        self.text = text
        # by a line's end: the furthest credit known on it, where a search from a mention
        # found none, and whether the next line opens with a credit
        self.found: dict[int, int] = {}
        self.none_from: dict[int, int] = {}
        self.next_opens: dict[int, bool] = {}

    def holds(self, m: Mention) -> bool:
        text = self.text
        close = text.find("\n", m.end)
        close = len(text) if close < 0 else close
        if close not in self.next_opens:
            following = close + 1
            while following < len(text) and text[following] in " \t\n":
                following += 1
            self.next_opens[close] = following < len(text) and \
                _PHOTO_CREDIT.match(text, following) is not None
        if self.next_opens[close] or m.end <= self.found.get(close, -1):
            return True
        if m.end >= self.none_from.get(close, close + 1):
            return False
        credit = _PHOTO_CREDIT.search(text, m.end, close)
        if credit is None:
            self.none_from[close] = m.end
            return False
        self.found[close] = max(self.found.get(close, -1), credit.start())
        return True


def dominant_place(gaza: list[Mention], gaz: Gazetteer | None = None) -> Mention | None:
    """The report's main in-Gaza place: the most named one, preferring specific places;
    the Strip when no specific place is named in most of the report (a digest of many).
    A refugee camp and the town named for it are one locality here, told by the camp
    ("raids the Nuseirat refugee camp ... in Nuseirat" is one place named twice, not two
    places of which neither is most of the report), given ``gaz``."""
    if not gaza:
        return None
    locality = {m.place_id: _locality(m, gaz) for m in gaza}
    counts = Counter(locality[m.place_id] for m in gaza)
    best = min(gaza, key=lambda m: (SPECIFICITY.get(m.feature_class or "", 3) >= 5,
                                    -counts[locality[m.place_id]], m.start))
    specific = sum(n for pid, n in counts.items()
                   if not pid.startswith(("strip:", "region:", "governorate:")))
    if best.kind != "region" and counts[locality[best.place_id]] * 2 <= specific:
        # several places, none named in most of the report: only the Strip is sure
        strip = next((m for m in gaza if m.feature_class == "strip"), None)
        return strip or best
    # (the camp, where the town named for it and the camp are both told)
    return next((m for m in gaza if m.place_id != best.place_id and
                 locality[m.place_id] == locality[best.place_id] and
                 m.feature_class == "camp"), best)


def _locality(m: Mention, gaz: Gazetteer | None) -> str:
    """The id ``m`` counts under for the report's main place: the town's for a camp named
    after the town it lies in, else its own."""
    place = gaz.get(m.place_id) if gaz is not None and m.feature_class == "camp" else None
    town = the_town_named_for(gaz, place) if place is not None else None
    return town.id if town is not None else m.place_id
