"""A count told with a day of its own, after an attack told with another day and its own toll.

"Israeli shelling struck Jabalia on 25 June, wounding four people, and on 27 June, killing
two" tells two attacks, each day with its toll: the dead of 27 June are not the toll of
the shelling of 25 June, though that unit has counted no dead yet. (Not "struck Jabalia on
25 June and 27 June, killing two": one toll told over two days; nor "on 25 June, wounding
four, and killing two": a count with no day of its own.)
"""

from __future__ import annotations

from geoevents.casualties import Casualty
from geoevents.dates import days_told_on
from geoevents.sentences import Span
from geoevents.units.record import EventUnit


def _days_named(span: Span) -> frozenset[str]:
    """The days a clause says something was done on ("on 25 June", "again on Saturday"),
    as the date reader reads them: "on 25 June" and "on June 25th" are one day."""
    return days_told_on(span.text)


def another_days_count(unit: EventUnit, c: Casualty, clause: Span) -> bool:
    """Whether ``c``, told in ``clause`` with a day of its own, is another day's toll than
    ``unit``'s: the unit was told in another clause, with another day and a count of its own."""
    if unit.clause.start <= c.start < unit.clause.end or not any(
            unit.clause.start <= k.start < unit.clause.end for k in unit.casualty_phrases):
        return False
    own = _days_named(clause)
    if not own:
        return False
    theirs = _days_named(unit.clause)
    return bool(theirs) and not own & theirs
