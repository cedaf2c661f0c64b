"""The parties besides the war's armed groups, which the text names by no group's name.

ACLED names them where :mod:`geoevents.actors` finds only words: the Government of Israel
(the state that agrees to a truce or frees prisoners, not its army); who delivered aid, only
as the clause names them as the ones who delivered ("WHO and partners delivered fuel and
food"); who looted when no armed party is named (gangs that are armed, or a crowd: ACLED
codes civilians only as victims, so people who loot are rioters, never "Civilians"); and an
armed clan, a party of its own ("Gaza's Doghmush clan": the Doghmush clan's militia).
"""

from __future__ import annotations

import re

from geoevents.actors import find_actors
from geoevents.anchored import Cues
from geoevents.units import EventUnit


def _aid_actors(unit: EventUnit, cues: Cues) -> tuple[str | None, str | None]:
    """(actor1, actor2) of an aid delivery: who delivered it, only as the clause names them
    as the ones who delivered ("WHO and partners delivered fuel and food", "GHF said it had
    distributed food"), and the civilians it names; not an armed party told beside it
    ("Israeli troops fire as crowds surge toward aid convoy": who fired, not who delivered)."""
    text, start, end = cues.text, unit.clause.start, unit.clause.end
    named = find_actors(text, start, end, cues=cues)
    civilians = [a.name for a in named if a.role == "civilian"] or [
        a.name for a in find_actors(text, unit.sentence.start, unit.sentence.end, cues=cues)
        if a.role == "civilian"]
    victims = civilians[0] if civilians else None
    for a in named:
        if a.role == "armed" and _DELIVERS.match(text, a.end, end):
            return a.name, victims
    for m in _DELIVERER.finditer(text, start, end):
        if _PLACE_BEFORE.search(text, max(start, m.start() - 12), m.start()):
            continue  # ("aid convoys in Gaza City delivered": where, not who)
        words = m.group("org").split()
        while words and _NOT_AN_ORG.fullmatch(words[0]):
            words = words[1:]
        if not words or any(w.startswith("Israel") or w == "Hamas" for w in words) or \
                _LISTED.search(text, max(start, m.start() - 12), m.start()) or \
                len(words) == 1 and not words[0].isupper():
            # (nor the last of several: "OCHA, WHO ... and the UN Department for Safety and
            # Security delivered"; nor a word that opens the sentence: "Planes also
            # airdropped"; a name of one word is an agency's letters, "WHO", "UNICEF")
            continue
        return " ".join(words), victims
    return None, victims


# a verb of delivering after who delivered: "delivered", "said it had distributed"
_DELIVERY_VERB = (r"(?:delivered|delivers|distributed|distributes|brought|brings|sent|"
                  r"dispatched|airdropped|air-dropped|dropped|handed\s+out|provided|"
                  r"transported|supplied|airdrops|air-drops|"
                  # ("The Israeli Air Force begins humanitarian aid drops")
                  r"(?:begins|began|carries\s+out|carried\s+out)\s+(?:\w+\s+){0,2}"
                  r"(?:air-?drops|drops))\b")
_DELIVERS = re.compile(r"(?:\s+and\s+(?:its\s+|their\s+)?partners)?\s+"
                       r"(?:(?:said|says|announced|reported)\s+(?:that\s+)?(?:it|they)\s+)?"
                       r"(?:has\s+|have\s+|had\s+)?(?:also\s+)?" + _DELIVERY_VERB)
# an agency or a group by its name, then the verb: "WHO and partners delivered", "the
# World Food Programme distributed", "GHF said it had distributed"
_DELIVERER = re.compile(r"(?P<org>(?:[A-Z][\w'’&.-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,5}"
                        r"[A-Z][\w'’&.-]*)(?=" + _DELIVERS.pattern + ")")
# (the last of several: "OCHA, WHO, ... and the UN Department for Safety and Security
# delivered"; not "In coordination with the IDF, UNICEF delivered")
_LISTED = re.compile(r"\band\s+(?:the\s+)?$")
_PLACE_BEFORE = re.compile(r"\b(?:from|through|via|in|at|to|into|of|near|across|over)\s+"
                           r"(?:the\s+)?$", re.I)
# (the words before a name that are no part of it: "On Monday WHO delivered")
_NOT_AN_ORG = re.compile(r"The|On|In|At|By|After|Since|Then|Later|Earlier|Today|Yesterday|"
                         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                         r"February|March|April|May|June|July|August|September|October|"
                         r"November|December|Gaza['’]s|Israel['’]s")


LOOTERS_ARMED = "Unidentified armed group (Palestine)"
LOOTERS_CROWD = "Rioters (Palestine)"
# Who loots when no armed party is named: gangs that are armed, or a crowd (ACLED codes
# civilians only as victims, so people who loot are rioters, never "Civilians")
_LOOTING = re.compile(r"\b(?:looted|looting|loot|plundered|broke into|stormed)\b", re.I)
_LOOTERS = re.compile(r"\b(?:(?P<armed>(?:armed|criminal|organi[sz]ed) (?:gangs?|groups?|men)|"
                      r"gangs?|gunmen|thieves|criminals|clans?)|"
                      r"(?P<crowd>looters|crowds?|mobs?|(?:hungry |desperate |displaced )?"
                      r"(?:people|residents|civilians|Palestinians|families|men|youths?)))\b",
                      re.I)


_PASSIVE = re.compile(r"\b(?:were|was|are|is|been|being)\s+(?:\w+ly\s+)?$", re.I)
_BY = re.compile(r"\s+by\s+", re.I)


def _looters(text: str, start: int, end: int) -> str | None:
    """Who looted, as the clause names them before the looting ("armed gangs looted 98
    trucks", "crowds of desperate people broke into a warehouse"); None if it does not."""
    verb = _LOOTING.search(text, start, end)
    if verb is None:
        return None
    if _PASSIVE.search(text, start, verb.start()):
        # "homes of displaced families were looted": what the clause names before the verb
        # is what was looted and whose; the looters come after "by", if at all
        by = _BY.match(text, verb.end(), end)
        if by is None:
            return None
        named = [m for m in _LOOTERS.finditer(text, by.end(), min(end, by.end() + 40))][:1]
    else:
        named = [m for m in _LOOTERS.finditer(text, start, verb.start())]
    if not named:
        return None
    # ("crowds of armed men": whoever is armed decides)
    return LOOTERS_ARMED if any(m.group("armed") for m in named) else LOOTERS_CROWD


GOVERNMENT_OF_ISRAEL = "Government of Israel"
# an armed clan by its name: "members of the Doghmush clan", "gunmen of the X clan"
_CLAN = re.compile(r"\b(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+clan\b"
                   r"(?!['’]s\s+(?:homes?|houses?|areas?|neighbou?rhood|quarter|compound|lands?|"
                   r"property|district|streets?)\b)")

# the clan's armed men: "Doghmush clan gunmen", "gunmen from the Abu Shabab clan" (not
# "gunmen looted the Doghmush clan's warehouse": what was looted)
_CLANS_MEN_AFTER = re.compile(r"\s+(?:gunm[ae]n|militia\w*|members|armed\s+men|fighters)\b",
                              re.I)
_CLANS_MEN_BEFORE = re.compile(r"\b(?:gunm[ae]n|militiamen|members|armed\s+men|fighters)\s+"
                               r"(?:of|from)\s+(?:[\w'’-]+\s+)?$", re.I)


def _clan_militia(clan: re.Match) -> str:
    """The actor a clan named as a party is ("Gaza's Doghmush clan": the Doghmush clan's
    militia)."""
    name = clan.group("name").split()
    while len(name) > 1 and (_NOT_AN_ORG.fullmatch(name[0]) or name[0].endswith(("'s", "’s"))):
        name = name[1:]
    return f"{' '.join(name)} clan militia (Palestine)"


_CLAN_PLACE_BEFORE = re.compile(r"\b(?:homes?|houses?|areas?|neighbou?rhood|quarter|compound|"
                                r"lands?|property|district|streets?)\s+(?:of|belonging\s+to)\s+$")
