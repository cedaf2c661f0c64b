"""A day's toll for the Strip taken in a merge from another sentence keeps only the rest of
the parts the merged sentence tells at their places (see tolls.day_tolls)."""

from __future__ import annotations

import pytest

from geoevents import parse

_LEAD = ("Israeli strikes on Gaza overnight and early Tuesday have killed at least 48 people, "
         "health officials said, as the army said it had struck some 200 targets in the "
         "territory in 24 hours. ")
_STATEMENT = ("The health ministry in the Gaza Strip said in a statement that \"more than 40 "
              "were killed in the raids\" during the night")


def _tolls(text: str) -> list[tuple[str | None, str, int | None]]:
    return sorted((e.event_date, e.location, e.fatalities)
                  for e in parse(text, published="2024-10-29").events)


@pytest.mark.parametrize("text,expected", [
    # the lead's toll of the night and morning, the statement's part of it at its place
    (_LEAD + _STATEMENT + " including 12 who were killed in a single strike that hit a house "
     "in Rafah, in southern Gaza.",
     [("2024-10-29", "Gaza Strip", 36), ("2024-10-29", "Rafah", 12)]),
    ("Israeli shelling of Gaza overnight and early Tuesday has killed at least 35 people, the "
     "civil defence said, as the military said it had hit some 150 targets. The government "
     "media office in the Gaza Strip said in a statement that \"more than 30 were martyred\" "
     "during the night including nine who were killed in a single strike that hit a school "
     "in Nuseirat, in central Gaza.",
     [("2024-10-29", "Gaza Strip", 26), ("2024-10-29", "Nuseirat", 9)]),
    # a count since dawn beside the dead the hospitals received since dawn: the intake is a
    # part of the whole told first, which keeps its rest (30 less the 11 at their place)
    ("Medical sources in the Gaza Strip said that 30 Palestinian civilians, including 11 from "
     "Khan Younis, have been killed in the Gaza Strip since dawn on Tuesday by Israeli gunfire "
     "and shelling in various areas of the Strip. The official news agency quoted the same "
     "sources as saying that hospitals in the Strip had received 26 martyrs and dozens of "
     "wounded since dawn.",
     [("2024-10-29", "Gaza Strip", 19), ("2024-10-29", "Khan Younis", 11)]),
    # the sentence's own toll, its rest already told: kept
    ("Israeli strikes across Gaza killed 40 people on Tuesday, including 16 in Deir al-Balah, "
     "health officials said.",
     [("2024-10-29", "Deir al-Balah", 16), ("2024-10-29", "Gaza Strip", 24)]),
])
def test_a_toll_taken_in_a_merge_keeps_the_rest_of_the_parts_told_with_it(text, expected):
    assert _tolls(text) == expected


@pytest.mark.parametrize("tail", [
    # a part of another day, dead of another kind, a part with no place: the toll stays whole
    " including 12 who were killed in a single strike that hit a house in Rafah on Sunday.",
    ", and that troops killed 12 gunmen in clashes in Rafah.",
    " including 12 children.",
])
def test_a_merged_toll_stays_whole_beside_what_is_no_part_of_it(tail):
    assert ("2024-10-29", "Gaza Strip", 48) in _tolls(_LEAD + _STATEMENT + tail)


_DAYS_TOLL = ("At least 90 Palestinians were killed and 300 wounded in Israeli airstrikes across "
              "the Gaza Strip over the past 24 hours, the Health Ministry reported on Tuesday. ")


@pytest.mark.parametrize("text,expected", [
    # a sentence opening on the toll's dead tells some of them shot at aid: the strikes keep
    # the rest
    (_DAYS_TOLL + "Among the dead, 25 people were killed while waiting for food aid, according "
     "to the ministry.",
     [("2024-10-29", "Gaza Strip", 25), ("2024-10-29", "Gaza Strip", 65)]),
    (_DAYS_TOLL + "Among the casualties, 12 people were shot dead near an aid distribution "
     "point, the ministry said.",
     [("2024-10-29", "Gaza Strip", 12), ("2024-10-29", "Gaza Strip", 78)]),
    # dead at aid told apart from it: over and above the toll
    (_DAYS_TOLL + "Separately, 25 people were killed while waiting for food aid, according to "
     "the ministry.",
     [("2024-10-29", "Gaza Strip", 25), ("2024-10-29", "Gaza Strip", 90)]),
])
def test_dead_shot_at_aid_told_among_the_days_toll_are_a_part_of_it(text, expected):
    assert _tolls(text) == expected


_WITH_THE_DIRECTOR = ("At least 60 Palestinians were killed, including the Al-Awda Hospital "
                      "director, in Israeli strikes across the Gaza Strip over the past 24 hours, "
                      "the ministry said on Tuesday. ")


@pytest.mark.parametrize("text,strip", [
    # the one the toll's sentence names among its dead, told at the place they were killed
    (_WITH_THE_DIRECTOR + "One strike killed Dr. Ahmed Saleh, director of Al-Awda Hospital, "
     "when his home in Jabalia was bombed.", 59),
    ("At least 75 Palestinians were killed, including a Civil Defence spokesman, in Israeli "
     "strikes across the Gaza Strip over the past 24 hours, the ministry said on Tuesday. An "
     "airstrike killed Mahmoud Nasser, the Civil Defence spokesman, in Rafah.", 74),
    # another person, or the one named killed the day before: the toll stays whole
    (_WITH_THE_DIRECTOR + "A strike killed a nurse of the Kamal Adwan Hospital when her home "
     "in Jabalia was bombed.", 60),
    (_WITH_THE_DIRECTOR + "One strike killed Dr. Ahmed Saleh, director of Al-Awda Hospital, "
     "when his home in Jabalia was bombed on Sunday.", 60),
])
def test_the_one_a_toll_names_among_its_dead_is_a_part_of_it(text, strip):
    assert ("2024-10-29", "Gaza Strip", strip) in _tolls(text)


_DAY_ACROSS = ("The civil defence announced Monday that at least 25 people had been killed in "
               "several Israeli strikes across the Palestinian territory. ")
_HOURS = ("Earlier in the morning, the Health Ministry announced that at least 70 people had "
          "been killed in the past 24 hours in the Palestinian territory.")


@pytest.mark.parametrize("text,expected", [
    # the day's count across the Strip stands beside the ministry's tally of the past hours,
    # and keeps the rest of the parts told at their places
    (_DAY_ACROSS + _HOURS, [("2024-10-28", "Gaza Strip", 25)]),
    (_DAY_ACROSS + "A strike on a house in Rafah killed six people, the civil defence said. "
     + _HOURS, [("2024-10-28", "Gaza Strip", 19), ("2024-10-28", "Rafah", 6)]),
    # the tally beside dead told with no "across" (a part of it), or beside a count for the
    # Strip not told across it: the tally stands
    ("The bodies of 70 people killed in Israeli airstrikes over the past 24 hours have been "
     "brought to hospitals, the Health Ministry said Monday. Among the dead are six of a "
     "single family.", [("2024-10-28", "Gaza Strip", 70)]),
    ("The Health Ministry said Monday that 70 people had been killed in the past 24 hours. The "
     "civil defence said 25 people had been killed in the Gaza Strip on Monday.",
     [("2024-10-28", "Gaza Strip", 70)]),
])
def test_the_days_count_across_the_strip_stands_beside_a_tally_of_the_past_hours(
        text, expected):
    assert sorted((d, loc, n) for d, loc, n in
                  ((e.event_date, e.location, e.fatalities)
                   for e in parse(text, published="2024-10-28").events)) == expected
