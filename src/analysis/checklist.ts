// The figure checklist of a section: which figure of the body answers each figure the outline asks for.
//
// A figure answers a requirement when the words that name what it counts are its own (its unit and
// the words after it in its clause: "06 hội nghị quán triệt", "96 người tham dự") or stand before it
// in the same clause ("tiếp nhận 15 đơn thư"). Clauses end at , ; : . ( ) "và" "trong đó" "với" and
// at another figure. A clause with no naming words of its own ("đạt 93,3%", "(đạt 94,8%)") takes the
// clause before it. Words in a neighbouring clause count only as a last resort, and never across
// another figure. A table cell's figure is named by the cells before it in its row ("Số ý kiến, kiến
// nghị | 56"), commas and abbreviations included. A figure whose unit names another thing ("03 chức
// danh" for a number of classes, an amount for a count) does not answer. When two requirements of
// a section want the same figure, it answers the one it fits best and the other looks further.
import type { FigureRequirement, TemplateSection } from '../template/types';
import { findFigures } from './figures';
import { fold, foldKeepOffsets } from './normalize';
import type { ChecklistResult, Figure } from './types';

export interface SentenceFigures {
  /** The sentence, with the row's earlier cells before it for a table cell ("Số hội nghị | 06"). */
  sentence: string;
  /** foldKeepOffsets(sentence). */
  folded: string;
  /** Its figures, offsets into `sentence`. */
  figures: Figure[];
}

export interface ContentParagraph {
  text: string;
  inTable: boolean;
}

/** How many table cells before a number give its context. */
const TABLE_CONTEXT = 3;

const SENTENCE_END = /(?<=[.!?;:])\s+(?=[\p{Lu}\d“"(-])|\n+/u;

function splitSentences(text: string): string[] {
  return text.split(SENTENCE_END).filter((s) => s.trim().length > 0);
}

/**
 * The sentences of a section's content that state figures, and the figures' texts in reading order.
 * In a table, what a number counts is written in the cells before it ("Hội nghị quán triệt | 06"):
 * the row's earlier cells without figures are the number's sentence.
 */
export function sectionFigures(content: readonly ContentParagraph[], genericPhrases: readonly string[]): { sentences: SentenceFigures[]; figureTexts: string[] } {
  const sentences: SentenceFigures[] = [];
  const figureTexts: string[] = [];
  const cellHasFigures: boolean[] = [];
  for (let k = 0; k < content.length; k++) {
    const { text, inTable } = content[k];
    let prefix = '';
    for (let j = k - 1; inTable && j >= 0 && j >= k - TABLE_CONTEXT && content[j].inTable && !cellHasFigures[j]; j--) prefix = `${content[j].text} | ${prefix}`;
    let any = false;
    for (const sentence of splitSentences(text)) {
      const figures = findFigures(sentence, { genericPhrases });
      if (figures.length === 0) continue;
      any = true;
      for (const f of figures) figureTexts.push(f.text);
      const full = prefix + sentence;
      const shifted = prefix ? figures.map((f) => ({ ...f, start: f.start + prefix.length, end: f.end + prefix.length })) : figures;
      sentences.push({ sentence: full, folded: foldKeepOffsets(full), figures: shifted });
    }
    cellHasFigures.push(any);
  }
  return { sentences, figureTexts };
}

// ---------------------------------------------------------------------------------------------
// Clauses.

/** Characters that end a clause (a "." or "," only before a space or the end: "h.giải", "74,5" do not). */
function isBoundaryAt(s: string, i: number): boolean {
  const c = s[i];
  if (c === ';' || c === ':' || c === '(' || c === ')' || c === '[' || c === ']' || c === '!' || c === '?' || c === '…' || c === '\n') return true;
  if (c === ',' || c === '.') return i + 1 >= s.length || /\s/.test(s[i + 1]);
  return false;
}

/** How far before a figure its words are looked for (characters). */
const MAX_REACH = 160;

/** Folded words that end a clause: "và", "trong đó", "với", "gồm", "còn", "nhưng". */
const BOUNDARY_WORDS = ['va', 'trong do', 'voi', 'gom', 'con', 'nhung', 'dong thoi'];

/** Folded words that name nothing: a clause of only these takes the clause before it ("đạt 93,3%"). */
const CONNECTORS = new Set(['dat', 'chiem', 'bang', 'tuong', 'duong', 'ty', 'le', 'ti', 'la', 'voi', 'so', 'tong', 'cong', 'khoang', 'tren', 'hon', 'gan', 'tang', 'giam', 'ke', 'hoach', 'duoc', 'da']);

interface Zones {
  /** The figure's own words: from its start to the end of its clause. */
  ownEnd: number;
  /** Its clause before it. */
  clauseStart: number;
  /** The clause before, when its own clause names nothing; = clauseStart otherwise. */
  inheritStart: number;
  /** Nothing of another figure before this: the end of the previous figure. */
  lower: number;
  /** The start of the next figure, or the sentence's end. */
  upper: number;
}

function startsBoundaryWord(folded: string, at: number): boolean {
  for (const w of BOUNDARY_WORDS) {
    if (folded.startsWith(w, at) && (at + w.length === folded.length || folded[at + w.length] === ' ')) return true;
  }
  return false;
}

function endsWithWordAt(folded: string, end: number, word: string): boolean {
  const start = end - word.length;
  return start >= 0 && folded.startsWith(word, start) && (start === 0 || folded[start - 1] === ' ');
}

/** Start of the clause that ends at `to`, going back no further than `lower`. */
function clauseStartBefore(sf: SentenceFigures, to: number, lower: number): { start: number; pipe: boolean } {
  const s = sf.sentence;
  const folded = sf.folded;
  const limit = Math.max(lower, to - MAX_REACH);
  for (let p = to; p > limit; p--) {
    if (s[p - 1] === '|') return { start: p, pipe: true };
    if (isBoundaryAt(s, p - 1)) return { start: p, pipe: false };
    if (folded[p - 1] === ' ') {
      const e = p - 1;
      for (const w of BOUNDARY_WORDS) if (endsWithWordAt(folded, e, w)) return { start: p, pipe: false };
    }
  }
  return { start: limit, pipe: false };
}

/** The row's earlier cells (at most TABLE_CONTEXT), before the "|" that ends at `bar` (exclusive). */
function cellsBefore(sf: SentenceFigures, bar: number, lower: number): number {
  const s = sf.sentence;
  let start = bar;
  for (let cells = 0; cells < TABLE_CONTEXT; cells++) {
    if (start <= lower || s[start - 1] !== '|') break;
    let r = start - 1;
    while (r > lower && s[r - 1] !== '|' && s[r - 1] !== '\n') r--;
    start = r;
  }
  return start;
}

function onlyConnectors(folded: string, from: number, to: number): boolean {
  if (to - from > 40) return false;
  let a = from;
  while (a < to) {
    while (a < to && folded[a] === ' ') a++;
    let b = a;
    while (b < to && folded[b] !== ' ') b++;
    if (b > a && !CONNECTORS.has(folded.slice(a, b))) return false;
    a = b;
  }
  return true;
}

function zonesOf(sf: SentenceFigures, index: number): Zones {
  const f = sf.figures[index];
  const lower = index > 0 ? sf.figures[index - 1].end : 0;
  const upper = index + 1 < sf.figures.length ? sf.figures[index + 1].start : sf.sentence.length;
  // Own words: to the end of the clause after the figure.
  let ownEnd = f.end;
  const ownLimit = Math.min(upper, f.end + 80);
  while (ownEnd < ownLimit && !isBoundaryAt(sf.sentence, ownEnd) && sf.sentence[ownEnd] !== '|') {
    if (sf.folded[ownEnd] === ' ' && ownEnd > f.end && startsBoundaryWord(sf.folded, ownEnd + 1)) break;
    ownEnd++;
  }
  const c = clauseStartBefore(sf, f.start, lower);
  let clauseStart = c.start;
  if (c.pipe && sf.sentence.slice(c.start, f.start).trim() === '') clauseStart = cellsBefore(sf, c.start, lower);
  let inheritStart = clauseStart;
  if (!c.pipe && onlyConnectors(sf.folded, clauseStart, f.start) && clauseStart > 0) {
    // "(đạt 94,8%)", ", đạt 93,3%": the clause before names what the rate is of.
    const prev = index > 0 ? sf.figures[index - 1] : undefined;
    const from = prev && prev.end <= clauseStart ? prev.start : clauseStart - 1;
    const lowerPrev = index > 1 ? sf.figures[index - 2].end : 0;
    inheritStart = clauseStartBefore(sf, Math.max(lowerPrev, from), lowerPrev).start;
  }
  return { ownEnd, clauseStart, inheritStart, lower, upper };
}

// ---------------------------------------------------------------------------------------------
// Matching.

/** Units that say only how something is counted ("05 cuộc", "12 lượt"): the words around name it. */
const CLASSIFIERS = new Set(['cuộc', 'lần', 'đợt', 'buổi', 'lượt', 'cái', 'chiếc', 'con', 'vụ', 'trường hợp', 'phần', 'suất', 'bộ', 'loại']);

const foldedUnits = new WeakMap<FigureRequirement, string[]>();

export function unitMatches(req: FigureRequirement, figure: Figure): boolean {
  if (!req.units) return false;
  let units = foldedUnits.get(req);
  if (!units) {
    units = req.units.map((x) => fold(x));
    foldedUnits.set(req, units);
  }
  if (figure.unit === '') return false;
  const u = fold(figure.unit);
  return units.some((fx) => u === fx || u.startsWith(fx + ' '));
}

const namingUnits = new Map<string, boolean>();

/** True when the figure's unit names a thing of its own (not a classifier, an abbreviation or nothing). */
function namesAThing(figure: Figure): boolean {
  const u = figure.unit;
  if (u === '') return false;
  let names = namingUnits.get(u);
  if (names === undefined) {
    names = !CLASSIFIERS.has(u) && !CLASSIFIERS.has(u.split(' ')[0]) && !(u.length <= 3 && !u.includes(' '));
    if (namingUnits.size < 4096) namingUnits.set(u, names);
  }
  return names || (u.length <= 3 && !u.includes(' ') && figure.kind !== 'count' && !CLASSIFIERS.has(u)); // "HN", "vb", "KDC" are abbreviations
}

function wordAt(folded: string, i: number, w: string): boolean {
  const end = i + w.length;
  return (i === 0 || folded[i - 1] === ' ') && (end === folded.length || folded[end] === ' ');
}

/**
 * Score of one word occurrence for a figure: words after it in its clause 4, in its own unit 2.5
 * (the unit is scored apart), clause before 3, inherited clause 2.2, neighbours below 1.
 */
function occurrenceScore(i: number, w: string, f: Figure, z: Zones): number {
  const end = i + w.length;
  if (i >= f.start && end <= f.end) return 2.5;
  if (i >= f.start && end <= z.ownEnd) return 4 - Math.max(0, i - f.end) / 200;
  if (end <= f.start) {
    const d = f.start - end;
    if (i >= z.clauseStart) return 3 - d / 100;
    if (i >= z.inheritStart) return 2.2 - d / 100;
    if (i >= z.lower && d <= 120) return 1 - d / 300;
    return -Infinity;
  }
  if (i >= z.ownEnd && end <= z.upper && i - f.end <= 60) return 0.5 - (i - f.end) / 300;
  return -Infinity;
}

interface WordHit {
  score: number;
  /** Offset of the nearest word of the best alternative before the figure, or -1. */
  at: number;
}

/** The best alternative of `alternatives` for the figure: the score of its weakest word. */
function bestWords(alternatives: readonly string[][], sf: SentenceFigures, f: Figure, z: Zones): WordHit {
  const text = sf.folded;
  const from = Math.max(0, f.start - MAX_REACH);
  const to = Math.min(text.length, f.end + 80);
  let best: WordHit = { score: -Infinity, at: -1 };
  for (const alt of alternatives) {
    let worst = Infinity;
    let at = -1;
    for (const w of alt) {
      let top = -Infinity;
      let topAt = -1;
      for (let i = text.indexOf(w, from); i >= 0 && i < to; i = text.indexOf(w, i + 1)) {
        if (!wordAt(text, i, w)) continue;
        const s = occurrenceScore(i, w, f, z);
        if (s > top) {
          top = s;
          topAt = i;
        }
      }
      if (top < worst) worst = top;
      if (topAt >= 0 && topAt < f.start) at = Math.max(at, topAt);
      if (worst === -Infinity) break;
    }
    if (worst > best.score) best = { score: worst, at };
  }
  return best;
}

/** True when one of `not` stands in the figure's clause between the requirement's words and the figure. */
function namedOtherwise(req: FigureRequirement, sf: SentenceFigures, f: Figure, z: Zones, hit: WordHit): boolean {
  if (!req.not) return false;
  const text = sf.folded;
  const from = Math.max(hit.at, z.inheritStart);
  for (const alt of req.not) {
    for (const w of alt) {
      for (let i = text.indexOf(w, from); i >= 0 && i + w.length <= f.start; i = text.indexOf(w, i + 1)) {
        if (wordAt(text, i, w) && i > hit.at) return true;
      }
    }
  }
  return false;
}

/**
 * How well a figure answers a requirement; -Infinity when it does not answer it at all. The right
 * words in the figure's own clause score highest; a unit of the requirement's adds to it.
 */
export function matchScore(req: FigureRequirement, sf: SentenceFigures, figure: Figure, unitAlone: boolean, zones?: Zones): number {
  if (req.rate && figure.kind !== 'rate' && figure.kind !== 'ratio') return -Infinity;
  if (req.amount && figure.kind !== 'amount') return -Infinity;
  const z = zones ?? zonesOf(sf, sf.figures.indexOf(figure));
  const hit = bestWords(req.match, sf, figure, z);
  const named = hit.score > -Infinity;
  if (named && namedOtherwise(req, sf, figure, z, hit)) return -Infinity;
  if (req.rate) {
    if ((figure.kind !== 'rate' && figure.kind !== 'ratio') || !named) return -Infinity;
    return (figure.kind === 'rate' ? 1 : 0.5) + hit.score;
  }
  if (req.amount) return figure.kind === 'amount' && named ? 1 + hit.score : -Infinity;
  // A figure without a unit ("Số vụ việc hòa giải | 24", "tổng số đơn thư là 15") takes the unit its clause names.
  const unit = unitMatches(req, figure) || (figure.unit === '' && unitInClause(req, sf, figure, z));
  if (req.units && req.units.length > 0 && !unit && hit.score < 3.5 && namesAThing(figure)) return -Infinity;
  if (!named && (!unit || !unitAlone)) return -Infinity;
  return (unit ? (unitAlone ? 3 : 1.5) : 0) + (named ? hit.score : 0);
}

/** True when one of the requirement's units stands in the figure's clause before it. */
function unitInClause(req: FigureRequirement, sf: SentenceFigures, f: Figure, z: Zones): boolean {
  if (!req.units) return false;
  unitMatches(req, f); // folds the units once
  const units = foldedUnits.get(req) ?? [];
  const text = sf.folded;
  for (const u of units) {
    for (let i = text.indexOf(u, z.clauseStart); i >= 0 && i + u.length <= f.start; i = text.indexOf(u, i + 1)) {
      if (wordAt(text, i, u)) return true;
    }
  }
  return false;
}

/** The sentence as evidence: at most 240 characters, cut at spaces around the whole figure. */
export function trimEvidence(sentence: string, figure?: Figure): string {
  const lead = sentence.length - sentence.trimStart().length;
  let s = sentence.trim();
  let start = figure ? figure.start - lead : 0;
  let end = figure ? figure.end - lead : 0;
  const marker = /^[-+•*–]\s*/u.exec(s);
  if (marker) {
    s = s.slice(marker[0].length);
    start -= marker[0].length;
    end -= marker[0].length;
  }
  if (s.length <= 240) return s;
  if (!figure || end <= 237) return `${s.slice(0, 237).trimEnd()}…`;
  // Keep the figure whole, with as much of the words before it as fits.
  let from = Math.max(0, Math.min(start - 120, s.length - 236));
  const space = s.indexOf(' ', from);
  if (space >= 0 && space < start) from = space + 1;
  let to = Math.min(s.length, from + 236);
  if (to < s.length) {
    const cut = s.lastIndexOf(' ', to);
    if (cut >= end) to = cut;
  }
  return `…${s.slice(from, to)}${to < s.length ? '…' : ''}`;
}

interface Candidate {
  score: number;
  req: number;
  sentence: number;
  figure: number;
}

/** How many candidates a requirement keeps: enough for the figures that other requirements take. */
const CANDIDATES = 6;

/** Keeps the best CANDIDATES by score (the earlier one on a tie), best first. */
function keepTop(list: Candidate[], c: Candidate): void {
  if (list.length === CANDIDATES && c.score <= list[list.length - 1].score) return;
  let i = list.length;
  while (i > 0 && list[i - 1].score < c.score) i--;
  list.splice(i, 0, c);
  if (list.length > CANDIDATES) list.pop();
}

/**
 * The section's checklist: for each requirement, the figure that answers it best. A figure answers
 * at most one requirement: the pairs are taken best first.
 */
export function checklistFor(section: TemplateSection, sentences: readonly SentenceFigures[]): ChecklistResult[] {
  // A unit shared by two requirements of the section ("đơn") says nothing on its own.
  const unitUse = new Map<string, number>();
  for (const r of section.figures) for (const u of r.units ?? []) unitUse.set(u, (unitUse.get(u) ?? 0) + 1);
  // Each requirement keeps its best few candidates; then the pairs are taken best first.
  const top: Candidate[][] = section.figures.map(() => []);
  const unitAlone = section.figures.map((req) => (req.units ?? []).every((u) => unitUse.get(u) === 1));
  sentences.forEach((sf, si) => {
    sf.figures.forEach((f, fi) => {
      let z: Zones | undefined;
      section.figures.forEach((req, ri) => {
        if ((req.rate && f.kind !== 'rate' && f.kind !== 'ratio') || (req.amount && f.kind !== 'amount')) return;
        z ??= zonesOf(sf, fi);
        const score = matchScore(req, sf, f, unitAlone[ri], z);
        if (score > -Infinity) keepTop(top[ri], { score, req: ri, sentence: si, figure: fi });
      });
    });
  });
  const pairs = top.flat();
  // Best first; on a tie, the earlier figure.
  pairs.sort((a, b) => b.score - a.score || a.sentence - b.sentence || a.figure - b.figure || a.req - b.req);
  const chosen = new Map<number, Candidate>();
  const taken = new Set<string>();
  for (const p of pairs) {
    const key = `${p.sentence}:${p.figure}`;
    if (chosen.has(p.req) || taken.has(key)) continue;
    chosen.set(p.req, p);
    taken.add(key);
  }
  return section.figures.map((req, ri) => {
    const c = chosen.get(ri);
    if (!c) return { id: req.id, label: req.label, found: false, optional: req.optional };
    const sf = sentences[c.sentence];
    const f = sf.figures[c.figure];
    return { id: req.id, label: req.label, found: true, figure: f.text, evidence: trimEvidence(sf.sentence, f), optional: req.optional };
  });
}
