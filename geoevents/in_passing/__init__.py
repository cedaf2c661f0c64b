"""Attack words a sentence names in passing, not attacks it tells: what a place has been
spared, what people shelter from, what places are like, the site of an attack told
already, a habit, a sound heard, the war as a backdrop.

News prose wraps its incidents in such phrases ("families who had sought protection from
air strikes", "as the renewed fighting showed no signs of slowing"); each holds an event
word an ACLED coder reads past. Read by :func:`geoevents.triggers.find_triggers` over the
folded (lower-case) text, after the trigger is found.

The package, from the words of a day to the checks that use them:

* ``days`` -- the days and spans of days told, which make an attack word the news of its day;
* ``gone_by`` -- the past of places and people: traces of attacks, the site of one told, a
  relative clause on a month gone by, captives of the war's first day;
* ``flights`` -- flights told as who people are, or as how they came to shelter where they
  are (``how_they_came``, ``who_they_are``);
* ``orders`` -- evacuation orders and closures in force, and orders told as why people were
  uprooted;
* ``spans`` -- campaigns, sieges and truces told by their span (``told_by_its_length``,
  ``told_as_going_on``, ``told_as_a_measure``, ``freed_under_a_truce``);
* ``backdrops`` -- habits, fears, sounds, the war going on, fire as the cover of a move on
  the ground (``told_as_cover``);
* ``not_done`` -- attacks spared, planned, to come, asked for, ordered, ruled out, denied,
  asked about, reacted to;
* ``kinds`` -- "fighting", "combat" naming the kind of a unit, a trade or an age ("a
  fighting unit of Hamas", "men of fighting age");
* ``named`` -- ``named_in_passing``: the checks of the modules above, in their order.
"""

from __future__ import annotations

from geoevents.in_passing.backdrops import told_as_cover
from geoevents.in_passing.days import (
    A_DAY,
    CAMPAIGN_START,
    DAY_AFTER,
    DAYS_SPAN,
    ON_DAY,
    STARTED_ON,
)
from geoevents.in_passing.flights import how_they_came, who_they_are
from geoevents.in_passing.named import named_in_passing
from geoevents.in_passing.spans import (
    freed_under_a_truce,
    told_as_a_measure,
    told_as_going_on,
    told_by_its_length,
)

__all__ = ["A_DAY", "DAY_AFTER", "ON_DAY", "CAMPAIGN_START", "STARTED_ON", "DAYS_SPAN",
           "named_in_passing", "told_as_cover", "how_they_came", "who_they_are",
           "told_as_going_on", "told_by_its_length", "told_as_a_measure", "freed_under_a_truce"]
