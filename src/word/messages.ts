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
  | 'changed'
  | 'cursorInHeader'
  | 'cursorInNestedTable'
  | 'commentsNotWritten'
  | 'tableParagraph'
  | 'needSelectRange'
  | 'needPlaceCursor'
  | 'needCursor'
  | 'needSelectionEvents';

// The Word versions come from Microsoft's requirement-set table
// (https://learn.microsoft.com/en-us/javascript/api/requirement-sets/word/word-api-requirement-sets):
// volume-licensed Office 2016 has WordApi 1.1 only, 1.3 comes with Office 2019, 1.4 and later are
// not in volume-licensed Office 2021 but are in Office 2024, Microsoft 365 and Word on the web.
// The user sees the Word to use, never the name of a requirement set.
const WEB_CHECKER_VI = 'hãy dùng trang kiểm tra trên trình duyệt';
const WEB_CHECKER_EN = 'use the checker page in a web browser';

const vi: Record<WordMessageId, string> = {
  needInsert: `Word của anh/chị chưa hỗ trợ chèn mẫu báo cáo (cần Word 2016 trở lên, Word cho Mac hoặc Word trên web); ${WEB_CHECKER_VI}.`,
  needSelect: 'Word của anh/chị chưa hỗ trợ chọn đoạn văn từ công cụ (cần Word 2016 trở lên, Word cho Mac hoặc Word trên web).',
  needComments: `Word của anh/chị chưa hỗ trợ ghi nhận xét (cần Word 2024, Microsoft 365 hoặc Word trên web); ${WEB_CHECKER_VI} để tải bản có nhận xét.`,
  needIgnores: 'Word của anh/chị chưa hỗ trợ lưu các mục bỏ qua trong văn bản (cần Word 2019 trở lên, Microsoft 365 hoặc Word trên web).',
  needEvents:
    'Word của anh/chị chưa tự báo khi văn bản thay đổi (cần Word 2024, Microsoft 365 hoặc Word trên web); hãy bấm “Kiểm tra lại” sau khi sửa.',
  needRepair: `Word của anh/chị chưa hỗ trợ bổ sung các mục còn thiếu (cần Word 2019 trở lên, Microsoft 365 hoặc Word trên web); hãy đặt con trỏ vào chỗ cần chèn, hoặc ${WEB_CHECKER_VI}.`,
  notEmpty:
    'Văn bản đã có nội dung nên không chèn toàn bộ mẫu. Hãy dùng “Bổ sung các mục còn thiếu”, hoặc đặt con trỏ vào chỗ cần chèn.',
  busy: 'Đang chèn mẫu báo cáo, vui lòng chờ trong giây lát.',
  noParagraph: 'Không tìm thấy đoạn văn này: văn bản đã thay đổi, hãy bấm “Kiểm tra lại”.',
  changed: 'Văn bản đã thay đổi trong lúc bổ sung: hãy bấm “Kiểm tra lại” rồi thử lại.',
  cursorInHeader: 'Con trỏ đang ở đầu trang hoặc chân trang: hãy đặt con trỏ vào phần nội dung của văn bản rồi chèn lại.',
  cursorInNestedTable: 'Con trỏ đang ở trong một bảng nằm trong bảng khác: hãy đặt con trỏ ra ngoài bảng rồi chèn lại.',
  commentsNotWritten:
    'Word không ghi được nhận xét vào văn bản; văn bản vẫn như trước (các nhận xét cũ của công cụ còn nguyên). Hãy thử lại, hoặc dùng trang kiểm tra trên trình duyệt để tải bản có nhận xét.',
  tableParagraph: 'Đoạn này nằm trong bảng; Word của anh/chị chưa chọn được đoạn trong bảng, hãy tìm nó trong văn bản.',
  needSelectRange:
    'Word của anh/chị chưa chọn được nhiều đoạn cùng lúc (cần Word 2019 trở lên, Microsoft 365 hoặc Word trên web); công cụ chỉ chọn đoạn đầu tiên.',
  needPlaceCursor:
    'Word của anh/chị chưa đặt được con trỏ vào cuối đoạn (cần Word 2019 trở lên, Microsoft 365 hoặc Word trên web); công cụ đặt con trỏ ở đầu đoạn.',
  needCursor:
    'Word của anh/chị chưa cho biết chắc con trỏ đang ở đoạn nào (cần Word 2019 trở lên, Microsoft 365 hoặc Word trên web); hướng dẫn của mục đang viết có lúc không hiện.',
  needSelectionEvents:
    'Word của anh/chị chưa báo khi con trỏ di chuyển (cần Word 2016 trở lên, Word cho Mac hoặc Word trên web); hướng dẫn của mục đang viết không tự đổi theo con trỏ.',
};

const en: Record<WordMessageId, string> = {
  needInsert: `Your Word cannot insert the outline (it needs Word 2016 or later, Word for Mac or Word on the web); ${WEB_CHECKER_EN}.`,
  needSelect: 'Your Word cannot select paragraphs from the add-in (it needs Word 2016 or later, Word for Mac or Word on the web).',
  needComments: `Your Word cannot write review comments (it needs Word 2024, Microsoft 365 or Word on the web); ${WEB_CHECKER_EN} to download a commented copy.`,
  needIgnores: 'Your Word cannot store ignored findings in the document (it needs Word 2019 or later, Microsoft 365 or Word on the web).',
  needEvents:
    'Your Word does not report document changes (it needs Word 2024, Microsoft 365 or Word on the web); use “Check again” after editing.',
  needRepair: `Your Word cannot add the missing headings (it needs Word 2019 or later, Microsoft 365 or Word on the web); put the cursor where they go, or ${WEB_CHECKER_EN}.`,
  notEmpty:
    'The document already has content, so the whole outline was not inserted. Use “Add missing headings”, or put the cursor where it should go.',
  busy: 'The outline is being inserted, please wait a moment.',
  noParagraph: 'This paragraph was not found: the document has changed, use “Check again”.',
  changed: 'The document changed while headings were being added: use “Check again” and try again.',
  cursorInHeader: 'The cursor is in a header or footer: put it in the body of the document and insert again.',
  cursorInNestedTable: 'The cursor is in a table inside another table: move it out of the table and insert again.',
  commentsNotWritten:
    "Word could not write the comments; the document is as it was (the add-in's old comments are still there). Try again, or use the checker page in a web browser to download a commented copy.",
  tableParagraph: 'This paragraph is in a table, and your Word cannot select paragraphs in tables; find it in the document.',
  needSelectRange:
    'Your Word cannot select several paragraphs at once (it needs Word 2019 or later, Microsoft 365 or Word on the web); the add-in selects the first one only.',
  needPlaceCursor:
    'Your Word cannot put the cursor at the end of a paragraph (it needs Word 2019 or later, Microsoft 365 or Word on the web); the add-in puts it at the start of the paragraph.',
  needCursor:
    'Your Word cannot always tell which paragraph the cursor is in (it needs Word 2019 or later, Microsoft 365 or Word on the web); the guidance of the section being written may not show.',
  needSelectionEvents:
    'Your Word does not report cursor moves (it needs Word 2016 or later, Word for Mac or Word on the web); the guidance of the section being written does not follow the cursor.',
};

export function wordMessage(id: WordMessageId, lang: Lang = 'vi'): string {
  return (lang === 'en' ? en : vi)[id];
}

/** An error the user can read: `message` is in the UI language, `code` is for the code. */
export class WordHostError extends Error {
  readonly code: WordMessageId;
  /** The Office error behind it, if any (for diagnostics). */
  override readonly cause?: unknown;
  constructor(code: WordMessageId, lang: Lang = 'vi', cause?: unknown) {
    super(wordMessage(code, lang));
    this.name = 'WordHostError';
    this.code = code;
    if (cause !== undefined) this.cause = cause;
  }
}
