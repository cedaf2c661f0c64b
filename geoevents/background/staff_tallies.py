"""An agency's own staff killed, confirmed as the latest additions to its tally.

"UNRWA received confirmation that seven additional colleagues were killed", "WHO has been
able to confirm that at least 19 additional colleagues were killed during strikes": an
agency's situation report adds the deaths of its staff it has confirmed since the last one,
wherever and whenever they died. The count is a step of the agency's running tally, not an
attack: the confirmation's day is not the deaths', and the report's other places are not
where those staff died.

Deaths told as the day's ("In the last 24 hours, three additional UNRWA staff have been
killed"), placed ("two additional colleagues were confirmed killed in Rafah on Tuesday") or
told with the attack that killed them ("in an airstrike on their shelter") are an event as
before.
"""

from __future__ import annotations

import re

from geoevents.anchored import Cues
from geoevents.background.counts_over_a_span import ONE_ATTACK
from geoevents.model import Mention
from geoevents.sentences import Span

__all__ = ["a_staff_tally"]

# "confirmation that seven additional colleagues were killed", "confirmed that 19 more of its
# staff members died": a count of staff, confirmed as more of them (not "seven colleagues
# were killed": no step of a tally; nor "three additional staff have been killed in the
# last 24 hours": the deaths told, not their confirmation)
_MORE_STAFF_KILLED = re.compile(
    r"\b(?:confirm(?:s|ed|ation)?|verif(?:y|ies|ied|ication))\b(?:\s+that)?\s+"
    r"(?:(?:at\s+least|some|about|another)\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens)\s+"
    r"(?:additional|more|further|other)\s+(?:(?:of\s+)?(?:its|our|their)\s+)?"
    r"(?:(?-i:[A-Z]{2,6})\s+)?"  # (the agency's initials: "UNRWA", "WHO")
    r"(?:colleagues|staff(?:\s+members)?|employees|personnel|team\s+members|aid\s+workers)\b"
    r"[^.;]{0,40}?\b(?:killed|died|lost\s+their\s+lives)\b", re.I)
# (the words every match holds, looked for as plain text first)
_WORDS = ("confirm", "verif")


def a_staff_tally(text: str, s: Span, named: list[Mention], cues: Cues) -> bool:
    """Whether the sentence adds staff deaths confirmed to an agency's tally and names no
    place in the Strip but the Strip itself, nor one attack that killed them."""
    if not cues.any_of(_WORDS, s.start, s.end):
        return False
    if _MORE_STAFF_KILLED.search(text, s.start, s.end) is None:
        return False
    return all(m.feature_class == "strip" for m in named) and not ONE_ATTACK.search(s.text)
