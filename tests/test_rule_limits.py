"""What the rules for family tolls, members of a group, soldiers' fire, hostage bodies,
incident titles, spared places, described neighbourhoods, "move there" and markup must
leave alone: sentences an independent review found them over-reaching on, each with what
an ACLED coder would code."""

import pytest
from event_helpers import _events

from geoevents import parse


def _coded(text, published="2024-06-30"):
    return [(e.sub_event_type, e.location, e.fatalities, e.actor1, e.actor2)
            for e in parse(text, published=published).events]


# -- a family's members --------------------------------------------------------------
@pytest.mark.parametrize("text,killed,injured", [
    ("An Israeli strike on a house in Nuseirat killed a woman, and her husband and three "
     "children were wounded, the civil defence said.", 1, 3),
    ("Israeli strikes in Gaza City killed a journalist and his cameraman on Saturday.", 2, None),
    ("An Israeli strike killed a paramedic and his colleague in Jabalia on Saturday.", 2, None),
    ("A mother and her baby were killed when an Israeli strike hit their home in Nuseirat.",
     2, None),
])
def test_each_member_of_a_victim_list_counts_once(text, killed, injured):
    (event,) = parse(text, published="2024-06-30").events
    assert (event.fatalities, event.injuries) == (killed, injured)


def test_a_relative_who_speaks_is_no_victim():
    got = _coded("A brother of one of the dead said an Israeli strike hit the car in Khan "
                 "Younis on Saturday.")
    assert [n for _, _, n, _, _ in got] == [None]


# -- members of a group --------------------------------------------------------------
@pytest.mark.parametrize("text,sides", [
    ("Members of Hamas's armed wing ambushed Israeli troops in Rafah on Saturday, killing "
     "two soldiers, the group said.",
     ("Hamas armed wing (al-Qassam Brigades)", "Israeli military")),
    ("Officers of the Israeli army's 98th Division fought Hamas fighters in Khan Younis on "
     "Saturday.", ("Israeli military", "Hamas")),
    ("An Israeli airstrike on Saturday killed Ahmed Ghandour, a commander of Hamas's northern "
     "brigade, in Jabalia, the army said.", ("Israeli military", "Hamas")),
])
def test_members_who_act_are_their_group_and_members_hit_are_the_other_side(text, sides):
    assert [(a1, a2) for *_, a1, a2 in _coded(text)] == [sides]


# -- fire with no weapon named -------------------------------------------------------
@pytest.mark.parametrize("text,sub", [
    ("Five people, including two children, died in a fire at a tent camp in al-Mawasi on "
     "Saturday, the civil defence said.", "Air/drone strike"),
    ("An Israeli drone fires at a group of people in Khan Younis, killing three.",
     "Air/drone strike"),
    # the navy's gunfire at fishermen is an attack on them; its shells on the coast shelling
    ("Israeli naval vessels fire on fishing boats off Gaza City, killing two fishermen.",
     "Attack"),
    ("Israeli gunboats opened fire at Palestinian fishermen off the coast of Rafah, wounding "
     "two.", "Attack"),
    ("Israeli naval vessels fired shells at the coast of Deir al-Balah, killing three.",
     "Shelling/artillery/missile attack"),
    ("Israeli forces fire at crowds waiting for aid trucks in Gaza City, killing 20.", "Attack"),
])
def test_fire_at_is_an_attack_only_from_people_on_the_ground(text, sub):
    assert [s for s, *_ in _coded(text)] == [sub]


def test_soldiers_killed_are_victims_not_who_killed():
    got = _coded("Two Israeli soldiers were killed and 12 Palestinians were killed in Rafah on "
                 "Saturday, the army and medics said.")
    assert [(s, n) for s, _, n, _, _ in got] == [("Armed clash", 2), ("Air/drone strike", 12)]


# -- hostage bodies --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Israel has delayed the release of 15 Palestinian bodies, officials in Gaza said on "
    "Saturday.",
    "In response to the limited release of bodies on Monday, Israel said it would keep the "
    "Rafah crossing closed.",
    "Israel returned the bodies of 45 Palestinians to Gaza through the Kerem Shalom crossing "
    "on Saturday, the health ministry said.",
])
def test_bodies_that_are_no_hostages_are_no_release_and_no_toll(text):
    assert _coded(text) == []


@pytest.mark.parametrize("text,place", [
    ("Hamas handed over the coffins of four hostages to the Red Cross in Khan Younis on "
     "Saturday.", "Khan Younis"),
    ("Hamas transferred the bodies of three hostages to the Red Cross in Gaza City on "
     "Saturday.", "Gaza City"),
    ("Hamas released the body of hostage Hadar Goldin to the Red Cross in Rafah on Saturday.",
     "Rafah"),
])
def test_hostage_bodies_handed_back_in_other_words_are_a_release(text, place):
    assert [(s, loc, n) for s, loc, n, _, _ in _coded(text)] == \
        [("Hostage or prisoner release", place, None)]


# -- incident titles -------------------------------------------------------------------
def test_a_line_of_page_chrome_is_no_title():
    text = ("Israel–Hamas war\nAlso Read: UN condemns Nuseirat school strike\n"
            "Israeli airstrikes killed at least 40 people in the Gaza Strip on Saturday, "
            "health officials said.\n")
    assert [(loc, n) for _, loc, n, _, _ in _coded(text)] == [("Gaza Strip", 40)]


def test_an_item_that_names_places_of_its_own_keeps_them():
    text = ("Gaza war\nNuseirat refugee camp airstrike\n"
            "An Israeli drone strike killed four people in Deir al-Balah governorate on "
            "Saturday; earlier, six were killed in Nuseirat.\n")
    assert sorted((loc, n) for _, loc, n, _, _ in _coded(text)) == \
        [("Deir al-Balah Governorate", 4), ("Nuseirat", 6)]


# -- spared places -----------------------------------------------------------------------
def test_what_was_not_seen_before_does_not_reach_past_its_clause():
    got = _coded("Doctors at Nasser Hospital in Khan Younis said they had not seen so many "
                 "wounded since strikes hit the city on Saturday, killing 30.")
    assert [s for s, *_ in got] == ["Air/drone strike"]


# -- described neighbourhoods -------------------------------------------------------------
@pytest.mark.parametrize("text,second", [
    # the described side is not the named neighbourhood's
    ("Israeli strikes hit Sheikh Radwan on Monday, killing six. On Tuesday, tanks pushed into "
     "the southern Gaza City neighbourhood, residents said.", "Gaza City"),
    # a neighbourhood that names itself
    ("Fighting continued in Shejaia on Monday. On Tuesday, an airstrike hit a school in the "
     "Gaza City neighbourhood of Tal al-Hawa, killing five.", "Tel al-Hawa"),
])
def test_a_described_neighbourhood_is_the_named_one_only_when_it_can_be(text, second):
    assert [loc for _, loc, *_ in _coded(text)][-1] == second


# -- "move there" -------------------------------------------------------------------------
def test_an_order_for_areas_once_designated_safe_is_still_an_order_there():
    text = ("The Israeli military issued new evacuation orders in Khan Younis on Monday. The "
            "evacuation order includes areas that had previously been designated by the "
            "military as a 'humanitarian zone', affecting an estimated 150,000 people.")
    assert ("Evacuation order", "Khan Younis") in [(s, loc) for s, loc, *_ in _coded(text)]


# -- markup ------------------------------------------------------------------------------
@pytest.mark.parametrize("html", [
    "<p>An Israeli airstrike hit a house in Rafah on 3 June, killing five.<o:p></o:p></p>",
    "<p><st1:place>Rafah</st1:place>: an Israeli airstrike hit a house on 3 June, "
    "killing five.</p>",
    '<svg><path d="M12 2C6"></path><g><circle r="2"></circle></g></svg>'
    "<p>An Israeli airstrike hit a house in Rafah on 3 June, killing five.</p>",
    '<amp-img src="x.jpg"></amp-img><p>An Israeli airstrike hit a house in Rafah on 3 June, '
    "killing five.</p>",
])
def test_office_svg_and_custom_elements_are_markup(html):
    (event,) = parse(html, published="2024-06-05").events
    assert "<" not in event.notes and event.location == "Rafah"


# -- seen while probing, wrong before ------------------------------------------------------
def test_aid_seekers_named_in_a_toll_are_not_counted_twice():
    got = _coded("Israeli forces killed 12 people in the Gaza Strip on Saturday, including five "
                 "at an aid distribution point in Rafah.")
    assert sorted((s, loc, n) for s, loc, n, _, _ in got) == \
        [("Air/drone strike", "Gaza Strip", 7), ("Attack", "Rafah", 5)]


def test_an_order_to_head_south_is_an_evacuation_order():
    assert [(s, loc) for s, loc, *_ in _coded(
        "Residents of Shejaia were ordered on Saturday to head south.")] == \
        [("Evacuation order", "Shejaia")]


def test_one_gunman_killed_is_a_count_of_one_combatant():
    got = _coded("Israeli soldiers killed a Hamas gunman who emerged from a tunnel in Beit Hanoun "
                 "on Saturday.")
    assert [(s, n, a2) for s, _, n, _, a2 in got] == [("Armed clash", 1, "Hamas")]


def test_a_country_a_strike_fell_in_is_where_not_who():
    got = _coded("On Friday, Israeli strikes in southern Lebanon killed two Hezbollah members. "
                 "On Saturday, an airstrike hit a house in Rafah, killing four people.")
    assert [(loc, n) for _, loc, n, _, _ in got] == [("Rafah", 4)]


def test_an_official_killed_is_a_victim_and_not_a_source():
    got = _coded("An Israeli airstrike killed a senior official of Palestinian Islamic Jihad in "
                 "Gaza City on Saturday.")
    assert [(loc, n) for _, loc, n, _, _ in got] == [("Gaza City", 1)]
    # officials who report are still a source, and their place is not the event's
    got = _coded("According to officials at Al-Aqsa Hospital in Deir al-Balah, an airstrike "
                 "killed 12 people in Nuseirat on Saturday.")
    assert [(loc, n) for _, loc, n, _, _ in got] == [("Nuseirat", 12)]


def test_israelis_who_fire_are_the_forces():
    got = _coded("Israelis fire at a vehicle carrying a family in Khan Younis, killing six.")
    assert [(s, a1, a2) for s, _, _, a1, a2 in got] == \
        [("Attack", "Israeli military", "Civilians (Palestine)")]


# -- a toll and the places it names ---------------------------------------------------------
@pytest.mark.parametrize("text,got", [
    # a joint toll gives no share to either place
    ("More than 50 Palestinians were killed in Israeli attacks on al-Maghazi and Jabalia "
     "camps on Monday.", [("Maghazi Camp", None), ("Jabalia Camp", None)]),
    ("Israeli strikes on Jabalia and Beit Lahia killed 20 people on Monday.",
     [("Jabalia", None), ("Beit Lahia", None)]),
    # the place a count names for itself
    ("Airstrikes hit Rafah and Khan Younis on Monday, killing 12 people in Rafah.",
     [("Rafah", 12), ("Khan Younis", None)]),
    # the Strip holds the other place a toll is told across
    ("At least 40 Palestinians are killed in Israeli attacks across the Gaza Strip and in "
     "Gaza City on Monday.", [("Gaza Strip", 40), ("Gaza City", None)]),
])
def test_a_toll_told_for_several_places(text, got):
    assert [(loc, n) for _, loc, n, _, _ in _coded(text)] == got


def test_people_forced_out_of_where_they_sheltered_were_attacked():
    got = _coded("Health authorities in the Hamas-run enclave said Israel had forced out "
                 "displaced people sheltering in Nasser Hospital on Thursday.")
    assert [(s, loc, a1, a2) for s, loc, _, a1, a2 in got] == \
        [("Attack", "Nasser Medical Complex", "Israeli military", "Civilians (Palestine)")]


def test_an_airdrop_that_kills_is_an_accident_not_a_strike():
    assert _coded("Health officials said the aid crate killed five people, including two "
                  "children, on Friday morning in northern Gaza.") == []


def test_a_toll_the_incident_puts_the_count_at_is_a_tally():
    got = _coded("An airstrike hit Rafah on Monday, killing 3. The latest incident puts the "
                 "death toll at 32 for Palestinians killed in the surge of violence.")
    assert [(loc, n) for _, loc, n, _, _ in got] == [("Rafah", 3)]


def test_where_the_dead_had_fled_from_is_no_flight_of_the_day():
    got = _coded("An Israeli strike on a house in Deir al-Balah killed 12 people on Tuesday. "
                 "Some of the dead had just fled Khan Younis hours earlier, a relative said.")
    assert [(s, loc) for s, loc, *_ in got] == [("Air/drone strike", "Deir al-Balah")]


def test_an_offensive_that_has_left_100_dead_gives_its_whole_toll():
    got = _coded("Israeli troops have pulled out of Jabalia following an offensive that has "
                 "left more than 100 dead. Overnight airstrikes killed five militants in "
                 "Jabalia, Hamas said.", "2008-03-03")
    assert [n for _, _, n, _, _ in got if n] == [5]


def test_the_day_that_names_another_event_is_not_the_events_day():
    got = parse("Israeli forces have stepped up their ground offensive in Gaza as part of the "
                "response to the October 7 Hamas attacks.", published="2023-11-06").events
    assert [e.event_date for e in got] == ["2023-11-06"]


def test_what_has_been_done_since_is_no_event_of_the_day():
    assert _coded("Israel has since relentlessly bombarded the Gaza Strip and sent in ground "
                  "troops.", "2023-11-06") == []


# -- a second review of this session's rules: over-reaches, each with what a coder codes ----
@pytest.mark.parametrize("text,got", [
    # what the war has done, told as an aside of a sentence with an event of its own
    ("Israeli tanks pushed deeper into eastern Rafah, where the war has destroyed most homes, "
     "residents said.", [("Armed clash", "Rafah", None)]),
    ("An Israeli airstrike hit a school sheltering displaced families in Nuseirat; the army has "
     "since struck two more schools in the camp.", [("Air/drone strike", "Nuseirat", None)]),
    # and the conflict's or the fighting's tally is no event either
    ("The fighting has displaced about 1.7 million people, mostly to Rafah.", []),
])
def test_a_tally_aside_does_not_drop_the_sentence(text, got):
    assert [(s, loc, n) for s, loc, n, _, _ in _coded(text)] == got


@pytest.mark.parametrize("text,got", [
    # the town's toll is of several strikes: "the strike" at a site is one of them
    ("Israeli strikes killed 30 people in Khan Younis on Monday, health officials said. The "
     "strike on a tent near Nasser Hospital also wounded 12 people.",
     [("Khan Younis", 30), ("Nasser Medical Complex", None)]),
    # "the second strike" is another one
    ("An Israeli strike killed five people in Deir al-Balah on Monday. The second strike hit a "
     "tent near Al-Aqsa Martyrs Hospital, wounding eight.",
     [("Deir al-Balah", 5), ("Al-Aqsa Martyrs Hospital", None)]),
])
def test_a_town_toll_folds_into_a_site_only_for_one_strike(text, got):
    assert [(loc, n) for _, loc, n, _, _ in _coded(text)] == got


def test_a_toll_told_in_a_list_of_places_after_the_count_gives_no_share():
    got = _coded("Israeli strikes killed 25 people in Jabalia, Beit Lahia and Beit Hanoun on "
                 "Saturday.")
    assert [(loc, n) for _, loc, n, _, _ in got] == \
        [("Jabalia", None), ("Beit Lahia", None), ("Beit Hanoun", None)]


@pytest.mark.parametrize("text,killed", [
    ("The dead included five children, two of them infants, and three women.", 8),
    ("Those killed included three paramedics and two civil defence workers.", 5),
    ("The victims were three years old and five years old, their uncle said.", None),
])
def test_a_list_of_the_dead_counts_its_items_once(text, killed):
    from geoevents.casualties import find_casualties
    assert next((c.count for c in find_casualties(text) if c.kind == "killed"), None) == killed


@pytest.mark.parametrize("text", [
    "Evacuation orders forced out thousands of families sheltering in schools in Khan Younis "
    "on Monday, OCHA said.",
    "Heavy rain on Monday forced out hundreds of families sheltering in tents in Deir al-Balah.",
])
def test_people_forced_out_by_no_one_armed_were_not_attacked(text):
    assert "Attack" not in [s for s, *_ in _coded(text)]


def test_killed_near_an_airdrop_site_is_no_accident():
    got = _coded("Five Palestinians were killed near an airdrop site in Beit Lahia on Monday, "
                 "witnesses said, blaming Israeli gunfire.")
    assert [(s, loc, n) for s, loc, n, _, _ in got] == [("Attack", "Beit Lahia", 5)]


@pytest.mark.parametrize("text,n", [
    # a campaign word with its own day is that day's toll
    ("An Israeli incursion into Shejaia overnight has left 12 people dead, the civil defence "
     "said.", 12),
    ("The Israeli assault on Nuseirat on Saturday has killed 274 Palestinians, the health "
     "ministry said.", 274),
    # one strike's toll is no tally
    ("Rescuers pulled five more bodies from the rubble of a house in Nuseirat on Saturday, "
     "putting the death toll from the strike at 23.", 23),
    ("The number of people killed in the strike on the school in Nuseirat on Saturday rose to "
     "33, the civil defence said.", 33),
])
def test_a_day_toll_is_not_a_campaign_tally(text, n):
    assert [f for _, _, f, _, _ in _coded(text)] == [n]


def test_the_dead_who_had_fled_before_are_no_flight():
    got = _coded("An Israeli strike on a school in Gaza City killed 15 people on Saturday. Most "
                 "of those killed had sought shelter there after fleeing Jabalia.")
    assert [s for s, *_ in got] == ["Air/drone strike"]


@pytest.mark.parametrize("text,got", [
    ("Israeli strikes killed at least 40 Palestinians on Saturday, health officials said. In "
     "one strike, the targeted house in Nuseirat was home to three families.",
     [("Gaza Strip", 40), ("Nuseirat", None)]),
    # (the house described by a strike months before: background, no event of its own)
    ("An Israeli drone strike killed two men on a motorcycle on Saturday. Nearby, families "
     "still live beside the destroyed house in Jabalia that was hit in January.",
     [("Gaza Strip", 2)]),
    ("An Israeli drone strike killed two men on a motorcycle on Saturday. Nearby, families "
     "still live beside the destroyed house in Jabalia that was hit in Jan. by a strike.",
     [("Gaza Strip", 2), ("Jabalia", None)]),
])
def test_the_site_told_next_is_not_of_several_strikes_nor_of_another_day(text, got):
    assert [(loc, n) for _, loc, n, _, _ in _coded(text)] == got


@pytest.mark.parametrize("text,day", [
    ("The 13 July attack on al-Mawasi killed more than 90 people, OCHA said.", "2023-07-13"),
    ("The June 8 assault on Nuseirat killed 274 Palestinians, according to the health ministry.",
     "2024-06-08"),
])
def test_the_day_that_names_the_event_told_is_its_day(text, day):
    assert [e.event_date for e in parse(text, published="2024-06-30").events] == [day]


@pytest.mark.parametrize("text,n", [
    ("Two health officials said an Israeli strike killed 12 people in Rafah on Saturday.", 12),
    ("A Palestinian gunman killed two Israeli soldiers near Beit Hanoun on Saturday, the army "
     "said.", 2),
])
def test_who_speaks_or_kills_is_not_counted_among_the_dead(text, n):
    assert [f for _, _, f, _, _ in _coded(text)] == [n]


def test_a_country_the_shooters_stood_in_is_not_where_the_strike_fell():
    got = _coded("Israeli forces pushed into Jabalia on Saturday. Warplanes flying over Israel "
                 "struck targets along the coast, killing 12.")
    assert ("Air/drone strike", "Jabalia", 12) in [(s, loc, n) for s, loc, n, _, _ in got]


@pytest.mark.parametrize("text", [
    "Israel's 98th Division was ordered on Saturday to head south towards Khan Younis after "
    "completing its mission in Gaza City.",
    "A UN aid convoy was ordered to head north along Salah al-Din Road on Saturday but was "
    "stopped at the Netzarim checkpoint.",
])
def test_an_order_to_head_south_given_to_no_civilians_is_no_evacuation(text):
    assert "Evacuation order" not in [s for s, *_ in _coded(text)]


# -- rockets, shells and who said so ----------------------------------------------------
def test_rockets_fired_at_a_town_abroad_fall_there_not_in_gaza():
    assert _coded("Militants in Hamas-controlled Gaza fired rockets at Sderot on Monday, the "
                  "army said.") == []


def test_who_says_so_at_the_end_of_a_sentence_is_the_source_not_a_party():
    # (the army is the source here; the text does not say who fired)
    got = parse("An aid convoy came under fire in Rafah on Monday, killing two drivers, the "
                "army said.", published="2024-06-30").events
    assert [(e.sub_event_type, e.actor1) for e in got] == [("Attack", None)]


def test_tanks_that_fire_shells_shell():
    assert [(s, loc) for s, loc, *_ in _coded(
        "Israeli tanks fired shells at houses in Rafah on Monday.")] == \
        [("Shelling/artillery/missile attack", "Rafah")]


# -- a third review: lasting states, folds, tolls, named lists, headlines, looters --------
def _dated(text, published):
    return [(e.sub_event_type, e.location, e.fatalities, e.event_date)
            for e in parse(text, published=published).events]


@pytest.mark.parametrize("text,published,days", [
    # what others have gone through that long is no span of the event
    ("Israeli airstrikes killed 12 people in Khan Younis, where residents have been without "
     "water for five days, the civil defence said.", "2024-06-12", ["2024-06-12"]),
    ("An Israeli strike hit the Kuwaiti roundabout in Gaza City, killing eight people in crowds "
     "that have been gathering for three days to wait for aid trucks.", "2024-03-14",
     ["2024-03-14"]),
    ("On Monday, Israeli strikes killed 30 people in Rafah. Israeli tanks shelled eastern Khan "
     "Younis, where families have been trapped for three days, residents said.", "2024-06-12",
     ["2024-06-10", "2024-06-10"]),
    ("An Israeli airstrike hit a house in Deir al-Balah, killing four people who have been "
     "sheltering there for 100 days.", "2024-06-12", ["2024-06-12"]),
    # what has gone on that long is still dated by its first day
    ("Israeli tanks have been shelling eastern Khan Younis for three days, residents said.",
     "2024-03-24", ["2024-03-22"]),
])
def test_a_lasting_state_dates_only_what_lasted(text, published, days):
    assert [d for *_, d in _dated(text, published)] == days


def test_what_the_forces_did_after_operating_for_days_is_dated_as_told():
    got = _dated("Israeli forces, which have been operating in Khan Younis for seven days, "
                 "stormed Nasser Hospital.", "2024-03-24")
    assert ("Nasser Medical Complex", "2024-03-24") in [(loc, d) for _, loc, _, d in got]


@pytest.mark.parametrize("text", [
    "Civil defence forces have been operating in Jabalia with almost no fuel, the agency said "
    "on Monday.",
    "Palestinian Civil Defence forces have been operating in Khan Younis to recover bodies "
    "from the rubble.",
    # police, militants, or forces yet to operate
    "Police forces operating in Rafah escorted the aid trucks on Monday.",
    "The military said Hamas militants were operating from within the school in Nuseirat.",
    "The IDF is preparing to operate in Beit Lahia.",
])
def test_rescuers_operating_somewhere_are_no_battle(text):
    assert "Armed clash" not in [sub for sub, *_ in _coded(text)]


@pytest.mark.parametrize("text,got", [
    # shot dead: a weapon named
    ("Two aid workers were shot dead in Rafah on Sunday, the World Central Kitchen said. Later "
     "on Sunday, an Israeli airstrike hit a house in Rafah, killing four people.",
     [("Attack", 2), ("Air/drone strike", 4)]),
    # a strike that tells its own dead is another one
    ("Five Palestinians were killed near an aid distribution site in Rafah on Sunday, witnesses "
     "said. Separately, an Israeli drone strike hit a tent in Rafah on Sunday, killing three.",
     [("Attack", 5), ("Air/drone strike", 3)]),
])
def test_killings_at_the_place_of_a_strike_are_not_always_the_strikes(text, got):
    assert [(s, n) for s, _, n, _, _ in _coded(text, "2024-06-12")] == got


@pytest.mark.parametrize("text,got", [
    # the rest of a toll its own sentence split
    ("Israeli strikes killed 12 people in the Gaza Strip on Tuesday, including six in Rafah, "
     "medics said.", [("Rafah", 6), ("Gaza Strip", 6)]),
    # the other side's dead
    ("Two Israeli soldiers were killed in fighting in the Gaza Strip on Tuesday, the army said. "
     "In Khan Younis, Israeli troops killed two Hamas fighters in a gun battle on Tuesday, the "
     "army added.", [("Gaza Strip", 2), ("Khan Younis", 2)]),
    # another kind of explosion
    ("Israeli strikes killed four people in Gaza on Tuesday, medics said. In Deir al-Balah, "
     "unexploded ordnance left by earlier bombardment exploded on Tuesday, killing four "
     "children.", [("Gaza Strip", 4), ("Deir al-Balah", 4)]),
])
def test_the_same_number_is_not_always_the_same_toll(text, got):
    assert [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-06-12")] == got


@pytest.mark.parametrize("text,place", [
    ("Israeli airstrikes hit three houses in Jabalia on Monday. In all of the strikes, 14 "
     "people were killed, the civil defence said.", "Jabalia"),
    ("An Israeli airstrike hit a school sheltering displaced families in Nuseirat on Monday. "
     "All told, the strike killed 14 people, the civil defence said.", "Nuseirat"),
    ("An Israeli airstrike hit the Al-Jawni school in Nuseirat on Monday. In all, 14 people "
     "were killed and dozens wounded, medics said.", "Nuseirat"),
])
def test_a_toll_in_all_of_the_strike_told_is_that_strikes(text, place):
    assert [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-06-12")] == [(place, 14)]


@pytest.mark.parametrize("text,right", [
    ("Ahmed Abu Shaban and his wife were killed along with their six children when an Israeli "
     "strike hit their home in Khan Younis on Monday.", 8),
    ("Journalist Hamza Dahdouh and his colleague were killed in an Israeli drone strike in "
     "Rafah on Sunday, along with their driver.", 3),
])
def test_a_named_victim_and_one_more_killed_along_with_others_are_not_two(text, right):
    # (no count is better than too few)
    assert [n for _, _, n, _, _ in _coded(text, "2024-06-12")] in ([None], [right])


@pytest.mark.parametrize("text", [
    "An Israeli airstrike killed five people in Rafah and 100,000 people in Khan Younis were "
    "ordered to leave their homes on Monday.",
    "Israeli strikes killed 12 people in Rafah and 30 people in Khan Younis were wounded on "
    "Monday.",
])
def test_a_number_at_the_next_place_with_a_verb_of_its_own_is_no_toll(text):
    got = _coded(text, "2024-06-12")
    assert {n for _, loc, n, _, _ in got if loc == "Khan Younis"} == {None}


@pytest.mark.parametrize("text", [
    "An Israeli airstrike in Khan Younis on Saturday killed Hamas commander Rafa Salama, army "
    "spokesman Daniel Hagari said.",
    "The strike in Khan Younis on Saturday killed Rafa Salama, Israeli military spokesman "
    "Daniel Hagari told reporters.",
    "An Israeli strike in Gaza City on Monday killed Ahmed Siam, Hamas official Basem Naim "
    "told Reuters.",
    "An Israeli strike on a car in Nuseirat on Monday killed Mohammed Abu Hasira, civil "
    "defence spokesman Mahmoud Basal said.",
    # whose son he was
    "An Israeli drone strike in Rafah on Sunday killed journalist Hamza Dahdouh, Wael "
    "Dahdouh's eldest son.",
])
def test_a_name_after_the_named_dead_that_speaks_or_describes_is_not_killed(text):
    assert [n for _, _, n, _, _ in _coded(text, "2024-07-16")] == [1]


def test_a_first_line_with_a_day_of_its_own_is_no_headline_of_the_next():
    got = _dated("Israeli strike hits a house in Rafah on 3 June, killing five\n"
                 "On 4 June, an Israeli airstrike hit a car in Rafah, killing two.", "2024-06-05")
    assert [(n, d) for *_, n, d in got] == [(5, "2024-06-03"), (2, "2024-06-04")]


def test_a_headline_toll_across_the_strip_stays_beside_a_place_with_its_own():
    got = _coded("Israeli strikes kill 30 across Gaza\nAn Israeli strike on a house in Rafah "
                 "killed five people on Monday, medics said.", "2024-06-11")
    assert [(loc, n) for _, loc, n, _, _ in got] == [("Gaza Strip", 30), ("Rafah", 5)]


@pytest.mark.parametrize("text,place", [
    ("Israeli troops besieged Gaza's largest hospital, al-Shifa, on Monday, the health ministry "
     "said.", "Al-Shifa Hospital"),
    ("Israeli forces besieged Gaza's Kamal Adwan Hospital in Beit Lahia on Friday.",
     "Kamal Adwan Hospital"),
])
def test_a_place_of_gaza_besieged_is_a_siege(text, place):
    assert ("Siege/encirclement", place) in [(s, loc) for s, loc, *_ in _coded(text)]


def test_what_was_blown_up_is_destroyed():
    assert [(s, loc) for s, loc, *_ in _coded(
        "Dozens of homes were blown up in eastern Rafah on Monday, residents said.")] == \
        [("Looting/property destruction", "Rafah")]


def test_a_day_before_a_hamas_attack_that_is_the_event_dates_it():
    got = _dated("On Saturday, Hamas attacks on Israeli troops in Rafah killed three soldiers, "
                 "the army said.", "2024-06-12")
    assert [d for *_, d in got] == ["2024-06-08"]


def test_a_fire_set_by_shells_no_other_word_tells_is_still_an_event():
    assert [loc for _, loc, *_ in _coded(
        "Israeli shells set ablaze a warehouse in Deir al-Balah on Monday.")] == ["Deir al-Balah"]


@pytest.mark.parametrize("text,looters", [
    # whose homes, or whom the aid was for: not who looted
    ("Homes of displaced families were looted in Khan Younis on Monday, residents said.", None),
    ("Residents said their homes in Khan Younis were looted on Monday.", None),
    ("Warehouses holding food for hungry Palestinians in Rafah were looted on Monday, UNRWA "
     "said.", None),
    ("Aid trucks bound for displaced people in Deir al-Balah were plundered near Kerem Shalom "
     "on Monday.", None),
    # who looted, named after "by"
    ("Aid trucks were looted by armed gangs in Rafah on Monday.",
     "Unidentified armed group (Palestine)"),
])
def test_looters_are_who_looted_not_whom_it_was_taken_from(text, looters):
    got = [a1 for s, _, _, a1, _ in _coded(text) if s == "Looting/property destruction"]
    assert got and set(got) == {looters}


# -- second counts, opening phrases, deadly cues, names, flights, deadliest days, speakers --
@pytest.mark.parametrize("text", [
    # the Strip's toll holds the first place's; a tally is no day's count
    "Israeli strikes killed 12 people in Rafah on Monday, and at least 40 in the Gaza Strip "
    "over the past 24 hours, the health ministry said.",
    "Israeli strikes killed 12 people in Rafah on Monday and at least 37,000 in the Gaza Strip "
    "since October 7, the health ministry said.",
])
def test_a_strip_toll_after_a_places_is_no_second_count(text):
    assert [(loc, n) for _, loc, n, _ in _dated(text, "2024-06-12")] == [("Rafah", 12)]


def test_a_tally_at_the_next_place_is_no_second_count():
    got = _dated("Israeli strikes killed 12 people in Rafah on Monday and at least 300 in Khan "
                 "Younis since the offensive began.", "2024-06-12")
    assert ("Khan Younis", 300) not in [(loc, n) for _, loc, n, _ in got]


@pytest.mark.parametrize("day", ["on Monday morning", "on 10 June", "early on Monday"])
def test_a_second_count_after_other_ways_of_giving_the_day(day):
    got = _dated(f"Israeli airstrikes killed 12 people in Rafah {day} and three in Khan Younis.",
                 "2024-06-12")
    assert sorted((loc, n) for _, loc, n, _ in got) == [("Khan Younis", 3), ("Rafah", 12)]


@pytest.mark.parametrize("text,day", [
    ("After midnight on Monday, Israeli aircraft struck a house in Rafah, killing six people, "
     "medics said.", "2024-06-10"),
    ("After dawn prayers on Monday, Israeli tanks shelled the eastern outskirts of Khan Younis.",
     "2024-06-10"),
    ("After nightfall on Sunday, Israeli naval vessels shelled the coast of Deir al-Balah, "
     "residents said.", "2024-06-09"),
])
def test_an_opening_time_of_day_is_no_cause_and_dates_what_follows(text, day):
    assert [d for *_, d in _dated(text, "2024-06-12")] == [day]


def test_a_deadly_campaign_at_the_strip_is_background():
    assert _coded("Aid groups condemned Israel's deadly military operations in Gaza.",
                  "2024-06-12") == []


def test_a_day_and_month_before_an_organisation_is_no_count():
    got = _coded("On 13 March UNRWA staff were killed when an Israeli strike hit a food "
                 "distribution centre in Rafah.", "2024-06-12")
    assert [(loc, n) for _, loc, n, _, _ in got] == [("Rafah", None)]


def test_a_hyphenated_shoot_out_is_a_battle():
    got = parse("At least 19 Doghmush clan members and eight Hamas fighters were killed in a "
                "shoot-out in Gaza City.", published="2024-06-12").events
    assert [(e.event_type, e.fatalities) for e in got] == [("Battles", 27)]


@pytest.mark.parametrize("text,places", [
    # a stretch of ground the displaced are on, not where they came from
    ("Israeli strikes hit displaced families along the coast from Deir al-Balah to al-Mawasi "
     "on Monday, killing nine.", {"Deir al-Balah", "al-Mawasi"}),
    ("Israeli naval fire hit tents of displaced families from Deir al-Balah to Khan Younis on "
     "Monday.", {"Deir al-Balah", "Khan Younis"}),
])
def test_where_displaced_people_are_from_one_place_to_another_is_where_they_were_hit(text,
                                                                                    places):
    assert {loc for _, loc, *_ in _coded(text, "2024-06-12")} == places


@pytest.mark.parametrize("text", [
    "It was the deadliest week in Rafah since the offensive began, with 140 people killed in "
    "Israeli strikes.",
    "It was the worst week for the army since the war began, with 21 soldiers killed in Gaza.",
])
def test_the_deadliest_week_since_is_no_days_toll(text):
    assert all(n is None for _, _, n, _, _ in _coded(text, "2024-06-12"))


@pytest.mark.parametrize("text", [
    "The Israeli military and the Shin Bet said Hamas commander Ahmed Ghandour was killed in an "
    "airstrike in Jabalia on Saturday.",
    "The Israeli army and Shin Bet said Hamas militants had been killed in a strike on a school "
    "in Nuseirat on Monday.",
])
def test_speakers_whose_strike_hit_the_group_named_next_are_its_author(text):
    assert [(a1, a2) for *_, a1, a2 in _coded(text, "2024-06-12")] == [
        ("Israeli military", "Hamas")]


@pytest.mark.parametrize("text", [
    "Protesters attacked Israeli forces at the border fence east of Khan Younis on Friday, "
    "throwing stones.",
    "Demonstrators attacked Israeli forces with stones near the Erez crossing on Friday.",
])
def test_protesters_who_attacked_troops_did_not_fight_them(text):
    assert "Armed clash" not in [s for s, *_ in _coded(text, "2024-06-12")]


# -- lists of victims, names in brackets, the dead told again, since-clauses, sites by outline,
# -- pounding, advice, epithets for the Strip, causes of death, families, tolls, Israel's forces
@pytest.mark.parametrize("text,killed", [
    # a list aside runs to its verb, not on through the clause after it
    ("Some 200 people, among them doctors, nurses, and patients, remain trapped inside Nasser "
     "Hospital, where two were killed by sniper fire on Monday.", None),
    ("Israeli troops detained 40 people, including doctors and nurses, at Kamal Adwan Hospital "
     "on Friday, where three patients were killed.", 3),
    ("An Israeli strike on Monday killed 15 people in Rafah, medics said; 40 wounded people, "
     "including children and women, were taken to hospitals in Khan Younis, where three died.",
     15),
    ("At least 200 people, including patients, staff, and displaced families, were sheltering in "
     "the hospital in Beit Lahia on Monday when it was hit, killing four.", 4),
])
def test_a_list_of_victims_ends_at_its_verb(text, killed):
    from geoevents.casualties import find_casualties
    assert max((c.count for c in find_casualties(text) if c.kind == "killed"),
               default=None) == killed


@pytest.mark.parametrize("text,place", [
    ("Israeli forces raided Nasser Hospital (Nasser Medical Complex) in Khan Younis on Monday.",
     "Nasser Medical Complex"),
    ("Al-Shifa Hospital (Dar al-Shifa) in Gaza City was raided on Monday.", "Al-Shifa Hospital"),
])
def test_a_site_named_again_in_brackets_keeps_its_address(text, place):
    assert [loc for _, loc, *_ in _coded(text, "2024-06-12")] == [place]


@pytest.mark.parametrize("text,got", [
    # a toll of several strikes, some of whose dead are told of next
    ("Israeli strikes killed 30 people across the Gaza Strip on Monday, including five "
     "journalists, health officials said. The journalists were killed in a strike on a car in "
     "Nuseirat.", [("Gaza Strip", 30), ("Nuseirat", None)]),
    ("At least 12 people were killed in Israeli strikes in central Gaza on Monday. Medics said "
     "the victims were killed in strikes on Nuseirat and Bureij.",
     [("central Gaza", 12), ("Nuseirat", None), ("Bureij", None)]),
    # some of the dead, named among them
    ("Four soldiers were killed in fighting in southern Gaza on Monday, including two officers, "
     "the army said. In Rafah, the officers were killed by a sniper.",
     [("southern Gaza", 4), ("Rafah", None)]),
])
def test_some_of_a_tolls_dead_told_next_do_not_move_the_toll(text, got):
    assert [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-06-12")] == got


def test_a_gas_cylinder_explosion_is_an_accident():
    assert _coded("A gas cylinder explosion killed two people in a tent in Deir al-Balah on "
                  "Monday, the civil defence said.", "2024-06-12") == []


def test_a_since_clause_ends_before_an_and_clause_of_its_own():
    got = _dated("Residents said they had barely slept since the war began and Israeli strikes "
                 "killed 20 people in Rafah on 10 June.", "2024-06-12")
    assert [(s, loc, d) for s, loc, _, d in got] == [("Air/drone strike", "Rafah", "2024-06-10")]


def test_an_attack_on_troops_launched_on_a_day_since_which_others_died_is_an_event():
    got = _dated("More than 1,000 people have died in Khan Younis since Hamas fighters launched a "
                 "surprise attack on Israeli troops near the city on 10 June.", "2024-06-12")
    assert [(s, loc, d) for s, loc, _, d in got] == [("Armed clash", "Khan Younis", "2024-06-10")]


def test_a_coastal_site_just_off_a_regions_outline_is_in_it():
    got = _coded("An Israeli strike hit fishing boats at the port of Gaza in northern Gaza on "
                 "Monday, killing two fishermen.", "2024-06-12")
    assert [(loc, n) for _, loc, n, _, _ in got] == [("Port of Gaza", 2)]


def test_a_hospital_raided_where_patients_were_treated_is_the_place():
    got = _coded("Israeli forces raided Kamal Adwan Hospital, where hundreds of patients were "
                 "being treated, on Friday.", "2024-06-12")
    assert [loc for _, loc, *_ in got] == ["Kamal Adwan Hospital"]


def test_another_strike_told_as_a_time_is_no_second_event():
    got = _coded("Israeli strikes killed five people in the Gaza Strip on Monday, medics said. In "
                 "Rafah, a strike on a house killed five people, a day after another strike hit "
                 "the same street.", "2024-06-12")
    assert [(loc, n) for _, loc, n, _, _ in got] == [("Rafah", 5)]


@pytest.mark.parametrize("text,got", [
    ("An Israeli strike hit a house in Khan Younis on Monday. Near Nasser Hospital, three people "
     "were killed by the strike on a tent, medics said.",
     [("Khan Younis", None), ("Nasser Medical Complex", 3)]),
    ("An Israeli drone strike hit a motorcycle in Jabalia on Monday, residents said. Separately, "
     "at the Al-Fakhura school, 12 people were killed in the attack on a classroom, medics said.",
     [("Jabalia", None), ("Al-Fakhura School", 12)]),
])
def test_the_dead_of_a_strike_named_by_its_own_target_are_another_strikes(text, got):
    assert [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-06-12")] == got


@pytest.mark.parametrize("text,got", [
    ("Heavy rain pounded tent camps in al-Mawasi on Monday, flooding hundreds of shelters.", []),
    ("Storm winds and waves pounded the shoreline in Deir al-Balah on Monday, washing away dozens "
     "of tents.", []),
    ("Relatives pounded on the hospital doors in Khan Younis on Monday, begging for news of the "
     "wounded.", []),
    ("Israeli tanks pounded the outskirts of Khan Younis on Monday.",
     [("Shelling/artillery/missile attack", "Khan Younis")]),
])
def test_only_armed_forces_pound_and_tanks_shell(text, got):
    assert [(s, loc) for s, loc, *_ in _coded(text, "2024-06-12")] == got


@pytest.mark.parametrize("text", [
    "The UN security department advised staff to leave Rafah on Monday, citing the deteriorating "
    "situation.",
    "Doctors at Nasser Hospital in Khan Younis advised patients to leave on Monday because fuel "
    "had run out.",
])
def test_advice_to_staff_or_patients_is_no_evacuation_order(text):
    assert "Evacuation order" not in [s for s, *_ in _coded(text, "2024-06-12")]


def test_where_troops_went_is_not_where_an_order_naming_its_own_town_applies():
    got = _coded("Israeli troops advanced towards Khan Younis on Monday as the army ordered "
                 "residents of Rafah to leave.", "2024-06-12")
    assert [loc for s, loc, *_ in got if s == "Evacuation order"] == ["Rafah"]


def test_combat_zones_an_order_says_the_areas_are_are_its_words():
    got = _coded("The Israeli military issued evacuation orders for eastern Khan Younis on "
                 "Monday, saying the areas were dangerous combat zones.", "2024-06-12")
    assert [s for s, *_ in got] == ["Evacuation order"]


@pytest.mark.parametrize("text,place", [
    ("Hamas fighters attacked Israeli troops in Shejaia on Monday; the fighting in the coastal "
     "enclave was the fiercest in weeks.", "Shejaia"),
    ("Israeli troops pushed deeper into Rafah on Monday, where more than a million people had "
     "sheltered, amid fighting in the enclave.", "Rafah"),
])
def test_fighting_in_the_enclave_beside_fighting_placed_is_that_fighting(text, place):
    assert [loc for _, loc, *_ in _coded(text, "2024-06-12")] == [place]


@pytest.mark.parametrize("text,place,n", [
    ("Three Palestinians were killed in Khan Younis on Monday, medics said, and a child drowned "
     "at the beach in Deir al-Balah.", "Khan Younis", 3),
    ("Five people were killed in Nuseirat on Monday and fires broke out in nearby tents, "
     "residents said.", "Nuseirat", 5),
])
def test_an_accident_told_after_a_toll_in_a_clause_of_its_own_is_not_its_cause(text, place, n):
    assert [(loc, f) for _, loc, f, _, _ in _coded(text, "2024-06-12")] == [(place, n)]


@pytest.mark.parametrize("text,right", [
    ("Three members of a family of eight were killed when an Israeli strike hit their home in "
     "Rafah on Monday.", 3),
    ("Eleven members of a family of 20 were killed in an Israeli strike on Jabalia on Monday, "
     "relatives said.", 11),
    ("The father of the family of nine was killed in an Israeli strike in Jabalia on Monday, "
     "relatives said.", 1),
    ("Two children of the family of seven were killed in an Israeli strike on their tent in "
     "al-Mawasi on Monday.", 2),
])
def test_some_members_of_a_family_of_n_are_not_n(text, right):
    # (no count is better than the family's size)
    assert [n for _, _, n, _, _ in _coded(text, "2024-06-12")] in ([None], [right])


@pytest.mark.parametrize("text,place", [
    ("The death toll from the Israeli strike on a school in Nuseirat on Saturday rose to 40, the "
     "civil defence said.", "Nuseirat"),
    ("The death toll from Monday's Israeli airstrike on a tent camp in al-Mawasi rose to 25, "
     "medics said.", "al-Mawasi"),
    ("The toll from an Israeli strike on a house in Deir al-Balah on Saturday has risen to 12, "
     "the health ministry said.", "Deir al-Balah"),
])
def test_the_toll_from_one_strike_is_still_that_strike(text, place):
    assert [loc for _, loc, *_ in _coded(text, "2024-06-12")] == [place]


def test_operations_continuing_to_intensify_are_under_way():
    got = _coded("Israeli forces are continuing to intensify their operations in Rafah, the army "
                 "said on Monday.", "2024-06-12")
    assert [(s, loc) for s, loc, *_ in got] == [("Armed clash", "Rafah")]


def test_fire_on_israels_forces_in_the_strip_is_no_fire_into_israel():
    got = _coded("Hamas's armed wing said its fighters fired mortar bombs on Israel's forces east "
                 "of Rafah on Monday.", "2024-06-12")
    assert [loc for _, loc, *_ in got] == ["Rafah"]


def test_a_drone_attack_on_troops_stays_a_drone_strike():
    got = _coded("Palestinian militants launched a drone attack on Israeli troops in Rafah on "
                 "Monday.", "2024-06-12")
    assert [s for s, *_ in got] == ["Air/drone strike"]


# -- a kill not done, vague wholes, lives claimed by hunger, tolls of a town and its sites,
# -- sniper fire that kills, named lists, the displaced who remain, where an incident took
# -- place, agencies in brackets, "some of the heaviest strikes", the past few weeks
@pytest.mark.parametrize("text", [
    "The strike in Khan Younis did not kill Hamas military commander Mohammed Deif, Israeli "
    "officials said on Wednesday.",
    "Netanyahu said Israel will kill Hamas leader Yahya Sinwar, as Israeli airstrikes hit Khan "
    "Younis on Wednesday.",
    "Israel could not kill Hamas commander Mohammed Deif in seven attempts, and on Wednesday its "
    "warplanes struck Khan Younis again.",
    "Why Israel's airstrikes in Rafah may never kill Hamas leader Yahya Sinwar",
])
def test_a_commander_not_killed_is_no_death(text):
    assert [n for _, _, n, _, _ in _coded(text, "2024-03-20")] == [None]


@pytest.mark.parametrize("text", [
    "Israeli strikes killed several people and wounded dozens in Rafah on Monday, including 20 "
    "children, medics said.",
    "An Israeli strike killed several people at a school in Nuseirat sheltering displaced "
    "families, including 700 children, on Monday.",
    "Several Palestinians were killed and dozens injured, including 25 children, in Israeli "
    "strikes on Gaza City on Monday.",
])
def test_a_part_of_another_group_does_not_raise_a_vague_toll(text):
    assert [n for _, _, n, _, _ in _coded(text, "2024-06-12")] == [10]


def test_lives_claimed_by_famine_are_no_attack():
    assert _coded("Famine claimed the lives of at least 28 children in northern Gaza, the health "
                  "ministry said on Monday.", "2024-06-12") == []


@pytest.mark.parametrize("text,got", [
    ("An Israeli strike on a house in Gaza City killed three people on Monday, medics said. In a "
     "separate incident, three people were killed when an airstrike hit a car in the Shejaia "
     "neighbourhood.", [("Gaza City", 3), ("Shejaia", 3)]),
    ("On 10 June, at about 14:00, a Palestinian man was killed when Israeli forces struck a house "
     "in Rafah city. On 10 June, a Palestinian man was killed when an airstrike hit a tent in the "
     "Tal as Sultan area of Rafah.", [("Rafah", 1), ("Tel al-Sultan", 1)]),
    ("Two people were killed when an Israeli drone struck a group of residents in Khan Younis on "
     "Monday. Two people were also killed in an airstrike on a house near Nasser Hospital.",
     [("Khan Younis", 2), ("Nasser Medical Complex", 2)]),
])
def test_a_small_toll_at_a_town_and_the_same_at_a_site_in_it_are_two_strikes(text, got):
    assert [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-06-12")] == got


@pytest.mark.parametrize("text,n", [
    ("Israeli troops clashed with Hamas fighters near Nasser Hospital in Khan Younis on Tuesday, "
     "where sniper fire killed a nurse in the hospital courtyard.", 1),
    ("Heavy fighting between Israeli troops and Palestinian militants continued in Khan Younis on "
     "Tuesday, with Israeli sniper fire killing three civilians trying to flee the city.", 3),
])
def test_sniper_fire_that_kills_beside_a_battle_is_an_attack_of_its_own(text, n):
    got = _coded(text, "2024-02-21")
    assert sorted(s for s, *_ in got) == ["Armed clash", "Attack"]
    assert [f for s, _, f, _, _ in got if s == "Attack"] == [n]


def test_three_named_dead_listed_with_commas_are_three():
    got = _coded("Paramedics Haitham Tubasi, Suhail Hassouna and Ahmed Abu Nasser were killed when "
                 "an Israeli strike hit their ambulance in Rafah on Wednesday.", "2024-05-30")
    assert [n for _, _, n, _, _ in got] == [3]


def test_people_remaining_displaced_are_a_state_not_a_flight():
    assert _coded("The 1.7 million people remaining displaced in Rafah face acute shortages of "
                  "water.", "2024-04-16") == []


@pytest.mark.parametrize("text,got", [
    ("Two people were killed in an Israeli strike in Khan Younis on Tuesday. The incident took "
     "place near the European Hospital.", [("Khan Younis", 2)]),
    ("An Israeli strike killed three people in Gaza City on Tuesday. The incident took place in "
     "Israel's so-called humanitarian zone in al-Mawasi, the army later said.",
     [("Gaza City", 3)]),
])
def test_where_an_incident_took_place_outside_the_town_told_makes_no_second_event(text, got):
    assert [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-07-03")] == got


def test_an_agency_that_runs_a_site_is_no_dateline():
    got = _coded("Abu Oreiban School (UNRWA) in Nuseirat camp was struck by Israeli aircraft on "
                 "Saturday, killing 17 people.", "2024-07-14")
    assert [(loc, n) for _, loc, n, _, _ in got] == [("Abu Oreiban School", 17)]


@pytest.mark.parametrize("text,got", [
    ("Israeli warplanes carried out some of the heaviest strikes of the war in the Gaza Strip "
     "overnight, killing at least 50 people, the health ministry said. A missile hit the market "
     "in Nuseirat, medics said.", [("Gaza Strip", 50), ("Nuseirat", None)]),
    ("Israel's heaviest bombardments in weeks killed 30 people in northern Gaza on Saturday. The "
     "children were killed in a strike on a house in Jabalia.",
     [("northern Gaza", 30), ("Jabalia", None)]),
    # one of the deadliest, whatever its words, is still the one strike told
    ("An Israeli airstrike hit a school in Gaza City early Saturday, killing more than 60 "
     "people, in one of the deadliest Israeli strikes of the war. The strike on the Tabeen "
     "school also wounded 47 people.", [("Al-Tabi'in School", 60)]),
])
def test_some_of_the_heaviest_strikes_are_several(text, got):
    assert [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-08-10")] == got


@pytest.mark.parametrize("text", [
    "Israeli strikes, which have intensified over the past two weeks, killed 12 people in Rafah "
    "on Saturday, medics said.",
    "The first Israeli strike on the city in the past few weeks killed 12 people in Rafah on "
    "Saturday, medics said.",
])
def test_a_toll_of_a_day_named_beside_the_past_weeks_is_that_days(text):
    assert [n for _, _, n, _, _ in _coded(text, "2024-08-10")] == [12]


# -- the same day, orders, flights, parts of tolls, datelines, days counted back, fire on
# -- vehicles, the strike dated next, relative clauses, "more", rockets --------------------
def _dated(text, published):
    return [(e.sub_event_type, e.location, e.fatalities, e.event_date)
            for e in parse(text, published=published).events]


@pytest.mark.parametrize("text,got", [
    # a day's toll "since early Monday" is no period: the same day is Monday
    ("On Saturday, an Israeli airstrike killed five people in Rafah. Israeli strikes since early "
     "Monday have killed at least 30 people across the Gaza Strip, medics said. In a separate "
     "attack the same day, a drone strike killed two in Khan Younis.",
     ("Khan Younis", "2024-06-10")),
    # with no other attack to count from, the day after a period's start is the day after it
    ("On Monday, an Israeli airstrike killed five people in Khan Younis. The UN said about one "
     "million people have fled Rafah since the Israeli operation began on May 6. The following "
     "day, Israeli forces seized the Rafah crossing.", ("Rafah Crossing", "2024-05-07")),
    ("An Israeli strike on Tuesday killed four in Deir al-Balah. More than 1,200 people have been "
     "killed since the ceasefire collapsed on March 18. That same day, Israeli strikes killed "
     "more than 400 people across Gaza.", ("Gaza Strip", "2024-03-18")),
    ("An Israeli airstrike killed six in Nuseirat on Monday. More than 300 people have been "
     "killed in Rafah since May 6. The same day, Israeli forces entered the east of the city.",
     ("Rafah", "2024-05-06")),
])
def test_the_same_day_counts_from_a_period_start_unless_a_separate_attack_is_told(text, got):
    assert got in [(loc, d) for _, loc, _, d in _dated(text, "2024-06-12")]


@pytest.mark.parametrize("text", [
    "Hamas told residents of northern Gaza on Monday to stay in their homes and not to leave.",
    "Doctors told families in Jabalia on Monday that patients were too weak to leave the "
    "hospital.",
    "Egypt on Monday demanded that Palestinians in Rafah not be forced to leave the Gaza Strip.",
    "Residents told Al Jazeera families in Deir al-Balah had begun to leave on Monday.",
    "The UN warned residents of Rafah could be forced to leave again if the offensive went ahead, "
    "a spokesman said on Monday.",
])
def test_people_told_of_leaving_in_a_clause_of_their_own_are_no_order(text):
    assert "Evacuation order" not in [s for s, *_ in _coded(text, "2024-06-12")]


@pytest.mark.parametrize("text,sub", [
    ("As the war rages on, Israeli airstrikes hit a school sheltering displaced families in "
     "Nuseirat, witnesses said.", "Air/drone strike"),
    ("Fighting raged on in Khan Younis, residents said.", "Armed clash"),
    ("As fighting rages on in Rafah, Israeli tanks pushed deeper into the city's western "
     "neighbourhoods, residents said.", "Armed clash"),
    ("Some 600 patients were evacuated from Nasser to the field hospital in al-Mawasi on "
     "Tuesday, the WHO said.", "Displacement"),
])
def test_a_war_that_rages_on_frames_no_event_away_and_patients_moved_are_moved(text, sub):
    assert sub in [s for s, *_ in _coded(text, "2024-06-12")]


@pytest.mark.parametrize("text,got", [
    ("An Israeli strike on a school sheltering displaced people in Deir al-Balah killed 12 "
     "people on Monday, including four from Rafah, medics said.", ("Deir al-Balah", 12)),
    ("An Israeli airstrike on a house in Nuseirat killed 15 people on Monday, including eight "
     "from the Abu Nasr family, medics said.", ("Nuseirat", 15)),
])
def test_a_part_from_a_place_is_where_they_came_from_when_the_strike_is_placed(text, got):
    assert got in [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-06-12")]


@pytest.mark.parametrize("text,places", [
    ("According to the health ministry, Rafah, Khan Younis and Jabalia were hit by Israeli "
     "strikes overnight, killing 30 people.", {"Rafah", "Khan Younis", "Jabalia"}),
    ("According to Palestinian medics, Nuseirat, Bureij and Maghazi came under heavy Israeli "
     "bombardment on Monday.", {"Nuseirat", "Bureij", "Maghazi Camp"}),
])
def test_places_listed_after_a_source_are_the_places_hit(text, places):
    assert {loc for _, loc, *_ in _coded(text, "2024-06-12")} == places


def test_martyrs_families_are_no_count_of_the_dead():
    got = _coded("Two martyrs' families in Jabalia said their homes were demolished on Monday.",
                 "2024-06-12")
    assert [n for _, _, n, _, _ in got] == [None]


def test_a_part_of_a_list_from_a_place_is_not_placed_there():
    got = _coded("An Israeli strike killed six people in Deir al-Balah on Monday, two in tents "
                 "sheltering families from Rafah.", "2024-06-12")
    assert ("Deir al-Balah", 6) in [(loc, n) for _, loc, n, _, _ in got]
    assert ("Rafah", 2) not in [(loc, n) for _, loc, n, _, _ in got]


def test_a_weekday_after_the_dateline_is_the_pages_day():
    text = ("GAZA, Nov. 2 (Xinhua) -- An Israeli air strike hit the Bureij refugee camp, killing "
            "15 people.\n\nOn Friday, Israeli strikes hit the Jabalia refugee camp, killing 29, "
            "medics said.")
    assert ("Jabalia Camp", "2023-11-03") in [(loc, d) for _, loc, _, d in
                                               _dated(text, "2023-11-03")]


@pytest.mark.parametrize("ago", ["days earlier", "a week earlier", "weeks earlier",
                                 "three weeks earlier"])
def test_an_earlier_event_the_parser_gives_no_day_is_not_on_the_day_of_the_denial(ago):
    text = (f"The Israeli military on Thursday denied it had bombed an ambulance in Deir "
            f"al-Balah {ago} which killed four medics.")
    assert [d for *_, d in _dated(text, "2024-01-11")] != ["2024-01-11"]


@pytest.mark.parametrize("text", [
    "Israeli troops opened fire on a vehicle carrying aid workers in Deir al-Balah on Monday, "
    "killing three.",
    "Israeli forces opened fire on the vehicles of a World Central Kitchen convoy in Deir "
    "al-Balah on Monday, killing seven aid workers.",
    "Israeli soldiers opened fire on vehicles carrying displaced families on Salah al-Din Road "
    "near Khan Younis on Monday.",
])
def test_fire_opened_on_civilian_vehicles_is_no_battle(text):
    assert [s for s, *_ in _coded(text, "2024-06-12")] == ["Attack"]


@pytest.mark.parametrize("text", [
    "An Israeli air strike on a house in Rafah has killed five people, medics said. The strike "
    "came a day after an Israeli attack on Sunday killed 10 people.",
    "An Israeli air strike on a house in Rafah has killed five people, medics said. The strike "
    "was the deadliest since Friday, when an attack killed four.",
    "An Israeli air strike on a house in Rafah has killed five people, medics say. It was the "
    "second strike on the house after the strike on Saturday that killed a child.",
])
def test_a_lead_keeps_its_day_when_the_next_sentence_dates_another_attack(text):
    assert ("Rafah", 5, "2024-06-10") in [(loc, n, d) for _, loc, n, d in
                                           _dated(text, "2024-06-10")]


@pytest.mark.parametrize("text,published", [
    ("Fighting in Shejaia, which has displaced tens of thousands of people since Thursday, "
     "continued on Saturday, residents said.", "2024-06-29"),
    ("The Israeli operation in Shejaia that has displaced some 60,000 people since Thursday "
     "entered its fifth day on Monday, the UN said.", "2024-07-02"),
])
def test_what_fighting_has_displaced_since_a_day_this_week_is_a_flight(text, published):
    assert "Displacement" in [s for s, *_ in _coded(text, published)]


def test_dozens_more_killed_are_the_latest_count():
    text = ("At least 12 people were killed in Rafah on Sunday. Dozens more Palestinians have "
            "been killed in Israeli strikes on Khan Younis, medics said.")
    assert ("Khan Younis", 12) in [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-06-10")]


@pytest.mark.parametrize("text,got", [
    ("An Israeli drone fired a rocket at a group of people in Khan Younis on Monday, killing "
     "three.", ["Air/drone strike"]),
    ("An Israeli Apache helicopter fired two rockets at a house in Rafah on Monday, killing "
     "five, medics said.", ["Air/drone strike"]),
    ("The Israeli army said its aircraft struck a truck loaded with rockets in Khan Younis on "
     "Monday.", ["Air/drone strike"]),
    ("Israeli troops found a tunnel stocked with rockets in Beit Hanoun on Monday, the army "
     "said.", []),
])
def test_rockets_from_the_air_or_in_store_are_no_shelling(text, got):
    assert [s for s, *_ in _coded(text, "2024-06-12")] == got


def test_variants_of_bearings_datelines_and_areas_shared():
    text = ("Hundreds of families fled the bombardment in Al-Zaytoun neighbourhood, to the east "
            "of Gaza City, on Tuesday.")
    assert {loc for _, loc, *_ in _coded(text, "2024-02-21")} == {"Zeitoun"}
    text = ("CAIRO/GAZA, Nov 2 (Reuters) - An Israeli air strike hit the Bureij camp, killing "
            "15.\n\nIsrael continued its strikes on the Jabalia camp, killing at least 29.")
    assert [e.event_date for e in parse(text, published="2023-11-03").events] == [
        "2023-11-02", "2023-11-02"]
    text = ("The army said three of its soldiers had been killed in battles in northern and "
            "central areas of the Gaza Strip on Monday.")
    assert sorted((loc, n) for _, loc, n, _, _ in _coded(text, "2023-12-04")) == [
        ("central Gaza", None), ("northern Gaza", None)]


# -- asides between dashes, days since October, sites named next, bodies released, names
# -- of ministries, crossings shut, executions, titles, orders for areas, the attack on a
# -- day, the war's start, a region's toll, tallies of either, parts of the Strip ----------
@pytest.mark.parametrize("text,published,got", [
    ("Tanks pushed deeper into Rafah on Monday – where an airstrike killed 12 people on Sunday "
     "– residents said.", "2024-05-14",
     [("Armed clash", "Rafah", None, "2024-05-13"), ("Air/drone strike", "Rafah", 12,
                                                      "2024-05-12")]),
    ("An airstrike killed five people in Khan Younis – and another killed three in Rafah – on "
     "Tuesday, medics said.", "2024-06-12",
     [("Air/drone strike", "Khan Younis", 5, "2024-06-11"),
      ("Air/drone strike", "Rafah", 3, "2024-06-11")]),
    ("Israeli troops advanced into Jabalia on Sunday – as airstrikes pounded Beit Lahia – "
     "residents said.", "2024-10-07",
     [("Armed clash", "Jabalia", None, "2024-10-06"),
      ("Air/drone strike", "Beit Lahia", None, "2024-10-06")]),
])
def test_a_clause_of_its_own_between_dashes_is_no_aside(text, published, got):
    assert _dated(text, published) == got


def test_an_order_whose_people_are_described_between_dashes_ordered():
    text = ("The Israeli army on Friday ordered some 1.1 million people – nearly half of Gaza's "
            "population – to evacuate northern Gaza.")
    assert [(s, loc) for s, loc, *_ in _coded(text, "2023-10-14")] == [
        ("Evacuation order", "northern Gaza")]


@pytest.mark.parametrize("text,got", [
    ("Israeli forces raided the Kamal Adwan hospital in Beit Lahiya, which has been besieged "
     "since Oct 5, the health ministry said.", "Armed clash"),
    ("Israeli troops have surrounded Jabalia since Oct. 6, when the army launched a new "
     "offensive there.", "Armed clash"),
    ("Israeli jets struck Rafah on Friday in the heaviest bombardment since Oct. 7.",
     "Air/drone strike"),
])
def test_a_siege_since_another_day_of_october_or_a_strike_on_a_day_is_no_background(text, got):
    assert got in [s for s, *_ in _coded(text, "2024-10-26")]


@pytest.mark.parametrize("text,region", [
    ("An Israeli airstrike on a refugee camp in central Gaza killed 12 people on Tuesday. Israeli "
     "shelling also hit a house in Nuseirat camp on Tuesday, wounding five.", "central Gaza"),
    ("At least seven civilians were killed in an Israeli airstrike on a refugee camp in the "
     "central Gaza Strip on Tuesday, medics said. Elsewhere, an airstrike hit a house in the "
     "Maghazi camp on Tuesday.", "central Gaza"),
    ("An Israeli strike near a hospital in northern Gaza killed four people on Tuesday. "
     "Meanwhile, Israeli tanks shelled the Indonesian Hospital on Tuesday, the ministry said.",
     "northern Gaza"),
])
def test_a_site_told_as_another_attack_is_not_the_unnamed_site(text, region):
    assert region in [loc for _, loc, *_ in _coded(text, "2024-06-12")]


@pytest.mark.parametrize("text,got", [
    ("The bodies of 12 people killed in an Israeli strike on a house in Rafah on Tuesday were "
     "taken to the Kuwaiti Hospital, according to a statement released by the hospital.", 12),
    ("At least 27 bodies were brought to Nasser Hospital after Israeli strikes on Khan Younis on "
     "Tuesday, according to a video released by the hospital.", 27),
    ("An Israeli strike hit a house in Jabalia on Tuesday, and the bodies of 15 people were "
     "taken to al-Ahli hospital, hours after Hamas released three hostages.", 15),
])
def test_bodies_brought_in_are_a_toll_whatever_else_was_released(text, got):
    assert got in [n for _, _, n, _, _ in _coded(text, "2024-05-08")]


def test_a_ministry_of_planning_struck_is_no_plan():
    text = ("The Ministry of Planning was struck by Israeli shelling in Gaza City on Monday, the "
            "government media office said.")
    assert [(s, loc) for s, loc, *_ in _coded(text, "2024-06-12")] == [
        ("Shelling/artillery/missile attack", "Gaza City")]


@pytest.mark.parametrize("text", [
    "Israel closed the Kerem Shalom crossing on Sunday after a rocket attack, halting aid "
    "deliveries. Some 50 aid trucks entered the Gaza Strip on Monday, the UN said.",
    "Aid deliveries through Kerem Shalom have been suspended since Sunday. The World Food "
    "Programme said it delivered food parcels to 10,000 families in the Gaza Strip on Tuesday.",
    "The Rafah crossing remains closed, and aid has piled up in Egypt. On Tuesday, 20 aid trucks "
    "entered the Gaza Strip, the UN said.",
    "Israeli tanks advanced near the Rafah crossing on Tuesday, cutting off aid. Aid trucks "
    "entered the Gaza Strip from Israel on Wednesday.",
])
def test_a_crossing_told_shut_is_not_the_way_aid_came_in(text):
    aid = [loc for s, loc, *_ in _dated(text, "2024-05-08") if s == "Aid delivery"]
    assert aid[-1] == "Gaza Strip"


@pytest.mark.parametrize("text", [
    "Witnesses said Israeli soldiers executed civilians during raids on homes in Beit Lahia on "
    "Tuesday.",
    "Residents said troops executed them in raids on the Shejaia neighbourhood on Monday.",
])
def test_people_executed_during_raids_were_put_to_death(text):
    assert [s for s, *_ in _coded(text, "2024-06-12")] == ["Attack"]


@pytest.mark.parametrize("text", [
    "Israeli soldiers executed three men in Khan Younis on Friday.",
    "Soldiers executed a 17-year-old boy in Jabalia on Wednesday.",
    "Soldiers executed an unarmed Palestinian in Jabalia on Wednesday.",
    "Three detainees were executed in Rafah on Sunday.",
    "Two men were summarily executed in Beit Lahia on Tuesday.",
    "The bodies showed the men had been field executed by troops in Tal al-Sultan on Monday.",
])
def test_executed_with_people_as_its_object_or_in_the_passive_is_a_killing(text):
    assert [s for s, *_ in _coded(text, "2024-06-29")] == ["Attack"]


@pytest.mark.parametrize("text", [
    # a thing carried out, with no one put to death by the verb
    "The soldiers executed a commander's orders to clear the area east of Rafah on Monday.",
    "Troops executed the brigade's plan to encircle Jabalia on Tuesday.",
    "Israeli forces executed orders to kill civilians in Beit Hanoun on Monday, witnesses said.",
    "The unit executed its mission in Bureij on Sunday.",
])
def test_executed_orders_plans_or_missions_is_no_killing(text):
    assert _coded(text, "2024-06-29") == []


@pytest.mark.parametrize("title", ["director-general of the", "the medical director at the",
                                   "who headed the"])
def test_other_titles_name_a_hospital_for_whom_it_employs(title):
    text = (f"An Israeli strike killed Dr. Marwan al-Sultan, {title} Indonesian Hospital, and his "
            f"family in their home in Gaza City on Wednesday.")
    assert [loc for _, loc, *_ in _coded(text, "2025-07-03")] == ["Gaza City"]


@pytest.mark.parametrize("text,got", [
    ("Israeli tanks pushed into eastern Rafah on Tuesday after issuing an evacuation order for "
     "about 100,000 people on Monday.", ["Armed clash", "Evacuation order"]),
    ("The army began a new ground operation in Khan Younis on Monday after issuing an "
     "evacuation order covering the eastern half of the city.",
     ["Armed clash", "Evacuation order"]),
    # warnings before a strike on a tower are still part of the strike
    ("Israeli warplanes struck a residential tower in Gaza City on Wednesday after issuing "
     "evacuation warnings.", ["Air/drone strike"]),
])
def test_an_order_for_an_area_issued_before_an_advance_is_an_order(text, got):
    assert [s for s, *_ in _coded(text, "2024-07-23")] == got


@pytest.mark.parametrize("text,day", [
    ("Israeli strikes killed 30 people in Khan Younis on Tuesday, medics said. The attack on "
     "October 7, 2023, sparked the war.", "2024-06-11"),
    ("An Israeli airstrike on a house in Rafah killed eight people, medics said on Tuesday. The "
     "attack on Oct. 7 by Hamas-led militants triggered the war.", "2024-06-11"),
    # the day told after a comma is still the attack's
    ("At least 15 Palestinians were killed in an Israeli airstrike as they waited outside a "
     "clinic in central Gaza.\n\nThe attack, on Monday, came as families gathered awaiting the "
     "opening of the facility.", "2024-06-10"),
])
def test_the_attack_on_october_7_does_not_date_the_attack_told_before(text, day):
    assert [d for *_, d in _dated(text, "2024-06-12")] == [day]


@pytest.mark.parametrize("text,got", [
    ("Since the Israeli raid on Nuseirat started at dawn on Saturday, at least 70 people have "
     "been killed, medics said.", "Armed clash"),
    ("Some 800,000 people have been displaced by the start of the Rafah operation, UNRWA said "
     "on Saturday.", "Displacement"),
])
def test_an_operation_begun_on_a_day_of_its_own_is_no_start_of_the_war(text, got):
    assert got in [s for s, *_ in _coded(text, "2024-06-08")]


def test_the_latest_round_of_fighting_is_the_war_a_day_is_measured_against():
    text = ("Palestinian officials in Gaza say Sunday was the deadliest day since the latest "
            "round of fighting with Israel began.")
    assert "Armed clash" not in [s for s, *_ in _coded(text, "2021-05-17")]


@pytest.mark.parametrize("text", [
    # another happening told between, which "the incident" may be
    "Three soldiers were killed in the Gaza Strip on Sunday. Hamas fighters fired rockets at "
    "Sderot. Officials spoke to reporters. They were in Khan Younis at the time of the "
    "incident.",
    # too far after to be sure
    "Three soldiers were killed in the Gaza Strip on Sunday. The army released their names. "
    "Officials spoke to reporters. Talks went on in Cairo. Israel sent a delegation. Egypt "
    "hosted them. Qatar sent envoys. They were in Khan Younis at the time of the incident.",
    # several strikes told at the Strip
    "Israeli strikes killed 40 people across the Gaza Strip on Monday. The ministry gave no "
    "breakdown. Officials spoke to reporters. The incident occurred in Rafah, witnesses said.",
])
def test_a_strip_toll_is_not_placed_by_an_incident_told_far_after(text):
    assert ("Gaza Strip", 3 if "soldiers" in text else 40) in \
        [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-10-27")]


@pytest.mark.parametrize("text,got", [
    ("At least 40 Palestinians were killed in northern Gaza on Saturday, the health ministry "
     "said. The strike on the Abu Nasr family home in Beit Lahia on Saturday wounded dozens.",
     ("northern Gaza", 40)),
    ("Israeli fire killed 12 people in central Gaza on Tuesday, medics said. The shelling of "
     "Bureij camp on Tuesday also destroyed several homes.", ("central Gaza", 12)),
])
def test_a_regions_toll_is_not_one_strike_told_next_in_it(text, got):
    assert got in [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-10-27")]


def test_killed_by_a_strike_or_gunfire_is_a_tally_of_either():
    text = ("At least 15 journalists have been killed in Gaza by an Israeli strike or gunfire "
            "since January, the CPJ said.")
    assert all(n is None for _, _, n, _, _ in _coded(text, "2024-06-12"))


@pytest.mark.parametrize("text,places", [
    ("Israeli strikes hit across the Gaza Strip's south on Monday, killing 20 people in Khan "
     "Younis and Rafah.", {"Khan Younis", "Rafah"}),
    ("Hostilities continued across the Strip on Tuesday, particularly in Khan Younis, where "
     "tanks advanced.", {"Khan Younis"}),
    ("Heavy Israeli bombardment was reported across the Gaza Strip on Tuesday, with the "
     "heaviest strikes in Khan Younis.", {"Khan Younis"}),
    ("Strikes continued across the Strip on Tuesday — in Khan Younis, Deir al-Balah and Gaza "
     "City, medics said.", {"Khan Younis", "Deir al-Balah", "Gaza City"}),
])
def test_the_parts_named_after_across_the_strip_and_its_day_are_the_places(text, places):
    assert {loc for _, loc, *_ in _coded(text, "2024-08-13")} == places


def test_an_attack_across_the_enclave_in_recent_days_is_still_the_strips():
    text = ("Israeli airstrikes hit across the enclave in recent days, as rain battered tents in "
            "Rafah, aid groups said on Tuesday.")
    assert [loc for _, loc, *_ in _coded(text, "2024-02-17")] == ["Gaza Strip"]


# -- authorities in Gaza, a siege named by "from", "battled", a bearing of Gaza's, a toll's parts
@pytest.mark.parametrize("text,published,got", [
    ("Authorities in Gaza said an Israeli strike on a school in Nuseirat killed at least 16 "
     "people on Saturday.", "2024-06-08", [("Nuseirat", 16)]),
    ("The health authorities in Gaza said 12 people were killed in an Israeli strike on a "
     "house in Deir al-Balah on Monday.", "2024-07-01", [("Deir al-Balah", 12)]),
    ("Authorities in Hamas-run Gaza said Israeli strikes on Rafah and Khan Younis killed 21 "
     "people on Tuesday.", "2024-05-28", [("Rafah", None), ("Khan Younis", None)]),
])
def test_authorities_in_gaza_are_the_speakers_not_the_clause_they_tell(text, published, got):
    assert [(loc, n) for _, loc, n, _, _ in _coded(text, published)] == got


def test_evacuated_from_a_besieged_hospital_is_its_siege():
    text = ("Patients were evacuated from besieged Nasser Hospital in Khan Younis on Sunday, the "
            "WHO said.")
    assert "Siege/encirclement" in [s for s, *_ in _coded(text, "2024-03-31")]


@pytest.mark.parametrize("text,published,kept", [
    ("An Israeli strike hit a house in Nuseirat on Monday, killing six people. Rescuers "
     "battled for hours to pull survivors from the rubble.", "2024-07-01", "Air/drone strike"),
    ("Families in Khan Younis are battling hunger and disease as aid deliveries dwindle, "
     "UNRWA said on Wednesday.", "2024-07-03", "Aid delivery"),
    ("Civil defence crews battled a blaze at a warehouse in Rafah on Thursday after it was hit "
     "by shelling.", "2024-05-02", "Shelling/artillery/missile attack"),
    ("Doctors at Al-Aqsa hospital in Deir al-Balah are battling to treat hundreds of wounded "
     "with dwindling supplies, the WHO said on Tuesday.", "2024-07-02", None),
])
def test_battling_a_fire_hunger_or_time_is_no_battle(text, published, kept):
    subs = [s for s, *_ in _coded(text, published)]
    assert "Armed clash" not in subs and (kept is None or kept in subs)


def test_troops_battling_in_a_town_is_still_a_battle():
    text = "Israeli troops battled on in Rafah on Tuesday, the military said."
    assert [s for s, *_ in _coded(text, "2024-05-28")] == ["Armed clash"]


def test_a_bearing_of_gazas_own_territory_is_its_region():
    text = "An Israeli airstrike killed five people in the south of Gaza's war-torn territory."
    assert [loc for _, loc, *_ in _coded(text, "2024-07-01")] == ["southern Gaza"]


@pytest.mark.parametrize("part", [
    "Those killed included eight people in",
    "The victims included eight people killed in",
    "The death toll includes eight people killed in",
])
def test_each_wording_of_a_tolls_part_takes_its_day(part):
    text = ("Gaza's civil defence agency said Thursday that Israeli bombardment killed at least "
            "24 people since midnight. Israel resumed its military campaign in the Gaza Strip on "
            f"March 18, after a truce collapsed. {part} an Israeli air strike on a family home in "
            "Khan Yunis refugee camp, an official said.")
    got = [(e.location, e.event_date) for e in parse(text, published="2025-05-01").events]
    assert ("Khan Younis Camp", "2025-05-01") in got


def test_hostages_taken_on_7_october_written_out_are_no_abduction_in_the_strip():
    text = "Militants kidnapped 251 people on 7 October 2023 and took them to the Gaza Strip."
    assert [e.sub_event_type for e in parse(text, published="2024-10-10").events] == []


def test_an_abduction_on_7_october_of_another_year_stays():
    text = "Gunmen kidnapped two aid workers in Rafah on 7 October 2024, witnesses said."
    assert [e.sub_event_type for e in parse(text, published="2024-10-08").events] == [
        "Abduction/forced disappearance"]


# -- "the strike" opening a sentence, "the strike, which", aid schemes, tolls of one attack,
# -- what was not said, casualties carried away, schools told unnamed, storming aid, mines
# -- left behind, battle tanks -----------------------------------------------------------
@pytest.mark.parametrize("text,got", [
    ("An Israeli airstrike killed four people in Khan Younis, medics said. The strike Sunday in "
     "Rafah killed 45 people and drew international condemnation.",
     ("Khan Younis", 4, "2024-06-11")),
    ("An Israeli strike on a house in Deir al-Balah killed six people, medics said. The strike "
     "on Sunday in Khan Younis was the deadliest in weeks.", ("Deir al-Balah", 6, "2024-06-11")),
    ("An Israeli airstrike killed four people in Khan Younis overnight, medics said on Tuesday. "
     "The bombing late Monday of a school in Gaza City killed 12, the civil defence said.",
     ("Khan Younis", 4, "2024-06-11")),
])
def test_the_strike_of_a_day_at_another_town_does_not_date_the_lead(text, got):
    assert got in [(loc, n, d) for _, loc, n, d in _dated(text, "2024-06-11")]


@pytest.mark.parametrize("text,got", [
    ("An Israeli airstrike killed 12 people in the Gaza Strip on Tuesday, medics said. Israeli "
     "tanks also shelled eastern Khan Younis on Tuesday; the shelling, which lasted several "
     "hours, damaged dozens of homes.", ("Gaza Strip", 12)),
    ("An Israeli strike killed eight people in Gaza City on Monday, medics said. Israeli "
     "artillery later shelled the Shejaia neighbourhood; the shelling, which residents said "
     "lasted hours, destroyed several homes.", ("Gaza City", 8)),
    ("An Israeli airstrike killed 12 people in Gaza on Monday, medics said. In Rafah, a drone "
     "struck a car; the strike, which the army said targeted a Hamas commander, wounded two "
     "passersby.", ("Gaza Strip", 12)),
])
def test_an_attack_told_with_which_of_its_own_keeps_the_toll_told_before(text, got):
    assert got in [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-06-11")]


@pytest.mark.parametrize("text", [
    "The GHF said its food distribution program in Rafah handed out 14,550 boxes of food on "
    "Tuesday.",
    "WFP resumed its food distribution programme in Deir al-Balah on Tuesday, reaching 30,000 "
    "people.",
    "Jordan's air drop program delivered food to northern Gaza on Tuesday, the army said.",
])
def test_an_aid_scheme_told_at_work_is_a_delivery(text):
    assert [s for s, *_ in _coded(text, "2025-05-27")] == ["Aid delivery"]


def test_the_number_killed_in_a_week_of_strikes_is_no_attacks_toll():
    text = ("The number of people killed in a week of Israeli strikes on Rafah has risen to 120, "
            "the health ministry said on Monday.")
    assert all(n != 120 for _, _, n, _, _ in _coded(text, "2024-06-24"))


@pytest.mark.parametrize("text", [
    "Israeli officials did not comment on the planned offensive in Rafah, where more than a "
    "million people are sheltering.",
    "The military did not comment on the expected ground invasion of Rafah on Monday.",
])
def test_no_comment_on_an_attack_still_to_come_is_no_attack(text):
    assert _coded(text, "2024-06-24") == []


@pytest.mark.parametrize("text,place", [
    ("Families of the dead were evacuated from Beit Hanoun on Tuesday after the army issued new "
     "orders.", "Beit Hanoun"),
    ("The wounded, including 12 children, were evacuated from Nasser Hospital as Israeli tanks "
     "approached on Tuesday.", "Nasser Medical Complex"),
])
def test_the_hurt_evacuated_from_a_town_or_a_hospital_still_fled(text, place):
    assert [(s, loc) for s, loc, *_ in _coded(text, "2024-06-19")] == [("Displacement", place)]


_NEAR_A_SCHOOL = ("Several Palestinians were killed in an Israeli airstrike near a school housing "
                  "displaced people in the central Gaza Strip on Sunday. ")


@pytest.mark.parametrize("after,place", [
    ("A strike on a house in the Nuseirat refugee camp wounded a school teacher and his wife, "
     "medics said.", "Nuseirat Camp"),
    ("Jets struck a house in the Bureij refugee camp, where most schools now shelter displaced "
     "families, witnesses said.", "Bureij Camp"),
])
def test_a_school_named_in_another_role_is_not_the_school_told_unnamed(after, place):
    got = [loc for _, loc, *_ in _coded(_NEAR_A_SCHOOL + after, "2024-05-05")]
    assert sorted(got) == sorted(["central Gaza", place])


@pytest.mark.parametrize("text", [
    "Crowds of hungry people were storming aid trucks in Gaza City on Tuesday, the UN said.",
    "Armed gangs have been raiding aid convoys near Kerem Shalom in Rafah, UNRWA said on Tuesday.",
    "Thousands of desperate people were storming UNRWA warehouses in Deir al-Balah on Tuesday, "
    "taking flour.",
])
def test_storming_or_raiding_aid_is_no_battle(text):
    assert "Armed clash" not in [s for s, *_ in _coded(text, "2024-06-11")]


@pytest.mark.parametrize("text", [
    "In Khan Younis, Israeli bulldozers destroyed the fields and left them strewn with "
    "unexploded ordnance, farmers said on Monday.",
    "Returning residents of Rafah found homes destroyed and streets littered with unexploded "
    "ordnance and landmines, the UN said on Monday.",
    "The army said troops destroyed a tunnel rigged with landmines in Rafah on Sunday.",
])
def test_mines_left_where_something_was_destroyed_are_no_explosion(text):
    assert "Remote explosive/landmine/IED" not in [s for s, *_ in _coded(text, "2025-10-06")]


@pytest.mark.parametrize("text", [
    "Al-Qassam fighters said they targeted an Israeli Merkava battle tank with a Yassin-105 "
    "shell in Rafah on Sunday.",
    "Al-Qassam fighters said they targeted an Israeli Merkava battle-tank with a tandem shell in "
    "Rafah on Sunday.",
])
def test_fighters_who_targeted_a_battle_tank_fought_troops(text):
    assert [s for s, *_ in _coded(text, "2024-06-10")] == ["Armed clash"]


# -- a day's toll, a truce broken, a toll's parts, camps named, aid and crossings told at
# -- length, leaflets, the fighting as a backdrop, two weapons, more dead, days ago,
# -- habits, the dead told again, places spared, aid halted ---------------------------
def _dated_at(text, published):
    return [(e.location, e.event_date) for e in parse(text, published=published).events]


@pytest.mark.parametrize("first,published", [
    ("October 7's death toll of about 1,200 made it the deadliest day in Israel's history.",
     "2024-01-08"),
    ("October 7's death toll of about 1,200 made it the deadliest day in Israel's history.",
     "2025-01-08"),
    ("Last week's death toll was the highest in months.", "2025-01-08"),
])
def test_a_weeks_toll_or_the_toll_of_7_october_dates_nothing_told_next(first, published):
    text = first + " Israeli airstrikes killed at least 20 Palestinians in Jabalia, medics said."
    assert _dated_at(text, published) == [("Jabalia", published)]


@pytest.mark.parametrize("first", [
    "Israel broke the ceasefire on Tuesday with a wave of airstrikes across Gaza.",
    "Israel ended the ceasefire on 18 March with a wave of strikes.",
])
def test_the_day_a_truce_was_broken_dates_the_strikes_told_next(first):
    text = first + " In Khan Younis, a strike on a house killed 12 people, medics said."
    assert ("Khan Younis", "2025-03-18") in _dated_at(text, "2025-03-19")


@pytest.mark.parametrize("second", [
    "Of those, 12 were killed in a strike on a house, and another 18 were killed in strikes on "
    "tents in Khan Younis.",
    "Among them, 12 were killed in a strike on a house, and another 18 were killed in strikes on "
    "tents in Khan Younis.",
])
def test_the_parts_of_a_toll_told_are_not_more_dead(second):
    text = ("At least 30 people were killed in Israeli strikes in Khan Younis on Monday, medics "
            "said. " + second)
    assert [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-11-05")] == [("Khan Younis", 30)]


def test_more_dead_told_after_a_semicolon_still_add_up():
    text = ("Five people were killed in an Israeli strike on a house in Jabalia on Thursday; three "
            "more were killed in Jabalia later that day, medics said.")
    assert [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-11-08")] == [("Jabalia", 8)]


def test_a_camp_of_a_towns_evacuees_is_not_that_towns_camp():
    text = ("An Israeli strike hit a makeshift camp of Rafah evacuees in Deir al-Balah on "
            "Thursday, killing five.")
    got = [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-11-08")]
    assert ("Deir al-Balah", 5) in got and "Rafah Camp" not in [loc for loc, _ in got]


@pytest.mark.parametrize("text,places", [
    ("Israeli strikes on Rafah, the Nuseirat refugee camp and Deir al-Balah killed 30 people on "
     "Sunday, medics said.", ["Deir al-Balah", "Nuseirat Camp", "Rafah"]),
    ("Israeli strikes on Khan Younis, the Bureij camp and Gaza City killed 30 people on Sunday, "
     "medics said.", ["Bureij Camp", "Gaza City", "Khan Younis"]),
    ("An Israeli strike hit a tent in Khan Younis, a tent camp area west of the city, on Sunday.",
     ["Khan Younis"]),
])
def test_a_town_listed_before_a_named_camp_stays_the_town(text, places):
    assert sorted(loc for _, loc, *_ in _coded(text, "2024-10-20")) == places


def test_a_name_set_beside_gazas_largest_camp_is_the_camp():
    text = ("The Israeli military intensified its operations in Jabalia, Gaza's largest refugee "
            "camp, on Friday.")
    assert [loc for _, loc, *_ in _coded(text, "2024-10-18")] == ["Jabalia Camp"]


@pytest.mark.parametrize("text", [
    "COGAT said 150 trucks were waiting to be transferred to the Gaza Strip on Sunday.",
    "COGAT said 150 trucks are ready to be transferred into Gaza on Sunday.",
    "Some 300 trucks are expected to be delivered to Gaza on Sunday, the UN said.",
])
def test_trucks_still_to_be_transferred_are_no_delivery(text):
    assert "Aid delivery" not in [s for s, *_ in _coded(text, "2024-03-04")]


@pytest.mark.parametrize("text", [
    "The army said the operation of its troops destroyed Hamas tunnel networks in Khan Younis on "
    "Tuesday.",
    "The military said the operation of the 162nd Division dismantled rocket launching systems in "
    "Rafah on Tuesday.",
])
def test_an_operation_of_troops_that_destroyed_systems_is_still_fighting(text):
    assert [s for s, *_ in _coded(text, "2024-05-08")] == ["Armed clash"]


def test_asking_residents_whether_they_will_leave_is_no_order():
    text = "A reporter asked residents of Khan Younis whether they planned to leave the city."
    assert _coded(text, "2023-12-23") == []


@pytest.mark.parametrize("text,place", [
    ("Hospitals in Khan Younis were overwhelmed as fighting continued on Wednesday, medics said.",
     "Khan Younis"),
    ("Thousands fled Rafah on Tuesday as heavy fighting raged on in the east of the city.",
     "Rafah"),
])
def test_fighting_that_goes_on_that_day_or_at_a_place_is_still_a_battle(text, place):
    assert ("Armed clash", place) in [(s, loc) for s, loc, *_ in _coded(text, "2024-07-04")]


@pytest.mark.parametrize("second", [
    "Elsewhere, Israeli tanks shelled a house in Beit Lahia, killing three.",
    "Israeli tanks also shelled a house in Beit Lahia, killing three.",
])
def test_a_like_toll_at_a_like_site_told_as_another_attack_stays_apart(second):
    text = ("An Israeli airstrike on a house in northern Gaza killed three people on Tuesday, "
            "medics said. " + second)
    assert sorted((loc, n) for _, loc, n, _, _ in _coded(text, "2024-10-23")) == [
        ("Beit Lahia", 3), ("northern Gaza", 3)]


@pytest.mark.parametrize("text", [
    "Another boy was nearly killed when an Israeli drone struck a tent in Khan Younis on Friday, "
    "medics said.",
    "Another child was almost killed by Israeli fire in Khan Younis on Friday, medics said.",
    "Another journalist was not killed, but was badly wounded, when an Israeli drone struck a car "
    "in Khan Younis on Friday.",
])
def test_another_one_nearly_killed_is_no_death(text):
    assert all(n is None for _, _, n, _, _ in _coded(text, "2025-10-11"))


def test_three_more_shot_dead_are_a_count_of_their_own():
    text = "Three more were shot dead by Israeli troops in Rafah on Friday, medics said."
    assert [(loc, n) for _, loc, n, _, _ in _coded(text, "2025-10-11")] == [("Rafah", 3)]


def test_a_few_days_ago_in_a_clause_of_its_own_leaves_the_strike_its_day():
    text = ("An Israeli strike killed five people in a house in Rafah that residents had fled a "
            "few days ago, medics said.")
    got = [(e.sub_event_type, e.event_date) for e in parse(text, published="2023-12-06").events]
    assert ("Air/drone strike", "2023-12-06") in got


@pytest.mark.parametrize("text", [
    "The army said it had conducted regular strikes on militant infrastructure in Khan Younis on "
    "Tuesday.",
    "The military said it had carried out routine strikes on Hamas targets in Khan Younis "
    "overnight.",
])
def test_strikes_of_a_habit_told_on_a_day_are_that_days(text):
    assert [s for s, *_ in _coded(text, "2024-04-25")] == ["Air/drone strike"]


def test_some_of_the_dead_counted_again_with_a_number_alone_are_not_all_of_them():
    text = ("Four Israeli soldiers were killed in fighting in northern Gaza on Monday, including "
            "two officers, the military said. The two were killed in a Hamas ambush in Beit "
            "Hanoun.")
    assert ("northern Gaza", 4) in [(loc, n) for _, loc, n, _, _ in _coded(text, "2025-09-08")]


def test_shelling_a_family_escaped_still_happened():
    text = ("The family had escaped the shelling of their neighbourhood in Khan Younis on Tuesday, "
            "but their house was destroyed.")
    assert "Shelling/artillery/missile attack" in [s for s, *_ in _coded(text, "2024-04-10")]


@pytest.mark.parametrize("text", [
    "Deliveries had been halted for a week, but on Sunday aid trucks crossed into northern Gaza, "
    "the WFP said.",
    "After deliveries were halted for two days, aid trucks entered Gaza through Kerem Shalom on "
    "Sunday, COGAT said.",
])
def test_aid_that_moved_after_a_halt_is_a_delivery(text):
    assert [s for s, *_ in _coded(text, "2024-05-13")] == ["Aid delivery"]


# -- hospitals that receive the dead, or that pictures came from --------------------
@pytest.mark.parametrize("text,place", [
    ("Israeli strikes on Rafah killed five people on Sunday. On Monday, two patients were "
     "killed when Israeli shelling hit the Indonesian Hospital in Beit Lahia, where they had "
     "been admitted days earlier.", "Indonesian Hospital"),
    ("Israeli strikes on Rafah killed five people on Sunday. On Monday, two patients were "
     "killed when Israeli shelling hit the Indonesian Hospital, where they had been admitted "
     "days earlier.", "Indonesian Hospital"),
    ("Fighting continued in Jabalia on Thursday. On Friday, Israeli forces stormed the Kamal "
     "Adwan Hospital in Beit Lahia, where dozens of wounded were being treated.",
     "Kamal Adwan Hospital"),
])
def test_a_hospital_attacked_is_the_place_whoever_it_had_received(text, place):
    assert [loc for _, loc, _, _, _ in _coded(text, "2024-10-22")][-1] == place


@pytest.mark.parametrize("text", [
    "Footage from the Al-Shifa Hospital in Gaza City showed Israeli troops storming its "
    "emergency ward on Monday.",
    "Fighting continued in Khan Younis on Sunday. Footage from the Al-Shifa Hospital in Gaza "
    "City showed Israeli troops storming its emergency ward on Monday.",
])
def test_footage_of_the_hospital_itself_places_what_it_shows_there(text):
    assert [loc for _, loc, _, _, _ in _coded(text, "2024-03-19")][-1] == "Al-Shifa Hospital"


# -- the deaths of those named -------------------------------------------------------
@pytest.mark.parametrize("text,killed", [
    ("An Israeli strike on a house in Nuseirat on Tuesday led to the death of three people, "
     "and a child was seriously injured.", 3),
    ("Israeli shelling in Khan Younis on Tuesday caused the deaths of two paramedics and a "
     "journalist was wounded, the civil defence said.", 2),
])
def test_one_with_a_verb_of_their_own_is_not_one_more_of_the_dead(text, killed):
    assert [n for _, _, n, _, _ in _coded(text, "2024-06-12")] == [killed]


# -- variants the reviews reported: a long backdrop, habits told otherwise, rescuers at work
@pytest.mark.parametrize("text,subs", [
    ("Israeli aircraft struck a house in Jabalia on Wednesday, killing 12 people, as the renewed "
     "fighting between Israeli troops and Palestinian militants across the enclave showed no "
     "signs of slowing.", ["Air/drone strike"]),
    ("Israel has been carrying out near-daily air raids on Rafah, residents said.", []),
    ("Israeli warplanes frequently strike militant targets in the Gaza Strip.", []),
    ("Our colleagues in the north describe daily drone strikes and shelling, and difficulty "
     "reaching patients in Tal al-Hawa and Shujaiya.", []),
    ("Residents described near-daily shelling of Beit Hanoun.", []),
    # (a day told after the habit: the shelling of that day)
    ("Residents described daily air strikes and artillery shelling in Beit Hanoun on Tuesday.",
     ["Air/drone strike", "Shelling/artillery/missile attack"]),
    # (what people live under, not a habit described: "facing daily bombardment")
    ("People in Gaza City are facing daily bombardment.", ["Air/drone strike"]),
    ("Three paramedics were killed in an Israeli strike in Tuffah on Tuesday. Rescuers were "
     "engaged in evacuating the wounded when the strike hit.", ["Air/drone strike"]),
])
def test_review_variants_of_backdrops_habits_and_rescuers(text, subs):
    assert [s for s, *_ in _coded(text, "2025-04-10")] == subs


def test_a_bare_apostrophe_possessive_only_says_where_the_site_is():
    text = "Tanks shelled homes in Khan Younis' eastern Al-Mawasi area on Sunday."
    got = [loc for _, loc, *_ in _coded(text, "2024-01-01")]
    assert "al-Mawasi (Khan Younis)" in got and "Khan Younis" not in got


# -- people displaced so many times, bodies and remains recovered, what people endured, what a
# town had avoided
@pytest.mark.parametrize("text,subs", [
    ("At least 16 Palestinians were killed in an Israeli airstrike on a home in Rafah on "
     "Thursday. The families killed had come to Rafah after being displaced three times.",
     ["Air/drone strike"]),
    ("Civil defence teams searched areas of Khan Younis on Saturday; several bodies and remains "
     "were recovered and taken to Nasser hospital.", []),
    ("For two months, residents of northern Gaza endured the bombardment and starvation, "
     "WAFA said on Thursday.", []),
    ("Until now, Deir al-Balah had avoided ground incursions, residents said on Sunday.", []),
])
def test_histories_recoveries_and_states_tell_no_event(text, subs):
    assert [s for s, *_ in _coded(text, "2025-07-20") if s != "Siege/encirclement"] == subs


def test_a_bombardment_suffered_on_a_day_is_still_one():
    text = "Khan Younis suffered heavy shelling on Monday, killing four, medics said."
    assert "Shelling/artillery/missile attack" in [s for s, *_ in _coded(text, "2025-07-22")]


# -- a long backdrop that is an attack's own, hurt in an attack, remains of others, a place
# that avoided an attack told elsewhere
@pytest.mark.parametrize("text", [
    "Thousands of residents fled the eastern parts of Khan Younis on Monday as Israeli tanks "
    "shelled homes in Bani Suheila and Abasan while the ground offensive showed no signs of "
    "slowing.",
    "Residents fled Bani Suheila on Tuesday as Israeli tanks shelled homes on the eastern edge "
    "of Khan Younis while the wider offensive showed no sign of slowing.",
])
def test_an_attack_with_a_backdrop_of_its_own_is_still_told(text):
    assert "Shelling/artillery/missile attack" in [s for s, *_ in _coded(text, "2024-07-23")]


@pytest.mark.parametrize("text", [
    "Two children suffered burns in airstrikes that hit tents in al-Mawasi, the Red Crescent "
    "said.",
    "Nasser hospital said it received dozens who suffered burns from airstrikes on tents in "
    "al-Mawasi.",
])
def test_hurt_in_an_attack_is_not_what_people_endured(text):
    assert [s for s, *_ in _coded(text, "2024-06-14")] == ["Air/drone strike"]


@pytest.mark.parametrize("text,killed", [
    ("Israeli strikes killed 40 people and remains were recovered from several sites in Gaza "
     "City on Saturday, civil defence said.", 40),
    ("An Israeli strike on a house in Jabalia killed seven people and human remains were "
     "recovered from the rubble hours later, civil defence said.", 7),
])
def test_remains_recovered_beside_the_dead_leave_their_count(text, killed):
    assert [n for _, _, n, _, _ in _coded(text, "2024-06-14")] == [killed]


@pytest.mark.parametrize("text", [
    "Until now, Deir al-Balah had avoided the airstrikes that killed 20 people in Rafah on "
    "Tuesday.",
    "Until now, Deir al-Balah had escaped the airstrikes that killed 20 people in Rafah on "
    "Tuesday.",
    "Deir al-Balah has so far avoided the airstrikes that killed 20 people in Rafah on Tuesday.",
])
def test_an_attack_a_place_avoided_is_told_where_it_hit(text):
    assert "Rafah" in [loc for _, loc, *_ in _coded(text, "2024-06-14")]


# -- variants: rescuers at other work, displaced twice, a habit in the perfect
@pytest.mark.parametrize("text,subs", [
    ("Rescuers were engaged in pulling survivors from the rubble in Jabalia when a second "
     "Israeli strike hit on Tuesday, killing two of them.", ["Air/drone strike"]),
    ("Paramedics were engaged in transporting the injured from Al-Mawasi when an Israeli drone "
     "struck their ambulance on Sunday.", ["Air/drone strike"]),
    ("The family, displaced twice since October, lost their tent in an Israeli strike on "
     "al-Mawasi on Tuesday.", ["Air/drone strike"]),
    ("The family had come to Deir al-Balah after being displaced at least three times.", []),
    ("Israeli warplanes have frequently struck militant targets in Gaza.", []),
])
def test_review_variants_of_rescuers_histories_and_habits(text, subs):
    assert [s for s, *_ in _coded(text, "2024-06-14")] == subs


# -- a fifth review: tolls over parts of the Strip, reported counts, sites named for people,
# -- troops pulled out, the dead and the hurt together, police, the displaced, these areas
def test_a_toll_told_at_its_own_places_is_not_the_strips_beside_areas_struck():
    # the toll names Rafah and Khan Younis first; the areas are where the tanks went
    text = ("Israeli airstrikes killed 15 people in Rafah and Khan Younis as tanks advanced in "
            "several areas of the Gaza Strip on Thursday.")
    assert "Gaza Strip" not in [loc for _, loc, *_ in _coded(text, "2024-05-02")]


@pytest.mark.parametrize("text", [
    "Israeli strikes on Thursday killed 20 people in different areas of the Gaza Strip, "
    "including Jabalia and Gaza City.",
    "Israeli strikes on Thursday killed 20 people across the Gaza Strip, including Jabalia and "
    "Gaza City, the health ministry said.",
])
def test_a_toll_across_the_strip_keeps_it_beside_the_parts_it_includes(text):
    assert ("Gaza Strip", 20) in [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-05-02")]


@pytest.mark.parametrize("text,killed", [
    ("An Israeli strike hit a school in Nuseirat on Tuesday. The health ministry reported 40 "
     "killed and wounded.", None),
    ("An Israeli strike hit a school in Nuseirat on Tuesday. Medics reported 40 dead and "
     "injured.", None),
    ("Israeli strikes hit Rafah on Tuesday. Health officials reported 90 killed in one of the "
     "deadliest days of the war.", 90),
    ("Medics reported 12 killed in a strike on a school in the war-torn territory's Nuseirat "
     "camp on Tuesday.", 12),
])
def test_reported_counts_of_both_are_no_dead_and_a_day_of_the_war_is_a_days(text, killed):
    assert [n for _, _, n, _, _ in _coded(text, "2024-06-12")] == [killed]


@pytest.mark.parametrize("text,place", [
    ("Near Deir al-Balah market, an Israeli drone strike killed three people on Thursday.",
     "Deir al-Balah"),
    ("Inside al-Maghazi school, displaced families said an Israeli strike killed four on "
     "Thursday.", "Maghazi Camp"),
    ("Central Deir al-Balah market was hit by an Israeli strike on Thursday, killing five.",
     "Deir al-Balah"),
])
def test_a_word_opening_the_sentence_names_no_person_before_a_town(text, place):
    assert [loc for _, loc, *_ in _coded(text, "2024-05-23")] == [place]


@pytest.mark.parametrize("site", ["Fatima al-Zahra girls school", "Fatima al-Zahra shelter"])
def test_review_variants_of_a_site_named_for_a_person(site):
    text = (f"An Israeli airstrike on Thursday hit the {site} in the Zeitoun neighbourhood, "
            "killing four.")
    assert [loc for _, loc, *_ in _coded(text, "2024-05-23")] == ["Zeitoun"]


@pytest.mark.parametrize("text", [
    "Israel has gradually pulled out most of its forces from the Gaza Strip since January.",
    "Israel has been withdrawing troops from the Gaza Strip for months, officials said.",
])
def test_a_drawdown_over_months_is_no_transfer_of_territory(text):
    assert _coded(text, "2024-06-10") == []


@pytest.mark.parametrize("text,killed", [
    ("An Israeli airstrike hit a house in Rafah on Tuesday. Five people were killed and the "
     "wounded were taken to Abu Yousef al-Najjar hospital.", 5),
    ("Seven people were killed and the injured were rushed to Nasser hospital after an Israeli "
     "strike on a house in Khan Younis on Tuesday.", 7),
    ("Three people were killed and wounded people were trapped under the rubble after an "
     "Israeli strike on a house in Jabalia on Tuesday.", 3),
    ("Dozens killed and wounded in Israeli strikes on Rafah on Tuesday.", None),
    ("The strike on the school in Nuseirat on Tuesday resulted in dozens of martyrs and "
     "injuries.", None),
])
def test_the_wounded_of_a_clause_of_their_own_leave_the_dead_counted(text, killed):
    assert [n for _, _, n, _, _ in _coded(text, "2024-02-06")] == [killed]


@pytest.mark.parametrize("text", [
    "Two Israeli Border Police officers were killed in the southern Gaza Strip on Tuesday, the "
    "army said.",
    "An Israeli Border Police officer was killed in Rafah on Tuesday, the army said.",
])
def test_israeli_border_police_killed_in_gaza_are_combatants(text):
    assert [s for s, *_ in _coded(text, "2024-02-06")] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "An Israeli strike on Thursday targeted a gathering of displaced in Deir al-Balah, killing 8.",
    "An Israeli strike on Thursday targeted a school housing thousands of displaced in Deir "
    "al-Balah, killing 28.",
])
def test_displaced_people_counted_or_gathered_are_no_flight(text):
    assert [s for s, *_ in _coded(text, "2024-10-10")] == ["Air/drone strike"]


@pytest.mark.parametrize("text,place", [
    ("The army ordered residents of Beit Hanoun and Beit Lahia to leave on Saturday. An "
     "airstrike hit a house in Jabalia, near these areas, killing six people.", "Jabalia"),
    ("Israeli forces struck Rafah and Khan Younis on Friday. On Saturday, an Israeli drone "
     "strike killed three people in Deir al-Balah, far from those areas.", "Deir al-Balah"),
    ("The army ordered residents of Bani Suheila, Abasan and Khuza'a to leave on Saturday. An "
     "Israeli strike in Rafah, south of these towns, killed eight people.", "Rafah"),
])
def test_these_areas_beside_a_place_of_the_sentences_own_leave_it_the_place(text, place):
    assert [loc for s, loc, n, _, _ in _coded(text, "2025-06-28") if n] == [place]


def test_people_who_fled_to_these_areas_left_the_place_told_before():
    text = ("The army told residents of eastern Khan Younis to move to Deir al-Balah and "
            "al-Mawasi on Saturday. Tens of thousands fled to these areas by Sunday.")
    assert [loc for s, loc, *_ in _coded(text, "2025-06-28") if s == "Displacement"] == [
        "Khan Younis"]


@pytest.mark.parametrize("dest", ["the humanitarian zone in al-Mawasi",
                                  "shelters in Deir al-Balah"])
def test_these_areas_told_where_to_go_are_still_the_list_before(dest):
    text = ("The army named the towns of Nuseirat, Al-Mughraqa, Al-Nuzha and Al-Bawadi as "
            f"danger zones on Saturday. It ordered the residents of these areas to move to {dest}.")
    assert sorted(loc for _, loc, *_ in _coded(text, "2025-06-28")) == ["Al-Mughraqa", "Nuseirat"]


# -- whose forces entered, fire by fighters, weapons named, "following the strike", wrapped
# -- lines, parts of a city, places put to use, besieged towns, "in recent days"
@pytest.mark.parametrize("text", [
    "Security forces from the Palestinian Authority entered the Rafah crossing on Saturday as "
    "it reopened for the sick and wounded.",
    "Police officers and forces of the Hamas-run interior ministry moved into the streets of "
    "Gaza City on Sunday after the truce took effect.",
    "Fighters and forces of the Qassam Brigades moved into Khan Younis on Monday after the "
    "Israeli withdrawal.",
])
def test_forces_of_others_moving_in_are_no_incursion(text):
    assert "Armed clash" not in [s for s, *_ in _coded(text, "2025-02-01")]


@pytest.mark.parametrize("text", [
    "Troops from the army's 98th Division entered Khan Younis on Tuesday.",
    "Soldiers from the Givati Brigade moved into the Tal al-Sultan neighbourhood of Rafah on "
    "Thursday.",
])
def test_an_armys_unit_moving_in_is_still_an_incursion(text):
    assert [s for s, *_ in _coded(text, "2024-05-30")] == ["Armed clash"]


def _coded_types(text, published="2025-06-24"):
    return [(e.event_type, e.location) for e in parse(text, published=published).events
            if e.event_type != "Protests"]


@pytest.mark.parametrize("text", [
    "Hamas militants opened fire on Palestinians protesting against the group in Beit Lahia on "
    "Wednesday, witnesses said.",
    "Militants opened fire on an aid convoy in Rafah on Tuesday, the UN said.",
    "Masked militants opened fire on crowds gathered near an aid distribution point in Khan "
    "Younis on Tuesday, killing two.",
])
def test_fighters_firing_at_people_or_aid_is_no_battle(text):
    assert [t for t, *_ in _coded_types(text)] == ["Violence against civilians"]


def test_fighters_named_by_their_brigade_who_open_fire_fight_a_battle():
    text = ("Fighters of the Qassam Brigades opened fire on an Israeli army bulldozer in Beit "
            "Hanoun on Tuesday.")
    assert [t for t, *_ in _coded_types(text)] == ["Battles"]


@pytest.mark.parametrize("text,sub", [
    ("Two vehicles were hit by Israeli missiles in Khan Younis on Saturday, killing five "
     "people, medics said.", "Shelling/artillery/missile attack"),
    ("A civilian vehicle was struck by a missile fired from an Israeli drone in Deir al-Balah "
     "on Saturday, killing two.", "Shelling/artillery/missile attack"),
    ("Members of the Hamas-run police forces were targeted by an Israeli drone missile in Khan "
     "Younis on Saturday, killing three officers.", "Shelling/artillery/missile attack"),
    ("Israeli soldiers were hit by mortar shells in Rafah on Saturday, the army said.",
     "Shelling/artillery/missile attack"),
    ("An Israeli tank was struck by an Israeli tank shell in a friendly-fire incident in Rafah "
     "on Saturday, killing two soldiers.", "Shelling/artillery/missile attack"),
    ("Israeli forces fired an anti-tank missile at a house in Rafah on Saturday, killing five "
     "members of one family.", "Shelling/artillery/missile attack"),
])
def test_missiles_from_afar_or_from_the_army_are_no_battle(text, sub):
    assert [s for s, *_ in _coded(text, "2025-04-20")] == [sub]


@pytest.mark.parametrize("text", [
    "Troops found rocket-propelled grenades, rifles and explosives inside a school in Beit "
    "Hanoun, the army said on Saturday.",
    "Israeli troops were hit by rockets fired from the Gaza Strip near the border on Saturday, "
    "the army said.",
])
def test_weapons_found_or_rockets_from_gaza_are_no_battle(text):
    assert "Armed clash" not in [s for s, *_ in _coded(text, "2025-04-20")]


@pytest.mark.parametrize("text,place", [
    ("After the Israeli bombardment, survivors searched the rubble of homes in Jabalia on "
     "Saturday, civil defence said.", "Jabalia"),
    ("In the wake of the strike, hundreds of people gathered at the site in Nuseirat on "
     "Saturday.", "Nuseirat"),
])
def test_an_attack_no_earlier_sentence_told_is_told_here(text, place):
    assert [(s, loc) for s, loc, *_ in _coded(text, "2025-04-20")] == [
        ("Air/drone strike", place)]


@pytest.mark.parametrize("text,places", [
    ("Israeli strike kills 12 at a school in Nuseirat\n(Reuters) - Israeli tanks advanced into "
     "eastern Rafah on Saturday, residents said.",
     [("Air/drone strike", "Nuseirat"), ("Armed clash", "Rafah")]),
    ("Israeli strike kills 12 at a school in Nuseirat\n(CNN) — Israeli tanks advanced into "
     "eastern Rafah on Saturday, residents said.",
     [("Air/drone strike", "Nuseirat"), ("Armed clash", "Rafah")]),
])
def test_a_story_opening_on_its_agency_under_a_headline_is_no_wrapped_line(text, places):
    assert [(s, loc) for s, loc, *_ in _coded(text, "2025-04-26")] == places


def test_a_line_broken_after_at_least_goes_on():
    text = ("Israeli strikes on Saturday killed at least\n17 people in Rafah, the civil defence "
            "said.")
    assert [(loc, n) for _, loc, n, *_ in _coded(text, "2025-04-26")] == [("Rafah", 17)]


def test_a_noun_of_their_own_ends_what_parts_of_governs():
    text = ("The evacuation order issued on Thursday covered northern neighbourhoods of Gaza City "
            "and the towns of Beit Lahia and Jabalia.")
    places = [loc for _, loc, *_ in _coded(text, "2025-05-23")]
    assert "Jabalia" in places and "North Gaza" not in places


@pytest.mark.parametrize("text,sub,place", [
    ("Israel used F-16 jets to carry out airstrikes on Rafah on Monday, residents said.",
     "Air/drone strike", "Rafah"),
    ("The army used drones to carry out strikes on Khan Younis on Monday, witnesses said.",
     "Air/drone strike", "Khan Younis"),
    ("Israeli F-16 jets were used to carry out airstrikes on Rafah on Monday, the army said.",
     "Air/drone strike", "Rafah"),
    ("Hamas used a tunnel to launch attacks on Israeli troops in Rafah on Monday, the group "
     "said.", "Armed clash", "Rafah"),
])
def test_the_means_of_an_attack_told_is_no_claimed_use(text, sub, place):
    assert [(s, loc) for s, loc, *_ in _coded(text, "2025-05-26")] == [(sub, place)]


@pytest.mark.parametrize("text", [
    "The army said the school in Rafah was being used to launch an attack on troops on Monday.",
    "The army said the school in Rafah was being used as a base to launch attacks on troops on "
    "Monday.",
])
def test_a_place_claimed_to_serve_attacks_tells_none(text):
    assert _coded(text, "2025-05-26") == []


def test_a_besieged_northern_town_is_a_siege_of_the_town():
    text = ("Thousands fled from the besieged northern town of Beit Hanoun on Monday, residents "
            "said.")
    assert ("Siege/encirclement", "Beit Hanoun") in [(s, loc) for s, loc, *_ in
                                                     _coded(text, "2025-05-26")]


@pytest.mark.parametrize("text", [
    "Israeli strikes on Rafah, which has seen heavy fighting in recent days, killed 12 people "
    "on Tuesday, medics said.",
    "An Israeli airstrike on a school in Jabalia, where tens of thousands have sheltered in "
    "recent weeks, killed 20 people on Tuesday.",
    "Israeli strikes in Rafah killed 20 people, the highest toll in recent days, medics said on "
    "Tuesday.",
    "Israeli jets struck Rafah, the first such strikes on the city in recent weeks, residents "
    "said on Tuesday.",
    "Israeli tanks, which have advanced in recent days, shelled eastern Khan Younis on Tuesday.",
    "An Israeli strike on a tent in al-Mawasi, an area that had been spared in recent weeks, "
    "killed five on Tuesday.",
])
def test_recent_days_told_of_another_clause_leave_the_attack_its_day(text):
    events = parse(text, published="2025-05-14").events
    assert [e.event_date for e in events if e.event_type == "Explosions/Remote violence"] == [
        "2025-05-13"]


# -- counts with no noun, victims, the dead among a toll, tallies at a place -------------
@pytest.mark.parametrize("text", [
    "Of the 2,000 patients evacuated from Nasser Hospital, 15 died on the way, the WHO said on "
    "Tuesday.",
    "At least 28 children have died of malnutrition in northern Gaza, the ministry said. Of "
    "those, 10 died at Kamal Adwan Hospital in Beit Lahia on Tuesday.",
])
def test_a_count_that_died_after_a_comma_is_no_toll_of_its_own(text):
    assert _coded(text, "2024-06-12") == []


@pytest.mark.parametrize("text,killed", [
    ("An Israeli strike on a bus carrying 30 passengers killed five in Deir al-Balah on "
     "Monday.", 5),
    ("The two leaders discussed the strike that killed 45 in Rafah on Sunday, the White House "
     "said.", 45),
    ("Two activists filmed the strike that killed 12 in Nuseirat on Sunday.", 12),
])
def test_who_killed_or_saw_the_killing_are_not_the_dead(text, killed):
    assert [n for _, _, n, _, _ in _coded(text, "2024-06-12")] == [killed]


def test_the_dead_among_a_war_tally_are_part_of_it():
    text = ("More than 37,000 people have been killed in Gaza since October, according to the "
            "Health Ministry. Among the dead are 193 UNRWA staff members, the agency said.")
    assert _coded(text, "2024-06-12") == []


def test_the_dead_among_a_war_tally_do_not_raise_the_toll_of_a_strike_before():
    text = ("An Israeli strike on a house in Rafah killed 12 people on Tuesday, medics said. "
            "More than 37,000 people have been killed in Gaza since October, according to the "
            "Health Ministry. Among the dead are 193 UNRWA staff members, the agency said.")
    assert [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-06-12")] == [("Rafah", 12)]


@pytest.mark.parametrize("text,killed", [
    ("Hamas said one of the hostages was not killed in the Israeli strike on Rafah on "
     "Saturday.", []),
    ("Hamas said one of its leaders was not killed in the Israeli strike on Khan Younis on "
     "Saturday.", []),
    ("An Israeli strike hit a house in Rafah on Saturday; one of its leaders was nearly "
     "killed, Hamas said.", [None]),
])
def test_one_of_a_group_not_or_nearly_killed_is_alive(text, killed):
    assert [n for _, _, n, _, _ in _coded(text, "2024-06-12")] == killed


def test_a_count_compared_with_is_another_days():
    events = parse("Israeli strikes killed 20 people in Rafah on Monday, compared with 12 killed "
                   "on Sunday, medics said.", published="2024-06-12").events
    assert [(e.location, e.fatalities, e.event_date) for e in events] == [
        ("Rafah", 20, "2024-06-10")]


def test_since_dawn_in_another_clause_leaves_a_tally_a_tally():
    text = ("Israeli strikes have killed 193 UNRWA staff in Gaza, the agency said, as new strikes "
            "since dawn hit Rafah.")
    assert [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-06-12")] == [("Rafah", None)]


def test_a_count_with_killed_over_the_past_week_is_a_tally():
    text = ("Two Israeli soldiers were killed in Rafah on Monday, bringing the army's toll to 300, "
            "with 12 killed in the past week.")
    assert [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-06-12")] == [("Rafah", 2)]


@pytest.mark.parametrize("text,published", [
    ("Israeli strikes have killed 200 people in northern Gaza, the civil defence said.",
     "2024-10-28"),
    ("Israeli strikes have killed 200 people in the central Gaza Strip, the ministry said.",
     "2024-06-12"),
    ("Israeli strikes have killed 40 people in Jabalia in three days, medics said.",
     "2024-06-12"),
    ("Israeli strikes have killed 300 people in Jabalia within a week, the civil defence said.",
     "2024-06-12"),
])
def test_a_present_perfect_count_in_a_region_or_over_days_is_a_tally(text, published):
    assert [n for _, _, n, _, _ in _coded(text, published)] == [None]


def test_a_present_perfect_count_in_a_camp_of_gaza_is_the_days_news():
    text = ("Israeli strikes have killed at least 12 people in Gaza's Nuseirat refugee camp, "
            "medics said.")
    assert [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-06-12")] == [("Nuseirat Camp", 12)]


@pytest.mark.parametrize("text,published,places", [
    ("Israeli tanks pushed deeper into Rafah, in a war that has killed more than 37,000 "
     "Palestinians, according to the Gaza Health Ministry.", "2024-06-12", ["Rafah"]),
    ("Israeli forces bombarded Rafah and Khan Younis, in a war that has killed more than 37,000 "
     "people.", "2024-06-12", ["Rafah", "Khan Younis"]),
    ("Israeli troops stormed Kamal Adwan Hospital in Beit Lahia as the offensive that has killed "
     "more than 43,000 people entered its second year.", "2024-10-26", ["Kamal Adwan Hospital"]),
    ("Hamas fighters ambushed Israeli troops in Jabalia, the group said, in a war that has "
     "killed more than 42,000 Palestinians.", "2024-10-20", ["Jabalia"]),
    ("Israeli tanks shelled eastern Rafah as Israel pressed an offensive that has killed more "
     "than 37,000 people.", "2024-06-12", ["Rafah"]),
    ("The war that has killed more than 37,000 people shows no sign of ending.", "2024-06-12",
     []),
])
def test_the_war_that_has_killed_tens_of_thousands_frames_the_event_told(text, published,
                                                                         places):
    assert [loc for _, loc, *_ in _coded(text, published)] == places


# -- the Strip as the only place named -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hezbollah fired dozens of rockets at northern Israel on Tuesday, the Israeli military said, "
    "in what the group called support for the enclave. Two civilians were killed, Israeli "
    "medics said.",
    "Yemen's Houthis said on Monday they had fired a ballistic missile at a ship in the Red Sea "
    "in solidarity with the besieged enclave. Three crew members were killed in the attack, the "
    "U.S. military said.",
    "An Israeli drone strike killed two Hezbollah fighters in southern Lebanon on Tuesday. "
    "Lebanon's health ministry said the strike hit a car on the road. Hezbollah has traded fire "
    "with Israel since the war in the Strip began.",
])
def test_a_report_of_a_place_outside_that_mentions_the_strip_puts_nothing_there(text):
    assert _coded(text, "2024-06-12") == []


# -- "a ... Gaza city" -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Israeli warplanes bombed a Gaza city school sheltering displaced families on Saturday, "
    "killing at least 12 people, the civil defence said.",
    "An Israeli strike on a Gaza city hospital killed four patients on Sunday, medical sources "
    "said.",
    "Israeli shelling hit a Gaza city neighbourhood overnight, killing five people, residents "
    "said.",
    "An Israeli airstrike flattened a residential building in a Gaza city suburb on Friday, "
    "killing 15, WAFA reported.",
])
def test_a_gaza_city_before_the_noun_it_qualifies_is_gaza_city(text):
    assert [loc for _, loc, *_ in _coded(text, "2024-06-12")] == ["Gaza City"]


# -- evacuations called for, shells fired ----------------------------------------------
@pytest.mark.parametrize("text", [
    "The World Health Organization called for the evacuation of 22 patients from al-Shifa "
    "hospital in Gaza City on Sunday.",
    "The WHO called for the medical evacuation of critically ill patients from the Gaza Strip "
    "on Sunday.",
    "The Palestinian Red Crescent called for the evacuation of its staff and patients from "
    "al-Amal hospital in Khan Younis on Sunday.",
    "UNICEF called for the urgent evacuation of premature babies from Kamal Adwan hospital in "
    "Beit Lahiya on Sunday.",
    "Hamas demanded the evacuation of Israeli troops from the Philadelphi Corridor as part of "
    "any deal, officials said on Sunday.",
    "Egypt demanded the evacuation of its nationals from the Gaza Strip through the Rafah "
    "crossing, officials said on Sunday.",
    "The WHO called for the safe evacuation of Kamal Adwan hospital in Beit Lahiya on Sunday "
    "after it was besieged by Israeli forces.",
])
def test_an_evacuation_others_call_for_is_no_order(text):
    assert "Evacuation order" not in [sub for sub, *_ in _coded(text, "2024-05-12")]


@pytest.mark.parametrize("text", [
    "Israeli forces fired tear gas shells at Palestinians near the border fence east of Khan "
    "Younis on Friday, the health ministry said.",
    "Israeli naval boats fired illumination flare shells over Gaza City overnight, residents "
    "said.",
    "Hamas fighters fired back as shells rained down on the Shejaia neighbourhood on Sunday, "
    "residents said.",
])
def test_gas_flares_or_shells_that_fall_on_the_firer_are_no_shelling_by_him(text):
    assert _coded(text, "2024-05-12") == []


# -- photo credits ---------------------------------------------------------------------
@pytest.mark.parametrize("text,sub,place,killed", [
    ("Israeli strikes killed 20 people in Rafah on Sunday, medics said. © Eyad BABA / AFP",
     "Air/drone strike", "Rafah", 20),
    ("Smoke rises over Rafah © AFP An Israeli strike killed 12 people in Rafah on Sunday, "
     "medics said.", "Air/drone strike", "Rafah", 12),
    ("An Israeli strike on a house in Nuseirat killed eight people on Sunday, according to the "
     "civil defence (Civil Defence/OCHA)", "Air/drone strike", "Nuseirat", 8),
    ("Israeli tanks shelled eastern Rafah on Sunday, killing three people, the health ministry "
     "said (Gaza MoH/OCHA)", "Shelling/artillery/missile attack", "Rafah", 3),
])
def test_news_with_a_credit_glued_to_it_is_no_caption(text, sub, place, killed):
    assert [(s, loc, n) for s, loc, n, *_ in _coded(text, "2024-05-13")] == [
        (sub, place, killed)]


# -- warnings against an operation -----------------------------------------------------
@pytest.mark.parametrize("text,sub", [
    ("Defying warnings against launching an offensive, Israeli troops stormed eastern Rafah on "
     "Tuesday, residents said.", "Armed clash"),
    ("Ignoring international warnings against carrying out an assault, Israeli tanks shelled "
     "eastern Rafah on Tuesday, killing five people, medics said.",
     "Shelling/artillery/missile attack"),
    ("Israel went ahead despite warnings against carrying out the operation: tanks rolled into "
     "eastern Rafah on Tuesday and seized the crossing.", "Armed clash"),
])
def test_what_was_done_despite_a_warning_against_it_is_told(text, sub):
    assert (sub, "Rafah") in [(s, loc) for s, loc, *_ in _coded(text, "2024-05-08")]


def test_strikes_mounting_are_no_warning_against_mounting_one():
    text = ("Protesters in Khan Younis rallied on Tuesday against mounting Israeli airstrikes "
            "that killed 20 people in the city overnight, residents said.")
    assert [e.event_date for e in parse(text, published="2024-05-08").events
            if e.sub_event_type == "Air/drone strike"] == ["2024-05-07"]


# -- "Gaza's north" --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Israeli strikes hit Gaza's north, centre and south overnight, killing at least 30 people, "
    "medics said.",
    "Israeli strikes hit Gaza's north as well as the south on Tuesday, killing 25 people, medics "
    "said.",
    "The army ordered residents of Gaza's north or south to move to the humanitarian zone on "
    "Tuesday.",
])
def test_more_than_one_side_of_gaza_is_the_strip(text):
    assert [loc for _, loc, *_ in _coded(text, "2024-06-12")] == ["Gaza Strip"]


def test_gazas_north_south_road_is_no_side():
    from geoevents import find_places
    text = "Israeli forces pushed along Gaza's north-south Salah al-Din road on Tuesday."
    assert "northern Gaza" not in [m.name for m in find_places(text).mentions]


def test_a_caption_that_opens_on_its_source_stays_a_caption():
    text = ("An Israeli strike hit a house in Rafah on Thursday, killing five.\n\nResidents "
            "reported finding 40 bodies in Tal al-Hawa after troops withdrew on Friday. © Omar "
            "AL-QATTAA / AFP")
    assert [e.location for e in parse(text, published="2024-11-01").events] == ["Rafah"]


# -- "demanding that they go" --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Local officials in Rafah demanded that residents not leave their homes despite the "
    "Israeli strikes on Saturday.",
    "Hamas officials in Khan Younis demanded that people should not leave for the south, "
    "calling the Israeli warnings psychological warfare.",
    "Egyptian officials demanded that they move the aid trucks through the Kerem Shalom "
    "crossing instead of Rafah on Saturday.",
    "Residents of Beit Lahia demanded that they leave, shouting at Israeli soldiers who had "
    "taken over a school on Saturday.",
    "Protesters in Khan Younis demanded that people go out into the streets to denounce the "
    "blockade on Saturday.",
    "The World Health Organization demanded that they evacuate the wounded from Al-Shifa "
    "Hospital in Gaza City on Saturday.",
])
def test_a_demand_that_people_go_is_an_order_only_from_the_army(text):
    assert "Evacuation order" not in [s for s, *_ in _coded(text, published="2024-05-12")]


# -- a toll's parts ------------------------------------------------------------------
@pytest.mark.parametrize("text,kept", [
    ("An Israeli airstrike on a house in Gaza City killed five people on Sunday, medics said. "
     "Israeli strikes also killed three people in Shujaiya and two in Zeitoun.",
     ("Gaza City", 5)),
    ("An Israeli strike on a school in Gaza City killed 10 people on Sunday. Elsewhere in the "
     "city, an airstrike on a house in Shujaiya killed six people. An Israeli strike on a car "
     "in Tuffah killed four people.", ("Gaza City", 10)),
    ("An Israeli airstrike on a house in Gaza City killed three people on Sunday. An Israeli "
     "strike on a tent in Shujaiya killed two people. Another strike hit a car in Zeitoun, "
     "killing one person.", ("Gaza City", 3)),
    ("Hamas fighters killed three Israeli soldiers in an ambush in Gaza City on Sunday, the "
     "army said. Israeli troops killed two militants in Shujaiya and one in Zeitoun, the army "
     "added.", ("Gaza City", 3)),
])
def test_tolls_that_happen_to_add_up_are_no_parts(text, kept):
    assert kept in [(loc, n) for _, loc, n, _, _ in _coded(text, published="2024-06-23")]


# -- since an attack of the war's, not the one that began it ---------------------------
@pytest.mark.parametrize("text,place", [
    ("Israeli tanks advanced into western Rafah overnight, the deepest push since the "
     "incursion against Hamas in the city began, residents said.", "Rafah"),
    ("Israeli forces have raided Kamal Adwan hospital for the second time since an Israeli "
     "incursion against Hamas in Beit Lahiya last week, detaining dozens of staff, the health "
     "ministry said.", "Kamal Adwan Hospital"),
])
def test_since_an_israeli_incursion_against_hamas_is_no_background(text, place):
    assert place in [loc for _, loc, _, _, _ in _coded(text, "2024-06-12")]


# -- a whole before "among them" -----------------------------------------------------
@pytest.mark.parametrize("text,killed", [
    ("An Israeli strike hit a school in Nuseirat sheltering 6,000 displaced people, with 12 "
     "children among them killed, the civil defence said on Tuesday.", 12),
    ("Israeli strikes in Khan Younis on Tuesday wounded 60 people, with five children "
     "amongst them killed, medics said.", 5),
    ("At least 43 Palestinians with seven children among them were killed in Israeli strikes "
     "on Jabalia on Tuesday.", 43),
])
def test_among_them_counts_the_whole_only_where_the_whole_opens_the_clause(text, killed):
    assert [n for _, _, n, _, _ in _coded(text, "2024-06-12")] == [killed]


# -- "also", "the latest" and the present perfect ----------------------------------------
@pytest.mark.parametrize("text,coded", [
    ("Elsewhere, Israeli gunfire has also killed two people near the Netzarim corridor, "
     "according to medics.",
     [("Attack", "Netzarim Corridor", 2, "Israeli military", "Civilians (Palestine)")]),
    ("The latest Israeli attacks have killed 300 people across the Gaza Strip in the past "
     "week, the health ministry said.", []),
])
def test_also_killed_is_news_and_the_latest_attacks_of_a_week_a_tally(text, coded):
    assert _coded(text, "2024-06-12") == coded


# -- what an airdrop hits, and what is hit -------------------------------------------
@pytest.mark.parametrize("text,coded", [
    ("A truck carrying food parcels was hit in Deir al-Balah on Tuesday, killing the driver, "
     "the civil defence said.",
     [("Air/drone strike", "Deir al-Balah", None, "Israeli military", None)]),
    ("Palestinians collecting aid boxes were struck by an Israeli drone in Rafah on Tuesday, "
     "killing four, medics said.",
     [("Air/drone strike", "Rafah", 4, "Israeli military", "Civilians (Palestine)")]),
])
def test_aid_parcels_that_were_hit_are_no_airdrop_accident(text, coded):
    assert _coded(text, "2024-06-12") == coded
# -- a relative clause's day, the strike placed next, attacks blamed, a strike's toll --------
def test_a_count_after_a_relative_clause_keeps_the_attacks_day():
    text = ("An Israeli airstrike on a tent camp in al-Mawasi, where thousands had fled after the "
            "army ordered Rafah evacuated on May 6, killed 12 people.")
    strikes = [(e.location, e.fatalities, e.event_date)
               for e in parse(text, published="2024-06-12").events
               if e.sub_event_type == "Air/drone strike"]
    # (al-Mawasi, not tied to Rafah by the words, is the whole)
    assert strikes == [("al-Mawasi", 12, "2024-06-12")]


@pytest.mark.parametrize("text,kept", [
    ("Israeli tanks shelled a school in Rafah on Monday, killing seven people, medics said. The "
     "shelling also hit homes in Tel al-Sultan.", ("Rafah", 7)),
    ("Israeli forces struck a Hamas compound in Gaza City on Monday, killing 10 people, medics "
     "said. The attack came as troops pushed into Shejaia, where residents reported heavy "
     "shelling.", ("Gaza City", 10)),
])
def test_the_attack_told_again_elsewhere_or_around_is_not_placed_there(text, kept):
    assert kept in [(loc, n) for _, loc, n, _, _ in _coded(text, published="2024-06-11")]


@pytest.mark.parametrize("text,sub", [
    ("The UN said Israel was responsible for the strike on a school in Nuseirat on Thursday.",
     "Air/drone strike"),
    ("Palestinian militants orchestrated an ambush on Israeli troops in Beit Hanoun on Monday, "
     "the army said.", "Armed clash"),
    ("Residents said Israeli forces were involved in the raid on Kamal Adwan Hospital in Beit "
     "Lahia on Friday.", "Armed clash"),
    ("Israel is behind the strike on the Al-Mawasi tent camp in Khan Younis on Saturday, the "
     "Gaza media office said.", "Air/drone strike"),
    ("Israeli forces were again behind shelling of the Al-Mawasi area west of Khan Younis on "
     "Tuesday, residents said.", "Shelling/artillery/missile attack"),
    ("Hamas's armed wing said its fighters perpetrated attacks on Israeli troops in Beit Hanoun "
     "on Monday.", "Armed clash"),
])
def test_an_attack_blamed_on_someone_is_told(text, sub):
    assert sub in [s for s, *_ in _coded(text, published="2024-06-12")]


@pytest.mark.parametrize("text", [
    "The Israeli military says it has killed more than 20 Hamas battalion commanders while "
    "targeting Hamas leaders in the enclave.",
    "The army has killed dozens of people in recent weeks while shelling Jabalia, residents said.",
])
def test_a_tally_while_targeting_a_side_or_over_weeks_is_no_days_toll(text):
    assert [n for _, _, n, _, _ in _coded(text, published="2024-06-12") if n] == []


@pytest.mark.parametrize("text,n", [
    ("Israeli strikes have killed 12 people after hitting a school in Nuseirat, medics said.", 12),
    ("The army has killed five people after bombing a house in the Bureij camp, the civil "
     "defence said.", 5),
])
def test_a_toll_after_hitting_a_site_in_a_named_place_is_the_days(text, n):
    assert [c for _, _, c, _, _ in _coded(text, published="2024-06-12")] == [n]


# -- a word between a name and "refugee camp", counts of units, exact and vague counts,
# relative clauses about the dead, the second of two things planned -----------------
@pytest.mark.parametrize("text,place", [
    ("Israeli forces pushed deeper into Khan Younis as refugee camp residents fled west toward "
     "al-Mawasi on Tuesday.", "Khan Younis"),
    ("An Israeli airstrike hit a house in Jabalia near refugee camp shelters run by UNRWA, "
     "killing four people, medics said.", "Jabalia"),
    ("Israeli tanks shelled eastern Rafah while refugee camp residents sheltered in tents, "
     "residents said.", "Rafah"),
    ("An Israeli strike on a home in the Bureij Palestinian Refugee Camp killed five people on "
     "Monday.", "Bureij Camp"),
])
def test_a_word_linking_a_town_to_refugee_camp_people_keeps_the_town(text, place):
    assert [loc for _, loc, _, _, _ in _coded(text, published="2024-06-12")][:1] == [place]


@pytest.mark.parametrize("text,n", [
    ("An army officer confirmed two soldiers were killed in Rafah on Monday.", 2),
    ("A battalion commander confirmed two soldiers were killed in Rafah on Monday.", 2),
    ("The attack on the convoy in Gaza City on Monday resulted in the loss of at least two "
     "lives, UNRWA said.", 2),
])
def test_who_confirmed_a_count_is_not_counted(text, n):
    assert [c for _, _, c, _, _ in _coded(text, published="2024-06-12")] == [n]


@pytest.mark.parametrize("text,n", [
    ("An Israeli airstrike killed ten people and wounded several others in Nuseirat on Tuesday, "
     "medics said. The strike on a home in Nuseirat killed at least eight, the civil defence "
     "said.", 10),
    ("An Israeli strike on a house in Jabalia killed three people and injured several others "
     "on Monday. Medics said the strike on the house in Jabalia killed a woman.", 3),
    ("Dozens of people were killed in an Israeli strike on a school in Nuseirat on Thursday, "
     "medics said. Two journalists were killed in the strike on the school in Nuseirat, the "
     "press syndicate said.", 12),
])
def test_a_number_spelled_out_or_dozens_is_no_vague_count_told_again(text, n):
    assert [c for _, _, c, _, _ in _coded(text, published="2024-06-12")] == [n]


def test_fighters_who_killed_are_not_the_dead():
    got = _coded("Two Hamas fighters, who emerged from a tunnel shaft, killed Israeli soldiers "
                 "in Rafah on Sunday, the Qassam Brigades said.", published="2024-06-10")
    assert [n for _, _, n, _, _ in got if n] == []


def test_children_who_also_died_add_to_the_toll_told():
    got = _coded("Reports from Gaza indicate that Zakaria Sinwar was killed in an Israeli "
                 "airstrike targeting the Nuseirat refugee camp. Two of his children, who were "
                 "with him at the time, also died.", published="2025-05-18")
    assert [(loc, n) for _, loc, n, _, _ in got] == [("Nuseirat Camp", 3)]


@pytest.mark.parametrize("text,sub", [
    ("Israel threatened to widen its offensive and struck targets across Rafah overnight, "
     "residents said.", "Air/drone strike"),
    ("Hamas threatened to kill the hostages and blew up a tunnel under Israeli troops in Rafah "
     "on Monday.", "Looting/property destruction"),
])
def test_a_second_verb_in_the_past_after_a_threat_is_what_was_done(text, sub):
    assert [s for s, *_ in _coded(text, published="2024-06-12")] == [sub]


@pytest.mark.parametrize("text", [
    "Israel planned to flatten the Jabaliya refugee camp and displace Palestinians from "
    "northern Gaza, the document said.",
    "Israel plans to flatten the Jabaliya refugee camp and forcibly displace Palestinians from "
    "northern Gaza.",
    "Israel plans to flatten the Jabaliya refugee camp and to displace Palestinians from "
    "northern Gaza.",
])
def test_the_second_of_two_things_planned_is_no_event_in_other_words(text):
    assert _coded(text, published="2024-11-25") == []
# -- a flight the harm came during -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "An Israeli strike killed four people in Deir al-Balah on Sunday, medics said, as the "
    "residents fled towards al-Mawasi.",
    "Tanks pushed into eastern Khan Younis on Tuesday, and thousands of families left their "
    "homes as they fled west; a strike later hit a school in the city.",
    "Some 300 families left Jabalia on Sunday as they fled the fighting, and Israeli strikes "
    "killed 12 people in the camp later that day.",
    "Residents of eastern Rafah packed up on Monday as they fled the advancing tanks; an "
    "Israeli strike killed three people in Tal al-Sultan.",
])
def test_a_flight_with_harm_told_in_another_clause_is_a_displacement(text):
    assert "Displacement" in [s for s, *_ in _coded(text, published="2024-06-12")]


# -- people attacked ---------------------------------------------------------------------
@pytest.mark.parametrize("text,got", [
    ("Israeli warplanes attacked civilians sheltering in a school in Nuseirat on Tuesday, "
     "killing 30, the civil defence said.", [("Air/drone strike", "Nuseirat", 30)]),
    # (but the navy's boats that attacked fishermen fired on them at sea)
    ("Israeli naval boats attacked fishermen off the coast of Gaza City on Tuesday, wounding "
     "two.", [("Attack", "Gaza City", None)]),
])
def test_civilians_attacked_from_the_air_or_sea_are_the_strike(text, got):
    assert [x[:3] for x in _coded(text, published="2024-06-12")] == got


@pytest.mark.parametrize("text", [
    "Hamas accused Israel of attacking civilians in Rafah on Monday.",
    "Hamas accused Israel of deliberately attacking civilians in Rafah, after a strike on "
    "Monday.",
])
def test_a_charge_of_attacking_civilians_is_no_attack(text):
    assert "Attack" not in [s for s, *_ in _coded(text, published="2024-06-12")]


@pytest.mark.parametrize("text", [
    "Hamas gunmen were attacked by Israeli troops in Rafah on Tuesday, the army said.",
    "Israeli troops were attacked with anti-tank weapons in Jabalia on Tuesday, the "
    "al-Qassam Brigades said.",
    "An Israeli army unit was attacked by Hamas gunmen in Shujaiya on Monday, the military "
    "said, and two soldiers were killed.",
    "Palestinian fighters were attacked by Israeli troops in Beit Lahia on Monday, the army "
    "said, and five were killed.",
])
def test_an_armed_party_attacked_is_a_clash(text):
    assert [s for s, *_ in _coded(text, published="2024-06-12")] == ["Armed clash"]


# -- what a place has been through -------------------------------------------------------
@pytest.mark.parametrize("text,got", [
    ("The Nuseirat camp has come under repeated Israeli shelling overnight, killing at least "
     "12 people, medics said.", [("Shelling/artillery/missile attack", 12)]),
    ("Khan Younis has seen repeated airstrikes since Monday morning, with 30 people killed, "
     "the health ministry said on Tuesday.", [("Air/drone strike", None)]),
])
def test_repeated_attacks_on_days_told_are_the_attacks(text, got):
    assert [(s, n) for s, _, n, _, _ in _coded(text, published="2024-06-12")] == got


# -- what falls from the air -------------------------------------------------------------
@pytest.mark.parametrize("text,n", [
    ("An explosive package dropped from an Israeli drone hit a tent in Khan Younis on "
     "Tuesday, killing two, medics said.", 2),
    ("A box of explosives dropped from a quadcopter struck a group of men in Jabalia on "
     "Tuesday, killing three.", 3),
])
def test_what_a_drone_drops_is_a_strike(text, n):
    assert [(s, c) for s, _, c, _, _ in _coded(text, published="2024-06-12")] == [
        ("Air/drone strike", n)]


# -- "killing one" -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "An Israeli drone struck a car in Khan Younis on Tuesday, killing one, according to medics.",
    "An Israeli drone struck a car in Khan Younis on Tuesday, killing one, the Palestinian Red "
    "Crescent said.",
    "An Israeli drone struck a car in Khan Younis, killing one early on Tuesday.",
    "An Israeli drone struck a car in Khan Younis, killing one overnight, medics said.",
    "An Israeli drone struck a car in Khan Younis on Tuesday, killing one, witnesses told "
    "Reuters.",
])
def test_killing_one_before_its_source_or_time_counts_one(text):
    assert [n for _, _, n, _, _ in _coded(text, published="2024-06-12")] == [1]


# -- crossings and deliveries ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The newly reopened Kerem Shalom crossing received 50 trucks on Tuesday.",
    "Aid trucks waited at the recently closed Rafah crossing on Tuesday.",
])
def test_a_crossing_as_it_has_lately_become_is_no_opening_or_closure(text):
    assert "Crossing opened or closed" not in [s for s, *_ in _coded(text, published="2024-06-12")]


# -- what had been done time and again -----------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("Israeli tanks have been shelling the eastern parts of Khan Younis repeatedly since dawn, "
     "residents said.", "Khan Younis"),
    ("Israeli forces have been shelling areas east of Deir al-Balah repeatedly over the past "
     "two days.", "Deir al-Balah"),
])
def test_shelling_going_on_repeatedly_is_the_days_attack(text, place):
    assert [(s, p) for s, p, *_ in _coded(text, published="2024-06-12")] == [
        ("Shelling/artillery/missile attack", place)]


def test_a_toll_told_before_a_habit_of_another_verb_keeps_its_strike():
    got = _coded("At least 12 people have been killed in Israeli strikes on Nuseirat often "
                 "described as the heaviest in weeks.", published="2024-06-12")
    assert [(s, p) for s, p, *_ in got] == [("Air/drone strike", "Nuseirat")]


# -- where the attack told happened ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Eight soldiers were killed in southern Gaza on Tuesday after a Hamas ambush. Earlier this "
    "month, the soldiers were attacked in Khan Younis, the army said.",
    "Two soldiers were killed in fighting in northern Gaza on Tuesday, the army said. In "
    "January, the soldiers were attacked in Beit Hanoun as well.",
])
def test_soldiers_attacked_at_another_time_add_no_event(text):
    assert [p for _, p, *_ in _coded(text, published="2025-06-25")] == [
        "southern Gaza" if "southern" in text else "northern Gaza"]


def test_troops_ambushed_last_month_do_not_place_the_days_toll():
    got = _coded("Two soldiers were killed in fighting in northern Gaza on Tuesday, the army "
                 "said. The troops were ambushed in Beit Hanoun last month as well.",
                 published="2025-06-25")
    assert ("northern Gaza", 2) in [(p, n) for _, p, n, _, _ in got]


def test_the_first_of_two_strikes_does_not_place_the_toll():
    got = _coded("An Israeli airstrike killed 12 people in southern Gaza on Tuesday, medics "
                 "said. The first strike happened in Khan Younis and the second in Rafah.",
                 published="2025-06-25")
    assert ("southern Gaza", 12) in [(p, n) for _, p, n, _, _ in got]


# -- a bomb affixed to a vehicle ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Israeli troops attached explosive charges to residential buildings in Rafah on Tuesday "
    "and blew them up, residents said.",
    "Israeli soldiers stuck explosives on the walls of homes in Beit Hanoun on Tuesday before "
    "demolishing the block.",
    "Engineers attached explosives to the tunnel shaft in Khan Younis on Tuesday, the army said.",
])
def test_explosives_attached_to_buildings_are_no_explosive_device_attack(text):
    assert "Remote explosive/landmine/IED" not in [s for s, *_ in _coded(text, "2025-06-25")]


def test_a_bomb_affixed_to_a_vehicle_told_passively_is_an_explosive_device():
    got = _coded("Seven Israeli soldiers were killed in Khan Younis on Tuesday when a bomb "
                 "affixed to their armored vehicle exploded.", published="2025-06-25")
    assert [(s, p, n) for s, p, n, _, _ in got] == [
        ("Remote explosive/landmine/IED", "Khan Younis", 7)]
# -- an attack told for a region, referred back to -------------------------------------
@pytest.mark.parametrize("text,place", [
    ("An Israeli strike in southern Gaza killed 10 people on Tuesday, medics said. The bodies "
     "were taken to Nasser Hospital in Khan Younis. The strike hit a tent sheltering displaced "
     "families.", "southern Gaza"),
    ("An Israeli airstrike killed eight people in central Gaza on Tuesday, health officials "
     "said. The dead were brought to Al-Aqsa Martyrs Hospital in Deir al-Balah. Relatives said "
     "the strike hit a family home.", "central Gaza"),
    ("An Israeli strike in northern Gaza killed six people on Tuesday, medics said. The family "
     "had fled from Gaza City weeks ago. The strike destroyed their house.", "northern Gaza"),
])
def test_where_the_dead_were_taken_or_people_fled_is_no_site_of_the_attack(text, place):
    strikes = [e for e in parse(text, published="2024-06-12").events
               if e.sub_event_type == "Air/drone strike"]
    assert [(e.location, e.event_date) for e in strikes] == [(place, "2024-06-11")]


# -- ranks ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,n", [
    ("A lieutenant colonel and a major were killed in southern Gaza on Tuesday, the Israeli "
     "military said.", 2),
    ("A lieutenant colonel and a sergeant were killed in fighting in Khan Younis on Tuesday, "
     "the army said.", 2),
    ("A staff sergeant and a captain were killed in fighting in Khan Younis on Tuesday, the "
     "army said.", 2),
    ("The army said a captain was killed in Rafah on Tuesday.", 1),
])
def test_officers_killed_by_rank_are_soldiers_in_fighting(text, n):
    assert [(s, c) for s, _, c, _, _ in _coded(text, published="2024-06-12")] == [
        ("Armed clash", n)]


# -- a wire photo's credit after a sentence ------------------------------------------------
@pytest.mark.parametrize("text", [
    "An Israeli airstrike killed five people in a house in Rafah on Tuesday. REUTERS/Hatem "
    "Khaled\nMedics said the dead included two children.",
    "An Israeli airstrike on a house in Rafah killed five people on Tuesday, health officials "
    "said. AFP/Said Khatib\nThe army did not comment.",
    "GAZA, May 7 (Reuters) - An Israeli airstrike on a house in Rafah killed five people on "
    "Tuesday. REUTERS/Hatem Khaled\n",
])
def test_news_a_page_glued_a_wire_credit_to_is_still_news(text):
    assert [(s, p, c) for s, p, c, _, _ in _coded(text, published="2024-05-08")] == [
        ("Air/drone strike", "Rafah", 5)]


@pytest.mark.parametrize("credit", [
    "REUTERS/Mohammed Salem Purchase Licensing Rights",
    "REUTERS/Hatem Khaled/File Photo",
    "EPA-EFE/HAITHAM IMAD",
    "AFP via Getty Images",
    "(AP Photo/Hatem Ali)",
])
def test_a_dated_caption_before_its_wire_credit_tells_no_event(credit):
    text = ("Israeli tank fire killed two Hamas gunmen in Beit Lahiya on Tuesday.\n\n"
            "Palestinians inspect the site of an Israeli strike on a house in Rafah in the "
            f"southern Gaza Strip, May 7, 2024. {credit}\n\nThe two men were Hamas snipers, "
            "the group said.")
    assert [p for _, p, _, _, _ in _coded(text, published="2024-05-08")] == ["Beit Lahia"]


# -- long before ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("Israeli strikes pounded Rafah on Tuesday, medics said. A strike on a house in Tel "
     "al-Sultan, which residents had fled earlier this month, killed five people.",
     "Tel al-Sultan"),
    ("Israeli strikes pounded Rafah on Tuesday, medics said. One strike killed five people in "
     "a house that troops had raided earlier this month.", "Rafah"),
])
def test_earlier_this_month_in_another_clause_keeps_the_strikes_day(text, place):
    doc = parse(text, published="2024-06-12")
    assert [(e.location, e.event_date) for e in doc.events if e.fatalities == 5] == [
        (place, "2024-06-11")]


@pytest.mark.parametrize("when", ["four months ago", "a month ago", "months ago",
                                  "earlier in the month", "earlier this summer"])
def test_what_happened_months_back_has_no_day(when):
    doc = parse(f"The army said it killed three Hamas commanders in an airstrike in Jabalia "
                f"{when}.", published="2024-10-03")
    assert [(e.location, e.event_date) for e in doc.events] == [("Jabalia", None)]


# -- a bomb put on a vehicle -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The army said on Tuesday that soldiers defused a bomb planted under a military jeep in "
    "Khan Younis.",
    "The army said on Tuesday that soldiers found and dismantled explosives planted on an "
    "abandoned truck in Khan Younis.",
    "The army said troops placed charges on a damaged tank in Rafah on Tuesday and destroyed "
    "it so it would not fall into Hamas hands.",
    "Troops placed explosive charges under the abandoned vehicles in Rafah on Tuesday and blew "
    "them up, the army said.",
])
def test_a_bomb_put_on_a_vehicle_that_hurt_no_one_is_no_explosion(text):
    assert _coded(text, published="2024-06-12") == []


@pytest.mark.parametrize("verb", ["planted a bomb on", "planted explosives on",
                                  "placed an explosive device on"])
def test_a_militant_who_put_a_bomb_on_a_vehicle_is_who_attacked(verb):
    assert _coded(f"Seven Israeli soldiers were killed in Khan Younis on Tuesday when a "
                  f"Palestinian militant {verb} their armored vehicle.", "2025-06-25") == [
        ("Remote explosive/landmine/IED", "Khan Younis", 7, "Palestinian militants",
         "Israeli military")]


# -- often done, and done today ------------------------------------------------------------
@pytest.mark.parametrize("text,n", [
    ("Khan Younis has repeatedly been shelled over the past 24 hours, killing at least 12 "
     "people, the health ministry said.", 12),
    ("Residents of Beit Hanoun said their homes had repeatedly been shelled this week, killing "
     "four people.", 4),
    ("Since Monday, the eastern neighbourhoods of Gaza City have repeatedly been shelled by "
     "Israeli tanks, residents said.", None),
    ("Khan Younis has repeatedly been shelled in the past 24 hours, the health ministry said.",
     None),
])
def test_what_has_often_been_done_lately_is_the_days_news(text, n):
    assert [(s, c) for s, _, c, _, _ in _coded(text, published="2024-06-12")] == [
        ("Shelling/artillery/missile attack", n)]


# -- one killed on the spot ----------------------------------------------------------------
@pytest.mark.parametrize("text,n", [
    ("An Israeli drone struck a group of men in Beit Lahia on Tuesday, killing one on the spot "
     "and another on the way to hospital.", None),
    ("An Israeli airstrike hit a motorcycle in Rafah on Tuesday, killing one outright.", 1),
    ("An Israeli airstrike hit a motorcycle in Rafah on Tuesday, killing one immediately.", 1),
])
def test_one_killed_on_the_spot_counts_one_and_no_more(text, n):
    assert [c for _, _, c, _, _ in _coded(text, published="2024-06-12")] == [n]


# -- a claim's day, alone ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hamas claimed on Monday that it had ambushed an Israeli force in Rafah. The army said two "
    "soldiers were killed.",
    "Hamas's armed wing claimed Monday that its fighters ambushed Israeli troops in Rafah. Two "
    "soldiers were killed in the ambush, the army said.",
])
def test_a_claims_day_alone_dates_what_it_claimed(text):
    doc = parse(text, published="2024-06-12")
    assert [(e.location, e.fatalities, e.event_date) for e in doc.events] == [
        ("Rafah", 2, "2024-06-10")]


def test_a_day_confirmed_alone_is_carried_on():
    doc = parse("The army acknowledged on Sunday that a strike in Rafah had killed 45 people in "
                "a tent camp. Another strike hit a house in Nuseirat, killing five.",
                published="2024-05-30")
    assert [(e.location, e.event_date) for e in doc.events] == [
        ("Rafah", "2024-05-26"), ("Nuseirat", "2024-05-26")]


# -- a toll told after "and" -----------------------------------------------------------------
@pytest.mark.parametrize("text,coded", [
    ("Israeli forces opened fire near an aid distribution site in Rafah and at least 30 people "
     "were killed in the crowd in southern Gaza.",
     [("Attack", "Rafah", 30, "Israeli military", "Civilians (Palestine)")]),
    ("An Israeli strike targeted a car on the coastal road near Deir al-Balah and two people "
     "were killed in central Gaza, the civil defence said.",
     [("Air/drone strike", "Deir al-Balah", 2, "Israeli military", "Civilians (Palestine)")]),
    ("An Israeli drone fired a missile at a group of people in Beit Lahia and three men were "
     "killed in northern Gaza.",
     [("Air/drone strike", "Beit Lahia", 3, "Israeli military", "Civilians (Palestine)")]),
])
def test_a_toll_after_and_with_no_count_before_it_is_the_deeds(text, coded):
    assert _coded(text, published="2024-06-12") == coded


def test_children_killed_after_and_are_the_wounding_strikes_victims():
    (event,) = parse("An Israeli airstrike on a house in Rafah wounded 10 people and three "
                     "children were killed, medics said.", published="2024-06-12").events
    assert (event.location, event.injuries, event.actor2) == ("Rafah", 10,
                                                              "Civilians (Palestine)")


# -- another count after "and" -----------------------------------------------------------
@pytest.mark.parametrize("second,place,n", [
    ("another three people, including a child, were killed in Bureij", "Bureij", 3),
    ("another three young men were killed in Bureij", "Bureij", 3),
    ("another 12 Palestinians, among them two women, were killed in Bureij", "Bureij", 12),
    ("another 40 displaced people were killed in al-Mawasi", "al-Mawasi", 40),
])
def test_another_count_after_and_keeps_its_words_and_its_place(second, place, n):
    doc = parse(f"Six people were killed in Nuseirat and {second}.", published="2024-06-12")
    assert [(e.location, e.fatalities) for e in doc.events] == [("Nuseirat", 6), (place, n)]


# -- an army's words for the fighters it killed ------------------------------------------
@pytest.mark.parametrize("text", [
    "UNRWA said 30 staff positions were eliminated in Gaza City because of funding cuts.",
    "The army said it had eliminated 12 staff in Rafah.",
    "The troops eliminated two terrorist squads in Beit Hanoun on Tuesday.",
    "The army said it had eliminated 15 terrorist infrastructure sites in Khan Younis on "
    "Sunday.",
])
def test_eliminated_counts_only_the_fighters_it_names(text):
    assert [n for _, _, n, _, _ in _coded(text)] in ([], [None])


@pytest.mark.parametrize("text", [
    "Three World Central Kitchen operatives were killed in Deir al-Balah on Monday.",
    "Four humanitarian operatives were killed in Deir al-Balah on Monday, the aid group said.",
    "Seven UN operatives were killed in Gaza City on Tuesday.",
    "Two rescue operatives were killed in Jabalia on Tuesday.",
    "Five civil defence operatives were killed in Jabalia on Wednesday.",
])
def test_operatives_of_an_aid_group_are_no_battle_toll(text):
    assert [sub for sub, *_ in _coded(text)] == ["Air/drone strike"]


def test_an_aid_pallet_dropped_from_aircraft_is_no_airstrike():
    assert _coded("A parachute failed to open and an aid pallet dropped from the aircraft "
                  "killed five people in Gaza City on Friday.") == []


def test_a_dozen_killed_across_a_city_and_12_at_a_place_in_it_are_one_toll():
    got = _coded("Israeli strikes killed a dozen people across Gaza City on Monday, medics "
                 "said. An airstrike on a house in Shujaiya killed 12 people, including five "
                 "children.")
    assert [(place, n) for _, place, n, _, _ in got] == [("Shejaia", 12)]


# -- a list whose items say on which side of the Strip they lie ------------------------------
@pytest.mark.parametrize("text,places", [
    # a clause of its own after ", and", not a further item of the list
    ("On Monday, trucks entered through the Erez crossing in the north, and the army "
     "said it had struck Rafah.", ["Erez Crossing", "Rafah"]),
    ("On Monday, airstrikes hit Beit Lahia in the north, and in the south residents of "
     "Rafah said they heard explosions.", ["Beit Lahia"]),
])
def test_a_side_named_after_an_item_does_not_join_another_deed(text, places):
    assert [e.location for e in parse(text, published="2024-10-27").events] == places


# -- aid that entered or flowed into Gaza ------------------------------------------------
@pytest.mark.parametrize("text", [
    "The UN called for aid to enter Gaza through all crossings.",
    "No aid has entered Gaza through Kerem Shalom since 2 March.",
    "Aid has not entered Gaza for weeks.",
    "Israel must allow supplies to enter Gaza through the Rafah crossing.",
])
def test_aid_asked_for_or_denied_is_not_a_delivery(text):
    assert [e.sub_event_type for e in parse(text, published="2024-10-27").events
            if e.sub_event_type == "Aid delivery"] == []


# -- a city's name before "region" -------------------------------------------------------
@pytest.mark.parametrize("text,place_id", [
    ("Rockets were fired at Israel from the Gaza region.", "strip:gaza-strip"),
    ("Strikes hit the Gaza City region.", "city:gaza"),
    ("Strikes hit the Rafah area.", "city:rafah"),
])
def test_the_gaza_region_stays_the_strip_and_an_area_the_city(text, place_id):
    assert [m.place_id for m in parse(text, published="2024-10-27").mentions
            if m.place_id != "world-country:israel"] == [place_id]


def test_a_death_toll_with_a_verb_of_its_own_is_not_a_later_rise():
    # "prices rose to 40" is no toll of the strike named before it
    got = _dated("The death toll from the strike on a school in Jabalia is unclear, and "
                 "prices rose to 40 shekels.", "2024-10-29")
    assert all(n is None for _, _, n, _ in got)


@pytest.mark.parametrize("text", [
    # a toll of several strikes
    "Israeli strikes killed 30 people across the Gaza Strip on Monday. In Rafah, a house was "
    "hit by a missile.",
    # another attack, told apart
    "An Israeli strike killed five people in the Gaza Strip on Monday. Separately, Israeli "
    "tanks shelled homes in Khan Younis.",
    "An Israeli strike killed five people in the Gaza Strip on Monday. Another strike hit a "
    "house in Khan Younis.",
    # a vague toll, no count to carry
    "An Israeli strike killed dozens of people in the Gaza Strip on Monday. Residents of "
    "Rafah said the missile hit a family home.",
    # another day
    "An Israeli strike killed five people in the Gaza Strip on Monday. On Sunday, a missile "
    "hit a home in Rafah.",
    # the next item of a round-up, at a place of its own
    "An Israeli airstrike killed 12 people in Gaza on Monday, medics said. In Rafah, a drone "
    "struck a car, wounding two passersby.",
])
def test_a_wide_areas_toll_stays_there_unless_its_one_strike_is_placed_next(text):
    got = _dated(text, "2024-10-29")
    assert any(loc == "Gaza Strip" and n for _, loc, n, _ in got)


# -- a stretch of fighting as a time ----------------------------------------------------
@pytest.mark.parametrize("text,sub,place", [
    ("Israeli troops withdrew from Jabalia after three weeks of fighting.", "Armed clash",
     "Jabalia"),
    ("After two days of heavy fighting in Rafah on Monday, the army said it had killed 20 "
     "gunmen.", "Armed clash", "Rafah"),
    ("Following days of shelling, an Israeli airstrike hit a house in Khan Younis on Monday, "
     "killing five.", "Air/drone strike", "Khan Younis"),
])
def test_a_stretch_of_fighting_keeps_a_withdrawals_fighting_and_a_days_attack(text, sub, place):
    assert (sub, place) in [(e.sub_event_type, e.location)
                            for e in parse(text, published="2024-10-27").events]


# -- aid guarded -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Police secured 20 aid trucks that entered Rafah on Tuesday.",
    "Palestinian police were guarding aid trucks as they entered Rafah on Tuesday.",
    "UN staff escorted 20 aid trucks to Gaza City on Tuesday.",
])
def test_aid_guarded_on_a_day_of_its_own_is_a_delivery(text):
    assert [e.sub_event_type for e in parse(text, published="2024-10-27").events] == \
        ["Aid delivery"]


# -- since the war began -----------------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("Israeli warplanes struck Khan Younis, where hundreds have died since Israel started the "
     "war.", "Khan Younis"),
    ("An Israeli airstrike hit a house in Rafah on Tuesday, the deadliest since Israel "
     "launched its war on Gaza.", "Rafah"),
])
def test_an_attack_told_with_the_war_since_as_an_aside_stays(text, place):
    assert [e.location for e in parse(text, published="2024-10-27").events] == [place]


# -- a side of the Strip named after an item: the next item must say its side too ----------
@pytest.mark.parametrize("text,places", [
    ("On Monday, airstrikes hit Beit Lahia in the north, and Rafah residents said they fled.",
     ["Beit Lahia", "Rafah"]),
    ("On Monday, an Israeli airstrike killed five people in Jabalia in the north, and the "
     "Rafah crossing remained closed.", ["Jabalia"]),
    ("On Monday, airstrikes hit Beit Lahia in the north, and Khan Younis in the south was "
     "quiet.", ["Beit Lahia"]),
    ("On Monday, airstrikes hit Beit Lahia in the north, and in Rafah in the south, "
     "residents reported heavy gunfire.", ["Beit Lahia"]),
    ("On Monday, fighting raged in Jabalia in the north, and Rafah's hospitals ran out of "
     "fuel.", ["Jabalia"]),
    ("Israeli troops withdrew from Jabalia in the north, and Rafah residents returned to "
     "their homes.", ["Jabalia", "Rafah"]),
])
def test_a_clause_after_a_side_is_no_item_of_the_list(text, places):
    assert [e.location for e in parse(text, published="2024-10-27").events] == places


def test_a_clause_after_a_side_keeps_its_own_deed():
    got = _coded("On Monday, an Israeli airstrike killed five people in Jabalia in the north, "
                 "and Rafah was shelled by tanks.", "2024-10-27")
    assert [(sub, place) for sub, place, _, _, _ in got] == [
        ("Air/drone strike", "Jabalia"), ("Shelling/artillery/missile attack", "Rafah")]


# -- aid that entered Gaza: a lack, a rate, a time gone by, or no aid ---------------------
@pytest.mark.parametrize("text", [
    "Before the war, aid entered Gaza through Kerem Shalom at a rate of 500 trucks a day.",
    "On average, aid entered Gaza through Rafah at a rate of 90 trucks a day in January.",
    "Very little aid entered Gaza in April.",
    "None of the aid entered Gaza through Erez.",
    "Commercial goods entered Gaza through Kerem Shalom on Sunday.",
    "Cargo entered Gaza through Kerem Shalom on Sunday.",
    "Aid entered through Kerem Shalom before Israel closed the crossing on 2 March.",
    "Aid entered Gaza through Kerem Shalom until Israel closed it in March.",
    "Aid had entered Gaza through Rafah until the crossing was seized in May.",
    "Aid has entered Gaza only sporadically since the crossings closed.",
    "Aid entered Gaza last year through the Rafah crossing in far greater quantities.",
])
def test_aid_lacking_at_a_rate_or_long_ago_is_not_a_delivery(text):
    assert [e.sub_event_type for e in parse(text, published="2024-10-27").events
            if e.sub_event_type == "Aid delivery"] == []


# -- a city's name before "region": not the town across the border, not the Strip in a list --
@pytest.mark.parametrize("text,place_id", [
    ("Egyptian forces were deployed in the Rafah region of Egypt's Sinai.", "city:rafah"),
    ("Egyptian troops deployed in Egypt's Rafah region near the border.", "city:rafah"),
    ("Israeli forces raided homes in the Gaza and West Bank regions on Monday.",
     "strip:gaza-strip"),
])
def test_a_region_abroad_or_the_strips_is_no_governorate(text, place_id):
    assert [m.place_id for m in parse(text, published="2024-10-27").mentions
            if not m.place_id.startswith("world-")][0] == place_id


# -- a toll of days, a lead toll's next attack, fighting a capture ends, aid on its way in,
# -- an attack measured against the war ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "The death toll from Israeli strikes on Rafah during the past week has risen to 90.",
    "The death toll of Palestinians killed by Israeli fire in Rafah over the weekend has "
    "climbed to 40.",
    "The death toll from the Israeli siege of Jabalia camp has risen to 300.",
    "The death toll from the ongoing Israeli aggression on Khan Younis has risen to 150.",
    "The death toll from days of Israeli bombardment in Khan Younis has risen to 90.",
])
def test_a_toll_of_days_is_no_attacks_count(text):
    assert all(e.fatalities is None for e in parse(text, published="2024-10-29").events)


@pytest.mark.parametrize("text,place", [
    # another kind of attack
    ("An Israeli airstrike killed five people in the Gaza Strip on Monday, medics said. "
     "Israeli tanks shelled homes in Khan Younis, residents said.", "Khan Younis"),
    # a new strike its sentence opens with
    ("An Israeli strike killed eight people in the Gaza Strip on Monday. A drone strike in "
     "Beit Lahiya wounded four people.", "Beit Lahia"),
    # another hour of the day
    ("An Israeli airstrike killed four people in southern Gaza on Monday. Earlier, an "
     "Israeli strike hit a home in Khan Younis.", "Khan Younis"),
    ("An Israeli airstrike killed four people in the Gaza Strip on Monday. Later in the day, "
     "warplanes struck a house in Deir al-Balah.", "Deir al-Balah"),
])
def test_a_lead_toll_stays_off_another_attack_told_next(text, place):
    got = _dated(text, "2024-10-29")
    assert (place, None) in [(loc, n) for _, loc, n, _ in got]


@pytest.mark.parametrize("text,place", [
    ("After a week of fighting, Israeli troops captured the town of Beit Hanoun on Monday.",
     "Beit Hanoun"),
    ("After three days of heavy fighting in Jabalia, Israeli forces pulled back on Tuesday.",
     "Jabalia"),
    ("Following two days of clashes in Khan Younis, Israeli forces withdrew from the city.",
     "Khan Younis"),
])
def test_the_fighting_a_capture_or_withdrawal_ends_stays(text, place):
    assert ("Armed clash", place) in [(e.sub_event_type, e.location)
                                      for e in parse(text, published="2024-10-29").events]


@pytest.mark.parametrize("text", [
    "Palestinian police deployed on Sunday to secure aid trucks entering Gaza through the "
    "Kerem Shalom crossing.",
    "After weeks in which Israel would not allow aid trucks in, 30 aid trucks entered Gaza "
    "on Sunday.",
])
def test_aid_told_on_its_way_in_is_a_delivery(text):
    assert "Aid delivery" in [e.sub_event_type
                              for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text,place", [
    ("Israeli warplanes bombed Khan Younis overnight, the most intense raids since Israel "
     "launched the war.", "Khan Younis"),
    ("Airstrikes hit Deir al-Balah overnight for the first time since Israel launched its "
     "aggression on Gaza.", "Deir al-Balah"),
    ("Israeli forces raided the Nasser hospital in Khan Younis, the largest since the army "
     "started the war.", "Nasser Medical Complex"),
])
def test_an_attack_measured_against_the_war_stays(text, place):
    assert [e.location for e in parse(text, published="2024-10-29").events] == [place]


@pytest.mark.parametrize("text,sub,place", [
    ("The largest aid airdrop since the war began took place over northern Gaza on Monday.",
     "Aid delivery", "northern Gaza"),
    ("The biggest aid convoy since the start of the war entered northern Gaza.",
     "Aid delivery", "northern Gaza"),
    ("Monday saw the heaviest bombardment of Khan Younis since the start of the war.",
     "Air/drone strike", "Khan Younis"),
])
def test_one_act_measured_against_the_start_of_the_war_stays(text, sub, place):
    assert [(e.sub_event_type, e.location)
            for e in parse(text, published="2024-04-09").events] == [(sub, place)]


@pytest.mark.parametrize("text", [
    "More than 2,300 aid trucks have entered northern Gaza since the war began.",
    "Khan Younis has been bombarded since the start of the war.",
])
def test_a_count_or_a_state_since_the_start_of_the_war_is_none(text):
    assert parse(text, published="2024-04-09").events == ()


@pytest.mark.parametrize("text", [
    "An aid convoy entered Gaza on Monday. Separately, a convoy entered Gaza through the Rafah "
    "crossing.",
    "An aid convoy entered Gaza on Monday. Another convoy entered Gaza through the Rafah "
    "crossing.",
    "An aid convoy entered Gaza on Monday. Twenty trucks entered through the Rafah crossing on "
    "Tuesday.",
    "An aid convoy entered Gaza on Monday. The convoy was unloaded in Rafah and Khan Younis.",
    "An aid convoy entered Gaza on Monday. In March, the convoy had entered Gaza through the "
    "Rafah crossing.",
    "Israeli strikes killed 30 people across Gaza on Monday. The strike on a house in Nuseirat "
    "killed five.",
    "An Israeli strike hit a house in Gaza on Monday, killing four. Israeli tanks shelled Khan "
    "Younis.",
    "An aid convoy entered Gaza on Monday. The attack on a convoy in Rafah killed two.",
])
def test_a_happening_told_for_the_strip_keeps_it_when_the_next_is_another(text):
    # (another one, one of several, several places, another time, another kind)
    assert "Gaza Strip" in [e.location for e in parse(text, published="2024-10-27").events]


def test_a_toll_after_operations_told_at_a_place_stays_their_battle():
    # the operations make an event of their own at a named place: the toll that follows is
    # theirs
    events = parse("Israeli troops pressed their operations in Jabalia. On Monday twelve "
                   "people were killed in Jabalia.", published="2024-10-27").events
    assert ("Battles", 12) in [(e.event_type, e.fatalities) for e in events]


@pytest.mark.parametrize("text, place, n", [
    # Israel's own soldiers are no toll of its strike
    ("Israeli airstrikes hit a house in Khan Younis on Monday. Two soldiers were killed in the "
     "raid.", "Khan Younis", 2),
    # a raid told for the first time, by its forces
    ("Israeli strikes hit Khan Younis on Monday. The Israeli forces raided the hospital, "
     "killing four people.", "Khan Younis", 4),
    # a raid at another place than the strike's
    ("Israeli strikes hit Khan Younis on Monday. Five people were killed in the raid on Rafah.",
     "Rafah", 5),
    # a strong battle cue beside the weak one
    ("Israeli strikes hit Khan Younis on Monday. Five fighters were killed during the raid in "
     "clashes with troops.", "Khan Younis", 5),
])
def test_a_toll_of_a_raid_after_a_strike_stays_a_battle_where_it_may_be_one(text, place, n):
    events = parse(text, published="2024-10-27").events
    assert ("Battles", place, n) in [(e.event_type, e.location, e.fatalities) for e in events]


@pytest.mark.parametrize("second, day", [
    # a strike of that day at another place
    ("Residents in Rafah were still clearing rubble from Wednesday's strike.", "2024-07-04"),
    # a strike the lead's came after
    ("It came a day after Wednesday's strike on the city.", "2024-07-04"),
])
def test_a_days_strike_at_another_place_or_before_does_not_date_the_lead(second, day):
    text = ("An Israeli air strike slammed into a residential building in Khan Younis, killing "
            "at least seven people. " + second)
    events = parse(text, published="2024-07-04").events
    assert (7, day) in [(e.fatalities, e.event_date) for e in events]


def test_a_days_strike_does_not_date_a_lead_of_several_strikes():
    text = ("Israeli air strikes killed at least seven people in Khan Younis. Residents said "
            "Wednesday's strike destroyed the whole block.")
    events = parse(text, published="2024-07-04").events
    assert (7, "2024-07-04") in [(e.fatalities, e.event_date) for e in events]


@pytest.mark.parametrize("text", [
    # a witness telling of being told to leave: one family's flight
    "“We were told to leave our homes with nothing but the clothes on our backs,” said a "
    "resident of Beit Lahia.",
    # a call to a government, not to the people to leave
    "The UN called on Israel to let aid convoys reach residents of Jabalia and Beit Lahia.",
    "Hamas called on residents of Gaza City to stay in their homes and not to leave.",
    # a call to carry the wounded, or to keep clear of damaged buildings
    "The ministry called on residents of Jabalia, Beit Lahia and Beit Hanoun to move their "
    "wounded to Kamal Adwan Hospital.",
    "The civil defence called on families in Rafah, Khan Younis and Deir al-Balah to move away "
    "from buildings damaged by strikes.",
    # told to leave long before, in a witness's words again, or one man's or a staff's affair
    "In October they had been told to leave Jabalia and Beit Lahia, and many went to Gaza City.",
    "Displaced people in Khan Younis said they were told to leave Rafah weeks ago.",
    "He was told to leave his job in Gaza City after the war began.",
    "The UN said its staff were told to leave Rafah on Monday.",
])
def test_no_order_to_leave_is_coded_from_these(text):
    assert "Evacuation order" not in [s for s, *_ in _coded(text, "2024-06-12")]


def test_where_those_called_on_are_sent_is_not_an_order_area():
    got = _coded("The army called on residents of Jabalia and Beit Lahia to move to al-Mawasi "
                 "in Khan Younis.", "2024-06-12")
    assert [loc for s, loc, *_ in got if s == "Evacuation order"] == ["Jabalia", "Beit Lahia"]


def test_a_list_whose_last_item_is_no_place_of_the_clause_is_left_alone():
    got = _coded("Tanks shelled Jabalia and Beit Lahia, and residents of Nuseirat were told to "
                 "evacuate.", "2024-06-12")
    assert [loc for s, loc, *_ in got if s == "Evacuation order"] == ["Nuseirat"]


@pytest.mark.parametrize("text,places", [
    # areas outside the order's region, people who came from a list, and blocks of a map
    ("The army ordered residents of Khan Younis governorate to leave on Monday. The areas "
     "include Beit Lahia and Jabalia.", ["Khan Younis Governorate"]),
    ("The army ordered residents of northern Gaza to move south on Monday. These include "
     "displaced families from Beit Lahia and Jabalia.", ["northern Gaza"]),
    ("The army issued an evacuation order for eastern Khan Younis on Monday, published with a "
     "map. The areas include blocks 41 and 42 of Bani Suheila.", ["Khan Younis"]),
    ("Israel ordered residents of southern Gaza to leave on Monday. Those were Rafah residents "
     "who had fled before.", ["southern Gaza"]),
])
def test_what_the_next_sentence_lists_is_no_order_area_unless_it_lists_the_areas(text, places):
    assert [loc for s, loc, *_ in _coded(text, "2024-10-22") if s == "Evacuation order"] == \
        places


def test_areas_a_strike_sentence_is_followed_by_are_no_order():
    got = _coded("Strikes hit northern Gaza on Monday. The areas include Beit Lahia and "
                 "Jabalia.", "2024-10-22")
    assert [loc for _, loc, *_ in got] == ["northern Gaza"]


@pytest.mark.parametrize("text,places", [
    # where those told to leave had come from is not where the order applies
    ("Displaced families from Jabalia, Beit Lahia, and Shejaia were told to leave the school "
     "in Deir al-Balah.", ["Deir al-Balah"]),
    ("Evacuees from northern Gaza sheltering in Rafah were ordered to leave on Monday.",
     ["Rafah"]),
    # (but "move from" names the area left)
    ("The army ordered residents to move from Beit Lahia to Gaza City.", ["Beit Lahia"]),
    ("The army ordered displaced people in Rafah to leave.", ["Rafah"]),
    ("Israel ordered residents of Jabalia camp, who had returned from Rafah in January, to "
     "leave.", ["Jabalia Camp"]),
    # (those the order is for are where it applies)
    ("The army ordered residents of Jabalia, who had returned from the south, to leave.",
     ["Jabalia"]),
])
def test_where_those_ordered_out_came_from_is_no_order_area(text, places):
    assert [loc for s, loc, *_ in _coded(text, "2024-10-22") if s == "Evacuation order"] == \
        places


@pytest.mark.parametrize("text", [
    # attacks in general, told after the one
    "An Israeli airstrike killed five people in Gaza on Monday. Israel says it targets Hamas "
    "militants. The attacks in Rafah have drawn criticism.",
    # what the happening came amid or after, or is likened to
    "An Israeli airstrike killed five people in Gaza on Monday. The strike came as Israeli troops "
    "pressed their offensive in Rafah.",
    "An Israeli airstrike killed five people in Gaza on Monday. The strike came hours after a "
    "rocket was fired from Beit Hanoun.",
    "An Israeli airstrike killed five people in Gaza on Monday. The strike follows an attack on a "
    "school in Nuseirat that killed 30.",
    "An aid convoy entered Gaza on Monday. The convoy was similar to one that reached Khan "
    "Younis.",
    # a place told of someone, a destination, or how far it was heard
    "An Israeli airstrike killed five people in Gaza on Monday. The attack drew condemnation from "
    "the mayor of Rafah.",
    "An aid convoy entered Gaza on Monday. The convoy was bound for Gaza City, where famine "
    "looms.",
    "An Israeli airstrike killed five people in Gaza on Monday. Eyewitnesses said the strike was "
    "heard as far as Khan Younis.",
    "An Israeli airstrike killed five people in Gaza on Monday. The strike was heard across Deir "
    "al-Balah.",
    # another kind of attack, or one of another day
    "An Israeli airstrike killed five people in Gaza on Monday. The shelling of Khan Younis "
    "continued for a third day.",
    "An Israeli airstrike killed five people in Gaza on Monday. The raid on the Kamal Adwan "
    "hospital in Beit Lahia continued.",
    "An Israeli airstrike killed five people in Gaza on Monday. The attack on the Nasser hospital "
    "in Khan Younis on Sunday killed three.",
])
def test_a_strike_told_for_the_strip_keeps_it_when_the_next_tells_of_other_things(text):
    assert "Gaza Strip" in [e.location for e in parse(text, published="2024-07-04").events]


@pytest.mark.parametrize("text, n", [
    # a raid with a target of its own
    ("Israeli airstrikes hit Khan Younis on Monday. Thirteen people were killed in the raid on "
     "the hospital.", 13),
    # a raid told in the sentence just before the toll
    ("An Israeli airstrike hit a house in Rafah on Monday. Israeli commandos then raided a nearby "
     "building. Three gunmen were killed in the raid.", 3),
    ("An Israeli airstrike hit a house in Rafah on Monday. Troops stormed a school. Three gunmen "
     "were killed during the raid, the army said.", 3),
])
def test_a_toll_of_another_raid_after_a_strike_stays_a_battle(text, n):
    events = parse(text, published="2024-10-27").events
    assert ("Battles", n) in [(e.event_type, e.fatalities) for e in events]


@pytest.mark.parametrize("second", [
    # a strike of that day with a toll or a target of its own
    "Wednesday's strike killed 20 people, medics said.",
    "Residents were still mourning the victims of Wednesday's strike on a school.",
    # one the lead's is set against, or beside
    "Unlike Wednesday's strike, no warning was given.",
    "The building was next to the site of Wednesday's strike.",
])
def test_a_days_other_strike_does_not_date_the_lead(second):
    text = ("An Israeli air strike slammed into a residential building in Khan Younis, killing "
            "at least seven people. " + second)
    events = parse(text, published="2024-07-04").events
    assert (7, "2024-07-04") in [(e.fatalities, e.event_date) for e in events]


@pytest.mark.parametrize("text,sub,places", [
    # the first names of the list are what another clause's verb governs
    ("Israeli tanks advanced into Jabalia and Beit Lahia, and Nuseirat was bombed overnight, "
     "killing five people.", "Air/drone strike", [("Nuseirat", 5)]),
    ("Troops stormed Shejaia and Zeitoun, and Rafah residents were told to leave on Monday.",
     "Evacuation order", [("Rafah", None)]),
])
def test_a_list_another_verb_governs_is_not_the_next_clauses(text, sub, places):
    assert [(loc, n) for s, loc, n, *_ in _coded(text, "2024-10-22") if s == sub] == places


def test_a_region_before_a_city_it_names_is_not_the_city_told_before():
    # "the southern Gaza city of Khan Younis" names its own city; "the southern Gaza
    # Strip" alone describes no site
    text = ("Four soldiers were killed in Rafah on Monday. An airstrike hit a house in the "
            "southern Gaza city of Khan Younis, killing three.")
    assert [loc for _, loc, *_ in _coded(text)][-1] == "Khan Younis"
    text = ("Troops were in Rafah on Monday. An airstrike hit a house in the southern Gaza "
            "Strip, killing three.")
    assert [loc for _, loc, *_ in _coded(text)] == ["southern Gaza"]
    # a city named before that the region does not hold is not the one described
    text = ("Four soldiers were killed in Jabalia on Monday. An explosive device went off in "
            "the southern Gaza Strip city.")
    assert [loc for _, loc, *_ in _coded(text)][-1] == "southern Gaza"


@pytest.mark.parametrize("text,place", [
    # an apposition that calls it a city, or a place set in a governorate, is no governorate
    ("Israeli strikes hit Rafah, the southernmost city, killing 12.", "Rafah"),
    ("Israeli strikes hit Nuseirat, a camp in the Deir al-Balah governorate, killing 12.",
     "Nuseirat Camp"),
])
def test_only_a_city_called_a_governorate_is_one(text, place):
    assert [loc for _, loc, *_ in _coded(text)] == [place]


@pytest.mark.parametrize("text", [
    "Heavy Israeli bombardment from air, land, and sea continued across Khan Younis.",
    "Israel carried out air, sea and ground strikes on Rafah on Monday.",
    "Israeli warplanes carried out air attacks on Rafah on Monday.",
])
def test_strikes_from_air_land_and_sea_are_no_battle(text):
    assert "Armed clash" not in [sub for sub, *_ in _coded(text)]


@pytest.mark.parametrize("text", [
    "Since the start of the ground offensive, 40 soldiers were killed in Gaza.",
    "The death toll since the start of the war on 7 October has risen to 40,000 in Gaza.",
    "Since the start of the ground operation in Gaza, many homes were destroyed.",
])
def test_a_campaign_named_as_a_time_with_no_day_of_its_own_is_no_battle(text):
    assert "Armed clash" not in [sub for sub, *_ in _coded(text)]


@pytest.mark.parametrize("text", [
    "Amid ongoing hostilities in Gaza, the Israeli military continues to issue displacement "
    "orders.",
    "This call for evacuation follows an escalation in Israeli airstrikes and ground "
    "operations in Gaza.",
    "Aid workers left amid the ongoing offensive to capture Gaza City.",
    "The UN is alarmed by ongoing battles in Khan Younis.",
])
def test_fighting_as_a_backdrop_trend_or_concern_is_no_battle(text):
    assert "Battles" not in [kind for kind, *_ in _coded(text)]


# -- a day after "said" ----------------------------------------------------------------
def test_the_day_of_a_telling_is_still_not_carried_on():
    # ("officials say Sunday was the deadliest day" is told of; "said Thursday that" is not)
    doc = parse("Medics said Thursday that the hospital in Rafah had run out of fuel. Five "
                "people were killed in Khan Younis, officials said.", published="2024-10-27")
    assert [(e.location, e.event_date) for e in doc.events] == [("Khan Younis", "2024-10-27")]


# -- a day that opens a later sentence -------------------------------------------------
@pytest.mark.parametrize("second,expected", [
    # another place, a toll of its own, a day of the telling: another strike, or no day of it
    ("On Saturday night, an air strike hit a house in Khan Younis.",
     [("Rafah", 15, "2024-10-27"), ("Khan Younis", None, "2024-10-26")]),
    ("On Saturday night, an air strike killed three people in Rafah.",
     [("Rafah", 15, "2024-10-27"), ("Rafah", 3, "2024-10-26")]),
    ("On Saturday, the army said it had carried out a strike on a Hamas cell in Rafah.",
     [("Rafah", 15, "2024-10-27"), ("Rafah", None, "2024-10-26")]),
])
def test_a_day_opening_a_later_sentence_dates_only_the_same_strike(second, expected):
    doc = parse("An air strike in Rafah killed 15 people, medics said. " + second,
                published="2024-10-27")
    assert [(e.location, e.fatalities, e.event_date) for e in doc.events] == expected


def test_a_lead_with_a_day_of_its_own_keeps_it():
    doc = parse("An air strike in Rafah killed 15 people on Sunday, medics said. On Saturday "
                "night, an air strike hit a house in Rafah.", published="2024-10-28")
    assert [(e.fatalities, e.event_date) for e in doc.events] == [
        (15, "2024-10-27"), (None, "2024-10-26")]


def test_the_day_of_a_telling_that_dated_no_attack_is_not_carried_on():
    doc = parse("The army said Friday that the crossing would stay closed. Five people were "
                "killed in an air strike in Khan Younis, medics said.", published="2024-10-27")
    assert [(e.location, e.event_date) for e in doc.events
            if e.location == "Khan Younis"] == [("Khan Younis", "2024-10-27")]


# -- a day recalled from long before the news ------------------------------------------
@pytest.mark.parametrize("third,day", [
    # what is counted from the recalled day, or told of it again, is still of that day
    ("Fighting continued in the eastern neighbourhoods the next day.", "2025-03-19"),
    ("The strike hit a crowded market in the city.", "2025-03-18"),
])
def test_a_recalled_day_still_dates_what_is_told_of_it(third, day):
    text = ("Israeli strikes killed 10 people in Rafah on Thursday. On March 18, an Israeli "
            "air strike killed 40 people in Khan Younis. " + third)
    doc = parse(text, published="2025-05-01")
    assert {e.event_date for e in doc.events if e.location == "Khan Younis"} >= {day}
    assert all(e.event_date in ("2025-03-18", "2025-03-19") for e in doc.events
               if e.location == "Khan Younis")


# -- a day after "said" in a clause, a telling's day, a recalled day ---------------------
def test_a_day_after_said_in_a_relative_clause_is_the_tellings():
    doc = parse("The fuel shortage, which the ministry said Sunday was caused by the closure of "
                "the crossings, shut the hospital in Rafah. Five people were killed in an air "
                "strike in Khan Younis, medics said.", published="2023-10-17")
    assert [e.event_date for e in doc.events if e.location == "Khan Younis"] == ["2023-10-17"]


@pytest.mark.parametrize("second", [
    # another strike, by its words, its own wounded or another target
    "On Saturday, a separate strike hit a house in Rafah.",
    "On Saturday, a second air strike hit a house in Rafah.",
    "On Saturday, an Israeli air strike also hit a house in Rafah.",
    "On Saturday, an air strike wounded three people in Rafah.",
    "On Saturday, an air strike hit a mosque in Rafah.",
])
def test_a_day_opening_a_sentence_on_another_strike_leaves_the_lead_alone(second):
    doc = parse("An Israeli air strike on a house in Rafah has killed 15 people, medics said. " +
                second, published="2024-10-27")
    assert [(e.fatalities, e.event_date) for e in doc.events if e.fatalities] == [
        (15, "2024-10-27")]


@pytest.mark.parametrize("first", [
    "Israeli strikes have killed 9,000 people since October 7, the health ministry said Friday.",
    "Israel's bombardment has killed more than 9,000 Palestinians, the ministry said Friday.",
    "The ministry said Friday that Israeli strikes had killed 9,000 people since the war began.",
])
def test_the_day_a_war_toll_was_told_is_not_carried_on(first):
    doc = parse(first + " Three people were killed in an air strike in Khan Younis, medics said.",
                published="2023-11-04")
    assert [e.event_date for e in doc.events if e.location == "Khan Younis"] == ["2023-11-04"]


@pytest.mark.parametrize("text,place,day", [
    # the recalled day dated an attack of its own: what follows is of that day
    ("The civil defence said Thursday that strikes killed 24 people. On March 18, Israeli "
     "strikes killed more than 400 people across Gaza. Ten people were killed in a single "
     "strike in Rafah.", "Rafah", "2025-03-18"),
    # "7 October" with no year is the day the war began, not a day recalled
    ("Israeli strikes killed 10 people in Rafah on Thursday, medics said. On 7 October, Hamas "
     "militants attacked Israel. Four people were killed in Khan Younis.", "Khan Younis",
     "2024-10-07"),
])
def test_a_day_long_before_the_news_that_dated_an_attack_still_dates_what_follows(text, place,
                                                                                     day):
    doc = parse(text, published="2025-05-01")
    assert [e.event_date for e in doc.events if e.location == place] == [day]


    assert "Armed clash" not in [sub for sub, *_ in _coded(text)]


@pytest.mark.parametrize("text,battles", [
    ("Israeli forces carried out ground and air attacks on Khan Younis and bombed homes in "
     "Rafah and Deir el-Balah on Monday.", ["Khan Younis"]),
    ("Israeli forces pressed ground and air attacks in Beit Lahia on Monday as warplanes "
     "struck homes in Gaza City and Nuseirat.", ["Beit Lahia"]),
])
def test_a_battle_told_with_a_strike_stays_at_its_own_places(text, battles):
    got = _coded(text, "2024-06-30")
    assert [loc for sub, loc, *_ in got if sub == "Armed clash"] == battles
    assert len([sub for sub, *_ in got if sub == "Air/drone strike"]) == 3


@pytest.mark.parametrize("text", [
    "The military said forces are operating in accordance with international law in Rafah.",
    "Israeli forces were operating at the Kerem Shalom crossing, where aid trucks waited on "
    "Monday.",
    "Forces operated at the Netzarim checkpoint to inspect returning residents on Monday.",
])
def test_forces_operating_by_the_law_or_at_a_gate_are_no_battle(text):
    assert "Armed clash" not in [sub for sub, *_ in _coded(text, "2024-06-30")]


@pytest.mark.parametrize("text,place", [
    ("Israeli strikes hit Khan Younis, the largest governorate's main city, killing 12.",
     "Khan Younis"),
    ("Israeli strikes hit Rafah, the capital of the governorate, killing 12.", "Rafah"),
    ("Israeli strikes hit Khan Younis, the governorate seat, killing 12.", "Khan Younis"),
])
def test_a_city_told_apart_from_its_governorate_is_the_city(text, place):
    assert [loc for _, loc, *_ in _coded(text)] == [place]


@pytest.mark.parametrize("text", [
    # two cities the region holds: which one the words do not say
    "Israeli strikes hit Rafah and Khan Younis on Monday. An explosive device killed two "
    "soldiers in the southern Gaza Strip city.",
    # the report turns to another event
    "An airstrike killed five in Rafah on Monday. Aid officials said conditions were dire."
    "\n\nIn another development, a blast killed two soldiers in the southern Gaza Strip city.",
    "Four soldiers were killed in Rafah on Monday.\n\nSeparately, an explosive device went "
    "off in the southern Gaza Strip city, killing two.",
])
def test_a_region_describing_a_city_is_no_city_it_cannot_tell(text):
    assert [loc for _, loc, *_ in _coded(text, "2024-06-30")][-1] == "southern Gaza"


@pytest.mark.parametrize("text", [
    # what else the sentence tells is a tally since the campaign began
    "Since the start of the Israeli military operations in Gaza on 7 October, 90 per cent of "
    "the population has been displaced.",
    # a campaign named by its day alone: the sentence's places are the tally's
    "Since the start of the ground invasion on 27 October, Israeli troops have destroyed "
    "thousands of homes in Gaza City.",
    "Since the start of the renewed Israeli offensive on 18 March, 1,500 people have been "
    "killed in Gaza.",
])
def test_a_tally_since_a_campaign_began_is_no_event(text):
    assert _coded(text, "2025-06-30") == []


def test_a_campaign_begun_on_a_day_is_where_its_own_words_say():
    got = _coded("Since the beginning of the Israeli military operation in Beit Lahia on "
                 "October 5, hundreds have been killed in Jabalia.", "2024-06-30")
    assert [loc for _, loc, *_ in got] == ["Beit Lahia"]


@pytest.mark.parametrize("text", [
    "\"We cannot deliver aid amid continuing battles in Khan Younis,\" the UNRWA chief told "
    "reporters in Geneva on Monday.",
    "The Secretary-General expressed grave concern for civilians amid ongoing battles in "
    "Rafah, his spokesman said on Monday.",
    "Hospitals in Gaza City closed amid continuing clashes across the Strip, the WHO said.",
    "Talks in Cairo stalled on Monday amid continuing battles in Gaza.",
])
def test_fighting_voiced_or_across_the_whole_strip_is_a_backdrop(text):
    assert "Armed clash" not in [sub for sub, *_ in _coded(text, "2024-06-30")]


# -- a hospital's town ----------------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    # a hospital struck or stormed in its town: the attack is there
    ("An Israeli strike hit a hospital in the town of Beit Lahia, killing four people.",
     "Beit Lahia"),
    ("Israeli troops stormed the Kamal Adwan Hospital in the town of Beit Lahia on Friday.",
     "Kamal Adwan Hospital"),
    # where the wounded were taken is set aside, where they were hit is not
    ("The wounded were taken to a hospital in Khan Younis after an air strike on a house in "
     "Rafah.", "Rafah"),
])
def test_a_hospitals_town_set_aside_only_where_the_hospital_receives(text, place):
    assert place in {loc for _, loc, *_ in _coded(text)}


@pytest.mark.parametrize("text", [
    # their own protest, and a flight from homes: no force used on them told
    "Protesters stripped naked in a march in Gaza City on Monday.",
    "About 5,500 people were forcibly displaced from their homes in Beit Lahiya on Monday.",
])
def test_stripped_or_displaced_with_no_one_forcing_them_is_no_attack(text):
    assert "Attack" not in [s for s, *_ in _coded(text)]


@pytest.mark.parametrize("text", [
    # gunmen killed too, fighting told, or no one named as unarmed: a raid's battle
    "Israeli forces raided a camp in Rafah on Monday, killing two children and three gunmen.",
    "Israeli forces raided Nuseirat on Monday, killing two medics, amid clashes with Hamas "
    "fighters.",
    "Nineteen Palestinians were killed in the raid on Beit Hanoun, including six children.",
])
def test_a_raid_that_kills_where_fighters_are_told_stays_a_battle(text):
    assert [s for s, *_ in _coded(text, "2024-10-27")] == ["Armed clash"]


def test_buildings_that_exploded_are_no_bomb_planted():
    assert "Remote explosive/landmine/IED" not in [s for s, *_ in _coded(
        "Two soldiers were killed when two nearby buildings exploded and collapsed in "
        "Maghazi.", "2024-01-23")]


# -- a stance taken on the war's course ----------------------------------------------
@pytest.mark.parametrize("text,sub,place", [
    # going on there
    ("The ministry stresses that shelling of Khan Younis is ongoing.",
     "Shelling/artillery/missile attack", "Khan Younis"),
    ("OCHA warns that Israeli bombardment of Beit Lahia has intensified.", "Air/drone strike",
     "Beit Lahia"),
    ("The ministry warns that Israeli airstrikes on Gaza City's Zeitoun neighbourhood are "
     "killing entire families.", "Air/drone strike", "Zeitoun"),
    # what the attack did, told
    ("OCHA warns that airstrikes on Deir al-Balah have killed dozens of displaced people.",
     "Air/drone strike", "Deir al-Balah"),
    ("The ministry emphasised that the strike on the Nuseirat school killed women and "
     "children.", "Air/drone strike", "Nuseirat"),
    ("Israeli airstrikes hit homes across Rafah, stressed the civil defence spokesman.",
     "Air/drone strike", "Rafah"),
    ("UNICEF reiterated that children killed in the strike on al-Mawasi were among the dead.",
     "Air/drone strike", "al-Mawasi"),
])
def test_an_attack_told_within_a_warning_is_still_told(text, sub, place):
    assert (sub, place) in [(s, loc) for s, loc, *_ in _coded(text)]


# -- a hospital's staff hit or seized --------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("An Israeli airstrike killed the director of Nasser Hospital in Khan Younis on Saturday.",
     "Khan Younis"),
    ("The director of the Indonesian Hospital in Beit Lahia was killed in an Israeli strike on "
     "Saturday.", "Beit Lahia"),
    ("The director of al-Awda Hospital in Jabalia was killed when an Israeli strike hit his "
     "home on Saturday.", "Jabalia"),
    ("The director of Kamal Adwan Hospital in Beit Lahia, Hussam Abu Safiya, was arrested by "
     "Israeli forces on Saturday.", "Beit Lahia"),
    ("Israeli forces arrested the head of Al-Shifa Hospital in Gaza City on Saturday.",
     "Gaza City"),
])
def test_a_hospitals_town_stays_where_its_staff_are_the_victims(text, place):
    assert [loc for _, loc, *_ in _coded(text)] == [place]


# -- the rest of a wide toll ------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # no word ties the later count to the toll: it may be over and above it
    ("Israeli strikes across the Gaza Strip killed at least 40 people on Tuesday. Nine people "
     "were killed in a strike on a house in Deir al-Balah.",
     [("Gaza Strip", 40), ("Deir al-Balah", 9)]),
    # "additional", "another five": dead over and above the toll
    ("Israeli strikes across the Gaza Strip killed at least 40 people on Tuesday. One of those "
     "strikes killed nine people in a house in Deir al-Balah. Later, an airstrike killed five "
     "additional people in Rafah.", [("Gaza Strip", 31), ("Deir al-Balah", 9), ("Rafah", 5)]),
    ("Israeli strikes across the Gaza Strip killed at least 40 people on Tuesday. One of those "
     "strikes killed nine people in a house in Deir al-Balah. Another five people were killed "
     "in Rafah.", [("Gaza Strip", 31), ("Deir al-Balah", 9), ("Rafah", 5)]),
    # a toll of "other" dead leaves out the strike told before it
    ("An airstrike in Rafah on Tuesday killed nine people. Thirty other people were killed in "
     "separate strikes across the Gaza Strip.", [("Rafah", 9), ("Gaza Strip", 30)]),
])
def test_a_wide_toll_keeps_parts_not_tied_to_it(text, expected):
    assert [(e.location, e.fatalities)
            for e in parse(text, published="2024-07-10").events] == expected


@pytest.mark.parametrize("text", [
    # a flight from orders or fighting, an evacuation forced by no one, things stripped
    "About 300 people were forcibly displaced from shelters in Rafah after evacuation orders "
    "on Monday.",
    "Thousands were forcibly displaced from schools in Khan Younis following the evacuation "
    "order.",
    "The power cut forced patient and staff evacuation from the hospital in Rafah on Monday.",
    "Heavy rain forced staff evacuation from the wards in Deir al-Balah on Monday.",
    "The WHO led a forced evacuation of patients from Nasser Hospital in Khan Younis on Monday.",
    "Gangs stripped aid trucks naked in Rafah on Monday.",
    "The hospital was stripped naked of equipment in Gaza City on Monday.",
])
def test_a_flight_an_evacuation_or_things_stripped_is_no_attack(text):
    assert "Attack" not in [s for s, *_ in _coded(text)]


@pytest.mark.parametrize("text", [
    # armed men named by their group, or a crowd's stampede: no raid on the unarmed
    "Israeli forces raided Nuseirat on Monday, killing two children and three Hamas members.",
    "Israeli forces raided Beit Hanoun on Monday, killing three children; Hamas said its "
    "Qassam Brigades fought the troops.",
    "A crowd stormed an aid warehouse in Deir al-Balah on Monday, killing two children in the "
    "crush.",
    "Hungry crowds stormed aid trucks in Rafah, and four children were killed in the stampede.",
])
def test_a_raid_on_armed_men_or_a_crowd_storming_is_no_attack_on_civilians(text):
    assert "Attack" not in [s for s, *_ in _coded(text)]


@pytest.mark.parametrize("text", [
    # a charge that is no bomb, a household device, or the army's demolition charges
    "A battery charge went off in Rafah, setting a tent on fire on Monday.",
    "A phone device exploded in a shop in Gaza City on Monday.",
    "A heating device exploded in a tent in Deir al-Balah on Monday, killing a woman.",
    "Shelling sent charges flying and several mortar charges went off in Jabalia.",
    "Explosives went off as troops demolished houses in Rafah on Monday.",
    "Israeli troops blew up houses in Rafah; the explosives went off one after another, "
    "residents said.",
    "The charges went off as the army blew up a residential block in Jabalia on Monday.",
])
def test_a_charge_or_device_that_is_no_planted_bomb_is_no_ied(text):
    assert "Remote explosive/landmine/IED" not in [s for s, *_ in _coded(text)]


# -- patients taken out by a mission ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "WHO is planning a mission to Kamal Adwan to evacuate 20 patients.",
    "WHO hopes to send a mission to evacuate patients from Al Awda Hospital.",
    "The hospital's director called for the evacuation of patients from Kamal Adwan.",
    "A mission to deliver fuel to the hospital reached Beit Lahia; staff hope to evacuate "
    "patients later.",
    "A mission to evacuate 14 patients from Kamal Adwan Hospital was denied.",
    "A mission to evacuate 14 patients from Kamal Adwan Hospital was impeded at a checkpoint.",
    "A mission to evacuate 14 patients from Kamal Adwan Hospital was postponed.",
    "WHO requested a mission to evacuate 14 patients from Kamal Adwan Hospital.",
    "WHO is preparing a mission to evacuate 20 patients from Kamal Adwan Hospital.",
    "Another mission to evacuate patients from Kamal Adwan Hospital will take place next week.",
    "A mission to evacuate patients from Kamal Adwan Hospital could not proceed.",
])
def test_a_mission_planned_or_a_call_to_evacuate_patients_is_no_displacement(text):
    assert "Displacement" not in [sub for sub, *_ in _coded(text)]


# -- aid missions and teams sent -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Israeli troops were deployed to Rafah on Monday.",
    "WHO plans to deploy an emergency medical team to Nasser Hospital.",
    "The security council completed two missions to the region last year.",
])
def test_troops_deployed_or_a_team_planned_is_no_aid(text):
    assert "Aid delivery" not in [sub for sub, *_ in _coded(text)]


@pytest.mark.parametrize("text", [
    # a number of the toll's sentence that counts no dead
    "Israeli strikes across the Gaza Strip killed at least 23 people and wounded 7 others on "
    "Sunday. Seven people were killed in a strike on a house in Rafah.",
    "Israeli strikes across the Gaza Strip killed at least 23 people and injured seven others on "
    "Sunday. Seven people were killed in a strike on a house in Rafah.",
    "Israeli strikes across the Gaza Strip killed at least 23 people on Sunday, including a "
    "7-year-old girl. Seven people were killed in a strike on a house in Rafah.",
    "Israeli strikes across the Gaza Strip killed at least 23 people on Sunday, bringing the death "
    "toll since October 7 to 38,000. Seven people were killed in a strike on a house in Rafah.",
    "Israeli strikes on two houses and a school across the Gaza Strip killed at least 23 people on "
    "Sunday. Two people were killed in a strike on a tent in Rafah.",
    # (told bare: given by a source, the day's toll is the whole of the day's dead, the five
    # in Rafah a part of it; see test_a_day_toll_is_the_days_whole_where_a_source_gives_it)
    "Israeli strikes across the Gaza Strip killed at least 23 people on Sunday, in 5 strikes "
    "on homes. Five people were killed in a strike in Rafah.",
    # dead of a kind or at another place: the later part may be other dead
    "Israeli strikes across the Gaza Strip killed at least 23 people on Sunday, including seven "
    "children. Seven people were killed in a strike on a house in Rafah.",
    "Israeli strikes across the Gaza Strip killed at least 23 people on Sunday, 7 of them "
    "children. Seven people were killed in a strike on a house in Rafah.",
])
def test_a_wide_toll_keeps_parts_a_number_of_no_dead_ties(text):
    assert ("Gaza Strip", 23) in [(e.location, e.fatalities)
                                  for e in parse(text, published="2024-07-10").events]


@pytest.mark.parametrize("text, strip", [
    # the toll's sentence already split its parts off: no part is taken out twice
    ("Israeli strikes killed at least 100 people across Gaza on Sunday, including 33 in an "
     "airstrike on Jabalia camp. The strike on Jabalia also killed 33 people, medics said.", 67),
    ("Israeli strikes across the Gaza Strip killed at least 23 people on Sunday, including 10 in "
     "Khan Younis. Among the dead were four people killed in a strike on a tent in Mawasi Khan "
     "Younis.", 13),
    ("Israeli strikes killed at least 23 people across the Gaza Strip on Sunday, three of them in "
     "Rafah. Three people were killed in a strike on a house in Khan Younis.", 20),
])
def test_a_wide_toll_split_in_its_sentence_is_not_split_again(text, strip):
    assert ("Gaza Strip", strip) in [(e.location, e.fatalities)
                                     for e in parse(text, published="2024-07-10").events]


@pytest.mark.parametrize("text", [
    "On 20 October, WHO requested a mission to Kamal Adwan hospital to evacuate 20 patients, "
    "but it was denied.",
    "A mission was planned on Tuesday to evacuate 22 patients from Al Ahli hospital.",
    "The evacuation of patients from Kamal Adwan hospital remains impossible.",
    "The evacuation of patients from Al Awda hospital has been suspended.",
    "Israeli forces prevented the evacuation of patients from Kamal Adwan hospital.",
    "WHO is seeking to facilitate the evacuation of patients from Al Awda hospital.",
    "Some 12,000 patients are awaiting to be medically evacuated from Gaza.",
    "A soldier was seriously wounded in Rafah and was medically evacuated to a hospital in "
    "Israel.",
    "A WHO mission reached Kamal Adwan on Saturday and began to evacuate some patients.",
])
def test_an_evacuation_of_patients_stopped_sought_or_of_the_wounded_is_no_displacement(text):
    assert "Displacement" not in [sub for sub, *_ in _coded(text)]


@pytest.mark.parametrize("text", [
    "Between 1-18 June, out of the 61 coordinated humanitarian assistance missions to "
    "northern Gaza, none were facilitated by Israeli authorities.",
    "Not a single mission to Jabalia was facilitated by Israeli authorities in the past week.",
    "Zero missions to North Gaza were facilitated by Israeli authorities.",
    "In May, 30% of missions to northern Gaza were facilitated by Israeli authorities.",
    "The mission to Kamal Adwan had been facilitated by Israeli authorities but was later "
    "impeded at a checkpoint.",
    "Israeli military medical teams were deployed to Rafah to treat wounded soldiers.",
    "Health teams deployed in northern Gaza reported shortages of fuel.",
    "Israeli forces completed several missions to Jabalia, the army said.",
])
def test_missions_none_went_a_rate_or_the_army_sent_are_no_aid(text):
    assert "Aid delivery" not in [sub for sub, *_ in _coded(text)]


def test_a_war_toll_that_rose_from_one_figure_to_another_is_no_events_count():
    doc = parse("The death toll from the war in Gaza rose from 40,000 to 41,000 on Saturday.",
                published="2024-10-27")
    assert all(e.fatalities is None for e in doc.events)


# -- lists of areas --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Partners scaled up work in areas such as Health, Nutrition and Shelter.",
    "Needs remain high in areas including Food Security, Education and Protection.",
    "Officials from the areas of Finance and Planning met on Monday.",
])
def test_a_list_of_areas_with_no_place_in_it_names_no_place(text):
    assert not parse(text).mentions


# -- organisations spelled out beside their acronym ------------------------------------
@pytest.mark.parametrize("text,names", [
    ("Staff of the Khan Younis Training Centre (KYTC) were hit.", ["Khan Younis"]),
    ("Airstrikes Again Hit Rafah Overnight (ACLED).", ["Rafah"]),
    ("Strikes Pound Central Rafah Camp Area (AFP) on Monday.", ["Rafah Camp"]),
])
def test_a_place_beside_an_acronym_that_does_not_spell_it_out_stays(text, names):
    assert [m.surface for m in parse(text).mentions] == names


@pytest.mark.parametrize("text", [
    "No ambulances could reach Rafah due to Israeli forces targeting anyone who approached.",
    "Israeli forces targeted anyone who approached the area in Rafah.",
    "Israeli forces targeted fishermen off the coast of Gaza City.",
    "The Israeli army targeted civilians at the checkpoint in Khan Younis.",
    "The Israeli navy attacked fishermen off the coast of Gaza City.",
    "The Israeli air force dropped leaflets over Rafah.",
    "Israeli forces targeted a group of people near the roundabout in Rafah.",
    "Israeli forces may have targeted the school in Rafah, the UN said.",
])
def test_people_the_israeli_army_targeted_are_no_strike(text):
    doc = parse(text, published="2023-11-04")
    assert "Explosions/Remote violence" not in [e.event_type for e in doc.events]


@pytest.mark.parametrize("text,names", [
    ("Partners operate in areas including Rafah, Health and Nutrition.", ["Rafah"]),
    ("Services resumed in areas including Gaza City, Water, Sanitation and Hygiene.",
     ["Gaza City"]),
    ("Damage was recorded in several areas, including Khan Younis, Education and Health.",
     ["Khan Younis"]),
])
def test_a_list_of_sectors_beside_a_place_names_no_other_place(text, names):
    assert [m.surface for m in parse(text).mentions] == names


def test_a_list_of_hospitals_in_areas_is_no_list_of_areas():
    doc = parse("The WHO supported hospitals in areas including Al-Aqsa, Nasser and "
                "Kamal Adwan.")
    assert [m.surface for m in doc.mentions] == ["Kamal Adwan"]


@pytest.mark.parametrize("text,names", [
    ("Kuwait Condemns Israeli Bombing of Schools in Gaza (KUNA)", ["Kuwait", "Gaza"]),
    ("Saudi Arabia Condemns Israeli Attack on Tents in Rafah (SPA)", ["Saudi Arabia", "Rafah"]),
    ("Growth in the West Bank and Gaza (WBG) contracted sharply.", ["the West Bank", "Gaza"]),
    ("Displaced people reached the South of Wadi Gaza (SWG) area.", ["Wadi Gaza"]),
])
def test_a_place_beside_a_tag_or_a_list_of_places_abbreviated_stays(text, names):
    assert [m.surface for m in parse(text).mentions] == names


@pytest.mark.parametrize("text", [
    "Israeli forces targeted aid seekers near the distribution site in Rafah.",
    "Israeli forces targeted a Hamas operative in Rafah on Saturday.",
    "The Israeli army targeted members of Hamas in Jabalia.",
    "Israeli forces targeted worshippers at the mosque in Jabalia.",
    "Israeli forces targeted the ambulance crew in Jabalia.",
    "Israeli forces targeted a woman near the roundabout in Rafah.",
    "Israeli forces targeted a fishing boat off the coast of Deir al-Balah.",
    "Israeli forces targeted Nasser Hospital's courtyard with sniper fire in Khan Younis.",
    "Israeli forces targeted a UNRWA convoy with gunfire in Gaza City.",
    "Israeli forces targeted farmland east of Khan Younis with gunfire.",
    "Israeli forces targeted water wells in Rafah with bulldozers.",
    "The Israeli army targeted Hamas infrastructure in a ground raid in Khan Younis on "
    "Saturday.",
    "The Israeli navy attacked fishing boats off the coast of Gaza City.",
])
def test_people_boats_gunfire_and_raids_the_israeli_army_targeted_are_no_air_strike(text):
    doc = parse(text, published="2023-11-04")
    assert "Air/drone strike" not in [e.sub_event_type for e in doc.events]


def test_aid_seekers_israeli_forces_targeted_stay_an_attack():
    doc = parse("Israeli forces targeted aid seekers waiting for trucks in Rafah, killing 20.",
                published="2024-06-30")
    assert [e.sub_event_type for e in doc.events] == ["Attack"]


# -- a year, a span of the war, a tally since a month ------------------------------------
@pytest.mark.parametrize("text,sub", [
    # a day named within the year
    ("In 2024, on 5 May, Israeli forces seized the Rafah crossing.",
     "Non-violent transfer of territory"),
    # a month, not a whole year
    ("In October 2024, Israeli forces besieged Jabalia.", "Siege/encirclement"),
    # a few days since a day: dated by the first
    ("Since Tuesday, 20 patients have been evacuated from Kamal Adwan Hospital.", "Displacement"),
    # since a month in a relative clause of a sentence with news of its own
    ("Israel partially reopens the Rafah Crossing, which has been closed since May 2024, "
     "allowing 150 people to leave Gaza.", "Crossing opened or closed"),
    # since a month, the first delivery of a day
    ("On Saturday, 20 trucks entered Gaza through Kerem Shalom, the first since January.",
     "Aid delivery"),
    # a state since a month, with no figure
    ("Israeli forces have besieged Jabalia since early October.", "Siege/encirclement"),
])
def test_a_day_a_month_or_news_of_its_own_stays_an_event(text, sub):
    assert [s for s, *_ in _coded(text, "2024-10-27")] == [sub]


def test_a_toll_since_a_month_leaves_the_days_strike_its_toll():
    got = _coded("Israeli strikes killed 20 people in Rafah on Saturday, bringing the toll "
                 "since January to 300.", "2024-10-27")
    assert [(s, n) for s, _, n, *_ in got] == [("Air/drone strike", 20)]



# -- close spellings of the Strip's places -----------------------------------------------
@pytest.mark.parametrize("text", [
    # a vowel swapped: another place (Jerusalem's, not "Beit Hanuna", Beit Hanoun)
    "Residents of Beit Hanina fled on Friday.",
    # places in Israel and the West Bank the gazetteer does not know
    "Residents of Beit Shemesh, Kiryat Malachi and Beit Sahour fled on Friday.",
    "Residents of Yad Mordechai and Nir Yitzhak fled on Friday.",
    # people and organisations
    "Ismail Haniyeh and Yahya Sinwar met Mohammed Deif.",
    "Dr Hussam Abu Safiya spoke to Al Jazeera and Al Mezan.",
    "Ashraf al-Qudra and Munir al-Bursh confirmed it, Abu Obeida said.",
])
def test_no_person_organisation_or_other_place_becomes_a_place_of_the_strip(text):
    assert not [m.name for m in parse(text).mentions if m.in_gaza]


@pytest.mark.parametrize("text", [
    "Eyewitnesses said the Israeli army carried out a sudden incursion into eastern Jabalia "
    "amid heavy artillery shelling and firing.",
    "Israeli troops advanced into Rafah under cover of air strikes on Tuesday.",
    "The crime was committed under the cover of intense aerial and artillery bombardment, "
    "the media office said of the raid on Beit Hanoun.",
    "On 24 August, they launched a ground incursion into Zeitoun, accompanied by airstrikes, "
    "but facing fierce resistance that inflicted casualties.",
])
def test_fire_that_covers_a_move_on_the_ground_is_no_strike_of_its_own(text):
    doc = parse(text, published="2024-08-27")
    assert "Explosions/Remote violence" not in [e.event_type for e in doc.events]


@pytest.mark.parametrize("text", [
    "Currently, 1.3 million Palestinians are sheltering in Rafah, most of whom fled heavy "
    "bombing in the rest of the Gaza Strip.",
    "Rafah is one of the last areas where civilians could go to escape the fighting, despite "
    "being subjected to numerous air strikes.",
])
def test_what_people_once_fled_or_a_place_has_been_through_is_no_strike(text):
    doc = parse(text, published="2024-05-06")
    assert "Explosions/Remote violence" not in [e.event_type for e in doc.events]


@pytest.mark.parametrize("text", [
    "The Rafah and Kerem Shalom crossings remained closed, preventing the entry of aid into "
    "the Gaza Strip.",
    "Israel threatened to halt the entry of aid into the Gaza Strip.",
    "Israel did not block the entry of aid into the Gaza Strip on Monday.",
    "The minister called on the government to ban the entry of refugees from the Gaza Strip.",
])
def test_aid_entry_prevented_threatened_or_denied_is_no_halt(text):
    assert "Crossing opened or closed" not in [
        e.sub_event_type for e in parse(text, published="2025-03-05").events]


@pytest.mark.parametrize("text", [
    "Israeli forces prevented WHO from transferring 20 patients from Kamal Adwan hospital.",
    "WHO was unable to transfer 20 patients from Kamal Adwan hospital on Monday.",
    "UNICEF transferred 40 trucks of supplies to Rafah.",
])
def test_a_transfer_kept_from_being_made_or_of_goods_moves_no_one(text):
    assert "Displacement" not in [
        e.sub_event_type for e in parse(text, published="2024-10-27").events]


# -- a battle toll and a blast told after it ----------------------------------------------
@pytest.mark.parametrize("text", [
    # one of the dead, or another count: not how all of them died
    "Four Israeli soldiers were killed in fighting in Rafah on Monday, the army said. The "
    "soldier was killed when an explosive device detonated in a building.",
    "Two Israeli soldiers were killed in clashes in Khan Younis on Monday, the army said. The "
    "three soldiers were killed when a roadside bomb exploded.",
    # a blast elsewhere, with no word of the dead
    "Two Israeli soldiers were killed in clashes in Khan Younis on Monday. Fighters also "
    "detonated an explosive device near a tank in Rafah.",
])
def test_a_battle_keeps_its_toll_when_the_blast_is_not_how_its_dead_died(text):
    events = parse(text, published="2024-10-27").events
    assert any(e.event_type == "Battles" and e.fatalities for e in events)


# -- fire told as the cover of a move on the ground, and what people once fled -----------
@pytest.mark.parametrize("text,place", [
    # what the fire hit, or where, told after it: an attack of its own
    ("Israeli forces raided Jabalia amid airstrikes that flattened a residential block.",
     "Jabalia"),
    ("Israeli tanks pushed into eastern Khan Younis amid heavy shelling, destroying dozens "
     "of homes.", "Khan Younis"),
    ("Israeli troops advanced into Rafah amid airstrikes on the Shaboura neighbourhood.",
     "Rafah Camp"),
    ("Israeli tanks rolled into Jabalia camp amid heavy shelling of residential buildings.",
     "Jabalia Camp"),
    ("Israeli forces launched a ground incursion into Shujaiya, accompanied by heavy "
     "airstrikes that destroyed several buildings.", "Shejaia"),
    ("Israeli forces advanced into Rafah under the cover of airstrikes, which hit homes in "
     "Tal al-Sultan.", "Tel al-Sultan"),
    ("Israeli tanks advanced into Khan Younis amid heavy shelling that claimed the lives of "
     "12 people.", "Khan Younis"),
    # a toll told next, of no fighting
    ("Israeli tanks moved into Deir al-Balah amid intense airstrikes on Monday. At least 20 "
     "people were killed, the health ministry said.", "Deir al-Balah"),
    # what people fled that day, what it did, or its toll
    ("Dozens of families who had fled Israeli shelling in Jabalia camp earlier in the day "
     "sought shelter in the hospital.", "Jabalia Camp"),
    ("Displaced people who fled the bombing, which destroyed homes in Rafah, gathered at the "
     "coast.", "Rafah"),
    ("The residents, who fled the Israeli air strikes on Rafah, said dozens were killed.",
     "Rafah"),
    # an attack going on, not what a place has been through
    ("The eastern areas of Rafah are being subjected to constant Israeli shelling, residents "
     "said.", "Rafah"),
])
def test_fire_told_with_what_it_did_or_of_the_day_stays_a_strike(text, place):
    events = parse(text, published="2024-05-06").events
    assert ("Explosions/Remote violence", place) in [(e.event_type, e.location)
                                                    for e in events]


def test_fled_shelling_with_its_toll_keeps_its_kind():
    events = parse("Witnesses who fled heavy shelling in Beit Hanoun said at least four people "
                   "were killed.", published="2024-05-06").events
    assert ("Shelling/artillery/missile attack", "Beit Hanoun", 4) in [
        (e.sub_event_type, e.location, e.fatalities) for e in events]


@pytest.mark.parametrize("text", [
    "Israeli forces halted the flow of aid to Beit Lahia on Monday.",
    "Israeli troops stopped the entry of aid into Jabalia camp on Monday.",
    "Israeli troops blocked the entry of food into Al Awda Hospital on Monday.",
    "Israel allowed WFP to resume delivery of food aid to its bakeries in Deir al-Balah.",
    "Israeli strikes on the road halted the flow of aid to Rafah on Monday.",
    "Heavy fighting has cut off the flow of supplies near Rafah on Monday.",
    "Protesters blocked the entry of aid trucks at Kerem Shalom on Monday.",
    "Armed gangs blocked the flow of aid near Kerem Shalom on Monday.",
    "The UN has called on Israel to lift its decision to halt the entry of aid into Gaza.",
    "Washington pressed Israel to allow the UN to resume delivery of aid into Gaza.",
    "Israel agreed to allow the UN to resume delivery of aid into Gaza.",
    "Hamas accused Israel of halting the entry of aid into Gaza on 2 March.",
    "Israel is considering halting the entry of aid into Gaza.",
    "Israel has repeatedly halted the entry of aid into the Gaza Strip over the years.",
])
def test_aid_kept_from_a_place_inside_by_fighting_or_only_sought_is_no_crossing(text):
    assert "Crossing opened or closed" not in [
        e.sub_event_type for e in parse(text, published="2025-05-21").events]


@pytest.mark.parametrize("text", [
    "On Tuesday Israeli tanks seized the Palestinian side of the Rafah crossing, halting the "
    "entry of aid into Gaza.",
    "Israeli forces took control of the Rafah crossing on Tuesday, blocking the entry of aid "
    "into Gaza.",
])
def test_aid_halted_by_a_crossing_taken_keeps_the_taking(text):
    assert [e.sub_event_type for e in parse(text, published="2024-05-07").events] == [
        "Non-violent transfer of territory"]


@pytest.mark.parametrize("text", [
    "WHO urged Israel to allow it to transfer 20 patients from Kamal Adwan hospital.",
    "WHO hopes to transfer 20 patients from Kamal Adwan hospital next week.",
    "The mission to transfer 20 patients from Kamal Adwan hospital was denied.",
    "WHO and partners attempted to reach Al Awda Hospital on 24 May to transfer 57 critical "
    "patients to Al Shifa Hospital.",
    "So far, WHO has transferred 600 patients from hospitals in northern Gaza.",
    "On 24 May, paramedics transferred 20 wounded to Al Aqsa Hospital in Deir al Balah after "
    "an airstrike in Nuseirat.",
])
def test_a_transfer_sought_counted_or_of_the_wounded_to_care_moves_no_one(text):
    assert "Displacement" not in [
        e.sub_event_type for e in parse(text, published="2025-05-29").events]


@pytest.mark.parametrize("text", [
    # a blast told as another incident, of some of the dead, or of other wounded
    "Two Israeli soldiers were killed in fighting in Rafah on Monday, the army said. In a "
    "separate incident, the two soldiers were wounded when an explosive device detonated near "
    "their vehicle.",
    "Four Israeli soldiers were killed in fighting in Rafah on Monday, the army said. Two of "
    "the soldiers were killed when an explosive device detonated in a building.",
    # no death told in the blast's sentence, or another weapon that killed them
    "Two Israeli soldiers were killed in clashes with Hamas fighters in Rafah on Monday, the "
    "army said. The troops were not harmed when an explosive device was detonated nearby "
    "earlier that day.",
    "Two Israeli soldiers were killed in clashes with Hamas fighters in Rafah on Monday, the "
    "army said. The soldiers were killed by sniper fire, while an explosive device was "
    "detonated near a tank later.",
    # a device set off by the troops themselves
    "Two Israeli soldiers were killed in clashes with Hamas fighters in Rafah on Monday, the "
    "army said. The troops were sent to the area after an explosive device was found, and "
    "sappers detonated it safely.",
    "Two Israeli soldiers were killed in fighting in Rafah on Monday, the army said. The "
    "troops were killed when their own explosive device detonated prematurely.",
])
def test_a_battle_keeps_its_toll_when_another_blast_is_told_after_it(text):
    events = parse(text, published="2024-10-27").events
    assert any(e.event_type == "Battles" and e.fatalities for e in events)


# -- fire on a convoy ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hamas fired on a convoy of Israeli tanks in Rafah on Monday.",
    "Hamas fighters fired on a convoy in Rafah on Monday, the army said.",
    "Israeli troops fired on a convoy of Hamas fighters in Rafah on Monday.",
    "Israeli forces fired at an armed convoy of gunmen in Khan Younis on Monday.",
    "Israeli troops fired on a Hamas convoy in Rafah on Monday.",
    "Israeli troops fired on a militant convoy in Rafah on Monday.",
    "Israeli troops fired on the convoy of the Hamas commander in Rafah on Monday.",
])
def test_fire_on_an_armed_convoy_or_one_not_told_is_no_attack_on_civilians(text):
    events = parse(text, published="2024-10-27").events
    assert "Violence against civilians" not in [e.event_type for e in events]


@pytest.mark.parametrize("text", [
    "Israeli forces fired on the Red Cross convoy in Khan Younis on Monday.",
    "Israeli forces fired on a WFP convoy near the Wadi Gaza checkpoint on Monday.",
    "Israeli troops fired on a convoy of aid trucks in Gaza City on Monday.",
])
def test_fire_on_a_convoy_of_aid_is_an_attack(text):
    events = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in events] == ["Attack"]


@pytest.mark.parametrize("text", [
    # a person a hospital is named for, and a family name spelt like a village
    "Abu Yousef al-Najjar was killed in 1973, the PLO said.",
    "Abu Madain spoke to reporters in Ramallah on Friday.",
    # the Strip's people are no place
    "Northern Gazans fled south on Friday.",
])
def test_a_close_spelling_that_names_people_is_no_place_of_the_strip(text):
    assert not [m.name for m in parse(text).mentions if m.in_gaza]


def test_the_days_news_before_a_tally_since_a_month_stays_an_event():
    got = _coded("Israeli strikes killed 25 people across Gaza today; 37,800 people have been "
                 "killed since October.", "2024-06-30")
    assert [(s, n) for s, _, n, *_ in got] == [("Air/drone strike", 25)]


@pytest.mark.parametrize("second", [
    "At least 20 more people were killed there today, proving that nowhere is safe in Gaza.",
    "At least 20 people were also killed there today, proving that nowhere is safe in Gaza.",
])
def test_more_dead_told_there_are_not_the_sites_toll(second):
    text = "Israeli jets bombed the Nuseirat refugee camp on Sunday. " + second
    events = parse(text, published="2024-10-27").events
    assert ("Nuseirat Camp", None) in [(e.location, e.fatalities) for e in events]


@pytest.mark.parametrize("lead", [
    "At least five Palestinians were killed on Sunday in Israeli airstrikes in Khan Younis.",
    "At least five Palestinians were killed on Sunday in an Israeli airstrike on a tent in Khan "
    "Younis.",
])
def test_a_speakers_strike_is_not_the_towns_toll_when_another_or_one_of_several(lead):
    second = " Mahmoud Basal, a civil defence spokesman, said the airstrike hit a tent in the " \
        "Al-Mawasi area west of Khan Younis."
    if "tent" in lead:
        second = second.replace("the airstrike", "another airstrike")
    events = parse(lead + second, published="2024-10-27").events
    assert ("Khan Younis", 5) in [(e.location, e.fatalities) for e in events]


# -- releases placed in the Strip by their captors ---------------------------------------
@pytest.mark.parametrize("text", [
    "Israel releases 39 Palestinian prisoners in exchange for hostages held by Hamas.",
    "Former hostages released by Hamas spoke at a rally in Tel Aviv.",
    "Hezbollah releases two Israeli hostages.",
    "Hamas delays the release of further hostages under the ceasefire agreement.",
    "Israel seeks to compel Hamas into agreeing to a new truce and the release of remaining "
    "hostages.",
    "Netanyahu says the goals of the operation are to destroy Hamas and to rescue hostages.",
    "Rescuers rescued three people from the rubble.",
])
def test_no_release_in_the_strip_without_captives_of_gaza_freed(text):
    assert "Hostage or prisoner release" not in [sub for sub, *_ in _coded(text)]


@pytest.mark.parametrize("second", [
    # a part of a toll of several attacks
    "Israeli strikes across the Gaza Strip killed 40 people on Sunday, including 12 who were "
    "killed there.",
    "At least 30 people were killed in central Gaza on Sunday, among them 12 who were killed "
    "there.",
    "Medics said at least 7 people were killed in Gaza on Sunday, and 3 of them died there.",
    # the day's total
    "The Gaza health ministry said 45 people were killed across the Strip in the past 24 "
    "hours, and that many died there.",
    # "there" is the place the sentence names itself
    "Israeli artillery shelled central Gaza, and at least 7 people were killed there.",
    "A drone strike on a car in central Gaza killed 3 people, who died there instantly.",
    "Israeli shelling killed 15 people in the central Gaza Strip, where dozens have been "
    "killed there since May.",
])
def test_a_toll_told_there_of_another_place_or_several_attacks_stays_apart(second):
    text = "Israeli jets bombed the Nuseirat refugee camp on Sunday. " + second
    events = parse(text, published="2024-10-27").events
    assert ("Nuseirat Camp", None) in [(e.location, e.fatalities) for e in events]


def test_a_speakers_title_is_no_place_the_strike_hit():
    text = ("At least five Palestinians were killed on Sunday in an Israeli airstrike on a tent "
            "in Khan Younis. Mohammed Saqr, a nurse at Nasser Hospital, said the strike was one "
            "of many that hit the city overnight.")
    events = parse(text, published="2024-10-27").events
    assert ("Khan Younis", 5) in [(e.location, e.fatalities) for e in events]


# -- a speaker's title names no place of the event only when it is the speaker's ----------
def test_a_speakers_title_alone_still_places_the_event():
    # the only place the sentence names
    got = _coded("Ahmed Saleh, speaking from Rafah, said an airstrike killed four people.",
                 "2024-10-27")
    assert [loc for _, loc, *_ in got] == ["Rafah"]


@pytest.mark.parametrize("text", [
    # the title of one of the dead, not of the speaker
    "An airstrike in Jabalia killed Ahmed Saleh, a doctor at Al-Awda Hospital, said the "
    "ministry.",
    # one of the dead, listed: not a speaker's title
    "An airstrike in Jabalia killed two, including a member of the civil defence in Rafah, said "
    "the ministry.",
    # people who came from a place, not a speaker who spoke from it
    "Families displaced from Rafah said an airstrike hit their tents in Khan Younis.",
    # where people were when hit, not where they are employed
    "An airstrike killed three people working at the Kerem Shalom crossing near Rafah.",
    # staff told as the dead or the hurt, not as who speaks
    "Israeli fire killed two nurses at Nasser Hospital said to be on duty.",
    "Medical staff at Nasser Hospital were wounded when an airstrike hit the hospital.",
])
def test_a_victims_title_is_no_speakers(text):
    from geoevents.place_roles import speaker_asides
    from geoevents.sentences import split_sentences
    assert [speaker_asides(s) for s in split_sentences(text)] == [[]]


# -- missions to evacuate patients not told done ---------------------------------------
@pytest.mark.parametrize("text", [
    "A mission to evacuate 14 patients from Kamal Adwan Hospital was forced to turn back at "
    "the Wadi Gaza checkpoint.",
    "A mission to evacuate 14 patients from Kamal Adwan Hospital was halted.",
    "A mission to evacuate patients from Kamal Adwan Hospital remains on hold.",
    "A mission to evacuate 14 patients from Kamal Adwan Hospital was attempted on Monday but "
    "was prevented by Israeli forces.",
    "WHO is working on a mission to evacuate 14 patients from Kamal Adwan Hospital.",
    "A mission to evacuate patients from Kamal Adwan Hospital is urgently required.",
    "A WHO mission to Kamal Adwan Hospital to evacuate 14 patients was halted at a checkpoint.",
    # a tally of missions over weeks
    "Since the escalation began, 12 missions to evacuate patients from Kamal Adwan Hospital "
    "have been completed.",
    "In October, WHO led five missions to evacuate patients from Kamal Adwan Hospital.",
])
def test_a_mission_to_evacuate_stopped_to_come_or_tallied_moves_no_one(text):
    assert "Displacement" not in [sub for sub, *_ in _coded(text, "2024-10-22")]


# -- releases the Strip does not hold --------------------------------------------------
@pytest.mark.parametrize("text", [
    # background and tallies
    "Hamas released 105 hostages during the November truce.",
    "Hamas released 105 hostages during the week-long truce last November.",
    "Hamas has so far released 105 hostages.",
    # freed in Israel on the day of the attack
    "Israeli soldiers rescued civilians held hostage by Hamas gunmen on October 7.",
    "On 7 October, Israeli troops rescued dozens of residents taken hostage by Hamas fighters.",
    "Israeli forces rescued hostages held by Hamas in southern Israel on 7 October.",
    # captives of others, with the group only telling of them
    "Three Palestinians freed from captivity by Israel said they were tortured, Hamas said.",
    "Palestinian detainees freed from Israeli captivity said they were beaten, according to "
    "Hamas.",
    "Hezbollah released a hostage it says was handed over by Hamas.",
])
def test_a_release_told_as_background_in_israel_or_by_others_is_not_in_the_strip(text):
    events = parse(text, published="2024-06-30").events
    assert ("Hostage or prisoner release", "Gaza Strip") not in [
        (e.sub_event_type, e.location) for e in events]


# -- a day opening a quote told by an agency ---------------------------------------------
@pytest.mark.parametrize("text,days", [
    ("“On Friday, Israeli forces stormed Kamal Adwan Hospital,” the WHO said. Troops "
     "detained 44 staff members and killed two patients in the hospital.", {"2024-10-25"}),
    ("\"Yesterday, an air strike killed 12 people in Jabalia,\" the civil defence said. "
     "Another strike hit a house in Beit Lahia, killing 5.", {"2024-10-26"}),
])
def test_an_agencys_day_opening_a_quote_dates_the_news_told_after_it(text, days):
    assert {e.event_date for e in parse(text, published="2024-10-27").events} == days


@pytest.mark.parametrize("text,place", [
    # the clause calls the title's place again by what it is
    ("The mayor of Rafah said Israeli strikes destroyed 20 homes in the city, as shelling "
     "also hit Khan Younis.", "Rafah"),
    # (the demolition's place: the strikes told with "as" are Rafah's alone)
    ("The head of the Khan Younis municipality said Israeli bulldozers razed water wells "
     "in the city, as strikes also hit Rafah.", "Khan Younis"),
    ("Ahmed Saleh, a paramedic from Khan Younis, said Israeli forces shot at his ambulance in "
     "the city, as tanks shelled Rafah.", "Khan Younis"),
    ("Ahmed Saleh, a doctor at Kamal Adwan Hospital, said Israeli forces stormed the facility, "
     "detaining dozens of men from Beit Lahiya.", "Kamal Adwan Hospital"),
])
def test_a_speakers_place_told_again_is_the_events(text, place):
    assert place in [loc for _, loc, *_ in _coded(text, "2024-10-27")]


@pytest.mark.parametrize("text,place", [
    # where people fled to is no other place the flight could be coded at
    ("Umm Ahmed, a resident of Jabalia, said thousands of people fled toward Gaza City on "
     "Monday.", "Jabalia"),
    ("Ahmed Saleh, a resident of Beit Lahiya, said families fled to Jabalia overnight after "
     "tanks advanced.", "Beit Lahia"),
    ("Ahmed Saleh, a doctor at Nasser Hospital, said thousands of displaced people fled from "
     "the hospital toward al-Mawasi on Monday.", "Nasser Medical Complex"),
])
def test_a_speakers_place_stays_when_the_other_is_where_people_went(text, place):
    got = _coded(text, "2024-10-27")
    assert [loc for sub, loc, *_ in got if sub == "Displacement"] == [place]


@pytest.mark.parametrize("text,place", [
    # the workplace ends where the clause tells of the event again
    ("Israeli forces killed a man employed at the Rafah crossing as he walked home in Khan "
     "Younis.", "Khan Younis"),
    ("Israeli forces detained a nurse who works at Kamal Adwan Hospital in Beit Lahiya at a "
     "checkpoint in Gaza City.", "Gaza City"),
])
def test_a_workplace_ends_before_where_the_event_was(text, place):
    assert [loc for _, loc, *_ in _coded(text, "2024-10-27")] == [place]


@pytest.mark.parametrize("text", [
    "An Israeli strike on a school in Gaza killed 20 people on Monday. Hours later, tanks "
    "shelled a school in Khan Younis.",
    "An Israeli strike on a school in Gaza killed 20 people on Monday. Separately, a strike hit "
    "a school in Nuseirat, killing three.",
    "An Israeli strike on a school in Gaza City killed 20 people on Monday. A school in Nuseirat "
    "was also hit.",
])
def test_a_site_told_unnamed_in_the_strip_is_not_one_told_apart(text):
    assert len(parse(text, published="2024-10-27").events) == 2


@pytest.mark.parametrize("text", [
    "Two soldiers were killed in the Gaza Strip on Monday. The soldiers had been deployed to "
    "Rafah last month.",
    "An Israeli strike killed 12 people in Gaza on Monday. The victims were taken to Nasser "
    "Hospital in Khan Younis.",
])
def test_the_dead_told_again_elsewhere_do_not_place_a_toll_told_for_the_strip(text):
    assert [e.location for e in parse(text, published="2024-10-27").events][0] == "Gaza Strip"


# -- a second attack at one place ------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # one attack told twice, its dead told again
    ("An Israeli airstrike on a house in Rafah killed five people. The five, including three "
     "children, were killed in an airstrike at dawn.", [("Rafah", 5)]),
    # another strike only threatened
    ("An airstrike killed five in Rafah on Sunday. Israel said it would carry out another "
     "strike in Rafah.", [("Rafah", 5)]),
    # the dead of the two strikes told before, "the second strike"
    ("Two Israeli strikes hit a hospital in Khan Younis on Monday, killing 20 people. One "
     "journalist was killed in the first strike and three in the second strike.",
     [("Khan Younis", 20)]),
])
def test_an_attack_told_again_is_no_second_one(text, expected):
    assert [(e.location, e.fatalities) for e in parse(text, published="2024-06-30").events
            if e.event_type == "Explosions/Remote violence"] == expected


def test_a_vague_word_told_in_the_present_is_no_toll():
    assert all(n is None for _, _, n, _, _ in _coded(
        "Children are dying; many are killed in strikes on shelters in Rafah."))


# -- a site told unnamed in the Strip: another kind of fire, several sites -------------
@pytest.mark.parametrize("text", [
    "An Israeli strike on a school in the Gaza Strip killed 20 people on Monday. Israeli tanks "
    "shelled a school in Rafah.",
    "An Israeli airstrike on a refugee camp in Gaza killed 20 people on Monday. Israeli "
    "shelling hit Bureij refugee camp.",
])
def test_a_site_told_unnamed_in_the_strip_is_not_one_of_another_kind_of_fire(text):
    assert [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events
            ][0] == ("Gaza Strip", 20)


def test_a_site_told_unnamed_in_the_strip_is_not_one_of_several_named_next():
    text = ("An Israeli strike on a school in Gaza killed 20 people on Monday. Schools in "
            "Nuseirat and Bureij were hit by two missiles.")
    assert [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events
            ][0] == ("Gaza Strip", 20)


# -- the dead told again, not where they died ------------------------------------------
@pytest.mark.parametrize("text", [
    "Three soldiers were killed in the Gaza Strip on Monday. The soldiers had served in "
    "Jabalia.",
    "Three soldiers were killed in the Gaza Strip on Monday. The soldiers were stationed in "
    "Rafah.",
    "Three soldiers were killed in the Gaza Strip on Monday. The soldiers belonged to a brigade "
    "operating in Khan Younis.",
    "Three soldiers were killed in the Gaza Strip on Monday. The soldiers were part of the "
    "division that captured Rafah.",
])
def test_the_dead_told_again_without_their_death_do_not_place_a_toll(text):
    assert [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events
            ][0] == ("Gaza Strip", 3)


# -- a count told in the present as a rate ---------------------------------------------
@pytest.mark.parametrize("text", [
    "In Rafah, three are killed daily, UNICEF said.",
    "Every day in Gaza, ten children are killed or wounded; in Rafah, three are killed each "
    "day by strikes.",
    "In Khan Younis, on average four are killed a day, the ministry says.",
])
def test_a_rate_told_in_the_present_is_no_toll(text):
    assert all(n is None for _, _, n, _, _ in _coded(text))


@pytest.mark.parametrize("text", [
    # the flight itself told, in the simple past
    "Families took shelter in Deir al-Balah after fleeing Rafah.",
    # a day of its own
    "Thousands have sought shelter in schools after fleeing Beit Lahia on Monday.",
    "Families were seeking refuge in Rafah after the army ordered residents of Khan Younis to "
    "leave on Tuesday.",
    "The school hosts 3,000 displaced people, including hundreds who fled Jabalia this morning.",
])
def test_a_flight_or_order_of_the_day_before_shelter_is_still_told(text):
    assert [e for e in parse(text, published="2024-10-27").events
            if e.event_type == "Strategic developments"]


@pytest.mark.parametrize("text", [
    # the orders given their day or their area
    "Families fled Bureij due to evacuation orders issued on Monday.",
    "Families fled Bureij in the wake of Monday's evacuation orders.",
    "Thousands are on the move due to the army's evacuation order for Rafah.",
    # "following": the day's flight after the day's order
    "Thousands of Palestinians have fled Beit Hanoon following Israeli evacuation orders.",
])
def test_orders_told_with_a_day_or_an_area_beside_a_flight_are_still_orders(text):
    assert "Evacuation order" in [e.sub_event_type for e in
                                  parse(text, published="2024-10-27").events]


# -- the hours or the day before something -------------------------------------------
@pytest.mark.parametrize("text,days", [
    # the hours up to a report or a time are a daily toll of the report's day
    ("In the 24 hours before publication, Israeli airstrikes killed 30 people in Rafah.",
     ["2024-10-27"]),
    ("Israeli airstrikes killed 30 people in Rafah in the 24 hours before 8 a.m. on Sunday, the "
     "health ministry said.", ["2024-10-27"]),
    ("The ministry said on Sunday that in the 24 hours before its report, Israeli strikes "
     "killed 30 people in Rafah.", ["2024-10-27"]),
    # what it is before has no day told of it
    ("In the 24 hours before the ceasefire, Israeli airstrikes killed 30 people in Rafah.",
     ["2024-10-27"]),
    ("Israeli airstrikes killed 30 people in Rafah on Friday, in the 24 hours preceding the "
     "truce.", ["2024-10-25"]),
    ("An Israeli airstrike killed 12 people in Khan Younis on Saturday. In the 24 hours before "
     "the ceasefire, strikes killed 30 people in Rafah.", ["2024-10-26", "2024-10-26"]),
    # what it is before keeps its own day
    ("On the day before an Israeli airstrike killed 12 people in Jabalia on 20 October, Israeli "
     "forces raided Beit Lahia, killing 4.", ["2024-10-20", "2024-10-19"]),
    ("In the 24 hours before an Israeli airstrike killed 12 people in Jabalia on Saturday, "
     "Israeli forces raided Beit Lahia, killing 4.", ["2024-10-26", "2024-10-25"]),
])
def test_the_hours_before_a_report_or_an_undated_thing_count_nothing_back(text, days):
    assert [e.event_date for e in parse(text, published="2024-10-27").events] == days


# -- last night, after a telling -------------------------------------------------------
@pytest.mark.parametrize("text", [
    # the night itself is told of, not the night of the telling
    "Residents said last night's bombardment of Jabalia killed at least 15 people.",
    "Medics said last night was the deadliest in weeks, with strikes killing 30 people in Rafah.",
    # what was issued or released is the night's own doing, not a statement
    "The Israeli army issued last night new evacuation orders for Jabalia and Beit Lahia.",
])
def test_a_night_told_of_after_a_telling_is_the_reports_day(text):
    assert {e.event_date for e in parse(text, published="2024-10-27").events} == {"2024-10-27"}


# -- a quote opening with "today" -----------------------------------------------------
@pytest.mark.parametrize("text,published", [
    # the speaking has a day of its own: the quote's "today" is that day
    ("An Israeli airstrike killed two people in Khan Younis on Saturday. \"Today, we evacuated "
     "20 patients from Kamal Adwan Hospital,\" WHO said on Sunday.", "2024-10-27"),
    ("An Israeli airstrike killed two people in Khan Younis on Friday. \"Today, Israeli forces "
     "stormed Kamal Adwan Hospital,\" WHO said on Saturday.", "2024-10-26"),
    ("Israeli strikes killed 12 people in Khan Younis on Saturday. The civil defence said on "
     "Sunday: \"Today, an airstrike hit a house in Rafah and killed 5.\"", "2024-10-27"),
    ("Israeli strikes killed 12 people in Khan Younis on Saturday. \"Today, an airstrike hit a "
     "house in Rafah. Five people were killed,\" the civil defence said on Sunday.",
     "2024-10-27"),
    ("Israeli strikes killed 12 people in Khan Younis on Saturday. \"Today, an airstrike hit a "
     "house in Rafah and killed 5,\" civil defence spokesman Mahmoud Basal told AFP on Sunday.",
     "2024-10-27"),
])
def test_a_quoted_today_told_with_a_day_of_the_speaking_is_that_day(text, published):
    assert parse(text, published=published).events[-1].event_date == published


# -- a time of the morning in a window from the afternoon -----------------------------
def test_an_evening_told_beside_a_morning_time_stays_on_the_windows_first_day():
    text = ("Between 25 October (noon) and 26 October (14:00), 252 Palestinians were killed. An "
            "airstrike hit a house in Rafah in the evening, killing 10, and another hit a house "
            "in Jabalia at 2 a.m., killing 5.")
    assert [(e.location, e.event_date) for e in parse(text, published="2024-10-27").events] == [
        ("Rafah", "2024-10-25"), ("Jabalia", "2024-10-26")]


# -- the day of the lead told again further on ----------------------------------------
@pytest.mark.parametrize("text,days", [
    # another attack, or one long before the report, is no day of the lead's
    ("An Israeli air strike killed five people in Rafah, medics said. Another strike on "
     "Friday killed three in Khan Younis.", ["2024-10-27", "2024-10-25"]),
    ("An Israeli air strike killed five people in Rafah, medics said. The earlier attack of "
     "22 October killed ten.", ["2024-10-27", "2024-10-22"]),
    ("An Israeli air strike killed five people in Rafah, medics said. The UN recalled the "
     "other incident of 22 October.", ["2024-10-27"]),
    ("An Israeli air strike killed five people in Rafah, medics said. The attack of 7 October "
     "sparked the war.", ["2024-10-27"]),
    ("An Israeli air strike killed five people in Rafah, medics said. Unlike Friday's death "
     "toll, no children were among the dead.", ["2024-10-27"]),
    # a lead with a day of its own keeps it
    ("An Israeli air strike killed five people in Rafah on Sunday. Friday's death toll was "
     "among the highest in weeks.", ["2024-10-27"]),
    ("An Israeli air strike killed five people in Rafah on Saturday. The UN called for an "
     "investigation into the incident of 22 October.", ["2024-10-26"]),
    # nor once an attack of another day was told since
    ("An Israeli air strike killed five people in Rafah, medics said. On Thursday, a drone "
     "strike killed two in Khan Younis. The UN called for an investigation into the incident "
     "of 22 October.", ["2024-10-27", "2024-10-24"]),
    # several strikes are not "the attack" of one day
    ("Israeli strikes killed 40 people across Gaza, officials said. The UN called for an "
     "investigation into the attack of 22 October.", ["2024-10-27"]),
])
def test_no_day_of_another_attack_is_the_leads(text, days):
    assert [e.event_date for e in parse(text, published="2024-10-27").events] == days


@pytest.mark.parametrize("text,expected", [
    # a span of the last days told: the flight or the order of those days
    ("Tens of thousands have sought refuge in Mawasi since Monday after the Israeli army "
     "ordered residents of eastern Rafah to leave.", "Evacuation order"),
    ("The school hosts 3,000 displaced people, including hundreds who have fled Jabalia since "
     "Sunday.", "Displacement"),
    # orders told as new
    ("Hundreds of thousands have sought shelter in Mawasi after the latest evacuation orders "
     "for Rafah.", "Evacuation order"),
    ("Thousands of families have sought refuge in Deir al-Balah after new Israeli evacuation "
     "orders for Khan Younis.", "Evacuation order"),
])
def test_shelter_after_a_flight_or_order_of_recent_days_keeps_it(text, expected):
    assert expected in [e.sub_event_type for e in parse(text, published="2024-05-08").events]


@pytest.mark.parametrize("text", [
    # a span of the last days, or the flight's own day, told in the clause
    "About 80,000 people have left Rafah since Monday due to Israeli evacuation orders, UNRWA "
    "said.",
    "About 80,000 people have left Rafah in the past three days because of Israeli evacuation "
    "orders.",
    "Thousands of families fled Khan Younis on Monday due to Israeli evacuation orders.",
    "Residents fled Jabalia today in the wake of Israeli evacuation orders.",
    "Residents of eastern Rafah fled overnight due to the evacuation order.",
    # orders told as new, or with their area
    "Families are fleeing Khan Younis due to new Israeli evacuation orders.",
    "Some 30,000 people were displaced due to evacuation orders in Khan Younis.",
    "Nearly 300,000 people have been displaced in the past week in the wake of Israeli "
    "evacuation orders in Rafah.",
])
def test_orders_told_as_a_cause_of_the_day_or_with_their_area_stay(text):
    assert "Evacuation order" in [e.sub_event_type
                                  for e in parse(text, published="2024-05-08").events]


@pytest.mark.parametrize("text, expected", [
    # a clause of its own after the ", and into": its own event, not the strike's place
    ("Israeli strikes hit Jabalia and Beit Hanoun, and into Rafah tanks advanced under fire.",
     {("Explosions/Remote violence", "Jabalia"), ("Explosions/Remote violence", "Beit Hanoun")}),
    ("Israeli strikes hit Jabalia and Beit Hanoun, and also Rafah residents fled.",
     {("Explosions/Remote violence", "Jabalia"), ("Explosions/Remote violence", "Beit Hanoun")}),
])
def test_an_and_into_that_opens_its_own_clause_continues_no_list(text, expected):
    got = {(e.event_type, e.location) for e in parse(text, published="2024-10-27").events}
    assert {g for g in got if g[0] == "Explosions/Remote violence"} == expected


def test_others_wounded_elsewhere_are_no_place_for_the_rest_of_a_toll():
    # the others were wounded, not killed, in Rafah: the rest of the dead stay at the Strip
    got = [(e.location, e.fatalities) for e in parse(
        "Israeli airstrikes killed 20 people, including six in Khan Younis, and others were "
        "wounded in Rafah.", published="2024-10-27").events]
    assert got == [("Khan Younis", 6), ("Gaza Strip", 14)]


@pytest.mark.parametrize("text,days", [
    # an incident of another day recalled with a toll of its own, or as the one before
    ("An Israeli air strike on a convoy in Deir al-Balah killed three aid workers, the "
     "charity said. The incident of 20 October, in which seven aid workers were killed, drew "
     "global condemnation.", ["2024-10-27", "2024-10-20"]),
    ("An Israeli air strike on a convoy in Deir al-Balah killed three aid workers, the "
     "charity said. It was the deadliest since the incident of 20 October.", ["2024-10-27"]),
    ("An Israeli strike on a tent camp in al-Mawasi killed 12 people, medics said. The attack "
     "comes days after the incident of 22 October.", ["2024-10-27"]),
    ("An Israeli strike hit a house in Jabalia, killing seven, WAFA reported. It came after "
     "the bombing of Thursday, which killed nine.", ["2024-10-27", "2024-10-24"]),
    # a day's toll with a count of its own, or one the lead came after
    ("An Israeli strike on a school in Gaza City killed 12 people, the civil defence said. "
     "Thursday's death toll stood at 40, officials said.", ["2024-10-27", "2024-10-24"]),
    ("An Israeli strike on a school in Gaza City killed 12 people, the civil defence said. "
     "Thursday's toll of 40 was the highest this month.", ["2024-10-27"]),
    ("An Israeli strike on a school in Gaza City killed 12 people, the civil defence said "
     "today. Thursday's death toll was even higher, with 40 killed.",
     ["2024-10-27", "2024-10-24"]),
    # nor in a report that tells of its own day
    ("An Israeli strike on a tent camp in al-Mawasi killed 12 people, medics said. Today, "
     "Israeli tanks pushed deeper into the camp. Thursday's death toll was among the highest "
     "in weeks.", ["2024-10-27", "2024-10-27"]),
    # "the first attack" on the place of a lead that told one attack is one before it
    ("An Israeli strike hit a hospital in Khan Younis, killing 20 people, officials said. "
     "Unlike the first attack on the hospital on Monday, no warning was given.",
     ["2024-10-27"]),
    ("Israeli strikes hit a hospital in Khan Younis, killing 20 people, officials said. The "
     "first attack on the hospital came on Monday, when 5 were killed.", ["2024-10-27"]),
])
def test_no_day_of_an_incident_recalled_is_the_leads(text, days):
    assert [e.event_date for e in parse(text, published="2024-10-27").events] == days


@pytest.mark.parametrize("text", [
    "Israeli forces fought Hamas fighters in Nuseirat on Saturday. One of the rescued hostages "
    "was Noa Argamani.",
    "Israeli troops clashed with gunmen in Nuseirat on Saturday. The three rescued hostages "
    "were taken to hospital in Israel.",
])
def test_the_rescued_told_of_are_no_rescue(text):
    doc = parse(text, published="2024-06-09")
    assert "Hostage or prisoner release" not in [e.sub_event_type for e in doc.events]


# -- a clause after a list's ", and in" --------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("Israeli strikes hit Jabalia and Beit Hanoun, and in Rafah troops clashed with fighters.",
     "Rafah"),
    ("Israeli strikes hit Jabalia and Beit Hanoun, and in Gaza City people fled.", "Gaza City"),
    ("Israeli strikes hit Jabalia and Beit Hanoun, and in Rafah a child was shot.", "Rafah"),
    ("Israeli strikes hit Jabalia and Beit Hanoun, and at Rafah crossing aid trucks were "
     "stopped.", "Rafah Crossing"),
    ("Israeli strikes hit Jabalia and Beit Hanoun, and in Rafah, tanks advanced.", "Rafah"),
])
def test_a_name_that_opens_a_clause_of_its_own_after_and_in_is_no_place_of_the_strike(
        text, place):
    # the name's own subject and verb tell another event, not one more place of the strikes
    got = {(e.sub_event_type, e.location) for e in parse(text, published="2024-10-27").events}
    assert ("Air/drone strike", place) not in got
    assert {("Air/drone strike", "Jabalia"), ("Air/drone strike", "Beit Hanoun")} <= got



@pytest.mark.parametrize("text, place, sub", [
    ("Israeli jets struck Jabalia, Beit Lahia, and in Shejaia they hit two houses, residents "
     "said.", "Shejaia", "Air/drone strike"),
    ("Israeli jets struck Jabalia, Beit Lahia, and in Shejaia two houses were destroyed, "
     "residents said.", "Shejaia", "Air/drone strike"),
    ("Israeli tanks shelled Bureij, Maghazi, and in Nuseirat they destroyed a house, residents "
     "said.", "Nuseirat", "Shelling/artillery/missile attack"),
])
def test_a_clause_after_and_in_that_tells_the_same_fire_again_is_one_more_place(
        text, place, sub):
    # its subject told again ("they") or the damage the fire left: the list's event there too
    got = {(e.sub_event_type, e.location) for e in parse(text, published="2024-06-11").events}
    assert (sub, place) in got

# -- the places of a toll's rest -------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a speaker's place after the list is not where the rest died
    ("Israeli airstrikes killed at least 20 Palestinians, including six in Khan Younis and "
     "others in Rafah, medics at Nasser Hospital said.", [("Khan Younis", 6), ("Rafah", 14)]),
    # nor where the wounded were, in a clause of its own
    ("Israeli airstrikes killed at least 20 Palestinians, including six in Khan Younis and "
     "others in Rafah, while dozens were wounded in Gaza City.",
     [("Khan Younis", 6), ("Rafah", 14)]),
    # nor the hospital the bodies were taken to
    ("Israeli airstrikes killed at least 20 Palestinians, including six in Khan Younis and "
     "others at Al-Aqsa Hospital, where the bodies were taken.",
     [("Khan Younis", 6), ("Gaza Strip", 14)]),
])
def test_the_rest_of_a_toll_goes_only_to_the_places_listed_for_it(text, expected):
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events
           if e.sub_event_type == "Air/drone strike"]
    assert got == expected


# -- earlier items of a list that shares a noun ------------------------------------------
def test_a_name_of_no_such_site_ends_the_items_that_share_the_noun():
    # Beit Lahia is no camp: Jabalia before it is the town, not Jabalia camp
    doc = parse("Israeli strikes hit Jabalia, Beit Lahia, Bureij and Nuseirat camps.",
                published="2024-06-21")
    assert [m.name for m in doc.mentions] == ["Jabalia", "Beit Lahia", "Bureij Camp",
                                              "Nuseirat Camp"]


@pytest.mark.parametrize("text", [
    "Israeli warplanes bombarded the Gaza Strip on Monday, and an Israeli strike hit a school "
    "in Rafah.",
    "Israeli warplanes pounded Gaza on Monday after the Gaza attack, and an Israeli strike hit "
    "a school in Rafah.",
    "Israeli strikes continued across the Gaza Strip on Monday, and an Israeli strike hit a "
    "school in Rafah.",
])
def test_the_strips_bombing_is_not_the_one_strike_its_sentence_places(text):
    assert "Gaza Strip" in [loc for _, loc, _, _, _ in _coded(text, "2024-10-27")]


@pytest.mark.parametrize("text", [
    # several strikes told at the Strip
    "Israeli strikes killed 30 across Gaza on Monday. It was the first time since the truce "
    "that Israel struck Khan Younis.",
    # no "time ... that": a measure of the day, not the one told again
    "An Israeli strike killed five people in Gaza on Monday. It was the deadliest day in a "
    "month in Rafah.",
    # another time told after "that"
    "A convoy of 20 aid trucks entered Gaza on Sunday. It was the first time in weeks that a "
    "convoy was looted in Rafah, a day earlier.",
])
def test_the_nth_time_told_next_does_not_place_several_nor_another(text):
    assert "Gaza Strip" in [loc for _, loc, _, _, _ in _coded(text, "2024-10-27")]


@pytest.mark.parametrize("text", [
    # others, not the dead, where they were at the time
    "Three Israeli soldiers were killed in the Gaza Strip on Monday, the army said. They were "
    "members of the Givati brigade. The army said other troops were still operating in Rafah "
    "at the time of the incident.",
    "Two Israeli soldiers were killed in the Gaza Strip on Monday. The army said the rest of "
    "the battalion was in Khan Younis at the time of the incident.",
    "At least 40 Palestinians were killed in the Gaza Strip on Monday, the health ministry "
    "said. Most of them were women and children. Journalists were in Rafah at the time of the "
    "attack.",
    # a place told after where the dead were
    "An Israeli soldier was killed in the Gaza Strip on Tuesday, the army said. He was 21. His "
    "family was notified. The army did not say where he was operating at the time of his "
    "death, but his battalion has fought in Rafah.",
    # a day's toll of many attacks
    "The Gaza health ministry said 52 people were killed in the Gaza Strip over the past day, "
    "bringing the death toll to 43,000. The ministry gave no breakdown. Officials spoke to "
    "reporters. The blast occurred near a school in Rafah.",
])
def test_a_strip_toll_is_not_placed_where_others_were_nor_by_a_day_of_attacks(text):
    assert "Gaza Strip" in [loc for _, loc, n, _, _ in _coded(text, "2024-10-27")
                            if n is not None]


def test_an_attack_by_troops_on_a_site_is_no_strike():
    got = _coded("The UN condemned the attack by Israeli troops on a hospital in Khan Younis on "
                 "Monday.", "2024-10-27")
    assert "Air/drone strike" not in [s for s, *_ in got]


@pytest.mark.parametrize("text,place", [
    # one more attack after it in the sentence
    ("Deadly Gaza strike: an Israeli strike on a school in Nuseirat killed 18, and another "
     "strike hit a house in Rafah on Monday.", "Rafah"),
    ("UN condemns Gaza strike on Monday; separately, Israeli drones struck a tent in Khan "
     "Younis.", "Khan Younis"),
])
def test_a_gaza_strike_is_not_folded_into_one_more_attack(text, place):
    got = [(loc, n) for _, loc, n, _, _ in _coded(text, "2024-10-27")]
    assert ("Gaza Strip", None) in got and (place, None) in got


@pytest.mark.parametrize("text", [
    # another thing told after "that"
    "Aid trucks entered Gaza on Sunday, the UN said. It was the first time since May that the "
    "crossing in Rafah opened.",
    "A UN convoy came under fire in Gaza on Monday. It is the third time that the UN has "
    "suspended aid deliveries to northern Gaza.",
    # several strikes, of which the Strip's toll may be more
    "At least 30 people were killed in Gaza on Monday, the health ministry said. It was the "
    "third time this month that strikes hit Nuseirat.",
    "At least 30 people were killed in Gaza over the past 24 hours, the health ministry said. "
    "It was the third time this month that an Israeli strike hit Nuseirat.",
])
def test_the_nth_time_told_next_of_another_thing_does_not_place_it(text):
    assert "Gaza Strip" in [loc for _, loc, _, _, _ in _coded(text, "2024-10-27")]


@pytest.mark.parametrize("text,actor2", [
    # fighters counted are the other party, not civilians
    ("An Israeli strike killed two Hamas militants in Rafah on Monday.", "Hamas"),
    # soldiers hit by a bomb are the Israeli military, whoever planted it
    ("Two Israeli soldiers were killed by a roadside bomb in Khan Younis on Monday.",
     "Israeli military"),
    # hostages killed are not the Strip's civilians
    ("An airstrike killed three Israeli hostages in Rafah on Monday.", None),
])
def test_the_dead_are_civilians_only_when_named_as_people(text, actor2):
    (event,) = parse(text, published="2024-07-02").events
    assert event.actor2 == actor2


@pytest.mark.parametrize("text,actor1", [
    # a speaker of its own fighters' attack stays its author
    ("Hamas said its fighters blew up a house where Israeli soldiers had holed up in Khan "
     "Younis on Monday.", "Hamas"),
    ("Hamas claimed that its fighters fired rockets at Israeli troops in Rafah on Monday.",
     "Hamas"),
    # who led the attack acted
    ("Hamas-led militants attacked Israeli troops in Rafah on Monday.", "Hamas"),
])
def test_a_speaker_or_leader_of_its_own_attack_is_still_its_author(text, actor1):
    assert [e.actor1 for e in parse(text, published="2024-07-02").events] == [actor1]


@pytest.mark.parametrize("text", [
    "Israeli forces raided homes in Beit Hanina on Monday, arresting five.",
    "Settlers attacked a family in Beit Hanina, in occupied East Jerusalem.",
])
def test_beit_hanina_in_jerusalem_is_no_near_spelling_of_beit_hanoun(text):
    doc = parse(text, published="2024-10-27")
    assert [(m.surface, m.in_gaza) for m in doc.mentions if m.surface == "Beit Hanina"] == \
        [("Beit Hanina", False)]
    assert all(e.place_id != "town:beit-hanoun" for e in doc.events)


@pytest.mark.parametrize("text", [
    # armed men and security men killed are fighters or the enclave's police, not civilians
    "An Israeli airstrike killed three armed men in Rafah on Monday.",
    "An Israeli drone strike killed two armed men in Khan Younis on Monday, the army said.",
    "An Israeli strike killed three security men in Rafah on Monday.",
])
def test_armed_or_security_men_killed_are_not_civilians(text):
    (event,) = parse(text, published="2024-07-02").events
    assert event.actor2 != "Civilians (Palestine)"


@pytest.mark.parametrize("text,actor1", [
    # the authorities who act are the party, not a name for the enclave's rulers
    ("Hamas authorities arrested three men in Gaza City on Monday.", "Hamas"),
    ("Hamas authorities executed three men accused of collaborating with Israel in Gaza City "
     "on Monday.", "Hamas"),
    ("Hamas government forces clashed with members of the Doghmush clan in Gaza City on "
     "Monday.", "Hamas"),
    ("Hamas authority police shot dead two looters in Rafah on Monday.", "Hamas"),
])
def test_hamas_authorities_who_act_are_a_party(text, actor1):
    assert [e.actor1 for e in parse(text, published="2024-07-02").events] == [actor1]


def test_a_speaker_of_its_own_deed_stays_its_author_beside_the_other_sides_strike():
    text = ("Hamas said its fighters attacked Israeli troops in Khan Younis on Monday in "
            "response to Israeli strikes on Rafah that killed 10 people.")
    coded = {(e.sub_event_type, e.location, e.actor1, e.actor2)
             for e in parse(text, published="2024-07-02").events}
    assert ("Armed clash", "Khan Younis", "Hamas", "Israeli military") in coded
    # and the strike named as Israeli is not Hamas's, nor struck at its speaker
    assert not any(s == "Air/drone strike" and (a1 == "Hamas" or a2 == "Hamas")
                   for s, _, a1, a2 in coded)


@pytest.mark.parametrize("text", [
    "Israeli forces fought Hamas fighters in Nuseirat on Saturday. Five rescued hostages "
    "were reunited with their families.",
])
def test_the_rescued_told_of_by_any_number_are_no_rescue(text):
    doc = parse(text, published="2024-06-09")
    assert "Hostage or prisoner release" not in [e.sub_event_type for e in doc.events]


# -- who tells of a strike -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # Israel telling that its own side was hit is not the author of the attack on it
    "Israel said its soldiers were killed in an ambush by Hamas fighters in Rafah on Monday.",
    "Israel said its forces were ambushed by Hamas fighters in Rafah on Monday.",
    "Israel said its tank was hit by an anti-tank missile fired by Hamas in Rafah on Monday.",
    "Israel said its troops came under fire from Hamas militants in Rafah on Monday.",
])
def test_israel_telling_its_side_was_hit_is_not_the_author(text):
    assert [e.actor1 for e in parse(text, published="2024-07-02").events] != ["Israeli military"]


@pytest.mark.parametrize("text,actors", [
    # the ones named as struck ("hit by", "killed in") are the target, and the speaker who
    # named them is the author of the strike
    ("The IDF said Hamas militants hit by an airstrike in Rafah on Monday were commanders.",
     ("Israeli military", "Hamas")),
    ("The IDF said Hamas militants struck by the aircraft in Rafah on Monday had fired "
     "rockets.", ("Israeli military", "Hamas")),
    ("The army said Hamas militants hit in the strike in Khan Younis on Monday were "
     "commanders.", ("Israeli military", "Hamas")),
    ("The IDF said militants hit by the strike in Rafah on Monday included two commanders.",
     ("Israeli military", "Palestinian militants")),
    ("Hamas said Israeli troops hit by its fighters in Rafah on Monday had suffered "
     "casualties.", ("Hamas", "Israeli military")),
])
def test_those_named_as_struck_leave_the_speaker_the_author(text, actors):
    (event,) = parse(text, published="2024-07-02").events
    assert (event.actor1, event.actor2) == actors


@pytest.mark.parametrize("text,sub", [
    # fighters on the ground have no aircraft: a clash
    ("Hamas fighters struck an Israeli tank in Rafah on Monday.", "Armed clash"),
    ("Palestinian militants struck Israeli troops in Khan Younis.", "Armed clash"),
    # aircraft that struck fighters, and what was fired by militants, are no clash
    ("Israeli jets struck Hamas fighters in Rafah.", "Air/drone strike"),
    ("Israeli jets struck militants in Rafah.", "Air/drone strike"),
])
def test_fighters_who_struck_fought(text, sub):
    assert [s for s, *_ in _coded(text)] == [sub]


@pytest.mark.parametrize("text,sub", [
    # fighters struck by a strike were hit, and the aircraft's targets did not strike
    ("The fighters struck by the Israeli strike in Rafah were members of Hamas.",
     "Air/drone strike"),
    ("Two militants struck by an Israeli drone in Khan Younis were killed, the army said.",
     "Air/drone strike"),
    ("An airstrike targeting the militants struck a school in Nuseirat, killing 30.",
     "Air/drone strike"),
    ("An Israeli strike on militants struck a house in Jabalia, killing five.",
     "Air/drone strike"),
    ("Aircraft which hunted the militants struck Rafah.", "Air/drone strike"),
    ("Israeli jets struck militants in Rafah and gunmen struck a convoy.", "Air/drone strike"),
    # mortars at a position are shelling
    ("Hamas fighters struck an Israeli position east of Khan Younis with mortar shells on "
     "Monday.", "Shelling/artillery/missile attack"),
])
def test_fighters_hit_or_firing_from_afar_did_not_fight(text, sub):
    assert [s for s, *_ in _coded(text)] == [sub]


@pytest.mark.parametrize("text", [
    # gunmen who struck a convoy, a kibbutz or a police station fought no troops
    "Gunmen struck an aid convoy in Rafah on Tuesday, killing two drivers, the UN said.",
    "Masked gunmen struck a food distribution point in Deir al-Balah, killing three civilians.",
    "Militants struck an Israeli kibbutz near the Gaza border, killing two residents.",
    "Gunmen struck a police station in Khan Younis on Tuesday, killing two policemen.",
])
def test_gunmen_who_struck_civilians_fought_no_troops(text):
    assert "Armed clash" not in [s for s, *_ in _coded(text)]


@pytest.mark.parametrize("text", [
    "Israeli aircraft struck a group of militants in Khan Younis, and the militants struck "
    "back at troops in Rafah.",
    "The Qassam Brigades said its fighters struck an Israeli tank in Shejaiya.",
])
def test_fighters_who_struck_troops_still_fought(text):
    assert "Armed clash" in [s for s, *_ in _coded(text)]


# -- the later items of a list of things sought ---------------------------------------
@pytest.mark.parametrize("text", [
    "Israel has not yet achieved its two goals: the destruction of Hamas and the release "
    "of the Israeli captives.",
    "The group's demands include an end to the war, the withdrawal of Israeli troops and "
    "the release of Palestinian prisoners.",
    "The Pope calls for peace, an immediate ceasefire and the release of all hostages.",
])
def test_an_item_of_a_list_of_things_sought_is_no_event(text):
    assert _coded(text) == []


@pytest.mark.parametrize("text,sub", [
    ("Hamas released two hostages on Friday, and the release of 30 prisoners followed.",
     "Hostage or prisoner release"),
    ("The UN called for a ceasefire, and the airstrike on Rafah killed 12 people on Monday.",
     "Air/drone strike"),
    ("Demands for a ceasefire were rejected and the shelling of Khan Younis killed five on "
     "Tuesday.", "Air/drone strike"),
    ("Israeli forces bombed Jabalia and the airstrike on a school killed 10 people.",
     "Air/drone strike"),
])
def test_an_event_told_after_and_is_not_a_thing_sought(text, sub):
    assert sub in [s for s, *_ in _coded(text)]


@pytest.mark.parametrize("second", [
    # the strike told again, with its toll
    "The strike in Rafah killed five people, including two children, medics said.",
    # "third such attack": the one told, counted among others
    "It was the third such attack on Rafah this week, killing five.",
    # dead besides the ones told, in the same strike
    "Another five people were killed in the strike in Rafah, medics said.",
    # another strike, with no toll of its own
    "Another strike hit a tent in Rafah.",
    # the second strike is the one that killed the five told
    "Medics in Rafah said the five were killed when a second strike hit the house.",
])
def test_a_strike_told_again_or_with_no_toll_of_its_own_stays_one_event(second):
    text = "An Israeli strike on a house in Rafah killed five people on Sunday. " + second
    assert [e.location for e in parse(text, published="2024-10-27").events] == ["Rafah"]


@pytest.mark.parametrize("text", [
    "Israel has threatened a push into Rafah for weeks.",
    "The army is preparing a push into Rafah, officials said.",
    "Aid groups warned that a push into Rafah would be catastrophic.",
    "A push into Rafah could come within days.",
    "The army has not yet launched a push into Rafah.",
])
def test_a_push_not_made_is_no_fighting(text):
    assert parse(text, published="2024-10-27").events == ()


def test_a_strip_wide_toll_with_a_part_at_a_place_is_not_split_among_places():
    # the part at its place, the rest the Strip's: not divided, nor given whole to each
    text = ("Israeli strikes killed 30 people across the Gaza Strip on Sunday, including 12 in "
            "Jabalia.")
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events]
    assert got == [("Jabalia", 12), ("Gaza Strip", 18)]


@pytest.mark.parametrize("text", [
    "Since October 2023, Israeli attacks have killed more than 40,000 people in Rafah, Khan "
    "Younis and Gaza City.",
    "Israel's war has killed 43,000 people in Gaza, including 12,000 in Gaza City; the rest were "
    "killed in Khan Younis and Rafah.",
])
def test_a_cumulative_war_toll_is_never_split_among_places(text):
    assert not [e for e in parse(text, published="2024-10-27").events if e.fatalities]


@pytest.mark.parametrize("text, expected", [
    # a count for each strike is no toll told together
    ("A strike on a school in Nuseirat killed 16 people, and another strike in Rafah killed five.",
     [("Nuseirat", 16), ("Rafah", 5)]),
    # a place and the area it stands in are one place's toll
    ("An airstrike on the Al-Aqsa hospital in Deir al-Balah killed four people.",
     [("Al-Aqsa Martyrs Hospital", 4)]),
])
def test_a_toll_at_one_place_of_a_list_is_not_taken_for_a_shared_one(text, expected):
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events]
    assert got == expected


@pytest.mark.parametrize("text", [
    "Teams recovered 50 bodies from mass graves at Nasser hospital after Israeli strikes "
    "destroyed the area.",
    "Civil defence crews recovered the bodies of 30 people killed in strikes weeks ago in "
    "Khan Younis.",
    "Rescuers recovered the bodies of 20 people in Khan Younis after the army withdrew "
    "following strikes on the area.",
    "The army said troops recovered the bodies of three hostages in Rafah.",
])
def test_bodies_recovered_long_after_or_of_hostages_are_no_toll(text):
    assert all(e.fatalities is None for e in parse(text, published="2024-10-27").events)


def test_a_call_in_the_past_keeps_the_day_told_before():
    text = ("On Monday, troops struck a launcher in Rafah. The army urged residents of Beit "
            "Hanoun to evacuate.")
    got = {e.event_date for e in parse(text, published="2024-10-08").events
           if e.sub_event_type == "Evacuation order"}
    assert got == {"2024-10-07"}


@pytest.mark.parametrize("text, day", [
    ("A day after the crossing reopened, 50 aid trucks entered Gaza through Kerem Shalom.",
     "2024-11-13"),
    ("On Monday, 120 aid trucks entered Gaza through Kerem Shalom, the UN said.", "2024-11-11"),
])
def test_a_day_counted_from_another_is_no_rate(text, day):
    assert [(e.sub_event_type, e.event_date) for e in parse(text, published="2024-11-13").events
            ] == [("Aid delivery", day)]


@pytest.mark.parametrize("text, sub", [
    ("Under the agreement, which took effect on Sunday, Hamas released three hostages in Khan "
     "Younis.", "Hostage or prisoner release"),
    ("Hamas released three hostages in Khan Younis on Sunday, as provided for in the deal.",
     "Hostage or prisoner release"),
    ("Aid trucks lined up at Rafah entered Gaza on Tuesday.", "Aid delivery"),
])
def test_a_deal_named_with_what_was_done_keeps_it(text, sub):
    assert sub in [e.sub_event_type for e in parse(text, published="2025-01-19").events]


@pytest.mark.parametrize("text, sub", [
    # terms told before, a release done under them after a comma
    ("As provided for in the deal, Hamas released three hostages in Khan Younis on Sunday.",
     "Hostage or prisoner release"),
    ("As envisaged in the agreement, Hamas freed three hostages in Gaza City on Sunday.",
     "Hostage or prisoner release"),
    ("The deal includes the release of 33 hostages, and on Sunday Hamas freed three hostages "
     "in Gaza City.", "Hostage or prisoner release"),
    ("The truce, which provides for a six-week pause, took effect on Sunday, and Hamas "
     "released three hostages in Gaza City hours later.", "Hostage or prisoner release"),
    ("The agreement stipulates a six-week pause and took hold on Sunday, when 630 aid trucks "
     "entered Gaza.", "Aid delivery"),
    ("The plan involves aid hubs run by a private firm, and on Monday the first trucks entered "
     "Rafah through Kerem Shalom.", "Aid delivery"),
    # a rate the deal sets, then the trucks that went in
    ("Under the deal, which envisages 600 trucks a day, 630 aid trucks entered Gaza through "
     "Kerem Shalom on Sunday.", "Aid delivery"),
])
def test_what_was_done_after_the_terms_of_a_deal_is_kept(text, sub):
    assert sub in [e.sub_event_type for e in parse(text, published="2024-11-13").events]


@pytest.mark.parametrize("text", [
    # "a day" with no count before it is no rate
    "For the first time in a day, aid trucks entered Gaza through Kerem Shalom on Tuesday.",
    "Aid trucks that had waited for more than a day entered Gaza through Kerem Shalom on "
    "Tuesday.",
    "Aid trucks entered Gaza on Tuesday after a day-long halt at the Kerem Shalom crossing.",
    # an average told after the count, past a comma, is a comparison
    "On Wednesday 120 aid trucks entered Gaza, above the average of 80.",
    "On Monday, 95 aid trucks entered Gaza, averaging 60 tonnes of flour.",
    # trucks once held up that went in
    "Aid trucks that were lined up at Rafah entered Gaza on Tuesday.",
    "Trucks carrying aid remained lined up at the Rafah crossing on Tuesday before they entered "
    "Gaza in the afternoon.",
    # an average over the days the update covers is those days' deliveries
    "Between 9 and 11 February, an average of 84 aid trucks per day entered Gaza through Kerem "
    "Shalom and Rafah crossings.",
    "Over the past three days, an average of 90 trucks a day crossed into Gaza at Kerem Shalom.",
    "Since Sunday, an average of 70 aid trucks a day have entered Gaza through Kerem Shalom.",
])
def test_a_delivery_told_with_a_day_or_an_average_or_a_queue_stays_a_delivery(text):
    assert "Aid delivery" in [e.sub_event_type for e in parse(text, published="2024-11-13").events]


@pytest.mark.parametrize("text, place", [
    ("Conditions in northern Gaza remain catastrophic amid the siege of Jabalia and the "
     "bombardment of Beit Lahia, OCHA said on Tuesday.", "Beit Lahia"),
    ("The UN chief called for a ceasefire on Monday after an airstrike on a school in Nuseirat "
     "and the shelling of a market in Deir al-Balah killed 30 people.", "Deir al-Balah"),
    ("The Israeli military called for residents to move south on Monday, hours after troops hit "
     "a school in Jabalia and the shelling of Beit Lahia killed 12 people.", "Jabalia"),
])
def test_an_attack_told_after_a_call_or_a_state_is_not_a_thing_sought(text, place):
    assert place in [loc for _, loc, *_ in _coded(text, "2024-11-13")]


@pytest.mark.parametrize("text", [
    "Aid convoys made a push into northern Gaza on Tuesday.",
    "The UN made a fresh push into northern Gaza to deliver aid on Tuesday.",
    "Aid agencies said they had made a push into northern Gaza with food convoys on Tuesday.",
])
def test_a_push_of_aid_is_no_fighting(text):
    assert "Armed clash" not in [s for s, *_ in _coded(text, "2024-11-13")]


# -- rockets fired from the Strip ------------------------------------------------------
@pytest.mark.parametrize("text,actors", [
    # the army's own guns and aircraft, whatever they fired from
    ("Israeli artillery fired shells from positions east of Rafah on Friday.",
     ("Israeli military", None)),
    ("Israeli drones fired missiles at a car in Rafah on Friday.", ("Israeli military", None)),
    ("The army said Israeli tanks fired mortar shells from the border fence at Khan Younis "
     "on Friday.", ("Israeli military", None)),
    # the killing of those who had fired is the army's
    ("Israeli troops on Friday killed two militants who had fired rockets from Beit Lahia.",
     ("Israeli military", "Palestinian militants")),
])
def test_fire_from_a_place_by_the_army_stays_the_armys(text, actors):
    (event,) = parse(text, published="2024-10-27").events
    assert (event.actor1, event.actor2) == actors


@pytest.mark.parametrize("text", [
    "The Iron Dome intercepted two rockets over Sderot on Friday.",
    "Air defences intercepted most of the projectiles, the army said on Friday.",
])
def test_an_interception_is_no_israeli_attack(text):
    assert not [e for e in parse(text, published="2024-10-27").events
                if e.actor1 == "Israeli military"]


# -- one strike of a toll told for several ---------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # strikes at one place, one of them told again with its own count: one event with the
    # whole toll (one event per day, place and type)
    ("The Israeli military has also carried out two attacks in the city of Deir el-Balah, "
     "killing at least four people. Israeli fighter jets bombed a house in the al-Baraka area "
     "of Deir el-Balah, killing one woman and a child.", [("Deir al-Balah", 4)]),
    ("Two Israeli airstrikes on the Daraj neighbourhood of Gaza City killed 26 people on "
     "Tuesday. Sixteen people were killed in a strike on a house in Daraj in Gaza City.",
     [("Gaza City", 26)]),
    ("Three Israeli strikes on Rafah killed 30 people on Tuesday. A strike on a house in Rafah "
     "killed 10.", [("Rafah", 30)]),
    # strikes at three places: no rest for one place
    ("Israeli strikes on Rafah, Khan Younis and Jabalia killed 30 people on Tuesday. A strike "
     "on a house in Rafah killed 10.", [("Rafah", 10), ("Khan Younis", None), ("Jabalia", None)]),
    # the same toll told again, or a larger one: one event
    ("Two Israeli airstrikes on Deir al-Balah killed 26 people on Tuesday. The strike on a "
     "house in Deir al-Balah killed 26 people.", [("Deir al-Balah", 26)]),
    ("Two Israeli airstrikes on Deir al-Balah killed 26 people on Tuesday. The strike on a "
     "house in Deir al-Balah killed 30 people.", [("Deir al-Balah", 30)]),
    # a day's toll for the Strip: a part, not a split (see rest_at_the_area)
    ("Israeli strikes across Gaza killed 40 people on Tuesday, including 16 in Deir al-Balah. "
     "A strike on a house in Deir al-Balah killed 16.",
     [("Deir al-Balah", 16), ("Gaza Strip", 24)]),
    ("Israeli strikes on Rafah and Khan Younis killed 30 people on Tuesday, including 12 in "
     "Rafah. A strike on a house in Rafah killed 12.", [("Rafah", 12), ("Gaza Strip", 18)]),
    # the wounded, the war's dead, a strike told as another, "at least two strikes", dead
    # with no strike told: no part
    ("Two Israeli airstrikes on Deir al-Balah killed 26 people on Tuesday. A strike on a house "
     "in Deir al-Balah wounded 16 people.", [("Deir al-Balah", 26)]),
    ("Two Israeli airstrikes on Deir al-Balah killed 26 people on Tuesday. Israeli strikes have "
     "killed 43,000 people in Gaza since the war began, including 16 in a house in Deir "
     "al-Balah.", [("Deir al-Balah", 26)]),
    ("Two Israeli airstrikes on Deir al-Balah killed 26 people on Tuesday. Separately, a strike "
     "on a house in Deir al-Balah killed 6 people.", [("Deir al-Balah", 26)]),
    ("Two Israeli airstrikes on Deir al-Balah killed 26 people on Tuesday. Another strike on a "
     "house in Deir al-Balah killed 6 people.", [("Deir al-Balah", 26)]),
    ("At least two Israeli airstrikes on Deir al-Balah killed 26 people on Tuesday. A strike "
     "on a house in Deir al-Balah killed 6 people.", [("Deir al-Balah", 26)]),
    ("Two Israeli airstrikes on Deir al-Balah killed 26 people on Tuesday. Sixteen people, "
     "including ten children, were killed in Deir al-Balah.", [("Deir al-Balah", 26)]),
])
def test_a_toll_of_several_strikes_is_split_only_by_one_strike_of_it(text, expected):
    assert [(loc, n) for _, loc, n, *_ in _coded(text, "2024-10-27")] == expected


@pytest.mark.parametrize("text,place", [
    # a town that opens a sentence with an aside and a dash is the sentence's own place
    ("Rafah, the city on the border, was shelled again - residents said five were killed.",
     "Rafah"),
    ("Khan Younis, the largest city in the south, came under heavy fire - and five people "
     "were killed, medics said.", "Khan Younis"),
    # a place in the middle of a line is no dateline, whatever follows it
    ("Israeli strikes hit Jabalia, 19 March 2024 - the deadliest day in weeks.", "Jabalia"),
])
def test_a_town_in_its_own_case_without_agency_or_day_is_no_dateline(text, place):
    assert place in [loc for _, loc, *_ in _coded(text, "2024-03-20")]


@pytest.mark.parametrize("text,place", [
    # a speaker's town is the place when the sentence names no other
    ("The Civil Defence in Khan Younis said five people were killed in a strike on a house.",
     "Khan Younis"),
    # staff at a hospital that was itself hit, or a hospital hit that staff speak of
    ("Israeli tanks shelled Nasser hospital on Tuesday, medics at the hospital said.",
     "Nasser Medical Complex"),
    ("Doctors said Israeli forces stormed Kamal Adwan hospital and detained its director.",
     "Kamal Adwan Hospital"),
    # staff at a hospital in a town tell of the town
    ("Medics at Al-Awda hospital in Nuseirat said at least eight people were killed when a "
     "strike hit a house.", "Nuseirat"),
])
def test_a_speakers_place_stays_when_nothing_else_places_the_event(text, place):
    assert place in [loc for _, loc, *_ in _coded(text, "2024-11-13")]


@pytest.mark.parametrize("text", [
    "Israeli strikes have killed 22,000 people across the Gaza Strip since October, the "
    "ministry said.",
    "Israeli strikes have killed at least 220 people across the Gaza Strip since the truce "
    "collapsed, medics said.",
])
def test_a_toll_since_a_day_of_the_war_stays_a_tally(text):
    assert all(n is None for _, _, n, *_ in _coded(text, "2024-11-13"))


def test_the_before_a_last_name_shares_no_noun_it_does_not_end():
    # "the" before a name that ends no shared noun: the names keep their own sense
    doc = parse("Strikes hit Jabalia and the Nuseirat camp road.", published="2024-12-06")
    assert "Jabalia" in [m.name for m in doc.mentions]


# -- a second strike with its own place and toll, after "and" ---------------------------
@pytest.mark.parametrize("text,tolls", [
    ("An Israeli airstrike in Rafah killed five people and another in Khan Younis killed "
     "three.", [("Rafah", 5), ("Khan Younis", 3)]),
    ("A drone strike on a car in Beit Lahia killed two men and one more on a tent in Mawasi "
     "left four dead.", [("Beit Lahia", 2), ("al-Mawasi", 4)]),
    ("Israeli shelling in Jabalia killed six people and a second in Beit Hanoun killed two "
     "on Sunday.", [("Jabalia", 6), ("Beit Hanoun", 2)]),
    ("A strike on a school in Nuseirat killed 12 and another targeting a house in Bureij "
     "killed four.", [("Nuseirat", 12), ("Bureij", 4)]),
    ("A strike on a house in Jabalia killed four, while another on a car in Beit Lahia "
     "killed two.", [("Jabalia", 4), ("Beit Lahia", 2)]),
])
def test_each_strike_after_and_keeps_its_own_toll(text, tolls):
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events]
    assert got == tolls


@pytest.mark.parametrize("text,tolls", [
    # one toll split between two places: each its own victim, the second with no count
    ("Israeli strikes killed a man in Rafah and another in Khan Younis on Sunday.",
     [("Rafah", 1), ("Khan Younis", None)]),
    # "another three": a count of its own, not a second strike
    ("An airstrike in Rafah killed five people and another three in Khan Younis were "
     "wounded.", None),
])
def test_another_that_is_no_second_strike_is_not_split_off(text, tolls):
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events]
    if tolls is None:
        assert ("Rafah", 5) in got
    else:
        assert got == tolls


# -- a real clause after "and", past a call or a wish ---------------------------------
@pytest.mark.parametrize("text,place", [
    ("The UN called for a ceasefire and Israeli jets struck Rafah on Monday.", "Rafah"),
    ("The UN called for a ceasefire, and an Israeli airstrike on a house killed five in "
     "Rafah on Monday.", "Rafah"),
    ("Egypt urged Israel to halt its offensive and Israeli tanks pushed into Rafah on "
     "Monday.", "Rafah"),
    ("Mediators proposed a truce but Israel bombed Khan Younis overnight.", "Khan Younis"),
    ("The UN demanded a pause in fighting, but Israeli shelling hit Khan Younis on "
     "Tuesday.", "Khan Younis"),
])
def test_a_clause_told_after_a_call_is_an_event(text, place):
    assert place in [e.location for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text", [
    "The UN called for a ceasefire and an end to airstrikes on Rafah.",
    "The UN called for a ceasefire and the airstrikes on Rafah to be stopped.",
    "The UN called for a ceasefire and said airstrikes on Rafah must be halted.",
    "Qatar proposed a truce and Israeli jets would then stop bombing Rafah.",
    "Egypt warned against an offensive and Israeli tanks could enter Rafah within days.",
])
def test_what_is_still_sought_after_and_is_no_event(text):
    assert parse(text, published="2024-10-27").events == ()


# -- a call in the present, a day pointing back --------------------------------------
def test_an_order_retold_in_the_present_keeps_its_day():
    text = ("On 13 October, the Israeli military ordered the evacuation of northern Gaza. The "
            "order calls on residents of Gaza City to move south of Wadi Gaza.")
    got = {e.event_date for e in parse(text, published="2023-10-15").events
           if e.sub_event_type == "Evacuation order"}
    assert got == {"2023-10-13"}


def test_an_attack_told_after_a_call_is_not_of_the_statements_day():
    text = ("On Monday, five rockets were launched from Khan Younis. The IDF calls on the "
            "residents of Jabalia to move south, after an airstrike killed 10 people in Jabalia.")
    got = {e.event_date for e in parse(text, published="2024-10-08").events
           if e.sub_event_type == "Air/drone strike"}
    assert "2024-10-08" not in got


@pytest.mark.parametrize("text, sub, expected", [
    ("The Rafah crossing has been closed since 7 May. On that day, Israeli tanks seized the "
     "crossing.", "Non-violent transfer of territory", "2024-05-07"),
    ("The Rafah crossing has been closed since 7 May, when Israeli tanks seized it. The next "
     "day, an airstrike killed 5 in Rafah.", "Air/drone strike", "2024-05-08"),
    ("The Kerem Shalom crossing has been closed since 5 May, when a rocket attack killed four "
     "soldiers. Israeli tanks entered eastern Rafah the following day.", "Armed clash",
     "2024-05-06"),
])
def test_a_day_pointing_back_to_a_closures_start_takes_it(text, sub, expected):
    got = {e.event_date for e in parse(text, published="2024-05-20").events
           if e.sub_event_type == sub}
    assert got == {expected}


def test_the_same_day_after_a_since_in_another_clause_is_the_day_told():
    text = ("On 21 October, the Rafah crossing opened for the first time since 7 October, and "
            "on the same day 20 trucks entered.")
    got = {e.event_date for e in parse(text, published="2023-10-22").events
           if e.sub_event_type == "Aid delivery"}
    assert got == {"2023-10-21"}


# -- fire from the Strip, fighters' projectiles, other names of the sides ------------------
@pytest.mark.parametrize("text,actor1", [
    # the army's strike told with the rockets it answered stays the army's
    ("The Israeli military said it struck the launch site of rockets fired from Beit Hanoun "
     "on Monday.", "Israeli military"),
    ("The Israeli military said its aircraft struck the launchers of rockets fired from Rafah "
     "on Monday.", "Israeli military"),
    ("The Israeli military said it bombed Jabalia on Monday in response to rockets fired from "
     "the area.", "Israeli military"),
    ("The IDF said it struck the launchers from which rockets were fired at Israel from Khan "
     "Younis on Monday.", "Israeli military"),
    # fired from Israel, from the army's machines or from across the border: not the fighters'
    ("Mortar shells fired from Israel hit a school in Khan Younis on Monday, killing four.",
     None),
    # (a quadcopter is the army's own machine)
    ("Projectiles fired from a quadcopter hit a tent in al-Mawasi on Monday, killing two.",
     "Israeli military"),
    ("Mortars fired from across the border hit homes in Khan Younis on Monday.", None),
    ("Mortar shells fired from positions near the border fence landed in Khan Younis on "
     "Monday, killing two.", None),
    ("Missiles fired by the navy off Gaza hit a house in Deir al-Balah on Monday, killing "
     "two.", None),
])
def test_fire_told_near_the_strip_is_the_fighters_only_when_it_is_theirs(text, actor1):
    assert [a1 for *_, a1, _ in _coded(text, "2024-07-02")] == [actor1]


@pytest.mark.parametrize("text,sub", [
    # a strike in answer to the fighters' rockets is no rocket of theirs
    ("Twelve people were killed in Rafah on Monday in retaliation for rockets fired from "
     "Gaza.", "Air/drone strike"),
    ("Following rockets fired from Gaza on Monday Israeli jets struck a house in Beit Lahia.",
     "Air/drone strike"),
    # missiles from the air are a strike, whoever they were aimed at
    ("Missiles fired from the air at groups of displaced people struck a school in Gaza City "
     "on Monday.", "Air/drone strike"),
])
def test_a_strike_told_with_the_fighters_fire_stays_a_strike(text, sub):
    assert [(s, a1) for s, *_, a1, _ in _coded(text, "2024-07-02")] == \
        [(sub, "Israeli military")]


@pytest.mark.parametrize("text,actors", [
    # fighters named as the ones hit are the other party
    ("Militants were killed by an Israeli drone strike in Jabalia on Monday.",
     ("Israeli military", "Palestinian militants")),
    ("Two resistance fighters were killed by an Israeli drone strike in Jabalia on Monday.",
     ("Israeli military", "Palestinian militants")),
    # the army's spokesman or radio telling of the fighters' fire is the source
    ("Israel's military spokesman said Hamas fighters fired rockets from Rafah on Monday.",
     ("Hamas", None)),
    ("Israel's Army Radio reported that Hamas militants fired rockets from Rafah on Monday.",
     ("Hamas", None)),
])
def test_fighters_hit_and_the_armys_spokesmen_are_not_who_acted(text, actors):
    assert [(a1, a2) for *_, a1, a2 in _coded(text, "2024-07-02")] == [actors]


# -- the rest of a toll, bodies recovered, one of several strikes ----------------------
@pytest.mark.parametrize("text", [
    # the rest's other fate: no dead at its place
    "Strikes killed 30 people across Gaza on Sunday, including 12 in Jabalia; others in Khan "
    "Younis were wounded.",
    "Strikes killed 30 people across Gaza on Sunday, including 12 in Jabalia, while others in "
    "Rafah fled their homes.",
    "Israeli strikes killed 20 people, including eight in Rafah, while others in Khan Younis "
    "remain under the rubble.",
    # a hospital the rest were at or died at, not where they were killed
    "Strikes killed 20 people, including eight in Rafah, with others at Nasser Hospital.",
    "Strikes killed 20 people, including eight in Rafah, while others died at Nasser Hospital "
    "of their wounds.",
    "Strikes killed 20 people, including eight in Rafah, with the rest at hospitals in Khan "
    "Younis.",
])
def test_the_rest_of_a_toll_is_not_put_where_it_was_not_killed(text):
    # the part at its place, the rest the Strip's
    counted = [e.location for e in parse(text, published="2024-10-27").events if e.fatalities]
    assert counted[1:] == ["Gaza Strip"]


@pytest.mark.parametrize("text", [
    "Rescuers recovered the bodies of 30 people killed in recent Israeli strikes in Khan Younis.",
    "After Israeli troops pulled out of Khan Younis, rescuers recovered the bodies of 30 people "
    "killed in Israeli strikes on the city.",
    "Civil defence crews recovered 42 bodies from the rubble of homes destroyed by Israeli "
    "bombardment in Rafah since the ceasefire began.",
    "Rescuers recovered the bodies of 15 people from the rubble of a building in Jabalia that was "
    "bombed by Israeli jets in December.",
    "Rescuers recovered the bodies of 15 people from the rubble of a building in Jabalia that was "
    "destroyed by an Israeli strike during the war.",
    "Rescuers recovered the bodies of 30 people killed in Israeli strikes over the past days in "
    "Khan Younis.",
    "Rescuers recovered the bodies of 12 people following Israeli raids on Beit Lahia, after the "
    "army ended its operation there.",
    "The Palestine Red Crescent recovered the bodies of 8 people in Rafah, including 5 killed in "
    "an Israeli strike on Sunday and 3 killed days earlier.",
    "Israeli forces returned the bodies of 15 Palestinians through the Kerem Shalom crossing "
    "after the strike.",
])
def test_bodies_recovered_of_dead_from_before_are_no_strikes_toll(text):
    assert all(e.fatalities is None for e in parse(text, published="2024-10-27").events)


@pytest.mark.parametrize("text, expected", [
    # the whole toll told again with a part of it
    ("Israeli strikes on Shujaiya and Zeitoun killed 26 people on Tuesday. The strike on a "
     "school in Zeitoun killed 16 children, among 26 dead.", [("Shejaia", None), ("Zeitoun", 26)]),
    # fighters a party counts are no share of the toll
    ("Israeli strikes on Nuseirat and Bureij killed 20 people, medics said on Tuesday. The "
     "Israeli military said its strike in Nuseirat killed 5 militants.",
     [("Nuseirat", 5), ("Bureij", None)]),
    ("Israeli strikes on Nuseirat and Bureij killed 20 people on Tuesday. Hamas said a strike on "
     "a car in Nuseirat killed 5 of its fighters.", [("Nuseirat", 5), ("Bureij", None)]),
])
def test_a_later_count_that_is_no_part_leaves_no_rest(text, expected):
    assert [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events] \
        == expected


# -- a site's short name ---------------------------------------------------------------
@pytest.mark.parametrize("text,short,name", [
    # the town a site is named after stays the town
    ("Tanks reached the Rafah crossing on Tuesday. Strikes in Rafah killed 23 people.",
     "Rafah", "Rafah"),
    ("A strike hit a house in Nuseirat refugee camp. Later, shelling in Nuseirat killed two.",
     "Nuseirat", "Nuseirat"),
])
def test_a_town_after_a_site_named_for_it_stays_the_town(text, short, name):
    (mention,) = [m for m in parse(text, published="2024-10-27").mentions
                  if m.surface == short]
    assert mention.name == name


@pytest.mark.parametrize("text", [
    # the short name told first is not the site told later
    "Residents near Yassin said five people were killed. Later Israeli forces shelled the "
    "Yassin mosque in Gaza City.",
    # a person of the same name
    "An airstrike hit the Nasser hospital compound. A crowd gathered around Nasser, who said "
    "the army had fired on them.",
])
def test_a_short_name_is_no_site_told_after_it_or_a_person(text):
    reasons = [m.reason or "" for m in parse(text, published="2024-10-27").mentions]
    assert not any("told before" in r for r in reasons)


def test_a_crossing_not_named_after_a_town_is_no_town():
    # "the Kerem Shalom crossing": no town of the Strip is its name
    got = [e.location for e in parse(
        "Tanks took the Kerem Shalom crossing on Monday as the army ordered residents to leave "
        "the eastern part of the city.", published="2024-10-27").events
        if e.sub_event_type == "Evacuation order"]
    assert got != ["Kerem Shalom"]


@pytest.mark.parametrize("text,killed", [
    # a part "among" a whole with no number of its own stays the count
    ("Five children were among those killed in a strike on a house in Nuseirat.", 5),
    # a toll, then its part "among them": the toll
    ("An Israeli strike on a tent in al-Mawasi killed seven people, among them three children, "
     "medics said.", 7),
    ("Nine people were killed in a strike on a house in Jabalia, among them three children.", 9),
])
def test_a_part_among_no_numbered_whole_keeps_its_count(text, killed):
    assert [e.fatalities for e in parse(text, published="2024-10-27").events] == [killed]


def test_a_part_among_the_wounded_is_no_toll_of_the_dead():
    (event,) = parse("Three children are among the 40 wounded in a strike on a school in "
                     "Jabalia.", published="2024-10-27").events
    assert (event.fatalities, event.injuries) == (None, 40)


# -- a dateline's town, a hospital whose staff speak, "since midnight on" a day ----------
@pytest.mark.parametrize("text,place", [
    # a lead that names nowhere but the dateline is told from there, whatever town the
    # later paragraphs name most
    ("RAFAH, Gaza Strip (AP) — An Israeli airstrike on a house killed five people, hospital "
     "officials said.\nIn Khan Younis, residents said tanks were massing. Khan Younis has "
     "been under evacuation orders since July, and many people in Khan Younis fled.", "Rafah"),
    ("Rafah, Palestinian Territories (AFP) - An Israeli airstrike on a house killed five "
     "people overnight, hospital officials said.\nIn Khan Younis, residents said tanks were "
     "massing. Khan Younis has been under evacuation orders since July.", "Rafah"),
    ("Deir al-Balah, Gaza Strip (Reuters) - Israeli strikes killed 12 people overnight, "
     "health officials said.\nThe army said it was operating in Khan Younis. Troops in Khan "
     "Younis killed militants.", "Deir al-Balah"),
])
def test_a_lead_placed_only_by_its_dateline_stays_at_the_dateline(text, place):
    assert [loc for _, loc, *_ in _coded(text, "2024-10-27")][0] == place


@pytest.mark.parametrize("text,place", [
    # staff who tell of their own hospital hit: the hospital, not its town
    ("Doctors at Al-Awda hospital in Jabalia said Israeli tanks shelled the hospital on "
     "Saturday, killing two.", "Al-Awda Hospital (Jabalia)"),
    ("Medics at Nasser Hospital in Khan Younis said Israeli forces stormed the complex on "
     "Saturday, killing two.", "Nasser Medical Complex"),
    ("Staff at Kamal Adwan hospital in Beit Lahia said Israeli shells struck its third floor "
     "on Saturday, killing two patients.", "Kamal Adwan Hospital"),
    ("Nurses at Al-Ahli hospital in Gaza City said an Israeli strike on the hospital killed "
     "five.", "Al-Ahli Arab Hospital"),
    ("Officials at the Indonesian hospital in Beit Lahia said Israeli tanks surrounded the "
     "hospital on Saturday and shelled it, killing two.", "Indonesian Hospital"),
])
def test_staff_who_tell_of_their_own_hospital_hit_place_it(text, place):
    # (tanks that surrounded the hospital and shelled it: an encirclement and the shelling)
    assert {loc for _, loc, *_ in _coded(text, "2024-10-27")} == {place}


@pytest.mark.parametrize("text", [
    "Israeli strikes have killed at least 220 people across the Gaza Strip since midnight on "
    "18 March, when the truce collapsed, medics said.",
    "Israeli strikes have killed at least 220 people across the Gaza Strip since dawn on 18 "
    "March, medics said.",
    "Israeli strikes have killed at least 220 people across the Gaza Strip since midnight "
    "last Tuesday, medics said.",
])
def test_a_toll_since_midnight_of_a_day_named_is_no_days_toll(text):
    assert all(n is None for _, _, n, *_ in _coded(text, "2024-10-27"))


# -- "the" before a list's last item, another victim, what is still sought --------------
@pytest.mark.parametrize("text,town", [
    ("Strikes hit Khan Younis and the Nuseirat camps on Saturday.", "Khan Younis"),
    ("The army raided Jabalia and the Beach camps overnight.", "Jabalia"),
])
def test_a_town_before_the_last_item_after_the_shares_no_noun(text, town):
    doc = parse(text, published="2024-10-27")
    assert town in [m.name for m in doc.mentions]


@pytest.mark.parametrize("text,place", [
    ("Israeli fire killed a boy in Rafah on Saturday and another boy in Khan Younis was "
     "injured.", "Khan Younis"),
    ("Israeli snipers killed a woman in Rafah and another woman near the Nasser hospital was "
     "injured, medics said.", "Nasser Medical Complex"),
])
def test_another_victim_told_in_the_passive_is_no_second_strike(text, place):
    assert place in [e.location for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text", [
    "The UN called for a ceasefire and for the bombing of crowded shelters in Rafah to end.",
    "The UN called for a ceasefire and an investigation into strikes that killed aid workers "
    "in Deir al-Balah.",
    "Mediators proposed a deal under which Israel would withdraw and Hamas released hostages.",
])
def test_what_is_sought_after_and_stays_no_event_whatever_its_words_in_ed(text):
    assert parse(text, published="2024-10-27").events == ()


def test_a_short_name_before_another_noun_is_no_site_told_before():
    # "the Nasser neighbourhood" after "Nasser hospital": the neighbourhood, not the hospital
    mentions = parse("Shelling hit near Nasser hospital on Sunday. Later, a strike hit a house in "
                     "the Nasser neighbourhood of Gaza City, killing five.",
                     published="2024-10-27").mentions
    (short,) = [m for m in mentions if m.surface == "Nasser"]
    assert short.name != "Nasser Medical Complex"


@pytest.mark.parametrize("text,wrong", [
    # "the city of Jenin" names a city of its own, not one told before it
    ("After a strike on Khan Younis, Israeli forces raided the city of Jenin, killing three.",
     "Khan Younis"),
    # a city abroad told nearer before "the city" is the one meant
    ("Tanks were seen at the Rafah crossing on the Egyptian side, and trucks queued in the city "
     "of El Arish as the army ordered residents of the eastern part of the city to leave.",
     "Rafah"),
])
def test_the_city_is_no_gaza_town_told_before_a_city_named_after_it(text, wrong):
    assert wrong not in [e.location for e in parse(text, published="2024-10-27").events
                         if e.sub_event_type != "Air/drone strike"]


@pytest.mark.parametrize("text,expected", [
    # a whole of the dead and hurt together is no count of either
    ("Two medics were among the 40 wounded or killed in a strike on a school in Jabalia.",
     (None, 2)),
    ("Two medics were among the 40 killed and wounded in a strike on a school in Jabalia.",
     (None, None)),
])
def test_a_part_among_the_dead_and_hurt_together_keeps_its_count(text, expected):
    (event,) = parse(text, published="2024-10-27").events
    assert (event.fatalities, event.injuries) == expected


@pytest.mark.parametrize("text,day", [
    # those who came to the scene came that day: its day is the strike's
    ("A second strike hit rescuers who had arrived at the scene of the first attack in Khan "
     "Younis on Monday.", "2024-10-21"),
    ("An airstrike killed 12 people who were sheltering in a school in Nuseirat on Friday.",
     "2024-10-25"),
])
def test_a_day_of_the_dead_arriving_or_sheltering_stays_the_strikes(text, day):
    assert {d for *_, d in _events(text, "2024-10-27")} == {day}


@pytest.mark.parametrize("text,places", [
    # what people fled (the shelling there) is told, not only where from
    ("A strike in Jabalia killed four people who had fled the shelling in Beit Hanoun.",
     {"Jabalia", "Beit Hanoun"}),
    ("Families who fled to Rafah were hit by an airstrike on a tent in Rafah.", {"Rafah"}),
])
def test_what_was_fled_or_fled_to_keeps_its_place(text, places):
    assert {loc for _, loc, _, _ in _events(text, "2024-10-27")} == places


@pytest.mark.parametrize("text,day", [
    # the raid of the day is told beside the one before
    ("Nasser Hospital was raided again on Monday; it had been raided once before, in February.",
     "2024-10-21"),
    ("The Kamal Adwan Hospital, attacked several times before, was stormed on Friday.",
     "2024-10-25"),
    ("Troops raided a school in Jabalia once more on Monday, killing three.", "2024-10-21"),
])
def test_the_raid_of_the_day_stays_beside_one_before(text, day):
    assert [d for *_, d in _events(text, "2024-10-27")] == [day]


@pytest.mark.parametrize("text,got", [
    # "another" with no number after it, or mid-clause with no comma, is no count of its own
    ("Another died in Rafah.", []),
    ("Another 10 people were wounded in Rafah.", [("Rafah", None)]),
    ("Of the 2,000 patients evacuated, 15 died on the way.", []),
])
def test_another_is_a_count_only_with_a_number_opening_a_clause(text, got):
    assert [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events] \
        == got


@pytest.mark.parametrize("text", [
    # bodies of the dead of before stay no toll, whoever struck after
    "Crews recovered the bodies of 20 people from a mass grave after Israeli tanks shelled "
    "the area of Khan Younis.",
    "Rescuers recovered the bodies of 30 people killed in past weeks, after tanks shelled "
    "the area of Rafah.",
    "After tanks shelled the area for weeks, rescuers recovered the bodies of 30 people in "
    "Khan Younis.",
])
def test_bodies_of_before_stay_no_toll_after_a_striker_struck(text):
    assert all(e.fatalities is None for e in parse(text, published="2024-10-27").events)


@pytest.mark.parametrize("text,expected", [
    # the part rules for "including" keep their way
    ("Israeli strikes killed seven people, including five in Rafah.",
     [("Rafah", 5), ("Gaza Strip", 2)]),
    # a part of the same place's dead is no breakdown over places
    ("An Israeli strike killed seven people in Rafah, two of them children, medics said.",
     [("Rafah", 7)]),
    ("Israeli strikes killed seven people, five in critical condition, medics said.", []),
    # (the wounded clause names no deed of its own: no event there)
    ("An Israeli strike killed seven people in Rafah, while two in Khan Younis were wounded.",
     [("Rafah", 7)]),
    # ages and dates are no parts
    ("An Israeli strike killed three children, aged 5 and 7, in Rafah on Sunday.",
     [("Rafah", 3)]),
    ("Israeli strikes killed seven people on 5 May in Rafah and Khan Younis.",
     [("Rafah", None), ("Khan Younis", None)]),
    # one strike of several, told with what it hit: the toll stays where it was put
    ("Seven people were killed in two strikes, one of which hit a school in Jabalia.",
     [("Jabalia", 7)]),
])
def test_a_toll_with_no_breakdown_over_places_keeps_its_place(text, expected):
    assert [(e.location, e.fatalities)
            for e in parse(text, published="2024-10-27").events] == expected


# -- strike or shelling, battle beside a strike ----------------------------------------
@pytest.mark.parametrize("text,expected", [
    # tear gas shells are no shelling
    ("Tear gas shells fell on protesters near Rafah.", "Peaceful protest"),
    # a drone the troops called in killed them: a strike, not fighting
    ("Jets struck Khan Younis, and troops in Jabalia directed a drone that killed five "
     "militants.", "Air/drone strike"),
    # militants' missiles at a tank: fighting
    ("Militants fired missiles at an Israeli tank in Rafah.", "Armed clash"),
])
def test_weapon_words_that_name_no_strike_or_shelling(text, expected):
    assert _coded(text, "2024-10-27")[-1][0] == expected


def test_a_list_still_goes_on_past_its_comma():
    got = _coded("Fighting continued in northern Gaza, Gaza City, the Middle Area, and Khan "
                 "Younis, in southern Gaza.", "2024-10-27")
    assert [loc for _, loc, *_ in got] == ["northern Gaza", "Gaza City", "central Gaza",
                                          "Khan Younis"]


def test_a_shelling_toll_told_after_it_keeps_the_israeli_author():
    got = _coded("The ministry said shells struck the upper floors of Kamal Adwan hospital "
                 "overnight. It said at least 38 people were killed in the North Gaza "
                 "governorate over the past 24 hours, including 11 in Jabalia camp.",
                 "2024-10-24")
    assert {a1 for *_, a1, _ in got} == {"Israeli military"}


# -- what a person or a place once went through, told in a relative clause ---------------
@pytest.mark.parametrize("text,expected", [
    # a day of its own: told as news
    ("One elderly woman, who fled from Gaza City on 11 July, said her husband was detained.",
     [("Displacement", "Gaza City", "2024-07-11"), ("Arrests", "Gaza City", "2024-07-11")]),
    ("Residents who fled Jabalia on Monday said tanks had reached the market.",
     [("Displacement", "Jabalia", "2024-10-21"), ("Armed clash", "Jabalia", "2024-10-21")]),
    # what is said, not a relative clause
    ("The army said that troops seized the Rafah crossing in May.",
     [("Non-violent transfer of territory", "Rafah Crossing", "2024-05-01")]),
    # the move an account goes on from
    ("The army announced a ground offensive to retake the Netzarim Corridor, from which it had "
     "withdrawn in February.", None),
])
def test_a_relative_clause_with_a_day_or_no_relative_is_still_told(text, expected):
    got = [(e.sub_event_type, e.location, e.event_date)
           for e in parse(text, published="2024-10-27").events]
    if expected is None:
        assert "Non-violent transfer of territory" in [sub for sub, *_ in got]
    else:
        assert got == expected


# -- the flight's day, a raid before, a count of before, bodies not reached, a day told,
# a month's rate ----------------------------------------------------------------------
@pytest.mark.parametrize("text,day", [
    # the strike's own day after those who had fled or sheltered is the strike's
    ("An Israeli airstrike killed 15 people who had been displaced from Beit Lahia, in a "
     "school in Jabalia on Tuesday, the civil defence said.", "2024-10-22"),
    ("An Israeli airstrike killed at least 40 people who had sought refuge in a UN school in "
     "Nuseirat on Thursday, medics said.", "2024-10-24"),
    ("An Israeli strike killed a man who had left the mosque in Jabalia after evening prayers "
     "on Monday.", "2024-10-21"),
    ("An Israeli strike on a tent in Rafah killed 12 displaced people who had fled to Rafah "
     "from Gaza City, medics said on Tuesday.", "2024-10-22"),
])
def test_the_strikes_day_after_those_who_had_fled_stays_the_strikes(text, day):
    assert [d for sub, *_, d in _events(text, "2024-10-27") if sub == "Air/drone strike"] \
        == [day]


@pytest.mark.parametrize("text,place", [
    # struck twice before a time or a happening of that day: the report's own strikes
    ("The house in Jabalia was struck twice before dawn on Tuesday.", "Jabalia"),
    ("The school in Jabalia was bombed twice before the families could leave on Monday.",
     "Jabalia"),
])
def test_struck_several_times_before_a_time_of_the_day_stays_an_event(text, place):
    assert place in [loc for _, loc, *_ in _events(text, "2024-10-27")]


def test_another_count_of_the_dead_of_before_is_no_toll():
    text = ("An Israeli strike killed three people in Rafah on Monday, while another 15 had "
            "died earlier in the week in Khan Younis.")
    assert [(loc, n) for _, loc, n, _ in _events(text, "2024-10-27")] == [("Rafah", 3)]


def test_bodies_not_reached_after_a_striker_fired_are_no_toll():
    text = ("Civil defence crews could not recover the bodies of 20 people in Rafah after "
            "Israeli tanks fired on rescuers on Tuesday.")
    assert all(n is None for _, _, n, _ in _events(text, "2024-10-27"))


def test_a_toll_since_dawn_told_in_the_past_of_a_day_named_keeps_that_day():
    text = "On Friday, Israeli strikes hit Rafah. Medics said 25 people had been killed since dawn."
    assert {d for *_, d in _events(text, "2024-10-27")} == {"2024-10-25"}


@pytest.mark.parametrize("text", [
    # a month told as days, a long span, or the day of the saying: a month's figure
    "Between 1 and 31 January, an average of 140 aid trucks per day entered Gaza through "
    "Kerem Shalom and Rafah crossings.",
    "Over the past 100 days, an average of 95 aid trucks a day have entered Gaza.",
    "OCHA said on Monday that an average of 98 aid trucks a day entered Gaza in January.",
    "The UN said yesterday that an average of 98 aid trucks a day entered Gaza in January.",
    "On Monday, OCHA said an average of 98 aid trucks per day entered Gaza during January.",
])
def test_a_rate_over_a_month_or_told_on_a_day_is_no_delivery(text):
    assert "Aid delivery" not in [e.sub_event_type
                                  for e in parse(text, published="2024-02-13").events]


@pytest.mark.parametrize("text", [
    # "near", "around", "outside" a place split a toll only with a count before them
    "Israeli strikes killed 31 people across Gaza on Monday, including some near Jabalia.",
    "Israeli strikes killed 31 people across Gaza, including around 12 children, medics "
    "in Rafah said.",
])
def test_near_around_or_outside_split_a_toll_only_after_a_count(text):
    counted = [e.fatalities for e in parse(text, published="2024-10-27").events if e.fatalities]
    assert counted == [31]


@pytest.mark.parametrize("text", [
    # a part of a toll at a place outside the Strip neither takes the toll away nor passes
    # its count to the next place named
    "Israeli fire killed 31 people across the Gaza Strip, including 12 around Zikim, "
    "health officials in Gaza City said.",
    "Israeli strikes killed 31 people across Gaza on Monday, including 12 around Sderot, "
    "medics at Nasser hospital said.",
])
def test_a_part_of_a_toll_outside_the_strip_is_no_place_and_keeps_the_toll(text):
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events]
    assert got == [("Gaza Strip", 31)]


@pytest.mark.parametrize("text", [
    # the Zikim crossing is the Strip's, on the edge of northern Gaza: a part of the toll
    # told at a region, as "including 12 in northern Gaza" is
    "Israeli strikes killed 31 people across Gaza on Monday, including 12 near the Zikim "
    "crossing.",
    "Israeli strikes killed 31 people across Gaza on Monday, including 12 near the Zikim "
    "crossing, medics at Nasser hospital said.",
    "Israeli strikes killed 31 people across Gaza on Monday, including 12 in northern Gaza.",
])
def test_a_part_of_a_toll_at_a_crossing_of_the_strip_keeps_the_toll(text):
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events]
    assert ("Gaza Strip", 31) in got and {loc for loc, _ in got} == {"Gaza Strip", "northern Gaza"}


@pytest.mark.parametrize("text,hospitals", [
    # the dead brought to a hospital are counted at no hospital, neither the one that took
    # them in nor one told before
    ("Israeli forces raided Al-Amal hospital in Khan Younis on Sunday. Fifty bodies were "
     "brought to Nasser Medical Complex.", ("Al-Amal", "Nasser Medical Complex")),
    ("Troops besieged the Indonesian Hospital on Saturday. The bodies of 30 people were "
     "brought to Kamal Adwan Hospital.", ("Indonesian Hospital", "Kamal Adwan Hospital")),
    ("Fifty bodies were brought to Nasser Medical Complex.", ("Nasser Medical Complex",)),
])
def test_a_toll_brought_to_a_hospital_is_put_at_no_hospital(text, hospitals):
    counted = [e.location for e in parse(text, published="2024-10-27").events if e.fatalities]
    assert counted and not set(counted) & set(hospitals)


@pytest.mark.parametrize("text,clash_places", [
    # a strike told across the Strip is not copied to the places where fighting is told
    ("Israeli bombardment from the air, land and sea continued across the Gaza Strip, with "
     "ground fighting reported in Gaza City, Tel al-Hawa and the Beach camp.",
     {"Gaza City", "Tel al-Hawa", "Beach Camp"}),
    ("Shelling from tanks and gunboats went on across the Gaza Strip on Tuesday, with gun "
     "battles reported in Rafah and Khan Younis.", {"Rafah", "Khan Younis"}),
])
def test_a_strike_is_not_copied_to_places_of_fighting_told_after_it(text, clash_places):
    events = parse(text, published="2024-10-27").events
    assert not [e for e in events if e.event_type != "Battles" and e.location in clash_places]
    assert {e.location for e in events if e.event_type == "Battles"} == clash_places


@pytest.mark.parametrize("text,expected", [
    # a breakdown of what the clause counts besides the dead: no place's own count
    ("Israeli strikes killed seven people and destroyed four houses, two in Rafah and two in "
     "Khan Younis.", [("Rafah", None), ("Khan Younis", None)]),
    ("Israeli strikes killed seven people and hit two houses, one in Rafah and one in Khan "
     "Younis.", [("Rafah", None), ("Khan Younis", None)]),
    ("Seven people were killed in strikes on two houses, one in Rafah and one in Khan Younis.",
     [("Rafah", None), ("Khan Younis", None)]),
    ("Israeli strikes killed seven people and levelled 12 buildings, eight in Rafah and four in "
     "Khan Younis.", [("Rafah", None), ("Khan Younis", None)]),
    ("Israeli forces killed two people and detained 15, ten in Beit Lahia and five in Jabalia.",
     [("Beit Lahia", None), ("Jabalia", None), ("Beit Lahia", None), ("Jabalia", None)]),
    # ... of the strikes, as many as the parts together
    ("Israeli strikes killed 12 people in three strikes, two in Rafah and one in Khan Younis.",
     [("Rafah", None), ("Khan Younis", None)]),
    # ... or more than the toll
    ("Israeli warplanes struck 40 targets, killing seven people, 20 in Rafah and 20 in Khan "
     "Younis.", [("Rafah", None), ("Khan Younis", None)]),
    # a place of the unit the parts leave out keeps its place, with the rest
    ("Israeli strikes on Rafah, Khan Younis and Jabalia killed 10 people, four in Rafah and "
     "three in Khan Younis.", [("Rafah", 4), ("Khan Younis", 3), ("Jabalia", 3)]),
    ("Israeli strikes on Rafah, Khan Younis and Jabalia killed seven people, five in Rafah and "
     "two in Khan Younis.", [("Rafah", 5), ("Khan Younis", 2), ("Jabalia", None)]),
    # a part of another fate, or at the place a town holds
    ("Israeli strikes killed seven people, two in Rafah wounded.", [("Rafah", 7)]),
    ("An Israeli strike killed seven people, two of them in Rafah's Tal al-Sultan.",
     [("Tel al-Sultan", 2)]),
    # no wide area in a ministry's name
    ("Gaza's health ministry said 10 people were killed, four in Deir al-Balah.",
     [("Deir al-Balah", 4)]),
    # times and dates are no counts of anything else
    ("Israeli strikes killed 30 people in 24 hours, 20 in Gaza City and 10 in Jabalia.",
     [("Gaza City", 20), ("Jabalia", 10)]),
    ("Israeli strikes killed seven people after 2 in the afternoon, five in Rafah and two in "
     "Khan Younis.", [("Rafah", 5), ("Khan Younis", 2)]),
    # counts with no place, or with a verb of their own, stay no parts
    ("Israeli strikes killed seven people in Rafah over two days, five on Sunday and two on "
     "Monday.", [("Rafah", 7)]),
    ("Israeli strikes killed 10 people, four in Deir al-Balah were children.",
     [("Deir al-Balah", 10)]),
    ("Israeli strikes killed seven people on Sunday, \"five in Rafah alone,\" the ministry said.",
     [("Rafah", 7)]),
])
def test_a_breakdown_of_no_dead_gives_no_place_a_part(text, expected):
    assert [(e.location, e.fatalities)
            for e in parse(text, published="2024-10-27").events] == expected


# -- where people are sent ------------------------------------------------------------
@pytest.mark.parametrize("text,places", [
    ("The army ordered residents of Bani Suhaila to move towards Rafah and the coastal area "
     "of Mawasi.", ["Bani Suheila"]),
    ("The army called on residents of Beit Hanoun to move immediately westward to the known "
     "shelters in Gaza City.", ["Beit Hanoun"]),
    ("The army told people in Bureij to head south to the humanitarian area in al-Mawasi.",
     ["Bureij"]),
    ("The army ordered residents of Shejaiya to move to the designated shelters in Deir "
     "al-Balah and the western part of Nuseirat.", ["Shejaia"]),
    # where the order applies stays its place, a verb before "parts of" no destination
    ("Israel tells civilians to evacuate parts of eastern Rafah.", ["Rafah Governorate"]),
    # the shelters named in the army's words, with or without quotes
    ("The army issued evacuation orders for Beit Hanoun and Khuza'a, telling residents to move "
     "to \"known shelters\" in western Gaza City and Khan Younis.", ["Beit Hanoun", "Khuza'a"]),
    ("The army ordered residents of Beit Lahia to move to designated shelters in Gaza City.",
     ["Beit Lahia"]),
    ("The army ordered residents of Bureij to move to safe areas in Deir al-Balah.", ["Bureij"]),
])
def test_where_people_are_sent_is_no_place_of_the_order(text, places):
    assert [e.location for e in parse(text, published="2024-10-27").events
            if e.sub_event_type == "Evacuation order"] == places


# -- what could come, and what went on for weeks --------------------------------------
@pytest.mark.parametrize("text", [
    "Aid groups warn that a ground incursion into Rafah, where some 1.2 million people are "
    "sheltering, could result in a massacre.",
    "Officials said an offensive on Deir al-Balah would lead to mass casualties.",
    "A full-scale assault on Rafah might trigger a humanitarian catastrophe, the UN said.",
    "Aid officials say airdrops cannot replace trucks.",
    "The UN says aid convoys to the north have been repeatedly blocked or looted.",
    "Aid trucks have routinely been looted in Rafah.",
    "Only about 150 aid trucks a day have entered Gaza in recent weeks through Kerem Shalom.",
    "Aid trucks have entered Gaza through Kerem Shalom for months.",
])
def test_what_could_come_or_went_on_for_weeks_is_no_event(text):
    assert not parse(text, published="2024-10-27").events


@pytest.mark.parametrize("text,kind", [
    # told, if unsure; one that was, whatever it may amount to; a day of its own
    ("An Israeli airstrike on a school in Gaza City may have killed dozens on Monday.",
     "Air/drone strike"),
    ("An airstrike on a house in Rafah, which killed five, could amount to a war crime.",
     "Air/drone strike"),
    ("Aid trucks entered Gaza through Kerem Shalom on Monday after being blocked for weeks.",
     "Aid delivery"),
    ("Israeli bulldozers leveled lands east of Khan Younis on Monday.",
     "Looting/property destruction"),
    ("Israeli aircraft carried out airstrikes on Rafah on 6 May and on the camp.",
     "Air/drone strike"),
])
def test_an_event_told_beside_a_modal_or_weeks_stays(text, kind):
    assert [e.sub_event_type for e in parse(text, published="2024-10-27").events] == [kind]


# -- shelling told with a battle -------------------------------------------------------
@pytest.mark.parametrize("text,got", [
    ("Fighting raged in southern Gaza on Tuesday, with residents reporting heavy shelling "
     "around Bani Suhaila and Abasan.",
     {("Shelling/artillery/missile attack", "Bani Suheila"),
      ("Shelling/artillery/missile attack", "Abasan al-Kabira")}),
    ("Clashes continued in Jabalia on Monday, amid artillery shelling in Beit Lahia.",
     {("Armed clash", "Jabalia"), ("Shelling/artillery/missile attack", "Beit Lahia")}),
    # the battle's own fire, at its own place, stays the battle
    ("OCHA reported intense fighting in Khan Younis on Thursday involving shelling and heavy "
     "gunfire.", {("Armed clash", "Khan Younis")}),
    ("Heavy fighting raged in Khan Younis, with tanks shelling the area.",
     {("Armed clash", "Khan Younis")}),
    ("Clashes erupted in Rafah, with shelling and gunfire reported in the area.",
     {("Armed clash", "Rafah")}),
])
def test_shelling_with_places_of_its_own_is_no_part_of_the_battle(text, got):
    events = parse(text, published="2024-10-27").events
    assert got <= {(e.sub_event_type, e.location) for e in events}
    assert not any(e.sub_event_type == "Armed clash" and e.location in
                   ("Bani Suheila", "Abasan al-Kabira", "Beit Lahia") for e in events)


# -- a toll said after "and that", a month of the report's own, places of the battle ------
@pytest.mark.parametrize("text,coded", [
    # the toll of the deed just told, in the passive, keeps its dead as the other side
    ("The army said it struck Rafah and that 20 militants were killed there.",
     [("Air/drone strike", "Rafah", 20, "Israeli military", "Palestinian militants")]),
    ("The army said it struck Rafah and that five Hamas fighters had been killed.",
     [("Air/drone strike", "Rafah", 5, "Israeli military", "Hamas")]),
    # "with Israeli shelling": the name on the shelling is its author, not the one fought
    ("Fighting raged in Rafah on Monday, with Israeli shelling killing five people in Tal "
     "as-Sultan.",
     [("Armed clash", "Rafah", None, "Palestinian militants", "Israeli military"),
      ("Shelling/artillery/missile attack", "Tel al-Sultan", 5, "Israeli military",
       "Civilians (Palestine)")]),
])
def test_a_toll_said_after_and_that_or_with_keeps_its_sides(text, coded):
    assert _coded(text, "2024-10-27") == coded


@pytest.mark.parametrize("text,expected", [
    # a month that is the report's own is its news, not a month gone by
    ("Families who fled Jabalia in October said they had nowhere to go.",
     [("Displacement", "Jabalia")]),
    # "since" tells a state that goes on to the report's day
    ("Israeli forces, which have been besieging Jabalia since early October, struck a "
     "school on Sunday.",
     [("Siege/encirclement", "Jabalia"), ("Air/drone strike", "Jabalia")]),
])
def test_a_relative_clause_of_the_reports_own_month_is_still_told(text, expected):
    assert [(e.sub_event_type, e.location)
            for e in parse(text, published="2024-10-27").events] == expected


@pytest.mark.parametrize("text,expected", [
    # shelling at the battle's own place again is the battle's own fire
    ("Clashes erupted in Shujaiya, with shelling hitting homes in the neighbourhood near the "
     "Shujaiya market.", [("Armed clash", "Shejaia")]),
    # a word folded into this event takes no place from it
    ("Israeli tanks shelled eastern Rafah, with troops raiding homes in Tal as-Sultan.",
     [("Shelling/artillery/missile attack", "Rafah"),
      ("Shelling/artillery/missile attack", "Tel al-Sultan")]),
    ("Hamas fighters battled Israeli troops in Jabalia, with the Qassam Brigades saying it "
     "fired mortars at forces in Beit Lahia.",
     [("Armed clash", "Jabalia"), ("Armed clash", "Beit Lahia")]),
])
def test_places_after_a_word_folded_into_the_event_stay_its_own(text, expected):
    assert [(e.sub_event_type, e.location)
            for e in parse(text, published="2024-10-27").events] == expected


# -- a part of a toll, its place past a list or an aside --------------------------------
@pytest.mark.parametrize("text,place", [
    ("Israeli strikes killed 31 people across Gaza on Monday, including 12 in strikes on a "
     "house, a mosque and a school in Jabalia.", "Jabalia"),
    ("Israeli strikes killed 31 people across Gaza on Monday, including 15 at a school, which "
     "was sheltering displaced families, in Gaza City.", "Gaza City"),
])
def test_a_part_keeps_its_place_past_a_comma_that_opens_no_speaker(text, place):
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events]
    assert (place, None) not in got and any(loc == place and n for loc, n in got)


# -- the hospital hit, or the dead told apart from those taken to a hospital ---------------
@pytest.mark.parametrize("text,hospital", [
    ("Israeli tanks shelled Nasser Medical Complex on Monday. The bodies of four people killed "
     "in the shelling were brought to Nasser Medical Complex.", "Nasser Medical Complex"),
    ("An Israeli strike hit al-Aqsa hospital on Monday. Four people killed in the strike were "
     "taken to al-Aqsa hospital.", "Al-Aqsa Martyrs Hospital"),
    ("Israeli forces shelled the Indonesian Hospital in Beit Lahia on Monday. Two people were "
     "killed and their bodies were taken to Kamal Adwan Hospital.", "Indonesian Hospital"),
    ("Israeli forces stormed Kamal Adwan Hospital on Friday. Five people were killed and the "
     "wounded were taken to al-Awda hospital.", "Kamal Adwan Hospital"),
])
def test_the_dead_of_a_hospital_hit_stay_at_that_hospital(text, hospital):
    counted = [e.location for e in parse(text, published="2024-10-27").events if e.fatalities]
    assert counted == [hospital]


# -- a modal or weeks told of what was -----------------------------------------------------
@pytest.mark.parametrize("text,kind", [
    ("An Israeli airstrike on a house in Nuseirat could be heard across the camp on Monday.",
     "Air/drone strike"),
    ("The shelling of Kamal Adwan hospital on Monday could amount to a war crime, the UN said.",
     "Shelling/artillery/missile attack"),
    ("The army said a strike on a Hamas command centre in Gaza City on Monday could not have "
     "caused the casualties.", "Air/drone strike"),
    ("The bombardment of Jabalia would continue for hours, residents said.",
     "Air/drone strike"),
    ("Fifty aid trucks entered Gaza through a crossing shut for months.", "Aid delivery"),
    ("The WFP said its convoy was looted in Deir al-Balah by armed men who had been blocking "
     "roads for weeks.", "Looting/property destruction"),
    ("Israeli troops demolished the homes of families who had lived in Rafah for months.",
     "Looting/property destruction"),
])
def test_a_modal_or_weeks_of_what_was_keeps_the_event(text, kind):
    assert kind in [e.sub_event_type for e in parse(text, published="2024-10-27").events]


# -- a move told of who people are -------------------------------------------------------
@pytest.mark.parametrize("text,pub,expected", [
    # a flight with its day, or a span of the last days, is news
    ("Families who fled Khan Younis on Tuesday crowded into schools in Rafah.", "2024-10-27",
     [("Displacement", "Khan Younis")]),
    ("Thousands of people who have fled Rafah since Sunday are sheltering in al-Mawasi.",
     "2024-10-27", [("Displacement", "Rafah"), ("Displacement", "al-Mawasi")]),
    ("Residents who fled Beit Hanoun this week said they had no food.", "2024-10-27",
     [("Displacement", "Beit Hanoun")]),
    # a day of two digits is a day too
    ("One elderly woman, who fled from Gaza City on 11 July, said her husband was detained "
     "at a checkpoint.", "2024-07-19",
     [("Displacement", "Gaza City"), ("Arrests", "Gaza City")]),
    # an order told with its day is news, whoever moved after it
    ("Families who had moved to al-Mawasi after Israel ordered the evacuation of Khan Younis "
     "on Monday said they had no tents.", "2024-10-27",
     [("Evacuation order", "Khan Younis")]),
])
def test_a_move_told_with_its_time_is_still_an_event(text, pub, expected):
    assert [(e.sub_event_type, e.location) for e in parse(text, published=pub).events] == \
        expected


def test_the_week_people_moved_does_not_date_what_follows():
    got = parse("An airstrike killed 20 people in Rafah on Tuesday, many of them relatives who "
                "had come south after Israel ordered them to move last week. The military said "
                "it struck militant targets.", published="2024-10-27").events
    assert {e.event_date for e in got} == {"2024-10-22"}


# -- captives freed --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Qatari mediators were pushing on Monday for the release of more hostages held in Gaza.",
    "Egyptian officials pressed Hamas on Monday for the release of hostages held in Rafah.",
    "The group released a video of two Israeli women held in Khan Younis on Monday.",
])
def test_a_release_pushed_for_or_a_video_released_is_no_release(text):
    assert [e.sub_event_type for e in parse(text, published="2024-10-27").events] == []


# -- a soldier who fell, and the same incident -----------------------------------------------
@pytest.mark.parametrize("text", [
    "Rockets fell in open areas near Sderot on Monday.",
    "Aid deliveries to Rafah fell during the fighting on Monday.",
])
def test_fell_of_no_fighter_counts_no_dead(text):
    assert all(e.fatalities is None for e in parse(text, published="2024-10-27").events)


def test_a_blast_in_a_separate_incident_keeps_apart():
    got = _events("A soldier was killed in fighting in Rafah on Monday, the army said. In a "
                  "separate incident, two soldiers were wounded when an explosive device "
                  "detonated near their vehicle in Rafah.", "2024-10-27")
    assert [(sub, n) for sub, _, n, _ in got] == [("Armed clash", 1),
                                                  ("Remote explosive/landmine/IED", None)]


# -- a toll of the last 24 hours -----------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    # a place of its own: the toll there
    ("Israeli tanks shelled Khan Younis on Monday. Health officials said 12 people were killed "
     "in Khan Younis in the past 24 hours.",
     ("Shelling/artillery/missile attack", "Khan Younis", 12)),
    # soldiers: the army's fighting
    ("Clashes erupted in Rafah on Monday. The army said five soldiers were killed in the past "
     "24 hours.", ("Armed clash", "Rafah", 5)),
])
def test_a_days_toll_with_its_own_place_or_of_soldiers_is_not_the_strips(text, expected):
    got = [(sub, loc, n) for sub, loc, n, _ in _events(text, "2024-10-27") if n]
    assert got == [expected]


# -- aid not handed over, or a running total ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Egyptian officials said hundreds of aid trucks were being prepared near the Rafah "
    "crossing.",
    "Aid trucks are still being inspected at Kerem Shalom before entering Khan Younis.",
    "Trucks of flour were blocked from entering Rafah on Monday.",
    "Trucks of aid waiting to enter Gaza through Rafah were turned back on Monday.",
    "UNRWA has provided food parcels to over 500,000 people in Rafah and flour to over 700,000 "
    "since 19 January.",
    "WFP has delivered food to 20,000 people in Rafah since 1 March.",
    "UN agencies have distributed 9,000 food parcels in Rafah since January.",
    "The convoy delivered to hospitals in Khan Younis on Monday.",
    "Paramedics transferred the wounded to Nasser Hospital in Khan Younis on Monday.",
    "UNRWA failed to deliver food to Jabalia on Monday.",
    "The pier in Nuseirat has handled thousands of tons of aid, with Fogbow delivering over a "
    "thousand pallets of food.",
    "Aid workers loaded flour onto trucks in Deir al-Balah on Monday.",
])
def test_aid_not_handed_over_or_a_running_total_is_no_aid_event(text):
    assert "Aid delivery" not in [s for s, *_ in _events(text, "2024-10-27")]


# (but a day's delivery told against a date it is the first since)
def test_aid_the_first_since_a_date_is_a_delivery():
    assert "Aid delivery" in [s for s, *_ in _events(
        "Aid trucks entered Rafah on Sunday, the first since 2 March.", "2024-10-27")]


# -- no flight: no people, people who fled long before, or troops -------------------------
@pytest.mark.parametrize("text", [
    "Tears streamed down her face in Rafah.",
    "Crowds poured into the streets of Deir al-Balah to celebrate the truce.",
    "Israeli soldiers forced families out of the school in Jabalia on Monday.",
    "Israeli tanks crossed Wadi Gaza on Monday.",
    "Israeli troops moved back into the Jabalia camp on Monday.",
    "Israeli military vehicles began moving north along Salah al-Din Road on Tuesday.",
    "The displaced citizens in the school in Nuseirat were performing prayers when it was hit.",
    "The school in Nuseirat was sheltering 300 displaced people who fled from Beit Hanoun after "
    "repeated evacuation orders.",
])
def test_no_people_on_the_move_is_no_flight(text):
    subs = [s for s, *_ in _events(text, "2024-10-27")]
    assert "Displacement" not in subs and "Return of displaced people" not in subs


# -- ground not left, a release to come, a deal that holds -------------------------------
@pytest.mark.parametrize("text", [
    "Israeli troops left the bodies of the dead in the streets of Jabalia.",
    "Israeli troops left a trail of destruction in Khan Younis.",
    "Troops left behind destroyed homes in Jabalia.",
    "Israeli forces left Gaza in 2005.",
    "In a first phase, 33 hostages including women and children are to be freed in exchange "
    "for hundreds of Palestinian prisoners, while displaced people are allowed to return to "
    "northern Gaza.",
    "Under the deal, hostages will be released in Rafah on Saturday in exchange for prisoners.",
    "The truce that took effect on Sunday continues to hold across Gaza, the UN said.",
    "The ceasefire that took effect on 19 January continues to hold.",
])
def test_ground_not_left_a_release_to_come_or_a_deal_that_holds_is_no_event(text):
    assert [s for s, *_ in _events(text, "2025-02-09")
            if s in ("Non-violent transfer of territory", "Hostage or prisoner release",
                     "Agreement", "Return of displaced people")] == []


# -- weapons, raids and blasts ---------------------------------------------------------------
@pytest.mark.parametrize("text,sub", [
    # a device come upon that went off is a blast
    ("Soldiers encountered an explosive device that detonated in Rafah on Monday, wounding "
     "two.", "Remote explosive/landmine/IED"),
    # weapons carried and then fired, or fired at a target, are a battle's
    ("Fighters moving forward with anti-tank missiles hit an Israeli tank in Rafah on Monday.",
     "Armed clash"),
    ("Hamas fighters attacked the tank with an anti-tank missile in Rafah on Monday.",
     "Armed clash"),
    ("Fighters fired an RPG at positions of the army in Rafah.", "Armed clash"),
    # a place the troops reached
    ("Israeli troops reached the centre of Khan Younis on Tuesday.", "Armed clash"),
    # raids told into a place are fighting
    ("The army relied on targeted raids into Rafah on Monday.", "Armed clash"),
    # jets named: the strike is from the air
    ("Israel used jets to strike targets in Rafah on Monday.", "Air/drone strike"),
    # a strike called in on a target is one
    ("Troops called in a strike on a house in Rafah on Monday.", "Air/drone strike"),
    # civilians fired on are attacked
    ("Civilians came under fire in Rafah on Saturday.", "Attack"),
    # a word with no weapon beside shelling at its own place takes the shelling
    ("The maternity ward was hit during shelling in Khan Younis on Monday.",
     "Shelling/artillery/missile attack"),
])
def test_weapons_and_raids_keep_their_kind(text, sub):
    assert [s for s, *_ in _events(text, "2024-10-27")] == [sub]


@pytest.mark.parametrize("text", [
    # not what the army is confronted over, nor people driven out by no force
    "Residents in Rafah are confronting the army's evacuation orders with defiance.",
    "Heavy flooding at Al-Aqsa Hospital in Deir al-Balah forced out the patients on Friday.",
])
def test_no_armed_opponent_and_no_force_make_no_violence(text):
    assert not [s for s, *_ in _events(text, "2024-10-27")
                if s in ("Armed clash", "Attack")]


def test_troops_with_tanks_raiding_a_hospital_stay_one_raid():
    got = _events("On Monday, Israeli troops, accompanied by tanks, raided the Al-Shifa hospital "
                  "compound in Gaza City.", "2024-10-27")
    assert [(s, loc) for s, loc, *_ in got] == [("Armed clash", "Al-Shifa Hospital")]


def test_a_pause_with_no_fighting_after_though_makes_no_event():
    assert _events("Israel declared a daily pause along the road from Kerem Shalom to the "
                   "European Gaza Hospital on Sunday, though aid agencies doubted it.",
                   "2024-10-27") == []


def test_a_rocket_misfired_in_another_paragraph_leaves_the_blast_alone():
    got = _events("An explosion hit a house in Beit Lahia on Monday, killing five people.\n\n"
                  "Separately, the army said a militant rocket misfired and fell in an open area.",
                  "2024-10-27")
    assert [s for s, *_ in got] == ["Remote explosive/landmine/IED"]


def test_an_accident_blast_stays_none_whatever_rocket_misfired():
    assert _events("A gas cylinder explosion killed two people in Rafah on Monday. The army "
                   "said a stray rocket landed nearby.", "2024-10-27") == []


def test_soldiers_killed_in_the_past_day_are_a_battle_not_a_tally_of_strikes():
    got = _events("Fighting raged in Rafah on Monday. The army said two soldiers were killed "
                  "in the past 24 hours.", "2024-10-27")
    assert [(s, n) for s, _, n, _ in got if n] == [("Armed clash", 2)]


def test_two_weapons_at_the_same_places_stay_joint():
    got = _events("Shelling and strikes hit Rafah and Khan Younis on Monday.", "2024-10-27")
    assert {loc for _, loc, *_ in got} == {"Rafah", "Khan Younis"}


# -- counts told in other words: what they must leave alone --------------------------------
@pytest.mark.parametrize("text,killed", [
    # the dead or the hurt together: no count of the dead
    ("An Israeli strike in Rafah on Monday killed or injured 60 people.", None),
    # bodies pulled out weeks after, or from strikes of another month
    ("Rescue crews recovered the bodies of 12 people from the rubble of homes hit in Israeli "
     "strikes in Rafah last month.", None),
    ("Crews returned to Rafah after the army withdrew, responded to the sites of strikes and "
     "recovered 30 bodies.", None),
    # one attack's own toll, however it rose
    ("Two more people died of their wounds in Rafah on Monday, bringing the death toll from "
     "the strike to 30.", 30),
    ("An Israeli airstrike killed four people in Khan Younis on Sunday, bringing the day's "
     "death toll to 40.", 4),
    # a lower-case word after "with" is no body the victims worked for
    ("Two children with their mother were killed in an Israeli strike in Rafah on Monday.", 2),
])
def test_counts_told_in_other_words_stay_narrow(text, killed):
    assert [e.fatalities for e in parse(text, published="2024-10-22").events
            if e.event_type != "Strategic developments"] == [killed]


def test_a_war_total_told_after_a_verb_of_telling_is_no_toll():
    assert not parse("The ministry said many were killed in the war since October.",
                     published="2024-10-22").events


# -- a toll of several places: what it must leave alone --------------------------------
@pytest.mark.parametrize("text,expected", [
    # a place and the part of it struck are no list of places
    ("Israeli jets struck Rafah on Monday, where a house in Tel al-Sultan was hit. Medics said "
     "five people were killed.", [("Rafah", None), ("Tel al-Sultan", 5)]),
    # ... nor a site and its address
    ("The army bombed the Abu Hussein school, which sheltered displaced families, in Jabalia "
     "refugee camp on Thursday. The airstrike killed at least 28 people.",
     [("Abu Hussein School", 28)]),
    # one place struck before the toll
    ("Israeli strikes hit a house in Jabalia on Monday. Medics said 20 people were killed.",
     [("Jabalia", 20)]),
    # a toll that names its own place
    ("Israeli strikes hit homes in Jabalia and Beit Lahia on Monday. In Jabalia, medics said "
     "20 people were killed.", [("Jabalia", 20), ("Beit Lahia", None)]),
    # one named site
    ("An airstrike hit the al-Zahra school in Gaza City on Thursday, killing at least 18 "
     "people.", [("Madinat az-Zahra", 18)]),
    # sites listed in another clause than the toll
    ("On Thursday, the Kamal Adwan and Indonesian hospitals were evacuated; a strike on a "
     "house in Jabalia killed five.", [("Kamal Adwan Hospital", None),
                                        ("Indonesian Hospital", None), ("Jabalia", 5)]),
    # the dead a hospital received with no larger toll before: the place's count
    ("Israeli strikes hit homes in the Shaboura area of Rafah on Monday. At least 50 bodies "
     "were brought to the Kuwaiti Hospital.", [("Rafah Camp", 50)]),
    ("Israeli strikes killed at least 20 people in Rafah on Monday. Residents said the strikes "
     "hit homes in the Shaboura area. At least 50 bodies were brought to the Kuwaiti "
     "Hospital.", [("Rafah", 20), ("Rafah Camp", 50)]),
    # where a family had come from is no part of the toll's places
    ("A strike on a house in Rafah on Sunday killed 12 people, including a family of six from "
     "Khan Younis.", [("Rafah", 12), ("Khan Younis", None)]),
])
def test_a_toll_of_several_places_stays_narrow(text, expected):
    assert [(loc, n) for _, loc, n, _ in _events(text, "2024-10-22")] == expected


@pytest.mark.parametrize("text,actors", [
    # an air strike's own agent named as the speaker's fighters stays theirs
    ("Hamas said Israeli troops hit by its fighters in Rafah on Monday had suffered "
     "casualties.", ("Hamas", "Israeli military")),
    # rocket fire is not one-sided: its firer stays its actor
    ("Hamas fired rockets from Rafah at Israeli towns on Monday.", ("Hamas", None)),
    # a group that tells of its own fighters' attack stays its author
    ("Hamas said its fighters attacked Israeli troops in Khan Younis on Monday.",
     ("Hamas", "Israeli military")),
])
def test_the_other_sides_own_fire_and_attacks_stay_its_own(text, actors):
    (event,) = parse(text, published="2024-07-02").events
    assert (event.actor1, event.actor2) == actors


@pytest.mark.parametrize("text,actor2", [
    # fighters killed in a home are the other party, not civilians
    ("An Israeli strike on a house in Rafah killed two Hamas commanders on Monday.", "Hamas"),
    # a bare number is not named as people, and "on his way home" is no home struck
    ("Israeli airstrikes killed five in Rafah on Monday.", None),
    ("A drone strike hit a car in Khan Younis on Monday as he drove on his way home.", None),
    # a relative of a commander is no member of his group
    ("An Israeli airstrike in Gaza City on Monday killed the son of a Hamas commander.", None),
    ("An Israeli airstrike in Gaza City on Monday killed a Hamas commander and his son.",
     "Hamas"),
    # a partner one coordinated with is not the one struck
    ("Despite coordinating with the army, an aid convoy was hit in Deir al-Balah on Monday.",
     None),
])
def test_homes_families_and_partners_name_the_one_hit_only_when_they_were(text, actor2):
    (event,) = [e for e in parse(text, published="2024-07-02").events
                if e.event_type == "Explosions/Remote violence"]
    assert (event.actor1, event.actor2) == ("Israeli military", actor2)


@pytest.mark.parametrize("text", [
    # the army's word quoted as a claim is not the report's name for them
    'The army said it detained 100 "terrorists" at Kamal Adwan Hospital in Jabalia on Monday.',
    # nor are terrorists of the other side Palestinian fighters
    "Jewish terrorists fired at residents in Rafah on Monday, killing two people.",
    "Israeli settler terrorists opened fire on a crowd in Rafah on Monday, killing two people.",
])
def test_terrorists_are_the_palestinian_side_only_in_the_reports_own_words(text):
    events = parse(text, published="2024-07-02").events
    assert events and all(e.actor2 != "Palestinian militants" and
                          e.actor1 != "Palestinian militants" for e in events)


@pytest.mark.parametrize("text,actors", [
    # a rescue is the army's, and its hostages are not told freed by their captors
    ("Israeli forces rescued two hostages in Rafah on Monday.",
     ("Israeli military", "Civilians (Israel)")),
    # detainees freed are no hostages: not freed by Hamas, but by Israel, who held them
    ("Released Palestinian detainees arrived in Khan Younis on Saturday.",
     ("Government of Israel", "Civilians (Palestine)")),
])
def test_only_hostages_freed_name_their_captors(text, actors):
    (event,) = [e for e in parse(text, published="2024-07-02").events
                if e.sub_event_type == "Hostage or prisoner release"]
    assert (event.actor1, event.actor2) == actors


# -- a group named on what it struck still acted -------------------------------------------
@pytest.mark.parametrize("text,actor1", [
    ("Hamas fighters struck an Israeli tank in Rafah on Monday.", "Hamas"),
    ("Troops struck after Hamas fired rockets from Beit Hanoun on Monday.", "Hamas"),
])
def test_a_group_that_struck_is_not_read_as_struck(text, actor1):
    assert [e.actor1 for e in parse(text, published="2024-10-27").events] == [actor1]


# -- a headline's toll the body does not count again stays ----------------------------------
def test_a_headlines_toll_stays_where_the_body_gives_none():
    text = ("Strike on Rafah home kills 12\n\nAn Israeli strike on a home in Rafah killed people "
            "on Thursday. Five children were killed in the strike in Rafah.")
    assert [e.fatalities for e in parse(text, published="2024-02-29").events] == [12]


# -- the period's last day is a part of its tally still -------------------------------------
def test_a_periods_last_24_hours_stay_a_tally():
    text = ("Between the afternoons of 22 and 24 April, 111 Palestinians were killed and 145 "
            "injured, including 79 killed and 86 injured in the last 24 hours.")
    assert not parse(text, published="2024-04-24").events


# -- aid hit by an attack told in its clause is the target, not a delivery ------------------
@pytest.mark.parametrize("text", [
    "An aid convoy heading to Gaza City came under fire on Friday.",
    "Israeli forces shelled aid trucks in Rafah on Friday.",
    "Trucks loaded with weapons were seen near Rafah on Friday.",
])
def test_aid_under_attack_or_trucks_of_arms_are_no_delivery(text):
    assert "Aid delivery" not in [e.sub_event_type
                                  for e in parse(text, published="2024-05-17").events]


# -- a day a later clause tells of the same event still dates it ---------------------------
@pytest.mark.parametrize("text,expected", [
    ("Israeli troops fought Hamas gunmen in Shujaiya, and the army said the fighting ended on "
     "Tuesday.", {("Armed clash", "2024-05-14")}),
    ("Israeli strikes hit Rafah, and medics said twelve people were killed on Wednesday.",
     {("Air/drone strike", "2024-05-15")}),
])
def test_a_day_a_later_clause_tells_of_the_same_event_dates_it(text, expected):
    assert {(e.sub_event_type, e.event_date)
            for e in parse(text, published="2024-05-17").events} == expected


# -- a strike that should not have happened did happen --------------------------------------
@pytest.mark.parametrize("text,kind", [
    ("Officials said the airstrike on Jabalia should never have happened.", "Air/drone strike"),
    ("The army said the strike on the school in Nuseirat should have been avoided.",
     "Air/drone strike"),
])
def test_an_attack_that_should_not_have_been_is_still_told(text, kind):
    assert kind in [e.sub_event_type for e in parse(text, published="2024-02-12").events]


# -- a weak word beside a strike, with no rescue, stays folded ------------------------------
def test_an_advance_amid_strikes_with_no_rescue_is_one_event():
    text = "Troops advanced into Rafah on Saturday amid heavy airstrikes."
    assert len(parse(text, published="2024-06-08").events) == 1


# -- deaths with a day or a weapon of their own stay their own -------------------------------
@pytest.mark.parametrize("text", [
    "At least eight patients were killed at Kamal Adwan Hospital on Tuesday. Before the raid, "
    "which began on 12 December, the hospital was treating 65 patients.",
    "An airstrike on Kamal Adwan Hospital killed eight patients in recent days. Before the raid, "
    "which began on 12 December, the hospital was treating 65 patients.",
])
def test_deaths_with_a_day_or_weapon_of_their_own_are_not_the_raids(text):
    got = {(e.event_type, e.fatalities) for e in parse(text, published="2023-12-19").events}
    assert ("Explosions/Remote violence", 8) in got


# -- arrests with no raid at their place and day keep no arrester --------------------------
def test_arrests_away_from_a_raid_name_no_arrester():
    text = ("Troops raided the Indonesian Hospital on Monday. Several young men were detained in "
            "Rafah on Tuesday.")
    (arrests,) = [e for e in parse(text, published="2023-12-19").events
                  if e.sub_event_type == "Arrests"]
    assert arrests.actor1 is None


# -- a town in a list beside other places is no site's ---------------------------------------
def test_a_town_listed_beside_others_keeps_its_own_event():
    text = "Israeli strikes hit Khan Younis, Rafah and Jabalia on Monday."
    assert {e.location for e in parse(text, published="2024-03-18").events} == {
        "Khan Younis", "Rafah", "Jabalia"}


# -- a raid amid strikes at its own place is one event ---------------------------------------
@pytest.mark.parametrize("text", [
    "Troops raided Kamal Adwan Hospital on Monday amid airstrikes.",
    "Troops raided Nasser Hospital in Khan Younis on Monday amid airstrikes.",
])
def test_a_raid_amid_strikes_with_no_place_of_their_own_is_one_event(text):
    assert len(parse(text, published="2024-03-18").events) == 1


# -- "the raid" after strikes alone stays with the strikes' place ----------------------------
def test_the_raid_after_strikes_alone_keeps_their_place():
    text = ("Israeli jets struck Beit Lahia on Monday. The army said troops killed 15 gunmen "
            "during the raid.")
    assert {e.location for e in parse(text, published="2024-03-18").events} == {"Beit Lahia"}


# -- the dead of both sides at two places, or of one side told twice, do not add up ------------
@pytest.mark.parametrize("text,expected", [
    ("Troops killed 12 militants in Jabalia on Monday. Two soldiers were killed in Rafah on "
     "Monday.", {("Jabalia", 12), ("Rafah", 2)}),
    ("Clashes in Jabalia killed 12 militants on Monday; the army said the fighting there "
     "killed 12 militants.", {("Jabalia", 12)}),
])
def test_the_dead_of_two_battles_or_one_side_told_twice_do_not_add_up(text, expected):
    assert {(e.location, e.fatalities)
            for e in parse(text, published="2024-03-18").events} == expected


# -- the war as a place's past, running totals, days to come ---------------------------
def test_a_place_shelled_since_a_recent_day_is_still_news():
    got = _events("Residents fled Beit Hanoun, which has been shelled since Tuesday.",
                  "2023-10-13")
    assert ("Shelling/artillery/missile attack", "Beit Hanoun", None, "2023-10-10") in got


def test_an_attack_on_israeli_positions_is_not_the_attack_on_israel():
    got = _events("An airstrike hit a house in Rafah on Saturday, killing four, a week after "
                  "Hamas attacked Israeli positions.", "2023-10-13")
    assert ("Air/drone strike", "Rafah", 4, "2023-10-07") in got


def test_a_toll_brought_up_keeps_the_day_it_names():
    got = _events("Israeli strikes killed 12 people in Rafah on Friday, bringing the toll to 40.",
                  "2023-11-01")
    assert got == [("Air/drone strike", "Rafah", 12, "2023-10-27")]


def test_a_day_after_an_attack_still_counts_back():
    got = _events("Four people were killed in Rafah a day after an airstrike on Jabalia.",
                  "2023-11-01")
    assert ("Air/drone strike", "Jabalia", None, "2023-10-31") in got


@pytest.mark.parametrize("text,day", [
    # a clause of its own after the modal
    ("Israel said it would respond, and on Sunday strikes hit homes in Jabalia.", "2025-01-12"),
    # a telling of the strike, not to a news conference
    ("A witness told of the strike on Wednesday night that hit homes in Jabalia.", "2025-01-15"),
])
def test_a_day_of_the_strike_itself_stays(text, day):
    assert {d for _, _, _, d in _events(text, "2025-01-16")} == {day}


# -- denied claims --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hamas said the hostages had been killed by Israeli airstrikes in Rafah, which the "
    "military denied.",
    "Officials said the hostages died in an Israeli strike on Rafah, a claim Israel rejected.",
])
def test_an_attack_claimed_and_denied_is_no_event(text):
    assert _events(text, "2025-01-16") == []


@pytest.mark.parametrize("text,sub", [
    # a detail denied, or a toll: the attack stays
    ("An airstrike killed 12 people in Rafah, which the army denied targeting.",
     "Air/drone strike"),
    ("Hamas said its fighters killed ten soldiers in Rafah, which the army denied.",
     "Armed clash"),
])
def test_a_detail_or_a_toll_denied_leaves_the_attack(text, sub):
    assert [s for s, _, _, _ in _events(text, "2025-01-16")] == [sub]


def test_the_dead_told_again_with_another_strike_leave_the_lead():
    got = _events("An Israeli air strike on Maghazi camp killed at least 70 people overnight, "
                  "officials said. Most of the dead were women and children, and a strike hit "
                  "Rafah late on Wednesday.", "2025-01-16")
    assert ("Air/drone strike", "Maghazi Camp", 70, "2025-01-16") in got


# -- a report's own day, the attack told before, what led to a state -----------------
def test_information_valid_as_of_long_before_is_no_report_day():
    text = ("UNRWA Situation Report #61\n\nAll information is valid as of 2 January 2024 at "
            "22:30 (local time).\n\nDisplacement from Khan Younis towards Rafah continues.")
    assert [d for _, _, _, d in _events(text, "2024-01-10")] == ["2024-01-10"]


def test_a_time_told_in_a_sentence_is_no_live_entry():
    text = "The strike hit Rafah at 16:00 local time on Monday.\nIt destroyed a house."
    assert {d for _, _, _, d in _events(text, "2024-01-10")} == {"2024-01-08"}


def test_prose_without_entries_still_carries_its_day():
    text = ("Militants fired a grenade at a tank in central Gaza on Monday, killing 21 soldiers."
            "\n\nThe IDF says troops are fighting in the west of Khan Younis.")
    assert {d for _, _, _, d in _events(text, "2024-01-10")} == {"2024-01-08"}


def test_days_after_the_strike_are_not_its_day():
    text = ("Saturday's strike on a tent camp in al-Mawasi killed at least 90 people. Days after "
            "the Muwasi strike, an airstrike on a prayer hall in the Shati refugee camp killed at "
            "least 20 people.")
    assert ("Air/drone strike", "Beach Camp", 20, "2024-07-13") not in _events(text, "2024-07-14")


@pytest.mark.parametrize("text,sub,day", [
    # the day's own attack after "after"
    ("Nasser Hospital was overwhelmed after an airstrike hit the nearby European Hospital "
     "earlier today.", "Air/drone strike", "2024-07-14"),
    # the flight told in the main clause, after the "since" clause
    ("Since the offensive began earlier this month, more than 60,000 people have been displaced "
     "from Jabalia.", "Displacement", None),
    # what the campaign did, its length told in passing
    ("The offensive in Jabalia, now in its 16th day, pressed into Beit Lahia.", "Armed clash",
     "2024-07-14"),
    # a campaign that began on a day is still that day's
    ("The offensive that began on 5 July continues in Rafah.", "Armed clash", "2024-07-05"),
])
def test_news_beside_a_state_stays(text, sub, day):
    assert (sub, day) in {(s, d) for s, _, _, d in _events(text, "2024-07-14")}


def test_an_arrest_of_those_who_attacked_on_october_7_stays():
    got = _events("Israeli troops arrested 30 people in Jabalia, including militants who took "
                  "part in the attack on October 7.", "2024-07-14")
    assert got == [("Arrests", "Jabalia", None, "2024-07-14")]


def test_a_response_told_in_the_present_keeps_the_reports_day():
    got = _events("Following the release of bodies on Monday, Israel closes the Rafah crossing.",
                  "2024-10-26")
    assert ("Crossing opened or closed", "Rafah Crossing", None, "2024-10-26") in got


@pytest.mark.parametrize("text", [
    # another one killed
    "Hamas has confirmed that Yahya Sinwar was killed in Gaza. The IDF says Deif was killed on "
    "Wednesday in Khan Younis.",
    # the day of a telling, not of the death
    "An Israeli strike killed Yahya Sinwar in Rafah. Sinwar was killed in a house, the army said "
    "on Wednesday.",
])
def test_a_name_told_again_without_the_deaths_own_day_leaves_the_lead(text):
    assert "2024-10-16" not in {d for _, _, _, d in _events(text, "2024-10-18")}


# -- where people are sent; a town and the places in it ------------------------------
@pytest.mark.parametrize("text,expected", [
    # "according to" and "close to" send no one anywhere
    ("Residents of areas close to Khan Younis were ordered to leave on Saturday.",
     {"Khan Younis"}),
    # a place with its own people told to leave stays, whatever they are sent to
    ("The army ordered people in Khan Younis to move below Wadi Gaza.", {"Khan Younis"}),
])
def test_only_where_people_are_sent_is_left_out_of_an_order(text, expected):
    got = {loc for sub, loc, _, _ in _events(text, "2024-10-27") if sub == "Evacuation order"}
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    # items of a list are places of their own
    ("Israeli strikes hit Gaza City and the Zeitoun neighbourhood on Saturday.",
     {"Gaza City", "Zeitoun"}),
    # a town named after the place in it, in a list of parts, may stand for a part the
    # gazetteer does not know
    ("The most intense airstrikes were reported in Shejaia and Ad Darraj areas of Gaza city.",
     {"Shejaia", "Gaza City"}),
    # a clause of its own after the town keeps the town
    ("The military dropped leaflets over Gaza City on Wednesday telling all residents to "
     "leave, as it pressed on with operations in Tel al-Hawa.", {"Gaza City"}),
    # a town that opens the sentence frames only its own governorate's towns
    ("In Gaza City, an airstrike hit a house in Jabalia on Saturday.", {"Gaza City", "Jabalia"}),
])
def test_a_town_is_kept_beside_a_place_in_it_where_the_words_list_or_part_them(text,
                                                                             expected):
    got = {loc for sub, loc, _, _ in _events(text, "2024-10-27")
           if sub in ("Air/drone strike", "Evacuation order")}
    assert expected <= got


@pytest.mark.parametrize("text,camp", [
    ("In Jabalia, one of the eight refugee camps, an airstrike killed 12.", True),
    ("In Khan Younis, the largest of the cities in the south, an airstrike killed 12.", False),
])
def test_a_town_is_a_camp_only_when_named_as_one_of_the_camps(text, camp):
    (event,) = parse(text, published="2024-10-27").events
    assert event.location.endswith("Camp") == camp


@pytest.mark.parametrize("text,order", [
    ("Leaflets dropped by the army warned that the north remained \"a war zone.\"", False),
    ("Leaflets dropped over Jabalia warned that the camp remained a combat zone and ordered "
     "residents to leave.", True),
    ("The army dropped leaflets over Beit Hanoun warning that the area is a dangerous combat "
     "zone.", True),
])
def test_a_leaflet_telling_an_area_is_still_a_war_zone_is_no_order(text, order):
    got = [sub for sub, _, _, _ in _events(text, "2024-10-27")]
    assert ("Evacuation order" in got) == order


# -- units named for towns, hostages told again, schools counted -----------------------
def test_a_brigade_named_for_a_town_leaves_the_town_where_it_is_named_too():
    got = _events("Israeli troops fought Hamas's Khan Younis brigade in eastern Khan Younis on "
                  "Saturday.", "2024-07-14")
    assert [loc for _, loc, _, _ in got] == ["Khan Younis"]


@pytest.mark.parametrize("text", [
    # hostages told again, not freed there
    "Hamas freed two hostages on Saturday. The hostages were abducted from Nir Oz.",
    "Hamas freed two hostages on Saturday. The hostages' families rallied in Tel Aviv.",
])
def test_hostages_told_again_elsewhere_do_not_place_the_rescue(text):
    got = _events(text, "2024-06-08")
    assert [loc for s, loc, _, _ in got if s == "Hostage or prisoner release"] == ["Gaza Strip"]


def test_a_bearing_from_a_town_still_places_the_town_apart():
    got = _events("An airstrike hit a house in Abasan al-Kabira, east of Khan Younis, killing 3.",
                  "2024-10-27")
    assert [(loc, n) for _, loc, n, _ in got] == [("Abasan al-Kabira", 3)]


def test_an_attack_ranked_among_others_in_its_own_clause_is_still_an_attack():
    got = _events("An airstrike hit a school in Nuseirat, the second to be bombed this week.",
                  "2024-10-27")
    assert [loc for _, loc, _, _ in got] == ["Nuseirat"]


# -- speakers first, hospitals told again, orders with attacks ------------------------
def test_the_speakers_place_stays_when_the_sentence_names_no_other():
    got = _events("Residents in Khan Younis said tanks shelled the city overnight.", "2024-10-27")
    assert [loc for _, loc, _, _ in got] == ["Khan Younis"]


def test_a_hospital_patients_were_moved_to_is_the_hospital_when_it_is_the_only_one():
    got = _events("Some patients were moved to the Indonesian hospital on Friday. Israeli forces "
                  "raided the hospital on Saturday.", "2024-12-28")
    assert "Indonesian Hospital" in {loc for _, loc, _, _ in got}


@pytest.mark.parametrize("text,expected", [
    # an order that names only where people are sent keeps the place the attack names
    ("Military manoeuvres in and around Rafah have intensified and Israel has ordered 100,000 "
     "Palestinians in the southern city to immediately evacuate to a so-called \"expanded "
     "humanitarian area\" in Al-Mawasi.", {("Evacuation order", "Rafah")}),
    # an attack whose only place is after the order's word keeps it
    ("Israeli troops raided homes after issuing evacuation orders covering Bani Suheila.",
     {("Evacuation order", "Bani Suheila")}),
])
def test_an_attack_and_an_order_share_places_when_one_names_none_of_its_own(text, expected):
    got = {(s, loc) for s, loc, _, _ in _events(text, "2024-05-20")}
    assert expected <= got


def test_a_tally_of_the_past_hours_at_a_place_stays_there():
    got = _events("An airstrike hit Rafah. Medics said 12 people were killed in Rafah in the past "
                  "24 hours.", "2024-10-27")
    assert [(loc, n) for _, loc, n, _ in got] == [("Rafah", 12)]


# -- crowds, loads and errands that are no flight nor return --------------------------
@pytest.mark.parametrize("text,pub", [
    # a crowd gathering, not fleeing
    ("Thousands of Palestinians poured out of their homes in Khan Younis on Sunday to "
     "celebrate the ceasefire.", "2025-01-20"),
    ("Hundreds of people poured out of the mosque in Rafah after Friday prayers to protest "
     "against the war.", "2024-06-30"),
    # hundreds of things, not of people
    ("Hundreds of litres of sewage poured from a broken pipe in Deir al-Balah on Monday, the "
     "municipality said.", "2024-06-30"),
    ("Hundreds of aid trucks crossed the Netzarim corridor on Tuesday, the UN said.",
     "2024-06-30"),
    # a ship leaving port
    ("Others set out from the port of Limassol on Monday with aid for Gaza.", "2024-06-30"),
    # goods for children and the bodies of children loaded, no household leaving
    ("UNICEF staff loaded supplies for children onto trucks in Rafah on Monday.", "2024-06-30"),
    ("Medics loaded the bodies of three children onto a pickup truck in Jabalia on Tuesday "
     "after an Israeli strike killed them.", "2024-06-30"),
    # weather, not the war, drove them out
    ("The heavy rains forced hundreds of families out of their flooded tents in al-Mawasi on "
     "Monday.", "2024-06-30"),
    # an errand, not a return home
    ("Hundreds of displaced people in Deir al-Balah went back to the market on Tuesday after "
     "the strike.", "2024-06-30"),
])
def test_crowds_loads_and_errands_are_no_flight_nor_return(text, pub):
    subs = {s for s, _, _, _ in _events(text, pub)}
    assert not subs & {"Displacement", "Return of displaced people"}


def test_aid_trucks_crossing_the_corridor_stay_aid():
    got = _events("Hundreds of aid trucks crossed the Netzarim corridor on Tuesday, the UN said.",
                  "2024-06-30")
    assert [s for s, _, _, _ in got] == ["Aid delivery"]


@pytest.mark.parametrize("text", [
    # words delivered, arms transferred
    "UN relief chief Martin Griffiths delivered a grim assessment of the food situation in "
    "Rafah to the Security Council on Monday.",
    "The army said militants had transferred weapons and equipment to Shifa Hospital.",
])
def test_words_or_arms_handed_over_are_no_aid(text):
    assert "Aid delivery" not in {s for s, _, _, _ in _events(text, "2024-06-30")}


def test_the_first_convoy_since_a_day_is_the_days_delivery():
    got = _events("The first aid convoy since 2 March has entered Gaza through Kerem Shalom, the "
                  "UN said on Monday.", "2025-05-20")
    assert ("Aid delivery", "Kerem Shalom Crossing", None, "2025-05-19") in got


def test_what_tank_fire_left_people_without_is_no_withdrawal():
    got = _events("The shelling by Israeli tanks left Palestinians in Khan Younis without water "
                  "on Monday.", "2024-06-30")
    assert "Non-violent transfer of territory" not in {s for s, _, _, _ in got}


# -- raids by named ground units, protests, strikes told beside an operation ----------
@pytest.mark.parametrize("text", [
    "The Givati Brigade carried out raids on Hamas infrastructure in Rafah on Monday, the army "
    "said.",
    "The army said its units carried out raids in Jabalia on Monday, killing 20 militants.",
    "Dozens of men were detained in raids on schools in Beit Lahia on Monday, the civil defence "
    "said.",
])
def test_raids_by_ground_units_or_with_arrests_are_not_from_the_air(text):
    assert "Air/drone strike" not in {s for s, _, _, _ in _events(text, "2024-06-30")}


def test_protesters_who_confronted_troops_fought_no_battle():
    got = _events("Hundreds of Palestinians protesting near the fence east of Khan Younis "
                  "confronted Israeli troops on Friday.", "2024-06-30")
    assert [s for s, _, _, _ in got] == ["Peaceful protest"]


def test_strikes_told_beside_a_ground_operation_stay_strikes():
    got = _events("Israeli troops expanded their ground operations in Rafah on Monday while the "
                  "military continued to strike targets across the enclave.", "2024-06-30")
    assert ("Air/drone strike", "Gaza Strip", None, "2024-06-24") in got


def test_the_toll_of_the_second_weapon_stays_at_its_place():
    got = _events("Israeli shelling hit eastern Khan Younis and airstrikes killed 12 in Rafah on "
                  "Monday.", "2024-06-30")
    assert sorted(got) == [("Air/drone strike", "Rafah", 12, "2024-06-24"),
                           ("Shelling/artillery/missile attack", "Khan Younis", None,
                            "2024-06-24")]


def test_a_misfired_rockets_own_blast_leaves_the_other_blast_alone():
    got = _events("An explosion at a house in Nuseirat killed four people on Wednesday, medics "
                  "said.\n\nSeparately, the army said a rocket fired by militants misfired and "
                  "fell in Beit Hanoun, causing an explosion that wounded two.", "2024-06-27")
    assert ("Remote explosive/landmine/IED", "Nuseirat", 4, "2024-06-26") in got


# -- days of attacks named after a modal, of armed men's deeds, of what began ----------
@pytest.mark.parametrize("text,day", [
    # the strike's day, named after what is to be done about it
    ("The army said it would investigate the strike on Monday in Rafah that killed 12 people.",
     "2024-06-24"),
    ("Officials said Israeli forces were to blame for the strike on Tuesday in Khan Younis that "
     "killed 12 people.", "2024-06-25"),
    # a clause of its own after "after"
    ("The army said troops would remain in Rafah after they killed 12 gunmen on Tuesday.",
     "2024-06-25"),
])
def test_a_day_of_an_attack_after_a_modal_stays(text, day):
    assert {d for _, _, _, d in _events(text, "2024-06-27")} == {day}


@pytest.mark.parametrize("text", [
    "Hamas fighters who ambushed Israeli troops in Rafah on Tuesday killed three soldiers. The "
    "army said two more were wounded in the fighting in Rafah.",
    "Israeli troops who stormed Kamal Adwan Hospital on Tuesday detained dozens of staff. "
    "Hospital director Hussam Abu Safiya was among those arrested in Beit Lahia.",
])
def test_the_day_of_the_armed_mens_deed_dates_what_follows(text):
    assert {d for _, _, _, d in _events(text, "2024-06-27")} == {"2024-06-25"}


def test_the_day_what_was_followed_began_does_not_date_the_main_clause():
    got = _events("After two days of heavy bombardment that started on Monday, Israeli tanks "
                  "advanced into eastern Rafah.", "2024-06-28")
    assert ("Armed clash", "Rafah", None, "2024-06-24") not in got


def test_people_who_fled_told_arriving_on_a_day_are_news():
    got = _events("Thousands of people who fled Khan Younis as Israeli tanks advanced arrived in "
                  "Deir al-Balah on Monday.", "2024-06-28")
    assert ("Displacement", "Khan Younis", None, "2024-06-24") in got


# -- bodies pulled out once the strikes were over are no strike's toll ---------------------
@pytest.mark.parametrize("text", [
    "When the ceasefire took effect, civil defence crews returned to the sites of strikes in "
    "Rafah and recovered 30 bodies.",
    "After the strikes on the neighbourhood stopped on Sunday, rescuers returned to Shujaiya and "
    "recovered 25 bodies.",
])
def test_bodies_recovered_after_the_strikes_are_no_toll(text):
    assert all(e.fatalities is None for e in parse(text, published="2024-10-22").events)


# -- a toll at a place of its own after a list of sites, or one strike's toll after a list ----
@pytest.mark.parametrize("text,expected", [
    # a strike told after the sites listed, at its own place
    ("After troops stormed the Kamal Adwan and Indonesian hospitals in northern Gaza, an "
     "airstrike on a house in Beit Lahia killed 15 people on Monday.", ("Beit Lahia", 15)),
    ("Strikes hit the Shati and Jabalia camps on Monday, while in Rafah an airstrike on a tent "
     "killed 9 people.", ("Rafah", 9)),
    # groups' camps are no list of sites: the toll of the one place they are at
    ("The Hamas and Islamic Jihad camps were hit by Israeli jets in Khan Younis on Monday, "
     "killing 12 fighters.", ("Khan Younis", 12)),
    # one strike's toll is not the toll of the places listed before
    ("Israeli strikes hit Jabalia and Beit Lahia on Monday. A strike on a house killed 20 "
     "people, medics said.", ("Beit Lahia", 20)),
])
def test_a_toll_of_its_own_after_a_list_keeps_its_count(text, expected):
    assert expected in [(loc, n) for _, loc, n, _ in _events(text, "2024-10-22")]


# -- a headline's count of its own is not replaced by a part of the dead ---------------------
@pytest.mark.parametrize("text,expected", [
    ("Israeli strike kills 25 at Nuseirat school\n\nAn Israeli strike on a UN school in "
     "Nuseirat on Thursday killed at least 10 children, medics said.", 25),
    ("Strike on Khan Younis tent camp kills 19\n\nAn Israeli airstrike hit tents in Khan Younis "
     "on Thursday, killing five children, the civil defence said.", 19),
])
def test_a_headlines_own_count_is_not_replaced_by_a_part(text, expected):
    assert [e.fatalities for e in parse(text, published="2024-02-29").events] == [expected]


# -- the other side's dead of another day do not add up --------------------------------------
def test_the_other_sides_dead_of_another_day_do_not_add_up():
    text = ("Israeli troops killed 20 gunmen in Jabalia on Monday, the army said, adding that one "
            "soldier was killed in Jabalia the previous week.")
    assert [e.fatalities for e in parse(text, published="2024-03-18").events
            if e.event_type == "Battles"] == [20]


# -- a blast told in the same incident but not as what hurt anyone ---------------------------
def test_a_blast_of_the_same_incident_that_hurt_no_one_keeps_apart():
    got = _events("A soldier was killed in fighting in Rafah on Monday, the army said. In the "
                  "same incident, troops found an explosive device and detonated it.",
                  "2024-10-27")
    assert ("Armed clash", "Rafah", 1, "2024-10-21") in got


# -- a day's tally told for a place named before by a word for it ---------------------------
@pytest.mark.parametrize("text,expected", [
    ("Israeli strikes hit Jabalia on Monday. The civil defence said 25 people were killed in "
     "the camp over the past 24 hours.", ("Air/drone strike", "Jabalia")),
    # (the fighting told before, not strikes)
    ("Fighting raged in Shujaiya on Monday. Residents said 30 people were killed in the "
     "neighbourhood during the past 24 hours.", ("Armed clash", "Shejaia")),
])
def test_a_days_tally_of_a_place_told_again_is_not_the_strips(text, expected):
    got = [(e.sub_event_type, e.location) for e in parse(text, published="2024-10-22").events
           if e.fatalities]
    assert got == [expected]


# -- deaths with a cause of their own are not the raid's toll --------------------------------
def test_deaths_with_a_cause_of_their_own_are_not_the_raids():
    text = ("Three patients died at Kamal Adwan Hospital after the power went out, the WHO said. "
            "The raid on the hospital, which began on 12 December, continues.")
    got = [(e.event_date, e.fatalities) for e in parse(text, published="2023-12-19").events
           if e.event_type == "Battles"]
    assert got == [("2023-12-12", None)]


def _sides(text, published="2024-07-10", sub=None):
    return [(e.actor1, e.actor2) for e in parse(text, published=published).events
            if sub is None or e.sub_event_type == sub]


@pytest.mark.parametrize("text,sides", [
    # a drone the Palestinian side flew at the Israeli forces is its own strike
    ("Hamas's armed wing said it struck an Israeli tank with a drone east of Khan Younis on "
     "Monday.", ("Hamas armed wing (al-Qassam Brigades)", "Israeli military")),
    ("A Hamas drone attack wounded three Israeli soldiers near Khan Younis on Monday.",
     ("Hamas", "Israeli military")),
    # but the drone that killed the group's own is the army's
    ("Islamic Jihad militants who fired at Israeli troops were killed in a drone strike in "
     "Rafah on Monday.", ("Israeli military", "Islamic Jihad")),
    # who tells of a strike on people is no party to it; its own killed are
    ("Hamas's media office said an airstrike on a school in Gaza City killed 12 people on "
     "Monday.", ("Israeli military", "Civilians (Palestine)")),
    ("Hamas accused Israel of carrying out an airstrike that killed 12 people at a school in "
     "Gaza City on Monday.", ("Israeli military", "Civilians (Palestine)")),
    # the group's weapons struck are the group's
    ("Israeli jets struck Hamas' attack tunnels in Khan Younis on Monday, the army said.",
     ("Israeli military", "Hamas")),
    # militants killed on a day are the ones struck, not authors of another deed
    ("Five Palestinian militants killed on Monday in an Israeli airstrike in Rafah were "
     "buried the same day.", ("Israeli military", "Palestinian militants")),
])
def test_an_air_strike_keeps_its_palestinian_author_target_or_no_party_as_told(text, sides):
    assert _sides(text, sub="Air/drone strike") == [sides]


@pytest.mark.parametrize("text,sides", [
    # prisoners released for hostages are not hostages freed by their captors
    ("Thirty Palestinian prisoners released in exchange for three hostages arrived in Khan "
     "Younis on Thursday.", (None, None)),
    # soldiers held hostage are no civilians
    ("Hamas released five Israeli soldiers held hostage in Gaza City on Saturday.",
     ("Hamas", "Israeli military")),
])
def test_a_release_names_israels_civilians_only_for_hostages_freed(text, sides):
    assert _sides(text, sub="Hostage or prisoner release") == [sides]


@pytest.mark.parametrize("text", [
    "Israeli counter-terror squads raided a house in Rafah on Monday, killing two people.",
    "Shin Bet counter-terrorist operatives raided a house in Rafah on Monday.",
    "Counter-terror squads shot dead two men in Rafah on Monday.",
])
def test_counter_terror_forces_are_not_the_terrorists(text):
    assert all(a1 != "Palestinian militants" for a1, _ in _sides(text))


@pytest.mark.parametrize("text,sides", [
    # the place struck is the object, the name after it on the deed that struck it
    ("A man was shot dead in Khan Younis on Monday in a neighbourhood stormed during Israeli "
     "raids, residents said.", ("Israeli military", "Civilians (Palestine)")),
    ("Five people were killed in a house hit in Israeli shelling in Jabalia on Monday.",
     ("Israeli military", "Civilians (Palestine)")),
])
def test_a_place_struck_in_an_attack_leaves_the_attacker_its_author(text, sides):
    assert _sides(text) == [sides]


@pytest.mark.parametrize("text", [
    "Israeli troops battled Hamas fighters in Rafah on Monday. The Hamas-run police arrested "
    "10 suspected looters in Rafah on Monday.",
    "Israeli troops battled militants in Rafah on Monday. Egyptian authorities detained 20 "
    "Palestinians who crossed into Rafah on Monday.",
])
def test_arrests_by_another_force_are_not_the_raiders(text):
    assert [a1 for a1, _ in _sides(text, sub="Arrests")] == [None]


def test_authorities_who_tell_of_arrests_in_a_raid_are_no_arresters():
    # (the arrests, made by the raiders, are the raid's own: see event_merge.detained_in_a_raid;
    # the health authorities who told of them make none)
    text = ("Israeli troops raided Jabalia on Monday. Many health workers were detained in "
            "Jabalia, health authorities said.")
    assert _sides(text, sub="Arrests") == []
    assert [a1 for a1, _ in _sides(text)] == ["Israeli military"]


@pytest.mark.parametrize("text", [
    "The army released the names of Israeli soldiers killed in Rafah on Monday.",
    "Hamas released a statement saying Israeli soldiers had been killed in Rafah on Monday.",
    "Hamas's armed wing released the photos of Israeli soldiers it said were captured in "
    "Jabalia.",
])
def test_what_is_made_public_of_people_is_no_release_of_them(text):
    assert "Hostage or prisoner release" not in {s for s, *_ in _events(text)}


@pytest.mark.parametrize("text,got", [
    # the toll of the strikes told after a raid is theirs, at their place
    ("Troops operating in Jabalia called in an airstrike that killed 12 people in Beit Lahia "
     "on Monday.", ("Air/drone strike", "Beit Lahia", 12)),
    ("Israeli forces stormed Nasser Hospital in Khan Younis on Monday as airstrikes on Rafah "
     "killed 15 people.", ("Air/drone strike", "Rafah", 15)),
])
def test_a_toll_after_a_raid_stays_with_the_strikes(text, got):
    events = _events(text, "2024-07-10")
    assert got in [(s, loc, n) for s, loc, n, _ in events]
    assert all(n is None for s, _, n, _ in events if (s, _, n) != got and s != got[0])


def test_a_separate_raid_is_not_the_one_told_before():
    text = ("Israeli troops raided Gaza's largest hospital, Shifa, on Monday, accompanied by "
            "airstrikes in the surrounding Rimal neighborhood. In the separate raid overnight, "
            "troops arrested 30 men.")
    assert ("Arrests", "Al-Shifa Hospital") not in {(s, loc) for s, loc, _, _ in
                                                    _events(text, "2024-07-10")}


@pytest.mark.parametrize("text", [
    "An Israeli airstrike on a school in Rafah on Monday should be investigated as a war "
    "crime, Amnesty said.",
    "The strike on the school in Nuseirat should be independently investigated, the UN human "
    "rights office said on Tuesday.",
    "The attack on the aid convoy in Gaza City should not be repeated, the UN said on Monday.",
])
def test_what_ought_to_follow_a_strike_does_not_undo_it(text):
    assert _events(text, "2024-07-10")


def test_the_raid_told_again_with_its_day_keeps_the_day():
    text = ("Israeli troops stormed Kamal Adwan Hospital in Beit Lahia, and the WHO said the raid "
            "on Tuesday forced out patients at gunpoint.")
    assert {d for *_, d in _events(text, "2024-10-17")} == {"2024-10-15"}


@pytest.mark.parametrize("text", [
    "Trucks loaded with flour were turned back at Kerem Shalom on Monday.",
    "Dozens of trucks laden with food waited for days at the Rafah crossing, unable to enter.",
    "Armed men seized trucks loaded with flour in Rafah on Monday.",
    # a raid on the aid is no delivery of it
    "Israeli troops stormed an aid convoy in Gaza City on Monday.",
])
def test_trucks_of_aid_that_did_not_go_in_are_no_delivery(text):
    assert "Aid delivery" not in {s for s, *_ in _events(text)}


# -- a town and a place in it told in two happenings ----------------------------------
@pytest.mark.parametrize("text,sub,town", [
    # another kind of event told between them: the town is the first one's
    ("A drone strike hit a car in Rafah as the army demolished homes in Tal as-Sultan.",
     "Air/drone strike", "Rafah"),
    ("Israeli warplanes pounded Rafah overnight as tanks rolled deeper into Tal as-Sultan.",
     "Air/drone strike", "Rafah"),
    # a town that opens the sentence frames its governorate's towns only for one happening
    ("In Deir al-Balah, an airstrike killed four people and tanks shelled Nuseirat camp.",
     "Air/drone strike", "Deir al-Balah"),
    ("In Khan Younis, tanks shelled the city's east as troops advanced on Khuza'a.",
     "Shelling/artillery/missile attack", "Khan Younis"),
    # where the guns stood is not what they hit
    ("Israeli tanks shelled Rafah from positions in Tal as-Sultan.",
     "Shelling/artillery/missile attack", "Rafah"),
])
def test_a_town_and_a_place_in_it_told_in_two_happenings_stay_apart(text, sub, town):
    got = {(s, loc) for s, loc, _, _ in _events(text, "2024-10-27")}
    assert (sub, town) in got


@pytest.mark.parametrize("text,expected", [
    # a clash told after a strike on a hospital keeps the camp it names
    ("A strike hit the Indonesian hospital as troops fought in Jabalia camp.",
     ("Armed clash", "Jabalia Camp")),
    # a hospital the struck school is near does not hold the camp
    ("An Israeli strike on a school near the Indonesian hospital in Jabalia camp killed 15.",
     ("Air/drone strike", "Jabalia Camp")),
])
def test_a_camp_is_no_address_of_a_building_of_another_happening(text, expected):
    got = {(s, loc) for s, loc, _, _ in _events(text, "2024-10-27")}
    assert expected in got


# -- ranked attacks, speakers who tell of themselves, orders and attacks ---------------
@pytest.mark.parametrize("text,place", [
    ("Nasser hospital in Khan Younis on Thursday became the second hospital to be raided by "
     "Israeli troops this month.", "Nasser Medical Complex"),
    ("The Kamal Adwan hospital in Beit Lahia became the latest medical facility to be stormed "
     "by Israeli forces on Friday.", "Kamal Adwan Hospital"),
])
def test_an_attack_ranked_among_others_with_no_telling_before_is_an_attack(text, place):
    assert [loc for _, loc, _, _ in _events(text, "2024-10-27")] == [place]


@pytest.mark.parametrize("text,sub,place", [
    ("Residents of Beit Lahia said they were ordered to leave for Gaza City.",
     "Evacuation order", "Beit Lahia"),
    ("Residents of Beit Lahia said Israeli troops ordered them to move to Gaza City.",
     "Evacuation order", "Beit Lahia"),
    ("Residents in Rafah said they fled to al-Mawasi after the strikes.", "Displacement",
     "Rafah"),
])
def test_what_speakers_tell_of_themselves_is_where_they_are(text, sub, place):
    got = [loc for s, loc, _, _ in _events(text, "2024-10-27") if s == sub]
    assert got == [place]


def test_an_attacks_verb_told_again_after_the_orders_keeps_its_place():
    got = _events("Israeli strikes on Deir al-Balah followed evacuation orders and killed 12 "
                  "people in Nuseirat.", "2024-10-27")
    assert ("Air/drone strike", "Nuseirat", 12) in {(s, loc, n) for s, loc, n, _ in got}


def test_medics_tally_of_the_past_hours_is_the_place_told_before():
    got = _events("Israeli strikes pounded Rafah on Saturday. Medics said 12 people were killed "
                  "in the past 24 hours.", "2024-10-27")
    assert "Gaza Strip" not in {loc for _, loc, _, _ in got}


@pytest.mark.parametrize("text,place", [
    ("Israeli strikes killed 30 people overnight. In Rafah, 18, mostly women and children, "
     "were killed.", "Rafah"),
    ("An Israeli strike on Nuseirat killed 12. In Jabalia, 20, among them a doctor, were "
     "killed by shelling.", "Jabalia"),
])
def test_a_count_after_a_place_told_as_where_is_no_age(text, place):
    assert place in {m.name for m in parse(text, published="2024-10-27").mentions}


@pytest.mark.parametrize("text", [
    # a day's tally the office tells stays the Strip's, even after a strike told at a place
    "Israeli jets struck a house in Rafah on Monday. Gaza's health ministry said 50 people "
    "were killed in the past 24 hours, including five in the strike.",
    # no attack told again: the office's toll with no word for the strike told before
    "Israeli jets struck Rafah on Monday. Gaza's health ministry said 50 people were killed "
    "across the Strip.",
])
def test_an_offices_tally_is_not_moved_to_the_place_told_before(text):
    got = _events(text, "2024-10-27")
    assert [loc for _, loc, n, _ in got if n == 50] == ["Gaza Strip"]



@pytest.mark.parametrize("text", [
    # the town's attack told by itself: one of its own beside the site's
    "In Rafah, Israeli forces bombed buildings on Tuesday. Two medics were killed in an air "
    "strike on an ambulance in the Tel al-Sultan area of Rafah.",
    # a summary, but the site's attack told as another
    "Israeli air raids targeted Jabalia camp and the city of Rafah on Tuesday. In another "
    "strike, four people were killed in the al-Shaboura camp in Rafah.",
])
def test_a_towns_attack_stays_beside_a_site_told_apart(text):
    assert "Rafah" in {loc for _, loc, _, _ in _events(text, "2024-05-14")}


@pytest.mark.parametrize("text", [
    # Gaza City names no governorate of its own name that holds Jabalia
    "Gaza City pounded as bombing resumes\n\nIsraeli jets carried out heavy air strikes on "
    "Jabalia on Saturday.",
    # a town of another governorate
    "Khan Younis pounded as bombing resumes\n\nIsraeli jets carried out heavy air strikes on "
    "Nuseirat on Saturday.",
])
def test_a_headline_city_keeps_its_event_beside_a_town_it_does_not_hold(text):
    assert len(_events(text, "2024-10-27")) == 2


@pytest.mark.parametrize("text,places", [
    # two happenings: the town's strikes and the fighting near the site
    ("In Khan Younis, strikes hit homes and fighting raged near Nasser hospital.",
     {("Air/drone strike", "Khan Younis"), ("Armed clash", "Nasser Medical Complex")}),
    # the town does not open the sentence: its hostilities and the fighting near the site
    ("Hostilities were intense in Khan Younis, with heavy fighting reported near Nasser "
     "hospital.", {("Armed clash", "Khan Younis"), ("Armed clash", "Nasser Medical Complex")}),
])
def test_a_town_keeps_its_own_happening_beside_a_site_told_near(text, places):
    got = {(s, loc) for s, loc, _, _ in _events(text, "2024-10-27")}
    assert places <= got


@pytest.mark.parametrize("text", [
    # no order before: where they went is all that is told
    "Families fled on foot toward al-Mawasi.",
    "Israeli jets struck Deir al-Balah on Sunday. Families fled toward al-Mawasi.",
    # the order told two sentences before
    "Israel ordered residents of Deir al-Balah to leave on Sunday. Aid agencies said the order "
    "was illegal. Families fled toward al-Mawasi.",
])
def test_a_flight_told_by_where_to_stays_there_without_an_order_just_before(text):
    got = _events(text, "2024-10-27")
    assert [loc for s, loc, _, _ in got if s == "Displacement"] == ["al-Mawasi"]


@pytest.mark.parametrize("text", [
    # "they" who tend a place's dead, not the Strip's office
    "Israeli strikes pounded Rafah. Medics at the Kuwaiti hospital said the wards were full. "
    "They said 12 people were killed in the past 24 hours.",
    # the office's tally of a place it names
    "Israeli strikes pounded Rafah. The ministry said hospitals were overwhelmed. It said 12 "
    "people were killed in Rafah in the past 24 hours.",
])
def test_it_said_is_the_offices_only_after_the_office(text):
    got = _events(text, "2024-10-27")
    assert [loc for _, loc, n, _ in got if n == 12] == ["Rafah"]


@pytest.mark.parametrize("text,where", [
    # a day's tally, a toll across the Strip, of strikes, or with places of its own
    ("Israeli jets struck a house in Rafah on Saturday. Gaza health officials said 40 people "
     "were killed on Saturday.", "Gaza Strip"),
    ("Israeli jets struck a house in Rafah on Saturday. Gaza health officials said 40 people "
     "were killed across Gaza.", "Gaza Strip"),
    ("Israeli jets struck a house in Rafah on Saturday. Gaza's health ministry said Israeli "
     "strikes killed 40 people.", "Gaza Strip"),
    ("Israeli jets struck a house in Rafah on Saturday. Gaza's health ministry said 40 people "
     "were killed, including five in Khan Younis.", "Gaza Strip"),
    # an attack at two places: whose toll is not told
    ("Israeli strikes hit Rafah and Khan Younis on Saturday. The Gaza health ministry said 40 "
     "people were killed.", "Gaza Strip"),
    # not the sentence right after the attack
    ("Israeli jets struck a house in Rafah on Saturday. The UN said aid was blocked. The Gaza "
     "health ministry said 40 people were killed.", "Gaza Strip"),
])
def test_an_offices_toll_not_bare_after_an_attack_stays_the_strips(text, where):
    got = _events(text, "2024-10-27")
    assert [loc for _, loc, n, _ in got if n is not None and n >= 35] == [where]


@pytest.mark.parametrize("text", [
    # the attack told its own toll: the office's is the day's
    "An Israeli strike on a house in Rafah killed five people on Saturday. The Gaza health "
    "ministry said 70 people were killed.",
    "An Israeli strike on a house in Rafah killed five people on Saturday. Gaza's health "
    "ministry said 70 Palestinians were killed and 110 wounded.",
    # a day's tally told without "24 hours"
    "Israeli jets struck a house in Rafah on Saturday. The Gaza health ministry said 70 people "
    "were killed in the past day.",
    "Israeli jets struck a house in Rafah on Saturday. The Gaza health ministry said at least "
    "70 people were killed in 24 hours.",
    "Israeli jets struck a house in Rafah on Saturday. The Gaza health ministry said 70 people "
    "were killed during the day.",
])
def test_an_offices_toll_after_a_told_toll_or_of_a_day_stays_the_strips(text):
    got = _events(text, "2024-10-27")
    assert [loc for _, loc, n, _ in got if n == 70] == ["Gaza Strip"]


@pytest.mark.parametrize("text", [
    # a ministry of Israel's
    "Israeli strikes pounded Rafah. Israel's foreign ministry said the operation would "
    "continue. It said 12 gunmen were killed in the past 24 hours.",
    # the office only told of by another who speaks
    "Israeli strikes pounded Rafah. The Kuwaiti hospital, citing the ministry, said its wards "
    "were full. It said 12 people were killed in the past 24 hours.",
    "Israeli strikes pounded Rafah. Medics at the Kuwaiti hospital said they relied on ministry "
    "supplies. They said 12 people were killed in the past 24 hours.",
    "Israeli strikes pounded Rafah. The UN said it had received reports from the health "
    "ministry. It said 12 people were killed in the past 24 hours.",
])
def test_it_said_is_the_offices_only_where_the_office_spoke(text):
    got = _events(text, "2024-10-27")
    assert [loc for _, loc, n, _ in got if n == 12] == ["Rafah"]


@pytest.mark.parametrize("text,where", [
    # a flight of another time than the order's
    ("The army ordered people in eastern Khan Younis to evacuate on Sunday. Thousands have "
     "fled to Deir al-Balah since last week.", "Deir al-Balah"),
    ("Israel ordered residents of Deir al-Balah to leave on Sunday. Last month, thousands fled "
     "toward al-Mawasi.", "al-Mawasi"),
    ("Israel ordered residents of Deir al-Balah to leave on Sunday. On Monday, families fled "
     "toward al-Mawasi.", "al-Mawasi"),
])
def test_a_flight_of_its_own_time_after_an_order_stays_where_people_went(text, where):
    got = _events(text, "2024-10-27")
    assert [loc for s, loc, _, _ in got if s == "Displacement"] == [where]


@pytest.mark.parametrize("text,places", [
    # the town's bombardment, and one strike in it near the site
    ("In Khan Younis, heavy bombardment continued on Sunday, with a strike near Nasser "
     "hospital killing four.", {"Khan Younis", "Nasser Medical Complex"}),
    # people near the site; the strikes hit the town
    ("In Deir al-Balah, people gathered near al-Aqsa hospital as Israeli strikes hit the city.",
     {"Deir al-Balah"}),
])
def test_a_town_that_opens_the_sentence_keeps_its_own_happening(text, places):
    assert places <= {loc for _, loc, _, _ in _events(text, "2024-10-27")}


@pytest.mark.parametrize("text", [
    "Israeli strikes kill 20 in Khan Younis\n\nAn Israeli air strike killed five people in "
    "Bani Suheila on Saturday.",
    "Israeli strikes kill 20 in Deir al-Balah\n\nAn Israeli air strike killed five people in "
    "Nuseirat on Saturday.",
])
def test_a_headline_toll_above_a_governorate_towns_stays_its_own(text):
    got = _events(text, "2024-10-27")
    assert sorted(n for _, _, n, _ in got) == [5, 20]


@pytest.mark.parametrize("text", [
    # a count of the town's own
    "Israeli air raids targeted Jabalia camp and the city of Rafah on Tuesday, wounding 30 "
    "people. Four people were killed in a strike on an apartment in the al-Shaboura camp in "
    "Rafah.",
    # an attack after the summary's
    "Israeli air raids targeted Jabalia camp and the city of Rafah on Tuesday. Later, four "
    "people were killed in a strike on an apartment in the al-Shaboura camp in Rafah.",
    "Israeli air raids targeted Jabalia camp and the city of Rafah on Tuesday. Hours later, "
    "four people were killed in a strike on an apartment in the al-Shaboura camp in Rafah.",
    "Israeli air raids targeted Jabalia camp and the city of Rafah on Tuesday. In addition, "
    "four people were killed in a strike on an apartment in the al-Shaboura camp in Rafah.",
    "Israeli air raids targeted Jabalia camp and the city of Rafah on Tuesday. Late on "
    "Tuesday, four people were killed in a strike on an apartment in the al-Shaboura camp in "
    "Rafah.",
    "Israeli air raids targeted Jabalia camp and the city of Rafah on Tuesday. The next strike "
    "killed four people in an apartment in the al-Shaboura camp in Rafah.",
])
def test_a_towns_attack_stays_beside_a_later_or_counted_one_at_a_site(text):
    assert "Rafah" in {loc for _, loc, _, _ in _events(text, "2024-05-14")}


@pytest.mark.parametrize("text,kept", [
    ("Doctors said 50 bodies were brought in after the first strike; the Interior Ministry in "
     "Gaza put the dead and injured at 400.", True),  # another attack than the one told
    ("Gaza's health ministry said 50 people were killed in the past 24 hours, including five in "
     "the strike.", True),  # the day's tally
    ("Gaza's health ministry said five people were killed in the strike.", False),
])
def test_the_office_is_dropped_only_for_the_attack_told_before(text, kept):
    from geoevents.sentences import Span
    from geoevents.told_again import without_the_office

    named = [m for m in parse(text, published="2024-10-27").mentions if m.in_gaza]
    assert (without_the_office(text, Span(0, len(text), text), named) == named) is kept


# -- fire with fighters, raids to free hostages, aid seekers, operations rooms ---------
@pytest.mark.parametrize("text,sub", [
    # gunfire at people, not at the army's men
    ("Israeli troops opened fire on crowds in Rafah, killing five people.", "Attack"),
    ("Troops shot dead two Palestinians in Khan Younis.", "Attack"),
    # the army's operations, not the desk that runs aid work
    ("Israel launched military operations in Rafah on Monday.", "Armed clash"),
])
def test_fire_at_people_and_real_operations_keep_their_type(text, sub):
    assert [s for s, *_ in _events(text, "2024-10-27")] == [sub]


@pytest.mark.parametrize("text", [
    "The two sides exchanged prisoners in Khan Younis on Monday.",
    "The WFP operations manager in Rafah said trucks were waiting at the crossing.",
    # a rescue that frees no hostages is no raid: the civil defence's work
    "A civil defence rescue operation in Jabalia recovered 12 bodies on Monday.",
])
def test_no_battle_from_exchanges_desks_or_rescue_crews(text):
    assert "Armed clash" not in [s for s, *_ in _events(text, "2024-10-27")]


def test_a_strike_that_killed_aid_seekers_told_before_keeps_its_type():
    # the count names no place of its own: the strike's toll, told again
    got = _events("An Israeli airstrike hit a crowd in Rafah on Monday. Twenty people waiting "
                  "for aid were killed.", "2024-10-27")
    assert [s for s, *_ in got] == ["Air/drone strike"]


@pytest.mark.parametrize("text,sub", [
    # a fight told with a comment of its own stays a fight
    ("Troops clashed with Hamas fighters in Jabalia on Monday, a sign that the group is "
     "regrouping.", "Armed clash"),
    # a comment between the strike and its toll leaves the strike
    ("The strike on the school in Nuseirat, a reminder that no place is safe, killed 30 "
     "people.", "Air/drone strike"),
    # homes destroyed in a strike are the strike's, not destruction of its own
    ("Several homes were destroyed in the strike on Khan Younis on Monday.", "Air/drone strike"),
])
def test_comments_and_strikes_keep_their_event(text, sub):
    assert [s for s, *_ in _events(text, "2024-10-27")] == [sub]


def test_a_building_to_be_targeted_is_no_strike():
    assert _events("A house targeted for demolition in Rafah was empty.", "2024-10-27") == []


@pytest.mark.parametrize("text", [
    # the bombing's own words name the aircraft
    "Israeli tanks shelled Khan Younis on Monday. Israeli aircraft bombed a house in Khan "
    "Younis on Monday, killing five.",
    "Israeli jets struck Kamal Adwan Hospital on Monday. Five staff were killed in the bombing "
    "of the hospital; tanks also shelled the area around Kamal Adwan Hospital.",
])
def test_a_bombing_from_the_air_stays_an_air_strike(text):
    assert [s for s, *_ in _events(text, "2024-10-27")] == ["Air/drone strike"]


# -- comments, targeted buildings, raids, torching, aid seekers, soldiers' fire, bombing --
def test_an_event_told_beside_a_comment_stays_its_own():
    got = _events("Israeli tanks pushed deeper into Rafah on Tuesday, a sign that the army was "
                  "pressing ahead while airstrikes killed 20 people in Khan Younis.", "2024-10-27")
    assert ("Air/drone strike", "Khan Younis", 20) in [(s, loc, n) for s, loc, n, _ in got]


@pytest.mark.parametrize("text", [
    # shots at a vehicle, not a strike
    "A vehicle targeted by Israeli gunfire in Rafah was carrying four aid workers, who were "
    "killed.",
    # targeted long ago: no strike told
    "Journalists, whose homes targeted in the past have been rebuilt, returned to Rafah.",
])
def test_a_building_targeted_by_gunfire_or_in_the_past_is_no_strike(text):
    assert "Air/drone strike" not in [s for s, *_ in _events(text, "2024-10-27")]


@pytest.mark.parametrize("text,sub", [
    # a raid from the air, or one that killed, is the attack, not destruction of its own
    ("The house was destroyed in an air raid on Rafah on Monday.", "Air/drone strike"),
    ("Five people were killed when their home in Deir al-Balah was destroyed in a raid by "
     "Israeli warplanes on Monday.", "Air/drone strike"),
    ("The house of the Abu Daqqa family was destroyed in the Israeli raid on Khan Younis on "
     "Monday, killing five.", "Armed clash"),
    # what the shelling set on fire is the shelling's
    ("Israeli shelling torched several tents in al-Mawasi on Monday.",
     "Shelling/artillery/missile attack"),
])
def test_what_a_strike_or_a_deadly_raid_destroyed_is_no_destruction(text, sub):
    assert [s for s, *_ in _events(text, "2024-10-27")] == [sub]


def test_tyres_torched_in_a_protest_are_no_destruction():
    got = _events("Youths torched tyres at the entrance of Khan Younis on Monday in protest at "
                  "the killings.", "2024-10-27")
    assert "Looting/property destruction" not in [s for s, *_ in got]


@pytest.mark.parametrize("text", [
    # aid seekers among a day's dead: the day's tally stays the Strip's
    "The health ministry said 62 people were killed in the past 24 hours, among them 19 aid "
    "seekers.",
    "The health ministry said 62 people were killed in the past 24 hours, 19 of them aid "
    "seekers.",
])
def test_aid_seekers_among_a_days_dead_leave_the_days_tally(text):
    got = _events(text, "2024-10-27")
    assert [(s, loc, n) for s, loc, n, _ in got] == [("Air/drone strike", "Gaza Strip", 62)]


def test_the_assailant_shot_dead_makes_no_second_event():
    # the gunfire killed the driver, not the soldier
    got = _events("An Israeli soldier was killed in a car-ramming attack near Khan Younis; the "
                  "driver was shot dead.", "2024-10-27")
    assert [n for _, _, n, _ in got] == [1]


@pytest.mark.parametrize("text", [
    # the aircraft, or the bombs they drop, named
    "Israeli artillery shelled eastern Rafah on Monday. Israeli F-16s bombed a house in Rafah "
    "on Monday, killing eight.",
    "Israeli tanks shelled Khan Younis on Monday. Israeli forces bombed a residential block in "
    "Khan Younis with 2,000-pound bombs, killing 30.",
    # one sentence that tells both: two attacks
    "The occupation bombed a house in Nuseirat, killing seven, while artillery shelled the east "
    "of the camp.",
])
def test_a_bombing_beside_shelling_keeps_the_strike(text):
    got = _events(text, "2024-10-27")
    assert [s for s, _, n, _ in got if n] == ["Air/drone strike"]


@pytest.mark.parametrize("text,places", [
    # names listed after a generic "camps," are camps
    ("Strikes hit the three refugee camps, Nuseirat, Bureij and Khan Younis.",
     ["Nuseirat Camp", "Bureij Camp", "Khan Younis Camp"]),
    # a place and a compass part of a town joined by "and" are a list
    ("Airstrikes hit Tel al-Hawa and south-west Gaza City.", ["Tel al-Hawa", "Gaza City"]),
])
def test_camp_lists_and_compass_parts_keep_their_limits(text, places):

    assert [loc for _, loc, _, _ in _events(text, "2024-10-27")] == places


@pytest.mark.parametrize("text,place", [
    # another strike told next: the city's toll stays
    ("An Israeli strike killed five people in Gaza City. Another strike hit a house in "
     "Shejaia.", "Gaza City"),
    # a town's toll of several strikes
    ("Israeli strikes killed 20 people in Khan Younis. The strike on a tent near Nasser "
     "Hospital killed three.", "Khan Younis"),
    # the districts told next are two, one the gazetteer does not know
    ("Troops withdrew from two Gaza City districts after days of battles with Hamas. The "
     "bodies were found in the Tal al-Hawa and al-Sinaa districts.", "Gaza City"),
])
def test_a_citys_happening_is_not_moved_to_another_told_next(text, place):
    got = _events(text, "2024-10-27")
    assert place in [loc for _, loc, _, _ in got]


@pytest.mark.parametrize("text", [
    "Orders were issued for the arrest of two officers.",
    "The soldiers awaited further orders for the assault.",
    "Gag orders were issued for the investigation.",
])
def test_bare_orders_for_no_area_are_no_evacuation_order(text):
    assert [sub for sub, _, _, _ in _events(text, "2024-10-27")] == []


@pytest.mark.parametrize("text,places", [
    # the coast where people are hit is the attack's place
    ("An airstrike hit tents on the coast at al-Mawasi.", ["al-Mawasi"]),
    # an order for the hospital itself stays there
    ("The army issued an evacuation order for al-Awda Hospital in Jabalia.",
     ["Al-Awda Hospital (Jabalia)"]),
])
def test_coast_and_endangered_limits(text, places):
    assert [loc for _, loc, _, _ in _events(text, "2024-10-27")] == places


def test_a_lead_toll_at_an_aid_site_is_not_moved_to_a_larger_toll_told_next():
    got = _events("Israeli fire killed 20 people near an aid distribution point in southern "
                  "Gaza on Sunday. Separately, troops opened fire on crowds in Rafah, killing "
                  "eight.", "2025-06-01")
    assert ("southern Gaza", 20) in [(loc, n) for _, loc, n, _ in got]


@pytest.mark.parametrize("text,place", [
    # the unit's own death after "after": its place stays
    ("A soldier was killed in Rafah after a strike.", "Rafah"),
    # "after" a strike, not a death: the place is the attack's
    ("Israeli strikes killed 12 people after a night of shelling in Jabalia.", "Jabalia"),
])
def test_a_place_after_after_stays_where_no_other_death_is_told(text, place):
    got = _events(text, "2025-10-29")
    assert place in [loc for _, loc, _, _ in got]


def test_a_which_clause_with_another_happening_keeps_the_camp():
    got = _events("Israeli aircraft struck the Abu Hussein school, which was sheltering families, "
                  "and shelled homes in Jabalia camp.", "2024-10-27")
    assert "Jabalia Camp" in [loc for _, loc, _, _ in got]


def test_a_strips_toll_of_several_strikes_is_not_moved_to_a_site_told_before():
    got = _events("Tuesday's strike in Beit Lahia tells a different story. Israeli strikes "
                  "across Gaza killed 93 people on Tuesday, the Gaza health ministry said, "
                  "after a strike in Beit Lahia.", "2024-10-30")
    assert ("Gaza Strip", 93) in [(loc, n) for _, loc, n, _ in got]


@pytest.mark.parametrize("text,place", [
    # a list item after which other parts of a town are named is a place of its own
    ("The evacuation order covered Beit Hanoun, Rafah and the eastern neighbourhoods of Khan "
     "Younis.",
     "Beit Hanoun"),
    # a part the gazetteer puts in the town stays
    ("The army ordered residents of the Rimal and Tel al-Hawa neighbourhoods of Gaza City to "
     "leave.", "Tel al-Hawa"),
])
def test_names_told_as_parts_of_a_town_are_kept_where_they_lie_in_it(text, place):
    assert place in [loc for _, loc, _, _ in _events(text, "2024-10-27")]


def test_followed_by_with_no_time_of_its_own_does_not_split():
    # ("killed ten, followed by shelling": no day or time of its own, one clause as before)
    got = _events("Airstrikes hit Beit Hanoun on Monday, followed by shelling of Beit Lahia.",
                  "2024-10-27")
    assert {day for _, _, _, day in got} == {"2024-10-21"}


# -- a share of a whole, kin, "as was", "fell" --------------------------------------------
@pytest.mark.parametrize("text, dead", [
    # the whole's count, no verb of the share's own
    ("One of the three people killed in Rafah on Friday was a child.", 3),
    ("All of her ten children were killed in Rafah on Friday.", 10),
    # "as was" with no victim after it
    ("Two soldiers were killed in Rafah on Friday, as was the house next door.", 2),
    # the kin who told, not the dead
    ("His brother said three people were killed in Rafah on Friday.", 3),
])
def test_shares_and_kin_do_not_overreach(text, dead):
    assert [e.fatalities for e in parse(text, published="2024-10-27").events] == [dead]


@pytest.mark.parametrize("text", [
    "Two soldiers fell ill in Rafah on Friday.",
    "Two rockets fell in open areas near Rafah on Friday.",
    "Two soldiers fell in the hands of Hamas in Rafah on Friday.",
    "Her son was nearly killed in Rafah on Friday.",
])
def test_fell_and_nearly_killed_are_no_deaths(text):
    assert not any(e.fatalities for e in parse(text, published="2024-10-27").events)


def test_a_speakers_lone_loss_is_no_toll_of_its_own():
    # "whose brother was killed": one of the toll told before, not a count of its own
    got = parse("Israeli strikes hit homes in Rafah on Monday, killing 67 people. \"It was "
                "terrible,\" said Abu Mohammed, whose brother was killed.",
                published="2024-10-27").events
    assert [e.fatalities for e in got] == [67]


@pytest.mark.parametrize("text, dead, hurt", [
    # a war total stays one, whatever the hours after it
    ("The toll of the aggression has risen to 59,029 martyrs and 142,135 injured.", None, None),
    # the day the count names, or "deadliest since", keeps a count after the truce its own
    ("In the deadliest day since the ceasefire began, 30 people were killed in Rafah.", 30,
     None),
    ("Since the ceasefire took hold in January, an Israeli strike in Rafah killed 12 people "
     "and wounded 40 on Monday.", 12, 40),
])
def test_tallies_and_days_counts_keep_apart(text, dead, hurt):
    got = [(e.fatalities, e.injuries) for e in parse(text, published="2025-07-21").events
           if e.fatalities or e.injuries]
    assert got == ([(dead, hurt)] if dead or hurt else [])


@pytest.mark.parametrize("text", [
    "The latest incident puts the death toll at 32 for Palestinians killed in the surge.",
    "The ministry put the toll at 104 killed and 760 wounded since the truce collapsed.",
])
def test_a_toll_put_for_a_span_is_a_tally(text):
    from geoevents.casualties import find_casualties
    assert all(c.cumulative for c in find_casualties(text))


@pytest.mark.parametrize("text, dead", [
    # the toll's own place, another clause after it
    ("On Monday, Israeli strikes killed 12 people in Beit Lahia and a drone hit a car in "
     "Rafah.", [12, None]),
    ("On Monday, Israeli troops killed 5 people in the Netzarim corridor.", [5]),
])
def test_a_toll_at_one_place_stays_its_own(text, dead):
    assert [e.fatalities for e in parse(text, published="2024-10-27").events] == dead


@pytest.mark.parametrize("text", [
    "At least 28 people have been killed since the ceasefire.",
    "At least 28 people have since been killed in Rafah.",
])
def test_since_a_start_or_since_been_killed_stays_a_tally(text):
    from geoevents.casualties import find_casualties
    assert all(c.cumulative for c in find_casualties(text))


def test_a_word_of_nationality_is_no_victim_by_itself():
    from geoevents.casualties import find_casualties
    assert find_casualties("The national team lost one match in Rafah.") == []


def test_the_dead_on_arrival_with_no_larger_toll_are_the_attacks():
    got = parse("Israeli tanks shelled a house in Rafah on Sunday. Twenty-one were declared dead "
                "on arrival.", published="2024-10-27").events
    assert [e.fatalities for e in got] == [21]


@pytest.mark.parametrize("text, got", [
    # the finer place is the strike's own, in apposition
    ("Five people were killed in an Israeli strike in central Gaza on Monday, on a house in "
     "Nuseirat.", [("Nuseirat", 5)]),
    # the region keeps its toll where it is an event of its own
    ("Five people were killed in central Gaza on Monday, and Israeli tanks shelled Bureij.",
     [("central Gaza", 5), ("Bureij", None)]),
])
def test_a_regions_toll_stays_where_it_is_the_place(text, got):
    assert [(e.location, e.fatalities)
            for e in parse(text, published="2024-10-27").events] == got


@pytest.mark.parametrize("text, n", [
    ("Strikes killed 56 people, including 6 children.", 56),
    ("Strikes killed 56 people, including 6 women whose bodies lay in the street.", 56),
])
def test_a_part_that_is_no_recovered_body_leaves_the_toll_whole(text, n):
    from geoevents.casualties import find_casualties
    assert [c.count for c in find_casualties(text) if c.kind == "killed"] == [n]


# -- named in passing: still to come, orders in force, a month gone by, a habit --------
@pytest.mark.parametrize("text", [
    "Further south, Rafah has come under nightly strikes while Israel's government insists a "
    "ground assault there will go ahead.",
    "Netanyahu's office says fighting will continue as long as Hamas does not fulfil its "
    "commitments.",
    "UNICEF is deeply alarmed by plans for an expanded military operation in Gaza City.",
    "Evacuation orders now cover most of Khan Younis, Bani Suheila and Abasan.",
    "Her son disappeared in February, when Israeli forces besieged and then raided the "
    "hospital in Khan Younis.",
])
def test_what_is_named_in_passing_is_no_event(text):
    assert _events(text, "2024-10-27") == []


@pytest.mark.parametrize("text,sub,day", [
    # a day told after the habit's words
    ("Rafah came under heavy strikes on Tuesday.", "Air/drone strike", "2024-10-22"),
    # one order of the day, not the orders in force
    ("Today's displacement orders cover 11 neighbourhoods of Jabalia.", "Evacuation order",
     "2024-10-27"),
    ("The new evacuation orders cover eastern Rafah.", "Evacuation order", "2024-10-27"),
    # the report's own month is its news
    ("Israeli forces raided the hospital in October, when tanks entered Jabalia.",
     "Armed clash", "2024-10-01"),
    # a raid of days, with what it did: told
    ("The army ended a four-day raid on Jabalia camp on Monday, during which troops killed 20 "
     "people.", "Armed clash", "2024-10-21"),
])
def test_what_is_told_beside_those_words_stays(text, sub, day):
    assert (sub, day) in {(s, d) for s, _, _, d in _events(text, "2024-10-27")}


def test_a_siege_of_weeks_and_what_went_on_in_it_are_background_to_the_storming():
    text = ("In Khan Younis, the occupation forces stormed al-Amal Hospital yesterday after a "
            "siege of more than two weeks, during which the hospital came under repeated "
            "shelling and sniper fire.")
    subs = {s for s, _, _, _ in _events(text, "2024-10-27")}
    assert not subs & {"Siege/encirclement", "Shelling/artillery/missile attack", "Attack"}


@pytest.mark.parametrize("text,subs", [
    # a campaign named by its months, over by then
    ("Troops withdrew from Khan Younis, ending a four-month offensive.",
     {"Non-violent transfer of territory"}),
    # a siege of weeks as the time before the storming
    ("After a six-week siege, troops stormed the hospital in Khan Younis.", {"Armed clash"}),
    # its last day told
    ("Troops ended a two-week raid on al-Shifa hospital on 1 April.", {"Armed clash"}),
    # its start told
    ("Israeli forces began a two-week siege of Jabalia camp.", {"Siege/encirclement"}),
    ("Israel launched a two-week offensive in Jabalia on Tuesday.", {"Armed clash"}),
])
def test_a_campaign_named_by_its_length_is_no_event_of_its_own(text, subs):
    assert {s for s, _, _, _ in _events(text, "2024-10-27")} == subs


@pytest.mark.parametrize("text,subs", [
    # the writer's gloss on what was told
    ("On October 20, a colonel was killed by an explosive device in Jabalia, a reminder that "
     "Hamas cells are still fighting in areas Israel has cleared.",
     {"Remote explosive/landmine/IED"}),
    ("The blast was a grim reminder that clashes continue in Rafah.", set()),
    # a day told in the clause
    ("Residents saw it as a sign that Israeli strikes hit Rafah on Monday.", {"Air/drone strike"}),
])
def test_a_reminder_that_is_a_gloss_not_an_event(text, subs):
    assert {s for s, _, _, _ in _events(text, "2024-10-27")} == subs


@pytest.mark.parametrize("text,subs", [
    # places told by the orders they are under
    ("Our crews cannot reach many areas in Tuffah under fire or under evacuation orders.", set()),
    # orders of a day told
    ("Residents of areas under the new evacuation orders issued on Monday for Tuffah began to "
     "leave.", {"Evacuation order"}),
    ("Israel issued evacuation orders for Tuffah on Monday.", {"Evacuation order"}),
])
def test_areas_under_orders_are_a_standing_state(text, subs):
    assert {s for s, _, _, _ in _events(text, "2024-10-27")} == subs


@pytest.mark.parametrize("text,actor2", [
    # who they were says whose side: not the Strip's civilians
    ("Israeli jets struck a gathering of Hamas operatives in Jabalia on Monday.", "Hamas"),
    ("A drone struck a group of militants in Rafah on Monday.", "Palestinian militants"),
])
def test_a_gathering_of_fighters_is_no_civilians(text, actor2):
    (event,) = parse(text, published="2024-10-22").events
    assert event.actor2 == actor2


@pytest.mark.parametrize("text", [
    # doctors who report are the source; the army's chief of staff is no civilian
    "Israeli troops raided the hospital in Beit Lahia on Monday, and doctors reported that "
    "the fighters fled.",
    "Israeli forces arrested the chief of staff of the Hamas police in Gaza City on Monday.",
])
def test_who_reports_and_a_chief_of_staff_are_no_civilians(text):
    assert all(e.actor2 != "Civilians (Palestine)"
               for e in parse(text, published="2024-10-22").events)


def test_a_battle_takes_fighters_told_before_in_it():
    doc = parse("Hamas fighters ambushed a patrol in Beit Hanoun on Monday. Fighting "
                "continued in Jabalia on Monday.", published="2024-10-22")
    assert [(e.location, e.actor1) for e in doc.events] == [
        ("Beit Hanoun", "Hamas"), ("Jabalia", "Hamas")]


@pytest.mark.parametrize("text", [
    # several agencies, the last one no deliverer of its own; a plain noun opening a sentence
    "Yesterday, OCHA, WHO, the World Food Programme and the UN Department for Safety and "
    "Security delivered supplies to Kamal Adwan Hospital.",
    "Planes also airdropped another aid shipment near Rimal on Monday.",
])
def test_no_deliverer_from_a_list_or_a_plain_noun(text):
    assert [e.actor1 for e in parse(text, published="2024-10-22").events
            if e.sub_event_type == "Aid delivery"] == [None]


def test_citizens_of_another_country_are_not_the_strips_civilians():
    text = ("The workers, who included citizens of Australia and Britain, were travelling in "
            "an aid convoy in Deir al-Balah on Monday.")
    assert all(e.actor2 != "Civilians (Palestine)"
               for e in parse(text, published="2024-10-22").events)


@pytest.mark.parametrize("text", [
    # where the aid came from or went through is no deliverer
    "Aid trucks entering through Kerem Shalom delivered flour to Rafah on Monday.",
    "Aid convoys in Gaza City delivered flour on Monday.",
])
def test_a_place_before_the_verb_delivered_nothing(text):
    assert [e.actor1 for e in parse(text, published="2024-10-22").events
            if e.sub_event_type == "Aid delivery"] == [None]


@pytest.mark.parametrize("text,actors", [
    # fire on crowds, or on the other side's forces, by the Israeli troops stays theirs
    ("Israeli troops opened fire on crowds in Rafah on Monday.",
     ("Israeli military", "Civilians (Palestine)")),
    ("Israeli troops shot dead a gunman in Rafah on Monday.",
     ("Israeli military", "Palestinian militants")),
    # a device that killed children is no attack on the Israeli forces
    ("An explosive device killed three children in Rafah on Monday.",
     (None, "Civilians (Palestine)")),
])
def test_fire_and_devices_not_at_the_israeli_forces(text, actors):
    (event,) = parse(text, published="2024-10-22").events
    assert (event.actor1, event.actor2) == actors


@pytest.mark.parametrize("text,actor1", [
    # prisoners an armed group holds, or frees, stay its own release
    ("Hamas released three Israeli prisoners in Rafah on Monday.", "Hamas"),
    ("Hamas freed three hostages in Rafah on Monday in exchange for 90 Palestinian prisoners.",
     "Hamas"),
])
def test_prisoners_freed_by_the_other_side_stay_its_release(text, actor1):
    assert [e.actor1 for e in parse(text, published="2024-10-22").events] == [actor1]


def test_people_who_fled_a_strike_were_not_forced_out_by_anyone_named():
    text = "Israeli jets struck Jabalia on Monday. Many families fled to Gaza City."
    assert [e.actor1 for e in parse(text, published="2024-10-22").events
            if e.sub_event_type == "Displacement"] == [None]


def test_foreign_journalists_spoken_to_are_no_victims():
    text = ("Netanyahu, speaking to foreign journalists in Jerusalem on Monday, said the army "
            "would move displaced people from Gaza City to the south.")
    assert all(e.actor2 != "Civilians (International)"
               for e in parse(text, published="2024-10-22").events)


def test_a_crossing_opened_has_no_civilians_as_a_party():
    text = ("On Monday, Israeli troops fired at crowds who approached the Netzarim corridor "
            "before the crossing was opened.")
    assert [e.actor2 for e in parse(text, published="2024-10-22").events
            if e.sub_event_type == "Crossing opened or closed"] in ([], [None])


def test_the_deed_a_strike_answered_names_no_one_it_struck():
    text = ("The army said that the strikes on Rafah on Monday came in response to a gunman "
            "opening fire on soldiers.")
    assert [(e.actor1, e.actor2) for e in parse(text, published="2024-10-22").events
            if e.sub_event_type == "Air/drone strike"] == [("Israeli military", None)]


@pytest.mark.parametrize("text", [
    "Since the truce began, 300 trucks have entered Gaza.",
    "The ceasefire that began on 19 January collapsed when strikes resumed.",
    "Talks on a ceasefire began in Cairo.",
    "A ceasefire would begin at 8:30 on Sunday.",
    "The ceasefire was in effect when the strike hit.",
])
def test_a_truce_named_by_its_start_is_no_agreement(text):
    assert "Agreement" not in [s for s, *_ in _events(text, "2024-10-27")]


@pytest.mark.parametrize("text", [
    "A video was released in Gaza City on Monday.",
    "The report was released in Khan Younis.",
    "Israel handed over to the Red Cross the bodies of 15 Palestinians in Khan Younis.",
    "The wounded were handed to the Red Crescent in Rafah.",
    "Funds were released in stages to Rafah municipality.",
])
def test_no_release_of_papers_or_of_the_dead_israel_held(text):
    assert "Hostage or prisoner release" not in [s for s, *_ in _events(text, "2024-10-27")]


def test_the_day_a_captive_was_taken_is_not_the_release_day():
    got = _events("Eliya Cohen, who was abducted on October 7, was released in Nuseirat.",
                  "2025-02-22")
    assert got == [("Hostage or prisoner release", "Nuseirat", None, "2025-02-22")]


@pytest.mark.parametrize("text", [
    "Fuel tankers were waiting to enter through the Rafah crossing.",
    "Oil tankers crossed the Suez canal.",
    "GHF has distributed food at four sites in Rafah since May.",
])
def test_no_aid_delivery_from_tankers_waiting_or_a_tally(text):
    assert "Aid delivery" not in [s for s, *_ in _events(text, "2024-10-27")]


def test_others_still_held_elsewhere_are_no_second_release():
    got = _events("Two hostages were released in Rafah, while others remain held in tunnels in "
                  "Khan Younis.", "2025-10-13")
    assert [loc for s, loc, *_ in got if s == "Hostage or prisoner release"] == ["Rafah"]


@pytest.mark.parametrize("text", [
    "A rocket fired from Gaza struck a house in Sderot.",
    "A rocket fired from Beit Hanoun struck a house in Sderot, killing two.",
    "Militants in Gaza fired rockets at Sderot.",
])
def test_fire_that_harmed_israel_or_left_the_strip_is_not_placed_in_gaza(text):
    assert _events(text, "2024-10-27") == []


def test_rocket_fire_named_as_a_strikes_cause_is_no_event_of_its_own():
    text = ("An Israeli strike hit a house in Gaza City on Sunday. The strike followed a "
            "decision to step up attacks in response to rocket fire from Gaza City.")
    got = [s for s, *_ in _events(text, "2024-10-27")]
    assert "Shelling/artillery/missile attack" not in got


def test_tanks_back_in_a_town_are_no_transfer_of_territory():
    got = [s for s, *_ in _events("Israeli tanks moved back into Jabalia on Sunday.",
                                  "2024-10-27")]
    assert "Non-violent transfer of territory" not in got


@pytest.mark.parametrize("text", [
    "Homes in Jabalia were destroyed in the strike on Sunday.",
    "Five people were burned alive in a tent in Deir al-Balah after a strike.",
])
def test_a_strikes_damage_is_no_looting_or_destruction(text):
    got = [s for s, *_ in _events(text, "2024-10-27")]
    assert "Looting/property destruction" not in got


def test_families_sent_to_a_hospital_are_displaced_to_it_when_nothing_else_is_told():
    got = _events("Families were forced to move to Al-Aqsa Hospital in Deir al-Balah.",
                  "2024-10-27")
    assert [loc for s, loc, *_ in got if s == "Displacement"] == ["Al-Aqsa Martyrs Hospital"]


def test_strikes_told_for_two_days_stay_one_event():
    got = _events("On 20 and 21 October, Israeli strikes hit Rafah.", "2024-10-27")
    assert len(got) == 1


def test_the_hospital_patients_were_sent_to_is_not_the_hospital_told_of():
    text = ("Israeli forces raided Kamal Adwan Hospital on Friday. Patients were forced to "
            "evacuate to the Indonesian Hospital. On 20 October, WHO delivered fuel and food to "
            "the hospital.")
    got = [loc for s, loc, *_ in _events(text, "2024-10-27") if s == "Aid delivery"]
    assert got == ["Kamal Adwan Hospital"]


def test_a_span_between_two_days_is_no_second_delivery():
    got = _events("Between 1 and 21 October, WHO delivered fuel to Al-Shifa Hospital.",
                  "2024-10-27")
    assert len([s for s, *_ in got if s == "Aid delivery"]) <= 1


def test_where_freed_captives_were_abducted_from_is_not_where_they_were_freed():
    text = ("Twenty-four captives were released on Friday. They were abducted from Kibbutz Nir "
            "Oz in Rafah.")
    got = [loc for s, loc, *_ in _events(text, "2023-11-24") if s == "Hostage or prisoner release"]
    assert "Rafah" not in got


def test_a_day_told_before_that_with_none_after_is_still_the_events():
    got = _events("Officials said overnight that strikes hit Rafah.", "2024-10-27")
    assert [d for *_, d in got] == ["2024-10-27"]


def test_a_ceasefire_told_abroad_is_not_the_strips():
    got = _events("The ceasefire in Lebanon began at 4 a.m. local time.", "2024-11-27")
    assert [loc for s, loc, *_ in got if s == "Agreement"] == []


def test_a_shooting_of_its_own_told_after_an_aid_site_toll_keeps_its_dead():
    got = _events("Israeli fire killed 25 people near an aid distribution point in southern "
                  "Gaza on Sunday. Troops fired at a crowd in Khan Younis on Sunday, killing "
                  "four.", "2025-06-01")
    assert [(loc, n) for _, loc, n, _ in got] == [("southern Gaza", 25), ("Khan Younis", 4)]


@pytest.mark.parametrize("text,place", [
    # the wounding one died of is the attack's own
    ("A girl died in hospital on Monday after she was wounded by Israeli fire in Khan Younis.",
     "Khan Younis"),
])
def test_a_death_after_the_wounding_keeps_the_place_of_the_wounding(text, place):
    assert [loc for _, loc, _, _ in _events(text, "2024-10-27")] == [place]


@pytest.mark.parametrize("text", [
    "Orders were issued for Israeli troops to advance into Rafah on Monday.",
    "Israel issued new orders for Israeli forces in Gaza City on Monday.",
    "Fresh orders for UNRWA staff were issued on Monday in Deir al-Balah.",
    "Orders were issued for Hamas fighters to withdraw from Khan Younis on Monday.",
    "New orders for Gaza's hospitals to prepare for casualties were issued on Monday.",
    "Administrative detention orders were issued for Palestinians arrested in Beit Lahia on "
    "Monday.",
    "Demolition orders were issued for Al-Nasr Mosque in Rafah on Monday.",
    # a name of what the orders are about, not of an area
    "Orders were issued for Monday's assault on Rafah, the army said.",
    "Orders were issued for Operation Gideon's Chariots to begin in Khan Younis on Monday.",
    "New orders for Gaza aid deliveries were issued by COGAT on Monday.",
    "Further orders for Kerem Shalom crossing closures were issued on Monday.",
])
def test_orders_for_those_who_carry_them_out_are_no_evacuation_order(text):
    assert "Evacuation order" not in [sub for sub, _, _, _ in _events(text, "2024-10-27")]


def test_new_orders_for_people_in_a_town_to_leave_stay_an_order():
    got = _events("Israel issued new orders for Palestinians in Rafah to leave on Monday.",
                  "2024-10-27")
    assert [(sub, loc) for sub, loc, _, _ in got] == [("Evacuation order", "Rafah")]


@pytest.mark.parametrize("text", [
    "Israeli strikes hit the central Gaza camps, Nuseirat, Bureij and Maghazi, on Monday.",
    "Airstrikes hit three UNRWA-run camps, Nuseirat, Bureij and Maghazi, on Monday.",
])
def test_names_after_camps_with_no_camp_names_before_are_camps(text):
    assert [loc for _, loc, _, _ in _events(text, "2024-10-27")] == [
        "Nuseirat Camp", "Bureij Camp", "Maghazi Camp"]


def test_followed_by_another_with_no_noun_keeps_the_second_strike():
    got = _events("An Israeli strike hit a house in Nuseirat on Monday, followed hours later "
                  "by another in Deir al-Balah.", "2024-10-27")
    assert [loc for _, loc, _, _ in got] == ["Nuseirat", "Deir al-Balah"]


@pytest.mark.parametrize("text,toll", [
    # the name told of those killed, of the speaker, of where the wounded were taken
    ("An Israeli strike hit a house in Nuseirat on Tuesday, residents said. An Israeli strike "
     "killed 15 people in Gaza on Tuesday, among them a family who had fled Nuseirat, the "
     "health ministry said.", 15),
    ("An Israeli strike hit a car in Rafah on Tuesday. An Israeli airstrike in Gaza killed 15 "
     "people on Tuesday, the Rafah-based ministry spokesman said.", 15),
    ("An Israeli drone struck a motorbike in Khan Younis on Tuesday. Medics said an Israeli "
     "strike killed 9 people in Gaza on Tuesday; the wounded were taken to Nasser Hospital in "
     "Khan Younis.", 9),
])
def test_a_strips_toll_is_not_folded_into_a_place_its_sentence_names_otherwise(text, toll):
    got = _events(text, "2024-10-23")
    assert ("Gaza Strip", toll) in [(loc, n) for _, loc, n, _ in got]


@pytest.mark.parametrize("text,other", [
    ("Israeli fire killed 31 people near an aid distribution point in southern Gaza on Sunday. "
     "Troops opened fire on homes in Khan Younis, residents said.", "Khan Younis"),
    ("Israeli fire killed 31 people near an aid distribution point in southern Gaza on Sunday. "
     "Israeli gunboats fired at fishermen off Rafah.", "Rafah"),
])
def test_an_aid_site_toll_is_not_moved_to_another_shooting_told_next(text, other):
    got = _events(text, "2025-06-01")
    assert [(loc, n) for _, loc, n, _ in got] == [("southern Gaza", 31), (other, None)]


@pytest.mark.parametrize("text,actor2", [
    # a gathering whose people the words name as fighters, or no people at all
    ("The army said it struck a Hamas gathering in Gaza City on Sunday.", "Hamas"),
    ("Israeli aircraft struck a militant gathering in Beit Lahia on Monday.", None),
    ("Israeli warplanes struck an intelligence gathering site in Gaza City on Monday.", None),
])
def test_a_fighters_gathering_or_a_gathering_site_is_no_civilians(text, actor2):
    (event,) = parse(text, published="2024-10-22").events
    assert (event.actor1, event.actor2) == ("Israeli military", actor2)


@pytest.mark.parametrize("text,actors", [
    # the clan's name without a place or a day told before it
    ("Hamas security forces clashed with gunmen from Gaza's Doghmush clan in Sabra on Sunday.",
     ("Hamas", "Doghmush clan militia (Palestine)")),
    ("On Sunday Doghmush clan gunmen clashed with Hamas police in Gaza City.",
     ("Doghmush clan militia (Palestine)", "Hamas")),
    # a clan told as where the fighting was is no party to it
    ("Israeli forces clashed with Hamas fighters near the homes of the Doghmush clan in Sabra "
     "on Monday.", ("Israeli military", "Hamas")),
    ("Hamas fighters clashed with Israeli troops in the Doghmush clan's neighbourhood of Sabra "
     "on Monday.", ("Hamas", "Israeli military")),
])
def test_a_clan_is_a_party_only_as_its_men(text, actors):
    (event,) = parse(text, published="2024-10-22").events
    assert (event.actor1, event.actor2) == actors


def test_detainees_another_state_frees_are_not_israels_release():
    text = "Egypt released 12 Palestinian detainees at the Rafah crossing on Thursday."
    assert all(e.actor1 != "Government of Israel"
               for e in parse(text, published="2024-10-22").events)


def test_the_other_sides_numbered_unit_is_not_the_israeli_military():
    text = ("The Qassam Brigades said its 3rd Battalion ambushed an Israeli force in Rafah on "
            "Monday.")
    (event,) = parse(text, published="2024-10-22").events
    assert event.actor1 != "Israeli military" and event.actor2 == "Israeli military"


@pytest.mark.parametrize("text", [
    # the Strip's police fired on are not the Israeli forces
    "Gunmen opened fire on a force of the Hamas-run police in Khan Younis on Monday.",
    "Gunmen opened fire on a police force in Khan Younis on Monday, killing two officers.",
])
def test_fire_on_the_strips_police_is_not_at_the_israeli_forces(text):
    assert all(e.actor2 != "Israeli military"
               for e in parse(text, published="2024-10-22").events)


def test_the_forces_own_device_is_not_the_armed_groups():
    text = ("An Israeli soldier was killed when an explosive device planted by the troops "
            "detonated prematurely in Rafah on Monday.")
    assert all(e.actor1 != "Palestinian militants"
               for e in parse(text, published="2024-10-22").events)


def test_an_air_force_that_begins_aid_drops_delivered_them():
    text = "The Israeli Air Force begins humanitarian aid drops over the Gaza Strip on Sunday."
    assert [e.actor1 for e in parse(text, published="2024-10-22").events
            if e.sub_event_type == "Aid delivery"] == ["Israeli military"]


# -- a share's own verb, more victims "as were", soldiers who fell -------------------------
@pytest.mark.parametrize("text, dead, hurt", [
    # the whole's verb in a clause of its own, the share's verb after it
    ("At least 20 of the 36 people who were killed in the strike on the school in Nuseirat "
     "were women and children, the ministry said.", 36, None),
    ("Two of the 12 people who were wounded in Rafah on Monday were paramedics.", None, 12),
    # more victims at a place or in an attack of their own
    ("Three people were killed in Rafah on Monday, as were five others in Khan Younis.", 3,
     None),
    ("Two people were killed in an Israeli strike on a house in Rafah on Monday, as were three "
     "people in a separate strike in Khan Younis.", 2, None),
])
def test_a_share_or_more_victims_keep_to_their_own_toll(text, dead, hurt):
    got = [(e.fatalities, e.injuries) for e in parse(text, published="2024-10-27").events
           if e.fatalities or e.injuries]
    assert got == [(dead, hurt)]


@pytest.mark.parametrize("text", [
    "Two soldiers fell while climbing a wall in Rafah on Monday and were lightly injured.",
    "A soldier fell in a tunnel shaft in Rafah on Monday and was injured.",
    "Two soldiers fell on the stairs of a building in Rafah on Monday and were injured.",
    "Two soldiers fell when a building collapsed in Rafah on Monday and were lightly wounded.",
])
def test_soldiers_who_fell_and_were_hurt_are_no_dead(text):
    assert not any(e.fatalities for e in parse(text, published="2024-10-27").events)


@pytest.mark.parametrize("text", [
    # the hours the other count's
    "Gaza's Health Ministry said 41,118 Palestinians have been killed and 40 in the past 24 "
    "hours.",
    # a toll put for a span told after it
    "The Health Ministry put the toll at 350 killed and 1,200 wounded in three days of Israeli "
    "strikes across Gaza.",
    "The Health Ministry put the toll at 104 killed and 760 wounded in the Israeli strikes of "
    "the past week.",
    # "since" after "has": the days after, a tally still
    "The ceasefire took effect on October 10. Israel has since killed 318 Palestinians in Gaza.",
    "Israeli forces have since killed 42 people in Rafah, according to the ministry.",
])
def test_tallies_of_a_span_stay_tallies(text):
    from geoevents.casualties import find_casualties
    assert all(c.cumulative for c in find_casualties(text) if c.kind == "killed")
    assert not any(e.fatalities for e in parse(text, published="2024-10-27").events)


@pytest.mark.parametrize("text, got", [
    # "since" inside the clause's subject: one attack's dead
    ("In the first Israeli strike since the ceasefire took effect on October 10, three people "
     "were killed in a house in Rafah.", [("Rafah", 3)]),
    # the clause after the region tells where the dead fell
    ("Four people were killed in central Gaza on Monday, when a drone struck a tent in Deir "
     "al-Balah.", [("Deir al-Balah", 4)]),
    ("Seven people were killed across the central Gaza Strip on Sunday, where strikes hit "
     "homes in Nuseirat.", [("Nuseirat", 7)]),
])
def test_one_attacks_dead_stay_at_its_place(text, got):
    assert [(e.location, e.fatalities)
            for e in parse(text, published="2024-10-27").events] == got


def test_bodies_recovered_after_one_strike_are_its_own_dead():
    from geoevents.casualties import find_casualties
    got = find_casualties("An Israeli airstrike on a house in Jabalia killed 15 people, including "
                          "6 bodies recovered from the rubble, civil defence said.")
    assert max(c.count for c in got if c.kind == "killed") == 15


# -- named in passing or background, yet an event of the day is told ------------------
@pytest.mark.parametrize("text,published,sub,place", [
    # a campaign named by its length, widened that day
    ("Israeli troops on Saturday expanded their three-week offensive in Jabalia into "
     "neighbouring Beit Lahia.", "2024-10-27", "Armed clash", "Beit Lahia"),
    # days into an offensive, then what troops did (no state told)
    ("Two days into the offensive, Israeli tanks reached the edge of Jabalia camp.",
     "2024-10-27", "Armed clash", "Jabalia Camp"),
    # areas declared under new orders: the order of the day
    ("On Saturday the army declared large parts of Khan Younis under new evacuation orders, "
     "telling residents to leave.", "2024-10-27", "Evacuation order", None),
    # a deed done, told by what was seen of it
    ("Residents said the explosions heard overnight were a sign that Israeli forces had blown "
     "up homes in Jabalia camp.", "2024-10-27", "Looting/property destruction", "Jabalia Camp"),
    # a deed told beside a toll counted since a day weeks before
    ("Since the siege began on 6 October, at least 1,000 people have been killed in Jabalia, "
     "and troops have stormed Kamal Adwan Hospital.", "2024-11-27", "Armed clash",
     "Kamal Adwan Hospital"),
    # a plan carried out
    ("Israeli forces on Saturday carried out plans for a ground assault on Rafah, pushing "
     "tanks into the city.", "2024-10-27", "Armed clash", "Rafah"),
    # a day told inside the clause of what went on during a siege of weeks
    ("Israeli forces raided Kamal Adwan hospital after a siege of three weeks, during which "
     "troops on Saturday shelled its upper floors.", "2024-11-27",
     "Shelling/artillery/missile attack", "Kamal Adwan Hospital"),
])
def test_an_event_of_the_day_beside_words_of_background_stays(text, published, sub, place):
    got = _events(text, published)
    assert any(s == sub and (place is None or loc == place) for s, loc, _, _ in got)


def test_weeks_after_that_opens_the_sentence_is_the_time_of_what_it_tells():
    got = _events("Two weeks after the hostages were freed Israeli strikes on Rafah killed 20 "
                  "people.", "2024-10-27")
    assert [d for s, *_, d in got if s == "Air/drone strike"] == ["2024-10-27"]


@pytest.mark.parametrize("text", [
    "Aid trucks will enter Gaza through the Rafah crossing once the truce begins.",
    "Hostages will be freed in stages after the truce begins on Sunday.",
    "Residents were told to stay away from the buffer zone until the ceasefire takes hold.",
    "Strikes continued in Rafah until the ceasefire began at 11:15 a.m.",
    "When the truce began on Sunday, thousands of people headed north.",
    "The tactical pause starts daily at 8 a.m. along the road from Kerem Shalom.",
    "The ceasefire began last month.",
    "The ceasefire started in January and collapsed in March.",
])
def test_a_truce_start_told_as_a_time_or_long_ago_is_no_agreement(text):
    assert "Agreement" not in [s for s, *_ in _events(text, "2025-01-25")]


@pytest.mark.parametrize("text", [
    "Israel and Hezbollah agreed to a ceasefire in Lebanon on Tuesday. The truce began at "
    "4 a.m. local time on Wednesday.",
    "The truce with Hezbollah began at 4 a.m. on Wednesday.",
])
def test_a_truce_on_another_front_is_not_the_strips(text):
    got = _events(text, "2024-11-27")
    assert [loc for s, loc, *_ in got if s == "Agreement"] == []


@pytest.mark.parametrize("text", [
    "Fuel tankers will enter through Kerem Shalom on Sunday.",
    "Fuel tankers could enter through Kerem Shalom on Sunday.",
])
def test_tankers_yet_to_enter_are_no_aid_delivery(text):
    assert "Aid delivery" not in [s for s, *_ in _events(text, "2025-01-25")]


@pytest.mark.parametrize("text", [
    "The bodies of Palestinians handed over to the Red Cross were buried in Khan Younis.",
    "The patients were handed to the Red Cross in Rafah for evacuation.",
])
def test_patients_or_palestinian_dead_handed_to_the_red_cross_are_no_release(text):
    got = _events(text, "2023-11-24")
    assert "Hostage or prisoner release" not in [s for s, *_ in got]


@pytest.mark.parametrize("text,kind", [
    ("Three hostages were released in Gaza City on Saturday, and the rest of the captives in "
     "Rafah will be freed next week.", "Hostage or prisoner release"),
    ("Aid trucks entered Gaza through Kerem Shalom, while the remaining trucks in Rafah were "
     "turned back.", "Aid delivery"),
    ("Aid trucks entered Gaza through Kerem Shalom, while others in Rafah were turned back.",
     "Aid delivery"),
])
def test_the_rest_told_with_a_verb_of_their_own_is_no_second_event(text, kind):
    got = _events(text, "2025-01-25")
    assert "Rafah" not in [loc for s, loc, *_ in got if s == kind]


def test_two_days_told_respectively_are_one_delivery_each():
    got = _events("On 2 and 3 December respectively, WFP delivered flour to Gaza City and Deir "
                  "al-Balah.", "2024-12-27")
    assert [d for s, loc, _, d in got if s == "Aid delivery" and loc == "Gaza City"] == \
        ["2024-12-02"]


def test_a_year_after_a_captives_time_held_is_the_sentences_own():
    got = _events("Gilad Shalit, held by Hamas since 2006, was released in 2011 at the Rafah "
                  "crossing.", "2025-02-22")
    assert got == []


@pytest.mark.parametrize("text", [
    "The film was released in Gaza City on Sunday.",
    "Sewage was released in Wadi Gaza after pumps failed.",
    "Tear gas was released in the tunnel in Khan Younis.",
    "The names of the dead were released in Gaza City on Sunday.",
    "An Israeli drone was released in Rafah during the raid.",
    "Five people trapped under rubble were freed in Beit Lahia.",
])
def test_things_let_out_or_people_dug_out_are_no_release(text):
    assert "Hostage or prisoner release" not in [s for s, *_ in _events(text, "2024-10-27")]


@pytest.mark.parametrize("text", [
    "Medical supplies were handed to the Red Cross in Rafah.",
    "The documents were handed over to the ICRC in Gaza City.",
    "The list of names was handed to the Red Cross in Rafah.",
    "Aid convoys are handed to the Red Cross at Kerem Shalom and driven into Gaza.",
])
def test_goods_or_papers_handed_to_the_red_cross_are_no_release(text):
    assert "Hostage or prisoner release" not in [s for s, *_ in _events(text, "2023-11-24")]


@pytest.mark.parametrize("text", [
    # the ministry's "past 24 hours" tally runs to its own hour: its parts are not taken off
    "The ministry said 60 people were killed across the Gaza Strip in the past 24 hours. A "
    "strike in Jabalia killed five people.",
    # a toll told "separately" is no part of the span's toll
    "Israeli strikes killed 60 people across the Strip overnight. Separately, five people were "
    "killed in a strike in Jabalia.",
])
def test_a_span_toll_keeps_parts_not_told_as_its_own(text):
    got = parse(text, published="2024-10-27").events
    assert [(e.location, e.fatalities) for e in got if e.fatalities] == [("Gaza Strip", 60),
                                                                        ("Jabalia", 5)]


def test_the_day_of_strikes_carried_out_still_dates_what_follows():
    # "carried out strikes on Friday" is the strikes' own day, no order
    got = parse("Israeli forces carried out strikes on Friday. Hospitals said strikes hit homes "
                "in Jabalia.", published="2024-10-27").events
    assert ("Jabalia", "2024-10-25") in [(e.location, e.event_date) for e in got]
    # a truce's start named with its day still dates the strikes told with their own day
    got = parse("The ceasefire took effect on Friday. Strikes hit homes in Jabalia on Saturday.",
                published="2024-10-27").events
    assert ("Jabalia", "2024-10-26") in [(e.location, e.event_date) for e in got]



@pytest.mark.parametrize("text", [
    "The army issued evacuation orders for much of the Strip on Thursday. On Tuesday, orders "
    "were issued for Beit Hanoun.",
    "Israel ordered evacuations in the Strip on Thursday. On Thursday, an Israeli airstrike "
    "killed five in Khan Younis.",
])
def test_the_strips_orders_stay_beside_other_days_orders_or_other_events(text):
    got = _events(text, "2025-03-20")
    assert ("Evacuation order", "Gaza Strip", None, "2025-03-20") in got


@pytest.mark.parametrize("text, where", [
    ("On Thursday, orders were issued for Beit Lahia, Beit Hanoun and Shejaia. Tens of "
     "thousands of people have fled, many to overcrowded shelters.", "Gaza Strip"),
    ("Troops pushed into Jabalia, Beit Lahia and Beit Hanoun in North Gaza governorate on "
     "Thursday. Thousands of people have fled.", "North Gaza"),
    # (not a list: the place told before)
    ("On Thursday, orders were issued for Beit Lahia. Tens of thousands of people have fled.",
     "Beit Lahia"),
    ("Strikes hit Jabalia and Rafah on Thursday. Thousands of people have fled.", "Rafah"),
    # (nor a flight whose sentence names its place)
    ("Strikes hit Jabalia, Beit Lahia and Rafah on Thursday. Thousands have fled Rafah toward "
     "Mawasi.", "Rafah"),
])
def test_a_flight_told_after_a_list_is_not_the_lists_last_place(text, where):
    got = _events(text, "2025-03-20")
    assert [loc for s, loc, _, _ in got if s == "Displacement"] == [where]


def test_the_strikes_told_again_after_a_death_elsewhere_are_not_at_its_place():
    got = _events("Israeli strikes hit the Strip on Tuesday after a soldier was killed by "
                  "gunfire in Rafah. Hamas postponed the handover of a body, saying the "
                  "strikes disrupted the search.", "2025-03-18")
    assert ("Air/drone strike", "Rafah") not in [(s, loc) for s, loc, _, _ in got]


def test_a_new_attack_after_a_death_told_before_keeps_the_place_told_before():
    got = _events("Troops withdrew on Tuesday after a soldier was killed in Rafah. Later, an "
                  "airstrike on a house killed five people.", "2025-03-18")
    assert ("Air/drone strike", "Rafah", 5, "2025-03-18") in got


def test_a_closure_told_since_a_day_is_no_closure_of_the_day_told_beside_it():
    got = _events("The closure of crossings since 2 March, coupled with the cutting of "
                  "electricity on 9 March to a plant in Deir al-Balah, has cut water.",
                  "2025-03-20")
    assert "Crossing opened or closed" not in [s for s, *_ in got]


@pytest.mark.parametrize("text", [
    "Israel announced the closure of the Kerem Shalom crossing on 9 March.",
    "The closure of Kerem Shalom crossing on 9 March, since Hamas fired rockets, halted aid.",
])
def test_a_closure_of_its_own_day_stays(text):
    got = _events(text, "2025-03-20")
    assert ("Crossing opened or closed", "Kerem Shalom Crossing", None, "2025-03-09") in got


@pytest.mark.parametrize("text,actors", [
    # a rescue is the forces' own deed
    ("Israeli forces freed four hostages in Nuseirat.", ("Israeli military", None)),
    # prisoners freed by the army are not captives of the Strip
    ("The Israeli army released 30 detainees at Kerem Shalom on Saturday.",
     ("Israeli military", None)),
])
def test_a_release_by_the_forces_keeps_them_as_its_actor(text, actors):
    (event,) = parse(text, published="2024-10-27").events
    assert (event.actor1, event.actor2) == actors


def test_a_pause_naming_no_parties_gets_none():
    # a pause may be the army's own, not a truce between the two sides
    (event,) = parse("A humanitarian pause began in Rafah on Sunday.",
                     published="2024-10-27").events
    assert (event.actor1, event.actor2) == (None, None)


@pytest.mark.parametrize("text", [
    # no Israeli violence told that day
    "Five people were shot dead while waiting for aid near a distribution point in Rafah.",
    # the Israeli strike was another day
    "Five people were shot dead while waiting for aid near a distribution point in Rafah. "
    "A day earlier an Israeli strike killed three people in Khan Younis.",
])
def test_aid_seekers_shot_by_no_one_named_keep_no_shooter(text):
    (aid,) = [e for e in parse(text, published="2024-10-27").events if e.location == "Rafah"]
    assert aid.actor1 is None


def test_remains_handed_over_stay_beside_the_placed_releases():
    # the dead handed over are a release of their own
    events = parse("Hamas handed over the bodies of four hostages on Saturday. Two hostages "
                   "were released by Hamas in Rafah on Saturday.",
                   published="2024-10-27").events
    releases = sorted(e.location for e in events
                      if e.sub_event_type == "Hostage or prisoner release")
    assert releases == ["Gaza Strip", "Rafah"]


@pytest.mark.parametrize("text", [
    # told as over and above the span's toll, or after the span it counts
    "Israeli strikes killed 60 people across the Gaza Strip overnight. In addition, five "
    "people were killed in a strike in Jabalia.",
    "Israeli strikes killed 60 people across the Gaza Strip overnight. Later on Sunday, a "
    "strike in Jabalia killed five people.",
])
def test_a_span_toll_keeps_parts_told_as_more_or_later(text):
    got = parse(text, published="2024-10-27").events
    assert [(e.location, e.fatalities) for e in got if e.fatalities] == [("Gaza Strip", 60),
                                                                        ("Jabalia", 5)]


def test_aid_for_the_army_is_not_received_by_the_strips_civilians():
    got = _coded("Trucks carrying supplies for Israeli troops entered Gaza through Kerem "
                 "Shalom on Sunday.", "2024-06-16")
    assert ("Aid delivery", "Civilians (Palestine)") not in [(s, a2) for s, *_, a2 in got]


def test_aid_seekers_attacked_by_gangs_are_not_the_israeli_militarys():
    got = _coded("Armed gangs attacked aid seekers near a distribution point in Rafah on "
                 "Tuesday, killing three. Israeli strikes killed 20 in Khan Younis on Tuesday.",
                 "2025-06-18")
    assert ("Attack", "Israeli military") not in [(s, a1) for s, *_, a1, _ in got]


def test_a_truce_between_others_is_not_israels_with_hamas():
    got = _coded("A ceasefire between rival clans took hold in Khan Younis on Sunday after "
                 "clashes.", "2024-06-16")
    assert ("Agreement", "Government of Israel") not in [(s, a1) for s, *_, a1, _ in got]


def test_aid_the_army_received_is_not_the_strips_civilians():
    got = _coded("Israeli forces received supplies airdropped in Rafah on Sunday.", "2024-06-16")
    assert ("Aid delivery", "Civilians (Palestine)") not in [(s, a2) for s, *_, a2 in got]



@pytest.mark.parametrize("text", [
    # a lead-in that tells no recovery: the dead of the day, by place
    "Deaths by governorate:\n- Rafah: 30 bodies, in Tal as-Sultan.\n- Khan Younis: 12 bodies, "
    "in Bani Suheila.",
    # an item that tells its own killing, under a recovery lead-in
    "Crews recovered bodies as follows:\n- Rafah: 30 killed in an air strike on a house in "
    "Tal as-Sultan.",
    # no list at all
    "Rafah: 30 bodies were brought to the hospital after strikes in Tal as-Sultan.",
])
def test_bodies_count_outside_a_recovery_list_stays_a_toll(text):
    assert any(e.fatalities for e in parse(text, published="2025-01-22").events)


@pytest.mark.parametrize("text", [
    "The ceasefire agreement came into force on Sunday.",
    # its start told as the news of the days, the breach after it
    "Israel accused Hamas of breaching the truce that took effect on Sunday at 8:30.",
])
def test_a_deal_told_taking_effect_stays_an_agreement(text):
    assert "Agreement" in [e.sub_event_type for e in parse(text, published="2025-01-22").events]


@pytest.mark.parametrize("text", [
    # a day of its own named (a siege: arrests in a raid would be the raid's own)
    "Troops besieged the camp in Jabalia on Monday and have since then detained 50 people.",
    # news told in the past before the tally
    "Strikes killed five in Rafah; since then troops in Khan Younis have arrested 20.",
])
def test_news_beside_since_then_stays_an_event(text):
    assert "Arrests" in [e.sub_event_type for e in parse(text, published="2024-10-21").events]


@pytest.mark.parametrize("text, sub", [
    ("Strikes ordered by Netanyahu hit Rafah on Tuesday.", "Air/drone strike"),
    ("Netanyahu ordered strikes on Rafah, and jets hit a house in Rafah hours later, killing "
     "five.", "Air/drone strike"),
    ("The army ordered residents of Rafah to evacuate.", "Evacuation order"),
    ("The commander ordered troops to open fire on the crowd in Rafah, killing 12.", "Attack"),
])
def test_an_order_carried_out_or_an_evacuation_order_stays(text, sub):
    assert sub in [e.sub_event_type for e in parse(text, published="2025-10-28").events]


@pytest.mark.parametrize("text, sub", [
    ("Tanks, which had shelled Jabalia for hours, withdrew on Monday.",
     "Shelling/artillery/missile attack"),
    ("Troops besieged the hospital in Khan Younis for weeks.", "Siege/encirclement"),
    ("Israeli forces, who have besieged Nasser hospital in Khan Younis for two weeks, shelled "
     "it on Monday.", "Siege/encirclement"),
])
def test_a_span_of_hours_or_a_siege_up_to_now_stays_an_event(text, sub):
    assert sub in [e.sub_event_type for e in parse(text, published="2024-02-20").events]


@pytest.mark.parametrize("text", [
    "The ministry documented 12 air strikes on Rafah on Monday.",
    "Strikes hit Rafah over the past week.",
])
def test_strikes_told_for_a_day_or_without_a_count_of_incidents_stay(text):
    assert "Air/drone strike" in [e.sub_event_type
                                  for e in parse(text, published="2024-01-31").events]


@pytest.mark.parametrize("text", [
    "Umm Khaled, a mother of five displaced from Jabalia on Monday, told reporters.",
    "A mother of five was displaced from Jabalia, the UN said.",
])
def test_a_displacement_with_its_day_or_as_the_news_stays(text):
    assert "Displacement" in [e.sub_event_type
                              for e in parse(text, published="2024-05-27").events]


@pytest.mark.parametrize("text", [
    "Since the army seized the Rafah crossing, aid has stopped.",
    "Israeli forces seized the Rafah crossing last week.",
])
def test_a_seizure_told_as_such_stays(text):
    assert "Non-violent transfer of territory" in [
        e.sub_event_type for e in parse(text, published="2024-05-27").events]


@pytest.mark.parametrize("text", [
    "Fighting resumed in Khan Younis on Friday.",
    "Since the clashes in Shejaia began on Monday, 12 people have been killed.",
])
def test_fighting_told_resuming_or_with_its_day_stays_a_battle(text):
    assert "Armed clash" in [e.sub_event_type for e in parse(text, published="2023-12-02").events]


# -- the dead, deals, tallies, counts, orders and asides told beside the news ---------------
def test_bodies_listed_under_a_lead_in_with_some_recovered_stay_a_toll():
    text = ("Over the past 24 hours, hospitals received 52 bodies, including 10 recovered "
            "bodies, distributed as follows:\n- Rafah: 30 bodies, in Tal as-Sultan.\n"
            "- Khan Younis: 22 bodies, in Bani Suheila.")
    assert 30 in [e.fatalities for e in parse(text, published="2025-01-22").events]


def test_an_item_that_tells_a_massacre_under_a_recovery_lead_in_stays_a_toll():
    text = ("Bodies recovered by governorate:\n- Rafah: 30 bodies, from a massacre by gunfire "
            "in Tal as-Sultan on Tuesday.")
    assert 30 in [e.fatalities for e in parse(text, published="2025-01-22").events]


@pytest.mark.parametrize("text, published", [
    ("Israel accused Hamas of violating the ceasefire agreement that came into force hours "
     "earlier.", "2025-10-11"),
    ("Hamas accused Israel of breaching the truce that took effect at noon local time, in "
     "Khan Younis.", "2025-10-11"),
    ("Hamas reaffirmed its commitment to the ceasefire that took effect at 11:15 am in Gaza.",
     "2025-01-19"),
    ("Israel said Hamas breached the ceasefire deal that came into effect at midday.",
     "2025-10-11"),
    ("Israel accused Hamas of violating the ceasefire agreement that came into force on "
     "10 October.", "2025-10-11"),
    ("Israel accused Hamas of violating the ceasefire agreement that came into force on "
     "October 10.", "2025-10-10"),
])
def test_a_deal_broken_on_the_day_it_took_effect_stays_an_agreement(text, published):
    assert "Agreement" in [e.sub_event_type for e in parse(text, published=published).events]


@pytest.mark.parametrize("text, sub", [
    ("Israeli forces have detained 20 people in Beit Lahia, where they have operated ever "
     "since the offensive began.", "Arrests"),
    ("Israeli forces have arrested 15 people in a raid on Jabalia camp, the army said, adding "
     "that troops have been there ever since the offensive began in October.", "Arrests"),
])
def test_ever_since_a_start_it_names_is_no_since_then(text, sub):
    assert sub in [e.sub_event_type for e in parse(text, published="2024-10-21").events]


@pytest.mark.parametrize("text, sub", [
    ("An Israeli airstrike killed five people in a house in Rafah, the ministry said, adding "
     "that it had documented more than 40 attacks in the city over the past week.",
     "Air/drone strike"),
    ("Israeli forces shelled Khan Younis, killing 7, the ministry said, which recorded 30 "
     "attacks on health facilities in the past month.", "Shelling/artillery/missile attack"),
])
def test_news_told_before_a_count_of_incidents_stays_an_event(text, sub):
    assert sub in [e.sub_event_type for e in parse(text, published="2024-01-31").events]


def test_an_attack_ordered_and_its_ruin_told_stays_an_attack():
    got = parse("The army ordered an airstrike on the building in Rafah, which collapsed on "
                "its residents.", published="2024-05-07").events
    assert "Air/drone strike" in [e.sub_event_type for e in got]


def test_a_relative_with_its_own_day_before_a_span_of_months_stays_an_event():
    got = parse("Mohammed, who had been shot by Israeli troops in Rafah on Sunday after "
                "sheltering for months in a tent, died of his wounds.",
                published="2024-02-20").events
    assert "Attack" in [e.sub_event_type for e in got]


def test_a_count_of_families_displaced_in_an_aside_is_no_speaker():
    got = parse("Israeli tanks pushed into eastern Rafah, an estimated 800 families displaced "
                "from the area, OCHA said.", published="2024-05-27").events
    assert "Displacement" in [e.sub_event_type for e in got]


@pytest.mark.parametrize("text, expected", [
    # a vague count with "martyred" is no number; nor is one nearly martyred
    ("Israeli strikes hit Rafah, and many were martyred.", None),
    ("Another citizen was nearly martyred by sniper fire in Zeitoun.", None),
    # "a couple of" is two, not four
    ("An Israeli strike on a house in Rafah killed a couple of people.", 2),
])
def test_martyred_and_couple_counts_stay_within_their_words(text, expected):
    got = parse(text, published="2025-10-29").events
    assert [e.fatalities for e in got] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a place and the area it is told in are no list of places a toll is told for together
    ("The Red Crescent says a house near the Kuwaiti roundabout in Gaza City's Zeitoun "
     "neighbourhood was hit. Rescuers pulled out the bodies of seven people.", 7),
    # ... but a list after a place's area is: "the Kamal Adwan Hospital in Beit Lahia and
    # the Nuseirat camp"
    ("Israeli strikes hit the Kamal Adwan Hospital in Beit Lahia and the Nuseirat refugee "
     "camp. Rescuers pulled out the bodies of seven people.", None),
])
def test_a_toll_after_a_place_in_its_area_is_not_a_lists(text, expected):
    got = parse(text, published="2023-12-02").events
    assert max((e.fatalities or 0) for e in got) == (expected or 0)


@pytest.mark.parametrize("text", [
    # the early hours of a day named, or a span of the war: a tally, not the day's toll
    "Israeli strikes hit Rafah. The Ministry of Health puts the toll at 404 killed and 562 "
    "wounded since the early hours of 18 March.",
    "Israeli strikes hit Rafah. The Ministry of Health puts the toll at 404 killed and 562 "
    "wounded since the start of the war.",
])
def test_a_toll_put_since_a_named_start_stays_a_tally(text):
    got = parse(text, published="2025-03-21").events
    assert [(e.fatalities, e.injuries) for e in got] == [(None, None)]


def test_most_of_the_dead_being_children_leaves_the_place_its_count():
    # "most of them children": who they were, not where they came from
    got = parse("Israeli strikes killed eight people in Bani Suheila, most of them children.",
                published="2025-10-29").events
    assert [(e.location, e.fatalities) for e in got] == [("Bani Suheila", 8)]


def test_fighters_a_strike_killed_after_they_fired_stay_its_toll():
    # "after they fired at troops": the strike's own dead, not troops killed before it
    got = parse("An Israeli strike killed two militants in Rafah after they fired at troops.",
                published="2025-10-29").events
    assert [(e.sub_event_type, e.fatalities) for e in got] == [("Air/drone strike", 2)]


def test_an_attack_told_in_the_reason_clause_keeps_its_toll():
    # "after a Hamas rocket attack killed four soldiers": the attack of the clause, its toll
    got = parse("Israel closed the Kerem Shalom crossing on Sunday after a Hamas rocket attack "
                "killed four soldiers there.", published="2024-05-07").events
    assert ("Shelling/artillery/missile attack", 4) in [(e.sub_event_type, e.fatalities)
                                                       for e in got]


@pytest.mark.parametrize("text", [
    # the early hours of the war or of an offensive, or dawn on a day named: a span's tally
    "Israeli strikes hit Rafah. The Health Ministry said 404 people have been killed since "
    "the early hours of the war.",
    "Israeli strikes hit Rafah. Israeli attacks have killed 404 people since the early hours "
    "of the offensive, the ministry said.",
    "Israeli strikes hit Rafah. The ministry puts the toll at 404 killed and 562 wounded since "
    "the early hours of the Israeli offensive.",
    "Israeli strikes hit Rafah. The ministry puts the toll at 413 killed and 600 wounded since "
    "dawn on Saturday.",
    # "since hours after the attack": no start within the day
    "Israeli strikes hit Rafah. The Health Ministry put the toll at 104 killed and 760 wounded "
    "since hours after the attack.",
])
def test_a_toll_since_the_early_hours_of_a_span_stays_a_tally(text):
    got = parse(text, published="2025-03-18").events
    assert [(e.fatalities, e.injuries) for e in got] == [(None, None)]


@pytest.mark.parametrize("text, expected", [
    # who the dead were or how they died, not where most of them came from: the place after
    # is the whole toll's
    ("An Israeli strike killed 15 people, most of them from the same family, in a house in "
     "Jabalia.", [("Jabalia", 15)]),
    ("An Israeli airstrike killed 12 Palestinians, many of them from one family, at their "
     "home in Deir al-Balah.", [("Deir al-Balah", 12)]),
    ("An Israeli strike killed nine people, some of them in their sleep, in a house in "
     "Nuseirat.", [("Nuseirat", 9)]),
    ("An Israeli strike killed 11 people, many of them in critical condition, in Rafah.",
     [("Rafah", 11)]),
    ("An Israeli strike on a house killed seven people, most of whom were from the Abu Hamad "
     "family, in Rafah.", [("Rafah", 7)]),
])
def test_most_of_the_dead_told_by_who_they_were_leaves_the_place_its_count(text, expected):
    got = parse(text, published="2025-10-29").events
    assert [(e.location, e.fatalities) for e in got] == expected


def test_troops_killed_after_the_fire_that_hit_them_stay_its_toll():
    # "after which three soldiers were killed": what the fire did, not why it came
    got = parse("Militants fired mortar shells at troops in Rafah, after which three soldiers "
                "were killed.", published="2025-10-29").events
    assert [(e.sub_event_type, e.fatalities) for e in got] == [
        ("Shelling/artillery/missile attack", 3)]


def test_a_car_bomb_is_not_the_armys_machine():
    got = _coded("An explosive-laden car detonated near a police station in Khan Younis.",
                 "2024-10-27")
    assert all(a1 != "Israeli military" for *_, a1, _ in got)


def test_palestinian_prisoners_handed_to_the_icrc_are_not_hamass_captives():
    got = _coded("Palestinian prisoners were handed to the ICRC in Khan Younis.", "2024-10-27")
    assert all(a1 != "Hamas" and a2 != "Civilians (Israel)" for *_, a1, a2 in got)


def test_people_paraded_before_their_killing_are_no_release():
    got = _coded("Prisoners were paraded through the streets of Gaza City before being executed.",
                 "2024-10-27")
    assert "Hostage or prisoner release" not in [s for s, *_ in got]


def test_egypts_forces_hold_no_ground_of_the_strip():
    got = _coded("Separately, an Egyptian soldier was killed on Monday in an exchange of fire "
                 "with Israeli forces near the Rafah crossing, which Israel seized earlier this "
                 "month.", "2024-05-28")
    assert all(a2 != "Military Forces of Egypt" for s, *_, a2 in got if s != "Armed clash")


@pytest.mark.parametrize("text", [
    "People heading towards the aid distribution site in Rafah were shot.",
    "The fatalities included people moving southward in compliance with the Israeli military "
    "order to evacuate the northern Gaza Strip.",
    "Thousands of people walked to the market in Deir al-Balah.",
    "Hundreds of people left the hospital in Khan Younis on Monday.",
])
def test_people_on_an_errand_or_told_in_passing_are_no_flight(text):
    got = parse(text, published="2024-10-27").events
    assert "Displacement" not in [e.sub_event_type for e in got]


def test_the_displaced_going_south_do_not_return():
    got = parse("Displaced people walked south towards Rafah.", published="2024-10-27").events
    assert "Return of displaced people" not in [e.sub_event_type for e in got]


@pytest.mark.parametrize("text", [
    "Palestinian armed groups fired rockets towards Israeli population centres.",
    "Militants fired rockets from the Gaza Strip into Israel.",
])
def test_rocket_fire_at_israel_from_no_named_place_is_no_event(text):
    got = parse(text, published="2024-10-27").events
    assert "Shelling/artillery/missile attack" not in [e.sub_event_type for e in got]


def test_a_drone_that_launched_rockets_is_no_rocket_fire():
    got = parse("Israeli drones launched rockets at a car in Rafah.", published="2024-10-27").events
    assert "Shelling/artillery/missile attack" not in [e.sub_event_type for e in got]


def test_a_places_tally_of_the_past_hours_stays_the_places():
    got = parse("Israeli strikes hit Rafah overnight, and medics said 12 people were killed "
                "there in the past 24 hours.", published="2024-10-27").events
    assert [(e.location, e.fatalities) for e in got] == [("Rafah", 12)]


@pytest.mark.parametrize("text", [
    "Troops opened fire on the road near Rafah.",
    "Residents opened a small shop on Omar al-Mukhtar Street in Gaza City.",
])
def test_opening_fire_or_a_shop_is_no_route_opened(text):
    got = parse(text, published="2024-10-27").events
    assert "Crossing opened or closed" not in [e.sub_event_type for e in got]


@pytest.mark.parametrize("text", [
    "An Israeli strike hit a car carrying people heading south along Salah al-Din Road towards "
    "Khan Younis, killing five.",
    "Hundreds of people who had left Gaza City returned to their homes on Monday.",
    "Israeli forces have prevented movement from northern to southern Gaza since Monday.",
])
def test_a_flight_told_in_passing_or_prevented_is_no_displacement(text):
    got = parse(text, published="2024-10-27").events
    assert "Displacement" not in [e.sub_event_type for e in got]


def test_the_displaced_stopped_on_their_way_north_do_not_return():
    got = parse("Israeli troops stopped displaced people heading north at the Netzarim "
                "checkpoint on Monday.", published="2025-01-27").events
    assert "Return of displaced people" not in [e.sub_event_type for e in got]


def test_bodies_handed_to_the_icrc_are_not_hamass_captives():
    got = _coded("In the afternoon, the bodies of 45 people were handed to the ICRC in Khan "
                 "Younis.", "2024-10-27")
    assert all(a1 != "Hamas" and a2 != "Civilians (Israel)" for *_, a1, a2 in got)


def test_egypts_forces_fighting_smugglers_do_not_fight_israels():
    got = _coded("Egyptian border guards exchanged fire with smugglers near Rafah on Monday.",
                 "2024-10-27")
    assert all("Israeli military" not in (a1, a2) for *_, a1, a2 in got)


def test_a_strike_after_rocket_fire_into_israel_stays():
    got = _coded("Israeli jets struck Rafah after rocket fire into Israel.", "2024-10-27")
    assert [(s, loc) for s, loc, *_ in got] == [("Air/drone strike", "Rafah")]


@pytest.mark.parametrize("text", [
    "Israeli forces fired five rockets at a house in Jabalia, killing three.",
    "Israeli forces launched rockets at Beit Lahia on Monday, killing two.",
])
def test_rockets_fired_from_no_named_place_keep_their_strike(text):
    got = parse(text, published="2024-10-27").events
    assert "Shelling/artillery/missile attack" not in [e.sub_event_type for e in got]


@pytest.mark.parametrize("text", [
    "Israeli bulldozers opened a road through agricultural land east of Khan Younis on Monday.",
    "Civil defence crews opened a passage through the rubble in Jabalia to reach trapped "
    "people on Monday.",
    "Gaza municipality reopened al-Jalaa Street to traffic after removing rubble on Monday.",
    "The Israeli army opened a new road through the Netzarim corridor on Monday.",
    "Engineers opened a new road along the Philadelphi corridor in Rafah on Monday.",
])
def test_a_road_built_or_cleared_is_no_route_opened(text):
    got = parse(text, published="2024-10-27").events
    assert "Crossing opened or closed" not in [e.sub_event_type for e in got]


# -- nights and days named in passing ---------------------------------------------------
@pytest.mark.parametrize("text,day", [
    # a day of its own: the evening before, or the start of a longer span
    ("Israeli warplanes struck Jabalia yesterday evening, killing 12.", "2025-10-28"),
    ("Israeli warplanes have struck Jabalia since Monday evening.", "2025-10-27"),
    ("Israeli warplanes have struck Jabalia since Tuesday morning.", "2025-10-28"),
    # a span of days, not a night: its first day
    ("Fighting raged in Rafah from Monday to Wednesday, killing 9 people.", "2025-10-27"),
])
def test_a_night_rule_leaves_days_of_their_own(text, day):
    assert [e.event_date for e in parse(text, published="2025-10-29").events] == [day]


@pytest.mark.parametrize("text,day", [
    # the relative clause tells the event itself
    ("Tanks shelled the area near the Kerem Shalom crossing, which the army seized last "
     "week.", "2024-05-07"),
    # what went on is told after the day it began: that day's
    ("Israeli forces launched an offensive in Jabalia on 5 May, which continued with heavy "
     "shelling.", "2024-05-05"),
    ("Israeli troops continued operations in Rafah, where an airstrike that started a fire "
     "on Sunday killed 5.", "2024-05-12"),
])
def test_a_day_in_a_clause_of_the_event_still_dates_it(text, day):
    assert day in {e.event_date for e in parse(text, published="2024-05-14").events}


def test_the_truce_itself_keeps_the_day_it_took_effect():
    doc = parse("The truce that took effect on 10 May collapsed as Israeli strikes killed 20 "
                "in Jabalia.", published="2024-05-14")
    assert {(e.sub_event_type, e.event_date) for e in doc.events} == {
        ("Agreement", "2024-05-10"), ("Air/drone strike", "2024-05-14")}


def test_one_paragraph_opening_on_a_day_is_no_timeline():
    doc = parse("On 28 May, Israeli tanks reached central Rafah.\n\nOvernight Israeli strikes on "
                "Jabalia killed 19 people.", published="2024-05-31")
    assert [e.event_date for e in doc.events if e.location == "Jabalia"] == ["2024-05-31"]


def test_a_report_of_one_day_goes_on_as_it_speaks():
    doc = parse("Weekly update\n27 January 2024\n\nOn 22 January, tanks shelled Khan Younis. "
                "Strikes also continued in Nuseirat.", published="2024-01-31")
    assert [e.event_date for e in doc.events if e.location == "Nuseirat"] == ["2024-01-31"]


def test_an_item_after_and_keeps_the_day_before_it_without_one_of_its_own():
    doc = parse("An airstrike hit Rafah on Monday and a drone strike hit Jabalia, the army said "
                "on Tuesday.", published="2024-05-14")
    assert {(e.location, e.event_date) for e in doc.events} == {
        ("Rafah", "2024-05-13"), ("Jabalia", "2024-05-13")}


def test_a_period_the_report_opens_on_still_dates_what_follows():
    doc = parse("Since 11 November, 32 patients have died at al-Shifa Hospital. People trying "
                "to leave were reportedly shot at.", published="2023-11-13")
    assert {e.event_date for e in doc.events} == {"2023-11-11"}


# -- an evening a state or a "when" tells, days told against, a paragraph's later day ----
@pytest.mark.parametrize("text,place,day", [
    # what happened that evening, told in a "when" clause
    ("The Rafah crossing has remained shut since Tuesday evening, when an airstrike hit the "
     "terminal.", "Rafah Crossing", "2025-10-28"),
    # a closure that began that evening
    ("An airstrike hit the terminal at the Rafah crossing on Tuesday evening, and the crossing "
     "has been shut since Tuesday evening.", "Rafah Crossing", "2025-10-28"),
])
def test_an_evening_that_dates_an_event_is_not_moved_to_the_report(text, place, day):
    got = {e.event_date for e in parse(text, published="2025-10-29").events
           if e.location == place}
    assert got == {day}


def test_a_timeline_paragraph_counts_from_the_last_day_it_opens_a_sentence_on():
    doc = parse("On 10 May, Israeli tanks entered eastern Rafah.\n\nOn 11 May, the army ordered "
                "residents of Jabalia to leave.\n\nOn 12 May, the UN said 450,000 people had fled "
                "Rafah. On 13 May, an airstrike hit Deir al-Balah. Overnight Israeli strikes on "
                "Nuseirat killed 19 people.", published="2024-05-14")
    assert "2024-05-12" not in [e.event_date for e in doc.events if e.location == "Nuseirat"]


@pytest.mark.parametrize("text,published,day", [
    # a headline ending on the days of talks is no overview's week
    ("Talks in Cairo, 20-22 May 2024\n\nIsraeli strikes continued in Rafah, killing 10 people, "
     "medics said.", "2024-05-23", "2024-05-23"),
    # a day told after the week: not moved back into it
    ("Gaza humanitarian update\n20-26 January 2024\n\nOn 30 January, tanks shelled Khan Younis. "
     "Strikes also continued in Nuseirat.", "2024-01-31", "2024-01-31"),
])
def test_what_goes_on_keeps_the_report_day_outside_an_overviews_week(text, published, day):
    got = [e.event_date for e in parse(text, published=published).events
           if e.location in ("Rafah", "Nuseirat")]
    assert got == [day]


@pytest.mark.parametrize("text", [
    "Tanks shelled Rafah on 10 May and an airstrike killed 30 in Jabalia hours before the truce "
    "on 12 May.",
    "Tanks shelled Rafah on 10 May and an airstrike hit Jabalia in the days before 12 May.",
])
def test_an_item_does_not_take_a_day_it_is_told_against(text):
    got = [e.event_date for e in parse(text, published="2024-05-14").events
           if e.location == "Jabalia"]
    assert "2024-05-12" not in got


@pytest.mark.parametrize("text", [
    "Israeli strikes killed 10 people in Rafah starting on Sunday.",
    "The army struck Rafah in an operation starting on Sunday, killing 10 people.",
])
def test_the_events_own_first_day_is_no_start_to_come(text):
    assert [e.event_date for e in parse(text, published="2024-05-14").events] == ["2024-05-12"]


def test_what_goes_on_does_not_take_the_day_of_the_next_clause():
    doc = parse("Israeli forces continued operations in Jabalia begun on 5 May, and on 12 May an "
                "airstrike killed 10 in Beit Lahia.", published="2024-05-14")
    assert [e.event_date for e in doc.events if e.location == "Jabalia"] == ["2024-05-14"]


# -- the army's fire, and Israel's dead beside its strikes -------------------------------
@pytest.mark.parametrize("text,sub", [
    # a weapon from afar named: its fire is the strike's or the shelling's
    ("Warplanes bombed a house in Rafah. A young man was martyred by drone fire in Bureij.",
     "Air/drone strike"),
    # the day's toll with no place: the strikes told before
    ("Israel launched airstrikes on eastern Khan Younis. The Gaza Health Ministry reported that "
     "73 Palestinians were killed by Israeli fire.", "Air/drone strike"),
])
def test_fire_of_a_weapon_or_an_unplaced_toll_is_no_attack(text, sub):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got if e.fatalities] == [sub]


@pytest.mark.parametrize("text", [
    "A soldier was killed by friendly fire in an air strike in Rafah.",
    "Israeli aircraft struck a house in Rafah, killing a soldier's family.",
])
def test_own_fire_or_a_soldiers_kin_stay_with_the_strike(text):
    got = parse(text, published="2024-10-27").events
    assert [e.event_type for e in got if e.fatalities] == ["Explosions/Remote violence"]


def test_a_soldier_told_killed_in_a_quote_after_strikes_is_no_strike_toll():
    got = parse("Israeli strikes hit homes in Bureij. \"They killed an Israeli soldier, so the "
                "Israelis hit back,\" he said.", published="2024-10-27").events
    assert [(e.sub_event_type, e.fatalities) for e in got] == [("Air/drone strike", None)]


@pytest.mark.parametrize("text,subs", [
    # fire at people is an attack; at fighters, a fight; flares and warning shots no harm
    ("Israeli tanks fired on crowds of aid seekers in Rafah, killing five.", ["Attack"]),
    ("Israeli tanks fired at Hamas fighters in Rafah.", []),
    ("Tanks fired flares over Rafah.", []),
    ("Tanks fired warning shots near Rafah.", []),
])
def test_tank_fire_at_people_or_fighters_or_for_light_is_no_shelling(text, subs):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got] == subs


@pytest.mark.parametrize("text,sub", [
    # a device named, or a fight before: the blast is no strike's
    ("Israeli air strikes hit Khan Younis. An explosion ripped through a tunnel shaft in Rafah.",
     "Remote explosive/landmine/IED"),
    ("Israeli air strikes hit Khan Younis. An explosive device went off near troops in Rafah.",
     "Remote explosive/landmine/IED"),
])
def test_a_blast_with_a_device_named_after_strikes_stays_a_bomb(text, sub):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got if e.location == "Rafah"] == [sub]


@pytest.mark.parametrize("text", [
    "A sniper attack on displaced people in Rafah killed two.",
    "A man was killed by sniper fire in Zeitoun.",
    "Snipers fired at crowds in Khan Younis.",
])
def test_sniper_fire_at_people_stays_an_attack(text):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got] == ["Attack"]


def test_a_bombs_toll_told_after_it_stays_the_bombs():
    got = parse("A roadside bomb exploded near a market in Rafah on Tuesday. Ten people were "
                "killed in the blast.", published="2024-10-27").events
    assert [e.sub_event_type for e in got] == ["Remote explosive/landmine/IED"]


# -- the army's fire, tanks, blasts and snipers beside strikes -------------------------
def test_a_places_day_toll_by_israeli_fire_is_no_attack():
    got = parse("In Rafah, 15 people were killed by Israeli fire over the past 24 hours, the "
                "ministry said.", published="2024-10-27").events
    assert [e.sub_event_type for e in got if e.fatalities] == ["Air/drone strike"]


def test_soldiers_killed_by_the_fighters_drone_stay_with_the_drone():
    got = parse("Two Israeli soldiers were killed in a Hamas drone attack in Rafah.",
                published="2024-10-27").events
    assert [(e.sub_event_type, e.fatalities) for e in got if e.fatalities] == [
        ("Air/drone strike", 2)]


@pytest.mark.parametrize("text", [
    "Israeli tanks fired at displaced families returning to Rafah, killing three.",
    "Israeli tanks fired at a group of young men in Rafah, killing two.",
    "Israeli tanks fired on fishermen on the beach of Rafah, killing two.",
    "Israeli tanks fired at children in Khan Younis, killing two.",
    "Israeli tanks fired at anyone approaching the corridor in Rafah, killing two.",
    "Israeli tanks fired at journalists in Rafah, wounding two.",
])
def test_tank_fire_at_people_is_no_shelling(text):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got if e.fatalities or e.injuries] == ["Attack"]


def test_a_tanks_machine_guns_are_no_shelling():
    got = parse("Israeli tanks fired machine guns at homes in Rafah.",
                published="2024-10-27").events
    assert "Shelling/artillery/missile attack" not in [e.sub_event_type for e in got]


@pytest.mark.parametrize("text", [
    "Israeli airstrikes hit Gaza City overnight. In Rafah, an explosion killed three Israeli "
    "soldiers, the army said.",
    "Israeli airstrikes hit Gaza City overnight. An explosion hit an Israeli armoured vehicle "
    "in Rafah.",
    "Israeli warplanes struck Khan Younis. Israeli forces also carried out explosions of "
    "residential buildings in eastern Rafah.",
    "Israeli airstrikes hit Gaza City. A large explosion was heard as Israeli forces blew up "
    "buildings in Rafah.",
])
def test_a_blast_at_troops_or_of_their_demolitions_after_strikes_is_no_strike(text):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got if e.location == "Rafah" and
            e.event_type == "Explosions/Remote violence"] == ["Remote explosive/landmine/IED"]


def test_sniper_fire_at_officers_not_told_as_the_armys_stays_an_attack():
    got = parse("Israeli sniper fire at officers guarding aid trucks in Rafah killed two.",
                published="2024-10-27").events
    assert [e.sub_event_type for e in got] == ["Attack"]


@pytest.mark.parametrize("text", [
    # a strike, and the guns elsewhere in the town
    "Israel struck a school sheltering displaced families in Khan Younis on Tuesday, killing 30 "
    "people. Israeli tanks shelled the eastern parts of Khan Younis on Tuesday.",
    "An Israeli attack on a house in Rafah on Tuesday killed five people. Israeli artillery "
    "shelled eastern Rafah on Tuesday.",
])
def test_a_strike_beside_shelling_that_tells_no_dead_stays_a_strike(text):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got if e.fatalities] == ["Air/drone strike"]


def test_the_strips_toll_of_airstrikes_is_not_a_shellings_same_count():
    got = parse("Israeli airstrikes killed four people across the Gaza Strip on Tuesday, as "
                "tanks advanced in Rafah. Israeli shelling killed four people in Beit Lahia on "
                "Tuesday.", published="2024-10-27").events
    assert ("Air/drone strike", "Gaza Strip", 4) in [(e.sub_event_type, e.location,
                                                      e.fatalities) for e in got]


@pytest.mark.parametrize("text,want", [
    # the toll's own place comes first: the toll is the town's, where most fell a site in it
    ("Strikes killed 12 people in Rafah on Monday, most of them in Tel al-Sultan.",
     ["Rafah", "Tel al-Sultan"]),
    # the wounded across the Strip are no toll of the Strip's
    ("At least 30 people were injured across the Strip, most of them in Gaza City.",
     ["Gaza City"]),
])
def test_most_of_a_toll_at_a_place_is_the_strips_only_when_told_across_it(text, want):
    assert [loc for _, loc, _, _ in _events(text, "2024-10-27")] == want


@pytest.mark.parametrize("text,want", [
    # no toll: the places alone, no Strip event
    ("Israeli strikes across the Strip, including in Nuseirat and Beit Lahia, continued on "
     "Monday.", {("Nuseirat", None), ("Beit Lahia", None)}),
    # the toll is the town's; the shelling across the Strip is another clause's
    ("Israeli strikes killed 30 people in Rafah, as shelling continued across the Strip, "
     "including in Jabalia.", {("Rafah", 30), ("Jabalia", None)}),
])
def test_strikes_across_the_strip_give_it_no_toll_it_is_not_told(text, want):
    assert {(loc, n) for _, loc, n, _ in _events(text, "2024-10-27")} == want


@pytest.mark.parametrize("text,want", [
    # the toll is told for a place of its own before the strikes across the Strip
    ("Five people were killed in Rafah on Monday as Israeli strikes continued across the "
     "Strip, including in Jabalia.", {("Rafah", 5), ("Jabalia", None)}),
    # the toll is told inside the aside about one place the list names
    ("Israeli strikes across the Strip, including one on a school in Jabalia that killed 15 "
     "people, continued on Monday.", {("Jabalia", 15)}),
    ("Israeli strikes across the Strip, including in Jabalia, where 15 people were killed in a "
     "strike on a school, continued on Monday.", {("Jabalia", 15)}),
    ("Israeli strikes across the Strip, including one that killed 15 people in Jabalia, "
     "continued on Monday.", {("Jabalia", 15)}),
])
def test_strikes_across_the_strip_leave_a_toll_told_for_a_place_to_it(text, want):
    assert {(loc, n) for _, loc, n, _ in _events(text, "2024-10-27")} == want


def test_a_toll_across_the_strip_whose_parts_hold_all_of_it_leaves_the_strip_nothing():
    text = ("At least 62 people were killed across the Strip since dawn, 52 of them in Gaza "
            "City and 10 in Khan Younis.")
    assert {(loc, n) for _, loc, n, _ in _events(text, "2024-10-27")} == \
        {("Gaza City", 52), ("Khan Younis", 10)}


@pytest.mark.parametrize("text", [
    # what the strike hit, or set off: no bomb of its own
    "The IDF said the airstrike in Jabalia targeted a Hamas cell planting explosive devices.",
    "An Israeli airstrike in Jabalia hit a workshop making IEDs, the army said.",
    "An Israeli airstrike hit a house in Jabalia, detonating explosives stored inside.",
    "Israeli airstrikes hit Jabalia, and the army said troops found landmines there.",
])
def test_a_bomb_named_as_the_strikes_target_is_no_second_attack(text):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got if e.location == "Jabalia"] == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    # brought down by strikes: the strike, no destruction of its own
    "An Israeli airstrike destroyed the al-Soussi Tower in Tel al-Hawa on Sunday.",
    "The Israeli army destroyed houses in Tel al-Hawa with air strikes on Sunday.",
    "Israeli warplanes destroyed several residential towers in Tel al-Hawa.",
])
def test_buildings_destroyed_by_strikes_are_no_property_destruction(text):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got] == ["Air/drone strike"]


def test_a_building_destroyed_by_someone_else_is_no_army_destruction():
    got = parse("The earthquake destroyed homes in Tel al-Hawa.", published="2024-10-27").events
    assert not [e for e in got if e.sub_event_type == "Looting/property destruction"]


@pytest.mark.parametrize("text", [
    # no captives, or no place of its own
    "Civil defence crews recovered the bodies of 12 Palestinians in Jabalia.",
    "Israel recovers the bodies of two hostages in Gaza.",
])
def test_bodies_recovered_of_no_captives_or_at_no_place_are_no_release(text):
    got = parse(text, published="2024-10-27").events
    assert not [e for e in got if e.sub_event_type == "Hostage or prisoner release"]


@pytest.mark.parametrize("text", [
    # a bomb that never went off, or one the strike or the army's engineers set off
    "An Israeli airstrike in Jabalia killed two men who the army said were trying to "
    "detonate an explosive device near troops.",
    "An Israeli air strike in Jabalia detonated explosive devices planted by Hamas, the "
    "military said.",
    "Israeli warplanes struck Jabalia as army engineers detonated explosive devices found in "
    "tunnels.",
])
def test_a_bomb_set_off_by_the_strike_or_never_gone_off_is_no_second_attack(text):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got if e.location == "Jabalia"] == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    # what was in or under the buildings the army destroyed
    "Israeli forces destroyed weapons found in homes in Jabalia, the army said.",
    "The army said troops destroyed tunnels beneath homes in Rafah.",
    "The army said soldiers destroyed explosives hidden in houses in Jabalia.",
])
def test_things_destroyed_in_buildings_are_no_property_destruction(text):
    got = parse(text, published="2024-10-27").events
    assert not [e for e in got if e.sub_event_type == "Looting/property destruction"]


@pytest.mark.parametrize("text,place", [
    # strikes told elsewhere in the sentence leave the raid's or the army's destruction
    ("Departments of the Kamal Adwan hospital were burned and destroyed during the raid, "
     "while Israeli air strikes hit Khan Younis.", "Kamal Adwan Hospital"),
    ("The clinic in Jabalia was destroyed during the storming, the ministry said, as "
     "shelling continued in Rafah.", "Jabalia"),
    ("The army destroyed homes in Rafah on Sunday, a day after air strikes on Khan Younis "
     "killed 10 people.", "Rafah"),
])
def test_strikes_told_elsewhere_keep_the_destruction(text, place):
    got = parse(text, published="2024-10-27").events
    assert ("Looting/property destruction", place) in [(e.sub_event_type, e.location)
                                                        for e in got]


@pytest.mark.parametrize("text", [
    # the captors' own search: no handing over, not the army's recovery
    "Hamas said it had recovered the bodies of Israeli hostages killed by an Israeli strike "
    "in Rafah.",
    "The Qassam Brigades said its fighters recovered the bodies of two captives from the "
    "rubble in Rafah.",
])
def test_bodies_the_captors_recovered_are_no_release(text):
    got = parse(text, published="2024-10-27").events
    assert not [e for e in got if e.sub_event_type == "Hostage or prisoner release"]


@pytest.mark.parametrize("text,hurt", [
    # a part of the hurt already counted is not more of them
    ("An airstrike hit a house in Rafah on Sunday, killing three people. Twelve people were "
     "injured, including two children who were seriously wounded.", 12),
    # the same hurt told again
    ("A journalist was killed and two others injured in a strike in Khan Younis on Sunday. "
     "His body was recovered from an apartment where the other two journalists were found "
     "injured.", 2),
    # alive and unhurt
    ("A soldier was killed Sunday by a bomb in Rafah. Another soldier was nearly wounded.", None),
    # the wounded as people who travel or lie in a ward, not hurt in the attack
    ("An airstrike hit a house in Rafah on Sunday, killing three people. An official said 76 "
     "wounded were expected to cross into Egypt.", None),
    ("An airstrike hit a house in Rafah on Sunday, killing three people. Rescue crews pulled "
     "out dozens of injured, some in critical condition.", None),
])
def test_the_hurt_after_an_attack_are_not_counted_twice(text, hurt):
    got = parse(text, published="2024-10-27").events
    assert [e.injuries for e in got if e.fatalities] == [hurt]


def test_the_hurt_after_rockets_at_israel_are_no_event_in_the_strip():
    got = parse("Hamas launched rockets towards Tel Aviv on Sunday. Twelve people are injured.",
                published="2024-10-27").events
    assert not [e for e in got if e.injuries]


def test_the_previous_day_still_counts_back_from_the_day_told():
    # "the previous day" is the day before the one told, not a tally of the report's day
    got = parse("Three soldiers were killed on Monday in Khan Younis. The previous day, strikes "
                "killed 12 people in Rafah.", published="2024-01-23").events
    assert [e.event_date for e in got if e.location == "Rafah"] == ["2024-01-21"]


@pytest.mark.parametrize("text,place", [
    # the count names its own place
    ("Troops fired on crowds near Rafah and near Khan Younis on Tuesday, killing 12 people in "
     "Khan Younis.", "Khan Younis"),
    # one place: its own toll
    ("Troops fired on crowds near the aid point in Rafah on Tuesday, killing 12 people.", "Rafah"),
])
def test_a_toll_after_places_near_each_other_keeps_a_named_place(text, place):
    got = parse(text, published="2025-07-08").events
    assert (place, 12) in [(e.location, e.fatalities) for e in got]


def test_a_day_told_after_since_still_dates_what_follows():
    # "since" a day on which something happened, then more of that day: the day is carried
    got = parse("On 19 January, the ceasefire took effect. Israeli strikes killed 12 people in "
                "Rafah.", published="2025-03-22").events
    assert [e.event_date for e in got if e.location == "Rafah"] == ["2025-01-19"]


@pytest.mark.parametrize("text", [
    # the group's own dead, or the army's report of what it struck: the group was hit
    "The IDF struck a building in Beit Lahia where it said Hamas operatives were hiding, "
    "killing five militants.",
    "The IDF said it struck Hamas operatives in Rafah, killing 12 people.",
    "The IDF said it struck Hamas targets in Rafah.",
])
def test_a_strike_the_army_tells_of_its_target_keeps_the_group(text):
    got = parse(text, published="2024-10-21").events
    assert [e.actor2 for e in got] == ["Hamas"]


def test_what_the_army_claims_to_have_found_is_not_its_claimed_target():
    # "where it claimed to have discovered Hamas observation posts": what it found there
    got = parse("The Israeli military stated that it had engaged in close-quarters combat and "
                "airstrikes in Shejaia, where it claimed to have discovered Hamas observation "
                "posts.", published="2024-06-29").events
    assert "Hamas" in [e.actor2 for e in got if e.sub_event_type == "Air/drone strike"]


@pytest.mark.parametrize("text", [
    # the hurt of another time, or the day's tally of the Strip
    "A soldier was killed by an explosive device in Jabalia on Sunday. Two soldiers were wounded "
    "last month.",
    "An Israeli airstrike killed three people in Rafah on Sunday. Two years ago, 40 people were "
    "injured.",
    "An Israeli airstrike killed three people in Rafah on Sunday. The ministry said 52 people were "
    "injured in the past 24 hours.",
    "An Israeli airstrike killed three people in Rafah on Sunday. Some 52 people were injured "
    "across the Strip on Sunday.",
])
def test_the_hurt_of_another_time_or_the_whole_strip_are_not_the_attacks(text):
    got = parse(text, published="2024-10-27").events
    assert not [e for e in got if e.injuries]


@pytest.mark.parametrize("text,day", [
    # the 24 hours before the day just told, not before the report
    ("On Monday, the health ministry said 90 people were killed in the previous 24 hours.",
     "2024-03-04"),
    ("An airstrike hit a house in Rafah on 1 March, killing 12 people. In the previous 24 hours, "
     "30 people had been killed in Khan Younis.", "2024-03-01"),
])
def test_the_previous_24_hours_of_a_day_told_are_that_days(text, day):
    got = parse(text, published="2024-03-05").events
    assert [e.event_date for e in got if e.fatalities in (30, 90)] == [day]


def test_a_strike_that_killed_the_member_it_aimed_at_keeps_the_group():
    # "killing the commander": the one the army said was there was among the dead
    got = parse("The IDF struck a house in Rafah where it said a Hamas commander was hiding, "
                "killing the commander and 12 people.", published="2024-10-21").events
    assert "Hamas" in [e.actor2 for e in got]


@pytest.mark.parametrize("text,places", [
    ("Officials said dozens of people were killed in Khan Younis and Rafah in the south - areas "
     "to which Israel had told residents of northern Gaza to move.", ["Khan Younis", "Rafah"]),
    ("Strikes hit Rafah, to which the army had ordered families from Khan Younis to flee.",
     ["Rafah"]),
])
def test_an_order_that_sent_people_to_the_places_hit_is_no_order(text, places):
    got = parse(text, published="2024-10-27").events
    assert [e.location for e in got] == places
    assert all(e.sub_event_type == "Air/drone strike" for e in got)


@pytest.mark.parametrize("text,places", [
    # the order of the day told, and an order told of its own
    ("Strikes hit Rafah on Tuesday. The army had told residents of northern Gaza to move south.",
     ["northern Gaza"]),
    ("The army told residents of Jabalia to move to Gaza City on Tuesday.", ["Jabalia"]),
])
def test_an_order_told_of_its_own_stays(text, places):
    got = parse(text, published="2024-10-27").events
    assert [e.location for e in got if e.sub_event_type == "Evacuation order"] == places


@pytest.mark.parametrize("text,expected", [
    # the span a running toll counts over is no battle
    ("An officer was killed Sunday by an explosive device in Jabalia. His death brings the toll "
     "of soldiers killed in the ground offensive and operations along the border to 358.",
     [("Remote explosive/landmine/IED", "Jabalia")]),
    ("The death toll of people killed in the war in Gaza has risen to 40,000.", []),
    # (an attack told by its dead stays)
    ("The toll of those killed in the strike on Jabalia rose to 40.",
     [("Air/drone strike", "Jabalia")]),
    # how the fighting began, weeks before
    ("The 162nd Division launched a renewed offensive in Jabalia two weeks ago, saying Hamas had "
     "been regrouping there.", []),
    ("The army launched an offensive in Jabalia three days ago.", [("Armed clash", "Jabalia")]),
    ("Troops fought Hamas in Jabalia two weeks ago.", [("Armed clash", "Jabalia")]),
    # ... or told as the subject of its start
    ("The ground operation began two weeks ago in Beit Hanoun, the army said.", []),
    ("The army's ground operation in Beit Hanoun started three weeks ago, residents said.",
     []),
    ("The ground operation in Beit Hanoun began three days ago.",
     [("Armed clash", "Beit Hanoun")]),
    ("The ground operation began on Sunday in Beit Hanoun, the army said.",
     [("Armed clash", "Beit Hanoun")]),
    # (a span of a clause opened after the start dates that clause's deed, not the start)
    ("The raid on Beit Hanoun began as residents who had left the town three weeks ago were "
     "coming back, witnesses said.", [("Armed clash", "Beit Hanoun")]),
    # a raid told by the arrests it made
    ("The occupation forces also stormed areas east of Khan Younis and arrested a number of "
     "displaced people, according to local sources.", [("Arrests", "Khan Younis")]),
    # (the arrests made in the raid are its own, not a record of their own)
    ("Israeli forces stormed Jabalia camp and arrested dozens amid heavy clashes with resistance "
     "fighters.", [("Armed clash", "Jabalia Camp")]),
    ("Israeli forces stormed Nuseirat camp, killing three people, and arrested others.",
     [("Armed clash", "Nuseirat Camp")]),
    # a strike ruled out, a cause asked about
    ("The Israeli army said it had \"ruled out\" an air or artillery strike on Khan Younis and "
     "was reviewing whether Hamas fire was responsible.", []),
    ("The army ruled out a ceasefire and Israeli aircraft struck a house in Rafah.",
     [("Air/drone strike", "Rafah")]),
])
def test_fighting_the_report_does_not_tell(text, expected):
    assert [(e.sub_event_type, e.location)
            for e in parse(text, published="2024-10-27").events] == expected


def test_an_unarmed_headline_and_a_bound_told_exactly_at_a_site_are_one_attack():
    text = ("Aid convoy deaths: more than 100 killed as crowds gather for food in Gaza City\n\n"
            "More than 100 Palestinians were killed on Thursday when Israeli troops opened fire "
            "as crowds surged around an aid convoy on the western edge of Gaza City. The "
            "ministry said 112 people had been killed and 760 injured near the Nabulsi "
            "roundabout.")
    got = parse(text, published="2024-03-01").events
    assert [(e.sub_event_type, e.location, e.fatalities, e.injuries) for e in got] == [
        ("Attack", "Nabulsi Roundabout", 112, 760)]


@pytest.mark.parametrize("text", [
    # another attack told apart, or a count past the bound's reach
    "More than 10 Palestinians were killed on Thursday when Israeli troops opened fire on "
    "crowds in Gaza City. Separately, troops opened fire on people near the Nabulsi "
    "roundabout, killing 12.",
    "More than 10 Palestinians were killed on Thursday when Israeli troops opened fire on "
    "crowds in Gaza City. Troops opened fire on people near the Nabulsi roundabout on "
    "Thursday, killing 40.",
])
def test_a_bound_beside_another_count_at_a_site_stays_its_own(text):
    got = parse(text, published="2024-03-01").events
    assert len([e for e in got if e.fatalities]) == 2


def test_a_headline_of_children_killed_is_no_battle_of_the_body():
    text = ("Gaza: More than 40 children reported killed in just two days\n\n"
            "OCHA reports that intense hostilities continued overnight across the Gaza Strip, "
            "killing and injuring many Palestinians.")
    got = parse(text, published="2025-05-16").events
    assert ("Explosions/Remote violence", 40) in [(e.event_type, e.fatalities) for e in got]


def test_dead_told_with_no_weapon_beside_a_shooting_are_the_shootings():
    text = ("The field hospital in Rafah received 184 patients early this morning. Nineteen "
            "were dead on arrival. Most had gunshot wounds. The Israeli military said that on "
            "Tuesday its troops had fired at people who approached the forces near the "
            "distribution site in western Rafah.")
    got = parse(text, published="2025-06-03").events
    assert [(e.sub_event_type, e.location, e.fatalities) for e in got] == [
        ("Attack", "Rafah", 19)]


def test_a_strike_that_names_its_weapon_beside_a_shooting_stays_its_own():
    text = ("An Israeli drone strike killed three people in Rafah on Tuesday. Israeli troops "
            "opened fire on people near the distribution site in Rafah on Tuesday.")
    got = parse(text, published="2025-06-03").events
    assert sorted(e.sub_event_type for e in got) == ["Air/drone strike", "Attack"]


def test_sites_hit_on_days_told_together_are_the_sites_told_next():
    text = ("Key highlights\n• UNRWA schools sheltering IDPs in Nuseirat were hit on 14 and 16 "
            "July.\n\nOverview\n• On 14 July, UNRWA's Abu Oreiban school in Nuseirat camp was "
            "hit, reportedly killing at least 17. Another UNRWA school in Nuseirat was struck on "
            "16 July; Palestinian sources reported 23 fatalities.")
    got = parse(text, published="2024-07-17").events
    assert sorted((e.event_date, e.location) for e in got) == [
        ("2024-07-14", "Abu Oreiban School"), ("2024-07-16", "Nuseirat")]


def test_a_town_hit_on_one_day_beside_a_site_told_also_stays():
    text = ("Israeli strikes hit Nuseirat on 14 July. Israeli aircraft also struck the Abu "
            "Oreiban school in Nuseirat camp on 14 July, killing 17.")
    got = parse(text, published="2024-07-17").events
    assert sorted(e.location for e in got) == ["Abu Oreiban School", "Nuseirat"]


def test_an_offensive_launched_on_a_day_told_stays():
    text = ("The army launched a new offensive in Jabalia on Sunday after leaving the camp two "
            "months ago.")
    assert [(e.sub_event_type, e.location)
            for e in parse(text, published="2024-10-08").events] == [("Armed clash", "Jabalia")]


def test_a_towns_toll_of_the_day_is_no_shooting_with_a_count_of_its_own():
    text = ("Health officials said 40 people were killed in Rafah on Tuesday. On Tuesday, Israeli "
            "troops opened fire on crowds waiting for aid in Rafah, killing three people.")
    got = parse(text, published="2024-06-05").events
    assert ("Attack", "Rafah", 3) in [(e.sub_event_type, e.location, e.fatalities) for e in got]
    assert len(got) == 2


def test_a_bound_of_air_strikes_is_no_shelling_at_a_site():
    text = ("More than 20 people were killed in Israeli air strikes on Gaza City on Tuesday. "
            "Israeli tanks shelled the Shati camp in Gaza City on Tuesday, killing 25.")
    got = parse(text, published="2024-06-05").events
    assert sorted(e.sub_event_type for e in got) == [
        "Air/drone strike", "Shelling/artillery/missile attack"]


def test_days_listed_with_one_told_next_keep_the_town():
    text = ("Israeli strikes hit Nuseirat on Monday and Tuesday. On Monday, an Israeli strike on "
            "the Abu Oreiban school in Nuseirat camp killed 17 people.")
    got = parse(text, published="2024-07-17").events
    assert sorted(e.location for e in got) == ["Abu Oreiban School", "Nuseirat"]


def test_an_unarmed_headline_over_the_bodys_strikes_is_no_shooting():
    text = ("30 killed in Khan Younis\n\nIsraeli troops opened fire on people waiting for flour "
            "in Khan Younis on Tuesday, killing four. Israeli air strikes on homes in Khan Younis "
            "killed 26 on Tuesday.")
    got = parse(text, published="2024-06-05").events
    assert ("Attack", 4) in [(e.sub_event_type, e.fatalities) for e in got]


@pytest.mark.parametrize("text, rest", [
    # a part that reads back to the day's toll itself, with no toll told between
    ("Israeli strikes killed 95 people in Gaza on Monday, health officials said. One of those "
     "strikes killed seven people in a house in Jabalia.", 88),
    ("The ministry said 60 people were killed in Israeli strikes on Tuesday. Among them were 12 "
     "members of one family killed in a strike on their home in Nuseirat.", 48),
])
def test_a_part_told_right_after_the_days_toll_still_leaves_the_rest(text, rest):
    got = {e.location: e.fatalities for e in parse(text, published="2024-10-27").events}
    assert got["Gaza Strip"] == rest


@pytest.mark.parametrize("text, place", [
    # the flight itself, told by where it went
    ("Thousands of families were displaced to Khan Younis on Monday.", "Khan Younis"),
    # a clause of where they sheltered does not hide the place they fled
    ("Thousands of people fled Rafah to Khan Younis, where they have sought shelter in schools.",
     "Rafah"),
])
def test_a_flight_told_by_its_destination_keeps_a_place(text, place):
    got = [e.location for e in parse(text, published="2024-10-27").events
           if e.sub_event_type == "Displacement"]
    assert got == [place]


@pytest.mark.parametrize("text", [
    "A truck carrying flour overturned near Deir al-Balah on Monday.",
    "The trucks carrying food were on their way to warehouses in Khan Younis on Monday.",
])
def test_trucks_carrying_aid_named_with_no_load_going_in_are_no_delivery(text):
    got = parse(text, published="2024-10-27").events
    assert "Aid delivery" not in [e.sub_event_type for e in got]


@pytest.mark.parametrize("text, place", [
    # those who arrive where the flight came from are troops, not the displaced
    ("Thousands of people fled Rafah, where Israeli tanks have moved into the city centre.",
     "Rafah"),
    ("Tens of thousands fled Khan Younis, where Israeli forces have arrived in the eastern "
     "neighbourhoods.", "Khan Younis"),
    # where they had sheltered before the flight is the place they fled
    ("Thousands of families were displaced from Jabalia, where they had sought shelter in "
     "UNRWA schools.", "Jabalia"),
    # those sent to a place who now flee it again
    ("People displaced to Rafah have been forced to flee once more after the evacuation "
     "order.", "Rafah"),
    ("IDPs relocated to Khan Younis have fled again following new evacuation orders.",
     "Khan Younis"),
])
def test_a_place_fled_is_kept_though_told_of_where_people_are(text, place):
    got = [e.location for e in parse(text, published="2024-10-27").events
           if e.sub_event_type == "Displacement"]
    assert place in got


@pytest.mark.parametrize("text", [
    # the going in told of others, in a later clause
    "A truck carrying flour overturned near Deir al-Balah, killing people who had arrived to "
    "collect aid.",
    # the going in denied
    "Egyptian trucks carrying aid are waiting at the Rafah crossing, unable to enter.",
    "Hundreds of trucks carrying aid remain stuck in Al Arish, unable to cross into Gaza.",
])
def test_trucks_carrying_aid_not_told_going_in_are_no_delivery(text):
    got = parse(text, published="2024-10-27").events
    assert "Aid delivery" not in [e.sub_event_type for e in got]


# -- the way victims were killed before the verb -------------------------------------
@pytest.mark.parametrize("text", [
    "Two Palestinians were shot and wounded near the hospital in Rafah.",
    "Two Palestinians were shot and injured near the hospital in Khan Younis on Sunday.",
])
def test_shot_and_wounded_is_no_toll(text):
    assert all(e.fatalities is None for e in parse(text, published="2024-10-27").events)


@pytest.mark.parametrize("opening", ["Separately, ten", "Later on Sunday, ten"])
def test_a_toll_across_the_palestinian_enclave_keeps_dead_told_apart(opening):
    text = ("Israeli strikes across the Palestinian territory killed at least 50 people "
            f"overnight, medics said. {opening} people were killed in a strike on a house in "
            "Jabalia.")
    got = {e.location: e.fatalities for e in parse(text, published="2024-10-27").events}
    assert got == {"Gaza Strip": 50, "Jabalia": 10}


@pytest.mark.parametrize("text,killed", [
    ("An Israeli strike hit a house in Rafah on Friday. One of the family's sons was nearly "
     "killed.", None),
    ("An Israeli strike hit a house in Rafah on Friday. One of the hospital's doctors said five "
     "people were killed.", 5),
])
def test_one_of_a_groups_members_is_no_victim_alive_or_speaking(text, killed):
    assert [e.fatalities for e in parse(text, published="2024-10-27").events] == [killed]


@pytest.mark.parametrize("text,killed", [
    ("Two police officers shot and killed a suspect in Rafah on Sunday.", None),
    ("Three gunmen stabbed and killed a shopkeeper in Rafah on Sunday.", None),
    ("Two gunmen reportedly shot and killed a man in Rafah on Sunday.", 1),
    ("Two Palestinians were beaten and dead bodies were later found in Rafah.", None),
])
def test_the_killers_or_a_beating_are_no_count_of_dead(text, killed):
    assert all(e.fatalities == killed for e in parse(text, published="2024-10-27").events)


@pytest.mark.parametrize("text,want", [
    # a part of a place's toll that is told with its day is no tally of the Strip's
    ("At least 50 people were killed in Khan Younis, including 20 in the last 24 hours.",
     [("Khan Younis", 50)]),
    # a part of a war tally with no day of its own is no day's toll
    ("The ministry said 41,118 Palestinians have been killed since the war began, including "
     "12,000 children.", []),
])
def test_a_share_of_a_toll_is_the_days_only_with_the_past_24_hours(text, want):
    assert [(e.location, e.fatalities)
            for e in parse(text, published="2024-10-27").events] == want


def test_a_part_from_where_the_dead_had_fled_is_no_count_of_that_place():
    text = ("Nine people were killed in a strike on a house in Jabalia, two in tents sheltering "
            "families from Rafah.")
    got = {e.location: e.fatalities for e in parse(text, published="2024-10-27").events}
    assert got.get("Rafah") is None


def test_the_hurt_after_a_toll_told_at_several_places_go_to_no_one_place():
    text = ("Gaza's civil defence says at least eight people were killed in strikes since the "
            "morning, including two in Jabalia and three in a strike in the Sheikh Radwan area. "
            "Dozens more were wounded.")
    assert all(e.injuries is None for e in parse(text, published="2025-01-19").events)


def test_more_killed_is_no_count_of_the_hurt():
    text = "An Israeli strike on a house in Rafah killed four people. Dozens more were killed."
    assert all(e.injuries is None for e in parse(text, published="2024-10-27").events)


@pytest.mark.parametrize("text,want", [
    # the Strip's toll with a part named keeps its rest at the Strip
    ("Gaza's health ministry said 40 people were killed, including 12 in Rafah.",
     {"Rafah": 12, "Gaza Strip": 28}),
    # a part of the part that names no place keeps the part whole
    ("Strikes killed 40 people across Gaza on Monday, 20 of them in Khan Younis, including five "
     "children.", {"Khan Younis": 20, "Gaza Strip": 20}),
    # two places each with a toll of its own are no toll told together
    ("Israeli shelling on the Shati (Beach) camp killed five people and a strike on Sheikh "
     "Radwan killed eleven more people.", {"Beach Camp": 5, "Sheikh Radwan": 11}),
])
def test_a_towns_rest_and_names_in_full_leave_other_tolls_alone(text, want):
    got = {e.location: e.fatalities for e in parse(text, published="2024-10-27").events}
    assert got == want


@pytest.mark.parametrize("text", [
    "Israeli soldiers opened fire on residents in Jabalia on Monday, killing two.",
    "A drone hovered overhead as troops opened fire on residents in Jabalia on Monday.",
    "Tanks and drones opened fire on crowds near the aid site in Rafah on Monday.",
    "Drones and snipers opened fire on people in Jabalia on Monday.",
    "\"Anyone who steps outside, the drones open fire,\" a man in Jabalia said on Monday.",
])
def test_fire_from_the_ground_or_a_habit_is_no_drone_strike(text):
    assert all(e.sub_event_type != "Air/drone strike"
               for e in parse(text, published="2024-10-15").events)


@pytest.mark.parametrize("text,sub", [
    ("An Israeli airstrike killed five people waiting for aid trucks in Rafah on Monday.",
     "Air/drone strike"),
    ("Israeli tanks shelled crowds gathered around aid trucks in Khan Younis on Monday, "
     "killing 12.", "Shelling/artillery/missile attack"),
    ("An Israeli strike hit a house in Rafah on Monday. Twelve people were killed in Rafah, "
     "including five who had gathered around an aid truck.", "Air/drone strike"),
    ("On Monday an Israeli strike killed 30 people in Rafah on 1 June, among them 12 aid "
     "seekers.", "Air/drone strike"),
    ("Israeli fire killed two fighters in Rafah on Monday.", "Armed clash"),
])
def test_the_dead_at_aid_keep_the_weapon_told(text, sub):
    assert [e.sub_event_type for e in parse(text, published="2024-10-22").events] == [sub]


@pytest.mark.parametrize("text,sub", [
    ("Hamas fighters attacked Israeli troops in Khan Younis with rifles and an explosive "
     "device on Monday.", "Armed clash"),
    ("Israeli troops blew up a house in Beit Hanoun on Monday.", "Looting/property destruction"),
    ("Israeli forces blew up a house used by Hamas fighters in Rafah on Monday.",
     "Looting/property destruction"),
    ("Israeli army engineers blew up a building where troops had found a tunnel shaft in "
     "Rafah on Monday.", "Looting/property destruction"),
])
def test_a_fight_or_the_armys_demolition_is_no_planted_bomb(text, sub):
    assert [e.sub_event_type for e in parse(text, published="2024-10-22").events] == [sub]


@pytest.mark.parametrize("text", [
    "Troops raided a compound in Khan Younis on Monday. Rifles, explosive devices and "
    "operational maps were found in the compound.",
    "On Monday troops dismantled infrastructure above and below ground in Rafah, including a "
    "booby-trapped building and an underground route.",
])
def test_bombs_found_are_no_bomb_set_off(text):
    assert all(e.sub_event_type != "Remote explosive/landmine/IED"
               for e in parse(text, published="2024-10-22").events)


@pytest.mark.parametrize("text", [
    "An ambulance came under heavy machine-gun fire in Rafah on Tuesday.",
    "Displaced families came under fire from Israeli tanks in Rafah on Tuesday.",
])
def test_people_under_fire_are_attacked_not_in_a_fight(text):
    assert [e.sub_event_type for e in parse(text, published="2024-10-23").events] == ["Attack"]


# -- actors told by their weapons, their targets or a rescue: limits ------------------------
@pytest.mark.parametrize("text,kind,actors", [
    # a named group keeps its deed, whatever weapon
    ("Hamas fighters ambushed a force in Rafah, killing two soldiers.", "Armed clash",
     ("Hamas", "Israeli military")),
    # the Israeli dead told with the fighters who fell: both sides named
    ("Two soldiers were killed in clashes with Hamas in Rafah.", "Armed clash",
     ("Israeli military", "Hamas")),
    # a hostage release by the captors is no rescue
    ("Hamas released four hostages in Nuseirat on Monday.", "Hostage or prisoner release",
     ("Hamas", "Civilians (Israel)")),
    # the group that tells of its own deed in another clause is no party to the demolitions
    # residents tell of
    ("Islamic Jihad's al-Quds Brigades claimed sniper attacks on Israeli troops around "
     "Jabalia camp, and residents said dozens of homes were demolished near the market.",
     "Looting/property destruction", ("Israeli military", "Civilians (Palestine)")),
    # but a deed told with the forces in another clause is theirs
    ("Israeli tanks also advanced into Shejaia, and residents said drones shot at people "
     "trying to flee.", "Air/drone strike", ("Israeli military", "Civilians (Palestine)")),
    # gangs that burn homes are not the army
    ("Armed gangs torched homes in Khan Younis on Monday.", "Looting/property destruction",
     (None, None)),
    # a strike's object is not who struck
    ("A Hamas raid on an Israeli position near Rafah killed two soldiers.", "Armed clash",
     ("Hamas", "Israeli military")),
])
def test_actors_by_weapon_target_or_rescue_keep_their_limits(text, kind, actors):
    got = [(e.actor1, e.actor2) for e in parse(text, published="2024-10-27").events
           if e.sub_event_type == kind]
    assert got == [actors]


@pytest.mark.parametrize("text", [
    # rescuers of the dead from rubble free no captives
    "Rescue teams recovered five bodies from the rubble in Rafah after an airstrike.",
    # Egypt's troops under fire are not the Israeli forces
    "Egyptian troops came under fire near Rafah on Monday.",
])
def test_no_rescue_nor_israeli_target_read_into_other_words(text):
    got = parse(text, published="2024-10-27").events
    assert not any(e.sub_event_type == "Hostage or prisoner release" for e in got)
    assert not any(e.actor2 == "Israeli military" and e.actor1 != "Military Forces of Egypt"
                   for e in got)


def test_a_digests_bullets_without_a_colon_keep_their_own_days():
    # (a list not opened by a colon, or a bullet after bullets of other days, is a digest's)
    got = parse("Airstrikes hit Rafah on Tuesday, 18 March, killing ten people.\n\n"
                "Other news\n"
                "- Northern Gaza: 61 killed in Jabalia.\n",
                published="2025-03-20").events
    assert [e.event_date for e in got if e.location == "Jabalia"] == ["2025-03-20"]


def test_a_day_measured_against_in_another_clause_still_dates_the_telling():
    got = parse("The deadliest strike since the truce hit a house in Jabalia, killing 12, the "
                "civil defence said on Monday.", published="2025-05-20").events
    assert [e.event_date for e in got if e.location == "Jabalia"] == ["2025-05-19"]


def test_a_day_carries_past_an_articles_one_subhead():
    text = ("Seven Israeli soldiers were killed in Rafah on Tuesday when a militant affixed a bomb "
            "to their vehicle.\n\nUnsuccessful rescue attempt\n\nThe army said a soldier was "
            "killed in a separate clash in Khan Younis.\n")
    got = parse(text, published="2025-06-26").events
    assert [e.event_date for e in got if e.location == "Khan Younis"] == ["2025-06-24"]


@pytest.mark.parametrize("text,place", [
    # the attack's own place, whatever it prompted
    ("Israeli tanks shelled Rafah, prompting families to flee, and strikes killed 12.", "Rafah"),
    # dead told with no troops hit: the strikes told next are theirs
    ("Five civilians were killed in Rafah on Tuesday. The army ordered more strikes on the "
     "area.", "Rafah"),
    # an answer that names a place of its own outside the Strip is no event of it
    ("A soldier was killed in Rafah, prompting strikes on Tel Aviv.", None),
])
def test_a_death_an_attack_answered_leaves_only_that_death_its_place(text, place):
    got = [e.location for e in parse(text, published="2024-10-27").events
           if e.sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack")]
    assert got == ([place] if place else [])


@pytest.mark.parametrize("text,place", [
    # staff who tell only of the dead: their town, when nothing else is named
    ("Medics at Nasser Hospital in Khan Younis said three people were killed in an airstrike.",
     "Khan Younis"),
    # staff who tell of their own hospital hit
    ("Doctors at al-Awda Hospital in Jabalia said Israeli tanks shelled the hospital, killing "
     "two.", "Al-Awda Hospital (Jabalia)"),
])
def test_the_town_of_a_hospital_whose_staff_speak_stays_without_a_word_of_receiving(text, place):
    assert [e.location for e in parse(text, published="2024-10-27").events] == [place]


@pytest.mark.parametrize("said", ["a witness said", "a witness said from al-Shifa Hospital"])
def test_a_site_told_next_by_a_speaker_is_still_the_attacks_site(said):
    # (the speaker's own place is passed over, not the site his words tell of)
    got = parse("Israeli troops opened fire as crowds rushed an aid convoy on the outskirts of "
                f"Gaza City, killing 20. The convoy had reached the Nabulsi roundabout, {said}.",
                published="2024-10-27").events
    assert [e.location for e in got] == ["Nabulsi Roundabout"]


@pytest.mark.parametrize("text", [
    "Troops left on foot on Sunday from Khan Younis.",
    "The bodies were left on foot paths in Rafah on Monday.",
    "Egypt is pushing Israel to let families flee Rafah.",
    "The shelling pushed troops to advance into Rafah on Monday.",
    "He ignored an order to leave the area alone in Rafah on Monday.",
])
def test_no_flight_or_order_without_people_leaving(text):
    got = [e.sub_event_type for e in parse(text, published="2024-10-27").events]
    assert "Displacement" not in got and "Evacuation order" not in got


@pytest.mark.parametrize("text", [
    "Families who had returned to their homes in Abasan only weeks ago are fleeing again.",
    "An Israeli strike on a building in Beit Lahia killed 93 people on Tuesday. Most of them, "
    "displaced members of the extended family, had been sheltering in the building.",
])
def test_who_the_displaced_are_is_no_return_or_flight(text):
    got = [e.sub_event_type for e in parse(text, published="2024-10-27").events]
    assert "Return of displaced people" not in got
    if "sheltering" in text:
        assert "Displacement" not in got


def test_a_heading_word_is_no_flight():
    text = ("Displacement: IOF again ordered residents of Jabalia and Beit Hanoun to move south "
            "via Salah al-Din Road on Monday.")
    got = {e.sub_event_type for e in parse(text, published="2024-10-27").events}
    assert got == {"Evacuation order"}


def test_who_had_fled_after_an_order_is_who_they_are():
    text = ("Families who had moved to al-Mawasi after Israel ordered the evacuation of Khan "
            "Younis on Monday said they had no tents.")
    got = [e.sub_event_type for e in parse(text, published="2024-10-27").events]
    assert got == ["Evacuation order"]
    text = "Thousands of families fled Khan Younis after Israel ordered the evacuation on Monday."
    got = sorted(e.sub_event_type for e in parse(text, published="2024-10-27").events)
    assert got == ["Displacement", "Evacuation order"]


def test_a_man_never_apprehended_is_no_arrest():
    text = "The gunman who fired at the convoy in Rafah on Monday was never apprehended."
    assert "Arrests" not in [e.sub_event_type for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text", [
    "On Wednesday, people walked from their tents in Deir al-Balah to the aid site.",
    "Many people have left their jobs in Rafah in recent weeks.",
    "Thousands of starving people had walked through the night from al-Mawasi towards the "
    "al-Alam roundabout, the approach to the site, when tanks opened fire on Sunday.",
])
def test_an_errand_or_a_job_left_is_no_flight(text):
    assert "Displacement" not in [e.sub_event_type
                                  for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text,kinds", [
    ("Several drivers have refused routes near Netzarim and Morag after trucks were struck.",
     []),
    ("Aid agencies have suspended deliveries in Rafah after a convoy was struck.", []),
    # a day, or the harm, told: the attack is news
    ("WFP paused deliveries in Rafah on Monday after a convoy was struck.",
     ["Air/drone strike"]),
    ("Drivers refused routes near Netzarim after trucks were struck, killing two drivers.",
     ["Air/drone strike"]),
    ("Fighting stopped in Rafah after troops were attacked by gunmen.", ["Armed clash"]),
])
def test_an_attack_told_only_as_why_aid_stopped_is_no_event(text, kinds):
    assert [e.sub_event_type for e in parse(text, published="2024-10-27").events] == kinds


@pytest.mark.parametrize("text", [
    "Israeli troops were pushed out of Beit Hanoun on Friday.",
    "Food prices were pushed out of reach in Rafah on Friday.",
])
def test_troops_or_prices_pushed_out_are_no_flight(text):
    assert "Displacement" not in [e.sub_event_type
                                  for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text,place", [
    # the answer told at the death's place again
    ("Two soldiers were killed in Rafah on Sunday, prompting strikes on the city that killed "
     "12 people.", "Rafah"),
    ("A soldier was killed in Khan Younis and the army launched strikes on the city, killing "
     "nine people.", "Khan Younis"),
    ("Two soldiers were killed in Rafah. The army ordered strikes in the area, killing 15 "
     "people, the civil defence said.", "Rafah"),
    # no troops hit: nothing the strike answered
    ("Three people were killed in Deir al-Balah, prompting an Israeli airstrike that killed 4.",
     "Deir al-Balah"),
    # what was prompted is not the attack
    ("Five Palestinians were killed in Jabalia on Tuesday, prompting residents to flee, as "
     "Israeli strikes killed 12 more.", "Jabalia"),
])
def test_a_strike_told_at_the_place_of_the_death_before_it_keeps_that_place(text, place):
    got = [e.location for e in parse(text, published="2025-10-29").events
           if e.sub_event_type == "Air/drone strike"]
    assert got == [place]


def test_tank_fire_prompted_by_a_soldier_wounded_is_where_he_was():
    got = _coded("A soldier was wounded in Rafah on Monday, prompting tank fire that killed "
                 "three Palestinians.", "2025-10-29")
    assert [loc for _, loc, _, _, _ in got] == ["Rafah"]


@pytest.mark.parametrize("text,place", [
    # the staff's words tell the attack
    ("Officials at Nasser Hospital in Khan Younis said an Israeli strike killed eight people, "
     "and that they had received dozens of wounded.", "Khan Younis"),
    ("Doctors at Kamal Adwan Hospital in Beit Lahia said a drone fired on the third floor, "
     "killing two patients they had treated for weeks.", "Beit Lahia"),
    # what the people received, not the hospital
    ("Medics at Nasser Hospital in Khan Younis said Israeli troops opened fire on people as "
     "they received food parcels, killing six.", "Khan Younis"),
    # the town told again as the attack's place
    ("Medics at Nasser Hospital in Khan Younis said they received 15 bodies after Israeli "
     "strikes on the city overnight.", "Khan Younis"),
    ("Doctors at Kamal Adwan Hospital in Beit Lahia said it had received 20 bodies after "
     "Israeli troops stormed the area.", "Beit Lahia"),
])
def test_the_town_of_a_hospital_whose_staff_tell_the_attack_is_its_place(text, place):
    got = [e.location for e in parse(text, published="2025-10-29").events]
    assert got[:1] == [place]


@pytest.mark.parametrize("text", [
    # the day's share of the hurt, not of the dead
    "The health ministry said 65,000 people have been killed, and 160,000 injured, 300 of them "
    "in the last 24 hours.",
    "The ministry said 1,500 were killed and 4,000 wounded since Tuesday, including 300 in the "
    "past 24 hours.",
    "The health ministry said 160,000 people have been injured since the war began, including "
    "300 in the last 24 hours, while 65,000 have been killed.",
    # the day's share of a part of the tally, not the day's toll
    "The ministry said 41,118 Palestinians have been killed since the war began, including "
    "12,000 children, 40 of them in the last 24 hours.",
    "The ministry said 25,700 Palestinians have been killed, including 10,000 children, of whom "
    "40 in the past 24 hours.",
])
def test_a_share_of_the_hurt_or_of_a_part_is_no_days_toll(text):
    assert all(e.fatalities is None for e in parse(text, published="2024-10-27").events)


def test_more_hurt_before_are_no_hurt_of_the_strike():
    text = ("An Israeli strike on a house in Rafah killed four people. Dozens more were "
            "previously injured in strikes on the area.")
    assert all(e.injuries is None for e in parse(text, published="2024-10-27").events)


@pytest.mark.parametrize("text,want", [
    # a town of who told the toll, or of another clause, is no town of its rest
    ("At least 40 people were killed, health officials at Nasser Hospital said, including 12 "
     "in Rafah.", {"Rafah": 12, "Gaza Strip": 28}),
    ("Israeli strikes killed 40 people on Tuesday, according to the civil defence in Gaza City, "
     "including 12 in Rafah.", {"Rafah": 12, "Gaza Strip": 28}),
    ("At least 40 people were killed in strikes on Tuesday, Gaza City's civil defence said, "
     "including 12 in Shejaia.", {"Shejaia": 12, "Gaza Strip": 28}),
    ("Israeli strikes killed 40 people, a day after Hamas fighters ambushed troops in Rafah, "
     "including 12 in Jabalia.", {"Jabalia": 12, "Gaza Strip": 28}),
    # parts outside the town break down the whole toll, not the town's
    ("Israeli strikes killed 40 people in Gaza City, including 12 in Shejaia and eight in Khan "
     "Younis.", {"Shejaia": 12, "Khan Younis": 8, "Gaza Strip": 20}),
    ("Strikes killed 59 people across Gaza, 47 of them in Khan Younis, including seven in "
     "Nuseirat.", {"Nuseirat": 7, "Gaza Strip": 52}),
    ("Strikes killed 59 people across Gaza, 47 of them in Gaza City, including seven in Rafah.",
     {"Rafah": 7, "Gaza Strip": 52}),
])
def test_the_rest_of_a_toll_is_no_towns_outside_its_clause_or_its_parts(text, want):
    got = {e.location: e.fatalities for e in parse(text, published="2024-10-27").events
           if e.fatalities is not None}
    assert got == want


# -- overnight into a day, truce talks, measures as subjects, weeks gone on, other lists ---
def test_overnight_from_a_day_into_the_next_is_the_next_days():
    # (as "overnight into Thursday" and "Wednesday night into Thursday")
    got = parse("An Israeli airstrike overnight Wednesday into Thursday killed six people in a "
                "house in Jabalia.", published="2024-03-01").events
    assert [e.event_date for e in got] == ["2024-02-29"]


@pytest.mark.parametrize("join", ["as ceasefire talks stalled in Doha",
                                  "amid ceasefire talks in Cairo", "despite truce efforts"])
def test_a_day_joined_to_truce_talks_is_still_handed_on(join):
    got = parse(f"Israeli strikes killed 30 people across Gaza on Monday {join}. In Rafah, a "
                "strike on a tent killed six.", published="2024-03-06").events
    assert [e.event_date for e in got if e.location == "Rafah"] == ["2024-03-04"]


@pytest.mark.parametrize("text,place,day", [
    ("The deadliest Israeli strike since the truce killed 12 people in a house in Jabalia on "
     "Monday.", "Jabalia", "2025-05-19"),
    ("The first Israeli strike on Rafah since the ceasefire killed three people on Monday.",
     "Rafah", "2025-05-19"),
    ("The heaviest bombardment since the war began hit Khan Younis on Monday, killing 40 "
     "people.", "Khan Younis", "2025-05-19"),
])
def test_a_measure_that_is_the_subject_leaves_the_day_of_its_verb(text, place, day):
    got = parse(text, published="2025-05-21").events
    assert [e.event_date for e in got if e.location == place] == [day]


def test_weeks_of_strikes_that_went_on_to_a_day_named_take_it():
    got = parse("Weeks of strikes on Rafah continued on Tuesday, when an airstrike killed 12 "
                "people in a house.", published="2024-05-09").events
    assert [e.event_date for e in got if e.location == "Rafah"] == ["2024-05-07"]


def test_a_list_of_other_incidents_does_not_take_the_day_told_before():
    got = parse("Israeli strikes killed 12 people in Rafah on Monday, the health ministry said."
                "\n\nIn other developments, the ministry listed incidents from across the Strip:\n"
                "- A strike on a house in Jabalia killed five people.\n",
                published="2024-03-06").events
    assert [e.event_date for e in got if e.location == "Jabalia"] == ["2024-03-06"]


def test_a_day_the_lead_told_carries_past_an_articles_subheads():
    text = ("Israeli strikes killed 30 people on Tuesday, medics said.\n\nA night of terror\n\n"
            "Residents of Rafah said an airstrike on a house killed 12.\n\nHospitals overwhelmed"
            "\n\nAt Nasser Hospital, doctors said a strike on a tent killed four.\n\n"
            "Talks stall\n\nNegotiators met in Cairo.\n\nWhat comes next\n\n"
            "The army said it would expand.\n")
    got = parse(text, published="2024-03-06").events
    assert [e.event_date for e in got if e.location == "Rafah"] == ["2024-03-05"]


# -- others' troops, mishaps, tanks of water, demolitions and rescues of the Strip's own ------
@pytest.mark.parametrize("text", [
    # bare "troops" after another force's name are that force's
    "Egyptian army troops shot dead two smugglers on the border near Rafah on Monday.",
    "Jordanian soldiers came under fire near Rafah on Monday.",
])
def test_others_troops_are_not_the_israeli_forces(text):
    got = parse(text, published="2024-10-27").events
    assert not any(e.actor2 == "Israeli military" and e.actor1 == "Palestinian militants"
                   for e in got)
    assert not any(e.actor1 == "Military Forces of Egypt" and e.actor2 == "Israeli military"
                   for e in got)


@pytest.mark.parametrize("text", [
    # soldiers killed with no fire of the other side
    "Three soldiers were killed in an operational accident in northern Gaza on Monday, the "
    "army said.",
    "Two soldiers were killed in a work accident in Rafah on Monday, the army said.",
    "A soldier was killed by a stray bullet fired by another soldier in Khan Younis, the army "
    "said.",
])
def test_soldiers_killed_in_a_mishap_were_attacked_by_no_one(text):
    got = parse(text, published="2024-10-27").events
    assert not any(e.actor1 == "Palestinian militants" for e in got)


@pytest.mark.parametrize("text,kind", [
    # water tanks and a workshop's name are no weapons
    ("Unknown assailants shot dead a man near the water tanks in Deir al-Balah on Monday.",
     "Attack"),
    ("A man was shot dead by unknown attackers near a drone-making workshop in Gaza City.",
     "Attack"),
    # the shooters of a clause of their own, beside the shelling told
    ("Residents said artillery shells hit Zeitoun and that members of a local family shot "
     "dead a man accused of collaborating.", "Attack"),
    # a bomb set off at a bulldozer or a tank is not the army's
    ("An explosive device was detonated near a bulldozer in Khan Younis on Monday.",
     "Remote explosive/landmine/IED"),
    ("A bulldozer was destroyed by an explosive device in Rafah on Monday, killing its driver.",
     "Remote explosive/landmine/IED"),
    ("Fighters blew up a tank in Beit Hanoun on Monday, the group said.",
     "Remote explosive/landmine/IED"),
    # a home torn down by its owner
    ("A home was demolished by its owner in Khan Younis after municipal officials ordered it.",
     "Looting/property destruction"),
])
def test_no_israeli_weapon_read_into_other_things(text, kind):
    got = [e.actor1 for e in parse(text, published="2024-10-27").events
           if e.sub_event_type == kind]
    assert "Israeli military" not in got


def test_police_that_free_a_gangs_hostage_are_no_israeli_rescue():
    got = parse("Police rescued a hostage held by a gang in Khan Younis on Monday.",
                published="2024-10-27").events
    assert not any(e.actor1 == "Israeli military" for e in got)


@pytest.mark.parametrize("text", [
    "Israeli troops backed by helicopter gunships opened fire on displaced people in Jabalia "
    "on Monday.",
    "Israeli troops backed by helicopters opened fire on residents in Jabalia on Monday, "
    "killing two.",
])
def test_aircraft_backing_the_troops_who_fired_is_no_drone_strike(text):
    assert [e.sub_event_type for e in parse(text, published="2024-10-15").events] == ["Attack"]


@pytest.mark.parametrize("text,sub", [
    ("Six people were killed in Khan Younis on Monday, and in Rafah crowds gathered near aid "
     "trucks.", "Air/drone strike"),
    ("Five people were killed in Khan Younis on Monday; in Rafah, crowds gathered around an "
     "aid convoy.", "Air/drone strike"),
    ("Nine people were killed on Monday, and on 12 June crowds gathered around an aid convoy "
     "in Rafah.", "Air/drone strike"),
])
def test_crowds_at_aid_told_in_a_clause_of_their_own_leave_the_dead_alone(text, sub):
    assert [e.sub_event_type for e in parse(text, published="2024-10-22").events] == [sub]


@pytest.mark.parametrize("text,subs", [
    ("Troops killed several militants and blew up a tunnel shaft in Beit Hanoun on Monday, "
     "the army said.", ["Armed clash", "Looting/property destruction"]),
    ("Troops searching for Hamas militants blew up a tunnel shaft in Rafah on Monday.",
     ["Looting/property destruction"]),
    ("Dozens of homes were blown up in eastern Khan Younis on Monday, where Israeli forces "
     "have been operating for weeks.", ["Looting/property destruction"]),
    ("Dozens of homes were blown up on Monday in parts of Khan Younis held by Israeli forces.",
     ["Looting/property destruction"]),
    ("Israel blew up houses in Rafah on Monday where troops are operating.",
     ["Looting/property destruction"]),
])
def test_the_armys_demolitions_near_fighters_or_troops_are_no_planted_bomb(text, subs):
    assert [e.sub_event_type for e in parse(text, published="2024-10-22").events] == subs


@pytest.mark.parametrize("text", [
    "Troops searching houses found weapons in Rafah on Monday, then an IED hit their armoured "
    "vehicle.",
    "Israeli forces found weapons in a house in Khan Younis on Monday, and an explosive device "
    "planted nearby targeted their tank.",
])
def test_a_bomb_told_after_a_find_in_a_clause_of_its_own_went_off(text):
    assert [e.sub_event_type for e in parse(text, published="2024-10-22").events] == [
        "Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text", [
    "Nasser Hospital came under heavy Israeli artillery fire in Khan Younis on Monday.",
    "The hospital came under intense Israeli tank fire in Khan Younis on Monday.",
    "The area came under heavy Israeli naval fire in Deir al-Balah on Monday.",
])
def test_shells_a_place_came_under_are_shelling_not_gunfire(text):
    assert {e.sub_event_type for e in parse(text, published="2024-10-23").events} == {
        "Shelling/artillery/missile attack"}


@pytest.mark.parametrize("text,actors", [
    # the troops' own device gone off too soon
    ("The army said two soldiers were killed when an explosive device planted by the troops "
     "detonated prematurely in Rafah.", ("Israeli military", None)),
    # the army's own demolition, with no dead of its own
    ("The military said its forces detonated explosives in a tunnel in Rafah.",
     ("Israeli military", None)),
])
def test_the_armys_own_blasts_stay_its_own(text, actors):
    got = [(e.actor1, e.actor2) for e in parse(text, published="2024-10-27").events
           if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert got == [actors]


@pytest.mark.parametrize("text", [
    # a word for what the order brings, not people seen leaving
    "The army ordered residents of Jabalia to leave on Monday, the UN said, warning of mass "
    "displacement.",
    "On Monday the army ordered people in eastern Khan Younis to evacuate to the humanitarian "
    "zone, a move the UN said amounts to forced displacement.",
    "Israeli forces ordered residents of the Shujaiya neighbourhood to leave on Monday, in what "
    "the municipality called a new displacement.",
])
def test_displacement_named_as_what_an_order_brings_is_the_order(text):
    got = [e.sub_event_type for e in parse(text, published="2024-10-27").events]
    assert got == ["Evacuation order"]


@pytest.mark.parametrize("text", [
    # fighters, crews and troops on foot are no flight
    "Hamas fighters left on foot from the tunnel in Rafah on Monday.",
    "The paramedics left the ambulance on foot after it came under fire in Jabalia on Monday.",
    "The infantry left on foot after the tanks withdrew from Khan Younis on Monday.",
    # going home is no flight
    "Displaced families left on foot from al-Mawasi to return to Rafah on Monday.",
    "Thousands of displaced people walked from al-Mawasi back to Khan Younis on Monday after "
    "troops withdrew.",
    "Families walked from Deir al-Balah to their homes in Khan Younis on Monday after the army "
    "withdrew.",
    "Hundreds of displaced people walked from the south to Gaza City on Monday after the "
    "ceasefire took hold.",
    "Thousands of people have left al-Mawasi in the past two days to return to their homes in "
    "Khan Younis.",
    # gone abroad through a crossing
    "Thousands of people have left Gaza for Egypt in the past week.",
    "Thousands of people have left the Strip in the past week.",
])
def test_fighters_on_foot_people_going_home_or_abroad_are_no_flight(text):
    assert "Displacement" not in [e.sub_event_type
                                  for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text", [
    "Staff were pushed out of their jobs at UNRWA in Gaza City on Friday.",
    "Patients were pushed out into the corridors of Nasser Hospital in Khan Younis on Friday "
    "as beds ran out.",
    "The wounded were pushed out of the operating room in Nasser Hospital on Friday to make "
    "space.",
    "Families were pushed out of their tents in al-Mawasi by flooding on Friday.",
])
def test_work_lost_beds_moved_or_the_weather_are_no_flight(text):
    assert "Displacement" not in [e.sub_event_type
                                  for e in parse(text, published="2024-10-27").events]


def test_apprehended_that_is_grasped_not_held():
    text = ("Many in Khan Younis apprehended that the worst was yet to come, a resident said on "
            "Monday.")
    assert "Arrests" not in [e.sub_event_type for e in parse(text, published="2024-10-27").events]


def test_people_who_stopped_after_an_attack_are_no_agency_that_stopped_work():
    text = ("Residents who stopped at the roadside after the convoy was struck by a drone in "
            "Rafah said no one helped.")
    assert [e.sub_event_type for e in parse(text, published="2024-10-27").events] == [
        "Air/drone strike"]


@pytest.mark.parametrize("text", [
    # a day told: the news of that day
    "Troops have been operating in Rafah since early May and on Friday stormed the Shaboura "
    "camp.",
    # the day it began: an event of its own
    "Israeli forces have been besieging Jabalia since 6 October.",
    "Since Monday, Israeli forces have been shelling Rafah.",
    # no "since": the perfect alone is news
    "Israeli tanks have pushed into eastern Rafah, residents said.",
])
def test_a_campaign_with_its_day_is_no_background_since_a_month(text):
    assert parse(text, published="2024-10-27").events


@pytest.mark.parametrize("text,sub", [
    # each day's shelling is news of its own: only a siege is a state
    ("For the third day running, Israeli tanks shelled Jabalia camp.",
     "Shelling/artillery/missile attack"),
    # what the campaign did, its length an aside
    ("The offensive, now in its 16th day, pressed into Beit Lahia.", "Armed clash"),
    # a siege with its day
    ("Israeli forces besieged Kamal Adwan Hospital on Friday.", "Siege/encirclement"),
    # the attack told beside the siege's length
    ("The siege of Kamal Adwan Hospital entered its tenth day as tanks shelled the building, "
     "killing three.", "Shelling/artillery/missile attack"),
])
def test_a_length_told_leaves_the_days_deeds_events(text, sub):
    assert sub in [e.sub_event_type for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text,place", [
    # no time after "since" for the clause to tell of: the day's news
    ("It was the deadliest day since the war began, when strikes killed 20 people in Rafah.",
     "Rafah"),
    # an order of its own recalled, not a toll
    ("The largest evacuation order since October, when residents were ordered to leave "
     "northern Gaza, was issued for Khan Younis on Monday.", "northern Gaza"),
])
def test_a_when_clause_of_no_measured_toll_stays_an_event(text, place):
    assert place in [e.location for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text", [
    # no "cover": the orders given that day
    "Evacuation orders and airstrikes hit Khan Younis on Monday.",
    # new orders: the day's
    "New evacuation orders and closures now cover Deir al-Balah.",
])
def test_orders_and_more_given_stay_an_order(text):
    assert "Evacuation order" in [e.sub_event_type
                                  for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text", [
    # no relative clause of the truce: the releases told
    "Under the deal, Hamas freed four hostages in Khan Younis on Thursday.",
    # the clause gives the releases their day
    "The truce, under which three hostages were freed in Gaza City on Sunday, held for a "
    "second day.",
])
def test_releases_with_a_day_under_a_truce_stay_releases(text):
    assert "Hostage or prisoner release" in [
        e.sub_event_type for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text,sub", [
    # a day or two: the news of the days
    ("At least 195 Palestinians were killed between 31 October and 1 November in two rounds of "
     "Israeli airstrikes on Jabalia camp.", "Air/drone strike"),
    ("Between Monday and Wednesday, Israeli strikes killed 40 people in Khan Younis.",
     "Air/drone strike"),
    # no figure: one campaign with its days
    ("Between 29 June and 5 August, the army conducted a raid on Beit Hanoun.", "Armed clash"),
    # a flight counted over weeks stays the Strip's displacement
    ("Between 6 and 24 October, about 60,000 people were displaced from North Gaza into Gaza "
     "City.", "Displacement"),
    # a share of a toll of one strike
    ("A strike killed 20 people in Rafah on Monday. Of those, eight were children.",
     "Air/drone strike"),
])
def test_a_figure_over_days_or_no_harm_counted_stays_an_event(text, sub):
    assert sub in [e.sub_event_type for e in parse(text, published="2025-08-28").events]


@pytest.mark.parametrize("text,want", [
    # who most of them were, not where they died
    ("Israeli strikes killed 20 people in Khan Younis, most of them children, in al-Mawasi.",
     {"al-Mawasi (Khan Younis)": 20}),
    # where most of them had come from
    ("Israeli strikes killed 20 people in Rafah, most of them from Khan Younis.",
     {"Rafah": 20, "Khan Younis": None}),
    # a part at one place in a town, told with its own count
    ("Strikes killed 30 people in Gaza City, including 10 in Shejaia in the east of the city.",
     {"Gaza City": 20, "Shejaia": 10}),
    # a school in the town the strike is placed at holds the whole toll
    ("The Khadija School airstrike occurred on 26 July in Deir al-Balah, killing 30, including "
     "15 children.", {"Khadija School (Deir al-Balah)": 30}),
])
def test_most_or_a_part_told_only_where_it_is(text, want):
    got = {e.location: e.fatalities for e in parse(text, published="2025-03-18").events}
    assert got == want


@pytest.mark.parametrize("text", [
    "Settlers set fire to fields near Khan Younis, burning 40 olive trees.",
    "Israeli forces were seen burning three homes in Rafah on Monday.",
    "The occupation destroyed houses and burnt 12 tents in Sheikh Radwan.",
])
def test_things_burned_are_no_one_hurt(text):
    assert all(e.injuries is None for e in parse(text, published="2024-10-27").events)


@pytest.mark.parametrize("text,want", [
    # the targets of the strikes are no toll; the one killed is the clause's own subject
    ("The Israeli military said the strikes targeted dozens of Hamas commanders after an "
     "Israeli soldier was killed in Rafah on Tuesday.", [1]),
    # (a count with the day's strike between it and its verb still is one)
    ("Five people after the strike were killed, medics said.", [5]),
])
def test_a_count_before_a_clause_after_is_not_that_clauses_dead(text, want):
    from geoevents.casualties import find_casualties
    assert [c.count for c in find_casualties(text) if c.kind == "killed"] == want


def test_what_goes_on_daily_since_a_day_does_not_begin_on_it():
    text = ("Evacuation orders were issued on 6 May for eastern Rafah. Strikes have hit Rafah "
            "daily since Israeli forces took control of the crossing on 7 May.")
    got = parse(text, published="2024-05-14").events
    assert "2024-05-07" not in [e.event_date for e in got if e.sub_event_type == "Air/drone strike"]


def test_figures_as_of_a_day_in_a_sentence_are_no_heading():
    text = ("Israel struck Rafah, killing 5 (figures as of 12 May)\n"
            "Ministry: 60 killed in Gaza in the past 24 hours.")
    got = parse(text, published="2024-05-14").events
    assert [e.event_date for e in got if e.location == "Gaza Strip"] == ["2024-05-14"]


def test_a_time_to_come_in_a_week_dates_nothing_now():
    got = parse("Tanks shelled Rafah on 5 May. Israel said the offensive, in which 1,000 people "
                "fled Rafah, will end in two weeks.", published="2024-05-14").events
    assert "2024-05-14" not in [e.event_date for e in got]


def test_late_evening_with_no_evening_window_is_the_day_told():
    text = ("Jabalia: On Monday morning, shells killed ten people in the camp. Shortly before "
            "midnight, a drone struck a tent in al-Mawasi, killing three.")
    got = parse(text, published="2024-10-15").events
    assert [e.event_date for e in got if e.fatalities == 3] == ["2024-10-14"]


def test_what_had_gone_on_since_a_day_not_told_as_a_count_still_hands_it_on():
    text = ("The strike had hit the house since Sunday. The army said its aircraft struck more "
            "than 200 targets in Gaza.")
    got = parse(text, published="2023-12-04").events
    assert [e.event_date for e in got if e.location == "Gaza Strip"] == ["2023-12-03"]


@pytest.mark.parametrize("text,day", [
    # a day told in the sentence just before, in the same paragraph, still holds
    ("A strike killed 5 in Rafah early Tuesday. On Monday, a strike killed two in Khan Younis. "
     "Elsewhere, three were killed in a strike in Jabalia.", "2024-10-28"),
    # (and a later day than the news day is never pulled back)
    ("A strike killed 5 in Rafah early Tuesday.\n\nOn Wednesday, a strike killed two in Khan "
     "Younis.\n\nElsewhere, three were killed in a strike in Jabalia.", "2024-10-30"),
])
def test_elsewhere_keeps_a_day_of_the_news(text, day):
    got = parse(text, published="2024-10-30").events
    assert [e.event_date for e in got if e.location == "Jabalia"] == [day]


def test_an_earlier_strike_with_only_a_tellings_day_has_no_day():
    got = parse("An earlier strike killed 10 people in Rafah, the ministry said on 12 November.",
                published="2023-12-05").events
    assert [e.event_date for e in got if e.fatalities == 10] == [None]


def test_a_deadline_by_a_day_is_no_count():
    got = parse("The army said troops must leave Rafah by Monday, after strikes killed 10.",
                published="2024-05-28").events
    assert [e.event_date for e in got] == ["2024-05-27"]


def test_what_goes_on_keeps_a_day_of_the_news_told_before():
    text = ("On Sunday, 31 people were killed near an aid site in Rafah. On Saturday, strikes hit "
            "Khan Younis. Israeli strikes continued elsewhere. A strike on a house in Jabalia "
            "killed five.")
    got = parse(text, published="2025-06-02").events
    assert [e.event_date for e in got if e.location == "Jabalia"] == ["2025-05-31"]


@pytest.mark.parametrize("text", [
    "Volunteers told people in Rafah on Monday to head to the aid site.",
    "The army told families in Jabalia on Monday that they were free to head toward shelters in "
    "Gaza City.",
])
def test_people_told_to_head_to_an_errand_or_free_to_go_are_no_order(text):
    assert "Evacuation order" not in [e.sub_event_type
                                      for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text", [
    "In Rafah, the threat was neutralized by troops on Monday.",
    "In Rafah, the drone was eliminated by troops on Monday.",
])
def test_eliminated_by_troops_is_no_drone_strike(text):
    assert "Air/drone strike" not in [e.sub_event_type
                                      for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text", [
    "The camp in Nuseirat is surrounded by farmland.",
    "Kamal Adwan Hospital was surrounded by journalists on Monday.",
    "In Jabalia, the school was surrounded on all sides by rubble.",
])
def test_what_lies_round_a_place_is_no_encirclement(text):
    assert "Siege/encirclement" not in [e.sub_event_type
                                        for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text", [
    "Medical supplies were not delivered to Al-Shifa Hospital on Monday.",
    "Weapons were delivered to Hamas in Rafah on Monday.",
    "Food that was supposed to be delivered to Nasser Hospital was looted on Monday.",
    # two places, where the goods lay and where they went
    "Supplies pre-positioned in Deir al-Balah were delivered to Nasser Medical Complex on "
    "Monday.",
])
def test_supplies_not_delivered_or_arms_are_no_aid_delivery(text):
    assert "Aid delivery" not in [e.sub_event_type
                                  for e in parse(text, published="2024-10-27").events]


# -- the report's account of who fired at aid seekers, and of the order a flight followed ----
@pytest.mark.parametrize("text", [
    # no one told firing
    "More than 100 people were killed as crowds gathered around an aid convoy at the Nabulsi "
    "roundabout on Thursday.",
    # the forces fired, but at something else
    "More than 100 people were killed as crowds gathered around an aid convoy at the Nabulsi "
    "roundabout on Thursday. Separately, troops fired at a vehicle carrying militants in Khan "
    "Younis.",
])
def test_aid_seekers_killed_with_no_fire_at_people_told_keep_no_shooter(text):
    assert [e.actor1 for e in parse(text, published="2024-03-02").events
            if e.sub_event_type == "Attack"] == [None]


def test_aid_seekers_killed_where_others_are_told_firing_are_not_the_armys():
    text = ("More than 100 people were killed as crowds gathered around an aid convoy at the "
            "Nabulsi roundabout on Thursday. Police said gunmen fired at people who approached "
            "the trucks.")
    assert [e.actor1 for e in parse(text, published="2024-03-02").events
            if e.sub_event_type == "Attack"] != ["Israeli military"]


@pytest.mark.parametrize("text", [
    # an order for another place
    "The army ordered residents of Rafah to leave on Wednesday. Thousands walked with what "
    "they could carry from Beit Hanoun toward Jabalia.",
    # an order that came after the flight
    "Thousands walked with what they could carry from Beit Hanoun toward Jabalia on Monday. On "
    "Wednesday the army ordered residents of Beit Hanoun to leave.",
])
def test_a_flight_away_from_an_orders_place_and_day_names_no_one_who_drove_it(text):
    assert [e.actor1 for e in parse(text, published="2025-03-20").events
            if e.sub_event_type == "Displacement"] == [None]


@pytest.mark.parametrize("text,sides", [
    ("Hamas police set up a checkpoint in Khan Younis on Monday and detained two looters.",
     ("Hamas", None)),
    ("Dozens of people were detained in Rafah on Monday.", (None, None)),
    ("Troops arrested 20 suspected militants in Jabalia on Monday.",
     ("Israeli military", "Palestinian militants")),
])
def test_arrests_by_others_or_by_no_one_named_keep_their_sides(text, sides):
    assert [(e.actor1, e.actor2) for e in parse(text, published="2024-10-22").events
            if e.sub_event_type == "Arrests"] == [sides]


def test_a_coffin_transferred_to_two_israeli_forces_is_not_their_release():
    text = ("Overnight, the coffin of a deceased hostage was transferred to IDF and ISA forces "
            "inside the Gaza Strip via the Red Cross.")
    assert "Israeli military" not in [e.actor1 for e in parse(text, published="2025-10-20").events
                                      if e.sub_event_type == "Hostage or prisoner release"]


@pytest.mark.parametrize("text", [
    # the troops are the ones held
    "Gunmen detained two soldiers near Rafah.",
    # the forces told in another clause, after the arrest
    "Gunmen in Khan Younis arrested two aid workers, days after Israeli forces pulled out.",
])
def test_gunmen_who_detain_keep_the_detention(text):
    got = [e.actor1 for e in parse(text, published="2024-10-27").events
           if e.sub_event_type == "Arrests"]
    assert got == ["Palestinian militants"]


@pytest.mark.parametrize("text,places", [
    # not a site's own part: someone of it, told in another place
    ("Israeli jets struck Nasser Hospital, and its director in Rafah said 5 died.",
     {"Nasser Medical Complex", "Rafah"}),
    ("Israeli jets struck Nasser Hospital and homes in Rafah.",
     {"Nasser Medical Complex", "Rafah"}),
])
def test_a_site_and_something_else_in_a_town_keeps_the_town(text, places):
    assert {loc for _, loc, *_ in _coded(text, "2024-10-27")} == places


def test_a_place_left_for_a_while_is_where_it_happened():
    # "leave ... for weeks" is no place people were going
    got = _coded("Fighters clashed with troops in Beit Lahia on Tuesday.", "2024-10-27")
    assert {loc for _, loc, *_ in got} == {"Beit Lahia"}
    got = _coded("Troops killed three fighters as they tried to leave Rafah for the coast.",
                 "2024-10-27")
    assert {loc for _, loc, *_ in got} == {"Rafah"}


def test_a_sentence_opening_with_a_place_is_no_label_without_a_colon():
    text = ("1. Tel al-Hawa, Gaza City: An Israeli strike killed two people.\n\n"
            "Khan Younis residents said the night was quiet. Later, forces detained eight men.")
    got = parse(text, published="2024-10-26").events
    assert ("Arrests", "Khan Younis") not in [(e.sub_event_type, e.location) for e in got]


def test_a_toll_across_the_strip_after_an_attack_is_no_revised_toll():
    got = parse("An Israeli strike hit a house in Rafah on Saturday, killing five people. The "
                "health ministry in Gaza said the toll across the Strip later rose to 40 killed.",
                published="2024-10-27").events
    assert ("Rafah", 40) not in [(e.location, e.fatalities) for e in got]


def test_strikes_named_by_their_place_on_a_day_of_their_own_are_more():
    got = _coded("An Israeli airstrike hit a house in Beit Lahia on Monday, killing 12 people. "
                 "On Tuesday, the Beit Lahia strikes resumed, hitting two houses.", "2024-10-27")
    assert len(got) == 2


def test_a_line_under_the_headline_with_a_full_stop_is_the_body():
    text = ("Israeli strike kills 30 in Nuseirat\n"
            "An Israeli strike killed four people in Rafah on Sunday, medics said.\n"
            "An Israeli airstrike hit a school in Nuseirat on Monday, killing 30 people.")
    got = parse(text, published="2024-10-27").events
    assert {e.location for e in got} == {"Rafah", "Nuseirat"}


@pytest.mark.parametrize("text", [
    # no "instead": only the sentence just before is read for the order
    "The army ordered residents of Beit Hanoun to move south on Sunday. Men were detained at a "
    "checkpoint on the road. Most families fled west toward Gaza City.",
    # another paragraph
    "The army ordered residents of Beit Hanoun to move south on Sunday.\n\nMen were detained at "
    "a checkpoint on the road. Most families instead fled west toward Gaza City.",
])
def test_a_flight_two_sentences_after_an_order_needs_instead_in_its_paragraph(text):
    got = parse(text, published="2024-10-27").events
    assert [e.location for e in got if e.sub_event_type == "Displacement"] == ["Gaza City"]


# -- people burned -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # the burned who died are no one hurt
    "An Israeli strike set fire to tents in Deir al-Balah, burning five people to death.",
    "Israeli bombardment of Jabalia on Monday burned two children alive, medics said.",
    # the people's things burned
    "Israeli forces burned three Palestinian homes in Khan Younis on Monday.",
    "Israeli bombing in Rafah on Monday burned 3 children's bodies beyond recognition.",
])
def test_the_burned_dead_or_peoples_things_are_no_one_hurt(text):
    assert all(e.injuries is None for e in parse(text, published="2024-10-27").events)


# -- a toll's parts --------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    # a home lost before is not where its people died
    ("Israeli strikes killed 40 people in Rafah, including five whose homes in Khan Younis "
     "had been destroyed earlier.", {"Rafah": 40, "Khan Younis": None}),
    ("Israeli strikes killed 30 people across Gaza, including a family of seven whose home "
     "in Rafah had been destroyed months earlier.", {"Gaza Strip": 30, "Rafah": None}),
    # a place and the town it is in are one place, not a list
    ("Israeli strikes killed 40 people across Gaza, including 10 in Shejaia, Gaza City.",
     {"Shejaia": 10, "Gaza Strip": 30}),
    ("Israeli strikes killed 40 people across Gaza, including 10 in al-Mawasi, Khan Younis, "
     "and 5 in Jabalia.", {"al-Mawasi (Khan Younis)": 10, "Jabalia": 5, "Gaza Strip": 25}),
])
def test_a_part_is_where_it_died_and_a_place_with_its_town_is_one_place(text, want):
    got = {e.location: e.fatalities for e in parse(text, published="2025-03-18").events}
    assert got == want


@pytest.mark.parametrize("text,sub", [
    # the campaign's since-phrase told in a relative clause of the news
    ("Israeli forces have stormed Kamal Adwan Hospital in Beit Lahia, where they have been "
     "operating since early October.", "Armed clash"),
    # a deed told beside the campaign
    ("Israeli forces have been operating in Rafah since early May, residents said, and tanks "
     "shelled the Shaboura camp, killing three.", "Shelling/artillery/missile attack"),
    ("Israeli forces have been shelling Rafah since early May and killed five people in an "
     "airstrike on a house.", "Air/drone strike"),
    ("Israeli troops have been operating in Rafah since early May, and tanks reached the "
     "centre of the city, residents said.", "Armed clash"),
])
def test_a_campaign_since_a_month_leaves_the_news_beside_it(text, sub):
    assert sub in [e.sub_event_type for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text", [
    # the length told of the strikes' clause, not the siege's
    "The siege of Jabalia began on Monday, as Israeli strikes for the third straight day "
    "killed dozens.",
    "Israeli forces besieged Kamal Adwan Hospital on Monday; for the second day running, "
    "strikes hit Beit Lahia.",
    "Israeli forces besieged al-Awda Hospital on Monday, while for the third straight day "
    "tanks shelled Beit Lahia.",
])
def test_a_length_told_of_another_clause_leaves_the_siege(text):
    assert "Siege/encirclement" in [e.sub_event_type
                                    for e in parse(text, published="2024-10-27").events]


def test_news_told_after_the_when_clause_of_a_measure_stays_an_event():
    text = ("The strike was the deadliest since Saturday, when an airstrike on a school in Gaza "
            "City killed 30, and came hours after tanks shelled Rafah.")
    assert "Rafah" in [e.location for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text", [
    # a day told in the clause, not right after the release
    "The deal, under which Hamas freed three hostages on Sunday and Israel released 90 "
    "prisoners, held.",
    "The truce, under which Hamas released two hostages in Rafah earlier in the day, was "
    "extended.",
])
def test_releases_with_a_day_in_the_truce_clause_stay_releases(text):
    assert "Hostage or prisoner release" in [
        e.sub_event_type for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text", [
    "Between 1 and 26 August, 300 people were killed in Gaza City. Of those, 12 were killed on "
    "Tuesday in a strike on a school in Zeitoun.",
])
def test_a_share_with_its_own_day_stays_an_event(text):
    assert "Zeitoun" in [e.location for e in parse(text, published="2025-08-28").events]


@pytest.mark.parametrize("text,kind", [
    # a count of the news told after the campaign, in whatever tense
    ("The army has been operating in Jabalia since early October and said its troops had "
     "killed 20 gunmen.", "Armed clash"),
    # the length of the operations, not of the siege
    ("Israeli forces encircled the Indonesian Hospital today, for the second consecutive week "
     "of operations in Beit Lahia.", "Siege/encirclement"),
])
def test_news_told_with_a_campaigns_length_stays(text, kind):
    assert any(e.sub_event_type == kind for e in parse(text, published="2024-10-27").events)


@pytest.mark.parametrize("text", [
    "The army spokesman told reporters that people in Rafah had begun to head toward shelters "
    "in Khan Younis.",
    "The army told residents of Jabalia, who had been trying to head toward shelters in Gaza "
    "City, to stay in their homes.",
    "A mother in Rafah told AFP that people there wanted to head toward the coast but could not.",
    "Following orders from the army, families in Jabalia began to head toward shelters in Gaza "
    "City on Monday.",
    "Residents said nobody told people in Beit Hanoun to head toward shelters in Jabalia.",
    "Aid agencies told displaced families in Rafah to head toward shelters in Deir al-Balah where "
    "tents were available.",
    "Doctors told families of the wounded at Nasser Hospital in Khan Younis to head toward "
    "shelters in Rafah.",
    "Hamas told people in Gaza City to head toward the shelters and ignore the army's leaflets.",
    "Volunteers told people in Rafah on Monday to head toward the coast to collect water.",
    "Medics told the displaced in Khan Younis to head toward the shelters for blankets.",
    "The municipality told residents of Khan Younis to head for shelters as rain flooded tents.",
])
def test_going_told_of_others_or_advised_by_helpers_is_no_order(text):
    assert "Evacuation order" not in [e.sub_event_type
                                      for e in parse(text, published="2024-10-27").events]


def test_the_army_telling_people_to_head_west_toward_shelters_is_an_order():
    text = ("The army told residents in eastern Khan Younis on Monday to immediately head west "
            "toward shelters in al-Mawasi.")
    assert "Evacuation order" in [e.sub_event_type
                                  for e in parse(text, published="2024-10-27").events]


def test_fire_at_aircraft_is_no_drone_strike():
    text = "In Rafah, the threat was neutralized by anti-aircraft fire on Monday."
    assert "Air/drone strike" not in [e.sub_event_type
                                      for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text", [
    "Nasser Hospital is surrounded with tents of displaced families.",
    "The school in Jabalia was shelled on Monday; it was surrounded with barbed wire.",
    "Displaced families in Rafah said on Monday the tent camp was crowded and it is surrounded, "
    "with nowhere to go.",
    "Israeli forces that surrounded Al-Shifa Hospital in March withdrew from Gaza City on Monday.",
    "Israeli troops never surrounded Al-Awda Hospital, the army said on Monday.",
    "Hundreds of ambulances and vehicles surrounded Nasser Hospital on Monday as the wounded "
    "arrived.",
])
def test_what_rings_a_place_or_a_siege_before_is_no_encirclement(text):
    assert "Siege/encirclement" not in [e.sub_event_type
                                        for e in parse(text, published="2024-10-27").events]


@pytest.mark.parametrize("text", [
    "None of the aid was delivered to Jabalia on Monday, UNRWA said.",
    "Heavy military equipment was brought into Rafah on Monday.",
    "Engineering equipment was brought into the Philadelphi corridor on Monday.",
    "Food was delivered to Israeli troops in Rafah on Monday.",
    "Patients and medical equipment were transferred to Nasser Hospital after the raid on "
    "Monday.",
    "Aid distribution was brought to a halt in Rafah on Monday.",
])
def test_aid_none_of_which_came_gear_or_a_ward_moved_is_no_aid_delivery(text):
    assert "Aid delivery" not in [e.sub_event_type
                                  for e in parse(text, published="2024-10-27").events]


# -- days of states, tallies, windows, asides and what came after ----------------------
def test_an_attack_on_a_place_besieged_since_a_day_is_not_of_that_day():
    text = ("Israeli tanks shelled the Indonesian Hospital, besieged since troops moved in on "
            "Sunday, killing two patients, medics said.")
    got = parse(text, published="2024-05-15").events
    assert [e.event_date for e in got if e.sub_event_type.startswith("Shelling")] == \
        ["2024-05-15"]


def test_a_headline_as_of_a_day_is_no_figures_heading():
    text = ("Rafah crossing closed as of 7 May\nStrikes across Gaza killed 60 people in the past "
            "24 hours, the ministry said.")
    got = parse(text, published="2024-05-14").events
    assert [e.event_date for e in got if e.location == "Gaza Strip"] == ["2024-05-14"]


@pytest.mark.parametrize("text,day", [
    # troops that reached a place by a day got there that day: no count
    ("Israeli troops pushed into eastern Rafah on Sunday. By Monday night, tanks had reached "
     "Salah al-Din Road.", "2024-05-13"),
    # what strikes did by the evening since the morning is that day's
    ("By Saturday evening, Israeli strikes had killed 25 people across Gaza since the "
     "morning, medics said.", "2024-05-11"),
])
def test_what_was_done_by_a_day_is_no_count_made_up_to_it(text, day):
    got = parse(text, published="2024-05-14").events
    assert day in [e.event_date for e in got]


def test_late_evening_after_a_night_told_in_the_news_is_the_day_told():
    text = ("Israeli strikes overnight between Sunday night and Monday killed 20 people in Rafah, "
            "medics said. On Monday, troops advanced in Jabalia. Shortly before midnight, a "
            "strike killed three in Nuseirat.")
    got = parse(text, published="2024-05-14").events
    assert [e.event_date for e in got if e.location == "Nuseirat"] == ["2024-05-13"]


@pytest.mark.parametrize("text", [
    ("Israeli strikes killed 10 people in Rafah on Monday, medics said.\n\nOn Saturday, Israeli "
     "tanks shelled the outskirts of Khan Younis, killing two.\n\nElsewhere, an airstrike "
     "killed three in Jabalia."),
    ("Monday: Israeli strikes killed 10 people in Rafah.\n\nSaturday: A strike killed two "
     "people in Khan Younis.\n\nElsewhere, three people were killed in an airstrike in "
     "Jabalia."),
])
def test_elsewhere_after_a_paragraph_opening_on_its_day_keeps_that_day(text):
    got = parse(text, published="2024-05-14").events
    assert [e.event_date for e in got if e.location == "Jabalia"] == ["2024-05-11"]


def test_what_came_after_a_strike_told_since_on_another_day_is_not_counted_from_the_older():
    text = ("An Israeli strike on Saturday killed 10 in Nuseirat.\n\nOn Monday, Israeli jets "
            "struck a house in Rafah, killing five. The strike came hours after Hamas fired "
            "rockets from Khan Younis, setting off sirens in Israel.")
    got = parse(text, published="2024-05-14").events
    assert [e.event_date for e in got if e.location == "Khan Younis"] == ["2024-05-13"]


# -- other causes of the aid seekers' deaths, and fire told of another time --------------
@pytest.mark.parametrize("text", [
    # the army's denial tells another cause
    "Five people were killed while waiting for aid in Rafah. The army denied firing at "
    "civilians, saying the deaths were caused by a crush.",
    # others blamed in a sentence of their own
    "Five people were killed while waiting for aid in Rafah on Tuesday. Witnesses blamed armed "
    "men. The Israeli military said its troops did not fire at civilians near the site.",
    "Five people were killed while waiting for aid in Rafah on Tuesday. Hamas-run police said "
    "unidentified assailants were behind the shooting. The IDF said it did not fire at people "
    "near the site.",
    # the forces' fire told of other days
    "Three people were killed while collecting aid in Khan Younis on Tuesday. Israeli forces "
    "have repeatedly fired at crowds near aid sites in recent weeks, according to the UN.",
    "Three people were killed while collecting aid in Khan Younis on Tuesday. In March, Israeli "
    "soldiers fired at people gathered around the flour trucks on al-Rashid street.",
])
def test_aid_seekers_killed_with_another_cause_or_time_told_keep_no_shooter(text):
    assert [e.actor1 for e in parse(text, published="2025-07-02").events
            if e.sub_event_type == "Attack" and e.fatalities] == [None]


# -- a flight with a cause of its own, and who fled that are no civilians of the Strip ----
@pytest.mark.parametrize("text", [
    "The army ordered residents of Jabalia to leave on Monday. Thousands fled Jabalia on "
    "Tuesday after armed clans clashed in the camp.",
    "The army ordered residents of Jabalia to leave on Monday. Families fled Jabalia on Tuesday "
    "after a fire broke out in the camp.",
    "The army ordered residents of Jabalia to leave on Monday. On Tuesday, heavy fighting in "
    "Jabalia forced thousands to flee.",
])
def test_a_flight_told_with_its_own_cause_is_not_the_orders(text):
    assert "Israeli military" not in [e.actor1 for e in parse(text, published="2024-10-10").events
                                      if e.sub_event_type == "Displacement"]


@pytest.mark.parametrize("text", [
    "Thousands of Israelis fled their homes near the Gaza border on Tuesday.",
    "Residents of Sderot fled to shelters as rockets were fired from Gaza on Tuesday.",
    "Hamas leaders fled Gaza City on Tuesday, the army said.",
    "Hostages fled their captors in Rafah on Tuesday.",
    "Soldiers fled the area of Beit Lahia after an ambush on Tuesday, Hamas said.",
])
def test_who_fled_that_are_none_of_the_strips_civilians_are_not_coded_so(text):
    assert "Civilians (Palestine)" not in [
        e.actor2 for e in parse(text, published="2024-10-10").events
        if e.sub_event_type == "Displacement"]


# -- the security service told as a teller or a spymaster, and others' checkpoints -------
@pytest.mark.parametrize("text", [
    "Shin Bet said Hamas executed three men accused of collaborating in Gaza City on Saturday.",
    "The Israel Security Agency said Hamas had detained dozens of residents in Gaza City on "
    "Saturday.",
    "The IDF and ISA said Hamas fired rockets from Beit Hanoun on Saturday.",
])
def test_the_security_service_that_tells_of_hamas_is_no_party(text):
    assert all(e.actor1 == "Hamas" for e in parse(text, published="2025-08-10").events)


@pytest.mark.parametrize("text", [
    "Hamas said it had arrested collaborators working for the Shin Bet in Gaza City on "
    "Saturday.",
    "Hamas police said the looters were working with the Shin Bet, and arrested five of them in "
    "Gaza City on Saturday.",
    "Gunmen shot dead a man in Khan Younis on Saturday whom Hamas accused of spying for the "
    "Shin Bet.",
    "Hamas accused the Shin Bet of recruiting collaborators and said it detained five men at a "
    "checkpoint in Deir al-Balah on Saturday.",
])
def test_those_who_work_for_the_security_service_are_not_the_army(text):
    assert "Israeli military" not in [e.actor2 for e in parse(text, published="2025-08-10").events]


@pytest.mark.parametrize("text", [
    "Members of the Abu Shabab militia detained five men at a checkpoint east of Rafah on "
    "Saturday.",
    "Gunmen from the Popular Forces detained two men in Rafah on Saturday.",
    "Militants ambushed troops in Jabalia on Saturday and detained a soldier.",
    "Gunmen wearing army uniforms detained three men in Khan Younis on Saturday.",
    "Gunmen who had fought Israeli forces detained two men accused of collaboration in Khan "
    "Younis.",
])
def test_others_who_detain_near_the_armys_words_are_not_the_army(text):
    assert "Israeli military" not in [e.actor1 for e in parse(text, published="2024-10-27").events
                                      if e.sub_event_type == "Arrests"]


def test_a_place_left_for_where_a_strike_then_killed_is_the_strikes_place():
    got = _coded("Thousands of people were leaving Jabalia for Gaza City on Tuesday, where an "
                 "Israeli strike killed 5 people.", "2024-10-23")
    assert ("Gaza City", 5) in [(loc, n) for _, loc, n, *_ in got]


@pytest.mark.parametrize("text", [
    # a speaker named by his post at a place, no label of the paragraph
    "An Israeli strike on a house in Jabalia killed six people on Monday.\n\nAl-Shifa Hospital "
    "Director Mohammed Abu Salmiya: The hospital has run out of fuel. Israeli forces detained "
    "eight men on Monday.",
    "An Israeli strike on a house in Jabalia killed six people on Monday.\n\nKhan Younis Mayor "
    "Alaa al-Batta: The city has no water left. Israeli forces detained eight men on Monday.",
])
def test_a_speakers_post_before_a_colon_is_no_paragraph_label(text):
    got = parse(text, published="2024-10-23").events
    assert [e.location for e in got if e.sub_event_type == "Arrests"] == ["Jabalia"]


def test_a_revised_toll_of_another_attack_is_not_the_one_told_before():
    got = parse("An Israeli strike hit a house in Rafah on Saturday, killing five people. The "
                "health ministry in Gaza later raised the toll of a strike on a school to 40 "
                "killed.", published="2024-10-27").events
    assert len(got) == 2


@pytest.mark.parametrize("text", [
    "An Israeli airstrike hit a house in Beit Lahia on Monday, killing 12 people. On Tuesday, "
    "Israeli jets struck again in Beit Lahia in what residents called the Beit Lahia massacre.",
    "Israeli strikes hit Nuseirat on Sunday, killing 10. On Monday, the Nuseirat strike on a UN "
    "school drew condemnation, and a new strike hit the camp, medics said.",
])
def test_an_attack_told_besides_the_one_named_by_its_place_is_another(text):
    assert len(_coded(text, "2024-10-24")) == 2


@pytest.mark.parametrize("text", [
    "Israeli strike kills 12 in Beit Lahia\nAt least 52 Palestinians killed in Gaza on Tuesday, "
    "health ministry says\nAn Israeli airstrike destroyed a house in Beit Lahia on Tuesday, "
    "killing 12 people. Another strike hit a tent in Khan Younis, killing 5.",
    "Israeli strike kills 12 in Beit Lahia\nIsraeli forces kill 40 Palestinians in Gaza, health "
    "officials say, as talks stall\nAn Israeli airstrike destroyed a house in Beit Lahia on "
    "Tuesday, killing 12 people.",
])
def test_a_strip_toll_under_the_headline_above_the_attacks_is_its_own(text):
    got = parse(text, published="2024-10-23").events
    assert "Gaza Strip" in [e.location for e in got]


def test_a_flight_instead_after_a_sentence_with_a_place_of_its_own_is_not_there():
    text = ("The army ordered residents of Beit Hanoun to move south on Sunday. Men were "
            "detained at a checkpoint in Jabalia. Most families instead fled west toward Gaza "
            "City.")
    got = parse(text, published="2024-10-28").events
    assert "Jabalia" not in [e.location for e in got if e.sub_event_type == "Displacement"]


def test_dozens_told_for_a_list_of_places_some_unknown_are_no_ones():
    text = ("Gaza City: at least 89 killed, including a family of nine whose home in al-Tuffah "
            "was flattened and dozens in Shejaia, Zeitoun and the Daraj neighbourhood.")
    got = {e.location: e.fatalities for e in parse(text, published="2024-10-27").events}
    assert got.get("Shejaia") is None and got.get("Zeitoun") is None


def test_a_part_at_one_place_then_other_news_keeps_its_count():
    text = ("Israeli strikes killed 40 people across Gaza, including 12 in Shejaia and the army "
            "said it hit 50 targets.")
    got = {e.location: e.fatalities for e in parse(text, published="2024-10-27").events}
    assert got.get("Shejaia") == 12


@pytest.mark.parametrize("text", [
    "At least 20 people were killed as crowds gathered around aid trucks in Rafah on Monday. "
    "The army denied firing at civilians, saying the deaths were caused by a crush.",
    "At least 20 people were killed as crowds gathered around aid trucks in Rafah on Monday. "
    "Israeli troops did not fire at the crowd, the army said, blaming a stampede.",
])
def test_a_crush_with_the_fire_denied_names_no_shooter(text):
    got = [e.actor1 for e in parse(text, published="2024-03-02").events
           if e.sub_event_type == "Attack"]
    assert got == [None]


# -- a speaker at a hospital ---------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("In Khan Younis, a strike hit a house on Sunday, killing a family of nine, relatives told "
     "Reuters at Nasser hospital.", "Khan Younis"),
    ("A strike hit a house in Bani Suheila on Sunday, killing four, a neighbour said outside "
     "Nasser hospital.", "Bani Suheila"),
])
def test_where_a_speaker_spoke_is_no_place_of_the_attack(text, place):
    assert [loc for _, loc, _, _, _ in _coded(text)] == [place]


@pytest.mark.parametrize("text", [
    "An Israeli strike hit the courtyard of Nasser hospital on Sunday, killing four, medics said.",
    "Troops fired at people who gathered at Nasser hospital on Sunday, killing two, witnesses "
    "told AFP.",
])
def test_a_hospital_hit_stays_the_place_whoever_speaks(text):
    assert [loc for _, loc, _, _, _ in _coded(text)] == ["Nasser Medical Complex"]


# -- a family's name ------------------------------------------------------------------
@pytest.mark.parametrize("text,names", [
    ("An Israeli strike hit a building belonging to the Abu Nasr family in Beit Lahia on "
     "Tuesday, killing 93.", ["Beit Lahia"]),
    ("A strike hit the Nasr family home in Khan Younis on Tuesday.", ["Khan Younis"]),
    ("An air strike on the al-Nasr family's house in Rafah killed six on Tuesday.", ["Rafah"]),
    # people of a place, and a place by its own name
    ("A Gaza family of nine was killed on Tuesday.", ["Gaza"]),
    ("Strikes hit the al-Nasr area east of Rafah on Tuesday.", ["al-Nasr", "Rafah"]),
])
def test_a_family_named_like_a_place_is_no_mention(text, names):
    got = parse(text, published="2024-10-27").mentions
    assert [text[m.start:m.end] for m in got] == names


# -- attacks on areas left unnamed, and a paragraph labelled as background ----------------
def test_strikes_on_unnamed_areas_are_the_strips_not_the_place_told_before():
    got = _coded("The army ordered residents of Bani Suheila and Khuza'a to leave on Monday. "
                 "Overnight, warplanes struck several areas, killing 12.")
    assert ("Air/drone strike", "Gaza Strip", 12) in [g[:3] for g in got]
    assert not any(s == "Air/drone strike" and p == "Khuza'a" for s, p, *_ in got)


@pytest.mark.parametrize("text,place", [
    # areas of a place told: that place
    ("Israeli strikes pounded Rafah on Monday. Overnight strikes hit several areas of the "
     "city.", "Rafah"),
    ("Israeli strikes pounded Rafah on Monday. Overnight, warplanes struck several areas in "
     "Khan Younis.", "Khan Younis"),
])
def test_areas_of_a_place_told_stay_at_that_place(text, place):
    got = _coded(text, published="2024-10-27")
    assert [p for s, p, *_ in got if s == "Air/drone strike"][-1] == place


def test_a_paragraph_labelled_background_tells_no_event():
    got = _coded("An Israeli strike killed five people in Jabalia on Tuesday.\n\nBackground: "
                 "During the six weeks of the truce, more than 150 Palestinians were killed by "
                 "Israeli fire in Rafah. Israel has blocked all aid since March 2.",
                 published="2025-03-18")
    assert [(s, p, n) for s, p, n, *_ in got] == [("Air/drone strike", "Jabalia", 5)]


def test_background_told_within_a_paragraph_is_not_a_label():
    # (the word in a sentence, not a paragraph's label: the strike is news)
    got = _coded("Against this background, an Israeli strike killed five people in Rafah on "
                 "Tuesday.", published="2025-03-18")
    assert [(s, p, n) for s, p, n, *_ in got] == [("Air/drone strike", "Rafah", 5)]


@pytest.mark.parametrize("text", [
    "Residents say Israeli tanks advanced near Rafah's al-Shaboura area and opened fire on "
    "Tuesday. UN Secretary-General Guterres \"shocked\" by Israeli strikes.",
    "Residents say Israeli tanks advanced near Rafah's al-Shaboura area and opened fire on "
    "Tuesday. Egypt condemned the renewed Israeli strikes.",
])
def test_a_reaction_to_strikes_tells_no_strike(text):
    got = _coded(text, published="2025-03-18")
    assert "Air/drone strike" not in [s for s, *_ in got]


@pytest.mark.parametrize("text,place,killed", [
    # the attack reacted to, told with its place or toll: an event
    ("Egypt condemned the Israeli strike on a school in Nuseirat on Tuesday.", "Nuseirat", None),
    ("Egypt condemned Israeli strikes that killed 20 people in Rafah on Tuesday.", "Rafah", 20),
])
def test_a_reaction_that_tells_the_attack_keeps_it(text, place, killed):
    got = _coded(text, published="2025-03-18")
    assert [(s, p, n) for s, p, n, *_ in got] == [("Air/drone strike", place, killed)]


# -- a siege named again as the operation it is part of ---------------------------------
def test_a_siege_named_as_an_operation_is_no_clash():
    got = _coded("Israel has besieged Jabalia, Beit Lahia and Beit Hanoun since early October, "
                 "in an operation it says aims to stop Hamas from regrouping.",
                 published="2024-12-29")
    assert sorted((s, p) for s, p, *_ in got) == [
        ("Siege/encirclement", "Beit Hanoun"), ("Siege/encirclement", "Beit Lahia"),
        ("Siege/encirclement", "Jabalia")]


@pytest.mark.parametrize("text,place", [
    # no siege told: the operation is the storming
    ("Troops stormed Shejaia on Friday in an operation against Hamas.", "Shejaia"),
    # a new offensive told beside the siege
    ("Israel has besieged Jabalia since early October, and launched a new offensive in Beit "
     "Lahia on Monday.", "Beit Lahia"),
])
def test_an_operation_told_apart_from_a_siege_is_still_a_clash(text, place):
    got = _coded(text, published="2024-10-27")
    assert ("Armed clash", place) in [(s, p) for s, p, *_ in got]


def test_an_operation_told_with_its_harm_beside_a_siege_keeps_it():
    got = _coded("Troops encircled Kamal Adwan Hospital on Monday, in an operation that killed "
                 "20 gunmen, the army said.", published="2024-10-27")
    assert ("Armed clash", "Kamal Adwan Hospital", 20) in [g[:3] for g in got]


# -- a demolition told beside strikes on a list of places -------------------------------
def test_a_demolition_named_beside_strikes_takes_not_their_places():
    got = _coded("Troops began the offensive on Gaza City on Monday. The push follows weeks of "
                 "heavy strikes on Zeitoun, Sabra and Tel al-Hawa, and the demolition of "
                 "high-rise buildings the army said Hamas used, including a tower on September "
                 "5.", published="2025-09-16")
    razed = [p for s, p, *_ in got if s == "Looting/property destruction"]
    assert len(razed) == 1 and not {"Zeitoun", "Sabra", "Tel al-Hawa"} & set(razed)


@pytest.mark.parametrize("text,places", [
    # the demolition's own clause, after the advance: the place its sentence tells
    ("Residents said tanks advanced towards the centre of Jabalia camp under the cover of "
     "heavy fire, and bulldozers demolished several houses.", ["Jabalia Camp"]),
    ("Israeli troops demolished homes in Rafah and Khan Younis on Friday.",
     ["Rafah", "Khan Younis"]),
])
def test_a_demolition_told_in_its_own_clause_keeps_its_places(text, places):
    got = _coded(text, published="2024-10-27")
    assert [p for s, p, *_ in got if s == "Looting/property destruction"] == places


@pytest.mark.parametrize("text", [
    "Troops in Beit Hanoun spotted two gunmen near a school and fired at them.",
    "Troops in Beit Hanoun located three terrorists, who fled into a tunnel.",
    "Soldiers in Jabalia identified two suspects and detained them.",
])
def test_fighters_seen_but_not_killed_are_no_toll(text):
    assert all(e.fatalities is None for e in parse(text, published="2023-12-11").events)


# -- rockets told fired from a place -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Rockets were fired at Beit Hanoun from Israeli jets on Sunday.",
    "Rockets were fired from Lebanon at Kiryat Shmona on Sunday.",
    "Thousands of rockets were launched from the Gaza Strip at Israel.",
    "Israel said it would respond if rockets were fired from Beit Hanoun.",
    "No rockets have been fired from Beit Hanoun since the truce.",
])
def test_rockets_fired_from_no_place_of_the_strip_or_not_at_all_are_no_shelling(text):
    got = [e.sub_event_type for e in parse(text, published="2024-10-27").events]
    assert "Shelling/artillery/missile attack" not in got


def test_a_strike_after_rockets_were_fired_from_the_area_stays_the_strike():
    got = [e.sub_event_type for e in parse(
        "Israel struck Beit Hanoun after two rockets were fired from the area on Sunday.",
        published="2024-10-27").events]
    assert got == ["Air/drone strike"]


# -- set on fire ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tents in al-Mawasi were set on fire by an Israeli strike.",
    "The attack, which set the camp in Rafah on fire, killed 45 Palestinians.",
    "Youths set the tyres on fire at the entrance of Khan Younis.",
    "Troops did not set the hospital in Beit Lahia on fire, the army said.",
    "The army said it would set fire to the houses in Khuza'a.",
])
def test_a_fire_a_strike_lit_or_none_lit_is_no_property_destruction(text):
    got = [e.sub_event_type for e in parse(text, published="2024-10-27").events]
    assert "Looting/property destruction" not in got


def test_rockets_fired_from_there_as_an_orders_reason_are_no_shelling():
    got = [e.sub_event_type for e in parse(
        "The army ordered people to leave parts of Maghazi on Friday, saying rockets had been "
        "fired from there.", published="2024-08-16").events]
    assert "Shelling/artillery/missile attack" not in got


# -- strikes told by their number of targets -----------------------------------------
@pytest.mark.parametrize("text,place", [
    ("Troops raided a school in Jabalia. Aircraft struck 30 targets in the area.", "Jabalia"),
    ("Troops raided a school in Jabalia. Aircraft struck two targets.", "Jabalia"),
    ("Aircraft struck 250 targets in Rafah overnight.", "Rafah"),
])
def test_targets_told_at_a_place_or_few_keep_the_place(text, place):
    got = [e.location for e in parse(text, published="2024-10-27").events
           if e.sub_event_type == "Air/drone strike"]
    assert got == [place]


@pytest.mark.parametrize("text", [
    "Patients and medical supplies were transferred to Nasser Medical Complex.",
    "Medical supplies were not delivered to Nasser Medical Complex.",
    "Medical supplies were supposed to be delivered to Nasser Medical Complex.",
])
def test_medical_supplies_moved_with_a_ward_or_not_delivered_are_no_aid_delivery(text):
    got = [e.sub_event_type for e in parse(text, published="2024-10-27").events]
    assert "Aid delivery" not in got


@pytest.mark.parametrize("text", [
    # (the town told in another paragraph)
    "An Israeli strike hit a tent in Tel al-Sultan on Sunday, killing four people. On Monday, "
    "troops were fighting in Nuseirat.\n\nResidents said tanks shelled homes around the camp.",
    # (where the wounded were taken)
    "An Israeli strike hit a tent in Tel al-Sultan on Sunday, killing four people. On Monday, "
    "the wounded were taken to a clinic in Nuseirat. Residents said tanks shelled homes around "
    "the camp.",
])
def test_the_camp_is_not_a_town_named_apart_from_it(text):
    got = parse(text, published="2024-10-27").events
    assert [e.location for e in got if e.sub_event_type.startswith("Shelling")] == \
        ["Tel al-Sultan"]


def test_the_camp_is_not_the_town_that_holds_the_camp_told():
    text = ("An Israeli air strike hit a displacement camp in Tel al-Sultan, Rafah on Sunday. "
            "Tanks shelled the camp, killing five people.")
    got = parse(text, published="2024-10-27").events
    assert "Rafah Camp" not in [e.location for e in got]


@pytest.mark.parametrize("text", [
    # (a house near the hospital: in the neighbourhood, not at the hospital)
    "An Israeli strike hit a house near al-Quds hospital in Tel al-Hawa on Sunday.",
    # (the hospital and homes: two targets)
    "Israeli strikes hit al-Quds hospital and homes in Tel al-Hawa on Sunday.",
])
def test_a_hospital_in_a_neighbourhood_does_not_hide_the_neighbourhood(text):
    got = {e.location for e in parse(text, published="2024-10-27").events}
    assert "Tel al-Hawa" in got


def test_a_convoy_at_a_town_and_a_site_in_another_town_is_two_deliveries():
    text = "Aid trucks reached Gaza City and the Nasser hospital in Khan Younis on Thursday."
    got = {e.location for e in parse(text, published="2024-10-27").events}
    assert {"Gaza City", "Nasser Medical Complex"} <= got


@pytest.mark.parametrize("text", [
    "An Israeli strike hit a house in Nuseirat on Sunday. Gaza's health ministry said 40 "
    "people were killed across the Strip.",
    "An Israeli strike hit a house in Nuseirat on Sunday. Gaza's health ministry said 40 "
    "people were killed in the past 24 hours.",
    "An Israeli strike hit a house in Nuseirat on Sunday. Israeli tanks also shelled Rafah. "
    "Gaza's health ministry said 40 people were killed.",
])
def test_the_offices_tally_or_a_toll_after_two_attacks_is_not_one_attacks(text):
    got = {e.location: e.fatalities for e in parse(text, published="2024-10-27").events}
    assert got.get("Nuseirat") is None


def test_an_offices_toll_told_as_it_stands_two_sentences_on_stays_the_strips():
    text = ("An Israeli strike hit a house in Nuseirat on Sunday night. Rescuers searched the "
            "rubble for hours. Gaza's health ministry said 40 people were killed.")
    got = {e.location: e.fatalities for e in parse(text, published="2024-10-27").events}
    assert got.get("Nuseirat") is None


# -- a day in a relative clause, a toll beside the guns, what a strike came after ---------
@pytest.mark.parametrize("text,expected", [
    # a person's relative tells what befell them on the way: the main clause's day
    ("One elderly woman, who fled from Gaza City on 11 July, said her husband was detained.",
     [("Displacement", "2024-07-11"), ("Arrests", "2024-07-11")]),
    # the relative after the event's words is another matter
    ("An airstrike on Thursday hit a school in Jabalia, which tanks had surrounded on Monday, "
     "killing six.", [("Air/drone strike", "2024-10-24")]),
])
def test_a_day_in_a_relative_still_dates_what_it_should(text, expected):
    got = [(e.sub_event_type, e.event_date) for e in parse(text, published="2024-10-27").events]
    assert got == expected


def test_a_toll_beside_an_air_strike_and_shelling_is_not_made_the_shelling():
    # the toll is no shelling's when a strike from the air is named with the guns
    got = [e.sub_event_type for e in parse(
        "At least 30 people were killed in Rafah, officials said. Witnesses said an Israeli "
        "drone struck the crowd as tanks fired from the east.", published="2024-10-27").events]
    assert "Shelling/artillery/missile attack" not in got


def test_what_a_strike_came_after_is_not_folded_into_the_strike():
    # "The strike came hours after militants fired rockets from Rafah": the rockets at Rafah,
    # not the place of the Strip's strike
    got = [(e.sub_event_type, e.location, e.fatalities) for e in parse(
        "An Israeli airstrike killed 12 people in the Gaza Strip on Sunday. The strike came "
        "hours after militants fired rockets from Rafah.", published="2024-10-27").events]
    assert ("Air/drone strike", "Gaza Strip", 12) in got
    assert ("Air/drone strike", "Rafah", 12) not in got


def test_a_soldier_killed_by_friendly_fire_told_by_the_army_is_no_militants_deed():
    got = [(e.actor1, e.actor2) for e in parse(
        "The army said a soldier was killed by friendly fire in Rafah.",
        published="2024-10-27").events]
    assert ("Palestinian militants", "Israeli military") not in got


def test_fighters_who_fled_are_no_civilians_and_an_old_order_drove_no_flight():
    got = [(e.sub_event_type, e.actor1, e.actor2) for e in parse(
        "Doctors said the fighters fled Jabalia as troops advanced.",
        published="2024-10-27").events]
    assert ("Displacement", None, None) in got
    # an order told more than the week before the flight counted over a week
    got = [(e.sub_event_type, e.actor1) for e in parse(
        "The army ordered residents of eastern Rafah to leave on 10 October. About 100,000 "
        "people have left Rafah in one week.", published="2024-10-27").events]
    assert ("Displacement", None) in got


# -- "the camp" after a town whose camp bears its name --------------------------------
@pytest.mark.parametrize("text,wrong", [
    # (a town in the camp's own sentence, told of another attack)
    ("Israeli forces raided Jabalia camp on Tuesday, and a separate strike killed three people "
     "in Khan Younis. Medics said tanks shelled homes in the camp on Wednesday, killing two.",
     "Khan Younis Camp"),
    # (a town an attack is likened to)
    ("The strike on a school in Nuseirat camp was the deadliest since an attack in Rafah in May. "
     "Residents of the camp said tanks shelled homes around the camp on Sunday.", "Rafah Camp"),
    # (where the speakers are)
    ("Israeli strikes hit Bureij camp on Sunday, killing five. Hospital officials in Deir "
     "al-Balah said tanks shelled the camp overnight, killing two more.", "Deir al-Balah Camp"),
    # (a town whose residents were ordered out, and one rescuers could not reach)
    ("An Israeli strike hit Bureij camp on Sunday. The army then ordered residents of eastern "
     "Khan Younis to leave. Tanks later shelled homes in the camp, killing two.",
     "Khan Younis Camp"),
    ("An Israeli strike hit a house in Shati camp on Sunday, killing five, the civil defence "
     "said. The agency said it could not reach Jabalia because of the fighting. Tanks later "
     "shelled the camp, killing two.", "Jabalia Camp"),
])
def test_the_camp_is_not_the_camp_of_a_town_told_of_something_else(text, wrong):
    got = [e.location for e in parse(text, published="2024-10-27").events]
    assert wrong not in got


# -- a hospital in a neighbourhood -----------------------------------------------------
@pytest.mark.parametrize("text,place", [
    # (the neighbourhood's own dead, told after the hospital's strike)
    ("Israeli strikes hit al-Quds hospital on Sunday, killing five people in Tel al-Hawa.",
     "Tel al-Hawa"),
    # (fire around the hospital: in the neighbourhood)
    ("Israeli strikes on Sunday targeted the surroundings of al-Shifa hospital in Rimal, "
     "killing five.", "Rimal"),
])
def test_a_neighbourhood_told_apart_from_its_hospital_stays_a_place(text, place):
    got = [e.location for e in parse(text, published="2024-10-27").events]
    assert place in got


# -- aid at a site and at its town ---------------------------------------------------------
@pytest.mark.parametrize("text,places", [
    ("The World Food Programme distributed flour in Gaza City and at the Nabulsi roundabout "
     "on Thursday.", {"Gaza City", "Nabulsi Roundabout"}),
    ("UNRWA distributed food parcels in Khan Younis and al-Mawasi on Thursday.",
     {"Khan Younis", "al-Mawasi (Khan Younis)"}),
    ("Food aid was distributed in Rafah and in Tel al-Sultan on Thursday, UNRWA said.",
     {"Rafah", "Tel al-Sultan"}),
    ("Aid trucks reached Gaza City on Thursday, and WFP distributed flour at the Nabulsi "
     "roundabout.", {"Gaza City", "Nabulsi Roundabout"}),
])
def test_aid_at_a_town_and_a_site_in_it_told_apart_is_two_deliveries(text, places):
    got = {e.location for e in parse(text, published="2024-10-27").events
           if e.sub_event_type == "Aid delivery"}
    assert places <= got


# -- the office's toll as it stood later -------------------------------------------------
@pytest.mark.parametrize("text,place", [
    # (the day's toll as it stood that evening)
    ("An Israeli strike hit a house in Nuseirat on Sunday. By Sunday evening, Gaza's health "
     "ministry said 70 people had been killed.", "Nuseirat"),
    # (the Strip's toll, told as such)
    ("An Israeli strike hit a house in Nuseirat on Sunday night. By Monday, Gaza's health "
     "ministry counted 45 dead in the Strip.", "Nuseirat"),
    # (an attack by Palestinian fighters: not whom the ministry counts)
    ("Hamas fighters ambushed Israeli troops in Rafah on Sunday, the group said. By Monday, "
     "Gaza's health ministry counted 45 dead.", "Rafah"),
    ("Palestinian militants fired rockets from Khan Younis towards Israel on Sunday. By "
     "Monday, Gaza's health ministry counted 45 dead.", "Khan Younis"),
])
def test_the_offices_later_toll_is_not_an_attack_it_does_not_count(text, place):
    got = {e.location: e.fatalities for e in parse(text, published="2024-10-29").events}
    assert got.get(place) is None


# -- what the rules for unnamed areas, reactions, sieges and demolitions leave alone -----
@pytest.mark.parametrize("text,place", [
    # the places around the one told before
    ("Israeli troops blew up several buildings in Rafah. Strikes also hit several areas nearby "
     "on Tuesday, killing four.", "Rafah"),
    ("Israeli troops blew up several buildings in Rafah. Strikes also hit several areas there "
     "on Tuesday, killing four.", "Rafah"),
    ("Israeli tanks pushed into Khan Younis on Tuesday, residents said. Warplanes also struck "
     "several areas to the east, killing four.", "Khan Younis"),
])
def test_areas_around_the_place_told_stay_at_that_place(text, place):
    got = _coded(text, published="2024-10-27")
    assert [p for s, p, *_ in got if s == "Air/drone strike"][-1] == place


@pytest.mark.parametrize("text,sub,place", [
    # another attack of the sentence, whose words come before the strikes on unnamed areas
    ("Israeli forces pushed deeper into Jabalia on Monday. Fighting continued on Tuesday as "
     "warplanes struck several areas, killing nine.", "Armed clash", "Jabalia"),
    ("Israeli troops stormed the Indonesian Hospital in Beit Lahia on Monday. Snipers fired at "
     "people inside on Tuesday, as warplanes struck several areas.", "Attack",
     "Indonesian Hospital"),
])
def test_an_attack_told_beside_strikes_on_unnamed_areas_keeps_its_place(text, sub, place):
    got = _coded(text, published="2024-10-27")
    assert [p for s, p, *_ in got if s == sub][-1] == place


@pytest.mark.parametrize("text", [
    # reports that name no place in the Strip
    "Israeli strikes pounded southern Lebanon on Tuesday, the army said. Strikes hit several "
    "areas, killing three people, Lebanese media reported.",
    "Israeli forces raided Jenin on Tuesday. Drones struck several sites, killing three people, "
    "the Palestinian health ministry said.",
])
def test_unnamed_areas_in_a_report_of_no_place_in_the_strip_are_not_the_strips(text):
    assert "Gaza Strip" not in [p for _, p, *_ in _coded(text, published="2024-10-27")]


@pytest.mark.parametrize("text,sub,place", [
    # those who lived through the attack tell it, and where
    ("Residents of Deir al-Balah said they were shocked by the Israeli strikes.",
     "Air/drone strike", "Deir al-Balah"),
    ("In Deir al-Balah on Tuesday, residents said they were horrified by the Israeli shelling.",
     "Shelling/artillery/missile attack", "Deir al-Balah"),
    ("Tanks advanced into eastern Rafah on Tuesday. Residents were alarmed by the renewed "
     "Israeli shelling.", "Shelling/artillery/missile attack", "Rafah"),
])
def test_those_who_lived_through_strikes_tell_them(text, sub, place):
    got = _coded(text, published="2024-10-27")
    assert (sub, place) in [(s, p) for s, p, *_ in got]


@pytest.mark.parametrize("text,place", [
    # a cordon is no siege told: the operation is the only event
    ("Israeli troops cordoned off the area around Nasser Hospital on Monday, in an operation "
     "the army said targeted militants.", "Nasser Medical Complex"),
    # a battle is fighting told
    ("Israeli tanks encircled the Shati camp on Monday, in a battle that lasted hours, "
     "residents said.", "Beach Camp"),
    # another clause's deed, at its own place
    ("Israel has besieged Jabalia since early October, and on Monday its forces turned to Beit "
     "Hanoun, in a new ground operation.", "Beit Hanoun"),
    ("Israeli forces encircled the Indonesian hospital on Monday, then moved on to Beit Lahia, "
     "in a ground operation backed by drones.", "Beit Lahia"),
])
def test_an_operation_not_merely_a_siege_again_is_still_a_clash(text, place):
    got = _coded(text, published="2024-10-29")
    assert ("Armed clash", place) in [(s, p) for s, p, *_ in got]


def test_a_demolition_after_troops_went_into_places_keeps_them():
    # (no strikes named on the places: the troops that went in razed the houses there)
    got = _coded("Israeli tanks advanced into Beit Lahia and Beit Hanoun on Monday, and the "
                 "demolition of dozens of houses followed, residents said.",
                 published="2024-10-29")
    assert [p for s, p, *_ in got if s == "Looting/property destruction"] == [
        "Beit Lahia", "Beit Hanoun"]


# -- a relative's day with no day of the event's own, guns beside a toll, the army's dead,
# a span told of something else ------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    # the event has no day of its own: the relative's is the nearest the report gives
    ("Near the Nabulsi roundabout, where aid trucks arrived on Thursday, Israeli fire killed "
     "100 people.", [("Attack", "2024-10-24")]),
    ("The massacre at the Tabi'in school, which happened on Saturday, killed more than 90 "
     "people.", [("Air/drone strike", "2024-10-26")]),
    ("The convoy, which reached Gaza City on Monday, delivered flour to 10,000 families.",
     [("Aid delivery", "2024-10-21")]),
    # nor a day the event is told on after a comma: the telling's, not the flight's
    ("At al-Shifa Hospital, which troops stormed on Wednesday, hundreds left on foot, the WHO "
     "said on Saturday.", [("Armed clash", "2024-10-23"), ("Displacement", "2024-10-23")]),
])
def test_a_relatives_day_stays_when_the_event_has_none_of_its_own(text, expected):
    got = [(e.sub_event_type, e.event_date) for e in parse(text, published="2024-10-27").events]
    assert got == expected


@pytest.mark.parametrize("text", [
    "At least 30 people were killed in Khan Younis on Tuesday, medics said. Tanks also "
    "shelled the eastern parts of Khan Younis.",
    "At least 30 people were killed in Khan Younis on Tuesday, medics said. Separately, tanks "
    "shelled the eastern parts of Khan Younis.",
    "At least 30 people were killed in Khan Younis on Tuesday, medics said. Elsewhere, tanks "
    "shelled the eastern parts of Khan Younis.",
])
def test_a_toll_beside_shelling_told_as_more_is_not_made_the_shelling(text):
    got = [(e.sub_event_type, e.fatalities) for e in parse(text, published="2024-10-27").events]
    assert ("Shelling/artillery/missile attack", 30) not in got


@pytest.mark.parametrize("text", [
    # the army's troops told killing others in the sentence: they fought, not only fell
    "The Israeli military said its troops killed 20 militants in Rafah, and a soldier was "
    "killed in the fighting.",
    # the army's dead told as no deed of the other side's
    "The Israeli military said a soldier died in a traffic collision near Khan Younis.",
    "The army said a soldier was killed in an operational incident in Rafah.",
    "The army said a soldier was killed in Rafah when his weapon discharged.",
])
def test_the_armys_own_dead_are_not_made_the_other_sides_deed(text):
    got = [(e.actor1, e.actor2) for e in parse(text, published="2024-10-27").events]
    assert ("Palestinian militants", "Israeli military") not in got


@pytest.mark.parametrize("text", [
    "The army ordered residents of Jabalia to leave on 15 October. Thousands of people fled "
    "Jabalia on Saturday, and no aid has entered the camp in three weeks.",
    "The army ordered residents of Jabalia to leave on 15 October. Thousands of people fled "
    "Jabalia on Saturday, the second such exodus in two weeks.",
    "The army ordered residents of Jabalia to leave on 15 October. Thousands of people fled "
    "Jabalia on Saturday, many of them displaced for the fourth time in two weeks.",
    "The army ordered residents of Jabalia to leave on 15 October. Families who fled Jabalia "
    "on Saturday said they hoped to return within two weeks.",
])
def test_a_span_told_of_something_else_brings_no_old_order_to_a_flight(text):
    got = [(e.sub_event_type, e.actor1) for e in parse(text, published="2024-10-27").events]
    assert ("Displacement", None) in got


# -- hospitals named for a country, or like another hospital -------------------------
@pytest.mark.parametrize("text", [
    # the article-less spelling of al-Nasr's "al-Nasser Children's Hospital", and a near
    # spelling of it, read as Nasser's in Khan Younis, not as al-Nasr in Gaza City
    "An Israeli strike hit the Nasser Children's Hospital on Tuesday, killing two patients.",
    "Israeli forces stormed the Nasser Pediatric Hospital on Tuesday.",
])
def test_nasser_s_children_s_hospital_is_not_al_nasr(text):
    assert "Al-Nasr Children's Hospital" not in [loc for _, loc, _, _, _ in _coded(text)]


@pytest.mark.parametrize("text,places", [
    # any hospital of the country, its team or a site of that name abroad
    ("A girl wounded in an Israeli strike in Rafah on Tuesday was flown to an Emirati "
     "hospital, where she died.", ["Rafah"]),
    ("A girl wounded in an Israeli strike in Rafah on Tuesday was flown to a Turkish "
     "hospital, where she died.", ["Rafah"]),
    ("A girl wounded in an Israeli strike in Rafah on Tuesday died at the Emirati hospital in "
     "al-Arish.", ["Rafah"]),
    ("An Israeli strike killed eight people in a house in Khan Younis on Tuesday, a Kuwaiti "
     "hospital team said.", ["Khan Younis"]),
    # the hospital itself, and one of a town named
    ("An Israeli strike hit the Kuwaiti hospital on Tuesday, killing two.",
     ["Kuwait Specialized Hospital"]),
    ("An Indonesian hospital in Beit Lahiya was shelled on Tuesday, killing two.",
     ["Indonesian Hospital"]),
    ("Israeli tanks shelled the Kamal Adwan and Indonesian hospitals on Tuesday.",
     ["Kamal Adwan Hospital", "Indonesian Hospital"]),
])
def test_a_hospital_of_a_country_is_not_the_one_named_for_it(text, places):
    assert [loc for _, loc, _, _, _ in _coded(text)] == places


# -- a speaker at a hospital: the words after "said", and the hospital hit -----------
@pytest.mark.parametrize("text,place", [
    ("The army said Hamas at al-Shifa hospital in Gaza City opened fire on soldiers on "
     "Tuesday.", "Al-Shifa Hospital"),
    ("Israel said Hamas from the Indonesian Hospital fired rockets on Tuesday.",
     "Indonesian Hospital"),
    ("In Jabalia, Israeli tanks shelled the hospital's upper floors on Tuesday, killing two "
     "patients, a doctor told AFP at al-Awda hospital.", "Al-Awda Hospital (Jabalia)"),
    ("In Khan Younis, Israeli troops stormed the hospital on Tuesday and detained dozens of "
     "men, a nurse told Reuters at Nasser hospital.", "Nasser Medical Complex"),
])
def test_a_hospital_told_after_said_or_hit_itself_stays_the_place(text, place):
    assert [loc for _, loc, _, _, _ in _coded(text)] == [place]


# -- a place's people and services before "family" -----------------------------------
@pytest.mark.parametrize("text,names", [
    ("An Israeli strike hit the Nuseirat family centre on Tuesday, killing four.",
     ["Nuseirat"]),
    ("An Israeli strike hit the Gaza family court building on Tuesday.", ["Gaza"]),
    ("An Israeli strike hit the Zeitoun family clinic on Tuesday, killing four.", ["Zeitoun"]),
    ("An Israeli strike killed 12 members of the Rafah family that had fled to Deir al-Balah "
     "on Tuesday.", ["Rafah", "Deir al-Balah"]),
])
def test_a_town_or_a_service_before_family_is_a_mention(text, names):
    got = parse(text, published="2024-10-27").mentions
    assert [text[m.start:m.end] for m in got] == names


# -- fighters seen, then killed: the killing told of them ------------------------------
@pytest.mark.parametrize("text", [
    "Troops in Rafah spotted two terrorists and fired at them, but it was unclear whether "
    "they were killed.",
    "Troops in Rafah identified two terrorists who killed them, the army said.",
    "Troops in Rafah identified three terrorists who had fired at them and killed them.",
    "The Qassam Brigades said its fighters spotted two Israeli operatives in Khan Younis and "
    "killed them.",
])
def test_fighters_seen_and_not_told_killed_by_the_seers_are_no_toll(text):
    assert all(e.fatalities is None for e in parse(text, published="2023-12-11").events)


# -- rockets told fired from a place: a record, a reason or the army's -----------------
@pytest.mark.parametrize("text", [
    "The army ordered residents of Beit Hanoun to evacuate, saying rockets had been fired "
    "from the town.",
    "The army ordered the evacuation of eastern Khan Younis, saying rockets had been fired "
    "from Khan Younis.",
    "Over the years, hundreds of rockets were launched from Beit Hanoun at Israeli towns.",
    "Israeli troops in Beit Hanoun, from which rockets were fired for years, demolished "
    "dozens of houses.",
    "The army said rockets had been fired from the same area in Zeitoun in recent weeks.",
    "Rockets were fired from Apache helicopters at a house in Khan Younis.",
    "Israel has long said rockets were fired from Beit Hanoun.",
])
def test_rockets_fired_from_a_place_as_a_record_reason_or_the_armys_are_no_shelling(text):
    got = [e.sub_event_type for e in parse(text, published="2024-10-27").events]
    assert "Shelling/artillery/missile attack" not in got


@pytest.mark.parametrize("text", [
    "The military said the school in Jabalia was struck because rockets had been launched "
    "from it.",
    "Rockets were fired from an Israeli drone at a car in Rafah, killing two.",
    "The army struck the area in Rafah from where rockets were launched earlier.",
    "Aircraft struck a launch post in Beit Hanoun from which rockets were fired toward "
    "Sderot on Sunday.",
    "The army struck Beit Hanoun, where rockets were fired from earlier.",
])
def test_a_strike_told_with_the_rockets_fired_from_its_target_stays_the_strike(text):
    got = [e.sub_event_type for e in parse(text, published="2024-10-27").events]
    assert got == ["Air/drone strike"]


# -- set on fire: by a strike, at a protest, in a fight or by mishap --------------------
@pytest.mark.parametrize("text", [
    "An Israeli airstrike hit a house in Jabalia and set it on fire.",
    "An Israeli strike on a school in Jabalia set it on fire.",
    "Tanks shelled the school in Jabalia and set it alight.",
    "Two houses in Jabalia were set on fire as a result of Israeli shelling.",
    "A house in Jabalia was set on fire following an Israeli airstrike.",
    "The sky was set alight by flares over Gaza City.",
    "Protesters in Gaza City set an Israeli flag on fire.",
    "Demonstrators set their tents on fire in protest in Rafah.",
    "Hamas fighters set a Merkava tank on fire east of Khan Younis.",
    "The fire that broke out in a tent in Deir al-Balah was caused by a cooking stove; three "
    "tents were set alight.",
])
def test_a_fire_a_strike_lit_or_no_property_burned_is_no_property_destruction(text):
    got = [e.sub_event_type for e in parse(text, published="2024-10-27").events]
    assert "Looting/property destruction" not in got


# -- targets told at the place named before --------------------------------------------
@pytest.mark.parametrize("text,kind,place", [
    ("Troops raided a school in Jabalia. Aircraft struck 40 targets across the camp.",
     "Air/drone strike", "Jabalia"),
    ("Troops operated in Jabalia on Monday. In the camp, aircraft struck 40 targets.",
     "Air/drone strike", "Jabalia"),
    ("Fighting continued in Shejaiya on Monday. Aircraft struck about 30 targets in the "
     "vicinity.", "Air/drone strike", "Shejaia"),
    ("Troops of the 98th Division are operating in Khan Younis. The troops also struck 30 "
     "targets, the army said.", "Air/drone strike", "Khan Younis"),
    ("The Qassam Brigades said its fighters clashed with troops in Beit Hanoun. The fighters "
     "also hit 20 targets with mortars.", "Shelling/artillery/missile attack", "Beit Hanoun"),
])
def test_targets_told_there_or_by_the_men_told_before_keep_their_place(text, kind, place):
    got = [e.location for e in parse(text, published="2024-10-27").events
           if e.sub_event_type == kind]
    assert got == [place]


# -- medical supplies moved with a ward ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Patients, staff and medical supplies were transferred to Nasser Medical Complex.",
    "Staff and medical supplies were transferred to the European Hospital after the "
    "evacuation order.",
    "Babies and medical supplies were transferred to the Emirati Hospital in Rafah.",
    "Patients along with medical supplies were transferred to the European Hospital.",
    "The hospital's medical supplies were transferred to the European Hospital when it was "
    "evacuated.",
])
def test_medical_supplies_moved_with_a_ward_are_no_aid_delivery(text):
    got = [e.sub_event_type for e in parse(text, published="2024-10-27").events]
    assert "Aid delivery" not in got


@pytest.mark.parametrize("text, want", [
    # who hurt, not who was hurt
    ("Two gunmen shot and wounded a man in Khan Younis.", [("injured", 1)]),
    # the hurt with no noun after no count of the dead
    ("A wall fell in Rafah and 12 were hurt.", []),
    # a range stays a range
    ("The strike killed between 20 and 30 people.", [("killed", 20)]),
    ("Dozens or hundreds of people were killed.", [("killed", 12)]),
    # killed along with others: a plural subject, a vague count, or no number
    ("Five people were killed along with two paramedics.", [("killed", 5)]),
    ("He was killed along with several officials.", []),
    ("He was killed along with his children.", []),
    # bodies found with others: a killing told on a day of its own
    ("She has been found dead, along with five of her relatives.", []),
])
def test_counts_of_other_wordings_stay_within_their_words(text, want):
    from geoevents.casualties import find_casualties
    assert [(c.kind, c.count) for c in find_casualties(text)] == want


@pytest.mark.parametrize("text, want", [
    # "its forces" of a Hamas teller are its own: not the Israeli forces
    ("Hamas said an attack on its forces in Rafah that killed two fighters was repelled.",
     ("Hamas", "Israeli military")),
    # the one named on the attack is its author
    ("Israeli forces said Hamas carried out an attack on its troops in Rafah that killed two "
     "soldiers.", ("Hamas", "Israeli military")),
])
def test_an_attack_on_troops_keeps_the_named_sides(text, want):
    got = [(e.actor1, e.actor2) for e in parse(text, published="2025-10-20").events
           if e.event_type == "Battles"]
    assert got == [want]


@pytest.mark.parametrize("text", [
    # the size of an order told before, not a new one
    "The new orders cover about three square kilometres in North Gaza and Deir al-Balah.",
    "The new order covered an area of 12.43 square kilometres of Gaza City.",
    # no order of the army's
    "The order of the court in Rafah covered costs.",
    # no one freed by name
    "Italy will stop working with UNRWA after the mother of a freed hostage said that her "
    "daughter had been held in a UNRWA facility in Gaza City.",
    "Netanyahu called for the release of hostage Edan Alexander in Gaza City.",
    "The release of the hostage deal in Gaza City was delayed.",
])
def test_orders_and_releases_told_by_other_words_stay_within_them(text):
    got = [e.sub_event_type for e in parse(text, published="2025-01-02").events]
    assert "Evacuation order" not in got and "Hostage or prisoner release" not in got


def test_a_hospital_that_was_hit_or_a_days_tally_is_not_a_post_that_only_received():
    # the hospital itself shelled, then told to have received wounded: still its own attack
    got = [e.location for e in parse(
        "Tanks shelled Al-Awda Hospital in Jabalia on Monday. The director said the hospital "
        "had received 20 wounded.", published="2024-10-27").events]
    assert "Al-Awda Hospital (Jabalia)" in got
    # the dead taken in on another day are not the attack's
    got = [(e.location, e.fatalities) for e in parse(
        "An Israeli airstrike hit a tent camp in Tal as-Sultan on Sunday, killing 45 people. "
        "On Wednesday, its clinic in Tal as-Sultan received 28 dead.",
        published="2024-10-27").events]
    assert ("Tel al-Sultan", 28) in got
    # the hospitals' tally of the past day is the Strip's
    got = [(e.location, e.fatalities) for e in parse(
        "In the past 24 hours, hospitals received 60 martyrs and 284 injured. An airstrike on "
        "a house in Rafah killed 5.", published="2024-10-27").events]
    assert ("Gaza Strip", 60) in got


def test_strikes_told_at_the_place_of_the_attack_they_answer_stay_there():
    # the strikes' own words name the place
    got = [e.location for e in parse(
        "Israeli strikes hit Rafah on Sunday, killing 30 people, in response to an attack on "
        "its troops in Rafah.", published="2025-10-20").events
        if e.sub_event_type == "Air/drone strike"]
    assert got == ["Rafah"]
    # strikes not told beside the deaths as their answer
    got = [e.location for e in parse(
        "Two soldiers were killed in Rafah and strikes on the city killed 12.",
        published="2025-10-20").events if e.sub_event_type == "Air/drone strike"]
    assert got == ["Rafah"]


def test_a_town_and_a_part_told_as_two_happenings_stay_two():
    # two deeds, a list's "and" between the town and its corridor
    got = [e.location for e in parse(
        "In Rafah, tanks shelled homes and troops fired near the Philadelphi corridor.",
        published="2024-10-27").events]
    assert "Rafah" in got
    # the town and an area listed beside it, not named as its parts
    got = [e.location for e in parse(
        "Strikes hit Khan Younis and the areas of Bani Suheila.",
        published="2024-10-27").events]
    assert got == ["Khan Younis", "Bani Suheila"]


def test_overnight_over_more_than_one_night_keeps_its_first_day():
    # "overnight 14-16 May" is no one night: a span, of its first day
    got = [e.event_date for e in parse(
        "Overnight 14-16 May, air strikes on Jabalia camp killed 12 people.",
        published="2024-05-20").events]
    assert got == ["2024-05-14"]
    # a span of two days with no night is of its first day, the nights of both days too
    for text in ("From Monday to Tuesday, Israeli strikes killed 12 people in Rafah.",
                 "On Monday and Tuesday, Israeli strikes killed 12 people in Rafah.",
                 "Overnight Monday-Wednesday, Israeli strikes killed 12 people in Rafah.",
                 "Israeli strikes killed 12 people in Rafah on 14-15 May.",
                 "Israeli strikes killed 12 people in Rafah overnight on 14 and 15 May."):
        got = [e.event_date for e in parse(text, published="2024-05-19").events]
        assert got == ["2024-05-13" if "day" in text else "2024-05-14"], text


def test_a_stamp_does_not_cut_its_own_entry_from_its_day():
    # a later sentence of the same entry goes on with the day it told
    got = [(e.location, e.event_date) for e in parse(
        "10:31 | Troops shelled Rafah on Sunday, killing two people. Later an airstrike hit a "
        "house in Khan Younis.", published="2024-05-07").events]
    assert got == [("Rafah", "2024-05-05"), ("Khan Younis", "2024-05-05")]


def test_an_order_to_evacuate_under_a_plan_is_still_an_order():
    got = [(e.sub_event_type, e.location) for e in parse(
        "The army ordered civilians to evacuate Rafah under a plan to clear the city.",
        published="2024-02-10").events]
    assert got == [("Evacuation order", "Rafah")]


def test_sides_that_agree_to_a_truce_still_agree():
    got = [e.sub_event_type for e in parse(
        "Israel and Hamas agree to a four-day truce in Gaza", published="2023-11-22").events]
    assert got == ["Agreement"]


def test_a_release_under_a_truce_with_its_own_day_is_still_told():
    got = [(e.sub_event_type, e.event_date) for e in parse(
        "During the truce, Hamas freed three hostages on Saturday.",
        published="2025-03-18").events]
    assert got == [("Hostage or prisoner release", "2025-03-15")]


def test_items_of_a_list_opened_on_a_day_keep_its_day():
    got = [(e.location, e.event_date) for e in parse(
        "Hostilities on 27 October:\n\nGaza City: Crews recovered three bodies after a drone "
        "strike in Sabra.", published="2024-10-29").events]
    assert got == [("Sabra", "2024-10-27")]


def test_items_of_a_digest_keep_the_week_its_prose_told():
    got = [e.event_date for e in parse(
        "Regional Overview\n20-26 January 2024\n\nIsraeli forces intensified their offensive "
        "in Khan Younis last week.\n\nKhan Younis: Israeli forces surrounded Nasser hospital.",
        published="2024-01-31").events]
    assert "2024-01-31" not in got


@pytest.mark.parametrize("text, want", [
    # the dead of no toll here ("24 hours 52 were killed"): their hurt are none either
    ("An Israeli strike killed 12 people in Nuseirat on Tuesday, and in the past 24 hours 52 "
     "were killed and 120 were wounded across Gaza.", [("killed", 12)]),
])
def test_the_hurt_told_after_the_dead_need_the_dead_counted(text, want):
    from geoevents.casualties import find_casualties
    assert [(c.kind, c.count) for c in find_casualties(text)] == want


@pytest.mark.parametrize("text, want", [
    # the hurt told after the army's dead are of its own: the attack stays Hamas's
    ("The army said two soldiers were killed and three were seriously wounded in a Hamas "
     "attack in Rafah.", ("Hamas", "Israeli military")),
    # a group that tells of its attack on the Israeli forces claims it
    ("Hamas said it carried out an attack on Israeli forces in Rafah that killed two soldiers.",
     ("Hamas", "Israeli military")),
    ("The Qassam Brigades said its fighters carried out an attack on Israeli troops in Rafah "
     "that killed three soldiers.", ("Hamas armed wing (al-Qassam Brigades)", "Israeli military")),
    ("Islamic Jihad's al-Quds Brigades claimed an attack on Israeli forces east of Khan Younis "
     "that killed two soldiers.", ("Islamic Jihad", "Israeli military")),
    # forces of the other side, attacked by the Israeli ones
    ("The Israeli army said its aircraft carried out an attack on a force of militants in Rafah "
     "that killed three gunmen.", ("Israeli military", "Palestinian militants")),
    ("The army said soldiers carried out an assault on forces of the Qassam Brigades in Rafah "
     "that killed ten militants.",
     ("Israeli military", "Hamas armed wing (al-Qassam Brigades)")),
])
def test_an_attack_on_forces_keeps_who_claimed_or_made_it(text, want):
    got = [(e.actor1, e.actor2) for e in parse(text, published="2024-06-30").events
           if e.event_type == "Battles"]
    assert got == [want]


@pytest.mark.parametrize("text", [
    # one freed before, named by that title: no release that day
    "Freed hostage Noa Argamani spoke at the United Nations on Tuesday about her captivity in "
    "Nuseirat.",
    "The mother of freed hostage Mia Schem said she was treated at Sheba hospital.",
    "Freed captive Amit Soussana told the New York Times she was sexually assaulted in Gaza.",
    # the dead's remains, no one freed
    "The release of hostage remains continued on Thursday in Khan Younis.",
])
def test_a_hostage_freed_before_named_by_title_is_no_release(text):
    got = [e.sub_event_type for e in parse(text, published="2024-06-30").events]
    assert "Hostage or prisoner release" not in got


def test_a_clause_after_the_release_telling_its_handover_keeps_its_place():
    got = [e.location for e in parse(
        "Hamas released three hostages on Saturday, while crowds gathered in Khan Younis to "
        "watch the handover.", published="2024-06-30").events
        if e.sub_event_type == "Hostage or prisoner release"]
    assert got == ["Khan Younis"]


@pytest.mark.parametrize("text", [
    # what the order holds or whom it binds, not the areas it empties
    "The order includes a curfew on Rafah from 6 pm.",
    "The order applies to humanitarian workers in Rafah, who must coordinate their movements.",
    # another order told before: a court's, a curfew
    "The ICJ ordered Israel to halt its offensive in Rafah. The order, issued by the court on "
    "Friday, covered Rafah and its surroundings.",
    "Israel imposed a curfew on Rafah. The order covered Tal al-Sultan and Shaboura.",
    # a plea to stay, safety advice
    "Hamas called on residents of northern Gaza not to temporarily evacuate to the south.",
    "The army called on residents to temporarily move away from buildings damaged by strikes "
    "in Rafah.",
])
def test_the_order_named_again_is_one_to_leave_areas(text):
    got = [e.sub_event_type for e in parse(text, published="2024-06-30").events]
    assert "Evacuation order" not in got


# -- nights, live entries, plans, calls to agree, truce releases, area items -----------
@pytest.mark.parametrize("text", [
    # the nights of both days, not one night between them
    "Overnight on 14 and 15 May, Israeli strikes on Rafah killed 20 people.",
    "Overnight 14 and 15 May, Israeli strikes on Rafah killed 20 people.",
])
def test_overnight_on_two_days_keeps_the_first(text):
    assert [e.event_date for e in parse(text, published="2024-05-20").events] == ["2024-05-14"]


@pytest.mark.parametrize("text", [
    "Israel-Gaza war live updates for Tuesday, 14 May 2024\n\n09:40 – Israeli airstrikes hit "
    "a house in Rafah, killing four people.\n\n11:20 – Tanks shelled eastern Khan Younis, "
    "killing two.",
    "Here are the latest developments from Tuesday 14 May.\n\n09:40 – Israeli airstrikes hit "
    "a house in Rafah, killing four people.\n\n11:20 – Tanks shelled eastern Khan Younis, "
    "killing two.",
])
def test_live_entries_under_the_pages_day_keep_it(text):
    got = [e.event_date for e in parse(text, published="2024-05-16").events]
    assert got == ["2024-05-14", "2024-05-14"]


def test_an_order_given_in_line_with_plans_is_still_an_order():
    got = [(e.sub_event_type, e.location) for e in parse(
        "The army on Monday ordered tens of thousands of people, in line with its plans, to "
        "evacuate eastern Rafah.", published="2024-05-07").events]
    assert got == [("Evacuation order", "Rafah")]


@pytest.mark.parametrize("text,day", [
    ("Hamas said on Monday it had decided to agree to the ceasefire proposal.", "2024-05-06"),
    ("The two sides went on to agree to a truce on Monday.", "2024-05-06"),
    ("Mediators said both parties had been able to agree to a ceasefire on Monday.",
     "2024-05-06"),
])
def test_an_agreement_made_in_an_infinitive_is_still_an_agreement(text, day):
    got = [(e.sub_event_type, e.event_date) for e in parse(text, published="2024-05-07").events]
    assert got == [("Agreement", day)]


@pytest.mark.parametrize("text,published,day", [
    # one day of the truce, not its span
    ("During the first day of the truce, Hamas freed 13 Israeli hostages and Israel released "
     "39 Palestinian prisoners.", "2023-11-25", "2023-11-25"),
    ("In the fourth day of the truce, Hamas released 11 hostages and Israel freed 33 "
     "prisoners.", "2023-11-28", "2023-11-28"),
    # the truce told by its start, not its span: the releases of its day
    ("During the truce, which took effect on Sunday, Hamas freed three Israeli hostages in "
     "Gaza City.", "2025-01-20", "2025-01-19"),
    # a day told past a comma
    ("During the ceasefire, Hamas freed three hostages and Israel freed 90 prisoners, on "
     "Sunday.", "2025-01-20", "2025-01-19"),
])
def test_releases_on_a_day_of_the_truce_are_still_told(text, published, day):
    got = [(e.sub_event_type, e.event_date) for e in parse(text, published=published).events]
    assert got == [("Hostage or prisoner release", day)]


@pytest.mark.parametrize("text,published,day", [
    # who speaks, a source or a tag, not an area
    ("Israeli forces shelled the Nuseirat camp on Sunday, killing five people.\n\nWitnesses "
     "said: Tanks also fired at homes in al-Bureij, wounding three.", "2024-05-07",
     "2024-05-05"),
    ("Israeli strikes on Sunday killed 20 people in Nuseirat.\n\nLocal sources: An airstrike "
     "hit a house in al-Bureij, killing four.", "2024-05-07", "2024-05-05"),
    ("Israeli strikes on Sunday killed 20 people in Nuseirat.\n\nRead more: Israeli airstrike "
     "kills four in al-Bureij", "2024-05-07", "2024-05-05"),
    # the items under the update's day: its heading, or a paragraph opening on it
    ("Situation update, 27 October 2024\n\nNorth Gaza: Israeli forces shelled Jabalia camp, "
     "killing five people.", "2024-10-29", "2024-10-27"),
    ("On 27 October, Israeli bombardment continued across the Gaza Strip.\n\nGaza City: Crews "
     "recovered three bodies after a drone strike in Sabra.", "2024-10-29", "2024-10-27"),
])
def test_an_item_not_labelled_by_an_area_or_under_the_days_heading_keeps_the_day(
        text, published, day):
    assert parse(text, published=published).events[-1].event_date == day


@pytest.mark.parametrize("text, want", [
    # the post itself hit while it took the wounded in: the attack's own place
    ("Israeli strikes hit Deir al-Balah on Saturday, killing 8. The field hospital in Rafah "
     "was receiving wounded when it was hit by Israeli shells, killing two medics.", "Rafah"),
    ("Israeli strikes hit Deir al-Balah on Saturday, killing 8. The clinic in Khan Younis had "
     "received 20 wounded before shells struck it, killing two medics.", "Khan Younis"),
    ("Israeli strikes hit Deir al-Balah on Saturday, killing 8. A medical point in Nuseirat "
     "was treating the wounded when a drone strike hit its entrance, killing three.",
     "Nuseirat"),
    ("Israeli strikes hit Deir al-Balah on Saturday, killing 8. Israeli tanks shelled a field "
     "hospital in Rafah, where casualties were being treated, killing two medics.", "Rafah"),
    ("Israeli strikes hit Deir al-Balah on Saturday, killing 8. A drone strike on a medical "
     "point in Nuseirat, where the injured were brought, killed three paramedics.",
     "Nuseirat"),
])
def test_a_medical_post_hit_while_it_took_the_wounded_in_is_the_place_of_its_attack(
        text, want):
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events]
    assert ("Deir al-Balah", 8) in got and any(loc == want for loc, _ in got)


@pytest.mark.parametrize("text, want", [
    # fire from the ground answers where the troops are
    ("Israeli troops opened fire on Sunday, killing three Palestinians, after an attack on "
     "its forces near the Netzarim corridor.", "Netzarim Corridor"),
    ("Israeli tanks opened fire, killing three people on Sunday, in response to an attack on "
     "its troops in Rafah.", "Rafah"),
    ("Israeli troops battled Hamas fighters on Sunday following an attack on its troops in "
     "Shejaia.", "Shejaia"),
    # strikes on the attackers, or told at the attack's place again
    ("An Israeli drone struck the attackers on Sunday after an attack on its troops in Rafah, "
     "killing two militants.", "Rafah"),
    ("Israeli jets struck the gunmen who had fired on its troops, the army said, after an "
     "ambush on Israeli soldiers in Beit Hanoun on Sunday.", "Beit Hanoun"),
    ("The army launched airstrikes on Sunday after an attack on its troops in Rafah, hitting "
     "targets in the city.", "Rafah"),
    ("Israeli airstrikes pounded Hamas positions on Sunday after an attack on its troops in "
     "Beit Hanoun, where fighting has raged for weeks.", "Beit Hanoun"),
    ("Israeli airstrikes supported ground troops battling militants on Sunday, after an ambush "
     "on its soldiers in Jabalia.", "Jabalia"),
    ("A soldier was killed in a clash in Rafah and Israeli strikes killed 5 militants who took "
     "part in the attack.", "Rafah"),
])
def test_fire_at_the_place_of_an_attack_on_troops_stays_there(text, want):
    got = [e.location for e in parse(text, published="2024-10-27").events]
    assert got and "Gaza Strip" not in got and want in got


def test_a_town_told_again_after_its_corridor_stays_a_place():
    # where the forces are, then the town they shelled: the town's own happening
    got = [e.location for e in parse(
        "In Rafah, Israeli forces that control the Philadelphi corridor shelled the city's "
        "western neighbourhoods on Sunday.", published="2024-10-27").events]
    assert "Rafah" in got


@pytest.mark.parametrize("text, post", [
    ("An Israeli strike on a house in Deir al-Balah killed 6 on Saturday. Separately, MSF said "
     "its clinic in Khan Younis received 9 dead.", ("Khan Younis", 9)),
    ("An Israeli strike on a house in Deir al-Balah killed 6 on Saturday. Elsewhere, the "
     "medical point in Nuseirat received 9 dead.", ("Nuseirat", 9)),
])
def test_the_dead_a_post_received_told_apart_are_not_the_attack_told_before(text, post):
    # the attack keeps its own count, and the post's dead are not folded into it
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events]
    assert ("Deir al-Balah", 6) in got and post in got


# -- days told with an abbreviated month, "earlier this week", weekly digests, "came after" --
@pytest.mark.parametrize("text,expected", [
    # the month first: the abbreviation does not end the sentence
    ("Tanks shelled Zeitoun on Aug. 23 and an airstrike hit Jabalia on Aug. 24.",
     [("2025-08-23", "Zeitoun"), ("2025-08-24", "Jabalia")]),
    # a year after the abbreviated month goes on with the date
    ("On 23 Aug. 2025 Israeli tanks shelled Zeitoun.", [("2025-08-23", "Zeitoun")]),
    # "this week" in a report that covers no other week stays the report's own week
    ("Israeli strikes killed five in Nuseirat this week.", [("2025-09-10", "Nuseirat")]),
])
def test_abbreviated_months_and_this_week_keep_their_days(text, expected):
    assert [(e.event_date, e.location) for e in parse(text, published="2025-09-10").events] \
        == expected


def test_a_report_with_no_period_head_dates_undated_events_on_its_own_day():
    text = ("Gaza update\nNorth Gaza\nDemolitions of residential blocks in Beit Lahia.\n\n"
            "Rafah\nIsraeli troops shot aid-seekers near an aid site in Tal as-Sultan; the MoH "
            "reported 20 deaths.")
    got = parse(text, published="2025-09-02").events
    assert {e.event_date for e in got} == {"2025-09-02"}


def test_a_strike_came_hours_after_keeps_a_later_strikes_day():
    # (a later strike, told with a day of its own, is the one "the strike" names)
    text = ("An Israeli strike on Saturday killed 10 in Nuseirat. On Monday, Israeli jets "
            "struck a house in Rafah, killing five. The strike came hours after Hamas fired "
            "rockets from Rafah.")
    got = parse(text, published="2024-05-27").events
    assert [e.event_date for e in got if e.actor1 == "Hamas"] == ["2024-05-27"]


@pytest.mark.parametrize("text", [
    # what goes on at the place is not the strike's own clause: the strike keeps its day
    "An airstrike hit a house in Rafah on Monday, where thousands are sheltering, killing five.",
    "An airstrike on Monday hit a school in Jabalia, where families are sheltering.",
])
def test_a_strikes_day_stays_before_a_present_relative_of_its_place(text):
    assert [e.event_date for e in parse(text, published="2023-12-13").events] == ["2023-12-11"]


def test_a_relative_inside_the_subject_still_ends_at_its_comma():
    # (the main clause's deed comes after the relative: the day is the flight's, not the
    # strike's)
    text = ("An airstrike on a tent camp in al-Mawasi, where thousands had fled after the army "
            "ordered Rafah evacuated on May 6, killed 12.")
    got = parse(text, published="2024-10-29").events
    assert [e.event_date for e in got if e.fatalities == 12] == ["2024-10-29"]


def test_a_while_clause_with_no_continuing_main_clause_keeps_the_day_told_before():
    text = "Tanks shelled Rafah on Friday.\n\nIn Jabalia, strikes hit a house, while forces " \
           "blew up homes in the camp."
    got = parse(text, published="2024-10-29").events
    assert {e.event_date for e in got} == {"2024-10-25"}


@pytest.mark.parametrize("text,day", [
    # a day of its own stays
    ("Israeli strikes killed 10 in Rafah on Sunday. In those hours, tanks shelled Jabalia on "
     "Monday.", "2025-01-20"),
    # a sentence before with no day hands on nothing of its own
    ("Aid trucks entered on Saturday. Tanks shelled Khan Younis. In those hours, tanks shelled "
     "Jabalia.", "2025-01-18"),
])
def test_in_those_hours_keeps_a_day_of_its_own(text, day):
    got = parse(text, published="2025-01-20").events
    assert [e.event_date for e in got if e.location == "Jabalia"] == [day]


@pytest.mark.parametrize("text, want", [
    # a toll told for a place first keeps it, whatever part "most of them" names
    ("Israeli strikes on Rafah killed 40 people on Monday, most of them in Tel al-Sultan.",
     ("Rafah", 40)),
    ("Eight people were killed in Jabalia on Monday, most of them in the camp.",
     ("Jabalia", 8)),
    # who the dead were, not where
    ("An air strike killed 12 people, most of them children, in Jabalia.", ("Jabalia", 12)),
])
def test_a_toll_with_its_own_place_is_not_the_strips(text, want):
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events]
    assert want in got and not any(p == "Gaza Strip" for p, _ in got)


def test_a_hospital_struck_is_still_the_place_of_the_strike():
    # the hospital hit, then counting what it received, is the attack's own place
    got = [e.location for e in parse(
        "Israeli tanks shelled Nasser Medical Complex on Monday, killing three people.",
        published="2024-10-27").events]
    assert got == ["Nasser Medical Complex"]


# -- a tally over a month --------------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("In July, an airstrike on a school in Nuseirat killed 15 people.", "Nuseirat"),
    ("In October 2024, an airstrike on a house in Jabalia killed 12 people.", "Jabalia"),
    ("During October, 2,000 people fled Jabalia on the 5th.", "Jabalia"),
    ("In October, troops arrested 1,500 men in Jabalia on Monday.", "Jabalia"),
])
def test_one_event_told_by_its_month_or_a_day_of_it_stays(text, place):
    assert place in [e.location for e in parse(text, published="2024-10-27").events]


# -- a tally since a truce began ---------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("An Israeli strike on a house in Khan Younis killed five people, the deadliest since "
     "the truce took effect.", "Khan Younis"),
    ("Israeli forces shelled Beit Lahia, where 40 people have been killed since the ceasefire "
     "began.", "Beit Lahia"),
    ("At least 13 people have been killed in Israeli strikes since the ceasefire was due to "
     "start, including in Gaza City and Khan Younis.", "Khan Younis"),
    ("Civil defence teams said they had recovered 122 bodies since the ceasefire started, "
     "mostly in Rafah, where residents returned to find blocks levelled.", "Rafah"),
    ("Since the truce began, troops have demolished homes in Rafah, and on Monday shot dead "
     "three men in Khan Younis.", "Khan Younis"),
])
def test_news_told_beside_a_truce_since_stays(text, place):
    assert place in [e.location for e in parse(text, published="2024-10-27").events]


# -- areas placed under orders -----------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("The army placed areas of eastern Khan Younis under evacuation orders.",
     "Khan Younis Governorate"),
    ("On 9 May, the military placed eastern areas of Rafah under evacuation orders.",
     "Rafah Governorate"),
    ("Residents of areas placed under evacuation orders on Monday fled toward al-Mawasi.",
     "al-Mawasi"),
])
def test_orders_placed_by_someone_or_on_a_day_stay(text, place):
    got = [(e.sub_event_type, e.location) for e in parse(text, published="2024-10-27").events]
    assert ("Evacuation order", place) in got


# -- a truce told with one of its parties ---------------------------------------------
@pytest.mark.parametrize("text,sides", [
    # another group's truce keeps its own party
    ("Islamic Jihad agreed to a ceasefire on Sunday.", ("Islamic Jihad", None)),
    # a truce of others in the Strip names no side of the war
    ("A ceasefire between rival clans took hold in Khan Younis on Sunday.", (None, None)),
    # Hamas's truce with its rivals in the Strip, whose names are no actors of the war
    ("Hamas and Fatah agreed to a ceasefire in Gaza on Sunday.", ("Hamas", None)),
    ("Hamas agreed to a truce with the Popular Forces in Rafah on Sunday.", ("Hamas", None)),
    ("Hamas said a truce with the Abu Shabab gang took effect in Rafah on Sunday.",
     ("Hamas", None)),
])
def test_a_truce_of_others_is_not_given_to_israel_and_hamas(text, sides):
    got = [(a1, a2) for sub, _, _, a1, a2 in _coded(text) if sub == "Agreement"]
    assert got == [sides]


# -- the Israeli forces' own dead ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    # the troops who killed, the soldier among the dead of their fight
    "The army said its troops killed 20 militants in Rafah, and a soldier was killed in the "
    "fighting.",
    "In the deadliest day for the IDF, troops killed 30 militants in Khan Younis.",
    "IDF: troops killed 20 militants in Rafah; a soldier was killed",
    # a colon that names no teller
    "Israeli forces raid Jabalia: two soldiers killed",
    # the forces' own fire
    "Israeli forces: two soldiers killed by friendly fire in Rafah",
    # a headline's deed before its colon, not its teller
    "Israeli troops advance: three soldiers killed in Rafah",
])
def test_troops_who_fought_stay_the_side_that_acted(text):
    got = [(a1, a2) for sub, _, _, a1, a2 in _coded(text) if sub == "Armed clash"]
    assert got == [("Israeli military", "Palestinian militants")]


@pytest.mark.parametrize("text", [
    # the Israeli deed the soldiers fell in, not one of its own beside their deaths
    "Two soldiers were killed on Monday when an Israeli drone crashed on their position in "
    "Beit Hanoun.",
    "Two reservists were killed in Khan Younis on Monday after an Israeli airstrike hit the "
    "building they were in.",
    "Two soldiers were killed in Khan Younis on Monday during Israeli raids on the city's "
    "eastern neighbourhoods.",
])
def test_soldiers_killed_in_their_own_sides_deed_are_no_militants_attack(text):
    got = [(a1, a2) for *_, a1, a2 in _coded(text)]
    assert got and ("Palestinian militants", "Israeli military") not in got


# -- people the army holds ----------------------------------------------------------------
@pytest.mark.parametrize("text,sides", [
    # others who take men away
    ("Hamas police detained two looters at a checkpoint in Khan Younis and took them to "
     "unknown locations.", ("Hamas", None)),
    ("Gunmen detained two men in Khan Younis and took them to unknown locations.",
     ("Palestinian militants", None)),
    # fighters held are no civilians
    ("The army detained 20 gunmen and their commander in Rafah.",
     ("Israeli military", "Palestinian militants")),
])
def test_others_holders_and_fighters_held_are_left_as_told(text, sides):
    got = [(a1, a2) for sub, _, _, a1, a2 in _coded(text) if sub == "Arrests"]
    assert got == [sides]


# -- the people a strike hits ----------------------------------------------------------
@pytest.mark.parametrize("text,hit", [
    # members of a group, not of a family
    ("A strike killed three members of the Qassam Brigades in Rafah.",
     "Hamas armed wing (al-Qassam Brigades)"),
    ("An Israeli strike killed two Hamas members in Rafah.", "Hamas"),
    # a building named beside the target is not the one hit
    ("Israeli jets struck a Hamas tunnel near a multi-storey car park in Rafah.", "Hamas"),
])
def test_a_strike_on_fighters_keeps_them_as_the_ones_hit(text, hit):
    got = [a2 for sub, _, _, _, a2 in _coded(text) if sub == "Air/drone strike"]
    assert got == [hit]


@pytest.mark.parametrize("text,hit", [
    ("An Israeli strike in Rafah killed five members of Hamas, a family source said.", "Hamas"),
    ("An Israeli strike killed five members in Rafah, including the family of a commander.",
     None),
])
def test_members_told_of_no_family_are_not_its_civilians(text, hit):
    got = [a2 for sub, _, _, _, a2 in _coded(text) if sub == "Air/drone strike"]
    assert got == [hit]


@pytest.mark.parametrize("text", [
    # the dead taken from the house struck were fighters
    "The bodies of four fighters were recovered from a house struck last night in Nuseirat.",
    "Civil defence crews recovered the bodies of four Qassam fighters from a house struck on "
    "Monday in Nuseirat.",
])
def test_a_house_struck_that_held_fighters_names_no_civilians_hit(text):
    got = [a2 for sub, _, _, _, a2 in _coded(text) if sub == "Air/drone strike"]
    assert got and "Civilians (Palestine)" not in got


# -- demolitions and damage in a raid --------------------------------------------------
@pytest.mark.parametrize("text,actor1", [
    ("The municipality carried out demolitions of illegal buildings in Gaza City on Monday.",
     None),
    ("Gangs looted homes and carried out demolitions in Khan Younis on Monday.",
     "Unidentified armed group (Palestine)"),
    # others named at the raided place
    ("On 27 October, Israeli forces raided Kamal Adwan Hospital in Beit Lahia. Crowds later "
     "looted the pharmacy and set parts of it on fire.", "Rioters (Palestine)"),
    # damage told of another day than the raid
    ("On 27 October, Israeli forces raided Jabalia. On 20 October, parts of the market were "
     "set on fire.", None),
    # the army's own machines burned, or a fire others set, at the raided place
    ("On 27 October, Israeli forces raided Jabalia camp. On 27 October, two military jeeps "
     "were set on fire in Jabalia camp.", None),
    ("On 27 October, Israeli forces raided Khan Younis. On 27 October, protesters set fire "
     "to tyres in Khan Younis.", None),
])
def test_damage_by_others_or_on_another_day_is_not_the_raids(text, actor1):
    got = [a1 for sub, _, _, a1, _ in _coded(text, published="2024-10-28")
           if sub == "Looting/property destruction"]
    assert got == [actor1]


@pytest.mark.parametrize("text", [
    # demolitions to clear the ruins, by the Strip's own crews or the homes' people
    "Civil defence teams carried out demolitions of unsafe buildings in Gaza City on Monday.",
    "UNDP crews began the demolition of damaged buildings in Khan Younis on Monday to clear "
    "rubble.",
    "Residents carried out demolitions of their own damaged homes in Beit Lahia on Monday.",
])
def test_demolitions_to_clear_the_ruins_are_not_the_armys(text):
    got = [a1 for sub, _, _, a1, _ in _coded(text) if sub == "Looting/property destruction"]
    assert got and "Israeli military" not in got


# -- gunmen of a named group ---------------------------------------------------------------
def test_gunmen_fighting_a_named_group_are_not_of_it():
    got = [(a1, a2) for sub, _, _, a1, a2 in
           _coded("Gunmen clashed with fighters of Hamas in Khan Younis on Sunday.")
           if sub == "Armed clash"]
    assert got and all(a1 != "Hamas" for a1, _ in got)


@pytest.mark.parametrize("text", [
    # the group named as the gunmen's rival, or as the place they come from
    "Gunmen from Hamas's rival Fatah opened fire on a Hamas police patrol in Khan Younis on "
    "Sunday.",
    "Gunmen from the Hamas stronghold of Shejaia attacked Israeli troops on Sunday.",
    "Gunmen from Hamas-linked families clashed with police in Gaza City on Sunday.",
])
def test_gunmen_from_a_groups_rival_or_stronghold_are_not_of_it(text):
    got = [a1 for *_, a1, _ in _coded(text)]
    assert got and "Hamas" not in got


@pytest.mark.parametrize("text, want", [
    # a tank's gun at a car: shelling, not troops' fire
    ("Israeli tanks fired at a car in Khan Younis, killing three.",
     "Shelling/artillery/missile attack"),
    # missiles, not bullets
    ("The house in Rafah was struck by at least two missiles.",
     "Shelling/artillery/missile attack"),
    # people crowded around a house, not aid: no aid seekers
    ("Five people were killed in Rafah as they crowded around a house.", "Air/drone strike"),
])
def test_fire_at_a_car_or_a_crowd_not_at_aid_keeps_its_weapon(text, want):
    got = [e.sub_event_type for e in parse(text, published="2024-10-27").events]
    assert got == [want]


@pytest.mark.parametrize("text, want", [
    # the dead and the hurt told as one count: neither's own
    ("Israeli warplanes bombed a residential square in Beit Lahia on Saturday night, killing "
     "and injuring dozens of Palestinians.", (None, None)),
    ("An Israeli strike on a school in Nuseirat killed or wounded 65 people.", (None, None)),
    # (each with its own number stays)
    ("An Israeli strike on a house in Rafah killed two and injured 12.", (2, 12)),
    ("An Israeli strike on a house in Rafah killed four people and injured dozens.", (4, 12)),
])
def test_the_dead_and_the_hurt_told_together_are_no_count_of_the_hurt(text, want):
    got = [(e.fatalities, e.injuries) for e in parse(text, published="2024-10-27").events]
    assert got == [want]


@pytest.mark.parametrize("text, want", [
    # (no dead on arrival told: the intake stays the count of the hurt)
    ("Nasser hospital received 40 wounded after an Israeli strike in Khan Younis. Two died "
     "later.", 40),
    # (the dead told right after a sentence with no intake in it: nothing to take from)
    ("An Israeli strike hit a house in Rafah and 30 people were wounded. The hospital was full. "
     "Ten people were declared dead upon arrival.", 30),
])
def test_the_hurt_stay_whole_without_an_intake_and_its_dead_on_arrival(text, want):
    got = [e.injuries for e in parse(text, published="2024-10-27").events]
    assert want in got


@pytest.mark.parametrize("text", [
    # (a war's figure stays a tally, and the dead and hurt together no count)
    "The total count of the war is 40,000 killed, the ministry said of Gaza.",
    "In Rafah, the figure is 30 killed and wounded after an Israeli strike on Sunday.",
])
def test_a_figure_of_the_war_or_of_dead_and_hurt_together_is_no_toll(text):
    got = [e.fatalities for e in parse(text, published="2025-03-18").events]
    assert not any(got)


@pytest.mark.parametrize("text", [
    # (bodies from a place hit long before: the dead of before)
    "Crews recovered 30 bodies from a house in Rafah struck last month.",
    "Crews recovered 7 bodies from a school in Gaza City hit months ago.",
    # (a number of the dead of the war reached: a tally)
    "In Gaza, the number of martyrs has reached 39,000 since the war began.",
])
def test_bodies_of_before_and_the_wars_number_are_no_toll(text):
    got = [e.fatalities for e in parse(text, published="2024-10-29").events]
    assert not any(got)


@pytest.mark.parametrize("text", [
    # (a span after the assault, or a month where a place would be: a tally still)
    "Israeli forces have killed 50 people in a raid on Khan Younis over the past week.",
    "Israeli forces have killed 300 people in an attack on civilians in Gaza in October.",
    "Israeli forces have killed 300 people in an offensive on the Gaza Strip.",
])
def test_a_present_perfect_toll_of_a_span_stays_a_tally(text):
    got = [e.fatalities for e in parse(text, published="2024-06-08").events]
    assert not any(got)


@pytest.mark.parametrize("text", [
    # a bare "strikes" may be the guns': one attack, the shelling
    "Israeli strikes and shelling hit Rafah on Monday.",
    # a strike of its own told after them holds the place
    "Air strikes and shelling continued elsewhere, with medics reporting at least 11 killed in "
    "a strike on a house in Rafah.",
])
def test_strikes_and_shelling_together_make_no_second_attack_beyond_their_words(text):
    got = [e.sub_event_type for e in parse(text, published="2024-10-27").events
           if e.location == "Rafah"]
    assert len(got) == 1


def test_a_call_to_stop_strikes_and_shelling_is_no_attack():
    got = parse("Hamas called for an end to air strikes and shelling on Rafah.",
                published="2024-10-27").events
    assert [e.sub_event_type for e in got] == []


def test_strikes_told_again_with_guns_make_no_second_strike_at_the_place():
    # "the military says artillery and aircraft hit targets" after the strikes coded there
    got = [(e.sub_event_type, e.location) for e in parse(
        "Israeli jets struck targets in Beit Lahia on Monday. The military said artillery and "
        "aircraft hit a number of targets in Beit Lahia.", published="2024-10-27").events]
    assert got.count(("Air/drone strike", "Beit Lahia")) == 1


@pytest.mark.parametrize("text", [
    "Residents of Jabalia were urged not to leave their homes.",
    "The UN said people were told they could leave Rafah.",
    "Aid groups urged people in Rafah to move carefully.",
    "Asked about civilian deaths, he said residents of Jabalia had been told for days to move "
    "south.",
    "People in Deir al-Balah who were told to move south last year returned.",
])
def test_people_told_to_move_is_no_order_when_told_otherwise(text):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got if e.sub_event_type == "Evacuation order"] == []


# -- captives, running tolls, shares displaced, walkouts, campaigns named by length ----------
@pytest.mark.parametrize("text,published,want", [
    # the seizure told, or told in its own week
    ("Hamas militants seized 30 hostages in Kibbutz Nir Oz on Saturday, including the bodies "
     "of 3.", "2024-09-01", None),
    ("Israeli forces rescued four hostages kidnapped by Hamas on Oct. 7 from Nuseirat.",
     "2024-06-08", ("Hostage or prisoner release", "Nuseirat")),
    # news told beside the captives' count
    ("Four hostages remain in Gaza after an Israeli strike killed 20 people in Rafah on "
     "Saturday.", "2024-09-01", ("Air/drone strike", "Rafah")),
    # a day's deaths in the offensive
    ("Two soldiers were killed in the offensive in Jabalia, the army said.", "2024-09-01",
     ("Armed clash", "Jabalia")),
    ("Two soldiers have been killed in the ground offensive in Rafah on Monday.", "2024-09-01",
     ("Armed clash", "Rafah")),
    # one city's people displaced
    ("About 90% of Rafah's residents have been displaced, the UN said.", "2024-09-01",
     ("Displacement", "Rafah")),
    # an air strike on a commercial building
    ("An Israeli strike hit a commercial building in Gaza City on Monday.", "2024-09-01",
     ("Air/drone strike", "Gaza City")),
    # the raid's last day, or its start told
    ("Israeli troops ended a two-week raid on al-Shifa hospital on Monday.", "2024-04-02",
     ("Armed clash", "Al-Shifa Hospital")),
    ("Israeli troops began a two-week raid on al-Shifa hospital, the army said.", "2024-04-02",
     ("Armed clash", "Al-Shifa Hospital")),
])
def test_captives_tolls_shares_walkouts_and_raids_leave_events_told(text, published, want):
    got = [(e.sub_event_type, e.location) for e in parse(text, published=published).events]
    if want is None:
        assert all(sub != "Air/drone strike" for sub, _ in got), got
    else:
        assert want in got, got


# -- a headline's site and the body's town ---------------------------------------------
def test_a_headlines_site_with_a_rough_toll_is_the_bodys_attack_in_the_town():
    got = _coded("Israeli strike hits Gaza's Jabalia camp, kills dozens\nAn Israeli air strike "
                 "tore through a block of Jabalia on Tuesday, killing at least 50 people, "
                 "medics said.", "2024-10-23")
    assert [(loc, n) for _, loc, n, _, _ in got] == [("Jabalia Camp", 50)]


@pytest.mark.parametrize("text", [
    # a number of its own: another attack
    "Israeli strike kills 12 in Jabalia camp\nAn Israeli strike in Jabalia killed five people "
    "on Tuesday, medics said.",
    # a toll the body's count falls short of
    "Israeli strike hits Jabalia camp, kills dozens\nAn Israeli strike in Jabalia killed five "
    "people on Tuesday, medics said.",
])
def test_a_headlines_site_stays_beside_another_attack_in_the_town(text):
    got = _coded(text, "2024-10-23")
    assert sorted(loc for _, loc, _, _, _ in got) == ["Jabalia", "Jabalia Camp"]


# -- fire that killed armed men ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "In central Gaza, IDF troops eliminated approximately 18 terrorists over the past day "
    "using sniper fire.",
    "Israeli snipers shot dead three Hamas militants in Rafah on Monday.",
    "Troops killed five gunmen with sniper fire in Rafah on Monday.",
])
def test_fire_that_killed_fighters_is_a_fight(text):
    got = [sub for sub, *_ in _coded(text)]
    assert "Armed clash" in got and "Attack" not in got


@pytest.mark.parametrize("text", [
    "Israeli snipers shot dead three men in Rafah on Monday.",
    "A journalist was shot and killed by clan gunmen amid clashes with Hamas in Gaza City.",
])
def test_fire_that_killed_others_stays_an_attack(text):
    assert "Attack" in [sub for sub, *_ in _coded(text)]


# -- a device found, named twice -------------------------------------------------------------
@pytest.mark.parametrize("text, ied", [
    ("Troops located explosives, weapons and an explosive device (IED) planted at the "
     "entrance to a building in Khan Younis.", False),
    ("Troops found an explosive device (IED) in Rafah, which later exploded, wounding two "
     "soldiers.", True),
])
def test_a_device_found_by_both_its_names_went_off_only_if_told(text, ied):
    got = [sub for sub, *_ in _coded(text)]
    assert ("Remote explosive/landmine/IED" in got) == ied


# -- the town's hospital, told again ---------------------------------------------------------
@pytest.mark.parametrize("text, places", [
    ("The strike on the Khan Younis hospital drew condemnation. An Israeli strike hit Nasser "
     "Hospital in Khan Younis on Monday, killing 20.", ["Nasser Medical Complex"]),
    # another strike, or a hospital told without "the": one more attack
    ("An Israeli strike hit Nasser Hospital in Khan Younis on Monday, killing 20. Another "
     "strike hit the Khan Younis hospital on Tuesday.", ["Khan Younis", "Nasser Medical Complex"]),
    ("An Israeli strike hit Nasser Hospital in Khan Younis on Monday, killing 20. A strike hit "
     "a hospital in Khan Younis on Tuesday.", ["Khan Younis", "Nasser Medical Complex"]),
])
def test_the_towns_hospital_is_the_one_told_at_its_site(text, places):
    got = _coded(text, "2024-10-23")
    assert sorted(loc for _, loc, *_ in got) == places


# -- a release at a town and at the crossing in it ---------------------------------------------
@pytest.mark.parametrize("town, places", [
    ("Rafah", ["Rafah Crossing"]),
    # (a crossing in another town: the handover told apart from the release)
    ("Khan Younis", ["Khan Younis", "Rafah Crossing"]),
])
def test_a_release_at_a_town_is_the_one_at_the_crossing_in_it(town, places):
    got = _coded(f"Hamas released 24 hostages in {town} on Friday. The hostages were handed to "
                 "the Red Cross at the Rafah crossing.", "2024-10-26")
    assert sorted(loc for sub, loc, *_ in got if sub == "Hostage or prisoner release") == places


def test_a_running_totals_start_still_dates_what_has_no_day_of_its_own():
    # the operation a total counts from, told with no other day, keeps its start
    got = [e.event_date for e in parse(
        "The number of soldiers killed since the start of the ground operation in Gaza on "
        "Oct. 20 has risen to 271.", published="2024-10-30").events]
    assert got == ["2024-10-20"]
    # a since-phrase that is no total still dates what it names
    got = [e.event_date for e in parse(
        "Since the closure of the Rafah crossing on 7 October, no aid has entered.",
        published="2024-10-30").events]
    assert got == ["2024-10-07"]


# -- a dateline only at the head of a line, with the agency in brackets ---------------------
def test_a_town_opening_a_line_without_an_agency_is_no_dateline():
    got = [e.location for e in parse(
        "Strikes go on\n\nRafah was shelled again on Sunday, killing four people.",
        published="2025-06-01").events]
    assert got == ["Rafah"]


def test_aid_to_families_in_towns_is_delivered_there():
    got = [e.location for e in parse(
        "The WFP delivered flour to families in Khan Younis and Rafah.",
        published="2024-03-20").events]
    assert got == ["Khan Younis", "Rafah"]


@pytest.mark.parametrize("text, want", [
    # a "when" clause that names no place: the place told before it
    ("Strikes hit Jabalia on Monday, when 12 people were killed.", [("Jabalia", 12)]),
    # the clause before keeps its own event's place
    ("Tanks shelled Rafah on Sunday, when five people were killed in Khan Younis.",
     [("Rafah", None), ("Khan Younis", 5)]),
])
def test_a_when_clause_naming_no_place_keeps_the_place_before(text, want):
    assert [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events] \
        == want


# a pause is Israel's and Hamas's only where Hamas is told as its party, and a truce of
# others keeps its own parties
@pytest.mark.parametrize("text", [
    "The IDF announced a humanitarian pause in Rafah on Sunday, and aid reached civilians.",
    "A ceasefire between rival clans took hold in Khan Younis, residents said.",
])
def test_a_pause_or_a_truce_of_others_is_not_israel_and_hamas(text):
    doc = parse(text, published="2025-01-19")
    assert ("Government of Israel", "Hamas") not in \
        [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == "Agreement"]


# what a strike destroyed is the people's only where it is their home
@pytest.mark.parametrize("text", [
    "An Israeli airstrike destroyed a Hamas weapons depot in Rafah on Monday.",
    "The building where militants were hiding was destroyed by an Israeli strike in Rafah on "
    "Monday.",
])
def test_a_strike_that_destroyed_no_home_hits_no_civilians(text):
    doc = parse(text, published="2024-10-27")
    assert "Civilians (Palestine)" not in {e.actor2 for e in doc.events}


# the army telling of an officer killed by a device is the other side's bomb only where the
# device was not the troops' own
def test_an_officer_killed_by_the_troops_own_device_is_not_the_armed_groups():
    doc = parse("The army said Maj. Yoav Cohen was killed in Rafah when an explosive device "
                "planted by the troops went off prematurely.", published="2024-10-27")
    assert "Palestinian militants" not in {e.actor1 for e in doc.events}


# people shot near the troops by others named, or by shooters of the Strip, keep their shooter
@pytest.mark.parametrize("text", [
    "Unknown assailants shot dead a man who approached troops in Rafah on Monday.",
    "Gunmen shot dead a man in Khan Younis on Monday after he approached their checkpoint.",
])
def test_people_shot_near_the_troops_by_others_are_not_the_armys(text):
    doc = parse(text, published="2024-10-27")
    assert "Israeli military" not in {e.actor1 for e in doc.events}


# fire at the crowd by others named, or at the tanks, or of another time, names no Israeli
# shooter of the day's dead
@pytest.mark.parametrize("text", [
    "Witnesses said unknown gunmen near the tanks opened fire on the crowds.",
    "Residents said quadcopters repeatedly fired at crowds in recent weeks.",
    "Fighters fired at tanks and at crowds nearby.",
])
def test_fire_at_the_crowd_by_others_names_no_israeli_shooter(text):
    doc = parse("At least 20 people were killed as crowds gathered around aid trucks near the "
                "Nabulsi roundabout on Monday. " + text, published="2024-10-27")
    assert [e.actor1 for e in doc.events if e.sub_event_type == "Attack"] != \
        ["Israeli military"]


# captives killed by Israeli fire, and a bare count told back to others, are not killed by
# their captors
@pytest.mark.parametrize("text", [
    "Hamas said three hostages were killed in an Israeli airstrike in Rafah on Saturday.",
    "Gunmen killed six men in Rafah on Saturday. Police said the six were shot at close range.",
    "Troops killed the gunmen holding hostages in Rafah on Saturday, and a woman was shot dead.",
])
def test_captives_killed_by_israeli_fire_or_others_dead_are_not_the_captors_deed(text):
    doc = parse(text, published="2024-10-27")
    assert ("Hamas", "Civilians (Israel)") not in {(e.actor1, e.actor2) for e in doc.events}


@pytest.mark.parametrize("text", [
    "He described a close-range encounter with a stray dog in Rafah.",
    "The soldiers were trained in close-quarters engagements at a base in Israel.",
])
def test_an_encounter_with_no_armed_foe_is_no_clash(text):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got if e.sub_event_type == "Armed clash"] == []


@pytest.mark.parametrize("text", [
    "The Rafah crossing has remained closed since May 2024.",
    "The Kerem Shalom crossing has remained closed since 2 March.",
    "The crossings remained closed.",
])
def test_a_crossing_long_shut_is_no_closure_of_the_day(text):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got if e.sub_event_type == "Crossing opened or closed"] \
        == []


@pytest.mark.parametrize("text", [
    "Some 150 trucks were waiting to be transferred through the Kerem Shalom crossing.",
    "Trucks were not transferred through Kerem Shalom on Sunday.",
    "Trucks carrying weapons were transferred through the tunnel in Rafah.",
])
def test_trucks_not_let_through_or_carrying_arms_are_no_aid(text):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got if e.sub_event_type == "Aid delivery"] == []


def test_bodies_of_palestinians_handed_over_by_israel_are_no_release():
    got = parse("Israel handed over, through the Red Cross, the bodies of 15 Palestinians.",
                published="2025-11-11").events
    assert [e.sub_event_type for e in got if e.sub_event_type == "Hostage or prisoner release"] \
        == []


@pytest.mark.parametrize("text", [
    "The UN warned that hostilities in and around Rafah could intensify.",
    "Hostilities in the north of Gaza have not continued since the truce.",
])
def test_hostilities_feared_or_denied_are_no_clash(text):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got if e.sub_event_type == "Armed clash"] == []


# -- thousands over a month told in an aside of the day's news ---------------------------
@pytest.mark.parametrize("text,want", [
    ("Israeli strikes killed 15 people in Deir al-Balah, where more than 250,000 people were "
     "ordered to leave during August.", ("Air/drone strike", "Deir al-Balah")),
    ("Israeli tanks advanced into eastern Deir al-Balah, an area that sheltered thousands of "
     "displaced people in July.", ("Armed clash", "Deir al-Balah")),
    ("An Israeli airstrike hit a school in Gaza City sheltering 3,000 displaced people, the "
     "third such strike in August.", ("Air/drone strike", "Gaza City")),
    ("Israeli troops arrested 1,500 men in Jabalia, the largest sweep since the siege began in "
     "October.", ("Arrests", "Jabalia")),
    ("Israeli troops stormed Kamal Adwan Hospital in Beit Lahia, where thousands had sheltered "
     "in October.", ("Armed clash", "Kamal Adwan Hospital")),
    ("The army ordered 100,000 residents of eastern Khan Younis to leave, its largest order in "
     "July.", ("Evacuation order", "Khan Younis")),
])
def test_a_month_counted_in_an_aside_leaves_the_news_told(text, want):
    assert want in [(e.sub_event_type, e.location)
                    for e in parse(text, published="2024-10-27").events]


# -- the day's deed told as one of those since a truce ---------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Israeli forces have killed three Palestinians in Khan Younis, the health ministry said, "
     "in the latest violation since the ceasefire took effect.", "Khan Younis"),
    ("Israeli forces have killed two Palestinians in Beit Lahia, the ministry said, in the "
     "second such incident since the truce.", "Beit Lahia"),
    ("Hamas has handed over the bodies of two more hostages through the Red Cross in Khan "
     "Younis, bringing the number returned since the ceasefire began to 15.", "Khan Younis"),
])
def test_a_deed_told_beside_a_truce_since_stays(text, want):
    assert want in [e.location for e in parse(text, published="2025-10-29").events]


# -- captives counted beside news, running tolls of a place, shares of a city --------------
@pytest.mark.parametrize("text,published,want", [
    ("Some 130 hostages remain in Gaza as Israeli strikes pounded Rafah overnight, killing 12 "
     "people.", "2024-09-01", ("Air/drone strike", "Rafah")),
    ("Hostages remain in Gaza as Israeli tanks push into Rafah.", "2024-09-01",
     ("Armed clash", "Rafah")),
    ("Five hostages are still held in Khan Younis, where Israeli troops fought Hamas gunmen on "
     "Monday.", "2024-09-01", ("Armed clash", "Khan Younis")),
    ("The remaining hostages are believed held in Rafah, where Israeli tanks advanced on "
     "Tuesday.", "2024-09-01", ("Armed clash", "Rafah")),
    ("Two Israeli soldiers have been killed in the fighting in Jabalia, the military said.",
     "2024-09-01", ("Armed clash", "Jabalia")),
    ("Two soldiers have been killed in the offensive in Jabalia, the army said.", "2024-09-01",
     ("Armed clash", "Jabalia")),
    ("A reservist has been killed in the fighting in Khan Younis, the army said.", "2024-09-01",
     ("Armed clash", "Khan Younis")),
    ("Israel's assault on Rafah continued on Monday. Nearly all of its residents have been "
     "displaced, the UN said.", "2024-05-20", ("Displacement", "Rafah")),
    ("Most of the residents have been displaced from eastern Rafah since Israeli tanks moved in "
     "on Monday.", "2024-05-20", ("Displacement", "Rafah")),
])
def test_counts_of_captives_tolls_and_shares_leave_the_news_beside_them(text, published, want):
    assert want in [(e.sub_event_type, e.location)
                    for e in parse(text, published=published).events]


# -- areas placed under orders just now ------------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("Tens of thousands of people fled areas placed under evacuation orders in the past 48 hours "
     "in Jabalia.", "Jabalia"),
    ("Residents fled eastern districts of Khan Younis newly placed under evacuation orders.",
     "Khan Younis"),
])
def test_areas_placed_under_orders_just_now_keep_the_order(text, place):
    got = [(e.sub_event_type, e.location) for e in parse(text, published="2024-10-27").events]
    assert ("Evacuation order", place) in got


# -- fire at a car carrying armed men or arms ----------------------------------------------
@pytest.mark.parametrize("text", [
    "Israeli forces fired at a car carrying a senior Hamas commander in Khan Younis, killing him.",
    "Israeli forces fired at a vehicle loaded with weapons in Rafah, the army said.",
])
def test_fire_at_a_car_of_armed_men_is_no_attack_on_civilians(text):
    assert [e.sub_event_type for e in parse(text, published="2024-09-01").events
            if e.sub_event_type == "Attack"] == []


# -- people told to move who were given no order ---------------------------------------------
@pytest.mark.parametrize("text,published", [
    ("Hamas urged displaced Palestinians to head north on Monday morning after Israel opened "
     "the Netzarim corridor.", "2025-01-27"),
    ("Aid groups urged residents of Rafah to move west if the fighting reached them.",
     "2024-10-27"),
    ("Many people in Rafah were told months ago to move south, and now face another order.",
     "2024-10-27"),
    ("Residents of Rafah were told months ago to evacuate, and now face another order.",
     "2024-10-27"),
    ("Displaced families in Deir al-Balah were asked by the municipality to leave the streets.",
     "2024-10-27"),
    ("Residents of Rafah were asked by the Red Crescent to evacuate the hospital grounds.",
     "2024-10-27"),
])
def test_a_way_home_advice_an_old_order_or_others_word_is_no_order(text, published):
    got = parse(text, published=published).events
    assert [e.sub_event_type for e in got if e.sub_event_type == "Evacuation order"] == []


# -- a car struck by a count of bullets --------------------------------------------------
def test_a_car_struck_by_a_dozen_bullets_is_no_air_strike():
    got = [e.sub_event_type for e in parse(
        "A car in Khan Younis was struck by more than a dozen bullets, killing the driver.",
        published="2024-09-01").events]
    assert got and "Air/drone strike" not in got


@pytest.mark.parametrize("text", [
    # (a span or a distance after "killed" counts no dead)
    "The forensic institute says the six were shot in Rafah, and were killed 48 to 72 hours "
    "before the autopsies.",
    "An Israeli strike hit Jabalia. The man was killed 300 metres from his home.",
    # (the bodies of the hostages still held, and captives handed back with their dead)
    "Some 97 hostages seized on October 7 remain in Gaza, including the bodies of at least 33.",
    "Hamas still holds 59 hostages in Gaza, among them the bodies of 35.",
    "During the truce, 33 Israeli hostages - eight of them dead - were exchanged in Rafah for "
    "1,800 Palestinian prisoners.",
    # (a toll since a start of the war that names its hour stays a tally)
    "The ministry says 40,000 people have been killed in Gaza since the war began in the early "
    "hours of 7 October.",
])
def test_spans_held_captives_and_a_wars_start_give_no_toll(text):
    got = [e.fatalities for e in parse(text, published="2024-10-27").events]
    assert not any(got)


@pytest.mark.parametrize("text, want", [
    # (counts beside a span stay: the dead, not the hours; an age is one person)
    ("Shelling in Jabalia killed seven, 48 hours after the truce ended.", 7),
    ("An air strike in Rafah killed a 12-year-old boy.", 1),
    ("A drone strike in Rafah killed 3 people 300 metres from the border.", 3),
    # (a clause beside the hostages held: the strike's own dead)
    ("Israeli hostages remain in Gaza while an air strike on Rafah left the bodies of 12 people "
     "in the street.", 12),
    ("Five hostages were killed in Rafah, and three others were released.", 5),
])
def test_counts_beside_spans_and_hostages_stay(text, want):
    got = [e.fatalities for e in parse(text, published="2024-10-27").events]
    assert want in got


@pytest.mark.parametrize("text, want", [
    # (a part with its own number, or a place outside the town: the split stays)
    ("At least 40 people were killed in strikes on Gaza City, including 12 in Shejaia.",
     [("Shejaia", 12), ("Gaza City", 28)]),
    ("Medics said 30 people were killed across the Gaza Strip, including 12 in Jabalia.",
     [("Jabalia", 12), ("Gaza Strip", 18)]),
    # (a strike on one place: its own toll)
    ("An Israeli strike on a house in Shejaia killed 12 people, including in the Gaza City "
     "area.", [("Shejaia", 12)]),
    # (the Strip's toll told in its own sentence, and a strike after: each its own where no
    # one gives the toll; a source's toll for the Strip's day holds the strike, which keeps
    # its own count while the Strip keeps the rest)
    ("Israeli strikes killed 30 people across the Gaza Strip on Monday. A strike in Jabalia "
     "killed 5.", [("Gaza Strip", 30), ("Jabalia", 5)]),
    ("Medics said 30 people were killed across the Gaza Strip on Monday. A strike in Jabalia "
     "killed 5.", [("Gaza Strip", 25), ("Jabalia", 5)]),
])
def test_including_parts_with_a_number_or_apart_keep_their_counts(text, want):
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events]
    assert all(w in got for w in want)


@pytest.mark.parametrize("text", [
    # (a place struck long before, bodies from graves, bodies after a withdrawal, and bodies
    # "so far" with no strike told: the dead of before)
    "An Israeli air strike destroyed a building in Shejaia in December. Crews recovered the "
    "bodies of 23 people.",
    "An Israeli air strike destroyed a building in Shejaia this afternoon. Crews recovered the "
    "bodies of 23 people from mass graves in Khan Younis.",
    "Israeli forces withdrew from Shejaia this morning. So far, crews have recovered the bodies "
    "of 23 people.",
    "So far, crews have recovered the bodies of 230 people from the rubble in Gaza City.",
    # (a tally "so far" after a strike stays a tally)
    "An Israeli strike hit a house in Rafah this morning. So far, 300 people have been killed "
    "in Rafah since the offensive began.",
])
def test_bodies_of_before_and_tallies_so_far_give_no_toll(text):
    got = [e.fatalities for e in parse(text, published="2025-04-09").events]
    assert not any(got)


@pytest.mark.parametrize("text", [
    # (deaths of hunger, with the news told beside them: still no violent event)
    "Five children died in Gaza City of malnutrition, as the ministry reported on Sunday.",
    "At least 12 people died in Khan Younis from hunger and cold, as the ministry said aid was "
    "blocked.",
])
def test_deaths_of_hunger_told_with_news_stay_nonviolent(text):
    got = [e.fatalities for e in parse(text, published="2025-07-21").events]
    assert not any(got)


# -- strikes and shelling named together: the weapons that attacked ---------------------------
def test_a_drone_shot_down_beside_shells_fired_is_no_air_strike():
    got = [sub for sub, *_ in _coded(
        "Hamas said its fighters shot down an Israeli drone and fired anti-tank shells at tanks "
        "in Beit Hanoun on Monday.", "2024-10-23")]
    assert "Air/drone strike" not in got, got


@pytest.mark.parametrize("text", [
    # weapons told as what others hit, sent, heard or saw
    "Israeli air strikes hit Gaza City on Monday, as Hamas fighters ambushed tanks and drones in "
    "Shejaia.",
    "Israeli air strikes pounded Rafah on Monday as the army deployed tanks and drones along the "
    "border.",
    "Residents said they could hear warplanes and artillery as Israeli strikes hit Beit Lahia on "
    "Monday.",
    "Israeli air strikes hit Rafah on Monday, residents said, describing the sound of drones and "
    "tanks overnight.",
    # a war's weapons over a span
    "Israel has pounded Khan Younis with air strikes and artillery shelling for months.",
    "Israel's campaign of air strikes and shelling has destroyed much of Khan Younis.",
])
def test_weapons_named_together_but_not_attacking_make_no_shelling(text):
    got = [sub for sub, *_ in _coded(text, "2024-10-23")]
    assert "Shelling/artillery/missile attack" not in got, got


# -- fire that killed armed men out of the fight -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Israeli troops shot dead two Hamas militants who were trying to surrender in Rafah on Monday.",
    "Israeli troops shot dead two Hamas militants who had been taken prisoner in Rafah on Monday.",
])
def test_fighters_killed_out_of_the_fight_are_no_clash(text):
    got = [sub for sub, *_ in _coded(text, "2024-06-24")]
    assert "Armed clash" not in got and "Attack" in got, got


# -- the town's hospital or camp told beside the town's own attack ---------------------------------
@pytest.mark.parametrize("text, want", [
    # the wounded taken there, doctors there, a house near it, a place east of it
    ("An Israeli strike hit Nasser Hospital in Khan Younis on Monday, killing 20. Israeli tanks "
     "also shelled eastern Khan Younis on Monday, and the wounded were taken to the Khan Younis "
     "hospital.", "Khan Younis"),
    ("An Israeli strike hit Nasser Hospital in Khan Younis on Monday, killing 20. On Wednesday, "
     "Israeli air strikes hit Khan Younis, doctors at the Khan Younis hospital said.",
     "Khan Younis"),
    ("An Israeli strike hit Nasser Hospital in Khan Younis on Monday, killing 20. Israeli strikes "
     "on Wednesday hit a house near the Khan Younis hospital.", "Khan Younis"),
    ("An Israeli air strike hit a tent in the Jabalia camp on Monday, killing 5. On Tuesday, "
     "Israeli strikes hit homes in Jabalia town, east of the Jabalia camp.", "Jabalia"),
])
def test_the_towns_hospital_told_beside_its_own_attack_keeps_the_towns(text, want):
    got = [loc for _, loc, *_ in _coded(text, "2024-10-23")]
    assert want in got, got


# -- a headline's site and the body's toll over the town -------------------------------------------
@pytest.mark.parametrize("text", [
    "Israeli strike hits Shati camp, kills scores\nIsraeli air strikes across Gaza City killed at "
    "least 80 people on Tuesday, the health ministry said.",
    "Israeli strike hits Gaza's Shati camp, kills dozens\nIsraeli strikes killed 60 people in Gaza "
    "City over the past 24 hours, the health ministry said.",
])
def test_a_headlines_site_takes_no_toll_of_the_towns_day(text):
    got = [(loc, n) for _, loc, n, *_ in _coded(text, "2024-10-23")]
    assert ("Beach Camp", 80) not in got and ("Beach Camp", 60) not in got, got
    assert any(loc == "Gaza City" for loc, _ in got), got


# -- a release in a town beside other captives freed at a site in it ----------------------------
def test_prisoners_freed_at_the_crossing_leave_the_hostages_release_in_the_town():
    got = [loc for sub, loc, *_ in _coded(
        "Hamas released 24 hostages in Rafah on Friday, and Israel freed 39 Palestinian prisoners "
        "who crossed through the Rafah crossing.", "2024-10-26")
        if sub == "Hostage or prisoner release"]
    assert "Rafah" in got, got


# -- a day that opens its sentence with an abbreviated month ----------------------------------
@pytest.mark.parametrize("text, day", [
    ("Since 23 Aug. Israeli forces have demolished 50 homes in Khan Younis, OCHA said.",
     "2025-08-23"),
    ("Israeli airstrikes killed 12 people in Jabalia on Friday. As of 23 Aug. Israeli forces "
     "had demolished 50 homes in Khan Younis.", "2025-08-23"),
])
def test_a_day_opening_its_sentence_does_not_close_it(text, day):
    got = parse(text, published="2025-08-30").events
    assert [e.event_date for e in got if e.location == "Khan Younis"] == [day]


# -- "In these hours" told in the present ------------------------------------------------------
def test_these_hours_told_in_the_present_are_the_reports():
    got = parse("Israel announced on Friday that it would expand its ground operation. In these "
                "hours, Israeli tanks are advancing on eastern Rafah and shelling homes.",
                published="2024-05-12").events
    assert {e.event_date for e in got if e.location == "Rafah"} == {"2024-05-12"}


# -- a "while" clause beside what is only meant to go on -----------------------------------
def test_a_while_clause_beside_what_would_continue_keeps_the_day_told_before():
    text = ("Israeli jets struck a house in Nuseirat on Saturday, killing four.\n\nThe army said "
            "it would continue its operations in Rafah, while troops demolished homes in Tel "
            "al-Sultan.")
    got = parse(text, published="2024-05-14").events
    assert [e.event_date for e in got if e.location == "Tel al-Sultan"] == ["2024-05-11"]


# -- "The strike came hours after" past a later attack told in other words ----------------------
@pytest.mark.parametrize("later", [
    "an Israeli drone targeted a car in Rafah.",
    "Israeli warplanes pounded a residential block in Rafah, wounding six.",
])
def test_a_later_attack_in_other_words_is_the_one_that_came_after(later):
    text = (f"An Israeli airstrike on Saturday killed 10 in Nuseirat. On Monday, {later} The "
            "strike came hours after Hamas fired rockets from Rafah.")
    got = parse(text, published="2024-05-28").events
    assert [e.event_date for e in got if e.actor1 == "Hamas"] == ["2024-05-27"]


# -- "most of them in" with no place, or the place told before ---------------------------------
@pytest.mark.parametrize("text, want", [
    ("Israeli jets struck a house in the Nuseirat camp on Tuesday night. The strike killed 12 "
     "people, most of them in their sleep, medics said.", ("Nuseirat Camp", 12)),
    ("Israeli jets struck a house in the Nuseirat camp on Tuesday night. The strike killed 12 "
     "people, most of them at the entrance to the building, medics said.", ("Nuseirat Camp", 12)),
])
def test_most_of_them_told_of_no_place_is_no_toll_of_the_strip(text, want):
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-06-12").events]
    assert got == [want]


@pytest.mark.parametrize("text", [
    "An Israeli airstrike on a school sheltering displaced families killed 25 people on "
    "Tuesday, most of them in the school's courtyard.",
    "Israeli strikes pounded Gaza City overnight. At least 30 people were killed, most of them "
    "in Shujaiya, medics said.",
])
def test_a_toll_mostly_at_the_place_told_before_or_at_none_is_not_the_strips(text):
    got = [e.location for e in parse(text, published="2024-06-12").events]
    assert "Gaza Strip" not in got


# -- a hospital that received the dead of one place ----------------------------------------
@pytest.mark.parametrize("text, place", [
    ("Al-Aqsa Martyrs Hospital received the bodies of five people from the Maghazi camp after "
     "an Israeli strike on their home.", "Maghazi Camp"),
    ("Nasser Medical Complex received the bodies of seven members of the Abu Taha family from "
     "Bani Suheila, killed when an Israeli airstrike hit their home.", "Bani Suheila"),
])
def test_where_all_the_dead_came_from_is_the_attacks_place(text, place):
    got = [e.location for e in parse(text, published="2024-06-12").events]
    assert got == [place]


@pytest.mark.parametrize("text, count", [
    # (a figure of a span or of a class of the dead: a tally, no one event's toll)
    ("Israeli strikes hit Khan Younis on Tuesday. The toll for the week was 200 killed, the "
     "ministry said.", 200),
    ("Israeli strikes hit Rafah on Tuesday. According to the ministry, the toll of the "
     "ceasefire period is 150 killed.", 150),
    ("Israeli strikes hit Rafah on Tuesday. The count of aid workers is 280 killed, the UN "
     "said.", 280),
    ("Israeli strikes hit Rafah on Tuesday. The figure for the month is 900 killed.", 900),
])
def test_a_figure_of_a_span_or_a_class_is_no_toll(text, count):
    got = [e.fatalities for e in parse(text, published="2025-03-18").events]
    assert count not in got


@pytest.mark.parametrize("text, count", [
    # (the number of the dead reached over a span: a running tally)
    ("Israeli jets bombed a school in Gaza City at dawn. The number of people killed has "
     "exceeded 200 in the past week, the ministry said.", 200),
    ("Israeli jets bombed a school in Gaza City at dawn. The number of martyrs has reached 300 "
     "this month.", 300),
    ("Israeli jets bombed a school in Gaza City at dawn. The number of martyrs has exceeded 700 "
     "in Jabalia over 23 days.", 700),
    ("In northern Gaza, where the army has besieged Jabalia for three weeks, the number of "
     "martyrs has exceeded 770.", 770),
])
def test_a_number_of_the_dead_reached_over_a_span_is_a_tally(text, count):
    got = [e.fatalities for e in parse(text, published="2024-10-29").events]
    assert count not in got


def test_a_night_and_the_morning_after_it_are_no_tally():
    # "Between the night of 17 March and midday on 18 March": one wave of strikes
    got = [e.fatalities for e in parse(
        "Between the night of 17 March and midday on 18 March, Israeli strikes killed 413 "
        "people across Gaza.", published="2025-03-20").events]
    assert 413 in got


@pytest.mark.parametrize("text, hurt", [
    # (an intake told as the hurt: its own sentence counts them, no second count less the
    # dead; an intake over a week: no one incident's hurt)
    ("The Kuwaiti hospital received 60 wounded people after Israeli forces fired at crowds "
     "in Rafah. Twelve people were declared dead upon arrival, the hospital said.", 48),
    ("Israeli forces fired near an aid site in Rafah on Sunday. The ICRC field hospital "
     "received 179 patients over the past week. Twenty-one were declared dead on arrival.",
     158),
    ("The hospital received 60 patients with malnutrition over the week. Two people were "
     "pronounced dead on arrival after an Israeli strike in Rafah.", 58),
])
def test_the_dead_on_arrival_take_nothing_from_the_hurt_counted_or_a_spans_intake(text, hurt):
    got = [e.injuries for e in parse(text, published="2024-10-27").events]
    assert hurt not in got


@pytest.mark.parametrize("text, count", [
    # (bodies from a place other than the one told hit that night, or from a strike of a
    # day long before)
    ("Civil defence crews recovered 20 bodies from the rubble of homes in Rafah, and a tent "
     "was hit overnight in Mawasi, the agency said.", 20),
    ("Civil defence crews last night recovered the bodies of 14 people from under the rubble "
     "of a house in Gaza City that was targeted at dawn on 12 October.", 14),
])
def test_bodies_from_another_place_or_a_strike_long_before_are_no_toll(text, count):
    got = [e.fatalities for e in parse(text, published="2024-10-29").events]
    assert count not in got


@pytest.mark.parametrize("text", [
    # (aid seekers counted apart from the rest of the day's toll: the hurt go with one)
    "Israeli fire killed 12 people across the Gaza Strip on Thursday, including five at an "
    "aid distribution point in Rafah, where 40 others were wounded.",
    "Israeli strikes killed 12 people in the Gaza Strip on Thursday and wounded 40, including "
    "five killed near an aid site in Rafah.",
])
def test_the_hurt_of_a_toll_with_its_aid_seekers_apart_are_counted_once(text):
    got = [e.injuries for e in parse(text, published="2025-06-20").events]
    assert sum(i or 0 for i in got) == 40


@pytest.mark.parametrize("text, count", [
    # (a part's assault, not the whole count's)
    ("Israeli strikes have killed 400 Palestinians in Gaza, among them 30 in an attack on the "
     "Nuseirat camp, the ministry said.", 400),
    ("Israeli forces have killed 500 Palestinians in the Gaza Strip, 30 of them in an attack "
     "on a school in Nuseirat.", 500),
    # (an operation told by its length, as ongoing, or by its start: its running toll)
    ("Israeli forces say they have killed about 200 militants in a two-week raid on Al-Shifa "
     "Hospital.", 200),
    ("Israeli forces have killed at least 300 people in a months-long assault on Rafah, the "
     "ministry said.", 300),
    ("The Israeli army said it has killed 150 fighters in an ongoing raid on Shifa hospital.",
     150),
    ("Israeli forces have killed hundreds in a prolonged siege and raid on Kamal Adwan "
     "Hospital and its surroundings.", 100),
    ("Israeli forces have killed dozens of people in an assault on Jabalia that began on 5 "
     "October.", 12),
    ("Israeli troops have killed at least 30 fighters in a raid on the Shejaiya neighbourhood, "
     "the army said, as fighting there entered its second week.", 30),
])
def test_a_present_perfect_toll_of_a_part_or_a_running_operation_stays_a_tally(text, count):
    got = [e.fatalities for e in parse(text, published="2024-06-08").events]
    assert count not in got


# -- a night by its two dates, a running total's start, a "when" clause -------------------------
# a night told as "the night of" two dates joined by a dash runs into the second, as one
# joined by "to" does (one night, dated by the morning it runs into)
@pytest.mark.parametrize("text", [
    "On the night of 16–17 May, the IDF began a ground advance towards Deir al-Balah.",
    "On the night of 16-17 May, air strikes on Jabalia camp killed 12 people.",
])
def test_the_night_of_two_dates_with_a_dash_runs_into_the_second(text):
    assert [e.event_date for e in parse(text, published="2024-05-20").events] == ["2024-05-17"]


# what a total counts from keeps its own day where the other day is the telling's or the
# total's
@pytest.mark.parametrize("text", [
    "On Sunday, the ministry said the toll since the Israeli raid on Nuseirat on 8 May had "
    "risen to 40.",
    "The death toll since Israeli troops stormed Rafah on 8 May reached 300 on Sunday.",
    "Casualties since the Israeli ground incursion into Jabalia on 8 May number more than 100, "
    "medics said on Sunday.",
])
def test_a_totals_start_told_on_another_day_keeps_its_own_day(text):
    assert [e.event_date for e in parse(text, published="2024-05-20").events] == ["2024-05-08"]


def test_a_day_of_the_counted_told_before_its_source_still_dates_it():
    got = [e.event_date for e in parse(
        "Two soldiers were killed in Rafah on Saturday, the army said, bringing the number of "
        "soldiers killed since the start of the ground offensive on 7 May to 20.",
        published="2024-05-20").events]
    assert got == ["2024-05-18"]


# a "when" clause that tells how the harm the clause before places came keeps that place
@pytest.mark.parametrize("text,place", [
    ("Three Palestinians were killed in Khan Younis on Saturday, when Israeli drones struck a "
     "group of people returning from Rafah.", "Khan Younis"),
    ("Two people were killed in Deir al-Balah on Saturday, when Israeli tanks fired shells from "
     "positions east of Bureij.", "Deir al-Balah"),
])
def test_a_when_clause_after_the_harm_and_its_place_does_not_move_it(text, place):
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-06-01").events]
    assert (place, 2 if "Two" in text else 3) in got


# -- a line under a heading that opens on a place in brackets ------------------------------------
# the bracket is the item's place, not an agency: no dateline
@pytest.mark.parametrize("text", [
    "Key developments\n\nRafah (southern Gaza) - Israeli tanks shelled tents near the coast on "
    "Saturday, killing three people.",
    "Daily update\n\nRafah (south) - Israeli tanks shelled tents near the coast on Saturday, "
    "killing three people.",
])
def test_a_place_in_brackets_opening_a_list_item_is_no_dateline(text):
    got = [e.location for e in parse(text, published="2024-06-01").events]
    assert got == ["Rafah"]


# -- one area of a city that takes in the governorate's other towns -------------------------------
def test_an_area_including_other_towns_is_the_governorates():
    got = [e.location for e in parse(
        "Israeli forces ordered the evacuation of a large area of eastern Khan Younis on "
        "Saturday, including Bani Suheila and Abasan.", published="2024-06-01").events]
    assert "Khan Younis" not in got and "Khan Younis Governorate" in got


# -- a home destroyed where a group's member died, captives shot by soldiers, Egypt's fence ------
@pytest.mark.parametrize("text", [
    "A senior Hamas official was killed on Saturday in a house in Rafah that was destroyed by an "
    "Israeli air strike.",
    "Islamic Jihad's commander in Rafah was killed on Saturday in a house that was destroyed by "
    "an Israeli air strike.",
])
def test_a_home_destroyed_where_a_groups_member_died_hits_no_civilians(text):
    doc = parse(text, published="2024-06-01")
    assert "Civilians (Palestine)" not in {e.actor2 for e in doc.events}


def test_captives_shot_by_soldiers_are_not_the_captors_deed():
    doc = parse("Three hostages were mistakenly shot dead by soldiers in Shejaiya on Saturday "
                "after they emerged waving a white flag.", published="2024-06-01")
    assert "Hamas" not in {e.actor1 for e in doc.events}


def test_people_shot_crossing_into_egypt_are_not_the_armys():
    doc = parse("Two men were shot dead in Khan Younis on Saturday after they crossed the border "
                "fence into Egypt.", published="2024-06-01")
    assert "Israeli military" not in {e.actor1 for e in doc.events}


# -- an order's long list of places, and leaving told as refused or planned -----------------
@pytest.mark.parametrize("text", [
    "Hamas's interior ministry told residents of Gaza City, Jabalia, Beit Lahia, Beit Hanoun and "
    "Shejaia, as well as people in Zeitoun, to ignore the leaflets and refuse to leave.",
    "UN officials asked families sheltering in schools in Khan Younis, Rafah and Deir al-Balah, "
    "and in tents along the coast, about their plans to leave.",
])
def test_leaving_refused_or_planned_is_no_order(text):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got if e.sub_event_type == "Evacuation order"] == []


# -- close-range encounters told by those who met the troops ---------------------------------
@pytest.mark.parametrize("text", [
    "In Rafah, residents described close-range encounters with Israeli troops as they fled the "
    "Tal al-Sultan area.",
    "Medics described a close-range encounter with Israeli soldiers at a checkpoint in Khan "
    "Younis, where they were detained.",
])
def test_an_encounter_with_troops_told_by_civilians_is_no_clash(text):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got if e.sub_event_type == "Armed clash"] == []


# -- a crossing shut for months, told with an adverb -------------------------------------------
@pytest.mark.parametrize("text", [
    "The Rafah crossing has been completely closed for months.",
    "The Rafah crossing had been fully closed since May, aid agencies said.",
    "The Rafah crossing had been completely closed for months before the truce.",
])
def test_a_crossing_fully_shut_for_long_is_no_closure_of_the_day(text):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got if e.sub_event_type == "Crossing opened or closed"] \
        == []


# -- trucks that pass through no crossing ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Israeli army trucks passed through the Netzarim corridor on Sunday.",
    "Israeli tanks and trucks passed through the streets of Khan Younis on Sunday.",
    "Trucks carrying displaced families and their belongings passed through the Netzarim "
    "corridor on Monday.",
])
def test_trucks_of_the_army_or_of_people_fleeing_are_no_aid(text):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got if e.sub_event_type == "Aid delivery"] == []


# -- a verb's clause closed by a comma before bodies found -------------------------------------
@pytest.mark.parametrize("text", [
    "After residents returned, the bodies of 40 people were found under the rubble in Jabalia.",
    "The wounded were transferred, the bodies of the dead left in the street in Khan Younis.",
])
def test_bodies_after_a_clause_of_going_back_are_no_release(text):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got
            if e.sub_event_type == "Hostage or prisoner release"] == []


# -- hostilities feared to grow -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hostilities around Rafah are expected to intensify in the coming days, aid agencies said.",
    "Hostilities in Gaza City are not expected to escalate, an Israeli official said.",
    "Hostilities in Deir al-Balah threaten to escalate, OCHA warned.",
])
def test_hostilities_expected_to_grow_are_no_clash(text):
    got = parse(text, published="2024-10-27").events
    assert [e.sub_event_type for e in got if e.sub_event_type == "Armed clash"] == []


# -- a second count that is part of the first -----------------------------------------------
def test_a_part_told_after_and_alone_is_no_toll_of_its_own():
    got = [(loc, n) for _, loc, n, *_ in _coded(
        "Israeli strikes killed 20 people across Gaza on Sunday, and 12 were killed in Khan "
        "Younis alone.", "2024-10-27")]
    assert ("Khan Younis", 12) not in got, got


# -- a unit of time that names the dead ------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("An Israeli strike in Khan Younis killed 12 day labourers waiting for work, medics said.",
     12),
    ("An Israeli strike on the Islamic University in Gaza City killed two second-year medical "
     "students.", 2),
])
def test_day_labourers_and_second_year_students_keep_their_count(text, want):
    got = [e.fatalities for e in parse(text, published="2024-10-27").events]
    assert want in got, got


# -- a dawn days before ------------------------------------------------------------------------
def test_a_toll_since_a_dawn_days_ago_is_no_days_toll():
    got = [e.fatalities for e in parse(
        "Gaza's health ministry said 830 people have been killed since Israel resumed its strikes "
        "at dawn nine days ago.", published="2025-03-27").events]
    assert not any(got), got


# -- bodies pulled out elsewhere, or over a period ---------------------------------------------
@pytest.mark.parametrize("text", [
    "An Israeli air strike hit a house in Rafah this morning. In Khan Younis, civil defence "
    "crews recovered the bodies of 20 people from the rubble.",
    "An Israeli strike hit a house in Rafah this morning. So far this year, crews have recovered "
    "the bodies of 300 people from the rubble.",
])
def test_bodies_of_another_place_or_a_year_are_no_strikes_toll(text):
    got = [(loc, n) for _, loc, n, *_ in _coded(text, "2025-04-09")]
    assert all(n is None for _, n in got), got


# -- the count's own dead told again as dying of hunger --------------------------------------
@pytest.mark.parametrize("text", [
    "Amid the Israeli blockade, five children died in Gaza City, as doctors said, of "
    "malnutrition and dehydration.",
    "Israeli forces besieged the hospital in Khan Younis, where 12 patients died, as doctors said "
    "they had run out of food and died of hunger.",
    "The Israeli siege of Beit Lahia killed 15 people, and doctors said they died of starvation.",
])
def test_deaths_of_hunger_told_of_the_same_dead_stay_nonviolent(text):
    got = [e.fatalities for e in parse(text, published="2025-07-21").events]
    assert not any(got), got


# -- a region by its epithet, where people are -------------------------------------------------
@pytest.mark.parametrize("text", [
    "The desperate civilians in Gaza need urgent help, including those in the besieged north "
    "where the UN has not been able to deliver aid.",
    "Families in besieged northern Gaza are starving, the agency said.",
])
def test_people_in_the_besieged_north_tell_no_siege(text):
    got = [e.sub_event_type for e in parse(text, published="2024-03-01").events]
    assert "Siege/encirclement" not in got, got


@pytest.mark.parametrize("text,place", [
    ("Troops in the besieged northern town of Beit Hanoun arrested ten men on Monday.",
     "Beit Hanoun"),
    ("Civilians trapped in the besieged Kamal Adwan hospital were evacuated on Monday.",
     "Kamal Adwan Hospital"),
])
def test_a_town_or_a_site_besieged_is_still_a_siege(text, place):
    got = [(e.sub_event_type, e.location) for e in parse(text, published="2024-03-01").events]
    assert ("Siege/encirclement", place) in got, got


# -- people pushed into an area ----------------------------------------------------------------
def test_people_pushed_into_an_area_are_no_advance():
    got = [e.sub_event_type for e in parse(
        "Since the order, an estimated 250,000 people have been pushed into an ever-shrinking "
        "strip of sand along the coast of Khan Younis.", published="2024-07-14").events]
    assert "Armed clash" not in got, got


def test_tanks_pushing_into_a_town_still_advance():
    got = [(e.sub_event_type, e.location) for e in parse(
        "Israeli tanks pushed into the eastern part of Rafah on Monday.",
        published="2024-07-14").events]
    assert ("Armed clash", "Rafah") in got, got


# -- an attack of a month gone by, as the time after which a place is as it is -------------------
def test_a_raid_of_a_month_gone_by_is_no_event():
    got = [e.location for e in parse(
        "Doctors at al-Shifa Hospital, which is barely functioning after an Israeli raid in "
        "November, said many of the wounded were shot.", published="2024-03-01").events]
    assert "Al-Shifa Hospital" not in got, got


@pytest.mark.parametrize("text", [
    "Al-Shifa Hospital was left in ruins after the Israeli raid in March.",
    "Al-Shifa Hospital was evacuated after an Israeli raid on Monday.",
    "Al-Shifa Hospital was evacuated after an Israeli raid in November, on the 18th.",
])
def test_a_raid_of_the_month_or_a_day_is_told(text):
    got = [(e.sub_event_type, e.location) for e in parse(text, published="2024-03-01").events]
    assert ("Armed clash", "Al-Shifa Hospital") in got, got


# -- people named by a detention -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Al Mezan calls on the world to reveal the fate of those detained in northern Gaza.",
    "The families of the detained in Beit Lahia have had no news.",
])
def test_the_fate_of_those_detained_is_no_arrest(text):
    got = [e.sub_event_type for e in parse(text, published="2023-12-14").events]
    assert "Arrests" not in got, got


@pytest.mark.parametrize("text", [
    "Many of those detained in Jabalia on Tuesday were later released.",
    "Troops detained dozens of men in Jabalia on Tuesday.",
])
def test_detentions_of_a_day_are_arrests(text):
    got = [(e.sub_event_type, e.location) for e in parse(text, published="2023-12-14").events]
    assert ("Arrests", "Jabalia") in got, got


# -- what one asks to be done, in the subjunctive --------------------------------------------------
@pytest.mark.parametrize("text", [
    "Egypt and Jordan have rejected a suggestion by US President Donald Trump on Saturday that "
    "Gaza be \"cleaned out\" and its residents moved to the two countries.",
    "The minister proposed that residents of northern Gaza be moved to al-Mawasi.",
])
def test_a_proposal_that_people_be_moved_is_no_displacement(text):
    got = [e.sub_event_type for e in parse(text, published="2025-01-27").events]
    assert "Displacement" not in got, got


def test_a_claim_with_that_is_still_told():
    got = [(e.sub_event_type, e.location) for e in parse(
        "Witnesses said that Jabalia camp was shelled on Sunday and that residents were moved "
        "to schools.", published="2025-01-27").events]
    assert ("Displacement", "Jabalia Camp") in got, got


# -- the dead still held, counted ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The bodies of 13 deceased hostages remain in Gaza.",
    "The remains of four hostages are still held in Khan Younis.",
])
def test_bodies_of_hostages_still_held_are_no_event(text):
    assert not parse(text, published="2025-10-29").events


def test_bodies_of_hostages_handed_over_are_a_release():
    got = [(e.sub_event_type, e.location) for e in parse(
        "Hamas handed over the bodies of four hostages in Khan Younis on Monday.",
        published="2025-10-29").events]
    assert got == [("Hostage or prisoner release", "Khan Younis")], got


# -- fighting paused, a threat's condition, a quoted order ------------------------------------
@pytest.mark.parametrize("text", [
    "The third phase of a polio vaccination campaign began in northern Gaza on Tuesday under "
    "localised pauses in the fighting.",
    "Vaccinations took place in Deir al-Balah on Sunday during daily humanitarian pauses in "
    "fighting.",
    "Hamas threatened on Monday to execute a hostage for every Israeli strike on civilian homes "
    "in Gaza City.",
    "Netanyahu ordered 'powerful strikes' on Tuesday after a soldier was killed in Rafah.",
    "The prime minister ordered the army to carry out \"powerful strikes\" on the Gaza Strip, "
    "claiming that an Israeli soldier had been killed in Rafah.",
    "The defence minister ordered the military to launch strikes on Gaza, citing the killing "
    "of a soldier in Rafah.",
    "The prime minister ordered strikes over the death of a soldier in Rafah.",
])
def test_paused_threatened_or_ordered_attacks_are_no_attacks(text):
    got = [(e.sub_event_type, e.location) for e in parse(text, published="2024-10-27").events
           if e.sub_event_type in ("Armed clash", "Air/drone strike")]
    assert got in ([], [("Armed clash", "Rafah")]), got


@pytest.mark.parametrize("text, want", [
    ("A pause in the fighting ended on Monday when tanks shelled Rafah.",
     "Shelling/artillery/missile attack"),
    ("Netanyahu ordered \"powerful strikes\", and on Tuesday warplanes struck Rafah, killing 12.",
     "Air/drone strike"),
    ("The army ordered airstrikes on Jabalia overnight.", "Air/drone strike"),
    ("Netanyahu ordered the army to carry out strikes on Khan Younis, killing 20 people, "
     "officials said.", "Air/drone strike"),
    ("The army ordered airstrikes on Rafah, claiming militants fired from there, killing 12 "
     "people on Tuesday.", "Air/drone strike"),
])
def test_attacks_told_beside_a_pause_or_an_order_stay(text, want):
    got = [e.sub_event_type for e in parse(text, published="2024-10-27").events]
    assert want in got, got


# -- a share of the Strip under orders --------------------------------------------------------
@pytest.mark.parametrize("text, n", [
    ("About 69 per cent of the Gaza Strip is now either within Israeli-militarized zones, under "
     "displacement orders, or both.", 0),
    ("Some 80 per cent of Gaza is under evacuation orders.", 0),
    ("On Monday the army put 10 per cent of the Strip under new evacuation orders.", 1),
    ("Two new evacuation orders were issued by the Israeli military; to date, about 84 per cent "
     "of the Gaza Strip has been placed under evacuation orders.", 1),
])
def test_a_share_of_the_strip_under_orders_is_no_order(text, n):
    got = [e for e in parse(text, published="2024-10-27").events
           if e.sub_event_type == "Evacuation order"]
    assert len(got) == n, got


# -- a deed of weeks before, recalled ---------------------------------------------------------
@pytest.mark.parametrize("text, n", [
    ("The Civil Defence recalls that on 23 September, six of our members were killed in Tal "
     "as-Sultan.", 0),
    ("He recalled that on 29 September more than 100 people were killed as crowds gathered "
     "around an aid convoy in Gaza City. The Ministry of Health later put the toll at 118 "
     "killed.", 0),
    ("The Civil Defence recalls that on Monday, six of our members were killed in Tal "
     "as-Sultan.", 1),
    ("The Civil Defence recalled that troops stormed the hospital in Jabalia.", 1),
    ("On 23 September, six civil defence members were killed in Tal as-Sultan.", 1),
])
def test_a_deed_of_weeks_ago_recalled_is_no_event(text, n):
    got = parse(text, published="2024-10-27").events
    assert len(got) == n, got


# -- people told by how they were once expelled -----------------------------------------------
@pytest.mark.parametrize("text, n", [
    ("The school was sheltering displaced families who had been expelled from their homes in "
     "Shejaia, Zeitoun and Beit Hanoun.", 0),
    ("The school sheltered families who had been expelled from their homes in Shejaia on "
     "Monday.", 1),
    ("Troops expelled families from their homes in Shejaia on Monday.", 1),
])
def test_people_told_by_an_old_expulsion_are_no_attack(text, n):
    got = [e for e in parse(text, published="2024-10-27").events if e.sub_event_type == "Attack"]
    assert len(got) == n, got


# -- hospitals that tend the casualties, and hospitals hit ------------------------------------
def test_a_hospital_besieged_stays_the_place_the_next_sentence_carries():
    got = [(e.sub_event_type, e.location) for e in parse(
        "Troops besieged the Indonesian Hospital in Beit Lahia on Tuesday. The Israeli military "
        "said its warplanes had targeted a Hamas commander.", published="2024-10-27").events]
    assert ("Air/drone strike", "Indonesian Hospital") in got, got


@pytest.mark.parametrize("text, place", [
    ("Israeli tanks shelled Bureij camp on Monday. At Al-Aqsa Martyrs Hospital in Deir "
     "al-Balah, a shell struck the ward where the wounded were treated, medics said.",
     "Al-Aqsa Martyrs Hospital"),
    ("At Nasser Hospital, Israeli troops stormed the emergency ward and arrested patients.",
     "Nasser Medical Complex"),
])
def test_a_sentence_opening_at_a_hospital_hit_keeps_the_hospital(text, place):
    got = [e.location for e in parse(text, published="2024-10-27").events]
    assert place in got, got


def test_a_hospital_raided_is_not_set_aside_by_the_injured_it_transferred():
    got = [e.location for e in parse(
        "Israeli forces raided the Indonesian Hospital, transferring dozens of injured people to "
        "Al-Shifa.", published="2024-10-27").events]
    assert got == ["Indonesian Hospital"], got


def test_the_wounded_a_field_hospital_took_in_after_a_strike_at_one_place_are_its():
    got = [(e.location, e.injuries) for e in parse(
        "Strikes hit homes in Khan Younis on Monday. Our field hospital in Deir al-Balah received "
        "22 wounded in a few hours.", published="2024-10-27").events]
    assert ("Khan Younis", 22) in got, got


@pytest.mark.parametrize("text,actor2", [
    # a fighter named by rank is not a civilian named by work
    ("Commander Ahmed Ghandour was killed in an airstrike in Jabalia on Monday.", None),
    # nor the ones who tell of the dead
    ("Israeli forces pressed their assault on Jabalia on Monday, with rescuers reporting "
     "dozens killed.", None),
    # "another" with a noun of its own tells its own target
    ("An airstrike hit a Hamas post in Rafah on Monday; another strike targeted a Hamas "
     "commander in Khan Younis.", "Hamas"),
])
def test_civilians_only_where_the_dead_are_named_by_a_civilians_work(text, actor2):
    doc = parse(text, published="2024-10-27")
    assert doc.events and doc.events[-1].actor2 == actor2


def test_members_of_an_armed_group_detained_are_the_group():
    doc = parse("Israeli forces detained members of Hamas in Beit Lahia on Monday.",
                published="2024-10-27")
    assert [e.actor2 for e in doc.events] == ["Hamas"]


@pytest.mark.parametrize("text", [
    # "there were" is no place told again
    "An airstrike killed five people in Rafah on Monday. Aid officials warned that Beit Lahia "
    "is on the brink of famine. There were also strikes on Tuesday.",
    # nor is the Strip as a whole a place to tell again
    "An airstrike killed five people in Rafah on Monday. Officials said Gaza is on the brink "
    "of famine. Strikes there continued on Tuesday.",
])
def test_there_takes_the_sentence_befores_place_only_as_a_place_of_its_own(text):
    doc = parse(text, published="2024-10-27")
    assert [e.location for e in doc.events] == ["Rafah", "Rafah"]


# -- the return of the displaced sought or kept from them ------------------------------------
@pytest.mark.parametrize("text", [
    "Hamas called for the return of displaced people to northern Gaza since Monday.",
    "Talks on the return of displaced people to Gaza City began on Monday.",
    "Israel blocked the return of the displaced to the north, which began on Monday.",
    "The return of displaced people to their homes in the north remains uncertain.",
])
def test_a_return_sought_or_blocked_is_no_return(text):
    got = [e.sub_event_type for e in parse(text, published="2024-10-23").events]
    assert "Return of displaced people" not in got, got


# -- no rescue, no convoy taken in, no one held abroad ----------------------------------------
@pytest.mark.parametrize("text", [
    "Families of the hostages said 12 people were rescued from the rubble in Jabalia.",
    "The hostages could be rescued in Rafah, the minister said.",
    "The hostages held in Khan Younis were never rescued.",
    "A convoy of aid was unable to reach Gaza City on Sunday.",
    "Al-Shifa Hospital received a convoy of journalists on Sunday.",
    "The hospital in Khan Younis has not received a convoy of aid in weeks.",
    "Prisoners held in Ofer (mostly minors) were beaten, the report said.",
    "Protesters were arrested in London on Saturday.",
])
def test_no_rescue_convoy_or_arrest_where_none_is_told(text):
    got = [(e.sub_event_type, e.location) for e in parse(text, published="2024-10-27").events]
    assert not any(sub in ("Hostage or prisoner release", "Aid delivery", "Arrests")
                   for sub, _ in got), got


def test_suspects_held_go_to_the_troops_place_only_when_it_is_one_place():
    got = [(e.sub_event_type, e.location) for e in parse(
        "Israeli forces killed five people in Rafah.\n\nOur team said troops were seen in "
        "Jabalia, Beit Lahia and Beit Hanoun. Hundreds of men have been detained.",
        published="2024-10-27").events]
    assert not {("Arrests", p) for p in ("Jabalia", "Beit Lahia", "Beit Hanoun")} & set(got), got


# -- who the dead included by age and sex is no toll of its own ------------------------------
@pytest.mark.parametrize("text,whole", [
    ("Israeli strikes killed at least 104 people across the Gaza Strip overnight. The dead "
     "included 46 children and 20 women, with strikes hitting homes in Bureij and Nuseirat.", 104),
    ("Strikes on Gaza City killed 30 people on Monday. Among the victims, the dead included "
     "12 children, eight women and two elderly men.", 30),
    ("Israeli strikes killed at least 104 people across the Gaza Strip overnight, the civil "
     "defence said.\n\nThe dead included 46 children and 20 women, with strikes hitting homes "
     "and tents in Bureij, Nuseirat, the Sabra neighbourhood of Gaza City and Beit Lahia.", 104),
])
def test_children_and_women_the_dead_included_are_no_places_toll(text, whole):
    # (with no toll told before, the lowest count: "An Israeli strike hit a house in Rafah.
    # The dead included five children and three women" is 8)
    got = [e.fatalities for e in parse(text, published="2025-10-29").events]
    assert whole in got and not any(n and n != whole for n in got), got


# -- what a drone dropped, and rockets that are no grenade -----------------------------------
@pytest.mark.parametrize("text", [
    "Israeli drones dropped leaflets over Khan Younis ordering residents to leave.",
    "A drone later dropped aid parcels over Jabalia.",
])
def test_a_drone_dropping_leaflets_or_aid_is_no_strike(text):
    assert not any(sub == "Air/drone strike" for sub, *_ in _coded(text))


@pytest.mark.parametrize("text", [
    "Militants fired a rocket from Beit Hanoun.",
    "Hamas fired rockets from Rafah toward Kerem Shalom.",
])
def test_rockets_fired_from_a_place_stay_rocket_fire(text):
    assert {sub for sub, *_ in _coded(text)} == {"Shelling/artillery/missile attack"}


def test_shelling_at_the_place_of_an_aside_on_fighting_stays_with_the_fighting():
    # (the shelling has no place of its own: the battle's own fire)
    got = _coded("In Jabalia, where clashes erupted on Monday, tanks shelled the area around "
                 "the market.")
    assert [(sub, loc) for sub, loc, *_ in got] == [("Armed clash", "Jabalia")]


# -- people run over by trucks were struck by no strike ---------------------------------------
@pytest.mark.parametrize("text", [
    "The Israeli military said dozens died in a stampede or were struck by trucks near the "
    "Nabulsi roundabout.",
    "A boy was struck by an aid truck in Rafah and died.",
])
def test_struck_by_trucks_is_no_air_strike(text):
    assert not any(sub == "Air/drone strike" for sub, *_ in _coded(text))


def test_struck_by_a_drone_stays_an_air_strike():
    assert [sub for sub, *_ in _coded("A car was struck by an Israeli drone in Khan Younis.")] \
        == ["Air/drone strike"]



# -- days in brackets that are not the week a digest covers ---------------------------------
@pytest.mark.parametrize("head,plain", [
    ("Gaza truce talks in Cairo (20-22 August 2025)",
     "Gaza truce talks in Cairo, 20-22 August 2025"),
    ("Ceasefire talks resume in Doha (20-22 August 2025)",
     "Ceasefire talks resume in Doha, 20-22 August 2025"),
])
def test_days_in_brackets_of_a_headline_or_unclosed_are_no_digests_week(head, plain):
    body = "\n\nAn Israeli airstrike hit a house in Khan Younis, killing five."
    got = [(e.event_date, e.time_precision) for e in parse(head + body,
                                                          published="2025-09-02").events]
    assert got == [(e.event_date, e.time_precision)
                   for e in parse(plain + body, published="2025-09-02").events]


# -- a day's attack named in passing does not date what has a day of its own ---------------
@pytest.mark.parametrize("text,day", [
    ("The UN condemned Saturday's Israeli strike on Nuseirat. On Monday, tanks shelled "
     "Khan Younis.", "2024-06-10"),
    ("Last week's air strike on Nuseirat was condemned. Tanks shelled Khan Younis today.",
     "2024-06-11"),
    ("Families still mourn the October 7's attack victims. Tanks shelled Khan Younis today.",
     "2024-06-11"),
])
def test_a_named_days_attack_leaves_a_later_day_its_own(text, day):
    got = [(e.event_date, e.location) for e in parse(text, published="2024-06-11").events
           if e.location == "Khan Younis"]
    assert got == [(day, "Khan Younis")], got


def test_a_days_attack_named_after_the_news_day_does_not_date_what_follows():
    text = ("Wounded Palestinians left Gaza for Egypt on Wednesday as rescuers dug through the "
            "rubble in Jabalia. The Israeli army said Tuesday's strike killed a Hamas commander."
            "\n\nThe army also announced the deaths of two more soldiers in Khan Younis.")
    got = [(e.event_date, e.location) for e in parse(text, published="2023-11-01").events
           if e.location == "Khan Younis"]
    assert got == [("2023-11-01", "Khan Younis")], got


# -- a truce made on a day: the strikes of that day keep it -------------------------------
@pytest.mark.parametrize("text,day", [
    ("Israeli air strikes killed 20 in Rafah on 15 January, hours before a ceasefire was "
     "agreed.", "2025-01-15"),
    ("On 15 January, hours after a truce was reached, Israeli air strikes killed 20 in Rafah.",
     "2025-01-15"),
])
def test_a_strike_told_with_its_own_day_beside_a_truce_keeps_it(text, day):
    got = [e.event_date for e in parse(text, published="2025-03-18").events
           if e.sub_event_type == "Air/drone strike"]
    assert got == [day], got


# -- "last week" alone, or another word before it -------------------------------------------
@pytest.mark.parametrize("text,day", [
    ("An Israeli airstrike hit a house in Rafah last week, killing five.", "2024-10-22"),
    ("The army said last week's airstrike hit a house in Rafah; today an airstrike killed five "
     "in Jabalia.", "2024-10-29"),
])
def test_last_week_without_late_or_early_keeps_its_day(text, day):
    got = [e.event_date for e in parse(text, published="2024-10-29").events
           if e.fatalities == 5]
    assert got == [day], got


# -- what is asked to be done, beside a deed told of its own ----------------------------------
@pytest.mark.parametrize("text,sub,place", [
    ("A woman who asked that her name not be used said her house in Khan Younis was shelled "
     "on Monday.", "Shelling/artillery/missile attack", "Khan Younis"),
    ("The WHO requested that the patients be evacuated after Israeli troops stormed Nasser "
     "Hospital on Monday.", "Armed clash", "Nasser Medical Complex"),
    ("Residents said soldiers demanded that the men be stripped and then detained dozens of "
     "them in Beit Lahia on Monday.", "Arrests", "Beit Lahia"),
    ("Hamas insisted that the hostages would be released only after Israel halted its "
     "offensive, as tanks shelled eastern Khan Younis on Monday.",
     "Shelling/artillery/missile attack", "Khan Younis"),
])
def test_a_deed_told_beside_what_is_asked_to_be_done_stays(text, sub, place):
    got = [(e.sub_event_type, e.location) for e in parse(text, published="2024-03-05").events]
    assert (sub, place) in got, got


# -- an order of strikes, with the strikes' toll told after the reason ------------------------
def test_strikes_ordered_with_their_toll_after_the_reason_stay():
    got = [e.sub_event_type for e in parse(
        "Israel ordered airstrikes across Gaza following a Hamas attack on troops in Rafah, "
        "killing at least 104 people, the civil defence said.", published="2024-10-27").events]
    assert "Air/drone strike" in got, got


# -- the day's order told before the share of the Strip under orders --------------------------
def test_the_days_order_told_before_the_share_under_orders_stays():
    got = [(e.sub_event_type, e.location) for e in parse(
        "With Sunday's order for Beit Lahia, 84 per cent of the Strip is now under evacuation "
        "orders.", published="2024-10-27").events]
    assert ("Evacuation order", "Beit Lahia") in got, got


# -- the day's news told beside what is recalled ----------------------------------------------
@pytest.mark.parametrize("text", [
    "On Sunday, an Israeli airstrike killed four rescuers in Rafah, the Civil Defence said, "
    "recalling that on 23 September six of its members were killed in Tal as-Sultan.",
    "An Israeli strike on a school in Nuseirat killed 17 people on Sunday, the ministry said, "
    "which recalled that on 23 September a strike on the same school killed 20.",
    "Israeli strikes killed 12 in Rafah, the agency recalled that on 10 September a strike "
    "killed 19 in al-Mawasi.",
])
def test_news_told_before_what_is_recalled_stays(text):
    assert parse(text, published="2024-10-27").events


def test_news_told_beside_a_revised_toll_of_a_deed_recalled_stays():
    got = [(e.sub_event_type, e.location, str(e.event_date)) for e in parse(
        "He recalled that on 29 September more than 100 people were killed in Gaza City. The "
        "ministry later raised the toll to 118, as new strikes killed 20 people in Rafah on "
        "Sunday.", published="2024-10-27").events]
    assert ("Air/drone strike", "Rafah", "2024-10-27") in got, got


# -- hostages killed on a day, their bodies still held ----------------------------------------
@pytest.mark.parametrize("text,sub,place", [
    ("The bodies of hostages killed in an Israeli airstrike in Khan Younis on Sunday remain "
     "under the rubble, Hamas said.", "Air/drone strike", "Khan Younis"),
    ("The bodies of three hostages killed in Israeli shelling of Rafah overnight are still held "
     "by Hamas, the group said.", "Shelling/artillery/missile attack", "Rafah"),
])
def test_hostages_killed_on_a_day_whose_bodies_are_held_tell_the_attack(text, sub, place):
    got = [(e.sub_event_type, e.location) for e in parse(text, published="2024-10-27").events]
    assert (sub, place) in got, got


# -- an attack of a month gone by, with its own toll told -------------------------------------
def test_a_raid_of_a_month_gone_by_with_its_toll_is_no_air_strike():
    got = [e.sub_event_type for e in parse(
        "Israeli forces withdrew from Kamal Adwan Hospital after a raid in November that killed "
        "three staff.", published="2024-12-05").events]
    assert "Air/drone strike" not in got, got


# -- people an aid truck ran over ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A boy was struck by an aid truck in Rafah and died.",
    "Two children were run over by aid trucks in Deir al-Balah on Saturday.",
    "A man was crushed by an aid truck in Rafah on Saturday, medics said.",
])
def test_people_run_over_by_an_aid_truck_are_no_aid_delivery(text):
    assert not any(sub == "Aid delivery" for sub, *_ in _coded(text))


# -- a return not begun, or a ban on it since a day ------------------------------------------
@pytest.mark.parametrize("text", [
    "The return of displaced people to northern Gaza has not yet begun, officials said on "
    "Saturday.",
    "The return of displaced people to northern Gaza has still not started.",
    "Israel has barred the return of displaced people to northern Gaza since 13 October.",
    "Israel has banned the return of displaced people to northern Gaza since Monday.",
    "Hamas accused Israel of obstructing the return of displaced people to northern Gaza since "
    "Saturday.",
    "Israel postponed the return of displaced Palestinians to northern Gaza, which was to have "
    "begun on Saturday.",
    "Israel suspended the return of displaced people to northern Gaza, which had begun on "
    "Monday.",
    "The return of displaced people to Rafah has been barred since 5 May.",
])
def test_a_return_not_begun_or_barred_since_a_day_is_no_return(text):
    got = [e.sub_event_type for e in parse(text, published="2024-10-27").events]
    assert "Return of displaced people" not in got, got


# -- people rescued in a clause after "hostage" used of something else -----------------------
@pytest.mark.parametrize("text", [
    "Amid hostage talks in Cairo, five people were rescued from under the rubble in Jabalia on "
    "Saturday.",
    "The hostage deal stalled as two children were rescued from the rubble of a house in "
    "Nuseirat on Saturday.",
    "Hostage families protested in Tel Aviv on Saturday as a girl was rescued from a collapsed "
    "building in Jabalia.",
])
def test_people_rescued_from_rubble_near_the_word_hostage_are_no_release(text):
    assert not any(sub == "Hostage or prisoner release" for sub, *_ in _coded(text))


# -- the army's own convoy -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A convoy of army trucks reached the Netzarim corridor on Saturday.",
    "A convoy of Israeli army trucks reached the Netzarim corridor on Saturday.",
])
def test_a_convoy_of_army_trucks_is_no_aid_delivery(text):
    assert not any(sub == "Aid delivery" for sub, *_ in _coded(text))


# -- "of those detained" with its day told, and a person told by a detention months ago ------
@pytest.mark.parametrize("text,place", [
    ("Many of those detained on 25 October in Beit Lahia were stripped and beaten.",
     "Beit Lahia"),
    ("Most of those detained in the raid on Kamal Adwan Hospital on Friday were medical staff.",
     "Kamal Adwan Hospital"),
])
def test_those_detained_on_a_day_told_are_still_an_arrest(text, place):
    assert ("Arrests", place) in [(sub, loc) for sub, loc, *_ in _coded(text)]


@pytest.mark.parametrize("text", [
    "Israeli forces struck a house in Jabalia on Friday, killing five people. Hospital director "
    "Hussam Abu Safiya, detained in December, remains in custody, the ministry said.",
    "Israeli forces shelled Rafah overnight.\n\nIn northern Gaza, Israeli troops operated in "
    "Beit Hanoun on Friday. Hospital director Hussam Abu Safiya, detained in December, remains "
    "in custody.",
])
def test_a_person_told_by_a_detention_in_a_month_gone_by_is_no_arrest(text):
    assert not any(sub == "Arrests" for sub, *_ in _coded(text))


# -- an aside on fighting, then shelling told by who counted it or where people fled ---------
@pytest.mark.parametrize("text,place", [
    ("In Khan Younis, where fighting raged, shelling killed five people, medics at Nasser "
     "Hospital said on Saturday.", "Khan Younis"),
    ("In Jabalia, where troops have been fighting for weeks, shelling killed three people, a "
     "doctor at the Indonesian Hospital said.", "Jabalia"),
    ("In Rafah, where heavy fighting continued, residents said shelling forced them to flee to "
     "al-Mawasi on Saturday.", "Rafah"),
])
def test_shelling_after_an_aside_with_no_place_of_its_own_stays_with_the_fighting(text, place):
    got = _coded(text)
    assert not any(sub == "Shelling/artillery/missile attack" for sub, *_ in got), got
    assert ("Armed clash", place) in [(sub, loc) for sub, loc, *_ in got]


# -- days in brackets after a headline that only has an overview's word --------------------
@pytest.mark.parametrize("head", [
    "Gaza: MSF teams report surge in injuries (20-26 October 2024)",
    "World Week for Peace in Palestine and Israel (20-26 October 2024)",
])
def test_days_in_brackets_after_a_headline_are_no_digests_week(head):
    text = head + "\n\nIsraeli strikes continued across Gaza City this week, killing five."
    got = [(e.event_date, e.location) for e in parse(text, published="2024-10-28").events]
    assert got == [("2024-10-28", "Gaza City")], got


@pytest.mark.parametrize("head", [
    "Gaza Security Digest - Week 43 (20-26 October 2024)",
    "Gaza Weekly Update (20-26 October 2024)",
])
def test_days_in_brackets_after_a_digests_number_or_name_stay_its_week(head):
    text = head + "\n\nIsraeli strikes continued across Gaza City this week, killing five."
    got = [(e.event_date, e.location) for e in parse(text, published="2024-10-28").events]
    assert got == [("2024-10-20", "Gaza City")], got


# -- a condemned attack's day dates its toll told next, with no "the attack" told again ----
@pytest.mark.parametrize("text,published,day,killed", [
    ("The UN condemned Thursday's deadly strike on aid seekers in Gaza City. According to "
     "health authorities, 112 people were killed and 760 wounded.", "2024-03-01", "2024-02-29",
     112),
    ("UNRWA condemned Monday's Israeli attack on its school in Nuseirat. Eighteen people, "
     "including six staff members, were killed, the agency said.", "2024-07-17", "2024-07-15",
     18),
    ("Hamas denounced Saturday's massacre in Nuseirat. At least 274 Palestinians were killed "
     "and hundreds wounded, the health ministry said.", "2024-06-09", "2024-06-08", 274),
])
def test_a_condemned_attacks_day_dates_the_toll_told_next(text, published, day, killed):
    got = [(e.event_date, e.fatalities) for e in parse(text, published=published).events]
    assert got == [(day, killed)], got


# -- a campaign or the war told next is not the day's attack told again ---------------------
@pytest.mark.parametrize("text,published,place", [
    ("The army said Tuesday's strike killed a Hamas commander in Jabalia. The ground operation "
     "in Khan Younis continued, with tanks shelling Bani Suheila.", "2024-06-13", "Bani Suheila"),
    ("Medics said Saturday's strike on a school in Nuseirat killed 30. The Israeli assault on "
     "Gaza has killed more than 37,000 people, the health ministry says. Tanks shelled Khan "
     "Younis, killing two.", "2024-06-10", "Khan Younis"),
    ("The army said Tuesday's raid on a tunnel shaft in Rafah killed three gunmen. The military "
     "operation in Rafah, launched in May, has drawn international criticism. Tanks shelled "
     "Tal as-Sultan, killing two.", "2024-06-13", "Tel al-Sultan"),
])
def test_a_campaign_told_next_leaves_later_news_the_reports_day(text, published, place):
    got = [e.event_date for e in parse(text, published=published).events
           if e.location == place]
    assert got == [published], got


# -- "during the night" after a day told before the day before the report -------------------
@pytest.mark.parametrize("text,published,place,day", [
    ("On 5 May, Israeli forces entered eastern Rafah. During the night, tanks shelled the "
     "Brazil neighbourhood, killing three.", "2024-05-10", "Al-Brazil", "2024-05-05"),
    ("An Israeli airstrike hit a house in Jabalia on Tuesday, killing five. During the night, a "
     "drone struck a tent in Mawasi, killing two.", "2024-06-13", "al-Mawasi", "2024-06-11"),
    ("Late on Saturday, an airstrike hit a house in Nuseirat. During the night, more strikes "
     "were reported in Bureij, killing four.", "2024-06-10", "Bureij", "2024-06-08"),
])
def test_during_the_night_after_an_earlier_day_is_that_days_night(text, published, place, day):
    got = [e.event_date for e in parse(text, published=published).events
           if e.location == place]
    assert got == [day], got


# -- casualties a hospital took in after strikes at one place, told with a source or address ---
@pytest.mark.parametrize("text,place,injured", [
    # a capital after the comma is the source, not another place of a list
    ("An Israeli strike hit a house in Khan Younis, the Civil Defence said. Nasser Hospital "
     "received 22 wounded.", "Khan Younis", 22),
    ("An Israeli strike hit a school sheltering displaced families in Nuseirat, the UN said. "
     "Al-Awda Hospital received 30 wounded.", "Nuseirat", 30),
    # nor is the day that opens the sentence
    ("On Monday, Khan Younis came under heavy bombardment. Nasser Hospital received 40 "
     "wounded.", "Khan Younis", 40),
    # nor the place's address
    ("Israeli strikes hit a tent in al-Mawasi, Khan Younis, on Monday. Nasser Hospital "
     "received 22 wounded.", "al-Mawasi (Khan Younis)", 22),
    ("An Israeli airstrike hit a home in Rafah, Gaza, on Monday. The Kuwaiti Hospital received "
     "14 wounded, medics said.", "Rafah", 14),
])
def test_the_wounded_a_hospital_took_in_after_a_strike_told_with_its_source_are_its(
        text, place, injured):
    got = [(e.location, e.injuries) for e in parse(text, published="2024-10-27").events]
    assert (place, injured) in got, got


# -- people killed at a hospital while being treated ------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("Israeli tanks shelled Bureij camp on Monday. At Al-Awda Hospital in Jabalia, a sniper "
     "killed a doctor as he treated the wounded in the courtyard.", "Al-Awda Hospital (Jabalia)"),
    ("Israeli tanks shelled Bureij camp on Monday. At Kamal Adwan Hospital in Beit Lahia, an "
     "Israeli quadcopter killed a nurse who was treating patients in the ward.",
     "Kamal Adwan Hospital"),
    ("Israeli tanks shelled Bureij camp on Monday. At Nasser Hospital, Israeli snipers wounded "
     "three medics who were treating patients in the courtyard.", "Nasser Medical Complex"),
])
def test_a_sentence_opening_at_a_hospital_where_people_were_killed_keeps_the_hospital(
        text, place):
    got = [e.location for e in parse(text, published="2024-10-27").events]
    assert place in got, got


# -- "there" that names no place, or a place abroad --------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("An airstrike killed five people in Rafah on Monday. Aid officials warned that Beit Lahia "
     "is on the brink of famine. There isn't a single safe place, a resident said after an "
     "airstrike killed three people on Tuesday.", "Rafah"),
    ("An airstrike killed five people in Rafah on Monday. The UN said conditions in Gaza City "
     "were catastrophic. There weren't enough ambulances when a drone strike killed four "
     "people on Tuesday.", "Rafah"),
    ("An airstrike killed five people in Rafah on Monday. Aid officials warned that Beit Lahia "
     "is on the brink of famine. There used to be a bakery on every street, and on Tuesday an "
     "airstrike killed three people.", "Rafah"),
    ("An airstrike killed five people in Rafah on Monday. Aid officials warned that Beit Lahia "
     "is on the brink of famine. Then and there, an airstrike killed three people on "
     "Tuesday.", "Rafah"),
    # the sentence before also names a city abroad that "there" may be
    ("Israeli strikes killed 12 people in Khan Younis on Monday. Egyptian mediators met Hamas "
     "officials in Cairo to discuss reopening the Rafah crossing. Officials there said a drone "
     "strike killed four people on Tuesday.", "Khan Younis"),
    ("Israeli strikes killed 12 people in Khan Younis on Monday. A Hamas delegation discussed "
     "the Netzarim corridor with mediators in Doha. Sources there said an airstrike killed "
     "four people on Tuesday.", "Khan Younis"),
])
def test_there_is_no_place_of_the_sentence_before_unless_it_names_one(text, place):
    got = [e.location for e in parse(text, published="2024-10-27").events]
    assert got == [place, place], got


# -- "another" that names its own target -------------------------------------------------------
def test_another_that_hit_a_target_of_its_own_is_not_the_home_told_before():
    got = _coded("A strike on a home in Rafah killed five on Monday; another hit a vehicle in "
                 "Khan Younis, killing two.")
    assert [(loc, a2) for _, loc, _, _, a2 in got] == \
        [("Rafah", "Civilians (Palestine)"), ("Khan Younis", None)], got


# -- looters named as a clan's men -------------------------------------------------------------
@pytest.mark.parametrize("text,actor1", [
    ("Gunmen of the Abu Shabab clan looted aid trucks near Kerem Shalom on Monday.",
     "Abu Shabab clan militia (Palestine)"),
    ("Doghmush clan gunmen looted a UN warehouse in Gaza City on Monday.",
     "Doghmush clan militia (Palestine)"),
    # (the clan as whose store was looted: the looters stay unnamed)
    ("Gunmen looted the Doghmush clan's warehouse in Gaza City on Monday.",
     "Unidentified armed group (Palestine)"),
])
def test_gunmen_of_a_clan_who_loot_are_the_clans_militia(text, actor1):
    got = [e.actor1 for e in parse(text, published="2024-10-27").events
           if e.sub_event_type == "Looting/property destruction"]
    assert got == [actor1], got


# -- "during the night" after a day long before the report ------------------------------------
@pytest.mark.parametrize("text,day", [
    ("Israeli troops raided Jabalia camp on Tuesday. During the night, tanks shelled Beit "
     "Lahia, killing three.", "2024-10-22"),
    ("On 12 October, Israeli forces encircled Jabalia camp. During the night, drones fired at "
     "people trying to flee, killing four.", "2024-10-12"),
    ("Israeli troops entered Rafah on 7 May. During the night, residents stayed indoors. Tanks "
     "shelled the eastern neighbourhoods, killing four.", "2024-05-07"),
])
def test_during_the_night_after_a_day_told_is_not_the_reports_night(text, day):
    got = [e.event_date for e in parse(text, published="2024-10-27").events if e.fatalities]
    assert got == [day], got


# -- a condemned attack told with its target, and "last month" in a relative clause -----------
@pytest.mark.parametrize("text", [
    "The UN condemned Thursday's strike on a school in Gaza City. Israeli tanks shelled Beit "
    "Lahia, killing three.",
    "The Secretary-General condemned Thursday's killing of aid workers in Deir al-Balah. "
    "Israeli drones struck a car in Rafah, killing two.",
])
def test_a_condemned_attack_told_in_full_does_not_date_the_next_one(text):
    got = [e.event_date for e in parse(text, published="2024-10-27").events if e.fatalities]
    assert got == ["2024-10-27"], got


@pytest.mark.parametrize("text", [
    "Israeli troops, who entered Rafah last month, killed three gunmen in the city's Tel "
    "al-Sultan area.",
    "The Israeli military, which resumed its offensive last month, said its aircraft struck 50 "
    "targets in Khan Younis.",
])
def test_last_month_in_a_relative_clause_leaves_the_deed_its_day(text):
    got = [e.event_date for e in parse(text, published="2024-10-27").events]
    assert got == ["2024-10-27"], got


# -- who the dead included, after a toll of another attack ------------------------------------
@pytest.mark.parametrize("text,place,n", [
    ("An Israeli strike on a school in Gaza City killed 30 people on Monday. In Rafah, a "
     "strike hit a house of the Abu Taha family. The dead included five children and three "
     "women.", "Rafah", 8),
    ("Israeli strikes have killed more than 43,000 Palestinians since the war began, the "
     "ministry says. On Monday, a strike hit a house in Jabalia. The dead included four "
     "children and two women.", "Jabalia", 6),
    ("An Israeli airstrike killed 22 people at a school in Nuseirat on Monday. Separately, a "
     "strike hit a tent in al-Mawasi, Khan Younis. The dead included three children and two "
     "women, medics said.", "al-Mawasi (Khan Younis)", 5),
])
def test_who_the_dead_included_after_another_attacks_toll_is_this_ones_toll(text, place, n):
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events]
    assert (place, n) in got, got


# -- limits of the truce told as a time, attacks hitting homes, beaten drivers, barrages -----
@pytest.mark.parametrize("text", [
    # a truce as a demand or a span, not a time
    "Israel must halt strikes before the truce on Jabalia.",
    "In the hours before the truce, strikes would hit Jabalia.",
    "Since the truce, Israeli strikes have killed more than 200 people in Rafah.",
    # attacks that hit no dwelling
    "Attacks on aid convoys hit deliveries to Rafah.",
    # a fight, not a crew set upon
    "The attack on troops in Rafah was beaten back.",
    # a barrage of words, or launches from the Strip as a whole
    "The minister fired a barrage of questions from Rafah.",
    "Rocket launches were identified from the Gaza Strip toward Sderot.",
    # a pause that began long ago and ended
    "The pause that began in November ended on Friday in Khan Younis.",
])
def test_truce_attacks_drivers_and_barrages_keep_their_limits(text):
    got = [(e.sub_event_type, e.location) for e in parse(text, published="2024-06-10").events]
    assert not any(sub in ("Air/drone strike", "Attack", "Shelling/artillery/missile attack",
                           "Agreement") for sub, _ in got), got


def test_a_striking_number_is_no_strike():
    got = [e.sub_event_type for e in parse("Officials noted a striking number of targets in "
                                           "Rafah.", published="2024-06-10").events]
    assert got == [], got


@pytest.mark.parametrize("text,subs", [
    # the trigger's own negation, past an aside
    ("Al-Shifa, the hospital Israel vowed to storm, was not hit.", set()),
    # what was closed told after "closed": no crossing hit before it
    ("Near the Rafah crossing, a house was hit and closed the road.", {"Air/drone strike"}),
    ("Shops in Rafah opened and closed within hours.", set()),
])
def test_asides_and_closures_keep_their_limits(text, subs):
    got = {e.sub_event_type for e in parse(text, published="2024-06-10").events}
    assert got == subs, got


# -- a monitor's count over its week is the sum of the incidents it lists -------------------
_LEAD = "An Israeli airstrike on a house in Rafah killed 12 people on Monday, medics said. "


@pytest.mark.parametrize("text", [
    "This week, PCHR documented the killing of 9 Palestinians by IOF gunfire and airstrikes.",
    "During the reporting period, OCHA recorded the killing of 40 Palestinians in the Gaza "
    "Strip.",
    "In the past week, Al Mezan documented 14 airstrikes on homes in Khan Younis.",
])
def test_a_monitors_weekly_count_is_no_event(text):
    got = [(e.location, e.fatalities) for e in parse(_LEAD + text, published="2025-11-06").events]
    assert got == [("Rafah", 12)], got


@pytest.mark.parametrize("text,place,killed", [
    # a day told: the incident the monitor documented
    ("This week, PCHR documented an airstrike on Tuesday that killed two people in "
     "Deir al-Balah.", "Deir al-Balah", 2),
    # no monitor counting: the week's attacks told as news
    ("This week, Israeli airstrikes killed 30 people in Khan Younis.", "Khan Younis", 30),
])
def test_a_weeks_news_with_a_day_or_no_monitor_stays_an_event(text, place, killed):
    got = [(e.location, e.fatalities) for e in parse(_LEAD + text, published="2025-11-06").events]
    assert (place, killed) in got, got


# -- an attack told in another country is no event in the Strip ------------------------------
@pytest.mark.parametrize("text", [
    "US Secretary of State Marco Rubio travels to Doha, a week after Israel's strike on Hamas "
    "leaders in the Qatari capital killed six people.",
    "An Israeli drone strike on a car in the Lebanese city of Tyre killed two Hamas members on "
    "Tuesday.",
    "Israeli jets struck targets in Syria overnight, killing three people.",
])
def test_an_attack_abroad_is_no_event(text):
    got = [(e.location, e.fatalities) for e in parse(_LEAD + text, published="2025-11-06").events]
    assert got == [("Rafah", 12)], got


@pytest.mark.parametrize("text,place,killed", [
    # the Strip told too: its attack keeps its own toll
    ("An Israeli strike in Lebanon killed four people, while shelling in Khan Younis killed "
     "three.", "Khan Younis", 3),
    ("Israeli strikes in Gaza and Lebanon killed 40 people on Tuesday.", "Gaza Strip", 40),
    # a country told as where people went, not where the attack was
    ("Wounded children were flown to Jordan after the strike on a school in Jabalia killed 15 "
     "on Tuesday.", "Jabalia", 15),
])
def test_an_attack_in_the_strip_beside_one_abroad_stays(text, place, killed):
    got = [(e.location, e.fatalities) for e in parse(_LEAD + text, published="2025-11-06").events]
    assert (place, killed) in got, got


# -- a share of what the war has ruined is no attack of its own -----------------------------
@pytest.mark.parametrize("text", [
    "- Around 70 per cent of the city's roads were damaged or destroyed by bulldozing and "
    "bombing.",
    "Most of the camp's homes have been destroyed by airstrikes.",
])
def test_a_share_ruined_is_no_event(text):
    got = [(e.location, e.fatalities) for e in parse(_LEAD + text, published="2025-11-06").events]
    assert got == [("Rafah", 12)], got


@pytest.mark.parametrize("text,place", [
    # the attack told with its day, or the share an aside of a sentence that tells one
    ("An airstrike on Tuesday destroyed 70 per cent of the building in Jabalia.", "Jabalia"),
    ("Strikes hit Khan Younis on Tuesday, where 80 per cent of homes have been destroyed.",
     "Khan Younis"),
    ("Half of the houses in Beit Hanoun were destroyed by Israeli shelling on Tuesday.",
     "Beit Hanoun"),
    ("About 60 per cent of the buildings in Khan Younis were destroyed in the airstrikes, "
     "killing 20 people.", "Khan Younis"),
])
def test_a_share_ruined_by_an_attack_told_stays(text, place):
    got = [e.location for e in parse(_LEAD + text, published="2025-11-06").events]
    assert place in got, got


# -- sieges at a governorate and its towns, at two towns, or at a site with its own day --------
@pytest.mark.parametrize("text,published,want", [
    ("North Gaza remains under siege. Israeli forces have continued to impose a tightened "
     "siege on Beit Lahiya and Beit Hanoun.", "2024-12-24",
     ["North Gaza", "Beit Lahia", "Beit Hanoun"]),
    ("Troops encircled Khan Younis on Monday. On Wednesday, troops besieged Nasser hospital in "
     "the city.", "2024-10-24", ["Khan Younis", "Nasser Medical Complex"]),
    ("Israeli forces besieged Beit Hanoun on Monday. On Wednesday, Israeli forces besieged "
     "Jabalia camp.", "2024-10-24", ["Beit Hanoun", "Jabalia Camp"]),
    ("Israel imposed a complete siege on the Gaza Strip on 9 October. Troops encircled "
     "al-Shifa hospital on Wednesday.", "2023-11-16", ["Gaza Strip", "Al-Shifa Hospital"]),
])
def test_sieges_of_other_places_stay_apart(text, published, want):
    got = [e.location for e in parse(text, published=published).events
           if e.sub_event_type == "Siege/encirclement"]
    assert got == want, got


# -- an entry's heading is not an event of another entry, place or weapon ---------------------
@pytest.mark.parametrize("text,published,place", [
    # (its own entry tells strikes at several places together)
    ("Live\n\nPosted at 08:15\nOvernight strikes kill at least 23 in Rafah\nHospital officials "
     "say at least 23 people were killed as homes were hit in al-Shaboura and Tal as-Sultan."
     "\n\nPosted at 09:30\nCrossings shut\nThe UN says both crossings are closed.",
     "2024-05-07", "Rafah"),
    # (the next entry's strike is not the heading's)
    ("Live\n\nPosted at 08:15\nIsraeli airstrike kills five in Khan Younis, medics say\nThe UN "
     "says the hospitals in the south are running out of fuel.\n\nPosted at 09:30\nStrike on "
     "house in Nuseirat\nAn Israeli airstrike hit a house in Nuseirat camp, killing five.",
     "2024-05-07", "Khan Younis"),
    # (nor another weapon told in its entry on another day)
    ("Live\n\nPosted at 08:15\nAirstrikes kill 12 in Jabalia\nMedics say 12 people were killed. "
     "Residents say tanks shelled the camp on Monday.", "2024-05-08", "Jabalia"),
])
def test_an_entry_heading_stays_where_no_entry_tells_it_again(text, published, place):
    got = [(e.sub_event_type, e.location) for e in parse(text, published=published).events]
    assert ("Air/drone strike", place) in got, got


# -- a fight's dead at other places, or told with a day of their own --------------------------
@pytest.mark.parametrize("text,published,want", [
    ("Two soldiers were killed in Rafah on Saturday, the army said. Two soldiers were killed "
     "in Khan Younis, the army said.", "2024-10-27", ["Rafah", "Khan Younis"]),
    ("A soldier was killed in fighting in Rafah on Saturday. On Sunday, another soldier was "
     "killed in Rafah.", "2024-10-27", ["Rafah", "Rafah"]),
])
def test_dead_of_other_fights_stay_apart(text, published, want):
    got = [e.location for e in parse(text, published=published).events
           if e.event_type == "Battles"]
    assert got == want, got


@pytest.mark.parametrize("text, want", [
    # (not a strike of its own told with its place right before the toll)
    ("Tanks shelled homes in Rafah and on the outskirts of Khan Younis an airstrike killed 12 "
     "people on Saturday.", ("Khan Younis", 12)),
    ("A drone struck a car in Rafah and on Saturday a strike in Khan Younis killed five "
     "people.", ("Khan Younis", 5)),
    ("Shelling hit a house in Rafah and an airstrike on a tent in al-Mawasi killed nine "
     "people on Saturday.", ("al-Mawasi", 9)),
])
def test_a_toll_with_its_own_strike_after_another_place_keeps_its_count(text, want):
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events]
    assert want in got


@pytest.mark.parametrize("text", [
    # (bodies of strikes of days or a week before stay the dead of before)
    "On Monday, crews recovered the bodies of eleven people from under rubble in Beit Lahia "
    "following strikes in previous days.",
    "On Monday, crews recovered the bodies of eleven people in Beit Lahia following a strike "
    "the previous week.",
])
def test_bodies_of_strikes_days_before_are_no_toll(text):
    assert [e.fatalities for e in parse(text, published="2024-10-27").events] == [None]


@pytest.mark.parametrize("text, want", [
    # (a killing told apart, or fighters killed in a clash, is no part of the day's toll)
    ("Fourteen citizens were martyred today in Israeli bombardment of several areas of the "
     "Gaza Strip. Separately, troops shot dead two men in Rafah.",
     [("Gaza Strip", 14), ("Rafah", 2)]),
    ("Israeli strikes killed 14 people across the Gaza Strip since dawn. Troops shot dead two "
     "gunmen who attacked them in Rafah.", [("Gaza Strip", 14), ("Rafah", 2)]),
])
def test_a_days_toll_keeps_what_is_told_apart(text, want):
    assert [(e.location, e.fatalities)
            for e in parse(text, published="2024-10-27").events] == want


# -- attacks hitting homes, a truce as a time, a pause that holds, beaten crews, counted
# -- targets and crossings closed: what each must leave alone ---------------------------
@pytest.mark.parametrize("text,sub", [
    # the idiom, and attacks from the ground
    ("The attacks hit home for residents of Rafah, who have lost relatives.", "Air/drone strike"),
    ("Tank attacks hit homes in Jabalia.", "Air/drone strike"),
    ("Ground attacks hit schools in Jabalia.", "Air/drone strike"),
    # a kind of attack named, not one told
    ("The campaign of attacks hitting homes in Gaza City has displaced 90 per cent of the "
     "population.", "Air/drone strike"),
    ("Attacks hitting schools used as shelters have become routine in Jabalia, the UN said.",
     "Air/drone strike"),
    ("Over the past year, Israeli attacks hitting homes, tents and shelters in Khan Younis have "
     "killed thousands.", "Air/drone strike"),
    # the whole war before a truce, or any truce
    ("Before the truce, Israeli strikes had killed more than 14,000 people in Gaza City.",
     "Air/drone strike"),
    ("Before the truce, Israeli strikes killed more than 14,000 people across Gaza.",
     "Air/drone strike"),
    ("After a truce, strikes on Rafah usually stop for weeks.", "Air/drone strike"),
    # a truce that fails or ended
    ("The ceasefire that began on 10 October has not held, with Israeli strikes killing "
     "hundreds.", "Agreement"),
    ("The ceasefire which began on Sunday has never held in Rafah, residents said.",
     "Agreement"),
    ("The truce that began on 24 November had held until Friday, when fighting resumed in "
     "Khan Younis.", "Agreement"),
    # outrun, outplayed, or a pattern
    ("The drivers were beaten to the crossing by a rival convoy in Rafah.", "Attack"),
    ("Volunteers were beaten in the local football final in Khan Younis.", "Attack"),
    ("Drivers were repeatedly beaten in Rafah, the UN said.", "Attack"),
    # what the army can do
    ("Israel is capable of striking hundreds of targets in Gaza City each day, a general "
     "boasted.", "Air/drone strike"),
    ("The air force's ability to keep striking dozens of sites in Rafah is limited, analysts "
     "said.", "Air/drone strike"),
    # a place by the crossing hit and closed, a condition, a denial, a closure long past
    ("A school near the Erez crossing was shelled and closed on Monday.",
     "Crossing opened or closed"),
    ("A bakery next to the Rafah crossing was hit and closed for good.",
     "Crossing opened or closed"),
    ("The road to the Rafah crossing was hit and closed to traffic on Saturday.",
     "Crossing opened or closed"),
    ("The clinic at the Rafah crossing was struck and closed on Saturday.",
     "Crossing opened or closed"),
    ("If the Rafah crossing was hit and closed, aid would stop entirely.",
     "Crossing opened or closed"),
    ("Israel denied that the Rafah crossing was hit and closed.", "Crossing opened or closed"),
    ("The Rafah crossing was damaged last year and closed until repairs were made.",
     "Crossing opened or closed"),
])
def test_homes_hit_truces_crews_targets_and_closures_keep_their_reach(text, sub):
    got = [e.sub_event_type for e in parse(text, published="2024-06-10").events]
    assert sub not in got, got


# -- one incident a monitor documented this week, or a recording that is no count -----------
@pytest.mark.parametrize("text,place,killed", [
    ("Over the past week, the UN human rights office verified an Israeli strike on a school in "
     "Nuseirat that killed 30 people.", "Nuseirat", 30),
    ("This week, PCHR documented the killing of a paramedic by Israeli gunfire in Jabalia.",
     "Jabalia", 1),
    ("Earlier this week, Al Mezan documented an Israeli drone strike that killed three "
     "children in Beit Lahia.", "Beit Lahia", 3),
    ("In the past week, journalists documented Israeli forces storming al-Awda hospital in "
     "Jabalia.", "Al-Awda Hospital (Jabalia)", None),
    ("This week, Israeli soldiers recorded themselves blowing up a mosque in Khan Younis.",
     "Khan Younis", None),
])
def test_one_incident_documented_this_week_stays_an_event(text, place, killed):
    got = [(e.location, e.fatalities) for e in parse(_LEAD + text, published="2025-11-06").events]
    assert (place, killed) in got, got


# -- a share one attack ruined, or ruined of late, is that attack --------------------------
@pytest.mark.parametrize("text,place", [
    ("Half of the houses in Beit Hanoun were destroyed by an Israeli airstrike, witnesses "
     "said.", "Beit Hanoun"),
    ("Most of the building in Deir al-Balah was destroyed by the strike, witnesses said.",
     "Deir al-Balah"),
    ("Most of the homes in Jabalia camp were destroyed in an Israeli bombardment that began "
     "after midnight.", "Jabalia Camp"),
    ("More than half of the market in Nuseirat was destroyed when Israeli shells hit it.",
     "Nuseirat"),
    ("Most of the houses in the al-Zaytoun neighbourhood were demolished by Israeli "
     "bulldozers this week.", "Zeitoun"),
])
def test_a_share_one_attack_ruined_stays_that_attack(text, place):
    got = [e.location for e in parse(_LEAD + text, published="2025-11-06").events]
    assert place in got, got


# -- two sieges of one place, each told with its own day, or laid again -----------------------
@pytest.mark.parametrize("text,published,want", [
    ("Israeli forces besieged al-Shifa hospital on 15 November 2023, trapping hundreds of "
     "patients. On 18 March 2024, Israeli troops besieged al-Shifa hospital again, the health "
     "ministry said.", "2024-03-20",
     [("Al-Shifa Hospital", "2023-11-15"), ("Al-Shifa Hospital", "2024-03-18")]),
    ("Israeli forces laid siege to Kamal Adwan hospital on 5 October. On 24 December, troops "
     "besieged Kamal Adwan hospital for a second time.", "2024-12-26",
     [("Kamal Adwan Hospital", "2024-10-05"), ("Kamal Adwan Hospital", "2024-12-24")]),
    ("Israeli tanks besieged Jabalia camp on 12 May. Israeli forces besieged Jabalia camp on "
     "6 October, the army said.", "2024-10-10",
     [("Jabalia Camp", "2024-05-12"), ("Jabalia Camp", "2024-10-06")]),
    ("Troops encircled Beit Hanoun on Sunday. On Tuesday, troops encircled Beit Hanoun again "
     "after withdrawing on Monday.", "2024-10-24",
     [("Beit Hanoun", "2024-10-20"), ("Beit Hanoun", "2024-10-22")]),
])
def test_two_sieges_of_one_place_stay_apart(text, published, want):
    got = [(e.location, e.event_date) for e in parse(text, published=published).events
           if e.sub_event_type == "Siege/encirclement"]
    assert got == want, got


# -- another soldier's death, or one told "today", is another fight ------------------------
@pytest.mark.parametrize("text,published,want", [
    ("A soldier was killed in fighting in Rafah on Monday, the army said. Another soldier was "
     "killed in Rafah today, the military said.", "2024-10-29",
     [("Rafah", 1, "2024-10-28"), ("Rafah", 1, "2024-10-29")]),
    ("A soldier was killed in fighting in Rafah on Monday, the army said. A soldier was killed "
     "in Rafah yesterday, the military said.", "2024-10-30",
     [("Rafah", 1, "2024-10-28"), ("Rafah", 1, "2024-10-29")]),
])
def test_another_fights_dead_stay_apart(text, published, want):
    got = [(e.location, e.fatalities, e.event_date) for e in parse(text, published=published).events
           if e.event_type == "Battles"]
    assert got == want, got


@pytest.mark.parametrize("text, want", [
    # (a clause of its own after the last place, its count as subject: the place's dead)
    ("Tanks shelled homes in Rafah and at a school in Khan Younis nine people were killed on "
     "Saturday.", ("Khan Younis", 9)),
    ("Israeli tanks shelled homes in Rafah and on a tent in al-Mawasi nine people were killed "
     "on Saturday.", ("al-Mawasi", 9)),
    ("Israeli forces shelled eastern areas of Rafah and at a shelter in Khan Younis at least 12 "
     "people were killed by an airstrike on Saturday.", ("Khan Younis", 12)),
])
def test_a_toll_told_as_its_own_clause_after_places_keeps_its_place(text, want):
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events]
    assert want in got


@pytest.mark.parametrize("text", [
    # (the day before told of something else than the strike: bodies of dead of before)
    "On Monday, crews recovered the bodies of eleven people killed in Israeli strikes in "
    "Shujaiya, an area troops left the previous day.",
    "On Monday, crews recovered the bodies of eleven people following strikes in Shujaiya, "
    "after the army left the neighbourhood the previous night.",
    "On Monday, civil defence crews recovered the bodies of eleven people following Israeli "
    "strikes in Shujaiya, having regained access to the area the previous day.",
    "On Monday, crews recovered the bodies of eleven people from the rubble of homes hit by "
    "strikes in Shujaiya, which rescuers could reach only the previous day.",
])
def test_bodies_reached_the_day_before_are_no_toll(text):
    assert [e.fatalities for e in parse(text, published="2024-10-27").events] == [None]


@pytest.mark.parametrize("text, want", [
    # (people shot are no part of an air strikes toll, nor when told as more, nor crowds
    # shot at an aid site, a toll of their own)
    ("Israeli air strikes killed at least 30 people across the Gaza Strip since dawn, medics "
     "said. Israeli forces opened fire on crowds near an aid site in Rafah, killing 20 people.",
     [("Gaza Strip", 30), ("Rafah", 20)]),
    ("Israeli strikes killed at least 30 people across the Gaza Strip since dawn, medics "
     "said. Israeli forces opened fire on crowds near an aid site in Rafah, killing 20 people.",
     [("Gaza Strip", 30), ("Rafah", 20)]),
    ("Israeli strikes killed 30 people across Gaza since dawn. Israeli forces also shot dead "
     "four people near an aid distribution point in Rafah.", [("Gaza Strip", 30), ("Rafah", 4)]),
    ("Israeli warplanes killed at least 30 people across the Gaza Strip since dawn. Israeli "
     "forces shot dead four people in Rafah.", [("Gaza Strip", 30), ("Rafah", 4)]),
])
def test_a_strikes_toll_keeps_shootings_apart(text, want):
    assert [(e.location, e.fatalities)
            for e in parse(text, published="2024-10-27").events] == want


def test_dead_counted_in_several_areas_are_the_tolls():
    # "killed 30 in several areas of the Gaza Strip": 30 the dead, the areas no count
    assert [(e.location, e.fatalities) for e in parse(
        "Israeli bombardment killed 30 in several areas of the Gaza Strip since dawn. An "
        "airstrike on a house in Jabalia killed seven people.", published="2024-10-27").events
    ] == [("Gaza Strip", 23), ("Jabalia", 7)]



# -- a closure in force since a day weeks before ---------------------------------------------
@pytest.mark.parametrize("text, n", [
    ("The attack came days after the war resumed on 18 March, and while all crossings have been "
     "closed to aid since 2 March.", 0),
    ("The Rafah crossing has been closed since 7 May.", 0),
    ("The Kerem Shalom crossing had been shut to aid since the start of the war.", 0),
    # (since a day of the last days: the closure of that day)
    ("The Rafah crossing has been closed since Monday.", 1),
    ("The Rafah crossing has been closed since 20 October.", 1),
    ("The Rafah crossing was closed on 7 May.", 1),
])
def test_a_closure_in_force_since_weeks_is_no_event(text, n):
    got = [e for e in parse(text, published="2024-10-27").events
           if e.sub_event_type == "Crossing opened or closed"]
    assert len(got) == n, got


# -- "the same morning", "the next afternoon" ---------------------------------------
@pytest.mark.parametrize("text,day", [
    # the same part of the day: the day told, not the day before or after it
    ("A strike hit Rafah on Thursday. The same morning, tanks shelled Khan Younis.",
     "2024-10-24"),
    # "this morning" is the report's day, not the day told before it
    ("A strike hit Rafah on Thursday. This morning, tanks shelled Khan Younis.", "2024-10-27"),
])
def test_a_part_of_a_day_not_told_as_previous_or_next_keeps_its_own_day(text, day):
    got = [e.event_date for e in parse(text, published="2024-10-27").events
           if e.location == "Khan Younis"]
    assert got == [day], got


# -- a telling's day before the event, its own day after it ----------------------------
@pytest.mark.parametrize("text,days", [
    # a day of the next clause is not the first event's own
    ("On Monday, the army said troops raided Rafah, and on Tuesday they stormed Khan Younis.",
     ["2024-10-21", "2024-10-22"]),
    # a day counted from the report after the event does not outweigh the telling's
    ("On Wednesday the ministry said an airstrike killed five people in Rafah overnight.",
     ["2024-10-23"]),
])
def test_a_tellings_day_stays_where_the_event_names_no_day_of_its_own(text, days):
    got = [e.event_date for e in parse(text, published="2024-10-27").events]
    assert got == days, got


# -- "on <day> after ...": the day of what it came after too ------------------------------
@pytest.mark.parametrize("text,day", [
    # the dead of what set it off, told in the main clause
    ("At least 17 Palestinians were killed on Tuesday after Israeli forces opened fire near an "
     "aid site in Rafah.", "2024-10-22"),
    # a deed of its own, not a halt of work
    ("Fighting broke out in Rafah on Friday after Israeli troops shot four protesters.",
     "2024-10-25"),
    ("Troops stormed Jabalia on Monday after an airstrike hit a school there.", "2024-10-21"),
])
def test_a_day_before_after_dates_what_came_before_unless_it_is_a_halt_of_work(text, day):
    got = [e.event_date for e in parse(text, published="2024-10-27").events]
    assert got and all(g == day for g in got), got


# -- a span of days that is not a tally ---------------------------------------------------
def test_a_span_of_days_of_an_attack_still_hands_on_its_first_day():
    text = "On 24 and 25 October, tanks shelled Jabalia. Troops raided Beit Lahia."
    got = [e.event_date for e in parse(text, published="2024-10-27").events]
    assert got == ["2024-10-24", "2024-10-24"], got


@pytest.mark.parametrize("text, want", [
    # (a shelling of fighters' positions is not of homes; nor an airstrike on a tunnel shaft)
    ("Israeli artillery kept up the shelling of Hamas positions near Beit Hanoun on Monday.",
     ("Israeli military", "Hamas")),
    ("An Israeli airstrike destroys a Hamas tunnel shaft in Rafah on Monday.",
     ("Israeli military", "Hamas")),
    # (a gathering of people, or a crowd, struck stays civilians)
    ("An Israeli drone struck a gathering of people near the market in Nuseirat on Monday, "
     "killing three.", ("Israeli military", "Civilians (Palestine)")),
    ("Israeli shells hit a crowd in Jabalia on Monday, killing five.",
     ("Israeli military", "Civilians (Palestine)")),
])
def test_homes_or_crowds_hit_only_where_told(text, want):
    doc = parse(text, published="2024-10-27")
    assert [(e.actor1, e.actor2) for e in doc.events] == [want]


@pytest.mark.parametrize("text, want", [
    # (jets bombarding with missiles or bombs stay an air strike; artillery with shells is
    # the army's shelling, no group's)
    ("Israeli jets bombarded the camp in Nuseirat with missiles on Monday, killing five.",
     ("Air/drone strike", "Israeli military")),
    ("Israeli jets bombarded Rafah with heavy guided bombs on Monday.",
     ("Air/drone strike", "Israeli military")),
    ("Israeli artillery bombarded Beit Lahia with shells on Monday, killing three.",
     ("Shelling/artillery/missile attack", "Israeli military")),
])
def test_a_bombardment_with_shells_is_shelling_and_with_bombs_from_the_air(text, want):
    doc = parse(text, published="2024-10-27")
    assert [(e.sub_event_type, e.actor1) for e in doc.events] == [want]


def test_an_army_that_acknowledges_its_strike_is_its_author():
    doc = parse("Israel acknowledged its strike on Monday killed 12 people in a school in "
                "Nuseirat.", published="2024-10-22")
    assert [(e.actor1, e.actor2) for e in doc.events] == \
        [("Israeli military", "Civilians (Palestine)")]


# -- a burial of bodies is no killing --------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Israeli forces raid al-Shifa Hospital. The hospital director said on Tuesday that about "
     "180 bodies had been buried in a mass grave in the grounds because they could not be "
     "taken out.", [None]),
    ("Israeli forces raid al-Shifa Hospital. On Monday 40 martyrs were buried in the hospital "
     "courtyard, the director said.", [None]),
    # (buried by the strike, or the dead of a strike told with their burial: its toll)
    ("An Israeli strike on a house in Rafah on Monday killed 12 people. 12 bodies were buried "
     "under the rubble.", [12]),
    ("Israeli forces raid al-Shifa Hospital. On Monday 40 martyrs killed in an air strike on a "
     "house in Jabalia were buried in a cemetery in Gaza City.", [None, 40, None]),
])
def test_bodies_buried_in_a_grave_are_no_toll(text, want):
    assert [e.fatalities for e in parse(text, published="2024-10-27").events] == want


# -- a head count of the displaced sheltering at a place is no flight -------------------------
@pytest.mark.parametrize("text, n", [
    ("Israeli forces raid al-Shifa Hospital. There are more than 650 patients and some 7,000 "
     "displaced here, he said.", 0),
    ("Israeli forces raid al-Shifa Hospital. The hospital houses some 7,000 displaced.", 0),
    ("Israeli forces raid al-Shifa Hospital. There are 3,000 displaced in the hospital "
     "compound.", 0),
    # (a flight counted: where from, since when, or what left them so)
    ("Israeli strikes hit Jabalia on Monday, leaving some 7,000 displaced.", 1),
    ("Some 7,000 displaced from Jabalia reached Gaza City on Monday.", 2),
    ("Israeli tanks advanced into Beit Lahia on Monday; some 5,000 were displaced there.", 1),
])
def test_a_head_count_of_the_displaced_is_no_flight(text, n):
    got = [e for e in parse(text, published="2024-10-27").events
           if e.sub_event_type == "Displacement"]
    assert len(got) == n, got


# -- the traces of attacks seen at a place, and the routes aid takes, are no events ------------
@pytest.mark.parametrize("text, want", [
    ("Team members described Al-Shifa as a death zone. Signs of shelling and gunfire were "
     "evident.", []),
    ("The walls of the school in Jabalia bear the marks of heavy bombardment.", []),
    ("In recent weeks, children have also been killed near food distribution points in Rafah "
     "and Khan Younis and along aid convoy routes in northern Gaza.", []),
    ("Israel opened new aid delivery routes into northern Gaza on Monday.", []),
    # (the attack told with its day; a convoy that came)
    ("Residents of Jabalia found signs of an air strike on Monday night that killed three "
     "people.", [("Air/drone strike", "Jabalia")]),
    ("An aid convoy reached Gaza City on Monday.", [("Aid delivery", "Gaza City")]),
])
def test_traces_of_attacks_and_aid_routes_are_no_events(text, want):
    assert [(e.sub_event_type, e.location)
            for e in parse(text, published="2024-10-27").events] == want


# -- an attack told with no place, placed abroad by the sentence after it ----------------------
@pytest.mark.parametrize("text, want", [
    ("The IDF and the Shin Bet carried out a precise strike targeting the senior leadership of "
     "the terrorist organisation Hamas. Explosions were reported in the Qatari capital, Doha, "
     "where Hamas leaders had gathered.", []),
    ("Israeli tanks shelled Khan Younis on Sunday. Israeli jets carried out a strike on a Hamas "
     "commander. The strike hit a flat in the Lebanese capital.",
     [("Shelling/artillery/missile attack", "Khan Younis", None)]),
    # (another attack told abroad after it, or the Strip told too: the attack stays)
    ("Israeli tanks shelled Khan Younis on Sunday. An Israeli air strike killed three people on "
     "Monday. Israel also struck targets in Lebanon.",
     [("Shelling/artillery/missile attack", "Khan Younis", None),
      ("Air/drone strike", "Khan Younis", 3)]),
    ("Israeli tanks shelled Khan Younis on Sunday. An Israeli air strike killed three people on "
     "Monday. Explosions were also reported in the Lebanese capital.",
     [("Shelling/artillery/missile attack", "Khan Younis", None),
      ("Air/drone strike", "Khan Younis", 3)]),
])
def test_an_attack_placed_abroad_by_the_next_sentence_is_no_event(text, want):
    assert [(e.sub_event_type, e.location, e.fatalities)
            for e in parse(text, published="2024-10-27").events] == want


# -- the fighters' weapon striking a tank is the fight, no air strike --------------------------
@pytest.mark.parametrize("text, want", [
    ("Twenty-one Israeli soldiers were killed in central Gaza when a rocket-propelled grenade "
     "struck a tank, the military said on Tuesday.", [("Armed clash", 21)]),
    ("An anti-tank missile struck an Israeli tank in Beit Hanoun on Monday.",
     [("Armed clash", None)]),
    ("A Yassin-105 shell struck a bulldozer in Rafah on Monday.", [("Armed clash", None)]),
    # (the army's own strike told beside it)
    ("Fighters said an RPG struck a tank in Rafah on Monday before Israeli jets struck the "
     "area.", [("Armed clash", None), ("Air/drone strike", None)]),
    ("Israeli warplanes struck a house in Jabalia on Monday, killing four.",
     [("Air/drone strike", 4)]),
])
def test_a_fighters_weapon_striking_a_tank_is_no_air_strike(text, want):
    assert [(e.sub_event_type, e.fatalities)
            for e in parse(text, published="2024-10-27").events] == want


@pytest.mark.parametrize("text, places", [
    # (hospitals hit are places of the attack, listed or not, even beside one that took in
    # the wounded)
    ("Israeli strikes hit Al-Awda Hospital and Kamal Adwan Hospital on Monday, killing four.",
     {"Al-Awda Hospital (Jabalia)", "Kamal Adwan Hospital"}),
    ("Shelling hit Kamal Adwan Hospital, the Indonesian Hospital and Al-Awda Hospital, which "
     "received 20 wounded.",
     {"Kamal Adwan Hospital", "Indonesian Hospital", "Al-Awda Hospital (Jabalia)"}),
    ("An airstrike hit Al-Awda Hospital in Jabalia and the Indonesian Hospital received dozens "
     "of casualties.", {"Al-Awda Hospital (Jabalia)"}),
    # (the town of a receiving hospital still places the dead told next when the attack was
    # told only by its region, or after a hospital told as where one wounded was carried)
    ("Israeli fire killed at least 31 Palestinians near an aid site in southern Gaza. The Red "
     "Cross said its field hospital in Rafah received 179 casualties. Twenty-one were "
     "declared dead on arrival.", {"southern Gaza", "Rafah"}),
    # (a city told as a place of its own after another verb, on its edge, stays one)
    ("Strikes hit Jabalia, and tanks shelled homes on the eastern edge of Gaza City.",
     {"Jabalia", "Gaza City"}),
])
def test_receiving_hospitals_and_edges_of_cities_keep_the_places_hit(text, places):
    got = {e.location for e in parse(text, published="2024-10-27").events}
    assert got == places


@pytest.mark.parametrize("text, places", [
    # (where people are sent stays no place of the order, after a verb or not)
    ("The army ordered residents of Jabalia to move to Gaza City.", {"Jabalia"}),
    ("The army ordered residents of Beit Lahia to evacuate to Khan Younis.", {"Beit Lahia"}),
    ("Israel ordered residents of Beit Hanoun to relocate to shelters in Gaza City.",
     {"Beit Hanoun"}),
    ("The evacuation order was expanded to cover Beit Lahia, forcing residents to flee to Gaza "
     "City.", {"Beit Lahia"}),
])
def test_an_order_is_not_where_people_are_sent(text, places):
    got = {e.location for e in parse(text, published="2024-10-27").events
           if e.sub_event_type == "Evacuation order"}
    assert got == places


@pytest.mark.parametrize("text, places", [
    # (the hospital its staff speak from is not where the attack is when "the hospital" is
    # only where ambulances go, or took the wounded in)
    ("Medics at Nasser Medical Complex said shelling in the surrounding streets of Khan Younis "
     "was making it nearly impossible for ambulances to reach the hospital.", {"Khan Younis"}),
    ("Doctors at Kamal Adwan Hospital said the hospital received 30 wounded from strikes on "
     "Jabalia.", {"Jabalia"}),
])
def test_staff_telling_of_the_hospital_place_no_attack_there(text, places):
    assert {e.location for e in parse(text, published="2024-10-27").events} == places


@pytest.mark.parametrize("text, place", [
    # (a release told after the sentence that places its handover stays there)
    ("Crowds gathered at a square in Khan Younis for the handover. Hamas freed three hostages "
     "to the Red Cross.", "Khan Younis"),
    ("Crowds gathered at a square in Khan Younis for the handover. Hamas freed three hostages "
     "on Saturday.", "Khan Younis"),
    ("Hamas released three hostages in Khan Younis on Saturday.", "Khan Younis"),
])
def test_a_release_keeps_the_handovers_place(text, place):
    got = [e.location for e in parse(text, published="2024-10-27").events
           if e.sub_event_type == "Hostage or prisoner release"]
    assert got == [place]


# -- brackets, quotes, "X-based", parts, who the dead were -------------------------------------
@pytest.mark.parametrize("text,killed,injured", [
    # a list's number in brackets is no count: "Table (2) shows ..."
    ("Table (2) of the report lists the shelters in Rafah.", None, None),
    # a quote after the verb that is no count: 'killed "with precision"'
    ('The army said its strike in Rafah killed "with precision", medics said.', None, None),
])
def test_brackets_and_quotes_make_no_count(text, killed, injured):
    got = parse(text, published="2024-06-30").events
    assert all(e.fatalities == killed and e.injuries == injured for e in got)


def test_a_part_in_a_strike_on_a_place_is_not_read_as_its_own():
    # "12 of them in an attack on a school in Rafah": the attack's target is no part's place
    # the rule reads ("on", not "in"): the toll stays at Gaza City
    assert [(e.location, e.fatalities) for e in parse(
        "Strikes killed 30 people in Gaza City, 12 of them in an attack on a school in Rafah.",
        published="2024-10-27").events][0] == ("Gaza City", 30)


def test_a_list_of_the_dead_after_an_attack_of_the_sentences_own_is_its_toll():
    # "In Rafah, a strike hit a house, and medics said the dead included five children and
    # three women": the house's dead, not a share of the school's toll before
    got = [(e.location, e.fatalities) for e in parse(
        "An Israeli strike on a school in Gaza City killed 30 people. In Rafah, a strike hit a "
        "house, and medics said the dead included five children and three women.",
        published="2024-10-27").events]
    assert ("Rafah", 8) in got


def test_strikes_killing_civilians_beside_a_raid_keep_their_toll():
    # "aircraft struck a house, killing 30 people": civilians, the strike's own dead
    assert [(e.sub_event_type, e.fatalities) for e in parse(
        "Troops raided Khan Yunis overnight, and aircraft struck a house, killing 30 people.",
        published="2024-10-27").events] == [("Armed clash", None), ("Air/drone strike", 30)]


# -- a tally told with where most of it came from ----------------------------------------------
@pytest.mark.parametrize("text,want", [
    # the places' own toll, told before it: no Strip's
    ("Strikes on Rafah and Jabalia killed 40 people in the past 24 hours.",
     [("Rafah", None), ("Jabalia", None)]),
    # where the dead came from, not where strikes hit: the attack's own place keeps its toll
    ("The strike on the school in Jabalia killed 12 people, most of them from Beit Lahia.",
     [("Jabalia", 12), ("Beit Lahia", None)]),
    # no place after the words
    ("The strike killed 12 people, most of them from the same family.", []),
])
def test_a_toll_told_with_its_places_first_is_theirs(text, want):
    assert [(e.location, e.fatalities)
            for e in parse(text, published="2024-10-27").events] == want


# -- an order to empty something that is no area ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Soldiers ordered the men in Jabalia to empty their pockets.",
    "Troops ordered the driver to empty the truck near Rafah.",
    "A court order to vacate the house in Rafah was issued.",
])
def test_an_order_to_empty_a_load_is_no_evacuation(text):
    assert not [e for e in parse(text, published="2024-07-08").events
                if e.sub_event_type == "Evacuation order"]


# -- handed to the Red Cross, but no captives ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Israel transferred the wounded to the Red Cross in Rafah.",
    "Hamas handed a list of names to the Red Cross in Gaza City.",
    "Israel returned bodies that belonged to Palestinians held in Israeli prisons to Khan Younis.",
])
def test_no_captive_handed_over_is_no_release(text):
    assert not [e for e in parse(text, published="2025-10-29").events
                if e.sub_event_type == "Hostage or prisoner release"]


def test_a_release_told_at_the_place_before_by_its_word_stays_there():
    text = ("Israeli forces raided the Nuseirat camp on Saturday. The army said four captives "
            "were rescued alive from two buildings in the camp.")
    assert [e.location for e in parse(text, published="2024-06-09").events
            if e.sub_event_type == "Hostage or prisoner release"] == ["Nuseirat Camp"]


# -- killed or held as a danger -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Residents in Jabalia fear they will be killed or arrested if they stay.",
    "Residents in Jabalia fear they will be arrested or killed if they stay.",
    "Anyone who approaches the fence in Rafah risks being killed or detained.",
])
def test_a_danger_of_being_killed_or_held_is_no_event(text):
    assert not parse(text, published="2025-11-20").events


def test_troops_capturing_a_place_is_still_territory():
    assert [e.sub_event_type for e in parse("Troops captured the Rafah crossing on Tuesday.",
                                            published="2024-05-08").events] == \
        ["Non-violent transfer of territory"]


def test_a_place_after_an_aside_with_its_own_event_is_that_events():
    got = [(e.sub_event_type, e.location) for e in parse(
        "Troops raided Jabalia, where residents said homes were burned, and in Khan Younis a "
        "strike killed three.", published="2023-12-13").events]
    assert ("Armed clash", "Khan Younis") not in got and ("Air/drone strike", "Khan Younis") in got


# -- what is done, handed over, brought in or walked: what is no event ----------------------
@pytest.mark.parametrize("text", [
    "Potential targets include Hamas commanders in Khan Younis and Rafah.",
    "In al-Mawasi, tents went up in flames after a gas canister exploded on Sunday.",
    "A tent went up in flames in al-Mawasi on Sunday.",
    "Hamas handed over its response to the proposal in Cairo.",
    "Hamas handed a list of names to the mediators in Doha.",
    "Hamas handed control of the Rafah crossing to the Palestinian Authority in January.",
    "The hospital in Khan Younis was stripped of its equipment.",
    "The wounded in Jabalia were bound for the hospital.",
    "A blindfolded hostage appeared in a video from Khan Younis.",
    "No fuel has entered Gaza since 2 March.",
    "Fuel deliveries were halted at Kerem Shalom on Sunday.",
    "Fuel deliveries have been prioritized for hospitals in Khan Younis.",
    "Hospitals in Khan Younis ran out of fuel on Sunday.",
    "Some 12,000 patients in Rafah are waiting to cross into Egypt.",
    "Some of the wounded were allowed to cross into Egypt at the Rafah crossing on Sunday.",
    "Soldiers searched a bus carrying families heading north along Salah al-Din Road in Gaza "
    "City.",
    "Israeli troops stopped people walking north along Salah al-Din Road in Gaza City.",
    "The Kerem Shalom crossing has closed for months.",
])
def test_what_was_done_limits(text):
    got = [(e.sub_event_type, e.location) for e in parse(text, published="2024-10-27").events]
    assert got == [], got


# -- rockets fired from the air, weapons at no forces, fighters hit, a day of another -------
@pytest.mark.parametrize("text", [
    "An Israeli drone bombarded a group of citizens east of Khan Younis with a rocket, killing "
    "three.",
    "Occupation aircraft bombarded the al-Farabi school in Gaza City with several rockets on "
    "Tuesday.",
])
def test_rockets_an_aircraft_bombards_with_stay_an_air_strike(text):
    assert [e.sub_event_type for e in parse(text, published="2024-06-30").events] == \
        ["Air/drone strike"]


@pytest.mark.parametrize("text, n", [
    # (a weapon that strikes no tank, no troops: no fight, and still an event)
    ("A stun grenade struck a woman waiting for aid in Rafah, medics said.", None),
    ("An Israeli anti-tank missile struck a car carrying fighters in Rafah, killing three.", 3),
])
def test_a_weapon_striking_no_forces_is_still_told(text, n):
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-06-30").events]
    assert ("Rafah", n) in got


def test_our_fighters_hit_by_the_forces_are_not_who_fired():
    got = _coded("Saraya al-Quds said: Our fighters came under heavy shelling by occupation "
                 "tanks east of Khan Younis.")
    assert [a1 for *_, a1, _ in got] == ["Israeli military"]


def test_the_day_an_operation_began_is_not_the_days_own():
    # "in an operation that began on Sunday": not the day of the raid told on Monday
    (event,) = parse("On Monday the army said troops raided Jabalia, killing five militants, in "
                     "an operation that began on Sunday.", published="2024-06-30").events
    assert str(event.event_date) == "2024-06-24"


@pytest.mark.parametrize("text", [
    "On 20 October, Israeli forces struck Gaza.\n\n- In Jabalia, a house was hit, killing five.\n"
    "- In Rafah, a drone struck a car, killing two.",
    "On 20 October, Israeli forces launched strikes across Gaza.\n\nIn other developments, the "
    "ministry listed incidents:\n\n- In Jabalia, a house was hit, killing five.",
])
def test_bullets_no_dated_line_opens_with_a_colon_are_of_the_reports_day(text):
    got = [(e.location, e.event_date) for e in parse(text, published="2024-10-27").events
           if e.location != "Gaza Strip"]
    assert got and all(d == "2024-10-27" for _, d in got), got


@pytest.mark.parametrize("text,day", [
    ("On Tuesday, tanks shelled Rafah. During the week of 14 October, strikes killed 12 people "
     "in Jabalia.", "2024-10-14"),
    ("On Tuesday, tanks shelled Rafah. An airstrike killed 12 people in Jabalia on Friday, the "
     "deadliest in the past week.", "2024-10-25"),
])
def test_a_week_named_or_a_day_told_is_not_the_week_up_to_the_report(text, day):
    got = [e.event_date for e in parse(text, published="2024-10-27").events
           if e.location == "Jabalia"]
    assert got == [day], got


@pytest.mark.parametrize("text", [
    "Israeli forces raided Kamal Adwan hospital in October, detaining dozens of staff.",
    "Israeli forces raided Kamal Adwan hospital in early October, detaining dozens of staff.",
])
def test_a_month_or_its_start_keeps_the_first_of_the_month(text):
    got = [e.event_date for e in parse(text, published="2024-11-07").events]
    assert got == ["2024-10-01"], got


@pytest.mark.parametrize("text", [
    "Four Israeli soldiers were killed in Rafah, the army said on Tuesday. Residents were "
    "sleeping on Monday night when a strike hit a house nearby.",
    "Four Israeli soldiers were killed in Rafah, the army said on Tuesday. Residents were "
    "sleeping on Monday night when a missile struck them in Khan Younis.",
])
def test_others_doing_on_a_day_when_an_attack_came_do_not_date_the_lead(text):
    got = [e.event_date for e in parse(text, published="2024-10-22").events
           if e.sub_event_type == "Armed clash"]
    assert got == ["2024-10-22"], got


def test_what_has_gone_on_since_a_day_mid_paragraph_keeps_the_day_told_before():
    text = ("On Sunday, an airstrike killed 20 people in Nuseirat. In Rafah, where troops have "
            "besieged the camp since 6 October, residents said drones were firing on anyone "
            "moving. A drone strike killed three people near a shelter.")
    got = [e.event_date for e in parse(text, published="2024-10-28").events
           if e.sub_event_type == "Air/drone strike" and e.location == "Rafah"]
    assert got == ["2024-10-27"], got


@pytest.mark.parametrize("text,want", [
    # bodies no one could reach are the dead left over days, no toll of the strike
    ("An Israeli air strike hit a house in Rafah on Monday. Rescuers said they could not reach "
     "dozens of bodies lying under the rubble.", None),
    ("An Israeli air strike hit a house in Rafah on Monday, killing five people. Crews were "
     "unable to reach the bodies of 20 others in the area.", 5),
])
def test_bodies_no_one_could_reach_are_no_toll(text, want):
    assert [e.fatalities for e in parse(text, published="2024-10-24").events] == [want]


@pytest.mark.parametrize("text", [
    # the hurt with no noun in a clause of another's, or hurt before: no count
    "The crowd scattered near the school in Jabalia on Monday, dozens were injured.",
    "An Israeli strike hit a school in Jabalia on Monday. Dozens were previously injured in "
    "strikes on the area.",
])
def test_the_hurt_told_alone_mid_clause_or_before_are_not_counted(text):
    assert all(e.injuries is None for e in parse(text, published="2024-10-24").events)


def test_a_part_of_a_tally_with_no_day_alone_is_no_days_toll():
    # (a share of a kind of the dead, not of a day)
    text = ("Israeli strikes have killed 300 people across the Gaza Strip since the truce "
            "collapsed, including 60 children.")
    assert all(e.fatalities is None for e in parse(text, published="2024-10-24").events)


def test_a_count_spoken_of_since_the_war_began_is_no_toll():
    text = "An Israeli strike hit Rafah on Monday. He spoke of dozens killed since the war began."
    assert all(e.fatalities is None for e in parse(text, published="2024-10-24").events)


@pytest.mark.parametrize("text", [
    # a name nearly hurt, or a place: no one hurt
    "An Israeli strike hit a house in Khan Younis on Monday. Hatem Khaled was nearly wounded.",
    "An Israeli strike hit a house in Khan Younis on Monday. Khan Younis was hurt by the "
    "closure of the crossings.",
    # the hurt carried elsewhere, another time, or to cross: not the strike's
    "An Israeli airstrike hit Rafah on Sunday. Some 76 wounded were expected to cross into "
    "Egypt.",
    "An Israeli airstrike hit Rafah on Sunday. About 40 wounded people were taken to hospitals "
    "in Egypt last week.",
])
def test_no_one_named_hurt_nor_the_hurt_carried_elsewhere_count(text):
    assert all(e.injuries is None for e in parse(text, published="2024-10-27").events)


def test_a_named_person_fatally_wounded_is_not_hurt():
    text = ("Israeli forces raided a building in Nuseirat on Saturday. Chief Inspector Arnon "
            "Zmora, a police officer, was fatally wounded during the raid.")
    assert all(e.injuries is None for e in parse(text, published="2024-10-27").events)


# -- withdrawals, stocks, the sick, tallies, blazes, things handed out, the dead found -------
@pytest.mark.parametrize("text,sub", [
    ("Israel ordered its troops to vacate the Netzarim corridor under the ceasefire deal on "
     "Sunday.", "Evacuation order"),
    ("The army instructed soldiers to vacate their positions in Rafah on Sunday.",
     "Evacuation order"),
    ("The ministry instructed hospitals in Khan Younis to empty their stores of medicines.",
     "Evacuation order"),
    ("Doctors at Al-Shifa Hospital transferred the children to the ICRC for evacuation to the "
     "south on Sunday.", "Hostage or prisoner release"),
    ("Dozens of medics killed or detained by Israeli forces in Gaza City were named by the "
     "ministry on Sunday.", "Armed clash"),
    ("An airstrike hit a vehicle carrying displaced families heading south along Salah al-Din "
     "Road in Deir al-Balah.", "Displacement"),
    ("Israeli tanks shelled thousands of displaced people heading south on the coastal road "
     "near Nuseirat.", "Displacement"),
    ("Before the war, fuel entered Gaza daily through Kerem Shalom.", "Aid delivery"),
    ("A fuel convoy was turned back before it reached Rafah on Sunday.", "Aid delivery"),
    ("Some of the bodies found in the mass grave at Nasser Hospital were handcuffed, the civil "
     "defence said.", "Arrests"),
    ("The bodies, which were bound and blindfolded, were exhumed in Khan Younis on Sunday.",
     "Arrests"),
    ("In al-Mawasi, dozens of tents went up in flames after a fire broke out on Sunday.",
     "Air/drone strike"),
    ("Hamas handed out aid parcels in Gaza City on Sunday.", "Hostage or prisoner release"),
    ("Gunmen handed leaflets to residents in Rafah on Sunday.", "Hostage or prisoner release"),
])
def test_what_was_done_to_others_limits(text, sub):
    got = [e.sub_event_type for e in parse(text, published="2024-06-30").events]
    assert sub not in got, got


@pytest.mark.parametrize("text", [
    "An airstrike killed five people in Khan Younis. Residents in the south said the strikes "
    "were the heaviest in weeks.",
    "The army struck over 50 targets in Khan Younis. The assaults may prepare ground "
    "incursions akin to previous operations in the north.",
    "An airstrike killed five people in Khan Younis. Fighting continued in the south of "
    "Lebanon.",
])
def test_a_side_told_alone_is_not_taken_for_who_speaks_or_another_time(text):
    # "Residents in the south said", "akin to previous operations in the north", "the south
    # of Lebanon": no side of the Strip where the deed was
    assert all(loc not in ("southern Gaza", "northern Gaza")
               for _, loc, _, _ in _events(text, "2024-10-27"))


@pytest.mark.parametrize("text, place", [
    # (al-Mawasi beside Khan Younis's hospital: the half in Khan Younis)
    ("Tanks shelled areas near al-Mawasi and heavy shelling hit Nasser Hospital.",
     "al-Mawasi (Khan Younis)"),
    ("Residents reported tanks near al-Mawasi and heavy shelling.", "al-Mawasi"),
])
def test_a_place_of_the_attack_itself_is_kept_beside_another(text, place):
    # "Tanks shelled areas near al-Mawasi": the tanks' own deed there; "tanks near al-Mawasi
    # and heavy shelling": no other place told for the shelling
    assert place in [loc for _, loc, _, _ in _events(text, "2024-01-23")]



@pytest.mark.parametrize("text", [
    "Strikes hit Jabalia on Monday. Gaza's civil defence said strikes across the Strip killed "
    "30 people.",
    "Strikes hit Jabalia on Monday. Gaza's civil defence said 30 people were killed on Monday.",
])
def test_the_strips_rescuers_leave_a_toll_of_strikes_at_the_strip(text):
    # "Gaza's civil defence said strikes across the Strip killed 30": the Strip's toll, not
    # a shooting at the place told before
    got = _events(text, "2024-10-27")
    assert ("Gaza Strip", 30) in [(loc, n) for _, loc, n, _ in got]


def test_a_place_after_a_share_that_is_not_sent_there_is_kept():
    # "Thousands fled, many of them children, in Khan Younis": no "to" after the share
    got = _events("Thousands fled on Monday, many of them children, as tanks shelled homes in "
                  "Khan Younis.", "2024-10-27")
    assert "Khan Younis" in {loc for sub, loc, _, _ in got if sub.startswith("Shelling")}


def test_a_sentence_naming_a_place_with_no_crowd_gathered_there_sets_no_scene():
    # "Aid trucks were waiting at the Rafah crossing": no crowd told there; the shooting
    # stays with the place told before
    got = _events("Strikes hit Jabalia overnight. Aid trucks stood idle at the Rafah crossing "
                  "on Monday. Later, gunmen opened fire, killing two.", "2024-10-27")
    assert "Rafah Crossing" not in [loc for _, loc, n, _ in got if n == 2]


@pytest.mark.parametrize("text, places", [
    ("Strikes hit Jabalia, eastern Khan Younis, and Rafah.",
     ["Jabalia", "Khan Younis", "Rafah"]),
    ("Strikes hit Tal as Sultan, eastern Khan Younis and Deir al-Balah.",
     ["Tel al-Sultan", "Khan Younis", "Deir al-Balah"]),
])
def test_a_side_of_a_town_that_does_not_hold_the_place_before_is_an_item(text, places):
    # "Tal as Sultan, eastern Khan Younis and Deir al-Balah": a list, each a place
    assert [loc for _, loc, _, _ in _events(text, "2024-10-27")] == places


def test_a_week_long_span_is_not_the_week_up_to_the_report():
    text = ("On Tuesday, tanks shelled Rafah. Hostages were freed during the week-long pause in "
            "fighting, while Israeli troops raided Jabalia.")
    got = [e.event_date for e in parse(text, published="2024-10-28").events
           if e.location == "Jabalia"]
    assert got == ["2024-10-22"], got


@pytest.mark.parametrize("text", [
    "From mid- to late October, Israeli forces raided Kamal Adwan hospital three times.",
    "Between early and late October, Israeli forces raided Kamal Adwan hospital three times.",
])
def test_late_in_a_month_as_a_spans_end_keeps_the_first_of_the_month(text):
    got = [e.event_date for e in parse(text, published="2024-11-07").events]
    assert got == ["2024-10-01"], got


def test_others_doing_on_a_day_when_fire_came_on_them_do_not_date_the_lead():
    text = ("Four Israeli soldiers were killed in Rafah, the army said on Tuesday. Palestinians "
            "were queueing for flour on Monday when troops opened fire on them.")
    got = [e.event_date for e in parse(text, published="2024-10-22").events
           if e.sub_event_type == "Armed clash"]
    assert got == ["2024-10-22"], got


@pytest.mark.parametrize("text", [
    # a named person hurt at another time, or who then died: no one hurt
    "An Israeli airstrike hit a house in Khan Younis on Monday, killing three people. Hatem "
    "Khaled was wounded last month in Rafah.",
    "An Israeli airstrike hit a house in Khan Younis on Monday, killing three people. Hatem "
    "Khaled had been wounded in an earlier strike.",
    "An Israeli airstrike hit a house in Khan Younis on Monday, killing three people. Hatem "
    "Khaled was wounded in the strike and died later in hospital.",
    # the hurt carried to care over many days: not the strike's
    "An Israeli airstrike on a camp in Tel al-Sultan on Sunday night killed at least 45 people. "
    "Over 300 wounded people were taken to hospitals in recent days.",
])
def test_a_name_hurt_another_time_or_the_hurt_carried_over_days_count_no_one(text):
    assert all(e.injuries is None for e in parse(text, published="2024-10-28").events)


@pytest.mark.parametrize("text, want", [
    # (gunfire beside jets or shells told, or in another paragraph, or at fighters: no
    # shooting at people named as what killed)
    ("Israeli jets pounded Rafah overnight. Gunfire was also heard. Five people were killed.",
     "Air/drone strike"),
    ("Residents heard gunfire near the hospital in Khan Younis.\n\nFive people were killed in "
     "the city, medics said.", "Air/drone strike"),
    ("Troops opened fire on militants in Beit Hanoun. Two people were killed.",
     "Armed clash"),
    ("Residents heard gunfire in Jabalia. Two people were killed in Beit Lahia.",
     "Air/drone strike"),
])
def test_gunfire_told_apart_leaves_a_bare_toll_alone(text, want):
    doc = parse(text, published="2024-10-27")
    assert [e.sub_event_type for e in doc.events if e.fatalities] == [want]


def test_a_toll_like_the_leads_with_its_own_weapon_keeps_it():
    doc = parse("An Israeli air strike on a school in Nuseirat killed 12 people on Tuesday. On "
                "Sunday, tanks shelled a house in Bureij, killing eight in similar circumstances.",
                published="2024-10-22")
    assert [e.sub_event_type for e in doc.events] == \
        ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_the_raiders_own_hurt_is_no_attack_of_theirs():
    doc = parse("Israeli special forces raided Nuseirat on Saturday to rescue four hostages. An "
                "officer was mortally wounded during the raid.", published="2024-06-08")
    assert not [e for e in doc.events if e.sub_event_type == "Attack" and
                e.actor1 == "Israeli military"]


@pytest.mark.parametrize("text, n", [
    # (another strike at the town, or one told at a site of another kind, stays)
    ("An Israeli strike on Nasser Hospital killed 20 people on Monday. Another strike hit a "
     "hospital building in Khan Younis.", 2),
    ("An Israeli strike on Nasser Hospital killed 20 people on Monday. A strike hit a school "
     "in Khan Younis.", 2),
    # (a town as a bearing with another toll, or far from the other attack, stays)
    ("An Israeli strike on the al-Mawasi area killed 90 people on Saturday. A strike hit a "
     "house west of Khan Younis, killing five.", 2),
    ("An Israeli strike on Beit Lahia killed 90 people on Saturday. A strike hit a compound "
     "west of Khan Younis, killing 90 people.", 2),
])
def test_a_town_told_beside_a_site_with_more_stays(text, n):
    assert len(parse(text, published="2024-10-27").events) == n


def test_the_armys_troops_who_fought_first_stay_its_own():
    doc = parse("The army said troops killed three gunmen in Rafah on Monday.",
                published="2024-10-22")
    assert [(e.actor1, e.actor2) for e in doc.events] == \
        [("Israeli military", "Palestinian militants")]


# -- a count set apart in brackets ----------------------------------------------------
@pytest.mark.parametrize("text, want", [
    # the war's running total in brackets is no event
    ("The cumulative toll since 7 October has risen to (49,547) martyrs and (112,719) "
     "injuries.", []),
    # a shelter's number in brackets is no count of the dead
    ("Shelter (4) in Khan Younis was hit; martyrs were pulled from the rubble.",
     [("Khan Younis", None, None)]),
    # an item's number in brackets is no count
    ("The ministry listed (1) the shortage of fuel and (2) the closure of the crossings.", []),
])
def test_a_count_in_brackets_limits(text, want):
    got = [(e.location, e.fatalities, e.injuries)
           for e in parse(text, published="2024-10-27").events]
    assert got == want, got


# -- a ministry's intake by hospital ---------------------------------------------------
@pytest.mark.parametrize("text", [
    # no dead told: a hospital's figure of something else
    "Staff counts: Nasser Medical Complex 300 (from Khan Younis and Rafah); al-Aqsa hospital "
    "120.",
    # no place after "from"
    "At least 60 martyrs arrived at hospitals. Beds at the European hospital 30 (from the north "
    "wing) were full.",
    # a list of patients sent on, beds or supplies, not of the dead taken in
    "At least 40 people were killed in the past day, the ministry said. Patients evacuated: "
    "European Gaza Hospital 120 (from Nasser Medical Complex); Kuwaiti hospital 30 (from "
    "al-Najjar hospital).",
    "At least 40 people were killed on Saturday, the ministry said. Beds available: al-Aqsa "
    "hospital 20 (from Nuseirat donors).",
    "At least 40 people were killed. Fuel deliveries: al-Awda hospital 2,000 (from Rafah "
    "crossing).",
])
def test_an_intake_by_hospital_limits(text):
    got = [(e.location, e.fatalities) for e in parse(text, published="2024-10-27").events]
    assert all(loc in ("Gaza Strip",) for loc, _ in got), got


# -- the army's count of fighters killed beside a strike ---------------------------------
@pytest.mark.parametrize("text, want", [
    # the strike told first: its toll
    ("Jets struck Rafah overnight, and the army said it had killed 20 militants.",
     [("Air/drone strike", "Rafah", 20)]),
    # the weapon in the count's own clause
    ("The army said it had killed 20 militants in air strikes on Gaza City.",
     [("Air/drone strike", "Gaza City", 20)]),
])
def test_the_armys_count_of_fighters_limits(text, want):
    got = [(e.sub_event_type, e.location, e.fatalities)
           for e in parse(text, published="2024-10-27").events]
    assert got == want, got


def test_the_armys_claim_after_the_strike_told_before_is_its_toll():
    # "The occupation claimed ... that it killed nineteen militants": the toll of the strike
    # told a sentence before, no fight of its own
    got = [(e.sub_event_type, e.location, e.fatalities) for e in parse(
        "At dawn, occupation aircraft fired three missiles at a school in Gaza City. The "
        "occupation claimed that the school housed a command centre and that it killed "
        "nineteen militants.", published="2024-10-27").events]
    assert [sub for sub, _, _ in got] == ["Air/drone strike"], got


@pytest.mark.parametrize("text", [
    "An airstrike killed five people in Khan Younis. Meanwhile, a Hezbollah drone attack "
    "killed two soldiers in the north.",
    "An airstrike killed five people in Khan Younis. Rockets fired by Hezbollah wounded three "
    "people in the north on Monday.",
])
def test_a_side_told_alone_on_another_front_is_not_the_strips(text):
    # "a Hezbollah drone attack killed two soldiers in the north": the north of Israel
    assert all(loc not in ("southern Gaza", "northern Gaza")
               for _, loc, _, _ in _events(text, "2024-10-27"))


@pytest.mark.parametrize("text, n", [
    ("An Israeli strike hit a house in Jabalia, killing four people. Gaza's civil defence said "
     "45 people had been killed by Israeli fire since dawn.", 45),
    ("An Israeli strike hit a house in Jabalia, killing four people. Gaza's civil defence said "
     "27 people were killed by Israeli fire in the past 24 hours.", 27),
])
def test_the_strips_rescuers_leave_a_toll_of_the_day_at_the_strip(text, n):
    # "Gaza's civil defence said 45 people had been killed by Israeli fire since dawn": the
    # Strip's toll, not the house hit in the sentence before
    got = _events(text, "2024-10-27")
    assert ("Jabalia", n) not in [(loc, k) for _, loc, k, _ in got], got



# -- the place a sentence refers back to ---------------------------------------------
def _placed(text, published="2024-06-30"):
    return [(e.sub_event_type, e.location, e.event_date)
            for e in parse(text, published=published).events]


def test_the_refugee_camp_told_again_is_the_camp_named_before():
    got = _placed("Israeli strikes have killed dozens of people in the Nuseirat refugee camp "
                  "since Monday, medics said. On Wednesday, Israeli jets hit a clinic at the "
                  "refugee camp run by the United Nations.")
    assert ("Air/drone strike", "Nuseirat Camp", "2024-06-26") in got


@pytest.mark.parametrize("text", [
    # camps of no name told before, and the agency's word, are no camp told again
    "Israeli strikes hit Khan Younis on Monday. On Tuesday, a strike hit the refugee camps "
    "along the coast, medics said.",
    "An Israeli strike hit a house in Deir al-Balah on Monday. Aid groups said the refugee "
    "agency's school had been damaged.",
])
def test_the_refugee_camp_limits(text):
    assert all(place not in ("Khan Younis Camp", "Deir al-Balah Camp")
               for _, place, _ in _placed(text))


def test_patients_moved_to_another_hospital_flee_the_one_told_before():
    got = _placed("An official at Al-Aqsa Martyrs Hospital said most of its staff had left on "
                  "Sunday.\n\nA nurse at the hospital said that patients were being evacuated "
                  "and medicines were being moved to the Kuwaiti hospital in Rafah.")
    assert [(sub, place) for sub, place, _ in got if sub == "Displacement"] == [
        ("Displacement", "Al-Aqsa Martyrs Hospital")]


def test_patients_moved_with_no_hospital_told_again_limits():
    # no "the hospital" to tell again: the hospital they go to is still no place of the flight
    got = _placed("Israeli tanks shelled eastern Rafah on Sunday. Patients were being evacuated "
                  "to Nasser Hospital, medics said.")
    assert all(place != "Nasser Medical Complex" for sub, place, _ in got
               if sub == "Displacement")


def test_a_deed_told_again_keeps_the_neighbourhood_of_the_sentence_before():
    got = _placed("Hamas said on Sunday its fighters destroyed an Israeli bulldozer in eastern "
                  "Gaza City's Shejaia neighbourhood.\n\nThe group said the bulldozer was "
                  "targeted on Saturday with an explosive device.")
    assert got == [("Remote explosive/landmine/IED", "Shejaia", "2024-06-29")]


def test_a_deed_told_again_limits():
    # two places apart in the sentence before: which one is told again is unsure
    got = _placed("Residents said tanks were seen in Shejaia and Tel al-Hawa on Saturday, as the "
                  "army pressed on in Gaza City.\n\nAn explosive device was detonated against "
                  "an Israeli tank, the armed group said. The army plans to take all of Gaza "
                  "City, and Gaza City residents fear the worst.")
    assert [place for _, place, _ in got] == ["Gaza City"]
# -- the captives' day -----------------------------------------------------------------
def _days(text, published):
    return [(e.sub_event_type, e.event_date) for e in parse(text, published=published).events]


@pytest.mark.parametrize("text", [
    "Israeli special forces are raiding a school in Beit Hanoun, the army said on Tuesday, "
    "citing information that the remains of hostages taken on October 7 may be held there. "
    "Hundreds of displaced people had fled the school after the army ordered them to leave.",
    "The captives were taken alive on October 7, and their remains were found during fighting "
    "in Khan Younis on Tuesday.",
])
def test_the_day_captives_were_taken_dates_no_event_of_the_report(text):
    got = _days(text, "2024-03-05")
    assert got and all(d != "2023-10-07" for _, d in got)


def test_a_seizure_of_a_place_on_a_day_keeps_that_day():
    got = _days("Israeli troops took the Rafah crossing on 7 May, the army said.", "2024-05-08")
    assert all(d == "2024-05-07" for _, d in got)


# -- a truce named by a start weeks before --------------------------------------------
def test_a_truce_named_by_a_start_weeks_before_is_no_agreement():
    got = _days("Despite the truce that came into force on 11 March, Israeli drones have "
                "kept striking Khan Younis, killing at least 120 people.", "2025-04-20")
    assert "Agreement" not in [s for s, _ in got]


@pytest.mark.parametrize("text,published", [
    ("The truce that came into force on 11 March was broken within hours when a drone "
     "struck Khan Younis.", "2025-03-12"),
    ("A truce between Israel and Hamas came into force on 11 March, mediators said.",
     "2025-04-20"),
])
def test_a_truce_told_starting_is_still_an_agreement(text, published):
    assert "Agreement" in [s for s, _ in _days(text, published)]


# -- the war's first day told as the frame ------------------------------------------------
def test_the_war_start_and_the_strikes_it_set_off_are_no_event_of_a_later_report():
    got = _days("Hamas fighters crossed into Israel on Oct. 7 in a surprise assault on army "
                "posts and villages, triggering a massive Israeli bombing campaign on Gaza. "
                "On Monday an Israeli air strike on a house in Rafah killed 12 people.",
                "2023-10-24")
    assert got == [("Air/drone strike", "2023-10-23")]


def test_a_raid_of_the_report_days_that_sets_off_strikes_is_still_told():
    got = _days("Gunmen attacked an army post near Rafah on Sunday, prompting Israeli air "
                "strikes on the town.", "2024-10-07")
    assert "Air/drone strike" in [s for s, _ in got]


def test_the_captives_of_the_war_start_are_no_abduction_in_the_strip():
    got = _days("Troops arrested 30 men in Khan Younis on Monday. The army said some had "
                "taken part in the attacks of October 7, in which militants killed 1,200 "
                "people and kidnapped 251 others.", "2024-09-10")
    assert "Abduction/forced disappearance" not in [s for s, _ in got]


# -- a deed recalled from earlier in the war ------------------------------------------------
def test_a_strike_recalled_from_earlier_in_the_war_is_no_event():
    got = _days("The commander of the group grew up in Rafah. His family says he survived an "
                "Israeli air strike on the city earlier in the war.", "2025-06-05")
    assert "Air/drone strike" not in [s for s, _ in got]


@pytest.mark.parametrize("text", [
    "An Israeli air strike hit a house in Rafah earlier in the day, medics said.",
    "An Israeli air strike hit a house in Rafah earlier in the week, medics said.",
])
def test_a_strike_earlier_in_the_day_or_week_is_still_told(text):
    assert "Air/drone strike" in [s for s, _ in _days(text, "2025-06-05")]
# -- the day the lead's news was said ---------------------------------------------------
@pytest.mark.parametrize("text, want", [
    # the toll of the lead, said on a day before the report's: the strike is of that day
    ("At least 40 people were killed in an Israeli strike on a school in Nuseirat, the "
     "health ministry said. A ministry spokesman, late on Monday, said the toll could rise.",
     "2024-03-11"),
    # an agency's dateline dates the page; the statement's own day dates the killing
    ("Cairo, Mar 13 (Reuters) The army said its troops killed four gunmen in Beit Hanoun. In "
     "a statement on Tuesday, the army said its soldiers had shot four armed men.",
     "2024-03-12"),
])
def test_the_day_the_leads_news_was_said_dates_it(text, want):
    got = [(e.event_date, e.time_precision) for e in parse(text, published="2024-03-13").events]
    assert got == [(want, 1)], got


@pytest.mark.parametrize("text", [
    # another count said on Tuesday: another telling, not the lead's
    "At least 40 people were killed in an Israeli strike on a school in Nuseirat, the health "
    "ministry said. On Tuesday, the ministry said 12 people had died of hunger.",
    # what was said on Tuesday is no toll at all
    "At least 40 people were killed in an Israeli strike on a school in Nuseirat, the health "
    "ministry said. The army, which on Tuesday said it would widen its operations, gave no "
    "comment.",
    # said on the report's own day: nothing earlier to date it by
    "At least 40 people were killed in an Israeli strike on a school in Nuseirat, the health "
    "ministry said. A ministry spokesman, late on Wednesday, said the toll could rise.",
])
def test_a_telling_of_something_else_leaves_the_lead_on_the_reports_day(text):
    got = [e.event_date for e in parse(text, published="2024-03-13").events
           if e.sub_event_type == "Air/drone strike"]
    assert got == ["2024-03-13"], got


# -- "in the last couple of days" ---------------------------------------------------------
def test_a_couple_of_days_up_to_the_report_is_not_the_day_told_before():
    # the shelling of the last two days or so, not the week-old strike of the sentence before
    got = {e.sub_event_type: (e.event_date, e.time_precision) for e in parse(
        "An Israeli strike hit a house in Bureij, killing six people. Residents said another "
        "strike hit the Nuseirat camp last week. Residents said the roads around the camp had "
        "come under heavy Israeli shelling in the last couple of days.",
        published="2024-03-13").events}
    assert got.get("Shelling/artillery/missile attack") == ("2024-03-13", 2), got


def test_a_couple_of_days_beside_a_day_of_its_own_is_left_alone():
    # the sentence's own Monday dates the shelling; the couple of days is a comparison
    got = [(e.sub_event_type, e.event_date) for e in parse(
        "On Monday, Israeli artillery shelled the outskirts of Bureij, the heaviest shelling "
        "residents had seen in the last couple of days.", published="2024-03-13").events]
    assert ("Shelling/artillery/missile attack", "2024-03-11") in got, got


# -- days that name a truce's start or the captives' day ---------------------------------
def test_the_day_a_truce_was_put_in_force_is_not_handed_on():
    # the truce's day, told in the phrase that describes it, does not date the quote after it
    got = [(e.sub_event_type, e.event_date) for e in parse(
        "An Israeli drone strike killed four people in a car in Beit Lahia, civil defence "
        "said. The truce between Israel and Hamas, mediated by Qatar and Egypt and "
        "implemented on January 19, requires troops to pull back. \"The killing of four "
        "people in Beit Lahia is a crime,\" Hamas said in a statement.",
        published="2025-02-03").events]
    assert got == [("Air/drone strike", "2025-02-03")], got


def test_a_day_after_the_truce_told_in_its_own_clause_still_dates_what_follows():
    # the strike of 18 March is told in a clause of its own: its day dates the next sentence
    got = [(e.sub_event_type, e.location, e.event_date) for e in parse(
        "The ceasefire collapsed when Israeli jets struck Khan Younis on 18 March. Tanks "
        "shelled eastern Rafah, residents said.", published="2025-03-20").events]
    assert ("Shelling/artillery/missile attack", "Rafah", "2025-03-18") in got, got


def test_hostages_named_by_the_day_they_were_taken_do_not_date_what_follows():
    # "hostages taken on Oct 7": the captives' day, not the day the people fled the hospital
    got = {e.sub_event_type: e.event_date for e in parse(
        "Israeli troops are searching Al-Amal Hospital in Khan Younis, the army said on March "
        "4, citing information that hostages taken on Oct 7 were held there. Hundreds of "
        "displaced people had fled the hospital after the army ordered them out.",
        published="2024-03-04").events}
    assert got.get("Displacement") == "2024-03-04", got


# -- "amid" beside what goes on -----------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    # the fighting told after "amid" goes on with the offensive, as the report speaks
    ("On Saturday, a UN official wrote that the north was under siege. The Israeli army "
     "continues its ground assault on Beit Lahia, amid fierce clashes with gunmen across "
     "the town.", "2024-11-04"),
    # only meant to go on: the day carried from before stays
    ("On Saturday, Israeli troops fought gunmen in Beit Lahia. The army said it would "
     "continue the assault, amid fierce clashes with gunmen across the town.", "2024-11-02"),
])
def test_what_goes_on_amid_what_goes_on_is_of_the_reports_day(text, want):
    got = [e.event_date for e in parse(text, published="2024-11-04").events
           if e.sub_event_type == "Armed clash"]
    assert got and set(got) == {want}, got
# -- who holds men told detained by an Israeli teller ---------------------------------
def test_men_an_israeli_spokesman_says_were_detained_are_held_by_the_army():
    got = _coded("An Israeli army spokesman said the men had been detained in Beit Hanoun "
                 "and Jabalia, which he called Hamas strongholds.", "2023-12-09")
    assert {(sub, a1, a2) for sub, _, _, a1, a2 in got} == {
        ("Arrests", "Israeli military", "Civilians (Palestine)")}, got


@pytest.mark.parametrize("text,holder", [
    # the group named as the one that holds them
    ("An Israeli official said Hamas had detained two aid workers in Rafah on Saturday.",
     "Hamas"),
    # the Strip's own police
    ("Hamas police said the looters had been arrested in Deir al-Balah on Saturday.", "Hamas"),
])
def test_detentions_by_the_strips_own_keep_their_holder(text, holder):
    assert [a1 for sub, _, _, a1, _ in _coded(text) if sub == "Arrests"] == [holder]


# -- a bomb set off at the troops ------------------------------------------------------
def test_a_bomb_set_off_at_the_troops_is_their_foes():
    got = _coded("Israeli troops fought Palestinian gunmen in Shejaia, during which a roadside "
                 "bomb was set off against the soldiers, the paper said.")
    assert ("Remote explosive/landmine/IED", "Shejaia", None, "Palestinian militants",
            "Israeli military") in got, got


def test_a_charge_the_troops_detonate_stays_theirs():
    got = _coded("Israeli troops clashed with Palestinian fighters in Rafah; the troops "
                 "detonated an explosive device in a tunnel shaft.")
    assert [(a1, a2) for sub, _, _, a1, a2 in got if sub.startswith("Remote")] == [
        ("Israeli military", "Palestinian militants")], got


# -- what a target was hit with --------------------------------------------------------
def test_a_vehicle_targeted_with_a_bomb_is_no_air_strike():
    got = _coded("The Qassam Brigades said an army troop carrier was struck with a large "
                 "explosive device east of Khan Younis on Saturday.")
    assert [sub for sub, *_ in got] == ["Remote explosive/landmine/IED"], got


def test_a_strike_on_men_with_a_bomb_stays_a_strike():
    got = _coded("An Israeli drone strike hit a group of men planting an explosive device in "
                 "Khan Younis on Saturday.")
    assert [sub for sub, *_ in got] == ["Air/drone strike"], got


# -- the army's ground forces that struck ----------------------------------------------
@pytest.mark.parametrize("text,sub", [
    ("Israeli tanks and infantry struck militant positions in Beit Hanoun overnight, the "
     "army said on Saturday.", "Armed clash"),
    ("Ground troops struck dozens of militant cells in Beit Lahia on Saturday.", "Armed clash"),
    # an aircraft in the clause
    ("Israeli jets struck a house in Rafah on Saturday as troops advanced, killing four.",
     "Air/drone strike"),
    ("Aircraft supporting the troops struck a building in Jabalia on Saturday, killing three.",
     "Air/drone strike"),
])
def test_foot_soldiers_strike_on_the_ground(text, sub):
    assert [s for s, *_ in _coded(text)] == [sub]


# -- an attack on the crowd at the aid ---------------------------------------------------
@pytest.mark.parametrize("text,sub", [
    ("The toll from the Israeli attack on people waiting for aid trucks at the Nabulsi "
     "roundabout rose on Saturday.", "Attack"),
    # from the air
    ("An Israeli air attack on people waiting for aid in Rafah killed five on Saturday.",
     "Air/drone strike"),
    # a building hit
    ("Amid reports of another deadly attack on a school in Gaza City on Saturday, officials "
     "said people waiting for aid were also shot.", "Air/drone strike"),
])
def test_an_attack_on_aid_seekers_with_no_aircraft_is_on_civilians(text, sub):
    assert [s for s, *_ in _coded(text)] == [sub]


# -- aid that fell from the air ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Officials said four people were killed in Deir al-Balah on Saturday after parcels of food "
    "that were dropped by a plane landed on them.",
    # the hurt told with the dead: the cause after them is both's
    "Officials said four people were killed and several others hurt in Deir al-Balah on "
    "Saturday after parcels of food that were dropped by a plane landed on them.",
    "Four people were killed and three others wounded in Deir al-Balah on Saturday after a "
    "fire broke out at a bakery.",
])
def test_people_killed_by_aid_dropped_on_them_are_no_strike(text):
    got = _coded(text)
    assert not [sub for sub, *_ in got if sub == "Air/drone strike"], got


@pytest.mark.parametrize("text", [
    # the dead given their own cause before the hurt and the fire
    "At least five people were killed in the attack on Deir al-Balah and at least 40 were "
    "injured after a fire broke out in nearby tents on Saturday.",
    "Five people were killed in Jabalia on Saturday near the site where aid boxes had been "
    "dropped by planes.",
    "Four people were killed in Deir al-Balah on Saturday, and a pallet of aid fell on a tent "
    "in Rafah.",
])
def test_deaths_beside_an_airdrop_keep_their_strike(text):
    assert [sub for sub, *_ in _coded(text)] == ["Air/drone strike"]
# -- an attack its own words place abroad ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Troops stormed al-Amal Hospital in Khan Younis on Monday. The standoff at the hospital "
    "continued as Israeli jets bombed targets in southern Lebanon on Tuesday.",
    "Troops stormed al-Amal Hospital in Khan Younis on Monday. The drone strike hit a "
    "checkpoint near the town of Nabatieh, wounding three people, officials said.",
])
def test_an_attack_placed_abroad_is_not_at_the_site_told_before(text):
    # "bombed targets in southern Lebanon": not at the hospital "the hospital" points back to
    got = _coded(text, "2024-02-14")
    assert all(not (loc or "").startswith("Al-Amal") for sub, loc, *_ in got
               if sub != "Armed clash"), got
    assert len(got) == 1, got


@pytest.mark.parametrize("text,place", [
    ("Troops stormed al-Amal Hospital in Khan Younis on Monday. Staff at the hospital said "
     "tank shells hit its upper floor on Tuesday.", "Al-Amal"),
    ("Clashes erupted in Rafah on Monday. Israeli shelling near the town of Khan Younis "
     "killed four people on Tuesday.", "Khan Younis"),
])
def test_a_site_told_again_or_a_town_of_the_strip_keeps_its_place(text, place):
    got = _coded(text, "2024-02-14")
    assert any(sub == "Shelling/artillery/missile attack" and loc == place
               for sub, loc, *_ in got), got


# -- "besieged" as what a place told before is called --------------------------------
@pytest.mark.parametrize("text", [
    "Israeli tank fire in eastern Khan Younis destroyed several homes on Sunday, adding to the "
    "ruin in the already besieged area.",
    "Medics said 30 people were killed in Beit Lahia on Sunday as the army pressed its assault "
    "on the besieged region.",
])
def test_the_besieged_area_is_no_siege_of_its_own(text):
    got = _coded(text, "2024-11-18")
    assert "Siege/encirclement" not in [sub for sub, *_ in got], got
    assert got, got


@pytest.mark.parametrize("text", [
    "Israeli forces besieged the area around Kamal Adwan Hospital on Sunday.",
    "Patients were evacuated from the besieged al-Awda Hospital on Monday.",
    "Israeli troops have besieged Jabalia camp since Saturday.",
])
def test_a_siege_told_of_a_place_stays_a_siege(text):
    got = _coded(text, "2024-11-18")
    assert "Siege/encirclement" in [sub for sub, *_ in got], got


# -- targets counted over weeks -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Israeli army said it had struck more than 300 targets in Khan Younis over the past "
    "two weeks to clear the way for its troops.",
    "The military said its jets hit nearly 1,200 sites across Rafah in the last month.",
])
def test_targets_counted_over_weeks_are_no_attack(text):
    assert _coded(text, "2024-02-14") == []


@pytest.mark.parametrize("text", [
    "Israeli jets struck 12 targets in Khan Younis on Tuesday, the army said.",
    "Over the past week, an Israeli strike on a school in Nuseirat that hit three sites "
    "killed 30 people, medics said on Tuesday.",
])
def test_the_days_targets_or_one_attack_stay_events(text):
    assert _coded(text, "2024-02-14") != []
# -- an attack a lead places only at the Strip or a region ---------------------------
@pytest.mark.parametrize("text, place", [
    ("The Red Crescent said Israeli troops opened fire on one of its ambulances in the Gaza "
     "Strip on Tuesday. The ambulance came under fire by Israeli forces near the Kissufim "
     "road junction in Deir al-Balah, the society said.", "Deir al-Balah"),
    ("Israeli forces fired on a convoy of the food agency in the Gaza Strip on Tuesday. The "
     "convoy was shot at by Israeli troops near the Netzarim corridor, the agency said.",
     "Netzarim"),
])
def test_a_leads_wide_attack_is_the_one_its_body_places(text, place):
    # the lead names the Strip or a region because it has not yet come to the site
    got = _events(text, "2024-10-29")
    assert len(got) == 1 and got[0][1].startswith(place), got


@pytest.mark.parametrize("text", [
    # the wide toll is larger than the placed one's: the day's, of which the site is part
    "Israeli strikes on a school killed 30 people in southern Gaza on Tuesday. A strike on "
    "a school in Khan Younis killed 12 of them, medics said.",
    # no target of the same kind: the wide strike may be another of the day's
    "An Israeli strike killed a man in the Gaza Strip on Tuesday. An Israeli drone strike "
    "hit a house in Rafah later in the day, medics said.",
    # told as another
    "Israeli tanks shelled a school in the Gaza Strip on Tuesday, killing two. Another "
    "shelling hit a school in Rafah, killing two more, medics said.",
])
def test_a_wide_attack_not_shown_to_be_the_placed_one_stays(text):
    got = _events(text, "2024-10-29")
    assert len(got) >= 2, got


# -- the war's first day only as a yardstick or an anniversary -----------------------------
@pytest.mark.parametrize("text, published, want", [
    # "since Oct. 7" measures the strike; the condemnation it sparked is the strike's
    ("An Israeli air strike on a shelter for displaced people in Deir al-Balah killed 25, "
     "the deadliest attack on the town since Oct. 7, prompting protests from aid groups.",
     "2024-08-02", "Air/drone strike"),
    # a later year's October 7, no year given: the day of the report's own strikes
    ("Israeli jets bombed Beit Hanoun on Monday, October 7, a year after the Hamas attack, "
     "triggering a new flight from the town.", "2024-10-09", "Air/drone strike"),
])
def test_october_7_as_a_yardstick_or_a_later_years_day_frames_nothing(text, published, want):
    assert want in [s for s, _ in _days(text, published)]


# -- the span of a targets count, not a comparison ---------------------------------------
@pytest.mark.parametrize("text", [
    # the month only measures the night's raids, which have a toll of their own
    "Israeli aircraft hit more than 60 targets in Deir al-Balah, killing at least "
    "18 people in the worst bombardment of the town in the past month, medics said.",
    # the weeks are a comparison told after a clause of its own
    "The army said its jets struck about 30 sites in Jabalia, among them launch pads, after "
    "rockets were fired at Israel, in a wave of raids unseen over the past several weeks.",
])
def test_weeks_that_only_compare_leave_the_days_strikes_coded(text):
    assert "Air/drone strike" in [s for s, _ in _days(text, "2024-05-21")]


# -- "earlier in the war" in an aside on a place ----------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Israeli troops stormed Beit Hanoun again, a town they had overrun earlier in the war, "
     "and exchanged fire with gunmen there.", "Armed clash"),
    ("Israeli forces moved back into Shejaiya, which the army had left earlier in the war, "
     "and fought Hamas fighters near the market.", "Armed clash"),
])
def test_an_aside_recalled_from_earlier_in_the_war_leaves_the_new_deed(text, want):
    assert want in [s for s, _ in _days(text, "2024-06-20")]


# -- "of October 7" only as the attacks of that day --------------------------------------
def test_an_abduction_on_the_eve_of_an_anniversary_is_still_told():
    got = _days("Armed men kidnapped a UN driver in Khan Younis on the eve of the anniversary "
                "of October 7, the agency said.", "2024-10-09")
    assert got != []


# -- "taken alive" only of captives ---------------------------------------------------------
def test_fighters_taken_alive_on_a_later_october_7_keep_that_day():
    got = _days("The army said eight militants were taken alive on October 7 in Beit Lahia "
                "after a firefight with troops. On the same day, a strike killed 11 people in "
                "the town.", "2024-10-10")
    assert got and all(d == "2024-10-07" for _, d in got), got


# -- a truce's day that what follows points back to ------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("A ceasefire was enforced on 12 March. Minutes later, Israeli tanks shelled homes in "
     "Beit Hanoun, killing four, medics said.", "2025-03-12"),
    ("The truce, mediated by Egypt and implemented on Monday, lasted only a few hours. A drone "
     "strike killed three people in Rafah later that day, civil defence said.", "2025-03-10"),
])
def test_what_points_back_to_a_truces_day_takes_that_day(text, want):
    got = _days(text, "2025-03-14")
    assert got and all(d == want for _, d in got), got


# -- a telling on an earlier day of another toll or of other victims ----------------------
@pytest.mark.parametrize("text", [
    "An Israeli strike on a house in Deir al-Balah killed 14 people, medics said. On Monday the "
    "ministry said the death toll of the war had passed 35,000.",
    "An Israeli strike on a car in Khan Younis killed three people, medics said. On Tuesday, "
    "the army said the toll among its reservists had climbed.",
    "An Israeli strike killed four people in Beit Lahia, medics said. On Tuesday, the army "
    "said four soldiers were wounded in southern Gaza.",
])
def test_a_telling_of_another_toll_leaves_the_lead_on_the_reports_day(text):
    got = [e.event_date for e in parse(text, published="2024-05-15").events
           if e.sub_event_type == "Air/drone strike"]
    assert got == ["2024-05-15"], got
@pytest.mark.parametrize("text, place", [
    ("Israeli troops have already besieged the western districts of Khan Younis, witnesses "
     "said on Monday.", None),
    ("Soldiers already besieged Beit Lahia on Sunday, medics said.", "Beit Lahia"),
    ("Israeli tanks have already besieged Kamal Adwan Hospital in Beit Lahia for four days, "
     "staff said on Monday.", None),
    ("Israeli troops have besieged families inside a school in Jabalia since Sunday, "
     "relatives said.", None),
    ("Israeli forces besieged residents of Beit Hanoun on Sunday, stopping them from "
     "fleeing, rescuers said.", None),
    ("Israeli tanks besieged people taking shelter in a school in Jabalia on Sunday.", None),
])
def test_besieged_told_as_a_verb_stays_a_siege(text, place):
    got = _coded(text, "2024-11-18")
    subs = [sub for sub, *_ in got]
    assert "Siege/encirclement" in subs, got
    if place:
        assert any(sub == "Siege/encirclement" and loc == place for sub, loc, *_ in got), got


# the attack's own object and clause, not aid seekers told of elsewhere in the sentence
@pytest.mark.parametrize("text", [
    "An Israeli attack on a home in Bureij killed 7 people on Sunday, while scores were shot "
    "near aid distribution sites over the week.",
    "An Israeli attack on a tent in Deir al-Balah killed 3 people on Sunday, two days after "
    "15 aid seekers were shot in Rafah.",
    "An Israeli attack hit a school used as a food distribution centre in Beit Lahia on "
    "Sunday, killing 5 people.",
    "The Israeli attack on Bureij killed 9 people on Sunday, including three who had been "
    "waiting for aid.",
])
def test_an_attack_whose_own_clause_tells_no_aid_seekers_keeps_its_strike(text):
    assert [s for s, *_ in _coded(text)] == ["Air/drone strike"], _coded(text)


@pytest.mark.parametrize("text", [
    "Aid seekers were killed in an Israeli attack near the Kuwait roundabout on Sunday.",
    "An Israeli attack on a crowd waiting for aid trucks in Gaza City killed 9 on Sunday.",
])
def test_an_attack_on_the_crowd_at_the_aid_stays_an_attack(text):
    assert [s for s, *_ in _coded(text)] == ["Attack"], _coded(text)


# ground forces that struck a site, or with aircraft told after the verb, fought no one
@pytest.mark.parametrize("text", [
    "Israeli ground forces struck scores of targets in Khan Younis on Sunday backed by "
    "warplanes, the army said.",
    "Ground troops struck with support from drones, killing 4 militants in Jabalia on Sunday.",
    "Israeli ground forces had struck the clinic in Beit Lahia on Sunday, killing 6 people, "
    "medics said.",
    "Ground troops struck an arms store in Zeitoun on Sunday, the army said.",
])
def test_ground_forces_striking_a_site_or_with_aircraft_fought_no_clash(text):
    assert "Armed clash" not in [s for s, *_ in _coded(text)], _coded(text)


# a strike named by its noun, or "with" a device that the people hit carried
@pytest.mark.parametrize("text", [
    "An Israeli strike hit a van with a bomb hidden inside it in Deir al-Balah on Sunday, "
    "killing three.",
    "A strike hit a squad armed with explosive devices near the troops in Khan Younis on "
    "Sunday, the army said.",
    "An Israeli strike killed a gunman with an IED in Jabalia on Sunday, the army said.",
    "The military said it struck fighters with an explosive device in Khan Younis on Sunday.",
])
def test_a_strike_on_people_or_things_carrying_a_device_stays_a_strike(text):
    got = _coded(text)
    assert "Air/drone strike" in [s for s, *_ in got], got
    assert "Remote explosive/landmine/IED" not in [s for s, *_ in got], got


# detainees named by the group they belong to are the group's
@pytest.mark.parametrize("text", [
    "The Israeli military said scores of Hamas-linked gunmen were detained in Beit Lahia on "
    "Sunday.",
    "The army said 12 Hamas-affiliated operatives were arrested in Rafah on Sunday.",
])
def test_detainees_named_by_their_group_keep_it(text):
    got = [(a1, a2) for sub, _, _, a1, a2 in _coded(text) if sub == "Arrests"]
    assert got and all(a2 == "Hamas" for _, a2 in got), got


# what a drone dropped and that fell on people is its strike, no airdrop accident
def test_a_drones_drop_that_fell_on_people_is_no_accident():
    got = _coded("Bundles dropped by an Israeli quadcopter fell on a crowd in Beit Lahia on "
                 "Sunday and blew up, killing 2.")
    assert [s for s, *_ in got] == ["Air/drone strike"], got


# -- orders recalled as what made a place or a people what they are ---------------------
@pytest.mark.parametrize("text,expected", [
    ("Rescuers said the tent camp was one of the zones the army had previously ordered "
     "residents to move to.", []),
    ("Deir al-Balah now shelters thousands of families displaced from the north after the "
     "army's evacuation orders.", [("Displacement", "Deir al-Balah")]),
    # (an order of its own: given, new, or its destination named)
    ("The army had previously ordered residents of Beit Lahia to move to Gaza City.",
     [("Evacuation order", "Beit Lahia")]),
    ("Deir al-Balah now shelters thousands of families displaced from the north after the "
     "army's new evacuation orders.",
     [("Displacement", "Deir al-Balah"), ("Evacuation order", "Deir al-Balah")]),
    # (a flight of the report's days, dated or told under way, keeps its order)
    ("Thousands of residents displaced on Sunday after the army's evacuation orders for "
     "eastern Rafah headed west.", [("Displacement", "Rafah"), ("Evacuation order", "Rafah")]),
    ("Families displaced from Rafah following the army's evacuation order were streaming "
     "towards the coast, the agency said on Sunday.",
     [("Displacement", "Rafah"), ("Evacuation order", "Rafah")]),
])
def test_orders_recalled_as_a_cause_are_no_order(text, expected):
    assert [(e.sub_event_type, e.location)
            for e in parse(text, published="2024-10-27").events] == expected


# -- burials of the dead of before -----------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Civil defence crews said they had to bury the bodies of 9 martyrs in a yard near the "
     "market in Nuseirat.", []),
    ("Hundreds of bodies have been buried in different areas of Khan Younis, including a plot "
     "beside Nasser Hospital.", []),
    # (the dead of an attack told, or people buried by it, stay)
    ("An Israeli airstrike killed 12 people in Nuseirat on Monday, and relatives buried them "
     "the same evening.", [("Air/drone strike", "Nuseirat", 12)]),
    ("An Israeli strike on a funeral in Nuseirat killed 12 people on Monday.",
     [("Air/drone strike", "Nuseirat", 12)]),
    # (the buried counted with their own killing by a strike: that strike's toll)
    ("Families in Nuseirat buried the bodies of 14 people killed in an Israeli airstrike on a "
     "shelter in the camp on Sunday.", [("Air/drone strike", "Nuseirat", 14)]),
    ("Rescuers buried the bodies of 8 martyrs who were killed in the Israeli strike on Jabalia "
     "on Sunday, medics said.", [("Air/drone strike", "Jabalia", 8)]),
])
def test_a_burial_is_no_killing(text, expected):
    assert [(e.sub_event_type, e.location, e.fatalities)
            for e in parse(text, published="2024-10-27").events] == expected


# -- what could not be done, and where people are, told by the war around them -------------
@pytest.mark.parametrize("text,expected", [
    ("Doctors described shortages at the hospital in Deir al-Balah, with medicine running out "
     "and aid trucks all but unable to deliver supplies.", []),
    ("Aid trucks were still unable to reach Beit Lahia on Monday.", []),
    ("Aid trucks delivered flour to the hospital in Deir al-Balah on Monday.",
     [("Aid delivery", "Deir al-Balah")]),
    # (what else could not be done leaves its own event: the protest was held)
    ("Demonstrators were unable to get near the fence east of Rafah on Monday as Israeli "
     "troops fired tear gas at them.", [("Peaceful protest", "Rafah")]),
])
def test_a_delivery_that_could_not_be_made_is_none(text, expected):
    assert [(e.sub_event_type, e.location)
            for e in parse(text, published="2024-10-27").events] == expected


@pytest.mark.parametrize("text,expected", [
    ("Some 20,000 residents of eastern Rafah may leave because of their proximity to the "
     "fighting, the agency said.", []),
    ("Heavy fighting close to the European Hospital in Khan Younis was reported on Monday.",
     [("Armed clash", "European Gaza Hospital")]),
    # (fighting told with its sides is a clash of the report's)
    ("The clinic closed its doors because of its proximity to the battles between Israeli "
     "forces and Hamas gunmen in Beit Lahia, medics said on Sunday.",
     [("Armed clash", "Beit Lahia")]),
])
def test_the_fighting_people_live_near_is_no_clash(text, expected):
    assert [(e.sub_event_type, e.location)
            for e in parse(text, published="2024-10-27").events] == expected


@pytest.mark.parametrize("text,expected", [
    ("The war has largely cut off the flow of food, medicine and basic goods to Gaza, and "
     "people there now depend on aid.", []),
    ("Israel closed the Kerem Shalom crossing on Monday, cutting off the flow of fuel.",
     [("Crossing opened or closed", "Kerem Shalom Crossing")]),
    # (one place cut off by fighting, the fighting told there, is a clash of the report's)
    ("Fighting has cut off the Indonesian Hospital in Beit Lahia, where Israeli tanks and "
     "Hamas gunmen traded fire, medics said.", [("Armed clash", "Indonesian Hospital")]),
])
def test_what_the_war_has_cut_off_is_no_closure(text, expected):
    assert [(e.sub_event_type, e.location)
            for e in parse(text, published="2024-10-27").events] == expected
# -- a wide attack whose site a later sentence names ---------------------------------
def test_a_wide_ambush_is_the_one_the_report_then_places():
    # the site's sentence tells no act of its own, only where the one told before was
    text = ("The armed wing of Islamic Jihad said on Sunday that its fighters ambushed "
            "Israeli troops in the central Gaza Strip. The group said the operation took "
            "place east of the Maghazi camp, without giving further details.")
    got = _events(text, "2024-08-11")
    battles = [g for g in got if g[0] == "Armed clash"]
    assert len(battles) == 1 and battles[0][1].startswith("Maghazi"), got


def test_a_wide_ambush_beside_a_site_told_as_its_own_act_stays():
    # the second sentence tells another clash, not where the first one was
    text = ("The armed wing of Islamic Jihad said on Sunday that its fighters ambushed "
            "Israeli troops in the central Gaza Strip. Its fighters also clashed with an "
            "Israeli force east of the Maghazi camp, the group said.")
    got = _events(text, "2024-08-11")
    assert len([g for g in got if g[0] == "Armed clash"]) == 2, got


# -- a strike's dead told again as a clash -------------------------------------------
def test_the_dead_of_a_shelling_told_with_the_offensive_are_one_attack():
    text = ("At least nine people were killed overnight in Israeli shelling of the Kamal "
            "Adwan Hospital, officials said. The health ministry said nine people were "
            "killed at the Kamal Adwan Hospital as Israel pressed its air and ground "
            "offensive in the north of the territory.")
    got = _events(text, "2023-12-12")
    assert [g[0] for g in got if g[2] == 9] == ["Shelling/artillery/missile attack"], got


def test_a_clash_with_its_own_toll_beside_a_strike_stays():
    # different tolls: the clash's dead are not the strike's
    text = ("Israeli shelling of the Kamal Adwan Hospital killed nine people overnight, "
            "officials said. Israeli troops clashed with gunmen near the Kamal Adwan "
            "Hospital, killing four fighters, the army said.")
    got = _events(text, "2023-12-12")
    assert any(g[0] == "Armed clash" for g in got), got


# -- a span from one end of the Strip to the other ------------------------------------
@pytest.mark.parametrize("text", [
    "Israeli air strikes hit houses and tents from the north to the south of the Gaza Strip "
    "overnight, killing at least 60 people, hospital officials said.",
    "Warplanes pounded targets from the northern to the southern end of the Gaza Strip on "
    "Monday night, killing 60, the civil defence said.",
])
def test_a_span_across_the_strip_is_the_strip(text):
    got = _events(text, "2025-04-02")
    assert [g[1] for g in got if g[2] == 60] == ["Gaza Strip"], got


@pytest.mark.parametrize("text, place", [
    # people moved along the span went to its end
    ("Tens of thousands of families fled from the north to the south of the Gaza Strip on "
     "Monday, the UN said.", "southern Gaza"),
    # no span: the region itself
    ("Israeli air strikes hit houses in the south of the Gaza Strip overnight, killing at "
     "least 60 people, hospital officials said.", "southern Gaza"),
])
def test_a_move_along_the_span_or_one_region_keeps_the_region(text, place):
    got = _events(text, "2025-04-02")
    assert got and all(g[1] == place for g in got), got


# -- a lead's bare "attacked" takes the kind of fire its site's sentence tells --------
def test_a_leads_bare_attack_takes_the_sites_fire():
    text = ("Israeli forces attacked a shelter housing aid workers in southern Gaza on "
            "Monday, killing three people. \"Tonight Israeli forces shelled the shelter in "
            "Al Mawasi, Khan Younis,\" the charity said.")
    got = _events(text, "2024-05-13")
    assert [(g[0], g[2]) for g in got] == [("Shelling/artillery/missile attack", 3)], got


def test_a_leads_strike_from_the_air_beside_a_shelled_site_stays():
    # the lead names its own weapon: not shown to be the site's shelling
    text = ("An Israeli air strike hit a shelter housing aid workers in southern Gaza on "
            "Monday, killing three people. \"Tonight Israeli forces shelled the shelter in "
            "Al Mawasi, Khan Younis,\" the charity said.")
    got = _events(text, "2024-05-13")
    assert len(got) == 2, got
@pytest.mark.parametrize("text, place", [
    # the sentence before only sets the scene: where speakers work, a shortage, a shelter
    ("GAZA CITY (Reuters) - Nurses at Al-Ahli Hospital in Gaza City warned on Saturday that "
     "medicines were scarce.\n\nAn Israeli air strike killed four people overnight, medics "
     "said.", "Gaza City"),
    ("People in Gaza City said on Saturday that the Sheikh Radwan district had no power.\n\n"
     "An Israeli strike on an apartment killed three people, rescuers said.", "Gaza City"),
    ("KHAN YOUNIS, Gaza Strip (AP) - Thousands of displaced people are living in tents in the "
     "Mawasi area of Khan Younis.\n\nAn Israeli strike killed eight people on Monday, the "
     "Health Ministry said.", "Khan Younis"),
])
def test_a_scene_set_in_the_sentence_before_does_not_place_the_attack(text, place):
    assert [p for _, p, _ in _placed(text)] == [place]


def test_a_deed_told_again_by_the_kind_of_thing_it_hit():
    got = _placed("Hamas said on Sunday its fighters destroyed an Israeli tank in Gaza City's "
                  "Tuffah neighbourhood.\n\nThe group said the vehicle was hit on Saturday with "
                  "an explosive device.")
    assert [place for _, place, _ in got] == ["Tuffah"]


def test_a_placed_strike_that_tells_its_own_toll_keeps_the_wide_one_apart():
    # "the strike occurred ..." places the second sentence's own strike, not the lead's
    text = ("An Israeli air strike killed two people in central Gaza on Saturday, medics "
            "said. An Israeli air strike on a home in Deir al-Balah killed six people; the "
            "strike occurred before dawn in the east of the city, medics said.")
    got = _events(text, "2024-06-30")
    assert sorted(g[1] for g in got if g[0] == "Air/drone strike") == \
        ["Deir al-Balah", "central Gaza"], got


def test_a_site_told_as_another_incident_is_not_the_wide_strikes_site():
    text = ("An Israeli air strike killed a Palestinian journalist in the Gaza Strip on "
            "Saturday, the media office said. In another incident, an Israeli air strike hit "
            "a car in Khan Younis, killing three people; the strike took place near the Nasser "
            "hospital, medics said.")
    got = _events(text, "2024-06-30")
    assert len([g for g in got if g[0] == "Air/drone strike"]) == 2, got


def test_a_placed_strike_told_first_keeps_a_later_wide_one_apart():
    text = ("An Israeli drone strike on a car in Khan Younis killed three people on Saturday; "
            "the strike took place close to the Nasser hospital, medics said. In another "
            "incident, an Israeli air strike killed a fisherman in southern Gaza, the "
            "fishermen's union said.")
    got = _events(text, "2024-06-30")
    assert len([g for g in got if g[0] == "Air/drone strike"]) == 2, got


def test_a_wide_strikes_victim_is_not_the_family_a_placed_strike_killed():
    text = ("An Israeli air strike killed a Palestinian police officer in southern Gaza on "
            "Saturday, the interior ministry said. An Israeli air strike on a tent in "
            "Al-Mawasi killed a mother and her two children; the strike happened near the "
            "Kuwaiti field hospital, medics said.")
    got = _events(text, "2024-06-30")
    assert len([g for g in got if g[0] == "Air/drone strike"]) == 2, got


@pytest.mark.parametrize("text", [
    # gunmen killed in clashes, and a strike on a house with as many dead: two acts
    "Israeli troops killed three Hamas gunmen in clashes in Khan Younis on Saturday, the army "
    "said. An Israeli air strike on a home in Khan Younis killed three people, medics said.",
    # a gunbattle told with no marker of a second act
    "Two Palestinian gunmen died in a gunbattle with Israeli troops in Beit Hanoun on "
    "Saturday, the army said. Medics said two people died in an Israeli air strike on a "
    "house in Beit Hanoun.",
    # a soldier's death in clashes beside a strike on a tent
    "An Israeli soldier was killed in clashes with Hamas fighters in Rafah on Saturday, the "
    "army said. An Israeli air strike on a tent in Rafah killed one person, medics said.",
    # at a region
    "Israeli troops killed four militants in fighting in northern Gaza on Saturday, the army "
    "said. An Israeli air strike in northern Gaza killed four people, health officials said.",
    # at the Strip, the clash told second
    "An Israeli air strike killed five people in the Gaza Strip on Saturday, medics said. "
    "Israeli troops killed five militants in clashes in the Gaza Strip, the army said.",
])
def test_a_clash_told_as_fighting_stays_beside_a_strike_with_as_many_dead(text):
    got = _events(text, "2024-06-30")
    assert any(g[0] == "Armed clash" for g in got), got


@pytest.mark.parametrize("text, place", [
    # a campaign moved along the span reached the region it names
    ("Israel widened its ground offensive from the north to southern Gaza on Saturday, with "
     "air strikes killing at least 30 people, health officials said.", "southern Gaza"),
    ("Israel shifted its offensive from the north to the south of the Gaza Strip on Saturday, "
     "with air strikes killing at least 30 people, health officials said.", "southern Gaza"),
    ("Israel redeployed armoured brigades from the south to northern Gaza on Saturday, where "
     "shelling killed at least nine people, medics said.", "northern Gaza"),
    # one end named only: the middle of the Strip is no end of it
    ("Israeli tanks pushed from the north to central Gaza on Saturday, and air strikes killed "
     "at least 12 people there, medics said.", "central Gaza"),
])
def test_a_move_to_one_end_or_the_middle_keeps_the_region(text, place):
    got = _events(text, "2024-06-30")
    assert got and all(g[1] == place for g in got if g[2]), got


def test_forces_named_before_a_span_still_span_the_strip():
    # "forces" says who struck, not that anyone moved along the span
    text = ("Israeli forces bombed homes from the north to the south of the Gaza Strip "
            "overnight, killing at least 40 people, medics said.")
    got = _events(text, "2024-06-30")
    assert [g[1] for g in got if g[2] == 40] == ["Gaza Strip"], got


@pytest.mark.parametrize("text", [
    # told as another incident, or at another hour
    "Israeli forces attacked a school housing displaced families in southern Gaza on Saturday, "
    "killing four people, the ministry said. In another incident, Israeli tanks shelled a "
    "school in Rafah, wounding ten people, medics said.",
    "Israeli forces attacked a school housing displaced families in southern Gaza on Saturday, "
    "killing four people, the ministry said. Earlier, Israeli tanks shelled a school in Rafah, "
    "wounding ten people, medics said.",
    # the same kind of target, but told as two different ones
    "Israeli forces attacked an aid convoy in northern Gaza on Saturday, killing one driver, "
    "the UN said. Israeli tanks shelled a convoy of displaced families in Beit Lahiya, killing "
    "six, medics said.",
])
def test_a_leads_bare_attack_stays_apart_from_another_sites_shelling(text):
    got = _events(text, "2024-06-30")
    assert len(got) == 2, got


# -- edges of the newest background and count rules ----------------------------------
def test_a_truce_told_from_29_february_after_the_report_is_no_crash():
    # the start read as 29 February of the report's leap year, after its day: a year back
    # has no 29 February
    got = _coded("Despite the ceasefire that took effect on February 29, an Israeli strike "
                 "hit a house in Rafah on Saturday, killing three people.",
                 published="2024-02-10")
    assert [(sub, loc, n) for sub, loc, n, _, _ in got] == [("Air/drone strike", "Rafah", 3)]


def test_orders_recalled_as_why_people_fled_at_the_very_start_of_a_report():
    # the look back for "displaced" may not run past the start of the text
    got = _coded("Families displaced following Israel's evacuation orders sheltered in "
                 "Khan Younis.")
    assert "Evacuation order" not in [sub for sub, *_ in got], got


@pytest.mark.parametrize("verb", ["buried", "interred"])
def test_the_dead_laid_to_rest_are_no_toll_whichever_word_tells_it(verb):
    got = _coded(f"Mourners {verb} the bodies of 12 people in Deir al-Balah on Sunday.")
    assert [n for _, _, n, _, _ in got if n] == [], got


# -- a picture told in the present -------------------------------------------------------
_BODY = "An Israeli strike hit a house in Nuseirat on Monday, killing six people, medics said."


@pytest.mark.parametrize("caption", [
    "Mourners weep over the bodies of relatives killed in Israeli strikes, at a hospital "
    "in Deir al-Balah.",
    "DISPLACED families forced out by the fighting pitch tents on a beach in Mawasi.—AFP",
    "A girl wounded in the shelling sits on a bed at a clinic in Rafah.",
])
def test_people_pictured_in_the_present_tell_no_event(caption):
    text = f"Strike in central Gaza\n\n{caption}\n\n{_BODY}"
    assert [e.location for e in parse(text, published="2024-07-02").events] == ["Nuseirat"]


@pytest.mark.parametrize("line,place", [
    # an act the people shown act after, or at the site of: told as such
    ("Residents flee after an Israeli strike on a school in Jabalia.", "Jabalia"),
    ("Rescuers search the site of an Israeli strike on a house in Jabalia.", "Jabalia"),
    # news in the past, or with its teller, whatever its subject
    ("Residents said an Israeli strike hit a school in Jabalia.", "Jabalia"),
    ("Palestinians killed in an Israeli strike were buried in Jabalia.", "Jabalia"),
])
def test_news_or_an_act_told_in_a_caption_stays(line, place):
    text = f"Strike in central Gaza\n\n{line}\n\n{_BODY}"
    assert place in [e.location for e in parse(text, published="2024-07-02").events]


def test_a_digest_line_in_the_present_is_news():
    # (lines of a list, one right under another: a digest's items, told in the present)
    text = ("Israel-Hamas war\nMourners bury relatives killed in an Israeli strike in Beit "
            "Hanoun. (Reuters)\nAn Israeli strike kills four in Nuseirat. (AP)\n")
    assert "Beit Hanoun" in [e.location for e in parse(text, published="2024-07-02").events]
    caption = text.replace(". (Reuters)\n", ".\n\n").replace("Israel-Hamas war\n",
                                                              "Israel-Hamas war\n\n")
    assert "Beit Hanoun" not in [e.location for e in parse(caption,
                                                            published="2024-07-02").events]


# -- a guess about what happened ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "It is likely that the group used spotters to pick out the base and then fired mortars "
    "at it from Rafah.",
    "Some analysts have suggested that the footage may have been released to show how far "
    "the ground operation in Khan Younis had gone.",
    "It is possible that militants planted the explosives in the tunnel near Jabalia weeks "
    "before.",
])
def test_an_act_told_as_a_guess_is_no_event(text):
    assert not parse(text, published="2024-05-06").events


@pytest.mark.parametrize("text,sub", [
    # a source's account, or what the evidence points to: told
    ("Reports suggest that Israeli tanks shelled eastern Rafah overnight.",
     "Shelling/artillery/missile attack"),
    # the guess is about something else in the sentence than the act
    ("Israeli tanks shelled eastern Rafah on Sunday, and it is likely that more residents "
     "will flee.", "Shelling/artillery/missile attack"),
    # a guess closed before the act, in a clause of its own
    ("It is likely that the toll will rise; early on Sunday morning, Israeli tanks shelled "
     "eastern Rafah.",
     "Shelling/artillery/missile attack"),
])
def test_an_act_told_beside_a_guess_stays(text, sub):
    assert sub in [e.sub_event_type for e in parse(text, published="2024-05-06").events]
# -- a clock told in universal time ----------------------------------------------------
@pytest.mark.parametrize("text,day", [
    # past midnight in Gaza, still the evening before in London
    ("Tanks pushed into Beit Hanoun shortly after midnight (10:30 p.m. GMT Thursday), "
     "residents said.", "2024-02-16"),
    ("The shelling of Khan Younis began at 2300 GMT on Thursday, witnesses said.",
     "2024-02-16"),
    # an afternoon hour: the same day in both places
    ("The shelling of Khan Younis began at 1400 GMT on Thursday, witnesses said.",
     "2024-02-15"),
    # no clock: the day as told
    ("The shelling of Khan Younis began on Thursday, witnesses said.", "2024-02-15"),
])
def test_a_universal_clock_gives_the_local_day(text, day):
    from datetime import date

    from geoevents.dates import find_dates
    (ref,) = [d for d in find_dates(text, date(2024, 2, 17)) if d.date]
    assert ref.date == day


@pytest.mark.parametrize("published,day", [
    # Gaza's summer time began on 20 April in 2024 (after Ramadan): on 5 April, 21:30 GMT is
    # still 23:30 of the same Friday in Gaza
    ("2024-04-07", "2024-04-05"),
    # in July Gaza runs three hours ahead: 21:30 GMT is already Saturday in Gaza
    ("2024-07-07", "2024-07-06"),
    # back on winter time from 26 October 2024: two hours ahead again
    ("2024-11-03", "2024-11-01"),
])
def test_the_local_day_follows_gazas_own_summer_time(published, day):
    from datetime import date

    from geoevents.dates import find_dates
    text = "The shelling of Khan Younis began at 2130 GMT on Friday, witnesses said."
    (ref,) = [d for d in find_dates(text, date.fromisoformat(published)) if d.date]
    assert ref.date == day


def test_the_local_day_is_never_after_the_report():
    from datetime import date

    from geoevents.dates import find_dates
    text = "Strikes hit Rafah at 11 p.m. GMT Friday, medics said."
    assert [d.date for d in find_dates(text, date(2024, 2, 16)) if d.date] == ["2024-02-16"]


# -- an agency dateline beside the story's own day ------------------------------------
def test_the_days_own_weekday_beats_the_dateline():
    text = ("RAFAH, Gaza Strip, March 7, 2024 (AFP) - An Israeli air strike hit a house in "
            "Rafah on Wednesday, killing six people, medics said.")
    (event,) = parse(text, published="2024-03-07").events
    assert event.event_date == "2024-03-06"


def test_a_dateline_alone_still_dates_the_story():
    text = ("RAFAH, Gaza Strip, March 6, 2024 (AFP) - An Israeli air strike hit a house in "
            "Rafah, killing six people, medics said.")
    (event,) = parse(text, published="2024-03-07").events
    assert event.event_date == "2024-03-06"

# -- the act troops went in to do, no fight of its own ----------------------------------
@pytest.mark.parametrize("text,sub", [
    ("Israeli troops entered the Al-Ahli hospital in Gaza City on Tuesday, issuing an "
     "evacuation order for patients and staff.", "Evacuation order"),
    ("Israeli forces raided the Nuseirat camp on Monday and arrested 15 men, residents said.",
     "Arrests"),
])
def test_troops_who_went_in_to_order_or_arrest_fought_no_battle(text, sub):
    subs = [s for s, *_ in _coded(text)]
    assert sub in subs and "Armed clash" not in subs


@pytest.mark.parametrize("text", [
    # an armed opponent is named: the raid met a fight as well
    "Israeli forces raided the Nuseirat camp on Monday amid clashes with gunmen and arrested "
    "15 men, residents said.",
    # the campaign told beside the order is fighting of its own
    "The army ordered residents of eastern Khan Younis to evacuate on Monday as its military "
    "operations in the city expanded.",
    # a push told after the order, as the time it came in: an earlier act of its own
    "The new evacuation order for Deir al-Balah came on Monday, a week after Israeli tanks "
    "and troops entered Khan Younis.",
])
def test_a_fight_named_beside_the_order_or_arrests_stays_a_battle(text):
    subs = [s for s, *_ in _coded(text)]
    assert "Armed clash" in subs
# -- a share of the victims told between the count and its verb ------------------------
@pytest.mark.parametrize("text,kind,count", [
    ("At least 18 people, many of them women, were killed in an air strike on a house in "
     "Rafah on Friday.", "killed", 18),
    ("Nine Palestinians, some of whom were sheltering in tents, were killed overnight.",
     "killed", 9),
    ("Twelve people, three of them children, were wounded when a drone hit a car.",
     "injured", 12),
])
def test_a_quantified_share_of_the_victims_is_an_aside(text, kind, count):
    from geoevents.casualties import find_casualties
    assert [(c.kind, c.count) for c in find_casualties(text)] == [(kind, count)]


def test_a_share_of_people_not_hurt_stays_no_count():
    # the verb after the aside is not a killing or a wound: no count at all
    from geoevents.casualties import find_casualties
    assert find_casualties("Forty families, many of them from Beit Hanoun, were moved to "
                           "a school in Deir al-Balah.") == []


# -- a count quoted from its source, the verb after the closing mark -------------------
@pytest.mark.parametrize("text,kind,count", [
    ('"At least 14 people" were killed when a strike hit a school in Nuseirat, an official '
     "said.", "killed", 14),
    ("The hospital said “six civilians” had been wounded in the shelling.", "injured", 6),
])
def test_a_quoted_count_keeps_its_verb(text, kind, count):
    from geoevents.casualties import find_casualties
    assert [(c.kind, c.count) for c in find_casualties(text)] == [(kind, count)]


def test_a_quoted_count_with_no_verb_of_its_own_stays_no_count():
    from geoevents.casualties import find_casualties
    assert find_casualties('The ministry listed "40 people" and said the list would grow.') == []


# -- the missing counted with the dead ---------------------------------------------------
@pytest.mark.parametrize("joined", ["dead and missing", "dead or missing",
                                    "deaths and the missing"])
def test_the_dead_counted_with_the_missing_are_no_count_of_the_dead(joined):
    from geoevents.casualties import find_casualties
    text = f"Civil defence crews reported 25 {joined} after the strike on a house in Jabalia."
    assert [c for c in find_casualties(text) if c.kind == "killed"] == []


def test_the_missing_in_a_clause_of_their_own_leave_the_dead_counted():
    from geoevents.casualties import find_casualties
    text = ("Medics counted 25 dead in the strike on a house in Jabalia, and several "
            "residents are missing.")
    assert [(c.kind, c.count) for c in find_casualties(text)] == [("killed", 25)]


# -- a present-perfect toll told with one deed on one thing as its cause -----------------
@pytest.mark.parametrize("text,count", [
    ("At least 19 people have been killed, including seven children, after Israeli jets "
     "bombed a house sheltering displaced families in Nuseirat.", 19),
    ("Nine Palestinians have been killed when Israeli tanks shelled a school used as a "
     "shelter in Beit Lahia, medics said.", 9),
    ("Fourteen people have been killed, most of them women, in an air strike on a home in "
     "Rafah.", 14),
])
def test_a_perfect_toll_of_one_deed_is_that_deeds(text, count):
    from geoevents.casualties import find_casualties
    assert [(c.kind, c.count, c.cumulative) for c in find_casualties(text)] == \
        [("killed", count, False)]


@pytest.mark.parametrize("text", [
    "More than 200 people have been killed since Israel struck a house in Rafah last month.",
    "At least 90 people have been killed after Israeli aircraft struck a series of targets "
    "across the territory over the past week.",
    "Some 120 aid workers have been killed, including 40 drivers, since the war began.",
])
def test_a_perfect_toll_of_many_deeds_or_a_span_stays_a_tally(text):
    from geoevents.casualties import find_casualties
    assert all(c.cumulative for c in find_casualties(text))


# -- a running toll counted from a start within the day ------------------------------
@pytest.mark.parametrize("start", ["began in the morning", "started this afternoon",
                                   "began earlier today"])
def test_a_toll_since_the_days_own_start_is_the_days(start):
    from geoevents.casualties import find_casualties
    text = f"Local officials said the death toll in Rafah had reached 21 since the raid {start}."
    assert [(c.count, c.cumulative) for c in find_casualties(text)] == [(21, False)]


@pytest.mark.parametrize("start", ["began in the morning of 7 October",
                                   "started in the afternoon on 12 May"])
def test_a_toll_since_a_named_days_hours_stays_a_tally(start):
    from geoevents.casualties import find_casualties
    text = f"Local officials said the death toll in Rafah had reached 210 since the war {start}."
    assert all(c.cumulative for c in find_casualties(text))
# -- several attacks of a region told again all together at one site ------------------
@pytest.mark.parametrize("text,place", [
    ("Four people were killed and several hurt in Israeli strikes in the central Gaza Strip "
     "late on Friday, hospital officials said. Most of the victims died in the attacks on "
     "shelters for displaced families in Nuseirat camp, the officials said.",
     "Nuseirat Camp"),
    ("Seven Palestinians were killed in Israeli air strikes in southern Gaza on Friday. The "
     "Mawasi strikes hit tents west of Khan Younis, rescuers said.", "al-Mawasi (Khan Younis)"),
])
def test_several_attacks_told_again_as_a_whole_take_the_site(text, place):
    got = _coded(text, published="2024-07-06")
    assert [(loc, n) for _, loc, n, _, _ in got] == [(place, got[0][2])], got
    assert got[0][2] in (4, 7)


@pytest.mark.parametrize("text", [
    # one of them told, not all
    "Four people were killed in Israeli strikes in the central Gaza Strip on Friday. The "
    "strike on a house in Nuseirat killed two, medics said.",
    "Four people were killed in Israeli strikes in the central Gaza Strip on Friday. One of "
    "the strikes hit a house in Nuseirat, medics said.",
    "Four people were killed in Israeli strikes in the central Gaza Strip on Friday. The "
    "strikes included a raid on a house in Nuseirat, medics said.",
    # a span of time's attacks
    "Thirty people were killed in Israeli strikes in the central Gaza Strip over the past 24 "
    "hours. The strikes hit a house in Nuseirat, medics said.",
])
def test_one_of_several_attacks_leaves_the_region(text):
    got = _coded(text, published="2024-07-06")
    assert "central Gaza" in [loc for _, loc, *_ in got], got


@pytest.mark.parametrize("text,site,n", [
    # one chosen from them by how bad it was
    ("Israeli strikes killed at least 11 people in the central Gaza Strip on Sunday, medics "
     "said. The heaviest of the strikes flattened a home in Nuseirat camp, killing six.",
     "Nuseirat Camp", 6),
    ("Ten people died in Israeli strikes in the central Gaza Strip on Sunday, medics said. The "
     "worst of the raids hit the Maghazi camp, where a family of four was killed.",
     "Maghazi Camp", 4),
    # "among them" told before the noun
    ("Israeli strikes killed at least 11 people in the central Gaza Strip on Sunday, medics "
     "said. Among the attacks was one on a home in Nuseirat camp that killed six.",
     "Nuseirat Camp", 6),
    # a part of the toll counted
    ("Israeli strikes killed at least 11 people in the central Gaza Strip on Sunday, medics "
     "said. Six of the victims died when the strikes hit a home in Nuseirat camp.",
     "Nuseirat Camp", 6),  # (the share of the victims read, as "killed five of them")
    ("Israeli strikes pounded the southern Gaza Strip on Sunday, killing nine. The strikes on "
     "Rafah killed five of them, rescuers said.", "Rafah", 5),
    ("Israeli strikes pounded the southern Gaza Strip on Sunday, killing nine. The strikes on "
     "Rafah killed five, rescuers said.", "Rafah", 5),
])
def test_a_part_of_several_attacks_told_next_leaves_the_region_its_toll(text, site, n):
    got = _coded(text, published="2024-07-06")
    region = next(loc for _, loc, *_ in got if loc.endswith("Gaza"))
    assert [(loc, k) for _, loc, k, _, _ in got if loc != region] == [(site, n)], got
    assert [k for _, loc, k, _, _ in got if loc == region] in ([11], [10], [9]), got


def test_the_strips_attacks_told_next_at_a_town_stay_the_strips():
    got = _coded("Israeli air strikes killed at least 35 Palestinians in the besieged "
                 "Gaza Strip on Wednesday, officials said. Most of the dead were in the "
                 "strikes on Rafah, they said.", published="2024-07-06")
    assert ("Gaza Strip", 35) in [(loc, n) for _, loc, n, _, _ in got], got
    assert ("Rafah", 35) not in [(loc, n) for _, loc, n, _, _ in got], got


def test_a_speakers_later_words_do_not_place_several_attacks():
    got = _coded("Israeli strikes killed 50 people overnight in the northern Gaza Strip, "
                 "medics said. \"The night's attacks were the worst in weeks,\" the ministry "
                 "said, adding that its count covered only Beit Lahia.",
                 published="2024-07-06")
    assert "Beit Lahia" not in [loc for _, loc, *_ in got], got


@pytest.mark.parametrize("later", [
    "\"We pulled children from the sand after the Mawasi bombing in Khan Younis,\" a rescuer "
    "wrote.",
    "\"This massacre in the Mawasi area of Khan Younis took whole families,\" a rescuer "
    "wrote.",
])
def test_an_attack_told_again_by_a_name_of_its_place(later):
    got = _coded("Israeli jets bombed a tent camp near Khan Younis early on Friday, killing "
                 "at least 19 people. " + later, published="2024-07-06")
    assert [(loc, n) for _, loc, n, _, _ in got] == [("al-Mawasi (Khan Younis)", 19)], got


# -- a hospital that gives the toll, with its address ---------------------------------
@pytest.mark.parametrize("second", [
    # the town told as apart from the attack
    "The Al-Aqsa Martyrs Hospital in nearby Deir al-Balah said 14 people were killed.",
    # the source tells of the attack told before
    "The Al-Aqsa Martyrs Hospital in Deir al-Balah said the bombing killed 14 people.",
])
def test_a_hospital_giving_the_toll_is_not_where_the_attack_was(second):
    got = _coded("An Israeli air strike hit a shelter in Nuseirat on Saturday. " + second)
    assert [(loc, n) for _, loc, n, _, _ in got] == [("Nuseirat", 14)], got


def test_a_hospital_giving_the_toll_of_its_own_town_keeps_the_town():
    got = _coded("Nasser Hospital in Khan Younis said an Israeli air strike on a tent killed "
                 "six people on Saturday.")
    assert [(loc, n) for _, loc, n, _, _ in got] == [("Khan Younis", 6)], got


@pytest.mark.parametrize("text,site", [
    ("Al-Awda Hospital in Jabalia said Israeli troops broke into its yard overnight and "
     "arrested several doctors.", "Al-Awda Hospital (Jabalia)"),
    ("The Kamal Adwan Hospital in Beit Lahia said an Israeli quadcopter fired at the gate of "
     "the hospital, wounding three medics.", "Kamal Adwan Hospital"),
    ("Al-Shifa Hospital in Gaza City said Israeli snipers killed three people in its yard on "
     "Sunday.", "Al-Shifa Hospital"),
    ("The European Hospital in Khan Younis said a shell fell beside its entrance, killing a "
     "nurse.", "European Gaza Hospital"),
    ("The Al-Ahli Arab Hospital in Gaza City said an Israeli strike on Saturday killed three "
     "people in the hospital's car park.", "Al-Ahli Arab Hospital"),
    ("Al-Shifa Hospital in Gaza City said Israeli troops pulled out of the complex after a "
     "long siege.", "Al-Shifa Hospital"),
])
def test_a_hospital_with_its_address_telling_of_itself_later_in_its_words(text, site):
    got = _coded(text, published="2024-07-06")
    assert site in [loc for _, loc, *_ in got], got


def test_a_hospital_with_its_address_telling_of_itself_stays_the_place():
    got = _coded("Nasser Hospital in Khan Younis said on Saturday that its wards were hit by "
                 "Israeli shelling.")
    assert "Nasser Medical Complex" in [loc for _, loc, *_ in got], got


# -- the dead come upon or handed across are no attack's toll -------------------------------
@pytest.mark.parametrize("text", [
    "The military said soldiers discovered the bodies of four captives in a tunnel in Khan "
    "Younis on Monday.",
    "Troops located the remains of three hostages in a building in Rafah on Tuesday.",
    "Hamas gives the bodies of three Israeli captives to the Red Cross in Khan Younis.",
    "The army said on Sunday it had received the bodies of two hostages from the Red Cross "
    "in Gaza.",
])
def test_bodies_found_or_handed_across_count_no_attack(text):
    assert [n for _, _, n, _, _ in _coded(text) if n] == [], _coded(text)


@pytest.mark.parametrize("text,killed", [
    # the day's dead brought in: no handover
    ("Nasser Hospital received the bodies of 20 people killed in Israeli strikes in Khan "
     "Younis on Monday.", 20),
    # the dead of a strike told with them, come upon under its rubble
    ("Crews located the bodies of nine people under the rubble of a house hit by an Israeli "
     "air strike in Khan Younis on Monday.", 9),
])
def test_the_days_dead_brought_in_or_dug_out_of_a_strike_keep_their_toll(text, killed):
    assert killed in [n for _, _, n, _, _ in _coded(text)], _coded(text)
# -- a siege told by how long it has lasted, beside an attack ------------------------
@pytest.mark.parametrize("text", [
    ("Nine people died when a missile hit a school in Beit Hanoun, a town that has been under "
     "a tight Israeli siege for 40 days, medics said."),
    ("Troops stormed the clinic in Beit Lahia, which had been pounded by tanks during their "
     "yearlong siege of the town."),
    ("Israeli aircraft bombed two houses in Jabalia camp, the agency said after nearly two "
     "months of shelling and siege."),
])
def test_a_siege_told_by_its_length_beside_an_attack_is_its_backdrop(text):
    got = [s for s, *_ in _coded(text, "2024-11-20")]
    assert "Siege/encirclement" not in got and got


@pytest.mark.parametrize("text", [
    # told alone: the siege is what the report tells
    "In North Gaza, thousands of people have been besieged for nearly two months.",
    # a day of it told
    ("Israeli forces besieged the hospital in Khan Younis for three days before pulling out "
     "on Monday, as tanks shelled nearby homes."),
    # no length told
    "Israeli troops besieged the Indonesian Hospital on Monday as tanks shelled its gate.",
])
def test_a_siege_alone_or_with_a_day_or_no_length_is_still_one(text):
    assert "Siege/encirclement" in [s for s, *_ in _coded(text, "2024-11-20")]


# -- a toll counted since a start, told before it or since a truce "took hold" -------------
@pytest.mark.parametrize("text,published", [
    ("At least 250 Israeli soldiers have reportedly been killed and thousands wounded in "
     "fighting in Gaza since October 27, when the ground offensive began.", "2024-05-20"),
    ("More than 90 aid workers have allegedly been killed by Israeli strikes in Gaza since "
     "1 March.", "2024-06-20"),
    ("Israeli strikes and gunfire in Gaza have killed at least 240 Palestinians since the truce "
     "took hold, health officials said.", "2025-11-30"),
])
def test_a_toll_counted_since_a_start_weeks_ago_is_a_running_total(text, published):
    assert _coded(text, published) == []


@pytest.mark.parametrize("text,published,sub", [
    # a day of the news told after the toll
    ("At least 250 Israeli soldiers have been killed in Gaza since October 27, and on Monday "
     "a tank was hit in Rafah, killing two.", "2024-05-20", "Air/drone strike"),
    # counted since a day just gone: the news of the days
    ("Israeli strikes have killed 12 people in Khan Younis since the truce took hold on "
     "Sunday.", "2025-10-14", "Air/drone strike"),
    # the day's strike, measured against the days since the truce
    ("Israeli strikes killed 12 people in Khan Younis on Tuesday, in the deadliest day since "
     "the truce took hold.", "2025-11-30", "Air/drone strike"),
])
def test_a_toll_with_news_of_its_own_or_of_the_days_is_still_coded(text, published, sub):
    assert sub in [s for s, *_ in _coded(text, published)]


# -- a figure counted over recent days or weeks ----------------------------------------
@pytest.mark.parametrize("text,published", [
    ("At least 15 of the gunmen have been killed or detained in Rafah in recent days after "
     "leaving the tunnels, the army said.", "2025-11-20"),
    ("In recent weeks, as aid deliveries dwindled, at least 19 children have died of hunger at "
     "hospitals in northern Gaza.", "2024-03-10"),
])
def test_a_figure_counted_over_recent_weeks_is_a_running_tally(text, published):
    assert _coded(text, published) == []


@pytest.mark.parametrize("text,published,subs", [
    # the day's news told before the tally
    ("Israeli strikes killed 12 people in Rafah on Monday, and troops have detained 40 men in "
     "recent days.", "2025-11-20", {"Air/drone strike", "Arrests"}),
    # one attack of recent days, told in the past
    ("An airstrike in recent days killed 12 people at a school in Rafah.", "2025-11-20",
     {"Air/drone strike"}),
])
def test_news_told_beside_or_instead_of_a_recent_tally_is_still_coded(text, published, subs):
    assert {s for s, *_ in _coded(text, published)} == subs


# -- people told by what drove them out --------------------------------------------------
@pytest.mark.parametrize("text,published", [
    ("Umm Khaled, 52, comes from Beit Hanoun and was displaced by the fighting.", "2024-06-12"),
    ("Families displaced by Israeli shelling wait for food at a kitchen in Deir al-Balah.",
     "2024-06-12"),
    ("Nearly 900,000 people have been displaced across the south by five weeks of Israeli "
     "bombardment, the UN said.", "2024-06-12"),
])
def test_people_described_by_what_drove_them_out_tell_no_event(text, published):
    assert _coded(text, published) == []


@pytest.mark.parametrize("text,published,subs", [
    # the strike of a day, which displaced them
    ("Thousands of residents were displaced by the shelling in Beit Lahia on Tuesday.",
     "2024-06-12", {"Displacement", "Shelling/artillery/missile attack"}),
    # a flight from a place, told with its day
    ("Some 5,000 families were displaced from Rafah on Tuesday after tanks advanced into the "
     "city.", "2024-06-12", {"Displacement", "Armed clash"}),
    # the shelter's people described, the strike on it still told
    ("A strike hit a school in Khan Younis sheltering families displaced by the war, killing "
     "six people, medics said.", "2024-06-12", {"Air/drone strike"}),
])
def test_a_flight_or_an_attack_with_its_day_is_still_coded(text, published, subs):
    assert {s for s, *_ in _coded(text, published)} == subs


# -- attacks told as going on, with nothing of their own ----------------------------------
@pytest.mark.parametrize("text", [
    "The tightening blockade has caused shortages of fuel and flour, and the relentless "
    "airstrikes have reduced whole districts to rubble.",
    "The ongoing clashes are turning into some of the deadliest battles since the truce began.",
    "Families were trying to bake bread amid incessant shelling, aid workers said.",
])
def test_attacks_told_only_as_going_on_are_the_wars_state(text):
    assert _coded(text, "2024-06-12") == []


@pytest.mark.parametrize("text,sub", [
    # a place, a day or a harm of their own
    ("The ongoing bombardment of Khan Younis killed 14 people on Monday.", "Air/drone strike"),
    ("Ongoing clashes in Rafah forced the hospital to close.", "Armed clash"),
    ("Continued Israeli shelling killed three people near the Netzarim corridor.",
     "Shelling/artillery/missile attack"),
    ("The ongoing clashes in Beit Hanoun are the deadliest battles since the truce began.",
     "Armed clash"),
    # someone telling of a place under them
    ("A UNICEF spokesman said Gaza City remained home to thousands of children, under dire "
     "conditions and relentless air strikes.", "Air/drone strike"),
])
def test_going_on_attacks_with_a_place_day_or_harm_are_still_coded(text, sub):
    assert sub in [s for s, *_ in _coded(text, "2024-06-12")]
# -- a lead that names only the town of a strike on a school, and the school named next --
@pytest.mark.parametrize("text,where,killed", [
    ("At least 15 people were killed on Friday when an Israeli strike hit a school used as "
     "a shelter in Gaza City, rescuers said. The bombed Dar al-Arqam School had housed "
     "hundreds of families from the east of the city.", "Dar al-Arqam School (Tuffah)", 15),
    ("An Israeli air strike on a school sheltering families in Nuseirat camp wounded dozens "
     "on Friday. Medics said the Abu Oreiban School was hit as people slept.",
     "Abu Oreiban School", None),
])
def test_the_towns_strike_on_a_school_is_the_school_named_next(text, where, killed):
    got = _coded(text)
    assert [(loc, n) for _, loc, n, _, _ in got] == [(where, killed)]


@pytest.mark.parametrize("text", [
    # another strike, told as such
    "An Israeli strike hit a school in Gaza City on Friday, medics said. Another strike hit "
    "the Dar al-Arqam School, where families had sheltered.",
    # the town's strikes, more than one
    "Israeli strikes on schools in Gaza City killed 30 people on Friday. The Dar al-Arqam "
    "School was hit as people slept.",
])
def test_another_or_several_strikes_in_the_town_stay_apart_from_the_school(text):
    got = _coded(text)
    assert "Gaza City" in [loc for _, loc, _, _, _ in got]


def test_a_town_and_a_quarter_in_it_are_not_folded_as_one_strike():
    got = _coded("An Israeli strike hit a school in Gaza City on Friday, medics said. An "
                 "Israeli strike also hit a school in Shejaia, killing four.")
    assert len(got) == 2


# -- a later sentence that only tells what a side or a witness said of the attack ----------
def _statement_coded(text, published="2024-06-30"):
    return [(e.event_date, e.sub_event_type, e.location, e.fatalities)
            for e in parse(text, published=published).events]


@pytest.mark.parametrize("text", [
    # a side's confirmation of the dead, on its own day
    "An Israeli strike on a flat in Deir al-Balah killed six people, rescuers said. Islamic "
    "Jihad on Saturday confirmed the death of a commander, whom it named as a leader of its "
    "unit in Deir al-Balah.",
    # the army's claim of whom the strikes were aimed at, naming the town of that person
    "Israeli strikes in central Gaza killed seven people on Sunday, medics said. The army "
    "claimed that the strikes targeted a senior militant in Nuseirat.",
    # a survivor's words, and where the survivor was met
    "Tank fire killed 11 people waiting for flour in Rafah on Sunday, health officials said. "
    "\u201cWe ran, then the shells came down on us,\u201d said Omar, a survivor interviewed at "
    "the European Hospital.",
])
def test_a_statement_about_the_attack_told_before_is_no_second_event(text):
    got = _statement_coded(text)
    assert len(got) == 1, got


def test_a_confirmation_dates_an_attack_told_only_by_its_report():
    got = _statement_coded(
        "An Israeli strike on a flat in Deir al-Balah killed six people, rescuers said. Islamic "
        "Jihad on Saturday confirmed the death of a commander, whom it named as a leader of its "
        "unit in Deir al-Balah.", published="2024-06-30")
    assert [(d, n) for d, _, _, n in got] == [("2024-06-29", 6)]


def test_a_statement_naming_another_kind_of_fire_keeps_its_own_event():
    got = _statement_coded("For a third day, Israeli forces carried out heavy raids in Shejaia on "
                           "Sunday. A resident added that artillery fire had trapped families in "
                           "the quarter.")
    assert "Shelling/artillery/missile attack" in [t for _, t, _, _ in got], got


@pytest.mark.parametrize("text,n", [
    # a fight the statement tells as one of its own
    ("An Israeli strike killed five people in Shejaia on Sunday, medics said. The group said "
     "its fighters clashed with an Israeli force in Shejaia, causing casualties.", 2),
    # another strike, told as such
    ("An Israeli strike killed five people in Khan Younis on Sunday, medics said. Medics "
     "said another strike hit a tent in southern Gaza, killing two.", 2),
    # a place finer than the attack told before, where the statement's act happened
    ("Israeli strikes killed nine people in southern Gaza on Sunday, medics said. The army "
     "said a militant fired a rocket-propelled grenade at troops in Rafah.", 2),
])
def test_a_statement_that_tells_an_act_of_its_own_stays_an_event(text, n):
    got = _statement_coded(text)
    assert len(got) == n, got


def test_a_place_the_speakers_tell_the_strikes_hit_stays_apart_from_the_town():
    got = _statement_coded("Israeli strikes killed at least 40 people in Khan Younis on Monday. "
                           "Witnesses said the strikes hit tents in the Mawasi area.")
    assert len(got) == 2, got


def test_people_told_to_leave_are_no_statement_about_the_attack():
    got = _statement_coded(
        "Israeli troops raided the Shifa hospital in Gaza City on Sunday. People near the area "
        "were being told to leave as buildings in the vicinity of the hospital were blown up.")
    assert len(got) >= 2, got


# -- a push beside an act told with a subject of its own, or as done before ---------------
@pytest.mark.parametrize("text,place", [
    # the order has its own subject and its own, other place
    ("Israeli troops advanced further into Jabalia on Friday as the army put out fresh "
     "evacuation orders for northern Gaza.", "Jabalia"),
    ("Israeli tanks stormed eastern Deir al-Balah on Thursday as the military issued an "
     "evacuation order for parts of Khan Younis.", "Deir al-Balah"),
    # the same place, but the order is the command's own act at the time, not how the push
    # was carried out
    ("Israeli tanks rolled into eastern Rafah on Wednesday as the army ordered 100,000 "
     "people in the city to evacuate.", "Rafah"),
    ("Israeli troops entered Beit Hanoun on Friday, the first ground push there in months, "
     "while the army issued evacuation orders for the town.", "Beit Hanoun"),
    # an order told as given earlier, in the past perfect, is background to the entry
    ("Israeli tanks entered the Tel al-Sultan area of western Rafah on Thursday, where the "
     "army had ordered residents to leave.", "Tel al-Sultan"),
])
def test_a_push_beside_an_order_of_its_own_subject_stays_a_battle(text, place):
    got = _coded(text)
    assert ("Armed clash", place) in [(s, p) for s, p, *_ in got]
    assert "Evacuation order" in [s for s, *_ in got]


# -- "missing" with a verb or a noun of its own ------------------------------------------
@pytest.mark.parametrize("text,count", [
    # "missing" before a noun tells a group of its own, not a joined count
    ("Rescuers counted 14 dead and missing relatives believed buried after an Israeli strike "
     "on an apartment block in Gaza City on Monday.", 14),
    ("An Israeli air strike on a home in Khan Younis on Monday left 11 dead and missing "
     "neighbours were still being dug for, medics said.", 11),
    # "the missing" as the subject of a clause with its own verb and figure
    ("Rescuers counted 14 dead and the missing numbered at least six after an Israeli strike "
     "on an apartment block in Gaza City on Monday.", 14),
    ("The toll stands at 17 dead and the missing have yet to be counted, civil defence said "
     "of Monday's air strike on a home in Maghazi.", 17),
])
def test_missing_with_its_own_verb_or_noun_leaves_the_dead_counted(text, count):
    from geoevents.casualties import find_casualties
    assert [c.count for c in find_casualties(text) if c.kind == "killed"] == [count]


# -- a give or receive that hands no bodies across ----------------------------------------
@pytest.mark.parametrize("text,killed", [
    # "given" of something else than the dead
    ("The bodies of 14 people, among them a mother who had given birth to a son the week "
     "before, were taken to Nasser hospital after an Israeli strike on a home in Khan Younis.", 14),
    ("An Israeli air strike on a home in Nuseirat on Tuesday, which gave the residents no "
     "chance to get out, left the bodies of seven people in the ruins, rescuers said.", 7),
    # "from a group of ...": where the dead came from, no party handing them over
    ("Al-Awda hospital received the bodies of 10 people from a group of aid seekers shot by "
     "Israeli troops near the Netzarim corridor on Monday.", 10),
])
def test_a_give_or_receive_of_no_bodies_leaves_the_toll(text, killed):
    assert killed in [n for _, _, n, _, _ in _coded(text)], _coded(text)


def test_the_bodies_received_from_a_handover_party_stay_no_toll():
    text = ("The Red Cross received the bodies of 45 Palestinians from Israel at the Kerem "
            "Shalom crossing on Monday.")
    assert [n for _, _, n, _, _ in _coded(text) if n] == [], _coded(text)


# -- a start in the day's hours with a day named past a comma or bracket, or a bare weekday -
@pytest.mark.parametrize("text", [
    "At least 95 people have been killed in Gaza since the truce broke down at midday "
    "Saturday, the health ministry said on Wednesday.",
    "At least 95 people have been killed in Gaza since the truce broke down at noon "
    "(0900 GMT) on Saturday, the health ministry said on Wednesday.",
    "At least 38 people have been killed since the assault on Zeitoun began in the evening, "
    "on Sunday, medics said on Wednesday.",
    "At least 60 people have been killed since the raid on the Nuseirat camp began in the "
    "morning, three days ago, civil defence said.",
])
def test_a_start_in_the_hours_of_an_earlier_named_day_gives_a_running_tally(text):
    assert [n for _, _, n, _, _ in _coded(text) if n] == [], _coded(text)


# -- a deed told as repeated or spread over days or an area ------------------------------
@pytest.mark.parametrize("text", [
    "Scores of people have been killed, medics said, as Israeli forces shelled a camp "
    "every night this week in Nuseirat.",
    "More than 80 people have been killed, many of them children, as Israeli jets bombed a "
    "camp and nearby areas in Maghazi over four days.",
])
def test_a_deed_repeated_or_spread_out_takes_no_running_toll(text):
    assert [n for _, _, n, _, _ in _coded(text) if n] == [], _coded(text)


# -- a siege of a few days beside an attack is news still going on -------------------------
@pytest.mark.parametrize("text", [
    ("Soldiers have encircled the Al-Awda Hospital in Jabalia for four days, the WHO said, "
     "adding that a tank shell hit its second floor and wounded three nurses."),
    ("Troops have surrounded the Indonesian Hospital for two days while drones have fired on its "
     "power generators, the ministry said."),
    ("A drone strike killed four people near the Kamal Adwan Hospital, which troops have "
     "besieged for three days."),
    ("The UNRWA school in Jabalia, encircled by tanks for five days, was hit by a shell that "
     "killed six people."),
])
def test_a_siege_of_a_few_days_beside_an_attack_is_kept(text):
    got = [s for s, *_ in _coded(text, "2024-10-20")]
    assert "Siege/encirclement" in got and len(got) > 1, got


# -- the day's deed told before a since-phrase that is an aside or a measure ----------------
@pytest.mark.parametrize("text,published", [
    ("Three Israeli soldiers have been killed in clashes in Rafah, raising the army's death "
     "toll since October 27 to 333.", "2024-06-12"),
    ("An Israeli air strike has killed 11 members of one family in Khan Younis, the ministry "
     "said, in the deadliest attack in the city since March 18.", "2025-05-02"),
    ("At least 22 people have been killed in an Israeli strike on a school in Gaza City, the "
     "worst such attack since 1 March, medics said.", "2024-06-22"),
])
def test_a_deed_told_before_an_aside_or_measure_since_a_day_is_kept(text, published):
    assert _coded(text, published), text


# -- one attack in the perfect, measured against recent weeks in an aside ------------------
@pytest.mark.parametrize("text", [
    ("An Israeli strike on a home in Gaza City has killed at least 16 people, one of the "
     "deadliest attacks in recent weeks, doctors said."),
    ("An Israeli air strike has killed 13 people sheltering in a school in Nuseirat, the latest "
     "in a string of strikes on shelters in recent weeks."),
    ("At least 23 people have been killed in an Israeli strike on tents in al-Mawasi, the "
     "highest toll from one attack in recent days, the civil defence said."),
    ("Hamas fighters have killed nine Israeli soldiers in an ambush in Shujaiya, the deadliest "
     "single attack on troops in recent months."),
])
def test_one_attack_measured_against_recent_weeks_is_kept(text):
    assert _coded(text, "2024-06-20"), text


# -- a flight counted, new, or driven by an attack on a named place is displacement ---------
@pytest.mark.parametrize("text,published", [
    ("Dozens of families were displaced by Israeli air strikes that killed at least 25 people "
     "in Rafah, the ministry said.", "2024-05-08"),
    ("Israeli strikes pounded eastern Rafah overnight. Thousands of people were displaced by "
     "the strikes, the UN said.", "2024-05-07"),
    ("Some 4,000 people were displaced by Israeli shelling of Beit Lahia, the UN said, as tanks "
     "moved into the town.", "2024-10-10"),
    ("More than 80,000 people have been displaced by the Israeli offensive in Rafah, the agency "
     "said.", "2024-05-10"),
    ("About 200 families were displaced by Israeli bombardment of the al-Zaytoun neighbourhood, "
     "the civil defence said.", "2024-07-10"),
    ("Some 15,000 people were newly displaced by Israeli air strikes and ground operations in "
     "Khan Younis, OCHA said.", "2024-07-25"),
])
def test_a_counted_or_new_flight_from_an_attack_is_displacement(text, published):
    assert "Displacement" in [s for s, *_ in _coded(text, published)], _coded(text, published)


# -- an attack told as going on, with its place opening the sentence or the sentence before -
@pytest.mark.parametrize("text,sub", [
    ("Nuseirat came under relentless Israeli shelling, witnesses said.",
     "Shelling/artillery/missile attack"),
    ("Jabalia has been under incessant bombardment, with tanks pushing toward the camp's "
     "centre, residents said.", "Air/drone strike"),
    ("Israeli tanks pushed into eastern Khan Younis on Wednesday. Witnesses said the tanks kept "
     "up constant shelling as families fled west.", "Shelling/artillery/missile attack"),
])
def test_a_going_on_attack_with_its_place_first_or_told_just_before_is_kept(text, sub):
    assert sub in [s for s, *_ in _coded(text, "2024-07-25")], _coded(text, "2024-07-25")


@pytest.mark.parametrize("line,place", [
    # the attack told by a verb of its own, as a headline or a live-blog line tells it
    ("Four Palestinians die in an Israeli air strike on a house in Bureij.", "Bureij"),
    ("People report intense Israeli shelling in Beit Lahiya through the night.",
     "Beit Lahia"),
    ("A paramedic dies of wounds from an Israeli strike on Jabalia.", "Jabalia"),
    ("Women protest in Deir al-Balah against the war.", "Deir al-Balah"),
    # a toll, a death as it happens, or an act with a subject of its own beside the people
    ("Palestinians killed in an Israeli strike on a market in Jabalia number at least 12.",
     "Jabalia"),
    ("A girl wounded in an Israeli strike dies at a clinic in Bureij.", "Bureij"),
    ("Civilians suffer as Israeli air strikes pound Bureij.", "Bureij"),
    ("Mourners come under fire at a funeral in Beit Lahiya while an Israeli drone strikes "
     "the procession.", "Beit Lahia"),
])
def test_a_present_tense_news_line_is_no_caption(line, place):
    text = f"Latest from Gaza\n\n{line}\n\n{_BODY}"
    assert any(place in (e.location or "")
               for e in parse(text, published="2024-07-02").events)


def test_a_present_tense_lead_and_a_live_blog_line_are_news():
    lead = ("Five Palestinians die in Israeli air strikes on Bureij camp.\n\n"
            "The health ministry said the toll since October had passed 37,900.")
    assert any("Bureij" in (e.location or "")
               for e in parse(lead, published="2024-07-02").events)
    blog = ("Gaza live: day 270\n\nFamilies leave Rafah as Israel orders new evacuations.\n\n"
            "People report heavy shelling in Zeitoun.\n\nRescuers dig through rubble in "
            "Jabalia.")
    assert any("Zeitoun" in (e.location or "")
               for e in parse(blog, published="2024-07-02").events)


@pytest.mark.parametrize("text,place", [
    # a guess about one thing, then a clause of its own, told as fact, with the act
    ("It is likely that more bodies remain under the debris after an Israeli air strike "
     "flattened a five-storey block in Beit Lahiya on Sunday, rescuers said.", "Beit Lahia"),
    ("Doctors said it was possible that some of the wounded were hit by shrapnel, after "
     "Israeli tanks shelled the streets near the clinic in Bureij on Sunday.", "Bureij"),
    ("Some have suggested that the captives had been moved, but Israeli troops stormed a "
     "flat in Nuseirat on Saturday, the army said.", "Nuseirat"),
    ("It is possible that the army will widen its push, observers said, as Israeli tanks "
     "moved into western Rafah on Sunday.", "Rafah"),
])
def test_an_act_in_its_own_clause_after_a_guess_stays(text, place):
    assert any(place in (e.location or "")
               for e in parse(text, published="2024-05-06").events)


def test_a_guess_whose_own_subject_acts_twice_stays_a_guess():
    text = ("It is likely that the gunmen used drones to mark Erez as a staging point for "
            "troops and launched a combined attack with mortars and rockets.")
    assert not parse(text, published="2024-05-06").events


@pytest.mark.parametrize("when", ["at 2 a.m. local time on Thursday, 2300 GMT Wednesday",
                                  "early on Thursday, 2300 GMT on Wednesday"])
def test_a_local_weekday_before_a_universal_clock_with_its_own_day_stays(when):
    text = f"Israeli air strikes hit Bureij {when}, killing four people, medics said."
    got = [e.event_date for e in parse(text, published="2024-05-10").events]
    assert got and all(str(d) == "2024-05-09" for d in got), got


@pytest.mark.parametrize("tail", [
    # a point the act is measured from, another act's day, something still to come
    "killing five people, medics said, the worst strike on the camp since Monday.",
    "killing five people, five days after the army told residents to leave on Saturday.",
    "killing five people, medics said, as negotiators got ready to meet on Sunday.",
    "killing five people, ahead of truce talks due on Monday in Doha, medics said.",
])
def test_a_dateline_stays_beside_a_day_that_is_not_the_acts(tail):
    text = (f"DEIR AL-BALAH, Gaza Strip, March 7, 2024 (AFP) - An Israeli air strike hit a "
            f"tent in Deir al-Balah, {tail}")
    got = [e.event_date for e in parse(text, published="2024-03-07").events
           if e.sub_event_type == "Air/drone strike"]
    assert got == ["2024-03-07"], got
# -- a town's lead and a school named after it: what keeps them two strikes ------------
def test_a_school_placed_in_another_quarter_is_not_the_quarters_lead():
    for text in (
            "Israeli jets struck a school in Shejaia on Wednesday, killing six, rescuers said. "
            "Israeli jets struck the Al-Falah school in Zeitoun on Wednesday, killing six.",
            "An Israeli strike on a school in Shejaia wounded several people on Wednesday, "
            "medics said. An Israeli strike on the Al-Falah school in Zeitoun wounded others on "
            "Wednesday."):
        got = _coded(text)
        assert "Shejaia" in [loc for _, loc, _, _, _ in got], got


def test_a_school_in_the_quarter_named_after_its_lead_is_still_one_strike():
    got = _coded("An Israeli strike hit a school in Shejaia on Wednesday, killing six. The "
                 "targeted Al-Falah school in Shejaia was sheltering families.")
    assert len(got) == 1, got


@pytest.mark.parametrize("opening", ["Earlier that day,", "Hours before,", "Hours earlier"])
def test_a_school_struck_at_another_hour_is_not_the_towns_lead(opening):
    got = _coded("An Israeli strike on a school in Gaza City wounded several people on Friday, "
                 f"medics said. {opening} an Israeli strike hit the Al-Tabieen school in Gaza "
                 "City.")
    assert "Gaza City" in [loc for _, loc, _, _, _ in got], got


@pytest.mark.parametrize("text,town", [
    ("An Israeli strike on a school in Sheikh Radwan killed three people on Monday, medics "
     "said. An Israeli strike on the Hamama school in Sheikh Radwan killed eleven people on "
     "Monday.", "Sheikh Radwan"),
    ("An Israeli drone hit a school in Jabalia on Monday, killing one man. Israeli jets bombed "
     "the Al-Fakhura school in Jabalia on Monday, killing 13 people, rescuers said.", "Jabalia"),
])
def test_a_towns_strike_and_a_schools_each_with_its_own_exact_toll_stay_two(text, town):
    got = _coded(text)
    assert town in [loc for _, loc, _, _, _ in got] and len(got) == 2, got



# -- a later statement that tells an act of its own, in its own words --------------------
@pytest.mark.parametrize("text", [
    # a doer and its act verb after the reporting verb, on a later day
    "An Israeli airstrike killed four people in a flat in Khan Younis on Monday, rescuers "
    "said. The Israeli military said on Wednesday its aircraft struck Islamic Jihad gunmen in "
    "Khan Younis, killing three of them.",
    # the same, told of another building, the same day
    "Israeli warplanes struck a home in Nuseirat refugee camp on Friday, killing seven people, "
    "WAFA reported. WAFA said Israeli warplanes struck the Al-Awda school in Nuseirat on "
    "Friday, killing four displaced people.",
    # a shooting told again with its own day and toll
    "Israeli forces opened fire on crowds at an aid point in Rafah on Monday, killing 15, the "
    "health ministry said. The ministry said on Wednesday that Israeli forces opened fire on "
    "aid seekers in Rafah, killing 6.",
    # a quote opening the sentence that tells its own strike and toll
    "An Israeli airstrike killed five people in Maghazi camp on Monday. \"A drone fired a "
    "missile at young men gathering in the road in Maghazi, killing three,\" a resident told "
    "reporters on Tuesday.",
    # a side's own attack on the other side's forces
    "Israeli forces shelled the eastern areas of Rafah on Tuesday, killing three people, "
    "medics said. Islamic Jihad's armed wing said its fighters fired rockets at Israeli troops "
    "east of Rafah.",
])
def test_a_statement_telling_a_fresh_act_stays_its_own_event(text):
    got = _statement_coded(text)
    assert len(got) == 2, got


def test_a_sides_own_fire_at_the_attacker_told_before_is_another_act():
    for text in (
            "Israeli forces shelled the eastern areas of Rafah on Tuesday, killing three "
            "people, medics said. Islamic Jihad's armed wing said it fired mortar shells at "
            "Israeli troops east of Rafah.",
            "Israeli forces shelled the eastern areas of Rafah on Tuesday, killing three "
            "people, medics said. The Al-Quds Brigades said they targeted Israeli troops with "
            "mortar shells east of Rafah."):
        got = _statement_coded(text)
        assert len(got) == 2, got


# -- a region's toll and the same toll told for the Strip: one event in the region -------------
@pytest.mark.parametrize("text, place", [
    ("Shelling killed nine people in central Gaza on Monday, hospital officials said. Across "
     "the Gaza Strip, Israeli shelling killed nine people on Monday, the ministry said.",
     "central Gaza"),
    ("Israeli shelling killed nine people in southern Gaza on Monday. Across the Gaza Strip, "
     "Israeli shelling killed nine people on Monday, the ministry said.", "southern Gaza"),
])
def test_a_regions_toll_told_again_for_the_strip_stays_in_the_region(text, place):
    # (the Strip's centre lies inside central Gaza, but the Strip is not a place in it)
    coded = [(e.location, e.fatalities) for e in parse(text, published="2024-09-24").events]
    assert coded == [(place, 9)]


# -- the clause of what drove people out runs past a bare comma to its day --------------------
def test_a_day_set_off_by_commas_in_the_clause_of_the_cause_is_the_flights():
    told = parse("Hundreds of families displaced by the shelling, on Monday, sheltered in "
                 "schools in Deir al-Balah.", published="2024-06-04").events
    assert ("2024-06-03", "Displacement", "Deir al-Balah") in [
        (e.event_date, e.sub_event_type, e.location) for e in told]
    # (a relative clause after the comma is another clause: who they are, no flight told)
    assert _coded("Families displaced by the fighting, who have nowhere else to go, sheltered "
                  "in schools in Deir al-Balah on Monday.", published="2024-06-04") == []


# -- people put to death: "executed" counts its dead ------------------------------------
@pytest.mark.parametrize("text,killed", [
    ("Palestinian gunmen executed three men accused of collaborating with Israel in Gaza City "
     "on Friday.", 3),
    ("Hamas executed three men accused of collaborating with Israel in Gaza City on Friday.",
     3),
    ("Masked gunmen executed a man in Khan Younis on Monday, accusing him of spying for "
     "Israel.", 1),
    ("Hamas security forces publicly executed six people in Deir al-Balah on Wednesday.", 6),
    ("Witnesses said troops executed a father and his two sons in their home in Shejaia on "
     "Friday.", 3),
    ("Two men accused of collaboration were executed by Hamas in Rafah on Sunday.", 2),
    ("A man was executed by gunmen in Rafah on Sunday.", 1),
])
def test_people_executed_are_counted_as_killed(text, killed):
    assert [n for _, _, n, _, _ in _coded(text)] == [killed]


@pytest.mark.parametrize("text", [
    # carried out: an attack, an order, strikes (no people put to death)
    "Hamas fighters executed a coordinated attack on Israeli troops in Rafah on Sunday.",
    "The army said it executed 50 strikes across Gaza on Sunday.",
    "Two soldiers executed a commander's orders in Rafah on Sunday.",
])
def test_executed_with_no_people_as_its_object_counts_no_dead(text):
    assert all(n is None for _, _, n, _, _ in _coded(text))


def test_executing_told_with_no_event_word_makes_no_event_of_its_count():
    # ("executing" is no event word of the trigger table: its count alone is no strike)
    assert _coded("Witnesses said Israeli troops executing 15 people in the yard of the school "
                  "in Beit Lahia.") == []


# -- a raid told as when the arrests were made: no battle of its own ---------------------
@pytest.mark.parametrize("text", [
    "Israeli forces arrested dozens of men during a raid on Kamal Adwan hospital in Beit "
    "Lahia, northern Gaza, on Tuesday.",
    "Israeli troops detained 30 people in an overnight raid on Jabalia camp on Monday.",
    "Dozens of young men were rounded up in a raid on Shejaia on Wednesday.",
    "Israeli forces carried out a raid on Nuseirat camp on Sunday and arrested 20 men.",
    "During an overnight raid on the Indonesian hospital, Israeli soldiers detained several "
    "doctors, the health ministry said.",
])
def test_a_raid_told_by_the_arrests_made_in_it_fights_no_battle(text):
    subs = [s for s, *_ in _coded(text)]
    assert "Arrests" in subs and "Armed clash" not in subs, subs


@pytest.mark.parametrize("text", [
    # a fight told beside the arrests
    "Israeli forces arrested dozens of men during a raid on Kamal Adwan hospital on Tuesday "
    "amid heavy clashes with Hamas fighters.",
    "Israeli forces killed five gunmen and arrested dozens of men during a raid on Kamal Adwan "
    "hospital on Tuesday.",
    "During a raid on the Nasser hospital in Khan Younis, Israeli troops exchanged fire with "
    "gunmen and detained dozens.",
    # a raid told with no arrests, or arrests the table does not read ("were arresting")
    "Israeli forces raided al-Shifa hospital in Gaza City on Monday, the army said.",
    "Israeli troops were arresting men during a raid on Beit Hanoun on Monday.",
])
def test_a_raid_with_a_fight_or_no_arrests_read_stays_a_battle(text):
    assert "Armed clash" in [s for s, *_ in _coded(text)]


# -- aid set upon is no delivery ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Gunmen attacked an aid convoy in Deir al-Balah on Thursday and looted several trucks",
    "Israeli forces fired on an aid convoy in Gaza City on Sunday, wounding two drivers.",
    "Masked men hijacked two aid trucks in Rafah on Wednesday.",
    "An aid convoy was looted in Rafah on Monday.",
    "Aid trucks were hijacked near Kerem Shalom on Monday.",
    "A UN aid convoy was fired on in Gaza City on Sunday.",
])
def test_aid_set_upon_is_no_aid_delivery(text):
    assert "Aid delivery" not in [s for s, *_ in _coded(text)]


@pytest.mark.parametrize("text", [
    # the attack on something else, the aid that went in its own clause
    "An aid convoy entered Gaza City on Sunday after gunmen attacked a checkpoint in Rafah.",
    "Israeli strikes hit Khan Younis on Monday, and 30 aid trucks entered the Strip through "
    "Rafah.",
    "Twenty aid trucks entered Gaza through Kerem Shalom on Sunday.",
])
def test_aid_brought_in_beside_an_attack_on_something_else_is_a_delivery(text):
    assert "Aid delivery" in [s for s, *_ in _coded(text)]


# -- fire from the Strip aimed at a place abroad: not placed where it left ------------------
@pytest.mark.parametrize("text", [
    "Hamas fired a barrage of rockets at Tel Aviv from Khan Younis on Thursday",
    "Islamic Jihad fired ten rockets from Rafah towards Ashkelon on Thursday.",
    "Islamic Jihad fired ten rockets into Israel from Rafah on Thursday.",
    "Two rockets were fired from Beit Hanoun towards Sderot on Thursday and were intercepted.",
    "Militants launched mortar shells at Nahal Oz from Beit Lahia on Monday.",
    "A barrage of rockets was launched at Ashkelon from Deir al-Balah on Friday.",
])
def test_fire_aimed_abroad_is_not_placed_at_the_place_it_left(text):
    assert _coded(text, "2024-06-29") == []


@pytest.mark.parametrize("text,sub,place", [
    # no aim told: the place the fire left
    ("Hamas fired rockets from Khan Younis on Thursday, the army said.",
     "Shelling/artillery/missile attack", "Khan Younis"),
    ("Rockets were fired from Beit Hanoun on Thursday, setting off sirens in Sderot.",
     "Shelling/artillery/missile attack", "Beit Hanoun"),
    # the army's deed at the launch site, told with the fire it answered
    ("The IDF said it struck the launchers from which rockets were fired at Israel from Khan "
     "Younis on Monday.", "Air/drone strike", "Khan Younis"),
    ("Aircraft struck a launch post in Beit Hanoun from which rockets were fired toward Sderot "
     "on Sunday.", "Air/drone strike", "Beit Hanoun"),
    ("The army shelled the area from which rockets were fired at Israel from Beit Hanoun on "
     "Monday.", "Shelling/artillery/missile attack", "Beit Hanoun"),
    # fire from abroad at a place of the Strip
    ("Israeli artillery fired into Beit Hanoun from Israel on Thursday.",
     "Shelling/artillery/missile attack", "Beit Hanoun"),
])
def test_fire_with_no_aim_abroad_or_a_deed_at_the_launch_site_stays_placed(text, sub, place):
    assert [(s, loc) for s, loc, *_ in _coded(text, "2024-06-29")] == [(sub, place)]


# -- a date in figures, and a written date told in universal time -------------------------
@pytest.mark.parametrize("text,day", [
    ("An airstrike hit a house in Nuseirat on 27/06/2024, killing four.", "2024-06-27"),
    ("On 27.06.2024 an airstrike hit a house in Nuseirat, killing four.", "2024-06-27"),
    ("An airstrike hit a house in Nuseirat on 27 June 2024 at 23:30 GMT, killing four.",
     "2024-06-28"),
    ("An airstrike hit a house in Nuseirat at 2 a.m. local time on 28 June (2300 GMT 27 June), "
     "killing four.", "2024-06-28"),
])
def test_a_date_in_figures_or_in_universal_time_dates_the_event(text, day):
    assert [(e.event_date, e.time_precision) for e in parse(text, published="2024-06-29").events
            ] == [(day, 1)]


# -- a hospital's intake of the dead: the town it stands in, not a strike on it ---------------
@pytest.mark.parametrize("text,place", [
    ("Medics at Al-Aqsa Martyrs Hospital in Deir al-Balah said they had received 14 bodies over "
     "the past 24 hours.", "Deir al-Balah"),
    ("Al-Aqsa Martyrs Hospital in Deir al-Balah said it had received 14 bodies over the past 24 "
     "hours.", "Deir al-Balah"),
    ("Nasser Hospital in Khan Younis received 20 bodies on Monday.", "Khan Younis"),
    ("Doctors at al-Awda Hospital in Jabalia said they had received 30 wounded after strikes "
     "overnight.", "Jabalia"),
])
def test_a_hospitals_intake_is_placed_at_its_town(text, place):
    assert [loc for _, loc, *_ in _coded(text, "2024-06-29")] == [place]


@pytest.mark.parametrize("text,place", [
    # the strike told before is where they were killed
    ("An airstrike hit a house in Bani Suheila on Monday. Medics at Nasser Hospital in Khan "
     "Younis said they had received five bodies.", "Bani Suheila"),
    # the hospital itself hit took in its own dead
    ("Israeli tanks shelled Nasser Hospital in Khan Younis on Monday. The hospital said it had "
     "received the bodies of four patients.", "Nasser Medical Complex"),
])
def test_a_hospitals_intake_after_an_attack_told_stays_that_attacks(text, place):
    assert place in [loc for _, loc, *_ in _coded(text, "2024-06-29")]


def test_a_hospital_overwhelmed_after_an_operation_told_before_stays_the_operations():
    # (the place told before, though it gave no event of its own, not the hospital's town)
    text = ("On 8 June 2024, a rescue operation was carried out in the Nuseirat refugee camp. "
            "Al-Aqsa Hospital received 70 bodies.")
    assert [loc for _, loc, *_ in _coded(text, "2024-06-09")] == ["Nuseirat Camp"]


# -- troops on the ground who killed, with no weapon named ------------------------------
@pytest.mark.parametrize("text", [
    "Israeli troops killed three Palestinians in Khan Younis on Friday.",
    "Israeli soldiers killed two young men in Beit Lahia on Tuesday.",
    "Israeli troops on Friday killed three Palestinians in Khan Younis.",
    "Israeli troops in Khan Younis killed three Palestinians on Friday.",
    "Three Palestinians were killed by Israeli troops in Khan Younis on Friday.",
    "A woman was killed by Israeli soldiers in Jabalia on Monday, medics said.",
])
def test_troops_told_killing_people_in_either_voice_is_an_attack(text):
    assert [s for s, *_ in _coded(text, "2024-06-29")] == ["Attack"]


@pytest.mark.parametrize("text", [
    # the whole military, its jets and guns too: a strike, as the gold codes such tolls
    "Israeli forces killed three Palestinians in Khan Younis on Friday.",
    "The Israeli army killed three Palestinians in Khan Younis on Friday.",
    "Three Palestinians were killed by Israeli forces in Khan Younis on Friday.",
    # a weapon from afar, or another clause, between the troops and the dead
    "Israeli troops called in an air strike that killed five people in Rafah on Friday.",
    "Israeli troops advanced in Rafah as shelling killed two people on Friday.",
])
def test_forces_or_a_weapon_between_tell_no_troops_killing(text):
    assert "Attack" not in [s for s, *_ in _coded(text, "2024-06-29")]


def test_troops_killing_fighters_is_still_a_clash():
    assert [s for s, *_ in _coded("Israeli soldiers killed two Hamas gunmen in Rafah on Friday.",
                                  "2024-06-29")] == ["Armed clash"]


def test_the_army_attacking_an_aid_convoy_stays_its_strike():
    # (the army's attack on a convoy, no ambush by armed men: a strike, as the gold codes it)
    assert [s for s, *_ in _coded("The Israeli military has attacked a humanitarian convoy in "
                                  "the central Gaza Strip, killing at least four security "
                                  "guards.", "2024-06-29")] == ["Air/drone strike"]


# -- one fighter killed, told by the army's singular word -----------------------------------
def _killed(text):
    from geoevents.casualties import find_casualties
    return [c.count for c in find_casualties(text) if c.kind == "killed"]


@pytest.mark.parametrize("text,killed", [
    ("Israeli troops killed a senior Islamic Jihad operative during a raid on Jabalia on "
     "Tuesday, the army said.", [1]),
    ("The army said an aircraft eliminated a terrorist near Rafah.", [1]),
    ("Soldiers shot dead a Hamas combatant who approached them in Beit Hanoun.", [1]),
    ("A Hamas operative was killed in an airstrike on a car in Khan Younis.", [1]),
])
def test_one_fighter_told_by_the_singular_word_is_one_dead(text, killed):
    assert _killed(text) == killed


@pytest.mark.parametrize("text", [
    # the word as a modifier: squads and cells, no one counted
    "The army said troops eliminated two terrorist squads in Khan Younis.",
    "The army said it eliminated a terrorist cell in Shejaia and destroyed a tunnel.",
    "Aircraft struck three terrorist infrastructure sites in Rafah on Monday.",
])
def test_the_singular_word_before_a_noun_counts_no_one(text):
    assert _killed(text) == []


# -- a present-perfect toll of one attack, with its hurt told between -----------------------
def _counts(text):
    from geoevents.casualties import find_casualties
    return [(c.kind, c.count, c.cumulative) for c in find_casualties(text)]


@pytest.mark.parametrize("text,killed,injured", [
    ("A Palestinian journalist has been killed and two others injured in an Israeli military "
     "strike in Gaza.", 1, 2),
    ("Three paramedics have been killed and several others were injured in an airstrike on an "
     "ambulance in Jabalia.", 3, None),
    ("Two people have been killed and at least 10 wounded when an Israeli drone struck a tent "
     "in al-Mawasi.", 2, 10),
    ("Four fishermen have been killed and five others seriously wounded in an attack by a "
     "gunboat off Rafah.", 4, 5),
])
def test_the_hurt_between_a_perfect_toll_and_its_one_attack_keep_it_the_attacks(
        text, killed, injured):
    assert _counts(text) == [("killed", killed, False), ("injured", injured, False)]


@pytest.mark.parametrize("text", [
    # many attacks, or a span: still a tally
    "Over 300 aid workers have been killed and hundreds injured in Israeli strikes.",
    "Two people have been killed and 10 wounded in Israeli strikes on Gaza since the truce.",
    "Israeli attacks have killed 500 health workers and wounded many in the war.",
])
def test_the_hurt_between_a_perfect_tally_and_many_attacks_leave_it_a_tally(text):
    assert all(cum for _, _, cum in _counts(text))


# -- the victims' names told between the count and its verb ----------------------------------
@pytest.mark.parametrize("text,killed", [
    ("A Palestinian journalist, Ibrahim Muharib, has been killed in an Israeli strike in Khan "
     "Younis.", 1),
    ("A paramedic, Ahmed Abu Jazar, was killed in an airstrike on an ambulance in Rafah on "
     "Monday.", 1),
    ("Two journalists, Hamza Dahdouh and Mustafa Thuraya, were killed in a drone strike in "
     "Rafah.", 2),
    ("Three doctors, Mahmoud Abu Nujaila, Ahmad al-Sahar and Ziad al-Tatari, were killed when "
     "a strike hit al-Awda Hospital.", 3),
])
def test_the_victims_names_between_count_and_verb_leave_the_count(text, killed):
    assert [(k, n) for k, n, _ in _counts(text) if k == "killed"] == [("killed", killed)]


@pytest.mark.parametrize("text", [
    # one word between commas is no name told of the victims
    "Two people, Hamas said, were killed in Rafah.",
    "Three residents, Palestinians, were hurt in Rafah.",
])
def test_words_between_commas_that_name_no_victim_count_no_one(text):
    assert [n for k, n, _ in _counts(text) if k == "killed"] == []



# -- a present-perfect toll of strikes on a named town ---------------------------------------
@pytest.mark.parametrize("text,killed", [
    ("Palestinian hospital officials say Israeli airstrikes on the southern city of Rafah have "
     "killed at least five people.", 5),
    ("Israeli strikes on Nuseirat refugee camp have killed 12 people, medics said.", 12),
    ("Medics said Israeli shelling of the eastern parts of Khan Younis has killed seven people.",
     7),
])
def test_a_perfect_toll_of_strikes_on_a_named_town_is_the_days(text, killed):
    assert [(k, n, cum) for k, n, cum in _counts(text) if k == "killed"] == [
        ("killed", killed, False)]


@pytest.mark.parametrize("text", [
    # the whole Strip, a third of it, people rather than a place, or a span: a tally
    "Israeli strikes on Gaza have killed 300 Palestinians.",
    "Israeli strikes on northern Gaza have killed 300 Palestinians.",
    "Israeli attacks on Palestinians have killed 400.",
    "Israeli attacks on UNRWA schools have killed 400.",
    "Israeli strikes on Rafah have killed hundreds of people over the past month.",
    "Israeli air strikes on Khan Younis have killed 40 people since the operation began.",
])
def test_a_perfect_toll_of_strikes_on_no_town_or_over_a_span_stays_a_tally(text):
    assert all(cum for _, _, cum in _counts(text))






# -- a day's toll of many strikes and the dead told at their places after it ----------------
def _tolls(text, published="2025-04-27"):
    return sorted((e.location, e.fatalities) for e in parse(text, published=published).events
                  if e.event_type == "Explosions/Remote violence")


@pytest.mark.parametrize("text,got", [
    ("Israeli strikes on Saturday killed at least 17 people across the territory, the civil "
     "defence agency said. A strike on a house in the Sabra neighbourhood killed 10 people, "
     "an official said.", [("Gaza Strip", 7), ("Sabra", 10)]),
    ("Israeli air strikes killed at least 30 people across Gaza on Saturday, medics said. An "
     "air strike on a tent in al-Mawasi killed eight people. Another strike hit a house in "
     "Jabalia, killing five.", [("Gaza Strip", 17), ("Jabalia", 5), ("al-Mawasi", 8)]),
    ("At least 40 people were killed in Israeli attacks across the Gaza Strip on Saturday, "
     "health officials said. In Nuseirat, a strike on a school killed 12 people.",
     [("Gaza Strip", 28), ("Nuseirat", 12)]),
])
def test_a_day_toll_of_many_strikes_keeps_the_rest_of_the_parts_told_after_it(text, got):
    assert _tolls(text) == got


@pytest.mark.parametrize("text,got", [
    # the ministry's tally of the past hours runs to its own hour
    ("In the last 24 hours, 60 Palestinians were killed in Israeli strikes across the Gaza "
     "Strip, the health ministry said. A strike on a house in Rafah killed nine people on "
     "Saturday.", [("Gaza Strip", 60), ("Rafah", 9)]),
    # a vague word is no number to take the parts from
    ("Several civilians were killed in a series of Israeli airstrikes in central Gaza on "
     "Saturday. Eight people were killed by an airstrike on a house in Bureij.",
     [("Bureij", 8), ("central Gaza", 10)]),
    # told apart
    ("Israeli strikes killed at least 20 people across Gaza on Saturday, medics said. "
     "Separately, a strike on a car in Khan Younis killed three people.",
     [("Gaza Strip", 20), ("Khan Younis", 3)]),
])
def test_a_day_toll_keeps_its_whole_where_its_parts_are_no_part_of_it(text, got):
    assert _tolls(text) == got


# -- "war" in an adjective of the place is no war frame --------------------------------------
@pytest.mark.parametrize("text,killed", [
    ("Gaza's civil defence agency said Thursday that Israeli bombardment killed at least 24 "
     "people since midnight in the war-ravaged territory.", 24),
    ("Israeli strikes killed 15 people in the war-torn enclave on Friday, medics said.", 15),
    ("An Israeli strike on a school in war-battered Gaza City killed 11 people on Monday.", 11),
])
def test_war_in_an_adjective_of_the_place_leaves_the_days_count(text, killed):
    assert [(k, n, cum) for k, n, cum in _counts(text) if k == "killed"] == [
        ("killed", killed, False)]


@pytest.mark.parametrize("text", [
    "The war has killed 150 UN staff in the war-torn territory.",
    "The war-torn territory has seen 150 UN staff killed since the war began.",
    "Israel's offensive has killed 300 health workers in the war-ravaged enclave.",
])
def test_the_war_itself_beside_a_war_adjective_still_makes_a_tally(text):
    assert all(cum for _, _, cum in _counts(text))


# -- the day told the wires' way, after who said it --------------------------------------------
@pytest.mark.parametrize("text,killed", [
    ("Israeli strikes across the Gaza Strip have killed at least 28 people, mostly women and "
     "children, the territory's Health Ministry said Thursday.", 28),
    ("Israeli strikes have killed 14 people in central Gaza, medics said Sunday.", 14),
    ("Israeli fire has killed nine people near an aid site, the civil defence reported "
     "Tuesday.", 9),
])
def test_a_perfect_toll_dated_by_a_bare_weekday_after_its_source_is_the_days(text, killed):
    assert [(k, n, cum) for k, n, cum in _counts(text) if k == "killed"] == [
        ("killed", killed, False)]


@pytest.mark.parametrize("text", [
    # a span, a campaign or a war's size beside it: still the tally
    "Israeli attacks have killed 500 health workers since October, the WHO said Thursday.",
    "Israeli attacks have killed 36,000 Palestinians, the ministry said Thursday.",
    "Israel's offensive has killed 300 aid workers, the UN said Monday.",
])
def test_a_bare_weekday_after_the_source_leaves_a_tally_a_tally(text):
    assert all(cum for _, _, cum in _counts(text))


# -- the displaced told where they are, not where they went ------------------------------------
@pytest.mark.parametrize("text,place", [
    ("Gaza, MINA – Three children were killed in an Israeli airstrike on a shelter for "
     "displaced people in northern Rafah on Wednesday.", "Rafah"),
    ("An Israeli strike hit tents of displaced families in western Khan Younis on Monday, "
     "killing five.", "Khan Younis"),
    ("Gaza (AFP) - A drone struck a school housing displaced people in eastern Deir al-Balah, "
     "killing three, medics said.", "Deir al-Balah"),
])
def test_the_displaced_told_in_a_part_of_a_town_are_hit_there(text, place):
    assert [loc for sub, loc, *_ in _coded(text, "2024-05-30") if sub != "Displacement"] == [
        place]


@pytest.mark.parametrize("text,place", [
    # the bearing they went, with no "in": where they were sent, not where the strike was
    ("Thousands of families displaced south of Wadi Gaza as Israeli strikes hit Gaza City on "
     "Monday, killing 12.", "Gaza City"),
    ("Residents fled north after an Israeli strike on a house in Rafah killed six on Monday.",
     "Rafah"),
])
def test_the_bearing_the_displaced_went_is_still_not_where_the_strike_was(text, place):
    assert place in [loc for sub, loc, *_ in _coded(text, "2024-05-30")
                     if sub != "Displacement"]


# -- the outlet a journalist worked for, told by what it is -------------------------------------
@pytest.mark.parametrize("text,kind,n", [
    ("Two reporters for Qatari television Al Jazeera have been killed in an Israeli air strike "
     "in Gaza City.", "killed", 2),
    ("Two journalists for the Palestinian news agency Wafa were killed in an airstrike in "
     "Rafah.", "killed", 2),
    ("A cameraman for Turkish broadcaster TRT was wounded by shrapnel in Khan Younis.",
     "injured", 1),
])
def test_the_outlet_told_by_what_it_is_leaves_the_count(text, kind, n):
    assert [(k, c) for k, c, _ in _counts(text)] == [(kind, n)]


@pytest.mark.parametrize("text", [
    # a description with no name of the outlet after it: no body told, no count read across
    "Two reporters for television were talking as an airstrike killed people nearby.",
    "Journalists of the network said many people were killed in Rafah.",
])
def test_an_outlet_word_with_no_name_after_it_makes_no_count(text):
    assert [c for k, c, _ in _counts(text) if k == "killed" and c == 2] == []




@pytest.mark.parametrize("text,got", [
    # the same toll given by a source is the day's whole; told bare, its parts may be more
    ("Israeli strikes across the Gaza Strip killed at least 40 people on Tuesday, the health "
     "ministry said. Nine people were killed in a strike on a house in Deir al-Balah.",
     [("Deir al-Balah", 9), ("Gaza Strip", 31)]),
    ("Israeli strikes across the Gaza Strip killed at least 40 people on Tuesday. Nine people "
     "were killed in a strike on a house in Deir al-Balah.",
     [("Deir al-Balah", 9), ("Gaza Strip", 40)]),
    ("Israeli strikes across the Gaza Strip killed at least 23 people on Sunday, civil defence "
     "said, citing 5 strikes on homes. Five people were killed in a strike in Rafah.",
     [("Gaza Strip", 18), ("Rafah", 5)]),
])
def test_a_day_toll_is_the_days_whole_where_a_source_gives_it(text, got):
    assert _tolls(text, "2025-04-30") == got


# -- a campaign's start told as the time since which the news goes on ------------------
@pytest.mark.parametrize("text", [
    "The hospitals in the north have been under repeated attack since Israel sent tanks into "
    "Beit Lahiya and Beit Hanoun in October, the ministry said.",
    "Clinics in Jabalia have barely functioned since the army launched its new offensive on "
    "the camp in early October.",
    "Shelters in Khan Younis have been overcrowded since Israeli troops stormed Rafah in May.",
])
def test_a_campaigns_start_told_in_a_since_clause_with_a_month_is_no_event(text):
    assert not parse(text, published="2024-12-06").events


def test_heavy_fighting_reported_since_a_campaign_began_in_a_month_is_its_frame():
    assert not parse("Heavy clashes and Israeli air strikes have been reported in Nuseirat "
                     "camp since the army launched an operation against Rafah in early May.",
                     published="2024-05-19").events


@pytest.mark.parametrize("text,day", [
    # the day it began told: an event of its own
    ("Clinics in Beit Lahiya have been shut since Israeli tanks entered the town on Monday.",
     "2024-12-02"),
    # no since: the incursion told
    ("Israeli tanks entered Beit Lahiya on Friday.", "2024-12-06"),
])
def test_a_campaigns_start_with_its_day_or_told_plainly_stays(text, day):
    assert day in [e.event_date for e in parse(text, published="2024-12-06").events]


@pytest.mark.parametrize("text", [
    "Orders were issued for districts of Beit Hanoun and Beit Lahiya, which have been heavily "
    "damaged since Israeli tanks entered at the beginning of the ground invasion.",
    "Homes in Jabalia camp have stood empty since Israeli troops stormed it in the first "
    "weeks of the war.",
    "The clinic in Khuza'a has been out of service since Israeli forces moved in last year.",
    "Schools in Beit Lahia were wrecked at the beginning of the ground invasion.",
    "Much of Shejaia was flattened in the early weeks of the offensive, residents said.",
])
def test_a_campaigns_first_days_or_year_told_as_a_time_is_no_event(text):
    assert all(e.event_type != "Battles" for e in parse(text, published="2024-08-07").events)


@pytest.mark.parametrize("text,day", [
    # its own day told: an incursion of that day
    ("Israeli tanks entered Beit Hanoun and shelled homes at the beginning of the new "
     "operation on Monday.", "2024-08-05"),
    ("Israeli tanks entered Beit Hanoun at the start of the ground invasion on 27 October.",
     "2023-10-27"),
])
def test_a_campaigns_first_days_with_a_day_told_stay_an_event(text, day):
    assert day in [e.event_date for e in parse(text, published="2024-08-07").events
                   if e.event_type == "Battles"]


def test_a_deed_counted_before_a_campaign_begun_in_a_month_stays():
    got = _coded("Israeli forces have detained 30 people in Beit Lahia, the army said, adding "
                 "that troops have operated there since the offensive began in October.",
                 published="2024-10-21")
    assert "Arrests" in [s for s, *_ in got]


def test_a_deed_told_beside_a_campaign_going_on_since_a_month_stays():
    got = _coded("Fierce battles have been reported in Nuseirat since the army launched an "
                 "operation in Rafah in early May, and on Sunday an airstrike killed five "
                 "people in the camp.", published="2024-05-19")
    assert 5 in [n for _, _, n, _, _ in got]


# -- the war's running tallies told in other words --------------------------------------
@pytest.mark.parametrize("text", [
    "The war and the siege have already taken the lives of nearly 68,000 Palestinians, most "
    "of them women and children.",
    "Israeli bombardment has claimed the lives of more than 44,000 people in Gaza.",
    "The army's toll in the ground offensive against Hamas and in operations along the "
    "border now stands at 367.",
    "Israel's tally from the war rose to 890 soldiers, the military said.",
])
def test_a_running_tally_told_by_lives_taken_or_where_it_stands_is_no_event(text):
    assert not parse(text, published="2025-10-14").events


@pytest.mark.parametrize("text", [
    # a day of the campaign's toll told
    "The toll in the offensive on Jabalia rose to 20 on Monday.",
    # a few lives, the days' strikes
    "Israeli strikes on Rafah have claimed the lives of 20 people since Sunday.",
])
def test_a_toll_of_the_days_told_in_those_words_stays(text):
    assert parse(text, published="2025-10-14").events


# -- a demolition operation is destruction, no fighting --------------------------------
def test_a_demolition_operation_is_destruction_not_a_clash():
    subs = [e.sub_event_type for e in parse(
        "The Israeli army also carried out a demolition operation on several buildings west "
        "of Beit Lahia on Tuesday.", published="2025-05-21").events]
    assert "Looting/property destruction" in subs and "Armed clash" not in subs


@pytest.mark.parametrize("text", [
    "Israeli forces expanded clearing operations in Jabalia on Tuesday.",
    "Israeli troops launched a military operation in Beit Lahia on Tuesday.",
])
def test_a_military_or_clearing_operation_stays_a_clash(text):
    assert "Armed clash" in [e.sub_event_type for e in parse(text, published="2025-05-21").events]


# -- evacuation orders named as what people heed ------------------------------------------
@pytest.mark.parametrize("text", [
    "Troops have cut off Beit Hanoun and Beit Lahiya from Gaza City, letting through only "
    "families heeding evacuation orders.",
    "Movement out of Jabalia is possible only for residents complying with the army's "
    "evacuation orders, witnesses said.",
    "Those who obeyed the evacuation orders walked for hours towards Gaza City.",
])
def test_evacuation_orders_named_as_what_people_heed_are_no_order(text):
    assert "Evacuation order" not in [e.sub_event_type
                                      for e in parse(text, published="2024-10-18").events]


@pytest.mark.parametrize("text", [
    # the order's day told, or told as new
    "Families heeding the evacuation orders issued on Monday fled Beit Lahia.",
    "Families heeding Sunday's evacuation orders fled Beit Lahia.",
    "Families heeding the new evacuation orders fled Beit Lahia.",
    # an order given, then heeded
    "The army ordered residents of Beit Lahia to evacuate on Friday, and families heeding "
    "the order fled to Gaza City.",
    # a call to defy it, no heeding
    "Hamas has also told people to ignore the evacuation order for Gaza City.",
])
def test_an_order_given_or_defied_stays_an_order(text):
    assert "Evacuation order" in [e.sub_event_type
                                  for e in parse(text, published="2024-10-18").events]


# -- a target struck by a bomb, in the passive ------------------------------------------
@pytest.mark.parametrize("text", [
    "Four soldiers were killed when their convoy was struck by an explosive device in Beit "
    "Hanoun on Saturday.",
    "Two soldiers died when their jeep was hit by a roadside bomb in Rafah on Saturday.",
])
def test_a_target_struck_by_a_bomb_is_the_bomb_not_an_air_strike(text):
    got = _coded(text, published="2025-01-11")
    assert [s for s, *_ in got] == ["Remote explosive/landmine/IED"]
    assert got[0][3] != "Israeli military"


@pytest.mark.parametrize("text,sub", [
    # the drone the doer, the bomb what the fighters carried
    ("Two fighters were killed when they were struck by an Israeli drone while planting an "
     "explosive device in Rafah on Saturday.", "Air/drone strike"),
    # a blast, whatever set it off
    ("The car was travelling down a street in Jabalia on Saturday when it was hit by the "
     "explosion.", "Air/drone strike"),
])
def test_a_strike_by_a_drone_or_a_blast_keeps_its_type(text, sub):
    assert sub in [s for s, *_ in _coded(text, published="2025-01-11")]


# -- people described by what they were doing when attacked ------------------------------
@pytest.mark.parametrize("text,sub,place,killed", [
    ("Despite the ceasefire, Israeli troops opened fire on people returning to their homes "
     "in Jabalia camp on Friday, killing two men, medics said.", "Attack", "Jabalia Camp", 2),
    ("Israeli troops opened fire on displaced people returning to Jabalia camp on Friday, "
     "killing two men.", "Attack", "Jabalia Camp", 2),
    ("An Israeli drone struck a group of people returning to their homes in Beit Lahia on "
     "Friday, killing four.", "Air/drone strike", "Beit Lahia", 4),
    ("Israeli snipers shot at residents returning to Shejaia on Friday, wounding six.",
     "Attack", "Shejaia", None),
    ("An Israeli drone struck people fleeing Jabalia toward Gaza City on Tuesday, killing "
     "four.", "Air/drone strike", "Jabalia", 4),
    ("Israeli tanks shelled families fleeing Beit Lahia on Tuesday, killing six.",
     "Shelling/artillery/missile attack", "Beit Lahia", 6),
])
def test_people_shot_at_on_their_way_are_the_victims_not_a_return_or_flight(text, sub,
                                                                            place, killed):
    got = _coded(text, published="2024-06-29")
    assert [(s, loc, dead) for s, loc, dead, *_ in got] == [(sub, place, killed)]


@pytest.mark.parametrize("text,place", [
    ("Thousands of people were returning to their homes in Jabalia camp on Friday after the "
     "ceasefire.", "Jabalia Camp"),
    ("Displaced people returning to Jabalia on Friday found their homes destroyed.",
     "Jabalia"),
    # a strike told before, no one shot at on the way
    ("After the strikes, people returning to Rafah on Friday found their homes destroyed.",
     "Rafah"),
])
def test_a_return_told_of_its_own_stays_a_return(text, place):
    got = _coded(text, published="2024-06-29")
    assert ("Return of displaced people", place) in [(s, loc) for s, loc, *_ in got]


def test_a_flight_told_after_the_strikes_stays_a_flight():
    text = ("Israeli strikes hit Beit Lahia on Tuesday, and families fleeing the town crowded "
            "into Jabalia.")
    got = _coded(text, published="2024-06-29")
    assert ("Displacement", "Beit Lahia") in [(s, loc) for s, loc, *_ in got]


# -- a campaign in an "as" clause, and a flight from one town for another -----------------
@pytest.mark.parametrize("text,place", [
    ("Thousands of displaced families fled Rafah for Deir al-Balah last week as the Israeli "
     "offensive expanded.", "Rafah"),
    ("Thousands of displaced families fled Khan Younis for al-Mawasi on Tuesday as the "
     "Israeli ground operation intensified.", "Khan Younis"),
    ("Hundreds of families fled Beit Lahia for Jabalia on Sunday.", "Beit Lahia"),
])
def test_a_flight_as_a_campaign_grew_is_coded_where_people_left(text, place):
    got = _coded(text, published="2024-06-29")
    assert [(s, loc) for s, loc, *_ in got] == [("Displacement", place)]


@pytest.mark.parametrize("text,place", [
    # where the offensive went: fighting there
    ("Thousands of families fled Rafah last week as the Israeli offensive expanded into the "
     "city.", "Rafah"),
    ("The Israeli offensive expanded into Rafah last week, and thousands of families fled.",
     "Rafah"),
])
def test_a_campaign_told_where_it_went_stays_a_battle(text, place):
    got = _coded(text, published="2024-06-29")
    assert ("Armed clash", place) in [(s, loc) for s, loc, *_ in got]


# -- a speaker described as displaced, and soldiers who pull back --------------------------
@pytest.mark.parametrize("text", [
    "Yasser Abu Lubda, a 50-year-old displaced from Rafah, said the shooting started around "
    "4 am on Tuesday.",
    "Umm Ahmed, a mother of five displaced from Beit Hanoun, told AFP the tent shook all "
    "night.",
    "Khaled (a 34-year-old father displaced from Jabalia) said food ran out on Monday.",
])
def test_a_speaker_described_as_displaced_tells_no_flight(text):
    got = _coded(text, published="2025-06-04")
    assert "Displacement" not in [s for s, *_ in got]


@pytest.mark.parametrize("text,place", [
    # a flight told, the people's own
    ("Hundreds of families, a community displaced from Rafah on Monday, arrived in Khan "
     "Younis.", "Rafah"),
    ("Some 300 families were displaced from Jabalia on Monday.", "Jabalia"),
])
def test_a_flight_counted_is_no_speakers_aside(text, place):
    got = _coded(text, published="2025-06-04")
    assert any(s == "Displacement" and loc.startswith(place) for s, loc, *_ in got)


@pytest.mark.parametrize("text", [
    '"Soldiers involved in the Khan Younis ambush abandoned their vehicles and fled east of '
    'the fence on foot," the Qassam Brigades said.',
    "Israeli troops withdrew from the area and fled toward the border east of Beit Hanoun "
    "on Monday, the group said.",
    "The enemy forces abandoned their tanks and fled east of Khan Younis on Sunday, the "
    "group said.",
])
def test_soldiers_who_pull_back_are_no_displacement(text):
    got = _coded(text, published="2023-10-22")
    assert "Displacement" not in [s for s, *_ in got]


@pytest.mark.parametrize("text,place", [
    ("Israeli troops shelled the camp on Monday and residents fled Nuseirat.", "Nuseirat"),
    ("As Israeli forces advanced on Monday, thousands fled Jabalia.", "Jabalia"),
    ("The Israeli army on Monday issued a new evacuation order for Rafah, with witnesses "
     "reporting that many were fleeing.", "Rafah"),
])
def test_people_fleeing_troops_still_flee(text, place):
    got = _coded(text, published="2024-07-01")
    assert any(s == "Displacement" and loc.startswith(place) for s, loc, *_ in got)


# -- the victims described as returning -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "They reported that five of the victims were unarmed residents returning to assess "
    "war-ravaged properties in Shejaia, struck by Israeli drone fire on Tuesday.",
    "The dead were farmers returning to their fields east of Khan Younis, medics said on "
    "Tuesday after an Israeli strike.",
])
def test_the_dead_described_as_returning_tell_no_return(text):
    got = _coded(text, published="2025-10-14")
    assert "Return of displaced people" not in [s for s, *_ in got]


def test_a_return_the_people_made_is_still_coded():
    got = _coded("Thousands of residents returned to Beit Hanoun on Sunday.",
                 published="2025-10-14")
    assert ("Return of displaced people", "Beit Hanoun") in [(s, loc) for s, loc, *_ in got]


# -- "combat" naming a unit's gear or seat --------------------------------------------------
@pytest.mark.parametrize("text", [
    "In his most recent role, Al-Issa headed the combat support headquarters of Hamas's "
    "military wing in Gaza City.",
    "The army deployed combat helicopters over Khan Younis on Monday.",
    "Troops in combat gear were seen in Rafah on Monday.",
])
def test_combat_as_a_modifier_is_no_fight(text):
    got = _coded(text, published="2025-06-29")
    assert "Armed clash" not in [s for s, *_ in got]


@pytest.mark.parametrize("text", [
    "Three soldiers were killed in combat in Jabalia on Friday, the army said.",
    "Two soldiers were killed during combat operations in Rafah on Friday.",
    "A soldier of the combat engineering battalion was killed in combat in Khan Younis on "
    "Friday.",
])
def test_combat_as_a_fight_stays_a_clash(text):
    got = _coded(text, published="2025-06-29")
    assert "Armed clash" in [s for s, *_ in got]


# -- a picture agency's caption and a wire photo's line -------------------------------------
def test_an_agency_caption_with_its_dateline_is_no_event():
    text = ("Israeli strikes killed 22 people in Nuseirat camp on Friday, medics said.\n"
            "KHAN YUNIS, GAZA - MAY 14: (EDITOR'S NOTE: Image depicts graphic content) A "
            "wounded boy receives treatment at Nasser Hospital after an Israeli attack on "
            "Bani Suheila on May 14, 2024 in Khan Yunis, Gaza. The attack resulted in "
            "casualties. Photojournalist:Abed Rahim Khatib\n")
    got = _coded(text, published="2024-05-17")
    assert [(s, loc) for s, loc, *_ in got] == [("Air/drone strike", "Nuseirat Camp")]


@pytest.mark.parametrize("line", [
    "Smoke rises following an Israeli airstrike in Gaza City. AP",
    "Thick black smoke billows over Rafah after an Israeli strike. REUTERS",
    "Flames engulf tents in al-Mawasi after an Israeli strike. AFP via Getty Images",
])
def test_a_wire_photo_line_closed_by_the_agency_is_no_event(line):
    text = ("Israel kills Hamas commander in Khan Younis\n\n" + line + "\n\n"
            "An Israeli air strike killed a Hamas commander in Khan Younis on Saturday, the "
            "military said.")
    got = _coded(text, published="2023-10-14")
    assert [loc for _, loc, *_ in got] == ["Khan Younis"]


@pytest.mark.parametrize("text,place", [
    # news a page glued a credit to: a past act, not a scene
    ("Israeli strikes killed five people in Rafah on Sunday. AP", "Rafah"),
    # a scene told with its teller is news
    ("Smoke rose over Deir al-Balah after an Israeli strike on Sunday, witnesses said.",
     "Deir al-Balah"),
])
def test_news_with_a_credit_or_a_teller_stays_news(text, place):
    got = _coded(text, published="2024-03-18")
    assert place in [loc for _, loc, *_ in got]


# -- fighting named in general as the cause of a flight -------------------------------------
@pytest.mark.parametrize("text", [
    "Since Saturday, a significant number of civilians have evacuated Jabalia due to the "
    "recent military operation carried out by the Israeli army, involving air strikes.",
    "Following intense Israeli bombardments and fighting in Khan Younis in recent days, "
    "thousands of displaced people have moved again further south.",
    "Their movement followed the intensification of hostilities in Deir al-Balah and Bureij.",
    "Families fled Beit Hanoun owing to the heavy shelling and clashes around the town.",
])
def test_fighting_told_as_why_people_fled_is_no_attack(text):
    got = _coded(text, published="2024-05-16")
    violent = {"Air/drone strike", "Armed clash", "Shelling/artillery/missile attack"}
    assert not violent & {s for s, *_ in got}


@pytest.mark.parametrize("text,sub", [
    # a day of its own, harm of its own, or no flight: the attack is news
    ("Thousands fled Rafah following Israeli strikes on the city on Monday.", "Air/drone strike"),
    ("Families fled Beit Lahia following heavy shelling that killed 12 people.",
     "Shelling/artillery/missile attack"),
    ("Following heavy shelling of Beit Hanoun, Israeli troops stormed the town on Monday.",
     "Shelling/artillery/missile attack"),
])
def test_an_attack_of_its_own_beside_a_flight_stays_coded(text, sub):
    got = _coded(text, published="2024-05-16")
    assert sub in [s for s, *_ in got]
