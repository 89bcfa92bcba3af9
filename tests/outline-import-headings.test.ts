// Headings of an outline by their numbering alone, and the title/guidance split of a heading line.
import { parseHeading, splitHeadingLine } from '../src/analysis/outline-import/headings';
import { importOutline } from '../src/analysis/outline-import/import';
import { snapshotFromText } from '../src/analysis/outline-import/lines';

describe('numbering of headings', () => {
  it.each([
    ['Phần thứ nhất', 'part', 'Phần thứ nhất', '1', ''],
    ['PHẦN THỨ HAI: PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026', 'part', 'PHẦN THỨ HAI', '2', 'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026'],
    ['Phần thứ ba', 'part', 'Phần thứ ba', '3', ''],
    ['Phần I. KẾT QUẢ CÔNG TÁC', 'part', 'Phần I', '1', 'KẾT QUẢ CÔNG TÁC'],
    ['Phần II', 'part', 'Phần II', '2', ''],
    ['Phần B', 'part', 'Phần B', '2', ''],
    ['B. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026', 'part', 'B.', '2', 'PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026'],
    ['IV. CÔNG TÁC ĐỐI NGOẠI', 'roman', 'IV.', 'IV', 'CÔNG TÁC ĐỐI NGOẠI'],
    ['1. Ưu điểm', 'number', '1.', '1', 'Ưu điểm'],
    ['1) Ưu điểm', 'number', '1)', '1', 'Ưu điểm'],
    ['2.1. Cuộc vận động', 'number', '2.1.', '1', 'Cuộc vận động'],
    ['3.2 Về công tác', 'number', '3.2', '2', 'Về công tác'],
    ['a) Tuyên truyền', 'letter', 'a)', 'a', 'Tuyên truyền'],
    ['đ) Công tác khác', 'letter', 'đ)', 'đ', 'Công tác khác'],
  ])('%s', (line, kind, numbering, segment, rest) => {
    expect(parseHeading(line)).toMatchObject({ kind, numbering, segment, rest });
  });

  it.each([
    '3 tháng/1 lần báo cáo',
    '- Việc tổ chức các hội nghị',
    'Phần này nêu kết quả',
    'I. được giao nhiệm vụ',
    '2023. Năm bản lề',
    '10.000 người tham gia',
    'Nghị quyết số 43-NQ/TW',
    'A. được giao',
  ])('%s is not a heading', (line) => {
    expect(parseHeading(line)).toBeUndefined();
  });
});

describe('the heading line: title and guidance', () => {
  it.each([
    ['Về hoạt động giám sát (nêu rõ số lượng, hình thức giám sát…). ', 'Về hoạt động giám sát', ' (nêu rõ số lượng, hình thức giám sát…). '],
    ['Kiến nghị, đề xuất (nếu có): Đề xuất khó khăn, vướng mắc.', 'Kiến nghị, đề xuất (nếu có)', ': Đề xuất khó khăn, vướng mắc.'],
    ['Kết quả các chương trình: bảo vệ môi trường, an toàn giao thông', 'Kết quả các chương trình: bảo vệ môi trường, an toàn giao thông', undefined],
    ['Kỷ niệm 95 năm Ngày thành lập (18/11/1930 - 18/11/2025)', 'Kỷ niệm 95 năm Ngày thành lập (18/11/1930 - 18/11/2025)', undefined],
    ['Kỷ niệm 95 năm (18/11/1930 - 18/11/2025) (nêu rõ số hoạt động)', 'Kỷ niệm 95 năm (18/11/1930 - 18/11/2025)', ' (nêu rõ số hoạt động)'],
    ['Cuộc vận động “Toàn dân (nòng cốt) đoàn kết”', 'Cuộc vận động “Toàn dân (nòng cốt) đoàn kết”', undefined],
  ])('%s', (rest, title, headingGuidance) => {
    expect(splitHeadingLine(rest)).toEqual(headingGuidance === undefined ? { title } : { title, headingGuidance });
  });
});

describe('outlines without parts, and a Roman heading on two lines', () => {
  const { outline } = importOutline(
    snapshotFromText(
      [
        'Báo cáo công tác Mặt trận năm 2026',
        'I.',
        'KẾT QUẢ',
        '1. Công tác tuyên truyền (nêu rõ số buổi tuyên truyền)',
        '2. Công tác giám sát',
        '- Nêu kết quả giám sát.',
        'II. PHƯƠNG HƯỚNG NĂM 2027',
        '- Nêu các nhiệm vụ trọng tâm.',
        '[bookmark: _Hlk1]TM. BAN THƯỜNG TRỰC',
        'CHỦ TỊCH',
        '(ký tên, đóng dấu)',
      ].join('\n'),
    ),
  );

  it('makes the Roman sections the top level, with their items under them', () => {
    expect(outline.sections.map((s) => [s.id, s.level, s.kind, s.title])).toEqual([
      ['I', 1, 'container', 'KẾT QUẢ'],
      ['I.1', 2, 'figures', 'Công tác tuyên truyền'],
      ['I.2', 2, 'text', 'Công tác giám sát'],
      ['II', 1, 'text', 'PHƯƠNG HƯỚNG NĂM 2027'],
    ]);
    expect([outline.year, outline.planYear]).toEqual([2026, 2027]);
    expect(outline.signature).toEqual({ heading: 'TM. BAN THƯỜNG TRỰC', note: '(ký tên, đóng dấu)' });
  });
});
