// The Front's own name, written in its several forms: "Mặt trận Tổ quốc Việt Nam", "MTTQ Việt Nam",
// "MTTQVN", "MTTQ", "Mặt trận". A heading that shortens "của MTTQ Việt Nam" to "của Mặt trận" is
// the same heading, so title words are compared with every form of the name folded to one word.
// This is the organisation's name, the same in every year's outline, not an outline's wording.
import type { Token } from './numbering';

/** One word for the name, outside the folded alphabet so it never meets a real word. */
export const FRONT = 'mat_tran';

/** The forms of the name, folded, longest first. */
const FORMS: readonly (readonly string[])[] = [
  ['mat', 'tran', 'to', 'quoc', 'viet', 'nam'],
  ['mttq', 'viet', 'nam'],
  ['mat', 'tran', 'to', 'quoc'],
  ['mttq', 'vn'],
  ['mttqvn'],
  ['mttq'],
  ['mat', 'tran'],
];

function formAt(tokens: readonly Token[], i: number): number {
  for (const form of FORMS) {
    if (i + form.length > tokens.length) continue;
    let k = 0;
    while (k < form.length && tokens[i + k].w === form[k]) k++;
    if (k === form.length) return form.length;
  }
  return 0;
}

/** The tokens with each form of the Front's name as one token spanning it; linear in the tokens. */
export function withFrontName(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    const n = t.w === 'mat' || t.w.startsWith('mttq') ? formAt(tokens, i) : 0;
    if (n === 0) {
      out.push(t);
      i++;
      continue;
    }
    out.push({ w: FRONT, start: t.start, end: tokens[i + n - 1].end });
    i += n;
  }
  return out;
}
