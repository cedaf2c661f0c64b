"""confidence: the rule score turned into a probability by the fitted model."""

from geoevents import Event, parse
from geoevents.confidence import FEATURE_NAMES, WEIGHTS, calibrate, features


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
