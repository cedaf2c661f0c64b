"""A hospital named by its head name alone, where the speaker's work says what it is.

Reports from the wards drop the noun: "a doctor at Nasser said", "medics at Al-Aqsa", "the
morgue at Nasser", "Nasser's director", "the wounded were taken to Nasser". Read as a place,
the bare name finds a village of a like spelling ("Nasser" has al-Nasr's consonants) or
nothing, and the act moves there. After a medical worker, a hospital's own word or a
transfer of the wounded, the head name of a hospital of the gazetteer ("Nasser" of "Nasser
Hospital") is that hospital. The same name elsewhere ("the village of An-Nasr", "in
al-Nasr, north of Rafah", "a doctor at his home in Nasser") keeps its usual reading.
"""

from __future__ import annotations

import re
from functools import cache

from geoevents.anchored import Cues
from geoevents.gazetteer import Gazetteer
from geoevents.model import Mention, Place
from geoevents.normalize import name_key
from geoevents.unlisted_names.records import a_nationality, place_mention

__all__ = ["hospitals_told_by_head_name", "hospital_heads", "PATTERNS"]

# A cheap test before any pattern: every cue holds one of these (case as reports write it)
_CUE_STRINGS = ("octor", "hysician", "urgeon", "edic", "urse", "staff", "irector", "pokes",
                "orgue", "ortuary", "aken to", "rought to", "ushed to", "arried to",
                "erred to", "orted to", "uated to")
# The bare name: an optional article and one or two capitalised words ("Nasser",
# "Al-Aqsa", "Kamal Adwan"), after a cue
_NAME = r"((?:[Aa]l[- ]|[Ee]l[- ])?[A-Z][\w’'-]*?(?: [A-Z][\w’'-]*?)?)(?=['’]s\b|[^\w’'-]|\Z)"
_WORKERS = (r"(?:doctors?|physicians?|surgeons?|medics?|paramedics?|nurses?|staff|"
            r"director|spokes(?:man|woman|person)|morgue|mortuary)")
# Each pattern begins with a literal, so that a scan is cheap; the cue's word before it is
# checked only where one matches.
# "a doctor at Nasser", "staff at the Shifa", "the morgue at Nasser"; "taken to Nasser"
_AT_OR_TO = re.compile(rf" (at|to) (?:the )?{_NAME}")
_WORKER_BEFORE = re.compile(rf"\b(?i:{_WORKERS})\Z")
_TRANSFER_BEFORE = re.compile(r"\b(?i:taken|brought|rushed|carried|transferred|transported|"
                              r"evacuated)\Z")
# "Nasser's director", "Al-Aqsa's morgue": the cue, then the name that ends before it
_POSSESSIVE_CUE = re.compile(rf"['’]s (?i:{_WORKERS})\b")
_NAME_BEFORE = re.compile(r"(?<![\w’'-])((?:[Aa]l[- ]|[Ee]l[- ])?[A-Z][\w-]*"
                          r"(?: (?:[Aa]l[- ]|[Ee]l[- ])?[A-Z][\w-]*)?)\Z")
# The noun a hospital's spelling ends with, after its head name
# ("Al-Aqsa" and "Al-Aqsa Martyrs" of "Al-Aqsa Martyrs Hospital")
_HOSPITAL_NOUNS = (re.compile(r"\s+(?:(?:medical|martyrs)\s+)?(?:hospital|medical complex)$",
                              re.I),
                   re.compile(r"\s+(?:hospital|medical complex)$", re.I))
# A site's noun after its name: the name is the site's, whole ("Al-Quds University")
_SITE_NOUN = re.compile(r"(?i:hospitals?|medical|complex|university|school|mosque|church|"
                        r"college|clinic|centre|center|street|road|camp|square)\b")
# A third capitalised word: a longer name, a person's ("taken to Nasser Abu Shaaban")
_NAME_GOES_ON = re.compile(r" (?:[Aa]l[- ])?[A-Z]")
# A lower-case word after the name that is none of the words a told place is followed by:
# the name qualifies it ("European countries", "Turkish hospitals")
_A_NOUN_AFTER = re.compile(r" (?!(?:said|says|say|told|reported|confirmed|received|"
                           r"was|were|is|are|has|had|on|in|at|after|and|or|for|with|by|"
                           r"from|to|where|when|which|who|that|as|late|early|overnight)\b)"
                           r"[a-z]")
_SITE_CLASSES = frozenset({"hospital", "facility"})
# Where a cue may be, over the folded text, for the place index's one automaton pass: a
# worker's word then " at", a transfer's word then " to", "'s" then a worker's word. A
# report with none of them (most) is not read further.
_A_CUE = re.compile(rf"{_WORKERS} at |(?:taken|brought|rushed|carried|transferred|"
                    rf"transported|evacuated) to |'s {_WORKERS}")
PATTERNS = (_A_CUE,)


@cache
def hospital_heads(gazetteer: Gazetteer) -> dict[str, Place]:
    """The head name of each hospital of the Strip (its spelling without the noun: "Nasser"
    of "Nasser Hospital"), keyed by ``name_key``. A head that two hospitals share ("Al-Awda",
    in Jabalia and in Nuseirat), or that is itself the exact spelling of another place (a
    town a hospital is named for), names no hospital alone; nor does a nationality
    ("Turkish" of "Turkish Hospital": "taken to Turkish hospitals" abroad) nor the last
    word of a place abroad's name ("Emirates Hospital": "taken to the Emirates")."""
    heads: dict[str, set[str]] = {}
    places: dict[str, Place] = {}
    for place in gazetteer:
        if not place.in_gaza or place.feature_class not in _SITE_CLASSES:
            continue
        for alias in gazetteer.aliases_of(place):
            for noun in _HOSPITAL_NOUNS:
                head = noun.sub("", alias)
                if head != alias and (key := name_key(head)) and \
                        not a_nationality(gazetteer, head):
                    heads.setdefault(key, set()).add(place.id)
                    places[place.id] = place
    # ("taken to the Emirates": the country, whose name ends so)
    abroad = {words[-1] for p in gazetteer if not p.in_gaza
              for a in gazetteer.aliases_of(p) if (words := name_key(a).split())}
    out: dict[str, Place] = {}
    for key, ids in heads.items():
        if key in abroad:
            continue
        exact = {c.place.id for c in gazetteer.candidates_for_key(key)}
        if len(ids) == 1 and not exact - ids:
            out[key] = places[next(iter(ids))]
    return out


def _told_names(text: str) -> list[tuple[tuple[int, int], ...]]:
    """The names a medical cue tells, before or after it: for each, its spans to try, the
    longest first ("Kamal Adwan", else "Kamal" after a cue and "Adwan" before one)."""
    out: list[tuple[tuple[int, int], ...]] = []
    for hit in _AT_OR_TO.finditer(text):
        cue = _WORKER_BEFORE if hit.group(1) == "at" else _TRANSFER_BEFORE
        if not cue.search(text, max(0, hit.start() - 16), hit.start()):
            continue
        start, end = hit.span(2)
        if _SITE_NOUN.match(text, end + 1) or _A_NOUN_AFTER.match(text, end):
            # "taken to Nasser hospital": the site named with its noun, found whole; "taken
            # to European countries": a word that qualifies a noun, no name
            continue
        space = text.find(" ", start, end)
        if space < 0 or _SITE_NOUN.match(text, space + 1) or _NAME_GOES_ON.match(text, end):
            # ("Nasser Hospital", "Al-Quds University": a site's whole name; "taken to
            # Nasser Abu Shaaban": a person's)
            out.append(((start, end),))
        else:
            # "taken to Nasser Monday": the name may be the first word
            out.append(((start, end), (start, space)))
    if "'s " in text or "’s " in text:
        for hit in _POSSESSIVE_CUE.finditer(text):
            name = _NAME_BEFORE.search(text, max(0, hit.start() - 40), hit.start())
            if name is not None:
                start, end = name.span(1)
                # (one try: "Mohammed Nasser's doctors" is a man's)
                out.append(((start, end),))
    return out


def hospitals_told_by_head_name(gazetteer: Gazetteer, text: str, mentions: list[Mention],
                                cues: Cues | None = None) -> list[Mention]:
    """``mentions`` with each hospital told by its head name after a medical cue read as
    that hospital, in place of whatever the name was read as (or added, if it was not).
    ``cues``: the report's place cues, where the caller has them (built with
    :data:`PATTERNS`)."""
    if cues is not None and cues.search(_A_CUE, folded=True) is None:
        # (a cue in the text is one in its fold, at the same offsets: the four letters
        # outside ASCII that a case-blind pattern reads as ASCII ones fold to those)
        return mentions
    if not any(s in text for s in _CUE_STRINGS):
        return mentions
    spans = _told_names(text)
    if not spans:
        return mentions
    heads = hospital_heads(gazetteer)
    found: list[Mention] = []
    for tries in spans:
        told = next(((start, end, heads[key]) for start, end in tries
                     if (key := name_key(text[start:end])) in heads), None)
        if told is None:
            continue
        start, end, place = told
        if not any(m.place_id == place.id and m.start < end and start < m.end
                   for m in mentions):
            found.append(place_mention(
                text, start, end, place, 0.85, None,
                f"the head name of {place.name}, told after a medical worker or a "
                f"hospital's word", ()))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(m.start < f.end and f.start < m.end for f in found)]
    return sorted([*kept, *found], key=lambda m: m.start)
