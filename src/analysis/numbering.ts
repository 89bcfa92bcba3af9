// The numbering written before a heading ("Phần thứ hai", "II.", "2.1/", "a)", "(3)") and how well
// it agrees with a section's own numbering in the outline.

export interface Token {
  w: string;
  start: number;
  end: number;
}

export type NumberingKind = 'part' | 'roman' | 'letter' | 'digits' | 'none';

export interface Numbering {
  kind: NumberingKind;
  values: number[];
  /** Offset in the text where the words after the numbering begin. */
  rest: number;
  /** True for a lower-case letter "a)". */
  lower?: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}]+/gu;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };
export const PART_WORDS: Record<string, number> = {
  nhat: 1, mot: 1, i: 1, '1': 1, a: 1,
  hai: 2, ii: 2, '2': 2, b: 2,
  ba: 3, iii: 3, '3': 3,
};
export function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(folded); m !== null; m = TOKEN_RE.exec(folded)) {
    out.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** What numberingBonus needs to know of a section: its level, its part and its own numbering. */
export interface NumberedSection {
  level: number;
  part: number;
  numbering: Numbering;
}

/** Parses the numbering at the start of a (folded, offset-kept) heading text. */
export function parseNumbering(folded: string, tokens: Token[], original: string): Numbering {
  if (tokens.length === 0) return { kind: 'none', values: [], rest: 0 };
  const t0 = tokens[0];
  // "Phần thứ nhất", "Phần I", "Phần 2", "PHẦN THỨ HAI".
  if (t0.w === 'phan' && tokens.length >= 2) {
    let k = 1;
    if (tokens[k].w === 'thu' && tokens.length >= 3) k++;
    const v = PART_WORDS[tokens[k].w];
    if (v !== undefined) return { kind: 'part', values: [v], rest: tokens[k].end };
  }
  if (t0.start > 3) return { kind: 'none', values: [], rest: 0 };
  const after = original.charAt(t0.end);
  const punct = /[.):\-–/]/u.test(after) || (/[ \t]/.test(after) && /^\s*[-–]/u.test(original.slice(t0.end))) ? after : '';
  // Digits: "2", "2.1", "2.1.", "2.1)", "2-1", "2.1/", "(2)"; not a figure ("13/13", "1.052").
  if (/^\d{1,2}$/.test(t0.w)) {
    if (/^[/,.]\d/.test(original.slice(t0.end, t0.end + 2)) && !/^\.\d{1,2}(?!\d)/.test(original.slice(t0.end))) {
      return { kind: 'none', values: [], rest: 0 };
    }
    const values = [Number(t0.w)];
    let k = 1;
    let end = t0.end;
    while (k < tokens.length && tokens[k].start === end + 1 && /[.\-]/.test(original.charAt(end)) && /^\d{1,2}$/.test(tokens[k].w) && values.length < 4) {
      values.push(Number(tokens[k].w));
      end = tokens[k].end;
      k++;
    }
    return { kind: 'digits', values, rest: end };
  }
  const roman = ROMAN[t0.w];
  if (roman !== undefined && (punct !== '' || t0.w.length > 1)) {
    return { kind: 'roman', values: [roman], rest: t0.end };
  }
  if (/^[a-h]$/.test(t0.w) && punct !== '') {
    return { kind: 'letter', values: [t0.w.charCodeAt(0) - 96], rest: t0.end, lower: true };
  }
  return { kind: 'none', values: [], rest: 0 };
}

/** Score for the numbering written in the document against the section's own. */
export function numberingBonus(found: Numbering, section: NumberedSection, originalCase: string, allCaps: boolean): number {
  const own = section.numbering;
  const level = section.level;
  switch (found.kind) {
    case 'none':
      return 0;
    case 'part':
      return level === 1 && found.values[0] === section.part ? 0.5 : -0.5;
    case 'roman':
      if (level !== 2) return -0.15;
      return found.values[0] === own.values[0] ? 0.15 : -0.15;
    case 'letter': {
      // "A." / "B." for parts or Roman sections, "a)" for sub-sections; in a heading written all
      // in capitals the letter's case says nothing about a sub-section.
      if (allCaps && level >= 3) return 0;
      const upper = originalCase === originalCase.toUpperCase();
      if (upper && (level === 1 || level === 2)) {
        const target = level === 1 ? section.part : own.values[0];
        return found.values[0] === target ? 0.1 : -0.1;
      }
      if (!upper && level >= 3) return found.values[0] === own.values[own.values.length - 1] ? 0.05 : -0.05;
      return -0.1;
    }
    case 'digits': {
      if (own.kind !== 'digits') return -0.15;
      const a = found.values;
      const b = own.values;
      if (a.length === b.length) return a.every((v, i) => v === b[i]) ? 0.15 : -0.1;
      return -0.1;
    }
  }
}
