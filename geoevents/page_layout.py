"""What a page's layout says of where its events happened: headings, the title of an
article on one incident, and an infobox's location line.

Scraped pages and encyclopedia articles place an incident once, in a title ("Tel
al-Sultan massacre") or an infobox ("Location: Tel al-Hawa"), and tell it below in
prose that names only the Strip or a city; these narrow such events to that place.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta

from geoevents.dates import find_dates
from geoevents.event_dates import BULLET
from geoevents.gazetteer import Gazetteer
from geoevents.model import Mention
from geoevents.photo_captions import a_credited_caption, a_scene_credited, an_agency_picture
from geoevents.sentences import Span
from geoevents.speech import SAID
from geoevents.text_ends import blank
from geoevents.trigger_table import BATTLE, VIOLENT

__all__ = ["infobox_place", "is_caption", "is_heading", "narrowed", "titled_place",
           "under_title"]

_INFOBOX_LOCATION = re.compile(r"(?m)^[ \t•*-]*Location\s*:?\s*(?=\S)")


def infobox_place(text: str, gaza: list[Mention]) -> Mention | None:
    """The place an article's infobox gives ("Location: Tel al-Hawa, Gaza Strip",
    "LocationDeir al-Balah"): the first specific place on that line."""
    hit = _INFOBOX_LOCATION.search(text)
    if hit is None:
        return None
    line_end = text.find("\n", hit.end())
    line_end = len(text) if line_end < 0 else line_end
    return next((m for m in gaza if hit.end() <= m.start < line_end and m.kind != "region"),
                None)


def narrowed(m: Mention, precision: int, factor: float, infobox: Mention,
             gaz: Gazetteer) -> tuple[Mention, int, float]:
    """An event the prose places only in the Strip, a governorate or the city the infobox
    place lies in ("in the Gaza Strip"; infobox "Deir al-Balah"): at the infobox place."""
    if m.place_id == infobox.place_id:
        return m, precision, factor
    outer, inner = gaz.get(m.place_id), gaz.get(infobox.place_id)
    if outer is None or inner is None or not gaz.within(inner, outer):
        return m, precision, factor
    return infobox, 2, factor * 0.9


def is_heading(text: str, s: Span) -> bool:
    """A whole line without a closing stop that is not a bullet, with more text below."""
    if s.text[-1:] in ".!?:;\"”)]" or (s.start and text[s.start - 1] != "\n"):
        return False
    after = text[s.end:s.end + 2]
    return after[:1] == "\n" and after[1:2] not in ("", "\n") and not BULLET.match(s.text)


# The title of an article on one incident, over the items that tell it: "Tel al-Sultan
# massacre", "October 2024 Beit Lahia attacks" (not a campaign's, "Rafah offensive", nor a
# series', "Rafah aid distribution killings").
_INCIDENT_TITLE = re.compile(r"(?i)\b(?:air ?strikes?|strikes?|attacks?|massacres?|"
                            r"bombings?)\s*$")
# "killed across the Gaza Strip": a toll the item gives for more than the titled incident
_ACROSS = re.compile(r"\b(?:[Aa]cross|[Tt]hroughout|all over|elsewhere|[Ss]eparate\w*)\b")


def titled_place(s: Span, gaza: list[Mention], starts: list[int]) -> Mention | None:
    """The one specific place an incident's title names, if the line is such a title."""
    if not _INCIDENT_TITLE.search(s.text) or ":" in s.text or len(s.text.split()) > 8:
        return None  # (not "Also Read: UN condemns Nuseirat school strike", a link)
    named = [m for m in gaza[bisect_left(starts, s.start):bisect_left(starts, s.end)]
             if m.kind != "region" and m.place_id is not None]
    return named[0] if len({m.place_id for m in named}) == 1 else None


def _only_wider(named: list[Mention], titled: Mention, gaz: Gazetteer) -> bool:
    """Whether every place an item names holds the one its title names ("a tent camp in
    Rafah" under "Tel al-Sultan massacre"; not an item that names the titled place, or
    another, itself)."""
    inner, strip = gaz.get(titled.place_id), gaz.strip
    if len({m.place_id for m in named if m.place_id is not None and
            (strip is None or m.place_id != strip.id)}) > 1:
        return False  # "... in Deir al-Balah governorate; earlier, six in Nuseirat": its own
    for m in named:
        outer = gaz.get(m.place_id)
        if outer is None:
            continue
        if m.place_id == titled.place_id or inner is None or not gaz.within(inner, outer):
            return False
    return True


def under_title(event_type: str, text: str, s: Span, named: list[Mention],
                titled: Mention | None, gaz: Gazetteer) -> bool:
    """Whether an item's violence is the incident its title names: "Al-Maghazi refugee
    camp airstrikes" over "a strike on a refugee camp in the Gaza Strip" (not a battle,
    nor a toll given "across the Gaza Strip")."""
    return titled is not None and event_type in VIOLENT and event_type != BATTLE[0] and \
        _ACROSS.search(text, s.start, s.end) is None and _only_wider(named, titled, gaz)


# A photo's credit: "© Eyad BABA / AFP", "(Abdel Kareem Hana/AP)", "Photo: Amir Cohen / Reuters"
# (a "©" credit closes its sentence: not "Smoke rises over Rafah © AFP An Israeli strike ...")
_CREDIT = re.compile(r"©[^©.!?]{0,60}$|"
                     r"\((?:[A-Z][\w'.-]*\s+){1,4}[A-Z][\w'.-]*\s*/\s*(?:AP|AFP|Reuters|EPA|"
                     r"Getty Images|Anadolu|Xinhua|UNRWA|UNICEF|WFP|OCHA)\b[^)]{0,30}\)\s*$|"
                     r"\bPhoto(?:graph)?\s*:\s*(?:[A-Z][\w'.-]*\s+){1,4}/")


def is_caption(s: Span, text: str = "", published: date | None = None) -> bool:
    """Whether a sentence is a photo caption with its credit ("The destruction after an
    Israeli strike in Nuseirat in May (Abdel Kareem Hana/AP)", "... in the northern Gaza
    Strip, August 7, 2018. REUTERS/Mohammed Salem"): it describes a picture, often of
    another day, not the report's news. ``text`` is the report, where the credit may
    follow the sentence. An agency's inline caption counts too (see
    :mod:`geoevents.photo_captions`). A stamped line closed by a page's own credit ("...,
    in Rafah, December 7, 2023. Photo: Reuters") is a caption when its stamp is more than
    a week before ``published``, the report's day: a picture of another month. A page
    that opens on a picture of its own days ("Destruction at Nasser Hospital following an
    Israeli attack, 13 May 2025. Photo by OCHA") tells in it the news it goes on to."""
    t = s.text
    # (every credit has a "©" or a "/", and a stamp ends on a year's digit, with or
    # without a full stop: plain-text tests that spare most sentences the patterns)
    credit = ("©" in t or "/" in t) and _CREDIT.search(t) is not None
    if not credit and t.rstrip().removesuffix(".")[-1:].isdigit():
        credit = _STAMPED.search(t) is not None and \
            (_CREDIT_NEXT.match(text, s.end) is not None or
             a_credited_caption(s, text) and _weeks_before(t, published))
    return credit and _TOLD_BY.search(t) is None or pictured(s, text) or \
        an_agency_picture(s, text) or a_scene_credited(s, text)


def pictured(s: Span, text: str) -> bool:
    """Whether a paragraph tells what the people in a picture are doing, in the simple
    present a caption uses and a report's news does not ("Mourners carry the bodies of
    relatives killed in an overnight strike, at a hospital in Deir al-Balah", "A boy
    wounded in shelling lies on a stretcher in Nasser Hospital"): the attack it names only
    as what befell the people shown is the picture's background, told (if at all) as news
    elsewhere, and the place is where the picture was taken, not where the attack fell.
    The present shows in the verb's agreement with its subject: a bare verb after people,
    one in -s after a person. A line that says who told it, or has a finite verb in the
    past, is news whatever its tense; one that tells the attack the people act after
    ("flee after an Israeli strike on a school in Rimal") tells it as an act of its own."""
    t = s.text
    if s.start and text[max(0, s.start - 2):s.start] != "\n\n" or \
            _CLOSED.search(text, s.end, s.end + 60) is None or \
            blank(text, 0, s.start) and blank(text, s.end):
        return False  # (a caption is a paragraph of its own, not a line of a list, nor the
        # whole of a report)
    if t[-1:] not in ".!?\"”" and not blank(text, s.end) and "—" not in t[-30:]:
        return False  # (a subheading over more text: a headline's present)
    return _PICTURE_PEOPLE.match(t) is not None and _NEWS_TENSE.search(t) is None and \
        _AN_ACT_BEFORE.search(t) is None and _BEFELL.search(t) is not None and \
        _A_TOLL.search(t) is None and _AN_ACT_BESIDE.search(t) is None and \
        _DIES.search(t) is None


# Words after a subject that are no verb in the present: the past (the regular "-ed" and
# the common irregular forms), a participle, an adverb, a function word
_NOT_A_PRESENT = (
    r"(?![a-z]+(?:ed|ing|ly)\b|(?:are|is|am|be|been|being|can|could|may|might|must|shall|"
    r"should|do|does|of|in|at|on|from|to|for|by|with|and|or|but|who|which|that|whose|as|"
    r"near|across|after|before|during|inside|outside|into|amid|among|under|over|including|"
    r"through|toward|towards|around|along|behind|beside|between|without|within|via|than|"
    r"like|against|about|past|up|down|out|off|onto|upon|also|then|still|now|"
    r"ate|became|began|bore|broke|brought|built|came|caught|chose|dug|drew|drove|fed|fell|"
    r"felt|fled|flew|fought|found|froze|gave|got|grew|held|heard|hid|hit|hung|kept|knew|"
    r"laid|lay|led|left|lost|made|meant|met|paid|put|ran|rang|rode|rose|sank|sat|saw|"
    r"sent|set|shook|shot|shut|slept|sought|spent|spoke|stood|stole|struck|swept|swore|"
    r"took|threw|tore|understood|went|woke|won|wore|wrote|cut|spread|stuck|blew|bled)\b)")
# The people a caption shows, as its sentence's subject (up to four words before them:
# "A young Palestinian man", "Displaced Palestinian families"), an optional participle
# phrase ("injured in an Israeli strike", "driven out by the bombardment"), then the verb
# in the present: bare after people, in -s after a person
_PEOPLE_MANY = (r"palestinians|people|persons|men|women|children|kids|boys|girls|babies|"
                r"infants|mourners|relatives|residents|rescuers|workers|medics|paramedics|"
                r"doctors|nurses|families|members|civilians|gazans|survivors|volunteers|"
                r"worshippers|crowds|youths|mothers|fathers|students|neighbou?rs|"
                r"journalists")
_PEOPLE_ONE = (r"person|man|woman|child|kid|boy|girl|baby|infant|mourner|relative|resident|"
               r"rescuer|worker|medic|paramedic|doctor|nurse|family|member|civilian|"
               r"survivor|volunteer|crowd|youth|mother|father|student|journalist")
_PICTURE_PEOPLE = re.compile(
    r"(?:(?:[A-Z][\w'’-]*|an?|the|two|three|four|five|six|\d+|young|old|elderly|little|"
    r"small|local|other|wounded|injured|displaced|grieving|bereaved|exhausted)\s+){0,4}?"
    r"(?i:(?:" + _PEOPLE_MANY + r")\b(?P<m>)|(?:" + _PEOPLE_ONE + r")\b)"
    r"(?:,?\s+[a-z]+(?:ed|en|t)(?:\s+(?:out|away|off|up|down))?\s+"
    r"(?:in|by|at|during|after|from|with)\s+"
    r"(?:[\w'’-]+\s+){1,5}?)?\s*" + _NOT_A_PRESENT +
    r"(?:(?(m)[a-z]*[a-rt-z]|[a-z]*[a-rt-z]s))\s+[a-z]")
# The end of a caption's paragraph: the text's, or a blank line, after at most its credit
_CLOSED = re.compile(r"[^\n]{0,50}(?:\n[ \t]*\n|\Z)")
# What the people shown do after, or at the site of, an act the caption tells as such
# ("flee after an Israeli strike on a school", "pray in a mosque following an Israeli strike
# in Rafah", "search the site of a strike on a house in Jabalia"): an act of its own, with
# its own place, not only what befell them
_AN_ACT_BEFORE = re.compile(r"\b(?:after|following|since|(?:site|scene|aftermath|wake)\s+of)\b")
# The attack named only as what befell people, a participle on them ("relatives killed
# in", "families forced out by", "a girl wounded in"): what a caption shows of it. A line
# with no such participle tells its attack in a verb of its own ("die in an Israeli
# strike", "report heavy shelling"), which is how headlines and live-blog lines tell news
_BEFELL = re.compile(
    r"(?i:\b(?:" + _PEOPLE_MANY + r"|" + _PEOPLE_ONE + r")\b),?\s+"
    r"(?:[a-z]+(?:ed|en)|hurt|hit|shot|struck|caught|left|cut)"
    r"(?:\s+(?:out|away|off|up|down))?\s+(?:in|by|during|from)\b")
# A count of people hedged as a toll is ("number at least 30", "more than 20"): news, not
# what a picture shows
_A_TOLL = re.compile(r"(?i)\b(?:at least|more than|nearly|almost|up to|some)\s+"
                     r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens)\b")
# A death told as it happens ("a boy injured in a strike dies in hospital"): news, which a
# picture cannot show
_DIES = re.compile(r"(?i)\b(?:die|dies|succumbs?)\b")
# An act told beside what the people shown do, with a subject of its own ("as Israeli
# troops push into Shejaiya", "while an Israeli tank shells the convoy"): news of its own
_AN_ACT_BESIDE = re.compile(r"\b(?:as|while)\s+(?!(?:they|he|she|it|we|well)\b)"
                            r"(?:[\w'’-]+\s+){0,4}?[a-z]+s\b")
# A finite verb in the past or the perfect, or a teller: news, whatever else it holds
_NEWS_TENSE = re.compile(r"(?i)\b(?:was|were|has|have|had|did|will|would|" + SAID +
                         r"|told|according)\b")


# A wire photo's credit on its own after the caption: "REUTERS/Mohammed Salem", "AP
# Photo/Hatem Moussa", "REUTERS/Hatem Khaled/File Photo Purchase Licensing Rights",
# "EPA-EFE/HAITHAM IMAD", "AFP via Getty Images"
_CREDIT_NEXT = re.compile(r"[ \t]*(?:\(?(?:REUTERS|AFP|AP\s+Photo|EPA(?:-EFE)?|Getty\s+Images)"
                          r"\s*/\s*(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*"
                          r"(?:\s*/\s*File\s+Photo)?\)?(?:[ \t]+Purchase\s+Licensing\s+Rights)?|"
                          r"AFP\s+via\s+Getty\s+Images)[ \t]*(?:\n|$)")
# A wire caption closes on the picture's day with its year ("..., August 7, 2018.", "...,
# 07 May 2024."); a sentence of news a page glued a credit to does not ("... killed five
# people on Tuesday. REUTERS/Hatem Khaled")
_STAMPED = re.compile(r"\b(?:19|20)\d\d\.?\s*$")
# How long before the report a picture's stamp must be to show another time than the news's
_A_WEEK = timedelta(days=7)


def _weeks_before(t: str, published: date | None) -> bool:
    """Whether the caption ``t`` is stamped (its last date) more than a week before the
    report's day: "..., December 7, 2023." in a report of 1 January 2024."""
    if published is None:
        return False
    days = [r.date for r in find_dates(t, published) if r.date is not None and r.precision == 1
            and not r.since]
    return bool(days) and date.fromisoformat(days[-1][:10]) < published - _A_WEEK


# A sentence that ends on its source is news, whatever credit a page glued to it ("Israeli
# strikes killed 20 people in Rafah on Sunday, medics said. © Eyad BABA / AFP", "...,
# according to the civil defence (Civil Defence/OCHA)"; not a caption that opens on one:
# "Gazans reported discovering 'around 40 bodies' ... © Omar AL-QATTAA / AFP")
_TOLD_BY = re.compile(r"(?:\b(?:" + SAID + r")|\baccording to(?: [\w'’-]+){1,6})[.,]?\s*"
                      r"(?:©|\()")
