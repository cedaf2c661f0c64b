"""parse() on the real seed report and on hostile input."""

from __future__ import annotations

import math
import unicodedata
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import Point

from geoevents import Gazetteer, ParsedReport, ReportFormatError, find_places, parse


@pytest.fixture(scope="module")
def doc(seed) -> ParsedReport:
    return parse(seed["text"], published=seed["published"], report_id=seed["id"])


def _events(doc, **fields):
    return [e for e in doc.events if all(getattr(e, k) == v for k, v in fields.items())]


def test_mention_offsets_point_into_the_text(doc):
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.surface


def test_shejaia_close_quarters_fighting(doc):
    battles = _events(doc, place_id="neighbourhood:shujaiyya", event_type="Battles")
    assert battles, [e.location for e in doc.events]
    assert battles[0].geo_precision == 1
    assert battles[0].admin1 == "Gaza"
    assert battles[0].event_date == "2024-06-29"


def test_two_soldiers_killed_in_northern_gaza(doc):
    ev = _events(doc, fatalities=2)
    assert len(ev) == 1
    assert ev[0].location == "northern Gaza" and ev[0].geo_precision == 3


def test_35_killed_by_airstrikes_strip_level(doc):
    ev = _events(doc, fatalities=35)
    assert len(ev) == 1
    e = ev[0]
    assert e.sub_event_type == "Air/drone strike"
    assert e.event_date == "2024-06-29"
    assert e.geo_precision == 3 and e.place_id == "strip:gaza-strip"
    assert e.location != "Gaza City"


def test_rafah_operations_and_displacement(doc):
    rafah = _events(doc, place_id="city:rafah")
    kinds = {e.sub_event_type for e in rafah}
    assert "Displacement" in kinds
    assert kinds & {"Armed clash", "Attack", "Air/drone strike"}
    assert any("casualties" in e.notes for e in rafah)


def test_out_of_area_mentions(doc):
    outside = {m.name for m in doc.mentions if m.place_id and not m.in_gaza}
    assert {"Cairo", "Beirut", "Iran", "United States"} <= outside


def test_no_event_outside_the_strip(doc):
    gaz = Gazetteer.default()
    strip = gaz.polygon("strip:gaza-strip")
    for e in doc.events:
        assert gaz[e.place_id].in_gaza
        assert strip.distance(Point(e.longitude, e.latitude)) < 0.005


def test_cumulative_toll_is_not_an_event(doc):
    assert all(e.fatalities != 38000 for e in doc.events)


def test_event_ids_are_stable(seed, doc):
    again = parse(seed["text"], published=seed["published"], report_id=seed["id"])
    assert [e.event_id for e in again.events] == [e.event_id for e in doc.events]
    assert len({e.event_id for e in doc.events}) == len(doc.events)


def test_without_published_relative_dates_stay_null(seed):
    doc = parse(seed["text"])
    assert doc.events
    assert all(e.event_date is None for e in doc.events)


def test_unknown_toponym_is_reported_unresolved():
    doc = parse("Heavy shelling was reported near Qaryat Zzzyx on Monday.")
    unresolved = [m for m in doc.mentions if m.place_id is None]
    assert [m.surface for m in unresolved] == ["Qaryat Zzzyx"]


@pytest.mark.parametrize("text,names", [
    ("Leaflets ordered the neighborhoods of Al-Salam, Al-Nour, Jabalia Camp and Al-Zuhour to "
     "evacuate.", ["Al-Salam", "Al-Nour", "Jabalia Camp", "Al-Zuhour"]),
    ("Several areas in the east, including Cura al-Lut, Ash-Sheikh Nasir, and Khuza'a, were "
     "shelled.", ["Cura al-Lut", "Ash-Sheikh Nasir", "Khuza'a"]),
    ("The order named the towns of Nuseirat, Al-Bawadi and Abu Hurayra.",
     ["Nuseirat", "Al-Bawadi", "Abu Hurayra"]),
])
def test_each_name_of_a_list_of_areas_is_a_mention(text, names):
    assert [m.surface for m in parse(text).mentions] == names


def test_unknown_names_listed_as_areas_are_not_loosely_respelled():
    # "Al-Rawda" is no spelling of al-Awda, "Al-Jeneina" none of Jenin (in the West Bank)
    doc = parse("The army ordered the neighbourhoods of Al-Rawda, Al-Jeneina and Al-Amal to "
                "leave.")
    assert [(m.surface, m.place_id) for m in doc.mentions][:2] == [("Al-Rawda", None),
                                                                  ("Al-Jeneina", None)]


@pytest.mark.parametrize("text", [
    "The Popular Front for the Liberation of Palestine (PFLP) said a member was killed.",
    "The IDF and the Coordinator of Government Activities in the Territories (COGAT) said so.",
    "COGAT (Coordination of Government Activities in the Territories: Judea and Samaria and "
    "Towards the Gaza Strip) said 80 trucks entered.",
])
def test_a_name_inside_an_organisation_spelled_out_beside_its_acronym_is_no_mention(text):
    assert not parse(text).mentions


def test_word_boundaries():
    assert not parse("The Rafahi family and Gazan officials spoke.").mentions


def test_nested_names_pick_the_specific_place():
    doc = parse("Strikes hit the Shejaia neighbourhood of Gaza City on 3 July 2024.")
    assert [e.location for e in doc.events] == ["Shejaia"]


def test_listed_places_each_get_an_event():
    doc = parse("Airstrikes on 5 May 2024 hit Khan Younis, Deir al-Balah and Beit Lahia.")
    assert {e.location for e in doc.events} == {"Khan Younis", "Deir al-Balah", "Beit Lahia"}


def test_irrealis_is_not_an_event():
    doc = parse("Hamas said any agreement must halt the fighting in Rafah.",
                published="2024-06-01")
    assert doc.events == ()


@pytest.mark.parametrize("text", [
    "", "   \n\t ", "<html><body><p>Strikes in <b>Rafah</b></p><script>x()</script></body>",
    "غارات إسرائيلية على خان يونس", "Ceci n'est pas un rapport.", "\x00\x01\x02 Rafah \x7f",
    "No places here at all.", "Gaza " * 10,
])
def test_bad_or_odd_input_gives_a_valid_result(text):
    doc = parse(text)
    assert isinstance(doc, ParsedReport)
    for m in doc.mentions:
        assert text[m.start:m.end] == m.surface


def test_five_megabytes_of_text(seed):
    text = (seed["text"] * (5_000_000 // len(seed["text"]) + 1))[:5_000_000]
    doc = parse(text, published=seed["published"])
    # The same report repeated: the same events, merged per (date, place, type).
    once = parse(seed["text"], published=seed["published"])
    assert {(e.place_id, e.sub_event_type) for e in doc.events} == \
        {(e.place_id, e.sub_event_type) for e in once.events}


def test_non_string_text_is_a_clear_error():
    with pytest.raises(ReportFormatError, match="report 'r9'.*string"):
        parse(b"bytes", report_id="r9")


def test_unreadable_published_is_a_clear_error():
    for bad in ("not a date", "2024-02-30", "June 29, 2024", 20240101):
        with pytest.raises(ReportFormatError, match="r1.*published"):
            parse("Airstrikes hit Rafah.", published=bad, report_id="r1")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(), max_size=400),
       st.sampled_from([None, "2024-06-29", "2024-06-29T23:59:00Z"]))
def test_parse_never_crashes(text, published):
    doc = parse(text, published=published)
    for m in doc.mentions:
        assert text[m.start:m.end] == m.surface
    for e in doc.events:
        assert e.latitude is not None


PLACE_WORDS = ["Rafah", "Gaza", "Shejaia", "Khan Younis", "northern Gaza", "al-Mawasi",
               "Cairo", "killed", "35", "airstrikes", "on Saturday", "yesterday", ",", ".",
               "Jabalia refugee camp", "at least", "people", "in", "near", "\n\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PLACE_WORDS), max_size=40))
def test_parse_word_salad(words):
    text = " ".join(words)
    doc = parse(text, published="2024-06-29")
    for e in doc.events:
        assert Gazetteer.default()[e.place_id].in_gaza
        assert e.event_date is None or e.event_date <= "2024-06-30"


# Report-like sentences built from templates: random text rarely forms a date phrase, a
# count or a place, so the rules that read them (a day moved a year back, a month's last
# day, a toll told in words) are reached here instead.
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December", "Jan", "Feb", "Feb.", "Mar",
           "Apr", "Jun", "Sept", "Sep", "Oct", "Nov", "Dec", "Dec."]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_GAZA = ["Rafah", "Khan Younis", "Jabalia camp", "al-Mawasi", "Shejaia", "Deir al-Balah",
         "Beit Lahia", "Nuseirat", "Zeitoun", "Gaza City", "northern Gaza", "Tal al-Sultan",
         "the Rafah crossing", "Jabalia refugee camp", "Bureij", "Beit Hanoun"]
_CROSSINGS = ["The Rafah crossing has been", "All crossings into Gaza have been",
              "Kerem Shalom has remained", "The crossings had been"]
_COUNT_WORDS = ["one", "two", "three", "eleven", "twenty", "a dozen", "dozens", "hundreds",
                "scores", "several", "a hundred", "thousands"]


@st.composite
def _a_date(draw) -> str:
    # the edges of months drawn often: February and the 29th to the 31st
    month = draw(st.sampled_from(["February", "Feb"]) | st.sampled_from(_MONTHS))
    day = draw(st.sampled_from([0, 1, 28, 29, 30, 31, 32]) | st.integers(0, 32))
    year = draw(st.none() | st.integers(1999, 2031))
    tail = "" if year is None else f", {year}"
    if draw(st.booleans()):
        return f"{month} {day}{tail}"
    return f"{day} {month}{'' if year is None else f' {year}'}"


@st.composite
def _a_when(draw) -> str:
    return draw(st.one_of(
        _a_date().map(lambda d: f"on {d}"),
        st.sampled_from(_WEEKDAYS).map(lambda w: f"on {w}"),
        st.sampled_from(_WEEKDAYS).map(lambda w: f"last {w}"),
        st.sampled_from(["yesterday", "last night", "overnight", "earlier this week",
                         "this morning", "on Saturday night"]),
        st.integers(0, 400).map(lambda n: f"{n} days earlier"),
        st.integers(0, 400).map(lambda n: f"{n} days ago"),
        st.tuples(st.sampled_from(["late", "early", "mid-"]), st.sampled_from(_MONTHS))
        .map(lambda t: f"in {t[0]} {t[1]}".replace("- ", "-")),
        _a_date().map(lambda d: f"since {d}"),
        st.sampled_from(_MONTHS).map(lambda m: f"since {m}"),
    ))


@st.composite
def _a_count(draw) -> str:
    return draw(st.one_of(
        st.integers(0, 10**30).map(str),
        st.integers(0, 10**7).map(lambda n: f"{n:,}"),
        st.sampled_from(_COUNT_WORDS),
        st.tuples(st.integers(0, 10**6), st.integers(0, 10**6))
        .map(lambda t: f"between {t[0]} and {t[1]}"),
        st.integers(0, 5000).map(lambda n: f"at least {n}"),
    ))


@st.composite
def _a_sentence(draw) -> str:
    place, when, n = draw(st.sampled_from(_GAZA)), draw(_a_when()), draw(_a_count())
    date_ = draw(_a_date())
    templates = [
        f"An Israeli strike on {place} killed {n} people {when}.",
        f"Shelling in {place} {when} wounded {n}, medics said.",
        f"{n.capitalize()} Palestinians were killed and {draw(_a_count())} wounded in "
        f"{place} {when}.",
        f"The army issued an evacuation order for {place} {when}.",
        f"{n} aid trucks entered through {place} {when}.",
        f"Troops arrested {n} men in {place} {when}.",
        f"The ceasefire that took effect on {date_} collapsed when airstrikes hit {place} "
        f"{when}.",
        f"Since the truce took effect on {date_}, {n} people have been killed in {place}.",
        f"The {n} hostages taken on {date_} were held in {place}, the army said {when}.",
        f"{draw(st.sampled_from(_CROSSINGS))} closed since {date_}, and {n} were killed in "
        f"{place} {when}.",
        f"Residents of {place} said {n} people died in a strike {when}, {draw(_a_when())}.",
    ]
    return draw(st.sampled_from(templates))


_PUBLISHED = st.one_of(
    st.none(),
    st.sampled_from(["2024-02-29", "2020-02-29", "2028-02-29", "2024-01-01", "2023-12-31",
                     "2024-12-31", "2025-01-01", "2024-03-01", "2023-03-01", "2024-02-10",
                     "2025-02-28", "2024-01-15", "2025-03-01", "2024-04-30"]),
    # the first months of a leap year and of the year after one
    st.dates(min_value=date(2024, 1, 1), max_value=date(2025, 3, 31)).map(date.isoformat),
    st.dates(min_value=date(1999, 1, 1), max_value=date(2031, 12, 31)).map(date.isoformat),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_a_sentence(), min_size=1, max_size=4), _PUBLISHED)
def test_parse_never_crashes_on_report_like_sentences(sentences, published):
    text = " ".join(sentences)
    doc = parse(text, published=published)
    for e in doc.events:
        assert e.event_date is None or date.fromisoformat(e.event_date).isoformat() == \
            e.event_date
        assert e.time_precision in (1, 2, 3)
        for count in (e.fatalities, e.injuries):
            assert count is None or (isinstance(count, int) and count >= 0)
        for coord in (e.latitude, e.longitude):
            assert coord is None or math.isfinite(coord)


def test_a_closure_since_29_february_in_a_leap_year_report_before_that_day():
    # the day is moved a year back, to a year with no 29 February
    doc = parse("The Rafah crossing has been closed since 29 February.", published="2024-02-10")
    assert isinstance(doc, ParsedReport)

def test_html_is_read_as_its_text():
    page = ("<html><head><script>var city='Rafah';</script><style>p{}</style></head><body>"
            "<h1>Strikes</h1><p>An Israeli airstrike on <b>Khan&nbsp;Younis</b> killed 12 "
            "people on Monday.</p></body></html>")
    doc = parse(page, published="2024-07-02")
    assert [m.name for m in doc.mentions] == ["Khan Younis"]  # not the script's Rafah
    m = doc.mentions[0]
    assert page[m.start:m.end] == m.surface == "Khan&nbsp;Younis"
    assert [(e.location, e.fatalities, e.event_date) for e in doc.events] == [
        ("Khan Younis", 12, "2024-07-01")]
    assert "<" not in doc.events[0].notes


def test_coordinated_names_share_their_noun():
    doc = parse("On 28 October the vicinities of Shifa and Al Quds hospitals in Gaza City "
                "were bombarded.", published="2023-10-29")
    assert [m.name for m in doc.mentions] == ["Al-Shifa Hospital", "Al-Quds Hospital",
                                              "Gaza City"]
    assert {e.location for e in doc.events} == {"Al-Shifa Hospital", "Al-Quds Hospital"}


@pytest.mark.parametrize("text, names", [
    ("Airstrikes were intense in Bureij, Maghazi and Nuseirat refugee camps.",
     ["Bureij Camp", "Maghazi Camp", "Nuseirat Camp"]),
    ("Bodies were brought to the Nasser, Al-Aqsa and Al-Ahli hospitals.",
     ["Nasser Medical Complex", "Al-Aqsa Martyrs Hospital", "Al-Ahli Arab Hospital"]),
    # "the" before the last item
    ("WHO missions were allowed to reach Kamal Adwan, al-Awda and the Indonesian hospitals.",
     ["Kamal Adwan Hospital", "Al-Awda Hospital (Jabalia)", "Indonesian Hospital"]),
    ("Israeli forces besieged the Kamal Adwan and the Indonesian hospitals.",
     ["Kamal Adwan Hospital", "Indonesian Hospital"]),
])
def test_every_item_of_a_longer_list_shares_its_noun(text, names):
    assert [m.name for m in parse(text, published="2024-06-21").mentions] == names


@pytest.mark.parametrize("text, names", [
    # a list the plural noun opens: its names are the sites (not the quarter Madinat al-Awda)
    ("Only two hospitals, Kamal Adwan and Al Awda, remain functional.",
     ["Kamal Adwan Hospital", "Al-Awda Hospital (Jabalia)"]),
    ("Two hospitals, Al Awda and Kamal Adwan, remain partly functional.",
     ["Al-Awda Hospital (Jabalia)", "Kamal Adwan Hospital"]),
    ("Staff said hospitals such as Kamal Adwan and Al Awda were hit.",
     ["Kamal Adwan Hospital", "Al-Awda Hospital (Jabalia)"]),
    ("Troops raided the hospitals of Kamal Adwan, Al Awda and the Indonesian.",
     ["Kamal Adwan Hospital", "Al-Awda Hospital (Jabalia)", "Indonesian Hospital"]),
    ("Three hospitals – Kamal Adwan, Al Awda and the Indonesian – were raided.",
     ["Kamal Adwan Hospital", "Al-Awda Hospital (Jabalia)", "Indonesian Hospital"]),
    # the al-Awda of the list's other sites: Nuseirat's beside those of the south and centre
    ("The wounded were taken to the Al Awda and Al Aqsa hospitals.",
     ["Al-Awda Hospital (Nuseirat)", "Al-Aqsa Martyrs Hospital"]),
    ("Nasser, Al-Aqsa and Al-Awda hospitals are overwhelmed.",
     ["Nasser Medical Complex", "Al-Aqsa Martyrs Hospital", "Al-Awda Hospital (Nuseirat)"]),
    ("The Indonesian and Al-Awda hospitals were raided.",
     ["Indonesian Hospital", "Al-Awda Hospital (Jabalia)"]),
    # (near misses: where hospitals are, not their names; a noun list; the quarter itself)
    ("The hospitals of Gaza City, Khan Younis and Rafah were hit.",
     ["Gaza City", "Khan Younis", "Rafah"]),
    ("Its hospitals, schools and shelters in Rafah were hit.", ["Rafah"]),
    ("Residents of Al Awda were told to leave.", ["Madinat al-Awda"]),
])
def test_a_list_of_hospitals_names_its_sites(text, names):
    assert [m.name for m in parse(text, published="2024-06-21").mentions] == names


def test_strikes_near_a_list_of_sites_are_near_each():
    doc = parse("Strikes hit near the al-Aqsa, al-Awda and Nasser hospitals on Friday.",
                published="2024-06-29")
    assert [(e.location, e.geo_precision) for e in doc.events] == [
        ("Al-Aqsa Martyrs Hospital", 2), ("Al-Awda Hospital (Nuseirat)", 2),
        ("Nasser Medical Complex", 2)]
    doc = parse("Shelling hit Rafah, Khan Younis and Deir al-Balah on Friday.",
                published="2024-06-29")
    assert {e.geo_precision for e in doc.events} == {1}


def test_a_place_before_a_list_that_shares_a_noun_keeps_its_own_sense():
    # "In Gaza City, ...": no camp of Gaza City, the city stays the city
    doc = parse("In Gaza City, Bureij and Nuseirat camps were hit.", published="2024-06-21")
    assert [m.name for m in doc.mentions] == ["Gaza City", "Bureij Camp", "Nuseirat Camp"]


def test_lone_surrogates_and_astral_characters():
    # Text decoded with errors="surrogateescape" can carry lone surrogates.
    text = "\ud800 Airstrikes hit Rafah \U0001F600 and Khan Younis \udfff, killing 5 people."
    doc = parse(text, published="2024-06-29")
    assert [text[m.start:m.end] for m in doc.mentions] == ["Rafah", "Khan Younis"]
    assert {e.location for e in doc.events} == {"Rafah", "Khan Younis"}


@pytest.mark.parametrize("text", [
    "Strikes hit (in Jabalyia camp).", "Strikes hit people\u00a0in Jabalyia camp.",
    "Clashes were reported in Jabalyia\nResidents said the camp was hit.",
])
def test_a_candidate_after_any_word_boundary_stays_on_its_line(text):
    # "Jabalyia" is not a listed spelling: the fuzzy tiers resolve the candidate.
    names = [(m.surface, m.name) for m in find_places(text).mentions]
    assert ("Jabalyia", "Jabalia") in names


@pytest.mark.parametrize("text,expected", [
    ("Israeli strikes hit Rafah Tuesday, killing 12 people.", [("Rafah", "city:rafah", None)]),
    ("In Jabalia Hamas fighters clashed with troops.", [("Jabalia", "city:jabalia", None)]),
    ("Tanks moved into northern Gaza City.", [("Gaza City", "city:gaza", "northern")]),
    ("Shelling northeast of Khan Younis.", [("Khan Younis", "city:khan-yunis", "northeast of")]),
    ("Jabalia and Nuseirat camps were hit.", [("Jabalia", "camp:jabalia-camp", None),
                                              ("Nuseirat", "camp:nuseirat-camp", None)]),
    ("Fighting near Nasser and European hospitals.",
     [("Nasser", "hospital:nasser-medical-complex", None),
      ("European", "hospital:european-gaza-hospital", None)]),
    # Al Jazeera's spelling of the al-Shoka quarter of Shokat as-Sufi, east of Rafah
    ("Families from al-Shawka loaded their belongings onto carts.",
     [("al-Shawka", "village:shokat-as-sufi", None)]),
    ("Shelling east of Johr al-Dik.", [("Johr al-Dik", "village:juhor-ad-dik", "east of")]),
])
def test_how_reports_write_places(text, expected):
    got = [(m.surface, m.place_id, m.qualifier) for m in find_places(text).mentions]
    assert got == expected


@pytest.mark.parametrize("page", [
    "<p title='Gaza > Rafah'>Strikes hit Khan Younis.</p>",  # ">" inside an attribute
    '<p>Strikes hit Khan Younis.</p><script>var city = "Rafah"',  # unclosed script
    "<p>Strikes hit Khan Younis.</p><!-- Rafah",  # unclosed comment
])
def test_markup_that_is_not_text_stays_out(page):
    assert [m.surface for m in find_places(page).mentions] == ["Khan Younis"]


def test_names_that_continue_a_list_of_places():
    text = ("Airstrikes were reported in Ar Rimal, Ash Shujai’yeh, and Ad Daraj areas of "
            "Gaza city.")
    got = [(m.surface, m.place_id) for m in find_places(text).mentions]
    assert got == [("Ar Rimal", "neighbourhood:rimal"),
                   ("Ash Shujai’yeh", "neighbourhood:shujaiyya"),
                   ("Ad Daraj", None), ("Gaza city", "city:gaza")]


@pytest.mark.parametrize("text", [
    "A resident of Nuseirat and Abu Ubaida, a spokesperson, said so.",
    "The coordinator for the Occupied Palestinian Territory, Lynn Hastings, said so.",
])
def test_a_person_after_a_place_is_not_a_listed_place(text):
    assert all(m.place_id is not None for m in find_places(text).mentions)


def test_a_school_named_with_its_kind():
    text = "The army bombed the Abu Hussein primary school in Jabalia refugee camp."
    assert [m.place_id for m in find_places(text).mentions] == [
        "facility:abu-hussein-school", "camp:jabalia-camp"]


@pytest.mark.parametrize("text,expected", [
    ("Strikes hit Al Bureij and Al Maghazi, both in Deir Al Balah.",
     "governorate:deir-al-balah-governorate"),
    ("Strikes hit Abasan al-Kabira, Khan Younis.", "governorate:khan-younis-governorate"),
    ("Strikes hit the Nasser Hospital in Khan Younis.", "city:khan-yunis"),
    ("Strikes hit Shati camp in Gaza City.", "city:gaza"),
])
def test_a_town_or_camp_of_its_own_lies_in_the_governorate_not_the_city(text, expected):
    assert find_places(text).mentions[-1].place_id == expected


@pytest.mark.parametrize("text,expected", [
    ("A strike hit a house in Bani Suhaila, east of Khan Younis.", "city:khan-yunis"),
    ("Shelling hit al-Qarara, north-east of Khan Younis, on Monday.", "city:khan-yunis"),
    ("The fatalities at the Maghazi camp, east of Deir al-Balah, included 12 women.",
     "city:deir-al-balah"),
    ("Tanks fired on Abasan al-Kabira town southeast of Khan Younis.", "city:khan-yunis"),
    # (placed in the name, not beside it: the governorate)
    ("A strike hit a house in Abasan in Khan Younis.", "governorate:khan-younis-governorate"),
])
def test_a_town_placed_by_its_direction_from_a_city_is_beside_the_city(text, expected):
    assert find_places(text).mentions[-1].place_id == expected


def test_the_northern_parts_of_the_strip_are_northern_gaza():
    text = "Fighting continued in the northern parts of Gaza Strip."
    assert [m.place_id for m in find_places(text).mentions] == ["region:northern-gaza"]


def test_names_listed_after_camps_are_the_camps():
    text = "Airstrikes hit three refugee camps: Al Bureij and Al Maghazi."
    assert [m.place_id for m in find_places(text).mentions] == [
        "camp:bureij-camp", "camp:maghazi-camp"]


def test_an_unknown_spelling_after_in_the_with_an_article():
    text = "The airstrike in the al-Tabeen school compound killed dozens."
    assert [m.place_id for m in find_places(text).mentions] == ["facility:al-tabiin-school"]


@pytest.mark.parametrize("text,expected", [
    ("An attack hit a tent camp in al-Mawasi, Rafah Governorate.", "area:al-mawasi-rafah"),
    ("Strikes hit al-Mawasi, Khan Younis governorate.", "area:al-mawasi-khan-younis"),
])
def test_the_part_of_an_area_in_the_governorate_named_after_it(text, expected):
    assert find_places(text).mentions[0].place_id == expected


@pytest.mark.parametrize("text,expected", [
    ("Heavy fighting was reported in the middle areas.", ["region:central-gaza"]),
    ("One UNRWA colleague was killed in the North area due to strikes.",
     ["region:northern-gaza"]),
    ("Civilians were shot at Gaza Humanitarian Foundation sites in Rafah.", ["city:rafah"]),
    ("The middle area of the room was dark.", []),
])
def test_un_area_names(text, expected):
    assert [m.place_id for m in find_places(text).mentions] == expected


def test_a_lowercase_word_is_no_arabic_article():
    text = "Strikes hit the Kamal Adwan Hospital, as Israeli forces encircle it."
    assert [m.surface for m in find_places(text).mentions] == ["Kamal Adwan Hospital"]


@pytest.mark.parametrize("text,expected", [
    ("Israeli strikes hit Rafah. (The Times of Israel)", ["Rafah"]),
    ("Aid drops continue over Gaza City. (ABC News Australia) (Reuters)", ["Gaza City"]),
    ("Strikes hit Rafah (southern Gaza) on Monday.", ["Rafah", "southern Gaza"]),
])
def test_a_news_outlet_credited_in_brackets_is_no_place(text, expected):
    assert [m.surface for m in find_places(text).mentions] == expected


@pytest.mark.parametrize("text,expected", [
    ("The UN Relief and Works Agency for Palestine Refugees in the Near East (UNRWA) said so.",
     []),
    ("More than 200,000 Palestine Refugees in the West Bank need help.", ["the West Bank"]),
])
def test_a_place_that_ends_an_agencys_name(text, expected):
    assert [m.surface for m in find_places(text).mentions] == expected


@pytest.mark.parametrize("text,expected", [
    ("11 neighbourhoods across Gaza and North Gaza governorates",
     ["governorate:gaza-governorate", "governorate:north-gaza"]),
    ("The orders cover areas in North Gaza and Deir Al-Balah governorates.",
     ["governorate:north-gaza", "governorate:deir-al-balah-governorate"]),
    ("in Rafah, Khan Younis and Deir al Balah governorates",
     ["governorate:rafah-governorate", "governorate:khan-younis-governorate",
      "governorate:deir-al-balah-governorate"]),
    # alone, the same names are the city and the Strip
    ("Strikes hit Khan Younis and Gaza.", ["city:khan-yunis", "strip:gaza-strip"]),
])
def test_names_listed_before_governorates_are_governorates(text, expected):
    assert [m.place_id for m in find_places(text).mentions] == expected


@pytest.mark.parametrize("text", [
    "The donor restores €35 million (US$38 million) of funding for UNRWA.",
    "The spokesperson of the United States Department of State resigns.",
    "Four U.S. Army vessels wash up on the beach.",
])
def test_a_currency_or_an_agency_name_is_no_country(text):
    assert find_places(text).mentions == ()


def test_a_named_road_is_a_mention_even_unknown():
    found = find_places("Israeli tanks blocked Al Rashid road along the coast and Salah Ad Din "
                        "road, and the Main Road near Omar Al-Mukhtar Street in Rimal.").mentions
    assert [(m.surface, m.place_id) for m in found] == [
        ("Al Rashid road", None), ("Salah Ad Din road", None),
        ("Omar Al-Mukhtar Street", None), ("Rimal", "neighbourhood:rimal")]
    assert find_places("In the Strip, people are hungry.").mentions == ()


def test_directions_listed_before_a_region_share_its_gaza():
    found = find_places("Hunger rises in northern, central and southern Gaza.").mentions
    assert [(m.surface, m.place_id) for m in found] == [
        ("northern", "region:northern-gaza"), ("central", "region:central-gaza"),
        ("southern Gaza", "region:southern-gaza")]
    assert [m.surface for m in find_places("the southern and eastern parts of Rafah").mentions] \
        == ["Rafah"]


@pytest.mark.parametrize("text,expected", [
    ("The IDF bombed the Shuhada al-Aqsa mosque in Deir al-Balah.",
     [("Shuhada al-Aqsa mosque", None), ("Deir al-Balah", "city:deir-al-balah")]),
    ("The Al-Aqsa hospital was hit.", [("Al-Aqsa hospital", "facility:al-aqsa-martyrs-hospital")]),
    ("The IDF bombed a home in the Gazan city of Khan Yunis.",
     [("Khan Yunis", "city:khan-yunis")]),
])
def test_a_site_of_another_kind_and_a_demonym_are_not_the_place(text, expected):
    assert [(m.surface, m.place_id) for m in find_places(text).mentions] == expected


def test_a_name_followed_by_a_country_is_its_namesake_there():
    text = ("A convoy was struck en route from al-Shifa Hospital to Rafah, Egypt. Later, "
            "strikes hit Rafah, on the border with Egypt.")
    rafahs = [m for m in find_places(text).mentions if m.surface == "Rafah"]
    assert [(m.name, m.in_gaza) for m in rafahs] == [("Rafah (Egypt)", False), ("Rafah", True)]


def test_an_unknown_name_in_the_possessive_is_a_persons():
    text = "The journalists were killed near Ismail Haniyeh's home in the Gaza Strip."
    assert [m.surface for m in find_places(text).mentions] == ["Gaza Strip"]


@pytest.mark.parametrize("text,expected", [
    ("The army bombed the UN-run Al-Jawni school in the Nuseirat refugee camp.",
     [("Al-Jawni school", None), ("Nuseirat refugee camp", "Nuseirat Camp")]),
    ("Strikes hit the Yassin mosque in Shati.", [("Yassin mosque", None), ("Shati", "Beach Camp")]),
    ("Five were killed in an airstrike on the Maghazi Secondary Girls School.", []),
])
def test_a_named_school_or_mosque_unknown_to_the_gazetteer_is_an_unresolved_mention(text,
                                                                                    expected):
    assert [(m.surface, m.name) for m in find_places(text).mentions] == expected


def test_what_passes_through_rafah_passes_the_crossing():
    doc = find_places("On 31 October, 59 trucks entered the Gaza Strip through Rafah.")
    assert [m.place_id for m in doc.mentions if m.surface == "Rafah"] == ["crossing:rafah-crossing"]


@pytest.mark.parametrize("text,expected", [
    ("The Rafah, Kerem Shalom and Erez crossings remained closed.", "crossing:rafah-crossing"),
    ("Critical land routes of Kerem Shalom and Rafah were closed.", "crossing:rafah-crossing"),
    ("For the first time since 10 October, Rafah has opened for people.",
     "crossing:rafah-crossing"),
    ("Fighting in Rafah closed schools.", "city:rafah"),
    ("Strikes hit Rafah and Khan Younis.", "city:rafah"),
])
def test_rafah_is_the_crossing_when_listed_with_crossings_or_opened(text, expected):
    doc = find_places(text)
    assert [m.place_id for m in doc.mentions if m.surface == "Rafah"] == [expected]


@pytest.mark.parametrize("text,surface,place_id", [
    ("notably around the Kerem Shalom and Rafah Crossings.", "Rafah Crossings",
     "crossing:rafah-crossing"),
    ("especially in Al Maghazi and An Nuseirat Refugee Camps.", "An Nuseirat Refugee Camps",
     "camp:nuseirat-camp"),
])
def test_a_name_with_its_noun_in_the_plural_is_still_that_place(text, surface, place_id):
    assert (surface, place_id) in [(m.surface, m.place_id) for m in find_places(text).mentions]


def test_directions_listed_before_areas_of_gaza_share_them():
    doc = find_places("Crowds broke into UNRWA warehouses in the middle and southern areas of "
                      "Gaza.")
    assert [m.place_id for m in doc.mentions] == ["region:central-gaza", "region:southern-gaza"]


def test_a_town_named_after_its_crossing_keeps_its_own_sense_after_in():
    from geoevents import find_places

    text = ("Supplies entered Gaza through both the Rafah and Kerem Shalom crossings. WFP "
            "distributed hot meals in three locations in Rafah. Trucks also crossed at Rafah.")
    assert [m.place_id for m in find_places(text).mentions if m.surface == "Rafah"] == [
        "crossing:rafah-crossing", "city:rafah", "crossing:rafah-crossing"]


def test_angle_brackets_that_are_no_html_element_stay_text():
    text = ("Report <draft> An Israeli airstrike hit a house in Rafah on 3 June, killing five. "
            "Source <https://example.org/report>.")
    doc = parse(text, published="2024-06-05")
    assert [e.notes for e in doc.events] == [
        "Report <draft> An Israeli airstrike hit a house in Rafah on 3 June, killing five."]
    assert [text[m.start:m.end] for m in doc.mentions] == ["Rafah"]


def test_a_gaza_city_in_lower_case_after_an_article_is_any_city_of_gaza():
    names = [m.name for m in find_places("The army ordered the evacuation of eastern Rafah, a "
                                         "southern Gaza city where it has expanded operations.")
             .mentions]
    assert "Gaza City" not in names and "Rafah" in names
    assert "Gaza City" in [m.name for m in find_places("Strikes hit a Gaza City school.")
                           .mentions]


@pytest.mark.parametrize("text, name", [
    ("Israel pulled its ground troops out of the southern Gaza city on Sunday.",
     "southern Gaza"),
    ("Strikes hit the central Gaza city's main market on Monday.", "central Gaza"),
    # a direction of Gaza City itself: capitalised, or before the noun it qualifies
    ("Strikes hit the northern Gaza City district on Monday.", "Gaza City"),
    ("Strikes hit the northern Gaza city neighbourhood of Sheikh Radwan.", "Gaza City"),
])
def test_the_gaza_city_of_a_direction_in_lower_case_is_a_city_told_before(text, name):
    names = [m.name for m in find_places(text).mentions]
    assert name in names and (name == "Gaza City" or "Gaza City" not in names)


@pytest.mark.parametrize("text, name", [
    ("Troops killed dozens of militants in Gaza's north in the past day.", "northern Gaza"),
    ("Strikes hit Gaza's south on Monday.", "southern Gaza"),
    ("Gaza's north and south were hit.", "Gaza Strip"),
])
def test_the_strips_side_told_by_a_possessive_is_its_region(text, name):
    assert name in [m.name for m in find_places(text).mentions]


@pytest.mark.parametrize("text, name", [
    ("Four soldiers died in the southern Strip on Monday.", "southern Gaza"),
    ("Israeli jets struck the central Strip on Monday.", "central Gaza"),
    # a line break inside the name
    ("Fighting spread across the southern\nStrip on Monday.", "southern Gaza"),
])
def test_a_side_of_the_strip_named_alone_is_its_region(text, name):
    assert [m.name for m in find_places(text).mentions] == [name]


@pytest.mark.parametrize("text, names", [
    ("Strikes hit north and south Gaza on Monday.", ["northern Gaza", "southern Gaza"]),
    ("Shelling was reported in North or South Gaza overnight.",
     ["northern Gaza", "southern Gaza"]),
    ("Strikes hit northern, central and southern Gaza.",
     ["northern Gaza", "central Gaza", "southern Gaza"]),
])
def test_a_bare_direction_listed_before_a_region_shares_its_name(text, names):
    assert [m.name for m in find_places(text).mentions] == names


@pytest.mark.parametrize("text", ["Israeli strikes hit the Khan Younis Region on Monday.",
                                  "Israeli strikes hit the Khan Younis region on Monday.",
                                  "Israeli strikes hit the Khan Younis PROVINCE on Monday."])
def test_a_city_before_region_in_any_case_is_its_governorate(text):
    assert [m.place_id for m in find_places(text).mentions] == [
        "governorate:khan-younis-governorate"]



@pytest.mark.parametrize("text,surface,name", [
    ("Both Beith Lahia and Jabalia have been under siege.", "Beith Lahia", "Beit Lahia"),
    ("Israeli tanks shelled Sheja'iya on Friday.", "Sheja'iya", "Shejaia"),
    ("Military vehicles moved into the town of Abassan Al Kabeera.", "Abassan Al Kabeera",
     "Abasan al-Kabira"),
    ("Strikes hit Al Wafaa Hospital on Friday.", "Al Wafaa Hospital", "Al-Wafa Hospital"),
    # a lower-case article goes with the name
    ("Tanks shelled al-Sheja’iya overnight.", "al-Sheja’iya", "Shejaia"),
    ("Tanks reached el-Shuja’iyya and Both Beith Lahia.", "el-Shuja’iyya", "Shejaia"),
    # where a name is told: after a preposition, "the outskirts of", before a site's noun
    ("Shelling hit homes in Beith Lahia overnight.", "Beith Lahia", "Beit Lahia"),
    ("Tanks reached the outskirts of Abassan Al Kabeera.", "Abassan Al Kabeera",
     "Abasan al-Kabira"),
    ("Patients fled the Kamal Adwaan Hospital on Friday.", "Kamal Adwaan Hospital",
     "Kamal Adwan Hospital"),
    # an apostrophe inside a word, in a report that opens with a quotation mark
    ("'Tanks shelled Sheja'iya,' a resident said.", "Sheja'iya", "Shejaia"),
])
def test_a_close_spelling_of_a_place_of_the_strip_is_that_place(text, surface, name):
    found = [(m.surface, m.name) for m in parse(text).mentions]
    assert (surface, name) in found


@pytest.mark.parametrize("text, surface, name", [
    # one word after "the town of", told after a preposition or "from"
    ("Israeli infantry started withdrawing from the town of Jebalya after midnight.",
     "Jebalya", "Jabalia"),
    ("Fighting raged in the town of Jebalya.", "Jebalya", "Jabalia"),
    ("The strike hit tents outside a school in the town of Abassan east of Khan Younis.",
     "Abassan", "Abasan al-Kabira"),
])
def test_a_close_spelling_after_the_town_of_is_that_place(text, surface, name):
    assert (surface, name) in [(m.surface, m.name) for m in find_places(text).mentions]


@pytest.mark.parametrize("text, names", [
    # (near misses: "from" with no place noun, a name of the gazetteer, an organisation)
    ("Reporters from Reuters said Jabalia was hit.", ["Jabalia"]),
    ("Troops withdrew from the city of Khan Younis.", ["Khan Younis"]),
])
def test_from_tells_a_name_only_with_a_place_noun(text, names):
    assert [m.name for m in find_places(text).mentions] == names


def test_a_withdrawal_from_a_town_spelt_otherwise_is_placed_there():
    doc = parse("Israeli troops have pulled out of northern Gaza following an offensive. "
                "Israeli infantry started withdrawing from the town of Jebalya after midnight "
                "following several days of fighting, the military said.",
                published="2008-03-03")
    assert {e.location for e in doc.events} == {"Jabalia"}


def test_a_close_spelling_is_found_in_every_report_that_names_it():
    # "Sheja’iyeh" once read alone, then after an article, in a list, then again alone
    texts = ["Tanks shelled Ash Sheja’iyeh overnight.", "Tanks shelled al-Ash Sheja’iyeh.",
             "Strikes hit Rafah and Ash Sheja’iyeh.", "Tanks shelled Ash Sheja’iyeh overnight."]
    for text in texts:
        found = [(m.surface, m.name) for m in find_places(text).mentions]
        assert ("Ash Sheja’iyeh", "Shejaia") in found or \
            ("al-Ash Sheja’iyeh", "Shejaia") in found, text


@pytest.mark.parametrize("text, names", [
    ('"I keep thinking I hear her," Amal, 38, said.', []),
    ("said Amal, 41, a teacher from Zeitoun.", ["Zeitoun"]),
    # a count after each place is no age
    ("Deaths: Rafah, 12, Khan Younis, 5.", ["Rafah", "Khan Younis"]),
    ("killed in Rafah, 12, and in Khan Younis, 5", ["Rafah", "Khan Younis"]),
])
def test_a_name_with_an_age_after_it_is_a_person(text, names):
    assert [m.name for m in find_places(text).mentions] == names


def test_a_long_run_of_capitalised_words_glued_together_is_read_quickly():
    # a paragraph label's words were split at every capital: exponential backtracking
    text = "Shuja'iyya's" * 120
    doc = parse(text, published="2024-06-29")
    assert isinstance(doc, ParsedReport)


def test_a_word_longer_than_any_place_name_before_ongoing_fire_is_no_crash():
    # the check for a place opening a sentence of "ongoing shelling" looks the first word
    # up; a word over the gazetteer's query limit is simply no place
    for text in ("X" * 501 + " faced ongoing shelling.",
                 "Residents in Rafah said. " + "Y" * 2000 + " faced ongoing shelling."):
        assert parse(text, published="2024-06-30").events == ()


@pytest.mark.parametrize("text,expected", [
    # what opens or closes is the thing the town is told as the place of
    ("The World Health Organization said the last functioning hospital in Rafah had closed "
     "on Friday", "city:rafah"),
    ("The UN said its last bakery in Rafah was closed on Monday because of fighting.",
     "city:rafah"),
    ("Schools in Khan Younis and Rafah were closed on Monday.", "city:rafah"),
    ("Every hospital in Rafah is closed.", "city:rafah"),
    # ... unless that thing is the crossing, or the town opens or closes alone
    ("The border crossing at Rafah was closed on Friday.", "crossing:rafah-crossing"),
    ("The crossing in Rafah has reopened, officials said.", "crossing:rafah-crossing"),
    ("Egypt said the terminal at Rafah had reopened for travellers.", "crossing:rafah-crossing"),
    ("Egypt said that Rafah had reopened on Monday for the wounded to leave.",
     "crossing:rafah-crossing"),
])
def test_rafah_after_a_things_noun_is_the_town_whatever_closes(text, expected):
    doc = find_places(text)
    assert [m.place_id for m in doc.mentions if m.surface == "Rafah"] == [expected]


@pytest.mark.parametrize("text,adjective", [
    ("A strike hit tents near the Kuwaiti field hospital in al-Mawasi on Friday, killing five "
     "people.", "Kuwaiti"),
    ("An Omani delegation arrived in Rafah, near the Bahraini field hospital.", "Bahraini"),
    ("Wounded were taken to the Jordanian field hospital in Khan Younis and the Indonesian "
     "field hospital in Rafah.", "Indonesian"),
    ("Shells fell near the Somali aid office in Deir al-Balah.", "Somali"),
])
def test_a_nationality_adjective_is_no_place_mention(text, adjective):
    doc = find_places(text)
    assert adjective not in [m.surface for m in doc.mentions]
    assert not any(m.feature_class == "country" for m in doc.mentions)


@pytest.mark.parametrize("text,surface", [
    # the country itself, and a landmark named with an adjective
    ("Aid arrived from Kuwait, Jordan and Qatar on Monday.", "Kuwait"),
    ("Warplanes targeted tents near the Italian Tower in the Al-Nasr neighborhood.",
     "Italian Tower"),
    ("He was treated at the Kuwaiti Hospital in Rafah.", "Kuwaiti Hospital in Rafah"),
])
def test_a_country_or_a_name_begun_by_an_adjective_is_still_mentioned(text, surface):
    assert surface in [m.surface for m in find_places(text).mentions]


def test_a_sentence_opening_on_an_accented_name_is_a_sentence_of_its_own():
    # (not one sentence with the shelling before it: no shelling of Rafah)
    doc = parse("Israeli forces shelled Khan Younis on Friday, killing 4. Émile Dupont, a French "
                "doctor, said Rafah was calm.", published="2024-06-29")
    assert [(e.location, e.sub_event_type, e.fatalities) for e in doc.events] == [
        ("Khan Younis", "Shelling/artillery/missile attack", 4)]
    assert doc.events[0].notes == "Israeli forces shelled Khan Younis on Friday, killing 4."


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _records(doc: ParsedReport) -> list[dict]:
    """Events as records, without the quoted sentence (verbatim, so in the text's form)."""
    return [{k: v for k, v in e.to_dict().items() if k != "notes"} for e in doc.events]


@pytest.mark.parametrize(("nfc", "variant"), [
    ("An airstrike on Shujāʿiyya killed 5 people on Friday.", _nfd),
    ("An airstrike on Dayr al-Balaḥ killed 5 people on Friday.", _nfd),
    ("Shelling of Ḥay al-Zaytūn and Bayt Lāhiyā killed 3 on Friday.", _nfd),
    # (a soft hyphen is no space: "Khan\u00adYounis" is "KhanYounis", as scraped)
    ("An airstrike on KhanYounis killed 5 people on Friday.",
     lambda t: t.replace("KhanY", "Khan\u00adY")),
    ("An airstrike on Rafah killed 5 people on Friday.",
     lambda t: t.replace("Rafah", "Ra\u00adfah")),
    ("An airstrike on Nuseirat killed 5 people on Friday.",
     lambda t: t.replace("Nuseirat", "Nu\u2060sei\u200drat\u200e")),
    ("An airstrike on RAFAH killed 5 people on Friday.",
     lambda t: t.replace("RAFAH", "ＲＡＦＡＨ")),
    ("An airstrike on Rafah killed 5 people on Friday.", _fullwidth),
])
def test_a_report_in_another_unicode_form_is_read_as_its_normal_form(nfc, variant):
    text = variant(nfc)
    assert text != nfc
    doc, ref = parse(text, published="2024-06-29"), parse(nfc, published="2024-06-29")
    assert [m.place_id for m in doc.mentions] == [m.place_id for m in ref.mentions]
    assert doc.mentions and all(text[m.start:m.end] == m.surface for m in doc.mentions)
    # the same events (and ids), the evidence quoted as the report wrote it
    assert _records(doc) == _records(ref) and doc.events
    assert all(e.notes == text.strip() for e in doc.events)


@pytest.mark.parametrize(("text", "name"), [
    ("Strikes hit Deir\u200bal-Balah on Friday.", "Deir\u200bal-Balah"),
    ("Strikes hit Khan\u200bYounis on Friday.", "Khan\u200bYounis"),
])
def test_a_zero_width_space_is_a_break_between_words(text, name):
    assert [m.surface for m in find_places(text).mentions] == [name]


def test_a_decomposed_name_ends_after_its_marks():
    text = _nfd("Strikes hit Dayr al-Balaḥ on Friday.")
    (m,) = find_places(text).mentions
    assert m.surface == text[12:12 + len(_nfd("Dayr al-Balaḥ"))]


def test_markup_and_another_unicode_form_map_back_together():
    page = _nfd("<p>Strikes on <b>Khan&nbsp;Yūnis</b> and Ｒａｆａｈ killed 12 people on "
                "Monday.</p><p>Shujāʿiyya was shelled.</p>")
    doc = parse(page, published="2024-07-02")
    assert [page[m.start:m.end] for m in doc.mentions] == [
        _nfd("Khan&nbsp;Yūnis"), "Ｒａｆａｈ", _nfd("Shujāʿiyya")]
    assert [m.surface for m in doc.mentions] == [page[m.start:m.end] for m in doc.mentions]
    assert doc.events and all("<" not in e.notes for e in doc.events)
    assert {e.notes for e in doc.events} <= {
        _nfd("Strikes on Khan\u00a0Yūnis and Ｒａｆａｈ killed 12 people on Monday."),
        _nfd("Shujāʿiyya was shelled.")}


_INVISIBLES = ["\u00ad", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e"]


@st.composite
def _in_another_form(draw, text: str) -> str:
    """``text`` with invisible characters put in, letters made fullwidth and accents
    decomposed, at random places: another form of the same text."""
    chars = list(draw(st.sampled_from([unicodedata.normalize("NFD", text), text])))
    for _ in range(draw(st.integers(0, 12))):
        at = draw(st.integers(0, len(chars)))
        if draw(st.booleans()):
            chars.insert(at, draw(st.sampled_from(_INVISIBLES)))
        elif at < len(chars) and chars[at].isascii() and chars[at].isalpha():
            chars[at] = chr(ord(chars[at]) + 0xFEE0)
    return "".join(chars)


_ACCENTED = ["Shujāʿiyya", "Dayr al-Balaḥ", "Khān Yūnis", "Bayt Lāhiyā", "Rafaḥ", "Nuṣayrāt"]


@st.composite
def _a_report_in_any_form(draw) -> tuple[str, str]:
    """(a report in NFC, the same report in another form)."""
    sentences = draw(st.lists(_a_sentence(), min_size=1, max_size=3))
    names = draw(st.lists(st.sampled_from(_ACCENTED), min_size=len(sentences),
                          max_size=len(sentences)))
    text = " ".join(s.replace(p, n, 1) if draw(st.booleans()) else s
                    for s, n in zip(sentences, names) for p in [_place_of(s)])
    return text, draw(_in_another_form(text))


def _place_of(sentence: str) -> str:
    return next((p for p in sorted(_GAZA, key=len, reverse=True) if p in sentence), "")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_a_report_in_any_form(), st.lists(st.sampled_from(["\u0301", "\u0323", "\u0304"]),
                                         max_size=3))
def test_every_mention_is_the_slice_of_the_text_in_any_unicode_form(report, marks):
    nfc, text = report
    doc = parse(text, published="2024-06-29")
    for m in doc.mentions:
        assert text[m.start:m.end] == m.surface
    for e in doc.events:
        assert e.notes in text
    # the same report as the normal one
    ref = parse(nfc, published="2024-06-29")
    assert [m.place_id for m in doc.mentions] == [m.place_id for m in ref.mentions]
    assert _records(doc) == _records(ref)
    # combining marks no letter composes with ("h" + a dot above and a macron) keep the
    # offsets in the text all the same
    marked = "".join(c + "".join(marks) if c in "hH" else c for c in text)
    for m in parse(marked, published="2024-06-29").mentions:
        assert marked[m.start:m.end] == m.surface


@pytest.mark.parametrize("text", [
    "Israeli forces shelled a house in Nuseirat on 31 June, killing 4.",
    "On June 31, Israeli forces shelled a house in Nuseirat, killing 4.",
])
def test_an_impossible_date_dates_its_month_not_the_report_day(text):
    # (not 2024-06-29, the report's day, at a week's precision)
    doc = parse(text, published="2024-06-29")
    assert [(e.location, e.event_date, e.time_precision) for e in doc.events] == [
        ("Nuseirat", "2024-06-01", 3)]


# -- a crossing of the Strip named for the community across the fence ----------------------
@pytest.mark.parametrize("text, expected", [
    ("Israeli forces opened fire near the Zikim crossing on Sunday.", "region:northern-gaza"),
    ("Aid trucks waited at the Zikim border crossing.", "region:northern-gaza"),
    ("Trucks entered through the Nahal Oz crossing.", "region:northern-gaza"),
    ("Convoys were sent to the Sufa crossing.", "region:southern-gaza"),
    # (about as near two regions: the Strip)
    ("Trucks entered via the Kissufim crossing on Monday.", "strip:gaza-strip"),
])
def test_a_crossing_named_for_a_kibbutz_is_on_the_strips_edge(text, expected):
    assert [m.place_id for m in find_places(text).mentions
            if m.surface not in ("Israel",)][-1] == expected


@pytest.mark.parametrize("text, expected", [
    ("Rockets were fired at Zikim, a kibbutz north of the Strip.", "world-town:zikim"),
    ("Hamas gunmen attacked Nahal Oz on October 7.", "world-town:nahal-oz"),
    ("Crowds gathered at coastal areas near Zikim.", "world-town:zikim"),
    # (a road junction in Israel, no crossing of the Strip)
    ("Troops gathered at the Kfar Aza junction on Sunday.", "world-town:kfar-aza"),
])
def test_the_community_itself_stays_abroad(text, expected):
    assert [m.place_id for m in find_places(text).mentions][0] == expected


def test_a_crossing_of_a_list_shares_the_noun_after_it():
    text = "The Kerem Shalom, Zikim and Erez crossings remained closed."
    assert [m.place_id for m in find_places(text).mentions] == [
        "crossing:kerem-shalom-crossing", "region:northern-gaza", "crossing:erez-crossing"]


def test_an_attack_near_a_crossing_named_for_a_kibbutz_is_news_of_the_strip():
    doc = parse("Israeli forces opened fire on crowds near the Zikim crossing on Sunday, "
                "killing 12 people waiting for aid.", published="2025-07-20")
    assert [(e.location, e.geo_precision, e.fatalities) for e in doc.events] == [
        ("northern Gaza", 3, 12)]


@pytest.mark.parametrize("text", [
    "Devastation at Aid Distribution: Gaza Under Fire",
    "Dozens Shot Near Food Distribution Point as Crowds Gather",
    "Strikes Hit Near Humanitarian Aid Site on Sunday",
    "Gunfire at Relief Centre Kills Four",
    "Troops Open Fire near Water Collection Point in Deir al-Balah",
    "Shelling at Bread Queue Leaves Seven Dead\nShelling hit a bread queue on Monday.",
])
def test_a_headlines_common_nouns_in_capitals_are_no_place(text):
    assert all(m.place_id is not None for m in find_places(text).mentions)


@pytest.mark.parametrize(("text", "name"), [
    ("Tanks Fire at Sudaniya Beach.", "Sudaniya Beach"),  # a sentence, with its stop
    ("Shadia Abu Ghazala School in Al-Faluja, Gaza Strip", "Al-Faluja"),  # "in" tells a name
    ("Crowds were shot at Abu Hasira Wharf in Gaza City on Sunday.", "Abu Hasira Wharf"),
])
def test_a_name_the_gazetteer_lacks_outside_a_headline_or_after_in_is_still_reported(
        text, name):
    assert name in [m.surface for m in find_places(text).mentions if m.place_id is None]


def test_a_name_after_at_that_the_gazetteer_lacks_is_still_reported():
    ms = find_places("Tanks fired at Sudaniya Beach on Sunday.").mentions
    assert [m.surface for m in ms if m.place_id is None] == ["Sudaniya Beach"]


@pytest.mark.parametrize("word, nationality", [
    # made by rule from a country's name, or written out where no rule makes it
    ("Kuwaiti", True), ("Lebanese", True), ("British", True), ("French", True),
    ("Emirati", True), ("Americans", True),
    # no nationality: a place, a country's own name, a word of a place's name
    ("Rafah", False), ("Kuwait", False), ("Iran", False), ("Nuseirat", False)])
def test_a_nationality_is_one_list_whichever_check_asks(word, nationality):
    from geoevents.gazetteer import Gazetteer
    from geoevents.unlisted_names.records import NOT_PLACES, a_nationality
    assert a_nationality(Gazetteer.default(), word) is nationality
    # the checks with no gazetteer at hand know every nationality written out
    if word in ("British", "French", "Emirati", "Americans", "Lebanese"):
        assert word in NOT_PLACES
