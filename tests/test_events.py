"""Event rules on short sentences: one behaviour per test."""

from geoevents import parse


def _events(text, published="2024-07-10"):
    return [(e.sub_event_type, e.location, e.fatalities, e.event_date)
            for e in parse(text, published=published).events]


def test_count_with_its_own_place_is_its_own_event():
    text = ("Airstrikes hit residential buildings in Jabalia camp (at least 63 fatalities); "
            "Rafah city (at least 43 fatalities); in Deir al-Balah (14 fatalities) and in "
            "Khan Younis (11 fatalities).")
    got = {(loc, n) for _, loc, n, _ in _events(text)}
    assert got == {("Jabalia Camp", 63), ("Rafah", 43), ("Deir al-Balah", 14),
                   ("Khan Younis", 11)}


def test_anaphoric_hospital():
    text = ("About 200 patients remain at the Indonesian hospital in Beit Lahia. "
            "On 9 July the hospital was hit by shelling.")
    assert [loc for _, loc, _, _ in _events(text)] == ["Indonesian Hospital"]


def test_non_violent_deaths_are_not_events():
    assert _events("Three children died in Kamal Adwan Hospital due to the lack of "
                   "electricity.") == []


def test_following_count_inherits_the_event_type():
    text = "On 9 July an airstrike hit al-Mawasi. The attack killed at least 90 Palestinians."
    assert ("Air/drone strike", "al-Mawasi", 90, "2024-07-09") in _events(text)


def test_aid_convoy_attack_is_an_attack_not_aid():
    got = _events("An airstrike on an aid convoy in Deir al-Balah killed seven aid workers.")
    assert [sub for sub, *_ in got] == ["Air/drone strike"]


def test_weak_trigger_without_a_named_place_is_background():
    assert _events("The operation in Gaza was reduced to capturing the border.") == []


def test_displaced_as_adjective_is_not_displacement():
    got = _events("Israel struck a school in Rimal hosting displaced people on Monday.")
    assert [sub for sub, *_ in got] == ["Air/drone strike"]


def test_speech_abroad_is_not_an_event():
    assert _events("Hamdan said at a press conference in Beirut that strikes continued.") == []
