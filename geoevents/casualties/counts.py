"""Finding a sentence's counts of the killed and the injured.

The patterns' matches, leftmost-longest, are checked for what is no toll at all (the one who
told or who killed, the dead of before, a class of the dead, a year or a distance), counted
(``headcount``) and flagged as war tallies (``tallies``); a list of the dead, one killed
along with others, a named death and a hospital's intake fill in where no pattern counts.
"""

from __future__ import annotations

import re

from geoevents.anchored import Cues
from geoevents.casualties.bodies import (
    _BODIES_OF,
    _BURIED_AFTER,
    _BURIED_BEFORE,
    _FOUND_AFTER,
    _FROM_A_STRIKE,
    _HAD,
    _HANDED_BACK,
    _HANDED_OVER,
    _HELD_BEFORE,
    _MOURNERS_OF,
    _NOT_PULLED,
    _PULLED_OUT,
    _RECOVERED,
    _SO_FAR_A_PERIOD,
    _STALE_HERE,
    _STILL_HELD,
    _STRIKE_FIRST,
    _STRIKES_OVER,
    _UNCONFIRMED,
    _UNDER_RUBBLE,
    _WITHDRAWN_BEFORE,
    _killed_in_an_attack,
    _struck_just_before,
)
from geoevents.casualties.headcount import (
    _AGE,
    _AMONG_THE_WHOLE,
    _AMONG_THEM,
    _ANOTHER_GROUP,
    _AS_WAS,
    _DEAD_INCLUDED,
    _HEAD_BEFORE,
    _HEAD_WITH,
    _INCLUDING_MORE,
    _ITEM_AGE,
    _ITEM_GROUP,
    _ITEM_NUMBER,
    _KIN_NOUN,
    _LESS_RECOVERED,
    _LIST_SPLIT,
    _MEASURE_AFTER,
    _NO_NUMBER,
    _NOT_DEATH,
    _NOUN_FIRST,
    _OPENS_CLAUSE,
    _OWN_VERB,
    _PLURAL_AFTER,
    _RELATIVE_OF_DEAD,
    _SHARE_OF,
    _SUB_ITEM,
    _VAGUE_HEADS,
    _VERB_BEFORE,
    _VERB_FIRST,
    _WERE_VERB,
    _WHO_WERE,
    _dead_along_with,
    _hurt_less_dead,
    _pair,
    _received_less_dead,
    _victims,
)
from geoevents.casualties.patterns import (
    _AMONG_THE_DEAD,
    _DAYS_SHARE,
    _FOR_A_SPAN,
    _HEADLINE,
    _HURT_AFTER_DEAD,
    _INDEX,
    _KIN_HEAD,
    _KIN_HEAD_HURT,
    _NUMBER_REACHED,
    _SUBJECT_COUNT,
    _SUBJECT_HURT,
    _not_the_days_share,
    _patterns_for,
    _windows,
)
from geoevents.casualties.record import Casualty
from geoevents.casualties.tallies import (
    _BRINGING,
    _CUMULATIVE,
    _DAYS_TOLL_BROUGHT,
    _DEADLIEST_SINCE,
    _FRAMING,
    _IN_TOTAL_OF_DAYS,
    _ITS_DAY,
    _ONE_ATTACK,
    _PAST_DAYS,
    _PERIOD,
    _PUT_AT,
    _PUT_SPAN,
    _RECENT,
    _SINCE_DAWN_TODAY,
    _SINCE_OPENS,
    _SINCE_THE_DAYS_START,
    _SPAN_AFTER,
    _WITH_OPENING,
    _clause_end,
    _days_own,
    _own_night,
    _tally_verb,
    _war_clause,
)
from geoevents.casualties.wording import _EACH_VICTIM, _ELIMINATED, _FIGHTER_NOUN, _NUMWORD, _QUANT
from geoevents.named_deaths import named_deaths, named_hurt
from geoevents.quantities import parse_number
from geoevents.speech import TOLD

# "killing one and injuring three others": "one" with no noun is a count only where the
# clause ends or the hurt are told next (not "killing one of the leaders")
_ONE_ALONE = re.compile(r"(?:,?\s+and\s+(?:[a-z]+ly\s+)?(?:injuring|wounding|injured|wounded|"
                        r"leaving)\b|,\s+(?:injuring|wounding)\b|,\s+(?:[\w-]+\s+){1,5}(?:" + TOLD +
                        r")\b|,\s+according\s+to\b|"
                        r"\s+(?:(?:early|late)\s+)?(?:on|in|at|near)\s+[A-Z]|\s+overnight\b|"
                        r"\s+(?:on\s+the\s+spot|instantly|outright|immediately)\b"
                        # (not "killing one on the spot and another on the way to hospital")
                        r"(?!,?\s+and\s+(?:another|a\s+second|(?:two|three|four|\d+)\s+others?)\b)|"
                        r"\s*(?:[.;]|$))")
_MID_SENTENCE_STOP = re.compile(r"[.!?]\s+$")
# A killing verb with no auxiliary before it ("carrying 30 passengers killed", not "were
# killed") ...
_ACTIVE_KILL = re.compile(r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bare\s)(?<!\bis\s)"
                          r"(?<!\bbeing\s)\b(?:killed|killing|kills|kill)$", re.I)
# ... or a verb of telling and the count it told ("An army officer confirmed two soldiers
# were killed")
_REPORTS_A_COUNT = re.compile(
    r"\s+(?:confirmed|announced|acknowledged|reported|revealed|disclosed)\s+(?:that\s+)?"
    rf"(?P<n>{_QUANT})\s+", re.I)
# ... nor captives handed back, some of them dead ("33 hostages, eight of them dead, were
# released")
_HANDED_BACK_AFTER = re.compile(r"\s*(?:,|--|[–—-])?\s*(?:were|was|have\s+been|had\s+been|"
                                r"are\s+being)\s+(?:[a-z]+ly\s+)?(?:exchanged|swapped|released|"
                                r"freed|handed\s+(?:over|back)|returned|repatriated)\b", re.I)
# "was not killed", "were nearly killed": alive
_NOT_KILLED = re.compile(r"\b(?:not|never|nearly|almost|narrowly)\s+(?:been\s+)?(?:killed|"
                         r"slain|massacred|martyred)$", re.I)
# ... and a count right after it, its object ("killed five"; not "killed two days ago",
# "killed a day after")
_OBJECT_COUNT = re.compile(
    r"\s+(?:(?:at least|more than|over|nearly|almost|about|around|some|roughly|up to|"
    r"as many as|no fewer than|an estimated|approximately)\s+)?(?!an?\b(?!\s+dozen\b))"
    rf"{_NUMWORD}(?![\w-])(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|km|"
    r"kilomet(?:er|re)s?|miles?|met(?:er|re)s?)\b)", re.I)

# "one of the many journalists to have been killed" (not "one of the five journalists
# appears to have been killed": one of them was)
_CLASS_MEMBERS = re.compile(r"\b(?!appears\b|seems\b)[a-z]+s to have been\b")
_MAX_COUNT = 10_000_000

# the words of a sentence before a list of the dead that only say who told it ("Civil
# defence spokesman Mahmud Bassal told AFP ", "Medics said that ")
_ONLY_WHO_TOLD = re.compile(r"(?:[^,.;:]{1,80}?\s(?:told\s+(?-i:[A-Z])[\w.'’-]*|said|says|"
                            r"added|stated|reported)\s+(?:that\s+)?)?", re.I)


def _toll_told_before(text: str, start: int, total: int) -> bool:
    """A larger toll told in the sentence just before (the lead's, a paragraph up)."""
    # (only that sentence's: "An Israeli strike on a school in Gaza City killed 30 people.
    # In Rafah, a strike hit a house. The dead included five children and three women": the
    # dead of the house are eight)
    # (or after who told it: "A spokesman told AFP the dead included 46 children and 20
    # women", the toll a paragraph up still the sentence before; not "In Rafah, a strike hit
    # a house, and medics said the dead included ...", an attack of the sentence's own)
    opens = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    end = len(text[:opens].rstrip()) if _ONLY_WHO_TOLD.fullmatch(text, opens, start) else start
    end = len(text[:end].rstrip())
    lo = max(text.rfind(". ", 0, max(0, end - 1)) + 2, text.rfind("\n", 0, end) + 1, 0)
    return any(c.kind == "killed" and c.count is not None and c.count > total
               for c in find_casualties(text, lo, start))


def _dead_listed(text: str, start: int, end: int) -> Casualty | None:
    """The sum of a list of the dead, each item opening with its number; None unless at
    least two items do (one alone may be any part of the toll)."""
    if "dead" not in text[start:end] and "victims" not in text[start:end] and \
            "killed" not in text[start:end] and "fatalities" not in text[start:end]:
        return None
    hit = _DEAD_INCLUDED.search(text, start, end)
    if hit is None:
        return None
    stop = min((i for i in (text.find(c, hit.end(), end) for c in ".;:") if i >= 0),
               default=end)
    total, items, groups = 0, 0, 0
    for item in (i.strip() for i in _LIST_SPLIT.split(text[hit.end():stop])):
        if _SUB_ITEM.match(item):
            continue
        if _ITEM_AGE.match(item):
            return None
        n = _ITEM_NUMBER.match(item)
        number = parse_number(n.group(1)) if n else None
        if number is None or number > _MAX_COUNT:
            break
        total, items = total + number, items + 1
        groups += _ITEM_GROUP.match(item) is not None
    if items < 2 or groups == items and not hit.group(0).rstrip().endswith("were") and \
            _toll_told_before(text, hit.start(), total):
        return None
    return Casualty("killed", total, hit.start(), stop, text[hit.start():stop], None, False)


def find_casualties(text: str, start: int = 0, end: int | None = None, *,
                    cues: Cues | None = None) -> list[Casualty]:
    """Killed/injured counts in ``text[start:end]`` (one sentence), leftmost-longest,
    without overlaps; offsets into ``text``."""
    end = len(text) if end is None else end
    cues = cues if cues is not None else Cues(text, _INDEX)
    hits = sorted(((m.start(), -m.end(), kind, m) for lo, hi, classes in _windows(cues, start, end)
                   for kind, pattern in _patterns_for(frozenset(classes))
                   for m in cues.finditer(pattern, lo, hi)), key=lambda h: (h[0], h[1]))
    found: list[Casualty] = []
    period = cues.search(_PERIOD, start, end) if hits else None
    for _, _, kind, m in hits:
        told = _REPORTS_A_COUNT.match(text, m.end("more") if m.group("more") else m.end("v")) \
            if m.re is _SUBJECT_COUNT else None
        if told is not None:
            # "An army officer confirmed two soldiers were killed": the count told, not
            # the one who told it
            m = _SUBJECT_COUNT.match(text, told.start("n"), end)
            if m is None:
                continue
        if any(c.start < m.end() and m.start() < c.end for c in found):
            continue
        if m.re is _HEADLINE and m.start() != start and _MID_SENTENCE_STOP.search(
                text, max(start, m.start() - 3), m.start()):
            continue  # "School No. 2 killed": a stop the sentence did not end at
        if m.re is _HEADLINE and m.group(0).lower().endswith("died") and \
                not (m.group("another") or m.group("and_another")) and \
                text[start:m.start()].rstrip().endswith((",", ";", "(")):
            continue  # "Of the 2,000 patients evacuated, 15 died on the way": a count that
            # died with no noun counts only opening its sentence
        if m.re is _HEADLINE and (m.group("another") or m.group("and_another")) and \
                _HAD.search(m.group(0)):
            continue  # "while another 15 had died earlier in the week": the dead of before
        if m.re is _SUBJECT_COUNT and _ACTIVE_KILL.search(m.group(0)) and \
                _OBJECT_COUNT.match(text, m.end()):
            continue  # "a bus carrying 30 passengers killed five", "the two leaders
            # discussed the strike that killed 45": the dead are the verb's object
        if m.re is _SUBJECT_COUNT and _HANDED_BACK_AFTER.match(text, m.end(), end):
            continue  # "33 Israeli hostages - eight of them dead - were exchanged for
            # prisoners": the captives handed back, the dead among them dead before
        if m.re is _SUBJECT_COUNT and _MOURNERS_OF.search(text, max(start, m.start() - 40),
                                                           m.start()):
            continue  # "Families of 20 soldiers who were killed in Gaza protested": the dead
            # named only as those the mourners act for, dead before
        if m.re is _SUBJECT_COUNT and _NOT_KILLED.search(m.group(0)):
            continue  # "one of its leaders was not killed": alive
        dead = None
        if m.re is _HURT_AFTER_DEAD:
            dead = next((c for c in reversed(found) if c.kind == "killed" and c.end <= m.start()
                         and _JUST_AND.fullmatch(text, c.end, m.start())), None)
            if dead is None:
                continue  # "in the past 24 hours 52 were killed and 120 were wounded": the
                # hurt of a count of the dead that is no toll here are none either
        count = 1 if m.group("n").lower() == "another" or m.re is _KIN_HEAD or \
            m.re is _KIN_HEAD_HURT else parse_number(m.group("n"))
        if count is not None and m.group("n").lower() in _VAGUE_HEADS:
            part = _INCLUDING_MORE.match(text, m.end(), min(end, m.end() + 120))
            if part is not None and (parse_number(part.group("n")) or 0) > count and \
                    not _ANOTHER_GROUP.search(text, m.end(), part.start("n")):
                # "killed several Palestinians in multiple attacks ..., including 20 people
                # ... in an overnight airstrike": the whole is at least its part
                count = parse_number(part.group("n"))
        victim = m.groupdict().get("v")
        if count is not None:
            count *= _pair(victim)
        if _ELIMINATED.search(m.group(0)) and not (
                victim and _FIGHTER_NOUN.fullmatch(victim.split()[-1])):
            continue  # "eliminated 30 staff positions", "eliminated two terrorist squads":
            # an army's word for killing is a toll only of the fighters it names
        if count is None or count > _MAX_COUNT:
            continue  # not a number a report could mean as a death toll
        if m.group("n").lower() in ("a", "an", "one", "both") and not victim and not (
                m.group("n").lower() == "one" and _VERB_FIRST.match(m.group(0)) and
                _ONE_ALONE.match(text, m.end(), end)):
            continue
        age = _AGE.match(text, m.end("n"))
        if not victim and not age and _MEASURE_AFTER.match(text, m.end("n")):
            continue  # "were killed 48 to 72 hours before the autopsies", "killed 300 metres
            # from the fence": a span or a distance, not the dead
        if age and not _PLURAL_AFTER.match(text, age.end()):
            count = 1  # "killed 6-year-old Hind Rajab"; "2 month old twins" are two
        elif not victim and 1900 <= count <= 2100 and m.group("n").isdigit():
            continue  # "in 2024 killed ...": a year, not a count
        more = m.groupdict().get("more")
        if victim and _KIN_NOUN.fullmatch(victim.split()[-1]) and \
                _RELATIVE_OF_DEAD.match(text, m.end("v")):
            continue
        if more and (_VERB_FIRST.match(m.group(0)) or _NOUN_FIRST.match(m.group(0))) and \
                _OWN_VERB.match(text, m.end()):
            more = None
        if more:
            count += sum(_victims(q) for q in _EACH_VICTIM.finditer(more))
        if "includ" in text[max(start, m.start() - 12):m.start()] or \
                "among" in text[max(start, m.start() - 12):m.start()]:
            head = _HEAD_BEFORE.search(text, max(start, m.start() - 80), m.start())
            if head is not None and (parse_number(head.group("n")) or 0) > count and \
                    not any(c.start <= head.start() < c.end for c in found):
                # (not "strikes killed 30 people, including 5 killed in Rafah": there the
                # whole is its own count already, and the 5 a part of it)
                count = parse_number(head.group("n"))  # "At least 23 Palestinians,
                # including seven women, five children and a paramedic, are killed"
        share = _SHARE_OF.search(text, max(start, m.start() - 40), m.start()) \
            if m.re is _SUBJECT_COUNT or m.re is _SUBJECT_HURT else None
        if share is not None and _WERE_VERB.search(m.group(0)) and \
                not _WHO_WERE.search(m.group(0)) and \
                (parse_number(share.group("n")) or count) < count:
            count = parse_number(share.group("n"))  # "Nine of her ten children were
            # killed": the share the verb tells, not the whole they belong to
        if (m.re is _KIN_HEAD or m.re is _KIN_HEAD_HURT) and not more and \
                m.group(0).lower().startswith("whose") and not _AS_WAS.match(text, m.end(), end):
            continue  # "said Abu Mohammed, whose brother was killed": a speaker's loss, one
            # of a toll told before (not "whose brother and two nephews were killed")
        if m.re is _KIN_HEAD or m.re is _KIN_HEAD_HURT or m.re is _SUBJECT_COUNT or \
                m.re is _SUBJECT_HURT:
            also = _AS_WAS.match(text, m.end(), end)
            if also is not None:
                count += _victims(also)  # "Her husband was critically wounded, as was
                # their only surviving son": the hurt told after, by the same verb
        recovered = _LESS_RECOVERED.match(text, m.end(), end) if kind == "killed" else None
        back = max(start, m.start() - 150)
        if recovered is not None and _ONE_ATTACK.search(
                text, max(back, text.rfind(". ", back, m.start()) + 1), m.end()):
            recovered = None  # "An Israeli airstrike on a house in Jabalia killed 15 people,
            # including 6 bodies recovered from the rubble": the one attack's own dead, pulled
            # out after it
        if recovered is not None and 0 < (parse_number(recovered.group("n")) or 0) < count:
            count -= parse_number(recovered.group("n"))  # "133 martyrs (including 4
            # recovered bodies)": the bodies pulled out are the dead of before, not the day's
        whole = _AMONG_THE_WHOLE[kind].match(text, m.end("more") if more else m.end("v")) \
            if m.re is _SUBJECT_COUNT or m.re is _SUBJECT_HURT else None
        if whole is not None and (parse_number(whole.group("n")) or 0) > count:
            # "three children are among the seven dead", "... among the 40 wounded": the
            # children are a part of the count, and the count is the whole
            count = parse_number(whole.group("n"))
        if victim and _AMONG_THEM.match(text, m.end("v")):
            head = _HEAD_WITH.search(text, max(start, m.start() - 80), m.start())
            if head is not None and (parse_number(head.group("n")) or 0) > count and (
                    head.start() == start or
                    _OPENS_CLAUSE.search(text, max(start, head.start() - 15), head.start()) or
                    not _VERB_BEFORE.search(text, max(start, head.start() - 20), head.start())):
                count = parse_number(head.group("n"))  # "43 Palestinian civilians with
                # seven women amongst them were killed": the whole, not its part
        # Cumulative cues count only near the number: "as the war entered its ninth
        # month" elsewhere in the sentence does not make "killed 12" a war total.
        lo, hi = max(start, m.start() - 45), min(end, m.end() + 30)
        # "138 killed, bringing the cumulative toll to 2,808": the total is what follows
        bringing = _BRINGING.search(text, m.end(), hi)
        hi = bringing.start() if bringing else hi
        # ("the deadliest day for the army since the ground operation began, with 24
        # soldiers killed": the day's toll, measured against the war's other days)
        since = cues.search(_CUMULATIVE, lo, hi)
        if since is not None and _PAST_DAYS.fullmatch(since.group(0)) and \
                _ITS_DAY.search(text, m.end(), _clause_end(text, m.end(), end)):
            # ("strikes, which have intensified over the past two weeks, killed 12 people in
            # Rafah on Saturday": the count of the day it names)
            since = cues.search(_CUMULATIVE, since.end(), hi)
        if since is not None and since.group(0).lower().startswith("put") and \
                _CUMULATIVE.match(text, since.start()) is None:
            # "puts the toll at 404 killed and 562 wounded since the early hours": the day's
            # toll, where the window cuts the day off ("since t")
            since = cues.search(_CUMULATIVE, since.end(), hi)
        if since is not None and since.group(0).lower() == "since" and \
                _SINCE_DAWN_TODAY.match(text, since.start()):
            # "killed 22 people across the Gaza Strip since midnight": the day's count,
            # where the window cuts the day off ("since mi")
            since = cues.search(_CUMULATIVE, since.end(), hi)
        if since is not None and since.group(0).lower().endswith("since") and \
                (today := _SINCE_THE_DAYS_START.match(text, since.end() - 5, end)) is not None:
            # "404 people have been killed and 562 injured since Israel began striking Gaza in
            # the early hours": the day's count, from a start the day's own hours give
            since = cues.search(_CUMULATIVE, today.end(), hi) if today.end() < hi else None
        if since is not None and since.group(0).lower() == "since" and \
                _DEADLIEST_SINCE.search(text, start, since.end()):
            since = None
        if since is None:
            # "nine people died in total during the shelling of the area that lasted three
            # days": the attack "in total" names is told as lasting days, a tally of them
            since = _IN_TOTAL_OF_DAYS.match(text, m.end(), min(end, m.end() + 130))
        opening = _SINCE_OPENS.search(text, max(start, m.start() - 200), m.start())
        if opening is not None and (
                _DEADLIEST_SINCE.search(text, start, opening.start() + 5) or
                _ITS_DAY.search(text, m.end(), end)):
            opening = None  # "In the deadliest day since the ceasefire began, 30 were
            # killed", "since the truce began, strikes killed 12 people on Monday": a day's
        if opening is None and _PUT_AT.search(text, max(start, m.start() - 60), m.end()) and \
                _PUT_SPAN.match(text, m.end(), end):
            opening = _PUT_AT  # (a span after the toll put: a tally, as a truce opening one)
        if m.re is _DAYS_SHARE and _not_the_days_share(text, m, start):
            continue
        rec = _RECOVERED.search(text, max(start, m.start() - 30), m.start()) \
            if kind == "killed" else None
        pulled = rec is not None and _PULLED_OUT.match(rec.group(0)) is not None and \
            not _NOT_PULLED.search(text, max(start, rec.start() - 30), rec.start()) and \
            not _WITHDRAWN_BEFORE.search(text, start, m.start()) and \
            (_FROM_A_STRIKE.match(text, m.end(), min(end, m.end() + 160)) is not None or
             (_STRIKE_FIRST.search(text, max(start, rec.start() - 160), rec.start()) or
              _struck_just_before(text, start, end)) and
             not _STALE_HERE.search(text, start, end) and
             not _STRIKES_OVER.search(text, start, end))
        framing = cues.search(_FRAMING, start, m.start())
        if framing is not None and framing.group(0).lower() == "so far" and \
                not _SO_FAR_A_PERIOD.match(text, framing.end(), end) and (
                pulled or any(c.kind == "killed" and not c.cumulative and
                              c.start >= framing.end() and
                              _RECOVERED.search(text, max(start, c.start - 30), c.start)
                              for c in found)):
            # "So far our teams have recovered the bodies of 23 martyrs ... and rescued more
            # than 60 injured": the strike's dead pulled out by now
            framing = None
            if since is not None and since.group(0).lower() == "so far":
                since = None
        # (the day's share of a war tally is the day's, whatever span the tally names)
        cumulative = m.re is not _DAYS_SHARE and (
            opening is not None or count >= 1000 and not _days_own(text, m, start, end) or
            period is not None and not _own_night(text, m, period, found, end) or
            since is not None or \
            _war_clause(cues, m, lo, hi) or \
            framing is not None or \
            _WITH_OPENING.fullmatch(text, start, m.start()) is not None and \
            cues.search(_RECENT, start, end) is None or \
            _tally_verb(cues, m, start, end) or \
            m.re is _NUMBER_REACHED and (
                _SPAN_AFTER.search(text, m.end(), _clause_end(text, m.end(), end)) is not None or
                _FOR_A_SPAN.search(text, start, m.start()) is not None) or \
            _DAYS_TOLL_BROUGHT.search(text, max(start, m.start() - 40), m.start()) is not None)
        if dead is not None:
            # "two soldiers were killed and three were wounded": the hurt are of the dead's
            # kind; "37,000 killed and 85,000 have been injured": of the same tally
            victim, cumulative = dead.victim, cumulative or dead.cumulative
        if kind == "killed" and _NOT_DEATH.search(m.group(0)):
            continue  # "casualties" mixes killed and injured: no fatality count
        if text.endswith(("one of the ", "One of the "), max(start, m.start() - 12), m.start()) \
                and _CLASS_MEMBERS.search(m.group(0)):
            continue  # "one of the many journalists to have been killed": a class, no toll
        if kind == "killed" and _UNCONFIRMED.match(text, m.end(), min(end, m.end() + 40)):
            continue  # "... fatalities are believed to be trapped under the rubble"
        if kind == "killed" and (
                rec is not None and not pulled or
                "bodies" in m.group(0).lower() and (
                    _HANDED_BACK.search(text, max(start, m.start() - 30), m.start()) or
                    _STILL_HELD.match(text, m.end(), min(end, m.end() + 60)) or
                    _HELD_BEFORE.search(text, max(start, m.start() - 120), m.start())) or
                _FOUND_AFTER.match(text, m.end(), min(end, m.end() + 40)) or
                _BURIED_AFTER.match(text, m.end(), min(end, m.end() + 80)) or
                ("bur" in text[max(start, m.start() - 40):m.start()] or
                 "inter" in text[max(start, m.start() - 40):m.start()]) and
                _BURIED_BEFORE.search(text, max(start, m.start() - 40), m.start()) and
                not _UNDER_RUBBLE.match(text, m.end(), min(end, m.end() + 50)) and
                not _killed_in_an_attack(text, m, end) or
                ("bodies" in m.group(0).lower() or
                 _BODIES_OF.search(text, max(start, m.start() - 14), m.start())) and
                _HANDED_OVER.search(text, start, end)):
            continue  # "recover the bodies of two hostages", "the bodies of fifteen were
            # discovered", "the bodies of dozens of Palestinians ... arrived after being
            # released by Israel": deaths told before, not a killing
        if kind == "injured" and _VERB_FIRST.match(m.group(0)) and \
                _KILLED_AND_HURT.search(text, max(start, m.start() - 20), m.start()):
            continue  # "killing and injuring dozens": the dead and the hurt together
        if kind == "injured":
            count = _hurt_less_dead(text, m, count, end)
        if kind == "injured" and m.group("n").lower() in _NO_NUMBER:
            count = None  # "four people were killed and several injured": the hurt told,
            # with no number of them
        if m.group("n").lower() == "a number of":
            count = None  # "killing a number of citizens": the dead told, with no number
            # of them (not "several", ACLED's ten)
        found.append(Casualty(kind, count, m.start(), m.end(), m.group(0), victim,
                              cumulative))
    if not any(c.kind == "killed" for c in found):
        listed = _dead_listed(text, start, end)
        if listed is not None:
            found.append(listed)
    if not any(c.kind == "killed" for c in found):
        along = _dead_along_with(text, start, end)
        if along is not None:
            found.append(along)
    if not any(c.kind == "killed" for c in found):
        named = named_deaths(text, start, end)
        if named is not None and not any(c.start < named[1] and named[0] < c.end for c in found):
            # "kills Aziz Salha": a named person is one death, as ACLED counts them
            found.append(Casualty("killed", named[2], named[0], named[1],
                                  text[named[0]:named[1]], None, False))
    if not any(c.kind == "injured" for c in found):
        intake = _received_less_dead(text, start, end)
        if intake is not None:
            found.append(intake)
    if not any(c.kind == "injured" for c in found):
        hurt = named_hurt(text, start, end)
        if hurt is not None and not any(c.start < hurt[1] and hurt[0] < c.end for c in found):
            # "Reuters photographer Hatem Khaled was wounded": one hurt, as ACLED counts them
            found.append(Casualty("injured", 1, hurt[0], hurt[1], text[hurt[0]:hurt[1]], None,
                                  False))
    found.sort(key=lambda c: c.start)
    return found


# the words between the dead and the hurt told right after them: "were killed and "
_JUST_AND = re.compile(r",?\s+and\s+", re.I)
# "killing and injuring dozens of Palestinians", "killed or wounded 65 people": one count of
# the dead and the hurt together, neither's own (not "killing two and injuring 12": each
# with its number)
_KILLED_AND_HURT = re.compile(r"\b(?:killing|killed|kills|kill|martyring)\s+(?:and|or|and/or)"
                              r"\s+$", re.I)


def part_of_a_tally(c: Casualty, text: str, before: tuple[int, int] | None,
                    cues: Cues) -> bool:
    """Whether "Among the dead are 193 UNRWA staff members" names some of the dead of a war
    tally told in the sentence ``before`` ("More than 37,000 people have been killed in
    Gaza since October"): part of that tally, not a toll of its own."""
    if before is None or _AMONG_THE_DEAD.match(c.text) is None:
        return False
    killed = [k for k in find_casualties(text, before[0], before[1], cues=cues)
              if k.kind == "killed"]
    return bool(killed) and all(k.cumulative for k in killed)
