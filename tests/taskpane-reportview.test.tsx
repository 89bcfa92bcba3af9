/** @jest-environment jsdom */
// ReportView on its own, over reports of the real engine: only the problems, grouped by kind and
// counted; previous / next; the fix beside the current problem; ignore in a menu; the sections
// that pass folded away; several reports on one page.
import './helpers/dom-setup';
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { analyze } from '../src/analysis/report';
import type { Finding, Report } from '../src/analysis/types';
import { ReportView, type ReportViewProps } from '../src/taskpane/ReportView';
import { problemOrder } from '../src/taskpane/problem-groups';
import { sampleParagraphs, type SampleOptions } from '../src/samples/sample-report';

jest.setTimeout(30000);

function reportOf(options: SampleOptions): Report {
  return analyze({ paragraphs: sampleParagraphs(options) });
}

const good = reportOf({});
const draft = reportOf({ omit: ['1.II.4'], empty: ['1.II.2.2', '1.III.2'], guidance: ['1.I'], noFigures: ['1.II.3.3'], noSignature: true });
/** Section 1.I passes, but its inspections are written without their number. */
const oneFigureMissing = analyze({
  paragraphs: sampleParagraphs({}).map((p) =>
    p.text.startsWith('Tổ chức 05 cuộc kiểm tra') ? { text: 'Tổ chức kiểm tra việc thực hiện Chương trình tại các khu dân cư.' } : p,
  ),
});

function view(props: Partial<ReportViewProps> & { report: Report }) {
  const user = userEvent.setup();
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <ReportView lang="vi" {...props} />
    </FluentProvider>,
  );
  return { user, ...result };
}

function group(code: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-group="${code}"]`);
  if (!el) throw new Error(`no group ${code}`);
  return el;
}

function problem(code: string, section?: string): HTMLElement {
  const items = [...document.querySelectorAll<HTMLElement>(`[data-list="problems"] li[data-code="${code}"]`)];
  const item = items.find((li) => section === undefined || li.dataset.section === section);
  if (!item) throw new Error(`no problem ${code} ${section ?? ''}`);
  return item;
}

function section(id: string, report: Report = draft) {
  const s = report.sections.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
}

async function openPassing(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  const passing = document.querySelector<HTMLElement>('[data-passing]');
  if (!passing) throw new Error('no passing block');
  await user.click(within(passing).getByRole('button', { name: /^Các mục đạt/ }));
  return passing;
}

describe('the verdict', () => {
  test('"Sẵn sàng trình ký", or the errors and warnings left without a zero part', () => {
    view({ report: good });
    const verdict = document.querySelector('[data-verdict]') as HTMLElement;
    expect(verdict).toHaveAttribute('data-ready', 'true');
    expect(verdict).toHaveTextContent(/^Sẵn sàng trình ký/);
    expect(verdict).not.toHaveTextContent(/\b0 /);
  });

  test('a draft says "Còn N lỗi · M cảnh báo" with the counts as data', () => {
    view({ report: draft });
    const verdict = document.querySelector('[data-verdict]') as HTMLElement;
    expect(verdict).toHaveAttribute('data-errors', String(draft.errorCount));
    const text = draft.warningCount > 0 ? `Còn ${draft.errorCount} lỗi · ${draft.warningCount} cảnh báo` : `Còn ${draft.errorCount} lỗi`;
    expect(verdict).toHaveTextContent(text);
  });

  test('summary="none" leaves the verdict to the surface', () => {
    view({ report: draft, summary: 'none' });
    expect(document.querySelector('[data-verdict]')).toBeNull();
    expect(document.querySelector('[data-list="problems"]')).not.toBeNull();
  });
});

describe('only what needs work, grouped and counted', () => {
  test('groups in order errors, warnings, notes; each header names the kind, the count and the severity in words', () => {
    view({ report: draft });
    const groups = [...document.querySelectorAll<HTMLElement>('[data-group]')];
    const severities = groups.map((g) => g.dataset.severity);
    const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    expect(severities.map((s) => rank[s ?? ''])).toEqual([...severities.map((s) => rank[s ?? ''])].sort());
    const empty = group('section-empty');
    expect(within(empty).getByRole('button', { name: /Chưa có nội dung \(2\)/ })).toHaveAttribute('aria-expanded', 'true');
    expect(within(empty).getByRole('button', { name: /Chưa có nội dung \(2\)/ })).toHaveTextContent('Lỗi');
    expect(within(empty).getAllByRole('listitem').map((li) => li.dataset.section)).toEqual(['1.II.2.2', '1.III.2']);
    expect(within(group('section-missing')).getByRole('button', { name: /Thiếu mục \(1\)/ })).toBeInTheDocument();
    // Every open finding is listed once.
    const items = document.querySelectorAll('[data-list="problems"] li[data-code]');
    expect(items).toHaveLength(draft.findings.filter((f) => !f.ignored).length);
    expect(screen.getByRole('heading', { name: `Cần xem lại (${items.length})` })).toBeInTheDocument();
  });

  test('a group folds and unfolds', async () => {
    const { user } = view({ report: draft });
    const header = within(group('section-empty')).getByRole('button', { name: /Chưa có nội dung \(2\)/ });
    await user.click(header);
    expect(header).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(within(group('section-empty')).queryAllByRole('listitem')).toHaveLength(0));
    await user.click(header);
    expect(within(group('section-empty')).getAllByRole('listitem')).toHaveLength(2);
  });

  test('a problem shows its section title on its own line, apart from what is wrong', () => {
    view({ report: draft });
    const item = problem('section-empty', '1.III.2');
    const row = within(item).getAllByRole('button')[0];
    const title = section('1.III.2').title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(row).toHaveAccessibleName(new RegExp(`^Lỗi: ${title}\\s?: Chưa có nội dung\\.$`));
    expect(within(item).getByText(section('1.III.2').title)).toBeInTheDocument();
  });

  test('the sections that pass are folded behind "Các mục đạt (N)", closed by default; failing ones are not repeated there', async () => {
    const { user } = view({ report: draft });
    const passing = draft.sections.filter((s) => s.status === 'ok');
    const block = document.querySelector('[data-passing]') as HTMLElement;
    const header = within(block).getByRole('button', { name: `Các mục đạt (${passing.length})` });
    expect(header).toHaveAttribute('aria-expanded', 'false');
    expect(block.querySelector('[data-section-id]')).toBeNull();
    await openPassing(user);
    const rows = [...block.querySelectorAll<HTMLElement>('[data-section-id]')];
    expect(rows.map((r) => r.dataset.sectionId)).toEqual(passing.map((s) => s.id));
    expect(rows.every((r) => r.dataset.status === 'ok')).toBe(true);
    expect(block.querySelector('[data-section-id="1.III.2"]')).toBeNull();
    // Each section shown is one [data-section-id]: the row of a section that passes, or the
    // problem that says the status of one that does not.
    expect(problem('section-empty', '1.III.2')).toHaveAttribute('data-section-id', '1.III.2');
    expect(problem('section-empty', '1.III.2')).toHaveAttribute('data-status', 'empty');
    const ids = [...document.querySelectorAll<HTMLElement>('[data-section-id]')].map((e) => e.dataset.sectionId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('a section that passes but lacks a required figure says so, and the warning is with the others', async () => {
    const { user } = view({ report: oneFigureMissing });
    expect(within(group('figure-missing')).getByRole('button', { name: /Thiếu số liệu theo đề cương \(1\)/ })).toHaveTextContent('Cảnh báo');
    expect(problem('figure-missing', '1.I')).toHaveTextContent('Chưa thấy:');
    await openPassing(user);
    const row = document.querySelector('[data-section-id="1.I"]') as HTMLElement;
    expect(row).toHaveTextContent('Đạt · thiếu 1 số liệu');
    expect(row.querySelector('[data-item-id="kiem-tra"]')).toHaveAttribute('data-found', 'false');
    // Other sections that pass say only "Đạt".
    expect(within(document.querySelector('[data-section-id="1.II.1"]') as HTMLElement).getByText(/^Đạt/)).not.toHaveTextContent('thiếu');
  });

  test('each checklist shows found / required, the optional ones apart', async () => {
    const { user } = view({ report: oneFigureMissing });
    await openPassing(user);
    const s = section('1.I', oneFigureMissing);
    const required = s.checklist.filter((c) => !c.optional);
    const found = required.filter((c) => c.found).length;
    expect(found).toBeLessThan(required.length);
    const row = document.querySelector('[data-section-id="1.I"]') as HTMLElement;
    const counts = row.querySelectorAll('[data-checklist-count]');
    expect(counts.length).toBeGreaterThan(0);
    expect(counts[0]).toHaveTextContent(`${found}/${required.length}`);
    expect(within(row).getByRole('list', { name: new RegExp(`${found} trên ${required.length} số liệu cần có`) })).toBeInTheDocument();
  });
});

describe('previous / next', () => {
  test('walks the problems in order, each current, focused and selected in the document', async () => {
    const selected: [number, string][] = [];
    const { user } = view({ report: draft, onSelectParagraph: (p, label) => void selected.push([p, label]) });
    const order = problemOrder(draft);
    const nav = document.querySelector('[data-problem-nav]') as HTMLElement;
    expect(within(nav).getByRole('button', { name: 'Vấn đề trước' })).toBeDisabled();
    const next = within(nav).getByRole('button', { name: 'Vấn đề sau' });

    const expected: [number, string][] = [];
    for (let i = 0; i < order.length; i++) {
      await user.click(next);
      const f = order[i];
      const current = document.querySelector<HTMLElement>('[data-list="problems"] li[aria-current="true"]');
      expect(current?.dataset.code).toBe(f.code);
      expect(current?.dataset.section).toBe(f.section ?? '');
      expect(current && within(current).getAllByRole('button')[0]).toHaveFocus();
      expect(nav.querySelector('[data-position]')).toHaveTextContent(`${i + 1}/${order.length}`);
      expect(within(nav).getByText(`Vấn đề ${i + 1} trên ${order.length}`)).toBeInTheDocument();
      const s = f.section ? section(f.section) : undefined;
      // A missing section has nothing to select: its fix shows instead.
      if (f.code !== 'section-missing') expected.push([f.paragraph ?? (s?.paragraph as number), s ? s.title : f.message]);
      else expect((current?.querySelector('details[data-guidance-for]') as HTMLDetailsElement).open).toBe(true);
      expect(selected).toEqual(expected);
    }
    expect(next).toBeDisabled();
    await user.click(within(nav).getByRole('button', { name: 'Vấn đề trước' }));
    expect(nav.querySelector('[data-position]')).toHaveTextContent(`${order.length - 1}/${order.length}`);
    expect(document.querySelector('li[aria-current="true"]')?.getAttribute('data-code')).toBe(order[order.length - 2].code);
  });

  test('stepping to a problem of a folded group opens the group', async () => {
    const { user } = view({ report: draft });
    const first = problemOrder(draft)[0];
    await user.click(within(group(first.code)).getAllByRole('button')[0]);
    await waitFor(() => expect(within(group(first.code)).queryAllByRole('listitem')).toHaveLength(0));
    await user.click(screen.getByRole('button', { name: 'Vấn đề sau' }));
    expect(within(group(first.code)).getAllByRole('listitem')[0]).toHaveAttribute('aria-current', 'true');
  });
});

describe('the fix beside the problem', () => {
  test('a chosen problem shows what the outline asks there, named by its section', async () => {
    const { user } = view({ report: draft });
    const item = problem('section-empty', '1.III.2');
    expect(item.querySelector('[data-fix-panel]')).toBeNull();
    await user.click(within(item).getAllByRole('button')[0]);
    expect(item).toHaveAttribute('aria-current', 'true');
    const asks = item.querySelector('details[data-guidance-for="1.III.2"]') as HTMLDetailsElement;
    expect(asks.open).toBe(true);
    expect(within(asks).getByText('Đề cương yêu cầu')).toHaveAccessibleName(`Đề cương yêu cầu ở mục ${section('1.III.2').title}`);
  });

  test('missing section: "Thêm đề mục còn thiếu" calls onRepair', async () => {
    const onRepair = jest.fn();
    const { user } = view({ report: draft, onRepair });
    const item = problem('section-missing', '1.II.4');
    await user.click(within(item).getAllByRole('button')[0]);
    await user.click(within(item).getByRole('button', { name: 'Thêm đề mục còn thiếu' }));
    expect(onRepair).toHaveBeenCalledTimes(1);
  });

  test('guidance left: "Chọn đoạn hướng dẫn để xóa" selects the section body', async () => {
    const onSelectParagraphs = jest.fn();
    const { user } = view({ report: draft, onSelectParagraphs });
    const item = problem('guidance-left', '1.I');
    await user.click(within(item).getAllByRole('button')[0]);
    await user.click(within(item).getByRole('button', { name: 'Chọn đoạn hướng dẫn để xóa' }));
    const body = section('1.I').body as [number, number];
    expect(body[1]).toBeGreaterThan(body[0]);
    expect(onSelectParagraphs).toHaveBeenCalledWith(body[0], body[1] - 1, section('1.I').title);
  });

  test('empty section, no figures, a figure missing: the cursor goes where the text or figures go', async () => {
    const onPlaceCursor = jest.fn();
    const { user } = view({ report: draft, onPlaceCursor });
    const empty = problem('section-empty', '1.III.2');
    await user.click(within(empty).getAllByRole('button')[0]);
    await user.click(within(empty).getByRole('button', { name: 'Đặt con trỏ vào chỗ viết số liệu' }));
    expect(onPlaceCursor).toHaveBeenLastCalledWith(section('1.III.2').paragraph, section('1.III.2').title);

    const noFigures = problem('section-no-figures', '1.II.3.3');
    await user.click(within(noFigures).getAllByRole('button')[0]);
    await user.click(within(noFigures).getByRole('button', { name: 'Đặt con trỏ vào chỗ viết số liệu' }));
    const body = section('1.II.3.3').body as [number, number];
    expect(onPlaceCursor).toHaveBeenLastCalledWith(body[1] - 1, section('1.II.3.3').title);
  });

  test('a figure missing: the fix shows the checklist and places the cursor at the end of the section', async () => {
    const onPlaceCursor = jest.fn();
    const { user } = view({ report: oneFigureMissing, onPlaceCursor });
    const item = problem('figure-missing', '1.I');
    await user.click(within(item).getAllByRole('button')[0]);
    expect(item.querySelector('[data-item-id="kiem-tra"]')).toHaveAttribute('data-found', 'false');
    await user.click(within(item).getByRole('button', { name: 'Đặt con trỏ vào chỗ viết số liệu' }));
    const body = section('1.I', oneFigureMissing).body as [number, number];
    expect(onPlaceCursor).toHaveBeenCalledWith(body[1] - 1, section('1.I', oneFigureMissing).title);
  });

  test('without the callbacks there are no fix buttons', async () => {
    const { user } = view({ report: draft });
    for (const [code, id] of [['section-missing', '1.II.4'], ['guidance-left', '1.I'], ['section-empty', '1.III.2']]) {
      const item = problem(code, id);
      await user.click(within(item).getAllByRole('button')[0]);
      expect(item.querySelector('[data-fix]')).toBeNull();
    }
  });
});

describe('ignore in a menu', () => {
  test('"Thêm thao tác" > "Bỏ qua…" asks for a reason, then calls onIgnore', async () => {
    const ignored: [Finding, string][] = [];
    const { user } = view({ report: draft, onIgnore: (f, reason) => void ignored.push([f, reason]) });
    const item = problem('section-empty', '1.III.2');
    // No "Bỏ qua" button under each problem: it is in the menu.
    expect(within(item).queryByRole('button', { name: /Bỏ qua/ })).not.toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: 'Thêm thao tác' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Bỏ qua…' }));
    const reason = await within(item).findByRole('textbox', { name: /Lý do/ });
    await waitFor(() => expect(reason).toHaveFocus());
    await user.type(reason, 'Đã báo cáo riêng');
    await user.click(within(item).getByRole('button', { name: 'Xác nhận bỏ qua' }));
    expect(ignored).toHaveLength(1);
    expect(ignored[0][0]).toMatchObject({ code: 'section-empty', section: '1.III.2' });
    expect(ignored[0][1]).toBe('Đã báo cáo riêng');
  });

  test('Escape closes the form and gives focus back to the menu button', async () => {
    const onIgnore = jest.fn();
    const { user } = view({ report: draft, onIgnore });
    const item = problem('section-empty', '1.III.2');
    const menu = within(item).getByRole('button', { name: 'Thêm thao tác' });
    await user.click(menu);
    await user.click(await screen.findByRole('menuitem', { name: 'Bỏ qua…' }));
    await user.type(await within(item).findByRole('textbox', { name: /Lý do/ }), 'abc');
    await user.keyboard('{Escape}');
    expect(within(item).queryByRole('textbox')).not.toBeInTheDocument();
    expect(menu).toHaveFocus();
    expect(onIgnore).not.toHaveBeenCalled();
  });

  test('the menu says it is a menu, and Escape in it gives focus back to its button', async () => {
    const { user } = view({ report: draft, onIgnore: jest.fn() });
    const menu = within(problem('section-empty', '1.III.2')).getByRole('button', { name: 'Thêm thao tác' });
    expect(menu).toHaveAttribute('aria-haspopup', 'menu');
    await user.click(menu);
    const item = await screen.findByRole('menuitem', { name: 'Bỏ qua…' });
    await waitFor(() => expect(item).toHaveFocus());
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menuitem')).not.toBeInTheDocument());
    expect(menu).toHaveFocus();
    expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  test('a finding about the whole document has no menu', () => {
    view({ report: draft, onIgnore: jest.fn() });
    const signature = problem('signature-missing');
    expect(within(signature).queryByRole('button', { name: 'Thêm thao tác' })).not.toBeInTheDocument();
    expect(within(problem('section-empty', '1.III.2')).getByRole('button', { name: 'Thêm thao tác' })).toBeInTheDocument();
  });

  test('ignored findings stay listed with their reason and "Hoàn tác"', async () => {
    const report = analyze(
      { paragraphs: sampleParagraphs({ empty: ['1.III.2'] }) },
      { ignores: [{ code: 'section-empty', section: '1.III.2', reason: 'Báo cáo riêng' }] },
    );
    const onUndoIgnore = jest.fn();
    const { user } = view({ report, onUndoIgnore });
    const list = screen.getByRole('region', { name: /Đã bỏ qua \(1\)/ });
    expect(list).toHaveTextContent('Lý do: Báo cáo riêng');
    await user.click(within(list).getByRole('button', { name: 'Hoàn tác' }));
    expect(onUndoIgnore).toHaveBeenCalledWith(expect.objectContaining({ code: 'section-empty', section: '1.III.2' }));
    expect(document.querySelector('[data-list="problems"] li[data-code="section-empty"]')).toBeNull();
  });
});

test('a long evidence sentence opens in full by keyboard, without a tooltip', async () => {
  const { user } = view({ report: good });
  await openPassing(user);
  const item = document.querySelector('[data-section-id="1.I"] [data-item-id="hoi-nghi"]') as HTMLElement;
  const evidence = section('1.I', good).checklist.find((c) => c.id === 'hoi-nghi')?.evidence ?? '';
  expect(evidence.length).toBeGreaterThan(120);
  expect(item.querySelector('[title]')).toBeNull();
  expect(item).not.toHaveTextContent(evidence);
  const toggle = within(item).getByRole('button', { name: 'Xem cả câu' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  toggle.focus();
  await user.keyboard('{Enter}');
  expect(item).toHaveTextContent(evidence);
  expect(within(item).getByRole('button', { name: 'Thu gọn' })).toHaveAttribute('aria-expanded', 'true');
  // Quoted once.
  expect(item.textContent).not.toMatch(/““|””/);
});

test('several reports render one after another, each under its own heading, with unique ids', () => {
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <main>
        <h1>Kiểm tra tệp báo cáo</h1>
        <ReportView report={good} lang="vi" title="xa-tan-hoa.docx" headingLevel={2} />
        <ReportView report={draft} lang="vi" title="xa-an-binh.docx" headingLevel={2} />
      </main>
    </FluentProvider>,
  );
  const first = screen.getByRole('region', { name: 'xa-tan-hoa.docx' });
  const second = screen.getByRole('region', { name: 'xa-an-binh.docx' });
  expect(within(first).getByText('Sẵn sàng trình ký')).toBeInTheDocument();
  expect(first.querySelector('[data-ready]')).toHaveAttribute('data-ready', 'true');
  expect(second.querySelector('[data-ready]')).toHaveAttribute('data-ready', 'false');
  expect(within(second).getByRole('region', { name: /^Cần xem lại \(\d+\) xa-an-binh\.docx$/ })).toBeInTheDocument();
  expect(second.querySelector('[data-group="section-missing"] li[data-section="1.II.4"]')).not.toBeNull();
  const ids = [...container.querySelectorAll('[id]')].map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test('without actions nothing can be ignored or fixed, and the rows still show the guidance', async () => {
  const { user } = view({ report: draft });
  expect(screen.queryByRole('button', { name: 'Thêm thao tác' })).not.toBeInTheDocument();
  const item = problem('section-no-figures', '1.II.3.3');
  await user.click(within(item).getAllByRole('button')[0]);
  expect(item.querySelector('[data-guidance-for="1.II.3.3"]')).not.toBeNull();
});

test('loads lazily, as the task pane loads it', async () => {
  const Lazy = React.lazy(() => import('../src/taskpane/ReportView').then((m) => ({ default: m.ReportView })));
  render(
    <React.Suspense fallback={<p>…</p>}>
      <Lazy report={draft} lang="vi" summary="none" />
    </React.Suspense>,
  );
  expect(await screen.findByRole('heading', { name: /^Cần xem lại/ })).toBeInTheDocument();
});
