"""An encyclopedia article's infobox toll on the record of the incident it sums."""

import pytest

from geoevents import parse
from geoevents.tolls.infobox import infobox_day, infobox_toll


def _deaths(text, published="2024-03-01"):
    return [(e.event_date, e.location, e.fatalities)
            for e in parse(text, published=published).events
            if e.event_type != "Strategic developments"]


_BODY = ("On 14 February 2024, an Israeli airstrike hit a house in Deir al-Balah, killing a "
         "father and his two sons. Two more relatives died of their wounds later.")


@pytest.mark.parametrize("box,n", [
    ("- Location: Deir al-Balah, Gaza Strip\n- Date: 14 February 2024\n- Fatalities: 6 "
     "civilians\n\n", 6),
    ("- Location: Deir al-Balah, Gaza Strip\n- Date: 2024-02-14\n- Deaths: 11+ Palestinians\n\n",
     11),
    ("Location | Deir al-Balah |\nDate | 14 February 2024 |\nDeaths | 8 (including 5 children) |"
     "\n\n", 8),
    # (a range: the lowest)
    ("- Location: Deir al-Balah\n- Date: February 14, 2024\n- Fatalities: 12–20\n\n", 12),
])
def test_the_infobox_toll_is_the_incidents(box, n):
    assert _deaths(box + _BODY) == [("2024-02-14", "Deir al-Balah", n)]


def test_an_article_with_no_date_line_and_one_attack():
    text = ("- Location: Rafah, Gaza Strip\n- Time: 23:22\n- Fatalities: 5 (including two "
            "paramedics)\n\nOn 3 March 2024, an Israeli drone strike hit an ambulance in Rafah, "
            "killing two paramedics.")
    assert _deaths(text, "2024-03-04") == [("2024-03-03", "Rafah", 5)]


@pytest.mark.parametrize("box", [
    # (several days: a campaign's sum)
    "- Location: Deir al-Balah\n- Date: 12 and 14 February 2024\n- Fatalities: 40+\n\n",
    "- Location: Deir al-Balah\n- Date: 14 February 2024 – present\n- Fatalities: 40+\n\n",
    # (a day the prose does not tell)
    "- Location: Deir al-Balah\n- Date: 20 February 2024\n- Fatalities: 40+\n\n",
    # (no figure on the line)
    "- Location: Deir al-Balah\n- Date: 14 February 2024\n- Fatalities: unknown\n\n",
    # (no infobox line: the word in prose)
    "Fatalities included 40 people, officials said.\n\n",
])
def test_near_misses_keep_the_prose_count(box):
    # (three killed, and two more who died of their wounds: five)
    assert _deaths(box + _BODY) == _deaths(_BODY) == [("2024-02-14", "Deir al-Balah", 5)]


def test_a_day_of_two_attacks_with_dead_told_keeps_both_counts():
    text = ("- Location: European Hospital, Khan Younis\n- Date: 13 May 2025\n- Fatalities: 28+"
            "\n\nOn 13 May 2025, Israeli airstrikes hit the European Hospital in Khan Younis, "
            "killing 22 people. Another strike on Nasser Hospital in Khan Younis the same day "
            "killed two people.")
    got = dict((place, n) for _, place, n in _deaths(text, "2025-05-14"))
    assert got["European Gaza Hospital"] == 22 and got["Nasser Medical Complex"] == 2


@pytest.mark.parametrize("text,want", [
    ("- Fatalities: 9 civilians\n", 9),
    ("Deaths | 15+ civilians |\n", 15),
    ("- Fatalities: 1,200\n", 1200),
    ("- Fatalities: 9\n- Deaths: 12\n", None),
    ("The fatalities: many.\n", None),
])
def test_infobox_toll(text, want):
    assert infobox_toll(text) == want


@pytest.mark.parametrize("text,want", [
    ("- Date: 2024-01-29\n", "2024-01-29"),
    ("Date | 13 December 2023 |\n", "2023-12-13"),
    ("- Date: May 23, 2025\n", "2025-05-23"),
    ("- Date: 9 and 12 October 2023\n", None),
    ("- Date: 9 October 2023 – present, ()\n", None),
    ("- Date: October 2023\n", None),
])
def test_infobox_day(text, want):
    assert infobox_day(text) == want
