"""Whose hand a harm was where the text names no one: the words every reading of the sides
tests (a unit's, a record's, the report's).

Weapons only the Israeli forces wield in the Strip (tanks, quadcopters, snipers, bulldozers,
artillery) name their author; others who harm (gangs, looters, a crush, a family feud, a home
torn down by its owner or the town) rule the army out. Troops fired on make the Israeli
forces the ones hit, unless the sentence means the Strip's police, or tells the troops' dead
as their own side's doing (friendly fire, a work accident). Shelling a report gives no
author: tanks and artillery are the Israeli military's, rockets and mortars may be either
side's.
"""

from __future__ import annotations

import re

from geoevents.actors import ActorRef
from geoevents.trigger_table import VIOLENT
from geoevents.units import EventUnit, israeli_dead

# "Armed gangs attacked aid seekers near a distribution point", "killed in a crush at an aid
# site": the sentence names others who did the harm, or harm no one's fire did
_OTHER_HARM = re.compile(r"\b(?:gangs?|looters?|gunmen|armed\s+(?:men|groups?|clans?)|clans?|"
                         r"militants?|Hamas|crush|stampede|trampled)\b", re.I)


# shooters of the Strip by no group's name: "unknown assailants", "in a family dispute",
# "members of a local family shot dead"
_PRIVATE_HARM = re.compile(r"\b(?:assailants?|attackers?|unknown\s+(?:men|persons|people)|"
                           r"(?:family|tribal|clan)\s+(?:disputes?|feuds?|quarrels?)|"
                           r"members\s+of\s+(?:a|the|his|her)\s+(?:local\s+|rival\s+)?"
                           r"(?:family|clan|tribe)|(?:his|her|their)\s+(?:cousins?|brothers?|"
                           r"relatives?|neighbou?rs?)|celebratory)\b", re.I)
# a home torn down by its owner or the town, not in the war: "demolished by its owner",
# "the municipality demolished"
_CIVIL_DEMOLITION = re.compile(r"\bby\s+(?:its|their|the)\s+owners?\b|\bmunicipal(?:ity|ities)?\b",
                               re.I)
# soldiers killed with no fire of the other side: "in a work accident", "a stray bullet
# fired by another soldier", "when their tank overturned"
_MISHAP = re.compile(r"\b(?:accidents?|accidentally|mistaken(?:ly)?|by\s+mistake|misidentif\w+|"
                     r"stray\s+bullets?|fired\s+by\s+(?:another|a\s+fellow|fellow)\s+soldiers?|"
                     r"overturned|rolled\s+over)\b", re.I)
# weapons only the Israeli forces use in the Strip, or drones told with no group's name
# (not "anti-tank fire", "a tank was hit": what the armed groups fire at them; not "water
# tanks", "fuel tanks", "a drone-making workshop": no weapon)
_ARMY_TOOL = re.compile(r"\b(?:quadcopters?|drones?(?!-)|snipers?|(?<!anti-)(?<!anti )"
                        r"(?<!water )(?<!fuel )(?<!storage )(?<!gas )(?<!oxygen )(?<!septic )"
                        r"(?<!diesel )(?<!petrol )tanks?"
                        r"(?!\s+(?:was|were|had\s+been|has\s+been)\s+(?:hit|struck|destroyed|"
                        r"targeted))|bulldozers?|"
                        r"artillery|warplanes?|fighter\s+jets?|gunboats?|warships?|"
                        r"naval\s+(?:vessels?|boats?|fire))\b", re.I)
# troops fired on, by no name of their own: "fired mortar rounds at troops", "claimed
# sniper attacks on soldiers", "troops came under fire" (not "fire at a police force",
# "troops of the Hamas-run police")
_TROOPS_HIT = re.compile(r"\b(?:at|on|against|targeting|targeted|ambushed|attacked|hit|struck)\s+"
                         r"(?:the\s+|an?\s+)?(?:Israeli\s+|IDF\s+|occupation\s+)?"
                         r"(?:troops|soldiers|forces|force|patrols?|tanks?|armou?red\s+vehicles|"
                         r"military\s+vehicles)\b"
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
_STRIP_POLICE = re.compile(r"(?<!Israeli )(?<!Border )\b(?:[Pp]olice(?:men)?|"
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
_OWN_SIDE_MORE = re.compile(r"\b(?:collision|collided|(?:car|road|traffic|vehicle)\s+crash|"
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
_ROCKETS = re.compile(r"\b(?:rockets?|mortars?|missiles?|projectiles?)\b", re.I)


def troops_hit_unnamed(text: str, unit: EventUnit) -> bool:
    """Whether a battle that names no one has the Israeli forces as the ones hit: "Israel said
    two soldiers were killed in Rafah", "fighters fired an anti-tank missile at a tank,
    killing two soldiers"; with no one named, the Israeli forces are the ones the Strip's armed
    groups hit, not the ones who attacked (not "two soldiers were killed in a work accident",
    "killed by a stray bullet fired by another soldier": no one of the other side fired)."""
    return (any(israeli_dead(c) for c in unit.casualty_phrases) or
            _TROOPS_HIT.search(text, unit.clause.start, unit.clause.end) is not None) and \
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
            _TROOPS_HIT.search(text, unit.clause.start, unit.clause.end) is not None) or \
        ((actor1 is None or actor1.side != "Israel") and
         troops_counted_dead(unit) and
         not _STRIP_POLICE.search(text, unit.sentence.start, unit.sentence.end))


def troops_counted_dead(unit: EventUnit) -> bool:
    """Whether a count of the unit's is of the Israeli forces' dead or hurt, or names an
    Israeli officer by rank or unit ("Col. X, commander of the 401st Brigade, was killed")."""
    return any(israeli_dead(c) or c.victim is None and _OFFICER.match(c.text)
               for c in unit.casualty_phrases)
