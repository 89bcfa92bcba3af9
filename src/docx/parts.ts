// Package plumbing: relationships, content types, custom properties and flat-OPC packages
// (the single-XML form Word uses for Range.getOoxml / insertOoxml).
import { DocumentSink } from './document';
import { NumberingSink } from './numbering';
import { StylesSink } from './styles';
import { XmlSink } from './xml';

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

/** Collects the relationships of a .rels part. */
export class RelationshipsSink implements XmlSink {
  readonly relationships: Relationship[] = [];

  open(name: string, attrs: Record<string, string>): void {
    if (localName(name) === 'Relationship' && attrs.Type !== undefined && attrs.Target !== undefined) {
      this.relationships.push({ type: attrs.Type, target: attrs.Target, external: attrs.TargetMode === 'External' });
    }
  }

  close(): void {
    // Nothing to do.
  }

  text(): void {
    // Nothing to do.
  }

  /** Target of the first internal relationship whose type ends with "/<kind>". */
  find(kind: string): string | undefined {
    const suffix = `/${kind}`;
    return this.relationships.find((r) => !r.external && r.type.endsWith(suffix))?.target;
  }
}

/** Collects the overrides of [Content_Types].xml: part name (no leading "/") -> content type. */
export class ContentTypesSink implements XmlSink {
  readonly overrides = new Map<string, string>();

  open(name: string, attrs: Record<string, string>): void {
    if (localName(name) === 'Override' && attrs.PartName !== undefined && attrs.ContentType !== undefined) {
      this.overrides.set(attrs.PartName.replace(/^\/+/, ''), attrs.ContentType);
    }
  }

  close(): void {
    // Nothing to do.
  }

  text(): void {
    // Nothing to do.
  }
}

/** Collects string custom properties (docProps/custom.xml) whose name passes `accept`. */
export class CustomPropertiesSink implements XmlSink {
  readonly properties: { name: string; value: string }[] = [];
  private current: { name: string; value: string } | null = null;
  private inValue = false;

  constructor(private readonly accept: (name: string) => boolean) {}

  open(name: string, attrs: Record<string, string>): void {
    const local = localName(name);
    if (local === 'property') {
      const propertyName = attrs.name;
      this.current = propertyName !== undefined && this.accept(propertyName) ? { name: propertyName, value: '' } : null;
    } else if (this.current !== null && (local === 'lpwstr' || local === 'lpstr' || local === 'bstr')) {
      this.inValue = true;
    }
  }

  close(name: string): void {
    const local = localName(name);
    if (local === 'property') {
      if (this.current !== null) this.properties.push(this.current);
      this.current = null;
    } else if (local === 'lpwstr' || local === 'lpstr' || local === 'bstr') {
      this.inValue = false;
    }
  }

  text(text: string): void {
    if (this.inValue && this.current !== null) this.current.value += text;
  }
}

/** Resolves a relationship target against the folder of its source part ("word/"). */
export function resolveTarget(baseFolder: string, target: string): string {
  const raw = target.startsWith('/') ? target.slice(1) : baseFolder + target;
  const out: string[] = [];
  for (const segment of raw.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

/** "word/document.xml" -> "word/". */
export function folderOf(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return slash < 0 ? '' : partName.slice(0, slash + 1);
}

/** "word/document.xml" -> "word/_rels/document.xml.rels". */
export function relsPartOf(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/** Content types of a main document part (document, template, macro-enabled variants). */
export function isMainDocumentType(contentType: string): boolean {
  return /(?:wordprocessingml|ms-word)\.[\w.]*main\+xml$/i.test(contentType.trim());
}

type PartKind = 'document' | 'styles' | 'numbering';

function partKind(name: string, contentType: string): PartKind | undefined {
  const ct = contentType.trim().toLowerCase();
  if (isMainDocumentType(ct)) return 'document';
  if (ct.endsWith('wordprocessingml.styles+xml')) return 'styles';
  if (ct.endsWith('wordprocessingml.numbering+xml')) return 'numbering';
  if (ct === '') {
    // Hand-written packages may leave the content type out: go by the usual part names.
    if (name === 'word/document.xml') return 'document';
    if (name === 'word/styles.xml') return 'styles';
    if (name === 'word/numbering.xml') return 'numbering';
  }
  return undefined;
}

interface FlatPart {
  name: string;
  kind: PartKind;
  sink: DocumentSink | StylesSink | NumberingSink;
}

/**
 * Reads a flat-OPC package (<pkg:package><pkg:part pkg:name=… pkg:contentType=…><pkg:xmlData>…),
 * routing the main document, styles and numbering parts to their sinks in one pass.
 */
export class FlatOpcSink implements XmlSink {
  readonly parts: FlatPart[] = [];
  private depth = 0;
  private part: { name: string; contentType: string } | null = null;
  private current: XmlSink | null = null;
  private xmlDataDepth = -1;

  open(name: string, attrs: Record<string, string>): boolean {
    const d = ++this.depth;
    if (this.current !== null) return this.current.open(name, attrs) === true;
    if (name === 'pkg:part') {
      this.part = {
        name: (attrs['pkg:name'] ?? '').replace(/^\/+/, ''),
        contentType: attrs['pkg:contentType'] ?? '',
      };
    } else if (name === 'pkg:xmlData' && this.part !== null) {
      const kind = partKind(this.part.name, this.part.contentType);
      if (kind === undefined) return true;
      const sink = kind === 'document' ? new DocumentSink() : kind === 'styles' ? new StylesSink() : new NumberingSink();
      this.parts.push({ name: this.part.name, kind, sink });
      this.current = sink;
      this.xmlDataDepth = d;
    } else if (name === 'pkg:binaryData') {
      return true;
    }
    return false;
  }

  close(name: string): void {
    const d = this.depth--;
    if (this.current !== null) {
      if (d === this.xmlDataDepth) {
        this.current = null;
        this.xmlDataDepth = -1;
      } else {
        this.current.close(name);
      }
      return;
    }
    if (name === 'pkg:part') this.part = null;
  }

  text(text: string): void {
    if (this.current !== null) this.current.text(text);
  }

  /** The part of a kind that belongs to the main document (same folder, not a glossary part). */
  pick(kind: PartKind, mainFolder: string): FlatPart | undefined {
    const candidates = this.parts.filter((p) => p.kind === kind);
    return (
      candidates.find((p) => folderOf(p.name) === mainFolder) ??
      candidates.find((p) => !p.name.includes('glossary/')) ??
      candidates[0]
    );
  }
}

/**
 * Entry sink for `parseDocumentXml`: decides on the root element whether the text is a flat-OPC
 * package or a document part (or a fragment of one, such as a single w:body or w:p).
 */
export class DocumentOrPackageSink implements XmlSink {
  readonly document = new DocumentSink();
  flat: FlatOpcSink | null = null;
  private decided = false;
  private target: XmlSink = this.document;

  open(name: string, attrs: Record<string, string>): boolean {
    if (!this.decided) {
      this.decided = true;
      if (name === 'pkg:package') {
        this.flat = new FlatOpcSink();
        this.target = this.flat;
      }
    }
    return this.target.open(name, attrs) === true;
  }

  close(name: string): void {
    this.target.close(name);
  }

  text(text: string): void {
    this.target.text(text);
  }
}
