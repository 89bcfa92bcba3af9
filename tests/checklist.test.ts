import { checklistFor, sectionFigures, trimEvidence, type ContentParagraph } from '../src/analysis/checklist';
import { findFigures } from '../src/analysis/figures';
import { defaultTemplate } from '../src/template';

/** The checklist of one section for the given body: item id -> figure found, or null. */
function answers(sectionId: string, body: (string | ContentParagraph)[]): Record<string, string | null> {
  const section = defaultTemplate.sections.find((s) => s.id === sectionId)!;
  const content = body.map((p) => (typeof p === 'string' ? { text: p, inTable: false } : p));
  const { sentences } = sectionFigures(content, defaultTemplate.genericPhrases);
  return Object.fromEntries(checklistFor(section, sentences).map((c) => [c.id, c.figure ?? null]));
}

const cells = (...texts: string[]): ContentParagraph[] => texts.map((text) => ({ text, inTable: true }));

describe('the checklist names the figure the sentence says it is', () => {
  it('an amount spent beside the fund is not the amount raised for it', () => {
    expect(answers('1.II.2.1', ['Quỹ “Vì người nghèo” xã vận động được 120 triệu đồng, chi hỗ trợ xây nhà 80 triệu đồng.'])['quy-vi-nguoi-ngheo']).toBe('120 triệu đồng');
    expect(answers('1.II.2.1', ['Hỗ trợ xây nhà 80 triệu đồng; Quỹ “Vì người nghèo” xã vận động được 150 triệu đồng.'])).toMatchObject({
      'quy-vi-nguoi-ngheo': '150 triệu đồng',
      'nha-dai-doan-ket': null, // an amount is not a number of houses
    });
    expect(answers('1.II.2.1', ['Từ nguồn Quỹ “Vì người nghèo”, xã đã chi hỗ trợ 320 triệu đồng xây 08 nhà Đại đoàn kết.'])).toMatchObject({
      'quy-vi-nguoi-ngheo': null,
      'nha-dai-doan-ket': '08 nhà',
    });
  });

  it('a count of cases received is not the count settled, nor the other way round', () => {
    expect(answers('1.II.3.1', ['Đã giải quyết 13 đơn thư trong tổng số 15 đơn tiếp nhận.'])).toMatchObject({
      'don-thu-tiep-nhan': '15 đơn',
      'don-thu-giai-quyet': '13 đơn thư',
    });
    expect(answers('1.II.3.1', ['Tiếp nhận 20 đơn thư của công dân.'])).toMatchObject({ 'don-thu-tiep-nhan': '20 đơn thư', 'don-thu-giai-quyet': null });
    expect(answers('1.II.3.1', ['Phối hợp giải quyết 09 đơn.'])).toMatchObject({ 'don-thu-tiep-nhan': null, 'don-thu-giai-quyet': '09 đơn' });
  });

  it('a number of positions is not a number of training classes', () => {
    expect(answers('1.II.5.2', ['Kiện toàn 03 chức danh Trưởng ban Công tác Mặt trận, cử cán bộ tham gia bồi dưỡng nghiệp vụ.'])).toMatchObject({
      'kien-toan': '03 chức danh',
      'lop-boi-duong': null,
    });
    expect(answers('1.II.5.2', ['Tổ chức 02 lớp bồi dưỡng cho 85 cán bộ; kiện toàn 03 chức danh.'])).toMatchObject({
      'kien-toan': '03 chức danh',
      'lop-boi-duong': '02 lớp bồi dưỡng',
      'nguoi-tham-du': '85 cán bộ',
    });
  });

  it('gives a rate the clause before it when its own clause names nothing', () => {
    expect(answers('1.II.3.1', ['Tổ chức 28 hội nghị tiếp xúc cử tri với 312 ý kiến, kiến nghị, đã giải quyết 296 ý kiến (đạt 94,8%).'])).toMatchObject({
      'kien-nghi': '312 ý kiến',
      'ty-le-tra-loi': '94,8%',
    });
  });

  it('a figure answers one requirement only: the one it fits best', () => {
    expect(answers('1.II.1', ['Ngày hội được tổ chức tại 12/12 khu dân cư, trong đó 09 khu dân cư tổ chức bữa cơm đại đoàn kết.'])).toMatchObject({
      'ngay-hoi': '12/12 khu dân cư',
      'bua-com': '09 khu dân cư',
    });
    expect(answers('1.II.1', ['Kết nạp mới 02 tổ chức thành viên, nâng tổng số lên 27 tổ chức thành viên.'])).toMatchObject({
      'ket-nap': '02 tổ chức thành viên',
      'thanh-vien': '27 tổ chức thành viên',
    });
  });

  it('reads table rows with their label, commas and abbreviations included', () => {
    expect(answers('1.II.3.1', cells('Số ý kiến, kiến nghị của cử tri', '56', 'Tỷ lệ ý kiến, kiến nghị được trả lời, giải quyết', '93%'))).toMatchObject({
      'kien-nghi': '56',
      'ty-le-tra-loi': '93%',
      'don-thu-giai-quyet': null, // a rate is not a count of letters
    });
    expect(answers('1.II.3.1', ['Số cuộc giám sát của Ban TTND, Ban GSĐTCĐ | 14', 'Số vụ việc h.giải thành | 24'])).toMatchObject({
      'giam-sat-co-so': '14',
      'hoa-giai': '24',
    });
    expect(answers('1.I', cells('1', 'Hội nghị quán triệt', 'Hội nghị', '04', '2', 'Kiểm tra, giám sát', 'Cuộc', '05'))).toMatchObject({
      'hoi-nghi': '04',
      'kiem-tra': '05',
    });
  });

  it('shows the whole figure as written', () => {
    expect(answers('1.II.5.2', ['Kiện toàn 01 Phó Chủ tịch Ủy ban MTTQ xã.'])['kien-toan']).toBe('01 Phó Chủ tịch');
  });

  it('asks for the result of handling the recommendations after supervision', () => {
    const s33 = defaultTemplate.sections.find((s) => s.id === '1.II.3.3')!;
    expect(s33.figures.map((f) => f.label)).toContain('Kết quả xử lý kiến nghị sau giám sát');
    expect(answers('1.II.3.3', ['Chủ trì 03 cuộc giám sát; sau giám sát kiến nghị 11 nội dung, đã được tiếp thu, giải quyết 09 kiến nghị.'])).toMatchObject({
      'giam-sat': '03 cuộc giám sát',
      'xu-ly-kien-nghi': expect.stringMatching(/^(11 nội dung|09 kiến nghị)$/),
    });
  });
});

describe('trimEvidence', () => {
  it('keeps a short sentence whole, without its list marker', () => {
    expect(trimEvidence('- Tổ chức 06 hội nghị.')).toBe('Tổ chức 06 hội nghị.');
  });

  it('cuts a long sentence around the whole figure', () => {
    const sentence = `${'Ban Thường trực phối hợp triển khai nhiều nội dung công tác Mặt trận, '.repeat(6)}đã kiện toàn 01 Phó Chủ tịch Ủy ban MTTQ xã.`;
    const [f] = findFigures(sentence);
    const out = trimEvidence(sentence, f);
    expect(out.length).toBeLessThanOrEqual(242);
    expect(out).toContain('01 Phó Chủ tịch');
    expect(out.startsWith('…')).toBe(true);
  });
});
