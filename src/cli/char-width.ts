// Columns a character takes in a terminal: combining marks (decomposed diacritics) and zero-width
// characters none, East Asian wide and fullwidth characters and emoji two, the others one.

const ZERO = /[\p{M}\u200b-\u200d\u2060\ufeff]/u;

/** Code point ranges shown two columns wide (East Asian Width W and F, emoji presentation). */
const WIDE: [number, number][] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

export function charWidth(ch: string): number {
  if (ZERO.test(ch)) return 0;
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x1100) return 1;
  for (const [from, to] of WIDE) if (code >= from && code <= to) return 2;
  return 1;
}
