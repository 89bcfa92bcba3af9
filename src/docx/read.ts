// Reads a .docx file (bytes) into the engine's DocumentSnapshot: body and table-cell paragraphs
// in document order, with heading levels, numbering labels and the ignores stored in the file.
// Synchronous, no I/O (the caller passes the bytes): runs in Node and in the browser.
//
// Only the parts needed are inflated: [Content_Types].xml and the package relationships (to find
// the main document part), the main document part, its styles and numbering parts, and the
// custom properties. XML is streamed through saxes; nothing builds a DOM.
import type { DocumentSnapshot, Ignore, SnapshotParagraph } from '../analysis/types';
import { DocumentSink, ParagraphSpan, resolveParagraphs } from './document';
import { DocxError, DocxErrorCode } from './errors';
import { decodeIgnoreProperty, ignoreKey, isIgnorePropertyName } from './ignores';
import { emptyNumbering, NumberingModel, NumberingSink } from './numbering';
import {
  ContentTypesSink,
  CustomPropertiesSink,
  DocumentOrPackageSink,
  FlatOpcSink,
  folderOf,
  isMainDocumentType,
  RelationshipsSink,
  relsPartOf,
  resolveTarget,
} from './parts';
import { emptyStyleSheet, StyleSheet, StylesSink } from './styles';
import { decodeXmlBytes, parseXml, TagPosition, XmlSink } from './xml';
import { ZipArchive, type ZipEntry } from './zip';

export { DocxError, DOCX_ERROR_MESSAGES } from './errors';
export type { DocxErrorCode } from './errors';
export { IGNORE_PROPERTY_PREFIX, encodeIgnoreProperty, decodeIgnoreProperty } from './ignores';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
/** "EncryptedPackage" in UTF-16LE, as the stream name appears in an OLE directory. */
const ENCRYPTED_PACKAGE = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);

function containsBytes(data: Uint8Array, pattern: number[]): boolean {
  const first = pattern[0];
  const last = data.length - pattern.length;
  for (let i = data.indexOf(first); i >= 0 && i <= last; i = data.indexOf(first, i + 1)) {
    let j = 1;
    while (j < pattern.length && data[i + j] === pattern[j]) j++;
    if (j === pattern.length) return true;
  }
  return false;
}

/**
 * A cheap look at the first bytes: the error code the file will certainly get, or null when it
 * looks like a zip package. An OLE compound file is either an encrypted (password-protected)
 * .docx, recognised by its "EncryptedPackage" stream, or an old binary .doc.
 */
export function sniffDocx(data: Uint8Array): DocxErrorCode | null {
  if (data.length === 0) return 'empty-file';
  if (data.length >= 4 && OLE_MAGIC.every((b, i) => data[i] === b)) {
    return containsBytes(data, ENCRYPTED_PACKAGE) ? 'encrypted' : 'legacy-doc';
  }
  const isZip =
    data.length >= 4 &&
    data[0] === 0x50 &&
    data[1] === 0x4b &&
    ((data[2] === 3 && data[3] === 4) || (data[2] === 5 && data[3] === 6) || (data[2] === 7 && data[3] === 8));
  return isZip ? null : 'not-zip';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Parses one XML part; malformed XML becomes a DocxError 'corrupt'. */
function parsePart(xml: string, sink: XmlSink, partName: string, position?: TagPosition): void {
  try {
    parseXml(xml, sink, position);
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError('corrupt', `${partName}: ${describe(error)}`);
  }
}

function parseStyles(xml: string | undefined, partName = 'styles'): StyleSheet {
  if (xml === undefined) return emptyStyleSheet();
  const sink = new StylesSink();
  parsePart(xml, sink, partName);
  return sink.sheet;
}

function parseNumbering(xml: string | undefined, partName = 'numbering'): NumberingModel {
  if (xml === undefined) return emptyNumbering();
  const sink = new NumberingSink();
  parsePart(xml, sink, partName);
  return sink.model;
}

function fromFlatPackage(flat: FlatOpcSink, stylesXml?: string, numberingXml?: string): SnapshotParagraph[] {
  const main = flat.pick('document', 'word/');
  if (main === undefined || !(main.sink instanceof DocumentSink)) {
    throw new DocxError('no-document', 'flat OPC package without a main document part');
  }
  const folder = folderOf(main.name);
  const stylesPart = flat.pick('styles', folder);
  const numberingPart = flat.pick('numbering', folder);
  const styles = stylesPart !== undefined && stylesPart.sink instanceof StylesSink ? stylesPart.sink.sheet : parseStyles(stylesXml);
  const numbering =
    numberingPart !== undefined && numberingPart.sink instanceof NumberingSink
      ? numberingPart.sink.model
      : parseNumbering(numberingXml);
  return resolveParagraphs(main.sink.paragraphs, styles, numbering);
}

/**
 * The paragraphs of a WordprocessingML document part (w:document, or a fragment such as a single
 * w:body or w:p), resolved with the given styles.xml and numbering.xml. Also accepts a flat-OPC
 * package (<pkg:package>), taking the document, styles and numbering parts from it.
 * Throws DocxError 'corrupt' on malformed XML.
 */
export function parseDocumentXml(documentXml: string, stylesXml?: string, numberingXml?: string): SnapshotParagraph[] {
  const entry = new DocumentOrPackageSink();
  parsePart(documentXml, entry, 'document');
  if (entry.flat !== null) return fromFlatPackage(entry.flat, stylesXml, numberingXml);
  return resolveParagraphs(entry.document.paragraphs, parseStyles(stylesXml), parseNumbering(numberingXml));
}

/**
 * The paragraphs of a flat-OPC package, as Word's Range.getOoxml() returns it: the parts
 * /word/document.xml, /word/styles.xml and /word/numbering.xml (found by content type).
 * A bare document part is accepted too.
 */
export function parseFlatOpc(xml: string): SnapshotParagraph[] {
  return parseDocumentXml(xml);
}

// ---------------------------------------------------------------------------------------------
// The zip package.

/** Part names compare case-insensitively (OPC); some zips use "\" or a leading "/". */
export function normalizeName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

class ZipPackage {
  /** Normalized names of all entries. */
  readonly names = new Set<string>();
  private readonly parts = new Map<string, Uint8Array>();
  /** The first entry of each normalized name (directories left out). */
  private readonly entries = new Map<string, ZipEntry>();
  private readonly archive: ZipArchive | null;

  /** `entries`: all entries already inflated, by normalized name (then `data` is not read). */
  constructor(data: Uint8Array, entries?: Map<string, Uint8Array>) {
    if (entries !== undefined) {
      for (const [name, bytes] of entries) {
        this.names.add(name);
        this.parts.set(name, bytes);
      }
      this.archive = null;
      return;
    }
    this.archive = new ZipArchive(data);
    for (const entry of this.archive.entries) {
      const name = normalizeName(entry.name);
      this.names.add(name);
      if (!entry.name.endsWith('/') && !this.entries.has(name)) this.entries.set(name, entry);
    }
  }

  /** Inflates the wanted parts not inflated yet; nothing else (pictures stay compressed). */
  load(wanted: Iterable<string>): void {
    if (this.archive === null) return;
    for (const name of wanted) {
      const entry = this.entries.get(name);
      if (entry === undefined || this.parts.has(name)) continue;
      this.parts.set(name, this.archive.inflate(entry));
    }
  }

  text(name: string): string | undefined {
    const bytes = this.parts.get(name);
    return bytes === undefined ? undefined : decodeXmlBytes(bytes, name);
  }
}

const CONTENT_TYPES = '[content_types].xml';
const ROOT_RELS = '_rels/.rels';
const DEFAULT_MAIN = 'word/document.xml';
const DEFAULT_CUSTOM = 'docprops/custom.xml';

function relationships(pkg: ZipPackage, name: string): RelationshipsSink | undefined {
  const xml = pkg.text(name);
  if (xml === undefined) return undefined;
  const sink = new RelationshipsSink();
  parsePart(xml, sink, name);
  return sink;
}

function findMainPart(pkg: ZipPackage, rootRels: RelationshipsSink | undefined): string | undefined {
  const target = rootRels?.find('officeDocument');
  if (target !== undefined) {
    const name = normalizeName(resolveTarget('', target));
    if (pkg.names.has(name)) return name;
  }
  const contentTypes = pkg.text(CONTENT_TYPES);
  if (contentTypes !== undefined) {
    const sink = new ContentTypesSink();
    parsePart(contentTypes, sink, CONTENT_TYPES);
    for (const [partName, type] of sink.overrides) {
      const name = normalizeName(partName);
      if (isMainDocumentType(type) && pkg.names.has(name)) return name;
    }
  }
  return pkg.names.has(DEFAULT_MAIN) ? DEFAULT_MAIN : undefined;
}

function readIgnores(xml: string | undefined): Ignore[] {
  if (xml === undefined) return [];
  const sink = new CustomPropertiesSink(isIgnorePropertyName);
  try {
    parseXml(xml, sink);
  } catch {
    // Ignores are the add-in's own metadata: a damaged custom.xml must not stop the check.
    return [];
  }
  const ignores: Ignore[] = [];
  const seen = new Set<string>();
  for (const property of sink.properties) {
    const ignore = decodeIgnoreProperty(property.value);
    if (ignore === null) continue;
    const key = ignoreKey(ignore);
    if (seen.has(key)) continue;
    seen.add(key);
    ignores.push(ignore);
  }
  return ignores;
}

interface MainPart {
  main: string;
  mainRelsName: string;
  stylesName: string;
  customName: string;
  documentXml: string;
  paragraphs: SnapshotParagraph[];
  /** Only when asked for. */
  spans?: ParagraphSpan[];
}

function readMainPart(pkg: ZipPackage, withSpans: boolean): MainPart {
  // The usual layout in one pass; other layouts need a second one.
  pkg.load([
    CONTENT_TYPES,
    ROOT_RELS,
    DEFAULT_CUSTOM,
    DEFAULT_MAIN,
    relsPartOf(DEFAULT_MAIN),
    'word/styles.xml',
    'word/numbering.xml',
  ]);
  const rootRels = relationships(pkg, ROOT_RELS);
  const main = findMainPart(pkg, rootRels);
  if (main === undefined) {
    throw new DocxError('no-document', pkg.names.size === 0 ? 'empty zip archive' : 'no main document part');
  }
  const mainRelsName = relsPartOf(main);
  pkg.load([main, mainRelsName]);
  const mainRels = relationships(pkg, mainRelsName);
  const folder = folderOf(main);
  const partOf = (kind: string, fallback: string): string => {
    const target = mainRels?.find(kind);
    return normalizeName(target !== undefined ? resolveTarget(folder, target) : fallback);
  };
  const stylesName = partOf('styles', `${folder}styles.xml`);
  const numberingName = partOf('numbering', `${folder}numbering.xml`);
  const customTarget = rootRels?.find('custom-properties');
  const customName = customTarget !== undefined ? normalizeName(resolveTarget('', customTarget)) : DEFAULT_CUSTOM;
  pkg.load([stylesName, numberingName, customName]);

  const documentXml = pkg.text(main);
  if (documentXml === undefined) throw new DocxError('no-document', `${main} could not be read`);
  const position: TagPosition | undefined = withSpans ? { start: 0, end: 0 } : undefined;
  const document = new DocumentSink(position);
  parsePart(documentXml, document, main, position);
  const styles = parseStyles(pkg.text(stylesName), stylesName);
  const numbering = parseNumbering(pkg.text(numberingName), numberingName);
  const spans: ParagraphSpan[] | undefined = withSpans ? [] : undefined;
  const result: MainPart = {
    main,
    mainRelsName,
    stylesName,
    customName,
    documentXml,
    paragraphs: resolveParagraphs(document.paragraphs, styles, numbering, spans),
  };
  if (spans !== undefined) result.spans = spans;
  return result;
}

function readPackage(data: Uint8Array): DocumentSnapshot {
  const pkg = new ZipPackage(data);
  const { paragraphs, customName } = readMainPart(pkg, false);
  return { paragraphs, ignores: readIgnores(pkg.text(customName)) };
}

/**
 * For writers that splice the main document part: the part, its paragraphs (exactly as readDocx
 * reads them) and where each one lies in the part's XML.
 */
export interface DocumentLayout {
  /** Normalized names (see normalizeName) of the main part, its relationships part and styles part. */
  mainPart: string;
  mainRelsPart: string;
  stylesPart: string;
  /** The decoded text of the main part; `spans` index into it. */
  xml: string;
  paragraphs: SnapshotParagraph[];
  /** One per paragraph. */
  spans: ParagraphSpan[];
}

/**
 * Reads the main document of a package whose entries are already inflated (keyed by normalized
 * name), with the span of each paragraph. Throws DocxError 'no-document' or 'corrupt'.
 */
export function readDocumentLayout(entries: Map<string, Uint8Array>): DocumentLayout {
  const pkg = new ZipPackage(new Uint8Array(0), entries);
  const part = readMainPart(pkg, true);
  const spans = part.spans ?? [];
  if (spans.length !== part.paragraphs.length) {
    throw new DocxError('corrupt', `${part.main}: paragraph positions out of step`);
  }
  return {
    mainPart: part.main,
    mainRelsPart: part.mainRelsName,
    stylesPart: part.stylesName,
    xml: part.documentXml,
    paragraphs: part.paragraphs,
    spans,
  };
}

/**
 * Reads a .docx file. Throws only DocxError: 'empty-file', 'not-zip', 'encrypted', 'legacy-doc'
 * (from the first bytes), 'no-document' (a zip without a Word document part), 'corrupt' (a
 * damaged zip or malformed XML), 'inflated-too-large', 'too-many-entries', 'overlapping-entries'
 * (past the limits of limits.ts), 'unsupported-encoding' (a part in an encoding the platform
 * cannot decode). A document with an empty body gives zero paragraphs.
 */
export function readDocx(data: Uint8Array): DocumentSnapshot {
  try {
    const sniffed = sniffDocx(data);
    if (sniffed !== null) throw new DocxError(sniffed);
    return readPackage(data);
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError('corrupt', describe(error));
  }
}
