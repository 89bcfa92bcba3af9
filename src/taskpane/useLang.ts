// The pane's language: Vietnamese unless the user chose English with the switch (whatever the
// language of Word or of the browser), remembered on this computer, applied to <html lang> too.
import * as React from 'react';
import type { Lang } from './strings';

const LANG_KEY = 'mttq-report.lang';

/** The language the user chose last time on this computer, or null. Storage may throw in Office's webviews. */
export function rememberedLang(): Lang | null {
  try {
    const value = globalThis.localStorage?.getItem(LANG_KEY);
    return value === 'vi' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

function remember(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    // Not remembered (storage off); the switch still applies now.
  }
}

function applyToDocument(lang: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

export function useLang(initial: Lang): [Lang, (lang: Lang) => void] {
  const [lang, setLang] = React.useState<Lang>(initial);
  React.useEffect(() => applyToDocument(lang), [lang]);
  const choose = React.useCallback((next: Lang) => {
    remember(next);
    setLang(next);
  }, []);
  return [lang, choose];
}
