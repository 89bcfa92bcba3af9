// A fake of the Word JavaScript API (Office.js) that behaves like Word where the add-in relies on
// it: proxies whose properties throw until loaded and synced, writes queued and applied only at
// `context.sync()`, batches that fail on an API the host does not support, load paths and load
// objects, comments, custom properties, content controls and paragraph events.
//
// It also has the behaviours of real Word that Microsoft documents or that office-js issues
// report, so that the add-in is tested against them:
// - under WordApi 1.1/1.2, body.paragraphs leaves out the paragraphs in tables (body.getOoxml()
//   still has them);
// - the last paragraph of an OOXML package merges with the paragraph after the insertion point
//   and takes its style (OfficeDev/office-js#2914, #866);
// - content inserted next to a paragraph in a table cell or a content control lands inside it;
// - resident styles: a destination document whose Heading 1-4 are linked to a list numbers the
//   inserted headings unless the paragraph cancels it (w:numId 0);
// - the body-text value of Paragraph.outlineLevel is configurable (Office.js does not document it);
// - comments with replies (Comment.delete also deletes the replies), comment calls that fail
//   (OfficeDev/office-js#6551, #6746);
// - paragraph events that never fire (#4874, #5400), or that fire on the add-in's own edits;
// - custom document property changes that do not mark the document as changed (#1059);
// - Office.context.document.settings (the Settings requirement set, any Word that runs the
//   add-in): an in-memory copy loaded when the add-in starts, written into the document by
//   saveAsync, and kept in the file only when the document is saved; saveAsync alone does not mark
//   the document as changed (taken to behave as custom properties do).
// - the selection has a start and an end in a story (body, header, text box), down to the
//   character; a paragraph's whole range includes its mark, so collapsing it to its end puts the
//   cursor at the start of the next paragraph (as VBA's Range.Collapse documents), while
//   Paragraph.getRange('End') is the point before the mark
//   (https://learn.microsoft.com/en-us/javascript/api/word/word.rangelocation);
// - text boxes are stories of their own: body.paragraphs, a body range's paragraphs and body.text
//   leave them out (OfficeDev/office-js-docs-reference#2176);
// - the DocumentSelectionChanged event of the Common API, late and coalesced (word-fake-selection.ts).
// `reopen()` opens the document as it was last saved (a new session, e.g. on another computer).
//
// It runs in jest (node) and in a browser bundle: no Node APIs. Install it as globals:
//   const fake = createWordFake([{ text: 'Hello' }], { apiVersion: '1.3' });
//   const uninstall = fake.install();
import { parseFlatOpc } from '../../src/docx/read';
import {
  afterMark,
  comparePoints,
  DOCUMENT_SELECTION_CHANGED,
  type FakePoint,
  normalizePoint,
  paragraphsBetween,
  SelectionEvents,
  textBetween,
} from './word-fake-selection';

// ---------------------------------------------------------------------------------------------
// Public shapes

export type ApiVersion = '1.1' | '1.2' | '1.3' | '1.4' | '1.5' | '1.6' | '1.7' | '1.8' | '1.9';

export interface FakeControlInit {
  tag: string;
  title?: string;
  /** Paragraphs with the same group share one control; default: one control per run of paragraphs. */
  group?: string | number;
  /** Still showing its placeholder text (default true for tag "mttq-guidance"). */
  showingPlaceholder?: boolean;
  /** Removed as soon as the user edits it (w:temporary). */
  removeWhenEdited?: boolean;
}

export interface FakeParagraphInit {
  text: string;
  /** Heading level 1..9: the paragraph gets Word's built-in "Heading N" style. */
  headingLevel?: number;
  /** Built-in style id ("Normal", "Heading2", "ListParagraph", ...) when not a heading level. */
  styleBuiltIn?: string;
  /** Localised style name shown to the user; defaults to the English built-in name. */
  style?: string;
  /** Outline level set directly on the paragraph (1..9), without a heading style. */
  outlineLevel?: number;
  /** Table nesting level (true = 1). */
  inTable?: boolean | number;
  /** Word's list numbering shown before the text ("I.", "2.1."). */
  listString?: string;
  contentControl?: FakeControlInit;
  /** Lines of a text box anchored in this paragraph (a story of its own). */
  textBox?: string[];
}

export interface FakeOptions {
  /** Highest WordApi requirement set the host supports (default '1.9'). */
  apiVersion?: ApiVersion;
  /** Office.context.displayLanguage (default 'vi-VN'). */
  displayLanguage?: string;
  /** Other requirement sets and their highest version, e.g. { WordApiDesktop: '1.1' }. */
  otherSets?: Record<string, string>;
  /** Paragraph.outlineLevel of body text (default 10, VBA's value; Office.js does not document it). */
  bodyOutlineLevel?: number;
  /** The document's Heading 1-4 styles are linked to a multilevel list ("I.", "1.", "1.1.", "a)"). */
  headingNumbering?: boolean;
  /**
   * What happens to the last paragraph of an inserted OOXML package: 'merge' (default) joins it to
   * the paragraph after the insertion point, which keeps its own style; 'extra' keeps it and
   * leaves the document's paragraph after it.
   */
  ooxmlLastParagraph?: 'merge' | 'extra';
  /** Comment calls that fail. */
  commentFailures?: {
    /** insertComment succeeds this many times in the document's life, then fails with NotAllowed (#6746). */
    insertAfter?: number;
    /** Comment.delete fails with GeneralException on comments with this text (#6551). */
    deleteContent?: string;
  };
  /** Paragraph events are registered but never fire (default true: they fire on emitChange). */
  eventsFire?: boolean;
  /** Word also fires ParagraphChanged after a sync that changed the document (the add-in's own edits). */
  ownEditsFireEvents?: boolean;
  /** The add-in's settings the document was saved with (Office.context.document.settings). */
  settings?: Record<string, unknown>;
  /** The DocumentEvents requirement set (DocumentSelectionChanged); default true. */
  documentEvents?: boolean;
  /** DocumentSelectionChanged fires at all (default true; #2964 reports moves that never fire it). */
  selectionEventsFire?: boolean;
  /** How late DocumentSelectionChanged comes after a move, in ms (default 0: the next task). */
  selectionEventDelayMs?: number;
}

export interface FakeControl {
  id: number;
  tag: string;
  title: string;
  placeholderText: string;
  showingPlaceholder: boolean;
  removeWhenEdited: boolean;
}

export interface FakeParagraph {
  /** Word's uniqueLocalId. */
  uid: string;
  text: string;
  style: string;
  styleBuiltIn: string;
  /** 1..9 for an outline level, 10 for body text (Word's wdOutlineLevelBodyText). */
  outlineLevel: number;
  tableNestingLevel: number;
  /** Identity of the top-level table the paragraph belongs to (0 = none). */
  tableId: number;
  listString?: string;
  control?: FakeControl;
  /** The paragraphs of a text box anchored in this paragraph. */
  textBox?: FakeParagraph[];
}

export interface FakeCommentReply {
  id: string;
  content: string;
  authorName: string;
}

export interface FakeComment {
  id: string;
  content: string;
  authorName: string;
  paragraphUid: string;
  resolved: boolean;
  replies: FakeCommentReply[];
}

export interface FakeCustomProperty {
  key: string;
  value: string | number | boolean;
}

export interface FakeDocState {
  paragraphs: FakeParagraph[];
  /** The primary header's paragraphs. */
  header: FakeParagraph[];
  /** False once the document changed since it was opened or saved (Document.saved). */
  saved: boolean;
  comments: FakeComment[];
  customProperties: FakeCustomProperty[];
  /** The add-in's settings as written into the document by Settings.saveAsync. */
  settings: Record<string, unknown>;
  /**
   * Selected paragraphs, inclusive indexes (in the header when story is 'Header', in text box `box`
   * when 'TextBox'). Without offsets the selection covers the whole paragraphs, marks included;
   * with them it starts before character `startOffset` of `start` and ends before character
   * `endOffset` of `end` (equal points: an empty selection, the cursor).
   */
  selection: FakeSelection;
  /** Texts of the paragraphs, line breaks as Word reports them ("\v"). */
  texts(): string[];
}

export interface FakeSelection {
  start: number;
  end: number;
  story?: 'MainDoc' | 'Header' | 'TextBox';
  /** Index of the text box (in document order) when story is 'TextBox'. */
  box?: number;
  startOffset?: number;
  endOffset?: number;
}

export interface FakeStats {
  /** Every context.sync() call (each is a round trip in Word). */
  syncs: number;
  /** Word.run calls. */
  runs: number;
  /** One per insertOoxml / insertParagraph applied. */
  undoSteps: number;
  /** Index of the paragraph last selected by the add-in. */
  selected?: number;
  /** Queued operations left unsynced when a Word.run ended (Word drops them too). */
  discarded: number;
  /** Calls applied, by method name ("insertOoxml", "insertComment", "load", ...). */
  calls: Record<string, number>;
  /** Items of collections loaded (what a read carries back from Word). */
  itemsLoaded: number;
}

export interface WordFake {
  Word: FakeWordNamespace;
  Office: FakeOfficeNamespace;
  OfficeExtension: { Error: typeof FakeOfficeError };
  doc: FakeDocState;
  stats: FakeStats;
  /** Sets the globals Word, Office and OfficeExtension; returns a function that restores them. */
  install(): () => void;
  /** Fires the paragraph event handlers the add-in registered (WordApi 1.6). */
  emitChange(kind?: 'ParagraphChanged' | 'ParagraphAdded' | 'ParagraphDeleted'): Promise<void>;
  /** The user types text over a paragraph (placeholders of a temporary control vanish). */
  userTypes(paragraphIndex: number, text: string): void;
  /** The user adds a paragraph after the given one (-1 = at the start). */
  userInserts(after: number, init: FakeParagraphInit): void;
  /** The user writes a review comment. */
  userComments(paragraphIndex: number, content: string, authorName?: string): void;
  /** The user answers a comment (by its index in doc.comments). */
  userReplies(commentIndex: number, content: string, authorName?: string): void;
  /** The user puts the cursor in the header. */
  userSelectsHeader(index?: number): void;
  /** The user moves the selection (inclusive paragraph indexes). */
  userSelects(start: number, end?: number): void;
  /** The user clicks into paragraph `index` before character `offset` (an empty selection). */
  userPutsCursor(index: number, offset?: number): void;
  /** The user clicks into line `line` of the text box anchored in paragraph `anchor`. */
  userSelectsTextBox(anchor: number, line?: number): void;
  /** A co-author acts in the document: Word fires DocumentSelectionChanged though the selection did not move (#4114). */
  coauthorActs(): void;
  /** The text the selection covers (paragraph marks as "\r"); "" for the cursor. */
  selectedText(): string;
  /** Resolves once a waiting DocumentSelectionChanged event has reached the handlers. */
  flushSelectionEvents(): Promise<void>;
  /** DocumentSelectionChanged handlers registered, and events delivered so far. */
  selectionEvents(): { handlers: number; delivered: number };
  /** Number of event handlers currently registered, by event name. */
  handlerCount(kind: 'ParagraphChanged' | 'ParagraphAdded' | 'ParagraphDeleted'): number;
  /** The user saves the document (Ctrl+S). */
  userSaves(): void;
  /** A new session over the document as it was last saved (opened again, here or elsewhere). */
  reopen(options?: FakeOptions): WordFake;
}

/** What the file on disk holds: the document as it was when last saved. */
interface SavedFile {
  paragraphs: FakeParagraph[];
  header: FakeParagraph[];
  comments: FakeComment[];
  customProperties: FakeCustomProperty[];
  settings: Record<string, unknown>;
}

/** A deep copy; the paragraphs of one content control still share one control. */
function copyFile(file: SavedFile): SavedFile {
  const controls = new Map<FakeControl, FakeControl>();
  const copyParagraph = (p: FakeParagraph): FakeParagraph => {
    const copy = { ...p };
    if (p.textBox) copy.textBox = p.textBox.map((b) => ({ ...b }));
    if (p.control) {
      let c = controls.get(p.control);
      if (!c) {
        c = { ...p.control };
        controls.set(p.control, c);
      }
      copy.control = c;
    }
    return copy;
  };
  return {
    paragraphs: file.paragraphs.map(copyParagraph),
    header: file.header.map(copyParagraph),
    comments: file.comments.map((c) => ({ ...c, replies: c.replies.map((r) => ({ ...r })) })),
    customProperties: file.customProperties.map((p) => ({ ...p })),
    settings: JSON.parse(JSON.stringify(file.settings)) as Record<string, unknown>,
  };
}

function savedFileOf(state: FakeDocState): SavedFile {
  return copyFile(state);
}

// ---------------------------------------------------------------------------------------------
// Errors

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

function notLoaded(name: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function apiNotFound(what: string, version: string): FakeOfficeError {
  return new FakeOfficeError('ApiNotFound', `The API you are trying to use could not be found (${what} needs WordApi ${version}).`, what);
}

function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', 'The requested resource doesn\'t exist.', what);
}

function invalidArgument(what: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.', what);
}

// ---------------------------------------------------------------------------------------------
// Versions and load specifications

function versionNumber(v: string): number {
  const [major, minor] = v.split('.').map((x) => Number(x));
  return major * 1000 + (minor || 0);
}

interface LoadSpec {
  /** Load every scalar property. */
  all: boolean;
  props: Set<string>;
  nav: Map<string, LoadSpec>;
  top?: number;
  skip?: number;
}

function emptySpec(): LoadSpec {
  return { all: false, props: new Set(), nav: new Map() };
}

function addPath(spec: LoadSpec, path: string): void {
  const parts = path
    .split('/')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  let cur = spec;
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i];
    if (i === parts.length - 1) {
      if (name === '*') cur.all = true;
      else cur.props.add(name);
    } else {
      let next = cur.nav.get(name);
      if (!next) {
        next = emptySpec();
        cur.nav.set(name, next);
      }
      cur = next;
    }
  }
}

function addObject(spec: LoadSpec, obj: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(obj)) {
    if (key === '$all') {
      if (value) spec.all = true;
    } else if (key === '$top') spec.top = Number(value);
    else if (key === '$skip') spec.skip = Number(value);
    else if (value === true) spec.props.add(key);
    else if (value && typeof value === 'object') {
      const sub = spec.nav.get(key) ?? emptySpec();
      addObject(sub, value as Record<string, unknown>);
      spec.nav.set(key, sub);
    }
  }
}

/** Parses every form `load()` accepts: string, string[], {select, expand, top, skip}, or a property object. */
function parseLoad(option: unknown): LoadSpec {
  const spec = emptySpec();
  if (option === undefined || option === null || option === '') {
    spec.all = true;
    return spec;
  }
  if (typeof option === 'string') {
    option.split(',').forEach((p) => addPath(spec, p));
    if (spec.props.size === 0 && spec.nav.size === 0) spec.all = true;
    return spec;
  }
  if (Array.isArray(option)) {
    option.forEach((p) => addPath(spec, String(p)));
    return spec;
  }
  if (typeof option === 'object') {
    const o = option as Record<string, unknown>;
    if ('select' in o || 'expand' in o || 'top' in o || 'skip' in o) {
      if (typeof o.select === 'string') o.select.split(',').forEach((p) => addPath(spec, p));
      if (typeof o.expand === 'string') {
        for (const e of o.expand.split(',')) {
          const name = e.trim();
          if (name && !spec.nav.has(name)) spec.nav.set(name, { ...emptySpec(), all: true });
        }
      }
      if (typeof o.top === 'number') spec.top = o.top;
      if (typeof o.skip === 'number') spec.skip = o.skip;
      if (spec.props.size === 0 && spec.nav.size === 0) spec.all = true;
      return spec;
    }
    addObject(spec, o);
    return spec;
  }
  throw invalidArgument('load');
}

/** For a collection, "items/text" and "text" both mean the items' text. */
function itemSpec(spec: LoadSpec): LoadSpec {
  const items = spec.nav.get('items');
  if (!items) return spec;
  const merged: LoadSpec = {
    all: spec.all || items.all,
    props: new Set([...spec.props, ...items.props]),
    nav: new Map([...spec.nav].filter(([k]) => k !== 'items')),
    top: spec.top ?? items.top,
    skip: spec.skip ?? items.skip,
  };
  for (const [k, v] of items.nav) merged.nav.set(k, v);
  // A bare "items" means every scalar of the items.
  if (merged.props.size === 0 && merged.nav.size === 0) merged.all = true;
  return merged;
}

// ---------------------------------------------------------------------------------------------
// The engine: document state, context, queue

type Op = () => void;

class Engine {
  state: FakeDocState;
  stats: FakeStats;
  readonly api: number;
  readonly otherSets: Record<string, string>;
  readonly options: FakeOptions;
  /** insertComment calls applied so far. */
  commentInserts = 0;
  /** The document changed during the sync being run. */
  changedInSync = false;
  nextControlId = 100;
  nextTableId = 1;
  nextUid = 1;
  nextCommentId = 1;
  handlers: Record<string, Array<{ fn: (args: unknown) => unknown; ctx: FakeRequestContext }>> = {
    ParagraphChanged: [],
    ParagraphAdded: [],
    ParagraphDeleted: [],
  };

  readonly selectionEvents: SelectionEvents;

  constructor(opts: FakeOptions) {
    this.selectionEvents = new SelectionEvents({
      supported: opts.documentEvents !== false,
      fires: opts.selectionEventsFire !== false,
      delayMs: opts.selectionEventDelayMs ?? 0,
    });
    this.api = versionNumber(opts.apiVersion ?? '1.9');
    this.otherSets = opts.otherSets ?? {};
    this.options = opts;
    const paragraphs: FakeParagraph[] = [];
    this.state = {
      paragraphs,
      header: [],
      saved: true,
      comments: [],
      customProperties: [],
      settings: {},
      selection: { start: 0, end: 0 },
      texts: () => this.state.paragraphs.map((p) => p.text),
    };
    this.stats = { syncs: 0, runs: 0, undoSteps: 0, discarded: 0, calls: {}, itemsLoaded: 0 };
  }

  /** The file as last saved (set by createWordFake, then by every save). */
  savedFile?: SavedFile;

  markSaved(): void {
    this.state.saved = true;
    this.savedFile = savedFileOf(this.state);
  }

  requires(version: string, what: string): void {
    if (versionNumber(version) > this.api) throw apiNotFound(what, version);
  }

  count(name: string): void {
    this.stats.calls[name] = (this.stats.calls[name] ?? 0) + 1;
  }

  uid(): string {
    const n = (this.nextUid++).toString(16).padStart(12, '0');
    return `0000${n.slice(0, 4)}-0000-4000-8000-${n}`;
  }

  /** Builds paragraphs from init records; consecutive paragraphs of one control share it. */
  makeParagraphs(inits: FakeParagraphInit[]): FakeParagraph[] {
    const out: FakeParagraph[] = [];
    let prevControl: FakeControl | undefined;
    let prevKey: string | undefined;
    let prevTable = 0;
    const groups = new Map<string, FakeControl>();
    for (const init of inits) {
      let control: FakeControl | undefined;
      const cc = init.contentControl;
      if (cc) {
        const key = cc.group !== undefined ? `g:${cc.group}` : undefined;
        if (key && groups.has(key)) control = groups.get(key);
        else if (!key && prevControl && prevKey === undefined && prevControl.tag === cc.tag) control = prevControl;
        else {
          control = {
            id: this.nextControlId++,
            tag: cc.tag,
            title: cc.title ?? '',
            placeholderText: '',
            showingPlaceholder: cc.showingPlaceholder ?? cc.tag === 'mttq-guidance',
            removeWhenEdited: cc.removeWhenEdited ?? cc.tag === 'mttq-guidance',
          };
          if (key) groups.set(key, control);
        }
        prevKey = key;
      } else {
        prevKey = undefined;
      }
      prevControl = control;
      const nesting = init.inTable === true ? 1 : typeof init.inTable === 'number' ? init.inTable : 0;
      let tableId = 0;
      if (nesting > 0) tableId = prevTable > 0 ? prevTable : this.nextTableId++;
      prevTable = tableId;
      const made = this.paragraph(init, nesting, tableId, control);
      if (init.textBox) made.textBox = init.textBox.map((text) => this.paragraph({ text }, 0, 0));
      out.push(made);
    }
    return out;
  }

  paragraph(init: FakeParagraphInit, nesting: number, tableId: number, control?: FakeControl): FakeParagraph {
    const level = init.headingLevel;
    const builtIn = level ? `Heading${level}` : init.styleBuiltIn ?? 'Normal';
    const heading = /^Heading([1-9])$/.exec(builtIn);
    const styleName = init.style ?? (heading ? `Heading ${heading[1]}` : builtIn === 'ListParagraph' ? 'List Paragraph' : builtIn);
    return {
      uid: this.uid(),
      text: init.text.replace(/\n/g, '\v'),
      style: styleName,
      styleBuiltIn: heading || ['Normal', 'ListParagraph', 'Title', 'Subtitle', 'TableGrid'].includes(builtIn) ? builtIn : 'Other',
      outlineLevel: heading ? Number(heading[1]) : init.outlineLevel ?? this.bodyLevel,
      tableNestingLevel: nesting,
      tableId,
      listString: init.listString,
      control,
    };
  }

  /** What Word makes of an OOXML package: paragraphs, as the .docx reader sees them. */
  paragraphsFromOoxml(xml: string): FakeParagraph[] {
    let parsed: ReturnType<typeof parseFlatOpc>;
    try {
      parsed = parseFlatOpc(xml);
    } catch {
      throw new FakeOfficeError('InvalidArgument', 'The OOXML is not valid.', 'insertOoxml');
    }
    const inits: FakeParagraphInit[] = parsed.map((p) => ({
      text: p.text,
      headingLevel: p.headingLevel,
      inTable: p.inTable ? 1 : 0,
      contentControl: p.isGuidancePlaceholder ? { tag: 'mttq-guidance', title: 'Hướng dẫn' } : undefined,
    }));
    // A new table per run of table paragraphs of this package (never merged with the document's).
    const made = this.makeParagraphs(inits);
    if (this.options.headingNumbering) {
      // Resident styles: the destination's Heading 1-4 carry list numbering, which a paragraph
      // cancels with w:numPr/w:numId 0. Paragraph elements are matched in document order.
      const raw = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
      if (raw.length === made.length) {
        made.forEach((p, i) => {
          const level = /^Heading([1-4])$/.exec(p.styleBuiltIn);
          if (level && !/<w:numId w:val="0"\/>/.test(raw[i])) p.listString = this.headingLabel(Number(level[1]));
        });
      }
    }
    return made;
  }

  /** With ownEditsFireEvents, a sync that changed the document fires ParagraphChanged. */
  fireOwnEdits(): void {
    if (!this.changedInSync || !this.options.ownEditsFireEvents || this.options.eventsFire === false) return;
    this.changedInSync = false;
    const args = { type: 'ParagraphChanged', source: 'Local', uniqueLocalIds: [] };
    for (const h of this.handlers.ParagraphChanged) void Promise.resolve().then(() => h.fn(args));
  }

  get bodyLevel(): number {
    return this.options.bodyOutlineLevel ?? 10;
  }

  /** The story (body, header or a text box) holding this paragraph. */
  storyOf(p: FakeParagraph): FakeParagraph[] {
    if (this.state.header.includes(p)) return this.state.header;
    if (this.state.paragraphs.includes(p)) return this.state.paragraphs;
    return this.textBoxes().find((box) => box.includes(p)) ?? this.state.paragraphs;
  }

  /** The text boxes' stories, in document order. */
  textBoxes(): FakeParagraph[][] {
    return this.state.paragraphs.filter((p) => p.textBox).map((p) => p.textBox as FakeParagraph[]);
  }

  /** Still in the document (in any story). */
  exists(p: FakeParagraph): boolean {
    return this.storyOf(p).includes(p);
  }

  storyName(story: FakeParagraph[]): 'MainDoc' | 'Header' | 'TextBox' {
    return story === this.state.paragraphs ? 'MainDoc' : story === this.state.header ? 'Header' : 'TextBox';
  }

  /** Moves the selection to the points `from`..`to` of a story; DocumentSelectionChanged follows, later. */
  setSelection(story: FakeParagraph[], from: FakePoint, to: FakePoint): void {
    const name = this.storyName(story);
    const whole = from.offset === 0 && to.offset === afterMark(to.para);
    const a = whole ? from : normalizePoint(story, from);
    const b = whole ? to : normalizePoint(story, to);
    const next: FakeSelection = { start: story.indexOf(a.para), end: story.indexOf(b.para) };
    if (name !== 'MainDoc') next.story = name;
    if (name === 'TextBox') next.box = this.textBoxes().indexOf(story);
    if (!whole) {
      next.startOffset = a.offset;
      next.endOffset = b.offset;
    }
    const before = JSON.stringify(this.state.selection);
    this.state.selection = next;
    if (JSON.stringify(next) !== before) this.selectionEvents.moved();
  }

  /** The story the selection is in. */
  selectionStory(): FakeParagraph[] {
    const { story, box } = this.state.selection;
    if (story === 'Header') return this.state.header;
    if (story === 'TextBox') return this.textBoxes()[box ?? 0] ?? this.state.paragraphs;
    return this.state.paragraphs;
  }

  /** The selection's two points. */
  selectionPoints(): { story: FakeParagraph[]; from: FakePoint; to: FakePoint } {
    const story = this.selectionStory();
    const { start, end, startOffset, endOffset } = this.state.selection;
    const s = Math.max(0, Math.min(start, story.length - 1));
    const e = Math.max(s, Math.min(end, story.length - 1));
    const from = { para: story[s], offset: Math.min(startOffset ?? 0, afterMark(story[s])) };
    const to = { para: story[e], offset: Math.min(endOffset ?? afterMark(story[e]), afterMark(story[e])) };
    return { story, from, to };
  }

  indexOf(p: FakeParagraph): number {
    return this.storyOf(p).indexOf(p);
  }

  /** Any change of the document's content. */
  changed(): void {
    this.state.saved = false;
    this.changedInSync = true;
  }

  /**
   * Inserts paragraphs at an index of a story; returns the paragraphs that are now in the
   * document. An OOXML package's last paragraph merges with the paragraph after it (#2914, #866):
   * its text goes to the start of that paragraph, which keeps its own style and container.
   */
  insertAt(index: number, paragraphs: FakeParagraph[], ooxml = false, story: FakeParagraph[] = this.state.paragraphs): FakeParagraph[] {
    let added = paragraphs;
    const next = story[index];
    if (ooxml && (this.options.ooxmlLastParagraph ?? 'merge') === 'merge' && next && added.length > 0) {
      const last = added[added.length - 1];
      next.text = last.text + next.text;
      added = added.slice(0, -1);
    }
    story.splice(index, 0, ...added);
    this.stats.undoSteps++;
    this.changed();
    return added;
  }

  /** Heading numbering the destination's resident Heading 1-4 styles would show. */
  private headingCounters = [0, 0, 0, 0];
  headingLabel(level: number): string {
    this.headingCounters[level - 1]++;
    for (let i = level; i < 4; i++) this.headingCounters[i] = 0;
    const [a, b, c, d] = this.headingCounters;
    const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
    if (level === 1) return `${roman[(a - 1) % 10]}.`;
    if (level === 2) return `${b}.`;
    if (level === 3) return `${b}.${c}.`;
    return `${String.fromCharCode(96 + ((d - 1) % 26) + 1)})`;
  }
}

/** A contiguous run of paragraphs, or an insertion point before/after one. */
interface RangeTarget {
  paragraphs: FakeParagraph[];
  /** The range is a whole table or content control (inserting "After" it lands outside). */
  container?: 'table' | 'control';
  /** The range is in the header or a text box (Range.parentBody.type). */
  story?: 'MainDoc' | 'Header' | 'TextBox';
  /** Exact ends, when the range does not follow whole paragraphs (the selection, expandTo, getRange of a range). */
  from?: FakePoint;
  to?: FakePoint;
  location?: string;
}

/** Where a range starts: its first paragraph's start, or the point it was collapsed to. */
function startPoint(t: RangeTarget): FakePoint | null {
  if (t.from) return t.from;
  const first = t.paragraphs[0];
  const last = t.paragraphs[t.paragraphs.length - 1];
  if (!first) return null;
  if (t.location === 'End') return { para: last, offset: last.text.length };
  if (t.location === 'After') return { para: last, offset: afterMark(last) };
  return { para: first, offset: 0 };
}

/** Where a range ends: after its last paragraph's mark, before it ('End', 'Content'), or its collapsed point. */
function endPoint(t: RangeTarget): FakePoint | null {
  if (t.to) return t.to;
  const first = t.paragraphs[0];
  const last = t.paragraphs[t.paragraphs.length - 1];
  if (!first) return null;
  if (t.location === 'Start') return { para: first, offset: 0 };
  if (t.location === 'End' || t.location === 'Content') return { para: last, offset: last.text.length };
  return { para: last, offset: afterMark(last) };
}

/** A range between two points of one story. */
function pointRange(engine: Engine, from: FakePoint, to: FakePoint): RangeTarget {
  const story = engine.storyOf(from.para);
  return { paragraphs: paragraphsBetween(story, from, to), from, to, story: engine.storyName(story) };
}

class FakeRequestContext {
  readonly engine: Engine;
  private queue: Op[] = [];
  private commits: Op[] = [];
  private _document?: FakeDocument;
  constructor(engine: Engine) {
    this.engine = engine;
  }
  get document(): FakeDocument {
    if (!this._document) this._document = new FakeDocument(this);
    return this._document;
  }
  /** Queues an operation run in order at the next sync. */
  enqueue(op: Op): void {
    this.queue.push(op);
  }
  /** Queues work whose visible result (loaded values) is applied only if the whole batch succeeds. */
  commit(op: Op): void {
    this.commits.push(op);
  }
  get pending(): number {
    return this.queue.length;
  }
  discard(): number {
    const n = this.queue.length;
    this.queue = [];
    this.commits = [];
    return n;
  }
  load(object: FakeClientObject, option?: unknown): FakeClientObject {
    return object.load(option);
  }
  trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  async sync<T>(passThrough?: T): Promise<T | undefined> {
    this.engine.stats.syncs++;
    const ops = this.queue;
    this.queue = [];
    this.commits = [];
    // Word runs the batch after a round trip.
    await Promise.resolve();
    this.engine.changedInSync = false;
    try {
      for (const op of ops) op();
    } catch (e) {
      this.commits = [];
      this.engine.fireOwnEdits();
      throw e;
    }
    const commits = this.commits;
    this.commits = [];
    for (const c of commits) c();
    this.engine.fireOwnEdits();
    return passThrough;
  }
}

// ---------------------------------------------------------------------------------------------
// Proxy objects

interface PropDef {
  version: string;
  get: (target: never) => unknown;
}

abstract class FakeClientObject {
  protected readonly values = new Map<string, unknown>();
  private nullState: boolean | undefined;
  /** Set by the operation that creates the object (insertParagraph, add, ...). */
  protected bound: unknown = undefined;
  protected readonly navCache = new Map<string, FakeClientObject>();

  constructor(
    readonly context: FakeRequestContext,
    private readonly locator: (() => unknown) | undefined,
    readonly orNull = false,
  ) {}

  protected abstract readonly kind: string;
  protected abstract scalars(): Record<string, PropDef>;
  /** Navigation properties that may be loaded through, with their requirement set. */
  protected navigations(): Record<string, string> {
    return {};
  }

  get engine(): Engine {
    return this.context.engine;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  /** The object in the document; null when it does not exist (a null object). Runs inside sync. */
  resolve(): unknown {
    const t = this.bound !== undefined ? this.bound : this.locator ? this.locator() : null;
    return t ?? null;
  }

  /** Like resolve, but a missing object fails the batch (as Word does). */
  require(what: string): unknown {
    const t = this.resolve();
    if (t === null) throw itemNotFound(`${this.kind}.${what}`);
    return t;
  }

  bind(target: unknown): void {
    this.bound = target;
  }

  protected read<T>(name: string): T {
    if (!this.values.has(name)) throw notLoaded(name);
    return this.values.get(name) as T;
  }

  load(option?: unknown): this {
    const spec = parseLoad(option);
    this.context.enqueue(() => {
      this.engine.count('load');
      this.applyLoad(spec, this.resolve());
    });
    return this;
  }

  /** Loads the spec from the current document state (inside sync); values appear on commit. */
  applyLoad(spec: LoadSpec, target: unknown): void {
    const defs = this.scalars();
    if (target === null) {
      if (!this.orNull) throw itemNotFound(this.kind);
      this.context.commit(() => {
        this.nullState = true;
      });
      return;
    }
    const names = spec.all ? Object.keys(defs).filter((n) => versionNumber(defs[n].version) <= this.engine.api) : [...spec.props];
    const loaded: Array<[string, unknown]> = [];
    for (const name of names) {
      const def = defs[name];
      if (!def) {
        if (this.navigations()[name] !== undefined) {
          // Loading a navigation property by name loads its scalars.
          this.navigate(name).applyLoad({ ...emptySpec(), all: true }, this.navigate(name).resolveFrom(target));
          continue;
        }
        throw new FakeOfficeError('PropertyNotFound', `The property '${name}' does not exist on ${this.kind}.`, `${this.kind}.${name}`);
      }
      this.engine.requires(def.version, `${this.kind}.${name}`);
      loaded.push([name, (def.get as (t: unknown) => unknown)(target)]);
    }
    for (const [name, sub] of spec.nav) {
      const version = this.navigations()[name];
      if (version === undefined) throw new FakeOfficeError('PropertyNotFound', `The property '${name}' does not exist on ${this.kind}.`, `${this.kind}.${name}`);
      this.engine.requires(version, `${this.kind}.${name}`);
      const child = this.navigate(name);
      child.applyLoad(sub, child.resolveFrom(target));
    }
    this.context.commit(() => {
      this.nullState = false;
      for (const [k, v] of loaded) this.values.set(k, v);
    });
  }

  /** The child proxy of a navigation property (the same object on every access, as in Office.js). */
  protected navigate(name: string): FakeClientObject {
    const cached = this.navCache.get(name);
    if (cached) return cached;
    const child = this.createNavigation(name);
    this.navCache.set(name, child);
    return child;
  }

  protected createNavigation(name: string): FakeClientObject {
    throw new FakeOfficeError('PropertyNotFound', `The property '${name}' does not exist on ${this.kind}.`);
  }

  /** Resolves this (navigation) object given its parent's target, without re-locating the parent. */
  resolveFrom(parentTarget: unknown): unknown {
    void parentTarget;
    return this.resolve();
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.values);
  }
}

// --- Paragraph ------------------------------------------------------------------------------

class FakeParagraph_ extends FakeClientObject {
  protected readonly kind = 'Paragraph';
  protected scalars(): Record<string, PropDef> {
    return {
      text: { version: '1.1', get: (p: FakeParagraph) => p.text },
      style: { version: '1.1', get: (p: FakeParagraph) => p.style },
      styleBuiltIn: { version: '1.3', get: (p: FakeParagraph) => p.styleBuiltIn },
      outlineLevel: { version: '1.1', get: (p: FakeParagraph) => p.outlineLevel },
      tableNestingLevel: { version: '1.3', get: (p: FakeParagraph) => p.tableNestingLevel },
      isListItem: { version: '1.3', get: (p: FakeParagraph) => p.listString !== undefined },
      isLastParagraph: { version: '1.3', get: (p: FakeParagraph) => this.engine.state.paragraphs[this.engine.state.paragraphs.length - 1] === p },
      uniqueLocalId: { version: '1.6', get: (p: FakeParagraph) => p.uid },
    };
  }
  protected override navigations(): Record<string, string> {
    return {
      parentContentControl: '1.1',
      parentContentControlOrNullObject: '1.3',
      listItem: '1.3',
      listItemOrNullObject: '1.3',
      parentTable: '1.3',
      parentTableOrNullObject: '1.3',
    };
  }
  protected override createNavigation(name: string): FakeClientObject {
    const para = (): FakeParagraph | null => this.resolve() as FakeParagraph | null;
    switch (name) {
      case 'parentContentControl':
      case 'parentContentControlOrNullObject':
        return new FakeContentControl(this.context, () => para()?.control ?? null, name.endsWith('OrNullObject'), (t) => (t as FakeParagraph).control ?? null);
      case 'listItem':
      case 'listItemOrNullObject':
        return new FakeListItem(this.context, () => para() ?? null, name.endsWith('OrNullObject'));
      case 'parentTable':
      case 'parentTableOrNullObject':
        return new FakeTable(this.context, () => {
          const p = para();
          return p && p.tableId > 0 ? { tableId: p.tableId } : null;
        }, name.endsWith('OrNullObject'), (t) => ((t as FakeParagraph).tableId > 0 ? { tableId: (t as FakeParagraph).tableId } : null));
      default:
        return super.createNavigation(name);
    }
  }
  get text(): string {
    return this.read('text');
  }
  get style(): string {
    return this.read('style');
  }
  set style(value: string) {
    this.context.enqueue(() => {
      const p = this.require('style') as FakeParagraph;
      p.style = value;
      const m = /^Heading ([1-9])$/.exec(value);
      p.styleBuiltIn = m ? `Heading${m[1]}` : value === 'Normal' ? 'Normal' : 'Other';
      p.outlineLevel = m ? Number(m[1]) : this.engine.bodyLevel;
    });
  }
  get styleBuiltIn(): string {
    return this.read('styleBuiltIn');
  }
  set styleBuiltIn(value: string) {
    this.context.enqueue(() => {
      this.engine.requires('1.3', 'Paragraph.styleBuiltIn');
      const p = this.require('styleBuiltIn') as FakeParagraph;
      const m = /^Heading([1-9])$/.exec(value);
      p.styleBuiltIn = value;
      p.style = m ? `Heading ${m[1]}` : value;
      p.outlineLevel = m ? Number(m[1]) : this.engine.bodyLevel;
    });
  }
  get outlineLevel(): number {
    return this.read('outlineLevel');
  }
  get tableNestingLevel(): number {
    return this.read('tableNestingLevel');
  }
  get isListItem(): boolean {
    return this.read('isListItem');
  }
  get isLastParagraph(): boolean {
    return this.read('isLastParagraph');
  }
  get uniqueLocalId(): string {
    return this.read('uniqueLocalId');
  }
  get parentContentControl(): FakeContentControl {
    return this.navigate('parentContentControl') as FakeContentControl;
  }
  get parentContentControlOrNullObject(): FakeContentControl {
    return this.navigate('parentContentControlOrNullObject') as FakeContentControl;
  }
  get listItem(): FakeListItem {
    return this.navigate('listItem') as FakeListItem;
  }
  get listItemOrNullObject(): FakeListItem {
    return this.navigate('listItemOrNullObject') as FakeListItem;
  }
  get parentTable(): FakeTable {
    return this.navigate('parentTable') as FakeTable;
  }
  get parentTableOrNullObject(): FakeTable {
    return this.navigate('parentTableOrNullObject') as FakeTable;
  }

  getRange(location: string = 'Whole'): FakeRange {
    const range = new FakeRange(this.context, undefined);
    this.context.enqueue(() => {
      this.engine.requires('1.3', 'Paragraph.getRange');
      const p = this.require('getRange') as FakeParagraph;
      range.bind(rangeOf([p], location));
    });
    return range;
  }

  insertOoxml(ooxml: string, location: string): FakeRange {
    const range = new FakeRange(this.context, undefined);
    this.context.enqueue(() => {
      this.engine.count('insertOoxml');
      if (!['Replace', 'Start', 'End'].includes(location)) throw invalidArgument('Paragraph.insertOoxml');
      const p = this.require('insertOoxml') as FakeParagraph;
      const added = this.engine.paragraphsFromOoxml(ooxml);
      // Inside the paragraph: what is inserted stays in its table cell or content control.
      inherit(added, p);
      const inserted = insertRelative(this.engine, [p], added, location === 'End' ? 'After' : location === 'Start' ? 'Before' : 'Replace', true);
      range.bind({ paragraphs: inserted } satisfies RangeTarget);
    });
    return range;
  }

  insertParagraph(text: string, location: string): FakeParagraph_ {
    const para = new FakeParagraph_(this.context, undefined);
    this.context.enqueue(() => {
      this.engine.count('insertParagraph');
      if (!['Before', 'After'].includes(location)) throw invalidArgument('Paragraph.insertParagraph');
      const p = this.require('insertParagraph') as FakeParagraph;
      const added = this.engine.paragraph({ text }, p.tableNestingLevel, p.tableId, p.control);
      insertRelative(this.engine, [p], [added], location);
      para.bind(added);
    });
    return para;
  }

  select(mode: string = 'Select'): void {
    this.context.enqueue(() => {
      this.engine.count('select');
      const p = this.require('select') as FakeParagraph;
      selectTarget(this.engine, rangeOf([p], 'Whole'), mode);
    });
  }

  /** The next / previous paragraph of the same story (WordApi 1.3). */
  private sibling(step: 1 | -1, orNull: boolean): FakeParagraph_ {
    const what = `Paragraph.get${step > 0 ? 'Next' : 'Previous'}${orNull ? 'OrNullObject' : ''}`;
    return new FakeParagraph_(
      this.context,
      () => {
        this.engine.requires('1.3', what);
        const p = this.resolve() as FakeParagraph | null;
        if (!p) return null;
        const story = this.engine.storyOf(p);
        return story[story.indexOf(p) + step] ?? null;
      },
      orNull,
    );
  }
  getNext(): FakeParagraph_ {
    return this.sibling(1, false);
  }
  getNextOrNullObject(): FakeParagraph_ {
    return this.sibling(1, true);
  }
  getPrevious(): FakeParagraph_ {
    return this.sibling(-1, false);
  }
  getPreviousOrNullObject(): FakeParagraph_ {
    return this.sibling(-1, true);
  }

  delete(): void {
    this.context.enqueue(() => {
      this.engine.count('deleteParagraph');
      const p = this.require('delete') as FakeParagraph;
      const story = this.engine.storyOf(p);
      // The document always keeps one paragraph: deleting the last one only empties it.
      if (story.length === 1) p.text = '';
      else story.splice(story.indexOf(p), 1);
      this.engine.state.comments = this.engine.state.comments.filter((c) => c.paragraphUid !== p.uid || story.includes(p));
      this.engine.changed();
    });
  }
}

function rangeOf(paragraphs: FakeParagraph[], location: string, container?: RangeTarget['container']): RangeTarget & { location: string } {
  return container ? { paragraphs, location, container } : { paragraphs, location };
}

/** Paragraphs inserted next to `anchor` (not after its whole table or control) land in its cell or control. */
function inherit(added: FakeParagraph[], anchor: FakeParagraph | undefined): void {
  if (!anchor) return;
  for (const p of added) {
    if (anchor.tableId > 0) {
      p.tableNestingLevel += anchor.tableNestingLevel;
      p.tableId = anchor.tableId;
    }
    if (anchor.control && !p.control) p.control = anchor.control;
  }
}

/**
 * Inserts paragraphs before/after a run of paragraphs, or replaces them; returns the paragraphs
 * now in the document (an OOXML package's last one may have merged with the next paragraph).
 */
function insertRelative(engine: Engine, anchor: FakeParagraph[], added: FakeParagraph[], where: string, ooxml = false): FakeParagraph[] {
  const state = engine.state;
  if (anchor.length === 0) {
    return engine.insertAt(where === 'Before' ? 0 : state.paragraphs.length, added, ooxml);
  }
  const story = engine.storyOf(anchor[0]);
  const first = story.indexOf(anchor[0]);
  const last = story.indexOf(anchor[anchor.length - 1]);
  if (first < 0 || last < 0) throw itemNotFound('insert');
  if (where === 'Before') return engine.insertAt(first, added, ooxml, story);
  if (where === 'After') return engine.insertAt(last + 1, added, ooxml, story);
  story.splice(first, last - first + 1);
  state.comments = state.comments.filter((c) => !anchor.some((p) => p.uid === c.paragraphUid));
  return engine.insertAt(first, added, ooxml, story);
}

/** Range.select / Paragraph.select: the whole range, or the cursor at its start or its end. */
function selectTarget(engine: Engine, target: RangeTarget, mode: string): void {
  if (!['Select', 'Start', 'End'].includes(mode)) throw invalidArgument('select');
  const from = startPoint(target);
  const to = endPoint(target);
  if (!from || !to) return;
  const story = engine.storyOf(from.para);
  if (mode === 'Start') engine.setSelection(story, from, from);
  else if (mode === 'End') engine.setSelection(story, to, to);
  else engine.setSelection(story, from, to);
  engine.stats.selected = story.indexOf(target.paragraphs[0] ?? from.para);
}

class FakeListItem extends FakeClientObject {
  protected readonly kind = 'ListItem';
  protected scalars(): Record<string, PropDef> {
    return {
      listString: { version: '1.3', get: (p: FakeParagraph) => p.listString ?? '' },
      level: { version: '1.3', get: () => 0 },
    };
  }
  override resolve(): unknown {
    const p = super.resolve() as FakeParagraph | null;
    return p && p.listString !== undefined ? p : null;
  }
  override resolveFrom(parent: unknown): unknown {
    const p = parent as FakeParagraph;
    return p.listString !== undefined ? p : null;
  }
  get listString(): string {
    return this.read('listString');
  }
  get level(): number {
    return this.read('level');
  }
}

class FakeTable extends FakeClientObject {
  protected readonly kind = 'Table';
  constructor(
    context: FakeRequestContext,
    locator: () => unknown,
    orNull: boolean,
    private readonly fromParent?: (parent: unknown) => unknown,
  ) {
    super(context, locator, orNull);
  }
  protected scalars(): Record<string, PropDef> {
    return {
      nestingLevel: { version: '1.3', get: () => 1 },
      rowCount: { version: '1.3', get: () => 1 },
    };
  }
  override resolveFrom(parent: unknown): unknown {
    return this.fromParent ? this.fromParent(parent) : this.resolve();
  }
  private paragraphs(): FakeParagraph[] {
    const t = this.require('getRange') as { tableId: number };
    return this.engine.state.paragraphs.filter((p) => p.tableId === t.tableId);
  }
  getRange(location: string = 'Whole'): FakeRange {
    const range = new FakeRange(this.context, undefined);
    this.context.enqueue(() => {
      this.engine.requires('1.3', 'Table.getRange');
      range.bind(rangeOf(this.paragraphs(), location, 'table'));
    });
    return range;
  }
  insertParagraph(text: string, location: string): FakeParagraph_ {
    const para = new FakeParagraph_(this.context, undefined);
    this.context.enqueue(() => {
      this.engine.requires('1.3', 'Table.insertParagraph');
      this.engine.count('insertParagraph');
      const added = this.engine.paragraph({ text }, 0, 0);
      insertRelative(this.engine, this.paragraphs(), [added], location);
      para.bind(added);
    });
    return para;
  }
}

// --- Collections ----------------------------------------------------------------------------

abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  private loadedItems: T[] | undefined;
  protected abstract list(): unknown[];
  protected abstract item(target: unknown): T;
  protected scalars(): Record<string, PropDef> {
    return {};
  }
  get items(): T[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }
  override applyLoad(spec: LoadSpec, target: unknown): void {
    if (target === null) throw itemNotFound(this.kind);
    const inner = itemSpec(spec);
    let targets = this.list();
    if (inner.skip) targets = targets.slice(inner.skip);
    if (inner.top !== undefined) targets = targets.slice(0, inner.top);
    const items = targets.map((t) => {
      const proxy = this.item(t);
      proxy.applyLoad(inner, t);
      return proxy;
    });
    this.engine.stats.itemsLoaded += items.length;
    this.context.commit(() => {
      this.loadedItems = items;
    });
  }
  override resolve(): unknown {
    return this;
  }
}

class FakeParagraphCollection extends FakeCollection<FakeParagraph_> {
  protected readonly kind = 'ParagraphCollection';
  constructor(
    context: FakeRequestContext,
    private readonly source: () => FakeParagraph[],
  ) {
    super(context, undefined);
  }
  protected list(): FakeParagraph[] {
    return this.source();
  }
  protected item(target: unknown): FakeParagraph_ {
    const p = target as FakeParagraph;
    return new FakeParagraph_(this.context, () => (this.engine.exists(p) ? p : null));
  }
  getFirst(): FakeParagraph_ {
    return new FakeParagraph_(this.context, () => {
      this.engine.requires('1.3', 'ParagraphCollection.getFirst');
      return this.source()[0] ?? null;
    });
  }
  getLast(): FakeParagraph_ {
    return new FakeParagraph_(this.context, () => {
      this.engine.requires('1.3', 'ParagraphCollection.getLast');
      const l = this.source();
      return l[l.length - 1] ?? null;
    });
  }
}

// --- Range, Body, Document --------------------------------------------------------------------

class FakeRange extends FakeClientObject {
  protected readonly kind = 'Range';
  protected scalars(): Record<string, PropDef> {
    return {
      text: { version: '1.1', get: (r: RangeTarget) => this.textOf(r) },
      isEmpty: { version: '1.3', get: (r: RangeTarget) => this.textOf(r).replace(/\r/g, '').length === 0 },
      style: { version: '1.1', get: (r: RangeTarget) => r.paragraphs[0]?.style ?? '' },
    };
  }
  private target(what: string): RangeTarget {
    return this.require(what) as RangeTarget;
  }
  private textOf(r: RangeTarget): string {
    const from = startPoint(r);
    const to = endPoint(r);
    if (!r.from && !r.to) return r.paragraphs.map((p) => p.text).join('\r');
    return from && to ? textBetween(this.engine.storyOf(from.para), from, to) : '';
  }
  /** The whole range, or its start, end or the point after it, as a range (WordApi 1.3). */
  getRange(location: string = 'Whole'): FakeRange {
    const range = new FakeRange(this.context, undefined);
    this.context.enqueue(() => {
      this.engine.requires('1.3', 'Range.getRange');
      if (!['Whole', 'Start', 'End', 'After', 'Content'].includes(location)) throw invalidArgument('Range.getRange');
      const t = this.target('getRange');
      const from = startPoint(t);
      const to = endPoint(t);
      if (!from || !to) throw itemNotFound('Range.getRange');
      const [a, b] = location === 'Start' ? [from, from] : location === 'End' || location === 'After' ? [to, to] : [from, to];
      range.bind(pointRange(this.engine, a, b));
    });
    return range;
  }
  /** A new range from this one's start to the other's end (either way round); this one is unchanged (WordApi 1.3). */
  expandTo(other: FakeRange): FakeRange {
    return this.expand(other, false);
  }
  expandToOrNullObject(other: FakeRange): FakeRange {
    return this.expand(other, true);
  }
  private expand(other: FakeRange, orNull: boolean): FakeRange {
    const range = new FakeRange(this.context, undefined, orNull);
    const what = orNull ? 'Range.expandToOrNullObject' : 'Range.expandTo';
    this.context.enqueue(() => {
      this.engine.requires('1.3', what);
      const a = this.target(what);
      const b = other.require(what) as RangeTarget;
      const [a0, a1, b0, b1] = [startPoint(a), endPoint(a), startPoint(b), endPoint(b)];
      const story = a0 ? this.engine.storyOf(a0.para) : undefined;
      // Ranges of different stories (the body and a header, a text box) have no union.
      if (!a0 || !a1 || !b0 || !b1 || !story || this.engine.storyOf(b0.para) !== story) {
        if (!orNull) throw itemNotFound(what);
        range.bind(null);
        return;
      }
      const from = comparePoints(story, a0, b0) <= 0 ? a0 : b0;
      const to = comparePoints(story, a1, b1) >= 0 ? a1 : b1;
      range.bind(pointRange(this.engine, from, to));
    });
    return range;
  }
  get text(): string {
    return this.read('text');
  }
  get isEmpty(): boolean {
    return this.read('isEmpty');
  }
  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.context, () => this.target('paragraphs').paragraphs.filter((p) => this.engine.storyOf(p).includes(p)));
  }
  protected override navigations(): Record<string, string> {
    return { parentBody: '1.3' };
  }
  protected override createNavigation(name: string): FakeClientObject {
    // A text box's body type is not documented for Range.parentBody: taken as 'Shape' (the body of the Shape API).
    if (name === 'parentBody') {
      return new FakeStoryBody(this.context, () => {
        const story = this.target('parentBody').story ?? 'MainDoc';
        return { type: story === 'TextBox' ? 'Shape' : story };
      });
    }
    return super.createNavigation(name);
  }
  /** The body (main document, header, ...) the range is in (WordApi 1.3). */
  get parentBody(): FakeStoryBody {
    return this.navigate('parentBody') as FakeStoryBody;
  }
  insertOoxml(ooxml: string, location: string): FakeRange {
    const range = new FakeRange(this.context, undefined);
    this.context.enqueue(() => {
      this.engine.count('insertOoxml');
      if (!['Replace', 'Start', 'End', 'Before', 'After'].includes(location)) throw invalidArgument('Range.insertOoxml');
      const t = this.target('insertOoxml');
      const added = this.engine.paragraphsFromOoxml(ooxml);
      // A collapsed range (Start/End/After of something) inserts at its point.
      const where =
        t.location === 'Start' ? 'Before' : t.location === 'End' || t.location === 'After' ? 'After' : location === 'Start' ? 'Before' : location === 'End' ? 'After' : location;
      // Next to paragraphs in a table cell or a content control, the content lands inside it;
      // after a whole table or control, outside.
      if (!t.container) inherit(added, where === 'Before' ? t.paragraphs[0] : t.paragraphs[t.paragraphs.length - 1]);
      const inserted = insertRelative(this.engine, t.paragraphs, added, where, true);
      range.bind({ paragraphs: inserted, story: t.story } satisfies RangeTarget);
    });
    return range;
  }
  insertParagraph(text: string, location: string): FakeParagraph_ {
    const para = new FakeParagraph_(this.context, undefined);
    this.context.enqueue(() => {
      this.engine.count('insertParagraph');
      if (!['Before', 'After'].includes(location)) throw invalidArgument('Range.insertParagraph');
      const t = this.target('insertParagraph');
      const added = this.engine.paragraph({ text }, 0, 0);
      insertRelative(this.engine, t.paragraphs, [added], location);
      para.bind(added);
    });
    return para;
  }
  insertComment(text: string): FakeComment_ {
    const comment = new FakeComment_(this.context, undefined);
    this.context.enqueue(() => {
      this.engine.requires('1.4', 'Range.insertComment');
      this.engine.count('insertComment');
      const t = this.target('insertComment');
      if (t.paragraphs.length === 0) throw itemNotFound('Range.insertComment');
      const limit = this.engine.options.commentFailures?.insertAfter;
      // Some Word on the web refuses insertComment (OfficeDev/office-js#6746).
      if (limit !== undefined && this.engine.commentInserts >= limit) throw new FakeOfficeError('NotAllowed', 'The action is not allowed.', 'Range.insertComment');
      this.engine.commentInserts++;
      const c: FakeComment = {
        id: `{C${this.engine.nextCommentId++}}`,
        content: text,
        authorName: 'Add-in user',
        paragraphUid: t.paragraphs[0].uid,
        resolved: false,
        replies: [],
      };
      this.engine.state.comments.push(c);
      this.engine.changed();
      comment.bind(c);
    });
    return comment;
  }
  getComments(): FakeCommentCollection {
    return new FakeCommentCollection(this.context, () => {
      this.engine.requires('1.4', 'Range.getComments');
      const uids = new Set(this.target('getComments').paragraphs.map((p) => p.uid));
      return commentsInOrder(this.engine).filter((c) => uids.has(c.paragraphUid));
    });
  }
  select(mode: string = 'Select'): void {
    this.context.enqueue(() => {
      this.engine.count('select');
      selectTarget(this.engine, this.target('select'), mode);
    });
  }
}

class FakeBody extends FakeClientObject {
  protected readonly kind = 'Body';
  private paragraphsProxy?: FakeParagraphCollection;
  private controlsProxy?: FakeContentControlCollection;
  protected scalars(): Record<string, PropDef> {
    return {
      text: { version: '1.1', get: () => this.engine.state.paragraphs.map((p) => p.text).join('\r') },
      style: { version: '1.1', get: () => 'Normal' },
    };
  }
  override resolve(): unknown {
    return this.engine.state;
  }
  get text(): string {
    return this.read('text');
  }
  get paragraphs(): FakeParagraphCollection {
    // "Paragraphs in tables aren't returned for requirement sets 1.1 and 1.2."
    if (!this.paragraphsProxy) {
      this.paragraphsProxy = new FakeParagraphCollection(this.context, () =>
        this.engine.api < versionNumber('1.3') ? this.engine.state.paragraphs.filter((p) => p.tableNestingLevel === 0) : this.engine.state.paragraphs,
      );
    }
    return this.paragraphsProxy;
  }
  /** The whole body as a Flat OPC package (WordApi 1.1), tables included. */
  getOoxml(): { value: string } {
    const result = { value: '' };
    let ready = false;
    this.context.enqueue(() => {
      this.engine.count('getOoxml');
      const xml = bodyOoxml(this.engine.state.paragraphs);
      this.context.commit(() => {
        result.value = xml;
        ready = true;
      });
    });
    return {
      get value(): string {
        if (!ready) throw notLoaded('value');
        return result.value;
      },
    };
  }
  get contentControls(): FakeContentControlCollection {
    if (!this.controlsProxy) this.controlsProxy = new FakeContentControlCollection(this.context, () => controlsInOrder(this.engine));
    return this.controlsProxy;
  }
  getRange(location: string = 'Whole'): FakeRange {
    const range = new FakeRange(this.context, undefined);
    this.context.enqueue(() => {
      this.engine.requires('1.3', 'Body.getRange');
      const all = this.engine.state.paragraphs;
      range.bind(rangeOf(location === 'Start' ? all.slice(0, 1) : location === 'End' ? all.slice(-1) : [...all], location));
    });
    return range;
  }
  insertOoxml(ooxml: string, location: string): FakeRange {
    const range = new FakeRange(this.context, undefined);
    this.context.enqueue(() => {
      this.engine.count('insertOoxml');
      if (!['Replace', 'Start', 'End'].includes(location)) throw invalidArgument('Body.insertOoxml');
      const added = this.engine.paragraphsFromOoxml(ooxml);
      const state = this.engine.state;
      let inserted: FakeParagraph[];
      if (location === 'Replace') {
        state.paragraphs.splice(0, state.paragraphs.length);
        state.comments = [];
        inserted = this.engine.insertAt(0, added);
      } else {
        inserted = this.engine.insertAt(location === 'Start' ? 0 : state.paragraphs.length, added, true);
      }
      range.bind({ paragraphs: inserted } satisfies RangeTarget);
    });
    return range;
  }
  insertParagraph(text: string, location: string): FakeParagraph_ {
    const para = new FakeParagraph_(this.context, undefined);
    this.context.enqueue(() => {
      this.engine.count('insertParagraph');
      if (!['Start', 'End'].includes(location)) throw invalidArgument('Body.insertParagraph');
      const added = this.engine.paragraph({ text }, 0, 0);
      this.engine.insertAt(location === 'Start' ? 0 : this.engine.state.paragraphs.length, [added]);
      para.bind(added);
    });
    return para;
  }
  getComments(): FakeCommentCollection {
    return new FakeCommentCollection(this.context, () => {
      this.engine.requires('1.4', 'Body.getComments');
      return commentsInOrder(this.engine);
    });
  }
  select(mode: string = 'Select'): void {
    this.context.enqueue(() => {
      this.engine.count('select');
      selectTarget(this.engine, rangeOf(this.engine.state.paragraphs, 'Whole'), mode);
    });
  }
}

function commentsInOrder(engine: Engine): FakeComment[] {
  const index = new Map(engine.state.paragraphs.map((p, i) => [p.uid, i]));
  return engine.state.comments
    .filter((c) => index.has(c.paragraphUid))
    .sort((a, b) => (index.get(a.paragraphUid) ?? 0) - (index.get(b.paragraphUid) ?? 0));
}

function controlsInOrder(engine: Engine): FakeControl[] {
  const seen = new Set<FakeControl>();
  const out: FakeControl[] = [];
  for (const p of engine.state.paragraphs) {
    if (p.control && !seen.has(p.control)) {
      seen.add(p.control);
      out.push(p.control);
    }
  }
  return out;
}

type EventName = 'ParagraphChanged' | 'ParagraphAdded' | 'ParagraphDeleted';

class FakeEventHandlers {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly name: EventName,
  ) {}
  add(handler: (args: unknown) => unknown): { context: FakeRequestContext; remove: () => void } {
    const engine = this.context.engine;
    const entry = { fn: handler, ctx: this.context };
    this.context.enqueue(() => {
      engine.requires('1.6', `Document.on${this.name}`);
      engine.handlers[this.name].push(entry);
    });
    return {
      context: this.context,
      remove: () => {
        this.context.enqueue(() => {
          engine.handlers[this.name] = engine.handlers[this.name].filter((h) => h !== entry);
        });
      },
    };
  }
  remove(handler: (args: unknown) => unknown): void {
    const engine = this.context.engine;
    this.context.enqueue(() => {
      engine.handlers[this.name] = engine.handlers[this.name].filter((h) => h.fn !== handler);
    });
  }
}

class FakeDocument extends FakeClientObject {
  protected readonly kind = 'Document';
  private bodyProxy?: FakeBody;
  private propertiesProxy?: FakeDocumentProperties;
  readonly onParagraphChanged: FakeEventHandlers;
  readonly onParagraphAdded: FakeEventHandlers;
  readonly onParagraphDeleted: FakeEventHandlers;
  constructor(context: FakeRequestContext) {
    super(context, () => context.engine.state);
    this.onParagraphChanged = new FakeEventHandlers(context, 'ParagraphChanged');
    this.onParagraphAdded = new FakeEventHandlers(context, 'ParagraphAdded');
    this.onParagraphDeleted = new FakeEventHandlers(context, 'ParagraphDeleted');
  }
  protected scalars(): Record<string, PropDef> {
    return { saved: { version: '1.1', get: () => this.engine.state.saved } };
  }
  get saved(): boolean {
    return this.read('saved');
  }
  save(): void {
    this.context.enqueue(() => {
      this.engine.count('save');
      this.engine.markSaved();
    });
  }
  get body(): FakeBody {
    if (!this.bodyProxy) this.bodyProxy = new FakeBody(this.context, undefined);
    return this.bodyProxy;
  }
  get contentControls(): FakeContentControlCollection {
    return this.body.contentControls;
  }
  get properties(): FakeDocumentProperties {
    if (!this.propertiesProxy) this.propertiesProxy = new FakeDocumentProperties(this.context, () => this.engine.state);
    return this.propertiesProxy;
  }
  getSelection(): FakeRange {
    const range = new FakeRange(this.context, undefined);
    this.context.enqueue(() => {
      const { story, from, to } = this.engine.selectionPoints();
      const s = story.indexOf(from.para);
      const e = story.indexOf(to.para);
      range.bind({ paragraphs: story.slice(s, e + 1), from, to, story: this.engine.storyName(story) } satisfies RangeTarget);
    });
    return range;
  }
}

// --- Content controls ---------------------------------------------------------------------------

class FakeContentControl extends FakeClientObject {
  protected readonly kind = 'ContentControl';
  constructor(
    context: FakeRequestContext,
    locator: (() => unknown) | undefined,
    orNull = false,
    private readonly fromParent?: (parent: unknown) => unknown,
  ) {
    super(context, locator, orNull);
  }
  protected scalars(): Record<string, PropDef> {
    const paras = (c: FakeControl): FakeParagraph[] => this.engine.state.paragraphs.filter((p) => p.control === c);
    return {
      id: { version: '1.1', get: (c: FakeControl) => c.id },
      tag: { version: '1.1', get: (c: FakeControl) => c.tag },
      title: { version: '1.1', get: (c: FakeControl) => c.title },
      text: { version: '1.1', get: (c: FakeControl) => paras(c).map((p) => p.text).join('\r') },
      placeholderText: { version: '1.1', get: (c: FakeControl) => c.placeholderText },
      removeWhenEdited: { version: '1.1', get: (c: FakeControl) => c.removeWhenEdited },
      cannotDelete: { version: '1.1', get: () => false },
      cannotEdit: { version: '1.1', get: () => false },
      appearance: { version: '1.1', get: () => 'BoundingBox' },
      type: { version: '1.1', get: () => 'RichText' },
    };
  }
  override resolveFrom(parent: unknown): unknown {
    return this.fromParent ? this.fromParent(parent) : this.resolve();
  }
  private control(what: string): FakeControl {
    return this.require(what) as FakeControl;
  }
  private members(): FakeParagraph[] {
    const c = this.control('paragraphs');
    return this.engine.state.paragraphs.filter((p) => p.control === c);
  }
  get id(): number {
    return this.read('id');
  }
  get tag(): string {
    return this.read('tag');
  }
  get title(): string {
    return this.read('title');
  }
  get text(): string {
    return this.read('text');
  }
  get placeholderText(): string {
    return this.read('placeholderText');
  }
  get removeWhenEdited(): boolean {
    return this.read('removeWhenEdited');
  }
  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.context, () => this.members());
  }
  getRange(location: string = 'Whole'): FakeRange {
    const range = new FakeRange(this.context, undefined);
    this.context.enqueue(() => {
      this.engine.requires('1.3', 'ContentControl.getRange');
      range.bind(rangeOf(this.members(), location, 'control'));
    });
    return range;
  }
  insertParagraph(text: string, location: string): FakeParagraph_ {
    const para = new FakeParagraph_(this.context, undefined);
    this.context.enqueue(() => {
      this.engine.count('insertParagraph');
      const members = this.members();
      const inside = location === 'Start' || location === 'End';
      const added = this.engine.paragraph({ text }, 0, 0, inside ? this.control('insertParagraph') : undefined);
      insertRelative(this.engine, members, [added], location === 'Start' || location === 'Before' ? 'Before' : 'After');
      para.bind(added);
    });
    return para;
  }
  delete(keepContent: boolean): void {
    this.context.enqueue(() => {
      const c = this.control('delete');
      const state = this.engine.state;
      if (keepContent) {
        for (const p of state.paragraphs) if (p.control === c) p.control = undefined;
      } else {
        state.paragraphs = state.paragraphs.filter((p) => p.control !== c);
      }
      this.engine.changed();
    });
  }
}

class FakeContentControlCollection extends FakeCollection<FakeContentControl> {
  protected readonly kind = 'ContentControlCollection';
  constructor(
    context: FakeRequestContext,
    private readonly source: () => FakeControl[],
  ) {
    super(context, undefined);
  }
  protected list(): FakeControl[] {
    return this.source();
  }
  protected item(target: unknown): FakeContentControl {
    const c = target as FakeControl;
    return new FakeContentControl(this.context, () => (controlsInOrder(this.engine).includes(c) ? c : null));
  }
  getByTag(tag: string): FakeContentControlCollection {
    return new FakeContentControlCollection(this.context, () => this.source().filter((c) => c.tag === tag));
  }
  getByTitle(title: string): FakeContentControlCollection {
    return new FakeContentControlCollection(this.context, () => this.source().filter((c) => c.title === title));
  }
}

// --- Comments -------------------------------------------------------------------------------------

class FakeComment_ extends FakeClientObject {
  protected readonly kind = 'Comment';
  protected scalars(): Record<string, PropDef> {
    return {
      id: { version: '1.4', get: (c: FakeComment) => c.id },
      content: { version: '1.4', get: (c: FakeComment) => c.content },
      authorName: { version: '1.4', get: (c: FakeComment) => c.authorName },
      resolved: { version: '1.4', get: (c: FakeComment) => c.resolved },
    };
  }
  get id(): string {
    return this.read('id');
  }
  get content(): string {
    return this.read('content');
  }
  set content(value: string) {
    this.context.enqueue(() => {
      (this.require('content') as FakeComment).content = value;
    });
  }
  get authorName(): string {
    return this.read('authorName');
  }
  get resolved(): boolean {
    return this.read('resolved');
  }
  set resolved(value: boolean) {
    this.context.enqueue(() => {
      this.engine.requires('1.4', 'Comment.resolved');
      this.engine.count('resolveComment');
      (this.require('resolved') as FakeComment).resolved = value;
      this.engine.changed();
    });
  }
  protected override navigations(): Record<string, string> {
    return { replies: '1.4' };
  }
  protected override createNavigation(name: string): FakeClientObject {
    if (name === 'replies') return new FakeCommentReplyCollection(this.context, () => (this.resolve() as FakeComment | null)?.replies ?? []);
    return super.createNavigation(name);
  }
  /** The answers to this comment (WordApi 1.4). */
  get replies(): FakeCommentReplyCollection {
    return this.navigate('replies') as FakeCommentReplyCollection;
  }
  /** Deletes the comment and all its replies. */
  delete(): void {
    this.context.enqueue(() => {
      this.engine.requires('1.4', 'Comment.delete');
      this.engine.count('deleteComment');
      const c = this.require('delete') as FakeComment;
      const state = this.engine.state;
      if (!state.comments.includes(c)) throw itemNotFound('Comment.delete');
      // Word for Mac fails Comment.delete on some comments (OfficeDev/office-js#6551).
      const failing = this.engine.options.commentFailures?.deleteContent;
      if (failing !== undefined && c.content.includes(failing)) throw new FakeOfficeError('GeneralException', 'GeneralException', 'Comment.delete');
      state.comments = state.comments.filter((x) => x !== c);
      this.engine.changed();
    });
  }
}

class FakeCommentReply_ extends FakeClientObject {
  protected readonly kind = 'CommentReply';
  protected scalars(): Record<string, PropDef> {
    return {
      id: { version: '1.4', get: (r: FakeCommentReply) => r.id },
      content: { version: '1.4', get: (r: FakeCommentReply) => r.content },
      authorName: { version: '1.4', get: (r: FakeCommentReply) => r.authorName },
    };
  }
  get id(): string {
    return this.read('id');
  }
  get content(): string {
    return this.read('content');
  }
  get authorName(): string {
    return this.read('authorName');
  }
}

class FakeCommentReplyCollection extends FakeCollection<FakeCommentReply_> {
  protected readonly kind = 'CommentReplyCollection';
  constructor(
    context: FakeRequestContext,
    private readonly source: () => FakeCommentReply[],
  ) {
    super(context, undefined);
  }
  protected list(): FakeCommentReply[] {
    this.engine.requires('1.4', 'Comment.replies');
    return [...this.source()];
  }
  protected item(target: unknown): FakeCommentReply_ {
    return new FakeCommentReply_(this.context, () => target);
  }
}

/** Range.parentBody: only its type ('MainDoc', 'Header', ...) is modelled. */
class FakeStoryBody extends FakeClientObject {
  protected readonly kind = 'Body';
  protected scalars(): Record<string, PropDef> {
    return { type: { version: '1.3', get: (b: { type: string }) => b.type } };
  }
  get type(): string {
    return this.read('type');
  }
}

/** The body as Word writes it with getOoxml: paragraphs, tables, content controls, heading styles, text boxes. */
function bodyOoxml(paragraphs: FakeParagraph[]): string {
  const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const para = (p: FakeParagraph): string => {
    const heading = /^Heading([1-9])$/.exec(p.styleBuiltIn);
    let pPr = heading ? `<w:pStyle w:val="${p.styleBuiltIn}"/>` : '';
    if (!heading && p.outlineLevel >= 1 && p.outlineLevel <= 9) pPr += `<w:outlineLvl w:val="${p.outlineLevel - 1}"/>`;
    const runs = p.text
      .split('\v')
      .map((line, i) => `<w:r>${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(line)}</w:t></w:r>`)
      .join('');
    // A text box anchored here: Word writes its paragraphs inside the anchoring run (the VML form).
    const box = p.textBox
      ? `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${p.textBox.map(para).join('')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`
      : '';
    return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}${box}</w:p>`;
  };
  let body = '';
  let i = 0;
  while (i < paragraphs.length) {
    const p = paragraphs[i];
    if (p.tableId > 0) {
      let cells = '';
      while (i < paragraphs.length && paragraphs[i].tableId === p.tableId) cells += `<w:tc>${para(paragraphs[i++])}</w:tc>`;
      body += `<w:tbl><w:tblPr/><w:tblGrid/><w:tr>${cells}</w:tr></w:tbl>`;
    } else if (p.control) {
      const c = p.control;
      let inner = '';
      while (i < paragraphs.length && paragraphs[i].control === c && paragraphs[i].tableId === 0) inner += para(paragraphs[i++]);
      body += `<w:sdt><w:sdtPr><w:tag w:val="${esc(c.tag)}"/>${c.showingPlaceholder ? '<w:showingPlcHdr/>' : ''}</w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    } else {
      body += para(p);
      i++;
    }
  }
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document xmlns:w="${w}" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part>` +
    '</pkg:package>'
  );
}

class FakeCommentCollection extends FakeCollection<FakeComment_> {
  protected readonly kind = 'CommentCollection';
  constructor(
    context: FakeRequestContext,
    private readonly source: () => FakeComment[],
  ) {
    super(context, undefined);
  }
  protected list(): FakeComment[] {
    return this.source();
  }
  protected item(target: unknown): FakeComment_ {
    const c = target as FakeComment;
    return new FakeComment_(this.context, () => (this.engine.state.comments.includes(c) ? c : null));
  }
}

// --- Custom properties ------------------------------------------------------------------------

class FakeDocumentProperties extends FakeClientObject {
  protected readonly kind = 'DocumentProperties';
  private customProxy?: FakeCustomPropertyCollection;
  protected scalars(): Record<string, PropDef> {
    return { title: { version: '1.3', get: () => '' } };
  }
  get customProperties(): FakeCustomPropertyCollection {
    if (!this.customProxy) this.customProxy = new FakeCustomPropertyCollection(this.context);
    return this.customProxy;
  }
}

class FakeCustomProperty_ extends FakeClientObject {
  protected readonly kind = 'CustomProperty';
  protected scalars(): Record<string, PropDef> {
    return {
      key: { version: '1.3', get: (p: FakeCustomProperty) => p.key },
      value: { version: '1.3', get: (p: FakeCustomProperty) => p.value },
      type: { version: '1.3', get: (p: FakeCustomProperty) => (typeof p.value === 'number' ? 'Number' : typeof p.value === 'boolean' ? 'Boolean' : 'String') },
    };
  }
  get key(): string {
    return this.read('key');
  }
  get value(): unknown {
    return this.read('value');
  }
  get type(): string {
    return this.read('type');
  }
  delete(): void {
    this.context.enqueue(() => {
      this.engine.requires('1.3', 'CustomProperty.delete');
      const p = this.require('delete') as FakeCustomProperty;
      this.engine.state.customProperties = this.engine.state.customProperties.filter((x) => x !== p);
    });
  }
}

class FakeCustomPropertyCollection extends FakeCollection<FakeCustomProperty_> {
  protected readonly kind = 'CustomPropertyCollection';
  constructor(context: FakeRequestContext) {
    super(context, undefined);
  }
  protected list(): FakeCustomProperty[] {
    this.engine.requires('1.3', 'CustomPropertyCollection');
    return [...this.engine.state.customProperties];
  }
  protected item(target: unknown): FakeCustomProperty_ {
    const p = target as FakeCustomProperty;
    return new FakeCustomProperty_(this.context, () => (this.engine.state.customProperties.includes(p) ? p : null));
  }
  private find(key: string): FakeCustomProperty | null {
    const k = key.toLowerCase();
    return this.engine.state.customProperties.find((p) => p.key.toLowerCase() === k) ?? null;
  }
  add(key: string, value: string | number | boolean): FakeCustomProperty_ {
    const proxy = new FakeCustomProperty_(this.context, undefined);
    this.context.enqueue(() => {
      this.engine.requires('1.3', 'CustomPropertyCollection.add');
      this.engine.count('addCustomProperty');
      if (key.length === 0 || key.length > 255) throw invalidArgument('CustomPropertyCollection.add');
      if (typeof value === 'string' && value.length > 255) throw invalidArgument('CustomPropertyCollection.add (value longer than 255 characters)');
      let p = this.find(key);
      if (p) p.value = value;
      else {
        p = { key, value };
        this.engine.state.customProperties.push(p);
      }
      proxy.bind(p);
    });
    return proxy;
  }
  getItem(key: string): FakeCustomProperty_ {
    return new FakeCustomProperty_(this.context, () => this.find(key));
  }
  getItemOrNullObject(key: string): FakeCustomProperty_ {
    return new FakeCustomProperty_(this.context, () => this.find(key), true);
  }
  deleteAll(): void {
    this.context.enqueue(() => {
      this.engine.requires('1.3', 'CustomPropertyCollection.deleteAll');
      this.engine.state.customProperties = [];
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Namespaces

export interface FakeWordNamespace {
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  run<T>(object: FakeRequestContext | FakeClientObject, batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  InsertLocation: Record<string, string>;
  SelectionMode: Record<string, string>;
  RangeLocation: Record<string, string>;
  EventType: Record<string, string>;
  ErrorCodes: Record<string, string>;
  RequestContext: new () => FakeRequestContext;
}

export interface FakeOfficeNamespace {
  context: {
    requirements: { isSetSupported(name: string, version?: string | number): boolean };
    displayLanguage: string;
    diagnostics: { host: string; platform: string; version: string };
    document: {
      settings: FakeSettings;
      /** DocumentSelectionChanged (requirement set DocumentEvents). */
      addHandlerAsync(eventType: string, handler: (args: unknown) => unknown, options?: unknown, callback?: unknown): void;
      removeHandlerAsync(eventType: string, options?: unknown, callback?: unknown): void;
    };
  };
  AsyncResultStatus: { Succeeded: string; Failed: string };
  EventType: { DocumentSelectionChanged: string };
  HostType: { Word: string };
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
}

export interface FakeAsyncResult {
  status: string;
  error?: { name: string; message: string };
}

/**
 * Office.Settings: get/set/remove work on an in-memory copy loaded when the add-in starts;
 * saveAsync writes that copy into the document (https://learn.microsoft.com/javascript/api/office/office.settings).
 */
export interface FakeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: FakeAsyncResult) => void): void;
}

function fakeSettings(engine: Engine): FakeSettings {
  // Values are kept as JSON, as Office serialises them.
  let memory: Record<string, string> = {};
  for (const [k, v] of Object.entries(engine.state.settings)) memory[k] = JSON.stringify(v);
  return {
    get: (name) => (name in memory ? JSON.parse(memory[name]) : null),
    set: (name, value) => {
      memory[name] = JSON.stringify(value);
    },
    remove: (name) => {
      const { [name]: _gone, ...rest } = memory;
      memory = rest;
    },
    saveAsync(callback) {
      engine.count('settings.saveAsync');
      const next: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(memory)) next[k] = JSON.parse(v);
      // Written into the open document; the file holds it once the document is saved. It does not
      // mark the document as changed.
      engine.state.settings = next;
      setTimeout(() => callback?.({ status: 'succeeded' }), 0);
    },
  };
}

/** Creates a fake Word with these paragraphs (an empty document has one empty paragraph). */
export function createWordFake(initial: FakeParagraphInit[] = [], options: FakeOptions = {}): WordFake {
  const engine = new Engine(options);
  engine.state.paragraphs.push(...engine.makeParagraphs(initial.length > 0 ? initial : [{ text: '' }]));
  engine.state.header.push(engine.paragraph({ text: '' }, 0, 0));
  const lastIndex = engine.state.paragraphs.length - 1;
  engine.state.selection = { start: lastIndex, end: lastIndex };
  engine.state.settings = JSON.parse(JSON.stringify(options.settings ?? {})) as Record<string, unknown>;
  engine.markSaved();
  return fakeOver(engine, options);
}

function fakeOver(engine: Engine, options: FakeOptions): WordFake {

  async function run<T>(a: unknown, b?: unknown): Promise<T> {
    const batch = (typeof a === 'function' ? a : b) as (context: FakeRequestContext) => Promise<T>;
    let context: FakeRequestContext;
    if (a instanceof FakeRequestContext) context = a;
    else if (a instanceof FakeClientObject) context = a.context;
    else context = new FakeRequestContext(engine);
    engine.stats.runs++;
    try {
      return await batch(context);
    } finally {
      // Commands queued but never synced are not executed.
      engine.stats.discarded += context.discard();
    }
  }

  const Word: FakeWordNamespace = {
    run: run as FakeWordNamespace['run'],
    InsertLocation: { before: 'Before', after: 'After', start: 'Start', end: 'End', replace: 'Replace' },
    SelectionMode: { select: 'Select', start: 'Start', end: 'End' },
    RangeLocation: { whole: 'Whole', start: 'Start', end: 'End', before: 'Before', after: 'After', content: 'Content' },
    EventType: { paragraphAdded: 'ParagraphAdded', paragraphChanged: 'ParagraphChanged', paragraphDeleted: 'ParagraphDeleted' },
    ErrorCodes: {
      itemNotFound: 'ItemNotFound',
      invalidArgument: 'InvalidArgument',
      apiNotFound: 'ApiNotFound',
      propertyNotLoaded: 'PropertyNotLoaded',
      generalException: 'GeneralException',
    },
    RequestContext: class extends FakeRequestContext {
      constructor() {
        super(engine);
      }
    },
  };

  const Office: FakeOfficeNamespace = {
    context: {
      requirements: {
        isSetSupported(name: string, version?: string | number): boolean {
          const wanted = versionNumber(String(version ?? '1.1'));
          if (name === 'WordApi') return wanted <= engine.api;
          if (name === 'DocumentEvents' && engine.otherSets[name] === undefined) return options.documentEvents !== false && wanted <= versionNumber('1.1');
          const other = engine.otherSets[name];
          return other !== undefined && wanted <= versionNumber(other);
        },
      },
      displayLanguage: options.displayLanguage ?? 'vi-VN',
      diagnostics: { host: 'Word', platform: 'PC', version: '16.0.0000.0000' },
      document: {
        settings: fakeSettings(engine),
        addHandlerAsync: (eventType, handler, a, b) => engine.selectionEvents.addHandlerAsync(eventType, handler, a, b),
        removeHandlerAsync: (eventType, a, b) => engine.selectionEvents.removeHandlerAsync(eventType, a, b),
      },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DocumentSelectionChanged: DOCUMENT_SELECTION_CHANGED },
    HostType: { Word: 'Word' },
    onReady(callback) {
      const info = { host: 'Word', platform: 'PC' };
      if (callback) callback(info);
      return Promise.resolve(info);
    },
  };

  engine.selectionEvents.document = Office.context.document;
  const OfficeExtension = { Error: FakeOfficeError };

  /** A user's move of the selection, by paragraph index of a story. */
  function userMoves(story: FakeParagraph[], start: number, end: number, offsets?: [number, number]): void {
    const a = story[start];
    const b = story[end];
    if (!a || !b) throw new Error(`No paragraph ${start}..${end}`);
    engine.setSelection(story, { para: a, offset: offsets ? offsets[0] : 0 }, { para: b, offset: offsets ? offsets[1] : afterMark(b) });
  }

  function userTypes(index: number, text: string): void {
    const state = engine.state;
    const p = state.paragraphs[index];
    if (!p) throw new Error(`No paragraph ${index}`);
    const c = p.control;
    if (c && c.showingPlaceholder) {
      // Typing over a placeholder replaces all of it; a temporary control goes away.
      const members = state.paragraphs.filter((x) => x.control === c);
      const first = state.paragraphs.indexOf(members[0]);
      const typed = engine.paragraph({ text }, p.tableNestingLevel, p.tableId, c.removeWhenEdited ? undefined : c);
      c.showingPlaceholder = false;
      state.paragraphs = state.paragraphs.filter((x) => x.control !== c);
      state.paragraphs.splice(first, 0, typed);
    } else {
      p.text = text.replace(/\n/g, '\v');
    }
    state.saved = false;
  }

  const fake: WordFake = {
    Word,
    Office,
    OfficeExtension,
    get doc() {
      return engine.state;
    },
    stats: engine.stats,
    install() {
      const g = globalThis as unknown as Record<string, unknown>;
      const previous = { Word: g.Word, Office: g.Office, OfficeExtension: g.OfficeExtension };
      g.Word = Word;
      g.Office = Office;
      g.OfficeExtension = OfficeExtension;
      return () => {
        g.Word = previous.Word;
        g.Office = previous.Office;
        g.OfficeExtension = previous.OfficeExtension;
      };
    },
    async emitChange(kind = 'ParagraphChanged') {
      // Events can be missed altogether (OfficeDev/office-js#4874, #5400).
      if (options.eventsFire === false) return;
      const args = { type: kind, source: 'Local', uniqueLocalIds: engine.state.paragraphs.slice(0, 1).map((p) => p.uid) };
      await Promise.all(engine.handlers[kind].map((h) => Promise.resolve(h.fn(args))));
    },
    userTypes,
    userInserts(after: number, init: FakeParagraphInit) {
      const [p] = engine.makeParagraphs([init]);
      engine.state.paragraphs.splice(after + 1, 0, p);
      engine.state.saved = false;
    },
    userComments(index: number, content: string, authorName = 'Nguyễn Văn A') {
      const p = engine.state.paragraphs[index];
      if (!p) throw new Error(`No paragraph ${index}`);
      engine.state.comments.push({ id: `{U${engine.nextCommentId++}}`, content, authorName, paragraphUid: p.uid, resolved: false, replies: [] });
      engine.state.saved = false;
    },
    userReplies(commentIndex: number, content: string, authorName = 'Trần Thị B') {
      const c = engine.state.comments[commentIndex];
      if (!c) throw new Error(`No comment ${commentIndex}`);
      c.replies.push({ id: `{R${engine.nextCommentId++}}`, content, authorName });
      engine.state.saved = false;
    },
    userSelectsHeader(index = 0) {
      userMoves(engine.state.header, index, index);
    },
    userSelects(start: number, end = start) {
      userMoves(engine.state.paragraphs, start, end);
    },
    userPutsCursor(index: number, offset = 0) {
      userMoves(engine.state.paragraphs, index, index, [offset, offset]);
    },
    userSelectsTextBox(anchor: number, line = 0) {
      const box = engine.state.paragraphs[anchor]?.textBox;
      if (!box) throw new Error(`No text box in paragraph ${anchor}`);
      userMoves(box, line, line, [0, 0]);
    },
    coauthorActs() {
      engine.selectionEvents.moved();
    },
    selectedText() {
      const { story, from, to } = engine.selectionPoints();
      return textBetween(story, from, to);
    },
    flushSelectionEvents() {
      return engine.selectionEvents.flush();
    },
    selectionEvents() {
      return { handlers: engine.selectionEvents.count, delivered: engine.selectionEvents.delivered };
    },
    handlerCount(kind) {
      return engine.handlers[kind].length;
    },
    userSaves() {
      engine.markSaved();
    },
    reopen(next: FakeOptions = options) {
      const file = engine.savedFile ?? savedFileOf(engine.state);
      const opened = new Engine(next);
      Object.assign(opened.state, copyFile(file));
      // Fresh ids never collide with those kept in the file.
      opened.nextUid = engine.nextUid;
      opened.nextControlId = engine.nextControlId;
      opened.nextTableId = engine.nextTableId;
      opened.nextCommentId = engine.nextCommentId;
      const last = Math.max(0, opened.state.paragraphs.length - 1);
      opened.state.selection = { start: last, end: last };
      opened.markSaved();
      return fakeOver(opened, next);
    },
  };
  return fake;
}

export type { FakeRequestContext };
