"""Two weapons a sentence names at once, each an attack of its own.

"intense air strikes and artillery shelling targeted homes in Bani Suheila" is an air strike
and a shelling at each place, and "drones dropping explosives and robot vehicles packed with
explosives detonated in Sheikh Radwan" the drones' strikes and the robots' blasts; one unit
per clause and kind would code only the first, so the second weapon gets a unit, or a mark
(``weapon_apart``), of its own.
"""

from __future__ import annotations

import re

from geoevents.sentences import Span
from geoevents.trigger_table import AIR, IED, SHELL
from geoevents.triggers import GUNFIRE_WORDS, Trigger
from geoevents.units.record import EventUnit

# Two weapons from afar named together, each by its own word: "air strikes and artillery
# shelling", "artillery and aircraft", "tank fire and airstrikes", "warplanes and tanks"
# (up to two words between, "intense air strikes and heavy artillery shelling"; not a bare
# "strikes", which may be the guns': "strikes and shelling hit Rafah")
_AIR_NAMED = (r"(?:air\s*strikes?|air\s*raids?|aircraft|warplanes?|(?:fighter\s+)?jets|"
              r"drones?(?:\s+strikes?)?|aerial\s+(?:bombardment|bombing|strikes?)|"
              # "backed by intense air and artillery bombardment": one noun for both
              r"air(?=\s+and\s+(?:artillery|tank|naval)\s+(?:bombardment|bombing|strikes?|"
              r"fire|shelling|attacks?)\b))")
_GUNS_NAMED = (r"(?:(?:tank|artillery|naval)\s+(?:fire|shell(?:s|ing)|strikes?)|"
               r"artillery(?:\s+shells?)?|shelling|shells|tanks|gunboats?)")
_JOINED = r"(?:,\s*|\s+)(?:and|as\s+well\s+as|along\s+with)\s+(?:[\w-]+\s+){0,2}?"
_TWO_WEAPONS = re.compile(rf"\b(?P<air>{_AIR_NAMED}){_JOINED}(?P<guns>{_GUNS_NAMED})\b|"
                          rf"\b(?P<guns2>{_GUNS_NAMED}){_JOINED}(?P<air2>{_AIR_NAMED})\b", re.I)
# ... told as what others hit, or what was sent, heard or seen, not as what attacked: "its
# fighters shot down an Israeli drone and fired anti-tank shells at tanks", "ambushed tanks
# and drones in Shejaia", "the army deployed tanks and drones along the border", "residents
# could hear warplanes and artillery", "the sound of drones and tanks overnight"
_NOT_THE_ATTACKERS = re.compile(
    r"\b(?:at|against|down|downed|ambush\w*|target(?:s|ed|ing)?|attack(?:s|ed|ing)?|"
    r"confront\w*|engag(?:e|es|ed|ing)|destroy\w*|disabl\w*|deploy\w*|mass(?:ed|ing)|"
    r"mov(?:ed|ing)|brought|hear|hears|heard|hearing|saw|see|seen|spott\w*|watch\w*|"
    r"(?:sounds?|noise|roar|buzz\w*|rumble|hum)\s+of)"
    r"\s+(?:(?:the|an?|israeli|enemy|occupation|zionist|its|their|military|army|more|"
    r"several|two|three|four|dozens\s+of)\s+)*$", re.I)


# ... nor told as a war's weapons over a span: "Israel has pounded Khan Younis with air
# strikes and artillery shelling for months", "Israel's campaign of air strikes and
# shelling has destroyed much of Khan Younis"
_A_CAMPAIGN = re.compile(r"\b(?:campaign|for\s+(?:the\s+(?:past|last)\s+)?(?:\w+\s+)?"
                         r"(?:days|weeks|months|years)|since\s+(?:the\s+)?(?:war|start|"
                         r"beginning|outset|October))\b", re.I)


def two_weapons_joined(s: Span, clause: Span, clause_triggers: list[Trigger],
                        units: list[EventUnit]) -> dict[int, EventUnit]:
    """Code strikes and shelling named together as two attacks ("intense air strikes and
    artillery shelling targeted homes in Bani Suheila and Khuza'a", "Israeli aircraft and
    artillery struck Beit Lahia": an air strike and a shelling at each place), when the
    clause tells one of them as an attack of the day; the weapon named second gets a unit
    of its own (not "strikes and shelling", a bare "strikes" that may be the guns'). The
    answer maps the second weapon's unit to the first's, which takes a toll told with both
    ("air strikes and artillery fire killed 19": the strikes' toll, as the first named)."""
    own = [u for u in units if u.clause == clause and not u.from_casualty and
           u.strength >= 0.8 and (u.event_type, u.sub_event_type) in (AIR, SHELL)]
    if not own or any(u.weapon_apart for u in own):
        return {}
    joint = _TWO_WEAPONS.search(clause.text)
    # (not "Air strikes and shelling continued elsewhere, with 11 killed in a strike on a
    # house in Rafah": a strike of its own told after them, whose place that is; but
    # "warplanes and artillery pounded Beit Lahia": their own verb)
    if joint is None or any(t.event_type == AIR[0] and t.start > clause.start + joint.end() + 30
                            for t in clause_triggers) or \
            _NOT_THE_ATTACKERS.search(clause.text, max(0, joint.start() - 60), joint.start()) or \
            _A_CAMPAIGN.search(clause.text):
        return {}
    pair: list[EventUnit] = []
    names = (("air", AIR), ("guns", SHELL)) if joint.group("air") is not None else \
        (("guns2", SHELL), ("air2", AIR))
    for name, kind in names:
        unit = next((u for u in own if (u.event_type, u.sub_event_type) == kind), None)
        if unit is None:
            unit = EventUnit(*kind, clause.start + joint.start(name), clause, s,
                             max(u.strength for u in own))
            units.append(unit)
        pair.append(unit)
    first, second = pair
    second.weapon_apart = True
    return {id(second): first}


def toll_of_two_attacks(s: Span, toll_to: dict[int, EventUnit], units: list[EventUnit]) -> None:
    """Split a toll the sentence tells for its two weapons' attacks, told as two ("An
    Israeli air strike and tank shelling killed six Palestinians in Gaza City in two
    separate attacks": three to the strike and three to the shelling): ACLED divides a toll
    told for several events evenly among them, the first taking what is left over. A toll
    of the two weapons told as one attack stays the first's ("air strikes and artillery
    fire killed 19")."""
    if not toll_to:
        return
    from geoevents.tolls.strikes import strikes_told  # (the tolls package reads units)
    if strikes_told(s.text) != 2:
        return
    by_id = {id(u): u for u in units}
    for second_id, first in toll_to.items():
        second = by_id.get(second_id)
        if second is None or not first.fatalities or second.fatalities is not None:
            continue
        second.fatalities = first.fatalities // 2 or None
        first.fatalities -= second.fatalities or 0


# A bomb brought or planted on the ground, named as a weapon of its own: "robot vehicles
# packed with explosives", "explosive-laden armoured vehicles", "a roadside bomb", "an IED"
# (not "a booby-trapped building", "detonated explosives stored in the house": what a
# strike hit, or what it set off)
_PLANTED_WEAPON = re.compile(r"\b(?:robot(?:ic)?s?(?:\s+(?:vehicles?|carriers?|apcs?))?|"
                             r"(?:explosive|explosives|bomb)[- ](?:laden|packed|rigged|filled)\s+"
                             r"(?:[\w-]+\s+)?(?:vehicles?|carriers?|apcs?|trucks?|cars?|"
                             r"bulldozers?)|(?:vehicles?|carriers?|apcs?|trucks?|cars?|"
                             r"bulldozers?)\s+(?:packed|laden|loaded|rigged|filled)\s+with\s+"
                             r"explosives|IEDs?|explosive\s+devices?|roadside\s+bombs?|"
                             r"landmines?)\b", re.I)


def second_weapon(s: Span, units: list[EventUnit]) -> None:
    """Mark a planted bomb the sentence names beside strikes from afar as an attack of its
    own ("a night of bombardment, with drones dropping explosives and robot vehicles packed
    with explosives detonated in Sheikh Radwan": the drones' strikes and the robots' blasts,
    two weapons at each place)."""
    told = [u for u in units if not u.from_casualty and u.strength >= 0.8]
    far = [u for u in told if (u.event_type, u.sub_event_type) in (AIR, SHELL)]
    planted = [u for u in told if (u.event_type, u.sub_event_type) == IED]
    weapons = list(_PLANTED_WEAPON.finditer(s.text)) if far and len(planted) == 1 else []
    if not weapons:
        return
    bomb = planted[0]
    weapon = min(weapons, key=lambda m: abs(s.start + m.start() - bomb.anchor))
    # (and told going off: not "targeted a Hamas cell planting explosive devices", "hit a
    # workshop making IEDs": what the strike hit)
    if abs(s.start + weapon.start() - bomb.anchor) > 60:
        return
    # told as gone off, the bomb going off (not "were trying to detonate an explosive
    # device": a bomb that never went off); told before the verb, or after it only when
    # the bomb is a vehicle brought to the place (not "an air strike detonated explosive
    # devices planted by Hamas", "engineers detonated explosive devices found in tunnels":
    # bombs the strike set off, or the army got rid of)
    if _WENT_OFF.match(s.text, weapon.end(), weapon.end() + 40) or \
            _BROUGHT.match(weapon.group()) and _WENT_OFF_BEFORE.search(
                s.text, max(0, weapon.start() - 40), weapon.start()):
        bomb.weapon_apart = True


_WENT_OFF = re.compile(r"[^.;]*?\b(?:detonated|exploded|went\s+off|blew\s+up|blown\s+up)\b",
                       re.I)
_WENT_OFF_BEFORE = re.compile(r"\b(?:detonated|blew\s+up)\s+(?:[\w-]+\s+){0,3}$", re.I)
_BROUGHT = re.compile(r"robot|.*\b(?:vehicles?|carriers?|apcs?|trucks?|cars?|bulldozers?)\b",
                      re.I)


def the_drones_guns(kind: tuple[str, str], t: Trigger) -> bool:
    """Whether a strike's word ``t`` tells the drones' gunfire: "Quadcopters opened fire on
    residents trying to leave" is the drones' guns, an attack of its own beside the shells
    or bombs that hit the place."""
    return kind == AIR and t.text.lower().startswith(GUNFIRE_WORDS)
