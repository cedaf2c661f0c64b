"""A place told by its bearing from a landmark: "Al-Mughraqa, located north of the Nuseirat
camp".

The landmark after "north of" only says where the place before it lies, and is no place
of the event: "raids on the town of Al-Mughraqa, located north of the Nuseirat camp in the
central Gaza Strip" is one raid, on Al-Mughraqa. The words between the two may hold
"located" or "situated", and the landmark may take an article ("the Nuseirat camp").
"""

from __future__ import annotations

import re

__all__ = ["bearing_apposed", "BEARING_WORDS"]

# The words of an apposition between a place and its bearing from a landmark, after the
# comma: "which is", "located", "just", "some 6 km", "to the" (before "north of"). One
# list for every reader of a bearing, so that a place told "located just north of" a town
# is read alike wherever a bearing is looked for.
BEARING_WORDS = (r"(?:(?:which|that)\s+(?:is|was|lies)\s+)?(?:(?:located|situated|lying)\s+)?"
                 r"(?:(?:just|directly|immediately|slightly|about|some)\s+)?"
                 r"(?:[\d.]+\s*(?:km|kilometres?|kilometers?|miles?)\s+)?(?:to\s+the\s+)?")
# ", located north of the", ", which is east of", ", just south of": the apposition that
# opens a bearing (the bearing itself is the landmark's qualifier, checked by the caller)
_OPENS = re.compile(r"\s*,\s*" + BEARING_WORDS, re.I)
_ARTICLE = re.compile(r"\s+(?:the\s+)?", re.I)


def bearing_apposed(text: str, lo: int, hi: int, qualifier: str) -> bool:
    """Whether ``text[lo:hi]``, the words between a place and a landmark, is an apposition
    giving the place's bearing ``qualifier`` ("north of") from it: ", located north of the"
    between "Al-Mughraqa" and "Nuseirat camp" (not ", and north of", a list)."""
    opens = _OPENS.match(text, lo, hi)
    if opens is None or not text[opens.end():hi].lower().startswith(qualifier.lower()):
        return False
    return _ARTICLE.fullmatch(text, opens.end() + len(qualifier), hi) is not None
