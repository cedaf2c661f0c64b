"""Every hospital the dead and wounded passed through is not the attack's place: the onward
leg ("then to Nasser Hospital"), a first stop named by its address, the hospital the bodies
were moved from."""

import pytest
from event_helpers import _events


def _places(text):
    return [place for _, place, *_ in _events(text)]


@pytest.mark.parametrize("text, place", [
    ("Twelve people wounded by Israeli gunfire in Rafah were transferred to the Kuwaiti "
     "Hospital, then to Nasser Hospital in Khan Younis.", "Rafah"),
    ("Nine people hurt in Israeli shelling of Bureij camp were taken to a clinic in Nuseirat "
     "and later to Al-Aqsa Martyrs Hospital.", "Bureij Camp"),
    ("Eight wounded by an Israeli drone strike in Beit Lahia were carried to the Al-Awda "
     "Hospital, and from there to the Indonesian Hospital.", "Beit Lahia"),
])
def test_onward_stops_are_no_place_of_the_attack(text, place):
    assert _places(text) == [place]


@pytest.mark.parametrize("text, place", [
    ('An Israeli strike hit a house in Jabalia on Tuesday, killing 11. "We received nine '
     'bodies from the Indonesian Hospital, and two more are on the way," a doctor at '
     'al-Shifa said.', "Jabalia"),
    ("Israeli shelling killed six people in Khan Younis on Friday. The director of Al-Aqsa "
     "Hospital said it took in four bodies from Nasser Hospital.", "Khan Younis"),
])
def test_a_hospital_the_dead_came_from_is_no_place_of_the_attack(text, place):
    assert _places(text) == [place]


@pytest.mark.parametrize("text, places", [
    # near misses: a place the dead came from that is no hospital, troops moving on from a
    # hospital they stormed, patients who fled a hospital
    ("Nasser Hospital received 16 bodies from Rafah after an Israeli airstrike on Thursday.",
     ["Rafah"]),
    ("Israeli troops stormed Kamal Adwan Hospital on Friday, then moved to the Indonesian "
     "Hospital.", ["Kamal Adwan Hospital", "Indonesian Hospital"]),
    ("Patients who were evacuated from Kamal Adwan Hospital on Friday were taken to the "
     "Indonesian Hospital.", ["Kamal Adwan Hospital"]),
])
def test_other_hospitals_and_places_stay(text, places):
    assert _places(text) == places
