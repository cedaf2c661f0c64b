"""Place names the gazetteer's automaton does not find on its own.

Pure functions of the text, the gazetteer and the mentions already found; called by
:class:`geoevents.mentions.MentionMatcher`. One module for each way a name escapes the
automaton:

- :mod:`geoevents.unlisted_names.records`: what a name found here becomes, a mention of the
  gazetteer's place or one reported unresolved (``place_id=None``) rather than dropped, and
  the capitalised words that never name a place;
- :mod:`geoevents.unlisted_names.listed_names`: a noun shared by a coordination names both
  places ("Shifa and Al Quds hospitals"); names that continue a list of places ("Ar Rimal,
  Ash Shujai'yeh, and Ad Daraj areas"); the names of a list that a plural noun of areas
  opens ("the neighbourhoods of Al-Salam, Al-Nour and Jabalia Camp");
- :mod:`geoevents.unlisted_names.directions`: a region of the Strip told by a direction word
  ("the southern Strip", "central and southern Gaza");
- :mod:`geoevents.unlisted_names.capitalised_names`: capitalised words after "in/near/at",
  and named roads and sites, that look like a place: resolved by a close spelling in the
  gazetteer, or reported unresolved; and where the scans of one report may begin;
- :mod:`geoevents.unlisted_names.near_spellings`: a close spelling of a place of the Strip
  where a name is told: after a preposition or "the town of", before a site's noun ("Kamal
  Awan Hospital"), or with an apostrophe inside a word ("Sheja’iya");
- :mod:`geoevents.unlisted_names.told_within`: a loose spelling the report puts in another
  town is not that town's place; a name told as an area of a town ("the Falouja area of
  Jabalya") is a place;
- :mod:`geoevents.unlisted_names.settlement_words`: a name begun by an Arabic word for a
  settlement ("Madinat Hamad", "Beit Furik");
- :mod:`geoevents.unlisted_names.hospital_heads`: a hospital told by its head name alone
  after a medical worker or a hospital's word ("a doctor at Nasser", "taken to Nasser").
"""

from __future__ import annotations

from geoevents.unlisted_names.capitalised_names import PlaceCues, candidate_mentions
from geoevents.unlisted_names.directions import (
    region_of_direction,
    shared_region_mentions,
    strip_side_mentions,
)
from geoevents.unlisted_names.hospital_heads import hospitals_told_by_head_name
from geoevents.unlisted_names.listed_names import (
    introduced_list_mentions,
    list_mentions,
    shared_noun_mentions,
)
from geoevents.unlisted_names.near_spellings import (
    bare_of_another_site,
    near_spelling_mentions,
    site_first_words,
)
from geoevents.unlisted_names.records import place_mention, unresolved_mention

__all__ = ["shared_noun_mentions", "list_mentions", "introduced_list_mentions",
           "candidate_mentions", "near_spelling_mentions", "place_mention", "PlaceCues",
           "region_of_direction", "shared_region_mentions", "strip_side_mentions",
           "unresolved_mention", "site_first_words", "bare_of_another_site",
           "hospitals_told_by_head_name"]
