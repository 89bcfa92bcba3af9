// Which paragraph of the last snapshot the cursor is in, without reading the document again.
//
// Usually one round trip carrying three paragraphs: the text of the paragraph where the selection
// starts and of its two neighbours (ParagraphCollection.getFirst, Paragraph.getPrevious/
// NextOrNullObject, Range.parentBody: WordApi 1.3), placed among the last snapshot's texts (indexed
// once per snapshot). The neighbours place the cursor while the user types in its paragraph (its
// text no longer matches the snapshot) or in a paragraph added since (given as the snapshot
// paragraph before it), and tell repeated lines apart. Only when the three texts
// fit several places, or none (the document changed a lot since the last check), a second round
// trip counts the paragraphs from the start of the body to the cursor's paragraph (Body.getRange,
// Range.expandToOrNullObject: WordApi 1.3), loading one number per paragraph, never text. Text
// boxes are stories of their own that the snapshot leaves out, as headers and footers: a cursor
// there is in no paragraph of the snapshot (null).
//
// Under WordApi 1.1/1.2 only the paragraph's own text can be read (Range.paragraphs, WordApi 1.1):
// an index is given when that text occurs once in the snapshot, else null.
import { normalizeWordText } from './read';

/** Body types whose paragraphs are in the snapshot (a table cell's are; 'Unknown' is given the benefit of the doubt). */
const SNAPSHOT_BODIES = new Set(['MainDoc', 'Section', 'TableCell', 'Unknown']);

/** Where each text stands in the snapshot. */
export class SnapshotTexts {
  private byText: Map<string, number[]> | undefined;
  constructor(readonly texts: readonly string[]) {}

  at(text: string): number[] {
    if (!this.byText) {
      this.byText = new Map();
      this.texts.forEach((t, i) => {
        const list = this.byText?.get(t);
        if (list) list.push(i);
        else this.byText?.set(t, [i]);
      });
    }
    return this.byText.get(text) ?? [];
  }

  /**
   * The index that the cursor's paragraph and its neighbours (null: none, the story's edge) fit
   * best; for a paragraph added since the snapshot, the snapshot paragraph just before it (whose
   * section it continues). Undefined when no place fits, or several fit as well.
   */
  place(self: string, prev: string | null | undefined, next: string | null | undefined): number | undefined {
    const n = this.texts.length;
    const candidates = new Set<number>(this.at(self));
    if (typeof prev === 'string') for (const i of this.at(prev)) candidates.add(i + 1);
    if (typeof next === 'string') for (const i of this.at(next)) candidates.add(i - 1);
    if (prev === null) candidates.add(0);
    if (next === null) candidates.add(n - 1);
    let best: number | undefined;
    let bestScore = 0;
    let ties = 0;
    for (const i of candidates) {
      if (i < 0 || i >= n) continue;
      let score = this.texts[i] === self ? 2 : 0;
      if (prev !== undefined && (prev === null ? i === 0 : this.texts[i - 1] === prev)) score++;
      if (next !== undefined && (next === null ? i === n - 1 : this.texts[i + 1] === next)) score++;
      if (score > bestScore) {
        best = i;
        bestScore = score;
        ties = 0;
      } else if (score === bestScore) {
        ties++;
      }
    }
    const unique = ties === 0 ? best : undefined;
    // Its own text and a neighbour's.
    if (bestScore >= 3) return unique;
    // Its neighbours are next to each other in the snapshot: a paragraph added between them.
    if (typeof prev === 'string' && typeof next === 'string') {
      const between = this.at(prev).filter((j) => this.texts[j + 1] === next);
      if (between.length === 1) return between[0];
    }
    // Its own text alone, or both neighbours around it (its text changed since).
    if (bestScore === 2) return unique;
    // Typed since the snapshot, with a neighbour met once: after that one, or before it.
    if (this.at(self).length === 0) {
      const before = typeof prev === 'string' ? this.at(prev) : [];
      if (before.length === 1) return before[0];
      const after = typeof next === 'string' ? this.at(next) : [];
      if (after.length === 1) return Math.max(0, after[0] - 1);
    }
    return undefined;
  }
}

/** Reads the cursor's paragraph index, one read at a time (a move during a read gets one more read after it). */
export function createCursorReader(detailed: boolean): { useSnapshot(texts: readonly string[]): void; read(): Promise<number | null> } {
  let snapshot: SnapshotTexts | undefined;
  let running: Promise<number | null> | null = null;
  let queued: Promise<number | null> | null = null;

  const readOnce = async (): Promise<number | null> => {
    const texts = snapshot;
    if (!texts || texts.texts.length === 0) return null;
    try {
      return await (detailed ? readDetailed(texts) : readBasic(texts));
    } catch {
      return null;
    }
  };

  const read = (): Promise<number | null> => {
    if (!running) {
      running = readOnce().finally(() => {
        running = null;
      });
      return running;
    }
    if (!queued) {
      queued = running.then(() => {
        queued = null;
        return read();
      });
    }
    return queued;
  };

  return {
    useSnapshot(texts: readonly string[]) {
      snapshot = new SnapshotTexts(texts);
    },
    read,
  };
}

async function readDetailed(texts: SnapshotTexts): Promise<number | null> {
  return Word.run(async (context) => {
    const selection = context.document.getSelection();
    const first = selection.paragraphs.getFirst();
    const prev = first.getPreviousOrNullObject();
    const next = first.getNextOrNullObject();
    // A navigation proxy: nothing is read before the sync (the lint rule takes it for a scalar).
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a proxy
    const body = selection.parentBody;
    first.load('text');
    prev.load('text');
    next.load('text');
    body.load('type');
    await context.sync();
    if (!SNAPSHOT_BODIES.has(body.type)) return null;
    const placed = texts.place(
      normalizeWordText(first.text),
      prev.isNullObject ? null : normalizeWordText(prev.text),
      next.isNullObject ? null : normalizeWordText(next.text),
    );
    if (placed !== undefined) return placed;
    // Second round trip: count the paragraphs up to the cursor's (one number each).
    const before = context.document.body.getRange('Start').expandToOrNullObject(first.getRange('Whole'));
    const counted = before.paragraphs;
    counted.load('items/tableNestingLevel');
    await context.sync();
    // Ranges of different stories have no union (a null range): its paragraphs fail to load, or none come.
    if (counted.items.length === 0) return null;
    return Math.min(counted.items.length - 1, texts.texts.length - 1);
  });
}

async function readBasic(texts: SnapshotTexts): Promise<number | null> {
  return Word.run(async (context) => {
    const paragraphs = context.document.getSelection().paragraphs;
    paragraphs.load({ select: 'text', top: 1 });
    await context.sync();
    const first = paragraphs.items[0];
    if (!first) return null;
    const at = texts.at(normalizeWordText(first.text));
    return at.length === 1 ? at[0] : null;
  });
}
