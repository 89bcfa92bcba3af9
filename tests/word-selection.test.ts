// The Word host's selection methods: a run of paragraphs, the cursor at the end of one, where the
// cursor is, and cursor moves; each with what an older Word can still do.
import { createWordHost } from '../src/word/host';
import { createWordFake, type FakeParagraphInit, type WordFake } from './fakes/word-fake';
import { installWordFake } from './helpers/word-setup';

let fake: WordFake;

function setup(...args: Parameters<typeof createWordFake>): WordFake {
  fake = installWordFake(...args);
  return fake;
}

const DOC: FakeParagraphInit[] = [
  { text: 'ỦY BAN MTTQ VIỆT NAM', inTable: true },
  { text: 'Số: 12/BC-MTTQ', inTable: true },
  { text: 'BÁO CÁO', textBox: ['Dự thảo', 'Lần 2'] },
  { text: 'I. CÔNG TÁC HƯỚNG DẪN', headingLevel: 2 },
  { text: 'Nêu kết quả triển khai.', contentControl: { tag: 'mttq-guidance' } },
  { text: 'Đã tổ chức 06 hội nghị.' },
  { text: '' },
  { text: '1. Ưu điểm', headingLevel: 3 },
  { text: '' },
  { text: 'Nhiều kết quả tốt.' },
  { text: '' },
];

describe('selectParagraphs', () => {
  it("selects exactly those paragraphs' text, marks included, in two syncs", async () => {
    setup(DOC);
    const host = createWordHost('vi');
    expect(host.capabilities.selectRange).toBe(true);
    await host.readSnapshot();
    fake.stats.syncs = 0;
    await host.selectParagraphs?.(4, 6);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.doc.selection).toEqual({ start: 4, end: 6 });
    expect(fake.selectedText()).toBe(`${fake.doc.texts().slice(4, 7).join('\r')}\r`);
    // Either order; one paragraph.
    await host.selectParagraphs?.(9, 8);
    expect(fake.doc.selection).toEqual({ start: 8, end: 9 });
    await host.selectParagraphs?.(5, 5);
    expect(fake.selectedText()).toBe('Đã tổ chức 06 hội nghị.\r');
    await expect(host.selectParagraphs?.(5, 99)).rejects.toMatchObject({ code: 'noParagraph' });
  });

  it('selects the first paragraph only without WordApi 1.3, and says why', async () => {
    setup(DOC, { apiVersion: '1.2' });
    const host = createWordHost('vi');
    expect(host.capabilities.selectRange).toBe(false);
    expect(host.capabilities.reasons.selectRange).toContain('chỉ chọn đoạn đầu tiên');
    expect(createWordHost('en').capabilities.reasons.selectRange).toContain('selects the first one only');
    const snapshot = await host.readSnapshot();
    const at = snapshot.paragraphs.findIndex((p) => p.text === 'Đã tổ chức 06 hội nghị.');
    await host.selectParagraphs?.(at, at + 2);
    // No expandTo was sent (Word would fail the whole batch with ApiNotFound).
    expect(fake.selectedText()).toBe('Đã tổ chức 06 hội nghị.\r');
  });
});

describe('placeCursorAtEnd', () => {
  it('leaves an empty selection after the last character of the paragraph, not in the next one', async () => {
    setup(DOC);
    const host = createWordHost('vi');
    await host.readSnapshot();
    await host.placeCursorAtEnd?.(5);
    const length = 'Đã tổ chức 06 hội nghị.'.length;
    expect(fake.doc.selection).toEqual({ start: 5, end: 5, startOffset: length, endOffset: length });
    expect(fake.selectedText()).toBe('');
  });

  it('puts the cursor at the start of the paragraph without WordApi 1.3, and says why', async () => {
    setup(DOC, { apiVersion: '1.1' });
    const host = createWordHost('vi');
    expect(host.capabilities.placeCursor).toBe(false);
    expect(host.capabilities.reasons.placeCursor).toContain('đầu đoạn');
    const snapshot = await host.readSnapshot();
    const at = snapshot.paragraphs.findIndex((p) => p.text === 'Nhiều kết quả tốt.');
    await host.placeCursorAtEnd?.(at);
    const inWord = fake.doc.texts().indexOf('Nhiều kết quả tốt.');
    expect(fake.doc.selection).toEqual({ start: inWord, end: inWord, startOffset: 0, endOffset: 0 });
  });
});

describe('cursorParagraph', () => {
  it('gives the index of the snapshot, after tables and a text box, in one sync carrying three paragraphs', async () => {
    setup(DOC);
    const host = createWordHost('vi');
    expect(host.capabilities.cursor).toBe(true);
    const snapshot = await host.readSnapshot();
    expect(snapshot.paragraphs.map((p) => p.text)).not.toContain('Dự thảo');
    for (const index of [1, 3, 5, 9]) {
      fake.userPutsCursor(index, 2);
      fake.stats.syncs = 0;
      fake.stats.itemsLoaded = 0;
      await expect(host.cursorParagraph?.()).resolves.toBe(index);
      expect(fake.stats.syncs).toBe(1);
      expect(fake.stats.itemsLoaded).toBe(0);
    }
    // A selection over several paragraphs: where it starts.
    fake.userSelects(4, 6);
    await expect(host.cursorParagraph?.()).resolves.toBe(4);
  });

  it('tells empty paragraphs apart by their neighbours, or by counting in a second sync', async () => {
    setup(DOC);
    const host = createWordHost('vi');
    await host.readSnapshot();
    for (const index of [6, 8, 10]) {
      fake.userPutsCursor(index);
      fake.stats.syncs = 0;
      await expect(host.cursorParagraph?.()).resolves.toBe(index);
      expect(fake.stats.syncs).toBe(1);
    }
    // A run of empty lines: the middle ones look alike, and are counted (one number per paragraph).
    setup([{ text: 'A', inTable: true }, { text: 'B', textBox: ['Hộp'] }, { text: '' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }, { text: 'C' }]);
    const other = createWordHost('vi');
    await other.readSnapshot();
    for (const index of [2, 3, 4, 5, 6]) {
      fake.userPutsCursor(index);
      fake.stats.syncs = 0;
      await expect(other.cursorParagraph?.()).resolves.toBe(index);
      expect(fake.stats.syncs).toBe(index >= 3 && index <= 5 ? 2 : 1);
    }
  });

  it('follows the cursor while the user types in its paragraph (its text no longer the snapshot’s)', async () => {
    setup(DOC);
    const host = createWordHost('vi');
    await host.readSnapshot();
    fake.userTypes(9, 'Nhiều kết quả tốt, đã tổ chức 12 cuộc giám sát.');
    fake.userPutsCursor(9, 10);
    await expect(host.cursorParagraph?.()).resolves.toBe(9);
  });

  it('places a paragraph added since the check (Enter, then typing) after the one it follows', async () => {
    setup(DOC);
    const host = createWordHost('vi');
    await host.readSnapshot();
    // A new empty paragraph between the guidance (4) and "Đã tổ chức 06 hội nghị." (5).
    fake.userInserts(4, { text: '' });
    fake.userPutsCursor(5);
    await expect(host.cursorParagraph?.()).resolves.toBe(4);
    fake.userTypes(5, 'Đã ban hành 12 văn bản.');
    fake.userPutsCursor(5, 5);
    await expect(host.cursorParagraph?.()).resolves.toBe(4);
    // Before the first heading's guidance: a new line typed right under the heading.
    fake.userInserts(3, { text: 'Mở đầu mục.' });
    fake.userPutsCursor(4, 2);
    await expect(host.cursorParagraph?.()).resolves.toBe(3);
  });

  it('is null in a text box, in the header, and before any snapshot', async () => {
    setup(DOC);
    const host = createWordHost('vi');
    await expect(host.cursorParagraph?.()).resolves.toBeNull();
    await host.readSnapshot();
    fake.userSelectsTextBox(2, 0);
    await expect(host.cursorParagraph?.()).resolves.toBeNull();
    fake.userSelectsHeader();
    await expect(host.cursorParagraph?.()).resolves.toBeNull();
  });

  it('does not read the document again in a 10,000-paragraph report', async () => {
    const long: FakeParagraphInit[] = [];
    for (let i = 0; i < 10_000; i++) long.push(i % 50 === 0 ? { text: `${i / 50 + 1}. Mục ${i}`, headingLevel: 3 } : { text: `Đoạn ${i}: kết quả công tác.` });
    setup(long);
    const host = createWordHost('vi');
    await host.readSnapshot();
    fake.userPutsCursor(9_876, 4);
    fake.stats.syncs = 0;
    fake.stats.itemsLoaded = 0;
    await expect(host.cursorParagraph?.()).resolves.toBe(9_876);
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.itemsLoaded).toBe(0);
  });

  it('runs one read at a time: calls during a read share one more read', async () => {
    setup(DOC);
    const host = createWordHost('vi');
    await host.readSnapshot();
    fake.userPutsCursor(5);
    fake.stats.runs = 0;
    const reads = [host.cursorParagraph?.(), host.cursorParagraph?.(), host.cursorParagraph?.()];
    fake.userPutsCursor(9);
    // Word reads the selection at the sync: every read sees the last move.
    await expect(Promise.all(reads)).resolves.toEqual([9, 9, 9]);
    expect(fake.stats.runs).toBe(2);
  });

  it('places a paragraph by its own text only without WordApi 1.3, and says why', async () => {
    setup(DOC, { apiVersion: '1.2' });
    const host = createWordHost('vi');
    expect(host.capabilities.cursor).toBe(false);
    expect(host.capabilities.reasons.cursor).toContain('con trỏ');
    const snapshot = await host.readSnapshot();
    const texts = snapshot.paragraphs.map((p) => p.text);
    fake.userPutsCursor(fake.doc.texts().indexOf('Nhiều kết quả tốt.'));
    await expect(host.cursorParagraph?.()).resolves.toBe(texts.indexOf('Nhiều kết quả tốt.'));
    fake.userPutsCursor(fake.doc.texts().lastIndexOf(''));
    await expect(host.cursorParagraph?.()).resolves.toBeNull();
  });
});

describe('onSelectionChange', () => {
  it('calls the listener once for a burst of moves, for its own selections too, and never after unsubscribe', async () => {
    setup(DOC);
    const host = createWordHost('vi');
    expect(host.capabilities.selectionEvents).toBe(true);
    let calls = 0;
    const unsubscribe = host.onSelectionChange?.(() => calls++);
    await fake.flushSelectionEvents();
    expect(fake.selectionEvents().handlers).toBe(1);
    fake.userPutsCursor(3);
    fake.userPutsCursor(5, 1);
    await fake.flushSelectionEvents();
    expect(calls).toBe(1);
    await host.readSnapshot();
    await host.placeCursorAtEnd?.(9);
    await fake.flushSelectionEvents();
    expect(calls).toBe(2);
    unsubscribe?.();
    fake.userPutsCursor(1);
    await fake.flushSelectionEvents();
    expect(calls).toBe(2);
    expect(fake.selectionEvents().handlers).toBe(0);
  });

  it('takes the handler out when unsubscribed before Office had added it', async () => {
    setup(DOC);
    const host = createWordHost('vi');
    let calls = 0;
    host.onSelectionChange?.(() => calls++)();
    await fake.flushSelectionEvents();
    await fake.flushSelectionEvents();
    fake.userPutsCursor(3);
    await fake.flushSelectionEvents();
    expect(calls).toBe(0);
    expect(fake.selectionEvents().handlers).toBe(0);
  });

  it('is absent without the DocumentEvents requirement set, with the reason', () => {
    setup(DOC, { documentEvents: false });
    const host = createWordHost('en');
    expect(host.onSelectionChange).toBeUndefined();
    expect(host.capabilities.selectionEvents).toBe(false);
    expect(host.capabilities.reasons.selectionEvents).toContain('does not report cursor moves');
  });
});
