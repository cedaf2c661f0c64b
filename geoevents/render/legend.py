"""Legend (type colours and glyphs, symbols, choropleth classes) and the title box.

Both are Leaflet controls whose HTML is built here from ``html.escape``d parts, then sent
as escaped JSON: a title or an event type taken from data cannot inject markup.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

import folium
from branca.element import MacroElement
from folium.template import Template

from geoevents.render._payload import UNDATED, escaped_json
from geoevents.render._style import CHOROPLETH_COLOURS, all_styles
from geoevents.render.offline import add_own_asset

__all__ = ["HtmlControl", "legend_html", "title_html", "add_legend", "add_title"]


class HtmlControl(MacroElement):
    """A Leaflet control holding pre-escaped HTML (``css_class`` names its box)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: {{ this.position_json }}});
        {{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create("div", {{ this.class_json }});
            div.innerHTML = {{ this.html_json }};
            L.DomEvent.disableClickPropagation(div);
            L.DomEvent.disableScrollPropagation(div);
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, html_text: str, *, css_class: str, position: str) -> None:
        super().__init__()
        self._name = "HtmlControl"
        self.html_json = escaped_json(html_text)
        self.class_json = escaped_json(css_class)
        self.position_json = escaped_json(position)

    def render(self, **kwargs: Any) -> None:
        add_own_asset(self, "geoevents.css")
        super().render(**kwargs)


def _glyph(colour: str, path: str, dashed: bool = False, ring: bool = False) -> str:
    if ring:
        body = (f'<circle cx="12" cy="12" r="10" fill="{colour}" fill-opacity="0.15" '
                f'stroke="{colour}" stroke-width="2" stroke-dasharray="3 2"/>')
    else:
        dash = ' stroke-dasharray="2.5 2"' if dashed else ""
        stroke = "#111" if dashed else "#fff"
        body = f'<path d="{path}" fill="{colour}" stroke="{stroke}" stroke-width="1.6"{dash}/>'
    return f'<svg class="ge-swatch" viewBox="0 0 24 24">{body}</svg>'


def legend_html(types_present: Sequence[str], breaks: Sequence[int],
                measure: str | None, clustered: bool) -> str:
    """The legend's HTML; only the event types present are listed (plus "Other").

    It is a closed ``<details>`` box: open, it would cover a corner of the map and the
    lower part of the layer list; one click on "Legend" opens it.
    """
    present = {t.lower() for t in types_present}
    styles = all_styles()
    parts = ['<details class="ge-legend-box"><summary>Legend</summary>', "<h4>Event type</h4>"]
    for s in styles:
        if s.name.lower() in present or (s is styles[-1] and present - {x.name.lower()
                                                                        for x in styles}):
            parts.append(f"<div>{_glyph(s.colour, s.glyph)}{html.escape(s.name)}</div>")
    grey = "#666"
    parts += [
        "<h4>Place</h4>",
        f"<div>{_glyph(grey, styles[3].glyph)}exact place</div>",
        f"<div>{_glyph(grey, styles[3].glyph, dashed=True)}near / part of a place</div>",
        f"<div>{_glyph(grey, '', ring=True)}region: its polygon (the Strip, a governorate, "
        "north/central/south Gaza), else a dashed area</div>",
        "<div>size grows with fatalities</div>",
    ]
    if clustered:
        parts.append("<div>numbered circles: clusters of events; zoom in to split</div>")
    if measure and breaks:
        parts.append(f"<h4>Governorates: {html.escape(measure)} (all dates)</h4>")
        lo = 1
        for bound, colour in zip(breaks, CHOROPLETH_COLOURS):
            label = f"{lo}" if lo == bound else f"{lo}–{bound}"
            parts.append(f'<div><span class="ge-swatch" style="background:{colour}"></span>'
                         f"{label}</div>")
            lo = bound + 1
    parts.append("</details>")
    return "".join(parts)


def title_html(title: str | None, days: Sequence[str], shown: int, unmapped: int) -> str:
    """Title, date range and counts; events without coordinates are counted, not hidden."""
    dated = [d for d in days if d != UNDATED]
    if dated:
        span = dated[0] if len(dated) == 1 else f"{dated[0]} – {dated[-1]}"
    else:
        span = "no dated events"
    parts = []
    if title:
        parts.append(f"<h3>{html.escape(title)}</h3>")
    info = f"{span} · {shown} event{'s' if shown != 1 else ''} mapped"
    if UNDATED in days:
        info += " (some undated)"
    if unmapped:
        info += f" · {unmapped} without coordinates not shown"
    parts.append(f'<div class="ge-span">{html.escape(info)}</div>')
    return "".join(parts)


def add_legend(m: folium.Map, html_text: str, position: str = "bottomright") -> folium.Map:
    """Add the legend box (already escaped HTML) to the map; returns the map."""
    m.add_child(HtmlControl(html_text, css_class="ge-legend", position=position))
    return m


def add_title(m: folium.Map, html_text: str, position: str = "topright") -> folium.Map:
    """Add the title box (already escaped HTML) to the map; returns the map."""
    m.add_child(HtmlControl(html_text, css_class="ge-title", position=position))
    return m
