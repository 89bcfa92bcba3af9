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
    for (const s of t.sections) {
      if (s.kind !== 'figures') expect(s.figures).toEqual([]);
      else expect(s.figures.length).toBeGreaterThan(0);
      for (const f of s.figures) {
        expect(f.match.length).toBeGreaterThan(0);
        for (const alt of f.match) for (const w of alt) expect(w).toBe(w.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
      }
      expect(new Set(s.figures.map((f) => f.id)).size).toBe(s.figures.length);
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
