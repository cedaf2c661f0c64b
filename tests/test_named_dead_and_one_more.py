"""A named death and one more dead, unnamed, ending the list: each counts one."""

import pytest

from geoevents import parse
from geoevents.named_deaths import named_deaths


def _dead(text):
    return [(e.location, e.fatalities) for e in parse(text, published="2025-04-07").events]


@pytest.mark.parametrize("text,n", [
    ("An Israeli strike in Khan Younis killed Yousef al-Faqawi, a reporter for the Palestine "
     "Today website, and another man.", 2),
    ("An Israeli strike in Khan Younis killed Yousef al-Faqawi and his son.", 2),
    # (other kin, trades, orders, places)
    ("A drone strike in Rafah killed Ahmed Abu Salem, the head of the clinic, and a nurse.", 2),
    ("An Israeli strike in Deir al-Balah killed Mahmoud Nasser and a young girl.", 2),
    ("An air strike in Jabalia killed journalist Hassan Eslaih and his brother.", 2),
    ("A strike in Rafah killed Ahmed Salem, the head of the clinic, and his brother Mahmoud "
     "Salem.", 2),
])
def test_one_more_dead_after_a_name(text, n):
    assert [f for _, f in _dead(text)] == [n]


@pytest.mark.parametrize("text", [
    # (the hurt, not the dead)
    "An Israeli strike in Khan Younis killed Yousef al-Faqawi and wounded a woman.",
    "An Israeli strike in Khan Younis killed Yousef al-Faqawi, a reporter, and wounded six "
    "others.",
    "An Israeli strike in Khan Younis killed Yousef al-Faqawi and a woman was injured.",
    # (whose things, not who)
    "An Israeli strike in Khan Younis killed Yousef al-Faqawi and a man's son was hurt.",
])
def test_near_misses_count_the_one_named(text):
    assert [f for _, f in _dead(text)] == [1]


def test_the_span_ends_past_the_one_more():
    text = "The strike killed Yousef al-Faqawi, a reporter, and another man, medics said."
    start, end, n = named_deaths(text, 0, len(text))
    assert n == 2 and text[start:end].endswith("another man")
