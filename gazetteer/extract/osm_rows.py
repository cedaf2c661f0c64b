"""Derive gazetteer rows from OpenStreetMap extracts stored in public GitHub repositories.

The extracts are read from local copies of the exported files; nothing is downloaded
here. Each selected element is addressed by its OSM id, so a reader can check the row
against openstreetmap.org:

* ``schools``: overpass-turbo export of Gaza school features, timestamp 2024-11-20,
  ``public/geo-data/schools.json`` in howa9999-coder/gaza-map-events at commit
  0b1472dd2b7c0e291a863c45cb2d28c457987b82.
* ``health``: HOT raw-data-api export of 2024-05-31,
  ``public/data/hotosm_pse_health_facilities_points_geojson/
  hotosm_pse_health_facilities_points_geojson.geojson`` (and the populated-places file
  next to it) in Gugustinette/streamers-4-palestinians at commit
  0d7c8bd198dd000dc6f79194c65ac5a85cd09f30.
* ``outlines``: HOT raw-data-api export of health facilities as building outlines (the
  .dbf header dates it 2025-04-01), ``hotosm_pse_health_facilities_polygons_shp.shp`` (with
  its .shx, .dbf, .prj) at the root of bilalpervaiz/Data-Analysis-and-Visualization-Using-R
  at commit 55f39e5eb0220d4390141fc0a4e5dec0a91e3a98. The large hospitals are mapped as
  outlines, so the points export above does not hold them.

A node keeps its own coordinate. A way or relation (a building outline) is reduced to its
polygon centroid, or to shapely's representative point if the centroid falls outside the
outline, so the point always lies on the mapped feature. Coordinates are rounded to 7
decimals, OSM's own precision.

Usage (from the repository root)::

    python gazetteer/extract/osm_rows.py SCHOOLS.json HEALTH.geojson PLACES.geojson \
        OUTLINES.shp > rows.csv
"""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from shapely.geometry import Point, shape

__all__ = ["Pick", "PICKS", "derive_rows", "main"]

ADMIN = Path(__file__).resolve().parents[1] / "sources" / "gaza_admin.geojson"
LICENCE = "ODbL 1.0 (OpenStreetMap contributors)"
SCHOOLS_SRC = (
    "overpass-turbo export 2024-11-20, github howa9999-coder/gaza-map-events@0b1472dd "
    "public/geo-data/schools.json"
)
HEALTH_SRC = (
    "HOT raw-data-api export 2024-05-31 hotosm_pse_health_facilities_points, github "
    "Gugustinette/streamers-4-palestinians@0d7c8bd1 public/data/"
)
OUTLINES_SRC = (
    "HOT raw-data-api export 2025-04-01 hotosm_pse_health_facilities_polygons, github "
    "bilalpervaiz/Data-Analysis-and-Visualization-Using-R@55f39e5e"
)
PLACES_SRC = (
    "HOT raw-data-api export 2024-05-31 hotosm_pse_populated_places_points, github "
    "Gugustinette/streamers-4-palestinians@0d7c8bd1 public/data/"
)


@dataclass(frozen=True)
class Pick:
    """One OSM element chosen for the gazetteer, with the names we attach to it."""

    dataset: str  # "schools", "health", "places" or "outlines"
    osm_ref: str  # "way/41243573" or "node/4711969419"
    name: str
    alt_names: tuple[str, ...]
    feature_class: str


PICKS: tuple[Pick, ...] = (
    Pick("schools", "way/41243573", "Al-Fakhura School",
         ("al-Fakhoura School", "Al Fakhoura School", "Fakhura School", "Fakhoura School",
          "UNRWA al-Fakhura school", "مدرسة الفاخورة"), "facility"),
    Pick("schools", "way/41254302", "Hamama School",
         ("al-Hamama School", "Hamameh School", "مدرسة حمامة"), "facility"),
    Pick("schools", "node/4112001089", "Al-Tabi'in School",
         ("al-Tabaeen School", "Al-Tabi'een School", "At-Tabe'een School", "al-Tabain School",
          "Tabi'in School", "مدرسة التابعين", "مدرسة التابعين الشرعية"), "facility"),
    Pick("schools", "way/41256716", "Fahmi al-Jarjawi School",
         ("Fehmi Al-Jerjawi School", "Fahmi al-Jirjawi School", "al-Jarjawi School",
          "مدرسة فهمي الجرجاوي"), "facility"),
    Pick("schools", "way/1128227502", "Mustafa Hafez School",
         ("Mustafa Hafiz School", "Mostafa Hafez School", "مدرسة مصطفى حافظ"), "facility"),
    Pick("schools", "way/41255766", "Dar al-Arqam School (Tuffah)",
         ("Dar al-Arqam School", "Dar Al-Arqam Male School", "مدرسة دار الأرقم",
          "مدرسة دار الأرقم للبنين"), "facility"),
    Pick("schools", "node/4679384490", "Abu Hussein School",
         ("Abu Hussain School", "Abu Hussein UNRWA school", "مدرسة ابو حسين",
          "مدرسة أبو حسين"), "facility"),
    Pick("schools", "way/41254341", "Salah al-Din School",
         ("Salah Al-Deen School", "Salah Eddin School", "Salahuddin School",
          "مدرسة صلاح الدين"), "facility"),
    Pick("schools", "way/303276514", "Khadija School (Deir al-Balah)",
         ("Khadija School", "Khadija bint Khuwaylid School", "Khadeejah School",
          "مدرسة خديجة", "مدرسة خديجة بنت خويلد الخيرية"), "facility"),
    Pick("schools", "node/8393265421", "Al-Awda School (Abasan)",
         ("al-Awda School", "Awda School Abasan", "al-Awda school in Abasan",
          "مدرسة العودة"), "facility"),
    Pick("schools", "way/41307907", "Abu Oreiban School",
         ("Abu Oraiban School", "Abu Erban School", "Abu Arban School", "Abu Urban School",
          "مدرسة ابو عربان", "مدرسة أبو عريبان"), "facility"),
    Pick("schools", "way/41257959", "Dalal al-Mughrabi School",
         ("Dalal Al-Moghrabi School", "Dalal al-Maghribi School", "Dalal Al Maghraby School",
          "مدرسة دلال المغربي"), "facility"),
    Pick("schools", "node/9863444317", "Abdel Fattah Hamoud School",
         ("Abdul Fattah Hamoud School", "Abdel Fattah Hammoud School",
          "مدرسة عبد الفتاح حمود"), "facility"),
    Pick("schools", "way/41257280", "Al-Falah School (Zeitoun)",
         ("al-Falah School", "Falah School", "مدرسة الفلاح", "مدرسة الفلاح الإعدادية"),
         "facility"),
    Pick("schools", "way/41258274", "Halima al-Saadia School",
         ("Halima Al-Sa'deya School", "Halima al-Sadiya School", "Halima al-Saadiya School",
          "مدرسة حليمة السعدية"), "facility"),
    Pick("schools", "way/41242986", "Osama bin Zaid School",
         ("Osama bin Zaed School", "Usama bin Zaid School", "مدرسة أسامة بن زيد",
          "مدرسة أسامه بن زيد"), "facility"),
    Pick("schools", "node/10951154605", "Khalil Oweida School",
         ("Khalil Awida School", "Khalil Owaida School", "Khalil Aweida School",
          "مدرسة خليل عويضة", "مدرسة بنات خليل عويضة"), "facility"),
    Pick("schools", "node/4679383091", "Halab School",
         ("Aleppo School", "Halab Elementary School", "مدرسة حلب"), "facility"),
    Pick("schools", "way/41255558", "Asma School (Beach Camp)",
         ("Asma School", "Asma'a Bint Abi Bakr School", "Asma bint Abi Bakr School",
          "مدرسة أسماء", "مدرسة أسماء بنت أبي بكر"), "facility"),
    Pick("schools", "way/41256647", "Musa bin Nusair School",
         ("Mousa Bin Nosair School", "Musa Bin Nuseir School", "مدرسة موسى بن نصير"),
         "facility"),
    Pick("schools", "way/41243460", "Zayd bin Haritha School",
         ("Zaid bin Haretha School", "Zaid bin Haritha School", "Zayd ibn Haritha School",
          "مدرسة زيد بن حارثة"), "facility"),
    Pick("schools", "way/41256656", "Al-Buraq School",
         ("al-Buraq School", "Al-Boraq School", "Buraq School", "مدرسة البراق"), "facility"),
    Pick("schools", "way/41253993", "Kafr Qasim School",
         ("Kafr Qasem School", "Kafer Qasem School", "Kafr Qassem School",
          "Kafer Qasem Secondary Female School", "مدرسة كفر قاسم",
          "مدرسة كفر قاسم الثانوية بنات"), "facility"),
    Pick("schools", "node/9533137017", "Ibn Rushd School (Deir al-Balah)",
         ("Ibn Rushd School", "Ibn Roshd School", "مدرسة ابن رشد",
          "مدرسة ابن رشد الاساسية المشتركة"), "facility"),
    Pick("schools", "node/9865268319", "Shuhada al-Nuseirat School",
         ("Shohadaa al-Nuseirat School", "Shuhadaa al-Nuseirat School",
          "Shuhada Nuseirat School", "Martyrs of Nuseirat School", "مدرسة شهداء النصيرات"),
         "facility"),
    Pick("health", "node/4711969419", "Turkish-Palestinian Friendship Hospital",
         ("Turkish Friendship Hospital", "Turkish Hospital", "Turkey-Palestine Friendship Hospital",
          "Palestinian-Turkish Friendship Hospital", "مستشفى الصداقة التركي",
          "مستشفى الصداقة التركي الفلسطيني"), "hospital"),
    Pick("health", "node/4729217994", "Al-Wafa Hospital",
         ("al-Wafa Medical Rehabilitation Hospital", "El Wafa Hospital", "Wafa Hospital",
          "El Wafa Medical Rehab and Specialized Surgery Hospital", "مستشفى الوفاء",
          "مستشفى الوفاء للتأهيل الطبي والجراحة التخصصية"), "hospital"),
    Pick("health", "node/4679361798", "Al-Yemen al-Saeed Hospital",
         ("Yemen al-Saeed Hospital", "al-Yaman al-Said Hospital", "Yemen Happy Hospital",
          "مستشفى اليمن السعيد"), "hospital"),
    Pick("health", "node/6324029589", "Al-Helou International Hospital",
         ("al-Helou Hospital", "Al-Helo Hospital", "Helou International Hospital",
          "مستشفى الحلو الدولي", "مستشفى الحلو"), "hospital"),
    Pick("health", "node/4486068989", "Artificial Limbs Hospital",
         ("Artificial Limbs Hospital Gaza", "مستشفى الأطراف الصناعية"), "hospital"),
    Pick("health", "node/504301695", "Patient's Friends Hospital",
         ("Patients' Friends Hospital", "Patient Friends Hospital",
          "Patient's Friends Benevolent Society Hospital", "Friends of the Patient Hospital",
          "مستشفى أصدقاء المريض", "جمعية أصدقاء المريض الخيرية"), "hospital"),
    Pick("outlines", "way/41255283", "Al-Nasr Children's Hospital",
         ("al-Nasr Hospital for Children", "al-Nasr Paediatric Hospital",
          "al-Nasr Pediatric Hospital", "Nasr Children's Hospital",
          "al-Nasser Children's Hospital", "مستشفى النصر للأطفال"), "hospital"),
    Pick("outlines", "way/41318333", "Kuwait Specialized Hospital",
         ("Kuwait Specialised Hospital", "Kuwaiti Specialized Hospital",
          "Kuwaiti Specialised Hospital", "Kuwaiti Specialist Hospital", "Kuwaiti Hospital",
          "Kuwait Hospital", "Kuwaiti hospital in Rafah", "المستشفى الكويتي التخصصي",
          "المستشفى الكويتي"), "hospital"),
    Pick("outlines", "way/41312745", "Emirati Hospital",
         ("Emirati maternity hospital", "Emirati Maternity Hospital", "Emirate Hospital",
          "Emirates Hospital", "Emirati Red Crescent Hospital", "Emirati Hospital in Rafah",
          "مستشفى الإماراتي", "المستشفى الإماراتي"), "hospital"),
    Pick("outlines", "way/303115931", "Al-Awda Hospital (Nuseirat)",
         ("Al-Awda Hospital", "Al Awda Hospital", "Awda Hospital", "مستشفى العودة"), "hospital"),
    Pick("places", "node/3176361897", "Harat Umm Dhahir",
         ("Umm Dhahir", "Am Dhair", "Harat Um Dhahir", "حارة أم ظهير", "أم ظهير"),
         "neighbourhood"),
)


def _osm_ref(props: dict) -> str:
    if "@id" in props:
        return str(props["@id"])
    kind = {"nodes": "node", "ways_poly": "way", "relations": "relation"}
    return f"{kind.get(props.get('osm_type'), props.get('osm_type'))}/{int(props['osm_id'])}"


def _point(geometry: dict) -> Point:
    geom = shape(geometry)
    if geom.geom_type == "Point":
        return geom
    centroid = geom.centroid
    return centroid if geom.contains(centroid) else geom.representative_point()


def _features(path: Path) -> list[dict]:
    """GeoJSON-like features of an exported file (GeoJSON, or a shapefile read by pyogrio)."""
    if path.suffix.lower() != ".shp":
        return json.loads(path.read_text(encoding="utf-8"))["features"]
    import geopandas

    return json.loads(geopandas.read_file(path).to_json(drop_id=True))["features"]


def derive_rows(files: dict[str, Path]) -> list[dict[str, str]]:
    """Return one CSV row per pick; raise if a pick is missing or falls outside the Strip."""
    admin = json.loads(ADMIN.read_text(encoding="utf-8"))["features"]
    govs = {f["properties"]["name"]: shape(f["geometry"])
            for f in admin if f["properties"].get("admin_level") == "governorate"}
    strip = next(shape(f["geometry"]) for f in admin
                 if f["properties"].get("admin_level") != "governorate")
    index: dict[tuple[str, str], dict] = {}
    for dataset, path in files.items():
        for feat in _features(path):
            index[(dataset, _osm_ref(feat["properties"]))] = feat
    rows = []
    for pick in PICKS:
        feat = index.get((pick.dataset, pick.osm_ref))
        if feat is None:
            raise KeyError(f"{pick.name}: {pick.osm_ref} not in the {pick.dataset} file")
        pt = _point(feat["geometry"])
        lon, lat = round(pt.x, 7), round(pt.y, 7)
        if not strip.contains(Point(lon, lat)):
            raise ValueError(f"{pick.name}: {lat}, {lon} is outside the Strip polygon")
        gov = next(name for name, poly in govs.items() if poly.contains(Point(lon, lat)))
        how = "node" if feat["geometry"]["type"] == "Point" else "polygon centroid"
        src = {"schools": SCHOOLS_SRC, "health": HEALTH_SRC, "places": PLACES_SRC,
               "outlines": OUTLINES_SRC}[pick.dataset]
        rows.append({
            "name": pick.name, "alt_names": "|".join(pick.alt_names),
            "feature_class": pick.feature_class, "governorate": gov, "parent": "",
            "lat": f"{lat}", "lon": f"{lon}", "geonames_id": "",
            "source": f"osm:{pick.osm_ref} ({how}) via {src}", "licence": LICENCE,
        })
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 5:
        print(__doc__, file=sys.stderr)
        return 2
    files = {"schools": Path(argv[1]), "health": Path(argv[2]), "places": Path(argv[3]),
             "outlines": Path(argv[4])}
    fields = ["name", "alt_names", "feature_class", "governorate", "parent", "lat", "lon",
              "geonames_id", "source", "licence"]
    writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
    writer.writerows(derive_rows(files))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
