"""The shipped gazetteer: data integrity and lookup behaviour."""

from __future__ import annotations

import re

import pytest
from shapely.geometry import Point

from geoevents import Gazetteer, QueryError
from geoevents.gazetteer import haversine_m
from geoevents.normalize import name_key

GOVERNORATES = {"North Gaza", "Gaza", "Deir al-Balah", "Khan Younis", "Rafah"}
COASTAL_TOLERANCE_DEG = 300 / 95_000  # 300 m, generously converted at 31.4 N


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def test_ids_unique_and_enough_places(gaz):
    ids = [p.id for p in gaz]
    assert len(ids) == len(set(ids))
    assert sum(p.in_gaza for p in gaz) >= 90


def test_its_places_can_be_iterated_and_read_as_a_tuple(gaz):
    from geoevents.model import Place

    places = gaz.places
    assert isinstance(places, tuple) and len(places) == len(gaz)
    assert list(gaz) == list(places) and all(isinstance(p, Place) for p in places)
    assert gaz["camp:jabalia-camp"] in places
    camps = sorted(p.name for p in gaz.places if p.feature_class == "camp")
    assert len(camps) == 8 and "Jabalia Camp" in camps
    own = Gazetteer(places[:3])  # a gazetteer of one's own keeps the order it was given
    assert own.places == places[:3]


def test_a_governorate_by_any_of_its_names(gaz):
    assert gaz.governorates == ("Deir al-Balah", "Gaza", "Khan Younis", "North Gaza", "Rafah")
    for name, governorate in [("Middle Area", "Deir al-Balah"),
                              ("the middle area", "Deir al-Balah"),
                              ("Khan Yunis Governorate", "Khan Younis"),
                              ("north gaza", "North Gaza"), ("Rafaḩ", "Rafah"),
                              ("المحافظة الوسطى", "Deir al-Balah"), ("Jabalia", None),
                              ("northern Gaza", None)]:  # a region of two governorates
        assert gaz.governorate_named(name) == governorate, name


def test_every_place_has_source_and_licence(gaz):
    for p in gaz:
        assert p.source, p.id
        assert p.licence, p.id


def test_in_strip_points_inside_strip_and_governorate(gaz):
    strip = next(p for p in gaz if p.feature_class == "strip")
    strip_poly = gaz.polygon(strip.id)
    gov_polys = {p.governorate: gaz.polygon(p.id) for p in gaz
                 if p.feature_class == "governorate"}
    assert set(gov_polys) == GOVERNORATES
    for p in gaz:
        if not p.in_gaza:
            continue
        pt = Point(p.lon, p.lat)
        assert strip_poly.distance(pt) <= COASTAL_TOLERANCE_DEG, p.id
        if p.feature_class in ("strip",) or p.governorate is None:
            continue
        assert gov_polys[p.governorate].distance(pt) <= COASTAL_TOLERANCE_DEG, p.id


def test_out_of_area_places_are_outside(gaz):
    strip_poly = gaz.polygon(next(p for p in gaz if p.feature_class == "strip").id)
    for p in gaz:
        if not p.in_gaza and p.feature_class != "country":
            assert not strip_poly.covers(Point(p.lon, p.lat)), p.id


def test_every_alias_resolves_to_its_place_or_is_documented(gaz):
    problems = []
    for p in gaz:
        for alias in gaz.aliases_of(p):
            if not name_key(alias):
                continue
            cands = gaz.lookup(alias, limit=20, fuzzy=False)
            ids = [c.place.id for c in cands]
            if ids and ids[0] == p.id:
                continue
            if gaz.ambiguity(alias) and p.id in ids:
                continue  # documented in gazetteer/sources/ambiguities.csv, with a reason
            problems.append((p.id, alias, ids[:3]))
    assert not problems, problems[:20]


@pytest.mark.parametrize("query,name", [
    ("Shujaiyya", "Shejaia"), ("Shejaia", "Shejaia"), ("Shuja'iyya", "Shejaia"),
    ("al-Shujaiyya", "Shejaia"), ("SHEJAIA", "Shejaia"), ("Shejaia neighbourhood", "Shejaia"),
    ("Khan Younes", "Khan Younis"), ("Khan Yunis", "Khan Younis"),
    ("Deir el-Balah", "Deir al-Balah"), ("Jabalia refugee camp", "Jabalia Camp"),
    ("Zaytoun", "Zeitoun"), ("Beit Lahiya", "Beit Lahia"),
    ("Johr al-Dik", "Juhor ad-Dik"), ("Al Shawka", "Shokat as-Sufi"),
])
def test_spelling_variants(gaz, query, name):
    assert gaz.lookup(query)[0].place.name == name


def test_gaza_is_explicitly_ambiguous(gaz):
    cands = gaz.lookup("Gaza")
    classes = [c.place.feature_class for c in cands]
    assert classes[:2] == ["strip", "city"]
    assert cands[0].reason and "Strip" in cands[0].reason


def test_rafah_candidates(gaz):
    classes = [c.place.feature_class for c in gaz.lookup("Rafah")]
    assert classes[0] == "city"
    assert {"governorate", "crossing"} <= set(classes)


def test_nonsense_returns_nothing(gaz):
    for q in ("xyzzy", "qwertyuiop", "the", "Lorem ipsum dolor"):
        assert gaz.lookup(q) == []


def test_fuzzy_finds_unknown_spelling(gaz):
    assert gaz.lookup("Nusairat")[0].place.name.startswith("Nuseirat")


@pytest.mark.parametrize("bad,message", [
    ("", "empty"), ("   \t", "empty"), (42, "string"), (None, "string"),
    ("x" * 1_000_000, "characters long"), ("Gaza\x00City", "control"),
])
def test_bad_queries_raise_clear_errors(gaz, bad, message):
    with pytest.raises(QueryError, match=message):
        gaz.lookup(bad)


def test_reverse(gaz):
    res = gaz.reverse(31.5006, 34.4700)
    assert res.place.name == "Shejaia"
    assert res.governorate.governorate == "Gaza"
    assert res.in_strip
    outside = gaz.reverse(30.0444, 31.2357)  # Cairo
    assert not outside.in_strip and outside.governorate is None


def test_to_geodataframe(gaz):
    gdf = gaz.to_geodataframe()
    assert len(gdf) == len(gaz)
    assert gdf.crs.to_epsg() == 4326
    polys = gaz.to_geodataframe(polygons=True)
    assert (polys.geom_type == "MultiPolygon").sum() + (polys.geom_type == "Polygon").sum() >= 6


def _km(lat1, lon1, lat2, lon2):
    return haversine_m(lat1, lon1, lat2, lon2) / 1000


_SHARED_NOUN = re.compile(r"(?:,?\s+[\w'’-]+){0,6}?\s+(hospitals|schools|camps)\b", re.I)
# "two hospitals, Kamal Adwan and Al Awda": the noun before the names
_NOUN_BEFORE = re.compile(r"\b(hospitals|schools|camps)[:,]\s+(?:[A-Z][\w'’-]*,?\s+|and\s+){0,6}\Z")


def test_spellings_from_real_reports_resolve(gaz):
    """Every distinct in-Gaza place spelling in the hand-annotated real passages.

    The top candidate must lie within 1 km of the annotated place; for a documented
    ambiguity ("al-Mawasi": which part is meant depends on context) the annotated place
    must be among the ranked candidates.
    """
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parent / "data"
    spellings = {}
    # the dev split only: held-out passages are scored by `geoevents evaluate`, never used to
    # decide what the gazetteer should know
    for name in ("gold_dev.jsonl",):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for t in record["toponyms"]:
                if t["in_gaza"] and t.get("lat") is not None and t.get("kind") == "point":
                    # "Kamal Adwan, Al-Awda and Indonesian hospitals": a name that shares
                    # the noun of a coordination is looked up with it
                    shared = _SHARED_NOUN.match(record["text"], t["end"]) or \
                        _NOUN_BEFORE.search(record["text"], max(0, t["start"] - 60), t["start"])
                    noun = shared.group(1)[:-1] if shared else ""
                    surface = t["surface"] + (f" {noun}" if noun and not t["surface"].lower()
                                              .endswith(noun.lower()) else "")
                    spellings.setdefault(surface, (t["lat"], t["lon"]))
    assert len(spellings) >= 40
    failures = []
    for surface, (lat, lon) in sorted(spellings.items()):
        cands = gaz.lookup(surface, limit=10)
        if cands and _km(lat, lon, cands[0].place.lat, cands[0].place.lon) <= 1.0:
            continue
        if cands and cands[0].reason and any(
                _km(lat, lon, c.place.lat, c.place.lon) <= 1.0 for c in cands):
            continue
        failures.append(surface)
    # Measured: 9 of 196 fail, short forms that are not aliases on their own ("Al Quds" names
    # Jerusalem as often; "Nasser", "Al Aqsa", "Abu Hussein" need the noun after them).
    assert len(failures) <= 0.05 * len(spellings), failures


def test_only_the_strip_governorates_and_regions_have_polygons(gaz):
    with_polygon = {p.feature_class for p in gaz if gaz.polygon(p.id) is not None}
    assert with_polygon == {"strip", "governorate", "region"}
    # The governorate named "Gaza" is not Gaza City: containment in the city follows the
    # parent chain, not the governorate's polygon.
    city = gaz["city:gaza"]
    assert gaz.within(gaz["neighbourhood:shujaiyya"], city)
    assert not gaz.within(gaz["city:beit-lahia"] if "city:beit-lahia" in gaz
                          else gaz["town:beit-lahia"], city)


@pytest.mark.parametrize("query,place_id", [
    ("Gaza City area", "city:gaza"), ("Gaza City district", "city:gaza"),
    ("Shejaia neighbourhood", "neighbourhood:shujaiyya"),
    ("Khan Yunes camp", "camp:khan-younis-camp"),  # the camp, not the city
    ("Nusairat refugee camp", "camp:nuseirat-camp"),
    ("Tel al-Sultan refugee camp", "neighbourhood:tel-al-sultan"),
])
def test_descriptors_are_dropped_from_the_end_only_when_needed(gaz, query, place_id):
    assert gaz.lookup(query)[0].place.id == place_id


def test_reverse_takes_numpy_numbers(gaz):
    np = pytest.importorskip("numpy")
    assert gaz.reverse(np.float32(31.5), np.float32(34.47)).in_strip


@pytest.mark.parametrize("name", ["Australia", "Netherlands", "the Netherlands", "Brazil",
                                  "Czechia", "South Korea"])
def test_every_country_is_a_place_outside_the_strip(gaz, name):
    best = gaz.lookup(name)[0]
    assert best.place.feature_class == "country" and not best.place.in_gaza


def test_west_bank_and_israeli_towns_that_reports_name_are_outside_the_strip():
    from geoevents import find_places

    text = "Israeli forces raided Qabatiya and Huwara; rockets hit Kiryat Shmona."
    got = [(m.name, m.in_gaza) for m in find_places(text).mentions]
    assert got == [("Qabatiya", False), ("Huwara", False), ("Kiryat Shmona", False)]


def test_matchers_of_custom_gazetteers_are_not_kept_forever():
    import gc
    import weakref

    from geoevents.mentions import matcher_for

    base = Gazetteer.default()
    refs = []
    for _ in range(8):
        gaz = Gazetteer(list(base), ())
        matcher = matcher_for(gaz)
        matcher.find("Shelling north of the Gaza Strip and in southern Gaza.")
        refs.append(weakref.ref(matcher))
        del gaz, matcher
    gc.collect()
    assert sum(r() is not None for r in refs) <= 4  # the last few are cached, no more


def test_a_missing_core_dependency_says_the_install_is_broken():
    from geoevents._compat import import_optional_dependency

    with pytest.raises(ImportError, match="dependency of every geoevents install"):
        import_optional_dependency("no_such_module_here")
    with pytest.raises(ImportError, match=r"pip install 'geoevents\[dask\]'"):
        import_optional_dependency("no_such_module_here", "dask")


def test_neighbourhoods_centre_lies_among_the_citys_neighbourhoods(gaz):
    city = gaz.lookup("Gaza City")[0].place
    parts = [p for p in gaz if p.feature_class == "neighbourhood" and gaz.within(p, city)]
    lat, lon = gaz.neighbourhoods_centre(city)
    assert min(p.lat for p in parts) < lat < max(p.lat for p in parts)
    assert min(p.lon for p in parts) < lon < max(p.lon for p in parts)
    # a place with no neighbourhoods known has no centre to measure sides from
    assert gaz.neighbourhoods_centre(gaz.lookup("Cairo")[0].place) is None


@pytest.mark.parametrize("text,place_id", [
    ("Aid began arriving at the U.S.-built Gaza floating pier on Friday.",
     "facility:gaza-floating-pier"),
    ("Trucks left the Trident Pier for a warehouse.", "facility:gaza-floating-pier"),
    ("Tanks pushed towards the Netzarim junction south of Gaza City.", "area:netzarim-junction"),
    ("A shell fell near the Netzarim junction area on Monday.", "area:netzarim-junction"),
    ("Shelling hit the area of Anthedon harbour.", "area:anthedon-harbour"),
    ("A strike hit a church in Gaza's Old City.", "neighbourhood:old-city-of-gaza"),
    ("Medics at the Patient's Friends Hospital ran out of fuel on Sunday.",
     "hospital:patients-friends-hospital"),
    ("Families searched the ruins of the Engineers' Building for relatives.",
     "facility:engineers-building"),
    ("Shells hit the Zaid bin Haritha School, a shelter in the north.",
     "facility:zayd-bin-haritha-school"),
    ("Displaced families left the al-Buraq School after the raid.", "facility:al-buraq-school"),
    ("A drone struck the yard of the Kafr Qasem School at noon.", "facility:kafr-qasim-school"),
    ("Two tents burned beside the Ibn Rushd School overnight.",
     "facility:ibn-rushd-school-deir-al-balah"),
    ("Medics reached the Shuhada al-Nuseirat School after the strike.",
     "facility:shuhada-al-nuseirat-school"),
    ("Rescuers pulled bodies from the al-Tabin school at dawn.", "facility:al-tabiin-school"),
])
def test_landmarks_that_reports_name(text, place_id):
    from geoevents import parse
    assert place_id in {m.place_id for m in parse(text).mentions}


@pytest.mark.parametrize("text", [
    "Police closed the Old City of Jerusalem on Friday.",
    "Protesters gathered in the Old City of Hebron.",
    "The ship tied up at the pier in Larnaca.",
])
def test_old_cities_and_piers_elsewhere_are_not_gazas(text):
    from geoevents import parse
    ids = {m.place_id for m in parse(text).mentions}
    assert not ids & {"neighbourhood:old-city-of-gaza", "facility:gaza-floating-pier"}


@pytest.mark.parametrize("word", ["Sudaniya", "Sudaniyya", "as-Sudaniyah"])
def test_an_arabic_adjective_of_a_name_is_not_that_place(word):
    # "the Sudaniya area in northwestern Gaza" is not Sudan, though the skeletons agree
    assert all(c.place.id not in ("world-country:sudan", "world-country:egypt")
               for c in Gazetteer.default().lookup(word, fuzzy=False))


def test_a_skeleton_spelling_of_a_strip_place_still_resolves():
    got = Gazetteer.default().lookup("Shujaiya", fuzzy=False)
    assert got and got[0].place.id == "neighbourhood:shujaiyya"


@pytest.mark.parametrize("place_id, inside", [
    ("city:gaza", True), ("town:beit-hanoun", True), ("crossing:rafah-crossing", True),
    # the gates across the fence, and a town beyond it
    ("crossing:kerem-shalom-crossing", False), ("crossing:erez-crossing", False),
    ("world-city:sderot", False),
])
def test_which_side_of_the_fence_a_point_lies(gaz, place_id, inside):
    p = gaz.get(place_id)
    assert gaz.in_strip_outline(p.lat, p.lon) is inside
    # reverse geocoding tells the same side
    assert gaz.reverse(p.lat, p.lon).in_strip is inside


def test_no_outline_no_side():
    g = Gazetteer.from_records([{"id": "city:x", "name": "X", "feature_class": "city",
                                 "lat": 31.5, "lon": 34.46, "in_gaza": True}])
    assert g.in_strip_outline(31.5, 34.46) is None
    assert g.reverse(31.5, 34.46).in_strip is False


@pytest.mark.parametrize("text,surface,place_id", [
    ("Hostages were taken from the Re'im music festival on 7 October.", "Re'im",
     "world-town:reim"),
    ("Survivors of the festival near Kibbutz Reim spoke on Sunday.", "Kibbutz Reim",
     "world-town:reim"),
    ("On 24 November, 200 trucks were dispatched from Nitzana to the Rafah crossing.",
     "Nitzana", "world-crossing:nitzana-crossing"),
    ("Protesters blocked the Nitzana border crossing for a third day.",
     "Nitzana border crossing", "world-crossing:nitzana-crossing"),
    ("The wounded soldier was taken to Soroka Medical Center in Beersheba.",
     "Soroka Medical Center", "world-hospital:soroka-medical-center"),
    ("Two were treated at Soroka Hospital overnight.", "Soroka Hospital",
     "world-hospital:soroka-medical-center"),
    ("Sirens sounded in Karmia and Netiv HaAsara.", "Karmia", "world-town:karmia"),
    ("The army said it downed drones over the Red Sea.", "Red Sea", "world-region:red-sea"),
    ("A rocket hit a building in Petah Tikva on Monday.", "Petah Tikva",
     "world-city:petah-tikva"),
    ("The soldier, from Petach Tikva, was buried on Friday.", "Petach Tikva",
     "world-city:petah-tikva"),
    ("Shrapnel from an interceptor landed in a yard in Rehovot.", "Rehovot",
     "world-city:rehovot"),
    ("A reservist from Gedera was among the dead, the army said.", "Gedera",
     "world-town:gedera"),
    ("The captain, 24, from Modiin, fell in the fighting.", "Modiin",
     "world-city:modiin-maccabim-reut"),
    ("Sirens sounded in Modi'in and Lod before noon.", "Modi'in",
     "world-city:modiin-maccabim-reut"),
    ("Drones hit near Ramat David Airbase in the north.", "Ramat David Airbase",
     "world-facility:ramat-david-airbase"),
    ("The corporal, from Gan Yoshiya, was buried on Sunday.", "Gan Yoshiya",
     "world-town:gan-yoshiya"),
    ("A medic from Sde Warburg was wounded in the blast.", "Sde Warburg",
     "world-town:sde-warburg"),
    ("Bulldozers came from the Kisovim zone to the east.", "Kisovim", "world-town:kissufim"),
    ("Troops withdrew from the Nur Shams refugee camp after two days.",
     "Nur Shams refugee camp", "world-town:nur-shams-camp"),
    ("A rocket fell near a beach in Tiberias.", "Tiberias", "world-city:tiberias"),
    ("Settlers set fire to cars in Beit Furik at night.", "Beit Furik", "world-town:beit-furik"),
    ("Soldiers raided homes in Aqraba, south of Nablus.", "Aqraba", "world-town:aqraba"),
    ("A teenager was shot near Kafr Qud on Tuesday.", "Kafr Qud", "world-town:kafr-qud"),
])
def test_places_in_israel_that_gaza_reports_name(text, surface, place_id):
    from geoevents import parse
    got = {(m.surface, m.place_id, m.in_gaza) for m in parse(text).mentions}
    assert (surface, place_id, False) in got


@pytest.mark.parametrize("name,abroad", [
    ("al-Karama", "world-town:karmia"),      # a Gaza City quarter, not the kibbutz
    ("Al Karama", "world-town:karmia"),
    ("al-Sinaa", "world-city:sanaa"),        # Gaza City's industrial quarter, not Yemen's
    ("Al-Janina", "world-city:jenin"),       # Rafah's al-Jneina, not the West Bank city
])
def test_an_article_led_name_is_no_like_sounding_place_abroad(gaz, name, abroad):
    assert abroad not in {c.place.id for c in gaz.lookup(name)}


@pytest.mark.parametrize("name,place_id", [
    ("Karmiya", "world-town:karmia"),           # the place's own spellings still match
    ("El Arish", "world-city:al-arish"),        # abroad, but spelt with its article
    ("al-Arish", "world-city:al-arish"),
    ("Jenin", "world-city:jenin"),
])
def test_a_place_abroad_is_still_found_by_its_own_spellings(gaz, name, place_id):
    assert gaz.lookup(name)[0].place.id == place_id


def test_the_shipped_data_is_what_the_build_makes_of_its_sources(tmp_path):
    """The gazetteer is built from ``gazetteer/sources`` only: a rebuild from them gives the
    shipped file byte for byte (a hand edit to the shipped file would be lost at the next)."""
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    script = root / "gazetteer" / "build.py"
    spec = importlib.util.spec_from_file_location("gazetteer_build", script)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    if not hasattr(build, "OUT"):
        pytest.skip("build script has no output setting")
    build.OUT = tmp_path
    try:
        build.main()
    except SystemExit as stop:
        assert not stop.code
    shipped = root / "geoevents" / "data"
    for name in ("places.json", "areas.geojson"):
        assert (tmp_path / name).read_bytes() == (shipped / name).read_bytes(), name


@pytest.mark.parametrize("name,parent", [
    ("Engineer's Building", "town:nuseirat"),     # "Location: Nuseirat" in its article
    ("Patient's Friends Hospital", "city:gaza"),  # "... Hospital (PFBS) in Gaza City"
    ("Kafr Qasim School", "camp:beach-camp"),     # "Kafr Qasim School in the Al-Shati camp"
    ("Zayd bin Haritha School", "town:beit-lahia"),
    ("Ibn Rushd School", "city:deir-al-balah"),
    ("Shuhada al-Nuseirat School", "camp:nuseirat-camp"),
])
def test_a_site_lies_in_the_town_its_sources_name(gaz, name, parent):
    site = gaz.lookup(name)[0].place
    assert gaz.within(site, gaz[parent])


def test_a_hospitals_full_name_is_read_whole():
    # "Al-Ahli Arab Baptist Hospital", the name Wikipedia leads with: one mention, not
    # "Al-Ahli" and "Baptist Hospital" read apart, so that the staff who speak are seen to
    # work there and the strike they tell of again stays where it was
    from geoevents import parse
    text = ("An Israeli drone strike near the Netzarim Corridor killed three men on Monday. "
            "Doctors at the Al-Ahli Arab Baptist Hospital said the three men who were killed "
            "were farmers.")
    doc = parse(text, published="2025-03-10")
    assert [(m.surface, m.place_id) for m in doc.mentions
            if m.place_id == "facility:al-ahli-arab-hospital"] == [
        ("Al-Ahli Arab Baptist Hospital", "facility:al-ahli-arab-hospital")]
    assert [(e.location, e.fatalities) for e in doc.events] == [("Netzarim Corridor", 3)]
