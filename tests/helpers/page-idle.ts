// The checker page has finished: every file is checked (body[data-state="idle"]) and the results
// view, a script of its own, has replaced its "loading" line.
import { waitFor } from '@testing-library/react';

export async function pageIdle(): Promise<void> {
  await waitFor(() => {
    if (document.body.dataset.state !== 'idle') throw new Error(`the page is ${document.body.dataset.state ?? 'starting'}`);
    if (document.querySelector('[data-results-loading]')) throw new Error('the results view is still loading');
  });
}
