"""Deaths named as what a protest protests: the cause of the day's act, not its toll.

"Staff held a strike on Sunday to protest the killing of a colleague", "hundreds marched in
Rafah, protesting against the killing of five fishermen": the killing is what the protest
is about, told in passing, at no day or place of its own; read as a toll, it makes an
attack with the protest's day and place. A killing told as the sentence's act ("Israeli
strikes killed five in Rafah, prompting protests") is not one.
"""

from __future__ import annotations

import re

from geoevents.casualties import Casualty

# What protests a thing, right before its killing: "to protest the", "in protest at the",
# "protesting against the", "protested over the" (a few words between at most)
_PROTEST_OF = re.compile(r"\b(?:protest(?:s|ed|ing)?|in\s+protest)(?:\s+(?:at|against|over|of))?"
                         r"\s+(?:the\s+)?(?:recent\s+|latest\s+|israeli\s+|brutal\s+)?$")
_LOOK_BACK = 60


def a_killing_protested(low: str, c: Casualty) -> bool:
    """Whether the count ``c`` is a killing a protest is about ("held a strike to protest the
    killing of two colleagues": no toll of an act told), read over the folded report ``low``
    (not "strikes killed five, prompting protests", "protesters were killed": the dead
    are the act's)."""
    return c.kind == "killed" and low.startswith("killing", c.start) and \
        _PROTEST_OF.search(low, max(0, c.start - _LOOK_BACK), c.start) is not None
