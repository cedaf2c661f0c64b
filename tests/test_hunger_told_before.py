"""Deaths told with no weapon right after deaths of hunger are more deaths of hunger."""

import pytest

from geoevents import parse


def _strikes(text):
    return [(e.sub_event_type, e.fatalities, e.location)
            for e in parse(text, published="2025-07-22").events]


@pytest.mark.parametrize("text", [
    "Four children have died of starvation in Gaza in the past 24 hours. A teenager died in a "
    "hospital in the southern city of Khan Younis. Health officials say at least 101 people "
    "have died of hunger during the war. In the past 24 hours, there have been 15 reported "
    "deaths.",
    "Two infants died of malnutrition at Kamal Adwan hospital in Beit Lahia, doctors said. "
    "Four more children died in Khan Younis on Monday.",
    "The ministry said 21 children had died due to starvation in the past three days. A "
    "spokesman said 33 people, including 12 children, have died in the past 48 hours.",
    "Three elderly people died of hypothermia in tents in al-Mawasi. Two more deaths were "
    "recorded in Deir al-Balah overnight.",
])
def test_deaths_after_deaths_of_hunger_are_no_strike(text):
    assert _strikes(text) == []


@pytest.mark.parametrize("text,kept", [
    # (a killing, with its weapon: a strike of its own)
    ("Two infants died of malnutrition at Kamal Adwan hospital. An Israeli airstrike on a house "
     "in Jabalia killed 12 people on Monday.", ("Air/drone strike", 12, "Jabalia")),
    # (killed: a killing, not deaths that need no weapon)
    ("Two infants died of malnutrition at Kamal Adwan hospital. In Rafah, 12 people were killed "
     "on Monday.", ("Air/drone strike", 12, "Rafah")),
    # (died, but of a strike told in the sentence: the weapon makes it a killing)
    ("Two infants died of malnutrition at Kamal Adwan hospital. Four more people died in an "
     "Israeli strike in Khan Younis on Monday.", ("Air/drone strike", 4, "Khan Younis")),
    # (a new paragraph: other news, with its weapon)
    ("Two infants died of malnutrition at Kamal Adwan hospital.\n\nAn Israeli strike on a tent "
     "in Khan Younis killed four people on Monday.", ("Air/drone strike", 4, "Khan Younis")),
    # (a new paragraph: the hunger is not looked for across it, even for deaths told bare)
    ("Two infants died of malnutrition at Kamal Adwan hospital.\n\nFour more people died in "
     "Khan Younis on Monday.", ("Air/drone strike", 4, "Khan Younis")),
])
def test_killings_and_other_news_stay(text, kept):
    assert _strikes(text) == [kept]
