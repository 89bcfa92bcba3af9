// The layout checks of tests/e2e/layout.ts on small static pages at 320 × 700 in headless
// Chromium: a page that scrolls sideways fails, one whose wide table scrolls in its own box
// passes, an element below the fold is not in the first screen, axe reports a missing image text
// and a hidden focusable button (not the focus library's dummies), and screenshots land as PNG files under test-artifacts/screenshots/.
import { promises as fsp, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { SCREENSHOTS, launchChromium, openPage, startStaticServer, tempDir, type OpenedPage, type StaticServer } from './helpers';
import { NARROW_PANE, axeSeriousOrCritical, expectNoHorizontalScroll, horizontalScroll, inFirstScreen, screenshot } from './layout';

jest.setTimeout(60_000);

const page = (body: string, style = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>Layout</title><style>body { margin: 0; font: 14px sans-serif; } ${style}</style></head><body><main>${body}</main></body></html>`;

const PAGES: Record<string, string> = {
  'fits.html': page(
    `<h1 id="top">Kết quả</h1><p>Một đoạn văn bản ngắn vừa khung.</p>` +
      `<div id="scroller" style="overflow-x: auto; max-width: 100%"><table style="width: 900px"><tr><td>rộng</td></tr></table></div>` +
      `<p style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); left: -10000px">chỉ cho trình đọc màn hình</p>` +
      `<p id="edge" style="margin-top: 560px; height: 100px">gần mép dưới</p><p id="below" style="margin-top: 400px">dưới nếp gấp</p>` +
      `<p id="hidden" style="visibility: hidden">ẩn</p>`,
  ),
  'wide.html': page(`<h1>Kết quả</h1><div id="wide" style="width: 600px">một khối quá rộng</div>`),
  // The body clips what overflows: nothing scrolls, but the block is cut off at the pane's edge.
  'clipped.html': page(`<div id="cut" style="width: 500px">bị cắt ở mép</div>`, 'body { overflow-x: hidden; }'),
  // A focusable element hidden from screen readers: the focus library's dummy (passes the focus on), and a real one.
  'focus-dummy.html': page(`<h1>Nhóm</h1><i tabindex="0" aria-hidden="true" data-tabster-dummy=""></i><button type="button">Sau</button>`),
  'hidden-focusable.html': page(`<h1>Nhóm</h1><div aria-hidden="true"><button type="button">Sau</button></div>`),
  'no-alt.html': page(`<h1>Ảnh</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20">`),
};

let dir: string;
let server: StaticServer;
let browser: Browser;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  dir = await tempDir('mttq-layout');
  for (const [name, html] of Object.entries(PAGES)) await fsp.writeFile(path.join(dir, name), html);
  server = await startStaticServer(dir);
  browser = await launchChromium();
});

afterAll(async () => {
  for (const o of opened) await o.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
  await fsp.rm(dir, { recursive: true, force: true });
});

async function open(name: string) {
  const o = await openPage(browser, `${server.url}/${name}`, NARROW_PANE);
  opened.push(o);
  return o.page;
}

describe('expectNoHorizontalScroll at 320 px', () => {
  it('passes a page whose wide table scrolls in its own box', async () => {
    const p = await open('fits.html');
    await expect(expectNoHorizontalScroll(p)).resolves.toBeUndefined();
    // The table is wider than the pane, but inside its scroll box.
    await expect(p.locator('#scroller').evaluate((el) => el.scrollWidth > el.clientWidth)).resolves.toBe(true);
  });

  it('fails a page that scrolls sideways, naming the element', async () => {
    const p = await open('wide.html');
    const r = await horizontalScroll(p);
    expect(r.scrollWidth).toBeGreaterThan(r.clientWidth);
    expect(r.offenders.some((o) => o.startsWith('div#wide [0..600]'))).toBe(true);
    await expect(expectNoHorizontalScroll(p)).rejects.toThrow(/scrollWidth 600 for a client width of 320.*\n.*div#wide/s);
  });

  it('fails a block cut off by the page clipping its overflow', async () => {
    const p = await open('clipped.html');
    await expect(expectNoHorizontalScroll(p)).rejects.toThrow(/div#cut \[0\.\.500\]/);
  });
});

describe('inFirstScreen at 320 × 700', () => {
  it('is true for the heading, false below the fold, across it, hidden or absent', async () => {
    const p = await open('fits.html');
    await expect(inFirstScreen(p, '#top')).resolves.toBe(true);
    await expect(inFirstScreen(p, p.getByRole('heading', { name: 'Kết quả' }))).resolves.toBe(true);
    await expect(inFirstScreen(p, '#below')).resolves.toBe(false);
    await expect(inFirstScreen(p, '#edge')).resolves.toBe(false);
    await expect(inFirstScreen(p, '#hidden')).resolves.toBe(false);
    await expect(inFirstScreen(p, '#nothing-here')).resolves.toBe(false);
    // Measured as the page opens: scrolling down first does not change the answer.
    await p.evaluate(() => window.scrollTo(0, 1200));
    await expect(inFirstScreen(p, '#below')).resolves.toBe(false);
    await expect(inFirstScreen(p, '#top')).resolves.toBe(true);
  });
});

describe('axeSeriousOrCritical and screenshot', () => {
  it('reports an image without a text alternative, and nothing on a clean page', async () => {
    const bad = await axeSeriousOrCritical(await open('no-alt.html'));
    expect(bad.map((v) => [v.id, v.impact])).toContainEqual(['image-alt', 'critical']);
    expect(bad.find((v) => v.id === 'image-alt')?.nodes[0]).toMatch(/^img/);
    await expect(axeSeriousOrCritical(await open('wide.html'))).resolves.toEqual([]);
  });

  it("leaves out only the focus library's hidden dummy elements: a hidden focusable button is still reported", async () => {
    await expect(axeSeriousOrCritical(await open('focus-dummy.html'))).resolves.toEqual([]);
    const bad = await axeSeriousOrCritical(await open('hidden-focusable.html'));
    expect(bad.map((v) => v.id)).toContain('aria-hidden-focus');
  });

  it('saves a PNG under test-artifacts/screenshots/, whole page or first screen', async () => {
    const p = await open('fits.html');
    const whole = await screenshot(p, 'layout helpers/fits');
    const first = await screenshot(p, 'layout-fits-first-screen', { fullPage: false });
    expect(path.dirname(whole)).toBe(SCREENSHOTS);
    expect(path.basename(whole)).toBe('layout-helpers-fits.png');
    for (const file of [whole, first]) expect(readFileSync(file).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // The PNG's height (bytes 20..23 of its header): the whole page is taller than the viewport.
    const height = (file: string) => readFileSync(file).readUInt32BE(20);
    expect(height(first)).toBe(NARROW_PANE.height);
    expect(height(whole)).toBeGreaterThan(NARROW_PANE.height);
  });
});
