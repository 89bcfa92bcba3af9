// Text for a terminal: control characters (escape sequences), bidirectional overrides and line
// separators are shown as \xNN / \uNNNN, so that a file name can never move the cursor, recolour
// or rewrite what the user sees. JSON output needs none of this (JSON.stringify escapes).

const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_IN_BLOCK = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escape(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line (a file name, a sentence): every control character escaped, newlines included. */
export function printableLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, escape);
}

/** A block of lines: the same, but newlines and tabs are kept. */
export function printableBlock(text: string): string {
  return text.replace(UNSAFE_IN_BLOCK, escape);
}
