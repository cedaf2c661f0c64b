""":func:`build_units`: a sentence's event units, from its triggers and casualty counts.

Triggers make units, one per kind in a clause, and a word that tells no event of its own
folds into the one it is part of ("advancing forces" beside "clashes": the stronger cue; a
firefight's own mortars and sniper fire; troops' movement that carried out an order, an
arrest or a demolition). Each count then attaches to the nearest violent unit of its clause,
or makes a unit of its own, typed by what the other modules of the package tell of its dead.
"""

from __future__ import annotations

import re

from geoevents.anchored import Cues
from geoevents.casualties import Casualty
from geoevents.model import Mention
from geoevents.sentences import Span, split_clauses
from geoevents.trigger_table import (
    AID,
    AIR,
    ARRESTS,
    ATTACK,
    BATTLE,
    DESTRUCTION,
    EVACUATION,
    IED,
    RELEASE,
    SHELL,
    VIOLENT,
    fighters_fire,
)
from geoevents.triggers import GUNFIRE_WORDS, Trigger
from geoevents.units.killers import (
    _AFTER_DEATHS,
    _ARMED,
    _ARMY_FIRE,
    _ARMY_KILLED,
    _CROWD_STORMED,
    _FIRE_AT_TROOPS,
    _GROUND_KILLERS,
    _IN_FIGHTING,
    _KILLED_BY,
    _OWN_TARGET,
    _RAID,
    _RAID_TOLD_BEFORE,
    _RAIDED_IT,
    _RESCUE_RAID,
    _SHOT,
    _TOLD_ONE,
    _UNARMED,
    _WEAPON_NAMED,
    _clause_start,
    _previous_sentence,
    _shot_beside,
)
from geoevents.units.nonviolent import _ACCIDENT, _cause_end, _nonviolent, recovered_listed
from geoevents.units.places_apart import (
    _fire_with_own_places,
    _own_phrase,
    _raid_with_own_place,
    _the_rest_elsewhere,
    _weapons_apart,
)
from geoevents.units.record import EventUnit, _attach, _counted, _weak_battle
from geoevents.units.tallies import (
    _ACROSS_THE_STRIP,
    _HURT_AFTER,
    _HURT_ELSEWHEN,
    _HURT_TAKEN,
    _HURT_TOO,
    _HURT_VERB,
    _MEDEVAC,
    _TAKEN_OVER_DAYS,
    _TOLD_HURT,
    days_tally,
)
from geoevents.units.two_weapons import _second_weapon, _two_weapons_joined
from geoevents.units.victims import (
    _aid_seekers_counted,
    _toll_of,
    _troops_fell,
    counts_combatants,
    israeli_dead,
)

_OWN_ATTACKS = frozenset({AIR[1], IED[1]})

# A bomb planted, named beside the blast: "an explosive device detonated", "a landmine
# exploded"
_DEVICE = re.compile(r"\b(?:explosive\s+devices?|devices?|IEDs?|(?:land)?mines?|booby|"
                     r"(?:car|roadside|barrel)\s+bombs?|detonat\w*|unexploded|ordnance|"
                     r"charges?|traps?|tunnels?|shafts?|explosives)\b", re.I)
# A blast told with troops, their vehicles or their demolitions: "an explosion hit an
# Israeli armoured vehicle", "explosions as Israeli forces blew up buildings"
_BLAST_ON_THE_GROUND = re.compile(r"\b(?:soldiers?|troops|forces|army|tanks?|vehicles?|"
                                  r"bulldozers?|armou?red|Merkavas?|APCs?|jeeps?|blew up|"
                                  r"blowing up|demolitions?|weapons?|ammunition)\b", re.I)

# Sniper fire or gunfire in a firefight is the battle's weapon
_FIRE = re.compile(r"(?i)sniper(?: fire)?|gunfire")
# ("clashed with Hamas fighters, where sniper fire killed a nurse": fire told to have hit
# someone, an attack of its own)
_FIRE_HARMS = re.compile(r"\s+(?:\w+\s+){0,2}?(?:kill\w*|wound\w*|injur\w*)", re.I)

# What troops do on the ground to people or places with no fight: the act is the event
_ACTS_DONE = frozenset({EVACUATION, ARRESTS, DESTRUCTION})
# (but "evacuation orders and military operations in Rafah", "invaded Rafah and ordered the
# evacuation of its east": the campaign told beside the order, fighting of its own)
_CAMPAIGN = re.compile(r"operation|offensive|hostilit|combat|man(?:oeu|eu)v|inva[ds]|"
                       r"incursion", re.I)

# (nor "tanks pushed into Rafah on Tuesday after issuing an evacuation order on Monday": two
# acts, one told as the other's time)
_APART_IN_TIME = re.compile(r"\b(?:after|before|since|following|once|until|then|later|when|"
                            r"days?|weeks?)\b", re.I)
# (nor "tanks pushed into Rafah as the army issued orders for Khan Younis", "entered Tel
# al-Sultan, where the army had issued orders": the act told with a subject of its own, or
# as done before the movement, is no part of how the troops went in)
_OWN_SUBJECT = re.compile(r"\b(?:as|while|whereas|where)\s+(?:the|its|their|an?|[A-Z]\w*)\b|"
                          r"\bhad\b")


def build_units(s: Span, triggers: list[Trigger], casualties: list[Casualty],
                gaza: list[Mention], previous_violent: tuple[str, str] | None = None, *,
                text: str | None = None, cues: Cues | None = None,
                previous_places: frozenset[str] = frozenset()) -> list[EventUnit]:
    """A sentence's event units; ``text``/``cues`` are the report and its scan, if at hand.

    ``previous_violent`` is the kind of violent event told just before, and
    ``previous_places`` the places it was coded at: a count that names one of them is that
    event's toll.
    """
    units: list[EventUnit] = []
    clauses = split_clauses(s, text, cues)
    for clause in clauses:
        ctrig = [t for t in triggers if clause.start <= t.start < clause.end]
        strong_violent = any(t.event_type in VIOLENT and t.strength >= 0.8 for t in ctrig)
        strong_battle = any((t.event_type, t.sub_event_type) == BATTLE and t.strength >= 0.8
                            for t in ctrig)
        seen: set[tuple[str, str]] = set()
        fire_apart = _fire_with_own_places(clause, ctrig, gaza, s) if strong_battle else None
        if fire_apart is None:
            fire_apart = _weapons_apart(clause, ctrig, gaza, s)
        # "rescued two hostages in a special operation in Rafah, accompanied by heavy air
        # strikes": the operation that freed them is fighting of its own beside the strikes
        rescue = any(t.sub_event_type == RELEASE[1] and t.text.lower().startswith("rescu")
                     for t in ctrig)
        raid_apart = _raid_with_own_place(clause, ctrig, gaza) \
            if fire_apart is None and strong_violent and not strong_battle else None
        apart = fire_apart if fire_apart is not None else raid_apart
        # "soldiers entered the hospital, demanding its evacuation", "troops raided the
        # camp and arrested 12": the movement that carried out the order, the arrests or
        # the demolition, no fight of its own (not "... amid clashes with gunmen", nor
        # "stormed the camp, killing three": a raid that harmed people, coded by its toll)
        # (not "the order comes days after troops entered Rafah": an earlier push the act
        # is dated by, told after it)
        acted = min((t.start for t in ctrig if (t.event_type, t.sub_event_type) in _ACTS_DONE
                     and t.strength >= 0.8), default=None)
        if acted is not None and (casualties or any(
                t.event_type in VIOLENT and t.strength >= 0.8 for t in triggers) or
                _ARMED.search(s.text)):
            acted = None
        for t in ctrig:
            if acted is not None and t.start < acted and t.strength < 0.7 and \
                    (t.event_type, t.sub_event_type) == BATTLE and not _CAMPAIGN.search(t.text) \
                    and not _APART_IN_TIME.search(s.text, t.end - s.start, acted - s.start) \
                    and not _OWN_SUBJECT.search(s.text, t.end - s.start, acted - s.start):
                continue
            if t.strength < 0.7 and strong_violent and t.event_type in VIOLENT and not (
                    (rescue or raid_apart is not None and t.start < raid_apart) and
                    (t.event_type, t.sub_event_type) == BATTLE and not strong_battle):
                continue  # "advancing forces" beside "clashes": one event, the stronger cue
            if strong_battle and (t.event_type == "Explosions/Remote violence"
                                  and t.sub_event_type not in _OWN_ATTACKS or
                                  t.sub_event_type == ATTACK[1] and _FIRE.fullmatch(t.text)
                                  and not _FIRE_HARMS.match(s.text, t.end - s.start)) and \
                    not (fire_apart is not None and t.start > fire_apart):
                # mortars and rockets fired in a firefight are part of the battle, and so
                # is sniper fire in one ("confrontations with Hamas fighters involving tanks
                # and sniper fire"); an airstrike or a roadside bomb is an attack of its own
                continue
            if (t.event_type, t.sub_event_type) in (IED, SHELL) and t.strength < 0.7 and \
                    _ACCIDENT.search(clause.text):
                continue  # "a gas cylinder explosion killed two": an accident's blast (the
                # weak word "explosion", whatever else the report blames a blast on)
            if (t.event_type, t.sub_event_type) in seen:
                continue
            seen.add((t.event_type, t.sub_event_type))
            own = _own_phrase(t, ctrig, clause, s, text) \
                if (t.event_type, t.sub_event_type) == BATTLE else clause
            if apart is not None:
                # the battle, the raid or the first weapon governs the words before the
                # split, the fire or the strikes those after
                own = Span(own.start, apart, s.text[own.start - s.start:apart - s.start],
                           clause.paragraph) if t.start < apart else \
                    Span(apart, clause.end, s.text[apart - s.start:clause.end - s.start],
                         clause.paragraph)
            kind = (t.event_type, t.sub_event_type)
            if kind == IED and t.strength < 0.7 and previous_violent in (AIR, SHELL) and \
                    not _DEVICE.search(clause.text) and not _BLAST_ON_THE_GROUND.search(
                        clause.text):
                # "Israeli air strikes are hitting targets across the Gaza Strip. Explosions
                # have been reported in Gaza City and Rafah": the blasts of the strikes told
                # just before, not bombs planted (not "an explosive device went off"; nor
                # "an explosion killed three Israeli soldiers", "Israeli forces carried out
                # explosions of residential buildings": a bomb at the troops, or theirs)
                kind = previous_violent
            units.append(EventUnit(*kind, t.start, own, s, t.strength))
            if kind == AIR and t.text.lower().startswith(GUNFIRE_WORDS):
                # "Quadcopters opened fire on residents trying to leave": the drones' guns,
                # an attack of its own beside the shells or bombs that hit the place
                units[-1].weapon_apart = True
    units += _the_rest_elsewhere(clauses, units, gaza)
    toll_to: dict[int, EventUnit] = {}
    for clause in clauses:
        toll_to.update(_two_weapons_joined(
            s, clause, [t for t in triggers if clause.start <= t.start < clause.end], units))
    triggered = list(units)
    hurt_unit: EventUnit | None = None
    for c in casualties:
        clause = next((cl for cl in clauses if cl.start <= c.start < cl.end), clauses[0])
        own = {m.place_id for m in gaza if clause.start <= m.start < clause.end}
        own_place = bool(own)
        free = [u for u in units if u.event_type in VIOLENT and not _counted(u, c.kind)]
        # (and a unit of the part of the clause the count is told in: "Israeli shelling hit
        # eastern Khan Younis and airstrikes killed 12 in Rafah" is the strikes' toll, and so
        # is "Troops operating in Jabalia called in an airstrike that killed 12 people in Beit
        # Lahia", a clause split after a raid)
        same_clause = [u for u in free if u.clause == clause or
                       clause.start <= u.clause.start <= c.start < u.clause.end <= clause.end]
        # "the health ministry said 195 people were killed in the Strip in the previous 24
        # hours, and that fighting had surrounded Nasser": a day's tally in a clause of its
        # own, not the toll of the fighting told with it
        tally_apart = not same_clause and not counts_combatants(c) and \
            days_tally(clause.text) and \
            all(m.feature_class == "strip" for m in gaza if clause.start <= m.start < clause.end)
        why = _AFTER_DEATHS.search(text, max(s.start, c.start - 40), c.start) \
            if text is not None and c.kind == "killed" and israeli_dead(c) and \
            not _KILLED_BY.match(c.text) else None
        reason = why is not None and any(u.anchor < why.start() for u in free)
        fell = _troops_fell(s, c)
        if fell:
            # "the army struck dozens of targets after one of its soldiers was killed in
            # Rafah": an Israeli strike does not kill Israel's troops, who fell in a fight
            same_clause = [u for u in same_clause if (u.event_type, u.sub_event_type) != AIR]
            free = [u for u in free if (u.event_type, u.sub_event_type) != AIR]
        army_count = c.kind == "killed" and not same_clause and counts_combatants(c) and \
            not israeli_dead(c) and \
            _ARMY_KILLED.search(clause.text, 0, c.end - clause.start) is not None and \
            not _WEAPON_NAMED.search(clause.text) and bool(free) and \
            all(u.anchor > c.end for u in free)
        pool = same_clause or ([] if own_place or tally_apart or army_count else free)
        if reason:
            # "Israel struck targets across Gaza after two of its soldiers were killed in
            # Rafah": the troops' death the strikes answered, not their toll (no Israeli
            # strike kills Israel's troops; but "after a Hamas rocket attack killed four
            # soldiers": the attack in the clause its own)
            pool = [u for u in pool if u.anchor > why.start() or
                    (u.event_type, u.sub_event_type) not in (AIR, SHELL)]
        if c.kind == "killed" and counts_combatants(c) and not israeli_dead(c) and \
                _GROUND_KILLERS.search(clause.text, 0, c.end - clause.start) and \
                any((u.event_type, u.sub_event_type) == BATTLE for u in pool):
            # "troops completed the encirclement of Khan Yunis, striking dozens of targets and
            # killing dozens of terrorists": fighters the troops killed, the fight's dead, not
            # the strikes' told beside them
            pool = [u for u in pool if (u.event_type, u.sub_event_type) == BATTLE]
        if pool:
            target = min(pool, key=lambda u: abs(u.anchor - c.start))
            target = toll_to.get(id(target), target)
            if _weak_battle(target) and text is not None and \
                    _TOLD_ONE.search(text, max(s.start, target.anchor - 40), target.anchor) and \
                    previous_violent is not None and \
                    previous_violent[0] == AIR[0] and not israeli_dead(c) and \
                    not any(u.strength >= 0.8 and (u.event_type, u.sub_event_type) == BATTLE
                            for u in same_clause) and own <= previous_places and \
                    not _OWN_TARGET.match(text, target.anchor, s.end) and \
                    not _RAID_TOLD_BEFORE.search(_previous_sentence(text, s.start)):
                # "Israeli strikes hit Jabalia. ... were also killed in the surprise
                # offensive": a weak word for the strike told before, not a battle
                target.event_type, target.sub_event_type = previous_violent
            elif _weak_battle(target) and text is not None and c.kind == "killed" and \
                    c.victim and _UNARMED.fullmatch(c.victim.split()[-1]) and \
                    _RAID.match(text, target.anchor) and not _ARMED.search(s.text) and \
                    not _CROWD_STORMED.search(text, max(s.start, target.anchor - 40),
                                              target.anchor) and \
                    not _ACCIDENT.search(s.text):
                # "Israeli forces subsequently raid the hospital, killing four doctors": a
                # raid that met no armed opponent and killed the people there
                target.event_type, target.sub_event_type = ATTACK
        elif _nonviolent(s, c) or _ACCIDENT.search(clause.text) or \
                _ACCIDENT.search(s.text, 0, _cause_end(s, c)) or \
                text is not None and recovered_listed(text, s, c):
            continue  # deaths from hunger, cold, a power cut or an accident are not a
            # violent event; nor bodies pulled out, told by a list's lead-in
        else:
            # A count with its own place ("Rafah (43 fatalities)") is its own event, of the
            # type of the sentence's violent trigger, else by who was killed.
            violent = [u for u in triggered if u.event_type in VIOLENT and not (
                (u.event_type, u.sub_event_type) == AIR and fell)]
            # (a count of its own, told as people who were hurt, after an event coded in the
            # Strip: not "the other two journalists were found injured", told again, nor "52
            # people were injured in the past 24 hours", "across the Strip": a day's tally, nor
            # "many injured", nor "76 wounded were expected to cross", "dozens of injured")
            # (nor after an attack told at several places: "eight were killed, including two
            # in Jabalia and three in Sheikh Radwan. Dozens more were wounded": the hurt of
            # them all, no one place's)
            hurt_after = not violent and c.kind == "injured" and not triggered and \
                not gaza and previous_violent in _HURT_AFTER and len(previous_places) == 1 and \
                c.count is not None and (_HURT_VERB.search(c.text) is not None or
                                         (_HURT_TAKEN.match(s.text, c.end - s.start) and
                                          not _TAKEN_OVER_DAYS.search(s.text))) and \
                not _MEDEVAC.search(s.text) and not _HURT_ELSEWHEN.search(s.text) and \
                not days_tally(s.text) and not _ACROSS_THE_STRIP.search(s.text) and \
                not _TOLD_HURT.search(s.text, max(0, c.start - s.start - 12), c.start - s.start)
            if not violent and c.kind == "injured" and not hurt_after and (
                    triggered or _MEDEVAC.search(s.text) or not gaza):
                # "190 wounded and sick people were evacuated": who, not an attack; "Twelve
                # people are injured." with no place of its own: the injured of the attack
                # told before, wherever that was
                continue
            if hurt_after and hurt_unit is not None and \
                    _HURT_TOO.fullmatch(s.text, hurt_unit.casualty_phrases[-1].end - s.start,
                                        c.start - s.start):
                # "Another officer was seriously wounded, and two officers were moderately
                # hurt": other people hurt, who add up (not "..., including two children")
                hurt_unit.casualty_phrases.append(c)
                hurt_unit.injuries = (hurt_unit.injuries or 0) + (c.count or 0) or None
                continue
            if hurt_after:
                # "... was killed by an explosive device in Jabalia. Two officers were
                # moderately hurt": the hurt of the attack told just before, at its place
                etype = previous_violent
            elif reason:
                etype = BATTLE  # (the troops' death a fight of its own)
            elif army_count or counts_combatants(c) and not israeli_dead(c) and \
                    _GROUND_KILLERS.search(clause.text, 0, c.end - clause.start):
                # "aircraft had struck targets in the Gaza City area and that troops in
                # Tal as-Sultan had killed several militants": fighters killed by troops on
                # the ground, a battle of the count's own clause, not the strike next to it
                etype = BATTLE
            elif tally_apart:
                etype = AIR
            elif not counts_combatants(c) and \
                    any(m.feature_class != "strip" for m in gaza) and \
                    _ARMY_FIRE.search(clause.text, 0, c.end - clause.start + 80) and \
                    not days_tally(s.text):
                # "a young man was martyred by occupation fire in Beit Lahia": the army's
                # fire at people, told apart from the bombing beside it (not "In Rafah, 15
                # people were killed by Israeli fire over the past 24 hours": a day's toll
                # of a place, "fire" a word for all its strikes and shelling)
                etype = ATTACK
            elif violent:
                near = min(violent, key=lambda u: abs(u.anchor - c.start))
                etype = (near.event_type, near.sub_event_type)
            elif counts_combatants(c) and _IN_FIGHTING.search(s.text):
                etype = BATTLE  # "13 soldiers were killed during the ground operations"
            elif not counts_combatants(c) and _aid_seekers_counted(s, c, casualties) and \
                    (days_tally(s.text) or own and not own <= previous_places or
                     not own and (at_aid := {m.place_id for m in gaza}) and
                     not at_aid <= previous_places):
                # (the place in the clause of the aid: "20 people were killed and 155 injured
                # while waiting for trucks at the Kuwait roundabout")
                # "in the past 24 hours, 79 martyrs were received among citizens waiting for
                # aid, most of them in the Zikim area": the aid seekers' dead, shot near the
                # aid sites, not the toll of the strike told before
                etype = ATTACK
            elif _RESCUE_RAID.search(s.text):
                # "during an Israeli military operation in Nuseirat to rescue four hostages,
                # 274 Palestinians were killed": the rescue is a raid, fought on the ground
                etype = BATTLE
            elif not counts_combatants(c) and days_tally(s.text) and \
                    all(m.feature_class == "strip" for m in gaza
                        if clause.start <= m.start < clause.end):
                # "the health ministry said 71 people were killed in the past 24 hours": a
                # day's tally, mostly of strikes, whatever was told just before it (not
                # "12 people were killed in Khan Younis in the past 24 hours": a place's toll)
                etype = AIR
            elif previous_violent == AIR and fell and not gaza:
                continue  # "They killed an Israeli soldier, so the Israelis hit back": no
                # strike's toll, and no place of the fight told
            elif previous_violent == IED and not counts_combatants(c) and \
                    _ACROSS_THE_STRIP.search(clause.text):
                # "an IED attack on an armoured bulldozer in Zeitoun ... at least 98 people
                # were killed across the Strip on September 16": the Strip's dead, mostly of
                # strikes, not of the bomb told before
                etype = AIR
            elif previous_violent is not None and not (
                    previous_violent == AIR and fell) and not (
                    own_place and counts_combatants(c) and
                    not _toll_of(previous_violent, previous_places, own, c)):
                etype = previous_violent  # "The attack killed 90": the event told just before
            elif counts_combatants(c):
                # (a soldier killed "in the southern Gaza Strip", a place of the sentence's
                # own other than the strike's: fighting there, not the strike told before)
                etype = BATTLE
            elif _SHOT.search(s.text):
                etype = ATTACK  # "killed by Israeli gunfire", "killed at an aid site"
            elif text is not None and not counts_combatants(c) and \
                    all(m.feature_class == "strip" for m in gaza) and _shot_beside(text, s):
                # "Footage shows people running as gunfire is heard. Two people were killed
                # and nine wounded by Israeli fire. The army said it fired warning shots":
                # the troops' shooting told beside a toll that names no weapon
                etype = ATTACK
            elif fighters_fire(clause.text):
                # "a rocket fired by militants hit a house, killing two": the fighters' fire
                etype = SHELL
            else:
                # deaths told with no weapon: in the Strip almost always strikes and shelling
                etype = AIR
            prev_end = max([x.end for x in casualties if clause.start <= x.end <= c.start],
                           default=clause.start)
            target = EventUnit(*etype, c.start, clause, s, 0.6, from_casualty=True,
                           segment_start=prev_end)
            units.append(target)
            if hurt_after:
                hurt_unit = target
        _attach(target, c)
    if any(u.event_type in VIOLENT and u.fatalities for u in units):
        # "the aid convoy attack killed seven": the aid is the target, not the event
        units = [u for u in units if (u.event_type, u.sub_event_type) != AID]
    else:
        # "an aid convoy heading to Gaza city came under fire": the convoy was the target
        # (not "trucks carrying aid rolled into Gaza, marking the start of an operation": a
        # weak word of fighting that tells no attack on it)
        # (but "Israeli troops stormed an aid convoy": a raid whose object is the aid)
        hit = [u for u in units if u.event_type in VIOLENT]
        units = [u for u in units if (u.event_type, u.sub_event_type) != AID
                 or not any(h.clause == u.clause and (
                     not _weak_battle(h) or h.anchor < u.anchor and _RAIDED_IT.fullmatch(
                         s.text, h.anchor - s.start, u.anchor - s.start)) for h in hit)]
    for u in units:
        dead = [c for c in u.casualty_phrases if c.kind == "killed" and c.count]
        if (u.event_type, u.sub_event_type) == ATTACK and dead and \
                all(israeli_dead(c) for c in dead) and \
                any(_FIRE_AT_TROOPS.search(s.text, _clause_start(s, clauses, c), _cause_end(s, c))
                    for c in dead):
            # "a soldier was killed by gunfire in Rafah": fire at the army's own men is a
            # fight with the gunmen, not violence against civilians
            u.event_type, u.sub_event_type = BATTLE
    _second_weapon(s, units)
    units.sort(key=lambda u: u.anchor)
    return units


def folded_into(t: Trigger, unit: EventUnit) -> bool:
    """Whether the event word ``t``, told in ``unit``'s clause, makes no event of its own
    but is part of the unit's, as :func:`build_units` folds it ("tanks shelled eastern
    Rafah, with troops raiding homes": the weaker cue; "battled troops in Jabalia, with the
    Qassam Brigades saying it fired mortars": the battle's own fire)."""
    if t.event_type not in VIOLENT or unit.strength < 0.8:
        return False
    return t.strength < 0.7 or (unit.event_type, unit.sub_event_type) == BATTLE and \
        t.event_type == "Explosions/Remote violence" and t.sub_event_type not in _OWN_ATTACKS
