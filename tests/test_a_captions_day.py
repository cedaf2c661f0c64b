"""A photo's caption, closed on its line by the credit of who took it, dates its picture, not
what the report tells after it: "Palestinians search for survivors after an Israeli airstrike
on a building in Rafah on Saturday. Credit: AP" hands Saturday on to nothing."""

from __future__ import annotations

import pytest

from geoevents import parse

LEAD = "Israeli strikes hit Rafah early Monday.\n\n"
AFTER = "\n\nIsraeli tanks shelled Khan Younis, killing three people, residents said."


def _khan_younis_day(text: str) -> list[str | None]:
    return [e.event_date for e in parse(text, published="2024-02-12").events
            if e.location == "Khan Younis"]


@pytest.mark.parametrize("caption", [
    "Palestinians search for survivors after an Israeli airstrike on a building in Rafah on "
    "Saturday. Credit: AP",
    "Palestinians search for survivors after an Israeli airstrike on a building in Rafah on "
    "Saturday. Photo / AFP",
    "Mourners gather by the bodies of people killed in a strike on Rafah on Saturday. Photo: "
    "Reuters Archive",
])
def test_the_next_news_keeps_the_storys_day(caption):
    assert _khan_younis_day(LEAD + caption + AFTER) == ["2024-02-12"]


@pytest.mark.parametrize("line", [
    # news, with no credit on its line: its day dates what comes next
    "An Israeli airstrike hit a building in Rafah on Saturday, killing four people.",
    # a credit on a line of its own is no caption of this sentence
    "An Israeli airstrike hit a building in Rafah on Saturday, killing four people.\nCredit: "
    "AP",
])
def test_a_news_sentences_day_still_hands_on(line):
    assert _khan_younis_day(LEAD + line + AFTER) == ["2024-02-10"]


def test_the_caption_keeps_its_own_day():
    text = LEAD + ("Palestinians search for survivors after an Israeli airstrike on a building "
                   "in Rafah on Saturday. Credit: AP") + AFTER
    assert "2024-02-10" in [e.event_date for e in parse(text, published="2024-02-12").events
                            if e.location == "Rafah"]
