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
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geoevents._compat import import_optional_dependency
from geoevents.trigger_table import VIOLENT

if TYPE_CHECKING:  # pragma: no cover
    import geopandas

__all__ = ["merge_reports", "INCIDENT_KEY"]

INCIDENT_KEY = ("event_date", "place_id", "event_type")


def merge_reports(table: geopandas.GeoDataFrame) -> geopandas.GeoDataFrame:
    """One row per incident, with ``reports`` (how many reports tell it) and
    ``report_ids`` (their ids, ";"-separated) added; rows keep the events table's columns.

    The row kept for an incident is its most precisely placed, then most confident one;
    ``fatalities`` and ``injuries`` are the lowest counts any report gives, and actors
    the first any report names (in that same order).
    """
    pd = import_optional_dependency("pandas")
    gpd = import_optional_dependency("geopandas")
    key = [*INCIDENT_KEY, "_kind"]
    df = pd.DataFrame(table).reset_index(drop=True)
    sub = df["sub_event_type"] if "sub_event_type" in df else pd.Series("", index=df.index)
    df["_kind"] = sub.where(~df["event_type"].isin(VIOLENT), "")
    df["_kind"] = df["_kind"].fillna("")
    df["_order"] = range(len(df))
    ranked = df.sort_values(["geo_precision", "confidence", "_order"],
                            ascending=[True, False, True], na_position="last")
    alone = ranked[key].isna().any(axis=1)
    grouped = ranked[~alone].groupby(key, sort=False)
    merged = ranked[~alone].drop_duplicates(key).set_index(key)
    counts = grouped.agg(
        fatalities=("fatalities", "min"), injuries=("injuries", "min"),
        actor1=("actor1", "first"), actor2=("actor2", "first"),
        reports=("report_id", "nunique"),
        report_ids=("report_id", lambda ids: ";".join(sorted({str(i) for i in ids.dropna()}))),
    )
    merged.update(counts[["fatalities", "injuries", "actor1", "actor2"]])
    merged = merged.join(counts[["reports", "report_ids"]]).reset_index()
    single = ranked[alone].assign(
        reports=ranked.loc[alone, "report_id"].notna().astype(int),
        report_ids=ranked.loc[alone, "report_id"].fillna("").astype(str))
    out = pd.concat([merged, single], ignore_index=True).sort_values("_order")
    out = out.drop(columns=["_order", "_kind"]).reset_index(drop=True)
    out["reports"] = out["reports"].astype("int64")
    columns = [c for c in table.columns if c in out] + ["reports", "report_ids"]
    geometry = table.geometry.name if isinstance(table, gpd.GeoDataFrame) else None
    if geometry is None:
        return out[columns]
    return gpd.GeoDataFrame(out[columns], geometry=geometry, crs=table.crs)
