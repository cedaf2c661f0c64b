"""One record per incident: how the records a report gives of one incident become one.

Several sentences of a report often tell one incident ("an airstrike on the maternity
ward", "the ward was hit during shelling"); :mod:`geoevents.events` keys them by (date,
place, type) and merges them here, keeping the fuller counts and the sentence that places
the incident best. Records of one sentence placed at a site and at the town or Strip that
holds it are folded into the site.

:func:`fold_incidents` runs the folds in order; each lives in the module of its job:

- ``attack_words``: how a sentence tells its attack: one or several, another or one
  more, the one told before (from the words of :mod:`geoevents.the_same_attack`, which the
  dates and :mod:`geoevents.told_again` read too), across an area or on a day of its own.
- ``merging``: two records of one incident made one (:func:`merge_events`): the fuller
  count, the weapon told, the place that holds the other.
- ``headlines``: a headline, the line under it and a live page's entry headings, told
  again by the body.
- ``placed_next``: a toll told wide, placed by the sentence told next.
- ``towns_and_sites``: a town's record and the site in it, one incident at the site.
- ``town_and_its_camp``: one act told at a town and at the refugee camp named after it,
  one record at the camp.
- ``told_wide``: a toll or attack told for a wider area, and the same toll, its parts or
  the one attack the report places in it.
- ``kind_of_act``: which act a toll is of: a strike, a shooting, a raid, a blast or a
  fight.
- ``told_later``: an incident told again later: a siege that goes on, a fight's dead the
  next day, an attack named by its place, a side's or a witness's statement, the same
  toll told again on the day of its telling.
- ``one_act``: an act a sentence tells only as another act's backdrop, no record of its own.
- ``told_with_no_day``: an attack told again by a sentence with no day of its own, whose
  record has only the report's.

:func:`without_arrests_of_a_raid` (``detained_in_a_raid``) runs after the folds, once the
records of the whole report are placed: arrests the raiders made in a raid or battle the
report codes at that place and day are the raid's, no record of their own.
"""

from __future__ import annotations

from geoevents.event_merge.attack_words import a_list_item, tells_several, told_where
from geoevents.event_merge.detained_in_a_raid import without_arrests_of_a_raid
from geoevents.event_merge.headlines import (
    body_count_stands,
    entry_headings,
    fold_headline,
    headline,
    standfirst,
)
from geoevents.event_merge.kind_of_act import (
    arrests_in_the_raid,
    fighters_killed_in_a_fight,
    fold_raids_into_attacks,
    fold_unarmed_into_shooting,
    fold_unarmed_into_strike,
    killed_like_the_lead,
    the_blast_that_killed,
    the_dead_a_post_received,
    the_strikes_dead_told_as_a_clash,
    toll_of_the_raid_told_next,
)
from geoevents.event_merge.merging import merge_events, placed_at
from geoevents.event_merge.one_act import one_act_one_record
from geoevents.event_merge.placed_next import (
    bound_told_exactly_at_a_site,
    fold_into_the_placed_one,
    name_the_site_told,
    place_the_dead_told_again,
    place_the_lead_told_next,
    place_the_toll_told_there,
    the_site_told_again_next,
)
from geoevents.event_merge.summary_leads import a_lead_of_separate_incidents
from geoevents.event_merge.told_again_at_its_site import the_strike_told_again_at_its_site
from geoevents.event_merge.told_again_dead import the_dead_told_again
from geoevents.event_merge.told_again_wide import (
    the_count_told_wide_of_the_one_placed,
    the_toll_told_anew_of_the_one_placed,
)
from geoevents.event_merge.told_as_its_victims import the_count_told_victim_by_victim
from geoevents.event_merge.told_later import (
    a_fights_dead_told_again,
    the_attack_named_by_its_place,
    the_same_toll_a_day_apart,
    the_siege_told_again,
    the_statement_told_again,
)
from geoevents.event_merge.told_wide import (
    fold_same_toll,
    rest_of_the_strikes,
    the_offices_toll_of_the_one_attack,
    the_one_attack_told_wide,
)
from geoevents.event_merge.told_with_no_day import (
    the_attack_told_again_with_no_day,
    the_attack_told_again_with_no_place,
)
from geoevents.event_merge.town_and_its_camp import one_act_at_the_town_and_its_camp
from geoevents.event_merge.towns_and_sites import (
    fold_containers,
    releases_told_again,
    the_convoy_at_a_site_in_the_town,
    the_sites_town_told,
    the_town_as_a_bearing,
    the_town_told_at_a_site,
    the_towns_site_told_again,
)
from geoevents.gazetteer import Gazetteer
from geoevents.model import Event

__all__ = ["fold_incidents", "merge_events", "placed_at", "headline", "standfirst",
           "entry_headings", "body_count_stands", "told_where", "tells_several", "a_list_item",
           "without_arrests_of_a_raid"]


def fold_incidents(events: list[Event], title: str | None, gaz: Gazetteer,
                   standfirst: str | None = None,
                   headings: tuple[tuple[str, str], ...] = (), text: str = "") -> list[Event]:
    """A report's records of one incident, folded into one, in this order: the headline
    (and a live page's entry headings, ``headings``) into the body; a sentence's town into
    its site; a one-strike toll into the site told next, and a toll moved to a site
    told next into that sentence's own record of it; a toll told for a region into the
    place its dead are said next to have died; a raid into the force it used on civilians; a
    toll told for the Strip into the same toll at one place; killings told with no weapon
    into the strike that did them; last, a siege told again into the one told first, a
    fight's dead told again into the fight told with its day, an attack a lead placed
    only at the Strip or a region into the one its body places, and a strike's dead told
    again as a clash into the strike, a side's or a witness's telling of an attack into
    the attack the report (``text``) told before it, an attack told again with no day
    of its own into the one told before with its day, one told again with no place of its
    own into the one attack of its kind told before that day, and the same toll told at a place on
    two days a day or two apart into the earlier; and a bombardment or a fight a sentence
    tells only as another act's bare backdrop into that act. Each fold reads the records
    the ones before it left."""
    events = fold_headline(events, title, gaz)
    # (and the line under it: "At least 25 children among the dead, says government media
    # office" under "At least 93 killed as Israeli strike flattens building in Beit Lahia")
    events = fold_headline(events, standfirst, gaz, under=True)
    # (and a live page's entry heading over its entry: "Posted at 1:02 a.m. ET / Israeli
    # strike sets fire to tent camp in Rafah, killing at least 45" over "An Israeli airstrike
    # on Sunday evening set fire to a camp ... in the Tal as-Sultan area of western Rafah")
    for heading, entry in headings:
        events = fold_headline(events, heading, gaz, entry=entry)
    events = fold_containers(events, gaz)
    events = fold_into_the_placed_one(events, gaz)
    events = place_the_dead_told_again(events, gaz)
    events = bound_told_exactly_at_a_site(events, gaz)
    events = place_the_lead_told_next(events, gaz)
    events = the_site_told_again_next(events, gaz, text)
    events = place_the_toll_told_there(events, gaz)
    events = the_offices_toll_of_the_one_attack(events, gaz)
    events = name_the_site_told(events, gaz)
    events = the_blast_that_killed(events, gaz)
    events = toll_of_the_raid_told_next(events)
    events = fold_raids_into_attacks(events)
    events = fold_same_toll(events, gaz)
    events = rest_of_the_strikes(events, gaz)
    events = a_lead_of_separate_incidents(events, gaz, text)
    events = the_town_told_at_a_site(events, gaz)
    events = the_sites_town_told(events, gaz)
    events = the_town_as_a_bearing(events, gaz)
    events = fold_unarmed_into_strike(events)
    events = fold_unarmed_into_shooting(events)
    events = the_dead_a_post_received(events)
    events = releases_told_again(events, gaz)
    events = the_convoy_at_a_site_in_the_town(events, gaz)
    events = the_attack_named_by_its_place(events, gaz)
    events = fighters_killed_in_a_fight(events)
    events = killed_like_the_lead(events)
    events = the_towns_site_told_again(events, gaz)
    events = the_siege_told_again(events, gaz)
    events = a_fights_dead_told_again(events, gaz)
    events = the_one_attack_told_wide(events, gaz)
    events = the_count_told_wide_of_the_one_placed(events, gaz)
    events = the_toll_told_anew_of_the_one_placed(events, gaz)
    events = the_count_told_victim_by_victim(events, gaz)
    events = the_dead_told_again(events)
    events = the_strike_told_again_at_its_site(events, gaz)
    events = the_strikes_dead_told_as_a_clash(events)
    events = the_statement_told_again(events, gaz, text)
    events = the_attack_told_again_with_no_day(events, text)
    events = the_attack_told_again_with_no_place(events, text, gaz)
    events = the_same_toll_a_day_apart(events)
    events = one_act_at_the_town_and_its_camp(events, gaz)
    return one_per_key(one_act_one_record(arrests_in_the_raid(events)))


def one_per_key(events: list[Event]) -> list[Event]:
    """One record per (date, place, type, sub-type), whatever the order the sentences
    keyed them in ("intense artillery shelling and air raids targeting Jabalia camp" and
    then "aircraft bombed a house ... in Jabalia camp": the lead's shelling takes the
    body's strike, the lead's air raids are the same strike)."""
    first: dict[tuple, int] = {}
    out: list[Event] = []
    for e in events:
        key = (e.event_date, e.place_id, e.event_type, e.sub_event_type)
        if key in first:
            out[first[key]] = merge_events(out[first[key]], e)
        else:
            first[key] = len(out)
            out.append(e)
    return out
