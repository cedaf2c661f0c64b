"""Fill in and check character offsets and coordinates of the gold annotations.

Gold toponyms are written by hand as a surface string plus the place it names.
Counting characters by hand is error-prone, so offsets are computed here and
every span is checked against the text (``text[start:end] == surface``).
Coordinates are never typed in: they are copied from the gazetteer CSV rows
whose ``name`` (or one of whose ``alt_names``) equals the annotated place.

Two toponym forms are accepted in a gold JSONL file:

* a finished toponym with ``start``/``end``: it is verified;
* a spec without ``start``: every whole-word occurrence of ``surface`` in the
  text (or anywhere, if the spec has ``"glued": true``) that does not
  overlap a longer annotated span (or a span listed in the record's
  optional ``skip`` list, used for organisation names such as
  "Gaza Health Ministry") becomes one toponym.

Usage::

    python tests/data/make_offsets.py tests/data/gold_dev.jsonl tests/data/gold_heldout.jsonl

Files are rewritten atomically.  Errors name the record and the problem.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
import tempfile
from pathlib import Path

__all__ = ["load_gazetteer", "expand_record", "check_record", "main"]

ROOT = Path(__file__).resolve().parents[2]
CSV_PATHS = [
    ROOT / "gazetteer" / "sources" / "gaza_places.csv",
    ROOT / "gazetteer" / "sources" / "gaza_places_extra.csv",
    ROOT / "gazetteer" / "sources" / "out_of_area.csv",
    ROOT / "gazetteer" / "sources" / "regions.csv",
]
ALIAS_PATHS = [ROOT / "gazetteer" / "sources" / "aliases_extra.csv"]
EVENT_TYPES = {
    "Explosions/Remote violence",
    "Battles",
    "Violence against civilians",
    "Strategic developments",
    "Protests",
    "Riots",
}


def load_gazetteer(paths: list[Path] = CSV_PATHS) -> dict[str, dict[str, str]]:
    """Map every name, alternate name and extra alias to its CSV row.

    Exact names win over alternate names, and the first file wins; a lower-cased
    copy of every key is added last so that "Occupied Palestinian Territory"
    finds the row listing "occupied Palestinian territory".
    """
    rows: dict[str, dict[str, str]] = {}
    alts: dict[str, dict[str, str]] = {}
    for path in paths:
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                rows.setdefault(row["name"], row)
                for alt in (row.get("alt_names") or "").split("|"):
                    if alt:
                        alts.setdefault(alt, row)
    for path in ALIAS_PATHS:
        if path.exists():
            with path.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    if row["name"] in rows:
                        alts.setdefault(row["alias"], rows[row["name"]])
    for alt, row in alts.items():
        rows.setdefault(alt, row)
    for key, row in list(rows.items()):
        rows.setdefault(key.lower(), row)
    return rows


def _occurrences(text: str, surface: str, glued: bool = False) -> list[tuple[int, int]]:
    """Whole-word matches; ``glued`` also allows matches run together with a
    preceding word, as in scraped infoboxes ("LocationDeir al-Balah")."""
    pattern = ("" if glued else r"(?<!\w)") + re.escape(surface) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in taken)


def _coords(place: str, kind: str, gaz: dict[str, dict[str, str]]) -> tuple:
    row = gaz.get(place) or gaz.get(place.lower())
    if row is None:
        return place, None, None
    if kind != "point" or not row.get("lat"):
        return row["name"], None, None
    return row["name"], float(row["lat"]), float(row["lon"])


def expand_record(rec: dict, gaz: dict[str, dict[str, str]]) -> dict:
    """Turn toponym specs into finished toponyms with offsets and coordinates."""
    text = rec["text"]
    taken: list[tuple[int, int]] = []
    for s in rec.pop("skip", []):
        occ = _occurrences(text, s)
        if not occ:
            raise ValueError(f"{rec['id']}: skip string {s!r} not in text")
        taken.extend(occ)
    done = [t for t in rec.get("toponyms", []) if "start" in t]
    taken.extend((t["start"], t["end"]) for t in done)
    specs = [t for t in rec.get("toponyms", []) if "start" not in t]
    out = list(done)
    for spec in sorted(specs, key=lambda t: -len(t["surface"])):
        occ = _occurrences(text, spec["surface"], spec.pop("glued", False))
        found = [o for o in occ if not _overlaps(o, taken)]
        if not found:
            raise ValueError(f"{rec['id']}: toponym {spec['surface']!r} not found in text")
        for start, end in found:
            taken.append((start, end))
            out.append({**spec, "start": start, "end": end})
    for t in out:
        name, lat, lon = _coords(t["place"], t["kind"], gaz)
        t.update(place=name, lat=lat, lon=lon)
    out.sort(key=lambda t: t["start"])
    rec["toponyms"] = [
        {k: t[k] for k in ("surface", "start", "end", "place", "lat", "lon", "in_gaza", "kind")}
        for t in out
    ]
    return rec


def check_record(rec: dict) -> None:
    """Raise ValueError naming the record if any annotation is malformed."""
    rid = rec.get("id", "?")
    text = rec["text"]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec.get("published") or ""):
        raise ValueError(f"{rid}: published must be YYYY-MM-DD")
    prev_end = -1
    for t in rec["toponyms"]:
        if text[t["start"]:t["end"]] != t["surface"]:
            raise ValueError(f"{rid}: span {t['start']}:{t['end']} is not {t['surface']!r}")
        if t["start"] < prev_end:
            raise ValueError(f"{rid}: overlapping toponyms at {t['start']}")
        prev_end = t["end"]
        if t["kind"] not in ("point", "region"):
            raise ValueError(f"{rid}: bad kind {t['kind']!r}")
        if t["kind"] == "region" and t["lat"] is not None:
            raise ValueError(f"{rid}: region {t['surface']!r} must have null coordinates")
    for e in rec["events"]:
        if e["type"] not in EVENT_TYPES:
            raise ValueError(f"{rid}: bad event type {e['type']!r}")
        if e["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["date"]):
            raise ValueError(f"{rid}: bad event date {e['date']!r}")


def _write_atomic(path: Path, lines: list[str]) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("".join(line + "\n" for line in lines))
    os.replace(tmp, path)


def main(argv: list[str]) -> int:
    gaz = load_gazetteer()
    for name in argv:
        path = Path(name)
        recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        ids = [r["id"] for r in recs]
        if len(ids) != len(set(ids)):
            raise ValueError(f"{path}: duplicate ids")
        for rec in recs:
            expand_record(rec, gaz)
            check_record(rec)
        _write_atomic(path, [json.dumps(r, ensure_ascii=False) for r in recs])
        n_top = sum(len(r["toponyms"]) for r in recs)
        n_ev = sum(len(r["events"]) for r in recs)
        print(f"{path}: {len(recs)} records, {n_top} toponyms, {n_ev} events")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
