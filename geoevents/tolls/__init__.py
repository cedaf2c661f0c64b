"""A toll and the places it names: how many of the dead go where.

ACLED puts each part of a toll at the place it names and the rest at the wider area
("72 killed, including 38 in Khan Younis": 38 there, 34 in the Strip), and keeps aid
seekers shot near aid sites apart from the day's strikes. These read a unit's sentence
for such parts; :mod:`geoevents.events` places the unit with their answer.

One module for each job, each building on the ones before it:

* :mod:`~geoevents.tolls.place_words`: where a place's name runs to in a sentence, and the
  comma that ends a list of places;
* :mod:`~geoevents.tolls.strikes`: :func:`strikes_told` and :func:`tells_one_strike`, how
  many strikes a toll is told for, and what else the numbers near a toll count;
* :mod:`~geoevents.tolls.shared_tolls`: tolls no one place owns, told for several places
  together, across the Strip, for a region, for named sites, for a hospital's intake or for
  the places told before (:func:`told_together` and its kin): no place's own count;
* :mod:`~geoevents.tolls.breakdown`: a toll broken down into counts, each at its own place,
  and where its rest died;
* :mod:`~geoevents.tolls.aid_seekers`: :func:`aid_seekers_apart`, the aid seekers among a
  day's dead, an event of their own;
* :mod:`~geoevents.tolls.named_parts`: :func:`toll_split`, a toll's parts at the places it
  names and its rest at the area, and :func:`part_told_at_sites`;
* :mod:`~geoevents.tolls.day_tolls`: :func:`rest_at_the_area`, a day's toll for a wide area
  less the parts later sentences tell at places within it;
* :mod:`~geoevents.tolls.infobox`: :func:`with_the_infobox_toll`, an encyclopedia article's
  infobox toll on the record of the incident it sums.
"""

from __future__ import annotations

from geoevents.tolls.aid_seekers import aid_seekers_apart
from geoevents.tolls.day_tolls import rest_at_the_area
from geoevents.tolls.infobox import with_the_infobox_toll
from geoevents.tolls.named_parts import part_told_at_sites, toll_split
from geoevents.tolls.shared_tolls import (
    received_of_a_toll,
    sites_told_together,
    told_across_with_parts,
    told_for_a_region_apart,
    told_for_the_places_before,
    told_mostly_at,
    told_together,
)
from geoevents.tolls.strikes import strikes_told, tells_one_strike
from geoevents.tolls.strikes_on_several_places import toll_before_strikes_on_several_places

__all__ = ["toll_split", "aid_seekers_apart", "rest_at_the_area", "told_together",
           "told_for_the_places_before", "sites_told_together", "received_of_a_toll",
           "strikes_told", "told_for_a_region_apart", "with_the_infobox_toll",
           "tells_one_strike", "told_mostly_at", "part_told_at_sites", "told_across_with_parts",
           "toll_before_strikes_on_several_places"]
