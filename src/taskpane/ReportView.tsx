// The results of one check: verdict, errors to fix, general notes, then the sections in outline order.
// Pure presentation over a Report: the task pane and the web checker page (which may show several
// files one after another) render it the same way; element ids are unique per instance.
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Report, SectionResult } from '../analysis/types';
import { findTemplate } from '../template';
import type { ReportTemplate } from '../template/types';
import { FindingItem } from './Findings';
import { findingKey } from './ignores';
import { ReportViewContext, type ReportViewActions, type ReportViewContextValue, type ReportViewReasons } from './ReportContext';
import { SectionList } from './SectionList';
import { getStrings, type Lang } from './strings';
import { useSharedStyles } from './styles';
import { Summary } from './Summary';

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
  /** The outline used for the guidance under each section; found from report.template by default. */
  template?: ReportTemplate;
  /** Heading of this view, e.g. a file name on the checker page. */
  title?: string;
  /** Level of the view's heading (2 in the task pane; 3 under a page's per-file heading). */
  headingLevel?: 2 | 3;
  /** Why features are off; a feature with a reason is shown disabled with the reason. */
  reasons?: ReportViewReasons;
  /** An action is running; buttons that change the document wait. */
  busy?: boolean;
}

function sectionsById(report: Report): Map<string, SectionResult> {
  return new Map(report.sections.map((s) => [s.id, s]));
}

function ReportViewImpl(props: ReportViewProps): React.JSX.Element {
  const { report, lang, title, headingLevel = 2, reasons = {}, busy = false } = props;
  const t = getStrings(lang);
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = React.useId();
  const errorsId = React.useId();
  const notesId = React.useId();
  const ignoreReasonId = React.useId();
  const template = props.template ?? findTemplate(report.template);

  const context: ReportViewContextValue = {
    t,
    lang,
    reasons,
    busy,
    ignoreReasonId: reasons.ignore ? ignoreReasonId : undefined,
    onSelectParagraph: props.onSelectParagraph,
    onRepair: props.onRepair,
    onIgnore: props.onIgnore,
    onUndoIgnore: props.onUndoIgnore,
    onAnnounce: props.onAnnounce,
  };

  const sections = sectionsById(report);
  const open = report.findings.filter((f) => !f.ignored);
  const errors = open.filter((f) => f.severity === 'error');
  const notes = open.filter((f) => f.severity !== 'error' && (!f.section || !sections.has(f.section)));
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const subLevel = headingLevel === 2 ? 3 : 4;

  const item = (f: Finding, showSeverity: boolean): React.JSX.Element => {
    const section = f.section ? sections.get(f.section) : undefined;
    // A missing section's finding is anchored on a neighbour paragraph: offer repair, not selection.
    const missing = Boolean(section) && (f.code === 'section-missing' || section?.status === 'missing');
    return (
      <FindingItem
        key={findingKey(f)}
        finding={f}
        paragraph={f.paragraph ?? section?.paragraph}
        missing={missing}
        showSeverity={showSeverity}
      />
    );
  };

  return (
    <ReportViewContext.Provider value={context}>
      <section className={styles.root} aria-labelledby={headingId} data-template={report.template}>
        <Heading id={headingId} className={shared.h2}>
          {title ?? t.resultsHeading}
        </Heading>
        <Summary report={report} headingLevel={subLevel} />
        {reasons.ignore ? (
          <p id={ignoreReasonId} className={shared.reason}>{`${t.ignoreUnavailable} ${reasons.ignore}`}</p>
        ) : null}
        {errors.length > 0 ? (
          <section aria-labelledby={`${errorsId} ${headingId}`} className={shared.section} data-list="errors">
            <Sub id={errorsId} className={shared.h3}>
              {`${t.errorsHeading} (${errors.length})`}
            </Sub>
            <ul className={shared.plainList}>{errors.map((f) => item(f, false))}</ul>
          </section>
        ) : null}
        {notes.length > 0 ? (
          <section aria-labelledby={`${notesId} ${headingId}`} className={shared.section} data-list="notes">
            <Sub id={notesId} className={shared.h3}>
              {t.notesHeading}
            </Sub>
            <ul className={shared.plainList}>{notes.map((f) => item(f, true))}</ul>
          </section>
        ) : null}
        <SectionList report={report} template={template} headingLevel={subLevel} ownerHeadingId={headingId} />
      </section>
    </ReportViewContext.Provider>
  );
}

/** Re-renders only when its props change (pass stable callbacks). */
export const ReportView = React.memo(ReportViewImpl);
