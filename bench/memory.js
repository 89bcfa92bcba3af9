// Peak memory of `check --json` on 100, 1,000 and 10,000 files: the results are streamed, so the
// peak should stay flat with the number of files. The files are hard links to five generated
// reports of the official outline (one file given many times, as far as reading goes); the CLI runs as a child process
// with standard output read and discarded, and reports its own peak resident memory at exit.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');
const lib = path.join(root, 'lib');

function runCli(cwd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', path.join(__dirname, 'max-rss.js'), path.join(root, 'bin', 'mttq-report.js'), ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let bytes = 0;
    let err = '';
    child.stdout.on('data', (d) => {
      bytes += d.length;
    });
    child.stderr.on('data', (d) => {
      err += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const m = /max-rss-kb=(\d+)/.exec(err);
      resolve({ code, bytes, maxRssKb: m ? Number(m[1]) : NaN, err });
    });
  });
}

async function benchMemory() {
  console.log('== memory: peak resident memory of check --json by number of files ==');
  const { sampleParagraphs } = require(path.join(lib, 'samples', 'sample-report.js'));
  const { writeDocx } = require(path.join(lib, 'samples', 'write-docx.js'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-bench-memory-'));
  try {
    const variants = [sampleParagraphs(), sampleParagraphs({ omit: ['1.II.4'] }), sampleParagraphs({ empty: ['1.III.2'] }), sampleParagraphs({ guidance: ['1.I'] }), sampleParagraphs({ noFigures: ['1.II.5.2'] })];
    const sources = variants.map((paragraphs, i) => {
      const name = `nguon-${i}.docx`;
      fs.writeFileSync(path.join(dir, name), writeDocx(paragraphs));
      return name;
    });
    const counts = [100, 1000, 10000];
    const names = [];
    for (let i = 0; i < counts[counts.length - 1]; i++) {
      const name = `xa-${String(i).padStart(5, '0')}.docx`;
      fs.linkSync(path.join(dir, sources[i % sources.length]), path.join(dir, name));
      names.push(name);
    }
    const rows = [];
    for (const n of counts) {
      const t0 = process.hrtime.bigint();
      const r = await runCli(dir, ['check', '--json', ...names.slice(0, n)]);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (r.code !== 1) console.log(`  (exit code ${r.code}: ${r.err.trim().split('\n')[0]})`);
      rows.push({ n, mb: r.maxRssKb / 1024 });
      console.log(`${String(n).padStart(6)} files: peak RSS ${(r.maxRssKb / 1024).toFixed(1)} MB, ${(r.bytes / 1024 / 1024).toFixed(1)} MB of JSON, ${seconds.toFixed(1)} s (${(n / seconds).toFixed(0)} files/s)`);
    }
    const first = rows[0].mb;
    const last = rows[rows.length - 1].mb;
    console.log(`peak for 100x the files: ${(last / first).toFixed(2)}x the memory (flat = 1.00x; kept in memory it would grow with the JSON size)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { memory: benchMemory };
