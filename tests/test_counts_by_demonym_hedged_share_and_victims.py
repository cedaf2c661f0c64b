"""The dead told by the Strip's demonym ("18 Gazans"), a count with a hedged share told
inside its own phrase ("16 Palestinians, approximately ten of whom were children"), and a
share of a day's victims one strike killed ("11 of the victims, which included women and
children, died in an air strike") were read as no count or as the share."""

import pytest
from event_helpers import killed_counts as _dead


@pytest.mark.parametrize("text,n", [
    # the demonym as the victims' noun
    ("At least 18 Gazans have been killed in the bombing of a house in Sheikh Radwan.", 18),
    ("Israeli strikes killed 7 Gazans in a house in Nuseirat on Monday.", 7),
    ("Four Gazans were killed when a drone struck a tent in Deir al-Balah.", 4),
    # near-miss: the demonym as a modifier counts its noun
    ("Two Gazan children were killed in a strike on a house in Rafah.", 2),
    # a hedged share inside the count's own phrase: the count, not the share
    ("16 Palestinians, approximately ten of whom were children, were killed when Israeli "
     "forces bombed a house in Nuseirat.", 16),
    ("Twelve people, about five of whom were women, were killed when a strike hit a house "
     "in Rafah.", 12),
    ("Nine civilians, at least 4 of them children, were killed in a strike on a tent in "
     "Mawasi.", 9),
    # near-miss: the unhedged share was read already and stays
    ("16 Palestinians, 10 of whom were children, were killed when Israeli forces bombed a "
     "house in Nuseirat.", 16),
    # a share of the victims, its own strike's toll
    ("He said 11 of the victims, which included women and children, died in an air strike "
     "on a school in Tuffah.", 11),
    ("Seven of the victims were killed in a strike on a tent in Mawasi.", 7),
    ("Eleven people, which included women and children, died in an air strike on a school "
     "in Tuffah.", 11),
])
def test_count_read(text, n):
    assert n in _dead(text)


@pytest.mark.parametrize("text", [
    # near-misses: who the victims were, or their kin, is no toll
    "Five of the victims were children, the hospital in Rafah said after the strike.",
    "Three of the victims' relatives said the strike on Rafah came at night.",
])
def test_no_count(text):
    assert not [n for n in _dead(text) if n]
