""""Hostilities" told region by region after a bombardment are that bombardment.

"On 27 December, heavy Israeli bombardment from air, land, and sea, continued across most
of the Gaza Strip. In the north, Gaza City and Jabalya were most affected; in the Middle
Area, hostilities continued in the four refugee camps": the second sentence tells where the
bombardment told just before fell, and "hostilities" is its word for it, not news of
fighting on the ground. "Hostilities" is a clash where it stands alone ("On 22 January,
hostilities further escalated in Khan Younis"), follows no bombardment, or shares its
sentence with fighting on the ground ("Hostilities were particularly intense in Khan
Younis, with heavy fighting reported": the fight is told).
"""

from __future__ import annotations

import re

from geoevents.trigger_table import AIR, BATTLE

__all__ = ["hostilities_of_the_bombardment"]

# how far back the sentence before is looked for (characters)
_LOOK_BACK = 400
_SENTENCE_END = re.compile(r"[.!?]\s+|\n\s*")
# a bombardment told going on: "heavy Israeli bombardment from air, land, and sea, continued
# across most of the Gaza Strip", "airstrikes continued throughout the night"
_BOMBARDMENT_GOING_ON = re.compile(r"\b(?:bombardments?|bombings?|air ?strikes|strikes|shelling)"
                                   r"\b[^.;]{0,80}?\b(?:continu\w*|persist\w*|intensifi\w*)\b")
# fighting on the ground told in the same sentence (then "hostilities" is that fight)
_GROUND = re.compile(r"\b(?:fight\w*|clash\w*|battl\w*|ground|gunfire|gunmen|troops|soldiers|"
                     r"tanks?|incursions?|raids?|operations?|advanc\w*|combat|ambush\w*|"
                     r"firefights?|armed groups|militants|fighters|encircl\w*|storm\w*)\b")


def hostilities_of_the_bombardment(low: str, start: int, at: int, stop: int, end: int,
                                   etype: str, sub: str) -> tuple[str, str]:
    """AIR for a clash told only as "hostilities" (``low[at:stop]``) in a sentence,
    ``low[start:end]``, that names no fighting on the ground and follows one telling a
    bombardment going on; else ``(etype, sub)``."""
    if (etype, sub) != BATTLE or "hostilities" not in low[at:stop] or \
            _GROUND.search(low, start, end) is not None:
        return etype, sub
    before = _sentence_before(low, start)
    if before is None or _BOMBARDMENT_GOING_ON.search(before) is None or \
            _GROUND.search(before) is not None:
        return etype, sub
    return AIR


def _sentence_before(low: str, start: int) -> str | None:
    """The sentence just before the one opening at ``start`` (within ``_LOOK_BACK``
    characters), None for the text's first sentence or after a line with no sentence end
    (a headline)."""
    lo = max(0, start - _LOOK_BACK)
    head = low[lo:start].rstrip()
    if not head or head[-1] not in ".!?":
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(head, 0, len(head) - 1)]
    if ends:
        return head[ends[-1]:]
    return head if lo == 0 else None  # (the text's first sentence, or one too long to read)
