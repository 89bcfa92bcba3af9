// The engine's rules load on demand: the pane's first render needs none of them, and they are most
// of its script (figure detection, the checklist, the rules). Loading starts as soon as the pane is
// on screen (`preloadEngine`), so a check rarely waits for it.
import type { AnalyzeOptions } from '../analysis/report';
import type { DocumentSnapshot, Report } from '../analysis/types';
import type { CommentRequest } from './host';

type Engine = typeof import('../analysis/report');

let engine: Promise<Engine> | undefined;

function load(): Promise<Engine> {
  engine ??= import(/* webpackChunkName: "engine" */ '../analysis/report').catch((e: unknown) => {
    engine = undefined; // a failed load (network hiccup) is tried again at the next check
    throw e;
  });
  return engine;
}

/** Starts loading the engine without waiting for it. */
export function preloadEngine(): void {
  void load().catch(() => undefined);
}

/** The report of a snapshot, once the engine is loaded. */
export async function analyzeSnapshot(snapshot: DocumentSnapshot, options: AnalyzeOptions): Promise<Report> {
  const { analyze } = await load();
  return analyze(snapshot, options);
}

/** The review comments of a report, from the engine's messages (loaded with the engine). */
export async function reportComments(report: Report, lang: 'vi' | 'en'): Promise<CommentRequest[]> {
  const { commentRequests } = await import(/* webpackChunkName: "engine" */ '../analysis/messages');
  return commentRequests(report, lang);
}
