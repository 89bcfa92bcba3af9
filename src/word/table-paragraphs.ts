// Table paragraphs under WordApi 1.1/1.2: body.paragraphs does not return the paragraphs inside
// tables (https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-paragraphs-member),
// but body.getOoxml() (WordApi 1.1) holds them. This module parses that OOXML with the .docx
// reader; it is loaded only on such a Word.
import type { SnapshotParagraph } from '../analysis/types';
import { parseFlatOpc } from '../docx/read';
import type { ParagraphInfo } from './read';

/**
 * Puts the table paragraphs of the document's OOXML back among the paragraphs body.paragraphs
 * returned (WordApi 1.1/1.2). The paragraphs outside tables must match one to one, in order;
 * when they do not (the OOXML could not be read, or Word counts differently), the paragraphs are
 * kept as they are.
 */
export function withTableParagraphs(
  paragraphs: SnapshotParagraph[],
  info: ParagraphInfo[],
  ooxml: string,
): { paragraphs: SnapshotParagraph[]; info: ParagraphInfo[] } {
  let parsed: SnapshotParagraph[];
  try {
    // body.paragraphs leaves out the paragraphs of text boxes (their own stories), which the
    // OOXML holds: left out here too, so that the paragraphs outside tables match one to one.
    parsed = parseFlatOpc(ooxml).filter((p) => !p.inTextBox);
  } catch {
    return { paragraphs, info };
  }
  const outside = parsed.filter((p) => !p.inTable);
  if (outside.length !== paragraphs.length || !parsed.some((p) => p.inTable)) return { paragraphs, info };
  const outP: SnapshotParagraph[] = [];
  const outI: ParagraphInfo[] = [];
  let k = 0;
  for (const p of parsed) {
    if (p.inTable) {
      const para: SnapshotParagraph = { text: p.text, inTable: true, isGuidancePlaceholder: false };
      if (p.headingLevel !== undefined) para.headingLevel = p.headingLevel;
      if (p.styleName) para.styleName = p.styleName;
      if (p.numberingLabel) para.numberingLabel = p.numberingLabel;
      outP.push(para);
      outI.push({ controlTag: '', controlId: -1, tableNesting: 1, wordIndex: -1 });
    } else {
      outP.push(paragraphs[k]);
      outI.push(info[k]);
      k++;
    }
  }
  return { paragraphs: outP, info: outI };
}
