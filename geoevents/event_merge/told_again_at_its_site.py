"""An attack told, then told again by "the strike" at its site with the day it happened.

"An airstrike in Rafah the night before killed nine people, including six children. The
strike late on Friday struck the Tel Sultan neighbourhood of Rafah": the second sentence
places and dates the attack the first told at the town by a relative phrase, no attack of
its own. Keyed by (date, place, type), the two made two records a day apart.
:func:`the_strike_told_again_at_its_site` makes them one, at the site, on the day the site's
sentence names.
"""

from __future__ import annotations

import re

from geoevents.event_merge.attack_words import NAMES_A_DAY, OTHER_ONE
from geoevents.event_merge.merging import a_day_apart, holds, into
from geoevents.gazetteer import Gazetteer
from geoevents.model import Event
from geoevents.the_same_attack import the_attack_again
from geoevents.trigger_table import VIOLENT

__all__ = ["the_strike_told_again_at_its_site"]

# a sentence opening on the attack told before: "The strike late on Friday ...", "The attack
# hit ..."
_OPENS_ON_THE_ATTACK = re.compile(rf"\W*{the_attack_again()}\b")


def the_strike_told_again_at_its_site(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"An airstrike in Rafah the night before killed nine people ... The strike late on
    Friday struck the Tel Sultan neighbourhood of Rafah": a sentence that opens on the attack
    told before ("The strike", "This attack"), names its day and a site, and tells no count
    of its own, with the record told just before it of the same kind, at the town that
    holds the site, whose sentence names no day of its own (dated by "the night before",
    "overnight") and falls a day from the site's: one attack, at the site, on the day the
    site's sentence names, with the town's count. Not when the town's sentence names its
    own day (two strikes two days), nor when the site's sentence marks another attack
    ("another strike", "Meanwhile")."""
    out = list(events)
    drop: set[int] = set()
    for j, f in enumerate(out):
        if f.event_type not in VIOLENT or f.fatalities is not None or f.injuries is not None \
                or not _OPENS_ON_THE_ATTACK.match(f.notes) or not NAMES_A_DAY.search(f.notes) \
                or OTHER_ONE.search(f.notes):
            continue
        i = next((k for k in range(j - 1, -1, -1)
                  if k not in drop and out[k].event_type in VIOLENT and out[k].notes != f.notes),
                 None)
        if i is None:
            continue
        e = out[i]
        town, site = gaz.get(e.place_id), gaz.get(f.place_id)
        if town is None or site is None or town.id == site.id or \
                e.sub_event_type != f.sub_event_type or NAMES_A_DAY.search(e.notes) or \
                not holds(gaz, town, site) or not a_day_apart(e.event_date, f.event_date):
            continue
        out[j] = into(f, e)
        drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]

