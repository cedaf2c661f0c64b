"""Who acted, where the army is named as some outlets and wires name it, and where the armed
group named with an arrest is the one taken: '"Israeli" forces opened fire' and "Israel's
armed forces said" are the army; "arrested around 80 members of the extremist organization
Hamas" holds Hamas men, it does not make Hamas the one who arrested."""

from __future__ import annotations

import pytest

from geoevents import parse
from geoevents.actors import ISRAELI, find_actors


def _sides(text: str, published: str = "2025-11-21") -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in parse(text, published=published).events]


@pytest.mark.parametrize("text", [
    'Two civilians were killed when "Israeli" forces opened fire in the Shuja\'iyya '
    "neighborhood on Monday.",
    "Two civilians were killed when “Israeli” troops opened fire in Beit Lahia on Monday.",
    "Three people were wounded when 'Israeli' occupation forces shelled a house in Bureij on "
    "Monday.",
    "Israel's armed forces shelled Jabalia on Monday, killing three people.",
    "The Israeli Armed Forces struck a house in Deir al-Balah on Monday, killing two.",
])
def test_the_army_named_in_quotes_or_as_armed_forces_acts(text):
    assert [a1 for _, a1, _ in _sides(text)] == [ISRAELI]


@pytest.mark.parametrize("text", [
    # a quote mark on one side only, or none, around another name
    'The "Hamas" fighters fired at troops in Rafah on Monday.',
    "Hamas armed forces clashed with Israeli troops in Rafah on Monday.",
    "Palestinian armed forces clashed with Israeli troops in Rafah on Monday.",
])
def test_other_names_stay_their_own(text):
    assert ISRAELI not in [a.name for a in find_actors(text) if a.start < 12]


@pytest.mark.parametrize("text,held", [
    ("Officials said they had arrested around 80 members of the extremist organization Hamas "
     "in Beit Lahia on Friday.", "Hamas"),
    ("The operation ended on Friday, with 80 Hamas operatives arrested at the Kamal Adwan "
     "hospital.", "Hamas"),
    ("Israel's armed forces said they had arrested dozens of Hamas members at the al-Awda "
     "hospital on Friday.", "Hamas"),
])
def test_the_group_taken_is_not_the_one_who_took(text, held):
    assert _sides(text) == [("Arrests", ISRAELI, held)]


@pytest.mark.parametrize("text", [
    "Hamas police arrested five looters in Deir al-Balah on Friday.",
    "Hamas gunmen arrested two men in Deir al-Balah on Friday.",
    "Hamas gunmen detained dozens of Fatah members in Gaza City on Friday.",
    # counted before the name, but the ones who took a man after them
    "Two Hamas gunmen detained a man accused of collaborating in Khan Younis on Friday.",
])
def test_the_group_named_before_the_arrest_made_it(text):
    assert [a1 for _, a1, _ in _sides(text)] == ["Hamas"]


@pytest.mark.parametrize("text,told", [
    ("Hamas has described the operation at Kamal Adwan's hospital on Tuesday as a horrific "
     "massacre.", "Armed clash"),
    ("Islamic Jihad condemned the raid on al-Awda hospital in Jabalia on Tuesday.",
     "Armed clash"),
    ("Hamas called the strike on a school in Jabalia on Tuesday a war crime.", "Air/drone strike"),
])
def test_a_group_calling_the_act_a_crime_did_not_do_it(text, told):
    assert [(kind, a1) for kind, a1, _ in _sides(text)] == [(told, ISRAELI)]


@pytest.mark.parametrize("text,sides", [
    # the army naming its own raid in its own words stays its author
    ('Israel\'s military called the raid on Nasser Hospital on Tuesday "precise and limited".',
     (ISRAELI,)),
    # a call, not a name for an act
    ("Hamas called on residents of Jabalia to stay in their homes after Israeli forces shelled "
     "the camp on Tuesday.", (ISRAELI,)),
    ("Hamas fighters ambushed Israeli troops in Rafah on Tuesday.", ("Hamas",)),
    # words of their own, then a deed of their own
    ("Hamas fighters called the Israeli army's claims lies and ambushed troops in Rafah on "
     "Tuesday, killing two soldiers in a brutal attack.", ("Hamas",)),
])
def test_other_words_on_an_act_keep_their_author(text, sides):
    assert tuple(a1 for _, a1, _ in _sides(text)) == sides
