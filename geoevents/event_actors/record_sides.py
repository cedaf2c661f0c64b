"""The sides ACLED names for one event record where the text does not.

A battle's other side; the only possible author of a strike, an evacuation order or a siege
in the Strip, and of the army's ways of holding people ("separated at a checkpoint,
stripped and detained"); the Strip's civilians as the ones who flee, receive aid or are
ordered out; the two parties of a truce; the armed groups as who set off a bomb at the
troops. An actor is never its own other party.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geoevents.actors import (
    CIVILIANS,
    CIVILIANS_INTERNATIONAL,
    CIVILIANS_ISRAEL,
    EGYPT,
    HAMAS,
    ISRAELI,
    ONE_SIDED,
    PALESTINIAN_ARMED,
    battle_sides,
    find_actors,
    side_of,
)
from geoevents.event_actors.captives_and_truces import (
    _CIVILIAN_SIDES,
    _HAMAS_RIVALS,
    _NOT_ITS_CAPTIVES,
    _OTHER_TRUCE,
    _PAUSE,
    _TRUCE,
    _TRUCE_PARTIES,
)
from geoevents.event_actors.harm_authors import (
    _ARMY_TOOL,
    _ARTILLERY,
    _OTHER_HARM,
    _OWN_FIRE,
    _PRIVATE_HARM,
    _ROCKETS,
    _STRIP_POLICE,
    _TROOPS_HIT,
)
from geoevents.event_actors.other_parties import GOVERNMENT_OF_ISRAEL
from geoevents.event_actors.who_acted import _PLACE_OF_GROUP
from geoevents.model import Event
from geoevents.speech import QUOTED
from geoevents.trigger_table import (
    AGREEMENT,
    AID,
    ARRESTS,
    ATTACK,
    BATTLE,
    CROSSING,
    DISPLACEMENT,
    EVACUATION,
    IED,
    RELEASE,
    SHELL,
    TERRITORY,
    fighters_fire,
)


def sides_filled(e: Event) -> Event:
    """The sides ACLED names where the text does not: a battle's other side, the only
    possible author of a strike, an evacuation order or a siege in the Strip."""
    return _own_party_dropped(_sides_filled(_own_party_dropped(e)))


def _troops_detain(notes: str) -> bool:
    """Whether the troops are told as the ones who detain, named before any of the armed
    men ("Troops had killed about 50 gunmen there and detained 180 suspects"; not
    "Militants ambushed troops in Jabalia and detained a soldier": the troops the ones hit)."""
    m = _TROOPS_DETAINED.search(notes)
    return m is not None and all(m.start() < a.start for a in find_actors(notes)
                                 if a.side == "Palestinian")


# the army's way of holding people in the Strip: "separated at a checkpoint, stripped and
# detained", "blindfolded and taken away", "taken to an unknown destination", "taken to
# unknown locations after being forced to strip"
_ARMY_DETENTION = re.compile(r"\b(?:(?:military\s+)?checkpoints?|stripped|blindfolded|"
                             r"forced\s+to\s+(?:strip|undress)|"
                             r"(?:taken|moved|transferred)\s+to\s+(?:an\s+)?unknown\s+"
                             r"(?:destinations?|locations?|places?))\b", re.I)
# the troops as the ones who detain: "troops had killed about 50 gunmen there and detained 180
# suspects" (not "gunmen detained two soldiers": the troops held)
# (nor "Gunmen from the Popular Forces detained two men", "Gunmen wearing army uniforms",
# "The army said gunmen detained two men": the troops' word is another's name or dress, or
# the teller's; with _troops_detain, the troops named before any of the gunmen)
_TROOPS_DETAINED = re.compile(r"(?<!Popular )(?<!Security )\b(?:troops|forces|soldiers|army)\b"
                              r"(?!\s+uniforms?\b)"
                              r"(?:(?!\b(?:said|says|told|reported|claimed|stated)\b)[^.;]){0,80}?"
                              r"\b(?:detained|arrested|apprehended|rounded\s+up)\b", re.I)
# the Israeli state or army telling of detentions in the passive, with no one else named
# as holding the men: "an Israeli government spokesman said the men had been detained",
# "the army said 40 suspects were arrested"
_ISRAELI_TELLS_DETENTION = re.compile(
    r"\b(?:Israel|Israeli\s+(?:government\s+|military\s+|army\s+)?(?:spokes(?:man|woman|person)|"
    r"officials?)|(?:the\s+)?(?:Israeli\s+)?(?:army|military)|(?:the\s+)?IDF)\b"
    r"(?:\s+[\w-]+){0,4}?\s+(?:has\s+|had\s+)?(?:" + QUOTED + r")\b"
    r"[^.;]{0,60}?\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:detained|arrested|apprehended|rounded\s+up)\b", re.I)
# others who hold people at checkpoints of their own: "Members of the Abu Shabab militia
# detained five men at a checkpoint", "taken away by masked men", "Egyptian authorities
# detained three Palestinians at the Rafah crossing"
_OTHER_HOLDERS = re.compile(r"\b(?:militias?|masked|popular\s+forces|Egyptian|Egypt['’]s)\b",
                            re.I)
# the ones held named as people, or as fighters
_PEOPLE_HELD = re.compile(r"\b(?:men|people|persons|Palestinians|residents|youths?|boys|women|"
                          r"civilians|displaced|patients|staff|doctors|medics|paramedics|nurses|"
                          r"journalists|farmers|fishermen|workers|families|"
                          # ("detained a number of our crews", "the hospital's director")
                          r"crews?|personnel|director|medical\s+staff)\b", re.I)
# (nor "Hamas leaders fled Gaza City", "Soldiers fled the area", "Hostages fled their
# captors", "Thousands of Israelis fled their homes near the Gaza border", "Residents of
# Sderot fled to shelters": who fled were none of the Strip's civilians)
_FIGHTERS_FLED = re.compile(r"\b(?:fighters?|militants?|gunm[ae]n|operatives?|terrorists?|"
                            r"leaders?|commanders?|soldiers?|troops|hostages?|captives?|"
                            r"Israelis|settlers?|kibbutz\w*|Sderot|Ashkelon|Ashdod|Netivot|"
                            r"Lebanese|Lebanon)\b", re.I)
# (not "detained members of our crews", "members of the medical staff": who the members are
# of says who they are)
_FIGHTERS_HELD = re.compile(r"\b(?:suspects?|suspected|fighters?|militants?|gunm[ae]n|"
                            r"operatives?|terrorists?|commanders?|armed)\b|"
                            r"\bmembers\s+of\b(?!\s+(?:our|the|its|their|his|her)?\s*"
                            r"(?:[\w-]+\s+)?(?:crews?|staff|teams?|famil(?:y|ies)|press)\b)", re.I)


# a bomb told as set off at the troops: "an explosive device was detonated in the face of the
# Israeli forces", "a roadside bomb went off under an army jeep" (not "troops detonated an
# explosive device in a tunnel shaft": the troops' own charge, with no one it was aimed at)
_DEVICE_AT_TROOPS = re.compile(
    r"\b(?:explosive\s+(?:devices?|charges?)|IEDs?|(?:roadside\s+)?bombs?|(?:land)?mines?)\b"
    r"[^.;]{0,30}?\b(?:detonated|exploded|went\s+off|set\s+off|blew\s+up)\s+"
    r"(?:in\s+the\s+face\s+of|against|at|under|beneath|targeting)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:Israeli|army|military|IDF|occupation)\s+)?"
    r"(?:forces?|troops|soldiers?|units?|patrols?|tanks?|jeeps?|vehicles?|bulldozers?|"
    r"APCs?|convoys?)\b", re.I)
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
# who else Egypt's forces fight on the border: smugglers, gunmen, Sinai's militants
_EGYPTS_OTHER_FOES = re.compile(r"\b(?:smugglers?|smuggling|traffickers?|gunmen|armed\s+men|"
                                r"infiltrators?|militants?|jihadists?|Islamic\s+State|"
                                r"Bedouins?|tribesmen)\b", re.I)
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


def _own_party_dropped(e: Event) -> Event:
    """An actor is never its own other party ("At least 42 killed in Israeli attacks" over
    a body whose device hit Israeli soldiers; the author filled in for "strikes ... after
    Israel claims two soldiers were killed in Rafah"): the one acted upon is dropped."""
    if e.actor1 is not None and e.actor1 == e.actor2 and e.event_type != BATTLE[0]:
        return replace(e, actor2=None)
    return e


def _sides_filled(e: Event) -> Event:
    if e.event_type == BATTLE[0] and EGYPT in (e.actor1, e.actor2) and \
            None in (e.actor1, e.actor2) and _EGYPTS_OTHER_FOES.search(e.notes):
        # "Egyptian border guards exchanged fire with smugglers near Rafah": Egypt's forces
        # fight the ones named, not the Israeli forces
        return e
    if e.event_type == BATTLE[0]:
        return replace(e, **dict(zip(("actor1", "actor2"), battle_sides(e.actor1, e.actor2))))
    if e.sub_event_type in (TERRITORY[1], CROSSING[1]) and \
            e.actor2 in (CIVILIANS, CIVILIANS_INTERNATIONAL) or \
            e.sub_event_type == TERRITORY[1] and e.actor2 == EGYPT:
        # "Crowds started moving ... after the Israeli army withdrew from the area": ground
        # changes hands between armed sides, and a crossing is opened or closed by one; the
        # civilians told with it are no party (nor Egypt's forces: "an Egyptian soldier was
        # killed near the Rafah crossing, which Israel seized earlier this month", ground of
        # the Strip they never held)
        return replace(e, actor2=None)
    if e.sub_event_type == EVACUATION[1] and side_of(e.actor2) == "Palestinian" and \
            e.actor1 in (None, ISRAELI):
        # "Israel Attacks Hamas Leaders in Doha - Occupation Orders All Residents to Leave Gaza
        # City": the group told beside an order to leave is not the ones ordered out
        e = replace(e, actor2=None)
    if e.sub_event_type == EVACUATION[1] and e.actor2 is None and e.actor1 in (None, ISRAELI):
        # "new displacement orders covering northern Gaza and Khan Younis": an order to
        # leave places of the Strip is aimed at the people who live there, named or not
        e = replace(e, actor1=ISRAELI, actor2=CIVILIANS)
    if e.sub_event_type in ONE_SIDED and side_of(e.actor1) == "Palestinian" and \
            side_of(e.actor2) != "Israel":
        # "Militants who fired rockets from Beit Hanoun were struck by an aircraft": the
        # rockets' firers, read into the strike told with them, are the ones it struck
        return replace(e, actor1=ISRAELI, actor2=e.actor2 or e.actor1)
    if e.sub_event_type == ARRESTS[1] and HAMAS in (e.actor1, e.actor2) and \
            (e.actor1 == ISRAELI or _ISRAELI_TELLS_DETENTION.search(e.notes)) and \
            not _STRIP_POLICE.search(e.notes) and \
            all(a.name != HAMAS or _PLACE_OF_GROUP.match(e.notes, a.end)
                for a in find_actors(e.notes)):
        # "an Israeli spokesman said the men had been detained in Jabalia, a Hamas
        # stronghold": the group names the place the men were taken in, neither who held
        # them nor who was held; the state whose spokesman tells of the detentions holds them
        e = replace(e, actor1=ISRAELI, actor2=e.actor2 if e.actor2 not in (HAMAS, ISRAELI) else (
            CIVILIANS if _PEOPLE_HELD.search(e.notes) and not _FIGHTERS_HELD.search(e.notes)
            else None))
    if e.sub_event_type == ARRESTS[1] and e.actor1 is None and _ARMY_DETENTION.search(e.notes) \
            and not _OTHER_HARM.search(e.notes) and not _STRIP_POLICE.search(e.notes) and \
            not _OTHER_HOLDERS.search(e.notes) and \
            not any(side_of(a.name) in ("Palestinian", "Egypt") for a in find_actors(e.notes)):
        # "men were separated at a checkpoint, stripped and detained": the army's checkpoints
        # in the Strip and the way it holds men (not "Hamas police set up a checkpoint and
        # detained two looters": the Strip's own police)
        e = replace(e, actor1=ISRAELI)
    if e.sub_event_type == ARRESTS[1] and e.actor1 == PALESTINIAN_ARMED and \
            _troops_detain(e.notes) and not _STRIP_POLICE.search(e.notes):
        # "troops had killed about 50 gunmen there and detained 180 suspects": the troops
        # detained; the gunmen told before were the ones they killed, not who held anyone
        e = replace(e, actor1=ISRAELI, actor2=e.actor2 or PALESTINIAN_ARMED)
    if e.sub_event_type == ARRESTS[1] and e.actor1 == ISRAELI and e.actor2 is None and \
            _PEOPLE_HELD.search(e.notes) and not _FIGHTERS_HELD.search(e.notes):
        # "at least 30 men were taken to an unknown destination", "Troops detained dozens of
        # people in Beit Lahia": the people the army holds, told as people, are the Strip's
        # civilians (not "detained 20 gunmen", "suspects": whom it holds as fighters)
        return replace(e, actor2=CIVILIANS)
    if e.sub_event_type == DISPLACEMENT[1] and e.actor2 is None and \
            all(e.actor1 == ISRAELI and m.group(0).lower() in ("troops", "soldiers")
                for m in _FIGHTERS_FLED.finditer(e.notes)):
        # "An estimated 450,000 people have left Rafah in one week", "Thousands walked from
        # Beit Hanoun": the ones who flee in the Strip are its civilians, named or not (not
        # "doctors reported that the fighters fled": who fled were no civilians; but "were
        # pushed out into the cold as Israeli troops stormed Kamal Adwan Hospital": the troops
        # the army's that drove them)
        return replace(e, actor2=CIVILIANS)
    if e.sub_event_type == AID[1] and e.actor2 is None and not _FOREIGNERS.search(e.notes) \
            and not _FOR_OTHERS.search(e.notes):
        # "630 aid trucks entered Gaza", "GHF said it had distributed food": aid that reaches
        # the Strip is received by its civilians, named or not (not "workers, who included
        # citizens of Australia and Britain": others told with it)
        return replace(e, actor2=CIVILIANS)
    if e.sub_event_type == AGREEMENT[1] and _CIVILIAN_SIDES & {e.actor1, e.actor2} and \
            _TRUCE.search(e.notes) and not _OTHER_TRUCE.search(e.notes):
        # "A ceasefire took effect ..., and three Israeli women held hostage were handed
        # over": the civilians told with a truce are no party to it
        e = replace(e, actor1=None if e.actor1 in _CIVILIAN_SIDES else e.actor1,
                    actor2=None if e.actor2 in _CIVILIAN_SIDES else e.actor2)
    if e.sub_event_type == AGREEMENT[1] and e.actor1 is None and e.actor2 is None and \
            _TRUCE.search(e.notes) and not _OTHER_TRUCE.search(e.notes):
        # "The ceasefire is now in effect", "a truce took hold on Friday": a truce in the
        # Strip that names no parties is the one between Israel and Hamas
        return replace(e, actor1=GOVERNMENT_OF_ISRAEL, actor2=HAMAS)
    if e.sub_event_type == AGREEMENT[1] and None in (e.actor1, e.actor2) and \
            {e.actor1, e.actor2} - {None} <= _TRUCE_PARTIES and \
            (_TRUCE.search(e.notes) or HAMAS in (e.actor1, e.actor2) and _PAUSE.search(e.notes)) \
            and not _OTHER_TRUCE.search(e.notes) and not _HAMAS_RIVALS.search(e.notes):
        # "The truce took effect on Sunday, after Israel said Hamas had delayed handing over
        # the names", "the ceasefire went into effect after Israeli strikes killed 19 people":
        # one of the two told beside the truce, the other side left unnamed, is the one
        # between Israel and Hamas (the state agrees, not its army)
        return replace(e, actor1=GOVERNMENT_OF_ISRAEL, actor2=HAMAS)
    if e.sub_event_type == RELEASE[1] and e.actor2 is None and side_of(e.actor1) == "Palestinian" \
            and not _NOT_ITS_CAPTIVES.search(e.notes):
        # "Tal Shoham and Avera Mengistu are released in Rafah", "the remaining 13 in Khan
        # Younis": the ones an armed group of the Strip frees are the captives it held (not
        # "Hamas released two soldiers", "handed over the remains of four hostages", "freed
        # 30 detainees": its enemy's forces, the dead, or prisoners)
        return replace(e, actor2=CIVILIANS_ISRAEL)
    if e.actor1 is None and (e.sub_event_type in ONE_SIDED or
                             e.sub_event_type == SHELL[1] and side_of(e.actor2) != "Israel"
                             and (_ARTILLERY.search(e.notes) or
                                  e.actor2 in (CIVILIANS, CIVILIANS_INTERNATIONAL))
                             and not _ROCKETS.search(e.notes)):
        # (shelling too, unless it fell on Israeli forces: Palestinian groups fire mortars
        # at troops, not at the Strip's hospitals and homes; so is the toll of shelling told
        # before, "38 people were killed in North Gaza", the Strip's civilians its dead)
        return replace(e, actor1=ISRAELI)
    if e.actor1 is None and e.sub_event_type == ATTACK[1] and \
            e.actor2 in (CIVILIANS, CIVILIANS_INTERNATIONAL) and _ARMY_TOOL.search(e.notes) and \
            not _TROOPS_HIT.search(e.notes) and not _OTHER_HARM.search(e.notes) and \
            not _PRIVATE_HARM.search(e.notes) and \
            not any(side_of(a.name) == "Palestinian" for a in find_actors(e.notes)):
        # "Quadcopters opened fire on residents", "shot dead by a sniper in the hospital
        # courtyard": weapons in the Strip that only the Israeli forces wield, named or not
        # (not "gunmen fired from a tank's blind side", "militants fired at a tank": others';
        # nor "unknown assailants shot dead a man near the water tanks", "artillery shells
        # hit Zeitoun and members of a local family shot dead a man": shooters of the Strip)
        return replace(e, actor1=ISRAELI)
    if e.actor1 is None and e.sub_event_type == ATTACK[1] and \
            e.actor2 in (CIVILIANS, CIVILIANS_INTERNATIONAL) and _NEARED_TROOPS.search(e.notes) \
            and not _OTHER_HARM.search(e.notes) and not _PRIVATE_HARM.search(e.notes) and \
            not any(side_of(a.name) == "Palestinian" for a in find_actors(e.notes)):
        # "Two men were shot dead east of Khan Younis after, according to the Israeli army,
        # they 'crossed the yellow line and approached troops'", "killed as they approached
        # Israeli positions": the ones shot came near the troops, who shot them
        return replace(e, actor1=ISRAELI)
    if e.sub_event_type == IED[1] and e.actor1 == ISRAELI and _DEVICE_AT_TROOPS.search(e.notes) \
            and not _ARMY_DEVICE.search(e.notes) and not _OWN_FIRE.search(e.notes):
        # "an explosive device was detonated in the face of the Israeli forces": the bomb set
        # off at the troops is their foes'; the troops told with it are the ones it hit
        return replace(e, actor1=e.actor2 if side_of(e.actor2) == "Palestinian"
                       else PALESTINIAN_ARMED, actor2=ISRAELI)
    if e.actor1 is None and e.sub_event_type == IED[1] and _ARMY_DEVICE.search(e.notes):
        # "remotely-detonated, explosive-laden armoured vehicles in Sheikh Radwan", "robot
        # vehicles packed with explosives detonated": the army's machines, sent into the
        # neighbourhoods it clears
        return replace(e, actor1=ISRAELI)
    if e.actor1 is None and e.actor2 == ISRAELI and (e.sub_event_type == IED[1] or
                                                      e.event_type == ATTACK[0]) and \
            not _OWN_FIRE.search(e.notes):
        # "Col. X was killed by an explosive device in Jabalia", "a soldier was killed by
        # gunfire in Rafah": a device or fire that hits the Israeli forces in the Strip is
        # the armed groups' (not "killed by friendly fire", "an explosive device planted by
        # the troops detonated prematurely": the forces' own)
        return replace(e, actor1=PALESTINIAN_ARMED)
    if e.actor1 is None and e.sub_event_type == SHELL[1] and (
            fighters_fire(e.notes) or side_of(e.actor2) == "Israel" and _ROCKETS.search(e.notes)):
        # "rockets fired from the Gaza Strip struck a school": the Strip's armed groups; so
        # are rockets or mortars that hit Israeli forces ("a rocket attack on 5 May that
        # killed four Israeli soldiers")
        return replace(e, actor1=PALESTINIAN_ARMED)
    return e


_FOREIGNERS = re.compile(r"\b(?:(?:citizens|nationals)\s+of|foreign(?:ers?)?|expatriates?)\b",
                         re.I)
# "supplies for Israeli troops", "medicine for the hostages": aid that is not the Strip's
# civilians
_FOR_OTHERS = re.compile(r"\b(?:for|to)\s+(?:the\s+)?(?:Israeli\s+)?(?:troops|soldiers|army|"
                         r"forces|hostages|captives)\b|"
                         # ("Israeli forces received supplies airdropped in Rafah")
                         r"\b(?:troops|soldiers|army|forces)\s+(?:have\s+|had\s+)?"
                         r"(?:received|got|collected)\b", re.I)
