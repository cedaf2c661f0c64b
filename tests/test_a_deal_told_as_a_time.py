"""A deal named only as what the news followed ("following the announcement from Qatar of a
ceasefire") is no agreement of the report; a deal told as news still is one."""

from __future__ import annotations

from geoevents import parse


def _kinds(text: str) -> list[tuple[str, str, int | None]]:
    return [(e.sub_event_type, e.location, e.fatalities)
            for e in parse(text, published="2025-01-16").events]


def test_the_killing_after_an_announced_truce_is_no_agreement() -> None:
    assert _kinds("The Israeli Army has killed at least 51 Gazans overnight in Khan Younis, "
                  "according to local sources, following the announcement from Qatar of a "
                  "ceasefire between Hamas and Israel that will come into force on Sunday.") == \
        [("Air/drone strike", "Khan Younis", 51)]


def test_a_strike_in_the_wake_of_a_declared_truce_is_no_agreement() -> None:
    kinds = _kinds("A drone strike killed two men in Rafah on Thursday, hours after the "
                   "declaration of a ceasefire between Israel and Hamas that will take effect "
                   "on Sunday.")
    assert [k for k, _, _ in kinds] == ["Air/drone strike"]


def test_an_announced_truce_told_as_news_is_an_agreement() -> None:
    assert [k for k, _, _ in _kinds("Qatar announced a ceasefire between Hamas and Israel that "
                                     "will come into force on Sunday.")] == ["Agreement"]
