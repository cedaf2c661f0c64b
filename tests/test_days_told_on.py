"""The days a clause says something was done on, read once by the date reader for the two
rules that ask it: whether a count's clause names its own day (not a tally's dead) and
whether a count is told on another day than the attack before it (not that attack's toll)."""

import re

import pytest

from geoevents import parse
from geoevents.casualties import find_casualties
from geoevents.casualties.tallies import names_its_own_day
from geoevents.dates import ON_A_DAY, ON_A_DAY_FOLDED, days_told_on
from geoevents.in_passing.days import day_told_after
from geoevents.sentences import Span
from geoevents.units.days_apart import _days_named


def _tally_rule(text: str) -> bool:
    return names_its_own_day(text, 0, len(text))


def _apart_rule(text: str) -> bool:
    return bool(_days_named(Span(0, len(text), text)))


_RULES = [_tally_rule, _apart_rule]


@pytest.mark.parametrize("rule", _RULES)
@pytest.mark.parametrize("clause", [
    # what either rule read before
    "a strike on 27 June killed five",
    "a strike on the 27th of June killed five",
    "a strike on 27th June killed five",
    "a strike on June 27 killed five",
    "a strike on June. 27 killed five",
    "a strike on Jun 27 killed five",
    "a strike on Sept. 3 killed five",
    "On 3 March a strike killed five",
    "a strike on June 27th killed five",
    "shelling hit the camp again on Saturday, killing five",
    "shelling hit the camp on the Friday, killing five",
    # what the reader knows and neither rule read
    "a strike on Thursday, June 27th killed five",
    "a strike on Tuesday, the 4th of June killed five",
    "strikes on 28-29 June killed five",
    "strikes on 2 and 3 April killed five",
    "a strike on 27/06/2024 killed five",
    "a strike on 2024-06-27 killed five",
    "ten were killed on 11/7 at an aid point",
    "a strike on 27 June 2024 killed five",
])
def test_a_day_told_after_on_is_read_by_both_rules(rule, clause):
    assert rule(clause)


@pytest.mark.parametrize("rule", _RULES)
@pytest.mark.parametrize("clause", [
    "strikes on 27 people killed five",
    "a strike on the 7th floor killed five",
    "strikes on 11 buildings killed five",
    "fighting on 3 fronts killed five",
    "a strike on 45 June killed five",
    # a day not told after "on": a period's start, a name
    "since 27 June strikes have killed five",
    "the 27 June strike killed five",
    "a strike on a Friday market killed five",
])
def test_a_number_that_is_no_day_or_a_day_not_told_on_is_none(rule, clause):
    assert not rule(clause)


@pytest.mark.parametrize("clause,days", [
    ("struck on 25 June", {"06-25"}),
    ("struck on June 25th", {"06-25"}),
    ("struck on the 25th of June", {"06-25"}),
    ("struck on 2024-06-25", {"06-25"}),
    ("struck on 25/06/2024", {"06-25"}),
    ("struck on 06/25/2024", {"06-25"}),  # month first where day first names no month
    ("struck on 25 and 26 June", {"06-25"}),  # a span, by its first day
    ("struck on Tuesday, June 25", {"tuesday", "06-25"}),
    ("struck on Tuesday and on 26 June", {"tuesday", "06-26"}),
])
def test_a_day_is_what_it_names_not_how_it_is_written(clause, days):
    assert days_told_on(clause) == days


def test_on_before_the_stretch_still_tells_its_date():
    # a count's clause cut at the comma inside "on Tuesday, June 4th"
    text = "An airstrike hit a house in Khan Younis on Tuesday, June 4th killed nine people."
    cut = text.index(",") + 1
    assert days_told_on(text, cut) == {"06-04"}
    assert days_told_on(text, text.index("killed")) == frozenset()


def _own_count(text):
    return [(c.count, c.cumulative) for c in find_casualties(text) if c.kind == "killed"]


@pytest.mark.parametrize("day", ["on June 27th", "on 27/06/2024", "on 2 and 3 June",
                                 "on Tuesday, June 4th", "on the 27th of June"])
def test_a_count_after_since_the_war_began_with_a_day_of_its_own_keeps_its_dead(day):
    text = f"Since the war began, an Israeli strike on a school in Nuseirat {day} killed 14 people."
    assert _own_count(text) == [(14, False)]


@pytest.mark.parametrize("words", ["on the 7th floor", "on 11 buildings", "on 27 families"])
def test_a_number_after_on_that_is_no_day_leaves_the_wars_tally(words):
    text = f"Since the war began, Israeli strikes {words} in Nuseirat killed 14 people."
    assert _own_count(text) == [(14, True)]


def _rows(text, published="2024-06-29"):
    return sorted((e.event_date, e.location, e.fatalities, e.injuries)
                  for e in parse(text, published=published).events)


@pytest.mark.parametrize("first,second", [
    ("on 25 June", "on June 25"),
    ("on 25 June", "on the 25th of June"),
    ("on 2024-06-25", "on 25 June"),
    ("on Tuesday, June 25", "on June 25th"),
])
def test_one_day_written_two_ways_is_one_attack(first, second):
    text = (f"Israeli shelling struck Jabalia {first}, wounding four people, and {second}, "
            "killing two.")
    assert _rows(text) == [("2024-06-25", "Jabalia", 2, 4)]


@pytest.mark.parametrize("first,second,days", [
    ("on 20/06/2024", "on June 22", ("2024-06-20", "2024-06-22")),
    ("on Thursday, June 20th", "on 22 June", ("2024-06-20", "2024-06-22")),
    ("on 20 June", "on 22/06/2024", ("2024-06-20", "2024-06-22")),
])
def test_two_days_each_with_a_toll_in_forms_the_reader_knows_are_two_attacks(first, second,
                                                                            days):
    text = (f"An Israeli drone strike hit Nuseirat {first}, injuring 7 people, and {second}, "
            "killing a man.")
    assert _rows(text) == [(days[0], "Nuseirat", None, 7), (days[1], "Nuseirat", 1, None)]


@pytest.mark.parametrize("words", ["on the 7th floor", "on 22 tents", "on 3 fronts"])
def test_a_number_after_on_that_is_no_day_is_no_second_attack(words):
    text = (f"An Israeli drone strike hit Nuseirat on 20 June, injuring 7 people, and {words}, "
            "killing a man.")
    assert _rows(text) == [("2024-06-20", "Nuseirat", 1, 7)]


_DAYS_WRITTEN = ["in Khan Younis on Tuesday", "on 27 June", "on the 27th of June",
                 "near Rafah on June 27", "on 27/6", "on Sept. 3"]
_NO_DAYS = ["on 27 people", "on the 7th floor", "on 11 buildings", "on 3 fronts",
            "on Gaza City"]


@pytest.mark.parametrize("words", _DAYS_WRITTEN + _NO_DAYS)
def test_the_day_told_on_inside_a_pattern_is_the_day_days_told_on_reads(words):
    # a rule that looks for the day inside a pattern of its own (over text as written, or
    # folded) reads the days the reader's own function reads, and none of its near-misses
    text = f"Israeli forces shelled a house {words}."
    told = bool(days_told_on(text))
    assert told == (words in _DAYS_WRITTEN)
    assert (re.search(rf"\b{ON_A_DAY}\b", text, re.I) is not None) == told
    assert (re.search(rf"\b{ON_A_DAY_FOLDED}\b", text.lower()) is not None) == told


@pytest.mark.parametrize("words", _DAYS_WRITTEN)
def test_an_act_told_with_its_day_after_it_is_that_days_news(words):
    low = f" {words}, witnesses said."
    assert day_told_after(low.lower(), 0, len(low))


@pytest.mark.parametrize("words", _NO_DAYS)
def test_a_number_after_on_that_is_no_day_is_no_day_told_after(words):
    low = f" {words}, witnesses said."
    assert not day_told_after(low.lower(), 0, len(low))
