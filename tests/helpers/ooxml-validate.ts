// Validates WordprocessingML against the ECMA-376 transitional schemas (tests/fixtures/ooxml-xsd),
// as Word reads it: markup compatibility first (ECMA-376 Part 3: what mc:Ignorable lists is
// dropped, mc:AlternateContent keeps its mc:Fallback), then XML Schema validation with xmllint
// compiled to WebAssembly (xmllint-wasm), so a clone of the project needs nothing else.
import * as fs from 'fs';
import * as path from 'path';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { strFromU8, unzipSync } from 'fflate';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';

const XSD_DIR = path.join(__dirname, '..', 'fixtures', 'ooxml-xsd');
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';

let schemas: XMLFileInfo[] | undefined;
function loadSchemas(): XMLFileInfo[] {
  if (!schemas) {
    schemas = fs
      .readdirSync(XSD_DIR)
      .filter((f) => f.endsWith('.xsd'))
      .map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(XSD_DIR, f), 'utf8') }));
  }
  return schemas;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/**
 * Markup-compatibility processing of one XML part: elements and attributes of the namespaces
 * mc:Ignorable names are dropped, mc:AlternateContent is replaced by the content of its
 * mc:Fallback, other mc: attributes go. Returns the part re-serialised.
 */
export function applyMarkupCompatibility(xml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  let out = '';
  const ignorable = new Set<string>();
  // Depth of a subtree being skipped (0 = writing); an mc:Fallback's children are written.
  let skip = 0;
  const stack: Array<{ written: boolean }> = [];
  parser.on('opentag', (tag: SaxesTagNS) => {
    const ign = Object.values(tag.attributes).find((a) => a.uri === MC && a.local === 'Ignorable');
    if (ign) {
      for (const prefix of ign.value.split(/\s+/).filter(Boolean)) ignorable.add(parser.resolve(prefix) ?? prefix);
    }
    if (skip > 0) {
      skip++;
      stack.push({ written: false });
      return;
    }
    if (tag.uri === MC) {
      // AlternateContent and Fallback are unwrapped; Choice (and anything else of mc:) is skipped.
      if (tag.local === 'AlternateContent' || tag.local === 'Fallback') {
        stack.push({ written: false });
        return;
      }
      skip = 1;
      stack.push({ written: false });
      return;
    }
    if (ignorable.has(tag.uri)) {
      skip = 1;
      stack.push({ written: false });
      return;
    }
    let attrs = '';
    for (const a of Object.values(tag.attributes)) {
      if (a.uri === MC || (a.uri && ignorable.has(a.uri))) continue;
      attrs += ` ${a.name}="${escapeAttr(a.value)}"`;
    }
    out += `<${tag.name}${attrs}>`;
    stack.push({ written: true });
  });
  parser.on('closetag', (tag) => {
    const top = stack.pop();
    if (skip > 0) {
      skip--;
      return;
    }
    if (top?.written) out += `</${tag.name}>`;
  });
  parser.on('text', (text) => {
    if (skip === 0 && stack.length > 0) out += escapeText(text);
  });
  parser.on('cdata', (text) => {
    if (skip === 0) out += escapeText(text);
  });
  parser.write(xml).close();
  return out;
}

export interface PartResult {
  name: string;
  valid: boolean;
  errors: string[];
}

/** Validates WordprocessingML parts (w: root elements) in one run of xmllint. */
async function validateAll(parts: Array<{ name: string; xml: string }>): Promise<PartResult[]> {
  if (parts.length === 0) return [];
  const all = loadSchemas();
  const files = parts.map((p, i) => ({ fileName: `part${i}.xml`, contents: applyMarkupCompatibility(p.xml) }));
  const result = await validateXML({
    xml: files,
    schema: [all.find((s) => s.fileName === 'wml.xsd') as XMLFileInfo],
    preload: all.filter((s) => s.fileName !== 'wml.xsd'),
  });
  return parts.map((p, i) => {
    const errors = result.errors.filter((e) => e.loc?.fileName === files[i].fileName).map((e) => e.rawMessage);
    return { name: p.name, valid: errors.length === 0, errors };
  });
}

/** Validates one WordprocessingML part. */
export async function validateWordPart(name: string, xml: string): Promise<PartResult> {
  const [r] = await validateAll([{ name, xml }]);
  return r;
}

/** True when the part's root element is in the WordprocessingML namespace. */
function isWordPart(xml: string): boolean {
  let rootUri: string | undefined;
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (rootUri === undefined) rootUri = tag.uri;
  });
  try {
    parser.write(xml).close();
  } catch {
    return true; // not well-formed: let the validator report it
  }
  return rootUri === W;
}

/** The XML parts of a Flat OPC package (what insertOoxml takes), by part name. */
export function flatOpcParts(xml: string): Array<{ name: string; xml: string }> {
  const parts: Array<{ name: string; xml: string }> = [];
  const re = /<pkg:part\b[^>]*pkg:name="([^"]+)"[^>]*>\s*<pkg:xmlData>([\s\S]*?)<\/pkg:xmlData>\s*<\/pkg:part>/g;
  if (!xml.includes(PKG)) throw new Error('Not a Flat OPC package');
  for (let m = re.exec(xml); m; m = re.exec(xml)) parts.push({ name: m[1], xml: m[2] });
  return parts;
}

/** The XML parts of a .docx (zip), by part name. */
export function docxParts(docx: Uint8Array): Array<{ name: string; xml: string }> {
  const files = unzipSync(docx);
  return Object.entries(files)
    .filter(([name]) => name.endsWith('.xml'))
    .map(([name, data]) => ({ name, xml: strFromU8(data) }));
}

/** Validates every WordprocessingML part among these; returns the failures only. */
export async function invalidParts(parts: Array<{ name: string; xml: string }>): Promise<PartResult[]> {
  const results = await validateAll(parts.filter((p) => isWordPart(p.xml)));
  return results.filter((r) => !r.valid);
}

/** How many WordprocessingML parts there are among these (so a test sees it validated something). */
export function countWordParts(parts: Array<{ name: string; xml: string }>): number {
  return parts.filter((p) => isWordPart(p.xml)).length;
}
