"""The sides the report as a whole tells for events whose own sentence names none.

A sentence may tell a toll or a loss with no one named ("79 martyrs were received among
citizens waiting for aid", "parts of it were set on fire") where the rest of the report names
who did it: the shooter of aid seekers on a day the report gives its violence to the Israeli
military alone, or in a report that tells the troops fired at the crowds; who drove out the
people of a place the army ordered to leave; the raiders of a place on the day they stormed
it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from geoevents.actors import CIVILIANS, ISRAELI, ActorRef, find_actors
from geoevents.casualties import find_casualties
from geoevents.dates import MONTH_NAMES
from geoevents.event_actors.harm_authors import (
    ARMY_TOOL,
    CIVIL_DEMOLITION,
    OTHER_HARM,
    PRIVATE_HARM,
    TROOPS_HIT,
)
from geoevents.event_actors.other_parties import LOOTING
from geoevents.model import Event
from geoevents.quantities import parse_number
from geoevents.sentences import stop_after, stop_before
from geoevents.trigger_table import (
    AID_SOUGHT,
    ATTACK,
    BATTLE,
    DESTRUCTION,
    DISPLACEMENT,
    EVACUATION,
    SIEGE,
    VIOLENT,
)
from geoevents.units import counts_combatants, israeli_dead


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
            not OTHER_HARM.search(e.notes) else e
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
                not LOOTING.search(e.notes) and not _NOT_THE_RAIDS.search(e.notes) and
                not CIVIL_DEMOLITION.search(e.notes) or
                # ("troops besieged its hospital in Khan Younis, shooting into the yard. It
                # said one displaced person sheltering there was killed": the besiegers')
                # (not "an officer was mortally wounded during the raid": theirs hurt)
                e.sub_event_type == ATTACK[1] and e.actor2 in (CIVILIANS, None) and
                not _TROOPS_HURT.search(e.notes) and
                not any(israeli_dead(c) or counts_combatants(c)
                        for c in find_casualties(e.notes))) and
            e.actor1 is None and (e.place_id, e.event_date) in raided and
            not OTHER_HARM.search(e.notes) and
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
            e.actor2 in (CIVILIANS, None) and not OTHER_HARM.search(e.notes) and
            not PRIVATE_HARM.search(e.notes) and
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
                ARMY_TOOL.search(text, start, m.start()) and \
                not TROOPS_HIT.search(text, start, m.start()):
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
                           rf"in\s+{MONTH_NAMES}\b(?!\s+\d))", re.I)
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
