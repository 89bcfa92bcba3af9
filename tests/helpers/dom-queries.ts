// Queries on the testability contract of the results view: data-ready on the verdict,
// data-list="problems" with one li[data-code] per open finding, data-passing around the folded
// rows of the sections that pass (data-section-id).
import { waitFor } from '@testing-library/react';

export function summary(): HTMLElement {
  const el = document.querySelector<HTMLElement>('[data-ready]');
  if (!el) throw new Error('no summary');
  return el;
}

export function row(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-section-id="${id}"]`);
  if (!el) throw new Error(`no row ${id}`);
  return el;
}

/** For text queries: the live-region announcer (and scripts, styles) is not the visible text. */
export const NOT_ANNOUNCER = { ignore: '[data-testid="announcer"], script, style' };

/** The listed problems (open findings) of one severity, or all. */
export function problems(severity?: 'error' | 'warning' | 'info'): HTMLElement[] {
  const sel = severity ? `li[data-code][data-severity="${severity}"]` : 'li[data-code]';
  return [...document.querySelectorAll<HTMLElement>(`[data-list="problems"] ${sel}`)];
}

/** One listed problem, by finding code (and section id). */
export function problem(code: string, section?: string): HTMLElement {
  const el = problems().find((li) => li.dataset.code === code && (section === undefined || li.dataset.section === section));
  if (!el) throw new Error(`no problem ${code} ${section ?? ''}`);
  return el;
}

/** Resolves once the results view (loaded on demand) shows a report. */
export async function resultsShown(): Promise<void> {
  await waitFor(() => {
    if (!document.querySelector('section[data-template]')) throw new Error('the results are not shown yet');
  });
}

/** Opens the folded "Các mục đạt (N)" block (when closed) so that its section rows are in the DOM. */
export async function openPassing(user: { click: (el: Element) => Promise<void> }): Promise<HTMLElement> {
  const block = document.querySelector<HTMLElement>('[data-passing]');
  if (!block) throw new Error('no passing sections');
  const header = block.querySelector<HTMLElement>('button[aria-expanded]');
  if (!header) throw new Error('no passing header');
  if (header.getAttribute('aria-expanded') !== 'true') await user.click(header);
  return block;
}

/** Opens a problem's "Thêm thao tác" menu and chooses "Bỏ qua…"; resolves to the reason textbox. */
export async function openIgnoreForm(
  user: { click: (el: Element) => Promise<void> },
  item: HTMLElement,
): Promise<HTMLElement> {
  const menu = item.querySelector<HTMLElement>('[data-problem-menu]');
  if (!menu) throw new Error('no menu on this problem');
  await user.click(menu);
  const entry = await waitFor(() => {
    const el = [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')].find((m) => m.textContent === 'Bỏ qua…');
    if (!el) throw new Error('no "Bỏ qua…" item');
    return el;
  });
  await user.click(entry);
  return waitFor(() => {
    const input = item.querySelector<HTMLElement>('input');
    if (!input) throw new Error('no reason form');
    return input;
  });
}

/**
 * The status of every section shown: the folded rows of the sections that pass (opened first) and
 * the sections the problems are about (data-section-status). A section missing with its parent has
 * no entry of its own.
 */
export async function sectionStatuses(user: { click: (el: Element) => Promise<void> }): Promise<Map<string, string>> {
  // The results view is a script of its own: wait until it has rendered.
  await resultsShown();
  const out = new Map<string, string>();
  for (const li of problems()) if (li.dataset.section && li.dataset.sectionStatus) out.set(li.dataset.section, li.dataset.sectionStatus);
  if (document.querySelector('[data-passing]')) await openPassing(user);
  for (const r of document.querySelectorAll<HTMLElement>('[data-passing] [data-section-id]')) out.set(r.dataset.sectionId ?? '', r.dataset.status ?? '');
  return out;
}
