"""A long report is read as the same rules read it plainly, only without the work that grows
faster than the text: the indexes and the in-place readings answer as the plain scans do."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geoevents import dates, parse, text_ends
from geoevents.anchored import Cues
from geoevents.dates import _INDEX as _DATE_INDEX
from geoevents.dates import _Taken, counted_days, find_dates
from geoevents.dates.counted_days import day_counted_from
from geoevents.dates.expressions import KINDS_AND_PATTERNS
from geoevents.event_dates.days_told_before import _last_match
from geoevents.event_merge import placed_next, told_later, told_wide, towns_and_sites
from geoevents.events.report import _INDEX, Records
from geoevents.model import Mention
from geoevents.name_checks import PlacesBefore
from geoevents.normalize import name_key
from geoevents.record_days import after, by_day
from geoevents.sentences import split_sentences
from geoevents.text_ends import blank, first_found, stripped_end
from geoevents.told_again import the_lead_later
from geoevents.tolls import day_tolls
from geoevents.triggers import _INDEX as _TRIGGER_INDEX
from geoevents.triggers import find_triggers
from geoevents.unlisted_names.capitalised_names import _TOLD_SITE, SitesTold

# spaces of every kind str.strip() takes, and characters it does not
_SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2009\u200a\u2028\u2029\u202f" \
    "\u205f\u3000"
_OTHERS = "a.\u200b\ufeffZ9"


@given(st.text(alphabet=_SPACES + _OTHERS, max_size=12), st.integers(0, 14),
       st.integers(0, 14))
def test_blank_and_stripped_end_answer_as_strip(text, start, end):
    assert blank(text, start, end) == (not text[start:end].strip())
    assert blank(text, start) == (not text[start:].strip())
    assert stripped_end(text, end) == len(text[:end].rstrip())


@pytest.fixture(scope="module")
def long_text(corpus_texts) -> str:
    """Real reports joined into one long one, as a user may hand over a whole bulletin."""
    return "\n\n".join(corpus_texts[:300])


def test_taken_stretches_answer_as_a_scan_of_them(long_text):
    """The dates' taken stretches, bisected, against the scan of all of them, on the matches
    of every date pattern over a long real report."""
    cues = Cues(long_text, _DATE_INDEX)
    taken, plain = _Taken(), []
    asked = 0
    for _, pattern in KINDS_AND_PATTERNS:
        for m in cues.finditer(pattern):
            overlaps = any(s < m.end() and m.start() < e for s, e in plain)
            assert taken.overlaps(m.start(), m.end()) == overlaps
            asked += 1
            if not overlaps:
                taken.add(m.start(), m.end())
                plain.append((m.start(), m.end()))
    assert asked > 300 and len(plain) < asked


class _PlainTaken:
    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> None:
        self.spans.append((start, end))

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.spans)


class _PlainFound:
    def __init__(self) -> None:
        self.found: list = []

    def add(self, ref) -> None:
        self.found.append(ref)

    def last_before(self, at: int):
        return max((r for r in self.found if r.start < at), key=lambda r: r.start, default=None)

    @property
    def refs(self) -> list:
        return sorted(self.found, key=lambda r: r.start)

    @property
    def starts(self) -> list[int]:
        return [r.start for r in self.refs]


@pytest.mark.parametrize("published", [date(2024, 6, 29), date(2025, 1, 20), None])
def test_a_long_reports_dates_are_those_the_plain_scans_find(long_text, published,
                                                             monkeypatch):
    """find_dates over a whole long report (as a rule that reads all before a sentence
    asks), with its stretches taken and the days it found kept as plain lists scanned
    whole: the same days."""
    indexed = find_dates(long_text, published)
    monkeypatch.setattr(dates, "_Taken", _PlainTaken)
    monkeypatch.setattr(dates, "_Found", _PlainFound)
    assert find_dates(long_text, published) == indexed
    assert len(indexed) > 300


def _site_told_before_plain(told: list[tuple[Mention, str | None]], key: str, start: int
                            ) -> Mention | None:
    """_site_told_before's scan as it was: back over every mention (``told``: each with
    the key of its name without its site's noun, or None)."""
    for m, its_key in reversed(told):
        if m.end > start:
            continue
        if its_key is None or its_key != key:
            continue
        return m
    return None


@pytest.fixture(scope="module")
def long_mentions(long_text) -> list[Mention]:
    return sorted(parse(long_text).mentions, key=lambda m: m.start)


def test_sites_told_are_found_as_by_a_scan_of_all_mentions(long_text, long_mentions):
    known = long_mentions
    sites = SitesTold(known)
    told = [(m, name_key(m.surface[:noun.start()])
             if (noun := _TOLD_SITE.search(m.surface)) is not None else None) for m in known]
    keys = {key for _, key in told if key is not None}
    assert len(keys) > 5
    # where each site is told, just after, and some way on: a short name may come later
    offsets = sorted({m.end for m, key in told if key} | {m.end + 1 for m, key in told if key} |
                     {m.start for m in known[::25]} | {0, len(long_text)})
    found = 0
    for key in sorted(keys)[:20] + ["no such site"]:
        for start in offsets:
            plain = _site_told_before_plain(told, key, start)
            assert sites.last_before(key, start) is plain
            found += plain is not None
    assert found > 100


def test_undated_cues_find_the_triggers_a_fresh_scan_finds(long_text):
    """The report's scan, undated, as a fresh scan of the trigger patterns (which knows no
    day): the same triggers in every stretch, whatever day the report's own cues know."""
    cues = Cues(long_text, _INDEX)
    cues.published = date(2024, 6, 29)
    undated = cues.undated()
    assert undated is cues.undated() and undated.published is None
    fresh = Cues(long_text, _TRIGGER_INDEX)
    step = len(long_text) // 200
    for start in range(0, len(long_text), step):
        end = min(len(long_text), start + step + 500)
        assert find_triggers(long_text, start, end, cues=undated) == \
            find_triggers(long_text, start, end, cues=fresh)


def test_the_lowered_report_is_made_once(long_text):
    cues = Cues(long_text, _INDEX)
    low = cues.lower(long_text)
    assert low == long_text.lower() and cues.lower(long_text) is low
    other = long_text[:100]
    assert cues.lower(other) == other.lower()


@pytest.mark.parametrize("noun", ["strike", "raid", "killings?"])
def test_the_last_noun_before_a_sentence_is_the_last_of_a_whole_scan(long_text, noun):
    """The last attack noun before an offset, looked for back from it in ever longer
    stretches, against the last match of a scan from the report's start."""
    pattern = re.compile(rf"(?i)\b(?:air\s*|drone\s+|missile\s+)?{noun}\b")
    for end in [*range(0, len(long_text), 4999), len(long_text)]:
        assert [m.span() for m in _last_match(pattern, long_text, end)] == \
            [m.span() for m in list(pattern.finditer(long_text, 0, end))[-1:]]
    # (and where the stretch must reach far back, or the noun is not there at all)
    spaced = "killings " + "x " * 5000 + "airstrike," + "word " * 3000 + "."
    for end in (5, 9, 10, 2000, 10000, 10010, 10011, len(spaced)):
        assert [m.span() for m in _last_match(pattern, spaced, end)] == \
            [m.span() for m in list(pattern.finditer(spaced, 0, end))[-1:]]


def test_overlaps_with_the_extra_names_are_those_a_scan_finds(long_mentions):
    known = long_mentions
    extra = known[::7] + [replace(m, start=m.start - 3, end=m.end + 40) for m in known[3::11]]
    taken = PlacesBefore((e.start, e.end) for e in extra)
    for m in known + [replace(m, start=m.end, end=m.end + 2) for m in known]:
        assert taken.runs_past(m.end, m.start) == \
            any(e.start < m.end and m.start < e.end for e in extra)


def test_names_running_past_a_point_are_those_a_scan_finds(long_mentions):
    spans = [(m.start, m.end) for m in long_mentions]
    spans += [(a - 5, b + 60) for a, b in spans[::13]]
    places = PlacesBefore(spans)
    for start in [m.start for m in long_mentions[::3]]:
        for point in (start - 200, start - 30, start - 1, start):
            assert places.runs_past(start, point) == \
                any(a < start and b > point for a, b in spans)


class _EveryRecord:
    """the_statement_told_again's records to weigh as they were: all of them."""

    def __init__(self, events) -> None:
        self.size = len(events)
        _EveryRecord.asked = 0

    def moved(self, i, was, now) -> None:
        pass

    def near(self, f) -> list[int]:
        _EveryRecord.asked += 1
        return list(range(self.size))


def test_statements_are_read_onto_the_records_a_scan_of_all_finds(corpus_texts, monkeypatch):
    """A long report's statements told again, weighing only the records of nearby days,
    against weighing every record: the same events (days set apart by datelines, so the
    records span many days)."""
    text = "\n\n".join(f"On {1 + k % 28} March 2024, the following was reported.\n\n{t}"
                       for k, t in enumerate(corpus_texts[:400]))
    indexed = parse(text, published="2024-06-29").events
    monkeypatch.setattr(told_later, "_ByDay", _EveryRecord)
    assert parse(text, published="2024-06-29").events == indexed
    assert _EveryRecord.asked > 10


def test_records_told_alike_and_on_the_day_are_those_a_scan_finds(corpus_texts):
    """The positions the town-and-site folds weigh, looked up, against a scan of all the
    records of a long report for the same sentence and kind, or day, kind and sub-kind."""
    text = "\n\n".join(f"On {1 + k % 28} May 2024, the following was reported.\n\n{t}"
                       for k, t in enumerate(corpus_texts[:400]))
    events = parse(text, published="2024-06-29").events
    alike, on_the_day = towns_and_sites._told_alike(events), towns_and_sites._on_the_day(events)
    assert len(events) > 300 and any(len(js) > 1 for js in alike.values())
    for e in events:
        assert alike[e.notes, e.event_type] == \
            [j for j, g in enumerate(events) if g.notes == e.notes and g.event_type == e.event_type]
        assert on_the_day[e.event_date, e.event_type, e.sub_event_type] == \
            [j for j, g in enumerate(events) if g.event_date == e.event_date and
             g.event_type == e.event_type and g.sub_event_type == e.sub_event_type]


def _every_record(events, kind: bool = True, which=None) -> defaultdict:
    """The folds' look-up by day, as the scans were: every record for every day (each fold
    tests the day, kind and ``which`` of each record again itself)."""
    return defaultdict(lambda: list(range(len(events))))


def _days_dated_apart(corpus_texts, count: int = 400) -> str:
    return "\n\n".join(f"On {1 + k % 28} {('April', 'May')[k % 2]} 2024, the following was "
                       f"reported.\n\n{t}" for k, t in enumerate(corpus_texts[:count]))


def test_folds_weighing_the_days_records_fold_as_scans_of_all(corpus_texts, monkeypatch):
    """A long report's tolls told wide and at places (placed next, the dead told again,
    the same toll, the one attack, a day's toll and its parts), weighing only the records of
    their own day looked up, against weighing every record of the report: the same
    events."""
    text = _days_dated_apart(corpus_texts)
    indexed = parse(text, published="2024-06-29").events
    asked = []
    monkeypatch.setattr(placed_next, "by_day", lambda *a, **k: asked.append(1) or
                        _every_record(*a, **k))
    monkeypatch.setattr(told_wide, "by_day", _every_record)
    monkeypatch.setattr(day_tolls, "by_day", _every_record)
    assert parse(text, published="2024-06-29").events == indexed
    assert asked and len(indexed) > 300


def test_the_days_records_are_those_a_scan_finds(corpus_texts):
    events = parse(_days_dated_apart(corpus_texts, 200), published="2024-06-29").events
    kinds, days = by_day(events), by_day(events, kind=False)
    assert len({e.event_date for e in events}) > 20
    for i, e in enumerate(events):
        assert kinds[e.event_date, e.event_type] == \
            [j for j, g in enumerate(events) if g.event_date == e.event_date and
             g.event_type == e.event_type]
        assert after(days[e.event_date, None], i) == \
            [j for j, g in enumerate(events) if j > i and g.event_date == e.event_date]
    counted = by_day(events, which=lambda e: e.fatalities is not None)
    assert sum(map(len, counted.values())) == sum(e.fatalities is not None for e in events) > 0
    for key, js in counted.items():
        assert js == [j for j in kinds[key] if events[j].fatalities is not None]


_PIECES = st.text(alphabet="ab. \u00e9\n", max_size=6)


@given(st.lists(_PIECES, max_size=8), st.lists(st.one_of(st.none(), _PIECES), max_size=8))
def test_first_found_answers_as_find(pieces, parts):
    text = "".join(pieces)
    parts = parts + pieces[:3]  # (some that stand there, overlapping one another)
    few, text_ends._FEW = text_ends._FEW, 0  # (the automaton, however few the parts)
    try:
        assert first_found(text, parts) == [text.find(p) if p else -1 for p in parts]
    finally:
        text_ends._FEW = few


def test_first_found_of_a_long_reports_sentences_is_finds(long_text):
    """Where each sentence (and pieces of sentences, and words) first stands in a long
    report, found in one pass, as ``find`` from the start for each; and in a report the
    automaton cannot read (a lone surrogate)."""
    sentences = [long_text[s.start:s.end] for s in split_sentences(long_text)]
    parts = sentences + [s[5:40] for s in sentences[::7]] + ["Gaza", "the", "no such text"]
    assert len(parts) > 2000
    assert first_found(long_text, parts) == [long_text.find(p) if p else -1 for p in parts]
    broken = long_text[:5000] + "\ud800" + long_text[5000:20000]
    assert first_found(broken, parts[:200]) == [broken.find(p) if p else -1
                                                for p in parts[:200]]


class _Plain(dict):
    def at(self, places, event_type):
        return [k for k in self if k[1] in places and k[2] == event_type]


@given(st.lists(st.tuples(st.booleans(), st.sampled_from(["d1", "d2", None]),
                          st.sampled_from(["p1", "p2", "p3", None]),
                          st.sampled_from(["Battles", "Explosions/Remote violence"])),
                max_size=40))
def test_records_by_place_are_those_a_scan_of_the_dict_finds(steps):
    """The walk's records, set and popped in any order, looked up by place and kind, as a
    scan of the dict in its own order."""
    records, plain = Records(), _Plain()
    for k, (setting, *key) in enumerate(steps):
        key = tuple(key)
        if setting:
            records[key] = plain[key] = k
        else:
            assert records.pop(key, None) == plain.pop(key, None)
        assert list(records) == list(plain)
        for places in ({"p1"}, {"p1", "p2"}, {None, "p3"}):
            for kind in ("Battles", "Explosions/Remote violence"):
                assert records.at(places, kind) == plain.at(places, kind)
    with pytest.raises(TypeError):
        records.update({})


def test_days_counted_from_are_those_of_the_sorted_scan(long_text):
    """The day "the 24 hours before the ceasefire took effect on Sunday" counts from, bisected
    to among the days with a date that bound no span, against the first of all the report's
    days sorted that passes the same tests."""
    text = long_text + "".join(
        f"\n\nIn the 24 hours before the ceasefire took effect on {d} May, {n} were killed. "
        f"The day before the truce on Sunday, strikes hit Rafah; the day before, on {d} "
        f"June, more were killed." for d, n in ((3, 12), (17, 40), (25, 9)))
    refs = find_dates(text, date(2024, 6, 29))
    days = sorted((r for r in refs if r.date and not r.since), key=lambda r: r.start)
    asked, counted = 0, 0
    for pattern in (p for kind, p in KINDS_AND_PATTERNS if kind == "next_day"):
        for m in pattern.finditer(text):
            plain = next((r for r in sorted(refs, key=lambda r: r.start)
                          if r.start >= m.end() and r.date and not r.since and
                          r.start - m.end() <= counted_days._OBJECT_REACH and
                          not counted_days.CLAUSE_BREAK.search(text, m.end(), r.start)),
                         None) if m.group(1).lower().endswith(counted_days.BEFORE_WHAT) else None
            assert day_counted_from(text, [r.start for r in days], days, m) is plain
            asked += 1
            counted += plain is not None
    assert asked > 20 and counted >= 3


def test_a_report_telling_of_today_is_told_as_by_its_dates(corpus_texts):
    """Whether the report before a point tells of its own day, with the look for the words
    first, against reading all its dates."""
    text = "\n\n".join(corpus_texts[:60])
    cues = Cues(text, _DATE_INDEX)
    anchor = date(2024, 6, 29)
    ends = [*range(0, len(text), len(text) // 12), len(text)]
    told = [the_lead_later._tells_of_today(text, end, anchor, cues) for end in ends]
    assert told == [any(the_lead_later._TODAY.fullmatch(d.text) and
                        not the_lead_later.told_on(text, d)
                        for d in find_dates(text, anchor, 0, end, cues=cues)) for end in ends]
    assert True in told and False in told


@given(st.text(alphabet="ab.!? \n", max_size=60), st.integers(0, 70))
def test_the_last_sentence_end_is_the_last_of_a_whole_scan(text, end):
    assert counted_days._last_sentence_end(text, end) == max(
        (m.end() for m in counted_days._SENTENCE_END.finditer(text, 0, end)), default=0)


def test_the_last_sentence_end_far_back_is_the_last_of_a_whole_scan(long_text):
    spaced = "One. Two " + "x" * 3000 + ". " + "y" * 70000
    for text in (long_text, spaced):
        for end in [*range(0, len(text), len(text) // 97), len(text)]:
            assert counted_days._last_sentence_end(text, end) == max(
                (m.end() for m in counted_days._SENTENCE_END.finditer(text, 0, end)), default=0)


def _one_long_sentence(clause: str, times: int) -> str:
    """``clause`` said ``times`` times in one sentence with no full stop, then one more
    sentence: the shape of a feed with its punctuation stripped."""
    return (clause + ", and ") * times + "nothing else. Aid arrived in Rafah on Monday."


def test_the_next_sentences_day_is_read_once_per_sentence(monkeypatch):
    from geoevents.event_dates import day_told_next

    calls = []
    real = day_told_next.find_dates
    monkeypatch.setattr(day_told_next, "find_dates",
                        lambda *a, **k: calls.append(a[2:4]) or real(*a, **k))
    text = _one_long_sentence("UNRWA condemned on Tuesday the strike on its school", 60)
    doc = parse(text, published="2024-06-29")
    assert doc.events
    # the sentences after the long one are read once, not once per unit in it
    assert len(calls) <= 6, len(calls)


def test_the_incidents_of_a_sentence_are_read_once(monkeypatch):
    from geoevents.casualties import tallies

    tallies._incidents_in.cache_clear()
    calls = []
    real = tallies._INCIDENTS

    class Counting:
        def finditer(self, *a):
            calls.append(a[1:])
            return real.finditer(*a)

    monkeypatch.setattr(tallies, "_INCIDENTS", Counting())
    text = _one_long_sentence(
        "The army said it was reviewing 12 incidents, while the ministry said 37 were killed "
        "in the strike on Rafah", 60)
    doc = parse(text, published="2024-06-29")
    assert doc.events
    assert calls, "the incidents were never read"
    assert len(calls) == len(set(calls)), "a sentence's incidents read more than once"
    tallies._incidents_in.cache_clear()
