"""Hostages "abducted": the captives the Strip's armed groups took, not an arrest in the Strip.

"1,139 Israelis and foreign nationals were killed and 248 others were abducted and held
hostage", "The three were abducted from the Re'im music festival massacre": people taken as
hostages were seized in Israel, on the war's first day or in a raid across the fence, and
held in the Strip after. An "abducted" of them is that taking, told again; read as an arrest
(the word for the army's detentions in the Strip, "Israeli forces abducted a journalist"),
it is a detention in the Strip on the day of the report.

The army's or a force's detentions in the Strip ("Israeli forces abducted 12 men in Beit
Lahia", "Hamas police abducted a man") name no hostage, and stay arrests.
"""

from __future__ import annotations

import re

from geoevents.trigger_table import ARRESTS

__all__ = ["hostages_taken"]

# The abducted told as hostages, or as taken where hostages were taken: "abducted and held
# hostage", "abducted ... as hostages", "abducted from the Re'im music festival", "from
# Kibbutz Nir Oz", "from their homes in Israel"
_AS_HOSTAGES = re.compile(r"\b(?:held\s+(?:as\s+)?(?:hostages?|captives?)|"
                          r"(?:as|were|are|remain)\s+(?:\w+\s+)?(?:hostages|captives)|"
                          r"from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:music\s+)?festival|"
                          r"from\s+(?:the\s+)?kibbutz\w*|from\s+(?:[\w'’-]+\s+){0,3}?in\s+"
                          r"(?:southern\s+)?israel)\b")


def hostages_taken(low: str, start: int, at: int, stop: int, end: int, sub: str) -> bool:
    """Whether the arrest ``low[at:stop]`` is an "abducted" told of people taken as hostages
    (``low[start:end]``: the sentence)."""
    return sub == ARRESTS[1] and low.startswith("abduct", at) and \
        _AS_HOSTAGES.search(low, stop, end) is not None
