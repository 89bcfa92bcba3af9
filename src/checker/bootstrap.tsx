// Starts the checker page: language from ?lang= or the browser, the sample with ?sample=1.
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../taskpane/strings';
import { CheckerPage } from './CheckerPage';
import { getCheckerStrings, pageLang, wantsSample } from './strings';

export interface CheckerEnvironment {
  /** location.search; the page's own by default. */
  search?: string;
  /** navigator.language; the browser's by default. */
  language?: string;
}

export interface CheckerStart {
  root: Root;
  lang: Lang;
  sample: boolean;
}

export function startChecker(container: HTMLElement, env: CheckerEnvironment = {}): CheckerStart {
  const search = env.search ?? globalThis.location?.search ?? '';
  const language = env.language ?? globalThis.navigator?.language;
  const lang = pageLang(search, language);
  const sample = wantsSample(search);
  document.documentElement.lang = lang;
  document.title = getCheckerStrings(lang).pageTitle;
  if (sample) document.body.dataset.state = 'checking';
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme} lang={lang}>
      <CheckerPage lang={lang} sample={sample} />
    </FluentProvider>,
  );
  return { root, lang, sample };
}
