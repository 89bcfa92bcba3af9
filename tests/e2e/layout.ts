// Layout checks of the end-to-end tests, for the task pane at Word's narrowest width (320 px):
// open the pane at a viewport over the Word fake, no horizontal scroll, an element in the first
// screen; with the accessibility check and the screenshots of helpers.ts under the names the
// narrow-pane tests use.
import type { Locator, Page } from 'playwright-core';
import type { FakeBoot } from './browser-globals';
import { screenshot, seriousViolations, type A11yViolation, type OpenedPage } from './helpers';
import type { PageSession } from './page-session';

export { screenshot };

/** Word's task pane at its narrowest: 320 px wide, on a laptop screen. */
export const NARROW_PANE = { width: 320, height: 700 } as const;

/**
 * The task pane of `session` (a pageSession('taskpane.html')) at `viewport` over the Word fake
 * built from `fake`, once the pane has replaced its "loading" placeholder.
 */
export async function openPaneAt(
  session: PageSession,
  viewport: { width: number; height: number } = NARROW_PANE,
  fake: FakeBoot = {},
): Promise<OpenedPage> {
  const opened = await session.open('', { width: viewport.width, height: viewport.height, fake });
  await opened.page.locator('#root > :not(.boot)').first().waitFor();
  return opened;
}

/** axe-core's violations of impact "serious" or "critical" on the page as it is now ([] when none). */
export function axeSeriousOrCritical(page: Page): Promise<A11yViolation[]> {
  return seriousViolations(page);
}

export interface HorizontalScroll {
  scrollWidth: number;
  clientWidth: number;
  /** Visible elements reaching past the viewport's sides, outside any scroll box of their own. */
  offenders: string[];
}

/**
 * The document's scroll width beside its client width, and the visible elements that reach past
 * the left or right side of the viewport. An element inside a box that scrolls or clips
 * horizontally (overflow-x other than visible, the page's html and body aside) is that box's
 * business: the box itself is measured. Boxes of 1 px or less (text for screen readers only) do not
 * count.
 */
export function horizontalScroll(page: Page): Promise<HorizontalScroll> {
  return page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    const width = document.documentElement.clientWidth;
    const roots = new Set<Element>([document.documentElement, document.body]);
    const boxed = (el: Element): boolean => {
      for (let p = el.parentElement; p && !roots.has(p); p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    const offenders: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      if (r.right <= width + 0.5 && r.left >= -0.5) continue;
      if (getComputedStyle(el).visibility === 'hidden' || boxed(el)) continue;
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      offenders.push(`${el.tagName.toLowerCase()}${id}${cls} [${Math.round(r.left)}..${Math.round(r.right)}] "${text}"`);
    }
    return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, offenders };
  });
}

/** Fails (rejects) when the page scrolls horizontally or an element reaches past the viewport's sides. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const r = await horizontalScroll(page);
  if (r.scrollWidth <= r.clientWidth && r.offenders.length === 0) return;
  const shown = r.offenders.slice(0, 10).join('\n  ');
  throw new Error(
    `the page scrolls horizontally: scrollWidth ${r.scrollWidth} for a client width of ${r.clientWidth}` +
      (r.offenders.length ? `; ${r.offenders.length} element(s) past the viewport's sides:\n  ${shown}` : ''),
  );
}

/**
 * True when the element (the first match of a selector, or a locator) is shown whole within the
 * viewport with the document scrolled to its top: what the user sees without scrolling. The
 * document is scrolled to the top to measure; false when nothing matches or the element is hidden.
 */
export async function inFirstScreen(page: Page, target: string | Locator): Promise<boolean> {
  const locator = typeof target === 'string' ? page.locator(target).first() : target.first();
  if ((await locator.count()) === 0) return false;
  return locator.evaluate((el) => {
    window.scrollTo(0, 0);
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return false;
    const width = document.documentElement.clientWidth;
    const height = Math.min(window.innerHeight, document.documentElement.clientHeight || window.innerHeight);
    return r.top >= -0.5 && r.left >= -0.5 && r.bottom <= height + 0.5 && r.right <= width + 0.5;
  });
}
