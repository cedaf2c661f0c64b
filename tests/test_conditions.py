"""A release named as the end a vow waits for ("until all remaining hostages are
released") is no event; a release told as done stays one."""

import pytest

from geoevents import parse

RELEASE = "Hostage or prisoner release"


def _subs(text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.location)
            for e in parse(text, published="2024-05-12").events]


@pytest.mark.parametrize("text", [
    "The minister said the army would press ahead in Gaza until all remaining hostages are "
    "released.",
    "Israel will not stop its offensive in Rafah unless the captives have been freed.",
    "The army said it would keep operating in Khan Younis until the 20 living hostages are "
    "returned.",
])
def test_a_release_awaited_is_none(text):
    assert RELEASE not in [s for s, _ in _subs(text)]


@pytest.mark.parametrize("text,place", [
    ("Fighting in Rafah paused on Sunday until the hostages were released.", "Rafah"),
    ("Hamas released three hostages in Khan Younis on Sunday.", "Khan Younis"),
    ("Three hostages are released by Hamas in Khan Younis.", "Khan Younis"),
])
def test_a_release_told_stays(text, place):
    assert (RELEASE, place) in _subs(text)
