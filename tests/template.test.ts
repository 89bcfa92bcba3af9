import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultTemplate, findTemplate, templates } from '../src/template';

// The official outline, as exported to text; `[bookmark: …]` markers are export artefacts.
const seedPath = path.join(__dirname, 'fixtures', 'outline', 'mttq-2023-official.txt');
const seedLines = fs
  .readFileSync(seedPath, 'utf8')
  .replace(/^\uFEFF/, '')
  .split(/\r?\n/)
  .map((l) => l.replace(/\[bookmark: [^\]]*\]/g, '').trim())
  .filter((l) => l.length > 0);

describe('template mttq-2023 reproduces the official outline', () => {
  const t = defaultTemplate;

  it('has every section id of the contract, in outline order', () => {
    expect(t.sections.map((s) => s.id)).toEqual([
      '1', '1.I', '1.II', '1.II.1', '1.II.2', '1.II.2.1', '1.II.2.2', '1.II.2.3', '1.II.2.4',
      '1.II.3', '1.II.3.1', '1.II.3.2', '1.II.3.3', '1.II.3.4', '1.II.4', '1.II.5', '1.II.5.1',
      '1.II.5.2', '1.II.5.3', '1.III', '1.III.1', '1.III.2', '1.III.3',
      '2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6',
    ]);
  });

  it('writes each heading line word for word as the outline does', () => {
    for (const s of t.sections) {
      if (s.level === 1) {
        const i = seedLines.indexOf(s.numbering);
        expect(i).toBeGreaterThan(-1);
        expect(seedLines[i + 1]).toBe(s.title);
      } else {
        const line = `${s.numbering} ${s.title}${s.headingGuidance ?? ''}`;
        expect(seedLines).toContain(line);
      }
    }
  });

  it('keeps every guidance and lead paragraph of the outline, and nothing else', () => {
    const covered = new Set<string>([...t.title, ...t.closingGuidance, t.recipients.heading, ...t.recipients.placeholder, t.signature.heading, t.signature.note]);
    for (const s of t.sections) {
      if (s.level === 1) {
        covered.add(s.numbering);
        covered.add(s.title);
      } else covered.add(`${s.numbering} ${s.title}${s.headingGuidance ?? ''}`);
      for (const g of s.guidance) {
        expect(seedLines).toContain(g);
        covered.add(g);
      }
      for (const l of s.lead ?? []) {
        expect(seedLines).toContain(l);
        covered.add(l);
      }
    }
    expect(seedLines.filter((l) => !covered.has(l))).toEqual([]);
  });

  it('lists all six items of part 2 although the outline says "5 nội dung"', () => {
    expect(t.sections.filter((s) => s.id.startsWith('2.'))).toHaveLength(6);
    expect(t.sections.find((s) => s.id === '2')?.lead?.[0]).toContain('theo 5 nội dung trọng tâm');
  });

  it('marks what each section must hold', () => {
    const kind = (id: string) => t.sections.find((s) => s.id === id)?.kind;
    for (const id of ['1', '1.II', '1.II.2', '1.II.3', '1.II.5', '1.III', '2']) expect(kind(id)).toBe('container');
    expect(kind('1.III.3')).toBe('optional');
    for (const id of ['1.I', '1.II.1', '1.II.2.1', '1.II.3.1', '1.II.5.2']) expect(kind(id)).toBe('figures');
    expect(kind('1.III.1')).toBe('text');
  });

  it('has a checklist item for each figure the guidance asks for', () => {
    const labels = (id: string) => (t.sections.find((s) => s.id === id)?.figures ?? []).map((f) => f.label);
    expect(labels('1.I').join(' | ')).toMatch(/hội nghị.*văn bản.*kiểm tra/);
    expect(labels('1.II.1').join(' | ')).toMatch(/khu dân cư/);
    expect(labels('1.II.3.1').join(' | ')).toMatch(/Tỷ lệ hòa giải thành/);
    expect(labels('1.II.3.1').join(' | ')).toMatch(/đơn thư tiếp nhận/);
    expect(labels('1.II.5.2').join(' | ')).toMatch(/lớp.*người tham dự/);
    expect(labels('1.II.1').join(' | ')).toMatch(/bữa cơm đại đoàn kết/);
    expect(labels('1.II.3.3').join(' | ')).toMatch(/Số cuộc giám sát.*kết quả xử lý kiến nghị sau giám sát/i);
    for (const s of t.sections) {
      if (s.kind !== 'figures') expect(s.figures).toEqual([]);
      else expect(s.figures.length).toBeGreaterThan(0);
      for (const f of s.figures) {
        expect(f.match.length).toBeGreaterThan(0);
        for (const alt of [...f.match, ...(f.not ?? [])]) for (const w of alt) expect(w).toBe(w.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
      }
      expect(new Set(s.figures.map((f) => f.id)).size).toBe(s.figures.length);
    }
  });

  it('answers every "số …", "số lượng …", "tỷ lệ …", "số liệu …" of the guidance with a checklist item', () => {
    // [section, the words of the guidance, the item]
    const asks: [string, string, string][] = [
      ['1.I', 'số hội nghị quán triệt, triển khai', 'hoi-nghi'],
      ['1.I', 'số lượng các văn bản triển khai, hướng dẫn', 'van-ban'],
      ['1.I', 'số cuộc kiểm tra', 'kiem-tra'],
      ['1.II.1', 'số lượng báo cáo', 'bao-cao'],
      ['1.II.1', 'số lượng các chuyên trang, chuyên mục', 'bao-chi'],
      ['1.II.1', 'số liệu tổ chức thành viên được kết nạp mới', 'ket-nap'],
      ['1.II.1', 'số lượng tổ chức thành viên hiện có', 'thanh-vien'],
      ['1.II.1', 'số khu dân cư tổ chức Ngày hội', 'ngay-hoi'],
      ['1.II.1', 'tổ chức bữa cơm đại đoàn kết', 'bua-com'],
      ['1.II.2.1', 'có số liệu, minh chứng', 'hai-long'],
      ['1.II.2.1', 'Kết quả vận động Quỹ “Vì người nghèo”', 'quy-vi-nguoi-ngheo'],
      ['1.II.2.1', 'hỗ trợ xây dựng Nhà Đại đoàn kết (có số liệu minh chứng', 'nha-dai-doan-ket'],
      ['1.II.2.4', 'số lượng và tên mô hình', 'mo-hinh'],
      ['1.II.3.1', 'số lượng ý kiến, kiến nghị', 'kien-nghi'],
      ['1.II.3.1', 'tỷ lệ các ý kiến, kiến nghị được các cơ quan chức năng trả lời', 'ty-le-tra-loi'],
      ['1.II.3.1', 'số buổi', 'buoi-tuyen-truyen'],
      ['1.II.3.1', 'số người', 'nguoi-tuyen-truyen'],
      ['1.II.3.1', 'số cuộc, hiệu quả sau giám sát', 'giam-sat-co-so'],
      ['1.II.3.1', 'số vụ việc', 'hoa-giai'],
      ['1.II.3.1', 'tỷ lệ hòa giải thành', 'ty-le-hoa-giai'],
      ['1.II.3.1', 'số đơn thư tiếp nhận', 'don-thu-tiep-nhan'],
      ['1.II.3.1', 'số đơn thư được giải quyết, trả lời', 'don-thu-giai-quyet'],
      ['1.II.3.2', 'số lượng, tên văn bản được góp ý', 'gop-y-van-ban'],
      ['1.II.3.3', 'số lượng, hình thức giám sát', 'giam-sat'],
      ['1.II.3.3', 'kết quả xử lý kiến nghị sau giám sát', 'xu-ly-kien-nghi'],
      ['1.II.4', 'số lượng các chương trình hợp tác, bản ghi nhớ, hoạt động giao lưu nhân dân', 'hop-tac'],
      ['1.II.5.2', 'Tình hình kiện toàn tổ chức bộ máy (nêu rõ số lượng', 'kien-toan'],
      ['1.II.5.2', 'số lớp được tổ chức', 'lop-boi-duong'],
      ['1.II.5.2', 'số người tham dự', 'nguoi-tham-du'],
      ['1.II.5.3', 'Chương trình phối hợp và thống nhất hành động của MTTQ Việt Nam (nêu rõ số lượng', 'hiep-thuong'],
      ['1.II.5.3', 'Nhà nước để nâng cao chất lượng, hiệu quả công tác Mặt trận (nêu rõ số lượng', 'phoi-hop'],
    ];
    for (const [id, words, item] of asks) {
      const s = t.sections.find((x) => x.id === id)!;
      expect([...s.guidance, s.headingGuidance ?? ''].join(' ')).toContain(words);
      expect(s.figures.map((f) => f.id)).toContain(item);
    }
    // And no ask is left out: every "số …" of a section's guidance is one of the above.
    const counted = /(?<![\p{L}])(?:số lượng|số liệu|tỷ lệ|số)(?![\p{L}])/gu;
    for (const s of t.sections) {
      const text = [...s.guidance, s.headingGuidance ?? ''].join(' ').replace(/một số|số 303\/TB|số liệu về/g, ''); // "có số liệu về số buổi, số người": the list that follows is what is asked
      const n = (text.match(counted) ?? []).length;
      const listed = asks.filter(([id, words]) => id === s.id && /(?<![\p{L}])(?:số lượng|số liệu|tỷ lệ|số)(?![\p{L}])/u.test(words)).length;
      expect([s.id, listed]).toEqual([s.id, n]);
    }
  });

  it('has the title, recipients and signature block', () => {
    expect(t.title).toEqual(['Kết quả công tác Mặt trận năm 2023,', 'Chương trình phối hợp và thống nhất hành động năm 2024']);
    expect(t.signature.heading).toBe('TM. BAN THƯỜNG TRỰC');
    expect(t.recipients.heading).toBe('Nơi nhận:');
  });

  it('is found by id', () => {
    expect(findTemplate('mttq-2023')).toBe(t);
    expect(findTemplate('nope')).toBeUndefined();
    expect(templates[0]).toBe(t);
  });
});
