"""Where a unit happened, as (place, geo_precision, confidence factor); or nowhere.

:mod:`geoevents.locate` gives the most specific in-Gaza place the unit's clause or sentence
names. Some places are told elsewhere: the raid told before ("in the first hours of the
raid"), the troops' place told just before an arrest, the areas an evacuation order lists
next, the crossing aid came in through, the site the next sentence puts a strike at. A
handover or a ceasefire in Gaza is the whole Strip's. And a weak cue ("the operation",
"advances") makes an event only where its own sentence names a specific place.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from geoevents.event_dates import hours_after_the_one_told, same_stretch
from geoevents.events.gates_across_the_fence import without_gates_across_the_fence
from geoevents.events.report import Report, Sentence, Walk
from geoevents.locate import SPECIFICITY, place_for
from geoevents.locate.strip_wide import a_tallier_tells
from geoevents.model import Mention
from geoevents.page_layout import narrowed, under_title
from geoevents.place_told_next import place_told_next
from geoevents.sentences import Span
from geoevents.told_again import areas_told_next, site_told_next
from geoevents.trigger_table import AGREEMENT, BATTLE, RELEASE, VIOLENT
from geoevents.units import EventUnit

# a unit's places, each with its geo_precision and confidence factor
_Placed = list[tuple[Mention, int, float]]


def unit_places(rep: Report, walk: Walk, sent: Sentence, unit: EventUnit,
                refers_back: bool) -> _Placed | None:
    """Where a unit happened, as (place, geo_precision, confidence factor); None for a
    unit too weak to be an event where it is placed."""
    s, gaz = sent.span, rep.gaz
    # the place to fall back on: the one named last, unless another is told as this one's
    near = _place_named_last(rep, walk, sent)
    if _refers_to_one_told_elsewhere(near, sent, refers_back) or near is not None and \
            not refers_back and _a_tally_told_after_the_story_moved_on(rep, walk, sent, unit):
        near = None
    if near is not None and rep.strip is not None and _stressed_across_the_strip(rep, near[0]):
        near = (rep.strip, near[1])
    if (raided := _where_the_raid_was(rep, walk, sent)) is not None:
        near = (raided, s.paragraph)
    if unit.sub_event_type == "Arrests" and \
            (spot := _where_the_troops_were(rep, sent, near)) is not None:
        near = (spot, s.paragraph)
    located = place_for(unit, _named_for_itself(unit, sent), sent.outside, sent.earlier, near,
                        rep.fallback(s), gaz, rep.cues, rep.outside)
    if not located and (next_site := _placed_next_past_another_matter(
            rep, sent, unit, refers_back)) is not None:
        located = [(next_site, 1, 0.8)]
    # a place told in the sentence next or just before
    if (site := _the_site_told_next(rep, sent, unit, located)) is not None:
        located = [(site, 1, 0.8)]
    if unit.sub_event_type == "Evacuation order" and \
            (listed := _the_areas_the_order_lists(rep, sent, located)):
        located = [(m, 3 if m.kind == "region" else 2 if m.qualifier else 1, 0.85)
                   for m in listed]
    if unit.sub_event_type == "Aid delivery" and \
            (gate := _the_crossing_aid_came_through(rep, sent, located)) is not None:
        located = [(gate, 1, 0.8)]
    if (again := _the_place_told_again_next(rep, sent, unit, located,
                                            refers_back)) is not None:
        # (a site in the city the sentence named is as sure as the city: it carries on)
        located = [(again, 1, 0.9 if located[0][0].feature_class == "city" else 0.8)]
    # a handover or a ceasefire: the Strip's, or no event somewhere
    if unit.sub_event_type == RELEASE[1] and _a_recovery_told_as_news(rep.text, unit, located):
        return None
    if unit.sub_event_type == RELEASE[1] and \
            _places_of_the_clause_after_it(rep, sent, unit, located):
        located = [(rep.strip, 3, 0.9)]
    if unit.sub_event_type == RELEASE[1] and \
            _a_handover_with_no_place_of_its_own(rep, sent, unit, located):
        located = [(rep.strip, 3, 0.9)]
    if unit.sub_event_type == AGREEMENT[1] and _an_agreement_for_all_of_gaza(rep, sent):
        located = [(rep.strip, 3, 0.9)]
    # the page's own place narrows a wide one
    if rep.infobox is not None and unit.event_type in VIOLENT:
        located = [narrowed(m, p, f, rep.infobox, gaz) for m, p, f in located]
    if under_title(unit.event_type, rep.text, s, sent.named, sent.titled, gaz):
        located = [narrowed(m, p, f, sent.titled, gaz) for m, p, f in located]
    if _a_weak_cue_with_no_place_of_its_own(rep.text, s, unit, located):
        return None
    if located and not (located := without_gates_across_the_fence(unit.event_type, located, gaz)):
        return None  # ("raided near military installations at the Kerem Shalom crossing")
    return located


def _place_named_last(rep: Report, walk: Walk, sent: Sentence) -> tuple[Mention, int] | None:
    """The place named last and the paragraph it was named in, while it still carries: in
    the same stretch of prose, with no name the gazetteer does not know in the sentence,
    and no paragraph between that names other places of the Strip."""
    return None if sent.names_unknown or walk.last_place is None or not \
        same_stretch(rep.text, walk.last_place_end, sent.span) else walk.last_place


# "bombardment ... continued across most of the Gaza Strip, especially in the refugee camps in
# central Gaza", "across the Gaza Strip, particularly in Gaza and Deir al Balah governorates"
_STRESSED_ACROSS = re.compile(r"(?i)\b(?:across|throughout|all\s+over)\s+(?:(?:most|much|all|"
                              r"large\s+parts|many\s+parts)\s+of\s+)?the\s+(?:Gaza\s+)?Strip"
                              # (its day between: "... the Gaza Strip on 4 March, especially")
                              r"(?:\s+(?:on|over|during|since|overnight|today|yesterday)\b"
                              r"[^,.;:!?]{0,25})?"
                              r"\s*,?\s+(?:particularly|especially|notably|in\s+particular|"
                              r"mainly|mostly)\b[^.;:!?]*$")


def _stressed_across_the_strip(rep: Report, m: Mention) -> bool:
    """Whether the place named last was told as where an act across the Strip was worst
    ("heavy bombardment ... continued across most of the Gaza Strip, especially in the
    refugee camps in central Gaza"): a sentence that places nothing after it ("Ground
    operations and intense fighting ... were also reported in most areas", "Fighting between
    Palestinian armed groups and Israeli forces was also reported") goes on with the Strip,
    not the part stressed (not "across the Strip. In Rafah, ...": a place told for itself)."""
    s = rep.sentence_at(m.start)
    return _STRESSED_ACROSS.search(rep.text, s.start, m.start) is not None


def _a_tally_told_after_the_story_moved_on(rep: Report, walk: Walk, sent: Sentence,
                                           unit: EventUnit) -> bool:
    """Whether the unit is a toll an office that tallies the Strip's dead tells ("According
    to Gaza's civil defence agency, Israeli strikes killed around 30 people on Friday") after
    a paragraph that names other places of the Strip than the one named last ("... hit a
    helicopter east of al-Bureij camp. / Rockets were fired from Gaza, one near Beeri,
    opposite central Gaza."): the story has moved on from that place, so the toll its
    sentence places nowhere is not that place's."""
    return bool(unit.fatalities and walk.last_place is not None and
                not _THE_ONE_TOLD.search(rep.text, max(sent.span.start, unit.anchor - 25),
                                         unit.anchor) and
                a_tallier_tells(rep.text, sent.span.start, sent.span.end) and
                _other_places_told_between(rep, walk.last_place, walk.last_place_end, sent))


# "The fire killed 45 Palestinians, according to Gaza health officials' count": an attack
# told before, by a word that points back to it
_THE_ONE_TOLD = re.compile(r"(?i)\b(?:the|that|this|its|their)\s+(?:[\w'’\"-]+\s+)?$")


def _other_places_told_between(rep: Report, last: tuple[Mention, int], end: int,
                               sent: Sentence) -> bool:
    """Whether a paragraph between the one ``last`` (the place named last) was told in and
    the sentence's own names another place of the Strip."""
    lo, hi = bisect_left(rep.gaza_starts, end), bisect_left(rep.gaza_starts, sent.span.start)
    return any(last[1] < m_para < sent.span.paragraph and m.place_id != last[0].place_id
               for m in rep.gaza[lo:hi] for m_para in (rep.sentence_at(m.start).paragraph,))


def _refers_to_one_told_elsewhere(near: tuple[Mention, int] | None, sent: Sentence,
                                  refers_back: bool) -> bool:
    """An attack told again ("the strike") is where it was told before, not at the place
    named last: "An airstrike killed eight in Deir al-Balah. The dead had fled eastern Khan
    Younis. The deadly strike hit a house"."""
    return refers_back and near is not None and sent.told_before is not None and \
        near[0].place_id not in sent.told_before.places


# "in the first hours of the raid", "during the storming": a raid told before (not "in
# the separate raid overnight", "the October 7 raid": another one)
_THE_RAID = re.compile(r"\b[Tt]he\s+(?!(?:separate|other|second|third|similar|new|latest|"
                       r"October|Oct\.?|7|cross-border)\s)(?:[\w-]+\s+)?"
                       r"(?:raid|storming|incursion)\b")


def _where_the_raid_was(rep: Report, walk: Walk, sent: Sentence) -> Mention | None:
    """Where the raid told before was, for a sentence that tells of it with no place of its
    own: "troops raided Shifa ..., accompanied by airstrikes in the surrounding Rimal
    neighborhood. The military said troops killed about 20 gunmen and detained 80 others in
    the first hours of the raid" is at Shifa, not at the strikes' place named last."""
    s = sent.span
    if not sent.named and sent.told_before is not None and \
            _THE_RAID.search(rep.text, s.start, s.end):
        return _raided_place(rep, walk, s)
    return None


def _raided_place(rep: Report, walk: Walk, s: Span) -> Mention | None:
    """The one place the last sentence with violence coded a battle at, where it coded
    another kind of violence elsewhere too: the mention of it named last before ``s``."""
    battles = {k[1] for k in walk.last_violent if k[2] == BATTLE[0]}
    others = {k[1] for k in walk.last_violent if k[2] != BATTLE[0]}
    if len(battles) != 1 or not others - battles:
        return None
    (place_id,) = battles
    return next((m for m in reversed(rep.gaza[:bisect_left(rep.gaza_starts, s.start)])
                 if m.place_id == place_id), None)


# "IDF troops completed an activity in the area of", "forces operated in"
_TROOPS = re.compile(r"\b(?:[Tt]roops|[Ff]orces|[Ss]oldiers|IDF|[Aa]rmy|[Mm]ilitary)\b")


def _where_the_troops_were(rep: Report, sent: Sentence,
                           near: tuple[Mention, int] | None) -> Mention | None:
    """Arrests told with no place of their own are at the troops' place, told just before
    in the paragraph, not at a place of an earlier paragraph: "IDF troops completed an
    activity in the area of the Kamal Adwan Hospital. Approximately 90 suspects were
    apprehended" (not "Khan Younis residents said the night was quiet", "Al-Shifa Hospital
    Director Mohammed Abu Salmiya: ...": no troops told there)."""
    s = sent.span
    if not sent.named and sent.before is not None and \
            sent.before.paragraph == s.paragraph and (near is None or near[1] != s.paragraph):
        troops = _TROOPS.search(rep.text, sent.before.start, sent.before.end)
        before = [m for m in rep.in_gaza(sent.before) if m.feature_class != "strip" and
                  troops is not None and m.start > troops.end()]
        # (not "troops were seen in Jabalia, Beit Lahia and Beit Hanoun": a list, no one
        # place)
        if before and len({m.place_id for m in before if m.kind != "region"}) <= 2:
            return min(before, key=lambda m: (SPECIFICITY.get(m.feature_class or "", 3),
                                              -m.start))
    return None


def _named_for_itself(unit: EventUnit, sent: Sentence) -> list[Mention]:
    """The places the sentence names for a violent unit told after the one before it:
    "Hours after the Muwasi strike, an airstrike on a prayer hall in the Shati camp": the
    place of the strike told before names the time, not this one's place."""
    named = sent.named
    frame = hours_after_the_one_told(sent.span) if unit.event_type in VIOLENT else None
    if frame is not None and unit.anchor >= frame and any(m.start >= frame for m in named):
        named = [m for m in named if m.start >= frame]
    return named


def _the_site_told_next(rep: Report, sent: Sentence, unit: EventUnit,
                        located: _Placed) -> Mention | None:
    """An attack whose sentence names no place is at the site the next sentence puts it:
    "a strike on a house inside the safe zone killed 12. ... a relative who lived in the
    targeted building in Deir al-Balah", not the place told before."""
    if unit.event_type in VIOLENT and not sent.named and located:
        return site_told_next(rep.text, sent.span, rep.gaza, rep.gaza_starts)
    return None


def _placed_next_past_another_matter(rep: Report, sent: Sentence, unit: EventUnit,
                                     refers_back: bool) -> Mention | None:
    """An attack whose sentence names no place in the Strip, only places abroad in a clause
    of another matter, is at the place the next sentence gives when it tells it again:
    "15 people were killed in an Israeli airstrike on an ambulance, and the top diplomat was
    due to meet Arab ministers in Jordan. The Israeli strike hit an ambulance at al-Shifa
    hospital" (not "killed 15 in an airstrike in southern Lebanon": its own clause's place
    abroad)."""
    clause = unit.clause
    if unit.event_type not in VIOLENT or refers_back or sent.named or not sent.outside or \
            rep.strip is None or sent.told_before is not None or \
            any(m.start < clause.end for m in sent.outside):
        return None
    return place_told_next(rep.text, sent.span, rep.sentences, rep.sentence_starts,
                           rep.gaza, rep.gaza_starts, rep.strip, rep.gaz)


def _the_areas_the_order_lists(rep: Report, sent: Sentence,
                               located: _Placed) -> list[Mention]:
    """An evacuation order for a wide area is for the areas the next sentence lists: "issued
    an evacuation warning for residents across the northern Gaza Strip. The areas include
    Sheikh Zayed, Beit Lahia, Jabalya camp"."""
    if located and all(p >= 3 for _, p, _ in located):
        return areas_told_next(rep.text, sent.span, rep.gaza, rep.gaza_starts, rep.gaz,
                               [m for m, _, _ in located])
    return []


def _the_crossing_aid_came_through(rep: Report, sent: Sentence,
                                   located: _Placed) -> Mention | None:
    """Aid told at the Strip is coded at the crossing told of just before: "Egypt opened the
    aid corridor via the Rafah border crossing. A convoy of 20 trucks entered the Gaza
    Strip"."""
    if located and all(m.feature_class == "strip" for m, _, _ in located):
        return _gate_told_before(sent.span, sent.before, rep.gaza, rep.gaza_starts)
    return None


# What the sentence before says of a crossing when it is the aid's way in
_GATE_WORDS = re.compile(r"(?i)\b(?:aid|trucks?|convoys?|corridor|(?:re)?opened|reopening|"
                         r"opening|humanitarian|deliver\w*|supplies)\b")


_GATE_SHUT = re.compile(r"(?i)\b(?:clos(?:e|ed|es|ing|ure)|shut\w*|suspend\w*|halt\w*|"
                        r"cut(?:ting|s)?\s+off|block\w*|seal\w*|stuck|stranded|piled\s+up)\b")
_GATE_OPENED = re.compile(r"(?i)\b(?:re)?open(?:ed|ing|s)?\b")


def _gate_told_before(s: Span, before: Span | None, gaza: list[Mention],
                      gaza_starts: list[int]) -> Mention | None:
    """The crossing the sentence just before names as the way aid comes in, if it does:
    where aid told next with no gate of its own entered."""
    if before is None or before.paragraph != s.paragraph or \
            _GATE_WORDS.search(before.text) is None or \
            _GATE_SHUT.search(before.text) and not _GATE_OPENED.search(before.text):
        return None  # (a crossing told shut is no way in: "Israel closed Kerem Shalom")
    named = gaza[bisect_left(gaza_starts, before.start):bisect_left(gaza_starts, before.end)]
    gates = {m.place_id: m for m in named if m.feature_class == "crossing"}
    return next(iter(gates.values())) if len(gates) == 1 else None


def _the_place_told_again_next(rep: Report, sent: Sentence, unit: EventUnit,
                               located: _Placed, refers_back: bool) -> Mention | None:
    """A happening placed at the Strip, a city or a region is at the place the next sentence
    gives when it tells it again: "An international aid convoy entered Gaza from Egypt. The
    Viva Palestina convoy ... entered Gaza through the Rafah crossing" (not a sentence that
    refers back, nor one after an attack told already: "the strike" next is that one)."""
    if len(located) == 1 and located[0][0].in_gaza and not refers_back and not (
            unit.event_type in VIOLENT and sent.told_before is not None) and (
            located[0][0].kind == "region" or
            located[0][0].feature_class in ("strip", "city")):
        return place_told_next(rep.text, sent.span, rep.sentences, rep.sentence_starts,
                               rep.gaza, rep.gaza_starts, located[0][0], rep.gaz)
    return None


_RECOVERED = re.compile(r"(?i)recover|retriev")


def _a_recovery_told_as_news(text: str, unit: EventUnit, located: _Placed) -> bool:
    """The army's search for bodies told with no place of its own is news of the war rather
    than an event somewhere: "Israel recovers the bodies of two hostages in Gaza" (not "...
    from a tunnel in Rafah")."""
    return bool(located) and \
        all(m.feature_class == "strip" or m.kind == "region" and factor < 0.9
            for m, _, factor in located) and _RECOVERED.match(text, unit.anchor) is not None


# a clause of its own after the release's: ", but bombardment resumed ...", "; while ..."
_BUT_CLAUSE = re.compile(r"[,;]\s+(?:but|while|whereas|although|though)\s")
# ... unless it tells of the handover itself: "Hamas released three hostages on Saturday,
# while crowds gathered in Khan Younis to watch the handover"
_HANDOVER_TOLD = re.compile(r"\b(?:hand(?:ed|ing|s)?[\s-]?over|handover|ceremon(?:y|ies)|"
                            r"red\s+cross|icrc|releas(?:e|ed|ing)|freed|freeing)\b", re.I)


def _places_of_the_clause_after_it(rep: Report, sent: Sentence, unit: EventUnit,
                                   located: _Placed) -> bool:
    """A release whose places are all those of a clause of its own after it is the Strip's:
    "On 12 May, the release of hostage Edan Alexander was followed by a short lull, but
    bombardment resumed within hours in southern and northern Gaza": the places of the
    clause after "but" are the bombardment's; the release names none."""
    s = sent.span
    return bool(located) and rep.strip is not None and \
        (but := _BUT_CLAUSE.search(rep.text, unit.anchor, s.end)) is not None and \
        all(m.start > but.start() for m, _, _ in located) and \
        not _HANDOVER_TOLD.search(rep.text, but.end(), s.end)


# ("four captives ... were rescued alive from two buildings in the camp": the place told
# before, told again by its word)
_PLACE_TOLD_AGAIN = re.compile(r"(?i)\b(?:the|that|this)\s+(?:same\s+)?(?:camp|city|town|area|"
                               r"village|hospital|neighbou?rhood|crossing|square|site|building|"
                               r"house)\b|\b(?:there|where)\b")
# ("released to Egypt", "freed in Ramallah": a place outside the Strip the handover is at;
# not "remains that Israel said belonged to a hostage": a speaker)
_AT_A_PLACE = re.compile(r"(?i)\b(?:in|at|to|from|into|via|through|near)\s+(?:the\s+)?$")


def _a_handover_with_no_place_of_its_own(rep: Report, sent: Sentence, unit: EventUnit,
                                         located: _Placed) -> bool:
    """A handover told with no place of its own is the Strip's, not the place a sentence
    before told for something else: "On Monday, it returned remains that Israel said
    belonged to a hostage", "All 20 living hostages were freed on October 13" (but
    "Twenty-four captives were released. They were driven through the Rafah crossing": the
    place the next sentence tells of them; nor "Crowds gathered in Khan Younis for the
    handover. Hamas freed three hostages": the handover's place told before)."""
    text, s = rep.text, sent.span
    return bool(located) and rep.strip is not None and \
        not sent.named and all(m.start < s.start for m, _, _ in located) and \
        not _RECOVERED.match(text, unit.anchor) and \
        not _PLACE_TOLD_AGAIN.search(s.text) and not any(
            _AT_A_PLACE.search(text, max(s.start, m.start - 8), m.start)
            for m in sent.outside) and not any(
            _HANDOVER_TOLD.search(rep.sentence_at(m.start).text) for m, _, _ in located)


# what makes an agreement one about Gaza: its parties or its place
_GAZA_PARTY = re.compile(r"\b(?:Hamas|Gaza|Palestinian)", re.I)
# a front of the war outside the Strip, named with no place of its own
_FRONT_ABROAD = re.compile(r"\b(?:Hezbollah|Leban\w*|Houthis?|Yemen\w*|Syria\w*|Iran\w*)\b")


def _an_agreement_for_all_of_gaza(rep: Report, sent: Sentence) -> bool:
    """A ceasefire or a pause in Gaza holds for the whole Strip, whatever town the sentence
    or the one before it names, wherever it was agreed (and "The truce began at 7 a.m. local
    time" after the Rafah crossing told, naming no place: the report's truce; not "a
    ceasefire in Lebanon", nor "The truce with Hezbollah began at 4 a.m." or "... agreed to
    a ceasefire in Lebanon. The truce began at 4 a.m.": another front)."""
    s = sent.span
    return rep.strip is not None and \
        (_GAZA_PARTY.search(s.text) is not None or not sent.named and not sent.outside and
         not any(t is not None and _FRONT_ABROAD.search(t.text) for t in (s, sent.before)))


# "another deadly attack on a school in Gaza": a weak cue whose harm is told, if not counted
# (an attack's: "Israel's deadly military operations in Gaza" are the war, not an event)
_DEADLY = re.compile(r"\b(?:deadly|fatal|lethal|bloody)\s+(?:[\w-]+\s+)?$", re.I)


def _a_weak_cue_with_no_place_of_its_own(text: str, s: Span, unit: EventUnit,
                                         located: _Placed) -> bool:
    """A weak cue ("the operation", "advances") makes an event only where its own sentence
    names a specific place: "the operation in Gaza" is background ("withdrew from the
    Netzarim Corridor" is not: a corridor is a named strip of ground)."""
    return unit.strength < 0.7 and not unit.casualty_phrases and not (
        unit.event_type != BATTLE[0] and
        _DEADLY.search(text, max(s.start, unit.anchor - 25), unit.anchor)) and all(
        m.kind == "region" and not (m.feature_class == "corridor" and
                                    unit.event_type == "Strategic developments")
        or factor < 0.9
        for m, _, factor in located)
