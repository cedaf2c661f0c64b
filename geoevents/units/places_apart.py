"""Where a clause tells two events at places of their own, and which words each one governs.

A unit takes the places of its clause, but "fighting raged in southern Gaza, with heavy
shelling around Bani Suhaila and Abasan" is fighting in southern Gaza and shelling at the two
towns, "heavy tank fire east of Bureij and strikes in Nuseirat" shelling at Bureij and strikes
at Nuseirat, and "..., and the remaining 13 in Khan Younis" one more development at a place
of its own: each event coded at every place of the clause would put it where it was not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geoevents.in_passing import CAMPAIGN_START, STARTED_ON
from geoevents.model import Mention
from geoevents.sentences import Span
from geoevents.trigger_table import AIR, ATTACK, BATTLE, SHELL, VIOLENT
from geoevents.triggers import Trigger
from geoevents.units.record import EventUnit

# "..., and the remaining 13 in Khan Younis a few hours later": the rest of those the clause
# before tells of, at a place of their own, the verb left out
_THE_REST = re.compile(r"\W*(?:and|while|with|then)\s+(?:then\s+)?(?:the\s+)?(?:remaining|rest|"
                       r"others?|last|final)\b(?:\s+(?:of\s+(?:the|them)\s+)?(?!(?:remain\w*|are|were|was|is|"
                       r"still|held|kept|stay\w*|have|has|had|be|being|been|will|would|"
                       r"could|may|might|expected|due|set|scheduled)\b)"
                       # (nor "the rest expected in Khan Younis": a word of their own on them)
                       r"(?![\w-]+(?:ed|ing)\b)[\w-]+){0,2}?\s+(?:in|at)\s+")
# (not "while others remain held in tunnels in Khan Younis": a verb of their own)
# ... nor one after the place: "while the remaining trucks in Rafah were turned back", "the
# rest of the captives in Rafah will be freed next week" (only a time may follow: "..., and
# the remaining 13 in Khan Younis a few hours later")
_OWN_VERB_AFTER = re.compile(r"(?i)\b(?:is|are|was|were|will|would|could|can|may|might|must|"
                             r"should|shall|remain\w*|stay\w*|still|been|be|being|has|have|"
                             r"had|do|did|does|not)\b|\b(?!(?:hundred|red)\b)\w+ed\b")


def the_rest_elsewhere(clauses: list[Span], units: list[EventUnit],
                        gaza: list[Mention]) -> list[EventUnit]:
    """A development told again, the verb left out, for the rest of those it concerns at a
    place of their own ("The first seven hostages were handed to the Red Cross in Gaza City,
    and the remaining 13 in Khan Younis"): one more unit of its kind, at that place."""
    out: list[EventUnit] = []
    for clause in clauses[1:]:
        hit = _THE_REST.match(clause.text)
        if hit is None or any(u.clause.start <= u.anchor < u.clause.end and
                              clause.start <= u.anchor < clause.end for u in units) or \
                not any(clause.start + hit.end() <= m.start < clause.end for m in gaza):
            continue
        place = min((m for m in gaza if clause.start + hit.end() <= m.start < clause.end),
                    key=lambda m: m.start)
        if _OWN_VERB_AFTER.search(clause.text, place.end - clause.start):
            continue
        told = [u for u in units if u.event_type not in VIOLENT and u.anchor < clause.start]
        if not told:
            continue
        last = max(told, key=lambda u: u.anchor)
        out.append(EventUnit(last.event_type, last.sub_event_type, clause.start + hit.end(),
                             clause, last.sentence, last.strength))
    return out


def _fire_with_own_places(clause: Span, ctrig: list[Trigger], gaza: list[Mention],
                          s: Span) -> int | None:
    """Where shelling told with a battle, at places of its own, begins: "fighting raged in
    southern Gaza, with heavy shelling around Bani Suhaila and Abasan" is fighting in
    southern Gaza and shelling at the two towns, and "fighting raged in Khan Younis, where
    snipers had fired on Nasser Hospital" fighting in the city and an attack on the hospital
    (not "intense fighting in Khan Younis involving shelling and heavy gunfire": the
    battle's own fire, at its place)."""
    battle = [t for t in ctrig if (t.event_type, t.sub_event_type) == BATTLE]
    fire = [t for t in ctrig if t.sub_event_type in (SHELL[1], ATTACK[1])]
    if not battle or not fire:
        return None
    first = min(t.start for t in battle)
    lead = min(fire, key=lambda t: t.start)
    shell = lead.start
    if shell < first or any(first < t.start > shell for t in battle):
        return None
    joint = (_WITH_FIRE if lead.sub_event_type == SHELL[1] else _WHERE_FIRE).search(
        s.text, max(0, first - s.start), shell - s.start)
    if joint is not None:
        at = s.start + joint.start()
        battle_at = {m.place_id for m in gaza if first < m.start < at}
    else:
        aside = _WHERE_ASIDE.search(s.text, max(0, first - s.start - 40), first - s.start)
        if aside is None or "," not in s.text[first - s.start:shell - s.start]:
            return None
        # "In Khan Younis, where ground operations have expanded since 1 December, Al Mezan
        # documented shelling of homes in Bani Suheila": the fighting an aside tells of the
        # place before it, the shelling the main clause's, at places of its own
        at = s.text.rindex(",", 0, shell - s.start) + s.start
        battle_at = {m.place_id for m in gaza if clause.start <= m.start < s.start + aside.start()}
        # the shelling's own places told in its own words (not "..., shelling killed five
        # people, medics at Nasser Hospital said": who told it; nor "residents said shelling
        # forced them to flee to al-Mawasi": where they went)
        stop = _AFTER_FIRE.search(s.text, shell - s.start)
        end = min(clause.end, s.start + stop.start()) if stop is not None else clause.end
        if not any(shell < m.start < end and m.place_id not in battle_at and
                   _GONE_TO.search(s.text, 0, m.start - s.start) is None for m in gaza):
            return None
    # (not "clashes erupted in Shujaiya, with shelling hitting homes near the Shujaiya
    # market": the battle's own place again, its own fire)
    if not battle_at or not any(shell < m.start < clause.end and m.place_id not in battle_at
                                for m in gaza):
        return None
    return at


def fire_apart_at(clause: Span, ctrig: list[Trigger], gaza: list[Mention], s: Span,
                  strong_battle: bool) -> int | None:
    """Where fire told at places of its own begins in a clause: shelling or gunfire told
    with a strong word of fighting (_fire_with_own_places), else the second of two kinds of
    fire from afar (_weapons_apart)."""
    fire_apart = _fire_with_own_places(clause, ctrig, gaza, s) if strong_battle else None
    if fire_apart is None:
        fire_apart = _weapons_apart(clause, ctrig, gaza, s)
    return fire_apart


def _weapons_apart(clause: Span, ctrig: list[Trigger], gaza: list[Mention],
                   s: Span) -> int | None:
    """Where the second of two kinds of fire from afar, each told at places of its own and
    joined by "and", begins: "heavy tank fire east of Bureij and strikes in Nuseirat" is
    shelling at Bureij and strikes at Nuseirat (not "strikes and shelling hit Rafah and
    Khan Younis": both at both)."""
    remote = sorted((t for t in ctrig if t.event_type == "Explosions/Remote violence"),
                    key=lambda t: t.start)
    for first, second in zip(remote, remote[1:]):
        if first.sub_event_type == second.sub_event_type:
            continue
        before = [m for m in gaza if first.end <= m.start < second.start]
        after = {m.place_id for m in gaza if second.end <= m.start < clause.end}
        if not before or not after or after & {m.place_id for m in before}:
            continue
        joint = _AND_NEXT.search(s.text, before[-1].end - s.start, second.start - s.start)
        if joint is not None:
            return s.start + joint.start()
    return None


# "... east of Bureij and strikes": "and" (or "as well as") with up to two words before
# the second weapon
_AND_NEXT = re.compile(r"\s(?:and|as well as)\s+(?:[\w'’-]+\s+){0,2}$")


def raid_with_own_place(clause: Span, ctrig: list[Trigger], gaza: list[Mention]
                         ) -> int | None:
    """Where strikes told after a raid with a place of its own begin: "troops raided Gaza's
    largest hospital, Shifa, ... in an operation accompanied by heavy gunfire and airstrikes
    in the surrounding Rimal neighborhood" is a raid on Shifa and strikes on Rimal (not
    "troops advanced into Rafah amid heavy airstrikes": one event, the strikes' place the
    raid's)."""
    raid = [t for t in ctrig if (t.event_type, t.sub_event_type) == BATTLE and t.strength < 0.7]
    strong = [t for t in ctrig if t.event_type in VIOLENT and t.strength >= 0.8 and
              (t.event_type, t.sub_event_type) != BATTLE]
    if not raid or not strong:
        return None
    first, at = min(t.start for t in raid), min(t.start for t in strong)
    if at < first:
        return None
    before = {m.place_id for m in gaza if first < m.start < at}
    after = {m.place_id for m in gaza if at < m.start < clause.end}
    return at if before and after and not after & before else None


# ", with heavy shelling", ", with residents reporting shelling", "amid artillery fire"
_WITH_FIRE = re.compile(r",?\s+(?:with|amid|amidst)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# ", where ground operations have expanded": an aside on the place before it, opening with
# the battle
_WHERE_ASIDE = re.compile(r",\s+where\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# The end of the shelling's own words after an aside: the next comma or a flight told
_AFTER_FIRE = re.compile(r"[,;]|\b(?:flee|fled|fleeing|flight|escape|escaped)\b", re.I)
# "... to al-Mawasi": a place gone to
_GONE_TO = re.compile(r"\b(?:to|towards?|into)\s+(?:the\s+)?$", re.I)
# "Fighting raged in Khan Younis, where officials said snipers had fired on Nasser
# Hospital": gunfire at a site of its own, told in a clause on the battle's place
_WHERE_FIRE = re.compile(r",\s+where\s+[^,;.]{0,80}$", re.I)


@lru_cache(maxsize=2)
def _lowered(text: str) -> str:
    """``text.lower()``, made once for a report read clause by clause: a battle told as a
    campaign's first day is looked for in the lower-cased report, which was lowered whole
    again for each such battle."""
    return text.lower()


def _own_phrase(t: Trigger, ctrig: list[Trigger], clause: Span, s: Span,
                text: str | None) -> Span:
    """The words a battle told with a strike, or as a campaign's first day, governs:
    "ground and air attacks on Khan Younis and bombed homes in Rafah and Deir el-Balah" is
    fighting in Khan Younis, and strikes there and in Rafah and Deir el-Balah (the clause's
    other violent words start places of their own)."""
    full, base = (text, 0) if text is not None else (s.text, s.start)
    if _BEGUN_BEFORE.search(full, max(0, clause.start - base - 80), t.start - base) and \
            (day := STARTED_ON.match(_lowered(full), t.end - base, clause.end - base)):
        # "since the beginning of the operation in northern Gaza on October 5, hundreds
        # have been killed in Jabalia": the campaign is where its own words say, not
        # where the tally since then is
        return Span(t.start, base + day.end(), full[t.start - base:day.end()],
                    clause.paragraph)
    if not any(o.start == t.start and o.sub_event_type == AIR[1] for o in ctrig):
        return clause
    others = [o for o in ctrig if o.start != t.start and o.event_type in VIOLENT]
    lo = t.start if any(o.start < t.start for o in others) else clause.start
    hi = min((o.start for o in others if o.start > t.start), default=clause.end)
    if (lo, hi) == (clause.start, clause.end):
        return clause
    return Span(lo, hi, full[lo - base:hi - base], clause.paragraph)


def words_governed(t: Trigger, ctrig: list[Trigger], clause: Span, s: Span,
                   text: str | None, apart: int | None) -> Span:
    """The words of the clause the unit of ``t`` takes: a battle's own phrase
    (_own_phrase), else the clause; and where the clause tells two events at places of their
    own (``apart``), the battle, the raid or the first weapon governs the words before the
    split, the fire or the strikes those after."""
    own = _own_phrase(t, ctrig, clause, s, text) \
        if (t.event_type, t.sub_event_type) == BATTLE else clause
    if apart is not None:
        own = Span(own.start, apart, s.text[own.start - s.start:apart - s.start],
                   clause.paragraph) if t.start < apart else \
            Span(apart, clause.end, s.text[apart - s.start:clause.end - s.start],
                 clause.paragraph)
    return own


_BEGUN_BEFORE = re.compile(rf"\b(?:since|before|after|following|until)\s+the\s+"
                           rf"{CAMPAIGN_START}\s+of\s+(?:[\w'’-]+\s+){{0,4}}$", re.I)
