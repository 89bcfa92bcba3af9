// Which view the pane opens on: an empty document on "Soạn"; a document that already holds the
// outline (the first check finds its headings) on "Kiểm tra"; a document with text but none of the
// outline's headings on "Soạn", with the offer to add the headings or insert at the cursor.
import * as React from 'react';
import type { Report } from '../analysis/types';
import type { ReportHost } from './host';

export type PaneView = 'write' | 'check';

export interface OpeningView {
  view: PaneView;
  /** The user picks a view: the opening decision no longer moves it. */
  choose(view: PaneView): void;
  /** The user started working in the view on screen: it stays. */
  keep(): void;
  /** The opening decision is made (the document was read, or found empty). */
  settled: boolean;
}

export function useOpeningView(
  host: ReportHost,
  checkQuietly: () => Promise<Report | null>,
  offerInsert: () => void,
): OpeningView {
  const [view, setView] = React.useState<PaneView>('write');
  const [settled, setSettled] = React.useState(false);
  const chosen = React.useRef(false);
  const started = React.useRef(false);
  const latest = React.useRef({ checkQuietly, offerInsert });
  latest.current = { checkQuietly, offerInsert };

  React.useEffect(() => {
    if (started.current) return;
    started.current = true;
    const decide = async (): Promise<void> => {
      try {
        if (await host.isEmpty()) return;
      } catch {
        return; // the document cannot be read yet: stay on "Soạn"; the user's first action says why
      }
      const report = await latest.current.checkQuietly();
      if (chosen.current || !report) return;
      if (report.headingsFound > 0) setView('check');
      else latest.current.offerInsert();
    };
    void decide().finally(() => setSettled(true));
  }, [host]);

  const choose = React.useCallback((next: PaneView) => {
    chosen.current = true;
    setView(next);
  }, []);
  const keep = React.useCallback(() => {
    chosen.current = true;
  }, []);
  return { view, choose, keep, settled };
}
