"""Date expressions resolved against the publication date."""

from datetime import date, datetime, timezone

import pytest

from geoevents.dates import find_dates, parse_published

SAT = date(2024, 6, 29)  # a Saturday


@pytest.mark.parametrize("text,expected", [
    ("on Saturday", "2024-06-29"),
    ("on Friday night", "2024-06-28"),
    ("last Saturday", "2024-06-22"),
    ("yesterday", "2024-06-28"),
    ("last night", "2024-06-29"),  # the night that ends on the publication day
    ("overnight", "2024-06-29"),
    ("in the past 24 hours", "2024-06-29"),
    ("June 29", "2024-06-29"),
    ("29 June 2024", "2024-06-29"),
    ("the 26th of December", "2023-12-26"),
    ("On 28 and 29 June", "2024-06-28"),
    ("2024-01-03", "2024-01-03"),
])
def test_resolved(text, expected):
    assert find_dates(text, SAT)[0].date == expected


def test_next_day_follows_the_previous_date():
    refs = find_dates("On 2 February it began and, the next day, strikes hit", SAT)
    assert [r.date for r in refs] == ["2024-02-02", "2024-02-03"]


def test_future_date_is_not_an_event_date():
    assert find_dates("The next update will be issued on 3 July.", SAT)[0].date is None


def test_month_only_has_month_precision():
    ref = find_dates("in December 2023", SAT)[0]
    assert (ref.date, ref.precision) == ("2023-12-01", 3)


def test_since_marks_a_period():
    assert find_dates("since October 7", SAT)[0].since


def test_without_anchor_relative_dates_stay_null():
    assert [r.date for r in find_dates("on Saturday, yesterday, June 29", None)] == [None] * 3
    assert find_dates("29 June 2024", None)[0].date == "2024-06-29"


def test_modal_may_is_not_a_month():
    assert find_dates("strikes may 5 times", SAT) == []


@pytest.mark.parametrize("value,expected", [
    ("2024-06-29", date(2024, 6, 29)), ("2024-06-29T10:00:00Z", date(2024, 6, 29)),
    (None, None), ("", None), ("yesterday", None), ("2024-02-30", None),
    # a moment in universal time is taken to Gaza's day (UTC+3 in summer, +2 in winter)
    ("2024-06-29T23:30:00Z", date(2024, 6, 30)), ("2024-06-29T20:59Z", date(2024, 6, 29)),
    ("2024-06-29T21:00:00+00:00", date(2024, 6, 30)), ("2024-01-15T22:30z", date(2024, 1, 16)),
    ("2024-01-15T21:30:00Z", date(2024, 1, 15)), ("2024-06-29T23:30:00-04:00", date(2024, 6, 30)),
    ("2024-06-30T01:00:00+05:00", date(2024, 6, 29)),
    # without an offset, a date-time is Gaza's own
    ("2024-06-29T23:30:00", date(2024, 6, 29)), ("2024-06-29 23:30", date(2024, 6, 29)),
    (datetime(2024, 6, 29, 23, 30, tzinfo=timezone.utc), date(2024, 6, 30)),
    (datetime(2024, 6, 29, 23, 30), date(2024, 6, 29)),
    # trailing text, or a date-time that is none, is no date
    ("2024-06-29garbage", None), ("2024-06-29T25:00", None), ("2024-13-45", None),
    ("2024-06-29 and after", None),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("published", [
    "2024-06-29T23:30:00Z", datetime(2024, 6, 29, 23, 30, tzinfo=timezone.utc)])
def test_yesterday_counts_from_the_day_of_publication_in_gaza(published):
    from geoevents import parse

    doc = parse("Israeli airstrikes hit Rafah yesterday, killing three people.",
                published=published)
    assert [(e.location, e.event_date) for e in doc.events] == [("Rafah", "2024-06-29")]


def test_a_published_with_trailing_text_is_refused_by_name():
    from geoevents import parse
    from geoevents.errors import ReportFormatError

    with pytest.raises(ReportFormatError, match=r"r1.*published='2024-06-29garbage' is not "
                                                r"an ISO date"):
        parse("Shelling hit Rafah yesterday.", published="2024-06-29garbage", report_id="r1")


@pytest.mark.parametrize("text,published,expected", [
    ("on 28 December", date(2024, 1, 3), "2023-12-28"),
    ("on 29 July", date(2024, 7, 2), None),  # coming soon: not a past event
    ("The next update will be issued on 29 July.", date(2024, 7, 2), None),
    ("Airstrikes killed 15 people in the camp on 9 October.", date(2024, 7, 13), "2023-10-09"),
])
def test_the_year_of_a_day_and_month(text, published, expected):
    assert find_dates(text, published)[0].date == expected


@pytest.mark.parametrize("text,expected", [
    ("in less than 24 hours between 31 October and 1 November", [("2023-10-31", False),
                                                                  ("2023-11-01", True)]),
    ("Between 4 November (noon) and 5 November (14:00), 243 were killed",
     [("2023-11-04", False), ("2023-11-05", True)]),
    ("On 3 November and on 4 November strikes hit", [("2023-11-03", False),
                                                      ("2023-11-04", False)]),
])
def test_a_period_is_dated_by_its_first_day(text, expected):
    assert [(r.date, r.since) for r in find_dates(text, date(2023, 11, 5))] == expected


def test_the_october_7_attacks_named_in_a_later_report_are_no_date_of_it():
    assert find_dates("abducted during the October 7 attacks", date(2025, 6, 15)) == []
    assert find_dates("abducted during the massacre on October 7", date(2024, 6, 8)) == []


@pytest.mark.parametrize("text,expected", [
    ("since the 7 October attack", "2023-10-07"),
    ("after the October 7 attacks", "2023-10-07"),
    ("On 7 October, strikes hit Rafah", "2024-10-07"),
])
def test_the_october_7_attacks_are_in_2023(text, expected):
    assert find_dates(text, date(2025, 6, 15))[0].date == expected


def test_a_day_without_a_year_after_a_full_date_is_later_that_year():
    text = "On 17 October 2023, a strike hit the school. Five were killed there on 27 December."
    refs = find_dates(text, date(2023, 11, 3))
    assert [r.date for r in refs] == ["2023-10-17", "2023-12-27"]
    # the publication date still decides when no full date comes before
    assert find_dates("Five were killed on 27 December.", date(2024, 1, 5))[0].date == \
        "2023-12-27"


def test_the_past_two_days_are_dated_by_their_first():
    refs = find_dates("killed in Jabalia in the past two days", date(2024, 11, 3))
    assert [(r.date, r.precision) for r in refs] == [("2024-11-02", 2)]


def test_a_consecutive_day_dates_from_the_first_unless_a_day_is_given():
    assert [r.date for r in find_dates("closed for the third consecutive day",
                                       date(2025, 3, 4))] == ["2025-03-02"]
    assert [r.date for r in find_dates("On 16 November, for the second consecutive day, troops "
                                       "raided the hospital", date(2023, 11, 16))] == \
        ["2023-11-16"]


def test_consecutive_days_date_from_the_first():
    refs = find_dates("fighting has been reported for three consecutive days", date(2023, 12, 11))
    assert [(r.date, r.precision) for r in refs] == [("2023-12-09", 2)]


@pytest.mark.parametrize("text,expected", [
    ("In mid-May 2024, strikes hit Rafah.", ("2024-05-01", 3)),
    ("For three consecutive days on 16 June, troops raided the camp.", ("2024-06-16", 1)),
    ("At about 22:00 on 23* June, the hospital was hit.", ("2024-06-23", 1)),
])
def test_months_with_mid_and_days_beside_a_consecutive_span(text, expected):
    refs = find_dates(text, SAT)
    assert (refs[0].date, refs[0].precision) == expected


def test_days_later_count_from_the_day_told_before():
    refs = find_dates("On 20 June, strikes hit Rafah. Two days later, tanks entered.", SAT)
    assert [r.date for r in refs] == ["2024-06-20", "2024-06-22"]


def test_a_week_before_a_told_day_is_a_week_not_a_day():
    refs = find_dates("On 26 June, the camp was bombed. One week before the bombing, leaflets "
                      "were dropped.", SAT)
    assert [(r.date, r.precision) for r in refs] == [("2024-06-26", 1), ("2024-06-19", 2)]


@pytest.mark.parametrize("text,expected", [
    ("Last Saturday, aircraft struck Beit Lahia.", "2024-06-22"),  # a week back, not today
    ("On Friday, aircraft struck Beit Lahia.", "2024-06-28"),
])
def test_a_qualified_weekday_may_open_its_sentence(text, expected):
    assert find_dates(text, SAT)[0].date == expected


# -- a date in figures: day first --------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("on 27/06/2024", "2024-06-27"),
    ("On 27.06.2024", "2024-06-27"),
    ("on 27-06-2024", "2024-06-27"),
    ("Monday (1/1/2024)", "2024-01-01"),
    ("UP TO DATE as of 31/1/2025", "2025-01-31"),
    # ambiguous: day first, as the UN and the region's press write it
    ("on 05/06/2024", "2024-06-05"),
    # month first only where day first names no day
    ("on 06/27/2024", "2024-06-27"),
])
def test_a_date_in_figures_is_read_day_first(text, expected):
    assert [r.date for r in find_dates(text, SAT) if r.text[:1].isdigit()] == [expected]


def test_an_ambiguous_date_in_figures_after_the_report_is_read_month_first():
    # (day first, 5 June, would fall after a report of 10 May; month first, 6 May, is past)
    assert [r.date for r in find_dates("on 05/06/2024", date(2024, 5, 10))] == ["2024-05-06"]


@pytest.mark.parametrize("text", [
    "The 1/2 ratio held.", "Press release 12/2024", "Ref. no. 27.06.2024-15",
    "version 1.2.2024.5", "on 31/02/2024",
])
def test_figures_that_are_no_date_date_nothing(text):
    assert [r.date for r in find_dates(text, SAT) if r.date] == []


# -- a written date with a universal-time clock: Gaza's day ------------------------------
@pytest.mark.parametrize("text,expected", [
    # summer: Gaza three hours ahead of GMT
    ("on 27 June 2024 at 23:30 GMT", "2024-06-28"),
    ("at 23:30 GMT on 27 June", "2024-06-28"),
    ("on June 27, 2024 at 2200 GMT", "2024-06-28"),
    ("on 2024-06-27 at 23:30 UTC", "2024-06-28"),
    ("on 27/06/2024 at 23:30 GMT", "2024-06-28"),
    # an afternoon clock, or no clock: the day as told
    ("on 27 June 2024 at 10:30 GMT", "2024-06-27"),
    ("on 27 June 2024 at 23:30 local time", "2024-06-27"),
    # winter: two hours ahead
    ("on 27 January 2024 at 22:30 GMT", "2024-01-28"),
    ("on 27 January 2024 at 21:30 GMT", "2024-01-27"),
])
def test_a_date_told_with_a_universal_clock_is_gazas_day(text, expected):
    assert find_dates(text, SAT)[0].date == expected


# -- a written date that names no real day: its month --------------------------------------
@pytest.mark.parametrize("text,published,expected", [
    ("in Nuseirat on 31 June", SAT, "2024-06-01"),
    ("on June 31", SAT, "2024-06-01"),
    ("on 31 June 2023", SAT, "2023-06-01"),
    ("on 30 February", SAT, "2024-02-01"),
    ("on 29 February 2023", SAT, "2023-02-01"),
    ("On 31 and 32 April", SAT, "2024-04-01"),
    # a month after the report, in the year before, as any day of it is
    ("on 31 November", SAT, "2023-11-01"),
])
def test_a_day_the_month_has_not_dates_the_month(text, published, expected):
    (ref,) = find_dates(text, published)
    assert (ref.date, ref.precision) == (expected, 3)


@pytest.mark.parametrize("text,expected", [
    ("on 30 June", "2024-06-30"), ("on 29 February", "2024-02-29"),
    ("on 29 February 2024", "2024-02-29"),
])
def test_a_day_the_month_has_stays_a_day(text, expected):
    (ref,) = find_dates(text, SAT)
    assert (ref.date, ref.precision) == (expected, 1)


def test_a_day_the_month_has_not_is_no_later_day_of_a_narrative_year():
    refs = find_dates("On 17 October 2023, it began. Five were killed on 31 November.", SAT)
    assert [(r.date, r.precision) for r in refs] == [("2023-10-17", 1), ("2023-11-01", 3)]


def test_a_number_no_month_has_is_no_day_told():
    assert [r.date for r in find_dates("on 45 June", SAT) if r.date] == []


def test_a_day_the_month_has_not_with_a_universal_clock_stays_its_month():
    (ref,) = find_dates("on 31 June 2024 at 23:30 GMT", SAT)
    assert (ref.date, ref.precision) == ("2024-06-01", 3)


# -- a day and a month in figures with no year ("on 11/7") --------------------------------
@pytest.mark.parametrize("text,published,expected", [
    # day first, a day just past the report's
    ("killed on 11/7 near an aid point", date(2025, 7, 12), "2025-07-11"),
    ("On 28/6, a strike hit a tent", SAT, "2024-06-28"),
    # across the turn of the year
    ("killed on 28/12 in Rafah", date(2025, 1, 5), "2024-12-28"),
    ("shelled on 3/1", date(2025, 1, 5), "2025-01-03"),
])
def test_a_day_in_figures_without_a_year_is_read_day_first(text, published, expected):
    assert [r.date for r in find_dates(text, published)] == [expected]


@pytest.mark.parametrize("text,published", [
    # day first, a day months away from the report: no day, not a guess
    ("killed on 9/11 in Rafah", date(2025, 7, 12)),
    ("killed on 7/4 in Rafah", date(2025, 7, 12)),
])
def test_a_day_in_figures_far_from_the_report_is_no_day(text, published):
    assert [r.date for r in find_dates(text, published)] == [None]


@pytest.mark.parametrize("text", [
    "the clinic is open 24/7",
    "a ratio of 3/4 of the displaced",
    "the 9/11 attacks",
])
def test_figures_that_are_no_day_are_not_read_as_one(text):
    assert find_dates(text, SAT) == []


def test_an_event_told_on_a_day_in_figures_takes_that_day():
    from geoevents import parse
    text = ("Civil defence said eight people were killed on 14/6 in a strike on a house in "
            "Khan Younis.")
    events = parse(text, published="2025-06-16").events
    assert [(e.location, e.event_date, e.fatalities) for e in events] == [
        ("Khan Younis", "2025-06-14", 8)]


@pytest.mark.parametrize("text,expected", [
    ("struck on Tuesday, June 4", "2024-06-04"),
    ("struck on Tuesday, June 4th", "2024-06-04"),
    ("struck on Tuesday 4 June", "2024-06-04"),
    ("struck on Tuesday (4 June)", "2024-06-04"),
    ("struck on Tuesday, the 4th of June", "2024-06-04"),
    ("struck on Monday, December 4, 2023", "2023-12-04"),
    ("Last Friday, 14 June, strikes hit", "2024-06-14"),
])
def test_a_weekday_told_with_its_date_is_that_date(text, expected):
    assert [r.date for r in find_dates(text, SAT)] == [expected, expected]


@pytest.mark.parametrize("text,expected", [
    # a date that falls on another weekday: a slip, or two things; each keeps its own
    ("struck on Wednesday, June 4", ["2024-06-26", "2024-06-04"]),
    ("On Sunday, 12 people were killed", ["2024-06-23"]),
    ("On Sunday, 7 October survivors gathered", ["2024-06-23", "2023-10-07"]),
    # a day between them: not told together
    ("struck on Tuesday and on 4 June", ["2024-06-25", "2024-06-04"]),
])
def test_a_weekday_and_a_date_not_of_one_day_keep_their_own(text, expected):
    assert [r.date for r in find_dates(text, SAT)] == expected


@pytest.mark.parametrize("text,published,expected", [
    # the early hours of the day after the dateline: already that morning in Gaza
    ("Troops moved into central Gaza early Wednesday", "2006-07-11", "2006-07-12"),
    ("Five journalists were killed early Thursday in Nuseirat", "2024-12-25", "2024-12-26"),
    ("A drone struck a car in Rafah early Sunday, medics said", "2024-06-29", "2024-06-30"),
    # near-misses: another qualifier, or an early weekday further back, keep the days before
    ("Troops moved into central Gaza on Wednesday", "2006-07-11", "2006-07-05"),
    ("Troops moved into central Gaza late Wednesday", "2006-07-11", "2006-07-05"),
    ("Troops moved into central Gaza last Wednesday", "2006-07-11", "2006-07-05"),
    ("A drone struck a car in Rafah early Friday, medics said", "2024-06-29", "2024-06-28"),
    ("A drone struck a car in Rafah early Saturday, medics said", "2024-06-29", "2024-06-29"),
])
def test_early_hours_of_the_day_after_the_dateline(text, published, expected):
    assert find_dates(text, parse_published(published))[0].date == expected


@pytest.mark.parametrize("text,published,expected", [
    # the weekday of the week before the report's, whatever day the report went up
    ("Tanks shelled the camp on Wednesday last week", "2024-06-29", "2024-06-19"),
    ("Tanks shelled the camp on Wednesday last week", "2024-06-26", "2024-06-19"),
    ("Tanks shelled the camp on Monday last week", "2024-06-24", "2024-06-17"),
    ("Tanks shelled the camp on Friday of last week", "2024-06-25", "2024-06-21"),
    # near-misses: "last Wednesday" stays the last Wednesday before the report
    ("Tanks shelled the camp last Wednesday", "2024-06-29", "2024-06-26"),
    ("Tanks shelled the camp last Wednesday", "2024-06-26", "2024-06-19"),
])
def test_a_weekday_of_last_week(text, published, expected):
    assert find_dates(text, parse_published(published))[0].date == expected


@pytest.mark.parametrize("text,published,expected", [
    # the report's month, or the month before where the day is still to come in it
    ("A strike hit a tent camp in Mawasi on the 13th, medics said", "2024-06-29", "2024-06-13"),
    ("A strike hit a tent camp in Mawasi on the 13th, medics said", "2024-06-10", "2024-05-13"),
    ("On the 2nd, tanks moved into Shujaiya", "2024-06-29", "2024-06-02"),
    ("A strike hit a tent camp on the 30th and killed four", "2024-07-10", "2024-06-30"),
    # the month told last
    ("Raids went on in April. On the 13th, a strike hit Rafah", "2024-06-29", "2024-04-13"),
    ("On 3 March, tanks entered Khan Younis, and on the 9th they reached Nasser hospital",
     "2024-06-29", "2024-03-09"),
])
def test_a_day_of_the_month_told_alone(text, published, expected):
    refs = [r for r in find_dates(text, parse_published(published)) if r.text[0].isdigit()]
    assert refs[-1].date == expected


@pytest.mark.parametrize("text", [
    # an ordinal of something else, or a day to come: no day told
    "Fighting raged on the 13th day of the offensive",
    "A shell hit a flat on the 3rd floor of the tower",
    "Shells hit flats on the 1st and 2nd floors of the tower",
    "The talks are due to resume on the 13th.",
])
def test_an_ordinal_that_is_no_day_of_the_month(text):
    assert not [r.date for r in find_dates(text, SAT) if r.date]


def test_a_day_of_the_month_neither_month_has_is_none():
    # a 31st in a report of 10 July: not yet in July, and June has none
    refs = find_dates("A strike hit a tent camp on the 31st and killed four", date(2024, 7, 10))
    assert [r.date for r in refs] == [None]


@pytest.mark.parametrize("text,expected", [
    # a day counted back, told by someone on a day given after it: from the telling's day
    ("A strike hit the school a day earlier, medics said on Tuesday", "2024-06-24"),
    ("A strike hit the school a day earlier, medics said Wednesday", "2024-06-25"),
    ("The convoy was shelled two days earlier, the agency reported on Thursday", "2024-06-25"),
    # near-misses: no telling's day in the sentence, or the day is what was told of
    ("A strike hit the school a day earlier, medics said", "2024-06-28"),
    ("A strike hit the school a day earlier. Medics said on Tuesday it was empty", "2024-06-28"),
])
def test_a_day_counted_back_from_the_telling_after_it(text, expected):
    assert find_dates(text, SAT)[0].date == expected
