// Shared pieces of the browser benchmarks (bench/pane.js): a static file server on 127.0.0.1,
// headless Chromium, a stand-in for office.js, sizes and statistics. Not a benchmark itself.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const zlib = require('node:zlib');

const { CHROMIUM_ARGS, chromiumPath: debianChromium } = require('../scripts/chromium');

/** office.js as the pages reference it (the classic and the current Microsoft addresses). */
const OFFICE_JS = /^https:\/\/(appsforoffice\.microsoft\.com\/lib\/[^/]+\/hosted|officeapis\.public\.onecdn\.static\.microsoft\/[^/]+)\/office\.js(\?.*)?$/;

/**
 * The stand-in for office.js, the same for every page measured: Office is ready at once, in Word,
 * with the few Office.context members a task pane reads at start.
 */
const OFFICE_STUB = `(function () {
  var info = { host: 'Word', platform: 'PC' };
  var ready = Promise.resolve(info);
  var Office = {
    HostType: { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    context: {
      displayLanguage: 'vi-VN',
      contentLanguage: 'vi-VN',
      host: 'Word',
      platform: 'PC',
      diagnostics: { host: 'Word', platform: 'PC', version: '16.0' },
      requirements: { isSetSupported: function () { return true; } }
    },
    onReady: function (callback) {
      return ready.then(function (value) {
        if (typeof callback === 'function') callback(value);
        return value;
      });
    },
    actions: { associate: function () {} }
  };
  window.Office = Office;
  document.addEventListener('DOMContentLoaded', function () {
    if (typeof Office.initialize === 'function') Office.initialize('documentEditing');
  });
})();
`;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * A static server on 127.0.0.1 (a free port) that serves several folders side by side:
 * mounts { a: '/path/to/dist' } serves /path/to/dist/x.html at /a/x.html. Files are read once and
 * kept in memory, so disk reads do not enter the timings. Nothing is cached by the browser.
 */
async function startStaticServer(mounts) {
  const memory = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://127.0.0.1');
    const [, mount, ...rest] = decodeURIComponent(url.pathname).split('/');
    const root = mounts[mount];
    const file = root ? path.resolve(root, rest.join('/') || 'index.html') : null;
    if (!file || (file !== root && !file.startsWith(path.resolve(root) + path.sep))) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body = memory.get(file);
    if (!body) {
      try {
        body = fs.readFileSync(file);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      memory.set(file, body);
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: (mount, file) => `http://127.0.0.1:${port}/${mount}/${file}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** The Chromium to drive: the system's (scripts/chromium.js), else the one playwright-core knows; null when none. */
function chromiumPath() {
  const found = debianChromium();
  if (found) return found;
  try {
    const own = require('playwright-core').chromium.executablePath();
    return fs.existsSync(own) ? own : null;
  } catch {
    return null;
  }
}

async function launchChromium() {
  const executablePath = chromiumPath();
  if (!executablePath) return null;
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A fresh browser context (empty cache, cache disabled) where office.js is the stand-in and every
 * other address outside the local server is refused: nothing leaves the machine.
 */
async function coldContext(browser, origin, options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport || { width: 350, height: 800 },
    serviceWorkers: 'block',
  });
  await context.route(
    (url) => !url.href.startsWith(origin + '/'),
    (route) => {
      const href = route.request().url();
      if (OFFICE_JS.test(href)) {
        return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: OFFICE_STUB });
      }
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { context, page };
}

function gzipSize(buffer) {
  return zlib.gzipSync(buffer, { level: 9 }).length;
}

/**
 * The size of a page as the browser fetches it at start: the HTML plus the local scripts and
 * stylesheets it references (external ones, such as office.js, are not counted). Each file is
 * gzipped on its own (level 9), as a server would send it.
 */
function pageWeight(htmlFile) {
  const dir = path.dirname(htmlFile);
  const html = fs.readFileSync(htmlFile);
  const text = html.toString('utf8');
  const refs = [];
  for (const m of text.matchAll(/<script\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) refs.push(m[1]);
  for (const m of text.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?stylesheet/i.test(m[0])) continue;
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(m[0]);
    if (href) refs.push(href[1]);
  }
  const files = [{ name: path.basename(htmlFile), raw: html.length, gzip: gzipSize(html) }];
  const external = [];
  for (const ref of refs) {
    if (/^(https?:)?\/\//i.test(ref)) {
      external.push(ref);
      continue;
    }
    const file = path.resolve(dir, ref.split(/[?#]/)[0].replace(/^\//, ''));
    if (!fs.existsSync(file)) {
      files.push({ name: ref, raw: 0, gzip: 0, missing: true });
      continue;
    }
    const body = fs.readFileSync(file);
    files.push({ name: ref, raw: body.length, gzip: gzipSize(body) });
  }
  return {
    files,
    external,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The nearest-rank percentile `p` (0..100) of the values. */
function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

function summary(values) {
  return { median: median(values), p90: percentile(values, 90), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

function formatSummary(s) {
  return `median ${ms(s.median)} ms (min ${ms(s.min)}, max ${ms(s.max)})`;
}

module.exports = {
  CHROMIUM_ARGS,
  OFFICE_JS,
  OFFICE_STUB,
  startStaticServer,
  chromiumPath,
  launchChromium,
  coldContext,
  pageWeight,
  gzipSize,
  median,
  percentile,
  summary,
  formatSummary,
  kb,
  ms,
};
