// The sample shown with ?sample=1: a draft report with a few shortcomings, written as a real .docx
// in the browser, so it goes through the same reader as the user's files.
import { SAMPLE_SHORTCOMINGS, sampleParagraphs } from '../samples/sample-report';
import { writeDocx } from '../samples/write-docx';

export const SAMPLE_FILE_NAME = 'bao-cao-mau.docx';

/** The sample's shortcomings (which sections it leaves out, empty or unwritten): sample data. */
export const SAMPLE_OPTIONS = SAMPLE_SHORTCOMINGS;

export function sampleDocx(): Uint8Array {
  return writeDocx(sampleParagraphs(SAMPLE_OPTIONS));
}
