"""Who acted and who was hit, for one event: ACLED's actor1 and actor2.

:mod:`geoevents.actors` finds the actors a text names; this reads them for one event unit
(who acted, who was fought, who were the victims) and, once the event is a record, fills
in the sides ACLED names where the text does not (a battle's other side, the only possible
author of a strike in the Strip).

One module for each decision, each building on the ones before it:

* :mod:`~geoevents.event_actors.harm_authors`: the words that tell whose hand a harm was
  where no one is named (the army's weapons, others who harm, troops fired on or bombed,
  the troops' own fire);
* :mod:`~geoevents.event_actors.who_acted`: which of the armed parties a clause names acted,
  and which were told, fought or hit;
* :mod:`~geoevents.event_actors.civilians_hit`: when the ones hit are the Strip's civilians;
* :mod:`~geoevents.event_actors.other_parties`: the Government of Israel, who delivered aid,
  who looted and armed clans;
* :mod:`~geoevents.event_actors.captives_and_truces`: whose captives were freed, rescued or
  killed, and whose truce took hold;
* :mod:`~geoevents.event_actors.describers`: the parties told only as naming another's act
  a crime ("Hamas described the raid as a massacre"), its tellers, not a side;
* :mod:`~geoevents.event_actors.unit_sides`: :func:`unit_actors`, the two sides of one event
  unit;
* :mod:`~geoevents.event_actors.record_sides`: :func:`sides_filled`, the sides ACLED names
  for one record;
* :mod:`~geoevents.event_actors.report_wide`: :func:`report_sides` and
  :func:`aid_line_shooters`, the sides the report as a whole tells.
"""

from __future__ import annotations

from geoevents.event_actors.other_parties import (
    GOVERNMENT_OF_ISRAEL,
    LOOTERS_ARMED,
    LOOTERS_CROWD,
    taken_by_armed_men,
)
from geoevents.event_actors.record_sides import sides_filled
from geoevents.event_actors.report_wide import aid_line_shooters, report_sides
from geoevents.event_actors.unit_sides import unit_actors

__all__ = ["unit_actors", "sides_filled", "aid_line_shooters", "report_sides",
           "GOVERNMENT_OF_ISRAEL", "LOOTERS_ARMED", "LOOTERS_CROWD", "taken_by_armed_men"]
