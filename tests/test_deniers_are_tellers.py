"""A party told only as denying a part in an act, or knowledge of it, is its teller, no side."""

import pytest

from geoevents import parse
from geoevents.actors import ActorRef
from geoevents.event_actors.describers import describers


def _sides(text):
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in parse(text, published="2025-10-19").events]


@pytest.mark.parametrize("text", [
    "According to medics, seven people have died in Monday's strikes on Khan Younis, while "
    "Hamas denied knowledge of any clash there.",
    "According to reports, 11 people have died in Sunday's airstrikes on Rafah, while Hamas "
    "denied any role in the fighting.",
    "Officials said 12 people have died in Tuesday's shelling of Beit Hanoun, while Hamas "
    "rejected the allegations.",
    # (the party's own voice, told by a possessive)
    "Officials said 12 people have died in Tuesday's shelling of Beit Hanoun, while Hamas' "
    "spokesman rejected the allegations.",
    "Medics said nine people have died in Sunday's strikes on Jabalia, while Hamas’s "
    "military wing dismissed the reports.",
])
def test_the_denier_is_not_the_victims_side(text):
    sides = _sides(text)
    assert sides and all("Hamas" not in (a1, a2) for _, a1, a2 in sides), sides
    assert all(a1 == "Israeli military" for _, a1, _ in sides), sides


def _ref(text, name):
    at = text.index(name)
    return ActorRef(name, "armed", at, "Palestine", at + len(name))


@pytest.mark.parametrize("text", [
    # (other senses of the verbs: a deed, no denial of a part)
    "Hamas denied entry to the convoy at the checkpoint.",
    "Israel rejected the proposal brought by the mediators.",
])
def test_other_senses_stay(text):
    name = text.split()[0]
    named = [_ref(text, name)]
    assert describers(text, named) == named


@pytest.mark.parametrize("text", [
    "Hamas denied responsibility for the blast.",
    "Hamas has denied any involvement in the attack.",
    "Hamas quickly rejected the army's claims about the tunnel.",
    "Hamas' spokesman rejected the allegations.",
    "Hamas’s armed wing dismissed the accusations.",
    "Hamas's political bureau denies knowledge of the raid.",
])
def test_a_denial_is_a_tellers_word(text):
    assert describers(text, [_ref(text, "Hamas")]) == []


@pytest.mark.parametrize("text", [
    # (near-misses: the possessive's deed, or a denial of something other than a part)
    "Hamas's armed wing denied entry to the convoy.",
    "Hamas' fighters attacked the troops, the army said.",
    "Hamas’s leaders rejected the proposal brought by the mediators.",
])
def test_a_possessives_other_deeds_stay(text):
    named = [_ref(text, "Hamas")]
    assert describers(text, named) == named
