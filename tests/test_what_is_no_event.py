"""What a report names without telling it as done: each must code no event of its kind,
and the near-misses beside them that tell the act must still code it."""

from __future__ import annotations

import pytest

from geoevents import parse


def _subs(text: str, published: str = "2025-06-02") -> set[str]:
    return {e.sub_event_type for e in parse(text, published=published).events}


@pytest.mark.parametrize("text", [
    "The shooting in Rafah was the latest in a series underscoring the volatile security "
    "situation that has complicated aid delivery to Gaza.",
    "Heavy rain complicated food distributions in Deir al-Balah.",
    "Looting has complicated aid deliveries to northern Gaza for weeks.",
    "The closures are complicating deliveries of flour to Khan Younis.",
])
def test_aid_that_something_complicated_is_no_delivery(text):
    assert "Aid delivery" not in _subs(text)


@pytest.mark.parametrize("text", [
    "Aid trucks entered Rafah on Sunday.",
    "WFP distributed food parcels in Deir al-Balah on Sunday, though the route was complicated.",
    "Despite complicated logistics, 120 aid trucks entered Gaza through Kerem Shalom on Monday.",
])
def test_a_delivery_told_done_beside_the_word_stays(text):
    assert "Aid delivery" in _subs(text)


@pytest.mark.parametrize("text,kept", [
    ("Israel ordered residents of Deir al-Balah to leave on Monday, with preparations for a "
     "ground assault under way.", {"Evacuation order"}),
    ("Tanks massed near Rafah on Monday in anticipation of a ground offensive.", set()),
    ("Airstrikes hit Beit Lahia overnight, in what appeared to be preparations for a ground "
     "incursion.", {"Air/drone strike"}),
    ("The strikes on farmland east of Khan Younis suggest preparations for further ground "
     "incursions.", set()),
])
def test_a_battle_readied_for_is_none_yet(text, kept):
    subs = _subs(text, "2024-06-04")
    assert "Armed clash" not in subs and kept <= subs


@pytest.mark.parametrize("text", [
    "After months of preparation, Israeli troops stormed Rafah on Tuesday.",
    "The ground assault on Khan Younis began on Monday after weeks of preparations.",
    "Israeli troops clashed with fighters in Jabalia on Monday, weeks after preparations "
    "began.",
])
def test_a_battle_told_after_its_preparations_stays(text):
    assert "Armed clash" in _subs(text, "2024-06-04")


@pytest.mark.parametrize("text", [
    "The dead man was a member of the Al-Quds Brigades, a fighting unit of Islamic Jihad in "
    "Rafah.",
    "Israel says it screens men of fighting age at the checkpoint in Beit Lahia.",
    "A combat engineer from the Givati Brigade was promoted in Khan Younis.",
    "The unit in Deir al-Balah includes a combat dog and two medics.",
    "Fighting-age men were separated from their families at the Netzarim checkpoint.",
])
def test_fighting_naming_a_kind_is_no_battle(text):
    assert "Armed clash" not in _subs(text, "2024-06-04")


@pytest.mark.parametrize("text", [
    "Heavy fighting forces thousands to flee Khan Younis on Monday.",
    "Fighting raged in Jabalia on Monday between troops and a Hamas unit.",
    "Israeli troops and Hamas fighters were locked in combat in Rafah on Monday.",
    "An Israeli combat team engaged in ten hours of fighting in western Jabalia on Monday.",
])
def test_fighting_told_as_done_stays_a_battle(text):
    assert "Armed clash" in _subs(text, "2024-06-04")


@pytest.mark.parametrize("text", [
    "Deir al-Balah is densely populated with Palestinians displaced over nearly two years of "
    "war.",
    "The camp in Nuseirat shelters families displaced over the past year.",
    "Al-Mawasi is packed with families displaced from Rafah.",
    "Khan Younis is overcrowded with people displaced from the north.",
    "Schools in Gaza City hosting hundreds of families displaced from Jabalia were damaged.",
])
def test_the_displaced_a_place_holds_are_no_flight(text):
    assert "Displacement" not in _subs(text, "2025-07-21")


@pytest.mark.parametrize("text", [
    "Thousands of Palestinians were displaced from Deir al-Balah on Monday.",
    "A school in Nuseirat sheltering families displaced from Beit Lahia on Monday was hit.",
    "Families displaced from Beit Hanoun since Sunday reached Gaza City.",
])
def test_a_flight_told_with_its_day_stays(text):
    assert "Displacement" in _subs(text, "2025-07-21")
