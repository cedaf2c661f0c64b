"""Which act a toll is of: a strike, a shooting, a raid, a blast or a fight.

A toll told with no weapon, or in the words of a wider offensive, is coded a strike or a
clash for want of another word; the report's other record of the same dead tells what
killed them ("A missile, fired from an Israeli drone, struck a crowd", "after an explosive
device was detonated", "Before the raid, which began on 12 December"). These fold such
records into the act the report names; give a toll told "in similar circumstances" the
lead's kind, and fire that killed armed men a fight's; and give arrests and people forced
out at a raid to the raiders.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geoevents.actors import ISRAELI, side_of
from geoevents.casualties import find_casualties
from geoevents.event_merge.attack_words import (
    A_FIGHT_TOLD,
    ANOTHER,
    ANOTHER_INCIDENT,
    ATTACK_TOLD,
    MORE_TOLD,
    NAMES_A_DAY,
    tells_how_or_by_whom,
)
from geoevents.event_merge.merging import (
    AIR,
    SHELL,
    day_before,
    exact_toll,
    fuller_count,
    into,
    names_no_attack,
    within,
)
from geoevents.gazetteer import Gazetteer
from geoevents.model import Event
from geoevents.quantities import number_word
from geoevents.trigger_table import BATTLE, VIOLENT
from geoevents.units import counts_combatants, israeli_dead

__all__ = ["killed_like_the_lead", "fighters_killed_in_a_fight", "the_blast_that_killed",
           "toll_of_the_raid_told_next", "arrests_in_the_raid", "fold_raids_into_attacks",
           "fold_unarmed_into_strike", "fold_unarmed_into_shooting", "the_dead_a_post_received",
           "the_strikes_dead_told_as_a_clash"]


def killed_like_the_lead(events: list[Event]) -> list[Event]:
    """"At least 27 Palestinians were killed when Israeli forces opened fire on crowds ...
    On Sunday, 31 people were killed in similar circumstances in the same area": a toll told
    as like the report's first one, naming no weapon of its own, is of that one's kind (not
    of the tank fire a witness told in between)."""
    out = list(events)
    for i, e in enumerate(out):
        if not e.fatalities or e.event_type not in VIOLENT or not _SIMILAR.search(e.notes) or \
                not names_no_attack(e):
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


def _all_the_dead(notes: str, toll: int) -> bool:
    """Whether ``notes`` say how all of ``toll`` dead told before died, by a blast (not "the
    soldier was killed" after four dead: one of them; nor "the soldiers were killed by
    sniper fire, while an explosive device was detonated")."""
    m = _HOW_THEY_DIED.search(notes) or _SAME_INCIDENT.search(notes)
    if m is None or ANOTHER_INCIDENT.search(notes) or _OWN_BLAST.search(notes):
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
                    not (f.place_id == e.place_id or within(gaz, e.place_id, f.place_id)):
                continue
            out[j] = replace(f, fatalities=e.fatalities, injuries=fuller_count(f.injuries,
                                                                                e.injuries))
            drop.add(i)
            break
    return [e for k, e in enumerate(out) if k not in drop]


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
                or _WEAPON.search(e.notes) or NAMES_A_DAY.search(e.notes) or \
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
            out[k] = into(out[k], v)
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
                tells_how_or_by_whom(v.notes):
            continue
        k = next((k for k, e in enumerate(out) if k not in drop and k != i and
                  e.event_type == "Violence against civilians" and
                  e.event_date == v.event_date and e.place_id == v.place_id and
                  # (not "Health officials said 40 people were killed in Rafah on Tuesday"
                  # beside troops "opened fire on crowds ... in Rafah, killing three": the
                  # day's toll of the town, a shooting with a count of its own)
                  e.fatalities in (None, v.fatalities)), None)
        if k is not None:
            out[k] = into(out[k], v)
            drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]


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
                ATTACK_TOLD.search(v.notes) or NAMES_A_DAY.search(v.notes) or \
                _TALLY_HOURS.search(v.notes):
            continue
        k = next((k for k, e in enumerate(out) if k not in drop and k != i and
                  e.event_type in VIOLENT and e.place_id == v.place_id and
                  _POST_RECEIVED.search(e.notes) is None and
                  day_before(e.event_date, v.event_date)), None)
        if k is not None:
            e = out[k]
            out[k] = replace(e, fatalities=e.fatalities if e.fatalities is not None
                             else v.fatalities,
                             injuries=e.injuries if e.injuries is not None else v.injuries,
                             actor1=e.actor1 or v.actor1, actor2=e.actor2 or v.actor2)
            drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]


def the_strikes_dead_told_as_a_clash(events: list[Event]) -> list[Event]:
    """"12 killed overnight in shelling of the hospital" and, from the offensive told around
    the same dead, a clash at the hospital with the same 12 killed, that day: one toll at one
    place is one act, the one whose weapon the report names (a strike or shelling), not a
    clash the words of a wider offensive gave it. Not a toll told as more ("also",
    "another strike"), nor a clash another side is said to have fought."""
    drop: set[int] = set()
    out = list(events)
    for i, e in enumerate(out):
        if e.sub_event_type != BATTLE[1] or not e.fatalities or not exact_toll(e) or \
                MORE_TOLD.search(e.notes) or ANOTHER.search(e.notes) or \
                A_FIGHT_TOLD.search(e.notes):
            # (only a clash read from words that tell no fight, a campaign's "as Israel
            # pressed its offensive" or "the killing of four militants"; not one its sentence
            # tells as fighting, "killed three gunmen in clashes", "a soldier was killed in a
            # gunbattle": a fight of its own, whatever its toll)
            continue
        hit = next((j for j, f in enumerate(out)
                    if j not in drop and f.sub_event_type in (AIR, SHELL) and
                    f.fatalities == e.fatalities and f.event_date == e.event_date and
                    f.place_id == e.place_id and exact_toll(f) and
                    (f.actor1 is None or e.actor1 is None or f.actor1 == e.actor1) and
                    not MORE_TOLD.search(f.notes) and not ANOTHER.search(f.notes)), None)
        if hit is None:
            continue
        f = out[hit]
        out[hit] = replace(f, injuries=fuller_count(f.injuries, e.injuries),
                           actor1=f.actor1 or e.actor1)
        drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]
