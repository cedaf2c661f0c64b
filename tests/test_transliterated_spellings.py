"""A place of the Strip written with another transliteration of its vowels ("Zaytoon" for
Zaytoun, "Beit Hanoon", "al-Ahly hospital", "Karm Abu Salim") is that place; the variants
come by rule from the gazetteer's own spellings, never override another place's spelling,
and one loose word alone ("Salim", "Ahly") stays a person's or a club's name."""

from __future__ import annotations

import pytest

from geoevents import parse
from geoevents.normalize import transliteration_variants


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.name) for m in parse(text, published="2024-03-02").mentions]


@pytest.mark.parametrize("words,variant", [
    ("zaytoun", "zaytoon"),
    ("beit hanoun", "beit hanoon"),
    ("al ahli hospital", "al ahly hospital"),
    ("karm abu salem", "karm abu salim"),
    ("naser hospital", "nasir hospital"),
])
def test_the_rules_give_the_variant(words, variant):
    assert variant in [" ".join(v) for v in transliteration_variants(words.split())]


@pytest.mark.parametrize("words", ["salem", "ahli", "al ahli", "deir al balah", "rafah"])
def test_one_word_or_no_such_vowel_gives_no_loose_variant(words):
    # "salem" -> "salim" and "ahli" -> "ahly" only beside another word of the name
    assert not [v for v in transliteration_variants(words.split())
                if v[-1].endswith(("im", "y"))]


def test_english_words_and_articles_are_kept():
    for v in transliteration_variants("al ahli hospital".split()):
        assert v[0] == "al" and v[-1] == "hospital"


@pytest.mark.parametrize("text,surface,place", [
    ("Israeli tanks stormed the Zaytoon neighbourhood on Tuesday, residents said.",
     "Zaytoon", "Zeitoun"),
    ("Two houses were shelled in Beit Hanoon overnight.", "Beit Hanoon", "Beit Hanoun"),
    ("An air strike hit the yard of the Al-Ahly hospital, medics said.",
     "Al-Ahly hospital", "Al-Ahli Arab Hospital"),
    ("Artillery shells fell around Nasir Hospital on Friday.", "Nasir Hospital",
     "Nasser Medical Complex"),
    ("Tanks moved west of Karm Abu Salim before dawn.", "Karm Abu Salim",
     "Kerem Shalom Crossing"),
])
def test_a_variant_spelling_is_the_place(text, surface, place):
    assert any(s.startswith(surface) and p == place for s, p in _places(text))


@pytest.mark.parametrize("text", [
    "Salim told reporters the family had left on foot.",
    "Fans of Al Ahly gathered in Cairo on Friday.",
    "Nasir, 34, said his brother was wounded.",
])
def test_a_loose_word_alone_is_no_place(text):
    assert not any(s in ("Salim", "Al Ahly", "Ahly", "Nasir") for s, _ in _places(text))


def test_a_place_spelt_as_written_is_unchanged():
    # "Nasser Hospital" is Nasser's own spelling, not a variant of another site's
    assert ("Nasser Hospital", "Nasser Medical Complex") in \
        _places("A strike hit near Nasser Hospital in Khan Younis.")
