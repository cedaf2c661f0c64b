"""An act told in passing, a week or more before the day its sentence is told on, does not
take the place carried from the news of that day."""

import pytest

from geoevents import parse

_RAFAH = ("A missile strike Thursday near Rafah's Kuwaiti Hospital killed at least 18 people, "
          "the hospital director said. ")


def _placed(text: str, published: str) -> list[tuple[str | None, str, int | None]]:
    return [(e.event_date, e.location, e.fatalities)
            for e in parse(text, published=published).events]


@pytest.mark.parametrize("text,published,expected", [
    (_RAFAH + "The army on Thursday said an investigation into the killing of three "
     "hostages by soldiers Dec. 15 found the deaths could have been prevented.", "2023-12-28",
     [("2023-12-28", "Kuwait Specialized Hospital", 18), ("2023-12-15", "Gaza Strip", 3)]),
    ("An airstrike on Wednesday hit a house near Al-Aqsa Hospital in Deir al-Balah, killing "
     "six. Officials on Wednesday said a probe into the killing of two aid workers on "
     "December 2 was closed.", "2023-12-27",
     [("2023-12-27", "Al-Aqsa Martyrs Hospital", 6), ("2023-12-02", "Gaza Strip", 2)]),
    ("Tanks shelled the Nuseirat camp on Monday, killing nine, medics said. The UN on Monday "
     "called for an inquiry into the bombing of a school on 20 November that killed 30.",
     "2023-12-11", [("2023-12-11", "Nuseirat Camp", 9), ("2023-11-20", "Gaza Strip", 30)]),
])
def test_an_act_of_weeks_before_told_today_leaves_the_carried_place(text, published, expected):
    assert _placed(text, published) == expected


@pytest.mark.parametrize("tail,expected", [
    # days apart, but less than a week: the story may still be at the hospital
    ("The army on Thursday said an investigation into the killing of three hostages by "
     "soldiers Dec. 24 found the deaths could have been prevented.",
     ("2023-12-24", "Kuwait Specialized Hospital", 3)),
    # the act's day alone, no day of telling: a narrative that moved on, place unsaid
    ("Three hostages were killed by soldiers on Dec. 15.",
     ("2023-12-15", "Kuwait Specialized Hospital", 3)),
    # a place of the act's own
    ("The army on Thursday said an investigation into the killing of three hostages in "
     "Khan Younis Dec. 15 found the deaths could have been prevented.",
     ("2023-12-15", "Khan Younis", 3)),
])
def test_near_misses_keep_their_place(tail, expected):
    assert _placed(_RAFAH + tail, "2023-12-28")[1] == expected


def test_a_narrative_far_from_the_report_day_keeps_the_place():
    # records at the place are not news of the report's own days: a history moving on
    text = ("On 6 May 2024 Israeli tanks entered eastern Rafah. On 6 May the army said "
            "troops killed 12 gunmen in a raid on 28 April.")
    assert ("2024-04-28", "Rafah", 12) in _placed(text, "2025-01-10")
    # the same told as news of the report's own day leaves Rafah
    assert ("2024-04-28", "Gaza Strip", 12) in _placed(text, "2024-05-06")
