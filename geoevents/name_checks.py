"""Whether a gazetteer spelling found in a report is a mention of the place.

A spelling can stand inside another name ("Israel Defense Forces", "Gaza Health
Ministry", "Rafa Salama"), inside a news outlet credited in brackets ("(The Times of
Israel)"), inside a longer word, or be a common word written in lower case ("beach").
These checks are pure functions of the text and the match, run by
:class:`geoevents.mentions.MentionMatcher` before it resolves anything.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable

__all__ = ["AliasMatch", "acceptable", "modifies_a_name", "in_source_tag", "ends_a_name",
           "in_spelled_out_acronym", "PlacesBefore", "names_a_family", "a_country_s_hospital",
           "a_given_name", "a_branch_of_an_organisation"]

# A gazetteer spelling found in the text: (start, end, name key).
AliasMatch = tuple[int, int, str]


# Capitalised words that follow a place name without joining it into another name:
# "Rafah Tuesday", "Jabalia Hamas fighters", "Gaza On Monday" (a headline).
_NOT_NAME_PARTS = frozenset("""
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Hamas Israeli Israelis IDF
Palestinian Palestinians The A An On In At As After Before While
""".split())


# (and "commander of Hamas' Khan Younis brigade": a unit named for its town, in lower case)
_ORG_HEAD = re.compile(
    r" (?:Defen[cs]e Forces?|Health Ministry|Ministry|(?i:brigades?|battalions?)|Division|"
    r"Humanitarian Foundation|Foundation|"
    r"Government|Media Office|Civil Defen[cs]e|Police|Municipality Council|Health Authority|"
    r"Army|Navy|Air Force|Department of State|Department|"
    # a state's bodies: "the U.S. House of Representatives", "the United States Senate",
    # "the U.S. Central Command", "the United States Treasury Department"
    r"House of Representatives|Senate|Congress|State Department|Treasury|Central Command|"
    r"Supreme Court|Embassy|Consulate|Parliament|Knesset)\b")


_NEXT_CAPITALISED = re.compile(r" [A-Z][a-z]+")
_PREVIOUS_CAPITALISED = re.compile(r"\b([A-Z][a-z]+) $")


_SITE_NOUN_AFTER = re.compile(r" (?:(?:(?:girls|boys)['’]? |(?:primary|secondary|preparatory|"
                              r"elementary|high) )?school|mosque|church|university|college|"
                              r"clinic|bakery|market|shelter|kindergarten)\b")
# Capitalised words before a place that name no person: "Near Deir al-Balah market",
# "Inside al-Maghazi school" (a sentence's first word), "Central Deir al-Balah market"
_NOT_NAME_BEFORE = frozenset("""
Near Inside Outside Around Across Behind Beside Opposite Toward Towards Within From By To Into
Through Throughout Central Eastern Western Northern Southern North South East West
""".split())
_PLACE_HEADS = frozenset({"City", "Camp", "Governorate", "Strip", "Crossing", "Port", "Hospital",
                          "Street", "Road", "Square", "Roundabout", "Junction", "Area",
                          "Refugee", "Valley", "Beach", "Corridor", "Neighbourhood",
                          "Neighborhood", "District", "Quarter", "Province", "Region"})

# ", 38, said", ", 41, a teacher": an age after a name (not "Rafah, 12, Khan Younis, 5": a
# count after each place)
_AGE_AFTER = re.compile(r",\s*\d{1,3},\s+(?!and\b|or\b)[a-z]")
# ... nor a count after a place told as where ("In Rafah, 18, mostly women and children, were
# killed")
_WHERE_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Ii]nside|[Aa]round)\s+(?:the\s+)?$")


def modifies_a_name(text: str, m: AliasMatch) -> bool:
    """A place name used inside another name is not a mention of the place:
    "Israel Defense Forces", "Gaza Health Ministry", "Rafa Salama", "Amal, 38," (a person)."""
    start, end, _ = m
    if text[end:end + 1] == "," and _AGE_AFTER.match(text, end) and text[start:end].isalpha() \
            and not _WHERE_BEFORE.search(text, max(0, start - 12), start):
        return True  # "Amal, 38, said": a person, by the age told after the name
    if text[end:end + 1] != " ":
        return False  # both cases below need a following word
    if _ORG_HEAD.match(text, end):
        return True
    surface = text[start:end]
    if text.endswith(" of ", 0, start) and surface[:1].isupper():
        # a state named after a title ("the Chancellor of Germany Olaf Scholz", "Prime
        # Minister of Israel Benjamin Netanyahu"): the person's name follows the state's
        return False
    if surface.isupper():
        # capitals throughout are a dateline's or an abbreviation's, never a word of a
        # longer name written in title case: "JERUSALEM Gaza militants who crossed",
        # "GAZA Israel said", "US President Joe Biden" (a state's body after one is above)
        return False
    if "-" in surface and _SITE_NOUN_AFTER.match(text, end) and \
            (prev := _PREVIOUS_CAPITALISED.search(text, max(0, start - 24), start)) and \
            prev.group(1) not in _NOT_NAME_PARTS and prev.group(1) not in _NOT_NAME_BEFORE:
        return True  # "the Fatima al-Zahra mosque": a site named for a person, in lower case
    nxt = _NEXT_CAPITALISED.match(text, end)
    if nxt and not surface.isalpha():
        # a hyphened name only between two other name words: "the Fatima Al-Zahra Mosque"
        # (not "Beit-Lahia Hamas fighters", "near Al-Mawasi Camp")
        prev = _PREVIOUS_CAPITALISED.search(text, max(0, start - 24), start)
        if not (surface.replace("-", "").isalpha() and prev is not None and
                prev.group(1) not in _NOT_NAME_PARTS):
            return False
    elif not surface.isalpha():
        return False
    if not (nxt and surface.isascii() and surface[0].isupper()
            and nxt.group().strip() not in _PLACE_HEADS
            and nxt.group().strip() not in _NOT_NAME_PARTS):
        return False  # "Rafah Tuesday", "Jabalia Hamas fighters": the name stands alone
    # The line around the name, at most 200 characters each way (bounded work per match).
    line_start = max(text.rfind("\n", max(0, start - 200), start) + 1, start - 200, 0)
    line_end = text.find("\n", end, end + 200)
    words = text[line_start:line_end if line_end >= 0 else end + 200].split()
    title_case = sum(w[:1].isupper() for w in words) >= 0.6 * len(words)
    return not title_case  # in a headline every word is capitalised


# "the Abu Nasr family", "Abu Rafah, a resident": a name after "Abu"/"Umm" is a person's or a
# family's (a place called "Abu ..." or "Umm ..." is matched whole, as its own spelling)
_KUNYA_BEFORE = re.compile(r"\b(?:Abu|Abou|Umm|Um|Bin|Ibn)[ -]\Z")
# "the Nasr family home", "the al-Nasr family's house": one name before "family"
# (not "the Nuseirat family centre", "the Zeitoun family clinic": a service for families)
_FAMILY_AFTER = re.compile(r" (?:family(?!\s+(?:cent(?:re|er)s?|courts?|clinics?|health|"
                           r"medicine|planning|services?)\b)|family['’]s|clan)\b")


def names_a_family(text: str, m: AliasMatch,
                   settlement: Callable[[str], bool] | None = None) -> bool:
    """Whether a one-word place name is a family's or a person's name: "a building belonging
    to the Abu Nasr family", "the al-Nasr family's house" (not "a Gaza family of nine", "the
    Rafah families": people of the place). A settlement's name (a town's, a region's, the
    Strip's: what ``settlement`` tells of the name's key) before "family" is where the family
    is from ("12 members of the Rafah family that had fled", "the Gaza family court"); only
    "Abu"/"Umm" before it makes it a person's."""
    start, end, _ = m
    if text[start - 1:start] not in (" ", "-") or " " in text[start:end]:
        return False  # (the common case: no "Abu" or "the" joined to it, or a name of two words)
    if text[start - 2:start - 1] in ("u", "m", "n") and \
            _KUNYA_BEFORE.search(text, max(0, start - 6), start):
        return True
    return text.startswith("the ", max(0, start - 4)) and \
        _FAMILY_AFTER.match(text, end) is not None and \
        not (settlement is not None and settlement(m[2]))


# "a Kuwaiti hospital", "Emirati hospitals", "the Emirati hospital ship": a hospital of that
# country, or its team, not the one named for it in Gaza ("the Kuwaiti hospital in Rafah")
_COUNTRY_HOSPITAL = re.compile(r"(?i)(?:Kuwaiti?|Emirat(?:i|e|es)|Indonesian|Turkish|Jordanian|"
                               r"Qatari|Egyptian|Saudi)\s+hospital(s?)")
_INDEFINITE_BEFORE = re.compile(r"(?i)\b(?:an?|any|some|several|other)\s+\Z")
_LIST_BEFORE = re.compile(r"(?i)(?:\band|,)\s+(?:the\s+)?\Z")
_TEAM_AFTER = re.compile(r"(?i)\s+(?:ships?|vessels?|teams?|convoys?|delegations?|missions?|"
                         r"flights?)\b")


def a_country_s_hospital(text: str, m: AliasMatch) -> bool:
    """Whether a hospital named for a country ("Kuwaiti Hospital", "Emirati Hospital",
    "Turkish Hospital") is told as any hospital of that country: after "a"/"an" with no town
    named ("flown to an Emirati hospital"), in the plural with no list before it ("treated
    in Emirati hospitals", not "the Kamal Adwan and Indonesian hospitals"), or before a noun
    it qualifies ("a Kuwaiti hospital team", "the Emirati hospital ship")."""
    start, end, _ = m
    if text[end - 1:end] not in ("l", "L", "s", "S"):
        return False  # the common case: no "hospital(s)" at the end of the name
    got = _COUNTRY_HOSPITAL.fullmatch(text, start, end)
    if got is None:
        return False
    before = text[max(0, start - 12):start]
    if _INDEFINITE_BEFORE.search(before) and not text.startswith(" in ", end):
        # (not "An Indonesian hospital in Beit Lahiya was closed": the one of the town named)
        return True
    if got.group(1) and not _LIST_BEFORE.search(before):
        return True
    return _TEAM_AFTER.match(text, end) is not None


_SOURCE_TAG = re.compile(r"\((?:The |the )?(?:[A-Z][\w'’.-]*|of|and)"
                         r"(?: (?:[A-Z][\w'’.-]*|of|and|via|\d{1,3}))"
                         r"{0,5}\)")


def in_source_tag(text: str, m: AliasMatch) -> bool:
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
    return tag is not None and (_MEDIA_WORD.search(text, open_at, close_at) is not None or
                                _CHANNEL_NUMBER.match(text, end) is not None)


# "(France 24)", "(AFP via France 24)": a broadcaster named for a country and its number
_CHANNEL_NUMBER = re.compile(r" \d{1,3}\)")


_MEDIA_WORD = re.compile(r"\b(?:Times|News|Post|Press|Herald|Tribune|Journal|Telegraph|Guardian|"
                         r"Daily|Radio|TV|Television|Broadcasting|Agency|Gazette|Observer|Today|"
                         r"Channel|Network|Media|Monitor|Review|Star|Sun)\b")


def acceptable(text: str, start: int, end: int, exact: str | None, cased: list[bool]) -> bool:
    """Word boundaries, exact case for short capitals, and capitals in cased prose.

    ``cased`` caches, per text, whether it uses capitals at all: it is only needed for a
    match written without one.
    """
    surface = text[start:end]
    if exact is not None and surface != exact:
        return False
    if start > 0 and text[start - 1].isalnum() and not _glued(text[start - 1], text[start]):
        return False
    if end < len(text) and (text[end].isalnum() and not _glued(text[end - 1], text[end])
                            or text[end] == "$"):
        return False  # inside a longer word, or a currency ("US$38 million")
    if surface.isascii() and surface.lower() == surface:
        # "beach", "middle area" in running prose are not names; "the middle areas" of a
        # UN update is the region
        if surface.endswith(("area", "areas")) and " " in surface and \
                (text[max(0, start - 4):start].lower() == "the " or
                 _GAZAS_BEFORE.search(text, max(0, start - 8), start)) and \
                (not text.startswith(" of ", end) or _OF_GAZA.match(text, end)):
            return True  # not "the middle area of the room"; but "Gaza's middle area"
        if not cased:
            cased.append(_mostly_cased(text))
        return not cased[0]
    return True


def _glued(left: str, right: str) -> bool:
    """A lower-to-upper case change is a word boundary in scraped text ("LocationDeir")."""
    return left.islower() and right.isupper()


_UPPER = re.compile(r"[A-Z]")


_OF_GAZA = re.compile(r" of (?:the )?Gaza\b")
_GAZAS_BEFORE = re.compile(r"\bGaza['’]s \Z")


def _mostly_cased(text: str) -> bool:
    """Whether the text uses capitals at all (all-lowercase input disables the case rule)."""
    sample = text[:5000]
    return len(_UPPER.findall(sample)) * 60 >= len(sample)


# "UN Relief and Works Agency for Palestine Refugees in the Near East": an agency's name
# that ends with a place.
_NAME_BEFORE = re.compile(r"Agency for Palestine Refugees in (?:the )?$|(?:Agency|Office|"
                          r"Commission|Committee|Organi[sz]ation) (?:for|of|on) "
                          r"(?:[A-Z][\w-]* )+in (?:the )?$")


def ends_a_name(text: str, m: AliasMatch) -> bool:
    """Whether the place ends an organisation's capitalised name ("... Refugees in the Near
    East")."""
    start = m[0]
    # (every such name ends "in " or "in the " right before the place: a plain test first)
    return text.endswith(_IN_BEFORE, 0, start) and \
        _NAME_BEFORE.search(text, max(0, start - 60), start) is not None


_IN_BEFORE = ("in ", "in the ", "in \n", "in the \n")  # ("$" may stand before a last newline)


# "COGAT (Coordination of Government Activities in the Territories: Judea and Samaria ...)":
# the bracket spells out the capitals before it
_ACRONYM_BEFORE = re.compile(r"\b([A-Z]{3,})\s*\(\s*([A-Z])[^()]*\Z")
# "the Popular Front for the Liberation of Palestine (PFLP)": capitals spelled out before them
# (the rest of the spelled-out name after the place, at most 20 words, each read once: a
# name repeated thousands of times on a line, "Rafah Rafah Rafah ...", is not read from
# each of them to the line's end)
_TITLE_WORDS = r"[\w'’-]*(?: (?:[A-Z][\w'’-]*|of|for|in|the|and|to|on)\b)+ \Z"
_ACRONYM_AFTER = re.compile(r"(?: [A-Z][\w'’-]*+){0,20}+\s*\(([A-Z]{3,})\)")


class PlacesBefore:
    """The spans of the names found in a text, sorted, with the furthest end of those that
    begin before an offset: whether one of them runs past a point (or overlaps a stretch:
    ``runs_past(end, start)``) is then a bisection, not a look at every name of the report
    for every name checked."""

    __slots__ = ("starts", "reach")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []
        for _, b in ordered:
            self.reach.append(max(self.reach[-1], b) if self.reach else b)

    def runs_past(self, start: int, point: int) -> bool:
        """``any(a < start and b > point for a, b in spans)``."""
        k = bisect_left(self.starts, start)
        return k > 0 and self.reach[k - 1] > point


def in_spelled_out_acronym(text: str, start: int, end: int,
                           places: PlacesBefore | None = None) -> bool:
    """Whether a name stands inside an organisation's name spelled out beside its acronym:
    "the Coordinator of Government Activities in the Territories (COGAT)", "COGAT
    (Coordination of ... Towards the Gaza Strip)". (Not "Khan Younis Training Centre
    (KYTC)": a name that begins the spelled-out name is the place it is named after.)
    ``places`` are the spans of the other names found in the text."""
    open_at = text.rfind("(", max(0, start - 160), start)
    # (the pattern's bracket is the last one before the name, and still open there: most
    # brackets before a name are closed, "(AFP)", "(UNRWA)")
    if open_at >= 0 and text.find(")", open_at, start) < 0:
        hit = _ACRONYM_BEFORE.search(text, max(0, start - 160), start)
        if hit is not None and hit.group(1)[0] == hit.group(2) and \
                ")" in text[end:end + 120]:
            return True
    after = _ACRONYM_AFTER.match(text, end)
    if after is None:
        return False
    acronym = after.group(1)
    if acronym in _AGENCY_TAGS:
        return False  # "Strikes Pound Rafah (AFP)": the agency that filed the story
    # (from the capital the acronym begins with: "Israel's Coordinator of ... (COGAT)")
    title = re.compile(rf"\b{acronym[0]}{_TITLE_WORDS}")
    hit = title.search(text, max(0, start - 120), start)
    if hit is None:
        return False
    # about one capital a letter of the acronym: not "Attacks in Rafah (AFP)"
    # and a name's small word ("of", "for"): not a headline, "Strikes Again Hit Rafah (ACLED)"
    words = text[hit.start():after.end()].split()
    capitals = sum(w[0].isupper() for w in words)
    if capitals < max(3, len(acronym) - 1) or not any(w[0].islower() for w in words):
        return False
    # a direction heads a place: "the South of Wadi Gaza (SWG) area"
    if _DIRECTION_HEAD.match(words[0]):
        return False
    # another place in the spelled-out words makes a list of places, not an organisation's
    # name: "the West Bank and Gaza (WBG)"
    if places is not None and places.runs_past(start, hit.start()):
        return False
    # all but one of the acronym's letters are the words' initials ("Coordination and
    # Liaison Administration to Gaza (COGAT)"): not a wire tag after a headline, "Kuwait
    # Condemns Israeli Bombing of Schools in Gaza (KUNA)"
    initials = Counter(w[0].upper() for w in words[:-1])
    found = sum(min(n, initials[c]) for c, n in Counter(acronym.upper()).items())
    return found >= max(3, len(acronym) - 1)


_DIRECTION_HEAD = re.compile(r"(?:North|South|East|West|Central)(?:ern)?\Z")


_AGENCY_TAGS = frozenset({"AFP", "ANI", "UPI", "WAFA", "IANS", "PTI", "EPA", "DPA", "TPS",
                          "ANSA", "BBC", "CNN"})


# "Khalil al-Haya", "Khalil al-Dokran": a capitalised word, then "al-" and a capitalised word
_FAMILY_NAME_AFTER = re.compile(r" (?:al|el|Al|El)-[A-Z][a-z]")
_FAMILY_ARTICLES = (" al-", " el-", " Al-", " El-")


def a_given_name(text: str, m: AliasMatch) -> bool:
    """Whether a one-word place name is a man's given name before his family's: "Hamas
    lawmaker Khalil al-Haya" (not Hebron, al-Khalil), "Khalil al-Dokran, a spokesperson".
    The caller makes sure no place is named by the "al-" words ("Rafah al-Mawasi")."""
    start, end, _ = m
    if not text.startswith(_FAMILY_ARTICLES, end):
        return False  # the common case
    surface = text[start:end]
    return surface.isalpha() and surface.isascii() and surface.istitle() and \
        _FAMILY_NAME_AFTER.match(text, end) is not None


# "ActionAid UK", "WeWork Israel": one word written with a capital inside it, right before
_CAMEL_CASE = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+")


def a_branch_of_an_organisation(text: str, m: AliasMatch) -> bool:
    """Whether a place name ends an organisation's name, its national branch or office:
    "ActionAid UK has launched an appeal", "CEO of ActionAid UK" (an organisation's name
    written with a capital inside one word; not "in the UK", "Oxfam in Gaza")."""
    start = m[0]
    if start < 2 or text[start - 1] != " ":
        return False
    word = text[text.rfind(" ", max(0, start - 30), start - 1) + 1:start - 1]
    return word[:1].isupper() and _CAMEL_CASE.fullmatch(word) is not None
