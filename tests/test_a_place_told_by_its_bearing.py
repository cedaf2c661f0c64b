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
