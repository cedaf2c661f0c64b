"""Two records of one incident made one: whose record, counts, actors and weapon it keeps.

The record of the sentence that places the incident best provides the event; the count is
the fuller of the two, unless one is a vague word's ("killed several people") and the
other a number, or one the ministry's tally of the past 24 hours for the Strip and the other
the day's count across it (the day's stands), or the two are rival sources' figures for the
whole toll (the lower stands, as ACLED codes the lowest reported), or one the dead hospitals
received beside the whole toll they are of (the whole's stands); the weapon is the one
either names, where the other's word names none. The tests every fold makes of two places
(whether a town holds a site) and of a count (whether its own sentence tells it in a number)
are here too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from geoevents.casualties import find_casualties
from geoevents.casualties.accounts import intake_of_a_whole_told, range_holds, rival_accounts
from geoevents.event_merge.attack_words import (
    ACROSS,
    ANOTHER,
    ANOTHER_TIME,
    HOURS_TOTAL,
    MORE_TOLD,
    NAMES_A_DAY,
)
from geoevents.gazetteer import TOWN_CLASSES, Gazetteer, haversine_m
from geoevents.model import Event, Place
from geoevents.record_days import days_between

__all__ = ["merge_events", "fuller_count", "placed_at"]


def merge_events(a: Event, b: Event) -> Event:
    """Two sentences about one (date, place, type): one event, with the fuller counts.

    The sentence that places it most precisely (lowest geo_precision), then the one coded
    with most confidence (a date and a place of its own), provides the record and its
    evidence.
    """
    base, other = (b, a) if (b.geo_precision, -b.confidence) < (a.geo_precision, -a.confidence) \
        else (a, b)
    actor1 = base.actor1 or other.actor1
    # The other side, from either sentence, never the same actor twice.
    actor2 = next((x for x in (base.actor2, other.actor2, other.actor1)
                   if x and x != actor1), None)
    return replace(base, fatalities=_told_count(a, b),
                   injuries=fuller_count(a.injuries, b.injuries), actor1=actor1, actor2=actor2,
                   confidence=max(a.confidence, b.confidence),
                   sub_event_type=_the_weapon_told(base, other))


def _the_weapon_told(base: Event, other: Event) -> str | None:
    """The sub-type of two records of one attack: the weapon one names, when the other's
    word names none ("Heavy artillery shelling around Kamal Adwan Hospital" and "staff were
    killed in occupation bombing of the hospital's surroundings": shelling)."""
    # (not "The occupation bombed a house in Nuseirat, killing seven, while artillery
    # shelled the east of the camp": one sentence that tells both, two attacks)
    # (nor a word that names no attack from afar at all: "condemns the attack on a house in
    # al-Mawasi" and "An Israeli tank fired on the building, killing two women": the tank's
    # shelling, which tells the dead; but not "Israel struck a school in Khan Younis,
    # killing 30" beside "tanks shelled the eastern parts of Khan Younis": a strike, and
    # the guns' fire elsewhere in the town)
    if base.sub_event_type == AIR and other.sub_event_type == SHELL and \
            base.notes != other.notes and \
            (BOMBING.search(base.notes) or
             other.fatalities is not None and _ATTACK_WORD.search(base.notes)) and \
            not FROM_THE_AIR.search(base.notes) and GUNS.search(other.notes):
        return other.sub_event_type
    if base.sub_event_type == AIR and other.sub_event_type == SHELL and \
            base.notes != other.notes and GUNS.search(other.notes) and \
            the_guns_of_a_bare_toll(base, other):
        return other.sub_event_type
    if {base.sub_event_type, other.sub_event_type} == {AIR, SHELL} and \
            base.notes == other.notes and _SHELLED_AND_BOMBED.search(base.notes) and \
            not AIRCRAFT.search(base.notes):
        # "had shelled and bombarded targets in Shuja'iyya": one attack told by two words
        # joined, coded as the first names it, with no aircraft told (not "warplanes bombed
        # and tanks shelled Rafah": the aircraft named; nor "bombing and shelling continue":
        # the bombing first)
        return SHELL
    return base.sub_event_type


_BOMB_WORD = r"bomb(?:ed|ing|arded|arding|ardment)"
_SHELL_WORD = r"shell(?:ed|ing)"
_SHELLED_AND_BOMBED = re.compile(rf"\b{_SHELL_WORD}\s+(?:and|or)\s+{_BOMB_WORD}\b", re.I)


AIR, SHELL = "Air/drone strike", "Shelling/artillery/missile attack"


def the_guns_of_a_bare_toll(air: Event, shell: Event) -> bool:
    """Whether a strike's record is a toll that names no attack at all ("At least 51 killed
    near Khan Younis") and the shelling's tells the guns as the only weapon ("tank shells
    and gunfire struck them"): the shelling's dead."""
    return names_no_attack(air) and AIRCRAFT.search(shell.notes) is None and \
        not _told_beside(shell)


def names_no_attack(e: Event) -> bool:
    """Whether a strike's record is only a toll, its words naming no attack or weapon ("at
    least 51 people were killed and more than 200 wounded"): coded a strike for want of
    another word."""
    return not any(p.search(e.notes) for p in (BOMBING, _ATTACK_WORD, FROM_THE_AIR, GUNS,
                                                _HIT_WORD))


def _told_beside(e: Event) -> bool:
    """Whether the guns' fire is told as more than the toll before it ("Tanks also shelled
    the eastern parts of Khan Younis", "Separately, ...", "Elsewhere, ...", "another
    strike"): fire beside the dead, not the fire that killed them."""
    return MORE_TOLD.search(e.notes) is not None or ANOTHER.search(e.notes) is not None


# (nor "Israel struck a school in Khan Younis, killing 30": a strike told by its verb)
_HIT_WORD = re.compile(r"\b(?:struck|hit|targeted|targeting|pounded|shot)\b", re.I)
# "bombing", "bombardment", "the attack on a house": words for an attack that name no
# weapon; these words name one from the air ("Israeli F-16s bombed a house", "bombed a
# residential block with 2,000-pound bombs": the aircraft, or the bombs they drop)
BOMBING = re.compile(r"\bbomb(?:ing|ings|ed|ardments?|arded|arding)\b", re.I)
_ATTACK_WORD = re.compile(r"\battack(?:s|ed)?\b", re.I)
FROM_THE_AIR = re.compile(r"\b(?:air|airstrikes?|aircraft|jets?|warplanes?|drones?|"
                          r"helicopters?|planes?|aerial|quadcopters?|strikes?|missiles?|"
                          r"f-?(?:15|16|35)[a-z]?s?|apaches?|bombs)\b", re.I)
GUNS = re.compile(r"\b(?:artillery|tanks?|shell(?:s|ing|ed)|mortars?|gunboats?|naval)\b", re.I)


# the aircraft themselves, not a "strike" that may be the guns'
AIRCRAFT = re.compile(r"\b(?:air\s*strikes?|air\s*raids?|aircraft|jets?|warplanes?|drones?|"
                      r"helicopters?|planes?|aerial|quadcopters?|f-?(?:15|16|35)[a-z]?s?|"
                      r"apaches?)\b", re.I)


def _told_count(a: Event, b: Event) -> int | None:
    """The fuller of two sentences' death counts of one event, unless one is a vague word
    ("killed several people", read as 10) and the other an exact number ("at least two
    UNRWA employees were killed"): the number told is the count; nor where one tells an act
    of another time and names no day (the day's own count stands); nor where one is
    the Strip's tally of the past hours and the other the day's count across it (see
    :func:`_hours_tally`); nor two sources' rival figures for the whole toll, nor a count
    within a range the other's sentence told ("55 to 93" and "93": the lower), nor
    the dead hospitals received beside the whole toll they are a part of (the whole's)."""
    if a.fatalities is not None and b.fatalities is not None and a.fatalities != b.fatalities:
        another_a, another_b = _of_another_time(a), _of_another_time(b)
        if another_a != another_b:
            return b.fatalities if another_a else a.fatalities
        vague_a, vague_b = _vague_count(a), _vague_count(b)
        if vague_a != vague_b:
            return b.fatalities if vague_a else a.fatalities
        hours_a, hours_b = _hours_tally(a), _hours_tally(b)
        if hours_a != hours_b and not (vague_a or vague_b) and \
                ACROSS.search((a if hours_b else b).notes):
            return b.fatalities if hours_a else a.fatalities
        if rival_accounts(a.notes, a.fatalities, b.notes, b.fatalities) or \
                range_holds(a.notes, a.fatalities, b.fatalities) or \
                range_holds(b.notes, b.fatalities, a.fatalities):
            return min(a.fatalities, b.fatalities)
        if intake_of_a_whole_told(b.notes, b.fatalities, a.notes):
            return a.fatalities
        if intake_of_a_whole_told(a.notes, a.fatalities, b.notes):
            return b.fatalities
    return fuller_count(a.fatalities, b.fatalities)


def _of_another_time(e: Event) -> bool:
    """Whether ``e``'s sentence tells its act at another time than a day it names ("The
    charity had suspended its aid deliveries earlier this year after an Israeli strike
    killed seven of its workers"), so that only the report's day keyed it with the day's
    attack at the same place: it hands that attack no count ("An Israeli airstrike on a car
    in the Gaza Strip on Saturday killed five people" stays five)."""
    return ANOTHER_TIME.search(e.notes) is not None and NAMES_A_DAY.search(e.notes) is None


def _hours_tally(e: Event) -> bool:
    """Whether ``e`` is the Strip's tally of the past hours ("at least 59 people had been
    killed in the past 24 hours"), which runs from an hour of the day before: beside the
    day's own count across the Strip ("announced Saturday that at least 19 people ... had
    been killed in several Israeli strikes across the Palestinian territory") it is the
    day's count that holds the parts told at their places, so the day's count stands (not
    beside dead told with no "across", "Among the dead are nine of a single doctor's 10
    children": a part of the tally, which stays)."""
    return (e.place_id or "").startswith("strip:") and HOURS_TOTAL.search(e.notes) is not None


def _vague_count(e: Event) -> bool:
    """Whether ``e``'s death count can only have come from a vague word of its sentence
    (not "killed ten people and wounded several others": the number spelled out)."""
    return e.fatalities in _VAGUE_VALUES and _VAGUE_WORD.search(e.notes) is not None and \
        re.search(rf"(?<![\d,]){e.fatalities}(?![\d,])", e.notes) is None and \
        re.search(_VAGUE_VALUES[e.fatalities], e.notes) is None


def no_toll_to_match(e: Event) -> bool:
    """Whether ``e``'s death count is a vague word's, no toll another count can be the same
    as ("eliminated several of its fighters"; but "killed a dozen people across Gaza City"
    and "killed 12 people" in Shujaiya: a number, told roughly, is one toll)."""
    return _vague_count(e) and not (e.fatalities == 12 and _A_DOZEN.search(e.notes))


_A_DOZEN = re.compile(r"(?i)\ba dozen\b")


# the counts geoevents.quantities reads vague words as ("several" 10, "a dozen" 12, ...),
# each with its number spelled out
_VAGUE_VALUES = {3: r"(?i)\bthree\b", 10: r"(?i)\bten\b", 12: r"(?i)\btwelve\b",
                 20: r"(?i)\btwenty\b", 100: r"(?i)\b(?:a|one)\s+hundred\b",
                 1000: r"(?i)\b(?:a|one)\s+thousand\b"}
# (not "dozens", "scores", "hundreds", "thousands": many more than a smaller number told,
# which is then a part of the dead, "Dozens of people were killed ... Two journalists were
# killed in the strike")
_VAGUE_WORD = re.compile(r"\b(?:several|many|a number of|a few|a dozen)\b", re.I)


# "the killing of hundreds of civilians": a vague toll, no count to carry to a place
_VAGUE_TOLL = re.compile(r"\b(?:dozens|scores|hundreds|thousands|several|many|a few|"
                         r"a number)\b", re.I)


def exact_toll(e: Event) -> bool:
    """Whether ``e``'s own sentence tells its death count in a number ("killed six
    people"), not a vague word, nor a count another sentence gave it."""
    return e.fatalities in _exact_counts_of_dead(e.notes)


@lru_cache(maxsize=256)
def _exact_counts_of_dead(notes: str) -> tuple[int | None, ...]:
    """The counts of the dead a sentence tells in a number, not as a tally. (Kept: the
    rules that fold records ask again of the same sentences, pair by pair.)"""
    return tuple(c.count for c in find_casualties(notes) if c.kind == "killed" and
                 not c.cumulative and not _VAGUE_TOLL.search(c.text))


_TOWN_RADIUS_M = 3000  # a site this near a town's point, in its governorate, is in it


def holds(gaz: Gazetteer, town: Place, site: Place) -> bool:
    """Whether ``site`` lies in ``town``: by the gazetteer's parent chain, or, for a site
    with no parent recorded, by being near the town's point in the same governorate."""
    if gaz.within(site, town):
        return True
    return site.parent is None and town.feature_class in TOWN_CLASSES and \
        site.feature_class not in TOWN_CLASSES and site.kind != "region" and \
        site.governorate == town.governorate and None not in (site.lat, town.lat) and \
        haversine_m(site.lat, site.lon, town.lat, town.lon) <= _TOWN_RADIUS_M




def fuller_count(x: int | None, y: int | None) -> int | None:
    """The fuller of two counts of one event (a missing count says nothing)."""
    return y if x is None else x if y is None else max(x, y)


def into(site: Event, town: Event) -> Event:
    return replace(site, fatalities=fuller_count(site.fatalities, town.fatalities),
                   injuries=fuller_count(site.injuries, town.injuries),
                   actor1=site.actor1 or town.actor1, actor2=site.actor2 or town.actor2,
                   confidence=max(site.confidence, town.confidence))


def placed_at(e: Event, f: Event) -> Event:
    """``e`` at ``f``'s place."""
    return replace(e, location=f.location, place_id=f.place_id, admin1=f.admin1,
                   latitude=f.latitude, longitude=f.longitude, geo_precision=f.geo_precision)


def within(gaz: Gazetteer, outer: str | None, inner: str | None) -> bool:
    """Whether the place ``inner`` is one of the Strip's in the place ``outer``."""
    wide, site = gaz.get(outer), gaz.get(inner)
    return wide is not None and site is not None and site_within(wide, site, gaz)


def site_within(wide: Place, site: Place, gaz: Gazetteer) -> bool:
    """Whether ``site`` is a place of the Strip inside ``wide`` (anywhere in it, for the
    Strip)."""
    return site.in_gaza and (wide.feature_class == "strip" or gaz.within(site, wide))


def placed_in(gaz: Gazetteer, wide: Place, f: Event) -> bool:
    """Whether ``f`` is placed in the Strip inside ``wide`` (anywhere, for the Strip), at a
    narrower place than ``wide`` and the Strip: "six in Rafah" beside "12 killed in southern
    Gaza"."""
    site = gaz.get(f.place_id)
    return site is not None and site.id != wide.id and site.feature_class != "strip" and \
        site_within(wide, site, gaz)


@lru_cache(maxsize=1024)
def name_pattern(source: str, flags: int = 0) -> re.Pattern:
    """``re.compile`` for the patterns built of place names, with a cache of its own: a
    pass over many reports builds more of them than ``re``'s own cache holds (512), which
    then compiles each again, report after report."""
    return re.compile(source, flags)


def ascii_names(place: Place, e: Event) -> set[str]:
    """The names a sentence may give ``e``'s ``place`` by, in plain letters: its own, its
    aliases and the one the event was told at."""
    return {n for n in (place.name, *place.aliases, e.location or "") if n and n.isascii()}


def day_before(a: str | None, b: str | None) -> bool:
    """Whether the day ``a`` is ``b`` or the day before it."""
    return days_between(a, b) in (0, 1)


def a_day_apart(a: str | None, b: str | None) -> bool:
    """Whether the days ``a`` and ``b`` are one day apart, either first ("the night before"
    told on Friday of a strike the next sentence dates to Thursday)."""
    return days_between(a, b) in (-1, 1)
