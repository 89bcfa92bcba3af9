// Shared data shapes of the engine. Pure types: no Office, no DOM, no I/O.

/** One paragraph of a document, as a reader (Word or .docx) hands it to the engine. */
export interface SnapshotParagraph {
  /** The paragraph's text as the reader sees it (no generated numbering). */
  text: string;
  /**
   * Heading level 1..9 when the paragraph has a heading style or an outline level
   * (Word's "Heading 1" = 1); undefined for body text.
   */
  headingLevel?: number;
  /** The numbering Word generates and shows before the text ("I.", "2.1."), if any. */
  numberingLabel?: string;
  /** Style name for diagnostics ("Heading 1", "Normal", ...). */
  styleName?: string;
  /** True when the paragraph sits in a table cell. */
  inTable?: boolean;
  /** True for paragraphs inside content controls / placeholders the add-in wrote as guidance. */
  isGuidancePlaceholder?: boolean;
  /** True for paragraphs inside a text box (read right after the paragraph holding its anchor). */
  inTextBox?: boolean;
}

/** What every reader produces: the document's paragraphs in reading order. */
export interface DocumentSnapshot {
  paragraphs: SnapshotParagraph[];
  /** Ignores stored in the document (see Ignore). */
  ignores?: Ignore[];
}

export type FigureKind = 'count' | 'amount' | 'rate' | 'ratio';

/** A quantity the report states: "06 hội nghị", "74,5 tỷ đồng", "98,6%", "13/13 xã". */
export interface Figure {
  /** The figure as written, with its unit: "06 hội nghị". */
  text: string;
  /** Numeric value: 6, 1052, 74.5, 98.6, 1 (13/13 -> 1). */
  value: number;
  /** The unit words after the number ("hội nghị", "tỷ đồng", "%", "xã"); "" when none. */
  unit: string;
  kind: FigureKind;
  /** UTF-16 offsets in the text that was analysed. */
  start: number;
  end: number;
}

export type SectionStatus = 'ok' | 'missing' | 'empty' | 'guidance-left' | 'no-figures';

export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'section-missing'
  | 'section-empty'
  | 'guidance-left'
  | 'section-no-figures'
  | 'signature-missing'
  | 'figure-missing'
  | 'section-order'
  | 'recipients-missing'
  | 'optional-empty';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Section id (contract), absent for document-wide findings. */
  section?: string;
  /** Rendered message in the report's language (Vietnamese unless asked otherwise). */
  message: string;
  /** Values for the message (label of a figure, title of a section, ...). */
  data?: Record<string, string | number>;
  /** Index of the paragraph to select for this finding, when known. */
  paragraph?: number;
  /** Set when the user ignored this finding; ignored findings do not count for `ready`. */
  ignored?: { reason: string };
}

/** A user's decision to ignore one finding, stored in the document. */
export interface Ignore {
  code: FindingCode;
  /** Section id, or "" for document-wide findings. */
  section: string;
  /** For figure-missing: the checklist item id. */
  item?: string;
  reason: string;
}

export interface ChecklistResult {
  /** Checklist item id, stable across versions of a template. */
  id: string;
  label: string;
  found: boolean;
  /** The figure found, e.g. "06 hội nghị". */
  figure?: string;
  /** The sentence in which it was found. */
  evidence?: string;
  optional?: boolean;
}

export interface SectionResult {
  id: string;
  /** Numbering + title as in the template: "1. Ưu điểm". */
  title: string;
  level: number;
  status: SectionStatus;
  /** Figures found in the section's own body. */
  figures: string[];
  checklist: ChecklistResult[];
  /** Paragraph index of the heading when found. */
  paragraph?: number;
  /** Paragraph range [start, end) of the section's own body. */
  body?: [number, number];
}

export interface Report {
  template: string;
  ready: boolean;
  /** Number of template headings recognised in the document. */
  headingsFound: number;
  sections: SectionResult[];
  findings: Finding[];
  /** Error-severity findings not ignored. */
  errorCount: number;
  warningCount: number;
}
