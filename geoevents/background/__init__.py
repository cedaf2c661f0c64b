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
  two days, a monitor's week, the targets struck over weeks;
- :mod:`geoevents.background.abroad`: an attack told in another country.
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.anchored import Cues
from geoevents.background.abroad import _an_attack_abroad, _placed_abroad_next
from geoevents.background.counts_over_a_span import (
    _A_DAY_TOLD,
    _ONE_ATTACK,
    _a_share_of_a_tally,
    _a_tally_between_days,
    _a_tally_over_a_month,
    _a_weeks_count,
    _incidents_counted,
    _targets_over_weeks,
)
from geoevents.background.recalled import (
    _TRUCE_RECAP,
    _a_truce_recalled,
    _is_history,
    _recalled_from_weeks_ago,
    _recalled_toll_revised,
    _the_war_set_off,
)
from geoevents.background.running_tallies import (
    _CAMPAIGN_BEGUN,
    _MEASURED_SINCE,
    _a_tally_since_a_day,
    _a_tally_since_a_month,
    _a_tally_since_a_truce,
    _a_tally_since_then,
)
from geoevents.background.tally_words import _PAST_NEWS
from geoevents.background.war_frame import (
    _A_SHARE_RUINED,
    _A_STATE,
    _AN_ASIDE,
    _BACKGROUND,
    _DEFINITION,
    _IN_A_YEAR,
    _LATER_CLAUSE,
    _OF_LATE,
    _ONLY_ITS_LENGTH,
    _WEEKS_IN,
    _captives_counted,
    _going_on_since_a_month,
)
from geoevents.event_dates import names_a_day
from geoevents.in_passing import STARTED_ON
from geoevents.model import Mention
from geoevents.page_layout import is_heading
from geoevents.sentences import Span
from geoevents.triggers import find_triggers

__all__ = ["PATTERNS", "is_stock_line", "tells_background"]

_STOCK_LINE = re.compile(r"\b(?:continue[sd]?|persists?|ongoing|latest in a series)\b", re.I)


# "Ground incursions and heavy fighting also continue to be reported": with no place of
# its own, the stock line of a daily update, not an incident.
_STILL_REPORTED = re.compile(r"\bcontinue(?:s|d)? to be reported\b", re.I)
PATTERNS = (_BACKGROUND, _STILL_REPORTED, _TRUCE_RECAP)


# "Background: Israel has blocked all aid since March 2", "18:55 Background: ...": an
# inline label opening the paragraph (not a "Background" heading over an article's section,
# nor "Background media: Palestinians inspect the damage", a caption)
_LABELLED_BACKGROUND = re.compile(r"[ \t•*-]*(?:\d{1,2}[:.]\d{2}\s+)?Background\s*:", re.I)


def tells_background(text: str, s: Span, counts: bool, anchor: date | None, cues: Cues,
                     named: list[Mention]) -> bool:
    """Whether a sentence with event words is the report's frame rather than its news
    (``counts``: whether it gives a toll of its own; ``named``: its places in the Strip)."""
    if _LABELLED_BACKGROUND.match(text, text.rfind("\n", 0, s.start) + 1):
        # "Background: During the six weeks of the ceasefire, more than 150 Palestinians were
        # killed": a paragraph the writer labels as background recalls, whatever it counts
        return True
    if not counts and is_heading(text, s) and not names_a_day(text, s, anchor, cues):
        # "Rafah offensive, Refugee camp airstrikes in the Israel–Hamas war": a topic
        # line over the items that tell the events.
        return True
    if anchor is not None and _is_history(s.text, anchor) and \
            not names_a_day(text, s, anchor, cues):
        # "The camp was established in 1948 for Palestinians who fled": history the
        # report recalls, years before what it reports.
        return True
    if _the_war_set_off(s, anchor):
        return True
    if _captives_counted(s.text):
        # "Some 97 hostages seized on October 7 remain in Gaza, including the bodies of at
        # least 33": the captives still held, counted
        return True
    if not counts and _A_SHARE_RUINED.match(s.text) and not _A_DAY_TOLD.search(s.text) and \
            not _ONE_ATTACK.search(s.text) and not _OF_LATE.search(s.text) and \
            not names_a_day(text, s, anchor, cues):
        # (not "Half of the houses in Beit Hanoun were destroyed by an Israeli airstrike",
        # "More than half of the market in Nuseirat was destroyed when Israeli shells hit
        # it": the share one attack ruined, that attack told; nor "Most of the houses in
        # al-Zaytoun were demolished by Israeli bulldozers this week": a demolition of late)
        return True  # "Around 70 per cent of the city's roads were destroyed by bombing"
    if _a_weeks_count(text, s, anchor, cues) or _targets_over_weeks(text, s, anchor, cues) or \
            counts and _an_attack_abroad(text, s, named, cues) or \
            _placed_abroad_next(text, s, named, cues):
        # "This week, PCHR documented the killing of 9 Palestinians": the week's sum;
        # "Israel's strike on Hamas leaders in the Qatari capital killed six": abroad, or
        # "... a precise strike targeting Hamas's leadership. Explosions were reported in
        # the Qatari capital": placed abroad by the sentence after
        return True
    if _a_tally_between_days(text, s, anchor, cues) or \
            _a_share_of_a_tally(text, s, anchor, cues):
        # "798 people killed between 27 May and 7 July. Of those, 615 were killed near
        # the GHF sites": a figure over weeks, and its shares
        return True
    if _recalled_from_weeks_ago(text, s, anchor, cues) or \
            _recalled_toll_revised(text, s, anchor, cues):
        # "The Civil Defence recalls that on 23 March, six of our members were killed", and
        # "He recalled that on 29 February 100 people were killed at the Nabulsi roundabout.
        # The ministry later put the toll at 118": the toll of the one recalled
        return True
    if _a_tally_since_a_day(text, s, anchor, cues) or _a_truce_recalled(text, s, cues) or \
            (_a_tally_since_then(text, s) or _incidents_counted(text, s) or
             _a_tally_since_a_truce(text, s)) and \
            not names_a_day(text, s, anchor, cues):
        return True
    if not counts and _DEFINITION.match(s.text) and not names_a_day(text, s, anchor, cues):
        # "The Battle of Shuja'iyya was a military engagement ... in December 2023": an
        # article's definition of a campaign, told by its own dated sentences.
        return True
    if (_IN_A_YEAR.match(s.text) or _a_tally_since_a_month(s.text) or
            _a_tally_over_a_month(s.text) or
            _going_on_since_a_month(s.text) or
            _WEEKS_IN.match(s.text) and not _PAST_NEWS.search(s.text.lower()) and
            _A_STATE.search(s.text, _WEEKS_IN.match(s.text).end()) is not None or
            not counts and _ONLY_ITS_LENGTH.match(s.text)) and \
            not names_a_day(text, s, anchor, cues):
        return True
    background = cues.search(_BACKGROUND, s.start, s.end) if not counts else None
    if background is not None and (background.group("tally") or
                                   background.group("since_war")) and \
            _LATER_CLAUSE.search(text, s.start, background.start()):
        # "tanks pushed into eastern Rafah, where the war has destroyed most homes": the
        # tally is an aside of a sentence that tells an event of its own (or "struck Khan
        # Younis, where hundreds have died since Israel started the war")
        background = None
    if background is not None and background.group(0).lower().startswith("earlier in the") \
            and (comma := text.rfind(",", s.start, background.start())) > s.start and \
            _AN_ASIDE.match(text, comma + 1):
        # "Israeli tanks re-entered Zeitoun, an area the army had cleared earlier in the
        # war": the recalled deed is an aside on the place; the main clause tells the news
        background = None
    if background is not None and background.group("since_war") and \
            _MEASURED_SINCE.search(text, s.start, background.start()):
        # "bombed Khan Younis overnight, the most intense raids since Israel launched the
        # war": the attack told, measured against the war's others
        background = None
    if background is not None and (
            begun := _CAMPAIGN_BEGUN.match(text, background.start(), s.end)) is not None and \
            (day := STARTED_ON.match(s.text.lower(), begun.end() - s.start)) is not None and \
            not any(not background.start() <= t.start < s.start + day.end()
                    for t in find_triggers(text, s.start, s.end, cues=cues)):
        # "soldiers killed since the start of the Israeli ground operation in Gaza on Oct.
        # 27": the operation's first day, an event of its own (not "since the start of the
        # military operations in Gaza on 7 October, 90 per cent of the population has been
        # displaced": what else the sentence tells is a tally since then)
        background = None
    # "militants continue to mount attacks", "the siege continues": a state of affairs,
    # not an event; a sentence with a count of its own still is one ("the offensive
    # continues to expand, particularly in eastern Rafah": today's news of a place).
    return background is not None and not names_a_day(text, s, anchor, cues) and not (
        background.group(0).lower() == "continues" and
        any(m.kind != "region" for m in named))


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
