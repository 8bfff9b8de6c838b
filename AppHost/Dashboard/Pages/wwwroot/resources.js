// Resources: what runs, its state and health, and the operator's commands. Refreshed every 3 s.
"use strict";

const openEnvironments = new Set();

function resourceRow(r) {
  const state = r.state.toLowerCase();
  const urls = r.urls.map(u => u.startsWith("http") ? `<a href="${escapeHtml(u)}" target="_blank" rel="noopener">${escapeHtml(u)}</a>` : `<span class="mono">${escapeHtml(u)}</span>`).join("<br>");
  const commands = r.commands.map(c => {
    const disabled = (c === "start" && r.pid) || (c !== "start" && !r.pid) ? "disabled" : "";
    return `<button data-resource="${escapeHtml(r.name)}" data-command="${c}" class="${c === "stop" ? "danger" : ""}" ${disabled}>${c[0].toUpperCase() + c.slice(1)}</button>`;
  }).join(" ");
  const environment = r.environment.map(v =>
    `<tr><td class="mono">${escapeHtml(v.name)}</td><td class="mono">${escapeHtml(v.value)}</td></tr>`).join("");
  const open = openEnvironments.has(r.name) ? "open" : "";
  return `<tr data-name="${escapeHtml(r.name)}">
    <td><b>${escapeHtml(r.name)}</b>
      <details class="env" data-env="${escapeHtml(r.name)}" ${open}><summary>Environment (${r.environment.length})</summary>
        <table>${environment}</table></details></td>
    <td>${escapeHtml(r.type)}</td>
    <td><span class="badge ${state}">${escapeHtml(r.state)}</span></td>
    <td>${r.health ? `<span class="badge ${r.health.toLowerCase()}">${escapeHtml(r.health)}</span>` : ""}</td>
    <td class="num mono">${r.pid ?? ""}</td>
    <td>${urls}</td>
    <td>${formatUptime(r.uptimeSeconds)}</td>
    <td class="num">${r.restarts}</td>
    <td class="actions">${commands} <a href="/console.html?resource=${encodeURIComponent(r.name)}">Console</a></td>
  </tr>`;
}

async function refresh() {
  const resources = await api("/api/resources");
  document.querySelector("#resources tbody").innerHTML = resources.map(resourceRow).join("");
}

document.addEventListener("toggle", event => {
  const name = event.target.dataset?.env;
  if (name) event.target.open ? openEnvironments.add(name) : openEnvironments.delete(name);
}, true);

document.addEventListener("click", async event => {
  const button = event.target.closest("button[data-command]");
  if (!button) return;
  const { resource, command } = button.dataset;
  if (command !== "start" && !confirm(`${command[0].toUpperCase() + command.slice(1)} ${resource}?`)) return;
  button.disabled = true;
  await api(`/api/resources/${encodeURIComponent(resource)}/${command}`, { method: "POST" });
  setTimeout(refresh, 500);
});

every(3, refresh);
