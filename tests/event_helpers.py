"""Helpers shared by the event-rule tests (test_events*.py)."""

from geoevents import parse


def _events(text, published="2024-07-10"):
    return [(e.sub_event_type, e.location, e.fatalities, e.event_date)
            for e in parse(text, published=published).events]


def _coded(text, published="2025-03-05"):
    return [(e.event_type, e.sub_event_type, e.location, e.fatalities, e.actor1, e.actor2)
            for e in parse(text, published=published).events]
