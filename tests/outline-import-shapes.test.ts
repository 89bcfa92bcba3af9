// Outlines of other shapes than 2023's: more numbered items, letter sub-items, a Roman section
// with its own body, part-2 tasks with sub-items, "ở 2 cấp", a "Phần thứ ba", an anniversary
// title with its dates. Imported from text, from a .docx with heading styles (and Word's own
// numbering and bullets) and from a .docx with plain bold headings: the same outline each time, and a
// report written to it is checked right.
import { figureAsks } from '../src/analysis/outline-import/figure-asks';
import { importOutline } from '../src/analysis/outline-import/import';
import { snapshotFromText } from '../src/analysis/outline-import/lines';
import { analyze } from '../src/analysis/report';
import { readDocx } from '../src/docx/read';
import type { ReportTemplate } from '../src/template/types';
import { abstractNum, buildDocx, escapeXml, lvl, num, p, WORD_STYLES } from './helpers/docx-builder';
import { outline2025Text, report2025 } from './helpers/outline-2025';

const text = outline2025Text();
const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);

/** id, level, kind, numbering, the title's first words. */
const EXPECTED: [string, number, string, string, string][] = [
  ['1', 1, 'container', 'Phần thứ nhất', 'KẾT QUẢ CÔNG TÁC MẶT TRẬN NĂM 2025'],
  ['1.I', 2, 'figures', 'I.', 'CÔNG TÁC CHỈ ĐẠO, HƯỚNG DẪN'],
  ['1.II', 2, 'container', 'II.', 'KẾT QUẢ THỰC HIỆN'],
  ['1.II.1', 3, 'container', '1.', 'Công tác tuyên truyền'],
  ['1.II.1.a', 4, 'figures', 'a)', 'Tuyên truyền các ngày lễ lớn'],
  ['1.II.1.b', 4, 'text', 'b)', 'Tuyên truyền về biển, đảo'],
  ['1.II.2', 3, 'container', '2.', 'Các cuộc vận động'],
  ['1.II.2.1', 4, 'figures', '2.1.', 'Cuộc vận động “Toàn dân'],
  ['1.II.2.2', 4, 'text', '2.2.', 'Phong trào chuyển đổi số'],
  ['1.II.3', 3, 'figures', '3.', 'Giám sát và phản biện xã hội'],
  ['1.II.4', 3, 'figures', '4.', 'Tham gia xây dựng Đảng, chính quyền'],
  ['1.II.5', 3, 'text', '5.', 'Thực hiện Nghị quyết số 43-NQ/TW'],
  ['1.II.6', 3, 'figures', '6.', 'Kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2025)'],
  ['1.II.7', 3, 'optional', '7.', 'Công tác sắp xếp tổ chức bộ máy (nếu có)'],
  ['1.III', 2, 'container', 'III.', 'ĐÁNH GIÁ CHUNG'],
  ['1.III.1', 3, 'text', '1.', 'Ưu điểm'],
  ['1.III.2', 3, 'text', '2.', 'Hạn chế và nguyên nhân'],
  ['1.III.3', 3, 'optional', '3.', 'Kiến nghị, đề xuất (nếu có)'],
  ['2', 1, 'container', 'Phần thứ hai', 'CHƯƠNG TRÌNH PHỐI HỢP'],
  ['2.1', 3, 'container', '1.', 'Tổ chức Đại hội'],
  ['2.1.1', 4, 'text', '1.1.', 'Tổ chức Đại hội Mặt trận'],
  ['2.1.2', 4, 'text', '1.2.', 'Triển khai Nghị quyết'],
  ['2.2', 3, 'text', '2.', 'Tăng cường đại đoàn kết'],
  ['2.3', 3, 'text', '3.', 'Giám sát và phản biện'],
  ['2.4', 3, 'text', '4.', 'Đổi mới nội dung'],
  ['3', 1, 'text', 'Phần thứ ba', 'TỔ CHỨC THỰC HIỆN'],
];

/** The heading level of each line of the outline text (parts take two lines), by the expected table. */
function headingLevels(): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  let k = 0;
  for (let i = 0; i < lines.length; i++) {
    const e = EXPECTED[k];
    if (e && (e[1] === 1 ? lines[i] === e[3] : lines[i].startsWith(`${e[3]} ${e[4].slice(0, 10)}`))) {
      out.push(e[1]);
      if (e[1] === 1) {
        out.push(1);
        i++;
      }
      k++;
    } else out.push(undefined);
  }
  expect(k).toBe(EXPECTED.length);
  return out;
}

function styledDocx(): Uint8Array {
  const levels = headingLevels();
  const numbering = abstractNum(1, lvl(0, 'upperRoman', '%1.')) + num(1, 1) + abstractNum(2, lvl(0, 'bullet', '\uf0b7')) + num(2, 2);
  let body = '';
  for (let i = 0; i < lines.length; i++) {
    const level = levels[i];
    if (level === 1) {
      // A part on one paragraph with a line break, as Word users write it.
      body += p(`<w:r><w:t>${escapeXml(lines[i])}</w:t><w:br/><w:t>${escapeXml(lines[i + 1])}</w:t></w:r>`, { style: 'Heading1' });
      i++;
    } else if (level === 2) {
      // Roman sections numbered by Word itself: the text has no numbering.
      body += p(lines[i].replace(/^[IVX]+\.\s*/u, ''), { style: 'Heading2', numId: 1, ilvl: 0 });
    } else if (level) body += p(lines[i], { style: `Heading${level}` });
    // Guidance bullets as Word's own bullet list: the text has no dash.
    else if (lines[i].startsWith('- ')) body += p(lines[i].slice(2), { numId: 2, ilvl: 0 });
    else body += p(lines[i]);
  }
  return buildDocx({ body, styles: WORD_STYLES, numbering });
}

function boldDocx(): Uint8Array {
  const levels = headingLevels();
  const bold = (t: string): string => `<w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`;
  return buildDocx({ body: lines.map((l, i) => p(levels[i] ? bold(l) : l)).join('') });
}

const fromText = importOutline(snapshotFromText(text)).outline;
const sources: [string, ReportTemplate][] = [
  ['text', fromText],
  ['a .docx with heading styles, Word numbering and bullets', importOutline(readDocx(styledDocx())).outline],
  ['a .docx with plain bold headings', importOutline(readDocx(boldDocx())).outline],
];

describe.each(sources)('an outline of another shape, imported from %s', (_name, outline) => {
  it('gives the ids of the numbering path, the levels and the kinds', () => {
    expect(outline.sections.map((s) => [s.id, s.level, s.kind, s.numbering])).toEqual(EXPECTED.map(([id, level, kind, numbering]) => [id, level, kind, numbering]));
    for (const [id, , , , title] of EXPECTED) expect(outline.sections.find((s) => s.id === id)!.title.startsWith(title)).toBe(true);
  });

  it('reads the years, the title without the document header, and the closing blocks', () => {
    expect([outline.year, outline.planYear]).toEqual([2025, 2026]);
    expect(outline.title).toEqual(['Báo cáo kết quả công tác Mặt trận năm 2025,', 'Chương trình phối hợp và thống nhất hành động năm 2026']);
    expect(outline.closingGuidance).toEqual(['(Bám sát theo Hướng dẫn số 12/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam)']);
    expect(outline.recipients).toEqual({ heading: 'Nơi nhận:', placeholder: ['Như trên', 'Lưu VT.'] });
    expect(outline.signature).toEqual({ heading: 'TM. BAN THƯỜNG TRỰC', note: '(ký, ghi rõ họ tên)' });
  });

  it('lists the required figures in the outline’s words, with what only a rate or a sum answers', () => {
    const figures = Object.fromEntries(outline.sections.filter((s) => s.figures.length).map((s) => [s.id, s.figures.map((f) => f.label)]));
    expect(figures).toEqual({
      '1.I': ['Số lượng văn bản chỉ đạo, hướng dẫn', 'Số cuộc kiểm tra ở 2 cấp'],
      '1.II.1.a': ['Số lớp tập huấn báo cáo viên', 'Số người tham dự'],
      '1.II.2.1': ['Số tiền vận động được', 'Số nhà Đại đoàn kết được hỗ trợ xây dựng'],
      '1.II.3': ['Tỷ lệ kiến nghị sau giám sát được tiếp thu, giải quyết'],
      '1.II.4': ['Số cuộc giám sát', 'Số ý kiến góp ý xây dựng Đảng'],
      '1.II.6': ['Số khu dân cư tổ chức Ngày hội'],
    });
    const s21 = outline.sections.find((s) => s.id === '1.II.2.1')!;
    expect(s21.figures[0].amount).toBe(true);
    expect(outline.sections.find((s) => s.id === '1.II.3')!.figures[0].rate).toBe(true);
    expect(outline.sections.find((s) => s.id === '1.II.4')!.headingGuidance).toBe(' (nêu rõ số cuộc giám sát, số ý kiến góp ý xây dựng Đảng).');
  });

  it("takes the outline's own numbers as generic phrases, and the real count of the part-2 list", () => {
    expect(outline.genericPhrases).toEqual(expect.arrayContaining(['ở 2 cấp', '12 nhiệm vụ trọng tâm', '15 năm', '3 nội dung trọng tâm', '4 nội dung trọng tâm']));
    expect(outline.genericPhrases.join(' ')).not.toMatch(/1930|2025|43/u);
  });
});

it('keeps the bullets Word numbers itself in front of the guidance', () => {
  expect(sources[1][1].sections.find((s) => s.id === '1.I')!.guidance[0]).toBe('• Việc ban hành văn bản chỉ đạo, hướng dẫn của Mặt trận ở 2 cấp (nêu rõ số lượng văn bản chỉ đạo, hướng dẫn).');
});

describe('what asks for a number', () => {
  it.each([
    ['Việc ứng dụng chuyển đổi số, phát triển kinh tế số', 0],
    ['xử lý một số vụ việc có dấu hiệu tham nhũng', 0],
    ['Thực hiện Nghị quyết số 43-NQ/TW và Thông báo số 303/TB-MTTW-BTT', 0],
    ['Đồng bào dân tộc thiểu số; đa số hộ dân', 0],
    ['(có số liệu, minh chứng...)', 1],
    ['(có số liệu về số buổi, số người, nội dung tuyên truyền...)', 2],
    ['(nêu rõ số đơn thư tiếp nhận và số đơn thư được giải quyết, trả lời…)', 2],
    ['Kết quả vận động (nêu rõ số tiền, tỷ lệ hộ nghèo giảm)', 2],
    ['Tổ chức bao nhiêu hội nghị; có số liệu thống kê', 2],
  ])('%s: %d', (guidance, count) => {
    expect(figureAsks(guidance, 'Mục')).toHaveLength(count);
  });

  it('asks for a sum of money when the guidance counts money', () => {
    const [ask] = figureAsks('- Việc bố trí kinh phí (nêu rõ số kinh phí được cấp).', 'Mục');
    expect(ask).toMatchObject({ label: 'Số kinh phí được cấp', amount: true });
    expect(ask.units).toBeUndefined();
  });

  it('labels an ask that names nothing by the clause it stands in', () => {
    const [ask] = figureAsks('- Tình hình kiện toàn tổ chức bộ máy (nêu rõ số lượng, đối tượng...).', 'Mục');
    expect(ask.label).toBe('Số lượng: Tình hình kiện toàn tổ chức bộ máy');
    expect(ask.match).toEqual(expect.arrayContaining([['kien toan']]));
  });
});

describe('a report written to the imported outline', () => {
  const report = report2025(fromText);
  const result = analyze({ paragraphs: report }, { template: fromText });
  const status = (id: string): string => result.sections.find((s) => s.id === id)!.status;

  it('finds every heading and gives each section its status', () => {
    expect(result.sections.filter((s) => s.status === 'missing').map((s) => s.id)).toEqual(['1.III.3']);
    expect(status('1.II.7')).toBe('empty');
    expect(status('1.II.4')).toBe('no-figures');
    const ok = result.sections.filter((s) => s.status === 'ok').map((s) => s.id);
    expect(ok).toEqual(EXPECTED.map((e) => e[0]).filter((id) => !['1.III.3', '1.II.7', '1.II.4'].includes(id)));
  });

  it('finds the required figures the report states', () => {
    const found = (id: string): boolean[] => result.sections.find((s) => s.id === id)!.checklist.map((c) => c.found);
    expect(found('1.I')).toEqual([true, true]);
    expect(found('1.II.1.a')).toEqual([true, true]);
    expect(found('1.II.2.1')).toEqual([true, true]);
    expect(found('1.II.3')).toEqual([true]);
    expect(found('1.II.6')).toEqual([true]);
  });

  it('reports the errors the report has and only those', () => {
    const errors = result.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.section]);
    expect(errors).toEqual([['section-no-figures', '1.II.4']]);
    expect(result.findings.filter((f) => f.code === 'optional-empty').map((f) => f.section).sort()).toEqual(['1.II.7', '1.III.3']);
  });

  it("does not count the outline's own \"ở 2 cấp\" as a figure, which it would be without the derived phrases", () => {
    const bare = analyze({ paragraphs: report }, { template: { ...fromText, genericPhrases: [] } });
    expect(bare.sections.find((s) => s.id === '1.II.4')!.status).toBe('ok');
  });
});
