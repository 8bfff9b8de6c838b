// A small SVG line chart: a few series over shared times, with a y axis scaled to the data. No library needed.
"use strict";

const ChartColours = ["#2458d3", "#c53030", "#b7791f", "#1f8a4c"];

function lineChart(title, times, series, formatValue) {
  const width = 600, height = 200, left = 60, right = 10, top = 10, bottom = 24;
  const values = series.flatMap(s => s.values.filter(v => v != null));
  const max = Math.max(...values, 0) || 1;
  const niceMax = niceCeiling(max);
  const x = i => left + (times.length <= 1 ? 0 : i / (times.length - 1) * (width - left - right));
  const y = v => top + (1 - v / niceMax) * (height - top - bottom);

  const grid = [0, 0.5, 1].map(f => {
    const v = niceMax * f;
    return `<line x1="${left}" x2="${width - right}" y1="${y(v)}" y2="${y(v)}" stroke="#e3e6eb"/>
      <text x="${left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="13" fill="#667085">${formatValue(v)}</text>`;
  }).join("");
  const labels = [0, Math.floor((times.length - 1) / 2), times.length - 1].filter((v, i, a) => a.indexOf(v) === i && times[v]).map(i =>
    `<text x="${x(i)}" y="${height - 6}" text-anchor="${i === 0 ? "start" : i === times.length - 1 ? "end" : "middle"}" font-size="13" fill="#667085">${
      new Date(times[i]).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", hour12: false })}</text>`).join("");
  const lines = series.map((s, n) => {
    const colour = ChartColours[n % ChartColours.length];
    let path = "", pen = false;
    s.values.forEach((v, i) => {
      if (v == null) { pen = false; return; }
      path += `${pen ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
      pen = true;
    });
    const dots = s.values.map((v, i) => v == null ? "" : `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="1.8" fill="${colour}"><title>${escapeHtml(s.name)}: ${formatValue(v)}</title></circle>`).join("");
    return `<path d="${path}" fill="none" stroke="${colour}" stroke-width="1.8"/>${dots}`;
  }).join("");
  const legend = series.map((s, n) => `<span><i style="background:${ChartColours[n % ChartColours.length]}"></i>${escapeHtml(s.name)}</span>`).join("");
  return `<div class="panel chart"><h2>${escapeHtml(title)}</h2>
    <svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">${grid}${labels}${lines}</svg>
    <div class="legend">${legend}</div></div>`;
}

function niceCeiling(value) {
  const power = Math.pow(10, Math.floor(Math.log10(value)));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}
