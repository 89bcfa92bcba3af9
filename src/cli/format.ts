// Presenting reports: the JSON contract of `check --json`, the closing count (the human table is
// in report-table.ts).
import { batchSummary, type Lang } from '../analysis/messages';
import type { Report, SectionStatus } from '../analysis/types';

export { formatReport } from './report-table';

export interface FileJson {
  file: string;
  template?: string;
  /** The outline the file was checked against. */
  outline?: { id: string; version: string | null };
  ready?: boolean;
  sections?: {
    id: string;
    title: string;
    status: SectionStatus;
    figures: string[];
    checklist: { id: string; label: string; found: boolean; figure?: string; evidence?: string; optional?: boolean }[];
  }[];
  findings?: { code: string; severity: string; section: string | null; message: string; ignored?: { reason: string } }[];
  error?: string;
  /** With --annotate: the annotated copy written, or why none was. */
  annotated?: string;
  annotateError?: string;
}

/** The JSON contract of `check --json` for one file. */
export function reportJson(file: string, report: Report): FileJson {
  return {
    file,
    template: report.template,
    ready: report.ready,
    sections: report.sections.map((s) => ({
      id: s.id,
      title: s.title,
      status: s.status,
      figures: s.figures,
      checklist: s.checklist.map((c) => ({
        id: c.id,
        label: c.label,
        found: c.found,
        ...(c.figure !== undefined ? { figure: c.figure } : {}),
        ...(c.evidence !== undefined ? { evidence: c.evidence } : {}),
        ...(c.optional ? { optional: true } : {}),
      })),
    })),
    findings: report.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      section: f.section ?? null,
      message: f.message,
      ...(f.ignored ? { ignored: f.ignored } : {}),
    })),
  };
}

export function errorJson(file: string, message: string): FileJson {
  return { file, error: message };
}

/** The closing line: how many files were checked, then only the counts that are not zero. */
export function formatSummary(total: number, ready: number, unreadable: number, lang: Lang = 'vi'): string {
  return `${batchSummary(total, ready, unreadable, lang)}.`;
}
