"""The moves that orders told as a habit tell people to make: their content, not a flight.

"OCHA reports that amid ongoing hostilities, the Israeli military continues to issue
displacement orders - telling people to relocate to Al Mawasi": the relocation is what
the orders the army keeps issuing say, not people who fled on the report's day. Read as
news, it makes a flight beside the orders. The orders themselves are left as they are (an
annotator codes them, undated, at the area they cover); a flight told with a day of the
sentence's own ("new displacement orders on Monday, telling people to relocate") is news
as before.
"""

from __future__ import annotations

import re

from geoevents.dates import WEEKDAY_FOLDED

# "continues to issue displacement orders - telling people to relocate to", "has continued
# to issue displacement orders for Palestinians, ..., telling them to move to", "keeps
# issuing evacuation orders instructing residents to head to"
_TELLING_TO = re.compile(r"\b(?:continu\w*\s+to\s+issue|keeps?\s+issuing|kept\s+issuing|"
                         r"continu\w*\s+issuing)\s+(?:[\w-]+\s+){0,2}orders\b[^.;]*?"
                         r"\b(?:telling|instructing|ordering|urging|directing)\s+"
                         r"(?:[\w'’-]+\s+){1,4}?to\s+$")
# A day of the sentence's own: "on 5 August", "on Monday", "today", "yesterday"
_A_DAY = re.compile(rf"\b(?:{WEEKDAY_FOLDED}|today|yesterday|tonight|"
                    r"overnight|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
                    r"dec)\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d{1,2})\b")


def moves_of_orders_kept_issuing(low: str, start: int, at: int, end: int,
                                 is_flight: bool) -> bool:
    """Whether the flight at ``low[at:]`` is the move that orders the army keeps issuing tell
    people to make ("the military continues to issue displacement orders - telling people
    to relocate to Al Mawasi"), with no day of the sentence's own (not "the army issued new
    displacement orders on Monday, telling people to relocate": orders given, a day told;
    not "families fled Khan Younis on Sunday as the army kept issuing orders telling them
    to move": a flight told, with its day)."""
    return is_flight and _A_DAY.search(low, start, end) is None and \
        _TELLING_TO.search(low, start, at) is not None
