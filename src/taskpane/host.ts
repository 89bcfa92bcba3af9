// The small interface the task pane talks to. Word implements it (src/word/host.ts), and so does
// the web page over a .docx file, so the same React components serve both.
import type { DocumentSnapshot, Ignore } from '../analysis/types';
import type { OutlineFile } from '../outline-file/format';
import type { ReportTemplate } from '../template/types';

export interface HostCapabilities {
  /** Can write the outline into the document. */
  insert: boolean;
  /** Can add the missing headings into a document that already has text (WordApi 1.3). */
  repair: boolean;
  /** Can select a paragraph in the document (click-to-select). */
  select: boolean;
  /** Can write and remove review comments (WordApi 1.4). */
  comments: boolean;
  /** Fires change events so the check re-runs by itself (WordApi 1.6). */
  changeEvents: boolean;
  /** Can store ignores in the document. */
  storeIgnores: boolean;
  /** selectParagraphs selects the whole run (else only its first paragraph). */
  selectRange?: boolean;
  /** placeCursorAtEnd puts the cursor at the end of the paragraph (else at its start). */
  placeCursor?: boolean;
  /** cursorParagraph can always tell the paragraph (else only when its text is unique). */
  cursor?: boolean;
  /** onSelectionChange is called when the cursor moves. */
  selectionEvents?: boolean;
  /** Why a feature is off, by feature name, in the UI language (shown to the user). */
  reasons: Partial<
    Record<
      'insert' | 'repair' | 'select' | 'comments' | 'changeEvents' | 'storeIgnores' | 'selectRange' | 'placeCursor' | 'cursor' | 'selectionEvents',
      string
    >
  >;
}

export interface InsertOptions {
  /** "full" into an empty document; "missing" adds only missing headings; "cursor" at the selection. */
  mode: 'full' | 'missing' | 'cursor';
  /** Issuing body, e.g. "ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH". */
  unit: string;
  /** Place for the date line, e.g. "Bắc Ninh". */
  place: string;
  /** Date of the report; defaults to today. */
  date?: Date;
}

export interface InsertResult {
  /** Paragraphs written. */
  paragraphs: number;
  /** Headings added (for mode "missing"). */
  headingsAdded: number;
  /**
   * Headings Word did not keep as written (merged into another paragraph or without their heading
   * style), as "numbering title" lines; absent when every heading landed.
   */
  notLanded?: string[];
}

/** What writing or removing comments did. */
export interface CommentsOutcome {
  /** Comments written (writeComments) or removed (removeComments). */
  count: number;
  /** The add-in's old comments someone replied to: resolved, not deleted, so the replies stay. */
  kept: number;
  /** The add-in's old comments Word refused to remove. */
  failed: number;
}

/** What saving the ignores did. */
export interface SaveOutcome {
  /** Word may not ask to save this change by itself: the user should save the document. */
  saveReminder: boolean;
}

/** The outline a document follows, as kept in the document. */
export interface OutlineMark {
  /** Outline id ("mttq-2023"). */
  id: string;
  version?: string;
  /** The whole outline file, for an outline that is not built in (another computer may not have it). */
  file?: OutlineFile;
}

/** A review comment to write on a paragraph. */
export interface CommentRequest {
  paragraph: number;
  text: string;
}

export interface ReportHost {
  readonly kind: 'word' | 'file';
  readonly capabilities: HostCapabilities;
  /** True when the document has no text at all (decides between full insertion and repair). */
  isEmpty(): Promise<boolean>;
  /** Reads the document in one round trip. */
  readSnapshot(): Promise<DocumentSnapshot>;
  insertTemplate(options: InsertOptions, snapshotForRepair?: DocumentSnapshot): Promise<InsertResult>;
  /** Selects the paragraph with this index (as in the last snapshot). */
  selectParagraph(index: number): Promise<void>;
  /** Writes the add-in's comments; returns how many were written (a number, or the details). Replaces earlier ones. */
  writeComments(comments: CommentRequest[]): Promise<number | CommentsOutcome>;
  /** Removes exactly the add-in's comments; returns how many were removed (a number, or the details). */
  removeComments(): Promise<number | CommentsOutcome>;
  saveIgnores(ignores: Ignore[]): Promise<void | SaveOutcome>;
  /** Sets the outline that insertions and repairs write (hosts without it keep their own). */
  useOutline?(template: ReportTemplate): void;
  /** The outline the document says it follows, or null when it has no mark. */
  readOutlineMark?(): Promise<OutlineMark | null>;
  /** Keeps in the document which outline it follows. */
  saveOutlineMark?(mark: OutlineMark): Promise<void | SaveOutcome>;
  /** Subscribes to document changes; returns an unsubscribe function. */
  onChange?(listener: () => void): () => void;
  /** Selects paragraphs first..last (inclusive, indices of the last snapshot). */
  selectParagraphs?(first: number, last: number): Promise<void>;
  /** Puts an empty selection (the cursor) at the end of this paragraph: where a section's figures go. */
  placeCursorAtEnd?(index: number): Promise<void>;
  /** Index (as in the last snapshot) of the paragraph where the selection starts; null when unknown. */
  cursorParagraph?(): Promise<number | null>;
  /** Subscribes to selection moves in the document; returns an unsubscribe function. */
  onSelectionChange?(listener: () => void): () => void;
}
