// The results view, loaded in its own script (chunk "results") so that the pane's first load stays
// small. Fetching starts when the pane is idle after its first render, so a check rarely waits.
import * as React from 'react';
import { Busy } from './Busy';
import type { ReportViewProps } from './ReportView';

export type LazyReportViewProps = ReportViewProps;

type Loaded = { default: React.ComponentType<LazyReportViewProps> };

let loading: Promise<Loaded> | undefined;

function load(): Promise<Loaded> {
  loading ??= import(/* webpackChunkName: "results" */ './ReportView')
    .then((m) => ({ default: m.ReportView }))
    .catch((e: unknown) => {
      loading = undefined; // a failed load (network hiccup) is tried again at the next render
      throw e;
    });
  return loading;
}

const ReportViewChunk = React.lazy(load);

/** Starts fetching the results view when the browser is idle; returns a cancel function. */
export function preloadReportView(): () => void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  const start = (): void => void load().catch(() => undefined);
  if (typeof idle === 'function') {
    const id = idle(start, { timeout: 2000 });
    return () => (globalThis as { cancelIdleCallback?: (id: number) => void }).cancelIdleCallback?.(id);
  }
  const timer = setTimeout(start, 200);
  return () => clearTimeout(timer);
}

export function LazyReportView({ loadingLabel, ...props }: LazyReportViewProps & { loadingLabel: string }): React.JSX.Element {
  return (
    <React.Suspense fallback={<Busy label={loadingLabel} data={{ 'data-results-loading': 'true' }} />}>
      <ReportViewChunk {...props} />
    </React.Suspense>
  );
}
