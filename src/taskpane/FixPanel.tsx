// Beside a problem: what the outline asks for in its section (open beside the current problem),
// and beside the current one its one-click fix where there is one (add the heading, select the
// guidance, place the cursor) and the section's figures.
import * as React from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding, SectionResult } from '../analysis/types';
import type { TemplateSection } from '../template/types';
import { Checklist } from './Checklist';
import { FiguresAsked, guidanceParagraphs } from './Guidance';
import { fixFor, type Fix } from './problem-fix';
import { useReportViewContext } from './ReportContext';
import { useSharedStyles } from './styles';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    marginInlineStart: '24px',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    minWidth: '0',
  },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlockStart: tokens.spacingVerticalXS,
  },
  asks: {
    marginInlineStart: '24px',
  },
  para: {
    margin: '0',
    overflowWrap: 'anywhere',
  },
});

/**
 * The outline's guidance of the section, named by the section for screen readers: open beside the
 * current problem, closed (its content not rendered until opened) beside the others.
 */
export function OutlineAsks({ section, title, current }: { section: TemplateSection; title: string; current: boolean }): React.JSX.Element | null {
  const { t } = useReportViewContext();
  const styles = useStyles();
  const shared = useSharedStyles();
  const [open, setOpen] = React.useState(current);
  React.useEffect(() => {
    if (current) setOpen(true);
  }, [current]);
  const paragraphs = guidanceParagraphs(section);
  if (paragraphs.length === 0 && section.figures.length === 0) return null;
  return (
    <details
      className={mergeClasses(shared.details, styles.asks)}
      open={open}
      data-guidance-for={section.id}
      // Opened by the user, or by the page before printing.
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary aria-label={t.outlineAsksFor(title)}>{t.outlineAsks}</summary>
      {open ? (
        <div className={styles.body}>
          {paragraphs.map((p, i) => (
            <p key={i} className={styles.para}>
              {p}
            </p>
          ))}
          <FiguresAsked section={section} t={t} />
        </div>
      ) : null}
    </details>
  );
}

function FixButton({ fix, label }: { fix: Fix; label: string }): React.JSX.Element | null {
  const { t, busy, reasons, onRepair, onSelectParagraphs, onPlaceCursor } = useReportViewContext();
  const shared = useSharedStyles();
  const [running, setRunning] = React.useState(false);
  let text: string;
  let run: (() => void | Promise<void>) | undefined;
  if (fix.kind === 'repair') {
    text = t.fixAddHeading;
    // Hidden where Word can never add headings: the reason is given once, by the insert section.
    run = onRepair && !reasons.repair ? () => onRepair() : undefined;
  } else if (fix.kind === 'select') {
    text = t.fixSelectGuidance;
    run = onSelectParagraphs ? () => onSelectParagraphs(fix.first, fix.last, label) : undefined;
  } else {
    text = t.fixPlaceCursor;
    run = onPlaceCursor ? () => onPlaceCursor(fix.paragraph, label) : undefined;
  }
  if (!run) return null;
  const action = run;
  return (
    <Button
      className={shared.wrapButton}
      appearance="primary"
      size="small"
      disabled={busy || running}
      data-fix={fix.kind}
      onClick={async () => {
        setRunning(true);
        try {
          await action();
        } finally {
          setRunning(false);
        }
      }}
    >
      {text}
    </Button>
  );
}

/** Beside the current problem: its one-click fix, and the section's figures for the problems about figures. */
export function FixPanel({ finding, section }: { finding: Finding; section?: SectionResult }): React.JSX.Element | null {
  const { reasons, onRepair, onSelectParagraphs, onPlaceCursor } = useReportViewContext();
  const styles = useStyles();
  const shared = useSharedStyles();
  const fix = fixFor(finding, section);
  const hasAction =
    fix !== undefined &&
    ((fix.kind === 'repair' && onRepair && !reasons.repair) ||
      (fix.kind === 'select' && onSelectParagraphs) ||
      (fix.kind === 'cursor' && onPlaceCursor));
  const withChecklist =
    section !== undefined && section.checklist.length > 0 && (finding.code === 'figure-missing' || finding.code === 'section-no-figures');
  if (!hasAction && !withChecklist) return null;
  return (
    <div className={styles.panel} data-fix-panel="">
      {fix && hasAction ? (
        <div className={shared.buttonRow}>
          <FixButton fix={fix} label={section?.title ?? ''} />
        </div>
      ) : null}
      {withChecklist ? <Checklist section={section} /> : null}
    </div>
  );
}
