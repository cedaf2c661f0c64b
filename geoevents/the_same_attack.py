"""The words by which a sentence tells again the attack told before it: "the strike", "this
bombardment", "that shelling", "the same raid"; not "the first strike", "the other raid",
"the earlier attack" (another one).

Dates, places and folds all ask whether a sentence goes back to the attack before it: the
day told next (:mod:`geoevents.event_dates.day_told_next`), the site told next
(:mod:`geoevents.place_told_next`, :mod:`geoevents.event_merge.placed_next`), the folds of
:mod:`geoevents.event_merge` and the lead read again (:mod:`geoevents.told_again`). Each
builds its pattern from the pieces here (the determiners that point back, the words that
make it another one, the attack's nouns), so that a word learnt for one is learnt for all;
a use that must take fewer words names the subset it takes and says why. The module
imports nothing of the package, so that every one of those packages can build on it.
"""

from __future__ import annotations

__all__ = ["ANOTHER_ONE", "ATTACK_NOUNS", "POINTING_BACK", "SITE_HIT", "THE_OR_THIS",
           "attack_nouns", "not_another", "the_attack_again", "words_between"]

# "that" points back at a clause's opening or after a preposition or "and" ("That strike
# ...", "in that attack", "and that shelling"), not after a verb or a noun, where it joins a
# clause ("witnesses said that shelling hit the camp", "reports that bombardment continued")
# (the word first, then what stands before it, looked back on: a pattern that begins with
# plain letters is looked for by them, not tried at every character)
_BEFORE_THAT = (r"(?<![^\W\d_]\s[Tt]hat)", r"(?<=\b(?i:in|of|on|by|at|to)\s[Tt]hat)",
                r"(?<=\b(?i:for|and|but)\s[Tt]hat)", r"(?<=\b(?i:from|over|with)\s[Tt]hat)",
                r"(?<=\b(?i:after|since|until|about)\s[Tt]hat)",
                r"(?<=\b(?i:during|before|beyond)\s[Tt]hat)",
                r"(?<=\b(?i:against|despite)\s[Tt]hat)", r"(?<=\b(?i:following)\s[Tt]hat)")
_THAT = rf"[Tt]hat(?:{'|'.join(_BEFORE_THAT)})"
# the determiners that point back to what was told: "the strike", "this attack", "that
# shelling"
POINTING_BACK = rf"[Tt]he|[Tt]his|{_THAT}"
# ... less "that" where a plural may follow, whose "that" is more often the one that joins a
# clause ("said that strikes hit Rafah", "reported that houses were hit")
THE_OR_THIS = r"[Tt]he|[Tt]his"

# the words that make it another one: an ordinal ("the second strike"), another ("the other
# raid", "a separate attack"), or one of another time ("the earlier attack", "the next raid",
# "the prior strike", "the former massacre")
_ORDINALS = r"first|second|third"
_OTHERS = r"other|another|separate"
_OTHER_TIMES = r"earlier|previous|prior|former|next|later|latest|last"
ANOTHER_ONE = rf"{_ORDINALS}|{_OTHERS}|{_OTHER_TIMES}"

# the nouns of an attack, any kind of it
_ATTACKS = (r"air\s?strike", "strike", "attack", "bombing", "explosion", "blast", "raid",
            "bombardment", "shelling", "shooting", "assault", "massacre", "incident")
ATTACK_NOUNS = "|".join(_ATTACKS)
# the sites one attack hits, by their noun: "a strike on a house", "the targeted building",
# "jets bombed a tent"
SITE_HIT = r"building|house|home|tent|school|shelter|car|vehicle|apartment|mosque"


def attack_nouns(without: tuple[str, ...] = ()) -> str:
    """:data:`ATTACK_NOUNS` but those ``without``, for a use that must leave some out and
    says why."""
    return "|".join(n for n in _ATTACKS if n not in without)


def not_another(more: str = "") -> str:
    """A lookahead that refuses the words of another one (:data:`ANOTHER_ONE`), and the
    alternatives ``more`` a use refuses besides ("new", "same day")."""
    words = f"{ANOTHER_ONE}|{more}" if more else ANOTHER_ONE
    return rf"(?!(?:{words})\b)"


def words_between(most: int) -> str:
    """Up to ``most`` words between the determiner and the noun ("the Israeli air strike",
    "the same raid"), the fewest first; never "a" or "an", which start another one ("said
    that an airstrike hit": "that" there joins a clause)."""
    return rf"(?:(?!an?\s)[\w'’-]+\s+){{0,{most}}}?"


def the_attack_again(nouns: str = ATTACK_NOUNS, *, more_another: str = "") -> str:
    """The source of a pattern for an attack told again: one of :data:`POINTING_BACK`, not
    one of another (:func:`not_another`, and ``more_another``), up to two words
    (:func:`words_between`), then one of ``nouns``; with no ``\\b`` around it, which each
    use sets as it reads (at a sentence's opening, anywhere)."""
    return (rf"(?:{POINTING_BACK})\s+{not_another(more_another)}{words_between(2)}"
            rf"(?:{nouns})")
