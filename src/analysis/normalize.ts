// Vietnamese text normalisation for matching: case, diacritics, tone-mark placement, spaces.

/**
 * Folds a text for comparison: diacritics and tone marks removed, đ -> d, lower case,
 * punctuation turned into spaces, spaces collapsed. "Hòa giải THÀNH" and "hoà giai thanh" fold alike.
 */
export function fold(text: string): string {
  const nfc = COMBINING.test(text) ? text.normalize('NFC') : text;
  return foldKeepOffsets(nfc).replace(SPACES, ' ').trim();
}

const COMBINING = /[\u0300-\u036f]/;
const SPACES = / {2,}/g;

// Lookup table for foldKeepOffsets: one folded character per UTF-16 unit below 0x2000 (Latin,
// Vietnamese, combining marks); 32 (space) for anything that is not a letter or digit.
const FOLD_TABLE = (() => {
  const table = new Uint16Array(0x2000);
  for (let code = 0; code < table.length; code++) {
    const ch = String.fromCharCode(code);
    const base = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
    const c = base.length > 0 ? base[0] : ' ';
    table[code] = /[\p{L}\p{N}]/u.test(c) ? c.charCodeAt(0) : 32;
  }
  return table;
})();

/**
 * Folds like `fold` but keeps the string's length and offsets: each UTF-16 unit maps to one
 * (punctuation to a space), so a match in the folded text has the same offsets in the original.
 * Expects NFC text (the engine normalises paragraphs once on entry).
 */
export function foldKeepOffsets(text: string): string {
  const len = text.length;
  if (buffer.length < len) buffer = new Uint16Array(Math.max(len, buffer.length * 2));
  const out = buffer;
  for (let i = 0; i < len; i++) {
    const code = text.charCodeAt(i);
    out[i] = code < 0x2000 ? FOLD_TABLE[code] : foldHigh(code);
  }
  if (utf16 === undefined) utf16 = typeof TextDecoder === 'undefined' ? null : new TextDecoder('utf-16le');
  if (utf16) return utf16.decode(out.subarray(0, len));
  let result = '';
  for (let i = 0; i < len; i += 8192) {
    result += String.fromCharCode(...out.subarray(i, Math.min(len, i + 8192)));
  }
  return result;
}

/** Created on first use: some environments (old test DOMs) have no TextDecoder. */
let utf16: InstanceType<typeof TextDecoder> | null | undefined;

let buffer = new Uint16Array(1024);

function foldHigh(code: number): number {
  const ch = String.fromCharCode(code);
  return /[\p{L}\p{N}]/u.test(ch) ? ch.toLowerCase().charCodeAt(0) : 32;
}

/**
 * The first `n` folded words of a text (as `fold(text).split(' ')` would give them), without
 * folding the rest: a cheap look at how a paragraph starts. Expects NFC text.
 */
export function firstFoldedWords(text: string, n: number): string[] {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < text.length && words.length < n; i++) {
    const code = text.charCodeAt(i);
    const folded = code < 0x2000 ? FOLD_TABLE[code] : foldHigh(code);
    if (folded === 32) {
      if (word) {
        words.push(word);
        word = '';
      }
    } else {
      word += String.fromCharCode(folded);
    }
  }
  if (word && words.length < n) words.push(word);
  return words;
}

/** The folded form of one UTF-16 unit, as a char code (32 for anything not a letter or digit). */
export function foldCode(code: number): number {
  return code < 0x2000 ? FOLD_TABLE[code] : foldHigh(code);
}

/**
 * The first `n` folded words of a text joined by single spaces (`firstFoldedWords(text, n).join(' ')`),
 * built without intermediate arrays: a cheap key for how a paragraph starts. Expects NFC text.
 */
export function foldedHead(text: string, n: number): string {
  let out = '';
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = code < 0x2000 ? FOLD_TABLE[code] : foldHigh(code);
    if (folded === 32) {
      if (inWord && ++count === n) break;
      inWord = false;
      continue;
    }
    if (!inWord && out.length > 0) out += ' ';
    inWord = true;
    out += String.fromCharCode(folded);
  }
  return out;
}

/** Normalises Unicode and spaces without folding: NFC, non-breaking and repeated spaces collapsed. */
export function cleanSpaces(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f\t\u200b]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Words of a folded text. */
export function words(folded: string): string[] {
  return folded.length === 0 ? [] : folded.split(' ');
}

/** True when `needle` (folded words) occurs as whole words in `haystack` (folded). */
export function containsWords(haystack: string, needle: string): boolean {
  if (needle.length === 0) return true;
  return ` ${haystack} `.includes(` ${needle} `);
}
