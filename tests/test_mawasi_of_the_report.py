"""al-Mawasi, a coastal strip whose halves lie in Khan Younis and Rafah governorates, is
the half in the governorate of the report's other places (as the two al-Awda hospitals
are), however it is spelt ("Muwasi" too); with no such place it stays the whole."""

from __future__ import annotations

import pytest

from geoevents import find_places


def _mawasi(text: str) -> list[str | None]:
    return [m.place_id for m in find_places(text).mentions if "wasi" in m.surface]


@pytest.mark.parametrize("text", [
    "An Israeli strike hit tents in al-Mawasi on Monday. The wounded were taken to Nasser "
    "Hospital in Khan Younis.",
    "Tanks pushed towards Muwasi after shelling Bani Suheila and Khan Younis.",
    "Doctors at Nasser Hospital said a strike on a tent camp in Mawasi killed nine.",
])
def test_the_half_in_the_reports_governorate(text):
    assert set(_mawasi(text)) == {"area:al-mawasi-khan-younis"}


@pytest.mark.parametrize("text", [
    # near misses: no other place, or only the Strip
    "An Israeli strike hit tents in al-Mawasi on Monday.",
    "Israeli strikes across the Gaza Strip hit Muwasi on Monday.",
])
def test_the_whole_where_the_report_does_not_tell_a_half(text):
    assert set(_mawasi(text)) == {"area:al-mawasi"}


def test_a_half_named_stays_that_half():
    text = "A strike hit Mawasi Rafah on Monday; Nasser Hospital in Khan Younis took the dead."
    assert _mawasi(text) == ["area:al-mawasi-rafah"]
