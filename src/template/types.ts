// The shape of an official report outline, as the engine uses it (outline files convert to it: src/outline-file/format.ts).

/**
 * What a section must hold in its own body.
 * - figures: text with numbers (the checklist lists which);
 * - text: written text, numbers not required;
 * - optional: a "nếu có" section, may be left empty (info only);
 * - container: its content lives in its sub-sections; ok when its heading is found.
 */
export type SectionKind = 'figures' | 'text' | 'optional' | 'container';

/** One figure the guidance asks for. */
export interface FigureRequirement {
  /** Stable id within the section: "hoi-nghi". */
  id: string;
  /** What the user sees: "Số hội nghị quán triệt, triển khai (ở 3 cấp)". */
  label: string;
  /**
   * Words that recognise the figure in a sentence. Each inner list is one alternative; all its
   * words must occur in the sentence (or in the figure's unit). Matched without diacritics and case.
   */
  match: string[][];
  /** Units that identify the figure on their own ("hội nghị", "%"): a figure with such a unit counts. */
  units?: string[];
  /**
   * Words (folded, like `match`) that, standing in the figure's clause after the requirement's words
   * and before the figure, say that it counts something else: "hỗ trợ", "chi" for an amount raised;
   * "giải quyết" for a count of cases received. Each inner list is one alternative.
   */
  not?: string[][];
  /** Only a rate (%, "tỷ lệ") satisfies it. */
  rate?: boolean;
  /** Only an amount of money (đồng) satisfies it. */
  amount?: boolean;
  /** "(nếu có)": missing is not reported as a finding. */
  optional?: boolean;
  /** The guidance words the requirement comes from ("số hội nghị quán triệt"), for outlines imported from their document. */
  source?: string;
}

export interface TemplateSection {
  /** Section id (contract): "1", "1.II", "1.II.2.1", "2.3". */
  id: string;
  /** 1 = part, 2 = Roman section, 3 = numbered heading, 4 = sub-section (Word's Heading 1..4). */
  level: 1 | 2 | 3 | 4;
  /** Numbering as the outline writes it: "Phần thứ nhất", "I.", "1.", "2.1.". */
  numbering: string;
  /** Heading words without numbering. For parts, the second line ("KẾT QUẢ CÔNG TÁC ..."). */
  title: string;
  /** Text that the outline writes inside the heading line after the title (a parenthesis, a colon). */
  headingGuidance?: string;
  /** Guidance paragraphs under the heading, as the outline writes them. */
  guidance: string[];
  /** Paragraphs of the outline that belong in the report as they are (lead-in sentences). */
  lead?: string[];
  kind: SectionKind;
  figures: FigureRequirement[];
  /** Other titles under which reports write this heading (e.g. "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024" for part 2). */
  aliases?: string[];
}

export interface ReportTemplate {
  /** Template id used in reports: "mttq-2023". */
  id: string;
  /** Version of the outline file ("1", "2025-02"); built-in outlines may leave it out. */
  version?: string;
  /** The year reported on and the year planned. */
  year: number;
  planYear: number;
  /** Title lines of the report. */
  title: string[];
  sections: TemplateSection[];
  /** Paragraphs after the last section (notes such as "(Bám sát theo Thông báo ...)"). */
  closingGuidance: string[];
  recipients: { heading: string; placeholder: string[] };
  signature: {
    heading: string;
    note: string;
    /**
     * Title lines that may stand under the heading ("CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"), in
     * addition to the usual titles of administrative documents that the engine knows.
     */
    titles?: string[];
  };
  /**
   * Number phrases of the outline itself that are not figures when a report repeats them
   * ("ở 3 cấp", "Tổng kết 10 năm").
   */
  genericPhrases: string[];
  /** How each heading level is numbered in this outline ("Phần thứ nhất", "I.", "1.", "2.1."). */
  levels?: LevelVocabulary[];
}

/** The numbering words one heading level uses. */
export interface LevelVocabulary {
  level: 1 | 2 | 3 | 4;
  /** part: "Phần thứ nhất"; roman: "I."; number: "1."; sub-number: "2.1."; letter: "a)". */
  style: 'part' | 'roman' | 'number' | 'sub-number' | 'letter';
  /** The numberings found at this level, in order. */
  numbering: string[];
}
