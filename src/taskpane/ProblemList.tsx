// Only what needs work: the open problems grouped by kind with their counts (errors, then
// warnings, then notes), each group collapsible and open by default, and previous / next buttons
// that walk them one by one, selecting each in the document.
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Toolbar,
  ToolbarButton,
  makeStyles,
  tokens,
  type AccordionToggleEventHandler,
} from '@fluentui/react-components';
import type { Report } from '../analysis/types';
import { severityWord } from './Findings';
import { findingKey } from './ignores';
import { SeverityIcon } from './icons';
import { ProblemItem } from './ProblemItem';
import { findingParagraph, isMissingSection } from './problem-fix';
import { groupProblems, kindLabel, type ProblemGroup } from './problem-groups';
import { findingDetail } from './problem-text';
import { useReportViewContext } from './ReportContext';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  nav: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    paddingInline: '0',
  },
  position: {
    minWidth: '3em',
    textAlign: 'center',
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    minWidth: '0',
    overflowWrap: 'anywhere',
  },
  panel: {
    marginInline: '0',
  },
});

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

function groupKey(g: Pick<ProblemGroup, 'severity' | 'code'>): string {
  return `${g.severity}:${g.code}`;
}

export function ProblemList({
  report,
  headingLevel,
  ownerHeadingId,
}: {
  report: Report;
  headingLevel: 3 | 4;
  ownerHeadingId: string;
}): React.JSX.Element | null {
  const { t, lang, sections, onSelectParagraph, onAnnounce } = useReportViewContext();
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = React.useId();
  const groups = React.useMemo(() => groupProblems(report), [report]);
  const order = React.useMemo(() => groups.flatMap((g) => g.findings), [groups]);
  const [currentKey, setCurrentKey] = React.useState<string | null>(null);
  const [focusToken, setFocusToken] = React.useState(0);
  const [closed, setClosed] = React.useState<ReadonlySet<string>>(new Set());

  if (order.length === 0) return null;

  const keys = groups.map(groupKey);
  const openItems = keys.filter((k) => !closed.has(k));
  const onToggle: AccordionToggleEventHandler<string> = (_, data) => {
    const open = new Set(data.openItems);
    setClosed(new Set(keys.filter((k) => !open.has(k))));
  };

  const index = currentKey === null ? -1 : order.findIndex((f) => findingKey(f) === currentKey);

  /** Makes the problem at i the current one, goes to it in the document, and (stepping) focuses it. */
  const goTo = (i: number, step: boolean): void => {
    const finding = order[i];
    const section = finding.section ? sections.get(finding.section) : undefined;
    setCurrentKey(findingKey(finding));
    if (step) {
      setFocusToken((n) => n + 1);
      const group = keys.find((k) => k === groupKey(finding));
      if (group && closed.has(group)) setClosed(new Set([...closed].filter((k) => k !== group)));
    }
    const paragraph = findingParagraph(finding, section);
    const label = section ? section.title : finding.message;
    if (paragraph !== undefined) void onSelectParagraph?.(paragraph, label);
    else if (isMissingSection(finding, section)) onAnnounce?.(`${label}: ${findingDetail(finding, t, section)}`);
  };

  const Heading = `h${headingLevel}` as 'h3' | 'h4';
  const groupHeading = headingLevel === 3 ? 'h4' : 'h5';
  const total = order.length;

  return (
    <section aria-labelledby={`${headingId} ${ownerHeadingId}`} className={shared.section} data-list="problems">
      <Heading id={headingId} className={shared.h3}>
        {t.problemsHeading(total)}
      </Heading>
      <Toolbar aria-label={t.navLabel} size="small" className={styles.nav} data-problem-nav="">
        <ToolbarButton aria-label={t.navPrevious} disabled={index <= 0} onClick={() => goTo(index - 1, true)}>
          <span aria-hidden="true">‹</span>
        </ToolbarButton>
        <span className={styles.position}>
          {index >= 0 ? (
            <>
              <span aria-hidden="true" data-position="">{`${index + 1}/${total}`}</span>
              <span className={shared.visuallyHidden}>{t.navPosition(index + 1, total)}</span>
            </>
          ) : (
            <span data-position="">{t.navTotal(total)}</span>
          )}
        </span>
        <ToolbarButton aria-label={t.navNext} disabled={index >= total - 1} onClick={() => goTo(index + 1, true)}>
          <span aria-hidden="true">›</span>
        </ToolbarButton>
      </Toolbar>
      <Accordion multiple collapsible openItems={openItems} onToggle={onToggle}>
        {groups.map((g) => (
          <AccordionItem key={groupKey(g)} value={groupKey(g)} data-group={g.code} data-severity={g.severity}>
            <AccordionHeader as={groupHeading} size="small">
              <span className={styles.header}>
                <SeverityIcon severity={g.severity} />
                <span>{kindLabel(g.code, lang, g.findings.length)}</span>
                <Badge appearance="tint" size="small" color={BADGE_COLOR[g.severity]}>
                  {severityWord(g.severity, t)}
                </Badge>
              </span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <ul className={shared.plainList}>
                {g.findings.map((f) => {
                  const key = findingKey(f);
                  return (
                    <ProblemItem
                      key={key}
                      finding={f}
                      current={key === currentKey}
                      focusToken={key === currentKey ? focusToken : 0}
                      onActivate={() => goTo(order.indexOf(f), false)}
                    />
                  );
                })}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
