"""confidence: the rule score turned into a probability by the fitted model."""

from geoevents import Event, parse
from geoevents.confidence import FEATURE_NAMES, WEIGHTS, calibrate, features, report_features


def _event(**kw) -> Event:
    base = dict(event_id="e", report_id="r", event_date="2024-05-26", time_precision=1,
                event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                location="Rafah", place_id="city:rafah", admin1="Rafah", latitude=31.29,
                longitude=34.24, geo_precision=1, notes="An airstrike hit Rafah.",
                confidence=0.6)
    return Event(**(base | kw))


def test_one_weight_per_feature():
    assert len(WEIGHTS) == len(FEATURE_NAMES) == len(features(_event(), 1, 1))


def test_a_probability_that_grows_with_the_rule_score_and_with_a_count():
    low, high, counted = calibrate([_event(confidence=0.3)] + [_event(confidence=0.9)] +
                                   [_event(confidence=0.3, fatalities=5)])
    assert 0 < low.confidence < high.confidence < 1
    assert counted.confidence > low.confidence


def test_parse_gives_calibrated_events():
    doc = parse("On 26 May, an Israeli airstrike hit a camp in Tel al-Sultan, killing 45.",
                published="2024-05-27")
    (event,) = doc.events
    assert 0.5 < event.confidence < 1  # a located, dated, counted strike


def test_an_event_among_others_of_its_kind_stands_higher_than_one_among_other_kinds():
    # a report that lists strikes is a list of strikes; one strike among battles and
    # orders is more often a strike told in passing
    strike = _event(confidence=0.6)
    among_strikes = calibrate([strike, _event(event_id="f", notes="Another hit Khan Younis.")])
    among_others = calibrate([strike, _event(event_id="f", event_type="Battles",
                                             sub_event_type="Armed clash",
                                             notes="Fighting went on in Khan Younis.")])
    assert among_strikes[0].confidence > among_others[0].confidence


def test_report_features_counts_each_event_in_its_report():
    a, b, c = (_event(event_id="a"), _event(event_id="b", notes="Another hit Khan Younis."),
               _event(event_id="c", event_type="Battles", sub_event_type="Armed clash"))
    rows = report_features([a, b, c])
    assert rows[0] == features(a, 2, 3, 2)  # a shares its sentence with c, its type with b
    assert rows[2] == features(c, 2, 3, 1)
