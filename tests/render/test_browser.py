"""The offline map in headless Chromium with every non-file request refused."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from geoevents.render import render_map, save_map

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
SCREENSHOT = REPO / "docs" / "img" / "map.png"
VISIBLE = "[...document.querySelectorAll('.ge-event')].filter(e => e.isConnected).length"
OPEN_POPUP = """eid => {
    const st = Object.values(geoevents.maps)[0], d = st.data;
    st.map.closePopup();
    st.perGroup.forEach((pg, g) => Object.values(pg.byDay).flat().forEach(layer => {
        if (d.strings[d.cols.eid[layer._ge]] === eid) {
            layer.fire("click", {latlng: layer.getLatLng()}, true);  // (to its group)
        }
    }));
}"""


def _choose_days(page, lo: int, hi: int) -> None:
    page.evaluate(
        """([lo, hi]) => {
            const s = document.querySelector('.ge-start'), e = document.querySelector('.ge-end');
            s.value = lo; e.value = hi;
            s.dispatchEvent(new Event('input', {bubbles: true}));
        }""",
        [lo, hi],
    )


def test_offline_map_draws_every_event_and_filters_by_day(tmp_path, open_map, seed_events):
    path = save_map(render_map(seed_events, title="Gaza Strip, 29–30 June 2024",
                               offline=True), tmp_path / "map.html")
    page, log = open_map(path)
    assert page.evaluate("typeof L === 'object' && !!L.version")
    assert page.evaluate(VISIBLE) == len(seed_events)
    # The two regional events are areas (the Strip polygon, a dashed circle), not points.
    assert page.evaluate("document.querySelectorAll('path.ge-region').length") == 2
    assert page.evaluate("document.querySelectorAll('.ge-point, .ge-near').length") == 3

    page.locator(".ge-t1.ge-near").first.click()  # Jabalia, the 30 June strike
    popup = page.locator(".leaflet-popup-content")
    assert "An airstrike hit a house near Jabalia." in popup.inner_text()
    assert "near / part of place" in popup.inner_text()
    # The record behind the point: its event id, report id and confidence.
    for line in ("Event: jabalia-next-day", "Report: hamdan-ceasefire-shejaia",
                 "Confidence: 0.80"):
        assert line in popup.inner_text()

    _choose_days(page, 1, 1)
    assert page.locator(".ge-range-label").inner_text() == "2024-06-30"
    assert page.evaluate(VISIBLE) == 1
    checked = page.evaluate("""[...document.querySelectorAll(
        '.leaflet-control-layers-overlays label')].filter(l => /2024-06-/.test(l.textContent))
        .map(l => [l.textContent.trim(), l.querySelector('input').checked])""")
    assert checked == [["2024-06-29", False], ["2024-06-30", True]]
    _choose_days(page, 0, 0)
    assert page.evaluate(VISIBLE) == 4
    page.locator(".ge-all").click()
    assert page.evaluate(VISIBLE) == len(seed_events)

    page.locator(".ge-t0.ge-point").first.click()  # Shejaia: has a source link
    link = page.locator(".leaflet-popup-content a")
    assert link.get_attribute("href") == "https://www.reuters.com/world/middle-east/"
    assert link.get_attribute("rel") == "noopener noreferrer nofollow"
    assert log.errors == [] and log.network == []
    page.wait_for_timeout(400)  # popup fade-in and auto-pan
    shot = tmp_path / "map.png"
    page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # The README's screenshot: refreshed on request, so test runs leave the checkout clean.
    if os.environ.get("GEOEVENTS_UPDATE_SCREENSHOT") == "1":
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        tmp_png = SCREENSHOT.with_suffix(".tmp.png")
        tmp_png.write_bytes(shot.read_bytes())
        os.replace(tmp_png, SCREENSHOT)


def test_hostile_report_text_does_not_run(tmp_path, open_map, hostile_events):
    for by in ("date", "type"):
        path = save_map(render_map(hostile_events, by=by, offline=True,
                                   title="<img src=x onerror=\"window.__pwned=7\">"),
                        tmp_path / f"{by}.html")
        page, log = open_map(path)
        shapes = page.locator(".ge-event")
        assert shapes.count() == len(hostile_events)
        for k in range(shapes.count()):
            shapes.nth(k).click(force=True)
            page.wait_for_selector(".leaflet-popup-content")
        page.locator(".leaflet-control-layers").hover()
        page.wait_for_timeout(100)
        assert page.evaluate("window.__pwned") is None
        hrefs = page.evaluate("[...document.querySelectorAll('a')].map(a => a.href)")
        assert not [h for h in hrefs if h.lower().startswith("javascript")]
        assert page.evaluate("document.querySelectorAll('img[src=\"x\"]').length") == 0
        # (by type the Strip's polygon takes the clicks: open the hostile event's popup)
        page.evaluate(OPEN_POPUP, "hostile")
        text = page.locator(".leaflet-popup-content").last.inner_text()
        assert 'Report: <img src=x onerror="window.__pwned=8">' in text
        assert page.evaluate("window.__pwned") is None
        # The text is shown, as text.
        shapes.nth(len(hostile_events) - 1).click(force=True)
        assert log.errors == [] and log.network == []


def test_clustered_map_loads_offline(tmp_path, open_map, seed_events):
    rng = random.Random(7)
    events = [rng.choice(seed_events) for _ in range(1500)]
    path = save_map(render_map(events, offline=True, cluster_threshold=1000, heat=True),
                    tmp_path / "c.html")
    page, log = open_map(path)
    page.wait_for_selector(".marker-cluster")
    assert page.evaluate("document.querySelectorAll('canvas.ge-heat').length") == 1
    # One shared cluster group holds every event, whatever its day layer.
    assert page.evaluate("Object.values(geoevents.maps)[0].cluster.getLayers().length") == 1500
    _choose_days(page, 1, 1)
    on_day = sum(1 for e in events if e.event_date == "2024-06-30")
    assert page.evaluate("Object.values(geoevents.maps)[0].cluster.getLayers().length") == on_day
    page.locator(".leaflet-control-layers").hover()
    page.locator(".leaflet-control-layers-overlays label", has_text="2024-06-30").click()
    page.wait_for_timeout(50)
    assert page.evaluate("Object.values(geoevents.maps)[0].cluster.getLayers().length") == 0
    assert log.errors == [] and log.network == []


def test_map_of_the_parsed_corpus(tmp_path, open_map, seed_jsonl):
    from geoevents.cli import main

    out = tmp_path / "corpus.html"
    assert main(["map", str(seed_jsonl), "-o", str(out), "--offline"]) == 0
    page, log = open_map(out)
    n = page.evaluate("Object.values(geoevents.maps)[0].data.n")
    assert n > 0 and page.evaluate(VISIBLE) == n
    assert log.errors == [] and log.network == []


def test_packed_payload_renders_the_same(tmp_path, open_map, seed_events, monkeypatch):
    from geoevents.render import events as events_module

    monkeypatch.setattr(events_module, "PACK_ABOVE_CHARS", 0)
    html_path = save_map(render_map(seed_events, offline=True, heat=True), tmp_path / "p.html")
    assert "geoevents.renderPacked(" in html_path.read_text("utf-8")
    page, log = open_map(html_path)
    page.wait_for_selector(".ge-timeline")
    assert page.evaluate(VISIBLE) == len(seed_events)
    _choose_days(page, 1, 1)
    assert page.evaluate(VISIBLE) == 1
    assert page.evaluate("document.querySelectorAll('canvas.ge-heat').length") == 1
    assert log.errors == [] and log.network == []


def _spread(seed_events, days: int, undated: int = 0) -> list:
    """One seed event a day over ``days`` days from 2023-10-07, then ``undated`` more."""
    import dataclasses
    import datetime as dt

    start = dt.date(2023, 10, 7)
    out = [dataclasses.replace(seed_events[k % 5], event_id=f"e{k}",
                               event_date=(start + dt.timedelta(days=k)).isoformat())
           for k in range(days)]
    return out + [dataclasses.replace(seed_events[0], event_id=f"u{k}", event_date=None)
                  for k in range(undated)]


def test_many_days_keep_the_layer_list_short_and_the_slider_by_day(tmp_path, open_map,
                                                                  seed_events):
    events = _spread(seed_events, 602, undated=3)
    path = save_map(render_map(events, offline=True), tmp_path / "long.html")
    page, log = open_map(path)
    labels = page.evaluate("""[...document.querySelectorAll(
        '.leaflet-control-layers-overlays label')].map(l => l.textContent.trim())""")
    months = [x for x in labels if x[:2] == "20"]
    assert months[0] == "2023-10" and months[-1] == "2025-05" and len(months) == 20
    assert "undated" in labels
    assert page.locator(".ge-range-label").inner_text() == \
        "2023-10-07 \u2013 2025-05-30 + 3 undated events"
    assert page.evaluate(VISIBLE) == 605
    # One day of a month layer: the month stays checked, only that day's event is drawn.
    _choose_days(page, 40, 40)
    assert page.locator(".ge-range-label").inner_text() == "2023-11-16"
    assert page.evaluate(VISIBLE) == 1
    checked = page.evaluate("""[...document.querySelectorAll(
        '.leaflet-control-layers-overlays label')].filter(l => l.querySelector('input').checked)
        .map(l => l.textContent.trim()).filter(t => /^20|undated/.test(t))""")
    assert checked == ["2023-11"]
    _choose_days(page, 600, 602)
    assert page.locator(".ge-range-label").inner_text() == \
        "2025-05-29 \u2013 2025-05-30 + 3 undated events"
    assert page.evaluate(VISIBLE) == 5
    _choose_days(page, 602, 602)
    assert page.locator(".ge-range-label").inner_text() == "3 undated events"
    # The legend is a closed box until asked for, then opens in place.
    box = page.locator(".ge-legend").bounding_box()
    assert box["width"] < 120 and box["height"] < 40
    page.locator(".ge-legend summary").click()
    box = page.locator(".ge-legend").bounding_box()
    assert 120 < box["width"] <= 240 and box["height"] > 100
    assert log.errors == [] and log.network == []
