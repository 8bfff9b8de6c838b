// Console logs: a live tail of one resource's output (polled by line number), a search through its whole log file,
// and the file as a download.
"use strict";

const output = document.getElementById("console");
const select = document.getElementById("resource");
const filter = document.getElementById("filter");
let lastSequence = 0;
let searching = false;
let polling = false;

function lineHtml(seq, text) {
  const needle = filter.value.trim();
  let html = escapeHtml(text);
  if (needle) {
    const escaped = escapeHtml(needle).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    html = html.replace(new RegExp(escaped, "gi"), m => `<mark>${m}</mark>`);
  }
  return `<span class="line"${needle && !text.toLowerCase().includes(needle.toLowerCase()) ? " hidden" : ""}><span class="seq">${seq}</span>${html}</span>`;
}

function choose(resource) {
  history.replaceState(null, "", `?resource=${encodeURIComponent(resource)}`);
  document.getElementById("title").textContent = `${resource}: live output`;
  document.getElementById("download").href = `/api/resources/${encodeURIComponent(resource)}/console/download`;
  output.innerHTML = "";
  lastSequence = 0;
  searching = false;
  tail();
}

async function tail() {
  if (searching || polling || !select.value) return;
  polling = true;
  let lines;
  try {
    lines = await api(`/api/resources/${encodeURIComponent(select.value)}/console?after=${lastSequence}`);
  } finally {
    polling = false;
  }
  if (lines.length === 0) return;
  output.insertAdjacentHTML("beforeend", lines.map(l => lineHtml(l.sequence, l.text)).join(""));
  lastSequence = lines[lines.length - 1].sequence;
  while (output.childElementCount > 5000) output.firstElementChild.remove();
  if (document.getElementById("follow").checked) output.scrollTop = output.scrollHeight;
}

async function search() {
  const text = document.getElementById("search").value.trim();
  if (!text) { choose(select.value); return; }
  searching = true;
  const lines = await api(`/api/resources/${encodeURIComponent(select.value)}/console/search?q=${encodeURIComponent(text)}`);
  document.getElementById("title").textContent = `${select.value}: ${lines.length} line(s) containing “${text}” in the whole log (clear the search to go back to the live tail)`;
  const previous = filter.value;
  filter.value = text;
  output.innerHTML = lines.map((line, i) => lineHtml(i + 1, line)).join("") || `<span class="line">No line contains that text.</span>`;
  filter.value = previous;
}

filter.addEventListener("input", () => {
  const needle = filter.value.trim().toLowerCase();
  for (const line of output.children) line.hidden = needle !== "" && !line.textContent.toLowerCase().includes(needle);
});
select.addEventListener("change", () => choose(select.value));
document.getElementById("search-button").addEventListener("click", search);
document.getElementById("search").addEventListener("keydown", e => { if (e.key === "Enter") search(); });

(async () => {
  const resources = await api("/api/resources");
  select.innerHTML = resources.map(r => `<option>${escapeHtml(r.name)}</option>`).join("");
  select.value = query("resource") || resources.find(r => r.name === "gateway")?.name || resources[0]?.name;
  choose(select.value);
  setInterval(() => { if (!document.hidden) tail(); }, 1000);
})();
