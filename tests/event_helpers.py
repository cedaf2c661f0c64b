"""Helpers shared by the event-rule and casualty-wording tests, so that each reads
records and counts the one way (the event stage through parse, the casualty reader alone)."""

from geoevents import parse
from geoevents.casualties import find_casualties


def _events(text, published="2024-07-10"):
    return [(e.sub_event_type, e.location, e.fatalities, e.event_date)
            for e in parse(text, published=published).events]


def _coded(text, published="2025-03-05"):
    return [(e.event_type, e.sub_event_type, e.location, e.fatalities, e.actor1, e.actor2)
            for e in parse(text, published=published).events]


def killed_counts(text: str) -> list[int | None]:
    """The counts of the dead the casualty reader finds in ``text``, in order: the tests of
    a count's wording check the reader alone, before the event stage picks one per record."""
    return [c.count for c in find_casualties(text) if c.kind == "killed"]
