"""A news lead and the sentences that tell its attack again (geoevents.told_again and the
folds of geoevents.event_merge): one event, at the site and on the day they give."""

import pytest

from geoevents import parse


def _placed(text, published):
    return [(e.location, e.event_date, e.fatalities)
            for e in parse(text, published=published).events]


def test_a_lead_told_overnight_takes_the_day_before_its_strike_names():
    text = ("An Israeli strike killed at least seven people in Gaza City overnight, medics "
            "said on Tuesday.\n\nThe strike late Monday hit a house in the city's Tel al-Hawa "
            "neighbourhood, the civil defence said.")
    assert _placed(text, "2024-12-17") == [("Tel al-Hawa", "2024-12-16", 7)]


def test_a_lead_told_overnight_keeps_its_day_when_the_strike_is_of_another():
    # (two days before: not the night the report ends)
    text = ("An Israeli strike killed at least seven people in Khan Younis overnight, medics "
            "said on Tuesday. The strike on Sunday hit a house in Bani Suheila.")
    assert ("Khan Younis", "2024-12-17", 7) in _placed(text, "2024-12-17")


def test_the_strike_told_again_with_its_day_and_its_site_is_the_lead():
    text = ("An Israeli air strike killed nine people in Gaza City, the health ministry said. "
            "The strike late on Friday hit an apartment in the Sheikh Radwan neighbourhood.")
    assert _placed(text, "2024-11-02") == [("Sheikh Radwan", "2024-11-01", 9)]


def test_the_strike_which_hit_a_site_places_the_one_strike_told():
    text = ("Israeli forces bombarded Gaza on Monday, where officials said one strike killed "
            "eight members of a family. The army did not comment on the strike, which medics "
            "said hit the family's home in the Nuseirat refugee camp.")
    assert _placed(text, "2024-06-24") == [("Nuseirat Camp", "2024-06-24", 8)]


def test_the_second_strike_which_hit_a_site_is_another():
    text = ("An Israeli strike killed eight people in Gaza City on Monday. The second strike, "
            "which hit a school in the Nuseirat refugee camp, killed three.")
    got = _placed(text, "2024-06-24")
    assert ("Gaza City", "2024-06-24", 8) in got and ("Nuseirat Camp", "2024-06-24", 3) in got


_UNNAMED_SCHOOL = ("Several Palestinians were killed in an Israeli airstrike near a school housing "
                   "displaced people in the central Gaza Strip on Sunday. ")


def test_a_school_told_unnamed_for_a_region_is_the_one_named_next():
    text = _UNNAMED_SCHOOL + ("Jets struck near the entrance of a school in the Bureij refugee "
                              "camp, witnesses said.")
    assert [loc for loc, *_ in _placed(text, "2024-05-05")] == ["Bureij Camp"]


@pytest.mark.parametrize("after", [
    "Separately, jets struck a school in the Bureij refugee camp.",
    "Jets struck a house in the Bureij refugee camp, witnesses said.",
])
def test_another_school_or_another_site_stays_apart(after):
    got = [loc for loc, *_ in _placed(_UNNAMED_SCHOOL + after, "2024-05-05")]
    assert sorted(got) == ["Bureij Camp", "central Gaza"]


def test_the_overnight_attack_told_again_is_the_one_of_the_day_before():
    text = ("An Israeli strike on Khan Younis on Saturday killed at least 11 people, medics "
            "said. The overnight attack, which targeted a family home, sparked outrage.")
    assert _placed(text, "2025-05-04") == [("Khan Younis", "2025-05-03", 11)]


def test_an_overnight_attack_told_two_days_after_is_another():
    text = ("An Israeli strike on Khan Younis on Friday killed at least 11 people, medics "
            "said. The overnight attack, which targeted a family home, killed four.")
    assert len(_placed(text, "2025-05-04")) == 2


def test_a_regions_one_strike_is_the_strike_placed_next():
    text = ("Israeli aircraft struck a residential block in northern Gaza on Wednesday, killing "
            "at least 23 people, officials said. The strike hit a four-story building in the "
            "Shijaiyah neighborhood of Gaza City, the civil defence said.")
    assert _placed(text, "2025-04-10") == [("Shejaia", "2025-04-09", 23)]


def test_a_regions_strikes_are_not_the_one_placed_next():
    text = ("Israeli aircraft struck houses across northern Gaza on Wednesday, killing at least "
            "23 people, officials said. The strike on a building in Shijaiyah killed five.")
    got = [loc for loc, *_ in _placed(text, "2025-04-10")]
    assert "northern Gaza" in got and "Shejaia" in got


def test_one_toll_at_one_kind_of_site_told_with_two_weapons_is_one_attack():
    text = ("Seven Palestinians were killed in an Israeli attack on a school sheltering displaced "
            "people in Beit Lahia on Tuesday. Israeli artillery struck the Zayd bin Haritha "
            "school, killing seven people, medics said.")
    assert _placed(text, "2024-10-23") == [("Zayd bin Haritha School", "2024-10-22", 7)]


def test_the_dead_counted_again_with_a_number_alone_are_placed():
    text = ("Four Israeli soldiers were killed in fighting in the northern Gaza Strip, the "
            "military said on Monday. According to a newspaper, the four were killed in a Hamas "
            "attack on a fortified position in Gaza City.")
    assert [(loc, n) for loc, _, n in _placed(text, "2025-09-08")] == [("Gaza City", 4)]


def test_the_strike_placed_next_in_the_town_of_a_compound_struck_is_that_strike():
    doc = parse("The Israeli military said its air force struck a Hamas compound in Rafah. The "
                "health ministry said 35 people were killed in the attack. The strike took "
                "place in Tel Al-Sultan neighborhood in western Rafah, where thousands of "
                "people were taking shelter after Israeli forces began a ground offensive "
                "over two weeks ago.", published="2024-05-27")
    strikes = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert [(e.location, e.fatalities, e.event_date) for e in strikes] == [
        ("Tel al-Sultan", 35, "2024-05-27")]


def test_an_exact_count_told_again_vaguely_keeps_the_number():
    doc = parse("At least two UNRWA employees were killed in the strike in Rafah on Wednesday, "
                "the agency said. Palestinian media reported that the Israeli attack on the "
                "centre in Rafah killed several people.", published="2024-03-13")
    assert [(e.location, e.fatalities) for e in doc.events] == [("Rafah", 2)]


def test_the_strike_told_again_at_a_town_of_the_region_it_was_told_for_is_placed_there():
    doc = parse("An Israeli strike at a UN school sheltering displaced Palestinians in central "
                "Gaza has killed more than 30 people, according to local health officials. "
                "The Israeli military said Hamas militants were operating from within the "
                "Nuseirat school. Witnesses said the pre-dawn strike hit the al-Sardi School in "
                "Nuseirat.", published="2024-06-06")
    strikes = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert [(e.location, e.fatalities) for e in strikes] == [("Nuseirat", 30)]


@pytest.mark.parametrize("text,place", [
    ("In one of the deadliest incidents for Israeli forces in recent months, eight soldiers "
     "were killed in southern Gaza after a Hamas ambush. The Qassam Brigades claimed "
     "responsibility for the attack, which occurred in the Tal as-Sultan district of Rafah.",
     "Tel al-Sultan"),
    ("Seven Israeli soldiers were killed in the southern Gaza Strip on Tuesday in fighting. "
     "The army spokesman said the soldiers were attacked in the southern Gaza city of Khan "
     "Younis.", "Khan Younis"),
])
def test_where_the_attack_told_for_a_region_occurred_places_it(text, place):
    doc = parse(text, published="2025-06-25")
    assert [e.location for e in doc.events] == [place]
