"""Which sense of a name a neighbouring name settles: a part of a place ("al-Mawasi (Khan
Younis)") only where the text ties the two ("the al-Mawasi area of Khan Younis"), not where
they are listed side by side or merely near each other."""

from __future__ import annotations

import pytest

from geoevents import find_places

# (both halves' governorates named elsewhere, so the report's places settle no half by
# themselves)
_ELSEWHERE = " Shelling was also reported in Rafah and Khan Younis."


def _mawasi(text: str) -> list[str | None]:
    return [m.place_id for m in find_places(text).mentions if "wasi" in m.surface]


@pytest.mark.parametrize("text", [
    "A drone hit a tent in the al-Mawasi area of Khan Younis on Monday.",
    "Rescuers said a strike hit families in al-Mawasi, northwest of Khan Younis.",
    "A shell fell in al-Mawasi, just west of the city of Khan Younis, at dawn.",
    "Tanks fired towards al-Mawasi near Khan Younis overnight.",
    "Medics reached al-Mawasi, Khan Younis, Gaza, after the strike.",
    "Khan Younis' al-Mawasi was shelled overnight.",
    "Families sheltering west of Khan Younis in al-Mawasi were hit.",
    "People fled the east of Khan Younis to the Mawasi area near the city on Sunday.",
])
def test_a_part_tied_to_its_whole(text):
    assert _mawasi(text + _ELSEWHERE) == ["area:al-mawasi-khan-younis"]


def test_a_part_tied_past_the_strip_told_between():
    text = ("A strike hit tents in al-Mawasi, a crowded coastal area in the southern Gaza "
            "Strip, near the city of Rafah." + _ELSEWHERE)
    assert _mawasi(text) == ["area:al-mawasi-rafah"]


def test_each_part_by_its_own_whole():
    text = ("Some 5,000 people moved from the al-Mawasi area of Rafah to the al-Mawasi "
            "area of Khan Younis.")
    assert _mawasi(text) == ["area:al-mawasi-rafah", "area:al-mawasi-khan-younis"]


@pytest.mark.parametrize("text", [
    # siblings in a list, never container and contained
    "Strikes killed one person each in al-Mawasi, Khan Younis and Jabalia.",
    "Strikes on Khan Younis, Rafah and al-Mawasi continued on Tuesday.",
    "Tents in the al-Mawasi and Khan Younis areas were flooded.",
    # merely near: people sent from one place to the other
    "Residents of eastern Rafah were told to move to al-Mawasi on Monday.",
])
def test_a_name_merely_near_its_whole_is_the_whole(text):
    assert _mawasi(text + _ELSEWHERE) == ["area:al-mawasi"]
