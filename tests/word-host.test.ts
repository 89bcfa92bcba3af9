import type { Ignore } from '../src/analysis/types';
import { COMMENT_MARKER } from '../src/word/comments';
import { createWordHost } from '../src/word/host';
import { createWordFake, type WordFake } from './fakes/word-fake';
import { installWordFake } from './helpers/word-setup';

let fake: WordFake;

function setup(...args: Parameters<typeof createWordFake>): WordFake {
  fake = installWordFake(...args);
  return fake;
}

const DOC = [
  { text: 'I. CÔNG TÁC HƯỚNG DẪN, TRIỂN KHAI', headingLevel: 2 },
  { text: 'Đã tổ chức hội nghị quán triệt.' },
  { text: '1. Ưu điểm', headingLevel: 3 },
  { text: 'Nhiều kết quả tốt.' },
];

describe('comments', () => {
  it('writes one marked comment per request, replaces its earlier ones, and removes only its own', async () => {
    setup(DOC);
    fake.userComments(3, 'Anh xem lại đoạn này', 'Trần Thị B');
    const host = createWordHost('vi');
    expect(host.capabilities.comments).toBe(true);

    const written = await host.writeComments([
      { paragraph: 1, text: 'Chưa thấy: Số hội nghị' },
      { paragraph: 2, text: 'Mục còn nội dung hướng dẫn' },
      { paragraph: 99, text: 'đoạn không còn' },
    ]);
    expect(written).toEqual({ count: 2, kept: 0, failed: 0 });
    expect(fake.stats.syncs).toBe(2);
    const ours = () => fake.doc.comments.filter((c) => c.content.startsWith(COMMENT_MARKER));
    expect(ours().map((c) => [fake.doc.paragraphs.findIndex((p) => p.uid === c.paragraphUid), c.content])).toEqual([
      [1, `${COMMENT_MARKER} Chưa thấy: Số hội nghị`],
      [2, `${COMMENT_MARKER} Mục còn nội dung hướng dẫn`],
    ]);

    // Writing again replaces the add-in's comments, never adds to them; no sync per comment.
    fake.stats.syncs = 0;
    await host.writeComments([{ paragraph: 3, text: 'Một nhận xét mới' }]);
    // Read, write the new ones, then take out the old ones (a failure in between leaves the old).
    expect(fake.stats.syncs).toBe(3);
    expect(ours().map((c) => c.content)).toEqual([`${COMMENT_MARKER} Một nhận xét mới`]);
    // Texts from the engine already carry the marker: it is not written twice.
    await host.writeComments([{ paragraph: 3, text: `${COMMENT_MARKER} Thiếu mục “4.”` }]);
    expect(ours().map((c) => c.content)).toEqual([`${COMMENT_MARKER} Thiếu mục “4.”`]);
    expect(fake.doc.comments).toHaveLength(2);

    const removed = await host.removeComments();
    expect(removed).toEqual({ count: 1, kept: 0, failed: 0 });
    expect(fake.doc.comments.map((c) => [c.content, c.authorName])).toEqual([['Anh xem lại đoạn này', 'Trần Thị B']]);
    // Document text untouched.
    expect(fake.doc.texts()).toEqual(DOC.map((d) => d.text));
    await expect(host.removeComments()).resolves.toEqual({ count: 0, kept: 0, failed: 0 });
  });
});

describe('ignores', () => {
  it('round-trips through custom properties, replacing the old list and keeping other properties', async () => {
    setup(DOC);
    fake.doc.customProperties.push({ key: 'Người soạn', value: 'Văn phòng' });
    const host = createWordHost('vi');
    const first: Ignore[] = [
      { code: 'figure-missing', section: '1.I', item: 'kiem-tra', reason: 'Năm nay không tổ chức kiểm tra' },
      { code: 'section-empty', section: '1.III.3', reason: 'Không có kiến nghị' },
      { code: 'recipients-missing', section: '', reason: 'Gửi qua hệ thống điện tử' },
    ];
    await host.saveIgnores(first);
    expect(fake.stats.syncs).toBe(2);
    expect((await host.readSnapshot()).ignores).toEqual(first);

    const second = first.slice(1, 2);
    await host.saveIgnores(second);
    expect((await host.readSnapshot()).ignores).toEqual(second);
    expect(fake.doc.customProperties.map((p) => p.key)).toEqual(['Người soạn', 'mttq-ignore-0']);

    await host.saveIgnores([]);
    expect((await host.readSnapshot()).ignores).toEqual([]);
    expect(fake.doc.customProperties.map((p) => p.key)).toEqual(['Người soạn']);
  });
});

describe('selection', () => {
  it('selects the paragraph of a finding and refuses an index that no longer exists', async () => {
    setup(DOC);
    const host = createWordHost('vi');
    await host.selectParagraph(2);
    expect(fake.stats.selected).toBe(2);
    await expect(host.selectParagraph(10)).rejects.toThrow(/Không tìm thấy đoạn văn/);
    expect(fake.stats.selected).toBe(2);
  });
});

describe('capabilities', () => {
  it('on WordApi 1.1 only: insert, read and select work; comments, ignores, events are off with reasons', async () => {
    setup(DOC, { apiVersion: '1.1' });
    const host = createWordHost('vi');
    expect(host.capabilities).toMatchObject({ insert: true, repair: false, select: true, comments: false, storeIgnores: false, changeEvents: false });
    // Plain words and the right Word versions (Microsoft's requirement-set table), never "WordApi".
    expect(host.capabilities.reasons.repair).toMatch(/^Word của anh\/chị chưa hỗ trợ bổ sung các mục còn thiếu \(cần Word 2019 trở lên/);
    expect(host.capabilities.reasons.comments).toBe(
      'Word của anh/chị chưa hỗ trợ ghi nhận xét (cần Word 2024, Microsoft 365 hoặc Word trên web); hãy dùng trang kiểm tra trên trình duyệt để tải bản có nhận xét.',
    );
    expect(host.capabilities.reasons.storeIgnores).toMatch(/cần Word 2019 trở lên/);
    expect(host.capabilities.reasons.changeEvents).toMatch(/cần Word 2024, Microsoft 365 hoặc Word trên web/);
    for (const reason of Object.values(host.capabilities.reasons)) expect(reason).not.toMatch(/WordApi|Word 2021/);
    expect(host.capabilities.reasons.insert).toBeUndefined();
    expect(host.onChange).toBeUndefined();
    await expect(host.writeComments([{ paragraph: 0, text: 'x' }])).rejects.toThrow(/chưa hỗ trợ ghi nhận xét/);
    await expect(host.saveIgnores([])).rejects.toThrow(/chưa hỗ trợ lưu các mục bỏ qua/);
    const snapshot = await host.readSnapshot();
    expect(snapshot.paragraphs.map((p) => p.headingLevel)).toEqual([2, undefined, 3, undefined]);
    await host.selectParagraph(1);
    expect(fake.stats.selected).toBe(1);
    expect(fake.doc.comments).toEqual([]);
  });

  it('on WordApi 1.4: comments on, events off', () => {
    setup(DOC, { apiVersion: '1.4' });
    const host = createWordHost('en');
    expect(host.capabilities).toMatchObject({ insert: true, comments: true, storeIgnores: true, changeEvents: false });
    expect(host.capabilities.reasons).toEqual({ changeEvents: expect.stringContaining('Word 2024, Microsoft 365 or Word on the web') });
    expect(host.capabilities.reasons.changeEvents).toMatch(/^Your Word does not report document changes/);
    expect(host.kind).toBe('word');
  });

  it('outside Office nothing is available', () => {
    const host = createWordHost('vi');
    expect(host.capabilities).toMatchObject({ insert: false, select: false, comments: false, storeIgnores: false, changeEvents: false });
    expect(host.capabilities.reasons.insert).toMatch(/chưa hỗ trợ chèn mẫu báo cáo \(cần Word 2016 trở lên/);
  });
});

describe('change events', () => {
  it('calls the listener on paragraph changes (WordApi 1.6) until unsubscribed', async () => {
    setup(DOC, { apiVersion: '1.6' });
    const host = createWordHost('vi');
    expect(host.capabilities.changeEvents).toBe(true);
    let calls = 0;
    const unsubscribe = host.onChange!(() => calls++);
    // Registration is asynchronous (one sync): wait until the handlers are in place.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.handlerCount('ParagraphChanged')).toBe(1);
    expect(fake.handlerCount('ParagraphAdded')).toBe(1);
    expect(fake.handlerCount('ParagraphDeleted')).toBe(1);
    await fake.emitChange('ParagraphChanged');
    await fake.emitChange('ParagraphAdded');
    expect(calls).toBe(2);
    unsubscribe();
    await fake.emitChange('ParagraphChanged');
    expect(calls).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.handlerCount('ParagraphChanged')).toBe(0);
    expect(fake.handlerCount('ParagraphDeleted')).toBe(0);
  });
});
