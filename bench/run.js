#!/usr/bin/env node
// Benchmarks: prints figures and ratios, never fails on a slow machine.
//   node bench/run.js            all benchmarks
//   node bench/run.js engine     one of: engine, check, memory, pane, page
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');

const lib = path.join(__dirname, '..', 'lib');
if (!fs.existsSync(path.join(lib, 'cli', 'main.js'))) {
  console.error('bench: run "npm run build:cli" first (npm run bench does it).');
  process.exit(2);
}
const { analyze } = require(path.join(lib, 'analysis', 'report.js'));
const { longReport, sampleParagraphs } = require(path.join(lib, 'samples', 'sample-report.js'));
const { writeDocx } = require(path.join(lib, 'samples', 'write-docx.js'));
const { readDocx } = require(path.join(lib, 'docx', 'read.js'));

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

function benchEngine() {
  console.log('== Engine: analyze() on synthetic reports ==');
  const rows = [];
  for (const n of [1000, 10000, 100000]) {
    const paragraphs = longReport(n);
    const snapshot = { paragraphs };
    analyze(snapshot); // warm-up
    const t = time(() => analyze(snapshot), n >= 100000 ? 5 : 11);
    rows.push({ n: paragraphs.length, ms: t.median });
    console.log(`${String(paragraphs.length).padStart(7)} paragraphs: median ${t.median.toFixed(1)} ms (min ${t.min.toFixed(1)}, max ${t.max.toFixed(1)}), ${((t.median / paragraphs.length) * 1000).toFixed(1)} µs/paragraph`);
  }
  const growth = (a, b) => (rows[b].ms / rows[a].ms / (rows[b].n / rows[a].n)) * 10;
  console.log(
    `growth for 10x the paragraphs: ${growth(0, 1).toFixed(1)}x the time (1k -> 10k), ${growth(1, 2).toFixed(1)}x (10k -> 100k); linear = 10x, quadratic = 100x`,
  );
}

async function benchCheck() {
  console.log('== check: files per second on a folder of generated reports, beside mammoth.extractRawText ==');
  const mammoth = require('mammoth');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-bench-'));
  const variants = [{}, { omit: ['1.II.4'] }, { empty: ['1.III.2'] }, { guidance: ['1.I'] }, { plainHeadings: true }, { noFigures: ['1.II.5.2'] }];
  const files = [];
  for (let i = 0; i < 60; i++) {
    const paragraphs = i % 3 === 0 ? longReport(600) : sampleParagraphs(variants[i % variants.length]);
    const file = path.join(dir, `bao-cao-${String(i).padStart(3, '0')}.docx`);
    fs.writeFileSync(file, writeDocx(paragraphs));
    files.push(file);
  }
  const { checkFile } = require(path.join(lib, 'cli', 'main.js'));
  const runs = 5;
  const ours = [];
  const theirs = [];
  for (let r = 0; r < runs; r++) {
    let t0 = process.hrtime.bigint();
    for (const f of files) await checkFile(f, 'vi');
    ours.push(Number(process.hrtime.bigint() - t0) / 1e9);
    t0 = process.hrtime.bigint();
    for (const f of files) await mammoth.extractRawText({ buffer: fs.readFileSync(f) });
    theirs.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const oursFps = files.length / median(ours);
  const theirsFps = files.length / median(theirs);
  console.log(`${files.length} files (${(files.reduce((s, f) => s + fs.statSync(f).size, 0) / 1024).toFixed(0)} KB), median of ${runs} runs`);
  console.log(`mttq-report check (read + analyse): ${oursFps.toFixed(1)} files/s`);
  console.log(`mammoth.extractRawText (text only):  ${theirsFps.toFixed(1)} files/s`);
  console.log(`ratio check / mammoth: ${(oursFps / theirsFps).toFixed(2)} (>= 1.00 means the whole check is no slower than mammoth's bare extraction)`);
  // Reading alone, for the record.
  const buf = fs.readFileSync(files[0]);
  const t = time(() => readDocx(buf), 20);
  console.log(`readDocx of one 600-paragraph file: median ${t.median.toFixed(2)} ms`);
  fs.rmSync(dir, { recursive: true, force: true });
}

const extra = { ...require('./memory.js') };
try {
  Object.assign(extra, require('./pane.js'));
} catch (e) {
  if (e.code !== 'MODULE_NOT_FOUND') throw e;
}

async function mainBench() {
  const only = process.argv[2];
  const all = { engine: benchEngine, check: benchCheck, ...extra };
  for (const [name, fn] of Object.entries(all)) {
    if (only && only !== name) continue;
    await fn();
    console.log('');
  }
}

mainBench().catch((e) => {
  console.error(e);
  process.exit(1);
});
