"""The trigger table's rows run over a sentence, each match kept, set aside or retyped.

One pattern per table row finds the sentence's matches (:class:`Trigger`); the checks of the
modules beside this one, tried in a fixed order, decide which tell an event and of which
ACLED type. The order is part of what they decide: a match retyped early meets the later
checks as its new type, and a few checks look at the triggers already kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geoevents.anchored import Cues
from geoevents.in_passing import (
    freed_under_a_truce,
    named_in_passing,
    told_as_a_measure,
    told_as_cover,
    told_as_going_on,
    told_by_its_length,
)
from geoevents.in_passing.found_dead import inferred_from_the_bodies
from geoevents.trigger_table import (
    AIR,
    ATTACK,
    BATTLE,
    DISPLACEMENT,
    EVACUATION,
    IED,
    RELEASE,
    RETURN,
    SHELL,
    SIEGE,
    TERRITORY,
    TRIGGER_TABLE,
    VIOLENT,
)
from geoevents.triggers.about_to import told_as_about_to
from geoevents.triggers.aid import (
    a_running_total,
    a_ward_moved,
    aid_not_delivered,
    aid_on_its_way,
    closed_after_no_crossing_hit,
    delivery_as_a_circumstance,
    no_crossing_decision,
)
from geoevents.triggers.attackers import (
    a_ground_assault_too,
    aid_seekers_attacked,
    an_attack_on_the_aid_crowd,
    arms_procured,
    hit_during_the_shelling,
    in_another_sense,
    in_protest_of,
    no_attack_of_its_own,
    retyped_by_who_struck,
    typed_by_its_target,
    typed_by_the_arms_named,
    typed_by_who_raided_or_pounded,
)
from geoevents.triggers.backdrop import (
    a_cause_of_a_flight,
    a_consequence_or_hindered,
    a_hospital_intake,
    a_kind_a_stance_or_a_time,
    a_record_or_a_reason,
    a_siege_of_no_hospital,
    a_span_or_a_share,
    a_state_over_weeks,
    a_use_or_a_time,
    an_operation_named_or_a_cause,
    halted_or_of_the_war,
    named_as_backdrop,
    names_a_campaign,
    no_place_left,
    recalled_from_before,
    told_as_a_habit,
)
from geoevents.triggers.camera_captures import a_recording_made
from geoevents.triggers.conditions import a_release_awaited
from geoevents.triggers.deal_as_a_time import a_deal_told_as_a_time
from geoevents.triggers.deals import (
    a_deal_named_by_its_start,
    a_truce_start_as_a_time,
    no_captive_held_or_freed,
    recovered_by_the_captors,
    release_sought,
)
from geoevents.triggers.displacement import (
    a_combat_zone_in_the_order,
    a_count_or_a_stock,
    a_move_not_made,
    a_plea_or_advice,
    a_retreat,
    displaced_by_it,
    displaced_in_an_aside,
    forced_out_by_no_force,
    no_flight_of_its_own,
    no_order_given,
    the_displaced_described,
    the_fleeing_described,
)
from geoevents.triggers.explosives import (
    a_bomb_that_hit_nothing,
    a_fire_set_by_another,
    a_trap_struck,
    destroyed_from_afar,
    explosives_left_or_found,
    hit_with_the_device,
    retyped_as_a_bomb,
    retyped_as_a_rocket,
    rockets_of_another_day,
    set_ablaze_by_a_strike,
    set_ablaze_in_the_strike,
    troops_bombed_at,
)
from geoevents.triggers.fire_answered import answered_fire
from geoevents.triggers.folded_rows import as_folded
from geoevents.triggers.framing import (
    a_frame_of_the_news,
    framed_siblings_dropped,
    shelled_from_the_air,
    told_of_the_people_or_the_place,
)
from geoevents.triggers.hostages_taken import hostages_taken
from geoevents.triggers.hostilities_of_the_bombardment import hostilities_of_the_bombardment
from geoevents.triggers.irrealis import (
    still_to_come,
    told_as_feared_or_guessed,
    told_as_sought,
    told_as_spared,
    told_as_unreal,
)
from geoevents.triggers.no_act_told import no_act_told
from geoevents.triggers.orders_as_a_habit import moves_of_orders_kept_issuing
from geoevents.triggers.place_described import (
    a_place_described_by_attacks_on_it,
    a_place_described_by_its_operations,
    a_place_named_the_focus,
)
from geoevents.triggers.setting_of_the_incident import returning_when_it_happened
from geoevents.triggers.site_emptied import a_known_site_emptied
from geoevents.triggers.things_taken import no_ground_taken
from geoevents.triggers.walkouts import a_walkout

# One pattern per table row, over folded (lower-case) text: several times faster than
# re.IGNORECASE. They are tried in table order where their prefixes occur (as one long
# alternation of them would be, at a fraction of the cost: Cues.first_of), and a match's
# index in ROWS is its row's in TRIGGER_TABLE, both built here from the one table. A hyphen
# a row spells is read as the space the fold leaves (see geoevents.triggers.folded_rows).
ROWS = tuple(re.compile(rf"\b(?:{as_folded(pat.lower())})\b") for _, pat, _ in TRIGGER_TABLE)

_LOOK_BACK = 60  # characters before a trigger searched for irrealis words


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word that says an event happened, with the ACLED type it stands for."""

    event_type: str
    sub_event_type: str
    start: int
    end: int
    text: str
    strength: float


def sift_triggers(start: int, end: int, cues: Cues) -> list[Trigger]:
    """The triggers of the sentence ``cues.text[start:end]``: each match of the table's rows
    set aside, retyped or kept by the checks below, in their order (``lo``: where its
    look-back begins; ``before``: ``low[lo:at]``)."""
    text = cues.text
    low = cues.folded
    out: list[Trigger] = []
    bombed_troops: set[int] = set()  # where an attack on troops told by its bomb begins
    lasted: set[int] = set()  # where a siege told by how long it has lasted begins
    for row, m in cues.first_of(ROWS, start, end, folded=True):
        (etype, sub), _, strength = TRIGGER_TABLE[row]
        at, stop = m.start(), m.end()
        lo = max(start, at - _LOOK_BACK)
        if in_another_sense(low, lo, at, stop, end) or a_walkout(low, lo, at, stop, end) or \
                a_recording_made(low, lo, at, stop, end) or \
                no_ground_taken(low, lo, at, stop, end, sub == TERRITORY[1]) or \
                told_as_unreal(cues, low, lo, at, stop, end, sub) or \
                a_hospital_intake(low, at, stop) or \
                told_as_feared_or_guessed(cues, low, start, lo, at, stop, end) or \
                a_state_over_weeks(low, start, stop, end, etype, sub) or \
                told_as_sought(low, start, lo, at, etype) or \
                aid_on_its_way(low, lo, at, stop, end, sub) or \
                still_to_come(low, lo, at, stop, sub) or \
                a_truce_start_as_a_time(low, lo, at, stop, end, sub) or \
                a_deal_told_as_a_time(low, start, at, sub) or \
                closed_after_no_crossing_hit(low, start, at, sub) or \
                no_captive_held_or_freed(text, low, start, lo, at, stop, end, sub) or \
                hostages_taken(low, start, at, stop, end, sub) or \
                halted_or_of_the_war(low, stop, end, etype, sub):
            continue
        if a_frame_of_the_news(low, start, at, stop, end, etype) or \
                a_place_described_by_its_operations(low, start, at, stop, end,
                                                    etype == BATTLE[0]) or \
                a_place_named_the_focus(low, start, at, stop, etype == BATTLE[0]) or \
                a_place_described_by_attacks_on_it(low, start, at, stop, end,
                                                   etype in VIOLENT) or \
                told_of_the_people_or_the_place(low, start, lo, at, stop, end, etype, sub):
            continue
        # Words the checks below need, looked for as plain text first: most triggers have
        # none of them before them, and a substring test costs far less than a pattern.
        before = low[lo:at]
        if an_operation_named_or_a_cause(text, low, before, start, lo, at, end, etype) or \
                a_cause_of_a_flight(low, start, lo, at, stop, end, etype) or \
                displaced_by_it(text, low, before, start, lo, at, end, etype) or \
                told_as_a_habit(cues, text, low, before, start, lo, at, stop, end, etype) or \
                a_record_or_a_reason(text, low, before, start, lo, at, stop, end, etype) or \
                told_as_spared(low, before, lo, at) or \
                no_attack_of_its_own(low, start, lo, at, stop, end, etype, sub):
            continue
        etype, sub = retyped_by_who_struck(low, start, lo, at, stop, end, etype, sub)
        etype, sub = answered_fire(low, start, at, end, etype, sub)
        etype, sub = hostilities_of_the_bombardment(low, start, at, stop, end, etype, sub)
        etype, sub = shelled_from_the_air(low, lo, at, etype, sub)
        kind = typed_by_who_raided_or_pounded(low, start, at, stop, end, etype, sub)
        if kind is None:
            continue
        etype, sub = kind
        if a_span_or_a_share(low, before, start, lo, at, stop, end, etype):
            continue
        campaign = names_a_campaign(low, at, stop)
        if named_as_backdrop(low, before, start, lo, at, stop, end, etype, sub, strength,
                             campaign) or \
                release_sought(low, start, lo, at, sub) or \
                a_release_awaited(low, start, at, stop, sub == RELEASE[1]) or \
                told_as_about_to(low, lo, at, stop, end) or \
                moves_of_orders_kept_issuing(low, start, at, end, sub == DISPLACEMENT[1]) or \
                returning_when_it_happened(low, start, at, sub == RETURN[1]) or \
                a_known_site_emptied(low, start, at, stop, end, sub) or \
                etype in VIOLENT and inferred_from_the_bodies(low, start, lo, at) or \
                a_kind_a_stance_or_a_time(cues, low, before, start, lo, at, stop,
                                          end, etype):
            continue
        kind = typed_by_the_arms_named(low, lo, at, stop, end, etype, sub)
        if kind is None:
            continue
        etype, sub = kind
        if a_use_or_a_time(low, before, start, lo, at, stop, end, etype) or \
                named_in_passing(low, before, lo, at, stop, end, etype in VIOLENT,
                                 sub == IED[1], published=cues.published) or \
                etype in VIOLENT and etype != BATTLE[0] and \
                told_as_cover(low, before, start, lo, at, stop, end) or \
                told_as_going_on(low, start, at, stop, end, campaign, sub == SIEGE[1]):
            continue  # (told_as_going_on: "as Israeli siege of northern Gaza enters its
            # fourth week")
        if sub == SIEGE[1] and told_by_its_length(low, start, at, stop, end):
            lasted.add(at)
        if told_as_a_measure(low, start, at) or \
                sub == RELEASE[1] and freed_under_a_truce(low, start, at, stop, end) or \
                recalled_from_before(low, before, lo, at, stop, end, etype) or \
                arms_procured(low, start, at, stop, sub) or \
                a_bomb_that_hit_nothing(low, start, at, stop, end, sub) or \
                recovered_by_the_captors(low, start, at, sub) or \
                destroyed_from_afar(low, start, at, stop, end, sub) or \
                forced_out_by_no_force(low, start, at, stop, sub) or \
                explosives_left_or_found(low, start, at, stop, end, sub) or \
                a_trap_struck(low, lo, at, stop, sub) or \
                aid_not_delivered(low, start, lo, at, stop, end, sub) or \
                a_move_not_made(low, start, lo, at, stop, end, sub) or \
                delivery_as_a_circumstance(low, lo, at, sub) or \
                a_deal_named_by_its_start(low, lo, at, stop, end, sub, cues.published) or \
                a_running_total(low, lo, at, stop, end, sub) or \
                a_count_or_a_stock(low, before, lo, at, stop, end, etype, sub) or \
                a_plea_or_advice(low, start, at, stop, sub) or \
                a_siege_of_no_hospital(low, start, at, stop, sub) or \
                no_order_given(text, low, before, start, lo, at, stop, end, sub) or \
                the_displaced_described(text, low, start, lo, at, stop, end, sub) or \
                displaced_in_an_aside(low, lo, at, stop, end, sub) or \
                a_retreat(low, start, at, stop, sub) or \
                in_protest_of(low, lo, at, stop) or \
                the_fleeing_described(low, before, start, lo, at, stop, end, sub) or \
                no_flight_of_its_own(low, before, start, lo, at, stop, end, sub) or \
                set_ablaze_by_a_strike(low, lo, at, sub, out) or \
                set_ablaze_in_the_strike(low, at, stop, sub) or \
                a_ward_moved(low, start, at, stop, sub) or \
                a_fire_set_by_another(low, start, at, stop, end, sub) or \
                rockets_of_another_day(low, start, lo, at, end, sub, out) or \
                a_consequence_or_hindered(low, start, lo, at, stop, end, sub) or \
                no_act_told(low, lo, at, stop, end, sub) or \
                no_crossing_decision(low, start, at, stop, sub) or \
                no_place_left(text, low, lo, at, stop, end, sub):
            continue
        etype, sub = retyped_as_a_bomb(low, lo, at, stop, end, etype, sub)
        if (troops := troops_bombed_at(low, start, at, sub)) is not None:
            bombed_troops.add(troops)
            out.append(Trigger(etype, sub, at, stop, text[at:stop], strength))
            continue
        kind = typed_by_its_target(text, low, start, at, stop, end, etype, sub)
        if kind is None:
            continue
        etype, sub = retyped_as_a_rocket(text, low, at, *kind)
        out.append(Trigger(etype, sub, at, stop, text[at:stop], strength))
        if a_ground_assault_too(low, at, stop, sub):
            out.append(Trigger(*BATTLE, at, stop, text[at:stop], strength))
    out = _sieges_beside_an_attack_dropped(out, lasted)
    out = framed_siblings_dropped(out, low, start)
    out = _battles_of_a_bomb_dropped(out, bombed_troops)
    out = _combat_zones_of_an_order_dropped(out, low, start)
    out = _retyped_by_the_device(out, low)
    out = _retyped_as_attacks_on_aid_seekers(out, text, low, start, end)
    return _retyped_by_the_shelling(out, text)


# -- What the sentence's kept triggers say of each other ----------------------------------


def _sieges_beside_an_attack_dropped(out: list[Trigger], lasted: set[int]) -> list[Trigger]:
    """The triggers less the sieges told by their length (``lasted``: where they begin) beside
    an attack: "22 died when aircraft bombed a house in Beit Lahia, a town under siege for 68
    days", "the hospital, pulverised by bombing during a weeks-long siege": the siege told by
    its length beside an attack is that attack's backdrop, a state going on, not news of its
    own (not "thousands have been besieged in the north for three months", told alone: the
    siege is what the report tells)."""
    if lasted and any(t.event_type in VIOLENT and t.start not in lasted for t in out):
        return [t for t in out if t.start not in lasted or t.sub_event_type != SIEGE[1]]
    return out


def _battles_of_a_bomb_dropped(out: list[Trigger], bombed_troops: set[int]) -> list[Trigger]:
    """The triggers less the attacks on troops a bomb was planted for (``bombed_troops``:
    where they begin): one event, the bomb's."""
    if bombed_troops:
        return [t for t in out if not (t.start in bombed_troops and
                                       (t.event_type, t.sub_event_type) == BATTLE)]
    return out


def _combat_zones_of_an_order_dropped(out: list[Trigger], low: str,
                                      start: int) -> list[Trigger]:
    """The triggers less the order's words for its areas, beside an evacuation order:
    "issued evacuation orders for Beit Hanoon ..., calling them 'dangerous combat zones'"."""
    if any(t.sub_event_type == EVACUATION[1] for t in out):
        return [t for t in out if not a_combat_zone_in_the_order(low, start, t)]
    return out


def _retyped_by_the_device(out: list[Trigger], low: str) -> list[Trigger]:
    """The triggers, each strike that hit its target "with" a bomb told right after it
    retyped as the bomb: "the tank was targeted on Saturday with an explosive device"."""
    devices = [t for t in out if t.sub_event_type == IED[1]]
    if devices and any(t.sub_event_type == AIR[1] for t in out):
        return [Trigger(*IED, t.start, t.end, t.text, t.strength)
                if hit_with_the_device(low, t, devices) else t for t in out]
    return out


def _retyped_as_attacks_on_aid_seekers(out: list[Trigger], text: str, low: str, start: int,
                                       end: int) -> list[Trigger]:
    """The triggers, each "attack" on the crowd at the aid, with no aircraft told, retyped
    as an attack on civilians: "the Israeli attack on people waiting for aid trucks near the
    roundabout"."""
    if aid_seekers_attacked(text, low, start, end, out):
        return [Trigger(*ATTACK, t.start, t.end, t.text, t.strength)
                if an_attack_on_the_aid_crowd(text, start, end, t) else t for t in out]
    return out


def _retyped_by_the_shelling(out: list[Trigger], text: str) -> list[Trigger]:
    """The triggers, each word that names no weapon ("hit", "strikes") retyped as the
    shelling named right next to it: "the maternity ward was hit during shelling"."""
    shelling = [t for t in out if t.sub_event_type == SHELL[1]]
    if shelling:
        return [Trigger(*SHELL, t.start, t.end, t.text, t.strength)
                if hit_during_the_shelling(text, t, shelling) else t for t in out]
    return out
