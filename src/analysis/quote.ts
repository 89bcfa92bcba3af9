// How the product quotes a title, a label or a sentence inside its own words, in one place for
// every message: one pair of “…”, never two of the same kind (quotation marks inside become ‘…’;
// a text that is already one quotation is not wrapped again), and a title's final period left
// out ("mục “1. Ưu điểm”", not "mục “1. Ưu điểm.”"). Also whether a label already says "nếu có".
import type { Lang } from './messages';

const DOUBLE_OPEN = /[“„"]/u;

/** True when the whole text is one quotation: “…” (or "…") with no other double mark inside. */
function isOneQuotation(t: string): boolean {
  if (t.length < 2) return false;
  const open = t[0];
  const close = t[t.length - 1];
  const pair = (open === '“' && close === '”') || (open === '"' && close === '"');
  return pair && !/[“”"„]/u.test(t.slice(1, -1));
}

/** Double quotation marks inside a text as single ones: “a” and "a" -> ‘a’. */
function innerMarks(t: string): string {
  let open = true;
  return t.replace(/[“”„"]/gu, (m) => {
    if (m === '“' || m === '„') {
      open = false;
      return '‘';
    }
    if (m === '”') {
      open = true;
      return '’';
    }
    // A straight mark opens or closes by turns.
    const out = open ? '‘' : '’';
    open = !open;
    return out;
  });
}

/** A text within one pair of “…”: "Quỹ “Vì người nghèo”" -> "“Quỹ ‘Vì người nghèo’”"; "“5 không”" stays. */
export function quoteText(text: string): string {
  const t = text.trim();
  if (isOneQuotation(t)) return `“${t.slice(1, -1)}”`;
  return `“${DOUBLE_OPEN.test(t) || t.includes('”') ? innerMarks(t) : t}”`;
}

/** A title without its final period or colon ("1. Ưu điểm." -> "1. Ưu điểm"); an ellipsis stays. */
export function trimTitle(title: string): string {
  let t = title.trim();
  // A period after a closing mark ("… “Đoàn kết”.") or after a word, but not "..." or "…".
  t = t.replace(/(?<![.])[.:;,]\s*$/u, '').trimEnd();
  return t;
}

/** A title quoted: its final period left out, then quoteText. */
export function quoteTitle(title: string): string {
  return quoteText(trimTitle(title));
}

/** True when a title or label already marks itself optional: "(nếu có)", "nếu có", "(if any)". */
export function hasOptionalMark(text: string): boolean {
  return /(^|[^\p{L}])nếu\s+có($|[^\p{L}])/iu.test(text.normalize('NFC')) || /\((if any|optional)\)/iu.test(text);
}

/** " (nếu có)" / " (optional)" for a label that does not say so already; "" when it does. */
export function optionalMark(label: string, lang: Lang): string {
  if (hasOptionalMark(label)) return '';
  return lang === 'en' ? ' (optional)' : ' (nếu có)';
}
