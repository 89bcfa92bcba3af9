/** @jest-environment jsdom */
// The task pane's two views: which one opens, one primary button in each, the verdict after a
// check (words, focus, announcement), progress after inserting, and the language switch.
import './helpers/dom-setup';
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../src/taskpane/App';
import { bootstrap, type OfficeGlobal } from '../src/taskpane/bootstrap';
import { sampleParagraphs, type SampleOptions } from '../src/samples/sample-report';
import { MemoryHost } from './helpers/memory-host';
import { openCheckView, openWriteView, paneSettled } from './helpers/pane-views';
import { NOT_ANNOUNCER } from './helpers/dom-queries';

jest.setTimeout(30000);

beforeEach(() => localStorage.clear());

function open(sample: SampleOptions | null, paragraphs?: Array<{ text: string }>) {
  const host = new MemoryHost({ paragraphs: paragraphs ?? (sample ? sampleParagraphs(sample) : []) });
  const user = userEvent.setup();
  const view = render(<App host={host} lang="vi" />);
  return { host, user, ...view };
}

function selectedTab(): string {
  return screen.getByRole('tab', { selected: true }).textContent ?? '';
}

function panel(): HTMLElement {
  return screen.getByRole('tabpanel');
}

function primaries(): HTMLElement[] {
  return [...panel().querySelectorAll<HTMLElement>('[data-primary]')];
}

async function checkNow(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await openCheckView(user);
  await user.click(await screen.findByRole('button', { name: /^Kiểm tra( lại)?$/ }));
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Kiểm tra xong:'));
  return document.querySelector('[data-verdict]') as HTMLElement;
}

describe('the view the pane opens on', () => {
  test('an empty document opens on "Soạn", without reading it further', async () => {
    const { host } = open(null);
    await paneSettled();
    expect(selectedTab()).toBe('Soạn');
    expect(panel()).toHaveAttribute('aria-labelledby', screen.getByRole('tab', { name: 'Soạn' }).id);
    expect(host.log).not.toContain('readSnapshot');
    expect(screen.queryByRole('group', { name: 'Văn bản đã có nội dung' })).not.toBeInTheDocument();
  });

  test('a document that holds the outline opens on "Kiểm tra" with its verdict, announced to nobody', async () => {
    open({ empty: ['1.III.2'] });
    await paneSettled();
    expect(selectedTab()).toBe('Kiểm tra');
    const verdict = document.querySelector('[data-verdict]') as HTMLElement;
    expect(verdict).toHaveTextContent('Còn 1 lỗi');
    // Nobody asked: the verdict is shown, not announced, and the focus stays where it was.
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(verdict).not.toHaveFocus();
  });

  test('a document with text but none of the outline headings opens on "Soạn" with the offer', async () => {
    open(null, [{ text: 'Ghi chú của tôi' }, { text: 'Một đoạn khác' }]);
    await paneSettled();
    expect(selectedTab()).toBe('Soạn');
    const offer = screen.getByRole('group', { name: 'Văn bản đã có nội dung' });
    expect(within(offer).getByRole('button', { name: 'Bổ sung các mục còn thiếu' })).toBeInTheDocument();
    expect(within(offer).getByRole('button', { name: 'Chèn tại vị trí con trỏ' })).toBeInTheDocument();
  });

  test('the tabs move with the arrow keys', async () => {
    const { user } = open(null);
    await paneSettled();
    screen.getByRole('tab', { name: 'Soạn' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(selectedTab()).toBe('Kiểm tra');
    expect(screen.getByRole('tab', { name: 'Kiểm tra' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(selectedTab()).toBe('Soạn');
  });
});

test('one primary button per view, the offer included', async () => {
  const { user } = open(null, [{ text: 'Ghi chú của tôi' }]);
  await paneSettled();
  // Soạn with the offer: its first button is the primary one, the insert button steps back.
  expect(primaries().map((b) => b.textContent)).toEqual(['Bổ sung các mục còn thiếu']);
  await user.click(screen.getByRole('button', { name: 'Để sau' }));
  expect(primaries().map((b) => b.textContent)).toEqual(['Chèn mẫu báo cáo']);
  await openCheckView(user);
  // The pane read the document when it opened: there are results, the button checks again.
  expect(primaries().map((b) => b.textContent)).toEqual(['Kiểm tra lại']);
});

describe('the verdict after a check', () => {
  test('errors and warnings in words, no zero part; focus moves to it and it is announced', async () => {
    const { user } = open({ empty: ['1.III.2'], noFigures: ['1.II.3.3'] });
    const verdict = await checkNow(user);
    const errors = Number(verdict.dataset.errors);
    const warnings = Number(verdict.dataset.warnings);
    expect(errors).toBeGreaterThan(0);
    const words = warnings > 0 ? `Còn ${errors} lỗi · ${warnings} cảnh báo` : `Còn ${errors} lỗi`;
    expect(verdict).toHaveTextContent(words);
    expect(verdict).toHaveAttribute('data-ready', 'false');
    expect(verdict).not.toHaveTextContent(/\b0 /);
    // An icon with a text alternative, next to the words.
    expect(within(verdict).getByRole('img', { name: 'Chưa đạt' })).toBeInTheDocument();
    expect(verdict).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(`Kiểm tra xong: ${words}.`);
    // It heads the view: above the check button and the results.
    const button = screen.getByRole('button', { name: 'Kiểm tra lại' });
    expect(verdict.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('a complete report: "Sẵn sàng trình ký" and nothing else', async () => {
    const { user } = open({});
    const verdict = await checkNow(user);
    expect(verdict.textContent).toBe('Sẵn sàng trình ký');
    expect(verdict).toHaveAttribute('data-ready', 'true');
    expect(verdict).toHaveAttribute('data-errors', '0');
    expect(within(verdict).getByRole('img', { name: 'Đạt' })).toBeInTheDocument();
  });
});

describe('writing is not failing', () => {
  test('after inserting: the headings inserted and the progress, no red verdict in "Soạn"', async () => {
    const { user } = open(null);
    await paneSettled();
    await user.click(screen.getByRole('button', { name: 'Chèn mẫu báo cáo' }));
    expect(await screen.findByText('Đã chèn 30 đề mục của đề cương.', NOT_ANNOUNCER)).toBeInTheDocument();
    expect(await screen.findByText('Đã viết 0/22 mục có nội dung', NOT_ANNOUNCER)).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Đã viết 0/22 mục có nội dung' });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '22');
    expect(document.querySelector('[data-verdict]')).toBeNull();
    expect(screen.queryByText(/lỗi/, NOT_ANNOUNCER)).not.toBeInTheDocument();
    // The red verdict waits in "Kiểm tra".
    await openCheckView(user);
    expect(document.querySelector('[data-verdict]')).toHaveAttribute('data-ready', 'false');
  });

  test('a document being written counts the sections that have their text', async () => {
    const { user } = open({ empty: ['1.III.2', '2.1'], guidance: ['1.I'] });
    await openWriteView(user);
    expect(screen.getByText('Đã viết 19/22 mục có nội dung', NOT_ANNOUNCER)).toBeInTheDocument();
  });
});

describe('language', () => {
  const englishWord = (): OfficeGlobal => ({
    onReady: () => Promise.resolve({ host: 'Word' }),
    context: { displayLanguage: 'en-US' },
    HostType: { Word: 'Word' },
  });

  async function start(container: HTMLElement) {
    let result: Awaited<ReturnType<typeof bootstrap>> | undefined;
    await act(async () => {
      result = await bootstrap(container, { Office: englishWord(), createHost: () => new MemoryHost() });
    });
    if (!result) throw new Error('not started');
    return result;
  }

  test('Vietnamese under English Word; the switch changes the whole pane at once and is remembered', async () => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    const first = await start(container);
    expect(first.lang).toBe('vi');
    expect(document.documentElement.lang).toBe('vi');
    const switcher = within(container).getByRole('group', { name: 'Ngôn ngữ / Language' });
    expect(switcher).toHaveAttribute('data-lang-switch', 'vi');
    expect(within(switcher).getByRole('button', { name: 'Tiếng Việt' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(switcher).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'false');
    expect(within(container).getByRole('button', { name: 'Chèn mẫu báo cáo' })).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(within(switcher).getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(within(container).getByRole('heading', { level: 1 })).toHaveTextContent('Front Report');
    expect(within(container).getByRole('button', { name: 'Insert the outline' })).toBeInTheDocument();
    expect(within(container).getByRole('tab', { name: 'Check' })).toBeInTheDocument();
    expect(within(container).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    act(() => first.root.unmount());

    // Opened again on this computer: English, as chosen.
    const second = await start(container);
    expect(second.lang).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(within(container).getByRole('button', { name: 'Insert the outline' })).toBeInTheDocument();
    act(() => second.root.unmount());
    container.remove();
  });

  test('with storage refused (some Office webviews), the pane is Vietnamese and the switch still works', async () => {
    const get = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    const set = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    try {
      const container = document.createElement('div');
      document.body.appendChild(container);
      const result = await start(container);
      expect(result.lang).toBe('vi');
      const user = userEvent.setup();
      await user.click(within(container).getByRole('button', { name: 'English' }));
      expect(within(container).getByRole('button', { name: 'Insert the outline' })).toBeInTheDocument();
      act(() => result.root.unmount());
      container.remove();
    } finally {
      get.mockRestore();
      set.mockRestore();
    }
  });

  test('results made again in the new language after a switch', async () => {
    const { user } = open({ empty: ['1.III.2'] });
    await paneSettled();
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(document.querySelector('[data-verdict]')).toHaveTextContent('1 error left'));
    await waitFor(() => expect(document.querySelector('[data-section-id="1.III.2"]')).toHaveTextContent('No content'));
  });
});
