"""The report's main place: a refugee camp and the town named for it are one locality."""

import pytest

from geoevents import Gazetteer, parse
from geoevents.locate import dominant_place


def _main(text: str, with_gazetteer: bool = True) -> str:
    gaza = [m for m in parse(text, published="2024-06-08").mentions if m.in_gaza and m.place_id]
    found = dominant_place(gaza, Gazetteer.default() if with_gazetteer else None)
    return found.name if found is not None else ""


@pytest.mark.parametrize("text,place", [
    ("Israeli forces raided the Nuseirat refugee camp in Deir al-Balah Governorate in Gaza. "
     "Residents of Nuseirat said the raid lasted hours.", "Nuseirat Camp"),
    ("Tanks pushed into Jabalia refugee camp in northern Gaza. Families fled Jabalia on foot as "
     "the siege of the Gaza Strip went on.", "Jabalia Camp"),
])
def test_a_camp_and_the_town_named_for_it_are_the_main_place(text, place):
    assert _main(text) == place
    # (counted apart, neither is most of the report's places: the Strip)
    assert _main(text, with_gazetteer=False) == "Gaza Strip"


@pytest.mark.parametrize("text", [
    # a camp that lies in a city but is not named for it
    "Strikes hit the Beach camp overnight. In Gaza City, rescuers searched the rubble, "
    "officials in the Gaza Strip said.",
    # a camp and another town
    "Strikes hit Nuseirat camp overnight. In Rafah, rescuers searched the rubble, officials "
    "in the Gaza Strip said.",
])
def test_a_camp_beside_another_place_leaves_the_strip(text):
    assert _main(text) == "Gaza Strip"

