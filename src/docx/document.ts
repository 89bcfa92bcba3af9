// word/document.xml -> paragraphs, in one streaming pass.
//
// Two phases: the sink collects raw paragraphs (text, style id, direct numbering and outline
// level, table and content-control context); `resolveParagraphs` then applies styles.xml and
// numbering.xml in document order. The split lets a flat-OPC package list its parts in any order.
//
// What counts as text (decisions):
// - w:t runs, also inside w:hyperlink, w:fldSimple, w:smartTag, w:customXml, w:sdt, w:ins, w:moveTo;
//   w:tab / w:ptab -> "\t"; w:br (any type) and w:cr -> "\n"; w:noBreakHyphen -> "-";
//   w:softHyphen, w:sym, footnote/endnote references and bookmarks add nothing; m:t (equations) kept.
// - Complex fields show their result: text between w:fldChar begin and separate is left out.
// - Tracked changes read as if accepted: w:del, w:moveFrom and deleted table rows are left out; a
//   deleted paragraph mark joins the paragraph to the next one in the same container.
// - Text boxes (w:txbxContent in a DrawingML wps:txbx or a VML v:textbox) are read: reports put
//   signature blocks, unit names and sometimes whole sections in them. Their paragraphs come right
//   after the paragraph that holds the shape's anchor (the reading order a person follows: the
//   anchor's text, then the box), in the order of the boxes; a box inside a box follows its own
//   host paragraph likewise. They are not table paragraphs, even when the anchor sits in a cell,
//   and they never join a paragraph outside their box. Of mc:AlternateContent only one branch is
//   read (see xml.ts): Word writes the same box as a DrawingML Choice and a VML Fallback, and the
//   box is read once. Where a writer needs a position (annotate), a box paragraph lies at its host
//   paragraph, the body paragraph outside all boxes, since a comment belongs in the main text.
//   Word's own body.paragraphs leave text boxes out, so the add-in may see fewer paragraphs.
// - Footnotes, endnotes, comments, headers and footers are other parts and never read. Ruby
//   guides (w:rt) are left out.
// - Content controls showing their placeholder (w:showingPlcHdr) hold guidance: a block control's
//   paragraphs keep their text and get isGuidancePlaceholder; an inline control's placeholder is
//   dropped from a paragraph that has other text, and marks the paragraph when it is all there is.
import type { SnapshotParagraph } from '../analysis/types';
import { NumberingCounter, NumberingModel } from './numbering';
import { StyleResolver, StyleSheet } from './styles';
import { intAttr, isOn, TagPosition, XmlSink } from './xml';

/**
 * Where a snapshot paragraph lies in the XML of the document part (offsets into the parsed
 * string), for writers that splice it. A paragraph joined over deleted paragraph marks spans from
 * the first w:p to the last.
 */
export interface ParagraphSpan {
  /** Offset of the first w:p start tag. */
  start: number;
  /** Just past that start tag. */
  startTagEnd: number;
  /** Just past the paragraph's own w:pPr, or `startTagEnd` when it has none: where content begins. */
  contentStart: number;
  /** Offset of the last w:p end tag ("</w:p>"), or of the last w:p itself when it is self-closing. */
  endTagStart: number;
  /** Just past the last w:p. */
  end: number;
}

export interface RawParagraph {
  text: string;
  styleId?: string;
  numId?: string;
  ilvl?: number;
  outlineLvl?: number;
  inTable: boolean;
  /** Inside a text box (w:txbxContent). */
  inTextBox?: boolean;
  guidance: boolean;
  /** The paragraph mark is a tracked deletion: the paragraph joins the next one. */
  markDeleted: boolean;
  /** Body = 0; each table cell has its own id. Paragraphs join only within one container. */
  container: number;
  /** Only when the sink tracks positions. */
  span?: ParagraphSpan;
}

interface OpenParagraph {
  depth: number;
  /** All visible text, and the text outside inline placeholders. */
  all: string;
  other: string;
  hasPlaceholder: boolean;
  /** Placeholder depth when the paragraph opened: > 0 means inside a block placeholder. */
  basePlaceholder: number;
  styleId?: string;
  numId?: string;
  ilvl?: number;
  outlineLvl?: number;
  markDeleted: boolean;
  span?: ParagraphSpan;
  /** Open text boxes when the paragraph opened: > 0 means inside a text box. */
  box: number;
  /** Paragraphs of the text boxes anchored in this paragraph, emitted after it. */
  boxed: RawParagraph[];
}

/** Elements whose whole subtree adds no text. */
const SKIPPED = new Set([
  'w:rPr',
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:instrText',
  'w:delInstrText',
  'w:object',
  'w:sectPr',
  'w:tblPr',
  'w:tblGrid',
  'w:tcPr',
  'w:tblPrEx',
  'w:sdtEndPr',
  'w:fldData',
  'w:ffData',
  'w:rt',
  'w:rubyPr',
  'w:customXmlPr',
  'w:smartTagPr',
  'w:footnoteReference',
  'w:endnoteReference',
  'w:background',
  'm:rPr',
]);

/** Collects raw paragraphs from the events of a document part. */
export class DocumentSink implements XmlSink {
  readonly paragraphs: RawParagraph[] = [];
  private depth = 0;
  private para: OpenParagraph | null = null;
  private readonly outerParas: OpenParagraph[] = [];
  private pPrDepth = -1;
  private pPrChild = '';
  private sdtPrDepth = -1;
  private trPrDepth = -1;
  private capture = false;
  /** Open complex fields: true while in the instruction part. */
  private readonly fields: boolean[] = [];
  private inInstruction = 0;
  /** Open w:sdt: whether it shows its placeholder; open w:sdtContent: whether it counts. */
  private readonly sdts: boolean[] = [];
  private readonly sdtContents: boolean[] = [];
  private placeholder = 0;
  private tables = 0;
  private readonly rows: boolean[] = [];
  private deletedRows = 0;
  private readonly containers: number[] = [0];
  private nextContainer = 1;
  /** Open w:txbxContent: the table depth outside each (a box's paragraphs are not in a table). */
  private readonly boxes: number[] = [];

  /** With `position` (the tracker given to parseXml), each raw paragraph gets its span. */
  constructor(private readonly position?: TagPosition) {}

  open(name: string, attrs: Record<string, string>): boolean {
    const d = ++this.depth;
    if (this.pPrDepth >= 0) return this.paragraphProperty(d, name, attrs);
    if (this.sdtPrDepth >= 0) {
      if (d === this.sdtPrDepth + 1 && name === 'w:showingPlcHdr' && isOn(attrs['w:val']) && this.sdts.length > 0) {
        this.sdts[this.sdts.length - 1] = true;
      }
      return true;
    }
    if (this.trPrDepth >= 0) {
      if (d === this.trPrDepth + 1 && name === 'w:del' && !this.rows[this.rows.length - 1]) {
        this.rows[this.rows.length - 1] = true;
        this.deletedRows++;
      }
      return true;
    }
    switch (name) {
      case 'w:t':
      case 'm:t':
        if (this.para !== null && this.inInstruction === 0) this.capture = true;
        return false;
      case 'w:r':
        return false;
      case 'w:tab':
      case 'w:ptab':
        this.add('\t');
        return true;
      case 'w:br':
      case 'w:cr':
        this.add('\n');
        return true;
      case 'w:noBreakHyphen':
        this.add('-');
        return true;
      case 'w:fldChar':
        this.fieldChar(attrs['w:fldCharType']);
        return true;
      case 'w:p':
        if (this.para !== null) this.outerParas.push(this.para);
        this.para = {
          depth: d,
          all: '',
          other: '',
          hasPlaceholder: false,
          basePlaceholder: this.placeholder,
          markDeleted: false,
          box: this.boxes.length,
          boxed: [],
        };
        if (this.position !== undefined) {
          const { start, end } = this.position;
          this.para.span = { start, startTagEnd: end, contentStart: end, endTagStart: start, end };
        }
        return false;
      case 'w:pPr':
        if (this.para === null || this.para.depth !== d - 1) return true;
        this.pPrDepth = d;
        return false;
      case 'w:sdt':
        this.sdts.push(false);
        return false;
      case 'w:sdtPr':
        this.sdtPrDepth = d;
        return false;
      case 'w:sdtContent': {
        const shows = this.sdts.length > 0 && this.sdts[this.sdts.length - 1];
        this.sdtContents.push(shows);
        if (shows) this.placeholder++;
        return false;
      }
      case 'w:tbl':
        this.tables++;
        return false;
      case 'w:tr':
        this.rows.push(false);
        return false;
      case 'w:trPr':
        this.trPrDepth = d;
        return false;
      case 'w:tc':
        this.containers.push(this.nextContainer++);
        return false;
      case 'w:txbxContent':
        this.boxes.push(this.tables);
        this.tables = 0;
        this.containers.push(this.nextContainer++);
        return false;
      default:
        return SKIPPED.has(name);
    }
  }

  private paragraphProperty(d: number, name: string, attrs: Record<string, string>): boolean {
    const p = this.para as OpenParagraph;
    if (d === this.pPrDepth + 1) {
      this.pPrChild = name;
      if (name === 'w:pStyle') p.styleId = attrs['w:val'];
      else if (name === 'w:outlineLvl') p.outlineLvl = intAttr(attrs['w:val']);
      return name !== 'w:numPr' && name !== 'w:rPr';
    }
    if (this.pPrChild === 'w:numPr') {
      if (name === 'w:numId') p.numId = attrs['w:val'];
      else if (name === 'w:ilvl') p.ilvl = intAttr(attrs['w:val']);
    } else if (name === 'w:del' || name === 'w:moveFrom') {
      // w:pPr/w:rPr/w:del: the paragraph mark itself was deleted (or moved away).
      p.markDeleted = true;
    }
    return true;
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') {
      this.fields.push(true);
      this.inInstruction++;
    } else if (type === 'separate') {
      const top = this.fields.length - 1;
      if (top >= 0 && this.fields[top]) {
        this.fields[top] = false;
        this.inInstruction--;
      }
    } else if (type === 'end') {
      if (this.fields.length > 0 && this.fields.pop()) this.inInstruction--;
    }
  }

  private add(text: string): void {
    const p = this.para;
    if (p === null || this.inInstruction > 0) return;
    p.all += text;
    if (this.placeholder > p.basePlaceholder) p.hasPlaceholder = true;
    else p.other += text;
  }

  close(name: string): void {
    const d = this.depth--;
    if (this.pPrDepth >= 0) {
      if (d === this.pPrDepth) {
        this.pPrDepth = -1;
        const span = this.para?.span;
        if (span !== undefined && this.position !== undefined) span.contentStart = this.position.end;
      }
      return;
    }
    if (this.sdtPrDepth >= 0) {
      if (d === this.sdtPrDepth) this.sdtPrDepth = -1;
      return;
    }
    if (this.trPrDepth >= 0) {
      if (d === this.trPrDepth) this.trPrDepth = -1;
      return;
    }
    switch (name) {
      case 'w:t':
      case 'm:t':
        this.capture = false;
        return;
      case 'w:p':
        if (this.para !== null && this.para.depth === d) {
          const span = this.para.span;
          if (span !== undefined && this.position !== undefined) {
            span.endTagStart = this.position.start;
            span.end = this.position.end;
          }
          this.endParagraph(this.para);
        }
        return;
      case 'w:sdt':
        this.sdts.pop();
        return;
      case 'w:sdtContent':
        if (this.sdtContents.pop()) this.placeholder--;
        return;
      case 'w:tbl':
        this.tables--;
        return;
      case 'w:tr':
        if (this.rows.pop()) this.deletedRows--;
        return;
      case 'w:tc':
        if (this.containers.length > 1) this.containers.pop();
        return;
      case 'w:txbxContent':
        if (this.boxes.length > 0) this.tables = this.boxes.pop() as number;
        if (this.containers.length > 1) this.containers.pop();
        return;
      default:
        return;
    }
  }

  private endParagraph(p: OpenParagraph): void {
    this.para = this.outerParas.pop() ?? null;
    if (this.deletedRows > 0) return;
    const raw = this.rawOf(p);
    const host = this.para;
    if (p.box > 0 && host !== null) {
      // Inside a text box: waits for the paragraph that holds the box's anchor.
      host.boxed.push(raw, ...p.boxed);
      return;
    }
    this.paragraphs.push(raw);
    for (const boxed of p.boxed) {
      if (p.span !== undefined) boxed.span = { ...p.span };
      this.paragraphs.push(boxed);
    }
  }

  private rawOf(p: OpenParagraph): RawParagraph {
    let text = p.other;
    let guidance = false;
    if (p.basePlaceholder > 0) {
      text = p.all;
      guidance = true;
    } else if (p.hasPlaceholder && !/\S/.test(p.other)) {
      text = p.all;
      guidance = true;
    }
    const raw: RawParagraph = {
      text,
      inTable: this.tables > 0,
      guidance,
      markDeleted: p.markDeleted,
      container: this.containers[this.containers.length - 1],
    };
    if (p.styleId !== undefined) raw.styleId = p.styleId;
    if (p.numId !== undefined) raw.numId = p.numId;
    if (p.ilvl !== undefined) raw.ilvl = p.ilvl;
    if (p.outlineLvl !== undefined) raw.outlineLvl = p.outlineLvl;
    if (p.span !== undefined) raw.span = p.span;
    if (this.boxes.length > 0) raw.inTextBox = true;
    return raw;
  }

  text(text: string): void {
    if (this.capture) this.add(text);
  }
}

function join(a: RawParagraph, b: RawParagraph): RawParagraph {
  let guidance: boolean;
  if (a.text === '') guidance = b.guidance;
  else if (b.text === '') guidance = a.guidance;
  else guidance = a.guidance && b.guidance;
  // The surviving paragraph mark (the next paragraph's) carries the paragraph's properties.
  const joined: RawParagraph = { ...b, text: a.text + b.text, guidance };
  if (a.span !== undefined && b.span !== undefined) {
    joined.span = { ...a.span, endTagStart: b.span.endTagStart, end: b.span.end };
  }
  return joined;
}

/**
 * Applies styles and numbering to raw paragraphs, in document order. With `spans`, also collects
 * the span of each resulting paragraph (when the raw paragraphs carry spans).
 */
export function resolveParagraphs(
  raws: RawParagraph[],
  styles: StyleSheet,
  numbering: NumberingModel,
  spans?: ParagraphSpan[],
): SnapshotParagraph[] {
  const resolver = new StyleResolver(styles);
  const counter = new NumberingCounter(numbering, resolver);
  const out: SnapshotParagraph[] = [];

  const resolve = (p: RawParagraph): void => {
    const styleId = resolver.effectiveId(p.styleId);
    const result: SnapshotParagraph = { text: p.text };
    const headingLevel = resolver.headingLevel(styleId, p.outlineLvl);
    if (headingLevel !== undefined) result.headingLevel = headingLevel;

    let numId = p.numId;
    let ilvl = p.ilvl;
    if (numId === undefined || ilvl === undefined) {
      const fromStyle = resolver.numPr(styleId);
      if (numId === undefined) numId = fromStyle.numId;
      if (ilvl === undefined && numId !== undefined && numId === fromStyle.numId) {
        ilvl = fromStyle.ilvl ?? counter.levelOfStyle(numId, styleId);
      }
    }
    if (numId !== undefined && numId !== '0') {
      const label = counter.next(numId, ilvl ?? 0);
      if (label !== undefined) result.numberingLabel = label;
    }

    const styleName = resolver.displayName(styleId);
    if (styleName !== undefined) result.styleName = styleName;
    if (p.inTable) result.inTable = true;
    if (p.inTextBox) result.inTextBox = true;
    if (p.guidance) result.isGuidancePlaceholder = true;
    out.push(result);
    if (spans !== undefined && p.span !== undefined) spans.push(p.span);
  };

  let pending: RawParagraph | null = null;
  for (const raw of raws) {
    let p = raw;
    if (pending !== null) {
      if (pending.container === raw.container) p = join(pending, raw);
      else resolve(pending);
      pending = null;
    }
    if (p.markDeleted) pending = p;
    else resolve(p);
  }
  if (pending !== null) resolve(pending);
  return out;
}
