"""``named_in_passing``: the checks that find an attack word named in passing, in their order.

Each check reads a cheap substring of the trigger's look-back first (most triggers have none of
these words near them), then the patterns of the module whose job it is: ``not_done``,
``orders``, ``gone_by``, ``flights``, ``spans``, ``backdrops``; ``days`` says when a day told
makes the trigger news after all. The checks past ``if not violent`` are read of violent
triggers only.
"""

from __future__ import annotations

from datetime import date

from geoevents.in_passing.backdrops import (
    _AREAS_UNDER,
    _AS_THE,
    _CLAUSE_BREAK,
    _DONE_BEFORE,
    _ENDURED,
    _FIGHT_BESIDE,
    _HABIT_AFTER,
    _HABITUAL,
    _HEARD,
    _NEAR_THE_FIGHTING,
    _NO_END_IN_SIGHT,
    _PAUSE_IN,
    _REMINDER,
    _SHELTER_FROM,
    _SIDES_AFTER,
    _STORMED,
    _THEN_ARRESTED,
    _UNDER_DAILY,
)
from geoevents.in_passing.days import DAY_AFTER, _month_gone
from geoevents.in_passing.flights import (
    _EXPELLED,
    _FLED_HARM,
    _FLED_WHAT_IT_DID,
    _SITE_THAT_WAS,
    _WHO_FLED,
    _WHO_HAD_BEEN,
    _day_told_after,
)
from geoevents.in_passing.gone_by import (
    _AFTER_AN,
    _IN_A_MONTH,
    _IT_IS_THE_NTH,
    _ITS_TOLL_AFTER,
    _NTH_TO_BE,
    _SITE_AFTER,
    _TRACES_OF,
    _a_month_gone,
    _captives_of_the_first_day,
    _told_in_a_relative,
)
from geoevents.in_passing.not_done import (
    _DENIED_AFTER,
    _ESCAPED,
    _FOR_EVERY,
    _NOTHING_MORE,
    _ORDERED,
    _PLANS_DONE,
    _PLANS_FOR,
    _QUOTE_SHUTS,
    _REACTION_TO,
    _RUINED,
    _RULED_OUT,
    _THAT_IT_BE,
    _TO_COME,
    _WAS_TO_BLAME,
    _WHETHER,
    _WHO_LIVED_IT,
    _harm_of_its_own,
)
from geoevents.in_passing.orders import (
    _CLOSED_SINCE,
    _DAYS_ORDER,
    _ON_THE_MOVE,
    _ORDERS_COVER,
    _SENT_THERE_BEFORE,
    _SENT_THERE_EARLIER,
    _SHARE_UNDER,
    _SHUT_SINCE,
    _THESE_ORDERS,
    _TO_STRANDED,
    _UNDER_ORDERS,
    _UPROOTED_BY_ORDERS,
    _UPROOTED_ON_A_DAY,
    _orders_given,
    _shut_since_long_ago,
)
from geoevents.in_passing.spans import (
    _A_DAY_IN,
    _A_PLACE_OF_IT,
    _AFTER_A,
    _AFTER_WEEKS_OF,
    _BEGAN_AFTER,
    _BEGUN_BEFORE,
    _CAMPAIGN,
    _DURING_WHICH,
    _KILLED_IN_IT,
    _LAUNCHED_BEFORE,
    _OWN_WEEKS_AGO,
    _RESUMED,
    _SINCE_THE,
    _SPAN_WORD,
    _TALLY_OVER,
    _WEEKS_AGO,
    _WEEKS_LONG_ONE,
)


def named_in_passing(low: str, before: str, lo: int, at: int, stop: int, end: int,
                     violent: bool, ied: bool, *, published: date | None = None) -> bool:
    """Whether the trigger at ``low[at:stop]`` (``before``: ``low[lo:at]``, its look-back;
    ``end``: where its sentence ends) is named in passing. The substring tests first: most
    triggers have none of these words near them."""
    if ("escaped" in before or "spared" in before or "avoided" in before) and \
            _ESCAPED.search(low, lo, at) and not DAY_AFTER.match(low, stop, end):
        # "the area that has so far escaped ground fighting": what did not happen (not "had
        # avoided the airstrikes that killed 20 people in Rafah on Tuesday": told elsewhere)
        return True
    if " of " in before[-40:] and _TRACES_OF.search(low, lo, at) and \
            not _day_told_after(low, stop, end):
        return True  # "Signs of shelling and gunfire were evident": traces seen
    if ied and "hear" in before and _HEARD.search(low, lo, at):
        return True  # "residents reported hearing explosions": heard from afar, unplaced
    if (" who " in before or " which " in before or " that " in before or
            " whom " in before) and _told_in_a_relative(low, lo, at, stop, end, published):
        return True  # "said Samir, who fled Rafah in May": background to the one told of
    if "plan" in before and (plans := _PLANS_FOR.search(low, lo, at)) and \
            not _PLANS_DONE.search(low, lo, plans.start()) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "alarmed by plans for an expanded military operation": to come
    if (" will " in low[stop:stop + 40] or " would " in low[stop:stop + 40] or
            " to " in low[stop:stop + 40]) and _TO_COME.match(low, stop, end):
        return True  # "a ground assault there will go ahead": still to come
    if low.endswith("orders", at, stop) and _ORDERS_COVER.match(low, stop, end) and \
            not _THESE_ORDERS.search(low, lo, at) and not DAY_AFTER.match(low, stop, end):
        return True  # "evacuation orders now cover most of Khan Younis": orders in force
    if low.endswith(("order", "orders"), at, stop) and \
            _UNDER_ORDERS.search(low, lo, at) and not DAY_AFTER.match(low, stop, end) and \
            "issued" not in low[stop:stop + 30] and not _orders_given(low, lo, at, stop, end) and \
            not _THESE_ORDERS.search(low, lo, at):
        return True  # "areas under evacuation orders": a standing state
    if low.endswith(("order", "orders"), at, stop) and "under" in before and \
            (share := _SHARE_UNDER.search(low, max(0, at - 160), at)) and \
            not DAY_AFTER.match(low, stop, end) and not _THESE_ORDERS.search(low, lo, at) and \
            not _DAYS_ORDER.search(low, max(low.rfind(".", 0, share.start()),
                                            low.rfind(";", 0, share.start())) + 1,
                                   share.start()):
        return True  # "69 per cent of the Gaza Strip is under displacement orders": the sum
    if "which" in before and _SENT_THERE_BEFORE.search(low, lo, stop) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "areas to which Israel had told residents to move": what they are
    if "had " in before and _TO_STRANDED.match(low, stop, end) and \
            _SENT_THERE_EARLIER.search(low, lo, at):
        return True  # "one of the areas the army had told people to evacuate to"
    if low.endswith(("order", "orders"), at, stop) and \
            ("displaced" in (near := low[max(0, at - 200):at]) or "uprooted" in near) and \
            _UPROOTED_BY_ORDERS.search(low, max(low.rfind(".", 0, at), low.rfind(";", 0, at),
                                                at - 200) + 1, at) and \
            not DAY_AFTER.match(low, stop, end) and \
            not _DAYS_ORDER.search(low, max(lo, at - 40), stop) and \
            not _UPROOTED_ON_A_DAY.search(low, max(low.rfind(".", 0, at) + 1, at - 200), at) and \
            not _ON_THE_MOVE.match(low, stop, end):
        return True  # "families displaced following Israel's evacuation orders": why
    if ("toll" in before or "number" in before or "tally" in before or "total" in before) and \
            _SPAN_WORD.match(low, at, stop) and _TALLY_OVER.search(low, lo, at) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "the toll of soldiers killed in the ground offensive": its span
    if " been " in before and _SPAN_WORD.match(low, at, stop) and \
            _KILLED_IN_IT.search(low, lo, at) and not DAY_AFTER.match(low, stop, end) and \
            not _A_PLACE_OF_IT.match(low, stop, end):
        return True  # "339 soldiers have been killed in the ground offensive": its span
    if " ago" in low[stop:stop + 80] and (
            _CAMPAIGN.match(low, at, stop) and _LAUNCHED_BEFORE.search(low, lo, at) and
            _WEEKS_AGO.match(low, stop, end) or
            _CAMPAIGN.search(low, at, stop) and
            (began := _BEGAN_AFTER.match(low, stop, end)) is not None and
            _OWN_WEEKS_AGO.match(low, began.end(), end)) and \
            not DAY_AFTER.match(low, stop, end):
        # "launched a renewed offensive in Jabalia two weeks ago", "the offensive began two
        # weeks ago": its start
        return True
    if violent and _STORMED.match(low, at, stop) and _THEN_ARRESTED.match(low, stop, end) and \
            not _FIGHT_BESIDE.search(low, max(lo, low.rfind(".", 0, at) + 1), end):
        return True  # "stormed areas east of Khan Younis and arrested ...": the arrests told
    if violent and (reaction := _REACTION_TO.search(low, lo, at)) and \
            _NOTHING_MORE.match(low, stop, end) and \
            not _WHO_LIVED_IT.search(low, max(low.rfind(c, 0, reaction.start()) + 1
                                              for c in ".\n"), reaction.start()):
        return True  # "Guterres 'shocked' by Israeli strikes.": a reaction, no attack told
    if " out" in before and _RULED_OUT.search(low, lo, at):
        return True  # "had “ruled out” an air or artillery strike": denied
    if ("whether" in before or " if " in before) and _WHETHER.search(low, lo, at) and \
            _WAS_TO_BLAME.match(low, stop, end):
        return True  # "reviewing whether Hamas fire was responsible": a cause asked about
    if low.startswith("closure", at) and "since" in low[stop:stop + 60] and \
            _CLOSED_SINCE.match(low, at, end):
        return True  # "the closure of crossings since 2 March": a standing state
    if low.endswith("closed", at, stop) and _SHUT_SINCE.search(low, at, stop) and \
            _shut_since_long_ago(low, stop, end, published):
        return True  # "all crossings have been closed since 2 March": a standing state
    if " when " in before and _a_month_gone(low, lo, at, published) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "disappeared in February, when forces besieged the hospital"
    if "after " in before and _AFTER_A.search(low, lo, at) and \
            _AFTER_WEEKS_OF.match(low, stop, end):
        return True  # "stormed the hospital after a siege of more than two weeks"
    if "after " in before and _AFTER_AN.search(low, lo, at) and \
            (month := _IN_A_MONTH.match(low, stop, end)) and \
            not _ITS_TOLL_AFTER.match(low, month.end(), end) and \
            _month_gone(month.group("month"), month.group("year"), published):
        return True  # "barely functioning after an Israeli raid in November"
    if " during which " in low[max(0, at - 160):at] and \
            _DURING_WHICH.search(low, max(0, at - 160), at) and \
            not _A_DAY_IN.search(low, low.rfind(" during which ", 0, at), at) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "a siege of two weeks, during which it came under repeated shelling"
    if ("month " in before or "week " in before or "year " in before) and \
            _CAMPAIGN.match(low, at, stop) and \
            (long_one := _WEEKS_LONG_ONE.search(low, lo, at)) and \
            not _BEGUN_BEFORE.search(low, lo, long_one.start()) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "ending a four-month offensive": a campaign named by its length
    if (" reminder " in before or " sign " in before or " signal " in before or
            " indication " in before) and _REMINDER.search(low, lo, at) and \
            not _DONE_BEFORE.search(low, lo, at) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "a reminder that Hamas cells are still fighting": a gloss
    if " be " in low[max(0, at - 100):stop] and \
            _THAT_IT_BE.search(low, max(low.rfind(".", 0, at) + 1, at - 240), stop):
        return True  # "a suggestion that Gaza be cleaned out and its residents moved"
    if _captives_of_the_first_day(low, lo, at, stop, end, published):
        return True  # "Some 97 hostages seized on October 7 remain in Gaza": who they are
    if "under " in before and _UNDER_DAILY.search(low, lo, at) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "Rafah has come under nightly strikes": a habit
    if not violent:
        return False
    if any(w in before for w in ("pause", "lull", "break", "respite", "let")) and \
            _PAUSE_IN.search(low, lo, at):
        return True  # "under localised pauses in the fighting": the fighting stopped
    if " been " in before and _EXPELLED.match(low, at, stop) and \
            _WHO_HAD_BEEN.search(low, lo, at) and not _day_told_after(low, stop, end):
        return True  # "families who had been expelled from their homes": who they are
    if ("every " in before or "each " in before) and _FOR_EVERY.search(low, lo, at):
        return True  # "a hostage for every Israeli strike": a threat's condition
    if ("deni" in low[stop:stop + 90] or "reject" in low[stop:stop + 90] or
            "disput" in low[stop:stop + 90]) and _DENIED_AFTER.match(low, stop, end):
        return True  # "saying they had been killed by Israeli airstrikes, which the military
        # denied": a claim the other side denies, not an attack the report tells
    if ("order" in before or "call" in before or "demand" in before or "urg" in before or
            "threat" in before or "vow" in before) and \
            (ordered := _ORDERED.search(low, lo, at)) and \
            not _harm_of_its_own(low, stop, end) and \
            not _RUINED.search(low, stop, end) and \
            (not DAY_AFTER.match(low, stop, end) or
             _QUOTE_SHUTS.match(low, stop) and _QUOTE_SHUTS.search(ordered.group())):
        return True  # "Netanyahu ordered \"powerful strikes\"": an order given, not an
        # attack told (the strikes carried out are told of their own)
    if "since" in before and _SINCE_THE.search(low, lo, at) and \
            _RESUMED.match(low, stop, end) and not DAY_AFTER.match(low, stop, end):
        return True  # "have struck more than 400 targets since the fighting resumed": the
        # fighting as a time, not a battle told
    if ("endur" in before or "suffer" in before) and _ENDURED.search(low, lo, at) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "the citizens endured the bombardment, killing and starvation"
    if " from " in before and _SHELTER_FROM.search(low, lo, at):
        return True  # "who had sought protection from air strikes": what people fear
    if ("fled " in before or "escaped " in before) and _WHO_FLED.search(low, lo, at) and \
            not _SITE_THAT_WAS.search(low, at, stop) and not _day_told_after(low, stop, end) \
            and not _FLED_WHAT_IT_DID.match(low, stop, end) and \
            not _FLED_HARM.search(low, stop, end):
        return True  # "most of whom fled heavy bombing": what people once fled (not "who
        # fled the shelling of Jabalia on Tuesday": an attack of the day told)
    if "to the " in before and _NEAR_THE_FIGHTING.search(low, lo, at) and \
            not DAY_AFTER.match(low, stop, end) and not _SIDES_AFTER.match(low, stop, end):
        return True  # "because of their proximity to the fighting": where they are
    if ("ing " in before or "hit by" in before) and _AREAS_UNDER.search(low, lo, at):
        return True  # "to move to places witnessing air strikes": what the places are like
    if low.endswith(("the ", "this ", "that "), lo, at) and low.endswith("ed", at, stop) and \
            " " not in low[at:stop] and _SITE_AFTER.match(low, stop, end):
        return True  # "under the rubble of the bombed house": the site of the attack told
    if "to be " in before and (nth := _NTH_TO_BE.search(low, lo, at)) and \
            _IT_IS_THE_NTH.search(low, max(0, nth.start() - 30), nth.start()):
        return True  # "the third school sheltering displaced people to be bombed in Gaza
        # City this week": the one told already, counted among others
    if ("daily " in before or "nightly " in before or "routine " in before or
            "regular " in before or "ly " in before or "often " in before) and \
            _HABITUAL.search(low, lo, at) and not DAY_AFTER.match(low, stop, end):
        # "Israel has carried out near-daily air raids on Rafah": a habit (not "had
        # conducted regular strikes on ... Khan Younis on Tuesday": a day's)
        return True
    if _HABIT_AFTER.match(low, stop, end) and not DAY_AFTER.match(low, stop, end):
        return True  # "Israeli warplanes frequently strike militant targets": a habit
    # "as the renewed fighting ... showed no signs of slowing": the backdrop
    if not ("as " in before and _AS_THE.search(low, lo, at) is not None and
            ("sign" in low[stop:stop + 120] or " on" in low[stop:stop + 120])):
        return False
    backdrop = _NO_END_IN_SIGHT.match(low, stop, end)
    if backdrop is None:
        return False
    # (not "as Israeli tanks shelled homes in Bani Suheila and Abasan while the ground
    # offensive showed no signs of slowing": past six words, the attack told with a backdrop
    # of its own)
    return len(low[stop:backdrop.start("verb")].split()) <= 6 or not (
        low.endswith("ed", at, stop) or _CLAUSE_BREAK.search(low, stop, backdrop.start("verb")))
