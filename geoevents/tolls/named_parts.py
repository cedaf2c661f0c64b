"""A toll's parts at the places it names, and its rest at the area.

ACLED puts each part of a toll at the place it names and the rest at the wider area
("72 killed, including 38 in Khan Younis": 38 there, 34 in the Strip). Where a sentence tells
only where many or most of a town's dead fell ("killed 78 in Rafah, most of them in Tal
as-Sultan"), the whole toll is the town's and its sites' events have no count of their own.
"""

from __future__ import annotations

import re

from geoevents.clause_places import LIST_GAP
from geoevents.dates import MONTH_NAMES
from geoevents.gazetteer import Gazetteer
from geoevents.model import Mention
from geoevents.quantities import parse_number
from geoevents.speech import TOLD
from geoevents.tolls.aid_seekers import AID_SEEKERS
from geoevents.tolls.breakdown import and_more_at, others_at
from geoevents.tolls.place_words import NAME_TAIL, NOT_AN_ITEM
from geoevents.trigger_table import ATTACK, VIOLENT
from geoevents.units import EventUnit

# a home told as hit where its people died (not "a family of seven whose home in Rafah had
# been destroyed months earlier", "was destroyed in December", "whose home in Jabalia they
# had fled": a home lost before, not where they were killed)
_HIT_THERE = (r"(?=(?: [\w'’-]+){1,6}? (?:was|were) (?:\w+ )?(?:hit|struck|bombed|flattened|"
              r"targeted|shelled|destroyed|levelled|leveled|razed)\b"
              r"(?! (?:earlier|previously|before|last|months|weeks|years|"
              rf"in {MONTH_NAMES})\b))")
# ... or the hit told right after the home, its place after the verb: "including a family of
# six whose home was struck in Gaza City" (the place of the part, as "whose home in Gaza City
# was struck")
_HIT_HERE = (r" (?:was|were) (?:\w+ )?(?:hit|struck|bombed|flattened|targeted|shelled|"
             r"destroyed|levelled|leveled|razed)")
_WHOSE_HOME = (r"(?: whose (?:home|house|tent|shelter|apartment|flat|car)s?"
               rf"(?:{_HIT_THERE}|{_HIT_HERE}))?")


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
    rf"{_WHOSE_HOME} "
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
    seekers = AID_SEEKERS.search(text, unit.anchor, unit.sentence.end) if hit else None
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
            _toll_with_places(unit, s_gaza, text) or and_more_at(unit, located, s_gaza, text)
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
            and_more_at(unit, located, s_gaza, text)
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
    rest = others_at(text, parts[-1][0].end, unit.sentence.end, s_gaza, places)
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
        tail = NAME_TAIL.match(text, towns[0].end).end()
        hit = _MOST_IN.match(text, tail) or _INCLUDING_AT.match(text, tail)
    if hit is None:
        return None
    town = towns[0] if towns and towns[0].end <= hit.start() else \
        next((m for m in s_gaza if m.end <= count.start and m.feature_class != "strip" and
              _HEADS.fullmatch(text, m.end, count.start)), None)
    stop = NOT_AN_ITEM.search(text, hit.end(), unit.sentence.end)
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
                   rf"{_WHOSE_HOME} "
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
        comma = NOT_AN_ITEM.search(text, p.end(), stop)
        if comma is not None and _SPEAKER_AFTER.match(text, comma.start()):
            stop = comma.start()
        sites = [m for m in s_gaza if p.end() <= m.start < stop and m.kind != "region"]
        if not sites:
            continue  # ("including 12 near the Zikim crossing and five in Rafah", "12 in a
            # strike on a school and five in Rafah": a part with no place of the Strip's
            # own stays in the area's rest; the parts after it still hold)
        n = parse_number(p.group(1)) or 0
        gaps = [LIST_GAP.fullmatch(text, NAME_TAIL.match(text, a.end).end(), b.start)
                for a, b in zip(sites, sites[1:])]
        if together is not None and not p.group("each") and all(gaps) and (
                len(sites) > 1 and gaps[-1].group(1) or _LIST_GOES_ON.match(
                    text, NAME_TAIL.match(text, sites[-1].end).end(), stop)):
            # (a list ends in "and": not "including 10 in Shejaia, Gaza City", a place and
            # the town it is in)
            # "dozens in Shejaia, Zeitoun and the Daraj neighbourhood": a part of the
            # places together, no one place's
            together.append((sites, n))
            continue
        out += [(m, n) for m in sites] if p.group("each") else [(sites[0], n)]
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
