"""A deal named only as what the sentence's news came after.

"The Israeli Army has killed at least 51 Gazans overnight, according to local sources,
following the announcement from Qatar of a ceasefire between Hamas and Israel that will come
into force on Sunday": the news is the killing; the ceasefire is named to say when it came,
after a deal announced the day before. Read as news it is an agreement of the report's day,
placed wherever the killing was.

Only a deal named as the object of such a time phrase ("following the announcement of",
"after the signing of", "in the wake of the declaration of") is read so; a deal told as
news ("Qatar announced a ceasefire between Hamas and Israel that will come into force on
Sunday", "the two sides signed a truce on Friday") is an agreement as before.
"""

from __future__ import annotations

import re

from geoevents.trigger_table import AGREEMENT

__all__ = ["a_deal_told_as_a_time"]

# "following the announcement from Qatar of a", "after the signing of the", "in the wake of
# the declaration by mediators of a new": the time phrase and its noun, up to the deal
_AFTER_ITS_ANNOUNCEMENT = re.compile(
    r"\b(?:following|after|in\s+the\s+wake\s+of|hours\s+after|days\s+after)\s+(?:the\s+|an\s+)?"
    r"(?:(?:official|formal|surprise|long\s+awaited)\s+)?(?:announcement|declaration|signing|"
    r"news|conclusion|unveiling)\s+(?:(?:from|by|in)\s+(?:[\w'’-]+\s+){1,3}?)?of\s+"
    r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}$")
_LOOK_BACK = 120


def a_deal_told_as_a_time(low: str, start: int, at: int, sub: str) -> bool:
    """Whether the deal at ``low[at:]`` is named as what the news followed ("killed 51
    overnight, following the announcement from Qatar of a ceasefire ..."): a time, not an
    agreement of the report."""
    return sub == AGREEMENT[1] and _AFTER_ITS_ANNOUNCEMENT.search(
        low, max(start, at - _LOOK_BACK), at) is not None
