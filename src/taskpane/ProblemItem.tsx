// One problem in its group: the section's title on its own line, what is wrong there, the "…"
// menu (ignore), and when it is the current problem, the fix beside it.
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding, FindingCode, SectionStatus } from '../analysis/types';
import { severityWord, useIgnoreMenu } from './Findings';
import { FixPanel, OutlineAsks } from './FixPanel';
import { SeverityIcon } from './icons';
import { findingDetail } from './problem-text';
import { useReportViewContext } from './ReportContext';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: '0',
    borderRadius: tokens.borderRadiusMedium,
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    outlineWidth: '1px',
    outlineStyle: 'solid',
    outlineColor: tokens.colorNeutralStroke1,
  },
  row: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXXS,
    minWidth: '0',
  },
  text: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minWidth: '0',
  },
  title: {
    fontWeight: tokens.fontWeightSemibold,
  },
  detail: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

/** The findings that say a section's status (one per section that does not pass). */
const STATUS_CODES: Partial<Record<SectionStatus, FindingCode[]>> = {
  missing: ['section-missing', 'optional-empty'],
  empty: ['section-empty', 'optional-empty'],
  'guidance-left': ['guidance-left'],
  'no-figures': ['section-no-figures'],
};

export interface ProblemItemProps {
  finding: Finding;
  /** This is the current problem (previous / next, or the one chosen last). */
  current: boolean;
  /** Changes each time the current problem must take the focus. */
  focusToken: number;
  /** The problem's row was chosen. */
  onActivate: () => void;
}

export function ProblemItem({ finding, current, focusToken, onActivate }: ProblemItemProps): React.JSX.Element {
  const { t, sections, templateSections } = useReportViewContext();
  const styles = useStyles();
  const shared = useSharedStyles();
  const textId = React.useId();
  const rowRef = React.useRef<HTMLButtonElement>(null);
  const section = finding.section ? sections.get(finding.section) : undefined;
  const outline = section ? templateSections.get(section.id) : undefined;
  const { menu, form } = useIgnoreMenu(finding, textId);
  // The problem that says its section's status stands for the section ([data-section-id]).
  const standsFor = section !== undefined && STATUS_CODES[section.status]?.includes(finding.code);

  React.useEffect(() => {
    if (!current || focusToken === 0) return;
    const el = rowRef.current;
    if (!el) return;
    el.focus();
    // jsdom has no scrollIntoView.
    if (typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
  }, [current, focusToken]);

  return (
    <li
      className={mergeClasses(styles.item, current && styles.current)}
      data-code={finding.code}
      data-severity={finding.severity}
      data-section={finding.section ?? ''}
      data-section-status={section?.status}
      data-section-id={standsFor ? section.id : undefined}
      data-status={standsFor ? section.status : undefined}
      aria-current={current ? 'true' : undefined}
    >
      <div className={styles.row}>
        <button ref={rowRef} type="button" className={shared.rowButton} onClick={onActivate}>
          <SeverityIcon severity={finding.severity} />
          <span className={styles.text} id={textId}>
            <span className={shared.visuallyHidden}>{`${severityWord(finding.severity, t)}: `}</span>
            {section ? (
              <span className={styles.title}>
                {section.title}
                <span className={shared.visuallyHidden}>{': '}</span>
              </span>
            ) : null}
            <span className={section ? styles.detail : undefined}>{findingDetail(finding, t, section)}</span>
          </span>
        </button>
        {menu}
      </div>
      {current ? <FixPanel finding={finding} section={section} /> : null}
      {outline && section ? <OutlineAsks section={outline} title={section.title} current={current} /> : null}
      {form}
    </li>
  );
}
