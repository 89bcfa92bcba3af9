// The sections that pass, folded away behind "Các mục đạt (N)": each with its status in words
// ("Đạt", or "Đạt · thiếu 1 số liệu" when a required figure is not found) and its figures
// checklist with the count. Sections that do not pass are listed with the problems, not here.
import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Report, SectionResult } from '../analysis/types';
import { statusLabel } from '../analysis/messages';
import { Checklist, ChecklistCount } from './Checklist';
import { OkIcon } from './icons';
import { findingItem } from './ignores';
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
  inner: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingInlineStart: '24px',
  },
});

interface SectionFindings {
  /** Open figure-missing findings: required figures not found. */
  missingFigures: number;
  /** Ignored figure-missing findings: checklist item id -> reason. */
  ignored: Map<string, string>;
}

function SectionRow({ section, findings }: { section: SectionResult; findings?: SectionFindings }): React.JSX.Element {
  const { t, lang, onSelectParagraph } = useReportViewContext();
  const styles = useStyles();
  const shared = useSharedStyles();
  const missing = findings?.missingFigures ?? 0;
  const status = missing > 0 ? t.passingMissingFigures(missing) : statusLabel(section.status, lang);
  const content = (
    <>
      <OkIcon />
      <span className={shared.grow}>
        <span className={section.level <= 2 ? styles.titleStrong : styles.title}>{section.title}</span>
        <span className={styles.status}>
          {status}
          {section.checklist.length > 0 ? (
            <>
              {' · '}
              <ChecklistCount checklist={section.checklist} />
            </>
          ) : null}
        </span>
      </span>
    </>
  );
  return (
    <li
      className={styles.row}
      data-section-id={section.id}
      data-status={section.status}
      data-missing-figures={missing > 0 ? missing : undefined}
      style={{ paddingInlineStart: `${Math.max(0, section.level - 1) * 12}px` }}
    >
      {onSelectParagraph && section.paragraph !== undefined ? (
        <button
          type="button"
          className={shared.rowButton}
          onClick={() => void onSelectParagraph(section.paragraph as number, section.title)}
        >
          {content}
        </button>
      ) : (
        <div className={shared.rowStatic}>{content}</div>
      )}
      {section.checklist.length > 0 ? (
        <div className={styles.inner}>
          <Checklist section={section} ignored={findings?.ignored} />
        </div>
      ) : null}
    </li>
  );
}

function findingsBySection(findings: Finding[]): Map<string, SectionFindings> {
  const out = new Map<string, SectionFindings>();
  for (const f of findings) {
    if (f.code !== 'figure-missing' || !f.section) continue;
    const entry = out.get(f.section) ?? { missingFigures: 0, ignored: new Map<string, string>() };
    const item = findingItem(f);
    if (f.ignored) {
      if (item !== undefined) entry.ignored.set(item, f.ignored.reason);
    } else entry.missingFigures++;
    out.set(f.section, entry);
  }
  return out;
}

export function PassingSections({ report, headingLevel }: { report: Report; headingLevel: 3 | 4 }): React.JSX.Element | null {
  const { t, onSelectParagraph } = useReportViewContext();
  const shared = useSharedStyles();
  const passing = report.sections.filter((s) => s.status === 'ok');
  if (passing.length === 0) return null;
  const bySection = findingsBySection(report.findings);
  return (
    <Accordion collapsible>
      <AccordionItem value="passing" data-passing="">
        <AccordionHeader as={`h${headingLevel}`} size="small">
          {t.passingHeading(passing.length)}
        </AccordionHeader>
        <AccordionPanel>
          <div className={shared.section}>
            {onSelectParagraph ? <p className={shared.small}>{t.sectionsIntro}</p> : null}
            <ul className={shared.plainList}>
              {passing.map((s) => (
                <SectionRow key={s.id} section={s} findings={bySection.get(s.id)} />
              ))}
            </ul>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
