"""Which of a name's places a mention means: context settles what the gazetteer cannot.

"Gaza" is the Strip, the city or a governorate; "Rafah" a city, a crossing, a governorate,
a camp or a town in Egypt; "al-Mawasi" spans two governorates. A neighbouring mention that
nests with one sense ("Gaza's Shejaia"), a list of camps or governorates, a settlement
placed "in" the name, a country right after it ("Rafah, Egypt") choose the sense, and the
reason is recorded; otherwise the gazetteer's documented default stands.
"""

from __future__ import annotations

import re

from geoevents.gazetteer import Candidate, Gazetteer
from geoevents.name_checks import AliasMatch
from geoevents.normalize import fold, name_key

__all__ = ["choose_sense", "before_governorates", "settles_the_report", "named_in_full",
           "OFFICE_OF_THE_CITYS_REPORT", "office_in_the_citys_report"]

_CITY_OF = re.compile(r"(?i)\bcity of\s+$")
_CAMP_OF = re.compile(r"(?i)\bcamp of\s+$")  # "the refugee camp of Nuseirat"
# (not "a makeshift camp of Rafah evacuees": the people in it)
_PEOPLE_AFTER = re.compile(r"(?i)\s+(?:evacuees|residents|families|refugees|people|displaced|"
                           r"natives)\b")
# "Jabalia, the largest refugee camp in Gaza", "Jabalia, Gaza's largest refugee camp" (not
# "Rafah, the Nuseirat refugee camp and Deir al-Balah": another place listed; nor "a tent
# camp area": no refugee camp)
_A_CAMP_AFTER = re.compile(r",\s+(?:(?i:the|a|an)|Gaza['’]s)\s+"
                           r"(?:(?!(?:al|el)-)[a-z][\w-]*\s+){0,2}"
                           r"(?i:refugee\s+)?(?i:camp)\b(?!\s+(?i:areas?|sites?)\b)|"
                           # "In Jabalia, the largest of Gaza's eight refugee camps", "one
                           # of the eight refugee camps"
                           r",\s+(?i:the\s+)?(?i:largest|biggest|oldest|one)\s+of\s+"
                           r"(?:(?i:the)\s+|Gaza['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}"
                           r"(?i:refugee\s+)?(?i:camps)\b")
# "the Bureij Palestinian refugee camp", "the Maghazi 'refugee camp'": a word between the
# name and "refugee camp" (not a word that links the name to something else: "pushed into
# Khan Younis as refugee camp residents fled", "a house in Jabalia near refugee camp
# shelters")
_WORD_THEN_CAMP = re.compile(r"\s+(?:Palestinian|(?!(?:as|near|while|and|or|but|in|at|on|to|"
                             r"into|from|for|of|by|with|when|where|after|before|since|"
                             r"towards?|around|outside|inside|beside|behind|between|like|"
                             r"than)\b)[a-z][\w-]*|['‘\"“])\s*(?i:refugee\s+camp)\b")
_COMMA = re.compile(r",\s+")
# "three refugee camps: Al Bureij and Al Maghazi": names listed after the word "camps".
_CAMPS_BEFORE = re.compile(r"(?i)\bcamps(?P<sep>:|,| –| —| of| including| such as)\s+(?:the\s+)?"
                           r"(?:[\w'’-]+(?:\s+[\w'’-]+)?(?:,\s+|\s+and\s+)){0,3}$")
# (not "in Beit Lahia, Bureij and Nuseirat camps, Khan Younis and Gaza City": the comma
# ends a list of camps named before the word, and the names after it are no camps)
# (but "the central Gaza camps, Nuseirat, Bureij and Maghazi", "three UNRWA-run camps,
# Nuseirat ...": no names of camps before the word, the names after it are the camps)
_NAMED_CAMPS = re.compile(r"(?:\band|,)\s+(?:(?:al|el|an|ash|ad)-)?(?!Gaza\b|UNRWA)"
                          r"[A-Z][\w'’-]*\s+camps$")
# What places a settlement in a wider name: " in ", ", both in ", " areas in ", ", ".
_PLACED_IN = re.compile(r"(?:[\s,]+(?:[\w-]+\s+)?(?:(?:both|all)\s+)?(?:in|of)\s+(?:the\s+)?|,\s+)",
                        re.I)
# "Bani Suhaila, east of Khan Younis", "al-Qarara, north of Khan Younis": a town placed by
# its direction from the city, beside it, not in the governorate of that name
_BEARING = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
_BESIDE = re.compile(rf"(?i)\b{_BEARING}\s+of\b")
# "59 trucks ... entered the Gaza Strip through Rafah", "evacuated via Rafah"
# "strikes across Gaza", "throughout Gaza": the whole Strip, whatever site is named near
_ACROSS = re.compile(r"(?i)\b(?:across|throughout|all over|all across|all parts of)\s+(?:the\s+)?$")
# "Gaza's health ministry said", "Gaza's Civil Defence": an office of the Strip's
_STRIPS_OFFICE = re.compile(r"['’]s\s+(?:Hamas-run\s+|Hamas-controlled\s+)?(?:health\s+ministry|"
                            r"ministry\s+of\s+health|health\s+authorities|civil\s+defen[cs]e|"
                            r"(?:government\s+)?media\s+office|interior\s+ministry)\b", re.I)
# "the Ministry of Health in Gaza said", "the Government Media Office in Hamas-run Gaza",
# "Gaza health officials said": the Strip's office, named before or right after "Gaza" (not
# "a hospital in Gaza", "residents in Gaza": a site or people in the town)
_OFFICE_BEFORE = re.compile(r"(?i)\b(?:ministry(?:\s+of\s+health)?|health\s+ministry|"
                            r"media\s+office|health\s+(?:authorit(?:y|ies)|officials)|"
                            r"civil\s+defen[cs]e|authorities)\s+(?:in|of)\s+"
                            r"(?:(?:hamas-run|hamas-controlled|hamas-governed|hamas-ruled|"
                            r"besieged)\s+|the\s+)?$")
_OFFICE_AFTER = re.compile(r"\s+(?:health\s+(?:ministry|authorities|officials)|"
                           r"civil\s+defen[cs]e|(?:government\s+)?media\s+office)\b", re.I)
_OFFICES = ("the Strip's office that speaks ('Gaza's health ministry')",
            "the Strip's office that speaks ('the Ministry of Health in Gaza')")
_THROUGH = re.compile(r"(?i)\b(?:through|via)\s+(?:the\s+)?$")
# "This is the first time since 10 October that Rafah has opened for the movement of people"
_OPENED = re.compile(r"\s+(?:has|had|was|were|is|remains?)\s+(?:been\s+)?"
                     r"(?:re-?opened|opened|closed|shut)\b(?!\s+(?:its|the|their|a|an)\b)", re.I)
# ... not where the town is told as where a thing is, after its noun: "the last functioning
# hospital in Rafah had closed", "schools in Khan Younis and Rafah were closed" (what opens
# or closes is that thing; not "the crossing at Rafah was closed", "the border at Rafah":
# the crossing itself)
_A_THING_IN = re.compile(r"\b(?P<head>[\w'’-]+)\s+(?:in|at|near|outside|across)\s+(?:the\s+)?"
                         r"(?:(?:city|town)\s+of\s+)?(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])"
                         r"[\w'’-]*){0,2}(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$", re.I)
_CROSSING_NOUN = re.compile(r"crossings?|borders?|terminals?|gates?|checkpoints?|passages?|"
                            r"points?|sides?|ports?", re.I)
_SETTLEMENTS = frozenset({"town", "village", "camp"})
_CONTEXT_CHARS = 80
_GOVERNORATES = re.compile(r"\s+(?:governorates|(?P<region>regions|provinces))\b", re.I)
# A city's name before "region" or "province" names its governorate: "Gaza's Khan Younis
# region", "the Rafah province" (not "the Gaza region", the Strip's epithet)
_ONE_REGION = re.compile(r"\s+(?:region|province)\b", re.I)
_NAMES_THE_STRIP = re.compile(r"(?:the )?gaza(?: strip)?")
# (not "the Rafah region of Egypt's Sinai", "Egypt's Rafah region": the town across the
# border, no governorate of the Strip)
_REGION_ABROAD = re.compile(r"\s+(?:region|province)\s+(?:of|in)\s+(?:the\s+)?(?:Egypt|"
                            r"(?:North(?:ern)?\s+)?Sinai)\b", re.I)
_ABROAD_BEFORE = re.compile(r"(?:Egypt['’]s|Egyptian|Sinai['’]s)\s+(?:(?:side\s+of\s+)?"
                            r"(?:the\s+)?)?$", re.I)
_LIST_GLUE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", re.I)


def _a_thing_there(text: str, start: int) -> bool:
    """Whether the name at ``start`` is told as where a thing is, after its noun ("the last
    functioning hospital in Rafah had closed"): what opens or closes is that thing, and the
    name the town (not "the crossing at Rafah was closed": the crossing's own noun)."""
    hit = _A_THING_IN.search(text, max(0, start - 80), start)
    return hit is not None and not _CROSSING_NOUN.fullmatch(hit["head"])


def choose_sense(gaz: Gazetteer, text: str, i: int, matches: list[AliasMatch],
                 cands: list[list[Candidate]], folded: str | None = None
                 ) -> tuple[Candidate, str | None, float]:
    """(sense, reason, confidence) of the ambiguous name ``matches[i]``, whose ranked
    senses are ``cands[i]``; ``matches`` and ``cands`` are the text's other names.

    ``folded`` is ``fold(text)``, when the caller has it already: a pattern that must find
    its words right before the name ("city of", "camps") is tried only where the folded
    text has them (folding gives every letter a case-blind pattern takes for an ASCII
    letter that letter, at the same offset)."""
    folded = fold(text) if folded is None else folded
    cs = cands[i]
    start, _, key = matches[i]
    abroad = _namesake_abroad(gaz, text, i, matches, cands)
    if abroad is not None:
        return abroad
    near = max(0, start - 12)
    if folded.find("city of", near, start) >= 0 and _CITY_OF.search(text[near:start]):
        for c in cs:
            if c.place.feature_class == "city":
                return c, "named as 'the city of ...'", 0.9
    if folded.find("camp of", near, start) >= 0 and _CAMP_OF.search(text[near:start]) and \
            not _PEOPLE_AFTER.match(text, matches[i][1]) or \
            _A_CAMP_AFTER.match(text, matches[i][1]) or _WORD_THEN_CAMP.match(text, matches[i][1]):
        for c in cs:
            if c.place.feature_class == "camp":
                return c, "named as 'the camp of ...'", 0.9
    if _STRIPS_OFFICE.match(text, matches[i][1]):
        for c in cs:
            if c.place.feature_class == "strip":
                return c, _OFFICES[0], 0.9
    if _names_the_office(text, start, matches[i][1]):
        for c in cs:
            if c.place.feature_class == "strip":
                return c, _OFFICES[1], 0.9
    if _ACROSS.search(text, max(0, start - 20), start):
        for c in cs:
            if c.place.feature_class == "strip":
                return c, "what happens 'across' or 'throughout' Gaza is the Strip's", 0.9
    crossing = next((c for c in cs if c.place.feature_class == "crossing"), None)
    if crossing is not None:
        if _THROUGH.search(text, max(0, start - 12), start):
            return crossing, "what trucks or people pass 'through' or 'via': the crossing", 0.9
        if _OPENED.match(text, matches[i][1]) and not _a_thing_there(text, start):
            return crossing, "what opens or closes is the crossing", 0.9
        if _listed_with_a_crossing(text, i, matches, cands):
            return crossing, "listed with other crossings", 0.9
    camps = _CAMPS_BEFORE.search(text, max(0, start - 80), start) \
        if folded.find("camps", max(0, start - 80), start) >= 0 else None
    if camps and not (camps["sep"] == "," and
                      _NAMED_CAMPS.search(text, max(0, camps.start() - 40), camps.start("sep"))):
        for c in cs:
            if c.place.feature_class == "camp":
                return c, "named in a list of camps ('three refugee camps: ...')", 0.9
    # A neighbouring mention that nests with a candidate settles the choice.
    own = {c.place.id for c in cs}
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
                    gaz.within(other.place, c.place) and other.place.parent == c.place.id
                    or c.place.parent == other.place.id and
                    _tied_to_its_whole(text, i, j, matches, cands)
                ):
                    named = text[matches[j][0]:matches[j][1]]
                    if c is cs[0]:
                        return c, f"the usual sense, confirmed by '{named}' nearby", 0.9
                    return c, (f"chosen over {cs[0].place.name} because "
                               f"'{named}' is nearby"), 0.9
    governorate = _governorate_after_settlement(gaz, text, i, matches, cands)
    if governorate is not None:
        return governorate
    part = _part_of_named_area(gaz, text, i, matches, cands)
    if part is not None:
        return part
    namesake = _namesake_where_the_report_is(i, matches, cands)
    if namesake is not None:
        return namesake
    return cs[0], cs[0].reason, 0.75


# What ties a part to the place that holds it, named right after the part: "al-Mawasi in
# Khan Younis", "the al-Mawasi area of Khan Younis", "al-Mawasi, northwest of Khan Younis",
# "al-Mawasi, just west of the city of Khan Younis", "al-Mawasi near Khan Younis", "al-Mawasi,
# a designated humanitarian zone in Khan Younis" (not "al-Mawasi and Khan Younis", "moved
# from al-Mawasi to Khan Younis": two places)
_HELD_IN = re.compile(r"(?:\s+(?:humanitarian|coastal|refugee|tent|displacement))?"
                      r"(?:\s+(?:area|region|zone|camp|encampment|district))?"
                      r"(?:,\s+(?:a|an|the)(?:\s+[\w-]+){1,3}?)?,?\s+"
                      r"(?:(?:just|further|farther|directly)\s+)?"
                      rf"(?:in|of|near|outside|{_BEARING}\s+of)\s+(?:the\s+)?"
                      r"(?:(?:city|town)\s+of\s+)?"
                      rf"(?:{_BEARING}\s+)?", re.I)
# ... or before it: "Khan Younis' al-Mawasi", "Khan Younis's coastal al-Mawasi", "a camp west
# of Khan Younis in al-Mawasi" (the one site placed by both)
_HOLDS = re.compile(r"['’]s?\s+(?:(?:the|coastal|western|southern)\s+)?")
# ... or by "the city" after the part, the city named last: "ordered out of Khan Younis to
# the al-Mawasi area near the city"
_NEAR_THE_CITY = re.compile(r"(?:\s+(?:area|zone|camp))?,?\s+(?:(?:just|further|farther)\s+)?"
                            rf"(?:in|near|outside|{_BEARING}\s+of)\s+the\s+city\b", re.I)
_IN_THE_PART = re.compile(r"\s+in\s+(?:the\s+)?", re.I)
_BY_THE_WHOLE = re.compile(rf"(?i)\b(?:near|outside|{_BEARING}\s+of)\s+(?:the\s+)?"
                           r"(?:(?:city|town)\s+of\s+)?$")


def _tied_to_its_whole(text: str, i: int, j: int, matches: list[AliasMatch],
                       cands: list[list[Candidate]]) -> bool:
    """Whether the text ties the name ``matches[i]`` to the neighbour ``matches[j]`` that
    holds one of its senses ("al-Mawasi in Khan Younis", "Khan Younis' al-Mawasi"): only
    then is the part meant ("the al-Mawasi area of Khan Younis"); a name merely near its
    holder ("ordered out of Khan Younis to al-Mawasi"), listed beside it ("one each in
    al-Mawasi, Khan Yunis, and Jabalia": the items of a list are siblings, never container
    and contained) or elsewhere in the report is the whole."""
    if j > i:
        if j == i + 1:
            return _HELD_IN.fullmatch(text, matches[i][1], matches[j][0]) is not None or \
                _an_apposition(text, i, j, matches, cands)
        # (past wider areas told between them: "al-Mawasi, a coastal community in the
        # southern Gaza Strip, near the city of Rafah")
        return all(cands[k] and (cands[k][0].place.kind == "region" or
                                 cands[k][0].place.feature_class == "strip")
                   for k in range(i + 1, j)) and \
            _HELD_IN.fullmatch(text, matches[i][1], matches[i + 1][0]) is not None and \
            _HELD_IN.fullmatch(text, matches[j - 1][1], matches[j][0]) is not None
    if j != i - 1:
        return False
    if cands[j][0].place.feature_class == "city" and \
            _NEAR_THE_CITY.match(text, matches[i][1]) is not None:
        # "from Khan Younis to the al-Mawasi area near the city": the city named last
        return True
    gap = (matches[j][1], matches[i][0])
    return _HOLDS.fullmatch(text, *gap) is not None or \
        _IN_THE_PART.fullmatch(text, *gap) is not None and \
        _BY_THE_WHOLE.search(text, max(0, matches[j][0] - 30), matches[j][0]) is not None


def _an_apposition(text: str, i: int, j: int, matches: list[AliasMatch],
                   cands: list[list[Candidate]]) -> bool:
    """"al-Mawasi, Khan Younis" and "al-Mawasi, Khan Younis, Gaza": the holder named after
    a comma, an address, but not when a list goes on or came before ("Rafah, al-Mawasi,
    Khan Younis", "al-Mawasi, Khan Yunis, and Jabalia")."""
    if j != i + 1 or _COMMA.fullmatch(text, matches[i][1], matches[j][0]) is None:
        return False
    if i > 0 and _LIST_GLUE.fullmatch(text, matches[i - 1][1], matches[i][0]):
        return False
    k = j + 1
    if k < len(matches) and (glue := _LIST_GLUE.fullmatch(text, matches[j][1], matches[k][0])):
        # (an address ends in the Strip or a wider area: "..., Khan Younis, Gaza")
        wider = cands[k][0].place if cands[k] else None
        return "and" not in glue.group().lower() and "&" not in glue.group() and \
            wider is not None and (wider.kind == "region" or wider.feature_class in (
                "strip", "country"))
    return True


def _names_the_office(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` says whose office speaks, not where: "the
    Ministry of Health in Gaza said", "the Government Media Office in Hamas-run Gaza",
    "Gaza health officials said" name the Strip's authorities, even in a report that named
    the city of Gaza before (not "a hospital in Gaza", "residents in Gaza": a site or people
    in the town)."""
    return _OFFICE_BEFORE.search(text, max(0, start - 60), start) is not None or \
        _OFFICE_AFTER.match(text, end) is not None


OFFICE_OF_THE_CITYS_REPORT = ("the Strip's office that speaks, in a report about the city of "
                              "Gaza: who tells the news, not where it happened")


def office_in_the_citys_report(reason: str | None, settled: Candidate | None) -> str | None:
    """The reason for the Strip of an office that speaks ("the Ministry of Health in Gaza
    said") in a report whose "Gaza" is elsewhere the city: there the office's Strip says
    who tells the news, not that it happened across the Strip (the sentence's act is where
    the report told it), so the events read it as a source's words; None for any other."""
    if reason in _OFFICES and settled is not None and settled.place.feature_class == "city":
        return OFFICE_OF_THE_CITYS_REPORT
    return None


def settles_the_report(reason: str | None) -> bool:
    """Whether a sense chosen for ``reason`` is the sense of the name in the rest of the
    report: not the Strip of the office that speaks ("the Ministry of Health in Gaza said
    ..."), which says who tells the news, not which Gaza the report is about (the city of
    Gaza a later sentence names by context stays the city)."""
    return reason not in _OFFICES and reason != OFFICE_OF_THE_CITYS_REPORT


def named_in_full(place_id: str, i: int, matches: list[AliasMatch],
                  cands: list[list[Candidate]]) -> bool:
    """Whether the report names the city a bare name's context chose by its full name, the
    name and "City" ("Gaza City" beside "Gaza's Zeitoun neighbourhood"): a writer who calls
    the city "Gaza City" means by a bare "Gaza" elsewhere the Strip, so the city sense one
    mention's context settled is not that of the rest of the report (one sense per
    discourse holds where the report has no other name for it: "Gaza's Zeitoun ... strikes
    on Gaza"; and a camp named in full, "the Nuseirat refugee camp", is not told apart from
    a bare "Nuseirat" this way: writers call the camp both)."""
    key = matches[i][2]
    return any(m[2] == key + " city" and len(cs) == 1 and cs[0].place.id == place_id
               for m, cs in zip(matches, cands))


def _namesake_where_the_report_is(i: int, matches: list[AliasMatch],
                                  cands: list[list[Candidate]]
                                  ) -> tuple[Candidate, str, float] | None:
    """Of sites that share a name (two al-Awda hospitals, in Jabalia and in Nuseirat), the one
    in the governorate where the report's other places are: a report of strikes on Bureij or
    Nuseirat that cites "Al-Awda Hospital" means the one in Nuseirat. None where the senses
    are not sites of one kind, or the report's places lie in the governorates of more than
    one of them, or of none."""
    cs = cands[i]
    if len({c.place.feature_class for c in cs}) != 1 or any(
            c.place.kind == "region" or not c.place.in_gaza or c.place.governorate is None
            for c in cs):
        return None
    key = matches[i][2]
    # (a name of one governorate in all its senses: "Deir al-Balah", city, camp or
    # governorate, is of the Middle Area whichever it means)
    around = {c[0].place.governorate for j, c in enumerate(cands)
              if c and matches[j][2] != key and c[0].place.in_gaza and
              c[0].place.feature_class != "strip" and
              len({x.place.governorate for x in c}) == 1}
    around.discard(None)
    held = [c for c in cs if c.place.governorate in around]
    # (the whole and its parts, "al-Mawasi" and its halves in Khan Younis and Rafah: the
    # parts are told apart by their governorates, the whole is the name's usual sense)
    parts = cs[1:] if _the_whole_and_its_parts(cs) else cs
    if len(held) != 1 or len({c.place.governorate for c in parts}) != len(parts):
        return None
    return held[0], f"the {held[0].place.feature_class} of that name in " \
                    f"{held[0].place.governorate}, where the report's other places are", 0.85


def _the_whole_and_its_parts(cs: list[Candidate]) -> bool:
    """Whether a name's usual sense is an area whose other senses are its parts, told by
    their towns ("al-Mawasi": the coastal strip, "Mawasi Khan Younis", "Mawasi Rafah")."""
    whole = cs[0].place
    return len(cs) > 2 and whole.kind != "region" and all(
        c.place.parent is not None and c.place.parent != whole.parent and
        c.place.feature_class == whole.feature_class for c in cs[1:])


def _listed_with_a_crossing(text: str, i: int, matches: list[AliasMatch],
                            cands: list[list[Candidate]]) -> bool:
    """"The Rafah, Kerem Shalom and Erez crossings", "routes of Kerem Shalom and Rafah":
    a name in a list whose neighbour is a crossing names the crossing too."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(matches) or not cands[j] or \
                cands[j][0].place.feature_class != "crossing":
            continue
        a, b = (matches[j], matches[i]) if j < i else (matches[i], matches[j])
        if _LIST_GLUE.fullmatch(text, a[1], b[0]):
            return True
    return False


def _namesake_abroad(gaz: Gazetteer, text: str, i: int, matches: list[AliasMatch],
                     cands: list[list[Candidate]]) -> tuple[Candidate, str, float] | None:
    """"to Rafah, Egypt": a name followed by a country other than the Strip's is that
    country's namesake, when the gazetteer has one ("Rafah (Egypt)")."""
    if i + 1 >= len(matches) or not cands[i + 1] or \
            _COMMA.fullmatch(text, matches[i][1], matches[i + 1][0]) is None:
        return None
    country = cands[i + 1][0].place
    if country.feature_class != "country" or country.in_gaza:
        return None
    name = f"{cands[i][0].place.name} ({country.name})"
    found = gaz.candidates_for_key(name_key(name))
    if not found or found[0].place.in_gaza:
        return None
    named = text[matches[i + 1][0]:matches[i + 1][1]]
    return found[0], f"the namesake in {named}, named right after it", 0.9


def _part_of_named_area(gaz: Gazetteer, text: str, i: int, matches: list[AliasMatch],
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
              and gaz.within(c.place, area)]
    # the whole ("al-Mawasi") gives way to its named part ("al-Mawasi (Rafah)")
    inside = [c for c in inside if not any(
        o is not c and o.place.name.startswith(c.place.name + " (") for o in inside)]
    if len(inside) != 1:
        return None
    named = text[matches[i + 1][0]:matches[i + 1][1]]
    return inside[0], f"the one that lies in {named}, named right after it", 0.9


def _governorate_after_settlement(gaz: Gazetteer, text: str, i: int, matches: list[AliasMatch],
                                  cands: list[list[Candidate]]
                                  ) -> tuple[Candidate, str, float] | None:
    """"Al Bureij and Al Maghazi, both in Deir Al Balah", "Abasan al-Kabira, Khan
    Younis": a town, village or camp of its own placed "in" a name that is both a city
    and a governorate places it in the governorate (the camp is not in the city)."""
    if i == 0:
        return None
    start = matches[i][0]
    before = matches[i - 1]
    if start - before[1] > 40 or not cands[i - 1] or \
            _PLACED_IN.fullmatch(text, before[1], start) is None or \
            _BESIDE.search(text, before[1], start) is not None:
        return None  # (most names: no other name placed right before them)
    cs = cands[i]
    city = next((c for c in cs if c.place.feature_class == "city"), None)
    gov = next((c for c in cs if c.place.feature_class == "governorate"), None)
    if city is None or gov is None:
        return None
    other = cands[i - 1][0].place
    if other.feature_class in _SETTLEMENTS and other.in_gaza and \
            other.parent != city.place.id and gaz.within(other, gov.place):
        named = text[before[0]:before[1]]
        return gov, (f"'{named}' is a {other.feature_class} of its own in the "
                     f"{gov.place.name}, not in the city"), 0.85
    return None


def before_governorates(text: str, matches: list[AliasMatch]) -> set[int]:
    """Indices of the names listed before the word "governorates" ("across Gaza and
    North Gaza governorates", "Khan Younis, Rafah and Deir al Balah governorates"), or
    before "region" ("Gaza's Khan Younis region"): each of them is a governorate, although
    alone it would be read as the city or the Strip."""
    out: set[int] = set()
    for i, (start, end, key) in enumerate(matches):
        if _ONE_REGION.match(text, end):
            if not _NAMES_THE_STRIP.fullmatch(key) and not _REGION_ABROAD.match(text, end) \
                    and not _ABROAD_BEFORE.search(text, max(0, start - 30), start):
                out.add(i)
        elif (listed := _GOVERNORATES.match(text, end)) is not None:
            # (not "raids in the Gaza and West Bank regions": "Gaza" before "regions" is
            # the Strip, as before "region")
            region = listed.group("region") is not None
            if not (region and _NAMES_THE_STRIP.fullmatch(key)):
                out.add(i)
            j = i
            while j > 0 and _LIST_GLUE.fullmatch(text, matches[j - 1][1], matches[j][0]):
                j -= 1
                if not (region and _NAMES_THE_STRIP.fullmatch(matches[j][2])):
                    out.add(j)
    return out


def _neighbours(matches: list[AliasMatch], i: int) -> list[int]:
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
