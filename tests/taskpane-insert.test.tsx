/** @jest-environment jsdom */
// Inserting the outline from the task pane: empty document, document with text, double clicks,
// progress, errors, the outline's guidance.
import './helpers/dom-setup';
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../src/taskpane/App';
import { sampleParagraphs } from '../src/samples/sample-report';
import { defaultTemplate } from '../src/template';
import { sectionStatuses } from './helpers/dom-queries';
import { MemoryHost } from './helpers/memory-host';

jest.setTimeout(30000);

function renderPane(host: MemoryHost) {
  const user = userEvent.setup();
  const view = render(<App host={host} lang="vi" />);
  return { user, ...view };
}

/** Visible text only: the screen-reader announcer repeats messages. */
const NOT_ANNOUNCER = { ignore: '[data-testid="announcer"], script, style' };

async function fill(user: ReturnType<typeof userEvent.setup>, name: RegExp, value: string): Promise<void> {
  await user.click(screen.getByRole('textbox', { name }));
  await user.paste(value);
}

beforeEach(() => {
  localStorage.clear();
});

describe('insert into an empty document', () => {
  test('one click writes the whole outline with the unit and place typed', async () => {
    const host = new MemoryHost();
    const { user } = renderPane(host);
    await fill(user, /Cơ quan ban hành/, 'ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH');
    await fill(user, /Địa danh/, 'Bắc Ninh');
    await user.click(screen.getByRole('button', { name: 'Chèn mẫu báo cáo' }));

    await screen.findByText(/Đã chèn 30 đề mục của đề cương/, NOT_ANNOUNCER);
    expect(host.inserts).toHaveLength(1);
    expect(host.inserts[0].options).toEqual({ mode: 'full', unit: 'ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH', place: 'Bắc Ninh' });
    expect(host.texts()).toContain('ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH');
    expect(host.texts()).toContain('I. CÔNG TÁC HƯỚNG DẪN, TRIỂN KHAI');
    // The pane checks the new document: writing is not failing, "Soạn" shows progress, not errors.
    expect(await screen.findByText('Đã viết 0/22 mục có nội dung', NOT_ANNOUNCER)).toBeInTheDocument();
    expect(document.querySelector('[data-ready]')).toBeNull();
    // The verdict is in "Kiểm tra": every heading is found, the sections still wait for text.
    await user.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    expect(document.querySelector('[data-verdict]')).toHaveAttribute('data-ready', 'false');
    const statuses = await sectionStatuses(user);
    expect([...statuses.keys()].sort()).toEqual(defaultTemplate.sections.map((s) => s.id).sort());
    expect([...statuses.values()]).not.toContain('missing');
  });

  test('empty fields insert visible blanks to fill in later', async () => {
    const host = new MemoryHost();
    const { user } = renderPane(host);
    await user.click(screen.getByRole('button', { name: 'Chèn mẫu báo cáo' }));
    await screen.findByText(/Đã chèn 30 đề mục của đề cương/, NOT_ANNOUNCER);
    expect(host.inserts[0].options.unit).toMatch(/^ỦY BAN MTTQ VIỆT NAM …+$/);
    expect(host.inserts[0].options.place).toMatch(/^…+$/);
  });

  test('the unit and place are remembered for the next time the pane opens', async () => {
    const host = new MemoryHost();
    const { user, unmount } = renderPane(host);
    await fill(user, /Cơ quan ban hành/, 'ỦY BAN MTTQ VIỆT NAM XÃ TÂN HÒA');
    unmount();
    renderPane(new MemoryHost());
    expect(screen.getByRole('textbox', { name: /Cơ quan ban hành/ })).toHaveValue('ỦY BAN MTTQ VIỆT NAM XÃ TÂN HÒA');
  });
});

describe('insert into a document that already holds text', () => {
  const draft = () => sampleParagraphs({ omit: ['1.II.4', '1.III'] });

  /** A document with the outline opens on "Kiểm tra"; go back to "Soạn". */
  async function openWrite(user: ReturnType<typeof userEvent.setup>): Promise<void> {
    await screen.findByRole('tab', { name: 'Kiểm tra', selected: true });
    await user.click(screen.getByRole('tab', { name: 'Soạn' }));
  }

  test('nothing is written; the pane explains and offers the two ways', async () => {
    const host = new MemoryHost({ paragraphs: draft() });
    const before = host.texts();
    const { user } = renderPane(host);
    await openWrite(user);
    await user.click(screen.getByRole('button', { name: 'Chèn mẫu báo cáo' }));

    const offer = await screen.findByRole('group', { name: 'Văn bản đã có nội dung' });
    expect(offer).toHaveTextContent('không ghi đè');
    expect(within(offer).getByRole('button', { name: 'Bổ sung các mục còn thiếu' })).toBeEnabled();
    expect(within(offer).getByRole('button', { name: 'Chèn tại vị trí con trỏ' })).toBeEnabled();
    expect(host.inserts).toHaveLength(0);
    expect(host.texts()).toEqual(before);
  });

  test('"Bổ sung các mục còn thiếu" adds only the missing headings and keeps every paragraph', async () => {
    const host = new MemoryHost({ paragraphs: draft() });
    const before = host.texts();
    const { user } = renderPane(host);
    await openWrite(user);
    await user.click(screen.getByRole('button', { name: 'Chèn mẫu báo cáo' }));
    await user.click(await screen.findByRole('button', { name: 'Bổ sung các mục còn thiếu' }));

    await screen.findByText(/Đã bổ sung \d+ mục còn thiếu/, NOT_ANNOUNCER);
    expect(host.inserts).toHaveLength(1);
    expect(host.inserts[0].options.mode).toBe('missing');
    // The repair gets the document as it is now.
    expect(host.inserts[0].snapshot?.paragraphs.map((p) => p.text)).toEqual(before);
    // Every paragraph of the user is still there, in the same order.
    const after = host.texts();
    let k = 0;
    for (const text of after) if (k < before.length && text === before[k]) k++;
    expect(k).toBe(before.length);
    expect(after).toContain('4. Tăng cường đoàn kết quốc tế, mở rộng hoạt động đối ngoại nhân dân');
    expect(screen.queryByRole('group', { name: 'Văn bản đã có nội dung' })).not.toBeInTheDocument();
  });

  test('"Chèn tại vị trí con trỏ" inserts the outline at the cursor', async () => {
    const host = new MemoryHost({ paragraphs: [{ text: 'Ghi chú của tôi' }, { text: 'Đoạn thứ hai' }], cursor: 1 });
    const { user } = renderPane(host);
    await user.click(screen.getByRole('button', { name: 'Chèn mẫu báo cáo' }));
    await user.click(await screen.findByRole('button', { name: 'Chèn tại vị trí con trỏ' }));

    await screen.findByText(/Đã chèn 30 đề mục của đề cương/, NOT_ANNOUNCER);
    expect(host.inserts.map((i) => i.options.mode)).toEqual(['cursor']);
    expect(host.texts()[0]).toBe('Ghi chú của tôi');
    expect(host.texts()[host.texts().length - 1]).toBe('Đoạn thứ hai');
  });
});

describe('one insertion at a time', () => {
  test('a double click inserts once; the button is disabled and progress is shown meanwhile', async () => {
    const host = new MemoryHost();
    const release = host.hold('insertTemplate');
    const { user } = renderPane(host);
    const button = screen.getByRole('button', { name: 'Chèn mẫu báo cáo' });
    await user.dblClick(button);

    await waitFor(() => expect(host.log.filter((m) => m === 'insertTemplate')).toHaveLength(1));
    expect(button).toBeDisabled();
    expect(screen.getByText('Đang chèn mẫu báo cáo…', NOT_ANNOUNCER)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Đang chèn mẫu báo cáo…');
    await user.click(button);

    await act(async () => release());
    await screen.findByText(/Đã chèn 30 đề mục của đề cương/, NOT_ANNOUNCER);
    expect(host.inserts).toHaveLength(1);
    // Once when the pane opened, once for the click.
    expect(host.log.filter((m) => m === 'isEmpty')).toHaveLength(2);
    expect(button).toBeEnabled();
  });

  test('two clicks dispatched before the pane re-renders still insert once (guard)', async () => {
    const host = new MemoryHost();
    renderPane(host);
    const button = screen.getByRole('button', { name: 'Chèn mẫu báo cáo' });
    act(() => {
      fireEvent.click(button);
      fireEvent.click(button);
    });
    await screen.findByText(/Đã chèn 30 đề mục của đề cương/, NOT_ANNOUNCER);
    expect(host.inserts).toHaveLength(1);
    // Once when the pane opened, once for the click.
    expect(host.log.filter((m) => m === 'isEmpty')).toHaveLength(2);
  });
});

test('a failure is shown in Vietnamese, and nothing typed or written is lost', async () => {
  const host = new MemoryHost();
  host.failNext('insertTemplate', new Error('GeneralException'));
  const { user } = renderPane(host);
  await fill(user, /Cơ quan ban hành/, 'ỦY BAN MTTQ VIỆT NAM TỈNH HÀ NAM');
  await user.click(screen.getByRole('button', { name: 'Chèn mẫu báo cáo' }));

  expect(await screen.findByText('Không chèn được mẫu báo cáo. Nội dung của bạn vẫn giữ nguyên.', NOT_ANNOUNCER)).toBeInTheDocument();
  expect(screen.getByText(/Chi tiết: GeneralException/, NOT_ANNOUNCER)).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: /Cơ quan ban hành/ })).toHaveValue('ỦY BAN MTTQ VIỆT NAM TỈNH HÀ NAM');
  expect(host.paragraphs).toHaveLength(0);
  // The user can try again.
  await user.click(screen.getByRole('button', { name: 'Chèn mẫu báo cáo' }));
  await screen.findByText(/Đã chèn 30 đề mục của đề cương/, NOT_ANNOUNCER);
  expect(host.texts()).toContain('ỦY BAN MTTQ VIỆT NAM TỈNH HÀ NAM');
});

test('the guidance of each section is at hand, expandable', async () => {
  const host = new MemoryHost();
  const { user } = renderPane(host);
  await user.click(screen.getByText('Đề cương và hướng dẫn', NOT_ANNOUNCER));
  const section = defaultTemplate.sections.find((s) => s.id === '1.II.3.3');
  if (!section) throw new Error('template changed');
  const block = document.querySelector('[data-guidance-for="1.II.3.3"]') as HTMLDetailsElement;
  expect(block).not.toBeNull();
  expect(block.open).toBe(false);
  await user.click(within(block).getByText('Hướng dẫn viết mục này'));
  expect(block.open).toBe(true);
  // headingGuidance (without its parenthesis spacing) and the figures asked for.
  expect(block).toHaveTextContent('nêu rõ số lượng, hình thức giám sát');
  expect(block).toHaveTextContent(section.figures[0].label);
});
