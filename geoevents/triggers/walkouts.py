"""Strikes that are walkouts: work laid down, no attack from the air.

"Strike" is read as an air strike by itself; the trigger table cannot tell it from a
walkout, which staff, teachers or workers hold, stage or join, or which is told with what
it protests ("a strike to protest the killing of a colleague"). A strike aimed at a target
("carried out a strike on a house", "a strike that hit the school") stays an attack.
"""

from __future__ import annotations

import re

# Held, staged, observed or joined: what people do with a walkout, not with an air strike
# ("staff held a strike on Sunday", "teachers staged a one-day strike", "workers joined the
# strike"); not "carried out a strike", "launched a strike", "conducted a strike".
_HELD = re.compile(r"\b(?:h[oe]ld(?:s|ing)?|stag(?:e|es|ed|ing)|observ(?:e|es|ed|ing)|"
                   r"join(?:s|ed|ing)?)\s+(?:an?\s+|the\s+|their\s+)?"
                   r"(?:[\w-]+\s+){0,2}$")
# ... or told with what it protests or is over ("a strike to protest the killing", "a
# strike in protest at the arrests", "a strike over unpaid salaries")
_PROTESTED = re.compile(r"(?:\s+on\s+\w+day)?\s+(?:to\s+protest|in\s+protest|"
                        r"over\s+(?:unpaid\s+|late\s+|delayed\s+)?(?:pay|wages|salar\w+))\b")
# ... but a strike aimed at something is an attack whatever the verb: "held a strike on the
# house" is no walkout ("on Sunday" is a day, no target)
_AIMED = re.compile(r"\s+(?:(?:on|against|at)\s+(?!\w+day\b)|targeting\b|that\s+hit|"
                    r"which\s+hit|hitting\b|killing\b|killed\b)")


def a_walkout(low: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the "strike" at ``low[at:stop]`` is a walkout: "Staff at an UNRWA school in
    Nuseirat camp held a strike on Sunday to protest the killing of a colleague", "teachers
    in Khan Younis staged a one-day strike", "a strike over unpaid salaries" (not "aircraft
    carried out a strike on Sunday on a house", "a strike on the school killed 12": aimed
    at a target)."""
    if not low.startswith("strike", at):
        return False
    if _PROTESTED.match(low, stop, end):
        return True
    return not _AIMED.match(low, stop, end) and _HELD.search(low, lo, at) is not None
