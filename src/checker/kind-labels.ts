// The kind of a finding in the user's words ("Thiếu mục", "Chưa có số liệu"), for the page's
// exports. Same signature as kindLabel in src/taskpane/problem-groups.ts, which replaces it once
// that module exists: then this file re-exports it (`export { kindLabel } from '../taskpane/problem-groups'`).
import type { FindingCode } from '../analysis/types';
import type { Lang } from '../taskpane/strings';

const KIND: Record<Lang, Record<FindingCode, string>> = {
  vi: {
    'section-missing': 'Thiếu mục',
    'section-empty': 'Chưa có nội dung',
    'guidance-left': 'Còn lời hướng dẫn',
    'section-no-figures': 'Chưa có số liệu',
    'figure-missing': 'Thiếu số liệu theo đề cương',
    'signature-missing': 'Chưa có chữ ký',
    'recipients-missing': 'Thiếu nơi nhận',
    'section-order': 'Sai thứ tự mục',
    'optional-empty': 'Mục không bắt buộc để trống',
  },
  en: {
    'section-missing': 'Missing section',
    'section-empty': 'No content yet',
    'guidance-left': 'Guidance left in',
    'section-no-figures': 'No figures yet',
    'figure-missing': 'Missing required figure',
    'signature-missing': 'No signature',
    'recipients-missing': 'No recipients',
    'section-order': 'Sections out of order',
    'optional-empty': 'Optional section left empty',
  },
};

/** The kind's name; with a count, followed by it in brackets: "Thiếu mục (2)". */
export function kindLabel(code: FindingCode, lang: Lang, count?: number): string {
  const label = (KIND[lang] ?? KIND.vi)[code] ?? code;
  return count === undefined ? label : `${label} (${count})`;
}
