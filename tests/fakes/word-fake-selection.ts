// The selection of the Word fake: points in a story (a paragraph and a character offset), the text
// between two points, and the DocumentSelectionChanged event of the Office Common API
// (Office.context.document.addHandlerAsync, requirement set DocumentEvents).
//
// What real Word does with that event, as documented or reported, and modelled here:
// - handlers are added and removed asynchronously (the AsyncResult callback comes later), and an
//   event is delivered later than the move, never during the call that moved the selection;
// - moves in quick succession reach the handler as one event, late (OfficeDev/office-js-docs#976:
//   "only reacts sometimes on changes ... if there have been multiple changes in between");
// - the add-in's own Range.select() moves the selection and fires the event too (the event is
//   about the selection, whoever moved it);
// - in a co-authored document other people's actions fire it without the selection moving
//   (OfficeDev/office-js#4114);
// - some moves never fire it (OfficeDev/office-js#2964): `selectionEventsFire: false`.
import type { FakeParagraph } from './word-fake';

/** A place in a story: before character `offset` of `para`; offset = text length + 1 is after its paragraph mark. */
export interface FakePoint {
  para: FakeParagraph;
  offset: number;
}

/** The offset just after a paragraph's mark (a range over whole paragraphs ends there). */
export function afterMark(p: FakeParagraph): number {
  return p.text.length + 1;
}

export function comparePoints(story: FakeParagraph[], a: FakePoint, b: FakePoint): number {
  return story.indexOf(a.para) - story.indexOf(b.para) || a.offset - b.offset;
}

/** A point after a paragraph mark is the start of the next paragraph; the story's last mark cannot be passed. */
export function normalizePoint(story: FakePoint['para'][], point: FakePoint): FakePoint {
  if (point.offset <= point.para.text.length) return point;
  const next = story[story.indexOf(point.para) + 1];
  return next ? { para: next, offset: 0 } : { para: point.para, offset: point.para.text.length };
}

/** The text between two points, paragraph marks as "\r" (as Range.text gives it). */
export function textBetween(story: FakeParagraph[], from: FakePoint, to: FakePoint): string {
  const i = story.indexOf(from.para);
  const j = story.indexOf(to.para);
  if (i < 0 || j < 0 || comparePoints(story, from, to) >= 0) return '';
  let out = '';
  for (let k = i; k <= j; k++) {
    const text = story[k].text;
    const a = k === i ? from.offset : 0;
    const b = k === j ? to.offset : afterMark(story[k]);
    out += text.slice(a, Math.min(b, text.length));
    if (b > text.length && k < story.length - 1) out += '\r';
  }
  return out;
}

/** The paragraphs a range between two points touches (a range ending at a paragraph's start does not touch it). */
export function paragraphsBetween(story: FakeParagraph[], from: FakePoint, to: FakePoint): FakeParagraph[] {
  const i = story.indexOf(from.para);
  let j = story.indexOf(to.para);
  if (to.offset === 0 && j > i) j--;
  return i < 0 || j < 0 ? [] : story.slice(i, j + 1);
}

export interface SelectionEventOptions {
  /** The host has the DocumentEvents requirement set (default true: every Word that runs add-ins). */
  supported: boolean;
  /** The event fires at all (default true; OfficeDev/office-js#2964 reports moves that never fire it). */
  fires: boolean;
  /** How late the event comes after the move, in milliseconds (default 0: the next task). */
  delayMs: number;
}

export interface FakeAsyncResultOf<T> {
  status: 'succeeded' | 'failed';
  value: T;
  asyncContext?: unknown;
  error?: { code: number; name: string; message: string };
}

type Handler = (args: { type: string; document: unknown }) => unknown;

export const DOCUMENT_SELECTION_CHANGED = 'documentSelectionChanged';

/** The add-in's DocumentSelectionChanged handlers, and the events waiting to reach them. */
export class SelectionEvents {
  private handlers: Handler[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiters: Array<() => void> = [];
  /** Events delivered so far (one per coalesced burst of moves). */
  delivered = 0;
  document: unknown = undefined;

  constructor(private readonly options: SelectionEventOptions) {}

  get count(): number {
    return this.handlers.length;
  }

  /** Office.context.document.addHandlerAsync. */
  addHandlerAsync(eventType: unknown, handler: unknown, a?: unknown, b?: unknown): void {
    const callback = (typeof a === 'function' ? a : b) as ((r: FakeAsyncResultOf<undefined>) => void) | undefined;
    const asyncContext = a && typeof a === 'object' ? (a as { asyncContext?: unknown }).asyncContext : undefined;
    setTimeout(() => {
      if (!this.options.supported) {
        callback?.({ status: 'failed', value: undefined, asyncContext, error: { code: 5000, name: 'Host Error', message: 'This event is not supported.' } });
        return;
      }
      if (eventType !== DOCUMENT_SELECTION_CHANGED || typeof handler !== 'function') {
        callback?.({ status: 'failed', value: undefined, asyncContext, error: { code: 5007, name: 'Invalid API call', message: 'The event type or handler is not valid.' } });
        return;
      }
      this.handlers.push(handler as Handler);
      callback?.({ status: 'succeeded', value: undefined, asyncContext });
    }, 0);
  }

  /** Office.context.document.removeHandlerAsync: the given handler, or every handler of the event. */
  removeHandlerAsync(eventType: unknown, a?: unknown, b?: unknown): void {
    const callback = (typeof a === 'function' ? a : b) as ((r: FakeAsyncResultOf<undefined>) => void) | undefined;
    const handler = a && typeof a === 'object' ? (a as { handler?: unknown }).handler : undefined;
    setTimeout(() => {
      if (eventType === DOCUMENT_SELECTION_CHANGED) this.handlers = handler ? this.handlers.filter((h) => h !== handler) : [];
      callback?.({ status: 'succeeded', value: undefined });
    }, 0);
  }

  /** The selection moved (or a co-author acted): one event, later; moves before it join it. */
  moved(): void {
    if (!this.options.fires || this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.delivered++;
      const args = { type: DOCUMENT_SELECTION_CHANGED, document: this.document };
      for (const h of [...this.handlers]) h(args);
      const waiters = this.waiters;
      this.waiters = [];
      for (const w of waiters) w();
    }, this.options.delayMs);
  }

  /** Resolves once the waiting event (if any) has reached the handlers. */
  flush(): Promise<void> {
    if (this.timer === undefined) return new Promise((resolve) => setTimeout(resolve, 0));
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
