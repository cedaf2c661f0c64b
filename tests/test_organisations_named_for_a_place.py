"""A place name inside an organisation's or a person's name is no mention of the place: a
state's body ("the U.S. Senate", "the United States Treasury Department"), a broadcaster
credited with its number ("(France 24)"), an organisation's branch written with a capital
inside its first word ("ActionAid UK"), a man's given name before his family's ("Khalil
al-Haya"). The same place named by itself stays a mention."""

from __future__ import annotations

import pytest

from geoevents import parse


def _surfaces(text: str) -> list[str]:
    return [m.surface for m in parse(text, published="2024-05-17").mentions]


@pytest.mark.parametrize("text,kept", [
    ("The U.S. Senate rejected the resolutions on Wednesday.", []),
    ("The United States Congress passed the bill, the United States Treasury said.", []),
    ("The Israel Knesset voted on Monday, and the Egypt Embassy issued a statement.", []),
    ("The U.S. Central Command said the pier off Gaza was working.", ["Gaza"]),
    ("Aid groups fled Rafah. (Reuters via France 24)", ["Rafah"]),
    ("Strikes hit Khan Younis overnight. (France 24)", ["Khan Younis"]),
    ("ActionAid Palestine said the convoy never reached Rafah.", ["Rafah"]),
    ("The CEO of ActionAid UK said Gaza was under blockade.", ["Gaza"]),
    ("Hamas official Khalil al-Hayya said talks in Cairo would go on.", ["Cairo"]),
    ("Khalil al-Dakran, a ministry spokesman, said the dead reached Nasser Hospital.",
     ["Nasser Hospital"]),
])
def test_a_name_inside_another_name_is_no_mention(text, kept):
    assert _surfaces(text) == kept


@pytest.mark.parametrize("text,place", [
    ("The United States said it would send more aid to Gaza.", "United States"),
    ("Protesters marched in France 24 hours after the strike.", "France"),
    ("ActionAid staff in the UK said the convoy had stopped.", "UK"),
    ("Tanks shelled tents in Rafah al-Mawasi on Tuesday.", "Rafah"),
    ("Settlers attacked homes in Hebron on Tuesday.", "Hebron"),
])
def test_the_place_by_itself_stays(text, place):
    assert place in _surfaces(text)
