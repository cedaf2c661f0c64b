"""actor1 and actor2 of one event unit: who acted as its clause or sentence names them, and
who was fought or hit.

Each kind of event reads the names its own way: aid has who delivered it and the civilians
it reaches; an air strike, an evacuation order or a siege in the Strip is the Israeli
military's; a battle has the other side the text names or the one it implies (the troops'
dead, told by the army); a release or a rescue has its captors and its captives; with no
victims named, violence against civilians has the Strip's civilians on the other side. A
source ("according to ...") is neither.
"""

from __future__ import annotations

import re

from geoevents.actors import (
    CIVILIANS,
    CIVILIANS_INTERNATIONAL,
    CIVILIANS_ISRAEL,
    HAMAS,
    ISRAELI,
    ONE_SIDED,
    PALESTINIAN_ARMED,
    attacks_next,
    find_actors,
)
from geoevents.anchored import Cues
from geoevents.casualties import find_casualties
from geoevents.event_actors.captives_and_truces import (
    _HANDED_TO,
    _HANDOVER,
    _HOSTAGES,
    _NOT_SOLDIERS,
    _OTHER_RELEASER,
    _PRISONERS,
    _REMAINS,
    _RESCUED,
    _SOLDIERS,
    _TRADED_FOR,
    _captives_killed,
)
from geoevents.event_actors.civilians_hit import (
    _CIVIL_WORKS,
    _DEMOLITIONS,
    _FAMILY_MEMBERS,
    _FIGHTERS_BODIES,
    _HOMES_DESTROYED,
    _HOMES_WORD,
    _HOPING_FOR_AID,
    _ITS_CLAIM,
    _ITS_MEMBER_KILLED,
    _KIN_OR_MARTYRS,
    _a_home_hit,
    _civilian_dead,
    _titled_civilian,
)
from geoevents.event_actors.harm_authors import (
    _ARMY_TOOL,
    _CIVIL_DEMOLITION,
    _OFFICER,
    _OTHER_HARM,
    _OWN_SIDE_MORE,
    _ROCKETS,
    _STRIP_POLICE,
    _TROOPS_HIT,
    _own_side_harm,
)
from geoevents.event_actors.other_parties import (
    _CLAN,
    _CLAN_PLACE_BEFORE,
    _CLANS_MEN_AFTER,
    _CLANS_MEN_BEFORE,
    GOVERNMENT_OF_ISRAEL,
    LOOTERS_ARMED,
    _aid_actors,
    _clan_militia,
    _looters,
)
from geoevents.event_actors.who_acted import (
    _AT_ISRAELI,
    _BY_ITS_OWN,
    _CLAIMED_NEXT,
    _COUNTED_AS,
    _DEED_BY,
    _FIRE_ON_TROOPS,
    _FOUGHT,
    _FOUGHT_NOT_WITH,
    _HELD_BY,
    _IN_RESPONSE_TO,
    _ISRAEL_SAID,
    _ITS_OWN_DEED_NEXT,
    _ITS_OWN_HIT,
    _KIN_OF,
    _LOSS_FOR,
    _NAMED_HIT,
    _NAMED_ON,
    _NEXT_CLAUSE,
    _NOT_OF_GROUP,
    _OF_GROUP,
    _OWN_TELLER,
    _PARTNER,
    _SAYS,
    _SPEAKER_NEXT,
    _STRIKE_ANCHOR,
    _STRUCK_OBJECT,
    _UNDER_FIRE_FROM,
    _attack_on_troops,
    _fire_from_the_strip,
    _headline_teller,
    _member_of,
    _names_its_word,
    _other_sides_group,
    _own_drone,
    _own_fighters_claim,
    _relative_firer,
)
from geoevents.locate import attribution_spans
from geoevents.trigger_table import (
    AGREEMENT,
    AID,
    AID_SOUGHT,
    ATTACK,
    BATTLE,
    DESTRUCTION,
    IED,
    RELEASE,
    SHELL,
    VIOLENT,
)
from geoevents.units import EventUnit, counts_combatants, israeli_dead


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
