// The results of one check: the verdict, then only what needs work (grouped by kind, walked one by
// one with previous / next, the fix beside the current problem), the ignored findings, and the
// sections that pass folded away. Pure presentation over a Report: the task pane and the web page
// (which may show several files one after another) render it the same way; element ids are unique
// per instance. Loadable on its own (React.lazy) as a chunk of its own.
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Report } from '../analysis/types';
import { findTemplate } from '../template';
import type { ReportTemplate } from '../template/types';
import { ProblemList } from './ProblemList';
import { ReportViewContext, type ReportViewActions, type ReportViewContextValue, type ReportViewReasons } from './ReportContext';
import { PassingSections } from './SectionList';
import { getStrings, type Lang } from './strings';
import { useSharedStyles } from './styles';
import { IgnoredList, Summary } from './Summary';

export type { ReportViewActions, ReportViewReasons } from './ReportContext';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: '0',
  },
});

export interface ReportViewProps extends ReportViewActions {
  report: Report;
  lang: Lang;
  /** The outline used for the guidance beside each problem; found from report.template by default. */
  template?: ReportTemplate;
  /** Heading of this view, e.g. a file name on the checker page. */
  title?: string;
  /** Level of the view's heading (2 in the task pane; 3 under a page's per-file heading). */
  headingLevel?: 2 | 3;
  /** Why features are off; a feature with a reason is shown disabled with the reason. */
  reasons?: ReportViewReasons;
  /** An action is running; buttons that change the document wait. */
  busy?: boolean;
  /** 'none' when the surface shows its own verdict above (the task pane's sticky verdict). */
  summary?: 'full' | 'none';
}

function ReportViewImpl(props: ReportViewProps): React.JSX.Element {
  const { report, lang, title, headingLevel = 2, reasons = {}, busy = false, summary = 'full' } = props;
  const t = getStrings(lang);
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = React.useId();
  const ignoreReasonId = React.useId();
  const template = props.template ?? findTemplate(report.template);
  const sections = React.useMemo(() => new Map(report.sections.map((s) => [s.id, s])), [report]);
  const templateSections = React.useMemo(() => new Map((template?.sections ?? []).map((s) => [s.id, s])), [template]);

  const context: ReportViewContextValue = {
    t,
    lang,
    reasons,
    busy,
    ignoreReasonId: reasons.ignore ? ignoreReasonId : undefined,
    sections,
    templateSections,
    onSelectParagraph: props.onSelectParagraph,
    onSelectParagraphs: props.onSelectParagraphs,
    onPlaceCursor: props.onPlaceCursor,
    onRepair: props.onRepair,
    onIgnore: props.onIgnore,
    onUndoIgnore: props.onUndoIgnore,
    onAnnounce: props.onAnnounce,
  };

  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const subLevel = headingLevel === 2 ? 3 : 4;

  return (
    <ReportViewContext.Provider value={context}>
      <section className={styles.root} aria-labelledby={headingId} data-template={report.template}>
        <Heading id={headingId} className={shared.h2}>
          {title ?? t.resultsHeading}
        </Heading>
        {summary === 'full' ? <Summary report={report} /> : null}
        {reasons.ignore ? (
          <p id={ignoreReasonId} className={shared.reason}>{`${t.ignoreUnavailable} ${reasons.ignore}`}</p>
        ) : null}
        {reasons.select ? <p className={shared.reason}>{`${t.selectUnavailable} ${reasons.select}`}</p> : null}
        <ProblemList report={report} headingLevel={subLevel} ownerHeadingId={headingId} />
        <IgnoredList report={report} headingLevel={subLevel} ownerHeadingId={headingId} />
        <PassingSections report={report} headingLevel={subLevel} />
      </section>
    </ReportViewContext.Provider>
  );
}

/** Re-renders only when its props change (pass stable callbacks). */
export const ReportView = React.memo(ReportViewImpl);
