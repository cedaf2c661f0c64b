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

from geoevents.actors import (
    CIVILIANS,
    CIVILIANS_ISRAEL,
    HAMAS,
    ISRAELI,
    ONE_SIDED,
    PALESTINIAN_ARMED,
    find_actors,
)
from geoevents.anchored import Cues
from geoevents.event_actors.captives_and_truces import (
    captives_are_soldiers,
    freed_by_a_group,
    hostages_freed,
    killed_by_their_captors,
    prisoners_freed_by_israel,
    rescued_by_force,
    without_the_tellers_of_a_release,
)
from geoevents.event_actors.civilians_hit import (
    aid_seekers_hit,
    army_deed_unnamed,
    civilians_named,
    claimed_target,
    homes_demolished,
    people_killed,
    victims_told,
)
from geoevents.event_actors.describers import describers
from geoevents.event_actors.harm_authors import israeli_forces_hit, troops_hit_unnamed
from geoevents.event_actors.other_parties import (
    GOVERNMENT_OF_ISRAEL,
    UNIDENTIFIED_ARMED,
    aid_actors,
    attackers_unidentified,
    clan_fight_sides,
    israel_agrees,
    looters_named,
)
from geoevents.event_actors.truce_parties import truce_parties_aside
from geoevents.event_actors.who_acted import (
    acting_parties,
    armed_parties,
    army_tells_fire_at_troops,
    army_tells_its_dead,
    attack_on_troops_sides,
    bomb_on_its_troops,
    by_agent_first,
    dead_before_its_own_deed,
    fire_from_the_strip,
    fire_on_troops_sides,
    firer_told,
    first_group,
    holding_party,
    named_by_its_group,
    named_in_the_sentence,
    other_sides_group,
    other_sides_names,
    own_drone_at_israeli,
    own_fighters_claim,
    strike_author,
    strike_named_on,
    struck_by_a_strike,
    struck_objects,
    without_fire_tellers,
    without_sources,
)
from geoevents.trigger_table import AID, ATTACK, BATTLE
from geoevents.units import EventUnit


def unit_actors(unit: EventUnit, cues: Cues) -> tuple[str | None, str | None]:
    """(actor1, actor2) of one event unit: who acted as its clause or sentence names them,
    and who was fought or hit; a source ("according to ...") is neither."""
    text = cues.text
    if unit.sub_event_type == AID[1]:
        return aid_actors(unit, cues)
    claim = own_fighters_claim(text, unit, cues)
    if claim is not None:
        return claim
    named = find_actors(text, unit.clause.start, unit.clause.end, cues=cues)
    sides = fire_on_troops_sides(text, unit, named) or attack_on_troops_sides(text, unit, named)
    if sides is not None:
        return sides
    named = describers(text, without_sources(named_in_the_sentence(text, unit, cues, named),
                                             unit, cues))
    named = truce_parties_aside(text, unit.event_type, unit.sentence.start, named)
    armed = armed_parties(text, named)
    civilians = civilians_named(named, unit)
    struck = struck_objects(text, armed)
    acting = acting_parties(text, unit, cues, armed, struck)
    firer = firer_told(text, unit, armed, struck)
    if firer is not None or fire_from_the_strip(text, unit):
        armed, acting = without_fire_tellers(text, armed, acting, firer)
        if firer is None and not acting:
            # (projectiles fired from the Strip, no one named as acting: its armed groups')
            return PALESTINIAN_ARMED, None
    acting = named_by_its_group(text, acting, armed)
    acting = by_agent_first(text, unit, acting)
    acting = without_the_tellers_of_a_release(text, unit, acting)
    told_by, actor1 = strike_named_on(text, unit, acting[0] if acting else None, acting)
    if unit.sub_event_type in ONE_SIDED:
        armed = struck_by_a_strike(text, unit, armed)
        if own_drone_at_israeli(text, unit, actor1, armed):
            return actor1.name, ISRAELI
        actor1, armed = strike_author(text, unit, actor1, acting, armed)
    looters = looters_named(text, unit, actor1, armed)
    if looters is not None:
        return looters, None
    if attackers_unidentified(text, unit, actor1):
        return UNIDENTIFIED_ARMED, CIVILIANS
    others = other_sides_names(armed, actor1, told_by)
    if (unit.event_type, unit.sub_event_type) == BATTLE:
        others = others or holding_party(named, armed)
        sides = clan_fight_sides(text, unit, actor1, armed, others)
        if sides is not None:
            return sides
        if dead_before_its_own_deed(text, unit, actor1) or \
                army_tells_its_dead(text, unit, cues, actor1) or \
                army_tells_fire_at_troops(text, unit, actor1):
            return other_sides_group(armed, struck, unit), ISRAELI
        if actor1 is None and not others and troops_hit_unnamed(text, unit):
            return None, ISRAELI
        return (actor1.name if actor1 else None), others[0] if others else None
    if bomb_on_its_troops(text, unit, actor1):
        return first_group(armed), ISRAELI
    if prisoners_freed_by_israel(text, unit, actor1):
        return GOVERNMENT_OF_ISRAEL, CIVILIANS
    if rescued_by_force(text, unit, actor1):
        return ISRAELI, ISRAELI if captives_are_soldiers(text, unit) else CIVILIANS_ISRAEL
    if killed_by_their_captors(text, unit, actor1):
        # (Hamas where no other is named)
        return (actor1.name if actor1 else HAMAS), CIVILIANS_ISRAEL
    if freed_by_a_group(unit, actor1):
        civilians = []
    victims = victims_told(unit, civilians, others)
    if claimed_target(text, unit, actor1, armed, victims):
        # (with no dead told, the ones hit are those a toll told next names)
        victims = [CIVILIANS] if unit.casualty_phrases else []
    if hostages_freed(text, unit, actor1):
        # (who frees them is who held them, Hamas where the text names no other)
        return (actor1.name if actor1 else HAMAS), \
            ISRAELI if captives_are_soldiers(text, unit) else CIVILIANS_ISRAEL
    if israel_agrees(text, unit, actor1):
        return GOVERNMENT_OF_ISRAEL, victims[0] if victims else None
    if not victims and israeli_forces_hit(text, unit, actor1):
        victims = [ISRAELI]
    if not victims and (people_killed(text, unit, actor1) or unit.event_type == ATTACK[0]):
        # (violence against civilians has civilians on the other side by definition: ACLED
        # names them by the country where it happens)
        victims = [CIVILIANS]
    name = actor1.name if actor1 else None
    if name is None and army_deed_unnamed(text, unit, victims, armed):
        name = ISRAELI
    if name == ISRAELI and not victims and \
            (aid_seekers_hit(text, unit) or homes_demolished(text, unit)):
        victims = [CIVILIANS]
    return name, victims[0] if victims else None
