import { planRepair } from '../src/analysis/repair';
import { guidanceOf, headingLine } from '../src/docx/ooxml';
import { groupSteps, insertMissing } from '../src/word/insert';
import { createWordHost } from '../src/word/host';
import { WordHostError } from '../src/word/messages';
import type { ParagraphInfo } from '../src/word/read';
import { readSnapshot } from '../src/word/read';
import { defaultTemplate } from '../src/template';
import { createWordFake, type FakeParagraphInit, type WordFake } from './fakes/word-fake';
import { installWordFake } from './helpers/word-setup';

let fake: WordFake;

function setup(...args: Parameters<typeof createWordFake>): WordFake {
  fake = installWordFake(...args);
  return fake;
}

const sections = defaultTemplate.sections;
const wordText = (s: (typeof sections)[number]): string => headingLine(s).replace(/\n/g, '\v');
const OPTIONS = { mode: 'full' as const, unit: 'Ủy ban MTTQ Việt Nam tỉnh Bắc Ninh', place: 'Bắc Ninh', date: new Date(2023, 11, 20) };

function headingsOf(f: WordFake): Array<[string, number]> {
  return f.doc.paragraphs.filter((p) => p.outlineLevel <= 9).map((p) => [p.text, p.outlineLevel]);
}

describe('full insertion', () => {
  it('writes every heading at its level, in order, with header and signature, in at most two syncs and one undo step', async () => {
    setup();
    const host = createWordHost('vi');
    const result = await host.insertTemplate(OPTIONS);
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(fake.stats.undoSteps).toBe(1);
    expect(fake.stats.calls.insertOoxml).toBe(1);
    expect(headingsOf(fake)).toEqual(sections.map((s) => [wordText(s), s.level]));
    const texts = fake.doc.texts();
    for (const line of ['ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH', 'BAN THƯỜNG TRỰC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Bắc Ninh, ngày … tháng … năm 2023', 'BÁO CÁO', 'Nơi nhận:', 'TM. BAN THƯỜNG TRỰC', '(ký, ghi rõ họ tên)']) {
      expect(texts).toContain(line);
    }
    expect(texts.indexOf('TM. BAN THƯỜNG TRỰC')).toBeGreaterThan(texts.indexOf(wordText(sections[sections.length - 1])));
    expect(fake.doc.paragraphs.find((p) => p.text === 'TM. BAN THƯỜNG TRỰC')?.tableNestingLevel).toBe(1);
    expect(result.headingsAdded).toBe(sections.length);
    // Every paragraph written is counted (the document's own empty paragraph is not).
    expect(result.paragraphs).toBe(fake.doc.paragraphs.length - 1);
    // Reading it back: guidance flagged, headings recognised.
    const snapshot = await readSnapshot();
    expect(snapshot.paragraphs.filter((p) => p.isGuidancePlaceholder).map((p) => p.text)).toEqual(sections.flatMap((s) => guidanceOf(s, defaultTemplate)));
  });

  it('refuses a document that has text, and changes nothing', async () => {
    setup([{ text: 'Báo cáo của tôi' }]);
    const host = createWordHost('vi');
    await expect(host.insertTemplate(OPTIONS)).rejects.toThrow(/Văn bản đã có nội dung/);
    expect(fake.doc.texts()).toEqual(['Báo cáo của tôi']);
    expect(fake.stats.undoSteps).toBe(0);
  });

  it('inserts once when clicked twice; a different request meanwhile is refused', async () => {
    setup();
    const host = createWordHost('vi');
    const first = host.insertTemplate(OPTIONS);
    const second = host.insertTemplate(OPTIONS);
    const other = host.insertTemplate({ ...OPTIONS, mode: 'cursor' });
    await expect(other).rejects.toBeInstanceOf(WordHostError);
    await expect(other).rejects.toThrow(/Đang chèn mẫu báo cáo/);
    expect(second).toBe(first);
    await Promise.all([first, second]);
    expect(fake.stats.calls.insertOoxml).toBe(1);
    expect(headingsOf(fake)).toHaveLength(sections.length);
    // Once finished, a new request runs (and is refused: the document is no longer empty).
    await expect(host.insertTemplate(OPTIONS)).rejects.toThrow(/Văn bản đã có nội dung/);
  });

  it('still inserts with WordApi 1.1 only', async () => {
    setup([], { apiVersion: '1.1' });
    const host = createWordHost('vi');
    expect(host.capabilities.insert).toBe(true);
    await host.insertTemplate(OPTIONS);
    expect(headingsOf(fake)).toEqual(sections.map((s) => [wordText(s), s.level]));
    const snapshot = await host.readSnapshot();
    expect(snapshot.paragraphs.filter((p) => p.headingLevel !== undefined)).toHaveLength(sections.length);
  });
});

describe('insertion at the cursor', () => {
  it('inserts the skeleton after the selection and leaves every other paragraph as it was', async () => {
    setup([{ text: 'Kính gửi: Ban Thường trực' }, { text: '' }, { text: 'Phụ lục kèm theo' }]);
    fake.userSelects(1);
    const before = fake.doc.paragraphs.slice();
    await createWordHost('vi').insertTemplate({ ...OPTIONS, mode: 'cursor' });
    // One sync reads where the cursor is, one inserts.
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.undoSteps).toBe(1);
    const after = fake.doc.paragraphs;
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[after.length - 1]).toBe(before[2]);
    expect(after[after.length - 1].text).toBe('Phụ lục kèm theo');
    expect(headingsOf(fake)).toEqual(sections.map((s) => [wordText(s), s.level]));
  });
});

describe('repair of missing headings', () => {
  /** A report with some headings removed, user text everywhere. */
  function partialReport(): FakeParagraphInit[] {
    const keep = new Set(['1', '1.I', '1.II', '1.II.1', '1.II.3', '1.II.3.2', '1.III', '1.III.2', '2', '2.2', '2.6']);
    const doc: FakeParagraphInit[] = [
      { text: 'ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH', inTable: true },
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', inTable: true },
      { text: 'BÁO CÁO' },
    ];
    for (const s of sections) {
      if (!keep.has(s.id)) continue;
      doc.push({ text: headingLine(s), headingLevel: s.level });
      doc.push({ text: `Nội dung của mục ${s.id}: đã tổ chức 06 hội nghị.` });
    }
    doc.push({ text: 'Nơi nhận:', inTable: true }, { text: 'TM. BAN THƯỜNG TRỰC', inTable: true });
    return doc;
  }

  it('adds only the missing headings, in outline order, and keeps every existing paragraph', async () => {
    setup(partialReport());
    const before = fake.doc.paragraphs.map((p) => ({ p, text: p.text }));
    const host = createWordHost('vi');
    const result = await host.insertTemplate({ ...OPTIONS, mode: 'missing' });
    expect(fake.stats.syncs).toBe(2);
    // Every heading of the outline, once, in order, at its level.
    expect(headingsOf(fake)).toEqual(sections.map((s) => [wordText(s), s.level]));
    expect(result.headingsAdded).toBe(sections.length - 11);
    // Existing paragraphs: same objects, same text, same relative order.
    const after = fake.doc.paragraphs;
    let last = -1;
    for (const { p, text } of before) {
      const at = after.indexOf(p);
      expect(at).toBeGreaterThan(last);
      expect(p.text).toBe(text);
      last = at;
    }
    // Each user body stays right under its own heading.
    const idx = (text: string): number => fake.doc.texts().indexOf(text);
    expect(idx('Nội dung của mục 1.II.3: đã tổ chức 06 hội nghị.')).toBe(idx(wordText(sections.find((s) => s.id === '1.II.3')!)) + 1);
    // Nothing went into the tables.
    expect(after.filter((p) => p.tableNestingLevel > 0).map((p) => p.text)).toEqual(['ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Nơi nhận:', 'TM. BAN THƯỜNG TRỰC']);
    // Repair of a complete document adds nothing.
    const again = await host.insertTemplate({ ...OPTIONS, mode: 'missing' });
    expect(again.headingsAdded).toBe(0);
  });

  it('puts a heading after a guidance placeholder, never inside it', async () => {
    const s1 = sections.find((s) => s.id === '1.I')!;
    setup([
      { text: headingLine(s1), headingLevel: 2 },
      ...guidanceOf(s1).map((text) => ({ text, contentControl: { tag: 'mttq-guidance' } })),
      { text: 'Đoạn cuối' },
    ]);
    const last = guidanceOf(s1).length; // index of the last guidance paragraph
    await insertMissing([
      { sectionId: '1.II', after: last - 1 },
      { sectionId: '1.II.1', after: last },
    ]);
    const texts = fake.doc.texts();
    expect(texts.slice(last + 1, last + 3)).toEqual([wordText(sections.find((s) => s.id === '1.II')!), expect.any(String)]);
    expect(texts.indexOf(wordText(sections.find((s) => s.id === '1.II.1')!))).toBeGreaterThan(texts.indexOf(wordText(sections.find((s) => s.id === '1.II')!)));
    // The original placeholder is intact and holds only guidance.
    const control = fake.doc.paragraphs[1].control;
    expect(fake.doc.paragraphs.filter((p) => p.control === control).map((p) => p.text)).toEqual(guidanceOf(s1));
    expect(texts[texts.length - 1]).toBe('Đoạn cuối');
  });

  it('keeps the given order of steps sharing an anchor, and inserts at the start for -1', async () => {
    setup([{ text: 'Văn bản của người dùng' }]);
    const result = await insertMissing([
      { sectionId: '1.I', after: -1 },
      { sectionId: '1.II', after: -1 },
      { sectionId: '2', after: 0 },
      { sectionId: '2.1', after: 0 },
    ]);
    expect(result.headingsAdded).toBe(4);
    expect(fake.stats.calls.insertOoxml).toBe(2);
    expect(fake.stats.undoSteps).toBe(2);
    expect(headingsOf(fake).map(([t]) => t)).toEqual(['1.I', '1.II', '2', '2.1'].map((id) => wordText(sections.find((s) => s.id === id)!)));
    const texts = fake.doc.texts();
    expect(texts.indexOf('Văn bản của người dùng')).toBeLessThan(texts.indexOf(wordText(sections.find((s) => s.id === '2')!)));
    expect(texts.indexOf('Văn bản của người dùng')).toBeGreaterThan(texts.indexOf(wordText(sections.find((s) => s.id === '1.II')!)));
  });

  it('uses the planner on the document as it is, in one batch', async () => {
    setup(partialReport());
    const snapshot = await readSnapshot();
    const steps = planRepair(snapshot, defaultTemplate);
    fake.stats.syncs = 0;
    await insertMissing(steps);
    expect(fake.stats.syncs).toBe(2);
    expect(headingsOf(fake)).toEqual(sections.map((s) => [wordText(s), s.level]));
  });

  it('groups anchors bottom-up and moves anchors in tables or placeholders after their container', () => {
    const info: ParagraphInfo[] = [
      { controlTag: '', controlId: -1, tableNesting: 1 },
      { controlTag: '', controlId: -1, tableNesting: 2 },
      { controlTag: '', controlId: -1, tableNesting: 1 },
      { controlTag: '', controlId: -1, tableNesting: 0 },
      { controlTag: 'mttq-guidance', controlId: 7, tableNesting: 0 },
      { controlTag: 'mttq-guidance', controlId: 7, tableNesting: 0 },
      { controlTag: 'user', controlId: 8, tableNesting: 0 },
    ];
    const groups = groupSteps(
      [
        { sectionId: '1', after: 1 },
        { sectionId: '1.I', after: 0 },
        { sectionId: '1.II', after: 4 },
        { sectionId: '1.II.1', after: 5 },
        { sectionId: '1.III', after: 6 },
        { sectionId: 'nope', after: 3 },
      ],
      info,
    );
    expect(groups.map((g) => [g.position, g.target.kind, g.sections.map((s) => s.id)])).toEqual([
      [6, 'paragraph', ['1.III']],
      [5, 'control', ['1.II', '1.II.1']],
      [2, 'table', ['1.I', '1']],
    ]);
  });

  it('is refused with a reason on WordApi 1.1', async () => {
    setup(partialReport(), { apiVersion: '1.1' });
    await expect(createWordHost('vi').insertTemplate({ ...OPTIONS, mode: 'missing' })).rejects.toThrow(/chưa hỗ trợ bổ sung các mục còn thiếu \(cần Word 2019 trở lên/);
    expect(fake.stats.undoSteps).toBe(0);
  });
});
