// The production web checker in headless Chromium with another year's outline: load the official
// outline as a .docx (imported in the page, under its Content-Security-Policy), check a report
// written to it (each section's status equals the engine's with the same outline), save the outline
// and read the saved file back. The importer and validator come only when an outline is loaded.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { importOutline } from '../../src/analysis/outline-import/import';
import { snapshotFromText } from '../../src/analysis/outline-import/lines';
import { analyze } from '../../src/analysis/report';
import { readDocx } from '../../src/docx/read';
import { loadOutlineFile } from '../../src/outline-file/load';
import { writeDocx } from '../../src/samples/write-docx';
import { buildDocx, p } from '../helpers/docx-builder';
import { outline2025Text, report2025 } from '../helpers/outline-2025';
import {
  ARTIFACTS,
  horizontalOverflow,
  screenshot,
  seriousViolations,
  tempDir,
  type OpenedPage,
} from './helpers';
import { pageSession } from './page-session';
import { unfoldAll } from './unfold';

jest.setTimeout(90_000);

const outline = importOutline(snapshotFromText(outline2025Text())).outline;
const reportBytes = writeDocx(report2025(outline));
const OUTLINE_DOCX = 'de-cuong-2025.docx';
const REPORT = 'bao-cao-xa-2025.docx';

const session = pageSession('checker.html');
let dir: string;

beforeAll(async () => {
  dir = await tempDir('mttq-checker-outline');
  // The outline as an office receives it: one paragraph per line, headings in bold.
  const lines = outline2025Text().split(/\r?\n/u).filter((l) => l.trim() !== '');
  const bold = (t: string): string => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${t.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')}</w:t></w:r>`;
  const heading = /^(Phần thứ|[IVX]+\.|\d+(\.\d+)*\.|[a-z]\))/u;
  await fsp.writeFile(path.join(dir, OUTLINE_DOCX), buildDocx({ body: lines.map((l) => p(heading.test(l) ? bold(l) : l)).join('') }));
  await fsp.writeFile(path.join(dir, REPORT), reportBytes);
});

afterAll(async () => {
  if (dir) await fsp.rm(dir, { recursive: true, force: true });
});

async function waitIdle(page: Page, files: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.body.dataset.state === 'idle' && document.querySelectorAll('[data-file]').length === n && document.querySelectorAll('[data-pending]').length === 0,
    files,
  );
}

describe('another year\'s outline on the web page', () => {
  let o: OpenedPage;
  let page: Page;
  const scripts: string[] = [];

  beforeAll(async () => {
    o = await session.open('', { width: 1280 });
    page = o.page;
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.locator('[data-outline-picker]').waitFor();
  });

  test('load the outline .docx: imported in the page, reviewed, and chosen', async () => {
    expect(scripts.filter((u) => u.includes('outline-load'))).toEqual([]);
    await page.locator('input[data-input="outline"]').setInputFiles(path.join(dir, OUTLINE_DOCX));
    await page.locator('[data-outline-current][data-outline-id="de-cuong-2025"]').waitFor();
    // The validator and importer came on demand, as their own script.
    expect(scripts.filter((u) => u.includes('outline-load'))).toHaveLength(1);
    const review = page.locator('[data-outline-review]');
    await expect(review.getAttribute('data-headings')).resolves.toBe(String(outline.sections.length));
    await expect(review.getAttribute('data-figures')).resolves.toBe(String(outline.sections.reduce((n, s) => n + s.figures.length, 0)));
    await expect(page.locator('[data-outline-current]').innerText()).resolves.toMatch(/^Đề cương: Đề cương năm 2025 \(de-cuong-2025/u);
    await expect(page.locator('[data-outline-select]').inputValue()).resolves.toBe('loaded');
    await page.locator('[data-outline-picker]').screenshot({ path: path.join(ARTIFACTS, 'checker-outline-picker.png') });
  });

  test('check a report against it: each section as the engine judges it with the same outline', async () => {
    await page.locator('input[data-input="reports"]').setInputFiles(path.join(dir, REPORT));
    await waitIdle(page, 1);
    const block = page.locator(`[data-file="${REPORT}"]`);
    await unfoldAll(page, block);
    const statuses = await block.evaluate((el) =>
      Object.fromEntries(Array.from(el.querySelectorAll('[data-section-id]')).map((r) => [r.getAttribute('data-section-id') ?? '', r.getAttribute('data-status') ?? ''])),
    );
    const report = analyze(readDocx(reportBytes), { template: outline });
    expect(statuses).toEqual(Object.fromEntries(report.sections.map((s) => [s.id, s.status])));
    const ids = await block.evaluate((el) => Array.from(el.querySelectorAll('[data-section-id]')).map((r) => r.getAttribute('data-section-id')));
    // Problems first, then the sections that pass: each section once.
    expect([...ids].sort()).toEqual(outline.sections.map((s) => s.id).sort());
    await expect(block.locator('[data-template]').getAttribute('data-template')).resolves.toBe('de-cuong-2025');
    await expect(block.locator('[data-file-outline]').innerText()).resolves.toMatch(/^Đề cương: Đề cương năm 2025/u);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('save the outline: the saved file loads as the same outline, and the page says so', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="save-outline"]').click()]);
    expect(download.suggestedFilename()).toBe('de-cuong-2025.json');
    const saved = path.join(dir, 'saved.json');
    await download.saveAs(saved);
    const loaded = loadOutlineFile(await fsp.readFile(saved, 'utf8'));
    expect(loaded.ok ? loaded.outline.sections.map((s) => [s.id, s.level, s.kind, s.figures.length]) : loaded.errors).toEqual(
      outline.sections.map((s) => [s.id, s.level, s.kind, s.figures.length]),
    );
    const confirmation = page.locator('[data-outline-saved]');
    await expect(confirmation.isVisible()).resolves.toBe(true);
    await expect(confirmation.innerText()).resolves.toContain('Đã lưu đề cương vào tệp de-cuong-2025.json.');
  });

  test('the choice stays for the session: after a reload the loaded outline is still in use', async () => {
    await page.reload();
    await page.locator('[data-outline-current][data-outline-id="de-cuong-2025"]').waitFor();
    await expect(page.locator('[data-outline-select]').inputValue()).resolves.toBe('loaded');
  });

  test('nothing left the machine and the page threw no error (no eval refused by the policy)', () => {
    expect(o.blocked).toEqual([]);
    expect(o.errors).toEqual([]);
  });
});

test('at 320 px: the picker, the review and the results fit without horizontal scroll', async () => {
  const o = await session.open('', { width: 320 });
  const { page } = o;
  await page.locator('input[data-input="outline"]').setInputFiles(path.join(dir, OUTLINE_DOCX));
  await page.locator('[data-outline-review]').waitFor();
  await page.locator('input[data-input="reports"]').setInputFiles(path.join(dir, REPORT));
  await waitIdle(page, 1);
  const overflow = await horizontalOverflow(page, 320);
  expect({ fits: overflow.scrollWidth <= 320, offenders: overflow.offenders }).toEqual({ fits: true, offenders: [] });
  await screenshot(page, 'checker-outline-320');
  expect(o.errors).toEqual([]);
});
