"""A place told by its bearing from a landmark, "Al-Mughraqa, located north of the Nuseirat
camp in the central Gaza Strip": the landmark and its address are no place of the event."""

import pytest
from event_helpers import _events

from geoevents.bearing_from import bearing_apposed


def _places(text):
    return [place for _, place, *_ in _events(text)]


@pytest.mark.parametrize("text, place", [
    ("Fighter jets conducted raids on the town of Al-Mughraqa, located north of the Nuseirat "
     "camp in the central Gaza Strip.", "Al-Mughraqa"),
    ("Israeli tanks shelled Beit Lahia, north of the Jabalia camp in the northern Gaza Strip.",
     "Beit Lahia"),
    ("An airstrike hit homes in Bani Suheila, situated east of Khan Younis in southern Gaza.",
     "Bani Suheila"),
])
def test_the_landmark_of_a_bearing_is_no_place(text, place):
    assert _places(text) == [place]


@pytest.mark.parametrize("text, places", [
    # near misses: a list ("and south of"), a bearing the coordinates deny
    ("Israeli jets struck Beit Lahia, and south of Jabalia, on Monday.",
     ["Beit Lahia", "Jabalia"]),
    ("Israeli jets struck Rafah, north of the Khan Younis camp in southern Gaza.",
     ["Rafah", "Khan Younis Camp"]),
])
def test_a_list_or_a_wrong_bearing_keeps_both(text, places):
    assert _places(text) == places


@pytest.mark.parametrize("gap, expected", [
    (", located north of the ", True),
    (", north of ", True),
    (", which is just north of ", True),
    (", and north of ", False),
    (" north of the ", False),
    (", located north of the old ", False),
])
def test_the_apposition_of_a_bearing(gap, expected):
    text = "Al-Mughraqa" + gap + "Nuseirat"
    assert bearing_apposed(text, len("Al-Mughraqa"), len(text) - len("Nuseirat"),
                           "north of") is expected


@pytest.mark.parametrize("text, places", [
    # the same words of a bearing read by both readers of one: after a town ("some 3 km"),
    # after a village ("which is directly", "a village located slightly")
    ("Israeli raids hit the town of Al-Mughraqa, located some 3 km north of the Nuseirat camp "
     "in central Gaza, on Monday, killing three people.", ["Al-Mughraqa"]),
    ("An Israeli strike hit a family home on 6 January in Al-Nasr, which is directly north of "
     "Rafah.", ["An-Nasr"]),
    ("An Israeli strike hit a family home on 6 January in Al-Nasr, a village located slightly "
     "north of Rafah.", ["An-Nasr"]),
    # near miss: a list, no bearing apposed
    ("Israeli raids hit Al-Mughraqa, and north of the Nuseirat camp, on Monday, killing three "
     "people.", ["Al-Mughraqa", "Nuseirat Camp"]),
])
def test_every_wording_of_a_bearing_only_says_where_the_place_lies(text, places):
    assert _places(text) == places
