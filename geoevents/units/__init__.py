"""Event units: what a sentence says happened, before it is placed and dated.

A trigger ("airstrikes", "clashes", "evacuation order") makes a unit; casualty counts
attach to the nearest violent unit of their clause, or make a unit of their own when
their clause names its own place ("the deaths of two soldiers in northern Gaza amid
combat in Shejaia" is two units). Read by :mod:`geoevents.locate` and
:mod:`geoevents.events`.

The package, in the order a sentence's units are made:

* ``record`` -- the ``EventUnit`` record, and the counts attached to it;
* ``victims`` -- who a count's dead are: combatants, Israel's troops, aid seekers;
* ``tallies`` -- counts told apart from the attack beside them: a day's tally of the last 24
  hours, the Strip's dead, and the hurt told after an attack;
* ``nonviolent`` -- deaths that are no violent event: hunger, cold, accidents, bodies
  recovered;
* ``killers`` -- what killed a count's dead, by the words told with it: gunfire, troops on
  the ground, the army's fire, a raid, or no strike;
* ``two_weapons`` -- two weapons named at once, each an attack of its own;
* ``days_apart`` -- a count told with a day of its own, not the toll of another day's attack;
* ``places_apart`` -- where a clause tells two events at places of their own;
* ``folds`` -- event words that tell no event of their own but fold into another's: the
  weaker cue, a firefight's own fire, the troops' way to an act, the aid an attack hit
  (``folded_into``);
* ``build`` -- ``build_units``: the units of a sentence, step by step.
"""

from __future__ import annotations

from geoevents.units.build import build_units
from geoevents.units.folds import folded_into
from geoevents.units.nonviolent import recovered_listed
from geoevents.units.record import EventUnit
from geoevents.units.tallies import days_tally
from geoevents.units.victims import counts_combatants, israeli_dead

__all__ = ["EventUnit", "build_units", "counts_combatants", "folded_into", "israeli_dead",
           "days_tally", "recovered_listed"]
