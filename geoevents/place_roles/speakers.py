"""What a speaker is, where he spoke from, or where someone works: not where it happened.

"Ahmed Saleh, a doctor at Nasser Hospital, said", "told AFP from Deir al-Balah", "a
doctor couple employed at Nasser Hospital": the place tells a speaker's post, where he
spoke or where someone works, and the sentence's other places outrank it as the place of
the event it tells.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geoevents.normalize import fold
from geoevents.sentences import ARTICLE, Span
from geoevents.speech import QUOTED

# What a speaker is, told between commas by his name: "Ahmed Saleh, a doctor at Nasser
# Hospital, said", "said Mahmud Bassal, spokesman for the civil defence agency in Gaza",
# "Bilal al-Sapti, 30, a construction worker in Rafah, said": where he works or lives
_TITLE_NOUN = (r"(?:doctor|physician|surgeon|nurse|paramedic|medic|director|head|chief|"
               r"spokes(?:man|woman|person)|official|officer|manager|administrator|dean|mayor|"
               r"coordinator|commander|minister|member|worker|employee|volunteer|journalist|"
               r"correspondent|reporter|photographer|representative|researcher|teacher|"
               r"engineer|resident)s?")
# (not "killed two, including a member of the civil defence in Rafah, said": one of the dead)
_TITLE_WORDS = (r"(?:(?!(?:including|among|and|or|with|as|like)\b)[\w'’-]+\s+){0,4}?" +
                _TITLE_NOUN +
                r"(?:[\s-]+general)?\s+(?:at|of|in|for|from|with)\s+[^,;:.!?()“”\"]{1,80}?")
_TITLE = r"(?:(?:a|an|the)\s+)?" + _TITLE_WORDS
# ... or the body that speaks as the subject: "The Palestinian Civil Defence in the Gaza Strip
# said its crews recovered nine bodies in Nuseirat", "The health ministry in Gaza said"
_SUBJECT_WORDS = _TITLE_WORDS.replace(
    _TITLE_NOUN,
    r"(?:" + _TITLE_NOUN + r"|[Cc]ivil\s+[Dd]efen[cs]e|[Mm]inistry|[Aa]gency|[Aa]uthorit(?:y|ies))")
_NAME_BEFORE = r"\b[A-Z][\w'’-]*(?:,\s+\d{1,3})?"  # "Bilal al-Sapti, 30,"
# ... "reports" too, as a reporter tells: "Our correspondent in Deir al-Balah reports that"
_SAID = r"(?:" + QUOTED + r"|reports)\b"
_SPEAKER_TITLE = re.compile(
    _NAME_BEFORE + r",\s+(?P<title>" + _TITLE + r"),\s+(?:[a-z]+ly\s+|also\s+)?" + _SAID + "|"
    # "The head of the civil defence in Khan Younis said the strike in Jabalia killed five"
    # ("Our correspondent in Deir al-Balah reports that a strike hit al-Mawasi")
    # (after a dateline: "Gaza, 19 March 2024 - The Civil Defence in the Gaza Strip said")
    r"^\W*(?:[A-Z][^\n–—]{0,60}?\s[-–—]\s+)?"
    r"(?P<subject>(?:[Tt]he|An?|Our|Its|Their)\s+" + _SUBJECT_WORDS + r")\s+"
    r"(?:[a-z]+ly\s+|also\s+)?" + _SAID + "|"
    # "..., said Rami Mhanna, managing director of Shifa Hospital, where ..."
    r"\b(?:said|says|told\s+[\w.]+|added)\s+(?:Dr\.?\s+)?(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+[\w'’-]+){0,4}?,\s+(?P<after>" + _TITLE + r")(?=\s*(?:[,;.!?]|$))")
# ... or who works at a place, as the subject of a saying verb anywhere in the sentence:
# "killed five in Jabalia, relatives and medical staff at the Al-Ahli Arab Baptist Hospital
# said", "the director of Al-Awda Hospital told AFP" (not "staff at Nasser Hospital were
# wounded": no saying verb; nor "crews in Jabalia said they pulled ten bodies": those who act
# where they are)
_STAFF_SAID = re.compile(
    r"\b(?:staff|personnel|employees|doctors|physicians|nurses|medics|paramedics|director|"
    r"head|chief|spokes(?:man|woman|person)s?)\s+(?P<staff>(?:at|of|from)\s+"
    r"[^,;:.!?()“”\"]{1,80}?)(?=\s+(?:" + QUOTED + r"|reports)\b)")
# (not "the strike killed Ahmed Saleh, a doctor at Al-Awda Hospital, the ministry said": the
# title of one of the dead)
_VICTIM_BEFORE = re.compile(r"(?i)\b(?:kill|wound|injur|arrest|detain|abduct|target|assassinat|"
                            r"shot|shoot)\w*\s+(?:[\w.'’-]+\s+){0,4}$")
# Where someone works: "a home belonging to a doctor couple employed at Nasser Hospital"
# (not "killed three people working at the crossing": where they were when hit; and up to
# what tells of the event again: "a nurse who works at Kamal Adwan Hospital at a checkpoint
# in Gaza City", "employed at the Rafah crossing as he walked home in Khan Younis")
_WORKS_AT = re.compile(r"(?i)\b(?:employed|who\s+(?:works?|worked|had\s+worked))\s+"
                       r"(?:as\s+(?:an?\s+)?[\w-]+\s+)?(?P<at>(?:at|for)\s+(?:the\s+)?"
                       + ARTICLE + r"(?-i:[A-Z])"
                       r"(?:(?!\s(?:at|on|as|when|while|after|before|during|until|where|and|"
                       r"since|inside|outside)\s)[^,;:.!?()“”\"]){0,60})")
_NAME_PART = ARTICLE + r"(?-i:[A-Z])[\w'’-]*"
_PLACE_NAME = rf"{_NAME_PART}(?:[\s-]+{_NAME_PART})*"
# Where a speaker spoke from: "told AFP from Deir al-Balah", "speaking by phone from Rafah",
# "Al Jazeera's Tareq Abu Azzoum, reporting from Deir el-Balah"
_SPOKE_FROM = re.compile(r"(?i)\b(?:told\s+(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,2}|"
                         r"speaking|reporting|spoke|said)\s+(?:by\s+(?:tele)?phone\s+)?"
                         r"(?P<from>from\s+(?:the\s+)?" + _PLACE_NAME + ")")


# the verbs one of which every match of _SPEAKER_TITLE holds
_SAYS = tuple(dict.fromkeys((QUOTED + "|reports").split("|")))


def speaker_asides(sentence: Span) -> list[tuple[int, int]]:
    """Where a sentence says what its speaker is, where he spoke from or where someone it
    names works (report offsets): not where the event it tells of happened, when the
    sentence names another place."""
    return list(_asides_of(sentence))


@lru_cache(maxsize=64)
def _asides_of(sentence: Span) -> tuple[tuple[int, int], ...]:
    # (read once for a sentence: each of its events asks again; each pattern only where a
    # word it needs occurs, looked for as plain text first)
    text, out, folded = sentence.text, [], fold(sentence.text)
    titles = _SPEAKER_TITLE.finditer(text) if any(w in folded for w in _SAYS) else ()
    for got in titles:
        if got.group("title") is not None and _VICTIM_BEFORE.search(
                text, max(0, got.start() - 60), got.start()):
            continue
        which = next(k for k in ("title", "subject", "after") if got.group(k) is not None)
        out.append((sentence.start + got.start(which), sentence.start + got.end(which)))
    for got in _STAFF_SAID.finditer(text) if any(w in folded for w in _SAYS) else ():
        if not _VICTIM_BEFORE.search(text, max(0, got.start() - 60), got.start()):
            out.append((sentence.start + got.start("staff"), sentence.start + got.end("staff")))
    for got in _WORKS_AT.finditer(text) if "employed" in folded or "work" in folded else ():
        out.append((sentence.start + got.start("at"), sentence.start + got.end("at")))
    for got in _SPOKE_FROM.finditer(text) if "from" in folded else ():
        out.append((sentence.start + got.start("from"), sentence.start + got.end("from")))
    return tuple(out)
