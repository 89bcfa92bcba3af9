// The summary of an outline a person reviews after an import: headings with levels and
// numbering, what each section must hold, the required figures with the guidance words each
// comes from, and whatever the import could not place.
import type { ImportNote } from '../analysis/outline-import/import';
import type { ReportTemplate, SectionKind } from '../template/types';
import type { Lang } from '../analysis/messages';
import { quoteText } from '../analysis/quote';

const KIND: Record<SectionKind, { vi: string; en: string }> = {
  figures: { vi: 'cần số liệu', en: 'figures required' },
  text: { vi: 'nội dung (không bắt buộc số liệu)', en: 'text (no figures required)' },
  optional: { vi: 'nếu có (có thể để trống)', en: 'optional ("nếu có", may stay empty)' },
  container: { vi: 'khung (nội dung ở các mục con)', en: 'container (content in its sub-sections)' },
};

/** How the totals line names each kind. */
const TOTAL_WORD: Record<SectionKind, { vi: string; en: string }> = {
  figures: { vi: 'cần số liệu', en: 'with figures' },
  text: { vi: 'nội dung', en: 'text' },
  optional: { vi: 'nếu có', en: 'optional' },
  container: { vi: 'khung', en: 'containers' },
};

function short(s: string, n = 90): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function formatOutlineSummary(t: ReportTemplate, lang: Lang, notes: ImportNote[] = []): string {
  const en = lang === 'en';
  const out: string[] = [];
  out.push(en ? `Outline ${t.id} (version ${t.version ?? '-'}): report year ${t.year}, plan year ${t.planYear}` : `Đề cương ${t.id} (phiên bản ${t.version ?? '-'}): năm báo cáo ${t.year}, năm kế hoạch ${t.planYear}`);
  if (t.title.length) out.push(`${en ? 'Title' : 'Tiêu đề'}: ${t.title.join(' ')}`);
  out.push('', `${en ? 'Sections' : 'Các mục'} (${t.sections.length}):`);
  const idWidth = Math.max(...t.sections.map((s) => s.id.length), 4);
  for (const s of t.sections) {
    const indent = '  '.repeat(s.level - 1);
    out.push(`  ${s.id.padEnd(idWidth)}  H${s.level}  ${indent}${s.numbering} ${short(s.title)}  [${KIND[s.kind][lang]}]`);
    if (s.headingGuidance) out.push(`  ${' '.repeat(idWidth)}      ${indent}  ${en ? 'on the heading line' : 'trên dòng đề mục'}: ${short(s.headingGuidance.trim(), 100)}`);
    for (const f of s.figures) {
      const flags = [f.rate ? (en ? 'rate' : 'tỷ lệ') : '', f.amount ? (en ? 'amount' : 'số tiền') : '', f.optional ? (en ? 'optional' : 'nếu có') : ''].filter(Boolean).join(', ');
      out.push(`  ${' '.repeat(idWidth)}      ${indent}  • ${short(f.label)}${flags ? ` (${flags})` : ''}`);
      if (f.source) out.push(`  ${' '.repeat(idWidth)}      ${indent}      ${en ? 'from' : 'từ'}: ${quoteText(short(f.source, 80))}`);
    }
  }
  out.push('');
  out.push(`${en ? 'Closing notes' : 'Ghi chú cuối'}: ${t.closingGuidance.length ? t.closingGuidance.map((g) => short(g)).join(' | ') : '-'}`);
  const lines = t.recipients.placeholder.length;
  out.push(`${en ? 'Recipients' : 'Nơi nhận'}: ${t.recipients.heading.replace(/:\s*$/u, '')}${lines ? ` (${lines} ${en ? 'lines' : 'dòng'})` : ''}`);
  out.push(`${en ? 'Signature' : 'Chữ ký'}: ${t.signature.heading}${t.signature.note ? ` ${t.signature.note}` : ''}`);
  out.push(`${en ? "The outline's own number phrases (not figures)" : 'Cụm số của chính đề cương (không tính là số liệu)'}: ${t.genericPhrases.length ? t.genericPhrases.join('; ') : '-'}`);
  const counts = { figures: 0, text: 0, optional: 0, container: 0 } as Record<SectionKind, number>;
  for (const s of t.sections) counts[s.kind]++;
  const figures = t.sections.reduce((n, s) => n + s.figures.length, 0);
  const kinds = (['figures', 'text', 'optional', 'container'] as SectionKind[]).filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${TOTAL_WORD[k][lang]}`);
  const required = figures ? (en ? `, ${figures} required figures` : `, ${figures} số liệu cần có`) : '';
  out.push(`${en ? 'Totals' : 'Tổng cộng'}: ${t.sections.length} ${en ? 'sections' : 'mục'}${kinds.length ? ` (${kinds.join(', ')})` : ''}${required}.`);
  if (notes.length) {
    out.push('', en ? 'Not placed / to review:' : 'Chưa xếp được / cần xem lại:');
    for (const n of notes) out.push(`  ${n.paragraph !== undefined ? `${en ? 'paragraph' : 'đoạn'} ${n.paragraph + 1}: ` : ''}${n.text ? `${quoteText(short(n.text, 70))} ` : ''}— ${en ? n.messageEn : n.message}`);
  } else {
    out.push('', en ? 'Every line of the document was placed.' : 'Mọi dòng của văn bản đều đã được xếp vào đề cương.');
  }
  return `${out.join('\n')}\n`;
}
