"""A named dead after his role in an armed group ("Islamic Jihad operative X") counts one."""

import pytest

from geoevents import parse


def _dead(text):
    return [e.fatalities for e in parse(text, published="2025-04-07").events]


@pytest.mark.parametrize("text,n", [
    ("Israel said it killed Islamic Jihad operative Nour al-Din Dababsh in an airstrike in "
     "Gaza City.", 1),
    ("The army said it killed Hamas militant Ahmed Abu Salem in a drone strike in Khan "
     "Younis.", 1),
    ("A drone strike in Rafah on Monday killed senior Hamas officer Khaled Mansour.", 1),
    ("An airstrike in Deir al-Balah killed Islamic Jihad operatives Sami Odeh and Khaled "
     "Mansour, the IDF said.", 2),
    ("The military said it killed Hamas fighter Mahmoud Nasser in Jabalia on Sunday.", 1),
])
def test_a_role_before_the_name_counts_the_dead(text, n):
    assert _dead(text) == [n]


@pytest.mark.parametrize("text,n", [
    # (a teller after the toll, not one more dead)
    ("Two people were killed in the strike in Gaza City, Islamic Jihad spokesman Abu Hamza "
     "said.", 2),
    ("A man was killed in the strike in Deir al-Balah, Hamas official Basem Naim said.", 1),
])
def test_a_teller_with_a_role_is_not_a_dead(text, n):
    assert _dead(text) == [n]


def test_a_killing_not_done_counts_no_named_dead():
    assert _dead("The IDF said it would kill Hamas operative Ahmed Salem in Rafah.") in ([], [None])
