"""A site told already, said to have been emptied: its state, not people displaced.

"At least 11 Palestinians were killed in a new Israeli airstrike on a school sheltering
displaced people in Gaza City. ... The Civil Defense said that the school has been evacuated
after Israeli threats to attack its premises": "the school" is the one the report told; the
perfect tense says what state it is in now, emptied, a part of the strike's story. Read as
news it is a displacement of the report's day at the school's place, with no one counted.

Only a site named as one known already ("the school", "the hospital", "this shelter") and
told in the perfect ("has been evacuated", "have been emptied") is read so; people moved
("residents of the school were evacuated", "300 people were evacuated from the school"), a
site named by its own name ("Al-Awda Hospital has been evacuated") or an evacuation of a
day ("the hospital was evacuated on Monday") is a displacement as before.
"""

from __future__ import annotations

import re

from geoevents.trigger_table import DISPLACEMENT

__all__ = ["a_known_site_emptied"]

# "the school has been", "this shelter had been", "the hospital has now been": a site known
# already, the sentence's subject just before the perfect
_THE_SITE_HAS = re.compile(
    r"(?:^|[\s,])(?:the|this|that)\s+(?:school|hospital|shelter|building|centre|center|"
    r"clinic|facility|compound|mosque|church|site|tower)\s+(?:has|have|had)\s+(?:now\s+|"
    r"since\s+|already\s+|also\s+)?$")
# ... with no day of its own after it (not "was evacuated on Monday")
_A_DAY_AFTER = re.compile(r"[^.;]*?\b(?:\w+day|today|tonight|overnight|yesterday)\b")


def a_known_site_emptied(low: str, start: int, at: int, stop: int, end: int,
                         sub: str) -> bool:
    """Whether the displacement at ``low[at:stop]`` ("been evacuated") is a known site's
    state told in the perfect ("the school has been evacuated after Israeli threats"), not
    people moved on a day."""
    return sub == DISPLACEMENT[1] and low.startswith("been ", at) and \
        _THE_SITE_HAS.search(low, max(start, at - 40), at) is not None and \
        _A_DAY_AFTER.match(low, stop, end) is None
