"""The dead of an act the sentence before told on its day, told again by a word for what it
hit, with only the day they were written of: "One of the UN shelters in Khan Yunis was hit on
Monday. At least six displaced people were killed around the shelter, UNRWA's chief wrote on
Tuesday" are Monday's dead; a post or a tweet is a telling, on the day it was posted."""

from __future__ import annotations

import pytest

from geoevents import parse

PUBLISHED = "2025-11-19"  # a Wednesday


def _dated(text: str) -> list[tuple[str | None, int | None]]:
    return [(e.event_date, e.fatalities) for e in parse(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text,count", [
    ("One of the UN shelters in Khan Yunis was hit on Monday. At least six displaced people "
     "were killed around the shelter, the agency's chief said on Tuesday.", 6),
    ("One of the UN shelters in Khan Yunis was hit on Monday. At least six displaced people "
     "were killed around the shelter, the agency's chief wrote on Tuesday.", 6),
    ("An Israeli drone struck a tent in Mawasi on Monday. A man and his son were killed in the "
     "tent, the civil defence posted on Telegram on Tuesday.", 2),
    ("Israeli tanks shelled a school in Jabalia on Monday. Four people were killed inside the "
     "school, medics told reporters on Tuesday.", 4),
])
def test_the_dead_take_the_acts_day(text, count):
    assert _dated(text) == [("2025-11-17", count)]


@pytest.mark.parametrize("text,dated", [
    # dead of a place of their own: the speaker's day stays the report's best day for them
    ("Israeli strikes hit Rafah on Monday. Ten people were killed in Khan Younis, medics "
     "wrote on Tuesday.", ("2025-11-18", 10)),
    ("An Israeli strike hit a school in Jabalia on Monday. Eight people were killed in Beit "
     "Lahia, the civil defence said on Tuesday.", ("2025-11-18", 8)),
    # more than three days before the telling: no longer the speaker's lead
    ("One of the UN shelters in Khan Yunis was hit on Thursday. At least six displaced "
     "people were killed around the shelter, the agency's chief wrote on Tuesday.",
     ("2025-11-18", 6)),
])
def test_other_dead_keep_the_day_they_were_told(text, dated):
    assert dated in _dated(text)


def test_a_tweet_on_a_day_is_a_telling():
    text = ("Hamas fired rockets at Sderot, the army tweeted on Tuesday. Troops shelled Beit "
            "Hanoun on Monday.")
    assert [e.event_date for e in parse(text, published=PUBLISHED).events
            if e.location == "Beit Hanoun"] == ["2025-11-17"]
