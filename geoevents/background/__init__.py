"""Sentences that tell no event of the report: background, history, definitions and the
stock lines of daily updates.

A report frames its news with the war's tallies ("nearly 38,000 deaths since October"),
states of affairs ("the siege continues"), history ("the camp was established in 1948")
and, in an article, a definition of its subject. Each carries event words; none is an
incident of the report, unless it names a day (or a count) of its own.

:func:`tells_background` weighs a sentence with event words against the package's
modules, one decision each; :func:`is_stock_line` reads an update's stock lines itself:

- :mod:`geoevents.background.tally_words`: a figure, a tally and the past tense of the day's
  news, the words the others share;
- :mod:`geoevents.background.war_frame`: the war's tallies and states of affairs, how long a
  campaign has gone on, the captives still held, a share of what it has ruined, a definition;
- :mod:`geoevents.background.recalled`: history, the war's first day, a truce or a deed of
  weeks before, recalled;
- :mod:`geoevents.background.running_tallies`: a figure counted since a month, a day weeks
  before, "then" or a truce;
- :mod:`geoevents.background.counts_over_a_span`: a figure summed over a month, weeks between
  two days, a monitor's week, the targets struck over weeks, harm summed over a week or
  more told in days;
- :mod:`geoevents.background.abroad`: an attack told in another country;
- :mod:`geoevents.background.crossed_into_israel`: an act of fighters who crossed from the
  Strip into Israel, done there;
- :mod:`geoevents.background.after_news_abroad`: a sentence with no place of its own that
  goes on with news told in another land;
- :mod:`geoevents.background.staff_tallies`: an agency's own staff killed, counted as more
  of them;
- :mod:`geoevents.background.remarked_upon`: an act named only to remark on it ("This
  ambush serves as a stark reminder of ...");
- :mod:`geoevents.background.compared`: an earlier act named only as the measure of the
  news ("compares this attack with the recent one on the Jabalia refugee camp").
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.anchored import Cues
from geoevents.background.abroad import told_abroad
from geoevents.background.after_news_abroad import told_after_news_abroad
from geoevents.background.compared import an_earlier_act_compared
from geoevents.background.counts_over_a_span import (
    a_count_over_days,
    a_share_of_a_tally,
    a_tally_between_days,
    a_weeks_count,
    targets_over_weeks,
)
from geoevents.background.crossed_into_israel import told_of_those_who_crossed
from geoevents.background.day_of_telling import dated_only_by_its_telling
from geoevents.background.recalled import (
    TRUCE_RECAP,
    a_truce_recalled,
    history_recalled,
    recalled_from_weeks_ago,
    recalled_toll_revised,
    the_war_set_off,
)
from geoevents.background.remarked_upon import an_act_remarked_upon
from geoevents.background.running_tallies import (
    a_running_tally,
    a_tally_since_a_day,
    measured_against_the_war,
    the_campaigns_first_day,
)
from geoevents.background.staff_tallies import a_staff_tally
from geoevents.background.war_frame import (
    BACKGROUND,
    a_campaigns_definition,
    a_share_ruined,
    a_tally_told_aside,
    captives_counted,
    continues_in_a_place,
    framed_by_its_span,
    recalled_aside_on_a_place,
)
from geoevents.event_dates import names_a_day
from geoevents.model import Mention
from geoevents.page_layout import is_heading
from geoevents.sentences import Span

__all__ = ["PATTERNS", "is_stock_line", "tells_background"]

_STOCK_LINE = re.compile(r"\b(?:continue[sd]?|persists?|ongoing|latest in a series)\b", re.I)


# "Ground incursions and heavy fighting also continue to be reported": with no place of
# its own, the stock line of a daily update, not an incident.
_STILL_REPORTED = re.compile(r"\bcontinue(?:s|d)? to be reported\b", re.I)
PATTERNS = (BACKGROUND, _STILL_REPORTED, TRUCE_RECAP)


# "Background: Israel has blocked all aid since March 2", "18:55 Background: ...": an
# inline label opening the paragraph (not a "Background" heading over an article's section,
# nor "Background media: Palestinians inspect the damage", a caption)
_LABELLED_BACKGROUND = re.compile(r"[ \t•*-]*(?:\d{1,2}[:.]\d{2}\s+)?Background\s*:", re.I)


def _labelled_as_background(text: str, s: Span) -> bool:
    """Whether the sentence's paragraph opens with the writer's label "Background:" ("Background:
    During the six weeks of the ceasefire, more than 150 Palestinians were killed"): what it
    recalls is background, whatever it counts."""
    return _LABELLED_BACKGROUND.match(text, text.rfind("\n", 0, s.start) + 1) is not None


def _a_topic_line(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """Whether the sentence is a heading that names no day: "Rafah offensive, Refugee camp
    airstrikes in the Israel–Hamas war", a topic line over the items that tell the events."""
    return is_heading(text, s) and not names_a_day(text, s, anchor, cues)


def tells_background(text: str, s: Span, counts: bool, anchor: date | None, cues: Cues,
                     named: list[Mention]) -> bool:
    """Whether a sentence with event words is the report's frame rather than its news
    (``counts``: whether it gives a toll of its own; ``named``: its places in the Strip)."""
    if _labelled_as_background(text, s) or not counts and _a_topic_line(text, s, anchor, cues):
        return True
    if history_recalled(text, s, anchor, cues) or the_war_set_off(s, anchor) or \
            captives_counted(s.text):
        return True
    if not counts and a_share_ruined(text, s, anchor, cues):
        return True
    if a_weeks_count(text, s, anchor, cues) or targets_over_weeks(text, s, anchor, cues) or \
            told_abroad(text, s, counts, named, cues) or told_after_news_abroad(text, s, named) or \
            told_of_those_who_crossed(text, s, named):
        return True
    if a_count_over_days(s, cues) or a_staff_tally(text, s, named, cues):
        return True
    if an_act_remarked_upon(text, s, counts, named, anchor, cues) or an_earlier_act_compared(s):
        return True
    if a_tally_between_days(text, s, anchor, cues) or a_share_of_a_tally(text, s, anchor, cues):
        return True
    if recalled_from_weeks_ago(text, s, anchor, cues) or \
            recalled_toll_revised(text, s, anchor, cues):
        return True
    if a_tally_since_a_day(text, s, anchor, cues) or a_truce_recalled(text, s, cues) or \
            a_running_tally(text, s, anchor, cues):
        return True
    if not counts and a_campaigns_definition(text, s, anchor, cues):
        return True
    if framed_by_its_span(text, s, counts, anchor, cues):
        return True
    # "militants continue to mount attacks", "the siege continues", "nearly 38,000 deaths
    # since October": the war's frame, a state of affairs, not an event (a sentence with a
    # count of its own still is one), unless told in an aside of the sentence's news
    background = cues.search(BACKGROUND, s.start, s.end) if not counts else None
    if background is None or a_tally_told_aside(text, s, background) or \
            recalled_aside_on_a_place(text, s, background) or \
            measured_against_the_war(text, s, background) or \
            the_campaigns_first_day(text, s, background, cues):
        return False
    # (a day only of the tally's telling, "the ministry said on Monday", is none of its own)
    return (not names_a_day(text, s, anchor, cues) or
            dated_only_by_its_telling(text, s, anchor, cues)) and \
        not continues_in_a_place(background, named)


def is_stock_line(s: Span, counts: bool, dated: bool, named: list[Mention],
                  cues: Cues) -> bool:
    """Whether a sentence is an update's stock line: "Ground incursions and heavy fighting
    also continue to be reported" with no place of its own, or "Strikes continue, with
    aerial, land and maritime bombardments across the Gaza Strip", naming no day, place or
    toll of its own."""
    if counts:
        return False
    if not named and cues.search(_STILL_REPORTED, s.start, s.end):
        return True
    return not dated and bool(named) and all(m.feature_class == "strip" for m in named) \
        and _STOCK_LINE.search(s.text) is not None
