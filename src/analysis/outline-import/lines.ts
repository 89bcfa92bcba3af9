// The paragraphs of an outline document as clean lines: export artefacts dropped, spaces tidied,
// Word's generated numbering put back in front of the text.
import type { DocumentSnapshot } from '../types';

export interface OutlineLine {
  /** The line as the outline writes it (numbering included), trimmed. */
  text: string;
  /** Index of the paragraph in the snapshot. */
  index: number;
  /** Heading level of the paragraph's style, if any (diagnostics only: numbering decides). */
  headingLevel?: number;
}

const BOOKMARK = /\[bookmark:[^\]]*\]/gu;

export function cleanLine(text: string): string {
  return text.normalize('NFC').replace(BOOKMARK, '').replace(/[\s\u00a0\u202f\u2009]+/gu, ' ').trim();
}

/** The non-empty lines of a snapshot, in reading order. */
export function outlineLines(snapshot: DocumentSnapshot): OutlineLine[] {
  const out: OutlineLine[] = [];
  snapshot.paragraphs.forEach((p, index) => {
    let text = cleanLine(p.text);
    const label = p.numberingLabel ? cleanLine(p.numberingLabel) : '';
    if (label && !text.startsWith(label)) text = `${label} ${text}`.trim();
    if (text.length === 0) return;
    out.push({ text, index, ...(p.headingLevel !== undefined ? { headingLevel: p.headingLevel } : {}) });
  });
  return out;
}

/** A plain-text outline as a snapshot: one paragraph per line. */
export function snapshotFromText(text: string): DocumentSnapshot {
  return { paragraphs: text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u).map((line) => ({ text: line })) };
}
