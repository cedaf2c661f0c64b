"""Event words that tell no event of their own, but fold into the one they are part of.

A clause makes one unit per kind of event, and some of its words are parts of another's:
"advancing forces" beside "clashes" (the stronger cue tells the one fight), a firefight's
own mortars and sniper fire, troops' movement that carried out an order, an arrest or a
demolition, the blasts of strikes told just before, and an aid convoy an attack hit (the
aid its target, not an event). Coded apart, each would be an event that did not happen.
"""

from __future__ import annotations

import re

from geoevents.casualties import Casualty
from geoevents.sentences import Span
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
)
from geoevents.triggers import Trigger
from geoevents.units.killers import armed_men_told
from geoevents.units.record import EventUnit, weak_battle

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

# a raid verb with the aid its object: "stormed an aid convoy", "raided a convoy of 109 aid
# trucks" (not "carried out an operation to airdrop aid")
_RAIDED_IT = re.compile(r"(?:raid|storm|ambush|attack|intercept|seiz|loot)\w*\s+"
                        r"(?:[\w'’-]+\s+){0,5}", re.I)


def act_done_at(ctrig: list[Trigger], triggers: list[Trigger], casualties: list[Casualty],
                s: Span) -> int | None:
    """Where the first act troops did on the ground with no fight (an evacuation order, an
    arrest, a demolition) is told in the clause of ``ctrig``, if the sentence tells no harm
    nor fight: "soldiers entered the hospital, demanding its evacuation", "troops raided the
    camp and arrested 12" are the movement that carried out the order, the arrests or the
    demolition, no fight of its own (not "... amid clashes with gunmen", nor "stormed the
    camp, killing three": a raid that harmed people, coded by its toll)."""
    acted = min((t.start for t in ctrig if (t.event_type, t.sub_event_type) in _ACTS_DONE
                 and t.strength >= 0.8), default=None)
    if acted is not None and (casualties or any(
            t.event_type in VIOLENT and t.strength >= 0.8 for t in triggers) or
            armed_men_told(s.text)):
        acted = None
    return acted


def carried_out_the_act(t: Trigger, acted: int | None, s: Span) -> bool:
    """Whether ``t`` is a weak word of fighting told before the act at ``acted`` that is the
    troops' movement to carry it out (not the campaign told beside the order; not "the order
    comes days after troops entered Rafah": an earlier push the act is dated by, told after
    it; nor an act told apart in time or with a subject of its own)."""
    return acted is not None and t.start < acted and t.strength < 0.7 and \
        (t.event_type, t.sub_event_type) == BATTLE and not _CAMPAIGN.search(t.text) \
        and not _APART_IN_TIME.search(s.text, t.end - s.start, acted - s.start) \
        and not _OWN_SUBJECT.search(s.text, t.end - s.start, acted - s.start)


def a_rescue_told(ctrig: list[Trigger]) -> bool:
    """Whether the clause tells captives rescued: "rescued two hostages in a special
    operation in Rafah, accompanied by heavy air strikes" (the operation that freed them is
    fighting of its own beside the strikes)."""
    return any(t.sub_event_type == RELEASE[1] and t.text.lower().startswith("rescu")
               for t in ctrig)


def a_weaker_cue(t: Trigger, strong_violent: bool, strong_battle: bool, rescue: bool,
                 raid_apart: int | None) -> bool:
    """Whether ``t`` is a weak word of violence in a clause with a strong one: "advancing
    forces" beside "clashes" is one event, the stronger cue (but not a raid that rescued
    captives, or one at a place of its own before the strikes, beside no strong word of
    fighting)."""
    return t.strength < 0.7 and strong_violent and t.event_type in VIOLENT and not (
        (rescue or raid_apart is not None and t.start < raid_apart) and
        (t.event_type, t.sub_event_type) == BATTLE and not strong_battle)


def the_battles_own_fire(t: Trigger, s: Span, strong_battle: bool,
                         fire_apart: int | None) -> bool:
    """Whether ``t`` is fire in a firefight, part of the battle: mortars and rockets fired in
    one, and so is sniper fire in one ("confrontations with Hamas fighters involving tanks
    and sniper fire"); an airstrike or a roadside bomb is an attack of its own, and so is
    fire told after the split where it has places of its own."""
    return strong_battle and (
        t.event_type == "Explosions/Remote violence" and t.sub_event_type not in _OWN_ATTACKS
        or t.sub_event_type == ATTACK[1] and _FIRE.fullmatch(t.text) is not None
        and not _FIRE_HARMS.match(s.text, t.end - s.start)) and \
        not (fire_apart is not None and t.start > fire_apart)


def blast_of_the_strikes_before(t: Trigger, clause: Span,
                                previous_violent: tuple[str, str] | None
                                ) -> tuple[str, str] | None:
    """The kind of the strikes told just before, if ``t`` is a weak word for their blasts:
    "Israeli air strikes are hitting targets across the Gaza Strip. Explosions have been
    reported in Gaza City and Rafah" are the blasts of the strikes, not bombs planted (not
    "an explosive device went off"; nor "an explosion killed three Israeli soldiers",
    "Israeli forces carried out explosions of residential buildings": a bomb at the troops,
    or theirs)."""
    if (t.event_type, t.sub_event_type) == IED and t.strength < 0.7 and \
            previous_violent in (AIR, SHELL) and not _DEVICE.search(clause.text) and \
            not _BLAST_ON_THE_GROUND.search(clause.text):
        return previous_violent
    return None


def without_the_aid_hit(units: list[EventUnit], s: Span) -> list[EventUnit]:
    """The units but those of aid an attack hit: "the aid convoy attack killed seven" and
    "an aid convoy heading to Gaza city came under fire" have the aid as the target, not the
    event (not "trucks carrying aid rolled into Gaza, marking the start of an operation": a
    weak word of fighting that tells no attack on it; but "Israeli troops stormed an aid
    convoy": a raid whose object is the aid)."""
    if any(u.event_type in VIOLENT and u.fatalities for u in units):
        return [u for u in units if (u.event_type, u.sub_event_type) != AID]
    hit = [u for u in units if u.event_type in VIOLENT]
    return [u for u in units if (u.event_type, u.sub_event_type) != AID
            or not any(h.clause == u.clause and (
                not weak_battle(h) or h.anchor < u.anchor and _RAIDED_IT.fullmatch(
                    s.text, h.anchor - s.start, u.anchor - s.start)) for h in hit)]


def folded_into(t: Trigger, unit: EventUnit) -> bool:
    """Whether the event word ``t``, told in ``unit``'s clause, makes no event of its own
    but is part of the unit's, as :func:`geoevents.units.build_units` folds it ("tanks
    shelled eastern Rafah, with troops raiding homes": the weaker cue; "battled troops in
    Jabalia, with the Qassam Brigades saying it fired mortars": the battle's own fire)."""
    if t.event_type not in VIOLENT or unit.strength < 0.8:
        return False
    return t.strength < 0.7 or (unit.event_type, unit.sub_event_type) == BATTLE and \
        t.event_type == "Explosions/Remote violence" and t.sub_event_type not in _OWN_ATTACKS
