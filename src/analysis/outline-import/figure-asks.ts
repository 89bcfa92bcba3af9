// Required figures from an outline's guidance: one item each time the guidance asks for a number
// ("số hội nghị ...", "số lượng ...", "số liệu ...", "tỷ lệ ...", "số tiền ...", "có số liệu, minh
// chứng"), labelled in the outline's words, with recognition words derived from those words.
// "số" that asks for nothing is not an item: "chuyển đổi số", "kinh tế số", "một số", "Nghị quyết số 43-NQ/TW".
import type { FigureRequirement } from '../../template/types';
import { findFigures } from '../figures';
import { foldKeepOffsets } from '../normalize';

export interface FigureAsk extends FigureRequirement {
  /** The guidance words the item comes from. */
  source: string;
}

interface Tok {
  w: string;
  start: number;
  end: number;
}

/** Words before "số" that make it "digital", "some", "minority" ..., not a question of number. */
const NOT_AFTER = new Set([
  'mot', 'da', 'thieu', 'vo', 'he', 'chu', 'diem', 'doi', 'te', 'hoi', 'quyen', 'tang', 'thuat', 'nghe',
  'hoa', 'truong', 'dan', 'lieu', 'bao', 'ky', 'ban', 'tan', 'quyet', 'dinh', 'thi', 'luan', 'van', 'tu',
  'hoach', 'so', 'cap', 'nen', 'thu',
]);
/** Words after "số" that make it something else: "số hóa", "số ít", "số nhiều". */
const NOT_BEFORE = new Set(['hoa', 'it', 'nhieu']);
/** Function words dropped from recognition words. */
const STOP = new Set([
  'cac', 'nhung', 'cua', 'va', 'duoc', 'da', 'moi', 'cung', 'la', 'nay', 'do', 've', 'voi', 'cho',
  'tung', 'nhu', 'hoac', 'hay', 'the', 'ro', 'neu', 'ca', 'ten', 'loai', 'muc', 'tren',
]);
/** Words after which the thing counted ends ("số tổ chức thành viên hiện có ở mỗi cấp"). */
const CUT = new Set(['o', 'tai', 'theo', 'trong', 'nham', 'de', 'den', 'tu', 'sau', 'truoc', 'khi', 'neu']);
/** Openers of a context clause that say nothing about what is counted. */
const VAGUE_OPENERS = new Set(['tinh', 'hinh', 'ket', 'qua', 'viec', 'cong', 'tac', 'nêu', 'neu', 'khai', 'quat']);

const STRONG_STOP = /[;:()[\].…!?]/u;

function tokens(folded: string): Tok[] {
  const out: Tok[] = [];
  const re = /[a-z0-9]+/gu;
  for (let m = re.exec(folded); m; m = re.exec(folded)) out.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The head of an ask at token i: its length in tokens and flags, or undefined. */
function headAt(t: Tok[], i: number, text: string): { len: number; kind: 'so' | 'so-luong' | 'so-lieu' | 'so-tien' | 'ty-le' } | undefined {
  const w = t[i].w;
  const next = t[i + 1];
  const glued = (a: Tok, b: Tok): boolean => /^\s*$/u.test(text.slice(a.end, b.start));
  if ((w === 'ty' || w === 'ti') && next?.w === 'le' && glued(t[i], next)) return { len: 2, kind: 'ty-le' };
  // "bao nhiêu hội nghị": how many.
  if (w === 'bao' && next?.w === 'nhieu' && glued(t[i], next)) return { len: 2, kind: 'so' };
  if (w !== 'so') return undefined;
  if (next && glued(t[i], next)) {
    if (next.w === 'luong') return { len: 2, kind: 'so-luong' };
    if (next.w === 'lieu') return { len: 2, kind: 'so-lieu' };
    if (next.w === 'tien') return { len: 2, kind: 'so-tien' };
  }
  const prev = t[i - 1];
  if (prev && glued(prev, t[i]) && NOT_AFTER.has(prev.w)) return undefined;
  if (!next || !glued(t[i], next)) return undefined;
  if (/^\d/u.test(next.w) || NOT_BEFORE.has(next.w)) return undefined;
  return { len: 1, kind: 'so' };
}

function capitalize(s: string): string {
  return s.length ? s[0].toLocaleUpperCase('vi') + s.slice(1) : s;
}

function slug(words: string[]): string {
  return words.slice(0, 4).join('-') || 'so-lieu';
}

/** Recognition words for a phrase: its unit as the engine reads it, then word pairs. */
export function recognitionWords(phrase: string): { match: string[][]; units: string[] } {
  const clean = phrase.replace(/[“”"]/gu, '').trim();
  const units: string[] = [];
  const [fig] = findFigures(`1 ${clean}`);
  if (fig && fig.unit && fig.start === 0) units.push(fig.unit);
  const folded = foldKeepOffsets(clean);
  const all = tokens(folded).map((x) => x.w);
  const kept: string[][] = [[]];
  for (const w of all) {
    if (CUT.has(w)) break;
    if (STOP.has(w) || /^\d/u.test(w)) {
      if (kept[kept.length - 1].length) kept.push([]);
      continue;
    }
    kept[kept.length - 1].push(w);
  }
  const match: string[][] = [];
  const seen = new Set<string>();
  const add = (s: string): void => {
    if (s && !seen.has(s)) {
      seen.add(s);
      match.push([s]);
    }
  };
  const unitFolded = units.length ? foldKeepOffsets(units[0]) : '';
  if (unitFolded.includes(' ')) add(unitFolded);
  let rest = kept.flat().join(' ');
  if (unitFolded && rest.startsWith(unitFolded)) rest = rest.slice(unitFolded.length).trim();
  for (const run of kept) {
    let r = run;
    // A unit of several words is an alternative of its own; a one-word unit ("giải", "người") stays in its pairs.
    if (unitFolded.includes(' ') && r.join(' ').startsWith(unitFolded)) r = r.slice(unitFolded.split(' ').length);
    // Overlapping word pairs: Vietnamese compounds are mostly two syllables, and a stray pair matches nothing.
    for (let i = 0; i + 1 < r.length && match.length < 6; i++) add(`${r[i]} ${r[i + 1]}`);
  }
  if (match.length === 0) {
    if (unitFolded) add(unitFolded);
    else if (rest) add(rest.split(' ').slice(0, 2).join(' '));
  }
  return { match, units };
}

function idOf(phrase: string): string[] {
  const out: string[] = [];
  for (const x of tokens(foldKeepOffsets(phrase))) {
    if (CUT.has(x.w)) break;
    if (!STOP.has(x.w) && !/^\d/u.test(x.w)) out.push(x.w);
  }
  return out;
}

/** A clause without its vague opening words ("Tình hình", "Kết quả", "Việc"). */
function dropVague(clause: string): string {
  const words = clause.replace(/…$/u, '').split(' ');
  let k = 0;
  while (k < words.length - 1 && k < 3 && VAGUE_OPENERS.has(foldKeepOffsets(words[k]).replace(/[^a-z]/gu, ''))) k++;
  return words.slice(k).join(' ');
}

/** First words of list members that are not counted things: "nội dung", "hình thức", "cách làm" ... */
const NOT_COUNTED = /^(noi dung|hinh thuc|cach lam|ket qua|hieu qua|phuong thuc|phuong phap|mo ta|neu|ten|viec|tinh hinh|danh gia|doi tuong|nguyen nhan|y nghia|kinh nghiem|giai phap)\b/u;

/**
 * The members of a list after the first thing counted, up to a stronger stop than a comma or
 * the next ask: at most three, of at most ten words each.
 */
function listAfter(text: string, t: Tok[], from: number): { text: string; end: number }[] {
  const out: { text: string; end: number }[] = [];
  let j = from;
  while (j < t.length && out.length < 3) {
    const gap = text.slice(t[j - 1].end, t[j].start);
    if (!gap.includes(',') || STRONG_STOP.test(gap) || headAt(t, j, text)) break;
    let k = j;
    let end = t[j].end;
    while (k + 1 < t.length && !/[,;:()[\].…!?]/u.test(text.slice(t[k].end, t[k + 1].start)) && !headAt(t, k + 1, text)) {
      k++;
      end = t[k].end;
    }
    // "ý kiến, kiến nghị và tỷ lệ ...": the "và" before the next ask is not part of the member.
    while (k > j && (t[k].w === 'va' || t[k].w === 'hoac')) k--;
    end = t[k].end;
    const words = t.slice(j, k + 1).map((x) => x.w);
    while (words.length && (words[0] === 'cac' || words[0] === 'nhung')) words.shift();
    if (k - j + 1 > 10 || words.length === 0 || NOT_COUNTED.test(words.join(' '))) break;
    out.push({ text: text.slice(t[j].start, end), end });
    j = k + 1;
  }
  return out;
}

/** The parenthesis (or else the sentence) around an ask: what a reviewer reads to judge it. */
function enclosing(text: string, at: number): string {
  const open = text.lastIndexOf('(', at);
  const close = text.indexOf(')', at);
  if (open >= 0 && close > at && !text.slice(open, at).includes(')')) return text.slice(open, close + 1);
  const start = Math.max(text.lastIndexOf('. ', at) + 2, 0);
  const stop = text.indexOf('. ', at);
  return text.slice(start, stop < 0 ? text.length : stop + 1).replace(/^[\s\-+•–]+/u, '').trim();
}

/** The clause an ask stands in, for an ask that names nothing ("nêu rõ số lượng, đối tượng"). */
function contextClause(text: string, at: number, fallback: string): string {
  let open = text.lastIndexOf('(', at);
  if (open < 0) open = at;
  let start = Math.max(text.lastIndexOf('. ', open) + 1, text.lastIndexOf('; ', open) + 1, 0);
  let clause = text.slice(start, open).replace(/^[\s\-+•–]+/u, '').replace(/[\s:,]+$/u, '').trim();
  if (clause.length === 0) clause = fallback;
  const words = clause.split(' ');
  start = 0;
  return words.length > 14 ? `${words.slice(start, 14).join(' ')}…` : clause;
}

/**
 * The figures one guidance text asks for. `fallback` names the section (its title) for an ask
 * that names nothing and has nothing before it.
 */
export function figureAsks(text: string, fallback: string): FigureAsk[] {
  const folded = foldKeepOffsets(text);
  const t = tokens(folded);
  const out: FigureAsk[] = [];
  const optional = /\(\s*nếu\s+có\s*\)/iu.test(text);
  for (let i = 0; i < t.length; i++) {
    const head = headAt(t, i, text);
    if (!head) continue;
    const headEnd = t[i + head.len - 1].end;
    // The thing counted: the words after the head, to the next comma or stronger stop, or the next ask.
    let j = i + head.len;
    let end = headEnd;
    while (j < t.length) {
      const gap = text.slice(end, t[j].start);
      if (gap.includes(',') || STRONG_STOP.test(gap)) break;
      if (headAt(t, j, text)) break;
      if (t[j].w === 'va' && t[j + 1] && headAt(t, j + 1, text)) break;
      end = t[j].end;
      j++;
      if (j - (i + head.len) >= 12) break;
    }
    let object = text.slice(headEnd, end).trim();
    // "số liệu về số lượng ý kiến ...": the inner asks are the items.
    if (head.kind === 'so-lieu' && /^về\s*$/iu.test(object)) {
      i = j - 1;
      continue;
    }
    if (head.kind === 'so-lieu' && j < t.length && headAt(t, j, text) && object === '') continue;
    object = object.replace(/^(về|và tên|và|các|những)\s+/iu, '');
    const headText = text.slice(t[i].start, headEnd);
    let named = object.replace(/^(về|các|những)\s+/iu, '').trim();
    // "số lượng, tên văn bản được góp ý": the names that follow say what is counted.
    const names = named === '' ? /^\s*,\s*(tên(?: và loại)?\s+[^,;()…]+)/iu.exec(text.slice(headEnd)) : null;
    if (names) {
      named = names[1].replace(/^tên(?: và loại)?\s+/iu, '').replace(/[.\s]+$/u, '');
      end = headEnd + text.slice(headEnd).indexOf(names[1]) + names[1].replace(/[.\s]+$/u, '').length;
    }
    let label: string;
    let source = text.slice(t[i].start, Math.max(end, headEnd)).trim();
    let words: { match: string[][]; units: string[] };
    let idWords: string[];
    // "số liệu thống kê", "số liệu cụ thể", "số liệu minh chứng" name no thing counted.
    if (named.length > 0 && !/^(minh chứng|chứng minh|thống kê|cụ thể)/iu.test(named)) {
      // A list of what is counted ("số lượng các chuyên trang, chuyên mục, thông tin được tuyên truyền"): one item, each member recognises it.
      const list = listAfter(text, t, j);
      const fullEnd = list.length ? list[list.length - 1].end : end;
      label = capitalize(text.slice(t[i].start, fullEnd).trim());
      source = text.slice(t[i].start, fullEnd).trim();
      words = recognitionWords(named);
      for (const member of list) {
        const w = recognitionWords(member.text);
        for (const m of w.match) if (!words.match.some((x) => x[0] === m[0])) words.match.push(m);
        // A member's unit counts when the member is a short noun ("chuyên mục", "bản ghi nhớ"), not a clause.
        if (idOf(member.text).length <= 3) for (const u of w.units) if (!words.units.includes(u)) words.units.push(u);
      }
      idWords = idOf(named);
      // One word ("số cuộc", "số người") says little: the clause it stands in says what is counted.
      if (idWords.length === 1 && list.length === 0) {
        const clause = contextClause(text, t[i].start, fallback);
        label = `${label} (${clause})`;
        const more = recognitionWords(dropVague(clause)).match.filter((m) => !words.match.some((x) => x[0] === m[0]));
        words = { match: more.length ? more.slice(0, 4) : words.match, units: words.units };
      }
      if (head.kind === 'ty-le') idWords = ['ty', 'le', ...idWords];
    } else {
      const clause = contextClause(text, t[i].start, fallback);
      label = `${capitalize(headText)}: ${clause}`;
      source = enclosing(text, t[i].start);
      const bare = dropVague(clause);
      words = recognitionWords(bare);
      words.units = [];
      idWords = [...head.kind.split('-'), ...idOf(bare)];
    }
    const ask: FigureAsk = {
      id: slug(idWords),
      label,
      match: words.match,
      source,
    };
    if (words.units.length && head.kind !== 'ty-le' && head.kind !== 'so-tien' && !/^(tiền|kinh phí|ngân sách)/iu.test(named)) ask.units = words.units;
    if (head.kind === 'ty-le') ask.rate = true;
    if (head.kind === 'so-tien' || (head.kind !== 'ty-le' && /^(tiền|kinh phí|ngân sách)(?=\s|$)/iu.test(named))) ask.amount = true;
    if (optional) ask.optional = true;
    out.push(ask);
    i = Math.max(i, j - 1);
  }
  return out;
}
