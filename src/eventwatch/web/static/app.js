/* eventwatch web page: map, timeline, filters, event card, claims.
 *
 * Plain JS, no build step, nothing fetched from outside this server.
 * Article text is untrusted: every piece of data goes into the DOM through textContent or
 * setAttribute on a harmless attribute, never through innerHTML or similar.
 */
"use strict";

(() => {
  const SVGNS = "http://www.w3.org/2000/svg";
  const TYPE_COLORS = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c",
    "Riots": "#8c564b",
    "Strategic developments": "#1f77b4",
  };
  const OTHER_COLOR = "#7f7f7f";
  const FIELD_CATEGORY = {
    event_type: "type", sub_event_type: "type", gtd_attack_type: "type",
    event_date: "date", date_precision: "date",
    location: "place", admin1: "place", admin1_code: "place", admin2: "place", country: "place",
    iso3: "place", latitude: "place", longitude: "place", geo_precision: "place",
    actor1: "actor", inter1: "actor", actor2: "actor", inter2: "actor", target_type: "actor",
    perpetrator: "actor",
    fatalities: "figure", injured: "figure", kidnapped: "figure", arrested: "figure",
    money_amount: "figure", money_currency: "figure", money_purpose: "figure",
  };
  const CATEGORY_ORDER = ["figure", "actor", "type", "date", "place", "tactic", "other"];
  const MAP_W = 800, MAP_H = 560;
  const TL = { w: 1000, h: 150, left: 34, right: 70, top: 10, bottom: 28 };

  const state = {
    meta: null, geo: null, project: null,
    events: [], total: 0,
    brush: null, // [firstISO, lastISO] or null
    freq: "month",
    selected: null,
    bins: [],
  };

  // ------------------------------------------------------------ DOM helpers

  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function s(tag, attrs, ...children) {
    const node = document.createElementNS(SVGNS, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (/^on/i.test(key) || key === "style") throw new Error("refusing attribute " + key);
      node.setAttribute(key, String(value));
    }
  }

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  const $ = (id) => document.getElementById(id);

  function fmt(n) {
    if (n === null || n === undefined || n === "") return "";
    const num = Number(n);
    return Number.isFinite(num) ? num.toLocaleString("en-US") : String(n);
  }

  function colorOf(type) {
    return TYPE_COLORS[type] || OTHER_COLOR;
  }

  function casualties(e) {
    return (Number(e.fatalities) || 0) + (Number(e.injured) || 0);
  }

  function safeUrl(url) {
    if (typeof url !== "string") return null;
    try {
      const parsed = new URL(url);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (_) {
      return null;
    }
  }

  async function api(path, params) {
    const url = new URL(path, window.location.origin);
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== null && v !== undefined && v !== "") url.searchParams.set(k, v);
    }
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await response.json(); } catch (_) { body = null; }
    if (!response.ok) {
      const message = body && body.error ? body.error : response.status + " " + response.statusText;
      throw new Error(message);
    }
    return body;
  }

  function setStatus(text, isError) {
    const node = $("status");
    node.textContent = text || "";
    node.classList.toggle("error", Boolean(isError));
  }

  // ------------------------------------------------------------ dates and periods

  const parseDay = (iso) => new Date(iso.slice(0, 10) + "T00:00:00Z");
  const isoDay = (d) => d.toISOString().slice(0, 10);
  const addDays = (d, n) => new Date(d.getTime() + n * 86400000);

  function periodStart(iso, freq) {
    const d = parseDay(iso);
    if (freq === "week") return addDays(d, -((d.getUTCDay() + 6) % 7));
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  }

  function nextPeriod(d, freq) {
    if (freq === "week") return addDays(d, 7);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  }

  function periodLabel(d, freq) {
    const iso = isoDay(d);
    return freq === "week" ? iso : iso.slice(0, 7);
  }

  // ------------------------------------------------------------ filters

  function currentFilters() {
    return {
      type: $("f-type").value,
      province: $("f-province").value,
      actor: $("f-actor").value.trim(),
      q: $("f-q").value.trim(),
    };
  }

  function fillFilters(meta, geo) {
    const typeSelect = $("f-type");
    const known = new Set(meta.event_types.map((t) => t.name));
    for (const name of Object.keys(TYPE_COLORS)) known.add(name);
    for (const name of [...known].sort()) {
      const found = meta.event_types.find((t) => t.name === name);
      typeSelect.appendChild(h("option", { value: name }, found ? `${name} (${found.events})` : name));
    }
    const provinceSelect = $("f-province");
    const counts = new Map(meta.provinces.map((p) => [p.code || p.name, p.events]));
    const features = [...geo.features].sort((a, b) =>
      (a.properties.country + a.properties.name).localeCompare(b.properties.country + b.properties.name));
    let group = null;
    for (const f of features) {
      const { country, name, iso } = f.properties;
      if (!group || group.label !== country) {
        group = h("optgroup", { label: country });
        provinceSelect.appendChild(group);
      }
      const n = counts.get(iso);
      group.appendChild(h("option", { value: iso }, n ? `${name} (${n})` : name));
    }
    const known_codes = new Set(features.map((f) => f.properties.iso));
    for (const p of meta.provinces) {
      if (p.code && known_codes.has(p.code)) continue;
      provinceSelect.appendChild(h("option", { value: p.code || p.name }, `${p.name} (${p.events})`));
    }
    const actors = $("actor-list");
    for (const a of meta.actors) actors.appendChild(h("option", { value: a.name }));
  }

  // ------------------------------------------------------------ map

  function makeProjection(geo, events) {
    let minLon = Infinity, maxLon = -Infinity, minLat = Infinity, maxLat = -Infinity;
    const see = (lon, lat) => {
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
      minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
    };
    for (const f of geo.features) for (const ring of rings(f.geometry)) for (const [lon, lat] of ring) see(lon, lat);
    for (const e of events) see(Number(e.longitude), Number(e.latitude));
    if (!Number.isFinite(minLon)) { minLon = 35; maxLon = 49; minLat = 29; maxLat = 38; }
    const k = Math.cos(((minLat + maxLat) / 2) * Math.PI / 180);
    const pad = 24;
    const spanX = Math.max((maxLon - minLon) * k, 1e-6), spanY = Math.max(maxLat - minLat, 1e-6);
    const scale = Math.min((MAP_W - 2 * pad) / spanX, (MAP_H - 2 * pad) / spanY);
    const offX = (MAP_W - spanX * scale) / 2, offY = (MAP_H - spanY * scale) / 2;
    return (lon, lat) => [offX + (lon - minLon) * k * scale, offY + (maxLat - lat) * scale];
  }

  function rings(geometry) {
    if (!geometry) return [];
    if (geometry.type === "Polygon") return geometry.coordinates;
    if (geometry.type === "MultiPolygon") return geometry.coordinates.flat();
    return [];
  }

  function drawBaseMap() {
    const map = $("map");
    clear(map);
    map.appendChild(s("rect", { class: "sea", x: 0, y: 0, width: MAP_W, height: MAP_H }));
    const provinces = s("g", { id: "provinces" });
    const labels = s("g", { id: "province-labels" });
    for (const f of state.geo.features) {
      const parts = rings(f.geometry);
      let d = "";
      let best = null;
      for (const ring of parts) {
        const pts = ring.map(([lon, lat]) => state.project(lon, lat));
        d += "M" + pts.map((p) => p[0].toFixed(1) + "," + p[1].toFixed(1)).join("L") + "Z";
        if (!best || ring.length > best.length) best = pts;
      }
      const { name, iso, country } = f.properties;
      const path = s("path", { d, class: "province", "data-code": iso, "data-country": country },
        s("title", {}, `${name} (${iso}), ${country} — click to filter`));
      path.addEventListener("click", () => {
        $("f-province").value = $("f-province").value === iso ? "" : iso;
        loadEvents();
      });
      provinces.appendChild(path);
      if (best) {
        const cx = best.reduce((a, p) => a + p[0], 0) / best.length;
        const cy = best.reduce((a, p) => a + p[1], 0) / best.length;
        labels.appendChild(s("text", { x: cx.toFixed(1), y: cy.toFixed(1), class: "province-label" }, name));
      }
    }
    map.appendChild(provinces);
    map.appendChild(labels);
    map.appendChild(s("g", { id: "markers" }));
  }

  function visibleEvents() {
    if (!state.brush) return state.events;
    const [a, b] = state.brush;
    return state.events.filter((e) => e.event_date && e.event_date >= a && e.event_date <= b);
  }

  function drawMarkers(events) {
    const layer = $("markers");
    clear(layer);
    const province = $("f-province").value;
    const active = new Set(events.map((e) => e.admin1_code).filter(Boolean));
    for (const path of document.querySelectorAll("#provinces .province")) {
      const code = path.getAttribute("data-code");
      path.classList.toggle("has-events", active.has(code));
      path.classList.toggle("chosen", code === province);
    }
    const placed = events.filter((e) => Number.isFinite(Number(e.latitude)) && Number.isFinite(Number(e.longitude))
      && e.latitude !== null && e.longitude !== null);
    const groups = new Map();
    for (const e of placed) {
      const [x, y] = state.project(Number(e.longitude), Number(e.latitude));
      const key = Math.round(x / 4) + ":" + Math.round(y / 4);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push({ e, x, y });
    }
    const items = [];
    for (const group of groups.values()) {
      const n = group.length;
      group.forEach((item, i) => {
        if (n > 1) {
          const angle = (2 * Math.PI * i) / n - Math.PI / 2;
          const ring = 7 + 2 * n;
          item.x += Math.cos(angle) * ring;
          item.y += Math.sin(angle) * ring;
        }
        items.push(item);
      });
    }
    // Big markers first so that small ones stay clickable on top.
    items.sort((a, b) => casualties(b.e) - casualties(a.e));
    for (const { e, x, y } of items) {
      const r = 5 + 2.2 * Math.sqrt(casualties(e));
      const circle = s("circle", {
        cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), fill: colorOf(e.event_type),
        class: "marker" + (state.selected === e.id ? " selected" : ""), "data-id": e.id,
        "data-type": e.event_type || "", tabindex: 0, role: "button",
      }, s("title", {}, markerTitle(e)));
      circle.addEventListener("click", () => openEvent(e.id));
      circle.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") openEvent(e.id); });
      layer.appendChild(circle);
    }
    return placed.length;
  }

  function markerTitle(e) {
    const parts = [e.event_date || "undated", e.sub_event_type || e.event_type || "event",
      placeText([e.location, e.admin1])];
    const toll = tollText(e);
    if (toll) parts.push(toll);
    return parts.filter(Boolean).join(" · ");
  }

  function placeText(parts) {
    const seen = new Set();
    return parts.filter((p) => {
      const key = String(p || "").toLowerCase();
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    }).join(", ");
  }

  function tollText(e) {
    const out = [];
    if (e.fatalities) out.push(`${fmt(e.fatalities)} killed`);
    if (e.injured) out.push(`${fmt(e.injured)} wounded`);
    if (e.kidnapped) out.push(`${fmt(e.kidnapped)} kidnapped`);
    if (e.arrested) out.push(`${fmt(e.arrested)} arrested`);
    return out.join(", ");
  }

  function drawLegend() {
    const legend = $("legend");
    clear(legend);
    for (const [type, color] of Object.entries(TYPE_COLORS)) {
      const swatch = s("svg", { width: 12, height: 12, class: "swatch" }, s("circle", { cx: 6, cy: 6, r: 5, fill: color }));
      legend.appendChild(h("span", { class: "legend-item" }, swatch, type));
    }
    const sizes = s("svg", { width: 70, height: 26, class: "swatch" },
      s("circle", { cx: 8, cy: 14, r: 5, class: "size-key" }),
      s("circle", { cx: 26, cy: 14, r: 5 + 2.2 * Math.sqrt(5), class: "size-key" }),
      s("circle", { cx: 52, cy: 14, r: 5 + 2.2 * Math.sqrt(20) * 0.55, class: "size-key" }));
    legend.appendChild(h("span", { class: "legend-item" }, sizes, "size: killed + wounded"));
  }

  // ------------------------------------------------------------ timeline

  function computeBins(events, freq) {
    const dated = events.filter((e) => e.event_date).map((e) => e.event_date).sort();
    if (!dated.length) return [];
    const bins = [];
    let start = periodStart(dated[0], freq);
    const last = periodStart(dated[dated.length - 1], freq);
    while (start <= last && bins.length < 2000) {
      const next = nextPeriod(start, freq);
      bins.push({ start: isoDay(start), end: isoDay(addDays(next, -1)), label: periodLabel(start, freq), byType: {}, n: 0 });
      start = next;
    }
    for (const e of events) {
      if (!e.event_date) continue;
      const key = isoDay(periodStart(e.event_date, freq));
      const bin = bins.find((b) => b.start === key);
      if (!bin) continue;
      bin.n += 1;
      const t = e.event_type || "other";
      bin.byType[t] = (bin.byType[t] || 0) + 1;
    }
    return bins;
  }

  function drawTimeline() {
    const svgNode = $("timeline");
    clear(svgNode);
    const bins = computeBins(state.events, state.freq);
    state.bins = bins;
    const undated = state.events.filter((e) => !e.event_date).length;
    const plotW = TL.w - TL.left - TL.right, plotH = TL.h - TL.top - TL.bottom;
    const max = Math.max(1, undated, ...bins.map((b) => b.n));
    const y = (v) => TL.top + plotH - (v / max) * plotH;
    svgNode.appendChild(s("line", { x1: TL.left, x2: TL.left + plotW, y1: TL.top + plotH, y2: TL.top + plotH, class: "axis" }));
    svgNode.appendChild(s("text", { x: TL.left - 6, y: TL.top + 8, class: "tick end" }, fmt(max)));
    svgNode.appendChild(s("text", { x: TL.left - 6, y: TL.top + plotH, class: "tick end" }, "0"));
    if (!bins.length) {
      svgNode.appendChild(s("text", { x: TL.left + plotW / 2, y: TL.top + plotH / 2, class: "tick middle" }, "no dated events"));
    }
    const bw = bins.length ? plotW / bins.length : plotW;
    const every = Math.max(1, Math.ceil(bins.length / 12));
    const bars = s("g", { id: "bars" });
    bins.forEach((bin, i) => {
      const x = TL.left + i * bw;
      let acc = 0;
      for (const type of Object.keys(bin.byType).sort()) {
        const count = bin.byType[type];
        const top = y(acc + count), bottom = y(acc);
        bars.appendChild(s("rect", {
          x: (x + 1).toFixed(1), y: top.toFixed(1), width: Math.max(1, bw - 2).toFixed(1),
          height: Math.max(0, bottom - top).toFixed(1), fill: colorOf(type), class: "bar",
          "data-period": bin.label,
        }, s("title", {}, `${bin.label}: ${count} ${type}`)));
        acc += count;
      }
      if (i % every === 0) {
        svgNode.appendChild(s("text", { x: (x + bw / 2).toFixed(1), y: TL.h - 10, class: "tick middle" }, bin.label));
      }
    });
    svgNode.appendChild(bars);
    // Undated events: shown apart, outside the brushable range.
    const ux = TL.left + plotW + 18;
    if (undated) {
      svgNode.appendChild(s("rect", {
        x: ux, y: y(undated).toFixed(1), width: 34, height: (TL.top + plotH - y(undated)).toFixed(1), class: "bar undated",
      }, s("title", {}, `${undated} undated event(s): not on the time axis`)));
    }
    svgNode.appendChild(s("text", { x: ux + 17, y: TL.h - 10, class: "tick middle" }, `undated ${undated}`));

    const selection = s("rect", { id: "brush-selection", x: 0, y: TL.top, width: 0, height: plotH, class: "brush", visibility: "hidden" });
    svgNode.appendChild(selection);
    const area = s("rect", { id: "brush-area", x: TL.left, y: TL.top, width: plotW, height: plotH + 16, class: "brush-area" });
    svgNode.appendChild(area);
    showBrush();
    attachBrush(area, selection, bw);
  }

  function svgX(svgNode, clientX) {
    const pt = svgNode.createSVGPoint();
    pt.x = clientX; pt.y = 0;
    const ctm = svgNode.getScreenCTM();
    return ctm ? pt.matrixTransform(ctm.inverse()).x : clientX;
  }

  function attachBrush(area, selection, bw) {
    const svgNode = $("timeline");
    const plotW = TL.w - TL.left - TL.right;
    const clamp = (x) => Math.min(TL.left + plotW, Math.max(TL.left, x));
    let start = null;
    area.addEventListener("pointerdown", (ev) => {
      if (!state.bins.length) return;
      start = clamp(svgX(svgNode, ev.clientX));
      area.setPointerCapture(ev.pointerId);
      selection.setAttribute("x", start);
      selection.setAttribute("width", 0);
      selection.setAttribute("visibility", "visible");
      ev.preventDefault();
    });
    area.addEventListener("pointermove", (ev) => {
      if (start === null) return;
      const x = clamp(svgX(svgNode, ev.clientX));
      selection.setAttribute("x", Math.min(start, x));
      selection.setAttribute("width", Math.abs(x - start));
    });
    const finish = (ev) => {
      if (start === null) return;
      const x = clamp(svgX(svgNode, ev.clientX));
      const lo = Math.min(start, x), hi = Math.max(start, x);
      start = null;
      const first = Math.min(state.bins.length - 1, Math.max(0, Math.floor((lo - TL.left) / bw)));
      const last = Math.min(state.bins.length - 1, Math.max(0, Math.floor((Math.max(hi - 0.01, lo) - TL.left) / bw)));
      setBrush([state.bins[first].start, state.bins[last].end]);
    };
    area.addEventListener("pointerup", finish);
    area.addEventListener("pointercancel", () => { start = null; showBrush(); });
  }

  function setBrush(range) {
    state.brush = range;
    showBrush();
    render();
  }

  function showBrush() {
    const selection = $("brush-selection");
    const label = $("brush-label");
    const button = $("brush-clear");
    if (!selection) return;
    const bins = state.bins;
    if (!state.brush || !bins.length) {
      selection.setAttribute("visibility", "hidden");
      label.textContent = "Drag across the bars to filter the map by date.";
      button.hidden = true;
      for (const bar of document.querySelectorAll("#bars .bar")) bar.classList.remove("dim");
      return;
    }
    const [a, b] = state.brush;
    const plotW = TL.w - TL.left - TL.right;
    const bw = plotW / bins.length;
    let first = bins.findIndex((bin) => bin.end >= a);
    let last = bins.length - 1 - [...bins].reverse().findIndex((bin) => bin.start <= b);
    if (first < 0) first = 0;
    if (last >= bins.length) last = bins.length - 1;
    selection.setAttribute("x", (TL.left + first * bw).toFixed(1));
    selection.setAttribute("width", Math.max(2, (last - first + 1) * bw).toFixed(1));
    selection.setAttribute("visibility", "visible");
    for (const bar of document.querySelectorAll("#bars .bar")) {
      const period = bar.getAttribute("data-period");
      const idx = bins.findIndex((bin) => bin.label === period);
      bar.classList.toggle("dim", idx < first || idx > last);
    }
    label.textContent = `Dates ${a} to ${b} (undated events hidden).`;
    button.hidden = false;
  }

  // ------------------------------------------------------------ event list

  function drawTable(events) {
    const body = $("event-table").querySelector("tbody");
    clear(body);
    for (const e of events.slice(0, 1000)) {
      const row = h("tr", { "data-id": e.id, tabindex: 0, class: state.selected === e.id ? "selected" : null },
        h("td", { class: "nowrap" }, e.event_date || "undated"),
        h("td", {}, swatch(e.event_type), e.sub_event_type || e.event_type || ""),
        h("td", {}, placeText([e.location, e.admin1])),
        h("td", {}, [e.actor1, e.actor2].filter(Boolean).join(" → ")),
        h("td", {}, tollText(e)));
      row.addEventListener("click", () => openEvent(e.id));
      row.addEventListener("keydown", (ev) => { if (ev.key === "Enter") openEvent(e.id); });
      body.appendChild(row);
    }
  }

  function swatch(type) {
    return s("svg", { width: 10, height: 10, class: "swatch" }, s("circle", { cx: 5, cy: 5, r: 4.5, fill: colorOf(type) }));
  }

  // ------------------------------------------------------------ render + load

  function render() {
    const events = visibleEvents();
    const placed = drawMarkers(events);
    drawTable(events);
    const undated = events.filter((e) => !e.event_date).length;
    const more = state.total > state.events.length ? ` (first ${fmt(state.events.length)} loaded)` : "";
    $("shown").textContent = `${fmt(events.length)} shown of ${fmt(state.total)} matching${more}`;
    const notes = [];
    if (events.length - placed) notes.push(`${events.length - placed} without coordinates`);
    if (undated && !state.brush) notes.push(`${undated} undated`);
    setStatus(`${fmt(events.length)} event(s) shown` + (notes.length ? ` — ${notes.join(", ")}` : ""));
    document.body.setAttribute("data-shown", String(events.length));
  }

  let loadSeq = 0;
  async function loadEvents() {
    const seq = ++loadSeq;
    setStatus("Loading…");
    document.body.removeAttribute("data-ready");
    try {
      const page = await api("/api/events", { ...currentFilters(), limit: 10000 });
      if (seq !== loadSeq) return;
      state.events = page.items;
      state.total = page.total;
      drawTimeline();
      render();
      document.body.setAttribute("data-ready", "1");
    } catch (err) {
      if (seq === loadSeq) setStatus("Could not load events: " + err.message, true);
    }
  }

  // ------------------------------------------------------------ event card

  async function openEvent(id) {
    state.selected = id;
    for (const m of document.querySelectorAll("#markers .marker")) {
      m.classList.toggle("selected", m.getAttribute("data-id") === String(id));
    }
    for (const r of document.querySelectorAll("#event-table tbody tr")) {
      r.classList.toggle("selected", r.getAttribute("data-id") === String(id));
    }
    const card = $("card");
    try {
      const event = await api(`/api/events/${encodeURIComponent(id)}`);
      if (state.selected !== id) return;
      renderCard(card, event);
    } catch (err) {
      clear(card);
      card.appendChild(h("p", { class: "error" }, "Could not load the event: " + err.message));
    }
  }

  function renderCard(card, e) {
    clear(card);
    card.setAttribute("data-event-id", e.id);
    const close = h("button", { type: "button", class: "close", "aria-label": "Close" }, "×");
    close.addEventListener("click", () => {
      state.selected = null;
      clear(card);
      card.removeAttribute("data-event-id");
      card.appendChild(h("p", { class: "hint" }, "Click a marker or a row to read the event."));
      render();
    });
    card.appendChild(close);
    card.appendChild(h("h2", { class: "card-title" }, swatch(e.event_type), e.sub_event_type || e.event_type || "Event"));
    const facts = h("dl", { class: "facts" });
    const fact = (label, ...value) => {
      const parts = value.flat().filter((v) => v !== null && v !== undefined && v !== "");
      if (!parts.length) return;
      facts.appendChild(h("dt", {}, label));
      facts.appendChild(h("dd", {}, parts.join(" ")));
    };
    fact("Type", [e.event_type, e.gtd_attack_type ? `(GTD: ${e.gtd_attack_type})` : null]);
    fact("Date", [e.event_date || "unknown", e.date_precision ? `(${e.date_precision})` : null,
      e.date_text ? `“${e.date_text}”` : null]);
    fact("Place", [placeText([e.location, e.admin2, e.admin1, e.country]),
      e.admin1_code ? `[${e.admin1_code}]` : null]);
    fact("Actor 1", e.actor1);
    fact("Actor 2", e.actor2);
    if (e.perpetrator !== e.actor1) fact("Perpetrator (GTD)", e.perpetrator || "Unknown");
    fact("Toll", tollText(e));
    if (e.money_amount) fact("Money", [fmt(e.money_amount), e.money_currency, e.money_purpose ? `(${e.money_purpose})` : null]);
    if (e.tactics && e.tactics.length) fact("Tactics", e.tactics.join(", "));
    if (e.confidence !== null && e.confidence !== undefined) fact("Confidence", Number(e.confidence).toFixed(2));
    card.appendChild(facts);

    const sources = Array.isArray(e.sources) && e.sources.length ? e.sources : [{
      article_id: e.article_id, title: e.article_title, url: e.article_url, outlet: e.article_outlet,
      sentence: e.sentence, sentence_start: e.sentence_start, evidence: e.evidence,
    }];
    card.appendChild(h("h3", {}, sources.length === 1 ? "Source" : `Sources (${sources.length})`));
    for (const src of sources) card.appendChild(renderSource(src));
  }

  function renderSource(src) {
    const box = h("article", { class: "source" });
    const url = safeUrl(src.url);
    const title = src.title || src.article_id || "article";
    box.appendChild(h("h4", {}, url ? h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, title) : title));
    const meta = [src.outlet, src.published, src.article_id ? `id ${src.article_id}` : null].filter(Boolean).join(" · ");
    if (meta) box.appendChild(h("p", { class: "muted small" }, meta));
    const sentence = typeof src.sentence === "string" ? src.sentence : (src.sentence && src.sentence.text) || "";
    const base = Number.isFinite(Number(src.sentence_start)) && src.sentence_start !== null
      ? Number(src.sentence_start) : (src.sentence && Number(src.sentence.start)) || 0;
    const { quote, groups } = highlight(sentence, base, src.evidence || {});
    box.appendChild(quote);
    const list = h("ul", { class: "evidence" });
    for (const g of groups) {
      const where = g.inside ? null : h("span", { class: "muted" }, " (elsewhere in the article)");
      list.appendChild(h("li", { class: "ev-" + g.category },
        h("span", { class: "fields" }, g.fields.map(prettyField).join(", ")), " ← ",
        h("q", {}, g.text), where));
    }
    if (groups.length) box.appendChild(list);
    return box;
  }

  function prettyField(name) {
    return name.replace(/^tactics\./, "tactic: ").replace(/_/g, " ");
  }

  function categoryOf(field) {
    if (field.startsWith("tactics")) return "tactic";
    // a part of a field ("fatalities.added": a second toll added to the first) shows as the field
    return FIELD_CATEGORY[field] || FIELD_CATEGORY[field.split(".")[0]] || "other";
  }

  /* The sentence with the words behind each field wrapped in <mark>; offsets in `evidence`
   * are into the article text, so they are shifted by the sentence's own start. */
  function highlight(sentence, base, evidence) {
    const spans = new Map();
    for (const [field, ev] of Object.entries(evidence)) {
      if (!ev || typeof ev !== "object") continue;
      const start = ev.start === null || ev.start === undefined ? null : Number(ev.start);
      const end = ev.end === null || ev.end === undefined ? null : Number(ev.end);
      const key = start === null ? "meta:" + (ev.text || "") : start + ":" + end;
      if (!spans.has(key)) spans.set(key, { start, end, text: String(ev.text || ""), fields: [] });
      spans.get(key).fields.push(field);
    }
    const groups = [];
    for (const span of spans.values()) {
      const rs = span.start === null ? null : span.start - base;
      const re = span.end === null ? null : span.end - base;
      const inside = rs !== null && re !== null && rs >= 0 && re <= sentence.length && re > rs;
      const category = span.fields.map(categoryOf).sort((a, b) => CATEGORY_ORDER.indexOf(a) - CATEGORY_ORDER.indexOf(b))[0];
      groups.push({ ...span, rs, re, inside, category });
    }
    groups.sort((a, b) => (a.inside === b.inside ? (a.rs ?? 1e12) - (b.rs ?? 1e12) : a.inside ? -1 : 1));
    const inside = groups.filter((g) => g.inside);
    const cuts = new Set([0, sentence.length]);
    for (const g of inside) { cuts.add(g.rs); cuts.add(g.re); }
    const points = [...cuts].sort((a, b) => a - b);
    const quote = h("blockquote", { class: "sentence" });
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i], b = points[i + 1];
      if (b <= a) continue;
      const text = sentence.slice(a, b);
      const covering = inside.filter((g) => g.rs <= a && g.re >= b);
      if (!covering.length) {
        quote.appendChild(document.createTextNode(text));
        continue;
      }
      const fields = covering.flatMap((g) => g.fields);
      const category = covering.map((g) => g.category).sort((x, y) => CATEGORY_ORDER.indexOf(x) - CATEGORY_ORDER.indexOf(y))[0];
      quote.appendChild(h("mark", { class: "ev ev-" + category, title: fields.map(prettyField).join(", "), "data-fields": fields.join(" ") }, text));
    }
    return { quote, groups };
  }

  // ------------------------------------------------------------ claims and aggregates

  function speakerOf(c) {
    const who = c.speaker_name || c.speaker_text || c.speaker_role;
    const extra = [c.speaker_name ? c.speaker_role : null, c.speaker_organisation].filter(Boolean).join(", ");
    return [who, extra ? `(${extra})` : null].filter(Boolean).join(" ") || "unattributed";
  }

  function valueText(c) {
    const lo = Number(c.low), hi = Number(c.high);
    const core = Number.isFinite(hi) && hi !== lo ? `${fmt(lo)}–${fmt(hi)}` : fmt(lo);
    return [c.qualifier, core, c.unit].filter(Boolean).join(" ");
  }

  const SUBJECT_COLORS = ["#0b5cad", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b",
    "#e377c2", "#7f7f7f", "#bcbd22"];

  async function loadClaims() {
    const holder = $("claims");
    try {
      const claims = await api("/api/claims", { subject: $("claims-subject").value.trim() });
      clear(holder);
      if (!claims.length) { holder.appendChild(h("p", { class: "muted" }, "No claims match.")); return; }
      const subjects = [...new Set(claims.map((c) => c.subject))];
      const colorOfSubject = (subject) => SUBJECT_COLORS[subjects.indexOf(subject) % SUBJECT_COLORS.length];
      for (const c of claims) c.when = c.as_of || c.reported || null;
      // Money and head counts do not share an axis.
      const groups = [
        ["Head counts and other figures", claims.filter((c) => !isCurrency(c.unit))],
        ["Money", claims.filter((c) => isCurrency(c.unit))],
      ];
      for (const [label, list] of groups) {
        if (!list.length) continue;
        holder.appendChild(claimChart(label, list, colorOfSubject));
      }
      holder.appendChild(claimTable(claims, colorOfSubject));
    } catch (err) {
      clear(holder);
      holder.appendChild(h("p", { class: "error" }, "Could not load claims: " + err.message));
    }
  }

  function isCurrency(unit) {
    return typeof unit === "string" && /^[A-Z]{3}$/.test(unit);
  }

  function niceTicks(lo, hi) {
    const ticks = [];
    for (let p = Math.floor(Math.log10(lo)); p <= Math.ceil(Math.log10(hi)); p++) ticks.push(10 ** p);
    return ticks;
  }

  /* One chart per kind of figure: each estimate at the date it was made (or reported), a
   * vertical bar for a range, coloured by subject, on a log scale (3 per cell to 7,000 in all). */
  function claimChart(label, list, colorOfSubject) {
    const W = 1000, H = 240, L = 70, R = 110, T = 14, B = 26;
    const dated = list.filter((c) => c.when && Number(c.low) > 0);
    const box = h("div", { class: "claim" }, h("h3", {}, label));
    if (!dated.length) {
      box.appendChild(h("p", { class: "muted small" }, "No dated estimates here; see the table below."));
      return box;
    }
    const times = dated.map((c) => parseDay(c.when).getTime());
    let t0 = Math.min(...times), t1 = Math.max(...times);
    const pad = Math.max(20 * 86400000, (t1 - t0) * 0.08);
    t0 -= pad; t1 += pad;
    const values = dated.flatMap((c) => [Number(c.low), Number(c.high) || Number(c.low)]);
    const vlo = Math.min(...values) / 1.6, vhi = Math.max(...values) * 1.6;
    const ticks = niceTicks(vlo, vhi);
    const ylo = Math.log10(ticks[0]), yhi = Math.log10(ticks[ticks.length - 1]);
    const x = (iso) => L + ((parseDay(iso).getTime() - t0) / (t1 - t0)) * (W - L - R);
    const y = (v) => T + (H - T - B) * (1 - (Math.log10(v) - ylo) / Math.max(1e-9, yhi - ylo));
    const chart = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "claim-chart", role: "img", "aria-label": label });
    chart.appendChild(s("line", { x1: L, x2: W - R, y1: H - B, y2: H - B, class: "axis" }));
    for (const t of ticks) {
      chart.appendChild(s("line", { x1: L, x2: W - R, y1: y(t), y2: y(t), class: "grid" }));
      chart.appendChild(s("text", { x: L - 6, y: y(t) + 3, class: "tick end" }, fmt(t)));
    }
    const months = [];
    for (let d = new Date(Date.UTC(new Date(t0).getUTCFullYear(), new Date(t0).getUTCMonth() + 1, 1));
      d.getTime() < t1; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) months.push(d);
    const every = Math.max(1, Math.ceil(months.length / 10));
    months.forEach((d, i) => {
      if (i % every) return;
      chart.appendChild(s("text", { x: x(isoDay(d)), y: H - 8, class: "tick middle" }, isoDay(d).slice(0, 7)));
    });
    const seen = new Map();
    for (const c of dated) {
      const key = c.when;
      const nth = seen.get(key) || 0;
      seen.set(key, nth + 1);
      const cx = x(c.when) + nth * 7; // estimates made the same day sit side by side
      const lo = Number(c.low), hi = Number(c.high) || lo;
      const color = colorOfSubject(c.subject);
      const g = s("g", { class: "claim-point", "data-subject": c.subject },
        s("title", {}, `${c.when}: ${c.subject}: ${valueText(c)} — ${speakerOf(c)} — ${c.article_title || c.article_id}`));
      if (hi !== lo) g.appendChild(s("line", { x1: cx, x2: cx, y1: y(lo), y2: y(hi), stroke: color, class: "range" }));
      g.appendChild(s("circle", { cx, cy: y(hi !== lo ? Math.sqrt(lo * hi) : lo), r: 5, fill: color }));
      g.appendChild(s("text", { x: cx + 8, y: y(hi !== lo ? Math.sqrt(lo * hi) : lo) + 4, class: "point-label" },
        valueText(c)));
      chart.appendChild(g);
    }
    box.appendChild(chart);
    return box;
  }

  function claimTable(claims, colorOfSubject) {
    const body = h("tbody");
    for (const c of claims) {
      body.appendChild(h("tr", {},
        h("td", { class: "nowrap" }, c.when || "undated", c.as_of || !c.when ? null : h("span", { class: "muted" }, " (reported)")),
        h("td", {}, swatchColor(colorOfSubject(c.subject)), c.subject),
        h("td", {}, valueText(c)),
        h("td", {}, speakerOf(c)),
        h("td", {}, h("cite", {}, c.article_title || c.article_id || ""),
          c.sentence ? h("div", { class: "muted small" }, "“", c.sentence, "”") : null)));
    }
    return h("table", { class: "events claim-table" },
      h("thead", {}, h("tr", {}, h("th", {}, "Date"), h("th", {}, "Subject"), h("th", {}, "Estimate"),
        h("th", {}, "Said by"), h("th", {}, "Source"))), body);
  }

  function swatchColor(color) {
    return s("svg", { width: 10, height: 10, class: "swatch" }, s("circle", { cx: 5, cy: 5, r: 4.5, fill: color }));
  }

  async function loadAggregates() {
    const body = $("aggregates").querySelector("tbody");
    try {
      const rows = await api("/api/aggregates");
      clear(body);
      for (const a of rows) {
        body.appendChild(h("tr", {},
          h("td", { class: "nowrap" }, a.period ? (a.period_precision === "month" ? a.period.slice(0, 7) : a.period) : "—"),
          h("td", {}, valueText(a)),
          h("td", {}, a.subject || ""),
          h("td", {}, a.region || a.admin1_code || ""),
          h("td", {}, [a.speaker_name || a.speaker_organisation, a.article_title].filter(Boolean).join(" — "))));
      }
      if (!rows.length) body.appendChild(h("tr", {}, h("td", { colspan: 5, class: "muted" }, "No aggregates.")));
    } catch (err) {
      clear(body);
      body.appendChild(h("tr", {}, h("td", { colspan: 5, class: "error" }, "Could not load aggregates: " + err.message)));
    }
  }

  // ------------------------------------------------------------ start

  async function start() {
    try {
      const [meta, geo, first] = await Promise.all([
        api("/api/meta"), api("/api/admin1"), api("/api/events", { limit: 10000 }),
      ]);
      state.meta = meta;
      state.geo = geo;
      state.project = makeProjection(geo, first.items);
      const c = meta.counts;
      $("summary").textContent = `${fmt(c.events)} events · ${fmt(c.claims)} claims · ${fmt(c.aggregates)} aggregates`
        + ` from ${fmt(c.articles)} articles` + (meta.first_date ? ` · ${meta.first_date} to ${meta.last_date}` : "");
      fillFilters(meta, geo);
      drawBaseMap();
      drawLegend();
    } catch (err) {
      setStatus("Could not start: " + err.message, true);
      return;
    }
    $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); loadEvents(); });
    for (const id of ["f-type", "f-province"]) $(id).addEventListener("change", () => loadEvents());
    $("f-reset").addEventListener("click", () => {
      $("filters").reset();
      state.brush = null;
      loadEvents();
    });
    $("freq").addEventListener("change", () => {
      state.freq = $("freq").value;
      state.brush = null;
      drawTimeline();
      render();
    });
    $("brush-clear").addEventListener("click", () => setBrush(null));
    $("claims-form").addEventListener("submit", (ev) => { ev.preventDefault(); loadClaims(); });
    await loadEvents();
    loadClaims();
    loadAggregates();
  }

  document.addEventListener("DOMContentLoaded", start);
})();
