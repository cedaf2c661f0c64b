"""A place described by the operations going on in it: who it is, not what happened.

"The army also demanded the evacuation of some neighborhoods in eastern Rafah, a southern
Gaza city where it has expanded operations": the relative clause tells the reader what
Rafah is in this war (a city of the offensive), a state in the perfect tense told as a
place's description. Read as news, it makes a battle beside the order, dated on the report's
day. A clause that tells an act of its day ("Rafah, where troops expanded operations on
Monday", "the city where forces have killed 20 this week", "Jabalia, where fighting has
raged since Sunday") is news as before. The fighting may be the clause's subject too:
"health services could collapse in Khan Younis, where fighting has intensified" describes
the city by the fighting it sees.
"""

from __future__ import annotations

import re

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
