"""One act told at a town and at the refugee camp named after it: one record, at the camp.

Reports name Nuseirat, Bureij, Jabalia, Khan Younis, Rafah and Deir al-Balah both for the
town and for the refugee camp in it, and often tell one act at each: "37 people were
killed in the school building attack in Nuseirat refugee camp" and "one of our schools in
the Nuseirat area was hit overnight". Two records a few hundred metres apart put the same
strike twice on a map and in its counts; ACLED codes it once, at the camp, the more
specific place, with the lowest count reported. Acts told as two ("another strike", "four
more tanks", "In a second statement", "Earlier today", a series of strikes across the
town, a cemetery and a family home, 32 dead and 5) stay two.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geoevents.casualties.accounts import range_holds
from geoevents.event_merge.attack_words import (
    ACROSS,
    ANOTHER_HOUR,
    ANOTHER_INCIDENT,
    SPAN_TOLL,
    tells_several,
    told_as_one_more,
)
from geoevents.gazetteer import Gazetteer
from geoevents.model import Event, Place
from geoevents.trigger_table.event_types import VIOLENT

__all__ = ["one_act_at_the_town_and_its_camp", "the_town_named_for"]

_FIRE = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})

# "four more tanks", "two more people": more of the act, told as a further one (not "more
# than 30 people": a bound)
_MORE_OF_IT = re.compile(r"\b(?:\d+|a\s+few|several|many|dozens|one|two|three|four|five|six|"
                         r"seven|eight|nine|ten)\s+more\b(?!\s+than\b)", re.I)

# attacks told as an aim, no act of the sentence's: "its operation in Jabalia aims to
# prevent Hamas fighters from regrouping to launch further attacks"
_AIMS = re.compile(r"\bto\s+(?:launch|carry\s+out|stage|mount)\s+(?:further\s+|more\s+|new\s+)?"
                   r"(?:attacks|strikes|raids)\b", re.I)

# what an act hit, by kind: "a house" and "a residential home", "a broadcast truck" and "a
# vehicle" are one target; "a school" and "a family home" are two
_TARGET_KINDS = {
    "dwelling": r"houses?|homes?|buildings?|apartments?|blocks?|residen\w*",
    "school": r"schools?",
    "vehicle": r"cars?|vehicles?|trucks?|vans?|ambulances?",
    "tent": r"tents?|encampments?",
    "hospital": r"hospitals?|clinics?",
    "mosque": r"mosques?",
    "market": r"markets?|bakery|bakeries",
    "shelter": r"shelters?",
    "cemetery": r"cemetery|cemeteries|graveyards?",
}
_TARGET = re.compile("|".join(rf"\b(?P<{k}>{v})\b" for k, v in _TARGET_KINDS.items()), re.I)

# A lower count at least this share of the higher is two accounts of one toll (35 and 37);
# below it the two are told as tolls of their own
_RIVAL_SHARE = 0.75


def the_town_named_for(gaz: Gazetteer, camp: Place) -> Place | None:
    """The town a refugee camp is named after and lies in ("Nuseirat Camp" in Nuseirat),
    or None (Beach Camp lies in Gaza City but is no camp of Gaza's name)."""
    town = gaz.get(camp.parent) if camp.feature_class == "camp" and camp.parent else None
    if town is None or not camp.name.lower().startswith(town.name.lower()):
        return None
    return town


def one_act_at_the_town_and_its_camp(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """A town's record folded into the record of the camp named after it, where the two
    sentences tell one act of one day and kind.

    "A missile hit the journalists' broadcast truck as it was parked in the Nuseirat
    refugee camp" (5 dead) and "a precise strike on a vehicle with an Islamic Jihad
    terrorist cell inside in the area of Nuseirat" are one strike at Nuseirat Camp, 5 dead;
    "37 people were killed in the school building attack in Nuseirat refugee camp" and
    "one of our schools in the Nuseirat area was hit" (35) are one, 35 dead (the lower,
    as ACLED codes). Not "targeted a Merkava tank ... west of Jabalia refugee camp" and
    "In a second statement, ... targeted four more tanks ... in eastern Jabalia town": two
    acts told as two. One sentence that names both (an order covering "the towns of Beit
    Lahia and Jabalia, the Jabalia refugee camp") tells each place as its own."""
    drop: set[int] = set()
    out = list(events)
    for i, town_rec in enumerate(events):
        if town_rec.event_type not in VIOLENT:
            continue
        camps = [k for k, c in enumerate(events)
                 if k != i and k not in drop and (place := gaz.get(c.place_id)) is not None and
                 (town := the_town_named_for(gaz, place)) is not None and
                 town.id == town_rec.place_id and _one_act(out[k], town_rec)]
        if len(camps) == 1:
            k = camps[0]
            out[k] = _at_the_camp(out[k], town_rec)
            drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]


def _one_act(camp: Event, town: Event) -> bool:
    """Whether a camp's and its town's records, of two sentences, tell one act: one day,
    one kind (a strike and a shelling alike), neither told as a further act or one of
    another hour, the town's not a series of strikes across it or a span's toll, the same
    target where both name one, and counts that agree."""
    if camp.event_date != town.event_date or camp.event_type != town.event_type or \
            camp.notes == town.notes:
        return False
    if camp.sub_event_type != town.sub_event_type and \
            {camp.sub_event_type, town.sub_event_type} != _FIRE:
        return False
    if any(told_as_one_more(n) or _MORE_OF_IT.search(n) or ANOTHER_INCIDENT.match(n) or
           ANOTHER_HOUR.match(n) or SPAN_TOLL.search(n) for n in (camp.notes, town.notes)):
        return False
    acts_told = _AIMS.sub(" ", town.notes)
    if tells_several(acts_told) or ACROSS.search(acts_told):
        return False
    targets = (_targets(camp.notes), _targets(town.notes))
    if all(targets) and not targets[0] & targets[1]:
        return False
    return _counts_agree(camp, town)


def _targets(notes: str) -> set[str]:
    """The kinds of target a sentence names ("dwelling" for "a residential home")."""
    return {m.lastgroup for m in _TARGET.finditer(notes) if m.lastgroup}


def _counts_agree(camp: Event, town: Event) -> bool:
    """Whether two records' dead can be one act's: either untold, two accounts close
    enough to be of one toll (35 and 37; not 5 and 32), or a range one sentence tells that
    holds the other's count ("between 20 and 30" and 27)."""
    a, b = camp.fatalities, town.fatalities
    if a is None or b is None or a == b:
        return True
    return min(a, b) >= _RIVAL_SHARE * max(a, b) or range_holds(camp.notes, a, b) or \
        range_holds(town.notes, b, a)


def _lowest(a: int | None, b: int | None) -> int | None:
    """The lowest count told, as ACLED codes rival accounts; a count over none told."""
    return b if a is None else a if b is None else min(a, b)


def _at_the_camp(camp: Event, town: Event) -> Event:
    """The camp's record of the act, with the lowest counts either tells and the actors
    either names."""
    actor1 = camp.actor1 or town.actor1
    actor2 = next((x for x in (camp.actor2, town.actor2) if x and x != actor1), None)
    return replace(camp, fatalities=_lowest(camp.fatalities, town.fatalities),
                   injuries=_lowest(camp.injuries, town.injuries), actor1=actor1,
                   actor2=actor2, confidence=max(camp.confidence, town.confidence))
