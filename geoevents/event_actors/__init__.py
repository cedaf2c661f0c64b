"""Who acted and who was hit, for one event: ACLED's actor1 and actor2.

:mod:`geoevents.actors` finds the actors a text names; this reads them for one event unit
(who acted, who was fought, who were the victims) and, once the event is a record, fills
in the sides ACLED names where the text does not (a battle's other side, the only possible
author of a strike in the Strip).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from geoevents.actors import (
    CIVILIANS,
    CIVILIANS_INTERNATIONAL,
    CIVILIANS_ISRAEL,
    EGYPT,
    HAMAS,
    ISRAELI,
    ONE_SIDED,
    PALESTINIAN_ARMED,
    ActorRef,
    attacks_next,
    battle_sides,
    find_actors,
    side_of,
)
from geoevents.anchored import Cues
from geoevents.casualties import find_casualties
from geoevents.locate import attribution_spans
from geoevents.model import Event
from geoevents.quantities import parse_number
from geoevents.sentences import stop_after, stop_before
from geoevents.speech import QUOTED, SPEAKS
from geoevents.trigger_table import (
    AGREEMENT,
    AID,
    AID_SOUGHT,
    ARRESTS,
    ATTACK,
    BATTLE,
    CROSSING,
    DESTRUCTION,
    DISPLACEMENT,
    EVACUATION,
    IED,
    RELEASE,
    SHELL,
    SIEGE,
    TERRITORY,
    VIOLENT,
    fighters_fire,
)
from geoevents.triggers import find_triggers
from geoevents.units import EventUnit, counts_combatants, israeli_dead

__all__ = ["unit_actors", "sides_filled", "aid_line_shooters", "report_sides",
           "GOVERNMENT_OF_ISRAEL", "LOOTERS_ARMED", "LOOTERS_CROWD"]


def sides_filled(e: Event) -> Event:
    """The sides ACLED names where the text does not: a battle's other side, the only
    possible author of a strike, an evacuation order or a siege in the Strip."""
    return _own_party_dropped(_sides_filled(_own_party_dropped(e)))


def aid_line_shooters(events: list[Event]) -> list[Event]:
    """Aid seekers killed with no shooter named ("79 martyrs were received among citizens
    waiting for aid, most of them in Rafah"), told on a day the report gives its violence to
    the Israeli military alone ("victims of the Israeli aggression ... during the past 24
    hours"): the report's own attribution is the shooter's (not where it names another armed
    party acting that day)."""
    israeli, others = set(), set()
    for e in events:
        if e.event_type in VIOLENT and e.actor1 is not None:
            (israeli if e.actor1 == ISRAELI else others).add(e.event_date)
    return [replace(e, actor1=ISRAELI)
            if e.event_type == ATTACK[0] and e.actor1 is None and
            e.actor2 in (CIVILIANS, None) and AID_SOUGHT.search(e.notes) and
            e.event_date in israeli and e.event_date not in others and
            not _OTHER_HARM.search(e.notes) else e
            for e in events]


def report_sides(events: list[Event], text: str = "") -> list[Event]:
    """The sides the report as a whole tells for events whose own sentence names none: the
    shooter of aid seekers (see aid_line_shooters, aid_crowd_shooters) and who drove out the
    people of a place the army ordered to leave (see flight_ordered)."""
    return raid_damage(flight_ordered(aid_crowd_shooters(aid_line_shooters(events), text)))


def raid_damage(events: list[Event]) -> list[Event]:
    """Damage told with no one named at a place on the day the Israeli forces raided,
    stormed or besieged it ("Israeli forces raided and besieged Kamal Adwan Hospital ...
    WHO reported that parts of it were set on fire"): the raid's (not "crowds looted the
    warehouse", "gangs set fire to trucks": others named with it)."""
    raided = {(e.place_id, e.event_date) for e in events
              if e.actor1 == ISRAELI and e.event_date and e.place_id and
              (e.event_type == BATTLE[0] or e.sub_event_type == SIEGE[1])}
    if not raided:
        return events
    return [replace(e, actor1=ISRAELI)
            if (e.sub_event_type == DESTRUCTION[1] and _SET_ON_FIRE.search(e.notes) and
                not _LOOTING.search(e.notes) and not _NOT_THE_RAIDS.search(e.notes) and
                not _CIVIL_DEMOLITION.search(e.notes) or
                # ("troops besieged its hospital in Khan Younis, shooting into the yard. It
                # said one displaced person sheltering there was killed": the besiegers')
                # (not "an officer was mortally wounded during the raid": theirs hurt)
                e.sub_event_type == ATTACK[1] and e.actor2 in (CIVILIANS, None) and
                not _TROOPS_HURT.search(e.notes) and
                not any(israeli_dead(c) or counts_combatants(c)
                        for c in find_casualties(e.notes))) and
            e.actor1 is None and (e.place_id, e.event_date) in raided and
            not _OTHER_HARM.search(e.notes) and
            not any(a.role == "armed" for a in find_actors(e.notes))
            else e for e in events]


# the raiders' own men: "Officer Arnon Zmora ... was mortally wounded during the raid"
_TROOPS_HURT = re.compile(r"\b(?:officers?|soldiers?|troops|reservists?|commanders?|"
                          r"sergeants?|captains?|majors?|lieutenants?|fighters?|militants?|"
                          r"gunmen)\b", re.I)
# damage by fire or blast with no author told: "parts of it were set on fire", "the ward was
# burned", "was torched"
_SET_ON_FIRE = re.compile(r"\b(?:set\s+(?:on\s+)?fire|set\s+ablaze|torched|burn(?:ed|t)|"
                          r"blown\s+up|blew\s+up|demolished|destroyed|bulldozed)\b", re.I)
# ... neither the army's own machines burned ("two military jeeps were set on fire"), nor
# fires others set ("protesters set fire to tyres"; but "the school sheltering displaced
# people was set on fire": the ones who sheltered there)
_NOT_THE_RAIDS = re.compile(r"\b(?:(?:military|army)\s+(?:vehicles?|jeeps?|trucks?|tanks?|"
                            r"bulldozers?)|jeeps?|APCs?|armou?red\s+(?:vehicles?|carriers?)|"
                            r"Humvees?|Merkavas?)\b|"
                            r"\b(?:protesters?|demonstrators?|crowds?|mobs?|rioters?|youths?|"
                            r"residents|displaced\s+(?:people|persons|families|men))\s+"
                            r"(?:\w+\s+)?(?:set|burn\w*|torch\w*|blew|threw)\b", re.I)


def aid_crowd_shooters(events: list[Event], text: str) -> list[Event]:
    """People killed as crowds gathered for aid, with no shooter named ("more than 100
    people were killed as crowds gathered around an aid convoy"), in a report that tells the
    Israeli forces fired at the people who came ("troops had fired at individuals who
    approached them", "its forces fired warning shots at individuals who approached troops",
    "Israel denies firing at civilians"): the report's own account names the shooter (not
    where the same account names another armed party, "gunmen fired at the crowd")."""
    if not text or not any(e.event_type == ATTACK[0] and e.actor1 is None for e in events) or \
            not _fire_at_the_crowd(text) or _others_shot_or_crush(text):
        return events
    return [replace(e, actor1=ISRAELI)
            if e.event_type == ATTACK[0] and e.actor1 is None and
            e.actor2 in (CIVILIANS, None) and not _OTHER_HARM.search(e.notes) and
            not _PRIVATE_HARM.search(e.notes) and
            (AID_SOUGHT.search(e.notes) or _bare_toll(e.notes)) else e
            for e in events]


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence (or line) that holds ``text[start:end]``."""
    return stop_before(text, start), stop_after(text, end)


def _israeli_fire_at_people(text: str) -> Iterator[tuple[re.Match, int, int, list[ActorRef]]]:
    """Each telling that the Israeli forces fired (or did not fire) at people: the match,
    its sentence's bounds and the parties the sentence names."""
    for m in _FIRED_AT_PEOPLE.finditer(text):
        start, stop = _sentence_around(text, m.start(), m.end())
        named = find_actors(text, start, stop)
        if any(a.side == "Israel" and a.start < m.start() for a in named) or \
                _ARMY_TOOL.search(text, start, m.start()) and \
                not _TROOPS_HIT.search(text, start, m.start()):
            # ("residents describe tanks and drones opening fire on crowds waiting for flour
            # trucks": the weapons only the Israeli forces wield in the Strip)
            yield m, start, stop, named


def _fire_at_the_crowd(text: str) -> bool:
    """Whether a sentence of the report tells the Israeli forces fired at people, and names
    no other armed party with it."""
    return any(not any(a.side == "Palestinian" for a in named) and
               not _GANGS.search(text, start, stop) and
               not _ANOTHER_TIME.search(text, start, stop)
               for _, start, stop, named in _israeli_fire_at_people(text))


def _others_shot_or_crush(text: str) -> bool:
    """Whether the report tells another cause of the deaths: another party's shooting in a
    sentence of its own ("Witnesses blamed armed men", "unidentified assailants were behind
    the shooting", "contractors fired at people who rushed the gates"), or a crush ("The army
    denied firing at civilians, saying the deaths were caused by a crush")."""
    if _CRUSH.search(text) and not _fire_affirmed(text):
        # (a crush told beside the forces' fire told as done, "troops fired warning shots and
        # then shot at people ... Israel said most died in a stampede", leaves the fire its
        # account: the crush is one side's, the shooting the report's)
        return True
    return any(_SHOOTING_TOLD.search(text, *_sentence_around(text, m.start(), m.end()))
               for m in _OTHER_SHOOTERS.finditer(text))


def _fire_affirmed(text: str) -> bool:
    """Whether a sentence tells the Israeli forces fired at people as done, not denied
    ("troops fired warning shots and then shot at people"; not "The army denied firing at
    civilians", "troops did not fire at the crowd")."""
    return any(not _DENIED.search(m.group(0)) and not _DENIED.search(text, start, m.start())
               for m, start, _, _ in _israeli_fire_at_people(text))


_DENIED = re.compile(r"\b(?:den(?:y|ies|ied|ying)|did\s+not|didn['’]t|never|not)\b", re.I)


def _bare_toll(notes: str) -> bool:
    """A toll told with no weapon, place of harm or party of its own ("Gaza's health
    ministry says 112 people were killed and more than 760 injured")."""
    return not _ANY_HARM.search(notes) and \
        not any(a.role == "armed" for a in find_actors(notes))


def flight_ordered(events: list[Event]) -> list[Event]:
    """People who fled a place on the day the Israeli military ordered its residents out, or
    the day after ("The army ordered residents of Beit Hanoun ... to leave. Thousands walked
    with what they could carry from Beit Hanoun"): the order drove them out."""
    ordered = {(e.place_id, e.event_date) for e in events
               if e.sub_event_type == EVACUATION[1] and e.actor1 == ISRAELI and e.event_date}
    if not ordered:
        return events
    return [replace(e, actor1=ISRAELI)
            if e.sub_event_type == DISPLACEMENT[1] and e.actor1 is None and e.event_date and
            any((e.place_id, day) in ordered for day in _days_of_the_flight(e)) and
            not _OTHER_CAUSE.search(e.notes)
            else e for e in events]


# "An estimated 450,000 people have left Rafah in one week", "fled in the past five days": a
# flight counted over days up to the one it is dated, the span told of the flight's own verb
# (not "fled Jabalia on Saturday, the second such exodus in two weeks", "no aid has entered
# the camp in three weeks", "hoped to return within two weeks", "displaced for the fourth
# time in two weeks": a span of something else, or of flights before this one)
_OVER_DAYS = re.compile(r"\b(?:fled|flee|left|fleeing|leaving|displaced|evacuated|relocated|"
                        r"uprooted|moved)\b(?:\s+(?!(?:and|but|or|to|who|which|that|as|after|"
                        r"when|while|said|says|because|since|time|times)\b)[\w'’-]+){0,5}?"
                        r"\s+(?:in|over|during|within)\s+(?:the\s+)?(?:past\s+|last\s+)?"
                        r"(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+"
                        r"(?P<unit>weeks?|days)\b", re.I)


def _days_of_the_flight(e: Event) -> tuple[str, ...]:
    """The days an order may have driven a flight out on: its day or the day before, or
    any day of the span it is counted over ("have left Rafah in one week" after "evacuation
    orders issued on 6 May for eastern Rafah")."""
    over = _OVER_DAYS.search(e.notes)
    if over is None:
        return _same_or_day_before(e.event_date)
    n = parse_number(over.group("n"))
    n *= 7 if over.group("unit").lower().startswith("week") else 1
    d = date.fromisoformat(e.event_date)
    return tuple((d - timedelta(days=k)).isoformat() for k in range(min(n, 31) + 1))


# a flight told with a cause of its own, other than the order: "Thousands fled Jabalia on
# Tuesday after armed clans clashed in the camp", "Families fled after a fire broke out",
# "heavy fighting in Jabalia forced thousands to flee" (not "fled after the army ordered
# them out", "as evacuation warnings were dropped": the order itself)
_OTHER_CAUSE = re.compile(r"\b(?:after|as|amid|following|because\s+of|due\s+to|fearing|"
                          r"for\s+fear\s+of|forced|drove|driven)\b"
                          r"(?![^.;]{0,60}?\b(?:order\w*|evacuat\w*|warn\w*|leaflets?|"
                          r"told\s+to|instructed|directives?)\b)"
                          r"(?=[^.;]{0,60}?\b(?:fighting|clash\w*|fire|gunfire|battles?|"
                          r"shelling|strikes?|bombing|bombardment|raids?|fear\w*|reprisals?|"
                          r"gangs?|clans?|gunmen|floods?|flooding|rain|storms?)\b)|"
                          r"\b(?:fighting|clash\w*|battles?|fire|shelling|bombardment)\s+"
                          r"(?:[\w-]+\s+){0,4}?(?:forced|drove|sent)\b", re.I)


def _troops_detain(notes: str) -> bool:
    """Whether the troops are told as the ones who detain, named before any of the armed
    men ("Troops had killed about 50 gunmen there and detained 180 suspects"; not
    "Militants ambushed troops in Jabalia and detained a soldier": the troops the ones hit)."""
    m = _TROOPS_DETAINED.search(notes)
    return m is not None and all(m.start() < a.start for a in find_actors(notes)
                                 if a.side == "Palestinian")


def _same_or_day_before(day: str) -> tuple[str, ...]:
    d = date.fromisoformat(day)
    return day, (d - timedelta(days=1)).isoformat()


# fire at people, by whoever is named before it: "troops had fired at individuals who
# approached them", "fired warning shots and then shot at people", "denies firing at
# civilians", "did not fire at civilians near the site"
_FIRED_AT_PEOPLE = re.compile(
    r"\b(?:fired|shot|open(?:ed|ing|s)\s+fire|started\s+shooting|shooting|firing|"
    r"(?:did\s+not|didn['’]t|never)\s+(?:open\s+)?fire)\s+"
    r"(?:(?:warning\s+)?shots\s+)?(?:(?:and\s+)?(?:then\s+)?(?:shot|fired)\s+)?"
    r"(?:at|on|towards?|into)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
    r"(?:individuals|people|persons|crowds?|civilians|aid\s+seekers|those|Palestinians|"
    r"gatherings?)\b", re.I)
# (not "gangs fired at the crowd", "unknown gunmen shot at people queuing")
_GANGS = re.compile(r"\b(?:gangs?|looters?|gunmen|armed\s+(?:men|groups?|clans?)|clans?|"
                    r"militants?|assailants?|police)\b", re.I)
# fire told of another time than the deaths: "Israeli forces have repeatedly fired at crowds
# near aid sites in recent weeks", "In March, Israeli soldiers fired at people gathered
# around the flour trucks"
_ANOTHER_TIME = re.compile(r"\b(?:repeatedly|previously|on\s+several\s+occasions|"
                           r"in\s+recent\s+(?:days|weeks|months)|"
                           r"(?:last|earlier\s+this|the\s+previous)\s+(?:week|month|year)|"
                           r"in\s+(?:January|February|March|April|May|June|July|August|"
                           r"September|October|November|December)\b(?!\s+\d))", re.I)
# others who shoot, told in a sentence of their own (with _SHOOTING_TOLD)
_OTHER_SHOOTERS = re.compile(r"\b(?:gangs?|looters?|armed\s+(?:men|gangs?|groups?|clans?)|"
                             r"clans?|assailants?|unidentified|unknown\s+(?:gunmen|men|persons)|"
                             r"masked\s+men|contractors?|(?:private\s+)?security\s+guards?)\b",
                             re.I)
_SHOOTING_TOLD = re.compile(r"\b(?:fired|shot|shooting|opened\s+fire|gunfire|blamed|"
                            r"behind|responsible)\b", re.I)
_CRUSH = re.compile(r"\b(?:crush|stampede|trampled)\b", re.I)
# a toll's sentence that tells how or where they were hurt: "killed in a strike", "shot",
# "when tank shells hit", "at the roundabout"
_ANY_HARM = re.compile(r"\b(?:air\s?strikes?|strikes?|struck|bomb\w*|missiles?|shell\w*|"
                       r"drones?|rockets?|mortars?|artillery|tanks?|fire|fired|gunfire|"
                       r"gunshots?|shot|shooting|explosions?|blasts?|raid\w*|clash\w*|"
                       r"fighting|crush\w*|stampede|trampled|hunger|starv\w*|malnutrition|"
                       r"at|near|in|on)\b", re.I)


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
# "Armed gangs attacked aid seekers near a distribution point", "killed in a crush at an aid
# site": the sentence names others who did the harm, or harm no one's fire did
_OTHER_HARM = re.compile(r"\b(?:gangs?|looters?|gunmen|armed\s+(?:men|groups?|clans?)|clans?|"
                         r"militants?|Hamas|crush|stampede|trampled)\b", re.I)


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


def unit_actors(unit: EventUnit, cues: Cues) -> tuple[str | None, str | None]:
    """(actor1, actor2) of one event unit: who acted as its clause or sentence names them,
    and who was fought or hit; a source ("according to ...") is neither."""
    text = cues.text
    if unit.sub_event_type == AID[1]:
        return _aid_actors(unit, cues)
    claim = _own_fighters_claim(text, unit, cues)
    if claim is not None:
        return claim
    named = find_actors(text, unit.clause.start, unit.clause.end, cues=cues)
    if unit.event_type in (BATTLE[0], ATTACK[0]) and _FIRE_ON_TROOPS.match(text, unit.anchor):
        # "a gunman crossing the yellow line and opening fire on soldiers", told by the army:
        # who fired is the one named last before the fire, the troops the ones fired on
        before = [a for a in named if a.role == "armed" and a.end <= unit.anchor]
        if not before or before[-1].side not in ("Israel", "civilians"):
            return (before[-1].name if before else PALESTINIAN_ARMED), ISRAELI
    attack = _attack_on_troops(text, unit) if unit.event_type == BATTLE[0] else None
    if attack is not None:
        # "in response to what Israel said was an attack on its troops in Rafah that killed
        # two soldiers": the attack on the Israeli forces is the other side's, whoever is
        # named elsewhere in the sentence; the one who tells of it is no party ("its troops"
        # only of an Israeli teller: not "Hamas said an attack on its forces")
        before = [a for a in named if a.role == "armed" and a.end <= attack.start()]
        tellers = [a for a in before if _SPEAKER_NEXT.match(text, a.end, attack.start())]
        doers = [a for a in before if a not in tellers and attack.start() - a.end <= 30]
        # (but a group of the other side that tells of the attack claims it: "Hamas said it
        # carried out an attack on Israeli forces in Rafah that killed two soldiers", "the
        # al-Quds Brigades claimed an attack on Israeli forces")
        claimer = tellers[-1] if tellers and tellers[-1].side == "Palestinian" and \
            _CLAIMED_NEXT.match(text, tellers[-1].end, attack.start()) else None
        if (not doers or doers[-1].side not in ("Israel", "civilians")) and \
                (not attack.group("own") or tellers and tellers[-1].side == "Israel" or
                 not tellers and _ISRAEL_SAID.search(text, unit.sentence.start, attack.start())):
            return (doers[-1].name if doers else claimer.name if claimer else PALESTINIAN_ARMED), \
                ISRAELI
    if not any(a.role == "armed" for a in named):
        # "the Israeli army stormed the hospital, ... and removed patients": who acted is
        # named in another clause of the sentence
        named = find_actors(text, unit.sentence.start, unit.sentence.end, cues=cues) or named
        if _OWN_TELLER.search(text, unit.clause.start, unit.anchor):
            # (not "Islamic Jihad claimed sniper attacks ..., and residents said dozens of
            # homes were demolished": a group that tells of its own deed in another clause
            # is no party to the deed others tell of)
            named = [a for a in named if a.role != "armed" or
                     unit.clause.start <= a.start < unit.clause.end or
                     not _SPEAKER_NEXT.match(text, a.end, unit.sentence.end)]
    # "According to the Hamas media office": who reports is not a party
    sources = attribution_spans(unit.sentence, cues)
    named = [a for a in named if not any(lo <= a.start < hi for lo, hi in sources)]
    # ("Dr. Zakaria Sinwar, brother of senior Hamas figures": the group a relative of the
    # one hit belongs to is no party)
    armed = [a for a in named if a.role == "armed" and
             not _HELD_BY.search(text, max(0, a.start - 20), a.start) and
             not _KIN_OF.search(text, max(0, a.start - 40), a.start)]
    # (the Strip's civilians first: "speaking to foreign journalists" names no victims;
    # but the ones a count names first of all: "a building used by UN staff was hit,
    # killing a foreign UN staff member")
    civilians = [a.name for a in sorted(
        (a for a in named if a.role == "civilian"),
        key=lambda a: (not any(c.start <= a.start < c.end for c in unit.casualty_phrases),
                       a.name == CIVILIANS_INTERNATIONAL))]
    # "ground battles with Palestinian armed groups", "goals were to defeat Hamas": the
    # one fought is the other party, not who acted
    # "Three IDF soldiers are killed when Hamas launches a rocket barrage": those a count
    # names as the dead or wounded did not act either
    hurt = [c.start for c in unit.casualty_phrases if c.victim]
    # ("ended with the IDF withdrawing": "with" names an opponent only in fighting)
    fought = _FOUGHT if unit.event_type in VIOLENT else _FOUGHT_NOT_WITH
    # ("Ismail Baz, commander of Hezbollah's coastal sector, is assassinated": the group a
    # person belongs to says who they were, the other party, not who acted)
    # ("fighting raged in Rafah, with Israeli shelling killing five in Tal as-Sultan": the
    # name on the shelling's own word is its author, whatever "with" comes before)
    struck = {a.start for a in armed if _STRUCK_OBJECT.search(text, max(0, a.start - 50),
                                                                 a.start)}
    acting = [a for a in armed if (not fought.search(text, max(0, a.start - 30), a.start) or
                                   fought is _FOUGHT and
                                   _PARTNER.search(text, max(0, a.start - 50), a.start) or
                                   unit.event_type != BATTLE[0] and
                                   _names_its_word(a.start, unit, cues))
              and not any(_COUNTED_AS.fullmatch(text, at, a.start) for at in hurt)
              and not _member_of(text, a.start, unit.sentence.start)
              and not _NAMED_HIT.match(text, a.start)
              # "the deadliest single incident for the IDF since the ground offensive began":
              # the side the loss befell
              and not (_LOSS_FOR.search(text, max(0, a.start - 40), a.start) and
                       unit.casualty_phrases and all(israeli_dead(c) == (a.side == "Israel")
                                                     for c in unit.casualty_phrases))
              # "troops eliminated a terrorist cell", "struck a squad of terrorists": the
              # ones a hostile verb names as its object did not act
              and a.start not in struck
              # "the captives were transferred to Israeli forces": who receives the freed
              # does not free them
              and not (unit.sub_event_type == RELEASE[1] and
                       _HANDED_TO.search(text, max(0, a.start - 40), a.start))]
    # (nor "troops eliminated a terrorist cell that fired anti-tank missiles at IDF troops":
    # the unit is the deed done to the firers)
    firer = None if unit.casualty_phrases else _relative_firer(
        text, [a for a in armed if a.start not in struck], unit)
    if firer is not None or _fire_from_the_strip(text, unit):
        # "The Israeli military said eight projectiles crossed from the Rafah area": who tells
        # of rockets fired from the Strip is their source, neither their firer nor their
        # target
        armed = [a for a in armed if not (a.side == "Israel" and _SAYS.match(text, a.start + 1))]
        acting = [a for a in acting if a in armed]
        if firer is not None:
            # "would operate against militants who had fired rockets from Khan Younis": the
            # rockets are the militants' (the threat after "against" is no event of its own)
            acting = [firer] + [a for a in acting if a is not firer]
        elif not acting:
            return PALESTINIAN_ARMED, None
    actor1 = acting[0] if acting else None
    if actor1 is not None and actor1.name == PALESTINIAN_ARMED:
        # "masked gunmen from Hamas' military wing", "fighters of the Qassam Brigades": the
        # generic name, then the group they are of
        named_as = next((a for a in armed if a.side == "Palestinian" and
                         a.name != PALESTINIAN_ARMED and
                         _OF_GROUP.fullmatch(text, actor1.end, a.start) and
                         not _NOT_OF_GROUP.match(text, a.end)), None)
        if named_as is not None:
            acting = [named_as] + [a for a in acting if a is not actor1 and a is not named_as]
            actor1 = named_as
    if actor1 is not None and _STRIKE_ANCHOR.match(text, unit.anchor):
        # "Hamas said its fighters attacked Israeli troops ... in response to Israeli strikes
        # on Rafah that killed 10 people": the strike's author is the one named on it
        own = [a for a in acting if a.side != actor1.side and a.start < unit.anchor and
               _NAMED_ON.fullmatch(text, a.start, unit.anchor)]
        told_by, actor1 = (actor1, own[0]) if own else (None, actor1)
    else:
        told_by = None
    if unit.sub_event_type in ONE_SIDED:
        # an air strike, an evacuation order or a siege in the Strip is the Israeli
        # military's: the other side named with it is the one struck ("Hamas's deputy
        # leader confirmed that Sinwar was killed"), or, told at a deed of its own, no party
        # ("towns pounded from the air since Hamas gunmen stormed southern Israel", "an
        # ambush by Palestinian resistance fighters"); the Israeli side named with it is not
        # the one struck ("the site of an ambush where eight Israeli soldiers were killed")
        armed = [a for a in armed if a.side != "Palestinian" or
                 not attacks_next(text, a, unit.sentence.end) and
                 not _DEED_BY.search(text, max(0, a.start - 40), a.start) and
                 not _IN_RESPONSE_TO.search(text, max(0, a.start - 40), a.start)]
        if actor1 is not None and actor1.side == "Palestinian" and \
                _own_drone(text, unit, actor1) and \
                not any(a.side == "Israel" for a in armed) and \
                _AT_ISRAELI.search(text, actor1.end, unit.clause.end):
            # "Hamas's armed wing said it struck an Israeli tank with a drone": the group's
            # drone, and the Israeli forces it hit
            return actor1.name, ISRAELI
        if actor1 is not None and actor1.side == "Palestinian" and \
                not _BY_ITS_OWN.match(text, unit.anchor, unit.sentence.end) and \
                not _own_drone(text, unit, actor1):
            # (but "Hamas said Israeli troops hit by its fighters": the word's agent named
            # as the speaker's own)
            speaker, actor1 = actor1, next((a for a in acting if a.side != "Palestinian"), None)
            if _SPEAKER_NEXT.match(text, speaker.end, unit.sentence.end) and \
                    not _ITS_OWN_HIT.search(text, speaker.end, unit.sentence.end):
                # "Hamas's media office said an airstrike on a school killed 12 people",
                # "Hamas accused Israel of an airstrike that killed 12 people": who tells of
                # the strike is no party to it (but "Hamas said an airstrike killed its
                # commander": its own were the ones struck)
                armed = [a for a in armed if a is not speaker]
        if actor1 is None:
            armed = [a for a in armed if a.side != "Israel"]
    if unit.sub_event_type == DESTRUCTION[1] and \
            (actor1 is None or actor1.name == PALESTINIAN_ARMED and
             not any(a.side == "Palestinian" and a.name != PALESTINIAN_ARMED for a in armed)):
        # "trucks were looted by gunmen in the Deir al-Balah area": looters the clause names
        # by no group's name are not the armed groups' fighters (not "Hamas gunmen looted")
        looters = _looters(text, unit.clause.start, unit.clause.end)
        clan = next((m for m in _CLAN.finditer(text, unit.clause.start, unit.clause.end)
                     if _CLANS_MEN_AFTER.match(text, m.end()) or
                     _CLANS_MEN_BEFORE.search(text, max(0, m.start() - 40), m.start())),
                    None) if looters == LOOTERS_ARMED else None
        if clan is not None:
            # (not "Gunmen of the Abu Shabab clan looted aid trucks": men of a clan the
            # clause names are that clan's)
            return _clan_militia(clan), None
        if looters is not None:
            return looters, None
    # the other party is of the other side: "Hamas" and "its armed wing" are one side;
    # a group named beside "terrorists" or "militants" is who they were ("killed three
    # terrorists, all members of the al-Qassam Brigades")
    others = [a.name for a in armed if (actor1 is None or a.side != actor1.side) and
              a is not told_by]
    others.sort(key=lambda name: name == PALESTINIAN_ARMED)
    if (unit.event_type, unit.sub_event_type) == BATTLE:
        # "hostages held by Hamas at Nuseirat were rescued in the operation": the party
        # holding them is the one the operation was against
        holding = [a.name for a in named if a.role == "armed" and a not in armed]
        others = others or holding
        # (not a clan told as a place: "near the homes of the Doghmush clan", "in the
        # Doghmush clan's neighbourhood": where the fighting was, not who fought)
        clan = next((m for m in _CLAN.finditer(text, unit.clause.start, unit.clause.end)
                     if not _CLAN_PLACE_BEFORE.search(text, max(0, m.start() - 40), m.start())),
                    None)
        if clan is not None and (actor1 is None or actor1.start != clan.start("name")):
            # "clashes between Hamas security forces and members of the Doghmush clan": an
            # armed clan is a party of its own, not the Israeli forces nor the generic side
            # (the clan's name without a place or a day told before it: "gunmen from Gaza's
            # Doghmush clan", "On Sunday Doghmush clan gunmen")
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
        if actor1 is not None and actor1.side == "Israel" and unit.casualty_phrases and \
                all(israeli_dead(c) and c.end <= actor1.start for c in unit.casualty_phrases) \
                and _ITS_OWN_DEED_NEXT.match(text, actor1.start) and \
                _NEXT_CLAUSE.search(text, max(c.end for c in unit.casualty_phrases),
                                    actor1.start) and \
                not _own_side_harm(text, unit):
            # "a day in which two of its soldiers were killed in Rafah and Israeli strikes
            # killed 44 Palestinians": the Israeli name after the troops' dead stands on a
            # deed of its own, not on the fight that killed them; the other side killed them
            return _other_sides_group(armed, struck, unit), ISRAELI
        if actor1 is not None and actor1.side == "Israel" and \
                (_SPEAKER_NEXT.match(text, actor1.end, unit.sentence.end) or
                 # ("IDF: 21 reservists killed when buildings collapse in central Gaza": a
                 # headline's teller before its colon)
                 _headline_teller(text, unit.sentence.start, actor1)) and \
                any(israeli_dead(c) for c in unit.casualty_phrases) and \
                all(israeli_dead(c) or not counts_combatants(c)
                    for c in find_casualties(text, unit.sentence.start, unit.sentence.end,
                                             cues=cues)) \
                and not _own_side_harm(text, unit) and \
                not _OWN_SIDE_MORE.search(text, unit.sentence.start, unit.sentence.end):
            # "The Israeli military said the strikes targeted Hamas commanders after a soldier
            # was killed in Rafah", "The army said a soldier was killed in Khan Younis": the
            # army tells of its own dead; the ones who killed them are of the other side,
            # named in the clause or not (not "said its troops killed 20 militants in Rafah,
            # and a soldier was killed in the fighting": the army's dead among those it
            # killed, the troops the ones who fought)
            return _other_sides_group(armed, struck, unit), ISRAELI
        if actor1 is not None and actor1.side == "Israel" and \
                _SPEAKER_NEXT.match(text, actor1.end, unit.sentence.end) and \
                _UNDER_FIRE_FROM.search(text, actor1.end, unit.clause.end) and \
                not _own_side_harm(text, unit):
            # "IDF says troops in Rafah came under fire from terrorists emerging from a tunnel
            # shaft": the army tells of the fire at its troops; who fired is the other side
            return _other_sides_group(armed, struck, unit), ISRAELI
        if actor1 is None and not others and \
                (any(israeli_dead(c) for c in unit.casualty_phrases) or
                 _TROOPS_HIT.search(text, unit.clause.start, unit.clause.end)) and \
                not _own_side_harm(text, unit):
            # "Israel said two soldiers were killed in Rafah", "fighters fired an anti-tank
            # missile at a tank, killing two soldiers": with no one named, the Israeli forces
            # are the ones the Strip's armed groups hit, not the ones who attacked (not "two
            # soldiers were killed in a work accident", "killed by a stray bullet fired by
            # another soldier": no one of the other side fired)
            return None, ISRAELI
        return (actor1.name if actor1 else None), others[0] if others else None
    if unit.sub_event_type == IED[1] and actor1 is not None and actor1.side == "Israel" and \
            _SPEAKER_NEXT.match(text, actor1.end, unit.sentence.end) and \
            any(israeli_dead(c) or c.victim is None and _OFFICER.match(c.text)
                for c in unit.casualty_phrases) and \
            not _own_side_harm(text, unit):
        # "the military said seven soldiers were killed in Khan Younis when a bomb was
        # attached to their armored vehicle", "the military said Col. X, commander of the
        # 401st Brigade, was killed": the army tells of its own dead; the bomb is
        # the armed groups' (not "killed when an explosive device planted by the troops
        # detonated prematurely")
        group = next((a.name for a in armed if a.side == "Palestinian"), PALESTINIAN_ARMED)
        return group, ISRAELI
    if unit.sub_event_type == RELEASE[1] and actor1 is None and \
            _PRISONERS.search(text, unit.clause.start, unit.clause.end) and \
            not _HOSTAGES.search(text, unit.clause.start, unit.clause.end) and \
            not _SOLDIERS.search(text, unit.clause.start, unit.clause.end) and \
            not _OTHER_RELEASER.search(text, unit.clause.start, unit.clause.end):
        # "Buses carrying freed prisoners arrived at Nasser Hospital", "Israel began releasing
        # almost 2,000 Palestinian prisoners": the prisoners Israel held, freed by it (not
        # "Hamas released two soldiers held as prisoners": its captives)
        return GOVERNMENT_OF_ISRAEL, CIVILIANS
    if unit.sub_event_type == RELEASE[1] and (actor1 is None or actor1.side == "Israel") and \
            _RESCUED.search(text, unit.clause.start, unit.clause.end) and \
            not _STRIP_POLICE.search(text, unit.sentence.start, unit.sentence.end) and \
            not _OTHER_HARM.search(text, unit.sentence.start, unit.sentence.end):
        # "special forces rescued four hostages from two apartments in Nuseirat", "two
        # hostages were rescued in Rafah": captives freed by force, by the Israeli forces,
        # not released by their captors (not "police rescued a hostage held by a gang": the
        # Strip's own captives, freed by its police)
        return ISRAELI, ISRAELI if _SOLDIERS.search(
            text, unit.clause.start, unit.clause.end) and not _NOT_SOLDIERS.search(
            text, unit.clause.start, unit.clause.end) else CIVILIANS_ISRAEL
    if unit.event_type == ATTACK[0] and (actor1 is None or actor1.side == "Palestinian") and \
            _captives_killed(text, unit):
        # "six hostages were executed by their captors", "Hostages shot at close range. ...
        # the six were shot at close range": the captives killed in the Strip are Israel's
        # civilians, and who killed them is who held them, Hamas where no other is named
        return (actor1.name if actor1 else HAMAS), CIVILIANS_ISRAEL
    if unit.sub_event_type == RELEASE[1] and actor1 is not None and actor1.side == "Palestinian":
        # "Hamas freed two elderly Israeli women": the captives an armed group frees are not
        # the Strip's civilians
        civilians = []
    # ("killed three Hamas gunmen, doctors said": a toll of combatants names the other party,
    # whatever civilians the sentence also names)
    victims = others if others and any(counts_combatants(c) for c in unit.casualty_phrases) \
        else civilians or others
    if unit.sub_event_type in ONE_SIDED and actor1 is not None and actor1.side == "Israel" and \
            (not unit.casualty_phrases or
             any(_civilian_dead(c.victim) for c in unit.casualty_phrases)) and \
            not any(counts_combatants(c) for c in unit.casualty_phrases) and \
            (chosen := [a for a in armed if victims and a.name == victims[0]]) and \
            all(a.side == "Palestinian" and
                _ITS_CLAIM.search(text, max(unit.sentence.start, a.start - 80), a.start) and
                not _ITS_MEMBER_KILLED.search(text, a.end, unit.sentence.end)
                for a in chosen):
        # "the IDF struck a building in Beit Lahia where it said Hamas operatives were hiding
        # ..., killing 73 people": the group is the army's claim of its target, the dead
        # told are people (not "killing five militants": the group's own); with no dead
        # told, the ones hit are those a toll told next names
        victims = [CIVILIANS] if unit.casualty_phrases else []
    if unit.sub_event_type == RELEASE[1] and (actor1 is None or actor1.side == "Palestinian") \
            and (any(not _TRADED_FOR.search(text, max(unit.clause.start, m.start() - 50),
                                            m.start())
                     for m in _HOSTAGES.finditer(text, unit.clause.start, unit.clause.end)) or
                 # "Romi Gonen, Emily Damari and Doron Steinbrecher were handed to the ICRC in
                 # al-Saraya Square", "four female soldiers were paraded on a stage before
                 # being handed over": captives named by their names, freed from the Strip
                 # (not "Palestinian prisoners were handed to the ICRC": Israel's)
                 _HANDOVER.search(text, unit.clause.start, unit.sentence.end) and
                 not _PRISONERS.search(text, unit.clause.start, unit.clause.end) and
                 not _REMAINS.search(text, unit.clause.start, unit.clause.end) and
                 not re.search(r"\bPalestinians?\b", text[unit.clause.start:unit.clause.end])):
        # "Hamas freed 24 hostages, including 13 Israeli women and children", "three Israeli
        # hostages were released in Deir al Balah": the hostages freed from the Strip are
        # Israel's civilians, and who frees them is who held them, Hamas where the text
        # names no other (not "Israeli forces rescued four hostages": a rescue; nor "30
        # Palestinian prisoners were released in exchange for three hostages": the hostages
        # are what the prisoners' release was traded for)
        captor = actor1.name if actor1 else HAMAS
        if _SOLDIERS.search(text, unit.clause.start, unit.clause.end) and \
                not _NOT_SOLDIERS.search(text, unit.clause.start, unit.clause.end):
            # ("Hamas released five Israeli soldiers held hostage": its forces, no civilians)
            return captor, ISRAELI
        return captor, CIVILIANS_ISRAEL
    if unit.sub_event_type == AGREEMENT[1] and actor1 is not None and \
            text.startswith("Israel", actor1.start) and \
            not text.startswith("Israeli", actor1.start):
        # the state that agrees to a ceasefire is its government, not its army
        return GOVERNMENT_OF_ISRAEL, victims[0] if victims else None
    if not victims and (actor1 is None or actor1.side == "Palestinian") and \
            unit.event_type in VIOLENT and \
            _TROOPS_HIT.search(text, unit.clause.start, unit.clause.end):
        # "Al-Quds Brigades say they fired mortar rounds at troops in Jabalia", "killed when
        # troops came under sniper fire in Rafah": the troops in the Strip, the ones fired on,
        # are the Israeli forces
        victims = [ISRAELI]
    if not victims and (actor1 is None or actor1.side != "Israel") and \
            any(israeli_dead(c) or c.victim is None and _OFFICER.match(c.text)
                for c in unit.casualty_phrases) and \
            not _STRIP_POLICE.search(text, unit.sentence.start, unit.sentence.end):
        # "a soldier was killed by gunfire in Rafah", "Col. X, commander of the 401st
        # Brigade, was killed by an explosive device": the Israeli forces were the ones hit
        # (not "Gunmen opened fire on a police force in Khan Younis, killing two officers":
        # the Strip's police)
        victims = [ISRAELI]
    if not victims and unit.event_type in (ATTACK[0], SHELL[0]) and \
            (actor1.side == "Israel" if actor1 else not _ROCKETS.search(text, unit.sentence.start,
                                                                          unit.sentence.end)) and \
            (any(_civilian_dead(c.victim) or c.victim is None and _KIN_OR_MARTYRS.search(c.text)
                 or c.victim is None and _titled_civilian(text, c.start)
                 or c.victim == "members" and _FAMILY_MEMBERS.search(text, c.start, c.end + 40)
                 for c in unit.casualty_phrases) or
             not any(counts_combatants(c) for c in unit.casualty_phrases) and
             _a_home_hit(text, unit) and
             not _FIGHTERS_BODIES.search(text, unit.sentence.start, unit.sentence.end)):
        # "Israeli airstrikes kill 55 people", "three Palestinian men were killed when an
        # agricultural area was hit", "killing a family of seven": the dead, named as people
        # and not as fighters, are the Strip's civilians (not "a rocket hit a home in Rehovot,
        # killing one man"); so are those who live where a strike hit ("strikes hit homes in
        # Sheikh Radwan", "a house was hit in Nuseirat camp")
        victims = [CIVILIANS]
    if not victims and unit.event_type == ATTACK[0]:
        # violence against civilians has civilians on the other side by definition (ACLED
        # names them by the country where it happens)
        victims = [CIVILIANS]
    name = actor1.name if actor1 else None
    if name is None and victims != [ISRAELI] and unit.event_type != ATTACK[0] and \
            (unit.event_type in VIOLENT or unit.sub_event_type == DESTRUCTION[1]) and \
            unit.sub_event_type != IED[1] and \
            not _CIVIL_DEMOLITION.search(text, unit.clause.start, unit.clause.end) and \
            not any(a.side == "Palestinian" for a in armed) and \
            (_ARMY_TOOL.search(text, unit.clause.start, unit.clause.end) or
             unit.sub_event_type == DESTRUCTION[1] and
             (_HOMES_DESTROYED.search(text, unit.clause.start, unit.clause.end) or
              _DEMOLITIONS.search(text, unit.clause.start, unit.clause.end) and
              not _CIVIL_WORKS.search(text, unit.clause.start, unit.clause.end)) and
             not _OTHER_HARM.search(text, unit.clause.start, unit.clause.end)):
        # "tank shells hit tents", "bulldozers demolished nine homes": weapons in the Strip
        # that only the Israeli forces wield, named or not (not "troops came under sniper
        # fire": fire at them); so are homes demolished in the Strip with no one named
        # ("dozens of homes were demolished near the market"). (A shooting of civilians is
        # given its shooter once its killings are folded: see sides_filled.) Not a bomb set
        # off by a tank or bulldozer ("an explosive device detonated near a bulldozer",
        # "fighters blew up a tank": the machine its target), nor a home torn down by its
        # owner or the town ("demolished by its owner after municipal officials ordered it")
        name = ISRAELI
    if name == ISRAELI and not victims and unit.event_type in VIOLENT and \
            (AID_SOUGHT.search(text, unit.sentence.start, unit.sentence.end) or
             _HOPING_FOR_AID.search(text, unit.sentence.start, unit.sentence.end)):
        # "Thousands had gathered on the main road, hoping to get flour from UN trucks, when
        # tank shells and gunfire struck them": the crowd that waits for aid is the Strip's
        # civilians
        victims = [CIVILIANS]
    if name == ISRAELI and not victims and unit.sub_event_type == DESTRUCTION[1] and \
            (_HOMES_DESTROYED.search(text, unit.clause.start, unit.clause.end) or
             any(_HOMES_WORD.search(m.group(0))
                 for m in _DEMOLITIONS.finditer(text, unit.clause.start, unit.clause.end))):
        # "IOF bulldozers demolished at least nine homes", "demolitions of residential
        # blocks": the homes are the Strip's people's
        victims = [CIVILIANS]
    return name, victims[0] if victims else None


def _other_sides_group(armed: list, struck: set[int], unit: EventUnit) -> str:
    """The Strip's armed group the clause names as the one that fought the Israeli forces
    (not one named as struck), else the Strip's armed groups at large."""
    return next((a.name for a in armed if a.side == "Palestinian" and a.start not in struck and
                 unit.clause.start <= a.start < unit.clause.end), PALESTINIAN_ARMED)


# an armed group's own statement of its deed, told as "our" fighters': "Saraya al-Quds: Our
# mujahideen targeted the occupation army's gathering with mortar shells", "Our mujahideen
# bombarded enemy forces east of Khan Younis"
_OUR_FIGHTERS = re.compile(r"\b[Oo]ur\s+(?:(?:heroic|brave)\s+)?(?:mujahideen|mujahidin|"
                           r"fighters|resistance\s+fighters)\b")
# ... whose foes are the Israeli forces by the group's words for them ("enemy forces", "a
# Zionist infantry force", "the occupation army")
_ENEMY = re.compile(r"\b(?:enemy|Zionist|occupation)\b", re.I)
# (not "Our fighters came under heavy shelling by occupation tanks", "our mujahideen were
# targeted by a drone": the fighters hit, by the forces)
_OURS_HIT = re.compile(r"\b(?:came\s+under|come\s+under|under\s+(?:heavy\s+)?(?:fire|shelling|"
                       r"bombardment)|(?:were|was|have\s+been|had\s+been|being)\s+(?:[\w-]+\s+)?"
                       r"(?:shelled|targeted|struck|hit|bombed|bombarded|attacked|killed|wounded|"
                       r"injured|ambushed|fired\s+(?:on|at|upon)))\b", re.I)
_WORD_END = re.compile(r"[\w-]*(?:\s+(?:on|at|upon)\b)?")
# the group named as the teller of a statement: "Saraya al-Quds: Our fighters ...",
# "[09:14] Al-Qassam Brigades: ..."
_STATEMENT_COLON = re.compile(r"\s*:\s")


def _own_fighters_claim(text: str, unit: EventUnit, cues: Cues) -> tuple[str, str | None] | None:
    """(group, its foe) of a fight or fire an armed group tells as its own fighters' deed
    ("Our mujahideen targeted the occupation army's gathering"): the group whose statement
    it is, named before a colon in the sentence or in a statement told before it, else
    the Strip's armed groups; not an air strike or an order, which the group never makes."""
    if unit.event_type not in (BATTLE[0], SHELL[0]) or unit.sub_event_type in ONE_SIDED:
        return None
    ours = _OUR_FIGHTERS.search(text, unit.sentence.start, unit.anchor)
    if ours is None or _OURS_HIT.search(text, ours.end(), _WORD_END.match(text, unit.anchor).end()):
        return None
    before = find_actors(text, 0, ours.start(), cues=cues)
    if any(a.side != "Palestinian" and a.role == "armed" and a.start >= unit.sentence.start
           for a in before):
        # ("the army said our fighters ...": whose "our" is not told by a group's colon)
        return None
    tellers = [a for a in before if a.side == "Palestinian" and a.name != PALESTINIAN_ARMED
               and _STATEMENT_COLON.match(text, a.end)]
    group = tellers[-1].name if tellers else next(
        (a.name for a in reversed(before) if a.side == "Palestinian" and
         a.start >= unit.sentence.start), PALESTINIAN_ARMED)
    after = find_actors(text, ours.end(), unit.clause.end, cues=cues)
    foe = ISRAELI if _ENEMY.search(text, ours.end(), unit.clause.end) or \
        any(a.side == "Israel" for a in after) or \
        _TROOPS_HIT.search(text, ours.end(), unit.clause.end) else None
    return group, foe


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
# "hoping to get flour", "in the hope of receiving food"
_HOPING_FOR_AID = re.compile(r"\b(?:hoping|in\s+the\s+hope\s+of|trying|waiting)\s+(?:to\s+)?"
                             r"(?:get|getting|receive|receiving|collect|collecting|obtain|"
                             r"obtaining)\s+(?:some\s+|a\s+(?:bag|sack)\s+of\s+)?(?:flour|food|aid|"
                             r"bread|rations|supplies)\b", re.I)
# a teller of the clause's own before its word: "and residents said homes were demolished"
_OWN_TELLER = re.compile(r"\b(?:" + SPEAKS + r")\b")
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


def _aid_actors(unit: EventUnit, cues: Cues) -> tuple[str | None, str | None]:
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
                         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                         r"February|March|April|May|June|July|August|September|October|"
                         r"November|December|Gaza['’]s|Israel['’]s")


def _names_its_word(at: int, unit: EventUnit, cues: Cues) -> bool:
    """Whether the name at ``at`` stands on a word of the unit's own kind of event
    ("Israeli shelling", "Israeli airstrikes")."""
    return any(t.event_type == unit.event_type and _NAMED_ON_WORD.fullmatch(cues.text, at, t.start)
               for t in find_triggers(cues.text, at, min(unit.sentence.end, at + 60), cues=cues))


# fire at the Israeli forces: "opening fire on soldiers", "fired at an IDF patrol"
_FIRE_ON_TROOPS = re.compile(r"(?:(?:opening|opened|opens?)\s+fire|fired|firing|shot)\s+"
                             r"(?:on|at)\s+(?:an?\s+|the\s+)?(?:Israeli\s+|IDF\s+)?(?:soldiers?|troops|"
                             r"forces|force|patrols?|tanks?|positions?)\b"
                             # (not "opened fire on a force of the Hamas-run police")
                             r"(?!\s+(?:of|from|belonging\s+to)\s+(?:the\s+)?(?:Hamas|"
                             r"Palestinian|[Pp]olice|[Ss]ecurity|[Ii]nternal|[Ii]nterior))")
# an attack on the Israeli forces: "an attack on its troops in Rafah", "an ambush against
# IDF soldiers" (not "an attack on troops of the Hamas-run police")
# (nor "an attack on a force of militants in Rafah", "an assault on forces of the Qassam
# Brigades": forces of another, whoever they are, unless the army's own: "a force of
# Israeli soldiers", "a force of the Golani Brigade")
_ATTACK_ON_TROOPS = re.compile(r"(?:attack|assault|ambush|raid)\s+(?:on|against)\s+"
                               r"(?:(?P<own>its|their)\s+|the\s+|an?\s+)?(?:Israeli\s+|IDF\s+)?"
                               r"(?:soldiers?|troops|forces|force|patrols?|tanks?)\b"
                               r"(?!\s+(?:of|from|belonging\s+to)\s+(?!(?:the\s+)?(?:Israeli|"
                               r"IDF|Israel['’]s|Golani|Givati|Nahal|Kfir|Paratroopers)\b|"
                               r"(?:soldiers|troops|reservists|paratroopers|commandos)\b))")
# from a teller's name to its verb: "Hamas said", "Hamas's media office has said"
_TO_ITS_VERB = r"(?:['’]s?)?(?:\s+[\w-]+){0,3}?\s+(?:has\s+|had\s+)?"
# a claim of the teller's own: "Hamas said it carried out", "claimed" (not "accused",
# "condemned": the other side's attack)
_CLAIMED_NEXT = re.compile(_TO_ITS_VERB + r"(?:" + SPEAKS + r")\b")
# the Israeli state or its army telling: "what Israel said was", "the army says"
_ISRAEL_SAID = re.compile(r"\b(?:Israel|(?:the\s+)?(?:Israeli\s+)?(?:army|military)|(?:the\s+)?IDF)"
                          r"\s+(?:has\s+|had\s+)?(?:" + SPEAKS + r")\b")
# ... the toll told after it in a clause of its own: "an attack on its troops in Rafah that
# killed two soldiers"
_THAT_KILLED = re.compile(r"[^,.;:]{0,50}?\b(?:that|which)\s+(?:had\s+|has\s+)?$")


def _attack_on_troops(text: str, unit: EventUnit) -> re.Match | None:
    """The attack on the Israeli forces the unit is: at its word, or told just before the
    toll that is its word."""
    at = _ATTACK_ON_TROOPS.match(text, unit.anchor)
    if at is not None:
        return at
    for m in _ATTACK_ON_TROOPS.finditer(text, max(unit.clause.start, unit.anchor - 120),
                                       unit.anchor):
        if _THAT_KILLED.fullmatch(text, m.end(), unit.anchor):
            return m
    return None


# "troops came under fire from terrorists", "forces came under heavy fire from gunmen"
_UNDER_FIRE_FROM = re.compile(r"(?<!Egyptian )(?<!Hamas )(?<!Palestinian )(?<!police )"
                              r"\b(?:troops|soldiers|forces)\s+(?:[\w-]+\s+){0,4}?"
                              r"(?:came|come|comes)\s+under\s+(?:[\w-]+\s+){0,2}?(?:gun)?fire\s+"
                              r"from\s+(?:the\s+)?(?:[\w-]+\s+)?(?:terrorists|militants|gunmen|"
                              r"fighters|Hamas|operatives|cells?|squads?)\b")
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
# the other side's deed a strike answered: "the strikes came in response to a gunman
# crossing the yellow line", "in retaliation for militants' rocket fire"
_IN_RESPONSE_TO = re.compile(r"\b(?:in\s+response\s+to|in\s+retaliation\s+for|"
                             r"retaliat\w+\s+(?:for|against))\s+(?:an?\s+|the\s+)?"
                             r"(?:[\w'’-]+\s+){0,2}$", re.I)
# a loss told as the named side's: "the deadliest incident for the IDF", "the heaviest
# day for the army" (with the toll of its own dead: not "in the deadliest day for the IDF,
# troops killed 30 militants")
_LOSS_FOR = re.compile(r"\b(?:incident|day|loss|losses|toll|blow|setback|attack)\s+"
                       r"for\s+(?:the\s+)?$", re.I)
# from a generic armed name to the group it is of: "gunmen from Hamas", "fighters of the"
_OF_GROUP = re.compile(r"\s+(?:from|of|belonging\s+to)\s+(?:the\s+)?", re.I)
# ... a group's name that tells of others or a place ("Gunmen from Hamas's rival Fatah",
# "Gunmen from the Hamas stronghold of Shejaia", "Gunmen from Hamas-linked families")
_NOT_OF_GROUP = re.compile(r"(?:['’]s?\s+(?:[\w-]+\s+)?(?:rivals?|foes?|opponents?|enemies|"
                           r"adversaries|critics)|\s+(?:strongholds?|bastions?|heartland|"
                           r"territory)|-(?:ruled|controlled|held|linked|affiliated|allied))\b",
                           re.I)
# ... as a place's name only ("Jabalia, a Hamas stronghold", "Hamas-ruled Gaza"; not
# "Hamas-affiliated fighters were detained": the people held, named by their group)
_PLACE_OF_GROUP = re.compile(r"(?:\s+(?:strongholds?|bastions?|heartland|territory)|"
                             r"-(?:ruled|controlled|held))\b", re.I)
# a headline's teller: "IDF: 21 reservists killed ..." (the name, then a colon)
_HEADLINE_TELLER = re.compile(r"\s*(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s*:\s", re.I)
# ... with nothing after the name but a teller's word ("IDF spokesman:", "Israeli army
# says:"; not "Israeli troops advance: three soldiers killed": a deed of its own)
_TELLER_TAIL = re.compile(r"(?:\s+(?:spokes(?:man|woman|person)|says|said|officials?|sources?|"
                          r"chief))?\s*:\s", re.I)


def _headline_teller(text: str, start: int, actor: ActorRef) -> bool:
    """Whether the actor is the teller a headline names before its colon."""
    m = _HEADLINE_TELLER.match(text, start)
    return m is not None and actor.end <= m.end() and \
        _TELLER_TAIL.fullmatch(text, actor.end, m.end()) is not None
# the Israeli side's own deed on its name: "Israeli strikes killed 44", "Israeli jets bombed"
# (told in a clause of its own, after "and" or a comma: not "were killed when an Israeli
# drone crashed on their position", "killed after an Israeli airstrike hit the building they
# were in", "killed during Israeli raids": the deed the dead fell in)
_NEXT_CLAUSE = re.compile(r"(?:,|;|\band|\bwhile|\bwhereas|\bmeanwhile)\s+(?:an?\s+|the\s+)?$",
                          re.I)
_ITS_OWN_DEED_NEXT = re.compile(r"[\w-]+(?:['’]s?)?\s+(?:(?:air|drone|artillery|tank|naval)\s+)?"
                                r"(?:air\s?strikes?|strikes?|shelling|bombardment|bombing|"
                                r"warplanes?|jets?|aircraft|drones?|raids?)\b", re.I)
# an Israeli officer, by rank or by a numbered unit: "Col. Ehsan Daxa, commander of the
# 401st Brigade", "Maj. X, 26" (not "the commander of Hamas's Khan Younis Brigade")
_OFFICER = re.compile(r"(?:(?:Lt\.?\s+|Brig\.?\s+|Maj\.?\s+)?(?:Col|Gen)|Maj|Capt|Lt|Sgt|"
                      r"Staff\s+Sgt|St\.?\s+Sgt|Sgt\.?\s+Maj|Cpl|Pvt|Cpt)\.?\s+[A-Z]|"
                      r"[^,]*,\s+(?:a\s+|the\s+)?(?:deputy\s+)?(?:commander|officer|soldier)\s+"
                      r"(?:of|in)\s+the\s+\d+(?:st|nd|rd|th)\s+(?:Brigade|Battalion|Division|"
                      r"Unit)\b")


# a speaker's verb after its name: "Hamas said", "Hamas's media office said", "Hamas
# accused Israel of"
# ("The Israeli army acknowledged that four soldiers were killed": a teller's word too)
_SPEAKER_NEXT = re.compile(_TO_ITS_VERB + r"(?:" + SPEAKS + r"|accused|accuses|condemned|"
                           r"condemns|blamed|blames|denounced|denounces|acknowledged|"
                           r"acknowledges|admitted|admits)\b")
# the speaker's own people named as hit: "killed its commander", "its fighters were killed"
_ITS_OWN_HIT = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:commanders?|chiefs?|"
                          r"leaders?|fighters|members|operatives|officials?|founders?|head|"
                          r"deputy|militants|gunmen|men|spokes(?:man|woman|person)|"
                          r"brigades?|units?|wing|cadres?)\b", re.I)


# the army's own dead told as no deed of the other side's, in words the mishaps above do not
# name: "a soldier died in a traffic collision near Khan Younis", "killed in an operational
# incident", "when his weapon discharged", "investigating whether he was hit by Israeli fire"
_OWN_SIDE_MORE = re.compile(r"\b(?:collision|collided|(?:car|road|traffic|vehicle)\s+crash|"
                            r"operational\s+(?:incident|mishap)|accidental\s+discharge|"
                            r"(?:weapon|rifle|gun)\s+(?:\w+\s+)?discharged|"
                            r"(?:Israeli|its\s+own|their\s+own)\s+(?:tank\s+|troops['’]?\s+|"
                            r"forces['’]?\s+)?fire)\b", re.I)


def _own_side_harm(text: str, unit: EventUnit) -> bool:
    """Whether the unit's sentence tells the troops' dead as their own side's doing ("killed
    by friendly fire", "in a work accident", "a stray bullet fired by another soldier")."""
    return _OWN_FIRE.search(text, unit.sentence.start, unit.sentence.end) is not None or \
        _MISHAP.search(text, unit.sentence.start, unit.sentence.end) is not None


def _own_drone(text: str, unit: EventUnit, actor1: ActorRef) -> bool:
    """Whether the Palestinian group named first flew the drone its clause tells of: a drone
    named as the group's ("A Hamas drone attack wounded three Israeli soldiers"), or one
    the group says it sent at the Israeli side ("Hamas's armed wing said it struck an
    Israeli tank with a drone"); not "militants who fired at Israeli troops were killed in a
    drone strike", nor a drone that hit the group ("said its commander was killed in a drone
    strike")."""
    if unit.sub_event_type != "Air/drone strike" or \
            _DRONE_HIT_THEM.search(text, unit.clause.start, unit.clause.end):
        return False
    if _NAMES_DRONE.match(text, actor1.end, unit.clause.end):
        return True
    return _DRONE.search(text, unit.clause.start, unit.clause.end) is not None and \
        _SAYS_IT.match(text, actor1.end, unit.clause.end) is not None and \
        _AT_ISRAELI.search(text, actor1.end, unit.clause.end) is not None


_DRONE = re.compile(r"\bdrones?\b", re.I)
# "A Hamas drone attack", "Hamas's suicide drones"
_NAMES_DRONE = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+)?drones?\b", re.I)
# "Hamas's armed wing said it", "Islamic Jihad claimed its fighters"
_SAYS_IT = re.compile(r"(?:['’]s?)?(?:\s+[\w-]+){0,3}?\s+(?:said|says|claimed|claims|announced)"
                      r"\s+(?:that\s+)?(?:it|its|they|their)\b")
# what was hit of the Israeli side: "struck an Israeli tank", "on an Israeli command post"
_AT_ISRAELI = re.compile(r"\b(?:at|on|against|struck|hit|targeted|targeting|attacked|killed|"
                         r"killing|wounded|wounding)\s+(?:an?\s+|the\s+|[\w-]+\s+)?"
                         r"(?:Israeli|IDF|Israel['’]s|occupation)\b")
# (not "its commander was killed in a drone strike", "an Israeli drone strike later killed
# two of its fighters": the drone that hit the group)
_DRONE_HIT_THEM = re.compile(r"\b(?:killed|hit|struck|wounded|injured)\s+(?:in|by)\s+"
                             r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?drones?\b|"
                             r"\b(?:Israeli|IDF|Israel['’]s)\s+(?:[\w-]+\s+)?drones?\b", re.I)


def _relative_firer(text: str, armed: list, unit: EventUnit):
    """The armed actor a relative clause says fired what the unit is about ("militants who
    had fired rockets"), when the unit's word is in that clause."""
    for a in armed:
        m = _WHO_FIRED.match(text, a.start)
        if m is not None and m.start("verb") <= unit.anchor < m.end() + 40 and \
                "," not in text[m.end():unit.anchor] and ";" not in text[m.end():unit.anchor]:
            return a
    return None


# "militants who had fired rockets", "the gunmen who launched mortars"
_WHO_FIRED = re.compile(r"[\w'’ -]{0,40}?\s+(?:who|that)\s+(?:had\s+|have\s+|has\s+|"
                        r"reportedly\s+|allegedly\s+){0,2}(?P<verb>fired|launched|shot)\b")
# Projectiles told fired from a place, their firer unnamed: "eight projectiles crossed from
# the Rafah area", "rockets were launched from Khan Younis" (not "Israeli artillery fired
# shells from positions east of Rafah", "missiles fired from a drone": shells, or the army's
# own aircraft)
_FIRED_FROM = re.compile(
    r"\b(?:rockets?|projectiles?|mortars?|mortar\s+(?:shells?|rounds?|bombs?))\s+"
    r"(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?"
    r"(?:fired|launched|crossed|came|shot)\s+(?:[\w-]+\s+){0,4}?(?:from|out\s+of)\s+"
    r"(?!(?:the\s+|an?\s+)?(?:israeli|idf|drones?|helicopters?|aircraft|jets?|warplanes?|"
    r"planes?|tanks?|gunboats?|warships?|ships?|sea|air|lebanon|yemen|syria|iraq|iran|"
    # (nor "mortar shells fired from Israel hit a school", "projectiles fired from a
    # quadcopter hit a tent", "mortars fired from across the border", "from positions near
    # the border fence", "from naval vessels": the army's, from its side or its machines)
    r"israel|iof|occupation|quadcopters?|navy|naval|vessels?|boats?|across|border|"
    r"(?:[\w'’-]+\s+){1,3}?(?:border|fence|israeli|israel|idf))\b)|"
    # "a launch post in Beit Hanoun, from which rockets were fired toward Sderot"
    r"\bfrom\s+(?:which|where)\s+(?:[\w-]+\s+)?(?:rockets?|projectiles?|mortars?)\s+"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:fired|launched)\b",
    re.I)


def _fire_from_the_strip(text: str, unit: EventUnit) -> bool:
    """Whether the unit's word is projectiles told fired from a place, their firer unnamed
    ("eight projectiles crossed from the Rafah area", "a barrage of rockets was launched out
    of Jabalia"); not a strike told with them ("said it struck the launch site of rockets
    fired from Beit Hanoun", "bombed Jabalia in response to rockets fired from the area":
    the army's own strike)."""
    begin, stop = max(unit.clause.start, unit.anchor - 20), min(unit.clause.end, unit.anchor + 80)
    window = text[begin:stop]
    if window.isascii():
        # (most clauses name no projectile: a plain test first, exact for ASCII text, where
        # the pattern's ignored case is only upper and lower)
        low = window.lower()
        if "rocket" not in low and "projectile" not in low and "mortar" not in low:
            return False
    m = _FIRED_FROM.search(text, begin, stop)
    return m is not None and m.start() <= unit.anchor + 20


# an actor that speaks: "The Israeli military said", "the army says that"
_SAYS = re.compile(r"[\w'’ -]{0,40}?\s+(?:has\s+|had\s+)?(?:said|says|say|reported|reports|"
                   r"announced|stated|added|claimed)\b")


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
                              r"(?:fighters?|militants?|gunm[ae]n|operatives?|terrorists?)\b",
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
# see _CIVIL_DEMOLITION)
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


LOOTERS_ARMED = "Unidentified armed group (Palestine)"
LOOTERS_CROWD = "Rioters (Palestine)"
# Who loots when no armed party is named: gangs that are armed, or a crowd (ACLED codes
# civilians only as victims, so people who loot are rioters, never "Civilians")
_LOOTING = re.compile(r"\b(?:looted|looting|loot|plundered|broke into|stormed)\b", re.I)
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
    verb = _LOOTING.search(text, start, end)
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


# "Three IDF soldiers", "at least eight Hamas fighters": the count, then who they were (not
# "15 people killed in Israeli airstrikes", "nine others injured when Israeli troops opened
# fire": who killed or hurt them)
_COUNTED_AS = re.compile(r"[\w,-]+(?:\s+(?!killed\b|killing\b|"
                         r"in\b|by\b|during\b|from\b|when\b|as\b|after\b|while\b|"
                         r"were\b|was\b|are\b|is\b)[\w,-]+){0,3}\s+")
# Shelling a report gives no author: tanks and artillery are the Israeli military's, rockets
# and mortars may be either side's
_ARTILLERY = re.compile(r"\b(?:shell\w*|artillery|tanks?)\b", re.I)
_ROCKETS = re.compile(r"\b(?:rockets?|mortars?|missiles?|projectiles?)\b", re.I)
GOVERNMENT_OF_ISRAEL = "Government of Israel"
# an armed clan by its name: "members of the Doghmush clan", "gunmen of the X clan"
_CLAN = re.compile(r"\b(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+clan\b"
                   r"(?!['’]s\s+(?:homes?|houses?|areas?|neighbou?rhood|quarter|compound|lands?|"
                   r"property|district|streets?)\b)")

# the clan's armed men: "Doghmush clan gunmen", "gunmen from the Abu Shabab clan" (not
# "gunmen looted the Doghmush clan's warehouse": what was looted)
_CLANS_MEN_AFTER = re.compile(r"\s+(?:gunm[ae]n|militia\w*|members|armed\s+men|fighters)\b",
                              re.I)
_CLANS_MEN_BEFORE = re.compile(r"\b(?:gunm[ae]n|militiamen|members|armed\s+men|fighters)\s+"
                               r"(?:of|from)\s+(?:[\w'’-]+\s+)?$", re.I)


def _clan_militia(clan: re.Match) -> str:
    """The actor a clan named as a party is ("Gaza's Doghmush clan": the Doghmush clan's
    militia)."""
    name = clan.group("name").split()
    while len(name) > 1 and (_NOT_AN_ORG.fullmatch(name[0]) or name[0].endswith(("'s", "’s"))):
        name = name[1:]
    return f"{' '.join(name)} clan militia (Palestine)"


_CLAN_PLACE_BEFORE = re.compile(r"\b(?:homes?|houses?|areas?|neighbou?rhood|quarter|compound|"
                                r"lands?|property|district|streets?)\s+(?:of|belonging\s+to)\s+$")
# (not "Egypt released 12 Palestinian detainees": a releaser the clause names, other than
# Israel and its prison service)
_OTHER_RELEASER = re.compile(r"\b(?!Israel|Service\b|IPS\b|The\b|They\b|It\b|Prisoners?\b|"
                             r"Detainees?\b|Palestinians?\b)[A-Z][\w'’-]+\s+(?:has\s+|have\s+|"
                             r"had\s+)?(?:released|freed|releases|frees|releasing|freeing)\b")
_FOREIGNERS = re.compile(r"\b(?:(?:citizens|nationals)\s+of|foreign(?:ers?)?|expatriates?)\b",
                         re.I)
# "supplies for Israeli troops", "medicine for the hostages": aid that is not the Strip's
# civilians
_FOR_OTHERS = re.compile(r"\b(?:for|to)\s+(?:the\s+)?(?:Israeli\s+)?(?:troops|soldiers|army|"
                         r"forces|hostages|captives)\b|"
                         # ("Israeli forces received supplies airdropped in Rafah")
                         r"\b(?:troops|soldiers|army|forces)\s+(?:have\s+|had\s+)?"
                         r"(?:received|got|collected)\b", re.I)
# (not "a humanitarian pause began in Rafah": a pause may be the army's own)
_TRUCE = re.compile(r"\b(?:cease-?fire|truce)\b", re.I)
# a pause in the fighting, told as an agreement Hamas is party to: "The pause came into
# force at 7:00 am" (the other party is Israel's)
_PAUSE = re.compile(r"\b(?:pause|lull|cessation\s+of\s+hostilities)\b", re.I)
_CIVILIAN_SIDES = frozenset({CIVILIANS, CIVILIANS_ISRAEL, CIVILIANS_INTERNATIONAL})
# "A ceasefire between rival clans took hold in Khan Younis": a truce the sentence gives to
# others
_TRUCE_PARTIES = {GOVERNMENT_OF_ISRAEL, ISRAELI, HAMAS}
# Hamas's rivals in the Strip, whose truce with it is none of Israel's ("Hamas and Fatah agreed
# to a ceasefire", "a truce with the Abu Shabab gang", "agreed to a truce with the Popular
# Forces")
_HAMAS_RIVALS = re.compile(r"\b(?:Fatah|Palestinian\s+Authority|Popular\s+Forces|Abu\s+Shabab|"
                           r"gangs?|militias?)\b", re.I)
_OTHER_TRUCE = re.compile(r"\b(?:between|clans?|famil(?:y|ies)|tribes?|factions?|"
                          r"Hezbollah|Lebanon)\b", re.I)
_HANDED_TO = re.compile(r"\b(?:transferred|handed(?:\s+over)?|delivered|passed(?:\s+on)?|"
                        r"returned|brought|taken|turned\s+over)\s+(?:back\s+)?(?:in)?to\s+"
                        # ("transferred to IDF and ISA forces": both receivers)
                        r"(?:the\s+)?(?:[\w'’-]+\s+(?:and|&)\s+(?:the\s+)?)?$", re.I)
_NOT_ITS_CAPTIVES = re.compile(r"\b(?:prisoners?|detainees?|soldiers?|troops|servicem[ae]n|"
                               r"remains|bod(?:y|ies)|coffins?|corpses?|dead|"
                               # ("released two American women": foreigners, not Israel's)
                               r"foreign(?:ers?)?|American|Thais?|Filipinos?|Nepalese|"
                               r"Russian|Chinese|Tanzanian)\b", re.I)
# the captives' handover, named or not: "were handed to the ICRC", "paraded on a stage ...
# before being handed over"
_HANDOVER = re.compile(r"\b(?:handed|hands|hand|handing)\s+(?:over\s+)?to\s+(?:the\s+)?"
                       r"(?:International\s+Committee\s+of\s+the\s+)?(?:Red\s+Cross|ICRC)\b|"
                       r"\bparaded\b[^.;]{0,80}?\b(?:handed\s+over|released|freed)\b", re.I)
# (not "the bodies of 45 people were handed to the ICRC in Khan Younis": the dead Israel
# returns, with no captive named)
_REMAINS = re.compile(r"\b(?:bod(?:y|ies)|remains|corpses)\b", re.I)
# a rescue of captives: "rescued four hostages", "hostages were rescued", "the rescue of
# two hostages" (not "rescued from the rubble", "rescue teams": no captive freed)
_RESCUED = re.compile(r"\b(?:rescued|rescues|rescuing|rescue\s+of|extracted|freed\s+in\s+"
                      r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:operation|raid))\s+(?:[\w'’-]+\s+){0,4}?"
                      r"(?:hostages?|captives?|abductees)\b|\b(?:hostages?|captives?|abductees)"
                      r"\s+(?:[\w'’-]+\s+){0,4}?(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
                      r"(?:\w+ly\s+)?(?:rescued|extracted)\b", re.I)
_PRISONERS = re.compile(r"(?<!Israeli )\b(?:prisoners?|detainees?)\b", re.I)
_HOSTAGES = re.compile(r"\b(?:hostages?|captives|abductees)\b", re.I)
# "in exchange for three hostages", "in return for the release of hostages"
_TRADED_FOR = re.compile(r"\b(?:exchange|return|swap|trade)\s+for\s+(?:[\w'’-]+\s+){0,4}$",
                         re.I)
_SOLDIERS = re.compile(r"\b(?:soldiers?|troops|servicem[ae]n|conscripts?)\b", re.I)
_NOT_SOLDIERS = re.compile(r"\b(?:civilians?|women|woman|children|child|girls?|boys?|mothers?|"
                           r"grandmothers?|elderly|babies|baby|teenagers?|men|man)\b", re.I)
_STRIKE_ANCHOR = re.compile(r"(?:air\s?strikes?|strikes?|raids?|shelling|bombardment)\b",
                            re.I)
_NAMED_ON = re.compile(r"[A-Z][\w'’-]*\s+(?:(?:air|drone|tank|army|military)\s+)?")
# an armed actor told as hit: "Militants were killed by an Israeli drone strike", "two
# resistance fighters were wounded", "dozens of terror suspects were apprehended" (the other
# party, not who acted)
_NAMED_HIT = re.compile(r"(?:[\w'’-]+\s+){0,3}?(?:was|were|had\s+been|have\s+been|has\s+been)"
                        r"\s+(?:killed|wounded|injured|shot(?:\s+dead)?|hit|struck|targeted|"
                        r"bombed|arrested|detained|apprehended|captured)\b")
_HELD_BY = re.compile(r"\b(?:held|kept|holding|captive|captivity)\s+(?:by|of)\s+(?:the\s+)?$",
                      re.I)
_MEMBER_OF = re.compile(r"\b(?:(?:commanders?|leaders?|members?|officials?|heads?|chiefs?|"
                        r"operatives?|spokes(?:man|person|woman)|founders?|deputy|officers?)"
                        r"\s+(?:[\w'’-]+\s+){0,2}?(?:of|in)|"
                        # "one of those killed was X, who headed operations for Hamas's
                        # internal security", "who was in charge of Hamas's rocket unit"
                        r"(?:headed|led|commanded|ran|run|oversaw|overseen)\s+"
                        r"(?:[\w'’-]+\s+){0,3}?(?:for|of|in|at)|"
                        r"in\s+charge\s+(?:[\w'’-]+\s+){0,3}?of)\s+(?:the\s+)?$", re.I)
# "Members of Hamas's armed wing ambushed ...": the members open the sentence and act; only
# a passive verb makes them the ones hit ("A senior commander of Hezbollah's rocket unit is
# assassinated")
_OPENS = re.compile(r"\W*(?:(?:the|a|an|two|three|several|some|senior|top|deputy|former|"
                    r"local|high-ranking|[\w-]+-ranking)\s+){0,3}$", re.I)
_PASSIVE_HIT = re.compile(r"[^.;]{0,80}?\b(?:is|are|was|were|has been|have been|had been|being)\s+"
                          r"(?:\w+\s+)?(?:killed|assassinated|eliminated|targeted|wounded|"
                          r"injured|arrested|detained|captured|struck|hit)\b", re.I)


def _member_of(text: str, at: int, sentence_start: int) -> bool:
    """Whether the group at ``at`` is named only as the one a person belongs to."""
    m = _MEMBER_OF.search(text, max(0, at - 40), at)
    if m is None:
        return False
    if _OPENS.fullmatch(text, sentence_start, m.start()):
        return _PASSIVE_HIT.match(text, at) is not None
    return True


_FOUGHT_WORDS = (r"against|targeting|targeted|attacked|attacking|ambushed|defeat|destroy|"
                 r"dismantle|eliminate|fight|fighting|fought|"
                 # "exchanges of fire between soldiers and Palestinian militants": the one
                 # named second
                 r"between\s+(?:[\w'’-]+\s+){1,3}?and")
# the object of a hostile verb: "troops eliminated a terrorist cell", "struck a squad of
# terrorists", "identified three terrorists" (not "struck by Hamas": the one who struck)
_STRUCK_OBJECT = re.compile(
    r"\b(?:eliminat(?:ed|ing)|struck|striking|hit|hitting|identified|located|spotted|"
    r"encountered|neutrali[sz](?:ed|ing)|raid(?:ed|ing)|bomb(?:ed|ing)|shell(?:ed|ing)|"
    r"storm(?:ed|ing)|destroy(?:ed|ing)|demolished|dismantl(?:ed|ing)|target(?:ed|ing)|"
    r"seiz(?:ed|ing)|captured|uncovered|"
    # ("During an overnight raid on a Hamas military compound": the deed's noun, and
    # what it was on)
    r"(?:raids?|strikes?|airstrikes?|assaults?|attacks?)\s+(?:on|against))\s+(?:(?:a|an|the|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|numerous|dozens|scores|some|about|approximately|around|"
    r"more|than|at|least|of|\d[\d,]*|squads?|cells?|groups?|number|armed)\s+){0,4}"
    # and one word of what was struck: "forces raided a Hamas command center", "jets
    # struck Hamas positions" (not "struck as Hamas fired", "struck after Hamas said"; nor
    # "a neighbourhood stormed during Israeli raids", "a house hit in Israeli shelling": the
    # place struck, the name after it on the deed that struck it)
    r"(?:(?!(?:as|after|when|while|and|before|because|since|that|which|where|by|with|from|"
    r"said|says|in|during|amid|amidst|under|on|near|through|throughout|despite|following|"
    r"until|into|over|was|were|is|are|been|being)\b)[a-z-]+\s+)?$", re.I)
def _captives_killed(text: str, unit: EventUnit) -> bool:
    """Whether the unit's dead are the hostages: named so in its clause ("six hostages were
    executed"), or a bare count told back to hostages the line before names ("Hostages shot
    at close range" over "the six were shot at close range"); not captives hit by Israeli
    fire ("hostages were killed in an Israeli airstrike")."""
    start, end = unit.clause.start, unit.clause.end
    if _ISRAELI_FIRE.search(text, unit.sentence.start, unit.sentence.end):
        return False
    if _CAPTIVES_HIT.search(text, start, end):
        return True
    bare = _BARE_COUNT_HIT.search(text, start, end)
    if bare is None:
        return False
    before = text[:unit.sentence.start].rstrip()
    line = before[before.rfind("\n") + 1:]
    return _CAPTIVES_HIT.search(line) is not None and not _ISRAELI_FIRE.search(line)


_CAPTIVE_WORD = r"(?:hostages?|captives?|abductees)"
_KILLED_WORD = (r"(?:killed|murdered|executed|shot(?:\s+dead)?|slain|slaughtered|"
                r"brutally\s+murdered)")
# "six hostages were executed", "Hostages shot at close range", "the captives had been killed"
_CAPTIVES_HIT = re.compile(r"\b" + _CAPTIVE_WORD + r"\s+(?:(?:were|was|had\s+been|have\s+been|"
                           r"has\s+been)\s+)?(?:\w+ly\s+)?" + _KILLED_WORD + r"\b|"
                           # ("Islamic Jihad executed two hostages")
                           r"\b" + _KILLED_WORD + r"\s+(?:(?:the|all|its|their|two|three|four|"
                           r"five|six|seven|eight|nine|ten|several|\d+|Israeli|female|male|"
                           r"elderly|young)\s+){0,3}" + _CAPTIVE_WORD +
                           r"\b", re.I)
# "the six were shot at close range": a count told back to its noun
_BARE_COUNT_HIT = re.compile(r"\b(?:the|all)\s+(?:two|three|four|five|six|seven|eight|nine|ten|"
                             r"\d+)\s+(?:were|had\s+been)\s+(?:\w+ly\s+)?" + _KILLED_WORD +
                             r"\b", re.I)
# the Israeli forces' fire told with the dead: "killed in an Israeli airstrike", "by IDF fire"
# (and "three hostages were mistakenly shot dead by soldiers in Shejaiya": the troops, who
# did not hold them)
_ISRAELI_FIRE = re.compile(r"\b(?:air\s?strikes?|strikes?|bombardment|bombing|shelling|"
                           r"(?:Israeli|IDF|army|troops['’]?)\s+(?:fire|gunfire|forces|troops|"
                           r"soldiers)|by\s+(?:the\s+)?(?:soldiers|troops|forces|army|military|"
                           r"IDF))\b", re.I)
# a relative of the one hit: "brother of senior Hamas figures", "the son of a Hamas commander"
_KIN_OF = re.compile(r"\b(?:brothers?|sisters?|sons?|daughters?|wife|wives|husband|father|"
                     r"mother|parents|relatives?|nephews?|nieces?|cousins?|grandsons?|"
                     r"granddaughters?|grandchildren)\s+of\s+(?:(?:the|a|an|senior|top|late|"
                     r"slain|former|[\w-]+-ranking)\s+){0,3}$", re.I)
# a word's agent named as the speaker's own: "hit by its fighters", "struck by their men"
_BY_ITS_OWN = re.compile(r"[\w-]+\s+by\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:fighters|militants|"
                         r"gunmen|members|operatives|forces|units?|snipers|brigades|men|"
                         r"armed\s+wing)\b")
# the other side's own deed, told by its author: "eight soldiers were killed in an ambush by
# Palestinian resistance fighters", "soldiers killed by Hamas fighters"
_DEED_BY = re.compile(r"\b(?:ambush|attack|assault|fire|rockets?|missiles?|killed|wounded|"
                      r"injured|launched|fired|carried\s+out)\s+by\s+(?:the\s+)?"
                      r"(?:[\w'’-]+\s+){0,2}$", re.I)
_NAMED_ON_WORD = re.compile(r"[\w'’-]+\s+")
# ("detonated against an Israeli force": the one fought, named with its article)
_FOUGHT = re.compile(rf"\b(?:with|{_FOUGHT_WORDS})\s+(?:the\s+|an?\s+|remaining\s+)?$", re.I)
# ("Despite coordinating movements with the IDF, the convoy was hit", "fighters, in
# coordination with the Qassam Brigades, attacked": "with" names a partner, not an opponent)
_PARTNER = re.compile(r"\b(?:coordinat\w+|cooperat\w+|together|partnership|conjunction)\s+"
                      r"(?:[\w'’-]+\s+){0,2}?with\s+(?:the\s+)?$", re.I)
_FOUGHT_NOT_WITH = re.compile(rf"\b(?:{_FOUGHT_WORDS}|(?:coordination|together|cooperation|"
                              rf"conjunction|coordinated|partnership) with)\s+"
                              rf"(?:the\s+|remaining\s+)?$", re.I)
