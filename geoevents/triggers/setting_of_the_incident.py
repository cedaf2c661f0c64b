"""A return told only as the setting of an incident the report told before.

"Reports indicate that the incident occurred in Khan Younis and the Shujayea neighbourhoods
of Gaza City, as Palestinians went back to their homes to assess the damage": the sentence
places the shooting told before ("the incident occurred in ..."); people going home is what
they were doing when it came, told in an "as" clause. Read as news, it is a return of the
displaced at the incident's places, and the shooting loses its places to it.

Only a return after such a main clause is read so, one naming an incident known already
("the incident", "the attack", "the shooting") with a verb that places or times it
("occurred", "took place", "happened", "came"); a return that is the sentence's news
("Thousands went back to their homes in Khan Younis as the truce held") or that follows
another kind of main clause ("Crowds filled the coastal road as displaced people returned
north") is news as before.
"""

from __future__ import annotations

import re

__all__ = ["returning_when_it_happened"]

# the main clause: an incident known already, placed or timed ("the incident occurred in",
# "the shooting took place near", "the attack happened while")
_THE_INCIDENT_PLACED = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:deadly|latest|fatal|reported)\s+)?(?:incident|attack|"
    r"shooting|strike|killing|killings|assault|raid)s?\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:occurred|occurring|took\s+place|taken\s+place|happened|came|unfolded)\b")
# the return, in an "as" clause after it: "as Palestinians went back to", "as displaced
# families were returning to" (a few words between "as" and the verb)
_AS_THEY_RETURNED = re.compile(r"\bas\s+(?:[\w'’-]+\s+){0,4}$")


def returning_when_it_happened(low: str, start: int, at: int, is_return: bool) -> bool:
    """Whether the return at ``low[at:]`` is told in an "as" clause after a main clause that
    places an incident told before ("the incident occurred in Khan Younis ..., as
    Palestinians went back to their homes"): when it came, not a return of its own."""
    if not is_return or _AS_THEY_RETURNED.search(low, max(start, at - 60), at) is None:
        return False
    return _THE_INCIDENT_PLACED.search(low, start, at) is not None
