"""A name that begins with an Arabic word for a kind of settlement ("Madinat Hamad", "Beit
Furik", "Khirbet Ikhza'a", "Izbat Abed Rabbo"): a place wherever it is
told, known to the gazetteer or not.

Those words make place names and nothing else in English text: "Madinat" is "city of",
"Khirbet" a ruin's hamlet, "Izbat" an estate's, "Beit" "house of" (a village's), "Kafr"
a village's. A word that is also a given name ("Tal", "Nahal" the army's brigade) is left
out, and so are "Wadi" and "Deir", whose names reports mostly spell as the gazetteer does
("Wadi Gaza", "Deir al-Balah"): looked for at every one, they would cost the mention stage
more than the names they add.
"""

from __future__ import annotations

import re

from geoevents.anchored import Cues

__all__ = ["SETTLEMENT_NAME", "names_of_settlements"]

# (looked for from the report's one automaton pass of place cues: see ``PATTERNS``)
SETTLEMENT_NAME = re.compile(
    r"\b(?:Madinat|Khirb[ae]t|Khirbit|Izbat|Ezbet|Izbet|Beit|Beith|Kafr|Kfar)"
    r"[ -](?:(?:al|el|as|ash|an|ad|az|ar|at)[- ])?[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)?"
    r"(?![\w'’-])")


def names_of_settlements(text: str, cues: Cues) -> list[tuple[int, int]]:
    """Spans of the names in ``text`` that begin with a settlement's word (``cues``: the
    report's place cues, whose one pass finds where such a word stands)."""
    return [hit.span() for hit in cues.finditer(SETTLEMENT_NAME)
            if hit.start() == 0 or text[hit.start() - 1] not in "'’-"]
