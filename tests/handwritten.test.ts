// Reports typed by hand, without the template: shortened headings, "a)" and "3.1" numbering,
// straight quotes, headings with their text in one paragraph, no heading styles.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fold } from '../src/analysis/normalize';
import { analyze } from '../src/analysis/report';
import type { SnapshotParagraph } from '../src/analysis/types';

const lines = fs
  .readFileSync(path.join(__dirname, 'fixtures', 'handwritten', 'tan-yen.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.length > 0)
  .map((text): SnapshotParagraph => ({ text }));

function at(report: ReturnType<typeof analyze>, id: string): { status: string; text?: string } {
  const s = report.sections.find((x) => x.id === id)!;
  return { status: s.status, text: s.paragraph === undefined ? undefined : lines[s.paragraph].text };
}

describe('a report typed by hand', () => {
  const r = analyze({ paragraphs: lines });

  it('finds every heading it has, shortened ones included, and only the one it lacks is missing', () => {
    expect(r.headingsFound).toBe(29);
    expect(r.sections.filter((s) => s.status === 'missing').map((s) => s.id)).toEqual(['1.III.3']);
    expect(at(r, '1.II.2').text).toBe('2. Vận động nhân dân thi đua học tập, lao động sáng tạo');
    expect(at(r, '1.II.2.1').text).toMatch(/^a\) Cuộc vận động "Toàn dân/);
    expect(at(r, '1.II.3.3').text).toBe('3.3 Về hoạt động giám sát');
    expect(at(r, '2.2').text).toBe('2. Tuyên truyền, vận động, tập hợp các tầng lớp nhân dân');
    expect(at(r, '2.3').text).toBe('3. Vận động nhân dân thi đua học tập, lao động sáng tạo');
    expect(at(r, '2.4').text).toBe('4. Thực hiện dân chủ, giám sát và phản biện xã hội');
    expect(at(r, '2.6').text).toMatch(/^6\. Tăng cường củng cố/);
  });

  it('reads the text after a heading in the same paragraph as the section’s body', () => {
    expect(at(r, '1.III.1').status).toBe('ok');
    expect(at(r, '1.III.2').status).toBe('ok');
  });

  it('finds the figures and flags only what is really absent', () => {
    expect(at(r, '1.I').status).toBe('ok');
    const s31 = r.sections.find((s) => s.id === '1.II.3.1')!;
    const found = Object.fromEntries(s31.checklist.map((c) => [c.id, c.figure ?? null]));
    expect(found['ty-le-tra-loi']).toBe('94,8%');
    expect(found['ty-le-hoa-giai']).toBe('91,2%');
    expect(found['don-thu-tiep-nhan']).toBe('34 đơn thư');
    expect(found['don-thu-giai-quyet']).toBe('30 đơn');
    expect(found['buoi-tuyen-truyen']).toBeNull();
    expect(at(r, '1.II.4').status).toBe('no-figures');
    const errors = r.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.section}`);
    expect(errors).toEqual(['section-no-figures 1.II.4']);
    expect(r.findings.find((f) => f.section === '1.III.3')).toMatchObject({ code: 'optional-empty', severity: 'info' });
  });

  it('gives the same outline without diacritics and in upper case', () => {
    const plain = lines.map((p) => ({ text: fold(p.text) === '' ? p.text : p.text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D') }));
    const r2 = analyze({ paragraphs: plain });
    expect(r2.sections.map((s) => [s.id, s.paragraph])).toEqual(r.sections.map((s) => [s.id, s.paragraph]));
    const upper = lines.map((p) => ({ text: p.text.toUpperCase() }));
    const r3 = analyze({ paragraphs: upper });
    expect(r3.sections.map((s) => [s.id, s.paragraph])).toEqual(r.sections.map((s) => [s.id, s.paragraph]));
  });
});
