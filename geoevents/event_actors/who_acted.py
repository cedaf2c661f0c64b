"""Which of the armed parties a clause names acted, and which were told, fought or hit.

:func:`geoevents.actors.find_actors` finds every party a sentence names; few of them acted.
A teller ("Hamas said", "IDF: ...", "the army says") is no party to the deed it tells,
unless it tells its own fighters' deed ("Our mujahideen targeted ..."); the one a hostile
verb names as its object ("troops eliminated a terrorist cell"), the one fought ("battles
with Palestinian armed groups"), the group a person belongs to, a relative of the one hit and
those a count names as the dead did not act. An attack on the Israeli forces is the other
side's, and projectiles told fired from a place of the Strip are its armed groups'.
"""

from __future__ import annotations

import re

from geoevents.actors import (
    ISRAELI,
    ONE_SIDED,
    OWN_MEN,
    PALESTINIAN_ARMED,
    ActorRef,
    attacks_next,
    find_actors,
)
from geoevents.anchored import Cues
from geoevents.casualties import find_casualties
from geoevents.event_actors.captives_and_truces import receives_the_freed
from geoevents.event_actors.harm_authors import (
    OWN_SIDE_MORE,
    TROOPS_HIT,
    own_side_harm,
    troops_counted_dead,
)
from geoevents.locate import attribution_spans
from geoevents.speech import NAME_TO_VERB, SPEAKS
from geoevents.trigger_table import ATTACK, BATTLE, IED, SHELL, VIOLENT
from geoevents.triggers import find_triggers
from geoevents.units import EventUnit, counts_combatants, israeli_dead


def other_sides_group(armed: list, struck: set[int], unit: EventUnit) -> str:
    """The Strip's armed group the clause names as the one that fought the Israeli forces
    (not one named as struck), else the Strip's armed groups at large."""
    return next((a.name for a in armed if a.side == "Palestinian" and a.start not in struck and
                 unit.clause.start <= a.start < unit.clause.end), PALESTINIAN_ARMED)


# an armed group's own statement of its deed, told as "our" fighters': "Saraya al-Quds: Our
# mujahideen targeted the occupation army's gathering with mortar shells", "Our mujahideen
# bombarded enemy forces east of Khan Younis"
_OUR_FIGHTERS = re.compile(r"\b[Oo]ur\s+(?:(?:heroic|brave)\s+)?(?:mujahideen|mujahidin|"
                           r"fighters|resistance\s+fighters)\b")
# ... whose foes are the Israeli forces by the group's words for them ("enemy forces", "a
# Zionist infantry force", "the occupation army")
_ENEMY = re.compile(r"\b(?:enemy|Zionist|occupation)\b", re.I)
# (not "Our fighters came under heavy shelling by occupation tanks", "our mujahideen were
# targeted by a drone": the fighters hit, by the forces)
_OURS_HIT = re.compile(r"\b(?:came\s+under|come\s+under|under\s+(?:heavy\s+)?(?:fire|shelling|"
                       r"bombardment)|(?:were|was|have\s+been|had\s+been|being)\s+(?:[\w-]+\s+)?"
                       r"(?:shelled|targeted|struck|hit|bombed|bombarded|attacked|killed|wounded|"
                       r"injured|ambushed|fired\s+(?:on|at|upon)))\b", re.I)
_WORD_END = re.compile(r"[\w-]*(?:\s+(?:on|at|upon)\b)?")
# the group named as the teller of a statement: "Saraya al-Quds: Our fighters ...",
# "[09:14] Al-Qassam Brigades: ..."
_STATEMENT_COLON = re.compile(r"\s*:\s")


def own_fighters_claim(text: str, unit: EventUnit, cues: Cues) -> tuple[str, str | None] | None:
    """(group, its foe) of a fight or fire an armed group tells as its own fighters' deed
    ("Our mujahideen targeted the occupation army's gathering"): the group whose statement
    it is, named before a colon in the sentence or in a statement told before it, else
    the Strip's armed groups; not an air strike or an order, which the group never makes."""
    if unit.event_type not in (BATTLE[0], SHELL[0]) or unit.sub_event_type in ONE_SIDED:
        return None
    ours = _OUR_FIGHTERS.search(text, unit.sentence.start, unit.anchor)
    if ours is None or _OURS_HIT.search(text, ours.end(), _WORD_END.match(text, unit.anchor).end()):
        return None
    before = find_actors(text, 0, ours.start(), cues=cues)
    if any(a.side != "Palestinian" and a.role == "armed" and a.start >= unit.sentence.start
           for a in before):
        # ("the army said our fighters ...": whose "our" is not told by a group's colon)
        return None
    tellers = [a for a in before if a.side == "Palestinian" and a.name != PALESTINIAN_ARMED
               and _STATEMENT_COLON.match(text, a.end)]
    group = tellers[-1].name if tellers else next(
        (a.name for a in reversed(before) if a.side == "Palestinian" and
         a.start >= unit.sentence.start), PALESTINIAN_ARMED)
    after = find_actors(text, ours.end(), unit.clause.end, cues=cues)
    foe = ISRAELI if _ENEMY.search(text, ours.end(), unit.clause.end) or \
        any(a.side == "Israel" for a in after) or \
        TROOPS_HIT.search(text, ours.end(), unit.clause.end) else None
    return group, foe


# a teller of the clause's own before its word: "and residents said homes were demolished"
_OWN_TELLER = re.compile(r"\b(?:" + SPEAKS + r")\b")


def _names_its_word(at: int, unit: EventUnit, cues: Cues) -> bool:
    """Whether the name at ``at`` stands on a word of the unit's own kind of event
    ("Israeli shelling", "Israeli airstrikes")."""
    return any(t.event_type == unit.event_type and _NAMED_ON_WORD.fullmatch(cues.text, at, t.start)
               for t in find_triggers(cues.text, at, min(unit.sentence.end, at + 60), cues=cues))


# fire at the Israeli forces: "opening fire on soldiers", "fired at an IDF patrol"
_FIRE_ON_TROOPS = re.compile(r"(?:(?:opening|opened|opens?)\s+fire|fired|firing|shot)\s+"
                             r"(?:on|at)\s+(?:an?\s+|the\s+)?(?:Israeli\s+|IDF\s+)?(?:soldiers?|troops|"
                             r"forces|force|patrols?|tanks?|positions?)\b"
                             # (not "opened fire on a force of the Hamas-run police")
                             r"(?!\s+(?:of|from|belonging\s+to)\s+(?:the\s+)?(?:Hamas|"
                             r"Palestinian|[Pp]olice|[Ss]ecurity|[Ii]nternal|[Ii]nterior))")
# an attack on the Israeli forces: "an attack on its troops in Rafah", "an ambush against
# IDF soldiers" (not "an attack on troops of the Hamas-run police")
# (nor "an attack on a force of militants in Rafah", "an assault on forces of the Qassam
# Brigades": forces of another, whoever they are, unless the army's own: "a force of
# Israeli soldiers", "a force of the Golani Brigade")
_ATTACK_ON_TROOPS = re.compile(r"(?:attack|assault|ambush|raid)\s+(?:on|against)\s+"
                               r"(?:(?P<own>its|their)\s+|the\s+|an?\s+)?(?:Israeli\s+|IDF\s+)?"
                               r"(?:soldiers?|troops|forces|force|patrols?|tanks?)\b"
                               r"(?!\s+(?:of|from|belonging\s+to)\s+(?!(?:the\s+)?(?:Israeli|"
                               r"IDF|Israel['’]s|Golani|Givati|Nahal|Kfir|Paratroopers)\b|"
                               r"(?:soldiers|troops|reservists|paratroopers|commandos)\b))")
# a claim of the teller's own: "Hamas said it carried out", "claimed" (not "accused",
# "condemned": the other side's attack)
_CLAIMED_NEXT = re.compile(NAME_TO_VERB + r"(?:" + SPEAKS + r")\b")
# the Israeli state or its army telling: "what Israel said was", "the army says"
_ISRAEL_SAID = re.compile(r"\b(?:Israel|(?:the\s+)?(?:Israeli\s+)?(?:army|military)|(?:the\s+)?IDF)"
                          r"\s+(?:has\s+|had\s+)?(?:" + SPEAKS + r")\b")
# ... the toll told after it in a clause of its own: "an attack on its troops in Rafah that
# killed two soldiers"
_THAT_KILLED = re.compile(r"[^,.;:]{0,50}?\b(?:that|which)\s+(?:had\s+|has\s+)?$")


def _attack_on_troops(text: str, unit: EventUnit) -> re.Match | None:
    """The attack on the Israeli forces the unit is: at its word, or told just before the
    toll that is its word."""
    at = _ATTACK_ON_TROOPS.match(text, unit.anchor)
    if at is not None:
        return at
    for m in _ATTACK_ON_TROOPS.finditer(text, max(unit.clause.start, unit.anchor - 120),
                                       unit.anchor):
        if _THAT_KILLED.fullmatch(text, m.end(), unit.anchor):
            return m
    return None


# "troops came under fire from terrorists", "forces came under heavy fire from gunmen"
_UNDER_FIRE_FROM = re.compile(r"(?<!Egyptian )(?<!Hamas )(?<!Palestinian )(?<!police )"
                              r"\b(?:troops|soldiers|forces)\s+(?:[\w-]+\s+){0,4}?"
                              r"(?:came|come|comes)\s+under\s+(?:[\w-]+\s+){0,2}?(?:gun)?fire\s+"
                              r"from\s+(?:the\s+)?(?:[\w-]+\s+)?(?:terrorists|militants|gunmen|"
                              r"fighters|Hamas|operatives|cells?|squads?)\b")
# the other side's deed a strike answered: "the strikes came in response to a gunman
# crossing the yellow line", "in retaliation for militants' rocket fire"
_IN_RESPONSE_TO = re.compile(r"\b(?:in\s+response\s+to|in\s+retaliation\s+for|"
                             r"retaliat\w+\s+(?:for|against))\s+(?:an?\s+|the\s+)?"
                             r"(?:[\w'’-]+\s+){0,2}$", re.I)
# a loss told as the named side's: "the deadliest incident for the IDF", "the heaviest
# day for the army" (with the toll of its own dead: not "in the deadliest day for the IDF,
# troops killed 30 militants")
_LOSS_FOR = re.compile(r"\b(?:incident|day|loss|losses|toll|blow|setback|attack)\s+"
                       r"for\s+(?:the\s+)?$", re.I)
# from a generic armed name to the group it is of: "gunmen from Hamas", "fighters of the"
_OF_GROUP = re.compile(r"\s+(?:from|of|belonging\s+to)\s+(?:the\s+)?", re.I)
# ... a group's name that tells of others or a place ("Gunmen from Hamas's rival Fatah",
# "Gunmen from the Hamas stronghold of Shejaia", "Gunmen from Hamas-linked families")
_NOT_OF_GROUP = re.compile(r"(?:['’]s?\s+(?:[\w-]+\s+)?(?:rivals?|foes?|opponents?|enemies|"
                           r"adversaries|critics)|\s+(?:strongholds?|bastions?|heartland|"
                           r"territory)|-(?:ruled|controlled|held|linked|affiliated|allied))\b",
                           re.I)
# ... as a place's name only ("Jabalia, a Hamas stronghold", "Hamas-ruled Gaza"; not
# "Hamas-affiliated fighters were detained": the people held, named by their group)
PLACE_OF_GROUP = re.compile(r"(?:\s+(?:strongholds?|bastions?|heartland|territory)|"
                            r"-(?:ruled|controlled|held))\b", re.I)
# a headline's teller: "IDF: 21 reservists killed ..." (the name, then a colon)
_HEADLINE_TELLER = re.compile(r"\s*(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s*:\s", re.I)
# ... with nothing after the name but a teller's word ("IDF spokesman:", "Israeli army
# says:"; not "Israeli troops advance: three soldiers killed": a deed of its own)
_TELLER_TAIL = re.compile(r"(?:\s+(?:spokes(?:man|woman|person)|says|said|officials?|sources?|"
                          r"chief))?\s*:\s", re.I)


def _headline_teller(text: str, start: int, actor: ActorRef) -> bool:
    """Whether the actor is the teller a headline names before its colon."""
    m = _HEADLINE_TELLER.match(text, start)
    return m is not None and actor.end <= m.end() and \
        _TELLER_TAIL.fullmatch(text, actor.end, m.end()) is not None


# the Israeli side's own deed on its name: "Israeli strikes killed 44", "Israeli jets bombed"
# (told in a clause of its own, after "and" or a comma: not "were killed when an Israeli
# drone crashed on their position", "killed after an Israeli airstrike hit the building they
# were in", "killed during Israeli raids": the deed the dead fell in)
_NEXT_CLAUSE = re.compile(r"(?:,|;|\band|\bwhile|\bwhereas|\bmeanwhile)\s+(?:an?\s+|the\s+)?$",
                          re.I)
_ITS_OWN_DEED_NEXT = re.compile(r"[\w-]+(?:['’]s?)?\s+(?:(?:air|drone|artillery|tank|naval)\s+)?"
                                r"(?:air\s?strikes?|strikes?|shelling|bombardment|bombing|"
                                r"warplanes?|jets?|aircraft|drones?|raids?)\b", re.I)


# a speaker's verb after its name: "Hamas said", "Hamas's media office said", "Hamas
# accused Israel of"
# ("The Israeli army acknowledged that four soldiers were killed": a teller's word too)
_SPEAKER_NEXT = re.compile(NAME_TO_VERB + r"(?:" + SPEAKS + r"|accused|accuses|condemned|"
                           r"condemns|blamed|blames|denounced|denounces|acknowledged|"
                           r"acknowledges|admitted|admits)\b")
# the speaker's own people named as hit: "killed its commander", "its fighters were killed"
_ITS_OWN_HIT = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:commanders?|chiefs?|"
                          r"leaders?|fighters|members|operatives|officials?|founders?|head|"
                          r"deputy|militants|gunmen|men|spokes(?:man|woman|person)|"
                          r"brigades?|units?|wing|cadres?)\b", re.I)


def _own_drone(text: str, unit: EventUnit, actor1: ActorRef) -> bool:
    """Whether the Palestinian group named first flew the drone its clause tells of: a drone
    named as the group's ("A Hamas drone attack wounded three Israeli soldiers"), or one
    the group says it sent at the Israeli side ("Hamas's armed wing said it struck an
    Israeli tank with a drone"); not "militants who fired at Israeli troops were killed in a
    drone strike", nor a drone that hit the group ("said its commander was killed in a drone
    strike")."""
    if unit.sub_event_type != "Air/drone strike" or \
            _DRONE_HIT_THEM.search(text, unit.clause.start, unit.clause.end):
        return False
    if _NAMES_DRONE.match(text, actor1.end, unit.clause.end):
        return True
    return _DRONE.search(text, unit.clause.start, unit.clause.end) is not None and \
        _SAYS_IT.match(text, actor1.end, unit.clause.end) is not None and \
        _AT_ISRAELI.search(text, actor1.end, unit.clause.end) is not None


_DRONE = re.compile(r"\bdrones?\b", re.I)
# "A Hamas drone attack", "Hamas's suicide drones"
_NAMES_DRONE = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+)?drones?\b", re.I)
# "Hamas's armed wing said it", "Islamic Jihad claimed its fighters"
_SAYS_IT = re.compile(r"(?:['’]s?)?(?:\s+[\w-]+){0,3}?\s+(?:said|says|claimed|claims|announced)"
                      r"\s+(?:that\s+)?(?:it|its|they|their)\b")
# what was hit of the Israeli side: "struck an Israeli tank", "on an Israeli command post"
_AT_ISRAELI = re.compile(r"\b(?:at|on|against|struck|hit|targeted|targeting|attacked|killed|"
                         r"killing|wounded|wounding)\s+(?:an?\s+|the\s+|[\w-]+\s+)?"
                         r"(?:Israeli|IDF|Israel['’]s|occupation)\b")
# (not "its commander was killed in a drone strike", "an Israeli drone strike later killed
# two of its fighters": the drone that hit the group)
_DRONE_HIT_THEM = re.compile(r"\b(?:killed|hit|struck|wounded|injured)\s+(?:in|by)\s+"
                             r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?drones?\b|"
                             r"\b(?:Israeli|IDF|Israel['’]s)\s+(?:[\w-]+\s+)?drones?\b", re.I)


def _relative_firer(text: str, armed: list, unit: EventUnit):
    """The armed actor a relative clause says fired what the unit is about ("militants who
    had fired rockets"), when the unit's word is in that clause."""
    for a in armed:
        m = _WHO_FIRED.match(text, a.start)
        if m is not None and m.start("verb") <= unit.anchor < m.end() + 40 and \
                "," not in text[m.end():unit.anchor] and ";" not in text[m.end():unit.anchor]:
            return a
    return None


# "militants who had fired rockets", "the gunmen who launched mortars"
_WHO_FIRED = re.compile(r"[\w'’ -]{0,40}?\s+(?:who|that)\s+(?:had\s+|have\s+|has\s+|"
                        r"reportedly\s+|allegedly\s+){0,2}(?P<verb>fired|launched|shot)\b")
# Projectiles told fired from a place, their firer unnamed: "eight projectiles crossed from
# the Rafah area", "rockets were launched from Khan Younis" (not "Israeli artillery fired
# shells from positions east of Rafah", "missiles fired from a drone": shells, or the army's
# own aircraft)
_FIRED_FROM = re.compile(
    r"\b(?:rockets?|projectiles?|mortars?|mortar\s+(?:shells?|rounds?|bombs?))\s+"
    r"(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?"
    r"(?:fired|launched|crossed|came|shot)\s+(?:[\w-]+\s+){0,4}?(?:from|out\s+of)\s+"
    r"(?!(?:the\s+|an?\s+)?(?:israeli|idf|drones?|helicopters?|aircraft|jets?|warplanes?|"
    r"planes?|tanks?|gunboats?|warships?|ships?|sea|air|lebanon|yemen|syria|iraq|iran|"
    # (nor "mortar shells fired from Israel hit a school", "projectiles fired from a
    # quadcopter hit a tent", "mortars fired from across the border", "from positions near
    # the border fence", "from naval vessels": the army's, from its side or its machines)
    r"israel|iof|occupation|quadcopters?|navy|naval|vessels?|boats?|across|border|"
    r"(?:[\w'’-]+\s+){1,3}?(?:border|fence|israeli|israel|idf))\b)|"
    # "a launch post in Beit Hanoun, from which rockets were fired toward Sderot"
    r"\bfrom\s+(?:which|where)\s+(?:[\w-]+\s+)?(?:rockets?|projectiles?|mortars?)\s+"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:fired|launched)\b",
    re.I)


def fire_from_the_strip(text: str, unit: EventUnit) -> bool:
    """Whether the unit's word is projectiles told fired from a place, their firer unnamed
    ("eight projectiles crossed from the Rafah area", "a barrage of rockets was launched out
    of Jabalia"); not a strike told with them ("said it struck the launch site of rockets
    fired from Beit Hanoun", "bombed Jabalia in response to rockets fired from the area":
    the army's own strike)."""
    begin, stop = max(unit.clause.start, unit.anchor - 20), min(unit.clause.end, unit.anchor + 80)
    window = text[begin:stop]
    if window.isascii():
        # (most clauses name no projectile: a plain test first, exact for ASCII text, where
        # the pattern's ignored case is only upper and lower)
        low = window.lower()
        if "rocket" not in low and "projectile" not in low and "mortar" not in low:
            return False
    m = _FIRED_FROM.search(text, begin, stop)
    return m is not None and m.start() <= unit.anchor + 20


# an actor that speaks: "The Israeli military said", "the army says that"
_SAYS = re.compile(r"[\w'’ -]{0,40}?\s+(?:has\s+|had\s+)?(?:said|says|say|reported|reports|"
                   r"announced|stated|added|claimed)\b")


# "Three IDF soldiers", "at least eight Hamas fighters": the count, then who they were (not
# "15 people killed in Israeli airstrikes", "nine others injured when Israeli troops opened
# fire": who killed or hurt them)
_COUNTED_AS = re.compile(r"[\w,-]+(?:\s+(?!killed\b|killing\b|"
                         r"in\b|by\b|during\b|from\b|when\b|as\b|after\b|while\b|"
                         r"were\b|was\b|are\b|is\b)[\w,-]+){0,3}\s+")
_STRIKE_ANCHOR = re.compile(r"(?:air\s?strikes?|strikes?|raids?|shelling|bombardment)\b",
                            re.I)
_NAMED_ON = re.compile(r"[A-Z][\w'’-]*\s+(?:(?:air|drone|tank|army|military)\s+)?")
# an armed actor told as hit: "Militants were killed by an Israeli drone strike", "two
# resistance fighters were wounded", "dozens of terror suspects were apprehended" (the other
# party, not who acted)
_NAMED_HIT = re.compile(r"(?:[\w'’-]+\s+){0,3}?(?:was|were|had\s+been|have\s+been|has\s+been)"
                        r"\s+(?:killed|wounded|injured|shot(?:\s+dead)?|hit|struck|targeted|"
                        r"bombed|arrested|detained|apprehended|captured)\b")
_HELD_BY = re.compile(r"\b(?:held|kept|holding|captive|captivity)\s+(?:by|of)\s+(?:the\s+)?$",
                      re.I)
_MEMBER_OF = re.compile(r"\b(?:(?:commanders?|leaders?|members?|officials?|heads?|chiefs?|"
                        r"operatives?|spokes(?:man|person|woman)|founders?|deputy|officers?)"
                        r"\s+(?:[\w'’-]+\s+){0,2}?(?:of|in)|"
                        # "one of those killed was X, who headed operations for Hamas's
                        # internal security", "who was in charge of Hamas's rocket unit"
                        r"(?:headed|led|commanded|ran|run|oversaw|overseen)\s+"
                        r"(?:[\w'’-]+\s+){0,3}?(?:for|of|in|at)|"
                        r"in\s+charge\s+(?:[\w'’-]+\s+){0,3}?of)\s+(?:the\s+)?$", re.I)
# "Members of Hamas's armed wing ambushed ...": the members open the sentence and act; only
# a passive verb makes them the ones hit ("A senior commander of Hezbollah's rocket unit is
# assassinated")
_OPENS = re.compile(r"\W*(?:(?:the|a|an|two|three|several|some|senior|top|deputy|former|"
                    r"local|high-ranking|[\w-]+-ranking)\s+){0,3}$", re.I)
_PASSIVE_HIT = re.compile(r"[^.;]{0,80}?\b(?:is|are|was|were|has been|have been|had been|being)\s+"
                          r"(?:\w+\s+)?(?:killed|assassinated|eliminated|targeted|wounded|"
                          r"injured|arrested|detained|captured|struck|hit)\b", re.I)


def _member_of(text: str, at: int, sentence_start: int) -> bool:
    """Whether the group at ``at`` is named only as the one a person belongs to."""
    m = _MEMBER_OF.search(text, max(0, at - 40), at)
    if m is None:
        return False
    if _OPENS.fullmatch(text, sentence_start, m.start()):
        return _PASSIVE_HIT.match(text, at) is not None
    return True


_FOUGHT_WORDS = (r"against|targeting|targeted|attacked|attacking|ambushed|defeat|destroy|"
                 r"dismantle|eliminate|fight|fighting|fought|"
                 # "exchanges of fire between soldiers and Palestinian militants": the one
                 # named second
                 r"between\s+(?:[\w'’-]+\s+){1,3}?and")
# the object of a hostile verb: "troops eliminated a terrorist cell", "struck a squad of
# terrorists", "identified three terrorists" (not "struck by Hamas": the one who struck)
_STRUCK_OBJECT = re.compile(
    r"\b(?:eliminat(?:ed|ing)|struck|striking|hit|hitting|identified|located|spotted|"
    r"encountered|neutrali[sz](?:ed|ing)|raid(?:ed|ing)|bomb(?:ed|ing)|shell(?:ed|ing)|"
    r"storm(?:ed|ing)|destroy(?:ed|ing)|demolished|dismantl(?:ed|ing)|target(?:ed|ing)|"
    r"seiz(?:ed|ing)|captured|uncovered|"
    # ("During an overnight raid on a Hamas military compound": the deed's noun, and
    # what it was on)
    r"(?:raids?|strikes?|airstrikes?|assaults?|attacks?)\s+(?:on|against))\s+(?:(?:a|an|the|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|numerous|dozens|scores|some|about|approximately|around|"
    r"more|than|at|least|of|\d[\d,]*|squads?|cells?|groups?|number|armed)\s+){0,4}"
    # and one word of what was struck: "forces raided a Hamas command center", "jets
    # struck Hamas positions" (not "struck as Hamas fired", "struck after Hamas said"; nor
    # "a neighbourhood stormed during Israeli raids", "a house hit in Israeli shelling": the
    # place struck, the name after it on the deed that struck it)
    r"(?:(?!(?:as|after|when|while|and|before|because|since|that|which|where|by|with|from|"
    r"said|says|in|during|amid|amidst|under|on|near|through|throughout|despite|following|"
    r"until|into|over|was|were|is|are|been|being)\b)[a-z-]+\s+)?$", re.I)
# a relative of the one hit: "brother of senior Hamas figures", "the son of a Hamas commander"
_KIN_OF = re.compile(r"\b(?:brothers?|sisters?|sons?|daughters?|wife|wives|husband|father|"
                     r"mother|parents|relatives?|nephews?|nieces?|cousins?|grandsons?|"
                     r"granddaughters?|grandchildren)\s+of\s+(?:(?:the|a|an|senior|top|late|"
                     r"slain|former|[\w-]+-ranking)\s+){0,3}$", re.I)
# a word's agent named as the speaker's own: "hit by its fighters", "struck by their men"
_BY_ITS_OWN = re.compile(rf"[\w-]+\s+by\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:{OWN_MEN})\b")
# the other side's own deed, told by its author: "eight soldiers were killed in an ambush by
# Palestinian resistance fighters", "soldiers killed by Hamas fighters"
_DEED_BY = re.compile(r"\b(?:ambush|attack|assault|fire|rockets?|missiles?|killed|wounded|"
                      r"injured|launched|fired|carried\s+out)\s+by\s+(?:the\s+)?"
                      r"(?:[\w'’-]+\s+){0,2}$", re.I)
_NAMED_ON_WORD = re.compile(r"[\w'’-]+\s+")
# ("detonated against an Israeli force": the one fought, named with its article)
_FOUGHT = re.compile(rf"\b(?:with|{_FOUGHT_WORDS})\s+(?:the\s+|an?\s+|remaining\s+)?$", re.I)
# ("Despite coordinating movements with the IDF, the convoy was hit", "fighters, in
# coordination with the Qassam Brigades, attacked": "with" names a partner, not an opponent)
_PARTNER = re.compile(r"\b(?:coordinat\w+|cooperat\w+|together|partnership|conjunction)\s+"
                      r"(?:[\w'’-]+\s+){0,2}?with\s+(?:the\s+)?$", re.I)
_FOUGHT_NOT_WITH = re.compile(rf"\b(?:{_FOUGHT_WORDS}|(?:coordination|together|cooperation|"
                              rf"conjunction|coordinated|partnership) with)\s+"
                              rf"(?:the\s+|remaining\s+)?$", re.I)


# -- the checks unit_actors makes, in its order ------------------------------------------


def fire_on_troops_sides(text: str, unit: EventUnit,
                         named: list[ActorRef]) -> tuple[str, str] | None:
    """(actor1, actor2) of fire at the Israeli forces: "a gunman crossing the yellow line and
    opening fire on soldiers", told by the army: who fired is the one named last before the
    fire, the troops the ones fired on. None where the unit is no such fire, or the one named
    last is of the Israeli side or a civilian."""
    if unit.event_type in (BATTLE[0], ATTACK[0]) and _FIRE_ON_TROOPS.match(text, unit.anchor):
        before = [a for a in named if a.role == "armed" and a.end <= unit.anchor]
        if not before or before[-1].side not in ("Israel", "civilians"):
            return (before[-1].name if before else PALESTINIAN_ARMED), ISRAELI
    return None


def attack_on_troops_sides(text: str, unit: EventUnit,
                           named: list[ActorRef]) -> tuple[str, str] | None:
    """(actor1, actor2) of a battle that is an attack on the Israeli forces: "in response to
    what Israel said was an attack on its troops in Rafah that killed two soldiers": the
    attack is the other side's, whoever is named elsewhere in the sentence; the one who tells
    of it is no party ("its troops" only of an Israeli teller: not "Hamas said an attack on its
    forces"). None where the unit is no such attack."""
    attack = _attack_on_troops(text, unit) if unit.event_type == BATTLE[0] else None
    if attack is not None:
        before = [a for a in named if a.role == "armed" and a.end <= attack.start()]
        tellers = [a for a in before if _SPEAKER_NEXT.match(text, a.end, attack.start())]
        doers = [a for a in before if a not in tellers and attack.start() - a.end <= 30]
        # (but a group of the other side that tells of the attack claims it: "Hamas said it
        # carried out an attack on Israeli forces in Rafah that killed two soldiers", "the
        # al-Quds Brigades claimed an attack on Israeli forces")
        claimer = tellers[-1] if tellers and tellers[-1].side == "Palestinian" and \
            _CLAIMED_NEXT.match(text, tellers[-1].end, attack.start()) else None
        if (not doers or doers[-1].side not in ("Israel", "civilians")) and \
                (not attack.group("own") or tellers and tellers[-1].side == "Israel" or
                 not tellers and _ISRAEL_SAID.search(text, unit.sentence.start, attack.start())):
            return (doers[-1].name if doers else claimer.name if claimer else PALESTINIAN_ARMED), \
                ISRAELI
    return None


def named_in_the_sentence(text: str, unit: EventUnit, cues: Cues,
                          named: list[ActorRef]) -> list[ActorRef]:
    """The parties the clause names, or the sentence's where the clause names no armed one:
    "the Israeli army stormed the hospital, ... and removed patients": who acted is named in
    another clause of the sentence (not "Islamic Jihad claimed sniper attacks ..., and
    residents said dozens of homes were demolished": a group that tells of its own deed in
    another clause is no party to the deed others tell of)."""
    if not any(a.role == "armed" for a in named):
        named = find_actors(text, unit.sentence.start, unit.sentence.end, cues=cues) or named
        if _OWN_TELLER.search(text, unit.clause.start, unit.anchor):
            named = [a for a in named if a.role != "armed" or
                     unit.clause.start <= a.start < unit.clause.end or
                     not _SPEAKER_NEXT.match(text, a.end, unit.sentence.end)]
    return named


def without_sources(named: list[ActorRef], unit: EventUnit, cues: Cues) -> list[ActorRef]:
    """The parties named outside the sentence's attribution: "According to the Hamas media
    office": who reports is not a party."""
    sources = attribution_spans(unit.sentence, cues)
    return [a for a in named if not any(lo <= a.start < hi for lo, hi in sources)]


def armed_parties(text: str, named: list[ActorRef]) -> list[ActorRef]:
    """The armed parties named, less those told as holding captives and those told as a
    relative's: "Dr. Zakaria Sinwar, brother of senior Hamas figures": the group a relative of
    the one hit belongs to is no party."""
    return [a for a in named if a.role == "armed" and
            not _HELD_BY.search(text, max(0, a.start - 20), a.start) and
            not _KIN_OF.search(text, max(0, a.start - 40), a.start)]


def struck_objects(text: str, armed: list[ActorRef]) -> set[int]:
    """Where the armed parties a hostile verb names as its object begin: "troops eliminated a
    terrorist cell", "struck a squad of terrorists"."""
    return {a.start for a in armed if _STRUCK_OBJECT.search(text, max(0, a.start - 50), a.start)}


def acting_parties(text: str, unit: EventUnit, cues: Cues, armed: list[ActorRef],
                   struck: set[int]) -> list[ActorRef]:
    """The armed parties that acted: not the one fought ("ground battles with Palestinian
    armed groups", "goals were to defeat Hamas"), nor those a count names as the dead or
    wounded ("Three IDF soldiers are killed when Hamas launches a rocket barrage"), nor the
    group a person belongs to ("Ismail Baz, commander of Hezbollah's coastal sector, is
    assassinated": who they were, the other party); but the name on the deed's own word is its
    author, whatever "with" comes before ("fighting raged in Rafah, with Israeli shelling
    killing five in Tal as-Sultan")."""
    hurt = [c.start for c in unit.casualty_phrases if c.victim]
    # ("ended with the IDF withdrawing": "with" names an opponent only in fighting)
    fought = _FOUGHT if unit.event_type in VIOLENT else _FOUGHT_NOT_WITH
    return [a for a in armed if (not fought.search(text, max(0, a.start - 30), a.start) or
                                 fought is _FOUGHT and
                                 _PARTNER.search(text, max(0, a.start - 50), a.start) or
                                 unit.event_type != BATTLE[0] and
                                 _names_its_word(a.start, unit, cues))
            and not any(_COUNTED_AS.fullmatch(text, at, a.start) for at in hurt)
            and not _member_of(text, a.start, unit.sentence.start)
            and not _NAMED_HIT.match(text, a.start)
            # "the deadliest single incident for the IDF since the ground offensive began":
            # the side the loss befell
            and not (_LOSS_FOR.search(text, max(0, a.start - 40), a.start) and
                     unit.casualty_phrases and all(israeli_dead(c) == (a.side == "Israel")
                                                   for c in unit.casualty_phrases))
            # "troops eliminated a terrorist cell", "struck a squad of terrorists": the
            # ones a hostile verb names as its object did not act
            and a.start not in struck
            # "the captives were transferred to Israeli forces": who receives the freed
            # does not free them
            and not receives_the_freed(text, unit, a.start)]


def firer_told(text: str, unit: EventUnit, armed: list[ActorRef],
               struck: set[int]) -> ActorRef | None:
    """The armed party a relative clause says fired what the unit is about ("would operate
    against militants who had fired rockets from Khan Younis"), where the unit tells no toll
    (nor "troops eliminated a terrorist cell that fired anti-tank missiles at IDF troops": the
    unit is the deed done to the firers)."""
    return None if unit.casualty_phrases else _relative_firer(
        text, [a for a in armed if a.start not in struck], unit)


def without_fire_tellers(text: str, armed: list[ActorRef], acting: list[ActorRef],
                         firer: ActorRef | None) -> tuple[list[ActorRef], list[ActorRef]]:
    """(armed, acting) of projectiles fired: "The Israeli military said eight projectiles
    crossed from the Rafah area": who tells of rockets fired from the Strip is their source,
    neither their firer nor their target; the firer a relative clause names acted first
    ("would operate against militants who had fired rockets from Khan Younis": the rockets
    are the militants', the threat after "against" is no event of its own)."""
    armed = [a for a in armed if not (a.side == "Israel" and _SAYS.match(text, a.start + 1))]
    acting = [a for a in acting if a in armed]
    if firer is not None:
        acting = [firer] + [a for a in acting if a is not firer]
    return armed, acting


def named_by_its_group(text: str, acting: list[ActorRef],
                       armed: list[ActorRef]) -> list[ActorRef]:
    """The acting parties, the generic name that acted first replaced by the group it is told
    of: "masked gunmen from Hamas' military wing", "fighters of the Qassam Brigades"."""
    actor1 = acting[0] if acting else None
    if actor1 is not None and actor1.name == PALESTINIAN_ARMED:
        named_as = next((a for a in armed if a.side == "Palestinian" and
                         a.name != PALESTINIAN_ARMED and
                         _OF_GROUP.fullmatch(text, actor1.end, a.start) and
                         not _NOT_OF_GROUP.match(text, a.end)), None)
        if named_as is not None:
            return [named_as] + [a for a in acting if a is not actor1 and a is not named_as]
    return acting


def strike_named_on(text: str, unit: EventUnit, actor1: ActorRef | None,
                    acting: list[ActorRef]) -> tuple[ActorRef | None, ActorRef | None]:
    """(who told of it, who acted) of a strike: "Hamas said its fighters attacked Israeli
    troops ... in response to Israeli strikes on Rafah that killed 10 people": the strike's
    author is the one named on it, the one named first its teller."""
    if actor1 is not None and _STRIKE_ANCHOR.match(text, unit.anchor):
        own = [a for a in acting if a.side != actor1.side and a.start < unit.anchor and
               _NAMED_ON.fullmatch(text, a.start, unit.anchor)]
        return (actor1, own[0]) if own else (None, actor1)
    return None, actor1


def struck_by_a_strike(text: str, unit: EventUnit, armed: list[ActorRef]) -> list[ActorRef]:
    """The armed parties an air strike, an evacuation order or a siege in the Strip may have
    hit: the other side named with it is the one struck ("Hamas's deputy leader confirmed
    that Sinwar was killed"), or, told at a deed of its own, no party ("towns pounded from the
    air since Hamas gunmen stormed southern Israel", "an ambush by Palestinian resistance
    fighters"); the Israeli side named with it is not the one struck ("the site of an ambush
    where eight Israeli soldiers were killed")."""
    return [a for a in armed if a.side != "Palestinian" or
            not attacks_next(text, a, unit.sentence.end) and
            not _DEED_BY.search(text, max(0, a.start - 40), a.start) and
            not _IN_RESPONSE_TO.search(text, max(0, a.start - 40), a.start)]


def own_drone_at_israeli(text: str, unit: EventUnit, actor1: ActorRef | None,
                         armed: list[ActorRef]) -> bool:
    """Whether an armed group of the Strip flew the drone the strike is, at the Israeli side:
    "Hamas's armed wing said it struck an Israeli tank with a drone": the group's drone, and
    the Israeli forces it hit."""
    return actor1 is not None and actor1.side == "Palestinian" and \
        _own_drone(text, unit, actor1) and \
        not any(a.side == "Israel" for a in armed) and \
        _AT_ISRAELI.search(text, actor1.end, unit.clause.end) is not None


def strike_author(text: str, unit: EventUnit, actor1: ActorRef | None, acting: list[ActorRef],
                  armed: list[ActorRef]) -> tuple[ActorRef | None, list[ActorRef]]:
    """(actor1, armed) of an air strike, an evacuation order or a siege in the Strip, the
    Israeli military's: a group of the Strip named first is not its author (but "Hamas said
    Israeli troops hit by its fighters": the word's agent named as the speaker's own); one
    that tells of it is no party to it ("Hamas's media office said an airstrike on a school
    killed 12 people", "Hamas accused Israel of an airstrike that killed 12 people"; but
    "Hamas said an airstrike killed its commander": its own were the ones struck); with no
    author named, the Israeli side named with it is not the one struck."""
    if actor1 is not None and actor1.side == "Palestinian" and \
            not _BY_ITS_OWN.match(text, unit.anchor, unit.sentence.end) and \
            not _own_drone(text, unit, actor1):
        speaker, actor1 = actor1, next((a for a in acting if a.side != "Palestinian"), None)
        if _SPEAKER_NEXT.match(text, speaker.end, unit.sentence.end) and \
                not _ITS_OWN_HIT.search(text, speaker.end, unit.sentence.end):
            armed = [a for a in armed if a is not speaker]
    if actor1 is None:
        armed = [a for a in armed if a.side != "Israel"]
    return actor1, armed


def other_sides_names(armed: list[ActorRef], actor1: ActorRef | None,
                      told_by: ActorRef | None) -> list[str]:
    """The other party's names, of the other side than who acted: "Hamas" and "its armed
    wing" are one side; a group named beside "terrorists" or "militants" is who they were
    ("killed three terrorists, all members of the al-Qassam Brigades"), the generic name
    last."""
    others = [a.name for a in armed if (actor1 is None or a.side != actor1.side) and
              a is not told_by]
    others.sort(key=lambda name: name == PALESTINIAN_ARMED)
    return others


def holding_party(named: list[ActorRef], armed: list[ActorRef]) -> list[str]:
    """The armed parties named as holding captives: "hostages held by Hamas at Nuseirat were
    rescued in the operation": the party holding them is the one the operation was
    against."""
    return [a.name for a in named if a.role == "armed" and a not in armed]


def dead_before_its_own_deed(text: str, unit: EventUnit, actor1: ActorRef | None) -> bool:
    """Whether the Israeli name after the troops' dead stands on a deed of its own: "a day in
    which two of its soldiers were killed in Rafah and Israeli strikes killed 44
    Palestinians": not on the fight that killed them; the other side killed them."""
    return actor1 is not None and actor1.side == "Israel" and bool(unit.casualty_phrases) and \
        all(israeli_dead(c) and c.end <= actor1.start for c in unit.casualty_phrases) \
        and _ITS_OWN_DEED_NEXT.match(text, actor1.start) is not None and \
        _NEXT_CLAUSE.search(text, max(c.end for c in unit.casualty_phrases),
                            actor1.start) is not None and \
        not own_side_harm(text, unit)


def army_tells_its_dead(text: str, unit: EventUnit, cues: Cues, actor1: ActorRef | None) -> bool:
    """Whether the army tells of its own dead, the ones who killed them of the other side,
    named in the clause or not: "The Israeli military said the strikes targeted Hamas
    commanders after a soldier was killed in Rafah", "The army said a soldier was killed in
    Khan Younis", "IDF: 21 reservists killed when buildings collapse in central Gaza" (a
    headline's teller before its colon); not "said its troops killed 20 militants in Rafah,
    and a soldier was killed in the fighting": the army's dead among those it killed, the
    troops the ones who fought."""
    return actor1 is not None and actor1.side == "Israel" and \
        (_SPEAKER_NEXT.match(text, actor1.end, unit.sentence.end) is not None or
         _headline_teller(text, unit.sentence.start, actor1)) and \
        any(israeli_dead(c) for c in unit.casualty_phrases) and \
        all(israeli_dead(c) or not counts_combatants(c)
            for c in find_casualties(text, unit.sentence.start, unit.sentence.end,
                                     cues=cues)) \
        and not own_side_harm(text, unit) and \
        not OWN_SIDE_MORE.search(text, unit.sentence.start, unit.sentence.end)


def army_tells_fire_at_troops(text: str, unit: EventUnit, actor1: ActorRef | None) -> bool:
    """Whether the army tells of the fire at its troops: "IDF says troops in Rafah came under
    fire from terrorists emerging from a tunnel shaft": who fired is the other side."""
    return actor1 is not None and actor1.side == "Israel" and \
        _SPEAKER_NEXT.match(text, actor1.end, unit.sentence.end) is not None and \
        _UNDER_FIRE_FROM.search(text, actor1.end, unit.clause.end) is not None and \
        not own_side_harm(text, unit)


def bomb_on_its_troops(text: str, unit: EventUnit, actor1: ActorRef | None) -> bool:
    """Whether the army tells of its own dead by a bomb: "the military said seven soldiers
    were killed in Khan Younis when a bomb was attached to their armored vehicle", "the
    military said Col. X, commander of the 401st Brigade, was killed": the bomb is the armed
    groups' (not "killed when an explosive device planted by the troops detonated
    prematurely")."""
    return unit.sub_event_type == IED[1] and actor1 is not None and actor1.side == "Israel" and \
        _SPEAKER_NEXT.match(text, actor1.end, unit.sentence.end) is not None and \
        troops_counted_dead(unit) and \
        not own_side_harm(text, unit)


def first_group(armed: list[ActorRef]) -> str:
    """The first armed group of the Strip named, else the Strip's armed groups at large."""
    return next((a.name for a in armed if a.side == "Palestinian"), PALESTINIAN_ARMED)


# a passive harm verb's agent: "was shot dead by his captors", "were killed by Hamas gunmen",
# "was executed by militants" (the words after "by" name who acted)
_BY_AGENT = re.compile(r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )"
                       r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being)\s+"
                       r"(?:\w+ly\s+)?(?:killed|shot(?:\s+dead)?|executed|murdered|"
                       r"abducted|kidnapped|wounded|injured|stabbed|beaten)\s+by\s+"
                       r"(?P<agent>(?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.I)
# ... an agent of the armed groups that no actor's name gives: "his captors", "gunmen"
_ARMED_AGENT = re.compile(r"\b(?:captors|kidnappers|abductors|gunmen|militants|terrorists)\b",
                          re.I)


def by_agent_first(text: str, unit: EventUnit, acting: list[ActorRef]) -> list[ActorRef]:
    """The acting parties, the agent a passive verb names with "by" first: "The IDF said a
    hostage was shot dead by his captors", "the army said two men were killed by Hamas
    gunmen": who did it is the one "by" names, not who told of it, whose name opens the
    sentence (not "killed by an Israeli airstrike, Hamas said": the teller after the deed;
    nor "the IDF said its troops killed": no passive agent)."""
    # (a deed of violence only, told by its own verb: not "rescued a hostage who was
    # kidnapped by Hamas", whose "by" tells an earlier deed)
    by = _BY_AGENT.search(text, unit.clause.start, unit.clause.end) \
        if unit.event_type in VIOLENT else None
    if by is None or not acting:
        return acting
    lo, hi = by.span("agent")
    agents = [a for a in acting if lo <= a.start < hi]
    if agents:
        return agents[:1] + [a for a in acting if a is not agents[0]]
    if _ARMED_AGENT.search(by.group("agent")) is None:
        return acting
    # (a teller before the deed is no party to it: the agent is who acted)
    return [a for a in acting if not (a.end <= by.start() and
                                      _SPEAKER_NEXT.match(text, a.end, unit.sentence.end))]
