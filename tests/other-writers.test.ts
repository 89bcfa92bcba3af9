// Whole reports by other writers, as plain text (one paragraph a line): numbering typed "I/",
// "1/", "2.1/", "a/", "(1)"; a tab after the number; heading and text on one line; part-2 items as
// bulleted paragraphs repeating part-1 titles; no diacritics; numbered body lines; signature
// blocks signed and not.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../src/analysis/report';
import type { Report, SnapshotParagraph } from '../src/analysis/types';
import { defaultTemplate } from '../src/template';

function load(name: string): SnapshotParagraph[] {
  return fs
    .readFileSync(path.join(__dirname, 'fixtures', 'other-writers', name), 'utf8')
    .split('\n')
    .map((text): SnapshotParagraph => ({ text }));
}

const errors = (r: Report) => r.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.section ?? '-'}`);
const headingText = (r: Report, paras: SnapshotParagraph[], id: string) => {
  const s = r.sections.find((x) => x.id === id)!;
  return s.paragraph === undefined ? undefined : paras[s.paragraph].text;
};

describe('a commune report numbered with slashes, part 2 as bullets', () => {
  const paras = load('xa-thanh-son.txt');
  const r = analyze({ paragraphs: paras });

  it('finds all 30 headings, in order', () => {
    expect(r.headingsFound).toBe(defaultTemplate.sections.length);
    expect(r.findings.filter((f) => f.code === 'section-order')).toEqual([]);
    expect(headingText(r, paras, '1.II.2')).toMatch(/^2\/ Vận động nhân dân/);
    expect(headingText(r, paras, '1.II.5.2')).toBe('b/ Về xây dựng tổ chức bộ máy');
    expect(headingText(r, paras, '2.2')).toMatch(/^- Tuyên truyền, vận động/);
    expect(headingText(r, paras, '2.6')).toMatch(/^- Tăng cường củng cố/);
  });

  it('keeps the numbered lines of a section’s body as its body', () => {
    const s = r.sections.find((x) => x.id === '1.II.1')!;
    const body = paras.slice(s.body![0], s.body![1]).map((p) => p.text);
    expect(body).toContain('1/ Hội nghị đại biểu người có uy tín được tổ chức ngày 15/3/2023 với 45 đại biểu tham dự.');
    expect(body).toContain('2/ Các thôn duy trì 9 tổ tuyên truyền pháp luật.');
  });

  it('flags only the guidance sentence left in the middle of a paragraph; the block is signed', () => {
    expect(errors(r)).toEqual(['guidance-left 1.II.5.2']);
    expect(r.findings.find((f) => f.code === 'guidance-left')!.message).toContain('“Việc ứng dụng công nghệ thông tin phục vụ công tác Mặt trận (nêu rõ những lĩnh vực đã triển khai ứng dụng…).”');
    expect(r.sections.find((x) => x.id === '1.II.2.3')!.status).toBe('ok');
  });
});

describe('a ward report typed without diacritics, part 2 numbered (1)…(6), not signed', () => {
  const paras = load('phuong-khong-dau.txt');
  const r = analyze({ paragraphs: paras });

  it('finds every heading it has', () => {
    expect(r.sections.filter((s) => s.status === 'missing').map((s) => s.id)).toEqual(['1.III.3']);
    expect(headingText(r, paras, '2.4')).toBe('(4) Thuc hien dan chu, giam sat va phan bien xa hoi');
    expect(headingText(r, paras, '1.II.4')).toMatch(/^4\. Tang cuong doan ket quoc te/);
  });

  it('is not ready: the outline’s “(ký, ghi rõ họ tên)” stands in place of the name', () => {
    expect(errors(r)).toEqual(['signature-missing -']);
    expect(r.findings.find((f) => f.code === 'signature-missing')!.message).toMatch(/ghi họ tên người ký/);
    expect(r.ready).toBe(false);
  });
});
