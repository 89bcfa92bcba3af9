// The session's outline choice, kept in sessionStorage: the built-in outline's key, or the loaded
// outline file itself when it is small enough. Storage may be missing, full or refused (private
// mode, quota): then the choice lives only until the page is closed, and the page says nothing.
import type { OutlineFile } from '../outline-file/format';

const KEY = 'mttq-report.checker.outline';
/** An outline file is a few tens of KB; beyond this it is not kept. */
export const MAX_STORED_CHARS = 1_000_000;

export interface StoredChoice {
  key: string;
  file?: OutlineFile;
  fileName?: string;
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the choice; false when it could not be kept (too large, quota, no storage). */
export function storeChoice(choice: StoredChoice): boolean {
  const store = storage();
  if (!store) return false;
  try {
    const text = JSON.stringify(choice);
    if (text.length > MAX_STORED_CHARS) {
      store.removeItem(KEY);
      return false;
    }
    store.setItem(KEY, text);
    return true;
  } catch {
    try {
      store.removeItem(KEY);
    } catch {
      // Nothing more to do: the choice is not kept.
    }
    return false;
  }
}

export function readStoredChoice(): StoredChoice | undefined {
  try {
    const text = storage()?.getItem(KEY);
    if (!text) return undefined;
    const data = JSON.parse(text) as unknown;
    if (typeof data !== 'object' || data === null || typeof (data as StoredChoice).key !== 'string') return undefined;
    return data as StoredChoice;
  } catch {
    return undefined;
  }
}
