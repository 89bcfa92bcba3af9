// The "Kiểm tra" view: the sticky verdict, the check button, the results, and the review comments.
import * as React from 'react';
import { Button } from '@fluentui/react-components';
import type { Report } from '../analysis/types';
import type { ReportTemplate } from '../template/types';
import { Progress, Unavailable } from './Feedback';
import type { HostCapabilities } from './host';
import { LazyReportView, type LazyReportViewProps } from './LazyReportView';
import { OutlineUsed } from './OutlineUsed';
import type { ReportViewActions, ReportViewReasons } from './ReportContext';
import type { Lang, Strings } from './strings';
import { useSharedStyles } from './styles';
import type { Outlines } from './useOutlines';
import type { PaneActions } from './usePaneActions';
import type { ReportCheck } from './useReportCheck';
import { VerdictBar } from './VerdictBar';

export interface CheckViewProps {
  t: Strings;
  lang: Lang;
  caps: HostCapabilities;
  outlines: Outlines;
  checker: ReportCheck;
  pane: PaneActions;
  report: Report | null;
  shown: ReportTemplate;
  reasons: ReportViewReasons;
  commentsReason?: string;
  /** Stable handlers of the results (so the list does not re-render on every keystroke). */
  handlers: ReportViewActions & Pick<LazyReportViewProps, 'onSelectParagraphs' | 'onPlaceCursor'>;
  feedbackFor(area: 'check' | 'comments' | 'results'): React.ReactNode;
}

export function CheckView(props: CheckViewProps): React.JSX.Element {
  const { t, lang, caps, outlines, checker, pane, report, shown, reasons, commentsReason, handlers, feedbackFor } = props;
  const shared = useSharedStyles();
  const ids = { check: React.useId(), comments: React.useId(), commentsReason: React.useId() };
  const busy = pane.action !== null;

  return (
    <div className={shared.section} data-view="check">
      {report ? <VerdictBar report={report} t={t} focusToken={pane.verdictFocus} /> : null}
      <section aria-labelledby={ids.check} className={shared.section}>
        <h2 id={ids.check} className={shared.h2}>
          {t.checkHeading}
        </h2>
        <div className={shared.buttonRow}>
          <Button
            appearance="primary"
            data-primary="true"
            onClick={() => void pane.runCheck()}
            disabled={checker.checking && !checker.autoRunning}
          >
            {report ? t.recheckButton : t.checkButton}
          </Button>
          {checker.checking ? <Progress label={t.checking} /> : null}
        </div>
        <OutlineUsed outlines={outlines} t={t} />
        <p className={shared.small}>{checker.autoCheck ? t.autoCheckOn : t.autoCheckOff}</p>
        {!checker.autoCheck && caps.reasons.changeEvents ? (
          <p className={shared.reason}>{`${t.unavailable} ${caps.reasons.changeEvents}`}</p>
        ) : null}
        {feedbackFor('check')}
      </section>

      {report ? (
        <div className={shared.section}>
          {pane.action === 'ignore' ? <Progress label={t.ignoring} /> : null}
          {feedbackFor('results')}
          <LazyReportView
            loadingLabel={t.resultsLoading}
            report={report}
            lang={lang}
            template={shown}
            summary="none"
            reasons={reasons}
            busy={busy}
            {...handlers}
            onAnnounce={pane.announce}
          />
        </div>
      ) : null}

      <section aria-labelledby={ids.comments} className={shared.section}>
        <h2 id={ids.comments} className={shared.h2}>
          {t.commentsHeading}
        </h2>
        <p className={shared.small}>{t.commentsIntro}</p>
        <div className={shared.buttonRow}>
          <Button
            className={shared.wrapButton}
            disabled={!caps.comments || busy}
            aria-describedby={commentsReason ? ids.commentsReason : undefined}
            onClick={() => void pane.writeComments()}
          >
            {t.writeComments}
          </Button>
          <Button
            className={shared.wrapButton}
            disabled={!caps.comments || busy}
            aria-describedby={commentsReason ? ids.commentsReason : undefined}
            onClick={() => void pane.removeComments()}
          >
            {t.removeComments}
          </Button>
          {pane.action === 'write-comments' ? <Progress label={t.writingComments} /> : null}
          {pane.action === 'remove-comments' ? <Progress label={t.removingComments} /> : null}
        </div>
        <Unavailable id={ids.commentsReason} reason={commentsReason} t={t} />
        {feedbackFor('comments')}
      </section>
    </div>
  );
}
