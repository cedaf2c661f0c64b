"""A day told as "a day ago" is the day before the report's, as "yesterday" is."""

import pytest

import geoevents


def _days(text: str, published: str) -> list[tuple[str | None, str | None]]:
    return [(e.event_date, e.location) for e in geoevents.parse(text, published=published).events]


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Six displaced Palestinians were killed when one of the shelters was hit in Khan Younis, "
     "in the southern Gaza Strip, a day ago, the head of the agency said.", "2024-01-23",
     "2024-01-22"),
    ("Four people were killed when a house was struck in Rafah one day ago, medics said.",
     "2024-03-07", "2024-03-06"),
    ("An Israeli drone strike killed two fishermen off Deir al-Balah a day ago, officials said.",
     "2025-02-01", "2025-01-31"),
])
def test_a_day_ago_is_the_day_before(text: str, published: str, day: str) -> None:
    assert [d for d, _ in _days(text, published)] == [day]


@pytest.mark.parametrize(("text", "published", "day"), [
    # near-misses: two days back, a day counted from another, and the report's own day
    ("Four people were killed when a house was struck in Rafah two days ago, medics said.",
     "2024-03-07", "2024-03-05"),
    ("Four people were killed when a house was struck in Rafah, medics said.",
     "2024-03-07", "2024-03-07"),
])
def test_other_counts_keep_their_day(text: str, published: str, day: str) -> None:
    assert [d for d, _ in _days(text, published)] == [day]
