"""A site told already, said to have been evacuated in the perfect, is its state, no
displacement; people moved, a named site or an evacuation of a day still are one."""

from __future__ import annotations

from geoevents import parse

_STRIKE = ("At least 11 Palestinians were killed in an Israeli airstrike on Safad School in the "
           "Zeitoun neighborhood of Gaza City on Sunday. ")


def _kinds(text: str) -> list[str]:
    return [e.sub_event_type for e in parse(text, published="2024-09-02").events]


def test_the_struck_school_emptied_is_no_displacement() -> None:
    assert _kinds(_STRIKE + "The Civil Defense said that the school has been evacuated after "
                  "Israeli threats to attack its premises.") == ["Air/drone strike"]
    assert _kinds(_STRIKE + "Officials said the hospital had already been evacuated after "
                  "Israeli warnings.") == ["Air/drone strike"]


def test_an_evacuation_of_a_day_is_one() -> None:
    assert "Displacement" in _kinds(_STRIKE + "The school was evacuated on Monday after "
                                    "Israeli threats.")


def test_a_named_site_or_people_moved_is_one() -> None:
    assert _kinds("Al-Awda Hospital in Jabalia has been evacuated after Israeli threats.") == \
        ["Displacement"]
    assert _kinds("Some 300 people have been evacuated from the school in Jabalia.") == \
        ["Displacement"]
