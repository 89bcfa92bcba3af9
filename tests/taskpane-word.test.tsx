/** @jest-environment jsdom */
// The task pane over the real Word host (src/word/host.ts) on the Word fake: the main scenarios
// end to end, from the pane's buttons to the document's paragraphs, comments and properties.
import './helpers/dom-setup';
import { NOT_ANNOUNCER, openIgnoreForm, openPassing, problem, problems, row, sectionStatuses, summary } from './helpers/dom-queries';
import { installWordFake } from './helpers/word-setup';
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SnapshotParagraph } from '../src/analysis/types';
import { App } from '../src/taskpane/App';
import { bootstrap } from '../src/taskpane/bootstrap';
import { sampleParagraphs, type SampleOptions } from '../src/samples/sample-report';
import { defaultTemplate } from '../src/template';
import { createWordHost } from '../src/word/host';
import type { FakeOptions, FakeParagraphInit, WordFake } from './fakes/word-fake';
import { openCheckView, openWriteView } from './helpers/pane-views';

jest.setTimeout(40000);

let fake: WordFake;

afterEach(() => jest.useRealTimers());

beforeEach(() => {
  localStorage.clear();
});

function toFake(paragraphs: SnapshotParagraph[]): FakeParagraphInit[] {
  return paragraphs.map((p) => ({ text: p.text, headingLevel: p.headingLevel, inTable: p.inTable }));
}

function setup(sample: SampleOptions | null, options: FakeOptions = {}, lang: 'vi' | 'en' = 'vi') {
  fake = installWordFake(sample ? toFake(sampleParagraphs(sample)) : [], options);
  const host = createWordHost(lang);
  const user = userEvent.setup();
  render(<App host={host} lang={lang} />);
  return { host, user };
}

function heading(id: string): string {
  const s = defaultTemplate.sections.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return `${s.numbering} ${s.title}`;
}

async function check(user: ReturnType<typeof userEvent.setup>, name: string | RegExp = /^Kiểm tra( lại)?$/): Promise<void> {
  await openCheckView(user);
  const before = document.querySelector('[data-ready]');
  await user.click(await screen.findByRole('button', { name }));
  await waitFor(() => {
    const now = document.querySelector('[data-ready]');
    if (!now || (before && now === before && screen.queryByText('Đang kiểm tra…', NOT_ANNOUNCER))) throw new Error('not yet');
  });
  await waitFor(() => expect(screen.queryByText('Đang kiểm tra…', NOT_ANNOUNCER)).not.toBeInTheDocument());
}

test('empty document: one click writes the whole outline, and the check finds every heading', async () => {
  const { user } = setup(null);
  await user.click(screen.getByRole('textbox', { name: /Cơ quan ban hành/ }));
  await user.paste('ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH');
  await user.click(screen.getByRole('textbox', { name: /Địa danh/ }));
  await user.paste('Bắc Ninh');
  await openWriteView(user);
  await user.click(screen.getByRole('button', { name: 'Chèn mẫu báo cáo' }));

  await screen.findByText(/^Đã chèn \d+ đề mục của đề cương\.$/, NOT_ANNOUNCER);
  const texts = fake.doc.texts();
  expect(texts.some((t) => t.includes('ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH'))).toBe(true);
  expect(texts.some((t) => t.startsWith('Bắc Ninh, ngày'))).toBe(true);
  expect(texts).toContain(heading('1.II.3.3'));
  await openCheckView(user);
  await waitFor(() => summary());
  expect(summary()).toHaveAttribute('data-ready', 'false');
  const statuses = await sectionStatuses(user);
  expect([...statuses.keys()].sort()).toEqual(defaultTemplate.sections.map((s) => s.id).sort());
  expect([...statuses.values()]).not.toContain('missing');
});

test('document with text: nothing overwritten; "Bổ sung các mục còn thiếu" adds the missing headings only', async () => {
  const { user } = setup({ omit: ['1.II.4'] });
  const before = fake.doc.texts();
  await openWriteView(user);
  await user.click(screen.getByRole('button', { name: 'Chèn mẫu báo cáo' }));
  await screen.findByRole('group', { name: 'Văn bản đã có nội dung' });
  expect(fake.doc.texts()).toEqual(before);

  await user.click(screen.getByRole('button', { name: 'Bổ sung các mục còn thiếu' }));
  await screen.findByText('Đã bổ sung 1 mục còn thiếu.', NOT_ANNOUNCER);
  const after = fake.doc.texts();
  expect(after).toContain(heading('1.II.4'));
  let k = 0;
  for (const t of after) if (k < before.length && t === before[k]) k++;
  expect(k).toBe(before.length);
  await openCheckView(user);
  await waitFor(() => expect(problem('section-empty', '1.II.4')).toHaveAttribute('data-section-status', 'empty'));
});

test('a double click on insert writes the outline once', async () => {
  const { user } = setup(null);
  await openWriteView(user);
  await user.dblClick(screen.getByRole('button', { name: 'Chèn mẫu báo cáo' }));
  await screen.findByText(/^Đã chèn \d+ đề mục/, NOT_ANNOUNCER);
  const texts = fake.doc.texts();
  expect(texts.filter((t) => t === heading('1.I'))).toHaveLength(1);
  expect(fake.stats.calls.insertOoxml ?? 0).toBeLessThanOrEqual(1);
});

test('check: data-ready and per-section data-status; a click selects the heading in Word', async () => {
  const { user } = setup({ empty: ['1.III.2'], guidance: ['1.I'] });
  await check(user);
  expect(summary()).toHaveAttribute('data-ready', 'false');
  expect(problem('section-empty', '1.III.2')).toHaveAttribute('data-section-status', 'empty');
  expect(problem('guidance-left', '1.I')).toHaveAttribute('data-section-status', 'guidance-left');
  await openPassing(user);
  expect(row('1.II.1')).toHaveAttribute('data-status', 'ok');

  await user.click(within(row('1.II.3.1')).getAllByRole('button')[0]);
  await waitFor(() => expect(fake.stats.selected).toBe(fake.doc.texts().indexOf(heading('1.II.3.1'))));
  expect(fake.doc.selection.start).toBe(fake.doc.texts().indexOf(heading('1.II.3.1')));
});

test('comments: written on the flagged sections, then exactly those removed', async () => {
  const { user } = setup({ empty: ['1.III.2'] });
  fake.userComments(3, 'Góp ý của đồng chí Phó Chủ tịch', 'Trần Thị B');
  await openCheckView(user);
  await user.click(screen.getByRole('button', { name: 'Ghi nhận xét vào văn bản' }));
  const written = await screen.findByText(/^Đã ghi \d+ nhận xét vào văn bản\.$/, NOT_ANNOUNCER);
  const ours = fake.doc.comments.filter((c) => c.authorName !== 'Trần Thị B');
  expect(ours.length).toBeGreaterThan(0);
  expect(written).toHaveTextContent(`Đã ghi ${ours.length} nhận xét`);
  const onEmpty = ours.find((c) => fake.doc.paragraphs.find((p) => p.uid === c.paragraphUid)?.text === heading('1.III.2'));
  expect(onEmpty).toBeDefined();

  await openCheckView(user);
  await user.click(screen.getByRole('button', { name: 'Xóa nhận xét của công cụ' }));
  await screen.findByText(`Đã xóa ${ours.length} nhận xét của công cụ.`, NOT_ANNOUNCER);
  expect(fake.doc.comments.map((c) => c.authorName)).toEqual(['Trần Thị B']);
});

test('ignore with a reason is stored in the document; undo removes it', async () => {
  const { user } = setup({ empty: ['1.III.2'], noSignature: true });
  await check(user);
  const errors = () => problems('error');
  const empty = problem('section-empty', '1.III.2');
  const count = errors().length;
  await user.type(await openIgnoreForm(user, empty), 'Báo cáo riêng');
  await user.click(within(empty).getByRole('button', { name: 'Xác nhận bỏ qua' }));
  await waitFor(() => expect(errors()).toHaveLength(count - 1));
  expect(fake.doc.customProperties.some((p) => String(p.value).includes('Báo cáo riêng'))).toBe(true);
  const ignored = screen.getByRole('region', { name: /Đã bỏ qua/ });
  expect(ignored).toHaveTextContent('Lý do: Báo cáo riêng');

  await user.click(within(ignored).getByRole('button', { name: 'Hoàn tác' }));
  await waitFor(() => expect(errors()).toHaveLength(count));
  expect(fake.doc.customProperties.some((p) => String(p.value).includes('Báo cáo riêng'))).toBe(false);
});

test('change events: the check re-runs by itself after the user edits the document', async () => {
  jest.useFakeTimers();
  fake = installWordFake(toFake(sampleParagraphs({})), { apiVersion: '1.9' });
  const host = createWordHost('vi');
  render(<App host={host} lang="vi" />);
  // The pane checks the document it opens on, and opens on "Kiểm tra" (the outline is there).
  await act(async () => {
    await jest.advanceTimersByTimeAsync(10);
  });
  act(() => screen.getByRole('button', { name: /^Kiểm tra( lại)?$/ }).click());
  await act(async () => {
    await jest.advanceTimersByTimeAsync(10);
  });
  await waitFor(() => expect(summary()).toHaveAttribute('data-ready', 'true'));
  await act(async () => {
    await jest.advanceTimersByTimeAsync(10);
  });
  expect(fake.handlerCount('ParagraphChanged')).toBe(1);

  // The user empties the section "2. Hạn chế ..." (its body paragraphs).
  const texts = fake.doc.texts();
  const start = texts.indexOf(heading('1.III.2')) + 1;
  const end = texts.indexOf(heading('1.III.3'));
  for (let i = start; i < end; i++) fake.userTypes(i, '');
  await act(async () => {
    await fake.emitChange('ParagraphChanged');
    await jest.advanceTimersByTimeAsync(1100);
  });
  await waitFor(() => expect(summary()).toHaveAttribute('data-ready', 'false'));
  expect(problem('section-empty', '1.III.2')).toHaveAttribute('data-section-status', 'empty');
});

test('WordApi 1.1: comments, ignores and automatic re-check are off, each with its reason', async () => {
  const { user, host } = setup({ noSignature: true }, { apiVersion: '1.1' });
  expect(host.capabilities.comments).toBe(false);
  await openCheckView(user);
  const write = screen.getByRole('button', { name: 'Ghi nhận xét vào văn bản' });
  expect(write).toBeDisabled();
  expect(write).toHaveAccessibleDescription(`Chưa dùng được: ${host.capabilities.reasons.comments}`);
  expect(screen.getByText(`Chưa dùng được: ${host.capabilities.reasons.changeEvents}`, NOT_ANNOUNCER)).toBeInTheDocument();
  expect(screen.getByText('Khi văn bản thay đổi, hãy bấm Kiểm tra lại.', NOT_ANNOUNCER)).toBeInTheDocument();

  await check(user);
  expect(summary()).toHaveAttribute('data-ready', 'false');
  // An action that can never work on this Word is hidden, its reason said once in plain words.
  const errors = document.querySelector('[data-list="problems"]') as HTMLElement;
  expect(within(errors).queryByRole('button', { name: 'Thêm thao tác' })).not.toBeInTheDocument();
  expect(screen.getAllByText(`Chưa bỏ qua được lỗi: ${host.capabilities.reasons.storeIgnores}`, NOT_ANNOUNCER)).toHaveLength(1);
  expect(host.capabilities.reasons.storeIgnores).toMatch(/^Word của anh\/chị chưa hỗ trợ/);
  expect(document.body.textContent).not.toMatch(/WordApi/);
  // Selecting still works on 1.1.
  await openPassing(user);
  await user.click(within(row('1.I')).getAllByRole('button')[0]);
  await waitFor(() => expect(fake.stats.selected).toBe(fake.doc.texts().indexOf(heading('1.I'))));
  expect(fake.handlerCount('ParagraphChanged')).toBe(0);
});

test('WordApi 1.1 with text in the document: adding missing headings is off with its reason, the cursor still works', async () => {
  const { user, host } = setup({ omit: ['1.II.4'] }, { apiVersion: '1.1' });
  expect(host.capabilities.repair).toBe(false);
  const before = fake.doc.texts();
  await openWriteView(user);
  await user.click(screen.getByRole('button', { name: 'Chèn mẫu báo cáo' }));
  const missing = await screen.findByRole('button', { name: 'Bổ sung các mục còn thiếu' });
  expect(missing).toBeDisabled();
  expect(missing).toHaveAccessibleDescription(`Chưa dùng được: ${host.capabilities.reasons.repair}`);
  expect(fake.doc.texts()).toEqual(before);
  expect(screen.getByRole('button', { name: 'Chèn tại vị trí con trỏ' })).toBeEnabled();
});

test('English Word: bootstrap on the fake Office opens in Vietnamese with the Word host; the switch gives English', async () => {
  fake = installWordFake(toFake(sampleParagraphs({ empty: ['1.III.2'] })), { displayLanguage: 'en-GB' });
  const container = document.createElement('div');
  document.body.appendChild(container);
  let result: Awaited<ReturnType<typeof bootstrap>> | undefined;
  await act(async () => {
    result = await bootstrap(container);
  });
  // Vietnamese whatever Word's language; English is one click away.
  expect(result?.lang).toBe('vi');
  expect(result?.host?.kind).toBe('word');
  const user = userEvent.setup();
  await user.click(within(container).getByRole('button', { name: 'English' }));
  await openCheckView(user, 'Check');
  await user.click(await within(container).findByRole('button', { name: /^Check( again)?$/ }));
  await waitFor(() => expect(container.querySelector('[data-verdict]')).toHaveTextContent('1 error left'));
  expect(container.querySelector('[data-list="problems"] li[data-section="1.III.2"]')).toHaveTextContent('No content yet.');
  act(() => result?.root.unmount());
  container.remove();
});
