"""A truce extended is an agreement made again for longer ("the pause has been extended for
an additional 48 hours", "Israel and Hamas extended the truce by two days"), as one agreed
or taking effect is; an extension asked for, hoped for, refused or denied is none."""

import pytest

from geoevents import parse

AGREEMENT = ("Strategic developments", "Agreement")


def _coded(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type)
            for e in parse(text, published="2023-11-28").events]


@pytest.mark.parametrize("text", [
    "The humanitarian pause in Gaza was extended by another day on Tuesday, mediators said.",
    "Qatar said the truce in Gaza had been extended for two more days.",
    "Israel and Hamas extended their ceasefire in Gaza on Tuesday.",
])
def test_a_truce_extended_is_an_agreement(text):
    assert AGREEMENT in _coded(text)


@pytest.mark.parametrize("text", [
    "The UN called for the truce in Gaza to be extended on Tuesday.",
    "Aid groups hope the pause in Gaza will be extended beyond Thursday.",
    "Israel refused to extend the ceasefire in Gaza on Tuesday.",
    "Israel has not extended the ceasefire in Gaza.",
])
def test_an_extension_asked_for_or_denied_is_none(text):
    assert AGREEMENT not in _coded(text)
