"""One person told with their family: that one counted at least, whatever the verb's order;
a vague word for the family ("several members of his family") adds no number."""

import pytest
from event_helpers import killed_counts as _killed


@pytest.mark.parametrize("text", [
    "A doctor and her family were killed in an Israeli airstrike on Jabalia on Sunday.",
    "A nurse and members of her family were killed in an Israeli airstrike on Rafah.",
    "An Israeli airstrike on Jabalia killed a journalist and his family on Sunday.",
    "A Palestinian journalist and several members of his family were martyred Sunday morning "
    "in an Israeli airstrike on Jabalia.",
    "An Israeli airstrike on Rafah killed a nurse and several members of her family.",
    "An Israeli airstrike on Rafah killed a paramedic and many of his relatives on Monday.",
    "A teacher and his entire family were killed when a missile hit their home in Deir al-Balah.",
])
def test_one_with_a_family_is_one_at_least(text):
    assert _killed(text) == [1]


@pytest.mark.parametrize("text,n", [
    # (numbers told still add up; a vague count alone keeps ACLED's value)
    ("An Israeli airstrike on Rafah killed a nurse and her three children on Monday.", 4),
    ("A teacher and his wife were killed in an Israeli airstrike on Rafah on Monday.", 2),
    ("An Israeli airstrike on Rafah killed a man and two of his sons on Monday.", 3),
    ("Two brothers and their families were killed in an Israeli airstrike on Rafah.", 2),
    ("An Israeli airstrike on Rafah killed several people on Monday.", 10),
])
def test_told_numbers_still_count(text, n):
    assert _killed(text) == [n]


@pytest.mark.parametrize("text", [
    "A doctor and her family fled Rafah on Monday after an Israeli airstrike.",
    "A journalist and his family were wounded in an Israeli airstrike on Rafah on Monday.",
])
def test_a_family_not_killed_counts_no_dead(text):
    assert _killed(text) == []
