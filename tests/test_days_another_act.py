"""A further act told with a day of its own in the sentence of the first keeps its own day
and record, where it takes the first act's place; two words for one act stay one."""

import pytest

from geoevents import parse


def _days(text: str, published: str) -> list[tuple[str | None, str]]:
    return sorted((e.event_date, e.location) for e in parse(text, published=published).events)


@pytest.mark.parametrize("text,published,expected", [
    ("During Eid al-Fitr last week, the army attacked at least eight mosques in Nuseirat, "
     "and struck a further three on 14 April.", "2024-04-16",
     [("2024-04-10", "Nuseirat"), ("2024-04-14", "Nuseirat")]),
    ("On 9 April, Israeli forces shelled five houses in Rafah, and shelled two more on 14 "
     "April.", "2024-04-16", [("2024-04-09", "Rafah"), ("2024-04-14", "Rafah")]),
    ("On 3 May, an Israeli airstrike hit a house in Jabalia, and a second airstrike hit a car "
     "on 5 May.", "2024-05-20", [("2024-05-03", "Jabalia"), ("2024-05-05", "Jabalia")]),
    ("Tanks shelled homes in Beit Lahia on 2 June, and shelled a further four on 6 June.",
     "2024-06-10", [("2024-06-02", "Beit Lahia"), ("2024-06-06", "Beit Lahia")]),
])
def test_a_further_act_keeps_its_own_day(text, published, expected):
    assert _days(text, published) == expected


@pytest.mark.parametrize("text,published,expected", [
    # not told as another act: one attack, dated by the word nearer the place
    ("Israeli forces shelled Rafah on 9 April and shelled houses on 14 April.", "2024-04-16",
     [("2024-04-09", "Rafah")]),
    # "more than": a count, not another act
    ("On 3 May, an Israeli airstrike hit a house in Jabalia, killing more than 10, and an "
     "airstrike hit a car on 5 May.", "2024-05-20", [("2024-05-03", "Jabalia")]),
    # a further act with no day of its own: the first one's day
    ("On 9 April, Israeli forces shelled five houses in Rafah, and shelled two more.",
     "2024-04-16", [("2024-04-09", "Rafah")]),
])
def test_one_act_or_no_day_of_its_own_stays_one(text, published, expected):
    assert _days(text, published) == expected
