"""A toll told in a sentence that names no place, and the one attack the report places.

"Details also emerged of the doctor who lost nine of her 10 children in an Israeli strike
on Friday. ... Only one of her 10 children survived the strike on their home Friday near
Khan Younis": the first sentence is coded at the Strip only because it names nowhere; its
dead are those of the one strike the report places that day, not a second attack somewhere
in the Strip. A sentence that names Gaza, the Strip or the enclave places its toll there
("Israeli strikes killed 30 people in Gaza on Sunday" is the Strip's day, which the one
attack placed may be a part of).
"""

from __future__ import annotations

import re

from geoevents.event_merge.merging import exact_toll
from geoevents.model import Event

__all__ = ["a_toll_told_with_no_place"]


# the Strip named in a sentence, by name or as the area: "Gaza", "the Strip", "the enclave",
# "the Palestinian territory"
_THE_STRIP_NAMED = re.compile(r"\b(?:Gaza|Strip|enclave|territory|Palestinian\s+territories)\b",
                              re.I)


def a_toll_told_with_no_place(wide: Event, placed: Event, targets: set[str],
                              placed_targets: set[str]) -> bool:
    """Whether ``wide``, a record at the Strip, is a toll told in a sentence that names no
    place at all (the Strip only the default), with a count in a number of its own, beside
    ``placed``, an attack with no count of its own: then the toll is the placed attack's.
    Not when the two sentences name different kinds of target (``targets``,
    ``placed_targets``: "a strike on a school killed seven" and "a tent was hit in Rafah"
    may be two attacks)."""
    return placed.fatalities is None and wide.fatalities is not None and exact_toll(wide) and \
        _THE_STRIP_NAMED.search(wide.notes) is None and \
        not (targets and placed_targets and not targets & placed_targets)
