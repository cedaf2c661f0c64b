"""Whether a stretch of a report is blank, and where the text before an offset ends once
its spaces are left off, read in place.

``len(text[:i].rstrip())`` and ``not text[:i].strip()`` copy the report up to ``i``: a
rule that asks them for every sentence copies the whole report once a sentence, and a
long report's parse grows with the square of its length. These give the same answers
from the characters at the edge of the stretch (the same whitespace as ``str.strip``:
``re``'s ``\\s`` and ``str.isspace`` both go by Unicode's).
"""

from __future__ import annotations

import re

__all__ = ["blank", "stripped_end"]

_NOT_SPACE = re.compile(r"\S")


def blank(text: str, start: int = 0, end: int | None = None) -> bool:
    """``not text[start:end].strip()``, looking no further than the first character that
    is no space."""
    if start < 0 or end is not None and end < 0:
        return not text[start:end].strip()
    return _NOT_SPACE.search(text, start, len(text) if end is None else end) is None


def stripped_end(text: str, end: int) -> int:
    """``len(text[:end].rstrip())``: ``end`` moved back over the spaces before it."""
    if end < 0:
        return len(text[:end].rstrip())
    end = min(end, len(text))
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
