// Numbers written in words: "bốn" = 4, "mười lăm" = 15, "hai mươi bảy" = 27, "một trăm linh năm" = 105.
// Pure: reads word keys (NFC, lower case) and says how many of them make a number and its value.

/** The digits one to nine. "bẩy" is a common spelling of "bảy". */
const DIGIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['bẩy', 7], ['tám', 8], ['chín', 9],
]);

/** Units digit forms used only after a ten: "hai mươi mốt", "hai mươi tư", "mười lăm". */
const AFTER_TENS: ReadonlyMap<string, number> = new Map([['mốt', 1], ['tư', 4], ['lăm', 5], ['nhăm', 5]]);

/** Scales that close a group of three digits. */
const SCALES: ReadonlyMap<string, number> = new Map([['nghìn', 1e3], ['ngàn', 1e3], ['triệu', 1e6], ['tỷ', 1e9], ['tỉ', 1e9]]);

/** Words that may start a number written in words. */
export const NUMBER_WORD_STARTS: readonly string[] = [...DIGIT_WORDS.keys(), 'mười'];

/** Words that may stand inside a number written in words. */
const NUMBER_WORDS = new Set<string>([...DIGIT_WORDS.keys(), ...AFTER_TENS.keys(), ...SCALES.keys(), 'mười', 'mươi', 'trăm', 'linh', 'lẻ']);

export function isNumberWord(key: string): boolean {
  return NUMBER_WORDS.has(key);
}

export interface WordNumber {
  value: number;
  /** How many words the number takes. */
  words: number;
  /** Value of the words before a scale that ends the number ("hai triệu" -> 2, the scale left to the unit); -1 when none. */
  beforeScale: number;
}

/**
 * The number that the first words of `keys` spell, or null. Reads the longest well-formed
 * prefix: "hai mươi bảy văn bản" -> 27 (3 words), "mười lăm" -> 15, "một trăm linh năm" -> 105,
 * "hai nghìn" -> 2000. Two digits in a row end the number ("năm hai" reads "năm").
 */
export function readWordNumber(keys: readonly string[]): WordNumber | null {
  let total = 0;
  let group = 0;
  let pending = -1; // a digit waiting for "mươi" or "trăm"
  let afterTens = false; // "mười"/"mươi" just read: "lăm", "mốt", "tư" may follow
  let afterLinh = false;
  let afterHundred = false;
  let afterScale = false;
  let used = 0;
  let lastScaleAt = -1;
  let valueBeforeLastScale = 0;
  let complete = 0; // value at `used`
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const digit = DIGIT_WORDS.get(k);
    if (digit !== undefined) {
      if (pending >= 0) break;
      if (afterTens || afterLinh) {
        group += digit;
        afterTens = afterLinh = afterHundred = false;
        used = i + 1;
        complete = total + group;
        pending = -2; // the group's units are written
        continue;
      }
      if (pending === -2) break;
      // After "trăm" or a scale, a digit starts tens or hundreds: "một trăm hai mươi", "hai nghìn năm trăm".
      if ((afterHundred || afterScale) && keys[i + 1] !== 'mươi' && keys[i + 1] !== 'trăm') break;
      afterScale = false;
      pending = digit;
      used = i + 1;
      complete = total + group + digit;
      continue;
    }
    const late = AFTER_TENS.get(k);
    if (late !== undefined) {
      if (!afterTens || (late !== 5 && group % 100 < 20)) break; // "mười mốt" is not a number
      group += late;
      afterTens = false;
      pending = -2;
      used = i + 1;
      complete = total + group;
      continue;
    }
    if (k === 'mười') {
      if (pending >= 0 || pending === -2 || afterTens) break;
      group += 10;
      afterTens = true;
      afterLinh = afterHundred = false;
      used = i + 1;
      complete = total + group;
      continue;
    }
    if (k === 'mươi') {
      if (pending < 2) break;
      group += pending * 10;
      pending = -1;
      afterTens = true;
      afterHundred = false;
      used = i + 1;
      complete = total + group;
      continue;
    }
    if (k === 'trăm') {
      if (pending < 1 || group !== 0) break;
      group = pending * 100;
      pending = -1;
      afterHundred = true;
      used = i + 1;
      complete = total + group;
      continue;
    }
    if (k === 'linh' || k === 'lẻ') {
      if (!afterHundred || i + 1 >= keys.length || !DIGIT_WORDS.has(keys[i + 1])) break;
      afterLinh = true;
      afterHundred = false;
      continue;
    }
    const scale = SCALES.get(k);
    if (scale !== undefined) {
      const g = group + (pending > 0 ? pending : 0);
      if (g === 0 || (total > 0 && scale >= (lastScaleAt >= 0 ? SCALES.get(keys[lastScaleAt])! : Infinity))) break;
      valueBeforeLastScale = total + g;
      total += g * scale;
      group = 0;
      pending = -1;
      afterTens = afterLinh = afterHundred = false;
      lastScaleAt = i;
      afterScale = true;
      used = i + 1;
      complete = total;
      continue;
    }
    break;
  }
  if (used === 0) return null;
  const endsWithScale = lastScaleAt === used - 1;
  return { value: complete, words: used, beforeScale: endsWithScale && lastScaleAt > 0 && total === valueBeforeLastScale * SCALES.get(keys[lastScaleAt])! ? valueBeforeLastScale : -1 };
}
