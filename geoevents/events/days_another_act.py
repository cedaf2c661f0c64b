"""A further act told in one sentence with a day of its own: its own record, not a second word
for the act told first.

"During Eid al-Fitr, forces attacked eight mosques in Nuseirat, and struck a further three on
14 April" tells two attacks on two days, though the second names no place and takes the
first one's: the three mosques struck on 14 April are not the eight of the feast, which
keeps its own day. Two words of one sentence at one place stay one attack where the second
is not told as another ("bombardment between 23 and 26 December ... more than 50 strikes on
24-25 December, on three camps"), or names no day of its own.
"""

from __future__ import annotations

import re

from geoevents.quantities import NUMBER_WORD
from geoevents.sentences import Span
from geoevents.units import EventUnit

# a count, exact or vague ("three", "12", "dozens")
_NUMBER = rf"(?:\d+|{NUMBER_WORD}|several|dozens|scores|hundreds)"
# "a further three", "two more", "another", "again", "a second", "a third" (not "more than
# 20", "killing more people": a count, not another act)
_ANOTHER_ACT = re.compile(rf"(?i)\b(?:(?:a\s+)?further|another|again|{_NUMBER}\s+more\b"
                          rf"(?!\s+than)|a\s+(?:second|third|fourth|fifth)\b)")


def tells_another_act(s: Span, unit: EventUnit) -> bool:
    """Whether the unit's clause, in sentence ``s``, tells its act as a further one ("struck
    a further three", "shelled two more", "hit the camp again", "a second strike")."""
    return _ANOTHER_ACT.search(s.text, max(0, unit.clause.start - s.start),
                               max(0, unit.clause.end - s.start)) is not None


def a_further_days_act(s: Span, unit: EventUnit, first_day: str | None,
                       day: str | None, own_day: bool) -> bool:
    """Whether the unit, coded at the place of one told before it in its sentence, is a
    further act on a day of its own: its clause names a day (``own_day``) other than the
    first's (``first_day``) and tells the act as another (see :func:`tells_another_act`)."""
    return own_day and first_day is not None and day is not None and first_day != day and \
        tells_another_act(s, unit)
