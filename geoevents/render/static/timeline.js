/* geoevents date slider: pick one day or a range of days, or play day by day. */
(function () {
  "use strict";
  var G = (window.geoevents = window.geoevents || {});

  G.timeline = function (map, id, opts) {
    G.whenReady(id, function (st) { addSlider(map, id, opts, st); });
  };

  /* "first – last" of the dated days lo..hi; undated events (always the last "day") are
   * named apart, never shown as if "undated" were a date. */
  G.rangeLabel = function (days, lo, hi, undated) {
    var top = days[hi] === "undated" ? hi - 1 : hi;
    var extra = top < hi ? undated + " undated event" + (undated === 1 ? "" : "s") : "";
    if (top < lo) return extra;
    var span = days[lo] === days[top] ? days[lo] : days[lo] + " – " + days[top];
    return extra ? span + " + " + extra : span;
  };

  function countDay(st, d) {
    var n = 0, day = st.data.cols.day;
    for (var i = 0; i < st.data.n; i++) if (day[i] === d) n++;
    return n;
  }

  function addSlider(map, id, opts, st) {
    var days = st.data.days, last = days.length - 1;
    var undated = days[last] === "undated" ? countDay(st, last) : 0;
    function labelOf(lo, hi) { return G.rangeLabel(days, lo, hi, undated); }
    var Control = L.Control.extend({
      options: { position: opts.position || "bottomleft" },
      onAdd: function () {
        var box = L.DomUtil.create("div", "ge-timeline leaflet-bar");
        var label = L.DomUtil.create("div", "ge-range-label", box);
        var start = L.DomUtil.create("input", "ge-start", box);
        var end = L.DomUtil.create("input", "ge-end", box);
        [start, end].forEach(function (inp, k) {
          inp.type = "range"; inp.min = 0; inp.max = last; inp.step = 1;
          inp.value = k ? last : 0;
          inp.setAttribute("aria-label", k ? "last day shown" : "first day shown");
        });
        var bar = L.DomUtil.create("div", "ge-buttons", box);
        var prev = L.DomUtil.create("button", "ge-prev", bar);
        var play = L.DomUtil.create("button", "ge-play", bar);
        var next = L.DomUtil.create("button", "ge-next", bar);
        var all = L.DomUtil.create("button", "ge-all", bar);
        prev.textContent = "◀ day"; next.textContent = "day ▶";
        play.textContent = "Play"; all.textContent = "All dates";
        [prev, play, next, all].forEach(function (b) { b.type = "button"; });
        var timer = null;

        function show(lo, hi) {
          lo = Math.max(0, Math.min(last, lo)); hi = Math.max(0, Math.min(last, hi));
          start.value = Math.min(lo, hi); end.value = Math.max(lo, hi);
          label.textContent = labelOf(+start.value, +end.value);
          G.setRange(id, +start.value, +end.value);
        }
        function stop() {
          if (timer) { clearInterval(timer); timer = null; play.textContent = "Play"; }
        }
        start.addEventListener("input", function () { stop(); show(+start.value, +end.value); });
        end.addEventListener("input", function () { stop(); show(+start.value, +end.value); });
        prev.addEventListener("click", function () {
          stop(); var d = Math.max(0, +start.value - 1); show(d, d);
        });
        next.addEventListener("click", function () {
          stop(); var d = Math.min(last, (+start.value === +end.value ? +start.value + 1 : +start.value)); show(d, d);
        });
        all.addEventListener("click", function () { stop(); show(0, last); });
        play.addEventListener("click", function () {
          if (timer) { stop(); return; }
          var d = +start.value === +end.value && +start.value < last ? +start.value : 0;
          show(d, d);
          play.textContent = "Pause";
          timer = setInterval(function () {
            if (d >= last) { stop(); return; }
            d += 1; show(d, d);
          }, opts.interval || 1000);
        });
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        label.textContent = days.length ? labelOf(0, last) : "";
        this._show = show;
        return box;
      },
    });
    var control = new Control();
    control.addTo(map);
    st.timeline = control;
  }
})();
