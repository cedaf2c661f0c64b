"""A lead that tells its toll with a share of it ("killed at least 40 people, half of them
near an aid distribution site") and the next sentence's count of that share at its place
are two records: the share stays at its place with its own count, not the lead's whole
toll moved there."""

from geoevents import parse


def _records(text, published="2025-06-17"):
    return [(e.location, e.fatalities) for e in parse(text, published=published).events]


def test_half_of_them_at_the_place_told_next():
    recs = _records("Israeli fire killed at least 40 people, half of them near an aid "
                    "distribution site, the health ministry said on Monday. Medics said at "
                    "least 20 people were killed and 200 others wounded near an aid "
                    "distribution site in Rafah.")
    assert ("Rafah", 20) in recs
    assert ("Rafah", 40) not in recs


def test_so_many_of_them_at_another_place_and_verb():
    recs = _records("Israeli gunfire killed at least 31 people on Monday, 17 of them near an "
                    "aid site, medics said. Medics said 17 people were killed near an aid "
                    "site in Khan Younis.")
    assert ("Khan Younis", 17) in recs
    assert ("Khan Younis", 31) not in recs


def test_no_share_told_the_lead_moves_to_its_place():
    # near-miss: the lead's toll, with no share of it told, is the attack told next
    recs = _records("Israeli fire killed at least 40 people near an aid distribution site, "
                    "the health ministry said on Monday. Medics said at least 20 people were "
                    "wounded near the aid distribution site in Rafah.")
    assert recs == [("Rafah", 40)]


def test_a_share_of_who_the_dead_were_moves_the_lead():
    # near-miss: "two of them children" is who the dead were, no count told at a place
    recs = _records("An Israeli strike killed six people, two of them children, in central "
                    "Gaza on Monday. Witnesses in Deir al-Balah said they heard two "
                    "explosions.")
    assert recs == [("Deir al-Balah", 6)]


def test_most_of_them_at_the_place_told_next():
    # a variant: a share told by "most", any count of it
    recs = _records("Israeli gunfire killed at least 25 people on Tuesday, most of them near "
                    "an aid site, medics said. Medics said 15 people were killed near an aid "
                    "site in Khan Younis.")
    assert ("Khan Younis", 15) in recs
    assert ("Khan Younis", 25) not in recs


def test_half_of_them_with_another_count_next_is_not_that_share():
    # near-miss: 15 is not half of 40, so the count told next is not the share told: the
    # lead's toll is the attack told next, at its place
    recs = _records("Israeli fire killed at least 40 people, half of them near an aid "
                    "distribution site, the health ministry said on Monday. Medics said at "
                    "least 15 people were killed near an aid distribution site in Rafah.")
    assert recs == [("Rafah", 40)]
