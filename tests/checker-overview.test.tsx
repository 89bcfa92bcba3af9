/** @jest-environment jsdom */
// The checker page with many files: the overview table (sorting by each column with the mouse and
// the keyboard, aria-sort), a click on a file's name opening its block, blocks folded to their
// verdict unless there is one file; and the page's language: Vietnamese whatever the browser's,
// ?lang=en, and the switch, remembered.
import './helpers/dom-setup';
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { sampleParagraphs } from '../src/samples/sample-report';
import { writeDocx } from '../src/samples/write-docx';
import { startChecker } from '../src/checker/bootstrap';
import { CheckerPage } from '../src/checker/CheckerPage';
import { LANG_KEY } from '../src/checker/lang-store';
import { pageIdle } from './helpers/page-idle';

jest.setTimeout(60000);

function docxFile(name: string, options: Parameters<typeof sampleParagraphs>[0] = {}): File {
  return new File([writeDocx(sampleParagraphs(options)) as Uint8Array<ArrayBuffer>], name);
}

function drop(files: File[]): void {
  const zone = document.querySelector('[data-dropzone]');
  if (!zone) throw new Error('no drop zone');
  fireEvent.drop(zone, { dataTransfer: { files, types: ['Files'] } });
}

const idle = pageIdle;

function block(name: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-file="${name}"]`);
  if (!found) throw new Error(`no block for ${name}`);
  return found;
}

function table(): HTMLElement {
  return screen.getByRole('table', { name: 'Tổng quan các tệp đã kiểm tra' });
}

/** The file names in the table's order. */
function order(): string[] {
  return within(table())
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.dataset.overviewFile ?? '');
}

function header(name: string): HTMLElement {
  return within(table()).getByRole('columnheader', { name: new RegExp(name) });
}

beforeEach(() => {
  localStorage.clear();
  delete document.body.dataset.state;
});

describe('the overview of many files', () => {
  // b: 2 errors (a missing and an empty section); c: 1 error; a: ready; d: unreadable.
  const files = (): File[] => [
    docxFile('b-xa-binh.docx', { omit: ['1.II.4'], empty: ['1.III.2'] }),
    docxFile('a-xa-an.docx'),
    new File([new Uint8Array(0)], 'd-rong.docx'),
    docxFile('c-xa-cat.docx', { empty: ['1.III.2'] }),
  ];

  it('lists every file with its verdict, errors, warnings and outline, in the order they came', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <CheckerPage lang="vi" />
      </FluentProvider>,
    );
    drop(files());
    await idle();
    expect(order()).toEqual(['b-xa-binh.docx', 'a-xa-an.docx', 'd-rong.docx', 'c-xa-cat.docx']);
    const headers = within(table()).getAllByRole('columnheader').map((h) => h.textContent?.replace(/[▲▼↕]/g, ''));
    expect(headers).toEqual(['Tệp', 'Kết quả', 'Số lỗi', 'Số cảnh báo', 'Đề cương']);
    const cells = (name: string): string[] =>
      within(table())
        .getAllByRole('row')
        .filter((r) => r.dataset.overviewFile === name)
        .flatMap((r) => within(r).getAllByRole('cell').map((c) => c.textContent ?? ''));
    expect(cells('a-xa-an.docx').slice(1, 3)).toEqual(['Sẵn sàng trình ký', '0']);
    expect(cells('b-xa-binh.docx').slice(1, 3)).toEqual(['Chưa sẵn sàng', '2']);
    expect(cells('d-rong.docx').slice(1, 4)).toEqual(['Không đọc được', '—', '—']);
    expect(cells('a-xa-an.docx')[4]).toMatch(/Đề cương/);
    // Nothing sorted yet.
    expect(within(table()).getAllByRole('columnheader').every((h) => h.getAttribute('aria-sort') === 'none')).toBe(true);
    // The table scrolls in its own focusable box on a narrow screen.
    expect(table().closest('[role="region"]')).toHaveAttribute('tabindex', '0');
  });

  it('sorts by each column from its header, ascending then descending, with the mouse or the keyboard', async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <CheckerPage lang="vi" />
      </FluentProvider>,
    );
    drop(files());
    await idle();

    await user.click(within(header('Số lỗi')).getByRole('button'));
    expect(header('Số lỗi')).toHaveAttribute('aria-sort', 'ascending');
    // The unreadable file has no count: it comes first going up.
    expect(order()).toEqual(['d-rong.docx', 'a-xa-an.docx', 'c-xa-cat.docx', 'b-xa-binh.docx']);
    await user.click(within(header('Số lỗi')).getByRole('button'));
    expect(header('Số lỗi')).toHaveAttribute('aria-sort', 'descending');
    expect(order()).toEqual(['b-xa-binh.docx', 'c-xa-cat.docx', 'a-xa-an.docx', 'd-rong.docx']);
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('Đã sắp xếp theo số lỗi, giảm dần.'));

    // The keyboard: Tab to the file column's button, Enter.
    const fileButton = within(header('Tệp')).getByRole('button');
    fileButton.focus();
    await user.keyboard('{Enter}');
    expect(header('Tệp')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Số lỗi')).toHaveAttribute('aria-sort', 'none');
    expect(order()).toEqual(['a-xa-an.docx', 'b-xa-binh.docx', 'c-xa-cat.docx', 'd-rong.docx']);
    await user.keyboard(' ');
    expect(order()).toEqual(['d-rong.docx', 'c-xa-cat.docx', 'b-xa-binh.docx', 'a-xa-an.docx']);

    // The verdict: most work first going up (unreadable, not ready, ready).
    await user.click(within(header('Kết quả')).getByRole('button'));
    expect(order()).toEqual(['d-rong.docx', 'b-xa-binh.docx', 'c-xa-cat.docx', 'a-xa-an.docx']);
  });

  it('folds each block to its verdict, and a click on a file name opens its block and moves to it', async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <CheckerPage lang="vi" />
      </FluentProvider>,
    );
    drop(files());
    await idle();
    const b = block('b-xa-binh.docx');
    const toggle = within(b).getByRole('button', { name: 'b-xa-binh.docx' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(b).toHaveAttribute('data-open', 'false');
    expect(b.querySelector('[data-file-verdict]')).toHaveTextContent(/^Còn 2 lỗi/);
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeVisible();

    await user.click(within(table()).getByRole('link', { name: 'b-xa-binh.docx' }));
    expect(b).toHaveAttribute('data-open', 'true');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toBeVisible();
    await waitFor(() => expect(b).toHaveFocus());
    // The others stay folded; the disclosure folds it again.
    expect(block('a-xa-an.docx')).toHaveAttribute('data-open', 'false');
    await user.click(toggle);
    expect(b).toHaveAttribute('data-open', 'false');
  });

  it('shows one file open, with no overview table', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <CheckerPage lang="vi" />
      </FluentProvider>,
    );
    drop([docxFile('mot.docx', { empty: ['1.III.2'] })]);
    await idle();
    expect(block('mot.docx')).toHaveAttribute('data-open', 'true');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('the language of the page', () => {
  const realLanguage = Object.getOwnPropertyDescriptor(window.navigator, 'language');
  afterEach(() => {
    if (realLanguage) Object.defineProperty(window.navigator, 'language', realLanguage);
    else delete (window.navigator as { language?: string }).language;
  });

  function start(search: string): { container: HTMLElement; started: ReturnType<typeof startChecker> } {
    const container = document.createElement('div');
    document.body.appendChild(container);
    let started: ReturnType<typeof startChecker> | undefined;
    act(() => {
      started = startChecker(container, { search });
    });
    if (!started) throw new Error('not started');
    return { container, started };
  }

  function stop(page: { container: HTMLElement; started: ReturnType<typeof startChecker> }): void {
    act(() => page.started.root.unmount());
    page.container.remove();
  }

  it('is Vietnamese in an English browser, English with ?lang=en', () => {
    Object.defineProperty(window.navigator, 'language', { configurable: true, value: 'en-US' });
    const vi = start('');
    expect(vi.started.lang).toBe('vi');
    expect(document.documentElement.lang).toBe('vi');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Kiểm tra báo cáo Mặt trận');
    stop(vi);
    const en = start('?lang=en');
    expect(en.started.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check Front reports');
    stop(en);
  });

  it('switches with "Tiếng Việt | English", checks the files again in the new language, and remembers it', async () => {
    const user = userEvent.setup();
    const page = start('');
    const group = screen.getByRole('group', { name: 'Ngôn ngữ' });
    expect(group).toHaveAttribute('data-lang-switch', 'vi');
    expect(within(group).getByRole('button', { name: 'Tiếng Việt' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(group).getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
    drop([docxFile('nhap.docx', { omit: ['1.II.4'] })]);
    await idle();
    expect(document.querySelector('[data-summary]')?.textContent).toBe('Đã kiểm tra 1 tệp: 1 chưa sẵn sàng');

    await user.click(within(group).getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check Front reports');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Check Front reports');
    expect(localStorage.getItem(LANG_KEY)).toBe('en');
    expect(screen.getByRole('group', { name: 'Language' })).toHaveAttribute('data-lang-switch', 'en');
    await idle();
    await waitFor(() => expect(document.querySelector('[data-summary]')?.textContent).toBe('Checked 1 file: 1 not ready'));
    expect(block('nhap.docx').querySelector('[data-file-verdict]')).toHaveTextContent(/^1 error left/);
    stop(page);

    // Next visit: English, until switched back.
    const again = start('');
    expect(again.started.lang).toBe('en');
    await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(localStorage.getItem(LANG_KEY)).toBe('vi');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Kiểm tra báo cáo Mặt trận');
    stop(again);
  });

  it('still starts when the storage refuses to be read or written', () => {
    const get = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    const set = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    const page = start('');
    expect(page.started.lang).toBe('vi');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check Front reports');
    stop(page);
    get.mockRestore();
    set.mockRestore();
  });
});
