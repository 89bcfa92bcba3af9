// The built-in outline is a shipped outline file (src/outlines/mttq-2023.json). It is valid against
// the outline schema (the task pane does not run the validator, so the test does), and it holds
// what the TypeScript module it replaced held: the facts below were taken from that module.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fromOutlineFile, toOutlineFile, type OutlineFile } from '../src/outline-file/format';
import { loadOutlineFile } from '../src/outline-file/load';
import { defaultTemplate, findTemplate, templates } from '../src/template';

const filePath = path.join(__dirname, '..', 'src', 'outlines', 'mttq-2023.json');
const text = fs.readFileSync(filePath, 'utf8');

describe('the built-in outline file', () => {
  it('is valid against the outline schema and names it', () => {
    const r = loadOutlineFile(text);
    expect(r.ok ? [] : r.errors).toEqual([]);
    const file = JSON.parse(text) as OutlineFile;
    expect(file.$schema).toBe('../outline-file/outline.schema.json');
    expect(fs.existsSync(path.join(path.dirname(filePath), file.$schema as string))).toBe(true);
  });

  it('is the default template, loaded without the validator as the validator would load it', () => {
    const r = loadOutlineFile(text);
    expect(r.ok && r.outline).toEqual(defaultTemplate);
    expect(templates).toEqual([defaultTemplate]);
    expect(findTemplate('mttq-2023')).toBe(defaultTemplate);
  });

  it('round-trips through the outline file format unchanged', () => {
    const { $schema, ...file } = JSON.parse(text) as OutlineFile;
    expect($schema).toBeDefined();
    expect(toOutlineFile(fromOutlineFile(file as OutlineFile))).toEqual(file);
  });

  it('holds the sections, levels, kinds and figures of the outline module it replaced', () => {
    expect(defaultTemplate.sections.map((s) => [s.id, s.level, s.kind, s.figures.map((f) => f.id)])).toEqual([
      ['1', 1, 'container', []],
      ['1.I', 2, 'figures', ['hoi-nghi', 'van-ban', 'kiem-tra']],
      ['1.II', 2, 'container', []],
      ['1.II.1', 3, 'figures', ['bao-cao', 'bao-chi', 'ket-nap', 'thanh-vien', 'ngay-hoi', 'bua-com']],
      ['1.II.2', 3, 'container', []],
      ['1.II.2.1', 4, 'figures', ['hai-long', 'quy-vi-nguoi-ngheo', 'nha-dai-doan-ket', 'cuu-tro']],
      ['1.II.2.2', 4, 'text', []],
      ['1.II.2.3', 4, 'text', []],
      ['1.II.2.4', 4, 'figures', ['mo-hinh']],
      ['1.II.3', 3, 'container', []],
      ['1.II.3.1', 4, 'figures', ['kien-nghi', 'ty-le-tra-loi', 'buoi-tuyen-truyen', 'nguoi-tuyen-truyen', 'giam-sat-co-so', 'hoa-giai', 'ty-le-hoa-giai', 'don-thu-tiep-nhan', 'don-thu-giai-quyet']],
      ['1.II.3.2', 4, 'figures', ['gop-y-van-ban']],
      ['1.II.3.3', 4, 'figures', ['giam-sat', 'xu-ly-kien-nghi']],
      ['1.II.3.4', 4, 'text', []],
      ['1.II.4', 3, 'figures', ['hop-tac']],
      ['1.II.5', 3, 'container', []],
      ['1.II.5.1', 4, 'text', []],
      ['1.II.5.2', 4, 'figures', ['kien-toan', 'lop-boi-duong', 'nguoi-tham-du']],
      ['1.II.5.3', 4, 'figures', ['hiep-thuong', 'phoi-hop']],
      ['1.III', 2, 'container', []],
      ['1.III.1', 3, 'text', []],
      ['1.III.2', 3, 'text', []],
      ['1.III.3', 3, 'optional', []],
      ['2', 1, 'container', []],
      ['2.1', 3, 'text', []],
      ['2.2', 3, 'text', []],
      ['2.3', 3, 'text', []],
      ['2.4', 3, 'text', []],
      ['2.5', 3, 'text', []],
      ['2.6', 3, 'text', []],
    ]);
  });

  it('holds the years, closing, number phrases and recognition words of the module it replaced', () => {
    const t = defaultTemplate;
    expect([t.id, t.year, t.planYear]).toEqual(['mttq-2023', 2023, 2024]);
    expect(t.genericPhrases).toEqual(['ở 3 cấp', 'của 3 cấp', 'Mặt trận 3 cấp', '3 cấp', '3 tháng/1 lần', 'tổng kết 20 năm', 'tổng kết 10 năm', '5 nội dung trọng tâm', '6 nội dung trọng tâm']);
    expect(t.signature).toEqual({ heading: 'TM. BAN THƯỜNG TRỰC', note: '(ký, ghi rõ họ tên)' });
    expect(t.recipients.heading).toBe('Nơi nhận:');
    expect(t.sections.filter((s) => s.aliases).map((s) => [s.id, s.aliases?.length])).toEqual([['1', 2], ['2', 2]]);
    expect(t.sections.reduce((n, s) => n + s.guidance.length, 0)).toBe(50);
    const words = t.sections.reduce((n, s) => n + s.figures.reduce((m, f) => m + f.match.length + (f.not?.length ?? 0) + (f.units?.length ?? 0), 0), 0);
    expect(words).toBe(162);
  });

  it('carries the level vocabulary of its numbering', () => {
    for (const v of defaultTemplate.levels ?? []) {
      const numberings = defaultTemplate.sections.filter((s) => s.level === v.level).map((s) => s.numbering);
      expect([...new Set(numberings)].sort()).toEqual([...v.numbering].sort());
    }
    expect(defaultTemplate.levels?.map((v) => [v.level, v.style])).toEqual([[1, 'part'], [2, 'roman'], [3, 'number'], [4, 'sub-number']]);
  });
});
