"""A war's tally dated only by the day it was told.

"Israel's bombardment of Gaza has killed at least 36,801 Palestinians, according to an
updated tally by the health ministry on Saturday": the day is the tally's update, not a
deed's, so the sentence stays the war's frame as it would with no day at all (not "... has
killed 36,801 Palestinians, and on Saturday a strike hit Rafah": a day of its own deed).
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.anchored import Cues
from geoevents.background.tally_words import PAST_NEWS, TALLY
from geoevents.casualties import find_casualties
from geoevents.dates import find_dates
from geoevents.sentences import Span

# Who tells the tally, right before its day: "the ministry said on Monday", "said Saturday",
# "according to an updated tally by the enclave's health ministry on Saturday", "in a
# statement on Sunday" (nothing between that ends the clause)
_TELLING_BEFORE = re.compile(
    r"\b(?:said|says|say|saying|told|reported|reports|announced|announces|added|adds|stated|"
    r"according\s+to|tally|update|statement|figures)\b[^.;:,]{0,70}?\s+(?:on\s+)?$", re.I)


# ("killed some 1,200 people": the deed's figure right after it, a tally like the rest)
_A_FIGURE_NEXT = re.compile(r"\s+(?:(?:at\s+least|more\s+than|some|about|nearly|around|over)\s+)?"
                            rf"(?:{TALLY.pattern})")


def dated_only_by_its_telling(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """Whether a sentence that counts a war's dead writes out no day but that of its telling
    ("the ministry said on Monday"), with no deed told in the past beside the tally but
    another tally ("Hamas's raid killed some 1,200 people")."""
    if any(not _A_FIGURE_NEXT.match(s.text, m.end()) for m in PAST_NEWS.finditer(s.text)):
        return False
    # (a tally's sentence only: not "ordered families to leave in the first evacuation since
    # October, residents said on Tuesday", a deed with no count)
    if not any(c.cumulative for c in find_casualties(text, s.start, s.end, cues=cues)):
        return False
    days = [d for d in find_dates(text, anchor, s.start, s.end, cues=cues)
            if d.date and d.precision == 1 and not d.since]
    return bool(days) and all(
        _TELLING_BEFORE.search(text, max(s.start, d.start - 90), d.start) is not None
        for d in days)
