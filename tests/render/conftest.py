"""Fixtures for the map tests: events shaped like the seed Reuters report of 2024-06-29.

Coordinates are gazetteer rows (gazetteer/sources/gaza_places.csv): Shuja'iyya from
Wikipedia, governorate label points and the Strip centroid from Who's On First, Rafah
and Jabalia from GeoNames.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from geoevents.model import Event

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-quic", "--no-first-run", "--disable-component-update",
                 "--disable-sync"]
SEED = ("Palestinian health authorities reported that Israeli airstrikes across Gaza killed at "
        "least 35 people and injured others on Saturday.")


def _event(eid: str, date: str | None, etype: str, sub: str, loc: str, place: str,
           admin1: str | None, lat: float, lon: float, prec: int, notes: str, **kw) -> Event:
    return Event(event_id=eid, report_id=kw.pop("report_id", "hamdan-ceasefire-shejaia"),
                 event_date=date,
                 time_precision=1, event_type=etype, sub_event_type=sub, location=loc,
                 place_id=place, admin1=admin1, latitude=lat, longitude=lon,
                 geo_precision=prec, notes=notes, confidence=0.8,
                 source=kw.pop("source", "Reuters"), **kw)


@pytest.fixture
def seed_events() -> list[Event]:
    return [
        _event("shejaia-combat", "2024-06-29", "Battles", "Armed clash", "Shejaia",
               "shujaiyya", "Gaza", 31.50056, 34.47, 1,
               "The Israeli military stated that it had engaged in close-quarters combat and "
               "airstrikes in Shejaia, where it claimed to have discovered Hamas observation "
               "posts.", actor1="Israeli military", actor2="Hamas",
               url="https://www.reuters.com/world/middle-east/"),
        _event("airstrikes-gaza", "2024-06-29", "Explosions/Remote violence",
               "Air/drone strike", "Gaza Strip", "gaza-strip", None, 31.406507, 34.376782, 3,
               SEED, fatalities=35, actor1="Israeli military"),
        _event("soldiers-north", "2024-06-29", "Battles", "Armed clash", "northern Gaza",
               "northern-gaza", "North Gaza", 31.546713, 34.509698, 3,
               "The Israeli military confirmed the deaths of two soldiers in northern Gaza "
               "amid ongoing combat operations in Gaza City’s Shejaia neighborhood.",
               fatalities=2, actor1="Hamas", actor2="Israeli military"),
        _event("rafah-ops", "2024-06-29", "Strategic developments", "Displacement", "Rafah",
               "rafah", "Rafah", 31.29722, 34.24357, 1,
               "In Rafah, southern Gaza, Israeli operations reportedly resulted in casualties "
               "among Palestinians and forced families from the western coastal areas to "
               "relocate northward."),
        _event("jabalia-next-day", "2024-06-30", "Explosions/Remote violence",
               "Air/drone strike", "Jabalia", "jabalia", "North Gaza", 31.5272, 34.48347, 2,
               "An airstrike hit a house near Jabalia.", fatalities=4, injuries=7),
    ]


@pytest.fixture
def hostile_events(seed_events) -> list[Event]:
    bad = _event("hostile", "2024-06-29", "Battles<img src=x onerror=\"window.__pwned=3\">",
                 "<b>sub</b>", "<script>window.__pwned=4</script>", "x", None,
                 31.5, 34.45, 1,
                 '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">',
                 url="javascript:alert(1)", source="<img src=x onerror=\"window.__pwned=5\">",
                 report_id="<img src=x onerror=\"window.__pwned=8\">",
                 actor1="</script><script>window.__pwned=6</script>")
    return [*seed_events, bad]


_PAGE_TIMEOUT_MS = 120_000


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class PageLog:
    """Errors and network requests a page made; non-file requests are refused."""

    def __init__(self, page) -> None:
        self.errors: list[str] = []
        self.network: list[str] = []
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.route("**/*", self._route)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "about:")):
            route.continue_()
        else:
            self.network.append(url)
            route.abort()


@pytest.fixture
def open_map(browser):
    pages = []

    def _open(path: Path):
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        # A loaded CI machine can take longer than Playwright's 30 s default to start a page;
        # the waits stay bounded, only wider.
        page.set_default_timeout(_PAGE_TIMEOUT_MS)
        pages.append(page)
        log = PageLog(page)
        page.goto(path.resolve().as_uri())
        page.wait_for_function("window.geoevents && Object.keys(geoevents.maps).length > 0")
        return page, log

    yield _open
    for page in pages:
        page.close()
