"""Map rendering at scale: HTML size, render+save time, time to a usable map in Chromium.

    python benchmarks/bench_map.py                 # 1k, 10k, 100k events; naive for 1k, 10k
    python benchmarks/bench_map.py --sizes 1000 --naive-max 1000 --no-browser

Synthetic events use real place coordinates (``gazetteer/sources/gaza_places.csv``, Gaza
Strip rows: GeoNames, Who's On First, Wikipedia; see its SOURCES.md), drawn at random with
a fixed seed, spread over a year, with one evidence sentence per event that names the
place, the date and the toll (so sentences are as distinct as in real event data).
``geoevents.render.render_map(offline=True)`` is compared with naive folium (one
``folium.Marker`` with a ``Popup`` per event, CDN assets) on the same events in the same
run. Naive folium is skipped above ``--naive-max`` events (default 10k): at 100k it takes
minutes and writes a page far too large to open.
"""

from __future__ import annotations

import argparse
import csv
import html
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from geoevents.model import Event
from geoevents.render import render_map, save_map

ROOT = Path(__file__).resolve().parents[1]
PLACES_CSV = ROOT / "gazetteer" / "sources" / "gaza_places.csv"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-quic", "--no-first-run", "--disable-component-update",
                 "--disable-sync"]
TYPES = [
    ("Explosions/Remote violence", "Air/drone strike", "An airstrike hit a house in {p}"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Shelling struck {p}"),
    ("Battles", "Armed clash", "Fighters clashed with advancing forces in {p}"),
    ("Violence against civilians", "Attack", "Civilians were shot near {p}"),
    ("Strategic developments", "Displacement", "Families were ordered to leave {p}"),
]


def _places() -> list[dict[str, str]]:
    with PLACES_CSV.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [r for r in rows if r["feature_class"] not in ("region",)]


def synthetic_events(n: int, seed: int = 20240629) -> list[Event]:
    rng = random.Random(seed)
    places = _places()
    start = date(2024, 1, 1)
    out = []
    for i in range(n):
        p = rng.choice(places)
        etype, sub, phrase = rng.choice(TYPES)
        day = (start + timedelta(days=rng.randrange(366))).isoformat()
        killed = rng.choice([None, 0, 1, 2, 3, 5, 8, 13, 35])
        prec = 3 if p["feature_class"] == "governorate" else rng.choice([1, 1, 1, 2])
        toll = f", killing {killed} people" if killed else ""
        notes = (f"{phrase.format(p=p['name'])} on {day}{toll}, "
                 f"local officials told reporters (report {i % 7919}).")
        out.append(Event(
            event_id=f"bench-{i}", report_id=f"r{i // 3}", event_date=day, time_precision=1,
            event_type=etype, sub_event_type=sub, location=p["name"],
            place_id=f"governorate:{p['name']}" if prec == 3 else p["name"],
            admin1=p["governorate"] or None, latitude=float(p["lat"]),
            longitude=float(p["lon"]), geo_precision=prec, notes=notes, confidence=0.7,
            fatalities=killed, source=rng.choice(["Reuters", "AP", "OCHA", "WAFA"]),
            url=f"https://example.org/report/{i // 3}",
        ))
    return out


def naive_map(events: list[Event]):
    """What a first folium script does: one Marker with an escaped Popup per event."""
    import folium

    m = folium.Map(location=[31.42, 34.38], zoom_start=11)
    for e in events:
        text = html.escape(f"{e.event_date} {e.event_type}: {e.notes}")
        folium.Marker([e.latitude, e.longitude], popup=folium.Popup(text)).add_to(m)
    return m


def _timed_save(build, events, path: Path) -> tuple[float, int]:
    t0 = time.perf_counter()
    m = build(events)
    if hasattr(m, "_geoevents_offline"):
        save_map(m, path)
    else:
        m.save(str(path))
    return time.perf_counter() - t0, path.stat().st_size


def browser_ready(path: Path) -> tuple[float, float] | None:
    """Seconds from navigation until the map is interactive (events drawn, controls up),
    until every marker cluster chunk is in, and for two slider changes; None without
    Chromium."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not Path(CHROMIUM).exists():
        return None
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = b.new_page(viewport={"width": 1200, "height": 800})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:"))
                   else r.abort())
        t0 = time.perf_counter()
        page.goto(path.resolve().as_uri(), wait_until="commit", timeout=120_000)
        page.wait_for_function("window.geoevents && Object.keys(geoevents.maps).length > 0"
                               " && document.querySelector('.ge-timeline')",
                               timeout=120_000, polling=20)
        ready = time.perf_counter() - t0
        page.wait_for_function("Object.values(geoevents.maps)[0].loaded", timeout=120_000,
                               polling=20)
        loaded = time.perf_counter() - t0
        # One day, then all days again, through the slider (time inside the page).
        one_day, all_days = page.evaluate("""() => {
            const s = document.querySelector('.ge-start'), e = document.querySelector('.ge-end');
            let t = performance.now();
            s.value = 100; e.value = 100; s.dispatchEvent(new Event('input'));
            const one = performance.now() - t;
            t = performance.now();
            document.querySelector('.ge-all').click();
            return [one, performance.now() - t]; }""")
        b.close()
    return ready, loaded, one_day / 1000, all_days / 1000


def _cell(value: float | None, width: int, digits: int = 2) -> str:
    return f"{value:>{width}.{digits}f}" if value is not None else f"{'-':>{width}}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    ap.add_argument("--naive-max", type=int, default=10_000)
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            events = synthetic_events(n)
            ours = Path(tmp) / f"geoevents-{n}.html"
            t, size = _timed_save(lambda ev: render_map(ev, offline=True), events, ours)
            naive_t = naive_size = None
            if n <= args.naive_max:
                naive_t, naive_size = _timed_save(naive_map, events, Path(tmp) / f"naive-{n}.html")
            ready = None if args.no_browser or n != max(args.sizes) else browser_ready(ours)
            rows.append((n, size, t, naive_size, naive_t, ready))
            print(f"done {n}", flush=True)
    print()
    head = (f"{'events':>8} {'size MB':>8} {'time s':>7} {'naive MB':>9} {'naive s':>8} "
            f"{'size x':>7} {'speed x':>8} {'chromium ready s':>17} {'all clusters s':>15} "
            f"{'1 day s':>8} {'all days s':>10}")
    print(head)
    print("-" * len(head))
    for n, size, t, nsize, nt, ready in rows:
        ratio_size = nsize / size if nsize else None
        ratio_time = nt / t if nt else None
        cells = [_cell(size / 1e6, 8), _cell(t, 7), _cell(nsize and nsize / 1e6, 9),
                 _cell(nt, 8), _cell(ratio_size, 7, 1), _cell(ratio_time, 8, 1),
                 _cell(ready and ready[0], 17), _cell(ready and ready[1], 15),
                 _cell(ready and ready[2], 8), _cell(ready and ready[3], 10)]
        print(f"{n:>8} " + " ".join(cells))
    print("\nsize x / speed x: naive folium size and time divided by geoevents' "
          "(offline, all assets inlined); '-' = not run.\nchromium: seconds from navigation "
          "to an interactive map (events drawn, slider up) and to every cluster chunk "
          "added;\n1 day / all days: slider change to one day and back to all, in-page.")


if __name__ == "__main__":
    main()
