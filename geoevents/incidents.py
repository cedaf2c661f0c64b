"""Events of many reports -> incidents: one row per (date, place, type) across reports.

Within one report the coder keeps one event per (date, place, type). Two reports of one
airstrike still give two events, and a map or a count over a batch then shows the
incident twice. ACLED keeps one record per incident and cites every source; this is that
step, on the events table (so it works the same on a batch's output read back, a
notebook's table, or a Dask result gathered).

An event with no date or no resolved place is nobody's duplicate: it stays as it is.
Violence keeps one incident per (date, place, type), as the coder does within a report
("an airstrike" and "shelling" of one place and day are one attack); other developments
also keep their sub-type apart (a crossing seized and a crossing closed are two).
When sources disagree on a count, the lowest one is kept (ACLED's rule for conflicting
reports); the record that places and dates the incident best speaks for it.

Reports name one incident's place at different depths: "al-Mawasi" and "al-Mawasi, Khan
Younis", "Gaza City" and "Shejaia". An event at a place and one at a part of it, of one
date and type, are one incident where nothing tells them apart (:func:`linked_places`):
the part is the only one of that place's parts told that day, their counts agree (or one
tells none), and no report tells both; the part, the more precise, then places it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from geoevents._compat import import_optional_dependency
from geoevents.gazetteer import Gazetteer, haversine_m
from geoevents.model import Place
from geoevents.trigger_table import VIOLENT

if TYPE_CHECKING:  # pragma: no cover
    import geopandas
    import pandas

__all__ = ["merge_reports", "merge_ordered", "linked_places", "part_of", "INCIDENT_KEY", "ORDER"]

INCIDENT_KEY = ("event_date", "place_id", "event_type")
# The column giving each row its place in the whole events table (see merge_ordered).
ORDER = "_order"


# How far apart a place and its part may lie and still be one incident's: a town and its
# quarters, an area and its named parts (al-Mawasi's point lies some 6 km from its Khan
# Younis part's); further apart, a parent recorded in the gazetteer is no reason enough.
_PART_REACH_M = 10_000
# Parts a report names its town for, whatever it tells of the dead: a quarter, a camp, an
# area ("Israeli forces stormed a neighbourhood in Gaza City" and "raided Shejaia"). A site
# is not (a hospital, a school, a crossing): "heavy fighting in Khan Younis" and "the raid
# on Nasser Hospital" are the town's fighting and the site's raid, one incident only where
# both tell the same count of dead.
_QUARTERS = frozenset({"neighbourhood", "camp", "area", "town", "village"})


def part_of(gaz: Gazetteer, part: Place, whole: Place) -> bool:
    """Whether ``part`` is a part of ``whole`` that a report may name the whole for: a
    neighbourhood, site or camp the gazetteer puts in a town or an area ("Shejaia" in Gaza
    City), or one of an area's named parts ("al-Mawasi (Khan Younis)" of "al-Mawasi"),
    near it (not a region: an event told of "southern Gaza" or of a governorate is no
    telling of one strike in it; nor a place far from the whole's point)."""
    if part.id == whole.id or whole.kind == "region" or part.kind == "region" or \
            whole.feature_class == "country" or \
            None in (part.lat, whole.lat) or \
            haversine_m(part.lat, part.lon, whole.lat, whole.lon) > _PART_REACH_M:
        return False
    return part.name.startswith(whole.name + " (") or gaz.within(part, whole)


def linked_places(df: pandas.DataFrame, gaz: Gazetteer) -> dict[int, str]:
    """For the rows of ``df`` (with ``event_date``, ``place_id``, ``_kind``, ``event_type``,
    ``fatalities``, ``report_id``) told at a place of which another row of their date and
    type is told at a part, that part's id: "al-Mawasi" and "al-Mawasi, Khan Younis" of one
    day's strike are one incident, placed at the part. Not where the place has several such
    parts told that day (two strikes, or one not known to be either), where the counts told
    differ, of the dead or of the wounded ("five killed in Khan Younis", "twelve killed in
    al-Mawasi": two strikes), or where one report tells both (its own coder kept them
    apart); a site (not a quarter, a camp or an area: ``_QUARTERS``) only where both tell
    the same count of dead."""
    out: dict[int, str] = {}
    dated = df[df["event_date"].notna() & df["place_id"].notna()]
    if dated.empty:
        return out
    key = zip(dated["event_date"], dated["event_type"], dated["_kind"])
    told: dict[tuple, dict[str, _Told]] = {}
    for index, day, pid, dead, hurt, report in zip(
            dated.index, key, dated["place_id"], _values(dated, "fatalities"),
            _values(dated, "injuries"), _values(dated, "report_id")):
        places = told.setdefault(day, {})
        at = places.get(pid) or places.setdefault(pid, _Told())
        at.rows.append(index)
        if dead is not None:
            at.dead.append(dead)
        if hurt is not None:
            at.hurt.append(hurt)
        if report is not None:
            at.reports.add(report)
    within: dict[tuple[str, str], bool] = {}
    for rows in told.values():
        if len(rows) < 2:
            continue
        places = {pid: p for pid in rows if (p := gaz.get(pid)) is not None}
        wholes = _wholes(gaz, places, within)
        # (the finest told: not "Khan Younis" of "al-Mawasi (Khan Younis)" and "al-Mawasi"
        # both, the one in the other)
        finest = [pid for pid in places if not any(pid in w for w in wholes.values())]
        for whole_id in places:
            parts = [pid for pid in finest if whole_id in wholes[pid]]
            if len(parts) != 1:
                continue
            a, b = rows[whole_id], rows[parts[0]]
            counted = bool(a.dead and b.dead)
            if counted and min(a.dead) != min(b.dead) or \
                    a.hurt and b.hurt and min(a.hurt) != min(b.hurt) or \
                    not counted and places[parts[0]].feature_class not in _QUARTERS or \
                    a.reports & b.reports:
                continue
            out.update(dict.fromkeys(a.rows, parts[0]))
    return out


def _wholes(gaz: Gazetteer, places: dict[str, Place], within: dict[tuple[str, str], bool]
            ) -> dict[str, set[str]]:
    """For each of one day's places, the others of ``places`` it is a part of
    (:func:`part_of`), each pair asked of the gazetteer once per merge (``within``): the
    same places are told day after day, and asking every pair of every day took most of a
    large merge's time."""
    out: dict[str, set[str]] = {}
    for pid, place in places.items():
        out[pid] = set()
        for wid, whole in places.items():
            pair = (pid, wid)
            if pair not in within:
                within[pair] = part_of(gaz, place, whole)
            if within[pair]:
                out[pid].add(wid)
    return out


@dataclass
class _Told:
    """What the rows of one day, type and place tell: their index, counts and reports."""
    rows: list[int] = field(default_factory=list)
    dead: list[int] = field(default_factory=list)
    hurt: list[int] = field(default_factory=list)
    reports: set[str] = field(default_factory=set)


def _values(df: pandas.DataFrame, column: str) -> list:
    """``column``'s values with None for every missing one (pandas' NA, NaN, None), or all
    None where the table has no such column: plain values to loop over, where a boolean
    selection of the frame per place took most of the merge's time."""
    if column not in df:
        return [None] * len(df)
    col = df[column]
    return [None if missing else v for v, missing in zip(col.tolist(), col.isna().tolist())]


def merge_reports(table: geopandas.GeoDataFrame, gazetteer: Gazetteer | None = None
                  ) -> geopandas.GeoDataFrame:
    """One row per incident, with ``reports`` (how many reports tell it) and
    ``report_ids`` (their ids, ";"-separated) added; rows keep the events table's columns.

    The row kept for an incident is its most precisely placed (a part before the place
    it is part of: :func:`linked_places`), then most confident one; ``fatalities`` and
    ``injuries`` are the lowest counts any report gives, and actors the first any report
    names (in that same order).
    """
    if isinstance(table, str | os.PathLike):
        raise TypeError(f"merge_reports takes an events table, not a path ({table!r}): "
                        "geoevents.merge_reports_file(path, target) merges a file's events "
                        "into a GeoJSON file a few days at a time, or pass "
                        "read_events(path) to hold them all")
    pd = import_optional_dependency("pandas")
    gpd = import_optional_dependency("geopandas")
    df = pd.DataFrame(table).reset_index(drop=True)
    df[ORDER] = range(len(df))
    out = merge_ordered(df, gazetteer or Gazetteer.default()).drop(columns=ORDER)
    columns = [c for c in table.columns if c in out] + ["reports", "report_ids"]
    geometry = table.geometry.name if isinstance(table, gpd.GeoDataFrame) else None
    if geometry is None:
        return out[columns]
    return gpd.GeoDataFrame(out[columns], geometry=geometry, crs=table.crs)


def merge_ordered(df: pandas.DataFrame, gazetteer: Gazetteer) -> pandas.DataFrame:
    """:func:`merge_reports` on a frame whose ``ORDER`` column gives each row's place in
    the whole events table: the incidents of ``df`` in that order, ``ORDER`` kept (the
    place of the row that speaks for each), with ``reports`` and ``report_ids`` added.

    The whole table's ties are broken by that place, not by the frame's own, so a frame
    holding every row of some days gives those days' incidents exactly as the whole
    table does (:mod:`geoevents.incidents_file` merges a file a few days at a time)."""
    pd = import_optional_dependency("pandas")
    key = [*INCIDENT_KEY, "_kind"]
    df = df.reset_index(drop=True)
    sub = df["sub_event_type"] if "sub_event_type" in df else pd.Series("", index=df.index)
    df["_kind"] = sub.where(~df["event_type"].isin(VIOLENT), "")
    df["_kind"] = df["_kind"].fillna("")
    linked = linked_places(df, gazetteer)
    df["_wider"] = df.index.isin(list(linked))
    if linked:
        df["place_id"] = df["place_id"].astype(object)
        df.loc[list(linked), "place_id"] = pd.Series(linked)
    ranked = df.sort_values(["_wider", "geo_precision", "confidence", ORDER],
                            ascending=[True, True, False, True], na_position="last")
    alone = ranked[key].isna().any(axis=1)
    grouped = ranked[~alone].groupby(key, sort=False)
    merged = ranked[~alone].drop_duplicates(key).set_index(key)
    counts = grouped.agg(
        fatalities=("fatalities", "min"), injuries=("injuries", "min"),
        actor1=("actor1", "first"), actor2=("actor2", "first"),
        reports=("report_id", "nunique"),
    )
    counts["report_ids"] = _joined_ids(ranked[~alone], key, counts.index)
    merged.update(counts[["fatalities", "injuries", "actor1", "actor2"]])
    merged = merged.join(counts[["reports", "report_ids"]]).reset_index()
    single = ranked[alone].assign(
        reports=ranked.loc[alone, "report_id"].notna().astype(int),
        report_ids=ranked.loc[alone, "report_id"].fillna("").astype(str))
    out = pd.concat([merged, single], ignore_index=True).sort_values(ORDER)
    out = out.drop(columns=["_kind", "_wider"]).reset_index(drop=True)
    out["reports"] = out["reports"].astype("int64")
    return out


def _joined_ids(df: pandas.DataFrame, key: list[str], index: pandas.Index) -> list[str]:
    """The sorted, ";"-joined distinct report ids of each incident of ``index``, gathered in
    one pass: a joining function per group was most of the merge's time."""
    ids: dict[tuple, set[str]] = {}
    for k, report in zip(df[key].itertuples(index=False, name=None), _values(df, "report_id")):
        told = ids.setdefault(k, set())
        if report is not None:
            told.add(str(report))
    return [";".join(sorted(ids.get(k, ()))) for k in index]
