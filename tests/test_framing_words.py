"""Words that frame the news rather than tell an act: a campaign as the news's setting, a
purpose, a place's use, past or refugees, a plan, people described by an act told before, a
flight at the time of an attack; and the kind of attack an aircraft's "shelling" is."""

import pytest
from event_helpers import _events

from geoevents.triggers import find_triggers


def _subs(text):
    return [sub for sub, *_ in _events(text)]


def _triggers(text):
    return [(t.sub_event_type, t.text.lower()) for t in find_triggers(text)]


@pytest.mark.parametrize("text", [
    "The operations come as Israel intensifies its Gaza City offensive, with officials "
    "reporting they control 40% of the territory.",
    "These raids came as the army expanded its ground operation in Khan Younis.",
    "The strikes come as Israel steps up its military campaign across northern Gaza.",
    "The decision comes as Israel intensifies its ground operation against Hamas.",
])
def test_news_set_in_a_growing_campaign_is_no_clash(text):
    assert not any(sub == "Armed clash" for sub, _ in _triggers(text))


@pytest.mark.parametrize("text", [
    # near misses: the news told with no campaign grown, or an act of its own first
    "An Israeli strike came as families gathered for iftar in Rafah, killing 12.",
    "Tanks shelled Jabalia on Monday as Israel intensified its offensive.",
    "Fighting raged in Khan Younis on Monday.",
])
def test_an_act_told_beside_a_frame_stays(text):
    assert _triggers(text) != []


@pytest.mark.parametrize("text, gone", [
    ('He collected "tens of millions of dollars" to enhance capabilities and sustain '
     "fighting, the army claimed.", "Armed clash"),
    ("The group raised funds to prolong the war and fuel fighting, officials said.",
     "Armed clash"),
    ("The hospital was being used as a command center for Hamas military operations, the "
     "army said.", "Armed clash"),
    ("The school served as a base for attacks on troops, the military claimed.",
     "Armed clash"),
    ("Israel has been signalling its ground offensive in Gaza may soon target the densely "
     "populated city.", "Armed clash"),
    ("Officials said the operation could expand to Deir al-Balah.", "Armed clash"),
    ("A strike hit Rafah, the city where 1.4 million Palestinians have fled to escape "
     "fighting elsewhere.", "Displacement"),
    ("Shelling hit Mawasi, the area where more than half the population has sought "
     "shelter, and where hundreds of thousands have fled.", "Displacement"),
    ("Some of those wounded in the strikes were taken to the hospital.", "Air/drone strike"),
    ("The people killed in the raid were buried on Tuesday.", "Armed clash"),
    ("The army said the people who were arrested were suspected militants.", "Arrests"),
    ("Those detained are being questioned, the army said.", "Arrests"),
    ("Soldiers spotted a gathering near an aid truck that was stuck in Rafah.",
     "Aid delivery"),
    ("Witnesses said the soldiers kept firing on people as they fled from the area.",
     "Displacement"),
    ("Troops shot at residents while they were fleeing Beit Lahia.", "Displacement"),
    ("Forty were killed in the north of the Strip, which has been subjected to a "
     "two-week-long siege and massive ground operation.", "Armed clash"),
    ("The army fired at a hospital in Khan Yunis, where civilians are caught amid heavy "
     "fighting.", "Armed clash"),
])
def test_words_about_people_or_a_place_are_no_act(text, gone):
    assert gone not in [sub for sub, _ in _triggers(text)]


@pytest.mark.parametrize("text, kept", [
    # near misses: the act told
    ("Troops fought to take the hill east of Rafah.", None),
    ("Israeli forces arrested 240 Palestinians in Beit Lahia.", "Arrests"),
    ("Many of those detained in Rafah on Monday were later released.", "Arrests"),
    ("Aid trucks entered through Kerem Shalom on Monday.", "Aid delivery"),
    ("Thousands fled Rafah as tanks advanced on Monday.", "Displacement"),
    ("Families fled to escape the fighting in Khan Younis.", "Armed clash"),
    ("The offensive killed 20 in Jabalia and may soon expand.", "Armed clash"),
    ("Three of those wounded in an airstrike on Nuseirat died.", "Air/drone strike"),
    ("Most of those killed in the strike on Nuseirat camp on Tuesday were children.",
     "Air/drone strike"),
    ("An army unit was sent to support its forces operating in Jabalia.", "Armed clash"),
])
def test_the_act_told_stays(text, kept):
    subs = [sub for sub, _ in _triggers(text)]
    assert subs != [] if kept is None else kept in subs


@pytest.mark.parametrize("text", [
    "A man was killed in occupation aircraft shelling of a school in the Beach Camp.",
    "Two were killed in warplanes' shelling of a house in Deir al-Balah.",
    "Drone shelling of a tent in Mawasi killed a child.",
])
def test_shelling_by_aircraft_is_an_air_strike(text):
    assert _subs(text)[0] == "Air/drone strike"


@pytest.mark.parametrize("text", [
    "A man was killed in occupation artillery shelling of a school in the Beach Camp.",
    "Tank shelling of a house in Deir al-Balah killed two.",
    "Fighters targeted an Israeli Apache helicopter with a SAM rocket east of Bureij.",
])
def test_a_gun_or_an_aircraft_targeted_is_not_retyped(text):
    assert "Air/drone strike" not in _subs(text)


@pytest.mark.parametrize("text", [
    "Seven were killed in an Israeli attack on the camp's besieged Kreizm school in Jabalia.",
    "An airstrike hit near the besieged hospital in Beit Lahia, killing five.",
])
def test_a_besieged_target_beside_the_attack_is_no_siege(text):
    assert "Siege/encirclement" not in [sub for sub, _ in _triggers(text)]


@pytest.mark.parametrize("text", [
    "Israeli troops besieged the school in Jabalia on Monday.",
    "The besieged hospital in Beit Lahia ran out of fuel.",
])
def test_a_siege_told_stays(text):
    assert "Siege/encirclement" in [sub for sub, _ in _triggers(text)]


def test_operations_a_hit_is_told_during_are_that_hit():
    text = 'UNRWA said one of its Khan Yunis shelters "was hit during military operations".'
    assert [sub for sub, _ in _triggers(text)] == ["Air/drone strike"]
    # (not fighting told with no hit)
    assert "Armed clash" in [sub for sub, _ in
                             _triggers("Fighting raged during military operations in Rafah.")]
