"""Who tells of a handover of captives is no party to it.

"Israel's military said Thursday that Palestinian militants handed over two coffins ... to
the Red Cross" is the militants' handover of Israel's dead hostages; the army only tells of
it, as the Red Cross only receives them. A teller who tells of its own deed ("Hamas said it
handed over") is still who acted, and a rescue told by the army stays the army's.
"""

import pytest

from geoevents import parse

RELEASE = "Hostage or prisoner release"


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in parse(text, published="2025-10-30").events
            if e.sub_event_type == RELEASE]


@pytest.mark.parametrize("text,actor1", [
    ("Israel's military said Thursday that Palestinian militants handed over two coffins "
     "containing the remains of dead hostages to the Red Cross in Gaza.",
     "Palestinian militants"),
    ("The Israeli army said Hamas handed over the bodies of two hostages to the Red Cross in "
     "Khan Younis on Thursday.", "Hamas"),
    ("Israel's military said on Monday that Hamas released three hostages to the Red Cross "
     "in Gaza City.", "Hamas"),
    ("The IDF announced that Islamic Jihad had transferred the remains of a hostage to the "
     "ICRC in Khan Younis.", "Islamic Jihad"),
])
def test_the_teller_of_a_handover_is_not_its_actor(text, actor1):
    assert _sides(text) == [(actor1, "Civilians (Israel)")]


@pytest.mark.parametrize("text,sides", [
    # the teller's own deed
    ("Hamas said it handed over the body of a hostage to the Red Cross in Gaza City.",
     [("Hamas", "Civilians (Israel)")]),
    # a rescue the army tells of is still the army's
    ("Israeli forces rescued four hostages in Nuseirat, the army said.",
     [("Israeli military", "Civilians (Israel)")]),
])
def test_near_misses_keep_their_sides(text, sides):
    assert _sides(text) == sides
