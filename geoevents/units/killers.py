"""What killed a count's dead, by the words told with it: gunfire, troops, a raid, or no strike.

A count with no attack of its own takes the event told nearest, else the one told before,
else strikes. The words beside it can tell otherwise: "killed by Israeli gunfire", "killed
at an aid site" (an attack, not the strike next to it); "troops in western Rafah had killed
several militants" (a battle); "forces raid the hospital, killing four doctors" (a raid that
met no armed opponent); "after two of its soldiers were killed" (the deaths the strikes
answered, not their toll).
"""

from __future__ import annotations

import re

from geoevents.casualties import Casualty
from geoevents.model import Mention
from geoevents.sentences import Span
from geoevents.trigger_table import AIR, ATTACK, BATTLE, IED, SHELL, fighters_fire
from geoevents.triggers.killed_by_fighters import killed_by_fighters
from geoevents.units.nonviolent import an_accident_told, cause_end
from geoevents.units.record import EventUnit, weak_battle
from geoevents.units.tallies import a_strip_tally, across_the_strip, days_tally
from geoevents.units.victims import (
    aid_seekers_shot,
    counts_combatants,
    israeli_dead,
    toll_told_before,
)

# Soldiers on the ground who killed, with no weapon named, in either voice: "Israeli troops
# kill nine Palestinians", "troops on Friday killed three", "troops in Khan Younis killed",
# "three Palestinians were killed by Israeli troops" (not "soldiers were killed", their own
# deaths; nor "troops called in an air strike that killed five", "troops withdrew as
# shelling killed two", "troops left Jabalia, where five were killed": a weapon or another
# clause between). "Forces" and "the army" are the whole military, its jets and guns too:
# a toll they are told to have caused with no weapon named stays a strike, as the gold
# codes it ("More than 70 Palestinians are killed by the Israeli military", "Israeli forces
# killed 24 people ... in the last 24 hours").
_TROOPS_KILLED = (r"(?:troops|soldiers) (?:(?!(?:were|was|are|is|been|being|where|as|while|when|"
                  r"after|before|which|that|air\w*|jets?|drones?|warplanes?|aircraft|strikes?|"
                  r"struck|shell\w*|artillery|tanks?|missiles?|bombs?|bombing|rockets?|"
                  r"explosi\w+)\b)[\w'’-]+ ){0,4}?(?:had |have |has )?(?:kill|kills|killed)|"
                  r"killed (?:[\w'’-]+ ){0,2}?by (?:the )?(?:(?:israeli|occupation|idf|army|"
                  r"israeli army|israeli occupation) )?(?:troops|soldiers)")
_SHOT = re.compile(r"\b(?:shot|shooting|gunfire|gunshots?|fir(?:ed|ing) (?:on|at|upon)|"
                   # "firing at residents and wounding three", "opening fire on a crowd"
                   r"open(?:ed|ing) fire|snipers?|"
                   # "Israelis fire at a vehicle carrying a family" (not "a fire at a tent",
                   # "a drone fires at", "tanks fire on": a blaze, a strike, shelling)
                   + _TROOPS_KILLED + "|"
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

_IN_FIGHTING = re.compile(r"\b(?:operations?|fighting|combat|clash\w*|battles?|offensive)\b",
                          re.I)

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


# The line the troops hold in the Strip, told crossed or neared by the dead: "The IDF
# claimed they crossed the 'yellow line'", "saying those killed violated the withdrawal
# line" (troops fire at whoever comes near it: the gold codes these deaths as violence
# against civilians, not a strike)
_LINE_CROSSED = re.compile(r"\b(?:cross(?:ed|ing|es)?|approach(?:ed|ing|es)?|violat(?:ed|ing|es)|"
                           r"near(?:ed|ing)?)\s+(?:the\s+|its\s+|an?\s+)?(?:so-called\s+)?"
                           r"(?:(?:idf|israeli|army|military)(?:['’]s)?\s+)?[“\"'‘]?"
                           r"(?:yellow|withdrawal)\s+line\b", re.I)


def _line_crossed(text: str, s: Span) -> bool:
    """Whether ``s`` or the sentence after it in its paragraph tells the dead crossed or
    neared the line the troops hold, and ``s`` names no weapon from afar: "five were killed
    while inspecting their homes. The IDF claimed they crossed the 'yellow line'" (not "two
    were killed by a drone near the yellow line": the drone's)."""
    if _FROM_AFAR_BESIDE.search(s.text):
        return False
    end = text.find("\n", s.end)
    after = text[s.end:min(len(text) if end < 0 else end, s.end + 400)]
    cut = after.find(". ")
    after = after if cut < 0 else after[:cut + 1]
    return any(_LINE_CROSSED.search(x) for x in (s.text, after))


_OTHER_CAUSE = re.compile(r"\b(?:trampl\w*|stampedes?|crush(?:ed|ing)?|pushing)\b", re.I)
_KILLED_BESIDE = re.compile(r"\b(?:kill\w*|dead|died|wound\w*|injur\w*|martyr\w*)\b", re.I)


def _previous_sentence(text: str, start: int) -> str:
    """The sentence (roughly) just before the one at ``start``."""
    before = text[max(0, start - 400):start].rstrip()
    cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n", 0, len(before) - 1))
    return before[cut + 1:]


# "after one of its soldiers was killed", "following the killing of two soldiers" (not
# "fired mortar shells at troops in Rafah, after which three soldiers were killed": what
# the fire did, its own toll)
_AFTER_DEATHS = re.compile(r"\b(?:after|following|in\s+response\s+to|in\s+retaliation\s+for)\s+"
                           r"(?!which\b)(?:the\s+(?:killing|deaths?)\s+of\s+)?"
                           r"(?:[\w'’-]+\s+){0,4}$", re.I)


_KILLED_BY = re.compile(r"(?:killed|killing|kills|kill)\b(?!\s+of\b)", re.I)


def _clause_start(s: Span, clauses: list[Span], c: Casualty) -> int:
    """Where, in the sentence, the clause the count is told in starts."""
    clause = next((cl for cl in clauses if cl.start <= c.start < cl.end), None)
    return max(0, (clause.start if clause else c.start) - s.start)


def armed_men_told(text: str) -> bool:
    """Whether ``text`` tells armed men or a fight with them (_ARMED): "... amid clashes
    with gunmen", "killing two children and three Hamas members"."""
    return _ARMED.search(text) is not None


def after_the_deaths(text: str | None, s: Span, c: Casualty) -> re.Match[str] | None:
    """The words before a count of Israel's troops killed that tell their deaths as what
    something answered ("Israel struck targets across Gaza after two of its soldiers were
    killed in Rafah"), if the count is told so (not "killing two soldiers": their killing
    told as a deed)."""
    return _AFTER_DEATHS.search(text, max(s.start, c.start - 40), c.start) \
        if text is not None and c.kind == "killed" and israeli_dead(c) and \
        not _KILLED_BY.match(c.text) else None


def killed_by_the_army_apart(c: Casualty, clause: Span, same_clause: list[EventUnit],
                             free: list[EventUnit]) -> bool:
    """Whether fighters are told killed by the army, in a clause of its own with no weapon
    named, before any event their count could be the toll of ("The army said its troops
    were in Gaza City, that it had killed dozens of fighters, and that a commander had been
    killed in an air strike": the fight's dead, not the strike's told in the next clause)."""
    return c.kind == "killed" and not same_clause and counts_combatants(c) and \
        not israeli_dead(c) and \
        _ARMY_KILLED.search(clause.text, 0, c.end - clause.start) is not None and \
        not _WEAPON_NAMED.search(clause.text) and bool(free) and \
        all(u.anchor > c.end for u in free)


def but_the_strikes_that_answered(pool: list[EventUnit], why: re.Match[str]) -> list[EventUnit]:
    """The units of ``pool`` but the strikes told before the troops' deaths they answered
    (``why``): "Israel struck targets across Gaza after two of its soldiers were killed in
    Rafah" is the troops' death the strikes answered, not their toll (no Israeli strike
    kills Israel's troops; but "after a Hamas rocket attack killed four soldiers": the
    attack in the clause its own)."""
    return [u for u in pool if u.anchor > why.start() or
            (u.event_type, u.sub_event_type) not in (AIR, SHELL)]


def killed_by_troops_on_the_ground(c: Casualty, clause: Span) -> bool:
    """Whether the count's clause tells fighters killed by troops on the ground, no weapon
    from afar named ("troops in Tal as-Sultan had killed several militants")."""
    return counts_combatants(c) and not israeli_dead(c) and \
        _GROUND_KILLERS.search(clause.text, 0, c.end - clause.start) is not None


def the_battles_if_troops_killed(pool: list[EventUnit], c: Casualty, clause: Span
                                 ) -> list[EventUnit]:
    """The battles of ``pool``, if there are any and the count's dead are fighters troops
    on the ground killed, else ``pool``: "troops completed the encirclement of Khan Yunis,
    striking dozens of targets and killing dozens of terrorists" are the fight's dead, not
    the strikes' told beside them."""
    if c.kind == "killed" and killed_by_troops_on_the_ground(c, clause) and \
            any((u.event_type, u.sub_event_type) == BATTLE for u in pool):
        return [u for u in pool if (u.event_type, u.sub_event_type) == BATTLE]
    return pool


def strike_told_again(target: EventUnit, c: Casualty, s: Span, text: str | None,
                      previous_violent: tuple[str, str] | None, same_clause: list[EventUnit],
                      own: set[str | None], previous_places: frozenset[str]
                      ) -> tuple[str, str] | None:
    """The kind of the strike told before, if ``target`` is a weak word for it: "Israeli
    strikes hit Jabalia. ... were also killed in the surprise offensive" is the strike, not
    a battle (not "killed in the raid on the hospital", a raid with a target of its own, nor
    a raid told in the sentence just before)."""
    if weak_battle(target) and text is not None and \
            _TOLD_ONE.search(text, max(s.start, target.anchor - 40), target.anchor) and \
            previous_violent is not None and \
            previous_violent[0] == AIR[0] and not israeli_dead(c) and \
            not any(u.strength >= 0.8 and (u.event_type, u.sub_event_type) == BATTLE
                    for u in same_clause) and own <= previous_places and \
            not _OWN_TARGET.match(text, target.anchor, s.end) and \
            not _RAID_TOLD_BEFORE.search(_previous_sentence(text, s.start)):
        return previous_violent
    return None


def raid_on_the_unarmed(target: EventUnit, c: Casualty, s: Span, text: str | None
                        ) -> tuple[str, str] | None:
    """ATTACK, if ``target`` is a raid that met no armed opponent and killed the people
    there: "Israeli forces subsequently raid the hospital, killing four doctors" (not a
    crowd that stormed a place, nor an accident)."""
    if weak_battle(target) and text is not None and c.kind == "killed" and \
            c.victim and _UNARMED.fullmatch(c.victim.split()[-1]) and \
            _RAID.match(text, target.anchor) and not _ARMED.search(s.text) and \
            not _CROWD_STORMED.search(text, max(s.start, target.anchor - 40),
                                      target.anchor) and \
            not an_accident_told(s.text):
        return ATTACK
    return None


def what_killed(c: Casualty, s: Span, clause: Span, text: str | None, gaza: list[Mention],
                casualties: list[Casualty], violent: list[EventUnit], own: set[str | None],
                fell: bool, previous_violent: tuple[str, str] | None,
                previous_places: frozenset[str], *, reason: bool, army_count: bool,
                tally_apart: bool) -> tuple[str, str] | None:
    """The kind of the event a count with no unit to join is the toll of, or None if it is
    none's: a count with its own place ("Rafah (43 fatalities)") is its own event, of the
    type of the sentence's violent trigger, else by who was killed and the words told with
    it; ``reason``, ``army_count`` and ``tally_apart`` are what :func:`build_units` found of
    it (the troops' deaths a strike answered, fighters the army killed in a clause of its
    own, a day's tally of the Strip)."""
    if reason:
        return BATTLE  # (the troops' death a fight of its own)
    if army_count or killed_by_troops_on_the_ground(c, clause):
        # "aircraft had struck targets in the Gaza City area and that troops in
        # Tal as-Sultan had killed several militants": fighters killed by troops on
        # the ground, a battle of the count's own clause, not the strike next to it
        return BATTLE
    if tally_apart:
        return AIR
    if not counts_combatants(c) and \
            any(m.feature_class != "strip" for m in gaza) and \
            _ARMY_FIRE.search(clause.text, 0, c.end - clause.start + 80) and \
            not days_tally(s.text):
        # "a young man was martyred by occupation fire in Beit Lahia": the army's
        # fire at people, told apart from the bombing beside it (not "In Rafah, 15
        # people were killed by Israeli fire over the past 24 hours": a day's toll
        # of a place, "fire" a word for all its strikes and shelling)
        return ATTACK
    if violent:
        near = min(violent, key=lambda u: abs(u.anchor - c.start))
        return (near.event_type, near.sub_event_type)
    if counts_combatants(c) and _IN_FIGHTING.search(s.text):
        return BATTLE  # "13 soldiers were killed during the ground operations"
    if not counts_combatants(c) and aid_seekers_shot(s, c, casualties, own, gaza,
                                                     previous_places):
        return ATTACK
    if _RESCUE_RAID.search(s.text):
        # "during an Israeli military operation in Nuseirat to rescue four hostages,
        # 274 Palestinians were killed": the rescue is a raid, fought on the ground
        return BATTLE
    if not counts_combatants(c) and a_strip_tally(s.text, clause, gaza):
        # "the health ministry said 71 people were killed in the past 24 hours": a
        # day's tally, mostly of strikes, whatever was told just before it (not
        # "12 people were killed in Khan Younis in the past 24 hours": a place's toll)
        return AIR
    if previous_violent == AIR and fell and not gaza:
        return None  # "They killed an Israeli soldier, so the Israelis hit back": no
        # strike's toll, and no place of the fight told
    if previous_violent == IED and not counts_combatants(c) and \
            across_the_strip(clause.text):
        # "an IED attack on an armoured bulldozer in Zeitoun ... at least 98 people
        # were killed across the Strip on September 16": the Strip's dead, mostly of
        # strikes, not of the bomb told before
        return AIR
    if not counts_combatants(c) and killed_by_fighters(clause.text):
        return ATTACK  # "Hamas gunmen killed three people in Khan Younis": theirs, no strike
    if text is not None and not counts_combatants(c) and _line_crossed(text, s):
        return ATTACK  # "killed in the same neighbourhood ... they crossed the 'yellow line'"
    if previous_violent is not None and \
            toll_told_before(previous_violent, previous_places, own, c, fell):
        return previous_violent  # "The attack killed 90": the event told just before
    if counts_combatants(c):
        # (a soldier killed "in the southern Gaza Strip", a place of the sentence's
        # own other than the strike's: fighting there, not the strike told before)
        return BATTLE
    if _SHOT.search(s.text):
        return ATTACK  # "killed by Israeli gunfire", "killed at an aid site"
    if text is not None and not counts_combatants(c) and \
            all(m.feature_class == "strip" for m in gaza) and _shot_beside(text, s):
        # "Footage shows people running as gunfire is heard. Two people were killed
        # and nine wounded by Israeli fire. The army said it fired warning shots":
        # the troops' shooting told beside a toll that names no weapon
        return ATTACK
    if fighters_fire(clause.text):
        # "a rocket fired by militants hit a house, killing two": the fighters' fire
        return SHELL
    # deaths told with no weapon: in the Strip almost always strikes and shelling
    return AIR


def shot_at_the_troops(u: EventUnit, s: Span, clauses: list[Span]) -> bool:
    """Whether all the dead counted of ``u`` are Israel's troops, told killed by gunfire: "a
    soldier was killed by gunfire in Rafah" is fire at the army's own men, a fight with the
    gunmen, not violence against civilians."""
    dead = [c for c in u.casualty_phrases if c.kind == "killed" and c.count]
    return bool(dead) and all(israeli_dead(c) for c in dead) and \
        any(_FIRE_AT_TROOPS.search(s.text, _clause_start(s, clauses, c), cause_end(s, c))
            for c in dead)
