"""Who told it: places in the words that name a source or a speaker.

"according to officials at Al-Aqsa Hospital", "killed two in Rafah, Gaza City residents
said", "Ahmed Saleh, a doctor at Nasser Hospital, said": places there say who reported or
where the speaker is, not where it happened, so a clause's places are read without them.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from geoevents.anchored import Cues
from geoevents.gazetteer import Gazetteer
from geoevents.locate.anaphors import told_again
from geoevents.model import Mention
from geoevents.place_roles import FROM_HERE, TO, not_after
from geoevents.senses import OFFICE_OF_THE_CITYS_REPORT
from geoevents.sentences import Span
from geoevents.speech import SAID
from geoevents.units import EventUnit

__all__ = ["attribution_spans", "outside_attributions", "speaker_span",
           "not_where_the_speakers_are", "not_in_a_speakers_title", "only_where_the_speaker_is",
           "where_the_source_is", "offices_of_the_citys_report"]


# Names listed before the word for what they are: "Nasser, Al-Aqsa and Al-Ahli (hospitals)"
_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_NAMES = rf"{_NAME}(?:,\s+{_NAME})*(?:,?\s+and\s+{_NAME})?"
ATTRIBUTION = re.compile(
    r"\b(?:[Aa]ccording to|officials? (?:from|at|of)|sources? (?:at|in)|spokes(?:person|man|woman) "
    r"(?:for|of|at)|"
    # ("The strike occurred near a market in Shejaia, as confirmed by Al-Ahli Hospital": the
    # source, told after the news it vouches for)
    r"as (?:confirmed|reported|stated|announced) by)\b"
    # ("according to the Nasser, Al-Aqsa and Al-Ahli hospitals": a list of sources; not
    # "according to the ministry, Rafah, Khan Younis and Jabalia were hit": the places hit)
    # (and not "a spokesman for the civil defence in Gaza City said the strike in Jabalia
    # killed five": the source ends at its verb)
    # (its own verbs, not geoevents.speech.TOLD: "claimed" does not end a source here)
    r"(?:(?!\s(?:said|says|told|stated|reported|confirmed|added)\b)[^,.;:]|"
    r",\s+(?=" + _NAMES + r"\s+hospitals\b))*|"
    r"\bPer (?:the )?[A-Z][^,.;:]{0,60}(?=,)|"  # "Per Gaza's Civil Defense, 17 people were killed"
    # "Authorities in Hamas-run Gaza said": the speakers' Strip, not the clause they tell
    # ("Authorities in Gaza said a strike on a school in Nuseirat killed 16": Nuseirat hit)
    r"\b[Aa]uthorities (?:in|of) (?:Hamas-run |Hamas-controlled |the )?Gaza(?: Strip)?\b"
    r"(?! City)|"
    # "Gaza's civil defence said two people were killed and nine wounded by Israeli fire":
    # the rescuers of the whole Strip, telling of a shooting at the scene told before (not
    # "Gaza's Civil Defence said strikes killed 71": strikes of the Strip's day; nor "Gaza's
    # health ministry said": its tallies are the Strip's own)
    r"\bGaza(?: Strip)?['’]s (?:[Cc]ivil [Dd]efen[cs]e|[Cc]ivil [Ee]mergency [Ss]ervice|"
    r"[Rr]escue [Ss]ervices?|[Aa]mbulance [Ss]ervice)\b"
    r"(?![^.;]*\b(?:[Ss]trikes|[Bb]ombardments?|[Ss]helling|[Ss]trike\s+on)\b)"
    # (nor "Gaza's civil defence said 45 people had been killed by Israeli fire since dawn":
    # the Strip's toll of a span of time)
    r"(?![^.;]*\b(?:since|across|throughout|so\s+far|a\s+total|in\s+total|toll|overnight|"
    r"(?:in|over|during)\s+the\s+(?:past|last))\b)"
    r"(?=[^.;]*\b(?:(?:by|from)\s+(?:Israeli\s+)?(?:gun)?fire|shot|shooting|opened\s+fire)\b)")


# Who says so, at the end of the sentence: "killed two in Rafah, Gaza City residents said",
# one teller too: "The airstrikes hit around Kuwait Hospital, an AP journalist in Rafah said"
# (not "a journalist was killed in Rafah, colleagues said": the journalist is the one hit)
_SPEAKER_LAST = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,4}?(?:residents?|officials?|medics?|sources?|witness(?:es)?|"
    r"doctors?|paramedics?|authorities|spokes(?:man|woman|person)|ministry|police|"
    r"journalists?|reporters?|photographers?|correspondents?|media)(?:\s+(?:at|in|from|of)\s+[^,.;]{1,50}?)?"
    r"\s+(?:" + SAID + r"|told\s+[\w-]+)\W*$")
# ... or at its start: "Residents in Khan Younis say a home near the Bani Suhaila roundabout was
# hit" (not "Residents of Beit Lahia said they were ordered to leave for Gaza City", "Residents
# in Rafah said they fled to al-Mawasi": what the speakers tell of themselves happened where
# they are)
_SPEAKER_FIRST = re.compile(
    r"\W*(?:[A-Z][\w'’-]*\s+){0,2}?(?:[Rr]esidents|[Ww]itnesses|[Mm]edics|[Dd]octors|"
    r"[Pp]aramedics|[Rr]escuers|[Oo]fficials|[Ss]ources|[Cc]orrespondents?)\s+(?:in|at|from|of)"
    r"\s+[^,.;]{1,50}?\s+(?:" + SAID + r"|told\s+[\w-]+)\b"
    r"(?![\s,:]+(?:that\s+)?[\"“]?(?i:they|we|their|our|them|us)\b)")
_HIT_BEFORE = re.compile(r"(?i)\b(?:killed|killing|kills|targeted|targeting|assassinated|"
                         r"assassinating|wounded|injured|arrested|detained|abducted)\s+"
                         r"(?:an?|the|one|two|three|several)\s+(?:[\w-]+\s+){0,2}$")


def speaker_span(sentence: Span, text: str) -> tuple[int, int] | None:
    """Where a sentence says who tells it: at its end ("killed two in Rafah, Gaza City
    residents said"), else at its start ("Residents in Khan Younis say a home ... was hit")."""
    said = _SPEAKER_LAST.search(text, max(sentence.start, sentence.end - 90), sentence.end)
    if said is None:
        said = _SPEAKER_FIRST.match(text, sentence.start, sentence.end)
    return said.span() if said is not None else None


def not_where_the_speakers_are(unit: EventUnit, here: list[Mention], speaker: tuple[int, int]
                               ) -> list[Mention]:
    """``here`` less the places in the words that say who speaks ("killed two in Rafah, Gaza
    City residents said"): where the speakers are is the place only when the sentence names
    no other ("medics in Khan Younis said")."""
    kept = [m for m in here if not speaker[0] <= m.start < speaker[1]]
    if unit.sub_event_type in FROM_HERE and not not_after(TO, kept, unit.sentence):
        # (not "Residents of Beit Lahia said troops ordered them to move to Gaza
        # City": where they are sent is no place of the order's own)
        kept = []
    return kept or here


def not_in_a_speakers_title(unit: EventUnit, here: list[Mention], asides: list[tuple[int, int]],
                            gaza: list[Mention], gaz: Gazetteer, cues: Cues) -> list[Mention]:
    """``here`` less the places of the sentence's ``speaker_asides``: "Ahmed Saleh, a doctor
    at Nasser Hospital, said the strike in Rafah killed two", "told AFP from Deir al-Balah":
    what the speaker is and where he spoke from, unless the sentence names another place
    where it could be (not "a resident of Jabalia, said tanks rolled into the camp as people
    fled toward Gaza City": where they went is no such place).

    (but "The mayor of Rafah said strikes destroyed 20 homes in the city, as shelling also
    hit Khan Younis": the clause tells of the title's place again)"""
    if not asides:
        return here
    return [m for m in here if not in_aside(m, asides) or
            told_again(m, unit, gaza, gaz, cues)] or here


def only_where_the_speaker_is(here: list[Mention], others: list[Mention],
                              asides: list[tuple[int, int]]) -> bool:
    """Whether a clause names only where its speaker is, and its sentence ``others`` places
    outside the speaker's words: "The Civil Defence in the Gaza Strip said its crews recovered
    nine bodies, from a house hit ... in the Nuseirat camp" leaves the place to its
    sentence."""
    return bool(asides) and all(in_aside(m, asides) for m in here) and any(
        not in_aside(g, asides) for g in others)


def attribution_spans(sentence: Span, cues: Cues) -> list[tuple[int, int]]:
    """Where a sentence names its source ("according to officials at Al-Aqsa Hospital"):
    places there say who reported, not where it happened."""
    text = cues.text
    # ("killed a senior official of Islamic Jihad in Gaza City": the official is who was
    # hit, and the place is where)
    return [m.span() for m in cues.finditer(ATTRIBUTION, sentence.start, sentence.end)
            if not _HIT_BEFORE.search(text, max(sentence.start, m.start() - 40), m.start())]


def outside_attributions(mentions: list[Mention], sentences: list[Span],
                         cues: Cues) -> list[Mention]:
    """The mentions that do not merely name who reported ("according to ... Hospital")."""
    spans = [sp for s in sentences for sp in attribution_spans(s, cues)]
    if not spans:
        return mentions
    starts = [a for a, _ in spans]
    out = []
    for m in mentions:
        i = bisect_right(starts, m.start) - 1
        if i < 0 or m.start >= spans[i][1]:
            out.append(m)
    return out


def in_aside(m: Mention, asides: list[tuple[int, int]]) -> bool:
    """Whether ``m`` stands in one of a sentence's ``speaker_asides``."""
    return any(a <= m.start < b for a, b in asides)


def where_the_source_is(unit: EventUnit, gaza: list[Mention], sources: list[tuple[int, int]]
                        ) -> Mention | None:
    """The Strip, named only as whose office tells the sentence, when neither the sentence
    nor the report places the event anywhere else: "The Ministry of Health in Gaza said
    Israeli strikes killed 40 people on Monday" is the Strip's count, told by its office; the
    office's Strip is only the last word, never over a place the report told (and not
    "according to officials at Al-Aqsa Hospital": a hospital is no place of the strike)."""
    return next((m for m in gaza if unit.sentence.start <= m.start < unit.sentence.end and
                 m.feature_class == "strip" and any(a <= m.start < b for a, b in sources)),
                None)


def offices_of_the_citys_report(sentence: Span, gaza: list[Mention]) -> list[tuple[int, int]]:
    """The spans of the sentence's "Gaza" that names the Strip's office in a report about the
    city of Gaza ("Tanks rolled into the city of Gaza. The Ministry of Health in Gaza said an
    Israeli strike on a house killed 12 people"): who tells the toll, read as a source's
    words, so the strike is where the report told it (the city), not across the Strip; the
    Strip stays the last word where nothing else places it (:func:`where_the_source_is`)."""
    return [(m.start, m.end) for m in gaza if sentence.start <= m.start < sentence.end and
            m.reason == OFFICE_OF_THE_CITYS_REPORT]
