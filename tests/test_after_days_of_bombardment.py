"""Bombardment told as the days or weeks a deed came after is no strike of the report's day;
the fighting of such a span is still a battle, and a day of shelling is still news."""

from __future__ import annotations

from geoevents import parse


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.location) for e in parse(text, published="2024-07-12").events]


def test_days_of_bombardment_before_a_withdrawal_make_no_strike() -> None:
    kinds = _kinds("Troops pulled out of parts of Tal al-Hawa following days of bombardment "
                   "and fighting there.")
    assert ("Air/drone strike", "Tel al-Hawa") not in kinds
    assert ("Armed clash", "Tel al-Hawa") in kinds
    assert _kinds("Troops withdrew from Shujaiya after weeks of heavy shelling.") == \
        [("Non-violent transfer of territory", "Shejaia")]


def test_a_day_of_shelling_or_a_day_told_is_news() -> None:
    assert ("Shelling/artillery/missile attack", "Shejaia") in \
        _kinds("Troops withdrew from Shujaiya after a day of heavy shelling.")
    assert ("Shelling/artillery/missile attack", "Beit Lahia") in \
        _kinds("After two days of shelling that killed 12 in Beit Lahia on Monday, troops "
               "withdrew.")


def test_weeks_of_fighting_are_still_a_battle() -> None:
    assert ("Armed clash", "Khan Younis") in \
        _kinds("After weeks of fighting in Khan Younis, troops withdrew.")
