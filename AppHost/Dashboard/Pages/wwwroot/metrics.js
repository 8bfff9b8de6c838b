// Metrics per service: request rate and errors, latency percentiles, messages published and consumed, database calls.
"use strict";

const perSecond = v => v >= 10 ? v.toFixed(0) + "/s" : v >= 1 ? v.toFixed(1) + "/s" : v.toFixed(2) + "/s";
const milliseconds = v => v >= 1000 ? (v / 1000).toFixed(1) + " s" : v.toFixed(v < 10 ? 1 : 0) + " ms";
const percent = v => (v * 100).toFixed(v < 0.1 ? 1 : 0) + "%";

function serviceSection(s) {
  const times = s.points.map(p => p.time);
  const pick = name => s.points.map(p => p[name]);
  const routes = s.routes.slice(0, 8).map(r => `<tr><td class="mono">${escapeHtml(r.route)}</td><td class="num">${r.requests}</td>
      <td class="num">${r.errors ? `<span class="error-text">${r.errors}</span>` : 0}</td><td class="num">${r.p95Ms == null ? "" : milliseconds(r.p95Ms)}</td></tr>`).join("");
  return `<section data-service="${escapeHtml(s.service)}">
    <h2>${escapeHtml(s.service)}</h2>
    <div class="panel summary">
      <div><b>${s.totals.requests}</b><span>Requests</span></div>
      <div><b class="${s.totals.errors ? "error-text" : ""}">${s.totals.errors}</b><span>Server errors</span></div>
      <div><b>${Math.round(s.totals.published)}</b><span>Messages published</span></div>
      <div><b>${Math.round(s.totals.consumed)}</b><span>Messages consumed</span></div>
      <div><b>${s.totals.dbCalls}</b><span>Database calls</span></div>
    </div>
    <div class="charts">
      ${lineChart("Requests per second", times, [{ name: "requests/s", values: pick("requestsPerSecond") }], perSecond)}
      ${lineChart("Error rate (5xx)", times, [{ name: "errors", values: pick("errorRate") }], percent)}
      ${lineChart("Request latency", times, [{ name: "p50", values: pick("p50Ms") }, { name: "p95", values: pick("p95Ms") }, { name: "p99", values: pick("p99Ms") }], milliseconds)}
      ${lineChart("Messages per second", times, [{ name: "published", values: pick("publishedPerSecond") }, { name: "consumed", values: pick("consumedPerSecond") }], perSecond)}
      ${lineChart("Database call duration", times, [{ name: "p50", values: pick("dbP50Ms") }, { name: "p95", values: pick("dbP95Ms") }], milliseconds)}
      <div class="panel"><h2>Busiest routes</h2><table><thead><tr><th>Route</th><th>Requests</th><th>5xx</th><th>p95</th></tr></thead>
        <tbody>${routes || `<tr><td colspan="4" class="empty">No requests in this range.</td></tr>`}</tbody></table></div>
    </div></section>`;
}

async function refresh() {
  const parameters = new URLSearchParams({ minutes: document.getElementById("minutes").value });
  const service = document.getElementById("service").value;
  if (service) parameters.set("service", service);
  const answer = await api(`/api/metrics?${parameters}`);
  document.getElementById("services").innerHTML = answer.services.map(serviceSection).join("")
    || `<div class="panel empty">No metrics yet: services export every few seconds.</div>`;
}

for (const id of ["service", "minutes"]) document.getElementById(id).addEventListener("change", refresh);
fillServices(document.getElementById("service")).then(() => every(5, refresh));
