"""A sentence that tells the attack told before again ("Other journalists killed in the
strike were ...") and names no place of its own is that attack, on its day: no second
record at a place the sentences before it carried ("a reporter known for covering northern
Gaza")."""

from __future__ import annotations

import pytest

from geoevents import parse

_LEAD = ("An Israeli strike on a tent near Nasser Hospital in Khan Younis killed four people "
         "on Monday, medics said. Among the dead was Ahmed Saleh, a photographer known for "
         "covering southern Gaza.\n\nThe army said it had targeted a militant. Rights groups "
         "rejected the claim.\n\n")


def _places(text: str) -> list[tuple[str | None, int | None]]:
    return [(e.location, e.fatalities) for e in parse(text, published="2024-10-08").events]


@pytest.mark.parametrize("tail", [
    "Other people killed in the strike were Omar Saleh, Khaled Nasr and Yousef Abu Amra.",
    "Some of those wounded in the attack were treated in a field clinic.",
    "Colleagues said the bombing left the tent in ashes.",
])
def test_the_attack_told_again_is_the_one_told_before(tail):
    assert _places(_LEAD + tail) == [("Nasser Medical Complex", 4)]


@pytest.mark.parametrize("tail,expected", [
    # a place of its own: another act there
    ("Other people were killed in a strike in Rafah, medics said.",
     [("Nasser Medical Complex", 4), ("Rafah", None)]),
    # "another deadly strike" told since: "the strike" may be that one
    ("Another deadly strike was reported in Bani Suheila. Rescuers said the wounded from "
     "the strike overwhelmed the clinic.",
     [("Nasser Medical Complex", 4), ("Bani Suheila", None)]),
])
def test_an_attack_told_with_its_own_place_or_after_another_stays(tail, expected):
    assert _places(_LEAD + tail) == expected


def test_two_attacks_told_before_leave_it_alone():
    text = ("An Israeli strike on a house in Deir al-Balah killed six people on Monday. An "
            "Israeli strike on a car in Rafah killed two men on Monday. Among the dead was a "
            "teacher who had fled from northern Gaza.\n\nThe army did not comment.\n\n"
            "Other people wounded in the strike were treated at a clinic.")
    places = [p for p, _ in _places(text)]
    assert places[:2] == ["Deir al-Balah", "Rafah"]
