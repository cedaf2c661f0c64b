"""An evacuation order told by what it says ("told the United Nations that everyone living
north of Wadi Gaza should relocate to southern Gaza") or by its start ("began the evacuation
of civilians from eastern Rafah") is an order; what people were told to do that sends no one
away, and a medical evacuation, are none."""

import pytest

from geoevents import parse

ORDER = ("Strategic developments", "Evacuation order")


def _coded(text: str) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.sub_event_type, e.location)
            for e in parse(text, published="2024-06-29").events]


@pytest.mark.parametrize("text,place", [
    ("The Israeli army informed aid agencies that all residents of eastern Khan Younis must "
     "leave immediately, the UN said on Friday.", "Khan Younis"),
    ("The army told the UN that people in Beit Lahia had to move south by Friday evening.",
     "Beit Lahia"),
    ("Israeli forces started the evacuation of residents from eastern Deir al-Balah on "
     "Friday.", "Deir al-Balah"),
])
def test_an_order_told_by_its_content_or_its_start_is_an_order(text, place):
    assert (*ORDER, place) in _coded(text)


@pytest.mark.parametrize("text", [
    "The mayor told reporters that residents should stay in Rafah despite the bombing.",
    "The army told the UN that aid should reach Beit Lahia by Friday.",
    "The army told the UN that residents of Beit Lahia should not leave their homes.",
    "WHO began the medical evacuation of 40 patients from Nasser hospital on Friday.",
])
def test_what_sends_no_one_away_is_no_order(text):
    assert ORDER[1] not in [s for _, s, _ in _coded(text)]
