"""A site named in full with its noun ("Nasser Medical Complex", "Al-Quds Hospital") and
then by its name alone is that site wherever the short name stands (a sentence's subject,
an object, an apposition), not only after "at"/"in"; a person's names and another thing
named with its own noun stay as they were."""

from __future__ import annotations

import pytest

from geoevents import parse


def _ids(text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.place_id) for m in parse(text, published="2025-06-17").mentions]


@pytest.mark.parametrize("text,short,site", [
    ("Tanks neared Nasser Medical Complex on Monday. This put Nasser at high risk.",
     "Nasser", "hospital:nasser-medical-complex"),
    ("Shells fell by Al-Quds Hospital in Tel al-Hawa. Al-Quds was evacuated on Tuesday.",
     "Al-Quds", "facility:al-quds-hospital"),
    ("Staff fled Kamal Adwan Hospital. By noon, Kamal Adwan had no power.",
     "Kamal Adwan", "facility:kamal-adwan-hospital"),
])
def test_the_short_name_is_the_site(text, short, site):
    at = text.rindex(short)
    mentions = parse(text, published="2025-06-17").mentions
    assert [(m.surface, m.place_id) for m in mentions if m.start == at] == [(short, site)]


@pytest.mark.parametrize("text,short", [
    ("Crowds gathered at Nasser hospital. Gamal Abdel Nasser built the road.", "Nasser"),
    ("Crowds gathered at Nasser hospital. Nasser Abu Shaaban said he fled.", "Nasser"),
    ("Crowds gathered at Nasser hospital. Nasser, who lost his home, spoke.", "Nasser"),
    ("Crowds gathered at Nasser hospital. The Nasser neighbourhood was hit.", "Nasser"),
    # told short before the full name: nothing told before it
    ("Nasser warned of shortages. Later, strikes hit near Nasser hospital.", "Nasser"),
])
def test_a_person_or_another_thing_stays(text, short):
    assert short not in [s for s, _ in _ids(text)]
