// A thin streaming layer over saxes for the OOXML parts the reader needs.
//
// saxes runs without namespace processing (about twice as fast); this layer maps the prefixes a
// part declares to canonical ones ("w:", "mc:", "m:", ...), so the handlers can compare plain
// strings whatever prefixes the producer chose. Word and LibreOffice use the canonical prefixes,
// so the mapping is usually the identity and costs nothing.
//
// It also applies Markup Compatibility: of an mc:AlternateContent only the first mc:Choice is
// read (or the mc:Fallback when there is no Choice); the other branches are skipped and the
// mc:* wrappers are invisible to the handler.
import { strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';
import { DocxError } from './errors';

/**
 * Receives the elements of a part with canonical names ("w:p", "w:val"). `open` returns true to
 * skip the element's content (its children and text); `close` is still called for the element.
 */
export interface XmlSink {
  open(name: string, attrs: Record<string, string>): boolean | void;
  close(name: string): void;
  text(text: string): void;
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Canonical prefix of each namespace the reader cares about (Transitional and Strict). */
const CANONICAL: Record<string, string> = {
  [W_NS]: 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
  'http://schemas.microsoft.com/office/2006/xmlPackage': 'pkg',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties': 'op',
  'http://purl.oclc.org/ooxml/officeDocument/customProperties': 'op',
  'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes': 'vt',
  'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes': 'vt',
};

const CANONICAL_PREFIXES = new Set(Object.values(CANONICAL));

/**
 * Prefix bindings in effect (declared prefix -> canonical prefix, "" = no prefix), kept in one map
 * updated as elements open and close, with an undo log: O(1) per declaration, whatever the depth.
 */
class Bindings {
  private readonly map = new Map<string, string>();
  /** How many prefixes map to another prefix than their own. */
  private renamed = 0;
  private readonly undo: { prefix: string; previous: string | undefined }[] = [];

  get identity(): boolean {
    return this.renamed === 0;
  }

  get(prefix: string): string | undefined {
    return this.map.get(prefix);
  }

  /** Applies the declarations of an element; returns the mark to `restore` when it closes. */
  declare(attrs: Record<string, string>): number {
    const mark = this.undo.length;
    for (const key in attrs) {
      let prefix: string;
      let canonical: string;
      if (key === 'xmlns') {
        prefix = '';
        canonical = CANONICAL[attrs[key]] ?? '';
      } else if (key.startsWith('xmlns:')) {
        prefix = key.slice(6);
        // An unknown namespace keeps its prefix unless that prefix is one of ours.
        canonical = CANONICAL[attrs[key]] ?? (CANONICAL_PREFIXES.has(prefix) ? `~${prefix}` : prefix);
      } else {
        continue;
      }
      this.set(prefix, canonical);
    }
    return mark;
  }

  restore(mark: number): void {
    while (this.undo.length > mark) {
      const { prefix, previous } = this.undo.pop() as { prefix: string; previous: string | undefined };
      this.replace(prefix, previous);
    }
  }

  private set(prefix: string, canonical: string): void {
    this.undo.push({ prefix, previous: this.map.get(prefix) });
    this.replace(prefix, canonical);
  }

  private replace(prefix: string, canonical: string | undefined): void {
    const old = this.map.get(prefix);
    if (old !== undefined && old !== prefix) this.renamed--;
    if (canonical === undefined) {
      this.map.delete(prefix);
    } else {
      this.map.set(prefix, canonical);
      if (canonical !== prefix) this.renamed++;
    }
  }
}

/** The bindings of one element that declared namespaces, with its own translation cache. */
interface Scope {
  names: Map<string, string>;
  /** Undo mark of its declarations. */
  mark: number;
  /** Raw element depth that declared this scope. */
  depth: number;
}

function declaresNamespaces(attrs: Record<string, string>): boolean {
  for (const key in attrs) {
    if (key.charCodeAt(0) === 120 /* x */ && (key === 'xmlns' || key.startsWith('xmlns:'))) return true;
  }
  return false;
}

function translate(bindings: Bindings, scope: Scope, name: string, isAttribute: boolean): string {
  const cached = scope.names.get(name);
  if (cached !== undefined) return cached;
  const colon = name.indexOf(':');
  let result = name;
  if (colon < 0) {
    // Unprefixed attributes are in no namespace; unprefixed elements take the default namespace.
    const canonical = isAttribute ? undefined : bindings.get('');
    if (canonical) result = `${canonical}:${name}`;
  } else {
    const prefix = name.slice(0, colon);
    if (prefix !== 'xml' && prefix !== 'xmlns') {
      const canonical = bindings.get(prefix);
      if (canonical !== undefined && canonical !== prefix) {
        result = canonical === '' ? name.slice(colon + 1) : `${canonical}${name.slice(colon)}`;
      }
    }
  }
  scope.names.set(name, result);
  return result;
}

// Kinds of open raw elements.
const FORWARDED = 0;
const TRANSPARENT = 1;
const ALTERNATE_CONTENT = 2;
/** A forwarded element whose content the sink asked to skip. */
const FORWARDED_SKIPPING = 3;

/**
 * Where the tag being reported lies in the parsed text, for writers that splice the XML: offsets
 * in UTF-16 code units of the string passed to `parseXml`.
 */
export interface TagPosition {
  /** Offset of the tag's "<". */
  start: number;
  /** Offset just past the tag's ">". A self-closing tag reports the same span to open and close. */
  end: number;
}

/**
 * Parses `xml` and feeds `sink`. Throws on malformed XML (the error of saxes, or of the sink).
 * When `position` is given, it is updated before each call of `sink.open` and `sink.close`.
 */
export function parseXml(xml: string, sink: XmlSink, position?: TagPosition): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  // saxes counts its stream offset whatever the option; "<" cannot occur inside a tag.
  const locate =
    position === undefined
      ? undefined
      : (): void => {
          position.end = parser.position;
          position.start = xml.lastIndexOf('<', position.end - 1);
        };
  const bindings = new Bindings();
  let scope: Scope | null = null;
  const scopes: Scope[] = [];
  const kinds: number[] = [];
  const names: string[] = [];
  /** Whether the open mc:AlternateContent elements have taken a branch. */
  const taken: boolean[] = [];
  let depth = 0;
  /** Raw depth of the element whose content is skipped, or -1. */
  let skipDepth = -1;

  parser.on('opentag', (tag) => {
    depth++;
    if (skipDepth >= 0) return;
    const rawAttrs = tag.attributes;
    if (declaresNamespaces(rawAttrs)) {
      scope = { names: new Map(), mark: bindings.declare(rawAttrs), depth };
      scopes.push(scope);
    }
    let name = tag.name;
    let attrs = rawAttrs;
    if (scope !== null && !bindings.identity) {
      name = translate(bindings, scope, name, false);
      attrs = {};
      for (const key in rawAttrs) attrs[translate(bindings, scope, key, true)] = rawAttrs[key];
    }
    if (name.charCodeAt(0) === 109 /* m */ && name.startsWith('mc:')) {
      if (name === 'mc:AlternateContent') {
        kinds.push(ALTERNATE_CONTENT);
        taken.push(false);
        return;
      }
      if ((name === 'mc:Choice' || name === 'mc:Fallback') && kinds[kinds.length - 1] === ALTERNATE_CONTENT) {
        if (taken[taken.length - 1]) {
          skipDepth = depth;
        } else {
          taken[taken.length - 1] = true;
        }
        kinds.push(TRANSPARENT);
        return;
      }
    }
    names.push(name);
    if (locate !== undefined) locate();
    if (sink.open(name, attrs) === true) {
      kinds.push(FORWARDED_SKIPPING);
      skipDepth = depth;
    } else {
      kinds.push(FORWARDED);
    }
  });

  parser.on('closetag', () => {
    if (skipDepth < 0 || depth === skipDepth) {
      skipDepth = -1;
      const kind = kinds.pop();
      if (kind === FORWARDED || kind === FORWARDED_SKIPPING) {
        if (locate !== undefined) locate();
        sink.close(names.pop() as string);
      } else if (kind === ALTERNATE_CONTENT) {
        taken.pop();
      }
      if (scope !== null && scope.depth === depth) {
        bindings.restore(scope.mark);
        scopes.pop();
        scope = scopes.length > 0 ? scopes[scopes.length - 1] : null;
      }
    }
    depth--;
  });

  parser.on('text', (text) => {
    if (skipDepth < 0) sink.text(text);
  });
  parser.on('cdata', (text) => {
    if (skipDepth < 0) sink.text(text);
  });

  parser.write(xml).close();
}

/** True for an OOXML on/off attribute value that means "on" (absent value means on). */
export function isOn(value: string | undefined): boolean {
  return value === undefined || !(value === '0' || value === 'false' || value === 'off');
}

/** Parses an integer attribute; undefined when absent or not a number. */
export function intAttr(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** The encoding an XML declaration names at the start of `head` (bytes or text), if any. */
export function declaredEncoding(head: Uint8Array | string): string | undefined {
  const text = typeof head === 'string' ? head.slice(0, 256) : String.fromCharCode(...head.subarray(0, 256));
  return /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(text)?.[1];
}

/** Whether an encoding label means UTF-8 (or its ASCII subset, which UTF-8 reads the same). */
export function isUtf8Label(label: string): boolean {
  return /^(?:utf-?8|unicode-1-1-utf-8|(?:us-)?ascii)$/i.test(label.trim());
}

function decodeUtf16(bytes: Uint8Array, from: number, littleEndian: boolean): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let i = from; i + 1 < bytes.length; i += CHUNK * 2) {
    const end = Math.min(bytes.length - 1, i + CHUNK * 2);
    const codes: number[] = [];
    for (let j = i; j < end; j += 2) codes.push(littleEndian ? bytes[j] | (bytes[j + 1] << 8) : (bytes[j] << 8) | bytes[j + 1]);
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

/**
 * Decodes the bytes of an XML part: UTF-8 (with or without BOM) or UTF-16 (with a BOM, as OPC
 * asks, or without one), or the encoding its XML declaration names ("windows-1258") when the
 * platform's TextDecoder knows it. Throws DocxError 'unsupported-encoding' otherwise, rather than
 * misreading the text. fflate falls back to its own UTF-8 decoder where TextDecoder is missing.
 */
export function decodeXmlBytes(bytes: Uint8Array, partName = 'part'): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return decodeUtf16(bytes, 2, bytes[0] === 0xff);
  }
  if (bytes.length >= 2 && ((bytes[0] === 0x3c && bytes[1] === 0) || (bytes[0] === 0 && bytes[1] === 0x3c))) {
    return decodeUtf16(bytes, 0, bytes[0] === 0x3c);
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const label = hasBom ? undefined : declaredEncoding(bytes);
  if (label !== undefined && !isUtf8Label(label) && !/^utf-?16/i.test(label)) {
    let decoder: InstanceType<typeof TextDecoder> | undefined;
    try {
      decoder = typeof TextDecoder === 'function' ? new TextDecoder(label) : undefined;
    } catch {
      decoder = undefined;
    }
    if (decoder === undefined || decoder.encoding === 'replacement') throw new DocxError('unsupported-encoding', `${partName}: encoding "${label}"`);
    return decoder.decode(bytes);
  }
  const text = strFromU8(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
