"""A headline, the line under it and a live page's entry headings, told again by the body.

A headline tells the story's incident in the present tense, without its day; the body
tells it again with the day and the place. One event, the body's, with the body's count
where it tells one, else the headline's (not a second one on the day the story was
published). These find a story's headline, its standfirst and a live page's entry
headings, and fold each into the body's record.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geoevents.casualties import find_casualties
from geoevents.clause_places import seat_of
from geoevents.event_merge.attack_words import ACROSS, ARMED_WORD, HOURS_TOTAL, NAMES_A_DAY
from geoevents.event_merge.merging import ascii_names, fuller_count, holds, placed_at
from geoevents.gazetteer import TOWN_CLASSES, Gazetteer
from geoevents.model import Event, Place, placed_wide
from geoevents.quantities import number_word, parse_number
from geoevents.tolls.strikes import COUNT_WORD
from geoevents.trigger_table import VIOLENT

__all__ = ["headline", "entry_headings", "standfirst", "body_count_stands", "fold_headline",
           "dead_besides_the_headlines"]


def headline(text: str) -> str | None:
    """A news story's headline: a first line with no full stop, above the story's body
    ("Israel army says four soldiers killed in south Gaza")."""
    first, nl, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not nl or not rest.strip() or not first or len(first) > 160 or first[-1] in ".!?:;,":
        return None
    return first


# "Posted at 1:02 a.m. ET", "Updated 14:05 GMT", "10:20": a live page's entry's time stamp,
# on a line of its own
_ENTRY_STAMP = re.compile(r"(?im)^[ \t]*(?:(?:posted|updated|published)\s+(?:at\s+)?)?"
                          r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?"
                          r"(?:\s*(?:[A-Z]{2,4}|local\s+time))?[ \t]*$")


def entry_headings(text: str) -> tuple[tuple[str, str], ...]:
    """The headings of a live page's entries, each with its entry's text: the line right
    under an entry's time stamp ("Posted at 1:02 a.m. ET"), with no full stop, over the
    entry's own text ("Israeli strike sets fire to tent camp in Rafah, killing at least 45,
    Gaza officials say")."""
    out: list[tuple[str, str]] = []
    stamps = list(_ENTRY_STAMP.finditer(text))
    for k, m in enumerate(stamps):
        entry = text[m.end():stamps[k + 1].start() if k + 1 < len(stamps) else len(text)]
        lines = [x.strip() for x in entry.split("\n", 4)[1:4]]
        head = lines[0] if lines else ""
        body = next((x for x in lines[1:] if x), "")
        if head and len(head) <= 160 and head[-1] not in ".!?:;,\"'”" and \
                len(head.split()) >= 4 and len(body) > len(head) and body[-1] in ".!?\"'”":
            out.append((head, entry))
    return tuple(out)


def standfirst(text: str) -> str | None:
    """The line right under a story's headline that sums the story up, with no full stop
    ("At least 25 children among the dead, says government media office, as Israeli siege of
    northern Gaza enters its fourth week"), where a body follows it."""
    if headline(text) is None:
        return None
    lines = [x.strip() for x in text.lstrip().split("\n")]
    rest = [x for x in lines[1:] if x]
    if len(rest) < 2:
        return None
    line = rest[0]
    if len(line) > 250 or line[-1] in ".!?:;," or len(line.split()) < 6:
        return None
    return line


# A headline's toll told as a bound or a round figure: "More than 100 killed", "Over 100
# killed", "Dozens killed" (not "Israeli strike kills 25 at Nuseirat school": a count of its
# own, which a body's count of a part of the dead does not replace)
_ROUND_TOLL = re.compile(r"\b(?:more\s+than|over|at\s+least|nearly|almost|about|around|some|"
                         r"roughly|approximately|close\s+to|up\s+to)\s+\d|"
                         r"\b(?:dozens|scores|hundreds)\b", re.I)
# ... and the body's count the toll, not a part of the dead by who they were ("killed at
# least 10 children" under "More than 25 killed")
_A_PART_OF_THE_DEAD = re.compile(r"\b(?:children|kids|minors|babies|infants|toddlers|boys|"
                                 r"girls|women|mothers|members|relatives|journalists|medics|"
                                 r"paramedics|doctors|nurses|aid\s+workers|staff|fighters|"
                                 r"militants|soldiers)\b", re.I)


def body_count_stands(title: str, notes: str, count: int) -> bool:
    """Whether the count ``count`` a body's sentence ``notes`` tells stands for the
    headline's round toll ("More than 100 killed" over "at least 90 people were killed"):
    only where the headline's toll is a bound or round figure and the body's count is of
    the dead as a whole, not of a part of them by who they were."""
    if _ROUND_TOLL.search(title) is None:
        return False
    own = [c for c in find_casualties(notes) if c.kind == "killed" and c.count == count]
    return not own or not any(c.victim and _A_PART_OF_THE_DEAD.fullmatch(c.victim)
                              for c in own)


def fold_headline(events: list[Event], title: str | None, gaz: Gazetteer,
                  under: bool = False, entry: str | None = None) -> list[Event]:
    """A headline tells the story's incident in the present tense, without its day; the
    body tells it again with the day and the place. One event, the body's, with the body's
    count where it tells one, else the headline's (not a second one on the day the story was
    published). A headline's toll for the
    whole Strip or a region is not a count for one place the body names ("More than 40
    children killed in two days" over a paragraph on North Gaza): it stays its own. The
    heading of a live page's entry is told again only in its ``entry``."""
    if title is None:
        return events
    out = list(events)
    drop: set[int] = set()
    for i, h in enumerate(events):
        if h.notes.strip() != title:
            continue
        wide = gaz.get(h.place_id)
        own_day = NAMES_A_DAY.search(title) is not None
        # "Gaza aid convoy deaths: more than 100 killed as crowds gather for food": a toll
        # that names no weapon is the body's attack on civilians (not "More than 40
        # children killed in two days" over "hostilities continued", a battle)
        # (nor "30 killed in Khan Younis" over troops who "opened fire ..., killing four" and
        # "air strikes ... killed 26": the body's own strikes are the headline's)
        unarmed = h.event_type == "Explosions/Remote violence" and \
            ARMED_WORD.search(title) is None and not any(
                g.event_type == h.event_type and g.notes.strip() != title for g in events)
        # ("More Than 100 Killed as Crowds Surge Toward Aid Trucks in Gaza City" over a line
        # that tells troops opened fire, then "112 people were killed": first the body's
        # record whose count the headline's round toll stands for, at its place)
        rounded = h.fatalities is not None and _ROUND_TOLL.search(title) is not None
        order = sorted(range(len(out)), key=lambda k: not (
            rounded and out[k].place_id == h.place_id and
            (out[k].fatalities or 0) >= (h.fatalities or 0)))
        for k in order:
            b = out[k]
            if k == i or k in drop or b.notes.strip() == title or \
                    entry is not None and (b.notes.strip() not in entry or
                                           b.sub_event_type != h.sub_event_type) or \
                    b.event_type != h.event_type \
                    and not (unarmed and b.event_type == "Violence against civilians") or \
                    own_day and b.event_date != h.event_date or \
                    h.event_type not in VIOLENT and b.sub_event_type != h.sub_event_type:
                # (nor "First captives freed as four-day pause takes hold" over an evacuation
                # order told in the body: another development, not the headline's told again)
                # (a first line that names a day of its own is an item of a list, not the
                # headline of the one told after it on another day)
                continue
            if b.place_id != h.place_id:
                site = gaz.get(b.place_id)
                if wide is None or site is None or entry is not None and (
                        not holds(gaz, wide, site) or
                        any(g.notes == b.notes and g.event_type == b.event_type and
                            g.place_id != b.place_id and (p := gaz.get(g.place_id)) is not None
                            and not placed_wide(p) for g in out)):
                    # (an entry's heading at a place its entry tells nearer, not another:
                    # "IDF says it struck terror targets in northern and central Gaza" over
                    # "aircraft hit a number of targets" in central Gaza; nor one of the
                    # places its entry tells together: "Overnight strikes kill at least 23 in
                    # Rafah" over "homes were hit in al-Jneina, al-Shaboura and Tal as-Sultan")
                    continue
                if placed_wide(wide):
                    if h.fatalities is not None and (b.fatalities is None or (
                            b.fatalities != h.fatalities and ACROSS.search(h.notes)) or
                            under and b.fatalities < h.fatalities):
                        # (nor the toll of strikes across the Strip for one place that
                        # tells a count of its own)
                        # (nor, in the line under the headline, a toll for the Strip above
                        # the place's: "At least 52 Palestinians killed in Gaza on Tuesday,
                        # health ministry says" under "Israeli strike kills 12 in Beit
                        # Lahia", the day's, more than the attack's)
                        continue
                elif _the_town_of_the_headlines_site(events, h, b, title, wide, site, gaz):
                    # "Israeli strike hits Gaza's Jabalia camp, kills dozens" over "An
                    # Israeli air strike tore through a densely built block of Jabalia ...
                    # killing at least 50": the body's attack in the town, told no nearer,
                    # is the headline's at the site in it, with the body's toll
                    out[k] = placed_at(replace(
                        b, injuries=b.injuries if b.injuries is not None else h.injuries,
                        actor1=b.actor1 or h.actor1, actor2=b.actor2 or h.actor2), h)
                    drop.add(i)
                    break
                elif not holds(gaz, wide, site) and not (
                        _seat_holds(wide, site) and not (
                            h.fatalities is not None and b.fatalities is not None and
                            b.fatalities < h.fatalities and
                            not body_count_stands(title, b.notes, b.fatalities))):
                    # (a town of the governorate whose toll is less than the headline's
                    # is one attack of several: "Israeli strikes kill 20 in Khan Younis"
                    # over "An Israeli air strike killed five people in Bani Suheila")
                    continue
            # (the body's own count, where it tells one for the headline's round toll: "More
            # than 100 killed" over "at least 90 people were killed"; else the fuller)
            stands = b.fatalities is not None and \
                body_count_stands(title, b.notes, b.fatalities)
            out[k] = replace(b, fatalities=b.fatalities + h.fatalities
                             if h.fatalities and b.fatalities and
                             dead_besides_the_headlines(b.notes, b.fatalities) else
                             b.fatalities if stands else
                             fuller_count(b.fatalities, h.fatalities)
                             if b.place_id == h.place_id or b.fatalities is None
                             else b.fatalities,
                             injuries=b.injuries if b.injuries is not None else h.injuries,
                             actor1=b.actor1 or h.actor1, actor2=b.actor2 or h.actor2)
            drop.add(i)
            break
    return [e for k, e in enumerate(out) if k not in drop]


# "four other people also lost their lives", "three more people were also killed": dead the
# body tells besides the ones its headline counted
_ALSO_OTHERS = re.compile(rf"\b(?P<n>{COUNT_WORD})\s+(?:other|more|additional|further)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:also|as\s+well)\b|"
                          rf"\balso\b[^.;]{{0,40}}?\b(?P<m>{COUNT_WORD})\s+(?:other|more|"
                          r"additional|further)\b", re.I)


def dead_besides_the_headlines(notes: str, count: int) -> bool:
    """Whether a body's sentence tells its count as dead besides the ones the headline
    counted, "also" and "other" both said ("UNICEF Mourns Seven Children Killed Queuing For
    Water" over "four other people also lost their lives due to the Israeli airstrike": 11
    dead of the one strike), so the event's toll is the two together (not "four other
    people were wounded", nor a bare "four people were killed", which may tell the
    headline's dead again, nor "other" without "also": "killed four other children" may
    name who the headline's dead were)."""
    for m in _ALSO_OTHERS.finditer(notes):
        if parse_number(m.group("n") or m.group("m")) == count and \
                not _HURT.match(notes, m.end()):
            return True
    return False


# ("... four other people were also wounded": the hurt, not the dead)
_HURT = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:wounded|injured|hurt)\b", re.I)


def _the_town_of_the_headlines_site(events: list[Event], h: Event, b: Event, title: str,
                                    site: Place, town: Place, gaz: Gazetteer) -> bool:
    """Whether the body's attack ``b`` in ``town`` is the headline's ``h`` at ``site`` in it:
    the body names no attack at the site itself, and the headline's count is none, or a
    rough word ("kills dozens") the body's toll goes beyond (not "Israeli strike kills 12
    in Jabalia camp" over "a strike in Jabalia killed five": two counts, two attacks)."""
    if town.feature_class not in TOWN_CLASSES or site.kind == "region" or \
            not holds(gaz, town, site) or not any(
                re.search(_HIT_THERE.format(name=re.escape(n)), title, re.I)
                for n in ascii_names(site, h)) or any(
                f.place_id == h.place_id and f.event_type == h.event_type and
                f.notes.strip() != title for f in events):
        return False
    if ACROSS.search(b.notes) or HOURS_TOTAL.search(b.notes):
        # (not "Israeli strike hits Shati camp, kills scores" over "Israeli air strikes
        # across Gaza City killed at least 80 people", "... killed 60 people in Gaza City
        # over the past 24 hours": the day's strikes over the town)
        return False
    return h.fatalities is None or b.fatalities is not None and \
        b.fatalities >= h.fatalities and not any(
            number_word(w) == h.fatalities for w in _A_WORD.findall(title))


# a word that may be a number: "12", "1,200", "twenty-one"
_A_WORD = re.compile(r"[\w,]+(?:-\w+)?")
# "strike hits Gaza's Jabalia camp", "kills 12 in Jabalia camp": the headline's attack at
# its site (not "as Israeli forces close in on Nasser hospital": a place it tells of besides)
_HIT_THERE = (r"\b(?:hit|hits|strikes?|struck|targets?|bombs?|shells?|pounds?|(?<!\bin\s)on|"
              r"in|at)\s+(?:Gaza['’]s\s+)?(?:the\s+)?{name}\b")


def _seat_holds(city: Place, site: Place) -> bool:
    """Whether a headline's city names its governorate, which holds ``site`` ("Khan Younis
    pounded as bombing resumes" over "heavy air strikes on the eastern parts of the city, in
    Bani Suheila and Abasan": the towns of the Khan Younis area)."""
    return site.kind != "region" and site.in_gaza and seat_of(city, site)
