// Words of the web checker page that the task pane does not have; same keys per language.
// The task pane's table (src/taskpane/strings.ts) supplies the rest (results, template form).
import type { Lang } from '../taskpane/strings';

export type { Lang } from '../taskpane/strings';

/** "2 sẵn sàng, 1 không đọc được": the parts whose count is not zero, joined with commas. */
function nonZero(parts: [number, string][]): string {
  return parts
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} ${words}`)
    .join(', ');
}

/** A text in quotes followed by a space, without doubling quotes it already has; "" for none. */
function quoted(text: string): string {
  const bare = text.trim().replace(/^["“”„«]+|["“”»]+$/g, '').trim();
  return bare ? `“${bare}” ` : '';
}

const vi = {
  pageTitle: 'Kiểm tra báo cáo Mặt trận',
  intro:
    'Kiểm tra các tệp báo cáo kết quả công tác Mặt trận (.docx) theo đề cương chính thức: mục nào còn thiếu, chưa có nội dung, còn nội dung hướng dẫn hoặc chưa có số liệu.',
  privacy: 'Tệp của bạn không được tải lên đâu cả: mọi việc kiểm tra diễn ra ngay trên máy tính này.',
  navLabel: 'Trên trang này',
  navCheck: 'Kiểm tra tệp',
  navResults: 'Kết quả',
  navTemplate: 'Tải mẫu báo cáo',

  // Choosing files
  filesHeading: 'Chọn tệp báo cáo',
  dropHint: 'Kéo và thả một hoặc nhiều tệp .docx vào đây, hoặc',
  pickButton: 'Chọn tệp báo cáo (.docx)',
  pickHint: 'Có thể chọn nhiều tệp cùng lúc. Trang này chưa đọc được tệp Word cũ (.doc): trong Word chọn Tệp > Lưu thành > Word Document (.docx), trong LibreOffice chọn Lưu thành, kiểu .docx.',
  dropActive: 'Thả tệp để kiểm tra',
  emptyState:
    'Chưa có tệp nào. Chọn hoặc kéo thả tệp báo cáo để bắt đầu; kết quả của từng tệp hiện ở đây, theo thứ tự các tệp được chọn.',

  // Progress and summary
  progress: (index: number, total: number, name: string) => `Đang kiểm tra ${index}/${total}: ${name}`,
  summary: (total: number, ready: number, notReady: number, unreadable: number) =>
    `Đã kiểm tra ${total} tệp: ${nonZero([
      [ready, 'sẵn sàng trình ký'],
      [notReady, 'chưa sẵn sàng'],
      [unreadable, 'không đọc được'],
    ])}`,
  /** A file's verdict in one line: "Còn 3 lỗi · 2 cảnh báo", "Sẵn sàng trình ký · 1 cảnh báo". */
  verdictLine: (errors: number, warnings: number) =>
    [errors > 0 ? `Còn ${errors} lỗi` : 'Sẵn sàng trình ký', ...(warnings > 0 ? [`${warnings} cảnh báo`] : [])].join(' · '),
  checkedOn: (date: Date) => `Ngày kiểm tra: ${date.toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' })}`,
  waiting: 'Đang chờ kiểm tra…',
  overviewLabel: 'Tổng quan các tệp đã kiểm tra',
  overviewScroll: 'Bảng tổng quan (cuộn ngang được)',
  colFile: 'Tệp',
  colVerdict: 'Kết quả',
  colErrors: 'Số lỗi',
  colWarnings: 'Số cảnh báo',
  colOutline: 'Đề cương',
  sortedBy: (column: string, ascending: boolean) => `Đã sắp xếp theo ${column.toLowerCase()}, ${ascending ? 'tăng dần' : 'giảm dần'}.`,
  resultsOf: (name: string) => `Kết quả của ${name}`,
  unreadable: 'Không đọc được',
  notReadyShort: 'Chưa sẵn sàng',

  // Toolbar
  exportXlsx: 'Tải bảng Excel (.xlsx)',
  exportXlsxHint: 'Ba trang tính: các tệp, các mục, các vấn đề.',
  exportCsv: 'Tải CSV',
  exportCsvHint: 'Bảng kết quả (mỗi tệp, mỗi mục một dòng) cho các chương trình bảng tính khác.',
  separatorLabel: 'Dấu phân cách của tệp CSV',
  separatorSemicolon: 'Dấu chấm phẩy (;)',
  separatorComma: 'Dấu phẩy (,)',
  separatorHint: 'Excel đặt tiếng Việt cần dấu chấm phẩy; Excel đặt tiếng Anh cần dấu phẩy.',
  exportFailed: 'Không tạo được bảng Excel. Hãy thử lại hoặc tải tệp CSV.',
  downloaded: (name: string, files?: number) => `Đã tải xuống ${name}${files !== undefined ? ` (${files} tệp)` : ''}`,
  print: 'In các tệp cần sửa',
  clear: 'Xóa kết quả',
  cleared: 'Đã xóa kết quả.',

  // One file
  sampleTitle: (name: string) => `${name} (báo cáo mẫu)`,
  sampleNote:
    'Đây là một báo cáo mẫu có vài thiếu sót, để minh họa cách trang báo kết quả. Hãy chọn tệp báo cáo của bạn để kiểm tra.',
  fileErrorTitle: 'Không kiểm tra được tệp này',
  tooLarge: (limitMb: number) =>
    `Tệp lớn hơn ${limitMb} MB nên không được kiểm tra: báo cáo thường chỉ vài trăm KB; hãy kiểm tra lại tệp đã chọn, hoặc giảm kích thước ảnh trong báo cáo rồi lưu lại.`,
  readFailed: 'Trình duyệt không đọc được tệp này từ máy tính: hãy kiểm tra tệp còn tồn tại và không bị chương trình khác khóa, rồi chọn lại.',
  checkFailed: 'Không kiểm tra được nội dung tệp này do lỗi không xác định. Các tệp khác vẫn được kiểm tra.',
  annotate: 'Tải bản có nhận xét',
  annotateHint: 'Bản sao của tệp, có nhận xét ở từng mục cần sửa; tệp gốc không bị thay đổi.',
  annotateNone: 'Không có mục nào cần nhận xét.',
  annotateError: 'Không tạo được bản có nhận xét.',

  // Template
  templateHeading: 'Tải mẫu báo cáo (.docx)',
  templateIntro: 'Tệp Word theo đề cương chính thức, có sẵn các đề mục và hướng dẫn viết từng mục, để bắt đầu soạn báo cáo.',
  templateButton: 'Tải mẫu báo cáo (.docx)',
  templateError: 'Không tạo được tệp mẫu báo cáo.',

  // The outline
  navOutline: 'Đề cương',
  outlineHeading: 'Đề cương dùng để kiểm tra',
  outlineIntro:
    'Báo cáo được kiểm tra và tệp mẫu được tạo theo đề cương chọn ở đây. Mỗi năm có đề cương mới: tải tệp đề cương (.json) hoặc văn bản đề cương chính thức (.docx, .txt) để trang đọc các đề mục và số liệu cần có.',
  outlineSelectLabel: 'Đề cương',
  outlineLoadedOption: (label: string) => `Đã tải: ${label}`,
  outlineCurrent: (label: string) => `Đề cương: ${label}`,
  outlinePick: 'Tải đề cương (.json, .docx, .txt)',
  outlinePickHint:
    'Tệp đề cương (.json) do trang này hoặc dòng lệnh lưu, hoặc văn bản đề cương chính thức (.docx, .txt). Tệp được đọc ngay trên máy tính này.',
  outlineLoading: (name: string) => `Đang đọc đề cương ${name}…`,
  outlineLoaded: (label: string) => `Đã chọn ${label}.`,
  outlineRechecked: (label: string, count: number) => `Đã chọn ${label}. Đang kiểm tra lại ${count} tệp theo đề cương này.`,
  outlineErrorTitle: (name: string) => `Không dùng được đề cương trong tệp ${name}`,
  outlineErrorIntro: 'Đề cương đang dùng không đổi. Các lỗi tìm thấy (trường nào, sai gì):',
  outlineWholeFile: '(cả tệp)',
  outlineTooLarge: (mb: number) => `Tệp lớn hơn ${mb} MB, không phải một đề cương.`,
  outlineWrongType: 'Chỉ nhận tệp đề cương .json, hoặc văn bản đề cương .docx, .txt.',
  outlineNoHeadings: 'Không tìm thấy đề mục nào (Phần thứ nhất, I., 1., a)…) trong văn bản: có phải văn bản đề cương không?',
  outlineImportFailed: 'Không đọc được đề cương trong văn bản này.',
  reviewTitle: 'Kết quả đọc văn bản đề cương',
  reviewHeadings: (n: number) => `${n} đề mục`,
  reviewFigures: (n: number) => `${n} số liệu cần có`,
  reviewNotesNone: 'Mọi dòng của văn bản đều đã được xếp vào đề cương.',
  reviewNotes: (n: number) => `${n} dòng chưa xếp được hoặc cần xem lại:`,
  reviewNoteLine: (paragraph: number | undefined, text: string, message: string) =>
    `${paragraph !== undefined ? `Đoạn ${paragraph + 1}: ` : ''}${quoted(text)}— ${message}`,
  reviewAdvice: 'Hãy xem lại trước khi gửi cho cấp dưới: lưu đề cương thành tệp .json để các đơn vị dùng cùng một đề cương.',
  saveOutline: 'Lưu đề cương (.json)',
  saveOutlineHint: 'Tệp đề cương để gửi cho các đơn vị cấp dưới: họ tải tệp này ở mục Đề cương của trang, hoặc dùng với dòng lệnh.',
  outlineSaved: (name: string) => `Đã lưu đề cương vào tệp ${name}.`,
  outlineSaveError: 'Không lưu được tệp đề cương.',

  langSwitch: 'Ngôn ngữ',
  noscript: 'Trang kiểm tra báo cáo cần JavaScript.',
  startError: 'Không khởi động được trang kiểm tra báo cáo.',
};

export type CheckerStrings = typeof vi;

const en: CheckerStrings = {
  pageTitle: 'Check Front reports',
  intro:
    "Check the Front's yearly report files (.docx) against the official outline: which sections are missing, empty, still hold the outline's guidance or report no figures.",
  privacy: 'Your files are not uploaded anywhere: everything is checked on this computer.',
  navLabel: 'On this page',
  navCheck: 'Check files',
  navResults: 'Results',
  navTemplate: 'Download the template',

  filesHeading: 'Choose report files',
  dropHint: 'Drag and drop one or more .docx files here, or',
  pickButton: 'Choose report files (.docx)',
  pickHint: 'You can choose several files at once. This page cannot read old Word files (.doc) yet: in Word choose File > Save As > Word Document (.docx), in LibreOffice Save As, type .docx.',
  dropActive: 'Drop the files to check them',
  emptyState:
    'No file yet. Choose or drop report files to start; the results of each file appear here, in the order the files were chosen.',

  progress: (index: number, total: number, name: string) => `Checking ${index}/${total}: ${name}`,
  summary: (total: number, ready: number, notReady: number, unreadable: number) =>
    `Checked ${total} ${total === 1 ? 'file' : 'files'}: ${nonZero([
      [ready, 'ready to sign'],
      [notReady, 'not ready'],
      [unreadable, 'unreadable'],
    ])}`,
  verdictLine: (errors: number, warnings: number) =>
    [
      errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'} left` : 'Ready to sign',
      ...(warnings > 0 ? [`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`] : []),
    ].join(' · '),
  checkedOn: (date: Date) => `Checked on ${date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`,
  waiting: 'Waiting to be checked…',
  overviewLabel: 'Overview of the files checked',
  overviewScroll: 'Overview table (scrolls sideways)',
  colFile: 'File',
  colVerdict: 'Result',
  colErrors: 'Errors',
  colWarnings: 'Warnings',
  colOutline: 'Outline',
  sortedBy: (column: string, ascending: boolean) => `Sorted by ${column.toLowerCase()}, ${ascending ? 'ascending' : 'descending'}.`,
  resultsOf: (name: string) => `Results of ${name}`,
  unreadable: 'Unreadable',
  notReadyShort: 'Not ready',

  exportXlsx: 'Download an Excel table (.xlsx)',
  exportXlsxHint: 'Three sheets: the files, the sections, the findings.',
  exportCsv: 'Download CSV',
  exportCsvHint: 'A table of the results (one row per file and section) for other spreadsheet programs.',
  separatorLabel: 'Separator of the CSV file',
  separatorSemicolon: 'Semicolon (;)',
  separatorComma: 'Comma (,)',
  separatorHint: 'Excel set to Vietnamese needs the semicolon; Excel set to English needs the comma.',
  exportFailed: 'The Excel table could not be made. Try again or download the CSV file.',
  downloaded: (name: string, files?: number) =>
    `Downloaded ${name}${files !== undefined ? ` (${files} ${files === 1 ? 'file' : 'files'})` : ''}`,
  print: 'Print the files to fix',
  clear: 'Clear the results',
  cleared: 'Results cleared.',

  sampleTitle: (name: string) => `${name} (sample report)`,
  sampleNote:
    'This is a sample report with a few shortcomings, to show how the page reports them. Choose your own report files to check them.',
  fileErrorTitle: 'This file could not be checked',
  tooLarge: (limitMb: number) =>
    `The file is larger than ${limitMb} MB and was not checked: a report is usually a few hundred KB; check the file you chose, or reduce the size of its pictures and save it again.`,
  readFailed: 'The browser could not read this file from the computer: check that it still exists and is not locked by another program, then choose it again.',
  checkFailed: 'The content of this file could not be checked (unknown error). The other files are still checked.',
  annotate: 'Download a copy with comments',
  annotateHint: 'A copy of the file with a comment on each section to fix; the original file is not changed.',
  annotateNone: 'No section needs a comment.',
  annotateError: 'Could not create the copy with comments.',

  templateHeading: 'Download the report template (.docx)',
  templateIntro: 'A Word file following the official outline, with every heading and the guidance for each section, to start writing the report.',
  templateButton: 'Download the template (.docx)',
  templateError: 'Could not create the template file.',

  navOutline: 'Outline',
  outlineHeading: 'Outline to check against',
  outlineIntro:
    'Reports are checked and the template is made with the outline chosen here. Each year brings a new outline: load an outline file (.json) or the official outline document (.docx, .txt) and the page reads its headings and required figures.',
  outlineSelectLabel: 'Outline',
  outlineLoadedOption: (label: string) => `Loaded: ${label}`,
  outlineCurrent: (label: string) => `Outline: ${label}`,
  outlinePick: 'Load an outline (.json, .docx, .txt)',
  outlinePickHint:
    'An outline file (.json) saved by this page or the command line, or the official outline document (.docx, .txt). The file is read on this computer.',
  outlineLoading: (name: string) => `Reading the outline ${name}…`,
  outlineLoaded: (label: string) => `Chose the ${label}.`,
  outlineRechecked: (label: string, count: number) => `Chose the ${label}. Checking ${count} file(s) again against it.`,
  outlineErrorTitle: (name: string) => `The outline in ${name} cannot be used`,
  outlineErrorIntro: 'The outline in use is unchanged. Problems found (which field, what is wrong):',
  outlineWholeFile: '(whole file)',
  outlineTooLarge: (mb: number) => `The file is larger than ${mb} MB: not an outline.`,
  outlineWrongType: 'Only outline files (.json) or outline documents (.docx, .txt) are accepted.',
  outlineNoHeadings: 'No heading (Phần thứ nhất, I., 1., a)…) was found in the document: is it an outline?',
  outlineImportFailed: 'The outline in this document could not be read.',
  reviewTitle: 'What the outline document gave',
  reviewHeadings: (n: number) => `${n} heading(s)`,
  reviewFigures: (n: number) => `${n} required figure(s)`,
  reviewNotesNone: 'Every line of the document was placed in the outline.',
  reviewNotes: (n: number) => `${n} line(s) not placed or to review:`,
  reviewNoteLine: (paragraph: number | undefined, text: string, message: string) =>
    `${paragraph !== undefined ? `Paragraph ${paragraph + 1}: ` : ''}${quoted(text)}— ${message}`,
  reviewAdvice: 'Review it before sending it to the units below: save the outline as a .json file so that every unit uses the same outline.',
  saveOutline: 'Save the outline (.json)',
  saveOutlineHint: 'An outline file for the units below: they load it in the Outline part of this page, or use it with the command line.',
  outlineSaved: (name: string) => `Saved the outline as ${name}.`,
  outlineSaveError: 'The outline file could not be saved.',

  langSwitch: 'Language',
  noscript: 'The report checker page needs JavaScript.',
  startError: 'The report checker page could not start.',
};

export const checkerStrings: Record<Lang, CheckerStrings> = { vi, en };

export function getCheckerStrings(lang: Lang): CheckerStrings {
  return checkerStrings[lang] ?? vi;
}

function asLang(value: string | null | undefined): Lang | undefined {
  const v = value?.trim().toLowerCase();
  return v === 'en' || v === 'vi' ? v : undefined;
}

/**
 * The page's language: `?lang=en` or `?lang=vi` first, else the one the user chose earlier on the
 * page's switch, else Vietnamese, whatever the browser's language.
 */
export function pageLang(search: string, stored?: string | null): Lang {
  return asLang(new URLSearchParams(search).get('lang')) ?? asLang(stored) ?? 'vi';
}

/** `?sample=1` (or `true`, `yes`): show the sample report's results on first view. */
export function wantsSample(search: string): boolean {
  const value = new URLSearchParams(search).get('sample');
  return value !== null && ['1', 'true', 'yes', ''].includes(value.trim().toLowerCase());
}
