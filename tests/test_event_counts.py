"""Event rules on short sentences: fatalities and injuries, and which event a toll belongs to."""

import pytest
from event_helpers import _coded, _events

from geoevents import parse


def test_count_with_its_own_place_is_its_own_event():
    text = ("Airstrikes hit residential buildings in Jabalia camp (at least 63 fatalities); "
            "Rafah city (at least 43 fatalities); in Deir al-Balah (14 fatalities) and in "
            "Khan Younis (11 fatalities).")
    got = {(loc, n) for _, loc, n, _ in _events(text)}
    assert got == {("Jabalia Camp", 63), ("Rafah", 43), ("Deir al-Balah", 14),
                   ("Khan Younis", 11)}


def test_non_violent_deaths_are_not_events():
    assert _events("Three children died in Kamal Adwan Hospital due to the lack of "
                   "electricity.") == []


def test_following_count_inherits_the_event_type():
    text = "On 9 July an airstrike hit al-Mawasi. The attack killed at least 90 Palestinians."
    assert ("Air/drone strike", "al-Mawasi", 90, "2024-07-09") in _events(text)


def test_next_day_counts_from_the_previous_sentence():
    got = _events("Shelling hit Rafah on 27 June. The next day an airstrike hit Khan Younis.",
                  published="2024-07-02")
    assert ("Air/drone strike", "Khan Younis", None, "2024-06-28") in got


def test_a_count_keeps_a_continuing_bombardment_an_event():
    got = _events("Relentless bombardments on Gaza continued, resulting in an additional 307 "
                  "Palestinians killed in the past 24 hours.", "2023-10-19")
    assert got == [("Air/drone strike", "Gaza Strip", 307, "2023-10-19")]


def test_the_day_before_counts_back_from_the_date_before_it():
    text = ("On 10 March, airstrikes hit Rafah, killing 4. The day before, shelling hit "
            "Khan Younis, killing 3.")
    assert [(e.location, e.event_date) for e in parse(text, published="2024-03-15").events] \
        == [("Rafah", "2024-03-10"), ("Khan Younis", "2024-03-09")]


def test_militants_killed_by_troops_are_a_battle():
    assert _events("Israeli troops killed 3 Hamas militants in Rafah on Monday.") == [
        ("Armed clash", "Rafah", 3, "2024-07-08")]


def test_where_the_dead_were_taken_is_not_where_they_were_hit():
    text = ("An Israeli airstrike hit a house in Bureij camp. Health officials said 12 bodies "
            "were brought to Al-Aqsa Martyrs Hospital in Deir al-Balah after the strike.")
    assert {loc for _, loc, _, _ in _events(text)} == {"Bureij Camp"}


def test_people_killed_by_gunfire_near_an_aid_site_are_an_attack_on_civilians():
    text = ("At least 31 Palestinians were killed by Israeli gunfire as they approached an "
            "aid distribution site in Rafah on Sunday.")
    assert _events(text, "2025-06-02") == [("Attack", "Rafah", 31, "2025-06-01")]


def test_people_killed_for_crossing_the_line_the_troops_hold_are_an_attack_on_civilians():
    # the crossing told in the count's sentence or the one after it, no weapon named
    text = ("Two people were killed by an Israeli drone in Shujaiya on Tuesday. A day earlier, "
            "three men were killed in the same neighbourhood while checking on their houses. "
            "The army said they had crossed the yellow line.")
    assert _events(text, "2025-10-22") == [("Air/drone strike", "Shejaia", 2, "2025-10-21"),
                                           ("Attack", "Shejaia", 3, "2025-10-20")]
    text = ("Three men were killed in Beit Lahia on Tuesday after approaching the so-called "
            "yellow line, medics said.")
    assert _events(text, "2025-10-22") == [("Attack", "Beit Lahia", 3, "2025-10-21")]
    # a weapon from afar named: the strike's dead, wherever they were
    text = "Two people were killed by an Israeli drone near the yellow line in Shujaiya on Tuesday."
    assert _events(text, "2025-10-22") == [("Air/drone strike", "Shejaia", 2, "2025-10-21")]


@pytest.mark.parametrize("text", [
    "The army announced on 13 March that it had struck a house in Rafah the night before.",
    "On 13 March, UNRWA said an airstrike hit a school in Rafah the previous night.",
])
def test_the_night_before_counts_from_the_date_of_the_telling(text):
    assert [e.event_date for e in parse(text, published="2024-03-14").events] == ["2024-03-12"]


def test_a_count_placed_by_the_city_after_it_not_the_strip_before_it():
    text = ("The massacre occurred in the Gaza Strip on 29 February 2024, when at least 118 "
            "Palestinians were killed on Al-Rashid Street in Gaza City.")
    assert [(loc, n) for _, loc, n, _ in _events(text)] == [("Gaza City", 118)]


def test_a_toll_with_an_aside_about_the_victims():
    text = ("On 16 July, Israeli aircraft struck Al Attar Street in Al Mawasi area of Khan "
            "Younis. According to the MoH in Gaza, 17 people, including at least four children, "
            "were killed.")
    assert [n for _, _, n, _ in _events(text)] == [17]


def test_a_running_total_by_a_date_is_a_tally():
    text = "By 4 February, 92 civilians were killed in Rafah as Israeli attacks intensified."
    assert all(n is None for _, _, n, _ in _events(text))


def test_a_camp_that_was_targeted_and_operatives_killed():
    text = ("The al-Shati refugee camp was first targeted on 9 October 2023, killing at least "
            "15 Palestinians. On 10 November, troops invaded the camp, claiming to have killed "
            "roughly 150 Hamas operatives.")
    got = {(sub, n, d) for sub, _, n, d in _events(text, "2024-06-22")}
    assert got == {("Air/drone strike", 15, "2023-10-09"), ("Armed clash", 150, "2023-11-10")}


def test_as_of_dates_the_count_and_since_tuesday_the_operation():
    text = ("OCHA reports that, as of last night, some 80,000 people have been displaced from "
            "Rafah since Tuesday, when the Israeli military's ground operation there began.")
    assert {d for *_, d in _events(text, "2024-05-09")} == {"2024-05-07"}


def test_a_count_told_after_where_people_were_killed():
    text = ("This morning, people waiting to get supplies were reportedly killed in Deir al "
            "Balah. UNICEF said it was appalled by the reported killing of 15 Palestinians.")
    assert [(loc, n) for _, loc, n, _ in _events(text, "2025-07-10")] == [("Deir al-Balah", 15)]


def test_the_day_it_happened_not_the_start_of_the_count():
    text = ("On 27 October, the Rafah crossing opened for the sixth time since 21 October, "
            "allowing the entry of ten aid trucks.")
    assert {d for *_, d in _events(text, "2023-10-27")} == {"2023-10-27"}


def test_youngsters_are_counted():
    text = "Five youngsters were killed on Wednesday night in a strike on a tent in Mawasi."
    assert [n for _, _, n, _ in _events(text, "2025-01-02")] == [5]


def test_fatally_shot_is_an_attack():
    text = ("Hassan Douhan, a journalist, is fatally shot by Israeli forces in the Al-Mawasi area "
            "of Khan Yunis.")
    assert [sub for sub, *_ in _events(text, "2025-08-25")] == ["Attack"]


def test_the_count_before_bringing_the_cumulative_toll_is_the_days():
    text = ("Heavy Israeli bombardments on Gaza have continued. In the last 27 hours, 138 "
            "Palestinians have been killed, bringing the cumulative fatality toll in the Gaza "
            "Strip to 2,808.")
    assert [n for _, _, n, _ in _events(text, "2023-10-16")] == [138]


def test_an_attack_at_a_site_and_its_count_at_the_town_are_one_event():
    text = ("The Khadija School airstrike occurred on 26 July 2024 in Deir al-Balah, killing at "
            "least 30 people.")
    assert _events(text, "2024-07-27") == [("Air/drone strike", "Khadija School (Deir al-Balah)",
                                            30, "2024-07-26")]


def test_where_people_are_sent_to_areas_in_and_a_hospital_receiving_casualties():
    text = ("On 6 May, Israel ordered the evacuation of Palestinians from eastern Rafah to areas "
            "in central Gaza and Khan Yunis.")
    assert [loc for _, loc, _, _ in _events(text, "2024-05-07")] == ["Rafah"]
    text = ("On 8 June 2024, a rescue operation was carried out in the Nuseirat refugee camp. "
            "Al-Aqsa Hospital was overwhelmed with casualties, while communications were "
            "disrupted by intense Israeli bombing.")
    assert {loc for _, loc, _, _ in _events(text, "2024-06-09")} == {"Nuseirat Camp"}


def test_soldiers_killed_during_ground_operations_are_a_battle():
    text = ("Intense bombardments killed 280 Palestinians in Gaza. On 31 October, 13 Israeli "
            "soldiers were killed in Gaza during the ground operations.")
    assert ("Armed clash", "Gaza Strip", 13, "2023-10-31") in _events(text, "2023-11-01")


def test_a_country_that_acts_is_not_where():
    text = ("On 8 October, 2023, Israel killed 6 health workers in Gaza while attacking health "
            "facilities and ambulances.")
    assert _events(text, "2024-02-09") == [("Air/drone strike", "Gaza Strip", 6, "2023-10-08")]


@pytest.mark.parametrize("text", [
    "Hamas and Hezbollah launch rockets towards Tel Aviv and Haifa, Israel. Twelve people are "
    "injured. (Reuters)",
    "Israeli forces in Gaza recover the body of a Thai national abducted by the Mujahideen "
    "Brigades during the October 7 attacks. (BBC News)",
])
def test_injuries_with_no_place_and_what_happened_on_october_7_are_no_gaza_events(text):
    assert _events(text, "2024-10-07") == []


@pytest.mark.parametrize("text,expected", [
    ("Israeli forces strike the Gaza Strip, killing at least 50 people, including at least 33 "
     "people in an airstrike on the Jabalia refugee camp.",
     {("Jabalia Camp", 33), ("Gaza Strip", 17)}),
    ("Israeli airstrikes in Gaza kill 72 people, including at least 38 in Khan Younis.",
     {("Khan Younis", 38), ("Gaza Strip", 34)}),
    ("An airstrike on a school in Rafah killed 15 people, including 6 children.",
     {("Rafah", 15)}),
    ("At least twelve Palestinians are killed in Israeli attacks across the Gaza Strip, "
     "including seven at the Kamal Adwan Hospital.",
     {("Kamal Adwan Hospital", 7), ("Gaza Strip", 5)}),
    ("Ten Israeli troops are killed in clashes in the Gaza Strip, including a colonel of the "
     "Golani Brigade killed in Shuja'iyya.", {("Shejaia", 1), ("Gaza Strip", 9)}),
    ("At least 44 Palestinians are killed in Israeli airstrikes on the Gaza Strip, with severe "
     "attacks carried out in Khan Yunis and Rafah.",
     {("Gaza Strip", 44), ("Khan Younis", None), ("Rafah", None)}),
])
def test_a_toll_with_a_part_named_at_a_place_is_split(text, expected):
    assert {(loc, n) for _, loc, n, _ in _events(text, "2024-10-19")} == expected


@pytest.mark.parametrize("text,expected", [
    # a part placed "near", "around" or "outside" a place is split like one "in" it
    ("Israeli strikes killed 31 people across Gaza on Monday, including 12 near Jabalia.",
     {("Jabalia", 12), ("Gaza Strip", 19)}),
    ("Airstrikes killed 25 people across the enclave, including 10 near the Kuwait roundabout "
     "in Gaza City and five around Nuseirat.",
     {("Kuwaiti Roundabout", 10), ("Nuseirat", 5), ("Gaza Strip", 10)}),
    ("At least 18 Palestinians were killed in the Gaza Strip on Tuesday, including seven "
     "outside the Al-Aqsa Martyrs Hospital.",
     {("Al-Aqsa Martyrs Hospital", 7), ("Gaza Strip", 11)}),
    ("Shelling killed 40 people across the territory, including 15 around Khan Younis.",
     {("Khan Younis", 15), ("Gaza Strip", 25)}),
    # a part with no place of the Strip's own stays in the rest; the parts after it hold
    ("Israeli strikes killed 31 people across Gaza on Monday, including 12 near the Zikim "
     "crossing and five in Rafah.", {("Rafah", 5), ("Gaza Strip", 26)}),
    ("Israeli strikes killed 31 people across Gaza on Monday, including 12 in a strike on a "
     "school and five in Rafah.", {("Rafah", 5), ("Gaza Strip", 26)}),
])
def test_a_part_near_a_place_or_with_no_place_of_its_own_is_split(text, expected):
    assert {(loc, n) for _, loc, n, _ in _events(text, "2024-10-27")} == expected


@pytest.mark.parametrize("text", [
    "As a result, Israel blocks Palestinians from returning to North Gaza.",
    "More than 2,300 trucks have entered Gaza through Rafah so far in February.",
    "Shortly after having issued the evacuation orders for Khan Younis, Israel paused.",
])
def test_prevented_returns_running_counts_and_deeds_given_as_a_time(text):
    doc = parse(text, published="2024-02-28")
    assert [e for e in doc.events if e.event_type == "Strategic developments"] == []


def test_a_strip_count_goes_to_the_one_place_its_sentence_gives_the_attack():
    text = ("The Flour Massacre occurred in the Gaza Strip on 29 February 2024, when at least 118 "
            "Palestinians were killed after Israeli forces opened fire on people seeking food on "
            "Al-Rashid Street in Gaza City.")
    doc = parse(text, published="2024-02-29")
    assert [(e.location, e.fatalities) for e in doc.events] == [("Gaza City", 118)]
    across = parse("Airstrikes across the Gaza Strip killed 35 people on Saturday, and an "
                   "airstrike hit a house in Gaza City.", published="2024-06-30")
    assert sorted((e.location, e.fatalities) for e in across.events) == \
        [("Gaza City", None), ("Gaza Strip", 35)]


@pytest.mark.parametrize(("text", "dead", "other"), [
    ('Agency spokesman Mahmud Bassal said that "19 people were killed in three massacres '
     'caused by Israeli air strikes in the Gaza Strip between midnight and this morning", as '
     "well as by tank fire in Rafah in the territory's south.", 19, "Rafah"),
    ("Medics said 12 people were killed by Israeli air strikes in the Gaza Strip overnight, "
     "as well as by tank shelling in Khan Younis.", 12, "Khan Younis"),
    ("Officials said 15 people were killed by Israeli air strikes in the Gaza Strip on "
     "Sunday, in addition to artillery fire on Beit Lahia.", 15, "Beit Lahia"),
])
def test_a_strip_count_stays_the_strips_beside_another_act_joined_on(text, dead, other):
    # the Strip's clause names no town; the other act's place is not its place
    doc = parse(text, published="2024-11-23")
    assert {(e.location, e.fatalities) for e in doc.events} == \
        {("Gaza Strip", dead), (other, None)}


def test_a_strip_count_joined_on_to_an_act_of_its_own_kind_goes_to_its_place():
    # near-miss: the same kind of act told again at a place
    doc = parse("Medics said 12 people were killed by Israeli air strikes in the Gaza Strip "
                "overnight, as well as by air strikes in Khan Younis.", published="2024-11-23")
    assert [(e.location, e.fatalities) for e in doc.events] == [("Khan Younis", 12)]


def test_a_country_named_as_the_source_is_no_place():
    text = ("According to Israel, its forces targeted a command centre in the Al-Tabi'in school "
            "in Gaza City on 10 August and killed at least 31 fighters.")
    doc = parse(text, published="2024-08-13")
    assert [(e.location, e.fatalities) for e in doc.events] == [("Al-Tabi'in School", 31)]


@pytest.mark.parametrize("text", [
    "A child is killed every 10 minutes in Gaza, the UN health agency said.",
    "The death toll in the Gaza Strip since Israel began airstrikes increases to 20,000.",
    "Close to 70 percent of people killed in Gaza by strikes and shelling are children and women.",
    "On 13 December, the bodies of fifteen Palestinians were discovered at a school in Jabalia.",
])
def test_rates_spans_of_war_statistics_and_bodies_found_are_no_attack(text):
    doc = parse(text, published="2023-12-20")
    assert [e for e in doc.events if e.event_type == "Explosions/Remote violence"] == []


def test_a_consequence_with_a_count_of_its_own_is_told():
    text = ("Yesterday, a military operation in al-Mawasi resulted in casualties and the "
            "displacement of at least 5,000 people.")
    doc = parse(text, published="2024-06-28")
    assert ("Displacement", "al-Mawasi") in [(e.sub_event_type, e.location) for e in doc.events]


def test_remains_returned_to_a_country_are_a_release_in_gaza():
    text = ("Gaza war hostage crisis\nHamas returns the body of Israeli American Itay Chen to "
            "Israel, the last hostage with U.S. citizenship held in the Gaza Strip.")
    doc = parse(text, published="2025-11-04")
    assert [(e.sub_event_type, e.location) for e in doc.events] == [
        ("Hostage or prisoner release", "Gaza Strip")]


def test_a_running_total_does_not_date_the_days_toll():
    text = ("Ten Palestinians are killed in Israeli attacks across the Gaza Strip, bringing the "
            "total number killed since Friday up to 104.")
    doc = parse(text, published="2025-10-06")
    assert [(e.event_date, e.fatalities) for e in doc.events] == [("2025-10-06", 10)]


@pytest.mark.parametrize("text", [
    "Kerem Shalom Crossing is operational, but conditions are hampering humanitarian aid "
    "deliveries at scale.",
    "The Security Council spoke on the deadly incident at an aid convoy in Gaza City on Thursday.",
    "Over 10,000 aid trucks have arrived in the Gaza Strip since the ceasefire took effect.",
])
def test_hampered_aid_incidents_at_convoys_and_counts_since_are_no_delivery(text):
    doc = parse(text, published="2025-02-06")
    assert [e for e in doc.events if e.sub_event_type == "Aid delivery"] == []


@pytest.mark.parametrize("text,expected", [
    ("Israeli forces kill at least 57 people in the Gaza Strip, including 35 aid seekers.",
     [("Explosions/Remote violence", 22), ("Violence against civilians", 35)]),
    ("Israeli gunfire and airstrikes kill at least 43 Palestinians across the Gaza Strip, "
     "including 13 who were seeking aid.",
     [("Explosions/Remote violence", 30), ("Violence against civilians", 13)]),
    ("Israeli forces kill at least 74 Palestinians across the Gaza Strip, including 23 who "
     "were attempting to get humanitarian aid.",
     [("Explosions/Remote violence", 51), ("Violence against civilians", 23)]),
])
def test_aid_seekers_killed_are_counted_apart_from_the_days_strikes(text, expected):
    doc = parse(text, published="2025-08-02")
    assert sorted((e.event_type, e.fatalities) for e in doc.events) == expected


def test_a_count_after_a_displacement_is_no_description_of_the_displaced():
    doc = parse("On Monday, thousands of residents of Beit Lahia were displaced, and 12 people "
                "were injured.", published="2024-10-22")
    assert ("Beit Lahia", "Displacement") in [(e.location, e.sub_event_type) for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    ("At least five people are killed in Israeli attacks, including two at the Nuseirat "
     "refugee camp and one each in Al-Mawasi, Khan Yunis, and Jabalia.",
     [("Jabalia", 1), ("Khan Younis", 1), ("Nuseirat Camp", 2), ("al-Mawasi (Khan Younis)", 1)]),
    ("Israeli attacks across the Gaza Strip kill at least 72 Palestinians amidst the ongoing "
     "offensive to capture Gaza City.", [("Gaza Strip", 72)]),
])
def test_tolls_split_into_parts_each_at_its_places(text, expected):
    doc = parse(text, published="2026-02-02")
    assert sorted((e.location, e.fatalities) for e in doc.events) == expected


def test_people_killed_near_aid_sites_are_counted_apart():
    doc = parse("At least 103 Palestinians are killed by Israeli fire in the past 24 hours "
                "across the Gaza Strip, including 21 people this morning near Gaza "
                "Humanitarian Foundation (GHF) sites.", published="2025-06-12")
    assert sorted((e.event_type, e.fatalities) for e in doc.events) == [
        ("Explosions/Remote violence", 82), ("Violence against civilians", 21)]


def test_a_toll_across_the_strip_mainly_somewhere_is_the_strips():
    doc = parse("At least 31 people are killed in Israeli airstrikes across the Gaza Strip, "
                "primarily in northern Gaza, according to Palestinian medics.",
                published="2024-11-03")
    assert [(e.location, e.fatalities) for e in doc.events] == [("Gaza Strip", 31)]


def test_people_killed_while_waiting_for_aid_are_violence_against_civilians():
    doc = parse("Israeli strikes hit Rafah on Monday. Today, more than 60 people were killed "
                "and over 280 injured while waiting for aid in Khan Younis.",
                published="2025-06-17")
    assert ("Khan Younis", "Violence against civilians", 60) in [
        (e.location, e.event_type, e.fatalities) for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    ("• With 178 UNRWA staff killed and nearly 350 incidents affecting agency premises in "
     "Gaza, UNRWA calls for an independent investigation.", []),
    ("With at least 20 people killed in Rafah today, the strikes intensified.", [20]),
])
def test_a_count_that_frames_the_sentence_is_a_tally_unless_it_is_todays(text, expected):
    doc = parse(text, published="2024-04-19")
    assert [e.fatalities for e in doc.events] == expected


def test_the_hospitals_the_wounded_arrived_at_are_not_where_they_were_hit():
    doc = parse("Intense hostilities continued in northern Gaza. In northern Gaza, more than 150 "
                "injured patients are reported to have arrived at the Al Awda and Indonesian "
                "hospitals.", published="2025-05-16")
    assert not {"Al-Awda Hospital (Jabalia)", "Indonesian Hospital"} & {
        e.location for e in doc.events}


def test_a_hospital_that_reports_the_dead_is_a_source_not_the_place():
    doc = parse("On 6 June, an Israeli airstrike hit a school in Nuseirat. Shuhada al-Aqsa "
                "Hospital and the Gaza Health Ministry reported that at least 33 Palestinians "
                "were killed.", published="2024-06-07")
    assert [(e.location, e.fatalities) for e in doc.events] == [("Nuseirat", 33)]


def test_the_soldiers_a_count_names_as_dead_did_not_act():
    doc = parse("Three IDF soldiers are killed and ten civilians are injured when Hamas "
                "launches a rocket barrage at the Kerem Shalom border crossing.",
                published="2024-05-05")
    assert [(e.location, e.sub_event_type, e.fatalities, e.injuries, e.actor1)
            for e in doc.events] == [("Kerem Shalom Crossing",
                                      "Shelling/artillery/missile attack", 3, 10, "Hamas")]


def test_a_breakdown_of_the_dead_does_not_replace_their_number():
    from geoevents.casualties import find_casualties

    found = find_casualties("At least 23 Palestinians, including seven women, five children, "
                            "and a paramedic are killed by Israeli strikes.")
    assert [(c.kind, c.count) for c in found] == [("killed", 23)]


def test_a_named_commander_killed_is_one_death():
    doc = parse("Israel claims to have verified that it killed Hamas military commander "
                "Mohammed Deif in an attack on al-Mawasi on July 13.", published="2024-08-01")
    assert [(e.event_date, e.location, e.fatalities) for e in doc.events] == [
        ("2024-07-13", "al-Mawasi", 1)]


@pytest.mark.parametrize("text", [
    "Israel signs an agreement to acquire 25 F-15EX fighter jets, for use over North Gaza.",
    "The woman's captor in Rafah is believed to have previously been killed in an airstrike.",
])
def test_arms_bought_and_a_death_recalled_are_not_strikes(text):
    assert parse(text, published="2024-11-07").events == ()


def test_a_soldier_killed_in_a_place_of_the_sentence_is_fighting_there():
    doc = parse("Israeli tanks fired into a crowd in Rafah, killing 59. An Israeli soldier from "
                "the Golani Brigade is killed and three others are seriously injured in the "
                "southern Gaza Strip.", published="2025-06-17")
    assert ("southern Gaza", "Battles", 1, 3) in [
        (e.location, e.event_type, e.fatalities, e.injuries) for e in doc.events]


def test_deaths_from_lack_of_food_are_not_a_violent_event():
    doc = parse("At Kamal Adwan Hospital, the lack of food led to the deaths of 10 children.",
                published="2024-03-04")
    assert doc.events == ()


@pytest.mark.parametrize("text,expected", [
    ("Israeli aircraft struck a vehicle in Rafah on Tuesday. Three Islamic Jihad fighters were "
     "killed in Rafah.", [("Rafah", "Air/drone strike", 3)]),
    ("Israeli warplanes bombed a house in Jabalia overnight. Two soldiers were killed in "
     "Rafah.", [("Jabalia", "Air/drone strike", None), ("Rafah", "Armed clash", 2)]),
])
def test_a_combatant_toll_at_the_strike_s_own_place_is_the_strike_s(text, expected):
    doc = parse(text, published="2024-05-08")
    assert [(e.location, e.sub_event_type, e.fatalities) for e in doc.events] == expected


@pytest.mark.parametrize("text,expected", [
    ("Israeli forces launch a massive aerial bombardment on Gaza City, killing 123 people "
     "across the Gaza Strip.", [("Gaza City", None), ("Gaza Strip", 123)]),
    ("An airstrike on Rafah killed 20 people in the Gaza Strip.", [("Rafah", 20)]),
    ("Israeli forces strike the Holy Family Church in Gaza City, the only Catholic church in "
     "Gaza, killing three people.", [("Holy Family Church", 3)]),
])
def test_a_toll_told_across_the_strip_and_an_address_told_again(text, expected):
    doc = parse(text, published="2025-08-13")
    assert [(e.location, e.fatalities) for e in doc.events
            if e.event_type == "Explosions/Remote violence"] == expected


def test_deaths_in_a_road_accident_are_not_an_attack():
    doc = parse("A truck carrying humanitarian aid overturns on civilians near the Nuseirat "
                "refugee camp, killing at least 25 people.", published="2025-08-06")
    assert [e for e in doc.events if e.event_type in
            ("Explosions/Remote violence", "Battles", "Violence against civilians")] == []


@pytest.mark.parametrize("text,expected", [
    ("Israeli aircraft struck a house in Rafah on Tuesday. Two Israeli soldiers were killed in "
     "Rafah.", [("Rafah", "Air/drone strike", None), ("Rafah", "Armed clash", 2)]),
    ("Israeli tanks shelled eastern Rafah on Monday. On Tuesday, two Hamas fighters were "
     "killed in Rafah.", [("Rafah", "Shelling/artillery/missile attack", None),
                          ("Rafah", "Armed clash", 2)]),
    ("Two Israeli soldiers were killed in southern Gaza on Monday, and a third was injured "
     "when his vehicle overturned.", [("southern Gaza", "Armed clash", 2)]),
    ("An airstrike destroyed a house in Jabalia, and of the 15 people killed in Gaza City on "
     "Monday, most were women.", [("Jabalia", "Air/drone strike", None),
                                  ("Gaza City", "Air/drone strike", 15)]),
])
def test_tolls_stay_with_their_own_fight_day_and_clause(text, expected):
    doc = parse(text, published="2024-05-10")
    assert [(e.location, e.sub_event_type, e.fatalities) for e in doc.events] == expected


@pytest.mark.parametrize("text,expected", [
    ("An Israeli drone strike killed three Hamas gunmen in Rafah on Monday, doctors said.",
     "Hamas"),
    ("An Israeli airstrike killed five Hamas militants near a displacement camp in Deir "
     "al-Balah on Tuesday.", "Hamas"),
    ("Hamas fighters detonated a roadside bomb in Beit Hanoun on Tuesday. Three Israeli "
     "soldiers were killed in Beit Hanoun, the army said.", "Israeli military"),
])
def test_combatants_named_as_the_dead_are_the_other_party(text, expected):
    doc = parse(text, published="2024-05-10")
    assert [e.actor2 for e in doc.events if e.fatalities] == [expected]


def test_a_combatant_toll_on_the_strike_s_own_day_is_its_toll():
    doc = parse("An Israeli airstrike hit a house in Khan Younis on Monday. Two Hamas commanders "
                "were killed in Khan Younis on Monday, the military said.", published="2024-05-10")
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [("Air/drone strike", 2)]


@pytest.mark.parametrize("text,expected", [
    ("Residents were fleeing Beit Lahia on foot when they were shot by snipers.",
     [("Beit Lahia", "Attack", None)]),
    ("Two men were shot dead by Israeli snipers in Khan Younis on Monday.",
     [("Khan Younis", "Attack", 2)]),
    ("She is one of the many journalists to have been killed in Israeli airstrikes in Gaza.", []),
])
def test_people_shot_by_snipers_and_the_class_of_the_killed(text, expected):
    doc = parse(text, published="2024-05-10")
    assert [(e.location, e.sub_event_type, e.fatalities) for e in doc.events] == expected


@pytest.mark.parametrize("text", [
    "The UN rights chief calls for an investigation after hundreds of bodies are discovered in "
    "mass graves near the Nasser Hospital in Khan Younis.",
    "The hospital prepared a mass grave inside the compound to bury 180 bodies of patients.",
])
def test_bodies_found_or_buried_are_the_dead_of_before(text):
    doc = parse(text, published="2024-04-23")
    assert [e for e in doc.events if e.fatalities] == []


def test_the_group_a_victim_belongs_to_is_not_who_struck():
    got = _coded("A senior commander of Hezbollah's rocket unit is assassinated in an "
                 "Israeli airstrike in Khan Younis.")
    assert [(a1, a2) for *_, a1, a2 in got] == [("Israeli military", "Hezbollah")]


@pytest.mark.parametrize("text", [
    "Hamas hands the remains of two hostages over to the Red Cross in Gaza.",
    "Hamas returns another hostage's body to the Red Cross in Gaza.",
])
def test_hostage_bodies_handed_back_are_a_release_not_a_killing(text):
    assert [(s, n) for _, s, _, n, _, _ in _coded(text)] == \
        [("Hostage or prisoner release", None)]


def test_a_toll_across_the_strip_is_not_narrowed_to_the_title():
    text = ("Gaza war\nBeit Lahia airstrikes\n"
            "At least 40 people are killed in Israeli strikes across the Gaza Strip. (AP)\n")
    assert [loc for _, _, loc, *_ in _coded(text)] == ["Gaza Strip"]


def test_what_the_war_has_done_is_its_tally_not_an_event():
    text = ("An airstrike hit a house in Rafah on Monday, killing three. The year-long war has "
            "displaced about 90% of Gaza's 2.3 million people, often multiple times.")
    assert [s for _, s, *_ in _coded(text)] == ["Air/drone strike"]


def test_the_strike_placed_at_a_site_of_the_town_it_was_counted_at_is_one_event():
    text = ("KHAN YOUNIS, March 4: An Israeli strike on a tent camp killed five people, "
            "health officials said. The strike early Tuesday hit tents near Nasser Hospital "
            "in Khan Younis.")
    assert [(loc, n) for _, _, loc, n, *_ in _coded(text)] == [("Nasser Medical Complex", 5)]
    # a strike told of another town is another event
    text = ("An Israeli strike on a tent camp in Rafah killed five people on Tuesday. The "
            "strike on Nasser Hospital in Khan Younis the same day wounded ten.")
    assert {loc for _, _, loc, *_ in _coded(text)} == {"Rafah", "Nasser Medical Complex"}


@pytest.mark.parametrize("text,count", [
    ("The Palestine Red Crescent said two of its paramedics were killed in an Israeli air "
     "strike on an ambulance in Rafah on Monday.", 2),
    ("UNRWA says one of their staff members was killed after their vehicle was hit by "
     "Israeli fire in Deir al-Balah on Monday.", 1),
    ("The ministry condemned the bombing of Rafah on Monday for killing one of its staff "
     "members.", 1),
    ("An Israeli strike in Khan Younis on Monday killed two of their children.", 2),
    ("An Israeli strike in Rafah on Monday killed a woman and two of her children.", 3),
    # the victims' organisation named between the count and who they were
    ("Seven World Central Kitchen staff members were killed in Israeli airstrikes in Deir al "
     "Balah on Monday.", 7),
    ("Two Palestine Red Crescent Society paramedics were killed while on duty in Rafah on "
     "Monday.", 2),
])
def test_members_of_a_group_counted_as_its_own(text, count):
    assert [n for _, _, n, _ in _events(text)] == [count]


def test_named_dead_listed_with_roles_and_others_add_up():
    text = ("On 13 May 2025, Israeli airstrikes hit the European Hospital in Khan Younis, "
            "killing Hamas leader Mohammed Sinwar, Rafah Brigade commander Muhammad Shabana and "
            "20+ others.")
    assert [n for _, _, n, _ in _events(text, "2025-05-14")] == [22]
    text = ("An Israeli airstrike in Deir al-Balah on Monday killed Aziz Salha, Ahmed Nasser "
            "and Omar Khaled.")
    assert [n for _, _, n, _ in _events(text)] == [3]
    # a description after the name is no second name
    text = "An Israeli airstrike in Deir al-Balah on Monday killed Aziz Salha, a journalist."
    assert [n for _, _, n, _ in _events(text)] == [1]


def test_a_second_count_at_the_next_place_is_that_places():
    text = ("Israeli airstrikes kill twelve Palestinian civilians in Rafah and one at the "
            "al-Shati camp near Gaza City.")
    assert sorted((loc, n) for _, loc, n, _ in _events(text)) == [("Beach Camp", 1),
                                                                  ("Rafah", 12)]
    text = "Israeli airstrikes killed 12 people in Rafah on Monday and three in Khan Younis."
    assert sorted((loc, n) for _, loc, n, _ in _events(text)) == [("Khan Younis", 3),
                                                                  ("Rafah", 12)]
    text = ("Israeli airstrikes killed at least 12 people in Rafah and at least three in Khan "
            "Younis.")
    assert sorted((loc, n) for _, loc, n, _ in _events(text)) == [("Khan Younis", 3),
                                                                  ("Rafah", 12)]
    # (the wounded are not a share of the dead)
    text = "Israeli airstrikes killed 12 people in Rafah and wounded three in Khan Younis."
    assert sorted((loc, n) for _, loc, n, _ in _events(text)) == [("Khan Younis", None),
                                                                  ("Rafah", 12)]


def test_the_days_toll_altogether_is_the_strips():
    text = ("Three children are killed after an Israeli airstrike hits a tent encampment in the "
            "Nuseirat refugee camp. Altogether, at least 45 people are killed from today's "
            "attacks.")
    # (the sum holds the three told before it: the Strip keeps the rest, 42)
    assert sorted((loc, n) for _, loc, n, _ in _events(text)) == [("Gaza Strip", 42),
                                                                  ("Nuseirat Camp", 3)]


def test_a_named_victim_and_a_colleague_are_two():
    text = ("Journalist Ismail al-Ghoul and his cameraman are killed in an Israeli airstrike "
            "in Gaza City.")
    assert [n for _, _, n, _ in _events(text)] == [2]


def test_a_shootout_is_a_battle_and_both_sides_dead_add_up():
    text = ("At least 19 Doghmush clan members and eight Hamas fighters are killed in a shootout "
            "in Gaza City.")
    assert [(t, n) for t, _, _, n, *_ in _coded(text)] == [("Battles", 27)]


@pytest.mark.parametrize("text,count", [
    ("Monday marked the deadliest day for the Israeli army since their ground operation "
     "commenced, with 24 soldiers losing their lives in Gaza.", 24),
    ("Five fishermen perished when their boat was struck off Khan Younis on Monday.", 5),
])
def test_other_words_for_the_dead(text, count):
    assert [n for _, _, n, _ in _events(text)] == [count]


def test_a_toll_since_the_war_began_is_still_a_tally():
    text = ("Israeli strikes have killed 24 aid workers in Gaza since the war began, the UN "
            "said on Monday.")
    assert all(n is None for _, _, n, _ in _events(text))


def test_a_commander_the_army_kill_in_a_headlines_present_is_one_dead():
    text = ("The Israel Defense Forces kill senior Hamas commander Billal Al Kedra in an "
            "airstrike in Khan Yunis.")
    assert [(loc, n) for _, loc, n, _ in _events(text, "2023-10-15")] == [("Khan Younis", 1)]
    # a vow to kill one is no death
    assert [n for _, _, n, _ in _events("Israel vowed to kill Hamas leader Yahya Sinwar "
                                        "after the strikes on Khan Yunis.", "2023-10-15")] == [
        None]


def test_two_named_dead_joined_by_and():
    text = ("The PRCS paramedics Haitham Tubasi and Suhail Hassouna were killed as a result of "
            "the direct bombing of an ambulance in the Tal Sultan area on Wednesday.")
    assert [n for _, _, n, _ in _events(text, "2024-05-30")] == [2]
    # two places joined by "and" are nobody
    assert [n for _, _, n, _ in _events("Khan Younis and Deir Al Balah were struck on "
                                        "Wednesday.", "2024-05-30")] == [None, None]


def test_martyrs_are_the_dead_and_since_dawn_is_one_days_toll():
    text = ("The ministry said six massacres were committed against families in the Gaza "
            "Strip, resulting in 54 martyrs and 104 injuries in the last 24 hours.")
    assert [(f, i) for _, f, i in _counts(text, "2024-04-22")] == [(54, 104)]
    text = ("Medical sources said 49 Palestinians, including 32 from Gaza City, have been "
            "killed in the Gaza Strip since dawn on Sunday by Israeli shelling.")
    assert sorted((loc, f) for loc, f, _ in _counts(text, "2025-09-14")) == [
        ("Gaza City", 32), ("Gaza Strip", 17)]
    # a war's tally is still no event's toll
    text = ("More than 34,000 Palestinians have been killed in the Gaza Strip since the war "
            "began, the ministry said on Sunday.")
    assert all(f is None for _, f, _ in _counts(text, "2024-04-22"))


def test_a_hospital_that_received_the_dead_is_not_where_they_died():
    text = ("At least 45 were killed in Israeli strikes across Gaza on Sunday. Al-Shifa "
            "Hospital received 13 martyrs, Al-Ahli Arab (Baptist) Hospital received 8 and "
            "Nasser Hospital received 8.")
    assert [loc for loc, *_ in _counts(text, "2025-09-14")] == ["Gaza Strip"]
    text = ("Ten people were killed by strikes in Khan Younis, according to the Nasser, "
            "Al-Aqsa and Al-Ahli hospitals where the bodies were brought.")
    assert [loc for loc, *_ in _counts(text, "2025-05-23")] == ["Khan Younis"]


def _counts(text, published):
    return [(e.location, e.fatalities, e.injuries) for e in parse(text, published=published).events]


def test_counts_listed_place_by_place_and_the_toll_they_add_up_to():
    text = ("At least 23 people have been killed by Israeli strikes across Gaza overnight. "
            "Ten people were killed by strikes in the southern city of Khan Younis, four in "
            "the central town of Deir al-Balah and nine in the Jabaliya refugee camp in the "
            "north.")
    assert sorted((loc, f) for loc, f, _ in _counts(text, "2025-05-23")) == [
        ("Deir al-Balah", 4), ("Jabalia Camp", 9), ("Khan Younis", 10)]
    # parts that do not add up to the toll leave it standing, with the rest of its dead
    text = text.replace("At least 23", "At least 40")
    assert ("Gaza Strip", 17) in [(loc, f) for loc, f, _ in _counts(text, "2025-05-23")]
    # a count with a verb of its own is no part of the list
    text = ("Israeli strikes killed 12 people in Rafah, and 30 people in Khan Younis were "
            "wounded on Monday.")
    got = [(loc, f) for loc, f, _ in _counts(text, "2025-05-23")]
    assert ("Rafah", 12) in got and ("Khan Younis", 30) not in got


def test_a_toll_told_for_regions_together_goes_to_neither():
    text = ("Earlier on Monday, the Israeli army said three of its soldiers had been killed "
            "in battles in northern and central areas of Gaza.")
    assert sorted((loc, f) for loc, f, _ in _counts(text, "2023-12-04")) == [
        ("central Gaza", None), ("northern Gaza", None)]


def test_fighters_who_opened_fire_on_troops_fought_a_battle():
    text = ("The Israeli army said it had killed the Hamas fighters who opened fire on its "
            "troops in Jabalia on Monday.")
    assert [t for t, *_ in _coded(text, "2023-12-04")] == ["Battles"]
    text = "Israeli soldiers opened fire on crowds in Rafah on Monday."
    assert [t for t, *_ in _coded(text, "2023-12-04")] == ["Violence against civilians"]


def test_bodies_recovered_after_a_withdrawal_are_no_new_killing():
    text = ("Several bodies of Palestinians have been recovered on Friday from areas in the "
            "northern Gaza Strip after the Israeli army withdrew from the region.")
    assert "Explosions/Remote violence" not in [t for t, *_ in _coded(text, "2024-05-31")]


def test_a_campaigns_tally_with_hundreds_more_wounded_is_no_event():
    text = ("Israel's military has killed dozens of Palestinian civilians and wounded hundreds "
            "more, including children, in its relentless pursuit of Hamas commanders in Gaza.")
    assert _counts(text, "2024-07-24") == []
    # "two more" is still the latest count
    text = "Two more Palestinians have been killed in Khan Younis, medics said on Monday."
    assert [(loc, f) for loc, f, _ in _counts(text, "2024-07-24")] == [("Khan Younis", 2)]


def test_bodies_released_by_israel_are_deaths_told_before():
    text = ("The bodies of dozens of Palestinians killed by the Israeli army arrived Tuesday in "
            "the Gaza Strip after being released by Israel through Kerem Shalom.")
    assert all(f is None for _, f, _ in _counts(text, "2023-12-26"))
    # the bodies of the dead of a strike brought to a hospital are its toll
    text = ("An Israeli strike hit a house in Rafah on Tuesday; the bodies of 12 people were "
            "brought to the Kuwaiti hospital.")
    assert 12 in [f for _, f, _ in _counts(text, "2023-12-26")]


def test_victims_named_by_a_long_organisation_and_role():
    text = ("On Wednesday, four Palestine Red Crescent emergency medical workers were killed "
            "when their ambulance was hit in Gaza.")
    assert [f for _, f, _ in _counts(text, "2023-10-13")] == [4]


def test_have_been_killed_when_one_strike_hit_is_that_strikes_toll():
    text = ("At least two people have been killed when Israeli forces launched a missile strike "
            "on a car travelling in Jabalia.")
    assert [f for _, f, _ in _counts(text, "2006-01-03")] == [2]
    # a perfect tally of many attacks is still no event's toll
    text = "Some 500 health workers have been killed in Israeli attacks across Gaza."
    assert all(f is None for _, f, _ in _counts(text, "2024-01-03"))


def test_a_count_with_no_noun_told_after_that_or_a_quote():
    text = ('The media office said that "more than 60 were martyred in the raids" during the '
            'night, including 17 who were killed in a single strike that hit a house in '
            'Jabaliya.')
    assert sorted((loc, f) for loc, f, _ in _counts(text, "2023-10-23")) == [
        ("Gaza Strip", 43), ("Jabalia", 17)]
    # a count with no verb of its own is no toll
    assert _counts("He said that 60 killed in Rafah were fighters.", "2023-10-23") == []


@pytest.mark.parametrize("text,killed", [
    ("The number of people killed in an Israeli strike on the Bureij camp has risen to 40.", 40),
    ("The number of people killed in an Israeli attack on a school in Jabalia rose to at least "
     "27 on Sunday.", 27),
])
def test_the_number_killed_in_one_attack_is_its_toll(text, killed):
    assert [n for _, _, n, _ in _events(text, "2023-12-24")] == [killed]


def test_the_number_killed_in_the_war_is_still_no_attacks_toll():
    text = "The number of people killed in the war has risen to 38,000, the ministry said."
    assert all(n != 38000 for _, _, n, _ in _events(text, "2024-06-29"))


def test_dead_besides_those_told_add_up():
    text = ("Israeli jets hit a house in Jabalia on Thursday, killing five people. Three more "
            "people were killed in a drone strike on a market in the same city, medics said.")
    assert [(loc, n) for _, loc, n, _ in _events(text, "2024-11-07")] == [("Jabalia", 8)]


@pytest.mark.parametrize("second", [
    "A drone strike on a market in the same city killed more than three people.",
    "Three people were killed in a drone strike on a market in the same city.",
])
def test_a_count_told_again_is_not_added(second):
    text = "Israeli jets hit a house in Jabalia on Thursday, killing five people. " + second
    assert [(loc, n) for _, loc, n, _ in _events(text, "2024-11-07")] == [("Jabalia", 5)]


def test_a_days_toll_is_its_parts_of_several_kinds():
    text = ("At least 11 Palestinians were killed in Israeli airstrikes across the Gaza Strip "
            "on Thursday, medics said. Israeli jets hit a house in Jabalia, killing six. Five "
            "were killed when Israeli forces shelled a gathering in the Nuseirat refugee camp.")
    got = sorted((loc, n) for _, loc, n, _ in _events(text, "2024-11-07"))
    assert got == [("Jabalia", 6), ("Nuseirat Camp", 5)]


@pytest.mark.parametrize("text,counts", [
    ("Another Palestinian was killed in Gaza City's Sheikh Radwan neighbourhood on Friday, while "
     "two more were killed in Khan Younis.", [("Sheikh Radwan", 1), ("Khan Younis", 2)]),
    ("Three more were killed in an Israeli air strike in Rafah on Friday, medics said.",
     [("Rafah", 3)]),
])
def test_more_dead_told_on_their_own(text, counts):
    assert sorted((loc, n) for _, loc, n, _ in _events(text, "2025-10-11")) == sorted(counts)


def test_another_day_is_no_victim():
    text = "Another day passed without aid entering Rafah, the UN said on Friday."
    assert all(n is None for *_, n, _ in _events(text, "2025-10-11"))


def test_a_driver_killed_with_aid_workers_counts():
    text = ("An Israeli airstrike killed six aid workers and their driver in Deir al-Balah on "
            "Monday.")
    assert [n for _, _, n, _ in _events(text, "2024-04-02")] == [7]


@pytest.mark.parametrize("text,n", [
    ("Israeli strikes in the Tuffah neighbourhood on Tuesday resulted in the deaths of three "
     "medical workers and a journalist.", 4),
    ("Israeli airstrikes hit a residential building in Khan Younis on Tuesday, causing the death "
     "of 26 people.", 26),
])
def test_the_deaths_of_those_named(text, n):
    assert [c for _, _, c, _ in _events(text, "2025-06-10")] == [n]


def test_a_toll_over_different_parts_of_the_strip_is_the_strips():
    # the places "including" names are parts of it, each an attack with no toll of its own
    doc = parse("At least 40 Palestinians were killed and dozens more injured by Israeli "
                "airstrikes on different parts of the Gaza Strip, including a house in Rafah "
                "and a school in Jabalia.", published="2024-05-02")
    got = {(e.location, e.fatalities) for e in doc.events}
    assert ("Gaza Strip", 40) in got
    assert not any(n == 40 for place, n in got if place != "Gaza Strip")


def test_a_toll_at_one_place_beside_strikes_over_several_areas_keeps_its_place():
    # a comma ends the toll's own words: the areas struck are not where the two died
    doc = parse("Two people were killed in a strike on a house in Rafah, as Israeli jets "
                "pounded several areas of the Gaza Strip.", published="2024-05-02")
    assert ("Rafah", 2) in [(e.location, e.fatalities) for e in doc.events]


def test_a_count_the_ministry_reported_is_the_toll_of_the_attack_told_before():
    doc = parse("An Israeli strike hit a tent camp in Rafah on Sunday. The Hamas-run Ministry of "
                "Health reported 35 killed, including women and children.",
                published="2024-05-28")
    assert [(e.event_date, e.location, e.fatalities) for e in doc.events] == [
        ("2024-05-26", "Rafah", 35)]


def test_police_officers_killed_by_an_airstrike_are_no_battle():
    # Gaza's police are not combatants: their deaths keep the strike's type
    doc = parse("An Israeli airstrike hit a police post in Rafah on Tuesday. Six Palestinian "
                "police officers were killed.", published="2024-02-06")
    assert {e.event_type for e in doc.events} == {"Explosions/Remote violence"}


def test_a_towns_toll_told_again_as_parts_that_add_up_is_those_parts():
    doc = parse("At least 42 people were killed in Israeli airstrikes on Gaza City on Sunday. A "
                "single strike on homes in Al-Shati camp killed 24, while another strike in "
                "Al-Tuffah killed 18.", published="2024-06-23")
    assert sorted((e.location, e.fatalities) for e in doc.events) == [
        ("Beach Camp", 24), ("Tuffah", 18)]


def test_a_towns_toll_with_parts_that_do_not_add_up_stays():
    doc = parse("At least 42 people were killed in Israeli airstrikes on Gaza City on Sunday. A "
                "single strike on homes in Al-Shati camp killed 24.", published="2024-06-23")
    assert ("Gaza City", 42) in [(e.location, e.fatalities) for e in doc.events]


def test_dead_said_to_have_also_been_killed_add_to_the_toll_told():
    doc = parse("Reports from Gaza indicate that Zakaria Sinwar was killed in an Israeli "
                "airstrike targeting the Nuseirat refugee camp. Two of his children, who were "
                "with him at the time, were also reportedly killed.", published="2025-05-18")
    assert [(e.location, e.fatalities) for e in doc.events] == [("Nuseirat Camp", 3)]


@pytest.mark.parametrize("text", [
    "At least six civilians are killed in airstrikes near Khan Younis and at least seven "
    "people are killed in Israeli airstrikes in Gaza City.",
    "At least six civilians are killed in airstrikes near Khan Younis and at least seven "
    "people, including five emergency workers, are killed in airstrikes in Gaza City.",
])
def test_two_counts_joined_by_and_each_keep_their_place(text):
    doc = parse(text, published="2023-10-16")
    assert [(e.location, e.fatalities) for e in doc.events] == [("Khan Younis", 6),
                                                                ("Gaza City", 7)]


@pytest.mark.parametrize("second, n", [("a child was killed", 1),
                                       ("another three were killed", 3)])
def test_a_second_count_after_and_keeps_its_place(second, n):
    doc = parse(f"Five people were killed in airstrikes in Khan Younis and {second} in Gaza "
                "City.", published="2023-10-16")
    assert [(e.location, e.fatalities) for e in doc.events] == [("Khan Younis", 5),
                                                                ("Gaza City", n)]


@pytest.mark.parametrize("text, n", [
    ('The military said in a statement it has "eliminated over 40 terrorists" in the Jabalia '
     "area on Sunday.", 40),
    ("Troops killed 12 Hamas operatives in Beit Lahia on Sunday.", 12),
    ("Four troopers were killed and seven others wounded in Rafah on Sunday.", 4),
])
def test_an_armys_words_for_fighters_killed_are_a_battle_toll(text, n):
    doc = parse(text, published="2024-10-27")
    assert [(e.event_type, e.fatalities) for e in doc.events] == [("Battles", n)]


def test_aircraft_that_killed_fighters_made_an_airstrike():
    doc = parse("During operations in central Gaza, Israeli aircraft eliminated a number of "
                "Hamas fighters, the statement read.", published="2024-04-17")
    assert [(e.location, e.sub_event_type) for e in doc.events] == [("central Gaza",
                                                                     "Air/drone strike")]
    assert parse("Israeli aircraft dropped leaflets over Rafah on Saturday.",
                 published="2024-04-17").events == ()


def test_two_vague_counts_are_not_one_toll_told_twice():
    doc = parse("The Israeli Air Force has struck over 40 targets and eliminated several of "
                "its fighters in the Gaza Strip in the past day, the army said. During "
                "operations in central Gaza, Israeli aircraft eliminated a number of Hamas "
                "fighters, the statement read.", published="2024-04-17")
    assert {e.location for e in doc.events} == {"Gaza Strip", "central Gaza"}


@pytest.mark.parametrize("text, place, n", [
    ("The death toll from an Israeli strike on a house in Rafah rose to 12 on Sunday.",
     "Rafah", 12),
    ("The death toll from Israel's strike on a mosque sheltering displaced persons in the "
     "city of Deir al Balah in the central Gaza Strip has risen to 24, Palestinian news "
     "agency Shehab reported on Sunday.", "Deir al-Balah", 24),
])
def test_a_death_toll_rising_after_a_long_name_of_its_attack_is_its_count(text, place, n):
    assert [(loc, k) for _, loc, k, _ in _events(text)] == [(place, n)]


@pytest.mark.parametrize("text, place, n", [
    ("Palestinians say a new Israeli airstrike has killed six people from a single family in "
     "central Gaza Strip. Witnesses in Deir al-Balah town say they heard two explosions "
     "followed by the sound of ambulance sirens.", "Deir al-Balah", 6),
    ("An Israeli air strike killed three members of one family in southern Gaza on Monday. "
     "Neighbours in Rafah said they heard a loud explosion before dawn.", "Rafah", 3),
    # the sentence placing it tells only some of the dead: the toll is the lead's
    ("Seven Palestinians were killed on Friday night when Israeli warplanes launched a raid "
     "on a building in the Gaza Strip, medics said. The Israeli aircraft targeted the home of "
     "a militant in the Bureij refugee camp, killing him and two of his children.",
     "Bureij Camp", 7),
])
def test_a_one_strike_toll_of_a_wide_area_goes_to_the_place_told_next(text, place, n):
    assert [(loc, k) for _, loc, k, _ in _events(text, "2024-10-29")] == [(place, n)]


@pytest.mark.parametrize("text, place, n", [
    ("Reports indicate dozens of casualties as the Israeli military intensifies its operations "
     "in the area. More than 20 citizens were martyred yesterday in Jabalia camp.",
     "Jabalia Camp", 20),
    ("The army stepped up its operations in the area. On Monday twelve people were killed in "
     "Jabalia.", "Jabalia", 12),
])
def test_a_toll_after_a_weak_cue_that_made_no_event_is_no_battle(text, place, n):
    assert [(e.event_type, e.location, e.fatalities)
            for e in parse(text, published="2024-10-27").events] == \
        [("Explosions/Remote violence", place, n)]


@pytest.mark.parametrize("text, place, n", [
    ("The Israeli air operation launched on Tuesday in the Gaza Strip targeted several leaders. "
     "According to reports, he was eliminated in the strike. Palestinian sources said that five "
     "senior Hamas officials were also killed in the surprise offensive, which has reportedly "
     "caused more than 300 deaths in the Palestinian enclave.", "Gaza Strip", 300),
    ("Israeli airstrikes hit a house in Khan Younis on Monday. Five people were killed in the "
     "raid.", "Khan Younis", 5),
])
def test_a_toll_of_the_operation_after_a_strike_is_the_strikes(text, place, n):
    assert [(e.event_type, e.location, e.fatalities)
            for e in parse(text, published="2025-03-18").events] == \
        [("Explosions/Remote violence", place, n)]


@pytest.mark.parametrize("text, expected", [
    ("Israeli strikes across the Gaza Strip killed at least 40 people on Tuesday, health "
     "officials said. One of those strikes killed nine people in a house in Deir al-Balah.",
     [("Gaza Strip", 31), ("Deir al-Balah", 9)]),
    ("Israeli strikes killed at least 30 people in Gaza on Tuesday, including 10 rescue "
     "workers. Six rescue workers were killed in a strike in Rafah, while another strike left "
     "four dead in Khan Younis.", [("Gaza Strip", 20), ("Rafah", 6), ("Khan Younis", 4)]),
    ("Israeli forces killed at least 60 people across Gaza on Tuesday with strikes that left 20 "
     "dead at a school. At least 20 people were killed at a school in Nuseirat, medics said.",
     [("Gaza Strip", 40), ("Nuseirat", 20)]),
])
def test_a_wide_toll_keeps_the_rest_of_parts_told_later_at_places(text, expected):
    assert [(loc, k) for _, loc, k, _ in _events(text)] == expected


@pytest.mark.parametrize("text", [
    "The death toll in Rafah rose from 20 to 35 on Saturday after an airstrike.",
    "The death toll from the strike in Rafah rose from 20 to 35 on Saturday.",
])
def test_a_toll_that_rose_from_one_figure_to_another_is_the_second(text):
    assert [e.fatalities for e in parse(text, published="2024-10-27").events] == [35]


@pytest.mark.parametrize("text, expected", [
    ("An Israeli soldier was killed during fighting in the southern Gaza Strip on Monday, the "
     "army said. According to the army's probe, the soldier was killed in a building collapse, "
     "after an explosive device was detonated.", [("southern Gaza", 1)]),
    ("Four Israeli soldiers were killed in attacks by fighters in Rafah on Monday, the army "
     "said. Media reports said the casualties took place as a result of an improvised explosive "
     "device in the city.", [("Rafah", 4)]),
])
def test_a_battle_toll_goes_to_the_blast_its_dead_were_killed_by(text, expected):
    got = [(e.event_type, e.location, e.fatalities)
           for e in parse(text, published="2024-10-27").events]
    assert got == [("Explosions/Remote violence", loc, n) for loc, n in expected]


def test_a_summarys_present_tense_count_with_no_noun_is_a_toll():
    text = ("In Gaza City, four are killed in a strike on a UNRWA school sheltering displaced "
            "people.")
    assert [(loc, n) for _, loc, n, _ in _events(text)] == [("Gaza City", 4)]


@pytest.mark.parametrize("text, expected", [
    ("Other Israeli airstrikes killed at least 57 Palestinians, including six in the interior "
     "ministry headquarters in Khan Younis and others in north Gaza's Jabalia refugee camp, the "
     "Shati (Beach) camp, central Gaza's Maghazi camp and Gaza City.",
     [("Khan Younis", 6), ("Jabalia Camp", None), ("Beach Camp", None), ("Maghazi Camp", None),
      ("Gaza City", None)]),
    # one place for the rest: the rest is its toll
    ("Israeli airstrikes killed at least 20 Palestinians, including six in Khan Younis and "
     "others in Rafah.", [("Khan Younis", 6), ("Rafah", 14)]),
])
def test_the_rest_of_a_toll_told_at_places_of_its_own_goes_there(text, expected):
    assert [(loc, n) for _, loc, n, _ in _events(text, "2024-10-27")] == expected


@pytest.mark.parametrize("text, expected", [
    # a toll told for several places at once: no place's own count (as the gold codes it)
    ("Seventeen people are killed in Israeli strikes on the Kamal Adwan Hospital in Beit Lahia "
     "and the Nuseirat refugee camp.", [("Kamal Adwan Hospital", None), ("Nuseirat Camp", None)]),
    ("Israeli strikes on Nuseirat and Bureij killed 18 people on Sunday.",
     [("Nuseirat", None), ("Bureij", None)]),
    ("Israeli airstrikes on the Maghazi camp in central Gaza and the Bureij camp killed 11 "
     "people.", [("Maghazi Camp", None), ("Bureij Camp", None)]),
    # two strikes, one toll for both
    ("An Israeli airstrike on a house in Rafah and another on a car in Khan Younis killed nine "
     "people.", [("Rafah", None), ("Khan Younis", None)]),
])
def test_a_toll_told_for_several_places_together_is_no_ones_own(text, expected):
    assert [(loc, n) for _, loc, n, _ in _events(text, "2024-10-27")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Strikes killed 30 people across Gaza on Sunday, including 12 in Jabalia; the rest were "
     "killed in Khan Younis and Rafah.", [("Jabalia", 12), ("Khan Younis", None), ("Rafah", None)]),
    ("Strikes killed 30 people across Gaza on Sunday, including 12 in Jabalia, while the rest "
     "were killed in Khan Younis.", [("Jabalia", 12), ("Khan Younis", 18)]),
    ("Strikes killed 20 people, including eight in Rafah, with the rest in Khan Younis.",
     [("Rafah", 8), ("Khan Younis", 12)]),
])
def test_the_rest_of_a_toll_after_a_semicolon_or_while_goes_to_its_places(text, expected):
    assert [(loc, n) for _, loc, n, _ in _events(text, "2024-10-27")] == expected


@pytest.mark.parametrize("text, n", [
    ("Civil defence crews recovered the bodies of nine people, four of them children, from the "
     "rubble of a house hit by an Israeli air strike in Nuseirat refugee camp, medics said.", 9),
    ("Rescue teams retrieved the bodies of 12 Palestinians from the ruins of a building struck "
     "by Israeli missiles in Jabalia overnight, WAFA reported.", 12),
    ("Paramedics pulled out the bodies of four people after an Israeli strike hit a tent in "
     "al-Mawasi, the health ministry said.", 4),
    ("The Civil Defense recovered the bodies of four Palestinians and several injured people "
     "after an Israeli strike targeted a house in Deir al-Balah.", 4),
])
def test_bodies_recovered_from_a_strike_told_with_them_are_its_toll(text, n):
    assert [c for _, _, c, _ in _events(text, "2024-10-27")] == [n]


@pytest.mark.parametrize("text, expected", [
    # two places: the rest at the other one
    ("Two Israeli strikes on Shujaiya and Zeitoun killed 26 people on Tuesday. The strike on "
     "a school in Zeitoun killed 16.", [("Shejaia", 10), ("Zeitoun", 16)]),
    ("Israeli strikes on Shujaiya and Zeitoun killed 26 people on Tuesday. The strike on a "
     "school in Zeitoun killed 16.", [("Shejaia", 10), ("Zeitoun", 16)]),
    # a site in the town, told before or after the toll of the twin strikes
    ("More than 80 people were killed in twin strikes on Jabalia on Saturday, including on a "
     "UN school. A strike on the Al-Fakhura school in Jabalia on Saturday killed 24.",
     [("Jabalia", 56), ("Al-Fakhura School", 24)]),
    ("A strike on the Al-Fakhura school in Jabalia on Saturday killed 24. More than 80 people "
     "were killed in twin strikes on Jabalia on Saturday, including on a UN school.",
     [("Al-Fakhura School", 24), ("Jabalia", 56)]),
])
def test_one_of_several_strikes_told_with_its_own_count_leaves_the_rest(text, expected):
    assert [(loc, n) for _, loc, n, _ in _events(text, "2024-10-27")] == expected


@pytest.mark.parametrize("text,got", [
    # "since midnight" far after the count still makes it the day's
    ("Israeli strikes have killed at least 22 people across the Gaza Strip since midnight, "
     "medical sources tell Al Jazeera, including 10 in a residential building in Beit Lahia "
     "and seven in a tent camp in al-Mawasi.",
     [("Beit Lahia", 10), ("al-Mawasi", 7), ("Gaza Strip", 5)]),
    ("Israeli strikes killed 22 people across the Gaza Strip since midnight.",
     [("Gaza Strip", 22)]),
    ("Israeli strikes killed 22 people in the Gaza Strip since early morning, including 10 "
     "in Rafah.", [("Rafah", 10), ("Gaza Strip", 12)]),
])
def test_a_toll_since_midnight_told_late_is_the_days(text, got):
    assert [(loc, n) for _, loc, n, _ in _events(text, "2024-11-13")] == got


@pytest.mark.parametrize("text,killed", [
    # a part "among" a whole with its own number: the whole is the toll
    ("A strike hit a cafe in al-Mawasi on Tuesday. Medics say three children are among the "
     "seven dead.", 7),
    ("Two women were among the 12 killed in a strike on a school in Gaza City.", 12),
    ("Two paramedics were among seven people killed when a strike hit an ambulance in Rafah.",
     7),
    ("Four children are among 15 people who were killed in an airstrike on a house in "
     "Nuseirat.", 15),
])
def test_a_part_among_a_numbered_whole_counts_the_whole(text, killed):
    assert [n for _, _, n, _ in _events(text, published="2024-10-27")] == [killed]


@pytest.mark.parametrize("text,got", [
    # a further count with "another" and no noun, opening its sentence or a clause
    ("At least 20 people were killed when a strike hit a school in Jabalia camp, while "
     "another 10 died in strikes on homes in Beit Lahia.",
     [("Jabalia Camp", 20), ("Beit Lahia", 10)]),
    ("Another ten died when a strike hit a house in Beit Lahia.", [("Beit Lahia", 10)]),
    ("Two children were killed in Nuseirat; another three died when a drone hit a tent in "
     "Mawasi.", [("Nuseirat", 2), ("al-Mawasi", 3)]),
    ("Three were killed in Rafah, and a further four died in shelling of Khan Younis.",
     [("Rafah", 3), ("Khan Younis", 4)]),
])
def test_another_count_with_no_noun_is_a_toll(text, got):
    assert [(loc, n) for _, loc, n, _ in _events(text, "2024-10-27")] == got


@pytest.mark.parametrize("text,got", [
    # bodies pulled out after a strike told with the striker as its subject: its toll
    ("The civil defence said its crews recovered the bodies of at least 71 people and "
     "treated 289 injured after Israeli aircraft struck tents of displaced people in "
     "al-Mawasi.", [("al-Mawasi", 71)]),
    ("Crews recovered the bodies of 30 people killed when Israeli aircraft struck tents in "
     "al-Mawasi.", [("al-Mawasi", 30)]),
    ("Rescuers retrieved the bodies of 12 people after warplanes bombed a house in Nuseirat.",
     [("Nuseirat", 12)]),
])
def test_bodies_pulled_out_after_a_striker_struck_are_its_toll(text, got):
    assert [(loc, n) for _, loc, n, _ in _events(text, "2024-10-27")] == got


@pytest.mark.parametrize("text,expected", [
    # a toll broken down after a comma, colon or dash: each place its part, none the whole
    ("Israeli strikes killed seven people, five in Rafah and two in Khan Younis, medics said.",
     [("Rafah", 5), ("Khan Younis", 2)]),
    ("At least 15 Palestinians were killed on Sunday: eight in Jabalia, four in Gaza City and "
     "three in Nuseirat.", [("Jabalia", 8), ("Gaza City", 4), ("Nuseirat", 3)]),
    ("Israeli strikes killed 30 people on Sunday - 20 in Gaza City and 10 in Jabalia, the "
     "civil defence said.", [("Gaza City", 20), ("Jabalia", 10)]),
    ("Israeli strikes killed 12 people in two strikes, eight in Rafah and four in Khan Younis.",
     [("Rafah", 8), ("Khan Younis", 4)]),
    # (parts that fall short of the toll are still the places' own)
    ("Israeli strikes killed 10 people overnight, four in the central town of Deir al-Balah "
     "and three in Jabalia.", [("Deir al-Balah", 4), ("Jabalia", 3)]),
    # items that count the strikes, not the dead: no place's own count
    ("Seven people were killed in two strikes, one in Rafah and one in Khan Younis.",
     [("Rafah", None), ("Khan Younis", None)]),
    ("Israeli airstrikes killed 12 people in two attacks, one on a house in Nuseirat and "
     "another on a car in Deir al-Balah.", [("Nuseirat", None), ("Deir al-Balah", None)]),
    # ... unless the dead are as many as the strikes
    ("Two people were killed in two strikes, one in Rafah and one in Khan Younis.",
     [("Rafah", 1), ("Khan Younis", 1)]),
    # the toll of a wide area: the parts at their places, the rest at the area
    ("Israeli strikes killed 40 people in the Gaza Strip, 12 in Rafah and 3 in Khan Younis.",
     [("Rafah", 12), ("Khan Younis", 3), ("Gaza Strip", 25)]),
    ("Israeli strikes killed 10 people in central Gaza, four in Deir al-Balah and three in "
     "Nuseirat.", [("Deir al-Balah", 4), ("Nuseirat", 3), ("central Gaza", 3)]),
    ("Israeli strikes killed 40 people across the Gaza Strip on Sunday, 12 of them in Rafah.",
     [("Rafah", 12), ("Gaza Strip", 28)]),
    # a single part: its place that part, the rest at the wide area if one is told
    ("Israeli strikes killed 10 people, four in Deir al-Balah.", [("Deir al-Balah", 4)]),
    ("Israeli strikes in central Gaza killed 10 people, four in Deir al-Balah.",
     [("Deir al-Balah", 4), ("central Gaza", 6)]),
    ("Israeli strikes on Rafah and Khan Younis killed 10 people, four in Rafah.",
     [("Rafah", 4), ("Khan Younis", 6)]),
    # ... or at the places told for the others
    ("Israeli strikes killed 20 people, six in Khan Younis and others in Jabalia.",
     [("Khan Younis", 6), ("Jabalia", 14)]),
])
def test_a_toll_broken_down_over_places_gives_each_its_part(text, expected):
    assert [(loc, n) for _, loc, n, _ in _events(text, "2024-10-27")] == expected


@pytest.mark.parametrize("text,killed", [
    # the army's word for its dead
    ("The army said a soldier fell in combat in northern Gaza on Monday.", 1),
    ("Two reservists fell in battle in Khan Younis on Sunday, the military said.", 2),
    # ... after a soldier's name, age and home
    ("Staff Sgt. Yair Cohen, 20, from Haifa, fell during combat in the southern Gaza Strip "
     "on Saturday, the IDF said.", 1),
])
def test_a_soldier_who_fell_in_combat_is_killed(text, killed):
    assert [n for _, _, n, _ in _events(text, "2024-10-27")] == [killed]


def test_the_same_incident_told_as_a_blast_is_one_blast_with_its_dead():
    got = parse("A soldier was killed in fighting in Rafah on Monday, the army said. Two other "
                "soldiers were wounded in the same incident, when an explosive device detonated "
                "near their vehicle.", published="2024-10-27").events
    assert [(e.sub_event_type, e.location, e.fatalities, e.injuries) for e in got] == \
        [("Remote explosive/landmine/IED", "Rafah", 1, 2)]


@pytest.mark.parametrize("text,injured", [
    ("An Israeli airstrike hit a school in Jabalia on Monday, killing seven people and "
     "injuring dozens.", 12),
    ("An Israeli airstrike hit a home in Rafah on Monday, killing five people and wounding "
     "scores.", 20),
    ("An Israeli airstrike hit a market in Khan Younis on Monday, killing 30 people and "
     "wounding hundreds.", 100),
])
def test_vague_counts_of_the_hurt_take_acleds_values(text, injured):
    assert [e.injuries for e in parse(text, published="2024-10-27").events] == [injured]


@pytest.mark.parametrize("text", [
    "Israeli tanks shelled homes in Khan Younis on Monday. The health ministry said 60 people "
    "had been killed in the past 24 hours.",
    "An explosive device detonated near an Israeli tank in Rafah on Tuesday. Health officials "
    "in Gaza said 90 people were killed over the previous 24 hours.",
])
def test_a_days_toll_after_an_attack_is_the_strips_strikes(text):
    got = [(e.sub_event_type, e.location) for e in parse(text, published="2024-10-27").events
           if e.fatalities]
    assert got == [("Air/drone strike", "Gaza Strip")]


# -- counts told in other words --------------------------------------------------------
@pytest.mark.parametrize("text,killed,injured", [
    # a vague count quoted, or right after the verb of telling
    ('The health ministry said "dozens" were killed in the strike on Jabalia camp on '
     "Wednesday.", 12, None),
    ("Officials said five were killed in an Israeli strike on a house in Rafah on Monday.",
     5, None),
    # a share of those told before, its own toll
    ("Israeli forces ambushed a group of gunmen in Rafah on Monday. Three of them were killed, "
     "the army said.", 3, None),
    # the buried told with the dead
    ("An airstrike hit a residential square in Shujaiya on Monday, reportedly killing or "
     "burying under the rubble more than 60 people.", 60, None),
    # the body the victims worked for, named in full
    ("Two paramedics with the Palestine Red Crescent Society were killed in an Israeli strike "
     "in Rafah on Monday.", 2, None),
    # the dead pulled out of the strike told first
    ("Rescue crews responded to an Israeli strike on a house in Bani Suheila on Monday and "
     "recovered three martyrs.", 3, None),
    # the day's toll of all its attacks is not this one's
    ("Three soldiers were killed in fighting in Rafah on Monday, bringing the day's death toll "
     "to 24.", 3, None),
    # the hurt told with no number
    ("An Israeli strike killed four people and injured several in Jabalia on Monday.", 4, None),
    ("An Israeli strike killed four people and injured 12 in Jabalia on Monday.", 4, 12),
])
def test_counts_told_in_other_words(text, killed, injured):
    (event,) = parse(text, published="2024-10-22").events
    assert (event.fatalities, event.injuries) == (killed, injured)


# -- a toll of several places, told in one sentence or after the places ------------------
@pytest.mark.parametrize("text,expected", [
    # a family as a part of a wide toll: the family at its place, the rest at the area
    ("Strikes on Sunday killed at least 30 people across Gaza, including a family of six in "
     "Rafah.", [("Rafah", 6), ("Gaza Strip", 24)]),
    # sites of one class listed before their plural noun: no site's own count, even where
    # the gazetteer knows only one of them
    ("On Thursday, Israeli jets struck the Abdel Fattah Hamoud and al-Zahra schools in Gaza "
     "City, killing at least 18 people.", [("Madinat az-Zahra", None)]),
    # a toll with no place of its own after a list of the places struck
    ("Israeli strikes hit homes in Jabalia and Beit Lahia on Monday. Medics said 20 people "
     "were killed.", [("Jabalia", None), ("Beit Lahia", None)]),
    # ... the toll of the Strip's attack told first, dead and hurt
    ("Israel unleashed waves of airstrikes across the Gaza Strip on Tuesday, killing more than "
     "400 people. The strikes hit homes in Deir al-Balah, Khan Younis, Rafah and Gaza City. "
     "The Health Ministry said at least 404 people were killed.",
     [("Gaza Strip", 404), ("Deir al-Balah", None), ("Khan Younis", None), ("Rafah", None),
      ("Gaza City", None)]),
    # the dead a hospital received, a part of a larger toll told before (a hospital the
    # gazetteer knows sends the count to the part named last instead: "At least 50 bodies
    # were brought to the Kuwaiti Hospital" gives Shaboura 50)
    ("Israeli strikes killed at least 67 people in Rafah on Monday. Residents said the strikes "
     "hit homes in the Shaboura area. At least 50 bodies were brought to the Emirati field "
     "hospital.", [("Rafah", 67), ("Rafah Camp", None)]),
])
def test_a_toll_of_several_places_is_no_one_place_s(text, expected):
    assert [(loc, n) for _, loc, n, _ in _events(text, "2024-10-22")] == expected


def test_the_hurt_of_the_strip_s_attack_go_with_its_dead():
    text = ("Israel unleashed waves of airstrikes across the Gaza Strip on Tuesday, killing more "
            "than 400 people. The strikes hit homes in Deir al-Balah, Khan Younis, Rafah and "
            "Gaza City. The Health Ministry said at least 404 people were killed and more than "
            "560 wounded.")
    got = [(e.location, e.fatalities, e.injuries)
           for e in parse(text, published="2025-03-18").events]
    assert got[0] == ("Gaza Strip", 404, 560)
    assert all(n is None and h is None for _, n, h in got[1:])


# -- a headline's round toll gives way to the body's count ---------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Over 100 killed as troops fire on crowd waiting for aid in Gaza City\n\nIsraeli troops "
     "opened fire on a crowd waiting for aid trucks on al-Rashid street in Gaza City on "
     "Thursday, killing at least 90 people, health officials said.", 90),
    ("More than 50 killed in Israeli strikes on Jabalia camp\n\nIsraeli airstrikes on the "
     "Jabalia refugee camp killed at least 45 people on Thursday, according to the civil "
     "defence.", 45),
    # (a part of the dead told later is not the toll)
    ("Over 100 killed in strikes on Rafah\n\nIsraeli strikes on homes in Rafah killed at "
     "least 90 people on Thursday, health officials said. Five children were killed in Rafah "
     "when a strike hit their home.", 90),
])
def test_a_headlines_round_toll_gives_way_to_the_bodys_count(text, expected):
    assert [e.fatalities for e in parse(text, published="2024-02-29").events] == [expected]


# -- a part of a period's tally told with a night of its own is that night's toll -----------
@pytest.mark.parametrize("text,expected", [
    ("Between 3 and 5 May, at least 63 Palestinians were killed and 117 injured, according to "
     "the Ministry of Health in Gaza; the toll includes at least 22 people killed in airstrikes "
     "on Rafah overnight on 5-6 May.", [("Rafah", 22)]),
    ("Between 1 and 4 May, 120 people were killed across Gaza; the toll includes 15 people "
     "killed in a strike on a school in Nuseirat on Friday.", [("Nuseirat", 15)]),
])
def test_a_part_of_a_periods_tally_with_a_night_of_its_own_is_counted(text, expected):
    assert [(e.location, e.fatalities) for e in parse(text, published="2024-05-06").events] \
        == expected


# -- deaths told with no weapon are the toll of the raid named next --------------------------
@pytest.mark.parametrize("text,place,dead", [
    ("GENEVA (WHO) — WHO is appalled by the effective destruction of Kamal Adwan Hospital in "
     "northern Gaza in recent days, which has rendered it non-functional and resulted in the "
     "deaths of at least eight patients. Before the raid, which began on 12 December, the "
     "hospital was treating about 65 patients. Many health workers were reportedly detained.",
     "Kamal Adwan Hospital", 8),
    ("The WHO said the destruction of al-Awda Hospital in Jabalia in recent days resulted in the "
     "deaths of six patients. The raid on the hospital began on 12 December.",
     "Al-Awda Hospital (Jabalia)", 6),
])
def test_deaths_told_with_no_weapon_are_the_toll_of_the_raid_named_next(text, place, dead):
    got = [(e.event_date, e.location, e.event_type, e.fatalities, e.actor1)
           for e in parse(text, published="2023-12-19").events if e.event_type != "Strategic "
           "developments"]
    assert got == [("2023-12-12", place, "Battles", dead, "Israeli military")]



# -- the dead of both sides of one battle, each told by its own word --------------------------
@pytest.mark.parametrize("text,dead", [
    ("Israeli troops raided Gaza's largest hospital, Shifa, early Monday. The military said "
     "troops killed about 20 gunmen and detained 80 others in the first hours of the raid, and "
     "that one soldier was killed in exchanges of fire.", 21),
    ("Clashes in Jabalia killed 12 militants on Monday; the army said two soldiers were killed "
     "in a gunfight there.", 14),
])
def test_the_dead_of_both_sides_of_one_battle_add_up(text, dead):
    assert [e.fatalities for e in parse(text, published="2024-03-18").events
            if e.event_type == "Battles"] == [dead]


# -- a share of a whole, a family named by its kin, the army's "fell" ---------------------
def _toll(text):
    return [(e.location, e.fatalities, e.injuries)
            for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text, dead, hurt", [
    # "N of her M children were killed": the share the verb tells
    ("An Israeli strike hit a house in Rafah on Friday. Nine of her ten children were "
     "killed.", 9, None),
    ("Two of the five soldiers were seriously wounded in Rafah on Friday.", None, 2),
    # one of a family named by its kin, with the others joined to it
    ("A man whose brother and two nephews were killed in Rafah on Friday spoke to reporters.",
     3, None),
    ("Her husband and three children were killed in an Israeli strike in Rafah on Friday.",
     4, None),
    # "..., as was their only surviving son": more of the same verb's victims
    ("Her husband, a doctor, was critically wounded in an Israeli strike in Rafah on Friday, "
     "as was their only surviving son.", None, 2),
    ("Two soldiers were killed in Rafah on Friday, as were three civilians.", 5, None),
    # the army's own word for its dead
    ("Terrorists fired an RPG at a tank in central Gaza on Monday. As a result of the "
     "incident, 21 IDF reserve soldiers fell.", 21, None),
    ("In a separate incident yesterday, three additional soldiers fell in the southern Gaza "
     "Strip.", 3, None),
])
def test_shares_kin_and_fallen_soldiers_are_counted(text, dead, hurt):
    assert [(k, h) for _, k, h in _toll(text)] == [(dead, hurt)]


def test_a_number_of_dead_is_no_count():
    # "a number of" tells the dead with no number of them (not ACLED's ten of "several")
    assert _toll("Israeli aircraft struck a car in Rimal on Saturday, killing a number of "
                 "citizens.") == [("Rimal", None, None)]
    assert _toll("Several Palestinians were killed in Rafah on Saturday.") == [
        ("Rafah", 10, None)]


def test_a_days_hurt_are_counted_however_many():
    # "1,164 injured during the past 24 hours": a day's count, not a war total
    got = parse("The hospitals of the Gaza Strip received 133 martyrs and 1,164 injured during "
                "the past 24 hours.", published="2025-07-21").events
    assert [(e.fatalities, e.injuries) for e in got] == [(133, 1164)]


def test_counts_after_since_the_ceasefire_are_its_tally():
    # "since the ceasefire took effect on October 10, 318 citizens have been martyred and
    # 788 injured": the days since, no event's count
    got = parse("Israeli strikes hit Rafah on Saturday. The ministry said that since the "
                "ceasefire took effect on October 10, 318 citizens have been martyred and 788 "
                "injured.", published="2025-11-22").events
    assert not any(e.fatalities or e.injuries for e in got)


def test_a_toll_put_at_killed_and_wounded_is_the_incidents():
    # "The Health Ministry put the toll at 104 killed and 760 wounded": over one
    # hospital's intake told before
    got = parse("Israeli troops opened fire on crowds at an aid convoy in Gaza City on Thursday, "
                "and more than 100 people were killed. The director of al-Awda Hospital said "
                "161 wounded had been brought in. The Health Ministry put the toll at 104 "
                "killed and 760 wounded.", published="2024-02-29").events
    assert [(e.fatalities, e.injuries) for e in got] == [(104, 760)]


@pytest.mark.parametrize("text", [
    # places each with a phrase of its own, joined by "and"
    ("On Monday, 79 people were killed while waiting for aid, most of them in the Zikim area "
     "northwest of Beit Lahia and on the approaches to distribution points in Rafah."),
    # a corridor beside a town is two places, not an area holding the town
    "On Monday, 30 people were killed near aid sites in Rafah and the Netzarim corridor.",
])
def test_a_toll_told_for_places_together_is_no_ones(text):
    got = parse(text, published="2024-10-27").events
    assert len(got) == 2 and not any(e.fatalities for e in got)


def test_since_as_an_adverb_after_a_toll_makes_no_tally():
    # "At least 28 people were killed and the hospital has since been out of service"
    got = parse("On 13 May, Israeli jets struck the grounds of the European Gaza Hospital. At "
                "least 28 people were killed and the hospital has since been out of service.",
                published="2025-05-25").events
    assert [e.fatalities for e in got] == [28]


@pytest.mark.parametrize("text, dead", [
    ("On 19 March, a UN guesthouse in Deir al-Balah was hit, killing one international UN "
     "staff member and injuring five others.", 1),
    ("Two foreign aid workers were killed in an Israeli strike in Rafah on Monday.", 2),
])
def test_victims_told_by_their_nationality_are_counted(text, dead):
    assert [e.fatalities for e in parse(text, published="2025-03-20").events] == [dead]


def test_the_dead_on_arrival_at_a_hospital_are_part_of_the_toll_told():
    # "Twenty-one were declared dead on arrival": a hospital's share of the 31 told before,
    # not a toll of the place named last
    got = parse("Israeli fire killed at least 31 Palestinians near an aid site in southern Gaza "
                "on Sunday. Witnesses said troops opened fire near the al-Alam roundabout in "
                "Rafah. The Red Cross field hospital received 179 casualties. Twenty-one were "
                "declared dead on arrival.", published="2024-10-27").events
    assert [e.fatalities for e in got if e.fatalities] == [31]


def test_a_toll_told_for_a_region_is_not_pinned_on_a_place_another_clause_names():
    # "two of its soldiers were killed in fighting in northern Gaza ..., as tanks and
    # infantry pressed towards the outskirts of Gaza City": the region's toll
    got = parse("Israel said two of its soldiers were killed in fighting in northern Gaza on "
                "Tuesday, as tanks and infantry pressed towards the outskirts of Gaza City.",
                published="2023-10-31").events
    assert [(e.location, e.fatalities) for e in got] == [("Gaza City", None)]


def test_recovered_bodies_in_a_days_toll_are_not_the_days_dead():
    # "133 martyrs (including 4 recovered bodies)": the bodies are the dead of before
    got = parse("The hospitals of the Gaza Strip received 133 martyrs (including 4 recovered "
                "bodies) and 1,164 injured during the past 24 hours.",
                published="2025-07-21").events
    assert [(e.fatalities, e.injuries) for e in got] == [(129, 1164)]


@pytest.mark.parametrize("text, expected", [
    # "killed 60 people overnight across the Strip ... a strike in Jabalia killed five": the
    # span's toll counts the five, who stay at their place
    ("Israeli strikes across the Gaza Strip killed 60 people overnight, including 20 children, "
     "the Health Ministry said. A strike on a house in Jabalia killed five members of one "
     "family, relatives said.", [("Gaza Strip", 55), ("Jabalia", 5)]),
    ("Israeli strikes killed 60 people across the Strip since dawn. Residents said a strike in "
     "Jabalia killed five people.", [("Gaza Strip", 55), ("Jabalia", 5)]),
])
def test_a_strip_wide_toll_of_a_span_holds_the_parts_told_at_places(text, expected):
    got = parse(text, published="2024-10-27").events
    assert [(e.location, e.fatalities) for e in got if e.fatalities] == expected


@pytest.mark.parametrize("text, expected", [
    # "eleven were martyred when an apartment was targeted": the reports' word, with a verb
    ("In the Sabra neighbourhood of Gaza City, eleven were martyred when an apartment was "
     "targeted, according to the Civil Defence.", [("Sabra", 11, None)]),
    ("Another citizen was martyred by occupation sniper fire in the Zeitoun neighbourhood.",
     [("Zeitoun", 1, None)]),
    # "a couple and their four children": the couple is two of the dead
    ("A couple and their four children were martyred when their home in al-Zawaida was "
     "bombed.", [("Az-Zawayda", 6, None)]),
    ("An Israeli strike on a house in Rafah killed a couple and their two children.",
     [("Rafah", 4, None)]),
    # "five other UN personnel were seriously injured": personnel are people
    ("A UN guesthouse in Deir al-Balah was hit by an Israeli strike; one staff member was "
     "killed and five other UN personnel were seriously injured.",
     [("Deir al-Balah", 1, 5)]),
])
def test_martyred_couples_and_personnel_are_counted(text, expected):
    got = parse(text, published="2025-10-29").events
    assert [(e.location, e.fatalities, e.injuries) for e in got] == expected


def test_a_toll_put_since_the_early_hours_is_the_days():
    # "puts the toll at 404 killed and 562 wounded since the early hours": the day's toll
    got = parse("Israeli air strikes are hitting targets across the Gaza Strip. The Ministry of "
                "Health puts the toll at 404 killed and 562 wounded since the early hours.",
                published="2025-03-18").events
    assert [(e.location, e.fatalities, e.injuries) for e in got] == [("Gaza Strip", 404, 562)]


@pytest.mark.parametrize("text", [
    # "the bodies of eight others, most of them from the Bani Suheila area": most, not all
    "In Khan Younis, Nasser Medical Complex received the bodies of eight others, most of "
    "them from the Bani Suheila area.",
    "Israeli strikes killed eight people, most of them in Bani Suheila.",
])
def test_a_toll_most_of_which_came_from_a_place_is_not_its_count(text):
    got = parse(text, published="2025-10-29").events
    assert ("Bani Suheila", 8) not in [(e.location, e.fatalities) for e in got]


@pytest.mark.parametrize("text", [
    # "struck targets after one of its soldiers was killed in Rafah": the death the strikes
    # answered, a fight of its own, not the strikes' toll
    'The army said it struck "dozens of terror targets" after one of its soldiers was killed '
    "in Rafah on Tuesday.",
    "Israeli jets pounded Rafah overnight after two soldiers were killed there.",
])
def test_troops_killed_before_strikes_are_not_the_strikes_toll(text):
    got = parse(text, published="2025-10-29").events
    assert all(e.fatalities is None for e in got if e.sub_event_type == "Air/drone strike")
    assert any(e.sub_event_type == "Armed clash" and e.fatalities for e in got)


def test_a_days_tally_in_a_clause_of_its_own_is_the_strips():
    got = parse("The Hamas-run health ministry said 195 people were killed in the Strip in the "
                "previous 24 hours, and that fighting had surrounded Nasser and al-Amal "
                "hospitals.", published="2024-01-23").events
    assert ("Gaza Strip", "Air/drone strike", 195) in [
        (e.location, e.sub_event_type, e.fatalities) for e in got]
    assert all(e.fatalities is None for e in got if e.location != "Gaza Strip")


@pytest.mark.parametrize("text,hurt", [
    # the hurt told in a sentence of their own after the attack: its injuries, added up
    ("A colonel was killed Sunday by an explosive device in Jabalia. Another officer, the deputy "
     "commander of the brigade, was seriously wounded, and two officers were moderately hurt.", 3),
    ("A soldier was killed Sunday by a bomb in Rafah. Another soldier was lightly injured.", 1),
    ("An airstrike hit a house in Rafah on Sunday, killing three people. Two men were seriously "
     "wounded and four women were lightly hurt.", 6),
    ("An airstrike hit a house in Rafah on Sunday, killing three people. Twelve people were "
     "injured, medics said.", 12),
])
def test_the_hurt_told_after_an_attack_are_its_injuries(text, hurt):
    got = parse(text, published="2024-10-27").events
    assert [e.injuries for e in got] == [hurt]


@pytest.mark.parametrize("text", [
    # a toll told after two places, each with a word of its own: no place's own count
    "Israeli forces opened fire on crowds of aid-seekers near the distribution point in Rafah "
    "and near the Netzarim axis in central Gaza, killing several and wounding dozens.",
    "Troops fired on crowds near Rafah and near Khan Younis on Tuesday, killing 12 people.",
    "Tanks shelled homes in Beit Lahia and around Jabalia, killing nine.",
])
def test_a_toll_after_places_near_each_other_is_no_places_own(text):
    got = parse(text, published="2025-07-08").events
    assert len(got) >= 2 and all(e.fatalities is None and e.injuries is None for e in got)


def test_among_them_after_a_hospital_toll_is_no_part_of_the_days_toll():
    # "among them" reads back to the hospital's count told just before, not to the day's
    text = ("The health ministry said 90 people were killed and 200 injured in Israeli air "
            "strikes on various areas of the Gaza Strip overnight. Nasser hospital received 25 "
            "bodies from Khan Younis and Rafah. Among them were a mother and her three children "
            "killed when their home in Bani Suheila was bombed.")
    got = {e.location: e.fatalities for e in parse(text, published="2025-05-14").events}
    assert got["Gaza Strip"] == 90 and got["Bani Suheila"] == 4


@pytest.mark.parametrize("text,killed", [
    ("Two Palestinians were reportedly shot and killed in the vicinity of Nasser hospital.", 2),
    ("A Palestinian woman was shot and killed near Nasser hospital in Khan Younis.", 1),
    ("Three men were stabbed and killed in Rafah on Sunday.", 3),
])
def test_how_the_victims_were_killed_before_the_verb_keeps_the_count(text, killed):
    assert [e.fatalities for e in parse(text, published="2024-10-27").events] == [killed]


@pytest.mark.parametrize("where", ["the Palestinian enclave", "the besieged territory"])
def test_a_span_toll_across_the_strip_by_another_name_keeps_the_rest(where):
    text = (f"Israeli strikes across {where} killed at least 50 people overnight, medics said. "
            "Ten people were killed in a strike on a house in Jabalia.")
    got = {e.location: e.fatalities for e in parse(text, published="2024-10-27").events}
    assert got == {"Gaza Strip": 40, "Jabalia": 10}


@pytest.mark.parametrize("text", [
    "Israeli strikes hit Gaza on Friday. One of the group's top members was killed.",
    "Israeli strikes hit Gaza on Friday. One of the movement’s commanders was killed.",
])
def test_one_of_a_groups_members_killed_is_one(text):
    assert [e.fatalities for e in parse(text, published="2024-10-27").events] == [1]


@pytest.mark.parametrize("text,killed", [
    ("The health ministry says 25,700 Palestinians have been killed since October 7, including "
     "210 in the past 24 hours.", 210),
    ("The ministry says 45,436 Palestinians have been killed and 108,038 injured since October "
     "7, 2023, including 37 killed in the past 24 hours.", 37),
    ("The ministry said 41,118 Palestinians have been killed since the war began, 40 of them in "
     "the last 24 hours.", 40),
])
def test_the_days_share_of_a_war_tally_is_the_strips_toll_of_the_day(text, killed):
    assert [(e.location, e.sub_event_type, e.fatalities)
            for e in parse(text, published="2024-10-27").events] == \
        [("Gaza Strip", "Air/drone strike", killed)]


@pytest.mark.parametrize("text,want", [
    ("Nine people were killed in a strike on a house in the al-Faluja area of Jabalia, five in an "
     "attack on a gathering in Sheikh Radwan in Gaza City and four in Nuseirat camp.",
     {"Jabalia": 9, "Sheikh Radwan": 5, "Nuseirat Camp": 4}),
    ("Israeli strikes killed nine people in a house in Jabalia, five in a strike on a car near "
     "Rafah and four in Khan Younis.", {"Jabalia": 9, "Rafah": 5, "Khan Younis": 4}),
])
def test_parts_of_a_list_each_told_with_its_attack_keep_their_counts(text, want):
    got = {e.location: e.fatalities for e in parse(text, published="2024-10-27").events}
    assert got == want


@pytest.mark.parametrize("more", ["Dozens more were injured.",
                                  "Three more were seriously wounded."])
def test_more_hurt_told_after_a_strike_are_its_injured(more):
    text = f"An Israeli strike on a school in Gaza City killed at least 31 civilians. {more}"
    got = [(e.location, e.fatalities, e.injuries)
           for e in parse(text, published="2024-10-27").events]
    assert got == [("Gaza City", 31, 12 if more.startswith("Dozens") else 3)]


def test_a_toll_told_for_two_places_one_with_its_name_in_full_is_no_ones():
    text = ("Israeli artillery shelling on the Shati (Beach) camp and the Sheikh Radwan "
            "neighbourhood has killed at least eleven more people.")
    assert all(e.fatalities is None for e in parse(text, published="2023-11-18").events)


@pytest.mark.parametrize("text,want", [
    ("Gaza health officials said 59 people were killed across the Strip on Tuesday, 47 of them "
     "in Gaza City, including a family of seven in a strike on a house in the Sheikh Radwan "
     "neighborhood.", {"Gaza Strip": 12, "Gaza City": 40, "Sheikh Radwan": 7}),
    ("Strikes killed 40 people in Gaza City, including 12 in Shejaia.",
     {"Gaza City": 28, "Shejaia": 12}),
])
def test_the_rest_of_a_towns_toll_is_the_towns(text, want):
    got = {e.location: e.fatalities for e in parse(text, published="2025-09-16").events}
    assert got == want


@pytest.mark.parametrize("text,count", [
    ("Five Israeli occupation soldiers were killed and 14 others wounded in a complex "
     "operation in Beit Hanoun late Monday.", 5),
    ("Two occupation soldiers were killed in Rafah.", 2),
    ("The Qassam Brigades said its fighters killed three enemy soldiers in Shejaia.", 3),
])
def test_the_army_by_the_other_sides_words_is_counted(text, count):
    got = [e.fatalities for e in parse(text, published="2024-10-27").events
           if e.sub_event_type == "Armed clash"]
    assert got == [count]


@pytest.mark.parametrize("text,want", [
    ("Khan Younis: 102 killed, many in tents of displaced people in al-Mawasi.",
     {"Khan Younis": 102, "al-Mawasi (Khan Younis)": None}),
    ("Israeli strikes killed 78 people in Rafah, most of them in Tal as-Sultan and al-Shaboura.",
     {"Rafah": 78, "Tel al-Sultan": None, "Rafah Camp": None}),
    ("Rafah: 78 killed, most in Tal as-Sultan and al-Shaboura.",
     {"Rafah": 78, "Tel al-Sultan": None, "Rafah Camp": None}),
])
def test_where_most_of_a_towns_dead_fell_leaves_the_toll_the_towns(text, want):
    got = {e.location: e.fatalities for e in parse(text, published="2025-03-18").events}
    assert got == want


@pytest.mark.parametrize("text,want", [
    ("Gaza City: at least 89 killed, including a family of nine whose home in al-Tuffah was "
     "flattened and dozens in Shejaia and Zeitoun.",
     {"Gaza City": 68, "Tuffah": 9, "Shejaia": None, "Zeitoun": None}),
    ("Israeli strikes killed 40 people across Gaza, including a family of six whose house in "
     "Jabalia was bombed.", {"Gaza Strip": 34, "Jabalia": 6}),
    ("Israeli strikes killed 50 people across Gaza, including 20 in Jabalia, five in Shejaia "
     "and Zeitoun and three in Rafah.",
     {"Gaza Strip": 22, "Jabalia": 20, "Shejaia": None, "Zeitoun": None, "Rafah": 3}),
])
def test_parts_of_a_toll_whose_home_or_several_places_share(text, want):
    got = {e.location: e.fatalities for e in parse(text, published="2025-03-18").events}
    assert got == want


def test_people_burned_in_an_attack_are_hurt():
    text = ("Fire spread through the tents of displaced families at al-Aqsa Martyrs Hospital in "
            "Deir al-Balah on Monday after an Israeli strike, killing four people and burning "
            "more than 40 others.")
    got = [(e.fatalities, e.injuries) for e in parse(text, published="2024-10-14").events]
    assert got == [(4, 40)]


def test_the_wounded_of_a_toll_told_again_for_the_strip_stay_with_it():
    text = ("At least 51 killed near Khan Younis, health officials say. Gaza's health ministry "
            "says at least 51 people were killed and more than 200 wounded.")
    got = [(e.location, e.fatalities, e.injuries)
           for e in parse(text, published="2025-06-17").events]
    assert got == [("Khan Younis", 51, 200)]


def test_a_revised_toll_of_the_attack_told_before_is_its_toll():
    got = parse("An Israeli strike hit a house in Rafah on Saturday, killing five people. The "
                "health ministry in Gaza later put the toll at 12 killed and 30 injured.",
                published="2024-10-27").events
    assert [(e.location, e.fatalities, e.injuries) for e in got] == [("Rafah", 12, 30)]


@pytest.mark.parametrize("text, want", [
    ("Troops of the armored brigade in Zeitoun identified two armed terrorists approaching the "
     "forces and eliminated them with tank fire.", 2),
    ("In Bani Suheila, paratroopers spotted three terrorists emerging from a tunnel shaft; they "
     "were eliminated by a drone.", 3),
    ("Soldiers in Beit Hanoun spotted four gunmen near a school and killed them.", 4),
])
def test_fighters_seen_then_killed_are_counted(text, want):
    got = [e.fatalities for e in parse(text, published="2023-12-11").events]
    assert got == [want]


def test_the_offices_bare_toll_after_the_one_attack_told_is_its_toll():
    text = ("An Israeli strike hit a house in Nuseirat on Sunday night. Rescuers searched the "
            "rubble for hours. By Monday, Gaza's health ministry counted 12 dead, including "
            "five children.")
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events]
    assert got == [("Nuseirat", 12)]


@pytest.mark.parametrize("text, want", [
    # the hurt with no noun, right after the dead
    ("The Gaza Health Ministry said 104 people died and 760 were hurt near the Nabulsi "
     "roundabout when Israeli troops opened fire.", (104, 760)),
    ("An Israeli strike on a house in Rafah killed five. Three were killed and 12 were "
     "wounded.", (5, 12)),
    # a range whose second part is the count of the hurt
    ("Israeli aircraft bombed a building in Beit Lahia, killing 93 and dozens of injured.",
     (93, 12)),
    # the way the one hurt was hurt, in the passive
    ("Medics said a man was shot and wounded by Israeli troops near the Philadelphi corridor.",
     (None, 1)),
    ("Medics said a man was shot and seriously wounded by Israeli troops near the Philadelphi "
     "corridor.", (None, 1)),
    # a citizen, the civilian of reports translated from Arabic
    ("A citizen was martyred and others injured in a drone strike in al-Tuffah "
     "neighbourhood.", (1, None)),
    # the family's name, however long
    ("On Friday, 11 members of the Abu Shaaban family were killed in Zeitoun when Israeli "
     "forces fired on their vehicle.", (11, None)),
    # the one killed and those killed with him
    ("Hamas commander Ahmed Salem was killed in an Israeli air strike on Khan Younis along "
     "with his wife and three children.", (1, None)),
    ("Hamas commander Ahmed Salem was killed along with his wife and three children in an "
     "Israeli air strike on Khan Younis.", (5, None)),
    ("Hamas commander Ahmed Salem was killed alongside 12 members of his family in an "
     "Israeli air strike on Rafah.", (13, None)),
])
def test_counts_told_in_other_wordings(text, want):
    got = [(e.fatalities, e.injuries) for e in parse(text, published="2024-10-27").events]
    assert got == [want]


@pytest.mark.parametrize("text, want", [
    # the hospital's intake less those of it dead on arrival, in one sentence or the next
    ("The ICRC said its field hospital in Rafah received 184 wounded after the shooting near "
     "the aid site, 19 of whom were dead on arrival.", 165),
    ("On Sunday the field hospital in Khan Younis received 90 patients after an Israeli strike "
     "on tents. Ten people were declared dead upon arrival.", 80),
    ("Nasser hospital received 40 injured people after an Israeli strike in Khan Younis, "
     "six of them dead on arrival.", 34),
])
def test_the_hurt_a_hospital_received_less_the_dead_on_arrival(text, want):
    got = [e.injuries for e in parse(text, published="2024-10-27").events]
    assert got == [want]


def test_a_toll_ending_at_an_hour_of_a_later_day_is_a_tally():
    # "Between 18 March and midday on 20 March": days of strikes, no one event's count
    got = [e.fatalities for e in parse(
        "Between 18 March and midday on 20 March, the health ministry reported that at least "
        "506 Palestinians had been killed in Israeli strikes across Gaza.",
        published="2025-03-20").events]
    assert 506 not in got


@pytest.mark.parametrize("text, want", [
    # a figure told as the dead with no noun, the hurt right after
    ("Israeli strikes hit the Gaza Strip on Tuesday. The latest figure from the health "
     "ministry is at least 404 killed and 562 injured.", (404, 562)),
    ("Israeli strikes hit the Gaza Strip on Tuesday. The toll now stands at 50 dead and 100 "
     "wounded.", (50, 100)),
])
def test_a_figure_of_the_dead_with_no_noun_is_the_toll(text, want):
    got = [(e.fatalities, e.injuries) for e in parse(text, published="2025-03-18").events]
    assert want in got


def test_the_hurt_of_a_toll_whose_places_are_parts_are_at_the_wide_area():
    # "killed 19 and wounded dozens, ..., including in Gaza City, in Khan Younis": the whole
    # toll, dead and hurt, is the Strip's; the places named have no count of their own
    got = [(e.location, e.fatalities, e.injuries) for e in parse(
        "On Sunday morning Israeli air strikes and artillery fire killed 19 people and wounded "
        "dozens in the Gaza Strip, according to the civil defence, including in Gaza City, in "
        "Khan Younis and in Jabalia.", published="2025-01-20").events]
    assert ("Gaza Strip", 19, 12) in got
    assert all(i is None for p, _, i in got if p != "Gaza Strip")


@pytest.mark.parametrize("text, want", [
    # the bodies pulled from a place told as hit that night: its strike's toll
    ("Crews recovered 6 martyrs and 14 injured from a house of the Qadi family struck last "
     "night in Nuseirat camp.", (6, 14)),
    ("Civil defence crews recovered 9 martyrs from a building bombed overnight in Jabalia.",
     (9, None)),
    # the number of the dead told as reaching a count
    ("Israeli jets bombed a school in Gaza City at dawn. The number of martyrs has exceeded "
     "100, among them 11 children.", (100, None)),
    ("An Israeli strike hit a house in Rafah on Sunday. The number of dead rose to 12.",
     (12, None)),
])
def test_counts_of_bodies_from_a_place_hit_that_night_and_a_number_reached(text, want):
    got = [(e.fatalities, e.injuries) for e in parse(text, published="2024-10-29").events]
    assert want in got


@pytest.mark.parametrize("text, want", [
    # a present-perfect toll of one assault on a named place: the day's, not a tally
    ("Israeli forces have killed at least 210 Palestinians and wounded more than 400 in a "
     "ground and air assault on the Nuseirat refugee camp, officials said.", (210, 400)),
    ("Israeli forces have killed 12 people in an air strike on a house in Rafah, medics said.",
     (12, None)),
])
def test_a_toll_of_one_assault_on_a_named_place_is_the_days(text, want):
    got = [(e.fatalities, e.injuries) for e in parse(text, published="2024-06-08").events]
    assert want in got


def test_a_second_count_after_and_is_its_own_places_toll():
    got = [(e.location, e.fatalities) for e in parse(
        "Elsewhere, a strike on a tent in Khan Younis killed three people, including a child, "
        "the civil defence said, and two were killed in Jabalia in the north.",
        published="2025-06-01").events]
    assert ("Khan Younis", 3) in got
    assert ("Jabalia", 2) in got


@pytest.mark.parametrize("text, want", [
    # a day's toll counted from a start the day's own hours give
    ("The health ministry says 404 people have been killed and 562 injured since Israel began "
     "striking Gaza in the early hours.", (404, 562)),
    ("Medics in Gaza said 85 people have been killed in Gaza since Israeli strikes resumed "
     "overnight.", (85, None)),
])
def test_a_toll_since_a_start_in_the_day_is_the_days(text, want):
    got = [(e.fatalities, e.injuries) for e in parse(text, published="2025-03-18").events]
    assert want in got


@pytest.mark.parametrize("text, want", [
    # a town's toll with sites named after it as parts, no number theirs: the town's whole
    ("Medics said at least 23 people were killed in Israeli strikes on houses in Rafah "
     "overnight, including in al-Shawka and Tal al-Sultan.", ("Rafah", 23)),
    ("At least 40 people were killed in strikes on Gaza City on Monday, including in Shejaia "
     "and Zeitoun.", ("Gaza City", 40)),
])
def test_a_towns_toll_including_in_its_sites_stays_the_towns(text, want):
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-05-07").events]
    assert want in got
    assert all(n is None for p, n in got if p != want[0])


@pytest.mark.parametrize("text", [
    # a toll across the Strip, the places after it parts with no number: none of theirs
    "Gaza health officials said dozens more were killed across the Strip, including people "
    "waiting for aid near the Netzarim corridor and residents of Zeitoun.",
    "Medics said 30 people were killed across the territory on Monday, including residents of "
    "Jabalia.",
])
def test_a_toll_across_the_strip_is_no_count_of_its_parts(text):
    got = [(e.location, e.fatalities) for e in parse(text, published="2025-08-25").events]
    assert got and all(n is None for p, n in got if p != "Gaza Strip")


@pytest.mark.parametrize("text, want", [
    # the bodies pulled out "so far" of a place told struck that day in the sentence before
    ("Crews are searching the rubble of a building destroyed by an Israeli air strike this "
     "afternoon in Shejaia.\n\nSo far our teams have recovered the bodies of 23 martyrs, most "
     "of them women and children, and rescued more than 60 injured.", (23, 60)),
    ("An Israeli air strike destroyed a building in Shejaia this afternoon. Crews recovered "
     "the bodies of 23 people.", (23, None)),
])
def test_bodies_pulled_from_a_place_struck_told_just_before(text, want):
    got = [(e.fatalities, e.injuries) for e in parse(text, published="2025-04-09").events]
    assert want in got


@pytest.mark.parametrize("text, want", [
    # other news of hunger told beside a killing: the killing's toll stays
    ("Israeli forces killed at least 67 Palestinians who were waiting for food near the Zikim "
     "crossing in northern Gaza on Sunday, as hospitals reported a growing number of deaths "
     "from starvation.", 67),
])
def test_a_killing_beside_news_of_hunger_keeps_its_toll(text, want):
    got = [e.fatalities for e in parse(text, published="2025-07-21").events]
    assert want in got


@pytest.mark.parametrize("text, want", [
    # a toll told after strikes on targets at several places, each with a phrase of its own
    ("Strikes on a vehicle in Rimal and on homes in Deir al-Balah and Nuseirat killed at "
     "least 24 on Saturday.",
     [("Rimal", None, None), ("Deir al-Balah", None, None), ("Nuseirat", None, None)]),
    # (al-Mawasi listed beside Rafah, not placed in it: the whole)
    ("Air strikes on a house in Rafah and on a tent in al-Mawasi killed nine people on "
     "Saturday.", [("Rafah", None, None), ("al-Mawasi", None, None)]),
])
def test_a_toll_after_targets_at_several_places_is_no_places(text, want):
    assert _toll(text) == want


def test_bodies_pulled_out_after_a_strike_the_night_before_are_its_toll():
    # "following a strike the previous night": the night before, not dead of long ago
    assert _toll("On 22 April, the Civil Defence reported retrieving the bodies of eleven "
                 "people from under rubble in Beit Lahia following a strike the previous "
                 "night.") == [("Beit Lahia", 11, None)]


def test_a_days_toll_of_several_areas_of_the_strip_keeps_the_rest():
    # "since dawn today in bombardment of several areas of the Gaza Strip": the Strip's toll
    # of the day, the strikes and the shooting told at their places after it parts of it
    assert _toll("Fourteen citizens were martyred since dawn today in Israeli bombardment of "
                 "several areas of the Gaza Strip. Aircraft bombed a house in Jabalia camp, "
                 "killing five citizens, while three others were martyred when a drone "
                 "targeted a group of citizens in the Shati camp. A woman was killed by sniper "
                 "fire east of al-Maghazi camp.") == [
        ("Gaza Strip", 5, None), ("Jabalia Camp", 5, None), ("Beach Camp", 3, None),
        ("Maghazi Camp", 1, None)]


# -- a figure in brackets, a quoted count, a body "X-based" ---------------------------------
@pytest.mark.parametrize("text, want", [
    # "killed (210) martyrs and wounded more than (400) citizens": the ministries' brackets
    ("The occupation committed a massacre today in Nuseirat refugee camp, which killed (210) "
     "martyrs and wounded more than (400) citizens.", [("Nuseirat Camp", 210, 400)]),
    # 'killing "dozens of terrorists"': the army's words quoted, ACLED's 12
    ('The army said troops killed "dozens of terrorists" in Khan Younis on Monday.',
     [("Khan Younis", 12, None)]),
    # "of the U.S.-based charity World Central Kitchen": where the body is based
    ("Seven staff members of the U.S.-based charity World Central Kitchen were killed in an "
     "Israeli strike in Deir al-Balah.", [("Deir al-Balah", 7, None)]),
])
def test_counts_in_brackets_quotes_and_after_a_based_body(text, want):
    assert _toll(text) == want


def test_a_part_told_with_the_attack_it_fell_in():
    # "nine of them in one complex incident in Shejaia": the attack, then the part's place
    assert _toll("Ten soldiers were killed in the northern Gaza Strip on Tuesday, nine of them "
                 "in one complex incident in Shejaia.") == [
        ("Shejaia", 9, None), ("northern Gaza", 1, None)]


def test_fighters_the_troops_killed_are_the_fights_dead():
    # "striking dozens of targets and killing 30 terrorists": the troops' fight, not the strikes
    assert [(e.sub_event_type, e.fatalities) for e in parse(
        "Troops raided Khan Yunis overnight, striking dozens of targets and killing 30 "
        "terrorists in the west of the city.", published="2024-10-27").events] == [
        ("Armed clash", 30), ("Air/drone strike", None)]


def test_who_the_dead_were_told_by_a_speaker_is_a_share_of_the_toll_before():
    # "A spokesman told AFP the dead included 46 children and 20 women": who some of the
    # toll a paragraph up were, not a place's own toll
    assert _toll("Israeli strikes killed at least 104 people across the Gaza Strip overnight, "
                 "the civil defence agency said.\n\nA spokesman told AFP the dead included 46 "
                 "children and 20 women, with strikes hitting homes in Bureij and Nuseirat."
                 ) == [("Gaza Strip", 104, None), ("Bureij", None, None), ("Nuseirat", None, None)]


def test_a_toll_after_a_list_and_an_aside_is_the_strips():
    # "In X, Y and Z, homes went up in flames. At Nasser Hospital, bodies were laid out. By
    # evening, the ministry said 404 were killed": the Strip's toll, not Z's
    got = [(e.location, e.fatalities) for e in parse(
        "Israel launched its heaviest airstrikes in more than a year, and the Health Ministry "
        "says over 400 people were killed. In Deir al-Balah, Khan Younis, Rafah and Gaza City, "
        "homes and tents went up in flames. At Nasser Hospital, bodies were laid out on the "
        "floor. By evening, the ministry said at least 404 people had been killed.",
        published="2024-10-27").events]
    assert got == [("Gaza Strip", 404), ("Deir al-Balah", None), ("Khan Younis", None),
                   ("Rafah", None), ("Gaza City", None)], got


@pytest.mark.parametrize("text,want", [
    # the hurt told with no noun where a sentence begins, after the strike
    ("An Israeli strike hit a school in Jabalia on Monday, killing 15 people. Dozens were "
     "injured, some critically.", (15, 12)),
    ("An Israeli strike hit a school in Jabalia on Monday. Twelve were seriously wounded.",
     (None, 12)),
])
def test_the_hurt_told_alone_where_a_sentence_begins_count(text, want):
    got = [(e.fatalities, e.injuries) for e in parse(text, published="2024-10-24").events]
    assert got == [want]


@pytest.mark.parametrize("text,want", [
    # the dead as others reported them, with "reported" before the verb or "speak of"
    ("A school sheltering displaced people in Nuseirat was hit on Monday, with dozens reported "
     "killed.", ("Nuseirat", 12)),
    ("Israeli shells hit a market in Jabalia on Monday; witnesses spoke of 20 dead.",
     ("Jabalia", 20)),
])
def test_a_count_others_reported_or_spoke_of_is_the_toll(text, want):
    assert [(e.location, e.fatalities) for e in parse(text, published="2024-10-24").events] \
        == [want]


def test_one_days_share_of_a_tally_told_with_alone_is_that_days_toll():
    text = ("Israeli strikes have killed 300 people across the Gaza Strip since the truce "
            "collapsed, including 60 on Tuesday alone.")
    assert [(e.event_date, e.location, e.fatalities)
            for e in parse(text, published="2024-10-24").events] \
        == [("2024-10-22", "Gaza Strip", 60)]


@pytest.mark.parametrize("text,want", [
    # one named person told hurt is one hurt, as the named dead are one dead
    ("An Israeli strike hit a house in Khan Younis on Monday, killing three people. Reuters "
     "photographer Hatem Khaled was wounded.", (3, 1)),
    ("An Israeli strike hit a house in Khan Younis on Monday, killing three people. Hatem "
     "Khaled, a photographer, was seriously injured.", (3, 1)),
    # the hurt told as carried to care, in the sentence after the strike
    ("An Israeli airstrike on a camp in Tel al-Sultan on Sunday night killed at least 45 "
     "people. Medics said more than 180 wounded people were taken to a field hospital.",
     (45, 180)),
])
def test_a_named_person_hurt_or_the_hurt_carried_to_care_count(text, want):
    got = [(e.fatalities, e.injuries) for e in parse(text, published="2024-10-27").events]
    assert got == [want]


@pytest.mark.parametrize("text, want", [
    # the ministry's figures set apart in brackets: the Strip's tally of the day, the places
    # the most came from each with no count
    ("In the past 24 hours, (23) martyrs and (78) injuries arrived at the hospitals, most of "
     "them from air strikes on Beit Hanoun and al-Tuffah neighbourhood in Gaza City.",
     [("Gaza Strip", 23, 78), ("Beit Hanoun", None, None), ("Tuffah", None, None)]),
    ("(40) martyrs and (120) injuries arrived at the hospitals of the Gaza Strip in the past "
     "24 hours.", [("Gaza Strip", 40, 120)]),
    ("The occupation committed (3) massacres against families in the Gaza Strip, leaving (40) "
     "martyrs and (120) injuries in the past 24 hours.", [("Gaza Strip", 40, 120)]),
    ("An Israeli air strike on a house in Jabalia killed (7) people.", [("Jabalia", 7, None)]),
])
def test_a_count_set_apart_in_brackets(text, want):
    got = [(e.location, e.fatalities, e.injuries)
           for e in parse(text, published="2024-10-27").events]
    assert got == want, got


@pytest.mark.parametrize("text, want", [
    # a hospital's intake with the share of it that died: the dead, and the rest hurt
    ("The ICRC said its field hospital in Rafah received 120 patients with gunshot wounds on "
     "Tuesday after shooting near an aid site, 27 of whom died.", (27, 93)),
    # the loss of staff is their death; "several others" injured stays with no number, as
    # vague counts of the hurt do everywhere
    ("An Israeli air strike hit the civil defence centre in Jabalia on Monday, resulting in "
     "the loss of four of its rescue crew members and the injury of several others.",
     (4, None)),
])
def test_the_dead_told_as_a_share_or_a_loss(text, want):
    got = [(e.fatalities, e.injuries) for e in parse(text, published="2025-06-11").events]
    assert got == [want]


@pytest.mark.parametrize("text, want", [
    # a toll told for two weapons' attacks, told as two: split evenly, the rest to the first
    ("An Israeli air strike and tank shelling killed six Palestinians in Khan Younis on "
     "Monday in two separate attacks, medics said.",
     {("Air/drone strike", 3), ("Shelling/artillery/missile attack", 3)}),
    ("Israeli warplanes and artillery killed seven people in Rafah on Monday in two separate "
     "attacks.",
     {("Air/drone strike", 4), ("Shelling/artillery/missile attack", 3)}),
    # (told as one attack: the first weapon's toll)
    ("Israeli air strikes and artillery fire killed 19 people in Rafah on Monday.",
     {("Air/drone strike", 19), ("Shelling/artillery/missile attack", None)}),
])
def test_a_toll_of_two_weapons_told_as_two_attacks_is_split(text, want):
    got = {(e.sub_event_type, e.fatalities) for e in parse(text, published="2025-03-18").events}
    assert got == want


def test_a_total_slain_since_the_truce_is_no_toll_of_the_strike_told_before():
    # ("have been slain", a participle of its own shape, counts in the perfect since the
    # truce as "have been killed" does: a running total, not the drone strike's dead)
    text = ("An Israeli drone strike hit a house in Abasan on Monday, medics said. Officials "
            "said no fewer than 300 Palestinians have been slain by Israeli military fire "
            "since the ceasefire was declared.")
    assert [(loc, n) for _, loc, n, _ in _events(text, published="2025-11-24")] == [
        ("Abasan al-Kabira", None)]
