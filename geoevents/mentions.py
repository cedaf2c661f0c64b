"""Stage 1: text -> place mentions (resolved spans with offsets into the original text).

One pass of a compiled Aho-Corasick automaton (ahocorasick-rs, a DFA, leftmost-longest)
over length-preserving folded text finds every gazetteer spelling; offsets in the folded
text are offsets in the original.
Then, in order:

* ``match``: word boundaries, longest non-overlapping matches, and the checks of
  :mod:`geoevents.name_checks` (a name inside another name or a news outlet's);
* ``resolve``: ambiguous names are settled by context in :mod:`geoevents.senses` (a
  neighbouring mention that contains or is contained by a candidate: "Gaza's Shejaia"
  makes "Gaza" the city; a camp of its own "in" a name makes it the governorate), else by
  the gazetteer's documented default, and the reason is recorded;
* directions ("eastern Khan Younis", "north of Rafah") are kept as ``qualifier``;
* names the automaton does not find on its own come from
  :mod:`geoevents.unlisted_names`: shared nouns, list items, and capitalised words after
  "in/near/at..." that the gazetteer does not know, reported unresolved
  (``place_id=None``) rather than dropped.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

from geoevents.border_crossings import crossing_named_for
from geoevents.containers import misplaced_sites
from geoevents.gazetteer import Candidate, Gazetteer
from geoevents.model import Mention, Place
from geoevents.name_checks import (
    AliasMatch,
    PlacesBefore,
    a_branch_of_an_organisation,
    a_country_s_hospital,
    a_given_name,
    acceptable,
    ends_a_name,
    in_source_tag,
    in_spelled_out_acronym,
    modifies_a_name,
    names_a_family,
)
from geoevents.normalize import (
    ARTICLES,
    SURROGATE,
    article_variants,
    fold,
    name_key,
    transliteration_variants,
)
from geoevents.senses import (
    before_governorates,
    choose_sense,
    named_in_full,
    office_in_the_citys_report,
    settles_the_report,
)
from geoevents.unlisted_names import (
    PlaceCues,
    bare_of_another_site,
    candidate_mentions,
    hospitals_told_by_head_name,
    introduced_list_mentions,
    list_mentions,
    near_spelling_mentions,
    place_mention,
    shared_noun_mentions,
    shared_region_mentions,
    site_first_words,
    strip_side_mentions,
    unresolved_mention,
)

__all__ = ["MentionMatcher", "default_matcher", "matcher_for", "CITY_OF"]

_SETTLEMENTS = frozenset({"city", "town", "governorate", "strip", "region"})
_PLURAL_NOUNS = (" crossing", " hospital", " camp", " school")
_WORDISH = re.compile(r"[^\w' ]+")
# "the city of Jenin", "the southern Gaza city of Khan Yunis": the city named next
CITY_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# (not "Gaza's north and south", "north, centre and south", "north or south", "north as
# well as the south", "Gaza's north-south road": more than one side)
_POSSESSIVE_SIDE = re.compile(r"['’]s\s+(north|south|centre|center)\b"
                              r"(?![\s,–-]+(?:of|and|or|as well as|north|south|centre|center|"
                              r"central)\b)", re.I)
_A_BEFORE = re.compile(r"\b(?:an?|another|one|each|every)\s+(?:[a-z-]+\s+)?$|"
                       # "troops pulled out of the southern Gaza city on Sunday": the city
                       # told before, by where it lies
                       r"\bthe\s+(?:(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|"
                       r"east(?:ern)?|west(?:ern)?|central)\s+$")
# "a Gaza city school", "a Gaza city neighbourhood": the name before the noun it qualifies
# is Gaza City (not "a southern Gaza city where", "a Gaza city devastated by", "... city,")
_QUALIFIES = re.compile(r"\s+(?!(?:where|which|that|whose|who|in|on|at|near|of|off|with|and|or|"
                        r"but|under|to|from|for|by|as|after|before|since|until|while|now|"
                        r"already|still|also|once|home to|is|was|has|had)\b)"
                        r"[a-z][\w-]*(?![\w-])(?<!ed)(?<!ly)")
_DIRECTION = re.compile(
    r"(?i)\b((?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|"
    r"central|centre of|center of|outskirts of|(?:north|south)(?:[- ]?(?:east|west))? of|"
    r"(?:east|west) of)(?:\s+(?:parts?|areas?|outskirts|half)\s+of)?\s+(?:the\s+)?$"
)


# "Gaza's war-torn territory", "Gaza's coastal enclave": the Strip by its epithet
_STRIP_EPITHET = re.compile(r"(?:[\w-]+\s+){0,2}?(?:territory|enclave|strip)\b", re.I)


class MentionMatcher:
    """A compiled matcher over every spelling in a gazetteer.

    Built once per gazetteer (``default_matcher()`` caches it for the shipped one);
    matching is then a pure function of the text.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        spellings: dict[str, tuple[str, str | None]] = {}
        firsts = site_first_words(gazetteer)
        for place in gazetteer:
            for alias in gazetteer.aliases_of(place):
                key = name_key(alias)
                if not key:
                    continue
                # Short capitals ("US", "UK", "U.S.") only match as written: "us" is a pronoun.
                letters = alias.replace(".", "")
                exact = alias if letters.isupper() and len(letters) <= 4 else None
                words = _WORDISH.sub(" ", fold(alias)).split()
                article_led_site = place.feature_class in ("hospital", "facility") and \
                    bool(words) and words[0] in ARTICLES
                for variant in _spellings(alias):
                    if len(variant.replace(".", "").replace(" ", "")) < 2 or \
                            (len(variant) < 3 and exact is None):
                        continue
                    if article_led_site and bare_of_another_site(firsts, variant, place.id):
                        # "Nasser Children's Hospital": the bare spelling of "al-Nasser
                        # Children's Hospital" (al-Nasr, in Gaza City) starts as another
                        # site's name does ("Nasser Hospital", in Khan Younis)
                        continue
                    spellings[variant] = (key, exact)
        for place in gazetteer:
            if not place.in_gaza:
                continue
            for alias in gazetteer.aliases_of(place):
                key = name_key(alias)
                for variant in _transliterated(alias):
                    # (a spelling of a place as written wins: never another's variant)
                    spellings.setdefault(variant, (key, None))
        patterns = list(spellings)
        self._payload = [spellings[p] for p in patterns]
        self._longest = AhoCorasick(patterns, matchkind=MatchKind.LeftmostLongest,
                                    implementation=Implementation.DFA)
        # Every (overlapping) spelling, for the rare longest match that fails its checks.
        self._every = AhoCorasick(patterns)
        # "northern Gaza" (a region) is also how "northern Gaza City" begins.
        self._directional = frozenset(key for key, _ in self._payload
                                      if key.split()[0] in _DIRECTION_WORDS)
        # "Gaza City and the north" (the northern region), a spelling that a direction ends
        self._direction_last = frozenset(key for key, _ in self._payload
                                         if key.split()[-1] in _DIRECTION_WORDS)
        # "Kerem Shalom and Rafah Crossings": names whose noun a report may write plural
        self._plural_nouns = frozenset(key for key, _ in self._payload
                                       if key.endswith(_PLURAL_NOUNS))
        # Candidates depend only on the key: rank them once, not per match.
        self._candidates = {key: gazetteer.candidates_for_key(key) for key, _ in self._payload}
        # names of places abroad only ("UK", "Israel"): an organisation's branch may end
        # with one ("ActionAid UK")
        self._abroad = frozenset(key for key, _ in self._payload
                                 if not any(c.place.in_gaza for c in self._candidates[key]))
        # (key, the place chosen) -> the ids of the key's other places, told once
        self._others_of: dict[tuple[str, str], tuple[str, ...]] = {}
        # "north of the Gaza Strip" -> the northern Gaza region, if the gazetteer has it
        self._regions = {word: self._first_place(name) for word, name in _REGION_NAMES.items()}
        self._gaza_key = name_key("Gaza") if name_key("Gaza") in self._candidates else None
        self._gaza_city_key = name_key("Gaza city")

    # -- matching ----------------------------------------------------------------------
    def match(self, text: str, folded: str | None = None) -> list[AliasMatch]:
        """Longest non-overlapping gazetteer spellings, on word boundaries.

        ``folded`` is ``fold(text)``, when the caller has it already.
        """
        if not text:
            return []
        folded = fold(text) if folded is None else folded
        payload = self._payload
        cased: list[bool] = []  # computed only if a match has no capital letter
        chosen: list[AliasMatch] = []
        try:
            found = self._longest.find_matches_as_indexes(folded)
        except UnicodeEncodeError:
            # Lone surrogates (text decoded with errors="surrogateescape", broken UTF-16)
            # cannot cross into the automaton; one replacement character each keeps offsets.
            folded = SURROGATE.sub("\ufffd", folded)
            found = self._longest.find_matches_as_indexes(folded)
        taken = 0  # end of a match extended past the automaton's own
        for idx, start, end in found:
            if start < taken:
                continue
            key, exact = payload[idx]
            if key in self._plural_nouns and folded.startswith("s", end) and \
                    (end + 1 == len(folded) or not folded[end + 1].isalnum()):
                end += 1  # "the Kerem Shalom and Rafah Crossings": the plural of the noun
            if acceptable(text, start, end, exact, cased) and \
                    not (key in self._direction_last and _begins_a_name(text, end)):
                if key == self._gaza_city_key and self._gaza_key is not None and \
                        self._a_city_of_gaza(text, end, key):
                    # "the southern Gaza city of Khan Yunis": a city of Gaza, named next
                    chosen.append((start, start + 4, self._gaza_key))
                    continue
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
                if s_ >= last_end and acceptable(text, s_, -neg_end, exact, cased) and \
                        not (key in self._direction_last and _begins_a_name(text, -neg_end)):
                    chosen.append((s_, -neg_end, key))
                    last_end = -neg_end
            if (name := self._name_begun_inside(text, folded, last_end, end, cased)) is not None:
                chosen.append(name)
                taken = name[1]
        return chosen

    def _name_begun_inside(self, text: str, folded: str, start: int, end: int,
                           cased: list[bool]) -> AliasMatch | None:
        """The name that begins in the rest ``[start, end)`` of a spelling set aside and
        goes on past it: "bakeries in Gaza city and the North Gaza governorate" names the
        city and "North Gaza governorate", which the scan for the longest spellings, having
        taken "gaza city and the north", never began at "North". Only the window up to a
        name's length past the end is read again, so the text is scanned once."""
        for idx, s_, e_ in self._longest.find_matches_as_indexes(
                folded[start:min(len(folded), end + _LONGEST_NAME)]):
            s_, e_ = s_ + start, e_ + start
            if s_ >= end:
                return None
            key, exact = self._payload[idx]
            if e_ > end and acceptable(text, s_, e_, exact, cased):
                return (s_, e_, key)
        return None

    def _name_after_direction(self, text: str, folded: str, start: int, end: int,
                              cased: list[bool]) -> AliasMatch | None:
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
                    and acceptable(text, at, at + e_, exact, cased) and \
                    not self._a_city_of_gaza(text, at + e_, key):
                return (at, at + e_, key)
            break
        return None

    def _a_city_of_gaza(self, text: str, end: int, key: str) -> bool:
        """"the southern Gaza city of Khan Yunis": "Gaza city" is a city of Gaza, named
        next, not Gaza City."""
        return key == self._gaza_city_key and text.startswith("city", end - 4) and (
            CITY_OF.match(text, end) is not None or
            # "eastern Rafah, a southern Gaza city where ...", "the southern Gaza city": any
            # city of Gaza
            _A_BEFORE.search(text, max(0, end - 40), end - 9) is not None and
            _QUALIFIES.match(text, end) is None)

    def _a_settlement(self, key: str) -> bool:
        """Whether a name is a town's, a city's, a governorate's, a region's or the Strip's
        (people are "of" it: "the Rafah family")."""
        return any(c.place.feature_class in _SETTLEMENTS for c in self._candidates.get(key, ()))

    def _names_another_site(self, text: str, m: AliasMatch, sites: list[Mention]) -> bool:
        """"the Shuhada al-Aqsa mosque": a hospital's short name before another kind of
        site names that site, not the hospital (kept in ``sites``, unresolved)."""
        noun = _SITE_NOUN.match(text, m[1])
        if noun is None:
            return False
        cands = self._candidates.get(m[2])
        other = bool(cands) and all(
            c.place.feature_class in ("hospital", "facility") and
            noun.group(1).lower() not in c.place.name.lower() for c in cands)
        if other:
            start = _NAME_BEFORE.search(text, max(0, m[0] - 30), m[0])
            start = start.start() if start else m[0]
            sites.append(unresolved_mention(text, start, noun.end(),
                                            f"a {noun.group(1).lower()} named like a place "
                                            "of another kind; not in the gazetteer"))
        return other

    def _a_camp_named_for_the_city(self, text: str, m: AliasMatch,
                                   sites: list[Mention]) -> bool:
        """"the Gaza City camp": a Strip city's name before "camp", where the city has no
        camp of that name, tells a camp by the city it lies in or by, one the report names
        (the Jabalia camp), not the city (kept in ``sites``, unresolved; not "the Jenin
        camp", a place abroad named as it is)."""
        after = _CAMP_AFTER.match(text, m[1])
        cands = self._candidates.get(m[2], ())
        if after is None or not cands or any(c.place.feature_class != "city" or
                                             not c.place.in_gaza for c in cands):
            return False
        start = _THE_BEFORE.search(text, max(0, m[0] - 5), m[0])
        sites.append(unresolved_mention(text, start.start() if start else m[0], after.end(),
                                        "a camp told by the city it lies by, not the city"))
        return True

    # -- resolution --------------------------------------------------------------------
    def find(self, text: str) -> list[Mention]:
        folded = fold(text)
        sites: list[Mention] = []
        found = self.match(text, folded)
        matches = [m for k, m in enumerate(found)
                   if (text[m[1]:m[1] + 1] not in (" ", ",") or not modifies_a_name(text, m)
                       and not self._names_another_site(text, m, sites)
                       and not self._a_camp_named_for_the_city(text, m, sites)
                       and not (a_given_name(text, m) and not _a_place_next(found, k)))
                   and not in_source_tag(text, m) and not ends_a_name(text, m)
                   and not names_a_family(text, m, self._a_settlement)
                   and not a_country_s_hospital(text, m)
                   and not (m[2] in self._abroad and a_branch_of_an_organisation(text, m))]
        table = self._candidates
        cands = [table[m[2]] for m in matches]
        choices = [(cs[0], None, 0.95) if len(cs) == 1 else
                   choose_sense(self.gazetteer, text, i, matches, cands, folded) if cs else None
                   for i, cs in enumerate(cands)]
        # (the folded text: "the Khan Younis Region" as well as "region")
        if "overnorates" in folded or "region" in folded or "rovince" in folded:
            for i in before_governorates(text, matches):
                gov = next((c for c in cands[i] if c.place.feature_class == "governorate"),
                           None)
                if gov is not None:
                    choices[i] = (gov, "named in a list of governorates ('X and Y "
                                       "governorates')", 0.88)
        # One sense per discourse: a name that context settled once keeps that sense in
        # the rest of the report ("al-Mawasi near Khan Younis ... strikes on al-Mawasi").
        settled: dict[str, Candidate] = {}
        for i, (m, cs, choice) in enumerate(zip(matches, cands, choices)):
            # (a namesake abroad, "Rafah, Egypt", says nothing of the other mentions)
            # (nor the Strip of the office that speaks: who tells, not where)
            # (nor a city the report also names in full, "Gaza City": its bare "Gaza" is
            # the Strip)
            if choice is not None and choice[2] >= 0.9 and len(cs) > 1 and \
                    choice[0].place.in_gaza and settles_the_report(choice[1]) and \
                    not named_in_full(choice[0].place.id, i, matches, cands):
                settled.setdefault(m[2], choice[0])
        misplaced = misplaced_sites(self.gazetteer, text, matches,
                                    [c[0].place if c else None for c in choices],
                                    cands) \
            if len(matches) > 1 and " in " in text else {}
        mentions: list[Mention] = []
        for i, ((start, end, key), cs, choice) in enumerate(zip(matches, cands, choices)):
            if not cs:
                continue
            chosen, reason, confidence = choice
            if i in misplaced:
                other = misplaced[i]
                if isinstance(other, str):
                    mentions.append(unresolved_mention(text, start, end, other))
                    continue
                # "al-Awda hospital in Nuseirat": the namesake the place named next holds
                chosen = next(c for c in cs if c.place is other)
                reason, confidence = (f"the {other.feature_class} of this name in "
                                      f"{text[matches[i + 1][0]:matches[i + 1][1]]}"), 0.9
            if confidence < 0.9 and key in settled and settled[key] is not chosen and not (
                    # "distributed hot meals in three locations in Rafah": people are "in" a
                    # town, not in a crossing the report named before
                    # (nor "Thousands have fled towards Rafah and Al Mawasi": people flee to
                    # a town)
                    settled[key].place.feature_class == "crossing" and
                    (_INTO_A_TOWN.search(text, max(0, start - 30), start) or
                     _A_SIDE_OF_A_TOWN.search(text, max(0, start - 12), start))):
                chosen = settled[key]
                reason, confidence = "as elsewhere in this report, where context settled it", 0.85
            reason = office_in_the_citys_report(reason, settled.get(key)) or reason
            place = chosen.place
            if not place.in_gaza and (edge := crossing_named_for(self.gazetteer, text, end,
                                                                   place)) is not None:
                # "near the Zikim crossing": the Strip's crossing named for the kibbutz
                reason = f"the Strip's crossing named for {place.name}, on the edge of {edge.name}"
                place, confidence = edge, 0.85
            if place.feature_class == "region" and " to " in text[max(0, start - 30):start] \
                    and _spans_the_strip(text, start, place.name):
                # ("south of the Gaza Strip" read as one name, the span's end)
                place = self.gazetteer.strip
                reason = "a span from one end of the Strip to the other"
            qualifier = _qualifier(text, start) if _may_qualify(text, start) else None
            if qualifier and qualifier.endswith(" of") and text.startswith(("'s ", "’s "), end) \
                    and not _STRIP_EPITHET.match(text, end + 3):
                # "the centre of Gaza's main southern city": the bearing is the city's (not
                # "the south of Gaza's war-torn territory": the Strip's own)
                qualifier = None
            if qualifier and place.feature_class == "strip" and \
                    _spans_the_strip(text, start, None):
                # "from the north to the south of the Gaza Strip": the whole Strip, its
                # last bearing only where the span ends
                qualifier = None
            if qualifier and place.feature_class == "strip":
                region = self._region_for(qualifier)
                if region is not None:
                    reason = f"'{qualifier}' + the Strip = {region.name}"
                    place, qualifier = region, None
            elif place.feature_class == "strip" and text.startswith(("'s ", "’s "), end):
                # "militants in Gaza's north": the region the possessive names
                side = _POSSESSIVE_SIDE.match(text, end)
                region = self._region_for(side.group(1)) if side is not None else None
                if region is not None:
                    reason = f"the Strip's {side.group(1).lower()} = {region.name}"
                    place = region
            others = self._others(key, place.id) if len(cs) > 1 else ()
            mentions.append(place_mention(text, start, end, place, confidence, qualifier,
                                     reason, others))
        if sites:
            mentions = sorted([*mentions, *sites], key=_start)
        cues = PlaceCues(text, folded)
        extra = shared_noun_mentions(self.gazetteer, text, cues.cues)
        if extra:
            taken = PlacesBefore((e.start, e.end) for e in extra)
            mentions = [m for m in mentions if not taken.runs_past(m.end, m.start)]
            mentions.extend(extra)
            mentions.sort(key=_start)
        # Each of these reads the mentions found so far: names the automaton missed,
        # directions that share a later "Gaza", lists that go on past known names.
        for more in (lambda ms: near_spelling_mentions(self.gazetteer, text, ms, cues),
                     lambda ms: candidate_mentions(self.gazetteer, text, ms, cues),
                     lambda ms: shared_region_mentions(self.gazetteer, text, ms, cues.cues),
                     lambda ms: strip_side_mentions(self.gazetteer, text, ms)
                     if "Strip" in text else [],
                     lambda ms: list_mentions(self.gazetteer, text, ms),
                     lambda ms: introduced_list_mentions(self.gazetteer, text, ms, cues.cues)):
            extra = [_another_sites_name(text, m) for m in more(mentions)]
            if extra:
                mentions = sorted([*mentions, *extra], key=_start)
        # "a doctor at Nasser said", "taken to Nasser": the hospital, not al-Nasr
        mentions = hospitals_told_by_head_name(self.gazetteer, text, mentions, cues.cues)
        if "(" in text:
            spans = PlacesBefore((m.start, m.end) for m in mentions)
            mentions = [m for m in mentions
                        if not in_spelled_out_acronym(text, m.start, m.end, spans)]
        return mentions

    def _others(self, key: str, chosen: str) -> tuple[str, ...]:
        """The ids of the places a name could also mean than ``chosen``: a function of the
        name, kept once told (the same names come back report after report)."""
        others = self._others_of.get((key, chosen))
        if others is None:
            others = self._others_of[key, chosen] = tuple(
                c.place.id for c in self._candidates[key] if c.place.id != chosen)
        return others

    def _first_place(self, name: str) -> Place | None:
        cands = self.gazetteer.candidates_for_key(name_key(name))
        return cands[0].place if cands else None

    def _region_for(self, qualifier: str) -> Place | None:
        q = qualifier.lower()
        return next((place for word, place in self._regions.items() if q.startswith(word)),
                    None)


# Where people are or go, a town: "in Rafah", "fled towards Rafah", "moved to Rafah"
_INTO_A_TOWN = re.compile(r"(?i)(?:\bin|\btowards?|\b(?:fled|flee|fleeing|moved|moving|"
                          r"relocated|headed|heading|displaced|sheltering)\s+(?:south\s+)?to)"
                          r"\s+$")
# (nor "a ground operation began in eastern Rafah, including the areas of Rafah and Kerem
# Shalom crossings": a side of the town, which a crossing has none of)
_A_SIDE_OF_A_TOWN = re.compile(r"(?i)\b(?:north|south|east|west)(?:ern)?\s+$")
# Capitalised words right before a name, part of the same name ("Shuhada al-Aqsa").
_NAME_BEFORE = re.compile(r"(?:(?!The )[A-Z][\w'’-]+ )+\Z")
# (and a club, team or company named for the site: "the Al-Ahly soccer club", "the Al-Ahli
# sports club", "the Shifa company offices": something else, not the hospital)
_SITE_NOUN = re.compile(r" (?:(?:soccer|football|sports?|youth|athletic|services)\s+)?"
                        r"(mosque|school|church|university|college|clinic|bakery|market|"
                        r"club|team|company|stadium)\b", re.I)
# "the Gaza City camp", "the Gaza City refugee camp" (not "Gaza City camps for the displaced":
# camps in the city)
_CAMP_AFTER = re.compile(r" (?:refugee )?camp\b(?!s)", re.I)
_THE_BEFORE = re.compile(r"\bthe $", re.I)


def _another_sites_name(text: str, m: Mention) -> Mention:
    """A hospital's name found by its spelling ("the Al-Ahly soccer club") before another
    kind of site's noun names that site, unresolved, as a name the gazetteer lists does
    (see ``_names_another_site``); any other mention is returned as it is."""
    if m.feature_class not in ("hospital", "facility"):
        return m
    noun = _SITE_NOUN.match(text, m.end)
    if noun is None or noun.group(1).lower() in (m.name or "").lower():
        return m
    return unresolved_mention(text, m.start, noun.end(), f"a {noun.group(1).lower()} named "
                              "like a place of another kind; not in the gazetteer")


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


def _begins_a_name(text: str, end: int) -> bool:
    """Whether the capitalised direction word that ends a spelling begins a name that
    goes on past it: "bakeries in Gaza City and the North Gaza governorate" names the city
    and the governorate, not "Gaza City and the north" (the northern region)."""
    word = text.rfind(" ", 0, end) + 1
    return text[word:word + 1].isupper() and text[end:end + 1] == " " and \
        text[end + 1:end + 2].isupper()


def _a_place_next(found: list[AliasMatch], k: int) -> bool:
    """Whether the gazetteer spelling after match ``k`` begins one space after it ("Rafah
    al-Mawasi": two places, not a man's names)."""
    return k + 1 < len(found) and found[k + 1][0] == found[k][1] + 1


def _transliterated(alias: str) -> set[str]:
    """The folded spellings of an alias transliterated otherwise ("Zaytoon" for
    "Zaytoun", "al-Ahly hospital"): :func:`geoevents.normalize.transliteration_variants`,
    each written with its articles the ways reports do."""
    base = _WORDISH.sub(" ", fold(alias)).replace("'", "").split()
    out: set[str] = set()
    for words in transliteration_variants(base):
        out.update(" ".join(v) for v in article_variants(words) if v)
    return out


# Longer than any spelling in the gazetteer: how far past a spelling set aside a name
# begun inside it is looked for
_LONGEST_NAME = 120

# The region of the Strip a direction before "the Gaza Strip" names.
_REGION_NAMES = {"north": "northern Gaza", "south": "southern Gaza", "central": "central Gaza",
                 "centre": "central Gaza", "center": "central Gaza"}
_DIRECTION_WORDS = frozenset({"north", "northern", "south", "southern", "east", "eastern",
                              "west", "western", "central"})
# "from the north to the south of the Strip", "from north to south of Gaza": a span over
# the whole Strip, not the region its last bearing names
_END_TO_END = re.compile(r"(?i)\bfrom\s+(?:the\s+)?(?:far\s+)?(north|south)(?:ern)?\s+"
                         r"(?:end\s+)?to\s+(?:the\s+)?(?:(?:far\s+)?(south|north)(?:ern)?"
                         r"(?:\s+end)?\s+of\s+(?:the\s+)?)?$")
# (not people moved along the span: "thousands fled from the north to the south of the
# Strip" went to the south)
# (nor a force or a campaign moved along it: "expanded its offensive from the north to
# southern Gaza", "fighting spread from the north to the south of the Strip" reached the
# region it names; "forces" is who, not a move)
_MOVED_ALONG = re.compile(r"(?i)\b(?:fle[de]|flee(?:ing|s)?|mov\w*|"
                          r"relocat\w*|evacuat\w*|displac\w*|head(?:ed|ing)?|travel\w*|"
                          r"push\w*|forc(?:ed|ing)|sent|driven|walk\w*|went|go(?:ing)?|"
                          r"transfer\w*|migrat\w*|journey\w*|return\w*|cross\w*|"
                          r"made their way|expand\w*|shift\w*|turn\w*|redeploy\w*|"
                          r"advanc\w*|spread\w*|extend\w*|widen\w*|switch\w*)\b")


def _spans_the_strip(text: str, start: int, region: str | None) -> bool:
    """Whether the words before ``start`` span the Strip from one end to the other: "from
    the north to the south of" (before the Strip's name) or "from the north to" (before the
    region ``region`` at the other end). Both ends must be named, and be the two ends: "from
    the north to central Gaza" names no span of the whole Strip. Not a move along it."""
    m = _END_TO_END.search(text, max(0, start - 45), start)
    if m is None or _MOVED_ALONG.search(text, max(0, start - 90), start):
        return False
    first, last = m.group(1).lower(), m.group(2)
    if last is None and region is not None:
        last = next((b for b, r in _REGION_NAMES.items() if r == region), None)
    return last is not None and last.lower() in ("north", "south") and last.lower() != first


# How a direction before a name can end ("north of", "eastern", "central"): a cheap test
# before the pattern, since most names have no direction before them.
_QUALIFIER_ENDS = ("north", "south", "east", "west", "ern", "central", " of")


def _may_qualify(text: str, start: int) -> bool:
    if start < 3 or not text[start - 1].isspace():
        return False
    tail = text[max(0, start - 25):start].rstrip().lower()
    if tail.endswith("the"):
        tail = tail[:-3].rstrip()
    return tail.endswith(_QUALIFIER_ENDS)


def _start(m: Mention) -> int:
    return m.start


def _qualifier(text: str, start: int) -> str | None:
    hit = _DIRECTION.search(text[max(0, start - 25):start])
    return hit.group(1).lower() if hit else None


@cache
def default_matcher() -> MentionMatcher:
    """The matcher over the shipped gazetteer, compiled once per process."""
    return MentionMatcher(Gazetteer.default())


@lru_cache(maxsize=4)
def _matcher_of(gazetteer: Gazetteer) -> MentionMatcher:
    return MentionMatcher(gazetteer)


def matcher_for(gazetteer: Gazetteer | None = None) -> MentionMatcher:
    """The matcher over ``gazetteer`` (the shipped one when None). Compiling one takes
    tens of milliseconds, so the last few gazetteers' matchers are kept, not rebuilt
    for every report."""
    return default_matcher() if gazetteer is None else _matcher_of(gazetteer)
