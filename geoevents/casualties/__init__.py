"""Fatality and injury counts, with ACLED's coding rules.

* the lowest number given counts ("at least 35" -> 35, "between 20 and 30" -> 20);
* vague quantities get ACLED's conventional values ("dozens" -> 12, "several" -> 10);
* cumulative war totals ("nearly 38,000 deaths since October") are context, not the
  fatalities of an event, and are flagged ``cumulative``.

The package, in the order a count is read:

* ``record`` -- the ``Casualty`` record of one count;
* ``wording`` -- how reports word a count: numbers, victims, the verbs of killing and hurting,
  the asides between a count and its verb;
* ``tallies`` -- whether a count is a war tally or one event's toll;
* ``patterns`` -- the count patterns, the anchor words that pick which of them to run, and
  the matches of theirs that tell no toll;
* ``bodies`` -- the dead of before (bodies recovered, handed back, buried): no killing now;
* ``headcount`` -- how many people a count names: victims added up, shares and wholes, lists
  of the dead, a hospital's intake less the dead on arrival;
* ``accounts`` -- two accounts of one attack's dead in a sentence: a vague claim yields to
  a number told;
* ``counts`` -- ``find_casualties``: a sentence's counts, checked, counted and flagged.
"""

from __future__ import annotations

from geoevents.casualties.counts import find_casualties, part_of_a_tally
from geoevents.casualties.patterns import PATTERNS, has_casualty_words
from geoevents.casualties.record import Casualty
from geoevents.casualties.wording import RANKS

# (the quantities module's, importable from here as it always was)
from geoevents.quantities import parse_number as parse_number

__all__ = ["Casualty", "find_casualties", "has_casualty_words", "part_of_a_tally", "PATTERNS",
           "RANKS"]
