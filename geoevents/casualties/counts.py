"""Finding a sentence's counts of the killed and the injured.

The patterns' matches, leftmost-longest, are checked for what is no toll at all (the one who
told or who killed, the dead of before, a class of the dead, a year or a distance), counted
(``headcount``) and flagged as war tallies (``tallies``); a list of the dead, one killed
along with others, a named death and a hospital's intake fill in where no pattern counts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geoevents.anchored import Cues
from geoevents.casualties.accounts import vague_claim_yields
from geoevents.casualties.bodies import (
    bodies_found_before,
    pulled_out_of_a_strike,
    so_far_the_strikes_dead,
    told_dead_before,
)
from geoevents.casualties.headcount import (
    MAX_COUNT,
    a_class_of_the_dead,
    a_lone_one,
    a_relative_of_the_dead,
    a_speakers_loss,
    casualties_split,
    count_by_age,
    dead_along_with,
    died_of_the_hurt,
    each_victim,
    killed_and_hurt_together,
    less_the_recovered,
    listed_dead,
    mixes_the_hurt,
    received_less_dead,
    the_count,
    the_hurt_counted,
    the_hurt_died_later,
    the_share_told,
    the_whole_among,
    the_whole_before,
    the_whole_with_them,
    victims_joined,
    with_those_as_was,
)
from geoevents.casualties.patterns import (
    among_the_dead,
    casualty_cues,
    count_matches,
    headline_not_a_toll,
    hurt_after_the_dead,
    not_the_days_share,
    number_reached_over_a_span,
    one_body,
    subject_not_killed_now,
    the_count_told,
    the_days_share,
    the_dead_just_before,
)
from geoevents.casualties.record import Casualty
from geoevents.casualties.tallies import (
    added_to_a_tally,
    an_operations_toll_brought,
    days_own,
    framed_by_with,
    framed_since_the_war_began,
    framing_before,
    many_incidents_told,
    near_the_count,
    news_sized,
    opened_as_a_tally,
    own_night,
    period_told,
    span_since,
    tally_verb,
    the_days_toll_brought,
    the_days_toll_named,
    war_clause,
)
from geoevents.casualties.wording import eliminated_no_fighters
from geoevents.named_deaths import named_deaths, named_hurt
from geoevents.text_ends import stripped_end

# the words of a sentence before a list of the dead that only say who told it ("Civil
# defence spokesman Mahmud Bassal told AFP ", "Medics said that ")
_ONLY_WHO_TOLD = re.compile(r"(?:[^,.;:]{1,80}?\s(?:told\s+(?-i:[A-Z])[\w.'’-]*|said|says|"
                            r"added|stated|reported)\s+(?:that\s+)?)?", re.I)


def _toll_told_before(text: str, start: int, total: int, cues: Cues) -> bool:
    """A larger toll told in the sentence just before (the lead's, a paragraph up), read
    through the report's ``cues``: a fresh scan would read the whole report again for
    each list of the dead."""
    # (only that sentence's: "An Israeli strike on a school in Gaza City killed 30 people.
    # In Rafah, a strike hit a house. The dead included five children and three women": the
    # dead of the house are eight)
    # (or after who told it: "A spokesman told AFP the dead included 46 children and 20
    # women", the toll a paragraph up still the sentence before; not "In Rafah, a strike hit
    # a house, and medics said the dead included ...", an attack of the sentence's own)
    opens = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    end = stripped_end(text, opens) if _ONLY_WHO_TOLD.fullmatch(text, opens, start) else start
    end = stripped_end(text, end)
    lo = max(text.rfind(". ", 0, max(0, end - 1)) + 2, text.rfind("\n", 0, end) + 1, 0)
    return any(c.kind == "killed" and c.count is not None and c.count > total
               for c in find_casualties(text, lo, start, cues=cues))


def _dead_listed(text: str, start: int, end: int, cues: Cues) -> Casualty | None:
    """The sum of a list of the dead, each item opening with its number; None unless at
    least two items do (one alone may be any part of the toll), or where its items only
    break down by age and sex a larger toll told just before."""
    listed = listed_dead(text, start, end)
    if listed is None:
        return None
    hit, stop, total, shares = listed
    if shares and _toll_told_before(text, hit.start(), total, cues):
        return None
    return Casualty("killed", total, hit.start(), stop, text[hit.start():stop], None, False)


def find_casualties(text: str, start: int = 0, end: int | None = None, *,
                    cues: Cues | None = None) -> list[Casualty]:
    """Killed/injured counts in ``text[start:end]`` (one sentence), leftmost-longest,
    without overlaps; offsets into ``text``."""
    end = len(text) if end is None else end
    cues = cues if cues is not None else casualty_cues(text)
    hits = count_matches(cues, start, end)
    found: list[Casualty] = []
    died_later: list[Casualty] = []  # the dead told as a share of the hurt
    period = period_told(cues, start, end) if hits else None
    for _, _, kind, m in hits:
        m = the_count_told(text, m, end)
        if m is None or _overlaps(found, m.start(), m.end()) or \
                headline_not_a_toll(text, m, start) or subject_not_killed_now(text, m, start, end):
            continue
        dead = None
        if hurt_after_the_dead(m):
            dead = the_dead_just_before(text, m, found)
            if dead is None:
                continue
        victim = m.groupdict().get("v")
        count = the_count(text, m, victim, end)
        if eliminated_no_fighters(m, victim) or count is None or count > MAX_COUNT or \
                a_lone_one(text, m, victim, end):
            continue
        count = count_by_age(text, m, victim, count)
        if count is None or a_relative_of_the_dead(text, m, victim):
            continue
        more = victims_joined(text, m)
        if more:
            count += each_victim(more)
        count = the_whole_before(text, m, count, found, start)
        count = the_share_told(text, m, count, start)
        if a_speakers_loss(text, m, more, end):
            continue
        count = with_those_as_was(text, m, count, end)
        count = less_the_recovered(text, m, kind, count, start, end)
        count = the_whole_among(text, m, kind, more, count)
        count = the_whole_with_them(text, m, victim, count, start)
        lo, hi = near_the_count(text, m, start, end)
        since = span_since(cues, text, m, lo, hi, start, end)
        opening = opened_as_a_tally(text, m, start, end)
        if the_days_share(m) and not_the_days_share(text, m, start):
            continue
        rec = bodies_found_before(text, m, start) if kind == "killed" else None
        pulled = rec is not None and pulled_out_of_a_strike(text, m, rec, start, end)
        if one_body(m) and not pulled:
            continue  # "received the body of a 2-month-old girl": no attack's toll
        framing = framing_before(cues, m, start, end)
        if framing is not None and so_far_the_strikes_dead(text, framing, pulled, found, start,
                                                           end):
            framing = None
            if since is not None and since.group(0).lower() == "so far":
                since = None
        cumulative = not the_days_share(m) and (
            opening or count >= 1000 and not days_own(text, m, start, end) or
            period is not None and not own_night(text, m, period, found, end) or
            since is not None or war_clause(cues, m, lo, hi) or framing is not None or
            framed_by_with(cues, text, m, start, end) or
            tally_verb(cues, m, start, end) and not news_sized(text, m, count, start, end) or
            number_reached_over_a_span(text, m, start, end) or
            the_days_toll_brought(text, m, start) or the_days_toll_named(text, m, start) or
            an_operations_toll_brought(text, m, start) or
            many_incidents_told(text, start, end, m.start(), m.end()) or
            framed_since_the_war_began(text, m, start, end) or
            added_to_a_tally(text, m, found))
        if dead is not None:
            # "two soldiers were killed and three were wounded": the hurt are of the dead's
            # kind; "37,000 killed and 85,000 have been injured": of the same tally
            victim, cumulative = dead.victim, cumulative or dead.cumulative
        if kind == "killed" and mixes_the_hurt(m) or a_class_of_the_dead(text, m, start) or \
                kind == "killed" and told_dead_before(text, m, rec, pulled, start, end) or \
                kind == "injured" and killed_and_hurt_together(text, m, start):
            continue
        if kind == "injured":
            died = died_of_the_hurt(text, m, count, end, cumulative)
            if died is not None:
                died_later.append(died)
            count = the_hurt_counted(text, m, count, end)
            if the_hurt_died_later(text, m, end):
                kind = "killed"  # "A girl wounded by shelling on Monday died two days later"
        if m.group("n").lower() == "a number of":
            count = None  # "killing a number of citizens": the dead told, with no number
            # of them (not "several", ACLED's ten)
        found.append(Casualty(kind, count, m.start(), m.end(), m.group(0), victim,
                              cumulative))
    if died_later:
        _add_the_dead_of_the_hurt(found, died_later[0])
    _fill_in(text, start, end, found, cues)
    found.sort(key=lambda c: c.start)
    return vague_claim_yields(text, found, start)


def _add_the_dead_of_the_hurt(found: list[Casualty], died: Casualty) -> None:
    """Adds to ``found`` the share of the hurt told dead: a count of its own where the
    sentence counts no dead, else one more than the dead told before it ("shot dead a
    civilian and critically wounded two fighters, one of whom died later": two dead), as
    both are of one attack."""
    before = [i for i, c in enumerate(found) if c.kind == "killed" and c.start < died.start]
    if not any(c.kind == "killed" for c in found):
        found.append(died)
    elif before:
        told = found[before[-1]]
        if told.count is not None and died.count is not None and \
                told.cumulative == died.cumulative:
            found[before[-1]] = replace(told, count=told.count + died.count)


def _overlaps(found: list[Casualty], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps a count found already (leftmost-longest first)."""
    return any(c.start < end and start < c.end for c in found)


def _fill_in(text: str, start: int, end: int, found: list[Casualty], cues: Cues) -> None:
    """Where no pattern counts the dead or the hurt, the counts told otherwise, added to
    ``found``: a list of the dead, one killed along with others, a named death; a hospital's
    intake less its dead on arrival, a named person hurt; casualties split by the share of
    them told dead. (One killed along with others, a named person hurt and casualties are
    looked for only where their words occur.)"""
    if not any(c.kind == "injured" for c in found) and cues.any_of(("casualties",), start, end):
        split = casualties_split(text, start, end)
        # (the share's dead may be counted already: "received 75 casualties, 20 of whom were
        # killed")
        if split is not None and all(c.kind != "killed" or _overlaps([split[0]], c.start, c.end)
                                     for c in found):
            tally = _casualties_a_tally(text, start, end, split, cues)
            found.extend(replace(c, cumulative=tally) for c in split
                         if not _overlaps(found, c.start, c.end))
    if not any(c.kind == "killed" for c in found):
        listed = _dead_listed(text, start, end, cues)
        if listed is not None:
            found.append(listed)
    if not any(c.kind == "killed" for c in found) and \
            cues.any_of(("along", "together"), start, end):
        along = dead_along_with(text, start, end)
        if along is not None:
            found.append(along)
    if not any(c.kind == "killed" for c in found):
        named = named_deaths(text, start, end)
        if named is not None and not _overlaps(found, named[0], named[1]):
            # "kills Aziz Salha": a named person is one death, as ACLED counts them
            found.append(Casualty("killed", named[2], named[0], named[1],
                                  text[named[0]:named[1]], None, False))
    if not any(c.kind == "injured" for c in found):
        intake = received_less_dead(text, start, end)
        if intake is not None:
            found.append(intake)
    if not any(c.kind == "injured" for c in found) and \
            cues.any_of(("wounded", "injured", "hurt"), start, end):
        hurt = named_hurt(text, start, end)
        if hurt is not None and not _overlaps(found, hurt[0], hurt[1]):
            # "Reuters photographer Hatem Khaled was wounded": one hurt, as ACLED counts them
            found.append(Casualty("injured", 1, hurt[0], hurt[1], text[hurt[0]:hurt[1]], None,
                                  False))


def _casualties_a_tally(text: str, start: int, end: int, split: tuple[Casualty, Casualty],
                        cues: Cues) -> bool:
    """Whether casualties split into the dead and the hurt are a war tally ("120,000
    casualties since October, 40,000 of whom died"): a thousand or more, or told over a
    period or many incidents."""
    whole = sum(c.count or 0 for c in split)
    return whole >= 1000 or period_told(cues, start, end) is not None or \
        many_incidents_told(text, start, end)


def part_of_a_tally(c: Casualty, text: str, before: tuple[int, int] | None,
                    cues: Cues) -> bool:
    """Whether "Among the dead are 193 UNRWA staff members" names some of the dead of a war
    tally told in the sentence ``before`` ("More than 37,000 people have been killed in
    Gaza since October"): part of that tally, not a toll of its own."""
    if before is None or not among_the_dead(c.text):
        return False
    killed = [k for k in find_casualties(text, before[0], before[1], cues=cues)
              if k.kind == "killed"]
    return bool(killed) and all(k.cumulative for k in killed)
