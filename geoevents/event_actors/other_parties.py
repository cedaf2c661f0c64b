"""The parties besides the war's armed groups, which the text names by no group's name.

ACLED names them where :mod:`geoevents.actors` finds only words: the Government of Israel
(the state that agrees to a truce or frees prisoners, not its army); who delivered aid, only
as the clause names them as the ones who delivered ("WHO and partners delivered fuel and
food"); who looted when no armed party is named (gangs that are armed, or a crowd: ACLED
codes civilians only as victims, so people who loot are rioters, never "Civilians"); and an
armed clan, a party of its own ("Gaza's Doghmush clan": the Doghmush clan's militia).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geoevents.actors import ISRAELI, PALESTINIAN_ARMED, ActorRef, find_actors
from geoevents.anchored import Cues
from geoevents.dates import MONTH_NAMES, WEEKDAY_PATTERN
from geoevents.trigger_table import ABDUCTION, AGREEMENT, ARRESTS, ATTACK, DESTRUCTION
from geoevents.units import EventUnit


def aid_actors(unit: EventUnit, cues: Cues) -> tuple[str | None, str | None]:
    """(actor1, actor2) of an aid delivery: who delivered it, only as the clause names them
    as the ones who delivered ("WHO and partners delivered fuel and food", "GHF said it had
    distributed food"), and the civilians it names; not an armed party told beside it
    ("Israeli troops fire as crowds surge toward aid convoy": who fired, not who delivered)."""
    text, start, end = cues.text, unit.clause.start, unit.clause.end
    named = find_actors(text, start, end, cues=cues)
    civilians = [a.name for a in named if a.role == "civilian"] or [
        a.name for a in find_actors(text, unit.sentence.start, unit.sentence.end, cues=cues)
        if a.role == "civilian"]
    victims = civilians[0] if civilians else None
    for a in named:
        if a.role == "armed" and _DELIVERS.match(text, a.end, end):
            return a.name, victims
    for m in _DELIVERER.finditer(text, start, end):
        if _PLACE_BEFORE.search(text, max(start, m.start() - 12), m.start()):
            continue  # ("aid convoys in Gaza City delivered": where, not who)
        words = m.group("org").split()
        while words and _NOT_AN_ORG.fullmatch(words[0]):
            words = words[1:]
        if not words or any(w.startswith("Israel") or w == "Hamas" for w in words) or \
                _LISTED.search(text, max(start, m.start() - 12), m.start()) or \
                len(words) == 1 and not words[0].isupper():
            # (nor the last of several: "OCHA, WHO ... and the UN Department for Safety and
            # Security delivered"; nor a word that opens the sentence: "Planes also
            # airdropped"; a name of one word is an agency's letters, "WHO", "UNICEF")
            continue
        return " ".join(words), victims
    return None, victims


# a verb of delivering after who delivered: "delivered", "said it had distributed"
_DELIVERY_VERB = (r"(?:delivered|delivers|distributed|distributes|brought|brings|sent|"
                  r"dispatched|airdropped|air-dropped|dropped|handed\s+out|provided|"
                  r"transported|supplied|airdrops|air-drops|"
                  # ("The Israeli Air Force begins humanitarian aid drops")
                  r"(?:begins|began|carries\s+out|carried\s+out)\s+(?:\w+\s+){0,2}"
                  r"(?:air-?drops|drops))\b")
_DELIVERS = re.compile(r"(?:\s+and\s+(?:its\s+|their\s+)?partners)?\s+"
                       r"(?:(?:said|says|announced|reported)\s+(?:that\s+)?(?:it|they)\s+)?"
                       r"(?:has\s+|have\s+|had\s+)?(?:also\s+)?" + _DELIVERY_VERB)
# an agency or a group by its name, then the verb: "WHO and partners delivered", "the
# World Food Programme distributed", "GHF said it had distributed"
_DELIVERER = re.compile(r"(?P<org>(?:[A-Z][\w'’&.-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,5}"
                        r"[A-Z][\w'’&.-]*)(?=" + _DELIVERS.pattern + ")")
# (the last of several: "OCHA, WHO, ... and the UN Department for Safety and Security
# delivered"; not "In coordination with the IDF, UNICEF delivered")
_LISTED = re.compile(r"\band\s+(?:the\s+)?$")
_PLACE_BEFORE = re.compile(r"\b(?:from|through|via|in|at|to|into|of|near|across|over)\s+"
                           r"(?:the\s+)?$", re.I)
# (the words before a name that are no part of it: "On Monday WHO delivered")
_NOT_AN_ORG = re.compile(r"The|On|In|At|By|After|Since|Then|Later|Earlier|Today|Yesterday|"
                         rf"{WEEKDAY_PATTERN}|{MONTH_NAMES}|Gaza['’]s|Israel['’]s")


# ACLED's name for armed men of no group the text names: looters or attackers
UNIDENTIFIED_ARMED = "Unidentified armed group (Palestine)"
LOOTERS_ARMED = UNIDENTIFIED_ARMED
LOOTERS_CROWD = "Rioters (Palestine)"
# Who loots when no armed party is named: gangs that are armed, or a crowd (ACLED codes
# civilians only as victims, so people who loot are rioters, never "Civilians")
LOOTING = re.compile(r"\b(?:looted|looting|loot|plundered|broke into|stormed)\b", re.I)
_LOOTERS = re.compile(r"\b(?:(?P<armed>(?:armed|criminal|organi[sz]ed) (?:gangs?|groups?|men)|"
                      r"gangs?|gunmen|thieves|criminals|clans?)|"
                      r"(?P<crowd>looters|crowds?|mobs?|(?:hungry |desperate |displaced )?"
                      r"(?:people|residents|civilians|Palestinians|families|men|youths?)))\b",
                      re.I)


_PASSIVE = re.compile(r"\b(?:were|was|are|is|been|being)\s+(?:\w+ly\s+)?$", re.I)
_BY = re.compile(r"\s+by\s+", re.I)


def _looters(text: str, start: int, end: int) -> str | None:
    """Who looted, as the clause names them before the looting ("armed gangs looted 98
    trucks", "crowds of desperate people broke into a warehouse"); None if it does not."""
    verb = LOOTING.search(text, start, end)
    if verb is None:
        return None
    if _PASSIVE.search(text, start, verb.start()):
        # "homes of displaced families were looted": what the clause names before the verb
        # is what was looted and whose; the looters come after "by", if at all
        by = _BY.match(text, verb.end(), end)
        if by is None:
            return None
        named = [m for m in _LOOTERS.finditer(text, by.end(), min(end, by.end() + 40))][:1]
    else:
        named = [m for m in _LOOTERS.finditer(text, start, verb.start())]
    if not named:
        return None
    # ("crowds of armed men": whoever is armed decides)
    return LOOTERS_ARMED if any(m.group("armed") for m in named) else LOOTERS_CROWD


# Armed men the text names by no group's name, nor as the war's fighters: "armed men",
# "masked men", "unknown gunmen", "unidentified assailants", "armed gangs" (not "gunmen" alone
# nor "Hamas gunmen": the generic side and a group, as :mod:`geoevents.actors` names them)
_UNIDENTIFIED = re.compile(r"\b(?:armed\s+(?:men|gangs?|groups?|assailants|attackers)|"
                           r"masked\s+(?:gun|armed\s+)?m[ae]n|"
                           r"(?:unknown|unidentified)\s+(?:armed\s+)?(?:gunm[ae]n|m[ae]n|"
                           r"assailants|attackers|persons|groups?))\b", re.I)
_ARMED_GROUP_NAMED = re.compile(r"\b(?:Hamas|Palestinian|Jihad|Qassam|Quds|Israeli|IDF|"
                                r"settlers?|clan|police|militants?|fighters?)\b", re.I)


def attackers_unidentified(text: str, unit: EventUnit, actor1: ActorRef | None) -> bool:
    """Whether an attack on civilians or an abduction was made by armed men the clause names
    by no group's name ("Armed men ambushed a UN aid convoy", "an aid convoy was ambushed by
    masked men", "Unknown gunmen attacked aid trucks", "Masked men abducted a doctor"):
    ACLED's unidentified armed group, not the Israeli military nor the Strip's armed factions
    (not "Hamas gunmen attacked", "armed Palestinian groups": a side named)."""
    if unit.sub_event_type not in (ATTACK[1], ABDUCTION[1]) or \
            actor1 is not None and not (actor1.name == PALESTINIAN_ARMED and
                                        _UNIDENTIFIED.search(text, max(0, actor1.start - 16),
                                                             actor1.end + 8)):
        return False
    start, end = unit.clause.start, unit.clause.end
    # (the men told before the attack, or as its subject: "Unidentified assailants attacked")
    men = next((m for m in _UNIDENTIFIED.finditer(text, start, end) if m.start() <= unit.anchor),
               None) or _BY_THE_UNIDENTIFIED.search(text, unit.anchor, end)
    return men is not None and not _ARMED_GROUP_NAMED.search(
        text, max(start, men.start() - 20), men.end())


# (the attack told in the passive, the men after it: "an aid convoy was ambushed by armed
# men")
_BY_THE_UNIDENTIFIED = re.compile(r"\bby\s+(?:[\w-]+\s+){0,2}?" + _UNIDENTIFIED.pattern[2:],
                                  re.I)

# the word of a taking the table reads as a detention: "Israeli forces abducted a journalist"
_ABDUCTED = re.compile(r"abduct", re.I)
# a force that holds authority in the Strip, whose takings are arrests: "Hamas police", "the
# internal security forces"
_AUTHORITY = re.compile(r"\b(?:police|policemen|security\s+(?:forces|services|apparatus|"
                        r"officers|men)|internal\s+security|interior\s+ministry)\b", re.I)


def taken_by_armed_men(text: str, unit: EventUnit,
                       actor1_of: Callable[[], str | None]) -> bool:
    """Whether people "abducted" were taken by armed men, not held by a force in authority:
    "Gunmen abducted an aid worker", "masked men abducted a doctor", "an engineer was
    abducted by the Qassam Brigades" are abductions, violence against civilians (ACLED's
    Abduction/forced disappearance, as "Gunmen kidnapped" is); "Israeli forces abducted a
    journalist" and "Hamas police abducted a man" are detentions by the forces in control,
    arrests; and a taking told with no one named stays the arrest the word is read as.
    (``actor1_of`` names the unit's actor1 when asked: reading every unit's actors for the
    few arrests told as "abducted" read them twice over for every unit.)"""
    if unit.sub_event_type != ARRESTS[1] or not _ABDUCTED.match(text, unit.anchor):
        return False
    actor1 = actor1_of()
    start, end = unit.clause.start, unit.clause.end
    if _AUTHORITY.search(text, start, end):
        return False
    if actor1 is None:
        return _UNIDENTIFIED.search(text, start, end) is not None
    return actor1 != ISRAELI and not actor1.startswith("Israel")


GOVERNMENT_OF_ISRAEL = "Government of Israel"
# an armed clan or militia by its name: "members of the Doghmush clan", "gunmen of the X
# clan", "members of the Abu Shabab militia"
_CLAN = re.compile(r"\b(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
                   r"(?P<kind>clan|militia)\b"
                   r"(?!['’]s\s+(?:homes?|houses?|areas?|neighbou?rhood|quarter|compound|lands?|"
                   r"property|district|streets?)\b)")

# the clan's armed men: "Doghmush clan gunmen", "gunmen from the Abu Shabab clan" (not
# "gunmen looted the Doghmush clan's warehouse": what was looted)
_CLANS_MEN_AFTER = re.compile(r"\s+(?:gunm[ae]n|militia\w*|members|armed\s+men|fighters)\b",
                              re.I)
_CLANS_MEN_BEFORE = re.compile(r"\b(?:gunm[ae]n|militiamen|members|armed\s+men|fighters)\s+"
                               r"(?:of|from)\s+(?:[\w'’-]+\s+)?$", re.I)


# (not "the Hamas militia", "an Israeli-backed militia": a group named by its own name or
# by who backs it, not a clan's men)
_NOT_A_CLAN = re.compile(r"(?:Israeli|Israel|Palestinian|Gaza|Hamas|Fatah|Islamic|Jihad|Qassam|"
                         r"Quds|Iranian|Arab)\b|[\w'’-]*-(?:backed|armed|linked|affiliated)\b")


def _clans(text: str, start: int, end: int) -> list[re.Match]:
    """The armed clans and militias named by their own names in text[start:end]."""
    return [m for m in _CLAN.finditer(text, start, end)
            if m.group("kind") == "clan" or not _NOT_A_CLAN.match(m.group("name"))]


def _clan_militia(clan: re.Match) -> str:
    """The actor a clan named as a party is ("Gaza's Doghmush clan": the Doghmush clan's
    militia)."""
    name = clan.group("name").split()
    while len(name) > 1 and (_NOT_AN_ORG.fullmatch(name[0]) or name[0].endswith(("'s", "’s"))):
        name = name[1:]
    kind = "clan militia" if clan.group("kind") == "clan" else "militia"
    return f"{' '.join(name)} {kind} (Palestine)"


_CLAN_PLACE_BEFORE = re.compile(r"\b(?:homes?|houses?|areas?|neighbou?rhood|quarter|compound|"
                                r"lands?|property|district|streets?)\s+(?:of|belonging\s+to)\s+$")


def looters_named(text: str, unit: EventUnit, actor1: ActorRef | None,
                  armed: list[ActorRef]) -> str | None:
    """Who looted, where the clause names them by no group's name: "trucks were looted by
    gunmen in the Deir al-Balah area": looters are not the armed groups' fighters (not "Hamas
    gunmen looted"); and men of a clan the clause names are that clan's ("Gunmen of the Abu
    Shabab clan looted aid trucks"). None where the unit is no looting so told."""
    if unit.sub_event_type == DESTRUCTION[1] and \
            (actor1 is None or actor1.name == PALESTINIAN_ARMED and
             not any(a.side == "Palestinian" and a.name != PALESTINIAN_ARMED for a in armed)):
        looters = _looters(text, unit.clause.start, unit.clause.end)
        clan = next((m for m in _clans(text, unit.clause.start, unit.clause.end)
                     if _CLANS_MEN_AFTER.match(text, m.end()) or
                     _CLANS_MEN_BEFORE.search(text, max(0, m.start() - 40), m.start())),
                    None) if looters == LOOTERS_ARMED else None
        if clan is not None:
            return _clan_militia(clan)
        return looters
    return None


def clan_fight_sides(text: str, unit: EventUnit, actor1: ActorRef | None, armed: list[ActorRef],
                     others: list[str]) -> tuple[str | None, str | None] | None:
    """(actor1, actor2) of a battle an armed clan fought: "clashes between Hamas security
    forces and members of the Doghmush clan": an armed clan is a party of its own, not the
    Israeli forces nor the generic side (the clan's name without a place or a day told before
    it: "gunmen from Gaza's Doghmush clan", "On Sunday Doghmush clan gunmen"); not a clan told
    as a place ("near the homes of the Doghmush clan", "in the Doghmush clan's neighbourhood":
    where the fighting was, not who fought). None where the clause names no such clan."""
    clan = next((m for m in _clans(text, unit.clause.start, unit.clause.end)
                 if not _CLAN_PLACE_BEFORE.search(text, max(0, m.start() - 40), m.start())),
                None)
    if clan is not None and (actor1 is None or actor1.start != clan.start("name")):
        militia = _clan_militia(clan)
        if actor1 is not None and actor1.name == PALESTINIAN_ARMED and (
                0 <= clan.start() - actor1.end <= 12 or 0 <= actor1.start - clan.end() <= 2):
            # (and "Doghmush clan gunmen clashed with Hamas police": the clan's men too)
            # ("Gunmen of the Abu Shabab clan clashed with Hamas police": the clan's men)
            return militia, next((a.name for a in armed if a is not actor1 and
                                  a.name != PALESTINIAN_ARMED), None)
        if actor1 is None or clan.start() < actor1.start and not others:
            return militia, (actor1.name if actor1 else None) or \
                next((o for o in others if o != PALESTINIAN_ARMED), None)
        return actor1.name, militia
    return None


def israel_agrees(text: str, unit: EventUnit, actor1: ActorRef | None) -> bool:
    """Whether the party to an agreement is the state of Israel by its name ("Israel agreed
    to a ceasefire"): the state that agrees to a ceasefire is its government, not its army."""
    return unit.sub_event_type == AGREEMENT[1] and actor1 is not None and \
        text.startswith("Israel", actor1.start) and \
        not text.startswith("Israeli", actor1.start)
