/** @jest-environment jsdom */
// The web page's outline picker: the built-in outline by name, an outline file (valid, broken),
// the official outline as .txt and .docx imported in the browser with its review; the checks, the
// results, the template and the CSV with the chosen outline; saving it as an outline file; the
// choice kept for the session.
import './helpers/dom-setup';
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { importOutline } from '../src/analysis/outline-import/import';
import { snapshotFromText } from '../src/analysis/outline-import/lines';
import { readDocx } from '../src/docx/read';
import { toOutlineFile } from '../src/outline-file/format';
import { loadOutlineFile } from '../src/outline-file/load';
import { sampleParagraphs } from '../src/samples/sample-report';
import { writeDocx } from '../src/samples/write-docx';
import { defaultTemplate } from '../src/template';
import { CheckerPage } from '../src/checker/CheckerPage';
import { readBlobBytes } from '../src/checker/check';
import { buildDocx, p } from './helpers/docx-builder';
import { outline2025Text, report2025 } from './helpers/outline-2025';
import { installDownloads, type Download } from './helpers/page-downloads';
import { pageIdle } from './helpers/page-idle';

jest.setTimeout(60000);

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const outline2025 = importOutline(snapshotFromText(outline2025Text())).outline;
const figures2025 = outline2025.sections.reduce((n, s) => n + s.figures.length, 0);

function outlineDocx(): File {
  const lines = outline2025Text().split(/\r?\n/u).filter((l) => l.trim() !== '');
  return new File([buildDocx({ body: lines.map((l) => p(l)).join('') }) as Uint8Array<ArrayBuffer>], 'Đề cương 2025.docx', { type: DOCX_TYPE });
}
const outlineTxt = (): File => new File([outline2025Text()], 'de-cuong-2025.txt', { type: 'text/plain' });
const outlineJson = (data: unknown, name = 'de-cuong-2025.json'): File => new File([JSON.stringify(data)], name, { type: 'application/json' });
const report2025File = (): File => new File([writeDocx(report2025(outline2025)) as Uint8Array<ArrayBuffer>], 'bao-cao-2025.docx', { type: DOCX_TYPE });
const report2023File = (): File => new File([writeDocx(sampleParagraphs()) as Uint8Array<ArrayBuffer>], 'bao-cao-2023.docx', { type: DOCX_TYPE });

let downloads: Download[] = [];

beforeEach(() => {
  downloads = installDownloads();
  localStorage.clear();
  sessionStorage.clear();
  delete document.body.dataset.state;
});

afterEach(() => {
  jest.restoreAllMocks();
});

function renderPage(lang: 'vi' | 'en' = 'vi'): { unmount: () => void } {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CheckerPage lang={lang} />
    </FluentProvider>,
  );
}

const idle = pageIdle;

function current(): HTMLElement {
  const el = document.querySelector<HTMLElement>('[data-outline-current]');
  if (!el) throw new Error('no current outline line');
  return el;
}

async function loadOutline(file: File): Promise<void> {
  await userEvent.setup().upload(screen.getByLabelText('Tải đề cương (.json, .docx, .txt)'), file);
}

async function waitForOutline(id: string): Promise<void> {
  await waitFor(() => expect(current()).toHaveAttribute('data-outline-id', id));
}

function dropReports(files: File[]): void {
  const zone = document.querySelector<HTMLElement>('[data-dropzone]');
  if (!zone) throw new Error('no drop zone');
  fireEvent.drop(zone, { dataTransfer: { files, types: ['Files'] } });
}

function block(name: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-file="${name}"]`);
  if (!found) throw new Error(`no block for ${name}`);
  return found;
}

/** The sections shown in a file's results (the problems, and the folded rows of those that pass), sorted. */
async function sectionIds(el: HTMLElement): Promise<string[]> {
  const header = el.querySelector<HTMLElement>('[data-passing] button[aria-expanded="false"]');
  if (header) await userEvent.setup().click(header);
  return Array.from(el.querySelectorAll<HTMLElement>('[data-section-id]'))
    .map((s) => s.dataset.sectionId ?? '')
    .sort();
}

async function blobText(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readBlobBytes(blob));
}

describe('the built-in outline', () => {
  it('is chosen by name at first, and each result names it', async () => {
    renderPage();
    const select = screen.getByRole('combobox', { name: 'Đề cương' });
    expect(select).toHaveValue(`builtin:${defaultTemplate.id}`);
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([`Đề cương năm ${defaultTemplate.year} (có sẵn, ${defaultTemplate.id})`]);
    expect(current()).toHaveTextContent(`Đề cương: Đề cương năm ${defaultTemplate.year} (có sẵn, ${defaultTemplate.id})`);
    expect(screen.getByRole('heading', { level: 2, name: 'Đề cương dùng để kiểm tra' })).toBeInTheDocument();
    dropReports([report2023File()]);
    await idle();
    expect(block('bao-cao-2023.docx').querySelector('[data-file-outline]')).toHaveTextContent(`Đề cương: Đề cương năm ${defaultTemplate.year}`);
    // The results view loads as a script of its own.
    await waitFor(() => expect(block('bao-cao-2023.docx').querySelector('[data-template]')).toHaveAttribute('data-template', defaultTemplate.id));
  });
});

describe('an outline file (.json)', () => {
  it('is validated, then checks the files dropped after, and names it in the results and the CSV', async () => {
    renderPage();
    await loadOutline(outlineJson(toOutlineFile(outline2025)));
    await waitForOutline('de-cuong-2025');
    expect(current()).toHaveTextContent('Đề cương: Đề cương năm 2025 (de-cuong-2025, phiên bản 1, từ tệp de-cuong-2025.json)');
    expect(screen.getByRole('combobox', { name: 'Đề cương' })).toHaveValue('loaded');
    // An outline file carries no import review.
    expect(document.querySelector('[data-outline-review]')).toBeNull();

    dropReports([report2025File()]);
    await idle();
    const result = block('bao-cao-2025.docx');
    expect(result.querySelector('[data-template]')).toHaveAttribute('data-template', 'de-cuong-2025');
    expect(await sectionIds(result)).toEqual(outline2025.sections.map((s) => s.id).sort());
    const status = (id: string): string | undefined => result.querySelector<HTMLElement>(`[data-section-id="${id}"]`)?.dataset.status;
    expect(status('1.II.2.1')).toBe('ok');
    expect(status('1.II.7')).not.toBe('ok');
    expect(result.querySelector('[data-file-outline]')).toHaveTextContent('Đề cương: Đề cương năm 2025 (de-cuong-2025');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Tải CSV' }));
    const csv = await blobText(downloads[downloads.length - 1].blob);
    const rows = csv.split('\r\n').filter((l) => l.startsWith('bao-cao-2025.docx;'));
    expect(rows).toHaveLength(1 + outline2025.sections.length);
    expect(rows.every((l) => l.endsWith(';"Đề cương năm 2025 (de-cuong-2025, phiên bản 1, từ tệp de-cuong-2025.json)"'))).toBe(true);
  });

  it('lists the problems of a broken file in Vietnamese, field by field, and keeps the outline in use', async () => {
    renderPage();
    const broken = { ...toOutlineFile(outline2025), years: { report: 'năm nay', plan: 2026 } } as Record<string, unknown>;
    delete broken.closing;
    (broken.sections as { kind: string }[])[2].kind = 'bảng';
    await loadOutline(outlineJson(broken, 'hong.json'));
    const list = await waitFor(() => {
      const el = document.querySelector<HTMLElement>('[data-outline-errors]');
      if (!el) throw new Error('no error list');
      return el;
    });
    // Shown as the message's title (and also announced).
    const titles = screen.getAllByText('Không dùng được đề cương trong tệp hong.json');
    expect(titles.filter((el) => !el.closest('[data-testid="announcer"]'))).toHaveLength(1);
    const items = Array.from(list.querySelectorAll('li'));
    const byPath = new Map(items.map((li) => [li.dataset.path, li.textContent ?? '']));
    expect(byPath.get('closing')).toBe('closing: thiếu trường bắt buộc');
    expect(byPath.get('years.report')).toBe('years.report: sai kiểu: cần số nguyên');
    expect(byPath.get('sections[2].kind')).toMatch(/^sections\[2\]\.kind: giá trị không hợp lệ: chỉ nhận /u);
    expect(current()).toHaveAttribute('data-outline-id', defaultTemplate.id);
    expect(screen.getByRole('combobox', { name: 'Đề cương' })).toHaveValue(`builtin:${defaultTemplate.id}`);

    await loadOutline(new File(['{ "format": '], 'cut.json'));
    await waitFor(() => expect(document.querySelector('[data-outline-errors] li')).toHaveTextContent(/^\(cả tệp\): không phải JSON hợp lệ/u));
  });
});

describe('the official outline imported in the browser', () => {
  it('from .txt: shows what it found and checks with it', async () => {
    renderPage();
    await loadOutline(outlineTxt());
    await waitForOutline('de-cuong-2025');
    const review = document.querySelector<HTMLElement>('[data-outline-review]');
    expect(review).not.toBeNull();
    expect(review).toHaveAttribute('data-headings', String(outline2025.sections.length));
    expect(review).toHaveAttribute('data-figures', String(figures2025));
    expect(within(review as HTMLElement).getByText(`${outline2025.sections.length} đề mục`)).toBeInTheDocument();
    expect(within(review as HTMLElement).getByText(`${figures2025} số liệu cần có`)).toBeInTheDocument();
    expect(within(review as HTMLElement).getByRole('heading', { name: 'Kết quả đọc văn bản đề cương' })).toBeInTheDocument();
  });

  it('from .docx: checks the files already shown again with it, and makes the template from it', async () => {
    const user = userEvent.setup();
    renderPage();
    dropReports([report2025File()]);
    await idle();
    expect(block('bao-cao-2025.docx').querySelector('[data-template]')).toHaveAttribute('data-template', defaultTemplate.id);

    await loadOutline(outlineDocx());
    await waitForOutline('de-cuong-2025');
    await waitFor(() => expect(block('bao-cao-2025.docx').querySelector('[data-template]')).toHaveAttribute('data-template', 'de-cuong-2025'));
    await idle();
    expect(await sectionIds(block('bao-cao-2025.docx'))).toEqual(outline2025.sections.map((s) => s.id).sort());
    expect(await screen.findByText(/^Đã chọn Đề cương năm 2025 .*Đang kiểm tra lại 1 tệp theo đề cương này\.$/u)).toBeInTheDocument();
    expect(document.querySelector('[data-outline-review]')).toHaveAttribute('data-headings', String(outline2025.sections.length));

    expect(document.querySelector('[data-template-outline]')).toHaveAttribute('data-template-outline', 'de-cuong-2025');
    await user.click(screen.getByRole('button', { name: 'Tải mẫu báo cáo (.docx)' }));
    const template = downloads[downloads.length - 1];
    expect(template.name).toBe('mau-bao-cao-de-cuong-2025.docx');
    const headings = readDocx(await readBlobBytes(template.blob)).paragraphs.filter((x) => x.headingLevel !== undefined);
    expect(headings).toHaveLength(outline2025.sections.length);

    // Back to the built-in outline: the file is checked again against it; the loaded one stays offered.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Đề cương' }), `builtin:${defaultTemplate.id}`);
    await waitFor(() => expect(block('bao-cao-2025.docx').querySelector('[data-template]')).toHaveAttribute('data-template', defaultTemplate.id));
    expect(within(screen.getByRole('combobox', { name: 'Đề cương' })).getAllByRole('option')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Lưu đề cương (.json)' })).toBeNull();
  });

  it('says what is wrong with a document that holds no outline', async () => {
    renderPage();
    await loadOutline(new File(['Kính gửi các đồng chí.\nXin cảm ơn.'], 'thu.txt', { type: 'text/plain' }));
    await waitFor(() => expect(document.querySelector('[data-outline-errors]')).toHaveTextContent('Không tìm thấy đề mục nào'));
    expect(current()).toHaveAttribute('data-outline-id', defaultTemplate.id);
  });
});

describe('saving and keeping the outline', () => {
  it('saves the imported outline as an outline file that loads again, with a visible confirmation', async () => {
    renderPage();
    await loadOutline(outlineDocx());
    await waitForOutline('de-cuong-2025');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Lưu đề cương (.json)' }));
    const saved = downloads[downloads.length - 1];
    expect(saved.name).toBe('de-cuong-2025.json');
    expect(saved.blob.type).toBe('application/json');
    const loaded = loadOutlineFile(await blobText(saved.blob));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.outline.sections.map((s) => [s.id, s.level, s.kind])).toEqual(outline2025.sections.map((s) => [s.id, s.level, s.kind]));
    expect(document.querySelector('[data-outline-saved]')).toHaveTextContent('Đã lưu đề cương vào tệp de-cuong-2025.json.');
  });

  it('keeps the choice for the session, and still works when the storage refuses it', async () => {
    const first = renderPage();
    await loadOutline(outlineTxt());
    await waitForOutline('de-cuong-2025');
    first.unmount();
    const second = renderPage();
    await waitForOutline('de-cuong-2025');
    expect(screen.getByRole('combobox', { name: 'Đề cương' })).toHaveValue('loaded');
    second.unmount();

    sessionStorage.clear();
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    renderPage();
    await loadOutline(outlineTxt());
    await waitForOutline('de-cuong-2025');
    dropReports([report2025File()]);
    await idle();
    expect(block('bao-cao-2025.docx').querySelector('[data-template]')).toHaveAttribute('data-template', 'de-cuong-2025');
  });

  it('speaks English with the English page', async () => {
    renderPage('en');
    await userEvent.setup().upload(screen.getByLabelText('Load an outline (.json, .docx, .txt)'), outlineTxt());
    await waitFor(() => expect(current()).toHaveTextContent('Outline: 2025 outline (de-cuong-2025, version 1, from de-cuong-2025.txt)'));
    expect(screen.getByRole('button', { name: 'Save the outline (.json)' })).toBeInTheDocument();
  });
});
