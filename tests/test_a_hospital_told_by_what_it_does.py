"""A lead that tells a strike on a hospital only by what it does and the region it is in
("one of the last health centres in northern Gaza was hit overnight by several strikes",
"a medical facility in southern Gaza was struck by two air strikes") and the hospital the
body then names are one attack, at the hospital: the strikes of the salvo that hit the one
site are not several attacks. Health centres hit across a region, or strikes on a region
with no target told, stay apart from the hospital."""

from __future__ import annotations

import pytest

from geoevents import parse
from geoevents.event_merge.attack_words import tells_several


def _strikes(text: str, published: str) -> list[str | None]:
    return [e.location for e in parse(text, published=published).events
            if e.event_type == "Explosions/Remote violence"]


_HOSPITAL = ("\u201cAll night there was heavy bombing around the Indonesian Hospital\u201d, a "
             "WHO official said.")


@pytest.mark.parametrize("text,published,place", [
    ("One of the last working health centres in northern Gaza was reportedly hit again "
     "overnight into Friday by several strikes, leaving three staff among the wounded, the "
     "WHO said.\n" + _HOSPITAL, "2024-12-06", "Indonesian Hospital"),
    ("A medical facility in southern Gaza was struck on Tuesday by two air strikes, the "
     "health ministry said.\nStaff said the bombing hit the courtyard of Nasser Hospital in "
     "Khan Younis.", "2024-08-20", "Nasser Medical Complex"),
])
def test_the_regions_hospital_is_the_one_the_body_names(text, published, place):
    assert _strikes(text, published) == [place]


@pytest.mark.parametrize("lead", [
    "Health centres across northern Gaza were hit by several strikes overnight, the WHO said.",
    "Israeli strikes hit northern Gaza overnight into Friday, the WHO said.",
])
def test_strikes_told_across_the_region_stay_apart(lead):
    assert _strikes(lead + "\n" + _HOSPITAL, "2024-12-06") == ["northern Gaza",
                                                              "Indonesian Hospital"]


@pytest.mark.parametrize("notes,several", [
    ("The clinic was hit overnight by several strikes, medics said.", False),
    ("The UN school in Rafah was bombed at dawn by successive air strikes.", False),
    ("The school was hit by several strikes and the clinic by two more strikes.", True),
    ("Israeli strikes hit Rafah and Khan Younis.", True),
    ("Schools were hit by several strikes overnight.", True),
])
def test_the_salvo_that_hit_one_site_is_one_attack(notes, several):
    assert tells_several(notes) is several
