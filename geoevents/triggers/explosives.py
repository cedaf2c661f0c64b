"""Bombs, demolitions and fires: what went off or burned, and by whose hand.

An explosive device found, defused or left behind went off nowhere ("forces encountered
explosive devices", "the presence of unexploded ordnance"); charges set off in a demolition
are the demolition's; a fire a strike set is the strike's, one from a stove a mishap; a blast
its paragraph blames on a misfired rocket is the rocket's. A bomb fighters set off at troops
is an IED, not a house razed, and a target hit "with an explosive device" was hit by the
bomb. Rockets told fired from a place as its record, or as an order's reason, are no fire of
the day.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geoevents.trigger_table import (
    AIR,
    DESTRUCTION,
    EVACUATION,
    IED,
    ROCKETS_FIRED,
    SHELL,
    VIOLENT,
)
from geoevents.triggers.attackers import AIR_WORD, TARGETED_TROOPS
from geoevents.triggers.deals import clause_back
from geoevents.triggers.folded_rows import folded_re

if TYPE_CHECKING:
    from geoevents.triggers.sift import Trigger

# Explosives left behind: a hazard until one goes off or harms someone.
# "soldiers defused a bomb planted under a jeep", "troops placed charges on a damaged tank
# and destroyed it": a bomb put on a vehicle that hurt no one
_PUT_ON = re.compile(r"\b(?:affixed|attached|stuck|placed|planted)\b")
_DEFUSED = re.compile(r"\b(?:defus\w*|dismantl\w*|disarm\w*|neutrali[sz]\w*|foiled|thwarted)\b")
_WRECK = re.compile(r"\b(?:abandoned|damaged|disabled|stranded)\s+(?:[\w-]+\s+)?[\w-]+$")
_HURT = re.compile(r"\b(?:killed|killing|died|dead|injured|injuring|wounded|wounding)\b")
# Charges going off in a demolition: "explosives went off as troops demolished houses",
# "Israeli troops blew up houses in Rafah; the explosives went off one after another"
_WENT_OFF = re.compile(r"(?:exploded|went off)$")
# Words of an attack from afar that brought buildings down
_FROM_AFAR = re.compile(r"\b(?:(?:air ?)?strikes?|struck|airstrikes?|bomb\w*|shell\w*|missiles?|"
                        r"rockets?|warplanes?|jets?|artillery|tank fire)\b")

# The army's destruction of buildings (not "the hospital was burned and destroyed during the
# raid, while air strikes hit Khan Younis": a raid's destruction, the strikes elsewhere)
_ARMY_DESTROYED = re.compile(r"(?:army|military|forces|troops|soldiers|idf|occupation) "
                             r"(?:[a-z]+ ){0,2}destroy")
# Where the strikes told beside it are another attack: "the army destroyed homes in Rafah on
# Sunday, a day after air strikes on Khan Younis killed 10 people"
_OTHER_CLAUSE = re.compile(r";|,?\s+(?:a|one|two|three|several|hours?|days?|weeks?) (?:days? |"
                           r"weeks? |hours? )?(?:after|before)\b|\b(?:while|whereas|as)\s")


def _clause_end(low: str, at: int, end: int) -> int:
    cut = _OTHER_CLAUSE.search(low, at, end)
    return cut.start() if cut else end


_DEMOLITION = re.compile(r"\b(?:demolish\w*|demolitions?|(?:blew|blow(?:s|ing)?|blown) up "
                         r"(?:[\w'-]+ ){0,3}?(?:houses?|homes?|buildings?|blocks?|towers?|"
                         r"neighbou?rhoods?|mosques?|schools?))\b")

_LEFT_BEHIND = re.compile(r"unexploded|uxos?\b|explosive remnants|landmines?")
# ... or come upon before any went off: "forces encountered explosive devices and terrorist
# squads", "troops located and dismantled IEDs in the building", "located weapons and an
# explosive device (IED)": the device's short name told after it (not "encountered an
# explosive device that detonated, wounding two": one that went off)
_DEVICE = re.compile(r"explosive (?:devices?|traps?)|ieds?\b|landmines?|booby[- ]trap(?:s|ped)?\b|"
                     r"(?:roadside|car) bombs?")
_COME_UPON = re.compile(r"\b(?:found|find|finds|finding|located|locating|uncovered|discovered|"
                        r"encountered|encountering|seized|confiscated|dismantled|dismantling|"
                        r"defused|defusing|neutrali[sz]ed|detected|cleared|removed)\s+"
                        r"(?:(?!(?:with|using|by|when|as|after)\b)[\w'’-]+,?\s+){0,12}\(?$")
# (in the finding's own clause: not "Troops searching houses found weapons in Rafah, then an
# IED hit their armoured vehicle", "forces found weapons in a house, and an explosive device
# planted nearby targeted their tank": a bomb that went off, told next)
_NEXT_CLAUSE = re.compile(r",\s+(?:and|then|but|while|before|after|when|as)\b|\bthen\b")
# ... or told found after it: "Rifles, explosive devices and operational maps were found in
# the compound"
_FOUND_AFTER = re.compile(r"(?:\s+[\w,'’-]+){0,6}?\s+(?:were|was|had\s+been|have\s+been|has\s+been)"
                          r"\s+(?:found|located|seized|uncovered|discovered|dismantled|defused|"
                          r"confiscated|neutrali[sz]ed|detected|removed)\b")
# (looked for in the hazard's own stretch of the sentence, up to a semicolon)
_HARM_OR_BLAST = re.compile(r"\b(?:killed|killing|died|dead|injured|wounded|maimed|"
                            r"explo(?:ded|sion|sions|des)|detonat\w*|blasts?|went off|"
                            r"goes off|set off|triggered)\b")
# "targeted an Israeli enemy Merkava tank with a highly explosive landmine": a mine used
# (not "areas contaminated with landmines", "destroyed the fields and left them strewn with
# unexploded ordnance", "destroyed a tunnel rigged with landmines": what was left behind)
_USED_WITH = folded_re(r"\b(?:targeted|struck|hit|attacked|blew\s+up|destroyed|ambushed)\s+"
                       r"(?:(?!(?:and|or|left|leaving|strewn|littered|contaminated|riddled|"
                       r"rigged|booby-trapped|packed|laced|seeded|filled|planted|mined|"
                       r"covered)\s)[\w'’-]+\s+){1,6}?"
                       r"with\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$")

_WEAPON_BEFORE = re.compile(r"\b(?:missiles?|(?:air ?)?strikes?|shells?|shelling|bombs?|bombing|"
                            r"rockets?|projectiles?|drones?|bombardment)\s+(?:[\w-]+\s+)?$")

# "An Israeli airstrike hit a house in Jabalia and set it on fire", "drones fired at the
# house and set it alight", "the sky was set alight by flares": what a strike or a shot
# burned, told in the clause before the fire
_LIT_BY_FIRE = re.compile(r"\b(?:(?:air ?)?strikes?|airstrikes?|struck|shell(?:s|ed|ing)?|"
                          r"missiles?|bomb(?:s|ed|ing)?|bombardment|rockets?|drones?|"
                          r"quadcopters?|warplanes?|jets?|aircraft|tanks?|artillery|"
                          r"explosions?|blasts?|projectiles?|fired|flares?|incendiary)\b")
# "a cooking stove ...; three tents were set alight", "set her tent alight while cooking": a
# fire by mishap
_FIRE_BY_MISHAP = re.compile(r"\b(?:stoves?|cooking|candles?|electrical|short[ -]circuit|"
                             r"gas (?:leaks?|cylinders?)|heaters?|generators?|accident\w*)\b")

# "rockets were fired from Beit Hanoun", "a launch post, from which rockets were fired"
_ROCKETS_TOLD_FROM = re.compile(r"(?:from (?:which|where) (?:\w+ )?|(?:[\w-]+ )?)" + ROCKETS_FIRED)
# "ordered the evacuation of eastern Khan Younis, saying rockets had been fired from Khan
# Younis": the order's reason
_GIVEN_AS_REASON = re.compile(r"\b(?:saying|claiming|alleging|arguing|citing|as)\s+(?:that\s+)?$")
# "The army said it hit the site in Beit Hanoun from which rockets were fired"
_STRUCK_BEFORE = re.compile(r"\b(?:struck|hit|bombed|targeted|attacked|destroyed|raided|"
                            r"shelled|demolished|blew up)\b")
# "Beit Hanoun, from which rockets were fired for years", "over the years, hundreds of
# rockets were launched from Beit Hanoun", "in recent weeks": a place's record, no fire of
# a day
_LAUNCH_RECORD = re.compile(r"\b(?:for (?:years|months|decades)|over the (?:years|decades|"
                            r"past (?:years|months|decades))|in (?:the )?recent (?:weeks|"
                            r"months|years)|in (?:past|previous|earlier) (?:wars|conflicts|"
                            r"rounds|years|escalations)|last (?:month|year)|(?:almost |nearly )?"
                            r"(?:daily|every day)|often|regularly|repeatedly|frequently|"
                            r"routinely|(?:has|have|had) long (?:said|claimed|alleged|"
                            r"maintained|accused))\b")

# What fighters blew up, or a building with troops inside: "the Qassam Brigades say their
# fighters blew up a house used by Israeli soldiers", "a building where soldiers had holed
# up was blown up" (not "Israeli troops blew up houses in Rafah": the army's demolition)
_BLEW_UP = re.compile(r"(?:blew|blowing|blown) up\b|(?:were|was|been|being) blown up\b")
# (the fighters the doers, not their object: not "Troops killed several militants and blew
# up a tunnel shaft", "troops searching for Hamas militants blew up a tunnel shaft")
_FIGHTERS_BLEW = re.compile(r"\b(?:fighters|militants|gunmen|resistance|mujahideen|"
                            r"(?:qassam|quds|aqsa) brigades)\b(?:\s+(?!and\b)[\w'’-]+){0,3}\s+$")
_ARMY_BLEW = re.compile(r"\b(?:israeli|israel|idf|army|troops|soldiers|forces|engineers?|military|"
                        r"occupation)\b(?:\s+[\w'’-]+){0,3}\s+$")
_ARMY_BEFORE = re.compile(r"\b(?:israeli|idf|army|troops|soldiers|forces|military|"
                          r"occupation)\b")
# (the troops inside the building blown up, told after it: not "Dozens of homes were blown
# up in eastern Khan Younis, where Israeli forces have been operating", "were blown up in
# parts of Khan Younis held by Israeli forces": the army's demolitions where it holds ground)
_BUILDING = (r"\b(?:houses?|homes?|buildings?|structures?|apartments?|flats?|towers?|schools?|"
             r"shelters?|positions?|posts?|tunnels?|shafts?|compounds?)\b[^.;,]{0,40}?")
_TROOPS_INSIDE = re.compile(r"[^.;]{0,20}?" + _BUILDING + r"\b(?:used|occupied|held|manned)\s+"
                            r"by\s+(?:the\s+)?(?:israeli\s+)?(?:soldiers|troops|forces)\b|"
                            r"[^.;]{0,20}?" + _BUILDING + r"\b(?:where|in\s+which)\s+"
                            r"(?:[\w'’-]+\s+){0,3}?(?:israeli\s+)?(?:soldiers|troops|forces)\b"
                            r"(?!\s+(?:(?:have|has|had|were|are|was)\s+)?(?:been\s+)?"
                            r"(?:operating|advancing|pushing|deployed|expanding))")
# guns fired with the bomb: "attacked Israeli troops with rifles and an explosive device"
_GUNS_TOO = re.compile(r"\b(?:rifles?|guns?|gunfire|machine[\s-]?guns?|small arms|sniper\w*|"
                       r"bullets|rpgs?|rockets?|missiles?|shells?|mortars?|grenades?)\b")

# the weapon a target was hit with, right before the weapon's name: "targeted on Friday with
# a powerful", "struck with an" (a clause of its own: no comma or stop between); or by, in
# the passive: "their convoy was struck by an explosive device", "was hit by a roadside bomb"
# (the bomb the doer, no strike from the air; not "it was hit by the explosion": a blast,
# whatever caused it)
_WITH_THE_DEVICE = re.compile(r"\bwith\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$")
_BY_THE_DEVICE = re.compile(r"\s*by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:[\w-]+\s+){0,2}?$")
_PASSIVE_IN = re.compile(r"\b(?:was|were|been|being)\s")
# ... "with" that goes with the people hit, not the verb: "struck militants with an explosive
# device", "a cell armed with", "a militant with an IED" (what they carried)
_WITH_THE_CARRIER = re.compile(r"\b(?:militants?|fighters?|gunmen|gunman|men|man|cells?|squads?|"
                               r"operatives?|members?|suspects?|terrorists?|armed|equipped|"
                               r"carrying|laden|loaded)\s+with\b")
# ... and a strike told by its noun is named as one: "an Israeli strike hit a car with an
# explosive device inside it"
_STRIKE_NOUN = re.compile(r"\b(?:air)?strikes?\b")


def _own_stretch(low: str, at: int, stop: int, start: int, end: int) -> tuple[int, int]:
    """The words around a trigger, up to a semicolon on either side and 60 characters at
    most: what the trigger's own clause says of it."""
    semi = low.find(";", stop, end)
    return (max(start, low.rfind(";", start, at) + 1, at - 60),
            min(end, stop + 60, semi if semi >= 0 else end))


# A blast the report blames on a rocket that fell short, in a paragraph that names the
# blast: "Biden said the blast appeared to have been caused by a Palestinian group ...
# Islamic Jihad has denied Israeli claims that one of its rockets misfired", "the explosion
# was caused by a failed rocket launch" (not "a rocket misfired in Beit Lahia" in a report
# whose explosion is another paragraph's)
_MISFIRED = re.compile(r"\b(?:(?:rockets?|missiles?|projectiles?)\b[^.\n]{0,40}?\b(?:misfired|"
                       r"misfiring|fell short|malfunctioned)|(?:misfired|errant|stray|failed|"
                       r"misfiring|malfunctioning)\s+(?:[\w-]+\s+){0,2}?(?:rockets?|missiles?|"
                       r"projectiles?|rocket launch(?:es)?))\b")
_MISFIRE_WORDS = ("misfir", "fell short", "errant", "stray", "failed", "malfunction")
_A_BLAST = re.compile(r"\b(?:blast|explosion)s?\b")
_OWN_BLAST = re.compile(r"\b(?:an?|causing|triggering|setting\s+off)\s+(?:[\w-]+\s+)?"
                        r"(?:blast|explosion)\b")


def _blamed_on_a_rocket(text: str, low: str, at: int) -> bool:
    """Whether the paragraph of the blast word at ``at`` (``low``: the report's folded
    text) tells a blast caused by a rocket that misfired or fell short (not "An explosion at
    a house in Nuseirat killed four. Separately, ... a rocket misfired, causing an
    explosion that wounded two": that sentence's own blast, or another paragraph's)."""
    # (the paragraph's bounds from the text itself: folding turns line breaks to spaces)
    lo = text.rfind("\n\n", 0, at)
    lo = lo + 1 if lo >= 0 else 0
    hi = text.find("\n\n", at)
    hi = hi if hi >= 0 else len(low)
    if not any(low.find(word, lo, hi) >= 0 for word in _MISFIRE_WORDS):
        return False  # (a cheap pre-test, in the paragraph: every match of _MISFIRED holds
        # one of the words; the whole report's text would be read for every blast word)
    for m in _MISFIRED.finditer(low, lo, hi):
        if not _A_BLAST.search(low, lo, hi):
            continue
        first = max(low.rfind(". ", lo, m.start()), lo)
        last = low.find(". ", m.end(), hi)
        last = last if last >= 0 else hi
        if _OWN_BLAST.search(low, first, last) and not first <= at < last:
            continue  # the misfired rocket's own blast, told with it (not "the blast was
            # caused by a rocket misfired by Islamic Jihad": the one told before)
        return True
    return False


# -- The checks of the trigger loop (sift) these words decide, in the loop's order ---------
# (``low``: the folded report; ``start``, ``end``: the sentence's bounds; ``lo``: the
# look-back of the trigger ``low[at:stop]``; ``etype``, ``sub``: the type it has so far)


def a_bomb_that_hit_nothing(low: str, start: int, at: int, stop: int, end: int,
                            sub: str) -> bool:
    """Whether the bomb hit no one: one put on a vehicle and defused, or on a wreck, that
    hurt no one ("soldiers defused a bomb planted under a jeep", "troops placed charges on a
    damaged tank and destroyed it"), or charges going off in a demolition ("explosives went
    off as troops demolished houses")."""
    if sub == IED[1] and _PUT_ON.search(low, at, stop) and \
            (_DEFUSED.search(low, start, end) or _WRECK.search(low, at, stop)) and \
            not _HURT.search(low, start, end):
        return True
    return bool(sub == IED[1] and _WENT_OFF.search(low, at, stop) and
                _DEMOLITION.search(low, start, end))


def destroyed_from_afar(low: str, start: int, at: int, stop: int, end: int, sub: str) -> bool:
    """Whether the army's destruction is the strikes' told in its clause: "the army destroyed
    houses in Rafah with air strikes" (the strikes are the event)."""
    return bool(sub == DESTRUCTION[1] and _ARMY_DESTROYED.match(low, at) and
                _FROM_AFAR.search(low, start, _clause_end(low, stop, end)))


def explosives_left_or_found(low: str, start: int, at: int, stop: int, end: int,
                             sub: str) -> bool:
    """Whether the explosives went off nowhere: left behind, a hazard until one goes off or
    harms someone, or come upon before any went off."""
    if sub == IED[1] and _LEFT_BEHIND.match(low, at) and \
            not _HARM_OR_BLAST.search(low, *_own_stretch(low, at, stop, start, end)) and \
            not _USED_WITH.search(low, max(start, at - 100), at):
        return True  # "the presence of unexploded ordnance": a hazard, not an explosion
    # "forces encountered explosive devices": none went off
    return bool(sub == IED[1] and _DEVICE.match(low, at) and (
        (found := _COME_UPON.search(low, max(start, at - 120), at)) and
        not _NEXT_CLAUSE.search(low, found.start(), at) or
        _FOUND_AFTER.match(low, stop, end)) and
        not _HARM_OR_BLAST.search(low, *_own_stretch(low, at, stop, start, end)))


# A trapped building as what was struck or destroyed: "missile boats aided ground forces by
# striking booby-trapped buildings and Hamas observation posts", "troops destroyed
# booby-trapped buildings and explosives" (not "a booby-trapped building exploded as troops
# entered", "soldiers were killed when a booby-trapped house blew up": the trap went off)
_A_TRAP_STRUCK = re.compile(r"\b(?:struck|striking|strikes|hit|hitting|destroyed|destroying|"
                            r"destroys|demolished|demolishing|targeted|targeting|bombed|"
                            r"bombing|dismantled|dismantling|levelled|leveled|razed)\s+"
                            r"(?:(?:a|an|the|two|several|dozens\s+of|many|more|other|"
                            r"numerous)\s+)?(?:[\w-]+\s+){0,2}?$")
_TRAPPED_BUILDING = re.compile(r"booby[- ]?trapped\s+(?:[\w-]+\s+)?(?:buildings?|houses?|"
                               r"homes?|structures?|compounds?|posts?|sites?|tunnels?|shafts?|"
                               r"positions?|apartments?|schools?)\b")


def a_trap_struck(low: str, lo: int, at: int, stop: int, sub: str) -> bool:
    """Whether the bomb is what a trapped building was, struck or destroyed by the army: the
    building is the target described, not a bomb that went off ("striking booby-trapped
    buildings")."""
    return sub == IED[1] and low.startswith("booby", at) and \
        _TRAPPED_BUILDING.match(low, at) is not None and \
        _A_TRAP_STRUCK.search(low, lo, at) is not None


def set_ablaze_by_a_strike(low: str, lo: int, at: int, sub: str, out: list[Trigger]) -> bool:
    """Whether the fire is what a strike found before it did: "Israeli missiles set ablaze a
    tent camp", "Israeli shelling torched several tents" (``out``: the triggers kept so far;
    not "Israeli shells set ablaze a warehouse", told by no other)."""
    return bool(sub == DESTRUCTION[1] and low.startswith(("set ", "torch"), at) and
                _WEAPON_BEFORE.search(low, lo, at) and any(t.start >= lo for t in out))


# "At least 20 tents were set ablaze during the strike", "homes were torched in the
# attack": the fire told as the strike's own, named again (not "troops set ablaze homes in
# Khan Younis", nor "tents were set ablaze after the strike": what came of it later, maybe
# by other hands)
_IN_THE_STRIKE = re.compile(r"\s+(?:during|in|by)\s+(?:the|that|this)\s+(?:israeli\s+)?"
                            r"(?:air\s?strike|strike|attack|bombing|bombardment|shelling|"
                            r"raid|explosion|blast)s?\b")


def set_ablaze_in_the_strike(low: str, at: int, stop: int, sub: str) -> bool:
    """Whether the fire is told as the strike's own, named again right after it ("At least
    20 tents were set ablaze during the strike"): the strike's damage, not a separate act."""
    return bool(sub == DESTRUCTION[1] and low.startswith(("set ", "torch"), at) and
                _IN_THE_STRIKE.match(low, stop) is not None)


def a_fire_set_by_another(low: str, start: int, at: int, stop: int, end: int,
                          sub: str) -> bool:
    """Whether the fire is the strike's or a mishap's: "an airstrike hit a house and set it
    on fire" (the strike's fire), "a cooking stove ...; three tents were set alight" (a
    mishap's)."""
    return bool(sub == DESTRUCTION[1] and low.endswith(("on fire", "alight"), at, stop) and (
        _LIT_BY_FIRE.search(low, clause_back(low, start, at, 150), at) or
        _FIRE_BY_MISHAP.search(low, start, end)))


def rockets_of_another_day(low: str, start: int, lo: int, at: int, end: int, sub: str,
                           out: list[Trigger]) -> bool:
    """Whether rockets told fired from a place are no fire of the day: the place's record
    ("Beit Hanoun, from which rockets were fired for years"), an order's reason ("ordered the
    evacuation of eastern Khan Younis, saying rockets had been fired from Khan Younis"), or
    the place struck, told by the fire that left it ("Aircraft struck a launch post in Beit
    Hanoun from which rockets were fired"). ``out``: the triggers kept so far."""
    return bool(sub == SHELL[1] and _ROCKETS_TOLD_FROM.match(low, at) and (
        _LAUNCH_RECORD.search(low, start, end) or
        _GIVEN_AS_REASON.search(low, lo, at) and
        any(t.sub_event_type == EVACUATION[1] for t in out) or
        low.startswith(("from which", "from where"), at) and (
            any(t.event_type in VIOLENT for t in out) or
            _STRUCK_BEFORE.search(low, start, at))))


def retyped_as_a_bomb(low: str, lo: int, at: int, stop: int, end: int, etype: str,
                      sub: str) -> tuple[str, str]:
    """The type of a building blown up: a bomb (IED) where fighters set it off, or troops
    were inside ("fighters blew up a house used by Israeli soldiers": a bomb set off at the
    troops, not a house razed); its own type otherwise."""
    if sub == DESTRUCTION[1] and _BLEW_UP.match(low, at) and (
            (doers := _FIGHTERS_BLEW.search(low, lo, at)) and
            not _ARMY_BEFORE.search(low, lo, doers.start()) or
            _TROOPS_INSIDE.match(low, stop, end) and not _ARMY_BLEW.search(low, lo, at)):
        return IED
    return etype, sub


def troops_bombed_at(low: str, start: int, at: int, sub: str) -> int | None:
    """Where the attack on troops the bomb was planted for begins, if it was: "fighters had
    attacked Israeli troops in Khan Younis with an explosive device" is a bomb, not a fight
    (not "attacked Israeli troops with rifles and an explosive device": guns fired too)."""
    if sub == IED[1] and _DEVICE.match(low, at) and \
            (by_bomb := TARGETED_TROOPS.search(low, max(start, at - 100), at)) and \
            not _GUNS_TOO.search(low, by_bomb.start(), at):
        return by_bomb.start()
    return None


def retyped_as_a_rocket(text: str, low: str, at: int, etype: str,
                        sub: str) -> tuple[str, str]:
    """The type of a blast: the rocket's (shelling) where its paragraph blames a misfired
    rocket ("the explosion at al-Ahli Arab Hospital", "... denied Israeli claims that one of
    its rockets misfired"), not a bomb; its own type otherwise."""
    if sub == IED[1] and low.startswith("explosion", at) and _blamed_on_a_rocket(text, low, at):
        return SHELL
    return etype, sub


def hit_with_the_device(low: str, t: Trigger, devices: list[Trigger]) -> bool:
    """Whether the strike ``t`` is what a target was hit with, a bomb told by the weapon
    after "with": "the tank was targeted on Saturday with an explosive device", or after "by"
    in the passive: "their convoy was struck by an explosive device" (not "a drone strike hit
    fighters planting an explosive device": a strike of its own, named as one).
    ``devices``: the bombs the sentence kept."""
    if t.sub_event_type != AIR[1] or AIR_WORD.search(t.text.lower()) or \
            _STRIKE_NOUN.search(t.text.lower()):
        return False
    # (the passive before the verb, or within the trigger: "vehicle was hit")
    passive = _PASSIVE_BEFORE.search(low, max(0, t.start - 30), t.start) is not None or \
        _PASSIVE_IN.search(t.text.lower()) is not None
    return any(0 <= x.start - t.end <= 40 and (
        (w := _WITH_THE_DEVICE.search(low, t.end, x.start)) and
        not _WITH_THE_CARRIER.search(low, t.end, w.end()) or
        passive and _BY_THE_DEVICE.match(low, t.end, x.start) is not None and
        _DEVICE.match(low, x.start) is not None) for x in devices)
