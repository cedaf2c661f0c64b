"""An attack told again with no day of its own: the attack told before, not one of the report's day.

"At least 74 Palestinians were killed in the bombardment of Rafah before dawn Monday. ...
Among the dead were 27 children and 22 women"; "Israeli air strikes hit Hamas training
centres on Monday. Gaza ambulance services said four Hamas members were wounded in the
strikes"; "50 people were killed in the strike at the school in the Jabalia camp on Saturday.
... footage from the aftermath of the bombing in Jabalia": the later sentence names no day,
so its record falls back on the report's, within the week after the attack it tells again
at the same place. It is that attack, with the counts it adds, not another one on the day of
the report.
"""

from __future__ import annotations

import re

from geoevents.event_merge.attack_words import ACROSS, HOURS_TOTAL, told_as_one_more
from geoevents.event_merge.merging import into
from geoevents.model import Event
from geoevents.record_days import days_between
from geoevents.text_ends import first_found
from geoevents.the_same_attack import ATTACK_NOUNS, the_attack_again
from geoevents.trigger_table import VIOLENT

__all__ = ["the_attack_told_again_with_no_day"]

# "in the strikes", "the aftermath of the bombing", "this attack" (not "the second strike",
# "the latest raid": another one)
_THE_ATTACK = re.compile(rf"\b{the_attack_again(rf'(?:{ATTACK_NOUNS})s?', more_another='new')}\b",
                         re.I)
# "Among the dead were 27 children": who the dead told before were
_AMONG_THE_DEAD = re.compile(r"\W*(?:Among|Of)\s+(?:the|those)\s+(?:dead|killed|victims)\b", re.I)
# a record dated only by its report tells an attack of the week before it (a weekday named)
_DAYS_AFTER = 7
_THE_REPORTS_DAY = 2  # the time_precision of a record dated only by its report


def _tells_it_again(notes: str) -> bool:
    """Whether a sentence names an attack as one told before, and not as another or as
    several across an area or a span of hours."""
    return bool(_THE_ATTACK.search(notes) or _AMONG_THE_DEAD.match(notes)) and not (
        told_as_one_more(notes) or ACROSS.search(notes) or HOURS_TOTAL.search(notes))


def the_attack_told_again_with_no_day(events: list[Event], text: str) -> list[Event]:
    """A violent record dated only by its report whose sentence tells an attack again ("in
    the strikes", "Among the dead were ...") is the one record of its kind and place told
    before it with a day of its own, in the week before: read onto it, keeping its
    day (not where two such records could be the one it tells, nor "another strike",
    "strikes across Gaza", "in the past 24 hours")."""
    out = list(events)
    drop: set[int] = set()
    at = first_found(text, [e.notes for e in out])
    for j, f in enumerate(out):
        if f.event_type not in VIOLENT or f.time_precision != _THE_REPORTS_DAY or at[j] <= 0 \
                or not _tells_it_again(f.notes):
            continue
        told = [i for i, e in enumerate(out)
                if i != j and i not in drop and 0 <= at[i] < at[j] and e.notes != f.notes and
                e.event_type == f.event_type and e.place_id == f.place_id and
                e.time_precision == 1 and
                0 < (days_between(e.event_date, f.event_date) or 0) <= _DAYS_AFTER]
        if len({out[i].event_date for i in told}) != 1:
            continue
        i = max(told, key=lambda k: at[k])
        out[i] = into(out[i], f)
        drop.add(j)
    return [e for k, e in enumerate(out) if k not in drop]
