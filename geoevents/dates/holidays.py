"""Days told by the Muslim calendar: "on the third day of the Eid al-Fitr holiday", "on the
tenth day of the fasting month of Ramadan", "on the eve of Eid al-Adha", "during Eid al-Fitr".

Gaza's reports date strikes by the feast or the fast they fell in as often as by the
weekday: each names one day, the feast's or the month's first day counted on, in the year
the report was written in. The first days are those the Strip kept (the Palestinian
announcements, which follow the sighting of the moon, not a computed calendar), for the
years reports are read for; a year not listed dates nothing rather than a guess.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from geoevents.quantities import ORDINALS

# The first day of each, as kept in the Strip
_FIRST_DAYS: dict[str, tuple[date, ...]] = {
    "ramadan": (date(2021, 4, 13), date(2022, 4, 2), date(2023, 3, 23), date(2024, 3, 11),
                date(2025, 3, 1)),
    "fitr": (date(2014, 7, 28), date(2021, 5, 13), date(2022, 5, 2), date(2023, 4, 21),
             date(2024, 4, 10), date(2025, 3, 30)),
    "adha": (date(2014, 10, 4), date(2021, 7, 20), date(2022, 7, 9), date(2023, 6, 28),
             date(2024, 6, 16), date(2025, 6, 6)),
}
# how long before the report the feast or the month may have begun and still be the one told
_WITHIN = 60  # days

_NAME = r"(?:Eid\s+al[- ]?(?:Fitr|Adha)|Ramadan|Eid)"
# "the third day of the Eid al-Fitr holiday", "the tenth day of the month of Ramadan",
# "the eve of Eid al-Adha"; "on Eid al-Adha", "during Eid al-Fitr" (its first day)
PATTERN = re.compile(
    r"\bthe\s+(?:(?P<nth>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,2}(?:st|nd|rd|th))\s+day|(?P<eve>eve))\s+of\s+(?:the\s+)?"
    r"(?:(?:Muslim|holy|Islamic|fasting|blessed)\s+){0,2}(?:month\s+of\s+)?(?:the\s+)?"
    rf"(?P<name>{_NAME})\b|"
    r"\b(?P<prep>on|during)\s+(?:the\s+)?(?:(?:Muslim|Islamic)\s+)?(?:(?:holiday|feast)\s+of\s+)?"
    r"(?P<feast>Eid\s+al[- ]?(?:Fitr|Adha))\b",
    re.IGNORECASE)


def _kind(name: str) -> str:
    """"ramadan", "fitr", "adha", or "eid" (which feast the report does not say)."""
    low = name.lower()
    return "ramadan" if low == "ramadan" else "fitr" if "fitr" in low else \
        "adha" if "adha" in low else "eid"


def _first_day(kind: str, anchor: date) -> date | None:
    """The first day of the feast or month that began last on or before ``anchor``, within
    ``_WITHIN`` days of it; for a bare "Eid", the later of the two feasts."""
    kinds = ("fitr", "adha") if kind == "eid" else (kind,)
    starts = [d for k in kinds for d in _FIRST_DAYS[k] if d <= anchor]
    if not starts:
        return None
    last = max(starts)
    return last if (anchor - last).days <= _WITHIN else None


def holiday_day(m: re.Match, anchor: date | None) -> tuple[date | None, int]:
    """The day a match of PATTERN names and its precision: the first day counted on ("the
    third day of Eid al-Fitr" in a 2025 report is 1 April), the day before for "the eve",
    the feast's first day, to a week, for "during"; None where the report has no
    publication day or the year is not listed."""
    if anchor is None:
        return None, 1
    name = m.group("name") or m.group("feast")
    first = _first_day(_kind(name), anchor + timedelta(days=1))
    if first is None:
        return None, 1
    if m.group("eve"):
        return first - timedelta(days=1), 1
    if m.group("nth"):
        nth = m.group("nth").lower()
        n = ORDINALS.get(nth) or int(re.match(r"\d+", nth).group(0))  # type: ignore[union-attr]
        return first + timedelta(days=n - 1), 1
    return first, 2 if m.group("prep").lower() == "during" else 1
