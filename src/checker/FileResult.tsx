// The block of one file on the checker page: waiting, its results (the task pane's ReportView with
// the "annotated copy" download) behind a disclosure whose header says the verdict, or why it could
// not be read. Carries data-file, data-file-ready, data-open and data-error.
import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { commentRequests } from '../analysis/messages';
import type { Report } from '../analysis/types';
import { annotateDocx } from '../docx/annotate';
import { LazyReportView } from '../taskpane/LazyReportView';
import { getStrings, type Lang } from '../taskpane/strings';
import { useSharedStyles } from '../taskpane/styles';
import { annotatedName, isReportOutcome, readBlobBytes, type FileOutcome } from './check';
import { DOCX_MIME, downloadFile } from './download';
import { getCheckerStrings } from './strings';

/** One file dropped or picked, in the order it came. */
export interface FileEntry {
  /** Unique on the page; also the block's element id (the overview links to it). */
  id: string;
  name: string;
  /** The file itself (or the sample's bytes); read again for the annotated copy. */
  source: Blob;
  sample: boolean;
  /** Undefined while the file waits to be checked. */
  outcome?: FileOutcome;
}

const useStyles = makeStyles({
  block: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: '0',
    paddingBlock: tokens.spacingVerticalL,
    borderBlockStartWidth: '2px',
    borderBlockStartStyle: 'solid',
    borderBlockStartColor: tokens.colorNeutralStroke1,
    ':focus-visible': {
      outlineWidth: '2px',
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '2px',
    },
  },
  toggle: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    padding: `${tokens.spacingVerticalXS} 0`,
    border: 'none',
    background: 'none',
    font: 'inherit',
    color: 'inherit',
    textAlign: 'start',
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    ':focus-visible': {
      outlineWidth: '2px',
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '2px',
    },
  },
  chevron: {
    flexShrink: 0,
    display: 'inline-block',
    width: '1em',
    transitionProperty: 'transform',
    transitionDuration: tokens.durationFast,
  },
  chevronOpen: { transform: 'rotate(90deg)' },
  verdict: {
    margin: '0',
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  verdictBad: { color: tokens.colorPaletteRedForeground1 },
  verdictGood: { color: tokens.colorPaletteGreenForeground1 },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: '0',
    // A folded block's results stay in the page (printed), out of sight on the screen.
    '&[hidden]': { display: 'none' },
  },
  heading: {
    margin: '0',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  actions: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    paddingBlockStart: tokens.spacingVerticalS,
  },
  error: {
    margin: '0',
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
});

function AnnotateAction({
  entry,
  report,
  lang,
  onAnnounce,
}: {
  entry: FileEntry;
  report: Report;
  lang: Lang;
  onAnnounce: (text: string) => void;
}): React.JSX.Element {
  const s = getCheckerStrings(lang);
  const styles = useStyles();
  const shared = useSharedStyles();
  const hintId = React.useId();
  const [working, setWorking] = React.useState(false);
  const [failed, setFailed] = React.useState(false);
  const [saved, setSaved] = React.useState('');
  const requests = React.useMemo(() => commentRequests(report, lang), [report, lang]);
  const none = requests.length === 0;

  const run = async (): Promise<void> => {
    setWorking(true);
    setFailed(false);
    setSaved('');
    try {
      const bytes = await readBlobBytes(entry.source);
      const copy = annotateDocx(bytes, requests);
      const name = annotatedName(entry.name);
      downloadFile(copy, name, DOCX_MIME);
      setSaved(s.downloaded(name));
      onAnnounce(s.downloaded(name));
    } catch {
      setFailed(true);
    } finally {
      setWorking(false);
    }
  };

  return (
    <div className={styles.actions} data-print="hide">
      <Button
        className={shared.wrapButton}
        disabledFocusable={none || working}
        aria-describedby={hintId}
        aria-label={`${s.annotate}: ${entry.name}`}
        data-action="annotate"
        onClick={() => {
          if (!none && !working) void run();
        }}
      >
        {s.annotate}
      </Button>
      <p id={hintId} className={shared.reason}>
        {none ? s.annotateNone : s.annotateHint}
      </p>
      {saved ? (
        <p className={shared.text} data-download-notice="true">
          {saved}
        </p>
      ) : null}
      {failed ? (
        <p role="alert" className={styles.error}>
          {s.annotateError}
        </p>
      ) : null}
    </div>
  );
}

export interface FileResultProps {
  entry: FileEntry;
  lang: Lang;
  /** The results are shown (else only the header with the verdict). */
  open: boolean;
  onToggle: (id: string, open: boolean) => void;
  onAnnounce: (text: string) => void;
}

function FileResultImpl({ entry, lang, open, onToggle, onAnnounce }: FileResultProps): React.JSX.Element {
  const s = getCheckerStrings(lang);
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = React.useId();
  const panelId = React.useId();
  const { outcome } = entry;
  const title = entry.sample ? s.sampleTitle(entry.name) : entry.name;
  const common = {
    id: entry.id,
    className: styles.block,
    tabIndex: -1,
    'data-file': entry.name,
    ...(entry.sample ? { 'data-sample': 'true' } : {}),
  };

  if (outcome === undefined) {
    return (
      <section {...common} aria-labelledby={headingId} aria-busy="true" data-pending="true">
        <h3 id={headingId} className={styles.heading}>
          {title}
        </h3>
        <p className={shared.small}>{s.waiting}</p>
      </section>
    );
  }

  if (!isReportOutcome(outcome)) {
    return (
      <section {...common} aria-labelledby={headingId} data-error={outcome.error.code}>
        <h3 id={headingId} className={styles.heading}>
          {title}
        </h3>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.fileErrorTitle}</MessageBarTitle>
            <span className={shared.text}>{outcome.error.message}</span>
          </MessageBarBody>
        </MessageBar>
      </section>
    );
  }

  const { report } = outcome;
  return (
    <section
      {...common}
      aria-labelledby={headingId}
      data-file-ready={report.ready ? 'true' : 'false'}
      data-open={open ? 'true' : 'false'}
    >
      <h3 className={styles.heading}>
        <button
          type="button"
          id={headingId}
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={panelId}
          data-toggle="true"
          data-print="keep"
          onClick={() => onToggle(entry.id, !open)}
        >
          <span aria-hidden="true" className={`${styles.chevron} ${open ? styles.chevronOpen : ''}`} data-print="hide">
            ▸
          </span>
          <span>{title}</span>
        </button>
      </h3>
      <p className={`${styles.verdict} ${report.ready ? styles.verdictGood : styles.verdictBad}`} data-file-verdict="true">
        {s.verdictLine(report.errorCount, report.warningCount)}
      </p>
      <div id={panelId} className={styles.panel} hidden={!open} data-file-panel="true">
      {entry.sample ? (
        <MessageBar intent="info" layout="multiline" data-sample-note="true">
          <MessageBarBody>
            <span className={shared.text}>{s.sampleNote}</span>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome.outline ? (
        <p className={shared.small} data-file-outline={outcome.report.template}>
          {s.outlineCurrent(outcome.outline)}
        </p>
      ) : null}
      <LazyReportView
        loadingLabel={getStrings(lang).resultsLoading}
        report={report}
        lang={lang}
        title={s.resultsOf(title)}
        headingLevel={3}
        template={outcome.template}
      />
      <AnnotateAction entry={entry} report={report} lang={lang} onAnnounce={onAnnounce} />
      </div>
    </section>
  );
}

/** Re-renders only when its entry or open state changes (pass stable callbacks). */
export const FileResult = React.memo(FileResultImpl);
