"""Whose hand a harm was where the text names no one: the words every reading of the sides
tests (a unit's, a record's, the report's).

Weapons only the Israeli forces wield in the Strip (tanks, quadcopters, snipers, bulldozers,
artillery) name their author; others who harm (gangs, looters, a crush, a family feud, a home
torn down by its owner or the town) rule the army out. Troops fired on make the Israeli
forces the ones hit, unless the sentence means the Strip's police, or tells the troops' dead
as their own side's doing (friendly fire, a work accident). Shelling a report gives no
author: tanks and artillery are the Israeli military's, rockets and mortars may be either
side's. A bomb set off at the troops is their foes', an armoured vehicle loaded with
explosives the army's own; people shot as they neared the troops were shot by them.
"""

from __future__ import annotations

import re

from geoevents.actors import (
    CIVILIANS,
    CIVILIANS_INTERNATIONAL,
    ISRAELI,
    ONE_SIDED,
    ActorRef,
    find_actors,
    side_of,
)
from geoevents.model import Event
from geoevents.trigger_table import ATTACK, IED, SHELL, VIOLENT, fighters_fire
from geoevents.units import EventUnit, israeli_dead

# "Armed gangs attacked aid seekers near a distribution point", "killed in a crush at an aid
# site": the sentence names others who did the harm, or harm no one's fire did
OTHER_HARM = re.compile(r"\b(?:gangs?|looters?|gunmen|armed\s+(?:men|groups?|clans?)|clans?|"
                        r"militants?|Hamas|crush|stampede|trampled)\b", re.I)


# shooters of the Strip by no group's name: "unknown assailants", "in a family dispute",
# "members of a local family shot dead"
PRIVATE_HARM = re.compile(r"\b(?:assailants?|attackers?|unknown\s+(?:men|persons|people)|"
                          r"(?:family|tribal|clan)\s+(?:disputes?|feuds?|quarrels?)|"
                          r"members\s+of\s+(?:a|the|his|her)\s+(?:local\s+|rival\s+)?"
                          r"(?:family|clan|tribe)|(?:his|her|their)\s+(?:cousins?|brothers?|"
                          r"relatives?|neighbou?rs?)|celebratory)\b", re.I)
# a home torn down by its owner or the town, not in the war: "demolished by its owner",
# "the municipality demolished"
CIVIL_DEMOLITION = re.compile(r"\bby\s+(?:its|their|the)\s+owners?\b|\bmunicipal(?:ity|ities)?\b",
                              re.I)
# soldiers killed with no fire of the other side: "in a work accident", "a stray bullet
# fired by another soldier", "when their tank overturned"
_MISHAP = re.compile(r"\b(?:accidents?|accidentally|mistaken(?:ly)?|by\s+mistake|misidentif\w+|"
                     r"stray\s+bullets?|fired\s+by\s+(?:another|a\s+fellow|fellow)\s+soldiers?|"
                     r"overturned|rolled\s+over)\b", re.I)
# weapons only the Israeli forces use in the Strip, or drones told with no group's name
# (not "anti-tank fire", "a tank was hit": what the armed groups fire at them; not "water
# tanks", "fuel tanks", "a drone-making workshop": no weapon)
ARMY_TOOL = re.compile(r"\b(?:quadcopters?|drones?(?!-)|snipers?|(?<!anti-)(?<!anti )"
                       r"(?<!water )(?<!fuel )(?<!storage )(?<!gas )(?<!oxygen )(?<!septic )"
                       r"(?<!diesel )(?<!petrol )tanks?"
                       r"(?!\s+(?:was|were|had\s+been|has\s+been)\s+(?:hit|struck|destroyed|"
                       r"targeted))|bulldozers?|"
                       r"artillery|warplanes?|fighter\s+jets?|gunboats?|warships?|"
                       r"naval\s+(?:vessels?|boats?|fire))\b", re.I)
# troops fired on, by no name of their own: "fired mortar rounds at troops", "claimed
# sniper attacks on soldiers", "troops came under fire" (not "fire at a police force",
# "troops of the Hamas-run police")
# (and the army's machines by their names: "targeting a Merkava tank", "hit an Israeli Apache
# helicopter", "a D9 bulldozer")
TROOPS_HIT = re.compile(r"\b(?:at|on|against|targeting|targeted|ambushed|attacked|hit|struck)\s+"
                        r"(?:the\s+|an?\s+)?(?:Israeli\s+|IDF\s+|occupation\s+)?"
                        r"(?:troops|soldiers|forces|force|patrols?|"
                        r"(?:(?:Merkava|Namer|Eitan)\s+)?tanks?|Merkavas?|armou?red\s+vehicles|"
                        r"military\s+vehicles|(?<=Israeli\s)(?:Apache\s+)?helicopters?|"
                        r"Apache(?:\s+helicopters?)?|(?:military\s+|D9\s+)bulldozers?|D9s?)\b"
                        r"(?!\s+(?:of|from|belonging\s+to)\s+(?:the\s+)?(?:Hamas|Palestinian|"
                        r"[Pp]olice|[Ss]ecurity|[Ii]nternal|[Ii]nterior|Egypt))|"
                        # (not "Jordanian soldiers came under fire", "Palestinian security
                        # forces came under fire from gunmen": others' troops)
                        r"(?<!Egyptian )(?<!Hamas )(?<!Jordanian )(?<!Lebanese )(?<!UN )"
                        r"(?<!Palestinian )(?<!security )(?<!police )(?<!peacekeeping )"
                        r"(?<!army )(?<!['’]s )\b(?:troops|soldiers|forces)\s+"
                        r"(?:had\s+|have\s+)?(?:came|come|comes)"
                        r"\s+under\b")
# the Strip's police told in the sentence: "opened fire on a police force, killing two
# officers" (not "two Israeli Border Police officers")
STRIP_POLICE = re.compile(r"(?<!Israeli )(?<!Border )\b(?:[Pp]olice(?:men)?|"
                          r"[Ss]ecurity\s+(?:forces|services|officers)|[Ii]nterior\s+[Mm]inistry)\b")
# the forces' own fire or device: "killed by friendly fire", "detonated prematurely"
_OWN_FIRE = re.compile(r"\b(?:friendly\s+fire|prematurely|operational\s+accident|"
                       r"(?:planted|placed|laid)\s+by\s+(?:the\s+)?(?:Israeli\s+)?"
                       r"(?:troops|forces|army|soldiers|military))\b", re.I)
# an Israeli officer, by rank or by a numbered unit: "Col. Ehsan Daxa, commander of the
# 401st Brigade", "Maj. X, 26" (not "the commander of Hamas's Khan Younis Brigade")
_OFFICER = re.compile(r"(?:(?:Lt\.?\s+|Brig\.?\s+|Maj\.?\s+)?(?:Col|Gen)|Maj|Capt|Lt|Sgt|"
                      r"Staff\s+Sgt|St\.?\s+Sgt|Sgt\.?\s+Maj|Cpl|Pvt|Cpt)\.?\s+[A-Z]|"
                      r"[^,]*,\s+(?:a\s+|the\s+)?(?:deputy\s+)?(?:commander|officer|soldier)\s+"
                      r"(?:of|in)\s+the\s+\d+(?:st|nd|rd|th)\s+(?:Brigade|Battalion|Division|"
                      r"Unit)\b")


# the army's own dead told as no deed of the other side's, in words the mishaps above do not
# name: "a soldier died in a traffic collision near Khan Younis", "killed in an operational
# incident", "when his weapon discharged", "investigating whether he was hit by Israeli fire"
OWN_SIDE_MORE = re.compile(r"\b(?:collision|collided|(?:car|road|traffic|vehicle)\s+crash|"
                           r"operational\s+(?:incident|mishap)|accidental\s+discharge|"
                           r"(?:weapon|rifle|gun)\s+(?:\w+\s+)?discharged|"
                           r"(?:Israeli|its\s+own|their\s+own)\s+(?:tank\s+|troops['’]?\s+|"
                           r"forces['’]?\s+)?fire)\b", re.I)


def own_side_harm(text: str, unit: EventUnit) -> bool:
    """Whether the unit's sentence tells the troops' dead as their own side's doing ("killed
    by friendly fire", "in a work accident", "a stray bullet fired by another soldier")."""
    return _OWN_FIRE.search(text, unit.sentence.start, unit.sentence.end) is not None or \
        _MISHAP.search(text, unit.sentence.start, unit.sentence.end) is not None


# Shelling a report gives no author: tanks and artillery are the Israeli military's, rockets
# and mortars may be either side's
_ARTILLERY = re.compile(r"\b(?:shell\w*|artillery|tanks?)\b", re.I)
ROCKETS = re.compile(r"\b(?:rockets?|mortars?|missiles?|projectiles?)\b", re.I)


def troops_hit_unnamed(text: str, unit: EventUnit) -> bool:
    """Whether a battle that names no one has the Israeli forces as the ones hit: "Israel said
    two soldiers were killed in Rafah", "fighters fired an anti-tank missile at a tank,
    killing two soldiers"; with no one named, the Israeli forces are the ones the Strip's armed
    groups hit, not the ones who attacked (not "two soldiers were killed in a work accident",
    "killed by a stray bullet fired by another soldier": no one of the other side fired)."""
    return (any(israeli_dead(c) for c in unit.casualty_phrases) or
            TROOPS_HIT.search(text, unit.clause.start, unit.clause.end) is not None) and \
        not own_side_harm(text, unit)


def israeli_forces_hit(text: str, unit: EventUnit, actor1: ActorRef | None) -> bool:
    """Whether the ones hit are the Israeli forces: the troops in the Strip, fired on by no
    one of their own side ("Al-Quds Brigades say they fired mortar rounds at troops in
    Jabalia", "killed when troops came under sniper fire in Rafah"), or a count of their dead
    ("a soldier was killed by gunfire in Rafah", "Col. X, commander of the 401st Brigade, was
    killed by an explosive device"; not "Gunmen opened fire on a police force in Khan Younis,
    killing two officers": the Strip's police)."""
    return ((actor1 is None or actor1.side == "Palestinian") and
            unit.event_type in VIOLENT and
            TROOPS_HIT.search(text, unit.clause.start, unit.clause.end) is not None) or \
        ((actor1 is None or actor1.side != "Israel") and
         troops_counted_dead(unit) and
         not STRIP_POLICE.search(text, unit.sentence.start, unit.sentence.end))


def troops_counted_dead(unit: EventUnit) -> bool:
    """Whether a count of the unit's is of the Israeli forces' dead or hurt, or names an
    Israeli officer by rank or unit ("Col. X, commander of the 401st Brigade, was killed")."""
    return any(israeli_dead(c) or c.victim is None and _OFFICER.match(c.text)
               for c in unit.casualty_phrases)


def strike_or_shelling_unnamed(e: Event) -> bool:
    """Whether an air strike, an evacuation order or a siege in the Strip, which only the
    Israeli military makes, names no author; or shelling, by tanks or artillery or on the
    Strip's civilians, with no rockets or mortars told: shelling too is the army's, unless it
    fell on Israeli forces (Palestinian groups fire mortars at troops, not at the Strip's
    hospitals and homes; so is the toll of shelling told before, "38 people were killed in
    North Gaza", the Strip's civilians its dead)."""
    return e.actor1 is None and (e.sub_event_type in ONE_SIDED or
                                 e.sub_event_type == SHELL[1] and side_of(e.actor2) != "Israel"
                                 and (_ARTILLERY.search(e.notes) is not None or
                                      e.actor2 in (CIVILIANS, CIVILIANS_INTERNATIONAL))
                                 and not ROCKETS.search(e.notes))


def _no_shooter_of_the_strip(notes: str) -> bool:
    """Whether the record names no one of the Strip who harms: no gangs or militants, no
    unknown assailants or family feud, and no Palestinian party."""
    return not OTHER_HARM.search(notes) and not PRIVATE_HARM.search(notes) and \
        not any(side_of(a.name) == "Palestinian" for a in find_actors(notes))


def army_weapon_on_civilians(e: Event) -> bool:
    """Whether civilians were attacked by no one named with weapons in the Strip that only
    the Israeli forces wield: "Quadcopters opened fire on residents", "shot dead by a sniper
    in the hospital courtyard" (not "gunmen fired from a tank's blind side", "militants fired
    at a tank": others'; nor "unknown assailants shot dead a man near the water tanks",
    "artillery shells hit Zeitoun and members of a local family shot dead a man": shooters of
    the Strip)."""
    return e.actor1 is None and e.sub_event_type == ATTACK[1] and \
        e.actor2 in (CIVILIANS, CIVILIANS_INTERNATIONAL) and \
        ARMY_TOOL.search(e.notes) is not None and not TROOPS_HIT.search(e.notes) and \
        _no_shooter_of_the_strip(e.notes)


# people who came near the Israeli forces' lines: "crossed the yellow line and approached
# troops", "as they approached Israeli positions", "posed a threat to the forces" (not
# "shot dead after they crossed the border fence into Egypt": Egypt's border)
_NEARED_TROOPS = re.compile(
    r"\b(?:approach(?:ed|ing)|near(?:ed|ing)|(?:came|coming|got|getting)\s+close\s+to|"
    r"advanc(?:ed|ing)\s+(?:towards?|on)|cross(?:ed|ing))\s+(?:the\s+)?(?:Israeli\s+|IDF\s+|"
    r"army\s+)?(?:troops|forces|soldiers|positions|yellow\s+line|security\s+fence|"
    r"border\s+fence|buffer\s+zone)\b(?!\s+(?:in)?to\s+(?:the\s+)?Egypt|\s+with\s+Egypt)|"
    r"\bpos(?:ed|ing)\s+(?:an?\s+)?(?:immediate\s+)?threat\s+to\s+(?:the\s+)?"
    r"(?:Israeli\s+|IDF\s+)?(?:troops|forces|soldiers)\b", re.I)


def shot_near_the_troops(e: Event) -> bool:
    """Whether civilians attacked by no one named had come near the Israeli forces: "Two men
    were shot dead east of Khan Younis after, according to the Israeli army, they 'crossed the
    yellow line and approached troops'", "killed as they approached Israeli positions": the
    ones shot came near the troops, who shot them."""
    return e.actor1 is None and e.sub_event_type == ATTACK[1] and \
        e.actor2 in (CIVILIANS, CIVILIANS_INTERNATIONAL) and \
        _NEARED_TROOPS.search(e.notes) is not None and _no_shooter_of_the_strip(e.notes)


# a bomb told as set off at the troops: "an explosive device was detonated in the face of the
# Israeli forces", "a roadside bomb went off under an army jeep" (not "troops detonated an
# explosive device in a tunnel shaft": the troops' own charge, with no one it was aimed at)
# (and "an Improvised Explosive Device (IED) exploded beneath an Israeli tank", "a roadside
# bomb hit an Israeli armored bulldozer", "an IED detonated near an Israeli force": the
# device's name spelt out, a blast that hit the target or went off near it, the target
# named by up to two words, "Israeli military vehicle")
_DEVICE_AT_TROOPS = re.compile(
    r"\b(?:explosive\s+(?:devices?|charges?)|IEDs?|(?:roadside\s+)?bombs?|(?:land)?mines?)\b"
    r"[^.;]{0,30}?\b(?:(?:detonated|exploded|went\s+off|set\s+off|blew\s+up)\s+"
    r"(?:in\s+the\s+face\s+of|against|at|under|underneath|beneath|targeting|near|next\s+to|"
    r"close\s+to)|hit|struck|targeted)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:Israeli|army|military|IDF|occupation|armou?red|Merkava|Namer|D9)\s+){0,2}"
    r"(?:forces?|troops|soldiers?|units?|patrols?|tanks?|jeeps?|vehicles?|bulldozers?|"
    r"APCs?|convoys?|Humvees?)\b", re.I)
# ... or a blast told on the troops as they went about their work: "The explosion took place
# Saturday in Rafah, as Israeli forces were searching a building", "while troops were
# inside", "Troops killed in successive explosions" (not "as troops detonated a tunnel": their
# own charge)
_TROOPS_AT_THE_BLAST = re.compile(
    r"\b(?:explosions?|blasts?|explosive\s+devices?|IEDs?|bombs?)\b[^.;]{0,80}?\b(?:as|while|"
    r"when)\s+(?:the\s+)?(?:Israeli\s+|IDF\s+|army\s+)?(?:forces|troops|soldiers)\s+(?:were|was)\s+"
    r"(?:searching|inside|operating|clearing|inspecting|scanning|entering|working|"
    r"combing|patrolling)\b|"
    r"\b(?:troops|soldiers)\s+(?:were\s+|was\s+)?(?:killed|wounded|injured)\s+in\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:explosions?|blasts?)\b", re.I)
# the army told setting off a charge of its own: "Israeli forces detonated explosives in Rafah
# while troops were operating nearby", "troops blew up a tunnel"
_ARMY_SET_OFF = re.compile(r"\b(?:Israeli|IDF|army|military|troops|forces|soldiers|engineers)\s+"
                           r"(?:[\w-]+\s+)?(?:detonated|blew\s+up|set\s+off|planted|demolished)\b",
                           re.I)
# an armoured vehicle or a robot loaded with explosives: "explosive-laden armoured vehicles",
# "robot vehicles packed with explosives", "booby-trapped APCs" (not "an explosive-laden car":
# a car bomb may be anyone's)
_ARMY_DEVICE = re.compile(r"\b(?:explosive[- ](?:laden|packed|rigged|filled|loaded)|booby-?trapped)"
                          r"\s+(?:(?:old|armou?red|military|remote-controlled|unmanned)\s+)*"
                          r"(?:armou?red\s+(?:vehicles?|carriers?|personnel\s+carriers?)|"
                          r"APCs?|M113s?|robots?|robotic\s+vehicles?)|"
                          r"\b(?:robot(?:ic)?|armou?red)\s+(?:vehicles?|carriers?|personnel\s+"
                          r"carriers?)\s+(?:packed|laden|loaded|rigged|filled)\s+with\s+explosives\b",
                          re.I)


def bomb_at_the_troops(e: Event) -> bool:
    """Whether a bomb the Israeli forces are named with, or no one, was set off at them: "an
    explosive device was detonated in the face of the Israeli forces", "an explosive device
    exploded beneath an Israeli tank": the bomb set off at the troops is their foes'; the
    troops told with it are the ones it hit (not the army's own machines loaded with
    explosives, nor its own device gone off); a group named with it is its author, "Al-Quds
    Brigades said an explosive device exploded under a Merkava tank", the troops the ones
    hit."""
    return e.sub_event_type == IED[1] and \
        (e.actor1 in (ISRAELI, None) or
         side_of(e.actor1) == "Palestinian" and e.actor2 is None) and \
        (_DEVICE_AT_TROOPS.search(e.notes) is not None or
         _TROOPS_AT_THE_BLAST.search(e.notes) is not None) and \
        not _ARMY_DEVICE.search(e.notes) and not _OWN_FIRE.search(e.notes) and \
        not _ARMY_SET_OFF.search(e.notes)


def army_machine_bomb(e: Event) -> bool:
    """Whether a bomb no one is named for is one of the army's machines: "remotely-detonated,
    explosive-laden armoured vehicles in Sheikh Radwan", "robot vehicles packed with
    explosives detonated": the army's machines, sent into the neighbourhoods it clears."""
    return e.actor1 is None and e.sub_event_type == IED[1] and \
        _ARMY_DEVICE.search(e.notes) is not None


def troops_struck_unnamed(e: Event) -> bool:
    """Whether a device or fire no one is named for hit the Israeli forces: "Col. X was killed
    by an explosive device in Jabalia", "a soldier was killed by gunfire in Rafah": a device
    or fire that hits the Israeli forces in the Strip is the armed groups' (not "killed by
    friendly fire", "an explosive device planted by the troops detonated prematurely": the
    forces' own)."""
    return e.actor1 is None and e.actor2 == ISRAELI and (e.sub_event_type == IED[1] or
                                                         e.event_type == ATTACK[0]) and \
        not _OWN_FIRE.search(e.notes)


def fighters_fire_unnamed(e: Event) -> bool:
    """Whether shelling no one is named for is the Strip's armed groups': "rockets fired from
    the Gaza Strip struck a school"; so are rockets or mortars that hit Israeli forces ("a
    rocket attack on 5 May that killed four Israeli soldiers")."""
    return e.actor1 is None and e.sub_event_type == SHELL[1] and (
        fighters_fire(e.notes) is not None or side_of(e.actor2) == "Israel" and
        ROCKETS.search(e.notes) is not None)
