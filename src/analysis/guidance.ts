// Guidance left in the report: sentences of the outline's guidance typed or pasted into a section,
// judged sentence by sentence, so a guidance sentence at the start, middle or end of a paragraph
// that also holds the unit's own text is found and quoted.
//
// The outline's guidance bullets have two parts: lead words naming a topic ("Việc ứng dụng công
// nghệ thông tin phục vụ công tác Mặt trận") and an instruction to the writer, usually in
// parentheses ("(nêu rõ những lĩnh vực đã triển khai ứng dụng…)", "(có số liệu…)"), after a colon
// (": nêu rõ số khu dân cư …") or as a sentence that begins with an instruction ("Nêu khái quát …",
// "Đánh giá …"). A writer may keep the lead words as the topic of their own sentence; the
// instruction left in place is what has to be deleted.
import type { ReportTemplate } from '../template/types';
import { firstFoldedWords, fold } from './normalize';

/** A piece of guidance found in a paragraph. */
export interface GuidanceHit {
  /** The text to delete, as written in the document. */
  text: string;
  /** `instruction`: the outline's instruction to the writer; `lead`: only the outline's topic words. */
  kind: 'instruction' | 'lead';
}

export interface GuidanceReading {
  hits: GuidanceHit[];
  /** The paragraph without the guidance found in it: the unit's own text ("" when none). */
  own: string;
}

interface Entry {
  /** A whole guidance paragraph, one of its sentences, or an instruction part of a sentence. */
  scope: 'paragraph' | 'sentence' | 'instruction';
  bag: Map<string, number>;
  words: number;
  /** Length as written, to skip the obvious mismatches before folding. */
  chars: number;
  /** For a sentence: the instruction parts it holds (their folded words); empty for a lead. */
  instructions: { bag: Map<string, number>; words: number }[];
  /** For a sentence: it begins with an instruction verb ("Nêu", "Đánh giá"); those words. */
  imperative?: string;
}

/**
 * Three consecutive folded words near the start of a guidance paragraph, of one of its sentences
 * or of an instruction part (parentheses, clause after a colon) -> those pieces.
 */
type Index = Map<string, Entry[]>;

/** Verbs that open an instruction to the writer (folded). */
const IMPERATIVE = /^(neu|danh gia|chi ra|khai quat|de xuat|mo ta|bam sat|chu y|liet ke)\b/;
/** Words that mark a parenthesis of the outline as an instruction (folded, whole words). */
const INSTRUCTION_WORDS = /\b(neu|so|so lieu|so luong|ty le|minh chung|mo ta|chu y|danh gia|bam sat|liet ke)\b/;
const BULLET = /^[\s\-+•*–—·▪●○◦]+/u;
/** A possible sentence end inside a text. */
const INNER_END = /[.!?…]\s+\S|\n/;

const cache = new WeakMap<ReportTemplate, Index>();

function bag(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function tokens(text: string): string[] {
  const f = fold(text);
  return f.length === 0 ? [] : f.split(' ');
}

/**
 * Sentences of a paragraph with their offsets: a sentence ends at ".", "!", "?" or "…" followed by
 * a space and a capital, a digit, a bullet or a parenthesis, outside parentheses; and at a line break.
 */
export function sentences(text: string): { start: number; end: number }[] {
  if (!INNER_END.test(text)) return text.trim() ? [{ start: 0, end: text.length }] : [];
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '\n') {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
      depth = 0;
    } else if (depth === 0 && (c === '.' || c === '!' || c === '?' || c === '…') && /\s/.test(text[i + 1] ?? '')) {
      let j = i + 1;
      while (j < text.length && /[ \t]/.test(text[j])) j++;
      if (j < text.length && /[\p{Lu}\d\-+•*–(“"]/u.test(text[j])) {
        out.push({ start, end: i + 1 });
        start = j;
        i = j - 1;
      }
    }
  }
  if (start < text.length && text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}

/** Parentheses (outermost) and the clause after a colon that opens with an instruction verb. */
function instructionParts(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if (text[i] === ')' && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start: open, end: i + 1 });
    }
  }
  const colon = /:\s*/gu;
  for (let m = colon.exec(text); m !== null; m = colon.exec(text)) {
    const from = m.index + m[0].length;
    if (IMPERATIVE.test(firstFoldedWords(text.slice(from, from + 40), 3).join(' '))) {
      out.push({ start: m.index, end: text.length });
      break;
    }
  }
  return out;
}

function guidanceTexts(template: ReportTemplate): string[] {
  const out: string[] = [...template.closingGuidance];
  for (const s of template.sections) {
    out.push(...s.guidance);
    if (s.headingGuidance) out.push(s.headingGuidance);
  }
  return out;
}

function addKeys(map: Map<string, Entry[]>, words: string[], entry: Entry): void {
  for (let k = 0; k + 2 < Math.min(words.length, 6); k++) {
    const key = `${words[k]} ${words[k + 1]} ${words[k + 2]}`;
    const list = map.get(key) ?? [];
    if (!list.includes(entry)) list.push(entry);
    map.set(key, list);
  }
}

function indexFor(template: ReportTemplate): Index {
  let idx = cache.get(template);
  if (idx) return idx;
  idx = new Map();
  const entry = (scope: Entry['scope'], words: string[], text: string): Entry => ({ scope, bag: bag(words), words: words.length, chars: text.trim().length, instructions: [] });
  for (const g of guidanceTexts(template)) {
    const all = tokens(g);
    if (all.length >= 3) addKeys(idx, all, entry('paragraph', all, g));
    for (const s of sentences(g)) {
      const text = g.slice(s.start, s.end);
      const words = tokens(text);
      if (words.length < 3) continue;
      const e = entry('sentence', words, text);
      const imperative = IMPERATIVE.exec(words.join(' '));
      if (imperative) e.imperative = imperative[0];
      // A sentence wholly in parentheses ("(Bám sát theo Thông báo …)") is an instruction.
      const whole = /^\s*\(.*\)[\s.]*$/su.test(text);
      for (const part of instructionParts(text)) {
        const piece = text.slice(part.start, part.end);
        const pw = tokens(piece);
        if (pw.length < 3 || !(whole || INSTRUCTION_WORDS.test(pw.join(' ')) || IMPERATIVE.test(pw.join(' ')))) continue;
        const pe = entry('instruction', pw, piece);
        e.instructions.push({ bag: pe.bag, words: pe.words });
        addKeys(idx, pw, pe);
      }
      addKeys(idx, words, e);
    }
  }
  cache.set(template, idx);
  return idx;
}

function shared(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [t, c] of b) {
    const o = a.get(t);
    if (o) n += Math.min(o, c);
  }
  return n;
}

/**
 * Candidates for a piece of text: entries of the scopes sharing three consecutive words near its
 * start, at two places when the text is long enough (a copy shares many; a chance likeness one).
 */
function lookup(idx: Index, text: string, scopes: readonly Entry['scope'][]): Entry[] | undefined {
  const head = firstFoldedWords(text, 8);
  const need = Math.min(2, head.length - 2);
  let found: Entry[] | undefined;
  let counts: number[] | undefined;
  for (let k = 0; k + 2 < head.length; k++) {
    const list = idx.get(`${head[k]} ${head[k + 1]} ${head[k + 2]}`);
    if (!list) continue;
    for (const e of list) {
      if (!scopes.includes(e.scope)) continue;
      found ??= [];
      counts ??= [];
      const at = found.indexOf(e);
      if (at < 0) {
        found.push(e);
        counts.push(1);
      } else counts[at]++;
    }
  }
  return found && counts ? found.filter((_, i) => (counts as number[])[i] >= need) : undefined;
}

/** A text of `chars` characters may match the entry: the shares `close` asks for bound its length. */
function fits(e: Entry, chars: number): boolean {
  return chars >= e.chars * 0.4 && chars <= e.chars * 1.5 + 20;
}

/** True when most of `words` come from the entry, covering at least half of it. */
function close(own: Map<string, number>, count: number, e: Entry, ownShare: number, entryShare: number): boolean {
  const n = shared(own, e.bag);
  return n / count >= ownShare && n / e.words >= entryShare;
}

const SENTENCE_AND_PARAGRAPH: Entry['scope'][] = ['sentence', 'paragraph'];
const INSTRUCTION: Entry['scope'][] = ['instruction'];

/** A guidance sentence in `sentence` (words folded): an instruction, a lead, or neither. */
function judgeSentence(candidates: Entry[], words: string[], own: Map<string, number>): GuidanceHit['kind'] | undefined {
  let lead = false;
  for (const e of candidates) {
    if (e.scope !== 'sentence' || !close(own, words.length, e, 0.85, 0.5)) continue;
    // The instruction must still be there: its opening verb, or most of one of its parts.
    if (e.imperative && words.join(' ').startsWith(e.imperative)) return 'instruction';
    if (e.instructions.some((p) => shared(own, p.bag) / p.words >= 0.6)) return 'instruction';
    lead = true;
  }
  return lead ? 'lead' : undefined;
}

/** Reads the guidance left in one paragraph. Cheap when there is none: a few look-ups. */
export function readGuidance(text: string, template: ReportTemplate): GuidanceReading {
  const idx = indexFor(template);
  const hits: GuidanceHit[] = [];
  const cut: { start: number; end: number }[] = [];
  const list = sentences(text);
  for (let k = 0; k < list.length; k++) {
    const s = list[k];
    const sentence = text.slice(s.start, s.end);
    const candidates = lookup(idx, sentence.replace(BULLET, ''), SENTENCE_AND_PARAGRAPH)?.filter((e) =>
      fits(e, e.scope === 'paragraph' ? text.length : sentence.length),
    );
    if (candidates && candidates.length > 0) {
      const words = tokens(sentence);
      const own = bag(words);
      // A guidance bullet copied whole as a paragraph of its own is left guidance, even one
      // without an instruction; a topic line that introduces the unit's text ends with a colon.
      const whole = k === 0 ? candidates.filter((e) => e.scope === 'paragraph') : [];
      if (whole.length > 0 && !/:\s*$/u.test(text)) {
        const pw = list.length === 1 ? words : tokens(text);
        const pb = list.length === 1 ? own : bag(pw);
        if (pw.length >= 3 && whole.some((e) => close(pb, pw.length, e, 0.85, 0.5))) {
          return { hits: [{ text: text.replace(BULLET, '').trim(), kind: 'instruction' }], own: '' };
        }
      }
      const kind = words.length >= 3 ? judgeSentence(candidates, words, own) : undefined;
      if (kind) {
        hits.push({ text: sentence.replace(BULLET, '').trim(), kind });
        cut.push(s);
        continue;
      }
    }
    // An instruction of the outline left inside the unit's own sentence.
    if (!sentence.includes('(') && !sentence.includes(':')) continue;
    for (const part of instructionParts(sentence)) {
      const piece = sentence.slice(part.start, part.end);
      const inner = piece.replace(/^[\s:(]+|[\s).]+$/gu, '');
      const found = lookup(idx, inner, INSTRUCTION)?.filter((e) => fits(e, inner.length));
      if (!found || found.length === 0) continue;
      const words = tokens(inner);
      if (words.length < 3) continue;
      const own = bag(words);
      if (found.some((e) => close(own, words.length, e, 0.8, 0.6))) {
        hits.push({ text: piece.replace(/^[\s:]+/u, '').trim(), kind: 'instruction' });
        cut.push({ start: s.start + part.start, end: s.start + part.end });
      }
    }
  }
  if (hits.length === 0) return { hits, own: text };
  cut.sort((a, b) => a.start - b.start);
  let own = '';
  let at = 0;
  for (const c of cut) {
    if (c.start < at) continue;
    own += text.slice(at, c.start) + ' ';
    at = c.end;
  }
  own += text.slice(at);
  return { hits, own: hasOwnWords(own) ? own.replace(/\s{2,}/gu, ' ').trim() : '' };
}

/** At least two words of the unit's own once bullets and punctuation are set aside. */
function hasOwnWords(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  return words !== null && words.length >= 2;
}

/** True when the whole paragraph is guidance of the outline (instruction or topic words only). */
export function isGuidanceText(text: string, template: ReportTemplate): boolean {
  const r = readGuidance(text, template);
  return r.hits.length > 0 && r.own === '';
}
