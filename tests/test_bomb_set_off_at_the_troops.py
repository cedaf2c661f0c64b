"""A bomb told going off at the Israeli forces is their foes', the forces the ones hit.

"An Improvised Explosive Device (IED) exploded beneath an Israeli tank" names no one who set
it off; in the Strip a bomb under the army's tank is an armed group's, and the tank's crew the
ones hit. Before, such a bomb had no sides, or, told "near an Israeli force", the force as its
author. A group named with it is its author; the army's own blast, and a bomb told at no
Israeli target, keep their sides.
"""

import pytest

from geoevents import parse

IED = "Remote explosive/landmine/IED"


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in parse(text, published="2025-05-09").events
            if e.sub_event_type == IED]


@pytest.mark.parametrize("text", [
    "An explosive device exploded beneath an Israeli tank in Rafah.",
    "A roadside bomb hit an Israeli armored bulldozer in Beit Hanoun on Friday.",
    "An IED detonated near an Israeli force in Khan Younis.",
    "An explosive device went off under an Israeli military vehicle in Jabalia, wounding two "
    "soldiers.",
    "A landmine exploded next to an army jeep east of Deir al-Balah on Sunday.",
    # a blast told on the troops as they went about their work
    "The explosion took place Saturday in the al-Janina neighborhood of Rafah, as Israeli "
    "forces were searching a building.",
    "An explosion hit a building in Beit Hanoun while Israeli troops were inside.",
    "Troops were killed in an explosion in Jabalia on Sunday.",
])
def test_a_bomb_at_the_troops_is_the_armed_groups(text):
    assert _sides(text) == [("Palestinian militants", "Israeli military")]


def test_a_group_named_with_it_is_its_author():
    assert _sides("Al-Quds Brigades said an explosive device exploded under a Merkava tank "
                  "east of Khan Younis.") == [("Islamic Jihad", "Israeli military")]


@pytest.mark.parametrize("text,sides", [
    # the army's own blast, at no Israeli target
    ("Israeli forces detonated explosives near a Hamas tunnel in Rafah.",
     [("Israeli military", "Hamas")]),
    # its own device gone off early
    ("An explosive device planted by the troops detonated prematurely near an Israeli force "
     "in Rafah, killing a soldier.", [("Israeli military", None)]),
    # a blast told at no one
    ("An explosive device exploded in Jabalia.", [(None, None)]),
    # the army's own charge, set off while troops worked nearby
    ("Israeli forces detonated a bomb in Rafah while troops were operating nearby.",
     [("Israeli military", None)]),
])
def test_near_misses_keep_their_sides(text, sides):
    assert _sides(text) == sides
