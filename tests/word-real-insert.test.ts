// Inserting into real Word, as the fake models it: the last paragraph of a package merges with
// what follows (OfficeDev/office-js#2914, #866), resident heading styles carry list numbering, and
// the cursor may be in a table cell, a content control or the header.
import { headingLine } from '../src/docx/ooxml';
import { defaultTemplate } from '../src/template';
import { createWordHost } from '../src/word/host';
import { headingsNotLanded } from '../src/word/landing';
import { readSnapshot } from '../src/word/read';
import type { FakeParagraphInit, WordFake } from './fakes/word-fake';
import { installWordFake } from './helpers/word-setup';

const sections = defaultTemplate.sections;
const byId = (id: string) => sections.find((s) => s.id === id) ?? (() => { throw new Error(id); })();
const wordText = (id: string): string => headingLine(byId(id)).replace(/\n/g, '\v');
const OPTIONS = { unit: 'Ủy ban MTTQ Việt Nam tỉnh Bắc Ninh', place: 'Bắc Ninh', date: new Date(2023, 11, 20) };

/** A report with every heading, each followed by a sentence, except those in `omit`. */
function report(omit: string[] = []): FakeParagraphInit[] {
  const out: FakeParagraphInit[] = [{ text: 'ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH', inTable: true }];
  for (const s of sections) {
    if (omit.includes(s.id)) continue;
    out.push({ text: headingLine(s), headingLevel: s.level });
    out.push({ text: `Nội dung của mục ${s.numbering} đã viết, có 06 hội nghị.` });
  }
  return out;
}

let fake: WordFake;

describe('the last paragraph of an inserted package', () => {
  it('merges into the next paragraph: the user text after a repaired heading stays as it was', async () => {
    fake = installWordFake(report(['1.II']), { apiVersion: '1.9' });
    const before = fake.doc.texts();
    const result = await createWordHost('vi').insertTemplate({ ...OPTIONS, mode: 'missing' });
    expect(result.headingsAdded).toBeGreaterThan(0);
    expect(result.notLanded).toBeUndefined();
    // No guidance line glued to the start of the paragraph that follows, no text lost: every
    // paragraph of the document is still there, word for word, in order.
    expect(fake.doc.texts().filter((t) => before.includes(t))).toEqual(before);
    const added = fake.doc.paragraphs.find((p) => p.text === wordText('1.II'));
    expect(added).toMatchObject({ styleBuiltIn: `Heading${byId('1.II').level}` });
  });

  it('is removed when Word leaves it as an extra empty paragraph', async () => {
    fake = installWordFake(report(['1.II']), { apiVersion: '1.9', ooxmlLastParagraph: 'extra' });
    const emptyBefore = fake.doc.texts().filter((t) => t === '').length;
    await createWordHost('vi').insertTemplate({ ...OPTIONS, mode: 'missing' });
    expect(fake.doc.texts().filter((t) => t === '').length).toBe(emptyBefore);
    expect(fake.stats.calls.deleteParagraph).toBeGreaterThan(0);
  });

  it('the whole outline into an empty document keeps exactly one empty paragraph at the end', async () => {
    for (const mode of ['merge', 'extra'] as const) {
      fake = installWordFake([], { apiVersion: '1.9', ooxmlLastParagraph: mode });
      const result = await createWordHost('vi').insertTemplate({ ...OPTIONS, mode: 'full' });
      const texts = fake.doc.texts();
      expect(texts[texts.length - 1]).toBe('');
      expect(texts[texts.length - 2]).not.toBe('');
      expect(result.paragraphs).toBe(texts.length - 1);
    }
  });

  it('a heading Word did not keep with its style is reported by its numbering and title', () => {
    const s = byId('1.II');
    const t = byId('1.III');
    const paragraphs = {
      items: [
        { text: headingLine(s).replace(/\n/g, '\v'), styleBuiltIn: `Heading${s.level}` },
        { text: headingLine(t), styleBuiltIn: 'Normal' },
      ],
    } as unknown as Word.ParagraphCollection;
    expect(headingsNotLanded([s, t], paragraphs)).toEqual([`${t.numbering} ${t.title}`]);
  });
});

describe('resident heading styles linked to a list', () => {
  it('the inserted headings cancel the numbering: "I. I. CÔNG TÁC …" never shows', async () => {
    fake = installWordFake([], { apiVersion: '1.9', headingNumbering: true });
    await createWordHost('vi').insertTemplate({ ...OPTIONS, mode: 'full' });
    const headings = fake.doc.paragraphs.filter((p) => /^Heading[1-4]$/.test(p.styleBuiltIn));
    expect(headings).toHaveLength(sections.length);
    expect(headings.filter((p) => p.listString !== undefined).map((p) => p.text)).toEqual([]);
    const snapshot = await readSnapshot({ detailed: true, ignores: false });
    expect(snapshot.paragraphs.filter((p) => p.numberingLabel !== undefined)).toEqual([]);
  });

  it('so do the repaired headings', async () => {
    fake = installWordFake(report(['1.II', '2.3']), { apiVersion: '1.9', headingNumbering: true });
    await createWordHost('vi').insertTemplate({ ...OPTIONS, mode: 'missing' });
    const added = fake.doc.paragraphs.filter((p) => p.text === wordText('1.II') || p.text === wordText('2.3'));
    expect(added).toHaveLength(2);
    for (const p of added) expect(p.listString).toBeUndefined();
  });
});

describe('insertion at the cursor', () => {
  const doc: FakeParagraphInit[] = [
    { text: 'Kính gửi: Ban Thường trực' },
    { text: 'Ô thứ nhất', inTable: true },
    { text: 'Ô thứ hai', inTable: true },
    { text: 'Ghi chú trong khung', contentControl: { tag: 'user-box' } },
    { text: 'Phụ lục kèm theo' },
  ];

  it('inside a table cell: the outline goes after the table, never into the cell', async () => {
    fake = installWordFake(doc, { apiVersion: '1.9' });
    const cellTable = fake.doc.paragraphs[1].tableId;
    fake.userSelects(1);
    await createWordHost('vi').insertTemplate({ ...OPTIONS, mode: 'cursor' });
    expect(fake.doc.paragraphs.filter((p) => p.tableId === cellTable).map((p) => p.text)).toEqual(['Ô thứ nhất', 'Ô thứ hai']);
    const texts = fake.doc.texts();
    expect(texts.indexOf(wordText('1.I'))).toBeGreaterThan(texts.indexOf('Ô thứ hai'));
    expect(fake.doc.paragraphs.find((p) => p.text === wordText('1.I'))?.tableNestingLevel).toBe(0);
  });

  it('inside a content control: the outline goes after the control, not into it', async () => {
    fake = installWordFake(doc, { apiVersion: '1.9' });
    fake.userSelects(3);
    const control = fake.doc.paragraphs[3].control;
    await createWordHost('vi').insertTemplate({ ...OPTIONS, mode: 'cursor' });
    expect(fake.doc.paragraphs.filter((p) => p.control === control).map((p) => p.text)).toEqual(['Ghi chú trong khung']);
    const texts = fake.doc.texts();
    expect(texts.indexOf(wordText('1.I'))).toBeGreaterThan(texts.indexOf('Ghi chú trong khung'));
    expect(texts[texts.length - 1]).toBe('Phụ lục kèm theo');
  });

  it('in a guidance placeholder: after the placeholder', async () => {
    fake = installWordFake(
      [{ text: 'I. CÔNG TÁC', headingLevel: 2 }, { text: 'Hướng dẫn viết', contentControl: { tag: 'mttq-guidance' } }, { text: 'Hết' }],
      { apiVersion: '1.9' },
    );
    fake.userSelects(1);
    await createWordHost('vi').insertTemplate({ ...OPTIONS, mode: 'cursor' });
    expect(fake.doc.paragraphs.filter((p) => p.control?.tag === 'mttq-guidance' && p.text === 'Hướng dẫn viết')).toHaveLength(1);
    expect(fake.doc.texts().indexOf(wordText('1.I'))).toBeGreaterThan(1);
    const added = fake.doc.paragraphs.find((p) => p.text === wordText('1.I'));
    expect(added?.control).toBeUndefined();
  });

  it('in the header: refused with the reason, nothing written anywhere', async () => {
    fake = installWordFake(doc, { apiVersion: '1.9' });
    fake.userSelectsHeader();
    const before = fake.doc.texts();
    await expect(createWordHost('vi').insertTemplate({ ...OPTIONS, mode: 'cursor' })).rejects.toThrow(/đầu trang hoặc chân trang/);
    expect(fake.doc.texts()).toEqual(before);
    expect(fake.doc.header.map((p) => p.text)).toEqual(['']);
  });

  it('in a table inside a table: refused with the reason', async () => {
    fake = installWordFake([{ text: 'Ngoài' }, { text: 'Ô ngoài', inTable: 1 }, { text: 'Ô trong', inTable: 2 }, { text: 'Sau' }], { apiVersion: '1.9' });
    fake.userSelects(2);
    const before = fake.doc.texts();
    await expect(createWordHost('vi').insertTemplate({ ...OPTIONS, mode: 'cursor' })).rejects.toThrow(/bảng nằm trong bảng khác/);
    expect(fake.doc.texts()).toEqual(before);
  });
});
