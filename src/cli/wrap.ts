// Text that fits a terminal: lines broken at spaces, never inside a word (a single word longer
// than the whole width is cut only as a last resort), widths counted in columns, not UTF-16 units.
import { charWidth } from './char-width';

/** Columns taken by a text: combining marks (decomposed diacritics) take none, wide characters two. */
export function textWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += charWidth(ch);
  return n;
}

/** The longest start of `text` that fits `width` columns. */
function cut(text: string, width: number): [string, string] {
  let n = 0;
  let i = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (n + w > width) break;
    n += w;
    i += ch.length;
  }
  return [text.slice(0, i), text.slice(i)];
}

/** Breaks one line of text into lines of at most `width` columns, at spaces. */
export function wrapWords(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/).filter(Boolean)) {
    let rest = word;
    if (line && textWidth(line) + 1 + textWidth(rest) <= w) {
      line += ` ${rest}`;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    while (textWidth(rest) > w) {
      const [head, tail] = cut(rest, w);
      lines.push(head);
      rest = tail;
    }
    line = rest;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * `prefix` then `text` wrapped to `width`; the lines after the first start with as many spaces
 * as the prefix is wide (a hanging indent), or with `next` when given.
 */
export function hang(prefix: string, text: string, width: number, next = ' '.repeat(textWidth(prefix))): string[] {
  const room = Math.max(10, width - Math.max(textWidth(prefix), textWidth(next)));
  return wrapWords(text, room).map((l, i) => `${i === 0 ? prefix : next}${l}`.trimEnd());
}

/** A text on one line of at most `width` columns, shortened at a word with "…" when too long. */
export function oneLine(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  const [head] = cut(text, width - 1);
  const space = head.lastIndexOf(' ');
  const kept = space > width / 2 ? head.slice(0, space) : head;
  return `${kept.trimEnd()}…`;
}

/** The width to format for: the terminal's columns, else 80; COLUMNS overrides. */
export function terminalWidth(env: { COLUMNS?: string }, columns: number | undefined): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  if (Number.isFinite(fromEnv) && fromEnv >= 20) return fromEnv;
  if (columns !== undefined && columns >= 20) return columns;
  return DEFAULT_WIDTH;
}

export const DEFAULT_WIDTH = 80;
