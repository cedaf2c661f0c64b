"""A lead that names only the Strip ("an Israeli strike on a school in Gaza left dozens
dead") and the one attack the body then places twice, at a town and at the camp in it
("one of our schools in the Bureij area was hit", "33 were killed in the school building
attack in Bureij refugee camp"), are one attack: the lead is no third record. A lead whose
vague count is larger than the site's toll, or a body that places the day's attacks at
two camps, keeps the lead apart. The town's telling and the camp's are then one record at
the camp, with the lower count (see test_town_and_its_camp)."""

from __future__ import annotations

import pytest

from geoevents import parse


def _strikes(text: str, published: str) -> list[tuple[str | None, int | None]]:
    return [(e.location, e.fatalities) for e in parse(text, published=published).events
            if e.event_type == "Explosions/Remote violence"]


def _report(lead: str, town_site: str, camp: str) -> str:
    return (f"Amid early reports that {lead} in Gaza overnight into Thursday left {{dead}}, "
            "aid groups warned of disease in the shelters.\n"
            f"\u201cUNRWA can confirm that one of our schools in {town_site} was hit overnight "
            "by Israeli Forces. The number of those reported killed is between 25 and 40,\u201d "
            "the agency said.\n"
            "Local officials in Gaza reported that 33 people were killed in the school "
            f"building attack in {camp} refugee camp in central Gaza.")


@pytest.mark.parametrize("text,published,expected", [
    (_report("an Israeli strike on a UN-run school", "the Bureij area", "Bureij")
     .format(dead="dozens dead"), "2024-06-06", [("Bureij Camp", 25)]),
    ("An Israeli air strike on a school sheltering displaced families in Gaza on Monday left "
     "dozens dead, officials said.\nThe agency said one of its schools in Jabalia was struck "
     "early on Monday. It said between 20 and 30 people were reported killed.\nCivil defence "
     "officials said 27 people were killed in the attack on the school in Jabalia refugee "
     "camp.", "2024-10-14", [("Jabalia", 20), ("Jabalia Camp", 27)]),
])
def test_the_strips_lead_is_the_attack_placed_at_the_town_and_its_camp(text, published,
                                                                        expected):
    assert _strikes(text, published) == expected


def test_a_vague_count_larger_than_the_sites_toll_stays_the_strips():
    text = _report("Israeli strikes on schools", "the Bureij area", "Bureij").format(
        dead="hundreds dead")
    assert _strikes(text, "2024-06-06") == [("Gaza Strip", 100), ("Bureij Camp", 25)]


def test_attacks_placed_at_two_camps_leave_the_lead_apart():
    text = _report("an Israeli strike on a UN-run school", "the Maghazi camp", "Bureij").format(
        dead="dozens dead")
    assert _strikes(text, "2024-06-06") == [("Gaza Strip", 12), ("Maghazi Camp", 25),
                                            ("Bureij Camp", 33)]
