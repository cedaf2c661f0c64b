"""A toll broken down into counts, each at its own place, and where its rest died.

"killed 12 people in Rafah and three in Khan Younis", "killed seven people, five in Rafah and
two in Khan Younis": each place has its own part of the toll, and the rest, if the parts fall
short, goes to the wide area the sentence tells or to the places told for the others
("including six in Khan Younis and others in Jabalia"); not where the numbers count something
else (the strikes, the homes, the detained) or the part has another fate ("two in Rafah
wounded").
"""

from __future__ import annotations

import re

from geoevents.casualties import Casualty
from geoevents.clause_places import LIST_GAP
from geoevents.model import Mention, placed_wide
from geoevents.quantities import parse_number
from geoevents.tolls.place_words import IN_ITS_AREA, NAME_TAIL, NOT_AN_ITEM, WHOSE
from geoevents.tolls.strikes import other_count, strikes_told
from geoevents.units import EventUnit

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


def others_at(text: str, start: int, end: int, s_gaza: list[Mention],
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
    comma = NOT_AN_ITEM.search(text, hit.end(), stop)
    if comma is not None:
        stop = comma.start()
    if _OTHER_FATE.search(text, hit.end(), stop):
        return []
    own = {p.place_id for p, _, _ in places}
    out: list[Mention] = []
    for m in s_gaza:
        if not hit.end() <= m.start < stop or m.feature_class == "strip" or \
                m.place_id in own or WHOSE.match(text, m.end):
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


_WHERE_TAKEN = re.compile(r"[^.;,]{0,30},?\s+where\s+(?:[\w-]+\s+){0,4}(?:were|was|had\s+been|"
                          r"have\s+been|are)\s+(?:taken|brought|transferred|rushed)\b", re.I)


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


def and_more_at(unit: EventUnit, located: list[tuple[Mention, int, float]],
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
    first, last, added = len(places), places[-1][0], False
    while True:
        # (past the town the last place lies in: "five in Sheikh Radwan in Gaza City and
        # four in Nuseirat camp")
        hit = _AND_MORE_AT.match(text, last.end) or \
            _AND_MORE_AT.match(text, IN_ITS_AREA.match(text, last.end).end())
        n = parse_number(hit.group(1)) if hit is not None else None
        site = next((x for x in s_gaza if hit.end() <= x.start <= hit.end() + 70 and
                     (x.start <= hit.end() + 40 and
                      _DESCRIBED.fullmatch(text, hit.end(), x.start) or
                      _IN_AN_ATTACK.fullmatch(text, hit.end(), x.start))), None) if n else None
        if site is None:
            break
        same = next((p for p, _, _ in places if p.place_id == site.place_id), None)
        if same is not None and _other_quarters(text, same, site) and \
                not _OWN_VERB.match(text, site.end) and not _SINCE_AFTER.match(text, site.end):
            # "killed 3 in eastern Rafah and 4 in western Rafah": two parts of one place, one
            # event there with the dead of both (ACLED sums the dead of a day at a place)
            shares[id(same)] = (shares.get(id(same)) or 0) + n
            last, added = site, True
            continue
        if same is not None or \
                _OWN_VERB.match(text, site.end) or site.feature_class == "strip" or \
                _SINCE_AFTER.match(text, site.end):
            # ("and 30 people in Khan Younis were wounded": a count with a verb of its
            # own; "and at least 40 in the Gaza Strip": the Strip's toll holds the first
            # place's; "and 300 in Khan Younis since the offensive began": a tally)
            return None
        places.append((site, 3 if site.kind == "region" else 1, 1.0))
        shares[id(site)] = n
        last = site
    return (places, shares) if len(places) > first or added else None


# a quarter of a town named before it: "eastern Rafah", "the west of Gaza City", "north Gaza"
_QUARTER = re.compile(r"(?:(?:north|south|east|west)(?:ern)?|central|(?:north|south)-?"
                      r"(?:east|west)(?:ern)?)\s+(?:(?:part|parts|outskirts|edge|areas?)\s+"
                      r"of\s+)?$|\b(?:the\s+)?(?:north|south|east|west|centre|center)\s+of\s+$",
                      re.I)


def _other_quarters(text: str, one: Mention, other: Mention) -> bool:
    """Whether two mentions of one place name two quarters of it ("in eastern Rafah and 4 in
    western Rafah"), not the place told twice alike."""
    def quarter(m: Mention) -> str | None:
        hit = _QUARTER.search(text, max(0, m.start - 30), m.start)
        return hit.group(0).lower().split()[0] if hit is not None else None
    return quarter(one) != quarter(other)


# "killed seven people, five in Rafah and two in Khan Younis", "15 were killed on Sunday:
# eight in Jabalia, four in Gaza City and three in Nuseirat": the toll broken down after a
# comma, colon or dash, each place its own part and none the whole (not "including five in
# Rafah", a part with the rest elsewhere, nor "killed seven in Rafah, two of them children")
# (or after a dash typed as two hyphens: "killed a further nine people -- seven in Beit Lahia")
_BROKEN_DOWN = re.compile(r"(?P<gap>[^,.;:()—–]{0,50}?)(?:,|:|\s(?:--|[—–-]))\s+")
# (a part told with "among them" first reads as "N of them": "killed 20 people in northern
# Gaza, among them five in Jabalia")
_PART_ITEM = re.compile(r"(?:among\s+(?:them|whom)\s+)?(?:at\s+least\s+)?"
                        r"(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
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
    if _told_for_places_together(text, site, s_gaza):
        # "killed 34, 27 of them in Khan Younis and Rafah": a part of two places together is
        # no toll of either, nor is the rest the other's; the whole stays the wide area's
        return _whole_at_the_wide_area(unit, located, s_gaza, text, hit.start(), inside)
    first = (site, 3 if site.kind == "region" else 1, 1.0)
    places, shares = _more_at([first], {id(site): n}, s_gaza, text) or ([first], {id(site): n})
    if _FATE_AFTER.match(text, places[-1][0].end):
        return None  # ("killed seven people, two in Rafah wounded": the two are not dead)
    counted = sum(shares.values())
    if counted != unit.fatalities and (counted > unit.fatalities or counted == several or
                                       other_count(hit.group("gap"))):
        # the parts count something else the clause tells: the strikes ("killed 12 in three
        # strikes, two in Rafah and one in Khan Younis"), the homes ("killed seven and
        # destroyed four houses, two in Rafah and two in Khan Younis"), the detained
        # ("killed two and detained 15, ten in Beit Lahia and five in Jabalia")
        return together
    own = {p.place_id for p, _, _ in places}
    wide = inside[0] if inside else next(
        (m for m in s_gaza if m.start < hit.start() and placed_wide(m) and m.place_id not in own and
         not WHOSE.match(text, m.end)), None)  # (not "Gaza's health ministry said")
    # the unit's other places keep their place ("strikes on Rafah, Khan Younis and Jabalia
    # killed 10, four in Rafah and three in Khan Younis": the three others in Jabalia)
    extra = list({x[0].place_id: x for x in located if x[0].place_id not in own and
                  (wide is None or x[0].place_id != wide.place_id)}.values())
    if counted == unit.fatalities:
        return places + extra, shares
    rest = others_at(text, places[-1][0].end, unit.sentence.end, s_gaza, places)
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


def _told_for_places_together(text: str, site: Mention, s_gaza: list[Mention]) -> bool:
    """Whether the place of a part opens a list of places the part is told for together
    ("27 of them in Khan Younis and Rafah", "in Jabalia, Beit Lahia and Gaza City"), not
    its own place (not "27 in Khan Younis and four in Rafah": a count of each; nor "in
    Shejaia, Gaza City": a place and the town it is in)."""
    last = site
    for m in sorted(s_gaza, key=lambda x: x.start):
        if m.start < last.end:
            continue
        gap = LIST_GAP.fullmatch(text, NAME_TAIL.match(text, last.end).end(), m.start)
        if gap is None:
            return False
        if gap.group(1):
            return True
        last = m
    return False


def _whole_at_the_wide_area(unit: EventUnit, located: list[tuple[Mention, int, float]],
                            s_gaza: list[Mention], text: str, at: int, inside: list[Mention]
                            ) -> tuple[list[tuple[Mention, int, float]], dict[int, int]]:
    """The unit's places with the whole toll at the wide area the sentence tells before
    ``at`` (the Strip, "across Gaza"), or at none where it tells none: as a part told
    "including 27 in Khan Younis and Rafah" leaves it."""
    wide = inside[0] if inside else next(
        (m for m in s_gaza if m.start < at and placed_wide(m) and not WHOSE.match(text, m.end)),
        None)
    if wide is None:
        return located, {}
    places = [x for x in located if x[0].place_id != wide.place_id] + [(wide, 3, 1.0)]
    return places, {id(wide): unit.fatalities}


def _first_part(text: str, at: int, end: int, s_gaza: list[Mention]
                ) -> tuple[Mention, int] | None:
    """The place and the count of the first part of a toll broken down at ``text[at:]``
    ("12 in Rafah", "two of them in Rafah's Tal al-Sultan"), if it is a part of the toll:
    a place of its own, not the Strip, with no verb or "since" of its own after it."""
    item = _PART_ITEM.match(text, at, end)
    n = parse_number(item.group("n")) if item is not None else None
    if not n:
        return None
    # (its place told after the attack it fell in, as for the counts after it: "five of
    # them in a strike on a house in Jabalia")
    site = next((m for m in s_gaza if item.end() <= m.start <= item.end() + 70 and
                 (m.start <= item.end() + 40 and
                  _PART_DESCRIBED.fullmatch(text, item.end(), m.start) or
                  _IN_AN_ATTACK.fullmatch(text, item.end(), m.start))), None)
    if site is not None and WHOSE.match(text, site.end):
        # "two of them in Rafah's Tal al-Sultan": the place the town holds
        site = next((m for m in s_gaza if site.end < m.start <= site.end + 4), None)
    if site is None or site.feature_class == "strip" or _OWN_VERB.match(text, site.end) or \
            _SINCE_AFTER.match(text, site.end):
        return None
    return site, n


# a fate other than death told right after a part's place ("two in Rafah wounded")
_FATE_AFTER = re.compile(r"[^,.;:]{0,20}?\b(?:wounded|injured|hurt|detained|arrested|missing|"
                         r"trapped|displaced|evacuated)\b", re.I)
