"""Wordings of a count that were read as none: so many dozen, the victims told with "the" or by
their kin as the verb's object, who they were before the noun ("a little boy", "on-duty"),
an aside set off by dashes with no spaces, a long body's name with its initials, and the
wounded who "bled to death"."""

import pytest
from event_helpers import killed_counts as _dead

from geoevents.casualties import find_casualties
from geoevents.quantities import parse_number


def _hurt(text):
    return [c.count for c in find_casualties(text) if c.kind == "injured"]


@pytest.mark.parametrize("phrase,n", [
    ("two dozen", 24), ("more than three dozen", 36), ("at least two dozen", 24),
    ("dozens", 12), ("a dozen", 12),
])
def test_so_many_dozen_is_twelve_each(phrase, n):
    assert parse_number(phrase) == n


@pytest.mark.parametrize("text,n", [
    ("Hospital officials said more than two dozen people were killed.", 24),
    ("Israeli jets struck Rafah overnight, killing at least three dozen Palestinians.", 36),
    ("Two dozen tents were burned in Khan Younis and four people were killed.", 4),
])
def test_dozens_told_by_number(text, n):
    assert _dead(text) == [n]


@pytest.mark.parametrize("text,n", [
    ("Hamas fighters blew up a tank near Beit Hanoun, killing the four soldiers inside.", 4),
    ("The drone strike killed the two brothers and their father in Jabalia.", 3),
    ("A shell hit the car in Deir al-Balah, killing the 3 paramedics in it.", 3),
])
def test_victims_told_with_the_and_a_number(text, n):
    assert _dead(text) == [n]


@pytest.mark.parametrize("text", [
    "The army said it killed the one who fired at the troops in Rafah.",
    "The strike killed the many civilians sheltering there.",
    "The shelling killed the dozens who had returned.",
])
def test_the_with_no_number_told_counts_none(text):
    assert _dead(text) == []


@pytest.mark.parametrize("text,n", [
    ("A survivor said the air strikes killed his pregnant sister, her husband and three of "
     "their children.", 5),
    ("The strike on the house in Nuseirat killed his wife and two children.", 3),
    ("A drone strike killed her son near the school on Monday.", 1),
    ("The shell killed their eldest daughter and her husband.", 2),
])
def test_kin_as_the_object_of_the_killing(text, n):
    assert _dead(text) == [n]


@pytest.mark.parametrize("text", [
    "The strike killed his brother's hopes of leaving.",
    "The war killed his dreams.",
    "She said the news of the strike killed her appetite.",
])
def test_no_kin_as_the_object_counts_none(text):
    assert _dead(text) == []


@pytest.mark.parametrize("text,n", [
    ("A little boy and his baby sister were killed in the shelling of Shaboura camp.", 2),
    ("At least two on-duty health workers were killed in an attack near the hospital.", 2),
    ("Three off-duty policemen were killed in a strike on a car in Khan Younis.", 3),
    ("The ambush led to dozens of terror operatives being killed.", 12),
    ("Four newborn babies were killed when the ward was hit.", 4),
])
def test_who_the_victims_were_before_the_noun(text, n):
    assert _dead(text) == [n]


@pytest.mark.parametrize("text,n", [
    ("Three soldiers—all holding the rank of first sergeant—were killed on Monday in northern "
     "Gaza.", 3),
    ("Five members of one family–a couple and their three children–were killed in Rafah.", 5),
    ("Three soldiers -- all reservists -- were killed on Monday.", 3),
])
def test_an_aside_set_off_by_dashes(text, n):
    assert _dead(text) == [n]


def test_an_aside_with_no_spaces_leaves_the_hurt_counted():
    assert _hurt("At least fifteen civilians—including children—were wounded when a drone "
                 "fired on a gathering in Gaza City.") == [15]


def test_an_aside_by_dashes_keeps_who_killed_apart():
    # (the soldiers killed two gunmen: the gunmen are the dead)
    assert _dead("Three soldiers—reservists—killed two gunmen near the fence.") == [2]


@pytest.mark.parametrize("text,n", [
    ("Six employees from the United Nations Relief and Works Agency for Palestine Refugees "
     "(UNRWA) were killed in an Israeli strike on a school.", 6),
    ("Two staff members of the Palestine Red Crescent Society (PRCS) were killed in Khan "
     "Younis.", 2),
    ("Four workers from UNRWA were killed in Rafah.", 4),
])
def test_a_bodys_long_name_and_its_initials(text, n):
    assert _dead(text) == [n]


@pytest.mark.parametrize("text,n", [
    ("Two men bled to death in the street after the strike in Jabalia.", 2),
    ("Two pregnant women walking to the hospital were shot and bled to death in the "
     "street.", 2),
    ("A boy was shot and bled to death near the fence east of Khan Younis.", 1),
])
def test_bled_to_death_is_a_death(text, n):
    assert _dead(text) == [n]


def test_bleeding_that_was_stopped_is_no_death():
    assert _dead("Two men were shot and bleeding before medics reached them in Rafah.") == []


@pytest.mark.parametrize("text,n", [
    ("Hamas official Khaled Mansour, who was in charge of negotiation affairs concerning the "
     "captured Israeli soldier Gilad Shalit, is killed in an airstrike in the Gaza Strip.", 1),
    ("Islamic Jihad commander Sami Odeh, who had led the group's rocket unit in the north of "
     "the Strip for more than ten years, was killed in a strike in Jabalia.", 1),
    ("Ahmed Salem, 34, a nurse at the hospital, was killed in Khan Younis.", 1),
])
def test_a_named_dead_with_a_long_word_on_who_they_were(text, n):
    assert _dead(text) == [n]


def test_a_named_who_killed_after_a_long_aside_is_no_dead():
    # (the one named is who killed, not the dead)
    assert _dead("Commander Sami Odeh, who had led the group's rocket unit in the north of "
                 "the Strip for more than ten years, killed two soldiers in Jabalia.") == [2]


@pytest.mark.parametrize("text,n", [
    ("Fourteen people, the majority of them children under 10 years old, were reportedly "
     "killed by Israeli airstrikes near Al-Mawasi.", 14),
    ("Nine people, a majority of whom were women, were killed in the strike on Jabalia.", 9),
    ("Eleven individuals, all from the same Abu Shaaban family, were killed when a tank shell "
     "struck their bus.", 11),
    ("Two paramedics, both members of the Red Crescent, were killed in Rafah.", 2),
])
def test_an_aside_on_who_most_or_all_of_them_were(text, n):
    assert _dead(text) == [n]


@pytest.mark.parametrize("text,n", [
    ("At least 22 members of the same family die in an Israeli attack in northern Gaza", 22),
    ("Five Palestinians die in Israeli strike on Rafah", 5),
    ("Three children die after shelling hits school in Deir al-Balah", 3),
])
def test_a_headlines_present_tense_die(text, n):
    assert _dead(text) == [n]


@pytest.mark.parametrize("text", [
    "Thousands of children could die in Gaza.",
    "The doctors warned that 20 patients may die in the hospital without fuel.",
    "Ten children die in Gaza every day, the agency said.",
    "Two babies die of cold in Khan Younis tents",
])
def test_a_fear_a_rate_or_no_violence_with_die_counts_none(text):
    assert _dead(text) == []


def test_elite_soldiers_are_soldiers():
    assert _dead("The ambush left nearly a dozen Israeli elite soldiers killed in "
                 "Shejaiya.") == [12]


@pytest.mark.parametrize("text,n", [
    ("The drone blew up as the fishermen were lifting their nets off Khan Younis, killing all "
     "three.", 3),
    ("The airstrike hit the tent in al-Mawasi, killing all five occupants.", 5),
    ("A shell hit the car near Jabalia, killing all the four passengers.", 4),
])
def test_all_of_the_victims_counted(text, n):
    assert _dead(text) == [n]


def test_the_number_with_no_noun_is_a_count_told_before():
    # ("the four": the dead of a count before, not a count of its own)
    assert _dead("A tank shell flew into the small house, killing the four as they were "
                 "eating breakfast.") == []


@pytest.mark.parametrize("text,n", [
    ("The aircraft targeted the home of militant Ayman al-Fayed in Bureij, killing him and "
     "two of his children, a boy and a girl, they said.", 3),
    ("A drone struck the car of a Hamas commander in Rafah, killing him and his wife.", 2),
    ("The strike hit the journalist's tent, killing her and three colleagues.", 4),
])
def test_the_one_told_before_and_those_killed_with_him(text, n):
    assert _dead(text) == [n]


def test_him_alone_or_with_the_hurt_is_no_count_here():
    assert _dead("The strike killed him and wounded three others.") == []
    assert _dead("The drone strike in Rafah killed him.") == []


@pytest.mark.parametrize("text,n", [
    ("Two men riding on a motorcycle were reportedly killed in a drone strike in Beit "
     "Lahia.", 2),
    ("Three fishermen fishing off the coast of Gaza City were killed by naval fire.", 3),
    ("Twenty gang members are killed by security forces in the Gaza Strip.", 20),
])
def test_what_the_victims_were_doing_or_who_they_were(text, n):
    assert _dead(text) == [n]


@pytest.mark.parametrize("text,n", [
    ("Two Palestine Red Crescent Society (PRCS) paramedics were killed in Rafah.", 2),
    ("An Israeli helicopter fired a missile at a car in Gaza City, killing a Hamas (search) "
     "militant and wounding six other people.", 1),
    ("Israeli troops killed two Islamic Jihad (search) gunmen near Khan Younis.", 2),
    ("Four World Food Programme (WFP) staff were killed when the convoy was hit.", 4),
])
def test_initials_in_brackets_among_who_they_were(text, n):
    assert _dead(text) == [n]


def test_initials_in_brackets_before_no_victim_count_none():
    assert _dead("Two Palestine Red Crescent Society (PRCS) ambulances were hit in "
                 "Rafah.") == []


@pytest.mark.parametrize("text,n", [
    ("A man succumbed to his wounds on Tuesday at Nasser hospital.", 1),
    ("Two children later succumbed to their wounds, medics in Rafah said.", 2),
    ("A woman wounded in the strike on Jabalia succumbed to her injuries.", 1),
    ("Two men died of their wounds in hospital after the strike on Rafah.", 2),
    ("A boy died of his injuries on Tuesday.", 1),
    ("A further three died later of their wounds.", 3),
    ("Two men died of injuries sustained in the strike on Rafah.", 2),
    ("A man succumbed to injuries sustained in an Israeli strike on Jabalia.", 1),
])
def test_succumbed_to_wounds_is_a_death_not_a_hurt(text, n):
    assert _dead(text) == [n]
    assert _hurt(text) == []


def test_wounds_with_no_death_stay_a_hurt():
    assert _hurt("A man was treated for his wounds on Tuesday.") == [1]
    assert _dead("A man was treated for his wounds on Tuesday.") == []


@pytest.mark.parametrize("text,n", [
    ("Hamas confirms that an Israeli airstrike last summer killed Khaled Mansour, who "
     "according to Israel was the \"head of the Hamas government in the Gaza Strip\", along "
     "with Ahmed Salem, who held the security portfolio in the political bureau, and Omar "
     "Nasser, the head of its security service.", 3),
    ("The strike killed Ahmed Salem along with Sami Odeh, who led the rocket unit, and Omar "
     "Nasser.", 3),
    ("An airstrike killed Khaled Mansour, who led the unit, and Sami Odeh in Rafah.", 2),
])
def test_named_dead_listed_with_who_each_was(text, n):
    assert _dead(text) == [n]


@pytest.mark.parametrize("text,n", [
    # (the one named after "and" was hurt, not killed)
    ("The strike killed Ahmed Salem along with Sami Odeh, who led the rocket unit, and "
     "wounded Omar Nasser.", 2),
    ("An airstrike killed Khaled Mansour, who led the unit, and wounded Sami Odeh in "
     "Rafah.", 1),
])
def test_a_named_hurt_after_who_one_was_is_no_dead(text, n):
    assert _dead(text) == [n]


def _tally(text):
    return [(c.count, c.cumulative) for c in find_casualties(text) if c.kind == "killed"]


@pytest.mark.parametrize("text,n", [
    ("As of 20:00, at least 178 Palestinians have been killed and 589 injured, according to "
     "the Ministry of Health in Gaza.", 178),
    ("As of 18:30 local time, 42 people have been killed in strikes on Rafah, medics said.",
     42),
])
def test_a_count_as_of_an_hour_is_the_days(text, n):
    assert _tally(text) == [(n, False)]


@pytest.mark.parametrize("text", [
    "As of 15:00 on 7 December, at least 178 Palestinians have been killed since the "
    "resumption of hostilities.",
    "As of 20:00, at least 17,178 Palestinians have been killed since 7 October.",
    "As of 7 December, at least 178 UNRWA staff have been killed.",
])
def test_a_count_as_of_a_date_or_since_is_a_tally(text):
    assert _tally(text) and all(cumulative for _, cumulative in _tally(text))


@pytest.mark.parametrize("text,n", [
    ("At least 18 people – eight of them children – have been killed in Israeli air strikes "
     "across the Gaza Strip, Palestinian officials have said.", 18),
    ("At least 15 Palestinians have been killed in Israeli strikes on two refugee camps in "
     "central Gaza.", 15),
    ("Israeli strikes have killed at least 10 Palestinians in the centre of the Gaza Strip.", 10),
    ("Four Palestinian civilians have been killed in violence in the Gaza Strip, sources "
     "say.", 4),
])
def test_a_present_perfect_of_a_few_dozen_is_the_days_news(text, n):
    assert _tally(text) == [(n, False)]


@pytest.mark.parametrize("text", [
    # (a class's tally, a campaign's, a vague word's, a span's, or too many for a day's news)
    "The UN agency says that Israeli airstrikes have killed eleven of its staff in Gaza.",
    "Fourteen journalists have been killed in Gaza, the press union said.",
    "A fresh offensive across the north of the Gaza Strip has killed 30 people.",
    "Israel's military has killed dozens of Palestinian civilians in Gaza.",
    "Israeli strikes have killed 30 Palestinians since the ceasefire collapsed.",
    "Israeli strikes have killed more than 500 Palestinians in the Gaza Strip.",
    "Israeli strikes have killed 40 people in Jabalia in three days, medics said.",
    "The army says it has killed more than 20 Hamas battalion commanders in the enclave.",
    "Four Palestinian militants have been killed in violence in the Gaza Strip.",
])
def test_a_present_perfect_tally_stays_a_tally(text):
    assert _tally(text) and all(cumulative for _, cumulative in _tally(text))


@pytest.mark.parametrize("text", [
    "Strikes have killed 40 people in Jabalia in the past week.",
    "In the past days at least five people have been killed at the hospital.",
    "Israeli fire has killed 12 people near aid sites this month.",
])
def test_a_present_perfect_over_a_span_stays_a_tally(text):
    assert _tally(text) and all(cumulative for _, cumulative in _tally(text))


@pytest.mark.parametrize("text,n", [
    ("A total of 11 people, including children, were reported killed in the strike.", 11),
    ("In total, nine people were killed in the strike on the house in Khan Younis.", 9),
    ("A total of six paramedics died in the attack on the ambulance.", 6),
])
def test_a_total_of_one_attack_is_its_toll(text, n):
    assert _tally(text) == [(n, False)]


@pytest.mark.parametrize("text", [
    "A total of 404 people have been killed since October.",
    "In total, 59 people were killed in Israeli attacks across the Strip.",
    "A total of 40 people were killed in the strikes over the past week.",
])
def test_a_total_of_a_span_or_of_many_attacks_stays_a_tally(text):
    assert _tally(text) and all(cumulative for _, cumulative in _tally(text))


@pytest.mark.parametrize("text,n", [
    ("At least 316 Palestinians have been killed and 664 injured during the last 24 hours in "
     "the Gaza Strip.", 316),
    ("Israeli strikes have killed 40 people over the past 24 hours across Gaza.", 40),
    ("The Gaza Humanitarian Foundation put the death toll at 19 and said the victims were "
     "trampled.", 19),
    ("Medics put the death toll at 12 on Sunday.", 12),
    ("Ambulance crews reached the site, where at least two family members of our colleagues "
     "have been killed and six people wounded.", 2),
])
def test_the_days_own_toll_told_as_a_whole(text, n):
    assert _tally(text) == [(n, False)]


@pytest.mark.parametrize("text", [
    "The latest incident puts the death toll at 32 for Palestinians killed in the worst surge "
    "of violence.",
    "The ministry put the death toll at 300 since Friday.",
    "A civil defence official put the death toll at 40 earlier Tuesday.",
    "Israeli attacks have killed 40 of its staff in the past week.",
])
def test_a_toll_put_over_a_span_or_earlier_stays_apart(text):
    assert _tally(text) and all(cumulative for _, cumulative in _tally(text))


@pytest.mark.parametrize("text", [
    "Israel said it had killed Hamas's top commander in the strike on Khan Younis.",
    "The strike killed the group's military chief in Khan Younis.",
    "The army killed Islamic Jihad's northern Gaza commander in Rafah.",
    "Israel says it killed Hamas's military chief Mohammed Deif.",
])
def test_one_told_by_an_armed_groups_post(text):
    assert _dead(text) == [1]


@pytest.mark.parametrize("text", [
    "The war killed Hamas's hopes of a deal.",
    "The strike killed Israel's chief negotiator's hopes.",
])
def test_a_groups_things_killed_count_none(text):
    assert _dead(text) == []


@pytest.mark.parametrize("text,n", [
    ("Israeli forces kill Jihad Kamal Salem Najjar, a member of the Hamas military wing.", 1),
    ("Israeli troops kill Mohammed Salem and Ahmed Nasser in Khan Younis.", 2),
])
def test_a_summarys_present_kill_of_the_named(text, n):
    assert _dead(text) == [n]


@pytest.mark.parametrize("text", [
    "Israel vowed to kill Yahya Sinwar.",
    "Israel did not kill Mohammed Deif, Hamas said.",
    "Troops tried to find and kill Mohammed Deif.",
    "Hamas attempted to ambush and assassinate Abu Shabab by firing at a vehicle.",
])
def test_a_killing_not_done_or_attempted_counts_no_named_dead(text):
    assert _dead(text) == []
