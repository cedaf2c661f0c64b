"""Capitalised words after "in/near/at", and named roads and sites, that look like a place
the automaton did not find: resolved by a close spelling in the gazetteer, or reported
unresolved (``place_id=None``) rather than dropped; a short name of a site told in full
before it is that site ("near Nasser hospital ... Medics at Nasser said").

Also where the scans of one report may begin (:class:`PlaceCues`): after a locative
preposition, before a road's or a site's noun, where a near spelling may be told (read by
:mod:`geoevents.unlisted_names.near_spellings`), and where a noun is shared by a
coordination or opens a list (:mod:`geoevents.unlisted_names.listed_names`), or a direction
is listed before another (:mod:`geoevents.unlisted_names.directions`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from geoevents.anchored import Cues, PrefixIndex
from geoevents.gazetteer import Gazetteer
from geoevents.model import Mention
from geoevents.name_checks import PlacesBefore, ends_a_name
from geoevents.normalize import fold, name_key
from geoevents.quantities import number_word
from geoevents.unlisted_names import directions, hospital_heads, listed_names
from geoevents.unlisted_names.records import (
    NOT_PLACES,
    ORG_LAST,
    looked_up,
    names_no_place,
    overlaps,
    unresolved_mention,
)
from geoevents.unlisted_names.settlement_words import SETTLEMENT_NAME, names_of_settlements
from geoevents.unlisted_names.told_within import areas_of_places, where_told

__all__ = ["PlaceCues", "candidate_mentions"]


# Toponym-like candidates: capitalised words after a locative preposition, tried only
# where a preposition begins a word (geoevents.anchored).
# (and "the town of X" after one, or after "from": "withdrawing from the town of Jebalya")
_PLACE_OF = r"(?:town|city|village|camp|neighbou?rhood|district|area)\s+of\s+"
_CANDIDATE = re.compile(
    r"\b(?:(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Aa]round|[Tt]owards?|[Ii]nto)\s+(?:the\s+)?"
    rf"(?:{_PLACE_OF})?|[Ff]rom\s+the\s+{_PLACE_OF})"
    r"((?:(?:al|el)-)?(?:[A-Z][a-z'’]+|[A-Z]{2,})(?:[ -](?:al-|el-|as-|ash-|an-|ad-)?"
    r"[A-Z][a-z'’]+){0,3})"
)


# Where a name is told (prepositions are ``_CANDIDATE``'s): after "the town of", "both", and
# before a site's noun (group 1: "Al Wafaa Hospital", "Rafa Crossing", "Naser Medical
# Complex"; not a school's, mosque's or church's: a name like another one's is another site)
NAME_CUE = re.compile(r"\b(?:(?:[Tt]owns?|[Vv]illages?|[Nn]eighbou?rhoods?|[Pp]arts|"
                      r"[Oo]utskirts)\s+of|[Bb]oth)\s+(?:the\s+)?(?=[A-Z]|[ae]l-)|"
                      r"\b(Hospital|Clinic|Complex|Crossing|Camp|Cemetery|Roundabout)\b")
# The name before " road"/" street" (found by the noun, which is rare in a report).
_ROAD_NOUNS = (" road", " street")
# Named sites found the same way ("the UN-run Al-Jawni school", "the Yassin mosque"; a
# hospital the gazetteer knows under none of its many names, nor under a near spelling,
# "the Patient's Friends Hospital", "Ad-Durra Hospital": unresolved).
# (and a quarter's name, "the Al-Furqan neighborhood in Gaza City": "Al-Daraj neighborhood"
# is no near spelling of "Sabra neighbourhood")
_SITE_NOUNS = (" school", " mosque", " church", " college", " university")
# (a hospital: its own noun, for the gazetteer knows many hospitals under spellings the
# automaton may miss, "Al-Aqsa Martyrs' Hospital", "al-Yaman al-Saeed hospital")
_HOSPITAL_NOUN = " hospital"
# A quarter's name before its noun ("the Al-Furqan neighborhood in Gaza City"): looked up
# without the noun, which would make "Al-Daraj neighborhood" a near spelling of "Sabra
# neighbourhood"
_QUARTER_NOUNS = (" neighbourhood", " neighborhood")
# (looked for in the folded text)
_ROAD_OR_SITE_NOUN = re.compile("|".join(re.escape(noun) for noun in
                                         _ROAD_NOUNS + _SITE_NOUNS + _QUARTER_NOUNS +
                                         (_HOSPITAL_NOUN,)))
# A line the army draws across the Strip, named by its colour on the maps ("the so-called
# Yellow Line"), and a gate of the border fence named by its number ("through Gate 96"):
# places the gazetteer has no point for, told by a name of their own
# (a line after "the", a gate after "through/via/at/near/from"; neither "of" something: "the
# Red Line of the metro", "at Gate 9 of the stadium")
_LINE_OR_GATE = re.compile(r"\b(?:(?:Yellow|Green|Blue|Red|Purple|Orange)\s+Line|"
                           r"Gate\s+\d{1,3})(?![\w-])(?!\s+of\b)")
_LINE_BEFORE = re.compile(r"\bthe\s+(?:so-called\s+)?[“\"']?\Z")
_GATE_BEFORE = re.compile(r"\b(?:[Tt]hrough|via|at|[Nn]ear|from)\s+(?:the\s+)?\Z")
_PLACE_INDEX = PrefixIndex([_CANDIDATE, NAME_CUE, _ROAD_OR_SITE_NOUN, _LINE_OR_GATE,
                            SETTLEMENT_NAME,
                            *listed_names.PATTERNS, *directions.PATTERNS,
                            *hospital_heads.PATTERNS])


class PlaceCues:
    """Where the scans of one report for names the automaton missed may begin (one automaton
    pass), and the names after a locative preposition, read once for the two passes that
    use them."""

    __slots__ = ("cues", "_after_prepositions")

    def __init__(self, text: str, folded: str) -> None:
        self.cues = Cues(text, _PLACE_INDEX, folded)
        self._after_prepositions: list[re.Match] | None = None

    def after_prepositions(self, known: list[Mention], starts: list[int]) -> list[re.Match]:
        """The names after a locative preposition that overlap none of ``known`` (sorted,
        ``starts`` their starts). Each call starts from the names the last call kept: the
        passes call it with ever more mentions known."""
        hits = self._after_prepositions
        if hits is None:
            hits = self.cues.finditer(_CANDIDATE)
        hits = [hit for hit in hits if not overlaps(known, starts, hit.start(1), hit.end(1))]
        self._after_prepositions = hits
        return hits


# The name before a road's or a site's noun.
_ROAD_NAME = re.compile(r"\b(?:(?:Al|al|El|el)[- ])?([A-Z][a-z'’-]+)(?:[ -](?:(?:Ad|As|An|Al|ad|as|"
                        r"an|al)[ -])?[A-Z][a-z'’-]+){0,2} \Z")
_GENERIC_ROADS = frozenset({"Main", "Ring", "Side", "Back", "High"})
# "the only Catholic church in Gaza": a denomination describes a church, it does not name it
# (but "the Greek Orthodox Church" may be the name a report gives one)
_DENOMINATIONS = frozenset({"Catholic", "Orthodox", "Anglican", "Baptist", "Evangelical",
                            "Protestant", "Latin", "Coptic", "Greek", "Armenian"})


_ABBREVIATION_UPPER = re.compile(r"^[A-Z]{2,}$")


_FACILITY_AFTER = re.compile(r"\s+(school|hospital|camp|mosque|clinic|university|college|"
                             r"church|bakery)\b", re.I)


def _named_roads(text: str, cues: Cues) -> list[tuple[int, int]]:
    """Spans of "<Capitalised name> road/street/school/mosque..." in the text."""
    out = []
    for noun in cues.finditer(_ROAD_OR_SITE_NOUN, folded=True):
        at, end = noun.span()
        if end == len(text) or not text[end].isalnum():
            hit = _ROAD_NAME.search(text, max(0, at - 40), at + 1)
            if hit is not None and hit.group(1) not in NOT_PLACES and \
                    hit.group(1) not in _GENERIC_ROADS and \
                    not (hit.group(1) in _DENOMINATIONS and text[at + 1].islower()):
                out.append((hit.start(), end))
    return sorted(out)


def candidate_mentions(gazetteer: Gazetteer, text: str, known: list[Mention],
                       cues: PlaceCues | None = None) -> list[Mention]:
    """Capitalised names that look like places ("in X", named roads) but that the
    automaton did not find: a close spelling of a gazetteer place, else unresolved."""
    if cues is None:
        cues = PlaceCues(text, fold(text))
    out: list[Mention] = []
    starts = [m.start for m in known]
    for start, end in _named_roads(text, cues.cues):
        # "Al Rashid road", "Salah Ad Din road": a named road, wherever it stands
        if overlaps(known, starts, start, end):
            continue
        if text[start:end].lower().endswith(_HOSPITAL_NOUN):
            out.extend(_a_hospital(gazetteer, text, start, end, known))
            continue
        # a site's name that the automaton did not find is not in the gazetteer: a similar
        # one would be another site ("Al-Jawni school" is not "Fahmi al-Jarjawi School")
        site = text[start:end].lower().endswith(_SITE_NOUNS)
        if site and gazetteer.candidates_for_key(name_key(text[start:end].split()[0])):
            continue  # "the Maghazi Secondary Girls School": named after the camp it is in
        # (but "the Catholic Church compound" is named by its denomination: the gazetteer
        # may know the church by it)
        denominated = text[start:end].split()[0] in _DENOMINATIONS
        if text[start:end].lower().endswith(_QUARTER_NOUNS):
            end = text.rindex(" ", start, end)  # (the quarter's name: "Al-Furqan")
        cands = [] if site and not denominated else gazetteer.lookup(text[start:end], limit=3)
        if cands and cands[0].match != "exact":
            cands = where_told(gazetteer, text, end, known, starts, cands)
        if cands and cands[0].match != "exact":
            out.append(looked_up(text, start, end, cands))
        elif not cands:
            out.append(unresolved_mention(text, start, end,
                                          "a named road or site that is not in the gazetteer"))
    for hit in cues.cues.finditer(_LINE_OR_GATE):
        before = _GATE_BEFORE if hit.group().startswith("Gate") else _LINE_BEFORE
        if before.search(text, max(0, hit.start() - 20), hit.start()) and \
                not overlaps(known, starts, hit.start(), hit.end()):
            out.append(unresolved_mention(text, hit.start(), hit.end(),
                                          "a line or a gate told by its own name, which the "
                                          "gazetteer has no point for"))
    starts = sorted(starts + [m.start for m in out])
    known = sorted([*known, *out], key=lambda m: m.start)
    sites = SitesTold(known)
    for hit in cues.after_prepositions(known, starts):  # (most overlap a gazetteer match)
        start, end = hit.span(1)
        surface = hit.group(1)
        words = surface.replace("’", "'").split()
        if names_no_place(gazetteer, surface):
            continue  # ("near the Kuwaiti field hospital": a nationality, no place; but "near
            # the Italian Tower" names one)
        if _ABBREVIATION_UPPER.match(words[0]) or words[-1] in ORG_LAST or \
                ends_a_name(text, (start, end, "")) or words[-1].endswith("'s"):
            continue  # "near Ismail Haniyeh's home": an unknown name's home is a person's
        site = _site_told_before(text, sites, start, surface)
        if site is not None:
            out.append(site)
            continue
        cands = gazetteer.lookup(surface, limit=3) if len(surface) <= 80 else []
        if cands and cands[0].match != "exact":
            cands = where_told(gazetteer, text, end, known, starts, cands)
        noun = None if cands else _FACILITY_AFTER.match(text, end)
        if noun is not None:
            # "the al-Tabeen school compound": the school's name needs its noun
            cands = gazetteer.lookup(f"{surface} {noun.group(1)}", limit=3)
            if cands:
                end = noun.end()
        if cands and cands[0].match != "exact":
            out.append(looked_up(text, start, end, cands))
        elif not (hit.group().split()[0].lower() in _NEAR_PREPOSITIONS and
                  _in_a_title_case_line(text, start, end)):
            out.append(unresolved_mention(text, start, end,
                                          "looks like a place name but is not in the gazetteer"))
    for start, end, cands in areas_of_places(gazetteer, text, known, starts):
        # "the Falouja area of Jabalya": a quarter, told by the town it lies in
        if _no_areas_name(gazetteer, text[start:end]) or \
                overlaps(known, starts, start, end) or \
                any(m.start < end and start < m.end for m in out):
            continue
        out.append(looked_up(text, start, end, cands, "told as an area of a town")
                   if cands else unresolved_mention(text, start, end,
                                                    "an area of a town, not in the gazetteer"))
    for start, end in names_of_settlements(text, cues.cues):
        # "Madinat Hamad", "Beit Furik": a settlement's word begins a place's name
        if overlaps(known, starts, start, end) or \
                any(m.start < end and start < m.end for m in out):
            continue
        cands = [c for c in gazetteer.lookup(text[start:end], limit=3, fuzzy=False)
                 if c.match != "exact"]
        out.append(looked_up(text, start, end, cands, "named as a settlement") if cands
                   else unresolved_mention(text, start, end, "a settlement's name, not in "
                                           "the gazetteer"))
    return out + sites_named_short(text, [*known, *out])


def _no_areas_name(gazetteer: Gazetteer, surface: str) -> bool:
    """Whether the words before "area" name no place: words no finder takes for one (a
    party, a nationality, a side alone: "the Hamas area of", "the Northern area of"), or an
    organisation's name ("the Relief area of"). The Arabic article is read past: "Al" alone
    is one of the no-place words, but "Al Sodaneyya" is a name."""
    words = surface.replace("’", "'").split()
    if len(words) > 1 and words[0] in ("Al", "El"):
        words = words[1:]
        surface = " ".join(words)
    return names_no_place(gazetteer, surface) or words[-1] in ORG_LAST


# the words of a count that are no exact number ("Several hospital workers", "Both hospital
# directors"); exact ones are read as numbers are everywhere (quantities.number_word)
_COUNT_WORDS = frozenset({"several", "many", "both", "some", "all"})


def _a_count(word: str) -> bool:
    """Whether ``word`` counts what follows it ("Three hospital staff", "Twenty hospital
    workers", "Several hospital directors"): a count of people or hospitals, no name."""
    return word.lower() in _COUNT_WORDS or number_word(word) is not None


def _a_hospital(gazetteer: Gazetteer, text: str, start: int, end: int,
                known: list[Mention]) -> list[Mention]:
    """A hospital told by a name the automaton does not hold: the gazetteer's hospital of
    that spelling less its punctuation or of a near one ("Al-Aqsa Martyrs' Hospital",
    "al-Yaman al-Saeed hospital"), or a misspelling of one the report names ("al-Aqsa
    Hospital ... the strike on al-Asqa hospital"), else unresolved ("the Kuwaiti Field
    Hospital", "Ad-Durra Hospital"); none for a count of hospitals ("Three hospital
    staff"). A field hospital is never a standing one of the same name."""
    name = text[start:end]
    if _a_count(name.split()[0]):
        return []
    # (near_spellings reads this module's cues: imported here, not at the top)
    from geoevents.unlisted_names.near_spellings import bare_of_another_site, site_first_words

    firsts = site_first_words(gazetteer)
    sites = [c for c in gazetteer.lookup(name, limit=3)
             if c.place.in_gaza and c.place.feature_class in ("hospital", "facility") and
             ("field" in name.lower()) == ("field" in c.place.name.lower()) and
             # ("Nasser Children's Hospital" reads as Nasser's, not al-Nasr's)
             not bare_of_another_site(firsts, fold(name), c.place.id)]
    cands = [c for c in sites if c.match != "fuzzy"]
    if not cands and sites and any(m.place_id == sites[0].place.id for m in known):
        cands = sites[:1]  # (the report names it rightly elsewhere)
    if cands:
        return [looked_up(text, start, end, cands, "a hospital's spelling")]
    return [unresolved_mention(text, start, end, "a named hospital that is not in the "
                               "gazetteer")]


# The prepositions a headline puts before a site told by its common nouns ("Shot Near Food
# Distribution Point"); "in" is left to tell a name ("School in Al-Faluja, Gaza Strip")
_NEAR_PREPOSITIONS = frozenset({"at", "near"})
# The short words a headline may leave in lower case ("Shooting near Food Distribution
# Point as Crowds Gather")
_TITLE_LOWER = frozenset("""
a an the and or but nor for of at by to in on as near from with into over amid after under
upon off up via
""".split())


# A name's article, in lower case in a headline too ("Deir al-Balah")
_NAME_ARTICLE = re.compile(r"(?:al|el|an|ad|as|ash|ar|az)-[A-Z]")


def _in_a_title_case_line(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` stands in a headline: a line with no final full
    stop whose words are all capitalised ("Devastation at Aid Distribution: Gaza Under
    Fire"). There the capitals tell no name, so a name the gazetteer does not know is no
    more than common nouns ("Aid Distribution", "Food Distribution Point")."""
    # (the line around the name, at most 200 characters each way: bounded work per name)
    line_start = max(text.rfind("\n", max(0, start - 200), start) + 1, start - 200, 0)
    line_end = text.find("\n", end, end + 200)
    line = text[line_start:line_end if line_end >= 0 else end + 200].strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return bool(line) and line[-1] not in ".!?;," and len(words) >= 3 and all(
        w[0].isupper() or w.lower() in _TITLE_LOWER or _NAME_ARTICLE.match(w) for w in words)


# The noun of a site a report names in full before it names it short ("near Nasser
# hospital ... Medics at Nasser said"): the short name is that site.
_TOLD_SITE = re.compile(r"[ -](?:(?:medical|refugee|border)\s+)?(hospital|medical complex|"
                        r"complex|clinic|school|mosque|church|camp|crossing)\Z", re.I)

# ... nor the name of another thing its noun tells ("a house in the Nasser neighbourhood of
# Gaza City" after "Nasser hospital": the neighbourhood)
_OTHER_NOUN_AFTER = re.compile(r"\s+(?:neighbou?rhood|area|district|quarter|street|road|"
                               r"square|roundabout|junction|intersection|market|family|clan|"
                               r"home|house|building|tower|school|mosque|church|clinic|camp|"
                               r"university|college|bakery)s?\b", re.I)


class SitesTold:
    """The sites of a report's mentions named in full with their noun ("Nasser hospital"),
    by the key of the name without it ("nasser"), for :func:`_site_told_before`: a short
    name then looks up the mentions of its own key, not every mention of the report.

    ``known`` is sorted by start, and a mention ends where or after it starts, so one that
    ends by an offset starts by it: those of a key are bisected by their starts. Made on
    the first look-up (most reports name no site short)."""

    __slots__ = ("_known", "_by_key")

    def __init__(self, known: list[Mention]) -> None:
        self._known = known
        self._by_key: dict[str, tuple[list[int], list[Mention]]] | None = None

    def last_before(self, key: str, start: int) -> Mention | None:
        """The last of the mentions, in their order, that ends by ``start`` and names a
        site whose name without its noun has the name key ``key``."""
        if self._by_key is None:
            self._by_key = {}
            for m in self._known:
                noun = _TOLD_SITE.search(m.surface)
                if noun is not None:
                    starts, found = self._by_key.setdefault(
                        name_key(m.surface[:noun.start()]), ([], []))
                    starts.append(m.start)
                    found.append(m)
        starts, found = self._by_key.get(key, ([], []))
        for i in range(bisect_right(starts, start) - 1, -1, -1):
            if found[i].end <= start:
                return found[i]
        return None


def _site_told_before(text: str, sites: SitesTold, start: int, surface: str
                      ) -> Mention | None:
    """The site told in full earlier in the report whose name without its noun is
    ``surface`` ("Nasser hospital" before "at Nasser"), as a mention of ``surface``. Only
    for a name the gazetteer does not know on its own (a town, "Rafah" after "the Rafah
    crossing", is found by the automaton), never for the first telling, nor a person's
    ("at Nasser, who said")."""
    if text.startswith((", who", " who "), start + len(surface)) or \
            _OTHER_NOUN_AFTER.match(text, start + len(surface)):
        return None
    m = sites.last_before(name_key(surface), start)
    if m is None:
        return None
    return replace(m, surface=surface, start=start, end=start + len(surface),
                   confidence=round(0.9 * m.confidence, 3),
                   reason=f"short for {m.surface!r}, told before in this report")


# A capitalised word before a name, which the name's own then continues ("Gamal Abdel
# Nasser"), or a capitalised word after it ("Nasser Abu Shaaban"): a person's names
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]* \Z")
_NAME_WORD_AFTER = re.compile(r" [A-Z]")
_ARTICLE_WRITTEN = r"(?:(?:[Aa]l|[Ee]l)[- ])?"
# The sites whose name alone no gazetteer spelling finds (a camp's or a crossing's is its
# town's, which the automaton reads)
_SITE_CLASSES = frozenset({"hospital", "facility"})


def sites_named_short(text: str, known: list[Mention]) -> list[Mention]:
    """A site named in full with its noun ("Nasser Medical Complex", "Nasser hospital"),
    then by its name alone anywhere later in the report: "This put Nasser at high risk",
    "Nasser was the largest functioning hospital", "the biggest hospital, Nasser, where".
    Not a person's name ("Gamal Abdel Nasser", "Nasser Abu Shaaban", "Nasser, who said"),
    nor another thing its noun tells ("the Nasser neighbourhood"). ``known`` are the
    report's mentions so far."""
    out: list[Mention] = []
    sites = [m for m in known if m.feature_class in _SITE_CLASSES]
    if not sites:
        return out  # the common case
    taken: PlacesBefore | None = None
    done: set[str] = set()
    for m in sites:
        if (noun := _TOLD_SITE.search(m.surface)) is None:
            continue
        words = [w for w in name_key(m.surface[:noun.start()]).split() if w.isalpha()]
        if not words or " ".join(words) in done or \
                text.find(words[-1][0].upper() + words[-1][1:], m.end) < 0:
            continue  # (most sites are named once)
        done.add(" ".join(words))
        taken = taken or PlacesBefore((k.start, k.end) for k in known)
        short = re.compile(r"(?<![\w'’-])" + _ARTICLE_WRITTEN + r"[ -]".join(
            re.escape(w[0].upper() + w[1:]) for w in words) + r"(?![\w'’-])")
        for hit in short.finditer(text, m.end):
            start, end = hit.span()
            if taken.runs_past(end, start) or _NAME_WORD_AFTER.match(text, end) or \
                    _NAME_WORD_BEFORE.search(text, max(0, start - 24), start) or \
                    text.startswith((", who", " who "), end) or \
                    _OTHER_NOUN_AFTER.match(text, end):
                continue
            out.append(replace(m, surface=hit.group(), start=start, end=end,
                               confidence=round(0.9 * m.confidence, 3),
                               reason=f"short for {m.surface!r}, told before in this report"))
    return out
