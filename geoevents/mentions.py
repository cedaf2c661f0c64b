"""Stage 1: text -> place mentions (resolved spans with offsets into the original text).

One pass of an Aho-Corasick automaton (pyahocorasick) over length-preserving folded text
finds every gazetteer spelling; offsets in the folded text are offsets in the original.
Then, in order:

* ``match``: word boundaries, longest non-overlapping matches;
* ``resolve``: ambiguous names are settled by context (a neighbouring mention that
  contains or is contained by a candidate: "Gaza's Shejaia" makes "Gaza" the city),
  else by the gazetteer's documented default, and the reason is recorded;
* directions ("eastern Khan Younis", "north of Rafah") are kept as ``qualifier``;
* capitalised words after "in/near/at..." that the gazetteer does not know are reported
  unresolved (``place_id=None``) rather than dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

import ahocorasick

from geoevents.gazetteer import Candidate, Gazetteer
from geoevents.model import Mention, Place
from geoevents.normalize import article_variants, fold, name_key

__all__ = ["MentionMatcher", "find_mentions", "default_matcher"]

_WORDISH = re.compile(r"[^\w' ]+")
_DIRECTION = re.compile(
    r"(?i)\b((?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|"
    r"central|centre of|center of|outskirts of|(?:north|south|east|west) of)\s+(?:the\s+)?$"
)
# "X and Y hospitals/camps/schools": Y's full name is "Y hospital".
_COORDINATED = re.compile(
    r"\band ((?:[Aa]l[- ])?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (hospitals|camps|schools)\b")
_CITY_OF = re.compile(r"(?i)\bcity of\s+$")
_CONTEXT_CHARS = 80
# Toponym-like candidates: capitalised words after a locative preposition.
_CANDIDATE = re.compile(
    r"\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Aa]round|[Tt]owards?|[Ii]nto)\s+(?:the\s+)?"
    r"((?:[A-Z][a-z'’]+|[A-Z]{2,})(?:[ -](?:al-|el-|as-|ash-|an-|ad-)?[A-Z][a-z'’]+){0,3})"
)
_NOT_PLACES = frozenset("""
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Hamas Israeli Palestinian Arab
Islamic Jihad Fatah Hezbollah Reuters AFP AP The A An This That These Those His Her Their
Its Our We He She They It I UN UNRWA OCHA WHO UNICEF WFP Red Cross Crescent Security
Council General Assembly Court Congress Parliament Knesset Ministry Health March English
Arabic Muslim Muslims Jewish Christian Christians God Allah Mr Mrs Ms Dr President Prime
Minister Army Forces Defense Defence Brigades Qassam Quds Al Al-Qassam Israel's Hamas's
Addition Response Total Fact Order Particular Contrast Short General Gaza's October Early
Late Mid Part Spite Light Accordance Line Terms Case View Front Favour Favor Support
""".split())
_ABBREVIATION_UPPER = re.compile(r"^[A-Z]{2,}$")


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    key: str


class MentionMatcher:
    """A compiled matcher over every spelling in a gazetteer.

    Built once per gazetteer (``default_matcher()`` caches it for the shipped one);
    matching is then a pure function of the text.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._automaton = ahocorasick.Automaton()
        for place in gazetteer:
            for alias in gazetteer.aliases_of(place):
                key = name_key(alias)
                if not key:
                    continue
                # Short capitals ("US", "UK", "U.S.") only match as written: "us" is a pronoun.
                letters = alias.replace(".", "")
                exact = alias if letters.isupper() and len(letters) <= 4 else None
                for variant in _spellings(alias):
                    if len(variant.replace(".", "").replace(" ", "")) < 2 or \
                            (len(variant) < 3 and exact is None):
                        continue
                    self._automaton.add_word(variant, (len(variant), key, exact))
        self._automaton.make_automaton()

    # -- matching ----------------------------------------------------------------------
    def match(self, text: str) -> list[_Match]:
        """Longest non-overlapping gazetteer spellings, on word boundaries."""
        if not text:
            return []
        folded = fold(text)
        require_upper = _mostly_cased(text)
        chosen: list[_Match] = []
        # iter_long: leftmost-longest, non-overlapping, in C. A longest match that fails
        # the word checks ("Khan Younis Camps") is searched again for shorter ones inside.
        for end_idx, payload in self._automaton.iter_long(folded):
            start = end_idx - payload[0] + 1
            if _acceptable(text, start, end_idx + 1, payload, require_upper):
                chosen.append(_Match(start, end_idx + 1, payload[1]))
                continue
            inner = sorted(((start + e - p[0] + 1, -(start + e + 1), p) for e, p in
                            self._automaton.iter(folded[start:end_idx + 1])))
            last_end = start
            for s_, neg_end, p in inner:
                if s_ >= last_end and _acceptable(text, s_, -neg_end, p, require_upper):
                    chosen.append(_Match(s_, -neg_end, p[1]))
                    last_end = -neg_end
        return chosen

    # -- resolution --------------------------------------------------------------------
    def find(self, text: str) -> list[Mention]:
        matches = [m for m in self.match(text) if not _modifies_a_name(text, m)]
        cands = [self.gazetteer.candidates_for_key(m.key) for m in matches]
        choices = [self._choose(text, i, matches, cands) if cs else None
                   for i, cs in enumerate(cands)]
        # One sense per discourse: a name that context settled once keeps that sense in
        # the rest of the report ("al-Mawasi near Khan Younis ... strikes on al-Mawasi").
        settled: dict[str, Candidate] = {}
        for m, cs, choice in zip(matches, cands, choices):
            if choice is not None and choice[2] >= 0.9 and len(cs) > 1:
                settled.setdefault(m.key, choice[0])
        mentions: list[Mention] = []
        for i, (m, cs) in enumerate(zip(matches, cands)):
            if not cs:
                continue
            chosen, reason, confidence = choices[i]
            if confidence < 0.9 and m.key in settled and settled[m.key] is not chosen:
                chosen = settled[m.key]
                reason, confidence = "as elsewhere in this report, where context settled it", 0.85
            qualifier = _qualifier(text, m.start)
            place = chosen.place
            if place.feature_class == "strip" and qualifier:
                region = self._region_for(qualifier)
                if region is not None:
                    reason = f"'{qualifier}' + the Strip = {region.name}"
                    place, qualifier = region, None
            others = tuple(c.place.id for c in cs if c.place.id != place.id)
            mentions.append(_mention(text, m.start, m.end, place, confidence, qualifier,
                                     reason, others))
        mentions.extend(self._ellipsis(text, mentions))
        mentions.sort(key=lambda x: x.start)
        mentions.extend(self._unresolved(text, mentions))
        mentions.sort(key=lambda x: x.start)
        return mentions

    def _choose(self, text: str, i: int, matches: list[_Match],
                cands: list[list[Candidate]]) -> tuple[Candidate, str | None, float]:
        cs = cands[i]
        if len(cs) == 1:
            return cs[0], None, 0.95
        m = matches[i]
        if _CITY_OF.search(text[max(0, m.start - 12):m.start]):
            for c in cs:
                if c.place.feature_class == "city":
                    return c, "named as 'the city of ...'", 0.9
        # A neighbouring mention that nests with a candidate settles the choice.
        own = {c.place.id for c in cs}
        for j in _neighbours(matches, i):
            if matches[j].key == m.key:
                continue  # the same name again says nothing about which sense this is
            for other in cands[j][:1]:
                if other.place.id in own:
                    continue
                for c in cs:
                    g = self.gazetteer
                    if c.place.kind == "region" and c.place.feature_class != "governorate":
                        continue
                    if other.place.id != c.place.id and (
                        g.within(other.place, c.place) and other.place.parent == c.place.id
                        or c.place.parent == other.place.id
                    ):
                        return c, (f"chosen over {cs[0].place.name} because "
                                   f"'{text[matches[j].start:matches[j].end]}' is nearby"), 0.9
        return cs[0], cs[0].reason, 0.75

    @cache  # noqa: B019 - one matcher per gazetteer, a handful of directions
    def _region_for(self, qualifier: str) -> Place | None:
        q = qualifier.lower()
        name = ("northern Gaza" if q.startswith("north") else
                "southern Gaza" if q.startswith("south") else
                "central Gaza" if q.startswith(("central", "centre", "center")) else None)
        if name is None:
            return None
        cands = self.gazetteer.candidates_for_key(name_key(name))
        return cands[0].place if cands else None

    def _ellipsis(self, text: str, known: list[Mention]) -> list[Mention]:
        """"Shifa and Al Quds hospitals": the noun shared by a coordination names both."""
        out: list[Mention] = []
        starts = [m.start for m in known]
        for hit in _COORDINATED.finditer(text):
            start, end = hit.span(1)
            k = bisect_left(starts, end)
            if k > 0 and known[k - 1].end > start:
                continue
            noun = hit.group(2).lower().rstrip("s")
            cands = self.gazetteer.candidates_for_key(name_key(f"{hit.group(1)} {noun}"))
            if cands:
                c = cands[0]
                out.append(_mention(text, start, end, c.place, 0.85, None,
                                    f"shares '{hit.group(2)}' with the name before it",
                                    tuple(x.place.id for x in cands[1:])))
        return out

    def _unresolved(self, text: str, known: list[Mention]) -> list[Mention]:
        out: list[Mention] = []
        starts = [m.start for m in known]
        for hit in _CANDIDATE.finditer(text):
            start, end = hit.span(1)
            surface = hit.group(1)
            words = surface.replace("’", "'").split()
            if words[0].rstrip("'s").rstrip("'") in _NOT_PLACES or surface in _NOT_PLACES:
                continue
            if _ABBREVIATION_UPPER.match(words[0]):
                continue
            k = bisect_left(starts, end)
            if k > 0 and known[k - 1].end > start:
                continue  # overlaps a gazetteer match
            cands = self.gazetteer.lookup(surface, limit=3) if len(surface) <= 80 else []
            if cands and cands[0].match != "exact":
                c = cands[0]
                out.append(_mention(text, start, end, c.place, round(0.7 * c.score, 3), None,
                                    f"{c.match} match: {c.reason}",
                                    tuple(x.place.id for x in cands[1:])))
            else:
                out.append(Mention(surface=surface, start=start, end=end, place_id=None,
                                   name=None, lat=None, lon=None, kind=None, in_gaza=False,
                                   feature_class=None, governorate=None, confidence=0.3,
                                   reason="looks like a place name but is not in the gazetteer"))
        return out


def _spellings(alias: str) -> set[str]:
    """The folded spellings under which an alias can appear in running text."""
    base = _WORDISH.sub(" ", fold(alias)).split()
    if not base:
        return set()
    out: set[str] = {" ".join(fold(alias).split())}
    for words in article_variants(base):
        if not words:
            continue
        s = " ".join(words)
        out.add(s)
        out.add(s.replace("'", ""))
        if words[-1] == "camp" and len(words) > 1:
            out.add(" ".join(words[:-1] + ["refugee", "camp"]))
    return {s for s in out if s.strip()}


_ORG_HEAD = re.compile(
    r" (?:Defen[cs]e Forces?|Health Ministry|Ministry|Brigades?|Battalions?|Division|"
    r"Government|Media Office|Civil Defen[cs]e|Police|Municipality Council|Health Authority)\b")
_NEXT_CAPITALISED = re.compile(r" [A-Z][a-z]+")
_PLACE_HEADS = frozenset({"City", "Camp", "Governorate", "Strip", "Crossing", "Port", "Hospital",
                          "Street", "Road", "Square", "Roundabout", "Junction", "Area",
                          "Refugee", "Valley", "Beach", "Corridor", "Neighbourhood",
                          "Neighborhood", "District", "Quarter", "Province", "Region"})


def _modifies_a_name(text: str, m: _Match) -> bool:
    """A place name used inside another name is not a mention of the place:
    "Israel Defense Forces", "Gaza Health Ministry", "Rafa Salama" (a person)."""
    if text[m.end:m.end + 1] != " ":
        return False  # both cases below need a following word
    if _ORG_HEAD.match(text, m.end):
        return True
    surface = text[m.start:m.end]
    nxt = _NEXT_CAPITALISED.match(text, m.end)
    if not (nxt and surface.isalpha() and surface.isascii() and surface[0].isupper()
            and nxt.group().strip() not in _PLACE_HEADS):
        return False
    # The line around the name, at most 200 characters each way (bounded work per match).
    line_start = max(text.rfind("\n", max(0, m.start - 200), m.start) + 1, m.start - 200, 0)
    line_end = text.find("\n", m.end, m.end + 200)
    words = text[line_start:line_end if line_end >= 0 else m.end + 200].split()
    title_case = sum(w[:1].isupper() for w in words) >= 0.6 * len(words)
    return not title_case  # in a headline every word is capitalised


def _acceptable(text: str, start: int, end: int, payload: tuple, require_upper: bool) -> bool:
    """Word boundaries, exact case for short capitals, and capitals in cased prose."""
    exact = payload[2]
    if exact is not None and text[start:end] != exact:
        return False
    if start > 0 and text[start - 1].isalnum() and not _glued(text[start - 1], text[start]):
        return False
    if end < len(text) and text[end].isalnum() and not _glued(text[end - 1], text[end]):
        return False
    # "beach", "middle area" in running prose are not names
    return not (require_upper and not _UPPER.search(text, start, end)
                and text[start:end].isascii())


def _glued(left: str, right: str) -> bool:
    """A lower-to-upper case change is a word boundary in scraped text ("LocationDeir")."""
    return left.islower() and right.isupper()


_UPPER = re.compile(r"[A-Z]")


def _mostly_cased(text: str) -> bool:
    """Whether the text uses capitals at all (all-lowercase input disables the case rule)."""
    sample = text[:5000]
    return len(_UPPER.findall(sample)) * 60 >= len(sample)


def _qualifier(text: str, start: int) -> str | None:
    hit = _DIRECTION.search(text[max(0, start - 25):start])
    return hit.group(1).lower() if hit else None


def _neighbours(matches: list[_Match], i: int) -> list[int]:
    """Indices of matches starting within _CONTEXT_CHARS of match i (matches are sorted)."""
    m = matches[i]
    out = []
    j = i - 1
    while j >= 0 and m.start - matches[j].start <= _CONTEXT_CHARS:
        out.append(j)
        j -= 1
    j = i + 1
    while j < len(matches) and matches[j].start - m.start <= _CONTEXT_CHARS:
        out.append(j)
        j += 1
    return out


def _mention(text: str, start: int, end: int, place: Place, confidence: float,
             qualifier: str | None, reason: str | None, alternatives: tuple[str, ...]) -> Mention:
    return Mention(surface=text[start:end], start=start, end=end, place_id=place.id,
                   name=place.name, lat=place.lat, lon=place.lon, kind=place.kind,
                   in_gaza=place.in_gaza, feature_class=place.feature_class,
                   governorate=place.governorate, confidence=confidence, qualifier=qualifier,
                   reason=reason, alternatives=alternatives)


@cache
def default_matcher() -> MentionMatcher:
    """The matcher over the shipped gazetteer, compiled once per process."""
    return MentionMatcher(Gazetteer.default())


def find_mentions(text: str, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Every place the text names, in order, with offsets into ``text``."""
    matcher = default_matcher() if gazetteer is None else MentionMatcher(gazetteer)
    return matcher.find(text)
