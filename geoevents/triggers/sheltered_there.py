"""The displaced a place is full of, or shelters: who its people are, not a flight.

"Deir al-Balah is densely populated with Palestinians displaced over nearly 22 months of
conflict", "the camp shelters families displaced over the past year", "al-Mawasi is packed
with families displaced from Rafah": the sentence tells what the place is like now, and
"displaced" says how the people in it came there, at some time it does not tell. Coded, it
made a displacement at the place that holds them (or the one they left) on the report's day.
A day told right after the flight ("families displaced from Beit Lahia on Monday") makes it
the news of that day, and stays an event, as does a flight told with its own verb
("Thousands were displaced from Deir al-Balah") or with what set it off ("now shelters
families displaced from the north after the army's evacuation orders": a flight the report
may be telling as its news).
"""

from __future__ import annotations

import re

from geoevents.in_passing.days import DAYS_SPAN, day_told_after

__all__ = ["displaced_sheltered_there"]

# a place crowded with people, or holding them, a few words before "displaced"
_HELD_BY_A_PLACE = re.compile(
    r"\b(?:(?:(?:densely|heavily|over)[\s-]?)?populated|(?:over)?crowded|packed|filled|full|"
    r"teeming|swollen|crammed|overflowing)\s+(?:with|by|of)\s+(?:[\w,'’-]+\s+){0,4}$|"
    r"\b(?:shelter(?:s|ing)|host(?:s|ing)|hous(?:es|ing)|accommodat(?:es|ing)|home\s+to)\s+"
    r"(?:[\w,'’-]+\s+){0,4}$")


# what set the flight off, told after it
_SET_OFF_BY = re.compile(r"[^.;]{0,80}?\b(?:after|following|since|amid|when)\b")


def displaced_sheltered_there(low: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether "displaced" at ``low[at:stop]`` (``lo``: its look-back; ``end``: where its
    sentence ends) describes the people a place is full of or shelters, with no day of its
    own."""
    return low.startswith("displaced", at) and \
        _HELD_BY_A_PLACE.search(low, lo, at) is not None and \
        not day_told_after(low, stop, end) and not DAYS_SPAN.search(low, stop, end) and \
        not _SET_OFF_BY.match(low, stop, end)
