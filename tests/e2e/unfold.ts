// The results show only the problems: files and passing sections are folded. Tests that compare
// every section with the engine unfold them first, and may fold the files back afterwards.
import type { Locator, Page } from 'playwright-core';

const CLOSED_FILE = '[data-toggle][aria-expanded="false"]';
const CLOSED_PASSING = '[data-passing] button[aria-expanded="false"]';

/**
 * Opens every folded file block and every "Các mục đạt (N)" fold under `scope` (the page by
 * default); resolves to a function that folds the file blocks it opened again.
 */
export async function unfoldAll(page: Page, scope?: Locator): Promise<() => Promise<void>> {
  // The results view is a script of its own: wait until it has replaced its "loading" line.
  await page.waitForFunction(() => document.querySelector('[data-results-loading]') === null);
  const root = scope ?? page.locator('body');
  const opened: string[] = [];
  for (const selector of [CLOSED_FILE, CLOSED_PASSING]) {
    // Each click re-renders: take the first closed one again until none is left.
    for (let guard = 0; guard < 200; guard++) {
      const closed = root.locator(selector).first();
      if ((await closed.count()) === 0) break;
      if (selector === CLOSED_FILE) {
        const file = await closed.evaluate((el) => el.closest('[data-file]')?.getAttribute('data-file') ?? '');
        opened.push(file);
      }
      await closed.click();
    }
  }
  return async () => {
    for (const file of opened) {
      await page.locator(`[data-file="${file.replace(/"/g, '\\"')}"] [data-toggle][aria-expanded="true"]`).first().click();
    }
  };
}
