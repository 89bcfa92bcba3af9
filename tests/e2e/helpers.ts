// Shared set-up of the end-to-end tests: the production build in dist/ served by a small static
// server on 127.0.0.1, headless Chromium driven by playwright-core with every external request
// blocked (office.js is answered by a bundle of the Word fake), accessibility checks with axe-core,
// screenshots, and LibreOffice / pdftotext conversions in private temporary folders.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, promises as fsp, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page, type Request, type Route } from 'playwright-core';
import type { FakeComment, FakeSelection } from '../fakes/word-fake';
import type { FakeBoot } from './browser-globals';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const CHROMIUM_PATH = chromiumPath() ?? '/usr/bin/chromium';
export { CHROMIUM_ARGS };

// ---------------------------------------------------------------------------------------------
// The build and the static server

/** The path of a built page; a clear error when the production build is not there. */
export function requireBuilt(file: string): string {
  const full = path.join(DIST, file);
  if (!existsSync(full)) {
    throw new Error(`dist/${file} is missing: run \`npm run build\` (webpack --mode production) before the end-to-end tests.`);
  }
  return full;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** "http://127.0.0.1:<port>", no trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Serves the files under `root` (GET/HEAD only) on 127.0.0.1 and a free port. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      let file = path.resolve(base, '.' + pathname);
      if (file !== base && !file.startsWith(base + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await fsp.stat(file)).isDirectory()) file = path.join(file, 'index.html');
        const body = await fsp.readFile(file);
        res.writeHead(200, {
          'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
          'Content-Length': body.length,
          'Cache-Control': 'no-store',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// The office.js stand-in

let bundle: Promise<string> | undefined;

/** tests/e2e/fake-office-entry.ts bundled for the browser (built once per test file). */
export function fakeOfficeBundle(): Promise<string> {
  if (!bundle) {
    // esbuild comes with esbuild-loader (the webpack build uses it too).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    bundle = esbuild
      .build({
        entryPoints: [path.join(__dirname, 'fake-office-entry.ts')],
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2020',
        write: false,
        logLevel: 'silent',
        absWorkingDir: ROOT,
      })
      .then((result) => result.outputFiles[0].text);
  }
  return bundle;
}

// ---------------------------------------------------------------------------------------------
// Browser and pages

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (Debian package "chromium").`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface PageOptions {
  /** Viewport width in CSS pixels (default 1280). */
  width?: number;
  height?: number;
  /** The Word fake behind office.js; when absent, office.js is still answered with an empty fake. */
  fake?: FakeBoot;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave the machine (aborted). */
  blocked: string[];
  /** Uncaught errors of the page and errors it logged to the console (CSP violations included). */
  errors: string[];
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
    return (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:') && u.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/**
 * A fresh context (own storage) and page. office.js is answered with the Word fake's bundle; any
 * other request not for 127.0.0.1 is aborted and recorded in `blocked`.
 */
export async function openPage(browser: Browser, url: string, options: PageOptions = {}): Promise<OpenedPage> {
  const office = await fakeOfficeBundle();
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: 'vi-VN',
    serviceWorkers: 'block',
  });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route: Route, request: Request) => {
    const target = request.url();
    if (target.split('?')[0] === OFFICE_JS_URL) {
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: office });
    }
    if (isLocal(target)) return route.continue();
    blocked.push(target);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript((boot: FakeBoot) => {
    window.__fakeOptions = boot;
  }, options.fake ?? {});
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  return { context, page, blocked, errors, close: () => context.close() };
}

// ---------------------------------------------------------------------------------------------
// The Word fake seen from the test

export interface FakeParagraphView {
  text: string;
  styleBuiltIn: string;
  outlineLevel: number;
  tableNestingLevel: number;
  controlTag?: string;
  uid: string;
}

export interface FakeView {
  paragraphs: FakeParagraphView[];
  comments: FakeComment[];
  /** Paragraph indexes, and character offsets when the selection does not cover whole paragraphs. */
  selection: FakeSelection;
  /** The text the selection covers (paragraph marks as "\r"); "" for the cursor. */
  selectedText: string;
  selected?: number;
  calls: Record<string, number>;
}

/** A serialisable copy of the fake's document and stats. */
export function readFake(page: Page): Promise<FakeView> {
  return page.evaluate(() => {
    const fake = window.__wordFake;
    if (!fake) throw new Error('the Word fake is not installed on this page');
    return {
      paragraphs: fake.doc.paragraphs.map((p) => ({
        text: p.text,
        styleBuiltIn: p.styleBuiltIn,
        outlineLevel: p.outlineLevel,
        tableNestingLevel: p.tableNestingLevel,
        controlTag: p.control?.tag,
        uid: p.uid,
      })),
      comments: fake.doc.comments.map((c) => ({ ...c })),
      selection: { ...fake.doc.selection },
      selectedText: fake.selectedText(),
      selected: fake.stats.selected,
      calls: { ...fake.stats.calls },
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Accessibility and screenshots

export interface A11yViolation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * Fluent UI's focus manager (tabster) puts an `<i tabindex="0" aria-hidden="true" data-tabster-dummy>`
 * at the edges of a toolbar, a menu or an accordion: focusable on purpose, it hands the focus on at
 * once and is hidden so that screen readers do not announce it. axe reports it as aria-hidden-focus;
 * Fluent lists it as a known false positive (microsoft/fluentui#27056, microsoft/tabster#288), and
 * Accessibility Insights suppresses it. Only those elements are left out, for that one rule.
 */
function isTabsterDummy(html: string): boolean {
  return /^<i\b[^>]*\bdata-tabster-dummy\b/.test(html);
}

/**
 * axe-core's violations of impact "serious" or "critical" on the page as it is now. Legacy mode
 * (one axe.run in the page instead of runPartial + finishRun in an extra page) and violations-only
 * results: the same rules, several times faster; the pages have no frames.
 */
export async function seriousViolations(page: Page): Promise<A11yViolation[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return results.violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && isTabsterDummy(n.html))) }))
    .filter((v) => v.nodes.length > 0)
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: String(v.impact),
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
    }));
}

/** Where the browser tests put their screenshots (git-ignored, created on demand). */
export const SCREENSHOTS = path.join(ARTIFACTS, 'screenshots');

/**
 * A screenshot in test-artifacts/screenshots/<name>.png (the name kept to letters, digits, "-",
 * "_" and "."), of the whole page unless `fullPage` is false (then what the viewport shows);
 * returns its path.
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}

/** Horizontal overflow of the page: the scroll width, and the visible elements reaching past it. */
export function horizontalOverflow(page: Page, width: number): Promise<{ scrollWidth: number; offenders: string[] }> {
  return page.evaluate((limit: number) => {
    const scroller = document.scrollingElement ?? document.documentElement;
    const offenders: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.width <= 1) continue;
      if (r.right > limit + 0.5 || r.left < -0.5) {
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        offenders.push(`${el.tagName.toLowerCase()}${cls} [${Math.round(r.left)}..${Math.round(r.right)}] "${(el.textContent ?? '').trim().slice(0, 40)}"`);
      }
    }
    return { scrollWidth: scroller.scrollWidth, offenders: offenders.slice(0, 10) };
  }, width);
}

// ---------------------------------------------------------------------------------------------
// Processes: LibreOffice and pdftotext

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[], options: { cwd?: string; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, timeout: options.timeoutMs ?? 110_000, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(new Error(`${command} is not installed`));
          return;
        }
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A fresh temporary folder. */
export function tempDir(prefix: string): Promise<string> {
  return fsp.mkdtemp(path.join(tmpdir(), `${prefix}-`));
}

/** LibreOffice with a private profile, so parallel runs do not share (or lock) one. */
export class LibreOffice {
  private constructor(readonly profile: string) {}

  static async create(): Promise<LibreOffice> {
    return new LibreOffice(await tempDir('mttq-lo-profile'));
  }

  /**
   * `soffice --headless [--infilter=<filter>] --convert-to <format> --outdir <outdir> <inputs...>`;
   * returns the process result and the expected output paths (same base names, the format's
   * extension).
   */
  async convert(inputs: string[], format: string, outdir: string, infilter?: string): Promise<RunResult & { outputs: string[] }> {
    const result = await run('soffice', [
      `-env:UserInstallation=file://${this.profile}`,
      '--headless',
      '--norestore',
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      format,
      '--outdir',
      outdir,
      ...inputs,
    ]);
    const ext = format.split(':')[0];
    const outputs = inputs.map((i) => path.join(outdir, `${path.basename(i, path.extname(i))}.${ext}`));
    return { ...result, outputs };
  }

  async dispose(): Promise<void> {
    await fsp.rm(this.profile, { recursive: true, force: true });
  }
}

/** The text of a PDF (pdftotext from poppler-utils), in reading order. */
export async function pdfText(file: string): Promise<string> {
  let result: RunResult;
  try {
    result = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  } catch {
    throw new Error('pdftotext is not installed: install the Debian package poppler-utils.');
  }
  if (result.code !== 0) throw new Error(`pdftotext failed on ${file}: ${result.stderr}`);
  return result.stdout;
}

/** Whitespace (line breaks, page breaks, runs of spaces) to one space, in-word hyphens dropped; Unicode NFC. */
export function normalizeText(text: string): string {
  // Hyphens inside a word ("217-QĐ/TW") are dropped on both sides of a comparison: where a line
  // breaks depends on the fonts of the machine that printed it, and pdftotext removes the hyphen
  // that ends a line.
  return text
    .normalize('NFC')
    .replace(/(\S)-[ \t]*\r?\n\s*(?=\S)/g, '$1')
    .replace(/(\S)-(?=\S)/g, '$1')
    .replace(/[\s\u00a0\u000b\f]+/g, ' ')
    .trim();
}

export function fileSize(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}
