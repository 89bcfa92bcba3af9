/** @jest-environment jsdom */
// Review actions from the task pane: review comments (write / remove) and ignores with a reason.
import './helpers/dom-setup';
import { openIgnoreForm, openPassing, problem, problems, summary } from './helpers/dom-queries';
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { COMMENT_MARKER } from '../src/analysis/messages';
import { App } from '../src/taskpane/App';
import { sampleParagraphs, type SampleOptions } from '../src/samples/sample-report';
import { defaultTemplate } from '../src/template';
import { MemoryHost } from './helpers/memory-host';
import { openCheckView } from './helpers/pane-views';

jest.setTimeout(30000);

const NOT_ANNOUNCER = { ignore: '[data-testid="announcer"], script, style' };

function setup(sample: SampleOptions) {
  const host = new MemoryHost({ paragraphs: sampleParagraphs(sample) });
  const user = userEvent.setup();
  render(<App host={host} lang="vi" />);
  return { host, user };
}

function heading(id: string): string {
  const s = defaultTemplate.sections.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return `${s.numbering} ${s.title}`;
}

describe('review comments', () => {
  test('"Ghi nhận xét vào văn bản" writes one comment per flagged section and announces the count', async () => {
    const { host, user } = setup({ empty: ['1.III.2'], guidance: ['1.I'] });
    await openCheckView(user);
    await user.click(screen.getByRole('button', { name: 'Ghi nhận xét vào văn bản' }));
    const message = await screen.findByText(/^Đã ghi \d+ nhận xét vào văn bản\.$/, NOT_ANNOUNCER);
    const count = host.comments.length;
    expect(count).toBeGreaterThanOrEqual(2);
    expect(message).toHaveTextContent(`Đã ghi ${count} nhận xét vào văn bản.`);
    expect(screen.getByRole('status')).toHaveTextContent(`Đã ghi ${count} nhận xét vào văn bản.`);
    // The check ran first; comments sit on the headings of the flagged sections.
    expect(summary()).toHaveAttribute('data-ready', 'false');
    const texts = host.texts();
    const onEmpty = host.comments.find((c) => texts[c.paragraph] === heading('1.III.2'));
    const onGuidance = host.comments.find((c) => texts[c.paragraph] === heading('1.I'));
    expect(onEmpty?.text).toContain('chưa có nội dung');
    expect(onGuidance?.text).toContain('nội dung hướng dẫn');
    expect(host.comments.every((c) => c.text.startsWith(COMMENT_MARKER))).toBe(true);
  });

  test('"Xóa nhận xét của công cụ" removes exactly those and announces the count', async () => {
    const { host, user } = setup({ empty: ['1.III.2'] });
    await openCheckView(user);
    await user.click(screen.getByRole('button', { name: 'Ghi nhận xét vào văn bản' }));
    await screen.findByText(/^Đã ghi \d+ nhận xét/, NOT_ANNOUNCER);
    const written = host.comments.length;
    await openCheckView(user);
    await user.click(screen.getByRole('button', { name: 'Xóa nhận xét của công cụ' }));
    await screen.findByText(`Đã xóa ${written} nhận xét của công cụ.`, NOT_ANNOUNCER);
    expect(host.comments).toEqual([]);
    expect(host.log.filter((m) => m === 'removeComments')).toHaveLength(1);
  });

  test('a ready report gets no comment, and says so', async () => {
    const { host, user } = setup({});
    await openCheckView(user);
    await user.click(screen.getByRole('button', { name: 'Ghi nhận xét vào văn bản' }));
    await screen.findByText('Không có mục nào cần nhận xét.', NOT_ANNOUNCER);
    expect(host.comments).toEqual([]);
  });

  test('a failure is shown in Vietnamese', async () => {
    const { host, user } = setup({ empty: ['1.III.2'] });
    host.failNext('writeComments', new Error('ApiNotFound'));
    await openCheckView(user);
    await user.click(screen.getByRole('button', { name: 'Ghi nhận xét vào văn bản' }));
    await screen.findByText('Không ghi hoặc xóa được nhận xét.', NOT_ANNOUNCER);
    expect(host.comments).toEqual([]);
  });
});

describe('ignoring a finding with a reason', () => {
  test('ignore from the menu with a reason, see it listed with the reason, then undo', async () => {
    const { host, user } = setup({ empty: ['1.III.2'], noSignature: true });
    await openCheckView(user);
    await user.click(screen.getByRole('button', { name: /^Kiểm tra( lại)?$/ }));
    await waitFor(() => summary());
    const before = problems('error');
    expect(summary()).toHaveTextContent(`Còn ${before.length} lỗi`);
    const empty = problem('section-empty', '1.III.2');

    const reason = await openIgnoreForm(user, empty);
    await waitFor(() => expect(reason).toHaveFocus());
    // A reason is required.
    await user.click(within(empty).getByRole('button', { name: 'Xác nhận bỏ qua' }));
    expect(within(empty).getByText('Hãy ghi lý do bỏ qua.')).toBeInTheDocument();
    expect(host.savedIgnores).toHaveLength(0);

    await user.type(reason, 'Đã báo cáo riêng bằng văn bản khác');
    await user.keyboard('{Enter}');
    await screen.findByText('Đã bỏ qua và lưu lý do vào văn bản.', NOT_ANNOUNCER);
    expect(host.savedIgnores).toEqual([[{ code: 'section-empty', section: '1.III.2', reason: 'Đã báo cáo riêng bằng văn bản khác' }]]);

    // Re-checked: one error fewer; the ignored finding is listed with its reason.
    await waitFor(() => expect(problems('error')).toHaveLength(before.length - 1));
    const ignored = screen.getByRole('region', { name: /Đã bỏ qua \(1\)/ });
    expect(ignored).toHaveTextContent('chưa có nội dung');
    expect(ignored).toHaveTextContent('Lý do: Đã báo cáo riêng bằng văn bản khác');

    await user.click(within(ignored).getByRole('button', { name: 'Hoàn tác' }));
    await waitFor(() => expect(problems('error')).toHaveLength(before.length));
    expect(host.savedIgnores[host.savedIgnores.length - 1]).toEqual([]);
    expect(screen.queryByRole('region', { name: /Đã bỏ qua/ })).not.toBeInTheDocument();
  });

  test('the signature, a finding about the whole document, cannot be ignored', async () => {
    const { user } = setup({ empty: ['1.III.2'], noSignature: true });
    await openCheckView(user);
    await user.click(screen.getByRole('button', { name: /^Kiểm tra( lại)?$/ }));
    await waitFor(() => summary());
    expect(problem('signature-missing').querySelector('[data-problem-menu]')).toBeNull();
    expect(problem('section-empty', '1.III.2').querySelector('[data-problem-menu]')).not.toBeNull();
  });

  test('a missing figure is ignored from its problem; its checklist line then says so', async () => {
    const paragraphs = sampleParagraphs({}).map((p) =>
      p.text.startsWith('Tổ chức 05 cuộc kiểm tra') ? { text: 'Tổ chức kiểm tra việc thực hiện Chương trình tại các khu dân cư.' } : p,
    );
    const host = new MemoryHost({ paragraphs });
    const user = userEvent.setup();
    render(<App host={host} lang="vi" />);
    await openCheckView(user);
    await user.click(screen.getByRole('button', { name: /^Kiểm tra( lại)?$/ }));
    await waitFor(() => summary());
    const item = problem('figure-missing', '1.I');
    await user.type(await openIgnoreForm(user, item), 'Năm nay không tổ chức kiểm tra');
    await user.click(within(item).getByRole('button', { name: 'Xác nhận bỏ qua' }));
    await waitFor(() => expect(summary()).not.toHaveTextContent('cảnh báo'));
    expect(host.ignores).toEqual([{ code: 'figure-missing', section: '1.I', item: 'kiem-tra', reason: 'Năm nay không tổ chức kiểm tra' }]);
    await openPassing(user);
    const after = document.querySelector<HTMLElement>('[data-section-id="1.I"] [data-item-id="kiem-tra"]');
    expect(after).toHaveTextContent('Đã bỏ qua: Năm nay không tổ chức kiểm tra');
  });

  test('Escape closes the form without saving and gives focus back to the menu button', async () => {
    const { host, user } = setup({ empty: ['1.III.2'] });
    await openCheckView(user);
    await user.click(screen.getByRole('button', { name: /^Kiểm tra( lại)?$/ }));
    await waitFor(() => summary());
    const item = problem('section-empty', '1.III.2');
    await user.type(await openIgnoreForm(user, item), 'abc');
    await user.keyboard('{Escape}');
    expect(within(item).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Thêm thao tác' })).toHaveFocus();
    expect(host.savedIgnores).toHaveLength(0);
  });

  test('a failed save keeps the form and the reason typed', async () => {
    const { host, user } = setup({ empty: ['1.III.2'] });
    await openCheckView(user);
    await user.click(screen.getByRole('button', { name: /^Kiểm tra( lại)?$/ }));
    await waitFor(() => summary());
    host.failNext('saveIgnores', new Error('AccessDenied'));
    const item = problem('section-empty', '1.III.2');
    await user.type(await openIgnoreForm(user, item), 'Lý do thử');
    await user.click(within(item).getByRole('button', { name: 'Xác nhận bỏ qua' }));
    await screen.findByText('Không lưu được nội dung bỏ qua.', NOT_ANNOUNCER);
    expect(within(item).getByRole('textbox', { name: /Lý do/ })).toHaveValue('Lý do thử');
    expect(host.ignores).toEqual([]);
  });
});
