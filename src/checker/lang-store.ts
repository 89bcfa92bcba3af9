// The language chosen on the page's switch, kept in localStorage so the page opens in it next
// time. Storage may be missing or refused (private mode, quota): then the choice lasts until the
// page is closed, and the page says nothing.
import type { Lang } from '../taskpane/strings';

export const LANG_KEY = 'mttq-report.lang';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The stored choice as written ("vi", "en"), or null. */
export function readStoredLang(): string | null {
  try {
    return storage()?.getItem(LANG_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Keeps the choice; false when it could not be kept. */
export function storeLang(lang: Lang): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(LANG_KEY, lang);
    return true;
  } catch {
    return false;
  }
}
