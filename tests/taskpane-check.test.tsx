/** @jest-environment jsdom */
// Checking from the task pane: the verdict, the problems grouped by kind, the sections that pass
// folded with their checklists, click (and keyboard) to select, the repair of a missing section,
// automatic re-checks.
import './helpers/dom-setup';
import { openPassing, problem, problems, row, summary } from './helpers/dom-queries';
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../src/taskpane/App';
import { sampleParagraphs, type SampleOptions } from '../src/samples/sample-report';
import { defaultTemplate } from '../src/template';
import { MemoryHost, type MemoryHostOptions } from './helpers/memory-host';

jest.setTimeout(30000);

const NOT_ANNOUNCER = { ignore: '[data-testid="announcer"], script, style' };

function setup(sample: SampleOptions | null, options: MemoryHostOptions = {}) {
  const host = new MemoryHost({ paragraphs: sample ? sampleParagraphs(sample) : [], ...options });
  const user = userEvent.setup();
  const view = render(<App host={host} lang="vi" />);
  return { host, user, ...view };
}

/** Index of the heading paragraph of a section (levels 2-4: "numbering title" on one line). */
function headingIndex(host: MemoryHost, id: string): number {
  const section = defaultTemplate.sections.find((s) => s.id === id);
  if (!section) throw new Error(`no section ${id}`);
  const i = host.texts().indexOf(`${section.numbering} ${section.title}`);
  if (i < 0) throw new Error(`no heading for ${id}`);
  return i;
}

/** Opens "Kiểm tra" (a document with the outline opens there by itself) and runs a check. */
async function check(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
  await user.click(await screen.findByRole('button', { name: /^Kiểm tra( lại)?$/ }));
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Kiểm tra xong:'));
}

test('a complete report is ready to sign; the sections that pass are folded, every one ok, in outline order', async () => {
  const { user } = setup({});
  await check(user);
  expect(summary()).toHaveAttribute('data-ready', 'true');
  expect(summary()).toHaveTextContent('Sẵn sàng trình ký');
  expect(problems('error')).toEqual([]);
  const block = document.querySelector('[data-passing]') as HTMLElement;
  expect(block).toHaveTextContent(`Các mục đạt (${defaultTemplate.sections.length})`);
  await openPassing(user);
  const rows = [...block.querySelectorAll<HTMLElement>('[data-section-id]')];
  expect(rows.map((r) => r.dataset.sectionId)).toEqual(defaultTemplate.sections.map((s) => s.id));
  expect(rows.every((r) => r.dataset.status === 'ok')).toBe(true);
  // Status in words, not colour alone.
  expect(within(row('1.II.1')).getByText(/^Đạt/)).toBeInTheDocument();
  // Indented by level.
  expect(row('1.II.3.1').style.paddingInlineStart).not.toBe(row('1.I').style.paddingInlineStart);
  expect(screen.getByRole('button', { name: 'Kiểm tra lại' })).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('Kiểm tra xong: Sẵn sàng trình ký');
});

test('a draft with problems: not ready, the errors grouped by kind first, each section that fails listed once', async () => {
  const { user } = setup({ omit: ['1.II.4'], empty: ['1.III.2'], guidance: ['1.I'], noFigures: ['1.II.3.3'], noSignature: true });
  await check(user);
  const s = summary();
  expect(s).toHaveAttribute('data-ready', 'false');
  const errorItems = problems('error');
  // The count in the verdict is the number of errors listed.
  expect(s).toHaveTextContent(`Còn ${errorItems.length} lỗi`);
  expect(s.getAttribute('data-errors')).toBe(String(errorItems.length));
  expect(errorItems.map((li) => li.dataset.code)).toEqual(
    expect.arrayContaining(['section-missing', 'section-empty', 'guidance-left', 'section-no-figures', 'signature-missing']),
  );
  expect(within(document.querySelector('[data-group="section-missing"]') as HTMLElement).getByRole('button', { name: /Thiếu mục \(1\)/ })).toBeInTheDocument();
  expect(problem('section-missing', '1.II.4')).toHaveTextContent('Chưa có đề mục này trong văn bản.');
  expect(problem('section-empty', '1.III.2')).toHaveTextContent('Chưa có nội dung.');
  expect(problem('guidance-left', '1.I')).toBeInTheDocument();
  expect(problem('section-no-figures', '1.II.3.3')).toBeInTheDocument();
  // The problems come before the sections that pass, which do not repeat the failing ones.
  const passing = document.querySelector('[data-passing]') as HTMLElement;
  expect(errorItems[0].compareDocumentPosition(passing) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  await openPassing(user);
  expect(row('1.II.1')).toHaveAttribute('data-status', 'ok');
  for (const id of ['1.II.4', '1.III.2', '1.I', '1.II.3.3']) expect(passing.querySelector(`[data-section-id="${id}"]`)).toBeNull();
  // Those are shown once, by the problem that says their status.
  expect(row('1.II.4')).toHaveAttribute('data-status', 'missing');
  expect(row('1.III.2')).toHaveAttribute('data-status', 'empty');
});

test('each section lists its required figures: the figure found with its sentence, or "chưa có"', async () => {
  const { user } = setup({});
  await check(user);
  await openPassing(user);
  const item = row('1.I').querySelector<HTMLElement>('[data-item-id="hoi-nghi"]');
  expect(item).not.toBeNull();
  expect(item).toHaveAttribute('data-found', 'true');
  expect(item).toHaveTextContent('06 hội nghị');
  expect(item).toHaveTextContent('Ngay từ đầu năm');
  // The whole sentence is a click (or Enter) away, not in a hover-only tooltip.
  expect(item?.querySelector('[title]')).toBeNull();
  await user.click(within(item as HTMLElement).getByRole('button', { name: 'Xem cả câu' }));
  expect(item).toHaveTextContent(/06 hội nghị quán triệt/);

  // A section with text but a figure not given: that item says "chưa có".
  const missing = [...document.querySelectorAll<HTMLElement>('[data-item-id][data-found="false"]')];
  for (const m of missing) expect(m).toHaveTextContent('chưa có');
});

test('a figure not given is "chưa có" and is a warning, not an error', async () => {
  const paragraphs = sampleParagraphs({}).map((p) =>
    p.text.startsWith('Tổ chức 05 cuộc kiểm tra') ? { text: 'Tổ chức kiểm tra việc thực hiện Chương trình phối hợp tại các khu dân cư.' } : p,
  );
  const host = new MemoryHost({ paragraphs });
  const user = userEvent.setup();
  render(<App host={host} lang="vi" />);
  await check(user);
  expect(summary()).toHaveAttribute('data-ready', 'true');
  expect(summary()).toHaveTextContent('1 cảnh báo');
  expect(problem('figure-missing', '1.I')).toHaveAttribute('data-severity', 'warning');
  await openPassing(user);
  expect(row('1.I')).toHaveTextContent('Đạt · thiếu 1 số liệu');
  const item = row('1.I').querySelector<HTMLElement>('[data-item-id="kiem-tra"]');
  expect(item).toHaveAttribute('data-found', 'false');
  expect(item).toHaveTextContent('chưa có');
  expect(summary()).toHaveAttribute('data-ready', 'true');
  expect(summary()).toHaveTextContent('Sẵn sàng trình ký · 1 cảnh báo');
});

test('clicking a section selects its heading; Enter on a focused row does too', async () => {
  const { host, user } = setup({});
  await check(user);
  await openPassing(user);
  await user.click(within(row('1.II.3.1')).getAllByRole('button')[0]);
  expect(host.selections).toEqual([headingIndex(host, '1.II.3.1')]);
  expect(screen.getByRole('status')).toHaveTextContent('Đã chọn: 3.1. Về thực hiện dân chủ');

  // Keyboard only: focus the row's button and press Enter, then Space on another.
  within(row('1.I')).getAllByRole('button')[0].focus();
  await user.keyboard('{Enter}');
  within(row('2.1')).getAllByRole('button')[0].focus();
  await user.keyboard(' ');
  expect(host.selections.slice(1)).toEqual([headingIndex(host, '1.I'), headingIndex(host, '2.1')]);
});

test('clicking a problem selects the paragraph it is about; next walks on to the following one', async () => {
  const { host, user } = setup({ empty: ['1.II.2.2', '1.III.2'] });
  await check(user);
  await user.click(within(problem('section-empty', '1.II.2.2')).getAllByRole('button')[0]);
  expect(host.selections).toEqual([headingIndex(host, '1.II.2.2')]);
  await user.click(screen.getByRole('button', { name: 'Vấn đề sau' }));
  expect(host.selections).toEqual([headingIndex(host, '1.II.2.2'), headingIndex(host, '1.III.2')]);
  expect(problem('section-empty', '1.III.2')).toHaveAttribute('aria-current', 'true');
});

test('a missing section says so and offers to add the missing heading', async () => {
  const { host, user } = setup({ omit: ['1.II.4'] });
  await check(user);
  const item = problem('section-missing', '1.II.4');
  await user.click(within(item).getAllByRole('button')[0]);
  expect(host.selections).toEqual([]);
  expect(item).toHaveTextContent('Chưa có đề mục này trong văn bản.');
  await user.click(within(item).getByRole('button', { name: 'Thêm đề mục còn thiếu' }));
  await waitFor(() => expect(problem('section-empty', '1.II.4')).toBeInTheDocument());
  expect(host.inserts.map((i) => i.options.mode)).toEqual(['missing']);
  expect(host.texts()).toContain('4. Tăng cường đoàn kết quốc tế, mở rộng hoạt động đối ngoại nhân dân');
});

test('a read failure is explained in Vietnamese; the last results stay', async () => {
  const { host, user } = setup({});
  await check(user);
  host.failNext('readSnapshot', new Error('RichApi.Error'));
  await user.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
  expect(await screen.findByText('Không đọc được văn bản để kiểm tra.', NOT_ANNOUNCER)).toBeInTheDocument();
  expect(summary()).toHaveAttribute('data-ready', 'true');
});

test('progress is shown while checking, and checks never overlap', async () => {
  const { host, user } = setup({});
  // The check the pane runs when it opens is held too; the user's check joins it.
  const release = host.hold('readSnapshot');
  await user.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
  await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  expect(screen.getByText('Đang kiểm tra…', NOT_ANNOUNCER)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeDisabled();
  // A change event while the check runs cannot start a second read.
  act(() => host.emitChange());
  await act(async () => release());
  await waitFor(() => summary());
  expect(host.maxConcurrentReads).toBe(1);
});

describe('automatic re-check on document changes', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  test('with change events the check re-runs by itself after the document settles', async () => {
    jest.useFakeTimers();
    const host = new MemoryHost({ paragraphs: sampleParagraphs({}) });
    render(<App host={host} lang="vi" />);
    expect(host.listenerCount).toBe(0);
    // The pane checks the document it opens on (it holds the outline: the pane opens on "Kiểm tra").
    await act(async () => {
      await jest.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByText('Khi văn bản thay đổi, công cụ tự kiểm tra lại.', NOT_ANNOUNCER)).toBeInTheDocument();
    expect(host.listenerCount).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
    await act(async () => {
      await jest.advanceTimersByTimeAsync(0);
    });
    expect(summary()).toHaveAttribute('data-ready', 'true');
    expect(host.listenerCount).toBe(1);
    const reads = host.log.filter((m) => m === 'readSnapshot').length;

    // The user deletes the signature block; Word fires several change events while typing.
    host.paragraphs = host.paragraphs.filter((p) => !/TM\. BAN THƯỜNG TRỰC|CHỦ TỊCH|Nguyễn Văn An/.test(p.text));
    act(() => {
      host.emitChange();
      host.emitChange();
      host.emitChange();
    });
    await act(async () => {
      await jest.advanceTimersByTimeAsync(500);
    });
    expect(host.log.filter((m) => m === 'readSnapshot').length).toBe(reads);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1000);
    });
    // One re-check for the burst of changes.
    expect(host.log.filter((m) => m === 'readSnapshot').length).toBe(reads + 1);
    expect(summary()).toHaveAttribute('data-ready', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('Còn 1 lỗi');
  });

  test('without change events the pane says to press "Kiểm tra lại", and nothing re-runs', async () => {
    const host = new MemoryHost({
      paragraphs: sampleParagraphs({}),
      capabilities: { changeEvents: false },
      reasons: { changeEvents: 'Cần Word hỗ trợ WordApi 1.6.' },
    });
    const user = userEvent.setup();
    render(<App host={host} lang="vi" />);
    await check(user);
    expect(screen.getByText('Khi văn bản thay đổi, hãy bấm Kiểm tra lại.', NOT_ANNOUNCER)).toBeInTheDocument();
    expect(screen.getByText(/Cần Word hỗ trợ WordApi 1\.6\./, NOT_ANNOUNCER)).toBeInTheDocument();
    expect(host.listenerCount).toBe(0);
    host.paragraphs = host.paragraphs.slice(0, 10);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
    await waitFor(() => expect(summary()).toHaveAttribute('data-ready', 'false'));
  });
});
