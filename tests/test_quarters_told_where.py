"""Quarters the gazetteer does not know, told with the Arabic article or as part of the
town a report names next: found, and never put in a like-sounding place of another town."""

from __future__ import annotations

import pytest

from geoevents import find_places, parse


def _found(text: str) -> dict[str, str | None]:
    return {m.surface: m.place_id for m in find_places(text).mentions}


@pytest.mark.parametrize("text,surface,place_id", [
    # "An" before "N" is the article ("an-Nasser"), not English "an"
    ("Tanks were seen in An Nuseirat on Friday.", "An Nuseirat", "town:nuseirat"),
    ("Shelling in An Nasr area of Rafah killed two.", "An Nasr", "village:an-nasr"),
    ("Four hospitals in An Nasser area of Gaza city were encircled.", "An Nasser", None),
    ("Families fled from homes near An Naser, in Gaza City, overnight.", "An Naser", None),
])
def test_a_name_after_the_article_an(text, surface, place_id):
    got = _found(text)
    assert surface in got and got[surface] == place_id


@pytest.mark.parametrize("text", [
    "He was killed in An Israeli strike, the ministry said.",
    "It happened at An Early hour.",
])
def test_english_an_before_another_letter_is_no_name(text):
    assert not any(s.startswith("An ") for s in _found(text))


@pytest.mark.parametrize("text,surface,wrong", [
    # the an-Nasr quarter of Gaza City is not the village of An-Nasr in Rafah
    ("Strikes in the Nasser neighbourhood of Gaza City killed three.", "Nasser",
     "village:an-nasr"),
    ("Troops pushed into the Naser area of Gaza City.", "Naser", "village:an-nasr"),
    # a hospital abroad is no like-spelt hospital of Gaza
    ("The hostage was treated at Ichilov Hospital in Tel Aviv.", "Ichilov Hospital",
     "hospital:al-helou-international-hospital"),
])
def test_a_loose_spelling_is_no_place_outside_the_town_told(text, surface, wrong):
    got = _found(text)
    assert surface in got and got[surface] != wrong
    assert all(e.place_id != wrong for e in parse(text).events)


@pytest.mark.parametrize("text,surface,place_id", [
    # where the town told is the candidate's own, the close spelling stands
    ("Strikes in the Nasser neighbourhood of Rafah killed three.", "Nasser",
     "village:an-nasr"),
    ("Clashes in Shujaiya area of Gaza City on Monday.", "Shujaiya",
     "neighbourhood:shujaiyya"),
    ("Strikes in Zaytoon neighbourhood of Gaza City killed four.", "Zaytoon neighbourhood",
     "neighbourhood:zeitoun"),
])
def test_a_loose_spelling_inside_the_town_told_stands(text, surface, place_id):
    assert _found(text).get(surface) == place_id


def test_a_list_of_quarters_goes_on_past_a_name_with_its_noun():
    text = ("The army ordered the neighbourhoods of An Nassar, Ash Sheikh Radwan, Ash Shati "
            "Refugee camp, Sabra, Ash Sheikh ‘Ajlin, and Tel Al Hawa in western Gaza city "
            "to evacuate.")
    got = _found(text)
    assert got["Ash Shati Refugee camp"] == "camp:beach-camp"
    assert "Ash Sheikh ‘Ajlin" in got and got["Tel Al Hawa"] == "neighbourhood:tel-al-hawa"
    # An-Nasr of Rafah is not a quarter of western Gaza City
    assert "An Nassar" in got and got["An Nassar"] is None


def test_a_list_in_the_candidates_own_town_keeps_it():
    text = "Orders covered the neighbourhoods of An Nasr, Al Buyuk and Khirbet al-Adas in Rafah."
    assert _found(text)["An Nasr"] == "village:an-nasr"


@pytest.mark.parametrize("text,surface", [
    ("OCHA asked to access the Falouja area of Jabalya to help those trapped.", "Falouja"),
    ("The army withdrew from Hamad area of Khan Younis on 16 March.", "Hamad"),
    ("Artillery shelled the Hakr al-Jami’ area in Deir al-Balah.", "Hakr al-Jami’"),
    ("Tanks opposite the Shakoush area in western Rafah fired shells.", "Shakoush"),
    ("Gunboats fired near Al Sodaneyya area west of Jabaliya.", "Al Sodaneyya"),
    ("A strike hit the Malaha area west of Khan Yunis.", "Malaha"),
    ("A drone struck the eastern Satar area of Khan Younis.", "Satar"),
])
def test_a_name_told_as_an_area_of_a_town_is_a_place(text, surface):
    assert surface in _found(text)


@pytest.mark.parametrize("text,surface,place_id", [
    # a close spelling of a place in the town told stands
    ("Strikes hit the Shujaiya area of Gaza City.", "Shujaiya", "neighbourhood:shujaiyya"),
    ("People fled the Al-Mawasi area in Khan Younis.", "Al-Mawasi",
     "area:al-mawasi-khan-younis"),
])
def test_an_area_the_gazetteer_knows_is_that_place(text, surface, place_id):
    assert _found(text).get(surface) == place_id


@pytest.mark.parametrize("text", [
    "No area of the Gaza Strip has been spared.",
    "They moved to the Humanitarian area in Khan Younis.",
    "Strikes hit the Israeli area of Khan Younis.",
    "Troops massed in the Rafah area of the Strip.",
    "Fighting in the Al Qassam area of Gaza City.",
    # the place after is abroad: no quarter of Gaza is told
    "Rockets struck the Sharon area of Israel.",
])
def test_no_name_of_an_area_is_made_of_other_words(text):
    got = _found(text)
    assert not any(s in got for s in ("No", "Humanitarian", "Israeli", "Al Qassam",
                                      "Sharon"))


@pytest.mark.parametrize("text,surface", [
    ("Many families fled from Madinat Hamad in Khan Younis.", "Madinat Hamad"),
    ("Settlers attacked Huwara and Beit Furik on Sunday.", "Beit Furik"),
    ("Troops demolished homes in the village, Khirbet Tana, on Monday.", "Khirbet Tana"),
    ("Residents of Izbat Abed Rabbo returned to find rubble.", "Izbat Abed Rabbo"),
    ("Bulldozers razed land near Kafr Qaddum.", "Kafr Qaddum"),
])
def test_a_name_begun_by_a_settlements_word_is_a_place(text, surface):
    assert surface in _found(text)


@pytest.mark.parametrize("text,surface,place_id", [
    ("Strikes hit Beit Hanoun and Beit Lahia.", "Beit Hanoun", "town:beit-hanoun"),
    ("Troops reached Wadi as-Salqa.", "Wadi as-Salqa", "village:wadi-as-salqa"),
    ("The Beit Hanoun Crossing reopened.", "Beit Hanoun Crossing", "crossing:erez-crossing"),
])
def test_settlements_the_gazetteer_knows_are_as_before(text, surface, place_id):
    assert _found(text).get(surface) == place_id


@pytest.mark.parametrize("text", [
    "Tal Shaulov, from Gedera, was named by the army.",      # a given name, not "Tell"
    "Soldiers of the Nahal Brigade were deployed.",          # the army's brigade
    "The Madinat area was quiet.",                           # the word alone names nothing
])
def test_other_words_make_no_settlement(text):
    got = _found(text)
    assert not any(s.startswith(("Tal ", "Nahal ", "Madinat")) for s in got)
