"""Acts told as about to happen: "set to", "poised to", "about to", "slated to".

Headlines drop the verb "to be" ("Displaced set to flee southward", "Hamas set to release
three hostages", "Israel set to open Kerem Shalom crossing for aid trucks"): the act is one
announced or expected, not done, and the irrealis words, which look for "will" or
"expected", miss it. An act told beside the expectation in a clause of its own ("set to
flee Rafah as tanks advanced": the advance) is news as before, and "due to" gives a cause,
not a time.
"""

from __future__ import annotations

import re

# "set to flee", "poised to release three hostages", "about to enter Rafah", "set to open
# Kerem Shalom crossing for aid trucks": up to four words on, none that opens a clause of
# its own
_ABOUT_TO = re.compile(r"\b(?:set|poised|about|slated|scheduled|gearing\s+up|getting\s+ready)"
                       r"\s+to\s+(?:(?!(?:after|as|when|while|following|amid|since|but|and|"
                       r"because|despite|before)\b)[\w'’-]+\s+){0,4}$")

# ... or the word for those who would do it, the subject of "set to" and a verb of the same
# act: "Displaced set to flee southward", "aid trucks are poised to enter Gaza", "hostages
# set to be freed" (not "an evacuation order set to take effect": the order is given)
_SUBJECT_ABOUT_TO = re.compile(r"\s+(?:are\s+|is\s+)?(?:set|poised|about|slated|scheduled)\s+to\s+"
                               r"(?:flee|leave|move|head|enter|arrive|cross|roll|"
                               r"be\s+(?:released|freed|delivered|handed|returned|evacuated))\b")


def told_as_about_to(low: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the act at ``low[at:stop]`` is told as about to happen: "Hamas poised to
    release three hostages on Saturday", "Displaced set to flee southward" (not "thousands
    set to flee Rafah as tanks advanced": the advance told; not "fled due to shelling": a
    cause; not "an evacuation order set to take effect on Monday": an order given)."""
    return _ABOUT_TO.search(low, lo, at) is not None or \
        _SUBJECT_ABOUT_TO.match(low, stop, end) is not None
