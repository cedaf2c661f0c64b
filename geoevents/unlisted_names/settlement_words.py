"""A name that begins with an Arabic word for a kind of settlement ("Madinat Hamad", "Beit
Furik", "Khirbet Ikhza'a", "Izbat Abed Rabbo", "Wadi as-Salqa"): a place wherever it is
told, known to the gazetteer or not.

Those words make place names and nothing else in English text: "Madinat" is "city of",
"Khirbet" a ruin's hamlet, "Izbat" an estate's, "Beit" "house of" (a village's), "Kafr"
a village's. A word that is also a given name ("Tal", "Nahal" the army's brigade) is left
out.
"""

from __future__ import annotations

import re

__all__ = ["names_of_settlements"]

_SETTLEMENT_NAME = re.compile(
    r"(?<![\w'’-])(?:Madinat|Khirb[ae]t|Khirbit|Izbat|Ezbet|Izbet|Beit|Beith|Kafr|Kfar|"
    r"Wadi|Deir)"
    r"[ -](?:(?:al|el|as|ash|an|ad|az|ar|at)[- ])?[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)?"
    r"(?![\w'’-])")
# ("Beit Hanoun Crossing" is a crossing's name the automaton knows in full, and a
# capitalised word after a name that ends a sentence begins the next: left as told)
_FIRST = ("Madinat", "Khirb", "Izbat", "Ezbet", "Izbet", "Beit", "Kafr", "Kfar", "Wadi", "Deir")


def names_of_settlements(text: str) -> list[tuple[int, int]]:
    """Spans of the names in ``text`` that begin with a settlement's word."""
    if not any(word in text for word in _FIRST):
        return []  # the common case: no such word at all
    return [hit.span() for hit in _SETTLEMENT_NAME.finditer(text)]
