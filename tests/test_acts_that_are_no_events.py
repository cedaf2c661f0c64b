"""Warnings, finished campaigns, crowds at the stores and clan feuds: no clash with the
army."""

import pytest
from event_helpers import _events

from geoevents import parse


def _subs(text):
    return [sub for sub, *_ in _events(text)]


@pytest.mark.parametrize("text", [
    'The army\'s Arabic spokesman wrote: "Gaza City will continue to be a dangerous combat '
    'zone!"',
    "An army statement said Khan Younis will remain a dangerous battle zone.",
    "The military said northern Gaza is going to be a combat zone.",
])
def test_what_a_place_will_be_is_a_warning(text):
    assert _subs(text) == []


@pytest.mark.parametrize("text", [
    "The withdrawal marks the end of a 22-day military offensive in Khan Younis.",
    "The pullout on Sunday came at the conclusion of a two-week operation in Jabalia.",
])
def test_a_finished_campaign_summed_up_is_the_backdrop(text):
    assert "Armed clash" not in _subs(text)


@pytest.mark.parametrize("text", [
    "Hundreds of people had stormed a warehouse in Khan Younis looking for food.",
    "Desperate residents stormed an UNRWA depot in Deir al-Balah on Sunday.",
    "Crowds stormed aid trucks in Rafah.",
])
def test_a_crowd_storming_the_stores_is_no_clash(text):
    assert "Armed clash" not in _subs(text)


@pytest.mark.parametrize("text", [
    # near misses: what was done stays an event
    "The army declared Gaza City a combat zone on Friday.",
    "Israeli forces stormed a warehouse in Rafah used by Hamas.",
    "Israeli troops stormed the hospital in Khan Younis.",
    "Israeli forces prepared the ground, then launched a ground assault on Rafah.",
    "At the end of the day, Israeli forces launched an offensive in Rafah.",
])
def test_the_act_done_is_still_an_event(text):
    assert "Armed clash" in _subs(text)


@pytest.mark.parametrize("text", [
    "Gunmen were killed in clashes between Hamas and a rival clan in Deir al-Balah.",
    "Fighting broke out between Hamas police and members of a local family in Khan Younis.",
])
def test_a_clash_with_a_clan_takes_the_clan_as_the_other_side(text):
    sides = [(e.actor1, e.actor2) for e in parse(text, published="2024-04-07").events]
    assert sides == [("Hamas", "Unidentified Clan Militia (Palestine)")]


def test_a_clash_between_the_wars_sides_keeps_them():
    text = "Clashes between Israeli troops and Hamas fighters raged in Khan Younis."
    sides = [(e.actor1, e.actor2) for e in parse(text, published="2024-04-07").events]
    assert sides == [("Israeli military", "Hamas")]


@pytest.mark.parametrize("text", [
    "The Israeli military said 200 suspects were arrested in the past week in Gaza.",
    "Troops detained 1,000 people in Khan Younis over the last three weeks, the army said.",
    "The IDF said it had arrested 75 Hamas operatives in Rafah during the past month.",
])
def test_arrests_counted_over_weeks_are_a_tally(text):
    assert _subs(text) == []


@pytest.mark.parametrize("text", [
    "Troops arrested 20 people in Khan Younis in the past 24 hours.",
    "Troops arrested 20 people in Jabalia on Monday.",
])
def test_arrests_of_a_day_are_an_event(text):
    assert _subs(text) == ["Arrests"]
