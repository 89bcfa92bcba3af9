// The parts of word-extractor (1.0.x) the .doc reader uses. Only the OLE extractor and the buffer
// reader are loaded: the package's entry point also loads its .docx reader and file access.
declare module 'word-extractor/lib/buffer-reader' {
  class BufferReader {
    constructor(buffer: Buffer);
    open(): Promise<void>;
    close(): Promise<void>;
  }
  export = BufferReader;
}

declare module 'word-extractor/lib/word-ole-extractor' {
  import type BufferReader from 'word-extractor/lib/buffer-reader';

  namespace WordOleExtractor {
    /** A run of text in the piece table; `text` has one character per character position. */
    interface Piece {
      startCp: number;
      endCp: number;
      startFilePos: number;
      size: number;
      bpc: number;
      text: string;
    }
    interface ExtractedDocument {
      getBody(options?: { filterUnicode?: boolean }): string;
    }
  }

  class WordOleExtractor {
    protected _pieces: WordOleExtractor.Piece[];
    protected _boundaries: Record<string, number>;
    extract(reader: BufferReader): Promise<WordOleExtractor.ExtractedDocument>;
    protected extractWordDocument(document: unknown, buffer: Buffer): Promise<WordOleExtractor.ExtractedDocument>;
    protected documentStream(document: unknown, streamName: string): Promise<unknown>;
    protected writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer): void;
    protected buildDocument(): WordOleExtractor.ExtractedDocument;
  }
  export = WordOleExtractor;
}
