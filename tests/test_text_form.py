"""Report text in its Unicode normal form, with every character mapped back."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geoevents.text_form import normal_form


@pytest.mark.parametrize("text", ["", "Airstrikes hit Rafah.", "Shujāʿiyya’s “main” road…",
                                  "Deir\u200bal-Balah",
                                  "غارات على خان يونس", "3\u00a0km north of Rafah", "x²"])
def test_text_in_its_normal_form_is_not_copied(text):
    assert normal_form(text) is None


@pytest.mark.parametrize(("text", "normal", "spans"), [
    # a combining mark composes with its letter: the letter maps to both
    ("Bala\u0304h", "Balāh", [(0, 1), (1, 2), (2, 3), (3, 5), (5, 6)]),
    # an invisible character is dropped
    ("Ra\u00adfah", "Rafah", [(0, 1), (1, 2), (3, 4), (4, 5), (5, 6)]),
    ("Ra\u2060f\u200eah", "Rafah", [(0, 1), (1, 2), (3, 4), (5, 6), (6, 7)]),
    # fullwidth letters and the ideographic space are ordinary ones
    ("ＲＡＦＡＨ\u3000x", "RAFAH x", [(i, i + 1) for i in range(7)]),
    # a ligature is its letters, both mapped to it
    ("\ufb01ghting", "fighting", [(0, 1), (0, 1)] + [(i, i + 1) for i in range(1, 7)]),
])
def test_the_normal_form_and_where_each_character_came_from(text, normal, spans):
    form = normal_form(text)
    assert form is not None and form.text == normal
    assert [form.original_span(i, i + 1) for i in range(len(form.text))] == spans


def test_characters_that_compose_across_marks_map_to_their_whole_stretch():
    text = "x \u1100\u1161\u11a8 y"  # Hangul jamo compose into one syllable
    form = normal_form(text)
    assert form.text == "x 각 y"
    assert form.original_span(2, 3) == (1, 5)


_PIECES = st.sampled_from(["Rafah", " ", "Shujāʿiyya", "Dayr al-Balaḥ", ".", "a", "\u00ad",
                           "\u200b", "\u200d", "\u0301", "\u0323", "ＲＡ", "\ufb01", "\u1100",
                           "\u1161", "é", "\u3000", "\ufeff", "غزة", "\u064e", "\ud800"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES | st.characters(), max_size=30), st.booleans())
def test_the_map_covers_the_text_in_order(pieces, decompose):
    text = "".join(pieces)
    if decompose:
        text = unicodedata.normalize("NFD", text)
    form = normal_form(text)
    if form is None:
        assert normal_form(text) is None and unicodedata.is_normalized("NFC", text)
        return
    assert normal_form(form.text) is None  # the normal form is normal
    spans = [form.original_span(i, i + 1) for i in range(len(form.text))]
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert [s for s, _ in spans] == sorted(s for s, _ in spans)
    assert [e for _, e in spans] == sorted(e for _, e in spans)
    assert form.original_span(len(form.text), len(form.text)) == (len(text), len(text))


def test_a_long_text_with_one_change_is_mapped_by_pieces():
    text = "Rafah " * 200_000 + "Shuja\u0304ʿiyya" + " Rafah" * 200_000
    form = normal_form(text)
    assert len(form.pieces) == 3  # copied, changed, copied: not a list per character
    at = form.text.index("Shujāʿiyya")
    assert text[slice(*form.original_span(at, at + 10))] == "Shuja\u0304ʿiyya"
    assert form.original_span(len(form.text) - 5, len(form.text)) == (len(text) - 5, len(text))
