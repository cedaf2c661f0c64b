"""A life an attack "claimed", told as one more: "a tank shell claimed another life" is one
dead."""

import pytest
from event_helpers import killed_counts as _killed


@pytest.mark.parametrize("text", [
    "In a separate incident, a tank shell claimed another life on the eastern outskirts of "
    "Gaza City.",
    "An Israeli drone strike in Khan Younis claimed another Palestinian life on Sunday.",
    "Sniper fire near the Netzarim corridor claimed another civilian life.",
])
def test_another_life_claimed_is_one_dead(text):
    assert _killed(text) == [1]


@pytest.mark.parametrize("text, counts", [
    # near misses: what is claimed is no life, or the count is told
    ("Hamas claimed another attack on Israeli troops in Rafah.", []),
    ("The group claimed another rocket launch towards Ashkelon.", []),
    ("The strike on the school claimed eight lives.", [8]),
])
def test_other_claims_keep_their_counts(text, counts):
    assert _killed(text) == counts
