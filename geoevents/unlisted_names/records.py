"""What a name the automaton missed becomes: a mention of the gazetteer's place, with less
confidence than an exact spelling, or one left unresolved (``place_id=None``) rather than
dropped; and the capitalised words that never name a place.

Every pass of :mod:`geoevents.unlisted_names` builds its mentions here, and asks here whether
a span overlaps a mention already found.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from geoevents.gazetteer import Candidate, Gazetteer
from geoevents.model import Mention, Place
from geoevents.normalize import name_key

__all__ = ["place_mention", "unresolved_mention"]


# The nationalities written out: those no country's name makes by rule (:func:`a_nationality`:
# "British", "French", "Arab", "Emirati", a plural, "Gazan"), and those a check with no
# gazetteer at hand must know (the first word of a name, a road's name: "Egyptian Road" is no
# road of Gaza's)
NATIONALITIES = frozenset("""
Israeli Israelis Palestinian Palestinians Arab Arabs Gazan Gazans Egyptian Egyptians Lebanese
Qatari Emirati Jordanian Syrian Iranian American Americans British French German Turkish Yemeni
""".split())
# The capitalised words that never name a place: months, days, parties, agencies, pronouns,
# titles, the words of set phrases ("In Addition", "In Spite"), and the nationalities
NOT_PLACES = frozenset("""
January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Hamas
Islamic Jihad Fatah Hezbollah Reuters AFP AP The A An This That These Those His Her Their
Its Our We He She They It I UN UNRWA OCHA WHO UNICEF WFP Red Cross Crescent Security
Council General Assembly Court Congress Parliament Knesset Ministry Health March English
Arabic Muslim Muslims Jewish Christian Christians God Allah Mr Mrs Ms Dr President Prime
Minister Army Forces Defense Defence Brigades Qassam Quds Al Al-Qassam Israel's Hamas's
Addition Response Total Fact Order Particular Contrast Short General Gaza's October Early
Late Mid Part Spite Light Accordance Line Terms Case View Front Favour Favor Support
Department Departments Office Offices Secretariat Headquarters Strip
""".split()) | NATIONALITIES


def opens_with_a_common_word(words: list[str]) -> bool:
    """Whether a run of capitalised words begins with one that names no place ("Spite" of
    "in Spite of", "An Israeli", "Hamas officials").

    "An" before a word that begins with "N" is the Arabic article, its "l" written as the
    sun letter that follows ("An Nasser", "An Nuseirat", like "Ash Shati" and "Ar Rimal"):
    English writes "an" before a vowel's sound, never a capitalised "An" before "N".
    """
    first = words[0].removesuffix("'s").removesuffix("'")
    if first == "An" and len(words) > 1 and words[1][:1] == "N" and words[1][1:2].islower():
        return False
    return first in NOT_PLACES


# A nationality's adjective names no place ("near the Kuwaiti field hospital", "an Omani
# delegation"): a one-word country's name, less its last vowel or ending, with the ending
# that makes the adjective (Kuwait-i, Jordan-ian, Leban-ese, Turk-ish, Syria-n) or none
# (German-y, Slovak-ia), never another place's own spelling ("Iran" is no "Ira(q)-n")
_NATIONALITY_ENDINGS = ("i", "ian", "an", "n", "ese", "ish")
_COUNTRY_ENDINGS = ("on", "ey", "es", "ia", "a", "e", "o", "y")


@cache
def _nationalities(gazetteer: Gazetteer) -> frozenset[str]:
    """The keys of the adjectives of the one-word countries ``gazetteer`` knows."""
    out: set[str] = set()
    spellings: set[str] = set()
    for place in gazetteer:
        keys = [name_key(a) for a in gazetteer.aliases_of(place)]
        spellings.update(keys)
        if place.feature_class != "country":
            continue
        for key in keys:
            if " " in key or len(key) < 4:
                continue
            cut = {key[:-len(e)] for e in _COUNTRY_ENDINGS if key.endswith(e)}
            out.update(stem + e for stem in cut | {key} for e in _NATIONALITY_ENDINGS)
            out.update(stem for stem in cut if len(stem) >= 4)
    return frozenset(out - spellings)


def a_nationality(gazetteer: Gazetteer, word: str) -> bool:
    """Whether ``word`` is the adjective of a country ("Kuwaiti", "Jordanian", "Lebanese"):
    a nationality, no place; one written out (:data:`NATIONALITIES`) or made by rule from
    the name of a country ``gazetteer`` knows."""
    if "-" in word:  # "the Israeli-Palestinian conflict": two nationalities joined
        return all(a_nationality(gazetteer, part) for part in word.split("-"))
    return word in NATIONALITIES or name_key(word) in _nationalities(gazetteer)


# The last word of an organisation's name: "Gaza Humanitarian Foundation" is no place.
ORG_LAST = frozenset("""
Foundation Fund Authority Organization Organisation Institute Society Network Coalition
Centre Center Committee Agency Union Company Group Corporation Council Commission Ministry
Department Office Association Alliance Movement Party Brigades Forces
Court Brigade Battalion Battalions Unit Units Relief Conflict
""".split())


# A direction alone is not a place ("in North-west Gaza"); "North Sinai" may be one.
DIRECTIONS_ALONE = frozenset("""
North South East West Northern Southern Eastern Western Central
""".split())


def names_no_place(gazetteer: Gazetteer, surface: str) -> bool:
    """Whether capitalised words name no place: they open with a common word, a party or a
    nationality ("An Israeli", "Hamas officials"), or are one of those words whole ("Gaza's"),
    a direction alone ("Northern") or a country's adjective ("Kuwaiti"). One check for every
    finder of unlisted names, so that a word refused by one is refused by all."""
    words = surface.replace("’", "'").split()
    return opens_with_a_common_word(words) or surface in NOT_PLACES or \
        surface in DIRECTIONS_ALONE or a_nationality(gazetteer, surface)


def unresolved_mention(text: str, start: int, end: int, reason: str) -> Mention:
    """A span that names a place the gazetteer does not know: kept, with ``place_id``
    None and low confidence, rather than dropped."""
    return Mention(text[start:end], start, end, None, None, None, None, None, False, None,
                   None, 0.3, reason=reason)


def place_mention(text: str, start: int, end: int, place: Place, confidence: float,
             qualifier: str | None, reason: str | None, alternatives: tuple[str, ...]) -> Mention:
    # Positional: the record is built once per mention, on the hot path.
    return Mention(text[start:end], start, end, place.id, place.name, place.lat, place.lon,
                   place.kind, place.in_gaza, place.feature_class, place.governorate,
                   confidence, qualifier, reason, alternatives)


def overlaps(known: list[Mention], starts: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``known`` (sorted, ``starts`` their starts)."""
    k = bisect_left(starts, end)
    return k > 0 and known[k - 1].end > start


def looked_up(text: str, start: int, end: int, cands: list[Candidate], where: str = ""
              ) -> Mention:
    """A name the automaton did not find, resolved by the gazetteer's close spelling
    (with less confidence than an exact one)."""
    c = cands[0]
    reason = f"{c.match} match" + (f" {where}" if where else "") + \
        (f": {c.reason}" if c.reason else "")
    return place_mention(text, start, end, c.place, round(0.7 * c.score, 3), None, reason,
                         tuple(x.place.id for x in cands[1:]))
