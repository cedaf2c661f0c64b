"""Places carried over from the sentences before: "there", "these areas", a thing told back.

A sentence that names no place of its own may still say where: "there" (the place the
sentence just before named), "ordered the residents of these areas to relocate" (the list
told before), "The vehicle was targeted" (the deed told just before, at its place). The
same reading keeps a fallback place from standing where the report says otherwise: a
flight that answers an order told just before, a place the sentence names only as where
people are sent.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from geoevents.anchored import Cues
from geoevents.clause_places import holds, rank
from geoevents.dates import MONTH_NAMES, WEEKDAY_PATTERN
from geoevents.gazetteer import Gazetteer
from geoevents.locate.hospitals import a_hospital
from geoevents.model import Mention
from geoevents.place_roles import FROM_HERE, in_dateline
from geoevents.speech import SAID
from geoevents.text_ends import stripped_end
from geoevents.trigger_table import VIOLENT
from geoevents.triggers import find_triggers
from geoevents.units import EventUnit
from geoevents.unlisted_names import place_mention

__all__ = ["lead_told_within", "fled_the_order_before", "fallback_passed_over",
           "site_hit_just_before"]

# "there" as a place told before (not "there were", "there is no safe place", "There isn't
# a single safe place", "There used to be a bakery on every street", "then and there")
_THERE = re.compile(r"(?<!\bthen and )(?<!\bhere and )\bthere\b(?!\s+(?:(?:also|still)\s+)?"
                    r"(?:(?:is|are|was|were|has|have|had|does|do|did|will|would|could|may|"
                    r"might|must|can|should|shall|remains?|remained|seems?|seemed|appears?|"
                    r"appeared|exists?|existed|being|been|continues?|continued|needs?|ought|"
                    r"used\s+to)(?:n['’]t)?|won['’]t|can['’]t|ain['’]t)(?![\w'’])|"
                    r"['’](?:s|re|d|ll)\b)", re.I)


def there_before(unit: EventUnit, s_gaza: list[Mention], earlier: list[Mention],
                 last_place: tuple[Mention, int] | None, cues: Cues,
                 abroad: Sequence[Mention] = ()) -> Mention | None:
    """The one place of the Strip the sentence just before names, for a sentence that
    names none and says "there"; None where the place told last is that one or is later.
    ``abroad``: the report's places outside the Strip, in the order they are told (where
    one falls in the sentence before is a bisection, not a look at all of them)."""
    if any(unit.sentence.start <= m.start < unit.sentence.end for m in s_gaza) or \
            not _THERE.search(cues.text, unit.sentence.start, unit.sentence.end):
        return None
    before = previous_sentence_start(cues.text, unit.sentence.start)
    named = [m for m in earlier if before <= m.start < unit.sentence.start and m.place_id]
    if len({m.place_id for m in named}) != 1 or "\n" in cues.text[named[-1].end:
                                                                  unit.sentence.start].strip():
        return None
    k = bisect_left(abroad, before, key=_start)  # (``abroad`` in the report's order)
    if k < len(abroad) and abroad[k].start < unit.sentence.start:
        # (not "Egyptian mediators met Hamas officials in Cairo about the Rafah crossing.
        # Officials there said ...": "there" may be the place abroad)
        return None
    # (not "displaced 90% of Gaza's people. Israel carries out strikes there as well": the
    # Strip is no place of its own to tell again; nor a report with no place told before)
    if last_place is None or last_place[0].place_id == named[-1].place_id or \
            last_place[0].start >= before or named[-1].feature_class == "strip":
        return None
    return named[-1]


def _start(m: Mention) -> int:
    return m.start


def list_told_of(m: Mention, earlier: list[Mention], text: str, gaz: Gazetteer
                 ) -> Mention | None:
    """Where a list of three or more towns or sites of the Strip that ends with ``m`` lies: a
    region that sentence names holding them all, or else the Strip; None with no list."""
    start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    ends = [i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i >= 0]
    end = min(ends, default=len(text))
    there = [g for g in earlier if start <= g.start < end and g.place_id]
    towns = [g for g in there if g.kind != "region" and g.feature_class != "strip"]
    if len({g.place_id for g in towns}) < 3 or gaz.strip is None or \
            towns[-1].place_id != m.place_id:
        # (not "told residents of Khan Younis to move to Deir al-Balah and al-Mawasi": the
        # place told before is where they left, not the last of a list)
        return None
    wide = next((g for g in there if g.kind == "region" and g.feature_class != "strip" and
                 all(holds(gaz, g, t) for t in towns)), None)
    return wide or place_mention(text, m.start, m.start, gaz.strip, 0.8, None,
                                 "a flight told after a list of places", ())


# "ordered the residents of these areas to relocate": the places the sentence before listed
THESE_PLACES = re.compile(r"\b(?:these|those|all these|all those|the listed) (?:areas|towns|"
                          r"neighbou?rhoods|places|locations|districts|zones|camps|villages)\b",
                          re.I)
TO_THESE = re.compile(r"\b(?:to|towards?|into)\s+(?:the\s+)?$", re.I)
# where the people of those places are sent: "to move to the humanitarian zone in al-Mawasi"
SENT_TO = re.compile(r"\b(?:move|moving|go|going|head|heading|relocat\w*|evacuat\w*|flee|fled|"
                     r"leave|leaving)\s+(?:\w+\s+){0,2}?(?:to|towards?|into|for)\s+[^.;,]{0,40}$",
                     re.I)
# a list's gap that may hold names the gazetteer does not know ("Al-Mughraqa, Al-Nuzha,
# Al-Bawadi, and Al-Zahra")
_LIST_WITH_UNKNOWN = re.compile(r"\s*,\s*(?:(?:and|&)\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
                                r"\s*,\s*(?:(?:and|&)\s+)?){0,12}|\s+(?:and|&)\s+")


def list_told_before(earlier: list[Mention], text: str) -> list[Mention]:
    """The places of the last list named before (two or more), in order."""
    if len(earlier) < 2:
        return []
    chain = [earlier[-1]]
    for m in reversed(earlier[:-1]):
        if not _LIST_WITH_UNKNOWN.fullmatch(text, m.end, chain[0].start):
            break
        chain.insert(0, m)
    out: list[Mention] = []
    for m in chain:  # each place once, where the list first names it
        if all(m.place_id != o.place_id for o in out):
            out.append(m)
    return out if len(out) > 1 else []


# the dead or the hurt at a hospital: where they were brought, counted or treated
_THE_HURT_THERE = re.compile(r"(?i)\b(?:bod(?:y|ies)|morgues?|dead|wounded|injured|casualties|"
                             r"treat(?:ed|ment|ing))\b")


# "the bulldozer", "that vehicle", "the tents": a thing the sentence before told, named again
_THE_THING = re.compile(r"(?i)\b(?:the|that|this|these|those)\s+"
                        r"(?=((?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*))")
# words that end such a phrase ("the bulldozer was targeted", "the tents in the area")
_PHRASE_ENDS = frozenset(
    "was were is are has had have be been being said says say told tells stated added of in "
    "on at by with and or but to from for near into onto after before as when while that which "
    "who where it its their his her".split())
# what any report names again with no thing told: its speakers, the sides, the war, the time
_NOT_A_THING = frozenset(
    "people person group army military ministry government authorities officials official "
    "spokesman spokesperson statement agency office civil defence defense health media "
    "sources source residents witnesses medics doctors paramedics israeli palestinian strip "
    "enclave territory war conflict day days night morning evening week time year same".split())

# a fact box's "Target: Nasser Hospital", the attack's target told outright
_TARGET_LABEL = re.compile(r"(?i)\W*targets?\s*:")
_WORD = re.compile(r"[\w'’-]+")
# a speaker's verb after the thing ("..., the hospital said")
_SPEAKER_VERB = re.compile(rf"(?i)(?:{SAID}|told|added)\b")

# the kind a thing told may be named again by
_KINDS = {
    "vehicle": frozenset("carrier tank bulldozer jeep apc merkava truck car humvee d9 "
                         "armored armoured".split()),
    "building": frozenset("house home tower apartment block school mosque hospital clinic "
                          "shelter".split()),
}


# a scene told as unfolding at a place, its deeds told by the next sentence ("In the Tel
# al-Sultan neighbourhood, scenes of horror unfolded overnight. The sky glowed red from
# relentless shelling"); the scene is named as one (not "the funeral took place in
# Jabalia": an event of its own, whose place the next attack need not share)
_SCENE_UNFOLDED = re.compile(r"(?i)\b(?:scenes?|chaos|horror|terror|panic|carnage|"
                             r"devastation|nightmare|tragedy|catastrophe)\b[^.;!?]{0,40}?"
                             r"\b(?:unfold(?:ed|ing|s)?|played\s+out|(?:took|taking)\s+place)\b")


def _told_back(before: str, sentence: str) -> bool:
    """Whether the attack's sentence names again a thing the sentence before told ("Hamas
    said its fighters destroyed a bulldozer in Shejaia. The bulldozer was targeted with an
    explosive device"), other than a speaker of its own ("..., the hospital said"), or the
    sentence before names the attack's target outright ("Target: Nasser Hospital"), or
    tells a scene unfolding there whose deeds the attack's sentence goes on to tell ("In
    Tel al-Sultan, scenes of horror unfolded overnight. The sky glowed red from
    shelling")."""
    if _TARGET_LABEL.match(before):
        return True  # (a fact box's "Target: Nasser Hospital" tells the attack's target)
    if _SCENE_UNFOLDED.search(before):
        return True
    told = {w.lower().rstrip("s") for w in _WORD.findall(before)}
    # (named again by its kind: "destroyed an armoured personnel carrier ... the vehicle")
    told |= {kind for kind, things in _KINDS.items() if told & things}
    for m in _THE_THING.finditer(sentence):
        words = m.group(1).split()
        cut = next((i for i, w in enumerate(words) if w.lower() in _PHRASE_ENDS), len(words))
        if _SPEAKER_VERB.match(words[cut] if cut < len(words) else sentence[m.end(1):].lstrip()):
            continue  # (a speaker: "..., the hospital said")
        for w in words[:cut]:
            w = w.lower().strip("'’").rstrip("s")
            if len(w) > 2 and w not in _NOT_A_THING and w + "s" not in _NOT_A_THING \
                    and w in told:
                return True
    return False


def lead_told_within(unit: EventUnit, earlier: Sequence[Mention], dominant: Mention,
                     gaz: Gazetteer, cues: Cues) -> Mention | None:
    """The most specific place the sentence just before names, inside the report's main
    place, for an attack its own sentence places nowhere and no event before it placed:
    "Hamas said its fighters destroyed an armoured vehicle in Gaza City's Zeitoun
    neighbourhood. The vehicle was targeted with an explosive device" tells again of the
    deed at Zeitoun, not somewhere in Gaza City (but not a place outside the main one,
    which the sentence before may name for a deed of its own)."""
    if unit.event_type not in VIOLENT:
        return None
    text = cues.text
    # (across a paragraph break: reports often give each sentence a paragraph)
    end = stripped_end(text, unit.sentence.start)
    before = max(text.rfind(". ", 0, end - 1), text.rfind("\n", 0, end)) + 1
    named = [m for m in earlier if before <= m.start < unit.sentence.start and m.place_id and
             m.kind != "region" and m.feature_class != "strip" and not in_dateline(m, text)]
    if not named or find_triggers(text, before, unit.sentence.start, cues=cues.undated()):
        # (a sentence before that told an attack of its own placed it: a report that
        # places none of its events leaves the next one to its main place; read without
        # the report's day, as this rule always has)
        return None
    if not _told_back(text[before:unit.sentence.start],
                      text[unit.sentence.start:unit.sentence.end]):
        # (not a sentence before that only sets the scene: "Doctors at Al-Shifa Hospital said
        # fuel was running out. An Israeli air strike killed seven people", where the
        # hospital is where the speakers work, not what the strike hit)
        return None
    best = min(named, key=lambda m: (rank(m), -m.start))
    if a_hospital(best, text) and _THE_HURT_THERE.search(text, before, unit.sentence.start):
        # (not "A reporter counted the bodies at the Al-Aqsa hospital morgue. Records showed
        # the dead of the strike were all men": where the dead were taken)
        return None
    if rank(best) >= rank(dominant) or not holds(gaz, dominant, best) or any(
            m.place_id != best.place_id and not holds(gaz, m, best) for m in named):
        # (not a sentence that names two places apart: which one is told again is unsure)
        return None
    return best


_ITS_OWN_TIME = re.compile(r"(?i:\b(?:since|ago|earlier|previously|before|last|previous|"
                           rf"yesterday|weeks?|months?)\b)|\b(?:{WEEKDAY_PATTERN}|{MONTH_NAMES})\b")


def previous_sentence_start(text: str, start: int) -> int:
    """Where the sentence just before the one at ``start`` begins (after ". " or a line
    break), for rules that read what that sentence told."""
    return max(text.rfind(". ", 0, start - 2), text.rfind("\n", 0, start - 1)) + 1


def fled_the_order_before(unit: EventUnit, here: list[Mention],
                          last_place: tuple[Mention, int] | None, cues: Cues) -> bool:
    """Whether a flight its sentence tells only by where people went follows an order told
    in the sentence just before at another place ("Israel ordered residents of Deir
    al-Balah to leave. Families fled toward al-Mawasi"): those ordered out, fleeing the
    order's place, not a flight at the place they went to."""
    if last_place is None or last_place[0].place_id in {m.place_id for m in here} or \
            _ITS_OWN_TIME.search(unit.sentence.text):
        # (not "Thousands have fled to Deir al-Balah since last week", "Last month,
        # thousands fled toward al-Mawasi": a flight of another time than the order's)
        return False
    before = previous_sentence_start(cues.text, unit.sentence.start)
    if _INSTEAD.search(unit.sentence.text) and "\n" not in cues.text[before:unit.sentence.start] \
            and last_place[0].start < before:
        # "IOF ordered residents of Jabalia to move south. Men were detained at a
        # checkpoint. Most families instead fled west toward Gaza City": the order told
        # a sentence further back in the paragraph, which the flight answers
        # (not where the sentence between names a place: "... Men were detained at a
        # checkpoint in Jabalia. Most families instead fled": the order's place is not the
        # last one told)
        earlier = previous_sentence_start(cues.text, before)
        if "\n" not in cues.text[earlier:before]:
            before = earlier
    if not before <= last_place[0].start < unit.sentence.start:
        return False
    return any(t.sub_event_type == "Evacuation order"
               for t in find_triggers(cues.text, before, unit.sentence.start, cues=cues))


_INSTEAD = re.compile(r"\b(?:instead|rather)\b", re.I)


def fallback_passed_over(unit: EventUnit, gaza: list[Mention],
                         last_place: tuple[Mention, int] | None, dominant: Mention | None,
                         cues: Cues) -> bool:
    """"Israel has told them to move to what it calls an 'expanded humanitarian zone' in
    al-Mawasi": for an order or a flight, a place the sentence names only as where people
    are sent (or as another event's) is not where they leave, however often the report
    names it (the place of the event told before, or the report's ``dominant`` one)."""
    return unit.sub_event_type in FROM_HERE and _passed_over(
        unit, gaza, [m for m in (last_place[0] if last_place else None, dominant) if m], cues)


def _passed_over(unit: EventUnit, gaza: list[Mention], fallbacks: list[Mention], cues: Cues
                 ) -> bool:
    """Whether a place the report falls back on is one the unit's own sentence names and its
    reading left out: where people are sent ("told them to move to ... al-Mawasi"), where
    another clause's strike hit ("a strike in Rafah's Shaboura neighborhood killed 20 ...
    after Israel ordered a million people to move below Wadi Gaza"). (Not where a sentence
    that tells the order and the flight together has people go: "families fleeing west
    towards Deir al Balah following another evacuation order", one occurrence, coded where
    the flight is.)"""
    own = {m.place_id for m in gaza if unit.sentence.start <= m.start < unit.sentence.end}
    if not any(f.place_id in own for f in fallbacks):
        return False
    return not any(t.sub_event_type in FROM_HERE and t.sub_event_type != unit.sub_event_type
                   for t in find_triggers(cues.text, unit.sentence.start, unit.sentence.end,
                                          cues=cues))


# "another shelter school in Beit Lahia was also damaged", "a house in Bureij was hit": a
# site told hit, in words that make no event of their own
_SITE_HIT = re.compile(r"(?i)\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                       r"(?:also\s+|reportedly\s+|likewise\s+)?(?:damaged|hit|struck|shelled|"
                       r"bombed|targeted|destroyed)\b")


def site_hit_just_before(unit: EventUnit, s_gaza: list[Mention], earlier: list[Mention],
                         last_place: tuple[Mention, int] | None, cues: Cues
                         ) -> Mention | None:
    """The one place the sentence just before names, where it tells a site hit in words that
    made no event, for the dead its own sentence tells and places nowhere: "Earlier
    Thursday, another shelter school in Beit Lahia was also damaged. One child was
    reportedly killed" is a death at Beit Lahia, not at the Jabalia camp the last event
    was placed at. None where the sentence before placed an event itself, names two
    places, only the Strip, or a hospital."""
    if not unit.from_casualty or unit.event_type not in VIOLENT or last_place is None or \
            any(unit.sentence.start <= m.start < unit.sentence.end for m in s_gaza):
        return None
    text = cues.text
    before = previous_sentence_start(text, unit.sentence.start)
    if last_place[0].start >= before or \
            "\n" in text[before:unit.sentence.start].strip():
        return None
    named = [m for m in earlier if before <= m.start < unit.sentence.start and m.place_id]
    if len({m.place_id for m in named}) != 1 or \
            named[0].feature_class == "strip" or a_hospital(named[0], text) or \
            named[0].place_id == last_place[0].place_id:
        return None
    hit = _SITE_HIT.search(text, named[-1].end, unit.sentence.start)
    return named[-1] if hit is not None else None
