"""Build the shipped gazetteer (geoevents/data/) from the source files in gazetteer/sources/.

Run from the repository root:

    python gazetteer/build.py

The output is deterministic (sorted rows, sorted keys, fixed float precision), so a
rebuild with unchanged sources gives byte-identical files and a diff shows exactly what
a source change did. Every coordinate comes from a source row; the only derived
geometries are the coarse regions ("northern Gaza" ...), which are unions of the
governorate polygons named in ``regions.csv``.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

from shapely.geometry import mapping, shape
from shapely.ops import unary_union

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
OUT = HERE.parent / "geoevents" / "data"

GOVERNORATES = ("North Gaza", "Gaza", "Deir al-Balah", "Khan Younis", "Rafah")
REGION_CLASSES = {"strip", "governorate", "region", "corridor"}
COASTAL_TOLERANCE_M = 300.0

# Licence per source tag prefix, for rows whose source file has no licence column.
_LICENCE_BY_PREFIX = (
    ("gn:", "CC BY 4.0 (GeoNames)"),
    ("wof:", "CC0 (Who's On First); polygon-derived points: OCHA COD-AB, CC BY-IGO"),
    ("wikipedia", "CC BY-SA 4.0 (Wikipedia)"),
    ("wikidata", "CC0 (Wikidata)"),
)


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’`ʿʾ]", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def read_csv(name: str) -> list[dict[str, str]]:
    path = SOURCES / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def licence_for(source: str, given: str = "") -> str:
    if given:
        return given
    for prefix, licence in _LICENCE_BY_PREFIX:
        if source.lower().startswith(prefix) or f" via {prefix}" in source.lower():
            return licence
    return "see gazetteer/SOURCES.md"


def split_names(value: str) -> list[str]:
    return [n.strip() for n in value.split("|") if n.strip()]


def main() -> int:
    admin = json.loads((SOURCES / "gaza_admin.geojson").read_text(encoding="utf-8"))
    polygons: dict[str, object] = {}
    for feat in admin["features"]:
        props = feat["properties"]
        key = "Gaza Strip" if props.get("admin_level") != "governorate" else props["name"]
        polygons[key] = shape(feat["geometry"])
    strip = polygons["Gaza Strip"]

    preferred = {r["name"]: r["preferred"] for r in read_csv("preferred_names.csv")}
    parents = {r["name"]: r["parent"] for r in read_csv("parents.csv")}
    excluded = {(r["name"], r["alias"]) for r in read_csv("alias_exclusions.csv")}
    extra_aliases: dict[str, list[str]] = {}
    for r in read_csv("aliases_extra.csv"):
        extra_aliases.setdefault(r["name"], []).append(r["alias"])

    rows: list[dict] = []
    for r in read_csv("gaza_places.csv") + read_csv("gaza_places_extra.csv"):
        fclass = r["feature_class"]
        if r["name"] == "Gaza Strip":
            fclass = "strip"
        rows.append({
            "source_name": r["name"],
            "feature_class": fclass,
            "governorate": r.get("governorate") or None,
            "parent_name": r.get("parent") or parents.get(r["name"]) or None,
            "lat": float(r["lat"]),
            "lon": float(r["lon"]),
            "geonames_id": int(r["geonames_id"]) if r.get("geonames_id") else None,
            "source": r["source"],
            "licence": licence_for(r["source"], r.get("licence", "")),
            "aliases": split_names(r.get("alt_names", "")) + extra_aliases.get(r["name"], []),
            "in_gaza": True,
        })

    region_rows = read_csv("regions.csv")
    region_alias_keys = set()
    for r in region_rows:
        members = split_names(r["governorates"])
        geom = unary_union([polygons[m] for m in members])
        pt = geom.representative_point()
        polygons[f"region:{r['name']}"] = geom
        names = split_names(r.get("alt_names", ""))
        region_alias_keys.update(n.lower() for n in names + [r["name"]])
        rows.append({
            "source_name": r["name"], "feature_class": "region",
            "governorate": members[0] if len(members) == 1 else None, "parent_name": None,
            "lat": pt.y, "lon": pt.x, "geonames_id": None,
            "source": f"union of governorate polygons ({', '.join(members)}); {r['source']}",
            "licence": "derived from OCHA COD-AB via Who's On First (CC BY-IGO / CC0)",
            "aliases": names, "in_gaza": True,
        })

    for r in read_csv("out_of_area.csv"):
        rows.append({
            "source_name": r["name"], "feature_class": r["feature_class"],
            "governorate": None, "parent_name": None, "country": r.get("country") or None,
            "lat": float(r["lat"]), "lon": float(r["lon"]),
            "geonames_id": int(r["geonames_id"]) if r.get("geonames_id") else None,
            "source": r["source"], "licence": licence_for(r["source"], r.get("licence", "")),
            "aliases": split_names(r.get("alt_names", "")), "in_gaza": False,
        })

    # Stable ids: feature class + slug of the source name (never of the display name, so
    # renaming for display does not change ids).
    by_source_name: dict[str, dict] = {}
    ids: set[str] = set()
    for row in rows:
        prefix = row["feature_class"] if row["in_gaza"] else "world-" + row["feature_class"]
        pid = f"{prefix}:{slug(row['source_name'])}"
        if pid in ids:
            raise SystemExit(f"duplicate id {pid}")
        ids.add(pid)
        row["id"] = pid
        by_source_name.setdefault(row["source_name"], row)

    places = []
    for row in rows:
        name = preferred.get(row["source_name"], row["source_name"])
        aliases = [row["source_name"], *row["aliases"]]
        if row["feature_class"] != "region":
            # "Northern Gaza" belongs to the region, not to the North Gaza governorate.
            aliases = [a for a in aliases if a.lower() not in region_alias_keys]
        aliases = [a for a in aliases if (row["source_name"], a) not in excluded]
        seen: set[str] = set()
        uniq = []
        for a in aliases:
            if a != name and a not in seen:
                seen.add(a)
                uniq.append(a)
        parent = None
        if row["parent_name"]:
            if row["parent_name"] not in by_source_name:
                raise SystemExit(f"{row['source_name']}: unknown parent {row['parent_name']!r}")
            parent = by_source_name[row["parent_name"]]["id"]
        governorate = row["governorate"]
        if row["in_gaza"] and row["feature_class"] not in ("strip", "region"):
            try:
                governorate = _check_governorate(row, polygons, strip)
            except OutsideStrip as err:
                print(f"skipped: {err}", file=sys.stderr)
                continue
        places.append({
            "id": row["id"], "name": name, "feature_class": row["feature_class"],
            "lat": round(row["lat"], 6), "lon": round(row["lon"], 6),
            "in_gaza": row["in_gaza"],
            "kind": "region" if row["feature_class"] in REGION_CLASSES else "point",
            "governorate": governorate, "parent": parent, "aliases": uniq,
            "geonames_id": row["geonames_id"],
            "has_polygon": _area_geometry(row, governorate, polygons) is not None,
            "source": row["source"], "licence": row["licence"],
        })
    places.sort(key=lambda p: p["id"])

    areas = []
    for place in places:
        if not place["has_polygon"]:
            continue
        row = next(r for r in rows if r["id"] == place["id"])
        geom = _area_geometry(row, place["governorate"], polygons)
        areas.append({"type": "Feature", "geometry": _rounded(mapping(geom)), "properties": {
            "place_id": place["id"], "name": place["name"],
            "feature_class": place["feature_class"], "governorate": place["governorate"],
        }})
    areas.sort(key=lambda f: f["properties"]["place_id"])

    ambiguities = []
    for r in read_csv("ambiguities.csv"):
        ranked = []
        for n in split_names(r["places"]):
            if n not in by_source_name:
                raise SystemExit(f"ambiguities.csv: unknown place {n!r}")
            ranked.append(by_source_name[n]["id"])
        for spelling in split_names(r["name"]):  # "Khan Younis|Khan Yunis": one entry each
            ambiguities.append({"name": spelling, "places": ranked, "reason": r["reason"]})

    OUT.mkdir(parents=True, exist_ok=True)
    _write_json(OUT / "places.json", {"places": places, "ambiguities": ambiguities})
    _write_json(OUT / "areas.geojson", {"type": "FeatureCollection", "features": areas})
    n_gaza = sum(p["in_gaza"] for p in places)
    print(f"{len(places)} places ({n_gaza} in the Gaza Strip), {len(areas)} polygons, "
          f"{len(ambiguities)} documented ambiguities -> {OUT}")
    return 0


def _area_geometry(row: dict, governorate: str | None, polygons: dict):
    """The polygon a source gives for this place: only the Strip, governorates and regions.

    (Keyed by place kind, never by bare name: the governorate "Gaza" is not Gaza City.)
    """
    if row["feature_class"] == "strip":
        return polygons["Gaza Strip"]
    if row["feature_class"] == "governorate":
        return polygons.get(governorate)
    if row["feature_class"] == "region":
        return polygons.get(f"region:{row['source_name']}")
    return None


def _check_governorate(row: dict, polygons: dict, strip) -> str:
    """Assign the governorate by point-in-polygon; reject points outside the Strip."""
    from shapely.geometry import Point

    pt = Point(row["lon"], row["lat"])
    for gov in GOVERNORATES:
        if polygons[gov].covers(pt):
            return gov
    # Coastal or border points just off the generalised outline: nearest governorate.
    nearest = min(GOVERNORATES, key=lambda g: polygons[g].distance(pt))
    dist_m = polygons[nearest].distance(pt) * 95_000  # degrees -> metres at 31.4N (upper bound)
    if dist_m > COASTAL_TOLERANCE_M:
        raise OutsideStrip(f"{row['source_name']}: point {dist_m:.0f} m outside the Strip outline")
    return nearest


class OutsideStrip(ValueError):
    """A source point too far outside the Strip polygon to be shipped as an in-Strip place."""


def _rounded(geom: dict) -> dict:
    def rnd(c):
        if isinstance(c[0], (int, float)):
            return [round(c[0], 6), round(c[1], 6)]
        return [rnd(x) for x in c]

    return {"type": geom["type"], "coordinates": rnd(geom["coordinates"])}


def _write_json(path: Path, obj) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=1) + "\n",
                   encoding="utf-8")
    tmp.replace(path)


if __name__ == "__main__":
    sys.exit(main())
