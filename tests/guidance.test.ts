// Guidance left inside a paragraph, judged sentence by sentence: at the start, in the middle, at
// the end of a paragraph that also holds the unit's own text; an instruction in parentheses or
// after a colon inside the unit's own sentence; and the outline's topic words that a writer
// legitimately reuses as a topic line.
import { readGuidance } from '../src/analysis/guidance';
import { analyze } from '../src/analysis/report';
import type { SnapshotParagraph } from '../src/analysis/types';
import { sampleParagraphs } from '../src/samples/sample-report';
import { defaultTemplate } from '../src/template';

/** The sample report with the body of one section replaced. */
function withBody(id: string, body: string[]): SnapshotParagraph[] {
  const paras = sampleParagraphs({ empty: [id] });
  const section = defaultTemplate.sections.find((s) => s.id === id)!;
  const at = paras.findIndex((p) => p.text === `${section.numbering} ${section.title}`);
  expect(at).toBeGreaterThan(-1);
  paras.splice(at + 1, 0, ...body.map((text) => ({ text })));
  return paras;
}

function judge(id: string, body: string[]) {
  const r = analyze({ paragraphs: withBody(id, body) });
  const s = r.sections.find((x) => x.id === id)!;
  return { status: s.status, finding: r.findings.find((f) => f.section === id && f.code === 'guidance-left'), report: r };
}

const ICT = 'Việc ứng dụng công nghệ thông tin phục vụ công tác Mặt trận (nêu rõ những lĩnh vực đã triển khai ứng dụng…).';
const OWN = 'Năm 2023, Ban Thường trực triển khai phần mềm quản lý văn bản đến 100% Ban Công tác Mặt trận; kiện toàn 03 chức danh Trưởng ban, mở 02 lớp tập huấn cho 96 người.';

describe('guidance left inside a paragraph', () => {
  it.each([
    ['at the start', `- ${ICT} ${OWN}`],
    ['in the middle', `Kiện toàn 03 chức danh Trưởng Ban Công tác Mặt trận. ${ICT} Mở 02 lớp tập huấn cho 96 người tham dự.`],
    ['at the end', `${OWN} ${ICT}`],
  ])('is found %s, and its message quotes the sentence to delete', (_, text) => {
    const j = judge('1.II.5.2', [text]);
    expect(j.status).toBe('guidance-left');
    expect(j.finding!.message).toContain(`“${ICT}”`);
    expect(j.finding!.severity).toBe('error');
    expect(j.report.ready).toBe(false);
  });

  it('finds the outline’s parenthesis left inside the unit’s own sentence and quotes it', () => {
    const j = judge('1.II.5.2', ['- Việc ứng dụng công nghệ thông tin phục vụ công tác Mặt trận (nêu rõ những lĩnh vực đã triển khai ứng dụng…): 100% Ban Công tác Mặt trận dùng phần mềm quản lý văn bản, kiện toàn 03 chức danh.']);
    expect(j.status).toBe('guidance-left');
    expect(j.finding!.message).toContain('“(nêu rõ những lĩnh vực đã triển khai ứng dụng…)”');
  });

  it('finds an instruction after a colon, and an instruction sentence before the unit’s list', () => {
    const a = judge('1.II.1', ['Kết quả tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023: nêu rõ số khu dân cư tổ chức Ngày hội, tổ chức bữa cơm đại đoàn kết, những cách làm mới, sáng tạo.', 'Ngày hội được tổ chức tại 12/12 khu dân cư.']);
    expect(a.status).toBe('guidance-left');
    const b = judge('1.II.3.2', ['Nêu khái quát công tác triển khai và kết quả đạt được trong việc:', '- Tổ chức góp ý 05 dự thảo văn bản của huyện.']);
    expect(b.status).toBe('guidance-left');
    expect(b.finding!.message).toContain('“Nêu khái quát công tác triển khai và kết quả đạt được trong việc:”');
  });

  it('counts each guidance sentence once and quotes the first', () => {
    const j = judge('1.II.3.1', [
      'Việc tham gia hoạt động hòa giải ở cơ sở (nêu rõ số vụ việc, tỷ lệ hòa giải thành…). Các tổ hòa giải tiếp nhận 27 vụ việc, hòa giải thành 24 vụ việc, đạt 88,9%. Việc tham gia thực hành dân chủ (nêu rõ mô hình, cách làm hiệu quả như: hòm thư góp ý; tổ chức đối thoại trực tiếp…).',
    ]);
    expect(j.status).toBe('guidance-left');
    expect(j.finding!.data).toMatchObject({ count: 2 });
    expect(j.finding!.message).toMatch(/còn 2 câu hướng dẫn/);
  });

  it('reads guidance typed without diacritics or in capitals', () => {
    const plain = ICT.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
    expect(judge('1.II.5.2', [`${plain} ${OWN}`]).status).toBe('guidance-left');
    expect(judge('1.II.5.2', [`${ICT.toUpperCase()} ${OWN}`]).status).toBe('guidance-left');
  });

  it('finds the outline’s note left at the end of part 2', () => {
    const j = judge('2.6', ['Kiện toàn tổ chức bộ máy, nâng cao năng lực cán bộ.', '(Bám sát theo Thông báo số 303/TB-MTTW-BTT ngày 05/10/2023 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam)']);
    expect(j.status).toBe('guidance-left');
  });

  it('finds the guidance of a heading left on the heading’s line', () => {
    const paras = sampleParagraphs();
    const i = paras.findIndex((p) => p.text.startsWith('3.3. '));
    paras[i] = { text: `${paras[i].text} (nêu rõ số lượng, hình thức giám sát, kết quả xử lý kiến nghị sau giám sát…).` };
    const r = analyze({ paragraphs: paras });
    expect(r.sections.find((s) => s.id === '1.II.3.3')!.status).toBe('guidance-left');
  });
});

describe('the outline’s words used as the unit’s own', () => {
  it.each([
    ['1.I', ['- Việc ban hành các văn bản hướng dẫn, triển khai: đã ban hành 12 văn bản.', 'Tổ chức 06 hội nghị quán triệt, 05 cuộc kiểm tra.']],
    ['1.I', ['- Việc tham mưu, triển khai chuẩn bị tổ chức Đại hội MTTQ Việt Nam các cấp:', 'Ban Thường trực đã tham mưu Đảng ủy ban hành kế hoạch; tổ chức 06 hội nghị, ban hành 24 văn bản, 05 cuộc kiểm tra.']],
    ['1.II.3.2', ['Công tác triển khai và kết quả đạt được trong việc:', '- Tổ chức góp ý 05 dự thảo văn bản của huyện.']],
    ['1.II.1', ['Kết quả tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023: 12/12 khu dân cư tổ chức Ngày hội, 09 khu dân cư tổ chức bữa cơm đại đoàn kết; kết nạp 01 tổ chức thành viên, 04 báo cáo, 350 tin bài.']],
    ['1.II.5.2', ['- Việc ứng dụng công nghệ thông tin phục vụ công tác Mặt trận: triển khai phần mềm quản lý văn bản; kiện toàn 03 chức danh, mở 02 lớp tập huấn cho 96 người.']],
  ])('keeps %s as the unit’s text: %j', (id, body) => {
    const j = judge(id, body);
    expect(j.finding).toBeUndefined();
    expect(j.status).toBe('ok');
  });

  it('calls a guidance bullet copied whole as its own paragraph guidance left, even beside real text', () => {
    const j = judge('1.II.5.2', ['- Tổ chức 04 lớp tập huấn cho 529 lượt cán bộ; kiện toàn 03 chức danh.', '- Việc phát huy vai trò Ủy viên Ủy ban MTTQ Việt Nam, Hội đồng tư vấn, Ban Tư vấn, đội ngũ chuyên gia, cộng tác viên trong công tác Mặt trận.']);
    expect(j.status).toBe('guidance-left');
    expect(j.finding!.message).toContain('“Việc phát huy vai trò Ủy viên');
    const k = judge('1.III.2', ['Một số Ban Công tác Mặt trận hoạt động còn lúng túng.', '- Nguyên nhân của những hạn chế, yếu kém (cả chủ quan và khách quan).']);
    expect(k.status).toBe('guidance-left');
  });

  it('calls a section that only repeats the outline’s topic words guidance left', () => {
    const j = judge('1.II.2.2', ['- Việc bố trí kinh phí thực hiện Cuộc vận động theo Thông tư của Bộ Tài chính.']);
    expect(j.status).toBe('guidance-left');
  });
});

describe('readGuidance', () => {
  it('returns the unit’s own text without the guidance', () => {
    const r = readGuidance(`- ${ICT} ${OWN}`, defaultTemplate);
    expect(r.hits).toEqual([{ text: ICT, kind: 'instruction' }]);
    expect(r.own).toBe(OWN);
  });

  it('finds nothing in ordinary text', () => {
    expect(readGuidance(OWN, defaultTemplate)).toEqual({ hits: [], own: OWN });
  });
});
