"""Self-contained HTML: every script and style inlined, nothing fetched from a network.

Folium elements name their CDN assets (``default_js``/``default_css``). For an offline map
those lists are emptied and the two libraries the map needs are inlined from installed
PyPI packages (XStatic-Leaflet, XStatic-Leaflet-MarkerCluster). jQuery, Bootstrap and the
awesome-markers files that folium's ``Map`` lists are not used by these maps and are
dropped; any other asset has no offline copy and is an error, so an "offline" map can
never silently depend on a CDN.
"""

from __future__ import annotations

import base64
import re
from functools import cache
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

from branca.element import Element, Figure, MacroElement

from geoevents._compat import import_optional_dependency
from geoevents.errors import ExportError

__all__ = [
    "static_text",
    "add_own_asset",
    "inline_assets",
    "remote_references",
    "OFFLINE_DROPPABLE",
]

# Assets of folium.Map that these maps never use (markers are drawn by geoevents.js).
OFFLINE_DROPPABLE = frozenset({
    "jquery", "bootstrap", "awesome_markers", "bootstrap_css", "glyphicons_css",
    "awesome_markers_font_css", "awesome_markers_css", "awesome_rotate_css",
})
_XSTATIC = {
    "leaflet": ("xstatic.pkg.leaflet", "leaflet.js"),
    "leaflet_css": ("xstatic.pkg.leaflet", "leaflet.css"),
    "markerclusterjs": ("xstatic.pkg.leaflet_markercluster", "leaflet.markercluster.js"),
    "markerclustercss": ("xstatic.pkg.leaflet_markercluster", "MarkerCluster.css"),
    "markerclusterdefaultcss": (
        "xstatic.pkg.leaflet_markercluster", "MarkerCluster.Default.css",
    ),
}
_REMOTE_URL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
_CSS_REMOTE = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])\s*(?:https?:)?//""", re.I)
_FETCHING_ATTRS = {"script": "src", "link": "href", "img": "src", "iframe": "src",
                   "source": "src", "video": "src", "audio": "src", "embed": "src"}
_CSS_URL = re.compile(r"url\((['\"]?)(images/[\w.-]+\.png)\1\)")


@cache
def static_text(name: str) -> str:
    """A file of the project's own browser code from ``geoevents/render/static``."""
    return resources.files("geoevents.render").joinpath("static", name).read_text("utf-8")


def _script(code: str) -> str:
    if "</script" in code.lower():
        raise ExportError("an inlined script contains '</script'; refusing to inline it")
    return f"<script>\n{code}\n</script>"


def _style(css: str) -> str:
    if "</style" in css.lower():
        raise ExportError("an inlined stylesheet contains '</style'; refusing to inline it")
    return f"<style>\n{css}\n</style>"


def add_own_asset(m: Element, name: str) -> None:
    """Inline one of the project's own JS/CSS files into the page header, once."""
    root = m.get_root()
    if not isinstance(root, Figure) or name in root.header._children:
        return
    text = static_text(name)
    html = _style(text) if name.endswith(".css") else _script(text)
    root.header.add_child(Element(html), name=name)


@cache
def _xstatic_text(name: str) -> str:
    module, filename = _XSTATIC[name]
    pkg = import_optional_dependency(module)
    base = Path(pkg.BASE_DIR)
    text = (base / filename).read_text("utf-8")
    if filename.endswith(".css"):

        def data_uri(match: re.Match[str]) -> str:
            png = (base / match.group(2)).read_bytes()
            return "url(data:image/png;base64," + base64.b64encode(png).decode("ascii") + ")"

        text = _CSS_URL.sub(data_uri, text)
    return text


def _walk(element: Element):
    yield element
    for child in list(element._children.values()):
        yield from _walk(child)


def inline_assets(m: Element) -> None:
    """Replace every CDN asset in ``m``'s tree by an inlined copy (see module docstring).

    Call after all layers are added: a layer added later brings its CDN links back
    (``save_map`` checks for that).
    """
    needed: list[str] = []
    for el in _walk(m):
        if not isinstance(el, MacroElement):
            continue
        for name, url in [*getattr(el, "default_js", []), *getattr(el, "default_css", [])]:
            if name in OFFLINE_DROPPABLE:
                continue
            if name not in _XSTATIC:
                raise ExportError(f"no offline copy of asset {name!r} ({url}) used by {el}")
            if name not in needed:
                needed.append(name)
        if hasattr(el, "default_js"):
            el.default_js = []
            el.default_css = []
    header = m.get_root().header
    # CSS first, then Leaflet before its plugins.
    order = sorted(needed, key=lambda n: (not n.endswith("css"), n != "leaflet"))
    for name in order:
        text = _xstatic_text(name)
        html = _style(text) if name.endswith("css") else _script(text)
        header.add_child(Element(html), name=f"offline_{name}")
    # Inlined elements must precede the project's own scripts, which use Leaflet.
    children = header._children
    first = {k: children.pop(k) for k in [f"offline_{n}" for n in order]}
    rest = dict(children)
    children.clear()
    children.update(first)
    children.update(rest)


class _Fetches(HTMLParser):
    """Collects what a browser would fetch while loading the page (not link targets)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"
        wanted = _FETCHING_ATTRS.get(tag)
        for name, value in attrs:
            if value and name == wanted and _REMOTE_URL.match(value):
                self.found.append(f"<{tag} {name}={value}>")
            if value and name == "style" and _CSS_REMOTE.search(value):
                self.found.append(f"<{tag} style={value[:60]}>")

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.found.extend(m.group(0) for m in _CSS_REMOTE.finditer(data))


def remote_references(html: str) -> list[str]:
    """Resources the page would load from a network location (scripts, styles, images).

    Links a reader may click (``<a href>``) and strings inside scripts are not loads.
    """
    parser = _Fetches()
    parser.feed(html)
    parser.close()
    return parser.found
