"""An attack told in another country: "Israel's strike on Hamas leaders in the Qatari capital
killed six", "an Israeli drone strike on a car in the Lebanese city of Tyre killed two".

A sentence that names no place in the Strip and tells its attack abroad, or leaves it to the
sentence right after it to do so ("... Explosions were reported in the Qatari capital,
Doha"), tells no event in the Strip; its toll is that attack's.
"""

from __future__ import annotations

import re

from geoevents.anchored import Cues
from geoevents.model import Mention
from geoevents.sentences import Span
from geoevents.triggers import find_triggers

# "a week after Israel's strike on Hamas leaders in the Qatari capital killed six people",
# "an Israeli drone strike on a car in the Lebanese city of Tyre killed two": the attack
# told in another country, its toll that attack's (not "strikes in Gaza and Lebanon", nor
# "a strike in Lebanon killed four, while shelling in Khan Younis killed three": the Strip
# told too; nor "fled to Egypt after the strike": where people went)
_ABROAD = r"(?:qatar|lebanon|iran|syria|yemen|iraq|jordan|turkey|t[üu]rkiye)"
_ABROAD_NATION = r"(?:qatari|lebanese|iranian|syrian|yemeni|iraqi|jordanian|turkish)"
_IN_ANOTHER_LAND = re.compile(r"\s+(?:(?!(?:and|or|but|while|after|before|as|when|which|"
                              r"gaza|strip|enclave)\b)[\w'’-]+\s+){0,4}?(?:in|inside)\s+"
                              rf"(?:{_ABROAD}\b|(?:the\s+)?{_ABROAD_NATION}\s+"
                              r"(?:capital|city|port|town|village|south|north|territory|"
                              r"soil)\b)", re.I)


def _an_attack_abroad(text: str, s: Span, named: list[Mention], cues: Cues) -> bool:
    """Whether every attack word of a sentence that names no place in the Strip is told in
    another country."""
    if named:
        return False
    found = find_triggers(text, s.start, s.end, cues=cues)
    return bool(found) and all(_IN_ANOTHER_LAND.match(text, t.end, s.end) for t in found)


# "The IDF carried out a precise strike targeting the senior leadership of Hamas. Explosions
# were reported in the Qatari capital, Doha": an attack told with no place, placed abroad by
# the sentence right after it (not "... Explosions were reported in Gaza City and in Doha":
# the Strip told too)
_NEXT_SENTENCE = re.compile(r"[\"”’']?\s*(?P<next>[^.!?\n]{1,300}[.!?])")
_THE_STRIP = re.compile(r"\b(?:gaza|strip|enclave)\b", re.I)
# (the same attack: "Explosions were reported", "The strike hit", not "Israel also struck
# targets in Lebanon": another one)
_SAME_ATTACK = re.compile(r"(?:(?:loud|large|several|multiple|heavy|powerful)\s+)?(?:explosions?|"
                          r"blasts?|(?:the|that)\s+(?:(?:air\s*)?strike|attack|bombing|raid))\b"
                          r"(?![^.!?]*\b(?:also|another|other|separately|meanwhile|elsewhere)\b)",
                          re.I)


def _placed_abroad_next(text: str, s: Span, named: list[Mention], cues: Cues) -> bool:
    """Whether the attack of a sentence that names no place in the Strip is placed in another
    country by the sentence after it."""
    if named or not find_triggers(text, s.start, s.end, cues=cues):
        return False
    nxt = _NEXT_SENTENCE.match(text, s.end)
    if nxt is None or _THE_STRIP.search(nxt.group("next")) or \
            not _SAME_ATTACK.match(nxt.group("next")):
        return False
    found = find_triggers(text, nxt.start("next"), nxt.end("next"), cues=cues)
    return bool(found) and all(_IN_ANOTHER_LAND.match(text, t.end, nxt.end("next"))
                               for t in found)


def told_abroad(text: str, s: Span, counts: bool, named: list[Mention], cues: Cues) -> bool:
    """Whether the attack of a sentence that names no place in the Strip is another country's:
    told there with a toll of its own ("Israel's strike on Hamas leaders in the Qatari capital
    killed six"), or placed there by the sentence after it ("... a precise strike targeting
    Hamas's leadership. Explosions were reported in the Qatari capital")."""
    return counts and _an_attack_abroad(text, s, named, cues) or \
        _placed_abroad_next(text, s, named, cues)
