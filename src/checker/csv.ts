// The results as a CSV table for a spreadsheet: one row per file giving its verdict and the
// document-wide findings, then one row per file and section; one row per unreadable file. Every
// row of a checked file names the outline it was checked against.
// RFC 4180 (CRLF, quotes doubled) with the separator the user's Excel expects: ";" where Windows
// is set to Vietnamese (its list separator, since the decimal mark is a comma), "," elsewhere.
// UTF-8 with a BOM so Excel reads Vietnamese correctly. Statuses in words, no codes.
// Pure: the page turns the text into a download.
import type { Finding, Report } from '../analysis/types';
import { getStrings, type Lang } from '../taskpane/strings';
import { isReportOutcome, type FileOutcome } from './check';
import { sectionCells } from './export-rows';
import { getCheckerStrings } from './strings';

export const CSV_MIME = 'text/csv;charset=utf-8';
/** Byte order mark: Excel opens a UTF-8 CSV as UTF-8 only when it starts with it. */
export const BOM = '\uFEFF';

/** ";" for Excel set to Vietnamese (and most of Europe), "," otherwise. */
export type CsvSeparator = ';' | ',';
export const DEFAULT_SEPARATOR: CsvSeparator = ';';

/** Column headers per language. */
export const CSV_HEADERS: Record<Lang, readonly string[]> = {
  vi: ['Tệp', 'Mục', 'Đề mục', 'Trạng thái', 'Số liệu', 'Còn thiếu', 'Vấn đề', 'Đề cương'],
  en: ['File', 'Section', 'Heading', 'Status', 'Figures', 'Missing', 'Issues', 'Outline'],
};

const DOCUMENT_TITLE: Record<Lang, string> = { vi: '(Toàn văn bản)', en: '(Whole document)' };

/**
 * One CSV field: quoted when it holds a comma, a semicolon, a quote, CR or LF (quotes doubled). A text that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading
 * apostrophe, as OWASP advises for CSV exports, so a file name cannot run code in Excel.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF; every row ends with CRLF. */
export function toCsv(rows: readonly (readonly (string | number)[])[], separator: CsvSeparator = ','): string {
  return rows.map((row) => `${row.map(csvField).join(separator)}\r\n`).join('');
}

/** "Sẵn sàng trình ký" or "Còn N lỗi cần sửa trước khi trình ký", with the warnings (as the page shows). */
function verdict(report: Report, lang: Lang): string {
  const t = getStrings(lang);
  const head = report.ready ? t.ready : t.notReady(report.errorCount);
  return report.warningCount > 0 ? `${head} (${t.warnings(report.warningCount)})` : head;
}

function findingText(f: Finding, lang: Lang): string {
  if (!f.ignored) return f.message;
  return lang === 'en' ? `${f.message} (ignored: ${f.ignored.reason})` : `${f.message} (đã bỏ qua: ${f.ignored.reason})`;
}

function reportRows(name: string, report: Report, outline: string, lang: Lang): string[][] {
  const sectionIds = new Set(report.sections.map((s) => s.id));
  const bySection = new Map<string, Finding[]>();
  const general: Finding[] = [];
  for (const f of report.findings) {
    if (f.section && sectionIds.has(f.section)) {
      const list = bySection.get(f.section) ?? [];
      list.push(f);
      bySection.set(f.section, list);
    } else {
      general.push(f);
    }
  }
  const rows: string[][] = [
    [
      name,
      '',
      DOCUMENT_TITLE[lang],
      verdict(report, lang),
      '',
      '',
      general.map((f) => findingText(f, lang)).join(' '),
      outline,
    ],
  ];
  for (const s of report.sections) {
    rows.push([
      name,
      ...sectionCells(s, lang),
      (bySection.get(s.id) ?? []).map((f) => findingText(f, lang)).join(' '),
      outline,
    ]);
  }
  return rows;
}

/** The table's rows, header first. */
export function resultRows(outcomes: readonly FileOutcome[], lang: Lang): string[][] {
  const rows: string[][] = [[...CSV_HEADERS[lang]]];
  for (const o of outcomes) {
    // The outline's name as the page showed it, else its id (a check without a chosen outline).
    if (isReportOutcome(o)) rows.push(...reportRows(o.name, o.report, o.outline ?? o.report.template, lang));
    else rows.push([o.name, '', DOCUMENT_TITLE[lang], getCheckerStrings(lang).unreadable, '', '', o.error.message, '']);
  }
  return rows;
}

/** The CSV file's text: BOM, header, rows. */
export function buildResultsCsv(outcomes: readonly FileOutcome[], lang: Lang, separator: CsvSeparator = DEFAULT_SEPARATOR): string {
  return BOM + toCsv(resultRows(outcomes, lang), separator);
}
