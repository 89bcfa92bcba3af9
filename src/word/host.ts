// The ReportHost of the task pane, implemented over the Word JavaScript API.
import type { Lang } from '../analysis/messages';
import { planRepair } from '../analysis/repair';
import type { DocumentSnapshot, Ignore } from '../analysis/types';
import { defaultTemplate } from '../template';
import type { ReportTemplate } from '../template/types';
import type { CommentRequest, InsertOptions, InsertResult, OutlineMark, ReportHost } from '../taskpane/host';
import { removeComments, writeComments } from './comments';
import { createCursorReader } from './cursor';
import { subscribeToChanges } from './events';
import { saveIgnores } from './ignores';
import { insertAtCursor, insertFull, insertMissing } from './insert';
import { WordHostError, type WordMessageId } from './messages';
import { readOutlineMark, saveOutlineMark } from './outline-mark';
import { placeCursorAtEnd, selectParagraphRange } from './range-select';
import { isDocumentEmpty, readSnapshotWithInfo } from './read';
import { capabilitiesOf, detectFeatures, selectionFeatures, type WordFeatures } from './requirements';
import { selectParagraph } from './select';
import { subscribeToSelection } from './selection-events';

/** How long after the add-in's own edit paragraph events are taken for that edit's. */
export const OWN_EDIT_QUIET_MS = 1500;

export interface WordHostOptions {
  /** The outline to insert and repair against (default: the current official one). */
  template?: ReportTemplate;
  /** Features to assume instead of asking Office (tests, diagnostics). */
  features?: WordFeatures;
}

/** Creates the Word host; capabilities follow the WordApi requirement sets the running Word supports. */
export function createWordHost(lang: Lang = 'vi', options: WordHostOptions = {}): ReportHost {
  const features = options.features ?? detectFeatures();
  let template = options.template ?? defaultTemplate;
  const capabilities = capabilitiesOf(features, lang);
  const selection = selectionFeatures(features);
  /** Where the cursor is, placed among the texts of the last snapshot. */
  const cursor = createCursorReader(selection.cursor);
  /** body.paragraphs index of each paragraph of the last snapshot (they differ under WordApi 1.1/1.2). */
  let wordIndexes: Array<number | undefined> | undefined;
  let running: { mode: InsertOptions['mode']; promise: Promise<InsertResult> } | null = null;

  // The add-in's own edits fire paragraph events too, sometimes late (OfficeDev/office-js#5400):
  // they must not start an automatic re-check (the pane re-checks after its edits itself).
  let editing = 0;
  let quietUntil = 0;
  const own = <T>(run: () => Promise<T>): Promise<T> => {
    editing++;
    return run().finally(() => {
      editing--;
      quietUntil = Date.now() + OWN_EDIT_QUIET_MS;
    });
  };
  const isOwnEdit = (): boolean => editing > 0 || Date.now() < quietUntil;

  const refuse = <T>(id: WordMessageId): Promise<T> => Promise.reject(new WordHostError(id, lang));

  function insert(opts: InsertOptions): Promise<InsertResult> {
    if (!features.insert) return refuse('needInsert');
    const skeleton = { unit: opts.unit, place: opts.place, date: opts.date, template };
    switch (opts.mode) {
      case 'full':
        return insertFull(skeleton, lang);
      case 'cursor':
        return insertAtCursor(skeleton, lang, features.detailed);
      case 'missing':
        if (!features.repair) return refuse('needRepair');
        // The plan is made from the document as it is at insertion time (read in the same batch),
        // not from an older snapshot.
        return insertMissing((snapshot) => planRepair(snapshot, template), { template, lang });
      default:
        return Promise.reject(new Error(`Unknown insert mode: ${String((opts as { mode: unknown }).mode)}`));
    }
  }

  const host: ReportHost = {
    kind: 'word',
    capabilities,
    isEmpty: () => isDocumentEmpty(),
    readSnapshot: async () => {
      const { snapshot, info } = await readSnapshotWithInfo({ detailed: features.detailed, ignores: features.storeIgnores });
      wordIndexes = info.some((i) => i.wordIndex !== undefined) ? info.map((i) => i.wordIndex) : undefined;
      cursor.useSnapshot(snapshot.paragraphs.map((p) => p.text));
      return snapshot;
    },
    insertTemplate(opts: InsertOptions, _snapshotForRepair?: DocumentSnapshot): Promise<InsertResult> {
      // A second click while an insertion runs: the same request gets the running promise, another
      // one is refused with a message (never two insertions at once).
      if (running) return running.mode === opts.mode ? running.promise : refuse('busy');
      const promise = own(() => insert(opts)).finally(() => {
        if (running?.promise === promise) running = null;
      });
      running = { mode: opts.mode, promise };
      return promise;
    },
    selectParagraph: (index: number) => (features.select ? selectParagraph(index, lang, wordIndexes) : refuse('needSelect')),
    selectParagraphs: (first: number, last: number) =>
      features.select ? selectParagraphRange(first, last, { lang, whole: selection.selectRange, wordIndexes }) : refuse('needSelect'),
    placeCursorAtEnd: (index: number) =>
      features.select ? placeCursorAtEnd(index, { lang, atEnd: selection.placeCursor, wordIndexes }) : refuse('needSelect'),
    cursorParagraph: () => (features.read ? cursor.read() : Promise.resolve(null)),
    writeComments: (comments: CommentRequest[]) => (features.comments ? own(() => writeComments(comments, lang)) : refuse('needComments')),
    removeComments: () => (features.comments ? own(() => removeComments()) : refuse('needComments')),
    useOutline: (outline: ReportTemplate) => {
      template = outline;
    },
    readOutlineMark: () => Promise.resolve(readOutlineMark()),
    saveOutlineMark: (mark: OutlineMark) => own(() => saveOutlineMark(mark)),
    saveIgnores: (ignores: Ignore[]) => (features.storeIgnores ? own(() => saveIgnores(ignores)) : refuse('needIgnores')),
  };
  if (selection.selectionEvents) host.onSelectionChange = (listener: () => void) => subscribeToSelection(listener);
  if (features.changeEvents) {
    host.onChange = (listener: () => void) =>
      subscribeToChanges(() => {
        if (!isOwnEdit()) listener();
      });
  }
  return host;
}
