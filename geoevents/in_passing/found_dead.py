"""How the dead that were found seem to have died: an inference, not an attack told.

"About 60 bodies have been found so far, including entire families who appeared to have
been killed by artillery fire and airstrikes as they tried to flee": the news is the bodies
found; the weapons are what the finders take to have killed them, days before and at no
place of their own. Read as news they make a shelling and an air strike of the Strip, the
dead the report has told found.

Only weapons after an inference ("appeared to have been killed by", "seem to have died
in") in a sentence that tells bodies found is read so; a death the sentence tells as a fact
("the bodies of 12 people killed in an airstrike on Monday were recovered"), or an inference
with no bodies found ("one journalist appears to have been killed in the first air strike")
is news as before.
"""

from __future__ import annotations

import re

__all__ = ["inferred_from_the_bodies"]

# the finding, before the weapon in the sentence: "bodies have been found", "recovered the
# bodies", "the discovery of the bodies"
_BODIES_FOUND = re.compile(r"\bbodies\b(?:\s+[\w'’-]+){0,4}?\s+(?:(?:have|had|has|were|was|"
                           r"been)\s+)*(?:found|recovered|discovered|retrieved|unearthed)\b|"
                           r"\b(?:found|recovered|discovered|retrieved|unearthed|discovery\s+of)"
                           r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?bodies\b")
# the inference, straight before the weapon: "who appeared to have been killed by", "seem
# to have died in" (and the second of two weapons: "by artillery fire and")
_INFERRED = re.compile(r"\b(?:appear(?:s|ed)?|seem(?:s|ed)?)\s+to\s+have\s+(?:been\s+killed|"
                       r"died)\s+(?:by|in|from)\s+(?:[\w'’-]+\s+){0,4}$")


def inferred_from_the_bodies(low: str, start: int, lo: int, at: int) -> bool:
    """Whether the weapon at ``low[at:]`` is what found bodies seem to have been killed by
    ("60 bodies have been found, including families who appeared to have been killed by
    artillery fire"): the finders' inference, no attack of the report."""
    if "to have" not in low[lo:at]:
        return False
    inferred = _INFERRED.search(low, lo, at)
    return inferred is not None and \
        _BODIES_FOUND.search(low, start, inferred.start()) is not None
