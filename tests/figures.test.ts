import { amountInDong, findFigures, hasFigures, parseVietnameseNumber } from '../src/analysis/figures';
import type { Figure } from '../src/analysis/types';

const GENERIC = [
  'ở 3 cấp',
  'của 3 cấp',
  'Mặt trận 3 cấp',
  '3 cấp',
  '3 tháng/1 lần',
  'tổng kết 20 năm',
  'tổng kết 10 năm',
  '5 nội dung trọng tâm',
  '6 nội dung trọng tâm',
];

type Brief = [text: string, value: number, unit: string, kind: Figure['kind']];

/** Figures as [text, value, unit, kind], checking the offset contract on the way. */
function brief(input: string, options?: { genericPhrases?: string[] }): Brief[] {
  const figures = findFigures(input, options);
  let last = 0;
  for (const f of figures) {
    expect(input.slice(f.start, f.end)).toBe(f.text);
    expect(f.start).toBeGreaterThanOrEqual(last);
    expect(f.end).toBeGreaterThan(f.start);
    last = f.end;
  }
  return figures.map((f) => [f.text, Math.round(f.value * 10000) / 10000, f.unit, f.kind]);
}

describe('parseVietnameseNumber', () => {
  it.each<[string, number]>([
    ['1.052', 1052],
    ['12.345.678', 12345678],
    ['74,5', 74.5],
    ['2,5', 2.5],
    ['1.234,5', 1234.5],
    ['06', 6],
    ['0,5', 0.5],
    ['100', 100],
    ['1,234,567', 1234567],
    [' 45 ', 45],
  ])('reads %s as %d', (input, expected) => {
    expect(parseVietnameseNumber(input)).toBe(expected);
  });

  it.each(['4.0', '2.1', '12/12', '1.2.3', '', 'abc', '1.05', '12.3456'])('rejects %p', (input) => {
    expect(parseVietnameseNumber(input)).toBeNaN();
  });
});

describe('findFigures: one figure per sentence', () => {
  it.each<[string, Brief]>([
    // counts with a unit noun
    ['Ban Thường trực đã tổ chức 06 hội nghị quán triệt.', ['06 hội nghị', 6, 'hội nghị', 'count']],
    ['Phối hợp tổ chức 06 hội nghị tiếp xúc cử tri.', ['06 hội nghị', 6, 'hội nghị', 'count']],
    ['Tiến hành 05 cuộc kiểm tra tại các khu dân cư.', ['05 cuộc kiểm tra', 5, 'cuộc kiểm tra', 'count']],
    ['Thu hút 1.052 lượt người tham gia.', ['1.052 lượt người', 1052, 'lượt người', 'count']],
    ['Toàn xã hiện có 35 tổ chức thành viên.', ['35 tổ chức thành viên', 35, 'tổ chức thành viên', 'count']],
    ['Tiếp nhận 120 đơn thư của công dân.', ['120 đơn thư', 120, 'đơn thư', 'count']],
    ['Có 1.234 hộ đăng ký gia đình văn hóa.', ['1.234 hộ', 1234, 'hộ', 'count']],
    ['Hỗ trợ xây mới 45 căn nhà Đại đoàn kết.', ['45 căn nhà', 45, 'căn nhà', 'count']],
    ['Mở 15 lớp tập huấn cho cán bộ Mặt trận.', ['15 lớp tập huấn', 15, 'lớp tập huấn', 'count']],
    ['Ban hành 25 văn bản chỉ đạo, hướng dẫn.', ['25 văn bản', 25, 'văn bản', 'count']],
    ['Tập hợp 45 ý kiến, kiến nghị của cử tri.', ['45 ý kiến', 45, 'ý kiến', 'count']],
    ['Đưa 36 tin, bài lên trang thông tin điện tử.', ['36 tin', 36, 'tin', 'count']],
    ['Xây dựng 08 mô hình tự quản ở khu dân cư.', ['08 mô hình', 8, 'mô hình', 'count']],
    ['Đã hòa giải thành 12 vụ việc.', ['12 vụ việc', 12, 'vụ việc', 'count']],
    ['Kiện toàn 03 Ban Công tác Mặt trận.', ['03 Ban Công tác Mặt trận', 3, 'ban công tác mặt trận', 'count']],
    ['Trao 150 suất quà cho hộ nghèo.', ['150 suất quà', 150, 'suất quà', 'count']],
    ['Phối hợp cấp 120 thẻ bảo hiểm y tế.', ['120 thẻ bảo hiểm y tế', 120, 'thẻ bảo hiểm y tế', 'count']],
    ['Huy động 1.200 ngày công làm đường.', ['1.200 ngày công', 1200, 'ngày công', 'count']],
    ['Trồng 500 cây xanh dọc tuyến đường.', ['500 cây xanh', 500, 'cây xanh', 'count']],
    ['Thực hiện 2.023 người tham gia.', ['2.023 người', 2023, 'người', 'count']],
    ['Tổ chức 06 (sáu) hội nghị.', ['06 (sáu) hội nghị', 6, 'hội nghị', 'count']],
    ['Đón 12 đoàn công tác của tỉnh.', ['12 đoàn công tác', 12, 'đoàn công tác', 'count']],
    ['Thành lập mới 12 Chi hội Phụ nữ.', ['12 Chi hội', 12, 'chi hội', 'count']],
    ['Vận động 1,2 triệu lượt người tham gia.', ['1,2 triệu lượt người', 1.2, 'triệu lượt người', 'count']],
    // rates
    ['Tỷ lệ hòa giải thành đạt 98,6%.', ['98,6%', 98.6, '%', 'rate']],
    ['Tỷ lệ hộ gia đình văn hóa đạt 98,6 %.', ['98,6 %', 98.6, '%', 'rate']],
    ['Có 100% khu dân cư tổ chức Ngày hội.', ['100%', 100, '%', 'rate']],
    ['Đạt tỷ lệ 95 phần trăm.', ['95 phần trăm', 95, '%', 'rate']],
    ['Kết quả đạt trên 95% kế hoạch.', ['trên 95%', 95, '%', 'rate']],
    ['Tỷ lệ đạt 93.3% (cách viết dấu chấm).', ['93.3%', 93.3, '%', 'rate']],
    ['Lãi suất cho vay 0,5%/tháng.', ['0,5%', 0.5, '%', 'rate']],
    ['Tỷ lệ đạt 95-98%.', ['95-98%', 95, '%', 'rate']],
    // ratios
    ['Có 13/13 xã tổ chức Ngày hội.', ['13/13 xã', 1, 'xã', 'ratio']],
    ['Có 12/15 huyện hoàn thành.', ['12/15 huyện', 0.8, 'huyện', 'ratio']],
    ['Đã có 9/10 xã, phường, thị trấn tổ chức.', ['9/10 xã', 0.9, 'xã', 'ratio']],
    ['Đến nay đã có 42/45 ý kiến được trả lời.', ['42/45 ý kiến', 0.9333, 'ý kiến', 'ratio']],
    ['Ngày hội được tổ chức ở 12/12 khu dân cư.', ['12/12 khu dân cư', 1, 'khu dân cư', 'ratio']],
    ['Giải quyết 07/07 đơn.', ['07/07 đơn', 1, 'đơn', 'ratio']],
    ['Có 1.052/1.100 hộ tham gia.', ['1.052/1.100 hộ', 0.9564, 'hộ', 'ratio']],
    // money
    ['Vận động Quỹ được 74,5 tỷ đồng.', ['74,5 tỷ đồng', 74.5, 'tỷ đồng', 'amount']],
    ['Mỗi suất quà trị giá 1,2 triệu đồng.', ['1,2 triệu đồng', 1.2, 'triệu đồng', 'amount']],
    ['Mỗi hộ được hỗ trợ 500 nghìn đồng.', ['500 nghìn đồng', 500, 'nghìn đồng', 'amount']],
    ['Mỗi suất quà trị giá 500.000 đồng.', ['500.000 đồng', 500000, 'đồng', 'amount']],
    ['Tổng số tiền 3 tỷ 250 triệu đồng.', ['3 tỷ 250 triệu đồng', 3250000000, 'đồng', 'amount']],
    ['Ủng hộ 1 triệu 500 nghìn đồng tiền mặt.', ['1 triệu 500 nghìn đồng', 1500000, 'đồng', 'amount']],
    ['Số tiền vận động trên 2 tỷ đồng.', ['trên 2 tỷ đồng', 2, 'tỷ đồng', 'amount']],
    ['Vận động được gần 2 tỷ đồng.', ['gần 2 tỷ đồng', 2, 'tỷ đồng', 'amount']],
    ['Tặng 500.000đ/suất quà.', ['500.000đ', 500000, 'đ', 'amount']],
    ['Tổng trị giá 150 triệu.', ['150 triệu', 150, 'triệu', 'amount']],
    ['Đã chi 1.234,5 triệu đồng.', ['1.234,5 triệu đồng', 1234.5, 'triệu đồng', 'amount']],
    ['Số dư 12.345.678 đồng.', ['12.345.678 đồng', 12345678, 'đồng', 'amount']],
    ['Hỗ trợ 2.5 tỷ đồng (cách viết dấu chấm).', ['2.5 tỷ đồng', 2.5, 'tỷ đồng', 'amount']],
    // hedges
    ['Thu hút hơn 200 người tham gia.', ['hơn 200 người', 200, 'người', 'count']],
    ['Có gần 1.000 lượt tham gia.', ['gần 1.000 lượt', 1000, 'lượt', 'count']],
    ['Tổ chức khoảng 30 cuộc tuyên truyền.', ['khoảng 30 cuộc tuyên truyền', 30, 'cuộc tuyên truyền', 'count']],
    ['Tổ chức ít nhất 3 cuộc đối thoại.', ['ít nhất 3 cuộc đối thoại', 3, 'cuộc đối thoại', 'count']],
    ['Hơn 200 người dân đã tham gia.', ['Hơn 200 người dân', 200, 'người dân', 'count']],
    // parentheses
    ['Các hội nghị quán triệt (06 hội nghị) được tổ chức chu đáo.', ['06 hội nghị', 6, 'hội nghị', 'count']],
    ['Hòa giải thành (12 vụ).', ['12 vụ', 12, 'vụ', 'count']],
    // ranges: one figure, value = lower bound
    ['Mỗi buổi có từ 10 đến 15 người tham dự.', ['từ 10 đến 15 người', 10, 'người', 'count']],
    ['Mỗi buổi có 10-15 người tham dự.', ['10-15 người', 10, 'người', 'count']],
    ['Mỗi buổi có 10 - 15 người tham dự.', ['10 - 15 người', 10, 'người', 'count']],
    ['Mỗi buổi có khoảng 10 – 15 người.', ['khoảng 10 – 15 người', 10, 'người', 'count']],
    // space as thousands separator
    ['Thu hút 1 052 người tham gia.', ['1 052 người', 1052, 'người', 'count']],
    ['Thu hút 12\u00a0345 lượt người.', ['12\u00a0345 lượt người', 12345, 'lượt người', 'count']],
    // bare numbers that the sentence states
    ['Tổng số hội nghị: 25.', ['25', 25, '', 'count']],
    ['Số đơn thư tiếp nhận là 120.', ['120', 120, '', 'count']],
    ['Tổng số 1.052.', ['1.052', 1052, '', 'count']],
    // a year-like number followed by a known unit is a count
    ['Toàn xã có 2023 hộ.', ['2023 hộ', 2023, 'hộ', 'count']],
  ])('%s', (input, expected) => {
    const figures = brief(input);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toEqual(expected);
  });
});

describe('findFigures: not figures', () => {
  it.each([
    // years and terms
    'Trong năm 2023, công tác Mặt trận có nhiều chuyển biến.',
    '2023',
    'Năm 2023 là năm tổ chức Đại hội.',
    'Nhiệm kỳ 2019-2024.',
    'Giai đoạn 2021-2025.',
    'Nhiệm kỳ 2019 - 2024.',
    'Kết quả giai đoạn 2019–2024 rất tích cực.',
    'Năm học 2023/2024.',
    // dates
    'Quyết định ngày 12/12/2013.',
    'Thông báo ngày 05/10/2023.',
    'Hội nghị diễn ra ngày 18/11.',
    'Từ ngày 01/10 đến ngày 31/10.',
    '05/10',
    'Trong tháng 10/2023.',
    'Từ tháng 10 đến tháng 12.',
    'Kết quả quý III và quý IV.',
    'Báo cáo quý 3.',
    'Hạn chót 10-2023.',
    'Họp lúc 14h30 hoặc 14:30.',
    'Hội nghị tổ chức 15.12.2023.',
    // document numbers
    'Thực hiện Quyết định 217-QĐ/TW của Bộ Chính trị.',
    'Quyết định số 218-QĐ/TW.',
    'Bám sát Thông báo số 303/TB-MTTW-BTT.',
    'Nghị quyết số 43/NQ-CP.',
    'Thông tư 16/2019/TT-BTC của Bộ Tài chính.',
    'Luật số 25/2018/QH14.',
    'Chỉ thị 05-CT/TW và Kết luận 01-KL/TW.',
    'Nghị định 30/2020/NĐ-CP.',
    'Số 12/BC-MTTQ-BTT.',
    'Kế hoạch số 25 của Ban Thường trực.',
    'Chương trình 135 của Chính phủ.',
    // ordinals, Roman numerals, names with numbers
    'Nghị quyết Đại hội lần thứ XIII của Đảng.',
    'Bộ Chính trị khóa XIII.',
    'Hội nghị lần thứ 10.',
    'Kỳ họp thứ 2 của HĐND.',
    'Khắc phục hậu quả bão số 3.',
    'Phòng, chống dịch Covid-19.',
    'Phòng, chống dịch COVID-19.',
    'Mở rộng Quốc lộ 1A.',
    'Tổ dân phố số 5 tổ chức Ngày hội.',
    'Nhân dân thôn 3 và ấp 2 hưởng ứng.',
    'Khu phố 4 và phường 7 triển khai.',
    'Ban Chấp hành Khóa 11 họp phiên đầu.',
    'Đại hội đợt 2 diễn ra sôi nổi.',
    'Xem Phụ lục 01 kèm theo.',
    // headings
    '1. Ưu điểm',
    '2.1. Tình hình triển khai thực hiện cuộc vận động',
    '3.2) Kết quả',
    'II. ĐÁNH GIÁ CHUNG',
    'a) Nội dung',
    // versions, codes, phones
    'Chuyển đổi số, cách mạng công nghiệp 4.0.',
    'Phủ sóng mạng 5G.',
    'Đường dây nóng 0912.345.678.',
    'Đường dây nóng 0912345678.',
    // durations and ages
    'Sau 10 năm thực hiện Quyết định.',
    'Kết quả 6 tháng đầu năm.',
    'Sau 3 tháng triển khai.',
    'Tổ chức 10 năm liền.',
    'Tặng quà người cao tuổi trên 80 tuổi.',
    'Trong 3 ngày.',
    // words only
    'Hàng trăm người tham gia.',
    // dates with d > m and reversed ratios
    '15/12 xã',
  ])('%s', (input) => {
    expect(findFigures(input)).toEqual([]);
  });
});

describe('findFigures: generic phrases of the outline', () => {
  it.each([
    'Số hội nghị quán triệt ở 3 cấp.',
    'Kết quả vận động, cứu trợ của 3 cấp.',
    'Mặt trận 3 cấp đã vào cuộc.',
    'Theo định kỳ 3 tháng/1 lần.',
    'Kết quả tổng kết 20 năm Ngày hội.',
    'Tổng kết 10 năm thực hiện Quyết định 218-QĐ/TW.',
    'Theo 5 nội dung trọng tâm sau.',
    'Theo 6 nội dung trọng tâm.',
  ])('%s', (input) => {
    expect(findFigures(input, { genericPhrases: GENERIC })).toEqual([]);
  });

  it('matches the phrases without case or diacritics, NFD text included', () => {
    expect(findFigures('MẶT TRẬN 3 CẤP đã vào cuộc', { genericPhrases: GENERIC })).toEqual([]);
    expect(findFigures('Mat tran o 3 cap', { genericPhrases: GENERIC })).toEqual([]);
    expect(findFigures('công tác Mặt trận ở 3 cấp'.normalize('NFD'), { genericPhrases: GENERIC })).toEqual([]);
  });

  it('keeps the real figures around a generic phrase', () => {
    const input = 'Mặt trận 3 cấp đã tổ chức 120 hội nghị và 5 nội dung trọng tâm với 15 cuộc giám sát.';
    expect(brief(input, { genericPhrases: GENERIC })).toEqual([
      ['120 hội nghị', 120, 'hội nghị', 'count'],
      ['15 cuộc giám sát', 15, 'cuộc giám sát', 'count'],
    ]);
  });

  it('without the phrases, "ở 3 cấp" reads as a count', () => {
    expect(brief('Tổ chức ở 3 cấp.')).toEqual([['3 cấp', 3, 'cấp', 'count']]);
  });

  it('a phrase must match whole words', () => {
    expect(brief('Có 13 cấp hội tham gia.', { genericPhrases: GENERIC })).toEqual([['13 cấp hội', 13, 'cấp hội', 'count']]);
  });

  it('matches a phrase at the very start of the text, after spaces and punctuation', () => {
    const input = '  (3 cấp) đã tổ chức 06 hội nghị.';
    expect(brief(input)).toEqual([
      ['3 cấp', 3, 'cấp', 'count'],
      ['06 hội nghị', 6, 'hội nghị', 'count'],
    ]);
    expect(brief(input, { genericPhrases: ['3 cấp'] })).toEqual([['06 hội nghị', 6, 'hội nghị', 'count']]);
  });

  it('matches a phrase across punctuation and runs of spaces, but not glued to a letter', () => {
    expect(brief('Họp ở, 3 cấp: 12 cuộc', { genericPhrases: ['ở 3 cấp'] })).toEqual([['12 cuộc', 12, 'cuộc', 'count']]);
    expect(brief('Ở  3   CẤP', { genericPhrases: ['ở 3 cấp'] })).toEqual([]);
    expect(brief('Họp bở 3 cấp', { genericPhrases: ['ở 3 cấp'] })).toEqual([['3 cấp', 3, 'cấp', 'count']]);
    expect(brief('Mặt trận 3 cấp hội', { genericPhrases: GENERIC })).toEqual([]);
  });

  it('matches a phrase in NFD text and keeps the NFD figures around it', () => {
    const input = 'Mặt trận, 3 cấp tổ chức 06 hội nghị'.normalize('NFD');
    expect(brief(input, { genericPhrases: GENERIC })).toEqual([['06 hội nghị'.normalize('NFD'), 6, 'hội nghị', 'count']]);
  });

  it('uses the phrases of each call, not those of an earlier one', () => {
    const input = 'Họp bở 3 cấp';
    expect(findFigures(input, { genericPhrases: ['3 cấp'] })).toEqual([]);
    expect(brief(input, { genericPhrases: ['ở 3 cấp'] })).toEqual([['3 cấp', 3, 'cấp', 'count']]);
    expect(brief(input, { genericPhrases: ['10 năm'] })).toEqual([['3 cấp', 3, 'cấp', 'count']]);
  });
});

describe('findFigures: table cells', () => {
  it.each<[string, Brief]>([
    ['25', ['25', 25, '', 'count']],
    ['1.052', ['1.052', 1052, '', 'count']],
    ['98,6%', ['98,6%', 98.6, '%', 'rate']],
    ['  06\t', ['06', 6, '', 'count']],
    ['“25”', ['25', 25, '', 'count']],
    ['(12)', ['12', 12, '', 'count']],
    ['13/13', ['13/13', 1, '', 'ratio']],
    ['74,5', ['74,5', 74.5, '', 'count']],
    ['12 hộ', ['12 hộ', 12, 'hộ', 'count']],
    ['hơn 200', ['hơn 200', 200, '', 'count']],
  ])('cell %p', (input, expected) => {
    expect(brief(input)).toEqual([expected]);
  });

  it.each(['2023', '12/12/2013', '05/10', '1.', 'II', 'STT', '217-QĐ/TW'])('cell %p is not a figure', (input) => {
    expect(findFigures(input)).toEqual([]);
  });

  it('a bare number inside a sentence is a label, not a cell', () => {
    expect(findFigures('Trong đó 25 của xã')).toEqual([]);
  });

  it('list markers are not figures, the figures of the items are', () => {
    expect(brief('Nội dung gồm: 1) tổ chức 06 hội nghị; 2) ban hành 15 văn bản.')).toEqual([
      ['06 hội nghị', 6, 'hội nghị', 'count'],
      ['15 văn bản', 15, 'văn bản', 'count'],
    ]);
    expect(brief('Hòa giải thành 10 vụ (trong đó 25).')).toEqual([
      ['10 vụ', 10, 'vụ', 'count'],
    ]);
    expect(brief('Kết quả (đạt 80%) và (tổng cộng 25)')).toEqual([
      ['80%', 80, '%', 'rate'],
      ['25', 25, '', 'count'],
    ]);
  });
});

describe('findFigures: text as Word hands it over', () => {
  it('handles non-breaking spaces, tabs, curly quotes and NFD-decomposed letters', () => {
    const input = 'Tổ chức 06\u00a0hội nghị, đạt 98,6\u00a0%, kết nạp 35\ttổ chức thành viên, “25 hộ”.'.normalize('NFD');
    expect(brief(input)).toEqual([
      ['06\u00a0hội nghị'.normalize('NFD'), 6, 'hội nghị', 'count'],
      ['98,6\u00a0%', 98.6, '%', 'rate'],
      ['35\ttổ chức thành viên'.normalize('NFD'), 35, 'tổ chức thành viên', 'count'],
      ['25 hộ'.normalize('NFD'), 25, 'hộ', 'count'],
    ]);
  });

  it('returns UTF-16 offsets into the given text', () => {
    const input = 'Ủy ban đã tổ chức 06 hội nghị.';
    const [f] = findFigures(input);
    expect(f.start).toBe(input.indexOf('06'));
    expect(f.end).toBe(input.indexOf('.'));
  });

  it('does not run a unit across a line break', () => {
    expect(brief('Tổng: 25\nhội nghị mới')).toEqual([['25', 25, '', 'count']]);
  });

  it('reads units of upper-case text in lower case', () => {
    expect(brief('TỔ CHỨC 06 HỘI NGHỊ')).toEqual([['06 HỘI NGHỊ', 6, 'hội nghị', 'count']]);
    const mixed = 'Tổ chức 12 Cuộc Kiểm Tra và 1.052 LƯỢT NGƯỜI';
    const expected: Brief[] = [
      ['12 Cuộc Kiểm Tra', 12, 'cuộc kiểm tra', 'count'],
      ['1.052 LƯỢT NGƯỜI', 1052, 'lượt người', 'count'],
    ];
    expect(brief(mixed)).toEqual(expected);
    // Decomposed capitals: the unit is still NFC and lower case.
    expect(brief(mixed.normalize('NFD'))).toEqual(expected.map(([t, v, u, k]) => [t.normalize('NFD'), v, u, k]));
  });

  it('skips heading numbering but keeps figures after it', () => {
    expect(brief('2. Tổ chức 06 hội nghị')).toEqual([['06 hội nghị', 6, 'hội nghị', 'count']]);
    expect(brief('- 06 hội nghị quán triệt')).toEqual([['06 hội nghị', 6, 'hội nghị', 'count']]);
  });
});

describe('findFigures: paragraphs of a commune report', () => {
  it('meetings, opinions, supervision and mediation', () => {
    const input =
      'Trong năm 2023, Ban Thường trực Ủy ban MTTQ Việt Nam xã đã phối hợp tổ chức 06 hội nghị tiếp xúc cử tri, ' +
      'tập hợp 45 ý kiến, kiến nghị; đến nay đã có 42/45 ý kiến được trả lời, đạt 93,3%. Ban Thanh tra nhân dân xã ' +
      'tiến hành 05 cuộc giám sát; tham gia hòa giải 12 vụ việc, hòa giải thành 10/12 vụ, đạt 83,3%. Tiếp nhận ' +
      '07 đơn thư, đã phối hợp giải quyết 07/07 đơn (đạt 100%).';
    expect(brief(input)).toEqual([
      ['06 hội nghị', 6, 'hội nghị', 'count'],
      ['45 ý kiến', 45, 'ý kiến', 'count'],
      ['42/45 ý kiến', 0.9333, 'ý kiến', 'ratio'],
      ['93,3%', 93.3, '%', 'rate'],
      ['05 cuộc giám sát', 5, 'cuộc giám sát', 'count'],
      ['12 vụ việc', 12, 'vụ việc', 'count'],
      ['10/12 vụ', 0.8333, 'vụ', 'ratio'],
      ['83,3%', 83.3, '%', 'rate'],
      ['07 đơn thư', 7, 'đơn thư', 'count'],
      ['07/07 đơn', 1, 'đơn', 'ratio'],
      ['100%', 100, '%', 'rate'],
    ]);
  });

  it('the "Vì người nghèo" fund', () => {
    const input =
      'Hưởng ứng Tháng cao điểm “Vì người nghèo” năm 2023, Ủy ban MTTQ Việt Nam xã đã vận động Quỹ được ' +
      '245.500.000 đồng, đạt 122,7% kế hoạch; hỗ trợ xây dựng mới 03 căn nhà Đại đoàn kết, sửa chữa 02 căn, tổng ' +
      'trị giá 180 triệu đồng; trao 350 suất quà Tết cho hộ nghèo, hộ cận nghèo với tổng số tiền hơn 175 triệu ' +
      'đồng. Phối hợp Bảo hiểm xã hội huyện trao 120 thẻ bảo hiểm y tế cho người dân có hoàn cảnh khó khăn.';
    expect(brief(input)).toEqual([
      ['245.500.000 đồng', 245500000, 'đồng', 'amount'],
      ['122,7%', 122.7, '%', 'rate'],
      ['03 căn nhà', 3, 'căn nhà', 'count'],
      ['02 căn', 2, 'căn', 'count'],
      ['180 triệu đồng', 180, 'triệu đồng', 'amount'],
      ['350 suất quà', 350, 'suất quà', 'count'],
      ['hơn 175 triệu đồng', 175, 'triệu đồng', 'amount'],
      ['120 thẻ bảo hiểm y tế', 120, 'thẻ bảo hiểm y tế', 'count'],
    ]);
  });

  it('training, media and members, with the traps around them', () => {
    const input =
      'Thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị (khóa XI), ' +
      'trong 6 tháng đầu năm, Mặt trận 3 cấp đã phối hợp tổ chức 15 lớp tập huấn với 1.052 lượt người tham dự; ' +
      'đưa 36 tin, bài lên Trang thông tin điện tử; tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 13/13 khu dân ' +
      'cư (100%). Sau 10 năm thực hiện, toàn xã có 35 tổ chức thành viên, tăng 02 tổ chức so với nhiệm kỳ 2019-2024.';
    expect(brief(input, { genericPhrases: GENERIC })).toEqual([
      ['15 lớp tập huấn', 15, 'lớp tập huấn', 'count'],
      ['1.052 lượt người', 1052, 'lượt người', 'count'],
      ['36 tin', 36, 'tin', 'count'],
      ['13/13 khu dân cư', 1, 'khu dân cư', 'ratio'],
      ['100%', 100, '%', 'rate'],
      ['35 tổ chức thành viên', 35, 'tổ chức thành viên', 'count'],
      ['02 tổ chức', 2, 'tổ chức', 'count'],
    ]);
  });

  it('a paragraph of a ward report with hedges, ranges and compound sums', () => {
    const input =
      '- Khắc phục hậu quả bão số 3, Ủy ban MTTQ phường 7 tiếp nhận 2 tỷ 300 triệu đồng và gần 1.000 suất quà; ' +
      'tổ chức khoảng 30 cuộc tuyên truyền, mỗi cuộc từ 50 đến 70 người; tỷ lệ hộ tham gia đạt trên 95%.';
    expect(brief(input)).toEqual([
      ['2 tỷ 300 triệu đồng', 2300000000, 'đồng', 'amount'],
      ['gần 1.000 suất quà', 1000, 'suất quà', 'count'],
      ['khoảng 30 cuộc tuyên truyền', 30, 'cuộc tuyên truyền', 'count'],
      ['từ 50 đến 70 người', 50, 'người', 'count'],
      ['trên 95%', 95, '%', 'rate'],
    ]);
  });
});

describe('hasFigures', () => {
  it.each([
    'Tổ chức 06 hội nghị.',
    'Đạt 98,6%.',
    '13/13 xã',
    '25',
    'Năm 2023, vận động 74,5 tỷ đồng.',
  ])('true for %p', (input) => {
    expect(hasFigures(input)).toBe(true);
  });

  it.each([
    '',
    'Nêu rõ hình thức tuyên truyền nổi bật, sáng tạo, hiệu quả.',
    '1. Ưu điểm',
    'Năm 2023',
    'Quyết định 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị (khóa XI).',
    'Phòng, chống dịch Covid-19.',
  ])('false for %p', (input) => {
    expect(hasFigures(input)).toBe(false);
  });

  it('honours the generic phrases', () => {
    expect(hasFigures('Công tác Mặt trận ở 3 cấp.')).toBe(true);
    expect(hasFigures('Công tác Mặt trận ở 3 cấp.', { genericPhrases: GENERIC })).toBe(false);
  });

  it('agrees with findFigures', () => {
    const samples = ['Tổ chức 06 hội nghị.', 'Năm 2023.', 'Bão số 3 gây thiệt hại cho 120 hộ.', 'Covid-19'];
    for (const s of samples) expect(hasFigures(s)).toBe(findFigures(s).length > 0);
  });
});

describe('amountInDong', () => {
  it('converts amounts to đồng', () => {
    const values = findFigures('Vận động 74,5 tỷ đồng, 1,2 triệu đồng, 500 nghìn đồng, 500.000 đồng và 3 tỷ 250 triệu đồng.').map(
      (f) => amountInDong(f),
    );
    expect(values).toEqual([74500000000, 1200000, 500000, 500000, 3250000000]);
  });

  it('is undefined for counts and foreign currencies', () => {
    const [count] = findFigures('06 hội nghị');
    expect(amountInDong(count)).toBeUndefined();
    const [usd] = findFigures('Tài trợ 2 triệu usd');
    expect(usd.kind).toBe('amount');
    expect(amountInDong(usd)).toBeUndefined();
  });
});

describe('findFigures on large inputs', () => {
  it('scans a 1 MB report and finds every figure', () => {
    const paragraph =
      'Trong năm 2023, Ủy ban MTTQ xã đã phối hợp tổ chức 06 hội nghị tiếp xúc cử tri, tập hợp 45 ý kiến, ' +
      'kiến nghị; đến nay đã có 42/45 ý kiến được trả lời, đạt 93,3%; vận động 74,5 tỷ đồng ở 3 cấp. ';
    const copies = Math.ceil(1_000_000 / paragraph.length);
    const text = paragraph.repeat(copies);
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    const figures = findFigures(text, { genericPhrases: GENERIC });
    expect(figures).toHaveLength(5 * copies);
    expect(figures[figures.length - 1].text).toBe('74,5 tỷ đồng');
    expect(figures.filter((f) => f.kind === 'amount')).toHaveLength(copies);
    const ordered = figures.every((f, i) => i === 0 || f.start >= figures[i - 1].end);
    expect(ordered).toBe(true);
  }, 120_000);

  it.each<[string, string]>([
    ['one long run of digits', '1'.repeat(1_000_000)],
    ['digits separated by spaces', '1 '.repeat(50_000)],
    ['dots and digits', '1.'.repeat(100_000)],
    ['mixed separators', '1,1/1-1%'.repeat(25_000)],
    ['dates', '12/12/2013 '.repeat(20_000)],
    ['letters glued to a digit', ('a'.repeat(10_000) + '1 ').repeat(20)],
    ['hedges without end', 'hơn gần '.repeat(25_000)],
  ])(
    'completes on %s',
    (_name, text) => {
      expect(findFigures(text, { genericPhrases: GENERIC })).toEqual([]);
      expect(hasFigures(text)).toBe(false);
    },
    120_000,
  );
});

describe('findFigures: counts written in words', () => {
  it.each<[string, Brief]>([
    ['Tổ chức bốn hội nghị tiếp xúc cử tri.', ['bốn hội nghị', 4, 'hội nghị', 'count']],
    ['Có mười lăm khu dân cư tổ chức Ngày hội.', ['mười lăm khu dân cư', 15, 'khu dân cư', 'count']],
    ['Ban hành hai mươi bảy văn bản hướng dẫn.', ['hai mươi bảy văn bản', 27, 'văn bản', 'count']],
    ['Thu hút hơn một trăm lượt người tham gia.', ['hơn một trăm lượt người', 100, 'lượt người', 'count']],
    ['Toàn huyện có một trăm linh năm khu dân cư.', ['một trăm linh năm khu dân cư', 105, 'khu dân cư', 'count']],
    ['Có hai mươi mốt tổ chức thành viên.', ['hai mươi mốt tổ chức thành viên', 21, 'tổ chức thành viên', 'count']],
    ['Hai mươi hội nghị.', ['Hai mươi hội nghị', 20, 'hội nghị', 'count']],
    ['Vận động hai triệu đồng.', ['hai triệu đồng', 2, 'triệu đồng', 'amount']],
    ['Đạt một trăm phần trăm.', ['một trăm phần trăm', 100, '%', 'rate']],
    ['Thôn 5 và thôn 7 là hai thôn dẫn đầu.', ['hai thôn', 2, 'thôn', 'count']],
  ])('%s', (input, expected) => {
    expect(brief(input)).toEqual([expected]);
  });

  it.each([
    'Một số tổ chức thành viên chưa chủ động.',
    'Nhiều khu dân cư tổ chức Ngày hội.',
    'Hàng chục mô hình được duy trì.',
    'Các hội nghị được tổ chức chu đáo.',
    'Một là, tăng cường tuyên truyền; Hai là, đổi mới phương thức.',
    'Mặt trận là một tổ chức chính trị - xã hội.',
    'Công tác phối hợp ở ba cấp được thực hiện đồng bộ.',
    'Vài ba hộ dân còn chưa đồng thuận.',
    'Năm 2023 là năm tổ chức Đại hội.',
    'Trong năm năm qua, phong trào phát triển.',
    'Hội nghị lần thứ hai.',
  ])('%s is not a figure', (input) => {
    expect(findFigures(input)).toEqual([]);
  });

  it('a number in words restating a figure is not a second figure', () => {
    expect(brief('Kinh phí: 15.000.000 đồng (Mười lăm triệu đồng).')).toEqual([['15.000.000 đồng', 15000000, 'đồng', 'amount']]);
    expect(brief('Tổ chức 06 (sáu) hội nghị.')).toEqual([['06 (sáu) hội nghị', 6, 'hội nghị', 'count']]);
  });

  it('keeps figures in words and digits in reading order', () => {
    expect(brief('Tổ chức ba hội nghị và 12 buổi tuyên truyền cho hai trăm người.')).toEqual([
      ['ba hội nghị', 3, 'hội nghị', 'count'],
      ['12 buổi tuyên truyền', 12, 'buổi tuyên truyền', 'count'],
      ['hai trăm người', 200, 'người', 'count'],
    ]);
    expect(hasFigures('Tổ chức ba hội nghị.')).toBe(true);
    expect(hasFigures('Một số hội nghị.')).toBe(false);
  });
});

describe('findFigures: numbers that belong to a name', () => {
  it.each([
    'Duy trì hoạt động Bếp ăn 0 đồng tại bệnh viện.',
    'Phong trào “5 không, 3 sạch” được nhân rộng.',
    'Nhân rộng mô hình "Ngôi nhà 100 đồng" ở trường học.',
    'Sản phẩm OCOP 4 sao của xã.',
    'Đạt chứng nhận ISO 9001.',
    'Hội thi "Tiếng hát 3 thế hệ".',
    'Cách mạng công nghiệp 4.0.',
  ])('%s', (input) => {
    expect(findFigures(input)).toEqual([]);
  });

  it('keeps the figures beside the name, and a quotation of a figure alone', () => {
    expect(brief('Phong trào “5 không, 3 sạch” được nhân rộng tại 12 thôn.')).toEqual([['12 thôn', 12, 'thôn', 'count']]);
    expect(brief('Xã có 14 sản phẩm đạt chuẩn OCOP 3 sao.')).toEqual([['14 sản phẩm', 14, 'sản phẩm', 'count']]);
    expect(brief('Kết quả: “25 hộ”.')).toEqual([['25 hộ', 25, 'hộ', 'count']]);
    expect(brief('Kết nạp mới: 0 tổ chức.')).toEqual([['0 tổ chức', 0, 'tổ chức', 'count']]);
  });
});

describe('findFigures: rows typed as text, parts, units glued to digits', () => {
  it.each<[string, Brief[]]>([
    ['Số hội nghị quán triệt | 06', [['06', 6, '', 'count']]],
    ['Số ý kiến, kiến nghị của cử tri | 56', [['56', 56, '', 'count']]],
    ['Đơn thư tiếp nhận, giải quyết | 15 | 13', [['15', 15, '', 'count'], ['13', 13, '', 'count']]],
    ['1 | Số lớp tập huấn | 03', [['03', 3, '', 'count']]],
    ['Hội nghị\t06', [['06', 6, '', 'count']]],
    ['Năm | 2023', []],
    ['Trong đó 25 | của xã', []],
  ])('%p', (input, expected) => {
    expect(brief(input)).toEqual(expected);
  });

  it('reads labelled parts in the parenthesis after a figure', () => {
    expect(brief('Ban hành 2.316 văn bản (cấp tỉnh 86, cấp huyện 412, cấp xã 1.818).')).toEqual([
      ['2.316 văn bản', 2316, 'văn bản', 'count'],
      ['86', 86, '', 'count'],
      ['412', 412, '', 'count'],
      ['1.818', 1818, '', 'count'],
    ]);
  });

  it('reads "m2" as one unit and "trong số" as no label', () => {
    expect(brief('Hiến 3.500 m2 đất làm đường.')).toEqual([['3.500 m2', 3500, 'm2', 'count']]);
    expect(brief('Có 2 trong số 5 mô hình đạt.')).toEqual([
      ['2', 2, '', 'count'],
      ['5 mô hình', 5, 'mô hình', 'count'],
    ]);
    expect(brief('Số tiền: 5tr.')).toEqual([['5tr', 5, 'tr', 'amount']]);
  });

  it('reads a position as the whole unit', () => {
    expect(brief('Kiện toàn 01 Phó Chủ tịch và 02 Trưởng ban Công tác Mặt trận.')).toEqual([
      ['01 Phó Chủ tịch', 1, 'phó chủ tịch', 'count'],
      ['02 Trưởng ban', 2, 'trưởng ban', 'count'],
    ]);
  });
});

describe('findFigures: "năm" is five before a counted thing, a year after a word of time', () => {
  it.each([
    ['Xây dựng và duy trì năm mô hình tự quản ở khu dân cư.', 'năm mô hình', 5],
    ['Thành lập năm tổ tự quản mới.', 'năm tổ tự quản', 5],
    ['Năm hội nghị đã được tổ chức ở cơ sở.', 'Năm hội nghị', 5],
    ['Tổ chức hơn năm hội nghị.', 'hơn năm hội nghị', 5],
  ])('%s', (text, figure, value) => {
    expect(brief(text).map(([t, v]) => [t, v])).toEqual([[figure, value]]);
  });

  it.each([
    'Năm 2023 là năm tổ chức Đại hội MTTQ các cấp.',
    'Trong năm tổ chức nhiều hoạt động thiết thực.',
    'Hằng năm hộ gia đình đăng ký thi đua.',
    'Cuối năm người dân phấn khởi.',
    'Năm qua, Mặt trận đã làm tốt công tác vận động.',
  ])('%s', (text) => {
    expect(brief(text)).toEqual([]);
  });
});
