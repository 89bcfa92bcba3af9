// Localised words of the engine: finding messages by code (ids separate from text, as ESLint's
// meta.messages), status labels, summaries. Vietnamese first; English for an English Word.
import { optionalMark, quoteText, quoteTitle } from './quote';
import { capitalName } from './section-name';
import type { FindingCode, Report, SectionStatus, Severity } from './types';

export type Lang = 'vi' | 'en';

export type MessageId =
  | FindingCode
  | 'no-headings'
  | 'empty-document'
  | 'guidance-left-one'
  | 'guidance-left-mixed'
  | 'optional-missing'
  | 'signature-no-name'
  | 'signature-note-left';

// Placeholders: {section} names the section as section-name.ts does ("mục “1. Ưu điểm”",
// "Phần thứ hai, mục 4 “…”"), {Section} the same at the start of a sentence; {quote}, {block} and
// {note} are quoted by quote.ts (never doubled quotes); {optional} is " (nếu có)" unless the
// title says so already.
const MESSAGES: Record<Lang, Record<MessageId, string>> = {
  vi: {
    'section-missing': 'Thiếu {section}.',
    'section-empty': '{Section} chưa có nội dung.',
    'guidance-left': '{Section} vẫn là nội dung hướng dẫn của đề cương: thay bằng kết quả thực tế.',
    'guidance-left-one': '{Section} còn câu hướng dẫn của đề cương, cần xóa trước khi trình ký: {quote}',
    'guidance-left-mixed': '{Section} còn {count} câu hướng dẫn của đề cương, cần xóa trước khi trình ký, như: {quote}',
    'section-no-figures': '{Section} chưa có số liệu.',
    'signature-missing': 'Chưa có khối chữ ký {block}.',
    'signature-no-name': 'Khối chữ ký {block} chưa có họ tên người ký.',
    'signature-note-left': 'Khối chữ ký {block} còn để {note} của đề cương: ghi họ tên người ký.',
    'figure-missing': '{Section}: chưa thấy {label}.',
    'section-order': '{Section} không đúng thứ tự của đề cương.',
    'recipients-missing': 'Chưa ghi “Nơi nhận” hoặc danh sách nơi nhận còn để trống.',
    'optional-empty': '{Section}{optional} đang để trống: bổ sung nội dung hoặc xóa mục.',
    'optional-missing': 'Không có {section}: mục này chỉ cần khi có nội dung.',
    'no-headings':
      'Không nhận ra đề mục nào của đề cương báo cáo: hãy kiểm tra đây có đúng là báo cáo kết quả công tác Mặt trận, hoặc dùng “Chèn mẫu báo cáo”.',
    'empty-document': 'Văn bản chưa có nội dung: hãy dùng “Chèn mẫu báo cáo” để bắt đầu.',
  },
  en: {
    'section-missing': '{Section} is missing.',
    'section-empty': '{Section} has no content yet.',
    'guidance-left': '{Section} still holds the outline’s guidance: replace it with the actual results.',
    'guidance-left-one': '{Section} still holds a guidance sentence of the outline, to delete before signing: {quote}',
    'guidance-left-mixed': '{Section} still holds {count} guidance sentences of the outline, to delete before signing, such as: {quote}',
    'section-no-figures': '{Section} reports no figures.',
    'signature-missing': 'The signature block {block} is missing.',
    'signature-no-name': 'The signature block {block} has no signer’s name under it.',
    'signature-note-left': 'The signature block {block} still holds the outline’s {note}: write the signer’s name.',
    'figure-missing': '{Section}, not found: {label}.',
    'section-order': '{Section} is out of the outline’s order.',
    'recipients-missing': '“Nơi nhận” (recipients) is missing or its list is empty.',
    'optional-empty': '{Section}{optional} is empty: add content or delete it.',
    'optional-missing': 'There is no {section}: it is only needed when there is something to say.',
    'no-headings':
      'No heading of the report outline was recognised: check that this is the Front’s yearly report, or use “Insert the outline”.',
    'empty-document': 'The document is empty: use “Insert the outline” to start.',
  },
};

/** Values quoted wherever they stand in a message. */
const QUOTED = new Set(['quote', 'block', 'note']);

/** A message ending with a quoted sentence gets no second final mark: "…: “(nêu rõ …).”." -> "…: “(nêu rõ …).”". */
function oneFinalMark(text: string): string {
  return text.replace(/([.!?…])([”’]*)\.$/u, '$1$2');
}

export function formatMessage(id: MessageId, data: Record<string, string | number>, lang: Lang = 'vi'): string {
  const value = (key: string): string => {
    if (key === 'Section') return capitalName(String(data.section ?? ''));
    if (key === 'optional') return optionalMark(String(data.title ?? ''), lang);
    const v = data[key];
    if (v === undefined) return '';
    return QUOTED.has(key) ? (key === 'quote' ? quoteText(String(v)) : quoteTitle(String(v))) : String(v);
  };
  return oneFinalMark(MESSAGES[lang][id].replace(/\{(\w+)\}/g, (_, key: string) => value(key)));
}

const STATUS: Record<Lang, Record<SectionStatus, string>> = {
  vi: {
    ok: 'Đạt',
    missing: 'Thiếu mục',
    empty: 'Chưa có nội dung',
    'guidance-left': 'Còn nội dung hướng dẫn',
    'no-figures': 'Chưa có số liệu',
  },
  en: {
    ok: 'OK',
    missing: 'Missing',
    empty: 'No content',
    'guidance-left': 'Guidance left',
    'no-figures': 'No figures',
  },
};

export function statusLabel(status: SectionStatus, lang: Lang = 'vi'): string {
  return STATUS[lang][status];
}

/** Each kind of finding in a word or two, for lists grouped by kind ("Thiếu mục: …", "Chưa có số liệu (2)"). */
const KIND: Record<Lang, Record<FindingCode, string>> = {
  vi: {
    'section-missing': 'Thiếu mục',
    'section-empty': 'Chưa có nội dung',
    'guidance-left': 'Còn nội dung hướng dẫn',
    'section-no-figures': 'Chưa có số liệu',
    'signature-missing': 'Chưa có chữ ký',
    'figure-missing': 'Thiếu số liệu theo đề cương',
    'section-order': 'Không đúng thứ tự',
    'recipients-missing': 'Chưa ghi nơi nhận',
    'optional-empty': 'Mục không bắt buộc để trống',
  },
  en: {
    'section-missing': 'Missing sections',
    'section-empty': 'No content',
    'guidance-left': 'Guidance left',
    'section-no-figures': 'No figures',
    'signature-missing': 'Not signed',
    'figure-missing': 'Figures the outline asks for',
    'section-order': 'Out of order',
    'recipients-missing': 'No recipients',
    'optional-empty': 'Optional sections left empty',
  },
};

export function findingKindLabel(code: FindingCode, lang: Lang = 'vi'): string {
  return KIND[lang][code];
}

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' },
  en: { error: 'Error', warning: 'Warning', info: 'Note' },
};

export function severityLabel(severity: Severity, lang: Lang = 'vi'): string {
  return SEVERITY[lang][severity];
}

/** "Sẵn sàng trình ký" or "Còn N lỗi cần sửa trước khi trình ký" ("Chưa sẵn sàng trình ký" without a count). */
export function readinessText(report: Pick<Report, 'ready' | 'errorCount'>, lang: Lang = 'vi'): string {
  if (lang === 'en') {
    if (report.ready) return 'Ready to sign';
    return report.errorCount > 0 ? `${report.errorCount} error(s) to fix before signing` : 'Not ready to sign';
  }
  if (report.ready) return 'Sẵn sàng trình ký';
  return report.errorCount > 0 ? `Còn ${report.errorCount} lỗi cần sửa trước khi trình ký` : 'Chưa sẵn sàng trình ký';
}

/** "Đã kiểm tra 3 tệp: 2 sẵn sàng trình ký, 1 chưa sẵn sàng": only the counts that are not zero, no final period. */
export function batchSummary(total: number, ready: number, unreadable: number, lang: Lang = 'vi'): string {
  const notReady = total - ready - unreadable;
  const en = lang === 'en';
  const parts = [
    ready ? (en ? `${ready} ready to sign` : `${ready} sẵn sàng trình ký`) : '',
    notReady ? (en ? `${notReady} not ready` : `${notReady} chưa sẵn sàng`) : '',
    unreadable ? (en ? `${unreadable} unreadable` : `${unreadable} không đọc được`) : '',
  ].filter(Boolean);
  const head = en ? `Checked ${total} file(s)` : `Đã kiểm tra ${total} tệp`;
  return parts.length ? `${head}: ${parts.join(', ')}` : head;
}

/** "Chưa thấy: <label>" / "chưa có". */
export function notFoundText(label: string, lang: Lang = 'vi'): string {
  return lang === 'en' ? `Not found: ${label}` : `Chưa thấy: ${label}`;
}

import { COMMENT_MARKER } from './comment-marker';

export { COMMENT_MARKER };

/**
 * One review comment per flagged section (or document-wide finding), for the Standing Board:
 * placed on the section's heading, or for a missing section on the paragraph after which it
 * belongs. Ignored findings and info are left out. Messages are already in the report's language.
 */
export function commentRequests(report: Report, _lang: Lang = 'vi'): { paragraph: number; text: string }[] {
  const byParagraph = new Map<number, string[]>();
  for (const f of report.findings) {
    if (f.ignored || f.severity === 'info' || f.paragraph === undefined) continue;
    const list = byParagraph.get(f.paragraph) ?? [];
    list.push(f.message);
    byParagraph.set(f.paragraph, list);
  }
  return [...byParagraph.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([paragraph, messages]) => ({ paragraph, text: `${COMMENT_MARKER} ${messages.join(' ')}` }));
}
