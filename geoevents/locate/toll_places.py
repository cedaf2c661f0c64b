"""Which of the places a sentence names a toll belongs to.

"killing 12 people in Rafah": the place the count names for itself; "killing 123 people
across the Gaza Strip", "killed across the Strip since dawn, 52 of them in Gaza City": the
Strip's, with the place named after it holding a part; else the place nearest the count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geoevents.anchored import Cues
from geoevents.clause_places import LIST_GAP, rank
from geoevents.gazetteer import Gazetteer
from geoevents.locate.strip_wide import (
    ACROSS_IT,
    ACROSS_WORD,
    KILLED_ACROSS,
    NAMING_PARTS,
    strip_mention,
)
from geoevents.locate.told_before import previous_sentence_start
from geoevents.model import Mention
from geoevents.quantities import parse_number
from geoevents.trigger_table import VIOLENT
from geoevents.units import EventUnit

__all__ = ["count_place", "toll_across", "toll_across_its_parts", "the_strips_toll",
           "place_before_the_count", "toll_mainly_at_a_part"]


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
            ACROSS_WORD.search(text, unit.anchor, unit.anchor + 50):
        # "Israeli strikes across the Gaza Strip, including in Jabalia, killed 20": the
        # attack's own words spread it over the Strip, and the toll with it
        across = ACROSS_IT.match(text, unit.anchor)
        if across is not None and across.start("name") <= m.start < across.end("name") and \
                NAMING_PARTS.match(text, across.end()):
            return True
    return bool(text) and any(c.end <= m.start and (
        _ACROSS.fullmatch(text, c.end, m.start) or (
            _SPREAD_OVER.fullmatch(text, c.end, m.start) and
            not any(c.end <= p.start < m.start for p in places)))
        for c in unit.casualty_phrases)


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
    if not previous_sentence_start(text, unit.sentence.start) <= last_place[0].start < \
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


def toll_across_its_parts(unit: EventUnit, gaza: list[Mention], gaz: Gazetteer, cues: Cues
                          ) -> Mention | None:
    """The Strip, as one more place of a toll told across it before the places it names:
    "Israeli strikes across the Strip, including in Sheikh Radwan and Jabalia, killed at
    least 81 people": the toll is the Strip's, the places it names are strikes of their own
    ("the Strip" alone is no toponym, so no mention says it)."""
    window = min(unit.clause.end, unit.anchor + 50)
    if unit.event_type in VIOLENT and gaz.strip is not None and unit.fatalities:
        across = ACROSS_IT.match(cues.text, unit.anchor, window) or next(
            (hit for c in unit.casualty_phrases if c.kind == "killed" and
             (hit := KILLED_ACROSS.match(cues.text, c.end)) is not None), None)
        if across is not None and NAMING_PARTS.match(cues.text, across.end()) and not any(
                across.start() <= m.start < across.end("name") for m in gaza) and \
                not _toll_told_apart(unit, gaza, cues.text, across):
            return strip_mention(cues.text, across, gaz)
    return None


def the_strips_toll(unit: EventUnit, gaza: list[Mention], gaz: Gazetteer, cues: Cues,
                    last_place: tuple[Mention, int] | None
                    ) -> tuple[Mention, list[Mention]] | None:
    """The Strip, for a toll told as its own, and the places after it that are attacks of
    their own: "62 people have been killed across the Strip since dawn, 52 of them in Gaza
    City", "98 were killed across the Strip on Tuesday, most of them in Gaza City": the toll
    is the Strip's; the place named after it holds a part of it.

    "at least 91 people were killed on Tuesday, most of them in Gaza City, where strikes hit
    homes in Sheikh Radwan": the toll is the Strip's, and the places named after it are
    strikes of their own (one place the part is told at, as with "across the Strip", gets no
    event of its own; "most of them in Gaza City, Khan Younis and Rafah": each a place of the
    attacks, with no count)."""
    if not (unit.fatalities and unit.event_type in VIOLENT and gaz.strip is not None):
        return None
    wide = _toll_of_the_strip(unit, gaza, cues.text, gaz, last_place)
    if wide is None:
        return None
    if wide.re is _TOLL_MOSTLY:
        after = [m for m in gaza if wide.end() <= m.start < unit.sentence.end and
                 m.feature_class != "strip"]
        if any(m.kind == "region" for m in after):
            # (not "killing 160, most of them in the northern Gaza Strip, Gaza City and
            # the Middle Area": regions that together make up the most of the Strip)
            return None
        listed = len(after) > 1 and LIST_GAP.fullmatch(cues.text, after[0].end,
                                                        after[1].start) is not None
        # ("most of them from air strikes on Beit Hanoun": the strikes' place, an event of
        # its own; "the Abasan and Khuza'a areas east of Khan Younis": the sites, not the
        # town that holds them)
        struck = _STRIKES_THAT_HIT.match(cues.text, wide.end()) is not None
        return strip_mention(cues.text, wide, gaz), [
            m for m in after
            if (listed or struck or _ASIDE_OPENS.search(cues.text, wide.end(), m.start)) and
            not (struck and _holds_another(gaz, m, after, cues.text))]
    return strip_mention(cues.text, wide, gaz), []


def place_before_the_count(unit: EventUnit, here: list[Mention]) -> Mention | None:
    """The place a casualty count's unit names between the count before it and its own
    (``segment_start`` to its anchor), the most specific and nearest (not "occurred in the
    Gaza Strip on 29 February, when 118 were killed ... on Al-Rashid Street in Gaza City":
    only regions before, and a place after the count says where)."""
    before = [m for m in here if unit.segment_start <= m.start < unit.anchor]
    if all(m.kind == "region" for m in before) and \
            any(m.kind != "region" and m.start > unit.anchor for m in here):
        return None
    if before:
        return min(before, key=lambda m: (rank(m), unit.anchor - m.start))
    return None


def toll_mainly_at_a_part(unit: EventUnit, whole: Mention | None, text: str) -> bool:
    """"31 killed in airstrikes across the Gaza Strip, primarily in northern Gaza": the toll
    is the Strip's (``whole``); where most fell does not hold all of it."""
    return bool(unit.fatalities) and whole is not None and \
        _MAINLY.match(text, whole.end) is not None
