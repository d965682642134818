// FacePay payments console: reads /ops/api/overview every few seconds and draws it. Charts are plain SVG made here.
"use strict";
(() => {
  const API = "/ops/api";
  const REFRESH_MS = 5000;
  const HEADERS = { "X-FacePay-Console": "1", "Accept": "application/json" };
  const SVG = "http://www.w3.org/2000/svg";
  const ACTIVITIES = [
    ["Paid", "--paid"], ["Created", "--created"], ["Failed", "--failed"], ["OutcomeUnknown", "--unknown"],
    ["Closed", "--closed"], ["Refunded", "--refunded"], ["RefundFailed", "--refundfailed"],
  ];
  const LABELS = { OutcomeUnknown: "Unknown outcome", RefundFailed: "Refund failed" };
  const CHANNEL_COLORS = { Alipay: "--alipay", WechatPay: "--wechat" };
  const color = (v) => getComputedStyle(document.documentElement).getPropertyValue(v).trim() || "#999";

  // ---- small DOM helpers (text only: nothing from the server is ever parsed as HTML) ----
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") el.className = v;
      else if (k === "text") el.textContent = v;
      else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return el;
  }
  function s(tag, attrs, ...children) {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
    for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return el;
  }
  const put = (id, ...nodes) => { const el = document.getElementById(id); el.replaceChildren(...nodes.flat()); };
  const num = (n) => (n ?? 0).toLocaleString("en-US");
  const ms = (v) => v === null || v === undefined ? "–" : v < 10 ? v.toFixed(1) + " ms" : v < 1000 ? Math.round(v) + " ms" : (v / 1000).toFixed(2) + " s";
  const pct = (v) => v === null || v === undefined ? "–" : (v * 100).toFixed(v < 0.1 ? 1 : 0) + " %";
  const money = (minor, currency) => minor === null || minor === undefined ? "–" : (minor / 100).toFixed(2) + " " + (currency || "");
  const time = (t) => t ? new Date(t).toLocaleTimeString("en-GB") : "–";
  const ago = (t, now) => {
    if (!t) return "–";
    const sec = Math.max(0, Math.round((new Date(now) - new Date(t)) / 1000));
    return sec < 60 ? sec + " s ago" : sec < 3600 ? Math.round(sec / 60) + " min ago" : Math.round(sec / 3600) + " h ago";
  };
  const pill = (text, cls) => h("span", { class: "pill " + (cls || text), text: LABELS[text] || text });
  const empty = (text) => h("div", { class: "empty", text });

  function table(columns, rows, rowAttrs) {
    if (rows.length === 0) return null;
    return h("table", {},
      h("thead", {}, h("tr", {}, columns.map((c) => h("th", { class: c.num ? "num" : null, text: c.title })))),
      h("tbody", {}, rows.map((r) => h("tr", rowAttrs ? rowAttrs(r) : {}, columns.map((c) => {
        const v = c.cell(r);
        return h("td", { class: [c.num ? "num" : "", c.cls || ""].join(" ").trim() || null }, v instanceof Node || Array.isArray(v) ? v : String(v ?? ""));
      })))));
  }

  // ---- charts ----
  function stackedBars(points, bucketSeconds) {
    const W = 900, H = 300, L = 34, R = 8, T = 10, B = 24;
    const totals = points.map((p) => ACTIVITIES.reduce((sum, [a]) => sum + (p.activities[a] || 0), 0));
    const max = Math.max(1, ...totals);
    const step = niceStep(max);
    const top = Math.ceil(max / step) * step;
    const bw = (W - L - R) / Math.max(1, points.length);
    const y = (v) => T + (H - T - B) * (1 - v / top);
    const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none" });
    for (let v = 0; v <= top; v += step) {
      svg.append(s("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: "#e2e8f0" }));
      svg.append(s("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end" }, String(v)));
    }
    points.forEach((p, i) => {
      let base = 0;
      const x = L + i * bw + 1;
      for (const [a, c] of ACTIVITIES) {
        const v = p.activities[a] || 0;
        if (!v) continue;
        const rect = s("rect", { x, width: Math.max(1, bw - 2), y: y(base + v), height: y(base) - y(base + v), fill: color(c), rx: 1 });
        rect.append(s("title", {}, `${time(p.start)} · ${LABELS[a] || a}: ${v}`));
        svg.append(rect);
        base += v;
      }
      const every = Math.max(1, Math.round(points.length / 8));
      if (i % every === 0) svg.append(s("text", { x: x + bw / 2, y: H - 6, "text-anchor": "middle" }, new Date(p.start).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })));
    });
    return svg;
  }
  // One line per channel and outcome (paid solid, failed dashed) over the same buckets as the main chart.
  function channelLines(points, series) {
    const W = 440, H = 150, L = 28, R = 6, T = 8, B = 20;
    const max = Math.max(1, ...series.flatMap((sr) => points.map((p) => sr.value(p))));
    const step = niceStep(max), top = Math.ceil(max / step) * step;
    const x = (i) => L + (W - L - R) * (points.length > 1 ? i / (points.length - 1) : 0.5);
    const y = (v) => T + (H - T - B) * (1 - v / top);
    const svg = s("svg", { viewBox: `0 0 ${W} ${H}` });
    for (let v = 0; v <= top; v += step) {
      svg.append(s("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: "#e2e8f0" }));
      svg.append(s("text", { x: L - 5, y: y(v) + 4, "text-anchor": "end" }, String(v)));
    }
    const every = Math.max(1, Math.round(points.length / 4));
    points.forEach((p, i) => {
      if (i % every === 0) svg.append(s("text", { x: x(i), y: H - 5, "text-anchor": "middle" }, new Date(p.start).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })));
    });
    for (const sr of series) {
      const d = points.map((p, i) => `${i ? "L" : "M"}${x(i).toFixed(1)},${y(sr.value(p)).toFixed(1)}`).join(" ");
      const path = s("path", { d, fill: "none", stroke: sr.color, "stroke-width": 2, "stroke-dasharray": sr.dashed ? "4 3" : null, "data-series": sr.name });
      path.append(s("title", {}, `${sr.name}: ${num(points.reduce((n, p) => n + sr.value(p), 0))} in ${points.length} min`));
      svg.append(path);
    }
    return svg;
  }
  function niceStep(max) {
    const raw = max / 4, mag = Math.pow(10, Math.floor(Math.log10(raw || 1)));
    const n = raw / mag;
    return Math.max(1, (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * mag);
  }
  function hbars(items, opts) {
    // items: [{label, value, color, text}]
    const o = Object.assign({ width: 420, row: 22, labelWidth: 120 }, opts || {});
    if (items.length === 0) return empty(o.empty || "nothing yet");
    const max = Math.max(1, ...items.map((i) => i.value));
    const H = items.length * o.row + 4;
    const svg = s("svg", { viewBox: `0 0 ${o.width} ${H}`, class: "hbars" });
    items.forEach((it, i) => {
      const y = i * o.row + 3;
      const w = (o.width - o.labelWidth - 70) * (it.value / max);
      svg.append(s("text", { x: o.labelWidth - 8, y: y + 13, "text-anchor": "end", fill: "#334155" }, it.label));
      svg.append(s("rect", { x: o.labelWidth, y, width: Math.max(it.value ? 2 : 0, w), height: o.row - 8, rx: 3, fill: it.color }));
      svg.append(s("text", { x: o.labelWidth + w + 6, y: y + 13, fill: "#0f172a" }, it.text ?? num(it.value)));
    });
    return h("div", { class: "bars" }, svg);
  }

  // ---- panels ----
  function tiles(o) {
    const waiting = o.awaitingQuery.length, expired = o.openPastExpiry.length;
    const backlog = o.webhooks.reduce((n, w) => n + w.pending, 0), dead = o.webhooks.reduce((n, w) => n + w.deadLetters, 0);
    const paid = o.totals.Paid || 0, failed = o.totals.Failed || 0;
    const rate = paid + failed ? paid / (paid + failed) : null;
    const tile = (label, value, sub, cls, id) => h("div", { class: "tile " + cls, "data-tile": id }, h("div", { class: "label", text: label }), h("div", { class: "value", text: value }), h("div", { class: "sub", text: sub }));
    put("tiles",
      tile("Paid", num(paid), "last hour", "good", "paid"),
      tile("Success rate", pct(rate), `${num(failed)} failed`, rate !== null && rate < 0.9 ? "bad" : "good", "success"),
      tile("Waiting for query", num(waiting), "unknown outcomes", waiting ? "warn" : "info", "waiting"),
      tile("Open past expiry", num(expired), "unpaid, not closed", expired ? "warn" : "info", "expired"),
      tile("Webhook backlog", num(backlog), "events waiting", backlog > 50 ? "warn" : "info", "backlog"),
      tile("Dead letters", num(dead), "webhooks given up", dead ? "bad" : "good", "dead"));
  }
  function timeline(o) {
    put("timeline-chart", stackedBars(o.timeline, o.bucketSeconds));
    put("timeline-legend", ACTIVITIES.map(([a, c]) => { const i = h("i"); i.style.background = color(c); return h("span", {}, i, `${LABELS[a] || a} ${num(o.totals[a] || 0)}`); }));
    put("timeline-hint", `${o.timeline.length} × ${Math.round(o.bucketSeconds / 60)} min, all merchants (${o.merchants.length})`);
  }
  function channelTimeline(o) {
    const series = [];
    for (const ch of ["Alipay", "WechatPay"]) {
      const c = color(CHANNEL_COLORS[ch]);
      series.push({ name: `${ch} paid`, color: c, value: (p) => (p.channels[ch] || {}).Paid || 0 });
      series.push({ name: `${ch} failed`, color: c, dashed: true, value: (p) => (p.channels[ch] || {}).Failed || 0 });
    }
    put("channel-timeline", channelLines(o.timeline, series));
    put("channel-legend", ["Alipay", "WechatPay"].map((ch) => { const i = h("i"); i.style.background = color(CHANNEL_COLORS[ch]); return h("span", {}, i, ch); }));
  }
  function channelActivity(o) {
    const sums = {};
    for (const p of o.timeline) for (const [ch, acts] of Object.entries(p.channels)) {
      sums[ch] = sums[ch] || { Paid: 0, Failed: 0 };
      sums[ch].Paid += acts.Paid || 0; sums[ch].Failed += acts.Failed || 0;
    }
    const items = [];
    for (const ch of ["Alipay", "WechatPay"]) {
      const v = sums[ch] || { Paid: 0, Failed: 0 };
      items.push({ label: ch + " paid", value: v.Paid, color: color(CHANNEL_COLORS[ch]) });
      items.push({ label: ch + " failed", value: v.Failed, color: color("--failed") });
    }
    put("channel-activity", hbars(items, { labelWidth: 130 }));
    const open = Object.entries(o.openByState).map(([st, n]) => ({ label: st, value: n, color: color(st === "Failed" ? "--failed" : st === "Paying" ? "--unknown" : "--created") }));
    put("open-states", hbars(open, { labelWidth: 130, empty: "no open orders" }));
  }
  function channels(o) {
    const known = ["Alipay", "WechatPay"];
    const list = known.map((c) => o.channels.find((x) => x.channel === c) || { channel: c, calls: 0, errors: 0, errorRate: null, outcomes: {}, latency: { count: 0 }, breakerState: "n/a" })
      .concat(o.channels.filter((c) => !known.includes(c.channel)));
    put("channels", list.map((c) => {
      const lat = c.latency;
      const meter = h("div", { class: "meter " + (c.errorRate > 0.2 ? "bad" : c.errorRate > 0.05 ? "warn" : "") }, h("span"));
      meter.firstChild.style.width = Math.min(100, (c.errorRate || 0) * 100) + "%";
      return h("article", { class: "card channel-card", "data-channel": c.channel },
        h("div", { class: "top" }, h("span", { class: "name", text: c.channel }), h("span", { class: "breaker " + c.breakerState, "data-breaker": c.breakerState, text: "breaker " + c.breakerState })),
        h("div", { class: "stats" },
          h("div", { class: "stat" }, h("div", { class: "v", text: num(c.calls) }), h("div", { class: "l", text: "calls" })),
          h("div", { class: "stat" }, h("div", { class: "v", text: pct(c.errorRate) }), h("div", { class: "l", text: `error rate (${num(c.errors)})` }), meter),
          h("div", { class: "stat" }, h("div", { class: "v", text: ms(lat.p50) }), h("div", { class: "l", text: "median latency" }))),
        hbars([
          { label: "p50", value: lat.p50 || 0, color: color(CHANNEL_COLORS[c.channel] || "--closed"), text: ms(lat.p50) },
          { label: "p95", value: lat.p95 || 0, color: color(CHANNEL_COLORS[c.channel] || "--closed"), text: ms(lat.p95) },
          { label: "p99", value: lat.p99 || 0, color: color(CHANNEL_COLORS[c.channel] || "--closed"), text: ms(lat.p99) },
        ], { width: 360, labelWidth: 40, row: 20 }));
    }));
  }
  function face(o) {
    const f = o.face, l = f.latency;
    put("face-hint", `last ${Math.round(o.figuresWindowSeconds / 60)} min, ${o.silos.length} silo(s)`);
    const reasons = Object.entries(f.rejections).sort((a, b) => b[1] - a[1]).map(([r, n]) => ({ label: r, value: n, color: color("--failed") }));
    put("face",
      h("div", { class: "stats" },
        h("div", { class: "stat" }, h("div", { class: "v", text: num(f.checked) }), h("div", { class: "l", text: "images" })),
        h("div", { class: "stat" }, h("div", { class: "v", text: num(f.rejected) }), h("div", { class: "l", text: "rejected" })),
        h("div", { class: "stat" }, h("div", { class: "v", text: num(f.busy) }), h("div", { class: "l", text: "busy" }))),
      hbars(["p50", "p90", "p95", "p99"].map((p) => ({ label: p, value: l[p] || 0, color: color("--closed"), text: ms(l[p]) })), { width: 360, labelWidth: 40, row: 20 }),
      h("h3", { text: "Rejection reasons" }),
      hbars(reasons, { width: 360, labelWidth: 120, row: 20, empty: "no rejections" }));
  }
  const key = (o) => `${o.merchantId}/${o.outTradeNo}`;
  function actions(o) {
    const buttons = [];
    if (["Created", "Verifying", "ReadyToPay", "Failed"].includes(o.state)) buttons.push(button("Close", "close", o, "danger"));
    if (["Paying", "Failed"].includes(o.state)) buttons.push(button("Query channel", "query", o));
    return buttons;
  }
  function button(label, action, o, cls) {
    return h("button", {
      class: "act " + (cls || ""), "data-action": action, type: "button", text: label,
      onclick: (e) => act(e.currentTarget, `${API}/orders/${encodeURIComponent(o.merchantId)}/${encodeURIComponent(o.outTradeNo)}/${action}`, null,
        action === "close" ? `Close ${key(o)}?` : null, (r) => `${key(o)} is now ${r.state}`),
    });
  }
  function orders(o) {
    const cols = [
      { title: "Order", cls: "mono", cell: (r) => key(r) },
      { title: "State", cell: (r) => [pill(r.state), r.pastExpiry ? pill("expired", "expired") : null] },
      { title: "Channel", cell: (r) => r.channel || "–" },
      { title: "Amount", num: true, cell: (r) => money(r.amount, r.currency) },
      { title: "Updated", cell: (r) => time(r.updatedAt) },
      { title: "", cell: (r) => actions(r) },
    ];
    put("latest-orders", table(cols, o.latestOrders, (r) => ({ "data-order": key(r), "data-state": r.state })) || empty("no orders yet"));
    put("awaiting-query", table([
      { title: "Order", cls: "mono", cell: (r) => key(r) },
      { title: "Channel", cell: (r) => r.channel || "–" },
      { title: "Waiting", cell: (r) => ago(r.outcomeUnknownSince, o.generatedAt) },
      { title: "Code", cls: "mono", cell: (r) => r.lastCode || "–" },
      { title: "", cell: (r) => button("Query channel", "query", r) },
    ], o.awaitingQuery, (r) => ({ "data-waiting": key(r) })) || empty("nothing waiting"));
    put("past-expiry", table([
      { title: "Order", cls: "mono", cell: (r) => key(r) },
      { title: "State", cell: (r) => pill(r.state) },
      { title: "Expired", cell: (r) => ago(r.expiresAt, o.generatedAt) },
      { title: "", cell: (r) => button("Close", "close", r, "danger") },
    ], o.openPastExpiry, (r) => ({ "data-expired": key(r) })) || empty("none"));
  }
  function failures(o) {
    put("failures", table([
      { title: "When", cell: (r) => time(r.at) },
      { title: "Order", cls: "mono", cell: (r) => `${r.merchantId}/${r.outTradeNo}` },
      { title: "What", cell: (r) => pill(r.kind, "Failed") },
      { title: "Channel", cell: (r) => r.channel || "–" },
      { title: "Reason", cls: "wrap", cell: (r) => [h("span", { class: "mono", text: r.code || "–" }), r.message ? " " + r.message : ""] },
    ], o.recentFailures) || empty("no failures"));
  }
  function webhooks(o) {
    put("webhooks", table([
      { title: "Merchant", cls: "mono", cell: (r) => r.merchantId },
      { title: "Endpoint", cell: (r) => r.configured ? "on" : "off" },
      { title: "Waiting", num: true, cell: (r) => num(r.pending) },
      { title: "Dead", num: true, cell: (r) => r.deadLetters ? pill(num(r.deadLetters), "Failed") : "0" },
      { title: "Delivered", num: true, cell: (r) => num(r.delivered) },
      { title: "Failed tries", num: true, cell: (r) => num(r.failedAttempts) },
      { title: "Last delivery", cell: (r) => ago(r.lastDeliveredAt, o.generatedAt) },
    ], o.webhooks) || empty("no merchants yet"));
    put("dead-letters", table([
      { title: "Event", cls: "mono", cell: (r) => r.eventId },
      { title: "Type", cell: (r) => r.eventType },
      { title: "Tries", num: true, cell: (r) => num(r.attempts) },
      { title: "Last failure", cls: "wrap", cell: (r) => r.lastFailure || "–" },
      { title: "", cell: (r) => h("button", {
        class: "act", "data-action": "replay", type: "button", text: "Replay",
        onclick: (e) => act(e.currentTarget, `${API}/webhooks/${encodeURIComponent(r.merchantId)}/replays`, { eventId: r.eventId }, null, () => `${r.eventId} queued again`),
      }) },
    ], o.deadLetters, (r) => ({ "data-dead-letter": r.eventId })) || empty("no dead letters"));
  }
  function reconciliation(o) {
    put("reconciliation", table([
      { title: "Channel", cell: (r) => r.channel },
      { title: "Day", cell: (r) => r.date },
      { title: "Run", cell: (r) => pill(r.phase, r.phase === "Completed" ? "Completed" : r.phase === "Failed" ? "Failed" : r.phase === "Idle" ? "" : "running") },
      { title: "Result", cell: (r) => r.clean === null || r.clean === undefined ? (r.error || "not run") : r.clean ? pill("clean", "clean") : pill(`${r.open} open`, "dirty") },
      { title: "Matched", num: true, cell: (r) => r.matched ?? "–" },
      { title: "Discrepancies", num: true, cell: (r) => r.discrepancies ?? "–" },
      { title: "Repaired", num: true, cell: (r) => r.repaired ?? "–" },
      { title: "Completed", cell: (r) => r.completedAt ? new Date(r.completedAt).toLocaleString("en-GB") : "–" },
    ], o.reconciliation) || empty("no reconciliation yet"));
  }

  // ---- actions and refresh ----
  let timer = null;
  async function act(btn, url, body, confirmText, describe) {
    if (confirmText && !window.confirm(confirmText)) return;
    btn.disabled = true;
    try {
      const res = await fetch(url, { method: "POST", headers: Object.assign({ "Content-Type": "application/json" }, HEADERS), body: JSON.stringify(body || {}), credentials: "same-origin" });
      if (res.status === 401) { location.href = "/ops/login?returnUrl=/ops"; return; }
      const data = await res.json().catch(() => ({}));
      toast(res.ok ? describe(data) : `${data.title || res.status}: ${data.detail || ""}`, !res.ok);
    } catch (e) {
      toast("The request failed: " + e.message, true);
    } finally {
      btn.disabled = false;
      refresh();
    }
  }
  function toast(text, bad) {
    const t = document.getElementById("toast");
    t.textContent = text; t.className = "toast show" + (bad ? " bad" : "");
    clearTimeout(toast.hide); toast.hide = setTimeout(() => { t.className = "toast"; }, 4000);
  }
  async function refresh() {
    clearTimeout(timer);
    const status = document.getElementById("status");
    try {
      const res = await fetch(`${API}/overview?minutes=60`, { headers: HEADERS, credentials: "same-origin" });
      if (res.status === 401) { location.href = "/ops/login?returnUrl=/ops"; return; }
      if (!res.ok) throw new Error("HTTP " + res.status);
      const o = await res.json();
      for (const draw of [tiles, timeline, channelTimeline, channelActivity, channels, face, orders, failures, webhooks, reconciliation]) draw(o);
      status.dataset.state = "ok";
      status.textContent = `live · ${o.silos.length} silo(s) · updated ${time(o.generatedAt)}`;
      document.body.dataset.generatedAt = o.generatedAt;
    } catch (e) {
      status.dataset.state = "error";
      status.textContent = "cannot read the cluster: " + e.message;
    } finally {
      timer = setTimeout(refresh, REFRESH_MS);
    }
  }
  document.addEventListener("visibilitychange", () => { if (!document.hidden) refresh(); });
  refresh();
})();
