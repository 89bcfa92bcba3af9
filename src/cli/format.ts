// Presenting reports: the JSON contract of `check --json` and the human table in Vietnamese.
import { readinessText, severityLabel, statusLabel, notFoundText, type Lang } from '../analysis/messages';
import type { Report, SectionStatus } from '../analysis/types';

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

const STATUS_MARK: Record<SectionStatus, string> = {
  ok: '✓',
  missing: '✗',
  empty: '○',
  'guidance-left': '!',
  'no-figures': '#',
};

function pad(text: string, width: number): string {
  const t = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return t + ' '.repeat(Math.max(0, width - t.length));
}

/** The human-readable block for one file. Symbols and words, never colour alone. */
export function formatReport(file: string, report: Report, lang: Lang = 'vi', width = 100): string {
  const lines: string[] = [];
  lines.push(`${file}: ${readinessText(report, lang)}${report.warningCount ? ` (${report.warningCount} ${lang === 'en' ? 'warning(s)' : 'cảnh báo'})` : ''}`);
  const titleWidth = Math.max(30, width - 34);
  lines.push(`  ${pad(lang === 'en' ? 'Section' : 'Mục', 10)} ${pad(lang === 'en' ? 'Heading' : 'Tiêu đề', titleWidth)} ${lang === 'en' ? 'Status' : 'Trạng thái'}`);
  for (const s of report.sections) {
    const indent = ' '.repeat(Math.max(0, s.level - 1));
    lines.push(`  ${pad(s.id, 10)} ${pad(indent + s.title, titleWidth)} ${STATUS_MARK[s.status]} ${statusLabel(s.status, lang)}`);
    for (const c of s.checklist) {
      if (s.status === 'missing' || s.status === 'empty') break;
      if (c.found) lines.push(`  ${' '.repeat(11)}${indent}  ✓ ${c.label}: ${c.figure ?? ''}`);
      else lines.push(`  ${' '.repeat(11)}${indent}  – ${notFoundText(c.label, lang)}${c.optional && !/nếu có/.test(c.label) ? (lang === 'en' ? ' (optional)' : ' (nếu có)') : ''}`);
    }
  }
  const active = report.findings.filter((f) => !f.ignored);
  if (active.length) {
    lines.push(lang === 'en' ? '  Findings:' : '  Các vấn đề:');
    for (const f of active) lines.push(`  - [${severityLabel(f.severity, lang)}] ${f.message}`);
  }
  const ignored = report.findings.filter((f) => f.ignored);
  if (ignored.length) {
    lines.push(lang === 'en' ? '  Ignored:' : '  Đã bỏ qua:');
    for (const f of ignored) lines.push(`  - ${f.message} (${lang === 'en' ? 'reason' : 'lý do'}: ${f.ignored?.reason})`);
  }
  return lines.join('\n');
}

export function formatSummary(total: number, ready: number, unreadable: number, lang: Lang = 'vi'): string {
  const notReady = total - ready - unreadable;
  if (lang === 'en') {
    return `Checked ${total} file(s): ${ready} ready to sign, ${notReady} not ready, ${unreadable} unreadable.`;
  }
  return `Đã kiểm tra ${total} tệp: ${ready} sẵn sàng trình ký, ${notReady} chưa sẵn sàng, ${unreadable} không đọc được.`;
}
