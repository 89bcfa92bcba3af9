// Queries on the testability contract of the results view: data-ready on the summary,
// data-section-id on each section row.

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
