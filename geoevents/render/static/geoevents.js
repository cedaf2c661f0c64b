/* geoevents map runtime: draws events from one data array, builds popups with
 * textContent (report text never becomes HTML), and filters layers by date range. */
(function () {
  "use strict";
  var G = (window.geoevents = window.geoevents || {});
  G.maps = G.maps || {};
  G.waiting = G.waiting || {};

  /* Run fn(state) once map `id` has its events (at once, or after a packed payload is
   * inflated). */
  G.whenReady = function (id, fn) {
    if (G.maps[id]) fn(G.maps[id]);
    else (G.waiting[id] = G.waiting[id] || []).push(fn);
  };

  G.renderPacked = function (map, groups, b64, cfg) {
    var bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (var k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(function (text) {
      return G.render(map, groups, JSON.parse(text), cfg);
    });
  };
  var PRECISION = { 1: "exact place", 2: "near / part of place", 3: "region (approximate)" };

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function row(parent, label, value) {
    if (value === "" || value === null || value === undefined) return;
    var div = el("div", "ge-row");
    div.appendChild(el("span", "ge-label", label + ": "));
    div.appendChild(el("span", "ge-value", value));
    parent.appendChild(div);
  }

  function isHttp(url) {
    return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url);
  }

  function markerSize(f) {
    return f > 0 ? Math.round(14 + Math.min(22, 4 * Math.sqrt(f))) : 14;
  }

  G.popup = function (st, i) {
    var c = st.data.cols, S = st.data.strings, day = st.data.days[c.day[i]];
    var box = el("div", "ge-popup");
    box.appendChild(el("div", "ge-date", day === "undated" ? "date unknown" : day));
    var type = S[c.tname[i]] + (c.sub[i] ? " / " + S[c.sub[i]] : "");
    box.appendChild(el("div", "ge-type", type));
    var place = S[c.loc[i]] || "(unnamed place)";
    if (S[c.adm[i]] && S[c.adm[i]] !== S[c.loc[i]]) place += ", " + S[c.adm[i]];
    row(box, "Place", place + " (" + (PRECISION[c.prec[i]] || "precision unknown") + ")");
    row(box, "Fatalities", c.fat[i] >= 0 ? c.fat[i] : "not reported");
    row(box, "Injuries", c.inj[i] >= 0 ? c.inj[i] : "not reported");
    var actors = [S[c.a1[i]], S[c.a2[i]]].filter(Boolean).join(" vs ");
    row(box, "Actors", actors);
    if (S[c.notes[i]]) box.appendChild(el("blockquote", "ge-notes", S[c.notes[i]]));
    sourceRow(box, S[c.src[i]], S[c.url[i]]);
    /* What traces the point back to its record in events.geojson and the report. */
    var ids = el("div", "ge-ids");
    row(ids, "Event", S[c.eid[i]]);
    row(ids, "Report", S[c.rid[i]]);
    row(ids, "Confidence", c.conf[i] >= 0 ? (c.conf[i] / 100).toFixed(2) : "");
    if (ids.childNodes.length) box.appendChild(ids);
    return box;
  };

  function sourceRow(box, src, url) {
    if (src || url) {
      var div = el("div", "ge-row");
      div.appendChild(el("span", "ge-label", "Source: "));
      if (isHttp(url)) {
        var a = el("a", "ge-link", src || url);
        a.setAttribute("href", url);
        a.setAttribute("target", "_blank");
        a.setAttribute("rel", "noopener noreferrer nofollow");
        div.appendChild(a);
      } else {
        div.appendChild(el("span", "ge-value", src));
      }
      box.appendChild(div);
    }
  }

  G.tooltip = function (st, layer) {
    if (layer._ge === undefined) {
      var n = layer.getChildCount ? layer.getChildCount() : 0;
      return el("span", "ge-tip", n + " events");
    }
    var c = st.data.cols, S = st.data.strings, i = layer._ge;
    var text = st.data.days[c.day[i]] + " · " + S[c.tname[i]] + " · " + (S[c.loc[i]] || "");
    if (c.fat[i] > 0) text += " · " + c.fat[i] + " killed";
    return el("span", "ge-tip", text);
  };

  function icon(st, t, size, prec, region) {
    var key = t + "/" + size + "/" + prec + "/" + region;
    if (st.icons[key]) return st.icons[key];
    var s = st.cfg.types[t], svg;
    if (region) {
      svg = '<circle cx="12" cy="12" r="10.5" fill="' + s.colour + '" fill-opacity="0.18" ' +
        'stroke="' + s.colour + '" stroke-width="2" stroke-dasharray="3 2"/>' +
        '<path d="' + s.glyph + '" transform="translate(7 7) scale(0.42)" fill="' + s.colour + '"/>';
    } else {
      svg = '<path d="' + s.glyph + '" fill="' + s.colour + '" fill-opacity="0.9" stroke="' +
        (prec === 2 ? "#111" : "#fff") + '" stroke-width="1.6"' +
        (prec === 2 ? ' stroke-dasharray="2.5 2"' : "") + "/>";
    }
    var cls = "ge-event ge-t" + t + (region ? " ge-region" : prec === 2 ? " ge-near ge-point" : " ge-point");
    st.icons[key] = L.divIcon({
      className: cls,
      html: '<svg width="' + size + '" height="' + size + '" viewBox="0 0 24 24">' + svg + "</svg>",
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
    return st.icons[key];
  }

  function makeLayer(st, i) {
    var c = st.data.cols, t = c.type[i], s = st.cfg.types[t], ll = [c.lat[i], c.lon[i]];
    var regional = c.prec[i] === 3, layer;
    if (regional && !st.clustered) {
      var style = {
        color: s.colour, weight: 2, dashArray: "6 5", fillColor: s.colour,
        fillOpacity: 0.08, className: "ge-event ge-region ge-t" + t,
      };
      var r = c.region[i];
      layer = r >= 0 ? L.polygon(st.data.regions[r].rings, style)
        : L.circle(ll, L.extend({ radius: st.cfg.regionRadius }, style));
    } else {
      var size = regional ? 26 : markerSize(c.fat[i]);
      layer = L.marker(ll, { icon: icon(st, t, size, c.prec[i], regional), keyboard: false });
    }
    layer._ge = i;
    return layer;
  }

  /* Past the threshold all shown events share ONE cluster group (clusters per day would
   * stack on top of each other); the day/type FeatureGroups then act as switches that
   * decide which events go into it. */
  G.render = function (map, groups, data, cfg) {
    var st = {
      map: map, groups: groups, data: data, cfg: cfg, icons: {}, heat: [],
      clustered: data.n > cfg.clusterThreshold, range: [0, data.days.length - 1],
      perGroup: [], cluster: null, loaded: true,
    };
    var c = data.cols, g, i;
    function bind(target) {
      target.bindPopup(function (layer) { return G.popup(st, layer._ge); }, { maxWidth: 340 });
      target.bindTooltip(function (layer) { return G.tooltip(st, layer); }, { sticky: true });
    }
    if (st.clustered) {
      st.loaded = false;
      st.cluster = L.markerClusterGroup({
        chunkedLoading: true, chunkInterval: 150,
        chunkProgress: function (done, total) {
          if (done === total && !st.loaded) { st.loaded = true; map.fire("geoevents:loaded"); }
        },
      }).addTo(map);
      bind(st.cluster);
    }
    for (g = 0; g < groups.length; g++) {
      if (!st.clustered) bind(groups[g]);
      else groups[g].on("add remove", function () { schedule(st); });
      st.perGroup.push({ container: groups[g], byDay: {}, first: Infinity, last: -1 });
    }
    for (i = 0; i < data.n; i++) {
      var pg = st.perGroup[c.grp[i]], d = c.day[i];
      (pg.byDay[d] = pg.byDay[d] || []).push(makeLayer(st, i));
      pg.first = Math.min(pg.first, d);
      pg.last = Math.max(pg.last, d);
    }
    if (st.clustered) refreshCluster(st);
    else for (g = 0; g < st.perGroup.length; g++) fill(st, st.perGroup[g]);
    G.maps[cfg.id] = st;
    var queued = G.waiting[cfg.id] || [];
    delete G.waiting[cfg.id];
    for (var q = 0; q < queued.length; q++) queued[q](st);
    return st;
  };

  function selected(st, pg) {
    var out = [];
    for (var d in pg.byDay) {
      if (+d >= st.range[0] && +d <= st.range[1]) out = out.concat(pg.byDay[d]);
    }
    return out;
  }

  function fill(st, pg) {
    var layers = selected(st, pg), box = pg.container;
    box.clearLayers();
    for (var k = 0; k < layers.length; k++) box.addLayer(layers[k]);
  }

  function refreshCluster(st) {
    st.pending = false;
    var layers = [];
    for (var g = 0; g < st.perGroup.length; g++) {
      if (st.map.hasLayer(st.groups[g])) layers = layers.concat(selected(st, st.perGroup[g]));
    }
    st.cluster.clearLayers();
    st.cluster.addLayers(layers);
    st.shown = layers.length;
  }

  function schedule(st) {
    if (st.pending) return;
    st.pending = true;
    setTimeout(function () { if (st.pending) refreshCluster(st); }, 0);
  }

  /* The layer control rebuilds its whole list on every layer add/remove: toggling 366 day
   * layers one by one costs ~a minute at 100k events. While the slider toggles layers in
   * a batch, controls only note that they must refresh, and refresh once at the end. */
  var dirty = null;
  var onLayerChange = L.Control.Layers.prototype._onLayerChange;
  L.Control.Layers.prototype._onLayerChange = function (e) {
    if (dirty) { if (dirty.indexOf(this) < 0) dirty.push(this); return; }
    return onLayerChange.call(this, e);
  };
  function batch(fn) {
    dirty = [];
    try { fn(); } finally {
      var controls = dirty;
      dirty = null;
      for (var k = 0; k < controls.length; k++) if (controls[k]._map) controls[k]._update();
    }
  }

  /* Show only days lo..hi (indices into data.days). Layering by date toggles whole day
   * (or month, or year) layers, so the layer control's check boxes follow the slider; a
   * layer of several days the range cuts keeps only its days inside the range. */
  G.setRange = function (id, lo, hi) {
    var st = G.maps[id];
    if (!st) return;
    st.range = [Math.min(lo, hi), Math.max(lo, hi)];
    batch(function () { toggle(st); });
    if (st.clustered) refreshCluster(st);
    for (var h = 0; h < st.heat.length; h++) st.heat[h].redraw();
    st.map.fire("geoevents:range", { range: st.range.slice() });
  };

  function toggle(st) {
    for (var g = 0; g < st.perGroup.length; g++) {
      var pg = st.perGroup[g], fg = st.groups[g];
      if (st.cfg.by === "date") {
        var inside = pg.first <= st.range[1] && pg.last >= st.range[0];
        if (inside && !st.map.hasLayer(fg)) st.map.addLayer(fg);
        if (!inside && st.map.hasLayer(fg)) st.map.removeLayer(fg);
        if (inside && pg.first !== pg.last && !st.clustered) fill(st, pg);
      } else if (!st.clustered) {
        fill(st, pg);
      }
    }
  }
})();
