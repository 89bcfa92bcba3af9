// Outline recovery: which paragraphs are the template's headings, and which paragraphs form each
// section's own body. Works on reports written with or without the template: heading styles or
// plain paragraphs, numbering typed or generated, other case, missing diacritics, small typos.
import type { ReportTemplate, TemplateSection } from '../template/types';
import type { DocumentSnapshot } from './types';
import { isClosingLine } from './closing';
import { FRONT, withFrontName } from './front-names';
import { numberingBonus, parseNumbering, PART_WORDS, tokenize, type NumberedSection, type Numbering, type Token } from './numbering';
import { foldCode, foldedHead, foldKeepOffsets } from './normalize';

/** A heading found in the document. */
export interface FoundHeading {
  sectionId: string;
  /** Index of the heading paragraph. */
  paragraph: number;
  /** Paragraphs consumed by the heading (2 for a part heading written on two lines). */
  span: number;
  /** Text after the title in the heading paragraph ("1. Ưu điểm: Năm 2023 ..." -> "Năm 2023 ..."). */
  inlineText: string;
  score: number;
}

export interface RecoveredOutline {
  /** Found headings by section id. */
  headings: Map<string, FoundHeading>;
  /** Found headings in document order. */
  ordered: FoundHeading[];
  /** For each section id with a heading: [start, end) of the paragraphs of its own body. */
  bodies: Map<string, [number, number]>;
  /** Index of the first paragraph of the closing blocks ("Nơi nhận", signature), or length. */
  closingStart: number;
}

interface PreparedSection extends NumberedSection {
  /** Position in the prepared list (a section with aliases has several entries). */
  index: number;
  section: TemplateSection;
  part: number;
  tokens: string[];
  /** How many distinct distinctive (non-stop) words the title has. */
  distinctive: number;
  numbering: Numbering;
}

const BULLET_RE = /^\s*[-+•*–—·▪●○◦]\s*/u;
/** Words too common in titles to point at one section. */
const STOP = new Set(['va', 'cac', 'cua', 'trong', 'nhan', 'dan', 'viet', 'nam', 've', 'cong', 'tac', 'thuc', 'hien', 'ket', 'qua', 'de', 'voi', 'to', 'chuc', 'mttq', 'trien', 'khai', FRONT]);

/** Edit distance at most one (a small typo), for words of four letters or more. */
function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    // transposition
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Longest common subsequence of title words in the paragraph's words, typos tolerated.
 * Returns the length and the index (in `words`) of the last matched word.
 */
function lcs(title: string[], words: Token[], limit: number): { length: number; last: number } {
  const n = title.length;
  const m = Math.min(words.length, limit);
  if (n === 0 || m === 0) return { length: 0, last: -1 };
  // dp over m columns, rolling rows; track for each cell the earliest last index achieving it.
  let prev = new Int32Array(m + 1);
  let prevLast = new Int32Array(m + 1).fill(-1);
  let cur = new Int32Array(m + 1);
  let curLast = new Int32Array(m + 1).fill(-1);
  for (let i = 1; i <= n; i++) {
    cur[0] = 0;
    curLast[0] = -1;
    for (let j = 1; j <= m; j++) {
      if (nearlyEqual(title[i - 1], words[j - 1].w)) {
        cur[j] = prev[j - 1] + 1;
        curLast[j] = j - 1;
      } else if (prev[j] >= cur[j - 1]) {
        cur[j] = prev[j];
        curLast[j] = prevLast[j];
      } else {
        cur[j] = cur[j - 1];
        curLast[j] = curLast[j - 1];
      }
    }
    [prev, cur] = [cur, prev];
    [prevLast, curLast] = [curLast, prevLast];
  }
  return { length: prev[m], last: prevLast[m] };
}

function partOf(section: TemplateSection): number {
  return Number(section.id.split('.')[0]);
}

function sectionNumbering(section: TemplateSection): Numbering {
  const folded = foldKeepOffsets(section.numbering);
  return parseNumbering(folded, tokenize(folded), section.numbering);
}

/** One entry per way of writing a heading: its official title, then each of its aliases. */
function prepare(template: ReportTemplate): PreparedSection[] {
  const out: PreparedSection[] = [];
  for (const section of template.sections) {
    const numbering = sectionNumbering(section);
    for (const title of [section.title, ...(section.aliases ?? [])]) {
      const tokens = withFrontName(tokenize(foldKeepOffsets(title))).map((t) => t.w);
      out.push({
        index: out.length,
        section,
        level: section.level,
        part: partOf(section),
        tokens,
        distinctive: new Set(tokens.filter((w) => !STOP.has(w))).size,
        numbering,
      });
    }
  }
  return out;
}

interface Candidate {
  paragraph: number;
  section: number;
  score: number;
  span: number;
  inlineStart: number;
}

interface Prepared {
  prepared: PreparedSection[];
  /** Distinctive title word -> the prepared sections having it. */
  index: Map<string, number[]>;
  /** The first START_WORDS folded words of every title, and their first two letters (as c0 * 65536 + c1). */
  starts: Set<string>;
  startLetters: Set<number>;
  /** Longest paragraph that may be a plain (unnumbered, unstyled) heading. */
  plainMax: number;
}

const cache = new WeakMap<ReportTemplate, Prepared>();

function preparedFor(template: ReportTemplate): Prepared {
  let entry = cache.get(template);
  if (!entry) {
    const prepared = prepare(template);
    const index = new Map<string, number[]>();
    const starts = new Set<string>();
    let longest = 0;
    for (const s of template.sections) for (const t of [s.title, ...(s.aliases ?? [])]) longest = Math.max(longest, t.length);
    for (const p of prepared) {
      starts.add(p.tokens.slice(0, START_WORDS).join(' '));
      for (const w of new Set(p.tokens)) {
        if (STOP.has(w)) continue;
        const list = index.get(w) ?? [];
        list.push(p.index);
        index.set(w, list);
      }
    }
    const startLetters = new Set([...starts].map((w) => w.charCodeAt(0) * 65536 + w.charCodeAt(1)));
    entry = { prepared, index, starts, startLetters, plainMax: Math.ceil(longest * 1.25) + 20 };
    cache.set(template, entry);
  }
  return entry;
}

const PART_RE = /^\s*phan\s+(thu\s+)?(nhat|mot|hai|ba|i{1,3}|[123])\b/;
/**
 * An unnumbered, unstyled paragraph up to this length, not ending like a sentence, is compared
 * with the titles; a longer one (up to the longest title) only when it starts as a title does.
 */
const PLAIN_MAX = 200;
/** Typed numbering at the start of a paragraph: "2.1.", "II.", "a)", "Phần". */
const NUMBERED_RE = /^\s*(\(?(\d{1,2}(\.\d{1,2}){0,3}|[IVXivx]{1,4}|[a-hA-H])\s*([):\-–]|\.(?!\d)|\/(?!\d))|\d{1,2}\.\d{1,2}\s|(phần|PHẦN|Phần|phan|PHAN)\s)/u;

const BULLET_LABEL_RE = /^[-+•*–—·▪●○◦\uf0b7\uf0a7\uf076\uf0d8\uf0fc\u2713\u2714o]$/u;
/** How many first words of a long or bulleted plain paragraph must be a title's first words. */
const START_WORDS = 3;

/** True when the text's first words are a title's first words (its first two letters are looked at first). */
function startsAsTitle(text: string, prepared: Prepared): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i + 1 >= text.length || !prepared.startLetters.has(foldCode(text.charCodeAt(i)) * 65536 + foldCode(text.charCodeAt(i + 1)))) return false;
  return prepared.starts.has(foldedHead(i > 0 ? text.slice(i) : text, START_WORDS));
}

/** The last character that is not a space. */
function lastChar(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= 0 ? text[i] : '';
}

const NO_NUMBERING: Numbering = { kind: 'none', values: [], rest: 0 };
/** Score taken from a section found under the heading of another part. */
const PART_PENALTY = 0.3;

/**
 * The part (1, 2, ...) each paragraph stands in: set by the best part heading candidate of each
 * part and by "Phần ..." markers; 0 before any. A part heading candidate above the sections of
 * the part before it loses score.
 */
function partContext(candidates: Candidate[], prepared: PreparedSection[], markers: Int8Array): Int8Array {
  const n = markers.length;
  // A part heading stands after the first sections of the part before it: the report's title
  // ("Chương trình phối hợp … năm 2024") above part 1 is not part 2's heading.
  const first = new Map<number, number>();
  for (const c of candidates) {
    const s = prepared[c.section];
    if (s.section.level > 1 && c.score >= 0.9 && c.paragraph < (first.get(s.part) ?? Infinity)) first.set(s.part, c.paragraph);
  }
  const best = new Map<number, Candidate>();
  for (const c of candidates) {
    const s = prepared[c.section];
    if (s.section.level !== 1) continue;
    if (c.paragraph < (first.get(s.part - 1) ?? -1)) {
      c.score -= PART_PENALTY;
      continue;
    }
    const b = best.get(s.part);
    if (!b || c.score > b.score) best.set(s.part, c);
  }
  const at = new Int8Array(n);
  for (const [part, c] of best) at[c.paragraph] = part;
  const out = new Int8Array(n);
  let part = 0;
  for (let i = 0; i < n; i++) {
    if (at[i] !== 0) part = at[i];
    else if (markers[i] !== 0 && (i === 0 || markers[i] !== markers[i - 1])) part = markers[i];
    out[i] = part;
  }
  return out;
}

/**
 * Finds the template's headings in the paragraphs and the body of each section.
 * Linear in the number of paragraphs: only heading-like paragraphs are compared with titles,
 * and those only with sections sharing a distinctive word.
 */
export function recoverOutline(snapshot: DocumentSnapshot, template: ReportTemplate): RecoveredOutline {
  const entry = preparedFor(template);
  const { prepared, index, plainMax } = entry;
  const paras = snapshot.paragraphs;
  const n = paras.length;
  const candidates: Candidate[] = [];

  // The closing blocks: from the last "Nơi nhận" or signature line on, nothing is a section body.
  let closingStart = n;
  const titles = template.signature.titles ?? [];
  for (let i = n - 1; i >= 0 && i >= n - 60; i--) {
    if (isClosingLine(paras[i].text.split('\n')[0], titles)) closingStart = i;
  }

  // Part markers first: they set the context (part 1 or 2) of what follows.
  const partAt = new Int8Array(n);
  let part = 0;
  for (let i = 0; i < n; i++) {
    const p = paras[i];
    const t = p.text;
    // Cheap test on the first letter before folding: "Phần" / "PHẦN" / "phan".
    if (!p.isGuidancePlaceholder && !p.inTable && t.length < 200 && /^\s*[pP]/.test(t)) {
      const m = PART_RE.exec(foldKeepOffsets(t.slice(0, 40)));
      if (m) part = PART_WORDS[m[2]] ?? part;
    }
    partAt[i] = part;
  }

  for (let i = 0; i < closingStart; i++) {
    const p = paras[i];
    if (p.isGuidancePlaceholder || p.inTable) continue;
    const whole = p.text;
    if (whole.length === 0 || whole.length > 1500) continue;
    const rawLabel = p.numberingLabel ? p.numberingLabel.trim() : '';
    const bulletLabel = rawLabel !== '' && BULLET_LABEL_RE.test(rawLabel);
    const label = rawLabel && !bulletLabel ? (p.numberingLabel as string) : '';
    // A bulleted paragraph (a typed "-" or Word's bullet) is judged by the text after its bullet,
    // as a plain paragraph: it is a heading only when it is the title alone (part-2 items are
    // often written so).
    const bullet = label ? null : BULLET_RE.exec(whole);
    const bulleted = bulletLabel || bullet !== null;
    const text = bullet ? whole.slice(bullet[0].length) : whole;
    const styled = p.headingLevel !== undefined && p.headingLevel >= 1 && p.headingLevel <= 6;
    if (!label && !(styled && !bulleted) && !NUMBERED_RE.test(text)) {
      // Only a numbered or styled paragraph may carry text after its heading; a plain one is the
      // title alone, so it is no longer than the longest title and starts as a title does.
      const quick = !bulleted && text.length <= PLAIN_MAX && !/[.;,]/.test(lastChar(text));
      if (!quick && (text.length > plainMax || !startsAsTitle(text, entry))) continue;
    }
    const full = label ? `${label} ${text}` : text;
    const folded = foldKeepOffsets(full.length > 600 ? full.slice(0, 600) : full);
    const tokens = tokenize(folded);
    if (tokens.length === 0) continue;
    const numbering = bulleted ? NO_NUMBERING : parseNumbering(folded, tokens, full);
    let restIdx = 0;
    while (restIdx < tokens.length && tokens[restIdx].start < numbering.rest) restIdx++;
    // The Front's name in any of its forms is one word (front-names.ts).
    const restAll = tokens.slice(restIdx, restIdx + 80);
    const restNamed = withFrontName(restAll);
    const rest = restNamed.slice(0, 64);
    const restCount = tokens.length - restIdx - (restAll.length - restNamed.length);
    const strong = (styled && !bulleted) || numbering.kind !== 'none';
    // Offsets in `full` -> offsets in the paragraph's text.
    const offset = label ? label.length + 1 : -(whole.length - text.length);

    // A part marker on its own line: the title may follow on the next paragraph.
    if (numbering.kind === 'part') {
      let span = 1;
      let words = rest;
      if (rest.length === 0) {
        const next = i + 1 < n ? paras[i + 1] : undefined;
        if (next && !next.inTable && next.text.length < 200) {
          const nf = foldKeepOffsets(next.text);
          words = withFrontName(tokenize(nf));
          span = 2;
        }
      }
      for (const s of prepared) {
        if (s.section.level !== 1 || s.part !== numbering.values[0]) continue;
        const sim = words.length ? lcs(s.tokens, words, s.tokens.length + 4).length / s.tokens.length : 0;
        // The marker alone is enough; a matching title only confirms it.
        const useSpan = span === 2 && sim >= 0.5 ? 2 : 1;
        candidates.push({ paragraph: i, section: s.index, score: 1.2 + sim * 0.3, span: useSpan, inlineStart: -1 });
      }
      continue;
    }

    // Sections sharing a distinctive word with the start of the paragraph.
    const hits = new Map<number, number>();
    for (let k = 0; k < Math.min(rest.length, 12); k++) {
      const list = index.get(rest[k].w);
      if (!list) continue;
      for (const s of list) hits.set(s, (hits.get(s) ?? 0) + 1);
    }
    let restWords: Set<string> | undefined;
    const textAllCaps = text === text.toUpperCase() && /\p{Lu}/u.test(text);
    for (const [si, count] of hits) {
      const s = prepared[si];
      const tl = s.tokens.length;
      if (count < Math.min(2, s.distinctive)) continue;
      // A plain paragraph must be about as long as the title.
      if (!strong && (restCount > tl * 1.25 + 3 || restCount < tl * 0.8 - 1)) continue;
      // Upper bound of the common words (typos allowed for some), before the costly alignment.
      restWords ??= new Set(rest.map((t) => t.w));
      let exact = 0;
      for (const w of s.tokens) if (restWords.has(w)) exact++;
      const bound = Math.min(tl, exact + Math.max(1, Math.ceil(tl * 0.15)));
      const coverBound = bound / tl;
      if (coverBound < 0.75 && (!strong || coverBound < 0.2 || bound / Math.max(restCount, 1) < 0.9)) continue;
      if (!strong && (coverBound < 0.8 || bound / Math.max(restCount, 1) < 0.8)) continue;
      const { length, last } = lcs(s.tokens, rest, tl + 3);
      const cover = length / tl; // share of the title found
      let sim = cover;
      const lastEnd = last >= 0 ? rest[last].end : 0;
      const trailing = rest.filter((t) => t.start >= lastEnd).length;
      if (!strong) {
        // A plain paragraph is a heading only when it is the heading and nothing else.
        const own = length / Math.max(restCount, 1);
        if (own < 0.8 || cover < 0.8) continue;
        sim = Math.min(cover, own) + (textAllCaps ? 0.05 : 0) - (bulleted ? 0.05 : 0);
      } else if (cover < 0.75) {
        // A shortened heading: all of the paragraph belongs to the title, or all of it up to a
        // colon when the section's own number stands before it ("3.4.Công tác phản biện xã hội
        // theo Quyết định 217-QĐ/TW: Tổ chức …").
        let words = rest.length;
        if (trailing > 0) {
          const colon = full.indexOf(':', lastEnd);
          const exact = numberingBonus(numbering, s, text.slice(0, 3), textAllCaps) > 0;
          if (colon < 0 || !/^\s*$/u.test(full.slice(lastEnd, colon)) || !exact || cover < (numbering.values.length > 1 ? 0.5 : 0.6)) continue;
          words = rest.filter((t) => t.end <= colon).length;
        }
        const own = length / Math.max(words, 1);
        if (own < 0.9 || length < Math.min(4, tl) || cover < 0.2) continue;
        sim = 0.72 + cover * 0.1;
      }
      let score = sim + numberingBonus(numbering, s, text.slice(0, 3), textAllCaps);
      if (styled && !bulleted) score += p.headingLevel === s.section.level ? 0.05 : -0.02;
      if (score < 0.75) continue;
      const inlineStart = trailing > 0 ? Math.max(0, lastEnd - offset) : -1;
      candidates.push({ paragraph: i, section: si, score, span: 1, inlineStart });
    }
  }

  // Part headings set the context: a section of another part found under one is judged by it
  // (a part-2 item repeating a part-1 title belongs to part 2 by its place).
  const context = partContext(candidates, prepared, partAt);
  for (const c of candidates) {
    const s = prepared[c.section];
    const ctx = context[c.paragraph];
    if (ctx !== 0 && ctx !== s.part && s.section.level > 1) c.score -= PART_PENALTY;
  }

  // One heading per section and one section per paragraph, best scores first.
  candidates.sort((a, b) => b.score - a.score || a.paragraph - b.paragraph);
  const takenPara = new Set<number>();
  const headings = new Map<string, FoundHeading>();
  for (const c of candidates) {
    if (c.score < 0.75) continue;
    const id = prepared[c.section].section.id;
    if (headings.has(id) || takenPara.has(c.paragraph)) continue;
    if (c.span === 2 && takenPara.has(c.paragraph + 1)) continue;
    takenPara.add(c.paragraph);
    if (c.span === 2) takenPara.add(c.paragraph + 1);
    const text = paras[c.paragraph].text;
    const inline = c.inlineStart >= 0 ? text.slice(c.inlineStart).replace(/^[\s:.;,\-–—)]+/u, '').trim() : '';
    headings.set(id, { sectionId: id, paragraph: c.paragraph, span: c.span, inlineText: inline, score: c.score });
  }
  // A part-2 item found without its part heading, before it... is still reported; a candidate that
  // lost its section to a better one simply stays body text.

  const ordered = [...headings.values()].sort((a, b) => a.paragraph - b.paragraph);
  const bodies = new Map<string, [number, number]>();
  for (let k = 0; k < ordered.length; k++) {
    const h = ordered[k];
    const start = h.paragraph + h.span;
    const end = k + 1 < ordered.length ? ordered[k + 1].paragraph : closingStart;
    bodies.set(h.sectionId, [Math.min(start, end), Math.max(start, Math.min(end, closingStart))]);
  }
  return { headings, ordered, bodies, closingStart };
}
