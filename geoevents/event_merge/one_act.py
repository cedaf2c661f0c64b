"""One act told by one sentence at one place and day: one record, not one per word for it.

A sentence may name an act together with what it happened amid: "the largest ground
operation to date, primarily in northern Gaza, alongside intense bombardments", "Three
soldiers were killed by an IED explosion in Jabalia during clashes with Hamas militants",
"evacuation orders ... resulted in the displacement of about one million people, amid
bombardments, the absence of safety, lack of food and water". The triggers code each word,
and the backdrop ("alongside intense bombardments", "during clashes") becomes a record of
its own at the act's place and day. A backdrop told as a bare noun, with no place, time,
target, result or count of its own, is the act's setting: its record is folded away and
the act's stands. Two acts told in one sentence at two places or on two days, or each told
with its own target, result or dead ("amid airstrikes that flattened a residential block",
"amid heavy shelling of Jabalia", "as air strikes killed six"), stay two.

(Two sub-types of one type told together stay two records: "air strikes and artillery
shelling", an evacuation order and the flight it caused; see ``one_per_key``.)
"""

from __future__ import annotations

import re

from geoevents.dates import WEEKDAY_FOLDED
from geoevents.model import Event
from geoevents.trigger_table import AIR, BATTLE

__all__ = ["one_act_one_record", "told_as_the_setting"]

# each type's words for its act
_BOMBARDMENT = (r"bombard\w*|bomb(?:ing|ings)|(?:air\s*)?strikes|airstrikes|air\s*raids|"
                r"shelling|missiles|rockets|artillery\s+fire")
_FIGHTING = (r"clash\w*|fighting|battles|gun\s*battles|incursions?|firefights|combat|"
             r"raids|assaults|ground\s+operations")
_ACT_WORDS = {
    AIR[0]: re.compile(rf"\b(?:{_BOMBARDMENT}|strike|airstrike|air\s*raid|shell(?:ed|s)|"
                            r"missile|rocket|artillery|bomb(?:ed)?)\b", re.I),
    BATTLE[0]: re.compile(rf"\b(?:{_FIGHTING}|clash|fights?|battle|gun\s*battle|firefight|"
                          r"raid(?:ed|ing)?|storm(?:s|ed|ing)|assault|offensive|"
                          r"ground\s+operation)\b", re.I),
}
# The backdrop of an act, told as a bare noun to the end of its clause: "alongside intense
# bombardments.", "amid bombardments, the absence of safety", "during clashes with Hamas
# militants", "along with ground incursions and heavy fighting,", "under the occupation's
# bombardment," (not "amid airstrikes that flattened a residential block", "amid heavy
# shelling of residential buildings", "under the shelling Friday night": its own target,
# result or time)
_ACT = rf"(?:{_BOMBARDMENT}|{_FIGHTING})"
_FRAME = re.compile(rf"\b(?:amid(?:st)?|alongside|along\s+with|during|under|even\s+as)\s+"
                    rf"(?:[\w'’-]+\s+){{0,3}}?{_ACT}"
                    rf"(?:\s*,?\s+(?:and|or)\s+(?:[\w'’-]+\s+){{0,2}}?{_ACT})*"
                    r"(?:\s+(?:with|between)\s+[^,;:.()]*)?"
                    # (to the clause's end; not "amid heavy shelling, destroying dozens of
                    # homes": what the shelling did, told next)
                    r"(?=\s*(?:[;:.)]|,(?!\s+\w+ing\b)|$))", re.I)
# ... a backdrop with the act's own place or time is an act of its own, told beside
_OWN_PLACE_OR_TIME = re.compile(r"\b(?:across|in|on|near|at|over|around|throughout|overnight|"
                                r"night|morning|evening|afternoon|today|yesterday|tonight|"
                                rf"{WEEKDAY_FOLDED})\b", re.I)


def _only_as_setting(e: Event, notes: str) -> bool:
    """Whether every word of the sentence for ``e``'s kind of act stands in a backdrop of
    another act ("amid bombardments"), none told as an act of its own."""
    words = _ACT_WORDS.get(e.event_type)
    if words is None:
        return False
    frames = [m.span() for m in _FRAME.finditer(notes) if not _OWN_PLACE_OR_TIME.search(m[0])]
    found = list(words.finditer(notes))
    return bool(found) and bool(frames) and \
        all(any(a <= w.start() < b for a, b in frames) for w in found)


def told_as_the_setting(kept: Event, dropped: Event) -> bool:
    """"The largest Israeli ground operation to date, primarily in northern Gaza, alongside
    intense bombardments": a bombardment or a fight the sentence names only as the bare
    backdrop of another act it tells ("amid", "alongside", "during", "under", "even as"),
    with no count of its own, is no act of its own; not "an airstrike killed 17 during
    clashes", whose strike has its dead, nor "amid airstrikes that flattened a block"."""
    return kept.event_type != dropped.event_type and not dropped.fatalities and \
        not dropped.injuries and _only_as_setting(dropped, dropped.notes) and \
        not _only_as_setting(kept, kept.notes)


def one_act_one_record(events: list[Event]) -> list[Event]:
    """Fold the record of an act a sentence tells only as another act's backdrop, at the
    same place and day, into that act's (see :func:`told_as_the_setting`): the act's record
    keeps its own type, count and evidence."""
    groups: dict[tuple, list[int]] = {}
    for i, e in enumerate(events):
        if e.place_id is not None:
            groups.setdefault((e.notes, e.place_id, e.event_date), []).append(i)
    dropped: set[int] = set()
    for members in groups.values():
        for j in members:
            if any(k != j and k not in dropped and told_as_the_setting(events[k], events[j])
                   for k in members):
                dropped.add(j)
    return [e for i, e in enumerate(events) if i not in dropped]
