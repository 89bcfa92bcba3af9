// Ignoring a problem: the "…" menu with "Bỏ qua…" and the inline form asking for the reason.
import * as React from 'react';
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../analysis/types';
import { isDocumentWide } from './problem-groups';
import { useReportViewContext } from './ReportContext';
import { useSharedStyles } from './styles';
import type { Strings } from './strings';

/** Loaded the first time a problem's menu opens (see ProblemMenu). */
const ProblemMenu = React.lazy(() => import('./ProblemMenu'));

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
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

/**
 * The "…" menu of one problem ("Thêm thao tác") with "Bỏ qua…", and the reason form it opens:
 * the menu goes on the problem's row, the form under it. Both null when the problem cannot be
 * ignored here (no storage, or a finding about the whole document).
 */
export function useIgnoreMenu(
  finding: Finding,
  describedBy?: string,
): { menu: React.JSX.Element | null; form: React.JSX.Element | null } {
  const { t, onIgnore, reasons, busy } = useReportViewContext();
  const [open, setOpen] = React.useState(false);
  const [menuOpen, setMenuOpen] = React.useState(false);
  const buttonRef = React.useRef<HTMLButtonElement>(null);
  const refocus = React.useRef(false);

  React.useEffect(() => {
    if (!open && refocus.current) {
      refocus.current = false;
      buttonRef.current?.focus();
    }
  }, [open]);

  if (!onIgnore || reasons.ignore || isDocumentWide(finding)) return { menu: null, form: null };

  const menu = (
    <>
      <Button
        ref={buttonRef}
        size="small"
        appearance="subtle"
        aria-label={t.moreActions}
        aria-describedby={describedBy}
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        disabled={busy}
        data-problem-menu=""
        onClick={() => setMenuOpen((o) => !o)}
      >
        …
      </Button>
      {menuOpen ? (
        <React.Suspense fallback={null}>
          <ProblemMenu
            target={buttonRef.current}
            ignoreLabel={t.ignoreMenuItem}
            onClose={() => {
              setMenuOpen(false);
              buttonRef.current?.focus();
            }}
            onChooseIgnore={() => {
              setMenuOpen(false);
              // The menu gives focus back to its button as it closes; the form takes it after.
              setTimeout(() => setOpen(true), 0);
            }}
          />
        </React.Suspense>
      ) : null}
    </>
  );

  const form = open ? (
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
  ) : null;
  return { menu, form };
}
