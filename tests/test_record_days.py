"""The gap in days between two records' days, counted one way for every fold that joins a
record to one told before it."""

import pytest

from geoevents.event_merge.merging import a_day_apart, day_before
from geoevents.record_days import days_between


@pytest.mark.parametrize("a,b,gap", [
    ("2024-06-27", "2024-06-28", 1),
    ("2024-06-28", "2024-06-27", -1),
    ("2024-06-28", "2024-06-28", 0),
    ("2024-02-28", "2024-03-01", 2),  # (a leap year)
    ("2023-12-31", "2024-01-07", 7),
    (None, "2024-06-28", None),
    ("2024-06-28", None, None),
    ("", "2024-06-28", None),
    ("2024-06", "2024-06-28", None),
    ("2024-06-31", "2024-07-01", None),
])
def test_days_between_counts_the_days_from_the_first_to_the_second(a, b, gap):
    assert days_between(a, b) == gap


@pytest.mark.parametrize("a,b,expected", [
    ("2024-06-27", "2024-06-28", True),
    ("2024-06-28", "2024-06-28", True),
    ("2024-06-28", "2024-06-27", False),
    ("2024-06-26", "2024-06-28", False),
    (None, "2024-06-28", False),
    ("not a day", "2024-06-28", False),
])
def test_a_day_before_is_the_same_day_or_the_one_before(a, b, expected):
    assert day_before(a, b) is expected


@pytest.mark.parametrize("a,b,expected", [
    ("2024-06-27", "2024-06-28", True),
    ("2024-06-28", "2024-06-27", True),
    ("2024-02-29", "2024-03-01", True),  # (a leap year)
    ("2024-06-28", "2024-06-28", False),
    ("2024-06-26", "2024-06-28", False),
    (None, "2024-06-28", False),
    ("2024-06-28", None, False),
])
def test_a_day_apart_is_one_day_either_way(a, b, expected):
    assert a_day_apart(a, b) is expected
