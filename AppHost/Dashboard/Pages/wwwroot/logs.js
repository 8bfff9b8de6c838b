// Structured logs from every service (OTLP), filtered on the server; a log written inside a trace links to it.
"use strict";

const fields = ["service", "level", "text", "trace"].map(id => document.getElementById(id));

// The template's values and, for a failure, exception.type / exception.message / exception.stacktrace.
function attributes(log) {
  const entries = Object.entries(log.attributes).filter(([key]) => key !== "{OriginalFormat}");
  if (entries.length === 0) return "";
  const failed = entries.some(([key]) => key.startsWith("exception."));
  return `<details${failed ? " open" : ""}><summary>${entries.length} attribute(s)</summary><table class="attributes">${
    entries.map(([k, v]) => `<tr><td class="mono">${escapeHtml(k)}</td><td class="mono">${escapeHtml(v)}</td></tr>`).join("")}</table></details>`;
}

async function refresh(force) {
  if (!force && !document.getElementById("live").checked) return;
  const [service, level, text, trace] = fields.map(f => f.value.trim());
  const parameters = new URLSearchParams({ limit: "300" });
  if (service) parameters.set("service", service);
  if (level) parameters.set("level", level);
  if (text) parameters.set("text", text);
  if (trace) parameters.set("traceId", trace);
  const logs = await api(`/api/logs?${parameters}`);
  document.querySelector("#logs > tbody").innerHTML = logs.map(log => `<tr>
      <td class="mono">${formatTime(log.time)}</td>
      <td>${escapeHtml(log.service)}</td>
      <td><span class="badge ${log.severity}">${escapeHtml(log.severity)}</span></td>
      <td class="mono muted">${escapeHtml(log.category)}</td>
      <td>${escapeHtml(log.message)}${attributes(log)}</td>
      <td>${log.traceId ? `<a class="mono" href="/trace.html?id=${log.traceId}">${log.traceId.slice(0, 8)}…</a>` : ""}</td>
    </tr>`).join("") || `<tr><td colspan="6" class="empty">No log matches.</td></tr>`;
}

for (const field of fields) field.addEventListener("change", () => refresh(true));
document.getElementById("text").addEventListener("input", () => refresh(true));
fields[3].value = query("traceId") || "";
fields[1].value = query("level") || "";
fillServices(fields[0]).then(() => every(3, refresh));
