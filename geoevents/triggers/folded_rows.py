"""The trigger table's patterns in the form of the folded text they run over.

The rows are matched over :func:`geoevents.normalize.fold`'s text, in which every hyphen is
a space ("cease-fire" is "cease fire", "high-rise" is "high rise"). A row spelt with a
hyphen ("cease-fire", "zip-tied", "point-blank", "al-Qassam") would never match there, and
nothing would say so: the table reads as if it told those words. Rows are therefore
compiled with each hyphen they spell outside a character class read as the space the fold
leaves; a class that names the hyphen (``[\\w-]``, ``[- ]``) is left as written.
"""

from __future__ import annotations

import re

__all__ = ["as_folded", "folded_re"]


def as_folded(pattern: str) -> str:
    """``pattern`` with each literal hyphen outside a character class (``-``, ``\\-``) made
    the space :func:`geoevents.normalize.fold` turns it into.

    >>> as_folded(r"cease-fire|re-?opened|[\\w'-]+ zip\\-tied")
    "cease fire|re ?opened|[\\\\w'-]+ zip tied"
    """
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            out.append(" " if nxt == "-" and not in_class else ch + nxt)
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            out.append(ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
            # a "]" first in the class (or after "^") is one of its characters
            j = i + 1
            if j < n and pattern[j] == "^":
                out.append("^")
                j += 1
            if j < n and pattern[j] == "]":
                out.append("]")
                j += 1
            i = j
            continue
        else:
            out.append(" " if ch == "-" else ch)
        i += 1
    return "".join(out)


def folded_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled for the folded text it is matched against, its hyphens spaces.

    A check that reads the folded report (``low``, ``cues.folded``) with a pattern spelt
    "cease-fire", "zip-tied" or "mid-?" would never find those words there; compiled
    through here it reads them as the text has them.
    """
    return re.compile(as_folded(pattern), flags)
