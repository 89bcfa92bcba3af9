// The human table of `check` for one file, fitted to the terminal's width: headings and
// sentences wrap at words inside their column, never past the last column. Text from the document
// is escaped (printable.ts) before it is measured.
import { readinessText, severityLabel, statusLabel, notFoundText, type Lang } from '../analysis/messages';
import { optionalMark } from '../analysis/quote';
import type { Report, SectionStatus } from '../analysis/types';
import { printableLine as p } from './printable';
import { DEFAULT_WIDTH, hang, textWidth, wrapWords } from './wrap';

const STATUS_MARK: Record<SectionStatus, string> = {
  ok: '✓',
  missing: '✗',
  empty: '○',
  'guidance-left': '!',
  'no-figures': '#',
};

const STATUSES: SectionStatus[] = ['ok', 'missing', 'empty', 'guidance-left', 'no-figures'];

function padTo(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

/** The human-readable block for one file. Symbols and words, never colour alone. */
export function formatReport(file: string, report: Report, lang: Lang = 'vi', width = DEFAULT_WIDTH): string {
  const en = lang === 'en';
  const lines: string[] = [];
  const warnings = report.warningCount ? ` (${report.warningCount} ${en ? 'warning(s)' : 'cảnh báo'})` : '';
  lines.push(...hang('', `${file}: ${readinessText(report, lang)}${warnings}`, width, '  '));
  const idHead = en ? 'Section' : 'Mục';
  const idWidth = Math.min(14, Math.max(textWidth(idHead), ...report.sections.map((s) => textWidth(p(s.id)))));
  const statusHead = en ? 'Status' : 'Trạng thái';
  const statusWidth = Math.max(textWidth(statusHead), ...STATUSES.map((s) => textWidth(statusLabel(s, lang)) + 2));
  // Two spaces, the id, a space, the heading, a space, the status.
  const titleWidth = width - 2 - idWidth - 1 - 1 - statusWidth;
  const stacked = titleWidth < 16;
  if (!stacked) lines.push(`  ${padTo(idHead, idWidth)} ${padTo(en ? 'Heading' : 'Tiêu đề', titleWidth)} ${statusHead}`);
  const under = ' '.repeat(2 + idWidth + 1);
  for (const s of report.sections) {
    const indent = ' '.repeat(Math.max(0, s.level - 1));
    const status = `${STATUS_MARK[s.status]} ${statusLabel(s.status, lang)}`;
    if (stacked) {
      lines.push(...hang(`  ${p(s.id)} `, `${p(s.title)} — ${status}`, width, '    '));
    } else {
      // An id wider than its column (an imported outline's) gets a line of its own.
      const longId = textWidth(p(s.id)) > idWidth;
      if (longId) lines.push(...hang('  ', p(s.id), width));
      const title = wrapWords(p(s.title), titleWidth - indent.length);
      title.forEach((t, i) => {
        const id = i === 0 && !longId ? padTo(p(s.id), idWidth) : ' '.repeat(idWidth);
        lines.push(i === 0 ? `  ${id} ${padTo(indent + t, titleWidth)} ${status}` : `  ${id} ${indent}${t}`.trimEnd());
      });
    }
    if (s.status === 'missing' || s.status === 'empty') continue;
    const itemIndent = stacked ? '    ' : `${under}${indent}  `;
    for (const c of s.checklist) {
      if (c.found) lines.push(...hang(`${itemIndent}✓ `, `${p(c.label)}: ${p(c.figure ?? '')}`, width));
      else {
        const optional = c.optional ? optionalMark(c.label, lang) : '';
        lines.push(...hang(`${itemIndent}– `, `${p(notFoundText(c.label, lang))}${optional}`, width));
      }
    }
  }
  const active = report.findings.filter((f) => !f.ignored);
  if (active.length) {
    lines.push(en ? '  Findings:' : '  Các vấn đề:');
    for (const f of active) lines.push(...hang('  - ', `[${severityLabel(f.severity, lang)}] ${p(f.message)}`, width));
  }
  const ignored = report.findings.filter((f) => f.ignored);
  if (ignored.length) {
    lines.push(en ? '  Ignored:' : '  Đã bỏ qua:');
    for (const f of ignored) lines.push(...hang('  - ', `${p(f.message)} (${en ? 'reason' : 'lý do'}: ${p(f.ignored?.reason ?? '')})`, width));
  }
  return lines.join('\n');
}
