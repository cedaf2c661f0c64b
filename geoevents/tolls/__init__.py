"""A toll and the places it names: how many of the dead go where.

ACLED puts each part of a toll at the place it names and the rest at the wider area
("72 killed, including 38 in Khan Younis": 38 there, 34 in the Strip), and keeps aid
seekers shot near aid sites apart from the day's strikes. These read a unit's sentence
for such parts; :mod:`geoevents.events` places the unit with their answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from geoevents.casualties import Casualty
from geoevents.clause_places import LIST_GAP
from geoevents.dates import MONTH_PATTERN
from geoevents.gazetteer import Gazetteer
from geoevents.model import Event, Mention, placed_wide
from geoevents.quantities import parse_number
from geoevents.speech import TOLD
from geoevents.trigger_table import AIR, ATTACK, BATTLE, VIOLENT
from geoevents.units import EventUnit

__all__ = ["toll_split", "aid_seekers_apart", "rest_at_the_area", "told_together",
           "told_for_the_places_before", "sites_told_together", "received_of_a_toll",
           "strikes_told", "told_for_a_region_apart",
           "tells_one_strike", "told_mostly_at", "part_told_at_sites", "told_across_with_parts"]


# a home told as hit where its people died (not "a family of seven whose home in Rafah had
# been destroyed months earlier", "was destroyed in December", "whose home in Jabalia they
# had fled": a home lost before, not where they were killed)
_HIT_THERE = (r"(?=(?: [\w'’-]+){1,6}? (?:was|were) (?:\w+ )?(?:hit|struck|bombed|flattened|"
              r"targeted|shelled|destroyed|levelled|leveled|razed)\b"
              r"(?! (?:earlier|previously|before|last|months|weeks|years|in (?:January|February|"
              r"March|April|May|June|July|August|September|October|November|December))\b))")


# "killing at least 50 people, including at least 33 in an airstrike on the Jabalia
# refugee camp": part of a toll, and where that part died.
_INCLUDING_IN = re.compile(
    r"\bincluding (?:at least |some |about |more than )?"
    # ("killed at least 21 people across the territory, including a family of eight in Beit
    # Lahia")
    r"(?:an? (?:whole |entire )?family of )?(\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
    # ("49 Palestinians, including 32 from Gaza City, have been killed")
    r"(?:(?: (?:people|palestinians|persons|of them))?(?: who were killed| killed)?"
    # ("including a family of nine whose home in al-Tuffah was flattened")
    rf"(?: whose (?:home|house|tent|shelter|apartment|flat|car)s?{_HIT_THERE})? "
    r"(?:in|at|near|around|outside|(?P<origin>from))|"
    # "including a colonel of the Golani Brigade killed in Shuja'iyya"
    r"(?: [\w'’-]+){1,5}? (?:who (?:was|were) )?killed (?:in|at))\b", re.I)


def toll_split(unit: EventUnit, located: list[tuple[Mention, int, float]], s_gaza: list[Mention],
                strip: Mention | None, text: str, gaz: Gazetteer | None = None
                ) -> tuple[list[tuple[Mention, int, float]], dict[int, int]] | None:
    """A toll for a wide area with a part of it named at a place: the part at the place,
    the rest at the area (ACLED's way with "72 killed, including 38 in Khan Younis")."""
    if not unit.fatalities or unit.event_type not in VIOLENT:
        return None
    # (the count may come before the event word: "49 Palestinians, including 32 in Gaza
    # City, were killed by Israeli strikes")
    hit = _INCLUDING_IN.search(text, min([unit.anchor, *(c.start for c in
                                                         unit.casualty_phrases)]),
                               unit.sentence.end)
    seekers = _AID_SEEKERS.search(text, unit.anchor, unit.sentence.end) if hit else None
    if seekers is not None and seekers.start() == hit.start() and unit.event_type != ATTACK[0]:
        # "killed 12 in the Gaza Strip, including five at an aid distribution point in
        # Rafah": the five are the aid seekers' own event; the rest is the wide area's
        wide = next((m for m in s_gaza if m.start < hit.start() and m.kind == "region"), strip)
        return ([(wide, 3, 1.0)], {id(wide): unit.fatalities}) if wide is not None else None
    if hit is not None and unit.casualty_phrases and \
            all(c.start > hit.start() for c in unit.casualty_phrases):
        return None  # "buildings were targeted, including one in Al Bureij, resulting in 25
        # fatalities": the part named is no part of a toll told before it
    if hit is None or parse_number(hit.group(1)) is None:
        return _most_at_its_sites(unit, s_gaza, text, gaz) or \
            _toll_with_places(unit, s_gaza, text) or _and_more_at(unit, located, s_gaza, text)
    together: list[tuple[list[Mention], int]] = []
    parts = _parts_at_places(text, hit.start(), unit.sentence.end, s_gaza, together)
    if not parts and not together and \
            not any(parse_number(p.group(1))
                    for p in _PART.finditer(text, hit.start(), hit.end() + 1)):
        # "including a colonel of the Golani Brigade killed in Shuja'iyya" (not "including
        # 12 near the Zikim crossing, ... in Gaza City": a count whose own place is outside
        # the Strip's list, not the next place named)
        site = next((m for m in s_gaza if hit.end() <= m.start < hit.end() + 80
                     and m.kind != "region"), None)
        parts = [(site, parse_number(hit.group(1)) or 0)] if site is not None else []
    if hit.group("origin") and any(m.kind != "region" and all(m is not p for p, _ in parts)
                                   for m in s_gaza):
        # ("killed 12 people in Deir al-Balah, including four from Rafah": where the four
        # had come from; a part is placed by "from" only in a toll of a wide area)
        return _toll_with_places(unit, s_gaza, text) or \
            _and_more_at(unit, located, s_gaza, text)
    counted = sum(n for _, n in parts) + sum(n for _, n in together)
    if not parts or not 0 < counted <= unit.fatalities:
        return None
    wide = next((m for m in s_gaza if m.start < hit.start() and m.kind == "region"), None) or \
        _town_of_the_toll(unit, hit.start(), s_gaza,
                          parts + [(m, 0) for sites, _ in together for m in sites], text,
                          gaz) or strip
    if wide is None and counted < unit.fatalities:
        return None
    places = [(site, 1, 1.0) for site, _ in parts] + \
        [(site, 1, 1.0) for sites, _ in together for site in sites]
    shares = {id(site): n for site, n in parts}
    within = _share_before(text, hit.start(), s_gaza)
    if within is not None and counted <= within[1] < unit.fatalities and \
            _parts_within(gaz, within[0], parts) and \
            all(site.place_id != within[0].place_id for site, _ in parts):
        # "59 people were killed across the Strip, 47 of them in Gaza City, including seven
        # in Sheikh Radwan": the part the "including" breaks down holds its own rest
        town, n = within
        if n > counted:
            places.append((town, 1, 1.0))
            shares[id(town)] = n - counted
        places.append((wide, 3, 1.0))
        shares[id(wide)] = unit.fatalities - n
        return places, shares
    rest = _others_at(text, parts[-1][0].end, unit.sentence.end, s_gaza, places)
    if rest and counted < unit.fatalities:
        # "including six in Khan Younis and others in Jabalia camp, the Beach camp and Gaza
        # City": the rest died at the places named for them, not somewhere in the area
        places += [(site, 1, 1.0) for site in rest]
        if len(rest) == 1:
            shares[id(rest[0])] = unit.fatalities - counted
        return places, shares
    if counted < unit.fatalities:
        places.append((wide, 3, 1.0))
        shares[id(wide)] = unit.fatalities - counted
    return places, shares


# "Khan Younis: 102 killed, many in tents of displaced people in al-Mawasi", "killed 78 in
# Rafah, most of them in Tal as-Sultan": where most of a town's dead fell, with no count
_MOST_IN = re.compile(r",\s+(?:most|many|mostly|the\s+majority|some|several|dozens|scores)"
                      r"(?:\s+of\s+(?:them|whom))?(?:\s+(?:were\s+)?(?:killed|died))?"
                      r"\s+(?:in|at|near|around)\s+", re.I)
# ... or only where some of them fell, with no number: "23 people were killed in strikes on
# houses in Rafah overnight, including in al-Shawka and al-Jneina neighborhoods"
_INCLUDING_AT = re.compile(r"(?:\s+(?:overnight|today|yesterday|on\s+\w+day|this\s+morning|"
                           r"last\s+night))?,\s+including\s+(?:in|at|near|around)\s+", re.I)
# the town a list's item heads, right before its count ("- Rafah: 78 killed")
_HEADS = re.compile(r"\s*:\s*")


def part_told_at_sites(notes: str) -> bool:
    """Whether a sentence tells where many or most of a toll died ("Rafah: 78 killed, most
    in Tal as-Sultan", "including a family of nine in al-Tuffah and dozens in Shejaia and
    Zeitoun", "killed in Rafah overnight, including in al-Shawka"): its sites hold part of
    the toll, not the whole."""
    return _MOST_IN.search(notes) is not None or _INCLUDING_AT.search(notes) is not None or any(
        parse_number(hit.group(1)) for hit in _INCLUDING_IN.finditer(notes))


def _most_at_its_sites(unit: EventUnit, s_gaza: list[Mention], text: str,
                       gaz: Gazetteer | None = None
                       ) -> tuple[list[tuple[Mention, int, float]], dict[int, int]] | None:
    """A town's toll and the sites in it where many or most of its dead fell ("Khan Younis:
    102 killed, many in tents of displaced people in al-Mawasi"): the whole toll the
    town's, the sites' events with no count of their own."""
    counts = [c for c in unit.casualty_phrases if c.kind == "killed"]
    if not counts:
        return None
    count = counts[0]
    hit = _MOST_IN.match(text, count.end)
    towns = [m for m in s_gaza if count.end <= m.start and m.feature_class != "strip" and
             _TO_ITS_TOWN.fullmatch(text, count.end, m.start)]
    if hit is None and towns:
        # ("killed 102 people in Khan Younis, many in tents in al-Mawasi")
        tail = _NAME_TAIL.match(text, towns[0].end).end()
        hit = _MOST_IN.match(text, tail) or _INCLUDING_AT.match(text, tail)
    if hit is None:
        return None
    town = towns[0] if towns and towns[0].end <= hit.start() else \
        next((m for m in s_gaza if m.end <= count.start and m.feature_class != "strip" and
              _HEADS.fullmatch(text, m.end, count.start)), None)
    stop = _NOT_AN_ITEM.search(text, hit.end(), unit.sentence.end)
    end = stop.start() if stop is not None else unit.sentence.end
    if ";" in text[hit.end():end]:
        end = text.index(";", hit.end(), end)
    sites = [m for m in s_gaza if hit.end() <= m.start < end and m.kind != "region"]
    if town is None or not sites or any(m.place_id == town.place_id for m in sites) or \
            not _parts_within(gaz, town, [(m, 0) for m in sites]):
        return None
    return [(town, 3, 1.0)] + [(m, 1, 1.0) for m in sites], {id(town): unit.fatalities}


# what may stand between a toll's count and its town, in the toll's own clause: not "40 people
# were killed, health officials at Nasser Hospital said", "according to the civil defence in
# Gaza City", "a day after Hamas fighters ambushed troops in Rafah", "as tanks advanced in Rafah"
_TO_ITS_TOWN = re.compile(r"(?:(?!\b(?:as|after|before|while|when|since|where|who|which|that|"
                          r"according)\b)[^,;:()])*", re.I)


def _parts_within(gaz: Gazetteer | None, town: Mention, parts: list[tuple[Mention, int]]
                  ) -> bool:
    """Whether every part lies in ``town`` (not "47 of them in Khan Younis, including seven in
    Nuseirat", "killed 40 in Gaza City, including ... eight in Khan Younis": parts of the
    whole toll, not of the town's)."""
    if gaz is None:
        return all(p.governorate == town.governorate for p, _ in parts)
    wide = gaz.get(town.place_id) if town.place_id else None
    return wide is not None and all(
        (site := gaz.get(p.place_id) if p.place_id else None) is not None and
        gaz.within(site, wide) for p, _ in parts)


def _town_of_the_toll(unit: EventUnit, at: int, s_gaza: list[Mention],
                      parts: list[tuple[Mention, int]], text: str,
                      gaz: Gazetteer | None = None) -> Mention | None:
    """The one town the toll is told for, between its count and the "including" at ``at``
    ("killed 40 people in Gaza City, including 12 in Shejaia": the rest are Gaza City's,
    not the Strip's)."""
    counts = [c for c in unit.casualty_phrases if c.kind == "killed"]
    if not counts:
        return None
    towns = [m for m in s_gaza if counts[0].start <= m.start < at and m.feature_class != "strip"
             and all(m.place_id != p.place_id for p, _ in parts)]
    head = next((m for m in s_gaza if m.end <= counts[0].start and m.feature_class != "strip"
                 and _HEADS.fullmatch(text, m.end, counts[0].start)), None)
    if not towns and head is not None:
        # ("Gaza City: at least 89 killed, including a family of nine in al-Tuffah": the
        # town a list's item heads)
        return head if _parts_within(gaz, head, parts) else None
    if len({m.place_id for m in towns}) != 1 or \
            not _TO_ITS_TOWN.fullmatch(text, counts[0].end, towns[0].start):
        return None
    return towns[0] if _parts_within(gaz, towns[0], parts) else None


# ", 47 of them in Gaza City, including ...": a part of the toll, right before the parts
# the "including" names
_OF_THEM_IN = re.compile(r",\s+(?:at\s+least\s+)?(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+of\s+them\s+"
                         r"(?:in|at)\s+(?:the\s+)?", re.I)


def _share_before(text: str, at: int, s_gaza: list[Mention]) -> tuple[Mention, int] | None:
    """The place and count of ", 47 of them in Gaza City" right before ``at`` (an
    "including" that breaks that part down), if there is one."""
    for m in s_gaza:
        if not 0 < at - m.end <= 3 or text[m.end:at].strip() != ",":
            continue
        share = _OF_THEM_IN.search(text, max(0, m.start - 30), m.start)
        if share is not None and share.end() == m.start and parse_number(share.group(1)):
            return m, parse_number(share.group(1)) or 0
    return None


# "including two at the Nuseirat refugee camp and one each in Al-Mawasi, Khan Yunis, and
# Jabalia": the parts of a toll, each at the places named after it
_PART = re.compile(r"\b(\d[\d,]*|[a-z]+(?:-[a-z]+)?)(?P<each> each)?"
                   r"(?: (?:people|palestinians|persons|of them))?(?: (?:who were )?killed)?"
                   rf"(?: whose (?:home|house|tent|shelter|apartment|flat|car)s?{_HIT_THERE})? "
                   r"(?:in|at|near|around|outside|from) ", re.I)


# a comma that opens who told it ("..., medics at Nasser hospital said")
_SPEAKER_AFTER = re.compile(rf",[^.;:,]{{0,80}}?\b(?:{TOLD})\b", re.I)


# the list goes on past the places the gazetteer knows: "dozens in Shejaia, Zeitoun and the
# Daraj neighbourhood", "dozens in Shejaia and Daraj" (not "10 in Shejaia, Gaza City", "five
# in Rafah and the army said ...")
_LIST_GOES_ON = re.compile(r"\s*,?\s*and\s+(?:the\s+)?(?!Israeli|Palestinian|Hamas|Gaza\b)"
                           r"(?:al-|el-|ad-|as-|ash-|az-)?[A-Z][\w'’-]+(?:\s+(?:neighbou?rhood|"
                           r"area|camp|district|quarter))?\s*(?:[.;,]|$)")


def _parts_at_places(text: str, start: int, end: int, s_gaza: list[Mention],
                     together: list[tuple[list[Mention], int]] | None = None
                     ) -> list[tuple[Mention, int]]:
    """(place, count) for each part of a toll named from ``start`` on, up to the first
    part that names no specific place of its own; a part told for a list of places is put
    in ``together``, if given, with none of the places its own."""
    phrases = [p for p in _PART.finditer(text, start, end) if parse_number(p.group(1))]
    out: list[tuple[Mention, int]] = []
    for i, p in enumerate(phrases):
        stop = phrases[i + 1].start() if i + 1 < len(phrases) else min(end, p.end() + 80)
        # (up to a comma no place's name follows that opens the speaker: not "including 12
        # near the Zikim crossing, medics at Nasser hospital said"; but "12 in strikes on a
        # house, a mosque and a school in Jabalia", "15 at a school, which was sheltering
        # displaced families, in Gaza City": the part's own place after a list or an aside)
        comma = _NOT_AN_ITEM.search(text, p.end(), stop)
        if comma is not None and _SPEAKER_AFTER.match(text, comma.start()):
            stop = comma.start()
        sites = [m for m in s_gaza if p.end() <= m.start < stop and m.kind != "region"]
        if not sites:
            continue  # ("including 12 near the Zikim crossing and five in Rafah", "12 in a
            # strike on a school and five in Rafah": a part with no place of the Strip's
            # own stays in the area's rest; the parts after it still hold)
        n = parse_number(p.group(1)) or 0
        gaps = [LIST_GAP.fullmatch(text, _NAME_TAIL.match(text, a.end).end(), b.start)
                for a, b in zip(sites, sites[1:])]
        if together is not None and not p.group("each") and all(gaps) and (
                len(sites) > 1 and gaps[-1].group(1) or _LIST_GOES_ON.match(
                    text, _NAME_TAIL.match(text, sites[-1].end).end(), stop)):
            # (a list ends in "and": not "including 10 in Shejaia, Gaza City", a place and
            # the town it is in)
            # "dozens in Shejaia, Zeitoun and the Daraj neighbourhood": a part of the
            # places together, no one place's
            together.append((sites, n))
            continue
        out += [(m, n) for m in sites] if p.group("each") else [(sites[0], n)]
    return out


# "including six in Khan Younis and others in Jabalia", "including 12 in Jabalia; the rest
# were killed in Khan Younis and Rafah": where the rest of the toll died
_OTHERS_IN = re.compile(r"[^.;:,]{0,40}?(?:,?\s+and|;|,\s+while|,\s+with)\s+(?:the\s+)?"
                        r"(?:others|the\s+rest|rest|the\s+remainder|remainder)"
                        r"(?:\s+(?:were\s+|was\s+|having\s+been\s+)?(?P<killed>killed)|"
                        r"\s+died)?\s+(?:in|at)\s+", re.I)
# ... and not the rest's other fate told after its place ("including 12 in Jabalia; others
# in Khan Younis were wounded", "while others in Rafah fled their homes", "while others in
# Khan Younis remain under the rubble"): no dead there
_OTHER_FATE = re.compile(r"\b(?:wounded|injured|hurt|fled|flee\w*|remain\w*|missing|trapped|"
                         r"displaced|evacuated|critical|rubble)\b", re.I)
# ... nor a hospital the rest were taken to or died at ("with others at Nasser Hospital",
# "while others died at Nasser Hospital of their wounds", "with the rest at hospitals in
# Khan Younis"), unless they were killed there ("the rest were killed at the Kamal Adwan
# Hospital")
_HOSPITAL = re.compile(r"\bhospitals?\b", re.I)


def _others_at(text: str, start: int, end: int, s_gaza: list[Mention],
               places: list[tuple[Mention, int, float]]) -> list[Mention]:
    """The places a toll's rest is put at after its parts ("... and others in north
    Gaza's Jabalia refugee camp, the Shati camp and Gaza City"): each specific place up to
    the clause's end, not a region that only says where the next one is."""
    hit = _OTHERS_IN.match(text, start, end)
    if hit is None:
        return []
    semicolon = text.find(";", hit.end(), end)
    stop = semicolon if semicolon >= 0 else end
    # the list ends at a comma that no place's name follows (not "others in Rafah, medics
    # at Nasser Hospital said", "others in Rafah, while dozens were wounded in Gaza City")
    comma = _NOT_AN_ITEM.search(text, hit.end(), stop)
    if comma is not None:
        stop = comma.start()
    if _OTHER_FATE.search(text, hit.end(), stop):
        return []
    own = {p.place_id for p, _, _ in places}
    out: list[Mention] = []
    for m in s_gaza:
        if not hit.end() <= m.start < stop or m.feature_class == "strip" or \
                m.place_id in own or _WHOSE.match(text, m.end):
            continue
        if not hit.group("killed") and (m.feature_class == "hospital" or
                                        _HOSPITAL.search(text, hit.end(), m.end)):
            return []
        if _WHERE_TAKEN.match(text, m.end):
            # "others at Al-Aqsa Hospital, where the bodies were taken": where the dead
            # were brought, not where they died
            return []
        own.add(m.place_id)
        out.append(m)
    return out


_WHOSE = re.compile(r"['’]s?\s")


# Between two places a toll is told for together: a list ("strikes on Nuseirat and Bureij
# killed 18"), where a place may say where it stands ("on the Kamal Adwan Hospital in Beit
# Lahia and the Nuseirat refugee camp")
_IN_ITS_AREA = re.compile(r"(?:,?\s+(?:in|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                          r"(?:[A-Z][\w'’-]*['’]s\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?")
# "an airstrike on a house in Rafah and another on a car in Khan Younis killed nine": two
# strikes, one toll for both
_AND_ANOTHER = re.compile(r",?\s+and\s+(?:another|a\s+second|a\s+third)\s+(?:[\w'’-]+\s+)"
                          r"{0,5}?(?:in|on|at|near)\s+(?:the\s+)?", re.I)

# "79 killed ..., most of them in the Zikim area northwest of Beit Lahia and on the approaches
# to distribution points in Rafah": each place with a phrase of its own, joined by "and"
_AND_AT = re.compile(r",?\s+and\s+(?:also\s+)?(?:on|in|at|near|around)\s+(?:the\s+)?"
                     r"(?:[\w-]+\s+){0,5}?(?:in|at|near|of|around)\s+(?:the\s+)?", re.I)

# ...and before the toll ("Strikes on a vehicle in Rimal and on homes in Deir al-Balah and
# Nuseirat killed at least 24"), the last place right before its verb (not "shelled homes in
# Rafah and on the outskirts of Khan Younis an airstrike killed 12": the strike's own place)
_AND_ON_TARGET = re.compile(r",?\s+and\s+(?:also\s+)?(?:on|at)\s+(?:an?\s+|the\s+)?"
                            r"(?:(?!(?:air\s?)?strikes?\b|attacks?\b|raids?\b|shell\w*|"
                            r"drones?\b|troops\b)[a-z][\w-]*\s+){1,3}?(?:in|at|near)\s+(?:the\s+)?")
_RIGHT_BEFORE = re.compile(r"\s*,?\s*(?:(?:that|which|have|has|had)\s+)?")
# ...the toll told by its verb, the places its subject's (not "Tanks shelled homes in Rafah and
# at a school in Khan Younis nine people were killed": a clause of its own, its dead the
# school's)
_TOLL_VERB_FIRST = re.compile(r"[a-z]+(?:ed|ing)\b")

# "opened fire on crowds near the aid point in Rafah and near the Netzarim axis, killing
# several": each place with a word of its own, the toll told after both
_AND_NEAR = re.compile(r",?\s+and\s+(?:also\s+)?(?:near|in|at|around|outside|close\s+to)\s+"
                       r"(?:the\s+)?", re.I)


# the rest of a place's name its mention leaves out: "the Shati (Beach) camp and the Sheikh
# Radwan neighbourhood"
_NAME_TAIL = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:\s+(?:refugee\s+)?(?:camp|neighbou?rhood|"
                        r"area|district|quarter))?", re.I)
_COUNT_IN = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?")


def told_together(unit: EventUnit, located: list[tuple[Mention, int, float]], text: str
                  ) -> bool:
    """A toll told for several places at once, with no share given to any ("Seventeen
    people are killed in Israeli strikes on the Kamal Adwan Hospital in Beit Lahia and the
    Nuseirat refugee camp"): no place's own count. The gold annotations leave each place's
    count empty there, as they do for the rest of a toll put at several places; ACLED's
    guidance on fatalities ("When summarized fatalities are reported but events occur
    across several days or in multiple locations ...", its Knowledge Base page on
    fatalities) divides such a toll among the events, which would give counts the gold
    has not."""
    if len(located) < 2:
        return False  # (one place has its own count)
    counts = [c for c in unit.casualty_phrases if c.kind == "killed"]
    places = sorted((m for m, _, _ in located), key=lambda m: m.start)
    # (a corridor is a line the toll's places lie beside, not an area holding them: "in
    # Rafah and the Netzarim axis" is two places)
    if not counts or len({m.place_id for m in places}) < 2 or \
            any(placed_wide(m) and m.feature_class != "corridor" for m in places):
        return False
    count = counts[0]
    own = _COUNT_IN.match(text, count.end)
    if own is not None and any(text.startswith(m.surface, own.end()) for m in places):
        return False  # ("hit Rafah and Khan Younis, killing 12 people in Rafah": the place
        # the count names for itself)
    after = all(m.end <= count.start for m in places)
    if not after and not all(count.end <= m.start for m in places):
        return False  # ("killed five in Rafah and three in Khan Younis": a count for each)
    for a, b in zip(places, places[1:]):
        own = _IN_ITS_AREA.match(text, _NAME_TAIL.match(text, a.end).end(), b.start)
        gap = own.end() if own is not None else a.end
        if not (LIST_GAP.fullmatch(text, gap, b.start) or
                not after and _AND_AT.fullmatch(text, gap, b.start) or
                after and _AND_ON_TARGET.fullmatch(text, gap, b.start) and _RIGHT_BEFORE.fullmatch(
                    text, _NAME_TAIL.match(text, places[-1].end).end(), count.start) and
                _TOLL_VERB_FIRST.match(text, count.start) or
                after and _AND_NEAR.fullmatch(text, gap, b.start) or
                after and _AND_ANOTHER.fullmatch(text, a.end, b.start) or
                after and own is not None and _AND_ANOTHER.fullmatch(text, gap, b.start)):
            return False
    return True


# "dozens more were killed across the Strip, including people waiting for aid near the
# Netzarim corridor and residents of Zeitoun": the Strip's toll, the places after it parts
# of it with no count of their own
_ACROSS_INCLUDING = re.compile(
    r"(?:\s+(?:[\w-]+\s+){0,5}?)?\s*(?:across|throughout|all\s+over)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:territory|enclave|Strip)\b(?!['’]s\b)[^,;:.—–]{0,30}?\s*(?:,|--|[—–])\s*"
    r"(?:including|among\s+them|among\s+whom)\b", re.I)


def told_across_with_parts(unit: EventUnit, located: list[tuple[Mention, int, float]],
                           text: str) -> bool:
    """A toll told across the Strip with places named after it as parts, with no number of
    their own ("dozens more were killed across the Strip, including people waiting for aid
    near the Netzarim corridor"): no place's own count."""
    counts = [c for c in unit.casualty_phrases if c.kind == "killed"]
    if not counts or not located or unit.event_type not in VIOLENT:
        return False
    across = _ACROSS_INCLUDING.match(text, counts[0].end, unit.sentence.end)
    return across is not None and all(m.start >= across.end() for m, _, _ in located) and \
        not _GAP_COUNT.search(text, across.end(), max(m.start for m, _, _ in located))


# "received the bodies of eight others, most of them from the Bani Suheila area": where most
# of the dead came from, not where all of them did
_MOSTLY_FROM = re.compile(r",?\s+(?:most|many|the\s+majority|some)\s+of\s+(?:them|whom)\s+"
                          r"(?:were\s+|came\s+)?(?:from|in|at|near)\b", re.I)


def told_mostly_at(unit: EventUnit, located: list[tuple[Mention, int, float]], text: str
                   ) -> bool:
    """A toll whose only places are where most of the dead came from ("Nasser Medical
    Complex received the bodies of eight others, most of them from the Bani Suheila
    area"): no place's own count (the rest came from elsewhere)."""
    counts = [c for c in unit.casualty_phrases if c.kind == "killed"]
    if len(counts) != 1 or not located:
        return False
    most = _MOSTLY_FROM.match(text, counts[0].end)
    if most is None or any(m.start < most.end() for m, _, _ in located):
        return False
    # the place right after the words (not "most of them from the same family, in a house in
    # Jabalia", "some of them in their sleep, in Nuseirat": who they were or how they died,
    # the place the whole toll's)
    first = min(m.start for m, _, _ in located)
    return _PLACE_NEXT.fullmatch(text, most.end(), first) is not None


_PLACE_NEXT = re.compile(r"\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?", re.I)


# The count's own area right after it: "two of its soldiers were killed in fighting in
# northern Gaza", "killed across the central Gaza Strip"
_COUNT_ACROSS = re.compile(r"\s+(?:(?:[\w-]+\s+){0,3}?(?:in|across|throughout)\s+)?(?:[\w-]+\s+)"
                           r"{0,2}?(?:in|across|throughout)\s+(?:the\s+)?", re.I)
# ... and another clause after it that names the place the event is put at: ", as tanks and
# infantry pressed towards the outskirts of Gaza City" (not "..., when a drone struck a tent
# in Deir al-Balah", "..., where strikes hit homes in Nuseirat", "after fighters ambushed
# their unit in Rafah": the clause tells where the dead fell)
_OTHER_CLAUSE = re.compile(r"(?:,|;|\s[—–-])\s+(?:as|while|and|but)\b(?![^.;]*?\b(?:hit|hits|"
                           r"struck|strikes?|airstrikes?|targeted|targeting|bombed|shelled|"
                           r"ambush\w*|fired|opened\s+fire)\b)", re.I)


def told_for_a_region_apart(unit: EventUnit, located: list[tuple[Mention, int, float]],
                            named: list[Mention], text: str) -> bool:
    """A toll told for a region as a whole, the event put at a finer place another clause
    names ("Israel said two of its soldiers were killed in fighting in northern Gaza on
    Tuesday, as tanks and infantry pressed towards the outskirts of Gaza City"): the
    region's toll, not that place's (the fighting may have been anywhere in it)."""
    counts = [c for c in unit.casualty_phrases if c.kind == "killed"]
    if not counts or len(located) != 1 or placed_wide(located[0][0]):
        return False
    count, place = counts[0], located[0][0]
    own = _COUNT_ACROSS.match(text, count.end, unit.sentence.end)
    region = next((m for m in named if own is not None and m.start == own.end() and
                   placed_wide(m) and m.place_id != place.place_id), None)
    return region is not None and place.start > region.end and \
        _OTHER_CLAUSE.search(text, region.end, place.start) is not None


# "targeted the Abdel Fattah Hamoud and al-Zahra schools": sites of one class named in a
# list before their plural noun, several places whatever of them the gazetteer knows
_NAMED_SITES = (r"(?:(?:al|el|an|ad|as|ash|ar|at|az)-)?[A-Z][\w'’-]*"
                r"(?:\s+(?:(?:al|el|an|ad|as|ash|ar|at|az)-)?[A-Z][\w'’-]*){0,3}")
_SITES_LISTED = re.compile(
    rf"(?-i:\b{_NAMED_SITES}(?:,\s+{_NAMED_SITES})*,?\s+and\s+(?:the\s+)?{_NAMED_SITES})\s+"
    r"(?:(?:refugee|primary|secondary|elementary|UNRWA|displacement)\s+)?"
    r"(?:schools|hospitals|mosques|camps|churches|shelters|clinics)\b", re.I)


def sites_told_together(unit: EventUnit, located: list[tuple[Mention, int, float]],
                        text: str) -> bool:
    """A toll told right after a strike on several named sites of one class ("On Thursday,
    the occupation targeted the Abdel Fattah Hamoud and al-Zahra schools, killing at least
    18"): a toll of the sites together, no one site's, even where only one of them is a
    place the gazetteer knows (as :func:`told_together`)."""
    counts = [c for c in unit.casualty_phrases if c.kind == "killed"]
    if not counts or unit.event_type not in VIOLENT:
        return False
    count = counts[0]
    listed = _SITES_LISTED.search(text, max(unit.sentence.start, count.start - 200), count.start)
    # (in the count's own clause: not "the Abu Hussein and al-Zahra schools were evacuated;
    # a strike on a house killed five")
    # (and the toll placed at one of the sites listed: not "After troops stormed the Kamal
    # Adwan and Indonesian hospitals, an airstrike on a house in Beit Lahia killed 15", the
    # toll of a strike at a place of its own; nor "The Hamas and Islamic Jihad camps were hit
    # ... in Khan Younis, killing 12 fighters", groups' camps at one place)
    return listed is not None and \
        re.search(r"[;:]|\.\s", text[listed.end():count.start]) is None and \
        _COUNT_IN.match(text, count.end) is None and \
        any(listed.start() <= m.start < listed.end() for m, _, _ in located)


# "An Associated Press journalist saw at least 50 bodies, including children, brought to the
# Kuwaiti Hospital": the dead a hospital received, from wherever the attacks told struck
_BROUGHT_IN = re.compile(r"[^.;]{0,60}?\b(?:taken|brought|rushed|transferred|transported|"
                         r"carried|delivered|arrived|arriving)\s+(?:to|at)\s+(?:the\s+)?"
                         r"(?:[\w'’-]+\s+){0,4}?(?:hospitals?|medical\s+(?:complex|cent(?:re|er))|"
                         r"morgues?|clinics?)\b|"
                         # "its field hospital had received 179 casualties ... Twenty-one were
                         # declared dead on arrival": the dead among a hospital's intake
                         r"\s+(?:up)?on\s+(?:their\s+)?arrival\b", re.I)


def received_of_a_toll(unit: EventUnit, named: list[Mention], tolls: list[int],
                       text: str) -> bool:
    """The dead a hospital received, told with no place of their own after a larger toll of
    the day's attack ("airstrikes pounded the surrounding area and killed at least 67
    Palestinians ... the strikes hit homes in the Shaboura area and near the border. An
    Associated Press journalist saw at least 50 bodies ... brought to the Kuwaiti
    Hospital"): a part of that toll, from wherever the attack struck, not the toll of the
    place named last (the same number is the toll told again, which event_merge reads).
    ``tolls`` are the counts of the events of the unit's day and kind told before at other
    places (at its own place the two are one event anyway)."""
    counts = [c for c in unit.casualty_phrases if c.kind == "killed"]
    return not named and unit.event_type in VIOLENT and len(counts) == 1 and \
        bool(unit.fatalities) and _BROUGHT_IN.match(text, counts[0].end) is not None and \
        any(n > (unit.fatalities or 0) for n in tolls)


def told_for_the_places_before(unit: EventUnit, located: list[tuple[Mention, int, float]],
                               named: list[Mention], before: list[Mention],
                               struck: frozenset[str], gaz: Gazetteer, text: str) -> bool:
    """A toll with no place of its own after a sentence that listed the places the attack
    hit ("The strikes began around 2 a.m., hitting homes in Deir al-Balah, Khan Younis,
    Rafah and Gaza City. The Health Ministry said at least 404 people were killed"; "strikes
    hit homes in Sheikh Radwan and Jabalia ... 73 people were killed in the north alone"):
    the toll of those places together, not of the one named last, where it only falls for
    want of a place of its own (as :func:`told_together` for one sentence). ``before`` are
    the places of the sentence before, ``struck`` the ones its attack was coded at."""
    if named or unit.event_type not in VIOLENT or not (unit.fatalities or unit.injuries) or \
            not located or any(m.place_id not in struck for m, _, _ in located):
        return False
    if tells_one_strike(unit.sentence.text):
        return False  # one strike's toll, not the places': "Israeli strikes hit Jabalia and
        # Beit Lahia on Monday. A strike on a house killed 20 people"
    hit = [m for m in before if m.place_id in struck and not placed_wide(m)]
    for a, b in zip(hit, hit[1:]):
        # (a list of places of their own: not "the Abu Hussein school ... in Jabalia refugee
        # camp", a site and its address)
        pa, pb = gaz.get(a.place_id), gaz.get(b.place_id)
        if pa is None or pb is None or pa.id == pb.id or gaz.within(pa, pb) or \
                gaz.within(pb, pa):
            continue
        own = _IN_ITS_AREA.match(text, a.end, b.start)
        if own is not None and own.end() > a.end and \
                not _JOINED.search(text, own.end(), b.start):
            continue  # (not "a house near the Kuwaiti roundabout in Gaza City's Zeitoun
            # neighbourhood": the second the first's area, named with its city, no list)
        if LIST_GAP.fullmatch(text, own.end() if own is not None else a.end, b.start):
            return True
    return False


_JOINED = re.compile(r",|&|\b(?:and|or|as\s+well\s+as)\b", re.I)


_NOT_AN_ITEM = re.compile(
    r",(?!\s+(?:and\s+)?(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?"
    r"(?:Gaza['’]s\s+)?(?:(?:al|el|an|ad|as|ash)-)?[A-Z](?![\w'’-]*(?:\s+[\w'’-]+){0,4}"
    r"\s+(?:" + TOLD + r")\b))")
_WHERE_TAKEN = re.compile(r"[^.;,]{0,30},?\s+where\s+(?:[\w-]+\s+){0,4}(?:were|was|had\s+been|"
                          r"have\s+been|are)\s+(?:taken|brought|transferred|rushed)\b", re.I)


# "kill at least 57 people in the Gaza Strip, including 35 aid seekers"
_AID_SEEKERS = re.compile(
    r"\bincluding (?:at least |some |about |more than )?(\d[\d,]*|[a-z]+(?:-[a-z]+)?) "
    r"(?:people |palestinians |persons )?(?:who were |while )?(?:aid seekers|(?:seeking|waiting "
    r"for|(?:trying|attempting) to (?:get|reach|collect|obtain)|looking for|"
    r"queu(?:e)?ing for) (?:humanitarian )?(?:aid|food)|"
    # "including 21 people this morning near Gaza Humanitarian Foundation (GHF) sites"
    r"(?:[\w-]+ ){0,3}?(?:near|at|around) (?:the )?(?:[\w()-]+ ){0,5}?(?:aid|distribution|"
    r"\(?ghf\)?|food) (?:sites?|points?|centres?|centers?|hubs?))\b",
    re.I)


_WHILE_SEEKING = re.compile(r"\b(?:while|as they were|when they were|as they)\s+(?:waiting for|"
                            r"seeking|queu(?:e)?ing for|(?:trying|attempting) to (?:get|reach|"
                            r"collect|obtain)|collecting|gathering for)\s+(?:humanitarian\s+)?"
                            r"(?:aid|food|flour)\b", re.I)


def aid_seekers_apart(units: list[EventUnit], text: str) -> list[EventUnit]:
    """A day's toll that counts aid seekers among its dead: the aid seekers shot near aid
    sites are violence against civilians, the rest the strikes and fire of the day (ACLED
    codes the two apart, as do the gold annotations)."""
    out: list[EventUnit] = []
    for unit in units:
        hit = _AID_SEEKERS.search(text, unit.anchor, unit.sentence.end) \
            if unit.fatalities and unit.event_type in VIOLENT else None
        part = parse_number(hit.group(1)) if hit else None
        if part is None or not 0 < part < unit.fatalities:
            if unit.event_type in VIOLENT and unit.event_type != BATTLE[0] and \
                    unit.fatalities and _WHILE_SEEKING.search(text, unit.anchor,
                                                               unit.sentence.end):
                # "more than 60 people were killed ... while waiting for aid": all of them
                # aid seekers, shot near an aid site
                unit = replace(unit, event_type=ATTACK[0], sub_event_type=ATTACK[1])
            out.append(unit)
            continue
        rest = (AIR if unit.event_type == ATTACK[0] else (unit.event_type, unit.sub_event_type))
        out.append(replace(unit, event_type=ATTACK[0], sub_event_type=ATTACK[1], fatalities=part))
        out.append(replace(unit, event_type=rest[0], sub_event_type=rest[1],
                           fatalities=unit.fatalities - part))
    return out


_WITH_IN = re.compile(r",\s+(?:with|including)\s+(?:[\w-]+\s+){0,5}?(?:in|at)\s+", re.I)


def _toll_with_places(unit: EventUnit, s_gaza: list[Mention], text: str
                      ) -> tuple[list[tuple[Mention, int, float]], dict[int, int]] | None:
    """"44 killed in Israeli airstrikes on the Gaza Strip, with severe attacks in Khan Yunis
    and Rafah": the toll is the Strip's; the places after it had attacks of their own,
    with no count of their own."""
    counts = [c for c in unit.casualty_phrases if c.kind == "killed"]
    hit = _WITH_IN.search(text, unit.anchor, unit.sentence.end)
    if not counts or hit is None:
        return None
    wide = next((m for m in s_gaza if counts[0].end <= m.start < hit.start()
                 and m.feature_class == "strip"), None)
    sites = [m for m in s_gaza if hit.end() <= m.start and m.kind != "region"]
    if wide is None or not sites:
        return None
    places = [(wide, 3, 1.0)] + [(m, 1, 1.0) for m in sites]
    return places, {id(wide): unit.fatalities}


# "killed 12 people in Rafah and three in Khan Younis", "Ten people were killed in Khan
# Younis, four in the central town of Deir al-Balah and nine in the Jabaliya camp": more
# counts, each at its own place
_AND_MORE_AT = re.compile(r"(?:\s+(?:(?:early\s+|late\s+)?on\s+\w+"
                          r"(?:\s+(?:morning|afternoon|evening|night))?|on\s+\d{1,2}\s+[A-Z][a-z]+|"
                          r"overnight|yesterday|today|this morning|last night))?"
                          r"(?:,\s+(?:and\s+)?|,?\s+and\s+)(?:another\s+|a further\s+|at least\s+)?"
                          r"(\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
                          r"(?:\s+(?:others|more|people|palestinians|persons|civilians))?"
                          r"\s+(?:in|at)\s+(?:the\s+)?", re.I)
# what the place is, between "in" and its name: "four in the central town of Deir al-Balah"
# (not "two in tents sheltering families from Rafah": where they had come from)
_DESCRIBED = re.compile(r"(?:(?!from\s)[a-z][\w-]*\s+){0,4}")
# ... or the attack the part died in, before its place: "five in an attack on a gathering in
# Sheikh Radwan", "four in a strike on a car near Nuseirat" (its place after "in", "at" or
# "near", so not "two in tents sheltering families from Rafah")
_IN_AN_ATTACK = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:air\s*strike|strike|attack|"
                           r"shelling|bombing|raid|explosion|blast)\s+(?:on|targeting|"
                           r"hitting)\s+(?:(?!from\s)[a-z][\w-]*\s+){1,4}?(?:in|at|near)\s+"
                           r"(?:the\s+)?")


_NO_STOP = re.compile(r"[^,.;:()]*")
_OWN_VERB = re.compile(r"[^,.;]{0,60}?\b(?:were|was|are|is|have|has|had)\b", re.I)
_SINCE_AFTER = re.compile(r"[^,.;]{0,40}?\bsince\b", re.I)


def _and_more_at(unit: EventUnit, located: list[tuple[Mention, int, float]],
                 s_gaza: list[Mention], text: str
                 ) -> tuple[list[tuple[Mention, int, float]], dict[int, int]] | None:
    """A count at one place and more counts at the next ("kill twelve civilians in Rafah
    and one at the al-Shati camp"): each place its own count."""
    counts = [c for c in unit.casualty_phrases if c.kind == "killed"]
    if not counts:
        return None
    broken = _broken_down(unit, located, s_gaza, text, counts[0])
    if broken is not None:
        return broken
    for m, precision, factor in located:
        if not (0 <= m.start - counts[0].end <= 40 or 0 <= m.start - counts[0].end <= 80 and
                _NO_STOP.fullmatch(text, counts[0].end, m.start)):
            continue  # (its place may come after the attack: "nine people were killed in a
            # strike on a house in the al-Faluja area of Jabalia, five in ...")
        return _more_at([(m, precision, factor)], {id(m): unit.fatalities}, s_gaza, text)
    return None


def _more_at(places: list[tuple[Mention, int, float]], shares: dict[int, int],
             s_gaza: list[Mention], text: str
             ) -> tuple[list[tuple[Mention, int, float]], dict[int, int]] | None:
    """The counts told after the last of ``places`` ("... and three in Khan Younis"), each
    at its own place; None unless there is one at least."""
    first = len(places)
    while True:
        last = places[-1][0]
        # (past the town the last place lies in: "five in Sheikh Radwan in Gaza City and
        # four in Nuseirat camp")
        hit = _AND_MORE_AT.match(text, last.end) or \
            _AND_MORE_AT.match(text, _IN_ITS_AREA.match(text, last.end).end())
        n = parse_number(hit.group(1)) if hit is not None else None
        site = next((x for x in s_gaza if hit.end() <= x.start <= hit.end() + 70 and
                     (x.start <= hit.end() + 40 and
                      _DESCRIBED.fullmatch(text, hit.end(), x.start) or
                      _IN_AN_ATTACK.fullmatch(text, hit.end(), x.start))), None) if n else None
        if site is None:
            break
        if any(site.place_id == p.place_id for p, _, _ in places) or \
                _OWN_VERB.match(text, site.end) or site.feature_class == "strip" or \
                _SINCE_AFTER.match(text, site.end):
            # ("and 30 people in Khan Younis were wounded": a count with a verb of its
            # own; "and at least 40 in the Gaza Strip": the Strip's toll holds the first
            # place's; "and 300 in Khan Younis since the offensive began": a tally)
            return None
        places.append((site, 3 if site.kind == "region" else 1, 1.0))
        shares[id(site)] = n
    return (places, shares) if len(places) > first else None


# "killed seven people, five in Rafah and two in Khan Younis", "15 were killed on Sunday:
# eight in Jabalia, four in Gaza City and three in Nuseirat": the toll broken down after a
# comma, colon or dash, each place its own part and none the whole (not "including five in
# Rafah", a part with the rest elsewhere, nor "killed seven in Rafah, two of them children")
_BROKEN_DOWN = re.compile(r"(?P<gap>[^,.;:()—–]{0,50}?)(?:,|:|\s[—–-])\s+")
_PART_ITEM = re.compile(r"(?:at\s+least\s+)?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
                        r"(?:\s+(?:people|palestinians|persons|civilians|of\s+them))?"
                        r"\s+(?:in|at)\s+(?:the\s+)?", re.I)
# what the place of a part is, between "in" and its name (not "five in critical condition
# at Nasser Hospital")
# (or the attack the part fell in, then its place: "ten soldiers killed in the north, nine
# of them in one complex incident in Shejaia", "12 of them in a single strike in Rafah")
_PART_DESCRIBED = re.compile(r"(?:(?!(?:from|in|at|on|near)\s)[a-z][\w-]*\s+){0,4}"
                             r"(?:(?<=\s)(?:incident|attack|strike|airstrike|ambush|battle|raid|"
                             r"bombing|explosion|blast)\s+(?:in|at|near)\s+(?:the\s+)?)?")
# ... and the items of a breakdown that count the strikes, not the dead ("killed seven in
# two strikes, one in Rafah and one in Khan Younis", "killed 12 people in two attacks, one on
# a house in Nuseirat and another on a car in Deir al-Balah"): no place's own count
_STRIKE_ITEMS = re.compile(r"one\s+(?:in|on|at|near|targeting|hitting)\s+"
                           r"[^.;:]*?,?\s+and\s+(?:one|another|a\s+second|the\s+other)\s+"
                           r"(?:in|on|at|near|targeting|hitting)\s+", re.I)


def _broken_down(unit: EventUnit, located: list[tuple[Mention, int, float]],
                 s_gaza: list[Mention], text: str, count: Casualty
                 ) -> tuple[list[tuple[Mention, int, float]], dict[int, int]] | None:
    """A toll broken down over places right after it: each place its part, and the rest,
    if the parts fall short, at the wide area the sentence tells ("killed 40 people in the
    Gaza Strip, 12 in Rafah and 3 in Khan Younis": 25 in the Strip) or at the places told
    for the others ("six in Khan Younis and others in Jabalia")."""
    hit = _BROKEN_DOWN.match(text, count.end, unit.sentence.end)
    if hit is None or _OTHER_FATE.search(hit.group("gap")):
        return None  # ("killed seven and wounded 20, five in Rafah": whose parts, unsaid)
    inside = [m for m in s_gaza if count.end <= m.start < hit.end()]
    if len(inside) > 1 or inside and not placed_wide(inside[0]):
        return None  # ("killed seven in Rafah, two in Khan Younis": no parts of one toll)
    several = strikes_told(hit.group("gap"))
    together = (located, {}) if len({m.place_id for m, _, _ in located}) > 1 else None
    if several and several != unit.fatalities and \
            _STRIKE_ITEMS.match(text, hit.end(), unit.sentence.end) is not None:
        return together
    part = _first_part(text, hit.end(), unit.sentence.end, s_gaza)
    if part is None:
        return None
    site, n = part
    first = (site, 3 if site.kind == "region" else 1, 1.0)
    places, shares = _more_at([first], {id(site): n}, s_gaza, text) or ([first], {id(site): n})
    if _FATE_AFTER.match(text, places[-1][0].end):
        return None  # ("killed seven people, two in Rafah wounded": the two are not dead)
    counted = sum(shares.values())
    if counted != unit.fatalities and (counted > unit.fatalities or counted == several or
                                       _other_count(hit.group("gap"))):
        # the parts count something else the clause tells: the strikes ("killed 12 in three
        # strikes, two in Rafah and one in Khan Younis"), the homes ("killed seven and
        # destroyed four houses, two in Rafah and two in Khan Younis"), the detained
        # ("killed two and detained 15, ten in Beit Lahia and five in Jabalia")
        return together
    own = {p.place_id for p, _, _ in places}
    wide = inside[0] if inside else next(
        (m for m in s_gaza if m.start < hit.start() and placed_wide(m) and m.place_id not in own and
         not _WHOSE.match(text, m.end)), None)  # (not "Gaza's health ministry said")
    # the unit's other places keep their place ("strikes on Rafah, Khan Younis and Jabalia
    # killed 10, four in Rafah and three in Khan Younis": the three others in Jabalia)
    extra = list({x[0].place_id: x for x in located if x[0].place_id not in own and
                  (wide is None or x[0].place_id != wide.place_id)}.values())
    if counted == unit.fatalities:
        return places + extra, shares
    rest = _others_at(text, places[-1][0].end, unit.sentence.end, s_gaza, places)
    if rest:
        # "killed 20 people, six in Khan Younis and others in Jabalia": the rest died there
        places += [(m, 1, 1.0) for m in rest]
        if len(rest) == 1:
            shares[id(rest[0])] = unit.fatalities - counted
        return places, shares
    places += extra
    if wide is not None:
        places.append((wide, 3, 1.0))
        shares[id(wide)] = unit.fatalities - counted
    elif len({m.place_id for m, _, _ in extra}) == 1:
        shares[id(places[-1][0])] = unit.fatalities - counted
    # (with no other place told, the rest has none: "killed 10 people, four in Deir
    # al-Balah" puts four there and no more)
    return places, shares


def _first_part(text: str, at: int, end: int, s_gaza: list[Mention]
                ) -> tuple[Mention, int] | None:
    """The place and the count of the first part of a toll broken down at ``text[at:]``
    ("12 in Rafah", "two of them in Rafah's Tal al-Sultan"), if it is a part of the toll:
    a place of its own, not the Strip, with no verb or "since" of its own after it."""
    item = _PART_ITEM.match(text, at, end)
    n = parse_number(item.group("n")) if item is not None else None
    if not n:
        return None
    site = next((m for m in s_gaza if item.end() <= m.start <= item.end() + 40 and
                 _PART_DESCRIBED.fullmatch(text, item.end(), m.start)), None)
    if site is not None and _WHOSE.match(text, site.end):
        # "two of them in Rafah's Tal al-Sultan": the place the town holds
        site = next((m for m in s_gaza if site.end < m.start <= site.end + 4), None)
    if site is None or site.feature_class == "strip" or _OWN_VERB.match(text, site.end) or \
            _SINCE_AFTER.match(text, site.end):
        return None
    return site, n


# a fate other than death told right after a part's place ("two in Rafah wounded")
_FATE_AFTER = re.compile(r"[^,.;:]{0,20}?\b(?:wounded|injured|hurt|detained|arrested|missing|"
                         r"trapped|displaced|evacuated)\b", re.I)


# A count in the words between a toll and its breakdown, of what is not the dead ("and
# destroyed four houses", "and detained 15", "in strikes on two houses"), not a time
# ("in 24 hours", "after 2 in the afternoon", "on 5 May", "since October 7")
_COUNT_WORD = (r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
               r"[a-z]+teen|twenty|thirty|forty|fifty|dozens?)")
_GAP_COUNT = re.compile(rf"\b(?:{_COUNT_WORD}|hundreds?)\b", re.I)
_TIME_AFTER = re.compile(rf"(?:-|\s+)(?:(?:hours?|days?|weeks?|months?|nights?|minutes?|"
                         rf"years?)\b|{MONTH_PATTERN}(?:\s|,|$)|(?:a\.?m|p\.?m)\b|o['’]clock\b)|"
                         r":\d|(?:st|nd|rd|th)\b", re.I)
_TIME_BEFORE = re.compile(rf"(?:\b(?:at|after|before|until|by|around|since|from|past|last)|"
                          rf"{MONTH_PATTERN})\s+$", re.I)


def _other_count(gap: str) -> bool:
    """Whether the words between a toll and its breakdown count something besides the dead
    and the strikes."""
    strikes = [m.span() for m in _SEVERAL_STRIKES.finditer(gap)]
    for m in _GAP_COUNT.finditer(gap):
        if any(a <= m.start() < b for a, b in strikes) or \
                _TIME_AFTER.match(gap, m.end()) or _TIME_BEFORE.search(gap[:m.start()]) or \
                m.group().isdigit() and 1900 < int(m.group()) < 2100:
            continue
        return True
    return False


# "Later on Sunday, an airstrike killed seven additional people", "At least 10 other people
# were killed": dead over and above a toll told before, no part of it
_OVER_AND_ABOVE = re.compile(rf"\b(?:another\s+{_COUNT_WORD}|{_COUNT_WORD}\s+(?:additional|"
                             r"other|more|further))\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:people|persons|palestinians|civilians|others|killed|dead|were)\b",
                             re.I)


# "Fourteen citizens were martyred since dawn today in Israeli bombardment ... a woman was
# killed by occupation sniper fire east of al-Maghazi camp": a day's toll of the strikes
# holds the people shot that day too
_STRIKES_AND_SHOTS = ("Explosions/Remote violence", "Violence against civilians")
# (not where the toll is the aircraft's, "Israeli air strikes killed at least 30 people across
# the Gaza Strip since dawn", nor a shooting told as more, "Israeli forces also shot dead four
# people", nor crowds shot at aid, "opened fire on crowds near an aid site in Rafah, killing
# 20", a toll of its own)
_AIRCRAFTS_TOLL = re.compile(r"\b(?:air[\s-]*strikes?|air\s+raids?|warplanes?|jets|aircraft)\b",
                             re.I)
_ALSO = re.compile(r"\b(?:also|as\s+well)\b", re.I)
_AT_AID = re.compile(r"\b(?:aid|food|crowds?|distribution)\b", re.I)


def _part_of_its_kind(wide: Event, e: Event) -> bool:
    """Whether ``e`` is of the kind of dead ``wide``'s toll counts: of its own event type, or
    people shot that day as part of a day's toll of bombardment."""
    if e.event_type == wide.event_type:
        return True
    return (wide.event_type, e.event_type) == _STRIKES_AND_SHOTS and \
        not _AIRCRAFTS_TOLL.search(wide.notes) and not _ALSO.search(e.notes) and \
        not _AT_AID.search(e.notes)


def rest_at_the_area(events: list[Event], holds: Callable[[str | None, str | None], bool]
                     ) -> list[Event]:
    """A day's toll for a wide area and later sentences that tell parts of it at places
    within: each part stays at its place and the area keeps the rest ("Israeli forces
    killed at least 95 people in Gaza on Monday ... At least 39 people were killed" at a
    cafe in Gaza City: 39 there, 56 in the Strip), so no death is counted twice."""
    out = list(events)
    for i, wide in enumerate(events):
        if not wide.fatalities or wide.event_date is None or \
                _OVER_AND_ABOVE.search(wide.notes) or _SEPARATE.search(wide.notes):
            continue  # ("Twenty-eight other people were killed in separate strikes": the
            # toll leaves out the strike told before)
        soldiers = _SOLDIERS.search(wide.notes) is not None
        # a Strip-wide toll of a span ("killed 104 people overnight across the Gaza Strip",
        # "58 killed across Gaza since dawn") holds the day's placed dead told before it too
        span = _SPAN_TOLL.search(wide.notes) is not None and \
            wide.fatalities == max((n for n, _ in _counts_of_dead(wide.notes)), default=0)
        at = [k for k in (range(len(events)) if span else range(i + 1, len(events)))
              if k != i and (e := events[k]).fatalities and
              e.event_date == wide.event_date and _part_of_its_kind(wide, e) and
              e.notes != wide.notes and holds(wide.place_id, e.place_id) and
              not _OVER_AND_ABOVE.search(e.notes) and
              # ("42 killed across Gaza ... four soldiers killed in Khan Younis": the
              # soldiers are no part of the day's toll of Palestinians)
              (soldiers or not _SOLDIERS.search(e.notes))]
        parts = [events[k] for k in at]
        counts = _counts_of_dead(wide.notes)
        if wide.fatalities not in {n for n, _ in counts}:
            continue  # ("killed at least 100 people ..., including 33 in an airstrike on
            # Jabalia camp": the toll already is the rest of the parts its sentence told, and
            # "Among the dead were four people ... in Mawasi Khan Younis" after "including 10
            # in Khan Younis" may be of those 10)
        told = [(n, fits) for n, fits in counts if n != wide.fatalities]
        # a part the toll's sentence counts ("killed at least 95 people in Gaza on Monday
        # with air raids that left 39 dead at a seaside cafe") or that refers back to it
        # ("One of those strikes killed seven people"); parts told after a toll with no
        # word linking the two may be over and above it
        linked = [events[k] for k in at if _REFERS_BACK.search(events[k].notes) and
                  not _toll_between(events, i, k) or any(
                      n == events[k].fatalities and fits(events[k]) for n, fits in told)]
        total = sum(e.fatalities or 0 for e in parts)
        if not linked and span:
            # ("killed 104 people overnight ... whose brother and two nephews were killed in
            # Bureij": a span's toll for the whole Strip counts every death of that span, the
            # ones told at their places among them)
            linked = [e for e in parts if not _APART.search(e.notes)]
        if not linked and any(n == total and all(fits(e) for e in parts) for n, fits in told):
            linked = parts  # ("killed at least 33 people, including 12 guards ... Seven
            # guards were killed in a strike in Rafah, ... five guards dead in Khan Yunis")
        counted = sum(e.fatalities or 0 for e in linked)
        if linked and counted < wide.fatalities:
            out[i] = replace(wide, fatalities=wide.fatalities - counted)
    return out


def _toll_between(events: list[Event], i: int, j: int) -> bool:
    """Whether another sentence told a toll of its own between the wide toll (``events[i]``)
    and a part that refers back (``events[j]``) ("104 were martyred ... Al-Aqsa Martyrs
    Hospital received 30 martyrs from Bureij, Nuseirat and al-Zawaida. Among them were a
    couple and their four children": the hospital's 30 are what "among them" reads back to,
    not the 104)."""
    lo, hi = min(i, j), max(i, j)
    told = (events[i].notes, events[j].notes)
    return any(e.notes not in told and _counts_of_dead(e.notes) for e in events[lo + 1:hi])


# "across the Gaza Strip ... overnight", "across Gaza since dawn": a toll for the whole Strip
# over a span of the day (not the ministry's "past 24 hours" tally, which runs to its own hour)
_SPAN = r"\b(?:overnight|since\s+(?:dawn|midnight|(?:early\s+)?this\s+morning))\b"
# ("across the Palestinian enclave", "across the besieged territory": the Strip by another
# name)
# ("in several areas of the Gaza Strip": the Strip, its areas left unnamed)
_ACROSS = (r"\b(?:across|(?:in|of)\s+(?:several|many|various|different|multiple)\s+(?:areas|parts)"
           r"\s+of)\s+(?:the\s+)?(?:(?:Palestinian|besieged|coastal|war-torn|devastated)\s+)?"
           r"(?:Gaza(?:\s+Strip)?|Strip|enclave|territory)\b")
# "Separately, five people were killed in Jabalia": told as no part of the toll (nor "In
# addition, five people were killed in Jabalia", "Later on Sunday, a strike in Jabalia killed
# five": over and above it, or after the span it counts)
_APART = re.compile(r"\b(?:separately|in\s+a\s+separate|elsewhere|in\s+addition|"
                    r"additionally|later)\b", re.I)
_SPAN_TOLL = re.compile(rf"{_ACROSS}(?=[^.;]*?{_SPAN})|{_SPAN}(?=[^.;]*?{_ACROSS})", re.I)
_SEPARATE = re.compile(r"\b(?:separate|elsewhere|other\s+(?:\w+\s+)?(?:strikes|attacks|raids))\b",
                       re.I)
_SOLDIERS = re.compile(r"\b(?:soldiers?|troops|reservists?|servicem[ae]n)\b", re.I)
_ARTICLES = frozenset({"a", "an", "another"})  # ("a media tent": no count of the dead)
_NUMBER = re.compile(r"\b(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b", re.I)
# "One of those strikes killed seven people", "Among the dead were ...": the toll before
_REFERS_BACK = re.compile(r"\b(?:one|two|three|some|several|many|most) of (?:those|these|the) "
                          r"(?:strikes|attacks|raids|air ?strikes|bombings|dead|killed|victims)\b|"
                          r"\bamong (?:those killed|the dead|the victims|them)\b", re.I)


# "a 7-year-old girl", "since October 7", "7 October", "in the past 24 hours", "strikes on two
# houses", "citing 5 strikes on homes", "and wounded 7", "seven others were injured": a
# number that counts no dead
_NO_DEAD_AFTER = re.compile(
    rf"^(?:-|\s+)(?:year|month|week|day|hour|minute)s?\b|^\s+{MONTH_PATTERN}(?:\s|,|$)|"
    r"^\s+(?:[\w-]+\s+){0,2}?(?:houses?|homes?|buildings?|towers?|schools?|hospitals?|"
    r"mosques?|tents?|shelters?|vehicles?|cars?|trucks?|strikes?|air ?strikes?|raids?|"
    r"attacks?|rockets?|missiles?|shells?|bombs?|times)\b|"
    # ("several areas": no dead; not "killed 30 in several areas of the Gaza Strip", the dead
    # told before where they fell)
    r"^\s+(?!(?:in|across|of|at)\s)(?:[\w-]+\s+){0,2}?(?:areas|parts|places|locations)\b|"
    r"^\s+(?:[\w-]+\s+){0,2}?(?:were\s+|was\s+)?(?:wounded|injured|hurt)\b", re.I)
_NO_DEAD_BEFORE = re.compile(rf"(?:\b{MONTH_PATTERN}\s+|\b(?:wounded|injured|injuring|wounding|"
                             r"hurt|hurting)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|"
                             r"around\s+|nearly\s+|over\s+)?)$", re.I)
# "including seven children", "12 guards", "three of them in Rafah": dead of a kind or at a
# place, a part of the toll only where the part tells the same ("Seven people were killed in a
# house in Rafah" after "including seven children" may be other dead)
_KIND = re.compile(r"^\s+(?:of\s+them\s+)?(?:[a-z-]+\s+)?(children|kids|minors|women|girls|"
                   r"boys|babies|infants|journalists|guards|policemen|officers|workers|"
                   r"paramedics|medics|doctors|nurses|rescuers|teachers|students|members|"
                   r"fighters|militants|staff|employees|volunteers)\b")
_AT_PLACE = re.compile(r"^\s+(?:of\s+them\s+|people\s+|killed\s+|dead\s+)?(?:in|at)\s+"
                       r"(?:the\s+)?([A-Z][\w'-]+)")


def _counts_of_dead(notes: str) -> list[tuple[int, Callable[[Event], bool]]]:
    """The numbers a toll's sentence gives that may count its dead, each with a test of
    whether a part told later can be those dead."""
    out: list[tuple[int, Callable[[Event], bool]]] = []
    for m in _NUMBER.finditer(notes):
        w = m.group()
        if w.lower() in _ARTICLES or not (n := parse_number(w)):
            continue
        after, before = notes[m.end():m.end() + 60], notes[max(0, m.start() - 40):m.start()]
        if _NO_DEAD_AFTER.search(after) or _NO_DEAD_BEFORE.search(before) or \
                1900 < n < 2100 and w.isdigit():
            continue
        kind, place = _KIND.search(after), _AT_PLACE.search(after)
        words = [re.sub(r"(?:ren|en|s)$", "", kind.group(1)) if kind else None,
                 place.group(1) if place else None]
        out.append((n, lambda e, words=words: all(
            x is None or re.search(rf"\b{re.escape(x)}", f"{e.notes} {e.location}", re.I)
            for x in words)))
    return out


# "Two Israeli strikes on Shujaiya and Zeitoun killed 26", "more than 80 killed in twin
# strikes on Jabalia": one toll told for a number of strikes
# (not "at least two strikes", "two more strikes", nor "a day after two strikes hit the
# camp": strikes named for when)
_SEVERAL_STRIKES = re.compile(
    # (the look-ahead first: the look-behinds are tried only where a number starts)
    r"\b(?=two|three|four|five|twin|\d)"
    r"(?<!\bleast )(?<!\bthan )(?<!\bafter )(?<!\bbefore )(?<!\bsince )(?<!\bfollowing )"
    r"(two|three|four|five|twin|\d)\s+(?:(?:separate|israeli|deadly|consecutive|successive|"
    r"simultaneous|air|aerial|drone|missile)\s+){0,3}"
    r"(?:air\s?strikes|strikes|attacks|raids|bombings|bombardments)\b", re.I)
_STRIKES_NUMBER = {"two": 2, "twin": 2, "three": 3, "four": 4, "five": 5}


def strikes_told(sentence: str) -> int | None:
    """How many strikes a sentence's one toll is told for, if it says ("Two Israeli strikes
    on Shujaiya and Zeitoun killed 26 people": two)."""
    found = {m.group(1).lower() for m in _SEVERAL_STRIKES.finditer(sentence)}
    if len(found) != 1:
        return None
    word = found.pop()
    n = _STRIKES_NUMBER.get(word) or (int(word) if word.isdigit() else 0)
    return n if n >= 2 else None


# One strike and what it hit: "a house targeted by an Israeli missile", "jets bombed a
# house", "the strike on a school"
_ONE_STRIKE = re.compile(r"\b(?:(?:air\s?)?strike|attack|raid|missile|shell|bomb|bombing|"
                         r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:house|home|school|tent|mosque|"
                         r"building|apartment|car|vehicle|shelter))\b", re.I)
# ... and not strikes, nor dead told besides the toll's ("also", "another", "three more")
_NOT_ONE_STRIKE = re.compile(r"\b(?:(?:air\s?)?strikes|attacks|raids|bombings|also|another|"
                             r"separate(?:ly)?|elsewhere|further|more|second|additional)\b",
                             re.I)


def tells_one_strike(sentence: str) -> bool:
    """Whether a sentence tells one strike with its dead ("The strike on a school in Zeitoun
    killed 16"), a part a toll told before for strikes at two places may be of."""
    return _ONE_STRIKE.search(sentence) is not None and \
        _NOT_ONE_STRIKE.search(sentence) is None
