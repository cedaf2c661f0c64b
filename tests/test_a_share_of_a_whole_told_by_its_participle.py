"""A share of a whole told by its participle ("Seven of the eight troops killed in Gaza
announced this morning died in a series of blasts") is the share's toll, as "Nine of her ten
children were killed" already was: the share's own verb follows in the clause."""

import pytest
from event_helpers import killed_counts as _dead


@pytest.mark.parametrize("text,n", [
    ("Seven of the eight troops killed in Gaza announced this morning died in a series of "
     "blasts in Shejaiya.", 7),
    ("Five of the 20 people killed on Monday died in a strike on a house in Rafah.", 5),
    ("Three of the 11 soldiers killed this week were killed in an ambush in Jabalia.", 3),
    ("Two of the six civilians killed overnight perished when a missile hit their car.", 2),
])
def test_the_share_with_its_own_verb(text, n):
    assert _dead(text) == [n]


@pytest.mark.parametrize("text,n", [
    # near-misses: who the share were, no act of its own; a whole's verb in its clause
    ("Seven of the eight troops killed in Gaza were reservists.", 8),
    ("Twenty of the 36 people who were killed in the strike were women.", 36),
])
def test_no_verb_of_the_share_keeps_the_whole(text, n):
    assert _dead(text) == [n]
