// The verdict at the top of the results: ready to sign or not, counts, and the ignored findings.
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Report } from '../analysis/types';
import { CrossIcon, OkIcon } from './icons';
import { findingKey } from './ignores';
import { useReportViewContext } from './ReportContext';
import { useSharedStyles } from './styles';
import { verdictText } from './verdict';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
  },
  ready: {
    border: `1px solid ${tokens.colorPaletteGreenBorder2}`,
    borderInlineStartWidth: '4px',
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  notReady: {
    border: `1px solid ${tokens.colorPaletteRedBorder2}`,
    borderInlineStartWidth: '4px',
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  headline: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    margin: '0',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  ignoredItem: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    paddingBlockStart: tokens.spacingVerticalXS,
    borderBlockStartWidth: '1px',
    borderBlockStartStyle: 'solid',
    borderBlockStartColor: tokens.colorNeutralStroke2,
  },
});

function IgnoredItem({ finding }: { finding: Finding }): React.JSX.Element {
  const { t, onUndoIgnore, busy } = useReportViewContext();
  const styles = useStyles();
  const shared = useSharedStyles();
  const id = React.useId();
  const [undoing, setUndoing] = React.useState(false);
  return (
    <li className={styles.ignoredItem} data-code={finding.code} data-section={finding.section ?? ''}>
      <p className={shared.text} id={id}>
        {finding.message}
      </p>
      <p className={shared.reason}>{t.ignoredReason(finding.ignored?.reason ?? '')}</p>
      {onUndoIgnore ? (
        <Button
          size="small"
          disabled={busy || undoing}
          aria-describedby={id}
          onClick={async () => {
            setUndoing(true);
            try {
              await onUndoIgnore(finding);
            } finally {
              setUndoing(false);
            }
          }}
        >
          {t.undoIgnore}
        </Button>
      ) : null}
    </li>
  );
}

/** The findings the user ignored, each with its reason and "Hoàn tác". */
export function IgnoredList({
  report,
  headingLevel,
  ownerHeadingId,
}: {
  report: Report;
  headingLevel: 3 | 4;
  ownerHeadingId: string;
}): React.JSX.Element | null {
  const { t } = useReportViewContext();
  const shared = useSharedStyles();
  const id = React.useId();
  const ignored = report.findings.filter((f) => f.ignored);
  if (ignored.length === 0) return null;
  const Heading = `h${headingLevel}` as 'h3' | 'h4';
  return (
    <section aria-labelledby={`${id} ${ownerHeadingId}`} className={shared.section} data-list="ignored">
      <Heading id={id} className={shared.h3}>
        {`${t.ignoredHeading} (${ignored.length})`}
      </Heading>
      <ul className={shared.plainList}>
        {ignored.map((f) => (
          <IgnoredItem key={findingKey(f)} finding={f} />
        ))}
      </ul>
    </section>
  );
}

/** The verdict block: ready or not, in words and by icon, and how many headings were recognised. */
export function Summary({ report }: { report: Report }): React.JSX.Element {
  const { t } = useReportViewContext();
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <div
      className={`${styles.box} ${report.ready ? styles.ready : styles.notReady}`}
      data-verdict=""
      data-ready={report.ready ? 'true' : 'false'}
      data-errors={report.errorCount}
      data-warnings={report.warningCount}
    >
      <p className={styles.headline}>
        {report.ready ? <OkIcon size={20} /> : <CrossIcon size={20} />}
        <span>{verdictText(report, t)}</span>
      </p>
      <p className={shared.small}>{t.headingsFound(report.headingsFound, report.sections.length)}</p>
    </div>
  );
}
