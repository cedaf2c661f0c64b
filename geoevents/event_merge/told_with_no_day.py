"""An attack told again with no day of its own: the attack told before, not one of the report's day.

"At least 74 Palestinians were killed in the bombardment of Rafah before dawn Monday. ...
Among the dead were 27 children and 22 women"; "Israeli air strikes hit Hamas training
centres on Monday. Gaza ambulance services said four Hamas members were wounded in the
strikes"; "50 people were killed in the strike at the school in the Jabalia camp on Saturday.
... footage from the aftermath of the bombing in Jabalia": the later sentence names no day,
so its record falls back on the report's, within the week after the attack it tells again
at the same place. It is that attack, with the counts it adds, not another one on the day of
the report. So is one told again with no place of its own ("Other journalists killed in the
strike were ..."), on the day of the one attack of its kind told before it.
"""

from __future__ import annotations

import re

from geoevents.event_merge.attack_words import ACROSS, ANOTHER, HOURS_TOTAL, told_as_one_more
from geoevents.event_merge.merging import ascii_names, into
from geoevents.gazetteer import Gazetteer
from geoevents.model import Event
from geoevents.normalize import fold
from geoevents.record_days import days_between
from geoevents.text_ends import first_found
from geoevents.the_same_attack import ATTACK_NOUNS, the_attack_again
from geoevents.trigger_table import VIOLENT

__all__ = ["the_attack_told_again_with_no_day", "the_attack_told_again_with_no_place"]

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


# "in the north of the territory", "near Rafah", "at the Kuwait roundabout": a place a
# sentence names of its own, by name or by the Strip's part
_A_PLACE_TOLD = re.compile(r"\b(?:in|at|near|on|of|from|across|outside)\s+(?:the\s+)?"
                           r"(?:(?-i:[A-Z])|(?:north|south|east|west|centre|center|middle)\w*\b)",
                           re.I)


def _names_its_place(gaz: Gazetteer, e: Event) -> bool:
    """Whether a record's own sentence names a place, the one it is coded at or any other
    (not only one carried from the sentences before it, "a reporter known for covering
    northern Gaza")."""
    place = gaz.get(e.place_id)
    if place is None or _A_PLACE_TOLD.search(e.notes):
        return True
    words = fold(e.notes).lower()
    return any(fold(n).lower() in words for n in ascii_names(place, e))


def the_attack_told_again_with_no_place(events: list[Event], text: str,
                                        gaz: Gazetteer) -> list[Event]:
    """"An Israeli strike on a tent near Shifa Hospital in Gaza City killed five people ...
    Other journalists killed in the strike were Mohammed Qreiqeh, Ibrahim Zaher and Mohammed
    Noufal": a violent record with no count of its own whose sentence names no place, only
    the attack told before ("in the strike"), and is coded on the day of the one record of
    its kind the report told before it that day, is that attack, not another at the place
    the sentences before carried (not "another strike", "strikes across Gaza", nor where
    the report told two attacks of that kind that day)."""
    out = list(events)
    drop: set[int] = set()
    at = first_found(text, [e.notes for e in out])
    for j, f in enumerate(out):
        if f.event_type not in VIOLENT or f.fatalities or f.injuries or at[j] <= 0 or \
                not _tells_it_again(f.notes) or _names_its_place(gaz, f):
            continue
        told = [i for i, e in enumerate(out)
                if i != j and i not in drop and 0 <= at[i] < at[j] and e.notes != f.notes and
                e.event_type == f.event_type and e.event_date == f.event_date]
        if len({out[i].place_id for i in told}) != 1:
            continue
        i = max(told, key=lambda k: at[k])
        # (not where the report told "another deadly attack" since: "the strike" is that one)
        if ANOTHER.search(text, at[i] + len(out[i].notes), at[j]):
            continue
        out[i] = into(out[i], f)
        drop.add(j)
    return [e for k, e in enumerate(out) if k not in drop]
