// The rules every text the product shows must follow, as checks that return what breaks them:
// one optional mark, quotation marks never nested in the same kind, no period closing a quoted
// title, no code of the contract, no count of zero.
import type { FindingCode, SectionStatus } from '../../src/analysis/types';

const CODES: (FindingCode | SectionStatus)[] = [
  'section-missing',
  'section-empty',
  'guidance-left',
  'section-no-figures',
  'signature-missing',
  'figure-missing',
  'section-order',
  'recipients-missing',
  'optional-empty',
  'no-figures',
];

/** "(nếu có)" right after a title or label that already says "nếu có" (or "optional" twice). */
export function doubledOptional(text: string): boolean {
  const t = text.replace(/\s+/gu, ' ');
  return /(nếu có|if any|optional)\)?[”’]?\s*\((nếu có|if any|optional)\)/iu.test(t) || /\boptional\b[^:;]{0,160}nếu có/iu.test(t);
}

/** A quotation mark of one kind opened inside a quotation of the same kind, or two in a row. */
export function nestedQuotes(text: string): boolean {
  if (/””|““|’’|‘‘|"“|”"/u.test(text)) return true;
  for (const [open, close] of [['“', '”'], ['‘', '’']]) {
    let depth = 0;
    for (const ch of text) {
      if (ch === open && ++depth > 1) return true;
      if (ch === close) depth = Math.max(0, depth - 1);
    }
  }
  return false;
}

/** A title quoted with its final period (or comma, colon) inside the closing mark: "“1. Ưu điểm.”". */
export function periodInQuotedTitle(text: string): boolean {
  return /(?<!\.\.)[.,;:][”’]/u.test(text);
}

/** A code of the contract ("section-missing", "no-figures") where words belong. */
export function englishCode(text: string): string | undefined {
  return CODES.find((c) => new RegExp(`(^|[^\\p{L}-])${c}($|[^\\p{L}-])`, 'u').test(text));
}

/** A count of zero: "0 không đọc được", "0 cảnh báo", "0 error(s)". */
export function zeroCount(text: string): boolean {
  return /(^|[^\d.,/])0\s+\p{L}/u.test(text);
}

/** Every rule a message breaks, named; `quoted` is a sentence of the document it quotes, left out of the title checks. */
export function wordProblems(text: string, quoted?: string): string[] {
  const rest = quoted ? text.split(quoted).join('') : text;
  const out: string[] = [];
  if (doubledOptional(rest)) out.push('doubled optional mark');
  if (nestedQuotes(text)) out.push('nested quotes');
  if (periodInQuotedTitle(rest)) out.push('period inside a quoted title');
  const code = englishCode(text);
  if (code) out.push(`code ${code}`);
  if (zeroCount(text)) out.push('zero count');
  return out;
}
