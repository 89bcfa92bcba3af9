// Which Word API requirement sets the running Word supports, and what the add-in can do with them.
import type { Lang } from '../analysis/messages';
import type { HostCapabilities } from '../taskpane/host';
import { wordMessage } from './messages';

/** What each feature needs (WordApi requirement set). */
export const REQUIRED = {
  /** Reading paragraphs (text, outline level, style) and insertOoxml. */
  read: '1.1',
  insert: '1.1',
  select: '1.1',
  /** styleBuiltIn, tableNestingLevel, parentContentControlOrNullObject, getRange, parentTable. */
  detailed: '1.3',
  /** Repair: insertion after a paragraph or a table needs getRange / parentTable. */
  repair: '1.3',
  /** Custom document properties. */
  storeIgnores: '1.3',
  /** Range.insertComment, Body.getComments. */
  comments: '1.4',
  /** Document.onParagraphChanged / Added / Deleted. */
  changeEvents: '1.6',
  /** Range.expandTo: one selection from a paragraph to another. */
  selectRange: '1.3',
  /** Paragraph.getRange('End'): the point before the paragraph mark. */
  placeCursor: '1.3',
  /** ParagraphCollection.getFirst, Paragraph.getPrevious/NextOrNullObject, Range.parentBody, Range.expandToOrNullObject. */
  cursor: '1.3',
} as const;

/**
 * Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged): a Common API
 * requirement set, not a WordApi one
 * (https://learn.microsoft.com/javascript/api/requirement-sets/common/office-add-in-requirement-sets#documentevents).
 */
export const SELECTION_EVENTS_SET = { name: 'DocumentEvents', version: '1.1' } as const;

export interface WordFeatures {
  read: boolean;
  insert: boolean;
  select: boolean;
  detailed: boolean;
  repair: boolean;
  storeIgnores: boolean;
  comments: boolean;
  changeEvents: boolean;
  /** Defaults to `detailed` when left out. */
  selectRange?: boolean;
  placeCursor?: boolean;
  cursor?: boolean;
  /** DocumentSelectionChanged; false when left out. */
  selectionEvents?: boolean;
}

/** True when the running Word supports this WordApi version (false outside Office). */
export function supportsWordApi(version: string): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('WordApi', version);
  } catch {
    return false;
  }
}

/** True when Office can tell the add-in that the selection moved (false outside Office). */
export function supportsSelectionEvents(): boolean {
  try {
    if (typeof Office === 'undefined') return false;
    const document = Office.context?.document as Partial<Office.Document> | undefined;
    if (!document || typeof document.addHandlerAsync !== 'function' || !Office.EventType?.DocumentSelectionChanged) return false;
    return Office.context.requirements.isSetSupported(SELECTION_EVENTS_SET.name, SELECTION_EVENTS_SET.version);
  } catch {
    return false;
  }
}

export function detectFeatures(): WordFeatures {
  const has = (v: string): boolean => supportsWordApi(v);
  return {
    read: has(REQUIRED.read),
    insert: has(REQUIRED.insert),
    select: has(REQUIRED.select),
    detailed: has(REQUIRED.detailed),
    repair: has(REQUIRED.repair),
    storeIgnores: has(REQUIRED.storeIgnores),
    comments: has(REQUIRED.comments),
    changeEvents: has(REQUIRED.changeEvents),
    selectRange: has(REQUIRED.selectRange),
    placeCursor: has(REQUIRED.placeCursor),
    cursor: has(REQUIRED.cursor),
    selectionEvents: supportsSelectionEvents(),
  };
}

/** The selection features, with their defaults filled in. */
export function selectionFeatures(features: WordFeatures): Required<Pick<WordFeatures, 'selectRange' | 'placeCursor' | 'cursor' | 'selectionEvents'>> {
  return {
    selectRange: features.selectRange ?? features.detailed,
    placeCursor: features.placeCursor ?? features.detailed,
    cursor: features.cursor ?? features.detailed,
    selectionEvents: features.selectionEvents ?? false,
  };
}

/** The capabilities the task pane sees, with the reason of every disabled feature. */
export function capabilitiesOf(features: WordFeatures, lang: Lang = 'vi'): HostCapabilities {
  const reasons: HostCapabilities['reasons'] = {};
  if (!features.insert) reasons.insert = wordMessage('needInsert', lang);
  if (!features.repair) reasons.repair = wordMessage('needRepair', lang);
  if (!features.select) reasons.select = wordMessage('needSelect', lang);
  if (!features.comments) reasons.comments = wordMessage('needComments', lang);
  if (!features.changeEvents) reasons.changeEvents = wordMessage('needEvents', lang);
  if (!features.storeIgnores) reasons.storeIgnores = wordMessage('needIgnores', lang);
  const selection = selectionFeatures(features);
  if (!selection.selectRange) reasons.selectRange = wordMessage('needSelectRange', lang);
  if (!selection.placeCursor) reasons.placeCursor = wordMessage('needPlaceCursor', lang);
  if (!selection.cursor) reasons.cursor = wordMessage('needCursor', lang);
  if (!selection.selectionEvents) reasons.selectionEvents = wordMessage('needSelectionEvents', lang);
  return {
    ...selection,
    insert: features.insert,
    repair: features.repair,
    select: features.select,
    comments: features.comments,
    changeEvents: features.changeEvents,
    storeIgnores: features.storeIgnores,
    reasons,
  };
}
