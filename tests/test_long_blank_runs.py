"""A long run of blanks inside a report costs about what the report costs without it.

Pasted pages carry runs of thousands of blanks (columns flattened, forms emptied). A pattern
that can split such a run two ways between its parts, and then fails, tries every split:
20,000 blanks made one report take 1 to 35 seconds. These shapes are the ones that did.
"""

import time

import pytest

from geoevents import parse

_BLANKS = " " * 40_000

_PADDED = [
    # a line that opens with the run and tells a toll later in it (the "as of" heading look-up)
    "The Gaza Strip\n\n " + _BLANKS + " In the last 24 hours, the agency said seven more of its "
    "colleagues were killed in Khan Younis.",
    # a party's possessive before the run ("the military's ... operation")
    "Israeli strikes hit Jabalia on Monday, the military's" + _BLANKS + "ground operation "
    "there began. Most of those displaced fled to Gaza City.",
    # a place the run parts from what follows, with another place later (read as a possible
    # list of the two)
    "On 20 August 2025, as part of the Gaza" + _BLANKS + " war, Israel announced it had begun "
    "the first stages of an offensive to seize control of Gaza City from Hamas.\nFighting in "
    "and around the city is to be superseded by a main offensive.",
    # the run right after the attack's word (what follows it is read for "was halted")
    "Dozens of people are killed in an Israeli attack" + _BLANKS + " on a hospital in Gaza "
    "City, the ministry said.",
    # a run of dashes (blanks once folded) after "fighting and": what fighting "led to"
    "Intense bombardment and ground operations as well as heavy fighting and" +
    "- " * 20_000 + " shelling continued in Khan Younis on Monday.",
    # a word repeated thousands of times ("and and and ..."): links chained before a modal
    "The start of the offensive on Khan Younis in March marked " + "and " * 5_000 +
    "the end of the truce.\nFighters launched an attack on an army post.",
    # a lead and "The strike" the run parts from "which took place on"
    "An Israeli strike killed five people in Rafah. The strike" + _BLANKS + "on Sunday hit "
    "a house.",
]


@pytest.mark.parametrize("text", _PADDED, ids=["as-of-line", "possessive", "list-gap",
                                                "after-the-trigger", "dashes-after-and",
                                                "a-word-repeated", "which-took-place"])
def test_a_long_run_of_blanks_costs_about_what_the_report_costs(text):
    short = " ".join(text.split())
    parse(short, published="2024-06-29")  # (warm the caches)
    start = time.perf_counter()
    parse(short, published="2024-06-29")
    short_took = time.perf_counter() - start
    start = time.perf_counter()
    padded = parse(text, published="2024-06-29")
    assert time.perf_counter() - start < 20 * short_took + 2.0
    # (what the run parts may read otherwise: more than a few blanks part a name from the next)
    assert len(padded.events) == len(parse(short, published="2024-06-29").events)
