"""The words the package's tests share: a figure and a tally, the past tense a day's news is
told in, the sentence before, and how long before the report a running total begins.

A figure counted over a span is a tally of many, not an event ("37,800 people have been
killed since October"); a deed told in the past beside it ("Israeli strikes killed 25 people
across Gaza today") is the news of the days, and keeps the sentence an event.
"""

from __future__ import annotations

import re

FIGURE = re.compile(r"\b(?:\d{1,3}(?:,\d{3})+|\d{2,}|hundreds|thousands|dozens)\b(?!\s*(?:%|per))")
# (not "Israeli strikes killed 25 people across Gaza today; 37,800 people have been killed
# since October": the day's news told in the past before the tally)
PAST_NEWS = re.compile(r"(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!\bbeen )\b(?:killed|struck|hit|"
                       r"wounded|injured|shelled|bombed|raided|stormed|detained|arrested)\b")


# Days before the report that make a figure counted since a day a running total, not the
# news of the days ("since Monday", "since 10 April" in a 15 April report: dated by the first)
LONG_SINCE = 14
SENTENCE_BEFORE = re.compile(r"[^.!?]{1,400}[.!?][\"”’]?\s*$")
TALLY = re.compile(FIGURE.pattern + r"|\b(?:a|one|two|half\s+a)\s+million\b")
