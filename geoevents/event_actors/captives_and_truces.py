"""Whose captives were freed, rescued or killed, and whose truce took hold.

Hostages freed from the Strip are Israel's civilians, and who frees them is who held them,
Hamas where the text names no other; prisoners freed are the ones Israel held, freed by it;
captives freed by force were rescued by the Israeli forces; captives killed were killed by
who held them, unless Israeli fire hit them. A truce in the Strip that names no parties is
the one between Israel and Hamas (not one between rival clans, families or factions), and
the civilians told with it are no party to it.
"""

from __future__ import annotations

import re

from geoevents.actors import (
    CIVILIANS,
    CIVILIANS_INTERNATIONAL,
    CIVILIANS_ISRAEL,
    HAMAS,
    ISRAELI,
    ActorRef,
    side_of,
)
from geoevents.event_actors.harm_authors import OTHER_HARM, STRIP_POLICE
from geoevents.event_actors.other_parties import GOVERNMENT_OF_ISRAEL
from geoevents.model import Event
from geoevents.speech import NAME_TO_VERB, SPEAKS
from geoevents.text_ends import stripped_end
from geoevents.trigger_table import AGREEMENT, ATTACK, RELEASE
from geoevents.units import EventUnit

# (not "Egypt released 12 Palestinian detainees": a releaser the clause names, other than
# Israel and its prison service)
_OTHER_RELEASER = re.compile(r"\b(?!Israel|Service\b|IPS\b|The\b|They\b|It\b|Prisoners?\b|"
                             r"Detainees?\b|Palestinians?\b)[A-Z][\w'’-]+\s+(?:has\s+|have\s+|"
                             r"had\s+)?(?:released|freed|releases|frees|releasing|freeing)\b")
# (not "a humanitarian pause began in Rafah": a pause may be the army's own)
_TRUCE = re.compile(r"\b(?:cease-?fire|truce)\b", re.I)
# a pause in the fighting, told as an agreement Hamas is party to: "The pause came into
# force at 7:00 am" (the other party is Israel's)
_PAUSE = re.compile(r"\b(?:pause|lull|cessation\s+of\s+hostilities)\b", re.I)
_CIVILIAN_SIDES = frozenset({CIVILIANS, CIVILIANS_ISRAEL, CIVILIANS_INTERNATIONAL})
# "A ceasefire between rival clans took hold in Khan Younis": a truce the sentence gives to
# others
_TRUCE_PARTIES = {GOVERNMENT_OF_ISRAEL, ISRAELI, HAMAS}
# Hamas's rivals in the Strip, whose truce with it is none of Israel's ("Hamas and Fatah agreed
# to a ceasefire", "a truce with the Abu Shabab gang", "agreed to a truce with the Popular
# Forces")
_HAMAS_RIVALS = re.compile(r"\b(?:Fatah|Palestinian\s+Authority|Popular\s+Forces|Abu\s+Shabab|"
                           r"gangs?|militias?)\b", re.I)
_OTHER_TRUCE = re.compile(r"\b(?:between|clans?|famil(?:y|ies)|tribes?|factions?|"
                          r"Hezbollah|Lebanon)\b", re.I)
_HANDED_TO = re.compile(r"\b(?:transferred|handed(?:\s+over)?|delivered|passed(?:\s+on)?|"
                        r"returned|brought|taken|turned\s+over)\s+(?:back\s+)?(?:in)?to\s+"
                        # ("transferred to IDF and ISA forces": both receivers)
                        r"(?:the\s+)?(?:[\w'’-]+\s+(?:and|&)\s+(?:the\s+)?)?$", re.I)
_NOT_ITS_CAPTIVES = re.compile(r"\b(?:prisoners?|detainees?|soldiers?|troops|servicem[ae]n|"
                               r"remains|bod(?:y|ies)|coffins?|corpses?|dead|"
                               # ("released two American women": foreigners, not Israel's)
                               r"foreign(?:ers?)?|American|Thais?|Filipinos?|Nepalese|"
                               r"Russian|Chinese|Tanzanian)\b", re.I)
# the captives' handover, named or not: "were handed to the ICRC", "paraded on a stage ...
# before being handed over"
_HANDOVER = re.compile(r"\b(?:handed|hands|hand|handing)\s+(?:over\s+)?to\s+(?:the\s+)?"
                       r"(?:International\s+Committee\s+of\s+the\s+)?(?:Red\s+Cross|ICRC)\b|"
                       r"\bparaded\b[^.;]{0,80}?\b(?:handed\s+over|released|freed)\b", re.I)
# (not "the bodies of 45 people were handed to the ICRC in Khan Younis": the dead Israel
# returns, with no captive named)
_REMAINS = re.compile(r"\b(?:bod(?:y|ies)|remains|corpses)\b", re.I)
# a rescue of captives: "rescued four hostages", "hostages were rescued", "the rescue of
# two hostages" (not "rescued from the rubble", "rescue teams": no captive freed)
_RESCUED = re.compile(r"\b(?:rescued|rescues|rescuing|rescue\s+of|extracted|freed\s+in\s+"
                      r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:operation|raid))\s+(?:[\w'’-]+\s+){0,4}?"
                      r"(?:hostages?|captives?|abductees)\b|\b(?:hostages?|captives?|abductees)"
                      r"\s+(?:[\w'’-]+\s+){0,4}?(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
                      r"(?:\w+ly\s+)?(?:rescued|extracted)\b", re.I)
_PRISONERS = re.compile(r"(?<!Israeli )\b(?:prisoners?|detainees?)\b", re.I)
_HOSTAGES = re.compile(r"\b(?:hostages?|captives|abductees)\b", re.I)
# "in exchange for three hostages", "in return for the release of hostages"
_TRADED_FOR = re.compile(r"\b(?:exchange|return|swap|trade)\s+for\s+(?:[\w'’-]+\s+){0,4}$",
                         re.I)
_SOLDIERS = re.compile(r"\b(?:soldiers?|troops|servicem[ae]n|conscripts?)\b", re.I)
_NOT_SOLDIERS = re.compile(r"\b(?:civilians?|women|woman|children|child|girls?|boys?|mothers?|"
                           r"grandmothers?|elderly|babies|baby|teenagers?|men|man)\b", re.I)


def _captives_killed(text: str, unit: EventUnit) -> bool:
    """Whether the unit's dead are the hostages: named so in its clause ("six hostages were
    executed"), or a bare count told back to hostages the line before names ("Hostages shot
    at close range" over "the six were shot at close range"); not captives hit by Israeli
    fire ("hostages were killed in an Israeli airstrike")."""
    start, end = unit.clause.start, unit.clause.end
    if _ISRAELI_FIRE.search(text, unit.sentence.start, unit.sentence.end):
        return False
    if _CAPTIVES_HIT.search(text, start, end):
        return True
    bare = _BARE_COUNT_HIT.search(text, start, end)
    if bare is None:
        return False
    before = stripped_end(text, unit.sentence.start)
    line = text[text.rfind("\n", 0, before) + 1:before]
    return _CAPTIVES_HIT.search(line) is not None and not _ISRAELI_FIRE.search(line)


_CAPTIVE_WORD = r"(?:hostages?|captives?|abductees)"
_KILLED_WORD = (r"(?:killed|murdered|executed|shot(?:\s+dead)?|slain|slaughtered|"
                r"brutally\s+murdered)")
# "six hostages were executed", "Hostages shot at close range", "the captives had been killed"
_CAPTIVES_HIT = re.compile(r"\b" + _CAPTIVE_WORD + r"\s+(?:(?:were|was|had\s+been|have\s+been|"
                           r"has\s+been)\s+)?(?:\w+ly\s+)?" + _KILLED_WORD + r"\b|"
                           # ("Islamic Jihad executed two hostages")
                           r"\b" + _KILLED_WORD + r"\s+(?:(?:an?|the|all|its|their|two|three|four|"
                           r"five|six|seven|eight|nine|ten|several|\d+|Israeli|female|male|"
                           r"elderly|young)\s+){0,3}" + _CAPTIVE_WORD +
                           r"\b|"
                           # ("announced the killing of a hostage", "the execution of six
                           # captives")
                           r"\b(?:killing|murder|execution)\s+of\s+(?:[\w'’-]+\s+){0,3}?"
                           + _CAPTIVE_WORD + r"\b", re.I)
# "the six were shot at close range": a count told back to its noun
_BARE_COUNT_HIT = re.compile(r"\b(?:the|all)\s+(?:two|three|four|five|six|seven|eight|nine|ten|"
                             r"\d+)\s+(?:were|had\s+been)\s+(?:\w+ly\s+)?" + _KILLED_WORD +
                             r"\b", re.I)
# the Israeli forces' fire told with the dead: "killed in an Israeli airstrike", "by IDF fire"
# (and "three hostages were mistakenly shot dead by soldiers in Shejaiya": the troops, who
# did not hold them)
_ISRAELI_FIRE = re.compile(r"\b(?:air\s?strikes?|strikes?|bombardment|bombing|shelling|"
                           r"(?:Israeli|IDF|army|troops['’]?)\s+(?:fire|gunfire|forces|troops|"
                           r"soldiers)|by\s+(?:the\s+)?(?:soldiers|troops|forces|army|military|"
                           r"IDF))\b", re.I)


# a teller's verb after its name, its day or a title between: "Israel's military said
# Thursday that", "the IDF announced", "the army's spokesman confirmed"
_TELLS_NEXT = re.compile(NAME_TO_VERB + r"(?:" + SPEAKS + r")\b")
# (nor "Hamas said it handed over", "the group said its fighters freed": the teller's own)
_ITS_OWN_DEED = re.compile(r"\s+(?:on\s+)?(?:[\w-]+\s+){0,2}?(?:that\s+)?(?:it|its|they|their|we|"
                           r"our)\b", re.I)


def without_the_tellers_of_a_release(text: str, unit: EventUnit,
                                     acting: list[ActorRef]) -> list[ActorRef]:
    """The parties that acted in a release or a handover, less one that only tells of it:
    "Israel's military said Thursday that Palestinian militants handed over two coffins to
    the Red Cross" is the militants' handover, the army its teller (not "Hamas said it
    handed over the body of a hostage": the teller's own deed)."""
    if unit.sub_event_type != RELEASE[1]:
        return acting
    kept = []
    for a in acting:
        told = _TELLS_NEXT.match(text, a.end)
        if told is not None and told.end() <= unit.anchor and \
                not _ITS_OWN_DEED.match(text, told.end()) and \
                any(b is not a and told.end() <= b.start <= unit.anchor for b in acting):
            continue
        kept.append(a)
    return kept or acting


def receives_the_freed(text: str, unit: EventUnit, at: int) -> bool:
    """Whether the party at ``at`` is named as the one the freed were handed to ("the
    captives were transferred to Israeli forces"): who receives the freed does not free
    them."""
    return unit.sub_event_type == RELEASE[1] and \
        _HANDED_TO.search(text, max(0, at - 40), at) is not None


def prisoners_freed_by_israel(text: str, unit: EventUnit, actor1: ActorRef | None) -> bool:
    """Whether the release, its releaser unnamed, is of prisoners: "Buses carrying freed
    prisoners arrived at Nasser Hospital", "Israel began releasing almost 2,000 Palestinian
    prisoners": the prisoners Israel held, freed by it (not "Hamas released two soldiers held
    as prisoners": its captives)."""
    return unit.sub_event_type == RELEASE[1] and actor1 is None and \
        _PRISONERS.search(text, unit.clause.start, unit.clause.end) is not None and \
        not _HOSTAGES.search(text, unit.clause.start, unit.clause.end) and \
        not _SOLDIERS.search(text, unit.clause.start, unit.clause.end) and \
        not _OTHER_RELEASER.search(text, unit.clause.start, unit.clause.end)


def rescued_by_force(text: str, unit: EventUnit, actor1: ActorRef | None) -> bool:
    """Whether the release is a rescue: "special forces rescued four hostages from two
    apartments in Nuseirat", "two hostages were rescued in Rafah": captives freed by force, by
    the Israeli forces, not released by their captors (not "police rescued a hostage held by a
    gang": the Strip's own captives, freed by its police)."""
    return unit.sub_event_type == RELEASE[1] and (actor1 is None or actor1.side == "Israel") and \
        _RESCUED.search(text, unit.clause.start, unit.clause.end) is not None and \
        not STRIP_POLICE.search(text, unit.sentence.start, unit.sentence.end) and \
        not OTHER_HARM.search(text, unit.sentence.start, unit.sentence.end)


def captives_are_soldiers(text: str, unit: EventUnit) -> bool:
    """Whether the captives the clause names are soldiers ("Hamas released five Israeli
    soldiers held hostage": its forces, no civilians), and none of them told as civilians."""
    return _SOLDIERS.search(text, unit.clause.start, unit.clause.end) is not None and \
        not _NOT_SOLDIERS.search(text, unit.clause.start, unit.clause.end)


def killed_by_their_captors(text: str, unit: EventUnit, actor1: ActorRef | None) -> bool:
    """Whether the attack killed captives, by no Israeli hand: "six hostages were executed by
    their captors", "Hostages shot at close range. ... the six were shot at close range": the
    captives killed in the Strip are Israel's civilians, and who killed them is who held
    them."""
    return unit.event_type == ATTACK[0] and (actor1 is None or actor1.side == "Palestinian") and \
        _captives_killed(text, unit)


def freed_by_a_group(unit: EventUnit, actor1: ActorRef | None) -> bool:
    """Whether an armed group of the Strip frees the captives: "Hamas freed two elderly
    Israeli women": the captives an armed group frees are not the Strip's civilians."""
    return unit.sub_event_type == RELEASE[1] and actor1 is not None and \
        actor1.side == "Palestinian"


def hostages_freed(text: str, unit: EventUnit, actor1: ActorRef | None) -> bool:
    """Whether the release frees hostages from the Strip: "Hamas freed 24 hostages, including
    13 Israeli women and children", "three Israeli hostages were released in Deir al Balah":
    Israel's civilians, freed by who held them (not "Israeli forces rescued four hostages": a
    rescue; nor "30 Palestinian prisoners were released in exchange for three hostages": the
    hostages are what the prisoners' release was traded for)."""
    return unit.sub_event_type == RELEASE[1] and \
        (actor1 is None or actor1.side == "Palestinian") and \
        (any(not _TRADED_FOR.search(text, max(unit.clause.start, m.start() - 50), m.start())
             for m in _HOSTAGES.finditer(text, unit.clause.start, unit.clause.end)) or
         # "Romi Gonen, Emily Damari and Doron Steinbrecher were handed to the ICRC in
         # al-Saraya Square", "four female soldiers were paraded on a stage before being
         # handed over": captives named by their names, freed from the Strip (not
         # "Palestinian prisoners were handed to the ICRC": Israel's)
         _HANDOVER.search(text, unit.clause.start, unit.sentence.end) is not None and
         not _PRISONERS.search(text, unit.clause.start, unit.clause.end) and
         not _REMAINS.search(text, unit.clause.start, unit.clause.end) and
         not re.search(r"\bPalestinians?\b", text[unit.clause.start:unit.clause.end]))


def _truce_of_the_strip(notes: str) -> bool:
    """Whether the record tells a truce, and no one else's than the war's sides ("A ceasefire
    between rival clans took hold in Khan Younis": a truce the sentence gives to others)."""
    return _TRUCE.search(notes) is not None and not _OTHER_TRUCE.search(notes)


def civilians_beside_a_truce(e: Event) -> bool:
    """Whether civilians are told as a party to a truce: "A ceasefire took effect ..., and
    three Israeli women held hostage were handed over": the civilians told with a truce are
    no party to it."""
    return e.sub_event_type == AGREEMENT[1] and bool(_CIVILIAN_SIDES & {e.actor1, e.actor2}) and \
        _truce_of_the_strip(e.notes)


def no_civilian_party(actor: str | None) -> str | None:
    """The actor, unless it is civilians, who are no party to a truce."""
    return None if actor in _CIVILIAN_SIDES else actor


def truce_names_no_parties(e: Event) -> bool:
    """Whether a truce names no parties: "The ceasefire is now in effect", "a truce took hold
    on Friday": a truce in the Strip that names no parties is the one between Israel and
    Hamas."""
    return e.sub_event_type == AGREEMENT[1] and e.actor1 is None and e.actor2 is None and \
        _truce_of_the_strip(e.notes)


def truce_names_one_side(e: Event) -> bool:
    """Whether a truce names one of Israel and Hamas, the other side left unnamed: "The truce
    took effect on Sunday, after Israel said Hamas had delayed handing over the names", "the
    ceasefire went into effect after Israeli strikes killed 19 people": one of the two told
    beside the truce is the one between Israel and Hamas (the state agrees, not its army); a
    pause Hamas is party to too ("The pause came into force at 7:00 am"); not a truce of
    Hamas's rivals ("a truce with the Abu Shabab gang")."""
    return e.sub_event_type == AGREEMENT[1] and None in (e.actor1, e.actor2) and \
        {e.actor1, e.actor2} - {None} <= _TRUCE_PARTIES and \
        (_TRUCE.search(e.notes) is not None or
         HAMAS in (e.actor1, e.actor2) and _PAUSE.search(e.notes) is not None) and \
        not _OTHER_TRUCE.search(e.notes) and not _HAMAS_RIVALS.search(e.notes)


def its_captives_freed(e: Event) -> bool:
    """Whether an armed group of the Strip frees ones the record names as no one's: "Tal Shoham and
    Avera Mengistu are released in Rafah", "the remaining 13 in Khan Younis": the ones an
    armed group of the Strip frees are the captives it held (not "Hamas released two
    soldiers", "handed over the remains of four hostages", "freed 30 detainees": its enemy's
    forces, the dead, or prisoners)."""
    return e.sub_event_type == RELEASE[1] and e.actor2 is None and \
        side_of(e.actor1) == "Palestinian" and not _NOT_ITS_CAPTIVES.search(e.notes)
