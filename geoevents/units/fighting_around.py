"""Fighting named only as what went on around a strike or a shelling.

"UNRWA said two shells hit its Khan Younis Training Centre during fighting in the city's
western outskirts", "the training centre was struck on Monday amid intense fighting in the
surrounding area": the clause tells the shells or the strike and what hit; the fighting,
named after it in a "during" or "amid" phrase, is when and around what it came. Read as a
unit of its own it is a second event, an armed clash, and read as the battle it makes the
shells the firefight's own fire, typing the shelling of a shelter as a clash.

Only fighting told after the clause's strike or shelling, in such a phrase, is read so: a
clause that tells the fighting first ("troops fought Hamas fighters in Khan Younis as tanks
shelled the area") or as news of its own ("fighting raged in Jabalia, and shells hit the
school") keeps its battle, and so does fighting with no strike or shelling in its clause.
"""

from __future__ import annotations

import re

from geoevents.sentences import Span
from geoevents.trigger_table import AIR, BATTLE, SHELL
from geoevents.triggers import Trigger

__all__ = ["fighting_around_the_strike"]

# the phrase the fighting is named in: "during fighting", "amid intense fighting", "during
# the heavy fighting" (a few words between)
_AROUND = re.compile(r"\b(?:during|amid|amidst)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# (a strong cue of a strike or shelling: not a weak word such as "hit" alone)
_STRONG = 0.8


def fighting_around_the_strike(t: Trigger, clause: Span, ctrig: list[Trigger],
                               text: str) -> bool:
    """Whether the battle word ``t`` is named after the clause's strike or shelling, in a
    "during" or "amid" phrase ("two shells hit its training centre during fighting"): the
    setting of the attack, not a battle of its own."""
    if (t.event_type, t.sub_event_type) != BATTLE:
        return False
    if not any((x.event_type, x.sub_event_type) in (AIR, SHELL) and x.strength >= _STRONG
               and x.end <= t.start for x in ctrig):
        return False
    return _AROUND.search(text, max(clause.start, t.start - 40), t.start) is not None
