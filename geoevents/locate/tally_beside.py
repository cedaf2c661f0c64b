"""A ministry's tally of the day, told with the raids of the day as its backdrop.

"The ministry reported 179 fatalities and 303 injuries within a day, with Israeli warplanes
intensifying raids in northern and southern Gaza": the tally is the whole Strip's; the
places of the clause after it ("with ... intensifying raids in", "as warplanes pounded")
say where the raids were heaviest, not where the day's dead were counted.
"""

from __future__ import annotations

import re

from geoevents.anchored import Cues
from geoevents.gazetteer import Gazetteer
from geoevents.locate.strip_wide import a_tallier_tells
from geoevents.model import Mention
from geoevents.units import EventUnit
from geoevents.units.tallies import DAYS_TALLY
from geoevents.unlisted_names import place_mention

__all__ = ["tally_beside_the_raids"]

# "in the past 24 hours", and "179 fatalities and 303 injuries within a day": the span of a
# day's tally
_DAY_SPAN = re.compile(DAYS_TALLY.pattern + r"|\bwithin\s+(?:a|one|a\s+single)\s+day\b", re.I)
# ", with Israeli warplanes intensifying raids in", ", as tanks pushed into", ", amid heavy
# bombardment of": the clause that goes with the tally, told after it
_BESIDE = re.compile(r",\s+(?:with|as|while|amid)\s+", re.I)


def tally_beside_the_raids(unit: EventUnit, gaza: list[Mention], gaz: Gazetteer, cues: Cues
                           ) -> Mention | None:
    """The Strip, for a tallier's day's toll whose sentence names places only in a clause
    told beside it, after the tally: "reported 179 fatalities ... within a day, with Israeli
    warplanes intensifying raids in northern and southern Gaza" (not "reported 12 killed in
    Rafah within a day, as raids went on": a place's toll)."""
    text, s = cues.text, unit.sentence
    if not unit.fatalities or gaz.strip is None or not a_tallier_tells(text, s.start, s.end):
        return None
    tally = _DAY_SPAN.search(text, s.start, s.end)
    beside = _BESIDE.search(text, tally.end(), s.end) if tally is not None else None
    here = [m for m in gaza if s.start <= m.start < s.end and m.feature_class != "strip"]
    if tally is None or beside is None or not here or any(m.start < beside.end() for m in here):
        return None
    return place_mention(text, s.start, s.start, gaz.strip, 0.9, None,
                         "a tallier's toll of the day beside the raids", ())
