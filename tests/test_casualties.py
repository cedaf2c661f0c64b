"""Fatality and injury counts with ACLED's rules."""

import pytest

from geoevents import parse
from geoevents.casualties import find_casualties, parse_number


@pytest.mark.parametrize("phrase,n", [
    ("at least 35", 35), ("more than 20", 20), ("nearly 38,000", 38000), ("two", 2),
    ("dozens", 12), ("a dozen", 12), ("several", 10), ("twenty-three", 23),
    ("between 45 and 50", 45), ("hundreds of", 100),
])
def test_parse_number(phrase, n):
    assert parse_number(phrase) == n


def _counts(text):
    return [(c.kind, c.count, c.cumulative) for c in find_casualties(text)]


def test_killed_and_injured():
    assert _counts("A strike on a house killed five people and wounded 12 others.") == [
        ("killed", 5, False), ("injured", 12, False)]


def test_passive_and_noun_forms():
    assert _counts("Two soldiers were killed.") == [("killed", 2, False)]
    assert _counts("the deaths of two soldiers") == [("killed", 2, False)]
    assert _counts("at least 63 fatalities") == [("killed", 63, False)]


def test_cumulative_totals_are_flagged():
    assert _counts("the offensive has resulted in nearly 38,000 deaths") == [
        ("killed", 38000, True)]
    assert _counts("Between the afternoons of 15 and 18 July, 184 Palestinians were killed")[0][2]


def test_casualties_is_not_a_death_count():
    assert _counts("Israel has reported over 300 military casualties") == []


def test_unconfirmed_and_impossible_counts_are_not_deaths():
    assert _counts("Hundreds of additional fatalities are believed to be trapped under the "
                   "rubble.") == []
    assert _counts("99999999999999999999999 people were killed") == []


def test_a_number_begins_a_word():
    # "UNRWA staff": the last letter of an acronym is not the article "a".
    assert _counts("two additional UNRWA staff have been killed") == [("killed", 2, False)]
    assert _counts("Gazan people were killed") == []


def test_digits_of_other_scripts():
    assert _counts("٣٥ people were killed") == [("killed", 35, False)]


@pytest.mark.parametrize("text,expected", [
    ("An airstrike killed between 20 and 30 people.", [("killed", 20, False)]),
    ("An airstrike on a house in Rafah has killed at least 15 people.", [("killed", 15, False)]),
    ("A strike, one of the deadliest of the war, killed 40 people.", [("killed", 40, False)]),
    ("The war has killed 150 UN staff.", [("killed", 150, True)]),
    ("Strikes killed 30 people, bringing the death toll since October 7 to 38,000.",
     [("killed", 30, False), ("killed", 38000, True)]),
    ("The strike killed 15 people, dozens missing under the rubble.", [("killed", 15, False)]),
    ("At least 15 bodies are believed trapped under the rubble.", []),
    ("At least 20 killed and 50 wounded in the strike.",
     [("killed", 20, False), ("injured", 50, False)]),
    ("Israeli forces killed 6-year-old Hind Rajab.", [("killed", 1, False)]),
    ("Five men and three women were killed.", [("killed", 8, False)]),
    ("Two children, three women and a man were killed.", [("killed", 6, False)]),
    ("A strike in 2024 killed many.", [("killed", 10, False)]),
])
def test_counts_as_news_writes_them(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("An Israeli strike on a school on June 6 killed at least 33 people.", [("killed", 33, False)]),
    ("A strike near Block 7 killed 3 people.", [("killed", 3, False)]),
    ("Israeli attacks have killed 500 health workers in Gaza.", [("killed", 500, True)]),
    ("In total, according to the ministry, 151 UNRWA staff have been killed.",
     [("killed", 151, True)]),
    ("An airstrike killed 2 month old twins.", [("killed", 2, False)]),
])
def test_numbers_that_are_not_the_count_and_tallies(text, expected):
    assert _counts(text) == expected


def test_joined_victims_after_the_verb_and_numbered_names():
    assert _counts("Israeli tanks killed 3 Hamas fighters and 2 Islamic Jihad militants.") == [
        ("killed", 5, False)]
    assert _counts("An Israeli strike on School No. 2 killed 5 people.") == [("killed", 5, False)]


def test_a_period_given_with_times_of_day():
    assert _counts("Between 4 November (noon) and 5 November (14:00), 243 Palestinians were "
                   "killed in Gaza.") == [("killed", 243, True)]


def test_a_number_word_is_read_whole():
    found = find_casualties("The bodies of fourteen aid workers killed on March 23 are recovered.")
    assert [c.count for c in found] == [14]


@pytest.mark.parametrize("text,expected", [
    ("An Israeli airstrike in central Gaza kills Aziz Salha, known for his role in the "
     "lynching.", 1),
    ("The army says it killed Rawhi Mushtaha, head of the Hamas government, along with Sameh "
     "al-Siraj and Sami Oudeh, in an airstrike.", 3),
    ("Mahmoud Salah, the chief of police, is killed along with his deputy, Hussam Shahwan, and "
     "nine others in an airstrike.", 11),
    ("Ismail al-Ghoul was killed along with cameraman Rami al-Rifi in an airstrike on the "
     "Al-Shati camp while reporting on the killing of Ismail Haniyeh.", 2),
    ("On 18 November, one UNRWA colleague was killed in the North area due to strikes.", 1),
    ("He was saddened to learn of the death of a United Nations Department of Safety and "
     "Security (DSS) staff member in Rafah.", 1),
])
def test_named_people_killed_are_one_death_each(text, expected):
    assert [c.count for c in find_casualties(text) if c.kind == "killed"] == [expected]


@pytest.mark.parametrize("text", [
    "Israeli forces killed Gaza City residents in strikes.",
    "Strikes killed Palestinian Red Crescent paramedics.",
])
def test_places_and_organisations_are_not_named_people(text):
    assert [c.count for c in find_casualties(text) if c.kind == "killed"] == []


def test_a_years_toll_is_a_tally():
    found = find_casualties("A record 383 aid workers were killed in the 2024 calendar year.")
    assert [(c.count, c.cumulative) for c in found] == [(383, True)]


@pytest.mark.parametrize("text,expected", [
    ("An airstrike on a school in Jabalia left 12 dead.", [("killed", 12)]),
    ("An airstrike hit Jabalia, leaving 12 dead and 30 injured.",
     [("killed", 12), ("injured", 30)]),
])
def test_a_number_of_dead_with_no_noun_is_a_count(text, expected):
    assert [(c.kind, c.count) for c in find_casualties(text)] == expected


def test_another_n_injured_is_an_injury_count():
    found = find_casualties("At least 90 people were killed and at least another 300 were injured.")
    assert [(c.kind, c.count) for c in found] == [("killed", 90), ("injured", 300)]


@pytest.mark.parametrize("text,expected", [
    ("Hamas releases the bodies of four Israeli hostages.", []),
    ("Israel repatriated the bodies of 45 Palestinians.", []),
    # a hospital receiving a strike's dead still counts them
    ("Al Aqsa Hospital is said to have received more than 20 people killed.", [20]),
])
def test_bodies_handed_back_are_not_a_killing(text, expected):
    assert [c.count for c in find_casualties(text) if c.kind == "killed"] == expected


def test_family_members_are_victims():
    found = find_casualties("The maternity ward was hit during shelling and two mothers were "
                            "killed.")
    assert [(c.kind, c.count) for c in found] == [("killed", 2)]


@pytest.mark.parametrize("text", [
    "The remains of three bodies Hamas gave to Israel are found to be of known hostages.",
    "Eight bodies of deceased hostages are still remaining in Gaza.",
])
def test_the_dead_handed_over_or_still_held_are_not_a_killing(text):
    assert [c.count for c in find_casualties(text) if c.kind == "killed"] == []


def test_a_unit_is_not_a_named_person_and_is_killed_is_a_count():
    found = find_casualties("An Israeli soldier from the Golani Brigade is killed.")
    assert [(c.kind, c.count, c.text) for c in found] == [
        ("killed", 1, "An Israeli soldier from the Golani Brigade is killed")]


@pytest.mark.parametrize("text,n", [
    ("A strike on a tent killed a woman and her two children.", 3),
    ("The strike killed a man, his wife and their three children.", 5),
    ("Shelling killed a father and his four sons in their home.", 5),
    ("An airstrike killed three children and their mother.", 4),
    ("A man and his wife were killed when their home was hit.", 2),
    # a plural with no number adds nothing: the lowest count the text gives
    ("A strike killed a woman and her children.", 1),
    ("A drone strike killed a mother in her tent.", 1),
])
def test_a_familys_members_add_up(text, n):
    assert _counts(text) == [("killed", n, False)]


def test_a_list_of_the_dead_adds_up():
    assert _counts("The dead included eight Red Crescent workers, six members of the Civil "
                   "Defense emergency unit and a staffer from UNRWA, the UN agency.") == \
        [("killed", 15, False)]
    # one item alone may be any part of the toll: no count
    assert _counts("The dead included a journalist working for Al Jazeera.") == []
    # a list of groups by age and sex the dead of a toll told before "included" is a share
    # of them, not a toll
    text = ("Israeli strikes killed at least 104 people across the Gaza Strip overnight. "
            "The dead included 46 children and 20 women, with strikes hitting homes in Bureij.")
    assert find_casualties(text, text.index("The dead")) == []
    # ... with no toll told before it, the lowest count
    assert _counts("The dead included 46 children and 20 women.") == [("killed", 66, False)]
    assert _counts("The dead included five children, three women and two paramedics.") == \
        [("killed", 10, False)]


def test_a_list_of_the_dead_is_the_toll_of_the_strike_told_before():
    from geoevents import parse

    doc = parse("An Israeli strike hit a house in Rafah on Monday. The dead included two "
                "women, three children and a man.", published="2025-04-01")
    assert [(e.location, e.fatalities) for e in doc.events] == [("Rafah", 6)]


def test_the_number_killed_in_the_attack_was():
    assert _counts("The total number of people killed in the attack was ten, with sixteen "
                   "others injured.") == [("killed", 10, False), ("injured", 16, False)]


@pytest.mark.parametrize("text,n", [
    # an aside that lists the victims, with commas, or with none before the verb
    ("471 people, including children, health care staff, and Internally Displaced People "
     "(IDPs), were killed in an explosion.", 471),
    ("More than 270 people including children and other non-combatants were killed during "
     "intense fighting.", 270),
    # where the victims were from, then the aside
    ("Seven volunteers from the World Central Kitchen, including six British, Polish, "
     "Australian and Palestinian nationals and a dual American-Canadian citizen, are killed "
     "in an Israeli airstrike.", 7),
    # the wounded who then died
    ("Two injured people were killed when an ambulance was struck.", 2),
    # the unit the troops served in, and the formation that holds it
    ("Two soldiers from a reconnaissance unit in the Nahal Brigade were killed by a roadside "
     "bomb.", 2),
    ("Three reservists of the 8th Battalion of the Alexandroni Brigade were killed in a blast.",
     3),
])
def test_victims_told_at_length_before_the_verb(text, n):
    assert [(k, c) for k, c, _ in _counts(text)] == [("killed", n)]


def test_wounded_left_behind_are_injuries():
    assert [(k, c) for k, c, _ in _counts(
        "The strike killed three and left two injured people in hospital.")] == [
        ("killed", 3), ("injured", 2)]


@pytest.mark.parametrize("text,n", [
    ("An Israeli strike on the central Gaza Strip has killed a family of eight.", 8),
    ("A family of five was killed in the strike.", 5),
    ("The strike hit a home, killing parents and their six children.", 8),
    ("Six members of one family -- a couple and their four children -- were killed when an "
     "air strike levelled their home.", 6),
])
def test_a_family_counted(text, n):
    assert [(k, c) for k, c, _ in _counts(text)] == [("killed", n)]


def test_lives_claimed_and_a_vague_whole_at_least_its_part():
    assert [(k, c) for k, c, _ in _counts(
        "An Israeli airstrike on Nasser hospital on Monday claimed the lives of at least 20 "
        "individuals, including five journalists.")] == [("killed", 20)]
    assert [(k, c) for k, c, _ in _counts(
        "Israeli forces killed several Palestinians in attacks across the Gaza Strip, "
        "including 20 people in an overnight airstrike on a home.")] == [("killed", 20)]
    # a part smaller than the vague whole leaves the whole as it is
    assert [(k, c) for k, c, _ in _counts(
        "Dozens of people were killed, including 5 children.")] == [("killed", 12)]


def test_a_death_toll_given_of_a_number():
    assert [(k, c) for k, c, _ in _counts(
        "The hospital was hit on Friday by an Israeli strike, the Hamas government said, "
        "giving a death toll of 13.")] == [("killed", 13)]


def test_a_toll_over_the_past_few_days_is_a_tally():
    assert [c for _, c, cum in _counts("In the past few days, more than 500 Palestinians have "
                                       "been killed across Gaza.") if not cum] == []
    # the past 24 hours are one day's
    assert [(k, c, cum) for k, c, cum in _counts(
        "Israeli forces killed 24 people in the past 24 hours.")] == [("killed", 24, False)]


@pytest.mark.parametrize("text, n", [
    ("The Hamas-run Ministry of Health reported 35 killed, including women and children.", 35),
    ("Palestinian officials claiming 236 killed and 400 wounded.", 236),
    ("The civil defence confirmed 12 dead after the strike.", 12),
    ("More than 20 citizens were martyred yesterday in the camp.", 20),
])
def test_reported_counts_with_no_noun_and_citizens(text, n):
    assert [c.count for c in find_casualties(text) if c.kind == "killed"] == [n]


def test_a_reported_war_toll_is_no_count_of_its_own():
    # what the ministry reports "in the war" is the war's total, not the day's
    killed = [c for c in find_casualties("The ministry has reported 38,000 killed in the war "
                                         "so far.") if c.kind == "killed"]
    assert all(c.cumulative for c in killed)


@pytest.mark.parametrize("text", [
    "This resulted in hundreds of martyrs and wounded, with some still trapped.",
    "Dozens of people were killed and wounded in the strike.",
    "Several Palestinians were killed and injured on Sunday evening.",
    "The strike left 30 dead and wounded.",
])
def test_one_count_of_the_dead_and_the_hurt_together_counts_no_dead(text):
    assert [c for c in find_casualties(text) if c.kind == "killed"] == []


def test_the_dead_and_the_wounded_counted_apart_both_count():
    assert _counts("The strike left 30 dead and 50 wounded.") == [
        ("killed", 30, False), ("injured", 50, False)]


def test_police_officers_and_a_child_add_up():
    text = ("An Israeli airstrike killed five police officers and a 13-year-old child in the "
            "northern Gaza Strip on Saturday.")
    assert [c.count for c in find_casualties(text) if c.kind == "killed"] == [6]


def test_a_count_that_died_with_no_noun_opening_a_sentence_counts():
    assert [(c.kind, c.count) for c in find_casualties(
        "At least 20 died, including four health workers and five journalists.")] == [
        ("killed", 20)]


@pytest.mark.parametrize("text, n", [
    ("Among the dead were four children, hospital officials said.", 4),
    ("Its two passengers were killed.", 2),
])
def test_the_dead_named_among_and_passengers_count(text, n):
    assert [c.count for c in find_casualties(text) if c.kind == "killed"] == [n]


def test_the_dead_among_a_larger_toll_do_not_lower_it():
    doc = parse("An Israeli airstrike on Monday killed ten people in a home in Deir al-Balah. "
                "Among the dead were four children, hospital officials said.",
                published="2024-06-11")
    assert [e.fatalities for e in doc.events] == [10]


@pytest.mark.parametrize("text, n", [
    ("Hamas said one of the top leaders of its armed wing was killed in an Israeli strike.", 1),
    ("A sniper shot and killed a teenager in Rafah.", 1),
])
def test_one_of_a_group_and_a_teenager_count(text, n):
    assert [c.count for c in find_casualties(text) if c.kind == "killed"] == [n]


@pytest.mark.parametrize("text, n", [
    ("Twelve were confirmed dead after the strike.", 12),
    ("Five were reported killed in the shelling.", 5),
    ("The strike hit a market, with 12 killed and 30 wounded.", 12),
    ("The strike resulted in the martyrdom of 12 citizens.", 12),
    ("Israeli aircraft bombed a house, martyring 12 people.", 12),
])
def test_more_ways_news_tells_a_count(text, n):
    assert [c.count for c in find_casualties(text) if c.kind == "killed"] == [n]


def test_killed_since_dawn_is_the_days_count_not_a_tally():
    killed = [c for c in find_casualties("At least 12 Palestinians, including children, have "
                                         "been killed since dawn.") if c.kind == "killed"]
    assert [(c.count, c.cumulative) for c in killed] == [(12, False)]


@pytest.mark.parametrize("text, tally", [
    ("Israeli strikes have killed at least 10 people in Nuseirat, medics said.", False),
    ("Israeli strikes have killed more than 38,000 people in Gaza, the ministry says.", True),
    ("Israeli strikes have killed 300 people in Khan Younis during the offensive.", True),
    ("Strikes have killed 40 people in Jabalia in the past week.", True),
    ("Israeli attacks have killed 151 UN staff in Gaza.", True),
])
def test_a_present_perfect_count_at_a_named_town_is_the_days_news(text, tally):
    killed = [c for c in find_casualties(text) if c.kind == "killed"]
    assert [c.cumulative for c in killed] == [tally]


def test_more_of_its_soldiers_count():
    assert [c.count for c in find_casualties(
        "Israel said that four more of its soldiers were killed in fighting in Zeitoun.")
        if c.kind == "killed"] == [4]


@pytest.mark.parametrize("text, n", [
    ("Aircraft struck Beit Lahia, killing one and injuring three others.", [1]),
    ("Aircraft struck Beit Lahia, killing one.", [1]),
    ("Aircraft struck Beit Lahia, killing one, medics said.", [1]),
    ("Aircraft struck Beit Lahia, killing one and seriously injuring two others.", [1]),
    ("Aircraft struck Beit Lahia, killing one on Tuesday.", [1]),
    ("Aircraft struck Beit Lahia, killing one on the spot.", [1]),
    ("Aircraft struck Beit Lahia, killing one of the group's leaders.", []),
])
def test_killing_one_with_no_noun_counts_where_its_clause_ends(text, n):
    assert [c.count for c in find_casualties(text) if c.kind == "killed"] == n


@pytest.mark.parametrize("text", [
    "43 Palestinian civilians with seven women amongst them were killed.",
    "43 Palestinian civilians, with seven women amongst them, were killed.",
    "43 Palestinian civilians, seven women amongst them, were killed.",
])
def test_a_count_with_among_them_after_it_is_a_part_of_the_whole_before(text):
    assert [c.count for c in find_casualties(text) if c.kind == "killed"] == [43]


@pytest.mark.parametrize("text, tally", [
    ("More than 500 health workers have been killed in Gaza.", True),  # a bound, not "more"
    ("Ten soldiers have now been killed in the uprising, during which more than 500 "
     "Palestinians have also been killed.", True),
    ("More than 400 people have been killed by the latest air strikes.", False),
    ("Two more soldiers have been killed in Gaza.", False),
])
def test_more_than_is_a_bound_not_more_of_the_dead(text, tally):
    killed = [c for c in find_casualties(text) if c.kind == "killed"]
    assert killed and {c.cumulative for c in killed} == {tally}


@pytest.mark.parametrize("text, tally", [
    ("The army has killed three members of the civil defence after bombing the Bureij "
     "refugee camp.", False),  # the toll of a strike on a named place
    ("Israeli attacks have killed 150 UN staff while bombing Gaza.", True),
])
def test_a_present_perfect_toll_of_a_strike_on_a_named_place_is_the_days(text, tally):
    killed = [c for c in find_casualties(text) if c.kind == "killed"]
    assert [c.cumulative for c in killed] == [tally]


@pytest.mark.parametrize("text, n", [
    ("An Israeli tank commander was killed in fighting in the northern Gaza Strip.", 1),
    ("Two reserve soldiers were killed in Rafah.", 2),
    ("Two schools were hit, causing the loss of two lives and injuring 31 people.", 2),
])
def test_a_soldiers_unit_before_the_noun_and_the_loss_of_lives_count(text, n):
    assert [c.count for c in find_casualties(text) if c.kind == "killed"] == [n]


@pytest.mark.parametrize("text, expected", [
    # the count as the hospital or the ministry told it: still the incident's
    ("Scores more are reported to be wounded after the shelling of the market.",
     [("injured", 20, False)]),
    ("Four more were said to have been killed when the second shell landed.",
     [("killed", 4, False)]),
    ("Three more were reported killed near the bakery.", [("killed", 3, False)]),
    # left alone: a fear is no count, nor the missing under the rubble
    ("Dozens more are feared to be hurt.", []),
    ("Dozens more are believed trapped beneath the collapsed building.", []),
])
def test_more_told_as_reported_or_said_are_counted(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, tally", [
    # one push into a named district, with no span: that district's toll
    ("Officials said some 30 people are thought to have been killed in an army offensive "
     "into Zeitoun south of Gaza City.", False),
    # left alone: the war on a city, a span, an operation told by its start
    ("More than 200 people have been killed in an Israeli offensive on Khan Younis.", True),
    ("About 60 people have been killed in the offensive into Beit Hanoun over the past "
     "month.", True),
    ("Some 80 people have been killed in an offensive into Jabalia that began two weeks "
     "ago.", True),
])
def test_an_offensive_into_a_named_district_is_that_districts_toll(text, tally):
    killed = [c for c in find_casualties(text) if c.kind == "killed"]
    assert [c.cumulative for c in killed] == [tally]


@pytest.mark.parametrize("text, expected", [
    # the victims' unit named in full, then a relative clause telling what befell them
    ("The army published the names of six soldiers from the Nahal infantry brigade's "
     "reconnaissance company who were killed.", [("killed", 6, False)]),
    ("Three volunteers from the local relief committee who were wounded on Sunday were "
     "moved to Egypt.", [("injured", 3, False)]),
    # left alone: the relative clause tells something else of them
    ("Four men from the eastern neighbourhood who were arrested were later released.", []),
])
def test_victims_from_a_named_unit_with_a_relative_clause(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, tally", [
    # the whole of one attack's dead
    ("A doctor said nine people died in total in the strike on the apartment block.", False),
    ("Medics said 14 people were killed in total in that blast near the market.", False),
    ("Medics said 12 people died in total in the air strike on a school.", False),
    ("Rescuers said 31 people were killed in total in this massacre in Jabalia.", False),
    # left alone: a tally
    ("Some 65 journalists were killed in total during the conflict.", True),
    ("In total, 230 aid workers have been killed.", True),
    ("Some 40 paramedics were killed in total during the war.", True),
    # the attack named past the few words the cue is sought in: still that attack's
    ("A doctor said nine people died in total during the air strike on the apartment block.",
     False),
    ("Medics said six people died in total in the Israeli air strike on the school.", False),
    ("Rescuers said 17 people were killed in total during the second strike on the market.",
     False),
    ("Witnesses said 23 people were killed in total during the Israeli shelling of the camp.",
     False),
    # left alone: "in total" with no attack after it, however far
    ("A doctor said nine people died in total, according to figures released by the office.",
     True),
    ("Officials said 40 paramedics have been killed in total during the long months of war.",
     True),
])
def test_in_total_of_one_strike_is_that_strikes_toll(text, tally):
    killed = [c for c in find_casualties(text) if c.kind == "killed"]
    assert [c.cumulative for c in killed] == [tally]


@pytest.mark.parametrize("text", [
    # a guess, no count: the dead still unfound under a house
    "Scores more are believed to have been killed beneath the ruins, civil defence said.",
    "Dozens more are thought to be injured.",
    # others told beside the incident: elsewhere, across the Strip, over days
    "Three more were reported killed in other strikes elsewhere in the south.",
    "Seven more were killed in separate strikes on Sunday.",
    "Hundreds more are said to have been killed in the enclave over the past week.",
])
def test_more_dead_guessed_or_of_other_incidents_are_not_counted(text):
    assert [c for c in _counts(text) if c[0] == "killed" or c[0] == "injured"] == []


@pytest.mark.parametrize("text", [
    # the dead named only as those whom mourners act for: no count of the day's
    "Relatives of 12 reservists from the 55th Brigade who were killed in Gaza rallied outside "
    "the Knesset on Monday.",
    "Families of nine soldiers who were killed in the fighting marched in Tel Aviv.",
])
def test_the_dead_that_mourners_act_for_are_not_counted(text):
    assert [c for c in _counts(text) if c[0] == "killed"] == []


@pytest.mark.parametrize("text", [
    # an attack told as lasting days: many days' toll
    "Eleven people died in total during the bombing of the camp, which went on for four days.",
    "Twenty were killed in total in the raid on the town that lasted two weeks, residents said.",
])
def test_in_total_of_an_attack_lasting_days_is_a_tally(text):
    killed = [c for c in find_casualties(text) if c.kind == "killed"]
    assert [c.cumulative for c in killed] == [True]


# -- the day's running toll, many incidents, a span named again, the war's start ----------
@pytest.mark.parametrize("text,own,days", [
    ("Another nine people were killed when a strike hit a house in Khan Younis, bringing the "
     "death toll that day to 41.", 9, 41),
    ("Five people were killed in a strike on a tent in Rafah, raising the death toll for the "
     "day to 22.", 5, 22),
])
def test_the_days_toll_an_attack_brought_is_not_its_own(text, own, days):
    assert [c for c in _counts(text) if c[0] == "killed"] == [
        ("killed", own, False), ("killed", days, True)]


def test_a_toll_brought_for_the_strike_stays_the_strikes():
    text = ("Six people were killed in a strike on a car in Gaza City, bringing the death toll "
            "from the strike to 30.")
    assert [c for c in _counts(text) if c[0] == "killed"] == [
        ("killed", 6, False), ("killed", 30, False)]


def test_an_attacks_own_dead_keep_their_event_beside_the_days_toll():
    text = ("On Friday, another 14 people were killed during an airstrike that hit a family's "
            "home in Nuseirat, bringing the death toll that day to 52.")
    events = parse(text, published="2025-06-21").events
    assert [(e.location, e.fatalities) for e in events] == [("Nuseirat", 14)]


@pytest.mark.parametrize("text,n", [
    ("Some 120 incidents affecting UNRWA schools were recorded, and at least 300 people were "
     "killed in them.", 300),
    ("Officials documented 45 separate incidents in which 210 people were killed.", 210),
])
def test_the_dead_of_ten_incidents_or_more_are_a_tally(text, n):
    assert [c for c in _counts(text) if c[0] == "killed"] == [("killed", n, True)]


@pytest.mark.parametrize("text,n", [
    # a few incidents told together: their toll is shared out, not a tally
    ("Four people were killed in three incidents in Rafah on Monday.", 4),
    ("Two medics were killed when their ambulances were hit in two different incidents.", 2),
    # one of many incidents, told on its own
    ("In one of 12 incidents recorded this week, a strike killed five people in Rafah.", 5),
])
def test_the_dead_of_a_few_incidents_stay_counted(text, n):
    assert [c for c in _counts(text) if c[0] == "killed"] == [("killed", n, False)]


@pytest.mark.parametrize("text,n", [
    # one of the incidents told by itself after them: that attack's own dead
    ("The Israeli military said it was reviewing 12 incidents, including a strike on Friday "
     "that killed 30 people in Rafah.", 30),
    ("Rights groups have documented 40 incidents, among them an air strike that killed nine "
     "people in Deir al-Balah.", 9),
    ("The army is examining 25 reported incidents, such as the shelling of a school that "
     "killed 14 people in Jabalia.", 14),
    # a clause of the count's own that names its day
    ("Officials have logged 300 incidents in the camps, and a drone strike on Tuesday killed "
     "six people in Khan Younis.", 6),
    ("UNRWA has recorded 120 incidents at its schools, and yesterday a strike killed 11 "
     "people at one of them.", 11),
])
def test_a_count_the_incidents_do_not_govern_stays_its_own(text, n):
    assert [c for c in _counts(text) if c[0] == "killed"] == [("killed", n, False)]


@pytest.mark.parametrize("text,place,n", [
    ("The Israeli military said it was reviewing 12 incidents, including a strike on Friday "
     "that killed 30 people in Rafah.", "Rafah", 30),
    ("Rights groups have documented 40 incidents, including an air strike on Thursday that "
     "killed nine people in Deir al-Balah.", "Deir al-Balah", 9),
])
def test_an_attack_named_among_many_incidents_keeps_its_dead(text, place, n):
    events = parse(text, published="2025-06-21").events
    assert [(e.location, e.fatalities) for e in events] == [(place, n)]


@pytest.mark.parametrize("text,n", [
    # the incidents govern the count: the same clause, "in them", "in N incidents"
    ("Israeli forces killed 210 people in 45 incidents across the Strip.", 210),
    ("Across these 60 incidents, at least 95 people were killed.", 95),
    ("Monitors counted 80 incidents near aid sites, and 400 people were killed in them.", 400),
    ("UNRWA logged 650 incidents at the largest shelters, and 745 people were killed in them.",
     745),
])
def test_counts_the_incidents_govern_are_a_tally(text, n):
    assert [c for c in _counts(text) if c[0] == "killed"] == [("killed", n, True)]


@pytest.mark.parametrize("text,n", [
    # any qualifying words between the number and "incidents"
    ("Investigators verified 52 separate shooting incidents in which 130 people were killed.", 130),
    ("The agency logged 33 similar incidents, and 70 people were killed in them.", 70),
    ("Officials counted 18 unprovoked incidents in which 44 people were killed.", 44),
])
def test_many_incidents_with_any_qualifier_are_a_tally(text, n):
    assert [c for c in _counts(text) if c[0] == "killed"] == [("killed", n, True)]


@pytest.mark.parametrize("text,n", [
    # one of them picked out by any superlative or ordinal
    ("In the bloodiest of the 30 incidents, a strike killed seven people in Rafah.", 7),
    ("In the third of 14 incidents this month, a shell killed two people in Bureij.", 2),
    ("In the most serious of 20 incidents, a drone killed three people in Jabalia.", 3),
    # a preposition is no qualifier: "killed 30 during three incidents" is three incidents
    ("Strikes killed 30 people during three incidents in Rafah.", 30),
    ("Soldiers killed 12 people following two incidents in Khan Younis.", 12),
])
def test_one_incident_picked_out_or_a_few_stay_counted(text, n):
    assert [c for c in _counts(text) if c[0] == "killed"] == [("killed", n, False)]


@pytest.mark.parametrize("text", [
    "Medics have counted more than 150 deaths during this period.",
    "Hospital staff logged over 90 deaths over that period.",
])
def test_deaths_over_the_period_named_again_are_a_tally(text):
    assert [c[2] for c in _counts(text) if c[0] == "killed"] == [True]


def test_a_strikes_dead_in_the_night_are_not_a_period():
    assert _counts("A strike killed 12 people in Jabalia during the night.") == [
        ("killed", 12, False)]


@pytest.mark.parametrize("text", [
    "Since the war began, more than 90 clinics were hit and, as a result, 60 health workers "
    "were killed.",
    "She said that since the conflict started, 40 schools were struck and 120 displaced people "
    "died in them.",
])
def test_a_clause_opening_since_the_war_began_frames_a_tally(text):
    assert [c[2] for c in _counts(text) if c[0] == "killed"] == [True]


def test_the_deadliest_strike_since_the_war_began_keeps_its_toll():
    text = "In the deadliest strike since the war began, 30 people were killed in Rafah on Monday."
    assert _counts(text) == [("killed", 30, False)]


@pytest.mark.parametrize("text,n", [
    # a clause of its own after ", and" or ";", with a day of its own
    ("Since the war began, Israeli forces have repeatedly struck Rafah, and on Friday a strike "
     "there killed 12 people.", 12),
    ("Since the war began, the camp has been hit many times; an airstrike on Friday killed "
     "eight people in Nuseirat.", 8),
    ("Since the fighting broke out, Jabalia has been shelled almost daily, but yesterday a "
     "strike on a school killed 17 people.", 17),
    ("Since the conflict started, the hospital has run short of fuel; a shell killed four "
     "patients there.", 4),
    # the count's clause names its own day
    ("Since the war began, an Israeli air strike on a crowded market on Tuesday killed 21 "
     "people in Beit Lahia.", 21),
    ("Since the offensive began, an Israeli strike on a family home in the city on 3 March "
     "killed nine people in Khan Younis.", 9),
])
def test_a_count_outside_the_clause_since_the_war_began_opens_stays_its_own(text, n):
    assert _counts(text) == [("killed", n, False)]


@pytest.mark.parametrize("text,place,n", [
    ("Since the war began, Israeli forces have repeatedly struck Rafah, and on Friday a strike "
     "there killed 12 people.", "Rafah", 12),
    ("Since the war began, the camp has been hit many times; an airstrike on Friday killed "
     "eight people in Nuseirat.", "Nuseirat", 8),
])
def test_a_days_strike_after_since_the_war_began_keeps_its_event(text, place, n):
    events = parse(text, published="2025-06-21").events
    assert [(e.location, e.fatalities) for e in events] == [(place, n)]


@pytest.mark.parametrize("text", [
    # still the war's tally: the count in the clause the phrase opens
    "Since the war began, Israeli strikes have killed 230 aid workers across the Strip.",
    "Since the hostilities erupted, 75 journalists were killed in Gaza.",
])
def test_a_count_in_the_clause_since_the_war_began_opens_is_a_tally(text):
    assert [c[2] for c in _counts(text) if c[0] == "killed"] == [True]


@pytest.mark.parametrize("text,n", [
    ("The office recorded 410 people killed near the sites between 27/5 and 7/7.", 410),
    ("Between 3/6 and 9/6, 88 people were killed in Khan Younis.", 88),
])
def test_a_period_in_figures_makes_a_tally(text, n):
    assert [c for c in _counts(text) if c[0] == "killed"] == [("killed", n, True)]


def test_a_range_of_people_is_not_a_period_in_figures():
    assert _counts("Between 20 and 30 people were killed in Khan Younis.") == [
        ("killed", 20, False)]


@pytest.mark.parametrize("text,killed,injured", [
    # the share of the hurt told dead: that share dead, the rest hurt
    ("The field hospital in Khan Younis received 90 patients with gunshot wounds on Tuesday, "
     "14 of whom died.", 14, 76),
    ("An Israeli strike on a school in Jabalia wounded 40 people on Monday, five of whom "
     "later died.", 5, 35),
    ("Israeli fire near an aid site in Rafah wounded 60 people, including 12 who later "
     "succumbed to their wounds.", 12, 48),
    ("Seven people were injured in the shelling of Bureij, two of them died in hospital.", 2, 5),
    ("Al-Aqsa hospital received 75 casualties after the strike on Nuseirat, 20 of whom were "
     "killed.", 20, 55),
    # ... and one more than the dead told before it, of the same attack
    ("Troops shot dead two farmers east of Khan Younis and wounded three men, one of whom "
     "died later.", 3, 2),
])
def test_the_hurt_told_dead_after_are_dead_and_the_rest_hurt(text, killed, injured):
    got = _counts(text)
    assert ("killed", killed, False) in got and ("injured", injured, False) in got


@pytest.mark.parametrize("text,injured", [
    # no death told of the share, or a vague share: the hurt stay as told
    ("An Israeli strike wounded 40 people in Rafah, five of whom were children.", 40),
    ("An Israeli strike wounded 40 people in Rafah, six of them in critical condition.", 40),
    ("The hospital received dozens of wounded after the strike, several of whom died.", 12),
])
def test_a_share_of_the_hurt_not_told_dead_changes_nothing(text, injured):
    got = _counts(text)
    assert [c for c in got if c[0] == "killed"] == []
    assert ("injured", injured, False) in got


def test_casualties_told_dead_over_a_war_stay_a_tally():
    got = _counts("Since October, Gaza has seen 120,000 casualties, 40,000 of whom died.")
    assert got == [("injured", 80000, True), ("killed", 40000, True)]


def test_casualties_with_no_share_told_dead_give_no_count():
    assert _counts("The strike caused 25 casualties, most of them children.") == []


@pytest.mark.parametrize("text,n", [
    ("Israeli warplanes struck the headquarters of the civil defence in Gaza City early "
     "Monday, resulting in the tragic loss of five of its dedicated crew members.", 5),
    ("The agency mourned the loss of three staff members in a strike on its clinic in Rafah.",
     3),
    ("The Red Crescent announced the painful loss of two of its paramedics in Jabalia.", 2),
    ("MSF confirmed the loss of 4 colleagues when the shelter in Al-Mawasi was hit.", 4),
    ("The strike caused the loss of two lives.", 2),
])
def test_the_loss_of_people_is_their_death(text, n):
    assert _counts(text) == [("killed", n, False)]


@pytest.mark.parametrize("text", [
    "The strike on the depot caused the loss of five of its vehicles.",
    "The agency reported the loss of 20 per cent of its staff to displacement.",
    "The closure meant the loss of 2,000 jobs in the strip.",
])
def test_the_loss_of_things_or_shares_is_no_death(text):
    assert _counts(text) == []


@pytest.mark.parametrize("text,killed", [
    # the hurt a subject count names, told dead later in the clause
    ("A girl wounded by Israeli shelling in Khan Younis on Monday died two days later.", 1),
    ("Two men wounded in the strike on Monday died in hospital on Wednesday.", 2),
    ("A boy who was injured in the air strike on Bureij later succumbed.", 1),
])
def test_the_hurt_told_dead_later_are_the_dead(text, killed):
    assert _counts(text) == [("killed", killed, False)]


@pytest.mark.parametrize("text,want", [
    # another subject, or a share, dies: the hurt stay hurt
    ("Five people were wounded and a girl died.", [("injured", 5, False), ("killed", 1, False)]),
    ("Around 50 others were wounded, including a photographer who later died.",
     [("injured", 50, False), ("killed", 1, False)]),
    ("Five people were wounded in the strike, and two of them died.",
     [("injured", 3, False), ("killed", 2, False)]),
])
def test_another_subject_dying_leaves_the_hurt(text, want):
    assert _counts(text) == want


@pytest.mark.parametrize("text,n", [
    ("An international UN staffer was killed and five others were wounded.", 1),
    ("Three UNRWA staffers were killed in a strike on a school.", 3),
    ("A contractor was killed when the convoy was hit.", 1),
    ("Two WFP contractors were killed near the crossing.", 2),
    ("A medic was killed while evacuating the wounded.", 1),
    ("A rescuer was killed as the team reached the building.", 1),
    ("A guard was killed at the warehouse gate.", 1),
])
def test_aid_agencies_words_for_their_people_are_victims(text, n):
    assert [(c.kind, c.count) for c in find_casualties(text)][:1] == [("killed", n)]


@pytest.mark.parametrize("text", [
    "Staffers said the guesthouse was hit twice.",
    "The guard of the hospital said a strike hit the gate.",
    "A contractor said the road was closed.",
])
def test_those_words_with_no_death_count_nothing(text):
    assert find_casualties(text) == []


@pytest.mark.parametrize("text,n", [
    ("In the camp, a young child lost their life in the airstrike.", 1),
    ("A woman lost her life when a drone struck the tent.", 1),
    ("An elderly man lost his life in the shelling of Jabalia.", 1),
    ("Four people lost their lives in the strike.", 4),
])
def test_losing_ones_life_is_death(text, n):
    assert [(c.kind, c.count) for c in find_casualties(text)] == [("killed", n)]


@pytest.mark.parametrize("text", [
    "A man lost his leg in the airstrike.",
    "A family lost their home in the airstrike.",
    "She lost her livelihood when the boats were burned.",
])
def test_losing_a_limb_or_a_home_is_no_death(text):
    assert [c for c in find_casualties(text) if c.kind == "killed"] == []


@pytest.mark.parametrize("text,n", [
    ("The military said it had killed several terrorists in a strike on a school in Nuseirat "
     "while the hospital said at least 37 people were killed in the strike.", 37),
    ("The army said its jets killed several Hamas operatives in a raid on a house in Rafah, "
     "but the civil defence said 12 civilians were killed in the attack.", 12),
    ("The IDF claimed it had eliminated many militants in Jabalia, whereas the health "
     "ministry reported that 21 people were killed in the bombardment.", 21),
])
def test_a_vague_claim_yields_to_the_number_told_for_the_same_attack(text, n):
    assert [(c.kind, c.count) for c in find_casualties(text)] == [("killed", n)]


@pytest.mark.parametrize("text,want", [
    # the number for strikes elsewhere, not this attack's
    ("The army said it killed several militants in Rafah while the ministry said 37 people "
     "were killed in strikes across Gaza.", [("killed", 10), ("killed", 37)]),
    # two numbers: both stand
    ("The army said it killed 5 militants while the hospital said 37 people were killed in "
     "the strike.", [("killed", 5), ("killed", 37)]),
])
def test_a_number_for_other_strikes_or_a_claim_in_figures_stands(text, want):
    assert [(c.kind, c.count) for c in find_casualties(text)] == want


@pytest.mark.parametrize("text,n", [
    ("A surgeon was killed when the hospital's gate was hit.", 1),
    ("Two engineers and a surgeon were killed in the strike.", 3),
    ("A fisherman was killed off the coast of Gaza City.", 1),
    ("An ambulance driver was killed near the roundabout.", 1),
    ("A truck driver was killed as the convoy waited at the crossing.", 1),
    ("Three firefighters were killed while putting out the blaze.", 3),
])
def test_the_trades_of_the_dead_are_victims(text, n):
    assert [(c.kind, c.count) for c in find_casualties(text)] == [("killed", n)]


@pytest.mark.parametrize("text", [
    "The army said engineers demolished the tunnel.",
    "The water tank was hit and the bus was destroyed.",
])
def test_trades_and_vehicles_with_no_death_count_nothing(text):
    assert find_casualties(text) == []


@pytest.mark.parametrize("text,want", [
    ("The agency says airstrikes have killed eleven of its staff in Gaza, with four "
     "paramedics and one ambulance driver also being killed in clashes.",
     [(11, True), (5, True)]),
    ("UNRWA says 30 of its staff have been killed since October, with two nurses also killed "
     "in the fighting.", [(30, True), (2, True)]),
])
def test_dead_added_to_a_tally_with_also_are_of_the_tally(text, want):
    assert [(c.count, c.cumulative) for c in find_casualties(text)] == want


def test_dead_added_to_one_strikes_toll_stay_that_strikes():
    text = "A strike killed six people in Rafah, with two children also killed."
    assert [(c.count, c.cumulative) for c in find_casualties(text)] == [(6, False), (2, False)]

