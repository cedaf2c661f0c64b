"""A place carried from other sentences that the act's own day does not reach.

A sentence with no place of its own takes the place told before it (:mod:`geoevents.events.
places`). That holds while the story stays at that place's day; an act the sentence dates
a week or more from every record the report made at that place is another story, told in
passing: "a missile strike Thursday near Rafah's Kuwaiti Hospital killed at least 18 ...
The IDF on Thursday said an investigation into the killing of three Israeli hostages by IDF
soldiers Dec. 15 found ..." -- the hostages were not killed at the hospital. Such an act is
placed in the Strip at large, not at the carried place.
"""

from __future__ import annotations

from datetime import date, timedelta

from geoevents.dates import parse_published
from geoevents.events.report import Report, Sentence, Walk
from geoevents.model import Mention

# how far an act's day must lie from every record at a carried place to leave it
_APART = timedelta(days=7)
# how near the report's own day a record is news of it
_NEWS = timedelta(days=1)


def _carried(m: Mention, sent: Sentence) -> bool:
    """Whether ``m`` is named outside the sentence (carried to it from another)."""
    return not (sent.span.start <= m.start < sent.span.end)


def _days_at(walk: Walk, place_id: str) -> list[date | None]:
    """The days of the records the report has made so far at ``place_id``."""
    return [parse_published(e.event_date) if e.event_date else None
            for e in walk.merged.values() if e.place_id == place_id]


def a_week_from_the_carried_place(walk: Walk, sent: Sentence, place: Mention,
                                  when: str | None, published: date | None) -> bool:
    """Whether ``place`` was carried to the sentence from another, every record already
    made there (at least one) is news of the report's own days (within a day of
    ``published``), and the act's day ``when`` lies a week or more before them: an act of
    the past told in passing, not the story at that place (a narrative that moves from day
    to day at one place, "The IDF entered populated areas of the city on 14 May", is not
    news of the report's day; an undated record or act keeps the place)."""
    if when is None or published is None or place.place_id is None or \
            not _carried(place, sent):
        return False
    day = parse_published(when)
    days = _days_at(walk, place.place_id)
    if day is None or not days or any(d is None or abs(d - published) > _NEWS for d in days):
        return False
    return all(d - day >= _APART for d in days if d is not None) and \
        _tells_on_the_news_day(sent, days)


def _tells_on_the_news_day(sent: Sentence, days: list[date | None]) -> bool:
    """Whether the sentence also names a day of the records at the carried place ("The
    IDF on Thursday said an investigation into the killing ... Dec. 15 found"): it is told
    that day, of an act of another; a sentence whose one day is the act's ("On 6 December,
    forces bombed a building in Barkat Al-Waz") is a narrative that moved on, its place
    unsaid, not shown to be elsewhere."""
    told = [parse_published(d.date) for d in sent.dated if d.date and not d.since]
    return any(t is not None and d is not None and abs(t - d) <= _NEWS
               for t in told for d in days)


def leave_places_of_other_days(rep: Report, walk: Walk, sent: Sentence,
                               located: list[tuple[Mention, int, float]], when: str | None
                               ) -> list[tuple[Mention, int, float]]:
    """``located`` with a carried place whose records lie a week or more from the act's
    day (:func:`a_week_from_the_carried_place`) given up for the Strip (precision 3)."""
    if rep.strip is None:
        return located
    apart = [a_week_from_the_carried_place(walk, sent, m, when, rep.anchor)
             for m, _, _ in located]
    if not any(apart):
        return located
    kept = [loc for loc, gone in zip(located, apart, strict=True) if not gone]
    if not any(m is rep.strip for m, _, _ in kept):
        factor = min(f for _, _, f in located)
        kept.append((rep.strip, 3, factor))
    return kept
