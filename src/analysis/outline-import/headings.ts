// Headings of an outline by their numbering alone: "Phần thứ nhất", "Phần I", "I.", "1.", "1.1.",
// "a)". Styles do not matter; a line is a heading when its numbering says so.

export type HeadingKind = 'part' | 'roman' | 'number' | 'letter';

export interface ParsedHeading {
  kind: HeadingKind;
  /** Numbering as written: "Phần thứ nhất", "II.", "2.1.", "a)". */
  numbering: string;
  /** Part or Roman number; the digits of "2.1." ([2, 1]); the letter's position (a = 1). */
  values: number[];
  /** The id segment: "2", "II", "a". */
  segment: string;
  /** The words after the numbering (empty when the title is on the next line). */
  rest: string;
}

const PART_WORDS: Record<string, number> = {
  nhất: 1, một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8,
};
const PART_RE = /^(phần\s+(?:thứ\s+(\p{L}+)|([IVX]{1,4}|\d{1,2})(?![\p{L}\d])|(\p{L}+)$))\s*[.:\-–—]?\s*(.*)$/iu;
const ROMAN_RE = /^([IVX]{1,5})\s*[.)]\s*(.*)$/u;
const DIGITS_RE = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.|\))?\s+(\S.*)$/u;
const LETTER_RE = /^([a-zđ])\s*(\)|\.(?=\s))\s*(\S.*)$/u;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

export function romanValue(s: string): number | undefined {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = ROMAN[s[i + 1]] ?? 0;
    if (v === undefined) return undefined;
    total += v < next ? -v : v;
  }
  const canonical = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
  return canonical[total] === s ? total : undefined;
}

const PART_LETTERS = 'ABCDEFGH';
/** "A. KẾT QUẢ ..." as a part: upper-case letters that are not Roman numerals. */
const PART_LETTER_RE = /^([A-H])\.\s+(\p{Lu}.*)$/u;

function partNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  if (PART_WORDS[w] !== undefined) return PART_WORDS[w];
  if (/^[A-H]$/u.test(word)) return PART_LETTERS.indexOf(word) + 1;
  if (/^\d+$/u.test(w)) return Number(w);
  return romanValue(word.toUpperCase());
}

/** The heading a line starts, or undefined for body text. */
export function parseHeading(line: string): ParsedHeading | undefined {
  const part = PART_RE.exec(line);
  if (part) {
    const word = part[2] ?? part[3] ?? part[4];
    const n = partNumber(word);
    if (n !== undefined) return { kind: 'part', numbering: part[1].trim(), values: [n], segment: String(n), rest: part[5].trim() };
  }
  const letterPart = PART_LETTER_RE.exec(line);
  if (letterPart) {
    const n = PART_LETTERS.indexOf(letterPart[1]) + 1;
    return { kind: 'part', numbering: `${letterPart[1]}.`, values: [n], segment: String(n), rest: letterPart[2].trim() };
  }
  const roman = ROMAN_RE.exec(line);
  if (roman) {
    const v = romanValue(roman[1]);
    const rest = roman[2].trim();
    // "I." followed by a lower-case word is a sentence, not a heading.
    if (v !== undefined && !/^\p{Ll}/u.test(rest)) {
      return { kind: 'roman', numbering: line.slice(0, line.length - roman[2].length).trim(), values: [v], segment: roman[1], rest };
    }
  }
  const digits = DIGITS_RE.exec(line);
  if (digits) {
    const values = digits[1].split('.').map(Number);
    // A single number needs its dot or parenthesis ("1."), so "3 tháng" is not a heading.
    if ((values.length > 1 || digits[2]) && /^[\p{Lu}\p{N}“"(]/u.test(digits[3])) {
      const numbering = `${digits[1]}${digits[2] ?? ''}`;
      return { kind: 'number', numbering, values, segment: String(values[values.length - 1]), rest: digits[3].trim() };
    }
  }
  const letter = LETTER_RE.exec(line);
  if (letter && /^[\p{Lu}“"]/u.test(letter[3])) {
    const ch = letter[1];
    const pos = 'abcdđefghiklmnopqrstuvxy'.indexOf(ch) + 1;
    return { kind: 'letter', numbering: `${ch}${letter[2]}`, values: [pos], segment: ch, rest: letter[3].trim() };
  }
  return undefined;
}

/** Words that open guidance rather than a title, inside a heading's parenthesis. */
const GUIDANCE_OPENERS = /^(nêu|ghi|có số|số|tỷ lệ|tỉ lệ|đánh giá|trong đó|chú ý|lưu ý|kèm|mô tả|làm rõ|phân tích|tập trung|cụ thể|bao gồm|gồm|báo cáo|thống kê|liệt kê|đề nghị|so sánh|chỉ rõ|khái quát)/iu;
const NEU_CO = /\(\s*nếu\s+có\s*\)/iu;

export function isOptionalMark(text: string): boolean {
  return NEU_CO.test(text);
}

/**
 * Splits the words of a heading line into its title and the guidance the line carries: a
 * parenthesis that asks for something ("(nêu rõ số lượng ...)") or a sentence after a colon
 * (": Đề xuất ..."). A parenthesis that names ("(nếu có)", "(26/3/1931 - 26/3/2026)") stays in the title.
 */
export function splitHeadingLine(rest: string): { title: string; headingGuidance?: string } {
  let depth = 0;
  let inQuote = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '“') inQuote = true;
    else if (c === '”') inQuote = false;
    else if (c === '(') {
      if (depth === 0 && !inQuote) {
        const inner = rest.slice(i + 1);
        if (GUIDANCE_OPENERS.test(inner.trimStart()) && !NEU_CO.test(rest.slice(i, i + 12))) {
          const cut = i > 0 && rest[i - 1] === ' ' ? i - 1 : i;
          return { title: rest.slice(0, cut).trimEnd(), headingGuidance: rest.slice(cut) };
        }
      }
      depth++;
    } else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ':' && depth === 0 && !inQuote && /^\s+\p{Lu}/u.test(rest.slice(i + 1))) {
      return { title: rest.slice(0, i).trimEnd(), headingGuidance: rest.slice(i) };
    }
  }
  return { title: rest };
}
