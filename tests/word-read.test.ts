import { encodeIgnoreProperty } from '../src/docx/ignores';
import { guidanceOf } from '../src/docx/ooxml';
import { headingLevelOf, isDocumentEmpty, normalizeWordText, readSnapshot } from '../src/word/read';
import { defaultTemplate } from '../src/template';
import type { Ignore } from '../src/analysis/types';
import { createWordFake, type FakeParagraphInit, type WordFake } from './fakes/word-fake';
import { installWordFake } from './helpers/word-setup';

let fake: WordFake;

function setup(...args: Parameters<typeof createWordFake>): WordFake {
  fake = installWordFake(...args);
  return fake;
}

const section = defaultTemplate.sections.find((s) => s.id === '1.I')!;
const guidance = guidanceOf(section, defaultTemplate);

/** A long report: headings, body text, lists, a table, a guidance placeholder, user text in a control. */
function longDocument(paragraphs: number): FakeParagraphInit[] {
  const doc: FakeParagraphInit[] = [
    { text: 'ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH', inTable: true },
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', inTable: true },
    { text: 'Phần thứ nhất\nKẾT QUẢ CÔNG TÁC MẶT TRẬN NĂM 2023', headingLevel: 1 },
    { text: 'I. CÔNG TÁC HƯỚNG DẪN, TRIỂN KHAI', headingLevel: 2 },
    ...guidance.map((text) => ({ text, contentControl: { tag: 'mttq-guidance', title: 'Hướng dẫn' } })),
    { text: 'Bản tin nội bộ', contentControl: { tag: 'user-box' } },
    { text: 'Đề mục theo mức dàn ý', outlineLevel: 3 },
    { text: 'Mục có đánh số tự động', headingLevel: 4, listString: '2.1.' },
  ];
  let i = 0;
  while (doc.length < paragraphs) doc.push({ text: `Đoạn ${++i}: đã tổ chức 06 hội nghị với 1.052 lượt người tham dự.` });
  return doc;
}

describe('readSnapshot', () => {
  it('reads a 3,000-paragraph document in exactly one sync', async () => {
    setup(longDocument(3000));
    const snapshot = await readSnapshot();
    expect(fake.stats.syncs).toBe(1);
    expect(snapshot.paragraphs).toHaveLength(3000);
    expect(snapshot.paragraphs[2999].text).toMatch(/^Đoạn \d+: đã tổ chức 06 hội nghị/);
  });

  it('gives heading levels, tables, list numbering and untouched guidance placeholders', async () => {
    setup(longDocument(30));
    const { paragraphs } = await readSnapshot();
    expect(paragraphs[0]).toMatchObject({ inTable: true, isGuidancePlaceholder: false });
    expect(paragraphs[0].headingLevel).toBeUndefined();
    // Word's line break ("\v") comes back as "\n", as the template writes it.
    expect(paragraphs[2]).toMatchObject({ text: 'Phần thứ nhất\nKẾT QUẢ CÔNG TÁC MẶT TRẬN NĂM 2023', headingLevel: 1, styleName: 'Heading 1', inTable: false });
    expect(paragraphs[3].headingLevel).toBe(2);
    const flagged = paragraphs.filter((p) => p.isGuidancePlaceholder).map((p) => p.text);
    expect(flagged).toEqual(guidance);
    const user = paragraphs.find((p) => p.text === 'Bản tin nội bộ');
    expect(user?.isGuidancePlaceholder).toBe(false);
    expect(paragraphs.find((p) => p.text === 'Đề mục theo mức dàn ý')?.headingLevel).toBe(3);
    expect(paragraphs.find((p) => p.text === 'Mục có đánh số tự động')).toMatchObject({ headingLevel: 4, numberingLabel: '2.1.' });
    expect(paragraphs[20].headingLevel).toBeUndefined();
  });

  it('does not take user text typed in a guidance control (kept by Word) for guidance', async () => {
    setup([
      { text: 'I. CÔNG TÁC HƯỚNG DẪN, TRIỂN KHAI', headingLevel: 2 },
      { text: 'Đã tổ chức 12 hội nghị quán triệt.', contentControl: { tag: 'mttq-guidance', showingPlaceholder: false, removeWhenEdited: false } },
    ]);
    const { paragraphs } = await readSnapshot();
    expect(paragraphs[1].isGuidancePlaceholder).toBe(false);
  });

  it('reads the stored ignores in the same sync, in saved order, and leaves other properties out', async () => {
    setup([{ text: 'A' }]);
    const ignores: Ignore[] = [
      { code: 'figure-missing', section: '1.I', item: 'kiem-tra', reason: 'Năm nay không kiểm tra' },
      { code: 'section-empty', section: '1.III.3', reason: 'Không có kiến nghị' },
    ];
    fake.doc.customProperties.push(
      { key: 'mttq-ignore-1', value: encodeIgnoreProperty(ignores[1]) },
      { key: 'Người soạn', value: 'Văn phòng' },
      { key: 'mttq-ignore-0', value: encodeIgnoreProperty(ignores[0]) },
      { key: 'mttq-ignore-2', value: 'hỏng' },
    );
    const snapshot = await readSnapshot();
    expect(fake.stats.syncs).toBe(1);
    expect(snapshot.ignores).toEqual(ignores);
  });

  it('works with WordApi 1.1 only: outline levels, guidance found by its control text, no ignores', async () => {
    setup(longDocument(40), { apiVersion: '1.1' });
    const snapshot = await readSnapshot();
    expect(fake.stats.syncs).toBe(1);
    expect(snapshot.ignores).toBeUndefined();
    expect(snapshot.paragraphs.map((p) => p.headingLevel).slice(0, 4)).toEqual([undefined, undefined, 1, 2]);
    expect(snapshot.paragraphs.filter((p) => p.isGuidancePlaceholder).map((p) => p.text)).toEqual(guidance);
    // The header block's table paragraphs come from body.getOoxml(): body.paragraphs leaves them out.
    expect(snapshot.paragraphs).toHaveLength(40);
    expect(snapshot.paragraphs[0]).toMatchObject({ text: 'ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH', inTable: true });
    expect(snapshot.paragraphs[2].inTable).toBeUndefined();
  });

  it('WordApi 1.1 with a text box: the table paragraphs still come from the OOXML', async () => {
    // body.getOoxml() holds the box's paragraphs and body.paragraphs does not: they must not
    // break the one-to-one match that puts the table paragraphs back.
    const doc = longDocument(40);
    doc[3] = { ...doc[3], textBox: ['Dự thảo', 'Lần 2'] };
    setup(doc, { apiVersion: '1.1' });
    const snapshot = await readSnapshot();
    expect(snapshot.paragraphs).toHaveLength(40);
    expect(snapshot.paragraphs[0]).toMatchObject({ text: 'ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH', inTable: true });
    expect(snapshot.paragraphs.map((p) => p.text)).not.toContain('Dự thảo');
  });

  it('isDocumentEmpty is true for blank paragraphs only', async () => {
    setup([{ text: '' }, { text: '  \t' }]);
    await expect(isDocumentEmpty()).resolves.toBe(true);
    fake.userTypes(1, 'Có chữ');
    await expect(isDocumentEmpty()).resolves.toBe(false);
  });
});

describe('helpers', () => {
  it('maps Word styles and outline levels to heading levels', () => {
    expect(headingLevelOf('Heading3', 10)).toBe(3);
    expect(headingLevelOf('Normal', 2)).toBe(2);
    expect(headingLevelOf('Normal', 10)).toBeUndefined();
    expect(headingLevelOf(undefined, 0)).toBeUndefined();
    expect(normalizeWordText('a\u000bb\rc')).toBe('a\nb\nc');
  });
});
