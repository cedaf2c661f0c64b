"""``named_in_passing``: the checks that find an attack word named in passing, in their order.

Each check lives in the module whose patterns it reads (``not_done``, ``gone_by``,
``backdrops``, ``orders``, ``spans``, ``flights``) and reads a cheap substring of the
trigger's look-back first: most triggers have none of these words near them. The checks past
``if not violent`` are read of violent triggers only.
"""

from __future__ import annotations

from datetime import date

from geoevents.in_passing.backdrops import (
    going_on_as_it_is_told,
    heard_from_afar,
    in_a_pause,
    lived_through_or_feared,
    lives_under_a_habit,
    the_war_as_a_backdrop,
    told_as_a_gloss,
    told_as_a_habit,
    told_by_its_arrests,
    what_places_are_like,
)
from geoevents.in_passing.flights import (
    named_by_what_they_flee,
    what_people_fled,
    who_had_been_expelled,
)
from geoevents.in_passing.gone_by import (
    after_one_in_a_month_gone,
    captives_of_the_first_day,
    the_one_told_already,
    told_in_a_relative,
    traces_seen,
    when_in_a_month_gone,
)
from geoevents.in_passing.kinds import names_a_kind
from geoevents.in_passing.not_done import (
    asked_about,
    asked_to_be_done,
    denied_by_the_other_side,
    ordered_not_carried_out,
    reacted_to,
    ruled_out,
    spared_so_far,
    still_to_come,
    told_as_a_condition,
)
from geoevents.in_passing.orders import (
    a_closure_in_force,
    orders_heeded,
    orders_in_force,
    where_people_were_sent,
    why_they_were_uprooted,
)
from geoevents.in_passing.spans import (
    a_toll_over_its_span,
    after_days_of_it,
    after_weeks_of_it,
    begun_weeks_ago,
    during_weeks_of_it,
    named_by_its_weeks,
    since_it_resumed,
    since_it_was_launched,
)


def named_in_passing(low: str, before: str, lo: int, at: int, stop: int, end: int,
                     violent: bool, ied: bool, *, published: date | None = None) -> bool:
    """Whether the trigger at ``low[at:stop]`` (``before``: ``low[lo:at]``, its look-back;
    ``end``: where its sentence ends) is named in passing: its past, a relative clause, a
    plan, a denial, a backdrop, rather than an attack the report tells."""
    if (names_a_kind(low, at, stop)
            or spared_so_far(low, before, lo, at, stop, end)
            or traces_seen(low, before, lo, at, stop, end)
            or ied and heard_from_afar(low, before, lo, at)
            or told_in_a_relative(low, before, lo, at, stop, end, published)
            or still_to_come(low, before, lo, at, stop, end)
            or orders_in_force(low, before, lo, at, stop, end)
            or orders_heeded(low, lo, at, stop, end)
            or where_people_were_sent(low, before, lo, at, stop, end)
            or why_they_were_uprooted(low, lo, at, stop, end)
            or a_toll_over_its_span(low, before, lo, at, stop, end)
            or begun_weeks_ago(low, lo, at, stop, end)
            or violent and told_by_its_arrests(low, lo, at, stop, end)
            or violent and reacted_to(low, lo, at, stop, end)
            or ruled_out(low, before, lo, at)
            or asked_about(low, before, lo, at, stop, end)
            or a_closure_in_force(low, at, stop, end, published)
            or when_in_a_month_gone(low, before, lo, at, stop, end, published)
            or after_weeks_of_it(low, before, lo, at, stop, end)
            or after_days_of_it(low, before, lo, at, stop, end)
            or after_one_in_a_month_gone(low, before, lo, at, stop, end, published)
            or during_weeks_of_it(low, at, stop, end)
            or named_by_its_weeks(low, before, lo, at, stop, end)
            or told_as_a_gloss(low, before, lo, at, stop, end)
            or asked_to_be_done(low, at, stop)
            or captives_of_the_first_day(low, lo, at, stop, end, published)
            or lives_under_a_habit(low, before, lo, at, stop, end)):
        return True
    if not violent:
        return False
    return (in_a_pause(low, before, lo, at)
            or who_had_been_expelled(low, before, lo, at, stop, end)
            or told_as_a_condition(low, before, lo, at)
            or denied_by_the_other_side(low, stop, end)
            or ordered_not_carried_out(low, before, lo, at, stop, end)
            or since_it_resumed(low, before, lo, at, stop, end)
            or since_it_was_launched(low, before, lo, at, stop, end)
            or lived_through_or_feared(low, before, lo, at, stop, end)
            or what_people_fled(low, before, lo, at, stop, end)
            or named_by_what_they_flee(low, before, lo, at, stop)
            or what_places_are_like(low, before, lo, at, stop, end)
            or the_one_told_already(low, before, lo, at, stop, end)
            or told_as_a_habit(low, before, lo, at, stop, end)
            or the_war_as_a_backdrop(low, before, lo, at, stop, end)
            or going_on_as_it_is_told(low, before, lo, at, stop, end))
