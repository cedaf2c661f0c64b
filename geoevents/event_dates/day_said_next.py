"""The day a lead with none of its own takes from the very next sentence, where that sentence
dates the same deed or the same dead in so many words.

"The IDF have reported the arrest of over 240 ... during a military operation at the Kamal
Adwan Hospital. This operation, which took place on December 28, 2024, was described ...":
the arrests are of 28 December, not of the report's day. "At least four Palestinians have
been killed ... across Gaza ... One of the victims on Monday was a man hit by a drone": the
toll is Monday's. (day_told_next reads a next sentence that opens on the day and the attack
again; this reads a relative "which took place on" and "of the victims on Monday".)
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.anchored import Cues
from geoevents.dates import DateRef, find_dates
from geoevents.event_dates.days_told_before import SENTENCE_END
from geoevents.the_same_attack import ATTACK_NOUNS, THE_OR_THIS
from geoevents.units import EventUnit

# "This operation, which took place on December 28", "The raid, which happened on Monday"
# (possessive blanks: a run of 50,000 blanks after "The strike" is read once, not per split)
_WHICH_TOOK_PLACE = re.compile(
    rf"\s*+(?:{THE_OR_THIS})\s++(?:[\w-]+\s++)?(?:operation|{ATTACK_NOUNS})s?\s*+(?:,\s*+)?which\s++"
    r"(?:took\s+place|happened|occurred|was\s+(?:carried\s+out|conducted|launched))\s+"
    r"(?P<day>on\s+[^,.;]{3,40})")
# "One of the victims on Monday was ...", "Two of those killed on Sunday were ..."
_OF_THE_DEAD_ON = re.compile(
    r"(?i)\s*+(?:one|two|three|four|five|six|some|most|many|several|all|\d+)\s+of\s+"
    r"(?:the|those)\s+(?:victims|dead|killed|people\s+killed)\s+(?P<day>on\s+\w+)\s+"
    r"(?:was|were|is|are|included)\b")


def the_next_sentence_dates_it(cues: Cues, unit: EventUnit,
                               anchor: date | None) -> DateRef | None:
    """The day, to the day, the sentence right after ``unit``'s gives the same deed ("This
    operation, which took place on December 28") or its dead ("One of the victims on Monday
    was"); None otherwise (not "The operation, which began last month": no day; not "One of
    the victims was a man hit on Monday": one death's day, told within)."""
    text = cues.text
    start = unit.sentence.end
    nxt = SENTENCE_END.search(text, start + 1)
    end = nxt.end() if nxt else len(text)
    for pattern in (_WHICH_TOOK_PLACE, _OF_THE_DEAD_ON):
        m = pattern.match(text, start, end)
        if m is None:
            continue
        days = [d for d in find_dates(text, anchor, m.start("day"), m.end("day"), cues=cues)
                if d.date and d.precision == 1 and not d.since]
        if days:
            return days[0]
    return None
