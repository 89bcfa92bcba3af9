// Reads the document into a DocumentSnapshot in one round trip (one context.sync()), whatever
// its length: every paragraph's text, heading level, list numbering, table nesting and whether it
// is still an untouched guidance placeholder, plus the ignores stored in the document.
//
// WordApi 1.1 gives text, style and outlineLevel; 1.3 adds styleBuiltIn, tableNestingLevel, list
// strings, the parent content control of each paragraph and the custom document properties.
//
// Under WordApi 1.1 and 1.2, body.paragraphs leaves out the paragraphs in tables ("Paragraphs in
// tables aren't returned for requirement sets 1.1 and 1.2":
// https://learn.microsoft.com/en-us/javascript/api/word/word.body#word-word-body-paragraphs-member),
// and a report's header block, "Nơi nhận" and signature sit in tables: the same read then also
// takes body.getOoxml() (WordApi 1.1) and puts the table paragraphs back in their places.
import { fold } from '../analysis/normalize';
import type { DocumentSnapshot, Ignore, SnapshotParagraph } from '../analysis/types';
import { decodeIgnoreProperty, IGNORE_PROPERTY_PREFIX } from '../docx/ignores';
import { GUIDANCE_TAG, guidanceOf } from '../docx/ooxml';
import { templates } from '../template';
import { detectFeatures } from './requirements';

export interface ReadOptions {
  /** Use WordApi 1.3 properties (styleBuiltIn, tables, content controls, list strings). */
  detailed: boolean;
  /** Read the ignores stored in custom document properties (WordApi 1.3). */
  ignores: boolean;
}

/** What the Word layer also needs to know about a paragraph (not part of the snapshot). */
export interface ParagraphInfo {
  /** Tag of the innermost content control holding the paragraph; "" when none (or unknown in 1.1). */
  controlTag: string;
  /** Id of that content control; -1 when none. */
  controlId: number;
  /** Table nesting level (0 = not in a table; 0 as well when unknown in 1.1). */
  tableNesting: number;
  /**
   * Index of the paragraph in body.paragraphs; -1 for a table paragraph taken from the OOXML
   * (WordApi 1.1/1.2), which body.paragraphs does not return.
   */
  wordIndex?: number;
}

export interface QueuedSnapshot {
  /** The loaded paragraph collection (its items are usable after the sync). */
  paragraphs: Word.ParagraphCollection;
  /**
   * Call after the sync. Under WordApi 1.1/1.2 `tableOoxml` holds the body's OOXML, whose table
   * paragraphs body.paragraphs left out: readSnapshotWithInfo puts them back (table-paragraphs.ts).
   */
  finish(): { snapshot: DocumentSnapshot; info: ParagraphInfo[]; tableOoxml?: string };
}

const DETAILED_PROPERTIES = [
  'items/text',
  'items/style',
  'items/styleBuiltIn',
  'items/outlineLevel',
  'items/tableNestingLevel',
  'items/isListItem',
  'items/listItemOrNullObject/listString',
  'items/parentContentControlOrNullObject/tag',
  'items/parentContentControlOrNullObject/id',
].join(',');

const BASIC_PROPERTIES = 'items/text,items/style,items/outlineLevel';

let guidanceTexts: Set<string> | undefined;

/** Folded text of every guidance paragraph of every known template. */
function knownGuidance(): Set<string> {
  if (!guidanceTexts) {
    guidanceTexts = new Set();
    for (const template of templates) {
      for (const section of template.sections) {
        for (const line of guidanceOf(section, template)) guidanceTexts.add(fold(line));
      }
    }
  }
  return guidanceTexts;
}

/** Word reports a manual line break as "\v" (and may leave "\r" in a paragraph's text). */
export function normalizeWordText(text: string): string {
  return text.replace(/\r\n?|\u000b/g, '\n');
}

/**
 * Heading level from the built-in style name, else from the outline level. Office.js does not
 * document the value of Paragraph.outlineLevel for body text
 * (https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-outlinelevel-member;
 * 10 is VBA's wdOutlineLevelBodyText): `bodyLevel` is the value this read's body text has (see
 * bodyOutlineLevel), and never makes a heading.
 */
export function headingLevelOf(styleBuiltIn: string | undefined, outlineLevel: number | undefined, bodyLevel?: number): number | undefined {
  const m = styleBuiltIn ? /^Heading([1-9])$/.exec(styleBuiltIn) : null;
  if (m) return Number(m[1]);
  if (typeof outlineLevel !== 'number' || outlineLevel === bodyLevel) return undefined;
  if (Number.isInteger(outlineLevel) && outlineLevel >= 1 && outlineLevel <= 9) return outlineLevel;
  return undefined;
}

/**
 * The outline level Word reports for body text in this document: the most common value among the
 * paragraphs whose built-in style is Normal (WordApi 1.3), or whose style is called "Normal"
 * (1.1); undefined when there is none.
 */
export function bodyOutlineLevel(paragraphs: Array<{ styleBuiltIn?: string; style?: string; outlineLevel: number }>): number | undefined {
  const counts = new Map<number, number>();
  for (const p of paragraphs) {
    const normal = p.styleBuiltIn !== undefined ? p.styleBuiltIn === 'Normal' : p.style === 'Normal';
    if (normal) counts.set(p.outlineLevel, (counts.get(p.outlineLevel) ?? 0) + 1);
  }
  let best: number | undefined;
  let most = 0;
  for (const [level, n] of counts) {
    if (n > most) {
      best = level;
      most = n;
    }
  }
  return best;
}

/**
 * Queues everything a snapshot needs on this context, without syncing. The caller syncs once
 * (possibly together with its own work) and then calls `finish()`.
 */
export function queueSnapshot(context: Word.RequestContext, options: ReadOptions): QueuedSnapshot {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(options.detailed ? DETAILED_PROPERTIES : BASIC_PROPERTIES);
  let controls: Word.ContentControlCollection | undefined;
  if (!options.detailed) {
    controls = context.document.contentControls.getByTag(GUIDANCE_TAG);
    controls.load('items/text');
  }
  // Table paragraphs are missing from body.paragraphs before WordApi 1.3: read the OOXML too.
  const ooxml = options.detailed ? undefined : context.document.body.getOoxml();
  let properties: Word.CustomPropertyCollection | undefined;
  if (options.ignores) {
    properties = context.document.properties.customProperties;
    properties.load('items/key,items/value');
  }

  return {
    paragraphs,
    finish() {
      const guidance = knownGuidance();
      const out: SnapshotParagraph[] = [];
      const info: ParagraphInfo[] = [];
      const folded: string[] = [];
      const bodyLevel = bodyOutlineLevel(
        paragraphs.items.map((p) => ({ styleBuiltIn: options.detailed ? p.styleBuiltIn : undefined, style: p.style, outlineLevel: p.outlineLevel })),
      );
      paragraphs.items.forEach((p, wordIndex) => {
        const text = normalizeWordText(p.text);
        const styleBuiltIn = options.detailed ? p.styleBuiltIn : undefined;
        const para: SnapshotParagraph = { text };
        const level = headingLevelOf(styleBuiltIn, p.outlineLevel, bodyLevel);
        if (level !== undefined) para.headingLevel = level;
        if (p.style) para.styleName = p.style;
        let controlTag = '';
        let controlId = -1;
        let tableNesting = 0;
        if (options.detailed) {
          tableNesting = p.tableNestingLevel;
          para.inTable = tableNesting > 0;
          if (p.isListItem) {
            const item = p.listItemOrNullObject;
            if (!item.isNullObject && item.listString) para.numberingLabel = item.listString;
          }
          const control = p.parentContentControlOrNullObject;
          if (!control.isNullObject) {
            controlTag = control.tag;
            controlId = control.id;
          }
          para.isGuidancePlaceholder = controlTag === GUIDANCE_TAG && guidance.has(fold(text));
        }
        out.push(para);
        info.push({ controlTag, controlId, tableNesting, wordIndex });
        folded.push(fold(text));
      });
      if (controls) markGuidanceByText(controls.items.map((c) => c.text), folded, out, info, guidance);
      const snapshot: DocumentSnapshot = { paragraphs: out };
      if (properties) snapshot.ignores = decodeIgnores(properties.items.map((p) => ({ key: p.key, value: p.value as unknown })));
      return ooxml ? { snapshot, info, tableOoxml: ooxml.value } : { snapshot, info };
    },
  };
}


/**
 * WordApi 1.1 cannot tell which control holds a paragraph: find each guidance control's lines, in
 * document order, as a run of consecutive paragraphs with the same text.
 */
function markGuidanceByText(
  controlTexts: string[],
  folded: string[],
  out: SnapshotParagraph[],
  info: ParagraphInfo[],
  guidance: Set<string>,
): void {
  for (const p of out) p.isGuidancePlaceholder = false;
  let from = 0;
  for (const text of controlTexts) {
    const lines = normalizeWordText(text)
      .split('\n')
      .map((l) => fold(l))
      .filter((l) => l.length > 0);
    if (lines.length === 0) continue;
    for (let i = from; i + lines.length <= folded.length; i++) {
      if (folded[i] !== lines[0]) continue;
      if (!lines.every((line, k) => folded[i + k] === line)) continue;
      for (let k = 0; k < lines.length; k++) {
        out[i + k].isGuidancePlaceholder = guidance.has(lines[k]);
        info[i + k].controlTag = GUIDANCE_TAG;
      }
      from = i + lines.length;
      break;
    }
  }
}

/** The add-in's ignores among the custom properties, in the order they were saved. */
export function decodeIgnores(properties: Array<{ key: string; value: unknown }>): Ignore[] {
  const prefix = IGNORE_PROPERTY_PREFIX.toLowerCase();
  return properties
    .filter((p) => p.key.toLowerCase().startsWith(prefix))
    .map((p) => ({ n: Number(p.key.slice(prefix.length)), value: String(p.value ?? '') }))
    .sort((a, b) => (Number.isFinite(a.n) ? a.n : Infinity) - (Number.isFinite(b.n) ? b.n : Infinity))
    .map((p) => decodeIgnoreProperty(p.value))
    .filter((i): i is Ignore => i !== null);
}

/** Reads the whole document in exactly one context.sync(). */
export async function readSnapshot(options?: Partial<ReadOptions>): Promise<DocumentSnapshot> {
  return (await readSnapshotWithInfo(options)).snapshot;
}

/** readSnapshot, with what the Word layer needs about each paragraph. */
export async function readSnapshotWithInfo(options?: Partial<ReadOptions>): Promise<{ snapshot: DocumentSnapshot; info: ParagraphInfo[] }> {
  const features = options && options.detailed !== undefined && options.ignores !== undefined ? undefined : detectFeatures();
  const opts: ReadOptions = {
    detailed: options?.detailed ?? features?.detailed ?? false,
    ignores: options?.ignores ?? features?.storeIgnores ?? false,
  };
  const read = await Word.run(async (context) => {
    const queued = queueSnapshot(context, opts);
    await context.sync();
    return queued.finish();
  });
  if (read.tableOoxml === undefined) return read;
  // Only an old Word (WordApi 1.1/1.2) needs the OOXML reader: it loads on demand, so that the
  // pane's first load stays small for everyone else.
  const { withTableParagraphs } = await import(/* webpackChunkName: "table-paragraphs" */ './table-paragraphs');
  const merged = withTableParagraphs(read.snapshot.paragraphs, read.info, read.tableOoxml);
  return { snapshot: { ...read.snapshot, paragraphs: merged.paragraphs }, info: merged.info };
}

/** True when the document has no text at all (only empty paragraphs, spaces, pictures). */
export async function isDocumentEmpty(): Promise<boolean> {
  return Word.run(async (context) => {
    const body = context.document.body;
    body.load('text');
    await context.sync();
    return body.text.trim().length === 0;
  });
}
