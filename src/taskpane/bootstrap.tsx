// Starts the task pane: waits for Office when office.js is present, creates the Word host inside
// Word, or shows the "open it from Word" page anywhere else. The language is Vietnamese whatever
// Word's or the browser's (many offices run English Word), unless the user chose English before.
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createWordHost } from '../word/host';
import { App } from './App';
import type { ReportHost } from './host';
import type { Lang } from './strings';
import { rememberedLang } from './useLang';

/** The parts of office.js the bootstrap uses. */
export interface OfficeGlobal {
  onReady(): Promise<{ host: string | null }>;
  context?: { displayLanguage?: string };
  HostType?: { Word?: string };
}

export interface BootstrapEnvironment {
  /** office.js' Office object; undefined when office.js is not loaded (plain browser, offline). */
  Office?: OfficeGlobal;
  /** Creates the host inside Word (the real Word host by default). */
  createHost?: (lang: Lang) => ReportHost;
}

export interface BootstrapResult {
  root: Root;
  host: ReportHost | null;
  lang: Lang;
}

function officeFromGlobal(): OfficeGlobal | undefined {
  const office = (globalThis as unknown as { Office?: OfficeGlobal }).Office;
  return office && typeof office.onReady === 'function' ? office : undefined;
}

export async function bootstrap(container: HTMLElement, env: BootstrapEnvironment = {}): Promise<BootstrapResult> {
  const office = 'Office' in env ? env.Office : officeFromGlobal();
  let host: ReportHost | null = null;
  const lang: Lang = rememberedLang() ?? 'vi';
  if (office) {
    const info = await office.onReady();
    const word = office.HostType?.Word ?? 'Word';
    if (info && info.host === word) host = (env.createHost ?? createWordHost)(lang);
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  const root = createRoot(container);
  root.render(<App host={host} lang={lang} />);
  return { root, host, lang };
}
