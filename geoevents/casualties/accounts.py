"""Two accounts of one attack's dead told in one sentence.

A military's vague claim ("The army said it had killed several terrorists in the strike") set
against another source's number for the same attack ("while the hospital said at least 37
people were killed in the strike") is one toll told twice, not two: the number told is kept
and the vague word (ACLED's conventional ten for "several") yields to it.
"""

from __future__ import annotations

import re

from geoevents.casualties.headcount import VAGUE_HEADS
from geoevents.casualties.record import Casualty

# The words that give a count with no number ("several" is ten by ACLED's convention), as
# the head count reads them
_VAGUE = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(VAGUE_HEADS))
                    + r")\b", re.I)
# a speaker's claim: "The military said it had killed", "the army says its forces killed"
_CLAIMED = re.compile(r"\b(?:said|says|claimed|claims|announced|stated)\b", re.I)
# the other account, given to another speaker: "while Gaza's Al-Aqsa Martyrs hospital said"
_OTHER_SOURCE = re.compile(r"\b(?:while|whereas|but)\b[^.;]{0,120}?\b(?:said|says|reported|"
                           r"reports|announced|stated|told)\b", re.I)
# the number told for the same attack: "... were killed in the strike", "in that attack"
_SAME_ATTACK = re.compile(r"\s+(?:in|during|by)\s+(?:the|that|this)\s+(?:same\s+)?"
                          r"(?:(?:air\s*)?strike|airstrike|attack|raid|bombing|bombardment|"
                          r"shelling|assault)\b", re.I)


def vague_claim_yields(text: str, found: list[Casualty], start: int) -> list[Casualty]:
    """``found`` without a speaker's vague count of the dead where another source in the
    same sentence numbers the dead of the same attack after it (see the module note)."""
    dead = [c for c in found if c.kind == "killed" and not c.cumulative]
    drop: set[int] = set()
    for vague in dead:
        if vague.count is None or not _VAGUE.search(vague.text) or \
                not _CLAIMED.search(text, start, vague.start):
            continue
        for told in dead:
            if told.start > vague.end and told.count is not None and \
                    not _VAGUE.search(told.text) and \
                    _OTHER_SOURCE.search(text[vague.end:told.start]) and \
                    _SAME_ATTACK.match(text, told.end):
                drop.add(id(vague))
    return [c for c in found if id(c) not in drop]
