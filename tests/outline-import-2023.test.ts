// Importing the official 2023 outline (the project's copy of its text export) gives the built-in
// outline: the same 30 sections, levels, kinds and headings word for word, and the same statuses
// when the project's reports are checked with it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importOutline } from '../src/analysis/outline-import/import';
import { snapshotFromText } from '../src/analysis/outline-import/lines';
import { analyze } from '../src/analysis/report';
import type { SnapshotParagraph } from '../src/analysis/types';
import { readDocx } from '../src/docx/read';
import { defaultTemplate as mttq2023 } from '../src/template';

const root = path.join(__dirname, '..');
const officialText = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'outline', 'mttq-2023-official.txt'), 'utf8');
const { outline, notes } = importOutline(snapshotFromText(officialText), { id: 'imported-2023' });
const nfc = (s: string | undefined): string | undefined => s?.normalize('NFC');

describe('the imported 2023 outline', () => {
  it('has the built-in sections: ids, levels and kinds, in order', () => {
    expect(outline.sections.map((s) => [s.id, s.level, s.kind])).toEqual(mttq2023.sections.map((s) => [s.id, s.level, s.kind]));
    expect(outline.sections).toHaveLength(30);
  });

  it('writes each heading word for word: numbering, title and the guidance on the heading line', () => {
    for (const s of mttq2023.sections) {
      const got = outline.sections.find((x) => x.id === s.id)!;
      expect([got.numbering, got.title, got.headingGuidance]).toEqual([s.numbering, nfc(s.title), nfc(s.headingGuidance)]);
    }
  });

  it('keeps each guidance paragraph and lead-in sentence where the built-in outline has it', () => {
    for (const s of mttq2023.sections) {
      const got = outline.sections.find((x) => x.id === s.id)!;
      expect(got.guidance).toEqual(s.guidance.map(nfc));
      expect(got.lead ?? []).toEqual((s.lead ?? []).map(nfc));
    }
  });

  it('reads the title, the years, the closing note, the recipients and the signature', () => {
    expect(outline.title).toEqual(mttq2023.title);
    expect([outline.year, outline.planYear]).toEqual([2023, 2024]);
    expect(outline.closingGuidance).toEqual(mttq2023.closingGuidance);
    expect(outline.recipients).toEqual(mttq2023.recipients);
    expect(outline.signature).toEqual(mttq2023.signature);
    expect(outline.title.join(' ')).not.toContain('bookmark');
    expect(notes).toEqual([]);
  });

  it('asks for figures exactly in the sections whose guidance asks for a number', () => {
    for (const s of outline.sections) expect([s.id, s.figures.length > 0]).toEqual([s.id, s.kind === 'figures']);
    const i = outline.sections.find((s) => s.id === '1.I')!;
    expect(i.figures.map((f) => f.source)).toEqual([
      'số hội nghị quán triệt, triển khai chủ trương của Đảng, công tác Mặt trận ở 3 cấp',
      'số lượng các văn bản triển khai, hướng dẫn ở 3 cấp',
      'số cuộc kiểm tra ở 3 cấp',
    ]);
    // A list of what is counted is one item, and each member of the list recognises it.
    const exchange = outline.sections.find((s) => s.id === '1.II.4')!.figures;
    expect(exchange).toHaveLength(1);
    expect(exchange[0].match).toEqual(expect.arrayContaining([['chuong trinh hop tac'], ['ban ghi nho'], ['giao luu']]));
    expect(i.figures[0]).toMatchObject({ match: expect.arrayContaining([['hoi nghi']]), units: ['hội nghị'] });
    const rates = outline.sections.find((s) => s.id === '1.II.3.1')!.figures.filter((f) => f.rate).map((f) => f.label);
    expect(rates).toEqual(['Tỷ lệ các ý kiến, kiến nghị được các cơ quan chức năng trả lời, giải quyết', 'Tỷ lệ hòa giải thành']);
    // "xử lý một số vụ việc" in 3.2 asks for nothing; "số lượng, tên văn bản được góp ý" does.
    expect(outline.sections.find((s) => s.id === '1.II.3.2')!.figures.map((f) => f.label)).toEqual(['Số lượng, tên văn bản được góp ý']);
  });

  it("derives the outline's own number phrases, and the real count of a list the outline miscounts", () => {
    expect(outline.genericPhrases).toEqual(expect.arrayContaining(['ở 3 cấp', '3 tháng/1 lần', '20 năm', '10 năm', '5 nội dung trọng tâm', '6 nội dung trọng tâm']));
    expect(outline.genericPhrases.some((p) => /2013|2023|303|217/u.test(p))).toBe(false);
  });
});

describe('checking the project reports with the imported outline', () => {
  const samples = fs.readdirSync(path.join(root, 'samples')).filter((f) => f.endsWith('.docx'));
  const cases: [string, SnapshotParagraph[]][] = [
    ...samples.map((f): [string, SnapshotParagraph[]] => [f, readDocx(fs.readFileSync(path.join(root, 'samples', f))).paragraphs]),
    [
      'tan-yen.txt',
      fs
        .readFileSync(path.join(root, 'tests', 'fixtures', 'handwritten', 'tan-yen.txt'), 'utf8')
        .split('\n')
        .filter((l) => l.length > 0)
        .map((text) => ({ text })),
    ],
  ];

  it.each(cases)('%s gets the same statuses and readiness as with the built-in outline', (_name, paragraphs) => {
    const builtIn = analyze({ paragraphs }, { template: mttq2023 });
    const imported = analyze({ paragraphs }, { template: outline });
    expect(imported.sections.map((s) => [s.id, s.status])).toEqual(builtIn.sections.map((s) => [s.id, s.status]));
    expect(imported.ready).toBe(builtIn.ready);
    expect(imported.template).toBe('imported-2023');
  });
});
