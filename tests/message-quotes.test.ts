// The quoting rule of every message (src/analysis/quote.ts) and how a message names a section
// (src/analysis/section-name.ts), on the built-in outline and an imported one: a section of a later
// part carries its part, found from the outline's order and levels, never from its ids.
import { formatMessage } from '../src/analysis/messages';
import { hasOptionalMark, optionalMark, quoteText, quoteTitle, trimTitle } from '../src/analysis/quote';
import { importOutline } from '../src/analysis/outline-import/import';
import { snapshotFromText } from '../src/analysis/outline-import/lines';
import { analyze } from '../src/analysis/report';
import { sectionNames } from '../src/analysis/section-name';
import { sampleParagraphs } from '../src/samples/sample-report';
import { defaultTemplate } from '../src/template';
import type { ReportTemplate, TemplateSection } from '../src/template/types';
import { outline2025Text } from './helpers/outline-2025';

const outline2025 = importOutline(snapshotFromText(outline2025Text())).outline;

describe('quoting', () => {
  it('wraps a text in one pair of “…”, turning the marks inside into ‘…’', () => {
    expect(quoteText('Số tiền vận động Quỹ “Vì người nghèo”')).toBe('“Số tiền vận động Quỹ ‘Vì người nghèo’”');
    expect(quoteText('phong trào "5 không" ở khu dân cư')).toBe('“phong trào ‘5 không’ ở khu dân cư”');
  });

  it('does not wrap again a text that is already one quotation', () => {
    expect(quoteText('“Toàn dân đoàn kết xây dựng nông thôn mới”')).toBe('“Toàn dân đoàn kết xây dựng nông thôn mới”');
    expect(quoteText('"Ngày hội Đại đoàn kết"')).toBe('“Ngày hội Đại đoàn kết”');
    // Two quotations side by side are not one.
    expect(quoteText('“a” và “b”')).toBe('“‘a’ và ‘b’”');
  });

  it('leaves a title’s final period out, but not an ellipsis', () => {
    expect(quoteTitle('1. Ưu điểm.')).toBe('“1. Ưu điểm”');
    expect(trimTitle('5. Tăng cường đoàn kết quốc tế.')).toBe('5. Tăng cường đoàn kết quốc tế');
    expect(trimTitle('Các hoạt động khác...')).toBe('Các hoạt động khác...');
    expect(quoteTitle('2.3. Phong trào “Đoàn kết, sáng tạo”.')).toBe('“2.3. Phong trào ‘Đoàn kết, sáng tạo’”');
  });

  it('knows a label that says "nếu có" already, in any case', () => {
    expect(hasOptionalMark('Kiến nghị, đề xuất (nếu có)')).toBe(true);
    expect(hasOptionalMark('KIẾN NGHỊ (NẾU CÓ)')).toBe(true);
    expect(hasOptionalMark('Kết quả cứu trợ, nếu có')).toBe(true);
    expect(hasOptionalMark('Số người có mặt')).toBe(false);
    expect(optionalMark('Kiến nghị (Nếu có)', 'vi')).toBe('');
    expect(optionalMark('Kiến nghị', 'vi')).toBe(' (nếu có)');
    expect(optionalMark('Kiến nghị', 'en')).toBe(' (optional)');
  });

  it('ends a message once when it ends with a quoted sentence', () => {
    const m = formatMessage('guidance-left-one', { section: 'mục “1. Ưu điểm”', quote: 'Nêu rõ số lượng (nếu có).' });
    expect(m).toBe('Mục “1. Ưu điểm” còn câu hướng dẫn của đề cương, cần xóa trước khi trình ký: “Nêu rõ số lượng (nếu có).”');
    expect(formatMessage('figure-missing', { section: 'mục “1. Ưu điểm”', label: 'Số cuộc kiểm tra.' })).toBe('Mục “1. Ưu điểm”: chưa thấy Số cuộc kiểm tra.');
  });

  it('marks an empty optional section once, whether or not its title says "nếu có"', () => {
    const said = formatMessage('optional-empty', { title: '3. Kiến nghị (nếu có)', section: 'mục “3. Kiến nghị (nếu có)”' });
    expect(said).toBe('Mục “3. Kiến nghị (nếu có)” đang để trống: bổ sung nội dung hoặc xóa mục.');
    const unsaid = formatMessage('optional-empty', { title: '3. Kiến nghị', section: 'section “3. Kiến nghị”' }, 'en');
    expect(unsaid).toBe('Section “3. Kiến nghị” (optional) is empty: add content or delete it.');
  });
});

/** The parts of an outline in order, and the sections directly under each, by levels alone. */
function parts(template: ReportTemplate): { part: TemplateSection; items: TemplateSection[] }[] {
  const out: { part: TemplateSection; items: TemplateSection[] }[] = [];
  for (const s of template.sections) {
    if (s.level === 1) out.push({ part: s, items: [] });
    else out[out.length - 1]?.items.push(s);
  }
  return out;
}

const spoken = (numbering: string) => numbering.replace(/[.)]+$/u, '');

describe.each([
  ['the built-in outline', defaultTemplate],
  ['an imported outline of another shape', outline2025],
])('naming the sections of %s', (_name, template) => {
  const names = sectionNames(template);
  const [first, second] = parts(template);

  it('names a section of the second part with its part, in both languages', () => {
    expect(second.items.length).toBeGreaterThan(0);
    for (const item of second.items) {
      expect(names.name(item, 'vi')).toBe(`${second.part.numbering}, mục ${spoken(item.numbering)} ${quoteTitle(item.title)}`);
      expect(names.name(item, 'en')).toBe(`Part two, item ${spoken(item.numbering)} ${quoteTitle(item.title)}`);
    }
  });

  it('names a section of the first part by its heading alone, and a part by its numbering', () => {
    for (const item of first.items) expect(names.name(item, 'vi')).toBe(`mục ${quoteTitle(`${item.numbering} ${item.title}`)}`);
    expect(names.name(second.part, 'vi')).toBe(`${second.part.numbering} ${quoteTitle(second.part.title)}`);
    expect(names.name(second.part, 'en')).toBe(`Part two ${quoteTitle(second.part.title)}`);
  });

  it('says "Phần thứ hai, mục N" in the findings of a report whose second part is left empty', () => {
    const ids = second.items.map((s) => s.id);
    const report = analyze({ paragraphs: sampleParagraphs({ template, empty: ids }) }, { template });
    const en = analyze({ paragraphs: sampleParagraphs({ template, empty: ids }) }, { template, lang: 'en' });
    const onItems = report.findings.filter((f) => f.section !== undefined && ids.includes(f.section));
    expect(onItems.length).toBeGreaterThan(0);
    for (const f of onItems) expect(f.message).toMatch(new RegExp(`^${second.part.numbering}, mục [0-9.a-z]+ “`, 'u'));
    for (const f of en.findings.filter((x) => x.section !== undefined && ids.includes(x.section))) expect(f.message).toMatch(/^Part two, item [0-9.a-z]+ “/u);
    // The first part's items keep their short name.
    const firstIds = first.items.map((s) => s.id);
    const draft = analyze({ paragraphs: sampleParagraphs({ template, empty: firstIds }) }, { template });
    for (const f of draft.findings.filter((x) => x.section !== undefined && firstIds.includes(x.section))) expect(f.message).toMatch(/^Mục “/u);
  });
});
