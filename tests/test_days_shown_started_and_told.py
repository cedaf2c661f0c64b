"""Days that are not the act's: a recording's release, the start of a span, a speaker's day
where the act's own day was told the sentence before."""

import pytest
from event_helpers import _events

from geoevents.dates import find_dates
from geoevents.event_dates.recordings import a_recordings_day


def _days(text, published):
    return [d for *_, d in _events(text, published)]


# --- 1. a recording's release day ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Israeli drones killed three men in Rafah, in footage released on Thursday.",
    "Israeli soldiers shot dead two men in Jabalia, according to a video broadcast on "
    "Wednesday by a Qatari channel.",
    "An airstrike killed six people in Nuseirat, a local channel showed in a video aired on "
    "Sunday evening.",
    "Tanks shelled a house in Beit Lahia, killing four, in a clip posted online on Monday.",
])
def test_a_recordings_release_day_does_not_date_the_act_it_shows(text):
    assert _days(text, "2024-03-22") == [None]


def test_the_day_the_recording_was_made_dates_the_act():
    text = ("An Israeli drone killed four men in Khan Younis, a channel showed in a video "
            "aired on Thursday. The scenes were filmed from the drone in Khan Younis in "
            "February, showing the men being chased.")
    doc = _events(text, "2024-03-22")
    assert doc[0][2:] == (4, "2024-02-01")


@pytest.mark.parametrize("text,want", [
    # the act's own day stands beside the release's
    ("An airstrike killed five people in Deir al-Balah on Tuesday, according to a video "
     "posted on Wednesday.", ["2024-03-19"]),
    # a statement, not a recording: a telling's day, the best the report gives
    ("The army released a statement on Thursday saying its jets struck a Hamas post in "
     "Khan Younis.", ["2024-03-21"]),
    # a recording named with no release day
    ("Israeli jets struck a house in Rafah on Wednesday, and footage showed the ruins.",
     ["2024-03-20"]),
])
def test_near_misses_keep_their_day(text, want):
    assert _days(text, "2024-03-22") == want


@pytest.mark.parametrize("text,want", [
    ("in a video aired on Thursday evening", [True]),
    ("footage released Thursday shows", [True]),
    ("the army published footage on Sunday showing the strike", [True]),
    ("a video that Hamas published on Monday", [True]),
    ("images shared on social media on Friday", [True]),
    ("The army released a statement on Sunday.", [False]),
    ("The strike on Sunday was filmed.", [False]),
    ("the video, and on Monday troops withdrew", [False]),
])
def test_a_recordings_day_is_read_from_its_words(text, want):
    from datetime import date
    assert [a_recordings_day(text, d) for d in find_dates(text, date(2024, 3, 22))] == want


# --- 2. the start of a span ---------------------------------------------------------------

@pytest.mark.parametrize("text,published,want", [
    ("Eleven reservists were killed in Jabalia on Sunday, the worst single day for the army "
     "since the start of its ground operation against Hamas on Oct. 27.",
     "2024-01-23", [(11, "2024-01-21"), (None, "2023-10-27")]),
    ("Nine soldiers were killed in Rafah on Wednesday, the highest toll since the start of "
     "the ground operation in Rafah on May 6.",
     "2024-05-23", [(9, "2024-05-22"), (None, "2024-05-06")]),
])
def test_a_spans_start_is_no_second_word_for_the_deaths(text, published, want):
    assert [(n, d) for *_, n, d in _events(text, published)] == want


@pytest.mark.parametrize("text,published,want", [
    # the start told by a verb, no event word of its own
    ("Eleven reservists were killed in Jabalia on Sunday, the worst day since the ground "
     "operation began on Oct. 27.", "2024-01-23", [("Jabalia", 11, "2024-01-21")]),
    # one word for one attack, with one day
    ("Israeli jets struck Rafah on Monday, in a heavy bombardment of Rafah.", "2024-01-23",
     [("Rafah", None, "2024-01-22")]),
])
def test_near_misses_of_a_spans_start_are_unchanged(text, published, want):
    assert [(loc, n, d) for _, loc, n, d in _events(text, published)] == want


# --- 3. a speaker's day after deaths told the day before ----------------------------------

@pytest.mark.parametrize("text,published,want", [
    ("Eleven reservists were killed in Jabalia on Sunday.\n\nEight soldiers were killed in "
     "Beit Lahia when a house they were searching blew up, a military spokesman said on "
     "Monday evening.", "2024-01-23", ["2024-01-21", "2024-01-21"]),
    ("Three medics died in Rafah on Saturday. Two paramedics were killed when their "
     "ambulance was hit in Tal al-Sultan, the Red Crescent said on Sunday.", "2024-05-27",
     ["2024-05-25", "2024-05-25"]),
    # the sentence before ends on a since-phrase: its own day still
    ("Eleven reservists were killed in Jabalia on Sunday, the worst day since the start of "
     "the ground operation on Oct. 27.\n\nEight soldiers were killed in Beit Lahia, the "
     "military said on Monday.", "2024-01-23", ["2024-01-21", "2024-01-21"]),
])
def test_a_speakers_day_yields_to_the_deaths_day_told_before(text, published, want):
    assert _days(text, published) == want


@pytest.mark.parametrize("text,published,want", [
    # alone, the speaker's day is the report's best day for the deaths
    ("Two soldiers were killed in Rafah, the army said on Tuesday.", "2024-01-23",
     ["2024-01-23"]),
    # a day before with no deaths told
    ("Israeli jets struck Rafah on Sunday. Two soldiers were killed in Khan Younis, the army "
     "said on Tuesday.", "2024-01-23", ["2024-01-21", "2024-01-23"]),
    # the day before is a telling's own
    ("The ministry said on Monday that 20 people were killed in Gaza. Two soldiers were "
     "killed in Khan Younis, the army said on Tuesday.", "2024-01-23",
     ["2024-01-22", "2024-01-23"]),
    # deaths told long before the speaker's day
    ("Five people were killed in Jabalia on 2 January. Two soldiers were killed in Khan "
     "Younis, the army said on Tuesday.", "2024-01-23", ["2024-01-02", "2024-01-23"]),
])
def test_a_speakers_day_stands_where_no_deaths_day_was_told_just_before(text, published,
                                                                        want):
    assert _days(text, published) == want


@pytest.mark.parametrize("text,want", [
    ("Two soldiers were killed on Monday in Rafah, the army said on Tuesday.",
     [("Rafah", "2024-01-22")]),
    ("On Monday, two soldiers were killed in Rafah, the army said Tuesday.",
     [("Rafah", "2024-01-22")]),
    ("Two soldiers were killed in Rafah late Monday, the army said on Tuesday morning.",
     [("Rafah", "2024-01-22")]),
    # another act's day later in the sentence is not the deaths'
    ("Two soldiers were killed in Rafah, the army said on Tuesday, a day after a strike on "
     "Monday killed five in Khan Younis.",
     [("Rafah", "2024-01-23"), ("Khan Younis", "2024-01-22")]),
])
def test_a_speakers_day_yields_to_the_deaths_own_day_in_the_sentence(text, want):
    assert [(loc, d) for _, loc, _, d in _events(text, "2024-01-23")] == want
