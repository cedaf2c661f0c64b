"""A home told as struck in an earlier attack of no day given is not dated the report's day."""

import pytest

import geoevents

_PUB = "2024-05-08"


def _days(text: str) -> list[str | None]:
    return [e.event_date for e in geoevents.parse(text, published=_PUB).events]


@pytest.mark.parametrize("text", [
    "Rescuers recovered the bodies of five members of a family from their home in Bureij, "
    "which was struck in an earlier Israeli attack.",
    "Rescuers recovered the bodies of five members of a family from their home in Bureij, "
    "which was hit during a previous airstrike.",
    "Medics found the remains of a couple in their tent in Mawasi, which had been shelled "
    "during an earlier Israeli raid, the agency said.",
])
def test_an_earlier_attack_gives_no_day(text: str) -> None:
    assert _days(text) == [None]


@pytest.mark.parametrize(("text", "day"), [
    # near-misses: the earlier attack's own day told, an attack not said to be earlier
    ("Rescuers recovered the bodies of five members of a family from their home in Bureij, "
     "which was struck in an earlier Israeli attack on Monday.", "2024-05-06"),
    ("Rescuers recovered the bodies of five members of a family from their home in Bureij, "
     "which was struck in an Israeli attack.", _PUB),
    ("An Israeli airstrike hit a home in Bureij in an attack that killed five, medics said.",
     _PUB),
])
def test_other_attacks_keep_their_day(text: str, day: str) -> None:
    assert _days(text) == [day]
