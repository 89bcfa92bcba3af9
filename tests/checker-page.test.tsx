/** @jest-environment jsdom */
// The web checker page in a DOM: files dropped or picked (good and bad), per-file blocks in order,
// the summary, progress, clearing, the CSV, template and annotated-copy downloads, printing, the
// sample on ?sample=1, and the English page.
import './helpers/dom-setup';
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { strToU8, strFromU8, unzipSync, zipSync } from 'fflate';
import { COMMENT_MARKER } from '../src/analysis/messages';
import { analyze } from '../src/analysis/report';
import { DOCX_ERROR_MESSAGES } from '../src/docx/errors';
import { headingLine } from '../src/docx/ooxml';
import { readDocx } from '../src/docx/read';
import { sampleParagraphs } from '../src/samples/sample-report';
import { writeDocx } from '../src/samples/write-docx';
import { defaultTemplate } from '../src/template';
import { startChecker } from '../src/checker/bootstrap';
import { CheckerPage } from '../src/checker/CheckerPage';
import { readBlobBytes } from '../src/checker/check';
import { installDownloads, type Download } from './helpers/page-downloads';
import { pageIdle } from './helpers/page-idle';

jest.setTimeout(30000);

// ---------------------------------------------------------------------------------------------
// Files

function docxFile(name: string, options: Parameters<typeof sampleParagraphs>[0] = {}): File {
  return new File([writeDocx(sampleParagraphs(options)) as Uint8Array<ArrayBuffer>], name, {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}

function bytesFile(name: string, bytes: Uint8Array): File {
  return new File([bytes as Uint8Array<ArrayBuffer>], name);
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string): number[] => Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]);
const encryptedBytes = new Uint8Array([...OLE, ...new Array(120).fill(0), ...utf16('EncryptedPackage'), ...new Array(64).fill(0)]);
const legacyBytes = new Uint8Array([...OLE, ...new Array(120).fill(0), ...utf16('WordDocument'), ...new Array(64).fill(0)]);

const draftOptions = { omit: ['1.II.4'], empty: ['1.III.2'] };

// ---------------------------------------------------------------------------------------------
// Downloads: URL.createObjectURL and the link's click are replaced; each download is recorded
// (tests/helpers/page-downloads.ts).

let downloads: Download[] = [];
let printed: { open: string[] }[] = [];

beforeEach(() => {
  downloads = installDownloads();
  printed = [];
  window.print = jest.fn(() => {
    printed.push({
      open: Array.from(document.querySelectorAll<HTMLDetailsElement>('details[data-guidance-for]'))
        .filter((d) => d.open && d.children.length > 1)
        .map((d) => d.dataset.guidanceFor ?? ''),
    });
  });
  localStorage.clear();
  delete document.body.dataset.state;
});

afterEach(() => {
  jest.restoreAllMocks();
});

async function blobText(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readBlobBytes(blob));
}

// ---------------------------------------------------------------------------------------------
// The page

function renderPage(props: { lang?: 'vi' | 'en'; sample?: boolean } = {}): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckerPage lang={props.lang ?? 'vi'} sample={props.sample} />
    </FluentProvider>,
  );
}

function dropZone(): HTMLElement {
  const zone = document.querySelector<HTMLElement>('[data-dropzone]');
  if (!zone) throw new Error('no drop zone');
  return zone;
}

function drop(files: File[], target: Element = dropZone()): void {
  fireEvent.drop(target, { dataTransfer: { files, types: ['Files'] } });
}

const idle = pageIdle;

function blocks(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-file]'));
}

function block(name: string): HTMLElement {
  const found = blocks().find((b) => b.dataset.file === name);
  if (!found) throw new Error(`no block for ${name}`);
  return found;
}

function overviewRows(): HTMLElement[] {
  const table = screen.getByRole('table', { name: 'Tổng quan các tệp đã kiểm tra' });
  return within(table).getAllByRole('row').slice(1);
}

function toggle(name: string): HTMLElement {
  const button = block(name).querySelector<HTMLElement>('[data-toggle]');
  if (!button) throw new Error(`no disclosure for ${name}`);
  return button;
}

/** The confirmation beside the results' buttons. */
function notice(): HTMLElement {
  const el = document.querySelector<HTMLElement>('[data-download-notice]');
  if (!el) throw new Error('no confirmation shown');
  return el;
}

/** Today's local date, as in the exported file names. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function summaryLine(): HTMLElement {
  const el = document.querySelector<HTMLElement>('[data-summary]');
  if (!el) throw new Error('no summary line');
  return el;
}

describe('the page before any file', () => {
  it('has one h1, landmarks, the privacy note, a labelled file picker and the instructions', () => {
    renderPage();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Kiểm tra báo cáo Mặt trận');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByText(/mọi việc kiểm tra diễn ra ngay trên máy tính này/)).toBeInTheDocument();
    const input = screen.getByLabelText('Chọn tệp báo cáo (.docx)');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('multiple');
    expect(input).toHaveAttribute('accept', '.docx,.doc');
    expect(input).not.toHaveAttribute('tabindex', '-1');
    expect(screen.getByText(/Chưa có tệp nào/)).toBeInTheDocument();
    expect(blocks()).toHaveLength(0);
    expect(document.body.dataset.state).toBe('idle');
    expect(screen.queryByRole('button', { name: 'Tải CSV' })).not.toBeInTheDocument();
  });

  it('reaches the file picker with the keyboard', async () => {
    const user = userEvent.setup();
    renderPage();
    const input = screen.getByLabelText('Chọn tệp báo cáo (.docx)');
    for (let i = 0; i < 10 && document.activeElement !== input; i++) await user.tab();
    expect(input).toHaveFocus();
  });
});

describe('checking files', () => {
  it('checks dropped files one by one, good and bad, each in its own block, in the order dropped', async () => {
    renderPage();
    const files = [
      docxFile('xa-tan-hoa.docx'),
      bytesFile('rong.docx', new Uint8Array(0)),
      docxFile('xa-an-binh.docx', draftOptions),
      bytesFile('ghi-chu.txt', strToU8('Đây không phải là tệp Word.')),
      bytesFile('nen.docx', zipSync({ 'readme.txt': strToU8('không có tài liệu') })),
      bytesFile('mat-khau.docx', encryptedBytes),
      bytesFile('ban-cu.doc', legacyBytes),
      bytesFile('hong.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9, 9, 9, 9, 9])),
    ];
    drop(files);
    expect(document.body.dataset.state).toBe('checking');
    expect(blocks().map((b) => b.dataset.file)).toEqual(files.map((f) => f.name));
    await idle();

    expect(blocks().map((b) => b.dataset.file)).toEqual(files.map((f) => f.name));
    expect(block('xa-tan-hoa.docx').querySelector('[data-ready]')).toHaveAttribute('data-ready', 'true');
    expect(block('xa-tan-hoa.docx')).not.toHaveAttribute('data-error');
    expect(within(block('xa-tan-hoa.docx')).getByRole('heading', { level: 3, name: 'xa-tan-hoa.docx' })).toBeInTheDocument();
    // The sections that pass are folded behind "Các mục đạt (N)".
    const good = block('xa-tan-hoa.docx');
    // With many files each block is folded to its verdict: open it first.
    await userEvent.setup().click(toggle('xa-tan-hoa.docx'));
    await userEvent.setup().click(within(good.querySelector('[data-passing]') as HTMLElement).getByRole('button', { name: `Các mục đạt (${defaultTemplate.sections.length})` }));
    expect(good.querySelectorAll('[data-section-id]')).toHaveLength(defaultTemplate.sections.length);

    const draft = block('xa-an-binh.docx');
    await userEvent.setup().click(toggle('xa-an-binh.docx'));
    expect(draft.querySelector('[data-ready]')).toHaveAttribute('data-ready', 'false');
    expect(draft.querySelector('[data-section-id="1.II.4"]')).toHaveAttribute('data-status', 'missing');
    expect(draft.querySelector('[data-section-id="1.III.2"]')).toHaveAttribute('data-status', 'empty');
    await userEvent.setup().click(within(draft.querySelector('[data-passing]') as HTMLElement).getByRole('button', { name: /^Các mục đạt/ }));
    expect(draft.querySelector('[data-section-id="1.I"]')).toHaveAttribute('data-status', 'ok');

    const errors: [string, string][] = [
      ['rong.docx', 'empty-file'],
      ['ghi-chu.txt', 'not-zip'],
      ['nen.docx', 'no-document'],
      ['mat-khau.docx', 'encrypted'],
      ['ban-cu.doc', 'legacy-doc'],
      ['hong.docx', 'corrupt'],
    ];
    for (const [name, code] of errors) {
      const b = block(name);
      expect(b).toHaveAttribute('data-error', code);
      expect(b).toHaveTextContent(DOCX_ERROR_MESSAGES[code as keyof typeof DOCX_ERROR_MESSAGES].vi);
      expect(within(b).getByRole('heading', { level: 3, name })).toBeInTheDocument();
      expect(b.querySelector('[data-section-id]')).toBeNull();
    }

    expect(summaryLine()).toHaveTextContent('Đã kiểm tra 8 tệp: 1 sẵn sàng trình ký, 1 chưa sẵn sàng, 6 không đọc được');
    expect(summaryLine()).toHaveAttribute('data-total', '8');
    expect(summaryLine()).toHaveAttribute('data-count-unreadable', '6');
    // The summary is in a live region; the file errors are not alerts each.
    expect(summaryLine().closest('[aria-live="polite"]')).not.toBeNull();
    expect(screen.queryAllByRole('alert')).toHaveLength(0);
    // The overview table lists the files in order with their verdicts.
    const items = overviewRows();
    expect(items.map((tr) => within(tr).getByRole('link').textContent)).toEqual(files.map((f) => f.name));
    expect(within(items[0]).getAllByRole('cell')[1]).toHaveTextContent('Sẵn sàng trình ký');
    expect(within(items[1]).getAllByRole('cell')[1]).toHaveTextContent('Không đọc được');
    expect(within(items[0]).getByRole('link')).toHaveAttribute('href', `#${block('xa-tan-hoa.docx').id}`);
  });

  it('checks picked files, and appends new ones after the earlier results', async () => {
    const user = userEvent.setup();
    renderPage();
    const input = screen.getByLabelText('Chọn tệp báo cáo (.docx)');
    await user.upload(input, [docxFile('a.docx'), docxFile('b.docx', draftOptions)]);
    await idle();
    expect(blocks().map((b) => b.dataset.file)).toEqual(['a.docx', 'b.docx']);
    expect(summaryLine().textContent).toBe('Đã kiểm tra 2 tệp: 1 sẵn sàng trình ký, 1 chưa sẵn sàng');

    drop([docxFile('c.docx', { guidance: ['1.I'] }), bytesFile('d.docx', new Uint8Array(0))]);
    await idle();
    expect(blocks().map((b) => b.dataset.file)).toEqual(['a.docx', 'b.docx', 'c.docx', 'd.docx']);
    expect(block('c.docx').querySelector('[data-section-id="1.I"]')).toHaveAttribute('data-status', 'guidance-left');
    expect(summaryLine()).toHaveTextContent('Đã kiểm tra 4 tệp: 1 sẵn sàng trình ký, 2 chưa sẵn sàng, 1 không đọc được');

    // The same file picked again is checked again.
    await user.upload(input, [docxFile('a.docx')]);
    await idle();
    expect(blocks().map((b) => b.dataset.file)).toEqual(['a.docx', 'b.docx', 'c.docx', 'd.docx', 'a.docx']);
  });

  it('checks files dropped anywhere on the page', async () => {
    renderPage();
    drop([docxFile('o-ngoai.docx')], screen.getByRole('heading', { level: 1 }));
    await idle();
    expect(blocks().map((b) => b.dataset.file)).toEqual(['o-ngoai.docx']);
  });

  it('refuses a file over 50 MB with a message and checks the others', async () => {
    renderPage();
    const big = docxFile('qua-lon.docx');
    Object.defineProperty(big, 'size', { value: 51 * 1024 * 1024 });
    drop([big, docxFile('vua.docx')]);
    await idle();
    expect(block('qua-lon.docx')).toHaveAttribute('data-error', 'too-large');
    expect(block('qua-lon.docx')).toHaveTextContent('Tệp lớn hơn 50 MB nên không được kiểm tra');
    expect(block('vua.docx').querySelector('[data-ready]')).toHaveAttribute('data-ready', 'true');
  });

  it('shows which file is being checked, with a progress bar when it takes a while', async () => {
    renderPage();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = docxFile('cham.docx');
    const bytes = writeDocx(sampleParagraphs({}));
    Object.defineProperty(slow, 'arrayBuffer', { value: () => gate.then(() => bytes.slice().buffer) });
    drop([slow, docxFile('sau.docx')]);

    const progress = await screen.findByText('Đang kiểm tra 1/2: cham.docx');
    expect(progress.closest('[aria-live="polite"]')).not.toBeNull();
    expect(document.body.dataset.state).toBe('checking');
    expect(within(block('sau.docx')).getByText('Đang chờ kiểm tra…')).toBeInTheDocument();
    const bar = await screen.findByRole('progressbar');
    expect(bar).toHaveAccessibleName('Đang kiểm tra 1/2: cham.docx');

    // A file dropped during the run joins it.
    drop([docxFile('them.docx')]);
    await screen.findByText('Đang kiểm tra 1/3: cham.docx');
    await act(async () => {
      release();
      await gate;
    });
    await idle();
    expect(blocks().map((b) => b.dataset.file)).toEqual(['cham.docx', 'sau.docx', 'them.docx']);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByText(/^Đang kiểm tra/)).not.toBeInTheDocument();
    expect(summaryLine().textContent).toBe('Đã kiểm tra 3 tệp: 3 sẵn sàng trình ký');
  });

  it('clears the results, even in the middle of a check', async () => {
    const user = userEvent.setup();
    renderPage();
    drop([docxFile('a.docx')]);
    await idle();
    await user.click(screen.getByRole('button', { name: 'Xóa kết quả' }));
    expect(blocks()).toHaveLength(0);
    expect(document.querySelector('[data-summary]')).toBeNull();
    expect(await screen.findByText('Đã xóa kết quả.')).toBeInTheDocument();

    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const held = docxFile('dang-doc.docx');
    const bytes = writeDocx(sampleParagraphs({}));
    Object.defineProperty(held, 'arrayBuffer', { value: () => gate.then(() => bytes.slice().buffer) });
    drop([held, docxFile('cho.docx')]);
    await screen.findByText('Đang kiểm tra 1/2: dang-doc.docx');
    await user.click(screen.getByRole('button', { name: 'Xóa kết quả' }));
    expect(blocks()).toHaveLength(0);
    expect(document.body.dataset.state).toBe('idle');

    drop([docxFile('moi.docx')]);
    await act(async () => {
      release();
      await gate;
    });
    await idle();
    // The result of the cleared file is dropped; the new one is checked.
    expect(blocks().map((b) => b.dataset.file)).toEqual(['moi.docx']);
    expect(summaryLine().textContent).toBe('Đã kiểm tra 1 tệp: 1 sẵn sàng trình ký');
  });
});

describe('downloads', () => {
  it('exports the results as CSV: BOM, header, a verdict row and one row per section per file, the unreadable file', async () => {
    const user = userEvent.setup();
    renderPage();
    drop([docxFile('xa-a.docx'), bytesFile('loi.docx', new Uint8Array(0)), docxFile('xa, "b".docx', draftOptions)]);
    await idle();
    await user.click(screen.getByRole('button', { name: 'Tải CSV' }));
    expect(downloads).toHaveLength(1);
    const name = `kiem-tra-bao-cao-${today()}.csv`;
    expect(downloads[0].name).toBe(name);
    expect(downloads[0].blob.type).toMatch(/^text\/csv/);
    const text = await blobText(downloads[0].blob);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // Semicolons: what Excel set to Vietnamese expects, chosen by default on a Vietnamese page.
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Tệp;Mục;Đề mục;Trạng thái;Số liệu;Còn thiếu;Vấn đề;Đề cương');
    expect(lines[lines.length - 1]).toBe('');
    const sections = defaultTemplate.sections.length;
    expect(lines).toHaveLength(1 + 2 * (1 + sections) + 1 + 1);
    expect(lines.filter((l) => l.startsWith('xa-a.docx;'))).toHaveLength(1 + sections);
    expect(lines.filter((l) => l.startsWith('"xa, ""b"".docx";'))).toHaveLength(1 + sections);
    expect(lines.find((l) => l.startsWith('"xa, ""b"".docx";1.II.4;'))).toContain(';Thiếu mục;');
    const bad = lines.filter((l) => l.startsWith('loi.docx;'));
    expect(bad).toHaveLength(1);
    expect(bad[0]).toContain(';Không đọc được;');
    expect(bad[0]).not.toContain('empty-file');
    expect(text).not.toMatch(/;(missing|empty|ok|ready|not-ready|unreadable);/);
    // A visible confirmation beside the buttons, also announced.
    expect(notice()).toHaveTextContent(`Đã tải xuống ${name} (3 tệp)`);
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent(`Đã tải xuống ${name} (3 tệp)`));

    // The comma, for Excel in other languages; the choice says what each is for.
    const separator = screen.getByRole('combobox', { name: 'Dấu phân cách của tệp CSV' });
    expect(separator).toHaveAccessibleDescription('Excel đặt tiếng Việt cần dấu chấm phẩy; Excel đặt tiếng Anh cần dấu phẩy.');
    await user.selectOptions(separator, ',');
    await user.click(screen.getByRole('button', { name: 'Tải CSV' }));
    expect(downloads).toHaveLength(2);
    const comma = (await blobText(downloads[1].blob)).slice(1).split('\r\n');
    expect(comma[0]).toBe('Tệp,Mục,Đề mục,Trạng thái,Số liệu,Còn thiếu,Vấn đề,Đề cương');
    expect(comma.filter((l) => l.startsWith('"xa, ""b"".docx",'))).toHaveLength(1 + sections);
  });

  it('exports an Excel workbook with three sheets in Vietnamese, loaded when asked, and says so', async () => {
    const user = userEvent.setup();
    renderPage();
    drop([docxFile('xa-a.docx'), bytesFile('loi.docx', new Uint8Array(0)), docxFile('xa-b.docx', draftOptions)]);
    await idle();
    await user.click(screen.getByRole('button', { name: 'Tải bảng Excel (.xlsx)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const name = `kiem-tra-bao-cao-${today()}.xlsx`;
    expect(downloads[0].name).toBe(name);
    expect(downloads[0].blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const parts = unzipSync(await readBlobBytes(downloads[0].blob));
    const workbook = strFromU8(parts['xl/workbook.xml']);
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['Tệp', 'Mục', 'Vấn đề']);
    const strings = Object.entries(parts)
      .filter(([k]) => k.startsWith('xl/'))
      .map(([, v]) => strFromU8(v))
      .join('\n');
    for (const header of ['Số lỗi', 'Số cảnh báo', 'Đề mục', 'Trạng thái', 'Mức độ', 'Loại', 'Lý do bỏ qua', 'Chưa sẵn sàng', 'Thiếu mục']) {
      expect(strings).toContain(header);
    }
    expect(strings).not.toMatch(/>(missing|section-missing|not-ready|empty-file)</);
    expect(notice()).toHaveTextContent(`Đã tải xuống ${name} (3 tệp)`);
  });

  it('downloads the template with the issuing body and place, holding every heading of the outline', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByRole('textbox', { name: /Cơ quan ban hành/ }), 'Ủy ban MTTQ Việt Nam xã Tân Hòa');
    await user.type(screen.getByRole('textbox', { name: /Địa danh/ }), 'Tân Hòa');
    await user.click(screen.getByRole('button', { name: 'Tải mẫu báo cáo (.docx)' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0].name).toBe('mau-bao-cao-mttq-2023.docx');
    expect(downloads[0].blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');

    const snapshot = readDocx(await readBlobBytes(downloads[0].blob));
    const headings = snapshot.paragraphs.filter((p) => p.headingLevel !== undefined);
    expect(headings).toHaveLength(30);
    expect(headings.map((h) => h.text.replace(/\s+/g, ' '))).toEqual(
      defaultTemplate.sections.map((s) => headingLine(s).replace(/\s+/g, ' ')),
    );
    const texts = snapshot.paragraphs.map((p) => p.text);
    expect(texts).toContain('ỦY BAN MTTQ VIỆT NAM XÃ TÂN HÒA');
    expect(texts.some((t) => t.startsWith('Tân Hòa, ngày'))).toBe(true);
    expect(analyze(snapshot).headingsFound).toBe(30);
    expect(notice()).toHaveTextContent('Đã tải xuống mau-bao-cao-mttq-2023.docx');
    // Remembered for the next visit (same keys as the task pane).
    expect(localStorage.getItem('mttq-report.place')).toBe('Tân Hòa');
  });

  it('downloads an annotated copy of a flagged file, and says why there is none for a ready one', async () => {
    const user = userEvent.setup();
    renderPage();
    drop([docxFile('xa-a.docx'), docxFile('xa-b.docx', draftOptions)]);
    await idle();
    // Two files: both blocks folded to their verdicts; open them.
    await user.click(toggle('xa-a.docx'));
    await user.click(toggle('xa-b.docx'));

    const ready = within(block('xa-a.docx')).getByRole('button', { name: /Tải bản có nhận xét/ });
    expect(ready).toHaveAttribute('aria-disabled', 'true');
    expect(ready).toHaveAccessibleDescription('Không có mục nào cần nhận xét.');
    await user.click(ready);
    expect(downloads).toHaveLength(0);

    const flagged = within(block('xa-b.docx')).getByRole('button', { name: 'Tải bản có nhận xét: xa-b.docx' });
    expect(flagged).not.toHaveAttribute('aria-disabled', 'true');
    await user.click(flagged);
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toBe('xa-b-nhan-xet.docx');

    const bytes = await readBlobBytes(downloads[0].blob);
    const parts = unzipSync(bytes);
    const comments = strFromU8(parts['word/comments.xml']);
    expect(comments).toContain(COMMENT_MARKER);
    expect(comments).toContain('Hạn chế, yếu kém và nguyên nhân');
    // The text is unchanged: the copy reads back to the same paragraphs.
    const original = readDocx(writeDocx(sampleParagraphs(draftOptions)));
    expect(readDocx(bytes).paragraphs.map((p) => p.text)).toEqual(original.paragraphs.map((p) => p.text));
    expect(block('xa-b.docx').querySelector('[data-download-notice]')).toHaveTextContent('Đã tải xuống xa-b-nhan-xet.docx');
  });

  it('says so when the annotated copy cannot be made', async () => {
    const user = userEvent.setup();
    renderPage();
    const file = docxFile('bien-mat.docx', draftOptions);
    drop([file]);
    await idle();
    // The file can no longer be read (deleted or locked since it was checked).
    Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.reject(new Error('NotReadableError')) });
    await user.click(within(block('bien-mat.docx')).getByRole('button', { name: /Tải bản có nhận xét/ }));
    expect(await within(block('bien-mat.docx')).findByRole('alert')).toHaveTextContent('Không tạo được bản có nhận xét.');
    expect(downloads).toHaveLength(0);
  });
});

describe('printing', () => {
  it('prints with the guidance of the flagged sections opened, and closes it afterwards', async () => {
    const user = userEvent.setup();
    renderPage();
    drop([docxFile('xa-b.docx', draftOptions)]);
    await idle();
    await user.click(screen.getByRole('button', { name: 'In các tệp cần sửa' }));
    await waitFor(() => expect(window.print).toHaveBeenCalledTimes(1));
    expect(printed[0].open.sort()).toEqual(['1.II.4', '1.III.2']);
    // Buttons and the drop zone are marked for the screen only; the date of the check for print.
    expect(screen.getByRole('button', { name: 'In các tệp cần sửa' }).closest('[data-print="hide"]')).not.toBeNull();
    const date = document.querySelector('[data-check-date]');
    expect(date).toHaveAttribute('data-print', 'only');
    expect(date?.textContent).toMatch(/^Ngày kiểm tra: \d{2}\/\d{2}\/\d{4}$/);
    expect(dropZone().closest('[data-print="hide"]')).not.toBeNull();

    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(Array.from(document.querySelectorAll<HTMLDetailsElement>('details[data-guidance-for]')).some((d) => d.open)).toBe(false);
  });
});

describe('the sample and the language', () => {
  it('shows the sample report at once with ?sample=1, labelled as a sample', async () => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    let started: ReturnType<typeof startChecker> | undefined;
    act(() => {
      started = startChecker(container, { search: '?sample=1' });
    });
    expect(started?.sample).toBe(true);
    expect(document.title).toBe('Kiểm tra báo cáo Mặt trận');
    expect(document.documentElement.lang).toBe('vi');
    await idle();
    const sample = block('bao-cao-mau.docx');
    expect(sample).toHaveAttribute('data-sample', 'true');
    expect(within(sample).getByRole('heading', { level: 3, name: 'bao-cao-mau.docx (báo cáo mẫu)' })).toBeInTheDocument();
    expect(within(sample).getByText(/Đây là một báo cáo mẫu/)).toBeInTheDocument();
    expect(sample.querySelector('[data-ready]')).toHaveAttribute('data-ready', 'false');
    expect(sample.querySelector('[data-section-id="1.II.4"]')).toHaveAttribute('data-status', 'missing');
    expect(sample.querySelector('[data-section-id="1.III.2"]')).toHaveAttribute('data-status', 'empty');
    expect(sample.querySelector('[data-section-id="1.I"]')).toHaveAttribute('data-status', 'guidance-left');
    expect(summaryLine().textContent).toBe('Đã kiểm tra 1 tệp: 1 chưa sẵn sàng');
    act(() => started?.root.unmount());
    container.remove();
  });

  it('starts empty without the flag', async () => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    let started: ReturnType<typeof startChecker> | undefined;
    act(() => {
      started = startChecker(container, { search: '' });
    });
    expect(started?.sample).toBe(false);
    await idle();
    expect(blocks()).toHaveLength(0);
    act(() => started?.root.unmount());
    container.remove();
  });

  it('speaks English with ?lang=en', async () => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    let started: ReturnType<typeof startChecker> | undefined;
    act(() => {
      started = startChecker(container, { search: '?lang=en' });
    });
    expect(started?.lang).toBe('en');
    expect(document.title).toBe('Check Front reports');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check Front reports');
    expect(screen.getByLabelText('Choose report files (.docx)')).toHaveAttribute('type', 'file');
    drop([docxFile('draft.docx', draftOptions), bytesFile('old.doc', legacyBytes)]);
    await idle();
    expect(summaryLine().textContent).toBe('Checked 2 files: 1 not ready, 1 unreadable');
    expect(block('old.doc')).toHaveTextContent(DOCX_ERROR_MESSAGES['legacy-doc'].en);
    expect(block('draft.docx').querySelector('[data-file-verdict]')).toHaveTextContent(/^\d+ errors? left/);
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the template (.docx)' })).toBeInTheDocument();
    act(() => started?.root.unmount());
    container.remove();
  });
});
