"""A long run of one token inside a report costs about what the report costs without it.

A paste gone wrong or a hostile input repeats a word thousands of times ("Rafah Rafah
Rafah ...", "killed killed killed ..."). A rule that, for each of the run's words, reads on
to the end of its line (or each trigger of a sentence, from the sentence's start) reads
the run once per word: 8,000 words made one report take 2 to 4 seconds. These shapes are
the ones that did.
"""

import time

import pytest

from geoevents import parse

_TAIL = "\nAn Israeli strike killed five people in Khan Younis on Monday."

_PADDED = [
    # a place named over and over on one line of a report with a photo's credit (each name
    # was searched for a credit to its line's end)
    ("A family shelters in a school in Deir al-Balah. Photo by UNRWA\n", "Rafah " * 8_000,
     _TAIL),
    # a figures' word over and over on the line above a sentence (the "as of" heading
    # look-up read on from each of them)
    ("Figures from the ministry\n", "killed " * 8_000, _TAIL),
    # a place named over and over in a report with a bracket (each name was read on to the
    # line's end for an organisation's acronym spelled out before it)
    ("Strikes hit (AFP) ", "Rafah " * 5_000, _TAIL),
    # an attack's words over and over in one sentence (each trigger was looked back on from
    # the sentence's start, and on to its end, for a stance, a guess, a modal or a state
    # going on)
    ("Five aid workers were killed in Israeli strikes in Rafah.\n  • According to the "
     "ministry, the hospital in Khan Younis is out of service and 12 patients had died "
     "during ", "Israeli airstrike on " * 2_500, " the siege.\n  • The agency counted more "
     "than 300 raids across the north since January, an average of two a day."),
]


@pytest.mark.parametrize("head, run, tail", _PADDED,
                         ids=["a-place-by-a-caption", "as-of-heading", "a-place-before-an-acronym",
                              "an-attack-repeated-in-a-sentence"])
def test_a_long_run_of_one_token_costs_about_what_the_report_costs(head, run, tail):
    short = head + tail
    parse(short, published="2024-06-29")  # (warm the caches)
    start = time.perf_counter()
    parse(short, published="2024-06-29")
    short_took = time.perf_counter() - start
    start = time.perf_counter()
    padded = parse(head + run + tail, published="2024-06-29")
    assert time.perf_counter() - start < 20 * short_took + 1.0
    assert len(padded.events) >= 1
