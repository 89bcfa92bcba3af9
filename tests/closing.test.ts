// The closing blocks as other writers lay them out: "Nơi nhận" and the signature block in a
// two-column table (left cell, then right cell), in plain paragraphs, signature first or last,
// TM. / KT. / Q. / TL. lines, title lines, the space left for the signature, names of two to five
// words, in capitals, on the title's line; and blocks that are not signed.
import { isPersonName, readSignature } from '../src/analysis/closing';
import { analyze } from '../src/analysis/report';
import type { SnapshotParagraph } from '../src/analysis/types';
import { sampleParagraphs } from '../src/samples/sample-report';

/** The sample report up to the end of its last section, then the given closing lines. */
function withClosing(lines: (string | SnapshotParagraph)[], inTable = false): SnapshotParagraph[] {
  const body = sampleParagraphs({ noSignature: true });
  const at = body.findIndex((p) => p.text === 'Nơi nhận:');
  return [...body.slice(0, at), ...lines.map((l) => (typeof l === 'string' ? { text: l, inTable } : l))];
}

const RECIPIENTS = ['Nơi nhận:', '- Ủy ban MTTQ Việt Nam huyện;', '- Đảng ủy, HĐND, UBND xã;', '- Lưu VT.'];

function signature(paragraphs: SnapshotParagraph[]) {
  const r = analyze({ paragraphs });
  return { finding: r.findings.find((f) => f.code === 'signature-missing'), ready: r.ready, report: r };
}

describe('a signed report', () => {
  const signed: [string, string[], boolean][] = [
    ['two-column table, left cell then right cell', [...RECIPIENTS, 'TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', '', '', 'Nguyễn Văn An'], true],
    ['plain paragraphs, signature after the recipients', [...RECIPIENTS, 'TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', 'Lê Thị Hồng Nhung'], false],
    ['signature before the recipients', ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', '', 'Trần Minh Đức', ...RECIPIENTS], false],
    ['KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', [...RECIPIENTS, 'TM. BAN THƯỜNG TRỰC', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Phạm Văn Tư'], false],
    ['PHÓ CHỦ TỊCH THƯỜNG TRỰC, name in capitals', [...RECIPIENTS, 'TM. BAN THƯỜNG TRỰC', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'HOÀNG THỊ MINH HẰNG'], true],
    ['Q. CHỦ TỊCH', [...RECIPIENTS, 'TM. ỦY BAN MTTQ VIỆT NAM XÃ', 'Q. CHỦ TỊCH', 'Đỗ Quang Vinh'], false],
    ['TL. BAN THƯỜNG TRỰC / CHÁNH VĂN PHÒNG', [...RECIPIENTS, 'TL. BAN THƯỜNG TRỰC', 'CHÁNH VĂN PHÒNG', 'Vũ Thị Thu'], false],
    ['a title line without TM.', [...RECIPIENTS, 'CHỦ TỊCH', 'Bùi Văn Nam'], false],
    ['a name of five words (ethnic minority)', [...RECIPIENTS, 'TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', 'Y Ngông Niê Kdăm Ksor'], false],
    ['a name of two words', [...RECIPIENTS, 'TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', 'Lò Pọm'], false],
    ['“(Đã ký)” and then the name', [...RECIPIENTS, 'TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', '(Đã ký)', 'Ngô Thanh Bình'], false],
    ['no diacritics', ['Noi nhan:', '- UBND xa;', '- Luu VT.', 'TM. BAN THUONG TRUC', 'CHU TICH', 'Nguyen Van Thu'], false],
    ['the name on the title’s line', [...RECIPIENTS, 'TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH Nguyễn Văn An'], false],
  ];
  it.each(signed)('is signed: %s', (_, lines, inTable) => {
    const s = signature(withClosing(lines, inTable));
    expect(s.finding).toBeUndefined();
    expect(s.ready).toBe(true);
  });

  it('reads a cell whose lines are breaks in one paragraph', () => {
    const s = signature(withClosing([...RECIPIENTS, 'TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n\n\nNguyễn Văn An'], true));
    expect(s.finding).toBeUndefined();
  });

  it('reads a table whose rows interleave the two cells', () => {
    const lines = ['Nơi nhận:', 'TM. BAN THƯỜNG TRỰC', '- Ủy ban MTTQ huyện;', 'CHỦ TỊCH', '- Lưu VT.', '', 'Đặng Văn Hùng'];
    expect(signature(withClosing(lines, true)).finding).toBeUndefined();
  });
});

describe('a report not signed', () => {
  const unsigned: [string, string[], RegExp][] = [
    ['the outline’s “(ký, ghi rõ họ tên)” left', [...RECIPIENTS, 'TM. BAN THƯỜNG TRỰC', '(ký, ghi rõ họ tên)'], /còn để “\(ký, ghi rõ họ tên\)”/],
    ['TM. and CHỦ TỊCH but no name', [...RECIPIENTS, 'TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', '', ''], /chưa có họ tên người ký/],
    ['“(Đã ký)” alone', [...RECIPIENTS, 'TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', '(Đã ký)'], /chưa có họ tên/],
    ['“(Ký tên, đóng dấu)” only', [...RECIPIENTS, 'TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', '(Ký tên, đóng dấu)'], /chưa có họ tên/],
    ['a placeholder name', [...RECIPIENTS, 'TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', 'Nguyễn Văn A'], /chưa có họ tên/],
    ['dots for the name', [...RECIPIENTS, 'TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', '……………………'], /chưa có họ tên/],
    ['signature first, no name, recipients after', ['TM. BAN THƯỜNG TRỰC', 'PHÓ CHỦ TỊCH', ...RECIPIENTS], /chưa có họ tên/],
    ['no signature block at all', RECIPIENTS, /Chưa có khối chữ ký “TM\. BAN THƯỜNG TRỰC”/],
    ['KT. block without a name, in capitals and no diacritics', ['NOI NHAN:', '- UBND XA;', 'TM. BAN THUONG TRUC', 'KT. CHU TICH', 'PHO CHU TICH'], /chưa có họ tên/],
  ];
  it.each(unsigned)('is not signed: %s', (_, lines, message) => {
    for (const inTable of [false, true]) {
      const s = signature(withClosing(lines, inTable));
      expect(s.finding).toMatchObject({ code: 'signature-missing', severity: 'error' });
      expect(s.finding!.message).toMatch(message);
      expect(s.ready).toBe(false);
    }
  });

  it('points at the signature block', () => {
    const paragraphs = withClosing([...RECIPIENTS, 'TM. BAN THƯỜNG TRỰC', '(ký, ghi rõ họ tên)']);
    const s = signature(paragraphs);
    expect(paragraphs[s.finding!.paragraph!].text).toBe('TM. BAN THƯỜNG TRỰC');
  });

  it('does not take the last recipient or the place and date for a name', () => {
    expect(readSignature([{ text: 'TM. BAN THƯỜNG TRỰC' }, { text: 'Nơi nhận:' }, { text: 'Như trên' }, { text: 'Thường trực Huyện ủy' }], 0).kind).toBe('unsigned');
  });
});

describe('names', () => {
  it.each(['Nguyễn Văn An', 'NGUYỄN THỊ MINH HẰNG', 'Lò Văn Pọm', 'Y Ngông Niê Kdăm', 'Chu Văn Thư', 'Trần Việt Trường', 'Hồ Thị Như', 'Nguyen Van Thanh', 'ThS. Lê Văn Hải', 'Đồng chí Trần Thị Mai'])('%s is a name', (name) => {
    expect(isPersonName(name)).toBe(true);
  });
  it.each(['CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'BAN THƯỜNG TRỰC', 'Nguyễn Văn A', 'Trần Thị B', 'Họ và tên', '(ký, ghi rõ họ tên)', 'Lưu VT', 'Như trên', 'Nguyễn', 'Tân Hòa, ngày 15 tháng 12 năm 2023', 'CHU TICH', 'Ủy ban MTTQ Việt Nam', 'Thường trực Huyện ủy'])('%s is not a name', (text) => {
    expect(isPersonName(text)).toBe(false);
  });
});

describe('recipients', () => {
  it('warns when "Nơi nhận" lists nobody, wherever the signature stands', () => {
    for (const lines of [['Nơi nhận:', '................', 'TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', 'Nguyễn Văn An'], ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', 'Nguyễn Văn An', 'Nơi nhận:']]) {
      const r = analyze({ paragraphs: withClosing(lines) });
      expect(r.findings.map((f) => f.code)).toEqual(['recipients-missing']);
      expect(r.ready).toBe(true);
    }
  });
});
