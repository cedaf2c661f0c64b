"""Event rules on short sentences: who acted and who was hit (actor1, actor2)."""

import pytest
from event_helpers import _coded, _events

from geoevents import parse
from geoevents.actors import battle_sides


@pytest.mark.parametrize("text,actors", [
    ("Hamas militants clashed with Israeli troops in Shejaia on Monday.",
     ("Hamas", "Israeli military")),
    ("The Israeli military said Hamas militants fired rockets from Beit Lahia on Monday.",
     ("Hamas", None)),
])
def test_actors_as_named_and_not_the_speaker(text, actors):
    (event,) = parse(text, published="2024-07-02").events
    assert (event.actor1, event.actor2) == actors


@pytest.mark.parametrize("text,expected", [
    ("The Israeli military said troops killed 15 militants in Shejaia on Monday.",
     ("Israeli military", "Palestinian militants")),
    # (the medics who say so are the source, not the victims: the people killed are the
    # Strip's civilians, named as people and not as fighters)
    ("Israeli airstrikes killed at least 12 people in Rafah on Monday, medics said.",
     ("Israeli military", "Civilians (Palestine)")),
])
def test_a_speaker_of_its_own_acts_stays_the_actor(text, expected):
    (event,) = parse(text, published="2024-07-02").events
    assert (event.actor1, event.actor2) == expected


def test_an_aside_between_a_place_and_its_address():
    text = ("On 9 July 2024, warplanes bombed Al-Awda school – a UNRWA school turned into a "
            "shelter – in Abasan al-Kabira near the city of Khan Yunis. At least 31 people "
            "were killed in the attack.")
    assert [loc for _, loc, _, _ in _events(text)] == ["Al-Awda School (Abasan)"]


def test_a_city_listed_beside_a_camp_in_it_is_its_own_place():
    text = ("Eleven Palestinians are killed in Israeli airstrikes on the al-Shati refugee camp, "
            "Bani Suhaila, and Gaza City.")
    assert {loc for _, loc, _, _ in _events(text)} == {"Beach Camp", "Bani Suheila", "Gaza City"}


def test_sites_outside_evacuation_zones_are_no_order():
    text = "The IDP site that was hit in Rafah was located outside the evacuation zones."
    assert "Evacuation order" not in {sub for sub, *_ in _events(text)}


@pytest.mark.parametrize("text,expected", [
    ("Members of the armed wing of Hamas, the al-Qassam Brigades, ambushed Israeli troops in "
     "Tel al-Sultan, killing eight soldiers.",
     ("Hamas", "Israeli military")),
    ("Hamas’s armed wing and Islamic Jihad reported fierce confrontations with Israeli forces in "
     "Rafah.", ("Hamas armed wing (al-Qassam Brigades)", "Israeli military")),
    ("On 26 December, Israel withdrew from Shuja'iyya.", ("Israeli military", None)),
])
def test_the_two_parties_are_of_two_sides(text, expected):
    doc = parse(text, published="2024-06-15")
    assert [(e.actor1, e.actor2) for e in doc.events] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Residents of Deir al-Balah again protested on Monday against the lack of aid.",
     [("Deir al-Balah", "Protests")]),
    ("Khan Younis came under heavy shelling overnight.",
     [("Khan Younis", "Explosions/Remote violence")]),
    ("The majority of those killed in the airstrike on Nuseirat camp on Tuesday were "
     "children.", [("Nuseirat Camp", "Explosions/Remote violence")]),
    ("Israeli forces shelled Rafah on Monday, while fighters fired rockets at Israeli troops "
     "in Khan Younis.", [("Khan Younis", "Battles"), ("Rafah", "Explosions/Remote violence")]),
    ("Hamas fighters targeted Israeli troops and armored vehicles with mortar shells in Khan "
     "Younis on Monday.", [("Khan Younis", "Battles")]),
    ("Hospital staff in Rafah are working under heavy bombardment.", []),
])
def test_guards_against_background_leave_events_told_alongside_them(text, expected):
    doc = parse(text, published="2024-06-04")
    assert sorted((e.location, e.event_type) for e in doc.events) == expected


@pytest.mark.parametrize("text,expected", [
    ("On 6 May, Israel conducted airstrikes on Rafah.", ("Israeli military", None)),
    ("On 26 May, the Israeli Air Force bombed a camp in Tel al-Sultan.",
     ("Israeli military", None)),
    ("On 8 August, an Israeli evacuation order was issued for Al Qarara.",
     ("Israeli military", "Civilians (Palestine)")),
    ("On 23 November, Israeli forces continued ground battles with Palestinian armed groups in "
     "Jabalia.", ("Israeli military", "Palestinian militants")),
    ("On 23 November, ground battles with Palestinian armed groups continued in Jabalia.",
     ("Israeli military", "Palestinian militants")),
    # the party holding the hostages is the one the raid was against
    ("On 8 June, Israeli special forces raided Nuseirat to rescue hostages held by Hamas.",
     ("Israeli military", "Hamas")),
    ("On 8 June, heavy fighting was reported in Nuseirat.",
     ("Israeli military", "Palestinian militants")),
    ("On 8 June, Hamas fighters clashed with Israeli troops in Nuseirat.",
     ("Hamas", "Israeli military")),
])
def test_who_acted_is_the_subject_and_a_battle_has_two_sides(text, expected):
    doc = parse(text, published="2024-08-09")
    assert [(e.actor1, e.actor2) for e in doc.events] == [expected]


def test_an_event_with_no_actor_of_its_own_takes_the_one_named_for_its_kind():
    doc = parse("Massive Israeli bombardments intensified overnight across the Gaza Strip. "
                "On 22 October, an airstrike on Jabalia camp killed 63 people.",
                published="2023-10-23")
    assert [e.actor1 for e in doc.events] == ["Israeli military", "Israeli military"]


def test_violence_against_civilians_has_civilians_on_the_other_side():
    doc = parse("On 29 February, Israeli forces opened fire on Palestinians seeking food from "
                "aid trucks on Al-Rashid Street in Gaza City, killing 118.",
                published="2024-03-01")
    assert [(e.actor1, e.actor2) for e in doc.events] == [
        ("Israeli military", "Civilians (Palestine)")]


@pytest.mark.parametrize("text,expected", [
    ("Heavy fighting was reported in Jabaliya, Deir al Balah, and eastern Rafah.",
     ["Deir al-Balah", "Jabalia", "Rafah"]),
    ("Fighting continued in northern Gaza, Gaza City, the Middle Area, and Khan Younis.",
     ["Gaza City", "Khan Younis", "central Gaza", "northern Gaza"]),
    ("Heavy fighting continued in eastern, central and western Rafah and in Khan Younis.",
     ["Khan Younis", "Rafah"]),
    ("Another UNRWA shelter at Beach Refugee Camp, also in northern Gaza, was hit.",
     ["Beach Camp"]),
    ("Strikes hit Jabalia, northern Gaza.", ["Jabalia"]),
])
def test_a_region_listed_beside_its_places_is_an_item_an_address_is_not(text, expected):
    doc = parse(text, published="2024-05-15")
    assert sorted(e.location for e in doc.events) == expected


@pytest.mark.parametrize("text,expected", [
    ("Israel tells civilians to evacuate parts of eastern Rafah ahead of a planned ground "
     "invasion.", ["Evacuation order"]),
    ("The Israeli military orders tens of thousands of people in eastern Khan Younis to "
     "leave.", ["Evacuation order"]),
    ("Doctors told families to move patients from Nasser Hospital.", []),
    ("Strikes hit areas of Rafah where Palestinians have relocated following orders from "
     "Israeli forces to move from northern Gaza.", ["Air/drone strike"]),
])
def test_orders_to_leave_in_the_present_tense_and_who_gives_them(text, expected):
    doc = parse(text, published="2024-05-06")
    assert [e.sub_event_type for e in doc.events] == expected


def test_the_parties_to_a_ceasefire_are_named():
    doc = parse("On 19 January 2025, a ceasefire between Israel and Hamas went into effect.",
                published="2025-01-19")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events] == [
        ("Agreement", "Government of Israel", "Hamas")]


@pytest.mark.parametrize("text,expected", [
    ("On 28 October, the vicinity of Al-Quds Hospital was hit by an airstrike.",
     "Israeli military"),
    ("On 28 October, evacuation orders were issued for Al-Quds Hospital.", "Israeli military"),
    ("On 28 October, five people were shot dead in Rafah.", None),
])
def test_strikes_orders_and_sieges_have_their_only_possible_author(text, expected):
    doc = parse(text, published="2023-10-29")
    assert [e.actor1 for e in doc.events] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Israel authorizes the temporary use of its Kerem Shalom border crossing to deliver "
     "humanitarian aid.", [("Kerem Shalom Crossing", "Crossing opened or closed")]),
    ("Hostilities displace people in Gaza city.", [("Gaza City", "Displacement")]),
])
def test_a_crossing_authorised_for_use_and_people_displaced_now(text, expected):
    doc = parse(text, published="2023-12-15")
    assert [(e.location, e.sub_event_type) for e in doc.events] == expected


def test_those_holding_hostages_are_the_side_a_rescue_fought():
    doc = parse("On 8 June, four Israeli hostages held by Hamas at Nuseirat were rescued in the "
                "operation. According to the Hamas media office, 210 people were killed.",
                published="2024-06-09")
    battles = [(e.actor1, e.actor2) for e in doc.events if e.event_type == "Battles"]
    assert battles == [("Israeli military", "Hamas")]


@pytest.mark.parametrize("text", [
    "On 26 May 2024, the Israeli Air Force bombed a displacement camp in Tel al-Sultan, "
    "killing 45 people.",
    "Israeli airstrikes hit a Civil Defense rescue team east of Rafah, killing one.",
    "Israel struck the Al-Tabaeen school hosting displaced Palestinians in Gaza City, killing "
    "80 people.",
    "Two mothers were killed when shelling hit the maternity ward of Kamal Adwan Hospital.",
])
def test_strikes_on_civilians_and_the_places_they_shelter_name_them_as_actor2(text):
    doc = parse(text, published="2024-08-10")
    assert [e.actor2 for e in doc.events if e.event_type == "Explosions/Remote violence"] == \
        ["Civilians (Palestine)"]


def test_who_struck_abroad_is_not_carried_to_a_strike_in_gaza():
    got = _coded("Hezbollah fires rockets at Kiryat Shmona, killing two people. "
                 "At least 11 people are killed in a strike on a school in the Gaza Strip.")
    assert [(loc, a1) for _, _, loc, _, a1, _ in got] == [("Gaza Strip", "Israeli military")]


@pytest.mark.parametrize("text,actor1", [
    ("On 12 March, crowds of desperate people looted aid trucks in Deir al-Balah.",
     "Rioters (Palestine)"),
    ("Thousands of people broke into UNRWA warehouses in Deir al-Balah on 28 October.",
     "Rioters (Palestine)"),
    ("Armed gangs looted 98 trucks near Kerem Shalom on 16 November.",
     "Unidentified armed group (Palestine)"),
    # an armed party named acts, whoever else the clause names
    ("Israeli forces looted homes of residents in Khan Younis on 3 March.", "Israeli military"),
    # looters the text does not name are not guessed
    ("Aid trucks were looted in Rafah on 3 March.", None),
])
def test_who_looted(text, actor1):
    (event,) = [e for e in parse(text, published="2024-03-13").events
                if e.sub_event_type == "Looting/property destruction"]
    assert event.actor1 == actor1


def test_speakers_of_a_strike_named_next_are_not_its_author():
    text = ("Hamas and rescuers said an Israeli strike on southern Gaza killed one journalist "
            "on Monday.")
    (event,) = parse(text, published="2025-04-08").events
    assert event.actor1 == "Israeli military"


def test_fighters_who_attacked_troops_fought_them():
    text = "Hamas fighters attacked Israeli troops in Rafah on Monday."
    (event,) = parse(text, published="2025-04-08").events
    assert (event.event_type, event.actor1, event.actor2) == ("Battles", "Hamas",
                                                              "Israeli military")


@pytest.mark.parametrize("text", [
    "Israeli airstrikes kill 55 people in Rafah on Monday.",
    "At least 16 Palestinians are killed in Israeli airstrikes on Nuseirat on Monday.",
    "Three Palestinian men were killed when an agricultural area was hit in Nuseirat on Monday.",
    "Israeli fighter jets hit a house in Jabalia on Monday, leaving five people dead.",
    "At least one person was killed in an Israeli artillery shelling in Sabra on Monday.",
])
def test_the_dead_named_as_people_are_the_civilians_a_strike_hit(text):
    (event,) = parse(text, published="2024-07-02").events
    assert (event.actor1, event.actor2) == ("Israeli military", "Civilians (Palestine)")


@pytest.mark.parametrize("text,actors", [
    ("Hamas confirms that an Israeli airstrike killed two Hamas commanders in Rafah on Monday.",
     ("Israeli military", "Hamas")),
    ("Hamas claims that at least 73 Palestinians were killed in Israeli strikes on Beit Lahia "
     "on Monday.", ("Israeli military", "Civilians (Palestine)")),
    ("Hamas’ Interior Ministry has reported that an Israeli airstrike targeted a home in "
     "Sheikh Radwan on Monday, killing 14 people.", ("Israeli military", "Civilians (Palestine)")),
    ("The Health Ministry run by Hamas said an Israeli airstrike hit a hospital in Gaza City on "
     "Monday, killing 20 people.", ("Israeli military", "Civilians (Palestine)")),
    ("The health ministry of the Hamas-led, Gaza-based government said Israeli strikes on Rafah "
     "killed 18 people on Monday.", ("Israeli military", "Civilians (Palestine)")),
    ("Houses in Beach camp were bombed on Monday in the Israel–Hamas war, killing 15 "
     "Palestinians.", ("Israeli military", "Civilians (Palestine)")),
])
def test_who_tells_of_the_other_sides_strike_or_names_the_war_is_no_party(text, actors):
    (event,) = parse(text, published="2024-07-02").events
    assert (event.actor1, event.actor2) == actors


@pytest.mark.parametrize("text,actors", [
    # the state that tells of its own deed is its author
    ("Israel says it struck Hamas targets in Rafah on Monday.", ("Israeli military", "Hamas")),
    ("Israel said its aircraft struck Hamas militants in Khan Younis.",
     ("Israeli military", "Hamas")),
    # who tells of the other side's strike is its source
    ("Hamas said Israeli jets struck a school in Rafah, killing 12.", ("Israeli military", None)),
    ("Hamas said Israel struck a school in Rafah, killing 12.", ("Israeli military", None)),
    # and the side that tells of its own fighters' deed stays their author
    ("The army said Hamas militants killed two soldiers in Rafah.",
     ("Hamas", "Israeli military")),
])
def test_who_tells_of_a_strike_and_who_struck(text, actors):
    (e,) = parse(text, published="2024-10-27").events
    assert (e.actor1, e.actor2) == actors


@pytest.mark.parametrize("text,actors", [
    ("Israeli occupation forces shot dead two young men in Khan Younis on Monday.",
     ("Israeli military", "Civilians (Palestine)")),
    ("Israeli gunboats opened fire on fishermen off Gaza City on Monday, wounding one.",
     ("Israeli military", "Civilians (Palestine)")),
    ("Israeli bulldozers razed farmland east of Khan Younis on Monday.",
     ("Israeli military", None)),
    ("The occupation army demolished three houses in Rafah on Monday.",
     ("Israeli military", "Civilians (Palestine)")),
    ("Israel's military raided Nasser Hospital in Khan Younis on Monday, saying Hamas "
     "militants were hiding there.", ("Israeli military", "Hamas")),
    # (the forces so named are still the ones fought, or the source)
    ("Hamas fighters ambushed Israel's troops in Shejaia on Monday.",
     ("Hamas", "Israeli military")),
    ("Israel's military said Hamas fighters fired rockets from Beit Hanoun on Monday.",
     ("Hamas", None)),
])
def test_the_israeli_forces_under_other_names(text, actors):
    (event,) = parse(text, published="2024-07-02").events
    assert (event.actor1, event.actor2) == actors


@pytest.mark.parametrize("text,actors", [
    ("Militants from the Gaza Strip fired a missile at Israeli troops patrolling the border near "
     "Beit Hanoun on Monday, the military said.", ("Palestinian militants", "Israeli military")),
    ("Gunmen opened fire on an aid convoy in Rafah on Monday, killing two drivers.",
     ("Palestinian militants", "Civilians (Palestine)")),
    ("Two Israeli army officers were killed in an ambush by a Palestinian resistance fighter in "
     "Rafah on Monday.", ("Palestinian militants", "Israeli military")),
    ("Fighting broke out between armed Palestinian factions and the Israeli army in Khan Younis "
     "on Monday.", ("Palestinian militants", "Israeli military")),
    # (the fighters so named are still the ones struck)
    ("Israeli jets struck Palestinian armed fighters in Jabalia on Monday.",
     ("Israeli military", "Palestinian militants")),
    ("Israeli troops killed five resistance fighters in Shejaia on Monday.",
     ("Israeli military", "Palestinian militants")),
])
def test_palestinian_fighters_under_other_names_and_first_in_a_sentence(text, actors):
    (event,) = parse(text, published="2024-07-02").events
    assert (event.actor1, event.actor2) == actors


@pytest.mark.parametrize("text,expected", [
    ("A rocket fired by militants struck a house in Deir al-Balah on Monday, killing two people.",
     ("Shelling/artillery/missile attack", "Palestinian militants")),
    ("A rocket fired by militants hit a house in Deir al-Balah on Monday, killing two people.",
     ("Shelling/artillery/missile attack", "Palestinian militants")),
    ("Rockets fired from the Gaza Strip struck a school in Beit Hanoun on Monday.",
     ("Shelling/artillery/missile attack", "Palestinian militants")),
    ("A stray rocket launched from Gaza landed on a house in Beit Lahia on Monday, killing a "
     "child.", ("Shelling/artillery/missile attack", "Palestinian militants")),
    # (at troops it is the fighting; fired from aircraft it is a strike)
    ("A missile fired by Palestinian armed fighters struck a tank in Khan Younis on Monday.",
     ("Armed clash", "Palestinian militants")),
    ("Mortar shells fired by Hamas fighters struck an Israeli position near Rafah on Monday.",
     ("Armed clash", "Hamas")),
    ("A missile fired by an Israeli drone struck a car in Rafah on Monday, killing two people.",
     ("Air/drone strike", "Israeli military")),
    ("A rocket fired from an Apache helicopter struck a car in Rafah on Monday, killing two "
     "militants.", ("Air/drone strike", "Israeli military")),
])
def test_a_rocket_the_fighters_fired_is_no_air_strike(text, expected):
    (event,) = parse(text, published="2024-07-02").events
    assert (event.sub_event_type, event.actor1) == expected


@pytest.mark.parametrize("text,expected", [
    # the army that tells of rockets fired from the Strip is their source, not their firer
    ("The Israeli military said eight projectiles crossed from the Rafah area and that "
     "several were intercepted.", ("Palestinian militants", None)),
    ("The IDF says five mortar shells were fired from Beit Hanoun on Tuesday.",
     ("Palestinian militants", None)),
    ("Israeli forces reported that a barrage of rockets was launched out of Jabalia on "
     "Sunday.", ("Palestinian militants", None)),
    # a group that tells of its own fire is its firer
    ("The Qassam Brigades said it fired a barrage of rockets from Beit Lahia on Friday.",
     ("Hamas armed wing (al-Qassam Brigades)", None)),
    ("Islamic Jihad said its fighters fired rockets from Khan Younis on Monday.",
     ("Islamic Jihad", None)),
    # the threatened who had fired, not the army that threatens them
    ("The Israeli army said on Friday night that it would \"forcefully operate\" against "
     "militants who had fired rockets from eastern Khan Younis.",
     ("Palestinian militants", None)),
])
def test_rockets_fired_from_the_strip_are_the_fighters_whoever_tells_of_them(text, expected):
    (event,) = parse(text, published="2024-10-27").events
    assert (event.actor1, event.actor2) == expected


def test_a_threat_on_those_who_fired_does_not_date_their_fire():
    text = ("The Israeli army said on Friday night that it would \"forcefully operate\" against "
            "militants who had fired rockets from eastern Khan Younis.")
    (event,) = parse(text, published="2024-10-27").events
    assert (event.event_date, event.location) == (None, "Khan Younis")
    text = ("The army said on Friday it would act against gunmen who launched mortars from "
            "Jabalia on Thursday.")
    (event,) = parse(text, published="2024-10-27").events
    assert (event.event_date, event.actor1) == ("2024-10-24", "Palestinian militants")


# -- who can strike from the air, who lives where a strike hit, who holds the hostages ------
@pytest.mark.parametrize("text,actors", [
    # the other side named with an air strike is the one struck, or, at a deed of its own,
    # no party at all
    ("Hamas said an airstrike killed its commander in Rafah on Monday.",
     ("Israeli military", "Hamas")),
    ("Israeli jets pounded Khan Younis on Monday, days after Islamic Jihad militants fired "
     "rockets at Sderot.", ("Israeli military", None)),
    ("Beit Hanoun has been bombed from the air since Hamas gunmen stormed southern Israel on "
     "Saturday.", ("Israeli military", None)),
    ("Airstrikes hit Rafah on Monday near the site where eight Israeli soldiers were killed in "
     "an ambush by Palestinian fighters.", ("Israeli military", None)),
    ("The group's deputy leader, speaking for Hamas, confirmed that its chief was killed in an "
     "airstrike in Rafah on Wednesday.", ("Israeli military", "Hamas")),
    # the firers of rockets told with the strike that hit them are its target
    ("Militants who fired rockets from Beit Hanoun on Monday were struck by an aircraft.",
     ("Israeli military", "Palestinian militants")),
])
def test_an_air_strike_is_the_israeli_militarys_and_the_other_side_its_target(text, actors):
    (event,) = [e for e in parse(text, published="2024-07-02").events
                if e.sub_event_type == "Air/drone strike"]
    assert (event.actor1, event.actor2) == actors


@pytest.mark.parametrize("text", [
    "An Israeli strike on a house in Rafah killed a family of five on Monday.",
    "A home near the market in Bani Suheila was hit on Monday, killing a family of six.",
    "Strikes hit tents in al-Mawasi on Monday.",
    "Israeli aircraft bombed a residential building in Nuseirat on Monday.",
    "Overnight, strikes flattened apartment blocks in Tel al-Hawa.",
    "The occupation bombed two schools in Jabalia on Monday, killing at least 12 citizens.",
    "Civil defence crews recovered nine martyrs after a strike on Deir al-Balah on Monday.",
    "The ministry said 15 martyrs arrived at hospitals after strikes on Jabalia on Monday.",
])
def test_the_families_and_homes_a_strike_hit_name_civilians_as_actor2(text):
    (event,) = [e for e in parse(text, published="2024-07-02").events
                if e.event_type == "Explosions/Remote violence"]
    assert (event.actor1, event.actor2) == ("Israeli military", "Civilians (Palestine)")


@pytest.mark.parametrize("text,actors", [
    # as the army names the other side
    ("IDF aircraft struck a terrorist cell in Beit Lahia on Monday.",
     ("Israeli military", "Palestinian militants")),
    ("Troops directed an aircraft that struck a squad of terrorists approaching the forces in "
     "Zeitoun on Monday.", ("Israeli military", "Palestinian militants")),
    # the one named second in an exchange "between" two sides, and the object of a hostile
    # verb, are not who acted
    ("Exchanges of fire between soldiers and Palestinian militants were reported in Jabalia "
     "on Monday.", ("Israeli military", "Palestinian militants")),
    ("Troops eliminated a terrorist cell that fired an anti-tank missile at IDF forces in "
     "Jabalia on Monday.", ("Israeli military", "Palestinian militants")),
    # a group a person headed or ran something for is the other party, not who acted
    ("Israeli troops killed 20 gunmen at a hospital in Khan Younis on Monday, including a man "
     "who headed operations for Islamic Jihad.", ("Israeli military", "Islamic Jihad")),
    ("Troops killed about 30 gunmen at the hospital in Khan Younis on Monday, among them a "
     "man who had run the rocket unit of Hamas.", ("Israeli military", "Hamas")),
    ("One of the 30 gunmen killed at the hospital in Khan Younis on Monday was a man who had "
     "been in charge of the tunnels of Hamas.", ("Israeli military", "Hamas")),
    ("Troops killed 12 gunmen in Jabalia on Monday, among them a man in charge of Islamic "
     "Jihad's rocket unit.", ("Israeli military", "Islamic Jihad")),
    # a group named beside its fighters is who they were
    ("The IDF killed three terrorists in Rafah on Monday, all of them members of the "
     "al-Qassam Brigades.", ("Israeli military", "Hamas armed wing (al-Qassam Brigades)")),
])
def test_the_armys_names_for_the_other_side_and_who_was_fought(text, actors):
    (event,) = [e for e in parse(text, published="2024-07-02").events
                if e.event_type in ("Battles", "Explosions/Remote violence")]
    assert (event.actor1, event.actor2) == actors


@pytest.mark.parametrize("text,actors", [
    ("Three Israeli hostages were released in Khan Younis on Saturday.",
     ("Hamas", "Civilians (Israel)")),
    ("Hamas freed 13 hostages in Rafah on Friday, including six Israeli women and children.",
     ("Hamas", "Civilians (Israel)")),
    ("Islamic Jihad freed two hostages in Khan Younis on Thursday.",
     ("Islamic Jihad", "Civilians (Israel)")),
])
def test_hostages_freed_from_the_strip_are_israels_civilians_freed_by_their_captors(text,
                                                                                    actors):
    (event,) = [e for e in parse(text, published="2024-07-02").events
                if e.sub_event_type == "Hostage or prisoner release"]
    assert (event.actor1, event.actor2) == actors


# -- a group named on what was struck is the one hit ------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("In Khan Younis, forces of the 98th Division raided a Hamas command center and located "
     "weapons, the military said.", ("Israeli military", "Hamas")),
    ("In Rafah, soldiers of the Givati brigade stormed a suspected Hamas compound on Monday.",
     ("Israeli military", "Hamas")),
    ("In Jabalia, paratroopers struck Hamas positions on Monday.",
     ("Israeli military", "Hamas")),
])
def test_a_group_named_on_what_was_struck_is_the_one_hit(text, expected):
    (event,) = parse(text, published="2024-10-27").events
    assert (event.actor1, event.actor2) == expected


@pytest.mark.parametrize("text", [
    "A rocket attack on 5 May killed four Israeli soldiers near Kerem Shalom.",
    "Two Israeli soldiers were killed when a mortar shell hit their position in Rafah on Monday.",
])
def test_rockets_that_hit_israeli_forces_are_the_fighters(text):
    (event,) = [e for e in parse(text, published="2024-10-27").events
                if e.sub_event_type == "Shelling/artillery/missile attack"]
    # a battle now, its two sides (whose fire it was is told by neither)
    assert {event.actor1, event.actor2} == {"Palestinian militants", "Israeli military"}


# -- arrests at a raid's place and day are the troops' ---------------------------------------
def test_arrests_at_a_raid_are_the_troops():
    text = ("The WHO said the siege of the Indonesian Hospital in recent days had caused the "
            "deaths of four patients. Before the raid, which began on 12 December, the hospital "
            "sheltered 2,000 people. Many nurses were detained.")
    (arrests,) = [e for e in parse(text, published="2023-12-19").events
                  if e.sub_event_type == "Arrests"]
    assert (arrests.event_date, arrests.actor1) == ("2023-12-12", "Israeli military")


@pytest.mark.parametrize("sides, expected", [
    # one side named twice, by its name and the generic one: the other is the Israeli military
    (("Hamas", "Palestinian militants"), ("Israeli military", "Hamas")),
    (("Palestinian militants", "Islamic Jihad"), ("Israeli military", "Islamic Jihad")),
    (("Palestinian militants", "Palestinian militants"),
     ("Israeli military", "Palestinian militants")),
    # two groups, both named, stay as told
    (("Hamas", "Islamic Jihad"), ("Hamas", "Islamic Jihad")),
    (("Israeli military", "Hamas"), ("Israeli military", "Hamas")),
])
def test_a_battle_is_never_fought_by_one_side_named_twice(sides, expected):
    assert battle_sides(*sides) == expected


# -- the people a strike or fire hit, by what they were doing there ---------------------------
@pytest.mark.parametrize("text", [
    "Martyrs in a drone strike on a group of citizens east of Deir al-Balah on Monday.",
    "Citizens were also martyred in a strike on a gathering in al-Nuseirat camp on Monday.",
    "An Israeli drone struck a gathering of people in Jabalia on Monday.",
    "An airstrike hit a crowd near a bakery in Nuseirat on Monday.",
    # (the hurt named before who fired: "nine others injured when Israeli troops ...")
    "On Sunday, two Palestinians were killed and nine others injured when Israeli troops "
    "opened fire on crowds gathered near the Netzarim corridor.",
])
def test_citizens_gatherings_and_crowds_struck_are_civilians(text):
    (event,) = parse(text, published="2024-10-22").events
    assert (event.actor1, event.actor2) == ("Israeli military", "Civilians (Palestine)")


@pytest.mark.parametrize("text", [
    # (troops who surrounded the hospital: arrests in a raid coded there that day would be the
    # raid's own, see event_merge.detained_in_a_raid)
    "Troops surrounded the Kamal Adwan Hospital on Monday. We call for the release of the "
    "director, along with the other health workers reported detained.",
    "On Monday, an earlier raid on Kamal Adwan Hospital saw dozens of staff detained.",
    "Troops detained dozens of hospital staff at the Indonesian Hospital on Monday.",
])
def test_staff_detained_are_civilians(text):
    (event,) = [e for e in parse(text, published="2024-10-22").events
                if e.sub_event_type == "Arrests"]
    assert event.actor2 == "Civilians (Palestine)"


def test_a_battle_takes_no_firers_told_before_against_their_own_side():
    doc = parse("Terrorists fired an RPG at a tank in central Gaza on Monday. In Khan Younis, "
                "forces deepened the operation and eliminated dozens of terrorists in "
                "close-quarters combat.", published="2024-10-22")
    assert [(e.location, e.actor1, e.actor2) for e in doc.events] == [
        ("central Gaza", "Palestinian militants", "Israeli military"),
        ("Khan Younis", "Israeli military", "Palestinian militants")]


@pytest.mark.parametrize("text,actor2", [
    ("On 19 March, a UN guesthouse in Deir al-Balah was hit, killing one international UN "
     "staff member and injuring five others.", "Civilians (International)"),
    ("An Israeli strike killed three foreign aid workers in Deir al-Balah on Monday.",
     "Civilians (International)"),
    ("An airstrike killed two UN staff members in Rafah on Monday.", "Civilians (Palestine)"),
])
def test_staff_from_abroad_are_international_civilians(text, actor2):
    (event,) = parse(text, published="2024-10-22").events
    assert event.actor2 == actor2


# -- who delivered aid: only who the text says delivered it ----------------------------------
@pytest.mark.parametrize("text,actor1", [
    ("On 20 and 21 December, WHO and partners delivered fuel and food to the Indonesian "
     "Hospital.", "WHO"),
    ("The Jordanian Air Force airdropped aid over northern Gaza on Monday.",
     "Jordanian Air Force"),
    ("The Israeli army said it airdropped aid over Khan Younis on Monday.", "Israeli military"),
    # (who fired at the crowds, and who counted the trucks, delivered nothing)
    ("Israeli troops fire as crowds surge toward aid convoy in Gaza City on Monday.", None),
    ("The UN says 630 aid trucks entered Gaza on Monday.", None),
    ("Hamas police escorted aid trucks in Rafah on Monday.", None),
])
def test_who_delivered_aid(text, actor1):
    events = [e for e in parse(text, published="2024-10-22").events
              if e.sub_event_type == "Aid delivery"]
    assert events and {e.actor1 for e in events} == {actor1}


def test_a_headline_of_another_kind_of_development_is_its_own_event():
    text = ("Gaza ceasefire takes effect after three-hour delay; three Israeli hostages "
            "released\n\nThe UN says 630 aid trucks entered Gaza on the first day of the "
            "truce.")
    coded = {(e.sub_event_type, e.actor1, e.actor2)
             for e in parse(text, published="2025-01-19").events}
    assert ("Aid delivery", None, "Civilians (Palestine)") in coded
    assert ("Hostage or prisoner release", "Hamas", "Civilians (Israel)") in coded


# -- the Israeli forces fired on or hit, and who fired ---------------------------------------
@pytest.mark.parametrize("text,actors", [
    ("The army claimed that the strikes came in response to a gunman crossing the yellow "
     "line and opening fire on soldiers in Rafah on Monday.",
     ("Palestinian militants", "Israeli military")),
    ("Hamas militants opened fire on Israeli troops in Beit Hanoun on Monday.",
     ("Hamas", "Israeli military")),
    ("On October 20, Col. Ehsan Daxa, commander of the 401st Brigade, was killed by an "
     "explosive device in Jabalia.", ("Palestinian militants", "Israeli military")),
    ("A roadside bomb killed two soldiers in Rafah on Monday.",
     ("Palestinian militants", "Israeli military")),
    ("Also on Sunday, the military said Col. Ehsan Daqsa, commander of the 401st Brigade, was "
     "killed in Jabalia when an explosive device went off near his tank.",
     ("Palestinian militants", "Israeli military")),
])
def test_fire_on_soldiers_and_soldiers_hit(text, actors):
    (event,) = [e for e in parse(text, published="2024-10-22").events
                if e.sub_event_type != "Air/drone strike"]
    assert (event.actor1, event.actor2) == actors


def test_a_soldier_killed_by_gunfire_is_the_israeli_forces_hit():
    (event,) = [e for e in parse("Netanyahu ordered strikes on Tuesday after a soldier was "
                                 "killed by gunfire in Rafah, in an area under Israeli "
                                 "control.", published="2024-10-23").events
                if e.fatalities == 1]
    # a battle now, its two sides (whose fire it was is told by neither)
    assert {event.actor1, event.actor2} == {"Palestinian militants", "Israeli military"}


@pytest.mark.parametrize("text", [
    "Occupation artillery shelled areas east of Khan Younis on Monday, while occupation forces "
    "carried out demolitions of homes in the eastern parts of Shejaia.",
    "Occupation bulldozers razed farmland east of Rafah on Monday.",
    # an editor's gloss in brackets, as translated quotes carry it
    "A medic said two people were shot dead by occupation [Israeli] fire east of Rafah on "
    "Monday.",
])
def test_occupation_forces_without_the_article(text):
    assert {e.actor1 for e in parse(text, published="2024-10-22").events} == {
        "Israeli military"}


# -- prisoners freed, an armed clan, ground changing hands, people forced out ------------------
def test_prisoners_freed_are_israels_release():
    text = ("Hamas freed the last 20 hostages on Monday. Buses carrying freed prisoners "
            "arrived at Nasser Hospital in Khan Younis.")
    coded = [(e.location, e.actor1, e.actor2) for e in parse(text, published="2024-10-22").events]
    assert coded == [("Gaza Strip", "Hamas", "Civilians (Israel)"),
                     ("Nasser Medical Complex", "Government of Israel", "Civilians (Palestine)")]


@pytest.mark.parametrize("text,actors", [
    ("On Sunday, at least 27 people were killed in clashes in Gaza City's Sabra neighbourhood "
     "between Hamas security forces and members of the Doghmush clan.",
     ("Hamas", "Doghmush clan militia (Palestine)")),
    ("Gunmen of the Abu Shabab clan clashed with Hamas police in Rafah on Monday.",
     ("Abu Shabab clan militia (Palestine)", "Hamas")),
    ("Israeli troops clashed with militants of the Abu Shabab clan in Rafah on Monday.",
     ("Israeli military", "Abu Shabab clan militia (Palestine)")),
])
def test_an_armed_clan_is_a_party_of_its_own(text, actors):
    (event,) = parse(text, published="2024-10-22").events
    assert (event.actor1, event.actor2) == actors


def test_ground_changing_hands_has_no_civilians_as_a_party():
    text = ("Crowds started moving on foot along al-Rashid Street on Monday after the Israeli "
            "army withdrew from the Netzarim corridor.")
    assert [(e.actor1, e.actor2) for e in parse(text, published="2024-10-22").events
            if e.sub_event_type == "Non-violent transfer of territory"] == [
        ("Israeli military", None)]


@pytest.mark.parametrize("text,sub_event_type", [
    ("Israeli forces stormed al-Amal Hospital in Khan Younis on Monday. Patients and "
     "displaced people were forced to leave.", "Displacement"),
    ("On Monday, an earlier raid on Kamal Adwan Hospital saw dozens of staff detained.",
     "Arrests"),
])
def test_people_forced_out_or_detained_at_a_raid_are_the_troops(text, sub_event_type):
    (event,) = [e for e in parse(text, published="2024-10-22").events
                if e.sub_event_type == sub_event_type]
    assert event.actor1 == "Israeli military"


@pytest.mark.parametrize("text,actors", [
    ("Forces of the 98th Division deepened the operation in Khan Younis on Monday.",
     ("Israeli military", "Palestinian militants")),
    ("Hamas fighters ambushed soldiers of the 401st Brigade in Jabalia on Monday.",
     ("Hamas", "Israeli military")),
    ("Two soldiers of the 162nd Division were killed in Rafah on Monday.",
     ("Palestinian militants", "Israeli military")),
])
def test_the_armys_numbered_units(text, actors):
    (event,) = parse(text, published="2024-10-22").events
    assert (event.actor1, event.actor2) == actors


def test_the_author_filled_in_is_never_also_the_one_struck():
    got = parse("Strikes hit central and southern Gaza after Israel claims two soldiers were "
                "killed in Rafah.", published="2025-10-19").events
    assert all(e.actor1 != e.actor2 for e in got if e.event_type != "Battles")


@pytest.mark.parametrize("text,actors", [
    ("Another citizen was martyred by occupation sniper fire in the Zeitoun neighbourhood.",
     ("Israeli military", "Civilians (Palestine)")),
    ("Two people were injured by occupation gunfire east of Khan Younis.",
     ("Israeli military", "Civilians (Palestine)")),
])
def test_occupation_fire_is_the_israeli_militarys(text, actors):
    (event,) = parse(text, published="2024-05-14").events
    assert (event.actor1, event.actor2) == actors


@pytest.mark.parametrize("text", [
    "On 27 May, an Egyptian soldier was killed in an exchange of fire with Israeli troops near "
    "the Rafah crossing.",
    "Egyptian border guards exchanged fire with Israeli soldiers near Rafah on Monday, killing "
    "one.",
])
def test_egypts_forces_fight_the_israeli_ones(text):
    (event,) = parse(text, published="2024-05-28").events
    assert event.event_type == "Battles"
    assert {event.actor1, event.actor2} == {"Israeli military", "Military Forces of Egypt"}


@pytest.mark.parametrize("text,actors", [
    ("In the afternoon, Romi Gonen, Emily Damari and Doron Steinbrecher were handed to the ICRC "
     "in al-Saraya Square in Gaza City.", ("Hamas", "Civilians (Israel)")),
    ("On 25 January, four female soldiers, Karina Ariev, Daniella Gilboa, Naama Levy and Liri "
     "Albag, were paraded on a stage in Palestine Square in Gaza City before being handed over.",
     ("Hamas", "Israeli military")),
    ("Three Israeli women were paraded through a crowd in Khan Younis before being handed over "
     "to the Red Cross.", ("Hamas", "Civilians (Israel)")),
])
def test_captives_handed_over_by_name_are_freed_by_their_captors(text, actors):
    (event,) = parse(text, published="2025-01-28").events
    assert event.sub_event_type == "Hostage or prisoner release"
    assert (event.actor1, event.actor2) == actors


@pytest.mark.parametrize("text,actors", [
    ("Residents reported remotely-detonated, explosive-laden armoured vehicles in Sheikh Radwan, "
     "destroying homes street by street.", ("Israeli military", "Civilians (Palestine)")),
    ("Robotic vehicles packed with explosives were detonated in Zeitoun on Friday.",
     ("Israeli military", None)),
    ("An explosive device detonated against an Israeli force in Beit Hanoun.",
     ("Palestinian militants", "Israeli military")),
])
def test_whose_explosives(text, actors):
    (event,) = parse(text, published="2025-09-18").events
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert (event.actor1, event.actor2) == actors


def test_the_source_told_last_with_its_day_is_no_party():
    (event,) = parse("Five Israeli occupation soldiers were killed and 14 others wounded in a "
                     "complex operation in Beit Hanoun late Monday, the Israeli military "
                     "admitted on Tuesday morning.", published="2025-07-08").events
    assert (event.actor1, event.actor2) == ("Palestinian militants", "Israeli military")


def test_un_personnel_are_the_ones_hit():
    (event,) = parse("On 19 March, a UN guesthouse in Deir al-Balah was hit by explosive "
                     "ordnance; one international UNOPS staff member was killed and five other "
                     "UN personnel were seriously injured.", published="2025-03-22").events
    assert event.actor2 in ("Civilians (Palestine)", "Civilians (International)")


@pytest.mark.parametrize("text", [
    # the group is the army's claim of whom it aimed at; the dead told are people
    "Overnight Saturday, the IDF struck a building in Beit Lahia where it said Hamas operatives "
    "were hiding. Gaza's Civil Defense said at least 73 people were killed.",
    "Israeli jets bombed a school in Gaza City which the army claimed was a Hamas command "
    "centre, killing 20 people.",
])
def test_a_strike_on_a_claimed_hideout_that_killed_people_hit_civilians(text):
    got = parse(text, published="2024-10-21").events
    assert [(e.actor1, e.actor2) for e in got if e.fatalities] == [
        ("Israeli military", "Civilians (Palestine)")]


def _actors_of(text, kind):
    return [(e.actor1, e.actor2) for e in parse(text, published="2024-10-27").events
            if e.sub_event_type == kind]


@pytest.mark.parametrize("text,kind,actors", [
    # a count that names its dead picks the victims among the civilians told
    ("A building used by UN staff in Deir al-Balah was hit, killing a foreign UN staff "
     "member.", "Air/drone strike", [("Israeli military", "Civilians (International)")]),
    # hostages rescued are freed by the Israeli forces, named or not
    ("On Monday, special forces rescued four hostages from two apartments in Nuseirat.",
     "Hostage or prisoner release", [("Israeli military", "Civilians (Israel)")]),
    # troops fired on, by no name of their own, are the Israeli forces
    ("Al-Quds Brigades say they fired mortar rounds at troops in Jabalia.",
     "Shelling/artillery/missile attack", [("Islamic Jihad", "Israeli military")]),
    ("Yona Feldbaum, 37, was killed on Tuesday when troops came under sniper and anti-tank "
     "fire in Rafah.", "Armed clash", [("Palestinian militants", "Israeli military")]),
    # weapons only the Israeli forces use
    ("On 2 February a displaced man was shot dead by a sniper in the hospital courtyard in "
     "Khan Younis.", "Attack", [("Israeli military", "Civilians (Palestine)")]),
    ("Quadcopters opened fire on residents trying to leave Jabalia camp.", "Air/drone strike",
     [("Israeli military", "Civilians (Palestine)")]),
    ("IOF bulldozers demolished at least nine homes in Jabalia camp.",
     "Looting/property destruction", [("Israeli military", "Civilians (Palestine)")]),
    ("Troops fired warning shots and then shot at people near al-Shifa hospital.", "Attack",
     [("Israeli military", "Civilians (Palestine)")]),
    # with the Israeli dead alone told, the other side attacked
    ("Israel said two soldiers were killed in Rafah on Monday.", "Armed clash",
     [("Palestinian militants", "Israeli military")]),
    # a raid on a group's compound is the forces' deed against the group
    ("During an overnight raid on a Hamas military compound in Khan Younis, the forces "
     "eliminated approximately fifteen terrorists in close-quarters combat.", "Armed clash",
     [("Israeli military", "Hamas")]),
    # a crowd waiting for aid is the one struck
    ("Thousands had gathered on the main road east of Khan Younis, hoping to get flour from UN "
     "trucks, when tank shells struck them.", "Shelling/artillery/missile attack",
     [("Israeli military", "Civilians (Palestine)")]),
])
def test_actors_by_what_the_text_tells_of_them(text, kind, actors):
    assert _actors_of(text, kind) == actors


def test_tank_shells_are_not_the_rockets_told_before():
    text = ("Hamas's Qassam Brigades fired eight rockets from Rafah toward central Israel on "
            "Sunday. On Tuesday, local officials said tank shells hit tents in al-Mawasi, west "
            "of Rafah, killing 21 people.")
    got = [(e.actor1, e.actor2) for e in parse(text, published="2024-05-28").events
           if e.fatalities == 21]
    assert got == [("Israeli military", "Civilians (Palestine)")]


@pytest.mark.parametrize("text,actors", [
    # the army tells of its own dead: the bomb is the armed groups'
    ("Separately, the military said seven soldiers were killed in Khan Younis when a bomb "
     "was attached to their armored vehicle.", [("Palestinian militants", "Israeli military")]),
    ("The IDF said three soldiers were killed by a roadside bomb in Jabalia on Monday.",
     [("Palestinian militants", "Israeli military")]),
    # a group named keeps the deed
    ("The Israeli military said Hamas fighters detonated an explosive device against a tank "
     "in Rafah, killing two soldiers.", [("Hamas", "Israeli military")]),
])
def test_a_bomb_that_killed_troops_the_army_tells_of_is_the_armed_groups(text, actors):
    assert _actors_of(text, "Remote explosive/landmine/IED") == actors


def _actors(text, published, sub=None):
    return [(e.sub_event_type, e.location, e.actor1, e.actor2)
            for e in parse(text, published=published).events
            if sub is None or e.sub_event_type == sub]


@pytest.mark.parametrize("text", [
    "More than 100 people were killed as crowds gathered around an aid convoy at the Nabulsi "
    "roundabout on Thursday. The army said troops had fired at individuals who approached them.",
    "Dozens of people were killed on Thursday as crowds walked toward a food distribution site "
    "in Rafah. The Israeli military said its forces fired warning shots at individuals who "
    "approached troops.",
    "Dozens of people were killed on Thursday as crowds walked toward a food distribution site "
    "in Rafah. The Israeli military said troops did not fire at civilians near the site.",
])
def test_aid_seekers_killed_where_the_report_tells_the_forces_fired_at_people(text):
    assert [a1 for _, _, a1, _ in _actors(text, "2024-03-02", "Attack")] == ["Israeli military"]


def test_a_flight_on_the_day_of_an_order_for_its_place_is_the_armys():
    text = ("The army ordered residents of Beit Hanoun to leave on Wednesday. Thousands walked "
            "with what they could carry from Beit Hanoun toward Jabalia.")
    assert ("Displacement", "Beit Hanoun", "Israeli military", "Civilians (Palestine)") in \
        _actors(text, "2025-03-20")


def test_people_who_left_a_place_are_its_civilians():
    assert _actors("An estimated 450,000 people have left Rafah in one week.", "2025-03-20") == [
        ("Displacement", "Rafah", None, "Civilians (Palestine)")]


@pytest.mark.parametrize("text,sides", [
    ("Over the past day, dozens of terror suspects were apprehended in Jabalia and transferred "
     "for questioning by Unit 504 and the ISA.", ("Israeli military", "Palestinian militants")),
    ("Families said men were separated at a checkpoint in Beit Hanoun on Monday, stripped and "
     "detained.", ("Israeli military", "Civilians (Palestine)")),
    ("Israeli troops detained dozens of men at a school in Beit Lahia on Monday.",
     ("Israeli military", "Civilians (Palestine)")),
])
def test_arrests_by_the_armys_units_or_at_its_checkpoints(text, sides):
    assert [(a1, a2) for *_, a1, a2 in _actors(text, "2024-10-22", "Arrests")] == [sides]


def test_ground_left_by_the_occupations_tanks_is_the_armys():
    text = ("Civil defence crews entered Bani Suheila on Thursday after the occupation's tanks "
            "withdrew from the area.")
    assert [a1 for *_, a1, _ in _actors(text, "2024-10-27",
                                        "Non-violent transfer of territory")] == [
        "Israeli military"]


def test_troops_who_killed_gunmen_and_detained_suspects_are_the_ones_who_detained():
    # (the detentions, made in the clash, are the clash's own: see event_merge.detained_in_a_raid)
    text = ("By Tuesday it said troops had killed about 50 gunmen there and detained 180 "
            "suspects at al-Shifa hospital.")
    assert _actors_of(text, "Arrests") == []
    assert _actors_of(text, "Armed clash") == [("Israeli military", "Palestinian militants")]


def test_a_stampede_told_beside_the_fire_the_troops_did_leaves_the_shooter():
    text = ("He said that on 29 February more than 100 people were killed as crowds "
            "gathered around an aid convoy at the Nabulsi roundabout. The representative of "
            "Israel said the deaths were mostly caused by a stampede, while troops had fired "
            "at individuals who approached them.")
    got = [e.actor1 for e in parse(text, published="2024-03-20").events
           if e.sub_event_type == "Attack"]
    assert got == ["Israeli military"]


# -- a truce told with one of its parties ---------------------------------------------
@pytest.mark.parametrize("text", [
    "The truce took effect on Sunday, after Israel said Hamas had delayed handing over the "
    "names of the captives.",
    "The ceasefire came into effect at 11:15. In the interim, Israeli air strikes killed 19 "
    "people, according to the civil defence.",
])
def test_a_truce_told_with_one_party_is_between_israel_and_hamas(text):
    doc = parse(text, published="2025-01-19")
    assert [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == "Agreement"] == \
        [("Government of Israel", "Hamas")]


@pytest.mark.parametrize("text", [
    "A ceasefire in Gaza took effect on Sunday, and three Palestinian women were handed over "
    "to the Red Cross in Gaza City.",
    "A truce began on Friday and displaced civilians started walking north.",
    "Hamas agreed to a four-day pause. The pause came into force at 7:00 am.",
])
def test_civilians_told_with_a_truce_are_no_party_to_it(text):
    doc = parse(text, published="2025-01-19")
    assert [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == "Agreement"] == \
        [("Government of Israel", "Hamas")]


# -- the Israeli forces' own dead ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Israel says it has resumed enforcing the ceasefire after a day in which two of its "
    "soldiers were killed in Rafah and Israeli strikes killed 44 Palestinians.",
    "IDF: 21 reservists killed when buildings collapse in central Gaza",
    "Israeli army: Three soldiers killed in Rafah",
    "Twenty-one soldiers were killed in central Gaza on Monday in the deadliest single "
    "incident for the IDF since the offensive began.",
    "The army said a soldier was killed in Khan Younis and strikes killed 12 people in Rafah.",
])
def test_soldiers_killed_are_the_side_hit(text):
    doc = parse(text, published="2024-10-21")
    assert [(e.actor1, e.actor2) for e in doc.events if e.event_type == "Battles"] == \
        [("Palestinian militants", "Israeli military")]


# -- people the army holds ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hundreds of men have been detained in Beit Lahia and taken to unknown locations after "
    "being forced to strip.",
    "The occupation army besieged Kamal Adwan Hospital on Friday and detained a number of our "
    "crews.",
])
def test_people_the_army_holds_are_the_strips_civilians(text):
    doc = parse(text, published="2024-10-27")
    assert [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == "Arrests"] == \
        [("Israeli military", "Civilians (Palestine)")]


# -- the people a strike hits ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A strike on Nasser Medical Complex in Khan Younis killed a journalist who had been "
    "receiving treatment.",
    "Israeli aircraft bombed a five-storey residential building in Beit Lahia at dawn.",
    "Crews recovered 6 martyrs and 14 injured from a house of the al-Qadi family struck last "
    "night in Nuseirat camp.",
    "An airstrike in Jabalia killed a doctor.",
    "An Israeli strike in Rafah killed five members of the Abu Taha family.",
    "Crews searched the rubble of a residential building that was destroyed by an Israeli air "
    "strike this afternoon in Shejaia.",
    "Several homes in Jabalia were destroyed in Israeli shelling on Monday.",
    "An Israeli airstrike destroyed a house in Rafah on Monday.",
])
def test_the_people_a_strike_hits_are_the_strips_civilians(text):
    doc = parse(text, published="2024-10-27")
    assert [(e.actor1, e.actor2) for e in doc.events] == \
        [("Israeli military", "Civilians (Palestine)")]


# -- demolitions and damage in a raid --------------------------------------------------
@pytest.mark.parametrize("text,sides", [
    ("Sustained shelling and demolitions in Zeitoun on 23 Aug.", ("Israeli military", None)),
    ("Demolitions of residential blocks in Beit Lahia on Monday.",
     ("Israeli military", "Civilians (Palestine)")),
    ("On 27 October, Israeli forces raided and besieged Kamal Adwan Hospital in Beit Lahia. "
     "WHO reported that the hospital is now out of service and that parts of it were set on "
     "fire.", ("Israeli military", None)),
])
def test_demolitions_and_damage_in_a_raid_are_the_armys(text, sides):
    doc = parse(text, published="2024-10-27")
    got = [(e.actor1, e.actor2) for e in doc.events
           if e.sub_event_type == "Looting/property destruction"]
    assert got and set(got) == {sides}


# -- gunmen of a named group ---------------------------------------------------------------
@pytest.mark.parametrize("text,actor1", [
    ("The three women were handed over to the Red Cross in Gaza City on Sunday, surrounded by "
     "masked gunmen from Hamas' military wing.", "Hamas"),
    ("Gunmen from Islamic Jihad fired rockets from Beit Hanoun on Sunday.",
     "Islamic Jihad"),
])
def test_gunmen_of_a_named_group_are_that_group(text, actor1):
    doc = parse(text, published="2024-10-27")
    assert [e.actor1 for e in doc.events] == [actor1]


# -- orders to leave -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The latest escalation has also triggered new displacement orders covering Khan Younis.",
    "The army issued new evacuation orders for eastern Khan Younis on Monday.",
    "Israel ordered the evacuation of Beit Hanoun on Monday.",
])
def test_an_order_to_leave_is_aimed_at_the_strips_civilians(text):
    doc = parse(text, published="2024-10-27")
    assert [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == "Evacuation order"] \
        == [("Israeli military", "Civilians (Palestine)")]


# -- people shot as they came near the troops ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Two men were shot dead east of Khan Younis on Monday after, according to the army, they "
    "crossed the yellow line and approached troops.",
    "Three people were shot dead in Rafah on Monday as they approached Israeli positions, "
    "medics said.",
    "A man was shot dead in Khan Younis on Monday after he came close to the border fence.",
])
def test_people_shot_as_they_neared_the_troops_were_shot_by_them(text):
    doc = parse(text, published="2024-10-27")
    assert [(e.actor1, e.actor2) for e in doc.events] == \
        [("Israeli military", "Civilians (Palestine)")]


# -- the army's weapons told firing at the crowd ---------------------------------------------
def test_tanks_told_firing_at_the_crowd_name_the_shooter():
    doc = parse("At least 20 people were killed as crowds gathered around aid trucks near the "
                "Nabulsi roundabout on Monday. Witnesses said tanks opened fire on the crowds.",
                published="2024-10-27")
    assert [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == "Attack"] == \
        [("Israeli military", "Civilians (Palestine)")]


# -- captives killed -------------------------------------------------------------------------
@pytest.mark.parametrize("text,actor1", [
    ("Six hostages were executed by their captors in a tunnel in Rafah on Saturday.", "Hamas"),
    ("Islamic Jihad executed two hostages in Khan Younis on Saturday.", "Islamic Jihad"),
    ("Health Ministry: Hostages shot at close range\nThe forensic institute in Rafah says the "
     "six were shot at close range on Saturday.", "Hamas"),
])
def test_captives_killed_are_israels_civilians_killed_by_their_captors(text, actor1):
    doc = parse(text, published="2024-10-27")
    assert [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == "Attack"] == \
        [(actor1, "Civilians (Israel)")]


# -- the dead named by their work, and strikes on a crowd's place --------------------------
@pytest.mark.parametrize("text", [
    "Three staff members of the hospital were killed in an airstrike in Khan Younis on Monday.",
    "Two aid workers were killed in a drone strike in Deir al-Balah on Monday.",
    "Our colleague nurse Amal Hassan was killed in an airstrike in Rafah on Monday.",
    "An airstrike hit a crowded market in Nuseirat on Monday, killing eight.",
    "A strike near a busy market street in Khan Younis on Monday killed six.",
])
def test_the_dead_named_by_their_work_or_a_crowds_place_are_civilians(text):
    doc = parse(text, published="2024-10-27")
    assert [(e.actor1, e.actor2) for e in doc.events] == \
        [("Israeli military", "Civilians (Palestine)")]


def test_another_alone_is_one_more_of_the_strike_told_before():
    doc = parse("A strike on a house in Rafah killed five on Monday; another killed four in "
                "Khan Younis.", published="2024-10-27")
    assert [(e.location, e.actor2) for e in doc.events] == \
        [("Rafah", "Civilians (Palestine)"), ("Khan Younis", "Civilians (Palestine)")]


def test_gunmen_who_loot_are_an_unnamed_armed_group_unless_a_group_is_named():
    doc = parse("Dozens of trucks were looted by gunmen in Rafah on Monday.",
                published="2024-10-27")
    assert [e.actor1 for e in doc.events] == ["Unidentified armed group (Palestine)"]
    doc = parse("Hamas gunmen looted aid trucks in Rafah on Monday.", published="2024-10-27")
    assert [e.actor1 for e in doc.events] == ["Hamas"]


def test_the_demolition_and_blowing_up_of_dozens_of_houses_is_the_armys():
    doc = parse("PCHR documented the demolition and blowing up of dozens of houses in Bani "
                "Suheila on Monday.", published="2024-10-27")
    assert [(e.actor1, e.actor2) for e in doc.events] == \
        [("Israeli military", "Civilians (Palestine)")]


def test_members_of_crews_detained_are_civilians():
    doc = parse("Israeli forces detained members of our medical teams at Kamal Adwan Hospital "
                "on Monday.", published="2024-10-27")
    assert [(e.actor1, e.actor2) for e in doc.events] == \
        [("Israeli military", "Civilians (Palestine)")]


def test_a_group_told_beside_an_evacuation_order_is_not_the_one_ordered_out():
    doc = parse("Israel killed Hamas leaders in Doha on Monday and ordered all residents of "
                "Gaza City to leave.", published="2024-10-27")
    assert [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == "Evacuation order"] \
        == [("Israeli military", "Civilians (Palestine)")]


@pytest.mark.parametrize("text", [
    "Al Mezan documented shelling of homes in Bani Suheila on Monday.",
    "Israeli tanks continued the shelling of residential areas in Khan Younis on Monday.",
    "An Israeli airstrike destroys a house in Jabalia on Monday; people are under the rubble.",
    "The bombing of a house in Rafah on Monday left a family under the rubble.",
])
def test_shelling_of_homes_or_a_house_destroyed_hits_civilians(text):
    doc = parse(text, published="2024-10-27")
    assert [e.actor2 for e in doc.events] == ["Civilians (Palestine)"]


@pytest.mark.parametrize("text, want", [
    ("Saraya al-Quds: Our mujahideen targeted the occupation army's gathering at the Morag "
     "axis, north of Rafah, with mortar shells.", ("Islamic Jihad", "Israeli military")),
    ("Al-Qassam Brigades: Our fighters shelled an enemy gathering east of Khan Younis with "
     "mortar rounds.", ("Hamas armed wing (al-Qassam Brigades)", "Israeli military")),
    # (a statement told before names whose "our" it is)
    ("Saraya al-Quds: Our fighters clashed with troops in Shejaia. Our mujahideen bombarded "
     "enemy forces advancing east of Khan Younis with short-range rockets.",
     ("Islamic Jihad", "Israeli military")),
    ("Al-Qassam Brigades: Our mujahideen blew up a booby-trapped tunnel on a Zionist "
     "infantry force in Tel al-Sultan.", ("Hamas armed wing (al-Qassam Brigades)",
                                          "Israeli military")),
])
def test_a_groups_own_fighters_told_as_ours_are_the_group_against_the_army(text, want):
    doc = parse(text, published="2024-10-27")
    assert (doc.events[-1].actor1, doc.events[-1].actor2) == want


@pytest.mark.parametrize("text, want", [
    ("The Israeli army acknowledged that four soldiers were killed on Monday in northern Gaza "
     "City, where a fighter placed an explosive device on a tank.",
     ("Palestinian militants", "Israeli military")),
    ("The army admitted that two soldiers were killed in Rafah on Monday in clashes with "
     "Hamas fighters.", ("Hamas", "Israeli military")),
])
def test_the_army_that_acknowledges_its_dead_is_the_side_hit(text, want):
    doc = parse(text, published="2024-10-22")
    assert [(e.actor1, e.actor2) for e in doc.events] == [want]


@pytest.mark.parametrize("text", [
    "IDF says troops in Rafah came under fire from terrorists emerging from a tunnel shaft east "
    "of the city.",
    "The army said troops in Rafah came under fire from gunmen on Monday.",
])
def test_the_armys_troops_under_fire_from_fighters_are_the_ones_hit(text):
    doc = parse(text, published="2024-10-22")
    assert [(e.actor1, e.actor2) for e in doc.events] == \
        [("Palestinian militants", "Israeli military")]


# -- aid set upon by armed men of no group's name -----------------------------------------
@pytest.mark.parametrize("text", [
    "Armed men ambushed a UN aid convoy in Deir al-Balah on Thursday, witnesses said.",
    "An aid convoy was ambushed by armed men in Deir al-Balah on Thursday.",
    "Unknown gunmen ambushed aid trucks near Rafah on Sunday.",
    "Masked gunmen ambushed a WFP convoy in Khan Younis on Monday.",
    "Unidentified assailants attacked aid workers in Khan Younis on Monday.",
    "Armed men ambushed a UN aid convoy in Deir al-Balah on Thursday, killing two drivers.",
])
def test_aid_ambushed_by_unidentified_armed_men_is_their_attack_on_civilians(text):
    (event,) = parse(text, published="2024-06-29").events
    assert (event.event_type, event.actor1, event.actor2) == (
        "Violence against civilians", "Unidentified armed group (Palestine)",
        "Civilians (Palestine)")


@pytest.mark.parametrize("text,actor1", [
    # a side named: its own attack
    ("Hamas gunmen attacked an aid convoy in Rafah on Tuesday.", "Hamas"),
    ("Israeli troops opened fire on an aid convoy in Rafah on Tuesday.", "Israeli military"),
    ("Gunmen opened fire on an aid convoy in Rafah on Tuesday.", "Palestinian militants"),
])
def test_aid_attacked_by_a_side_named_keeps_that_side(text, actor1):
    (event,) = parse(text, published="2024-06-29").events
    assert (event.sub_event_type, event.actor1) == ("Attack", actor1)


@pytest.mark.parametrize("text", [
    "Hamas fighters ambushed an Israeli patrol in Rafah on Sunday.",
    "Qassam fighters ambushed an Israeli military convoy near Bureij on Monday.",
    "Militants ambushed Israeli troops in Jabalia on Monday.",
])
def test_an_ambush_of_the_army_stays_a_clash(text):
    (event,) = parse(text, published="2024-06-29").events
    assert (event.sub_event_type, event.actor2) == ("Armed clash", "Israeli military")


# -- who tells the news is no party to it ---------------------------------------------
@pytest.mark.parametrize("text", [
    "An Israeli airstrike killed 12 people in Nuseirat on Sunday, Hamas-affiliated media said.",
    "An Israeli attack near an aid site killed at least 30 people in Rafah, WAFA and "
    "Hamas-affiliated media said on Sunday.",
    "The Ministry of Health affiliated with Hamas said on Wednesday that dozens were killed in "
    "an Israeli airstrike on Jabalia refugee camp.",
    "Hamas-aligned news outlets said an Israeli drone strike killed four people in Bani "
    "Suheila on Monday.",
])
def test_a_source_affiliated_with_hamas_is_not_the_party_hit(text):
    events = parse(text, published="2024-03-22").events
    assert events and all(e.actor2 != "Hamas" for e in events)


def test_gunmen_affiliated_with_hamas_are_still_the_party():
    (event,) = parse("Gunmen affiliated with Hamas opened fire on Israeli troops in Rafah on "
                     "Sunday.", published="2024-03-22").events
    assert event.actor1 == "Hamas"


# -- the army's machines named as what was hit -----------------------------------------
@pytest.mark.parametrize("text", [
    "Hamas fighters hit an Israeli Apache helicopter with a SAM rocket in Bureij on Saturday.",
    "The Qassam Brigades said its fighters targeted a Merkava tank with an explosive device "
    "in Jabalia on Saturday.",
    "Al-Quds Brigades said its fighters targeted a D9 bulldozer with an explosive device in "
    "Khan Younis on Saturday.",
])
def test_an_israeli_tank_helicopter_or_bulldozer_hit_makes_the_army_the_side_hit(text):
    events = parse(text, published="2025-01-04").events
    assert events and all(e.actor2 == "Israeli military" for e in events)


def test_a_helicopter_named_with_no_army_is_not_the_army_hit():
    events = parse("A medical helicopter was hit by gunfire in Rafah on Saturday.",
                   published="2025-01-04").events
    assert all(e.actor2 != "Israeli military" for e in events)
