// The task pane at Word's narrowest width (320 × 700) over the Word fake, state by state: an empty
// document while writing, a draft with problems once checked (the verdict, its counts, the groups,
// the sections that pass, the sticky verdict), previous / next selecting each problem in the
// document, the fix beside a problem, ignoring from the "…" menu by keyboard, and the language
// switch. In each state: a screenshot, no horizontal scroll and no serious or critical
// accessibility violation. The figures come from the engine and the fake, never written here.
import type { Page } from 'playwright-core';
import type { SectionResult } from '../../src/analysis/types';
import { decodeIgnoreProperty } from '../../src/docx/ignores';
import { findingParagraph } from '../../src/taskpane/problem-fix';
import { groupProblems, problemOrder } from '../../src/taskpane/problem-groups';
import { defaultTemplate } from '../../src/template';
import { readFake, type OpenedPage } from './helpers';
import { NARROW_PANE, axeSeriousOrCritical, expectNoHorizontalScroll, inFirstScreen, openPaneAt, screenshot } from './layout';
import { DRAFT_PARAGRAPHS, DRAFT_REPORT, headingText, listedProblems, paneSettled, pressCheck } from './pane-draft';
import { pageSession } from './page-session';
import type { FakeOptions } from '../fakes/word-fake';

jest.setTimeout(90_000);

const session = pageSession('taskpane.html');

/** Nothing left the machine and the page threw nothing. */
function expectClean(o: OpenedPage): void {
  expect(o.blocked).toEqual([]);
  expect(o.errors).toEqual([]);
}

/** One state of the pane: its screenshot, no horizontal scroll, no serious or critical accessibility violation. */
async function expectState(page: Page, name: string): Promise<void> {
  await screenshot(page, `taskpane-narrow-${name}`);
  await expectNoHorizontalScroll(page);
  expect(await axeSeriousOrCritical(page)).toEqual([]);
}

/** The draft with problems, opened at 320 × 700, once the pane has picked its view. */
async function openDraft(options: FakeOptions = {}): Promise<OpenedPage> {
  const o = await openPaneAt(session, NARROW_PANE, { paragraphs: DRAFT_PARAGRAPHS, options });
  await paneSettled(o.page);
  return o;
}

const sectionsById = new Map<string, SectionResult>(DRAFT_REPORT.sections.map((s) => [s.id, s]));
const order = problemOrder(DRAFT_REPORT);

function count(text: string | null, re: RegExp): number {
  const m = re.exec(text ?? '');
  if (!m) throw new Error(`"${text}" does not match ${re}`);
  return Number(m[1]);
}

test('the draft has problems of each severity, in several sections, one about a missing section and one about the whole document', () => {
  // What the tests below walk through: if the engine stopped finding these, they would prove little.
  expect(DRAFT_REPORT.errorCount).toBeGreaterThan(1);
  expect(DRAFT_REPORT.warningCount).toBeGreaterThan(1);
  expect(new Set(order.map((f) => f.severity))).toEqual(new Set(['error', 'warning', 'info']));
  expect(order.some((f) => f.code === 'section-missing')).toBe(true);
  expect(order.some((f) => !f.section)).toBe(true);
  expect(order.some((f) => f.code === 'guidance-left')).toBe(true);
  expect(order.some((f) => f.code === 'section-no-figures')).toBe(true);
});

test('an empty document opens on "Soạn"; inserting the outline says how many headings and shows progress, not a red verdict', async () => {
  const o = await openPaneAt(session, NARROW_PANE);
  const { page } = o;
  await paneSettled(page);
  await page.locator('[data-view="write"]').waitFor();
  await expect(page.getByRole('tab', { name: 'Soạn' }).getAttribute('aria-selected')).resolves.toBe('true');
  await expectState(page, '1-empty');

  await page.getByRole('button', { name: 'Chèn mẫu báo cáo', exact: true }).click();
  const done = page.locator('[data-feedback="success"]', { hasText: /^Đã chèn \d+ đề mục/ });
  await done.waitFor();
  const inserted = count(await done.textContent(), /^Đã chèn (\d+) đề mục của đề cương\.$/);
  const doc = await readFake(page);
  // One heading paragraph per section of the outline, as many as the pane says.
  const headingParagraphs = doc.paragraphs.filter((p) => /^Heading\d$/.test(p.styleBuiltIn)).length;
  expect(inserted).toBe(defaultTemplate.sections.length);
  expect(inserted).toBe(headingParagraphs);

  // The sections to write: the outline's leaves that are not optional.
  const ids = defaultTemplate.sections.map((s) => s.id);
  const toWrite = defaultTemplate.sections.filter(
    (s) => s.kind !== 'container' && s.kind !== 'optional' && !ids.some((id) => id.startsWith(`${s.id}.`)),
  ).length;
  expect(toWrite).toBeGreaterThan(0);
  const progress = page.locator(`[data-progress="0/${toWrite}"]`);
  await progress.waitFor();
  await expect(progress.textContent()).resolves.toContain(`Đã viết 0/${toWrite} mục có nội dung`);
  await expect(page.getByRole('progressbar').getAttribute('aria-valuemax')).resolves.toBe(String(toWrite));
  // Still writing: no verdict and no error anywhere on screen.
  await expect(page.locator('[data-view="write"]').count()).resolves.toBe(1);
  await expect(page.locator('[data-verdict]').count()).resolves.toBe(0);
  await expect(page.locator('[data-severity="error"]').count()).resolves.toBe(0);
  await expectState(page, '1-inserted');
  expectClean(o);
});

test('a draft with problems opens on "Kiểm tra"; after a check the verdict is in the first screen, focused, counted, sticky; problems grouped; passing sections folded', async () => {
  const o = await openDraft();
  const { page } = o;
  await page.locator('[data-view="check"]').waitFor();
  await expect(page.getByRole('tab', { name: 'Kiểm tra' }).getAttribute('aria-selected')).resolves.toBe('true');
  await pressCheck(page);
  const verdict = page.locator('[data-verdict]');
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-verdict') === true);
  await expect(inFirstScreen(page, verdict)).resolves.toBe(true);

  // The verdict's words and the problems listed tell the same counts, and the engine's.
  const listed = await listedProblems(page);
  const errors = listed.filter((p) => p.severity === 'error').length;
  const warnings = listed.filter((p) => p.severity === 'warning').length;
  const words = ((await verdict.textContent()) ?? '').trim();
  expect(words).toBe(`Còn ${errors} lỗi · ${warnings} cảnh báo`);
  expect([errors, warnings]).toEqual([DRAFT_REPORT.errorCount, DRAFT_REPORT.warningCount]);
  await expect(verdict.getAttribute('data-errors')).resolves.toBe(String(errors));
  await expect(verdict.getAttribute('data-warnings')).resolves.toBe(String(warnings));
  expect(listed.map((p) => [p.code, p.section])).toEqual(order.map((f) => [f.code, f.section ?? '']));
  await expectState(page, '2-checked');

  // Groups: errors, then warnings, then notes; each header's count is its number of problems.
  const groups = await page.$$eval('[data-list="problems"] [data-group]', (els) =>
    els.map((el) => ({
      code: el.getAttribute('data-group') ?? '',
      severity: el.getAttribute('data-severity') ?? '',
      header: el.querySelector('button')?.textContent ?? '',
      items: el.querySelectorAll('li[data-code]').length,
    })),
  );
  const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
  const ranks = groups.map((g) => rank[g.severity]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(new Set(ranks)).toEqual(new Set([0, 1, 2]));
  expect(groups.map((g) => g.code)).toEqual(groupProblems(DRAFT_REPORT).map((g) => g.code));
  for (const g of groups) {
    expect({ code: g.code, count: count(g.header, /\((\d+)\)/) }).toEqual({ code: g.code, count: g.items });
    expect(g.items).toBeGreaterThan(0);
  }
  expect(groups.reduce((n, g) => n + g.items, 0)).toBe(listed.length);

  // The sections that pass are folded; with the sections the problems are about, they are all the outline's.
  const passing = page.locator('[data-passing]');
  const passingHeader = passing.getByRole('button').first();
  await expect(passingHeader.getAttribute('aria-expanded')).resolves.toBe('false');
  await expect(passing.locator('[data-section-id]').count()).resolves.toBe(0);
  const k = count(await passingHeader.textContent(), /^Các mục đạt \((\d+)\)$/);
  const failing = new Set(listed.filter((p) => p.section && p.sectionStatus !== 'ok').map((p) => p.section));
  expect(k + failing.size).toBe(defaultTemplate.sections.length);
  await passingHeader.click();
  const rows = await passing.locator('[data-section-id]').evaluateAll((els) =>
    els.map((el) => ({ id: el.getAttribute('data-section-id') ?? '', missing: Number(el.getAttribute('data-missing-figures') ?? 0), text: el.textContent ?? '' })),
  );
  expect(rows).toHaveLength(k);
  expect(new Set([...rows.map((r) => r.id), ...failing])).toEqual(new Set(defaultTemplate.sections.map((s) => s.id)));
  // A section that passes without some of its required figures says how many, as the warnings do.
  const short = rows.filter((r) => r.missing > 0);
  expect(short.length).toBeGreaterThan(0);
  for (const r of short) {
    expect(r.missing).toBe(listed.filter((p) => p.section === r.id && p.code === 'figure-missing').length);
    expect(r.text).toContain(`Đạt · thiếu ${r.missing} số liệu`);
  }
  await expectState(page, '2-passing-open');

  // Scrolled to the bottom, the verdict is still in sight.
  const naturalBottom = await verdict.evaluate((el) => {
    window.scrollTo(0, 0);
    return el.getBoundingClientRect().bottom;
  });
  const atBottom = await verdict.evaluate((el) => {
    const scroller = document.scrollingElement ?? document.documentElement;
    window.scrollTo(0, scroller.scrollHeight);
    const r = el.getBoundingClientRect();
    return { scrollY: window.scrollY, top: r.top, bottom: r.bottom, height: window.innerHeight };
  });
  expect(atBottom.scrollY).toBeGreaterThan(naturalBottom);
  expect(atBottom.top).toBeGreaterThanOrEqual(0);
  expect(atBottom.bottom).toBeLessThanOrEqual(atBottom.height);
  await screenshot(page, 'taskpane-narrow-2-scrolled', { fullPage: false });
  await expectNoHorizontalScroll(page);
  expect(await axeSeriousOrCritical(page)).toEqual([]);
  expectClean(o);
});

test('"Vấn đề sau" walks the problems: each selected in the document, its position shown; a missing section shows its fix and selects nothing', async () => {
  const o = await openDraft();
  const { page } = o;
  await page.locator('[data-list="problems"]').waitFor();
  const listed = await listedProblems(page);
  expect(listed.map((p) => [p.code, p.section])).toEqual(order.map((f) => [f.code, f.section ?? '']));
  const total = order.length;
  await page.evaluate(() => window.__wordFake?.userSelects(0));
  const selects = (await readFake(page)).calls.select ?? 0;
  let selected = 0;
  const next = page.getByRole('button', { name: 'Vấn đề sau' });
  const position = page.locator('[data-problem-nav] [data-position]');

  for (let i = 0; i < total; i++) {
    const f = order[i];
    const section = f.section ? sectionsById.get(f.section) : undefined;
    await next.click();
    await page.locator('[data-problem-nav] [data-position]', { hasText: `${i + 1}/${total}` }).waitFor();
    await expect(position.textContent()).resolves.toBe(`${i + 1}/${total}`);
    const current = page.locator('[data-list="problems"] li[aria-current="true"]');
    await expect(current.getAttribute('data-code')).resolves.toBe(f.code);
    await expect(current.getAttribute('data-section')).resolves.toBe(f.section ?? '');
    const paragraph = findingParagraph(f, section);
    if (paragraph === undefined) {
      // Not in the document: nothing to select; the fix is beside it.
      expect(f.code).toBe('section-missing');
      await current.locator('[data-fix="repair"]').waitFor();
      await expect(current.getByRole('button', { name: 'Thêm đề mục còn thiếu' }).count()).resolves.toBe(1);
    } else {
      selected++;
      await page.waitForFunction(
        ([p, n]) => {
          const fake = window.__wordFake;
          return fake?.doc.selection.start === p && fake.doc.selection.end === p && fake.stats.calls.select === n;
        },
        [paragraph, selects + selected],
      );
      const doc = await readFake(page);
      // A section's problem selects the section's heading; a document-wide one the engine's paragraph.
      if (section) expect(doc.paragraphs[doc.selection.start].text).toBe(headingText(section.id));
      expect(doc.selection.startOffset).toBeUndefined();
    }
    // One selection per problem that has a paragraph, none for the missing section.
    await expect(readFake(page).then((d) => d.calls.select ?? 0)).resolves.toBe(selects + selected);
    await expectState(page, `3-step-${i + 1}`);
  }
  await expect(next.isDisabled()).resolves.toBe(true);
  expect(selected).toBeLessThan(total);
  expect(selected).toBeGreaterThan(0);

  // And back one.
  await page.getByRole('button', { name: 'Vấn đề trước' }).click();
  await page.locator('[data-problem-nav] [data-position]', { hasText: `${total - 1}/${total}` }).waitFor();
  const back = findingParagraph(order[total - 2], sectionsById.get(order[total - 2].section ?? ''));
  if (back !== undefined) await page.waitForFunction((p) => window.__wordFake?.doc.selection.start === p, back);
  expectClean(o);
});

test('the fix beside the problem: the guidance paragraphs selected to delete; the cursor put at the end of the section\'s text for its figures', async () => {
  const o = await openDraft();
  const { page } = o;
  const problems = page.locator('[data-list="problems"]');
  await problems.waitFor();

  // Guidance left: exactly the outline's guidance paragraphs of that section are selected.
  const guidance = order.find((f) => f.code === 'guidance-left' && f.section);
  if (!guidance?.section) throw new Error('the draft has no guidance left');
  const guidanceItem = problems.locator(`li[data-code="guidance-left"][data-section="${guidance.section}"]`);
  await guidanceItem.getByRole('button').first().click();
  await guidanceItem.getByRole('button', { name: 'Chọn đoạn hướng dẫn để xóa' }).click();
  const asked = defaultTemplate.sections.find((s) => s.id === guidance.section)?.guidance ?? [];
  expect(asked.length).toBeGreaterThan(1);
  await page.waitForFunction((n) => {
    const s = window.__wordFake?.doc.selection;
    return s !== undefined && s.end - s.start + 1 === n;
  }, asked.length);
  let doc = await readFake(page);
  expect(doc.paragraphs.slice(doc.selection.start, doc.selection.end + 1).map((p) => p.text)).toEqual(asked);
  expect(doc.selection.startOffset).toBeUndefined();
  expect(doc.paragraphs[doc.selection.start - 1].text).toBe(headingText(guidance.section));
  await expectState(page, '4-guidance-selected');

  // No figures: an empty selection (the cursor) at the end of the last paragraph of the section's text.
  const figures = order.find((f) => f.code === 'section-no-figures' && f.section);
  if (!figures?.section) throw new Error('the draft has no section without figures');
  const figuresItem = problems.locator(`li[data-code="section-no-figures"][data-section="${figures.section}"]`);
  await figuresItem.getByRole('button').first().click();
  await figuresItem.getByRole('button', { name: 'Đặt con trỏ vào chỗ viết số liệu' }).click();
  await page.waitForFunction(() => {
    const s = window.__wordFake?.doc.selection;
    return s !== undefined && s.startOffset !== undefined && s.startOffset === s.endOffset;
  });
  doc = await readFake(page);
  const heading = doc.paragraphs.findIndex((p) => p.text === headingText(figures.section ?? ''));
  let nextHeading = heading + 1;
  while (nextHeading < doc.paragraphs.length && !/^Heading\d$/.test(doc.paragraphs[nextHeading].styleBuiltIn)) nextHeading++;
  const last = nextHeading - 1;
  expect(last).toBeGreaterThan(heading);
  expect(doc.selection).toEqual({ start: last, end: last, startOffset: doc.paragraphs[last].text.length, endOffset: doc.paragraphs[last].text.length });
  expect(doc.selectedText).toBe('');
  await expectState(page, '4-cursor-placed');
  expectClean(o);
});

test('ignoring from the "…" menu with a reason, by keyboard only; a document-wide finding has no menu', async () => {
  const o = await openDraft();
  const { page } = o;
  const problems = page.locator('[data-list="problems"]');
  await problems.waitFor();
  const verdict = page.locator('[data-verdict]');
  const errorsBefore = Number(await verdict.getAttribute('data-errors'));

  // Document-wide findings (the signature) cannot be ignored: no menu on them.
  const wide = problems.locator('li[data-code]:not([data-section]), li[data-code][data-section=""]');
  await expect(wide.count()).resolves.toBeGreaterThan(0);
  await expect(wide.locator('[data-problem-menu]').count()).resolves.toBe(0);

  const target = order.find((f) => f.code === 'section-empty' && f.section);
  if (!target?.section) throw new Error('the draft has no empty section');
  const item = problems.locator(`li[data-code="section-empty"][data-section="${target.section}"]`);
  const menuButton = item.locator('[data-problem-menu]');
  await expect(menuButton.getAttribute('aria-label')).resolves.toBe('Thêm thao tác');
  // From the problem's row, Tab reaches its "…" button.
  await item.getByRole('button').first().focus();
  await page.keyboard.press('Tab');
  await expect(menuButton.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

  const menuItem = page.getByRole('menuitem', { name: 'Bỏ qua…' });
  const focused = (): Promise<boolean> => menuItem.evaluate((el) => el === document.activeElement);
  await page.keyboard.press('Enter');
  await menuItem.waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem');
  await expect(focused()).resolves.toBe(true);
  await expectState(page, '5-menu-open');
  // Escape closes the menu and gives the focus back to "…".
  await page.keyboard.press('Escape');
  await menuItem.waitFor({ state: 'detached' });
  await expect(menuButton.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

  // Space opens it again; Enter on "Bỏ qua…" opens the reason form, its field focused.
  await page.keyboard.press(' ');
  await menuItem.waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem');
  await page.keyboard.press('Enter');
  const reasonBox = item.getByRole('textbox', { name: /Lý do/ });
  await reasonBox.waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  await expect(reasonBox.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await expectState(page, '5-reason-form');
  // Escape cancels the form, back to "…".
  await page.keyboard.press('Escape');
  await reasonBox.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-problem-menu') === true);
  await expect(menuButton.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

  // Again, this time with a reason, confirmed with Enter.
  const reason = 'Mục này đã báo cáo riêng theo chuyên đề.';
  await page.keyboard.press('Enter');
  await menuItem.waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem');
  await page.keyboard.press('Enter');
  await reasonBox.waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  await page.keyboard.type(reason);
  await page.keyboard.press('Enter');

  const ignored = page.locator('[data-list="ignored"]');
  await ignored.waitFor();
  await expect(ignored.textContent()).resolves.toContain(reason);
  await page.waitForFunction((n) => document.querySelector('[data-verdict]')?.getAttribute('data-errors') === String(n), errorsBefore - 1);
  await expect(item.count()).resolves.toBe(0);
  const listed = await listedProblems(page);
  expect(listed.filter((p) => p.severity === 'error')).toHaveLength(errorsBefore - 1);
  // Stored in the document, with its reason.
  const stored = await page.evaluate(() => (window.__wordFake?.doc.customProperties ?? []).map((p) => String(p.value)));
  const ignores = stored.map((v) => decodeIgnoreProperty(v)).filter((x) => x !== null);
  expect(ignores.map((x) => [x?.section, x?.reason])).toEqual([[target.section, reason]]);
  await expectState(page, '5-ignored');
  expectClean(o);
});

test('English Word opens in Vietnamese; "English" turns the pane English, a reload keeps it, "Tiếng Việt" returns', async () => {
  const o = await openDraft({ displayLanguage: 'en-US' });
  const { page } = o;
  const lang = (): Promise<string> => page.evaluate(() => document.documentElement.lang);
  const verdict = page.locator('[data-verdict]');
  const { errorCount, warningCount } = DRAFT_REPORT;
  await page.getByRole('heading', { level: 1, name: 'Báo cáo Mặt trận' }).waitFor();
  await expect(lang()).resolves.toBe('vi');
  await expect(verdict.textContent()).resolves.toBe(`Còn ${errorCount} lỗi · ${warningCount} cảnh báo`);
  await expectState(page, '6-vietnamese');

  await page.locator('[data-lang-switch]').getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Front Report' }).waitFor();
  await expect(lang()).resolves.toBe('en');
  await page.locator('[data-verdict]', { hasText: /left/ }).waitFor();
  await expect(verdict.textContent()).resolves.toBe(`${errorCount} errors left · ${warningCount} warnings`);
  await expect(page.locator('[data-lang-switch]').getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).resolves.toBe('true');
  await expectState(page, '6-english');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Front Report' }).waitFor();
  await expect(lang()).resolves.toBe('en');
  await paneSettled(page);
  await page.locator('[data-verdict]', { hasText: /left/ }).waitFor();
  await expectState(page, '6-english-reloaded');

  await page.locator('[data-lang-switch]').getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.getByRole('heading', { level: 1, name: 'Báo cáo Mặt trận' }).waitFor();
  await expect(lang()).resolves.toBe('vi');
  await page.locator('[data-verdict]', { hasText: /^Còn/ }).waitFor();
  await expect(verdict.textContent()).resolves.toBe(`Còn ${errorCount} lỗi · ${warningCount} cảnh báo`);
  await expect(page.evaluate(() => localStorage.getItem('mttq-report.lang'))).resolves.toBe('vi');
  await expectState(page, '6-vietnamese-again');
  expectClean(o);
});
