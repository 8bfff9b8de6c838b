// One trace as a waterfall: each span's bar placed by its start and length, indented under its parent, coloured by
// service; clicking a span shows its attributes and events.
"use strict";

const Palette = ["#2458d3", "#1f8a4c", "#b7791f", "#8e44ad", "#c0392b", "#16a085", "#d35400", "#2c3e50"];
const traceId = query("id");
let spans = [];

function colour(service, services) {
  return Palette[services.indexOf(service) % Palette.length];
}

// Npgsql names its spans after the database system only; the statement says what the call did.
function spanTitle(span) {
  const statement = span.attributes["db.query.text"];
  return statement ? `${span.name}: ${statement.replace(/\s+/g, " ").slice(0, 90)}` : span.name;
}

function kindLabel(span) {
  const messaging = span.attributes["messaging.system"] ? " · " + span.attributes["messaging.system"] : "";
  const db = span.attributes["db.system.name"] || span.attributes["db.system"];
  return span.kind + (db ? " · " + db : "") + messaging;
}

function render(detail) {
  const summary = detail.summary;
  spans = detail.spans;
  document.title = `${summary.rootOperation} · Trace`;
  document.getElementById("title").textContent = summary.rootOperation;
  document.getElementById("summary").innerHTML = `
    <div><b>${formatDuration(summary.durationMs)}</b><span>Duration</span></div>
    <div><b>${summary.spanCount}</b><span>Spans</span></div>
    <div><b class="${summary.errorCount ? "error-text" : ""}">${summary.errorCount}</b><span>Errors</span></div>
    <div><b>${summary.services.map(s => `<span class="chip">${escapeHtml(s)}</span>`).join("")}</b><span>Services</span></div>
    <div><b class="mono">${escapeHtml(summary.traceId)}</b><span>Trace id · started ${formatTime(summary.start)}</span></div>`;

  const total = Math.max(summary.durationMs, 0.001);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map(f =>
    `<span style="left:${f * 100}%;transform:translateX(${f === 0 ? "0" : f === 1 ? "-100%" : "-50%"})">${f === 0 ? "0" : formatDuration(total * f)}</span>`).join("");
  const rows = spans.map((w, index) => {
    const s = w.span;
    const left = w.offsetMs / total * 100;
    const width = Math.max(s.durationMs / total * 100, 0.2);
    const timeLeft = left + width > 80 ? `right:${100 - left + 0.5}%` : `left:${left + width + 0.5}%`;
    return `<div class="row" data-index="${index}" title="${escapeHtml(spanTitle(s))}">
      <div class="label" style="padding-left:${8 + w.depth * 16}px">
        <span class="service" style="color:${colour(s.service, summary.services)}">${escapeHtml(s.service)}</span>${escapeHtml(spanTitle(s))}
        ${s.isError ? `<span class="error-text">!</span>` : ""}</div>
      <div class="track">
        <div class="span-bar ${s.isError ? "error" : ""}" style="left:${left}%;width:${width}%;background:${colour(s.service, summary.services)}"></div>
        <span class="span-time" style="${timeLeft}">${formatDuration(s.durationMs)}</span>
      </div></div>`;
  }).join("");
  document.getElementById("waterfall").innerHTML = `<div class="scale"><span>Span</span><div class="ticks">${ticks}</div></div>${rows}`;
}

function showDetails(index) {
  const s = spans[index].span;
  document.querySelectorAll(".waterfall .row").forEach(row => row.classList.toggle("selected", Number(row.dataset.index) === index));
  document.getElementById("details").hidden = false;
  document.getElementById("details-title").textContent = `${s.service}: ${s.name}`;
  const facts = [
    ["Kind", kindLabel(s)], ["Status", s.isError ? `error${s.statusMessage ? ": " + s.statusMessage : ""}` : "ok"],
    ["Started", new Date(s.start).toISOString()], ["Duration", formatDuration(s.durationMs)],
    ["Span id", s.spanId], ["Parent span id", s.parentSpanId ?? "(root)"], ["Instrumentation", s.scope],
    ...Object.entries(s.attributes).sort(([a], [b]) => a.localeCompare(b)),
    ...s.events.map(e => [`event ${formatTime(e.time)}`, `${e.name} ${Object.entries(e.attributes).map(([k, v]) => `${k}=${v}`).join(" ")}`]),
  ];
  document.getElementById("details-table").innerHTML = facts.map(([k, v]) =>
    `<tr><td class="mono">${escapeHtml(k)}</td><td class="mono">${escapeHtml(v)}</td></tr>`).join("");
}

document.getElementById("waterfall").addEventListener("click", event => {
  const row = event.target.closest(".row");
  if (row) showDetails(Number(row.dataset.index));
});
document.getElementById("logs-link").href = `/logs.html?traceId=${encodeURIComponent(traceId)}`;
document.getElementById("export-link").href = `/api/export/traces/${encodeURIComponent(traceId)}`;

(async () => {
  try {
    render(await api(`/api/traces/${encodeURIComponent(traceId)}`));
  } catch {
    document.getElementById("title").textContent = "No such trace (it may have been dropped by the cap)";
  }
})();
