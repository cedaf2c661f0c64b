"""What a sentence leaves for the ones after it: its place, its attack, its day.

A sentence that tells no event is set aside, though a paragraph's label, or a crowd told
gathered at a place, says where the next sentences happen. One that tells an event hands on
the place the next sentence's count most likely happened at, what "the attack" next most
likely was, and the day later sentences without one fall back on (not a month, the start of
a state, a telling's day that dated no attack, nor a toll of the war).
"""

from __future__ import annotations

import re

from geoevents.dates import DateRef
from geoevents.event_dates import (
    a_days_attack,
    a_tallys_end,
    a_tallys_start,
    goes_on_now,
    handed_on,
    same_stretch,
    told_on,
)
from geoevents.events.days import carry_day, period_start
from geoevents.events.report import Report, Sentence, Walk
from geoevents.locate import SPECIFICITY
from geoevents.model import Mention
from geoevents.photo_captions import a_credited_caption
from geoevents.place_roles import (
    carried_off,
    carried_on,
    hospitals_aside,
    labelled_place,
    named_hospital,
)
from geoevents.sentences import Span
from geoevents.told_again import ToldBefore
from geoevents.trigger_table import VIOLENT
from geoevents.units import EventUnit

# "has been closed since", "have remained shut since": a state that began on the day named
# (and "breaking the ceasefire in effect since 19 January", "the truce that had held since":
# a state's start, not the day the strikes told next were on)
# "troops have besieged Jabalia since", "forces have been operating there since": what has
# gone on since a day, up to now
_GOES_ON_SINCE = re.compile(r"(?i)\b(?:has|have)\s+(?:been\s+)?[a-z]+(?:ed|ing|en)\b"
                            r"[^.;:!?]{0,60}?\bsince\s+$")
_OPENS_A_PARAGRAPH = re.compile(r"\n[ \t]*\n[ \t]*$")
_STATE_SINCE = re.compile(r"(?i)\b(?:(?:has|have|had)\s+(?:been|remained|stayed)\s+(?:[\w-]+\s+)?"
                          r"(?:closed|shut|open|sealed|blocked|suspended|halted)\s+"
                          r"(?:[\w-]+\s+){0,3}?|(?:in\s+(?:effect|force|place)|(?:had\s+|has\s+)?"
                          r"held|holding)\s+)since\s+$")


# "have killed 9,000", "since the war began": a toll of the war, not of a day's attacks
_WAR_TOLL = re.compile(r"(?i)\bsince\s+the\s+(?:war|start|beginning|outbreak|conflict)\b|"
                       r"\b\d{1,3}(?:,\d{3})+\b")


def skipped(walk: Walk, s: Span, named: list[Mention]) -> None:
    """A sentence that tells no event is set aside; if it is a paragraph's label ("2. Khan
    Younis - Al-Amal Hospital: The siege of the hospital is in its nineteenth day. Yesterday,
    forces stormed the hospital"), its place is where the next sentences happen, not the
    place before it."""
    walk.skipped.append(s)
    label = labelled_place(named, s) if named and not s.text[:1].isspace() else None
    if label is None and len({m.place_id for m in named}) == 1 and \
            _GATHERED_AT.search(s.text, 0, named[0].start - s.start):
        # "On Sunday, crowds had gathered at the Netzarim corridor waiting to cross. ...
        # Two people were killed by Israeli fire": the scene the next sentences tell of
        label = named[0]
    if label is not None:
        walk.last_place, walk.last_place_end = (label, s.paragraph), s.end


# Crowds told as gathered at a place: "crowds had gathered at", "thousands were waiting near"
_GATHERED_AT = re.compile(r"(?i)\b(?:crowds?|people|thousands|hundreds|residents|families|"
                          r"aid\s+seekers|palestinians|displaced)\s+(?:had\s+|have\s+|were\s+)?"
                          r"(?:gathered|gathering|massed|massing|waited|waiting|queued|queuing|"
                          r"queueing|assembled|crowded)\s+(?:[a-z]+\s+){0,3}?(?:at|near|around|"
                          r"outside|in\s+front\s+of|by)\s+(?:the\s+)?$")


def carry_forward(rep: Report, walk: Walk, sent: Sentence, units: list[EventUnit]) -> None:
    """What the sentence leaves for the next ones: its place, its attack, its day."""
    s = sent.span
    # (not where the wounded were carried: "Ambulances transported the injured to the PRCS
    # field hospital in al-Mawasi and to the Kuwaiti hospital in Rafah")
    named = carried_on(carried_off(sent.named, s), rep.text) if not units else []
    if named and walk.last_place is not None and walk.last_place[0].kind != "region" and \
            not named_hospital(walk.last_place[0]) and \
            same_stretch(rep.text, walk.last_place_end, s) and \
            not hospitals_aside(named, rep.text):
        # "killed 31 near an aid site in Rafah. The ICRC said its field hospital in
        # al-Mawasi received 179 casualties. Twenty-one were pronounced dead on arrival":
        # the town of a hospital that took the casualties in does not displace the place
        # the attack was told at (not "was carried to Nasser Medical Complex. ... its field
        # hospital in Rafah received 179 casualties": a hospital told before is no such place)
        named = []
    if named:
        # "People waiting for supplies were killed in Deir al Balah." (no count, no
        # weapon): where the count of the next sentence most likely happened
        best = min(named, key=lambda m: SPECIFICITY.get(m.feature_class or "", 3))
        walk.last_place, walk.last_place_end = (best, s.paragraph), s.end
    # (not a weak cue that made no event: "as the military intensifies its operations in
    # the area. More than 20 citizens were martyred yesterday": no battle told)
    violent = [u for u in units if u.event_type in VIOLENT and id(u) in sent.coded]
    if violent:  # what "the attack" of the next sentence most likely was
        walk.last_violent = sent.violent_keys
        if walk.lead is None:
            walk.lead = sent.violent_keys
            walk.lead_referring = list(range(sent.referring_from, len(walk.referring)))
        elif rep.anchor is not None and sent.violent_days - {rep.anchor.isoformat()}:
            # (an attack of another day told since: "the incident" may be that one)
            walk.lead, walk.lead_referring = [], []
        strongest = max(violent, key=lambda u: u.strength)
        walk.told = ToldBefore(strongest.event_type, strongest.sub_event_type, s.end,
                               frozenset(sent.violent_places), frozenset(sent.violent_days),
                               any(u.fatalities for u in violent))
    # a month ("In July 2024, ...") is background, not the date of what follows, nor is
    # the day of a state of affairs or of a telling (see event_dates.handed_on)
    # (nor the start of a state told: "The Rafah crossing has been closed since 7 May. Only
    # limited numbers of trucks entered through Kerem Shalom": not trucks of 7 May)
    # (nor the start of a count told mid-sentence: "32 patients have died at al-Shifa since 11
    # November. People trying to leave were shot at": not shot at on 11 November)
    states = [d for d in sent.dated if d.precision < 3 and d.since and
              (_STATE_SINCE.search(rep.text, max(s.start, d.start - 40), d.start) or
               a_tallys_start(rep.text, d))]
    days = handed_on(rep.text, [d for d in sent.dated if d.precision < 3 and
                                d not in states]) or [
        # "The Israeli strike hit an ambulance at al-Shifa, health officials said Friday":
        # the day of the telling, where it dated the attack told, dates what is told next
        # (not "Israeli strikes have killed 9,000 since October 7, the ministry said
        # Friday": a toll of the war, not an attack of the day told)
        d for d in sent.dated if d.precision == 1 and d.date in sent.violent_days and
        told_on(rep.text, d) and _WAR_TOLL.search(s.text) is None and
        not any(r.since and r.date and r.date < d.date for r in sent.dated)]
    # (a day that names an attack dates what follows only where it tells of the attack
    # again: see event_dates.a_days_attack)
    # (a tally of days hands on its last: see event_dates.a_tallys_end)
    days = [a_tallys_end(rep.text, d, s) for d in days if not a_days_attack(rep.text, d, s.end)]
    if a_credited_caption(s, rep.text):
        days = []  # a photo's caption: its day is the picture's (see photo_captions)
    walk.state_since = (states[-1], s.end) if states and not days else None
    if not days and rep.anchor is not None and sent.dated and \
            _OPENS_A_PARAGRAPH.search(rep.text, max(0, s.start - 20), s.start) and \
            all(d.since and _GOES_ON_SINCE.search(rep.text, max(s.start, d.start - 80), d.start)
                for d in sent.dated) and walk.carried is not None and \
            walk.carried.date != rep.anchor.isoformat():
        # "The strike came hours after another killed 20 on Sunday. || In northern Gaza, where
        # troops have besieged Jabalia since October 6, residents said drones were firing on
        # anyone moving": a paragraph that opens on what has gone on since a day tells of
        # now, not of the day the last paragraph named
        carry_day(walk, DateRef(rep.anchor.isoformat(), 1, s.start, s.end, ""), rep.anchor,
                  may_recall=False)
    if not sent.dated and violent and len(sent.violent_days) == 1 and \
            (now := goes_on_now(rep.text, s, walk.carried, next(iter(sent.violent_days)),
                                rep.anchor)) is not None:
        # "Limited deliveries resumed on May 19. ... Israeli strikes continued elsewhere. A
        # strike on a house in Jabalia killed a woman": the strikes of the report's days
        carry_day(walk, now, rep.anchor, may_recall=False)
    if days:
        # (a day the sentence dated an attack by is not recalled: "On March 18, Israeli
        # strikes killed more than 400 people across Gaza. Ten were killed in a single
        # strike in Rafah": the ten are of that day)
        carry_day(walk, days[-1], rep.anchor, may_recall=days[-1].date not in sent.violent_days)
        # "killed at aid sites since the mechanism was introduced on May 27. In a separate
        # attack the same day, ...": the same day as the attack told before, not the start
        # of a period
        own_days = [d for d in days if not period_start(rep.text, d)]
        walk.last_day = own_days[-1] if own_days else walk.last_day
