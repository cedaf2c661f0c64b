"""Event units: what a sentence says happened, before it is placed and dated.

A trigger ("airstrikes", "clashes", "evacuation order") makes a unit; casualty counts
attach to the nearest violent unit of their clause, or make a unit of their own when
their clause names its own place ("the deaths of two soldiers in northern Gaza amid
combat in Shejaia" is two units). Read by :mod:`geoevents.locate` and
:mod:`geoevents.events`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from geoevents.anchored import Cues
from geoevents.casualties import RANKS, Casualty
from geoevents.dates import MONTH_NAMES
from geoevents.in_passing import CAMPAIGN_START, STARTED_ON
from geoevents.model import Mention
from geoevents.sentences import Span, split_clauses
from geoevents.trigger_table import (
    AID,
    AID_SOUGHT,
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

__all__ = ["EventUnit", "build_units", "counts_combatants", "folded_into", "israeli_dead",
           "days_tally", "recovered_listed"]

_OWN_ATTACKS = frozenset({AIR[1], IED[1]})
# the kinds of attack a bare count of the hurt after it belongs to ("Six others were wounded.")
_HURT_AFTER = frozenset({AIR, IED, SHELL, ATTACK, BATTLE})
_TOLD_HURT = re.compile(r"\b(?:the|these|those|both)\s+(?:other\s+)?$", re.I)
_HURT_VERB = re.compile(r"\b(?:was|were|been|is|are)\b", re.I)
_HURT_TOO = re.compile(r"\s*[,;]?\s*(?:and|while)\s+", re.I)
# ... or told as the hurt carried to care: "more than 180 wounded people were taken to a
# trauma stabilisation point" (not "76 wounded were expected to cross", "were evacuated")
_HURT_TAKEN = re.compile(r"\s+(?:people\s+|persons\s+|Palestinians\s+)?(?:were|had\s+been|"
                         r"have\s+been)\s+(?:taken|brought|rushed|admitted|carried)\s+to\b",
                         re.I)
# (not "300 wounded people were taken to hospitals in recent days", "during the week": the
# hurt of many days)
_TAKEN_OVER_DAYS = re.compile(r"\b(?:in\s+recent\s+(?:days|weeks)|(?:during|over|throughout)\s+"
                              r"the\s+(?:(?:past|last)\s+)?(?:week|days)|this\s+week|"
                              r"every\s+day|each\s+day|daily)\b", re.I)
# ... not the hurt of another time: "Another soldier was wounded last month", "Two years ago,
# 40 people were injured", "have been wounded since the war began"
_HURT_ELSEWHEN = re.compile(r"\b(?:(?:last|previous|past)\s+(?:week|month|year)s?|"
                            r"(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?)\s+ago|"
                            r"earlier\s+this\s+(?:week|month|year)|since|in\s+(?:19|20)\d\d|"
                            r"(?:in|during|throughout)\s+the\s+(?:war|conflict))\b", re.I)
# (and an army's ranks: "a lieutenant colonel and a major were killed in southern Gaza")
# ("40 terrorists", "two Hamas operatives", "21 reservists": an army's words for fighters)
_COMBATANTS = re.compile(r"soldiers?|troops|fighters?|militants?|gunm[ae]n|commanders?|officers?|"
                         r"terrorists?|operatives?|combatants?|reservists?|troopers?|"
                         rf"{RANKS}", re.I)
# Combatants an Israeli strike does not kill: their deaths at its place are fighting there
_ISRAELI_SIDE = re.compile(rf"soldiers?|troops|troopers?|reservists?|officers?|{RANKS}", re.I)
_SHOT = re.compile(r"\b(?:shot|shooting|gunfire|gunshots?|fired (?:on|at)|opened fire|snipers?|"
                   # soldiers on the ground, with no weapon named: "Israeli troops kill nine
                   # Palestinians", "Israelis fire at a vehicle carrying a family"
                   # (not "soldiers were killed", their own deaths, nor "a fire at a tent",
                   # "a drone fires at", "tanks fire on": a blaze, a strike, shelling)
                   r"(?:troops|soldiers) (?!(?:were|was|are|is|been|being|had been|have been) )"
                   r"(?:\w+ )?(?:kill|kills|killed)|"
                   r"(?:israelis|troops|soldiers|forces|police|snipers|settlers|guards) "
                   r"(?:\w+ ){0,2}?fires? (?:on|at)|"
                   r"bullets?|executed|stabbed|beaten|(?:seeking|waiting for|collecting) "
                   r"(?:humanitarian )?(?:aid|food)|aid (?:distribution )?(?:sites?|points?|"
                   r"centres?|centers?|hubs?)|distribution (?:sites?|points?|centres?|centers?)|"
                   r"aid seekers)\b", re.I)
# A raid to free hostages: "an Israeli military operation in Nuseirat to rescue four
# hostages", "a hostage rescue operation" (not "a rescue operation to recover bodies")
_RESCUE_RAID = re.compile(r"\b(?:(?:operation|raid|mission)\s+(?:[\w'’-]+\s+){0,4}?to\s+"
                          r"(?:rescue|free|extract)\s+(?:[\w'’-]+\s+){0,3}?(?:hostages?|"
                          r"captives?|abductees)|hostage[- ]rescue\s+(?:operation|raid|mission))\b",
                          re.I)
# Gunfire that killed the army's men: "a soldier was killed by gunfire", "shot dead by a
# gunman", "sniper fire" (not "troops opened fire on crowds, and a soldier was killed in a
# stampede": the fire not what killed them)
_FIRE_AT_TROOPS = re.compile(r"\b(?:(?:killed|shot|wounded|injured|hit)\s+(?:[\w'’-]+\s+){0,3}?"
                             r"by\s+(?:[\w'’-]+\s+){0,2}?(?:gunfire|gunmen|gunman|sniper\w*|"
                             r"bullets?|fire|militants?|fighters?|shooters?|assailants?)|"
                             r"shot dead|gunned down|sniper fire)\b", re.I)
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
# "across the Strip", "throughout the Gaza Strip": a toll of the whole Strip
_ACROSS_THE_STRIP = re.compile(r"\b(?:across|throughout|all over|in all of)\s+(?:the\s+)?"
                               r"(?:gaza\s+strip|strip|gaza|enclave|territory)\b", re.I)
# Israel's own fire that killed its men: "a soldier was killed by friendly fire", "hit by
# mistake by an Israeli strike"
_OWN_FIRE = re.compile(r"\b(?:friendly fire|by mistake|mistaken(?:ly)?|misidentif\w*|in error|"
                       r"operational accident|own (?:fire|forces|troops))\b", re.I)
# The dead told killed by the army's fire, no weapon named: "martyred by occupation fire",
# "killed and three injured yesterday by Israeli army fire" (not "by drone fire", "by
# tank fire", "by artillery fire": a strike or shelling)
_FIRER = (r"(?:israeli|occupation|idf|iof|enemy)(?:\s+(?:army|forces|troops|soldiers|military|"
          r"occupation))?(?:['’]s?)?\s+(?:gun)?fire")
# ... and the fire told first: "Israeli fire killed at least 17 people there"
_ARMY_FIRE = re.compile(r"\b(?:killed|martyred|shot|wounded|injured)\s+(?:[\w'’-]+\s+){0,4}?"
                        rf"by\s+(?:the\s+)?{_FIRER}\b|\b{_FIRER}\s+(?:had\s+|has\s+)?"
                        r"(?:killed|wounded|injured)\b", re.I)
# Troops on the ground who killed, told before a count of fighters with no weapon named
# ("troops in western Rafah had killed several militants", "ground forces operating in
# Shujaiya eliminated dozens of terrorists"; not "troops called in an airstrike that killed
# five gunmen", "forces said jets killed": a weapon from afar named between)
_GROUND_KILLERS = re.compile(
    r"\b(?:troops|soldiers|ground (?:forces|troops)|infantry|paratroopers|commandos|"
    r"special forces)\b(?:(?!\b(?:air\w*|jets?|drones?|warplanes?|aircraft|strikes?|"
    r"shell\w*|artillery|tanks?|missiles?|bombs?|said|says|were|was|been)\b)[^.;:])*?"
    r"\b(?:had |have |has )?(?:killed|kill|kills|eliminated|eliminating|killing)\b",
    re.I)
# ... or the army itself, in a clause of its own with no weapon named ("The army said its
# troops were in Gaza City, that it had killed dozens of fighters, and that a commander had
# been killed in an air strike": the fight's dead, not the strike's told in the next clause;
# not "it had killed 20 militants in air strikes": the weapon its own; nor "Jets struck
# Rafah, and the army said it had killed 20 militants": the strike told first, its toll;
# nor "The occupation claimed that it killed nineteen militants" after the sentence of the
# strike on the school: no strike of the sentence's own to be told apart from)
_ARMY_KILLED = re.compile(r"\b(?:it|the\s+(?:army|military|IDF)|IDF|(?:its|Israeli)\s+forces)"
                          r"\s+(?:had\s+|has\s+|have\s+)?(?:killed|eliminated)\b", re.I)
_WEAPON_NAMED = re.compile(r"\b(?:air\w*|jets?|drones?|warplanes?|aircraft|strikes?|shell\w*|"
                           r"artillery|tanks?|missiles?|bombs?|bombing|rockets?|explosi\w+)\b",
                           re.I)
_MEDEVAC = re.compile(r"\bevacuat\w*\s+(?:of\s+)?(?:about\s+|some\s+|at least\s+)?[\d,]+\s+"
                      r"(?:\w+\s+)?(?:wounded|injured|sick|patients)|\b(?:wounded|injured|sick)"
                      r"\s+(?:\w+\s+){0,3}(?:were|was|had been)\s+evacuated", re.I)
_IN_FIGHTING = re.compile(r"\b(?:operations?|fighting|combat|clash\w*|battles?|offensive)\b",
                          re.I)
# "health authorities said 147 people had been killed in the last 24 hours": the day's
# tally of the Strip, not the toll of the attack told before (see locate)
DAYS_TALLY = re.compile(r"\b(?:in|over|during|within|for)\s+the\s+(?:past|last|previous|"
                        r"preceding)\s+(?:24|48|72|twenty-four|forty-eight)\s+hours\b", re.I)
# ... not a place's, told again by a word for it: "Israeli strikes hit Jabalia on Monday.
# The civil defence said 25 people were killed in the camp over the past 24 hours",
# "40 people were killed there in the past 24 hours"
_A_PLACE_TOLD_AGAIN = re.compile(
    r"\b(?:(?:in|at|inside|around|near)\s+(?:the|that|this)\s+(?:same\s+)?(?:city|camp|town|"
    r"area|neighbou?rhood|district|village|quarter|hospital|school|shelter|refugee\s+camp)|"
    r"(?:killed|died|dead|wounded|injured|martyred)\s+there)\b", re.I)


def days_tally(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` tells a day's tally of the last 24 or 48 hours (DAYS_TALLY)
    that names no place told before by a word for it ("in the camp", "there")."""
    end = len(text) if end is None else end
    return DAYS_TALLY.search(text, start, end) is not None and \
        _A_PLACE_TOLD_AGAIN.search(text, start, end) is None


# Sniper fire or gunfire in a firefight is the battle's weapon
_FIRE = re.compile(r"(?i)sniper(?: fire)?|gunfire")
# ("clashed with Hamas fighters, where sniper fire killed a nurse": fire told to have hit
# someone, an attack of its own)
_FIRE_HARMS = re.compile(r"\s+(?:\w+\s+){0,2}?(?:kill\w*|wound\w*|injur\w*)", re.I)
# "a truck carrying aid overturns on civilians, killing 25": an accident, told in the
# count's own clause or before it (not "... killed in Rafah, and a third was hurt when his
# vehicle overturned")
_ACCIDENT = re.compile(r"\b(?:overturn(?:s|ed|ing)?|(?:traffic|road|car) (?:accident|crash)|"
                       r"stampedes?|"
                       # "killed after a fire broke out at a bakery", "a gas leak" (not
                       # "killed in Nuseirat and fires broke out in nearby tents": a fire
                       # not said to have killed them)
                       r"(?:after|when|as)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?fires?\s+broke\s+out|"
                       r"gas (?:leaks?|cylinders?)|electrocut\w*|drown\w*|"
                       # "the aid crate killed five people": an airdrop gone wrong, the crate
                       # what fell or killed (not "killed near an airdrop site", "gathered to
                       # collect aid crates": where people were when something else hit them)
                       r"(?:crates?|pallets?|airdrops?|parcels?|packages?|box(?:es)?)"
                       r"(?: of (?:aid|food))? (?:\w+ ){0,2}?(?:fell|falling|fall|falls|landed|"
                       r"landing|crashed|crushed|killed|kills|killing|hit|struck)|"
                       r"(?:crates?|pallets?|parcels?|packages?|box(?:es)?) (?:dropped|released|"
                       r"falling|fell) from (?:an? |the )?(?:(?!(?:drones?|quadcopters?)\b)"
                       r"[\w-]+ ){1,2}(?:hit|struck|landed|"
                       r"crashed|killed)|"
                       # "after packages of aid that had been airdropped fell on them": the
                       # aid named, then how it came down, then its fall
                       # (not "packages dropped by an Israeli drone fell on people": the
                       # drone's drop, a strike)
                       r"(?:crates?|pallets?|parcels?|packages?|box(?:es)?|bundles?) "
                       r"(?:(?!(?:drones?|quadcopters?)\b)[\w-]+ ){0,6}?"
                       r"(?:air-?dropped|dropped|released|parachuted) "
                       r"(?:(?!(?:drones?|quadcopters?)\b)[\w-]+ ){0,4}?"
                       r"(?:fell|landed|crashed) (?:on|onto|upon)|"
                       r"(?:crushed|hit|struck|killed) by (?:\w+ ){0,3}?(?:crates?|pallets?|"
                       r"airdrops?|air-?dropped)|"
                       r"parachutes? (?:\w+ ){0,2}?(?:failed|did not open|malfunctioned))\b", re.I)
_NONVIOLENT_DEATH = re.compile(
    r"\b(?:due to|from|of|because of)\s+(?:the\s+)?(?:lack of|shortage of|starvation|"
    r"malnutrition|hunger|famine|dehydration|hypothermia|cold|disease|illness|natural causes|"
    r"power cuts?)|\b(?:when|after|as)\s+(?:their\s+|the\s+|its\s+)?(?:life support|"
    r"incubators?|oxygen|generators?|electricity|power supply)|"
    # "famine claimed the lives of at least 28 children"
    r"\b(?:starvation|malnutrition|hunger|famine|dehydration|hypothermia|disease|illness)"
    r"(?:\s+and\s+\w+)?\s+(?:has\s+|have\s+|had\s+)?claim\w*\s+the\s+lives\b|"
    # "the lack of food led to the deaths of 10 children"
    r"\b(?:lack|shortages?|absence) of (?:[\w-]+ ){1,3}(?:led|leading|has led|have led) to "
    r"(?:the )?deaths?\b",
    re.I)


# ", as hospitals reported a growing number of deaths from starvation": other news told
# beside the count, not what its dead died of
_OTHER_NEWS = re.compile(r",\s+(?:as|while|and)\s+(?:[\w'’-]+\s+){0,4}?(?:reported|said|warned|"
                         r"recorded|announced|confirmed)\b", re.I)


# the same dead pointed back to, or the teller's word set off by commas
_ASIDE = re.compile(r"\s*,")
_SAME_DEAD = re.compile(r"\b(?:they|them|their|these|those|he|she|his|her|the\s+(?:dead|"
                        r"victims|deceased|children|patients))\b", re.I)


def _nonviolent(s: Span, c: Casualty) -> bool:
    """Whether the count's sentence tells its dead died of hunger, cold or the like (not
    "Israeli forces killed at least 67 Palestinians ..., as hospitals reported a growing
    number of deaths from starvation": the hunger of others)."""
    hit = _NONVIOLENT_DEATH.search(s.text)
    if hit is None:
        return False
    at = c.end - s.start
    news = _OTHER_NEWS.search(s.text, at, hit.start()) if hit.start() > at else None
    # (not "12 patients died, as doctors said they ... died of hunger", "five children died,
    # as doctors said, of malnutrition": the count's own dead, told again)
    return news is None or _ASIDE.match(s.text, news.end()) is not None or \
        _SAME_DEAD.search(s.text, news.end(), hit.start()) is not None


@dataclass
class EventUnit:
    """One thing a sentence says happened, with the span that says it."""

    event_type: str
    sub_event_type: str
    anchor: int  # offset of the trigger or casualty phrase
    clause: Span
    sentence: Span
    strength: float
    from_casualty: bool = False
    segment_start: int = 0  # a casualty unit's place is named after the previous count
    fatalities: int | None = None
    injuries: int | None = None
    casualty_phrases: list[Casualty] = field(default_factory=list)
    # a second weapon the sentence names beside a strike: a planted bomb, or the second of
    # "air strikes and artillery shelling"
    weapon_apart: bool = False


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


def _two_weapons_joined(s: Span, clause: Span, clause_triggers: list[Trigger],
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


def _second_weapon(s: Span, units: list[EventUnit]) -> None:
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


# "..., and the remaining 13 in Khan Younis a few hours later": the rest of those the clause
# before tells of, at a place of their own, the verb left out
_THE_REST = re.compile(r"\W*(?:and|while|with|then)\s+(?:then\s+)?(?:the\s+)?(?:remaining|rest|"
                       r"others?|last|final)\b(?:\s+(?:of\s+(?:the|them)\s+)?(?!(?:remain\w*|are|were|was|is|"
                       r"still|held|kept|stay\w*|have|has|had|be|being|been|will|would|"
                       r"could|may|might|expected|due|set|scheduled)\b)"
                       # (nor "the rest expected in Khan Younis": a word of their own on them)
                       r"(?![\w-]+(?:ed|ing)\b)[\w-]+){0,2}?\s+(?:in|at)\s+")
# (not "while others remain held in tunnels in Khan Younis": a verb of their own)
# ... nor one after the place: "while the remaining trucks in Rafah were turned back", "the
# rest of the captives in Rafah will be freed next week" (only a time may follow: "..., and
# the remaining 13 in Khan Younis a few hours later")
_OWN_VERB_AFTER = re.compile(r"(?i)\b(?:is|are|was|were|will|would|could|can|may|might|must|"
                             r"should|shall|remain\w*|stay\w*|still|been|be|being|has|have|"
                             r"had|do|did|does|not)\b|\b(?!(?:hundred|red)\b)\w+ed\b")


def _the_rest_elsewhere(clauses: list[Span], units: list[EventUnit],
                        gaza: list[Mention]) -> list[EventUnit]:
    """A development told again, the verb left out, for the rest of those it concerns at a
    place of their own ("The first seven hostages were handed to the Red Cross in Gaza City,
    and the remaining 13 in Khan Younis"): one more unit of its kind, at that place."""
    out: list[EventUnit] = []
    for clause in clauses[1:]:
        hit = _THE_REST.match(clause.text)
        if hit is None or any(u.clause.start <= u.anchor < u.clause.end and
                              clause.start <= u.anchor < clause.end for u in units) or \
                not any(clause.start + hit.end() <= m.start < clause.end for m in gaza):
            continue
        place = min((m for m in gaza if clause.start + hit.end() <= m.start < clause.end),
                    key=lambda m: m.start)
        if _OWN_VERB_AFTER.search(clause.text, place.end - clause.start):
            continue
        told = [u for u in units if u.event_type not in VIOLENT and u.anchor < clause.start]
        if not told:
            continue
        last = max(told, key=lambda u: u.anchor)
        out.append(EventUnit(last.event_type, last.sub_event_type, clause.start + hit.end(),
                             clause, last.sentence, last.strength))
    return out


def folded_into(t: Trigger, unit: EventUnit) -> bool:
    """Whether the event word ``t``, told in ``unit``'s clause, makes no event of its own
    but is part of the unit's, as :func:`build_units` folds it ("tanks shelled eastern
    Rafah, with troops raiding homes": the weaker cue; "battled troops in Jabalia, with the
    Qassam Brigades saying it fired mortars": the battle's own fire)."""
    if t.event_type not in VIOLENT or unit.strength < 0.8:
        return False
    return t.strength < 0.7 or (unit.event_type, unit.sub_event_type) == BATTLE and \
        t.event_type == "Explosions/Remote violence" and t.sub_event_type not in _OWN_ATTACKS


def _fire_with_own_places(clause: Span, ctrig: list[Trigger], gaza: list[Mention],
                          s: Span) -> int | None:
    """Where shelling told with a battle, at places of its own, begins: "fighting raged in
    southern Gaza, with heavy shelling around Bani Suhaila and Abasan" is fighting in
    southern Gaza and shelling at the two towns, and "fighting raged in Khan Younis, where
    snipers had fired on Nasser Hospital" fighting in the city and an attack on the hospital
    (not "intense fighting in Khan Younis involving shelling and heavy gunfire": the
    battle's own fire, at its place)."""
    battle = [t for t in ctrig if (t.event_type, t.sub_event_type) == BATTLE]
    fire = [t for t in ctrig if t.sub_event_type in (SHELL[1], ATTACK[1])]
    if not battle or not fire:
        return None
    first = min(t.start for t in battle)
    lead = min(fire, key=lambda t: t.start)
    shell = lead.start
    if shell < first or any(first < t.start > shell for t in battle):
        return None
    joint = (_WITH_FIRE if lead.sub_event_type == SHELL[1] else _WHERE_FIRE).search(
        s.text, max(0, first - s.start), shell - s.start)
    if joint is not None:
        at = s.start + joint.start()
        battle_at = {m.place_id for m in gaza if first < m.start < at}
    else:
        aside = _WHERE_ASIDE.search(s.text, max(0, first - s.start - 40), first - s.start)
        if aside is None or "," not in s.text[first - s.start:shell - s.start]:
            return None
        # "In Khan Younis, where ground operations have expanded since 1 December, Al Mezan
        # documented shelling of homes in Bani Suheila": the fighting an aside tells of the
        # place before it, the shelling the main clause's, at places of its own
        at = s.text.rindex(",", 0, shell - s.start) + s.start
        battle_at = {m.place_id for m in gaza if clause.start <= m.start < s.start + aside.start()}
        # the shelling's own places told in its own words (not "..., shelling killed five
        # people, medics at Nasser Hospital said": who told it; nor "residents said shelling
        # forced them to flee to al-Mawasi": where they went)
        stop = _AFTER_FIRE.search(s.text, shell - s.start)
        end = min(clause.end, s.start + stop.start()) if stop is not None else clause.end
        if not any(shell < m.start < end and m.place_id not in battle_at and
                   _GONE_TO.search(s.text, 0, m.start - s.start) is None for m in gaza):
            return None
    # (not "clashes erupted in Shujaiya, with shelling hitting homes near the Shujaiya
    # market": the battle's own place again, its own fire)
    if not battle_at or not any(shell < m.start < clause.end and m.place_id not in battle_at
                                for m in gaza):
        return None
    return at


def _weapons_apart(clause: Span, ctrig: list[Trigger], gaza: list[Mention],
                   s: Span) -> int | None:
    """Where the second of two kinds of fire from afar, each told at places of its own and
    joined by "and", begins: "heavy tank fire east of Bureij and strikes in Nuseirat" is
    shelling at Bureij and strikes at Nuseirat (not "strikes and shelling hit Rafah and
    Khan Younis": both at both)."""
    remote = sorted((t for t in ctrig if t.event_type == "Explosions/Remote violence"),
                    key=lambda t: t.start)
    for first, second in zip(remote, remote[1:]):
        if first.sub_event_type == second.sub_event_type:
            continue
        before = [m for m in gaza if first.end <= m.start < second.start]
        after = {m.place_id for m in gaza if second.end <= m.start < clause.end}
        if not before or not after or after & {m.place_id for m in before}:
            continue
        joint = _AND_NEXT.search(s.text, before[-1].end - s.start, second.start - s.start)
        if joint is not None:
            return s.start + joint.start()
    return None


# "... east of Bureij and strikes": "and" (or "as well as") with up to two words before
# the second weapon
_AND_NEXT = re.compile(r"\s(?:and|as well as)\s+(?:[\w'’-]+\s+){0,2}$")


def _raid_with_own_place(clause: Span, ctrig: list[Trigger], gaza: list[Mention]
                         ) -> int | None:
    """Where strikes told after a raid with a place of its own begin: "troops raided Gaza's
    largest hospital, Shifa, ... in an operation accompanied by heavy gunfire and airstrikes
    in the surrounding Rimal neighborhood" is a raid on Shifa and strikes on Rimal (not
    "troops advanced into Rafah amid heavy airstrikes": one event, the strikes' place the
    raid's)."""
    raid = [t for t in ctrig if (t.event_type, t.sub_event_type) == BATTLE and t.strength < 0.7]
    strong = [t for t in ctrig if t.event_type in VIOLENT and t.strength >= 0.8 and
              (t.event_type, t.sub_event_type) != BATTLE]
    if not raid or not strong:
        return None
    first, at = min(t.start for t in raid), min(t.start for t in strong)
    if at < first:
        return None
    before = {m.place_id for m in gaza if first < m.start < at}
    after = {m.place_id for m in gaza if at < m.start < clause.end}
    return at if before and after and not after & before else None


# ", with heavy shelling", ", with residents reporting shelling", "amid artillery fire"
_WITH_FIRE = re.compile(r",?\s+(?:with|amid|amidst)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# ", where ground operations have expanded": an aside on the place before it, opening with
# the battle
_WHERE_ASIDE = re.compile(r",\s+where\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# The end of the shelling's own words after an aside: the next comma or a flight told
_AFTER_FIRE = re.compile(r"[,;]|\b(?:flee|fled|fleeing|flight|escape|escaped)\b", re.I)
# "... to al-Mawasi": a place gone to
_GONE_TO = re.compile(r"\b(?:to|towards?|into)\s+(?:the\s+)?$", re.I)
# "Fighting raged in Khan Younis, where officials said snipers had fired on Nasser
# Hospital": gunfire at a site of its own, told in a clause on the battle's place
_WHERE_FIRE = re.compile(r",\s+where\s+[^,;.]{0,80}$", re.I)


def _own_phrase(t: Trigger, ctrig: list[Trigger], clause: Span, s: Span,
                text: str | None) -> Span:
    """The words a battle told with a strike, or as a campaign's first day, governs:
    "ground and air attacks on Khan Younis and bombed homes in Rafah and Deir el-Balah" is
    fighting in Khan Younis, and strikes there and in Rafah and Deir el-Balah (the clause's
    other violent words start places of their own)."""
    full, base = (text, 0) if text is not None else (s.text, s.start)
    if _BEGUN_BEFORE.search(full, max(0, clause.start - base - 80), t.start - base) and \
            (day := STARTED_ON.match(full.lower(), t.end - base, clause.end - base)):
        # "since the beginning of the operation in northern Gaza on October 5, hundreds
        # have been killed in Jabalia": the campaign is where its own words say, not
        # where the tally since then is
        return Span(t.start, base + day.end(), full[t.start - base:day.end()],
                    clause.paragraph)
    if not any(o.start == t.start and o.sub_event_type == AIR[1] for o in ctrig):
        return clause
    others = [o for o in ctrig if o.start != t.start and o.event_type in VIOLENT]
    lo = t.start if any(o.start < t.start for o in others) else clause.start
    hi = min((o.start for o in others if o.start > t.start), default=clause.end)
    if (lo, hi) == (clause.start, clause.end):
        return clause
    return Span(lo, hi, full[lo - base:hi - base], clause.paragraph)


_BEGUN_BEFORE = re.compile(rf"\b(?:since|before|after|following|until)\s+the\s+"
                           rf"{CAMPAIGN_START}\s+of\s+(?:[\w'’-]+\s+){{0,4}}$", re.I)


# Who a raid kills that no one takes for fighters (not "Palestinians", "people": whom a
# raid on armed men kills as well)
_UNARMED = re.compile(r"doctors?|nurses?|medics?|paramedics?|patients?|journalists?|"
                      r"reporters?|aid workers?|children|women|civilians|worshipp?ers|"
                      r"(?:health|medical|hospital) (?:workers?|staff)|staff", re.I)
_RAID = re.compile(r"raid(?:s|ed|ing)?\b|storm(?:s|ed|ing)?\b", re.I)
# (not "raided the camp, killing two children and three gunmen", "... amid clashes")
# (nor "killing two children and three Hamas members", "...; Hamas said its Qassam
# Brigades fought the troops": armed men killed or fighting told by their group's name)
# (not _COMBATANTS: the soldiers and troops it counts are the raiders most raids name)
_ARMED = re.compile(r"\b(?:fighters?|militants?|gunm[ae]n|operatives|terrorists|clash\w*|"
                    r"firefights?|exchanges? of fire|gun ?battles?|ambush\w*|resistance|"
                    r"combatants?|fought|(?:hamas|jihad|qassam|quds) (?:members?|"
                    r"men|commanders?)|members of (?:hamas|islamic jihad|the \w+ brigades?|"
                    r"armed groups?))\b", re.I)
# A crowd that stormed a place: "hungry crowds stormed aid trucks, and four children were
# killed in the stampede" (not a raid by armed men)
_CROWD_STORMED = re.compile(r"\b(?:crowds?|mobs?|people|residents|looters|protesters|"
                            r"aid seekers|thousands|hundreds)\b[^,;:.]*$", re.I)


# "killed in the surprise offensive", "during this operation": an attack already told (not
# "forces subsequently raid the hospital", "by an IDF raid", "The Israeli forces raided":
# one told for the first time)
_TOLD_ONE = re.compile(r"\b(?:in|during|by|from)\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}$", re.I)


# (not "killed in the raid on the hospital": a raid with a target of its own)
_OWN_TARGET = re.compile(r"[\w-]+\s+(?:on|into|at|against)\s", re.I)
# (nor a raid told just before the toll: "Israeli commandos then raided a nearby building.
# Three gunmen were killed in the raid"; "Troops stormed a school. Three gunmen were killed
# during the raid")
_RAID_TOLD_BEFORE = re.compile(r"\b(?:raid(?:ed|ing)|storm(?:ed|ing)|commandos?|ground\s+"
                               r"(?:forces|troops)|troops\s+(?:entered|pushed|moved))\b",
                               re.I)


# "The distribution of recovered bodies is as follows:\n- Rafah governorate: 94 bodies, in
# Tal as-Sultan": each item counts the bodies its lead-in says were pulled out, the dead of
# before, not a strike there (not "- Khan Younis: 12 killed in an air strike", nor items
# under "Deaths by governorate:")
_LIST_ITEM = re.compile(r"[ \t]*(?:[•\-*–·▪]|\d{1,2}[.)])[ \t]")
_RECOVERY_LEAD = re.compile(r"\b(?:recover\w*|retriev\w*|exhum\w*|pulled\s+(?:out|from)|"
                            r"(?:dug|taken)\s+out|found\s+under)\b", re.I)
_BODIES = re.compile(r"\b(?:bodies|remains|corpses)\b", re.I)
# (nor "hospitals received 52 bodies, including 10 recovered bodies, distributed as follows:":
# the recovered a part of the dead the list counts, the rest killed that day)
_PART_RECOVERED = re.compile(r"\b(?:including|among\s+them|of\s+(?:them|whom|which))\b",
                             re.I)
# (and "- Rafah: 30 bodies, from a massacre by gunfire in Tal as-Sultan": a killing told)
_KILLING_TOLD = re.compile(r"\b(?:kill\w*|died|dead|martyred|massacre\w*|struck|hit|"
                           r"(?:air|drone)?strikes?|shell\w*|bomb\w*|(?:gun)?fire[ds]?|"
                           r"gunshots?|shot|raid\w*|attack\w*)\b", re.I)


def recovered_listed(text: str, s: Span, c: Casualty) -> bool:
    """Whether ``c`` counts bodies in a list item whose lead-in tells they were recovered."""
    line = text.rfind("\n", 0, s.start) + 1
    if not _LIST_ITEM.match(text, line) or not _BODIES.search(c.text):
        return False
    end = text.find("\n", s.start)
    if _KILLING_TOLD.search(text, line, len(text) if end < 0 else end):
        return False
    while line > 0:  # up the list to the line that leads it in
        line = text.rfind("\n", 0, line - 1) + 1
        stop = text.find("\n", line)
        if not text[line:stop].strip():
            continue  # (a blank line between the lead-in and its list)
        if not _LIST_ITEM.match(text, line):
            return _RECOVERY_LEAD.search(text, line, stop) is not None and \
                _BODIES.search(text, line, stop) is not None and \
                _PART_RECOVERED.search(text, line, stop) is None
    return False


# the troops' guns told in the sentence next to a toll: "shooting into the yard", "as gunfire
# is heard", "fired warning shots at 'suspects'", "opened fire on the crowd"
_GROUND_SHOT = re.compile(r"\b(?:shooting|gunfire|gun ?shots|(?:warning|live) (?:shots|rounds)|"
                          r"open(?:ed|s)? fire|fir(?:ed|ing) (?:on|at|upon|into)|"
                          r"shot (?:at|into|dead))\b", re.I)
# ... with no weapon from afar told there (not "shelling and gunfire", "a drone opened fire";
# but "firing smoke bombs and shooting": no bomb dropped)
_FROM_AFAR_BESIDE = re.compile(r"\b(?:air ?strikes?|strikes?|struck|air|aircraft|jets?|"
                               r"warplanes?|drones?|quadcopters?|helicopters?|missiles?|"
                               r"rockets?|shell\w*|artillery|tanks?|mortars?|bombard\w*|"
                               r"(?<!smoke )(?<!stun )(?<!sound )bomb\w*|naval|gunboats?)\b",
                               re.I)


def _shot_beside(text: str, s: Span) -> bool:
    """Whether the sentence before or after ``s`` in its paragraph tells the troops' shooting,
    and neither it nor ``s`` a weapon from afar nor armed men: the shooting is what killed."""
    if _FROM_AFAR_BESIDE.search(s.text) or _OTHER_CAUSE.search(s.text):
        return False  # (nor "dozens were killed in pushing and trampling": a crush)
    start = text.rfind("\n", 0, s.start) + 1
    before = text[max(start, s.start - 400):s.start].rstrip()
    before = before[before.rfind(". ", 0, len(before) - 1) + 1:]
    end = text.find("\n", s.end)
    after = text[s.end:min(len(text) if end < 0 else end, s.end + 400)]
    cut = after.find(". ")
    after = after if cut < 0 else after[:cut + 1]
    # (nor "troops opened fire on militants": a fight; nor "troops opened fire on crowds,
    # killing three": a shooting with its own dead)
    return any(_GROUND_SHOT.search(x) and not _FROM_AFAR_BESIDE.search(x) and
               not _ARMED.search(x) and not _KILLED_BESIDE.search(x) for x in (before, after))


_OTHER_CAUSE = re.compile(r"\b(?:trampl\w*|stampedes?|crush(?:ed|ing)?|pushing)\b", re.I)
_KILLED_BESIDE = re.compile(r"\b(?:kill\w*|dead|died|wound\w*|injur\w*|martyr\w*)\b", re.I)


def _previous_sentence(text: str, start: int) -> str:
    """The sentence (roughly) just before the one at ``start``."""
    before = text[max(0, start - 400):start].rstrip()
    cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n", 0, len(before) - 1))
    return before[cut + 1:]


# a raid verb with the aid its object: "stormed an aid convoy", "raided a convoy of 109 aid
# trucks" (not "carried out an operation to airdrop aid")
_RAIDED_IT = re.compile(r"(?:raid|storm|ambush|attack|intercept|seiz|loot)\w*\s+"
                        r"(?:[\w'’-]+\s+){0,5}", re.I)


def _weak_battle(u: EventUnit) -> bool:
    """Whether a unit is a battle only by a weak cue ("operation", "offensive", "raid")."""
    return (u.event_type, u.sub_event_type) == BATTLE and u.strength < 0.7 and \
        not u.from_casualty


# "after one of its soldiers was killed", "following the killing of two soldiers" (not
# "fired mortar shells at troops in Rafah, after which three soldiers were killed": what
# the fire did, its own toll)
_AFTER_DEATHS = re.compile(r"\b(?:after|following|in\s+response\s+to|in\s+retaliation\s+for)\s+"
                           r"(?!which\b)(?:the\s+(?:killing|deaths?)\s+of\s+)?"
                           r"(?:[\w'’-]+\s+){0,4}$", re.I)


_KILLED_BY = re.compile(r"(?:killed|killing|kills|kill)\b(?!\s+of\b)", re.I)


def _troops_fell(s: Span, c: Casualty) -> bool:
    """Whether a count's dead are Israel's troops and the sentence tells no fire of their own
    side ("friendly fire"), nor the dead as someone's ("killing a soldier's family")."""
    return israeli_dead(c) and not _OWN_FIRE.search(s.text) and \
        not _FIGHTERS_DRONE.search(s.text) and \
        not s.text.startswith(("'s", "’s"), c.end - s.start)


# The fighters' own drones, which do kill Israel's troops: "two soldiers were killed in a
# Hamas drone attack", "a drone launched by Hamas dropped a bomb on troops"
_FIGHTERS_DRONE = re.compile(r"\b(?:Hamas|Qassam|Quds|Islamic Jihad|militants?|fighters?|"
                             r"resistance)(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:drones?|quadcopters?|"
                             r"UAVs?)\b|\b(?:drones?|quadcopters?|UAVs?)\s+(?:launched|flown|"
                             r"operated)\s+by\s+(?:Hamas|the Qassam|Islamic Jihad|militants|"
                             r"fighters)\b", re.I)


def israeli_dead(c: Casualty) -> bool:
    """Whether a count's dead are Israel's troops, whom no Israeli strike kills."""
    return counts_combatants(c) and _ISRAELI_SIDE.fullmatch(c.victim.split()[-1]) is not None


def _clause_start(s: Span, clauses: list[Span], c: Casualty) -> int:
    """Where, in the sentence, the clause the count is told in starts."""
    clause = next((cl for cl in clauses if cl.start <= c.start < cl.end), None)
    return max(0, (clause.start if clause else c.start) - s.start)


def _aid_seekers_counted(s: Span, c: Casualty, casualties: list[Casualty]) -> bool:
    """Whether the sentence tells the count's dead as aid seekers: words for them with no
    other count between ("79 martyrs were received among citizens waiting for aid"; not
    "62 people were killed in the past 24 hours, among them 19 aid seekers": a part of the
    day's dead, the rest killed elsewhere)."""
    at, end = c.start - s.start, c.end - s.start
    # (the hurt told with the dead are no part of them: "20 people were killed and 155
    # injured while waiting for trucks")
    hurt = [(x.start - s.start, x.end - s.start) for x in casualties
            if x is not c and x.kind != c.kind and s.start <= x.start < s.start + len(s.text)]
    others = [x.start - s.start for x in casualties
              if x is not c and x.kind == c.kind and s.start <= x.start < s.start + len(s.text)]
    for m in AID_SOUGHT.finditer(s.text):
        lo, hi = (end, m.start()) if m.start() >= end else (m.end(), at)
        if m.start() >= end and _TOLD_APART.search(s.text, lo, hi):
            continue  # "Five people were killed in Khan Younis; in Rafah, crowds gathered
            # around an aid convoy": the crowd of another place or day
        if not any(lo <= o < hi for o in others) and \
                not any(not any(a <= p.start() < b for a, b in hurt) and
                        not _MONTH_BEFORE.search(s.text, max(0, p.start() - 12), p.start())
                        for p in _A_PART.finditer(s.text, lo, hi)):
            return True
    return False


# Words that tell a part of the dead counted before: "among them 19", "19 of them" (not a
# day of a month: "killed near the roundabout in Rafah on 1 June, as crowds walked towards
# a distribution point")
_A_PART = re.compile(r"\b(?:among (?:them|whom)|of (?:them|whom)|including|"
                     rf"\d[\d,]*(?!\s*(?:hours|days|weeks|months|{MONTH_NAMES})\b))\b", re.I)
_MONTH_BEFORE = re.compile(rf"\b{MONTH_NAMES}\s+$", re.I)
# A clause of its own between the dead and the aid told after them: "Six people were killed
# in Khan Younis on Monday, while in Rafah crowds gathered near aid trucks", "Nine people
# were killed on Monday, and on 12 June crowds gathered around an aid convoy in Rafah"
_TOLD_APART = re.compile(r";|\b(?:while|whereas|and|but|meanwhile)\s+(?:on|in|at|near|"
                         r"elsewhere|separately)\b|\b(?:meanwhile|separately|elsewhere)\b", re.I)


def _cause_end(s: Span, c: Casualty) -> int:
    """Where what the count's sentence says caused the deaths can end: a little past the
    count ("killed after a fire broke out at a bakery"), up to the next clause ("killed in
    Nuseirat on Monday and fires broke out in nearby tents", "..., medics said, and a
    child drowned": another happening)."""
    at, end = c.end - s.start, min(len(s.text), c.end - s.start + 90)
    stop = _NEXT_CLAUSE.search(s.text, at, end)
    if stop and stop.start() == at and (hurt := _HURT_WITH_THEM.match(s.text, at)):
        # ("five were killed and several others wounded Friday after aid packages fell on
        # them": the hurt told right with the dead, one toll whose cause follows both; not
        # "were killed in the attack and 70 were injured after a fire broke out": the dead
        # given their own cause first)
        end = min(len(s.text), end + hurt.end() - stop.start())
        stop = _NEXT_CLAUSE.search(s.text, hurt.end(), end)
    return stop.start() if stop else end


_HURT_WITH_THEM = re.compile(r"\s+and\s+(?:[\w-]+\s+){0,3}?(?:were\s+)?(?:wounded|injured|hurt)\b")


_NEXT_CLAUSE = re.compile(r";|,(?!\s+(?:after|when|as)\s)|\s(?:and|but|while|as well as)\s")


def counts_combatants(c: Casualty) -> bool:
    """Whether a count's dead are combatants ("three Hamas gunmen", "two soldiers"; not
    "five police officers", Gaza's civil police, but "two Israeli Border Police officers",
    troops in the fighting)."""
    if not c.victim:
        return False
    words = c.victim.split()
    if _OPERATIVES.fullmatch(words[-1]) and \
            not all(_ARMED_QUALIFIER.fullmatch(w) for w in words[:-1]):
        return False  # "three World Central Kitchen operatives", "two rescue operatives"
    return _COMBATANTS.fullmatch(words[-1]) is not None and \
        not (len(words) > 1 and words[-2].lower() == "police" and
             not _ISRAELI_POLICE.intersection(w.lower() for w in words))


_ISRAELI_POLICE = frozenset({"israeli", "border", "military"})
# Operatives are an armed group's only when nothing else is named as theirs: "two Hamas
# operatives", "three senior operatives" (not "four aid operatives", "seven UN operatives",
# "three World Central Kitchen operatives", "two civil defence operatives")
_OPERATIVES = re.compile(r"operatives?", re.I)
_ARMED_QUALIFIER = re.compile(r"more|other|additional|further|palestinian|senior|top|deputy|"
                              r"prominent|young|armed|militant|terrorist|hamas|islamic|jihad|"
                              r"qassam|pij|hezbollah|nukhba|[\w-]+-old", re.I)


def _toll_of(previous: tuple[str, str], places: frozenset[str], own: set[str | None],
             c: Casualty) -> bool:
    """Whether combatants killed at the ``own`` places of their clause are the toll of the
    violent event told just before: it was coded there, and it could have killed them (an
    Israeli strike does not kill Israeli soldiers; a roadside bomb does)."""
    return own <= places and not (_ISRAELI_SIDE.fullmatch(c.victim.split()[-1]) is not None
                                  and previous[1] != IED[1])


def _counted(unit: EventUnit, kind: str) -> bool:
    return any(c.kind == kind for c in unit.casualty_phrases)


def _attach(unit: EventUnit, c: Casualty) -> None:
    unit.casualty_phrases.append(c)
    if c.kind == "killed":
        if c.count is not None:
            unit.fatalities = max(unit.fatalities or 0, c.count)
    else:
        unit.injuries = max(unit.injuries or 0, c.count or 0) or None
