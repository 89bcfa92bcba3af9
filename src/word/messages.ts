// What the Word layer tells the user, in the UI language.
import type { Lang } from '../analysis/messages';

export type WordMessageId =
  | 'needInsert'
  | 'needSelect'
  | 'needComments'
  | 'needIgnores'
  | 'needEvents'
  | 'needRepair'
  | 'notEmpty'
  | 'busy'
  | 'noParagraph'
  | 'changed';

const vi: Record<WordMessageId, string> = {
  needInsert: 'Cần Word hỗ trợ WordApi 1.1 (Word 2016 trở lên hoặc Word trên web) để chèn mẫu báo cáo.',
  needSelect: 'Cần Word hỗ trợ WordApi 1.1 (Word 2016 trở lên hoặc Word trên web) để chọn đoạn văn.',
  needComments: 'Cần Word hỗ trợ WordApi 1.4 (Word 2021, Microsoft 365 hoặc Word trên web) để ghi nhận xét.',
  needIgnores: 'Cần Word hỗ trợ WordApi 1.3 (Word 2016 trở lên hoặc Word trên web) để lưu các mục bỏ qua trong văn bản.',
  needEvents:
    'Cần Word hỗ trợ WordApi 1.6 (Word 2024, Microsoft 365 hoặc Word trên web) để tự kiểm tra lại khi văn bản thay đổi; hãy bấm “Kiểm tra lại”.',
  needRepair: 'Cần Word hỗ trợ WordApi 1.3 (Word 2016 trở lên hoặc Word trên web) để bổ sung các mục còn thiếu.',
  notEmpty:
    'Văn bản đã có nội dung nên không chèn toàn bộ mẫu. Hãy dùng “Bổ sung các mục còn thiếu”, hoặc đặt con trỏ vào chỗ cần chèn.',
  busy: 'Đang chèn mẫu báo cáo, vui lòng chờ trong giây lát.',
  noParagraph: 'Không tìm thấy đoạn văn này: văn bản đã thay đổi, hãy bấm “Kiểm tra lại”.',
  changed: 'Văn bản đã thay đổi trong lúc bổ sung: hãy bấm “Kiểm tra lại” rồi thử lại.',
};

const en: Record<WordMessageId, string> = {
  needInsert: 'Inserting the outline needs WordApi 1.1 (Word 2016 or later, or Word on the web).',
  needSelect: 'Selecting a paragraph needs WordApi 1.1 (Word 2016 or later, or Word on the web).',
  needComments: 'Writing review comments needs WordApi 1.4 (Word 2021, Microsoft 365 or Word on the web).',
  needIgnores: 'Storing ignored findings in the document needs WordApi 1.3 (Word 2016 or later, or Word on the web).',
  needEvents:
    'Re-checking automatically when the document changes needs WordApi 1.6 (Word 2024, Microsoft 365 or Word on the web); use “Check again”.',
  needRepair: 'Adding the missing headings needs WordApi 1.3 (Word 2016 or later, or Word on the web).',
  notEmpty:
    'The document already has content, so the whole outline was not inserted. Use “Add missing headings”, or put the cursor where it should go.',
  busy: 'The outline is being inserted, please wait a moment.',
  noParagraph: 'This paragraph was not found: the document has changed, use “Check again”.',
  changed: 'The document changed while headings were being added: use “Check again” and try again.',
};

export function wordMessage(id: WordMessageId, lang: Lang = 'vi'): string {
  return (lang === 'en' ? en : vi)[id];
}

/** An error the user can read: `message` is in the UI language, `code` is for the code. */
export class WordHostError extends Error {
  readonly code: WordMessageId;
  constructor(code: WordMessageId, lang: Lang = 'vi') {
    super(wordMessage(code, lang));
    this.name = 'WordHostError';
    this.code = code;
  }
}
