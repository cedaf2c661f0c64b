"""A toll told after the dead it counts, set off by a comma: "claiming the lives of all
residents inside, at least 100".

The count comes last, as an apposition to "all" the dead the clause names, where the count
patterns look for a number right after "the lives of". It is the toll all the same:
"claiming the lives of all residents inside, at least 100" is 100 dead (not "claiming the
lives of all five, including two children": the number is the clause's own).
"""

from __future__ import annotations

import re

from geoevents.casualties.wording import QUANT

__all__ = ["ALL_OF_THEM"]

# "claiming the lives of all residents inside, at least 100", "killing everyone in the
# house, more than 30 people": all of them, then how many
ALL_OF_THEM = (
    ("killed", re.compile(r"\b(?:claim(?:ed|ing|s)?\s+the\s+lives\s+of|kill(?:ed|ing|s)?)\s+"
                          r"(?:all|everyone|everybody)\b(?:\s+(?!(?:of\s+)?(?:them|those)\b)"
                          r"[\w'’-]+){1,6},\s+(?P<n>" + QUANT + r")"
                          r"(?=\s*(?:[.;)]|$)|\s+(?:people|persons|of\s+them|in\s+all|"
                          r"in\s+total)\b)", re.I)),
)
