// Every word the task pane shows, one table per language with the same keys.
// Vietnamese is the product's language and the default; English when the user switches to it.

export type Lang = 'vi' | 'en';

const vi = {
  appTitle: 'Báo cáo Mặt trận',
  appSubtitle: (year: number) => `Báo cáo kết quả công tác Mặt trận năm ${year}: soạn theo đề cương, kiểm tra trước khi trình ký`,

  // Outside Word
  outsideTitle: 'Cần mở từ Word',
  outsideBody: 'Trang này là phần bổ trợ của Microsoft Word. Hãy mở Word, vào thẻ Trang chủ và bấm nút Báo cáo Mặt trận.',
  outsidePath: 'Trang chủ > Báo cáo Mặt trận',
  outsideChecker: 'Muốn kiểm tra tệp báo cáo .docx mà không cần Word, hãy dùng trang kiểm tra báo cáo trên web:',
  outsideCheckerLink: 'Trang kiểm tra tệp .docx',

  // Outline choice
  outlineLabel: 'Đề cương',
  outlineHint: 'Mẫu được chèn theo đề cương này; văn bản ghi nhớ đề cương để lần kiểm tra sau dùng đúng đề cương đó.',
  outlineName: (year: number, id: string, version?: string) => `Đề cương năm ${year} (${id}${version ? `, bản ${version}` : ''})`,
  outlineLoad: 'Tải đề cương…',
  outlineLoadHint: 'Tệp đề cương (.json) hoặc văn bản đề cương chính thức (.docx, .txt).',
  outlineLoading: 'Đang đọc đề cương…',
  outlineLoaded: (name: string, sections: number, figures: number, notes: number) =>
    `Đã tải ${name}: ${sections} mục, ${figures} số liệu cần có${notes > 0 ? `; ${notes} dòng không xếp được vào mục nào` : ''}. Hãy xem lại các mục ở phần “Đề cương và hướng dẫn” trước khi chèn.`,
  outlineLoadError: (file: string) => `Không dùng được tệp “${file}”.`,
  outlineUsed: (name: string) => `Đang kiểm tra theo đề cương: ${name} (ghi trong văn bản)`,
  outlineUsedAuto: (name: string) => `Đang kiểm tra theo đề cương: ${name} (tự nhận biết)`,
  outlineMarkMissing: (id: string) => `Văn bản ghi đề cương “${id}” nhưng máy này không có đề cương đó; hãy tải đề cương ấy để kiểm tra đúng.`,
  outlineMarkError: 'Đã chèn mẫu nhưng không ghi được đề cương vào văn bản; lần kiểm tra sau sẽ tự nhận biết đề cương.',
  outlineSaveReminder: 'Hãy lưu văn bản (Ctrl+S) để giữ đề cương đã chọn trong văn bản.',

  // Insert
  insertHeading: 'Chèn mẫu báo cáo',
  unitLabel: 'Cơ quan ban hành',
  unitPlaceholder: 'ỦY BAN MTTQ VIỆT NAM TỈNH …',
  unitHint: 'Ví dụ: ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH. Để trống nếu muốn điền sau.',
  placeLabel: 'Địa danh',
  placePlaceholder: 'Bắc Ninh',
  placeHint: 'Dùng cho dòng ngày tháng, ví dụ: Bắc Ninh, ngày … tháng … năm ….',
  unitBlank: 'ỦY BAN MTTQ VIỆT NAM …………',
  placeBlank: '…………',
  insertButton: 'Chèn mẫu báo cáo',
  inserting: 'Đang chèn mẫu báo cáo…',
  insertNotEmptyTitle: 'Văn bản đã có nội dung',
  insertNotEmpty:
    'Công cụ không ghi đè lên nội dung đã có. Bạn có thể bổ sung các mục của đề cương còn thiếu, hoặc chèn toàn bộ mẫu tại vị trí con trỏ.',
  insertMissingButton: 'Bổ sung các mục còn thiếu',
  insertCursorButton: 'Chèn tại vị trí con trỏ',
  insertCancel: 'Để sau',
  inserted: (headings: number) => `Đã chèn ${headings} đề mục của đề cương.`,
  headingsAdded: (count: number) =>
    count === 0 ? 'Văn bản đã có đủ các mục của đề cương, không cần bổ sung.' : `Đã bổ sung ${count} mục còn thiếu.`,
  insertError: 'Không chèn được mẫu báo cáo. Nội dung của bạn vẫn giữ nguyên.',
  guidanceHeading: 'Đề cương và hướng dẫn',
  guidanceIntro: 'Mở từng mục để xem hướng dẫn viết theo đề cương chính thức.',
  guidanceToggle: 'Hướng dẫn viết mục này',
  guidanceNone: 'Đề cương không có hướng dẫn riêng cho mục này.',
  figuresAsked: 'Số liệu cần có:',
  optionalMark: '(nếu có)',

  // Check
  checkHeading: 'Kiểm tra báo cáo',
  checkButton: 'Kiểm tra',
  recheckButton: 'Kiểm tra lại',
  checking: 'Đang kiểm tra…',
  autoCheckOn: 'Khi văn bản thay đổi, công cụ tự kiểm tra lại.',
  autoCheckOff: 'Khi văn bản thay đổi, hãy bấm Kiểm tra lại.',
  checkError: 'Không đọc được văn bản để kiểm tra.',
  resultsHeading: 'Kết quả kiểm tra',
  ready: 'Sẵn sàng trình ký',
  notReady: (errors: number) => `Còn ${errors} lỗi cần sửa trước khi trình ký`,
  warnings: (count: number) => `${count} cảnh báo`,
  headingsFound: (found: number, total: number) => `Nhận ra ${found}/${total} đề mục của đề cương.`,
  checkDone: (summary: string) => `Kiểm tra xong: ${summary}.`,
  errorsHeading: 'Lỗi cần sửa',
  notesHeading: 'Lưu ý chung',
  sectionsHeading: 'Các mục của báo cáo',
  sectionsIntro: 'Chọn một mục để đến đề mục đó trong văn bản.',
  checklistLabel: 'Số liệu theo đề cương',
  notFound: 'chưa có',
  foundIn: 'Trong câu:',
  sectionMissingNote: 'Mục này chưa có trong văn bản.',
  sectionFindings: 'Cần xem lại',
  selectError: 'Không chọn được đoạn này trong văn bản.',
  selected: (title: string) => `Đã chọn: ${title}`,
  severityError: 'Lỗi',
  severityWarning: 'Cảnh báo',
  severityInfo: 'Lưu ý',
  optional: 'không bắt buộc',

  // Ignore
  ignoreButton: 'Bỏ qua',
  ignoreReason: 'Lý do',
  ignoreReasonHint: 'Ghi rõ vì sao bỏ qua lỗi này (lưu trong văn bản).',
  ignoreReasonRequired: 'Hãy ghi lý do bỏ qua.',
  ignoreConfirm: 'Xác nhận bỏ qua',
  ignoreCancel: 'Hủy',
  ignoredHeading: 'Đã bỏ qua',
  ignoredReason: (reason: string) => `Lý do: ${reason}`,
  undoIgnore: 'Hoàn tác',
  ignoring: 'Đang lưu…',
  ignoreSaved: 'Đã bỏ qua và lưu lý do vào văn bản.',
  ignoreUndone: 'Đã hoàn tác bỏ qua.',
  ignoreError: 'Không lưu được nội dung bỏ qua.',

  // Comments
  commentsHeading: 'Nhận xét',
  commentsIntro: 'Ghi nhận xét vào từng mục còn thiếu sót để người soạn thấy ngay trong văn bản.',
  writeComments: 'Ghi nhận xét vào văn bản',
  removeComments: 'Xóa nhận xét của công cụ',
  writingComments: 'Đang ghi nhận xét…',
  removingComments: 'Đang xóa nhận xét…',
  commentsWritten: (count: number) =>
    count === 0 ? 'Không có mục nào cần nhận xét.' : `Đã ghi ${count} nhận xét vào văn bản.`,
  commentsRemoved: (count: number) =>
    count === 0 ? 'Không có nhận xét nào của công cụ để xóa.' : `Đã xóa ${count} nhận xét của công cụ.`,
  commentsError: 'Không ghi hoặc xóa được nhận xét.',
  commentsKept: (count: number) =>
    `${count} nhận xét cũ của công cụ đã có người trả lời nên được đánh dấu “Đã giải quyết” thay vì xóa, để giữ câu trả lời.`,
  commentsNotRemoved: (count: number) => `Word không xóa được ${count} nhận xét cũ của công cụ; hãy xóa chúng trong văn bản.`,
  saveReminder: 'Hãy lưu văn bản (Ctrl+S): Word có thể không tự nhắc lưu khi chỉ các mục bỏ qua thay đổi.',
  headingsNotLanded: (lines: string[]) => `Word chưa giữ đúng kiểu đề mục cho: ${lines.join('; ')}. Hãy kiểm tra các dòng này trong văn bản.`,

  // Disabled features
  unavailable: 'Chưa dùng được:',
  notSupported: 'Phiên bản Word này chưa hỗ trợ tính năng này.',
  selectUnavailable: 'Không chọn được đoạn trong văn bản:',
  ignoreUnavailable: 'Chưa bỏ qua được lỗi:',

  // Errors
  errorTitle: 'Có lỗi',
  errorDetail: (detail: string) => `Chi tiết: ${detail}`,
  dismiss: 'Đóng',
  unknownError: 'lỗi không xác định',

  // Status icons
  statusIconLabel: 'Trạng thái',

  // Shell
  viewsLabel: 'Chế độ làm việc',
  viewWrite: 'Soạn',
  viewCheck: 'Kiểm tra',
  langSwitchLabel: 'Ngôn ngữ / Language',
  verdictReady: 'Sẵn sàng trình ký',
  verdictErrors: (count: number) => `Còn ${count} lỗi`,
  verdictWarnings: (count: number) => `${count} cảnh báo`,
  verdictIconReady: 'Đạt',
  verdictIconNotReady: 'Chưa đạt',
  progressWritten: (written: number, total: number) => `Đã viết ${written}/${total} mục có nội dung`,
  progressNone: 'Chưa có mục nào của đề cương trong văn bản',
  progressHint: 'Viết nội dung dưới từng đề mục; trước khi trình ký, mở thẻ Kiểm tra.',
  cursorGuidanceHeading: 'Hướng dẫn cho mục đang viết',
  cursorGuidanceNone: 'Đặt con trỏ vào một mục của báo cáo để xem đề cương yêu cầu gì ở mục đó.',
  resultsLoading: 'Đang tải kết quả…',
  noticeIcon: { error: 'Có lỗi', success: 'Đã xong', info: 'Thông tin', warning: 'Lưu ý' },
};

export type Strings = typeof vi;

const en: Strings = {
  appTitle: 'Front Report',
  appSubtitle: (year: number) => `The Front's yearly report for ${year}: write it from the outline, check it before signing`,

  outsideTitle: 'Open it from Word',
  outsideBody: 'This page is a Microsoft Word add-in. Open Word, go to the Home tab and choose Front Report (Báo cáo Mặt trận).',
  outsidePath: 'Home > Front Report (Báo cáo Mặt trận)',
  outsideChecker: 'To check a .docx report without Word, use the web checker page:',
  outsideCheckerLink: '.docx checker page',

  outlineLabel: 'Outline',
  outlineHint: 'The template is inserted from this outline; the document remembers it, so later checks use the same outline.',
  outlineName: (year: number, id: string, version?: string) => `Outline ${year} (${id}${version ? `, version ${version}` : ''})`,
  outlineLoad: 'Load an outline…',
  outlineLoadHint: 'An outline file (.json) or the official outline document (.docx, .txt).',
  outlineLoading: 'Reading the outline…',
  outlineLoaded: (name: string, sections: number, figures: number, notes: number) =>
    `Loaded ${name}: ${sections} sections, ${figures} required figures${notes > 0 ? `; ${notes} lines not placed in any section` : ''}. Review the sections under “Outline and guidance” before inserting.`,
  outlineLoadError: (file: string) => `The file “${file}” cannot be used.`,
  outlineUsed: (name: string) => `Checking against the outline: ${name} (kept in the document)`,
  outlineUsedAuto: (name: string) => `Checking against the outline: ${name} (recognised)`,
  outlineMarkMissing: (id: string) => `The document follows the outline “${id}”, which this computer does not have; load it to check correctly.`,
  outlineMarkError: 'The template was inserted, but the outline could not be kept in the document; later checks will recognise the outline.',
  outlineSaveReminder: 'Save the document (Ctrl+S) to keep the chosen outline in it.',

  insertHeading: 'Insert the report outline',
  unitLabel: 'Issuing body',
  unitPlaceholder: 'ỦY BAN MTTQ VIỆT NAM TỈNH …',
  unitHint: 'For example: ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH. Leave empty to fill in later.',
  placeLabel: 'Place',
  placePlaceholder: 'Bắc Ninh',
  placeHint: 'Used in the date line, for example: Bắc Ninh, ngày … tháng … năm ….',
  unitBlank: 'ỦY BAN MTTQ VIỆT NAM …………',
  placeBlank: '…………',
  insertButton: 'Insert the outline',
  inserting: 'Inserting the outline…',
  insertNotEmptyTitle: 'The document already has text',
  insertNotEmpty:
    'Nothing you wrote is overwritten. You can add the outline headings that are missing, or insert the whole outline at the cursor.',
  insertMissingButton: 'Add the missing headings',
  insertCursorButton: 'Insert at the cursor',
  insertCancel: 'Not now',
  inserted: (headings: number) => `Inserted ${headings} ${headings === 1 ? 'heading' : 'headings'} of the outline.`,
  headingsAdded: (count: number) =>
    count === 0 ? 'The document already has every heading of the outline.' : `Added ${count} missing headings.`,
  insertError: 'Could not insert the outline. Your text is unchanged.',
  guidanceHeading: 'Outline and guidance',
  guidanceIntro: 'Open a section to read what the official outline asks for.',
  guidanceToggle: 'Guidance for this section',
  guidanceNone: 'The outline gives no guidance of its own for this section.',
  figuresAsked: 'Figures to report:',
  optionalMark: '(if any)',

  checkHeading: 'Check the report',
  checkButton: 'Check',
  recheckButton: 'Check again',
  checking: 'Checking…',
  autoCheckOn: 'The check runs again by itself when the document changes.',
  autoCheckOff: 'When the document changes, choose Check again.',
  checkError: 'Could not read the document to check it.',
  resultsHeading: 'Check results',
  ready: 'Ready to sign',
  notReady: (errors: number) => `${errors} ${errors === 1 ? 'error' : 'errors'} to fix before signing`,
  warnings: (count: number) => `${count} ${count === 1 ? 'warning' : 'warnings'}`,
  headingsFound: (found: number, total: number) => `${found} of ${total} outline headings recognised.`,
  checkDone: (summary: string) => `Check finished: ${summary}.`,
  errorsHeading: 'Errors to fix',
  notesHeading: 'General notes',
  sectionsHeading: 'Sections of the report',
  sectionsIntro: 'Choose a section to go to its heading in the document.',
  checklistLabel: 'Figures the outline asks for',
  notFound: 'not found',
  foundIn: 'In:',
  sectionMissingNote: 'This section is not in the document.',
  sectionFindings: 'To review',
  selectError: 'Could not select this paragraph in the document.',
  selected: (title: string) => `Selected: ${title}`,
  severityError: 'Error',
  severityWarning: 'Warning',
  severityInfo: 'Note',
  optional: 'optional',

  ignoreButton: 'Ignore',
  ignoreReason: 'Reason',
  ignoreReasonHint: 'Say why this finding is ignored (stored in the document).',
  ignoreReasonRequired: 'Please give a reason.',
  ignoreConfirm: 'Confirm',
  ignoreCancel: 'Cancel',
  ignoredHeading: 'Ignored',
  ignoredReason: (reason: string) => `Reason: ${reason}`,
  undoIgnore: 'Undo',
  ignoring: 'Saving…',
  ignoreSaved: 'Ignored; the reason is stored in the document.',
  ignoreUndone: 'Ignore undone.',
  ignoreError: 'Could not store the ignore.',

  commentsHeading: 'Comments',
  commentsIntro: 'Write a review comment on each section that needs work, so the writer sees it in the document.',
  writeComments: 'Write comments into the document',
  removeComments: "Remove the add-in's comments",
  writingComments: 'Writing comments…',
  removingComments: 'Removing comments…',
  commentsWritten: (count: number) =>
    count === 0 ? 'No section needs a comment.' : `${count} ${count === 1 ? 'comment' : 'comments'} written.`,
  commentsRemoved: (count: number) =>
    count === 0 ? "No comments of the add-in to remove." : `${count} ${count === 1 ? 'comment' : 'comments'} removed.`,
  commentsError: 'Could not write or remove the comments.',
  commentsKept: (count: number) =>
    `${count} of the add-in's old comments had replies, so they were marked resolved instead of deleted, to keep the replies.`,
  commentsNotRemoved: (count: number) => `Word could not delete ${count} of the add-in's old comments; delete them in the document.`,
  saveReminder: 'Save the document (Ctrl+S): Word may not ask to save when only the ignored findings changed.',
  headingsNotLanded: (lines: string[]) => `Word did not keep the heading style of: ${lines.join('; ')}. Check these lines in the document.`,

  unavailable: 'Not available:',
  notSupported: 'This version of Word does not support this feature.',
  selectUnavailable: 'Cannot select paragraphs in the document:',
  ignoreUnavailable: 'Cannot ignore findings:',

  errorTitle: 'Something went wrong',
  errorDetail: (detail: string) => `Details: ${detail}`,
  dismiss: 'Close',
  unknownError: 'unknown error',

  statusIconLabel: 'Status',

  // Shell
  viewsLabel: 'Working view',
  viewWrite: 'Write',
  viewCheck: 'Check',
  langSwitchLabel: 'Ngôn ngữ / Language',
  verdictReady: 'Ready to sign',
  verdictErrors: (count: number) => `${count} ${count === 1 ? 'error' : 'errors'} left`,
  verdictWarnings: (count: number) => `${count} ${count === 1 ? 'warning' : 'warnings'}`,
  verdictIconReady: 'Passed',
  verdictIconNotReady: 'Not passed',
  progressWritten: (written: number, total: number) => `${written}/${total} sections written`,
  progressNone: 'No section of the outline is in the document yet',
  progressHint: 'Write under each heading; before signing, open the Check tab.',
  cursorGuidanceHeading: 'Guidance for the section you are writing',
  cursorGuidanceNone: 'Put the cursor in a section of the report to see what the outline asks for there.',
  resultsLoading: 'Loading the results…',
  noticeIcon: { error: 'Error', success: 'Done', info: 'Information', warning: 'Note' },
};

export const strings: Record<Lang, Strings> = { vi, en };

export function getStrings(lang: Lang): Strings {
  return strings[lang] ?? vi;
}

/** English when Office (or the caller) says the display language is English; Vietnamese otherwise. */
export function langFromDisplayLanguage(displayLanguage: string | undefined | null): Lang {
  return typeof displayLanguage === 'string' && displayLanguage.toLowerCase().startsWith('en') ? 'en' : 'vi';
}
