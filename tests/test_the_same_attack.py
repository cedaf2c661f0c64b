"""One vocabulary for "the attack told again" (geoevents.the_same_attack), read alike by every
rule that asks whether a sentence goes back to the attack before it: the day told next, the
site told next, the folds, the toll the Strip's office tells and the lead read again.

Each table row is read through each of those rules, in a frame of its own: a phrasing that
tells the attack again must be read so by all of them, one that tells another (or a clause
that "that" joins) by none."""

from __future__ import annotations

import re
from datetime import date

import pytest

from geoevents import parse
from geoevents.anchored import Cues
from geoevents.event_dates.day_told_next import _opening_day
from geoevents.event_merge.attack_words import tells_the_same, told_where
from geoevents.event_merge.placed_next import _tells_the_attack_again
from geoevents.event_merge.told_wide import _TELLS_WHERE_IT_WAS
from geoevents.event_merge.told_with_no_day import _tells_it_again as _told_with_no_day
from geoevents.events.report import _INDEX
from geoevents.place_told_next import _tells_it_again as _placed_next
from geoevents.sentences import Span
from geoevents.the_same_attack import ATTACK_NOUNS, the_attack_again
from geoevents.told_again.the_attack import THE_ATTACK, opens_with_the_attack

# the attack told again: the determiners that point back, with words between or none
STRIKE_AGAIN = ["the strike", "the air strike", "this strike", "that strike", "the same strike",
                "the Israeli strike", "this Israeli air strike"]
AGAIN = [*STRIKE_AGAIN, "this bombardment", "that shelling", "the same raid",
         "the Israeli assault", "this deadly massacre"]
# another one, or one told first (an ordinal, "other", a word of another time, "a")
ANOTHER = ["the first strike", "the second strike", "the third strike", "the other strike",
           "the earlier strike", "the previous strike", "the prior strike", "the next strike",
           "the later strike", "the latest strike", "the last strike", "the former strike",
           "another strike", "a strike", "a separate strike"]
# every noun of an attack, told again with "the"
NOUNS = ["attack", "airstrike", "air strike", "strike", "raid", "bombing", "bombardment",
         "shelling", "shooting", "explosion", "blast", "assault", "massacre", "incident"]
# "that" joining a clause after a verb of telling, not pointing back
CLAUSES = ["witnesses said that shelling", "medics reported that bombardment",
           "officials said that an airstrike"]


def _cap(phrase: str) -> str:
    return phrase[0].upper() + phrase[1:]


def _opening_days(phrase: str) -> list[str | None]:
    """The day the sentence opens with, for the attack told again: the day after it ("The
    strike on Monday hit ...") and the day before it ("On Monday, the strike hit ...")."""
    days = []
    for text in (f"{_cap(phrase)} on Monday hit the gate of the clinic.",
                 f"On Monday, {phrase} hit the gate of the clinic."):
        day = _opening_day(Cues(text, _INDEX), 0, len(text), date(2025, 1, 8))
        days.append(day.date if day is not None else None)
    return days


def _office_toll_place(phrase: str) -> str:
    """Where the Strip's office's toll of the attack told goes."""
    text = (f"A blast tore through a house in Rafah. The Gaza health ministry said 12 people "
            f"were killed in {phrase}.")
    (event,) = parse(text, published="2025-01-08").events
    return event.location


def _readings(phrase: str) -> dict[str, bool]:
    """Whether each rule reads ``phrase`` as the attack told before."""
    cap = _cap(phrase)
    return {
        "shared": re.search(rf"\b{the_attack_again()}\b", phrase, re.I) is not None,
        "day told next": _opening_days(phrase) == ["2025-01-06", "2025-01-06"],
        "site told again next": _tells_the_attack_again(
            "Israeli aircraft killed 30 people in central Gaza.",
            f"{cap} hit a house in Al Bureij."),
        "the same, in a fold": tells_the_same(f"{cap} killed five people."),
        "where it happened": told_where(f"{cap} took place in Rafah.") is not None,
        "where an act told wide was": _TELLS_WHERE_IT_WAS.search(
            f"{cap} took place in Rafah.") is not None,
        "with no day": _told_with_no_day(f"Three children were among those killed in {phrase}."),
        "the lead placed again": opens_with_the_attack(
            Span(0, 40, f"{cap} hit a house in Gaza City.")),
        "the office's toll": _office_toll_place(phrase) == "Rafah",
    }


@pytest.mark.parametrize("phrase", AGAIN)
def test_the_attack_told_again_is_read_so_by_every_rule(phrase):
    readings = _readings(phrase)
    assert all(readings.values()), readings


@pytest.mark.parametrize("phrase", ANOTHER + CLAUSES)
def test_another_attack_or_a_clause_is_read_as_told_again_by_no_rule(phrase):
    readings = _readings(phrase)
    assert not any(readings.values()), readings


# the site told next is read from "the" or "this" only: before a plural, "that" is more
# often the clause's ("said that strikes hit Rafah")
_FIRST = "At least 21 people were killed in an Israeli strike on a camp in Gaza."


@pytest.mark.parametrize("phrase", [p for p in STRIKE_AGAIN if not p.startswith("that")])
def test_the_site_told_next_reads_the_attack_told_again(phrase):
    assert _placed_next(_FIRST, f"{_cap(phrase)} hit the Muwasi area.") is not None


@pytest.mark.parametrize("phrase", ANOTHER + CLAUSES + ["that strike", "these strikes"])
def test_the_site_told_next_reads_no_other_attack(phrase):
    assert _placed_next(_FIRST, f"{_cap(phrase)} hit the Muwasi area.") is None


@pytest.mark.parametrize("noun", NOUNS)
def test_every_noun_of_an_attack_is_told_again_alike(noun):
    readings = _readings(f"the {noun}")
    assert all(readings.values()), readings


@pytest.mark.parametrize("noun", ["raid", "shelling"])
def test_a_kind_of_its_own_is_not_the_strike_placed_next(noun):
    # "An Israeli strike killed 21. The shelling of the Muwasi area continued": another kind
    # of attack, told by its own name
    assert _placed_next(_FIRST, f"The {noun} hit the Muwasi area.") is None


@pytest.mark.parametrize("noun", [n for n in NOUNS if n not in ("raid", "shelling")])
def test_any_other_noun_of_an_attack_is_the_strike_placed_next(noun):
    assert _placed_next(_FIRST, f"The {noun} hit the Muwasi area.") is not None


def test_the_blast_is_no_attack_placed_elsewhere():
    # "an explosive device was detonated, hitting the soldiers. The blast killed four": that
    # blast, not the last attack the report placed
    assert THE_ATTACK.search("The blast killed four soldiers on the spot.") is None
    assert THE_ATTACK.search("The strike killed four soldiers on the spot.") is not None


def test_the_nouns_are_one_list():
    # every noun of the tables is the shared vocabulary's, in one or two words
    for noun in NOUNS:
        assert re.fullmatch(rf"(?:{ATTACK_NOUNS})", noun), noun
