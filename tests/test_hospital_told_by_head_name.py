"""A hospital told by its head name alone where the speaker's work says what it is ("a
doctor at Nasser", "medics at Al-Aqsa", "Nasser's director", "taken to Nasser") is that
hospital, not a village of a like spelling (al-Nasr) nor an unknown name; the same names
told as places ("the village of An-Nasr", "in al-Nasr, north of Rafah") stay places."""

from __future__ import annotations

import pytest

from geoevents import parse

_NASSER = "hospital:nasser-medical-complex"
_AQSA = "facility:al-aqsa-martyrs-hospital"


def _at(text: str, name: str) -> list[str | None]:
    at = text.rindex(name)
    return [m.place_id for m in parse(text, published="2024-01-10").mentions
            if m.start <= at < m.end]


@pytest.mark.parametrize("text,name,site", [
    ('An Israeli strike on a house in Rafah killed 16 people. "We have received 16 '
     'bodies," a doctor at Nasser said.', "Nasser", _NASSER),
    ("A strike in Khan Younis killed 5, doctors at Nasser said.", "Nasser", _NASSER),
    ("Shelling in Bani Suheila killed 7 people, according to nurses at Nasser.",
     "Nasser", _NASSER),
    ("An airstrike in Maghazi killed 9, medics at Al-Aqsa said.", "Al-Aqsa", _AQSA),
    ("Two men were killed in Deir al-Balah, staff at the Al-Aqsa said on Friday.",
     "Al-Aqsa", _AQSA),
    ("A drone hit a tent in al-Mawasi, killing 4, Nasser's director said.", "Nasser",
     _NASSER),
    ("A strike on a car in Khan Younis killed 3. The bodies were taken to Nasser.",
     "Nasser", _NASSER),
    ("Eleven wounded were rushed to Nasser on Monday after shelling in Abasan.",
     "Nasser", _NASSER),
    ("The morgue at Nasser received 12 bodies from Qarara overnight.", "Nasser", _NASSER),
    ("Three were killed in Nuseirat, a spokesman at Al-Aqsa told reporters.", "Al-Aqsa",
     _AQSA),
    ("The wounded were brought to Kamal Adwan, doctors said.", "Kamal Adwan",
     "facility:kamal-adwan-hospital"),
])
def test_the_head_name_after_a_medical_cue_is_the_hospital(text, name, site):
    assert _at(text, name) == [site]


def test_the_strike_stays_where_it_was_told():
    text = ('An Israeli strike on a house in Rafah killed 16 people. "We have received 16 '
            'bodies," a doctor at Nasser said.')
    doc = parse(text, published="2024-01-10")
    assert doc.events and all(e.place_id != "village:an-nasr" for e in doc.events)
    assert "village:an-nasr" not in [m.place_id for m in doc.mentions]


@pytest.mark.parametrize("text,name,place", [
    ("A strike hit the village of An-Nasr, killing 3.", "An-Nasr", "village:an-nasr"),
    ("A strike in al-Nasr, north of Rafah, killed 3.", "al-Nasr", "village:an-nasr"),
    # no medical cue: the place of a like spelling, as before
    ("A strike in Nasser killed 3.", "Nasser", "village:an-nasr"),
    ("A doctor at his home in Nasser neighbourhood was killed.", "Nasser",
     "village:an-nasr"),
])
def test_a_place_of_the_same_spelling_stays(text, name, place):
    assert _at(text, name) == [place]


@pytest.mark.parametrize("text,name,site", [
    # the full name, which the automaton finds whole, keeps its span
    ("A strike in Khan Younis killed 5. They were taken to Nasser Hospital.",
     "Nasser Hospital", _NASSER),
])
def test_a_full_name_keeps_its_span(text, name, site):
    at = text.rindex(name)
    assert [(m.surface, m.place_id) for m in parse(text, published="2024-01-10").mentions
            if m.start == at] == [(name, site)]


@pytest.mark.parametrize("text", [
    # a head two hospitals share (Jabalia's and Nuseirat's al-Awda) names neither alone
    "Doctors at Al-Awda said 4 were killed.",
    # a longer name after "taken to", a person's
    "The detainees were taken to Nasser Abu Shaaban's house.",
    # a site's own noun after the name: the site named in full, not its head
    "Officials were taken to Al-Quds University on Monday.",
    # a word that qualifies a noun, or a nationality: no hospital's name
    "The wounded were taken to European countries for care.",
    "Patients were rushed to Turkish hospitals across the border.",
    "Staff at Turkish aid groups said 6 were killed in Rafah.",
    # a country's name that a hospital's spelling holds
    "Ten children were taken to the Emirates for treatment.",
])
def test_no_hospital_read_from_a_head_name(text):
    assert not any((m.reason or "").startswith("the head name of")
                   for m in parse(text, published="2024-01-10").mentions)
