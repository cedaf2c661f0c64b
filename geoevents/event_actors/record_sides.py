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
    FIGHTER_WORDS,
    HAMAS,
    ISRAELI,
    ONE_SIDED,
    PALESTINIAN_ARMED,
    battle_sides,
    find_actors,
    side_of,
)
from geoevents.event_actors.captives_and_truces import (
    civilians_beside_a_truce,
    its_captives_freed,
    no_civilian_party,
    truce_names_no_parties,
    truce_names_one_side,
)
from geoevents.event_actors.harm_authors import (
    OTHER_HARM,
    STRIP_POLICE,
    army_machine_bomb,
    army_weapon_on_civilians,
    bomb_at_the_troops,
    fighters_fire_unnamed,
    shot_near_the_troops,
    strike_or_shelling_unnamed,
    troops_struck_unnamed,
)
from geoevents.event_actors.other_parties import GOVERNMENT_OF_ISRAEL
from geoevents.event_actors.who_acted import PLACE_OF_GROUP
from geoevents.model import Event
from geoevents.speech import QUOTED
from geoevents.trigger_table import (
    AGREEMENT,
    AID,
    ARRESTS,
    BATTLE,
    CROSSING,
    DISPLACEMENT,
    EVACUATION,
    TERRITORY,
)


def sides_filled(e: Event) -> Event:
    """The sides ACLED names where the text does not: a battle's other side, the only
    possible author of a strike, an evacuation order or a siege in the Strip."""
    return _own_party_dropped(_sides_filled(_own_party_dropped(e)))


def _own_party_dropped(e: Event) -> Event:
    """An actor is never its own other party ("At least 42 killed in Israeli attacks" over
    a body whose device hit Israeli soldiers; the author filled in for "strikes ... after
    Israel claims two soldiers were killed in Rafah"): the one acted upon is dropped."""
    if e.actor1 is not None and e.actor1 == e.actor2 and e.event_type != BATTLE[0]:
        return replace(e, actor2=None)
    return e


def _sides_filled(e: Event) -> Event:
    """The record with the sides its kind of event implies where the text names none; each
    step sees the sides the steps before it filled in, and the first to settle both ends it."""
    if e.event_type == BATTLE[0]:
        if _egypt_fights_others(e):
            return e
        if _fought_with_a_clan(e):
            return replace(e, actor2=CLAN_UNNAMED)
        return replace(e, **dict(zip(("actor1", "actor2"), battle_sides(e.actor1, e.actor2))))
    if _no_party_to_ground(e):
        return replace(e, actor2=None)
    if _group_beside_an_order(e):
        e = replace(e, actor2=None)
    if _order_names_no_one(e):
        e = replace(e, actor1=ISRAELI, actor2=CIVILIANS)
    if _firers_struck(e):
        return replace(e, actor1=ISRAELI, actor2=e.actor2 or e.actor1)
    if e.sub_event_type == ARRESTS[1]:
        if _group_held(e):
            e = replace(e, actor1=ISRAELI, actor2=e.actor1)
        if _held_where_hamas_rules(e):
            e = replace(e, actor1=ISRAELI, actor2=_held_by_israel(e))
        if _army_detention_unnamed(e):
            e = replace(e, actor1=ISRAELI)
        if _troops_detained(e):
            e = replace(e, actor1=ISRAELI, actor2=e.actor2 or PALESTINIAN_ARMED)
        if _people_held_by_the_army(e):
            return replace(e, actor2=CIVILIANS)
    if _civilians_fled(e) or _aid_for_civilians(e):
        return replace(e, actor2=CIVILIANS)
    if e.sub_event_type == AGREEMENT[1]:
        if civilians_beside_a_truce(e):
            e = replace(e, actor1=no_civilian_party(e.actor1),
                        actor2=no_civilian_party(e.actor2))
        if truce_names_no_parties(e) or truce_names_one_side(e):
            return replace(e, actor1=GOVERNMENT_OF_ISRAEL, actor2=HAMAS)
    if its_captives_freed(e):
        return replace(e, actor2=CIVILIANS_ISRAEL)
    if strike_or_shelling_unnamed(e) or army_weapon_on_civilians(e) or shot_near_the_troops(e):
        return replace(e, actor1=ISRAELI)
    if bomb_at_the_troops(e):
        setter = next((a for a in (e.actor1, e.actor2) if side_of(a) == "Palestinian"),
                      PALESTINIAN_ARMED)
        return replace(e, actor1=setter, actor2=ISRAELI)
    if army_machine_bomb(e):
        return replace(e, actor1=ISRAELI)
    if troops_struck_unnamed(e) or fighters_fire_unnamed(e):
        return replace(e, actor1=PALESTINIAN_ARMED)
    return e


# who else Egypt's forces fight on the border: smugglers, gunmen, Sinai's militants
_EGYPTS_OTHER_FOES = re.compile(r"\b(?:smugglers?|smuggling|traffickers?|gunmen|armed\s+men|"
                                r"infiltrators?|militants?|jihadists?|Islamic\s+State|"
                                r"Bedouins?|tribesmen)\b", re.I)


# ACLED's name for an armed clan the text names by no name ("a rival clan")
CLAN_UNNAMED = "Unidentified Clan Militia (Palestine)"
# the two parties of the clash named, the second a clan or a family: "clashes between Hamas
# and a rival clan", "fighting between Hamas police and members of a local family" (not
# "clashes between Israeli troops and Hamas fighters": both the war's sides)
_BETWEEN_AND_A_CLAN = re.compile(r"\bbetween\s+[^.;,]{1,40}?\s+and\s+(?:(?:members|gunmen|men)\s+"
                                 r"of\s+)?(?:an?|the|one|another)\s+"
                                 r"(?:(?:rival|local|armed|powerful|large|prominent|influential)"
                                 r"\s+)*(?:clans?|famil(?:y|ies)|tribes?)\b", re.I)


def _fought_with_a_clan(e: Event) -> bool:
    """Whether the battle is one the text names between a side and a clan or a family it
    gives no name ("clashes between Hamas and a rival clan"): that clan is the other side,
    not the Israeli military."""
    return e.actor2 is None and e.actor1 is not None and \
        _BETWEEN_AND_A_CLAN.search(e.notes) is not None


def _egypt_fights_others(e: Event) -> bool:
    """Whether Egypt's forces, the only side a battle names, fight others than the Israeli
    forces: "Egyptian border guards exchanged fire with smugglers near Rafah": Egypt's forces
    fight the ones named, not the Israeli forces."""
    return e.event_type == BATTLE[0] and EGYPT in (e.actor1, e.actor2) and \
        None in (e.actor1, e.actor2) and _EGYPTS_OTHER_FOES.search(e.notes) is not None


def _no_party_to_ground(e: Event) -> bool:
    """Whether the other side told with ground changing hands or a crossing is no party to
    it: "Crowds started moving ... after the Israeli army withdrew from the area": ground
    changes hands between armed sides, and a crossing is opened or closed by one; the
    civilians told with it are no party (nor Egypt's forces: "an Egyptian soldier was killed
    near the Rafah crossing, which Israel seized earlier this month", ground of the Strip
    they never held)."""
    return e.sub_event_type in (TERRITORY[1], CROSSING[1]) and \
        e.actor2 in (CIVILIANS, CIVILIANS_INTERNATIONAL) or \
        e.sub_event_type == TERRITORY[1] and e.actor2 == EGYPT


def _group_beside_an_order(e: Event) -> bool:
    """Whether the group told as the other side of an order to leave is only told beside it:
    "Israel Attacks Hamas Leaders in Doha - Occupation Orders All Residents to Leave Gaza
    City": the group told beside an order to leave is not the ones ordered out."""
    return e.sub_event_type == EVACUATION[1] and side_of(e.actor2) == "Palestinian" and \
        e.actor1 in (None, ISRAELI)


def _order_names_no_one(e: Event) -> bool:
    """Whether an order to leave names no one ordered out: "new displacement orders covering
    northern Gaza and Khan Younis": an order to leave places of the Strip is the army's, aimed
    at the people who live there, named or not."""
    return e.sub_event_type == EVACUATION[1] and e.actor2 is None and \
        e.actor1 in (None, ISRAELI)


def _firers_struck(e: Event) -> bool:
    """Whether the Strip's armed side named first of a strike are the ones it struck:
    "Militants who fired rockets from Beit Hanoun were struck by an aircraft": the rockets'
    firers, read into the strike told with them, are the ones it struck."""
    return e.sub_event_type in ONE_SIDED and side_of(e.actor1) == "Palestinian" and \
        side_of(e.actor2) != "Israel"


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
# (not "detained members of our crews", "members of the medical staff": who the members are
# of says who they are)
_FIGHTERS_HELD = re.compile(rf"\b(?:suspects?|suspected|{FIGHTER_WORDS}|commanders?|armed)\b|"
                            r"\bmembers\s+of\b(?!\s+(?:our|the|its|their|his|her)?\s*"
                            r"(?:[\w-]+\s+)?(?:crews?|staff|teams?|famil(?:y|ies)|press)\b)", re.I)


def _held_as_people(notes: str) -> bool:
    """Whether the ones held are named as people, and none as fighters."""
    return _PEOPLE_HELD.search(notes) is not None and not _FIGHTERS_HELD.search(notes)


def _held_where_hamas_rules(e: Event) -> bool:
    """Whether Hamas, named with detentions Israel made or tells of, only names where they
    were made: "an Israeli spokesman said the men had been detained in Jabalia, a Hamas
    stronghold": the group names the place the men were taken in, neither who held them nor
    who was held; the state whose spokesman tells of the detentions holds them (not "Hamas
    police set up a checkpoint": the Strip's own police)."""
    return e.sub_event_type == ARRESTS[1] and HAMAS in (e.actor1, e.actor2) and \
        (e.actor1 == ISRAELI or _ISRAELI_TELLS_DETENTION.search(e.notes) is not None) and \
        not STRIP_POLICE.search(e.notes) and \
        all(a.name != HAMAS or PLACE_OF_GROUP.match(e.notes, a.end)
            for a in find_actors(e.notes))


# the ones a detention takes, named after its word: "arrested around 80 members of the
# extremist organization Hamas", "detained dozens of Hamas operatives", or as the ones taken
# before it: "with 80 Hamas operatives arrested at the hospital"
_HELD_AFTER = re.compile(r"\b(?:arrested|detained|apprehended|rounded\s+up|captured)\s+"
                         r"(?:[\w,'’-]+\s+){0,7}?$", re.I)
_HELD_BEFORE = re.compile(r"['’]?s?(?:\s+(?:[\w-]+\s+){0,2}?(?:members|operatives|militants|"
                          r"fighters|gunmen|suspects|commanders|men))?\s+(?:were\s+|had\s+been\s+|"
                          r"have\s+been\s+|being\s+)?(?:arrested|detained|apprehended|"
                          r"rounded\s+up|captured)\b"
                          # (the participle, with no one after it it took: not "Two Hamas
                          # gunmen detained a man", the group the one who took him)
                          r"(?=\s*(?:[,.;)]|$|(?:at|in|on|during|near|by|from|inside|after|"
                          r"overnight|yesterday|today|while|and)\b))", re.I)

# (... counted: "80 Hamas operatives arrested", not "Hamas gunmen arrested two men", who took)
_COUNTED = re.compile(r"(?:\b\d[\d,]*|\b(?:dozens|scores|hundreds)\s+of|\b(?:several|two|three|"
                      r"four|five|six|seven|eight|nine|ten|some|about|around|nearly))\s+$", re.I)


def _group_held(e: Event) -> bool:
    """Whether the armed group read as the one who made an arrest is the one it took, the
    taker unnamed: "the armed forces said they had arrested around 80 members of the
    extremist organization Hamas", "with 80 Hamas operatives arrested at the hospital" are
    Hamas men held, and in the Strip the army holds them (not "Hamas police arrested five
    looters": the group named before the word, as the one who took them)."""
    if side_of(e.actor1) != "Palestinian" or not e.notes:
        return False
    named = [a for a in find_actors(e.notes) if a.name == e.actor1]
    if not named:
        return False
    first = named[0]
    return _HELD_AFTER.search(e.notes[max(0, first.start - 80):first.start]) is not None or \
        (_COUNTED.search(e.notes[max(0, first.start - 30):first.start]) is not None and
         _HELD_BEFORE.match(e.notes, first.end) is not None)


def _held_by_israel(e: Event) -> str | None:
    """The ones Israel held, of detentions told where Hamas rules: the other side named, if
    neither Hamas nor Israel's; else the Strip's civilians where they are named as people,
    and none as fighters."""
    return e.actor2 if e.actor2 not in (HAMAS, ISRAELI) else (
        CIVILIANS if _held_as_people(e.notes) else None)


def _army_detention_unnamed(e: Event) -> bool:
    """Whether detentions no one is named for are the army's: "men were separated at a
    checkpoint, stripped and detained": the army's checkpoints in the Strip and the way it
    holds men (not "Hamas police set up a checkpoint and detained two looters": the Strip's
    own police; nor the militias, Egypt or any party of the Strip, named as holding them)."""
    return e.sub_event_type == ARRESTS[1] and e.actor1 is None and \
        _ARMY_DETENTION.search(e.notes) is not None and \
        not OTHER_HARM.search(e.notes) and not STRIP_POLICE.search(e.notes) and \
        not _OTHER_HOLDERS.search(e.notes) and \
        not any(side_of(a.name) in ("Palestinian", "Egypt") for a in find_actors(e.notes))


def _troops_detained(e: Event) -> bool:
    """Whether the gunmen named as holding people are ones the troops fought, the troops the
    ones who detained: "troops had killed about 50 gunmen there and detained 180 suspects":
    the troops detained; the gunmen told before were the ones they killed, not who held
    anyone."""
    return e.sub_event_type == ARRESTS[1] and e.actor1 == PALESTINIAN_ARMED and \
        _troops_detain(e.notes) and not STRIP_POLICE.search(e.notes)


def _people_held_by_the_army(e: Event) -> bool:
    """Whether the ones the army holds are told as people: "at least 30 men were taken to an
    unknown destination", "Troops detained dozens of people in Beit Lahia": the people the
    army holds, told as people, are the Strip's civilians (not "detained 20 gunmen",
    "suspects": whom it holds as fighters)."""
    return e.sub_event_type == ARRESTS[1] and e.actor1 == ISRAELI and e.actor2 is None and \
        _held_as_people(e.notes)


# (nor "Hamas leaders fled Gaza City", "Soldiers fled the area", "Hostages fled their
# captors", "Thousands of Israelis fled their homes near the Gaza border", "Residents of
# Sderot fled to shelters": who fled were none of the Strip's civilians)
_FIGHTERS_FLED = re.compile(rf"\b(?:{FIGHTER_WORDS}|"
                            r"leaders?|commanders?|soldiers?|troops|hostages?|captives?|"
                            r"Israelis|settlers?|kibbutz\w*|Sderot|Ashkelon|Ashdod|Netivot|"
                            r"Lebanese|Lebanon)\b", re.I)


def _civilians_fled(e: Event) -> bool:
    """Whether the ones who fled, named or not, are the Strip's civilians: "An estimated
    450,000 people have left Rafah in one week", "Thousands walked from Beit Hanoun": the ones
    who flee in the Strip are its civilians, named or not (not "doctors reported that the
    fighters fled": who fled were no civilians; but "were pushed out into the cold as Israeli
    troops stormed Kamal Adwan Hospital": the troops the army's that drove them)."""
    return e.sub_event_type == DISPLACEMENT[1] and e.actor2 is None and \
        all(e.actor1 == ISRAELI and m.group(0).lower() in ("troops", "soldiers")
            for m in _FIGHTERS_FLED.finditer(e.notes))


def _aid_for_civilians(e: Event) -> bool:
    """Whether aid, its receivers unnamed, reaches the Strip's civilians: "630 aid trucks
    entered Gaza", "GHF said it had distributed food": aid that reaches the Strip is received
    by its civilians, named or not (not "workers, who included citizens of Australia and
    Britain": others told with it)."""
    return e.sub_event_type == AID[1] and e.actor2 is None and \
        not _FOREIGNERS.search(e.notes) and not _FOR_OTHERS.search(e.notes)


_FOREIGNERS = re.compile(r"\b(?:(?:citizens|nationals)\s+of|foreign(?:ers?)?|expatriates?)\b",
                         re.I)
# "supplies for Israeli troops", "medicine for the hostages": aid that is not the Strip's
# civilians
_FOR_OTHERS = re.compile(r"\b(?:for|to)\s+(?:the\s+)?(?:Israeli\s+)?(?:troops|soldiers|army|"
                         r"forces|hostages|captives)\b|"
                         # ("Israeli forces received supplies airdropped in Rafah")
                         r"\b(?:troops|soldiers|army|forces)\s+(?:have\s+|had\s+)?"
                         r"(?:received|got|collected)\b", re.I)
