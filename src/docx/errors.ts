// Errors of the .docx reader: one code per kind of bad input, with a message that says what is
// wrong and what to do (Vietnamese for the user, English for logs and the English UI).
import { MAX_ENTRIES, MAX_PART_MB, MAX_TOTAL_MB } from './limits';

export type DocxErrorCode =
  | 'empty-file'
  | 'not-zip'
  | 'no-document'
  | 'encrypted'
  | 'legacy-doc'
  | 'corrupt'
  | 'inflated-too-large'
  | 'too-many-entries'
  | 'overlapping-entries'
  | 'unsupported-encoding';

/** 10000 -> "10.000" (Vietnamese) or "10,000" (English). */
function count(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, separator);
}

/** The user-facing messages of each error code. */
export const DOCX_ERROR_MESSAGES: Readonly<Record<DocxErrorCode, { vi: string; en: string }>> = {
  'empty-file': {
    vi: 'Tệp rỗng (0 byte): hãy kiểm tra lại tệp đã chọn, hoặc lưu lại báo cáo từ Word rồi thử lại.',
    en: 'The file is empty (0 bytes): check the file you chose, or save the report again from Word and retry.',
  },
  'not-zip': {
    vi: 'Tệp không phải là tài liệu Word (.docx): hãy mở tệp bằng Word và lưu lại dưới dạng Tài liệu Word (.docx).',
    en: 'The file is not a Word document (.docx): open it in Word and save it as a Word Document (.docx).',
  },
  'no-document': {
    vi: 'Tệp nén không chứa nội dung của tài liệu Word: hãy chọn đúng tệp báo cáo .docx, hoặc mở bằng Word và lưu lại dưới dạng .docx.',
    en: 'The archive holds no Word document content: choose the .docx report itself, or open it in Word and save it as .docx.',
  },
  encrypted: {
    vi: 'Tệp được bảo vệ bằng mật khẩu: hãy mở bằng Word, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu) rồi lưu lại.',
    en: 'The file is password-protected: open it in Word, remove the password (File > Info > Protect Document) and save it again.',
  },
  'legacy-doc': {
    vi: 'Tệp ở định dạng Word cũ (.doc): hãy mở bằng Word, chọn Tệp > Lưu thành > Word Document (.docx) (trong LibreOffice: Lưu thành, kiểu .docx) rồi dùng tệp .docx đó.',
    en: 'The file is in the old Word format (.doc): open it in Word, choose File > Save As > Word Document (.docx) (in LibreOffice: Save As, type .docx) and use that .docx file.',
  },
  corrupt: {
    vi: 'Tệp .docx bị hỏng hoặc không đầy đủ: hãy mở bằng Word (Word sẽ đề nghị khôi phục nội dung), lưu lại rồi thử lại.',
    en: 'The .docx file is damaged or incomplete: open it in Word (Word offers to recover the content), save it again and retry.',
  },
  'inflated-too-large': {
    vi:
      'Tệp khi giải nén lớn hơn kích thước chính nó khai báo, hoặc vượt quá giới hạn ' +
      `(${MAX_PART_MB} MB cho một phần, ${MAX_TOTAL_MB} MB cho cả tệp), nên không được đọc để máy không bị treo; ` +
      'một báo cáo thật nhỏ hơn nhiều. Tệp có thể là tệp nén độc hại ("bom nén"): hãy kiểm tra nguồn của tệp; ' +
      'nếu đây là báo cáo thật, hãy bớt các hình ảnh lớn, lưu lại bằng Word rồi thử lại.',
    en:
      'The file inflates to more than it declares, or past the limits ' +
      `(${MAX_PART_MB} MB for one part, ${MAX_TOTAL_MB} MB for the whole file), so it is not read, to keep the computer from hanging; ` +
      'a real report is far smaller. It may be a malicious archive ("zip bomb"): check where it ' +
      'came from; if it is a real report, remove large pictures, save it again in Word and retry.',
  },
  'too-many-entries': {
    vi:
      `Tệp nén khai báo hơn ${count(MAX_ENTRIES, '.')} mục (một tệp .docx chỉ có vài chục) nên không được đọc: tệp bị hỏng hoặc ` +
      'được tạo ra để làm treo máy; hãy mở bằng Word, lưu lại dưới dạng .docx rồi thử lại.',
    en:
      `The archive declares more than ${count(MAX_ENTRIES, ',')} entries (a .docx has a few dozen), so it is not read: it is damaged ` +
      'or made to hang the computer; open it in Word, save it as .docx and retry.',
  },
  'overlapping-entries': {
    vi:
      'Tệp nén có nhiều mục dùng chung một vùng dữ liệu (kiểu "bom nén") nên không được đọc; Word không bao giờ lưu tệp như vậy: ' +
      'hãy kiểm tra nguồn của tệp, hoặc mở bằng Word, lưu lại dưới dạng .docx rồi thử lại.',
    en:
      'Several entries of the archive share one stretch of data (a "zip bomb" trick), so it is not read; Word never saves such a ' +
      'file: check where it came from, or open it in Word, save it as .docx and retry.',
  },
  'unsupported-encoding': {
    vi:
      'Một phần của tệp dùng bảng mã ký tự mà chương trình không đọc được (không phải UTF-8 hay UTF-16): ' +
      'hãy mở bằng Word, lưu lại dưới dạng .docx (Word lưu bằng UTF-8) rồi thử lại.',
    en:
      'A part of the file uses a character encoding the program cannot read (not UTF-8 or UTF-16): ' +
      'open it in Word, save it as .docx (Word saves in UTF-8) and retry.',
  },
};

/** The only error type `readDocx` throws. `message` is Vietnamese; `messageEn` is English. */
export class DocxError extends Error {
  readonly code: DocxErrorCode;
  readonly messageEn: string;
  /** Technical detail of the cause (English, for logs), when there is one. */
  readonly detail?: string;

  constructor(code: DocxErrorCode, detail?: string) {
    super(DOCX_ERROR_MESSAGES[code].vi);
    this.name = 'DocxError';
    this.code = code;
    this.messageEn = DOCX_ERROR_MESSAGES[code].en;
    if (detail !== undefined) this.detail = detail;
    // Keep `instanceof` working when compiled to ES5-style classes.
    Object.setPrototypeOf(this, DocxError.prototype);
  }
}
