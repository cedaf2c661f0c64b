"""A day set "Earlier on <day>" for a telling dates the telling, not what the report tells next."""

import pytest

import geoevents


def _days(text: str, published: str) -> dict[str, str | None]:
    return {e.location: e.event_date for e in geoevents.parse(text, published=published).events}


_LEAD = ("At least 27 people were killed on Saturday when Israeli forces opened fire near an aid "
         "site in Rafah, the agency said. ")


@pytest.mark.parametrize(("step_back", "published", "own_day"), [
    ("Earlier on Friday, the UN said 798 people had been killed seeking aid since late May. ",
     "2025-07-12", "2025-07-12"),
    ("Earlier Friday the health ministry reported that 40 had died of hunger. ",
     "2025-07-12", "2025-07-12"),
])
def test_the_next_deaths_keep_the_reports_day(step_back: str, published: str,
                                              own_day: str) -> None:
    days = _days(_LEAD + step_back + "Another strike killed five people in Deir al-Balah, "
                 "medics said.", published)
    assert days["Deir al-Balah"] == own_day


def test_an_earlier_act_still_dates_what_follows() -> None:
    # near-miss: an act, not a telling, told "Earlier on Friday" still hands its day on
    days = _days(_LEAD + "Earlier on Friday, an airstrike hit a house in Bureij. Another "
                 "strike killed five people in Deir al-Balah, medics said.", "2025-07-12")
    assert days["Bureij"] == "2025-07-11"
