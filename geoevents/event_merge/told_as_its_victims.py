"""An area's count told again victim by victim, each at a place of its own.

"Two Palestinians, including a child, were killed on Thursday in the central Gaza Strip ...
The Palestinian was shot dead by Israeli snipers ... in the Bureij refugee camp ... A child
was also killed when an unexploded ordnance ... detonated in Nuseirat refugee camp": the
area's two are the two victims the report then tells one by one, each placed. Keyed by
place, the area's telling became a third record, its count the sum of the others. The fold
in :func:`the_count_told_victim_by_victim` drops it and gives each victim told by a
singular subject ("The Palestinian", "A child") the one death its sentence tells.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geoevents.event_merge.told_again_wide import placed_inside, told_as_more
from geoevents.gazetteer import Gazetteer
from geoevents.model import Event, placed_wide
from geoevents.trigger_table import VIOLENT

__all__ = ["the_count_told_victim_by_victim"]

# one victim told as the sentence's subject, and dead: "The Palestinian was shot dead", "A
# child was also killed", "A woman died"
_ONE_VICTIM = re.compile(r"^\W*(?:The|A|An)\s+(?:young\s+|teenage\s+|local\s+)?"
                         r"(?:Palestinian|man|woman|child|boy|girl|teenager|youth|person|"
                         r"civilian|fisherman|farmer|shepherd|paramedic|journalist)\s+"
                         r"(?:was\s+(?:also\s+)?(?:shot\s+dead|killed|shot\s+and\s+killed)|"
                         r"(?:also\s+)?died)\b")


def the_count_told_victim_by_victim(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """The area's record (the Strip or a region, a count of the dead and no other) and the
    records placed inside it on its day, each telling one victim by a singular subject
    ("The Palestinian was shot dead ... in the Bureij refugee camp"), as many as the area's
    count: the area's count is theirs, told before them one by one, so its record goes and
    each victim's record counts its one. Not when the area's count tells a spread or
    several attacks, nor when any record placed in it that day tells a count or victim
    otherwise (two strikes at two places beside a count: the count may be a third's), nor
    when the victims told are fewer or more than the count."""
    out = list(events)
    for i, e in enumerate(out):
        wide = gaz.get(e.place_id)
        if wide is None or e.event_type not in VIOLENT or not placed_wide(wide) or \
                not e.fatalities or e.injuries is not None or told_as_more(e.notes):
            continue
        inside = [j for j, f in enumerate(out)
                  if j != i and f.event_date == e.event_date and f.event_type in VIOLENT and
                  f.notes != e.notes and placed_inside(gaz, gaz.get(f.place_id), wide)]
        if len(inside) != e.fatalities or \
                not all(_one_victim(out[j]) for j in inside):
            continue
        for j in inside:
            out[j] = replace(out[j], fatalities=1)
        return [f for k, f in enumerate(out) if k != i]
    return out


def _one_victim(f: Event) -> bool:
    """Whether ``f`` tells one victim dead, by a singular subject, and no other count."""
    return f.fatalities in (None, 1) and f.injuries is None and \
        _ONE_VICTIM.search(f.notes) is not None
