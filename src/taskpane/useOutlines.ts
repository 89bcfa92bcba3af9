// The outlines the pane knows (built in, and loaded by the user), the one chosen for insertion,
// the one the document says it follows, and the outline each check uses: the document's own, or
// when it has none, the one it matches best.
import * as React from 'react';
import { bestOutline } from '../analysis/best-outline';
import type { DocumentSnapshot } from '../analysis/types';
import type { OutlineFile } from '../outline-file/format';
import { templates } from '../template';
import type { ReportTemplate } from '../template/types';
import type { OutlineMark, ReportHost } from './host';
import type { LoadedOutline } from './load-outline';

/** How the document's mark resolved: its outline, an outline this computer lacks, or no mark. */
export type MarkState = { template: ReportTemplate; file?: OutlineFile } | { missing: string } | null;

export interface UsedOutline {
  template: ReportTemplate;
  /** Picked by matching (the document has no usable mark). */
  auto: boolean;
}

export interface Outlines {
  choices: readonly ReportTemplate[];
  chosen: ReportTemplate;
  choose(key: string): void;
  /** Adds a loaded outline and chooses it. */
  add(loaded: LoadedOutline): void;
  mark: MarkState | undefined;
  /** The outline of the last check. */
  used: UsedOutline | null;
  resolve(snapshot: DocumentSnapshot): Promise<ReportTemplate>;
  /** What to keep in the document for this outline. */
  markFor(template: ReportTemplate): OutlineMark;
  /** The document now follows this outline. */
  marked(template: ReportTemplate): void;
}

export function outlineKey(t: Pick<ReportTemplate, 'id' | 'version'>): string {
  return `${t.id}@${t.version ?? ''}`;
}

function isBuiltIn(t: ReportTemplate): boolean {
  return templates.includes(t);
}

async function resolveMark(mark: OutlineMark, known: readonly ReportTemplate[]): Promise<MarkState> {
  if (mark.file) {
    const { outlineFromMark } = await import(/* webpackChunkName: "outline-load" */ './load-outline');
    const template = outlineFromMark(mark.file);
    if (template) return { template, file: mark.file };
  }
  const found = known.find((t) => outlineKey(t) === outlineKey(mark)) ?? known.find((t) => t.id === mark.id);
  return found ? { template: found } : { missing: mark.id };
}

export function useOutlines(host: ReportHost, initial: ReportTemplate): Outlines {
  const [loaded, setLoaded] = React.useState<Array<{ template: ReportTemplate; file: OutlineFile }>>([]);
  const [chosenKey, setChosenKey] = React.useState<string | null>(null);
  const [mark, setMark] = React.useState<MarkState | undefined>(host.readOutlineMark ? undefined : null);
  const [used, setUsed] = React.useState<UsedOutline | null>(null);
  const builtIn = React.useMemo(() => (templates.includes(initial) ? templates : [initial, ...templates]), [initial]);
  const choices = React.useMemo(() => [...builtIn, ...loaded.map((l) => l.template)], [builtIn, loaded]);
  const state = React.useRef({ choices, mark });
  state.current = { choices, mark };

  // The document's mark, read once; checks wait for it.
  const markRead = React.useMemo<Promise<MarkState>>(async () => {
    if (!host.readOutlineMark) return null;
    try {
      const m = await host.readOutlineMark();
      return m ? await resolveMark(m, builtIn) : null;
    } catch {
      return null;
    }
  }, [host, builtIn]);
  React.useEffect(() => {
    let live = true;
    void markRead.then((m) => {
      if (!live) return;
      setMark((current) => (current && 'template' in current ? current : m));
      if (m && 'template' in m) {
        const t = m.template;
        const file = m.file;
        if (file && !builtIn.includes(t)) setLoaded((l) => (l.some((x) => x.template === t) ? l : [...l, { template: t, file }]));
        setChosenKey((k) => k ?? outlineKey(t));
      }
    });
    return () => {
      live = false;
    };
  }, [markRead, builtIn]);

  const resolve = React.useCallback(
    async (snapshot: DocumentSnapshot): Promise<ReportTemplate> => {
      const read = await markRead;
      const current = state.current.mark ?? read;
      if (current && 'template' in current) {
        setUsed({ template: current.template, auto: false });
        return current.template;
      }
      // With one outline to choose from there is nothing to compare: the check recovers its
      // headings anyway, so they are not recovered twice.
      const { choices } = state.current;
      const best = (choices.length === 1 ? choices[0] : bestOutline(snapshot, choices)?.template) ?? initial;
      setUsed({ template: best, auto: true });
      return best;
    },
    [markRead, initial],
  );

  const chosen = choices.find((t) => outlineKey(t) === chosenKey) ?? initial;
  return {
    choices,
    chosen,
    choose: setChosenKey,
    add: (l: LoadedOutline) => {
      setLoaded((list) => [...list.filter((x) => outlineKey(x.template) !== outlineKey(l.template)), { template: l.template, file: l.file }]);
      setChosenKey(outlineKey(l.template));
    },
    mark,
    used,
    resolve,
    markFor: (t: ReportTemplate): OutlineMark => {
      const m: OutlineMark = { id: t.id };
      if (t.version !== undefined) m.version = t.version;
      if (!isBuiltIn(t)) {
        const file = loaded.find((x) => x.template === t)?.file;
        if (file) m.file = file;
      }
      return m;
    },
    marked: (t: ReportTemplate) => {
      setMark({ template: t });
      state.current.mark = { template: t };
    },
  };
}
