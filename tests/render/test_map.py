"""render_map/save_map on small inputs: layers, legend, links, clustering, offline."""

from __future__ import annotations

import folium
import pytest
from folium.plugins import Fullscreen

from geoevents.errors import ExportError, OptionError
from geoevents.render import render_map, save_map
from geoevents.render.events import EventLayer
from geoevents.render.offline import remote_references


def _overlays(m: folium.Map) -> list[str]:
    return [c.layer_name for c in m._children.values() if isinstance(c, folium.FeatureGroup)]


def test_one_layer_per_date_with_layer_control(seed_events):
    m = render_map(seed_events)
    assert isinstance(m, folium.Map)
    assert _overlays(m) == ["2024-06-29", "2024-06-30"]
    html = m.get_root().render()
    assert "L.control.layers" in html and "geoevents.timeline(" in html
    assert "Gaza Strip outline" in html and "Governorates (events)" in html


def test_layers_by_type_escape_names(hostile_events):
    m = render_map(hostile_events, by="type")
    names = _overlays(m)
    assert "Battles" in names and "Explosions/Remote violence" in names
    assert any("&lt;img" in n for n in names)
    assert not any("<img" in n for n in names)


def test_report_text_only_reaches_html_escaped(hostile_events):
    html = render_map(hostile_events, title="<i>t</i>").get_root().render()
    assert "window.__pwned" in html  # the text is there, as data...
    for raw in ("<script>window.__pwned", '<img src=x onerror="window.__pwned',
                "</script><script>window.__pwned", "<i>t</i>"):
        assert raw not in html  # ...but never as markup
    assert "\\u003cscript\\u003ewindow.__pwned=1" in html
    assert "javascript:alert" not in html


def test_only_http_links_are_kept(hostile_events):
    m = render_map(hostile_events)
    layer = next(c for c in m._children.values() if isinstance(c, EventLayer))
    strings, urls = layer.payload["strings"], layer.payload["cols"]["url"]
    kept = [strings[i] for i in urls if i]
    assert kept == ["https://www.reuters.com/world/middle-east/"]


def test_legend_lists_types_present_and_symbols(seed_events):
    html = render_map(seed_events).get_root().render()
    legend = html[html.index('"ge-legend"'):]
    legend = legend[: legend.index("addTo")]
    for text in ("Battles", "Explosions/Remote violence", "Strategic developments",
                 "region: its polygon", "grows with fatalities", "Governorates: events"):
        assert text in legend
    assert "Riots" not in legend


def test_title_shows_date_range_and_unmapped(seed_events):
    nocoords = seed_events[0].to_dict() | {"latitude": None, "longitude": None}
    html = render_map([*seed_events, nocoords], title="Gaza").get_root().render()
    assert "2024-06-29 \u2013 2024-06-30" in html
    assert "5 events mapped" in html and "1 without coordinates not shown" in html


def test_clustering_above_threshold_uses_one_data_array(seed_events):
    many = [e for _ in range(3) for e in seed_events]
    small = render_map(many, cluster_threshold=100).get_root().render()
    big_map = render_map(many, cluster_threshold=10)
    big = big_map.get_root().render()
    assert "leaflet.markercluster.js" not in small
    assert "leaflet.markercluster.js" in big and '"clusterThreshold":10' in big
    # No per-event Python markers: one EventLayer holding all 15 events.
    assert not any(isinstance(c, folium.Marker) for c in big_map._children.values())
    assert big.count("geoevents.render(") == 1 and '"n":15' in big


def test_offline_inlines_everything(tmp_path, seed_events):
    m = render_map(seed_events, offline=True, heat=True, cluster_threshold=2)
    out = save_map(m, tmp_path / "map.html")
    html = out.read_text("utf-8")
    assert remote_references(html) == []
    assert "tile.openstreetmap" not in html
    assert "L.markerClusterGroup" in html and "geoevents.HeatLayer" in html
    assert "data:image/png;base64," in html  # Leaflet's CSS images inlined


def test_offline_keeps_local_tiles(seed_events):
    html = render_map(seed_events, offline=True,
                      tiles="tiles/{z}/{x}/{y}.png").get_root().render()
    assert "tiles/{z}/{x}/{y}.png" in html


def test_offline_save_refuses_a_later_cdn_asset(tmp_path, seed_events):
    m = render_map(seed_events, offline=True)
    Fullscreen().add_to(m)
    with pytest.raises(ExportError, match="network"):
        save_map(m, tmp_path / "map.html")
    assert not (tmp_path / "map.html").exists()


def test_save_is_atomic_and_leaves_no_temp(tmp_path, seed_events):
    target = tmp_path / "out" / "map.html"
    save_map(render_map(seed_events), target)
    assert target.exists() and sorted(p.name for p in target.parent.iterdir()) == ["map.html"]


def test_save_never_puts_the_page_in_place_of_a_folder(tmp_path, seed_events):
    folder = tmp_path / "mydocs"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    with pytest.raises(ExportError, match="mydocs: it is a directory"):
        save_map(render_map(seed_events, offline=True), folder)
    assert (folder / "notes.txt").read_text() == "mine"


def test_options_are_checked(seed_events):
    with pytest.raises(OptionError, match="date, type"):
        render_map(seed_events, by="place")
    with pytest.raises(OptionError):
        render_map(seed_events, heat="deaths")


def test_works_in_jupyter(seed_events):
    assert "iframe" in render_map(seed_events)._repr_html_()


def test_empty_input_gives_a_map_of_the_strip():
    html = render_map([]).get_root().render()
    assert "no dated events" in html and "fitBounds" in html


def test_the_same_events_give_the_same_html(tmp_path, seed_events):
    pages = [save_map(render_map(seed_events, offline=True, heat=True), tmp_path / f"{i}.html")
             .read_bytes() for i in range(2)]
    assert pages[0] == pages[1]
    # folium's own random ids come back for maps built outside render_map
    assert folium.Map()._id != folium.Map()._id


def test_events_are_read_once_so_a_generator_gives_the_same_page(seed_events):
    def one_at_a_time():
        for event in seed_events:
            yield event.to_dict()

    as_list = render_map(seed_events, offline=True, heat=True).get_root().render()
    assert render_map(one_at_a_time(), offline=True, heat=True).get_root().render() == as_list
