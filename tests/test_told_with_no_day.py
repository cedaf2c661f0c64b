"""An attack told again by a sentence with no day of its own is the attack told before, not
one on the day of the report."""

import pytest

from geoevents import parse


def _rows(text, published="2024-06-29"):
    return sorted((e.event_date, e.location, e.fatalities, e.injuries)
                  for e in parse(text, published=published).events)


@pytest.mark.parametrize("text,expected", [
    ("Israeli warplanes bombed a mosque in Jabalia on Wednesday, killing 11 people.\n"
     "Among the dead were four children, according to doctors at hospitals in Jabalia.",
     [("2024-06-26", "Jabalia", 11, None)]),
    ("Israeli airstrikes hit a house in Khan Younis on Sunday, killing eight people.\n"
     "Relatives said three children were wounded in the strike in Khan Younis.",
     [("2024-06-23", "Khan Younis", 8, 3)]),
    ("An Israeli drone strike hit a car in Deir al-Balah on Tuesday, killing two men.\n"
     "Witnesses in Deir al-Balah said a woman was wounded in the attack.",
     [("2024-06-25", "Deir al-Balah", 2, 1)]),
    # a shelling's dead told again, though the count's own words read as a strike's
    ("Israeli shelling struck the Nuseirat camp before dawn on Friday, killing 12 people.\n"
     "The camp has been hit many times during the war.\n"
     "Among the dead were five women, medics said.",
     [("2024-06-28", "Nuseirat Camp", 12, None)]),
])
def test_an_attack_told_again_with_no_day_is_the_one_told_before(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text,expected", [
    # another attack, or a later one
    ("An Israeli drone strike hit a car in Deir al-Balah on Tuesday, killing two men.\n"
     "Witnesses in Deir al-Balah said a woman was wounded in another attack.",
     [("2024-06-25", "Deir al-Balah", 2, None), ("2024-06-29", "Deir al-Balah", None, 1)]),
    ("An Israeli drone strike hit a car in Deir al-Balah on Tuesday, killing two men.\n"
     "Witnesses in Deir al-Balah said a woman was wounded in the second attack.",
     [("2024-06-25", "Deir al-Balah", 2, None), ("2024-06-29", "Deir al-Balah", None, 1)]),
    # an attack told more than a week before the report
    ("An Israeli drone strike hit a car in Deir al-Balah on 20 June, killing two men.\n"
     "Witnesses in Deir al-Balah said a woman was wounded in the attack.",
     [("2024-06-20", "Deir al-Balah", 2, None), ("2024-06-29", "Deir al-Balah", None, 1)]),
    # at another place
    ("Israeli airstrikes hit a house in Khan Younis on Sunday, killing eight people.\n"
     "Relatives said three children were wounded in the strike in Rafah.",
     [("2024-06-23", "Khan Younis", 8, None), ("2024-06-29", "Rafah", None, 3)]),
])
def test_another_attack_or_another_place_stays_apart(text, expected):
    assert _rows(text) == expected


def test_an_attack_two_records_could_be_stays_apart():
    from dataclasses import replace

    from geoevents.event_merge.told_with_no_day import the_attack_told_again_with_no_day
    text = ("Israeli airstrikes hit a house in Khan Younis on Monday, killing eight people. "
            "Israeli airstrikes hit a school in Khan Younis on Wednesday, killing five. "
            "Relatives said three children were wounded in the strike.")
    first, = parse("Israeli airstrikes hit a house in Khan Younis on Monday, killing eight "
                   "people.", published="2024-06-29").events
    monday = replace(first, notes=text[:78])
    wednesday = replace(first, event_date="2024-06-26", fatalities=5,
                        notes="Israeli airstrikes hit a school in Khan Younis on Wednesday, "
                              "killing five.")
    undated = replace(first, event_date="2024-06-29", time_precision=2, fatalities=None,
                      injuries=3, notes="Relatives said three children were wounded in the "
                                        "strike.")
    both = [monday, wednesday, undated]
    assert the_attack_told_again_with_no_day(both, text) == both
    one = [monday, undated]
    folded, = the_attack_told_again_with_no_day(one, text)
    assert (folded.event_date, folded.fatalities, folded.injuries) == ("2024-06-24", 8, 3)
