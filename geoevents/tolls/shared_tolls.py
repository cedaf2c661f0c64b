"""Tolls no one place owns: no place's own count.

A toll told for several places at once ("killed in Israeli strikes on the Kamal Adwan
Hospital in Beit Lahia and the Nuseirat refugee camp"), across the Strip with places named as
parts of it, for where most of the dead came from, for a region while another clause names a
finer place, for strikes on several named sites, for the dead a hospital received, or for
the places the sentence before listed. The gold annotations leave each place's count empty
there; ACLED's guidance divides such a toll among the events, which would give counts the
gold has not (see :func:`told_together`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from geoevents.clause_places import LIST_GAP
from geoevents.gazetteer import Gazetteer
from geoevents.model import Mention, placed_wide
from geoevents.tolls.place_words import IN_ITS_AREA, NAME_TAIL
from geoevents.tolls.strikes import GAP_COUNT, tells_one_strike
from geoevents.trigger_table import VIOLENT
from geoevents.units import EventUnit

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
        own = IN_ITS_AREA.match(text, NAME_TAIL.match(text, a.end).end(), b.start)
        gap = own.end() if own is not None else a.end
        if not (LIST_GAP.fullmatch(text, gap, b.start) or
                not after and _AND_AT.fullmatch(text, gap, b.start) or
                after and _AND_ON_TARGET.fullmatch(text, gap, b.start) and _RIGHT_BEFORE.fullmatch(
                    text, NAME_TAIL.match(text, places[-1].end).end(), count.start) and
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
        not GAP_COUNT.search(text, across.end(), max(m.start for m, _, _ in located))


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


def received_of_a_toll(unit: EventUnit, named: list[Mention], tolls: Iterable[int],
                       text: str) -> bool:
    """The dead a hospital received, told with no place of their own after a larger toll of
    the day's attack ("airstrikes pounded the surrounding area and killed at least 67
    Palestinians ... the strikes hit homes in the Shaboura area and near the border. An
    Associated Press journalist saw at least 50 bodies ... brought to the Kuwaiti
    Hospital"): a part of that toll, from wherever the attack struck, not the toll of the
    place named last (the same number is the toll told again, which event_merge reads).
    ``tolls`` are the counts of the events of the unit's day and kind told before at other
    places (at its own place the two are one event anyway), read only when the rest holds:
    the caller's generator over all the report's events then runs for few units."""
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
        own = IN_ITS_AREA.match(text, a.end, b.start)
        if own is not None and own.end() > a.end and \
                not _JOINED.search(text, own.end(), b.start):
            continue  # (not "a house near the Kuwaiti roundabout in Gaza City's Zeitoun
            # neighbourhood": the second the first's area, named with its city, no list)
        if LIST_GAP.fullmatch(text, own.end() if own is not None else a.end, b.start):
            return True
    return False


_JOINED = re.compile(r",|&|\b(?:and|or|as\s+well\s+as)\b", re.I)
