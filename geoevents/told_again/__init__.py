"""A sentence that tells the attack told just before again: "the strike", "the incident
took place near Beit Lahiya", "the targeted building in Deir al-Balah", "the toll included
eight killed in ...".

News leads tell an attack once with its toll and then again, piece by piece, with its day,
its site or the parts of its toll; these read those pieces onto the attack told before
instead of coding new events.

The package's modules, one decision each, in the order they build on one another:

- :mod:`geoevents.told_again.the_attack`: the attack told before (:class:`ToldBefore`) and
  the words that name it again, "the strike", "Wednesday's strike", "the incident took
  place", the words the others share (built from :mod:`geoevents.the_same_attack`, the
  determiners, words of another one and nouns every rule of an attack told again reads);
- :mod:`geoevents.told_again.its_day`: the day of the attack told just before, given to it
  by a sentence that tells it again, by the night the report ends, or kept by one with no
  day of its own;
- :mod:`geoevents.told_again.its_site`: where it was, told again by the sentence after it,
  its site, the areas of its order, "the incident took place near ...";
- :mod:`geoevents.told_again.its_toll`: a toll the Strip's office tells right after it, the
  attack's and not the Strip's, and its toll revised;
- :mod:`geoevents.told_again.the_lead_later`: the day a later sentence gives the happening
  the report led with, dated only by the report or its telling.
"""

from __future__ import annotations

from geoevents.told_again.its_day import (
    dates_the_lead,
    day_told,
    night_told,
    opening_day_of_the_lead,
    redated,
    rekeyed,
    tells_its_dead,
)
from geoevents.told_again.its_site import (
    areas_told_next,
    places_it_within,
    site_told_next,
    took_place,
)
from geoevents.told_again.its_toll import revises_a_toll, speaks_for_the_strip, without_the_office
from geoevents.told_again.the_attack import THE_ATTACK, ToldBefore, opens_with_the_attack
from geoevents.told_again.the_lead_later import (
    lead_day,
    named_death_day,
    names_no_other_place,
    telling_day,
    undated_lead,
)

__all__ = ["PATTERNS", "THE_ATTACK", "ToldBefore", "areas_told_next", "without_the_office",
           "speaks_for_the_strip", "dates_the_lead", "day_told",
           "lead_day", "names_no_other_place", "night_told", "opening_day_of_the_lead",
           "opens_with_the_attack", "places_it_within", "redated", "rekeyed", "site_told_next",
           "took_place", "tells_its_dead", "named_death_day", "revises_a_toll", "telling_day",
           "undated_lead"]


PATTERNS = (THE_ATTACK,)
