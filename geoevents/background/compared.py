"""An earlier act named only as the measure of the news: what the speaker compares it with.

"Azzoum compares this devastating attack with the recent one on the Jabalia refugee camp,
which claimed the lives of at least 90 people": the sentence's news is the comparison; the
Jabalia attack is an earlier one the reader is reminded of, with its own toll, and read as
news it is a second event dated on the day of the comparison.

Only a comparison of an act with an earlier act ("the recent one", "an earlier strike", "the
previous massacre") is read so; a comparison of a toll ("12 killed, compared with five the
day before") or of an act with something else ("likened the bombing to an earthquake") is
news as before, as is a sentence where the compared act is told, not named ("the strike on
Rafah killed 12, more than the earlier one on Khan Younis": no comparing verb).
"""

from __future__ import annotations

import re

from geoevents.sentences import Span

__all__ = ["an_earlier_act_compared"]

# the comparing verb, the act of the news (within a few words), and the earlier act named
# as its measure: "compares this devastating attack with the recent one on"
_COMPARED = re.compile(
    r"\b(?:compares?|compared|comparing|likens?|likened|likening)\s+(?:(?:this|the|that|"
    r"today's|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:attack|strike|airstrike|air\s+strike|bombing|bombardment|"
    r"massacre|raid|assault|shelling)s?\s+(?:with|to)\s+(?:the|an?|that)\s+"
    r"(?:(?:recent|earlier|previous|last|prior|former|similar)\s+)"
    r"(?:one|attack|strike|airstrike|bombing|bombardment|massacre|raid|assault|shelling)s?"
    r"\s+(?:on|in|at|against)\b", re.I)


def an_earlier_act_compared(s: Span) -> bool:
    """Whether the sentence compares the news's act with an earlier one it names ("compares
    this attack with the recent one on the Jabalia refugee camp, which killed 90"): the
    earlier act and its toll are the measure, not news of the report."""
    return _COMPARED.search(s.text) is not None
