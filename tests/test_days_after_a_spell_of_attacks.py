"""A killing told "two days after massive bombardments" keeps its own day."""

import pytest

import geoevents


def _days(text: str, published: str) -> list[tuple[str | None, str | None]]:
    return [(e.event_date, e.location) for e in geoevents.parse(text, published=published).events]


@pytest.mark.parametrize(("text", "published", "want"), [
    ("At least 12 people were killed at a school sheltering families in Bureij, a day after "
     "heavy Israeli strikes in the camp, the agency said on Monday.", "2024-05-07",
     [("2024-05-06", "Bureij")]),
    ("At least 12 people were killed at a school sheltering families in Bureij on Monday, "
     "three days after intense airstrikes on the area.", "2024-05-07",
     [("2024-05-06", "Bureij")]),
    ("At least 20 people were killed and five were wounded at a shelter school at the Jabalia "
     "refugee camp, two days after massive bombardments in the area, the agency said late "
     "Thursday.", "2023-11-03", [("2023-11-02", "Jabalia Camp")]),
])
def test_a_spell_of_attacks_gives_no_day_of_its_own(text: str, published: str,
                                                    want: list[tuple[str, str]]) -> None:
    assert _days(text, published) == want


def test_one_attack_is_still_counted_back() -> None:
    # near-miss: one attack ("a heavy strike") after the count is dated that many days before
    assert _days("At least 12 people were killed at a school in Bureij on Monday, two days "
                 "after a heavy strike on Nuseirat.", "2024-05-09") == \
        [("2024-05-06", "Bureij"), ("2024-05-04", "Nuseirat")]
