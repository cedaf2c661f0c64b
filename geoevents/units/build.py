""":func:`build_units`: a sentence's event units, from its triggers and casualty counts.

Triggers make units, one per kind in a clause, and a word that tells no event of its own
folds into the one it is part of (see :mod:`geoevents.units.folds`). Each count then attaches
to the nearest violent unit of its clause, or makes a unit of its own, typed by what the
other modules of the package tell of its dead.
"""

from __future__ import annotations

from geoevents.anchored import Cues
from geoevents.casualties import Casualty
from geoevents.model import Mention
from geoevents.sentences import Span, split_clauses
from geoevents.trigger_table import AIR, ATTACK, BATTLE, VIOLENT
from geoevents.triggers import Trigger
from geoevents.units.days_apart import another_days_count
from geoevents.units.fighting_around import fighting_around_the_strike
from geoevents.units.folds import (
    a_rescue_told,
    a_weaker_cue,
    act_done_at,
    blast_of_the_strikes_before,
    carried_out_the_act,
    the_battles_own_fire,
    without_the_aid_hit,
)
from geoevents.units.killers import (
    after_the_deaths,
    but_the_strikes_that_answered,
    killed_by_the_army_apart,
    raid_on_the_unarmed,
    shot_at_the_troops,
    strike_told_again,
    the_battles_if_troops_killed,
    what_killed,
)
from geoevents.units.nonviolent import an_accidents_blast, died_of_no_violence
from geoevents.units.places_apart import (
    fire_apart_at,
    raid_with_own_place,
    the_rest_elsewhere,
    words_governed,
)
from geoevents.units.record import EventUnit, attach, counted
from geoevents.units.tallies import (
    a_strip_tally,
    hurt_of_no_event_of_their_own,
    hurt_told_after,
    others_hurt_too,
)
from geoevents.units.two_weapons import (
    second_weapon,
    the_drones_guns,
    toll_of_two_attacks,
    two_weapons_joined,
)
from geoevents.units.victims import counts_combatants, no_strikes, troops_fell


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
        units += _clause_units(s, clause, triggers, casualties, gaza, previous_violent, text)
    units += the_rest_elsewhere(clauses, units, gaza)
    toll_to: dict[int, EventUnit] = {}
    for clause in clauses:
        toll_to.update(two_weapons_joined(
            s, clause, [t for t in triggers if clause.start <= t.start < clause.end], units))
    triggered = list(units)
    hurt_unit: EventUnit | None = None
    for c in casualties:
        clause = next((cl for cl in clauses if cl.start <= c.start < cl.end), clauses[0])
        own = {m.place_id for m in gaza if clause.start <= m.start < clause.end}
        own_place = bool(own)
        free = [u for u in units if u.event_type in VIOLENT and not counted(u, c.kind) and
                not another_days_count(u, c, clause)]
        # (and a unit of the part of the clause the count is told in: "Israeli shelling hit
        # eastern Khan Younis and airstrikes killed 12 in Rafah" is the strikes' toll, and so
        # is "Troops operating in Jabalia called in an airstrike that killed 12 people in Beit
        # Lahia", a clause split after a raid)
        same_clause = [u for u in free if u.clause == clause or
                       clause.start <= u.clause.start <= c.start < u.clause.end <= clause.end]
        tally_apart = not same_clause and not counts_combatants(c) and \
            a_strip_tally(clause.text, clause, gaza)
        why = after_the_deaths(text, s, c)
        reason = why is not None and any(u.anchor < why.start() for u in free)
        fell = troops_fell(s, c)
        if fell:
            same_clause, free = no_strikes(same_clause), no_strikes(free)
        army_count = killed_by_the_army_apart(c, clause, same_clause, free)
        pool = same_clause or ([] if own_place or tally_apart or army_count else free)
        if reason:
            pool = but_the_strikes_that_answered(pool, why)
        pool = the_battles_if_troops_killed(pool, c, clause)
        if pool:
            target = min(pool, key=lambda u: abs(u.anchor - c.start))
            target = toll_to.get(id(target), target)
            retyped = strike_told_again(target, c, s, text, previous_violent, same_clause,
                                        own, previous_places) or \
                raid_on_the_unarmed(target, c, s, text)
            if retyped:
                target.event_type, target.sub_event_type = retyped
        elif died_of_no_violence(s, c, clause, text):
            continue
        else:
            violent = [u for u in triggered if u.event_type in VIOLENT and not (
                (u.event_type, u.sub_event_type) == AIR and fell)]
            hurt_after = not violent and hurt_told_after(s, c, triggered, gaza,
                                                         previous_violent, previous_places)
            if hurt_of_no_event_of_their_own(c, s, violent, hurt_after, triggered, gaza):
                continue
            if hurt_after and hurt_unit is not None and others_hurt_too(s, hurt_unit, c):
                hurt_unit.casualty_phrases.append(c)
                hurt_unit.injuries = (hurt_unit.injuries or 0) + (c.count or 0) or None
                continue
            etype = previous_violent if hurt_after else what_killed(
                c, s, clause, text, gaza, casualties, violent, own, fell, previous_violent,
                previous_places, reason=reason, army_count=army_count, tally_apart=tally_apart)
            if etype is None:
                continue
            prev_end = max([x.end for x in casualties if clause.start <= x.end <= c.start],
                           default=clause.start)
            target = EventUnit(*etype, c.start, clause, s, 0.6, from_casualty=True,
                               segment_start=prev_end)
            units.append(target)
            if hurt_after:
                hurt_unit = target
        attach(target, c)
    toll_of_two_attacks(s, toll_to, units)
    units = without_the_aid_hit(units, s)
    for u in units:
        if (u.event_type, u.sub_event_type) == ATTACK and shot_at_the_troops(u, s, clauses):
            u.event_type, u.sub_event_type = BATTLE
    second_weapon(s, units)
    units.sort(key=lambda u: u.anchor)
    return units


def _clause_units(s: Span, clause: Span, triggers: list[Trigger], casualties: list[Casualty],
                  gaza: list[Mention], previous_violent: tuple[str, str] | None,
                  text: str | None) -> list[EventUnit]:
    """The units a clause's triggers make, one per kind, the words that tell no event of
    their own folded into the one they are part of."""
    units: list[EventUnit] = []
    ctrig = [t for t in triggers if clause.start <= t.start < clause.end]
    if text is not None:
        ctrig = [t for t in ctrig if not fighting_around_the_strike(t, clause, ctrig, text)]
    strong_violent = any(t.event_type in VIOLENT and t.strength >= 0.8 for t in ctrig)
    strong_battle = any((t.event_type, t.sub_event_type) == BATTLE and t.strength >= 0.8
                        for t in ctrig)
    seen: set[tuple[str, str]] = set()
    fire_apart = fire_apart_at(clause, ctrig, gaza, s, strong_battle)
    rescue = a_rescue_told(ctrig)
    raid_apart = raid_with_own_place(clause, ctrig, gaza) \
        if fire_apart is None and strong_violent and not strong_battle else None
    apart = fire_apart if fire_apart is not None else raid_apart
    acted = act_done_at(ctrig, triggers, casualties, s)
    for t in ctrig:
        if carried_out_the_act(t, acted, s) or \
                a_weaker_cue(t, strong_violent, strong_battle, rescue, raid_apart) or \
                the_battles_own_fire(t, s, strong_battle, fire_apart) or \
                an_accidents_blast(t, clause):
            continue
        if (t.event_type, t.sub_event_type) in seen:
            continue
        seen.add((t.event_type, t.sub_event_type))
        own = words_governed(t, ctrig, clause, s, text, apart)
        kind = blast_of_the_strikes_before(t, clause, previous_violent) or \
            (t.event_type, t.sub_event_type)
        units.append(EventUnit(*kind, t.start, own, s, t.strength))
        if the_drones_guns(kind, t):
            units[-1].weapon_apart = True
    return units
