"""Counts told apart from the attack beside them: a day's tally, the Strip's dead, the hurt.

"health authorities said 147 people had been killed in the last 24 hours" is the day's
tally of the Strip, mostly of strikes, not the toll of the attack told before, and "across
the Strip" the whole Strip's; but a bare count of the hurt after an attack ("Six others
were wounded.") is that attack's, unless told as the hurt of another time, of many days, or
as the sick and wounded evacuated.
"""

from __future__ import annotations

import re

from geoevents.casualties import Casualty
from geoevents.model import Mention
from geoevents.sentences import Span
from geoevents.trigger_table import AIR, ATTACK, BATTLE, IED, SHELL
from geoevents.units.record import EventUnit

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

# "across the Strip", "throughout the Gaza Strip": a toll of the whole Strip
_ACROSS_THE_STRIP = re.compile(r"\b(?:across|throughout|all over|in all of)\s+(?:the\s+)?"
                               r"(?:gaza\s+strip|strip|gaza|enclave|territory)\b", re.I)

_MEDEVAC = re.compile(r"\bevacuat\w*\s+(?:of\s+)?(?:about\s+|some\s+|at least\s+)?[\d,]+\s+"
                      r"(?:\w+\s+)?(?:wounded|injured|sick|patients)|\b(?:wounded|injured|sick)"
                      r"\s+(?:\w+\s+){0,3}(?:were|was|had been)\s+evacuated", re.I)

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


def a_strip_tally(text: str, clause: Span, gaza: list[Mention]) -> bool:
    """Whether ``text`` tells a day's tally and ``clause`` names no place but the Strip: "the
    health ministry said 71 people were killed in the past 24 hours" is a day's tally, mostly
    of strikes, whatever was told with it (not "12 people were killed in Khan Younis in the
    past 24 hours": a place's toll), and "the health ministry said 195 people were killed in
    the Strip in the previous 24 hours, and that fighting had surrounded Nasser" a day's
    tally in a clause of its own, not the toll of the fighting told with it."""
    return days_tally(text) and \
        all(m.feature_class == "strip" for m in gaza if clause.start <= m.start < clause.end)


def across_the_strip(text: str) -> bool:
    """Whether ``text`` tells a toll of the whole Strip ("across the Strip")."""
    return _ACROSS_THE_STRIP.search(text) is not None


def hurt_told_after(s: Span, c: Casualty, triggered: list[EventUnit], gaza: list[Mention],
                    previous_violent: tuple[str, str] | None,
                    previous_places: frozenset[str]) -> bool:
    """Whether ``c`` is a count of its own, told as people who were hurt, after an event
    coded at one place: "... was killed by an explosive device in Jabalia. Two officers were
    moderately hurt" are the hurt of the attack told just before, at its place (not "the
    other two journalists were found injured", told again, nor "52 people were injured in
    the past 24 hours", "across the Strip": a day's tally, nor "many injured", nor "76
    wounded were expected to cross", "dozens of injured"; nor after an attack told at
    several places: "eight were killed, including two in Jabalia and three in Sheikh
    Radwan. Dozens more were wounded": the hurt of them all, no one place's)."""
    return c.kind == "injured" and not triggered and \
        not gaza and previous_violent in _HURT_AFTER and len(previous_places) == 1 and \
        c.count is not None and (_HURT_VERB.search(c.text) is not None or
                                 (_HURT_TAKEN.match(s.text, c.end - s.start) is not None and
                                  not _TAKEN_OVER_DAYS.search(s.text))) and \
        not _MEDEVAC.search(s.text) and not _HURT_ELSEWHEN.search(s.text) and \
        not days_tally(s.text) and not _ACROSS_THE_STRIP.search(s.text) and \
        not _TOLD_HURT.search(s.text, max(0, c.start - s.start - 12), c.start - s.start)


def hurt_of_no_event_of_their_own(c: Casualty, s: Span, violent: list[EventUnit],
                                  hurt_after: bool, triggered: list[EventUnit],
                                  gaza: list[Mention]) -> bool:
    """Whether ``c`` counts people hurt who make no event of their own: "190 wounded and
    sick people were evacuated" tells who, not an attack; "Twelve people are injured." with
    no place of its own are the injured of the attack told before, wherever that was."""
    return not violent and c.kind == "injured" and not hurt_after and (
        bool(triggered) or _MEDEVAC.search(s.text) is not None or not gaza)


def others_hurt_too(s: Span, hurt: EventUnit, c: Casualty) -> bool:
    """Whether ``c`` is told joined to the last count of ``hurt`` as other people hurt, who
    add up: "Another officer was seriously wounded, and two officers were moderately hurt"
    (not "..., including two children")."""
    return _HURT_TOO.fullmatch(s.text, hurt.casualty_phrases[-1].end - s.start,
                               c.start - s.start) is not None
