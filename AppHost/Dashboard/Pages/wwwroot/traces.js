// Traces: newest first, each with its root operation, the services it touched, its duration and its errors.
"use strict";

async function refresh(force) {
  if (!force && !document.getElementById("live").checked) return;
  const parameters = new URLSearchParams({ limit: "200" });
  const service = document.getElementById("service").value;
  const text = document.getElementById("text").value.trim();
  if (service) parameters.set("service", service);
  if (text) parameters.set("text", text);
  if (document.getElementById("errors").checked) parameters.set("errors", "true");
  const traces = await api(`/api/traces?${parameters}`);
  const longest = Math.max(1, ...traces.map(t => t.durationMs));
  document.querySelector("#traces tbody").innerHTML = traces.map(t => `<tr>
      <td class="mono">${formatTime(t.start)}</td>
      <td><a href="/trace.html?id=${t.traceId}">${escapeHtml(t.rootOperation)}</a> <span class="muted">${escapeHtml(t.rootService)}</span></td>
      <td>${t.services.map(s => `<span class="chip">${escapeHtml(s)}</span>`).join("")}</td>
      <td class="num">${t.spanCount}</td>
      <td class="num">${t.errorCount ? `<span class="error-text">${t.errorCount}</span>` : "0"}</td>
      <td class="duration">${formatDuration(t.durationMs)}<div class="bar" style="width:${Math.max(2, t.durationMs / longest * 100)}%"></div></td>
    </tr>`).join("") || `<tr><td colspan="6" class="empty">No trace yet: make a request through the gateway.</td></tr>`;
}

for (const id of ["service", "errors"]) document.getElementById(id).addEventListener("change", () => refresh(true));
document.getElementById("text").addEventListener("input", () => refresh(true));
document.getElementById("export").addEventListener("click", () => {
  const minutes = Number(document.getElementById("export-range").value);
  const to = new Date(), from = new Date(to - minutes * 60000);
  location.href = `/api/export?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
});
fillServices(document.getElementById("service")).then(() => every(3, refresh));
