// Reads the document and runs the engine. Runs never overlap: a check asked for while one runs is
// folded into it (the running one reads again once more). With change events, the check re-runs
// by itself about a second after the document stops changing. Paragraph events can be missed or
// come late (OfficeDev/office-js#4874, OfficeDev/office-js#5400), so in Word the check also
// re-runs when the pane becomes visible again or gets the focus back (the user edited in Word).
import * as React from 'react';
import type { DocumentSnapshot, Report } from '../analysis/types';
import type { ReportTemplate } from '../template/types';
import { analyzeSnapshot, preloadEngine } from './engine';
import type { ReportHost } from './host';
import type { Lang } from './strings';

/** The outline to check a snapshot against (the document's own, or the one it matches best). */
export type OutlineResolver = (snapshot: DocumentSnapshot) => ReportTemplate | Promise<ReportTemplate>;

export interface CheckResult {
  snapshot: DocumentSnapshot;
  report: Report;
  /** The outline the report was made against (when the pane chose it). */
  template?: ReportTemplate;
  /** The run was started by a document change (nobody asked; announce only what changed). */
  auto: boolean;
}

export interface CheckOptions {
  /** Started by a document change rather than by the user. */
  auto?: boolean;
}

export interface ReportCheck {
  report: Report | null;
  snapshot: DocumentSnapshot | null;
  /** The last report came from a check started by a document change. */
  reportIsAuto: boolean;
  /** A check is running. */
  checking: boolean;
  /** The running check was started by a document change. */
  autoRunning: boolean;
  /** The last check failed with this error (cleared by the next successful check). */
  error: unknown;
  /** Runs a check (or joins the running one); resolves to the fresh result, rejects when reading fails. */
  check: (options?: CheckOptions) => Promise<CheckResult>;
  /** Last successful result, without waiting for a render. */
  latest: () => CheckResult | null;
  /** Re-checks run by themselves on document changes. */
  autoCheck: boolean;
}

/** Delay after the last change event before the check re-runs. */
export const AUTO_CHECK_DELAY_MS = 1000;
/** Delay after the pane becomes visible or gets the focus before the check re-runs. */
export const RETURN_CHECK_DELAY_MS = 300;

export function useReportCheck(host: ReportHost, lang: Lang, outline?: ReportTemplate | OutlineResolver): ReportCheck {
  const [result, setResult] = React.useState<CheckResult | null>(null);
  const [checking, setChecking] = React.useState(false);
  const [autoRunning, setAutoRunning] = React.useState(false);
  const [error, setError] = React.useState<unknown>(null);
  const latestRef = React.useRef<CheckResult | null>(null);
  const inflight = React.useRef<Promise<CheckResult> | null>(null);
  const again = React.useRef(false);
  const runIsAuto = React.useRef(false);

  // The first render is on screen: fetch the rules for the first check.
  React.useEffect(preloadEngine, []);

  const check = React.useCallback(
    (options: CheckOptions = {}): Promise<CheckResult> => {
      if (inflight.current) {
        again.current = true;
        if (!options.auto) {
          runIsAuto.current = false;
          setAutoRunning(false);
        }
        return inflight.current;
      }
      runIsAuto.current = Boolean(options.auto);
      const run = (async (): Promise<CheckResult> => {
        setChecking(true);
        setAutoRunning(Boolean(options.auto));
        try {
          let fresh: CheckResult;
          do {
            again.current = false;
            const snapshot = await host.readSnapshot();
            const template = typeof outline === 'function' ? await outline(snapshot) : outline;
            const report = await analyzeSnapshot(snapshot, template ? { template, lang } : { lang });
            fresh = { snapshot, report, auto: runIsAuto.current, template };
            latestRef.current = fresh;
            setResult(fresh);
          } while (again.current);
          setError(null);
          return fresh;
        } catch (e) {
          setError(e);
          throw e;
        } finally {
          inflight.current = null;
          setChecking(false);
          setAutoRunning(false);
        }
      })();
      inflight.current = run;
      return run;
    },
    [host, lang, outline],
  );

  const autoCheck = Boolean(host.onChange) && host.capabilities.changeEvents;
  const hasChecked = result !== null;

  React.useEffect(() => {
    if (!autoCheck || !hasChecked || !host.onChange) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = host.onChange(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        check({ auto: true }).catch(() => undefined);
      }, AUTO_CHECK_DELAY_MS);
    });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
    };
  }, [autoCheck, hasChecked, host, check]);

  // Back to the pane: the user may have edited the document while events were lost.
  React.useEffect(() => {
    if (host.kind !== 'word' || !hasChecked || typeof window === 'undefined') return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (): void => {
      if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        check({ auto: true }).catch(() => undefined);
      }, RETURN_CHECK_DELAY_MS);
    };
    window.addEventListener('focus', schedule);
    document.addEventListener('visibilitychange', schedule);
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      window.removeEventListener('focus', schedule);
      document.removeEventListener('visibilitychange', schedule);
    };
  }, [host, hasChecked, check]);

  return {
    report: result?.report ?? null,
    snapshot: result?.snapshot ?? null,
    reportIsAuto: result?.auto ?? false,
    checking,
    autoRunning,
    error,
    check,
    latest: () => latestRef.current,
    autoCheck,
  };
}
