"""Words of an attack that frame the news rather than tell an act: a campaign named as the
news's setting, a purpose, a place's use or past, a plan, a person described by an act told
before, and a flight or a siege that is the circumstance of an attack.

Each check reads folded text (:func:`geoevents.normalize.fold`) around one trigger match at
``low[at:stop]`` in the sentence ``low[start:end]``; :mod:`geoevents.triggers.sift` calls them
among its other checks. The list-level ones (:func:`framed_siblings_dropped`) read the
sentence's kept triggers together.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geoevents.trigger_table import AID, AIR, ARRESTS, BATTLE, DISPLACEMENT, SHELL, SIEGE, VIOLENT

if TYPE_CHECKING:
    from geoevents.triggers.sift import Trigger

__all__ = [
    "a_frame_of_the_news",
    "framed_siblings_dropped",
    "shelled_from_the_air",
    "told_of_the_people_or_the_place",
]

# -- The news set in a campaign: "The operations come as Israel intensifies its offensive" --

# a sentence opening on the news told before, which "comes as" a campaign grows: "The
# operations come as ...", "These strikes came amid ..."
_NEWS_COMES_AS = re.compile(r"(?:the|these|those|such|today's|the latest)\s+(?:[\w']+\s+){0,3}?"
                            r"(?P<news>[\w']+)\s+(?:come|comes|came|coming)\s+(?:as|amid|while)\b")
# a campaign grown or pressed in an "as" clause, the trigger its object: "as Israel
# intensifies its Gaza City offensive", "as the army expands its ground operations"
_CAMPAIGN_GROWN = re.compile(r"\b(?:as|amid|while)\s+(?:[\w']+\s+){0,3}?(?:intensif(?:y|ies|ied)|"
                             r"expand(?:s|ed)?|escalat(?:es|ed)|widen(?:s|ed)?|broaden(?:s|ed)?|"
                             r"steps?\s+up|stepped\s+up|ramps?\s+up|ramped\s+up|press(?:es|ed)\s+"
                             r"(?:on|ahead)\s+with|push(?:es|ed)\s+ahead\s+with|continu(?:es|ed))"
                             r"\s+(?:its|the|their|his|israel's)\s+(?:[\w']+\s+){0,4}$")


def a_frame_of_the_news(low: str, start: int, at: int, stop: int, end: int,
                        etype: str) -> bool:
    """Whether the trigger is the setting a sentence gives news told before: its subject in
    "The operations come as Israel intensifies its Gaza City offensive, ..." (the operations
    told already), or the campaign whose growth that "as" clause tells (the offensive as it
    goes on, no clash of the day). Not "The strike came as families gathered in Rafah, killing
    12" (no campaign grown: the strike's own telling), nor "as Israel intensifies its
    offensive" after an act the sentence tells of its own ("Tanks shelled Jabalia as ...")."""
    frame = _NEWS_COMES_AS.match(low, start)
    if frame is None or not any(_CAMPAIGN_GROWN.search(low, frame.start("news"), m.end())
                                for m in _WORD_END.finditer(low, frame.end(), end)):
        return False
    if frame.start("news") < stop and at < frame.end("news"):
        return True
    return etype == BATTLE[0] and at >= frame.end() and \
        _CAMPAIGN_GROWN.search(low, frame.start("news"), at) is not None


# the ends of the words after the frame, where a grown campaign's phrase may end
_WORD_END = re.compile(r"(?<=\w)\s+")


# -- Words about people or a place, not an act of the day ----------------------------------

# fighting as what was paid for or sought: "to sustain fighting", "to fund the war effort
# and its attacks", "to end the fighting"
_FOR_A_PURPOSE = re.compile(r"\bto\s+(?:[\w']+\s+){0,3}?(?:and\s+|or\s+)?(?:sustain|fund|financ\w+|"
                            r"fuel|prolong|end|stop|halt)\s+(?:the\s+|its\s+|their\s+)?"
                            r"(?:[\w']+\s+){0,2}$")
# fighting fled from, told with no place of its own: "fled to escape fighting elsewhere",
# "to avoid the fighting" (not "fled to escape the fighting in Khan Younis": fighting there)
_FLED_FROM = re.compile(r"\bto\s+(?:escape|flee|avoid|evade)\s+(?:the\s+)?(?:[\w']+\s+)?$")
_ITS_PLACE = re.compile(r"\s+(?:in|around|at|near|across|on|inside|throughout)\b")
# a place's use: "used as a command center for Hamas military operations", "served as a base
# for attacks"
_USED_AS = re.compile(r"\b(?:us(?:e|ed|ing)|serv(?:e|es|ed|ing)|act(?:s|ed|ing)?)\s+as\s+"
                      r"(?:an?|the|its|their)\s+(?:[\w']+\s+){1,3}(?:for|of)\s+(?:[\w']+\s+){0,3}$")
# a plan or threat: "its ground offensive in Gaza may soon target the city", "the operation
# could expand to Rafah" (the trigger the modal verb's subject)
_MAY_SOON = re.compile(r"(?:\s+(?:in|on|of|against|into|across)\s+(?:[\w']+\s+){0,2}?[\w']+)?"
                       r"\s+(?:may|might|could|would|will|is\s+(?:set|expected|poised|likely|"
                       r"about)\s+to)\s+(?:soon\s+|now\s+|also\s+|eventually\s+|shortly\s+)?"
                       r"(?:target|reach|move|enter|push|expand|extend|hit|begin|start|turn|"
                       r"focus|head|spread|resume)\b")
# a place described by those who have fled to it: "Rafah, ... where 1.4 million Palestinians
# have fled", "where more than half the population has sought shelter"
_WHERE_MANY_FLED = re.compile(r"\bwhere\s+(?:(?:more\s+than|over|about|some|nearly|around|at\s+"
                              r"least|up\s+to)\s+)?(?:[\d.,]+\s*(?:million|thousand)|hundreds\s+of"
                              r"\s+thousands|(?:more\s+than\s+)?half|most)\b(?:\s+[\w']+){0,4}"
                              r"\s+(?:have|has|had)\s+(?:now\s+|since\s+)?$")
# people described by an attack told before: "Some of those wounded in the strikes",
# "the people killed in the raid" (definite: the one told already)
_THOSE_HURT_IN_THE = re.compile(r"\b(?:those|others|the\s+(?:people|ones|victims|men|women|"
                                r"children|injured|wounded))\s+(?:who\s+(?:were|had\s+been|have\s+"
                                r"been)\s+)?(?:wounded|injured|hurt|killed|maimed)\s+(?:in|by|"
                                r"during)\s+the\s+(?:[\w']+\s+){0,2}$")
# people described by an arrest told before: "the people who were arrested were suspected
# militants", "those detained are being questioned"
# (the attack named bare, its phrase ended by the verb of the people: not "those killed in
# the airstrike on Nuseirat camp on Tuesday were children", the attack told with its site)
_PHRASE_ENDS = re.compile(r"\s+(?:were|was|are|is|had|have|died|remain(?:s|ed)?|included|"
                          r"include)\b|\s*[,;.]")
_THOSE_TAKEN = re.compile(r"\b(?:those|the\s+(?:people|men|ones|persons|individuals|"
                          r"palestinians|detainees))\s+(?:who\s+(?:were|had\s+been|have\s+been)\s+)?$")
# (the arrest named bare: not "those detained in Jabalia on Tuesday were later released",
# the arrest told with its place and day)
_ARE_DESCRIBED = re.compile(r"\s+(?:were|are|was|is|included|include|have\s+been|had\s+been)\b")
# aid trucks stuck: "near an aid truck that was stuck", "aid trucks which were stranded"
_STUCK = re.compile(r"\s+(?:that|which)\s+(?:was|were|had\s+been|got|had)\s+(?:stuck|stranded|"
                    r"stalled|broken\s+down|overturned)\b")
# a flight at the time of an attack: "firing on people as they fled", "shot while they
# were fleeing"
_AS_THEY = re.compile(r"\b(?:as|while|when)\s+(?:they|he|she|people|residents|civilians|the\s+"
                      r"crowds?|crowds)\s+(?:were\s+|tried\s+to\s+|attempted\s+to\s+)?$")
_FIRED_ON = re.compile(r"\b(?:fir(?:e|ed|es|ing)|shot|shoot(?:s|ing)?|gunfire|struck|bomb\w*|"
                       r"attack\w*|kill(?:ed|ing)?|target\w*)\b")
# a place's past told in a relative clause: "the north of the Strip, which has been
# subjected to a two-week-long siege and massive ground operation"
_SUBJECTED_TO = re.compile(r",\s+(?:which|that|where\s+\w+)\s+(?:has|have|had)\s+(?:been\s+)?"
                           r"(?:subjected|exposed)\s+to\b[^,;]*$")
# a place described by what its people are caught in: "Khan Yunis, where civilians are
# caught amid heavy fighting"
_WHERE_CAUGHT = re.compile(r"\bwhere\s+(?:[\w']+\s+){1,3}(?:are|were|remain|have\s+been)\s+"
                           r"(?:caught|trapped|stuck)\s+(?:amid|in|by|between)\s+(?:[\w']+\s+){0,2}$")


def told_of_the_people_or_the_place(low: str, start: int, lo: int, at: int, stop: int,
                                    end: int, etype: str, sub: str) -> bool:
    """Whether the trigger describes people or a place rather than telling an act: fighting
    as a purpose ("collected funds to sustain fighting"), a place's use ("used as a command
    center for Hamas military operations"), a plan ("its ground offensive may soon target
    the city"), a place by those who fled to it ("Rafah, where 1.4 million have fled"), by
    its past ("which has been subjected to a siege and ground operation") or by what its
    people are caught in ("where civilians are caught amid heavy fighting"); people by the
    attack or arrest told before ("those wounded in the strikes were taken to hospital",
    "the people who were arrested were suspected militants"); aid trucks stuck ("a gathering
    near an aid truck that was stuck"); a flight at the time of an attack ("firing on people
    as they fled"). Not "troops fought to take the hill", "Israeli forces arrested 240", "aid
    trucks entered through Kerem Shalom", "thousands fled Rafah as tanks advanced", "fled to
    escape the fighting in Khan Younis", "the offensive killed 20 and may soon expand" (an
    act told)."""
    before = low[lo:at]
    if etype == BATTLE[0] and (_FOR_A_PURPOSE.search(before) or _USED_AS.search(before) or
                               _WHERE_CAUGHT.search(before) or _FLED_FROM.search(before) and
                               not _ITS_PLACE.match(low, stop, end)):
        return True
    if etype in VIOLENT and _MAY_SOON.match(low, stop, end):
        return True
    if etype in VIOLENT and _THOSE_HURT_IN_THE.search(before) and \
            _PHRASE_ENDS.match(low, stop, end):
        return True
    if _SUBJECTED_TO.search(low, start, at):
        return True
    if sub == DISPLACEMENT[1] and (_WHERE_MANY_FLED.search(low, max(start, at - 120), at) or
                                   _AS_THEY.search(before) and
                                   _FIRED_ON.search(low, start, at)):
        return True
    if sub == ARRESTS[1] and _THOSE_TAKEN.search(before) and _ARE_DESCRIBED.match(low, stop, end):
        return True
    return sub == AID[1] and _STUCK.match(low, stop, end) is not None


# -- The kind of attack the weapon's carrier names -------------------------------------------

# "occupation aircraft shelling", "warplanes' shelling", "drone shelling"
_FROM_THE_AIR = re.compile(r"\b(?:aircraft|warplanes?|war\s+planes?|fighter\s+jets?|jets?|drones?|"
                           r"helicopters?|planes?)'?s?\s+$")


def shelled_from_the_air(low: str, lo: int, at: int, etype: str, sub: str) -> tuple[str, str]:
    """The type of a shelling told by aircraft right before it: "aircraft shelling of a
    school" is an air strike (not "artillery shelling", "tank shelling", "aircraft and
    artillery shelling": a gun)."""
    if sub == SHELL[1] and low.startswith("shell", at) and _FROM_THE_AIR.search(low, lo, at):
        return AIR
    return etype, sub


# -- What the sentence's kept triggers say of each other --------------------------------------

# a siege word used as an adjective, before the word it qualifies (whatever the thing: "the
# camp's besieged Unrwa-affiliated Kreizm school", "the besieged enclave")
_BESIEGED_THING = re.compile(r"\s+(?:[\w']+\s+){0,2}?[a-z]+\b")
_A_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|this|that|\w+'s)\s+$")
# the time of a hit: "was hit during military operations", "damaged amid ground operations"
_HIT_DURING = re.compile(r"\b(?:hit|struck|damaged|destroyed|shelled|bombed|targeted)\W{0,2}\s+"
                         r"(?:during|amid|in\s+the\s+course\s+of)\s+(?:[\w']+\s+){0,2}$")


def framed_siblings_dropped(out: list[Trigger], low: str, start: int) -> list[Trigger]:
    """The sentence's triggers less those that are another's circumstance: the "besieged" of
    a target beside the attack on it ("an Israeli attack on the camp's besieged Kreizm school":
    the school's state, not a siege told), and the operations a hit is told during beside
    that hit ("one of its shelters was hit during military operations": one event, the hit).
    Not "troops besieged the school" (a verb), nor "fighting raged during the operations"
    (no hit)."""
    attacks = [t for t in out if t.event_type in VIOLENT and t.sub_event_type != BATTLE[1]]
    if not attacks:
        return out
    kept = []
    for t in out:
        if t.sub_event_type == SIEGE[1] and t.text.lower() == "besieged" and \
                _A_DETERMINER.search(low, max(start, t.start - 30), t.start) and \
                _BESIEGED_THING.match(low, t.end):
            continue
        if (t.event_type, t.sub_event_type) == BATTLE and \
                _HIT_DURING.search(low, max(start, t.start - 40), t.start):
            continue
        kept.append(t)
    return kept
