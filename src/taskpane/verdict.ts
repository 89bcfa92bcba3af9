// The words of the pane's verdict and of the writing progress, from a report (no React).
import type { Report } from '../analysis/types';
import type { ReportTemplate } from '../template/types';
import type { Strings } from './strings';

/**
 * The verdict, in the pane's bar and in the results' summary: "Sẵn sàng trình ký" or "Còn 5 lỗi ·
 * 2 cảnh báo"; a count of zero is left out. Not ready without an open error (a document with none
 * of the outline's headings) says so without a count.
 */
export function verdictText(report: Pick<Report, 'ready' | 'errorCount' | 'warningCount'>, t: Strings): string {
  const head = report.ready ? t.ready : report.errorCount > 0 ? t.verdictErrors(report.errorCount) : t.verdictNotReady;
  return report.warningCount > 0 ? `${head} · ${t.verdictWarnings(report.warningCount)}` : head;
}

export interface WritingProgress {
  /** Sections written (with their own text, no guidance left). */
  written: number;
  /** Sections whose body must be written: the leaf sections that are not optional. */
  total: number;
}

const NOT_WRITTEN = new Set(['missing', 'empty', 'guidance-left']);

/** How many of the sections to write have their text, from the last check's report. */
export function writingProgress(report: Report, template?: ReportTemplate): WritingProgress {
  const kinds = new Map(template?.sections.map((s) => [s.id, s.kind]) ?? []);
  const ids = report.sections.map((s) => s.id);
  const toWrite = report.sections.filter(
    (s) => kinds.get(s.id) !== 'optional' && kinds.get(s.id) !== 'container' && !ids.some((o) => o.startsWith(`${s.id}.`)),
  );
  return { written: toWrite.filter((s) => !NOT_WRITTEN.has(s.status)).length, total: toWrite.length };
}

/** Headings an insertion of the whole outline writes: one per section of the outline. */
export function headingsOf(template: ReportTemplate): number {
  return template.sections.length;
}
