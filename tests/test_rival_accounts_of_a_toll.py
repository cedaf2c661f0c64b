"""Two sources' figures for the whole toll of one attack, told in two sentences: ACLED codes
the lowest reported, so the lower account stands; a rise, a revision, a part of the dead or
a vague word does not count as a rival account."""

import pytest

from geoevents import parse
from geoevents.casualties.accounts import rival_accounts


def _deaths(text):
    return [(e.location, e.fatalities) for e in parse(text, published="2024-06-06").events]


@pytest.mark.parametrize("text,want", [
    ("The health ministry said at least 250 people were killed in the Israeli strike on a "
     "school in Nuseirat. UNRWA reported that 200 people were killed in the strike on the "
     "school in Nuseirat.", [("Nuseirat", 200)]),
    ("The health ministry said at least 200 people were killed in the Israeli strike on a "
     "school in Nuseirat. UNRWA reported that 250 people were killed in the strike on the "
     "school in Nuseirat.", [("Nuseirat", 200)]),
    ("Medics said 12 Palestinians were killed in an Israeli strike on a house in Jabalia. "
     "Civil defence said nine people were killed in the strike on the house in Jabalia.",
     [("Jabalia", 9)]),
    ("According to the hospital, 31 civilians were killed in the air strike on the market in "
     "Deir al-Balah. The army said 27 people died in the strike in Deir al-Balah.",
     [("Deir al-Balah", 27)]),
])
def test_the_lower_of_two_accounts_stands(text, want):
    assert _deaths(text) == want


@pytest.mark.parametrize("text,want", [
    # (a rise of the toll: the later figure)
    ("Medics said 12 Palestinians were killed in an Israeli strike on a house in Jabalia. "
     "The toll later rose to 15 people killed in the strike on the house in Jabalia, medics "
     "said.", [("Jabalia", 15)]),
    # (a part of the dead, a group of them: the whole stands)
    ("Medics said 12 Palestinians were killed in an Israeli strike on a house in Jabalia. "
     "Medics said four children were killed in the strike in Jabalia.", [("Jabalia", 12)]),
    # (a vague word: the number told stands)
    ("Medics said 12 Palestinians were killed in an Israeli strike on a house in Jabalia. "
     "Dozens of people were killed in the strike in Jabalia, residents said.",
     [("Jabalia", 12)]),
])
def test_a_rise_a_part_or_a_vague_word_is_no_rival(text, want):
    assert _deaths(text) == want


@pytest.mark.parametrize("a,na,b,nb,want", [
    ("The ministry said at least 33 Palestinians were killed.", 33,
     "UNRWA reported at least 35 dead.", 35, True),
    # (no source told for one of them)
    ("At least 33 Palestinians were killed.", 33, "UNRWA reported at least 35 dead.", 35,
     False),
    # (other dead, besides)
    ("The ministry said 33 people were killed in the strike.", 33,
     "Twenty-eight other people were killed in separate strikes, hospitals said.", 28, False),
    # (one sentence, or one figure)
    ("The ministry said 33 people were killed.", 33,
     "The ministry said 33 people were killed.", 35, False),
])
def test_rival_accounts(a, na, b, nb, want):
    assert rival_accounts(a, na, b, nb) is want


def test_a_hospitals_intake_is_no_rival_account():
    got = [(e.location, e.fatalities) for e in parse(
        "Medics said 40 people were killed in an Israeli strike on a school in Jabalia. The "
        "Indonesian hospital said it received 25 dead from the strike in Jabalia.",
        published="2024-06-06").events]
    assert ("Jabalia", 40) in got


_ATTACK = ("On Thursday, Israeli jets fired two missiles at a school sheltering displaced "
           "families in the Bureij refugee camp. ")


@pytest.mark.parametrize("counts,want", [
    # (the counts told with no place of their own, after the attack: its figures)
    ("The health ministry reported that at least 33 Palestinians were killed, including 9 "
     "children. UNRWA reported at least 35 dead.", 33),
    ("UNRWA reported at least 35 dead. The health ministry reported that at least 33 "
     "Palestinians were killed.", 33),
    ("Civil defence said 18 people were killed. The hospital director said 14 people were "
     "killed.", 14),
])
def test_the_lower_account_stands_when_told_after_the_attack(counts, want):
    got = [(e.location, e.fatalities) for e in parse(_ATTACK + counts,
                                                     published="2024-06-06").events]
    assert got == [("Bureij Camp", want)]


@pytest.mark.parametrize("counts,want", [
    # (a rise, dead besides, or a part: no rival account)
    ("The health ministry reported that at least 33 Palestinians were killed. The death toll "
     "later rose to 35, medics said.", 35),
    ("The health ministry reported that at least 33 Palestinians were killed. Medics said "
     "nine children were killed.", 33),
])
def test_after_the_attack_a_rise_or_a_part_is_no_rival(counts, want):
    got = [(e.location, e.fatalities) for e in parse(_ATTACK + counts,
                                                     published="2024-06-06").events]
    assert got == [("Bureij Camp", want)]
