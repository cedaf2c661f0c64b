"""Days told by the feast or the fast they fell in: "on the third day of the Eid al-Fitr
holiday" in an April 2025 report is 1 April 2025, "the tenth day of the fasting month of
Ramadan" 10 March 2025, "the eve of Eid al-Adha" the day before the feast; a year not listed, or a
feast long past, dates nothing rather than a guess."""

from __future__ import annotations

import pytest

from geoevents import parse
from geoevents.dates import find_dates, parse_published


def _days(text: str, published: str | None) -> list[tuple[str | None, int]]:
    return [(d.date, d.precision) for d in find_dates(text, parse_published(published))]


@pytest.mark.parametrize("text,published,day", [
    ("Strikes killed 21 people on the third day of the Eid al-Fitr holiday.", "2025-04-02",
     "2025-04-01"),
    ("Strikes hit Gaza on the tenth day of the fasting month of Ramadan.", "2025-03-12",
     "2025-03-10"),
    ("A drone struck a tent in Deir al-Balah on the 3rd day of Ramadan.", "2024-03-20",
     "2024-03-13"),
    ("A strike hit a house in Rafah on the eve of Eid al-Adha.", "2024-06-17", "2024-06-15"),
    ("A strike hit a tent in Mawasi on the first day of Eid al-Adha.", "2025-06-08",
     "2025-06-06"),
    ("Residents marked the second day of the Muslim Eid al-Adha holiday.", "2024-06-18",
     "2024-06-17"),
    # a bare "Eid": the feast that began last before the report
    ("A strike killed a father and his two children on the first day of Eid.", "2025-04-01",
     "2025-03-30"),
    ("A strike killed three people on the first day of Eid.", "2024-06-20", "2024-06-16"),
    ("Troops shelled Bureij on Eid al-Fitr.", "2024-04-12", "2024-04-10"),
])
def test_a_day_of_the_feast_or_the_fast(text, published, day):
    assert _days(text, published) == [(day, 1)]


def test_during_the_feast_is_its_first_day_to_a_week():
    assert _days("During Eid al-Fitr, troops attacked eight mosques.", "2024-04-16") == \
        [("2024-04-10", 2)]


@pytest.mark.parametrize("text,published", [
    # a month named, not a day of it
    ("During Ramadan, Israeli troops raided Khan Younis.", "2025-03-20"),
    ("The council called for a ceasefire for the remainder of Ramadan.", "2024-03-26"),
    # a feast long before the report, or of a year not listed
    ("A strike killed three people on the first day of Eid.", "2024-12-20"),
    ("A strike killed three people on the first day of Eid al-Adha.", "2019-08-12"),
    # no publication day to count from
    ("A strike killed three people on the first day of Eid al-Adha.", None),
])
def test_no_day_where_none_is_told_or_known(text, published):
    assert _days(text, published) == []


def test_the_event_takes_the_feasts_day():
    text = ("Israeli forces continue bombarding Gaza, killing at least 21 people on the third "
            "day of the Eid al-Fitr holiday.")
    assert [e.event_date for e in parse(text, published="2025-04-02").events] == ["2025-04-01"]
