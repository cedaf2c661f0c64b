"""geoevents: conflict reports about the Gaza Strip -> mapped, dated events, offline.

A short tour::

    >>> from geoevents import Gazetteer
    >>> gaz = Gazetteer.default()
    >>> gaz.lookup("Shujaiyya")[0].place.name
    'Shejaia'

The pipeline runs one way: gazetteer -> mentions -> events -> table -> exports and
maps, and every stage reads and writes the records in :mod:`geoevents.model`.
"""

from typing import Any

from geoevents.errors import GeoeventsError, QueryError, ReportFormatError
from geoevents.gazetteer import Candidate, Gazetteer
from geoevents.model import Event, Mention, ParsedReport, Place
from geoevents.parse import find_places, parse
from geoevents.table import events_to_geodataframe

# Batch, IO and maps pull in heavier packages: they are imported on first use only, so
# that ``import geoevents`` and ``parse()`` stay light.
_LAZY = {
    "run": ("geoevents.batch", "run"),
    "RunSummary": ("geoevents.batch", "RunSummary"),
    "read_reports": ("geoevents.io", "read_reports"),
    "read_events": ("geoevents.io", "read_events"),
    "write_events": ("geoevents.io", "write_events"),
    "to_geojson": ("geoevents.io", "to_geojson"),
    "render_map": ("geoevents.render", "render_map"),
    "save_map": ("geoevents.render", "save_map"),
    "GazaGeocoder": ("geoevents.geocoder", "GazaGeocoder"),
    "evaluate_file": ("geoevents.evaluate", "evaluate_file"),
    "merge_reports": ("geoevents.incidents", "merge_reports"),
    "merge_reports_file": ("geoevents.incidents_file", "merge_reports_file"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'geoevents' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The lazy names too, for ``dir()`` and tab completion."""
    return sorted(set(globals()) | set(_LAZY))


__version__ = "0.1.0"

__all__ = [
    "Candidate",
    "GazaGeocoder",
    "RunSummary",
    "evaluate_file",
    "events_to_geodataframe",
    "merge_reports",
    "merge_reports_file",
    "read_events",
    "read_reports",
    "render_map",
    "run",
    "save_map",
    "to_geojson",
    "write_events",
    "Event",
    "Gazetteer",
    "GeoeventsError",
    "Mention",
    "ParsedReport",
    "Place",
    "QueryError",
    "ReportFormatError",
    "__version__",
    "find_places",
    "parse",
]
