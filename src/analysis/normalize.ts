// Vietnamese text normalisation for matching: case, diacritics, tone-mark placement, spaces.

const D_MAP: Record<string, string> = { đ: 'd', Đ: 'd' };

/**
 * Folds a text for comparison: NFD, diacritics and tone marks removed, đ -> d, lower case,
 * punctuation turned into spaces, spaces collapsed. "Hòa giải THÀNH" and "hoà giai thanh" fold alike.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => D_MAP[c])
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Folds like `fold` but keeps the string's length and offsets: each character maps to one
 * character (punctuation to a space), so a match in the folded text has the same offsets in the
 * original. Used where evidence must be cut from the original text.
 */
export function foldKeepOffsets(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
    const c = base.length > 0 ? base[0] : ' ';
    const mapped = /[\p{L}\p{N}]/u.test(c) ? c : ' ';
    // Astral characters take two UTF-16 units: keep the length equal.
    out += ch.length === 2 ? mapped + ' ' : mapped;
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
