"""``parse()``: the whole text pipeline for one report, as a chain of the stages.

gazetteer -> mentions (``geoevents.mentions``) -> events (``geoevents.events``). Each
stage is a pure function of its input; ``parse`` only validates and chains them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from geoevents.dates import parse_published
from geoevents.dates.expressions import PUBLISHED_FORMS
from geoevents.errors import ReportFormatError
from geoevents.events import extract_events
from geoevents.gazetteer import Gazetteer
from geoevents.markup import PlainText, strip_markup
from geoevents.mentions import matcher_for
from geoevents.model import Mention, ParsedReport

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
    _, _, mentions = _mention_stage(text, gazetteer)
    return ParsedReport(text=text, mentions=mentions)


def _mention_stage(text: str, gazetteer: Gazetteer | None
                   ) -> tuple[str, list[Mention], tuple[Mention, ...]]:
    """(readable text, mentions in it, mentions with offsets into ``text``).

    HTML is read as its plain text; later stages work on that text, while the mentions a
    caller sees point into the original.
    """
    matcher = matcher_for(gazetteer)
    plain = strip_markup(text)
    readable = plain.text if plain is not None else text
    found = matcher.find(readable)
    return readable, found, tuple(found) if plain is None else _to_original(text, plain, found)


def _to_original(text: str, plain: PlainText, mentions: list[Mention]) -> tuple[Mention, ...]:
    """Mentions found in the plain text, with offsets and surfaces of the original."""
    out = []
    for m in mentions:
        start, end = plain.original_span(m.start, m.end)
        out.append(replace(m, start=start, end=end, surface=text[start:end]))
    return tuple(out)


def parse(text: str, published: str | date | None = None, report_id: str | None = None,
          source: str | None = None, url: str | None = None, *,
          gazetteer: Gazetteer | None = None) -> ParsedReport:
    """Places and events of one report.

    Parameters
    ----------
    text : str
        The report, as scraped. Page chrome is tolerated; HTML markup is read as its
        plain text (scripts, styles and tags skipped, entities decoded), with mention
        offsets still pointing into ``text``.
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
    readable, found, mentions = _mention_stage(text, gazetteer)
    events = tuple(extract_events(readable, found, published=anchor, report_id=report_id,
                                  source=source, url=url, gazetteer=gazetteer))
    return ParsedReport(text=text, report_id=report_id,
                        published=anchor.isoformat() if anchor else None, source=source,
                        url=url, mentions=mentions, events=events)
