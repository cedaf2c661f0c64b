"""Sentence and clause splitting keeps offsets into the text."""

import pytest

from geoevents.sentences import split_clauses, split_sentences


def test_abbreviations_do_not_split():
    text = "Lt. Col. Smith said the U.S. sent aid. Strikes hit Rafah."
    assert [s.text for s in split_sentences(text)] == [
        "Lt. Col. Smith said the U.S. sent aid.", "Strikes hit Rafah."]


def test_a_blank_line_ends_a_sentence_after_an_initial():
    text = "The director wrote on X.\n\nAccording to UNRWA, it took place on Thursday."
    spans = split_sentences(text)
    assert [s.text for s in spans] == ["The director wrote on X.",
                                       "According to UNRWA, it took place on Thursday."]
    assert [s.paragraph for s in spans] == [0, 1]
    # (an initial within a line still does not end one)
    assert len(split_sentences("It was told to John F. Kennedy in 1963.")) == 1


def test_reference_markers_and_lines():
    text = "It closed.[94][98] The IDF entered.\nHeadline without stop\n\nNext one."
    spans = split_sentences(text)
    assert [s.text for s in spans] == ["It closed.", "The IDF entered.",
                                       "Headline without stop", "Next one."]
    for s in spans:
        assert text[s.start:s.end] == s.text


def test_clauses():
    (s,) = split_sentences("Two soldiers died in northern Gaza amid combat in Shejaia.")
    assert [c.text.strip() for c in split_clauses(s)] == [
        "Two soldiers died in northern Gaza", "amid combat in Shejaia."]


def test_text_without_punctuation_is_cut_into_bounded_pieces():
    from geoevents.sentences import MAX_SENTENCE

    text = "word " * 3000
    spans = split_sentences(text)
    assert all(len(s.text) <= MAX_SENTENCE for s in spans)
    assert all(text[s.start:s.end] == s.text for s in spans)
    assert sum(len(s.text.split()) for s in spans) == 3000


def test_long_runs_of_marks_split_in_linear_time():
    # Each mark of a run once tried as a sentence end made this quadratic.
    spans = split_sentences("Word" + "." * 200_000 + " Next one. " + "?!" * 50_000)
    assert spans[0].text == "Word."
    assert [s.text[:9] for s in spans if "Next" in s.text] == ["Next one."]
    assert spans[-1].text.endswith("?!?!")


def test_an_aside_between_dashes_does_not_split_its_clause():
    text = ("The army told almost half the population of Gaza – over one million people – to "
            "evacuate northern Gaza.")
    s = split_sentences(text)[0]
    assert [c.text for c in split_clauses(s)] == [text]
    # one dash still opens a clause of its own
    text = "Strikes hit Rafah on Monday – and tanks advanced on Khan Younis."
    assert len(split_clauses(split_sentences(text)[0])) == 2


def test_hard_wrapped_lines_are_one_sentence():
    text = ("GAZA CITY (AFP) - Gaza's civil\ndefence agency said Israeli strikes on Saturday "
            "killed at least 17 people\nacross the territory.\nA strike on a house in the\n"
            "Sabra neighbourhood killed 10.")
    assert [s.text.replace("\n", " ") for s in split_sentences(text)] == [
        "GAZA CITY (AFP) - Gaza's civil defence agency said Israeli strikes on Saturday killed "
        "at least 17 people across the territory.",
        "A strike on a house in the Sabra neighbourhood killed 10."]


def test_headlines_one_per_line_stay_apart():
    text = "Israeli strikes kill 20 in Gaza\nAid trucks enter Rafah\nThe army said on Monday."
    assert len(split_sentences(text)) == 3


def test_a_name_spelt_with_an_apostrophe_ends_a_sentence():
    text = "The order covered Abasan and Khuza'a. Medics said 70 people were killed."
    assert [s.text for s in split_sentences(text)] == [
        "The order covered Abasan and Khuza'a.", "Medics said 70 people were killed."]
    # (an initial still is one: "Lt. Col. M. Ahmed")
    assert len(split_sentences("The officer, M. Ahmed, said the strike hit a house.")) == 1


@pytest.mark.parametrize("opening", ["Émile Dupont", "Ørsted", "Łukasz Nowak", "Ōtsuka",
                                     "«Émile Dupont»", "“Émile Dupont”", "(Émile Dupont)",
                                     "Ελένη Παππά", "Олег Петров"])
def test_a_sentence_opens_on_a_capital_of_any_script(opening):
    text = (f"Israeli forces shelled Khan Younis on Friday, killing 4. {opening} said Rafah "
            "was calm.")
    spans = split_sentences(text)
    assert [s.text for s in spans] == [
        "Israeli forces shelled Khan Younis on Friday, killing 4.",
        f"{opening} said Rafah was calm."]
    assert all(text[s.start:s.end] == s.text for s in spans)


@pytest.mark.parametrize("text", ["Dr. Émile Dupont said Rafah was calm.",
                                  "They met at St. Étienne church in Gaza City.",
                                  "Israeli forces were told by Lt. Ørsted to leave."])
def test_an_abbreviation_before_a_capital_of_any_script_does_not_split(text):
    assert [s.text for s in split_sentences(text)] == [text]


def test_a_lowercase_letter_of_any_script_opens_no_sentence():
    text = "He was at the U.N. élite unit's base in Rafah."
    assert [s.text for s in split_sentences(text)] == [text]
