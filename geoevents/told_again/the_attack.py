"""The attack told before, and the words by which a sentence names it again: "the strike",
"Wednesday's strike", "the incident took place ...".

A news lead tells an attack once; the sentences after it call it "the attack" and tell its
day, its site or its toll. The other modules of the package read those pieces onto it, so
what names it is here, once, for all of them, built from the words every rule of an attack
told again reads (:mod:`geoevents.the_same_attack`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from geoevents.dates import WEEKDAY_PATTERN
from geoevents.sentences import Span
from geoevents.the_same_attack import (
    ATTACK_NOUNS,
    POINTING_BACK,
    attack_nouns,
    the_attack_again,
)

__all__ = ["THE_ATTACK", "ToldBefore", "opens_with_the_attack"]


class ToldBefore(NamedTuple):
    """The last violent event a report told: what "the attack" of a following sentence of
    the same stretch of prose most likely was."""

    event_type: str
    sub_event_type: str
    end: int  # where its sentence ends
    places: frozenset[str]  # the place_ids it was coded at
    days: frozenset[str | None]  # and the days
    counted: bool = False  # whether it told a toll of its own


# "Israeli officials said the attack had been a precision strike": a sentence that speaks
# of an attack by "the attack" and names no place tells of one the report places elsewhere.
ATTACK_NOUN = rf"(?:{ATTACK_NOUNS})"
# (any attack a sentence names as one told, "the first strike" and "the other raid" too: all
# were told, and placed, elsewhere; so no word of another one is refused here, and one word
# only stands between, so that "the sight of bombings" is no attack told; nor "the blast":
# told right after a device that went off ("an explosive device was detonated, hitting the
# soldiers. The blast killed four"), it is that blast, whose place the sentences around it
# carry, not the last attack the report placed)
THE_ATTACK = re.compile(rf"\b(?:{POINTING_BACK}) (?:[\w-]+ )?"
                        rf"(?:{attack_nouns(without=('blast',))})s?\b")
# ... and one attack, named as such ("acknowledged the strike"; not "reported that Israeli
# strikes have killed 300"), "the first strike" too: of a double strike, the lead's own ("one
# was killed in the first air strike, three in the second")
THE_ONE_ATTACK = re.compile(rf"\b(?:{POINTING_BACK}) (?:[\w-]+ )?{ATTACK_NOUN}\b")


# "Wednesday's strike", "Sunday's Israeli air strike": one attack, by the day it was on
DAYS_ATTACK = re.compile(rf"\b{WEEKDAY_PATTERN}['’]s (?:[\w-]+ )?{ATTACK_NOUN}\b(?!s)")


# (not "Unlike Wednesday's strike, no warning was given", "the site of Wednesday's strike",
# "Last Wednesday's strike": another one; nor "Wednesday's strike on a school", "Wednesday's
# strike killed 20": one with a target or a toll of its own)
_ANOTHER_DAYS = re.compile(r"\b(?:like|unlike|than|similar\s+to|site\s+of|last|previous)\s+$",
                           re.I)
OWN_TARGET = re.compile(r"\s+(?:on|at|in|near|against)\s+(?:a|an)\s")
_OWN_TOLL = re.compile(r"\b(?:killed|killing|kills|left)\s+(?:at\s+least\s+|more\s+than\s+)?"
                       r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|"
                       r"[a-z]+ty|dozens)\b", re.I)


def the_days_attack(text: str, m: re.Match, s: Span) -> bool:
    """Whether "Wednesday's strike" is told as the one strike of the lead."""
    return not _ANOTHER_DAYS.search(text, max(s.start, m.start() - 14), m.start()) and \
        not OWN_TARGET.match(text, m.end(), s.end) and \
        not _OWN_TOLL.search(text, m.end(), s.end)


def opens_with_the_attack(s: Span) -> bool:
    """Whether a sentence is told of "the strike" ("The strike late Sunday hit a house in
    Gaza City's eastern Shijaiyah neighborhood", "As dust from Wednesday's strike billowed
    through a street near Nasser Hospital"): the one told before, placed again."""
    return _OPENS_WITH_IT.match(s.text) is not None or any(
        the_days_attack(s.text, m, Span(0, len(s.text), s.text))
        for m in DAYS_ATTACK.finditer(s.text))


_OPENS_WITH_IT = re.compile(rf"\W*{the_attack_again(ATTACK_NOUN)}\b(?!\s+(?:on|in|at)\s+an?\b)")


# "(According to UNRWA,) the incident took place ...": the attack told just before, again
# ("The attack on Thursday came as families gathered": the day of the week, told right
# after the noun; not "The attack on October 7 sparked the war", another attack)
INCIDENT_ON = re.compile(r"\W*(?:According to [^,.;]{1,60},\s+)?"
                         rf"{the_attack_again(rf'(?P<noun>{ATTACK_NOUN})')}"
                         r"(?:\s+(?:took place|occurred|happened)\s+|(?=,?\s+(?:late\s+|early\s+)?"
                         rf"on\s+{WEEKDAY_PATTERN}\b))")
