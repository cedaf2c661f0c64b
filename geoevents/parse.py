"""``parse()``: the whole text pipeline for one report, as a chain of the stages.

gazetteer -> mentions (``geoevents.mentions``) -> events (``geoevents.events``). Each
stage is a pure function of its input; ``parse`` only validates and chains them, and maps
what the stages found back to the text it was given (HTML read as its text, Unicode in its
normal form: ``geoevents.markup``, ``geoevents.text_form``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from geoevents.dates import parse_published
from geoevents.dates.expressions import PUBLISHED_FORMS
from geoevents.errors import ReportFormatError
from geoevents.events import extract_events
from geoevents.gazetteer import Gazetteer
from geoevents.markup import PlainText, strip_markup
from geoevents.mentions import matcher_for
from geoevents.model import Event, Mention, ParsedReport
from geoevents.text_form import NormalText, normal_form

__all__ = ["parse", "find_places"]


def _check_text(text: object, report_id: object) -> str:
    if not isinstance(text, str):
        who = f"report {report_id!r}: " if report_id is not None else ""
        raise ReportFormatError(f"{who}text must be a string, not {type(text).__name__}")
    return text


def _check_published(published: object, report_id: object) -> date | None:
    """A publication date that cannot be read is an error, not a silent null: it would
    leave every "on Saturday" in the report undated."""
    if published is None or published == "":
        return None
    anchor = parse_published(published)
    if anchor is None:
        who = f"report {report_id!r}: " if report_id is not None else ""
        raise ReportFormatError(f"{who}published={published!r} is not {PUBLISHED_FORMS}")
    return anchor


def find_places(text: str, *, gazetteer: Gazetteer | None = None) -> ParsedReport:
    """Only the mention stage: every place the text names (no events)."""
    text = _check_text(text, None)
    return ParsedReport(text=text, mentions=_mention_stage(text, gazetteer).mentions)


@dataclass(frozen=True, slots=True)
class _Read:
    """A report as the stages read it, and the way back to what the caller gave."""

    readable: str  # the plain text (HTML read as its text), else the text itself
    normal: NormalText | None  # ``readable`` in its Unicode normal form, if not already
    found: list[Mention]  # mentions with offsets into the text the stages read
    mentions: tuple[Mention, ...]  # the same, with offsets into the original text

    @property
    def parsed(self) -> str:
        """The text the stages read: the normal form of the readable text."""
        return self.normal.text if self.normal is not None else self.readable


def _mention_stage(text: str, gazetteer: Gazetteer | None) -> _Read:
    """The mention stage, and what the event stage needs.

    HTML is read as its plain text, and text in another Unicode form than the one the
    gazetteer's spellings and the rules are written in (decomposed accents, soft hyphens,
    fullwidth letters) as its normal form; later stages work on that text, while the
    mentions a caller sees point into the original: each map back is applied once, here.
    """
    matcher = matcher_for(gazetteer)
    plain = strip_markup(text)
    readable = plain.text if plain is not None else text
    normal = normal_form(readable)
    found = matcher.find(normal.text if normal is not None else readable)
    mentions: list[Mention] = found
    if normal is not None:
        mentions = _to_original(readable, normal, mentions)
    if plain is not None:
        mentions = _to_original(text, plain, mentions)
    return _Read(readable, normal, found, tuple(mentions))


def _to_original(text: str, read: PlainText | NormalText, mentions: list[Mention]
                 ) -> list[Mention]:
    """Mentions found in the text as read, with offsets and surfaces of the original."""
    out = []
    for m in mentions:
        start, end = read.original_span(m.start, m.end)
        out.append(replace(m, start=start, end=end, surface=text[start:end]))
    return out


def _original_notes(read: _Read, events: list[Event]) -> list[Event]:
    """Events whose evidence sentence is quoted from the readable text, not from its normal
    form: ``notes`` is verbatim, as the report wrote it. (Each event's ``event_id`` stays
    the hash of the normal form, so a report gets the same ids in any Unicode form.)"""
    normal = read.normal
    if normal is None:
        return events
    quoted: dict[str, str] = {}
    out = []
    for e in events:
        notes = quoted.get(e.notes)
        if notes is None:
            at = normal.text.find(e.notes)
            if at < 0 or not e.notes:
                notes = e.notes
            else:
                start, end = normal.original_span(at, at + len(e.notes))
                notes = read.readable[start:end]
            quoted[e.notes] = notes
        out.append(e if notes == e.notes else replace(e, notes=notes))
    return out


def parse(text: str, published: str | date | None = None, report_id: str | None = None,
          source: str | None = None, url: str | None = None, *,
          gazetteer: Gazetteer | None = None) -> ParsedReport:
    """Places and events of one report.

    Parameters
    ----------
    text : str
        The report, as scraped. Page chrome is tolerated; HTML markup is read as its
        plain text (scripts, styles and tags skipped, entities decoded), and text in
        another Unicode form as its normal form (``geoevents.text_form``), with mention
        offsets and the sentences quoted in ``notes`` still those of ``text``.
    published : str, date or datetime, optional
        Publication date: an ISO date, or an ISO date-time. Anchors "on Saturday",
        "yesterday"; without it those stay unresolved (null), never today's date. A
        date-time with "Z" or a UTC offset (or an aware datetime) counts from its day in
        Gaza ("2024-06-29T23:30:00Z" is 30 June there); one without is Gaza's time.
    report_id, source, url : str, optional
        Copied onto every event.

    Returns
    -------
    ParsedReport
        ``.mentions`` (every place named, with offsets) and ``.events``.

    Raises
    ------
    ReportFormatError
        If ``text`` is not a string, or ``published`` is given but is not an ISO date or
        date-time (trailing text included: "2024-06-29garbage").

    Examples
    --------
    >>> doc = parse("Israeli airstrikes on Khan Younis killed at least 12 people on Monday.",
    ...             published="2024-07-02")
    >>> [(e.location, e.event_date, e.fatalities) for e in doc.events]
    [('Khan Younis', '2024-07-01', 12)]
    """
    text = _check_text(text, report_id)
    anchor = _check_published(published, report_id)
    read = _mention_stage(text, gazetteer)
    events = extract_events(read.parsed, read.found, published=anchor, report_id=report_id,
                            source=source, url=url, gazetteer=gazetteer)
    return ParsedReport(text=text, report_id=report_id,
                        published=anchor.isoformat() if anchor else None, source=source,
                        url=url, mentions=read.mentions,
                        events=tuple(_original_notes(read, events)))
