// The sample shown with ?sample=1: a draft report with a few shortcomings, written as a real .docx
// in the browser, so it goes through the same reader as the user's files.
import { sampleParagraphs } from '../samples/sample-report';
import { writeDocx } from '../samples/write-docx';

export const SAMPLE_FILE_NAME = 'bao-cao-mau.docx';

/** Section 1.II.4 left out, 1.III.2 left empty, 1.I still holding the outline's guidance. */
export const SAMPLE_OPTIONS = { omit: ['1.II.4'], empty: ['1.III.2'], guidance: ['1.I'] };

export function sampleDocx(): Uint8Array {
  return writeDocx(sampleParagraphs(SAMPLE_OPTIONS));
}
