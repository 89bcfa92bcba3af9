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
} as const;

export interface WordFeatures {
  read: boolean;
  insert: boolean;
  select: boolean;
  detailed: boolean;
  repair: boolean;
  storeIgnores: boolean;
  comments: boolean;
  changeEvents: boolean;
}

/** True when the running Word supports this WordApi version (false outside Office). */
export function supportsWordApi(version: string): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('WordApi', version);
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
  return {
    insert: features.insert,
    repair: features.repair,
    select: features.select,
    comments: features.comments,
    changeEvents: features.changeEvents,
    storeIgnores: features.storeIgnores,
    reasons,
  };
}
