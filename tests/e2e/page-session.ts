// One production page of dist/ in headless Chromium for a test file: the static server and the
// browser start before the file's tests; every page opened, the browser and the server close after.
import type { Browser } from 'playwright-core';
import { DIST, launchChromium, openPage, requireBuilt, startStaticServer, type OpenedPage, type PageOptions, type StaticServer } from './helpers';

export interface PageSession {
  /** Opens the page, with `query` after its name; it is closed after the file's tests. */
  open(query?: string, options?: PageOptions): Promise<OpenedPage>;
}

/** Call at the top of a test file, before its own beforeAll: `file` is the page's name in dist/. */
export function pageSession(file: string): PageSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    requireBuilt(file);
    server = await startStaticServer(DIST);
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const o of opened) await o.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  return {
    async open(query = '', options = {}) {
      if (!browser || !server) throw new Error(`${file}: the page session has not started`);
      const o = await openPage(browser, `${server.url}/${file}${query}`, options);
      opened.push(o);
      return o;
    },
  };
}
