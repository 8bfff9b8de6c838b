// Shared by every page: navigation, API calls, formatting. Plain JavaScript, no libraries.
"use strict";

const Pages = [
  ["resources.html", "Resources"],
  ["console.html", "Console logs"],
  ["logs.html", "Structured logs"],
  ["traces.html", "Traces"],
  ["metrics.html", "Metrics"],
];

function renderNav() {
  const current = location.pathname.replace(/^\//, "") || "resources.html";
  const header = document.createElement("header");
  header.className = "top";
  header.innerHTML = `<span class="brand">CP Platform · Ops</span><nav></nav>
    <form method="post" action="/logout"><button type="submit">Log out</button></form>`;
  const nav = header.querySelector("nav");
  for (const [href, title] of Pages) {
    const link = document.createElement("a");
    link.href = "/" + href;
    link.textContent = title;
    if (current === href || (href === "traces.html" && current === "trace.html")) link.className = "active";
    nav.append(link);
  }
  document.body.prepend(header);
}

async function api(path, options) {
  const response = await fetch(path, options);
  if (response.status === 401) {
    location.href = "/login";
    throw new Error("not logged in");
  }
  if (!response.ok && response.status !== 202) {
    throw new Error(`${path} answered ${response.status}`);
  }
  return response.status === 202 || response.status === 204 ? null : response.json();
}

function escapeHtml(text) {
  return String(text ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function formatDuration(ms) {
  if (ms == null) return "";
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
  if (ms < 1000) return `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
  if (ms < 60000) return `${(ms / 1000).toFixed(2)} s`;
  return `${Math.floor(ms / 60000)} min ${Math.round((ms % 60000) / 1000)} s`;
}

function formatUptime(seconds) {
  if (seconds == null) return "";
  const d = Math.floor(seconds / 86400), h = Math.floor(seconds % 86400 / 3600), m = Math.floor(seconds % 3600 / 60), s = Math.floor(seconds % 60);
  return d ? `${d}d ${h}h` : h ? `${h}h ${m}m` : m ? `${m}m ${s}s` : `${s}s`;
}

function formatTime(iso) {
  const date = new Date(iso);
  return date.toLocaleTimeString([], { hour12: false }) + "." + String(date.getMilliseconds()).padStart(3, "0");
}

function query(name) {
  return new URLSearchParams(location.search).get(name);
}

// Fills a <select> with the services that sent telemetry, keeping the current choice.
async function fillServices(select, includeAll = true) {
  const resources = await api("/api/resources");
  const chosen = select.value || query("service") || "";
  select.innerHTML = (includeAll ? `<option value="">All services</option>` : "") +
    resources.filter(r => r.type === "project").map(r => `<option>${escapeHtml(r.name)}</option>`).join("");
  select.value = chosen;
}

// Runs refresh now and every few seconds while the page is visible.
function every(seconds, refresh) {
  refresh();
  setInterval(() => { if (!document.hidden) refresh(); }, seconds * 1000);
}

document.addEventListener("DOMContentLoaded", renderNav);
