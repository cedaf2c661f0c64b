"""An attack whose count one sentence tells for the Strip or a region, and which the next
places without a count of its own, is one record at the place with the count; two placed
attacks that day, a count the placed one gives of its own, a day's total and a toll given
area by area stay apart."""

from __future__ import annotations

from dataclasses import replace

import pytest

from geoevents import parse
from geoevents.event_merge.told_again_wide import (
    _BY_AREA,
    _HOURS_APART,
    _one_more,
    the_toll_told_anew_of_the_one_placed,
)
from geoevents.gazetteer import Gazetteer
from geoevents.model import Event


def _records(text: str, published: str = "2025-03-11") -> list[tuple]:
    return sorted((e.event_date, e.location, e.sub_event_type, e.fatalities, e.injuries)
                  for e in parse(text, published=published).events
                  if e.event_type in ("Violence against civilians", "Battles",
                                      "Explosions/Remote violence"))


@pytest.mark.parametrize("text,place,kind,dead", [
    # a shooting of aid seekers told for a region, placed at a town next
    ("Israeli troops opened fire on Palestinians waiting for food, killing at least seven "
     "and wounding others, in central Gaza on Tuesday.\n\nMedics said the civilians were shot "
     "near a distribution point in Deir al-Balah.", "Deir al-Balah", "Attack", 7),
    ("Israeli forces shot dead 12 people queuing for flour in southern Gaza on Tuesday.\n\n"
     "Witnesses said the people were gunned down near the aid hub in Khan Younis.",
     "Khan Younis", "Attack", 12),
])
def test_a_regions_count_is_the_one_attack_placed_in_it(text, place, kind, dead):
    recs = _records(text)
    assert [(r[1], r[2], r[3]) for r in recs] == [(place, kind, dead)]


def test_a_fights_dead_told_for_the_strip_and_its_hurt_for_a_region_are_one_fight():
    text = ("The army said on Tuesday that three soldiers were killed fighting in the Gaza "
            "Strip.\n\nThe soldiers fell in a battle with Hamas gunmen in central Gaza, where "
            "four others were seriously wounded, the army said.")
    recs = _records(text)
    assert [(r[1], r[3], r[4]) for r in recs] == [("central Gaza", 3, 4)]


def test_two_attacks_placed_that_day_leave_the_regions_count_apart():
    text = ("Israeli troops opened fire on Palestinians waiting for food, killing at least "
            "seven, in southern Gaza on Tuesday.\n\nWitnesses said troops shot at a crowd in "
            "Rafah. Separately, troops fired on people near an aid site in Khan Younis.")
    places = [r[1] for r in _records(text)]
    assert "southern Gaza" in places and "Rafah" in places and "Khan Younis" in places


def test_a_strike_with_its_own_toll_keeps_the_days_total_apart():
    text = ("Israeli strikes killed 31 people in the Gaza Strip on Tuesday, health officials "
            "said.\n\nAn airstrike on a house in Beit Lahia killed four people.")
    recs = _records(text)
    assert ("Beit Lahia", 4) in [(r[1], r[3]) for r in recs]
    assert any(r[1] == "Gaza Strip" and r[3] for r in recs)  # (the day's rest: see
    # test_a_merged_toll_less_its_parts)


def test_a_count_spread_across_the_strip_stays_apart():
    text = ("Israeli strikes across the Gaza Strip killed 40 people on Tuesday, medics said."
            "\n\nOne strike hit a house in Nuseirat.")
    recs = _records(text)
    assert not any(r[1] == "Nuseirat" and r[3] == 40 for r in recs)


def test_a_place_the_wide_sentence_names_itself_stays_apart():
    text = ("The army said two soldiers were killed in northern Gaza on Tuesday amid "
            "fighting in Gaza City's Zeitoun neighbourhood.\n\nTroops fought gunmen in "
            "Zeitoun, the army said.")
    recs = _records(text)
    assert not any(r[1] == "Zeitoun" and r[3] == 2 for r in recs)


@pytest.mark.parametrize("notes,more", [
    ("Twenty civilians were injured near another distribution point in southern Gaza.", True),
    ("Hours before the truce, a strike hit a mosque in Sabra.", True),
    ("The second strike killed eight children.", True),
    ("Two others were injured, one in northern Gaza and the second in Israel.", False),
    ("Medics said the civilians were shot near an aid centre in Rafah.", False),
])
def test_an_attack_told_as_one_more(notes, more):
    assert _one_more(notes) is more


@pytest.mark.parametrize("notes,by_area", [
    ("Medics said 31 people were killed in northern Gaza, 42 in central areas and 18 in the "
     "south.", True),
    ("Health officials said 12 were killed in Rafah, and 5 in Khan Younis.", True),
    ("Israeli forces killed at least nine people in southern Gaza, medics said.", False),
])
def test_a_toll_given_area_by_area(notes, by_area):
    assert bool(_BY_AREA.search(notes)) is by_area


def test_hours_apart_is_told_at_the_start():
    assert _HOURS_APART.match("Minutes after the strike, a drone fired on a crowd.")
    assert not _HOURS_APART.match("The strike came hours before the truce.")



def _strike_and_toll(anew: str, toll: int, *more: str) -> list[Event]:
    """A placed strike's record, more placed records, and a record of ``anew`` keyed to
    the Strip with ``toll``, as the folds before this one leave them."""
    placed = [e for text in ("An Israeli strike on a house in Beit Hanoun killed 35 people "
                             "on Tuesday.", *more)
              for e in parse(text, published="2025-03-11").events]
    strip = replace(placed[0], place_id="strip:gaza-strip", location="Gaza Strip",
                    geo_precision=3, fatalities=toll, injuries=None, notes=anew)
    return [*placed, strip]


@pytest.mark.parametrize("anew", [
    "Later on Tuesday, the director of the government media office put the number of "
    "fatalities at 48.",
    "The civil defence has since raised the death toll to 48.",
    "The number of dead has climbed to 48, a ministry official said.",
])
def test_the_one_strikes_toll_told_anew_is_its_own(anew):
    out = the_toll_told_anew_of_the_one_placed(_strike_and_toll(anew, 48), Gazetteer.default())
    assert [(e.location, e.fatalities) for e in out] == [("Beit Hanoun", 48)]


@pytest.mark.parametrize("anew,toll,more", [
    # a day's total told as such, not anew
    ("Health officials said 48 people were killed on Tuesday.", 48, ()),
    # spread across the Strip
    ("The ministry put the death toll from strikes across Gaza at 48.", 48, ()),
    # smaller than the strike's own
    ("Later, the office put the number of fatalities at 20.", 20, ()),
    # a place named by the sentence itself
    ("The office put the number of fatalities in Rafah at 48.", 48, ()),
    # two strikes placed that day
    ("Later on Tuesday, the office put the number of fatalities at 48.", 48,
     ("An Israeli strike on a tent in Rafah killed four people on Tuesday.",)),
])
def test_a_toll_not_told_anew_of_the_one_strike_stays_apart(anew, toll, more):
    events = _strike_and_toll(anew, toll, *more)
    out = the_toll_told_anew_of_the_one_placed(events, Gazetteer.default())
    assert len(out) == len(events) and out[0].fatalities == 35


@pytest.mark.parametrize("anew", [
    "Later on Tuesday, the civil defence spokesman put the number of fatalities at 31.",
    "Later on Tuesday, the civil defence spokesman put the death toll at 31.",
])
def test_a_toll_told_anew_is_the_one_placed_attacks(anew):
    text = ("At least 22 Palestinians were killed in an Israeli airstrike on a school "
            "sheltering displaced families in Jabalia on Tuesday, medics said.\n\n" + anew)
    recs = _records(text)
    assert [(r[1], r[3]) for r in recs] == [("Jabalia", 31)]


def test_a_toll_told_anew_beside_two_placed_attacks_stays_apart():
    text = ("At least 22 Palestinians were killed in an Israeli airstrike on a school in "
            "Jabalia on Tuesday, medics said. A separate strike on a house in Rafah killed "
            "five.\n\nLater on Tuesday, the civil defence spokesman put the death toll at 31.")
    assert ("Jabalia", 22) in [(r[1], r[3]) for r in _records(text)]


def test_a_days_total_beside_one_strikes_toll_is_no_toll_told_anew():
    text = ("An Israeli airstrike on a house in Beit Hanoun killed six people on Tuesday, "
            "medics said.\n\nHealth officials said 40 people were killed on Tuesday.")
    assert ("Beit Hanoun", 6) in [(r[1], r[3]) for r in _records(text)]


_RAID = ("Israelis on Tuesday celebrated the rescue of two hostages from Gaza while "
         "Palestinians counted the cost, with health officials saying 52 people were killed "
         "and dozens wounded {told}.\n\nSpecial forces fought heavy gun battles with "
         "Palestinian militants on {day} in the crowded Bureij refugee camp as they moved in "
         "to free the captives.")


def test_the_count_of_the_raid_told_a_day_later_is_the_raids():
    recs = _records(_RAID.format(told="during the night-long raid", day="Monday"))
    assert [(r[0], r[1], r[3]) for r in recs] == [("2025-03-10", "Bureij Camp", 52)]


@pytest.mark.parametrize("told,day", [
    ("across Gaza", "Monday"),                        # a count of the Strip, not of the raid
    ("during the night-long raid", "Saturday"),       # the fight told three days before
])
def test_a_count_not_of_the_raid_a_day_from_it_stays_apart(told, day):
    recs = _records(_RAID.format(told=told, day=day))
    assert any(r[1] == "Gaza Strip" and r[3] == 52 for r in recs)



_THE_STRIKE_AGAIN = (
    "An Israeli drone strike killed four fishermen and a boy in the southern Gaza Strip on "
    "Wednesday, according to the civil defence agency.\n\n### What do we know about the "
    "strike?\n\nThe drone strike targeted a fishing shed in the al-Bahar area, with Gaza's "
    "fishermen's union saying two missiles were fired at the shed. A reporter at Nasser "
    "Hospital saw at least {n} bodies.")


def test_a_part_of_the_dead_told_under_the_strike_again_is_the_same_strike():
    # the Strip's sentence opens on "The drone strike" and counts fewer dead than the one
    # strike told before it: a part of its dead seen, no second strike
    recs = _records(_THE_STRIKE_AGAIN.format(n="two"), published="2025-03-12")
    assert recs == [("2025-03-12", "southern Gaza", "Air/drone strike", 5, None)]


def test_a_larger_count_under_the_strike_again_stays_apart():
    # a count larger than the strike's may be the day's: no fold by this shape
    recs = _records(_THE_STRIKE_AGAIN.format(n="20"), published="2025-03-12")
    assert len(recs) == 2
