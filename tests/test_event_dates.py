"""Event rules on short sentences: the day of an event and its time precision."""

import pytest
from event_helpers import _events

from geoevents import parse


def test_same_place_and_type_on_two_days_are_two_events_with_distinct_ids():
    doc = parse("An airstrike hit Khan Younis on Monday, and another airstrike hit Khan Younis "
                "on Tuesday.", published="2024-07-03")
    assert [e.event_date for e in doc.events] == ["2024-07-01", "2024-07-02"]
    assert len({e.event_id for e in doc.events}) == 2


def test_a_datetime_published_gives_a_date():
    from datetime import datetime

    doc = parse("Airstrikes hit Rafah yesterday.", published=datetime(2024, 7, 2, 10))
    assert doc.events[0].event_date == "2024-07-01"


@pytest.mark.parametrize("text,expected", [
    ("On 24 November, 200 trucks were dispatched from Nitzana to the Rafah crossing.",
     [("Aid delivery", "Rafah Crossing", "2023-11-24")]),
    ("On 10 August, the Israeli military hit Al Tabi'een School in Gaza city, killing dozens.",
     [("Air/drone strike", "Al-Tabi'in School", "2023-08-10")]),
    ("Evacuation orders continued to be issued, with a new evacuation order on 20 November "
     "telling people in parts of Khan Younis and northern Rafah to move to Al Mawasi.",
     [("Evacuation order", "Khan Younis Governorate", "2023-11-20"),
      ("Evacuation order", "Rafah Governorate", "2023-11-20")]),
])
def test_ocha_update_phrasing(text, expected):
    got = [(e.sub_event_type, e.location, e.event_date)
           for e in parse(text, published="2023-11-25").events]
    assert got == expected


def test_a_date_after_since_the_something_is_not_the_event_date():
    text = ("Four trucks carrying cooking gas crossed into Gaza, the largest volume since the "
            "resumption of deliveries on 21 October.")
    assert [e.event_date for e in parse(text, published="2023-11-25").events] == ["2023-11-25"]


@pytest.mark.parametrize("text,expected", [
    # a daily update's "continued" is that day's news, not a state of affairs
    ("Heavy Israeli bombardment continued across central Gaza, the southern town of Khan "
     "Younis, and Jabalya Camp.", {"Air/drone strike"}),
    ("On 11 April, ISF announced that a ground operation had begun in central Gaza.",
     {"Armed clash"}),
    ("Following the withdrawal of ISF from Khan Younis on 11 April, UN agencies assessed "
     "the damage.", {"Non-violent transfer of territory"}),
])
def test_update_narrative(text, expected):
    assert {e.sub_event_type for e in parse(text, published="2024-04-16").events} == expected


def test_a_month_in_a_sentence_without_events_does_not_date_the_next_event():
    text = ("Aid fell to less than 80 trucks a day in June and July. Heavy fighting was "
            "reported in Khan Younis.")
    assert [e.event_date for e in parse(text, published="2024-08-09").events] == ["2024-08-09"]


def test_a_timeline_entry_dates_its_own_relative_days():
    text = ("23 January – Twenty-one Israeli soldiers are killed in an explosion in Khan Yunis.\n"
            "24 January – Fire broke out after a strike in Khan Yunis. At least 214 people are "
            "killed in the city during the past 24 hours by Israeli airstrikes.")
    got = {(e.event_date, e.fatalities) for e in parse(text, published="2024-02-12").events}
    assert ("2024-01-24", 214) in got and ("2024-01-23", 21) in got


def test_a_month_mentioned_in_passing_does_not_date_the_next_events():
    text = ("Date 9 July 2024\n\nIn July 2024, Israeli forces expanded incursions in Gaza City. "
            "At least 50 Palestinians were killed in strikes across Gaza City.")
    strikes = [(e.event_date, e.fatalities) for e in parse(text, published="2024-07-20").events
               if e.fatalities]
    assert strikes == [("2024-07-09", 50)]


def test_a_date_does_not_carry_into_the_next_item_of_a_digest():
    text = ("Monitors say 5,000 Palestinians were evacuated from northern Gaza on Monday.\n"
            "At least eight people are killed when an Israeli airstrike hits a house in Rafah.")
    got = {(e.location, e.event_date) for e in parse(text, published="2023-11-07").events}
    assert ("Rafah", "2023-11-07") in got


def test_a_date_carries_through_paragraphs_of_prose():
    text = ("Hind Rajab was killed on 29 January 2024 in Gaza City.\n\n"
            "Her family were fleeing Gaza City when their car was shelled, killing five.")
    got = {(e.location, e.event_date) for e in parse(text, published="2024-02-10").events}
    assert got == {("Gaza City", "2024-01-29")}


def test_days_earlier():
    text = "France condemned the bombing of Rafah four days earlier, which killed a staff member."
    assert [e.event_date for e in parse(text, published="2023-12-17").events] == ["2023-12-13"]


def test_the_month_of_may_is_not_the_modal_may():
    text = "On 25 May 2024, Israeli warplanes struck a house in Rafah, killing five people."
    assert _events(text, "2024-05-26") == [("Air/drone strike", "Rafah", 5, "2024-05-25")]


@pytest.mark.parametrize("text", [
    "On 20 February, UNRWA reported that an airstrike hit its school in Rafah on 18 February.",
    "UNRWA said on Tuesday that an airstrike hit its school in Rafah on Sunday, killing five.",
])
def test_the_date_of_the_telling_does_not_date_what_was_told(text):
    assert [e.event_date for e in parse(text, published="2024-02-22").events] == ["2024-02-18"]


def test_a_state_of_affairs_as_of_a_day_does_not_date_what_follows():
    text = ("On 13 July 2024, Israeli airstrikes hit al-Mawasi. As of 14 July 2024, Israel was "
            "still investigating the result. The ministry reported that 90 Palestinians "
            "were killed.")
    assert {e.event_date for e in parse(text, published="2024-07-15").events} == {"2024-07-13"}


def test_an_earlier_or_lasting_event_gets_no_day_of_another():
    text = ("The army had shelled targets in Shuja'iyya for weeks before invading on "
            "December 4.")
    got = {(sub, d) for sub, _, _, d in _events(text, "2023-12-26")}
    assert got == {("Shelling/artillery/missile attack", None), ("Armed clash", "2023-12-04")}


def test_a_previous_order_is_not_dated_by_todays_news():
    text = ("People who fled eastern Gaza city following a previous evacuation order have been "
            "sheltering in this school.")
    assert ("Evacuation order", None) in {(sub, d) for sub, _, _, d in _events(text)}


def test_in_recent_days_is_the_days_up_to_the_report():
    text = ("On 28 October, strikes hit Gaza City. All hospitals in Gaza City have received "
            "evacuation orders in recent days.")
    got = [(e.sub_event_type, e.event_date, e.time_precision)
           for e in parse(text, published="2023-10-29").events]
    assert ("Evacuation order", "2023-10-29", 2) in got


def test_a_definition_that_names_the_day_is_an_event():
    text = ("The Rafah offensive was an Israeli military offensive in and around the city of "
            "Rafah, beginning on 6 May 2024.")
    assert _events(text) == [("Armed clash", "Rafah", None, "2024-05-06")]


def test_since_a_recent_day_dates_the_period_by_its_first_day():
    text = ("Since 10 April, airstrikes and heavy fighting have been particularly intense in "
            "and around Nuseirat Refugee Camp.")
    assert {d for *_, d in _events(text, "2024-04-15")} == {"2024-04-10"}


def test_since_the_start_of_the_war_is_no_event_date():
    text = "Since 7 October, airstrikes have destroyed much of Beit Hanoun."
    assert all(d != "2023-10-07" for *_, d in _events(text, "2024-04-15"))


def test_the_time_of_the_airstrikes_is_a_time_not_an_event():
    text = ("At the time of the airstrikes, displaced Palestinians were told to seek refuge in "
            "the al-Shati refugee camp.")
    assert "Air/drone strike" not in {sub for sub, *_ in _events(text)}


@pytest.mark.parametrize("text,expected", [
    ("Nearly 360,000 people have fled Rafah since the first evacuation order a week ago.",
     "2024-05-06"),
    ("The Israeli forces' operation in An Nuseirat at the weekend killed many civilians.",
     "2024-05-11"),
    ("The Israeli attack on the Al Tabi'een school in Gaza City underscored the need for a "
     "ceasefire.", "2024-05-13"),
])
def test_dates_of_un_briefings(text, expected):
    assert {d for *_, d in _events(text, "2024-05-13")} == {expected}


def test_hostilities_continuing_are_dated_by_the_report_not_the_sentence_before():
    text = ("On 12 August, Hamas announced the killing of a hostage in captivity. She said that "
            "with hostilities continuing across the Strip, including in Rafah, the situation "
            "remains catastrophic.")
    got = {(sub, loc, d) for sub, loc, _, d in _events(text, "2024-08-13")}
    assert ("Armed clash", "Rafah", "2024-08-13") in got


def test_on_the_same_day_is_the_day_given_before():
    text = ("On 4 November, a school in Jabalia camp was hit by strikes. On the same day, "
            "strikes near a school in Nuseirat camp injured 11 people.")
    assert {d for *_, d in _events(text, "2023-11-05")} == {"2023-11-04"}


def test_a_reinvasion_and_fighting_since_earlier():
    text = ("It began on 5 October 2024 when the Israel Defense Forces reinvaded Jabalia and its "
            "refugee camp for the first time in months since earlier fighting.")
    assert _events(text, "2024-10-05") == [("Armed clash", "Jabalia", None, "2024-10-05")]


def test_before_and_during_an_operation_gives_no_day():
    text = ("Before and during the initial phase of the operation, Israeli forces conducted at "
            "least 50 airstrikes targeting the area of Rafah.")
    assert [d for *_, d in _events(text, "2024-05-26")] == [None]


def test_a_processed_sentence_as_of_a_day_does_not_date_what_follows():
    text = ("On 13 July 2024, Israeli airstrikes hit the Al-Mawasi area. As of 14 July 2024, "
            "Israel was still investigating the airstrikes. The ministry reported that at least "
            "90 Palestinians were killed.")
    assert {d for *_, d in _events(text, "2024-07-14")} == {"2024-07-13"}


def test_days_after_another_event():
    text = ("On 8 June 2024, a rescue operation was carried out in Nuseirat. The event took "
            "place two days after an Israeli airstrike in the Nuseirat refugee camp hit a "
            "school, killing 30.")
    assert ("Air/drone strike", "Nuseirat Camp", 30, "2024-06-06") in _events(text, "2024-06-09")


def test_a_next_line_that_speaks_of_what_was_told_keeps_its_date():
    text = ("The Secretary-General said late on Saturday that he was shocked by the loss of "
            "lives.\nThe strike took place close to the city of Khan Younis.")
    assert {d for *_, d in _events(text, "2024-07-14")} == {"2024-07-13"}


def test_this_comes_a_day_after_dates_the_earlier_event():
    text = ("Civilians are not safe anywhere in the Gaza Strip, OCHA warned on Thursday. This "
            "comes a day after Israel once again ordered the evacuation of large areas within "
            "Gaza, citing rocket fire into its territory.")
    assert _events(text, "2025-01-02") == [("Evacuation order", "Gaza Strip", None,
                                            "2025-01-01")]


def test_displaced_since_the_war_erupted_is_background():
    text = ("According to his family, they had been displaced at least six times since the Gaza "
            "war erupted in late 2023.")
    assert _events(text, "2024-07-03") == []


def test_a_digest_entry_credited_to_its_outlet_does_not_date_the_next_one():
    text = ("Hamas reports that the dead of an Israeli bombardment in northern Gaza yesterday "
            "rise to 87. (Reuters)\nSiege of Jabalia\nThe Israel Defense Forces announce that a "
            "colonel was killed by an IED in Jabalia, one of the most senior officers killed in "
            "the fighting in Gaza. (The Times of Israel)")
    found = _events(text, "2024-10-20")
    assert ("Remote explosive/landmine/IED", "Jabalia", 1, "2024-10-20") in found


@pytest.mark.parametrize("lead", [
    "As we said yesterday, hundreds of people are trapped in Khan Younis.",
    "The area is smaller than before Monday's evacuation order.",
])
def test_a_telling_day_or_a_day_that_names_a_thing_does_not_date_what_follows(lead):
    text = lead + " The UN received news that two schools in Khan Younis were hit."
    found = _events(text, "2024-07-24")
    assert ("Air/drone strike", "Khan Younis", None, "2024-07-24") in found


@pytest.mark.parametrize("text,expected", [
    ("Israeli munitions hit a location next to al-Quds hospital.",
     ("Air/drone strike", "Al-Quds Hospital")),
    ("Israel attacked the immediate surroundings of the Indonesian Hospital in Beit Lahia.",
     ("Air/drone strike", "Indonesian Hospital")),
    ("On 22 July 2024, Israel sent tanks into eastern Khan Yunis.",
     ("Armed clash", "Khan Younis")),
])
def test_timeline_wording_of_attacks(text, expected):
    assert expected in {(sub, loc) for sub, loc, _, _ in _events(text, "2024-07-22")}


def test_a_date_carries_into_the_next_paragraph_of_an_article():
    text = ("On 6 May, Hamas accepted a ceasefire deal proposed by Egypt and Qatar, but Israel's "
            "war cabinet unanimously rejected it as far from Israel's necessary demands, and "
            "indicated it would continue its operation against the armed groups in the city.\n"
            "After the rejection, Israel conducted airstrikes on Rafah. The IDF entered populated "
            "areas of the city on 14 May.")
    assert ("Air/drone strike", "Rafah", None, "2024-05-06") in _events(text, "2024-05-14")


def test_this_morning_does_not_point_back_at_the_last_line():
    text = ("OCHA says that Israeli military operations continue across the Gaza Strip.\n"
            "This morning, people waiting for supplies were reportedly killed in Deir al Balah. "
            "UNICEF said it was appalled by the reported killing of 15 Palestinians.")
    assert [sub for sub, loc, _, _ in _events(text, "2025-07-10") if loc == "Deir al-Balah"] \
        == ["Air/drone strike"]


def test_a_when_clause_with_no_day_is_a_time_frame():
    text = ("When Israel invaded Rafah, some citizens sheltered in Tel al-Sultan. On 26 May, an "
            "airstrike hit a camp in Tel al-Sultan.")
    assert [sub for sub, _, _, _ in _events(text, "2024-05-27")] == ["Air/drone strike"]


def test_an_operation_since_a_day_weeks_ago_starts_that_day_but_not_the_war():
    text = ("In northern Gaza, since 6 October 2024, the Israeli Forces have been carrying out a "
            "ground offensive around the area of Jabalia.")
    assert {d for *_, d in _events(text, "2024-11-13")} == {"2024-10-06"}
    text = ("Two UNRWA schools in Jabalia were hit by airstrikes, the first since 7 October "
            "to be hit twice.")
    assert {d for *_, d in _events(text, "2023-10-20")} == {"2023-10-20"}


def test_a_day_named_in_a_relative_clause_is_not_handed_on():
    text = ("On 1 December, hostilities resumed following a humanitarian pause that started on "
            "24 November. Heavy Israeli bombardments across Gaza have been reported.")
    assert {d for *_, d in _events(text, "2023-12-01")} == {"2023-12-01"}


def test_people_who_fled_with_no_day_are_who_they_are():
    text = ("People who fled eastern Gaza city, under fire, have been sheltering in this "
            "facility.")
    assert _events(text, "2024-07-08") == []
    found = _events("Families who fled Rafah on Monday are sheltering in schools.", "2024-07-10")
    assert ("Displacement", "Rafah", None, "2024-07-08") in found


def test_yesterday_and_overnight_is_dated_by_its_first_day():
    text = ("OCHA says that yesterday and overnight, the Israeli military carried out airstrikes "
            "across the Gaza Strip, with over 100 fatalities.")
    assert _events(text, "2025-10-29") == [("Air/drone strike", "Gaza Strip", 100, "2025-10-28")]


def test_a_truck_entering_for_the_first_time_since_the_war_began_is_news():
    text = ("A fuel truck enters the Gaza Strip through the Rafah Border Crossing from Egypt for "
            "the first time since the war began. (AFP)")
    assert _events(text, "2023-11-15") == [("Aid delivery", "Rafah Crossing", None, "2023-11-15")]


def test_a_battle_that_began_on_a_day_and_became_a_siege_in_a_month():
    text = ("The battle of Khan Yunis, which evolved into the siege of Khan Yunis in late January "
            "2024, began on 1 December 2023 in the midst of the Israeli invasion of the Gaza "
            "Strip.")
    assert {(sub, d) for sub, _, _, d in _events(text, "2025-03-20")} == {
        ("Armed clash", "2023-12-01"), ("Siege/encirclement", "2024-01-21")}


def test_an_updates_stock_line_names_no_event():
    text = ("Key Points\n- Strikes by Israeli Security Forces continue, with aerial, land and "
            "maritime bombardments across the Gaza Strip.\n- On 10 September, Israeli forces "
            "stopped a UN convoy at gunpoint at the Wadi Gaza checkpoint.")
    assert [(sub, loc) for sub, loc, _, _ in _events(text, "2024-09-10")] == [
        ("Attack", "Wadi Gaza")]


def test_displaced_since_7_october_is_a_war_total():
    text = "Almost 1.6 million people have been displaced across the Gaza Strip since 7 October."
    assert _events(text, "2023-11-08") == []


def test_what_continued_with_no_day_of_its_own_is_dated_by_the_report():
    text = ("Between the afternoons of 10 and 11 December, 208 Palestinians were killed. Heavy "
            "Israeli bombardments across Gaza continued, especially in Al Maghazi camp.")
    found = _events(text, "2023-12-11")
    assert ("Air/drone strike", "Maghazi Camp", None, "2023-12-11") in found


def test_a_span_from_the_evening_of_one_day_to_the_morning_of_the_next():
    text = ("Between the evening of 17 October and the morning of 18 October, residential "
            "buildings were targeted, including one in Al Bureij, resulting in 25 fatalities.")
    assert _events(text, "2023-10-18") == [("Air/drone strike", "Bureij", 25, "2023-10-17")]


def test_two_words_for_one_attack_with_two_days_are_dated_by_the_one_nearer_the_place():
    text = ("Between 23 and 26 December, heavy Israeli bombardment from air, land, and sea, "
            "continued across most of the Gaza Strip, specifically the Middle Area, where Israeli "
            "forces carried out more than 50 strikes on 24-25 December, on three refugee camps – "
            "Al Bureij, An Nuseirat, and Al Maghazi.")
    assert sorted(_events(text, "2023-12-26")) == [
        ("Air/drone strike", camp, None, "2023-12-24")
        for camp in ("Bureij Camp", "Maghazi Camp", "Nuseirat Camp")]


def test_after_7_october_is_the_wars_start_in_any_year():
    text = "Some 111 people were detained in the Gaza Strip after 7 October."
    assert {d for *_, d in _events(text, "2025-02-05")} == {"2023-10-07"}


@pytest.mark.parametrize("text", [
    "Israeli forces raided the Nuseirat refugee camp, rescuing four hostages kidnapped during "
    "the music festival massacre on October 7.",
    "Israeli forces raided the Nuseirat refugee camp; the army says the men were involved in "
    "the October 7 attack.",
])
def test_the_day_the_war_began_named_in_passing_dates_nothing(text):
    doc = parse(text, published="2024-06-08")
    assert {e.event_date for e in doc.events} == {"2024-06-08"}


def test_a_year_said_of_someone_in_passing_does_not_make_the_sentence_history():
    text = ("An Israeli airstrike in central Gaza kills Aziz Salha, known for his role in the "
            "2000 lynching.")
    assert [e.location for e in parse(text, published="2024-10-03").events] == ["central Gaza"]
    old = parse("The camp was established in 1948 for Palestinians who fled fighting.",
                published="2024-10-03")
    assert old.events == ()


def test_a_span_before_an_event_told_dates_from_it_and_names_no_new_one():
    doc = parse("On 26 May, an Israeli airstrike hit a camp in Tel al-Sultan, killing 45. One "
                "week before the bombing, Israel dropped leaflets over Tel al-Sultan ordering "
                "residents to leave.", published="2024-05-28")
    assert sorted((e.event_date, e.event_type) for e in doc.events) == [
        ("2024-05-19", "Strategic developments"), ("2024-05-26", "Explosions/Remote violence")]


def test_the_month_may_is_no_modal_verb():
    doc = parse("In early May, Israel ordered the evacuation of eastern Rafah.",
                published="2024-06-07")
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in doc.events] == [
        ("Evacuation order", "2024-05-01", 3)]


def test_what_came_a_day_before_a_told_event_is_dated_the_day_before():
    doc = parse("On 6 October, an Israeli airstrike hit a mosque in Deir al-Balah, killing 26. "
                "The airstrike took place a day after the Israeli army issued new evacuation "
                "orders affecting parts of Nuseirat refugee camp.", published="2024-10-06")
    assert sorted((e.sub_event_type, e.event_date, e.location) for e in doc.events) == [
        ("Air/drone strike", "2024-10-06", "Deir al-Balah"),
        ("Evacuation order", "2024-10-05", "Nuseirat Camp")]


def test_a_pause_agreed_with_its_start_day_between_is_an_agreement():
    doc = parse("A humanitarian pause to start on 24 November has been agreed between Israel "
                "and Hamas.", published="2023-11-23")
    assert [(e.sub_event_type, e.location) for e in doc.events] == [("Agreement", "Gaza Strip")]


@pytest.mark.parametrize("text,expected", [
    ("On 18 March, Israeli airstrikes hit Khan Younis, the largest attack since the beginning "
     "of a ceasefire which came into effect on 19 January.",
     [("Khan Younis", "Air/drone strike")]),
    ("A ceasefire in the Gaza Strip came into effect on 19 January.",
     [("Gaza Strip", "Agreement")]),
])
def test_a_ceasefire_named_as_a_time_is_not_an_agreement_told(text, expected):
    doc = parse(text, published="2025-03-18")
    assert [(e.location, e.sub_event_type) for e in doc.events] == expected


@pytest.mark.parametrize("text,expected", [
    ("Since the closure of the Rafah border crossing on 7 May 2024, aid delivery is "
     "seriously hampered.", [("Rafah Crossing", "2024-05-07")]),
    ("On August 6, the Israeli authorities closed the Kerem Shalom/Karam Abu Salem Crossing "
     "due to security concerns.", [("Kerem Shalom Crossing", "2024-08-06")]),
])
def test_a_closure_dated_by_its_since_phrase_and_a_crossing_of_two_names(text, expected):
    doc = parse(text, published="2024-08-26")
    assert [(e.location, e.event_date) for e in doc.events] == expected


def test_an_agreement_is_dated_when_agreed_not_when_it_is_to_start():
    doc = parse("A humanitarian pause to start on 24 November has been agreed between Israel "
                "and Hamas.", published="2023-11-23")
    assert [(e.event_date, e.sub_event_type) for e in doc.events] == [("2023-11-23", "Agreement")]


def test_a_withdrawal_named_as_the_time_of_a_raid_is_not_told_again():
    doc = parse("Israeli troops and tanks raid Khan Yunis in Gaza after abruptly withdrawing "
                "from the city earlier this month.", published="2024-04-22")
    assert [(e.location, e.sub_event_type) for e in doc.events] == [
        ("Khan Younis", "Armed clash")]


def test_what_has_gone_on_for_n_days_is_dated_by_its_first():
    text = ("The Israeli army has been operating in and around al-Shifa Hospital for seven "
            "consecutive days.")
    assert _events(text, "2024-03-24") == [("Armed clash", "Al-Shifa Hospital", None,
                                            "2024-03-18")]
    # a day the sentence names dates it, however long it went on
    text = ("On 20 March, the Israeli army, which has been operating in Khan Younis for seven "
            "days, stormed Nasser Hospital.")
    assert {d for *_, d in _events(text, "2024-03-24")} == {"2024-03-20"}


def test_the_day_of_what_is_responded_to_is_not_the_responses():
    text = ("In response to the limited release of bodies on Monday, Israel closes the Rafah "
            "crossing.")
    assert [(s, d) for s, _, _, d in _events(text, "2025-10-14")] == [
        ("Crossing opened or closed", "2025-10-14")]
    # a day of the main clause still dates it
    text = ("Following the release of bodies on Monday, Israel closed the Rafah crossing on "
            "Wednesday.")
    assert [(s, d) for s, _, _, d in _events(text, "2025-10-16")] == [
        ("Hostage or prisoner release", "2025-10-13"),
        ("Crossing opened or closed", "2025-10-15")]


def test_the_day_the_incident_took_place_dates_the_attack_told_before():
    text = ("UNRWA said Friday an aid convoy came under fire by the Israeli military in the "
            "Gaza Strip. According to UNRWA, the incident took place on Thursday afternoon.")
    assert [d for *_, d in _events(text, "2023-12-29")] == ["2023-12-28"]
    text = ("At least one Palestinian was killed after Israeli soldiers opened fire at a food "
            "distribution point in Gaza. The incident occurred on Tuesday when large crowds "
            "broke through fencing.")
    assert [d for *_, d in _events(text, "2025-05-28")] == ["2025-05-27"]
    # a day after the report's own is no day of what it tells
    text = ("Israeli soldiers opened fire at a food distribution point in Gaza on Tuesday. "
            "The incident occurred on 30 May, officials said.")
    assert [d for *_, d in _events(text, "2025-05-28")] == ["2025-05-27"]


def test_the_same_day_is_the_day_of_the_attack_told_before_not_a_periods_start():
    text = ("Israeli forces on Wednesday killed 25 Palestinians near an aid point in central "
            "Gaza. The media office reported that over 160 have been killed at these sites "
            "since the mechanism was introduced on May 27. In a separate attack the same day, "
            "four more Palestinians were killed when an Israeli drone targeted a tent in "
            "Al-Mawasi.")
    assert sorted((loc, d) for _, loc, _, d in _events(text, "2025-06-11")) == [
        ("al-Mawasi", "2025-06-11"), ("central Gaza", "2025-06-11")]
    # a day of its own is still the one "the same day" counts from
    text = ("Israeli strikes hit Rafah on 27 May, killing five. The same day, a drone strike "
            "killed two in Khan Younis.")
    assert sorted((loc, d) for _, loc, _, d in _events(text, "2025-06-11")) == [
        ("Khan Younis", "2025-05-27"), ("Rafah", "2025-05-27")]


def test_an_agency_dateline_gives_the_story_its_day():
    text = ("GAZA, Nov. 2 (Xinhua) -- An Israeli air strike hit the Bureij refugee camp on "
            "Thursday, killing 15 people.\n\nMeanwhile, Israel continued its strikes on the "
            "Jabalia refugee camp, killing at least 29.")
    assert [d for *_, d in _events(text, "2023-11-03")] == ["2023-11-02", "2023-11-02"]
    # a dateline far from the page's day is another story's, and no dateline is no day
    assert [d for *_, d in _events(text.replace("Nov. 2", "Oct. 2"), "2023-11-03")][1] == \
        "2023-11-03"
    assert [d for *_, d in _events(text.replace(" (Xinhua) --", ":"), "2023-11-03")][1] == \
        "2023-11-03"


def test_a_day_counted_back_is_no_earlier_event_without_a_day():
    text = ("The Israeli military on Thursday denied it had bombed an ambulance in Deir "
            "al-Balah a day earlier which killed four medics and two other people.")
    assert [d for *_, d in _events(text, "2024-01-11")] == ["2024-01-10"]


def test_the_strike_told_again_keeps_the_day_of_the_strike_told():
    text = ("Al Jazeera said Sunday two journalists in Gaza were killed by an Israeli air "
            "strike. The Israeli army acknowledged the strike, but said it was targeting a "
            "militant.")
    assert [d for *_, d in _events(text, "2024-01-08")] == ["2024-01-07"]
    # a sentence with a day of its own keeps it
    text = ("Two journalists in Gaza were killed by an Israeli air strike on Sunday. On "
            "Monday the strike was condemned and another air strike hit Gaza.")
    assert sorted(d for *_, d in _events(text, "2024-01-08")) == ["2024-01-07", "2024-01-08"]


def test_a_lead_with_no_day_takes_the_day_the_strike_is_told_with_next():
    text = ("An Israeli air strike on a compound in the northern Gaza Strip has killed one "
            "Palestinian, doctors say.\n\nMedical officials said that the strike late on Sunday "
            "night targeted a naval base, killing a policeman.")
    assert [(loc, d) for _, loc, _, d in _events(text, "2011-11-14")] == [
        ("northern Gaza", "2011-11-13")]
    # several attacks told with no day are not the one strike dated next
    text = ("Israel launched several attacks on Jabalia throughout the conflict. On October "
            "31, the attack on the camp killed more than 100 people.")
    assert "2023-11-05" in [d for *_, d in _events(text, "2023-11-05")]


def test_the_attack_on_a_day_dates_the_attack_told_before():
    text = ("July 11 (UPI) -- At least 15 Palestinians were killed in an Israeli airstrike as "
            "they waited outside a clinic in central Gaza.\n\nThe attack on Thursday came as "
            "families gathered awaiting the opening of the facility.")
    assert [d for *_, d in _events(text, "2025-07-11")] == ["2025-07-10"]


def test_the_parts_of_a_toll_take_its_day_and_the_hostages_of_7_october_are_israels():
    text = ("Gaza's civil defence agency said Thursday that Israeli bombardment killed at least "
            "24 people since midnight. Israel resumed its military campaign in the Gaza Strip on "
            "March 18, after a truce collapsed. An official said the toll included eight people "
            "killed in an Israeli air strike on a family home in Khan Yunis refugee camp.")
    assert ("Khan Younis Camp", "2025-05-01") in [
        (loc, d) for _, loc, _, d in _events(text, "2025-05-01")]
    text = ("On October 7, Hamas militants carried out an attack in southern Israel. Palestinian "
            "militants also kidnapped about 250 people, 129 of whom remain in the Gaza Strip.")
    assert "Abduction/forced disappearance" not in [s for s, *_ in _events(text, "2023-12-24")]


def test_a_days_toll_dates_the_deaths_told_next():
    text = ("Monday's death toll was among the highest in weeks. Israeli airstrikes killed at "
            "least 20 Palestinians in Jabalia, medics said.")
    assert [(e.location, e.event_date) for e in parse(text, published="2025-01-08").events] == [
        ("Jabalia", "2025-01-06")]


def test_a_days_order_still_names_another_thing():
    text = ("Before Monday's evacuation order, families had sheltered in schools. Israeli "
            "airstrikes killed at least 20 Palestinians in Jabalia, medics said.")
    assert [(e.location, e.event_date) for e in parse(text, published="2025-01-08").events
            if e.location == "Jabalia"] == [("Jabalia", "2025-01-08")]


def test_the_day_a_truce_ended_dates_nothing_told_next():
    text = ("Fighting resumed after the end of the week-long truce on December 1. Israeli "
            "airstrikes killed at least 20 Palestinians in Khan Younis, medics said.")
    got = [(e.location, e.event_date) for e in parse(text, published="2023-12-06").events
           if e.location == "Khan Younis"]
    assert got == [("Khan Younis", "2023-12-06")]


def test_an_operation_of_a_few_days_ago_has_no_day():
    text = ("The Israeli army expanded its ground operations to Khan Younis a few days ago, "
            "residents said.")
    assert [(e.location, e.event_date) for e in parse(text, published="2023-12-06").events] == [
        ("Khan Younis", None)]


def test_an_operation_of_two_days_ago_has_its_day():
    text = "The Israeli army expanded its ground operations to Khan Younis two days ago."
    assert [(e.location, e.event_date) for e in parse(text, published="2023-12-06").events] == [
        ("Khan Younis", "2023-12-04")]


def test_strikes_in_recent_days_told_beside_a_dated_order_have_no_day():
    events = parse("The evacuation order issued on Thursday covered Jabalia, an area where "
                   "Israel has carried out heavy airstrikes in recent days.",
                   published="2025-05-23").events
    assert {(e.sub_event_type, e.event_date) for e in events} == {
        ("Evacuation order", "2025-05-22"), ("Air/drone strike", None)}


def test_the_largest_strikes_in_recent_weeks_is_a_comparison_not_a_time():
    events = parse("Israeli jets struck Khan Younis on Tuesday, in what were some of the largest "
                   "strikes in Gaza in recent weeks.", published="2025-05-14").events
    assert [e.event_date for e in events] == ["2025-05-13"]


def test_the_month_of_the_attacks_on_israel_dates_no_strike_told_now():
    events = parse("At least 21 people were killed in an Israeli strike on a camp in al-Mawasi on "
                   "Tuesday. The strike came during ongoing operations following attacks by "
                   "Hamas-led militants on Israel in October 2023.",
                   published="2024-12-04").events
    assert "2023-10-01" not in {e.event_date for e in events}


def test_a_day_carries_into_the_next_paragraph_of_prose_one_line_break_on():
    text = ("An Israeli airstrike on a house in Gaza City's Zeitoun neighbourhood killed eight "
            "people on Monday, the civil defence agency said in a statement on its Telegram "
            "channel.\n"
            "Another Palestinian was killed in the Sheikh Radwan neighbourhood, while two more "
            "were killed in an airstrike in Khan Younis.")
    doc = parse(text, published="2024-07-03")
    assert {e.event_date for e in doc.events} == {"2024-07-01"}


def test_a_day_does_not_carry_into_the_next_item_of_a_list_of_short_lines():
    text = ("Israeli strikes hit Rafah on Monday, killing five.\n"
            "An airstrike hit a house in Khan Younis, killing three.")
    doc = parse(text, published="2024-07-03")
    assert [(e.location, e.event_date) for e in doc.events] == [
        ("Rafah", "2024-07-01"), ("Khan Younis", "2024-07-03")]


def test_earlier_this_month_gives_no_day():
    doc = parse("The army said it killed three Hamas commanders in an airstrike in northern "
                "Gaza earlier this month.", published="2024-10-03")
    assert [(e.location, e.event_date) for e in doc.events] == [("northern Gaza", None)]


def test_the_day_an_army_confirmed_the_deaths_is_not_carried_on():
    doc = parse("Seven Israeli soldiers were killed Tuesday when an explosive device hit their "
                "vehicle in Khan Yunis, the army confirmed Wednesday. Another explosive device "
                "hit a tank in Rafah.", published="2025-06-25")
    assert [(e.location, e.event_date) for e in doc.events] == [
        ("Khan Younis", "2025-06-24"), ("Rafah", "2025-06-24")]


@pytest.mark.parametrize("second", [
    "As dust from Wednesday's strike billowed through a street near Nasser Hospital, people "
    "were running in all directions.",
    "Residents said Wednesday’s strike destroyed the whole block.",
])
def test_a_lead_with_no_day_takes_the_day_its_strike_is_named_by(second):
    text = ("An Israeli air strike slammed into a residential building in Khan Younis, killing "
            "at least seven people, hospital authorities said. " + second)
    assert [(k, d) for _, _, k, d in _events(text, "2024-07-04")] == [(7, "2024-07-03")]


@pytest.mark.parametrize("text,expected", [
    ("The number of soldiers killed since the start of the Israeli ground operation in Gaza "
     "on Oct. 27 has risen to 271.", ("Armed clash", "Gaza Strip", "2023-10-27")),
    ("Before the launch of the Israeli military operation against Rafah on May 6, the city "
     "was home to over 1.5 million displaced Palestinians.",
     ("Armed clash", "Rafah", "2024-05-06")),
    ("Homes were destroyed since the start of the ground operation in Beit Hanoun on 27 "
     "October.", ("Armed clash", "Beit Hanoun", "2023-10-27")),
])
def test_a_campaign_named_as_a_time_with_its_first_day_is_an_event_of_that_day(text, expected):
    assert [(sub, loc, d) for sub, loc, _, d in _events(text, "2024-05-10")] == [expected]


@pytest.mark.parametrize("first,day", [
    ("Officials in Gaza say Sunday was the deadliest day since the fighting began.",
     "2021-05-16"),
    ("The ministry said Saturday saw the heaviest bombardment of the week.", "2021-05-15"),
])
def test_a_day_told_of_after_said_is_carried_on(first, day):
    text = first + "\n\nMore than 40 people were killed in the latest Israeli air strikes on Gaza."
    doc = parse(text, published="2021-05-17")
    assert [(e.fatalities, e.event_date) for e in doc.events if e.fatalities] == [(40, day)]


@pytest.mark.parametrize("text,expected", [
    ("An Israeli air strike on a house in Deir al-Balah has killed 15 people, Anadolu reported. "
     "In the early hours of Saturday morning, a man left his home in Deir al-Balah to buy "
     "bread, and when he returned all inside had been killed in an Israeli air strike.",
     [("Deir al-Balah", 15, "2024-10-26")]),
    ("The death toll from the strike on a mosque in Deir al Balah has risen to 24, Shehab "
     "reported on Sunday. On Saturday night, the army carried out a strike on a school and "
     "the mosque in the Gaza Strip town of Deir al Balah.",
     [("Deir al-Balah", 24, "2024-10-26")]),
])
def test_a_sentence_opening_with_a_day_dates_the_lead_told_by_the_report(text, expected):
    assert [(e.location, e.fatalities, e.event_date)
            for e in parse(text, published="2024-10-27").events] == expected


def test_the_day_of_a_telling_that_dated_the_attack_is_carried_on():
    text = ("The Israeli strike hit an ambulance at the Al-Shifa hospital, health officials said "
            "Friday. \"Israel targeted the convoy's second vehicle at al-Shifa, killing 15 "
            "people,\" a spokesman said.")
    doc = parse(text, published="2023-11-04")
    assert [(e.location, e.fatalities, e.event_date) for e in doc.events] == [
        ("Al-Shifa Hospital", 15, "2023-11-03")]


def test_a_day_recalled_from_long_before_the_news_is_not_carried_on():
    text = ("Gaza's civil defence agency said Thursday that Israeli bombardment killed at least "
            "24 people since midnight. Israel resumed its military campaign in the Gaza Strip "
            "on March 18, after a two-month truce collapsed. Four people were killed in an air "
            "strike in Gaza City's Al-Tuffah neighbourhood, he told AFP.")
    assert [(e.location, e.event_date) for e in parse(text, published="2025-05-01").events] == [
        ("Gaza Strip", "2025-05-01"), ("Tuffah", "2025-05-01")]


@pytest.mark.parametrize("text,days", [
    # a speaker's day opening a quote dates what the quote tells, not what follows it
    ("An air strike hit a school in Khan Younis on Friday, killing 3. “On Saturday, an air "
     "strike hit our house in Rafah,” a man said. Another strike hit a car in Deir al-Balah, "
     "killing 2.", ["2024-10-25", "2024-10-26", "2024-10-25"]),
    ("'On Saturday, an air strike hit our house in Rafah,' a man said. Another strike hit a "
     "car in Deir al-Balah, killing 2.", ["2024-10-26", "2024-10-27"]),
    # (but a quote that runs on, and a day the report tells itself, carry)
    ("“On Saturday, an air strike hit our house in Rafah. My two sons were killed,” a man "
     "said. Another strike hit a car in Deir al-Balah, killing 2.",
     ["2024-10-26", "2024-10-26"]),
    ("On Saturday, an air strike hit a house in Rafah. Another strike hit a car in Deir "
     "al-Balah, killing 2.", ["2024-10-26", "2024-10-26"]),
])
def test_a_day_opening_a_quote_is_the_speakers(text, days):
    assert [d for *_, d in _events(text, "2024-10-27")] == days


@pytest.mark.parametrize("text,day", [
    ("A humanitarian pause entered into force on 24 October. The 24 hours prior to the pause "
     "witnessed an intensification of Israeli strikes across Gaza.", "2024-10-23"),
    ("In the 24 hours before the ceasefire took effect on Sunday, Israeli airstrikes killed "
     "30 people in Rafah.", "2024-10-26"),
    ("On the day before the strike on 20 October, Israeli forces raided Jabalia.", "2024-10-19"),
    # (but not the hours up to the report, nor a day told before something)
    ("Israeli airstrikes killed 30 people in Rafah in the past 24 hours.", "2024-10-27"),
    ("Israeli forces raided Jabalia on Sunday before the ceasefire.", "2024-10-27"),
])
def test_the_hours_before_something_are_the_day_before_its_day(text, day):
    assert [d for *_, d in _events(text, "2024-10-27")][-1] == day


@pytest.mark.parametrize("text,day", [
    # a telling's night is the evening before the report's day
    ("In a statement we issued last night, the Secretary-General condemned the strike on a "
     "school in Jabalia.", "2024-10-26"),
    ("The ministry told reporters late last night that an airstrike killed 12 people in Khan "
     "Younis.", "2024-10-26"),
    # (an attack's night is the one that ends on the report's day)
    ("Israeli strikes last night killed 20 people in Rafah, officials said.", "2024-10-27"),
    ("Officials said strikes last night killed 20 people in Rafah.", "2024-10-27"),
])
def test_last_night_of_a_telling_is_the_day_before(text, day):
    assert [d for *_, d in _events(text, "2024-10-27")] == [day]


@pytest.mark.parametrize("text,days", [
    ("Between 25 October (noon) and 26 October (14:00), 252 Palestinians were killed in Gaza. "
     "Among the deadliest incidents were two airstrikes at about 1:30 a.m., hitting residential "
     "buildings in Az Zawaidah, killing 10 people, and in Tal As Sultan, killing 15 others.",
     ["2024-10-26", "2024-10-26"]),
    ("Between the afternoons of 25 and 26 October, 208 Palestinians were killed. At 04:00, an "
     "airstrike hit a house in Jabalia, killing 5.", ["2024-10-26"]),
    # (a time of the afternoon or evening is on the window's first day, and a morning time
    # with a day of its own on that day)
    ("Between the afternoons of 25 and 26 October, 208 Palestinians were killed. An airstrike "
     "hit a house in Jabalia in the evening, killing 5.", ["2024-10-25"]),
    ("Between 25 October (noon) and 26 October (14:00), 252 Palestinians were killed in Gaza. "
     "An airstrike at 3 p.m. hit a house in Rafah, killing 10 people.", ["2024-10-25"]),
    ("On 25 October, at about 1:30 a.m., an airstrike hit a house in Rafah, killing 10 people.",
     ["2024-10-25"]),
])
def test_a_morning_time_in_a_window_from_the_afternoon_is_its_second_day(text, days):
    assert [d for *_, d in _events(text, "2024-10-27")] == days


@pytest.mark.parametrize("text,days", [
    # a quote opening with its speaker's "today" in a report of the day before
    ("Israel attacked a shelter belonging to MSF in the Gaza Strip on Saturday, killing at "
     "least two people. \"Tonight Israeli forces conducted an operation in Al Mawasi, Khan "
     "Younis, where a shelter hosting MSF staff was shelled,\" MSF said on X.",
     ["2024-10-26"]),  # (one shelling of one shelter, at the quote's site, on its day)
    # (not the report's own "today", nor a quote in a report of a day long before)
    ("Israel attacked a shelter in Khan Younis on Saturday, killing two people. Today, an "
     "airstrike hit a house in Rafah.", ["2024-10-26", "2024-10-27"]),
    ("Israel attacked a shelter in Khan Younis on 10 October, killing two people. \"Today, an "
     "airstrike hit our house in Rafah,\" a man said.", ["2024-10-10", "2024-10-27"]),
])
def test_a_quote_opening_with_today_is_the_speakers_day(text, days):
    assert [d for *_, d in _events(text, "2024-10-27")] == days


@pytest.mark.parametrize("text,days", [
    # the lead, dated by the report, told again further on with its day
    ("An Israeli air strike killed five people in Rafah, medics said. The UN called for an "
     "inquiry. It said an investigation into the incident of 22 October was needed.",
     ["2024-10-22"]),
    ("Two Israeli strikes hit a hospital in Khan Younis, killing 20 people, officials said. "
     "Video shows a second strike hitting rescuers at the scene of the initial attack on the "
     "hospital on Friday.", ["2024-10-25"]),
    ("An Israeli strike in Al-Mawasi killed a police chief, the army said. \"There is no safe "
     "zone,\" the UN agency said. Friday's death toll was among the highest in weeks.",
     ["2024-10-25"]),
    ("Gaza City, (APP - 27th Oct, 2024) The UN agency said Sunday an aid convoy came under "
     "fire by the Israeli military in the Gaza Strip.\n\n\"Soldiers fired at the convoy,\" its "
     "director wrote on X.\n\nAccording to the agency, the incident took place on Friday "
     "afternoon.", ["2024-10-25"]),
    ("The Israeli air strikes that killed seven aid workers drew condemnation. These attacks "
     "brought the number of aid workers killed in Gaza to 224. The Council noted the "
     "investigation into the incident of 20 October.", ["2024-10-20"]),
])
def test_the_lead_told_again_with_its_day_takes_that_day(text, days):
    assert [d for *_, d in _events(text, "2024-10-27")] == days


@pytest.mark.parametrize("text, expected", [
    ("On 17 December, the Kerem Shalom crossing opened for the delivery of aid for the first "
     "time since 7 October; 79 trucks entered through Kerem Shalom on that day.", "2023-12-17"),
    ("On 20 October, the Rafah crossing opened for the first time since the war began on 7 "
     "October, and 20 trucks entered the Gaza Strip the same day.", "2023-10-20"),
])
def test_that_day_is_the_day_told_not_a_periods_start(text, expected):
    got = {e.event_date for e in parse(text, published="2023-12-19").events
           if e.sub_event_type == "Aid delivery"}
    assert got == {expected}


@pytest.mark.parametrize("text", [
    "On Monday, five rockets were launched from Khan Younis toward Israel. The IDF calls on the "
    "residents of Jabalia and Beit Lahia to move south to al-Mawasi.",
    "On Monday, troops struck a launcher in Rafah. The army urges residents of Beit Hanoun to "
    "evacuate immediately.",
    "On Monday, troops struck a launcher in Rafah. The Israeli military once again calls on "
    "residents of Gaza City to move south of Wadi Gaza.",
])
def test_a_call_in_the_present_is_of_the_statements_day(text):
    got = {e.event_date for e in parse(text, published="2024-10-08").events
           if e.sub_event_type == "Evacuation order"}
    assert got == {"2024-10-08"}


@pytest.mark.parametrize("text,day", [
    ("A strike in Rafah killed 20 people, many of them relatives who had come south from Gaza "
     "City after Israel ordered them to move last week.", "2024-10-27"),
    ("A drone strike on a tent in Deir al-Balah killed three brothers who had left eastern "
     "Khan Younis in May.", "2024-10-27"),
    ("An airstrike on a school in Nuseirat on Friday killed 11 people who had fled Jabalia "
     "earlier this month.", "2024-10-25"),
    ("Shelling in Khan Younis killed four relatives who had been displaced from Gaza City on "
     "13 October.", "2024-10-27"),
    ("An airstrike on Monday killed six people who had escaped from Beit Hanoun last week.",
     "2024-10-21"),
])
def test_the_day_the_dead_had_fled_is_not_the_strikes(text, day):
    got = {d for sub, _, _, d in _events(text, "2024-10-27")
           if sub in ("Air/drone strike", "Shelling/artillery/missile attack")}
    assert got == {day}


@pytest.mark.parametrize("text", [
    "The aid site began operating on Monday. Gaza's health ministry says at least 25 people "
    "were killed in Israeli strikes across the territory since dawn.",
    "The crossing reopened on Monday. Israeli strikes have killed at least 25 people in "
    "Khan Younis since midnight, medics said.",
    "Talks resumed in Cairo on Monday. At least 12 people were killed in Rafah since early "
    "morning, the civil defence said.",
])
def test_a_toll_since_dawn_is_of_the_telling_not_an_earlier_sentences_day(text):
    got = {e.event_date for e in parse(text, published="2024-10-27").events
           if e.fatalities}
    assert got == {"2024-10-27"}


@pytest.mark.parametrize("text,day", [
    # a day named after "since dawn" is the day
    ("Israel struck Rafah on Monday. Since dawn on Monday, 20 people were killed in Khan "
     "Younis.", "2024-10-21"),
    ("Since midnight last Tuesday, 20 people were killed in Khan Younis.", None),
])
def test_since_dawn_with_a_day_named_after_it_keeps_that_day(text, day):
    got = {e.event_date for e in parse(text, published="2024-10-27").events
           if e.location == "Khan Younis"}
    assert "2024-10-27" not in got and (day is None or got == {day})


def test_a_bullet_that_points_back_goes_on_with_the_last_ones_day():
    text = ("• On 8 November, about 50,000 people moved from northern Gaza to the south.\n"
            "• Those fleeing reported seeing people arrested at an Israeli checkpoint.")
    got = [(e.sub_event_type, e.event_date) for e in parse(text, published="2023-11-09").events]
    assert got == [("Arrests", "2023-11-08")]


def test_a_bullet_of_its_own_takes_no_day_from_the_last():
    text = ("• On 8 November, 106 trucks entered Gaza through the Rafah crossing.\n"
            "• The Israeli army arrested ten people at a checkpoint in Beit Lahia.")
    got = {e.sub_event_type: e.event_date for e in parse(text, published="2023-11-09").events}
    assert got["Arrests"] == "2023-11-09"


@pytest.mark.parametrize("text", [
    "On 6 November, about 50,000 people moved south, up from 15,000 on 5 November. An "
    "Israeli airstrike hit a house in Rafah.",
    "On 6 November, 40 trucks entered Gaza, compared with 60 on 5 November. An Israeli "
    "airstrike hit a house in Rafah.",
])
def test_the_day_a_figure_is_compared_with_does_not_date_what_follows(text):
    got = [e.event_date for e in parse(text, published="2023-11-09").events
           if e.sub_event_type == "Air/drone strike"]
    assert got == ["2023-11-06"]


# -- a day a later clause's speaker tells for another event --------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Meanwhile in northern Gaza, Israeli troops battled militants for a sixth day in the "
     "Jabaliya refugee camp, and the military said five soldiers were killed Wednesday night "
     "by tank fire in what it called a friendly-fire incident.",
     {("Armed clash", "2024-05-17"), ("Shelling/artillery/missile attack", "2024-05-15")}),
    ("Israeli troops fought Hamas gunmen in Shujaiya for a third day, and the army said two "
     "soldiers were killed on Tuesday when a roadside bomb exploded near their tank.",
     {("Armed clash", "2024-05-17"), ("Remote explosive/landmine/IED", "2024-05-14")}),
])
def test_a_day_another_clause_tells_for_its_own_event_does_not_date_this_one(text, expected):
    assert {(e.sub_event_type, e.event_date)
            for e in parse(text, published="2024-05-17").events} == expected


# -- the attack on Israel as a clause, running totals, tellings recalled ---------------
def test_the_day_hamas_stormed_israel_dates_nothing_told():
    text = ("Families fled Beit Lahia, a town that has been pounded from the air since Hamas "
            "gunmen stormed southern Israel on Saturday. About 70 people were killed when "
            "vehicles were hit on Salah al-Din Road in the afternoon.")
    got = [(sub, d) for sub, _, _, d in _events(text, "2023-10-13")]
    assert ("Air/drone strike", "2023-10-07") not in got
    assert {d for _, d in got} == {"2023-10-13"}
    assert not any(sub == "Armed clash" for sub, _ in got)


@pytest.mark.parametrize("text", [
    "The army announced the deaths of two more soldiers in northern Gaza, bringing to 16 the "
    "number killed since ground operations expanded on Friday.",
    "Israeli forces killed three fighters in Khan Younis, raising the toll since the offensive "
    "began on Friday to 40.",
])
def test_the_start_of_a_running_total_is_not_the_days_deaths(text):
    assert {d for _, _, n, d in _events(text, "2023-11-01") if n} == {"2023-11-01"}


def test_a_day_in_a_telling_recalled_is_not_handed_on():
    text = ("The ministry said dozens were killed in Jabalia, a day after it said more than 50 "
            "people died in a strike on the camp on Tuesday. Four people were killed in Rafah.")
    got = {(place, d) for _, place, _, d in _events(text, "2023-11-01")}
    assert ("Rafah", "2023-11-01") in got and ("Jabalia", "2023-10-31") in got


def test_a_day_whose_strike_is_told_of_is_not_the_tellings():
    text = ("The army said Tuesday's strike killed a Hamas commander in Jabalia. Two soldiers "
            "were killed in northern Gaza.")
    got = {(place, d) for _, place, _, d in _events(text, "2023-11-01")}
    assert got == {("Jabalia", "2023-10-31"), ("northern Gaza", "2023-11-01")}


# -- days to come, a news conference's day, days of relative clauses -------------------
@pytest.mark.parametrize("text", [
    "The prime minister said the truce would take effect on Sunday. Residents said strikes "
    "hit homes in Jabalia.",
    "The crossing is due to reopen on Monday. Strikes hit homes in Jabalia.",
    "A general strike was called for Monday. Israeli strikes hit homes in Jabalia.",
    "The prime minister told a news conference in Doha on Wednesday night that a deal had "
    "been reached. Residents said strikes hit homes in Jabalia.",
    "The hostages were found in a tunnel in Rafah, about a kilometer from where another "
    "hostage was rescued last week. They had been shot at close range.",
    "The doctor who lost nine of her children in a strike on Tuesday spoke. Israeli strikes "
    "killed five people in Jabalia.",
])
def test_days_that_date_nothing_told_next(text):
    # (the rescue "last week" is an event of its own, on its own day)
    got = {d for sub, place, _, d in _events(text, "2025-01-16")
           if place in ("Jabalia", "Rafah") and sub != "Hostage or prisoner release"}
    assert got == {"2025-01-16"}


def test_the_dead_told_again_with_the_eve_date_the_overnight_strike():
    text = ("An Israeli air strike on Maghazi camp killed at least 70 people overnight, officials "
            "said. Most of the dead were from families whose homes were hit late on Wednesday. "
            "Residents reported tank fire east of Bureij.")
    got = [(place, n, d) for _, place, n, d in _events(text, "2025-01-16")]
    assert got == [("Maghazi Camp", 70, "2025-01-15"), ("Bureij", None, "2025-01-16")]


# -- a report's own day: "valid as of", a live page's entries --------------------------
def test_a_situation_report_is_of_the_day_its_information_is_valid_as_of():
    text = ("UNRWA Situation Report #61\n\nAll information is valid as of 9 January 2024 at "
            "22:30 (local time).\n\nDisplacement from Khan Younis towards Rafah continues.")
    assert [d for _, _, _, d in _events(text, "2024-01-10")] == ["2024-01-09"]


def test_a_live_pages_entry_does_not_take_the_day_of_the_one_before():
    text = ("Live updates\n\nPosted at 09:40\nWhat happened\nMilitants fired a grenade at a tank "
            "in central Gaza on Monday, killing 21 soldiers.\n\nPosted at 08:55\nHospitals "
            "surrounded\nThe IDF says troops have encircled Khan Younis and are fighting in the "
            "west of the city.")
    got = {(place, d) for _, place, _, d in _events(text, "2024-01-10")}
    assert got == {("central Gaza", "2024-01-08"), ("Khan Younis", "2024-01-10")}



@pytest.mark.parametrize("stamp", [
    "13 May 2024 09:40 GMT", "Updated 13 May 2024 10:15 BST", "2024-05-13 09:40",
    "Posted on Monday, May 13, 2024 at 9:40 a.m."])
def test_a_live_pages_dated_stamp_dates_the_entry_under_it(stamp):
    # the entry on the very next line, and its relative days, are of the stamp's day
    text = (f"Gaza war live\n\n{stamp}\nTanks shelled homes in Beit Lahia overnight, "
            "residents said.\n\nA drone struck a car in Deir al-Balah, killing two.\n\n"
            "14 May 2024 08:05 GMT\nAn air strike on a school in Nuseirat killed six.")
    got = {(place, d) for _, place, _, d in _events(text, "2024-05-16")}
    assert got == {("Beit Lahia", "2024-05-13"), ("Deir al-Balah", "2024-05-13"),
                   ("Nuseirat", "2024-05-14")}


def test_a_weekday_under_a_dated_stamp_is_the_one_before_the_stamps_day():
    text = ("Gaza war live\n\n13 May 2024 09:40 GMT\nA drone struck a car in Deir al-Balah on "
            "Sunday, killing two.\n\n20 May 2024 08:05 GMT\nAn air strike on a school in "
            "Nuseirat killed six.")
    got = {(place, d) for _, place, _, d in _events(text, "2024-05-20")}
    assert got == {("Deir al-Balah", "2024-05-12"), ("Nuseirat", "2024-05-20")}


def test_a_weekday_in_a_timeline_entry_is_the_one_before_the_entrys_day():
    text = ("23 January – Twenty-one Israeli soldiers are killed in an explosion in Khan Yunis.\n"
            "24 January – An air strike on a school in Rafah on Monday killed six people.")
    got = {(e.location, e.event_date) for e in parse(text, published="2024-02-12").events}
    assert ("Rafah", "2024-01-22") in got

def test_a_stamp_with_no_day_ends_the_dated_stamps_day():
    # "Posted at 08:55": an entry of the page's own day, as before
    text = ("Gaza war live\n\n13 May 2024 09:40 GMT\nA drone struck a car in Deir al-Balah, "
            "killing two.\n\nPosted at 08:55\nTanks shelled homes in Beit Lahia overnight.")
    got = {(place, d) for _, place, _, d in _events(text, "2024-05-16")}
    assert got == {("Deir al-Balah", "2024-05-13"), ("Beit Lahia", "2024-05-16")}

# -- the day of the attack told before, the war's first day ----------------------------
def test_hours_after_the_strike_told_is_its_day():
    text = ("Saturday's strike on a tent camp in al-Mawasi killed at least 90 people. Hours after "
            "the Muwasi strike, an airstrike on a prayer hall in the Shati refugee camp killed at "
            "least 20 people.")
    assert _events(text, "2024-07-14") == [
        ("Air/drone strike", "al-Mawasi", 90, "2024-07-13"),
        ("Air/drone strike", "Beach Camp", 20, "2024-07-13")]


def test_the_hostages_abducted_on_october_7_date_nothing_after():
    text = ("They were abducted by the Hamas terrorist organization on October 7 from the Nova "
            "music festival. Israeli aircraft struck launch posts in Bureij.")
    assert _events(text, "2024-06-08") == [("Air/drone strike", "Bureij", None, "2024-06-08")]


# -- background: what led to a state, a campaign's length, a truce that holds -----------
@pytest.mark.parametrize("text,published", [
    ("Nasser Hospital, already strained after the nearby European Hospital was evacuated "
     "earlier this month, was overwhelmed.", "2024-07-14"),
    ("The Israeli operation in Jabalia is now in its 13th day.", "2024-10-18"),
    ("• The ceasefire that took effect on 19 January continues to hold. On 8 February, three "
     "Israeli hostages were released in Deir al Balah.", "2025-02-09"),
])
def test_background_of_a_state_is_no_event(text, published):
    assert [sub for sub, _, _, d in _events(text, published)
            if sub in ("Displacement", "Armed clash", "Agreement")] == []


def test_what_was_done_after_a_days_attack_is_of_that_day():
    text = ("After a siege that lasted for more than three weeks and ended with the army "
            "storming Kamal Adwan Hospital on Friday, the forces detained 44 medical staff.")
    # (the detentions, made in the storming, are its own: see event_merge.detained_in_a_raid)
    assert {d for _, _, _, d in _events(text, "2024-10-26")} == {"2024-10-25"}


def test_a_death_told_again_by_name_with_its_day_dates_the_lead():
    text = ("Hamas has confirmed that Yahya Sinwar was killed in Gaza. The IDF says Sinwar was "
            "killed on Wednesday in Tel al-Sultan.")
    assert [d for _, _, _, d in _events(text, "2024-10-18")] == ["2024-10-16"]


def test_what_followed_on_another_day_is_dated_that_day():
    from event_helpers import _events as told
    got = told("On 18 March, orders were issued for Beit Hanoun, followed on 20 March by further "
               "orders for Beit Lahia and areas of Shejaia.", "2025-03-20")
    assert [(loc, day) for _, loc, _, day in got] == [
        ("Beit Hanoun", "2025-03-18"), ("Beit Lahia", "2025-03-20"), ("Shejaia", "2025-03-20")]


@pytest.mark.parametrize("text,published", [
    # a toll counted since a day weeks before the report
    ("The Ministry of Health said that since the ceasefire took effect on October 10, 318 "
     "citizens have been martyred and 788 injured in Khan Younis.", "2025-11-22"),
    ("At least 40 aid workers have been killed in Rafah since 1 May.", "2024-06-12"),
    # how long a campaign has gone on, and the state it has left
    ("Three weeks in, the camp is encircled, and residents of Jabalia and Beit Lahia have "
     "been told to move south.", "2024-10-30"),
    ("In Zeitoun and Shejaia, tanks have pushed in over the past month.", "2025-09-14"),
    # the truce recalled with the war's toll
    ("The ceasefire and prisoner exchange deal took effect on Jan. 19, pausing an Israeli war "
     "that has killed more than 47,300 Palestinians.", "2025-01-27"),
])
def test_running_totals_and_standing_states_are_background(text, published):
    assert _events(text, published) == []


@pytest.mark.parametrize("text,published,want", [
    # a few days since: the news of the days, dated by the first
    ("Since Monday, Israeli strikes have killed 20 people in Jabalia.", "2024-10-27",
     ("Jabalia", "2024-10-21")),
    # a flight counted since a day is still the Strip's displacement
    ("Since 6 September, about one million people have fled Rafah.", "2024-10-27",
     ("Rafah", "2024-09-06")),
    # weeks in, then what troops did
    ("Three weeks in, troops stormed the hospital in Jabalia.", "2024-10-27",
     ("Jabalia", "2024-10-27")),
    # news after the truce's recap
    ("A ceasefire took effect on Sunday, halting a war that has killed 40,000 people; hours "
     "later Israeli strikes killed 5 people in Rafah.", "2024-10-27", ("Rafah", "2024-10-27")),
])
def test_news_beside_a_since_or_a_state_stays(text, published, want):
    assert want in {(loc, d) for _, loc, _, d in _events(text, published)}


def test_a_window_to_a_time_of_its_last_day_is_dated_by_its_first():
    text = ("Between the early hours of 18 March and noon on 20 March, at least 504 Palestinians "
            "were killed across the Gaza Strip, according to the Ministry of Health.")
    assert [(n, d) for _, _, n, d in _events(text, "2025-03-20")] == [(504, "2025-03-18")]


def test_a_death_told_again_with_its_day_dates_a_lead_on_an_agency_dateline():
    text = ("JERUSALEM/GAZA, Oct. 17 (Xinhua) -- The Israeli army said on Thursday that Hamas "
            "leader Yahya Sinwar was killed in the southern Gaza Strip city of Rafah.\n\n"
            "According to an Israeli military statement, Sinwar was killed on Wednesday in the "
            "Tal as-Sultan neighborhood of Rafah.")
    assert [d for _, _, _, d in _events(text, "2024-10-17")] == ["2024-10-16"]


@pytest.mark.parametrize("text,want", [
    # that many weeks before the report's day
    ("The killings come two weeks after our correspondent and four colleagues were killed in "
     "a strike on a media tent outside al-Shifa Hospital.", "2025-08-11"),
    # the war's start is no event counted back from
    ("Two weeks after the war began, Israeli strikes killed 10 people in Rafah.", "2025-08-25"),
    # a day of its own told
    ("Two weeks after the evacuation order, Israeli strikes killed 10 people in Rafah on "
     "Tuesday.", "2025-08-19"),
])
def test_weeks_after_count_back_from_the_day(text, want):
    assert [d for _, _, _, d in _events(text, "2025-08-25")] == [want]


@pytest.mark.parametrize("text,days", [
    ("On 20 and 21 October, WHO delivered fuel and food to Al-Shifa Hospital.",
     ["2024-10-20", "2024-10-21"]),
    ("On 20 and 25 October, WHO delivered fuel to Al-Shifa Hospital.",
     ["2024-10-20", "2024-10-25"]),
])
def test_aid_told_for_two_days_is_a_delivery_on_each(text, days):
    got = [d for s, _, _, d in _events(text, "2024-10-27") if s == "Aid delivery"]
    assert got == days


def test_the_day_a_body_was_handed_over_not_the_day_it_was_identified():
    text = ("The forensic institute confirmed overnight that the body handed over by Hamas in "
            "Khan Younis late Friday is that of Shiri Bibas.")
    got = [d for s, _, _, d in _events(text, "2025-02-22") if s == "Hostage or prisoner release"]
    assert got == ["2025-02-21"]


def test_the_day_of_an_order_for_strikes_does_not_date_the_strikes_told_next():
    # "ordered powerful strikes on Saturday ... Hospitals said strikes hit homes": the strikes
    # ran overnight, the report's day, not the order's
    got = parse("Israeli strikes killed 30 people overnight, the ministry said Sunday. The prime "
                "minister ordered powerful strikes on Saturday. Hospitals said strikes hit homes "
                "in Jabalia.", published="2024-10-27").events
    assert ("Jabalia", "2024-10-27") in [(e.location, e.event_date) for e in got]
    # nor does the start of a truce the toll is measured from
    got = parse("It was the deadliest day since the ceasefire took effect nearly three weeks "
                "ago. Strikes hit homes in Jabalia.", published="2024-10-27").events
    assert [(e.location, e.event_date) for e in got] == [("Jabalia", "2024-10-27")]


# -- a night up to the report, a night into a named day -------------------------------
@pytest.mark.parametrize("text,day", [
    ("Since yesterday evening, Israeli aircraft have carried out dozens of strikes on Khan "
     "Younis, killing 30 people.", "2025-10-29"),
    ("Occupation aircraft launched more than 30 raids on Jabalia since Tuesday evening.",
     "2025-10-29"),
    ("Airstrikes overnight into Sunday killed 9 people in Rafah.", "2025-10-26"),
    ("Strikes overnight into 27 October hit homes in Bureij.", "2025-10-27"),
    ("Airstrikes from Monday night into Tuesday killed 9 people in Rafah.", "2025-10-28"),
])
def test_a_night_is_dated_by_the_morning_it_runs_into(text, day):
    assert [e.event_date for e in parse(text, published="2025-10-29").events] == [day]


# -- days the sentence names for something else -----------------------------------------
@pytest.mark.parametrize("text,day", [
    # the start of a place's state, in a relative clause after it
    ("Tanks shelled the area near the Kerem Shalom crossing, which has been shut since the "
     "army closed it last week.", "2024-05-14"),
    # a truce's start
    ("Israeli strikes killed 20 people in Jabalia in a breach of the truce that took effect "
     "on 10 May.", "2024-05-14"),
    ("The ceasefire that took effect on 10 May was broken when Israeli strikes killed 20 "
     "people in Jabalia on Monday.", "2024-05-13"),
    # the start of what goes on
    ("Israeli forces continued the offensive in Jabalia launched on 5 May, and residents "
     "reported heavy shelling.", "2024-05-14"),
])
def test_a_day_named_in_passing_does_not_date_the_event(text, day):
    assert {e.event_date for e in parse(text, published="2024-05-14").events
            if e.sub_event_type != "Agreement"} == {day}


def test_a_day_named_in_passing_is_not_handed_on():
    for first in ("Tanks shelled the area near the Kerem Shalom crossing, which has been shut "
                  "since the army closed it last week.",
                  "Qatar said Israel and Hamas agreed to a truce, due to begin on 19 May."):
        doc = parse(first + " A drone strike killed two people in Nuseirat.",
                    published="2024-05-14")
        assert [e.event_date for e in doc.events if e.location == "Nuseirat"] == ["2024-05-14"]


_TIMELINE = ("On 5 May, Hamas rockets hit an army post near Kerem Shalom.\n\n"
             "On 6 May, the IDF ordered residents of eastern Rafah to leave. Overnight Israeli "
             "strikes on Rafah killed 19 people.\n\n"
             "On 7 May, Israeli tanks seized the Rafah crossing.")


def test_a_timeline_entry_is_the_day_its_overnight_counts_from():
    doc = parse(_TIMELINE, published="2024-05-31")
    assert [(e.sub_event_type, e.event_date) for e in doc.events
            if e.location == "Rafah"] == [("Evacuation order", "2024-05-06"),
                                          ("Air/drone strike", "2024-05-06")]


def test_what_goes_on_in_a_weekly_overview_is_of_its_week():
    doc = parse("Weekly update\n20-26 January 2024\n\nOn 22 January, tanks shelled Khan Younis. "
                "Strikes also continued in Nuseirat.", published="2024-01-31")
    assert [(e.location, e.event_date, e.time_precision) for e in doc.events
            if e.location == "Nuseirat"] == [("Nuseirat", "2024-01-22", 2)]


def test_items_joined_by_and_each_take_the_day_told_after_them():
    doc = parse("Hamas claimed a sniper attack on a soldier in Shejaia on 10 May and an IED "
                "attack on a tank in Zeitoun on 12 May.", published="2024-05-14")
    assert {(e.location, e.event_date) for e in doc.events} >= {
        ("Shejaia", "2024-05-10"), ("Zeitoun", "2024-05-12")}


def test_the_start_of_a_tally_is_not_handed_on():
    doc = parse("Fighting continued around hospitals in Gaza City. 32 patients have died at "
                "al-Shifa Hospital since 11 November. People trying to leave al-Shifa Hospital "
                "were reportedly shot at.", published="2023-11-13")
    assert {e.event_date for e in doc.events} == {"2023-11-13"}


@pytest.mark.parametrize("text", [
    # a ministry's tally "in the previous 24 hours" is of the day it is told, after a day
    # told before it, as "in the past 24 hours" is
    "Twenty-one soldiers were killed Monday in central Gaza. The health ministry said 195 people "
    "were killed in the Strip in the previous 24 hours.",
    "Three soldiers were killed on Monday in Khan Younis. The ministry said 158 Palestinians had "
    "been killed in the preceding 24 hours.",
])
def test_a_tally_of_the_previous_24_hours_is_of_the_reports_day(text):
    got = parse(text, published="2024-01-23").events
    assert [e.event_date for e in got if e.location == "Gaza Strip"] == ["2024-01-23"]
    assert "2024-01-22" in [e.event_date for e in got if e.location != "Gaza Strip"]


@pytest.mark.parametrize("text", [
    # the start of a ceasefire named in passing is not the day of the toll told next
    "In the early hours of 18 March, Israeli forces resumed heavy bombardment across the Gaza "
    "Strip, breaking the ceasefire in effect since 19 January. The ministry reported more than "
    "400 people killed on the first night alone.",
    "On 18 March, Israeli jets struck across the Gaza Strip, ending a truce that had held since "
    "19 January. The ministry reported more than 400 people killed.",
])
def test_a_ceasefires_start_is_not_the_day_of_the_toll_after_it(text):
    got = parse(text, published="2025-03-22").events
    assert [(e.event_date, e.fatalities) for e in got if e.location == "Gaza Strip"] == [
        ("2025-03-18", 400)]


@pytest.mark.parametrize("text,day", [
    # "overnight" before a named day is that day's night, not the night up to the report
    ("In Rafah, a strike overnight Wednesday hit a house in Tal as-Sultan, killing nine.",
     "2024-02-28"),
    ("An airstrike overnight on Tuesday killed six people in a house in Jabalia.", "2024-02-27"),
    ("An airstrike overnight on 27 February killed six people in a house in Jabalia.",
     "2024-02-27"),
    # (alone, or run into the next day, it is still the report's night or that morning's)
    ("An airstrike overnight killed six people in a house in Jabalia.", "2024-03-01"),
    ("An airstrike overnight into Thursday killed six people in a house in Jabalia.",
     "2024-02-29"),
])
def test_overnight_before_a_named_day_is_that_days(text, day):
    assert [e.event_date for e in parse(text, published="2024-03-01").events] == [day]


@pytest.mark.parametrize("text,day", [
    # a capitalised "Today" after a name is an outlet's, not the report's day
    ("Thursday recap: Five journalists from Al-Quds Today TV were killed when their van was "
     "struck outside Al-Awda Hospital in Nuseirat.", "2024-12-26"),
    ("On Thursday, five journalists of Palestine Today were killed in a strike on their car in "
     "Nuseirat.", "2024-12-26"),
    # (but "Today" opening a sentence is the report's day)
    ("On Thursday, strikes hit Rafah. Today, five journalists were killed in a strike on their "
     "car in Nuseirat.", "2024-12-27"),
])
def test_today_in_an_outlets_name_is_no_day(text, day):
    got = parse(text, published="2024-12-27").events
    assert [e.event_date for e in got
            if e.location in ("Nuseirat", "Al-Awda Hospital (Nuseirat)")] == [day]


def test_a_wait_since_the_night_before_dates_neither_the_event_nor_the_next():
    got = parse("By the time the convoy of aid trucks reached the Nabulsi roundabout in the "
                "early hours of Thursday, thousands of people had been waiting on the coastal "
                "road since the night before. Gaza's health ministry says 112 people were "
                "killed and more than 760 injured.", published="2024-03-02").events
    assert {e.event_date for e in got} == {"2024-02-29"}


@pytest.mark.parametrize("text", [
    # the day a truce took effect, named before it, does not date what is told next
    "Israeli strikes across Gaza killed 104 people overnight, the health ministry said on "
    "Wednesday, in the deadliest day since the October 10 ceasefire took effect. A family of "
    "13 was killed in a house in Beit Lahia, according to rescuers.",
    "Israeli strikes across Gaza killed 104 people overnight, the worst violence under the 10 "
    "October truce. A family of 13 was killed in a house in Beit Lahia, rescuers said.",
])
def test_a_truces_day_named_before_it_is_not_handed_on(text):
    got = parse(text, published="2025-10-29").events
    assert [e.event_date for e in got if e.location == "Beit Lahia"] == ["2025-10-29"]


@pytest.mark.parametrize("text,day", [
    # what an event is measured against ("its first losses since ...") is not its day
    ("The Israeli military has confirmed two soldiers were killed in northern Gaza, its first "
     "announced combat losses since ground operations were expanded on Friday.", "2023-10-31"),
    ("Five people were killed in a strike on a house in Jabalia, the deadliest attack since the "
     "army entered the camp on Saturday.", "2023-10-31"),
    # (a day of its own before the measure still dates it)
    ("On Friday, five people were killed in a strike on a house in Jabalia, the deadliest "
     "attack since the truce.", "2023-10-27"),
])
def test_what_an_event_is_measured_against_is_not_its_day(text, day):
    got = parse(text, published="2023-10-31").events
    assert [e.event_date for e in got if e.location in ("northern Gaza", "Jabalia")] == [day]


def test_a_strike_that_happened_a_day_earlier_does_not_date_what_follows():
    got = parse("On 7 January 2024, journalists were filming the aftermath of an Israeli strike "
                "on a home that happened a day earlier on 6 January in Rafah. As they left, "
                "their car was hit by a missile from an Israeli drone in Rafah, killing three.",
                published="2024-01-08").events
    assert ("2024-01-07", 3) in [(e.event_date, e.fatalities) for e in got]


def test_the_items_of_a_list_opened_with_a_colon_are_of_the_day_told_before_it():
    got = parse("Airstrikes began at about 2:10 a.m. on Tuesday, 18 March, without warning.\n\n"
                "Over the first 24 hours, our team recorded the following:\n"
                "- Northern Gaza: 61 killed in Jabalia.\n"
                "- Khan Younis: 102 killed, many in tents in al-Mawasi.\n",
                published="2025-03-20").events
    assert {e.event_date for e in got if e.location in ("Jabalia", "al-Mawasi (Khan Younis)")} \
        == {"2025-03-18"}


def test_a_day_does_not_carry_into_the_next_section_of_a_sectioned_update():
    text = ("Operational update\n\nSummary of the past 24 hours:\n\nSouthern Gaza\n"
            "Troops raided a compound in Khan Younis.\n\nNorthern Gaza\n"
            "Troops raided a school in Jabalia.\n\nAir activity\n"
            "A launch post in Beit Hanoun, from which rockets were fired toward Sderot on Sunday "
            "evening, was destroyed.\n\nFallen\n"
            "The IDF announces the names of two soldiers who fell in combat in Rafah.\n")
    got = parse(text, published="2023-12-11").events
    assert [e.event_date for e in got if e.location == "Rafah"] == ["2023-12-11"]


@pytest.mark.parametrize("text,day", [
    # strikes over weeks have no one day, not the day named later for something else
    ("The push follows weeks of heavy strikes on Zeitoun, and the demolition of high-rise "
     "buildings, including the Mushtaha Tower on September 5.", None),
    ("Troops withdrew, after months of intense fighting in Zeitoun that began on 5 September.",
     None),
    # (a counted span, or a day of the strikes' own, still dates them)
    ("Two weeks of heavy strikes on Zeitoun killed 300 people on Monday.", "2025-09-15"),
    ("After months of bombardment, Israeli strikes killed 10 people in Zeitoun on Monday.",
     "2025-09-15"),
])
def test_strikes_over_weeks_have_no_day(text, day):
    got = parse(text, published="2025-09-16").events
    assert {e.event_date for e in got if e.location == "Zeitoun" and
            e.event_type != "Strategic developments"} == {day}


@pytest.mark.parametrize("text,day", [
    # a state that began on the day the since-phrase names, not the day told before
    ("Evacuation orders were issued on 6 May for eastern Rafah. The Rafah crossing has been "
     "closed since Israeli forces took control of it on 7 May.", "2024-05-07"),
    ("Evacuation orders were issued on 6 May for eastern Rafah. The Kerem Shalom crossing has "
     "been shut ever since a rocket attack hit it on 5 May.", "2024-05-05"),
])
def test_a_crossing_closed_since_what_happened_on_a_day_closed_that_day(text, day):
    got = parse(text, published="2024-05-14").events
    assert [e.event_date for e in got if e.sub_event_type == "Crossing opened or closed"] == [day]


@pytest.mark.parametrize("text,day", [
    ("WHO update\nKEY FIGURES (Ministry of Health, Gaza, as of 13 May)\n"
     "35,091 killed since 7 October 2023. 82 killed in the past 24 hours.", "2024-05-13"),
    ("Casualties as of May 12, 2024:\nMinistry figures show 60 people were killed in the past "
     "24 hours.", "2024-05-12"),
])
def test_a_days_tally_under_a_heading_as_of_a_day_is_of_that_day(text, day):
    got = parse(text, published="2024-05-14").events
    assert [e.event_date for e in got if e.location == "Gaza Strip"] == [day]


def test_people_who_left_in_one_week_left_up_to_the_weeks_last_day():
    text = ("Emergency Situation Update - Gaza Strip\nReporting period: 7-13 May 2024\n\n"
            "The Kerem Shalom crossing was shut after a rocket attack on 5 May. An estimated "
            "450,000 people have left Rafah in one week, moving west toward al-Mawasi.")
    got = parse(text, published="2024-05-14").events
    assert [e.event_date for e in got if e.sub_event_type == "Displacement"] == ["2024-05-13"]
    # (outside a weekly update, up to the report's day)
    got = parse("Tanks shelled Rafah on 5 May. About 100,000 people fled Rafah in two weeks.",
                published="2024-05-14").events
    assert [e.event_date for e in got if e.sub_event_type == "Displacement"] == ["2024-05-14"]


@pytest.mark.parametrize("time,day", [
    ("Shortly before midnight", "2024-10-13"),
    ("At 11 p.m.", "2024-10-13"),
    # (a time of the morning is the window's second day)
    ("At about 1 a.m.", "2024-10-14"),
])
def test_late_evening_in_a_window_from_one_evening_to_the_next_is_its_first_day(time, day):
    text = ("PCHR documented the following attacks from Sunday evening until Monday evening:\n\n"
            "Jabalia: On Monday morning, shells killed ten people in the camp.\n\n"
            f"Khan Younis: {time}, a drone struck a tent in al-Mawasi, killing three.")
    got = parse(text, published="2024-10-15").events
    assert [e.event_date for e in got if e.fatalities == 3] == [day]


def test_the_start_of_a_count_told_does_not_date_what_follows():
    text = ("He said 349 people had been killed since Sunday. The army said its aircraft struck "
            "more than 200 targets across the enclave in the past day.")
    got = parse(text, published="2023-12-04").events
    assert [e.event_date for e in got if e.location == "Gaza Strip"] == ["2023-12-04"]


def test_a_paragraph_opening_elsewhere_is_of_the_news_day_not_the_asides():
    text = ("A strike killed 5 in Rafah early Tuesday.\n\nThe director said his son was killed "
            "near the hospital gate in Khan Younis on Saturday.\n\nElsewhere, three were killed "
            "in a strike in Jabalia.")
    got = parse(text, published="2024-10-30").events
    assert [e.event_date for e in got if e.location == "Jabalia"] == ["2024-10-29"]


@pytest.mark.parametrize("text,day", [
    ("The same munition was found in the remains of an earlier strike, on 10 October, which "
     "destroyed a home in Deir al-Balah, killing 24 people.", "2023-10-10"),
    ("A previous strike on 12 November killed 10 people in Rafah.", "2023-11-12"),
])
def test_an_earlier_strike_with_its_day_beside_it_is_of_that_day(text, day):
    got = parse(text, published="2023-12-05").events
    assert [e.event_date for e in got if e.fatalities] == [day]


@pytest.mark.parametrize("text,day", [
    # what the strike told before "came hours after": that strike's own day, not the day
    # of a count told since
    ("The air strike on Sunday night in Tel al-Sultan killed 12 people, officials said on "
     "Monday. The strike came hours after Hamas fired eight rockets from Rafah, setting off "
     "sirens in Tel Aviv.", "2024-05-26"),
    ("An Israeli raid on Jabalia on Monday killed 5 people. The raid came a day after "
     "militants fired rockets from Beit Hanoun, the army said on Tuesday.", "2024-05-26"),
    # (a day told with what it came after is that one's)
    ("An Israeli raid on Jabalia on Monday killed 5 people. The raid came a day after "
     "militants fired rockets from Beit Hanoun on Saturday.", "2024-05-25"),
])
def test_what_an_event_came_after_is_counted_back_from_the_events_day(text, day):
    got = parse(text, published="2024-05-28").events
    assert [e.event_date for e in got if "missile" in e.sub_event_type] == [day]


def test_the_day_a_count_was_made_up_to_is_not_the_deaths_day():
    text = ("The air strike on Sunday night hit Tel al-Sultan. A fire swept through a nearby "
            "camp in Rafah, and by Monday, the ministry counted 45 dead.")
    got = parse(text, published="2024-05-28").events
    assert "2024-05-27" not in [e.event_date for e in got]


def test_strikes_told_as_going_on_bring_the_day_back_to_the_news():
    text = ("On Sunday, 31 people were killed near an aid site in Rafah. Limited deliveries "
            "resumed on May 19. Israeli strikes continued elsewhere. A strike on a house in "
            "Jabalia killed a woman and four of her children.")
    got = parse(text, published="2025-06-02").events
    assert [e.event_date for e in got if e.location == "Jabalia"] == ["2025-06-02"]


@pytest.mark.parametrize("text,expected", [
    # a day told in a place's relative clause before the event's words is the relative's
    ("At the Kamal Adwan Hospital, which troops raided on Monday, staff left on foot "
     "Thursday morning.",
     [("Armed clash", "Kamal Adwan Hospital", "2024-10-21"),
      ("Displacement", "Kamal Adwan Hospital", "2024-10-24")]),
    ("In Jabalia, where tanks advanced on Monday, hundreds of families fled west on Thursday.",
     [("Armed clash", "Jabalia", "2024-10-21"), ("Displacement", "Jabalia", "2024-10-24")]),
])
def test_a_day_in_a_places_relative_clause_is_not_the_events(text, expected):
    got = [(e.sub_event_type, e.location, e.event_date)
           for e in parse(text, published="2024-10-27").events]
    assert got == expected


def test_what_the_strike_came_after_is_dated_by_it_past_a_count_day():
    # "by Monday, the ministry counted 45 dead": the day of a count, not of another attack
    got = [(e.sub_event_type, e.location, e.event_date, e.actor1)
           for e in parse("The air strike on Sunday night in Tel al-Sultan was supposed to be "
                          "precise. But a fire swept through a camp, and by Monday, the health "
                          "ministry counted 45 dead. The strike came hours after Hamas fired "
                          "eight rockets from Rafah, setting off sirens in central Israel.",
                          published="2024-05-28").events]
    assert ("Shelling/artillery/missile attack", "Rafah", "2024-05-26", "Hamas") in got


@pytest.mark.parametrize("text,day", [
    # a night told by its two days is dated by the morning it runs into
    ("Overnight 14-15 May, successive air strikes on tents in Jabalia camp killed 12 people.",
     "2024-05-15"),
    ("Overnight 14 to 15 May, air strikes on Jabalia camp killed 12 people.", "2024-05-15"),
    ("Air strikes on Jabalia camp killed 12 people during the night of 14 to 15 May.",
     "2024-05-15"),
    ("Air strikes on Jabalia camp killed 12 people overnight 14-15 May.", "2024-05-15"),
    # (and by two weekdays: the 20th is a Monday)
    ("Overnight (Thursday-Friday), air strikes on Jabalia camp killed 12 people.",
     "2024-05-17"),
    ("On the night of Thursday to Friday, air strikes on Jabalia camp killed 12 people.",
     "2024-05-17"),
    ("On the night between Thursday and Friday, air strikes hit Jabalia camp.", "2024-05-17"),
    ("Air strikes hit Jabalia camp in the night from Thursday to Friday.", "2024-05-17"),
    # a span of days is dated by its first
    ("On 14-15 May, air strikes on Jabalia camp killed 12 people.", "2024-05-14"),
])
def test_a_night_told_by_its_two_days_is_the_seconds(text, day):
    got = [e.event_date for e in parse(text, published="2024-05-20").events]
    assert got == [day]


@pytest.mark.parametrize("text", [
    "10:31 | Troops shelled Rafah on Sunday, killing two people.\n\n15:57 | A short while "
    "ago, an airstrike hit a house in Khan Younis.",
    "On Sunday, troops shelled Rafah, killing two people.\n15:57 – An airstrike hit a house "
    "in Khan Younis.",
])
def test_a_live_entry_opening_on_its_stamp_is_not_dated_by_the_last(text):
    got = [(e.location, e.event_date) for e in parse(text, published="2024-05-07").events]
    assert got == [("Rafah", "2024-05-05"), ("Khan Younis", "2024-05-07")]


def test_an_updates_item_labelled_by_its_area_is_not_dated_by_the_last_paragraph():
    got = [(e.location, e.event_date) for e in parse(
        "Field update\n\nSince troops besieged Kamal Adwan Hospital last Friday, our crews in "
        "the north have been out of service.\n\nGaza City: Crews recovered three bodies after "
        "a drone strike in Sabra.", published="2024-10-29").events]
    assert got == [("Kamal Adwan Hospital", "2024-10-25"), ("Sabra", "2024-10-29")]


def _dated(text, published):
    return [(e.event_date, e.location) for e in parse(text, published=published).events]


@pytest.mark.parametrize("text,expected", [
    ("Israeli tanks shelled Zeitoun on 23 Aug. A strike on a house in al-Tuffah on 24 Aug "
     "killed a family of eight.", [("2025-08-23", "Zeitoun"), ("2025-08-24", "Tuffah")]),
    ("Tanks shelled Jabalia on 3 Sept. An airstrike on Nuseirat killed five on 4 Sept.",
     [("2025-09-03", "Jabalia"), ("2025-09-04", "Nuseirat")]),
])
def test_a_day_written_before_an_abbreviated_month_closes_its_sentence(text, expected):
    assert _dated(text, "2025-09-10") == expected


def test_earlier_this_week_is_a_day_before_the_reports():
    got = parse("Earlier this week, five journalists were killed when an Israeli strike hit "
                "their vehicle in Nuseirat.", published="2024-12-28").events  # a Saturday
    assert [(e.event_date, e.time_precision) for e in got] == [("2024-12-25", 2)]
    # (told on a Monday: the day before)
    got = parse("Earlier this week, an Israeli strike killed five in Nuseirat.",
                published="2024-12-23").events
    assert [e.event_date for e in got] == ["2024-12-22"]


def test_a_weekly_digests_undated_events_are_of_the_week_it_covers():
    text = ("GAZA MONITOR - Weekly Digest\nReporting period: 23-29 August 2025\n\n"
            "North Gaza\nDemolitions of residential blocks in Beit Lahia.\n\n"
            "Rafah\nIsraeli troops shot aid-seekers near an aid site in Tal as-Sultan; the MoH "
            "reported 20 deaths.\n\nGaza City\nIsraeli forces escalated operations in Zeitoun "
            "this week.")
    got = parse(text, published="2025-09-02").events
    assert {(e.event_date, e.location) for e in got} == {
        ("2025-08-23", "Beit Lahia"), ("2025-08-23", "Tel al-Sultan"),
        ("2025-08-23", "Zeitoun")}


def test_what_the_strike_came_hours_after_is_of_the_airstrikes_day():
    text = ("At least 45 people were killed on Sunday night when an Israeli airstrike set "
            "ablaze a tent camp in Tal as-Sultan, the ministry said Monday.\n\n"
            "Speaking in the Knesset on Monday, the prime minister said the incident was being "
            "investigated.\n\nThe strike came hours after Hamas fired eight rockets from Rafah, "
            "setting off sirens in central Israel.")
    got = parse(text, published="2024-05-27").events
    assert [(e.event_date, e.location, e.actor1) for e in got] == [
        ("2024-05-26", "Tel al-Sultan", "Israeli military"), ("2024-05-26", "Rafah", "Hamas")]


@pytest.mark.parametrize("text", [
    "Gallant visited troops in Khan Younis on Monday, where the 98th Division is fighting.",
    "The minister toured Khan Younis earlier this week, where troops are battling Hamas "
    "fighters.",
])
def test_fighting_told_in_the_present_where_a_visit_went_is_of_the_reports_day(text):
    assert [e.event_date for e in parse(text, published="2023-12-13").events] == ["2023-12-13"]


def test_deeds_after_a_storming_told_in_a_relative_are_of_its_day():
    text = ("The wounded were transferred to Kamal Adwan Hospital, which has only two doctors "
            "left after the occupation forces stormed it on Friday, arrested dozens of medical "
            "staff and displaced patients.")
    got = parse(text, published="2024-10-29").events
    assert [(e.event_date, e.sub_event_type) for e in got] == [("2024-10-25", "Arrests")]


def test_a_while_clause_beside_what_continued_is_of_the_reports_day():
    text = ("Israeli forces stormed Kamal Adwan Hospital on Friday.\n\nIn Jabalia camp, "
            "occupation artillery continued shelling the camp, while occupation forces blew up "
            "residential squares in the camp.")
    got = parse(text, published="2024-10-29").events
    assert [e.event_date for e in got if e.sub_event_type == "Looting/property destruction"] \
        == ["2024-10-29"]


def test_in_those_hours_is_the_day_of_the_sentence_before():
    text = ("Palestinians walked back to their homes in Rafah on Monday.\n\nThe truce came into "
            "effect on Sunday at 11:15am, nearly three hours late. In those hours, Israeli air "
            "strikes killed at least 19 Palestinians in Gaza City.")
    got = parse(text, published="2025-01-20").events
    assert [e.event_date for e in got if e.fatalities == 19] == ["2025-01-19"]


@pytest.mark.parametrize("text,day", [
    # what a running total counts has a day of its own, not the day the total starts from
    ("The army said 15 soldiers were killed in Gaza over the weekend, bringing its losses "
     "since the start of the ground offensive on Oct. 20 to 156.", "2024-10-26"),
    ("The army said 15 soldiers were killed in Gaza on Friday, bringing the number of soldiers "
     "killed since the start of the ground offensive on Oct. 20 to 156.", "2024-10-25"),
])
def test_a_running_totals_start_does_not_date_what_it_counts(text, day):
    got = [e.event_date for e in parse(text, published="2024-10-30").events]
    assert got == [day]


def test_a_day_guessed_within_the_week_dates_its_own_paragraph_only():
    # "earlier this week" is a guess at a day; a paragraph told after it falls back on the
    # day carried before it, not on the guess
    events = parse(
        "Earlier today, Israeli aircraft struck a building in Tuffah.\n\n"
        "Earlier this week, two rockets were fired from Beit Hanoun, setting off sirens in "
        "Sderot.\n\n"
        "The army reiterated its call on residents of Shejaia to move west.",
        published="2025-04-09").events
    got = {(e.location, e.sub_event_type): e.event_date for e in events}
    assert got[("Tuffah", "Air/drone strike")] == "2025-04-09"
    assert got[("Beit Hanoun", "Shelling/artillery/missile attack")] < "2025-04-09"
    assert got[("Shejaia", "Evacuation order")] == "2025-04-09"


@pytest.mark.parametrize("text,place,day", [
    # "during the night" with no day named is the night up to the report, as "overnight"
    ("On Saturday aid trucks entered Gaza. During the night, a number of trucks were looted by "
     "gunmen in the Deir al-Balah area.", "Deir al-Balah", "2024-10-27"),
    ("Israeli drones struck Rafah during the night, killing three.", "Rafah", "2024-10-27"),
    # (a night named is that night)
    ("Troops raided the camp on Tuesday. During the night of 20 October, tanks shelled "
     "Jabalia.", "Jabalia", "2024-10-20"),
])
def test_during_the_night_is_the_reports_night(text, place, day):
    got = {e.location: e.event_date for e in parse(text, published="2024-10-27").events}
    assert got[place] == day


def test_the_same_day_after_a_period_start_is_the_attacks_day():
    text = ("An Israeli strike on Saturday hit al-Mawasi, killing 90 people. Since the "
            "evacuation order for eastern Khan Younis on 1 July, the European Gaza Hospital has "
            "emptied. On the same day, a strike on a prayer gathering in Shati camp killed 20.")
    got = {e.fatalities: e.event_date for e in parse(text, published="2024-07-14").events}
    assert got[20] == "2024-07-13"


@pytest.mark.parametrize("text,place,day", [
    # the day of an incident the report follows up dates its details told next
    ("Guterres has condemned Thursday's deadly incident in Gaza City, in which more than 100 "
     "Palestinians were reportedly killed. According to the Gaza health authorities, 112 people "
     "were killed when Israeli forces opened fire near the Nabulsi roundabout.",
     "Nabulsi Roundabout", "2024-10-24"),
    # (not another event's day told in passing)
    ("Residents were still burying the dead of Thursday's strike in Jabalia. Israeli tanks "
     "shelled Beit Lahia, killing three.", "Beit Lahia", "2024-10-27"),
])
def test_a_condemned_incidents_day_is_handed_on(text, place, day):
    got = {e.location: e.event_date for e in parse(text, published="2024-10-27").events}
    assert got[place] == day


@pytest.mark.parametrize("text,day", [
    # a day of the month before, or of several occasions, is not told
    ("Last month, our physiotherapist was killed in a drone strike in Gaza City.", None),
    ("Our physiotherapist was killed in a drone strike in Gaza City last month.", None),
    ("On 25 October, airstrikes hit Beit Lahia. Israeli forces fired at fishing boats off the "
     "coast of Gaza City on three occasions.", None),
    # (not a month that dates something else of the clause)
    ("Israel has carried out waves of strikes across Gaza City since it ended its ceasefire "
     "with Hamas last month.", "2024-10-27"),
    ("A strike on a house in Gaza City, which residents had fled last month, killed five on "
     "Saturday.", "2024-10-26"),
])
def test_last_month_and_several_occasions_give_no_day(text, day):
    got = {e.location: e.event_date for e in parse(text, published="2024-10-27").events}
    assert got["Gaza City"] == day


@pytest.mark.parametrize("text", [
    "The ministry said on Wednesday that 500,000 people have returned to northern Gaza since "
    "Monday.",
    "The municipality said on Wednesday that the return of hundreds of thousands of displaced "
    "residents to northern Gaza since Monday has exposed the destruction.",
])
def test_a_return_is_dated_by_the_day_it_began(text):
    got = [(e.sub_event_type, e.event_date) for e in parse(text, published="2024-10-23").events]
    assert got == [("Return of displaced people", "2024-10-21")]


@pytest.mark.parametrize("head", [
    "GAZA SECURITY DIGEST - Week 34 (23-29 August 2025)",
    "Weekly Situation Report No. 12 (23–29 August 2025)",
])
def test_a_digests_week_in_brackets_after_its_number_is_the_week_it_covers(head):
    text = (head + "\n\nNorth Gaza: Demolitions of residential blocks in Beit Lahia "
            "continued.\n\nRafah: Israeli troops shot aid-seekers near an aid site in Tal "
            "as-Sultan.")
    got = parse(text, published="2025-09-02").events
    assert {e.event_date for e in got} <= {"2025-08-23", "2025-08-29"}, got


@pytest.mark.parametrize("first", [
    "The health ministry said on Sunday that the death toll from Saturday's Israeli massacre in "
    "Nuseirat has risen to 274.",
    "Medics said on Sunday that 40 people were wounded in Saturday's air strike on Nuseirat.",
])
def test_a_days_attack_named_with_its_day_dates_what_the_report_tells_of_it_next(first):
    text = first + " Troops carried out the attack in broad daylight, under cover of " \
        "artillery shelling on Az-Zawayda."
    got = [(e.event_date, e.location) for e in parse(text, published="2024-06-09").events
           if e.location == "Az-Zawayda"]
    assert got == [("2024-06-08", "Az-Zawayda")], got


@pytest.mark.parametrize("text", [
    "Israeli air strikes across the Gaza Strip killed at least 404 Palestinians, ending two "
    "months of calm under a ceasefire agreed in January.",
    "Israeli air strikes across the Gaza Strip killed at least 404 Palestinians, shattering a "
    "truce that was brokered on 15 January.",
    "Israeli air strikes across the Gaza Strip killed at least 404 Palestinians, breaking the "
    "deal signed on 15 January.",
])
def test_the_day_a_truce_was_made_is_not_the_day_of_the_strikes_that_broke_it(text):
    got = [(e.event_date, e.fatalities) for e in parse(text, published="2025-03-18").events]
    assert got == [("2025-03-18", 404)], got


@pytest.mark.parametrize("text,day", [
    ("Late last week troops raided Kamal Adwan hospital and detained 100 people.", "2024-10-25"),
    ("Early last week, an Israeli airstrike hit a house in Rafah, killing five.", "2024-10-22"),
    ("An Israeli airstrike hit a house in Rafah late last week, killing five.", "2024-10-25"),
])
def test_late_or_early_last_week_is_the_end_or_start_of_the_week_before(text, day):
    got = [(e.event_date, e.time_precision) for e in parse(text, published="2024-10-29").events]
    assert got and all(g == (day, 2) for g in got), got


@pytest.mark.parametrize("text,day", [
    ("Rescuers were still digging through the ruins of Jabalia camp on Wednesday after an "
     "Israeli strike flattened a block of homes there the previous afternoon, killing 50.",
     "2024-10-22"),
    ("Troops raided Jabalia on Monday. The next morning an Israeli strike hit a house in "
     "Beit Lahia, killing five.", "2024-10-22"),
    ("An Israeli strike flattened a house in Rafah the previous evening, killing five.",
     "2024-10-26"),
])
def test_the_previous_or_next_part_of_a_day_counts_from_the_day_told(text, day):
    got = [e.event_date for e in parse(text, published="2024-10-27").events
           if e.sub_event_type == "Air/drone strike"]
    assert got == [day], got


@pytest.mark.parametrize("text,day", [
    ("On Wednesday the army said ten soldiers were killed in Shejaia on Tuesday.", "2024-10-22"),
    ("The IDF on Wednesday morning cleared for publication the names of ten soldiers killed in "
     "northern Gaza, nine of them in one incident in Shejaia on Tuesday.", "2024-10-22"),
    ("The ministry said on Wednesday an airstrike killed five people in Rafah on 20 October.",
     "2024-10-20"),
])
def test_a_telling_with_no_that_before_the_event_does_not_date_it_over_its_own_day(text, day):
    # (the soldiers killed in the north and those of the one incident may be two events)
    got = {e.event_date for e in parse(text, published="2024-10-27").events}
    assert got == {day}, got


@pytest.mark.parametrize("text", [
    "The World Food Programme paused deliveries there on 20 February after one of its convoys "
    "came under gunfire in Gaza City and was looted.",
    "The agency suspended its convoys to Rafah on Monday, after a truck was shot at and looted.",
])
def test_what_a_halt_of_work_came_after_has_no_day_of_the_halt(text):
    got = [e.event_date for e in parse(text, published="2024-03-01").events]
    assert got and all(g is None for g in got), got


@pytest.mark.parametrize("text,day", [
    ("Between the afternoons of 24 and 28 May, according to MoH, 190 Palestinians were killed "
     "and 496 injured. Limited commercial supplies entered via Kerem Shalom.", "2024-05-28"),
    ("Between 20 and 25 May, 190 Palestinians were killed. Tanks shelled Beit Lahia.",
     "2024-05-25"),
])
def test_a_tally_of_days_hands_on_its_last_day_not_its_first(text, day):
    got = [e.event_date for e in parse(text, published="2024-05-28").events]
    assert got == [day], got


@pytest.mark.parametrize("text", [
    "On 20 October, Israeli forces launched strikes across Gaza. The ministry listed the "
    "following:\n\n- In Jabalia, a house was hit, killing five.\n\n- In Rafah, a drone struck a "
    "car, killing two.",
    "On 20 October, Israeli forces launched strikes across Gaza, the ministry said:\n- In "
    "Jabalia, a house was hit, killing five.\n\n- In Rafah, a drone struck a car, killing two.",
])
def test_items_a_dated_line_opens_with_a_colon_keep_its_day_across_blank_lines(text):
    got = [e.event_date for e in parse(text, published="2024-10-27").events]
    assert got == ["2024-10-20"] * 3, got


@pytest.mark.parametrize("text,day", [
    ("On Tuesday, tanks shelled Rafah. Over the past week, armed men looted aid trucks in "
     "Khan Younis.", "2024-10-27"),
    ("On Tuesday, tanks shelled Rafah. Israeli strikes killed 12 people in Jabalia during the "
     "week.", "2024-10-27"),
    ("Regional Overview | 12-18 October 2024\n\nOn 13 October, tanks shelled Rafah. Israeli "
     "strikes killed 12 people in Jabalia during the week.", "2024-10-18"),
])
def test_the_past_week_is_up_to_the_report_not_a_day_told_before(text, day):
    got = [e.event_date for e in parse(text, published="2024-10-27").events
           if e.location != "Rafah"]
    assert got == [day], got


@pytest.mark.parametrize("text,day", [
    ("Israeli forces raided Kamal Adwan hospital in late October, detaining dozens of staff.",
     "2024-10-21"),
    ("Late October saw Israeli forces raid Kamal Adwan hospital.", "2024-10-21"),
])
def test_late_in_a_month_is_its_last_third_not_its_first_day(text, day):
    got = [e.event_date for e in parse(text, published="2024-11-07").events]
    assert got == [day], got


@pytest.mark.parametrize("text", [
    "Four Israeli soldiers were killed in Rafah, the army said on Tuesday. The army said the "
    "soldiers were clearing a building on Monday afternoon when militants fired on them.",
    "Four Israeli soldiers were killed in Rafah, the army said on Tuesday. The soldiers were "
    "clearing a building on Monday evening, when a device went off beneath them.",
])
def test_what_they_were_doing_on_a_day_when_the_attack_came_on_them_dates_the_lead(text):
    got = [e.event_date for e in parse(text, published="2024-10-22").events
           if e.sub_event_type == "Armed clash"]
    assert got == ["2024-10-21"], got


def test_a_paragraph_opening_on_what_has_gone_on_since_a_day_tells_of_now():
    text = ("On Sunday, an airstrike killed 20 people in Nuseirat.\n\nIn Rafah, where troops have "
            "besieged the camp since 6 October, residents said drones were firing on anyone "
            "moving. A drone strike killed three people near a shelter.")
    got = [e.event_date for e in parse(text, published="2024-10-28").events
           if e.sub_event_type == "Air/drone strike" and e.location == "Rafah"]
    assert got == ["2024-10-28"], got


@pytest.mark.parametrize("text, want", [
    # a reaction's day, and the attack's own day after it: the attack's
    ("UNRWA condemned on Tuesday the Israeli strike on its school in Nuseirat on Monday that "
     "killed 18 people.", ["2025-01-06"]),
    ("UNRWA on Tuesday condemned the Israeli strike that killed 18 people at its school in "
     "Nuseirat on Monday.", ["2025-01-06"]),
    ("The WHO on Tuesday expressed deep shock at an Israeli strike that hit a clinic in "
     "Jabalia on Sunday, killing six.", ["2025-01-05"]),
    # the reaction's day alone is the best the sentence gives
    ("UNRWA condemned on Tuesday an Israeli strike that killed 18 people at its school in "
     "Nuseirat.", ["2025-01-07"]),
])
def test_a_condemnations_day_gives_way_to_the_attacks(text, want):
    assert [e.event_date for e in parse(text, published="2025-01-08").events] == want


@pytest.mark.parametrize("text, want", [
    # a reaction's day only, the attack's day told next, with the attack named again
    ("The WHO expressed outrage today at the shelling of a hospital in Khan Younis. The "
     "attack, on Sunday night, damaged its emergency ward.", ["2025-01-05"]),
    ("UNICEF voiced strong condemnation today following an Israeli strike on a water point "
     "in Nuseirat. On Monday, the strike killed ten people, including seven children.",
     ["2025-01-06"]),
    # a lead with no day: the day told next of the same attack, one sentence between
    ("At least eight people were killed in an Israeli air strike near a clinic in Jabalia. "
     "Medics said the dead included children. The strike on Monday hit the gate of the "
     "clinic.", ["2025-01-06"]),
])
def test_an_attacks_day_told_next_dates_it(text, want):
    assert [e.event_date for e in parse(text, published="2025-01-08").events] == want


@pytest.mark.parametrize("text, want", [
    # the next sentence tells something else on its day: the attack keeps its own
    ("UNRWA condemned today an Israeli strike on its school in Nuseirat. On Monday, Israeli "
     "tanks shelled Rafah.", [("2025-01-08", "Nuseirat"), ("2025-01-06", "Rafah")]),
    ("At least eight people were killed in an Israeli air strike near a clinic in Jabalia. "
     "On Monday, troops raided Rafah.", [("2025-01-08", "Jabalia"), ("2025-01-06", "Rafah")]),
])
def test_another_events_day_told_next_is_not_the_attacks(text, want):
    got = [(e.event_date, e.location) for e in parse(text, published="2025-01-08").events]
    assert got == want


@pytest.mark.parametrize("text, want", [
    # one hurt in an attack who died later: the attack's day, not the death's
    ("An Israeli strike hit a house in Jabalia on Monday. A boy who was wounded in the strike "
     "died the next day.", "2025-01-06"),
    ("A girl wounded by Israeli shelling in Khan Younis on Monday died two days later.",
     "2025-01-06"),
    ("A man was injured by Israeli fire in Rafah on Monday and died in hospital on "
     "Wednesday.", "2025-01-06"),
])
def test_a_later_deaths_day_is_not_the_attacks(text, want):
    assert {e.event_date for e in parse(text, published="2025-01-08").events} == {want}


def test_the_dead_on_their_own_day_keep_it():
    # no one told hurt first: the day of the deaths is the attack's
    text = "Three people died on Tuesday when an Israeli strike hit a house in Rafah."
    assert [e.event_date for e in parse(text, published="2025-01-08").events] == ["2025-01-07"]


@pytest.mark.parametrize("text,published,want", [
    # a statement's day, the attack's told next in a quote, a clause of when between
    ("The agency's chief issued a statement Tuesday condemning an incident in which tanks "
     "fired on a convoy it led in Gaza. \"Last Saturday, on the way back from a mission to "
     "northern Gaza and after the convoy crossed the checkpoint, the convoy encountered two "
     "tanks,\" he said.", "2024-09-18", ["2024-09-14"]),
    ("The ministry released a statement on Thursday condemning an airstrike on a school in "
     "Jabalia. \"On Tuesday, as families slept in the classrooms, the strike killed 14 "
     "people,\" the statement said.", "2024-09-20", ["2024-09-17"]),
    ("UNRWA condemned on Monday the strike on its school in Nuseirat. On Sunday, after the "
     "warnings, the strike killed 12.", "2024-09-18", ["2024-09-15"]),
])
def test_a_statements_day_gives_way_to_the_attacks_told_next(text, published, want):
    assert [d for *_, d in _events(text, published)] == want


@pytest.mark.parametrize("text,published,want", [
    # another attack told next, at a site of its own or with no "the strike"
    ("The ministry released a statement on Thursday condemning an airstrike on a school in "
     "Jabalia. On Tuesday, in Rafah, the strike killed 14 people.", "2024-09-20",
     [("Jabalia", "2024-09-19"), ("Rafah", "2024-09-17")]),
    ("UNICEF issued a statement on Monday condemning a strike on a water point in Deir "
     "al-Balah. On Saturday, Israeli tanks shelled Rafah.", "2024-09-18",
     [("Deir al-Balah", "2024-09-16"), ("Rafah", "2024-09-14")]),
    # nothing told next: the statement's day is the best the report gives
    ("The army issued a statement on Thursday saying its jets struck a Hamas post in Khan "
     "Younis.", "2024-09-20", [("Khan Younis", "2024-09-19")]),
])
def test_a_statements_day_stands_where_no_telling_of_the_attack_follows(text, published,
                                                                         want):
    assert [(loc, d) for _, loc, _, d in _events(text, published)] == want


@pytest.mark.parametrize("text", [
    "Israeli forces raided the Bureij camp, the army said, naming among the dead Ahmed Saleh, "
    "a planner of the attack that Hamas launched on October 7 against Israel.",
    "Israeli forces raided the Bureij camp, the army said. Among the dead was a planner of "
    "the assault Hamas-led militants staged on October 7.\n\n\"Our forces killed dozens of "
    "militants in the camp,\" the army said.",
])
def test_the_day_hamas_launched_its_attack_dates_no_raid_of_the_report(text):
    # (the war's first day, told of the attack Hamas launched, names that attack: the raid
    # is the report's news, not of 7 October)
    assert {e.event_date for e in parse(text, published="2023-11-03").events} == {"2023-11-03"}
