// The production web checker (dist/checker.html) in headless Chromium: .docx files picked through
// the file input are checked in the page and each section's status equals what the engine gives
// for the same file; bad files each get a Vietnamese message while the others are still checked;
// ?sample=1 shows results at once. The overview table (sorting, opening a file), the Excel workbook
// downloaded from the page and read back by LibreOffice, the print of what needs work.
// Accessibility, layout at 320 px and screenshots. Every request that would leave the machine is
// blocked and must not happen.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/analysis/report';
import type { Report, SnapshotParagraph } from '../../src/analysis/types';
import { SAMPLE_FILE_NAME, sampleDocx } from '../../src/checker/sample';
import { buildTemplateDocx } from '../../src/docx/ooxml';
import { DOCX_ERROR_MESSAGES, DocxError, readDocx, type DocxErrorCode } from '../../src/docx/read';
import { sampleParagraphs } from '../../src/samples/sample-report';
import { writeDocx } from '../../src/samples/write-docx';
import { MAX_LABEL_LENGTH } from '../../src/docx/limits';
import { documentBomb, numberingTrap, textEntry, writeZip, zerosEntry } from '../helpers/hostile';
import {
  horizontalOverflow,
  LibreOffice,
  screenshot,
  seriousViolations,
  tempDir,
  type OpenedPage,
} from './helpers';
import { pageSession } from './page-session';
import { readWorkbook } from './xlsx-read';
import { unfoldAll } from './unfold';

jest.setTimeout(90_000);

const session = pageSession('checker.html');
let dir: string;

/** The files picked, in order: good reports between bad files. */
const FILES: string[] = [
  'bao-cao-day-du.docx',
  'ghi-chu.txt',
  'du-thao.docx',
  'hong.docx',
  'libreoffice.docx',
  'mat-khau.docx',
  'mau-bao-cao.docx',
  'rong.docx',
  'cu.doc',
  'tieu-de-thuong.docx',
];

/** What the engine (readDocx + analyze, as the command line) makes of each file. */
type Expected = { kind: 'report'; report: Report } | { kind: 'error'; code: DocxErrorCode };
const expected = new Map<string, Expected>();

// ---------------------------------------------------------------------------------------------
// Files

/** The sample report as HTML with h1..h4 headings and tables, for LibreOffice to turn into .docx. */
function reportHtml(paragraphs: SnapshotParagraph[]): string {
  const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const out: string[] = ['<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Báo cáo</title></head><body>'];
  let table: string[] = [];
  const flush = (): void => {
    if (table.length > 0) out.push(`<table>${table.map((t) => `<tr><td>${esc(t)}</td></tr>`).join('')}</table>`);
    table = [];
  };
  for (const p of paragraphs) {
    if (p.inTable) {
      table.push(p.text);
      continue;
    }
    flush();
    out.push(p.headingLevel ? `<h${p.headingLevel}>${esc(p.text)}</h${p.headingLevel}>` : `<p>${esc(p.text)}</p>`);
  }
  flush();
  out.push('</body></html>');
  return out.join('\n');
}

/**
 * An OLE compound file (version 3, 512-byte sectors) as Word writes a password-protected .docx:
 * a root storage with the streams "EncryptionInfo" and "EncryptedPackage" (left empty here).
 */
function oleFile(streams: string[]): Uint8Array {
  const SECTOR = 512;
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const FAT = 0xfffffffd;
  const data = new Uint8Array(SECTOR * 3);
  const view = new DataView(data.buffer);
  data.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version
  view.setUint16(0x1c, 0xfffe, true); // byte order
  view.setUint16(0x1e, 9, true); // sector shift: 512
  view.setUint16(0x20, 6, true); // mini sector shift: 64
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 0x1000, true); // mini stream cutoff
  view.setUint32(0x3c, END, true); // no mini FAT
  view.setUint32(0x44, END, true); // no DIFAT sectors
  view.setUint32(0x4c, 0, true); // the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setUint32(0x4c + i * 4, FREE, true);
  // Sector 0: the FAT (sector 0 = FAT, sector 1 = directory, end of chain).
  const fat = SECTOR;
  for (let i = 0; i < SECTOR / 4; i++) view.setUint32(fat + i * 4, FREE, true);
  view.setUint32(fat, FAT, true);
  view.setUint32(fat + 4, END, true);
  // Sector 1: the directory. Entry 0 = root, then the streams chained as left siblings.
  const dirStart = SECTOR * 2;
  const entry = (index: number, name: string, type: number, left: number, child: number): void => {
    const at = dirStart + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    data[at + 66] = type;
    data[at + 67] = 1; // black
    view.setUint32(at + 68, left, true);
    view.setUint32(at + 72, FREE, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, END, true); // starting sector: none (empty stream)
  };
  entry(0, 'Root Entry', 5, FREE, streams.length > 0 ? streams.length : FREE);
  streams.forEach((name, i) => entry(i + 1, name, 2, i === 0 ? FREE : i, FREE));
  for (let i = streams.length + 1; i < 4; i++) {
    const at = dirStart + i * 128;
    view.setUint32(at + 68, FREE, true);
    view.setUint32(at + 72, FREE, true);
    view.setUint32(at + 76, FREE, true);
  }
  return data;
}

async function makeFiles(): Promise<void> {
  const write = (name: string, bytes: Uint8Array | string): Promise<void> => fsp.writeFile(path.join(dir, name), bytes);
  const complete = writeDocx(sampleParagraphs());
  await write('bao-cao-day-du.docx', complete);
  await write('ghi-chu.txt', 'Ghi chú: nộp báo cáo trước ngày 15/12/2023.\n');
  await write('du-thao.docx', writeDocx(sampleParagraphs({ omit: ['1.II.4'], empty: ['1.III.2'], guidance: ['1.I'], noFigures: ['1.II.3.1'] })));
  await write('hong.docx', complete.slice(0, Math.floor(complete.length / 2)));
  await write('mat-khau.docx', oleFile(['EncryptionInfo', 'EncryptedPackage']));
  await write('mau-bao-cao.docx', buildTemplateDocx({ unit: 'ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH', place: 'Bắc Ninh' }));
  await write('rong.docx', new Uint8Array(0));
  await write('cu.doc', oleFile(['WordDocument']));
  await write('tieu-de-thuong.docx', writeDocx(sampleParagraphs({ plainHeadings: true, noSignature: true, empty: ['2.3'] })));
  // A report written by a second word processor: LibreOffice turns HTML headings into Heading 1..4.
  await write('libreoffice.html', reportHtml(sampleParagraphs({ empty: ['1.II.2.2'], noFigures: ['1.II.5.2'] })));
  const lo = await LibreOffice.create();
  try {
    const result = await lo.convert([path.join(dir, 'libreoffice.html')], 'docx:MS Word 2007 XML', dir, 'HTML (StarWriter)');
    if (result.code !== 0) throw new Error(`LibreOffice could not write libreoffice.docx: ${result.stderr}`);
  } finally {
    await lo.dispose();
  }
  for (const name of FILES) {
    const bytes = new Uint8Array(await fsp.readFile(path.join(dir, name)));
    try {
      expected.set(name, { kind: 'report', report: analyze(readDocx(bytes)) });
    } catch (e) {
      if (!(e instanceof DocxError)) throw e;
      expected.set(name, { kind: 'error', code: e.code });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The page

beforeAll(async () => {
  dir = await tempDir('mttq-checker-files');
  await makeFiles();
});

afterAll(async () => {
  if (dir) await fsp.rm(dir, { recursive: true, force: true });
});

function open(query = '', width = 1280): Promise<OpenedPage> {
  return session.open(query, { width });
}

/** Nothing left the machine and the page threw nothing. */
function expectClean(o: OpenedPage): void {
  expect(o.blocked).toEqual([]);
  expect(o.errors).toEqual([]);
}

async function waitIdle(page: Page, files: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.body.dataset.state === 'idle' &&
      document.querySelectorAll('[data-file]').length === n &&
      document.querySelectorAll('[data-pending]').length === 0,
    files,
  );
}

interface Block {
  name: string;
  error?: string;
  text: string;
  ready?: string;
  statuses: Record<string, string>;
}

async function blocks(page: Page): Promise<Block[]> {
  const foldBack = await unfoldAll(page);
  const read = await page.$$eval('[data-file]', (els) =>
    els.map((el) => ({
      name: el.getAttribute('data-file') ?? '',
      error: el.getAttribute('data-error') ?? undefined,
      text: (el as HTMLElement).innerText,
      ready: el.querySelector('[data-ready]')?.getAttribute('data-ready') ?? undefined,
      statuses: Object.fromEntries(
        Array.from(el.querySelectorAll('[data-section-id]')).map((r) => [r.getAttribute('data-section-id') ?? '', r.getAttribute('data-status') ?? '']),
      ),
    })),
  );
  await foldBack();
  return read;
}

/** The overview table's rows as shown: file, verdict, errors, warnings, outline ("—" read as empty). */
async function overviewRows(page: Page): Promise<string[][]> {
  return page.$$eval('[data-overview] tbody tr', (trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => ((td as HTMLElement).innerText.trim() === '—' ? '' : (td as HTMLElement).innerText.trim()))),
  );
}

function statusesOf(report: Report): Record<string, string> {
  return Object.fromEntries(report.sections.map((s) => [s.id, s.status]));
}

test('the files were made as intended: good reports of every kind and each kind of bad file', () => {
  const kinds = FILES.map((f) => {
    const e = expected.get(f);
    return e?.kind === 'error' ? e.code : e?.report.ready ? 'ready' : 'not-ready';
  });
  expect(kinds).toEqual(['ready', 'not-zip', 'not-ready', 'corrupt', 'not-ready', 'encrypted', 'not-ready', 'empty-file', 'legacy-doc', 'not-ready']);
  // LibreOffice's file keeps its headings: only the section left empty is flagged.
  const lo = expected.get('libreoffice.docx');
  const st = lo?.kind === 'report' ? statusesOf(lo.report) : {};
  expect(Object.entries(st).filter(([, v]) => v !== 'ok')).toEqual([
    ['1.II.2.2', 'empty'],
    ['1.II.5.2', 'no-figures'],
  ]);
});

describe('files picked through the file input', () => {
  let o: OpenedPage;
  let page: Page;
  let shown: Block[];

  beforeAll(async () => {
    o = await open();
    page = o.page;
  });

  test('the empty page has no serious accessibility violation', async () => {
    await page.locator('input[data-input="reports"]').waitFor({ state: 'attached' });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('every file gets a block, in the order picked, and the page goes back to idle', async () => {
    const input = page.locator('input[data-input="reports"]');
    await expect(input.getAttribute('multiple')).resolves.not.toBeNull();
    await input.setInputFiles(FILES.map((f) => path.join(dir, f)));
    await waitIdle(page, FILES.length);
    shown = await blocks(page);
    expect(shown.map((b) => b.name)).toEqual(FILES);
  });

  test('each report: data-ready and every section status equal the engine\'s for the same file', () => {
    for (const b of shown) {
      const e = expected.get(b.name);
      if (e?.kind !== 'report') continue;
      expect({ name: b.name, error: b.error, ready: b.ready }).toEqual({ name: b.name, error: undefined, ready: String(e.report.ready) });
      expect({ name: b.name, statuses: b.statuses }).toEqual({ name: b.name, statuses: statusesOf(e.report) });
    }
    // The draft shows each kind of problem.
    const draft = shown.find((b) => b.name === 'du-thao.docx');
    expect(draft?.statuses).toMatchObject({ '1.I': 'guidance-left', '1.II.4': 'missing', '1.III.2': 'empty', '1.II.3.1': 'no-figures' });
  });

  test('each bad file: its error code and a Vietnamese message; no results of its own', () => {
    for (const b of shown) {
      const e = expected.get(b.name);
      if (e?.kind !== 'error') continue;
      expect({ name: b.name, error: b.error }).toEqual({ name: b.name, error: e.code });
      expect(b.text).toContain(DOCX_ERROR_MESSAGES[e.code].vi);
      expect(b.ready).toBeUndefined();
      expect(b.statuses).toEqual({});
    }
  });

  test('the summary counts the files', async () => {
    const summary = page.locator('[data-summary]');
    const counts = await summary.evaluate((el) => ({
      total: el.getAttribute('data-total'),
      ready: el.getAttribute('data-count-ready'),
      notReady: el.getAttribute('data-count-not-ready'),
      unreadable: el.getAttribute('data-count-unreadable'),
    }));
    const all = [...expected.values()];
    const reports = all.filter((e): e is { kind: 'report'; report: Report } => e.kind === 'report');
    expect(counts).toEqual({
      total: String(all.length),
      ready: String(reports.filter((e) => e.report.ready).length),
      notReady: String(reports.filter((e) => !e.report.ready).length),
      unreadable: String(all.length - reports.length),
    });
  });

  test('the overview table: each file with the verdict and counts the engine gives, in the order picked', async () => {
    const rows = await overviewRows(page);
    expect(rows.map((r) => r[0])).toEqual(FILES);
    for (const [name, verdict, errors, warnings] of rows) {
      const e = expected.get(name);
      if (e?.kind === 'report') {
        expect({ name, verdict, errors, warnings }).toEqual({
          name,
          verdict: e.report.ready ? 'Sẵn sàng trình ký' : 'Chưa sẵn sàng',
          errors: String(e.report.errorCount),
          warnings: String(e.report.warningCount),
        });
      } else {
        expect({ name, verdict, errors, warnings }).toEqual({ name, verdict: 'Không đọc được', errors: '', warnings: '' });
      }
    }
  });

  test('sorting by a column from its header, and a click on a file name opening its block', async () => {
    const header = page.locator('[data-overview] th[data-column="errors"]');
    await header.locator('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    await header.locator('button').press('Enter');
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    const counts = (await overviewRows(page)).map((r) => (r[2] === '' ? -1 : Number(r[2])));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    const draft = page.locator('[data-file="du-thao.docx"]');
    await expect(draft.getAttribute('data-open')).resolves.toBe('false');
    // Folded: only the header with the verdict is on screen.
    await expect(draft.locator('[data-file-panel]').isVisible()).resolves.toBe(false);
    await expect(draft.locator('[data-file-verdict]').isVisible()).resolves.toBe(true);
    await page.locator('[data-overview] a', { hasText: 'du-thao.docx' }).click();
    await expect(draft.getAttribute('data-open')).resolves.toBe('true');
    await expect(draft.locator('[data-file-panel]').isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-file'))).resolves.toBe('du-thao.docx');
  });

  test('the .xlsx downloaded from the page opens in LibreOffice with the rows the overview shows', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="xlsx"]').click()]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/^kiem-tra-bao-cao-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await expect(page.locator('[data-download-notice]').innerText()).resolves.toBe(`Đã tải xuống ${name} (${FILES.length} tệp)`);
    const xlsxDir = await tempDir('mttq-checker-xlsx');
    const lo = await LibreOffice.create();
    try {
      const file = path.join(xlsxDir, name);
      await download.saveAs(file);
      const { sheets } = await readWorkbook(lo, file, xlsxDir);
      const files = sheets.get('Tệp') ?? [];
      expect(files[0]).toEqual(['Tệp', 'Kết quả', 'Số lỗi', 'Số cảnh báo', 'Đề cương', 'Ghi chú']);
      const shownRows = (await overviewRows(page)).sort((a, b) => FILES.indexOf(a[0]) - FILES.indexOf(b[0]));
      expect(files.slice(1).map((r) => r.slice(0, 5))).toEqual(shownRows);
      // The other sheets: every section and every finding of the reports, in words.
      const reports = [...expected.values()].flatMap((e) => (e.kind === 'report' ? [e.report] : []));
      expect((sheets.get('Mục') ?? []).length - 1).toBe(reports.reduce((n, r) => n + r.sections.length, 0));
      expect((sheets.get('Vấn đề') ?? []).length - 1).toBe(reports.reduce((n, r) => n + r.findings.length, 0));
      expect(sheets.get('Mục')?.[0]).toEqual(['Tệp', 'Mục', 'Đề mục', 'Trạng thái', 'Số liệu', 'Số liệu còn thiếu']);
      expect(sheets.get('Mục')?.some((r) => r[0] === 'du-thao.docx' && r[1] === '1.II.4' && r[3] === 'Thiếu mục')).toBe(true);
    } finally {
      await lo.dispose();
      await fsp.rm(xlsxDir, { recursive: true, force: true });
    }
  });

  test('printed: only the files that need work, with their results, the overview and the date of the check', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      const shownInPrint = await page.$$eval('[data-file]', (els) =>
        els.map((el) => ({
          name: el.getAttribute('data-file') ?? '',
          visible: (el as HTMLElement).offsetParent !== null || getComputedStyle(el).display !== 'none',
          panel: (() => {
            const p = el.querySelector<HTMLElement>('[data-file-panel]');
            return p ? getComputedStyle(p).display !== 'none' : null;
          })(),
        })),
      );
      for (const b of shownInPrint) {
        const e = expected.get(b.name);
        const ready = e?.kind === 'report' && e.report.ready;
        expect({ name: b.name, visible: b.visible }).toEqual({ name: b.name, visible: !ready });
        if (e?.kind === 'report' && !ready) expect({ name: b.name, panel: b.panel }).toEqual({ name: b.name, panel: true });
      }
      await expect(page.locator('[data-overview]').isVisible()).resolves.toBe(true);
      await expect(page.locator('[data-check-date]').innerText()).resolves.toMatch(/^Ngày kiểm tra: \d{2}\/\d{2}\/\d{4}$/);
      await expect(page.locator('[data-action="xlsx"]').isVisible()).resolves.toBe(false);
      await expect(page.locator('[data-dropzone]').isVisible()).resolves.toBe(false);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    await expect(page.locator('[data-check-date]').isVisible()).resolves.toBe(false);
  });

  test('results with error blocks: no serious accessibility violation', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('nothing left the machine and the page threw no error', () => {
    expectClean(o);
  });
});

describe('hostile files dropped beside a good file', () => {
  test('a zip bomb and a numbering trap leave the page responsive and the good file\'s result shown', async () => {
    const o = await open();
    const { page } = o;
    let crashed = false;
    page.on('crash', () => {
      crashed = true;
    });
    // 1 GB of zeros in ~1 MB, declaring 99 MB (refused at the part limit while inflating), a main
    // document that inflates far past the 1000 bytes it declares, and a list starting at 13e9.
    const bomb = writeZip([textEntry('[Content_Types].xml', '<Types/>'), zerosEntry('word/document.xml', 1024 * 1024 * 1024, 99 * 1024 * 1024)]);
    const files = [
      { name: 'bom-nen.docx', bytes: bomb },
      { name: 'bao-cao-tot.docx', bytes: writeDocx(sampleParagraphs()) },
      { name: 'khai-sai-kich-thuoc.docx', bytes: documentBomb(200 * 1024 * 1024) },
      { name: 'bay-danh-so.docx', bytes: numberingTrap('13000000000', 40) },
    ];
    await page.locator('[data-dropzone]').waitFor();
    const payload = files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }));
    await page.evaluate((list) => {
      const transfer = new DataTransfer();
      for (const f of list) {
        const binary = atob(f.base64);
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        transfer.items.add(new File([bytes], f.name));
      }
      const zone = document.querySelector('[data-dropzone]') as HTMLElement;
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, payload);
    await waitIdle(page, files.length);
    expect(crashed).toBe(false);
    // Still responsive: it evaluates script and answers input.
    await expect(page.evaluate(() => document.body.dataset.state)).resolves.toBe('idle');
    await expect(page.locator('input[data-input="reports"]').isEnabled()).resolves.toBe(true);

    const shown = await blocks(page);
    expect(shown.map((b) => b.name)).toEqual(files.map((f) => f.name));
    const byName = new Map(shown.map((b) => [b.name, b]));
    const good = analyze(readDocx(files[1].bytes));
    expect(byName.get('bao-cao-tot.docx')).toMatchObject({ error: undefined, ready: String(good.ready), statuses: statusesOf(good) });
    for (const name of ['bom-nen.docx', 'khai-sai-kich-thuoc.docx']) {
      expect(byName.get(name)?.error).toBe('inflated-too-large');
      expect(byName.get(name)?.text).toContain(DOCX_ERROR_MESSAGES['inflated-too-large'].vi);
    }
    const trap = byName.get('bay-danh-so.docx');
    expect(trap?.error).toBeUndefined();
    expect(trap?.ready).toBeDefined();
    expect(trap?.text.length).toBeLessThan(40 * MAX_LABEL_LENGTH + 20_000);
    expectClean(o);
  });
});

describe('?sample=1', () => {
  test('shows the sample report\'s results at once, as the engine reads the same file', async () => {
    const o = await open('?sample=1');
    const { page } = o;
    await waitIdle(page, 1);
    const [b] = await blocks(page);
    const report = analyze(readDocx(sampleDocx()));
    expect(b.name).toBe(SAMPLE_FILE_NAME);
    await expect(page.locator(`[data-file="${SAMPLE_FILE_NAME}"]`).getAttribute('data-sample')).resolves.toBe('true');
    expect(b.ready).toBe(String(report.ready));
    expect(b.statuses).toEqual(statusesOf(report));
    expect(Object.values(b.statuses).filter((s) => s !== 'ok').length).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'checker-1280');
    expectClean(o);
  });

  test('at 320 px with many files: the overview scrolls in its own box, the page never sideways; screenshot', async () => {
    const o = await open('', 320);
    const { page } = o;
    const names = ['bao-cao-day-du.docx', 'du-thao.docx', 'rong.docx'];
    await page.locator('input[data-input="reports"]').setInputFiles(names.map((f) => path.join(dir, f)));
    await waitIdle(page, names.length);
    await expect(page.locator('[data-overview]').isVisible()).resolves.toBe(true);
    const overflow = await horizontalOverflow(page, 320);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(320);
    const box = await page.locator('[data-overview-scroll]').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320.5).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'checker-320-overview');
    expectClean(o);
  });

  test('at 320 px: the results fit without horizontal scroll; screenshot', async () => {
    const o = await open('?sample=1', 320);
    const { page } = o;
    await waitIdle(page, 1);
    const overflow = await horizontalOverflow(page, 320);
    expect({ scrollWidth: overflow.scrollWidth <= 320, offenders: overflow.offenders }).toEqual({ scrollWidth: true, offenders: overflow.offenders });
    await screenshot(page, 'checker-320');
    expectClean(o);
  });
});
