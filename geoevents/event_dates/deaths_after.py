"""The day someone hurt in an attack died later: the death's day, not the attack's.

"The child, who was critically injured by the shelling, was rushed for surgery but died the
next day": the shelling was the day before, and ACLED dates the event by the attack. A day
right after a verb of dying, in a sentence that tells the dead as hurt first, is set aside;
the attack keeps a day of its own or the one the report gave last.
"""

from __future__ import annotations

import re

from geoevents.dates import DateRef
from geoevents.units import EventUnit

# "died the next day", "succumbed to his wounds two days later", "died in hospital on
# Tuesday", "later died of her injuries on Sunday"
_DIED_BEFORE_DAY = re.compile(
    r"(?i)\b(?:died|succumbed|passed\s+away)(?:\s+(?:to|of|from)\s+(?:his|her|their)\s+"
    r"(?:wounds|injuries))?(?:\s+(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?hospital)?"
    r"\s+(?:on\s+)?$")
# ... of one told hurt before it in the sentence ("who was critically injured", "wounded by
# Israeli shelling"), not "Three people died on Monday when a strike hit a house": the
# dead's own day, the attack's too
_HURT_FIRST = re.compile(r"(?i)\b(?:injured|wounded|hurt|injuries|wounds)\b")


def a_later_deaths_day(text: str, unit: EventUnit, d: DateRef) -> bool:
    """Whether ``d`` is the day one hurt in ``unit``'s attack died, after the attack."""
    lo = max(unit.sentence.start, d.start - 80)
    died = _DIED_BEFORE_DAY.search(text, lo, d.start)
    return died is not None and unit.anchor < died.start() and \
        _HURT_FIRST.search(text, unit.sentence.start, died.start()) is not None
