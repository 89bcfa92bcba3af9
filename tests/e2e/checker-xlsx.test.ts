// The page's Excel export opens in LibreOffice with the rows the page shows: the workbook made from
// the engine's results of three reports of the corpus and an unreadable file, converted to CSV by
// soffice, gives the files (verdicts and counts), the sections and the findings, Vietnamese headers
// and words, no English codes.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { severityLabel, statusLabel } from '../../src/analysis/messages';
import { checkBytes, isReportOutcome, type FileOutcome, type ReportOutcome } from '../../src/checker/check';
import { kindLabel } from '../../src/taskpane/problem-groups';
import { DEFAULT_CHOICE, outlineLabel } from '../../src/checker/outline-choice';
import { buildWorkbook } from '../../src/checker/xlsx';
import { defaultTemplate } from '../../src/template';
import { LibreOffice, ROOT, tempDir } from './helpers';
import { readWorkbook } from './xlsx-read';

jest.setTimeout(120_000);

const REPORTS = ['dx-xa-quynh-lam.docx', 'dx-phuong-tan-dinh.docx', 'ox-huyen-muong-khuong.docx'];
const LABEL = outlineLabel(DEFAULT_CHOICE, 'vi');

let lo: LibreOffice;
let dir: string;
let outcomes: FileOutcome[];
let reports: ReportOutcome[];
let sheets: Map<string, string[][]>;
let stderr = '';
let code = 0;

beforeAll(async () => {
  lo = await LibreOffice.create();
  dir = await tempDir('mttq-xlsx');
  outcomes = [];
  for (const name of REPORTS) {
    const bytes = new Uint8Array(await fsp.readFile(path.join(ROOT, 'tests', 'fixtures', 'corpus', name)));
    outcomes.push(checkBytes(name, bytes, 'vi', { template: defaultTemplate, label: LABEL }));
  }
  outcomes.push(checkBytes('hong.docx', new Uint8Array(0), 'vi'));
  reports = outcomes.filter(isReportOutcome);
  const blob = await buildWorkbook(outcomes, 'vi');
  const file = path.join(dir, 'kiem-tra.xlsx');
  await fsp.writeFile(file, new Uint8Array(await blob.arrayBuffer()));
  const read = await readWorkbook(lo, file, dir);
  ({ sheets } = read);
  ({ stderr, code } = read.result);
});

afterAll(async () => {
  await lo?.dispose();
  if (dir) await fsp.rm(dir, { recursive: true, force: true });
});

test('the fixtures give a ready report, two reports to fix and an unreadable file', () => {
  expect(reports.map((o) => o.report.ready)).toEqual([true, false, false]);
  expect(outcomes).toHaveLength(4);
});

test('LibreOffice opens the workbook: three sheets named in Vietnamese', () => {
  expect({ code, errors: stderr.split('\n').filter((l) => /error/i.test(l)) }).toEqual({ code: 0, errors: [] });
  expect([...sheets.keys()].sort()).toEqual(['Mục', 'Tệp', 'Vấn đề'].sort());
});

test('the files sheet: one row per file with its verdict, errors, warnings and outline', () => {
  expect(sheets.get('Tệp')).toEqual([
    ['Tệp', 'Kết quả', 'Số lỗi', 'Số cảnh báo', 'Đề cương', 'Ghi chú'],
    ...reports.map((o) => [
      o.name,
      o.report.ready ? 'Sẵn sàng trình ký' : 'Chưa sẵn sàng',
      String(o.report.errorCount),
      String(o.report.warningCount),
      LABEL,
      '',
    ]),
    ['hong.docx', 'Không đọc được', '', '', '', unreadableMessage()],
  ]);
});

test('the sections sheet: every section of every report, with its status in words', () => {
  const rows = sheets.get('Mục') ?? [];
  expect(rows[0]).toEqual(['Tệp', 'Mục', 'Đề mục', 'Trạng thái', 'Số liệu', 'Số liệu còn thiếu']);
  const expected = reports.flatMap((o) =>
    o.report.sections.map((s) => [o.name, s.id, s.title, statusLabel(s.status, 'vi')]),
  );
  expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual(expected);
  expect(rows.slice(1).some((r) => r[3] === 'Thiếu mục')).toBe(true);
});

test('the findings sheet: every finding with its severity and kind in words and its message', () => {
  const rows = sheets.get('Vấn đề') ?? [];
  expect(rows[0]).toEqual(['Tệp', 'Mục', 'Mức độ', 'Loại', 'Nội dung', 'Lý do bỏ qua']);
  const expected = reports.flatMap((o) =>
    o.report.findings.map((f) => [
      o.name,
      f.section && o.report.sections.some((s) => s.id === f.section) ? f.section : 'Toàn văn bản',
      severityLabel(f.severity, 'vi'),
      kindLabel(f.code, 'vi'),
      f.message,
      '',
    ]),
  );
  expect(expected.length).toBeGreaterThan(2);
  expect(rows.slice(1)).toEqual(expected);
  expect(rows.slice(1).map((r) => r[3])).toContain('Chưa có chữ ký');
});

test('no English code in any cell', () => {
  const codes = /^(ok|missing|empty|guidance-left|no-figures|ready|not-ready|error|warning|info|section-[a-z-]+|[a-z]+-missing|empty-file)$/;
  const cells = [...sheets.values()].flat(2);
  expect(cells.filter((c) => codes.test(c))).toEqual([]);
});

function unreadableMessage(): string {
  const bad = outcomes[3];
  if (isReportOutcome(bad)) throw new Error('the empty file was read');
  return bad.error.message;
}
