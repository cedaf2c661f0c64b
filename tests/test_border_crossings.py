"""A crossing of the Strip named for the community across the fence ("the Zikim
crossing"): read as the noun only, in time linear in the text, and per gazetteer."""

import gc
import time
from dataclasses import replace

import pytest

from geoevents import Gazetteer, find_places, parse
from geoevents.border_crossings import crossing_named_for


def _ids(text):
    return [m.place_id for m in find_places(text).mentions]


# -- "crossing" the verb is no crossing ------------------------------------------------------
@pytest.mark.parametrize("text, community", [
    ("Israeli troops in Kissufim crossing into the Strip came under fire",
     "world-town:kissufim"),
    ("Soldiers from Zikim crossing over the fence were fired on.", "world-town:zikim"),
    ("Tanks near Nahal Oz crossing the border were hit by a rocket.", "world-town:nahal-oz"),
    ("Infiltrators seen at Sufa crossing through the fence were shot.", "world-town:sufa"),
    ("Gunmen from Kissufim crossing towards the Strip were killed.", "world-town:kissufim"),
])
def test_crossing_as_a_verb_leaves_the_community_abroad(text, community):
    assert _ids(text)[0] == community


def test_troops_crossing_from_a_kibbutz_are_no_strip_wide_event():
    doc = parse("Israeli troops in Kissufim crossing into the Strip came under fire",
                published="2024-06-29")
    assert [e.location for e in doc.events] == []


# -- ... while the noun still is one ---------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # (the name with "the" before it: a crossing, whatever follows)
    ("The Kissufim crossing into central Gaza was closed.", "strip:gaza-strip"),
    ("Trucks used the Zikim crossing into northern Gaza.", "region:northern-gaza"),
    ("Convoys came through the Sufa crossing over the weekend.", "region:southern-gaza"),
    # (a border crossing, a crossing point: nouns)
    ("Aid entered through Kissufim border crossing into Gaza.", "strip:gaza-strip"),
    ("Crowds gathered at Zikim crossing point on Monday.", "region:northern-gaza"),
    ("Shots were fired near Nahal Oz crossing points.", "region:northern-gaza"),
    # (a bare "crossing" that goes on with no where-to)
    ("Aid entered through Zikim crossing on Sunday.", "region:northern-gaza"),
    ("Crowds waited at Nahal Oz crossing, witnesses said.", "region:northern-gaza"),
])
def test_the_noun_crossing_is_the_strips_edge(text, expected):
    assert _ids(text)[0] == expected


# -- a long run of blanks after a name ---------------------------------------------------------
@pytest.mark.parametrize("after", ["\nNothing else.", "crossing.", ", Erez and Sufa crossings."])
def test_a_long_run_of_blanks_after_a_name_is_read_at_once_and_alike(after):
    gaz = Gazetteer.default()
    zikim = gaz["world-town:zikim"]

    def read(blanks):
        text = "Israeli troops opened fire near Zikim" + " " * blanks + after
        return crossing_named_for(gaz, text, text.index("Zikim") + 5, zikim)

    start = time.perf_counter()
    long = read(50_000)
    assert time.perf_counter() - start < 0.5
    assert long == read(4)  # (more than a few blanks part the name from what follows)


def test_a_report_padded_with_blanks_parses_about_as_fast_as_a_short_one():
    short = "Israeli troops opened fire near Zikim\nNothing else."
    parse(short, published="2024-06-29")  # (warm the caches)
    start = time.perf_counter()
    parse(short, published="2024-06-29")
    short_took = time.perf_counter() - start
    for text in ("Israeli troops opened fire near Zikim" + " " * 50_000 + "\nNothing else.",
                 "An Israeli strike killed five people in Rafah." + " " * 50_000 +
                 "\nOn Sunday" + " " * 5_000 + "the strike hit a house.",
                 "An Israeli strike killed five people in Rafah. The strike" + " " * 50_000 +
                 "on Sunday hit a house."):
        start = time.perf_counter()
        parse(text, published="2024-06-29")
        assert time.perf_counter() - start < 20 * short_took + 2.0


def test_the_day_told_next_is_read_the_same_across_extra_blanks():
    for gap in (" ", " " * 40, " " * 5_000):
        doc = parse("An Israeli strike killed five people in Rafah." + gap + "On Sunday," + gap +
                    "the strike hit a house.", published="2024-06-29")
        assert [(e.location, e.event_date) for e in doc.events] == [("Rafah", "2024-06-23")]


# -- per gazetteer -----------------------------------------------------------------------------
def test_each_gazetteer_gets_its_own_region_even_after_another_is_collected():
    base = Gazetteer.default()
    text = "Israeli forces opened fire near the Zikim crossing."
    end = text.index("Zikim") + 5
    for n in range(6):
        places = [replace(p, name=f"North Gaza {n}") if p.id == "region:northern-gaza" else p
                  for p in base]
        gaz = Gazetteer(places, (), base.areas_geojson)
        edge = crossing_named_for(gaz, text, end, gaz["world-town:zikim"])
        assert edge is not None and edge.name == f"North Gaza {n}"
        del gaz, edge
        gc.collect()  # (a new gazetteer may well take the old one's id)
