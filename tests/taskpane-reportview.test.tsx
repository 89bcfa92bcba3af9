/** @jest-environment jsdom */
// ReportView on its own, as a page over .docx files uses it: several reports one after another,
// no document to select in, no ignores to store.
import './helpers/dom-setup';
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { analyze } from '../src/analysis/report';
import type { Finding } from '../src/analysis/types';
import { ReportView } from '../src/taskpane/ReportView';
import { sampleParagraphs } from '../src/samples/sample-report';

const good = analyze({ paragraphs: sampleParagraphs({}) });
const draft = analyze({ paragraphs: sampleParagraphs({ omit: ['1.II.4'], empty: ['1.III.2'], noSignature: true }) });

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
  // Several reports on one page: their inner regions have names of their own.
  expect(within(first).getByRole('region', { name: 'Các mục của báo cáo xa-tan-hoa.docx' })).toBeInTheDocument();
  expect(within(second).getByRole('region', { name: 'Các mục của báo cáo xa-an-binh.docx' })).toBeInTheDocument();
  expect(within(first).getByText('Sẵn sàng trình ký')).toBeInTheDocument();
  expect(within(second).getByText(`Còn ${draft.errorCount} lỗi cần sửa trước khi trình ký`)).toBeInTheDocument();
  expect(first.querySelector('[data-ready]')).toHaveAttribute('data-ready', 'true');
  expect(second.querySelector('[data-ready]')).toHaveAttribute('data-ready', 'false');
  expect(second.querySelector('[data-section-id="1.II.4"]')).toHaveAttribute('data-status', 'missing');

  const ids = [...container.querySelectorAll('[id]')].map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  // Headings nest under the per-file heading.
  expect(within(second).getByRole('heading', { level: 3, name: 'Các mục của báo cáo' })).toBeInTheDocument();
});

test('without actions the rows are plain text and there is nothing to ignore', () => {
  render(<ReportView report={draft} lang="vi" />);
  const row = document.querySelector('[data-section-id="1.I"]') as HTMLElement;
  expect(within(row).queryByRole('button', { name: /CÔNG TÁC HƯỚNG DẪN/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Bỏ qua' })).not.toBeInTheDocument();
  expect(within(row).getByText('Đạt')).toBeInTheDocument();
});

test('with actions: the callbacks get the paragraph, the finding and the reason', async () => {
  const user = userEvent.setup();
  const selected: number[] = [];
  const ignored: [Finding, string][] = [];
  render(
    <ReportView
      report={draft}
      lang="vi"
      onSelectParagraph={(p) => {
        selected.push(p);
      }}
      onIgnore={(f, reason) => {
        ignored.push([f, reason]);
      }}
    />,
  );
  const row = document.querySelector('[data-section-id="1.III.2"]') as HTMLElement;
  await user.click(within(row).getAllByRole('button')[0]);
  expect(selected).toEqual([draft.sections.find((s) => s.id === '1.III.2')?.paragraph]);

  const errors = document.querySelector('[data-list="errors"]') as HTMLElement;
  const item = within(errors).getAllByRole('listitem').find((li) => li.dataset.code === 'section-empty');
  if (!item) throw new Error('no section-empty finding');
  await user.click(within(item).getByRole('button', { name: 'Bỏ qua' }));
  await user.type(within(item).getByRole('textbox', { name: /Lý do/ }), 'Đã báo cáo riêng');
  await user.click(within(item).getByRole('button', { name: 'Xác nhận bỏ qua' }));
  expect(ignored).toHaveLength(1);
  expect(ignored[0][0]).toMatchObject({ code: 'section-empty', section: '1.III.2' });
  expect(ignored[0][1]).toBe('Đã báo cáo riêng');
});
