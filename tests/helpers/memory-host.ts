// An in-memory ReportHost for UI tests: a document as a list of paragraphs, with a record of
// every call, calls that can be held open (to test progress and double clicks) or made to fail.
import { planRepair } from '../../src/analysis/repair';
import type { DocumentSnapshot, Ignore, SnapshotParagraph } from '../../src/analysis/types';
import { defaultTemplate } from '../../src/template';
import type { ReportTemplate, TemplateSection } from '../../src/template/types';
import type {
  CommentRequest,
  HostCapabilities,
  InsertOptions,
  InsertResult,
  ReportHost,
} from '../../src/taskpane/host';

type Method =
  | 'isEmpty'
  | 'readSnapshot'
  | 'insertTemplate'
  | 'selectParagraph'
  | 'writeComments'
  | 'removeComments'
  | 'saveIgnores';

export interface MemoryHostOptions {
  paragraphs?: SnapshotParagraph[];
  ignores?: Ignore[];
  /** Feature flags; all on by default. */
  capabilities?: Partial<Omit<HostCapabilities, 'reasons'>>;
  reasons?: HostCapabilities['reasons'];
  /** Provide onChange (default: same as capabilities.changeEvents). */
  onChange?: boolean;
  /** Paragraph index where "insert at the cursor" writes; default: the end. */
  cursor?: number;
  template?: ReportTemplate;
}

interface Held {
  promise: Promise<void>;
  release: () => void;
}

function headingParagraphs(section: TemplateSection): SnapshotParagraph[] {
  if (section.level === 1) {
    return [
      { text: section.numbering, headingLevel: 1, styleName: 'Heading 1' },
      { text: section.title, headingLevel: 1, styleName: 'Heading 1' },
    ];
  }
  return [{ text: `${section.numbering} ${section.title}`, headingLevel: section.level, styleName: `Heading ${section.level}` }];
}

function sectionParagraphs(section: TemplateSection): SnapshotParagraph[] {
  return [
    ...headingParagraphs(section),
    ...(section.lead ?? []).map((text) => ({ text })),
    ...section.guidance.map((text) => ({ text, isGuidancePlaceholder: true })),
  ];
}

/** The outline as a writer would get it: header, title, headings with guidance placeholders, closing. */
export function skeleton(template: ReportTemplate, unit: string, place: string): SnapshotParagraph[] {
  return [
    { text: unit, inTable: true },
    { text: 'BAN THƯỜNG TRỰC', inTable: true },
    { text: 'Số: …/BC-MTTQ-BTT', inTable: true },
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', inTable: true },
    { text: 'Độc lập - Tự do - Hạnh phúc', inTable: true },
    { text: `${place}, ngày … tháng … năm …`, inTable: true },
    { text: 'BÁO CÁO' },
    ...template.title.map((text) => ({ text })),
    ...template.sections.flatMap(sectionParagraphs),
    { text: template.recipients.heading, inTable: true },
    ...template.recipients.placeholder.map((text) => ({ text, inTable: true, isGuidancePlaceholder: true })),
    { text: template.signature.heading, inTable: true },
    { text: template.signature.note, inTable: true, isGuidancePlaceholder: true },
  ];
}

export class MemoryHost implements ReportHost {
  readonly kind = 'word' as const;
  readonly capabilities: HostCapabilities;
  paragraphs: SnapshotParagraph[];
  ignores: Ignore[];
  /** The add-in's comments currently in the document. */
  comments: CommentRequest[] = [];
  cursor: number | undefined;
  /** Method names, in call order. */
  readonly log: Method[] = [];
  readonly inserts: { options: InsertOptions; snapshot?: DocumentSnapshot }[] = [];
  readonly selections: number[] = [];
  readonly savedIgnores: Ignore[][] = [];
  /** Highest number of readSnapshot calls running at once. */
  maxConcurrentReads = 0;
  onChange?: (listener: () => void) => () => void;

  private readonly template: ReportTemplate;
  private readonly held = new Map<Method, Held>();
  private readonly failures = new Map<Method, unknown>();
  private readonly listeners = new Set<() => void>();
  private reading = 0;

  constructor(options: MemoryHostOptions = {}) {
    const flags = { insert: true, repair: true, select: true, comments: true, changeEvents: true, storeIgnores: true, ...options.capabilities };
    this.capabilities = { ...flags, reasons: { ...options.reasons } };
    this.paragraphs = (options.paragraphs ?? []).map((p) => ({ ...p }));
    this.ignores = [...(options.ignores ?? [])];
    this.cursor = options.cursor;
    this.template = options.template ?? defaultTemplate;
    if (options.onChange ?? flags.changeEvents) {
      this.onChange = (listener) => {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
      };
    }
  }

  /** Later calls of `method` wait until the returned function is called. */
  hold(method: Method): () => void {
    let release!: () => void;
    const promise = new Promise<void>((resolve) => {
      release = resolve;
    });
    const entry: Held = {
      promise,
      release: () => {
        this.held.delete(method);
        release();
      },
    };
    this.held.set(method, entry);
    return entry.release;
  }

  /** The next call of `method` fails with `error`. */
  failNext(method: Method, error: unknown): void {
    this.failures.set(method, error);
  }

  /** Fires the document's change event (as Word does when the user types). */
  emitChange(): void {
    for (const listener of [...this.listeners]) listener();
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  texts(): string[] {
    return this.paragraphs.map((p) => p.text);
  }

  private async enter(method: Method): Promise<void> {
    this.log.push(method);
    const held = this.held.get(method);
    if (held) await held.promise;
    await Promise.resolve();
    if (this.failures.has(method)) {
      const error = this.failures.get(method);
      this.failures.delete(method);
      throw error;
    }
  }

  async isEmpty(): Promise<boolean> {
    await this.enter('isEmpty');
    return this.paragraphs.every((p) => p.text.trim() === '');
  }

  async readSnapshot(): Promise<DocumentSnapshot> {
    this.reading++;
    this.maxConcurrentReads = Math.max(this.maxConcurrentReads, this.reading);
    try {
      await this.enter('readSnapshot');
      return { paragraphs: this.paragraphs.map((p) => ({ ...p })), ignores: this.ignores.map((i) => ({ ...i })) };
    } finally {
      this.reading--;
    }
  }

  async insertTemplate(options: InsertOptions, snapshotForRepair?: DocumentSnapshot): Promise<InsertResult> {
    await this.enter('insertTemplate');
    this.inserts.push({ options: { ...options }, snapshot: snapshotForRepair });
    if (options.mode === 'full') {
      if (this.paragraphs.some((p) => p.text.trim() !== '')) throw new Error('The document is not empty.');
      this.paragraphs = skeleton(this.template, options.unit, options.place);
      return { paragraphs: this.paragraphs.length, headingsAdded: 0 };
    }
    if (options.mode === 'cursor') {
      const added = skeleton(this.template, options.unit, options.place);
      const at = Math.min(this.cursor ?? this.paragraphs.length, this.paragraphs.length);
      this.paragraphs.splice(at, 0, ...added);
      return { paragraphs: added.length, headingsAdded: 0 };
    }
    const snapshot = snapshotForRepair ?? { paragraphs: this.paragraphs };
    const steps = planRepair(snapshot, this.template);
    // Insert from the last anchor to the first so earlier indices stay valid; same anchor in outline order.
    const byAnchor = new Map<number, string[]>();
    for (const step of steps) byAnchor.set(step.after, [...(byAnchor.get(step.after) ?? []), step.sectionId]);
    let written = 0;
    for (const after of [...byAnchor.keys()].sort((a, b) => b - a)) {
      const added = (byAnchor.get(after) ?? []).flatMap((id) => {
        const section = this.template.sections.find((s) => s.id === id);
        return section ? sectionParagraphs(section) : [];
      });
      this.paragraphs.splice(after + 1, 0, ...added);
      written += added.length;
    }
    return { paragraphs: written, headingsAdded: steps.length };
  }

  async selectParagraph(index: number): Promise<void> {
    await this.enter('selectParagraph');
    if (index < 0 || index >= this.paragraphs.length) throw new Error(`No paragraph ${index}.`);
    this.selections.push(index);
  }

  async writeComments(comments: CommentRequest[]): Promise<number> {
    await this.enter('writeComments');
    this.comments = comments.map((c) => ({ ...c }));
    return this.comments.length;
  }

  async removeComments(): Promise<number> {
    await this.enter('removeComments');
    const removed = this.comments.length;
    this.comments = [];
    return removed;
  }

  async saveIgnores(ignores: Ignore[]): Promise<void> {
    await this.enter('saveIgnores');
    this.ignores = ignores.map((i) => ({ ...i }));
    this.savedIgnores.push(this.ignores.map((i) => ({ ...i })));
  }
}
