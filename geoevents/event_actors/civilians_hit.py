"""When the ones a strike, shelling or demolition hit are the Strip's civilians.

The dead are the Strip's civilians when they are named as people and not as fighters
("Israeli airstrikes kill 55 people", "killing a family of seven"), when they live where a
strike hit ("strikes hit homes in Sheikh Radwan") or when they waited for aid ("hoping to
get flour from UN trucks"); an Israeli claim of whom a strike was aimed at ("where it said
Hamas operatives were hiding") does not make them fighters. Homes demolished in the Strip
with no one named are the army's deed and their people's loss, unless torn down to clear
the ruins.
"""

from __future__ import annotations

import re

from geoevents.actors import (
    CIVILIANS_INTERNATIONAL,
    FIGHTER_WORDS,
    ISRAELI,
    ONE_SIDED,
    ActorRef,
)
from geoevents.event_actors.harm_authors import (
    ARMY_TOOL,
    CIVIL_DEMOLITION,
    OTHER_HARM,
    ROCKETS,
)
from geoevents.trigger_table import AID_SOUGHT, ATTACK, DESTRUCTION, IED, SHELL, VIOLENT
from geoevents.units import EventUnit, counts_combatants

# "hoping to get flour", "in the hope of receiving food"
_HOPING_FOR_AID = re.compile(r"\b(?:hoping|in\s+the\s+hope\s+of|trying|waiting)\s+(?:to\s+)?"
                             r"(?:get|getting|receive|receiving|collect|collecting|obtain|"
                             r"obtaining)\s+(?:some\s+|a\s+(?:bag|sack)\s+of\s+)?(?:flour|food|aid|"
                             r"bread|rations|supplies)\b", re.I)


# an Israeli claim of whom a strike was aimed at, told beside the place hit: "where it said
# Hamas operatives were hiding", "which the army claimed was a Hamas command centre",
# "claiming that militants used it" (not "the IDF said it struck Hamas targets": its report
# of what it struck; nor "where it claimed to have discovered Hamas posts": what it found)
_ITS_CLAIM = re.compile(r"\b(?:(?:where|which|that|whom)\s+(?:it|Israel|IDF|"
                        r"(?:the\s+)?(?:Israeli\s+)?(?:military|army|IDF))\s+(?:has\s+|had\s+)?(?:said|says|claimed|claims|"
                        r"alleged|alleges)|claiming|alleging)"
                        r"(?:\s+(?:that|was|were|is|are|a|an|the|used|by|housed|housing))*\s+$",
                        re.I)

# ... unless the strike is told to have killed the one it aimed at: "where it said a Hamas
# commander was hiding, killing the commander and 12 people"
_ITS_MEMBER_KILLED = re.compile(r"\b(?:killing|killed|kills)\s+(?:the|a|an|its|one|two|three|"
                                r"several|\d+)\s+(?:[\w-]+\s+){0,2}?(?:commanders?|operatives?|"
                                r"militants?|fighters?|members?|leaders?|chiefs?|gunm[ae]n)\b",
                                re.I)


def _titled_civilian(text: str, at: int) -> bool:
    """Whether a count told by a name has a civilian's work just before it ("our
    physiotherapist Fadi al-Wadiya", "journalist Anas al-Sharif")."""
    # (not "with rescuers reporting dozens killed": a name, not a count, after the work)
    m = _TITLE_BEFORE.search(text, max(0, at - 30), at)
    return text[at:at + 1].isupper() and m is not None and \
        _PEOPLE.fullmatch(m.group(1)) is not None and m.group(1)[0].islower()


def _civilian_dead(victim: str | None) -> bool:
    """Whether a count's dead or hurt are named as people ("35 people", "four Palestinians",
    "a 3-year-old boy"), none of them Israelis."""
    if not victim:
        return False
    words = victim.split()
    # (not "three armed men", "two security men", "two tank drivers": fighters, the
    # enclave's police or troops)
    return _PEOPLE.fullmatch(words[-1]) is not None and \
        not any(w.lower().startswith("israel") for w in words) and \
        not any(w.lower() in ("armed", "security", "masked", "military", "army", "tank")
                for w in words)


# (not "hostages", "police officers", "soldiers", "gunmen": who they were says whose side)
_PEOPLE = re.compile(r"people|persons?|Palestinians|civilians|citizens|children|child|kids|boys?|"
                     r"girls?|bab(?:y|ies)|infants?|toddlers?|men|man|women|woman|relatives|"
                     r"residents|neighbou?rs|famil(?:y|ies)|volunteers|journalists?|reporters?|"
                     r"students?|worshippers|sons?|daughters?|brothers?|sisters?|fathers?|"
                     r"mothers?|elderly|martyrs|patients?|photographers?|cameram[ae]n|"
                     r"paramedics?|medics?|doctors?|nurses?|teachers?|farmers?|fishermen|"
                     r"fisherman|"
                     # ("five staff members were killed, including a paediatrician": a
                     # hospital's or an agency's people)
                     r"staff|workers?|employees|colleagues|physiotherapists?|p(?:a)?ediatricians?|"
                     r"surgeons?|technicians?|pharmacists?|rescuers?|drivers?", re.I)
# one of the dead named by their name after their work: "our physiotherapist Fadi al-Wadiya
# was killed", "journalist Anas al-Sharif" (not "commander Mohammed Deif": see _PEOPLE)
_TITLE_BEFORE = re.compile(r"\b([\w-]+)\s+$")
# a count whose dead are a family or the Strip's "martyrs", told with no other name ("killing
# a family of seven", "recovered four martyrs")
_KIN_OR_MARTYRS = re.compile(r"\b(?:famil(?:y|ies)\s+of|martyrs)\b", re.I)
# a count of a family's members: "11 members of the Abu Shaaban family were killed",
# "killed five members of one family"
_FAMILY_MEMBERS = re.compile(r"\bmembers\s+of\s+(?:the\s+|a\s+|one\s+)?(?:[\w'’-]+\s+){0,2}?"
                             r"family\b", re.I)
# a place where people live, told as what a strike hit: "strikes hit homes", "a strike on a
# house", "a home near the roundabout was hit", "an airstrike hit a residential square"
# (not "on his way home": who was on the way is not told)
_DWELLING = (r"(?:homes?|houses?|apartments?|apartment\s+(?:blocks?|buildings?|towers?)|"
             r"residential\s+[\w-]+|tents?|family\s+homes?)")
# where the Strip's people crowd, told as what a strike hit: "a strike on a crowded market",
# "hit a market street" (with _DWELLING, only for a strike's target)
_PEOPLES_PLACE = (r"(?:" + _DWELLING + r"|markets?|market\s+(?:streets?|places?|squares?)|"
                  r"marketplaces?)")
_HOME_HIT = re.compile(
    r"\b(?:on|hit|hits|struck|strikes|targeted|targeting|bombed|bombing|shelled|shelling|"
    r"flattened|levelled|leveled|destroyed|destroying|destroys|"
    # ("documented shelling of homes in Bani Suheila", "the bombing of a house")
    r"(?:shelling|bombing|bombardment|targeting)\s+of)\s+(?:(?:a|an|the|two|three|four|five|"
    r"several|multiple|"
    r"his|her|their|its|nearby|civilian|[A-Z][\w'’-]*|"
    # ("bombed a five-storey residential building")
    r"[\w-]+-stor(?:e)?y|multi-?stor(?:e)?y|high-rise|crowded|densely\s+populated)\s+){0,3}?"
    + _PEOPLES_PLACE + r"\b"
    r"|\b" + _PEOPLES_PLACE + r"\s+(?:[\w'’-]+\s+){0,5}?(?:was|were|had\s+been|has\s+been|"
    r"have\s+been)\s+(?:hit|struck|bombed|targeted|shelled|flattened)\b"
    # ("a strike near a crowded market street": a crowd's place, hit or near)
    r"|\b(?:strikes?|airstrikes?|air\s+strikes?|shells?|shelling|missiles?)\s+near\s+"
    r"(?:an?\s+|the\s+)?(?:crowded|busy|packed|densely\s+populated)\s+(?:[\w-]+\s+)?"
    + _PEOPLES_PLACE + r"\b"
    # ("a residential building that was destroyed by an Israeli air strike")
    r"|\b" + _PEOPLES_PLACE + r"\s+(?:[\w'’-]+\s+){0,5}?(?:was|were|had\s+been|has\s+been|"
    r"have\s+been)\s+(?:destroyed|levell?ed|razed|reduced\s+to\s+rubble)\s+(?:in|by)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:air\s?strikes?|strikes?|shelling|"
    r"bombardment|bombing|missiles?)\b"
    # ("recovered 6 martyrs from a house of the al-Qadi family struck last night")
    r"|\b" + _PEOPLES_PLACE + r"\s+(?:(?:of|belonging\s+to)\s+(?:the\s+)?[\w'’-]+\s+"
    r"(?:family\s+)?)?(?:struck|bombed|targeted|shelled)\s+(?:last|overnight|earlier|on|in|at|"
    r"by|this|yesterday|today)\b")


# the dead taken from the place hit told as fighters: "The bodies of four fighters were
# recovered from a house struck last night" (the ones the strike hit were no civilians)
_FIGHTERS_BODIES = re.compile(r"\bbodies\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                              rf"(?:{FIGHTER_WORDS})\b",
                              re.I)


# "another" with no noun of its own: "; another killed four", "and another one hit"
# (not "another hit a vehicle in Khan Younis, killing two": a target of its own)
_ANOTHER_ONE = re.compile(r"[\s,;:-]*(?:and\s+|while\s+|as\s+)?another(?:\s+one)?\s+"
                          r"(?:(?:also|later|then)\s+)?(?:killed|kills|wounded|injured|"
                          r"(?:hit|hits|struck|strikes|destroyed|levelled|leveled)\b"
                          r"(?!\s+(?:an?|the|two|three|four|five|several|his|her|their|its|"
                          r"one)\b|\s+(?-i:[A-Z])))\b", re.I)


def _a_home_hit(text: str, unit: EventUnit) -> bool:
    """Whether the unit's clause tells a home hit ("strikes hit homes in Sheikh Radwan", "a
    residential building that was destroyed by an Israeli air strike"); a home destroyed
    only where the sentence names no member of an armed group ("A senior Hamas official was
    killed in a house in Rafah that was destroyed by an Israeli air strike": his house)."""
    start = unit.clause.start
    if _ANOTHER_ONE.match(text, unit.clause.start, unit.clause.end):
        # "a strike on a home in al-Shati camp killed a family of five; another killed four
        # in al-Tuffah": "another" alone is one more of what the sentence told before it
        start = unit.sentence.start
    hit = _HOME_HIT.search(text, start, unit.clause.end)
    return hit is not None and not (
        _DESTROYED_WORD.search(hit.group(0)) and
        _GROUP_MEMBER.search(text, unit.sentence.start, unit.sentence.end))


_DESTROYED_WORD = re.compile(r"\b(?:destroy|levell?ed|razed|rubble)", re.I)
_ARMED_GROUP = r"(?:Hamas|Islamic\s+Jihad|Qassam|(?:al-)?Quds\s+Brigades|PIJ)"
# "a senior Hamas official", "Islamic Jihad's commander in Rafah", "a commander of Hamas's
# northern brigade" (not "the Hamas-run health ministry")
_GROUP_MEMBER = re.compile(
    r"\b" + _ARMED_GROUP + r"(?:['’]s)?\s+(?:[\w'’-]+\s+){0,2}?(?:commanders?|leaders?|"
    r"officials?|members?|operatives?|militants?|fighters?|chiefs?|heads?)\b|"
    r"\b(?:commanders?|leaders?|officials?|members?|operatives?|chiefs?|heads?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:of|in)\s+(?:the\s+)?" + _ARMED_GROUP + r"\b", re.I)


# homes torn down: "demolished nine homes", "dozens of homes were demolished", "bulldozed
# houses"
_HOMES_DESTROYED = re.compile(
    r"\b(?:demolish\w*|bulldoz\w*|raz\w*|blew\s+up|blown\s+up|destroy\w*|levell?ed|"
    r"flattened|torched|burn(?:ed|t))\s+(?:[\w'’-]+\s+){0,4}?" + _DWELLING + r"\b|"
    r"\b" + _DWELLING + r"\s+(?:[\w'’-]+\s+){0,5}?(?:were|was|had\s+been|has\s+been|have\s+been)"
    r"\s+(?:\w+ly\s+)?(?:demolished|bulldozed|razed|blown\s+up|destroyed|levell?ed|flattened|"
    r"torched|burned|burnt)\b", re.I)


# demolitions told as a course of the war, by their noun: "Sustained shelling and
# demolitions in Zeitoun", "Demolitions of residential blocks in Beit Lahia", "the blowing
# up of residential blocks" (not "the demolition of a home ordered by the municipality":
# see CIVIL_DEMOLITION)
_DEMOLISHING = r"(?:demolitions?|blowing\s+up|detonation|razing|bulldozing)"
# ("the demolition and blowing up of dozens of houses": two words for one deed, and a
# quantity before the homes)
_DEMOLITIONS = re.compile(r"\b(?:" + _DEMOLISHING + r"(?:\s+and\s+(?:the\s+)?" + _DEMOLISHING +
                          r")?\s+of\s+(?:the\s+)?(?:(?:dozens|scores|hundreds|tens|a\s+number|"
                          r"several)\s+of\s+)?(?:[\w-]+\s+)?(?:homes|houses|"
                          r"buildings|residential|blocks|neighbou?rhoods)|demolitions)\b", re.I)

# demolitions told of homes: "demolitions of homes", "the blowing up of residential blocks"
_HOMES_WORD = re.compile(r"\b(?:homes|houses|residential)\b", re.I)

# demolitions done to clear the ruins, by the Strip's own crews or the homes' people:
# "Civil defence teams carried out demolitions of unsafe buildings", "UNDP crews began the
# demolition of damaged buildings to clear rubble", "Residents carried out demolitions of
# their own damaged homes" (not the war's: "Demolitions continued in eastern Khan Younis,
# the civil defence said")
_CIVIL_WORKS = re.compile(r"\b(?:teams|crews|contractors|workers|engineers|residents|owners|"
                          r"their\s+own|unsafe|damaged|dilapidated|illegal|rubble|"
                          r"UNDP|UNOPS|reconstruction|rebuild\w*)\b", re.I)


def civilians_named(named: list[ActorRef], unit: EventUnit) -> list[str]:
    """The civilians the unit names, the Strip's first ("speaking to foreign journalists"
    names no victims); but the ones a count names first of all ("a building used by UN staff
    was hit, killing a foreign UN staff member")."""
    return [a.name for a in sorted(
        (a for a in named if a.role == "civilian"),
        key=lambda a: (not any(c.start <= a.start < c.end for c in unit.casualty_phrases),
                       a.name == CIVILIANS_INTERNATIONAL))]


def victims_told(unit: EventUnit, civilians: list[str], others: list[str]) -> list[str]:
    """The ones hit: the civilians named, else the other side's parties; the other side's
    where a toll counts combatants ("killed three Hamas gunmen, doctors said": a toll of
    combatants names the other party, whatever civilians the sentence also names)."""
    return others if others and any(counts_combatants(c) for c in unit.casualty_phrases) \
        else civilians or others


def claimed_target(text: str, unit: EventUnit, actor1: ActorRef | None, armed: list[ActorRef],
                   victims: list[str]) -> bool:
    """Whether the group named as hit is only the army's claim of its target: "the IDF struck
    a building in Beit Lahia where it said Hamas operatives were hiding ..., killing 73
    people": the dead told are people (not "killing five militants": the group's own)."""
    return unit.sub_event_type in ONE_SIDED and actor1 is not None and \
        actor1.side == "Israel" and \
        (not unit.casualty_phrases or
         any(_civilian_dead(c.victim) for c in unit.casualty_phrases)) and \
        not any(counts_combatants(c) for c in unit.casualty_phrases) and \
        (chosen := [a for a in armed if victims and a.name == victims[0]]) and \
        all(a.side == "Palestinian" and
            _ITS_CLAIM.search(text, max(unit.sentence.start, a.start - 80), a.start) and
            not _ITS_MEMBER_KILLED.search(text, a.end, unit.sentence.end)
            for a in chosen)


def people_killed(text: str, unit: EventUnit, actor1: ActorRef | None) -> bool:
    """Whether the ones an attack or shelling hit are the Strip's civilians: "Israeli
    airstrikes kill 55 people", "three Palestinian men were killed when an agricultural area
    was hit", "killing a family of seven": the dead, named as people and not as fighters (not
    "a rocket hit a home in Rehovot, killing one man"); so are those who live where a strike
    hit ("strikes hit homes in Sheikh Radwan", "a house was hit in Nuseirat camp")."""
    return unit.event_type in (ATTACK[0], SHELL[0]) and \
        (actor1.side == "Israel" if actor1 else not ROCKETS.search(text, unit.sentence.start,
                                                                   unit.sentence.end)) and \
        (any(_civilian_dead(c.victim) or c.victim is None and _KIN_OR_MARTYRS.search(c.text)
             or c.victim is None and _titled_civilian(text, c.start)
             or c.victim == "members" and _FAMILY_MEMBERS.search(text, c.start, c.end + 40)
             for c in unit.casualty_phrases) or
         not any(counts_combatants(c) for c in unit.casualty_phrases) and
         _a_home_hit(text, unit) and
         not _FIGHTERS_BODIES.search(text, unit.sentence.start, unit.sentence.end))


def army_deed_unnamed(text: str, unit: EventUnit, victims: list[str],
                      armed: list[ActorRef]) -> bool:
    """Whether a deed no one is named for is the Israeli forces': "tank shells hit tents",
    "bulldozers demolished nine homes": weapons in the Strip that only the Israeli forces
    wield, named or not (not "troops came under sniper fire": fire at them); so are homes
    demolished in the Strip with no one named ("dozens of homes were demolished near the
    market"). (A shooting of civilians is given its shooter once its killings are folded: see
    sides_filled.) Not a bomb set off by a tank or bulldozer ("an explosive device detonated
    near a bulldozer", "fighters blew up a tank": the machine its target), nor a home torn
    down by its owner or the town ("demolished by its owner after municipal officials ordered
    it")."""
    return victims != [ISRAELI] and unit.event_type != ATTACK[0] and \
        (unit.event_type in VIOLENT or unit.sub_event_type == DESTRUCTION[1]) and \
        unit.sub_event_type != IED[1] and \
        not CIVIL_DEMOLITION.search(text, unit.clause.start, unit.clause.end) and \
        not any(a.side == "Palestinian" for a in armed) and \
        (ARMY_TOOL.search(text, unit.clause.start, unit.clause.end) is not None or
         unit.sub_event_type == DESTRUCTION[1] and
         (_HOMES_DESTROYED.search(text, unit.clause.start, unit.clause.end) is not None or
          _DEMOLITIONS.search(text, unit.clause.start, unit.clause.end) is not None and
          not _CIVIL_WORKS.search(text, unit.clause.start, unit.clause.end)) and
         not OTHER_HARM.search(text, unit.clause.start, unit.clause.end))


def aid_seekers_hit(text: str, unit: EventUnit) -> bool:
    """Whether the violence hit a crowd waiting for aid: "Thousands had gathered on the main
    road, hoping to get flour from UN trucks, when tank shells and gunfire struck them": the
    crowd that waits for aid is the Strip's civilians."""
    return unit.event_type in VIOLENT and \
        (AID_SOUGHT.search(text, unit.sentence.start, unit.sentence.end) is not None or
         _HOPING_FOR_AID.search(text, unit.sentence.start, unit.sentence.end) is not None)


def homes_demolished(text: str, unit: EventUnit) -> bool:
    """Whether the destruction is of homes: "IOF bulldozers demolished at least nine homes",
    "demolitions of residential blocks": the homes are the Strip's people's."""
    return unit.sub_event_type == DESTRUCTION[1] and \
        (_HOMES_DESTROYED.search(text, unit.clause.start, unit.clause.end) is not None or
         any(_HOMES_WORD.search(m.group(0))
             for m in _DEMOLITIONS.finditer(text, unit.clause.start, unit.clause.end)))
