"""A parent told with how many children they had ("a mother of three and her two children",
"a father of five, his wife and their daughter") keeps the kin joined after: the children
had are no count, the kin told joined are."""

import pytest
from event_helpers import killed_counts as _dead


@pytest.mark.parametrize("text,n", [
    ("An Israeli strike killed a mother of three and her two children in Rafah.", 3),
    ("An Israeli strike killed a father of five, his wife and their daughter in Jabalia.", 3),
    ("A mother of four and her baby were killed in an Israeli strike in Deir al-Balah.", 2),
    ("An Israeli drone killed a father of 3 and his son in Khan Younis.", 2),
])
def test_the_kin_joined_after_a_parent_of_so_many(text, n):
    assert _dead(text) == [n]


@pytest.mark.parametrize("text,n", [
    # near-misses: the children had are no count; the hurt are not the dead
    ("An Israeli strike killed a father of four in Rafah.", 1),
    ("An Israeli strike killed a father of three and wounded his two children in Rafah.", 1),
    ("An Israeli strike killed a woman and her two children in Rafah.", 3),
])
def test_the_children_had_are_no_count(text, n):
    assert _dead(text) == [n]
