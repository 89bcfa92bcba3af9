// The checker page's pure parts: the CSV table, checking one file's bytes, the page's language
// and sample switches, and its strings.
import { strToU8, zipSync } from 'fflate';
import { analyze } from '../src/analysis/report';
import { DOCX_ERROR_MESSAGES } from '../src/docx/errors';
import { sampleParagraphs } from '../src/samples/sample-report';
import { writeDocx } from '../src/samples/write-docx';
import { defaultTemplate } from '../src/template';
import {
  annotatedName,
  checkBlob,
  checkBytes,
  countOutcomes,
  isReportOutcome,
  MAX_FILE_BYTES,
  readBlobBytes,
  type FileOutcome,
} from '../src/checker/check';
import { statusLabel } from '../src/analysis/messages';
import { BOM, buildResultsCsv, CSV_HEADERS, csvField, resultRows, toCsv } from '../src/checker/csv';
import { checkerStrings, pageLang, wantsSample } from '../src/checker/strings';
import { SAMPLE_FILE_NAME, sampleDocx } from '../src/checker/sample';
import { parseCsv } from './helpers/csv-read';


const good = analyze({ paragraphs: sampleParagraphs({}) });
const draft = analyze({ paragraphs: sampleParagraphs({ omit: ['1.II.4'], empty: ['1.III.2'], guidance: ['1.I'] }) });
const unsigned = analyze({ paragraphs: sampleParagraphs({ noSignature: true }) });
const sectionCount = defaultTemplate.sections.length;

describe('csvField and toCsv', () => {
  it('leaves plain text alone and quotes commas, quotes, CR and LF', () => {
    expect(csvField('bao-cao.docx')).toBe('bao-cao.docx');
    expect(csvField('Tân Hòa, Bắc Ninh')).toBe('"Tân Hòa, Bắc Ninh"');
    expect(csvField('Mục “4” "trích"')).toBe('"Mục “4” ""trích"""');
    expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(42)).toBe('42');
    expect(csvField('')).toBe('');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-bao-cao.docx')).toBe("'-bao-cao.docx");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('1.II.4')).toBe('1.II.4');
  });

  it('ends every row with CRLF and reads back to the same cells', () => {
    const rows = [
      ['a', 'b,c', 'd"e'],
      ['x\ny', '', 'z'],
    ];
    const text = toCsv(rows);
    expect(text).toBe('a,"b,c","d""e"\r\n"x\ny",,z\r\n');
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe('the results table', () => {
  const outcomes: FileOutcome[] = [
    { name: 'xa-tan-hoa.docx', report: good },
    { name: 'Bản nháp, "xã An Bình".docx', report: draft },
    { name: 'cu.doc', error: { code: 'legacy-doc', message: DOCX_ERROR_MESSAGES['legacy-doc'].vi } },
    { name: 'khong-ky.docx', report: unsigned },
  ];

  it('starts with a BOM and the Vietnamese header', () => {
    const text = buildResultsCsv(outcomes, 'vi', ',');
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // UTF-8 of the BOM is EF BB BF.
    expect(Array.from(new TextEncoder().encode(text).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(['Tệp', 'Mục', 'Đề mục', 'Trạng thái', 'Số liệu', 'Còn thiếu', 'Vấn đề', 'Đề cương']);
    expect(rows.every((r) => r.length === 8)).toBe(true);
  });

  it('separates the fields with a semicolon by default (Excel set to Vietnamese), or a comma when asked', () => {
    const semi = buildResultsCsv(outcomes, 'vi');
    expect(semi.slice(1).split('\r\n')[0]).toBe('Tệp;Mục;Đề mục;Trạng thái;Số liệu;Còn thiếu;Vấn đề;Đề cương');
    // The same cells either way; a field holding the separator is quoted.
    expect(parseCsv(semi.slice(1), ';')).toEqual(parseCsv(buildResultsCsv(outcomes, 'vi', ',').slice(1), ','));
    expect(csvField('Số liệu; còn thiếu')).toBe('"Số liệu; còn thiếu"');
    expect(toCsv([['a', 'b;c']], ';')).toBe('a;"b;c"\r\n');
  });

  it('has no English code in any cell: statuses and verdicts in words', () => {
    const cells = parseCsv(buildResultsCsv(outcomes, 'vi').slice(1), ';').flat();
    const codes = ['ready', 'not-ready', 'unreadable', 'missing', 'empty', 'guidance-left', 'no-figures', 'ok', 'legacy-doc'];
    expect(cells.filter((c) => codes.some((code) => c === code || c.includes(`[${code}]`)))).toEqual([]);
  });

  it("names on every row of a checked file the outline it was checked against", () => {
    const named: FileOutcome[] = [{ name: 'a.docx', report: good, outline: 'Đề cương năm 2025 (de-cuong-2025)' }, outcomes[0], outcomes[2]];
    const rows = parseCsv(buildResultsCsv(named, 'vi', ',').slice(1)).slice(1);
    const of = (name: string): string[] => [...new Set(rows.filter((r) => r[0] === name).map((r) => r[7]))];
    expect(of('a.docx')).toEqual(['Đề cương năm 2025 (de-cuong-2025)']);
    expect(of('xa-tan-hoa.docx')).toEqual([good.template]);
    expect(of('cu.doc')).toEqual(['']);
  });

  it('has per file a verdict row, then one row per section in outline order, and one row per unreadable file', () => {
    const rows = parseCsv(buildResultsCsv(outcomes, 'vi', ',').slice(1)).slice(1);
    expect(rows).toHaveLength(3 * (1 + sectionCount) + 1);
    const names = [...new Set(rows.map((r) => r[0]))];
    expect(names).toEqual(['xa-tan-hoa.docx', 'Bản nháp, "xã An Bình".docx', 'cu.doc', 'khong-ky.docx']);

    const ofDraft = rows.filter((r) => r[0] === 'Bản nháp, "xã An Bình".docx');
    expect(ofDraft[0].slice(1, 4)).toEqual(['', '(Toàn văn bản)', `Còn ${draft.errorCount} lỗi cần sửa trước khi trình ký${draft.warningCount ? ` (${draft.warningCount} cảnh báo)` : ''}`]);
    expect(ofDraft.slice(1).map((r) => r[1])).toEqual(defaultTemplate.sections.map((s) => s.id));
    const byId = new Map(ofDraft.slice(1).map((r) => [r[1], r]));
    expect(byId.get('1.II.4')?.[3]).toBe('Thiếu mục');
    expect(byId.get('1.III.2')?.[3]).toBe('Chưa có nội dung');
    expect(byId.get('1.I')?.[3]).toBe('Còn nội dung hướng dẫn');
    expect(byId.get('1.II.4')?.[6]).toContain('Thiếu mục');
    expect(byId.get('1.I')?.[2]).toBe(draft.sections.find((s) => s.id === '1.I')?.title);

    const ofGood = rows.filter((r) => r[0] === 'xa-tan-hoa.docx');
    expect(ofGood[0][3]).toMatch(/^Sẵn sàng trình ký/);
    expect(ofGood.slice(1).every((r) => r[3] === 'Đạt')).toBe(true);

    const unreadable = rows.filter((r) => r[0] === 'cu.doc');
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0][3]).toBe('Không đọc được');
    expect(unreadable[0][6]).toBe(DOCX_ERROR_MESSAGES['legacy-doc'].vi);
  });

  it('lists the figures found and the checklist items not found', () => {
    const rows = resultRows([{ name: 'a.docx', report: good }], 'vi').slice(2);
    const withFigures = good.sections.find((s) => s.figures.length > 1);
    if (!withFigures) throw new Error('the sample has no section with figures');
    expect(rows.find((r) => r[1] === withFigures.id)?.[4]).toBe(withFigures.figures.join('; '));

    const report = analyze({ paragraphs: sampleParagraphs({ noFigures: ['1.I'] }) });
    const section = report.sections.find((s) => s.id === '1.I');
    const missing = section?.checklist.filter((c) => !c.found) ?? [];
    expect(missing.length).toBeGreaterThan(0);
    const row = resultRows([{ name: 'b.docx', report }], 'vi').find((r) => r[1] === '1.I');
    expect(row?.[5]).toBe(missing.map((c) => c.label).join('; '));
    expect(row?.[3]).toBe(statusLabel(section?.status ?? 'ok', 'vi'));
  });

  it('puts document-wide findings (the signature block) on the file row', () => {
    const rows = resultRows([{ name: 'khong-ky.docx', report: unsigned }], 'vi');
    expect(rows[1][3]).toMatch(/^Còn \d+ lỗi/);
    expect(rows[1][6]).toContain('TM. BAN THƯỜNG TRỰC');
    expect(rows.slice(2).some((r) => r[6].includes('TM. BAN THƯỜNG TRỰC'))).toBe(false);
  });

  it('says which findings were ignored, with the reason', () => {
    const report = analyze(
      { paragraphs: sampleParagraphs({ empty: ['1.III.2'] }) },
      { ignores: [{ code: 'section-empty', section: '1.III.2', reason: 'Báo cáo riêng' }] },
    );
    const row = resultRows([{ name: 'c.docx', report }], 'vi').find((r) => r[1] === '1.III.2');
    expect(row?.[6]).toContain('(đã bỏ qua: Báo cáo riêng)');
  });

  it('has English headers and words for an English page', () => {
    const report = analyze({ paragraphs: sampleParagraphs({ empty: ['1.III.2'] }) }, { lang: 'en' });
    const rows = parseCsv(buildResultsCsv([{ name: 'e.docx', report }], 'en', ',').slice(1));
    expect(rows[0]).toEqual([...CSV_HEADERS.en]);
    expect(rows[1][2]).toBe('(Whole document)');
    expect(rows.find((r) => r[1] === '1.III.2')?.[3]).toBe('No content');
  });

  it('is a header alone when nothing was checked', () => {
    expect(buildResultsCsv([], 'vi', ',')).toBe(`${BOM}${CSV_HEADERS.vi.join(',')}\r\n`);
  });
});

describe('checking one file', () => {
  it('reads and checks a .docx', () => {
    const outcome = checkBytes('mau.docx', sampleDocx(), 'vi');
    if (!isReportOutcome(outcome)) throw new Error(outcome.error.message);
    expect(outcome.report.ready).toBe(false);
    expect(outcome.report.sections.find((s) => s.id === '1.II.4')?.status).toBe('missing');
    expect(SAMPLE_FILE_NAME).toBe('bao-cao-mau.docx');
  });

  it.each([
    ['empty-file', new Uint8Array(0)],
    ['not-zip', strToU8('Xin chào, đây là văn bản thường.')],
    ['no-document', zipSync({ 'ghi-chu.txt': strToU8('x') })],
    ['corrupt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])],
    ['legacy-doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)])],
    [
      'encrypted',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(64).fill(0), ...Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0])]),
    ],
  ])('gives %s with its message in the page language', (code, bytes) => {
    const vi = checkBytes('x', bytes, 'vi');
    const en = checkBytes('x', bytes, 'en');
    if (isReportOutcome(vi) || isReportOutcome(en)) throw new Error('expected an error');
    expect(vi.error.code).toBe(code);
    expect(vi.error.message).toBe(DOCX_ERROR_MESSAGES[code as keyof typeof DOCX_ERROR_MESSAGES].vi);
    expect(en.error.message).toBe(DOCX_ERROR_MESSAGES[code as keyof typeof DOCX_ERROR_MESSAGES].en);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const blob = new Blob([new Uint8Array(4)]);
    Object.defineProperty(blob, 'size', { value: MAX_FILE_BYTES + 1 });
    const read = jest.fn(() => Promise.reject(new Error('must not be read')));
    Object.defineProperty(blob, 'arrayBuffer', { value: read });
    const outcome = await checkBlob('lon.docx', blob, 'vi');
    expect(read).not.toHaveBeenCalled();
    expect(outcome).toMatchObject({ name: 'lon.docx', error: { code: 'too-large' } });
    if (!isReportOutcome(outcome)) expect(outcome.error.message).toContain('50 MB');
  });

  it('reports a file the browser cannot read', async () => {
    const blob = new Blob([new Uint8Array(4)]);
    Object.defineProperty(blob, 'arrayBuffer', { value: () => Promise.reject(new Error('NotReadableError')) });
    expect(await checkBlob('khoa.docx', blob, 'vi')).toMatchObject({ error: { code: 'read-failed' } });
  });

  it('reads a Blob through arrayBuffer() when there is one', async () => {
    const bytes = writeDocx(sampleParagraphs({}));
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
    Object.defineProperty(blob, 'arrayBuffer', { value: () => Promise.resolve(bytes.slice().buffer) });
    expect(Array.from(await readBlobBytes(blob))).toEqual(Array.from(bytes));
    const outcome = await checkBlob('tot.docx', blob, 'vi');
    expect(isReportOutcome(outcome) && outcome.report.ready).toBe(true);
  });

  it('counts ready, not ready and unreadable files', () => {
    expect(
      countOutcomes([
        { name: 'a', report: good },
        { name: 'b', report: draft },
        { name: 'c', report: good },
        { name: 'd', error: { code: 'encrypted', message: '' } },
      ]),
    ).toEqual({ total: 4, ready: 2, notReady: 1, unreadable: 1 });
  });

  it('names the annotated copy after the file', () => {
    expect(annotatedName('bao-cao-xa.docx')).toBe('bao-cao-xa-nhan-xet.docx');
    expect(annotatedName('BAO CAO.DOCX')).toBe('BAO CAO-nhan-xet.docx');
    expect(annotatedName('khong-duoi')).toBe('khong-duoi-nhan-xet.docx');
  });
});

describe('page switches and strings', () => {
  it('picks the language from ?lang= first, then the choice remembered, else Vietnamese', () => {
    expect(pageLang('', null)).toBe('vi');
    expect(pageLang('', undefined)).toBe('vi');
    expect(pageLang('', 'en')).toBe('en');
    expect(pageLang('', 'EN')).toBe('en');
    // A browser's language is no choice of the user's on this page: "en-US" stored by anything else is not taken.
    expect(pageLang('', 'en-US')).toBe('vi');
    expect(pageLang('', 'fr')).toBe('vi');
    expect(pageLang('?lang=en', 'vi')).toBe('en');
    expect(pageLang('?sample=1&lang=vi', 'en')).toBe('vi');
    expect(pageLang('?lang=de', 'en')).toBe('en');
    expect(pageLang('?lang=de', null)).toBe('vi');
  });

  it('shows the sample only when asked', () => {
    expect(wantsSample('?sample=1')).toBe(true);
    expect(wantsSample('?lang=en&sample=true')).toBe(true);
    expect(wantsSample('')).toBe(false);
    expect(wantsSample('?sample=0')).toBe(false);
  });

  it('has the same keys in both languages, and Vietnamese with diacritics', () => {
    expect(Object.keys(checkerStrings.en).sort()).toEqual(Object.keys(checkerStrings.vi).sort());
    expect(checkerStrings.vi.pageTitle).toBe('Kiểm tra báo cáo Mặt trận');
    expect(checkerStrings.vi.progress(3, 12, 'tên-tệp.docx')).toBe('Đang kiểm tra 3/12: tên-tệp.docx');
    expect(checkerStrings.vi.summary(5, 3, 1, 1)).toBe('Đã kiểm tra 5 tệp: 3 sẵn sàng trình ký, 1 chưa sẵn sàng, 1 không đọc được');
    expect(checkerStrings.en.summary(1, 1, 0, 0)).toBe('Checked 1 file: 1 ready to sign');
    // No zero counts.
    expect(checkerStrings.vi.summary(2, 0, 2, 0)).toBe('Đã kiểm tra 2 tệp: 2 chưa sẵn sàng');
    expect(checkerStrings.vi.summary(3, 2, 0, 1)).toBe('Đã kiểm tra 3 tệp: 2 sẵn sàng trình ký, 1 không đọc được');
    expect(checkerStrings.vi.verdictLine(5, 2)).toBe('Còn 5 lỗi · 2 cảnh báo');
    expect(checkerStrings.vi.verdictLine(0, 0)).toBe('Sẵn sàng trình ký');
    expect(checkerStrings.vi.verdictLine(0, 1)).toBe('Sẵn sàng trình ký · 1 cảnh báo');
    // No nested quotes around a text that has its own.
    expect(checkerStrings.vi.reviewNoteLine(2, '“Phần thứ nhất”', 'chưa xếp được')).toBe('Đoạn 3: “Phần thứ nhất” — chưa xếp được');
    expect(checkerStrings.vi.downloaded('kiem-tra-bao-cao-2026-12-02.xlsx', 3)).toBe('Đã tải xuống kiem-tra-bao-cao-2026-12-02.xlsx (3 tệp)');
  });
});
