"""A place described by the operations going on in it: who it is, not what happened.

"The army also demanded the evacuation of some neighborhoods in eastern Rafah, a southern
Gaza city where it has expanded operations": the relative clause tells the reader what
Rafah is in this war (a city of the offensive), a state in the perfect tense told as a
place's description. Read as news, it makes a battle beside the order, dated on the report's
day. A clause that tells an act of its day ("Rafah, where troops expanded operations on
Monday", "the city where forces have killed 20 this week", "Jabalia, where fighting has
raged since Sunday") is news as before. The fighting may be the clause's subject too:
"health services could collapse in Khan Younis, where fighting has intensified" describes
the city by the fighting it sees. So may a phrase set beside the name: "shelters hit in
Khan Younis, the focus of Israel's ground offensive, a day ago" tells what Khan Younis is
(see :func:`a_place_named_the_focus`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from geoevents.trigger_table import VIOLENT

if TYPE_CHECKING:
    from geoevents.triggers.sift import Trigger

# "where it has expanded operations", "where Israeli forces have intensified their ground
# offensive", "where the army has been conducting operations": a subject of up to four
# words, a perfect tense, and at most two words before the trigger
_WHERE_IT_HAS = re.compile(
    r"\bwhere\s+(?:[\w'’-]+\s+){1,4}?(?:has|have|had)\s+(?:been\s+)?"
    r"(?:expand\w*|intensif\w*|widen\w*|step(?:ped|ping)\s+up|escalat\w*|extend\w*|"
    r"conduct\w*|carr(?:ied|ying)\s+out|wag(?:ed|ing)|press(?:ed|ing)\s+(?:on\s+)?(?:with\s+)?|"
    r"focus+ed|concentrat\w*)\s+(?:its\s+|their\s+|an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$")
# ... or by the fighting it sees, the trigger the clause's subject: "the cities of Deir
# al-Balah and Khan Younis, where fighting has intensified", "where heavy clashes have raged"
_WHERE_FIGHTING = re.compile(r"\bwhere\s+(?:(?:heavy|fierce|intense|the|renewed|recent)\s+){0,2}$")
_HAS_GONE_ON = re.compile(r"\s+(?:has|have|had)\s+(?:been\s+)?(?:intensif\w*|rag\w*|escalat\w*|"
                          r"continu\w*|concentrated|heaviest|fiercest|focused)\b")
# ... with a day or a span of the clause's own after it, it tells an act of that day
_A_DAY_AFTER = re.compile(r"[^.;,]*?\b(?:\w+day|today|tonight|overnight|this\s+week|"
                          r"since|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
                          r"dec)\w*)\b")
_LOOK_BACK = 80


def a_place_described_by_its_operations(low: str, start: int, at: int, stop: int,
                                         end: int, is_battle: bool) -> bool:
    """Whether the battle word at ``low[at:stop]`` describes a place by the operations it
    sees ("eastern Rafah, a southern Gaza city where it has expanded operations", "Jabalia,
    where troops have been conducting a ground offensive", "Deir al-Balah and Khan Younis,
    where fighting has intensified"), not telling an act (not
    "where troops expanded operations on Monday": a day of its own; not "Israel has expanded
    operations in Rafah": no place described)."""
    if not is_battle:
        return False
    lo = max(start, at - _LOOK_BACK)
    if _WHERE_IT_HAS.search(low, lo, at) is not None:
        return _A_DAY_AFTER.match(low, stop, end) is None
    gone_on = _HAS_GONE_ON.match(low, stop, end) if _WHERE_FIGHTING.search(low, lo, at) else None
    return gone_on is not None and _A_DAY_AFTER.match(low, gone_on.end(), end) is None


# A place described by the attacks it has seen again and again, counted in a relative
# clause on it: "al-Mawasi, which repeatedly came under Israeli fire more than 100 times",
# "the school, which has been struck dozens of times" (a tally in the dozens or more; not
# "repeatedly" alone, nor "three times", which may tell one day's attacks)
_WHICH_CLAUSE = re.compile(r",\s+(?:which|where|whose)\b[^,;:.()]*$")
_AGAIN_AND_AGAIN = re.compile(r"\b(?:dozens|scores|hundreds|more\s+than\s+\d+|over\s+\d+)"
                              r"\s+(?:of\s+)?times\b")
_CLAUSE_ENDS = re.compile(r"[^,;:.()]*")
# (a day of the clause's own makes it an act of that day: "struck three times on Monday";
# a span, "dozens of times since May", is the tally's)
_A_DAY_OF_ITS_OWN = re.compile(r"\b(?:\w+day|today|tonight|overnight|this\s+week|"
                               r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
                               r"dec)\w*)\b")


def a_place_described_by_attacks_on_it(low: str, start: int, at: int, stop: int, end: int,
                                       violent: bool) -> bool:
    """Whether the attack word at ``low[at:stop]`` describes a place by the attacks it has
    seen again and again ("ordering residents to move to al-Mawasi, which repeatedly came
    under Israeli fire more than 100 times": a tally of a place's past, no attack of the
    day), not telling one (not "al-Mawasi came under fire three times on Sunday": a day of
    its own and no relative clause; not "the school, which was struck on Monday": told
    once)."""
    if not violent:
        return False
    clause = _WHICH_CLAUSE.search(low, max(start, at - _LOOK_BACK), at)
    if clause is None:
        return False
    tail = _CLAUSE_ENDS.match(low, stop, end)
    assert tail is not None  # (a pattern that matches the empty string)
    span = low[clause.start():tail.end()]
    return _AGAIN_AND_AGAIN.search(span) is not None and \
        _A_DAY_OF_ITS_OWN.search(span) is None


# ... and the toll told at the end of that clause: "which repeatedly came under Israeli fire
# more than 100 times, killing hundreds of civilians" (a clause that runs past its commas)
_AGAIN_THEN_TOLL = re.compile(r",\s+(?:which|where|whose)\b[^;:.()]*$")


def a_toll_of_a_place_described(low: str, start: int, at: int,
                                kept: Sequence[Trigger]) -> bool:
    """Whether the toll at ``low[at:]`` ("killing hundreds of civilians") ends a relative
    clause that describes a place by the attacks it has seen again and again ("al-Mawasi,
    which repeatedly came under Israeli fire more than 100 times, killing hundreds of
    civilians": the tally of its past, no attack's dead); not "the school, which was struck
    on Monday, killing five" (told once), "Israeli jets struck Rafah dozens of times on
    Sunday, killing 20" (no place described) nor a sentence with an attack of its own kept
    (``kept``: its triggers), whose toll it may be ("jets struck Rafah, which was hit
    dozens of times, killing 20")."""
    if not low.startswith(("killing", "wounding", "injuring", "leaving"), at) or \
            any(t.event_type in VIOLENT for t in kept):
        return False
    clause = _AGAIN_THEN_TOLL.search(low, max(start, at - 2 * _LOOK_BACK), at)
    if clause is None:
        return False
    span = low[clause.start():at]
    return _AGAIN_AND_AGAIN.search(span) is not None and _A_DAY_OF_ITS_OWN.search(span) is None


# "Khan Younis, the focus of Israel's ground offensive,", "Rafah, now the centre of the
# army's operations": a phrase set beside a place's name, saying what it is in this war
_THE_FOCUS_OF = re.compile(
    r",\s+(?:now\s+|currently\s+)?(?:the|a)\s+(?:(?:main|latest|current|new|chief|"
    r"principal)\s+)?(?:focus|centre|center|target|epicent(?:re|er)|heart|scene|theatre|"
    r"theater)\s+of\s+(?:the\s+|an?\s+|its\s+|their\s+|(?:israel|the\s+army|the\s+"
    r"military|the\s+idf)['’]s\s+|israeli\s+)?(?:[\w-]+\s+){0,2}$")
# ... closed where it opened, by a comma or the clause's end (not "Rafah, the focus of
# Israel's offensive that killed 20 on Monday": the act told)
_SET_BESIDE_ENDS = re.compile(r"\s*(?:[,;.)]|$|\s+(?:in|on)\s+the\s+(?:south|north)\w*)")


def a_place_named_the_focus(low: str, start: int, at: int, stop: int, is_battle: bool) -> bool:
    """Whether the battle word at ``low[at:stop]`` is in a phrase set beside a place's name
    saying what the place is ("hit in Khan Younis, the focus of Israel's ground offensive,
    in the southern Gaza Strip"): a description, not a battle of the report (not "Israel
    launched a ground offensive in Khan Younis": no phrase set beside a name)."""
    if not is_battle:
        return False
    return _THE_FOCUS_OF.search(low, max(start, at - _LOOK_BACK), at) is not None and \
        _SET_BESIDE_ENDS.match(low, stop) is not None
