"""Kin told one by one by whoever lost them, a parent speaking too ("my eldest son and my
youngest daughter were killed"), each with a word of which child they were, count one each;
before, "my" and "our" and the word of which child left them no count."""

import pytest
from event_helpers import killed_counts as _dead


@pytest.mark.parametrize("text,n", [
    ("My eldest son and my youngest daughter were killed in a strike on our house in Khan "
     "Younis.", 2),
    ("My son and my daughter were killed in a strike on our house in Khan Younis.", 2),
    ("Our two sons and our little girl were killed when a drone hit the tent in Mawasi.", 3),
    ("Her eldest son, her husband and her youngest daughter were killed in Rafah.", 3),
    # near-misses: already read, unchanged
    ("His son and his daughter were killed in a strike on Jabalia.", 2),
    ("His brother and two nephews were killed in Nuseirat.", 3),
])
def test_kin_counted(text, n):
    assert n in _dead(text)


def test_kin_hurt_are_no_dead():
    assert not [n for n in _dead("My son and my daughter were wounded in a strike on "
                                 "Rafah.") if n]
