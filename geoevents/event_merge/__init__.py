"""One record per incident: how the records a report gives of one incident become one.

Several sentences of a report often tell one incident ("an airstrike on the maternity
ward", "the ward was hit during shelling"); :mod:`geoevents.events` keys them by (date,
place, type) and merges them here, keeping the fuller counts and the sentence that places
the incident best. Records of one sentence placed at a site and at the town or Strip that
holds it are folded into the site.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from geoevents.actors import ISRAELI, side_of
from geoevents.casualties import find_casualties
from geoevents.clause_places import seat_of
from geoevents.dates import MONTH_PATTERN, WEEKDAY_PATTERN
from geoevents.gazetteer import Gazetteer, haversine_m
from geoevents.model import Event, Place, placed_wide
from geoevents.quantities import number_word
from geoevents.speech import SAID
from geoevents.tolls import part_told_at_sites, strikes_told, tells_one_strike
from geoevents.trigger_table import BATTLE, SIEGE, VIOLENT
from geoevents.units import counts_combatants, israeli_dead

__all__ = ["merge_events", "fold_containers", "fuller_count", "fold_raids_into_attacks",
           "fold_into_the_placed_one", "fold_headline", "headline", "standfirst",
           "entry_headings", "fold_same_toll",
           "fold_unarmed_into_strike", "fold_unarmed_into_shooting", "fold_incidents",
           "the_dead_a_post_received",
           "bound_told_exactly_at_a_site",
           "place_the_dead_told_again", "placed_at",
           "toll_of_the_raid_told_next", "arrests_in_the_raid", "releases_told_again",
           "body_count_stands",
           "place_the_lead_told_next", "told_where", "tells_several", "name_the_site_told",
           "the_blast_that_killed", "place_the_toll_told_there", "a_list_item",
           "rest_of_the_strikes", "the_siege_told_again",
           "a_fights_dead_told_again", "the_one_attack_told_wide",
           "the_strikes_dead_told_as_a_clash", "the_statement_told_again"]


def fold_incidents(events: list[Event], title: str | None, gaz: Gazetteer,
                   standfirst: str | None = None,
                   headings: tuple[tuple[str, str], ...] = (), text: str = "") -> list[Event]:
    """A report's records of one incident, folded into one, in this order: the headline
    (and a live page's entry headings, ``headings``) into the body; a sentence's town into
    its site; a one-strike toll into the site told next; a toll told for a region into the
    place its dead are said next to have died; a raid into the force it used on civilians; a
    toll told for the Strip into the same toll at one place; killings told with no weapon
    into the strike that did them; last, a siege told again into the one told first, a
    fight's dead told again into the fight told with its day, an attack a lead placed
    only at the Strip or a region into the one its body places, and a strike's dead told
    again as a clash into the strike, and a side's or a witness's telling of an attack into
    the attack the report (``text``) told before it. Each fold reads the records
    the ones before it left."""
    events = fold_headline(events, title, gaz)
    # (and the line under it: "At least 25 children among the dead, says government media
    # office" under "At least 93 killed as Israeli strike flattens building in Beit Lahia")
    events = fold_headline(events, standfirst, gaz, under=True)
    # (and a live page's entry heading over its entry: "Posted at 1:02 a.m. ET / Israeli
    # strike sets fire to tent camp in Rafah, killing at least 45" over "An Israeli airstrike
    # on Sunday evening set fire to a camp ... in the Tal as-Sultan area of western Rafah")
    for heading, entry in headings:
        events = fold_headline(events, heading, gaz, entry=entry)
    events = fold_containers(events, gaz)
    events = fold_into_the_placed_one(events, gaz)
    events = place_the_dead_told_again(events, gaz)
    events = bound_told_exactly_at_a_site(events, gaz)
    events = place_the_lead_told_next(events, gaz)
    events = place_the_toll_told_there(events, gaz)
    events = the_offices_toll_of_the_one_attack(events, gaz)
    events = name_the_site_told(events, gaz)
    events = the_blast_that_killed(events, gaz)
    events = toll_of_the_raid_told_next(events)
    events = fold_raids_into_attacks(events)
    events = fold_same_toll(events, gaz)
    events = rest_of_the_strikes(events, gaz)
    events = the_town_told_at_a_site(events, gaz)
    events = the_sites_town_told(events, gaz)
    events = the_town_as_a_bearing(events, gaz)
    events = fold_unarmed_into_strike(events)
    events = fold_unarmed_into_shooting(events)
    events = the_dead_a_post_received(events)
    events = releases_told_again(events, gaz)
    events = the_convoy_at_a_site_in_the_town(events, gaz)
    events = the_attack_named_by_its_place(events, gaz)
    events = fighters_killed_in_a_fight(events)
    events = killed_like_the_lead(events)
    events = the_towns_site_told_again(events, gaz)
    events = the_siege_told_again(events, gaz)
    events = a_fights_dead_told_again(events, gaz)
    events = the_one_attack_told_wide(events, gaz)
    events = the_strikes_dead_told_as_a_clash(events)
    events = the_statement_told_again(events, gaz, text)
    return one_per_key(arrests_in_the_raid(events))


def one_per_key(events: list[Event]) -> list[Event]:
    """One record per (date, place, type, sub-type), whatever the order the sentences
    keyed them in ("intense artillery shelling and air raids targeting Jabalia camp" and
    then "aircraft bombed a house ... in Jabalia camp": the lead's shelling takes the
    body's strike, the lead's air raids are the same strike)."""
    first: dict[tuple, int] = {}
    out: list[Event] = []
    for e in events:
        key = (e.event_date, e.place_id, e.event_type, e.sub_event_type)
        if key in first:
            out[first[key]] = merge_events(out[first[key]], e)
        else:
            first[key] = len(out)
            out.append(e)
    return out


def killed_like_the_lead(events: list[Event]) -> list[Event]:
    """"At least 27 Palestinians were killed when Israeli forces opened fire on crowds ...
    On Sunday, 31 people were killed in similar circumstances in the same area": a toll told
    as like the report's first one, naming no weapon of its own, is of that one's kind (not
    of the tank fire a witness told in between)."""
    out = list(events)
    for i, e in enumerate(out):
        if not e.fatalities or e.event_type not in VIOLENT or not _SIMILAR.search(e.notes) or \
                not _names_no_attack(e):
            continue
        lead = next((f for f in out[:i] if f.fatalities and f.event_type in VIOLENT and
                     f.notes != e.notes), None)
        if lead is not None and lead.event_type != BATTLE[0] and \
                not _counts_combatants_in(e.notes):
            out[i] = replace(e, event_type=lead.event_type, sub_event_type=lead.sub_event_type,
                             actor1=e.actor1 or lead.actor1)
    return out


# "killed in similar circumstances", "in a similar incident", "in the same way"
_SIMILAR = re.compile(r"\b(?:in|under)\s+(?:similar|the\s+same)\s+circumstances\b|"
                      r"\bin\s+(?:an?\s+)?similar\s+(?:incidents?|attacks?|shootings?)\b|"
                      r"\bin\s+the\s+same\s+way\b", re.I)


def _counts_combatants_in(notes: str) -> bool:
    """Whether a sentence's dead are fighters or soldiers."""
    return any(counts_combatants(c) for c in find_casualties(notes) if c.kind == "killed")


def the_towns_site_told_again(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"The double strike on the Khan Younis hospital killed journalists" beside "killed
    when Israeli fire hit Nasser Hospital in Khan Younis": the town's hospital or camp, told
    with "the" and no count of its own, is the attack the report tells at the one site of
    that kind in the town (not "a hospital in Khan Younis", nor where it tells attacks at two
    of its hospitals)."""
    drop: set[int] = set()
    for i, e in enumerate(events):
        town = gaz.get(e.place_id) if e.event_type in VIOLENT and e.fatalities is None and \
            e.injuries is None else None
        if town is None or town.feature_class not in _TOWNS:
            continue
        names = "|".join(re.escape(n) for n in _ascii_names(town, e))
        told = next((m for m in re.finditer(
            rf"\bthe\s+(?:{names})(?:['’]s)?\s+(?P<kind>hospital|camp)\b|"
            rf"\bthe\s+(?P<kind2>hospital|camp)\s+in\s+(?:{names})\b", e.notes, re.I)
            if _SITE_STRUCK.search(e.notes, max(0, m.start() - 40), m.start())), None)
        if told is None or _OTHER_ONE.search(e.notes):
            continue
        kind = (told.group("kind") or told.group("kind2")).lower()
        # (the site's attack of the same day, where the sentence names a day: not "An
        # Israeli strike hit Nasser Hospital in Khan Younis on Monday ... On Wednesday,
        # Israeli strikes hit the Khan Younis hospital again")
        own_day = _NAMES_A_DAY.search(e.notes) is not None
        sites = {f.place_id for k, f in enumerate(events)
                 if k != i and k not in drop and f.event_type == e.event_type and
                 f.notes != e.notes and (f.event_date == e.event_date or not own_day) and
                 (site := gaz.get(f.place_id)) is not None and
                 site.feature_class == kind and site.id != town.id and _holds(gaz, town, site)}
        if len(sites) == 1:
            drop.add(i)
    return [e for k, e in enumerate(events) if k not in drop]


# ... told as what was hit (not "the wounded were taken to the Khan Younis hospital",
# "doctors at the Khan Younis hospital said", "a house near the Khan Younis hospital", "homes
# in Jabalia town, east of the Jabalia camp": a place told beside the town's own attack)
_SITE_STRUCK = re.compile(r"\b(?:on|hit|hits|struck|strikes?|striking|target(?:s|ed|ing)?|"
                          r"storm(?:s|ed|ing)?|raid(?:s|ed|ing)?|bomb(?:s|ed|ing)?|"
                          r"shell(?:s|ed|ing)?|pound(?:s|ed|ing)?|attack(?:s|ed|ing)?|"
                          r"besieg\w*|into|(?:strike|attack|bombing|shelling|raid|siege|"
                          r"storming)\s+(?:of|at|in))\s+$", re.I)


def the_siege_told_again(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"as siege of Jabalia enters tenth day" over "has imposed a full siege on Jabalia camp
    and its surroundings since 5 October": a siege goes on, and a report that tells it again
    at the same place, or at a town and a site in it, on another day tells one siege, kept
    on the first day told and at the nearer place. Not a siege of the Strip or a governorate
    beside one of a town or a hospital in it ("the complete siege of Gaza" and "troops
    besieged al-Shifa", "North Gaza remains under siege" and "a tightened siege on Beit
    Lahiya"), nor sieges of two towns, nor two sieges of one place each told with its own
    day or laid "again"."""
    sieges = [i for i, e in enumerate(events) if e.sub_event_type == SIEGE[1]]
    drop: set[int] = set()
    for i in sieges:
        e, here = events[i], gaz.get(events[i].place_id)
        if here is None or here.feature_class == "strip" or here.kind == "region" or i in drop:
            continue
        for j in sieges:
            f, there = events[j], gaz.get(events[j].place_id)
            if j == i or j in drop or there is None or there.feature_class == "strip" or \
                    there.kind == "region" or \
                    not (there.id == here.id or gaz.within(there, here) or
                         gaz.within(here, there)):
                continue
            # (the first day told, then the nearer place; a day told before none)
            first = (f.event_date or "9") < (e.event_date or "9") or \
                f.event_date == e.event_date and there.id != here.id and gaz.within(there, here)
            later = e if first else f
            if there.id == here.id and f.event_date != e.event_date and (
                    _ANEW.search(later.notes) or _NAMES_A_DAY.search(later.notes) and
                    _NAMES_A_DAY.search((f if first else e).notes) and
                    not _GOES_ON.search(later.notes)):
                # (not "besieged al-Shifa hospital on 15 November ... On 18 March, troops
                # besieged al-Shifa hospital again", nor "besieged Jabalia camp on 12 May" and
                # "besieged Jabalia camp on 6 October": two sieges, each told with its day;
                # but "since Monday" and "On Wednesday, the siege ... entered its third day")
                continue
            if there.id != here.id and (f.event_date == e.event_date or
                                        _NAMES_A_DAY.search(later.notes)):
                # (not "Troops encircled Khan Younis on Monday. On Wednesday, troops besieged
                # Nasser hospital in the city": a site's own siege, told with its own day;
                # nor "troops have encircled Khan Younis" and "al-Amal hospital in Khan
                # Younis is under siege", told of one day)
                continue
            if first:
                drop.add(i)
                events[j] = replace(f, actor2=f.actor2 or e.actor2)
                break
            drop.add(j)
            events[i] = e = replace(e, actor2=e.actor2 or f.actor2)
    return [e for k, e in enumerate(events) if k not in drop]


# A siege told as going on ("entered its third day", "continues", "remains", "still") or
# laid anew ("again", "for a second time", "re-imposed")
_GOES_ON = re.compile(r"\b(?:enter(?:s|ed|ing)|(?:first|second|third|fourth|fifth|sixth|"
                      r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:day|week)|"
                      r"continu\w+|remain\w*|still|ongoing|persist\w*)\b", re.I)
_ANEW = re.compile(r"\b(?:again|anew|once\s+more|(?:a|the)\s+(?:second|third|fourth)\s+time|"
                   r"re-?(?:imposed|besieged|encircled|surrounded)|renewed|new\s+siege)\b",
                   re.I)
# Another fight's dead: "Another soldier was killed in Rafah", "a second soldier", "two more
# soldiers", "in a separate clash", "in a new attack"
_OTHER_DEAD = re.compile(r"\b(?:another|a\s+(?:second|third|fourth|further)|(?:\w+\s+)?more\s+"
                         r"(?:soldiers?|troops|reservists?|officers?|fighters|militants|gunmen)|"
                         r"separate|new\s+(?:attack|clash|ambush|incident))\b", re.I)
# or fighters' dead told with a day of their own that is no weekday, in their own clause
# ("a soldier was killed in Rafah today", "Overnight, two soldiers were killed"; not
# "Israeli strikes killed 40 people across Gaza overnight, ... the death of a soldier")
_FIGHTERS = (r"(?:soldiers?|troops?|reservists?|officers?|commanders?|fighters?|militants?|"
             r"gunm[ae]n)")
_NOW = r"(?:today|yesterday|overnight|last\s+night|this\s+morning)"
_DEAD_OF_A_DAY = re.compile(rf"\b{_FIGHTERS}\b[^,;.]*\b{_NOW}\b|"
                            rf"\b{_NOW}\b,?[^,;.]*?\b{_FIGHTERS}\b", re.I)
# The day of the telling, not of the dead: "The army said today that a soldier was killed",
# "said Wednesday", "said on Tuesday"
_TELLING = r"\b(?:said|says|announced|reported|confirmed)\s+"
_SAID_NOW = re.compile(rf"{_TELLING}{_NOW}\b", re.I)
_SAID_ON = re.compile(rf"{_TELLING}(?:on\s+)?(?:{WEEKDAY_PATTERN})\b", re.I)


def a_fights_dead_told_again(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"Netanyahu ordered strikes over the death of a soldier in Rafah" and "one reservist
    was killed on Tuesday when militants opened fire on troops in Rafah": a fight's dead
    told again with no day of its own, on the day after the one told with its day, at the
    same place or for the Strip, are the dead of that fight (not "two soldiers were killed
    in Khan Younis on Monday" beside "two soldiers were killed in Rafah": two places; nor
    "Another soldier was killed in Rafah today": another fight, with its own day)."""
    drop: set[int] = set()
    for i, e in enumerate(events):
        here = gaz.get(e.place_id)
        # (a day the telling names is not the dead's: "the agency said Wednesday")
        if e.event_type != "Battles" or not e.fatalities or here is None or \
                _NAMES_A_DAY.search(_SAID_ON.sub("", e.notes)) or \
                _OTHER_DEAD.search(e.notes) or \
                _DEAD_OF_A_DAY.search(_SAID_NOW.sub("", e.notes)) or \
                "Israel" not in (side_of(e.actor1), side_of(e.actor2)):
            continue
        told = [j for j, f in enumerate(events)
                if j != i and j not in drop and f.event_type == "Battles" and
                f.fatalities == e.fatalities and f.notes != e.notes and
                f.event_date != e.event_date and _day_before(f.event_date, e.event_date) and
                _NAMES_A_DAY.search(f.notes) and
                (f.place_id == e.place_id or here.feature_class == "strip" and
                 (site := gaz.get(f.place_id)) is not None and site.in_gaza)]
        if len(told) == 1:
            drop.add(i)
    return [e for k, e in enumerate(events) if k not in drop]


def fighters_killed_in_a_fight(events: list[Event]) -> list[Event]:
    """"IDF troops eliminated approximately 18 terrorists over the past day using sniper
    fire": fire that killed armed men of the Strip's groups is a fight with them, not
    violence against civilians (one with the day's fight already told at the place; not
    "troops executed three Hamas members", nor "a journalist is shot by clan members amid
    shootouts with Hamas": its dead are not the fighters)."""
    out: list[Event] = []
    for e in events:
        if e.sub_event_type == "Attack" and side_of(e.actor1) != "civilians" and e.fatalities and \
                side_of(e.actor2) == "Palestinian" and not _PUT_TO_DEATH.search(e.notes) and \
                any(c.kind == "killed" and c.count == e.fatalities and counts_combatants(c) and
                    not israeli_dead(c) for c in find_casualties(e.notes)):
            # (one with the day's fight already told at the place: see one_per_key)
            e = replace(e, event_type="Battles", sub_event_type="Armed clash")
        out.append(e)
    return out


# (nor men killed once out of the fight: "shot dead two Hamas militants who were trying to
# surrender", "who had been taken prisoner", "members of the militia they had abducted")
_PUT_TO_DEATH = re.compile(r"\b(?:execut\w*|captured|detained|in custody|unarmed|"
                           r"surrender\w*|taken\s+prisoner|prisoners?|captives?|abduct\w*|"
                           r"kidnap\w*|arrest\w*|handcuffed|blindfolded)\b", re.I)


# "called the Beit Lahia strike a horrific incident": the attack named by its place
_NAMED_BY_PLACE = (r"\b[Tt]he\s+{name}(?:['’]s)?\s+(?:(?:air|drone|missile|Israeli)\s*)?"
                   r"(?:strike|airstrike|attack|bombing|massacre|raid|shelling|killings?)\b(?!s)")


@lru_cache(maxsize=2048)
def _named_by_place(name: str) -> re.Pattern:
    return re.compile(_NAMED_BY_PLACE.format(name=re.escape(name)))


_AN_ATTACK_OF_ITS_OWN = re.compile(r"(?i)\b(?:again|anew|another|new|fresh|second|separate|"
                                   r"renewed|struck|strikes?|air\s*strikes?|shell(?:ed|ing|s)|"
                                   r"bomb(?:ed|ing|s)|jets?|warplanes?|drones?|tanks?|artillery)\b")


def the_attack_named_by_its_place(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"An Israeli airstrike destroyed a building in Beit Lahia early Tuesday ... In
    Washington, a spokesman called the Beit Lahia strike a horrific incident": the attack
    told before, named by its place, with no count of its own, is that attack (not one more
    on the day it was spoken of; nor "another Beit Lahia strike", "a second Beit Lahia
    strike": not "the")."""
    drop: set[int] = set()
    for i, e in enumerate(events):
        if e.event_type not in VIOLENT or e.fatalities is not None or e.injuries is not None \
                or e.place_id is None:
            continue
        place = gaz.get(e.place_id)
        if place is None or placed_wide(place):
            continue
        # (the name must stand in the sentence before its pattern is built: most do not)
        named = next((hit for n in _ascii_names(place, e) if n in e.notes and (
            hit := _named_by_place(n).search(e.notes))), None)
        if named is None or _AN_ATTACK_OF_ITS_OWN.search(
                e.notes[:named.start()] + " " + e.notes[named.end():]):
            # (not "Israeli jets struck again in Beit Lahia in what residents called the
            # Beit Lahia massacre", "the Nuseirat strike drew condemnation, and a new strike
            # hit the camp": the sentence tells an attack besides the one it names)
            continue
        if any(k != i and k not in drop and f.place_id == e.place_id and
               f.event_type == e.event_type and f.event_date != e.event_date and
               f.notes != e.notes for k, f in enumerate(events)):
            drop.add(i)
    return [e for k, e in enumerate(events) if k not in drop]


def _ascii_names(place: Place, e: Event) -> set[str]:
    """The names a sentence may give ``e``'s ``place`` by, in plain letters: its own, its
    aliases and the one the event was told at."""
    return {n for n in (place.name, *place.aliases, e.location or "") if n and n.isascii()}


def the_convoy_at_a_site_in_the_town(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"the convoy of aid trucks reached the Nabulsi roundabout ... thousands had waited on
    Gaza City's coastal road": one sentence's delivery at a site and at the town that holds
    it is one delivery, at the site (not "aid reached Gaza City and Nasser hospital in Khan
    Younis": the site is in another town)."""
    drop = {i for i, e in enumerate(events)
            if e.sub_event_type == "Aid delivery" and (town := gaz.get(e.place_id)) is not None
            and town.feature_class in _TOWNS and any(
                k != i and f.sub_event_type == e.sub_event_type and f.notes == e.notes and
                f.event_date == e.event_date and f.place_id != e.place_id and
                (site := gaz.get(f.place_id)) is not None and site.kind != "region" and
                _holds(gaz, town, site) and not _told_apart(e.notes, (town, e), (site, f))
                for k, f in enumerate(events))}
    return [e for k, e in enumerate(events) if k not in drop]


def _told_apart(notes: str, *places: tuple[Place, Event]) -> bool:
    """Whether a sentence tells its two places as two deliveries: a list, or clauses of their
    own ("distributed flour in Gaza City and at the Nabulsi roundabout", "UNRWA delivered flour
    to shelters in Khan Younis and to al-Mawasi", "Aid trucks reached Gaza City on Thursday,
    and WFP distributed flour at the Nabulsi roundabout"): an "and", "or", "while" or ";"
    between every naming of the one and of the other (a place not found by its names says
    nothing)."""
    spans = []
    for place, e in places:
        # ("al-Mawasi (Khan Younis)": told as "al-Mawasi")
        names = {_QUALIFIED.sub("", n) for n in (place.name, *place.aliases, e.location or "")
                 if n.isascii()}
        spans.append([(m.start(), m.end()) for n in names if len(n) > 3 for m in re.finditer(
            rf"(?<![\w-]){re.escape(n)}(?![\w-])", notes, re.I)])
    # (the town's name inside the site's, "Jabalia" of "Jabalia camp", is the site's)
    spans[0] = [a for a in spans[0] if not any(b[0] <= a[0] and a[1] <= b[1] for b in spans[1])]
    if not all(spans):
        return False
    return all(_TWO_TOLD.search(notes, min(a[1], b[1]), max(a[0], b[0])) for a in spans[0]
               for b in spans[1])


_QUALIFIED = re.compile(r"\s*\([^()]*\)$")
_TWO_TOLD = re.compile(r"\b(?:and|or|while|whereas|but|as\s+well\s+as)\b|;", re.I)


def releases_told_again(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """A release of captives told for the whole Strip, beside the same day's releases by the
    same captor placed where they were handed over ("Six hostages freed in Gaza ... Tal
    Shoham and Avera Mengistu are released in Rafah"), or for a town beside the site in it
    they were handed over at: the same releases told again, one event each (not a handover
    of the dead, nor prisoners freed, which are releases of their own; a prisoner release
    is the Government of Israel's)."""
    def captives(e: Event) -> bool:
        return e.sub_event_type == "Hostage or prisoner release" and e.actor1 is not None \
            and e.actor1 != "Government of Israel" and not _NOT_THE_LIVING.search(e.notes)

    placed = {(e.event_date, e.actor1) for e in events if captives(e) and
              (place := gaz.get(e.place_id)) is not None and place.feature_class != "strip"}
    # (and at a town, beside the same releases at the site in it they were handed over at:
    # "Hamas released 24 hostages in Rafah ... driven through the Rafah crossing into Egypt")
    # (the same captives on both: not "Hamas released 24 hostages in Rafah on Friday, and
    # Israel freed 39 Palestinian prisoners who crossed through the Rafah crossing", whose
    # prisoners at the crossing are not the hostages freed in the town)
    sites = [(e.event_date, e.actor1, e.actor2, place) for e in events if captives(e) and
             (place := gaz.get(e.place_id)) is not None and place.feature_class not in _TOWNS
             and place.kind != "region" and place.feature_class != "strip"]
    return [e for e in events
            if not (captives(e) and (e.event_date, e.actor1) in placed and
                    (place := gaz.get(e.place_id)) is not None and
                    (place.feature_class == "strip" or place.feature_class in _TOWNS and any(
                        (d, a, v) == (e.event_date, e.actor1, e.actor2) and
                        _holds(gaz, place, site) for d, a, v, site in sites)))]


_NOT_THE_LIVING = re.compile(r"\b(?:remains|bod(?:y|ies)|coffins?|corpses?|dead)\b", re.I)


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
    if base.sub_event_type == _AIR and other.sub_event_type == _SHELL and \
            base.notes != other.notes and \
            (_BOMBING.search(base.notes) or
             other.fatalities is not None and _ATTACK_WORD.search(base.notes)) and \
            not _FROM_THE_AIR.search(base.notes) and _GUNS.search(other.notes):
        return other.sub_event_type
    if base.sub_event_type == _AIR and other.sub_event_type == _SHELL and \
            base.notes != other.notes and _GUNS.search(other.notes) and \
            _the_guns_of_a_bare_toll(base, other):
        return other.sub_event_type
    return base.sub_event_type


_AIR, _SHELL = "Air/drone strike", "Shelling/artillery/missile attack"


def _the_guns_of_a_bare_toll(air: Event, shell: Event) -> bool:
    """Whether a strike's record is a toll that names no attack at all ("At least 51 killed
    near Khan Younis") and the shelling's tells the guns as the only weapon ("tank shells
    and gunfire struck them"): the shelling's dead."""
    return _names_no_attack(air) and _AIRCRAFT.search(shell.notes) is None and \
        not _told_beside(shell)


def _names_no_attack(e: Event) -> bool:
    """Whether a strike's record is only a toll, its words naming no attack or weapon ("at
    least 51 people were killed and more than 200 wounded"): coded a strike for want of
    another word."""
    return not any(p.search(e.notes) for p in (_BOMBING, _ATTACK_WORD, _FROM_THE_AIR, _GUNS,
                                                _HIT_WORD))


def _told_beside(e: Event) -> bool:
    """Whether the guns' fire is told as more than the toll before it ("Tanks also shelled
    the eastern parts of Khan Younis", "Separately, ...", "Elsewhere, ...", "another
    strike"): fire beside the dead, not the fire that killed them."""
    return _MORE_TOLD.search(e.notes) is not None or _ANOTHER.search(e.notes) is not None


# (nor "Israel struck a school in Khan Younis, killing 30": a strike told by its verb)
_HIT_WORD = re.compile(r"\b(?:struck|hit|targeted|targeting|pounded|shot)\b", re.I)
# "bombing", "bombardment", "the attack on a house": words for an attack that name no
# weapon; these words name one from the air ("Israeli F-16s bombed a house", "bombed a
# residential block with 2,000-pound bombs": the aircraft, or the bombs they drop)
_BOMBING = re.compile(r"\bbomb(?:ing|ings|ed|ardments?|arded|arding)\b", re.I)
_ATTACK_WORD = re.compile(r"\battack(?:s|ed)?\b", re.I)
_FROM_THE_AIR = re.compile(r"\b(?:air|airstrikes?|aircraft|jets?|warplanes?|drones?|"
                           r"helicopters?|planes?|aerial|quadcopters?|strikes?|missiles?|"
                           r"f-?(?:15|16|35)[a-z]?s?|apaches?|bombs)\b", re.I)
_GUNS = re.compile(r"\b(?:artillery|tanks?|shell(?:s|ing|ed)|mortars?|gunboats?|naval)\b", re.I)


def _told_count(a: Event, b: Event) -> int | None:
    """The fuller of two sentences' death counts of one event, unless one is a vague word
    ("killed several people", read as 10) and the other an exact number ("at least two
    UNRWA employees were killed"): the number told is the count."""
    if a.fatalities is not None and b.fatalities is not None and a.fatalities != b.fatalities:
        vague_a, vague_b = _vague_count(a), _vague_count(b)
        if vague_a != vague_b:
            return b.fatalities if vague_a else a.fatalities
    return fuller_count(a.fatalities, b.fatalities)


def _vague_count(e: Event) -> bool:
    """Whether ``e``'s death count can only have come from a vague word of its sentence
    (not "killed ten people and wounded several others": the number spelled out)."""
    return e.fatalities in _VAGUE_VALUES and _VAGUE_WORD.search(e.notes) is not None and \
        re.search(rf"(?<![\d,]){e.fatalities}(?![\d,])", e.notes) is None and \
        re.search(_VAGUE_VALUES[e.fatalities], e.notes) is None


def _no_toll_to_match(e: Event) -> bool:
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


def fold_containers(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"The Khadija School airstrike occurred on 26 July in Deir al-Balah ... killing 30":
    a sentence whose attack is placed at a site and whose count is placed at the town that
    holds it tells one event, at the site, with the count. Regions are left alone: a day's
    toll across a governorate is not one of its strikes."""
    drop: set[int] = set()
    out = list(events)
    for i, outer in enumerate(out):
        place = gaz.get(outer.place_id) if outer.event_type in VIOLENT else None
        if place is not None and place.feature_class == "strip" and \
                not _ACROSS.search(outer.notes) and \
                (outer.fatalities is not None or _GAZA_STRIKE.search(outer.notes) and
                 not tells_several(outer.notes) and not _WAVE.search(outer.notes) and
                 not _OTHER_ONE.search(outer.notes) and
                 sum(j != i and inner.notes == outer.notes and
                     inner.event_type == outer.event_type for j, inner in enumerate(out)) == 1):
            # "The Flour Massacre occurred in the Gaza Strip on 29 February, when 118 were
            # killed ... on Al-Rashid Street in Gaza City": the one place its sentence
            # gives the attack is where the Strip's count belongs; with no count, "a Gaza
            # strike" and one attack its sentence places ("on deadly Gaza strike: We are
            # appalled by this morning's deadly attack by Israeli forces on a ... building
            # in Beit Lahiya") are one (not "Israeli warplanes bombarded the Gaza Strip,
            # and a strike hit a school in Rafah": the Strip's bombing is more)
            sites = [j for j, inner in enumerate(out)
                     if j != i and j not in drop and inner.notes == outer.notes and
                     inner.event_type == outer.event_type and
                     inner.event_date == outer.event_date and inner.fatalities is None and
                     (gaz.get(inner.place_id) or place).kind != "region"]
            if not sites and outer.fatalities is not None and \
                    _ONE_ATTACK_WORD.search(outer.notes) and not tells_several(outer.notes) \
                    and not _WAVE.search(outer.notes) and not _OTHER_ONE.search(outer.notes):
                # (and the site's record its sentence joined to the same attack told just
                # before: "Tuesday's strike in Beit Lahia ... When an Israeli strike brought
                # down a building in Beit Lahia early Tuesday, the Gaza health ministry said
                # 93 people were killed")
                sites = [j for j, inner in enumerate(out)
                         if j < i and j not in drop and inner.notes != outer.notes and
                         inner.event_type == outer.event_type and
                         inner.event_date == outer.event_date and inner.fatalities is None and
                         inner.location and _struck_at(outer.notes, inner.location) and
                         (gaz.get(inner.place_id) or place).kind != "region" and
                         not any(k != i and k != j and other.notes == outer.notes and
                                 other.event_type == outer.event_type
                                 for k, other in enumerate(out))]
            if len(sites) == 1:
                out[sites[0]] = _into(out[sites[0]], outer)
                drop.add(i)
            continue
        if place is None or place.kind == "region" or part_told_at_sites(outer.notes):
            continue  # (not "Khan Younis: 102 killed, many in tents in al-Mawasi", "Gaza City:
            # 89 killed, including ... dozens in Shejaia and Zeitoun": the town's toll, or its
            # rest, of which the site's dead are a part)
        for j, inner in enumerate(out):
            if j == i or j in drop or inner.event_type != outer.event_type or \
                    inner.event_date != outer.event_date or inner.place_id == outer.place_id \
                    or inner.notes != outer.notes or \
                    inner.fatalities is not None or outer.fatalities is None:
                continue
            site = gaz.get(inner.place_id)
            if site is not None and _holds(gaz, place, site):
                out[j] = _into(inner, outer)
                drop.add(i)
                break
    return [e for k, e in enumerate(out) if k not in drop]


_ACROSS = re.compile(r"\b(?:across|throughout|all over)\b", re.I)
# "deadly Gaza strike", "the Gaza attack": one attack somewhere in Gaza, the place a word
# of its name
_GAZA_STRIKE = re.compile(r"\bGaza\s+(?:air ?strike|strike|attack|bombing|raid)\b(?!s)")
# "a wave of bombing", "Israeli jets bombarded Gaza", "pounded the Strip": more than one
_WAVE = re.compile(r"\b(?:waves?|series|bombard\w*|pound\w*|barrage)\b", re.I)
# (nor "Deadly Gaza strike: an Israeli strike on a school in Nuseirat killed 18, and another
# strike hit a house in Rafah", "UN condemns Gaza strike; separately, Israeli drones struck a
# tent in Khan Younis": the attack its sentence places is one more, or another)
_OTHER_ONE = re.compile(r"\b(?:another|separate(?:ly)?|elsewhere|meanwhile)\b", re.I)
_TOWN_RADIUS_M = 3000  # a site this near a town's point, in its governorate, is in it


def _holds(gaz: Gazetteer, town: Place, site: Place) -> bool:
    """Whether ``site`` lies in ``town``: by the gazetteer's parent chain, or, for a site
    with no parent recorded, by being near the town's point in the same governorate."""
    if gaz.within(site, town):
        return True
    return site.parent is None and town.feature_class in _TOWNS and \
        site.feature_class not in _TOWNS and site.kind != "region" and \
        site.governorate == town.governorate and None not in (site.lat, town.lat) and \
        haversine_m(site.lat, site.lon, town.lat, town.lon) <= _TOWN_RADIUS_M


_TOWNS = frozenset({"city", "town", "village", "camp"})


def fuller_count(x: int | None, y: int | None) -> int | None:
    """The fuller of two counts of one event (a missing count says nothing)."""
    return y if x is None else x if y is None else max(x, y)


def _into(site: Event, town: Event) -> Event:
    return replace(site, fatalities=fuller_count(site.fatalities, town.fatalities),
                   injuries=fuller_count(site.injuries, town.injuries),
                   actor1=site.actor1 or town.actor1, actor2=site.actor2 or town.actor2,
                   confidence=max(site.confidence, town.confidence))


def placed_at(e: Event, f: Event) -> Event:
    """``e`` at ``f``'s place."""
    return replace(e, location=f.location, place_id=f.place_id, admin1=f.admin1,
                   latitude=f.latitude, longitude=f.longitude, geo_precision=f.geo_precision)


def fold_into_the_placed_one(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"An Israeli strike killed 90 people. The strike took place close to Khan Younis": a
    count its sentence could only give the Strip, and the next mention of "the strike"
    that places it, are one event, at that place, with the count. So are a count at a town
    and "the strike" placed at a site in it ("DEIR AL-BALAH: an Israeli strike on a tent
    camp killed four men. The strike hit an encampment near the Al-Aqsa Martyrs
    Hospital")."""
    out = list(events)
    drop: set[int] = set()
    for i, e in enumerate(out):
        if e.event_type not in VIOLENT or e.place_id is None:
            continue
        wide = gaz.get(e.place_id)
        for j in range(i + 1, len(out)):
            f = out[j]
            if j in drop or f.event_type != e.event_type or f.event_date != e.event_date or \
                    (f.fatalities is None) == (e.fatalities is None) or f.notes == e.notes or \
                    (f.place_id or "strip:").startswith("strip:") or not _tells_the_same(f.notes):
                continue
            same = _THE_SAME.match(f.notes)
            if same is not None and _NOT_WHERE_IT_HIT.match(f.notes, same.end()):
                # (not "The strike came hours after Hamas's Qassam Brigades fired eight
                # rockets from Rafah": what went on before it, told at its own place)
                continue
            site = gaz.get(f.place_id)
            # (a region's toll is placed like the Strip's when "the incident" is placed
            # next: "a soldier was killed in the fighting in northern Gaza ... the incident
            # occurred in Shejaiya"; not "40 were killed in northern Gaza. The strike on a
            # home in Beit Lahia ...", one strike of the day's)
            # (nor "Israeli aircraft struck a residential block in northern Gaza, killing 23.
            # The strike hit a four-story building in Shijaiyah": one strike, placed)
            wide_area = e.place_id.startswith("strip:") or wide is not None and \
                wide.kind == "region" and site is not None and gaz.within(site, wide) and (
                    _THE_INCIDENT.match(f.notes) is not None or
                    told_where(f.notes) is not None or
                    _THE_SAME.match(f.notes) is not None and _ONE_TARGET.search(e.notes)
                    is not None and not tells_several(e.notes))
            if wide_area and (_ACROSS.search(e.notes) or (
                    tells_several(e.notes) and not _ONE_TOLD.search(e.notes))):
                continue  # "strikes killed 30 across Gaza. A missile hit the market in X"
            if not wide_area and (
                    wide is None or site is None or site.id == wide.id or
                    not _holds(gaz, wide, site) or tells_several(e.notes) or
                    not (_ONE_TOLD.search(e.notes) or _ONE_TARGET.search(e.notes)) or
                    _NOT_WHERE_IT_HIT.match(f.notes, _THE_SAME.match(f.notes).end()
                                            if _THE_SAME.match(f.notes) else 0)):
                # (not "Israeli strikes killed 30 people in Khan Younis. The strike on a tent
                # near Nasser Hospital ...": the town's toll is of several strikes; nor "The
                # shelling also hit homes in Tel al-Sultan", "The attack came as troops
                # pushed into Shejaia": another place hit, or what went on around it)
                continue
            out[j] = _into(f, e)
            drop.add(i)
            break
    return [e for k, e in enumerate(out) if k not in drop]


# "More than 100 Palestinians were killed ...", a toll told as a bound
_A_BOUND = re.compile(r"\b(?:more\s+than|over|at\s+least)\s+(?P<n>\d[\d,]*)\b", re.I)


def bound_told_exactly_at_a_site(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"More than 100 Palestinians were killed ... when Israeli troops opened fire as crowds
    surged around an aid convoy on the western edge of Gaza City. The ministry said 112
    people had been killed and 760 injured near the Nabulsi roundabout": a town's toll told
    as a bound, and the next sentence's count, within the bound's reach, the same day, of
    the same kind of attack at a site in the town, are one event, at the site, with its
    count (not "... Separately, 15 were killed in a strike on a school in X": another)."""
    out = list(events)
    drop: set[int] = set()
    for i, e in enumerate(out):
        bound = _A_BOUND.search(e.notes) if e.fatalities else None
        if bound is None or e.event_type not in VIOLENT or \
                int(bound.group("n").replace(",", "")) != e.fatalities:
            continue
        town = gaz.get(e.place_id)
        if town is None or town.feature_class not in _TOWNS:
            continue
        for j in range(i + 1, min(i + 3, len(out))):
            f = out[j]
            site = gaz.get(f.place_id)
            # (not "More than 20 ... killed in Israeli air strikes on Gaza City ... Israeli
            # tanks shelled the Shati camp ..., killing 25": fire of another kind)
            if j in drop or f.event_type != e.event_type or f.event_date != e.event_date or \
                    f.sub_event_type != e.sub_event_type or \
                    f.notes == e.notes or site is None or site.id == town.id or \
                    not _holds(gaz, town, site) or f.fatalities is None or \
                    not e.fatalities < f.fatalities <= e.fatalities * 3 // 2 or \
                    _TOLD_APART.search(f.notes) or _ANOTHER.search(f.notes):
                continue
            out[j] = replace(f, injuries=fuller_count(f.injuries, e.injuries),
                             actor1=f.actor1 or e.actor1, actor2=f.actor2 or e.actor2,
                             confidence=max(f.confidence, e.confidence))
            drop.add(i)
            break
    return [e for k, e in enumerate(out) if k not in drop]


def place_the_dead_told_again(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"four soldiers had been killed in fighting in southern Gaza ... Kan said that the
    soldiers were killed in an explosion in a building in ... Rafah": a toll told for the
    Strip or a region, and the same dead said next to have been killed at a place in it,
    the same day, are one event: the counted one, at that place. The kind of attack stays
    the counted record's: the later sentence is one account of how they died."""
    out = list(events)
    drop: set[int] = set()
    for i, e in enumerate(out):
        wide = gaz.get(e.place_id)
        if not e.fatalities or e.event_type not in VIOLENT or wide is None or \
                not placed_wide(wide) or \
                tells_several(e.notes) and not _ONE_TOLD.search(e.notes):
            # (not "Israeli strikes killed 30 people across the Gaza Strip ... The
            # journalists were killed in a strike on a car in Nuseirat": a toll of several
            # strikes, some of whose dead are told of next)
            continue
        for j in range(i + 1, len(out)):
            f = out[j]
            again = _THE_DEAD_AGAIN.search(f.notes)
            if j in drop or f.fatalities is not None or f.event_type not in VIOLENT or \
                    f.event_date != e.event_date or f.notes == e.notes or again is None or \
                    re.search(rf"\b(?:including|among them|among whom)\b[^.;]{{0,40}}?"
                              rf"\b{again.group('who') or again.group('n')}\b", e.notes, re.I):
                # (not "four soldiers were killed ..., including two officers. In Rafah, the
                # officers were killed", nor "... The two were killed in Beit Hanoun": some
                # of the dead)
                continue
            site = gaz.get(f.place_id)
            if site is None or site.id == wide.id or not site.in_gaza or \
                    site.kind == "region" or not (wide.feature_class == "strip" or
                                                  gaz.within(site, wide)):
                continue
            out[i] = placed_at(e, f)
            drop.add(j)
            break
    return [e for k, e in enumerate(out) if k not in drop]


# "the soldier was killed in a building collapse, after an explosive device was detonated",
# "the casualties took place as a result of an improvised explosive device": the dead told
# before, and how they died (not "Two of the soldiers were killed": some of them; nor "the
# two soldiers were wounded", "the soldiers had been searching the area": no death told)
_HOW_THEY_DIED = re.compile(r"(?<!\bof\s)\b(?:the|both|all)\s+(?:(?P<n>two|three|four|five|six|"
                            r"seven|eight|nine|ten|\d+)\s+)?(?P<who>soldiers?|troops|troopers|"
                            r"reservists?|officers?|servicem[ae]n|casualties|deaths|dead)\s+"
                            r"(?:(?:was|were|had\s+been|have\s+been)\s+(?:(?:all|both)\s+)?"
                            r"killed|died|took\s+place|occurred)\b", re.I)
# the device the dead were killed by, told next in the sentence
_THE_BLAST = re.compile(r"\b(?:explosive|device|bomb|ied|mines?|blast|explosion|detonat\w*|"
                        r"booby)\b", re.I)
# "The soldiers were killed by sniper fire, while an explosive device was detonated near a
# tank": another weapon, or another clause, before the blast
_OTHER_CAUSE = re.compile(r"\b(?:sniper|gunfire|fire|shots?|shooting|gunmen|missiles?|"
                          r"rockets?|shell\w*|mortars?|while|whereas|but|later|also)\b|;", re.I)
# "an explosive device was detonated by the soldiers themselves", "their own explosive
# device detonated prematurely", "sappers detonated it safely": a blast set off by the
# troops, no device that killed them
_OWN_BLAST = re.compile(r"\b(?:by\s+(?:the\s+)?(?:soldiers|troops|forces|army|engineers?|"
                        r"sappers|engineering\s+(?:troops|units?|forces))|themselves|their\s+own|"
                        r"sappers|safely|controlled|defus\w*)\b", re.I)
# "Two other soldiers were seriously wounded in the same incident, when an explosive device
# detonated near their tank": the incident whose dead were told before, and what it was
_SAME_INCIDENT = re.compile(r"\b(?:in|during)\s+the\s+same\s+(?:incident|attack|event|"
                            r"encounter)\b", re.I)
# ... the blast told as what hurt them: "wounded in the same incident, when an explosive
# device detonated", "in the same attack by a roadside bomb"
_BLAST_HURT = re.compile(r"\b(?:when|after|as|by|from|following|in\s+(?:an?|the))\b", re.I)
# "In a separate incident, the two soldiers were killed when ...": another blast
_ANOTHER_INCIDENT = re.compile(r"^\W*(?:in\s+(?:a|another)\s+(?:separate\s+)?incident|"
                               r"separately|elsewhere|earlier|later)\b", re.I)


def _all_the_dead(notes: str, toll: int) -> bool:
    """Whether ``notes`` say how all of ``toll`` dead told before died, by a blast (not "the
    soldier was killed" after four dead: one of them; nor "the soldiers were killed by
    sniper fire, while an explosive device was detonated")."""
    m = _HOW_THEY_DIED.search(notes) or _SAME_INCIDENT.search(notes)
    if m is None or _ANOTHER_INCIDENT.search(notes) or _OWN_BLAST.search(notes):
        return False
    blast = _THE_BLAST.search(notes, m.end())
    if blast is None or _OTHER_CAUSE.search(notes, m.end(), blast.start()):
        return False
    if m.re is _SAME_INCIDENT:
        # the whole incident, its dead with it, where the blast is told as what hurt them
        # (not "In the same incident, troops found an explosive device and detonated it")
        return _BLAST_HURT.search(notes, m.end(), blast.start()) is not None
    n = m.group("n")
    if n is not None:
        return number_word(n) == toll
    who = m.group("who").lower()
    return toll == 1 if who in ("soldier", "reservist", "officer", "serviceman") else toll > 1


def the_blast_that_killed(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"An Israeli soldier was killed ... during fighting in the southern Gaza Strip. ...
    the soldier was killed in a building collapse, after an explosive device was
    detonated": a toll of fighting, and a later sentence saying the same dead were killed
    by a device, the same day and at that place or one in it, are one event: the blast,
    with the toll. (Not "the resistance forces have detonated more than 10 explosive
    devices": blasts with no word of the dead told; nor "the soldier was killed by a
    roadside bomb" after four dead: one of them.)"""
    out = list(events)
    drop: set[int] = set()
    for i, e in enumerate(out):
        if e.event_type != "Battles" or not e.fatalities:
            continue
        for j in range(i + 1, len(out)):
            f = out[j]
            if j in drop or f.sub_event_type != "Remote explosive/landmine/IED" or \
                    f.fatalities is not None or f.event_date != e.event_date or \
                    f.notes == e.notes or not _all_the_dead(f.notes, e.fatalities) or \
                    not (f.place_id == e.place_id or _within(gaz, e.place_id, f.place_id)):
                continue
            out[j] = replace(f, fatalities=e.fatalities, injuries=fuller_count(f.injuries,
                                                                                e.injuries))
            drop.add(i)
            break
    return [e for k, e in enumerate(out) if k not in drop]


def _within(gaz: Gazetteer, outer: str | None, inner: str | None) -> bool:
    """Whether the place ``inner`` is one of the Strip's in the place ``outer``."""
    wide, site = gaz.get(outer), gaz.get(inner)
    return wide is not None and site is not None and _site_within(wide, site, gaz)


def _site_within(wide: Place, site: Place, gaz: Gazetteer) -> bool:
    return site.in_gaza and (wide.feature_class == "strip" or gaz.within(site, wide))


# "a new Israeli airstrike", "Israeli air strike on Gaza Strip": one attack, told in the
# singular
_ONE_ATTACK_WORD = re.compile(r"\b(?:air ?strike|strike|attack|bombing|explosion|raid)\b",
                              re.I)


def _struck_at(notes: str, name: str) -> bool:
    """Whether ``notes`` tells its attack at ``name`` ("an Israeli strike brought down a
    building in Beit Lahia"; not "killed 15 people in Gaza, among them a family who had
    fled Nuseirat", "the Rafah-based ministry spokesman said", "the wounded were taken to
    Nasser Hospital in Khan Younis": the name told of something else)."""
    return re.search(_ONE_ATTACK_WORD.pattern + r"[^,;.]{0,80}?\b(?:in|at|near|on)\s+"
                     r"(?:the\s+)?" + re.escape(name) + r"\b", notes, re.I) is not None


# "Israeli fire killed 31 as crowds headed to an aid distribution point in southern Gaza":
# one shooting, told by the one site the crowd was at or going to
_ONE_AID_SITE = re.compile(r"\b(?:near|at|around|outside|to|towards?)\s+an?\s+(?:[\w-]+\s+){0,2}"
                           r"(?:distribution\s+(?:point|site|cent(?:re|er)|hub)|aid\s+site)\b",
                           re.I)


# the next record is of that site when its sentence tells the site again ("troops fired at
# crowds near the site in Rafah, killing ten"; not "Troops fired at a crowd in Khan Younis
# on Sunday, killing four", "Troops opened fire on homes in Khan Younis": a shooting of its
# own)
_THE_AID_SITE = re.compile(r"\b(?:site|distribution|aid|GHF|hub)\b", re.I)


# "- Israel launches an airstrike ...": an item of a list, each an event of its own
_LIST_ITEM = re.compile(r"\s*[-*•]\s")


def a_list_item(notes: str) -> bool:
    """Whether ``notes`` are an item of a list ("- Israel launches an airstrike ..."), an
    event of its own."""
    return _LIST_ITEM.match(notes) is not None
# "Another air strike early on Tuesday flattened a home west of Khan Younis", "The first
# strike happened in Khan Younis and the second in Rafah": another one, or one of several
_ANOTHER_ONE = re.compile(r"\b(?:another|first|second|third|separate|other)\s+"
                          r"(?:[\w-]+\s+){0,2}?"
                          r"(?:air ?strikes?|strikes?|attacks?|bombings?|raids?|explosions?)\b",
                          re.I)
# "In Rafah, a drone struck a car": the next item of a round-up, at a place of its own
_FRONTED_PLACE = re.compile(r"\W*(?:In|At|Near)\s+(?:the\s+)?[A-Z][^,.;]{0,40},")
# "A drone strike in Beit Lahiya wounded four people", "warplanes struck a house in Deir
# al-Balah" after "Later in the day,": a new attack its sentence opens with, or one at another
# hour of the day (not "the Israeli aircraft targeted the home", "heard a loud explosion",
# "were killed Sunday by an Israeli drone strike on their car near Rafah": the one told)
_A_NEW_ONE = re.compile(r"\W*an?\s+(?:[\w-]+\s+){0,2}?(?:air ?strike|strike|attack|bombing|"
                        r"raid|shelling)\b", re.I)
# ("Hours before, a strike hit ...", "A day earlier, ...": at another time than the one told)
_HOURS_APART = re.compile(r"\W*(?:(?:Some|A\s+few|Several|Two|Three)\s+)?(?:Hours?|Minutes?|"
                          r"(?:A|One)\s+(?:day|hour)|Days?)\s+(?:before|earlier|later)\b", re.I)
_ANOTHER_HOUR = re.compile(r"\W*(?:Earlier|Later|Hours\s+(?:later|earlier)|Before\s+that|"
                           r"After\s+that|Overnight|Shortly\s+(?:after|before))\b", re.I)
# "Israeli tanks shelled homes in Khan Younis" after an air strike's toll: another attack, of
# another kind; only a blast heard ("Witnesses in Deir al-Balah say they heard two
# explosions") is the lead's strike told at its place (not "an explosive device detonated")
_DEVICE = re.compile(r"\b(?:explosive\s+devices?|IEDs?|landmines?|mines?|booby|bombs?|"
                     r"detonat\w*|unexploded)\b", re.I)


def _same_kind(e: Event, f: Event) -> bool:
    """Whether ``f`` may tell the attack ``e`` tells: the same kind of attack, or only a
    blast heard."""
    return f.sub_event_type == e.sub_event_type or \
        f.sub_event_type == "Remote explosive/landmine/IED" and not _DEVICE.search(f.notes)


# "the killing of hundreds of civilians": a vague toll, no count to carry to a place
_VAGUE_TOLL = re.compile(r"\b(?:dozens|scores|hundreds|thousands|several|many|a few|"
                         r"a number)\b", re.I)


def _exact_toll(e: Event) -> bool:
    """Whether ``e``'s own sentence tells its death count in a number ("killed six
    people"), not a vague word, nor a count another sentence gave it."""
    return any(c.kind == "killed" and c.count == e.fatalities and not c.cumulative and
               not _VAGUE_TOLL.search(c.text) for c in find_casualties(e.notes))


def place_the_lead_told_next(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"a new Israeli airstrike has killed six people from a single family in central Gaza
    Strip. ... Witnesses in Deir al-Balah town say they heard two explosions": a toll of one
    attack its sentence could only place in the Strip or a region, and the next record of
    the same kind and day, placed in it with no count of its own (or only a part of the
    toll: "killing him and two of his children"), are one event, at that place, with the
    toll. (Not "Israeli strikes killed 30 across Gaza. In Rafah, a house was hit": a toll of
    several; nor "Separately, shelling hit Khan Younis": another attack.)

    Unlike :func:`geoevents.told_next.place_told_next`, which moves only the place of a
    happening, read from the place names of the sentences after it as its event is made
    (each sentence's event stays its own), this joins two events made already into one:
    the lead's toll, at the place the next record's own sentence gave it."""
    out = list(events)
    drop: set[int] = set()
    for i, e in enumerate(out):
        wide = gaz.get(e.place_id)
        if i in drop or not e.fatalities or e.event_type not in VIOLENT or wide is None or \
                not placed_wide(wide) or \
                tells_several(e.notes) or not (_ONE_ATTACK_WORD.search(e.notes) or
                                               _ONE_TARGET.search(e.notes) or
                                               _ONE_AID_SITE.search(e.notes)):
            continue
        j = next((k for k in range(i + 1, len(out)) if k not in drop and
                  out[k].event_type == e.event_type), None)
        if j is None:
            continue
        f = out[j]
        site = gaz.get(f.place_id)
        if f.event_date != e.event_date or f.notes == e.notes or \
                f.fatalities is not None and (
                    f.fatalities >= e.fatalities or wide.feature_class != "strip" and not (
                        _ONE_AID_SITE.search(e.notes) and _THE_AID_SITE.search(f.notes))) or \
                not (_ONE_ATTACK_WORD.search(e.notes) or _ONE_TARGET.search(e.notes) or
                     _THE_AID_SITE.search(f.notes)) or \
                a_list_item(e.notes) or a_list_item(f.notes) or \
                _ANOTHER_ONE.search(f.notes) or _FRONTED_PLACE.match(f.notes) or \
                _A_NEW_ONE.match(f.notes) or _ANOTHER_HOUR.match(f.notes) or \
                not _same_kind(e, f) or \
                not _exact_toll(e) or \
                site is None or site.id == wide.id or not site.in_gaza or \
                not (wide.feature_class == "strip" or gaz.within(site, wide)) or \
                _TOLD_APART.search(f.notes) and not _THE_SAME.match(f.notes) or \
                _ANOTHER_TIME.search(f.notes):
            continue
        out[j] = replace(_into(f, e), sub_event_type=e.sub_event_type)
        drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]


def place_the_toll_told_there(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"the devastating attack on the al-Mawasi area near Khan Younis ... at least 71
    people have been brutally slaughtered there today": an attack placed at a site with no
    toll, and the next record of its kind and day, whose sentence tells its dead killed
    "there" and so could only place them in the Strip or a region that holds the site,
    are one event, at the site, with the toll. (Not "Three more were killed there", "were
    also killed there": more dead, told apart.)"""
    out = list(events)
    drop: set[int] = set()
    for j, f in enumerate(out):
        wide = gaz.get(f.place_id)
        if not f.fatalities or f.event_type not in VIOLENT or wide is None or \
                not placed_wide(wide) or \
                _TOLD_APART.search(f.notes) or _MORE_DEAD.search(f.notes) or \
                _PART_OF_A_TOLL.search(f.notes) or _HOURS_TOTAL.search(f.notes):
            continue
        there = _KILLED_THERE.search(f.notes)
        if there is None or _PLACE_BEFORE.search(f.notes, 0, there.start()) or \
                _DEAD_BEFORE.search(f.notes, 0, there.start()):
            continue
        i = next((k for k in range(j - 1, -1, -1) if k not in drop and
                  out[k].event_type == f.event_type), None)
        if i is None:
            continue
        e = out[i]
        if e.fatalities is not None or e.event_date != f.event_date or e.notes == f.notes or \
                not _within(gaz, f.place_id, e.place_id) or e.place_id == f.place_id or \
                not _same_kind(e, f):
            continue
        out[i] = _into(e, f)
        drop.add(j)
    return [e for k, e in enumerate(out) if k not in drop]


# "slaughtered there today", "were killed there": the dead at the place told before (not
# "there were", "there is": no place; nor "killed over there", "out there": a place pointed
# at, or anywhere)
_KILLED_THERE = re.compile(r"\b(?:killed|slaughtered|massacred|died|dead|perished)\s+"
                           r"(?:(?!(?:over|out)\b)[\w-]+\s+)?there\b", re.I)
# "Israeli strikes killed 30 people in northern Gaza on Sunday, including 12 killed there",
# "3 of them died there": a part of a toll of several attacks
_PART_OF_A_TOLL = re.compile(r"\b(?:including|among|of\s+(?:them|whom|those))\b", re.I)
# "45 people were killed in the past 24 hours": the day's total of many attacks
_HOURS_TOTAL = re.compile(r"\b(?:past|last)\s+(?:\d{1,2}|twenty-four|forty-eight)\s+hours\b",
                          re.I)
# "Israeli artillery shelled northern Gaza, and at least 7 people were killed there", "A
# drone strike on a car in northern Gaza killed 3 people, who died there": "there" is the
# place the sentence names itself, not the site told before
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Oo]n|[Aa]t|[Nn]ear|[Ii]nto|"
                           r"shelled|bombed|struck|hit|pounded|targeted|raided|stormed)\s+"
                           rf"(?:the\s+)?(?!(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN})\b)"
                           r"(?:(?:northern|southern|central|eastern|western|north|south|east|"
                           r"west)\b|[A-Z])")
# "35 people were killed in Gaza on Sunday, and many died there": dead told before, of
# another toll
_DEAD_BEFORE = re.compile(r"\b(?:killed|killing|died|dead|slaughtered|massacred)\b", re.I)
# "three more were killed there", "another two died there": dead besides the ones told
_MORE_DEAD = re.compile(r"\b(?:more|another|other|others|further)\b", re.I)


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
            out[sites[0]] = _into(out[sites[0]], e)
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


def name_the_site_told(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"seven were killed in an airstrike on a refugee camp in the central Gaza Strip. ...
    when Israeli shelling pounded a house in the Nuseirat refugee camp": a site told
    without its name for a region, and the next record of that kind of attack, the same
    day, at a site of that kind in the region (or at a place the next sentence names the
    site of that kind in), are one event, at the named site."""
    out = list(events)
    drop: set[int] = set()
    for i, e in enumerate(out):
        if e.event_type not in VIOLENT or i in drop:
            continue
        wide = gaz.get(e.place_id)
        if wide is None or not placed_wide(wide):
            continue
        unnamed = _UNNAMED_SITE.search(e.notes)
        if unnamed is None:
            continue
        noun = unnamed.group("site").lower()
        kind = "hospital" if noun == "hospital" else "camp" if "camp" in noun else None
        for j in range(i + 1, min(i + 3, len(out))):
            f = out[j]
            site = gaz.get(f.place_id)
            if j in drop or f.event_type != e.event_type or f.event_date != e.event_date or \
                    f.notes == e.notes or site is None or \
                    not _names_the_kind(f, site, kind, noun) or \
                    not _site_within(wide, site, gaz) or \
                    f.fatalities not in (None, e.fatalities) or _ANOTHER.search(f.notes) or \
                    _TOLD_APART.search(f.notes) or \
                    wide.feature_class == "strip" and _another_in_the_strip(out, j, e):
                continue
            out[i] = replace(placed_at(merge_events(e, f), f), event_id=e.event_id,
                             notes=e.notes, sub_event_type=e.sub_event_type)
            drop.add(j)
            break
    return [e for k, e in enumerate(out) if k not in drop]


def _another_in_the_strip(events: list[Event], j: int, e: Event) -> bool:
    """Whether ``events[j]``, at a site in the Strip where ``e`` told an unnamed one, is
    another attack: "a strike on a school in Gaza killed 20 ... Hours later, tanks shelled a
    school in Khan Younis" (another time), "... Israeli tanks shelled a school in Rafah"
    (another kind of attack), "... Schools in Nuseirat and Bureij were hit" (one of several
    sites)."""
    f = events[j]
    return bool(_OTHER_HOUR.search(f.notes) or
                _GROUND_FIRE.search(f.notes) and not _GROUND_FIRE.search(e.notes) or
                any(k != j and g.notes == f.notes and g.event_type == f.event_type
                    for k, g in enumerate(events)))


def _names_the_kind(f: Event, site: Place, kind: str | None, noun: str) -> bool:
    """Whether ``f`` is placed at a site of the kind told unnamed: a camp or a hospital the
    gazetteer knows, or a school the next sentence names in a place ("a raid near the
    entrance of Al-Jaouni school in the Nuseirat refugee camp")."""
    if kind is not None:
        return site.feature_class == kind
    # (the school the place holds, "a school in the Bureij refugee camp", "the Al-Jaouni
    # School, which houses displaced families in Nuseirat"; not "wounded a school teacher",
    # "a house in Bureij, where most schools now shelter displaced families")
    return site.kind != "region" and re.search(
        rf"\b{noun}s?(?:,?\s+(?:which|that)\s+(?:houses?|housed|shelters?|sheltered)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?[\w-]+|\s+(?:housing|sheltering)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)?"
        rf"\s+(?:in|at)\s", f.notes, re.I) is not None


# "Israeli shelling also hit a house in Nuseirat camp", "Separately, ...": another attack
_TOLD_APART = re.compile(r"\b(?:also|separately|elsewhere|meanwhile|in addition|"
                         r"additionally)\b", re.I)
# "tanks shelled a school in Rafah" after an air strike's toll: fire of another kind
_GROUND_FIRE = re.compile(r"\b(?:tanks?|artillery|shell(?:ed|ing|s)?|mortars?)\b", re.I)
_OTHER_HOUR = re.compile(r"\b(?:later|earlier|hours\s+(?:after|before)|the\s+next\s+day|"
                         r"the\s+day\s+before)\b", re.I)
# "an airstrike on a refugee camp in the central Gaza Strip": a site of a kind, unnamed
# (or "near a school housing displaced people in the central Gaza Strip"; or "a strike on
# a UN-run school in Gaza": the Strip, a site in it named next)
_UNNAMED_SITE = re.compile(r"\b(?:on|at|in|near|hit|struck|targeted|targeting)\s+an?\s+"
                           r"(?:[\w-]+\s+)?(?P<site>refugee\s+camp|camp|hospital|school|mosque)"
                           r"\s+(?:(?:housing|sheltering|used\s+as\s+a\s+shelter\s+for|for)\s+"
                           r"(?:[\w-]+\s+){1,2}?)?in\s+"
                           r"(?:(?:the\s+)?(?:north|south|east|west|central)\w*\s|"
                           r"(?:the\s+)?Gaza(?:\s+Strip)?\b(?!\s+City))", re.I)


# "the soldiers were killed", "the three victims had died": the dead already counted
# (not "the second soldier was killed": another one)
# (or "the four were killed in a Hamas attack on a fortified position in Gaza City")
_THE_DEAD_AGAIN = re.compile(r"\bthe\s+(?:(?:(?:two|three|four|five|six|seven|eight|nine|ten|"
                             r"\d+)\s+)?(?P<who>soldiers|reservists|troops|victims|dead|men|"
                             r"fighters|officers|journalists|workers|paramedics|medics|"
                             r"children|civilians)|(?P<n>two|three|four|five|six|seven|eight|"
                             r"nine|ten|\d+))\s+(?:were|had\s+been|have\s+been)\s+(?:killed|"
                             r"shot)\b", re.I)


# ("the second strike", "the earlier attack": another one)
_NOT_ANOTHER = (r"(?!(?:first|second|third|other|another|earlier|previous|separate|next|later|"
                r"latest|last)\b)")
# (after who tells it: "According to UNRWA, the strike ...", "Gazan authorities said the
# strike hit ...", "Mahmoud Basal, spokesperson for the Civil Defense, said the airstrike
# hit ..."; not "Mohammed Saqr, a nurse at Nasser Hospital, said the strike was one of
# many": the place of the speaker's title is no place the strike hit)
_THE_SAME = re.compile(r"\W*(?:According\s+to\s+[^,.;]{1,60},\s+|"
                       r"(?:[\w'’-]+\s+){1,4}?(?:" + SAID + r")\s+(?:that\s+)?|"
                       r"(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+"
                       r"(?:(?!\b(?-i:at|in|near|from)\s+(?:the\s+)?(?-i:[A-Z]))[^,.;]){1,60}?,\s+"
                       r"(?:" + SAID + r")\s+(?:that\s+)?)?"
                       rf"the\s+{_NOT_ANOTHER}(?:[\w-]+\s+)?(?:air ?strike|strike|"
                       r"attack|bombing|shelling|explosion|raid|assault|incident)\b", re.I)
# "(According to Yedioth Ahronoth,) the incident occurred in ...": the one told before
_THE_INCIDENT = re.compile(r"\W*(?:According\s+to\s+[^,.;]{1,60},\s+)?the\s+incident\b", re.I)
# "claimed responsibility for the attack, which occurred in the Tal as-Sultan district",
# "said the soldiers were attacked in Khan Younis": where the one attack told happened
_TOLD_WHERE = re.compile(r"\b[Tt]he\s+(?:(?!(?:other|first|second|third|previous|earlier|next)\s)"
                        r"[\w-]+\s+)?(?:(?P<noun>incident|attack|strike|airstrike|"
                        r"ambush|shooting|bombing|raid|explosion),?\s+(?:which\s+|that\s+)?"
                        r"(?:took\s+place|occurred|happened)|(?P<who>soldiers|troops|officers|"
                        r"victims|journalists|reservists)\s+were\s+(?:attacked|ambushed|"
                        r"killed|hit|struck|targeted))\s+(?:in|near|at)\b")
# (not "the soldiers were attacked in Khan Younis last month", "In January, the soldiers
# were attacked in Beit Hanoun", "the second strike happened in Rafah": another attack)
_ANOTHER_TIME = re.compile(rf"\b(?:[Ii]n\s+(?:{MONTH_PATTERN}|(?:19|20)\d\d)\b|"
                           r"(?:[Ll]ast|[Pp]revious)\s+(?:week|month|year)|[Ee]arlier\s+this\s+"
                           r"(?:week|month|year)|(?:days|weeks|months|years)\s+(?:ago|earlier|before))")


def told_where(text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """Where ``text[pos:endpos]`` says the one attack told before happened
    (:data:`_TOLD_WHERE`), unless it tells another time."""
    endpos = len(text) if endpos is None else endpos
    if _ANOTHER_TIME.search(text, pos, endpos):
        return None
    return _TOLD_WHERE.search(text, pos, endpos)

# "Saturday's airstrike in the northern town of Beit Lahiya": the day's one attack
_THE_DAYS = re.compile(rf"\b(?:{WEEKDAY_PATTERN}|today|yesterday)['’]s\s+"
                       r"(?:[\w-]+\s+)?(?:air ?strike|strike|attack|bombing|shelling|explosion|"
                       r"raid|assault)\b", re.I)
# "A missile hit the journalists' broadcast truck": one hit on the target already told
_ONE_HIT = re.compile(r"\W*an?\s+(?:[\w-]+\s+)?(?:missile|strike|air ?strike|bomb|shell|rocket|"
                      r"projectile)\s+(?:hit|struck|slammed into|landed on)\s+the\b", re.I)


# "where dozens of people were reportedly killed in the strike" (not "killed by the strike
# on a tent": a strike named by a target of its own, another one)
_KILLED_IN_IT = re.compile(r"\b(?:killed|wounded|injured|died)\s+(?:[\w-]+\s+){0,2}?(?:in|by)\s+"
                           + _THE_SAME.pattern.removeprefix(r"\W*") +
                           r"(?!\s+(?:on|at|in|targeting|against)\s+an?\b)", re.I)


# "did not immediately confirm the early-morning strike, which ... hit the family's house":
# the one attack told, described by what was (not) said of it (not "Israeli tanks also
# shelled Khan Younis; the shelling, which lasted hours, ...": an attack of its own)
_THE_ONE_WHICH = re.compile(r"\b(?:comment(?:ed|s|ing)?\s+on|confirm(?:ed|s|ing)?|"
                            r"acknowledg(?:e|ed|es|ing)|respond(?:ed|s|ing)?\s+to|"
                            r"den(?:y|ied|ies|ying)|investigat(?:e|ed|es|ing)|"
                            r"claim(?:ed|s|ing)?|condemn(?:ed|s|ing)?|review(?:ed|s|ing)?)\s+"
                            rf"the\s+{_NOT_ANOTHER}(?:[\w-]+\s+)?(?:air ?strike|"
                            r"strike|attack|bombing|shelling|explosion|raid)\s*,\s+which\b",
                            re.I)


# "The shelling also hit ...", "The attack came as troops pushed into ...": the one told
# before, and another place it hit or what went on around it, not where it was
_NOT_WHERE_IT_HIT = re.compile(r"\s+(?:also|came|comes|followed|was\s+followed)\b", re.I)


# "Israeli aircraft struck a residential block": one attack, told by its one target
_ONE_TARGET = re.compile(r"\b(?:struck|hit|bombed|targeted|shelled)\s+an?\s+(?:[\w-]+\s+){0,2}"
                         r"(?:building|house|home|block|tent|school|car|vehicle|apartment|"
                         r"mosque|shelter|compound)\b", re.I)


def _tells_the_same(sentence: str) -> bool:
    """Whether a sentence tells again of the one attack told before."""
    return bool(_THE_SAME.match(sentence) or _ONE_HIT.match(sentence) or
                _THE_DAYS.search(sentence) or _KILLED_IN_IT.search(sentence) or
                _THE_ONE_WHICH.search(sentence) or told_where(sentence))


# A toll told of one attack ("an Israeli strike on a tent camp killed four"), not of several
_ONE_TOLD = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}(?:air ?strike|strike|attack|"
                       r"bombing|explosion|raid)\b", re.I)
_SEVERAL = re.compile(r"\b(?:air ?strikes|strikes|attacks|bombings|raids|shelling|"
                      r"bombardments?|explosions)\b", re.I)
# (not "in one of the deadliest strikes in the war": a measure of the one told; but "some
# of the heaviest strikes of the war" are several)
_ONE_OF_THE = re.compile(r"\bone\s+of\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}\Z", re.I)


def tells_several(notes: str) -> bool:
    """Whether ``notes`` tell of several attacks."""
    return any(not _ONE_OF_THE.search(notes, max(0, m.start() - 60), m.start())
               for m in _SEVERAL.finditer(notes))


def toll_of_the_raid_told_next(events: list[Event]) -> list[Event]:
    """"WHO is appalled by the destruction of Kamal Adwan Hospital in recent days, which ...
    resulted in the deaths of at least eight patients. Before the raid, which began on 12
    December, ...": deaths told with no weapon and no one who caused them, and the raid on
    that place the next violent record names as one known already ("the raid") are one
    event, the raid, with its day and their count (not a strike of the report's day)."""
    out = list(events)
    drop: set[int] = set()
    for i, e in enumerate(events):
        if e.sub_event_type != "Air/drone strike" or not e.fatalities or e.actor1 is not None \
                or _WEAPON.search(e.notes) or _NAMES_A_DAY.search(e.notes) or \
                _A_DAY_OF_ITS_OWN.search(e.notes) or _A_CAUSE_OF_ITS_OWN.search(e.notes):
            continue  # (not "eight patients were killed at the hospital on Tuesday": a day
            # of their own)
        k = next((k for k in range(i + 1, len(out)) if out[k].event_type in VIOLENT), None)
        if k is None:
            continue
        raid = out[k]
        if raid.event_type == "Battles" and raid.place_id == e.place_id and \
                raid.fatalities is None and raid.notes != e.notes and \
                _THE_RAID.search(raid.notes):
            out[k] = replace(raid, fatalities=e.fatalities,
                             injuries=fuller_count(raid.injuries, e.injuries))
            drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]


# What a toll's sentence names when it tells how they were killed
_WEAPON = re.compile(r"\b(?:air\s?strikes?|strikes?|struck|bomb\w*|missiles?|shell\w*|drones?|"
                     r"rockets?|mortars?|artillery|tanks?|fire|fired|gunfire|shot|shooting|"
                     r"explosions?|blasts?|warplanes?|jets?|aircraft|raid\w*|storm\w*|"
                     r"attack\w*|clash\w*|fighting)\b", re.I)
_A_DAY_OF_ITS_OWN = re.compile(r"\b(?:yesterday|today|tonight|overnight|last\s+night|"
                               r"this\s+morning)\b", re.I)
# ... or a cause of their own, no raid's toll: "Three patients died at Kamal Adwan Hospital
# after the power went out", "died of malnutrition", "for lack of dialysis"
_A_CAUSE_OF_ITS_OWN = re.compile(r"\b(?:power|electricity|fuel|oxygen|generators?|incubators?|"
                                 r"hunger|starv\w*|malnutrition|malnourish\w*|dehydrat\w*|"
                                 r"famine|cold|freez\w*|froze|hypothermia|disease|illness|"
                                 r"infections?|dialysis|lack\s+of|shortages?|natural\s+causes|"
                                 r"drown\w*|collaps\w*|accident\w*)\b", re.I)
# "Before the raid, which began on 12 December": a raid the report takes as known
_THE_RAID = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+)?(?:raid|storming|assault|incursion|"
                       r"siege|operation)\b")


def arrests_in_the_raid(events: list[Event]) -> list[Event]:
    """"Before the raid, which began on 12 December, ... Many health workers were reportedly
    detained": arrests that name no one who made them, at the place and on the day of a
    raid or fighting the Israeli military took part in (named, or the side a battle in the
    Strip has when none is named), are the troops'."""
    raiders = {(e.event_date, e.place_id) for e in events
               if e.event_type == "Battles" and e.actor1 in (None, ISRAELI)}
    # ("the occupation forces stormed al-Amal Hospital ... Patients and displaced people were
    # forced to leave": people forced out where and when the army struck or stormed)
    stormed = raiders | {(e.event_date, e.place_id) for e in events if e.actor1 == ISRAELI and
                         e.event_type in ("Battles", "Violence against civilians")}
    return [replace(e, actor1=ISRAELI) if e.sub_event_type == "Arrests" and e.actor1 is None
            and ((e.event_date, e.place_id) in raiders or
                 _A_RAID.search(e.notes) and not _A_FORCE.search(e.notes))
            and not _OTHER_ARRESTER.search(e.notes) or
            e.sub_event_type == "Displacement" and e.actor1 is None and
            (e.event_date, e.place_id) in stormed and _FORCED_OUT.search(e.notes)
            else e for e in events]


# "an earlier raid saw dozens of staff detained", "detained during a raid on the hospital":
# arrests the sentence tells at a raid in the Strip, whose raiders it does not name
_A_RAID = re.compile(r"\b(?:raids?|raided|storming|stormed|incursions?)\b", re.I)
# "were forced to leave", "forcibly evacuated", "expelled from the hospital"
_FORCED_OUT = re.compile(r"\b(?:forced|forcibly|compelled|made)\s+(?:to\s+)?(?:leave|flee|"
                         r"evacuate|evacuated|displaced|move|out)\b|\b(?:expelled|driven\s+out|"
                         r"forcibly\s+displaced)\b", re.I)


# (not "The Hamas-run police arrested 10 suspected looters", "Egyptian authorities detained
# 20 Palestinians", "detained by Hamas security officers": arrests the sentence gives to
# another force; but "health workers were detained, health authorities said": a source)
_FORCE = (r"(?<!Israeli )(?<!Israel['’]s )(?<!Israeli border )\b(?:police|policemen|"
          r"security\s+(?:forces|services?|officers|men|personnel|apparatus)|"
          r"interior\s+ministry|authorities|officers)\b")
# (not "Police raided a house and detained three men": another force's raid)
_A_FORCE = re.compile(_FORCE, re.I)
_ARREST_VERB = r"(?:arrest\w*|detain\w*|round\w*\s+up|apprehend\w*|seiz\w*|held)\b"
_OTHER_ARRESTER = re.compile(_FORCE + r"\s+(?:[\w'’-]+\s+){0,3}?" + _ARREST_VERB + "|"
                             r"\b(?:arrested|detained|held|apprehended)\s+by\s+(?:the\s+)?"
                             r"(?:[\w'’-]+\s+){0,3}?" + _FORCE, re.I)


def fold_raids_into_attacks(events: list[Event]) -> list[Event]:
    """"the Israeli army stormed the hospital, setting it on fire, and removed patients and
    staff": a raid that met no armed opponent and force used on the people there, told by
    one sentence, are one event, violence against civilians (as ACLED codes it)."""
    attacks = {(e.notes, e.place_id, e.event_date) for e in events
               if e.event_type == "Violence against civilians"}
    return [e for e in events
            if not (e.event_type == "Battles" and e.actor2 is None and not e.fatalities and
                    (e.notes, e.place_id, e.event_date) in attacks)]


def headline(text: str) -> str | None:
    """A news story's headline: a first line with no full stop, above the story's body
    ("Israel army says four soldiers killed in south Gaza")."""
    first, nl, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not nl or not rest.strip() or not first or len(first) > 160 or first[-1] in ".!?:;,":
        return None
    return first


# "Posted at 1:02 a.m. ET", "Updated 14:05 GMT", "10:20": a live page's entry's time stamp,
# on a line of its own
_ENTRY_STAMP = re.compile(r"(?im)^[ \t]*(?:(?:posted|updated|published)\s+(?:at\s+)?)?"
                          r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?"
                          r"(?:\s*(?:[A-Z]{2,4}|local\s+time))?[ \t]*$")


def entry_headings(text: str) -> tuple[tuple[str, str], ...]:
    """The headings of a live page's entries, each with its entry's text: the line right
    under an entry's time stamp ("Posted at 1:02 a.m. ET"), with no full stop, over the
    entry's own text ("Israeli strike sets fire to tent camp in Rafah, killing at least 45,
    Gaza officials say")."""
    out: list[tuple[str, str]] = []
    stamps = list(_ENTRY_STAMP.finditer(text))
    for k, m in enumerate(stamps):
        entry = text[m.end():stamps[k + 1].start() if k + 1 < len(stamps) else len(text)]
        lines = [x.strip() for x in entry.split("\n", 4)[1:4]]
        head = lines[0] if lines else ""
        body = next((x for x in lines[1:] if x), "")
        if head and len(head) <= 160 and head[-1] not in ".!?:;,\"'”" and \
                len(head.split()) >= 4 and len(body) > len(head) and body[-1] in ".!?\"'”":
            out.append((head, entry))
    return tuple(out)


def standfirst(text: str) -> str | None:
    """The line right under a story's headline that sums the story up, with no full stop
    ("At least 25 children among the dead, says government media office, as Israeli siege of
    northern Gaza enters its fourth week"), where a body follows it."""
    if headline(text) is None:
        return None
    lines = [x.strip() for x in text.lstrip().split("\n")]
    rest = [x for x in lines[1:] if x]
    if len(rest) < 2:
        return None
    line = rest[0]
    if len(line) > 250 or line[-1] in ".!?:;," or len(line.split()) < 6:
        return None
    return line


_NAMES_A_DAY = re.compile(rf"\b(?:{WEEKDAY_PATTERN}|\d{{1,2}}\s+"
                          rf"{MONTH_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}}\b)")


# A headline's toll told as a bound or a round figure: "More than 100 killed", "Over 100
# killed", "Dozens killed" (not "Israeli strike kills 25 at Nuseirat school": a count of its
# own, which a body's count of a part of the dead does not replace)
_ROUND_TOLL = re.compile(r"\b(?:more\s+than|over|at\s+least|nearly|almost|about|around|some|"
                         r"roughly|approximately|close\s+to|up\s+to)\s+\d|"
                         r"\b(?:dozens|scores|hundreds)\b", re.I)
# ... and the body's count the toll, not a part of the dead by who they were ("killed at
# least 10 children" under "More than 25 killed")
_A_PART_OF_THE_DEAD = re.compile(r"\b(?:children|kids|minors|babies|infants|toddlers|boys|"
                                 r"girls|women|mothers|members|relatives|journalists|medics|"
                                 r"paramedics|doctors|nurses|aid\s+workers|staff|fighters|"
                                 r"militants|soldiers)\b", re.I)


def body_count_stands(title: str, notes: str, count: int) -> bool:
    """Whether the count ``count`` a body's sentence ``notes`` tells stands for the
    headline's round toll ("More than 100 killed" over "at least 90 people were killed"):
    only where the headline's toll is a bound or round figure and the body's count is of
    the dead as a whole, not of a part of them by who they were."""
    if _ROUND_TOLL.search(title) is None:
        return False
    own = [c for c in find_casualties(notes) if c.kind == "killed" and c.count == count]
    return not own or not any(c.victim and _A_PART_OF_THE_DEAD.fullmatch(c.victim)
                              for c in own)


# the words of a headline that name how the dead were killed
_ARMED_WORD = re.compile(r"\b(?:strikes?|struck|air\s*strikes?|raids?|bomb\w*|shell\w*|"
                         r"missiles?|rockets?|drones?|jets?|warplanes?|aircraft|tanks?|"
                         r"artillery|fire[ds]?|firing|shot|shoot\w*|gun\w*|snipers?|blasts?|"
                         r"explosions?|explosives?|mines?|clash\w*|fight\w*|battles?|attacks?|"
                         r"ambush\w*|assault\w*|stabb\w*|offensive)\b", re.I)


def fold_headline(events: list[Event], title: str | None, gaz: Gazetteer,
                  under: bool = False, entry: str | None = None) -> list[Event]:
    """A headline tells the story's incident in the present tense, without its day; the
    body tells it again with the day and the place. One event, the body's, with the body's
    count where it tells one, else the headline's (not a second one on the day the story was
    published). A headline's toll for the
    whole Strip or a region is not a count for one place the body names ("More than 40
    children killed in two days" over a paragraph on North Gaza): it stays its own. The
    heading of a live page's entry is told again only in its ``entry``."""
    if title is None:
        return events
    out = list(events)
    drop: set[int] = set()
    for i, h in enumerate(events):
        if h.notes.strip() != title:
            continue
        wide = gaz.get(h.place_id)
        own_day = _NAMES_A_DAY.search(title) is not None
        # "Gaza aid convoy deaths: more than 100 killed as crowds gather for food": a toll
        # that names no weapon is the body's attack on civilians (not "More than 40
        # children killed in two days" over "hostilities continued", a battle)
        # (nor "30 killed in Khan Younis" over troops who "opened fire ..., killing four" and
        # "air strikes ... killed 26": the body's own strikes are the headline's)
        unarmed = h.event_type == "Explosions/Remote violence" and \
            _ARMED_WORD.search(title) is None and not any(
                g.event_type == h.event_type and g.notes.strip() != title for g in events)
        # ("More Than 100 Killed as Crowds Surge Toward Aid Trucks in Gaza City" over a line
        # that tells troops opened fire, then "112 people were killed": first the body's
        # record whose count the headline's round toll stands for, at its place)
        rounded = h.fatalities is not None and _ROUND_TOLL.search(title) is not None
        order = sorted(range(len(out)), key=lambda k: not (
            rounded and out[k].place_id == h.place_id and
            (out[k].fatalities or 0) >= (h.fatalities or 0)))
        for k in order:
            b = out[k]
            if k == i or k in drop or b.notes.strip() == title or \
                    entry is not None and (b.notes.strip() not in entry or
                                           b.sub_event_type != h.sub_event_type) or \
                    b.event_type != h.event_type \
                    and not (unarmed and b.event_type == "Violence against civilians") or \
                    own_day and b.event_date != h.event_date or \
                    h.event_type not in VIOLENT and b.sub_event_type != h.sub_event_type:
                # (nor "First captives freed as four-day pause takes hold" over an evacuation
                # order told in the body: another development, not the headline's told again)
                # (a first line that names a day of its own is an item of a list, not the
                # headline of the one told after it on another day)
                continue
            if b.place_id != h.place_id:
                site = gaz.get(b.place_id)
                if wide is None or site is None or entry is not None and (
                        not _holds(gaz, wide, site) or
                        any(g.notes == b.notes and g.event_type == b.event_type and
                            g.place_id != b.place_id and (p := gaz.get(g.place_id)) is not None
                            and not placed_wide(p) for g in out)):
                    # (an entry's heading at a place its entry tells nearer, not another:
                    # "IDF says it struck terror targets in northern and central Gaza" over
                    # "aircraft hit a number of targets" in central Gaza; nor one of the
                    # places its entry tells together: "Overnight strikes kill at least 23 in
                    # Rafah" over "homes were hit in al-Jneina, al-Shaboura and Tal as-Sultan")
                    continue
                if placed_wide(wide):
                    if h.fatalities is not None and (b.fatalities is None or (
                            b.fatalities != h.fatalities and _ACROSS.search(h.notes)) or
                            under and b.fatalities < h.fatalities):
                        # (nor the toll of strikes across the Strip for one place that
                        # tells a count of its own)
                        # (nor, in the line under the headline, a toll for the Strip above
                        # the place's: "At least 52 Palestinians killed in Gaza on Tuesday,
                        # health ministry says" under "Israeli strike kills 12 in Beit
                        # Lahia", the day's, more than the attack's)
                        continue
                elif _the_town_of_the_headlines_site(events, h, b, title, wide, site, gaz):
                    # "Israeli strike hits Gaza's Jabalia camp, kills dozens" over "An
                    # Israeli air strike tore through a densely built block of Jabalia ...
                    # killing at least 50": the body's attack in the town, told no nearer,
                    # is the headline's at the site in it, with the body's toll
                    out[k] = placed_at(replace(
                        b, injuries=b.injuries if b.injuries is not None else h.injuries,
                        actor1=b.actor1 or h.actor1, actor2=b.actor2 or h.actor2), h)
                    drop.add(i)
                    break
                elif not _holds(gaz, wide, site) and not (
                        _seat_holds(wide, site) and not (
                            h.fatalities is not None and b.fatalities is not None and
                            b.fatalities < h.fatalities and
                            not body_count_stands(title, b.notes, b.fatalities))):
                    # (a town of the governorate whose toll is less than the headline's
                    # is one attack of several: "Israeli strikes kill 20 in Khan Younis"
                    # over "An Israeli air strike killed five people in Bani Suheila")
                    continue
            # (the body's own count, where it tells one for the headline's round toll: "More
            # than 100 killed" over "at least 90 people were killed"; else the fuller)
            stands = b.fatalities is not None and \
                body_count_stands(title, b.notes, b.fatalities)
            out[k] = replace(b, fatalities=b.fatalities if stands else
                             fuller_count(b.fatalities, h.fatalities)
                             if b.place_id == h.place_id or b.fatalities is None
                             else b.fatalities,
                             injuries=b.injuries if b.injuries is not None else h.injuries,
                             actor1=b.actor1 or h.actor1, actor2=b.actor2 or h.actor2)
            drop.add(i)
            break
    return [e for k, e in enumerate(out) if k not in drop]


def _the_town_of_the_headlines_site(events: list[Event], h: Event, b: Event, title: str,
                                    site: Place, town: Place, gaz: Gazetteer) -> bool:
    """Whether the body's attack ``b`` in ``town`` is the headline's ``h`` at ``site`` in it:
    the body names no attack at the site itself, and the headline's count is none, or a
    rough word ("kills dozens") the body's toll goes beyond (not "Israeli strike kills 12
    in Jabalia camp" over "a strike in Jabalia killed five": two counts, two attacks)."""
    if town.feature_class not in _TOWNS or site.kind == "region" or \
            not _holds(gaz, town, site) or not any(
                re.search(_HIT_THERE.format(name=re.escape(n)), title, re.I)
                for n in _ascii_names(site, h)) or any(
                f.place_id == h.place_id and f.event_type == h.event_type and
                f.notes.strip() != title for f in events):
        return False
    if _ACROSS.search(b.notes) or _HOURS_TOTAL.search(b.notes):
        # (not "Israeli strike hits Shati camp, kills scores" over "Israeli air strikes
        # across Gaza City killed at least 80 people", "... killed 60 people in Gaza City
        # over the past 24 hours": the day's strikes over the town)
        return False
    return h.fatalities is None or b.fatalities is not None and \
        b.fatalities >= h.fatalities and not any(
            number_word(w) == h.fatalities for w in _A_WORD.findall(title))


# a word that may be a number: "12", "1,200", "twenty-one"
_A_WORD = re.compile(r"[\w,]+(?:-\w+)?")
# "strike hits Gaza's Jabalia camp", "kills 12 in Jabalia camp": the headline's attack at
# its site (not "as Israeli forces close in on Nasser hospital": a place it tells of besides)
_HIT_THERE = (r"\b(?:hit|hits|strikes?|struck|targets?|bombs?|shells?|pounds?|(?<!\bin\s)on|"
              r"in|at)\s+(?:Gaza['’]s\s+)?(?:the\s+)?{name}\b")


def the_town_told_at_a_site(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"air raids targeting Jabalia camp in the north and the city of Rafah in the south.
    ... four citizens were martyred in a strike on a residential apartment in the al-Shaboura
    camp in Rafah": a town's attack told with no toll, and the same day's attack of the same
    kind told after it, with its toll, at a place in the town, are one event, at that
    place (not "another strike", "elsewhere in the city": one more)."""
    drop: set[int] = set()
    for i, e in enumerate(events):
        # (not "... targeted Jabalia camp and the city of Rafah, wounding 30 people": a
        # town's attack with a count of its own)
        town = gaz.get(e.place_id) if e.event_type in VIOLENT and e.fatalities is None \
            and e.injuries is None else None
        # (a sentence that tells attacks at several places or on several days: a summary
        # the report goes on to tell in parts; not "In Rafah, Israeli forces bombed
        # buildings", an attack of its own beside the one at Tal al-Sultan)
        if town is None or town.feature_class not in _TOWNS or not any(
                k != i and g.notes == e.notes and g.event_type == e.event_type and
                (g.place_id != e.place_id or g.event_date != e.event_date)
                for k, g in enumerate(events)) and not (
                    _DAYS_LISTED.search(e.notes) and _other_day_told(events, i, town, gaz)):
            continue
        if any(j > i and f.fatalities and f.notes != e.notes and
               f.event_type == e.event_type and f.sub_event_type == e.sub_event_type and
               f.event_date == e.event_date and (site := gaz.get(f.place_id)) is not None and
               site.id != town.id and _holds(gaz, town, site) and
               not _ANOTHER.search(f.notes) and not _ALSO.search(f.notes) and
               not _ANOTHER_HOUR.match(f.notes) and not _ONE_MORE.search(f.notes)
               for j, f in enumerate(events)):
            drop.add(i)
    return [e for k, e in enumerate(events) if k not in drop]


def the_sites_town_told(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"Israeli strikes on Nasser Hospital on Monday killed at least 20 people ... The first
    strike hit the top floor of a hospital building in Khan Younis": a town's attack with no
    toll, told as at a site of a kind ("a hospital building in Khan Younis"), and the same
    day's attack of the same kind, with its toll, at a site of that kind the town holds, are
    one event, at the site; so is a town's record the site's own sentence gave it (a
    dateline's "KHAN YOUNIS/CAIRO (Reuters) - Israeli strikes on Nasser Hospital killed 20")
    (not "another strike", "also", "elsewhere": one more)."""
    drop: set[int] = set()
    for i, e in enumerate(events):
        town = gaz.get(e.place_id) if e.event_type in VIOLENT and e.fatalities is None \
            and e.injuries is None else None
        if town is None or town.feature_class not in _TOWNS or _ANOTHER.search(e.notes) or \
                _ALSO.search(e.notes) or _ELSEWHERE.search(e.notes):
            continue
        told = _KIND_IN_TOWN.finditer(e.notes)
        kinds = {m.group("site").lower() for m in told
                 if _starts_with_a_name(e.notes, m.end(), _ascii_names(town, e))}
        for j, f in enumerate(events):
            site = gaz.get(f.place_id)
            if j == i or j in drop or not f.fatalities or f.event_type != e.event_type or \
                    f.sub_event_type != e.sub_event_type or f.event_date != e.event_date or \
                    site is None or site.id == town.id or not _holds(gaz, town, site) or \
                    _ANOTHER.search(f.notes) or _ALSO.search(f.notes):
                continue
            # (not "Tanks advanced into eastern Rafah, and in Shaboura they hit two houses,
            # killing four": the advance into the town a fight of its own)
            # (nor "In Khan Younis, heavy bombardment continued, with a strike near Nasser
            # hospital killing four", "jets struck Rafah, where a house in Tel al-Sultan was
            # hit": the town's own attack, told at it; the town only a dateline, a bearing
            # or an owner: "KHAN YOUNIS (Reuters) -", "east of Gaza City", "Gaza's biggest
            # hospital")
            if f.notes == e.notes and e.event_type != BATTLE[0] and \
                    sum(g.notes == e.notes and g.event_type == e.event_type
                        for g in events) == 2 and \
                    _town_told_only_aside(e.notes, _ascii_names(town, e)) or \
                    site.feature_class in kinds:
                drop.add(i)
                break
    return [e for k, e in enumerate(events) if k not in drop]


def the_town_as_a_bearing(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"An Israeli strike on the al-Mawasi area killed at least 90 people ... The strike hit a
    walled compound west of Khan Younis ... 90 people were killed and around 300 wounded": a
    town named only as the bearing of the site hit ("west of Khan Younis"), with the same
    toll the same day as an attack of the same kind at a place near the town, is that
    attack told again, at that place (not "another strike", "also": one more)."""
    drop: set[int] = set()
    out = list(events)
    for i, e in enumerate(out):
        town = gaz.get(e.place_id) if e.event_type in VIOLENT and e.fatalities else None
        if town is None or town.feature_class not in _TOWNS or town.lat is None or \
                _ANOTHER.search(e.notes) or _ALSO.search(e.notes):
            continue
        names = _ascii_names(town, e)
        bearing = [m for m in _BEARING_OF.finditer(e.notes)
                   if _starts_with_a_name(e.notes, m.end(), names)]
        # (the town named only so: not "in Khan Younis, west of Bani Suheila")
        if not bearing or any(re.search(rf"\b(?:in|at|on|into)\s+(?:the\s+)?"
                                        rf"{re.escape(n)}\b", e.notes, re.I) for n in names):
            continue
        for j, f in enumerate(out):
            site = gaz.get(f.place_id)
            if j == i or j in drop or f.fatalities != e.fatalities or \
                    f.event_type != e.event_type or f.sub_event_type != e.sub_event_type or \
                    f.event_date != e.event_date or site is None or site.id == town.id or \
                    site.kind == "region" or site.lat is None or \
                    haversine_m(site.lat, site.lon, town.lat, town.lon) > _BEARING_RADIUS_M or \
                    _ANOTHER.search(f.notes) or _ALSO.search(f.notes):
                continue
            out[j] = _into(f, e)
            drop.add(i)
            break
    return [e for k, e in enumerate(out) if k not in drop]


# "a walled compound west of Khan Younis", "a house north-east of Rafah"
_BEARING_OF = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+"
                         r"(?:outskirts\s+|edge\s+|side\s+)?of\s+(?:the\s+)?", re.I)
_BEARING_RADIUS_M = 8000  # a place this near the town is one its bearing may name


# "a hospital building in Khan Younis", "a school in Nuseirat": a site of a kind, unnamed,
# in a town named next
_KIND_IN_TOWN = re.compile(r"\b(?:an?|the\s+(?:[\w-]+\s+){0,2}of\s+an?)\s+(?:[\w-]+\s+)?"
                           r"(?P<site>hospital|school|mosque|camp)(?:\s+(?:building|compound|"
                           r"complex))?\s+in\s+", re.I)


def _town_told_only_aside(notes: str, names: set[str]) -> bool:
    """Whether every naming of the town in ``notes`` is a dateline's capitals, a bearing
    ("west of Khan Younis") or an owner ("Gaza's biggest hospital")."""
    for n in names:
        for m in re.finditer(rf"\b{re.escape(n)}\b", notes, re.I):
            if not (m.group(0).isupper() or re.match(r"['’]s\b", notes[m.end():]) or
                    any(b.end() == m.start() for b in _BEARING_OF.finditer(notes))):
                return False
    return True


def _starts_with_a_name(notes: str, at: int, names: set[str]) -> bool:
    rest = notes[at:].lower()
    return any(rest.startswith(n.lower()) for n in names if n)


def _other_day_told(events: list[Event], i: int, town: Place, gaz: Gazetteer) -> bool:
    """Whether an attack of the kind of ``events[i]`` is told after it, in ``town``, on a day
    other than its own: the days it lists told in parts (not "Israeli strikes hit Nuseirat
    on Monday and Tuesday. On Monday, a strike on the Abu Oreiban school ... killed 17":
    Tuesday's strike is told nowhere else)."""
    e = events[i]
    return any(j > i and f.notes != e.notes and f.event_type == e.event_type and
               f.event_date is not None and f.event_date != e.event_date and
               (f.place_id == town.id or (
                   (site := gaz.get(f.place_id)) is not None and _holds(gaz, town, site)))
               for j, f in enumerate(events))


# "UNRWA schools sheltering IDPs in Nuseirat were hit on 14 and 16 July": attacks of
# several days, told together (the other day's record may have taken another sentence's
# words)
_DAYS_LISTED = re.compile(rf"\b(?:\d{{1,2}}(?:,\s*\d{{1,2}})*,?\s+and\s+\d{{1,2}}\s+"
                          rf"{MONTH_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}}(?:,\s*\d{{1,2}})*,?\s+"
                          rf"and\s+\d{{1,2}}\b|(?:{WEEKDAY_PATTERN})(?:,\s*(?:{WEEKDAY_PATTERN}))*"
                          rf",?\s+and\s+(?:{WEEKDAY_PATTERN}))")


# ("Later, four people were killed in a strike ...", "In addition, ...", "Late on Tuesday,
# ...", "The next strike killed four": an attack after the summary's, not one of its)
_ONE_MORE = re.compile(r"^\W*(?:In\s+addition|Additionally|Late\s+on\b)|\b[Tt]he\s+next\s+"
                       r"(?:air ?strike|strike|attack|bombing|raid)\b")


def _seat_holds(city: Place, site: Place) -> bool:
    """Whether a headline's city names its governorate, which holds ``site`` ("Khan Younis
    pounded as bombing resumes" over "heavy air strikes on the eastern parts of the city, in
    Bani Suheila and Abasan": the towns of the Khan Younis area)."""
    return site.kind != "region" and site.in_gaza and seat_of(city, site)


def _guns_in_either(e: Event, f: Event) -> bool:
    """Whether two records are an air strike and a shelling, the strike's own words naming
    the guns ("Israeli tank fire killed two Hamas gunmen in Gaza ... in a strike"), or only
    a toll beside the guns told: one attack, "strike" the word for the shelling."""
    if {e.sub_event_type, f.sub_event_type} != {_AIR, _SHELL}:
        return False
    air = e if e.sub_event_type == _AIR else f
    if _the_guns_of_a_bare_toll(air, f if air is e else e):
        return True
    # (not "Israeli airstrikes killed four people across the Gaza Strip, as tanks advanced
    # in Rafah": the aircraft named, the tanks beside them)
    return _GUNS.search(air.notes) is not None and _AIRCRAFT.search(air.notes) is None


# the aircraft themselves, not a "strike" that may be the guns'
_AIRCRAFT = re.compile(r"\b(?:air\s*strikes?|air\s*raids?|aircraft|jets?|warplanes?|drones?|"
                       r"helicopters?|planes?|aerial|quadcopters?|f-?(?:15|16|35)[a-z]?s?|"
                       r"apaches?)\b", re.I)


def fold_same_toll(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"Israeli forces on Tuesday killed six police officers" (the Strip) and "six police
    officers killed ... in Khirbat al-Adas in Rafah": a toll told for the Strip or a region
    and the same toll, the same day, at one place in it, are one event, at that place; and
    so are a toll and its parts at places in it that add up to it ("23 killed across Gaza
    overnight. Ten were killed in Khan Younis, four in Deir al-Balah and nine in Jabalia").
    The Strip is never the place in a region, though its centre lies in central Gaza."""
    drop: set[int] = set()
    events = list(events)
    for i, e in enumerate(events):
        wide = gaz.get(e.place_id)
        if not e.fatalities or e.event_type not in VIOLENT or wide is None or \
                not (wide.kind == "region" or wide.feature_class in ("strip", *_TOWNS)):
            continue
        # (not the rest of a toll its sentence split: "12 killed in the Strip, including six
        # in Rafah"; not another kind of attack, nor dead of the other side: "two soldiers
        # killed in Gaza" and "troops killed two Hamas fighters in Khan Younis")
        near = [j for j, f in enumerate(events)
                if j != i and j not in drop and f.fatalities and
                f.event_type == e.event_type and f.event_date == e.event_date and
                f.notes != e.notes and
                (f.actor1 is None or e.actor1 is None or f.actor1 == e.actor1) and
                (e.actor2 is None or e.actor2 != f.actor1) and
                (f.actor2 is None or f.actor2 != e.actor1) and
                (site := gaz.get(f.place_id)) is not None and site.id != wide.id and
                site.in_gaza and site.feature_class != "strip" and
                (wide.feature_class == "strip" or gaz.within(site, wide)) and
                (wide.feature_class not in _TOWNS or e.fatalities >= _TOWN_FOLD_MIN)]
        inside = [j for j in near
                  if not _ANOTHER.search(events[j].notes) and not _ANOTHER.search(e.notes) and
                  (wide.feature_class not in _TOWNS or not _ALSO.search(events[j].notes) and
                   not _ALSO.search(e.notes))]
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
                not _no_toll_to_match(events[j]) and not _no_toll_to_match(e) and
                (events[j].sub_event_type == e.sub_event_type or
                 _guns_in_either(e, events[j]) or
                 _sites_named(events[j].notes) & _sites_named(e.notes) and
                 not _ALSO.search(events[j].notes) and not _ELSEWHERE.search(events[j].notes))]
        # (the parts may be told as one strike and "another": "a single strike on homes in
        # Al-Shati camp resulted in 24 deaths, while another strike in Al-Tuffah killed 18"
        # after "42 ... in recent Israeli airstrikes on Gaza City")
        # (but not the other side's dead, a town's small count, nor tolls told as more:
        # "Israeli strikes also killed three people in Shujaiya and two in Zeitoun",
        # "Elsewhere in the city, an airstrike on a house in Shujaiya killed six")
        parts = [j for j in near
                 if not _MORE_TOLD.search(events[j].notes) and not _MORE_TOLD.search(e.notes)]
        if len(same) == 1 or len(inside) > 1 and wide.feature_class not in _TOWNS and \
                len({events[j].place_id for j in inside}) == len(inside) and \
                sum(events[j].fatalities or 0 for j in inside) == e.fatalities or \
                len(parts) > 1 and len({events[j].place_id for j in parts}) == len(parts) and \
                sum(events[j].fatalities or 0 for j in parts) == e.fatalities:
            drop.add(i)
            if len(same) == 1 and e.injuries:
                # ("At least 51 killed near Khan Younis" and "at least 51 people were killed
                # and more than 200 wounded": the wounded the same toll told)
                f = events[same[0]]
                events[same[0]] = replace(f, injuries=fuller_count(f.injuries, e.injuries))
    return [e for k, e in enumerate(events) if k not in drop]


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
                 _holds(gaz, wide, site)]
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
_ALSO = re.compile(r"\b(?:also|separate(?:ly)?)\b", re.I)
_ELSEWHERE = re.compile(r"\belsewhere\b", re.I)
# ("Israeli strikes also killed three in Shujaiya", "Separately, ...", "Elsewhere in the
# city, ...": a toll told as more than the one before, not as its part)
_MORE_TOLD = re.compile(r"\b(?:also|separately|elsewhere)\b", re.I)
# ("Another strike, targeting a house in Deir al-Balah in central Gaza, killed three"
# after "a strike ... in central Gaza killed at least three": two strikes)
# (not "a day after another strike hit the same street": an earlier one, named for when)
_ANOTHER = re.compile(r"\b(?<!after )(?<!before )(?<!since )(?<!following )"
                      r"(?:another|a separate|a second|a further)\s+(?:[\w-]+\s+)?"
                      r"(?:air ?strike|strike|attack|bombing|shelling|raid)\b", re.I)


def fold_unarmed_into_strike(events: list[Event]) -> list[Event]:
    """"Seven children were killed ... while queuing to collect water at a distribution
    point. A missile, fired from an Israeli drone, struck a crowd": killings that name no
    one who did them and no weapon, and a strike the same day at the same place, are one
    event, the strike, with the fuller count."""
    out = list(events)
    drop: set[int] = set()
    for i, v in enumerate(events):
        if v.event_type != "Violence against civilians" or v.actor1 is not None or \
                _GUNFIRE.search(v.notes):
            continue
        k = next((k for k, e in enumerate(out) if k not in drop and
                  e.event_type == "Explosions/Remote violence" and
                  e.event_date == v.event_date and e.place_id == v.place_id and
                  not _OWN_DEAD.search(e.notes)), None)
        if k is not None:
            out[k] = _into(out[k], v)
            drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]


def fold_unarmed_into_shooting(events: list[Event]) -> list[Event]:
    """"The Red Cross field hospital in Rafah received 184 patients. Nineteen were dead on
    arrival ... The Israeli military said that on Tuesday its troops had fired at people
    ... in western Rafah": dead told with no weapon and no one who killed them (read as a
    strike for want of one), and a shooting of civilians the same day at the same place,
    are one event, the shooting, with the fuller count (not "Separately, a strike killed
    three in Rafah": a strike that tells its own weapon)."""
    out = list(events)
    drop: set[int] = set()
    for i, v in enumerate(events):
        if v.event_type != "Explosions/Remote violence" or not v.fatalities or \
                _ARMED_WORD.search(v.notes) or _BY_WHOM.search(v.notes):
            continue
        k = next((k for k, e in enumerate(out) if k not in drop and k != i and
                  e.event_type == "Violence against civilians" and
                  e.event_date == v.event_date and e.place_id == v.place_id and
                  # (not "Health officials said 40 people were killed in Rafah on Tuesday"
                  # beside troops "opened fire on crowds ... in Rafah, killing three": the
                  # day's toll of the town, a shooting with a count of its own)
                  e.fatalities in (None, v.fatalities)), None)
        if k is not None:
            out[k] = _into(out[k], v)
            drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]


# ("killed by Israeli forces", "the army killed": who killed them told)
_BY_WHOM = re.compile(r"\b(?:by|israel\w*|army|military|troops|forces|idf|occupation)\b", re.I)
# ("Two aid workers were shot dead in Rafah": a weapon named, the killing is no strike's)
_GUNFIRE = re.compile(r"\b(?:shot|shooting|shootings|gunfire|gunmen|gunshots?|snipers?|"
                      r"bullets?|stabbed|stabbing|beaten)\b", re.I)
# ("Separately, a drone strike hit a tent in Rafah, killing three": a strike that tells its
# own dead is not the one the killings told before it were)
_OWN_DEAD = re.compile(r"\b(?:separately|another|killing|killed|kills|dead|died)\b", re.I)


# "its trauma stabilization point in Tal as-Sultan received 28 dead", "the hospital had
# received 176 wounded people": the casualties a medical post took in
_POST_RECEIVED = re.compile(
    r"\b(?:hospital|clinic|(?:stabili[sz]ation|medical|trauma|health)\s+(?:point|post|"
    r"cent(?:re|er))|morgue|staff)\b[^.;]{0,60}?\b(?:had\s+|has\s+|have\s+)?"
    r"(?:received|admitted|took\s+in)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|"
    r"about\s+|the\s+)?[\w\"“”-]+\s+(?:[\w-]+\s+)?(?:bodies|dead|martyrs|casualties|"
    r"wounded|injured)\b", re.I)
# (not "In the past 24 hours, hospitals received 60 martyrs": the Strip's tally of the day)
_TALLY_HOURS = re.compile(r"\b(?:past|last|previous)\s+(?:24|48|72|twenty-four)\s+hours\b|"
                          r"\bhospitals\s+(?:\w+\s+){0,4}?received\b", re.I)
# (not "received 20 wounded after a strike on a house": the sentence tells the attack too)
_ATTACK_TOLD = re.compile(r"\b(?:strikes?|struck|air\s*strikes?|raids?|bomb\w*|shell\w*|"
                          r"missiles?|drones?|tanks?|artillery|fired|firing|shot|shooting|"
                          r"opened\s+fire|stormed|attack\w*|clash\w*|fighting|"
                          r"kill(?:ed|ing|s)?)\b", re.I)


def _day_before(a: str | None, b: str | None) -> bool:
    """Whether the day ``a`` is ``b`` or the day before it."""
    if a is None or b is None:
        return False
    try:
        return 0 <= (date.fromisoformat(b) - date.fromisoformat(a)).days <= 1
    except ValueError:
        return False


def the_dead_a_post_received(events: list[Event]) -> list[Event]:
    """"At least 45 Palestinians were killed ... on Sunday night when an Israeli airstrike
    set ablaze a tent encampment in the Tal as-Sultan area ... Doctors Without Borders said
    its trauma stabilization point in Tal as-Sultan received 28 dead": what a hospital or
    a medical post took in, told with no attack and no day of its own, is the attack told
    at its place that day or the night before (its count only where the attack has none),
    not an attack of its own (not "Separately, a strike on a house in Rafah killed three":
    a sentence that tells its attack)."""
    out = list(events)
    drop: set[int] = set()
    for i, v in enumerate(events):
        if v.event_type not in VIOLENT or _POST_RECEIVED.search(v.notes) is None or \
                _ATTACK_TOLD.search(v.notes) or _NAMES_A_DAY.search(v.notes) or \
                _TALLY_HOURS.search(v.notes):
            continue
        k = next((k for k, e in enumerate(out) if k not in drop and k != i and
                  e.event_type in VIOLENT and e.place_id == v.place_id and
                  _POST_RECEIVED.search(e.notes) is None and
                  _day_before(e.event_date, v.event_date)), None)
        if k is not None:
            e = out[k]
            out[k] = replace(e, fatalities=e.fatalities if e.fatalities is not None
                             else v.fatalities,
                             injuries=e.injuries if e.injuries is not None else v.injuries,
                             actor1=e.actor1 or v.actor1, actor2=e.actor2 or v.actor2)
            drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]


# what an attack was aimed at, named in both of two sentences told of it
_TARGETS = r"(school|hospital|mosque|market|bakery|shelter|ambulance|convoy|clinic)s?"
_TARGET_NOUN = re.compile(rf"\b{_TARGETS}\b", re.I)


_TOLD_AS_MORE = re.compile(r"\b(?:second|meanwhile|later|separate(?:ly)?)\b", re.I)

# a sentence that names where an act already told happened: "the operation took place in",
# "the ambush was carried out in", "the attack happened near"
_TELLS_WHERE_IT_WAS = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:operation|attack|"
                                 r"ambush|assault|raid|strike|incident|clash(?:es)?)\s+"
                                 r"(?:had\s+|has\s+)?(?:took\s+place|happened|occurred|"
                                 r"was\s+carried\s+out)\s+(?:in|at|near|on|"
                                 r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\b",
                                 re.I)


def _only_tells_where_it_was(e: Event, f: Event) -> bool:
    """Whether the placed record ``f``'s sentence only says where the act of the wide record
    ``e`` happened: "The group said the operation took place east of the Maghazi camp". Not
    when it tells an act of its own beside that ("a strike on a house killed six; the strike
    occurred at dawn": that strike's own place), nor when either sentence is marked as
    another incident or another hour, nor when the two tell different tolls."""
    m = _TELLS_WHERE_IT_WAS.search(f.notes)
    if m is None or _ATTACK_TOLD.search(f.notes[:m.start()] + " " + f.notes[m.end():]):
        return False
    if any(_ANOTHER_INCIDENT.match(n) or _ANOTHER_HOUR.match(n) for n in (e.notes, f.notes)):
        return False
    return not (e.fatalities is not None and f.fatalities is not None and
                e.fatalities != f.fatalities)


def _names_a_weapon(e: Event) -> bool:
    """Whether a record's sub-type comes from a weapon its words name, not a default for
    a bare "attacked" (whose kind of fire the site's sentence may then tell)."""
    return any(p.search(e.notes) for p in (_BOMBING, _FROM_THE_AIR, _GUNS, _AIRCRAFT))


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


def _targets_named(notes: str) -> set[str]:
    return {m.group(1).lower() for m in _TARGET_NOUN.finditer(notes)}


_QUARTER_RADIUS_M = 1500  # a site this near a neighbourhood's point, in its governorate


def _a_town_of_sites(place: Place) -> bool:
    return place.feature_class in _TOWNS or place.feature_class == "neighbourhood"


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
        return _holds(gaz, town, site)
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
                if any(_a_town_of_sites(p) and p.id != town.id and not _holds(gaz, p, town)
                       for p in exact) and not any(p.id == town.id for p in exact):
                    return True
                break
    return False


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
    hospital in Beit Lahia")."""
    drop: set[int] = set()
    out = list(events)
    for i, e in enumerate(out):
        if e.event_type not in VIOLENT:
            continue
        wide = gaz.get(e.place_id)
        if wide is None or not (placed_wide(wide) or _a_town_of_sites(wide)) or \
                _ACROSS.search(e.notes) or _MORE_TOLD.search(e.notes) or \
                _ANOTHER.search(e.notes) or tells_several(e.notes):
            continue
        placed = [j for j, f in enumerate(out)
                  if j != i and j not in drop and f.event_type == e.event_type and
                  f.event_date == e.event_date and f.notes != e.notes and
                  (site := gaz.get(f.place_id)) is not None and not placed_wide(site) and
                  site.in_gaza and (wide.feature_class == "strip" or gaz.within(site, wide)
                                    if placed_wide(wide) else
                                    j > i and _a_site_in(gaz, wide, site, f.notes))]
        if len(placed) != 1:
            continue
        f = out[placed[0]]
        if e.actor1 is not None and f.actor1 is not None and e.actor1 != f.actor1 or \
                f.sub_event_type != e.sub_event_type and (
                    _names_a_weapon(e) or _ANOTHER_INCIDENT.match(f.notes) or
                    _ANOTHER_HOUR.match(f.notes) or not _same_target(e.notes, f.notes)) or \
                _ANOTHER.search(f.notes) or _MORE_TOLD.search(f.notes) or \
                _TOLD_AS_MORE.search(f.notes):
            # (nor "tanks shelled a school in Rafah" after "a strike on a school in Gaza":
            # another kind of fire; nor "Meanwhile, ...", "Hours later, ...", "the second
            # strike": told as one more)
            continue
        if not placed_wide(wide) and (
                _ANOTHER_INCIDENT.match(f.notes) or _ANOTHER_HOUR.match(f.notes) or
                _HOURS_APART.match(f.notes) or
                e.fatalities is not None and f.fatalities is not None and
                e.fatalities != f.fatalities and _exact_toll(e) and _exact_toll(f)):
            # (a town's lead is no wider than the site's sentence: one told at another hour,
            # "Hours earlier, a strike on the X school", or with an exact toll of its own
            # other than the lead's, is another of the town's strikes that day)
            continue
        if not _targets_named(e.notes) & _targets_named(f.notes) and \
                not _only_tells_where_it_was(e, f):
            # (the two sentences must show it is one attack: the same kind of target hit,
            # "a shelter housing aid workers" and "the shelter was shelled", or the site's
            # sentence only says where the act told before was: "the attack took place in
            # the Shaboura area of Rafah" tells no act of its own. A Strip's bare "Israeli
            # strike in Gaza" beside a strike on a house in Rafah may be another of the
            # day's, and houses and tents are hit many times a day)
            continue
        if e.fatalities is not None and (f.fatalities is not None and
                                         e.fatalities > f.fatalities or not _exact_toll(e)) \
                or e.injuries is not None and f.injuries is not None and \
                e.injuries > f.injuries:
            # (the area's day toll, of which the placed attack is one part; or a vague
            # word's count, "hundreds killed in a strike on a hospital in Gaza", which the
            # report may share with another attack it leaves unplaced)
            continue
        out[placed[0]] = _into(f, e)
        drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]


# a fight a sentence tells in its own words (not only fighters among the dead: "the army
# said it killed four militants", whom its aircraft struck)
_A_FIGHT_TOLD = re.compile(r"\b(?:clash\w*|gun-?battles?|gun\s+battles?|fighting|fought|"
                           r"battl\w*|fire-?fights?|exchanges?\s+of\s+fire|ambush\w*)\b",
                           re.I)


def the_strikes_dead_told_as_a_clash(events: list[Event]) -> list[Event]:
    """"12 killed overnight in shelling of the hospital" and, from the offensive told around
    the same dead, a clash at the hospital with the same 12 killed, that day: one toll at one
    place is one act, the one whose weapon the report names (a strike or shelling), not a
    clash the words of a wider offensive gave it. Not a toll told as more ("also",
    "another strike"), nor a clash another side is said to have fought."""
    drop: set[int] = set()
    out = list(events)
    for i, e in enumerate(out):
        if e.sub_event_type != BATTLE[1] or not e.fatalities or not _exact_toll(e) or \
                _MORE_TOLD.search(e.notes) or _ANOTHER.search(e.notes) or \
                _A_FIGHT_TOLD.search(e.notes):
            # (only a clash read from words that tell no fight, a campaign's "as Israel
            # pressed its offensive" or "the killing of four militants"; not one its sentence
            # tells as fighting, "killed three gunmen in clashes", "a soldier was killed in a
            # gunbattle": a fight of its own, whatever its toll)
            continue
        hit = next((j for j, f in enumerate(out)
                    if j not in drop and f.sub_event_type in (_AIR, _SHELL) and
                    f.fatalities == e.fatalities and f.event_date == e.event_date and
                    f.place_id == e.place_id and _exact_toll(f) and
                    (f.actor1 is None or e.actor1 is None or f.actor1 == e.actor1) and
                    not _MORE_TOLD.search(f.notes) and not _ANOTHER.search(f.notes)), None)
        if hit is None:
            continue
        f = out[hit]
        out[hit] = replace(f, injuries=fuller_count(f.injuries, e.injuries),
                           actor1=f.actor1 or e.actor1)
        drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]


# Reporting verbs, the class's whole common vocabulary: a sentence whose first verb is one
# of these tells what someone said, not what happened (past forms, and the present's only
# where it is no plural noun: "medical reports said", "the claims of the army")
_REPORTING = (SAID + r"|stated|confirmed|claimed|acknowledged|announced|reported|added|adds|"
              r"told|tells|noted|insisted|asserted|alleged|maintained|declared|recounted|"
              r"recalled|described|explained|commented")
# a verb of an act of the sentence's own before its reporting verb ("Tanks shelled the camp,
# medics said": an act told, then its source)
_OWN_ACT = re.compile(r"\b(?:kill\w*|struck|strikes?|hit|bomb\w*|shell\w*|fir(?:ed|ing)|"
                      r"storm\w*|raid\w*|attack\w*|launch\w*|target\w*|died|dead|wound\w*|"
                      r"injur\w*|destroy\w*|detain\w*|arrest\w*|clash\w*|ambush\w*)\b", re.I)
_SPEAKER_FIRST = re.compile(r"\W*(?P<who>(?:[^,;:!?.\u201c\u201d\"]|\.(?=\s+[A-Z])|"
                            r",(?=[^,]{1,80},)){1,140}?)"
                            r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
                            r"(?<!\bbeen\s)(?<!\bbeing\s)\b(?:" + _REPORTING + r")\b", re.I)
_QUOTE_FIRST = re.compile(r"\W*[\u201c\"][^\u201c\u201d\"]{1,400}[\u201d\"],?\s+"
                          r"(?:[\w'\u2019-]+\s+){0,4}?(?:" + _REPORTING + r")\b", re.I)
# a place named as a person's post or home, not where anything was hit: "a senior official
# in Rafah", "a survivor interviewed at the hospital", "deputy head of police in Rafah"
_A_PERSONS_PLACE = re.compile(r"\b(?:official|commander|leader|head|chief|member|operative|"
                              r"spokes(?:man|woman|person)|director|survivor|witness|resident|"
                              r"doctor|nurse|paramedic|journalist|correspondent|militant|"
                              r"fighter|figure|officer)s?\b"
                              r"(?:\s+[a-z]+ed)?\s+(?:in|at|of|from)\s+(?:[\w-]+\s+){0,2}$",
                              re.I)
_STATEMENT_DAYS_AFTER = 3  # a statement comes on the day of its incident or the days after
_FALLBACK_DAYS = 2  # a record dated only by its report may be a day or two after its act


# what a speaker tells as an act of its own: one named with "a" ("an Israeli force",
# "an explosive device", "a new raid"), or fighting told fresh ("in fierce battles"), not
# the one told before ("the strikes targeted ...", "the hospital had come under fire")
_A_NEW_ACT = re.compile(r"\b(?:an?|one)\s+(?:(?!of\b)[\w-]+\s+){0,3}?(?:force|unit|strike|"
                        r"airstrike|air\s+strike|attack|raid|bombing|shelling|explosion|device|bomb|"
                        r"missile|rocket|grenade|shell|ambush|operation|incursion|assault)\b|"
                        r"(?<!\bthe\s)\b(?:clash\w*|battl\w*|fighting|fought|firefights?|combat|"
                        r"gun-?battles?|exchanges?\s+of\s+fire|ambush\w*)\b", re.I)


# an act told afresh with its own doer and verb: "its aircraft struck Hamas militants",
# "Israeli warplanes bombed the X school", "its fighters fired mortar shells" (not "the
# strike targeted a senior official": the one told before, by its name)
_A_DOER_ACTS = re.compile(r"\b(?:forces|troops|soldiers|army|military|navy|aircraft|"
                          r"warplanes?|(?:fighter\s+)?jets?|planes?|drones?|helicopters?|"
                          r"tanks?|artillery|gunboats?|snipers?|fighters|gunmen|militants)\s+"
                          r"(?:[a-z]+ly\s+)?(?:struck|bombed|shelled|fired|opened\s+fire|"
                          r"flattened|hit|raided|stormed|shot|attacked|destroyed|blew\s+up|"
                          r"targeted|launched|killed)\b", re.I)


def _tells_an_act_of_its_own(words: str) -> bool:
    return bool(_A_NEW_ACT.search(words))


def _a_doers_act_of_its_own(e: Event, f: Event) -> bool:
    """Whether statement ``f`` tells, with a doer and its act verb, an act other than record
    ``e``'s: one on another day or with another count ("the military said on Wednesday its
    aircraft struck gunmen in Rafah, killing two" after Monday's strike that killed five);
    the same act verb on the record's day and toll is the speaker's account of it; and a
    record dated only by its report may be the act the statement dates."""
    return e.time_precision == 1 and _A_DOER_ACTS.search(f.notes) is not None and (
        f.event_date != e.event_date or
        f.fatalities is not None and f.fatalities != e.fatalities)


def _statement_only(notes: str) -> re.Match | None:
    """The part of ``notes`` told as a statement, when its first verb is a reporting one
    (a quote and who said it, or the speaker and what they said of an act told before),
    and neither the quote nor what the speaker said tells an act of its own named with
    "a" ("a drone fired a missile"). A doer and its act verb ("its aircraft struck") is
    weighed against each record: see :func:`_a_doers_act_of_its_own`."""
    m = _QUOTE_FIRST.match(notes)
    if m is not None:
        return None if _tells_an_act_of_its_own(m.group(0)) else m
    m = _SPEAKER_FIRST.match(notes)
    if m is None:
        return None
    who = _ITS_AUXILIARY.sub("", m.group("who"))
    if _OWN_ACT.search(who) or _A_CLAUSE.search(who) or \
            _tells_an_act_of_its_own(notes[m.end():]):
        return None
    return m


# (a speaker's "has confirmed", "had not commented"; any other verb or a clause's opening
# before the reporting verb is a clause of its own: "People were told to leave as reports
# emerged ...")
_ITS_AUXILIARY = re.compile(r"\b(?:has|have|had|will|would|did|does|do)(?:\s+not)?\s*$", re.I)
_A_CLAUSE = re.compile(r"\b(?:was|were|is|are|be|been|being|has|have|had|will|would|as|when|"
                       r"after|while|because|since|if|who|which)\b", re.I)


def _named_only_as_a_post(notes: str, place: Place) -> bool:
    """Whether ``place`` is named in ``notes`` only as a person's post or where a speaker
    was met ("a survivor interviewed at the hospital")."""
    low, found = notes.lower(), False
    for name in {place.name.lower(), *(a.lower() for a in place.aliases)}:
        if len(name) < 4:
            continue
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", low):
            found = True
            if not _A_PERSONS_PLACE.search(notes[max(0, m.start() - 80):m.start()]):
                return False
    return found


def _vaguer(gaz: Gazetteer, told: Place, site: Place) -> bool:
    """Whether ``told`` holds ``site`` (the Strip every place, a region no place wider)."""
    if told.feature_class == "strip":
        return True
    return site.feature_class != "strip" and not (placed_wide(site) and not placed_wide(told)) \
        and _holds(gaz, told, site)


def _statement_day(e: Event, f: Event) -> str | None:
    """The day the incident of record ``e`` told again by statement ``f`` took place, or
    None when the two days cannot be one incident's."""
    if e.event_date == f.event_date:
        return e.event_date
    if e.event_date is None or f.event_date is None:
        return None
    gap = (date.fromisoformat(f.event_date) - date.fromisoformat(e.event_date)).days
    if 0 < gap <= _STATEMENT_DAYS_AFTER and f.time_precision == 1 and \
            f.event_type == e.event_type:
        # (not a clash the statement's speaker made of it: read only on its own day)
        return e.event_date  # (said on a later day of an incident told with its own)
    if 0 < -gap <= _FALLBACK_DAYS and f.time_precision == 1 and e.time_precision > 1:
        return f.event_date  # (no incident comes after its own confirmation)
    return None


def _could_be_told_by(e: Event, f: Event) -> bool:
    """Whether statement ``f`` could tell record ``e``'s incident: a violent record of the
    same kind (or a clash only the statement's speaker made of it: "the group confirmed the
    death of its commander" names no fight), by the same attacker, with no dead or hurt
    beyond those it counts."""
    if e.event_type not in VIOLENT or tells_several(e.notes) and not tells_several(f.notes):
        # (nor one strike told of a record of several: "Israeli strikes killed seven ...
        # residents said Wednesday's strike destroyed the block" may be one of them)
        return False
    if e.event_type != f.event_type:
        if f.event_type != BATTLE[0] or _A_FIGHT_TOLD.search(f.notes) or \
                f.actor2 is not None and f.actor2 == e.actor1 and f.actor1 != e.actor1:
            # (nor a side's own act against the record's attacker: "its fighters fired
            # mortar shells at Israeli troops" after Israeli shelling is another attacker's)
            return False
    elif e.actor1 is not None and f.actor1 is not None and e.actor1 != f.actor1:
        return False
    # (a count the record lacks is news of its own: "he added that the forces killed dozens
    # of militants in the Strip", the day's toll of more than the one raid told)
    return not (f.fatalities is not None and (e.fatalities is None or
                                              f.fatalities > e.fatalities) or
                f.injuries is not None and (e.injuries is None or f.injuries > e.injuries))


def the_statement_told_again(events: list[Event], gaz: Gazetteer, text: str = ""
                             ) -> list[Event]:
    """"Hamas on Wednesday confirmed the death of X", "The army said the strikes targeted a
    senior official in Rafah", ""The shells hit us," said a survivor at the hospital": a
    sentence whose act is only a side's or a witness's telling of an incident told before
    it tells no incident of its own. It is read onto the one violent record before it that
    it can be (the same place or one that holds it, the same day or a day its statement
    could follow, no toll above it), keeping that record's place, weapon and day, or the
    statement's day where the record had only its report's. Not a telling of another
    ("another strike", "separately"), nor one the record's place does not hold unless the
    place is only a speaker's or a person's ("an official in Rafah"), nor a day's tally
    across an area, nor when two records could be the one it tells."""
    drop: set[int] = set()
    out = list(events)
    at = [text.find(e.notes) if e.notes else -1 for e in out]
    for j, f in enumerate(out):
        if f.event_type not in VIOLENT or at[j] <= 0:
            continue
        said = _statement_only(f.notes)
        if said is None or _MORE_TOLD.search(f.notes) or _ANOTHER.search(f.notes) or \
                _TOLD_AS_MORE.search(f.notes) or _ACROSS.search(f.notes) or \
                _HOURS_TOTAL.search(f.notes):
            continue
        told = gaz.get(f.place_id)
        told_as_a_post = told is not None and _named_only_as_a_post(f.notes, told)
        hits: list[tuple[int, str]] = []
        for i, e in enumerate(out):
            if i == j or not 0 <= at[i] < at[j] or i in drop or e.notes == f.notes or \
                    not _could_be_told_by(e, f) or _a_doers_act_of_its_own(e, f):
                continue
            day = _statement_day(e, f)
            if day is None:
                continue
            site = gaz.get(e.place_id)
            if f.place_id != e.place_id and not (
                    site is not None and told is not None and
                    (_vaguer(gaz, told, site) or told_as_a_post)):
                continue
            hits.append((i, day))
        alike = [h for h in hits if out[h[0]].sub_event_type == f.sub_event_type]
        hits = alike or hits  # (the same kind of fire first: a clash beside a strike is not it)
        if len({out[i].place_id for i, _ in hits}) != 1:
            continue
        i, day = max(hits, key=lambda h: at[h[0]])
        e = out[i]
        out[i] = replace(_into(e, f), event_date=day,
                         time_precision=min(e.time_precision, f.time_precision)
                         if day == f.event_date else e.time_precision)
        drop.add(j)
    return [e for k, e in enumerate(out) if k not in drop]
