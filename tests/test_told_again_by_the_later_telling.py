"""An attack placed first with no count and told again later by a sentence that names
"the attack" or "the bombing" and so is keyed to the Strip ("carried out an airstrike on the
hospital in Beit Lahia ... The Civil Defence in Gaza confirmed that 17 were killed in the
attack ... The army acknowledged responsibility for the bombing") is one attack at its
place with the count; and a share of an attack's dead told "among the dead" with no day of
its own ("Four paramedics were among the dead") is a part of that attack's dead, not an
attack of the report's day. Near-misses: the placed
attack with a count of its own, two placed attacks, an area's sentence that names no
attack, a placed attack told after the area's count, a share told with deaths of its own or
on a day of its own."""

from __future__ import annotations

import pytest

from geoevents import parse


def _records(text: str, published: str = "2025-03-11") -> list[tuple]:
    return [(e.location, e.sub_event_type, e.fatalities)
            for e in parse(text, published=published).events]


@pytest.mark.parametrize("first,count,later,place,dead", [
    ("Israeli forces carried out a deadly airstrike on the Kamal Adwan Hospital, in Beit "
     "Lahia, aiming at a senior Hamas commander, according to Israeli media.",
     "The Civil Defence in Gaza confirmed that 17 Palestinians were killed in the attack. "
     "Among them, five died inside the hospital, while 12 others were killed in a nearby "
     "house.",
     "The Israeli army acknowledged responsibility for the bombing, claiming it targeted "
     "Hamas members.",
     "Kamal Adwan Hospital", 17),
    ("Israeli jets struck the Al-Shifa Hospital, in Gaza City, seeking a senior Hamas "
     "official, Israeli media said.",
     "The Health Ministry in Gaza said 26 Palestinians were killed in the strike. Of them, "
     "11 died inside the hospital, while 15 others were killed in a nearby block.",
     "The Israeli military admitted carrying out the attack, saying it targeted Hamas "
     "members.",
     "Al-Shifa Hospital", 26),
])
def test_a_count_keyed_wide_that_names_the_attack_is_the_placed_ones(first, count, later,
                                                                     place, dead):
    records = _records(f"{first}\n{count}\n{later}")
    assert [r for r in records if r[2] is not None] == [(place, "Air/drone strike", dead)]
    assert all(r[0] not in ("Gaza Strip",) for r in records)


def test_a_placed_attack_with_its_own_count_keeps_the_wide_one_apart():
    text = ("An Israeli airstrike killed 4 people in a house in Beit Lahia on Tuesday, "
            "medics said.\nThe Civil Defence confirmed that 21 Palestinians were killed in "
            "the attack. The Israeli military said it was behind the bombing.")
    records = _records(text)
    assert ("Beit Lahia", "Air/drone strike", 4) in records


def test_a_placed_attack_told_after_the_wide_count_stays_apart():
    # (the later telling must be the one that points back: here the placed one comes last)
    text = ("The Civil Defence said 21 Palestinians were killed in Israeli attacks on "
            "Tuesday. The Israeli military said it was behind the bombing.\nIsraeli jets "
            "carried out an airstrike on a school in Beit Lahia on Tuesday.")
    records = _records(text)
    assert ("Gaza Strip", "Air/drone strike", 21) in records
    assert ("Beit Lahia", "Air/drone strike", None) in records


@pytest.mark.parametrize("first,share,place,dead", [
    ("Israeli airstrikes hit Al-Awda Hospital in Jabalia on 10 March 2025. At least 15 "
     "people were killed.", "Four paramedics were among the dead.",
     "Al-Awda Hospital (Jabalia)", 15),
    ("An Israeli strike hit a school in Nuseirat camp on 10 March 2025, killing 12 people.",
     "Three children were among the victims.", "Nuseirat Camp", 12),
])
def test_a_share_among_the_dead_with_no_day_is_the_attacks(first, share, place, dead):
    records = _records(f"{first}\n{share}")
    assert [r for r in records if r[2] is not None] == [(place, "Air/drone strike", dead)]


def test_a_share_among_the_dead_on_a_day_of_its_own_stays_apart():
    text = ("Israeli airstrikes hit Al-Awda Hospital in Jabalia on 10 March 2025. At least 15 "
            "people were killed.\nOn Tuesday, an Israeli strike killed four paramedics in "
            "Rafah, and two doctors were among the dead.")
    records = _records(text)
    assert ("Al-Awda Hospital (Jabalia)", "Air/drone strike", 15) in records
    assert any(r[0] == "Rafah" for r in records)


def test_a_share_told_with_deaths_of_its_own_stays_apart():
    text = ("At least 60 Palestinians were killed in Israeli airstrikes across the Gaza Strip "
            "on Tuesday, medics said.\nAmong the casualties, 25 people were killed while "
            "waiting for food aid near Rafah.")
    records = _records(text)
    assert not any(r[2] == 85 for r in records)
    assert any(r[2] == 25 for r in records)
