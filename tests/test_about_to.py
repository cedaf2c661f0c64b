"""Acts told as about to happen ("set to", "poised to", "about to"), headlines' way of
saying "will", are no events; acts told beside them, and orders set to take effect, stay."""

import pytest

from geoevents import parse


def _subs(text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.location)
            for e in parse(text, published="2024-05-12").events]


@pytest.mark.parametrize("text,sub", [
    ("Displaced set to flee Deir al-Balah southward", "Displacement"),
    ("Aid trucks are poised to enter Gaza through Kerem Shalom crossing.", "Aid delivery"),
    ("Hamas poised to release three hostages in Khan Younis", "Hostage or prisoner release"),
    ("Hostages in Rafah are set to be freed under the deal.", "Hostage or prisoner release"),
    ("Families in Bureij camp about to flee south as tanks near", "Displacement"),
])
def test_an_act_about_to_happen_is_none(text, sub):
    assert sub not in [s for s, _ in _subs(text)]


@pytest.mark.parametrize("text,sub,place", [
    ("An evacuation order for Rafah is set to take effect on Monday.", "Evacuation order",
     "Rafah"),
    ("Thousands fled Rafah on Sunday as tanks advanced.", "Displacement", "Rafah"),
    ("Hamas released three hostages in Khan Younis on Sunday.",
     "Hostage or prisoner release", "Khan Younis"),
    ("Residents fled Beit Lahia due to heavy shelling on Sunday.", "Displacement",
     "Beit Lahia"),
])
def test_an_act_told_or_an_order_given_stays(text, sub, place):
    assert (sub, place) in _subs(text)
