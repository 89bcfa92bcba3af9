// The rows the page exports, in the user's words (no English codes): one table of files, one of
// sections, one of findings, each with its header first. Pure: the Excel workbook and the CSV are
// made from these, and the overview table shows the same verdicts and counts.
import { severityLabel, statusLabel } from '../analysis/messages';
import type { Report, SectionResult } from '../analysis/types';
import { getStrings, type Lang } from '../taskpane/strings';
import { isReportOutcome, type FileOutcome } from './check';
import { kindLabel } from '../taskpane/problem-groups';
import { getCheckerStrings } from './strings';

export type Cell = string | number;
export type Row = Cell[];

export const EXPORT_HEADERS: Record<Lang, { files: string[]; sections: string[]; findings: string[] }> = {
  vi: {
    files: ['Tệp', 'Kết quả', 'Số lỗi', 'Số cảnh báo', 'Đề cương', 'Ghi chú'],
    sections: ['Tệp', 'Mục', 'Đề mục', 'Trạng thái', 'Số liệu', 'Số liệu còn thiếu'],
    findings: ['Tệp', 'Mục', 'Mức độ', 'Loại', 'Nội dung', 'Lý do bỏ qua'],
  },
  en: {
    files: ['File', 'Result', 'Errors', 'Warnings', 'Outline', 'Note'],
    sections: ['File', 'Section', 'Heading', 'Status', 'Figures', 'Figures still missing'],
    findings: ['File', 'Section', 'Severity', 'Kind', 'Message', 'Reason ignored'],
  },
};

export const SHEET_NAMES: Record<Lang, { files: string; sections: string; findings: string }> = {
  vi: { files: 'Tệp', sections: 'Mục', findings: 'Vấn đề' },
  en: { files: 'Files', sections: 'Sections', findings: 'Findings' },
};

/** A finding that belongs to no section of the outline. */
export const WHOLE_DOCUMENT: Record<Lang, string> = { vi: 'Toàn văn bản', en: 'Whole document' };

/** The verdict of a file in a few words: "Sẵn sàng trình ký", "Chưa sẵn sàng", "Không đọc được". */
export function verdictWord(outcome: FileOutcome | undefined, lang: Lang): string {
  const s = getCheckerStrings(lang);
  if (outcome === undefined) return s.waiting;
  if (!isReportOutcome(outcome)) return s.unreadable;
  return outcome.report.ready ? getStrings(lang).ready : s.notReadyShort;
}

/** The outline's name as the page showed it, else its id. */
export function outlineName(outcome: FileOutcome): string {
  return isReportOutcome(outcome) ? (outcome.outline ?? outcome.report.template) : '';
}

export function fileRows(outcomes: readonly FileOutcome[], lang: Lang): Row[] {
  const rows: Row[] = [EXPORT_HEADERS[lang].files];
  for (const o of outcomes) {
    if (isReportOutcome(o)) {
      rows.push([o.name, verdictWord(o, lang), o.report.errorCount, o.report.warningCount, outlineName(o), '']);
    } else {
      rows.push([o.name, verdictWord(o, lang), '', '', '', o.error.message]);
    }
  }
  return rows;
}

/** One section's cells, in words: id, heading, status, the figures found, the required ones missing. */
export function sectionCells(s: SectionResult, lang: Lang): string[] {
  return [
    s.id,
    s.title,
    statusLabel(s.status, lang),
    s.figures.join('; '),
    s.checklist
      .filter((c) => !c.found)
      .map((c) => c.label)
      .join('; '),
  ];
}

function sectionRowsOf(name: string, report: Report, lang: Lang): Row[] {
  return report.sections.map((s) => [name, ...sectionCells(s, lang)]);
}

export function sectionRows(outcomes: readonly FileOutcome[], lang: Lang): Row[] {
  const rows: Row[] = [EXPORT_HEADERS[lang].sections];
  for (const o of outcomes) if (isReportOutcome(o)) rows.push(...sectionRowsOf(o.name, o.report, lang));
  return rows;
}

export function findingRows(outcomes: readonly FileOutcome[], lang: Lang): Row[] {
  const rows: Row[] = [EXPORT_HEADERS[lang].findings];
  for (const o of outcomes) {
    if (!isReportOutcome(o)) continue;
    const ids = new Set(o.report.sections.map((s) => s.id));
    for (const f of o.report.findings) {
      rows.push([
        o.name,
        f.section && ids.has(f.section) ? f.section : WHOLE_DOCUMENT[lang],
        severityLabel(f.severity, lang),
        kindLabel(f.code, lang),
        f.message,
        f.ignored?.reason ?? '',
      ]);
    }
  }
  return rows;
}

/** "2026-12-02": the local date, for file names. */
export function localDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "kiem-tra-bao-cao-2026-12-02.xlsx" */
export function exportFileName(extension: 'xlsx' | 'csv', date: Date): string {
  return `kiem-tra-bao-cao-${localDate(date)}.${extension}`;
}
