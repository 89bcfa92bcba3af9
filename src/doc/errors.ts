// Errors of the Word 97-2003 (.doc) reader, and of files named .doc that are something else:
// one code per kind of bad input, with a message that says what is wrong and what to do
// (Vietnamese for the user, English for logs and the English UI), as DocxError does for .docx.

export type DocErrorCode = 'doc-encrypted' | 'doc-corrupt' | 'doc-too-old' | 'doc-not-word' | 'rtf' | 'html' | 'word-xml';

/** How to get a .docx from Word or LibreOffice (shared by the messages below). */
export const SAVE_AS_DOCX = {
  vi: 'trong Word chọn Tệp > Lưu thành > Word Document (.docx); trong LibreOffice chọn Lưu thành, kiểu .docx',
  en: 'in Word choose File > Save As > Word Document (.docx); in LibreOffice choose Save As, type .docx',
} as const;

export const DOC_ERROR_MESSAGES: Readonly<Record<DocErrorCode, { vi: string; en: string }>> = {
  'doc-encrypted': {
    vi: 'Tệp Word cũ (.doc) được bảo vệ bằng mật khẩu: hãy mở bằng Word, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu) rồi lưu lại.',
    en: 'The old Word file (.doc) is password-protected: open it in Word, remove the password (File > Info > Protect Document) and save it again.',
  },
  'doc-corrupt': {
    vi: `Tệp Word cũ (.doc) bị hỏng hoặc không đầy đủ: hãy mở bằng Word (Word sẽ đề nghị khôi phục nội dung) rồi lưu lại dưới dạng .docx (${SAVE_AS_DOCX.vi}).`,
    en: `The old Word file (.doc) is damaged or incomplete: open it in Word (Word offers to recover the content) and save it as .docx (${SAVE_AS_DOCX.en}).`,
  },
  'doc-too-old': {
    vi: `Tệp ở định dạng Word 6.0/95, cũ hơn Word 97 nên không đọc được: hãy mở bằng Word và lưu lại dưới dạng .docx (${SAVE_AS_DOCX.vi}).`,
    en: `The file is in the Word 6.0/95 format, older than Word 97, and cannot be read: open it in Word and save it as .docx (${SAVE_AS_DOCX.en}).`,
  },
  'doc-not-word': {
    vi: 'Tệp không phải là văn bản Word (có thể là bảng tính Excel hoặc trình chiếu PowerPoint): hãy chọn đúng tệp báo cáo .doc hoặc .docx.',
    en: 'The file is not a Word document (it may be an Excel workbook or a PowerPoint presentation): choose the .doc or .docx report itself.',
  },
  rtf: {
    vi: `Tệp thực ra ở định dạng RTF, không phải Word (.doc): hãy mở bằng Word và lưu lại dưới dạng .docx (${SAVE_AS_DOCX.vi}).`,
    en: `The file is really in the RTF format, not a Word (.doc) file: open it in Word and save it as .docx (${SAVE_AS_DOCX.en}).`,
  },
  html: {
    vi: `Tệp thực ra là trang web (HTML), không phải Word (.doc): hãy mở bằng Word và lưu lại dưới dạng .docx (${SAVE_AS_DOCX.vi}).`,
    en: `The file is really a web page (HTML), not a Word (.doc) file: open it in Word and save it as .docx (${SAVE_AS_DOCX.en}).`,
  },
  'word-xml': {
    vi: `Tệp ở định dạng Word XML 2003, không phải .doc hay .docx: hãy mở bằng Word và lưu lại dưới dạng .docx (${SAVE_AS_DOCX.vi}).`,
    en: `The file is in the Word 2003 XML format, neither .doc nor .docx: open it in Word and save it as .docx (${SAVE_AS_DOCX.en}).`,
  },
};

/** The only error type the .doc reader throws (besides DocxError for a .docx inside). */
export class DocError extends Error {
  readonly code: DocErrorCode;
  readonly messageEn: string;
  /** Technical detail of the cause (English, for logs), when there is one. */
  readonly detail?: string;

  constructor(code: DocErrorCode, detail?: string) {
    super(DOC_ERROR_MESSAGES[code].vi);
    this.name = 'DocError';
    this.code = code;
    this.messageEn = DOC_ERROR_MESSAGES[code].en;
    if (detail !== undefined) this.detail = detail;
    Object.setPrototypeOf(this, DocError.prototype);
  }
}
