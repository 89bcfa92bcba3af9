// Errors of the .docx reader: one code per kind of bad input, with a message that says what is
// wrong and what to do (Vietnamese for the user, English for logs and the English UI).

export type DocxErrorCode = 'empty-file' | 'not-zip' | 'no-document' | 'encrypted' | 'legacy-doc' | 'corrupt';

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
