"""Some of a family's members, however many it had: "nine of her 10 children"."""

import pytest

from geoevents.casualties import find_casualties


def _counts(text):
    return [(c.kind, c.count) for c in find_casualties(text)]


@pytest.mark.parametrize("text,want", [
    ("Among the dead are nine of a single doctor’s 10 children.", [("killed", 9)]),
    ("The strike killed three of his five sons.", [("killed", 3)]),
    ("Three of the couple's five children were wounded.", [("injured", 3)]),
    ("Two of her four children were killed in the strike.", [("killed", 2)]),
    ("The massacre resulted in the deaths of 9 of the couple's 10 children.", [("killed", 9)]),
    # (told by who lost them)
    ("Details emerged of the doctor who lost nine of her 10 children in an Israeli strike on "
     "Friday.", [("killed", 9)]),
    ("A father who lost two of his sons in the strike spoke to reporters.", [("killed", 2)]),
    ("She lost three of her relatives in an airstrike on Jabalia.", [("killed", 3)]),
])
def test_a_share_of_a_family_is_counted(text, want):
    assert _counts(text) == want


@pytest.mark.parametrize("text", [
    "The family lost two of its homes in the bombing.",
    "He lost 20 kg during the siege.",
    "Many mothers lost their children in the war.",
    "Two of the family's homes were destroyed.",
])
def test_losses_of_no_kin_count_no_dead(text):
    assert _counts(text) == []
