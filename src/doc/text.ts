// The text of a Word 97-2003 main document (one character per character position, control
// characters included) -> paragraphs, as the .docx reader gives them.
//
// Word's marks (MS-DOC 2.8.25 and following): "\r" ends a paragraph, 0x07 ends a table cell, the
// row-end mark (read as "\n", see read-doc.ts) ends a row, 0x0C is a page or section break (a
// paragraph end), 0x0B a line break inside a paragraph. Fields are 0x13 instruction 0x14 result
// 0x15 and show their result, nested fields included. Pictures, shape anchors and footnote or
// comment references are single characters that add no text.
import type { SnapshotParagraph } from '../analysis/types';
import type { ParagraphProperties } from './properties';
import type { TextBox } from './text-boxes';

const PARAGRAPH = 0x0d;
const CELL = 0x07;
const ROW = 0x0a;
const BREAK = 0x0c;
const LINE = 0x0b;
const TAB = 0x09;
const FIELD_BEGIN = 0x13;
const FIELD_SEPARATE = 0x14;
const FIELD_END = 0x15;
const NON_BREAKING_HYPHEN = 0x1e;

/**
 * The paragraphs of `text`. `properties(cp)` says whether the paragraph whose mark is at `cp` lies
 * in a table and its heading level; without it only a cell's last paragraph, the one its cell
 * mark ends, is known to be in a table. The paragraphs of each text box come right after
 * the paragraph holding its anchor (boxes anchored nowhere, at the end); only a table inside a box is table text.
 */
export function paragraphsOfText(
  text: string,
  properties?: (cp: number) => ParagraphProperties,
  boxes: readonly TextBox[] = [],
): SnapshotParagraph[] {
  const out: SnapshotParagraph[] = [];
  const waiting = [...boxes].sort((a, b) => a.anchor - b.anchor);
  let nextBox = 0;
  const flushBoxes = (upTo: number): void => {
    for (; nextBox < waiting.length && waiting[nextBox].anchor <= upTo; nextBox++) {
      // A box's story ends with paragraph marks of its own: its empty edges add nothing.
      const inBox = paragraphsOfText(waiting[nextBox].text);
      let first = 0;
      let last = inBox.length;
      while (first < last && inBox[first].text.trim() === '') first++;
      while (last > first && inBox[last - 1].text.trim() === '') last--;
      out.push(...inBox.slice(first, last));
    }
  };
  /** Open fields: true while in the instruction part. */
  const fields: boolean[] = [];
  let hidden = 0;
  let current = '';
  let pending = false;
  const end = (cp: number, cell: boolean): void => {
    const paragraph: SnapshotParagraph = { text: current };
    const props = properties?.(cp) ?? {};
    if (props.headingLevel !== undefined) paragraph.headingLevel = props.headingLevel;
    if (cell || props.inTable === true) paragraph.inTable = true;
    out.push(paragraph);
    current = '';
    pending = false;
    flushBoxes(cp);
  };
  for (let cp = 0; cp < text.length; cp++) {
    const c = text.charCodeAt(cp);
    if (c === FIELD_BEGIN) {
      fields.push(true);
      hidden++;
      continue;
    }
    if (c === FIELD_SEPARATE) {
      if (fields.length > 0 && fields[fields.length - 1]) {
        fields[fields.length - 1] = false;
        hidden--;
      }
      continue;
    }
    if (c === FIELD_END) {
      if (fields.length > 0 && fields.pop()) hidden--;
      continue;
    }
    if (hidden > 0) continue;
    if (c === PARAGRAPH || c === BREAK) end(cp, false);
    else if (c === CELL) end(cp, true);
    else if (c === ROW) {
      if (pending) end(cp, true);
    } else {
      let add: string;
      if (c === LINE) add = '\n';
      else if (c === TAB) add = '\t';
      else if (c === NON_BREAKING_HYPHEN) add = '-';
      else if (c < 0x20) add = '';
      else add = text[cp];
      current += add;
      if (add !== '') pending = true;
    }
  }
  if (pending) end(text.length, false);
  flushBoxes(Infinity);
  return out;
}
