// numbering.xml: list definitions, and the counters that turn them into the labels Word shows
// before numbered paragraphs ("I.", "2.1.", "a)", "-").
//
// Counting follows Word: w:num instances that share a w:abstractNum share its counters (a new
// instance continues the list) unless the instance overrides a level's start (w:lvlOverride /
// w:startOverride), which restarts that level at the instance's first paragraph. A level restarts
// when a higher level advances (or per w:lvlRestart; 0 = never). w:numStyleLink points to a
// numbering style whose w:numId holds the real definition (the one with the matching w:styleLink).
//
// Every number the file gives is bounded (limits.ts): levels 0..8, start values and counters up
// to MAX_NUMBER, level texts and labels to a few hundred characters, so a hostile list cannot make
// labels of millions of characters.
import {
  MAX_LABEL_LENGTH,
  MAX_LETTER_REPEAT,
  MAX_LEVEL_TEXT,
  MAX_LEVELS,
  MAX_NUMBER,
  MAX_NUMBER_WIDTH,
  MAX_STYLE_LINK_HOPS,
} from './limits';
import type { StyleResolver } from './styles';
import { intAttr, isOn, XmlSink } from './xml';

export interface LevelDef {
  /** w:start; the specification's default is 0. */
  start: number;
  /** w:numFmt/@w:val: decimal, upperRoman, lowerLetter, bullet, none, custom, ... */
  numFmt: string;
  /** w:numFmt/@w:format for numFmt "custom" ("001, 002, 003, ..."). */
  format?: string;
  /** w:lvlText/@w:val: "%1.", "%1.%2.", a bullet character. */
  lvlText: string;
  /** w:lvlRestart/@w:val (1-based level that restarts this one; 0 = never). */
  lvlRestart?: number;
  /** w:isLgl: all numbers of the label in decimal. */
  isLgl: boolean;
  /** w:pStyle: the paragraph style linked to this level. */
  pStyle?: string;
}

export interface AbstractNumDef {
  id: string;
  levels: (LevelDef | undefined)[];
  numStyleLink?: string;
  styleLink?: string;
}

export interface NumDef {
  id: string;
  abstractNumId?: string;
  /** w:lvlOverride by level: a new start and/or a whole level definition. */
  overrides: Map<number, { start?: number; lvl?: LevelDef }>;
}

export interface NumberingModel {
  abstracts: Map<string, AbstractNumDef>;
  nums: Map<string, NumDef>;
}

export function emptyNumbering(): NumberingModel {
  return { abstracts: new Map(), nums: new Map() };
}

/** A start value or counter within 0..MAX_NUMBER. */
function clampNumber(n: number): number {
  return Math.min(Math.max(n, 0), MAX_NUMBER);
}

/** A level index within 0..8, or undefined. */
function levelIndex(value: string | undefined): number | undefined {
  const n = intAttr(value) ?? 0;
  return n >= 0 && n < MAX_LEVELS ? n : undefined;
}

function newLevel(): LevelDef {
  return { start: 0, numFmt: 'decimal', lvlText: '', isLgl: false };
}

/** Builds a NumberingModel from the events of numbering.xml. */
export class NumberingSink implements XmlSink {
  readonly model: NumberingModel = emptyNumbering();
  private depth = 0;
  private abstractNum: AbstractNumDef | null = null;
  private num: NumDef | null = null;
  /** The open w:lvlOverride's level, or -1. */
  private overrideLevel = -1;
  private lvl: LevelDef | null = null;
  private lvlDepth = 0;

  open(name: string, attrs: Record<string, string>): boolean {
    const d = ++this.depth;
    if (this.lvl !== null) {
      // Children of w:lvl are read from their attributes; their content (w:pPr, w:rPr) skipped.
      if (d === this.lvlDepth + 1) this.levelChild(this.lvl, name, attrs);
      return true;
    }
    switch (name) {
      case 'w:numbering':
        return false;
      case 'w:abstractNum':
        this.abstractNum = { id: attrs['w:abstractNumId'] ?? '', levels: [] };
        return false;
      case 'w:num':
        this.num = { id: attrs['w:numId'] ?? '', overrides: new Map() };
        return false;
      case 'w:lvl': {
        const ilvl = levelIndex(attrs['w:ilvl']);
        if (ilvl === undefined) return true;
        const lvl = newLevel();
        if (this.abstractNum !== null) {
          this.abstractNum.levels[ilvl] = lvl;
        } else if (this.num !== null && this.overrideLevel >= 0) {
          this.override(this.num, this.overrideLevel).lvl = lvl;
        } else {
          return true;
        }
        this.lvl = lvl;
        this.lvlDepth = d;
        return false;
      }
      default:
        break;
    }
    if (this.abstractNum !== null) {
      if (name === 'w:numStyleLink') this.abstractNum.numStyleLink = attrs['w:val'];
      else if (name === 'w:styleLink') this.abstractNum.styleLink = attrs['w:val'];
      return true;
    }
    if (this.num !== null) {
      if (name === 'w:abstractNumId') {
        this.num.abstractNumId = attrs['w:val'];
      } else if (name === 'w:lvlOverride') {
        // An override of a level that does not exist is ignored.
        const level = levelIndex(attrs['w:ilvl']);
        if (level === undefined) return true;
        this.overrideLevel = level;
        return false;
      } else if (name === 'w:startOverride' && this.overrideLevel >= 0) {
        const start = intAttr(attrs['w:val']);
        if (start !== undefined) this.override(this.num, this.overrideLevel).start = clampNumber(start);
      }
    }
    return true;
  }

  private override(num: NumDef, level: number): { start?: number; lvl?: LevelDef } {
    let o = num.overrides.get(level);
    if (o === undefined) {
      o = {};
      num.overrides.set(level, o);
    }
    return o;
  }

  private levelChild(lvl: LevelDef, name: string, attrs: Record<string, string>): void {
    const val = attrs['w:val'];
    switch (name) {
      case 'w:start':
        lvl.start = clampNumber(intAttr(val) ?? 0);
        break;
      case 'w:numFmt':
        lvl.numFmt = val ?? 'decimal';
        if (attrs['w:format'] !== undefined) lvl.format = attrs['w:format'].slice(0, MAX_LEVEL_TEXT);
        break;
      case 'w:lvlText':
        lvl.lvlText = (val ?? '').slice(0, MAX_LEVEL_TEXT);
        break;
      case 'w:lvlRestart':
        lvl.lvlRestart = intAttr(val);
        break;
      case 'w:isLgl':
        lvl.isLgl = isOn(val);
        break;
      case 'w:pStyle':
        lvl.pStyle = val;
        break;
      default:
        break;
    }
  }

  close(name: string): void {
    const d = this.depth--;
    if (this.lvl !== null) {
      if (d === this.lvlDepth) this.lvl = null;
      return;
    }
    if (name === 'w:abstractNum' && this.abstractNum !== null) {
      if (!this.model.abstracts.has(this.abstractNum.id)) this.model.abstracts.set(this.abstractNum.id, this.abstractNum);
      this.abstractNum = null;
    } else if (name === 'w:num' && this.num !== null) {
      if (!this.model.nums.has(this.num.id)) this.model.nums.set(this.num.id, this.num);
      this.num = null;
    } else if (name === 'w:lvlOverride') {
      this.overrideLevel = -1;
    }
  }

  text(): void {
    // No text needed from numbering.xml.
  }
}

// ---------------------------------------------------------------------------------------------
// Number formats.

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function toRoman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/**
 * Word's letters: A..Z, then AA..ZZ, AAA..., repeating one letter; past MAX_LETTER_REPEAT letters
 * the number is shown in decimal.
 */
function toLetters(n: number): string {
  if (n < 1) return String(n);
  const repeat = Math.floor((n - 1) / 26) + 1;
  if (repeat > MAX_LETTER_REPEAT) return String(n);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(repeat);
}

/** Formats one number of a label. Formats Word has but the reader does not know fall back to decimal. */
export function formatNumber(n: number, numFmt: string, format?: string): string {
  switch (numFmt) {
    case 'upperRoman':
      return toRoman(n);
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperLetter':
      return toLetters(n);
    case 'lowerLetter':
      return toLetters(n).toLowerCase();
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    case 'custom': {
      // w14 custom formats such as "001, 002, 003, ...": zero padding to the first item's width.
      const first = format?.split(',')[0]?.trim() ?? '';
      if (/^0+1$/.test(first)) return String(n).padStart(Math.min(first.length, MAX_NUMBER_WIDTH), '0');
      return String(n);
    }
    default:
      return String(n);
  }
}

/** Symbol / Wingdings characters (private use area) of common bullets, as Unicode. */
const SYMBOL_BULLETS: Record<string, string> = {
  '\uf0b7': '•',
  '\uf0a7': '▪',
  '\uf0d8': '➢',
  '\uf076': '❖',
  '\uf0fc': '✓',
  '\uf06e': '■',
  '\uf0a8': '□',
  '\uf02d': '-',
  '\uf0e0': '→',
};

/** The label of a bullet level: its character (symbol fonts mapped to Unicode), or "-". */
export function bulletLabel(lvlText: string): string {
  const text = lvlText.trim();
  if (text === '') return '-';
  const mapped = SYMBOL_BULLETS[text];
  if (mapped !== undefined) return mapped;
  const code = text.charCodeAt(0);
  if (text.length === 1 && code >= 0xe000 && code <= 0xf8ff) return '-';
  return text;
}

// ---------------------------------------------------------------------------------------------
// Counters.

/** Computes the labels of numbered paragraphs, visited in document order. */
export class NumberingCounter {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly seenNums = new Set<string>();
  private readonly abstractCache = new Map<string, AbstractNumDef | null>();
  /** The first abstract definition of each w:styleLink, built on first use. */
  private byStyleLink: Map<string, AbstractNumDef> | null = null;

  constructor(
    private readonly model: NumberingModel,
    private readonly styles: StyleResolver,
  ) {}

  /** The abstract definition a w:num uses, following w:numStyleLink. */
  abstractOf(numId: string): AbstractNumDef | undefined {
    const cached = this.abstractCache.get(numId);
    if (cached !== undefined) return cached ?? undefined;
    const num = this.model.nums.get(numId);
    let abs = num?.abstractNumId === undefined ? undefined : this.model.abstracts.get(num.abstractNumId);
    for (let hops = 0; abs?.numStyleLink !== undefined && hops < MAX_STYLE_LINK_HOPS; hops++) {
      const link: string = abs.numStyleLink;
      const styleNumId = this.styles.get(link)?.numId;
      const viaStyle = styleNumId === undefined ? undefined : this.model.nums.get(styleNumId);
      let target =
        viaStyle?.abstractNumId === undefined ? undefined : this.model.abstracts.get(viaStyle.abstractNumId);
      if (target === undefined || target === abs || target.numStyleLink !== undefined) {
        target = this.styleLinked(link);
      }
      if (target === undefined || target === abs) break;
      abs = target;
    }
    this.abstractCache.set(numId, abs ?? null);
    return abs;
  }

  private styleLinked(link: string): AbstractNumDef | undefined {
    if (this.byStyleLink === null) {
      this.byStyleLink = new Map();
      for (const candidate of this.model.abstracts.values()) {
        if (candidate.styleLink !== undefined && !this.byStyleLink.has(candidate.styleLink)) {
          this.byStyleLink.set(candidate.styleLink, candidate);
        }
      }
    }
    return this.byStyleLink.get(link);
  }

  /** The level of a list linked to a paragraph style (w:lvl/w:pStyle), if any. */
  levelOfStyle(numId: string, styleId: string | undefined): number | undefined {
    if (styleId === undefined) return undefined;
    const abs = this.abstractOf(numId);
    if (abs === undefined) return undefined;
    const i = abs.levels.findIndex((lvl) => lvl?.pStyle === styleId);
    return i >= 0 ? i : undefined;
  }

  /** Advances the counters for one paragraph numbered (numId, ilvl) and returns its label. */
  next(numId: string, ilvl: number): string | undefined {
    if (numId === '0') return undefined;
    const num = this.model.nums.get(numId);
    const abs = this.abstractOf(numId);
    if (num === undefined || abs === undefined) return undefined;
    const level = Math.min(Math.max(ilvl, 0), MAX_LEVELS - 1);
    const levelDef = (i: number): LevelDef | undefined => num.overrides.get(i)?.lvl ?? abs.levels[i];
    const startOf = (i: number): number => {
      const o = num.overrides.get(i);
      return o?.start ?? o?.lvl?.start ?? abs.levels[i]?.start ?? 0;
    };
    const lvl = levelDef(level);
    if (lvl === undefined) return undefined;

    let counters = this.counters.get(abs.id);
    if (counters === undefined) {
      counters = new Array<number | undefined>(MAX_LEVELS).fill(undefined);
      this.counters.set(abs.id, counters);
    }
    if (!this.seenNums.has(numId)) {
      // An instance that overrides a start restarts those levels at its first paragraph.
      this.seenNums.add(numId);
      for (const [i, o] of num.overrides) {
        if ((o.start !== undefined || o.lvl !== undefined) && i >= 0 && i < MAX_LEVELS) counters[i] = undefined;
      }
    }
    const current = counters[level];
    counters[level] = current === undefined ? startOf(level) : Math.min(current + 1, MAX_NUMBER);
    for (let deeper = level + 1; deeper < MAX_LEVELS; deeper++) {
      const restart = levelDef(deeper)?.lvlRestart;
      if (restart === undefined || (restart !== 0 && level < restart)) counters[deeper] = undefined;
    }

    if (lvl.numFmt === 'bullet') return bulletLabel(lvl.lvlText);
    const filled = counters;
    const label = lvl.lvlText.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      const def = levelDef(i);
      const value = filled[i] ?? startOf(i);
      if (lvl.isLgl) return String(value);
      return formatNumber(value, def?.numFmt ?? 'decimal', def?.format);
    });
    return label === '' ? undefined : label.slice(0, MAX_LABEL_LENGTH);
  }
}
