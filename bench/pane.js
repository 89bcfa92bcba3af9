// Browser benchmarks, loaded by bench/run.js:
//   pane  the task pane's production size (JS + HTML, raw and gzip, first load and on-demand
//         chunks) and its time to first render in headless Chromium over 10 cold loads, in one
//         table beside a baseline build (today's pane, bench/baseline.js; PANE_BASELINE_REF picks
//         another commit); with SCAFFOLD_DIST=/path/to/another/dist (a built task pane whose page
//         is taskpane.html, e.g. Microsoft's React task-pane scaffold), that build joins the table.
//   page  the web checker's time to show the results of a 100-page report after the file is given
//         to its file input, over 10 runs.
// Both print figures and never fail on a slow machine.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const {
  startStaticServer,
  chromiumPath,
  launchChromium,
  coldContext,
  pageWeight,
  gzipSize,
  summary,
  formatSummary,
  kb,
} = require('./harness');
const { baselineDist, headCommit } = require('./baseline');
const { paneTable } = require('./pane-table');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const LOADS = 10;
/** Budget of the task pane's first load (JS + HTML, gzip): the design says at most 125 KB (aim 110). */
const BUDGET_GZIP = 125 * 1024;

/** Builds dist/ when it is missing; returns false (with a message) when that is not possible. */
function ensureDist(file) {
  if (fs.existsSync(path.join(DIST, file))) return true;
  console.log(`dist/${file} is missing: building (npx webpack --mode production)...`);
  let cli;
  try {
    cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  } catch {
    console.log('webpack-cli is not installed: run "npm install", then "npx webpack --mode production".');
    return false;
  }
  const r = spawnSync(process.execPath, [cli, '--mode', 'production'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0 || !fs.existsSync(path.join(DIST, file))) {
    console.log(`the build did not produce dist/${file}; run "npx webpack --mode production" and look at its errors.`);
    if (r.stderr && r.stderr.length) console.log(r.stderr.toString('utf8').split('\n').slice(0, 10).join('\n'));
    return false;
  }
  return true;
}

function printWeight(label, weight) {
  console.log(`${label}: ${kb(weight.gzip)} KB gzip (raw ${kb(weight.raw)} KB)`);
  for (const f of weight.files) {
    console.log(`  ${f.name.padEnd(34)} ${f.missing ? 'missing' : `${kb(f.gzip).padStart(7)} KB gzip  ${kb(f.raw).padStart(8)} KB raw`}`);
  }
  if (weight.external.length) console.log(`  not counted (external): ${weight.external.join(', ')}`);
}

/**
 * Installed before any script of the page: records when the pane's root (#root or #container)
 * first holds an element that the page's scripts put there. The elements the HTML itself puts in
 * the root (a "loading" placeholder) are noted when parsing ends (readyState "interactive", before
 * deferred scripts run) and do not count. Times are performance.now(): from navigation start.
 */
function firstRenderProbe() {
  const bench = { firstRender: null, parsed: null };
  Object.defineProperty(window, '__paneBench', { value: bench });
  let root = null;
  let served = null;
  const check = () => {
    if (bench.firstRender !== null || served === null) return;
    root = root && root.isConnected ? root : document.querySelector('#root, #container');
    if (!root) return;
    for (const el of root.children) {
      if (!served.has(el)) {
        bench.firstRender = performance.now();
        observer.disconnect();
        return;
      }
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    bench.parsed = performance.now();
    root = document.querySelector('#root, #container');
    served = new Set(root ? Array.from(root.children) : []);
    check();
  });
}

/** One cold load: new context, empty cache; returns first render and first contentful paint (ms). */
async function coldLoad(browser, origin, url) {
  const { context, page } = await coldContext(browser, origin);
  try {
    await page.addInitScript(firstRenderProbe);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await page.waitForFunction(() => window.__paneBench && window.__paneBench.firstRender !== null, null, { timeout: 60000 });
    const r = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        firstRender: window.__paneBench.firstRender,
        fcp: fcp ? fcp.startTime : null,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
      };
    });
    // First contentful paint is reported once painted; give it a frame if it was not yet.
    if (r.fcp === null) {
      r.fcp = await page.evaluate(
        () =>
          new Promise((resolve) => {
            new PerformanceObserver((list) => {
              const e = list.getEntriesByName('first-contentful-paint')[0];
              if (e) resolve(e.startTime);
            }).observe({ type: 'paint', buffered: true });
            setTimeout(() => resolve(null), 2000);
          }),
      );
    }
    r.errors = errors;
    return r;
  } finally {
    await context.close();
  }
}

/** The newest modification time of the files under `dir` (but those in `skip`), in ms. */
function newestUnder(dir, skip = new Set()) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (skip.has(full)) continue;
    newest = Math.max(newest, e.isDirectory() ? newestUnder(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Sources that are not in the pages (the command line, Node-only readers). */
const NOT_IN_PAGES = new Set(['cli', 'doc'].map((d) => path.join(ROOT, 'src', d)));

/** Scripts of a build that its task pane loads later, on demand (the checker page's own aside). */
function onDemandChunks(dist, weight) {
  const referenced = new Set(weight.files.map((f) => f.name));
  return fs
    .readdirSync(dist)
    .filter((n) => n.endsWith('.js') && !referenced.has(n) && !n.startsWith('checker.'))
    .map((name) => ({ name, gzip: gzipSize(fs.readFileSync(path.join(dist, name))) }));
}

/** The builds to measure: the current one, today's pane (the baseline) and SCAFFOLD_DIST when set. */
function buildsToMeasure() {
  const apps = [{ name: 'current', label: 'current', dist: DIST }];
  const head = headCommit();
  let base;
  try {
    base = baselineDist();
  } catch (e) {
    base = { reason: `its build stopped (${e instanceof Error ? e.message.split('\n')[0] : e})` };
  }
  if (base.dist) {
    const same = head === base.commit ? ', the commit checked out now' : '';
    console.log(`baseline: ${base.ref} = ${base.commit.slice(0, 7)}${same} (${base.cached ? 'cached' : 'built'} in ${path.dirname(base.dist)}); PANE_BASELINE_REF=<ref> picks another`);
    apps.push({ name: 'baseline', label: 'baseline', dist: base.dist });
  } else {
    console.log(`baseline: not measured, ${base.reason}; measuring the current build only`);
  }
  const scaffoldDist = process.env.SCAFFOLD_DIST ? path.resolve(process.env.SCAFFOLD_DIST) : null;
  if (scaffoldDist) {
    if (fs.existsSync(path.join(scaffoldDist, 'taskpane.html'))) apps.push({ name: 'scaffold', label: 'scaffold', dist: scaffoldDist });
    else console.log(`SCAFFOLD_DIST=${scaffoldDist} has no taskpane.html: not measured.`);
  }
  return apps;
}

/** Cold loads of every build, interleaved (A B, B A, ...) so that the machine's load falls on all alike. */
async function measureRenders(apps) {
  const server = await startStaticServer(Object.fromEntries(apps.map((a) => [a.name, a.dist])));
  const browser = await launchChromium();
  try {
    console.log(
      `Chromium ${browser.version()}, ${os.cpus().length} CPU, load average ${os.loadavg()[0].toFixed(2)}; ` +
        `${LOADS} cold loads per build${apps.length > 1 ? ', interleaved' : ''}, after one discarded warm-up load each`,
    );
    console.log(
      'first render = navigation start -> the first element the scripts put in #root/#container ' +
        "(the HTML's own placeholder does not count); office.js answered by the same stand-in for every build",
    );
    const load = async (app) => {
      try {
        return await coldLoad(browser, server.origin, app.url);
      } catch (e) {
        app.failures.push(e instanceof Error ? e.message.split('\n')[0] : String(e));
        return null;
      }
    };
    for (const app of apps) {
      app.url = server.url(app.name, 'taskpane.html');
      app.loads = [];
      app.failures = [];
      await load(app); // warm-up: browser process, server memory
      app.failures = [];
    }
    for (let i = 0; i < LOADS; i++) {
      const order = i % 2 === 0 ? apps : [...apps].reverse();
      for (const app of order) {
        const r = await load(app);
        if (r) app.loads.push(r);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const app of apps) {
    if (app.failures.length) console.log(`${app.label}: ${app.failures.length} load(s) did not render: ${app.failures[0]}`);
    const errors = [...new Set(app.loads.flatMap((l) => l.errors))];
    if (errors.length) console.log(`${app.label}: page errors during the loads: ${errors.slice(0, 3).join(' | ')}`);
    if (!app.loads.length) continue;
    app.render = summary(app.loads.map((l) => l.firstRender));
    const fcps = app.loads.map((l) => l.fcp).filter((v) => typeof v === 'number');
    app.fcp = fcps.length ? summary(fcps) : null;
  }
}

async function pane() {
  console.log('== pane: task pane size and time to first render, beside today\'s pane (headless Chromium) ==');
  if (!ensureDist('taskpane.html')) return;
  if (newestUnder(path.join(ROOT, 'src'), NOT_IN_PAGES) > fs.statSync(path.join(DIST, 'taskpane.html')).mtimeMs) {
    console.log('current: dist/ is older than src/; run "npm run build" first to measure the current sources');
  }
  const apps = buildsToMeasure();
  for (const app of apps) {
    app.weight = pageWeight(path.join(app.dist, 'taskpane.html'));
    app.chunks = onDemandChunks(app.dist, app.weight);
    app.render = null;
    app.fcp = null;
  }
  const current = apps[0];
  printWeight('current', current.weight);
  for (const c of current.chunks) console.log(`  loaded on demand: ${c.name.padEnd(34)} ${kb(c.gzip).padStart(7)} KB gzip`);
  console.log(
    `budget: under ${kb(BUDGET_GZIP)} KB gzip: ${current.weight.gzip < BUDGET_GZIP ? 'met' : 'NOT met'} (${kb(current.weight.gzip)} KB)`,
  );
  if (chromiumPath()) await measureRenders(apps);
  else console.log('first render: not measured, no Chromium found (/usr/bin/chromium).');
  for (const line of paneTable(apps)) console.log(line);
  if (apps.length > 1) console.log('ratio below 1.00: the current pane is smaller / faster; render figures over cold loads, min and max:');
  for (const app of apps) if (app.render) console.log(`  ${app.label} first render ${formatSummary(app.render)}, n = ${app.render.n}`);
}

/**
 * Installed before any script of the checker page: timestamps the file input's change event
 * (capture phase on window, so before the page's own handlers) and the moment the result block
 * of that file, with [data-ready], is in the DOM.
 */
function resultProbe(fileName) {
  const bench = { changeAt: null, readyAt: null };
  Object.defineProperty(window, '__pageBench', { value: bench });
  const esc = (s) => (window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&'));
  const selector = `[data-file="${esc(fileName)}"][data-ready], [data-file="${esc(fileName)}"] [data-ready]`;
  window.addEventListener(
    'change',
    (event) => {
      const t = event.target;
      if (bench.changeAt === null && t && t.tagName === 'INPUT' && t.type === 'file') bench.changeAt = performance.now();
    },
    true,
  );
  const observer = new MutationObserver(() => {
    if (bench.changeAt === null || bench.readyAt !== null) return;
    if (document.querySelector(selector)) {
      bench.readyAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-file'] });
}

async function checkOnce(browser, origin, url, file) {
  const { context, page } = await coldContext(browser, origin, { viewport: { width: 1280, height: 900 } });
  try {
    await page.addInitScript(resultProbe, file.name);
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await page.waitForFunction(() => document.body && document.body.dataset.state !== 'checking', null, { timeout: 60000 });
    await page.setInputFiles('input[type=file]:not([data-input="outline"])', file);
    await page.waitForFunction(() => window.__pageBench.readyAt !== null, null, { timeout: 180000, polling: 50 });
    await page.waitForFunction(() => document.body.dataset.state !== 'checking', null, { timeout: 180000 });
    return await page.evaluate(() => window.__pageBench.readyAt - window.__pageBench.changeAt);
  } finally {
    await context.close();
  }
}

async function page() {
  console.log('== page: the web checker, from file input to results, on a 100-page report ==');
  const html = path.join(DIST, 'checker.html');
  if (!fs.existsSync(html)) ensureDist('checker.html');
  if (!fs.existsSync(html)) {
    console.log('the web checker page is missing (dist/checker.html): not measured.');
    return;
  }
  const lib = path.join(ROOT, 'lib');
  if (!fs.existsSync(path.join(lib, 'samples', 'write-docx.js'))) {
    console.log('lib/ is missing: run "npm run build:cli" first (npm run bench does it).');
    return;
  }
  if (!chromiumPath()) {
    console.log('not measured: no Chromium found (/usr/bin/chromium).');
    return;
  }
  const { longReport } = require(path.join(lib, 'samples', 'sample-report.js'));
  const { writeDocx } = require(path.join(lib, 'samples', 'write-docx.js'));
  const paragraphs = longReport(1800);
  const file = {
    name: 'bao-cao-100-trang.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(writeDocx(paragraphs)),
  };
  const weight = pageWeight(html);
  console.log(`checker page: ${kb(weight.gzip)} KB gzip (raw ${kb(weight.raw)} KB)`);
  console.log(`report: ${paragraphs.length} paragraphs (about 100 A4 pages at 14 pt), ${kb(file.buffer.length)} KB .docx`);

  const server = await startStaticServer({ checker: DIST });
  const browser = await launchChromium();
  const times = [];
  try {
    const url = server.url('checker', 'checker.html');
    console.log(`Chromium ${browser.version()}, load average ${os.loadavg()[0].toFixed(2)}; a fresh page per run, after one discarded warm-up run`);
    await checkOnce(browser, server.origin, url, file);
    for (let i = 0; i < LOADS; i++) times.push(await checkOnce(browser, server.origin, url, file));
  } catch (e) {
    console.log(`the checker page did not show the result (${e instanceof Error ? e.message.split('\n')[0] : e}): ` +
      'it must have <input type="file">, body[data-state] and a result block with [data-file] and [data-ready].');
  } finally {
    await browser.close();
    await server.close();
  }
  if (times.length) {
    console.log(
      `time to results (change event -> [data-file][data-ready] in the DOM): ${formatSummary(summary(times))} over ${times.length} runs`,
    );
  }
}

module.exports = { pane, page };
