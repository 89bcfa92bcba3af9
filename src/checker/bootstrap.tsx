// Starts the checker page: Vietnamese unless ?lang=en or the user chose English on the page's
// switch earlier (remembered); the sample with ?sample=1.
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../taskpane/strings';
import { CheckerPage } from './CheckerPage';
import { readStoredLang, storeLang } from './lang-store';
import { getCheckerStrings, pageLang, wantsSample } from './strings';

export interface CheckerEnvironment {
  /** location.search; the page's own by default. */
  search?: string;
}

export interface CheckerStart {
  root: Root;
  lang: Lang;
  sample: boolean;
}

function applyLang(lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = getCheckerStrings(lang).pageTitle;
}

/** The address without ?lang=, or with the one chosen, so a reload keeps the switch's choice. */
function replaceLangInUrl(lang: Lang): void {
  try {
    const url = new URL(globalThis.location.href);
    if (!url.searchParams.has('lang')) return;
    url.searchParams.set('lang', lang);
    globalThis.history?.replaceState(globalThis.history.state, '', url.toString());
  } catch {
    // An address that cannot be rewritten (a test document): the stored choice is enough.
  }
}

function CheckerRoot({ initialLang, sample }: { initialLang: Lang; sample: boolean }): React.JSX.Element {
  const [lang, setLang] = React.useState(initialLang);
  const change = React.useCallback((next: Lang) => {
    storeLang(next);
    replaceLangInUrl(next);
    applyLang(next);
    setLang(next);
  }, []);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <CheckerPage lang={lang} sample={sample} onLangChange={change} />
    </FluentProvider>
  );
}

export function startChecker(container: HTMLElement, env: CheckerEnvironment = {}): CheckerStart {
  const search = env.search ?? globalThis.location?.search ?? '';
  const lang = pageLang(search, readStoredLang());
  const sample = wantsSample(search);
  applyLang(lang);
  if (sample) document.body.dataset.state = 'checking';
  const root = createRoot(container);
  root.render(<CheckerRoot initialLang={lang} sample={sample} />);
  return { root, lang, sample };
}
