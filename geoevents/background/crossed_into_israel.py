"""An act told of fighters who crossed from the Strip into Israel: "Gaza militants who
crossed into Israel killed 20 people", "Hamas gunmen who broke through the fence killed 12
residents of a kibbutz", "militants killed 260 people in their incursion into southern
Israel".

Their deed happened in Israel, where they went, not in the Strip they came from; the README
keeps places outside the Strip from ever being an event's location, so such a sentence tells
no event of a Gaza report. Its "Gaza" names who they were ("Gaza militants"), where they came
from ("from Gaza") or the border they crossed ("the border with the Gaza Strip"), never where
they acted. A sentence that names another place in the Strip ("... while strikes killed five
in Khan Younis") tells news of its own there, and stays. Troops who crossed into the Strip
("Israeli troops who crossed into Gaza killed five in Beit Hanoun") act in the Strip: the
crossing must lead into Israel, its border fence or its communities.
"""

from __future__ import annotations

import re

from geoevents.model import Mention
from geoevents.sentences import Span

__all__ = ["told_of_those_who_crossed"]

# Where the crossing led: Israel (its south), the border or fence (crossed from the Strip),
# Israel's communities beside the Strip
_INTO_ISRAEL = (r"(?:the\s+)?(?:(?:southern|south|northern|western)\s+)?israel\b|"
                r"(?:the\s+)?(?:israeli\s+)?(?:border(?:\s+(?:fence|barrier|wall))?|"
                r"(?:security\s+)?(?:fence|barrier)|frontier)\b(?!\s+(?:into|to)\s+(?:the\s+)?"
                r"(?:gaza|strip|enclave))|"
                r"(?:the\s+)?(?:israeli\s+)?(?:kibbutz(?:im)?|communities|towns|"
                r"gaza\s+envelope)\b")
# the crossing told of the actors: "who crossed into Israel", "who had infiltrated southern
# Israel", "that stormed across the border", "who broke through the fence", and "in their
# incursion into southern Israel", "during their infiltration of Israel" (not "Israeli
# forces who crossed into Gaza": the crossing led into the Strip)
_WHO_CROSSED = re.compile(
    r"\b(?:who|that|which)\s+(?:had\s+|have\s+)?(?:(?:earlier|first|reportedly)\s+)?"
    r"(?:crossed|infiltrated|stormed|entered|burst|broke|slipped|poured|swarmed|raided)\s+"
    r"(?:(?:into|through|across|over|in\s+to|the\s+border\s+into)\s+)?"
    rf"(?:{_INTO_ISRAEL})|"
    r"\b(?:in|during)\s+(?:their|its|the)\s+(?:cross-border\s+)?(?:incursion|infiltration|"
    r"raid|assault|attack|rampage)\s+(?:into|of|on|in)\s+"
    rf"(?:{_INTO_ISRAEL})", re.I)
# Those who crossed are Israel's own: "Israeli troops who crossed the border" act in the Strip
_ISRAELI_ACTORS = re.compile(r"\b(?:israeli|idf|israel's)\s+(?:\w+\s+){0,2}?(?:troops|soldiers|"
                             r"forces|army|tanks|units?|commandos)\b", re.I)
# A "Gaza" that names who the fighters were, where they came from or the border crossed,
# not where they acted: "Gaza militants", "from the Gaza Strip", "the border with Gaza"
_PEOPLE_AFTER = re.compile(r"[\s-]*(?:based\s+)?(?:militants?|gunmen|fighters?|terrorists?|"
                           r"infiltrators?|attackers?|assailants?)\b", re.I)
_BORDER_BEFORE = re.compile(r"(?:\bfrom|\bborder\s+with|\bfence\s+with|\bnear|\bclose\s+to|"
                            r"\bout\s+of|\bbordering)\s+(?:the\s+)?$", re.I)
_BORDER_AFTER = re.compile(r"(?:\s+strip)?\s+(?:border|fence|perimeter|envelope|boundary)\b",
                           re.I)


def _not_where_they_acted(text: str, m: Mention) -> bool:
    """Whether a place in the Strip is named only as the fighters' origin or the border: "Gaza
    militants", "from Gaza", "the Gaza border", "the border with the Gaza Strip"."""
    return m.feature_class == "strip" and (
        _PEOPLE_AFTER.match(text, m.end) is not None or
        _BORDER_BEFORE.search(text[max(0, m.start - 30):m.start]) is not None or
        _BORDER_AFTER.match(text, m.end) is not None)


def told_of_those_who_crossed(text: str, s: Span, named: list[Mention]) -> bool:
    """Whether the sentence's act is that of fighters who crossed from the Strip into Israel,
    told with no place in the Strip where they acted: it happened in Israel."""
    crossed = _WHO_CROSSED.search(s.text)
    if crossed is None or _ISRAELI_ACTORS.search(s.text, 0, crossed.start()):
        return False
    return all(_not_where_they_acted(text, m) for m in named)
