// styles.xml: paragraph styles, their heading level (built-in "heading N" names or outline
// levels through the basedOn chain) and the numbering a style carries.
import { fold } from '../analysis/normalize';
import { intAttr, XmlSink } from './xml';

export interface StyleDef {
  id: string;
  /** "paragraph", "character", "table" or "numbering". */
  type: string;
  /** w:name: built-in styles use their English name ("heading 1") in every language of Word. */
  name?: string;
  basedOn?: string;
  /** w:pPr/w:outlineLvl, 0-based; 9 means body text. */
  outlineLvl?: number;
  /** w:pPr/w:numPr. */
  numId?: string;
  ilvl?: number;
  isDefault: boolean;
}

export interface StyleSheet {
  byId: Map<string, StyleDef>;
  /** The default paragraph style (w:default="1"), used by paragraphs without w:pStyle. */
  defaultParagraphStyle?: string;
}

export function emptyStyleSheet(): StyleSheet {
  return { byId: new Map() };
}

/** Builds a StyleSheet from the events of styles.xml. */
export class StylesSink implements XmlSink {
  readonly sheet: StyleSheet = emptyStyleSheet();
  private depth = 0;
  private style: StyleDef | null = null;
  private styleDepth = 0;
  /** Name of the open child of w:pPr (w:numPr, ...). */
  private grandChild = '';

  open(name: string, attrs: Record<string, string>): boolean {
    const d = ++this.depth;
    const style = this.style;
    if (style === null) {
      if (name === 'w:style') {
        this.style = {
          id: attrs['w:styleId'] ?? '',
          type: attrs['w:type'] ?? 'paragraph',
          isDefault: attrs['w:default'] === '1' || attrs['w:default'] === 'true' || attrs['w:default'] === 'on',
        };
        this.styleDepth = d;
        return false;
      }
      // w:docDefaults, w:latentStyles: nothing the reader needs.
      return name !== 'w:styles';
    }
    const rel = d - this.styleDepth;
    if (rel === 1) {
      if (name === 'w:name') style.name = attrs['w:val'];
      else if (name === 'w:basedOn') style.basedOn = attrs['w:val'];
      return name !== 'w:pPr';
    }
    if (rel === 2) {
      // Inside w:pPr.
      this.grandChild = name;
      if (name === 'w:outlineLvl') style.outlineLvl = intAttr(attrs['w:val']);
      return name !== 'w:numPr';
    }
    if (this.grandChild === 'w:numPr') {
      if (name === 'w:numId') style.numId = attrs['w:val'];
      else if (name === 'w:ilvl') style.ilvl = intAttr(attrs['w:val']);
    }
    return true;
  }

  close(): void {
    const d = this.depth--;
    if (this.style !== null && d === this.styleDepth) {
      const style = this.style;
      this.style = null;
      if (style.id === '') return;
      // The first definition wins, as in Word.
      if (!this.sheet.byId.has(style.id)) this.sheet.byId.set(style.id, style);
      if (style.isDefault && style.type === 'paragraph' && this.sheet.defaultParagraphStyle === undefined) {
        this.sheet.defaultParagraphStyle = style.id;
      }
    }
  }

  text(): void {
    // Styles carry no text the reader needs.
  }
}

const HEADING_NAME = /^(?:heading|tieu de|dau de)\s*([1-9])$/;
/** Style ids of heading styles in some languages of Word, for paragraphs whose style is not defined. */
const HEADING_ID = /^(?:heading|tieude|daude|berschrift|titre|ttulo|titolo|kop|nagwek|rubrik)\s*([1-9])$/i;

/** Heading level of a style name: Word's built-in "heading N", or "Tiêu đề N" / "Đầu đề N". */
export function headingLevelFromName(name: string | undefined): number | undefined {
  if (name === undefined) return undefined;
  const m = HEADING_NAME.exec(fold(name));
  return m ? Number(m[1]) : undefined;
}

/** Heading level guessed from a style id alone ("Heading1", "berschrift1", "Tieude1"). */
export function headingLevelFromId(id: string): number | undefined {
  const m = HEADING_ID.exec(id) ?? HEADING_NAME.exec(fold(id));
  return m ? Number(m[1]) : undefined;
}

/** The numbering a paragraph style carries (w:pPr/w:numPr), own or inherited. */
export interface NumPr {
  numId?: string;
  ilvl?: number;
}

/** Resolves heading levels, display names and numbering of paragraph styles, with caches. */
export class StyleResolver {
  private readonly chainLevel = new Map<string, number | null>();
  private readonly ownLevel = new Map<string, number | null>();
  private readonly displayNames = new Map<string, string>();
  private readonly numPrCache = new Map<string, NumPr>();

  constructor(readonly sheet: StyleSheet) {}

  get(id: string | undefined): StyleDef | undefined {
    return id === undefined ? undefined : this.sheet.byId.get(id);
  }

  /** The style a paragraph uses: its w:pStyle, or the default paragraph style. */
  effectiveId(pStyle: string | undefined): string | undefined {
    return pStyle ?? this.sheet.defaultParagraphStyle;
  }

  /**
   * Heading level of a paragraph with style `styleId` and direct outline level `directOutline`:
   * the style's own built-in heading name wins (Word ignores a direct outline level there), then
   * the direct w:outlineLvl, then the outline level or heading name along the basedOn chain.
   */
  headingLevel(styleId: string | undefined, directOutline: number | undefined): number | undefined {
    const style = this.get(styleId);
    if (style !== undefined) {
      let own = this.ownLevel.get(style.id);
      if (own === undefined) {
        own = headingLevelFromName(style.name) ?? null;
        this.ownLevel.set(style.id, own);
      }
      if (own !== null) return own;
    }
    if (directOutline !== undefined) return outlineToLevel(directOutline);
    if (style !== undefined) return this.levelOfChain(style.id);
    return styleId === undefined ? undefined : headingLevelFromId(styleId);
  }

  // The basedOn chains are resolved with every style of a walked chain memoised, and stop at a
  // style met twice: each style is walked once over the whole document, whatever the chains.

  private levelOfChain(id: string): number | undefined {
    const path: string[] = [];
    const onPath = new Set<string>();
    let result: number | null = null;
    for (let style = this.get(id); style !== undefined; style = this.get(style.basedOn)) {
      const cached = this.chainLevel.get(style.id);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      // A cycle: none of its styles has a level.
      if (onPath.has(style.id)) break;
      onPath.add(style.id);
      path.push(style.id);
      if (style.outlineLvl !== undefined) {
        result = outlineToLevel(style.outlineLvl) ?? null;
        break;
      }
      const byName = headingLevelFromName(style.name);
      if (byName !== undefined) {
        result = byName;
        break;
      }
    }
    for (const styleId of path) this.chainLevel.set(styleId, result);
    return result ?? undefined;
  }

  /** The name to show for diagnostics: "Heading 1" for Word's built-in "heading 1". */
  displayName(styleId: string | undefined): string | undefined {
    if (styleId === undefined) return undefined;
    let display = this.displayNames.get(styleId);
    if (display === undefined) {
      const name = this.get(styleId)?.name;
      const m = name === undefined ? null : /^(heading|toc) ([1-9])$/.exec(name);
      display = m ? `${m[1] === 'toc' ? 'TOC' : 'Heading'} ${m[2]}` : (name ?? styleId);
      this.displayNames.set(styleId, display);
    }
    return display;
  }

  /** w:numPr a paragraph style carries, inherited through basedOn. */
  numPr(styleId: string | undefined): NumPr {
    if (styleId === undefined) return {};
    const path: StyleDef[] = [];
    const onPath = new Set<string>();
    // What the style after the walked path carries.
    let tail: NumPr = {};
    for (let style = this.get(styleId); style !== undefined; style = this.get(style.basedOn)) {
      const cached = this.numPrCache.get(style.id);
      if (cached !== undefined) {
        tail = cached;
        break;
      }
      if (onPath.has(style.id)) break;
      if (style.numId !== undefined) {
        tail = { numId: style.numId, ilvl: style.ilvl };
        this.numPrCache.set(style.id, tail);
        break;
      }
      onPath.add(style.id);
      path.push(style);
    }
    // Back along the path: a style's own w:ilvl wins over the one it inherits.
    for (let i = path.length - 1; i >= 0; i--) {
      tail = tail.numId === undefined ? {} : { numId: tail.numId, ilvl: path[i].ilvl ?? tail.ilvl };
      this.numPrCache.set(path[i].id, tail);
    }
    return this.numPrCache.get(styleId) ?? tail;
  }
}

function outlineToLevel(outlineLvl: number): number | undefined {
  return outlineLvl >= 0 && outlineLvl < 9 ? outlineLvl + 1 : undefined;
}
