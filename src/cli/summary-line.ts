// `check --summary`: one line per file (verdict, errors, warnings, the first problems by their
// section's short name), and at the end the files that could not be read, each named with why.
import { findingKindLabel, type Lang } from '../analysis/messages';
import type { Report } from '../analysis/types';
import { say } from './io';
import { printableLine } from './printable';
import { hang, oneLine } from './wrap';

const FIRST_PROBLEMS = 3;

/**
 * The problems to name, by kind in the order they first come: "Thiếu mục: 1.II.4" (the section
 * ids of the table's first column); a document-wide finding by its sentence.
 */
function problems(report: Report, lang: Lang): string[] {
  const byKind = new Map<string, string[]>();
  const whole: string[] = [];
  for (const f of report.findings) {
    if (f.ignored || f.severity === 'info') continue;
    if (f.section === undefined && f.code === 'section-missing') {
      whole.push(printableLine(f.message));
      continue;
    }
    const label = findingKindLabel(f.code, lang);
    const ids = byKind.get(label) ?? [];
    if (f.section !== undefined && !ids.includes(printableLine(f.section))) ids.push(printableLine(f.section));
    byKind.set(label, ids);
  }
  return [...whole, ...[...byKind].map(([label, ids]) => (ids.length ? `${label}: ${ids.join(', ')}` : label))];
}

/** "✗ a.docx: 5 lỗi, 2 cảnh báo — Thiếu mục: 1.II.4; Chưa có số liệu: 1.II.5.2", within `width`. */
export function summaryLine(file: string, report: Report, lang: Lang, width: number): string {
  const verdict = report.ready ? `✓ ${file}: ${say(lang, 'sẵn sàng trình ký', 'ready to sign')}` : `✗ ${file}`;
  const counts = [
    report.errorCount ? say(lang, `${report.errorCount} lỗi`, `${report.errorCount} error(s)`) : '',
    report.warningCount ? say(lang, `${report.warningCount} cảnh báo`, `${report.warningCount} warning(s)`) : '',
  ].filter(Boolean);
  const found = report.ready && !report.warningCount ? [] : problems(report, lang);
  const first = found.slice(0, FIRST_PROBLEMS).join('; ') + (found.length > FIRST_PROBLEMS ? '; …' : '');
  const head = counts.length ? `${verdict}${report.ready ? ',' : ':'} ${counts.join(', ')}` : verdict;
  return oneLine(first ? `${head} — ${first}` : head, width);
}

/** The closing list of the files that could not be read, each with its sentence. */
export function unreadableList(errors: string[], lang: Lang, width: number): string[] {
  if (!errors.length) return [];
  const lines = [say(lang, `Không đọc được ${errors.length} tệp:`, `Could not read ${errors.length} file(s):`)];
  for (const e of errors) lines.push(...hang('  - ', e, width));
  return lines;
}
