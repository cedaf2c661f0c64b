"""geoevents: conflict reports about the Gaza Strip -> mapped, dated events, offline.

A short tour::

    >>> from geoevents import Gazetteer
    >>> gaz = Gazetteer.default()
    >>> gaz.lookup("Shujaiyya")[0].place.name
    'Shejaia'

The pipeline runs one way: gazetteer -> mentions -> events -> table -> exports and
maps, and every stage reads and writes the records in :mod:`geoevents.model`.
"""

from geoevents.errors import GeoeventsError, QueryError, ReportFormatError
from geoevents.gazetteer import Candidate, Gazetteer
from geoevents.model import Event, Mention, ParsedReport, Place
from geoevents.parse import find_places, parse

__version__ = "0.1.0"

__all__ = [
    "Candidate",
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
