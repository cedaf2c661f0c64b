"""The wounded who died, counted with the other dead of a list ("Four paramedics and two
injured people were killed"), and the hurt told beside the dead, who are not."""

import pytest
from event_helpers import killed_counts as _dead


@pytest.mark.parametrize("text,n", [
    ("Four paramedics and two injured people were killed when an ambulance was struck.", 6),
    ("Three medics and five wounded patients were killed when the ambulance was hit.", 8),
    ("A driver and three injured civilians were also killed in the strike.", 4),
    ("Two nurses and four wounded children have been killed in the hospital.", 6),
])
def test_the_wounded_who_died_are_counted(text, n):
    assert _dead(text) == [n]


@pytest.mark.parametrize("text,n", [
    # (the hurt, no dead of the list)
    ("The civil defence recovered the bodies of four Palestinians and several injured "
     "individuals.", None),
    ("Four people were killed and two injured people were taken to hospital.", 4),
    ("Four paramedics and two injured people were evacuated after the strike.", None),
])
def test_the_hurt_beside_the_dead_are_not(text, n):
    assert (_dead(text) or [None])[0] == n
