"""Evacuation orders and closures told as a standing state, or as the cause of a past uprooting.

"Evacuation orders now cover most of Khan Younis", "areas under evacuation orders", "84 per
cent of Gaza has been placed under evacuation orders", "all crossings have been closed to aid
since 2 March" in a report of 31 March: the orders or the closure in force, their sum over the
war, not an order given or a crossing shut on the report's day. So too the places people were
once sent to ("areas to which Israel had told residents to move") and the orders told as why
people were uprooted ("displaced from the north following Israel's evacuation orders"). Orders
told with their day, or as new ("Today's orders", "the latest orders"), are news.
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.dates import latest_on_or_before
from geoevents.in_passing.days import A_DAY, DAY_AFTER, DAYS_SPAN, MONTH, MONTHS, month_gone

# "Evacuation orders now cover most of Khan Younis", "orders currently apply to 80% of the
# Strip": the orders in force, a standing state (not "orders issued on Monday cover Abasan":
# the day's; nor "Today's displacement order covers nine square kilometres": one order)
# (and "Evacuation orders and militarized zones now cover the great majority of the Strip")
_ORDERS_COVER = re.compile(r"(?:\s+and\s+(?:[\w-]+\s+)?[\w-]+s)?"
                           r"\s+(?:now\s+|currently\s+|still\s+)?(?:cover|covers|span|spans|"
                           r"apply\s+to|applies\s+to|encompass|encompasses|extend\s+over|"
                           r"remain\s+in\s+(?:force|place|effect))\b")
# "cannot reach many areas under fire or under evacuation orders", "parts of Gaza subject
# to displacement orders": places told by the orders they are under, a standing state (not
# "areas under evacuation orders issued on Monday": that day's)
_UNDER_ORDERS = re.compile(r"\b(?:areas?|places?|zones?|neighbou?rhoods?|parts|districts?|blocks?|"
                           r"land|territory)\b[^.;,]{0,30}?\b(?:under|subject\s+to|covered\s+by)\s+"
                           r"(?:an?\s+|the\s+)?(?:active\s+|existing\s+|standing\s+)?"
                           r"(?:[\w'’-]+\s+){0,2}$")
# "About 69 per cent of the Gaza Strip is now either within militarized zones, under
# displacement orders, or both", "to date, 84 per cent of Gaza has been placed under
# evacuation orders": a share of the whole Strip under the orders, their sum over the war
# (not "orders issued on Monday put 10 per cent of the Strip under orders": see
# _THESE_ORDERS and DAY_AFTER)
_SHARE_UNDER = re.compile(r"\b(?:\d{1,3}(?:\.\d)?\s*(?:%|per\s?cent|percent)|most|much|"
                          r"(?:nearly|almost)\s+all|the\s+(?:vast\s+)?majority|(?:a|one|two)\s+"
                          r"(?:third|quarter|half)s?)\s+of\s+(?:the\s+)?(?:gaza(?:\s+strip)?|strip|"
                          r"enclave)(?!\s+city)(?:['’]s\s+(?:territory|land|area))?\b"
                          r"(?:(?!\b(?:issued|ordered|today|yesterday)\b)[^.;]){0,80}?\bunder\s+"
                          r"(?:(?:active|existing|standing|unrevoked)\s+)?(?:[\w'’-]+\s+)?$")
# (nor "With Sunday's order for Beit Lahia, 84 per cent of the Strip is now under
# evacuation orders": the day's order told before the sum)
_DAYS_ORDER = re.compile(r"\b(?:(?:[a-z]+day|today|yesterday)['’]s|new|latest|fresh|further)\s+"
                         r"(?:[\w-]+\s+)?orders?\b")
# (nor "On 9 May, the military expanded the areas under evacuation orders", "put Rafah's
# eastern areas under evacuation orders": orders given, with the day or the deed told)
# (nor "the army declared large parts of Khan Younis under new evacuation orders": declared)
_ORDERS_WIDENED = re.compile(rf"\b(?:{A_DAY}|expand\w*|extend\w*|widen\w*|enlarg\w*|put|puts|"
                             r"putting|placed|places|placing|brought|added|adds|declar\w*|"
                             r"designat\w*)\b")
# ... but "lies close to areas placed under evacuation orders", "parts of the city that have
# been put under displacement orders": the participle says what the places are, with no one
# placing them (not "the army placed eastern areas under evacuation orders")
_PLACED_AREAS = re.compile(r"\b(?:areas?|places?|zones?|neighbou?rhoods?|parts|districts?|"
                           r"blocks?)\s+(?:(?:of|in)\s+(?:[\w'’-]+\s+){1,3}?)?(?:(?:that|which)\s+(?:have|has|had)\s+(?:now\s+|"
                           r"already\s+)?been\s+|(?:now\s+|already\s+))?"
                           # (nor "districts of Khan Younis newly placed under evacuation
                           # orders": placed just now)
                           r"(?<!newly )(?<!recently )(?<!just )(?P<verb>placed|put)\s+"
                           r"under\b")


def _orders_given(low: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the look-back before the orders tells them given ("expanded", "on Monday"),
    not the places they are over."""
    # (nor "fled areas placed under evacuation orders in the past 48 hours": the days'
    # orders)
    placed = [] if DAYS_SPAN.match(low, stop + 1, end) else \
        [m.start("verb") for m in _PLACED_AREAS.finditer(low, lo, at)]
    return any(m.start() not in placed for m in _ORDERS_WIDENED.finditer(low, lo, at))


# (not "Today's orders cover Abasan", "the new orders cover eastern Rafah": the day's)
_THESE_ORDERS = re.compile(r"(?:['’]s|\b(?:new|latest|fresh|further|these|today|yesterday))\s+"
                           r"(?:[\w-]+\s+)?$")


def orders_in_force(low: str, before: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the orders at ``low[at:stop]`` are told as in force, a standing state or
    their sum over the war, not an order of the report's days: "evacuation orders now cover
    most of Khan Younis", "areas under evacuation orders", "69 per cent of the Gaza Strip is
    under displacement orders"."""
    if low.endswith("orders", at, stop) and _ORDERS_COVER.match(low, stop, end) and \
            not _THESE_ORDERS.search(low, lo, at) and not DAY_AFTER.match(low, stop, end):
        return True
    if low.endswith(("order", "orders"), at, stop) and \
            _UNDER_ORDERS.search(low, lo, at) and not DAY_AFTER.match(low, stop, end) and \
            "issued" not in low[stop:stop + 30] and not _orders_given(low, lo, at, stop, end) and \
            not _THESE_ORDERS.search(low, lo, at):
        return True
    return low.endswith(("order", "orders"), at, stop) and "under" in before and \
        (share := _SHARE_UNDER.search(low, max(0, at - 160), at)) is not None and \
        not DAY_AFTER.match(low, stop, end) and not _THESE_ORDERS.search(low, lo, at) and \
        not _DAYS_ORDER.search(low, max(low.rfind(".", 0, share.start()),
                                        low.rfind(";", 0, share.start())) + 1,
                               share.start())


# "blocking movement except for those families heeding evacuation orders", "with only limited
# movement possible for families complying with evacuation orders", "residents who obeyed
# the orders": the orders named as what people heed, in force, telling who the people are,
# not an order given on the report's days (not "Hamas told people to ignore the evacuation
# order": a call of its own; nor "families heeding the evacuation orders issued on Monday",
# "heeding today's orders": the day's order told)
_HEEDED_BY = re.compile(r"\b(?:families|residents|people|civilians|those|palestinians|thousands|"
                        r"others|many|who|that)\s+(?:(?:who|that)\s+(?:have\s+|had\s+)?)?"
                        r"(?:heeding|heeded|complying\s+with|complied\s+with|obeying|obeyed|"
                        r"abiding\s+by|abided\s+by)\s+(?:the\s+|israel['’]s\s+|israeli\s+|"
                        r"(?:military|army|idf)(?:['’]s)?\s+|(?:its|their)\s+)*(?:[\w-]+\s+)?$")


def orders_heeded(low: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the orders at ``low[at:stop]`` are named as what people heed or comply with,
    telling who they are ("families complying with evacuation orders"), with no day of the
    orders told."""
    return low.endswith(("order", "orders"), at, stop) and \
        _HEEDED_BY.search(low, lo, at) is not None and \
        not _DAYS_ORDER.search(low, lo, stop) and not DAY_AFTER.match(low, stop, end) and \
        "issued" not in low[stop:stop + 30]


# "all crossings have been closed to aid since 2 March" in a 31 March report, "the crossing
# has been closed since May": a closure in force since a day weeks before, a standing state
# (not "the crossing has been closed since Monday": a closure of the days, dated by it)
_SHUT_SINCE = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|also\s+)?(?:been|remained|stayed)\s+"
                         r"(?:closed|shut|sealed)$")
_SINCE_WHEN = re.compile(r"(?:\s+(?!since\b)[\w'’-]+){0,4}?\s+since\s+(?:(?P<d1>\d{1,2})\s+"
                         rf"(?P<m1>{MONTH})|(?P<m2>{MONTH})\.?(?:\s+(?P<d2>\d{{1,2}})\b)?|"
                         r"(?P<war>the\s+(?:start|beginning|outbreak)\b|the\s+war\b))")


def _shut_since_long_ago(low: str, stop: int, end: int, published: date | None) -> bool:
    """Whether the closure ending at ``stop`` is told as in force since a day two weeks or
    more before ``published``, or since a month gone."""
    since = _SINCE_WHEN.match(low, stop, end)
    if since is None or published is None:
        return False
    if since.group("war"):
        return True
    month = since.group("m1") or since.group("m2")
    day = since.group("d1") or since.group("d2")
    if day is None:
        return month_gone(month, None, published)
    try:
        told = date(published.year, MONTHS.index(month[:3]) + 1, int(day))
    except ValueError:
        return False
    return (published - latest_on_or_before(told, published)).days >= 14


# "The closure of crossings since 2 March, coupled with the cutting of electricity on 9
# March": a closure told as going on since a day, not one of the day told beside it
_CLOSED_SINCE = re.compile(r"closures?(?:\s+of\s+(?:the\s+|all\s+)?(?:[\w'’-]+\s+){0,3}?"
                           r"crossings?(?:\s+points?)?)?\s+since\s+", re.I)


def a_closure_in_force(low: str, at: int, stop: int, end: int, published: date | None) -> bool:
    """Whether the closure at ``low[at:stop]`` is told as in force since a day long gone
    ("the closure of crossings since 2 March", "all crossings have been closed since 2
    March"), a standing state, not a crossing shut on the report's day."""
    if low.startswith("closure", at) and "since" in low[stop:stop + 60] and \
            _CLOSED_SINCE.match(low, at, end):
        return True
    return low.endswith("closed", at, stop) and \
        _SHUT_SINCE.search(low, at, stop) is not None and \
        _shut_since_long_ago(low, stop, end, published)


# "Khan Younis and Rafah - areas to which Israel had told residents of northern Gaza to
# move": the order that made them the places people were sent to, told as what they are
# (not "areas to which Israel told residents to move on Tuesday": the day told)
_SENT_THERE_BEFORE = re.compile(r"\b(?:to|into|towards?)\s+which\s+(?:[\w'’-]+\s+){0,3}?had\s+"
                                r"(?:(?:already|earlier|previously)\s+)?(?:been\s+)?"
                                r"(?:told|ordered|urged|directed|instructed|asked|advised)\b")


# "one of the areas the army had earlier told residents to evacuate to": a place told by
# the order once given that sent people there, the preposition left at the end (not "the
# army told residents to evacuate to al-Mawasi": the order, its destination named)
_SENT_THERE_EARLIER = re.compile(r"\b(?:places?|areas?|zones?|locations?|shelters?|camps?|"
                                 r"sites?|towns?|neighbou?rhoods?)\s+(?:that\s+|which\s+)?"
                                 r"(?:[\w'’-]+\s+){1,4}?had\s+(?:(?:already|earlier|"
                                 r"previously|repeatedly)\s+)?$")
_TO_STRANDED = re.compile(r"\s+(?:to|into|towards?)\s*(?=[.,;:!?)\"”]|$)")


def where_people_were_sent(low: str, before: str, lo: int, at: int, stop: int,
                           end: int) -> bool:
    """Whether the order at ``low[at:stop]`` tells what a place is, the place people were
    once sent to ("areas to which Israel had told residents to move", "one of the areas the
    army had told people to evacuate to"), not an order of the report's days."""
    if "which" in before and _SENT_THERE_BEFORE.search(low, lo, stop) and \
            not DAY_AFTER.match(low, stop, end):
        return True
    return "had " in before and _TO_STRANDED.match(low, stop, end) is not None and \
        _SENT_THERE_EARLIER.search(low, lo, at) is not None


# "Palestinians displaced from the north following Israel's evacuation orders": the orders
# told as why the people spoken of were uprooted, not an order of the report's (not "the
# army's new evacuation orders", nor "orders issued on Monday": see _THESE_ORDERS, DAY_AFTER)
_UPROOTED_BY_ORDERS = re.compile(
    r"\b(?:people|palestinians|families|residents|those|others|gazans|civilians|thousands|"
    r"hundreds|many|population)\s+(?:(?:who|that)\s+(?:had\s+|have\s+|were\s+|was\s+)?"
    r"(?:been\s+)?)?(?:displaced|uprooted|driven\s+(?:out\s+)?(?:from|of)\s+their\s+homes)\b"
    r"[^.;]{0,80}?\b(?:following|after|under|"
    r"because\s+of|due\s+to|in\s+response\s+to|by)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w-]+['’]s?\s+)?(?:(?:repeated|earlier|previous|successive|mass|military)\s+)?"
    # (and the orders last of what drove them out: "driven from their homes by Israeli
    # offensives and evacuation orders")
    r"(?:(?:[\w-]+\s+){1,2}(?:and|or)\s+)?$")
# ... but the flight is of the report's days when the uprooting is dated ("displaced on
# Saturday following ...") or the people are told on the move ("were heading to Khan
# Younis", "headed to al-Mawasi"): the orders are then the flight's, given in those days
_UPROOTED_ON_A_DAY = re.compile(rf"\b(?:displaced|uprooted)\b[^.;]{{0,80}}?\b(?:{A_DAY}|"
                                r"this week)\b")
_ON_THE_MOVE = re.compile(r"[^.;]{0,80}?\b(?:(?:were|are|was|is)\s+(?:still\s+|now\s+)?"
                          r"(?:heading|fleeing|moving|streaming|walking|trekking|leaving)|"
                          r"headed|streamed|trekked)\b")


def why_they_were_uprooted(low: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the orders at ``low[at:stop]`` are told as why the people spoken of were
    once uprooted ("families displaced following Israel's evacuation orders"), not as an
    order of the report's days."""
    return low.endswith(("order", "orders"), at, stop) and \
        ("displaced" in (near := low[max(0, at - 200):at]) or "uprooted" in near or
         "driven" in near) and \
        _UPROOTED_BY_ORDERS.search(low, max(low.rfind(".", 0, at), low.rfind(";", 0, at),
                                            at - 200) + 1, at) is not None and \
        not DAY_AFTER.match(low, stop, end) and \
        not _DAYS_ORDER.search(low, max(lo, at - 40), stop) and \
        not _UPROOTED_ON_A_DAY.search(low, max(low.rfind(".", 0, at) + 1, at - 200), at) and \
        not _ON_THE_MOVE.match(low, stop, end)
