// The web checker page: drop or pick .docx reports, each is read and checked in the browser one
// after another, and its results shown with the task pane's components. Nothing is uploaded.
//
// Testability contract (end-to-end tests rely on it):
//   body[data-state]          'checking' while files wait or are being read, 'idle' otherwise
//   [data-file="<name>"]      one block per file, in the order the files came; a checked file's
//                             block has data-file-ready and data-open (its results shown)
//   [data-overview]           the overview table (two files or more); [data-overview-file] rows
//   [data-action=xlsx|csv|print|clear]   the results' buttons; [data-download-notice] what was saved
//   [data-check-date]         the date of the check (printed)
//   [data-lang-switch]        the language switch
//   [data-error="<code>"]     on the block of a file that could not be checked (DocxError code,
//                             or too-large / read-failed / check-failed)
//   [data-section-id] [data-status] [data-ready]   inside a checked file's block (ReportView)
//   [data-summary]            the summary line, with data-total / data-count-ready /
//                             data-count-not-ready / data-count-unreadable
import * as React from 'react';
import { ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { getStrings, type Lang } from '../taskpane/strings';
import { useSharedStyles } from '../taskpane/styles';
import { useCheckerStyles } from './checker-styles';
import { useStableCallback } from '../taskpane/useStableCallback';
import { checkBlob, countOutcomes, yieldToBrowser, type CheckOutline, type FileOutcome } from './check';
import { DropZone } from './DropZone';
import { ExportBar } from './ExportBar';
import { FileResult, type FileEntry } from './FileResult';
import { LangSwitch } from './LangSwitch';
import { OverviewTable } from './OverviewTable';
import { BUILT_IN_CHOICES, DEFAULT_CHOICE, LOADED_KEY, outlineLabel, type OutlineChoice } from './outline-choice';
import { readStoredChoice, storeChoice } from './outline-store';
import { OutlinePicker } from './OutlinePicker';
import { SAMPLE_FILE_NAME, sampleDocx } from './sample';
import { getCheckerStrings } from './strings';
import { TemplateForm } from './TemplateForm';
import { preloadReportView } from '../taskpane/LazyReportView';

/** Show the progress bar only when checking takes longer than this. */
const SLOW_MS = 500;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    maxWidth: '960px',
    marginInline: 'auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    boxSizing: 'border-box',
    minWidth: '0',
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  h1: {
    margin: '0',
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteRedForeground1,
    overflowWrap: 'anywhere',
  },
  privacy: {
    margin: '0',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  nav: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    margin: '0',
    padding: '0',
    listStyleType: 'none',
  },
  link: {
    color: tokens.colorBrandForegroundLink,
    overflowWrap: 'anywhere',
    ':focus-visible': {
      outlineWidth: '2px',
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '2px',
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXL,
    minWidth: '0',
  },
  status: {
    minHeight: tokens.lineHeightBase400,
  },
});



/**
 * Opens the guidance of every flagged section (what the outline asks for there) so it is printed,
 * and waits until its content is rendered. Returns what it opened, to close after printing.
 */
async function openFlaggedGuidance(root: HTMLElement | null): Promise<HTMLDetailsElement[]> {
  const opened: HTMLDetailsElement[] = [];
  if (!root) return opened;
  for (const row of Array.from(root.querySelectorAll<HTMLElement>('[data-section-id]'))) {
    if (row.dataset.status === 'ok') continue;
    const details = row.querySelector<HTMLDetailsElement>('details[data-guidance-for]');
    if (details && !details.open) {
      details.open = true;
      opened.push(details);
    }
  }
  // The guidance is rendered when its <details> opens (toggle event, then a React render).
  for (let i = 0; i < 20 && opened.some((d) => d.children.length < 2); i++) await yieldToBrowser();
  return opened;
}

export interface CheckerPageProps {
  lang: Lang;
  /** Show the sample report's results on first view (`?sample=1`). */
  sample?: boolean;
  /** The user chose another language on the page's switch (no switch without it). */
  onLangChange?: (lang: Lang) => void;
}

export function CheckerPage({ lang, sample = false, onLangChange }: CheckerPageProps): React.JSX.Element {
  const t = getStrings(lang);
  const s = getCheckerStrings(lang);
  const styles = useStyles();
  const shared = useSharedStyles();
  const checker = useCheckerStyles();
  const ids = {
    outline: React.useId(),
    files: React.useId(),
    results: React.useId(),
    template: React.useId(),
  };

  // The outline every check and the template use; a built-in one kept from earlier in the session
  // is chosen at once, a loaded one once it is checked again (below).
  const [choice, setChoice] = React.useState<OutlineChoice>(() => {
    const stored = readStoredChoice();
    return BUILT_IN_CHOICES.find((c) => c.key === stored?.key) ?? DEFAULT_CHOICE;
  });
  const [loaded, setLoaded] = React.useState<OutlineChoice | undefined>(undefined);
  const outline = React.useRef<CheckOutline>({ template: choice.template, label: outlineLabel(choice, lang) });

  const nextId = React.useRef(0);
  const makeEntry = (name: string, source: Blob, isSample: boolean): FileEntry => {
    nextId.current++;
    return { id: `tep-${nextId.current}`, name, source, sample: isSample };
  };

  const [entries, setEntries] = React.useState<FileEntry[]>(() =>
    sample ? [makeEntry(SAMPLE_FILE_NAME, new Blob([sampleDocx() as Uint8Array<ArrayBuffer>]), true)] : [],
  );
  /** Files waiting to be checked, in order. */
  const queue = React.useRef<FileEntry[]>(entries.slice());
  const running = React.useRef(false);
  /** Bumped by "clear": a check of an older generation drops its result. */
  const generation = React.useRef(0);
  /** Files of the current run: checked so far, and all (grows when files come during a run). */
  const run = React.useRef({ done: 0, total: queue.current.length });
  const [progress, setProgress] = React.useState<{ index: number; total: number; name: string } | null>(null);
  const [slow, setSlow] = React.useState(false);
  const [announcement, setAnnouncement] = React.useState('');
  const resultsRef = React.useRef<HTMLElement>(null);
  /** Blocks the user opened or closed; the others are open only when there is one file. */
  const [openState, setOpenState] = React.useState<Record<string, boolean>>({});
  /** A block to move to once it is open. */
  const [moveTo, setMoveTo] = React.useState<string | null>(null);
  /** When the last check ended (printed with the results). */
  const [checkedAt, setCheckedAt] = React.useState<Date | null>(null);

  const checking = entries.some((e) => e.outcome === undefined);
  const outcomes: FileOutcome[] = entries.flatMap((e) => (e.outcome ? [e.outcome] : []));
  const counts = countOutcomes(outcomes);

  const announce = React.useCallback((text: string) => {
    setAnnouncement('');
    setTimeout(() => setAnnouncement(text), 50);
  }, []);

  const pump = useStableCallback(async (): Promise<void> => {
    if (running.current) return;
    running.current = true;
    const gen = generation.current;
    try {
      while (queue.current.length > 0 && gen === generation.current) {
        const entry = queue.current.shift() as FileEntry;
        setProgress({ index: run.current.done + 1, total: run.current.total, name: entry.name });
        // Let the progress show before the (synchronous) reading of the file.
        await yieldToBrowser();
        const outcome = await checkBlob(entry.name, entry.source, lang, outline.current);
        if (gen !== generation.current) break;
        run.current.done++;
        setEntries((list) => list.map((e) => (e.id === entry.id ? { ...e, outcome } : e)));
        await yieldToBrowser();
      }
    } finally {
      running.current = false;
      if (gen === generation.current) {
        setProgress(null);
        run.current = { done: 0, total: 0 };
        setCheckedAt(new Date());
      }
      // Files that came after a "clear" during the last read.
      if (queue.current.length > 0) void pump();
    }
  });

  const addFiles = useStableCallback((files: File[]) => {
    if (files.length === 0) return;
    const added = files.map((f) => makeEntry(f.name, f, false));
    if (!running.current) run.current = { done: 0, total: 0 };
    run.current.total += added.length;
    const total = run.current.total;
    queue.current.push(...added);
    setEntries((list) => [...list, ...added]);
    // Files that come during a run join it: "1/2" becomes "1/3".
    setProgress((p) => (p ? { ...p, total } : p));
    void pump();
  });

  const clear = (): void => {
    generation.current++;
    queue.current = [];
    run.current = { done: 0, total: 0 };
    setEntries([]);
    setProgress(null);
    setOpenState({});
    announce(s.cleared);
  };

  /** Checks the files shown again (their blocks wait, then show the new results). */
  const recheck = (): number => {
    const again = entries.map((e) => ({ id: e.id, name: e.name, source: e.source, sample: e.sample }));
    if (again.length === 0) return 0;
    generation.current++;
    queue.current = again.slice();
    run.current = { done: 0, total: again.length };
    setEntries(again);
    setProgress(null);
    void pump();
    return again.length;
  };

  /**
   * Makes `next` the outline of the page: files dropped from now on are checked against it, and the
   * files already shown are checked again (their blocks wait, then show the new results).
   */
  const choose = useStableCallback((next: OutlineChoice) => {
    const label = outlineLabel(next, lang);
    const nowLoaded = next.key === LOADED_KEY ? next : loaded;
    setChoice(next);
    if (nowLoaded !== loaded) setLoaded(nowLoaded);
    outline.current = { template: next.template, label };
    storeChoice({ key: next.key, ...(nowLoaded?.file ? { file: nowLoaded.file, fileName: nowLoaded.fileName } : {}) });
    const count = recheck();
    announce(count === 0 ? s.outlineLoaded(label) : s.outlineRechecked(label, count));
  });

  // Another language: the outline's name and every file's messages are in the new one.
  const shownLang = React.useRef(lang);
  // The results view is a script of its own (shared with the task pane): fetched once the page is idle.
  React.useEffect(preloadReportView, []);
  React.useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    outline.current = { template: choice.template, label: outlineLabel(choice, lang) };
    recheck();
    // Only a change of language runs this (the rest is read as it is then).
  }, [lang]);

  const onToggle = React.useCallback((id: string, open: boolean) => {
    setOpenState((state) => ({ ...state, [id]: open }));
  }, []);

  const openAndMove = React.useCallback((id: string) => {
    setOpenState((state) => ({ ...state, [id]: true }));
    setMoveTo(id);
  }, []);

  // Once the block is open, bring it into view and put the focus on it.
  React.useEffect(() => {
    if (!moveTo) return;
    setMoveTo(null);
    const el = document.getElementById(moveTo);
    if (!el) return;
    if (typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  }, [moveTo]);

  // A loaded outline kept from earlier in the session is checked again before it is used.
  React.useEffect(() => {
    const stored = readStoredChoice();
    const file = stored?.file;
    if (!file) return undefined;
    let cancelled = false;
    void import(/* webpackChunkName: "outline-load" */ './outline-load').then(({ restoreOutline }) => {
      if (cancelled) return;
      const restored = restoreOutline(file, stored.fileName);
      if (!restored) return;
      if (stored.key === LOADED_KEY) choose(restored);
      else setLoaded(restored);
    });
    return () => {
      cancelled = true;
    };
  }, [choose]);

  const print = async (): Promise<void> => {
    const opened = await openFlaggedGuidance(resultsRef.current);
    const restore = (): void => {
      window.removeEventListener('afterprint', restore);
      for (const d of opened) d.open = false;
    };
    window.addEventListener('afterprint', restore);
    window.print();
  };

  // Check the sample (or anything queued before mount) once the page is up.
  React.useEffect(() => {
    if (queue.current.length > 0) void pump();
  }, [pump]);

  // The page's state for scripts and end-to-end tests.
  React.useLayoutEffect(() => {
    document.body.dataset.state = checking ? 'checking' : 'idle';
  }, [checking]);

  // The progress bar appears only when checking takes a while.
  React.useEffect(() => {
    if (!checking) {
      setSlow(false);
      return undefined;
    }
    const timer = setTimeout(() => setSlow(true), SLOW_MS);
    return () => clearTimeout(timer);
  }, [checking]);

  // Files dropped outside the zone are checked too, rather than opened by the browser (which
  // would leave the page).
  React.useEffect(() => {
    const hasFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const onDragOver = (e: DragEvent): void => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent): void => {
      if (e.defaultPrevented || !hasFiles(e)) return;
      e.preventDefault();
      addFiles(Array.from(e.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [addFiles]);

  const progressText = progress ? s.progress(progress.index, progress.total, progress.name) : '';
  const summary = s.summary(counts.total, counts.ready, counts.notReady, counts.unreadable);
  const overviewItems = entries.map((e) => ({ id: e.id, name: e.name, outcome: e.outcome, title: e.sample ? s.sampleTitle(e.name) : e.name }));

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        {onLangChange ? <LangSwitch lang={lang} onChange={onLangChange} /> : null}
        <h1 className={styles.h1}>{s.pageTitle}</h1>
        <p className={shared.text}>{s.intro}</p>
        <p className={styles.privacy}>{s.privacy}</p>
        <nav aria-label={s.navLabel} data-print="hide">
          <ul className={styles.nav}>
            <li>
              <a className={styles.link} href="#de-cuong">
                {s.navOutline}
              </a>
            </li>
            <li>
              <a className={styles.link} href="#kiem-tra">
                {s.navCheck}
              </a>
            </li>
            <li>
              <a className={styles.link} href="#ket-qua">
                {s.navResults}
              </a>
            </li>
            <li>
              <a className={styles.link} href="#mau-bao-cao">
                {s.navTemplate}
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <div role="status" aria-live="polite" aria-atomic="true" className={shared.visuallyHidden} data-testid="announcer">
        {announcement}
      </div>
      <main className={styles.main}>
        <OutlinePicker
          lang={lang}
          headingId={ids.outline}
          choice={choice}
          loaded={loaded}
          onChoose={(next) => choose(next)}
          onAnnounce={announce}
        />

        <DropZone lang={lang} headingId={ids.files} onFiles={addFiles} />

        <section
          ref={resultsRef}
          aria-labelledby={ids.results}
          className={shared.section}
          id="ket-qua"
          data-results="true"
        >
          <h2 id={ids.results} className={shared.h2}>
            {t.resultsHeading}
          </h2>
          <div role="status" aria-live="polite" aria-atomic="true" className={styles.status}>
            {checking && progress ? (
              <p className={checker.strongLine} data-progress="true">
                {progressText}
              </p>
            ) : null}
            {!checking && counts.total > 0 ? (
              <p
                className={checker.strongLine}
                data-summary="true"
                data-total={counts.total}
                data-count-ready={counts.ready}
                data-count-not-ready={counts.notReady}
                data-count-unreadable={counts.unreadable}
              >
                {summary}
              </p>
            ) : null}
          </div>
          {!checking && counts.total > 0 && checkedAt ? (
            <p className={shared.small} data-print="only" data-check-date={checkedAt.toISOString()}>
              {s.checkedOn(checkedAt)}
            </p>
          ) : null}
          {checking && slow ? (
            <ProgressBar
              value={run.current.total > 0 ? Math.min(1, run.current.done / run.current.total) : undefined}
              aria-label={progressText || t.checking}
              data-print="hide"
            />
          ) : null}
          {entries.length === 0 ? <p className={shared.text}>{s.emptyState}</p> : null}
          {entries.length > 0 ? (
            <ExportBar
              outcomes={outcomes}
              lang={lang}
              disabled={checking || outcomes.length === 0}
              onPrint={() => void print()}
              onClear={clear}
              onAnnounce={announce}
            />
          ) : null}
          {entries.length > 1 ? (
            <OverviewTable items={overviewItems} lang={lang} onOpen={openAndMove} onAnnounce={announce} />
          ) : null}
          {entries.map((e) => (
            <FileResult
              key={e.id}
              entry={e}
              lang={lang}
              open={openState[e.id] ?? entries.length === 1}
              onToggle={onToggle}
              onAnnounce={announce}
            />
          ))}
        </section>

        <TemplateForm
          lang={lang}
          headingId={ids.template}
          onAnnounce={announce}
          template={choice.template}
          outlineName={outlineLabel(choice, lang)}
        />
      </main>
    </div>
  );
}
