/* geoevents heat layer: a canvas density surface of the events shown by the date filter.
 * Each event stamps a blurred disc into an alpha canvas, which is then coloured
 * through a palette; redrawn on pan, zoom and date change. */
(function () {
  "use strict";
  var G = (window.geoevents = window.geoevents || {});

  function stamp(r) {
    var c = document.createElement("canvas"), d = 2 * r;
    c.width = c.height = d;
    var ctx = c.getContext("2d"), g = ctx.createRadialGradient(r, r, 0, r, r, r);
    g.addColorStop(0, "rgba(0,0,0,1)");
    g.addColorStop(1, "rgba(0,0,0,0)");
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, d, d);
    return c;
  }

  function palette(stops) {
    var c = document.createElement("canvas");
    c.width = 256; c.height = 1;
    var ctx = c.getContext("2d"), g = ctx.createLinearGradient(0, 0, 256, 0);
    for (var k = 0; k < stops.length; k++) g.addColorStop(stops[k][0], stops[k][1]);
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, 256, 1);
    return ctx.getImageData(0, 0, 256, 1).data;
  }

  G.HeatLayer = L.Layer.extend({
    initialize: function (id, opts) {
      this._id = id;
      this._opts = opts;
    },
    onAdd: function (map) {
      this._canvas = L.DomUtil.create("canvas", "ge-heat leaflet-zoom-hide");
      this._canvas.style.pointerEvents = "none";
      map.getPanes().overlayPane.appendChild(this._canvas);
      this._stamp = stamp(this._opts.radius);
      this._palette = palette(this._opts.gradient);
      map.on("moveend zoomend resize", this.redraw, this);
      var self = this;
      G.whenReady(this._id, function (st) {
        if (st.heat.indexOf(self) < 0) st.heat.push(self);
        self.redraw();
      });
    },
    onRemove: function (map) {
      map.off("moveend zoomend resize", this.redraw, this);
      L.DomUtil.remove(this._canvas);
    },
    redraw: function () {
      var map = this._map, st = G.maps[this._id];
      if (!map || !st) return;
      var size = map.getSize(), cv = this._canvas, r = this._opts.radius;
      L.DomUtil.setPosition(cv, map.containerPointToLayerPoint([0, 0]));
      cv.width = size.x; cv.height = size.y;
      var ctx = cv.getContext("2d"), c = st.data.cols, lo = st.range[0], hi = st.range[1];
      var byFat = this._opts.weight === "fatalities", k = this._opts.intensity;
      for (var i = 0; i < st.data.n; i++) {
        if (c.day[i] < lo || c.day[i] > hi) continue;
        var p = map.latLngToContainerPoint([c.lat[i], c.lon[i]]);
        if (p.x < -r || p.y < -r || p.x > size.x + r || p.y > size.y + r) continue;
        var w = byFat ? Math.max(c.fat[i], 0) : 1;
        if (w <= 0) continue;
        ctx.globalAlpha = Math.min(1, w * k);
        ctx.drawImage(this._stamp, p.x - r, p.y - r);
      }
      if (!size.x || !size.y) return;
      var img = ctx.getImageData(0, 0, size.x, size.y), px = img.data, pal = this._palette;
      for (var j = 3; j < px.length; j += 4) {
        var a = px[j];
        if (!a) continue;
        var o = a * 4;
        px[j - 3] = pal[o]; px[j - 2] = pal[o + 1]; px[j - 1] = pal[o + 2];
        px[j] = Math.min(255, a * 1.5 + 40);
      }
      ctx.putImageData(img, 0, 0);
    },
  });
})();
