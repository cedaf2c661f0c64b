"""Stage 1: text -> place mentions (resolved spans with offsets into the original text).

One pass of a compiled Aho-Corasick automaton (ahocorasick-rs, a DFA, leftmost-longest)
over length-preserving folded text finds every gazetteer spelling; offsets in the folded
text are offsets in the original.
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
from functools import cache

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

from geoevents.anchored import Cues, PrefixIndex
from geoevents.gazetteer import Candidate, Gazetteer
from geoevents.model import Mention, Place
from geoevents.normalize import article_variants, fold, name_key

__all__ = ["MentionMatcher", "find_mentions", "default_matcher"]

_WORDISH = re.compile(r"[^\w' ]+")
_DIRECTION = re.compile(
    r"(?i)\b((?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|"
    r"central|centre of|center of|outskirts of|(?:north|south)(?:[- ]?(?:east|west))? of|"
    r"(?:east|west) of)(?:\s+(?:parts?|areas?|outskirts)\s+of)?\s+(?:the\s+)?$"
)
# "X and Y hospitals/camps/schools": X's full name is "X hospital", and Y's "Y hospital".
_NAME = r"((?:[Aa]l[- ])?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
# Read backwards from the noun: "[X[,]] and Y" ending right before it.
_COORDINATED = re.compile(rf"(?:\b{_NAME},? )?\band {_NAME}\Z")
_CITY_OF = re.compile(r"(?i)\bcity of\s+$")
# "three refugee camps: Al Bureij and Al Maghazi": names listed after the word "camps".
_CAMPS_BEFORE = re.compile(r"(?i)\bcamps(?::|,| –| —| of| including| such as)\s+(?:the\s+)?"
                           r"(?:[\w'’-]+(?:\s+[\w'’-]+)?(?:,\s+|\s+and\s+)){0,3}$")
# What places a settlement in a wider name: " in ", ", both in ", " areas in ", ", ".
_PLACED_IN = re.compile(r"(?:[\s,]+(?:[\w-]+\s+)?(?:(?:both|all)\s+)?(?:in|of)\s+(?:the\s+)?|,\s+)",
                        re.I)
_SETTLEMENTS = frozenset({"town", "village", "camp"})
_CONTEXT_CHARS = 80
# Toponym-like candidates: capitalised words after a locative preposition, tried only
# where a preposition begins a word (geoevents.anchored).
_CANDIDATE = re.compile(
    r"\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Aa]round|[Tt]owards?|[Ii]nto)\s+(?:the\s+)?"
    r"((?:(?:al|el)-)?(?:[A-Z][a-z'’]+|[A-Z]{2,})(?:[ -](?:al-|el-|as-|ash-|an-|ad-)?"
    r"[A-Z][a-z'’]+){0,3})"
)
_CANDIDATE_INDEX = PrefixIndex([_CANDIDATE])
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
Department Departments Office Offices Secretariat Headquarters
""".split())
# The last word of an organisation's name: "Gaza Humanitarian Foundation" is no place.
_ORG_LAST = frozenset("""
Foundation Fund Authority Organization Organisation Institute Society Network Coalition
Centre Center Committee Agency Union Company Group Corporation Council Commission Ministry
Department Office Association Alliance Movement Party Brigades Forces
""".split())
# A direction alone is not a place ("in North-west Gaza"); "North Sinai" may be one.
_DIRECTIONS_ALONE = frozenset("""
North South East West Northern Southern Eastern Western Central
""".split())
# Capitalised words that follow a place name without joining it into another name:
# "Rafah Tuesday", "Jabalia Hamas fighters", "Gaza On Monday" (a headline).
_NOT_NAME_PARTS = frozenset("""
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Hamas Israeli Israelis IDF
Palestinian Palestinians The A An On In At As After Before While
""".split())
_ABBREVIATION_UPPER = re.compile(r"^[A-Z]{2,}$")
_FACILITY_AFTER = re.compile(r"\s+(school|hospital|camp|mosque|clinic|university|college|"
                             r"church|bakery)\b", re.I)
# The next item of a list of places: ", Name", ", and Name", " and Name"; then either the
# separator before the list's next item (group 2) or a noun that says the list names
# areas (group 3: "Ar Rimal and Ad Daraj areas of Gaza city").
_LIST_ITEM = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
    r"((?:(?:Al|El|A[dnrsz]|Ash|At)[- ]|(?:al|el|a[dnrsz]|ash|at)-)?[A-Z][a-z'’]+"
    r"(?:[ -][A-Z][a-z'’]+){0,2})"
    r"(?:(,\s*(?:and\s+)?|\s+and\s+)|\s+(areas?|neighbou?rhoods?|quarters?|districts?)\b)?")


# A gazetteer spelling found in the text: (start, end, name key).
_Match = tuple[int, int, str]


class MentionMatcher:
    """A compiled matcher over every spelling in a gazetteer.

    Built once per gazetteer (``default_matcher()`` caches it for the shipped one);
    matching is then a pure function of the text.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        spellings: dict[str, tuple[str, str | None]] = {}
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
                    spellings[variant] = (key, exact)
        patterns = list(spellings)
        self._payload = [spellings[p] for p in patterns]
        self._longest = AhoCorasick(patterns, matchkind=MatchKind.LeftmostLongest,
                                    implementation=Implementation.DFA)
        # Every (overlapping) spelling, for the rare longest match that fails its checks.
        self._every = AhoCorasick(patterns)
        # "northern Gaza" (a region) is also how "northern Gaza City" begins.
        self._directional = frozenset(key for key, _ in self._payload
                                      if key.split()[0] in _DIRECTION_WORDS)
        # Candidates depend only on the key: rank them once, not per match.
        self._candidates = {key: gazetteer.candidates_for_key(key) for key, _ in self._payload}

    # -- matching ----------------------------------------------------------------------
    def match(self, text: str, folded: str | None = None) -> list[_Match]:
        """Longest non-overlapping gazetteer spellings, on word boundaries.

        ``folded`` is ``fold(text)``, when the caller has it already.
        """
        if not text:
            return []
        folded = fold(text) if folded is None else folded
        payload = self._payload
        cased: list[bool] = []  # computed only if a match has no capital letter
        chosen: list[_Match] = []
        try:
            found = self._longest.find_matches_as_indexes(folded)
        except UnicodeEncodeError:
            # Lone surrogates (text decoded with errors="surrogateescape", broken UTF-16)
            # cannot cross into the automaton; one replacement character each keeps offsets.
            folded = _SURROGATE.sub("\ufffd", folded)
            found = self._longest.find_matches_as_indexes(folded)
        taken = 0  # end of a match extended past the automaton's own
        for idx, start, end in found:
            if start < taken:
                continue
            key, exact = payload[idx]
            if _acceptable(text, start, end, exact, cased):
                if key in self._directional:
                    longer = self._name_after_direction(text, folded, start, end, cased)
                    if longer is not None:
                        chosen.append(longer)
                        taken = longer[1]
                        continue
                chosen.append((start, end, key))
                continue
            span = text[start:end]
            if span.isalpha() and span[1:].islower():
                continue  # one plain word ("Israeli", "us"): nothing inside can pass
            # The longest spelling fails the word checks ("Khan Younis Camps"): look for
            # shorter ones inside it.
            inner = sorted((start + s_, -(start + e_), i) for i, s_, e_ in
                           self._every.find_matches_as_indexes(folded[start:end],
                                                                overlapping=True))
            last_end = start
            for s_, neg_end, i in inner:
                key, exact = payload[i]
                if s_ >= last_end and _acceptable(text, s_, -neg_end, exact, cased):
                    chosen.append((s_, -neg_end, key))
                    last_end = -neg_end
        return chosen

    def _name_after_direction(self, text: str, folded: str, start: int, end: int,
                              cased: list[bool]) -> _Match | None:
        """"northern Gaza City": the name after the direction word, when a longer name
        starts there (Gaza City, qualified "northern") than the region alias ends."""
        space = folded.find(" ", start, end)
        if space < 0:
            return None
        at = space + 1
        for idx, s_, e_ in self._longest.find_matches_as_indexes(folded[at:at + 100]):
            key, exact = self._payload[idx]
            cands = self._candidates.get(key)
            # a place, not another area ("the southern Gaza governorate of Rafah")
            if s_ == 0 and at + e_ > end and cands and cands[0].place.kind != "region" \
                    and _acceptable(text, at, at + e_, exact, cased):
                return (at, at + e_, key)
            break
        return None

    # -- resolution --------------------------------------------------------------------
    def find(self, text: str) -> list[Mention]:
        folded = fold(text)
        matches = [m for m in self.match(text, folded)
                   if (text[m[1]:m[1] + 1] != " " or not _modifies_a_name(text, m))
                   and not _in_source_tag(text, m)]
        table = self._candidates
        cands = [table[m[2]] for m in matches]
        choices = [(cs[0], None, 0.95) if len(cs) == 1 else
                   self._choose(text, i, matches, cands) if cs else None
                   for i, cs in enumerate(cands)]
        # One sense per discourse: a name that context settled once keeps that sense in
        # the rest of the report ("al-Mawasi near Khan Younis ... strikes on al-Mawasi").
        settled: dict[str, Candidate] = {}
        for m, cs, choice in zip(matches, cands, choices):
            if choice is not None and choice[2] >= 0.9 and len(cs) > 1:
                settled.setdefault(m[2], choice[0])
        mentions: list[Mention] = []
        for (start, end, key), cs, choice in zip(matches, cands, choices):
            if not cs:
                continue
            chosen, reason, confidence = choice
            if confidence < 0.9 and key in settled and settled[key] is not chosen:
                chosen = settled[key]
                reason, confidence = "as elsewhere in this report, where context settled it", 0.85
            place = chosen.place
            qualifier = _qualifier(text, start) if _may_qualify(text, start) else None
            if qualifier and place.feature_class == "strip":
                region = self._region_for(qualifier)
                if region is not None:
                    reason = f"'{qualifier}' + the Strip = {region.name}"
                    place, qualifier = region, None
            others = _others(cs, place.id) if len(cs) > 1 else ()
            mentions.append(_mention(text, start, end, place, confidence, qualifier,
                                     reason, others))
        extra = self._ellipsis(text)
        if extra:
            mentions = [m for m in mentions
                        if not any(e.start < m.end and m.start < e.end for e in extra)]
            mentions.extend(extra)
            mentions.sort(key=_start)
        extra = self._unresolved(text, mentions, folded)
        if extra:
            mentions.extend(extra)
            mentions.sort(key=_start)
        extra = self._listed(text, mentions)
        if extra:
            mentions.extend(extra)
            mentions.sort(key=_start)
        return mentions

    def _choose(self, text: str, i: int, matches: list[_Match],
                cands: list[list[Candidate]]) -> tuple[Candidate, str | None, float]:
        cs = cands[i]
        start, _, key = matches[i]
        if _CITY_OF.search(text[max(0, start - 12):start]):
            for c in cs:
                if c.place.feature_class == "city":
                    return c, "named as 'the city of ...'", 0.9
        if _CAMPS_BEFORE.search(text, max(0, start - 80), start):
            for c in cs:
                if c.place.feature_class == "camp":
                    return c, "named in a list of camps ('three refugee camps: ...')", 0.9
        # A neighbouring mention that nests with a candidate settles the choice.
        own = {c.place.id for c in cs}
        g = self.gazetteer
        for j in _neighbours(matches, i):
            if matches[j][2] == key:
                continue  # the same name again says nothing about which sense this is
            for other in cands[j][:1]:
                if other.place.id in own:
                    continue
                for c in cs:
                    if c.place.kind == "region" and c.place.feature_class != "governorate":
                        continue
                    if other.place.id != c.place.id and (
                        g.within(other.place, c.place) and other.place.parent == c.place.id
                        or c.place.parent == other.place.id
                    ):
                        named = text[matches[j][0]:matches[j][1]]
                        if c is cs[0]:
                            return c, f"the usual sense, confirmed by '{named}' nearby", 0.9
                        return c, (f"chosen over {cs[0].place.name} because "
                                   f"'{named}' is nearby"), 0.9
        governorate = self._governorate_after_settlement(text, i, matches, cands)
        if governorate is not None:
            return governorate
        part = self._part_of_named_area(text, i, matches, cands)
        if part is not None:
            return part
        return cs[0], cs[0].reason, 0.75

    def _part_of_named_area(self, text: str, i: int, matches: list[_Match],
                            cands: list[list[Candidate]]
                            ) -> tuple[Candidate, str, float] | None:
        """"al-Mawasi, Rafah Governorate": the one sense that lies in the governorate or
        region named right after the name (the Rafah part of al-Mawasi)."""
        if i + 1 >= len(matches) or matches[i + 1][0] - matches[i][1] > 6 or \
                not cands[i + 1]:
            return None
        area = cands[i + 1][0].place
        if area.kind != "region" or area.feature_class == "strip":
            return None
        inside = [c for c in cands[i] if c.place.kind != "region"
                  and self.gazetteer.within(c.place, area)]
        # the whole ("al-Mawasi") gives way to its named part ("al-Mawasi (Rafah)")
        inside = [c for c in inside if not any(
            o is not c and o.place.name.startswith(c.place.name + " (") for o in inside)]
        if len(inside) != 1:
            return None
        named = text[matches[i + 1][0]:matches[i + 1][1]]
        return inside[0], f"the one that lies in {named}, named right after it", 0.9

    def _governorate_after_settlement(self, text: str, i: int, matches: list[_Match],
                                      cands: list[list[Candidate]]
                                      ) -> tuple[Candidate, str, float] | None:
        """"Al Bureij and Al Maghazi, both in Deir Al Balah", "Abasan al-Kabira, Khan
        Younis": a town, village or camp of its own placed "in" a name that is both a city
        and a governorate places it in the governorate (the camp is not in the city)."""
        cs = cands[i]
        city = next((c for c in cs if c.place.feature_class == "city"), None)
        gov = next((c for c in cs if c.place.feature_class == "governorate"), None)
        if city is None or gov is None or i == 0:
            return None
        start = matches[i][0]
        before = matches[i - 1]
        if start - before[1] > 40 or not cands[i - 1] or \
                _PLACED_IN.fullmatch(text, before[1], start) is None:
            return None
        other = cands[i - 1][0].place
        if other.feature_class in _SETTLEMENTS and other.in_gaza and \
                other.parent != city.place.id and self.gazetteer.within(other, gov.place):
            named = text[before[0]:before[1]]
            return gov, (f"'{named}' is a {other.feature_class} of its own in the "
                         f"{gov.place.name}, not in the city"), 0.85
        return None

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

    def _ellipsis(self, text: str) -> list[Mention]:
        """"Shifa and Al Quds hospitals", "Jabalia and Nuseirat camps": the noun shared by
        a coordination names both places. These mentions replace what the bare names
        matched (the town of Nuseirat, the village of An-Nasr for "Nasser")."""
        out: list[Mention] = []
        for at, plural in _shared_nouns(text):
            joint = text.rfind(" and ", max(0, at - 70), at)
            if joint < 0:
                continue  # no coordination right before the noun (most cases)
            hit = _COORDINATED.search(text, max(0, joint - 60), at)
            if hit is None:
                continue
            noun = plural.lower().rstrip("s")
            for group, side in ((1, "after"), (2, "before")):
                if hit.group(group) is None:
                    continue
                start, end = hit.span(group)
                words = hit.group(group).split()
                # "In Jabalia and ...": a capitalised word before the name is not part of it
                for first in range(len(words)):
                    name = " ".join(words[first:])
                    cands = self.gazetteer.candidates_for_key(name_key(f"{name} {noun}"))
                    if cands:
                        at = end - len(name)
                        out.append(_mention(text, at, end, cands[0].place, 0.85, None,
                                            f"shares '{plural}' with the name {side} it",
                                            tuple(x.place.id for x in cands[1:])))
                        break
        return out

    def _listed(self, text: str, known: list[Mention]) -> list[Mention]:
        """Names that continue a list of places ("Ar Rimal, Ash Shujai'yeh, and Ad Daraj
        areas of Gaza city"): the gazetteer's close spelling, or unresolved where the list
        plainly goes on ("areas", another comma) so that a name is not dropped."""
        out: list[Mention] = []
        starts = [m.start for m in known]
        queue = [m.end for m in known if m.place_id is not None]
        while queue:
            hit = _next_item(text, queue.pop(0))
            if hit is None:
                continue
            start, end = hit.span(1)
            k = bisect_left(starts, end)
            if k > 0 and known[k - 1].end > start or any(m.start == start for m in out):
                continue  # a name already found
            surface = hit.group(1)
            if surface.split()[0] in _NOT_PLACES or surface in _DIRECTIONS_ALONE:
                continue
            cands = self.gazetteer.lookup(surface, limit=3) if len(surface) <= 80 else []
            if cands:  # "exact" too: a spelling the automaton has not ("Shujai'yeh")
                c = cands[0]
                out.append(_mention(text, start, end, c.place, round(0.7 * c.score, 3), None,
                                    f"{c.match} match in a list of places"
                                    + (f": {c.reason}" if c.reason else ""),
                                    tuple(x.place.id for x in cands[1:])))
            elif hit.group(3) or hit.group(2) and _starts_a_name(text, hit.end(2), starts):
                out.append(Mention(surface=surface, start=start, end=end, place_id=None,
                                   name=None, lat=None, lon=None, kind=None, in_gaza=False,
                                   feature_class=None, governorate=None, confidence=0.3,
                                   reason="named in a list of places but not in the gazetteer"))
            else:
                continue
            queue.append(end)
        return out

    def _unresolved(self, text: str, known: list[Mention], folded: str) -> list[Mention]:
        out: list[Mention] = []
        starts = [m.start for m in known]
        for hit in Cues(text, _CANDIDATE_INDEX, folded).finditer(_CANDIDATE):
            start, end = hit.span(1)
            k = bisect_left(starts, end)
            if k > 0 and known[k - 1].end > start:
                continue  # overlaps a gazetteer match (most do)
            surface = hit.group(1)
            words = surface.replace("’", "'").split()
            if words[0].rstrip("'s").rstrip("'") in _NOT_PLACES or surface in _NOT_PLACES \
                    or surface in _DIRECTIONS_ALONE:
                continue
            if _ABBREVIATION_UPPER.match(words[0]) or words[-1] in _ORG_LAST:
                continue
            cands = self.gazetteer.lookup(surface, limit=3) if len(surface) <= 80 else []
            noun = None if cands else _FACILITY_AFTER.match(text, end)
            if noun is not None:
                # "the al-Tabeen school compound": the school's name needs its noun
                cands = self.gazetteer.lookup(f"{surface} {noun.group(1)}", limit=3)
                if cands:
                    end = noun.end()
            if cands and cands[0].match != "exact":
                c = cands[0]
                out.append(_mention(text, start, end, c.place, round(0.7 * c.score, 3), None,
                                    f"{c.match} match" + (f": {c.reason}" if c.reason else ""),
                                    tuple(x.place.id for x in cands[1:])))
            else:
                out.append(Mention(surface=surface, start=start, end=end, place_id=None,
                                   name=None, lat=None, lon=None, kind=None, in_gaza=False,
                                   feature_class=None, governorate=None, confidence=0.3,
                                   reason="looks like a place name but is not in the gazetteer"))
        return out


def _next_item(text: str, after: int) -> re.Match | None:
    """The name that continues a list right after offset ``after``, if any."""
    if after >= len(text) or not (text[after] == "," or text.startswith(" and ", after)):
        return None  # most names end a phrase, not a list
    return _LIST_ITEM.match(text, after)


def _starts_a_name(text: str, at: int, starts: list[int]) -> bool:
    """Whether a known place name begins at ``at`` (after an optional "the ")."""
    if text.startswith(("the ", "The "), at):
        at += 4
    k = bisect_left(starts, at)
    return k < len(starts) and starts[k] == at


def _shared_nouns(text: str) -> list[tuple[int, str]]:
    """(offset of the space before it, noun) for each " hospitals", " camps", " schools"."""
    found = []
    for noun in ("hospitals", "camps", "schools"):
        at = text.find(" " + noun)
        while at >= 0:
            after = at + 1 + len(noun)
            if after == len(text) or not (text[after].isalnum() or text[after] == "_"):
                if noun == "camps" and text.endswith(" refugee", 0, at):
                    at -= len(" refugee")  # "Al Bureij and Al Maghazi refugee camps"
                found.append((at, noun))
            at = text.find(" " + noun, at + len(" refugee") + 2)
    return sorted(found)


_SCHOOL_KINDS = ("primary", "elementary", "preparatory", "secondary", "high", "basic",
                 "boys", "boys'", "girls", "girls'", "co-ed", "mixed")


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
        if words[-1] == "school" and len(words) > 1:
            # "Abu Hussein primary school", "Al-Falah boys' school": the school's own name
            out.update(" ".join(words[:-1] + [kind, "school"]) for kind in _SCHOOL_KINDS)
    return {s for s in out if s.strip()}


_ORG_HEAD = re.compile(
    r" (?:Defen[cs]e Forces?|Health Ministry|Ministry|Brigades?|Battalions?|Division|"
    r"Humanitarian Foundation|Foundation|"
    r"Government|Media Office|Civil Defen[cs]e|Police|Municipality Council|Health Authority)\b")
_NEXT_CAPITALISED = re.compile(r" [A-Z][a-z]+")
_PLACE_HEADS = frozenset({"City", "Camp", "Governorate", "Strip", "Crossing", "Port", "Hospital",
                          "Street", "Road", "Square", "Roundabout", "Junction", "Area",
                          "Refugee", "Valley", "Beach", "Corridor", "Neighbourhood",
                          "Neighborhood", "District", "Quarter", "Province", "Region"})


def _modifies_a_name(text: str, m: _Match) -> bool:
    """A place name used inside another name is not a mention of the place:
    "Israel Defense Forces", "Gaza Health Ministry", "Rafa Salama" (a person)."""
    start, end, _ = m
    if text[end:end + 1] != " ":
        return False  # both cases below need a following word
    if _ORG_HEAD.match(text, end):
        return True
    surface = text[start:end]
    nxt = _NEXT_CAPITALISED.match(text, end)
    if not (nxt and surface.isalpha() and surface.isascii() and surface[0].isupper()
            and nxt.group().strip() not in _PLACE_HEADS
            and nxt.group().strip() not in _NOT_NAME_PARTS):
        return False  # "Rafah Tuesday", "Jabalia Hamas fighters": the name stands alone
    # The line around the name, at most 200 characters each way (bounded work per match).
    line_start = max(text.rfind("\n", max(0, start - 200), start) + 1, start - 200, 0)
    line_end = text.find("\n", end, end + 200)
    words = text[line_start:line_end if line_end >= 0 else end + 200].split()
    title_case = sum(w[:1].isupper() for w in words) >= 0.6 * len(words)
    return not title_case  # in a headline every word is capitalised


_SOURCE_TAG = re.compile(r"\((?:The |the )?(?:[A-Z][\w'’.-]*|of|and)(?: (?:[A-Z][\w'’.-]*|of|and))"
                         r"{0,5}\)")


def _in_source_tag(text: str, m: _Match) -> bool:
    """A name inside a news source credited in brackets, "(The Times of Israel)",
    "(ABC News Australia)": the outlet, not a place of the report."""
    start, end, _ = m
    if end >= len(text) or "(" not in text[max(0, start - 30):start]:
        return False  # the common case: no bracket just before the name
    open_at = text.rfind("(", max(0, start - 30), start)
    close_at = text.find(")", end, end + 40)
    if close_at < 0 or ")" in text[open_at:start]:
        return False
    tag = _SOURCE_TAG.fullmatch(text, open_at, close_at + 1)
    return tag is not None and _MEDIA_WORD.search(text, open_at, close_at) is not None


_MEDIA_WORD = re.compile(r"\b(?:Times|News|Post|Press|Herald|Tribune|Journal|Telegraph|Guardian|"
                         r"Daily|Radio|TV|Television|Broadcasting|Agency|Gazette|Observer|Today|"
                         r"Channel|Network|Media|Monitor|Review|Star|Sun)\b")


def _acceptable(text: str, start: int, end: int, exact: str | None, cased: list[bool]) -> bool:
    """Word boundaries, exact case for short capitals, and capitals in cased prose.

    ``cased`` caches, per text, whether it uses capitals at all: it is only needed for a
    match written without one.
    """
    surface = text[start:end]
    if exact is not None and surface != exact:
        return False
    if start > 0 and text[start - 1].isalnum() and not _glued(text[start - 1], text[start]):
        return False
    if end < len(text) and text[end].isalnum() and not _glued(text[end - 1], text[end]):
        return False
    if surface.isascii() and surface.lower() == surface:
        # "beach", "middle area" in running prose are not names; "the middle areas" of a
        # UN update is the region
        if surface.endswith(("area", "areas")) and " " in surface and \
                text[max(0, start - 4):start].lower() == "the " and \
                (not text.startswith(" of ", end) or _OF_GAZA.match(text, end)):
            return True  # not "the middle area of the room"
        if not cased:
            cased.append(_mostly_cased(text))
        return not cased[0]
    return True


def _glued(left: str, right: str) -> bool:
    """A lower-to-upper case change is a word boundary in scraped text ("LocationDeir")."""
    return left.islower() and right.isupper()


_UPPER = re.compile(r"[A-Z]")
_OF_GAZA = re.compile(r" of (?:the )?Gaza\b")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _mostly_cased(text: str) -> bool:
    """Whether the text uses capitals at all (all-lowercase input disables the case rule)."""
    sample = text[:5000]
    return len(_UPPER.findall(sample)) * 60 >= len(sample)


_DIRECTION_WORDS = frozenset({"north", "northern", "south", "southern", "east", "eastern",
                              "west", "western", "central"})
# How a direction before a name can end ("north of", "eastern", "central"): a cheap test
# before the pattern, since most names have no direction before them.
_QUALIFIER_ENDS = ("north", "south", "east", "west", "ern", "central", " of")


def _may_qualify(text: str, start: int) -> bool:
    if start < 3 or not text[start - 1].isspace():
        return False
    tail = text[max(0, start - 25):start].rstrip()
    if tail[-3:].lower() == "the":
        tail = tail[:-3].rstrip()
    return tail.lower().endswith(_QUALIFIER_ENDS)


def _others(cs: list[Candidate], chosen: str) -> tuple[str, ...]:
    return tuple(c.place.id for c in cs if c.place.id != chosen)


def _start(m: Mention) -> int:
    return m.start


def _qualifier(text: str, start: int) -> str | None:
    hit = _DIRECTION.search(text[max(0, start - 25):start])
    return hit.group(1).lower() if hit else None


def _neighbours(matches: list[_Match], i: int) -> list[int]:
    """Indices of matches starting within _CONTEXT_CHARS of match i (matches are sorted)."""
    start = matches[i][0]
    out = []
    j = i - 1
    while j >= 0 and start - matches[j][0] <= _CONTEXT_CHARS:
        out.append(j)
        j -= 1
    j = i + 1
    while j < len(matches) and matches[j][0] - start <= _CONTEXT_CHARS:
        out.append(j)
        j += 1
    return out


def _mention(text: str, start: int, end: int, place: Place, confidence: float,
             qualifier: str | None, reason: str | None, alternatives: tuple[str, ...]) -> Mention:
    # Positional: the record is built once per mention, on the hot path.
    return Mention(text[start:end], start, end, place.id, place.name, place.lat, place.lon,
                   place.kind, place.in_gaza, place.feature_class, place.governorate,
                   confidence, qualifier, reason, alternatives)


@cache
def default_matcher() -> MentionMatcher:
    """The matcher over the shipped gazetteer, compiled once per process."""
    return MentionMatcher(Gazetteer.default())


def find_mentions(text: str, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Every place the text names, in order, with offsets into ``text``."""
    matcher = default_matcher() if gazetteer is None else MentionMatcher(gazetteer)
    return matcher.find(text)
