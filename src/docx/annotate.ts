// "Tải bản có nhận xét": a copy of a .docx with one Word comment on each flagged paragraph, for
// the Standing Board.
//
// Nothing else in the document changes. The main document part is spliced as text at the
// offsets the reader reports for each paragraph (so the paragraph indexes are exactly those of
// readDocx): a comment range start right after the paragraph's properties, the range end and the
// comment reference run before its end tag. The comments part, its relationship and its content
// type are added or extended; every other entry of the package is copied as it is (inflated and
// deflated again, in the same order).
//
// The product's comments start with COMMENT_MARKER. Annotating again first removes the earlier
// ones (with their range marks, their reference runs and their entries in Word's extended
// comment parts); the user's comments stay. Synchronous, no I/O: runs in Node and in the browser.
import { strToU8, zipSync, type Zippable, type ZipOptions } from 'fflate';
import { SaxesParser } from 'saxes';
import { COMMENT_MARKER } from '../analysis/comment-marker';
import type { ParagraphSpan } from './document';
import { DocxError } from './errors';
import { folderOf, relsPartOf, resolveTarget } from './parts';
import { normalizeName, readDocumentLayout, sniffDocx, type DocumentLayout } from './read';
import { StylesSink } from './styles';
import { declaredEncoding, decodeXmlBytes, isUtf8Label, parseXml } from './xml';
import { ZipArchive } from './zip';

/** A comment to write: `paragraph` is an index in readDocx(data).paragraphs. */
export interface DocxComment {
  paragraph: number;
  text: string;
}

export interface AnnotateOptions {
  /** Default "Kiểm tra báo cáo MTTQ". */
  author?: string;
  /** Default "MTTQ". */
  initials?: string;
  /** Date of the comments; default now. */
  date?: Date;
}

export const DEFAULT_COMMENT_AUTHOR = 'Kiểm tra báo cáo MTTQ';
export const DEFAULT_COMMENT_INITIALS = 'MTTQ';

const W_TRANSITIONAL = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const REL_COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const REL_COMMENTS_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/comments';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_COMMENTS = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function isWordNs(uri: string): boolean {
  return uri === W_TRANSITIONAL || uri === W_STRICT;
}

// ---------------------------------------------------------------------------------------------
// Text helpers.

/**
 * Surrogate pairs (kept), and the characters XML 1.0 does not allow: control characters,
 * non-characters, lone surrogates (dropped). No lookbehind, for older browsers.
 */
const PAIR_OR_NOT_XML = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/g;

function escapeXml(text: string): string {
  return text
    .replace(PAIR_OR_NOT_XML, (m) => (m.length === 2 ? m : ''))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The text with its XML declaration naming UTF-8, when it named another encoding. */
function declareUtf8(text: string): string {
  const label = declaredEncoding(text);
  if (label === undefined || isUtf8Label(label)) return text;
  return text.replace(/^(\s*<\?xml\s[^>]*?\bencoding\s*=\s*["'])[^"']*/, '$1UTF-8');
}

/**
 * Re-encodes a part's text the way its original bytes were encoded (UTF-16 with a BOM, UTF-8
 * with or without one); a part that was in another encoding is written in UTF-8 and says so.
 */
function encodeLike(text: string, original: Uint8Array | undefined): Uint8Array {
  if (original !== undefined && original.length >= 2) {
    const le = original[0] === 0xff && original[1] === 0xfe;
    const be = original[0] === 0xfe && original[1] === 0xff;
    if (le || be) {
      const out = new Uint8Array(2 + text.length * 2);
      out[0] = original[0];
      out[1] = original[1];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        out[2 + i * 2] = le ? c & 0xff : c >> 8;
        out[3 + i * 2] = le ? c >> 8 : c & 0xff;
      }
      return out;
    }
    if (original.length >= 3 && original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf) {
      const body = strToU8(declareUtf8(text));
      const out = new Uint8Array(3 + body.length);
      out.set(original.subarray(0, 3));
      out.set(body, 3);
      return out;
    }
  }
  return strToU8(declareUtf8(text));
}

/** One change to a text: remove `remove` characters at `at`, then insert `insert`. */
interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** Applies non-overlapping edits (in any order; edits at one offset keep their order). */
function applyEdits(text: string, edits: Edit[]): string {
  if (edits.length === 0) return text;
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.at - b.e.at || a.i - b.i);
  const out: string[] = [];
  let cursor = 0;
  for (const { e } of sorted) {
    if (e.at < cursor) {
      if (e.remove > 0 || e.at + e.remove > cursor) throw new DocxError('corrupt', 'overlapping edits');
    } else {
      out.push(text.slice(cursor, e.at));
    }
    out.push(e.insert);
    cursor = Math.max(cursor, e.at + e.remove);
  }
  out.push(text.slice(cursor));
  return out.join('');
}

// ---------------------------------------------------------------------------------------------
// A namespace-aware scan with positions, for the parts the annotator splices.

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

interface Attribute {
  prefix: string;
  local: string;
  uri: string;
  value: string;
}

interface Element {
  /** Qualified name as written ("w:p"). */
  qname: string;
  prefix: string;
  local: string;
  uri: string;
  attrs: Record<string, Attribute>;
  parent: Element | null;
  /** Offsets of the start tag's "<" and past its ">". */
  start: number;
  startTagEnd: number;
  /** Offsets of the end tag's "<" (start for a self-closing element) and past its ">". */
  endTagStart: number;
  end: number;
  selfClosing: boolean;
}

interface ScanHandlers {
  open?(el: Element): void;
  close?(el: Element): void;
  text?(text: string, parent: Element | null): void;
}

/**
 * Namespace bindings in effect: one map updated as elements open and close, with an undo log, so
 * a lookup costs the same at any depth (a walk up the open elements would make deep nesting
 * quadratic).
 */
class Namespaces {
  private readonly map = new Map<string, string>([
    ['xml', XML_NS],
    ['xmlns', XMLNS_NS],
  ]);
  private readonly undo: { prefix: string; previous: string | undefined }[] = [];

  /** Applies an element's declarations; returns the mark to restore when it closes. */
  declare(attrs: Record<string, string>): number {
    const mark = this.undo.length;
    for (const key in attrs) {
      if (key.charCodeAt(0) !== 120 /* x */) continue;
      const prefix = key === 'xmlns' ? '' : key.startsWith('xmlns:') ? key.slice(6) : null;
      if (prefix === null) continue;
      this.undo.push({ prefix, previous: this.map.get(prefix) });
      this.map.set(prefix, attrs[key]);
    }
    return mark;
  }

  restore(mark: number): void {
    while (this.undo.length > mark) {
      const { prefix, previous } = this.undo.pop() as { prefix: string; previous: string | undefined };
      if (previous === undefined) this.map.delete(prefix);
      else this.map.set(prefix, previous);
    }
  }

  /** The URI of a prefix ("" for the default namespace: none when undeclared); undefined if unbound. */
  uri(prefix: string): string | undefined {
    const uri = this.map.get(prefix);
    return uri === undefined && prefix === '' ? '' : uri;
  }
}

function splitName(name: string): { prefix: string; local: string } {
  const colon = name.indexOf(':');
  return colon < 0 ? { prefix: '', local: name } : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

/** Parses `xml` with namespaces, reporting each element with its offsets. Throws DocxError. */
function scanXml(xml: string, partName: string, handlers: ScanHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const namespaces = new Namespaces();
  const marks: number[] = [];
  let current: Element | null = null;
  const unbound = (name: string): DocxError => new DocxError('corrupt', `${partName}: unbound namespace prefix in "${name}"`);
  parser.on('opentag', (tag) => {
    const end = parser.position;
    const raw = tag.attributes;
    marks.push(namespaces.declare(raw));
    const { prefix, local } = splitName(tag.name);
    const uri = namespaces.uri(prefix);
    if (uri === undefined) throw unbound(tag.name);
    const attrs: Record<string, Attribute> = {};
    for (const key in raw) {
      const name = splitName(key);
      // Unprefixed attributes are in no namespace; "xmlns" itself is in the xmlns namespace.
      const attrUri = key === 'xmlns' ? XMLNS_NS : name.prefix === '' ? '' : namespaces.uri(name.prefix);
      if (attrUri === undefined) throw unbound(key);
      attrs[key] = { prefix: name.prefix, local: name.local, uri: attrUri, value: raw[key] };
    }
    const el: Element = {
      qname: tag.name,
      prefix,
      local,
      uri,
      attrs,
      parent: current,
      start: xml.lastIndexOf('<', end - 1),
      startTagEnd: end,
      endTagStart: -1,
      end: -1,
      selfClosing: tag.isSelfClosing,
    };
    current = el;
    handlers.open?.(el);
  });
  parser.on('closetag', () => {
    const el = current as Element;
    el.end = parser.position;
    el.endTagStart = el.selfClosing ? el.start : xml.lastIndexOf('<', el.end - 1);
    current = el.parent;
    namespaces.restore(marks.pop() ?? 0);
    handlers.close?.(el);
  });
  if (handlers.text !== undefined) {
    const onText = handlers.text;
    parser.on('text', (text) => onText(text, current));
    parser.on('cdata', (text) => onText(text, current));
  }
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError('corrupt', `${partName}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The value of an attribute by local name, in the element's namespace or in none. */
function attr(el: Element, local: string): string | undefined {
  for (const key in el.attrs) {
    const a = el.attrs[key];
    if (a.local === local && (a.uri === el.uri || a.uri === '')) return a.value;
  }
  return undefined;
}

/** The value of an attribute by local name, whatever its namespace. */
function anyAttr(el: Element, local: string): string | undefined {
  for (const key in el.attrs) {
    const a = el.attrs[key];
    if (a.local === local) return a.value;
  }
  return undefined;
}

/** The edit that adds `fragment` as the last content of `el` (expanding a self-closing tag). */
function appendInto(xml: string, el: Element, fragment: string): Edit {
  if (!el.selfClosing) return { at: el.endTagStart, remove: 0, insert: fragment };
  const open = xml.slice(el.start, el.end - 2).replace(/\s+$/, '');
  return { at: el.start, remove: el.end - el.start, insert: `${open}>${fragment}</${el.qname}>` };
}

// ---------------------------------------------------------------------------------------------
// The package.

interface Entry {
  /** Name as stored in the zip. */
  name: string;
  bytes: Uint8Array;
  /** Stored without compression in the original. */
  stored: boolean;
}

class Package {
  readonly entries: Entry[] = [];
  /** Normalized name -> entry. */
  private readonly byName = new Map<string, Entry>();
  /** Entries whose text was replaced or added. */
  private readonly changed = new Set<Entry>();

  constructor(data: Uint8Array) {
    const sniffed = sniffDocx(data);
    if (sniffed !== null) throw new DocxError(sniffed);
    // Every entry is copied, so every entry is inflated, within the limits of limits.ts.
    const archive = new ZipArchive(data);
    for (const info of archive.entries) {
      const name = normalizeName(info.name);
      if (this.byName.has(name)) continue;
      const entry: Entry = { name: info.name, bytes: archive.inflate(info), stored: info.method === 0 };
      this.entries.push(entry);
      if (!info.name.endsWith('/')) this.byName.set(name, entry);
    }
  }

  /** Entries by normalized name, for the reader. */
  map(): Map<string, Uint8Array> {
    const map = new Map<string, Uint8Array>();
    for (const [name, entry] of this.byName) map.set(name, entry.bytes);
    return map;
  }

  get(name: string): Entry | undefined {
    return this.byName.get(normalizeName(name));
  }

  text(name: string): string | undefined {
    const entry = this.get(name);
    return entry === undefined ? undefined : decodeXmlBytes(entry.bytes, entry.name);
  }

  /** Replaces the text of an entry (kept in its encoding), or adds a new entry at the end. */
  setText(name: string, text: string): void {
    const entry = this.get(name);
    if (entry !== undefined) {
      entry.bytes = encodeLike(text, entry.bytes);
      this.changed.add(entry);
      return;
    }
    const added: Entry = { name, bytes: strToU8(text), stored: false };
    this.entries.push(added);
    this.byName.set(normalizeName(name), added);
    this.changed.add(added);
  }

  get isChanged(): boolean {
    return this.changed.size > 0;
  }

  zip(mtime?: Date): Uint8Array {
    const files: Zippable = {};
    for (const entry of this.entries) {
      const options: ZipOptions = { level: entry.stored ? 0 : 6 };
      if (mtime !== undefined) options.mtime = mtime;
      files[entry.name] = [entry.bytes, options];
    }
    return zipSync(files);
  }
}

// ---------------------------------------------------------------------------------------------
// Relationships and content types.

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function readRelationships(xml: string | undefined, partName: string): { root: Element | null; list: Relationship[] } {
  if (xml === undefined) return { root: null, list: [] };
  const list: Relationship[] = [];
  let root: Element | null = null;
  scanXml(xml, partName, {
    open(el) {
      if (el.local === 'Relationship') {
        list.push({
          id: attr(el, 'Id') ?? '',
          type: attr(el, 'Type') ?? '',
          target: attr(el, 'Target') ?? '',
          external: attr(el, 'TargetMode') === 'External',
        });
      }
    },
    close(el) {
      if (el.parent === null) root = el;
    },
  });
  return { root, list };
}

function findRelationship(list: Relationship[], kind: string): Relationship | undefined {
  return list.find((r) => !r.external && r.type.endsWith(`/${kind}`));
}

function unusedRelationshipId(list: Relationship[]): string {
  const ids = new Set(list.map((r) => r.id));
  let n = list.length + 1;
  while (ids.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** Adds an Override for the comments part to [Content_Types].xml unless there is one. */
function ensureContentType(pkg: Package, partName: string): void {
  const name = '[Content_Types].xml';
  const xml = pkg.text(name);
  if (xml === undefined) return;
  let root: Element | null = null;
  let found = false;
  scanXml(xml, name, {
    open(el) {
      if (el.local === 'Override' && normalizeName(attr(el, 'PartName') ?? '') === normalizeName(partName)) found = true;
    },
    close(el) {
      if (el.parent === null) root = el;
    },
  });
  if (found || root === null) return;
  const r = root as Element;
  const tag = r.prefix ? `${r.prefix}:Override` : 'Override';
  pkg.setText(name, applyEdits(xml, [appendInto(xml, r, `<${tag} PartName="/${escapeXml(partName)}" ContentType="${CT_COMMENTS}"/>`)]));
}

// ---------------------------------------------------------------------------------------------
// Comments.

interface ExistingComment {
  id: number | undefined;
  el: Element;
  text: string;
  /** w14:paraId of its paragraphs (links to Word's extended comment parts). */
  paraIds: string[];
}

function isProductComment(text: string): boolean {
  return text.trimStart().startsWith(COMMENT_MARKER);
}

function readComments(xml: string, partName: string): { root: Element; comments: ExistingComment[] } {
  const comments: ExistingComment[] = [];
  let root: Element | null = null;
  let current: ExistingComment | null = null;
  let paragraphs = 0;
  scanXml(xml, partName, {
    open(el) {
      if (!isWordNs(el.uri)) {
        return;
      }
      if (el.local === 'comment' && el.parent !== null && el.parent.parent === null) {
        const id = parseInt(attr(el, 'id') ?? '', 10);
        current = { id: Number.isFinite(id) ? id : undefined, el, text: '', paraIds: [] };
        paragraphs = 0;
      } else if (current !== null && el.local === 'p') {
        if (paragraphs++ > 0) current.text += '\n';
        for (const key in el.attrs) {
          const a = el.attrs[key];
          if (a.uri === W14 && a.local === 'paraId') current.paraIds.push(a.value);
        }
      }
    },
    close(el) {
      if (el.parent === null) root = el;
      if (current !== null && el === current.el) {
        comments.push(current);
        current = null;
      }
    },
    text(text, parent) {
      if (current !== null && parent !== null && parent.local === 't' && isWordNs(parent.uri)) current.text += text;
    },
  });
  if (root === null) throw new DocxError('corrupt', `${partName}: no root element`);
  return { root, comments };
}

/**
 * Edits of the main document that remove the range marks and references of these comment ids:
 * a reference run holding nothing else goes as a whole.
 */
function markEdits(xml: string, partName: string, ids: Set<string>): { edits: Edit[]; remainingIds: number[] } {
  const edits: Edit[] = [];
  const remainingIds: number[] = [];
  const runs: { el: Element; others: number; refs: Element[] }[] = [];
  const remove = (el: Element): void => {
    edits.push({ at: el.start, remove: el.end - el.start, insert: '' });
  };
  scanXml(xml, partName, {
    open(el) {
      const run = runs.length > 0 ? runs[runs.length - 1] : undefined;
      if (run !== undefined && el.parent === run.el && !(el.local === 'rPr' && isWordNs(el.uri))) {
        const isRef = el.local === 'commentReference' && isWordNs(el.uri) && ids.has(attr(el, 'id') ?? '');
        if (isRef) run.refs.push(el);
        else run.others++;
      }
      if (el.local === 'r' && isWordNs(el.uri)) runs.push({ el, others: 0, refs: [] });
    },
    close(el) {
      if (!isWordNs(el.uri)) return;
      if (el.local === 'r') {
        const run = runs.pop();
        if (run === undefined || run.refs.length === 0) return;
        if (run.others === 0) remove(el);
        else run.refs.forEach(remove);
        return;
      }
      if (el.local === 'commentRangeStart' || el.local === 'commentRangeEnd' || el.local === 'commentReference') {
        const id = attr(el, 'id') ?? '';
        if (!ids.has(id)) {
          const n = parseInt(id, 10);
          if (Number.isFinite(n)) remainingIds.push(n);
        } else if (el.local !== 'commentReference' || el.parent === null || el.parent.local !== 'r') {
          remove(el);
        }
      }
    },
  });
  return { edits, remainingIds };
}

/**
 * Word 2013+ keeps per-comment data in commentsExtended.xml (by paragraph id), commentsIds.xml
 * (paragraph id -> durable id) and commentsExtensible.xml (by durable id): drop the entries of
 * removed comments.
 */
function cleanExtendedParts(pkg: Package, folder: string, rels: Relationship[], paraIds: Set<string>): void {
  if (paraIds.size === 0) return;
  const durableIds = new Set<string>();
  const clean = (kind: string, element: string, key: string, keys: Set<string>, collect?: (el: Element) => void): void => {
    const rel = findRelationship(rels, kind);
    if (rel === undefined) return;
    const name = resolveTarget(folder, rel.target);
    const xml = pkg.text(name);
    if (xml === undefined) return;
    const edits: Edit[] = [];
    scanXml(xml, name, {
      close(el) {
        if (el.local !== element) return;
        const value = anyAttr(el, key);
        if (value === undefined || !keys.has(value)) return;
        collect?.(el);
        edits.push({ at: el.start, remove: el.end - el.start, insert: '' });
      },
    });
    if (edits.length > 0) pkg.setText(name, applyEdits(xml, edits));
  };
  clean('commentsExtended', 'commentEx', 'paraId', paraIds);
  clean('commentsIds', 'commentId', 'paraId', paraIds, (el) => {
    const durable = anyAttr(el, 'durableId');
    if (durable !== undefined) durableIds.add(durable);
  });
  clean('commentsExtensible', 'commentExtensible', 'durableId', durableIds);
}

/** Whether the styles part defines the character style "CommentReference". */
function hasCommentReferenceStyle(pkg: Package, stylesPart: string): boolean {
  const xml = pkg.text(stylesPart);
  if (xml === undefined) return false;
  const sink = new StylesSink();
  try {
    parseXml(xml, sink);
  } catch {
    return false;
  }
  return sink.sheet.byId.get('CommentReference')?.type === 'character';
}

function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A prefix and, when the element is in the default namespace, the declaration to add. */
interface Naming {
  p: string;
  decl: string;
}

function naming(prefix: string, uri: string): Naming {
  return prefix ? { p: `${prefix}:`, decl: '' } : { p: 'w:', decl: ` xmlns:w="${uri}"` };
}

function commentXml(n: Naming, id: number, text: string, author: string, initials: string, date: string): string {
  const paragraphs = text
    .split(/\r\n|\r|\n/)
    .map((line) => `<${n.p}p><${n.p}r><${n.p}t xml:space="preserve">${escapeXml(line)}</${n.p}t></${n.p}r></${n.p}p>`)
    .join('');
  return (
    `<${n.p}comment${n.decl} ${n.p}id="${id}" ${n.p}author="${escapeXml(author)}" ${n.p}initials="${escapeXml(initials)}" ${n.p}date="${date}">` +
    `${paragraphs}</${n.p}comment>`
  );
}

/** The paragraph elements of the main part, by the offsets of their tags: prefix and namespace. */
function paragraphNaming(xml: string, partName: string): { byOffset: Map<number, Naming>; uri: string } {
  const byOffset = new Map<number, Naming>();
  let uri = W_TRANSITIONAL;
  scanXml(xml, partName, {
    open(el) {
      if (el.parent === null && isWordNs(el.uri)) uri = el.uri;
    },
    close(el) {
      if (el.local !== 'p' || !isWordNs(el.uri)) return;
      const n = naming(el.prefix, el.uri);
      byOffset.set(el.start, n);
      byOffset.set(el.endTagStart, n);
    },
  });
  return { byOffset, uri };
}

/** The edits that anchor comment `id` on the paragraph at `span`. */
function anchorEdits(xml: string, span: ParagraphSpan, id: number, names: Map<number, Naming>, styled: boolean, uri: string): Edit[] {
  const first = names.get(span.start) ?? naming('', uri);
  const last = names.get(span.endTagStart) ?? first;
  const rangeStart = `<${first.p}commentRangeStart${first.decl} ${first.p}id="${id}"/>`;
  const l = last.p;
  const style = styled ? `<${l}rPr><${l}rStyle ${l}val="CommentReference"/></${l}rPr>` : '';
  const rangeEnd =
    `<${l}commentRangeEnd${last.decl} ${l}id="${id}"/>` + `<${l}r${last.decl}>${style}<${l}commentReference ${l}id="${id}"/></${l}r>`;
  const expand = (start: number, end: number, inner: string): Edit => {
    const tag = xml.slice(start, end - 2).replace(/\s+$/, '');
    const name = /^<([^\s/>]+)/.exec(tag)?.[1] ?? `${first.p}p`;
    return { at: start, remove: end - start, insert: `${tag}>${inner}</${name}>` };
  };
  const lastSelfClosing = !xml.startsWith('</', span.endTagStart);
  const firstSelfClosing = xml.charCodeAt(span.startTagEnd - 2) === 47; /* "/" */
  if (span.start === span.endTagStart && lastSelfClosing) return [expand(span.start, span.end, rangeStart + rangeEnd)];
  const edits: Edit[] = [];
  if (firstSelfClosing) edits.push(expand(span.start, span.startTagEnd, rangeStart));
  else edits.push({ at: span.contentStart, remove: 0, insert: rangeStart });
  if (lastSelfClosing) edits.push(expand(span.endTagStart, span.end, rangeEnd));
  else edits.push({ at: span.endTagStart, remove: 0, insert: rangeEnd });
  return edits;
}

// ---------------------------------------------------------------------------------------------
// The two operations.

function guard<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError('corrupt', error instanceof Error ? error.message : String(error));
  }
}

function rewrite(data: Uint8Array, comments: DocxComment[], options: AnnotateOptions): Uint8Array {
  const pkg = new Package(data);
  const layout: DocumentLayout = readDocumentLayout(pkg.map());
  const mainEntry = pkg.get(layout.mainPart);
  if (mainEntry === undefined) throw new DocxError('no-document', `${layout.mainPart} could not be read`);
  const mainName = mainEntry.name.replace(/\\/g, '/').replace(/^\/+/, '');
  const folder = folderOf(mainName);
  const relsName = pkg.get(layout.mainRelsPart)?.name ?? relsPartOf(mainName);
  const relsXml = pkg.text(relsName);
  const rels = readRelationships(relsXml, relsName);
  const commentsRel = findRelationship(rels.list, 'comments');

  // The existing comments part: the product's comments go, the user's stay.
  let commentsName: string | undefined;
  let commentsXml: string | undefined;
  if (commentsRel !== undefined) {
    const target = resolveTarget(folder, commentsRel.target);
    commentsName = pkg.get(target)?.name ?? target;
    commentsXml = pkg.text(target);
  }
  const existing = commentsXml !== undefined && commentsName !== undefined ? readComments(commentsXml, commentsName) : null;
  const removed = existing?.comments.filter((c) => isProductComment(c.text)) ?? [];
  const kept = existing?.comments.filter((c) => !isProductComment(c.text)) ?? [];
  const removedIds = new Set(removed.map((c) => attr(c.el, 'id') ?? ''));
  const requests = comments.filter(
    (c) => Number.isInteger(c.paragraph) && c.paragraph >= 0 && c.paragraph < layout.spans.length && c.text.trim() !== '',
  );
  if (removed.length === 0 && requests.length === 0) return data.slice();

  const { edits: documentEdits, remainingIds } = markEdits(layout.xml, layout.mainPart, removedIds);
  const commentEdits: Edit[] = removed.map((c) => ({ at: c.el.start, remove: c.el.end - c.el.start, insert: '' }));

  if (requests.length > 0) {
    let nextId = [...remainingIds, ...kept.map((c) => c.id ?? -1)].reduce((max, id) => Math.max(max, id + 1), 0);
    const names = paragraphNaming(layout.xml, layout.mainPart);
    const styled = hasCommentReferenceStyle(pkg, layout.stylesPart);
    const author = options.author ?? DEFAULT_COMMENT_AUTHOR;
    const initials = options.initials ?? DEFAULT_COMMENT_INITIALS;
    const date = w3cdtf(options.date ?? new Date());
    const commentNaming =
      existing !== null ? naming(existing.root.prefix, existing.root.uri) : { p: 'w:', decl: '' };
    const added: string[] = [];
    for (const request of requests) {
      const id = nextId++;
      const text = isProductComment(request.text) ? request.text.trim() : `${COMMENT_MARKER} ${request.text.trim()}`;
      documentEdits.push(...anchorEdits(layout.xml, layout.spans[request.paragraph], id, names.byOffset, styled, names.uri));
      added.push(commentXml(commentNaming, id, text, author, initials, date));
    }
    if (existing !== null && commentsXml !== undefined) {
      commentEdits.push(appendInto(commentsXml, existing.root, added.join('')));
    } else if (commentsRel !== undefined && commentsName !== undefined) {
      // The relationship is there, its part is missing: write the part where it points.
      pkg.setText(commentsName, `${XML_DECL}<w:comments xmlns:w="${names.uri}">${added.join('')}</w:comments>`);
      ensureContentType(pkg, commentsName);
    } else {
      // A new comments part next to the main part, its relationship and its content type.
      let name = `${folder}comments.xml`;
      for (let k = 2; pkg.get(name) !== undefined; k++) name = `${folder}comments${k}.xml`;
      pkg.setText(name, `${XML_DECL}<w:comments xmlns:w="${names.uri}">${added.join('')}</w:comments>`);
      const type = names.uri === W_STRICT ? REL_COMMENTS_STRICT : REL_COMMENTS;
      const relationship = (tag: string): string =>
        `<${tag} Id="${unusedRelationshipId(rels.list)}" Type="${type}" Target="${escapeXml(name.slice(folder.length))}"/>`;
      if (relsXml !== undefined && rels.root !== null) {
        const tag = rels.root.prefix ? `${rels.root.prefix}:Relationship` : 'Relationship';
        pkg.setText(relsName, applyEdits(relsXml, [appendInto(relsXml, rels.root, relationship(tag))]));
      } else {
        pkg.setText(relsName, `${XML_DECL}<Relationships xmlns="${REL_NS}">${relationship('Relationship')}</Relationships>`);
      }
      ensureContentType(pkg, name);
    }
  }

  pkg.setText(mainEntry.name, applyEdits(layout.xml, documentEdits));
  if (commentsXml !== undefined && commentsName !== undefined && commentEdits.length > 0) {
    pkg.setText(commentsName, applyEdits(commentsXml, commentEdits));
    ensureContentType(pkg, commentsName);
  }
  cleanExtendedParts(pkg, folder, rels.list, new Set(removed.flatMap((c) => c.paraIds)));
  return pkg.zip(options.date);
}

/**
 * A copy of the .docx with one Word comment per request, anchored on the paragraph of that index
 * in readDocx(data).paragraphs. The product's earlier comments (text starting with
 * COMMENT_MARKER) are removed first; the user's stay. A text not starting with the marker gets
 * it. Requests for a paragraph that does not exist, or with an empty text, are skipped.
 * Throws DocxError on a file that is not a readable .docx.
 */
export function annotateDocx(data: Uint8Array, comments: DocxComment[], options: AnnotateOptions = {}): Uint8Array {
  return guard(() => rewrite(data, comments, options));
}

/**
 * A copy of the .docx without the product's comments (and their marks in the text); the user's
 * comments stay. The same bytes when there is none. Throws DocxError on bad input.
 */
export function removeProductComments(data: Uint8Array): Uint8Array {
  return guard(() => rewrite(data, [], {}));
}
