"""``parse()``: the whole text pipeline for one report, as a chain of the stages.

gazetteer -> mentions (``geoevents.mentions``) -> events (``geoevents.events``). Each
stage is a pure function of its input; ``parse`` only validates and chains them.
"""

from __future__ import annotations

from datetime import date

from geoevents.dates import parse_published
from geoevents.errors import ReportFormatError
from geoevents.events import extract_events
from geoevents.gazetteer import Gazetteer
from geoevents.mentions import MentionMatcher, default_matcher
from geoevents.model import ParsedReport

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
        raise ReportFormatError(f"{who}published={published!r} is not an ISO date (YYYY-MM-DD)")
    return anchor


def find_places(text: str, *, gazetteer: Gazetteer | None = None) -> ParsedReport:
    """Only the mention stage: every place the text names (no events)."""
    text = _check_text(text, None)
    matcher = default_matcher() if gazetteer is None else MentionMatcher(gazetteer)
    return ParsedReport(text=text, mentions=tuple(matcher.find(text)))


def parse(text: str, published: object = None, report_id: str | None = None,
          source: str | None = None, url: str | None = None, *,
          gazetteer: Gazetteer | None = None) -> ParsedReport:
    """Places and events of one report.

    Parameters
    ----------
    text : str
        The report, as scraped (page chrome and markup are tolerated).
    published : str or date, optional
        Publication date (ISO). Anchors "on Saturday", "yesterday"; without it those
        stay unresolved (null), never today's date.
    report_id, source, url : str, optional
        Copied onto every event.

    Returns
    -------
    ParsedReport
        ``.mentions`` (every place named, with offsets) and ``.events``.

    Raises
    ------
    ReportFormatError
        If ``text`` is not a string, or ``published`` is given but is not an ISO date.

    Examples
    --------
    >>> doc = parse("Israeli airstrikes on Khan Younis killed at least 12 people on Monday.",
    ...             published="2024-07-02")
    >>> [(e.location, e.event_date, e.fatalities) for e in doc.events]
    [('Khan Younis', '2024-07-01', 12)]
    """
    text = _check_text(text, report_id)
    anchor = _check_published(published, report_id)
    matcher = default_matcher() if gazetteer is None else MentionMatcher(gazetteer)
    mentions = tuple(matcher.find(text))
    events = tuple(extract_events(text, mentions, published=anchor, report_id=report_id,
                                  source=source, url=url, gazetteer=gazetteer))
    return ParsedReport(text=text, report_id=report_id,
                        published=anchor.isoformat() if anchor else None, source=source,
                        url=url, mentions=mentions, events=events)
