// Reading, commenting and storing in real Word, as the fake models it: table paragraphs missing
// from body.paragraphs under WordApi 1.1/1.2, an undocumented body-text outline level, comments
// with replies, comment calls that fail (OfficeDev/office-js#6551, #6746), custom properties that
// do not mark the document as changed (#1059).
import { COMMENT_MARKER } from '../src/analysis/messages';
import type { Ignore } from '../src/analysis/types';
import { createWordHost } from '../src/word/host';
import { readSnapshot } from '../src/word/read';
import type { FakeParagraphInit, WordFake } from './fakes/word-fake';
import { installWordFake } from './helpers/word-setup';

let fake: WordFake;

const SIGNED: FakeParagraphInit[] = [
  { text: 'ỦY BAN MTTQ VIỆT NAM XÃ AN BÌNH', inTable: true },
  { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', inTable: true },
  { text: 'BÁO CÁO' },
  { text: 'I. CÔNG TÁC TUYÊN TRUYỀN', headingLevel: 2 },
  { text: 'Đã tổ chức 06 hội nghị.' },
  { text: 'Nơi nhận:', inTable: true },
  { text: '- Lưu VT.', inTable: true },
  { text: 'TM. BAN THƯỜNG TRỰC', inTable: true },
  { text: 'Sau bảng' },
];

describe('paragraphs in tables under WordApi 1.1/1.2', () => {
  it.each(['1.1', '1.2'] as const)('WordApi %s: the signature block and "Nơi nhận" are read from the OOXML, in place', async (apiVersion) => {
    fake = installWordFake(SIGNED, { apiVersion });
    const host = createWordHost('vi');
    const snapshot = await host.readSnapshot();
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual(SIGNED.map((p) => p.text));
    expect(snapshot.paragraphs.map((p) => Boolean(p.inTable))).toEqual(SIGNED.map((p) => Boolean(p.inTable)));
    expect(snapshot.paragraphs[3].headingLevel).toBe(2);
    expect(fake.stats.syncs).toBe(1);
    // Selecting follows Word's own numbering of body.paragraphs (without the table paragraphs).
    await host.selectParagraph(8);
    expect(fake.doc.texts()[fake.stats.selected ?? -1]).toBe('Sau bảng');
    await expect(host.selectParagraph(5)).rejects.toThrow(/nằm trong bảng/);
  });

  it('the fake leaves table paragraphs out of body.paragraphs under 1.1, as documented', async () => {
    fake = installWordFake(SIGNED, { apiVersion: '1.1' });
    const texts = await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      return paragraphs.items.map((p) => p.text);
    });
    expect(texts).toEqual(['BÁO CÁO', 'I. CÔNG TÁC TUYÊN TRUYỀN', 'Đã tổ chức 06 hội nghị.', 'Sau bảng']);
  });
});

describe('the outline level of body text', () => {
  it.each([true, false])('a body-text value that looks like a level (9) never makes headings (detailed read: %s)', async (detailed) => {
    fake = installWordFake(
      [{ text: 'I. CÔNG TÁC', headingLevel: 2 }, { text: 'Đoạn một.' }, { text: 'Đoạn hai.' }, { text: 'Mức dàn ý', outlineLevel: 3 }],
      { apiVersion: detailed ? '1.9' : '1.1', bodyOutlineLevel: 9 },
    );
    const snapshot = await readSnapshot({ detailed, ignores: false });
    expect(snapshot.paragraphs.map((p) => p.headingLevel)).toEqual([2, undefined, undefined, 3]);
  });
});

describe('comments with replies', () => {
  const DOC: FakeParagraphInit[] = [{ text: 'I. CÔNG TÁC', headingLevel: 2 }, { text: 'Đã tổ chức hội nghị.' }, { text: 'Kết luận.' }];

  it('an own comment somebody answered is resolved, not deleted: the answer stays', async () => {
    fake = installWordFake(DOC, { apiVersion: '1.9' });
    const host = createWordHost('vi');
    await host.writeComments([{ paragraph: 1, text: 'Thiếu số liệu.' }, { paragraph: 2, text: 'Thiếu ngày.' }]);
    fake.userReplies(0, 'Đã bổ sung số liệu, anh xem lại.');

    const outcome = await host.writeComments([{ paragraph: 2, text: 'Thiếu chữ ký.' }]);
    expect(outcome).toEqual({ count: 1, kept: 1, failed: 0 });
    const answered = fake.doc.comments.find((c) => c.replies.length > 0);
    expect(answered).toMatchObject({ content: `${COMMENT_MARKER} Thiếu số liệu.`, resolved: true });
    expect(answered?.replies.map((r) => r.content)).toEqual(['Đã bổ sung số liệu, anh xem lại.']);
    expect(fake.doc.comments.filter((c) => !c.resolved).map((c) => c.content)).toEqual([`${COMMENT_MARKER} Thiếu chữ ký.`]);

    await expect(host.removeComments()).resolves.toEqual({ count: 1, kept: 1, failed: 0 });
    expect(fake.doc.comments.map((c) => c.replies.length)).toEqual([1]);
  });
});

describe('comment calls that fail', () => {
  const DOC: FakeParagraphInit[] = [{ text: 'A' }, { text: 'B' }, { text: 'C' }];

  it('Word refuses the new comments (#6746): the old ones are still there, the message says so', async () => {
    fake = installWordFake(DOC, { apiVersion: '1.9', commentFailures: { insertAfter: 2 } });
    const host = createWordHost('vi');
    await host.writeComments([{ paragraph: 0, text: 'Cũ một.' }]);
    // The second batch: its first comment gets in, the second is refused.
    await expect(host.writeComments([{ paragraph: 1, text: 'Mới một.' }, { paragraph: 2, text: 'Mới hai.' }])).rejects.toThrow(
      /không ghi được nhận xét vào văn bản; văn bản vẫn như trước/,
    );
    expect(fake.doc.comments.map((c) => c.content)).toEqual([`${COMMENT_MARKER} Cũ một.`]);
  });

  it('Word cannot delete an old comment (#6551): the new ones are written, the others removed, that one counted', async () => {
    fake = installWordFake(DOC, { apiVersion: '1.9', commentFailures: { deleteContent: 'Khó xóa' } });
    const host = createWordHost('vi');
    await host.writeComments([{ paragraph: 0, text: 'Khó xóa.' }, { paragraph: 1, text: 'Dễ xóa.' }]);
    const outcome = await host.writeComments([{ paragraph: 2, text: 'Mới.' }]);
    expect(outcome).toEqual({ count: 1, kept: 0, failed: 1 });
    expect(fake.doc.comments.map((c) => c.content).sort()).toEqual([`${COMMENT_MARKER} Khó xóa.`, `${COMMENT_MARKER} Mới.`]);
  });
});

describe('ignores stored in custom properties', () => {
  it('Word does not count the change as unsaved (#1059): the host asks for a reminder to save', async () => {
    fake = installWordFake([{ text: 'A' }], { apiVersion: '1.9' });
    const host = createWordHost('vi');
    const ignore: Ignore = { code: 'figure-missing', section: '1.I', item: 'conferences', reason: 'Đã báo cáo riêng' };
    await expect(host.saveIgnores([ignore])).resolves.toEqual({ saveReminder: true });
    expect(fake.doc.saved).toBe(true);
    // Once the text changed, Word asks by itself when closing.
    fake.userTypes(0, 'B');
    await expect(host.saveIgnores([])).resolves.toEqual({ saveReminder: false });
  });
});
