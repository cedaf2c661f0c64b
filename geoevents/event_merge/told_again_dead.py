"""The dead of an attack told again, by where they were carried or treated.

After an attack ("At least 27 Palestinians were killed Tuesday after Israeli forces opened
fire near an aid site in Rafah"), a report often follows its dead: "their field hospital in
Rafah treated 184 wounded. Of those, 19 were declared dead on arrival", "The bodies of the 27
dead were transferred to Nasser Hospital in nearby Khan Younis". Such a sentence names no
weapon and no one who killed, so it was read as a strike of its own, at the town of the
hospital. :func:`the_dead_told_again` folds it into the attack whose dead it tells.
"""

from __future__ import annotations

import re

from geoevents.event_merge.attack_words import ARMED_WORD, NAMES_A_DAY, tells_how_or_by_whom
from geoevents.event_merge.merging import into
from geoevents.model import Event
from geoevents.trigger_table import VIOLENT

__all__ = ["the_dead_told_again"]

# "the 27 dead", "the bodies of the 27 killed", "the twelve victims": a count told before
_THE_COUNTED_DEAD = re.compile(r"\bthe\s+(?:bodies\s+of\s+(?:the\s+)?)?([\w-]+)\s+(?:dead|killed|"
                               r"victims|martyrs|bodies|people\s+killed)\b", re.I)
# a medical post that took in or treated the casualties
_A_POST = re.compile(r"\b(?:hospitals?|clinics?|morgues?|medics|paramedics|"
                     r"(?:stabili[sz]ation|medical|trauma|health)\s+(?:points?|posts?|"
                     r"cent(?:re|er)s?))\b", re.I)
_NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}


def the_dead_told_again(events: list[Event]) -> list[Event]:
    """"The bodies of the 27 dead were transferred to Nasser Hospital in nearby Khan
    Younis" after "At least 27 Palestinians were killed ... in Rafah": dead told with no
    weapon and no one who killed them (read as a strike for want of one) are the one
    attack of the same day whose dead they are: told by the same count with "the" (the
    27 dead), or at the attack's own place by a hospital that treated a part of them
    ("their field hospital in Rafah treated 184 wounded. Of those, 19 were declared dead").
    The attack keeps its place and its count. Not when the day has two attacks with
    dead the sentence could be telling, nor a count larger than the attack's at its place
    (the town's toll of the day: "hospitals in Rafah received 40 dead" beside a strike that
    killed three), nor a sentence that tells its weapon or its killers."""
    out = list(events)
    drop: set[int] = set()
    for i, v in enumerate(out):
        if v.event_type not in VIOLENT or not v.fatalities or \
                tells_how_or_by_whom(v.notes):
            continue
        attacks = [k for k, e in enumerate(out)
                   if k != i and k not in drop and e.event_type in VIOLENT and
                   e.event_date == v.event_date and e.fatalities and e.notes != v.notes and
                   ARMED_WORD.search(e.notes)]
        if len(attacks) != 1:
            attacks = _the_one_its_share_is_of(out, i, drop)
        if len(attacks) != 1:
            continue
        e = out[attacks[0]]
        if _the_same_dead_told(v, e) or _a_part_a_post_treated(v, e) or \
                _a_share_among_its_dead(v, e):
            out[attacks[0]] = into(e, v)
            drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]


# "Five journalists were among the dead", "three children were among the victims": a share
# of the dead told before, by who they were; not a share told with its own deaths ("Among
# the casualties, 39 people were killed while waiting for food aid": another attack's)
_AMONG_THE_DEAD = re.compile(r"\b(?:was|were)\s+among\s+(?:the|those)\s+(?:[\w-]+\s+)?"
                            r"(?:dead|killed|victims|fatalities|martyrs)\b", re.I)
_DEATHS_OF_ITS_OWN = re.compile(r"\b(?:killed|died|shot|dead\s+(?:in|when|after))\b", re.I)


def _the_one_its_share_is_of(events: list[Event], i: int, drop: set[int]) -> list[int]:
    """The attacks with dead at ``events[i]``'s own place that its share of the dead ("Five
    journalists were among the dead") may be of, when its sentence names no day of its own:
    then it took the report's day for want of one, not the attack's, and the day is no
    sign of another attack."""
    v = events[i]
    if not _AMONG_THE_DEAD.search(v.notes) or NAMES_A_DAY.search(v.notes) or \
            _DEATHS_OF_ITS_OWN.search(_AMONG_THE_DEAD.sub(" ", v.notes)):
        return []
    return [k for k, e in enumerate(events)
            if k != i and k not in drop and e.event_type in VIOLENT and
            e.place_id == v.place_id and e.fatalities and e.notes != v.notes and
            ARMED_WORD.search(e.notes)]


def _a_share_among_its_dead(v: Event, e: Event) -> bool:
    """Whether ``v`` tells, at ``e``'s own place, a share of ``e``'s dead "among the dead"."""
    return v.place_id == e.place_id and v.sub_event_type == e.sub_event_type and \
        v.fatalities is not None and e.fatalities is not None and \
        v.fatalities < e.fatalities and _AMONG_THE_DEAD.search(v.notes) is not None and \
        not _DEATHS_OF_ITS_OWN.search(_AMONG_THE_DEAD.sub(" ", v.notes))


def _the_same_dead_told(v: Event, e: Event) -> bool:
    """Whether ``v``'s sentence tells ``e``'s dead by ``e``'s count with "the"."""
    return any(_count(m.group(1)) == e.fatalities == v.fatalities
               for m in _THE_COUNTED_DEAD.finditer(v.notes))


def _a_part_a_post_treated(v: Event, e: Event) -> bool:
    """Whether ``v`` tells, at ``e``'s own place, a medical post's part of ``e``'s dead."""
    return v.place_id == e.place_id and v.fatalities is not None and \
        e.fatalities is not None and v.fatalities < e.fatalities and \
        _A_POST.search(v.notes) is not None


def _count(word: str) -> int | None:
    """A count told in figures or a small number's word."""
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word.lower())
