"""The part a named place plays in its sentence, when it is not where an event happened.

A sentence names places for many reasons besides saying where something happened: where
people were sent or fled to, where the wounded were taken, where aid was going, the route
a convoy was on, who acted ("Israel killed", "hit by Israel") and where fire came from.
These tests, read by :mod:`geoevents.locate`, keep such places from becoming an event's
location; and they tell how a list of places goes on past the end of a clause.

One module for each role a place may play:

- :mod:`~geoevents.place_roles.movement`: where people, aid and fire were sent, went or
  came from, and :func:`not_after`, which sets aside the places such words introduce;
- :mod:`~geoevents.place_roles.carried`: where the dead and wounded were carried, and
  whether a place is a hospital;
- :mod:`~geoevents.place_roles.hospitals`: hospitals named for the casualties they took
  in, as a source, or for what was seen there, and the towns of their addresses;
- :mod:`~geoevents.place_roles.out_of_area`: names outside the Strip that tell who acted,
  are too wide to be a strike's place, or are where a protest was held abroad;
- :mod:`~geoevents.place_roles.headings`: a story's dateline and a paragraph's label;
- :mod:`~geoevents.place_roles.speakers`: a speaker's post, where he spoke from, where
  someone works;
- :mod:`~geoevents.place_roles.lists`: how a list of places goes on past a clause's
  edges, and a bearing that only says where the place before it lies.
"""

from __future__ import annotations

from geoevents.place_roles.carried import (
    CARRIED_ON_TO,
    CARRIED_TO,
    GONE_TO_OR_FLED,
    TAKEN_OR_FLED,
    carried_list,
    carried_off,
    named_hospital,
)
from geoevents.place_roles.headings import in_dateline, labelled_place
from geoevents.place_roles.hospitals import (
    IN_ADDRESS,
    RECEIVING,
    REPORTING,
    carried_on,
    hospitals_aside,
    its_crews_carried_them,
    took_them_in,
)
from geoevents.place_roles.lists import list_began, list_goes_on, locates_another
from geoevents.place_roles.movement import (
    AIMED_AT,
    EN_ROUTE,
    FLED_FROM,
    FROM_HERE,
    HOME_TO,
    LEAVING_FOR,
    MOVED_TO,
    SAME_PLACE_OR_LIST,
    SITUATION_IN,
    SUPPLIES_TO,
    THEN_WHERE,
    TO,
    came_from,
    displaced_from,
    is_origin,
    leaving,
    not_after,
    own_or_not_sent,
    where_they_are,
)
from geoevents.place_roles.out_of_area import WIDE, held_abroad, is_agent
from geoevents.place_roles.speakers import speaker_asides

__all__ = ["WIDE", "FROM_HERE", "SAME_PLACE_OR_LIST", "TO", "MOVED_TO", "FLED_FROM", "EN_ROUTE",
           "CARRIED_TO", "CARRIED_ON_TO", "TAKEN_OR_FLED", "LEAVING_FOR", "THEN_WHERE",
           "GONE_TO_OR_FLED",
           "SITUATION_IN", "HOME_TO",
           "RECEIVING", "REPORTING", "SUPPLIES_TO",
           "came_from", "carried_list", "labelled_place", "carried_off", "leaving", "held_abroad",
           "hospitals_aside", "displaced_from", "where_they_are",
           "list_goes_on", "list_began", "own_or_not_sent", "not_after", "AIMED_AT", "is_agent",
           "is_origin", "in_dateline", "locates_another", "speaker_asides", "IN_ADDRESS",
           "named_hospital", "carried_on", "took_them_in", "its_crews_carried_them"]
