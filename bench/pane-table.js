// The pane benchmark's table: one row per figure, one column per build measured (the current one
// first), and the ratio of the current build to each other build. Formatting only.
'use strict';
const { kb, ms } = require('./harness');

/** The rows: a label and how to read the figure of one build (null when it was not measured). */
const ROWS = [
  ['first load, gzip (KB)', (a) => a.weight.gzip, kb],
  ['first load, raw (KB)', (a) => a.weight.raw, kb],
  ['on-demand chunks, gzip (KB)', (a) => a.chunks.reduce((s, c) => s + c.gzip, 0), kb, (a) => ` (${a.chunks.length})`],
  ['first render, median (ms)', (a) => (a.render ? a.render.median : null), ms],
  ['first render, p90 (ms)', (a) => (a.render ? a.render.p90 : null), ms],
  ['first contentful paint, median (ms)', (a) => (a.fcp ? a.fcp.median : null), ms],
];

/** The lines of the table for `apps` ({ label, weight, chunks, render, fcp }), current first. */
function paneTable(apps) {
  const [current, ...others] = apps;
  const head = ['', ...apps.map((a) => a.label), ...others.map((o) => `${current.label}/${o.label}`)];
  const body = ROWS.map(([label, value, format, note]) => {
    const cells = apps.map((a) => {
      const v = value(a);
      return v === null ? '-' : `${format(v)}${note ? note(a) : ''}`;
    });
    const mine = value(current);
    const ratios = others.map((o) => {
      const theirs = value(o);
      return mine === null || theirs === null || theirs === 0 ? '-' : (mine / theirs).toFixed(2);
    });
    return [label, ...cells, ...ratios];
  });
  const rows = [head, ...body];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
}

module.exports = { paneTable };
