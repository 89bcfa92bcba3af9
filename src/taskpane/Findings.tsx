// One finding in a list, the inline "ignore with a reason" form, and the note for a missing section.
import * as React from 'react';
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../analysis/types';
import { SeverityIcon } from './icons';
import { useReportViewContext } from './ReportContext';
import { useSharedStyles } from './styles';
import type { Strings } from './strings';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: '0',
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  note: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  severity: {
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: {
    paddingInlineStart: '24px',
  },
});

export function severityWord(severity: Finding['severity'], t: Strings): string {
  return severity === 'error' ? t.severityError : severity === 'warning' ? t.severityWarning : t.severityInfo;
}

/** The inline form: textbox "Lý do", confirm, cancel (Escape cancels too). */
export function IgnoreForm({
  onConfirm,
  onCancel,
  describedBy,
}: {
  onConfirm: (reason: string) => Promise<boolean>;
  onCancel: () => void;
  describedBy?: string;
}): React.JSX.Element {
  const { t, busy } = useReportViewContext();
  const styles = useStyles();
  const shared = useSharedStyles();
  const [reason, setReason] = React.useState('');
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const inputRef = React.useRef<HTMLInputElement>(null);

  React.useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    if (saving) return;
    const value = reason.trim();
    if (!value) {
      setError(t.ignoreReasonRequired);
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    setSaving(true);
    try {
      await onConfirm(value);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.form}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
      aria-describedby={describedBy}
      noValidate
    >
      <Field
        label={t.ignoreReason}
        hint={t.ignoreReasonHint}
        validationMessage={error}
        validationState={error ? 'error' : 'none'}
        required
      >
        <Input ref={inputRef} value={reason} onChange={(_, data) => setReason(data.value)} />
      </Field>
      <div className={shared.buttonRow}>
        <Button type="submit" appearance="primary" size="small" disabled={busy || saving}>
          {t.ignoreConfirm}
        </Button>
        <Button type="button" size="small" onClick={onCancel}>
          {t.ignoreCancel}
        </Button>
      </div>
    </form>
  );
}

/** "Bỏ qua" and its form, for one finding. Renders nothing when the surface cannot ignore. */
export function IgnoreControl({ finding, describedBy }: { finding: Finding; describedBy?: string }): React.JSX.Element | null {
  const { t, onIgnore, reasons, busy } = useReportViewContext();
  const shared = useSharedStyles();
  const [open, setOpen] = React.useState(false);
  const buttonRef = React.useRef<HTMLButtonElement>(null);
  const refocus = React.useRef(false);

  React.useEffect(() => {
    if (!open && refocus.current) {
      refocus.current = false;
      buttonRef.current?.focus();
    }
  }, [open]);

  // A Word that can never store an ignore gets no button under each finding: the reason is said
  // once, above the results.
  if (!onIgnore || reasons.ignore) return null;

  if (open) {
    return (
      <IgnoreForm
        describedBy={describedBy}
        onCancel={() => {
          refocus.current = true;
          setOpen(false);
        }}
        onConfirm={async (reason) => {
          const ok = await onIgnore(finding, reason);
          if (ok === false) return false;
          setOpen(false);
          return true;
        }}
      />
    );
  }
  return (
    <div className={shared.buttonRow}>
      <Button
        ref={buttonRef}
        size="small"
        appearance="secondary"
        disabled={busy}
        aria-describedby={describedBy}
        onClick={() => setOpen(true)}
      >
        {t.ignoreButton}
      </Button>
    </div>
  );
}

/** "This section is not in the document" with the repair offer. */
export function MissingNote({ title }: { title?: string }): React.JSX.Element {
  const { t, onRepair, reasons, busy } = useReportViewContext();
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <div className={styles.note} role="note">
      <p className={shared.text}>{title ? `${title}: ${t.sectionMissingNote}` : t.sectionMissingNote}</p>
      {/* Hidden, not disabled, where Word can never add headings: the reason is given once, by the insert section. */}
      {onRepair && !reasons.repair ? (
        <Button size="small" appearance="primary" disabled={busy} onClick={() => void onRepair()}>
          {t.insertMissingButton}
        </Button>
      ) : null}
    </div>
  );
}

export interface FindingItemProps {
  finding: Finding;
  /** The paragraph to select: the finding's own, else its section's heading. */
  paragraph?: number;
  /** The finding is about a section that is not in the document. */
  missing?: boolean;
  /** Show the severity word (lists that mix severities). */
  showSeverity?: boolean;
}

export function FindingItem({ finding, paragraph, missing, showSeverity }: FindingItemProps): React.JSX.Element {
  const { t, onSelectParagraph, onAnnounce } = useReportViewContext();
  const styles = useStyles();
  const shared = useSharedStyles();
  const messageId = React.useId();
  const [noteOpen, setNoteOpen] = React.useState(false);

  const content = (
    <>
      <SeverityIcon severity={finding.severity} />
      <span className={shared.grow} id={messageId}>
        {showSeverity ? <span className={styles.severity}>{`${severityWord(finding.severity, t)}: `}</span> : (
          <span className={shared.visuallyHidden}>{`${severityWord(finding.severity, t)}: `}</span>
        )}
        {finding.message}
      </span>
    </>
  );

  const canActivate = Boolean(onSelectParagraph) && (paragraph !== undefined || missing);
  const activate = (): void => {
    if (paragraph !== undefined && !missing) {
      void onSelectParagraph?.(paragraph, finding.message);
      return;
    }
    setNoteOpen(true);
    onAnnounce?.(t.sectionMissingNote);
  };

  return (
    <li className={styles.item} data-code={finding.code} data-severity={finding.severity} data-section={finding.section ?? ''}>
      {canActivate ? (
        <button type="button" className={shared.rowButton} onClick={activate}>
          {content}
        </button>
      ) : (
        <div className={shared.rowStatic}>{content}</div>
      )}
      {noteOpen ? <MissingNote /> : null}
      <div className={styles.actions}>
        <IgnoreControl finding={finding} describedBy={messageId} />
      </div>
    </li>
  );
}
