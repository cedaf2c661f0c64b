"""Days of other things a sentence names in passing.

A sentence often names a day that is not its event's: another event's ("the October 7 Hamas
attacks"), a truce's start ("the ceasefire agreement that came into force on 10 October"), a
day to come ("a ceasefire, to take effect on 19 January"), what an event is measured against
("the deadliest day since the army entered Rafah on Monday"), the start of what goes on
("continued clearing operations begun in August"), the day a count was made up to ("by
Monday, the ministry counted 45 dead") or what a relative clause tells of a place or of
people ("relatives who had come south from Gaza City after Israel ordered them to move last
week"). Neither the event nor what the report tells next happened on it.
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.anchored import Cues
from geoevents.dates import DateRef, find_dates
from geoevents.event_dates.tellings import told_on
from geoevents.sentences import Span
from geoevents.units import EventUnit

_TO_START = re.compile(r"\b(?:to|will|due to|set to|expected to)\s+(?:start|begin|take effect|"
                       r"come into (?:force|effect)|enter into force)\s+(?:on\s+|at\s+)?$|"
                       r"\bstarting\s+(?:on\s+)?$", re.I)
# (not "killed 12 in Khan Younis, where residents have been without water for five days":
# a state told of others, after a comma or a relative word)
_RELATIVE_AFTER = re.compile(r",\s+(?:where|which|who|whose)\b")


def told_in_a_relative_after(text: str, unit: EventUnit, d: DateRef) -> bool:
    """Whether ``d`` is told in a relative clause after the event: "The strike took place in
    Tel al-Sultan, where ... a ground offensive began two weeks ago": the day of what the
    clause says of its place."""
    return d.start > unit.anchor and _RELATIVE_AFTER.search(text, unit.anchor, d.start) is not None


def due_to_start(text: str, d: DateRef) -> bool:
    """Whether ``d`` is the day something is due to start: "A humanitarian pause to start on
    24 November has been agreed": not the day it was agreed."""
    return _TO_START.search(text, max(0, d.start - 30), d.start) is not None


# (and "an airstrike on a tent camp in al-Mawasi, where thousands had fled after the army
# ordered Rafah evacuated on May 6, killed 12": the count's clause only closes that one)
_CLOSES = re.compile(r"[^,;]*,\s")


def _ends_a_relative(text: str, unit: EventUnit, d: DateRef) -> bool:
    if not unit.clause.start <= d.start < d.end <= unit.anchor or \
            "," in text[unit.clause.start:d.start] or \
            _CLOSES.match(text, d.end, unit.anchor) is None:
        return False
    opened = list(_RELATIVE_AFTER.finditer(text, unit.sentence.start, unit.clause.start))
    # (not "transferred to Kamal Adwan Hospital, which has two doctors left after forces
    # stormed it on Friday, arrested dozens of staff and displaced patients": the main clause
    # was told before the relative, and the deeds after the day go on with the storming)
    if opened and _MAIN_DONE.match(text, unit.sentence.start, opened[-1].start()):
        return False
    return _still_open(_RELATIVE_AFTER, text, unit.sentence.start, unit.clause.start)


# a main clause's verb told whole ("the wounded were transferred to", "Israeli fire killed 12
# in"), not one in a relative of the subject ("a strike that hit a camp in")
_MAIN_DONE = re.compile(r"(?i)(?:(?!\b(?:which|who|whose|whom|where)\b|(?<!said )(?<!says )"
                        r"(?<!reported )(?<!stated )\bthat\b)[^,;:])*?"
                        r"\b(?:was|were|is|are|has|have|had)\s+(?:\w+ly\s+)?\w+ed\b")


_CLAUSE_MARK = re.compile(r"[,;]")


def _still_open(relative: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """Whether the last relative clause ``relative`` opens in ``text[lo:hi]`` runs on to
    ``hi``, no comma or semicolon closing it before."""
    opened = list(relative.finditer(text, lo, hi))
    return bool(opened) and _CLAUSE_MARK.search(text, opened[-1].end(), hi) is None


def _told_in_a_relative(text: str, unit: EventUnit, d: DateRef,
                        dates: list[DateRef]) -> bool:
    """Whether ``d`` is told in a relative clause set off by commas before the event's own
    words ("At al-Shifa Hospital, which Israeli troops stormed on Wednesday, hundreds of
    people left on foot Saturday morning": the storming's day, not the flight's)."""
    if not unit.clause.start <= d.start < d.end <= unit.anchor:
        return False
    closes = _CLOSES.match(text, d.end, unit.anchor)
    if closes is None or not _still_open(_A_PLACES_RELATIVE, text, unit.clause.start, d.start):
        return False
    # (and only when the event has a day of its own past it, in its clause: "Near the
    # Nabulsi roundabout, where aid trucks arrived on Thursday, Israeli fire killed 100
    # people" has none, and is the trucks' day; "At al-Shifa Hospital, which troops stormed
    # on Wednesday, hundreds left on foot, the WHO said on Saturday": the telling's)
    return any(o is not d and o.date and not o.since and
               closes.end() <= o.start < unit.clause.end and not told_on(text, o)
               for o in dates)


# (a place's, not a person's: "One woman, who fled from Gaza City on 11 July, said her
# husband was detained" tells what befell her on her way)
_A_PLACES_RELATIVE = re.compile(r",\s+(?:where|which)\b")


# (nor "killed 20 people, many of them relatives who had come south from Gaza City after
# Israel ordered them to move last week": when those killed had fled, long before)
_FLED_BEFORE = re.compile(r"(?i)\bwho\s+(?:had|have)\s+(?:been\s+)?(?:\w+ly\s+)?(?:fled|left|"
                          r"escaped|relocated|evacuated|displaced|sought\s+refuge|"
                          # (not "rescuers who had arrived at the scene of the attack on
                          # Monday": they came to it, that day)
                          # ("who had come south after Israel ordered them to move last
                          # week": when they came)
                          r"(?:come|moved)\s+(?:(?:north|south|east|west)\w*\s+)?(?:from|after))\b"
                          # (not "who had been displaced from Beit Lahia, in a school in
                          # Jabalia on Tuesday": the strike's own words after a comma)
                          r"[^.;:,]*$")


# (a day after a site they were in is the strike's: "who had sought refuge in a UN school
# in Nuseirat on Thursday", "who had left the mosque in Jabalia after evening prayers on
# Monday", unlike "who had been displaced from Gaza City on 13 October")
_AT_A_SITE = re.compile(r"\b(?:in|at|inside|near)\s", re.I)


def _when_they_fled(text: str, unit: EventUnit, d: DateRef) -> bool:
    return unit.anchor < d.start and fled_then(text, unit.anchor, d)


def fled_then(text: str, lo: int, d: DateRef) -> bool:
    """Whether ``d`` ends a relative clause, opened after ``lo``, on when people had fled."""
    fled = _FLED_BEFORE.search(text, lo, d.start)
    return fled is not None and (d.precision != 1 or
                                 _AT_A_SITE.search(text, fled.start(), d.start) is None)


# "the response to the October 7 Hamas attacks": a day that names another event
_NAMES_AN_EVENT = re.compile(r"(?:,?\s+2023)?,?\s+(?:Hamas[- ](?:led\s+)?|Hamas\s+)?"
                             r"(?:attacks?|massacres?|assault|incursion)\b")


_ON_ISRAEL_BEFORE = re.compile(r"(?i)\b(?:attacks?|assault|incursion|raid)\b[^.;]{0,60}?\bon\s+"
                               r"(?:southern\s+)?Israel\s+(?:on|in)\s+(?:the\s+)?$|"
                               # "since Hamas gunmen stormed southern Israel on Saturday": the
                               # attack on Israel told as a clause
                               r"\b(?:stormed|attacked|invaded|infiltrated|overran|raided|"
                               r"(?:burst|broke|crossed)\s+into)\s+(?:southern\s+)?Israel\s+"
                               r"(?:(?:on|in)\s+(?:the\s+)?)?$")
# "abducted from the Nova festival on", "who were taken hostage on": the captives' day
# (and "hostages taken on Oct 7", "the captives were taken alive on October 7", "the bodies
# of hostages that were taken on": the captives named by how they were taken; "taken alive"
# only of hostages or captives, not "12 gunmen were taken alive on October 7", fighters the
# troops caught; nor "troops took the crossing on 7 May")
_TAKEN_ON = re.compile(r"(?i)\b(?:abducted|kidnapped|taken\s+(?:hostage|captive)|"
                       r"(?:hostages?|captives?)\b[^.;,]{0,30}?\btaken\s+alive|"
                       r"(?:hostages?|captives?)\s+(?:(?:who|that)\s+(?:were|was)\s+)?taken|"
                       r"seized)\b[^.;,]{0,45}?\b(?:on|in)\s+(?:the\s+)?$")
_BEGUN_BY = re.compile(r"(?i)\b(?:initiated|launched|started|begun|began|sparked|triggered)\s+"
                       r"by\s+(?:the\s+)?hamas\b[^.;]{0,25}$|"
                       # "one of the leaders of the attack that Hamas launched on October 7":
                       # the day Hamas began the war, told of its attack (the group first,
                       # then its deed, as in "since Hamas-led militants stormed")
                       r"\bhamas\b(?:-led)?(?:\s+(?:militants|fighters|gunmen))?\s+"
                       r"(?:launched|staged|mounted|carried\s+out|led)\b[^.;]{0,40}$")


def names_another_event(text: str, d: DateRef) -> bool:
    """"the October 7 Hamas attacks": a day that names an event of its own, Hamas's or the
    one of 7 October 2023 (not "the 13 July attack on al-Mawasi killed 90": the event told)."""
    if d.date == "2023-10-07" and _BEGUN_BY.search(text, max(0, d.start - 60), d.start):
        return True  # "a conflict initiated by Hamas militants on October 7, 2023"
    if _ON_ISRAEL_BEFORE.search(text, max(0, d.start - 90), d.start):
        return True  # "following attacks by Hamas-led militants on Israel in October 2023"
    if d.date is not None and d.date[5:] == "10-07" and \
            _TAKEN_ON.search(text, max(0, d.start - 60), d.start):
        return True  # "Eliya Cohen, abducted from the Nova festival on October 7, is handed
        # over to the Red Cross": the day the captive was taken, not the release's
    hit = _NAMES_AN_EVENT.match(text, d.end)
    if hit is not None and hit.group(0).startswith(",") and "2023" not in hit.group(0) and \
            not d.text[-4:].isdigit() and d.date != "2023-10-07":
        return False  # a comma only after the year: "On Saturday, Hamas attacks ... killed"
    return hit is not None and ("hamas" in hit.group(0).lower() or d.date == "2023-10-07")


def names_a_day(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """"Orders continued to be issued, with a new one on 5 August": a dated event still.

    Only a day written out counts ("5 August", "Monday"), not "today" or "overnight".
    """
    return any(d.date and d.precision == 1 and not d.since and
               (d.text[:1].isdigit() or d.text.removeprefix("on ")[:1].isupper()) and
               not names_another_event(text, d) and
               not _STARTED_IN_A_RELATIVE.search(text, max(s.start, d.start - 40), d.start)
               for d in find_dates(text, anchor, s.start, s.end, cues=cues))


# "The ceasefire that took effect on 19 January continues to hold": the day a truce began,
# in a relative clause of its subject, not a day of what the sentence tells (not "an
# engagement of the war that began on 2 November 2023": the day of the engagement)
_STARTED_IN_A_RELATIVE = re.compile(r"(?i)\b(?:that|which)\s+(?:had\s+|has\s+)?(?:took\s+effect|"
                                    r"came\s+into\s+(?:force|effect)|entered\s+into\s+force|"
                                    r"went\s+into\s+effect)\s+(?:on\s+)?$")


# ("killed 20 people, many of them relatives who had come south from Gaza City after
# Israel ordered them to move last week. The military said it struck terror targets": the
# day they fled does not date what follows)
FLED_REACH = 150
# "about 50,000 people moved south on 8 November, up from about 15,000 on 7 November and
# 5,000 on 6 November": the days a figure is compared with
COMPARED_WITH = re.compile(r"(?i)\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+"
                           r"[^.;:()]{0,60}$")
# "following a humanitarian pause that started on 24 November": the day of a thing named
# in passing.
# (or "a kilometer from where another hostage was rescued last week": what a relative
# clause says of a place, with its own subject)
# (and "the aftermath of a strike that happened a day earlier on 6 January")
RELATIVE_CLAUSE = re.compile(r"(?i)\b(?:that|which)\s+(?:had\s+|has\s+|was\s+|were\s+)?"
                             r"\w+ed\s+(?:(?:an?|one|two|three|\d)\s+days?\s+(?:earlier|before)\s+)?"
                             r"(?:on\s+)?$|"
                             r"\b(?:where|when)\s+(?:[\w'’-]+\s+){1,3}?(?:had\s+been\s+|has\s+been\s+|"
                             r"was\s+|were\s+)\w+ed\s+(?:on\s+)?$")


# "a truce, starting on Sunday": what is named starts then (not "Israeli strikes killed 10
# people in Rafah starting on Sunday", "in an operation starting on Sunday": the event's own
# first day)
_TRUCE_STARTING = re.compile(r"(?i)\b(?:truce|cease[- ]?fire|pause|deal|agreement|curfew)\s*,?\s+"
                             r"starting\s+(?:on\s+)?$")


def a_start_to_come(text: str, d: DateRef, lo: int = 0) -> bool:
    """Whether ``d`` is the day something named is due to start (see above)."""
    to_start = _TO_START.search(text, max(lo, d.start - 30), d.start)
    return to_start is not None and (not to_start.group(0).lower().startswith("starting") or
                                     _TRUCE_STARTING.search(text, max(lo, d.start - 40),
                                                            d.start) is not None)


# "Netanyahu ordered 'powerful strikes' on Tuesday": the day of an order, not of the strikes it
# called for, which the report tells next
# "the deadliest day since the ceasefire took effect nearly three weeks ago": the truce's
# start, not the day of what the report tells next
# (and "the ceasefire agreement that came into force on 10 October": in a relative clause)
# (or when it was made: "ending two months of calm under a ceasefire agreed in January")
TRUCE_TOOK_EFFECT = re.compile(r"(?i)\b(?:truce|cease[- ]?fire|pause|agreement|deal)\s+"
                               r"(?:(?:that|which)\s+(?:had\s+|has\s+)?)?(?:took\s+effect|began|"
                               r"started|came\s+into\s+(?:force|effect)|went\s+into\s+effect|"
                               r"(?:(?:that|which)\s+(?:was|had\s+been)\s+)?(?:agreed|reached|"
                               r"signed|brokered|struck|sealed))"
                               r"\s+(?:nearly\s+|about\s+|almost\s+|some\s+|on\s+)?$")
# "A ceasefire agreement between the two sides, brokered by mediators and implemented on
# October 10, requires ...": the day the truce named at the head of the sentence came in,
# told in the participles that describe it, not a day what the report tells next happened
# on (not "The ceasefire collapsed when strikes killed 20 people in Rafah on 18 March": what
# ended it, told in a clause of its own)
_TRUCE_IN_FORCE = re.compile(r"(?i)\b(?:truce|cease[- ]?fire)\b(?:[^.;:!?]"
                             r"(?!\b(?:killed|killing|struck|hit|shelled|bombed|attacked|"
                             r"collapsed|ended|broke)\b)){0,100}?\b(?:implemented|enforced)"
                             r"\s+(?:on\s+|in\s+)?$")
_TRUCE_REACH = 150  # characters from the truce's noun to its day
# (but "A truce was implemented on 10 October. Hours later, a strike killed 3", "... held for
# only a few hours. A drone strike killed two that afternoon": what is told next points back
# to the truce's day, so that day dates it)
BACK_TO_THAT_DAY = re.compile(r"(?i)\b(?:(?:hours|minutes)\s+(?:later|after)|within\s+hours|"
                               r"(?:later\s+)?that\s+(?:same\s+)?(?:day|morning|afternoon|"
                               r"evening|night)|the\s+same\s+day|shortly\s+after(?:wards)?|"
                               r"(?:for\s+)?only\s+a\s+few\s+hours)\b")
_BACK_REACH = 260  # characters: the rest of the truce's sentence and the one after it


def a_truces_first_day(text: str, d: DateRef) -> bool:
    """Whether ``d`` is the day a truce named before it came in, told in the words that
    describe the truce, with nothing after it pointing back to that day."""
    lo = max(0, d.start - _TRUCE_REACH)
    near = text[lo:d.start].lower()
    return any(w in near for w in ("truce", "ceasefire", "cease-fire", "cease fire")) and \
        _TRUCE_IN_FORCE.search(text, lo, d.start) is not None and \
        BACK_TO_THAT_DAY.search(text, d.end, d.end + _BACK_REACH) is None


# "its first announced combat losses since ground operations were expanded on Friday", "the
# deadliest day since the army entered Rafah on Monday": what the event is measured against
# (not "The first aid convoy since 2 March has entered Gaza, the UN said on Monday": a day
# after the measure's clause)
_MEASURED_SINCE = re.compile(r"(?i)\b(?:\w+iest|worst|largest|biggest|greatest|highest|first|"
                             r"most\s+[\w-]+)\s+(?:[\w'’-]+\s+){0,4}?(?P<since>since)\s+[^.;:,]{0,80}$")
# (not "The deadliest Israeli strike since the truce killed 12 in Jabalia on Monday", "medics
# said the first strike on Rafah since the ceasefire killed three on Monday": a measure that
# is the clause's subject, whose verb and day follow it)
_A_SUBJECT_STARTS = re.compile(r"(?i)(?:\A|[.!?][\"”’']?\s+|\n\s*|\b(?:said|says|reported|"
                               r"added)\s+(?:that\s+)?)(?:the|its|their|this|that|a|an)?\s*$")


def measured_since(text: str, lo: int, hi: int) -> re.Match | None:
    m = _MEASURED_SINCE.search(text, lo, hi)
    if m is not None and _A_SUBJECT_STARTS.search(text, max(0, m.start() - 40), m.start()):
        return None
    return m


# "the deadliest day since the October 10 ceasefire took effect", "under the 19 January
# truce": a day that names a truce, not one what is told next happened on
# (not "killed 30 on Monday as ceasefire talks stalled", "on Monday amid ceasefire talks",
# "on Monday despite truce efforts": a word joining the day to the truce is no truce's name)
A_TRUCES_DAY = re.compile(r"(?i)(?:,?\s+20\d\d,?)?\s+(?:(?!(?:as|amid|despite|after|before|"
                          r"during|under|with|without|while|since|following|ahead|and|but|"
                          r"or|in|on|of|to|for|over|into|the|a|an)\b)[\w-]+\s+)?(?:truce|ceasefire|"
                          r"cease-fire|pause|lull)\b")
# "has been closed since the occupation seized it last week", after the place: a day in a
# relative clause on the state of a place, not the day of what the sentence told of it
SINCE_IN_A_RELATIVE = re.compile(r"(?i),\s+(?:which|where|that)\b[^.;:,]{0,60}?\bsince\s+"
                                 r"[^.;:,]{0,60}$")
# "continued clearing operations begun in August", "continued the offensive it launched on
# 5 October": the start of what goes on, not the day of what is told
_BEGUN_THEN = re.compile(r"(?i)\b(?:(?:that|which)\s+(?:had\s+|has\s+)?|(?:it|they)\s+(?:had\s+)?)?"
                         r"(?:begun|began|started|launched|initiated)\s+(?:on\s+)?$")
_GOES_ON = re.compile(r"(?i)\bcontinu(?:e|es|ed|ing)\b")
ORDERED_ON = re.compile(r"(?i)\b(?:ordered|called\s+for|instructed|directed)\s+[^.;:!?]{0,60}?"
                        r"\b(?:strikes|attacks|raids|bombardment|offensive|operation)\b"
                        r"[\"'’”]?\s*(?:on\s+|early\s+|late\s+)?$")
# "most of the dead were from families whose homes were hit late on Sunday", "the doctor
# who lost nine of her children in a strike on Friday": the day of what a relative clause
# tells of someone, not the day of the news told next (a relative clause of a place may
# tell the news itself: "the Middle Area, where forces carried out 50 strikes on 24
# December", "Tal al-Sultan, which was hit by the airstrike on Sunday")
_IN_A_RELATIVE = re.compile(r"(?i)\b(?:whose|who|whom)\s+[^,;.:!?\"“”()]{0,100}$")
# (but not of the armed men who did the deed: "Hamas fighters who ambushed Israeli troops in
# Rafah on Tuesday killed three soldiers", "troops who stormed the hospital on Monday": the
# news itself)
_ARMED_WHO = re.compile(r"(?i)\b(?:troops|forces|soldiers|fighters|gunmen|militants|commandos|"
                        r"units|tanks|army|militias?|brigades?|divisions?|battalions?)\s*,?\s*$")


def in_a_relative(text: str, d: DateRef) -> bool:
    """Whether ``d`` ends a relative clause on someone (:data:`_IN_A_RELATIVE`), not on the
    armed men whose deed the sentence tells."""
    rel = _IN_A_RELATIVE.search(text, max(0, d.start - 100), d.start)
    return rel is not None and \
        _ARMED_WHO.search(text, max(0, rel.start() - 30), rel.start()) is None


# "after the end of the week-long truce on December 1": the day that names the truce
TRUCE_OF = re.compile(r"(?i)\b(?:truce|cease[- ]?fire|pause|lull)\s+(?:on\s+)?$")
# (not "Israel broke the ceasefire on Tuesday with a wave of airstrikes": the day of an act)
TRUCE_BROKEN = re.compile(r"(?i)\b(?:broke|ended|shattered|breached|violated)\s+(?:the\s+|a\s+)?"
                          r"(?:[\w-]+\s+){0,2}(?:truce|cease[- ]?fire|pause|lull)\s+(?:on\s+)?$")


def _goes_on_since(text: str, unit: EventUnit, d: DateRef) -> bool:
    """Whether ``d`` is the start of what the sentence says goes on ("continued clearing
    operations begun in August, and residents reported ..."), for the events of its clause
    and of those told after it."""
    begun = _BEGUN_THEN.search(text, max(unit.sentence.start, d.start - 80), d.start)
    return begun is not None and not begun.start() <= unit.anchor < begun.end() and \
        _GOES_ON.search(text, unit.sentence.start, begun.start()) is not None


def goes_on_since_begun(text: str, unit: EventUnit, dates: list[DateRef],
                        anchor: date | None) -> bool:
    """Whether the event goes on as the report speaks (on its day ``anchor``, if known): each
    day of its clause (or, with none, of its sentence) is the start of what goes on, not on
    the day an earlier sentence named, nor on one the next clause tells ("continued
    operations in Jabalia begun on 5 May, and on 12 May an airstrike killed 10 in Beit
    Lahia")."""
    goes_on = [d for d in dates if _goes_on_since(text, unit, d)]
    its_clause = [d for d in dates if unit.clause.start <= d.start < unit.clause.end]
    return anchor is not None and bool(goes_on) and \
        all(d in goes_on for d in (its_clause if its_clause else dates))


def named_in_passing(text: str, unit: EventUnit, d: DateRef) -> bool:
    """Whether ``d``, after the event word, is the day of something else the sentence names
    in passing: a truce's start ("in violation of the ceasefire agreement that came into
    force on 10 October"), a day to come ("a ceasefire, to take effect on 19 January"), the
    start of a place's state in a relative clause ("shelling near the Rafah crossing, which
    has been closed since the occupation seized it last week") or of what goes on
    ("continued clearing operations begun in August")."""
    lo = max(unit.sentence.start, d.start - 80)
    if _goes_on_since(text, unit, d) or unit.sub_event_type != "Agreement" and \
            TRUCE_TOOK_EFFECT.search(text, lo, d.start):
        return True
    if d.start < unit.anchor:
        return False
    measured = measured_since(text, max(unit.sentence.start, d.start - 120), d.start)
    if measured is not None and measured.start("since") > unit.anchor:
        return True  # (the event word may sit in the measure: "first combat losses since")
    if a_start_to_come(text, d, lo):
        return True
    rel = SINCE_IN_A_RELATIVE.search(text, max(unit.sentence.start, d.start - 130), d.start)
    return rel is not None and rel.start() > unit.anchor


# "a fire swept through the camp, and by Monday, the health ministry counted 45 dead": the
# day the count was made up to, not the day of the deaths told (not "withdraw by Monday";
# a toll that rose, not troops that reached a place: "By Monday night, tanks had reached
# Salah al-Din Road"; nor what strikes did that day: "By Saturday evening, Israeli strikes
# had killed 25 people across Gaza since the morning")
_BY_THEN = re.compile(r"(?i)\bby\s+(?:late\s+|early\s+)?$")
_COUNTED_THEN = re.compile(r"(?i),?\s+(?:[^.;:!?]{0,60}?\b(?:counted|had\s+(?:counted|recorded))|"
                           r"[^.;:!?]{0,40}?\b(?:toll|number|count|tally|figure|dead|deaths|"
                           r"casualties)\b[^.;:!?]{0,30}?\b(?:had\s+(?:risen|reached|climbed)|"
                           r"rose\s+to|stood\s+at))\b")


def a_counts_day(text: str, d: DateRef) -> bool:
    return _BY_THEN.search(text, max(0, d.start - 12), d.start) is not None and \
        _COUNTED_THEN.match(text, d.end) is not None


def told_of_others(text: str, unit: EventUnit, d: DateRef, dates: list[DateRef]) -> bool:
    """Whether ``d`` is a day the sentence tells of others than the event: one that ends a
    relative clause before it, one told in a place's relative clause set off before its own
    words ("At al-Shifa Hospital, which Israeli troops stormed on Wednesday, hundreds of
    people left on foot Saturday morning"), when those it befell had fled, or the day a count
    was made up to ("by Monday, the health ministry counted 45 dead")."""
    return _ends_a_relative(text, unit, d) or _told_in_a_relative(text, unit, d, dates) or \
        _when_they_fled(text, unit, d) or a_counts_day(text, d)
