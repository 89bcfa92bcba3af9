/** @jest-environment jsdom */
// Where the pane runs: outside Word, in an old Word (features off, with reasons), in an English
// Word; the bootstrap; accessibility basics (landmarks, labels, axe rules).
import './helpers/dom-setup';
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { App } from '../src/taskpane/App';
import { bootstrap, type OfficeGlobal } from '../src/taskpane/bootstrap';
import { getStrings, langFromDisplayLanguage, strings } from '../src/taskpane/strings';
import { sampleParagraphs } from '../src/samples/sample-report';
import { MemoryHost } from './helpers/memory-host';
import { openPassing, resultsShown } from './helpers/dom-queries';
import { checkFromPane, openCheckView } from './helpers/pane-views';

jest.setTimeout(30000);

const NOT_ANNOUNCER = { ignore: '[data-testid="announcer"], script, style' };

beforeEach(() => {
  localStorage.clear();
});

describe('outside Word', () => {
  test('the page says plainly it must be opened from Word, and points to the .docx checker page', () => {
    render(<App host={null} lang="vi" />);
    expect(screen.getByRole('main')).toHaveTextContent('Cần mở từ Word');
    expect(screen.getByText('Trang chủ > Báo cáo Mặt trận')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Trang kiểm tra tệp .docx' });
    expect(link).toHaveAttribute('href', 'checker.html');
    expect(screen.queryByRole('button', { name: 'Chèn mẫu báo cáo' })).not.toBeInTheDocument();
  });

  test('bootstrap without office.js renders the outside-Word page in Vietnamese', async () => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    const createHost = jest.fn();
    let result: Awaited<ReturnType<typeof bootstrap>> | undefined;
    await act(async () => {
      result = await bootstrap(container, { Office: undefined, createHost });
    });
    expect(result?.host).toBeNull();
    expect(createHost).not.toHaveBeenCalled();
    expect(container.querySelector('[data-outside-word="true"]')).not.toBeNull();
    expect(container).toHaveTextContent('Trang chủ > Báo cáo Mặt trận');
    expect(document.documentElement.lang).toBe('vi');
    act(() => result?.root.unmount());
    container.remove();
  });

  test('bootstrap with office.js in a plain browser (no host) renders the outside-Word page', async () => {
    const container = document.createElement('div');
    const office: OfficeGlobal = { onReady: () => Promise.resolve({ host: null }), HostType: { Word: 'Word' } };
    const createHost = jest.fn();
    await act(async () => {
      const r = await bootstrap(container, { Office: office, createHost });
      expect(r.host).toBeNull();
    });
    expect(createHost).not.toHaveBeenCalled();
    expect(container.querySelector('[data-outside-word="true"]')).not.toBeNull();
  });
});

describe('bootstrap inside Word', () => {
  test('waits for Office.onReady, renders the pane in Vietnamese even when Word runs in English', async () => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    let ready!: (info: { host: string }) => void;
    const office: OfficeGlobal = {
      onReady: () => new Promise((resolve) => (ready = resolve)),
      context: { displayLanguage: 'en-US' },
      HostType: { Word: 'Word' },
    };
    const host = new MemoryHost();
    const createHost = jest.fn(() => host);
    let started: Promise<Awaited<ReturnType<typeof bootstrap>>> | undefined;
    act(() => {
      started = bootstrap(container, { Office: office, createHost });
    });
    // Nothing is rendered before Office is ready.
    expect(container).toBeEmptyDOMElement();
    expect(createHost).not.toHaveBeenCalled();
    await act(async () => {
      ready({ host: 'Word' });
      await started;
    });
    expect(createHost).toHaveBeenCalledWith('vi');
    expect(within(container).getByRole('button', { name: 'Chèn mẫu báo cáo' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('vi');
    const { root } = await (started as NonNullable<typeof started>);
    act(() => root.unmount());
    container.remove();
  });

  test('the language is English only when Office says English', () => {
    expect(langFromDisplayLanguage('en-US')).toBe('en');
    expect(langFromDisplayLanguage('EN-gb')).toBe('en');
    expect(langFromDisplayLanguage('vi-VN')).toBe('vi');
    expect(langFromDisplayLanguage('fr-FR')).toBe('vi');
    expect(langFromDisplayLanguage(undefined)).toBe('vi');
  });
});

describe('an old Word: features off, each with its reason', () => {
  const reasons = {
    insert: 'Cần Word hỗ trợ WordApi 1.1 để chèn.',
    select: 'Cần Word hỗ trợ WordApi 1.1 để chọn đoạn.',
    comments: 'Cần Word hỗ trợ WordApi 1.4 để ghi nhận xét.',
    changeEvents: 'Cần Word hỗ trợ WordApi 1.6 để tự kiểm tra lại.',
    storeIgnores: 'Cần Word hỗ trợ WordApi 1.3 để lưu nội dung bỏ qua.',
  };

  test('buttons are disabled and say why; the check still works', async () => {
    const host = new MemoryHost({
      paragraphs: sampleParagraphs({ noSignature: true }),
      capabilities: { insert: false, repair: false, select: false, comments: false, changeEvents: false, storeIgnores: false },
      reasons,
    });
    const user = userEvent.setup();
    render(<App host={host} lang="vi" />);

    const insert = screen.getByRole('button', { name: 'Chèn mẫu báo cáo' });
    expect(insert).toBeDisabled();
    expect(insert).toHaveAccessibleDescription(`Chưa dùng được: ${reasons.insert}`);
    await openCheckView(user);
    const write = screen.getByRole('button', { name: 'Ghi nhận xét vào văn bản' });
    expect(write).toBeDisabled();
    expect(write).toHaveAccessibleDescription(`Chưa dùng được: ${reasons.comments}`);
    expect(screen.getByRole('button', { name: 'Xóa nhận xét của công cụ' })).toBeDisabled();
    expect(screen.getByText(`Chưa dùng được: ${reasons.changeEvents}`, NOT_ANNOUNCER)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Kiểm tra( lại)?$/ }));
    await waitFor(() => expect(document.querySelector('[data-ready]')).toHaveAttribute('data-ready', 'false'));
    expect(await screen.findByText(`Không chọn được đoạn trong văn bản: ${reasons.select}`, NOT_ANNOUNCER)).toBeInTheDocument();
    // Rows are plain text when selecting is impossible.
    await openPassing(user);
    const row = document.querySelector('[data-section-id="1.I"]') as HTMLElement;
    expect(within(row).queryByRole('button', { name: /CÔNG TÁC HƯỚNG DẪN/ })).not.toBeInTheDocument();
    // Ignoring can never work here: no menu on each problem, the reason said once.
    const errors = document.querySelector('[data-list="problems"]') as HTMLElement;
    expect(within(errors).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(within(errors).queryByRole('button', { name: 'Thêm thao tác' })).not.toBeInTheDocument();
    expect(screen.getAllByText(`Chưa bỏ qua được lỗi: ${reasons.storeIgnores}`, NOT_ANNOUNCER)).toHaveLength(1);
    expect(host.log).not.toContain('insertTemplate');
    expect(host.log).not.toContain('selectParagraph');
    expect(host.listenerCount).toBe(0);
  });

  test('a feature off without a reason from the host gets a general one', async () => {
    const host = new MemoryHost({ capabilities: { comments: false } });
    const user = userEvent.setup();
    render(<App host={host} lang="vi" />);
    await openCheckView(user);
    expect(screen.getByRole('button', { name: 'Ghi nhận xét vào văn bản' })).toHaveAccessibleDescription(
      'Chưa dùng được: Phiên bản Word này chưa hỗ trợ tính năng này.',
    );
  });
});

describe('English Word', () => {
  test('the pane speaks English, and the engine does too', async () => {
    const host = new MemoryHost({ paragraphs: sampleParagraphs({ empty: ['1.III.2'] }) });
    const user = userEvent.setup();
    render(<App host={host} lang="en" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Front Report');
    expect(screen.getByRole('textbox', { name: /Issuing body/ })).toBeInTheDocument();
    await openCheckView(user, 'Check');
    await user.click(await screen.findByRole('button', { name: /^Check( again)?$/ }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Check finished: 1 error left'));
    expect(document.querySelector('[data-verdict]')).toHaveAttribute('data-ready', 'false');
    expect(document.querySelector('[data-verdict]')).toHaveTextContent('1 error left');
    expect(screen.getByRole('heading', { name: 'To review (1)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^No content \(1\)/ })).toBeInTheDocument();
    expect(document.querySelector('[data-list="problems"] li[data-section="1.III.2"]')).toHaveTextContent('No content yet.');
    await openPassing(user);
    expect(within(document.querySelector('[data-section-id="1.I"]') as HTMLElement).getByText(/^OK/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check again' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Write comments into the document' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Kiểm tra lại|Lỗi cần sửa|Chèn mẫu báo cáo/);
  });

  test('both string tables have the same keys, and the Vietnamese one is Vietnamese', () => {
    expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.vi).sort());
    expect(getStrings('vi').insertButton).toBe('Chèn mẫu báo cáo');
    expect(getStrings('vi').ready).toBe('Sẵn sàng trình ký');
    expect(getStrings('vi').notReady(3)).toBe('Còn 3 lỗi cần sửa trước khi trình ký');
    expect(getStrings('vi').writeComments).toBe('Ghi nhận xét vào văn bản');
    expect(getStrings('vi').removeComments).toBe('Xóa nhận xét của công cụ');
  });
});

describe('accessibility', () => {
  test('landmarks, headings, labelled inputs, a live region', async () => {
    const host = new MemoryHost({ paragraphs: sampleParagraphs({ empty: ['1.III.2'] }) });
    const user = userEvent.setup();
    render(<App host={host} lang="vi" />);
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Báo cáo Mặt trận' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Chèn mẫu báo cáo' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('tablist', { name: 'Chế độ làm việc' })).toBeInTheDocument();
    await openCheckView(user);
    expect(screen.getByRole('tabpanel', { name: 'Kiểm tra' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Kiểm tra báo cáo' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Nhận xét' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Kiểm tra( lại)?$/ }));
    await waitFor(() => document.querySelector('[data-ready]'));
    const results = await screen.findByRole('region', { name: 'Kết quả kiểm tra' });
    const problems = within(results).getByRole('region', { name: 'Cần xem lại (1) Kết quả kiểm tra' });
    expect(within(problems).getAllByRole('listitem')).toHaveLength(1);
    await openPassing(user);
    expect(document.querySelectorAll('[data-passing] [data-section-id]').length).toBeGreaterThan(20);
  });

  test('the keyboard alone reaches the problems, the folded sections and their rows', async () => {
    const host = new MemoryHost({ paragraphs: sampleParagraphs({ empty: ['1.III.2'] }) });
    const user = userEvent.setup();
    render(<App host={host} lang="vi" />);
    await checkFromPane(user);
    await waitFor(() => document.querySelector('[data-ready]'));
    // Fluent's focus manager adds focus guards that user-event's Tab cannot follow in jsdom (a
    // browser can): the tab sequence is read from the DOM instead, in document order.
    const tabbable = (): Element[] =>
      [...document.querySelectorAll<HTMLElement>('button, input, select, summary, a[href], [tabindex]')].filter(
        (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && !e.closest('[inert], [hidden], [aria-hidden="true"]'),
      );
    const problemRow = within(document.querySelector('[data-list="problems"] li') as HTMLElement).getAllByRole('button')[0];
    const header = within(document.querySelector('[data-passing]') as HTMLElement).getByRole('button', { name: /^Các mục đạt/ });
    const before = tabbable();
    expect(before.indexOf(problemRow)).toBeGreaterThan(before.indexOf(screen.getByRole('button', { name: 'Kiểm tra lại' })));
    expect(before.indexOf(header)).toBeGreaterThan(before.indexOf(problemRow));
    header.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.querySelector('[data-section-id="1.I"]')).not.toBeNull());
    const target = within(document.querySelector('[data-section-id="1.I"]') as HTMLElement).getAllByRole('button')[0];
    const after = tabbable();
    expect(after.indexOf(target)).toBeGreaterThan(after.indexOf(header));
    target.focus();
    await user.keyboard('{Enter}');
    expect(host.selections).toHaveLength(1);
  });

  test('axe finds no violations in the pane with results', async () => {
    const host = new MemoryHost({ paragraphs: sampleParagraphs({ empty: ['1.III.2'], omit: ['1.II.4'] }) });
    const user = userEvent.setup();
    const { container } = render(<App host={host} lang="vi" />);
    await checkFromPane(user);
    await resultsShown();
    // With the passing sections unfolded too.
    await openPassing(user);
    await waitFor(() => expect(document.querySelector('[data-section-id="1.I"]')).not.toBeNull());
    const result = await axe.run(container, {
      // Colour contrast needs layout, which jsdom does not do (checked in a browser instead).
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('axe finds no violations on the outside-Word page', async () => {
    const { container } = render(<App host={null} lang="vi" />);
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
