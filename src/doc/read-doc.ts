// Reads a Word 97-2003 file (.doc, bytes) into the engine's DocumentSnapshot, in Node.
//
// word-extractor (its OLE part only) walks the compound file, the FIB and the piece table; this
// module reads the main text with its control characters kept (the package's own getBody()
// turns cell marks into tabs and line breaks into paragraph ends), which paragraphs lie in
// tables and which are headings (properties.ts: built-in heading styles and outline levels), and
// the text boxes, placed after the paragraph holding their anchor as in the .docx reader
// (text-boxes.ts). List numbering labels ("I.", "2.1.") and style names are not read: where a
// heading's number was generated, the engine recovers the outline from the heading's words.
// Footnotes, comments, headers and footers are not read.
//
// Before any of that: the compound file's chains are checked (cfb.ts), and the FIB says whether
// the file is a Word 97 or later document and whether it is encrypted.
import BufferReader from 'word-extractor/lib/buffer-reader';
import WordOleExtractor from 'word-extractor/lib/word-ole-extractor';
import type { DocumentSnapshot } from '../analysis/types';
import { checkCompoundFile } from './cfb';
import { DocError } from './errors';
import { paragraphProperties, type ParagraphProperties } from './properties';
import { paragraphsOfText } from './text';
import { textBoxes, type TextBox } from './text-boxes';

/** FIB (MS-DOC 2.5.1): wIdent of Word 97 and later, and of Word 6.0/95. */
const WORD_97 = 0xa5ec;
const WORD_6 = 0xa5dc;
/** nFib of Word 97; earlier versions write less. */
const NFIB_WORD_97 = 0x00c0;
const F_ENCRYPTED = 0x0100;
const FIB_MIN_SIZE = 0x01aa;

interface Streams {
  _rootStorage?: { _dirEntry?: { streams?: Record<string, unknown> } };
}

/** word-extractor's OLE extractor, keeping what the snapshot needs. */
class SnapshotExtractor extends WordOleExtractor {
  fib: Buffer | null = null;
  table: Buffer | null = null;
  body = '';
  properties: ((cp: number) => ParagraphProperties) | null = null;
  boxes: TextBox[] = [];

  /** `cut`: the file ends inside a sector, so what is missing may be cut off rather than absent. */
  constructor(private readonly cut: boolean) {
    super();
  }

  protected override documentStream(document: unknown, streamName: string): Promise<unknown> {
    const streams = (document as Streams)._rootStorage?._dirEntry?.streams;
    if (streams !== undefined && !(streamName in streams)) {
      throw streamName === 'WordDocument' && !this.cut
        ? new DocError('doc-not-word', 'no WordDocument stream')
        : new DocError('doc-corrupt', `no ${streamName} stream`);
    }
    return super.documentStream(document, streamName);
  }

  protected override extractWordDocument(document: unknown, buffer: Buffer): Promise<WordOleExtractor.ExtractedDocument> {
    if (buffer.length < 4) throw new DocError('doc-corrupt', 'WordDocument stream too short');
    const ident = buffer.readUInt16LE(0);
    if (ident === WORD_6) throw new DocError('doc-too-old', 'Word 6.0/95 file');
    if (ident !== WORD_97) throw new DocError('doc-not-word', `FIB identifier ${ident.toString(16)}`);
    if (buffer.readUInt16LE(2) < NFIB_WORD_97) throw new DocError('doc-too-old', `nFib ${buffer.readUInt16LE(2)}`);
    if (buffer.length < FIB_MIN_SIZE) throw new DocError('doc-corrupt', 'FIB too short');
    if ((buffer.readUInt16LE(0x0a) & F_ENCRYPTED) !== 0) throw new DocError('doc-encrypted', 'fEncrypted');
    this.fib = buffer;
    return super.extractWordDocument(document, buffer);
  }

  protected override writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer): void {
    super.writeParagraphProperties(buffer, tableBuffer);
    this.table = tableBuffer;
    try {
      this.properties = paragraphProperties(buffer, tableBuffer, this._pieces);
    } catch {
      this.properties = null;
    }
  }

  protected override buildDocument(): WordOleExtractor.ExtractedDocument {
    const document = super.buildDocument();
    const text = (start: number, end: number): string => {
      let out = '';
      for (const piece of this._pieces) {
        if (piece.endCp <= start || piece.startCp >= end) continue;
        out += piece.text.slice(Math.max(0, start - piece.startCp), Math.min(piece.text.length, end - piece.startCp));
      }
      return out;
    };
    this.body = text(0, this._boundaries.ccpText);
    if (this.fib !== null && this.table !== null) {
      try {
        this.boxes = textBoxes(this.fib, this.table, text);
      } catch {
        this.boxes = [];
      }
    }
    return document;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads a .doc file. Throws only DocError: 'doc-corrupt' (damaged or truncated), 'doc-encrypted',
 * 'doc-too-old' (Word 6.0/95), 'doc-not-word' (another kind of compound file, such as .xls).
 */
export async function readDoc(data: Uint8Array): Promise<DocumentSnapshot> {
  checkCompoundFile(data);
  const extractor = new SnapshotExtractor(data.length % 512 !== 0);
  const reader = new BufferReader(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  try {
    await reader.open();
    await extractor.extract(reader);
  } catch (error) {
    if (error instanceof DocError) throw error;
    throw new DocError('doc-corrupt', describe(error));
  }
  return { paragraphs: paragraphsOfText(extractor.body, extractor.properties ?? undefined, extractor.boxes) };
}
