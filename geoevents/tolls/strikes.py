"""How many strikes a toll is told for, and what else the numbers near a toll count.

One toll may be told for several strikes ("Two Israeli strikes on Shujaiya and Zeitoun
killed 26"), or a sentence may tell one strike with its dead, a part a toll told before for
strikes at two places may be of (:mod:`geoevents.event_merge` reads both). The numbers
between a toll and its breakdown may count the strikes, the homes or the detained, or tell a
time, not the dead: a breakdown of those is no breakdown of the toll.
"""

from __future__ import annotations

import re

from geoevents.dates import MONTH_PATTERN
from geoevents.the_same_attack import SITE_HIT

# A count in the words between a toll and its breakdown, of what is not the dead ("and
# destroyed four houses", "and detained 15", "in strikes on two houses"), not a time
# ("in 24 hours", "after 2 in the afternoon", "on 5 May", "since October 7")
COUNT_WORD = (r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
              r"[a-z]+teen|twenty|thirty|forty|fifty|dozens?)")
GAP_COUNT = re.compile(rf"\b(?:{COUNT_WORD}|hundreds?)\b", re.I)
_TIME_AFTER = re.compile(rf"(?:-|\s+)(?:(?:hours?|days?|weeks?|months?|nights?|minutes?|"
                         rf"years?)\b|{MONTH_PATTERN}(?:\s|,|$)|(?:a\.?m|p\.?m)\b|o['’]clock\b)|"
                         r":\d|(?:st|nd|rd|th)\b", re.I)
_TIME_BEFORE = re.compile(rf"(?:\b(?:at|after|before|until|by|around|since|from|past|last)|"
                          rf"{MONTH_PATTERN})\s+$", re.I)


def other_count(gap: str) -> bool:
    """Whether the words between a toll and its breakdown count something besides the dead
    and the strikes."""
    strikes = [m.span() for m in _SEVERAL_STRIKES.finditer(gap)]
    for m in GAP_COUNT.finditer(gap):
        if any(a <= m.start() < b for a, b in strikes) or \
                _TIME_AFTER.match(gap, m.end()) or _TIME_BEFORE.search(gap[:m.start()]) or \
                m.group().isdigit() and 1900 < int(m.group()) < 2100:
            continue
        return True
    return False


# "Two Israeli strikes on Shujaiya and Zeitoun killed 26", "more than 80 killed in twin
# strikes on Jabalia": one toll told for a number of strikes
# (not "at least two strikes", "two more strikes", nor "a day after two strikes hit the
# camp": strikes named for when)
_SEVERAL_STRIKES = re.compile(
    # (the look-ahead first: the look-behinds are tried only where a number starts)
    r"\b(?=two|three|four|five|twin|\d)"
    r"(?<!\bleast )(?<!\bthan )(?<!\bafter )(?<!\bbefore )(?<!\bsince )(?<!\bfollowing )"
    r"(two|three|four|five|twin|\d)\s+(?:(?:separate|israeli|deadly|consecutive|successive|"
    r"simultaneous|air|aerial|drone|missile)\s+){0,3}"
    r"(?:air\s?strikes|strikes|attacks|raids|bombings|bombardments)\b", re.I)
_STRIKES_NUMBER = {"two": 2, "twin": 2, "three": 3, "four": 4, "five": 5}


def strikes_told(sentence: str) -> int | None:
    """How many strikes a sentence's one toll is told for, if it says ("Two Israeli strikes
    on Shujaiya and Zeitoun killed 26 people": two)."""
    found = {m.group(1).lower() for m in _SEVERAL_STRIKES.finditer(sentence)}
    if len(found) != 1:
        return None
    word = found.pop()
    n = _STRIKES_NUMBER.get(word) or (int(word) if word.isdigit() else 0)
    return n if n >= 2 else None


# One strike and what it hit: "a house targeted by an Israeli missile", "jets bombed a
# house", "the strike on a school"
_ONE_STRIKE = re.compile(r"\b(?:(?:air\s?)?strike|attack|raid|missile|shell|bomb|bombing|"
                         rf"(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}(?:{SITE_HIT}))\b", re.I)
# ... and not strikes, nor dead told besides the toll's ("also", "another", "three more")
_NOT_ONE_STRIKE = re.compile(r"\b(?:(?:air\s?)?strikes|attacks|raids|bombings|also|another|"
                             r"separate(?:ly)?|elsewhere|further|more|second|additional)\b",
                             re.I)


def tells_one_strike(sentence: str) -> bool:
    """Whether a sentence tells one strike with its dead ("The strike on a school in Zeitoun
    killed 16"), a part a toll told before for strikes at two places may be of."""
    return _ONE_STRIKE.search(sentence) is not None and \
        _NOT_ONE_STRIKE.search(sentence) is None
