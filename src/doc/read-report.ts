// Reads a report file whatever its name says: by its first bytes, a .docx (zip) or a flat-OPC
// Word XML file goes to the .docx reader, a Word 97-2003 compound file to the .doc reader; RTF,
// web pages and Word 2003 XML, often saved with a .doc name, get a sentence saying what they are.
// Node only (the .doc reader needs Node's Buffer and streams).
import type { DocumentSnapshot } from '../analysis/types';
import { DocxError, parseFlatOpc, readDocx, sniffDocx } from '../docx/read';
import { DocError } from './errors';
import { readDoc } from './read-doc';

export type ReportFormat = 'docx' | 'doc';

export interface ReadReport {
  snapshot: DocumentSnapshot;
  /** What the file really is (a .docx renamed .doc is 'docx'). */
  format: ReportFormat;
}

/** The start of the file as text, without a byte order mark or leading white space, lower case. */
function head(data: Uint8Array): string {
  let bytes = data.subarray(0, 2048);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const little = bytes[0] === 0xff;
    let text = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode(little ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
    return text.trimStart().toLowerCase();
  }
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return text.trimStart().toLowerCase();
}

/** What a file that is neither a zip nor a compound file is, when it is a known text format. */
function textFormat(data: Uint8Array): 'rtf' | 'html' | 'flat-opc' | 'word-xml' | null {
  const start = head(data);
  if (start.startsWith('{\\rtf')) return 'rtf';
  if (start.startsWith('<?xml') || start.startsWith('<')) {
    if (start.includes('schemas.microsoft.com/office/2006/xmlpackage') || /<pkg:package[\s>]/.test(start)) return 'flat-opc';
    if (start.includes('schemas.microsoft.com/office/word/2003/wordml')) return 'word-xml';
    if (/<!doctype html|<html[\s>]/.test(start)) return 'html';
  }
  if (start.startsWith('mime-version:') && start.includes('multipart/related')) return 'html';
  return null;
}

function decode(data: Uint8Array): string {
  return new TextDecoder(data[0] === 0xff || data[0] === 0xfe ? 'utf-16le' : 'utf-8').decode(data);
}

/**
 * Reads a report. Throws DocxError (the .docx reader's codes) or DocError (a damaged, encrypted
 * or too old .doc; RTF, HTML, Word 2003 XML).
 */
export async function readReport(data: Uint8Array): Promise<ReadReport> {
  const sniffed = sniffDocx(data);
  if (sniffed === null) return { snapshot: readDocx(data), format: 'docx' };
  if (sniffed === 'legacy-doc') return { snapshot: await readDoc(data), format: 'doc' };
  if (sniffed === 'not-zip') {
    const kind = textFormat(data);
    if (kind === 'rtf' || kind === 'html' || kind === 'word-xml') throw new DocError(kind);
    if (kind === 'flat-opc') {
      try {
        return { snapshot: { paragraphs: parseFlatOpc(decode(data)) }, format: 'docx' };
      } catch (error) {
        if (error instanceof DocxError) throw error;
        throw new DocxError('corrupt', error instanceof Error ? error.message : String(error));
      }
    }
  }
  throw new DocxError(sniffed);
}
