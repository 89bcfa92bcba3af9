// The sections of the report in outline order: status (icon and words), the figures checklist,
// the section's own remaining findings and the outline's guidance.
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ChecklistResult, Finding, Report, SectionResult } from '../analysis/types';
import { statusLabel } from '../analysis/messages';
import type { ReportTemplate, TemplateSection } from '../template/types';
import { FindingItem, IgnoreControl, MissingNote } from './Findings';
import { GuidanceDetails } from './Guidance';
import { DashIcon, OkIcon, StatusIcon } from './icons';
import { findingItem, findingKey } from './ignores';
import { useReportViewContext } from './ReportContext';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBlockEndWidth: '1px',
    borderBlockEndStyle: 'solid',
    borderBlockEndColor: tokens.colorNeutralStroke3,
    minWidth: '0',
  },
  title: {
    display: 'block',
  },
  titleStrong: {
    display: 'block',
    fontWeight: tokens.fontWeightSemibold,
  },
  status: {
    display: 'block',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  statusBad: {
    display: 'block',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteRedForeground1,
  },
  inner: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingInlineStart: '24px',
  },
  checklist: {
    listStyleType: 'none',
    margin: '0',
    padding: '0',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  checkItem: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'flex-start',
    minWidth: '0',
  },
  checkText: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    flexGrow: 1,
    minWidth: '0',
    overflowWrap: 'anywhere',
  },
  evidence: {
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
    display: '-webkit-box',
    WebkitLineClamp: '2',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  checklistCaption: {
    margin: '0',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
});

function ChecklistItem({
  item,
  finding,
  ignored,
}: {
  item: ChecklistResult;
  finding?: Finding;
  ignored?: Finding;
}): React.JSX.Element {
  const { t } = useReportViewContext();
  const styles = useStyles();
  const labelId = React.useId();
  return (
    <li className={styles.checkItem} data-item-id={item.id} data-found={item.found ? 'true' : 'false'}>
      {item.found ? <OkIcon size={12} /> : <DashIcon size={12} />}
      <div className={styles.checkText}>
        <span id={labelId}>
          {item.label}
          {item.optional && !/nếu có/i.test(item.label) ? ` (${t.optional})` : ''}
          {': '}
          <strong>{item.found ? (item.figure ?? '') : t.notFound}</strong>
        </span>
        {item.found && item.evidence ? (
          <span className={styles.evidence} title={item.evidence}>
            {`${t.foundIn} “${item.evidence}”`}
          </span>
        ) : null}
        {ignored ? <span>{`${t.ignoredHeading}: ${ignored.ignored?.reason ?? ''}`}</span> : null}
        {finding ? <IgnoreControl finding={finding} describedBy={labelId} /> : null}
      </div>
    </li>
  );
}

function SectionRow({
  section,
  template,
  findings,
}: {
  section: SectionResult;
  template?: TemplateSection;
  findings: Finding[];
}): React.JSX.Element {
  const { t, lang, onSelectParagraph, onAnnounce } = useReportViewContext();
  const styles = useStyles();
  const shared = useSharedStyles();
  const checklistId = React.useId();
  const [noteOpen, setNoteOpen] = React.useState(false);
  const missing = section.status === 'missing' || section.paragraph === undefined;
  const label = statusLabel(section.status, lang);

  // Figure-missing findings sit with their checklist item; the others are listed under the row.
  const byItem = new Map<string, Finding>();
  const rest: Finding[] = [];
  for (const f of findings) {
    const item = findingItem(f);
    if (item !== undefined && section.checklist.some((c) => c.id === item) && !byItem.has(item)) byItem.set(item, f);
    else if (!f.ignored) rest.push(f);
  }

  const content = (
    <>
      <StatusIcon status={section.status} />
      <span className={shared.grow}>
        <span className={section.level <= 2 ? styles.titleStrong : styles.title}>{section.title}</span>
        <span className={section.status === 'ok' ? styles.status : styles.statusBad}>{label}</span>
      </span>
    </>
  );

  const activate = (): void => {
    if (missing) {
      setNoteOpen(true);
      onAnnounce?.(`${section.title}: ${t.sectionMissingNote}`);
      return;
    }
    void onSelectParagraph?.(section.paragraph as number, section.title);
  };

  return (
    <li
      className={styles.row}
      data-section-id={section.id}
      data-status={section.status}
      style={{ paddingInlineStart: `${Math.max(0, section.level - 1) * 12}px` }}
    >
      {onSelectParagraph ? (
        <button type="button" className={shared.rowButton} onClick={activate}>
          {content}
        </button>
      ) : (
        <div className={shared.rowStatic}>{content}</div>
      )}
      <div className={styles.inner}>
        {noteOpen ? <MissingNote title={section.title} /> : null}
        {section.checklist.length > 0 ? (
          <>
            <p className={styles.checklistCaption} id={checklistId}>
              {t.checklistLabel}
            </p>
            <ul className={styles.checklist} aria-labelledby={checklistId}>
              {section.checklist.map((c) => {
                const f = byItem.get(c.id);
                return (
                  <ChecklistItem
                    key={c.id}
                    item={c}
                    finding={f && !f.ignored ? f : undefined}
                    ignored={f && f.ignored ? f : undefined}
                  />
                );
              })}
            </ul>
          </>
        ) : null}
        {rest.length > 0 ? (
          <ul className={shared.plainList} aria-label={t.sectionFindings}>
            {rest.map((f) => (
              <FindingItem
                key={findingKey(f)}
                finding={f}
                paragraph={f.paragraph ?? section.paragraph}
                missing={f.paragraph === undefined && missing}
                showSeverity
              />
            ))}
          </ul>
        ) : null}
        {template ? <GuidanceDetails section={template} t={t} /> : null}
      </div>
    </li>
  );
}

export function SectionList({
  report,
  template,
  headingLevel = 3,
  ownerHeadingId,
}: {
  report: Report;
  template?: ReportTemplate;
  headingLevel?: 3 | 4;
  /** The heading of the whole view, so that several views on one page name their regions apart. */
  ownerHeadingId?: string;
}): React.JSX.Element {
  const { t, onSelectParagraph, reasons } = useReportViewContext();
  const shared = useSharedStyles();
  const headingId = React.useId();
  const Heading = `h${headingLevel}` as 'h3' | 'h4';

  // Non-error findings go under their section (errors are listed at the top of the results).
  const bySection = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (!f.section || (f.severity === 'error' && f.code !== 'figure-missing')) continue;
    const list = bySection.get(f.section) ?? [];
    list.push(f);
    bySection.set(f.section, list);
  }

  return (
    <section aria-labelledby={ownerHeadingId ? `${headingId} ${ownerHeadingId}` : headingId} className={shared.section}>
      <Heading id={headingId} className={shared.h3}>
        {t.sectionsHeading}
      </Heading>
      {onSelectParagraph ? <p className={shared.small}>{t.sectionsIntro}</p> : null}
      {reasons.select ? <p className={shared.reason}>{`${t.selectUnavailable} ${reasons.select}`}</p> : null}
      <ul className={shared.plainList}>
        {report.sections.map((s) => (
          <SectionRow
            key={s.id}
            section={s}
            template={template?.sections.find((ts) => ts.id === s.id)}
            findings={bySection.get(s.id) ?? []}
          />
        ))}
      </ul>
    </section>
  );
}
