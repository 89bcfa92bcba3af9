// The task pane over a ReportHost: a header with the language switch, then two views, "Soạn"
// (insert the outline, write) and "Kiểm tra" (check before signing, comments).
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../analysis/types';
import { defaultTemplate } from '../template';
import type { ReportTemplate } from '../template/types';
import { CheckView } from './CheckView';
import { FeedbackBar, describeError, reasonFor, type Area } from './Feedback';
import type { ReportHost } from './host';
import { LanguageSwitch } from './LanguageSwitch';
import { preloadReportView } from './LazyReportView';
import type { ReportViewReasons } from './ReportContext';
import { getStrings, type Lang } from './strings';
import { useSharedStyles } from './styles';
import { useOpeningView } from './useOpeningView';
import { useOutlines } from './useOutlines';
import { usePaneActions } from './usePaneActions';
import { useRemembered } from './useRemembered';
import { useReportCheck } from './useReportCheck';
import { useStableCallback } from './useStableCallback';
import { ViewTabs } from './ViewTabs';
import { WriteView } from './WriteView';
import { CursorGuidance } from './CursorGuidance';

export { describeError } from './Feedback';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: '0',
    // A wide pane (Word on the web lets it grow) keeps a readable line length.
    maxWidth: '720px',
    boxSizing: 'border-box',
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  h1: {
    margin: '0',
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteRedForeground1,
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: '0',
  },
});

export interface TaskPaneProps {
  host: ReportHost;
  lang: Lang;
  /** Switches the language of the whole pane (the switch is hidden without it). */
  onLangChange?: (lang: Lang) => void;
  template?: ReportTemplate;
  /** The guidance of the section under the cursor, shown in the "Soạn" view. */
  cursorGuidance?: React.ReactNode;
}

export function TaskPane({ host, lang, onLangChange, template = defaultTemplate, cursorGuidance }: TaskPaneProps): React.JSX.Element {
  const t = getStrings(lang);
  const styles = useStyles();
  const shared = useSharedStyles();
  const caps = host.capabilities;
  const outlines = useOutlines(host, template);
  const checker = useReportCheck(host, lang, outlines.resolve);
  const shown = checker.latest()?.template ?? outlines.used?.template ?? outlines.chosen;
  const [unit, setUnit] = useRemembered('unit');
  const [place, setPlace] = useRemembered('place');
  const pane = usePaneActions({ host, lang, t, outlines, checker, shown, unit, place });
  const opening = useOpeningView(host, pane.checkQuietly, () => pane.setOffer(true));
  const ids = { write: React.useId(), check: React.useId() };
  const panelId = React.useId();

  // The results' script is fetched once the pane is idle after its first render.
  React.useEffect(preloadReportView, []);

  // Another language: the results are made again in it (quietly).
  const langOfResults = React.useRef(lang);
  React.useEffect(() => {
    if (langOfResults.current === lang) return;
    langOfResults.current = lang;
    if (checker.latest()) void pane.checkQuietly();
  }, [lang, checker, pane]);

  const reasons: ReportViewReasons = {
    select: reasonFor(caps, 'select', t),
    repair: reasonFor(caps, 'repair', t),
    ignore: reasonFor(caps, 'storeIgnores', t),
  };
  const reasonsMemo = React.useMemo<ReportViewReasons>(
    () => ({ select: reasons.select, repair: reasons.repair, ignore: reasons.ignore }),
    [reasons.select, reasons.repair, reasons.ignore],
  );

  // Stable handlers so the results view does not re-render on every keystroke in the form.
  const onSelectParagraph = useStableCallback(pane.select);
  const onSelectParagraphs = useStableCallback(pane.selectRange);
  const onPlaceCursor = useStableCallback(pane.placeCursor);
  const onRepair = useStableCallback(() => pane.insert('missing', 'results'));
  const onIgnore = useStableCallback((f: Finding, reason: string) => pane.changeIgnores(f, reason));
  const onUndoIgnore = useStableCallback((f: Finding) => pane.changeIgnores(f, null));
  const handlers = {
    onSelectParagraph: caps.select ? onSelectParagraph : undefined,
    onSelectParagraphs: caps.select && host.selectParagraphs ? onSelectParagraphs : undefined,
    onPlaceCursor: caps.select && host.placeCursorAtEnd ? onPlaceCursor : undefined,
    onRepair: caps.insert ? onRepair : undefined,
    onIgnore: caps.storeIgnores ? onIgnore : undefined,
    onUndoIgnore: caps.storeIgnores ? onUndoIgnore : undefined,
  };

  const feedbackFor = (area: Area): React.ReactNode => {
    const { feedback } = pane;
    if (feedback && feedback.area === area) {
      return <FeedbackBar feedback={feedback} t={t} onDismiss={() => pane.setFeedback(null)} />;
    }
    if (area === 'check' && checker.error && !checker.checking && !feedback) {
      return <FeedbackBar feedback={{ area, intent: 'error', text: t.checkError, detail: describeError(checker.error, t) }} t={t} />;
    }
    return null;
  };

  const view = opening.view;
  const report = checker.report;
  // Where Word tells the cursor's paragraph, "Soạn" follows it with that section's guidance.
  const guidanceHere =
    cursorGuidance ?? (host.cursorParagraph ? <CursorGuidance host={host} report={report} template={shown} t={t} /> : undefined);

  return (
    // Working in the pane before the opening check is done keeps the view on screen.
    <div
      className={styles.root}
      data-opening={opening.settled ? 'done' : 'pending'}
      onPointerDownCapture={opening.keep}
      onKeyDownCapture={opening.keep}
    >
      <header className={styles.header}>
        <h1 className={styles.h1}>{t.appTitle}</h1>
        <p className={shared.small}>{t.appSubtitle(shown.year)}</p>
        {onLangChange ? <LanguageSwitch lang={lang} t={t} onChange={onLangChange} /> : null}
      </header>
      <div role="status" aria-live="polite" aria-atomic="true" className={shared.visuallyHidden} data-testid="announcer">
        {pane.announcement}
      </div>
      <ViewTabs view={view} t={t} tabIds={ids} panelId={panelId} onSelect={opening.choose} />
      <main className={styles.main}>
        <div role="tabpanel" className={styles.main} id={panelId} aria-labelledby={ids[view]}>
        {view === 'write' ? (
          <WriteView
            t={t}
            lang={lang}
            caps={caps}
            outlines={outlines}
            pane={pane}
            report={report}
            shown={shown}
            unit={unit}
            place={place}
            setUnit={setUnit}
            setPlace={setPlace}
            insertReason={reasonFor(caps, 'insert', t)}
            repairReason={reasons.repair}
            feedback={feedbackFor('insert')}
            cursorGuidance={guidanceHere}
          />
        ) : (
          <CheckView
            t={t}
            lang={lang}
            caps={caps}
            outlines={outlines}
            checker={checker}
            pane={pane}
            report={report}
            shown={shown}
            reasons={reasonsMemo}
            commentsReason={reasonFor(caps, 'comments', t)}
            handlers={handlers}
            feedbackFor={feedbackFor}
          />
        )}
        </div>
      </main>
    </div>
  );
}
