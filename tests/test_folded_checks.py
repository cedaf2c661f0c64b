"""Checks that read the folded report spell their words as the folded report has them.

``fold()`` makes every hyphen a space, so a pattern or word list that is matched against
the folded text (``low``, ``cues.folded``, ``folded=True``) and spells "cease-fire",
"zip-tied", "mid-?" or "non-stop " can never find those words, and nothing says so. The
first test reads the package's source for every such match and holds that none spells a
hyphen outside a character class; the others show the checks it woke reading the
hyphenated wordings as they read the solid or spaced ones, with near-misses unchanged.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import geoevents
from geoevents import parse
from geoevents.normalize import fold
from geoevents.triggers.folded_rows import as_folded, folded_re

_METHODS = {"search", "match", "fullmatch", "finditer", "findall", "sub", "split"}
_STR_METHODS = {"startswith", "endswith", "find", "rfind", "index", "rindex", "count"}


def _is_folded(node: ast.AST, names: set[str]) -> bool:
    """Whether an expression is the folded text (or a slice of it) by the package's names."""
    if isinstance(node, ast.Subscript):
        return _is_folded(node.value, names)
    if isinstance(node, ast.Attribute):
        return node.attr == "folded"
    return isinstance(node, ast.Name) and node.id in names


def _folded_names(fn: ast.AST) -> set[str]:
    """``low`` and ``folded``, the names a function binds to them or to fold(), and
    ``before`` where it sits beside ``low`` among the parameters (``low[lo:at]``)."""
    names = {"low", "folded"}
    if isinstance(fn, ast.FunctionDef) and {"low", "before"} <= {a.arg for a in fn.args.args}:
        names.add("before")
    for n in ast.walk(fn):
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and \
                isinstance(n.targets[0], ast.Name) and (
                    _is_folded(n.value, names) or isinstance(n.value, ast.Call) and
                    isinstance(n.value.func, ast.Name) and n.value.func.id == "fold"):
            names.add(n.targets[0].id)
    return names


def _uses(fn: ast.AST, names: set[str]) -> Iterator[tuple[ast.AST, str]]:
    """(what is matched, "re" or "in") for each match of a pattern or a word against the
    folded text in ``fn``."""
    for n in ast.walk(fn):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute):
            if n.func.attr in _METHODS and n.args and _is_folded(n.args[0], names):
                yield n.func.value, "re"
            if any(k.arg == "folded" and isinstance(k.value, ast.Constant) and k.value.value
                   for k in n.keywords) and n.args:
                yield n.args[0], "re"
            if n.func.attr in _STR_METHODS and n.args and _is_folded(n.func.value, names):
                arg = n.args[0]
                yield from ((e, "in") for e in arg.elts) if isinstance(arg, ast.Tuple) else \
                    [(arg, "in")]
        elif isinstance(n, ast.Compare) and isinstance(n.ops[0], (ast.In, ast.NotIn)) and \
                _is_folded(n.comparators[0], names):
            yield n.left, "in"
        elif isinstance(n, (ast.GeneratorExp, ast.ListComp)) and \
                isinstance(n.elt, ast.Compare) and isinstance(n.elt.left, ast.Name) and \
                isinstance(n.elt.ops[0], (ast.In, ast.NotIn)) and \
                _is_folded(n.elt.comparators[0], names):
            for g in n.generators:
                if isinstance(g.target, ast.Name) and g.target.id == n.elt.left.id:
                    yield g.iter, "in"


def _strings(value: object) -> list[str]:
    if isinstance(value, re.Pattern):
        return [value.pattern] if isinstance(value.pattern, str) else []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (tuple, list, set, frozenset)):
        return [s for v in value for s in _strings(v)]
    return []


def _folded_matches() -> Iterator[tuple[str, int, str, str, str]]:
    """(module, line, name, kind, spelling) of every module-level pattern or word list, and
    every literal, that a function of the package matches against the folded text."""
    for info in pkgutil.walk_packages(geoevents.__path__, "geoevents."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef):
                continue
            for node, kind in _uses(fn, _folded_names(fn)):
                if isinstance(node, ast.Name):
                    value = getattr(module, node.id, None)
                elif isinstance(node, ast.Constant):
                    value = node.value
                else:
                    continue
                for s in _strings(value):
                    yield info.name, node.lineno, ast.unparse(node), kind, s


def test_the_scan_finds_the_checks_that_read_the_folded_report():
    found = {(m, name) for m, _, name, _, _ in _folded_matches()}
    # a pattern over ``low``, one with ``folded=True``, a word list in ``any(w in low...)``
    assert ("geoevents.triggers.deals", "_HELD_BY_WHAT_WAS_DONE") in found
    assert ("geoevents.unlisted_names.capitalised_names", "_ROAD_OR_SITE_NOUN") in found
    assert ("geoevents.triggers.backdrop", "_HABITUAL_WORDS") in found
    # (and a word list made one pattern, looked for through the cues with ``folded=True``)
    assert ("geoevents.triggers.backdrop", "GOING_ON_WORD") in found


def test_no_check_over_the_folded_report_spells_a_hyphen():
    dead = [(m, line, name, s[:60]) for m, line, name, kind, s in _folded_matches()
            if (as_folded(s) != s if kind == "re" else "-" in s)]
    assert dead == []


def test_no_word_looked_for_in_the_folded_report_has_a_mark_the_fold_changes():
    # (curly quotes, dashes, capitals, accented letters: none is left in the folded text)
    dead = [(m, line, name, s[:60]) for m, line, name, kind, s in _folded_matches()
            if kind == "in" and fold(s) != s]
    assert dead == []


def test_folded_re_compiles_the_hyphens_as_the_folds_spaces():
    assert folded_re(r"zip-tied|mid-?(?:march)").pattern == r"zip tied|mid ?(?:march)"
    assert folded_re(r"cease-fire", re.I).flags & re.I


def _kinds(text: str, published: str = "2024-03-12") -> list[tuple[str, str, str]]:
    return [(e.event_type, e.sub_event_type, e.location)
            for e in parse(text, published=published).events]


ARRESTS = ("Strategic developments", "Arrests")
AIR = ("Explosions/Remote violence", "Air/drone strike")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "Some of the bodies found in the mass grave at Nasser hospital in Khan Younis were "
    "zip-tied.",
    "Some of the bodies found in the mass grave at Nasser hospital in Khan Younis were "
    "handcuffed.",
    "Several of the bodies recovered in Beit Lahia on Monday were zip-tied.",
])
def test_the_dead_found_bound_are_no_arrest_whatever_bound_them(text):
    assert not [k for k in _kinds(text) if k[:2] == ARRESTS]


def test_men_zip_tied_by_troops_are_still_held():
    text = ("Israeli troops detained dozens of men in Beit Lahia on Tuesday. The men were "
            "zip-tied and taken away.")
    assert (*ARRESTS, "Beit Lahia") in _kinds(text)


@pytest.mark.parametrize("text, place", [
    ("Residents said there had been door-to-door raids in Jabalia on Monday.", "Jabalia"),
    ("Witnesses said there were door-to-door raids in Beit Hanoun overnight.", "Beit Hanoun"),
    ("Residents said there had been house raids in Jabalia on Monday.", "Jabalia"),
])
def test_door_to_door_raids_are_on_the_ground_as_house_raids_are(text, place):
    kinds = _kinds(text)
    assert (*CLASH, place) in kinds and (*AIR, place) not in kinds


def test_raids_told_with_no_troops_stay_from_the_air():
    assert (*AIR, "Jabalia") in _kinds(
        "Residents said there had been overnight raids in Jabalia on Monday.")


@pytest.mark.parametrize("text", [
    "Unions in Gaza City declared an open-ended strike.",
    "Unions in Gaza City declared an open ended strike.",
    "Teachers in Khan Younis declared a one-day strike.",
])
def test_a_walkout_declared_open_ended_or_for_a_day_is_no_air_strike(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "Residents of Rafah said the area has come under near-daily shelling since January.",
    "Displaced people in Deir al-Balah, who have come under near-constant bombardment, say "
    "they have nowhere to go.",
    "Residents of Rafah said the area has come under daily shelling since January.",
])
def test_near_daily_or_near_constant_fire_is_a_habit_as_daily_fire_is(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "Residents of Khan Younis, which was struck in mid-January, returned on Monday.",
    "Residents of Bani Suhaila, which was shelled in mid-February, returned on Monday.",
    "Residents of Khan Younis, which was struck in early January, returned on Monday.",
])
def test_an_attack_told_in_passing_in_mid_month_is_one_gone_by(text):
    assert _kinds(text) == []


def test_an_attack_of_the_report_day_is_kept_beside_a_mid_month():
    assert (*AIR, "Rafah") in _kinds(
        "An Israeli airstrike on a house in Rafah on Monday killed five people, the "
        "deadliest since mid-January, medics said.")


# -- A truce spelt "cease-fire" is read by the checks as one spelt "ceasefire" ------------

RELEASE = ("Strategic developments", "Hostage or prisoner release")


@pytest.mark.parametrize("truce", ["ceasefire", "cease-fire", "cease fire"])
def test_a_truce_that_only_dates_the_clause_leaves_the_attack(truce):
    assert (*AIR, "Khan Younis") in _kinds(
        f"In the hours before the {truce}, heavy bombardment hit Khan Younis.")


@pytest.mark.parametrize("truce", ["ceasefire", "cease-fire"])
def test_captives_freed_under_a_truce_are_freed(truce):
    assert (*RELEASE, "Gaza City") in _kinds(
        f"Under the {truce}, Hamas released three hostages in Gaza City on Sunday.")


@pytest.mark.parametrize("text", [
    "Israel must cease fire on Khan Younis, the UN said.",
    "The UN called on Israel to cease firing at aid convoys in Rafah.",
    "Hamas will release three hostages in Deir al-Balah under the cease-fire.",
])
def test_fire_asked_to_cease_and_releases_to_come_stay_unreal(text):
    assert _kinds(text) == []


def test_the_irrealis_verb_cease_is_not_the_truce_noun():
    from geoevents.triggers.irrealis import IRREALIS_WORD

    assert [m.group() for m in IRREALIS_WORD.finditer("before the cease fire, and cease "
                                                      "the strikes")] == ["cease fire", "cease"]


# -- A paragraph's break, which the fold makes a space, is looked for in the text ---------

EVACUATION = "Evacuation order"
_ORDERS = ("The ICJ ordered Israel to halt its offensive in Rafah on Friday.{gap}The order "
           "covered Bani Suheila, Abasan and Khuza'a, the army said on Monday.")


def test_an_order_told_again_in_a_new_paragraph_is_not_the_one_of_the_last():
    kinds = [k[1] for k in _kinds(_ORDERS.format(gap="\n\n"), "2024-05-27")]
    assert kinds.count(EVACUATION) == 3


@pytest.mark.parametrize("gap", [" ", "\n"])
def test_an_order_told_again_in_the_same_paragraph_is_still_the_courts(gap):
    assert _kinds(_ORDERS.format(gap=gap), "2024-05-27") == []


# -- Checks over the report's own text read every spelling of a truce --------------------

_ANY_CEASEFIRE = re.compile(r"cease(?:-\?|\[- \]\?|\[ -\]\?| \?|\\s\*|\\s\?|-)fire")


def _module_patterns() -> Iterator[tuple[str, str, re.Pattern]]:
    seen: set[int] = set()
    for info in pkgutil.walk_packages(geoevents.__path__, "geoevents."):
        if info.name.endswith("__main__"):
            continue
        for name, value in vars(importlib.import_module(info.name)).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str) and \
                    id(value) not in seen:
                seen.add(id(value))
                yield info.name, name, value




def test_no_check_over_the_report_text_knows_only_the_solid_ceasefire():
    folded = {(m, name) for m, _, name, _, _ in _folded_matches()}
    solid_only = [(m, name) for m, name, p in _module_patterns()
                  if "ceasefire" in p.pattern.lower() and
                  not _ANY_CEASEFIRE.search(p.pattern.lower()) and
                  (m, name) not in folded]
    assert solid_only == []


_TRUCE_CAME_IN = ("A {truce} agreement between the two sides, brokered by mediators and "
                  "implemented on October 10, requires Israel to pull back. An airstrike "
                  "killed three people in {place}.")


@pytest.mark.parametrize("truce, place", [
    ("ceasefire", "Rafah"), ("cease-fire", "Rafah"), ("cease fire", "Deir al-Balah"),
    ("Cease-Fire", "Beit Lahia"),
])
def test_the_day_a_truce_came_in_does_not_date_what_follows_however_it_is_spelt(truce, place):
    events = parse(_TRUCE_CAME_IN.format(truce=truce, place=place),
                   published="2025-01-27").events
    assert [(e.location, e.event_date) for e in events] == [(place, "2025-01-27")]
