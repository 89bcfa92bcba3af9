// The production task pane (dist/taskpane.html) in headless Chromium, over the Word fake standing
// in for office.js: insert the outline, check, edits seen through change events, click-to-select,
// review comments, a double click, English, the narrow pane (320 × 700, tests/e2e/layout.ts),
// accessibility and screenshots. Every request that would leave the machine is blocked and must
// not happen.
import * as fs from 'node:fs';
import type { Page } from 'playwright-core';
import { COMMENT_MARKER, statusLabel } from '../../src/analysis/messages';
import { defaultTemplate } from '../../src/template';
import type { TemplateSection } from '../../src/template/types';
import type { FakeParagraphInit } from '../fakes/word-fake';
import { OUTLINE_2025_PATH } from '../helpers/outline-2025';
import {
  readFake,
  screenshot,
  seriousViolations,
  type FakeParagraphView,
  type OpenedPage,
  type PageOptions,
} from './helpers';
import { NARROW_PANE, axeSeriousOrCritical, expectNoHorizontalScroll, inFirstScreen, openPaneAt } from './layout';
import { pageSession } from './page-session';

jest.setTimeout(60_000);

const UNIT = 'ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH';
const PLACE = 'Bắc Ninh';
const USER_AUTHOR = 'Trần Thị B';
const USER_COMMENT = 'Góp ý của đồng chí Phó Chủ tịch: bổ sung số liệu.';

/** Text typed over the guidance of these sections (with figures where the section asks for them). */
const EDITS: Record<string, string> = {
  '1.I': 'Tổ chức 06 hội nghị quán triệt, ban hành 24 văn bản, 05 cuộc kiểm tra.',
  '1.III.1': 'Hoàn thành 100% chỉ tiêu đề ra; tổ chức 12 hội nghị đối thoại với 1.052 lượt người tham dự.',
  '2.1': 'Tổ chức thành công Đại hội MTTQ Việt Nam cấp xã tại 13/13 xã, triển khai nghị quyết Đại hội đến 100% khu dân cư.',
};

const session = pageSession('taskpane.html');

function open(options: PageOptions = {}): Promise<OpenedPage> {
  return session.open('', options);
}

/** Nothing left the machine and the page threw nothing. */
function expectClean(o: OpenedPage): void {
  expect(o.blocked).toEqual([]);
  expect(o.errors).toEqual([]);
}

/** The heading paragraph text as Word holds it: parts on two lines (Word's line break "\v"). */
function headingLines(section: TemplateSection): string[] {
  return section.level === 1 ? [section.numbering, section.title] : [`${section.numbering} ${section.title}`];
}

/** Index of each template heading in the document, searched in outline order; -1 when absent. */
function headingIndexes(paragraphs: FakeParagraphView[]): Map<string, number> {
  const out = new Map<string, number>();
  let from = 0;
  for (const s of defaultTemplate.sections) {
    const want = headingLines(s).join('\u000b');
    let found = -1;
    for (let i = from; i < paragraphs.length; i++) {
      if (paragraphs[i].text === want) {
        found = i;
        break;
      }
    }
    out.set(s.id, found);
    if (found >= 0) from = found + 1;
  }
  return out;
}

function row(page: Page, id: string) {
  return page.locator(`[data-section-id="${id}"]`);
}

/** Unfolds "Các mục đạt (N)", the sections that pass (folded after each check), when it is folded. */
async function openPassing(page: Page): Promise<void> {
  const header = page.locator('[data-passing]').getByRole('button').first();
  if ((await header.count()) > 0 && (await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}

/** The status of each section: those with a problem in the problem list, those that pass unfolded. */
async function statuses(page: Page): Promise<Record<string, string>> {
  await openPassing(page);
  return page.$$eval('[data-section-id]', (els) =>
    Object.fromEntries(els.map((el) => [el.getAttribute('data-section-id') ?? '', el.getAttribute('data-status') ?? ''])),
  );
}

async function fillAndInsert(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: /Cơ quan ban hành/ }).fill(UNIT);
  await page.getByRole('textbox', { name: /Địa danh/ }).fill(PLACE);
  await page.getByRole('button', { name: 'Chèn mẫu báo cáo', exact: true }).click();
  await page.locator('[data-feedback="success"]', { hasText: /Đã chèn \d+ đề mục của đề cương/ }).waitFor();
}

/** Records what the live region announces from now on (in `window.__announced`). */
async function listenToAnnouncer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid="announcer"]');
    if (!el) throw new Error('no live region');
    const said: string[] = [];
    window.__announced = said;
    new MutationObserver(() => said.push(el.textContent ?? '')).observe(el, { subtree: true, childList: true, characterData: true });
  });
}

/** Opens the "Kiểm tra" view, clicks "Kiểm tra" / "Kiểm tra lại" and waits until the check is announced as finished. */
async function check(page: Page, name: RegExp = /^Kiểm tra( lại)?$/, done = 'Kiểm tra xong:'): Promise<void> {
  await page.locator('[data-tab="check"]').click();
  await listenToAnnouncer(page);
  await page.getByRole('button', { name }).click();
  await page.waitForFunction((prefix) => (window.__announced ?? []).some((t) => t.startsWith(prefix)), done);
  await page.locator('[data-verdict]').waitFor();
  await page.locator('[data-section-id]').first().waitFor();
}

/** Opens the first problem's "…" menu and chooses "Bỏ qua…": the reason form opens under the problem. */
async function openIgnoreForm(page: Page): Promise<void> {
  await page.locator('[data-list="problems"] [data-problem-menu]').first().click();
  await page.getByRole('menuitem', { name: 'Bỏ qua…' }).click();
}

const containers = defaultTemplate.sections.filter((s) => s.kind === 'container').map((s) => s.id);
const bodies = defaultTemplate.sections.filter((s) => s.kind !== 'container').map((s) => s.id);

describe('an empty document in Word (the fake): insert, check, edit, select, comments', () => {
  let o: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    o = await open({ width: 1280 });
    page = o.page;
  });

  test('the empty pane has no serious accessibility violation', async () => {
    await page.getByRole('button', { name: 'Chèn mẫu báo cáo', exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('"Chèn mẫu báo cáo" writes every heading at its level, the header block and the signature', async () => {
    await fillAndInsert(page);
    const doc = await readFake(page);
    const at = headingIndexes(doc.paragraphs);
    for (const s of defaultTemplate.sections) {
      const i = at.get(s.id) ?? -1;
      expect({ id: s.id, found: i >= 0 }).toEqual({ id: s.id, found: true });
      const p = doc.paragraphs[i];
      expect({ id: s.id, style: p.styleBuiltIn, level: p.outlineLevel }).toEqual({ id: s.id, style: `Heading${s.level}`, level: s.level });
    }
    // Each heading once, and nothing else styled as a heading.
    const headingParas = doc.paragraphs.filter((p) => /^Heading\d$/.test(p.styleBuiltIn));
    expect(headingParas).toHaveLength(defaultTemplate.sections.length);

    const texts = doc.paragraphs.map((p) => p.text);
    const inTable = doc.paragraphs.filter((p) => p.tableNestingLevel > 0).map((p) => p.text);
    expect(inTable).toContain(UNIT);
    expect(inTable).toContain('BAN THƯỜNG TRỰC');
    expect(inTable).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(inTable).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(inTable.some((t) => new RegExp(`^${PLACE}, ngày … tháng … năm \\d{4}$`).test(t))).toBe(true);
    expect(texts).toContain('BÁO CÁO');
    for (const line of defaultTemplate.title) expect(texts).toContain(line);
    expect(inTable).toContain(defaultTemplate.recipients.heading);
    expect(inTable).toContain(defaultTemplate.signature.heading);
    expect(inTable).toContain(defaultTemplate.signature.note);
    // The signature block comes after the last heading.
    const lastHeading = Math.max(...at.values());
    expect(texts.lastIndexOf(defaultTemplate.signature.heading)).toBeGreaterThan(lastHeading);
    // The guidance sits in placeholder controls right after the headings that have some.
    const i1 = at.get('1.I') ?? -1;
    expect(doc.paragraphs[i1 + 1].controlTag).toBe('mttq-guidance');
    expect(doc.calls.insertOoxml).toBe(1);
  });

  test('"Kiểm tra": not ready, every section with a body "empty", containers "ok", none missing', async () => {
    await check(page);
    await expect(page.locator('[data-verdict]').getAttribute('data-ready')).resolves.toBe('false');
    const st = await statuses(page);
    expect(Object.keys(st).sort()).toEqual(defaultTemplate.sections.map((s) => s.id).sort());
    expect(Object.entries(st).filter(([, v]) => v === 'missing')).toEqual([]);
    for (const id of bodies) expect({ id, status: st[id] }).toEqual({ id, status: 'empty' });
    for (const id of containers) expect({ id, status: st[id] }).toEqual({ id, status: 'ok' });
  });

  test('results shown: no serious accessibility violation; screenshot at 1,280 px', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'taskpane-1280');
  });

  test('text typed over the guidance of 1.I, 1.III.1 and 2.1: the change event re-checks, those rows are "ok"', async () => {
    const before = await readFake(page);
    const at = headingIndexes(before.paragraphs);
    // Bottom-up, so the indexes of the earlier headings stay valid.
    const ids = Object.keys(EDITS).sort((a, b) => (at.get(b) ?? 0) - (at.get(a) ?? 0));
    for (const id of ids) {
      const heading = at.get(id) ?? -1;
      if (before.paragraphs[heading + 1]?.controlTag === 'mttq-guidance') {
        // Typing over the guidance placeholder replaces it.
        await page.evaluate(([index, text]) => window.__wordFake?.userTypes(index, text), [heading + 1, EDITS[id]] as [number, string]);
      } else {
        // A section without guidance: a new paragraph after its heading.
        await page.evaluate(([index, text]) => window.__wordFake?.userInserts(index, { text }), [heading, EDITS[id]] as [number, string]);
      }
    }
    const handlers = await page.evaluate(() => window.__wordFake?.handlerCount('ParagraphChanged') ?? 0);
    expect(handlers).toBeGreaterThan(0);
    await page.evaluate(() => window.__wordFake?.emitChange('ParagraphChanged'));
    // The re-check takes those sections off the problem list (they pass: folded away).
    await page.waitForFunction(
      (wanted) => wanted.every((id) => !document.querySelector(`[data-list="problems"] [data-section-id="${id}"]`)),
      Object.keys(EDITS),
    );
    const st = await statuses(page);
    for (const id of bodies) {
      expect({ id, status: st[id] }).toEqual({ id, status: id in EDITS ? 'ok' : 'empty' });
    }
    const after = await readFake(page);
    const afterAt = headingIndexes(after.paragraphs);
    for (const [id, text] of Object.entries(EDITS)) {
      const next = after.paragraphs[(afterAt.get(id) ?? -1) + 1];
      expect({ id, text: next.text, control: next.controlTag }).toEqual({ id, text, control: undefined });
    }
    // At least one section had guidance to type over, and its placeholder is gone.
    expect(Object.keys(EDITS).some((id) => before.paragraphs[(at.get(id) ?? -1) + 1].controlTag === 'mttq-guidance')).toBe(true);
    // The figures found show in the checklist of 1.I.
    await expect(row(page, '1.I').locator('[data-item-id][data-found="true"]').count()).resolves.toBe(3);
  });

  test('a click on a section row selects its heading in the document', async () => {
    for (const id of ['1.II.3.1', '2.4']) {
      await row(page, id).getByRole('button').first().click();
      const at = headingIndexes((await readFake(page)).paragraphs);
      const want = at.get(id);
      await page.waitForFunction((index) => window.__wordFake?.stats.selected === index, want);
      const doc = await readFake(page);
      expect(doc.selected).toBe(want);
      expect(doc.selection.start).toBe(want);
    }
  });

  test('"Ghi nhận xét vào văn bản" writes the add-in\'s comments; "Xóa nhận xét của công cụ" removes exactly those', async () => {
    const start = await readFake(page);
    const at = headingIndexes(start.paragraphs);
    const i1 = at.get('1.I') ?? -1;
    await page.evaluate(([index, content, author]) => window.__wordFake?.userComments(index, content, author), [i1, USER_COMMENT, USER_AUTHOR] as [
      number,
      string,
      string,
    ]);

    await page.getByRole('button', { name: 'Ghi nhận xét vào văn bản' }).click();
    const written = page.locator('[data-feedback="success"]', { hasText: /Đã ghi \d+ nhận xét vào văn bản\./ });
    await written.waitFor();
    const count = Number(/Đã ghi (\d+) nhận xét/.exec((await written.textContent()) ?? '')?.[1]);
    const doc = await readFake(page);
    const ours = doc.comments.filter((c) => c.content.startsWith(COMMENT_MARKER));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours).toHaveLength(count);
    expect(doc.comments.filter((c) => !c.content.startsWith(COMMENT_MARKER)).map((c) => [c.authorName, c.content])).toEqual([[USER_AUTHOR, USER_COMMENT]]);
    // On the heading of an empty section; none on a section that is now "ok".
    const uidOf = (id: string): string => doc.paragraphs[at.get(id) ?? -1].uid;
    expect(ours.some((c) => c.paragraphUid === uidOf('1.II.1'))).toBe(true);
    for (const id of Object.keys(EDITS)) expect(ours.some((c) => c.paragraphUid === uidOf(id))).toBe(false);

    await page.getByRole('button', { name: 'Xóa nhận xét của công cụ' }).click();
    await page.locator('[data-feedback="success"]', { hasText: `Đã xóa ${count} nhận xét của công cụ.` }).waitFor();
    const left = await readFake(page);
    expect(left.comments.map((c) => [c.authorName, c.content, c.paragraphUid])).toEqual([[USER_AUTHOR, USER_COMMENT, uidOf('1.I')]]);
  });

  test('with an ignore form open: no serious accessibility violation', async () => {
    const errors = page.locator('[data-list="problems"]');
    await openIgnoreForm(page);
    const reason = errors.getByRole('textbox', { name: /Lý do/ });
    await reason.waitFor();
    await expect(reason.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(errors.getByRole('textbox', { name: /Lý do/ }).count()).resolves.toBe(0);
  });

  test('nothing left the machine and the page threw no error', () => {
    expectClean(o);
  });
});

test('the empty pane at 320 × 700: its title in the first screen, no horizontal scroll, no serious accessibility violation; screenshot', async () => {
  const o = await openPaneAt(session, NARROW_PANE);
  const { page } = o;
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expect(inFirstScreen(page, page.getByRole('heading', { level: 1 }))).resolves.toBe(true);
  await expectNoHorizontalScroll(page);
  expect(await axeSeriousOrCritical(page)).toEqual([]);
  await screenshot(page, 'taskpane-320-empty');
  expectClean(o);
});

test('at 320 × 700: results and an open ignore form fit without horizontal scroll; screenshot', async () => {
  const o = await openPaneAt(session, NARROW_PANE);
  const { page } = o;
  await fillAndInsert(page);
  await check(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'taskpane-320');

  await openIgnoreForm(page);
  await page.getByRole('textbox', { name: /Lý do/ }).waitFor();
  await expectNoHorizontalScroll(page);
  expectClean(o);
});

describe('a double click on "Chèn mẫu báo cáo" inserts the outline once', () => {
  async function doubleClick(syncDelayMs: number) {
    const o = await open({ fake: { syncDelayMs } });
    const { page } = o;
    await listenToAnnouncer(page);
    await page.getByRole('button', { name: 'Chèn mẫu báo cáo', exact: true }).dblclick();
    await page.waitForFunction(() => (window.__announced ?? []).some((t) => /^Đã chèn \d+ đề mục/.test(t)));
    // The quiet re-check after the insertion has shown its progress.
    await page.locator('[data-progress]').waitFor();
    const doc = await readFake(page);
    const first = headingLines(defaultTemplate.sections[1]).join('\u000b');
    expect(doc.paragraphs.filter((p) => p.text === first)).toHaveLength(1);
    expect(doc.paragraphs.filter((p) => p.text === defaultTemplate.signature.heading)).toHaveLength(1);
    expect(doc.calls.insertOoxml).toBe(1);
    // The fields were left empty: the header shows the visible blanks.
    expect(doc.paragraphs.some((p) => p.text.startsWith('ỦY BAN MTTQ VIỆT NAM …'))).toBe(true);
    return o;
  }

  test('while Word is still inserting (a round trip of 150 ms per sync): the second click is ignored', async () => {
    const o = await doubleClick(150);
    await expect(o.page.locator('[data-feedback="success"]').textContent()).resolves.toMatch(/^Đã chèn \d+ đề mục của đề cương\.$/);
    expect(await o.page.locator('[data-offer="not-empty"]').count()).toBe(0);
    expectClean(o);
  });

  test('after Word has finished (no latency): the second click finds text and overwrites nothing', async () => {
    const o = await doubleClick(0);
    expectClean(o);
  });
});

test('Vietnamese when Word runs in English (displayLanguage en-US); the switch gives English', async () => {
  const o = await open({ fake: { options: { displayLanguage: 'en-US' } } });
  const { page } = o;
  await page.getByRole('heading', { level: 1, name: 'Báo cáo Mặt trận' }).waitFor();
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('vi');
  await page.locator('[data-lang-switch]').getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Front Report' }).waitFor();
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
  await expect(page.getByRole('button', { name: 'Chèn mẫu báo cáo', exact: true }).count()).resolves.toBe(0);
  await page.getByRole('button', { name: 'Insert the outline', exact: true }).click();
  await page.locator('[data-feedback="success"]', { hasText: /Inserted \d+ headings of the outline/ }).waitFor();
  await check(page, /^Check( again)?$/, 'Check finished:');
  await expect(page.locator('[data-verdict]').textContent()).resolves.toMatch(/\d+ errors? left/);
  await expect(row(page, '1.I').textContent()).resolves.toContain(statusLabel('empty', 'en'));
  await expect(row(page, '1.I').textContent()).resolves.not.toContain(statusLabel('empty', 'vi'));
  await page.getByRole('button', { name: 'Write comments into the document' }).waitFor();
  // The document itself stays Vietnamese: the outline is the official one.
  const doc = await readFake(page);
  expect(doc.paragraphs.some((p) => p.text === headingLines(defaultTemplate.sections[1])[0])).toBe(true);
  expectClean(o);
});

test('an imported outline: pick it, insert, save, reopen the document in a new session and check: the same outline is used', async () => {
  const first = await open();
  await first.page.locator('[data-testid="outline-file"]').setInputFiles({
    name: 'de-cuong-2025-mau.txt',
    mimeType: 'text/plain',
    buffer: fs.readFileSync(OUTLINE_2025_PATH),
  });
  await first.page.locator('[data-outline-message="success"]', { hasText: /Đã tải Đề cương năm 2025/ }).waitFor();
  await fillAndInsert(first.page);
  await first.page.locator('[data-tab="check"]').click();
  const used = first.page.locator('[data-outline-used="document"]');
  await used.waitFor();
  const id = await used.getAttribute('data-outline-id');
  expect(id).toMatch(/2025/);
  // The user saves; the document as saved (paragraphs, styles, placeholders and the add-in's settings).
  const saved = await first.page.evaluate(() => {
    const fake = window.__wordFake;
    if (!fake) throw new Error('no fake');
    fake.userSaves();
    const file = fake.reopen().doc;
    return {
      paragraphs: file.paragraphs.map((p) => ({
        text: p.text,
        headingLevel: /^Heading(\d)$/.exec(p.styleBuiltIn)?.[1],
        inTable: p.tableNestingLevel,
        control: p.control ? { tag: p.control.tag, title: p.control.title, group: p.control.id, showingPlaceholder: p.control.showingPlaceholder } : undefined,
      })),
      settings: file.settings,
    };
  });
  expectClean(first);
  const paragraphs: FakeParagraphInit[] = saved.paragraphs.map((p) => ({
    text: p.text,
    ...(p.headingLevel ? { headingLevel: Number(p.headingLevel) } : {}),
    ...(p.inTable ? { inTable: p.inTable } : {}),
    ...(p.control ? { contentControl: p.control } : {}),
  }));

  // Another computer: a new session over that content, without the outline file.
  const second = await open({ fake: { paragraphs, options: { settings: saved.settings } } });
  await check(second.page);
  const again = second.page.locator('[data-outline-used]');
  await expect(again.getAttribute('data-outline-used')).resolves.toBe('document');
  await expect(again.getAttribute('data-outline-id')).resolves.toBe(id);
  await expect(again.textContent()).resolves.toMatch(/^Đang kiểm tra theo đề cương: Đề cương năm 2025 .*\(ghi trong văn bản\)$/);
  // The 2025 outline's sections, none missing (1.II.7 is not in the built-in outline).
  const st = await statuses(second.page);
  expect(st['1.II.7']).toBeDefined();
  expect(Object.entries(st).filter(([, v]) => v === 'missing')).toEqual([]);
  expectClean(second);
});
