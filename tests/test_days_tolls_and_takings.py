"""Tolls of two days or two quarters told in one sentence, takings that are abductions,
militias as parties, weapons told by two words, and fire at people told by a participle."""

import pytest

from geoevents import parse


def _rows(text, published="2024-06-29"):
    return sorted((e.event_date, e.sub_event_type, e.location, e.fatalities, e.injuries)
                  for e in parse(text, published=published).events)


def _sides(text, published="2024-06-29"):
    return [(e.event_type, e.sub_event_type, e.actor1, e.actor2)
            for e in parse(text, published=published).events]


# -- two days, two tolls ------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Israeli airstrikes hit Rafah on Friday, killing 3, and again on Saturday, killing 5.",
     [("2024-06-28", "Air/drone strike", "Rafah", 3, None),
      ("2024-06-29", "Air/drone strike", "Rafah", 5, None)]),
    ("Israeli airstrikes hit Nuseirat on Thursday, killing three people, and again on "
     "Friday, killing five.",
     [("2024-06-27", "Air/drone strike", "Nuseirat", 3, None),
      ("2024-06-28", "Air/drone strike", "Nuseirat", 5, None)]),
    # the first day's toll only hurt: the second day's dead are still not its own
    ("Israeli shelling struck Jabalia on 25 June, wounding four people, and on 27 June, "
     "killing two.",
     [("2024-06-25", "Shelling/artillery/missile attack", "Jabalia", None, 4),
      ("2024-06-27", "Shelling/artillery/missile attack", "Jabalia", 2, None)]),
    ("An Israeli drone strike hit Nuseirat on 20 June, injuring 7 people, and on 22 June, "
     "killing a man.",
     [("2024-06-20", "Air/drone strike", "Nuseirat", None, 7),
      ("2024-06-22", "Air/drone strike", "Nuseirat", 1, None)]),
    ("Israeli airstrikes hit Khan Younis on Wednesday, killing six, and on Friday, "
     "wounding nine.",
     [("2024-06-26", "Air/drone strike", "Khan Younis", 6, None),
      ("2024-06-28", "Air/drone strike", "Khan Younis", None, 9)]),
    # the day told after the count, or the sentence opened by the first day
    ("Israeli shelling struck Jabalia on 25 June, wounding four people, and killing two on "
     "27 June.",
     [("2024-06-25", "Shelling/artillery/missile attack", "Jabalia", None, 4),
      ("2024-06-27", "Shelling/artillery/missile attack", "Jabalia", 2, None)]),
    ("On 25 June Israeli shelling struck Jabalia, wounding four people, and on 27 June, "
     "killing two.",
     [("2024-06-25", "Shelling/artillery/missile attack", "Jabalia", None, 4),
      ("2024-06-27", "Shelling/artillery/missile attack", "Jabalia", 2, None)]),
])
def test_each_day_told_with_its_own_toll_is_an_attack_of_its_own(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text,expected", [
    # one toll for both days: one attack, dated by its first day
    ("Israeli airstrikes hit Rafah on Friday and Saturday, killing 8.",
     [("2024-06-28", "Air/drone strike", "Rafah", 8, None)]),
    # a second day with no toll of its own: the word nearer the place dates it
    ("Israeli airstrikes hit Rafah on Friday, killing 3, and again on Saturday.",
     [("2024-06-28", "Air/drone strike", "Rafah", 3, None)]),
    # the day of the telling is no second attack
    ("Israeli airstrikes hit Rafah on Friday, killing 3, the ministry said on Saturday.",
     [("2024-06-28", "Air/drone strike", "Rafah", 3, None)]),
    # one toll over two days; a second count with no day of its own, or the same day again;
    # a second day with no toll before it: one attack
    ("Israeli shelling struck Jabalia on 25 June and 27 June, killing two.",
     [("2024-06-25", "Shelling/artillery/missile attack", "Jabalia", 2, None)]),
    ("Israeli shelling struck Jabalia on 25 June, wounding four people, and killing two.",
     [("2024-06-25", "Shelling/artillery/missile attack", "Jabalia", 2, 4)]),
    ("Israeli shelling struck Jabalia on 25 June, wounding four people, and on 25 June, "
     "killing two.",
     [("2024-06-25", "Shelling/artillery/missile attack", "Jabalia", 2, 4)]),
    ("Israeli shelling struck Jabalia on 25 June and on 27 June killed two.",
     [("2024-06-25", "Shelling/artillery/missile attack", "Jabalia", 2, None)]),
])
def test_one_toll_or_a_day_without_one_stays_one_attack(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Israeli airstrikes hit Rafah on 27 June and on 28 June, killing 3 and 5 people "
     "respectively.",
     [("2024-06-27", "Air/drone strike", "Rafah", 3, None),
      ("2024-06-28", "Air/drone strike", "Rafah", 5, None)]),
    ("Israeli shelling hit Jabalia on Wednesday, Thursday and Friday, killing two, four and "
     "six people respectively.",
     [("2024-06-26", "Shelling/artillery/missile attack", "Jabalia", 2, None),
      ("2024-06-27", "Shelling/artillery/missile attack", "Jabalia", 4, None),
      ("2024-06-28", "Shelling/artillery/missile attack", "Jabalia", 6, None)]),
])
def test_days_and_tolls_paired_respectively_are_an_attack_each(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text,expected", [
    # no "respectively": the toll of the first, as before
    ("Israeli airstrikes hit Rafah on 27 June and on 28 June, killing 3 and 5 people.",
     [("2024-06-27", "Air/drone strike", "Rafah", 3, None)]),
    # the dead and the hurt paired, not two days' tolls
    ("Israeli airstrikes hit Rafah on 27 June and on 28 June, killing 3 and wounding 5 "
     "respectively.",
     [("2024-06-27", "Air/drone strike", "Rafah", 3, 5)]),
])
def test_tolls_not_paired_with_the_days_stay_with_the_first(text, expected):
    assert _rows(text) == expected


# -- two quarters of one place --------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Israeli airstrikes killed 3 in eastern Rafah and 4 in western Rafah on Friday.",
     [("2024-06-28", "Air/drone strike", "Rafah", 7, None)]),
    ("Israeli strikes on Thursday killed five in northern Khan Younis and two in southern "
     "Khan Younis.",
     [("2024-06-27", "Air/drone strike", "Khan Younis", 7, None)]),
])
def test_counts_of_two_quarters_of_a_place_add_up_in_its_one_event(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text,expected", [
    # two places: each its own count
    ("Israeli airstrikes killed 3 in Rafah and 4 in Khan Younis on Friday.",
     [("2024-06-28", "Air/drone strike", "Khan Younis", 4, None),
      ("2024-06-28", "Air/drone strike", "Rafah", 3, None)]),
    # the place told twice alike: no sum
    ("Israeli airstrikes killed 3 in Rafah and 4 in Rafah on Friday.",
     [("2024-06-28", "Air/drone strike", "Rafah", 3, None)]),
    # a toll broken down into its quarters: the whole, once
    ("Israeli strikes killed 12 people on Friday, five in eastern Rafah and seven in western "
     "Rafah.",
     [("2024-06-28", "Air/drone strike", "Rafah", 12, None)]),
])
def test_counts_at_other_places_or_told_alike_are_not_summed(text, expected):
    assert _rows(text) == expected


# -- abductions and arrests -----------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Gunmen abducted an aid worker in Deir al-Balah on Thursday.",
     ("Violence against civilians", "Abduction/forced disappearance",
      "Palestinian militants", "Civilians (Palestine)")),
    ("Masked men abducted a doctor in Khan Younis on Tuesday.",
     ("Violence against civilians", "Abduction/forced disappearance",
      "Unidentified armed group (Palestine)", "Civilians (Palestine)")),
    ("A nurse was abducted by armed men in Khan Younis on Tuesday.",
     ("Violence against civilians", "Abduction/forced disappearance",
      "Unidentified armed group (Palestine)", "Civilians (Palestine)")),
    ("Masked men kidnapped two engineers in Khan Younis on Tuesday.",
     ("Violence against civilians", "Abduction/forced disappearance",
      "Unidentified armed group (Palestine)", "Civilians (Palestine)")),
])
def test_people_abducted_by_armed_men_are_abducted(text, expected):
    assert _sides(text)[0] == expected


@pytest.mark.parametrize("text,actor1", [
    ("Israeli forces abducted a journalist in Deir al-Balah on Thursday.", "Israeli military"),
    ("Israeli troops abducted three young men in Beit Lahia on Monday.", "Israeli military"),
    ("Hamas police abducted a man in Gaza City on Tuesday.", "Hamas"),
    ("A journalist was abducted in Rafah on Monday.", None),
])
def test_takings_by_the_forces_in_control_or_by_no_one_named_stay_arrests(text, actor1):
    first = _sides(text)[0]
    assert first[:3] == ("Strategic developments", "Arrests", actor1)


# -- a militia as a party -------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Clashes broke out between Hamas police and members of the Abu Shabab militia in Rafah "
     "on Friday, leaving two dead.", ("Hamas", "Abu Shabab militia (Palestine)")),
    ("Gunmen of the Abu Shabab militia clashed with Hamas security forces in Khan Younis on "
     "Thursday.", ("Abu Shabab militia (Palestine)", "Hamas")),
    ("Hamas fighters clashed with the Doghmush clan in Gaza City on Thursday.",
     ("Hamas", "Doghmush clan militia (Palestine)")),
    # a group by its own name is no clan's militia
    ("Israeli troops clashed with the Hamas militia in Rafah on Friday.",
     ("Israeli military", "Hamas")),
])
def test_a_militia_named_is_a_party_of_its_own(text, expected):
    assert _sides(text)[0][2:] == expected


# -- shelled and bombarded ------------------------------------------------------------------
@pytest.mark.parametrize("text,sub", [
    ("Israeli forces had shelled and bombarded targets in Shuja'iyya on Friday.",
     "Shelling/artillery/missile attack"),
    ("Israeli tanks shelled and bombed the east of Rafah on Thursday, killing two.",
     "Shelling/artillery/missile attack"),
    # the bombing named first: coded as it names it
    ("Israeli forces bombarded and shelled the east of Rafah on Thursday, killing two.",
     "Air/drone strike"),
    # the aircraft named: the strike
    ("Israeli warplanes bombed and tanks shelled Rafah on Friday.", "Air/drone strike"),
    ("Israeli forces bombarded Rafah on Friday.", "Air/drone strike"),
])
def test_shelled_and_bombarded_with_no_aircraft_is_shelling_as_named_first(text, sub):
    assert [e.sub_event_type for e in parse(text, published="2024-06-29").events] == [sub]


# -- fire at people told by a participle ------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Israeli forces violated the ceasefire in Rafah on Friday, firing at residents and "
     "wounding three.", "Attack"),
    ("Israeli troops breached the truce in Khan Younis on Thursday, opening fire on displaced "
     "people and killing two.", "Attack"),
    ("Three people were killed in Rafah on Friday.", "Air/drone strike"),
    ("Israeli tanks firing at homes in Rafah killed three people on Friday.",
     "Shelling/artillery/missile attack"),
])
def test_firing_at_people_is_a_shooting(text, expected):
    assert [e.sub_event_type for e in parse(text, published="2024-06-29").events] == [expected]


# -- sites that share a name ----------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Israeli tanks shelled the eastern outskirts of Bureij camp on Friday, wounding seven "
     "people, according to Al-Awda Hospital.", "Al-Awda Hospital (Nuseirat)"),
    ("Israeli strikes hit Jabalia on Friday, according to Al-Awda Hospital.",
     "Al-Awda Hospital (Jabalia)"),
    # no other place told: the usual sense
    ("The Al-Awda Hospital said it received 20 wounded on Friday.",
     "Al-Awda Hospital (Jabalia)"),
    # places in both governorates: the usual sense
    ("Strikes hit Beit Lahia and Deir al-Balah on Friday. Three people were killed, "
     "according to Al-Awda Hospital.", "Al-Awda Hospital (Jabalia)"),
])
def test_a_site_sharing_its_name_is_the_one_where_the_report_is(text, expected):
    doc = parse(text, published="2024-06-29")
    assert [m.name for m in doc.mentions if "Awda" in m.surface] == [expected]
