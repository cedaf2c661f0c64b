"""A lead with no day takes the day the very next sentence gives the same deed or its dead."""

import pytest

import geoevents


def _days(text: str, published: str) -> dict[str, str | None]:
    return {e.location: e.event_date for e in geoevents.parse(text, published=published).events}


@pytest.mark.parametrize(("text", "published", "place", "day"), [
    ("At least four Palestinians have been killed across Gaza as Israeli forces fired on "
     "neighbourhoods, hospital officials said. One of the victims on Monday was a man hit by "
     "a drone in Bani Suheila.", "2025-11-25", "Gaza Strip", "2025-11-24"),
    ("At least six Palestinians have been killed across Gaza, medics said. Two of those killed "
     "on Saturday were children shot in Jabalia.", "2024-03-11", "Gaza Strip", "2024-03-09"),
    ("Israeli forces have killed five people in a raid on the Nur Shams camp in Tulkarm and on "
     "a house in Jenin, and a strike hit a house in Rafah. This raid, which took place on "
     "March 3, was described by the army as targeting militants.", "2024-03-05", "Rafah",
     "2024-03-03"),
])
def test_the_next_sentence_dates_the_lead(text: str, published: str, place: str,
                                          day: str) -> None:
    assert _days(text, published)[place] == day


@pytest.mark.parametrize(("text", "published", "place", "day"), [
    # near-misses: no day of the same deed told next, or told two sentences on
    ("At least four Palestinians have been killed across Gaza, medics said. One of the "
     "victims was a man hit by a drone in Bani Suheila.", "2025-11-25",
     "Gaza Strip", "2025-11-25"),
    ("At least four Palestinians have been killed across Gaza, medics said. Hospitals are "
     "full. One of the victims on Monday was a man hit by a drone in Bani Suheila.",
     "2025-11-25", "Gaza Strip", "2025-11-25"),
    ("At least four Palestinians have been killed across Gaza, medics said. The operation, "
     "which began last month, has displaced thousands.", "2025-11-25", "Gaza Strip",
     "2025-11-25"),
])
def test_other_next_sentences_leave_the_lead(text: str, published: str, place: str,
                                             day: str) -> None:
    assert _days(text, published)[place] == day
