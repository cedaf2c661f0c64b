"""An agency's staff deaths counted as more of them, and harm summed over a week or more told
in days, are tallies, not events; the same words with a place, an attack or a span of a few
days of their own stay events."""

import pytest

from geoevents import parse

# (a situation report on the Strip: a sentence with no place of its own falls back to it)
_HEAD = "Situation report on the Gaza Strip\n\n"
_LEAD = "Israeli strikes hit a school in Nuseirat camp on Tuesday, killing six people. "


def _events(text, published="2023-12-07"):
    return [(e.event_type, e.location, e.fatalities)
            for e in parse(text, published=published).events]


@pytest.mark.parametrize("tally", [
    "In the last 24 hours, UNRWA received confirmation that seven additional colleagues were "
    "killed.",
    "WHO has been able to confirm that at least 4 additional staff members were killed during "
    "strikes.",
    "The agency confirmed that five more UNICEF staff have died, bringing the total to 12.",
    "On 5 December, the agency confirmed that two further colleagues lost their lives.",
    "MSF verified that 3 more of its employees were killed in Gaza.",
])
def test_an_agencys_staff_confirmed_as_more_of_them_is_no_event(tally):
    assert _events(_HEAD + tally) == []
    assert _events(_HEAD + _LEAD + tally) == [
        ("Explosions/Remote violence", "Nuseirat Camp", 6)]


@pytest.mark.parametrize("news, dead", [
    # the deaths told as the day's, not their confirmation
    ("In the last 24 hours, three additional UNRWA staff have been killed, bringing the total "
     "to 70 UNRWA colleagues killed since 7 October.", 3),
    ("Three more UNICEF staff members are killed, thereby bringing the total to 12.", 3),
    # confirmed, but not as more of them: the day's news
    ("The agency confirmed that four colleagues were killed overnight.", 4),
])
def test_staff_deaths_told_as_the_days_stay_an_event(news, dead):
    assert _events(_HEAD + news) == [("Explosions/Remote violence", "Gaza Strip", dead)]


@pytest.mark.parametrize("news, place", [
    ("Seven additional colleagues were killed in Rafah on Tuesday.", "Rafah"),
    ("UNRWA confirmed that two additional colleagues were killed in Rafah on Tuesday.",
     "Rafah"),
    ("Three more UNRWA staff were killed when an airstrike hit their shelter in Khan Younis.",
     "Khan Younis"),
    ("Two more aid workers were killed in Deir al-Balah yesterday.", "Deir al-Balah"),
])
def test_staff_killed_at_a_place_stay_an_event(news, place):
    assert place in [loc for _, loc, _ in _events(news)]


def test_staff_killed_in_one_attack_with_no_place_stay_the_attacks():
    # (the attack told: not a step of the tally; here the strike told before, its dead added)
    text = _LEAD + "Four more UNRWA colleagues were killed in an airstrike on their convoy."
    assert _events(text) == [("Explosions/Remote violence", "Nuseirat Camp", 10)]


@pytest.mark.parametrize("tally", [
    "Before the pause, more than 5,300 children were reportedly killed in Gaza City in 48 days "
    "of relentless bombing.",
    "Until Monday, during 60 days of the offensive, more than 3,700 people in Beit Lahia were "
    "killed or went missing and 1,750 were arrested.",
    "For more than 700 days, children in Khan Younis have been killed, maimed and displaced.",
    "Over the past ten days, 420 people were injured in Jabalia, the ministry said.",
])
def test_harm_summed_over_a_week_or_more_in_days_is_no_event(tally):
    assert _events(tally, "2024-12-05") == []


@pytest.mark.parametrize("news", [
    # a few days: the news of the last days
    "More than 19,000 people have been displaced in four days in Khan Younis.",
    "More than 50 children were killed in Israeli airstrikes in Jabalia in the past two days.",
    # the span is another clause's
    "Aid to Beit Lahia has been blocked for the past 66 days; 5,500 people were forcibly "
    "displaced from three schools in Beit Lahia on Monday.",
    # no harm summed
    "For over 40 days, Israeli forces have besieged Beit Hanoun.",
    "The medics had been missing for eight days after being surrounded by Israeli forces in "
    "Tel al-Sultan.",
])
def test_harm_over_a_few_days_or_told_apart_from_the_span_stays(news):
    assert _events(news, "2024-12-05")


@pytest.mark.parametrize("recap", [
    "On October 7 the Gaza-based militants attacked Israel, killing more than 1,400 people and "
    "triggering Israeli retaliatory strikes on Gaza.",
    "On 7 October Hamas fighters assaulted southern Israel, killing 1,200 people and sparking "
    "the Israeli bombardment of Gaza City.",
])
def test_the_wars_first_day_and_what_it_set_off_after_its_toll_is_background(recap):
    assert _events(recap, "2023-10-17") == []


def test_an_attack_of_the_days_that_set_off_strikes_stays_news():
    text = ("On Monday gunmen attacked an Israeli post near Rafah, killing two soldiers and "
            "triggering Israeli air strikes on Khan Younis.")
    assert _events(text, "2023-10-17")
