import { analyze } from '../src/analysis/report';
import { commentRequests, COMMENT_MARKER, readinessText } from '../src/analysis/messages';
import type { Report, SnapshotParagraph } from '../src/analysis/types';
import { sampleParagraphs } from '../src/samples/sample-report';
import { defaultTemplate } from '../src/template';

const status = (r: Report, id: string) => r.sections.find((s) => s.id === id)?.status;
const codes = (r: Report, id?: string) => r.findings.filter((f) => f.section === id).map((f) => f.code);

describe('the report', () => {
  it('finds a complete report ready to sign, with every section ok', () => {
    const r = analyze({ paragraphs: sampleParagraphs() });
    expect(r.template).toBe('mttq-2023');
    expect(r.headingsFound).toBe(30);
    expect(r.sections.map((s) => s.id)).toEqual(defaultTemplate.sections.map((s) => s.id));
    expect(r.sections.filter((s) => s.status !== 'ok')).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.ready).toBe(true);
    expect(readinessText(r)).toBe('Sẵn sàng trình ký');
  });

  it('fills the figure checklist with the figure and its sentence', () => {
    const r = analyze({ paragraphs: sampleParagraphs() });
    const s = r.sections.find((x) => x.id === '1.I')!;
    expect(s.figures).toEqual(expect.arrayContaining(['06 hội nghị', '24 văn bản', '05 cuộc kiểm tra']));
    const byId = Object.fromEntries(s.checklist.map((c) => [c.id, c]));
    expect(byId['hoi-nghi']).toMatchObject({ found: true, figure: '06 hội nghị' });
    expect(byId['hoi-nghi'].evidence).toMatch(/^Ngay từ đầu năm/);
    expect(byId['kiem-tra']).toMatchObject({ found: true, figure: '05 cuộc kiểm tra' });
    const s31 = Object.fromEntries(r.sections.find((x) => x.id === '1.II.3.1')!.checklist.map((c) => [c.id, c]));
    expect(s31['ty-le-hoa-giai']).toMatchObject({ found: true, figure: '88,9%' });
    expect(s31['don-thu-tiep-nhan']).toMatchObject({ found: true, figure: '15 đơn thư' });
    expect(s31['ty-le-tra-loi'].found).toBe(true);
    const s52 = Object.fromEntries(r.sections.find((x) => x.id === '1.II.5.2')!.checklist.map((c) => [c.id, c]));
    expect(s52['lop-boi-duong']).toMatchObject({ found: true, figure: '02 lớp tập huấn' });
    expect(s52['nguoi-tham-du']).toMatchObject({ found: true, figure: '96 người' });
  });

  it('reports missing, empty, guidance-left and no-figures sections with the contract codes', () => {
    const r = analyze({
      paragraphs: sampleParagraphs({ omit: ['1.II.4'], empty: ['1.III.2'], guidance: ['1.II.2.2', '1.I'], noFigures: ['1.II.5.2'] }),
    });
    expect(status(r, '1.II.4')).toBe('missing');
    expect(codes(r, '1.II.4')).toEqual(['section-missing']);
    expect(status(r, '1.III.2')).toBe('empty');
    expect(codes(r, '1.III.2')).toEqual(['section-empty']);
    expect(status(r, '1.II.2.2')).toBe('guidance-left');
    expect(status(r, '1.I')).toBe('guidance-left');
    expect(codes(r, '1.I')).toEqual(['guidance-left']);
    expect(status(r, '1.II.5.2')).toBe('no-figures');
    expect(codes(r, '1.II.5.2')).toEqual(['section-no-figures']);
    expect(r.ready).toBe(false);
    expect(r.errorCount).toBe(5);
    expect(readinessText(r)).toBe('Còn 5 lỗi cần sửa trước khi trình ký');
    // Errors first.
    expect(r.findings[0].severity).toBe('error');
  });

  it('does not count the outline’s generic numbers in guidance as figures', () => {
    const r = analyze({ paragraphs: sampleParagraphs({ guidance: ['1.I'] }) });
    expect(r.sections.find((s) => s.id === '1.I')!.figures).toEqual([]);
  });

  it('flags guidance paragraphs left among real text', () => {
    const paras = sampleParagraphs();
    const i = paras.findIndex((p) => p.text.startsWith('Tổ chức 05 cuộc kiểm tra'));
    paras.splice(i, 0, { text: '- Công tác kiểm tra việc thực hiện (số cuộc kiểm tra ở 3 cấp...).' });
    const r = analyze({ paragraphs: paras });
    expect(status(r, '1.I')).toBe('guidance-left');
    expect(r.findings.find((f) => f.section === '1.I')!.message).toBe(
      'Mục “I. CÔNG TÁC HƯỚNG DẪN, TRIỂN KHAI” còn câu hướng dẫn của đề cương, cần xóa trước khi trình ký: “Công tác kiểm tra việc thực hiện (số cuộc kiểm tra ở 3 cấp...).”',
    );
  });

  it('keeps a guidance line that the writer extended with results', () => {
    const paras = sampleParagraphs();
    const i = paras.findIndex((p) => p.text.startsWith('Tổ chức 05 cuộc kiểm tra'));
    paras[i] = { text: '- Công tác kiểm tra việc thực hiện: trong năm, Ban Thường trực đã chủ trì 05 cuộc kiểm tra tại các khu dân cư, kết quả đều đạt yêu cầu.' };
    const r = analyze({ paragraphs: paras });
    expect(status(r, '1.I')).toBe('ok');
  });

  it('treats untouched guidance placeholders as no content', () => {
    const paras = sampleParagraphs({ empty: ['1.III.1'] });
    const i = paras.findIndex((p) => p.text === '1. Ưu điểm');
    paras.splice(i + 1, 0, ...defaultTemplate.sections.find((s) => s.id === '1.III.1')!.guidance.map((text) => ({ text, isGuidancePlaceholder: true })));
    const r = analyze({ paragraphs: paras });
    expect(status(r, '1.III.1')).toBe('empty');
  });

  it('warns of a required figure not found, and an optional section left empty is only a note', () => {
    const paras = sampleParagraphs({ empty: ['1.III.3'] });
    const i = paras.findIndex((p) => p.text.startsWith('Tổ chức 05 cuộc kiểm tra'));
    paras.splice(i, 1);
    const r = analyze({ paragraphs: paras });
    const miss = r.findings.filter((f) => f.code === 'figure-missing' && f.section === '1.I');
    expect(miss).toHaveLength(1);
    expect(miss[0].severity).toBe('warning');
    expect(miss[0].message).toContain('chưa thấy Số cuộc kiểm tra');
    expect(status(r, '1.III.3')).toBe('empty');
    expect(r.findings.find((f) => f.section === '1.III.3')).toMatchObject({ code: 'optional-empty', severity: 'info' });
    expect(r.ready).toBe(true);
  });

  it('reports a missing parent once, not each of its sub-sections', () => {
    const r = analyze({ paragraphs: sampleParagraphs({ omit: ['1.II.3'] }) });
    expect(status(r, '1.II.3')).toBe('missing');
    expect(status(r, '1.II.3.2')).toBe('missing');
    expect(r.findings.filter((f) => f.code === 'section-missing').map((f) => f.section)).toEqual(['1.II.3']);
  });

  it('checks the signature and the recipients', () => {
    const r = analyze({ paragraphs: sampleParagraphs({ noSignature: true }) });
    expect(r.findings.map((f) => f.code)).toContain('signature-missing');
    expect(r.ready).toBe(false);
    const paras = sampleParagraphs().filter((p) => !p.text.startsWith('- '));
    paras.splice(paras.findIndex((p) => p.text === 'Nơi nhận:') + 1, 0, { text: '................', inTable: true });
    const r2 = analyze({ paragraphs: paras });
    expect(r2.findings.find((f) => f.code === 'recipients-missing')?.severity).toBe('warning');
  });

  it('warns of sections out of order', () => {
    const paras = sampleParagraphs();
    const a = paras.findIndex((p) => p.text.startsWith('2.2. '));
    const b = paras.findIndex((p) => p.text.startsWith('2.3. '));
    const c = paras.findIndex((p) => p.text.startsWith('2.4. '));
    const moved = [...paras.slice(0, a), ...paras.slice(b, c), ...paras.slice(a, b), ...paras.slice(c)];
    const r = analyze({ paragraphs: moved });
    const order = r.findings.filter((f) => f.code === 'section-order');
    expect(order).toHaveLength(1);
    expect(['1.II.2.2', '1.II.2.3']).toContain(order[0].section);
    expect(r.ready).toBe(true);
  });

  it('says so once when no heading is recognised, and when the document is empty', () => {
    const r = analyze({ paragraphs: [{ text: 'Kính gửi: Ủy ban nhân dân xã' }, { text: 'Đề nghị hỗ trợ kinh phí 20 triệu đồng.' }] });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].code).toBe('section-missing');
    expect(r.findings[0].message).toMatch(/Không nhận ra đề mục nào/);
    expect(r.sections.every((s) => s.status === 'missing')).toBe(true);
    const e = analyze({ paragraphs: [{ text: '' }, { text: '  ' }] });
    expect(e.findings).toHaveLength(1);
    expect(e.findings[0].message).toMatch(/chưa có nội dung/);
    expect(e.ready).toBe(false);
  });

  it('applies ignores: the finding stays listed with its reason and no longer counts', () => {
    const paragraphs = sampleParagraphs({ empty: ['1.III.2'] });
    const r = analyze({ paragraphs, ignores: [{ code: 'section-empty', section: '1.III.2', reason: 'Đã báo cáo riêng' }] });
    const f = r.findings.find((x) => x.section === '1.III.2')!;
    expect(f.ignored).toEqual({ reason: 'Đã báo cáo riêng' });
    expect(r.ready).toBe(true);
    expect(r.errorCount).toBe(0);
  });

  it('cannot be made ready by ignoring the document-wide findings', () => {
    const ignores = [
      { code: 'section-missing' as const, section: '', reason: 'Không áp dụng' },
      { code: 'signature-missing' as const, section: '', reason: 'Ký số' },
    ];
    const none = analyze({ paragraphs: [{ text: 'Kính gửi: Ủy ban nhân dân xã' }, { text: 'Đề nghị hỗ trợ kinh phí.' }], ignores });
    expect(none.findings).toHaveLength(1);
    expect(none.findings[0].ignored).toBeUndefined();
    expect(none.errorCount).toBe(1);
    expect(none.ready).toBe(false);
    const empty = analyze({ paragraphs: [{ text: '' }], ignores });
    expect(empty.findings[0].ignored).toBeUndefined();
    expect(empty.ready).toBe(false);
    // Stored in the document, the same ignores change nothing either.
    expect(analyze({ paragraphs: [{ text: 'Thông báo lịch họp' }], ignores }).ready).toBe(false);
    expect(analyze({ paragraphs: [{ text: 'Thông báo lịch họp' }, { text: 'Kính mời dự họp.' }] }, { ignores }).ready).toBe(false);
  });

  it('still lets the user ignore the signature of a report whose headings are found', () => {
    const r = analyze({ paragraphs: sampleParagraphs({ noSignature: true }), ignores: [{ code: 'signature-missing', section: '', reason: 'Ký số' }] });
    expect(r.findings.find((f) => f.code === 'signature-missing')!.ignored).toEqual({ reason: 'Ký số' });
    expect(r.ready).toBe(true);
  });

  it('speaks English when asked', () => {
    const r = analyze({ paragraphs: sampleParagraphs({ empty: ['1.III.2'] }) }, { lang: 'en' });
    expect(r.findings.find((f) => f.section === '1.III.2')!.message).toMatch(/has no content yet/);
  });

  it('makes one review comment per flagged section, marked as the product’s', () => {
    const r = analyze({ paragraphs: sampleParagraphs({ empty: ['1.III.2'], omit: ['1.II.4'] }) });
    const comments = commentRequests(r);
    expect(comments.length).toBe(2);
    for (const c of comments) expect(c.text.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comments.map((c) => c.text).join(' ')).toMatch(/Thiếu mục “4\. Tăng cường đoàn kết quốc tế/);
  });

  it('reads NFD (decomposed) Vietnamese like NFC', () => {
    const paras: SnapshotParagraph[] = sampleParagraphs().map((p) => ({ ...p, text: p.text.normalize('NFD') }));
    const r = analyze({ paragraphs: paras });
    expect(r.headingsFound).toBe(30);
    expect(r.ready).toBe(true);
  });
});

describe('figures in tables', () => {
  it('reads what a number in a table counts from the cells before it', () => {
    const paras = sampleParagraphs({ empty: ['1.I'] });
    const i = paras.findIndex((p) => p.text === 'I. CÔNG TÁC HƯỚNG DẪN, TRIỂN KHAI');
    const cells = [
      'STT', 'Nội dung', 'Số lượng',
      '1', 'Hội nghị quán triệt, triển khai', '06',
      '2', 'Văn bản hướng dẫn, triển khai', '24',
      '3', 'Cuộc kiểm tra', '05',
    ].map((text) => ({ text, inTable: true }));
    paras.splice(i + 1, 0, { text: 'Kết quả cụ thể như sau:' }, ...cells);
    const r = analyze({ paragraphs: paras });
    const s = r.sections.find((x) => x.id === '1.I')!;
    expect(s.status).toBe('ok');
    const byId = Object.fromEntries(s.checklist.map((c) => [c.id, c]));
    expect(byId['hoi-nghi']).toMatchObject({ found: true, figure: '06' });
    expect(byId['hoi-nghi'].evidence).toContain('Hội nghị quán triệt, triển khai | 06');
    expect(byId['van-ban']).toMatchObject({ found: true, figure: '24' });
    expect(byId['kiem-tra']).toMatchObject({ found: true, figure: '05' });
  });
});
