"""An earlier attack named only as what the news is compared with is no event of the report;
a toll compared with another day's, or a second attack told, still is."""

from __future__ import annotations

from geoevents import parse


def _kinds(text: str) -> list[tuple[str, str, int | None]]:
    return [(e.sub_event_type, e.location, e.fatalities)
            for e in parse(text, published="2023-12-25").events]


def test_the_recent_one_compared_is_no_event() -> None:
    kinds = _kinds("An Israeli air strike on the Maghazi camp killed 70 people. The reporter "
                   "compares this devastating attack with the recent one on the Jabalia refugee "
                   "camp in northern Gaza, which claimed the lives of at least 90 people.")
    assert kinds == [("Air/drone strike", "Maghazi Camp", 70)]


def test_a_massacre_likened_to_a_previous_one_is_no_event() -> None:
    kinds = _kinds("A strike on a house in Rafah killed 12. Residents likened the bombing to "
                   "the previous massacre in Khan Younis, where 40 were killed.")
    assert [p for _, p, _ in kinds] == ["Rafah"]


def test_a_toll_compared_with_another_days_is_still_news() -> None:
    kinds = _kinds("A strike on Rafah killed 12 people, compared with five killed in Khan "
                   "Younis the day before.")
    assert {p for _, p, _ in kinds} == {"Rafah", "Khan Younis"}


def test_a_second_attack_told_beside_it_is_still_news() -> None:
    kinds = _kinds("The strike on Nuseirat killed 30, more than the earlier one on Bureij.")
    assert {p for _, p, _ in kinds} == {"Nuseirat", "Bureij"}
